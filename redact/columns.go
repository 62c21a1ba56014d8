package redact

// A table pasted into a chat, a CSV export or a markdown table, names a
// column once, in its header: "name,email,dob,tier" or "| full_name |
// date_of_birth | SSN |". The dates in a birth column's cells are dates
// of birth though no birth word stands near them, and the numbers in a
// column of social security or phone numbers are those. tableColumns
// finds those cells; finish promotes a date that fills one of a birth
// column and boosts a candidate that fills one of its own column
// (columnOf), as if the header's word stood beside it.
//
// Only the header cell is read, as a word of the keyword table in one of
// columnGroups, so rows of values are never taken for a header: a header
// that names no such column changes nothing. Each line of the text is
// read at most once however many columns a header names.

// columnGroups are the keyword groups whose words name a column: its
// values' kind, or (gNeg, gRef) that they are an order's, a ticket's, a
// customer's number, no personal one.
const columnGroups = gDOB | gSSN | gPhone | gNeg | gRef

// colCell is a cell of a named column and the groups of its header.
type colCell struct {
	s, e int
	g    uint64
}

// maxColumns bounds the columns of a header that tableColumns reads.
const maxColumns = 64

// maxHeader bounds the length of a header line: tableColumns reads the
// header once for each of its words, at most maxColumns of them.
const maxHeader = 1024

// tableColumns fills s.colCells with the cells, trimmed of spaces and
// quotes, of every column whose header is a word of columnGroups, in
// text order.
func (s *state) tableColumns() {
	s.colCells = s.colCells[:0]
	t := s.text
	kw := &s.e.kw
	done := 0 // the text before done is read: a header there is a row
	for k := range s.hits {
		h := &s.hits[k]
		if h.start < done || kw.entries[h.entry].groups&columnGroups == 0 {
			continue
		}
		// A line is read as a header once, at its first column word.
		ls, le := lineBounds(t, h.start)
		done = le
		if le-ls > maxHeader || le == len(t) {
			continue
		}
		sep, col := headerCell(t[ls:le], h.start-ls, h.end-ls)
		if sep == 0 {
			continue
		}
		// The other columns of the same header ("dob", "SSN",
		// "mobile") are read in the same walk.
		var groups [maxColumns]uint64
		groups[col] = s.columnWord(h)
		for j, m := k+1, 1; j < len(s.hits) && s.hits[j].start < le && m < maxColumns; j++ {
			g := &s.hits[j]
			gg := s.columnWord(g)
			if gg == 0 {
				continue
			}
			m++
			if sp, c := headerCell(t[ls:le], g.start-ls, g.end-ls); sp == sep {
				groups[c] |= gg
			}
		}
		// "order_number", "Kundennummer": the number is the order's.
		for c := range groups {
			if groups[c]&(gNeg|gRef) != 0 {
				groups[c] &^= gPhone
			}
		}
		// A header of two cells or fewer is as often a line of prose
		// ("My DOB, please"); rows have as many cells as their header.
		if n := cellCount(t[ls:le], sep); n >= 3 {
			done = s.walkRows(le, sep, &groups, n)
		}
	}
}

// columnWord returns the groups of columnGroups of the hit h, but a
// bare word for "number", which names no phone in a header ("number",
// "Nummer").
func (s *state) columnWord(h *kwHit) uint64 {
	g := s.e.kw.entries[h.entry].groups & columnGroups
	if g&gPhone != 0 && h.end-h.start <= 8 {
		var low [8]byte
		if numberWord(string(foldBytes(low[:0], s.text[h.start:h.end]))) {
			g &^= gPhone
		}
	}
	return g
}

// walkRows reads the rows of a table after its header, which ends at p
// and has n cells, and adds the cells of the columns that groups names
// to s.colCells; it returns where the table ends: at a line of another
// number of cells (a blank line, prose), or at the end of the text. A
// markdown table's rule line ("|---|:---|") is passed over.
func (s *state) walkRows(p int, sep byte, groups *[maxColumns]uint64, n int) int {
	t := s.text
	for p < len(t) {
		p++ // the line break
		ls, le := p, p
		for le < len(t) && t[le] != '\n' {
			le++
		}
		line := t[ls:le]
		if ruleLine(line) {
			p = le
			continue
		}
		// A line of other cells, or of names alone, the header of the
		// next table ("invoice,total,due"), ends the table.
		if cellCount(line, sep) != n || namesOnly(line, sep) {
			return ls
		}
		for a, col := 0, 0; a <= len(line) && col < maxColumns; col++ {
			b := cellEnd(line, a, sep)
			if g := groups[col]; g != 0 {
				x, y := trimCell(line, a, b)
				if y > x {
					s.colCells = append(s.colCells, colCell{ls + x, ls + y, g})
				}
			}
			a = b + 1
		}
		p = le
	}
	return p
}

