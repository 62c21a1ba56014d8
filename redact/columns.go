package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	return eachRow(s.text, p, sep, n, func(ls int, line string) {
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
	})
}

// eachRow calls row with each row of the table of n cells parted by sep
// whose header ends at p, and returns where the table ends: at a line of
// another number of cells (a blank line, prose), or of names alone (the
// header of the next table: "invoice,total,due"), or at the end of t. A
// markdown table's rule line ("|---|:---|") is passed over.
func eachRow(t string, p int, sep byte, n int, row func(ls int, line string)) int {
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
		if cellCount(line, sep) != n || namesOnly(line, sep) {
			return ls
		}
		row(ls, line)
		p = le
	}
	return p
}

// nameColumns reads the tables of a text of several lines whose header
// names a column of people's names ("first_name,last_name,email",
// "| Nom | Prénom | Tél |", "Name;Vorname;IBAN"; maybe after a
// speaker's label: "Customer: employee_id,first,last,email,phone"), and
// adds each cell of such a column that is written as a name is as a
// person (session 80): the header says what a row's words are, which
// the names recognizer, reading a row as prose, may not know ("7781,
// Grace,Oduya,..."). A header is a line of three cells or more, every
// one a column's name (namesOnly), so that a row of values or a
// sentence with commas is never read as one.
func (s *state) nameColumns() {
	t := s.text
	for ls := 0; ls < len(t); {
		le := ls
		for le < len(t) && t[le] != '\n' {
			le++
		}
		if le == len(t) {
			return // a header needs a row after it
		}
		if le-ls <= maxHeader {
			if end := s.nameTable(ls, le); end > le {
				ls = end
				continue
			}
		}
		ls = le + 1
	}
}

// nameTable reads the line [ls, le) as a table's header that names a
// column of names and adds the names of its rows (see nameColumns); it
// returns where the table ends, or ls when the line is no such header.
func (s *state) nameTable(ls, le int) int {
	t := s.text
	line := t[ls:le]
	// A speaker's label before the header: "Customer: id,first,...".
	if k := strings.Index(line, ": "); k > 0 && k <= 24 && !strings.ContainsAny(line[:k], ",;|\t") {
		line = line[k+2:]
	}
	var sep byte
	for _, c := range [...]byte{',', ';', '|', '\t'} {
		if strings.Count(line, string(c)) >= 2 {
			sep = c
			break
		}
	}
	if sep == 0 || !namesOnly(line, sep) {
		return ls
	}
	var names [maxColumns]bool
	any, generic, personal := false, false, false // personal: a person's column beside a bare "name"
	n, filled := 0, 0
	for a := 0; a <= len(line) && n < maxColumns; n++ {
		b := cellEnd(line, a, sep)
		x, y := trimCell(line, a, b)
		if y > x {
			filled++
		}
		switch nameHeader(line[x:y]) {
		case nameOfPerson:
			names[n], any, personal = true, true, true
		case nameOfAny:
			names[n], any, generic = true, true, true
		case contactOfPerson:
			personal = true
		}
		a = b + 1
	}
	// Three named cells at least: a markdown row of a field's name and
	// its value ("| Full name | Anneke van der Berg |") is no header. A
	// bare "name" names products and plans as often ("sku,name,price"):
	// only beside a person's column ("id,name,email", "Nom | Prénom")
	// are its cells people's.
	if !any || filled < 3 || n >= maxColumns || generic && !personal {
		return ls
	}
	return eachRow(t, le, sep, n, func(rs int, row string) {
		for a, col := 0, 0; a <= len(row) && col < maxColumns; col++ {
			b := cellEnd(row, a, sep)
			if names[col] {
				if x, y := trimCell(row, a, b); nameCell(row[x:y]) {
					s.add(cand{start: rs + x, end: rs + y, typ: TypePerson, rec: "name_column", score: 0.6})
				}
			}
			a = b + 1
		}
	})
}

// headerKind is what a table's header cell says of its column (see
// nameHeader).
type headerKind uint8

const (
	otherColumn     headerKind = iota
	nameOfPerson               // "first_name", "Nachname", "cardholder": a person's name
	nameOfAny                  // "name", "nom", "nombre": a person's, a product's or a plan's
	contactOfPerson            // "email", "phone", "dob", "address": a column of a person's
)

// nameHeader returns what the header cell h names, in one of the chat
// languages: a person's name ("full_name", "First Name", "last",
// "surname", "Vorname", "Nachname", "prénom", "apellidos", "cognome",
// "voornaam", "achternaam", "sobrenome", "cardholder", "account
// holder"), a name of anything ("name", "nom", "nombre", "nome",
// "naam"), or a way to reach a person or a detail of one ("email",
// "phone", "mobile", "dob", "address", "ssn", "iban").
func nameHeader(h string) headerKind {
	if len(h) < 3 || len(h) > 24 {
		return otherColumn
	}
	var folded, buf [48]byte
	w := buf[:0]
	for _, b := range foldBytes(folded[:0], h) {
		if b != '_' && b != '-' && b != ' ' && b != '.' {
			w = append(w, b)
		}
	}
	switch string(w) {
	case "fullname", "first", "firstname", "last", "lastname", "surname", "givenname", "givennames", "familyname",
		"middlename", "customername", "contactname", "employeename", "patientname", "membername", "clientname",
		"holder", "accountholder", "cardholder", "cardholdername", "recipient", "recipientname",
		"vorname", "nachname", "familienname", "prenom", "prenoms", "prénom", "prénoms", "nomcomplet",
		"apellido", "apellidos", "nombrecompleto", "cognome", "nomecompleto",
		"voornaam", "achternaam", "roepnaam", "sobrenome":
		return nameOfPerson
	case "name", "nom", "nombre", "nome", "naam":
		return nameOfAny
	case "email", "emailaddress", "mail", "phone", "phonenumber", "tel", "telephone", "téléphone", "telefon", "telefono",
		"teléfono", "telefoon", "tél", "tlf", "gsm", "mobile", "mobil", "handy", "cellulare", "celular", "cell", "dob", "dateofbirth", "birthdate", "birthday", "geburtsdatum",
		"datenaissance", "ssn", "address", "adresse", "adres", "indirizzo", "dirección", "direccion", "endereço", "iban":
		return contactOfPerson
	}
	return otherColumn
}

// nameCell reports whether the cell c of a names' column is written as
// a name is: one to four words of letters, each maybe with a hyphen, an
// apostrophe or an initial's period inside or after it ("Oduya",
// "Jean-Luc", "O'Neill", "J.", "Marie Claire"), no word a table writes
// for an empty cell ("n/a", "null", "none", "unknown").
func nameCell(c string) bool {
	if len(c) < 2 || len(c) > 48 {
		return false
	}
	words, letters := 0, 0
	for _, w := range strings.Fields(c) {
		words++
		for i, r := range w {
			switch {
			case unicode.IsLetter(r):
				letters++
			case (r == '-' || r == '\'' || r == '’' || r == '.') && i > 0:
			default:
				return false
			}
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			return false
		}
	}
	if words == 0 || words > 4 || letters < 2 {
		return false
	}
	switch strings.ToLower(c) {
	case "null", "none", "unknown", "test", "true", "false", "yes", "no", "nil", "empty", "blank", "tbd", "na":
		return false
	}
	return true
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