// columnOf returns the groups of the column whose cell the candidate
// fills, or 0 (see tableColumns). finish asks only for a text of more
// than one line.
func (s *state) columnOf(c *cand) uint64 {
	if !s.colsDone {
		s.colsDone = true
		s.tableColumns()
	}
	cells := s.colCells
	lo, hi := 0, len(cells)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if cells[m].e <= c.start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(cells) && cells[lo].s == c.start && cells[lo].e == c.end {
		return cells[lo].g
	}
	return 0
}

// lineBounds returns the line of t that holds i.
func lineBounds(t string, i int) (int, int) {
	ls, le := i, i
	for ls > 0 && t[ls-1] != '\n' {
		ls--
	}
	for le < len(t) && t[le] != '\n' {
		le++
	}
	return ls, le
}

// headerCell reports whether the word at a to b of line fills a header
// cell, alone or with other words of a column's name ("date_of_birth",
// "Birth date", "dob"), and returns the line's separator (',', ';', '|'
// or a tab; 0 when it is no cell) and the cell's column.
func headerCell(line string, a, b int) (byte, int) {
	for a > 0 && headerByte(line[a-1]) {
		a--
	}
	for b < len(line) && headerByte(line[b]) {
		b++
	}
	if b-a > 32 {
		return 0, 0
	}
	// A cell with a number of three digits or more holds a value, not a
	// column's name: "Mehdi Lahlou, né le 12 mars 1994, en CDI" is a
	// sentence's clauses, whose next line's cells are no dates of birth.
	for k, run := a, 0; k < b; k++ {
		if !isDigit(line[k]) {
			run = 0
		} else if run++; run == 3 {
			return 0, 0
		}
	}
	var before, after byte
	if a > 0 {
		before = line[a-1]
	}
	if b < len(line) {
		after = line[b]
		if after == '\r' && b+1 == len(line) {
			after = 0
		}
	}
	sep := after
	if sep == 0 {
		sep = before
	}
	if !isCellSep(sep) || before != 0 && before != sep || after != 0 && after != sep {
		return 0, 0
	}
	col := 0
	for i := 0; i < a; i = cellEnd(line, i, sep) + 1 {
		col++
	}
	if col >= maxColumns {
		return 0, 0
	}
	return sep, col
}

// headerByte reports the bytes of a column's name around its word:
// letters, digits, spaces and the joins of identifiers.
func headerByte(c byte) bool {
	return isLetter(c) || isDigit(c) || c == ' ' || c == '_' || c == '-' || c == '.' || c >= 0x80
}

// isCellSep reports the separators of a table's cells.
func isCellSep(c byte) bool {
	return c == ',' || c == ';' || c == '|' || c == '\t'
}

// namesOnly reports whether every cell of line is a name of a column:
// letters, with spaces, '_' or '-' between them, no digit and no mark of
// a value.
func namesOnly(line string, sep byte) bool {
	for a := 0; a <= len(line); {
		b := cellEnd(line, a, sep)
		x, y := trimCell(line, a, b)
		if sep == '|' && y == x && (a == 0 || b == len(line)) {
			a = b + 1 // the bars that open and close a markdown row
			continue
		}
		if y == x {
			return false
		}
		for i := x; i < y; i++ {
			if c := line[i]; !isLetter(c) && c < 0x80 && c != ' ' && c != '_' && c != '-' {
				return false
			}
		}
		a = b + 1
	}
	return true
}

// cellCount returns the number of cells of line, separated by sep.
func cellCount(line string, sep byte) int {
	n := 0
	for a := 0; a <= len(line); a = cellEnd(line, a, sep) + 1 {
		n++
	}
	return n
}

// cellEnd returns where the cell that starts at a of line ends: at the
// next sep outside double quotes, or at the end of the line.
func cellEnd(line string, a int, sep byte) int {
	quoted := false
	for i := a; i < len(line); i++ {
		switch c := line[i]; {
		case c == '"':
			quoted = !quoted
		case c == sep && !quoted:
			return i
		}
	}
	return len(line)
}

// trimCell returns the cell from a to b of line without the spaces and
// the double quotes around it.
func trimCell(line string, a, b int) (int, int) {
	for a < b && (line[a] == ' ' || line[a] == '\t') {
		a++
	}
	for b > a && (line[b-1] == ' ' || line[b-1] == '\t' || line[b-1] == '\r') {
		b--
	}
	if b-a >= 2 && line[a] == '"' && line[b-1] == '"' {
		a, b = a+1, b-1
	}
	return a, b
}

// ruleLine reports a markdown table's rule line: bars, dashes, colons and
// spaces, with a dash.
func ruleLine(line string) bool {
	dash := false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '-':
			dash = true
		case '|', ':', ' ', '\t', '\r', '+', '=':
		default:
			return false
		}
	}
	return dash
}
