package redact

// Dates. Every date is a DATE_TIME candidate (off by default); a birth
// word near it ("born", "DOB", "geboren", "né le", ...) turns it into a
// DATE_OF_BIRTH, which is on by default.

import (
	"strings"
	"unicode/utf8"
)

func validYMD(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	switch m {
	case 4, 6, 9, 11:
		return d <= 30
	case 2:
		return d <= 29
	}
	return true
}

func digitsVal(b []byte) int {
	v := 0
	for _, c := range b {
		v = v*10 + int(c-'0')
	}
	return v
}

func (s *state) addDate(start, end int, score float64) {
	s.add(cand{start: start, end: end, typ: TypeDateTime, rec: "date", score: score,
		boost: gDate, promote: gDOB, alt: TypeDateOfBirth, altScore: 0.9})
}

// date checks numeric dates: Y-M-D, D.M.Y, D/M/Y, M/D/Y (two- or
// four-digit years), M/Y, and an ISO time after Y-M-D.
func (s *state) date(x *numInfo) {
	if x.paren && !x.plus && !x.mixed && s.text[x.start] == '(' && x.end < len(s.text) && s.text[x.end] == ')' {
		// A date in brackets: "geboortedatum is (11-02-1952)".
		y := *x
		y.start++
		y.paren = false
		x = &y
	}
	if x.mixed && !x.plus && !x.paren && spacedDots(s.text, x) {
		// "3. 4. 1980": the German and Czech way, a space after each dot;
		// "1987. 04. 12.": the Hungarian way, the year first.
		d := x.dig()
		g := x.glens
		a, b, c := digitsVal(d[:g[0]]), digitsVal(d[g[0]:g[0]+g[1]]), digitsVal(d[g[0]+g[1]:])
		if g[0] == 4 {
			a, c = c, a
		}
		if c >= 1900 && c <= 2099 && validYMD(c, b, a) {
			s.addDate(x.start, x.end, 0.6)
		}
		return
	}
	if x.ng == 1 && x.nd == 8 && !x.plus && !x.paren && !x.mixed && s.birthWordNear(x.start) {
		// "DOB 19750611", "born 19680814": a date written as one run,
		// year first, a date of birth only after its word.
		d := x.dig()
		if y := digitsVal(d[:4]); y >= 1900 && y <= recordBirthYearMax && validYMD(y, digitsVal(d[4:6]), digitsVal(d[6:])) {
			s.addDate(x.start, x.end, 0.3)
			return
		}
		// ... or day first, or month first, as forms and phones take it
		// without its marks ("dob 01011950", "date of birth 12031985";
		// session 78).
		if y := digitsVal(d[4:]); y >= 1900 && y <= recordBirthYearMax && (validYMD(y, digitsVal(d[2:4]), digitsVal(d[:2])) || validYMD(y, digitsVal(d[:2]), digitsVal(d[2:4]))) {
			s.addDate(x.start, x.end, 0.3)
		}
		return
	}
	if x.plus || x.paren || x.mixed || x.ng < 2 || x.ng > 3 {
		return
	}
	if x.sep == ' ' && x.ng == 3 && x.glens[0] <= 2 && x.glens[1] <= 2 && x.glens[2] == 4 && calendarDate(s.text, x) {
		// "DOB 03 04 1980": day, month and year apart, weak alone; a
		// birth word makes it a date of birth.
		s.addDate(x.start, x.end, 0.3)
		return
	}
	if x.sep != '-' && x.sep != '/' && x.sep != '.' {
		return
	}
	d := x.dig()
	var v [3]int
	var l [3]int
	p := 0
	for k := 0; k < x.ng; k++ {
		l[k] = int(x.glens[k])
		v[k] = digitsVal(d[p : p+l[k]])
		p += l[k]
	}
	year4 := func(y int) bool { return y >= 1900 && y <= 2099 }
	if x.ng == 3 {
		ok := false
		iso := false
		switch {
		case l[0] == 4 && l[1] <= 2 && l[2] <= 2 && x.sep == '/' && v[0] >= 1300 && v[0] <= 1449 && validYMD(2000, v[1], v[2]) && s.birthWordNear(x.start):
			// A date of birth in a Hijri calendar, the Persian solar
			// one Iranians and Afghans give ("tarikh tavallod
			// 1369/04/22", session 69) or the lunar one of the Gulf
			// ("تاريخ الميلاد 1408/03/17 هـ"): years 1300 to 1449, of
			// births from the 1880s on in both. Only after a birth
			// word: a delivery's date is written so too.
			s.addDate(x.start, x.end, 0.3)
			return
		case l[0] == 4 && l[1] <= 2 && l[2] <= 2:
			// "version 2024.02.28", "versão 2024.02.28": a release named
			// by its day is a version (session 57).
			ok = year4(v[0]) && validYMD(v[0], v[1], v[2]) && !(x.sep == '.' && versionWordBefore(s.text, x.start))
			iso = ok && x.sep == '-'
		case l[0] <= 2 && l[1] <= 2 && (l[2] == 4 && year4(v[2]) || l[2] == 2):
			ok = validYMD(2000, v[1], v[0]) || validYMD(2000, v[0], v[1])
		}
		if !ok {
			return
		}
		end := x.end
		if iso {
			end = isoTime(s.text, end)
		}
		s.addDate(x.start, end, 0.6)
		return
	}
	// Two groups: month and year ("05/2021", "5/21"), weak.
	if x.sep != '/' && x.sep != '-' {
		return
	}
	switch {
	case l[0] <= 2 && l[1] == 4 && v[0] >= 1 && v[0] <= 12 && year4(v[1]):
		s.addDate(x.start, x.end, 0.3)
	case x.sep == '/' && l[0] <= 2 && l[1] <= 2 && v[0] >= 1 && v[0] <= 12 && v[1] >= 1 && v[1] <= 31:
		s.addDate(x.start, x.end, 0.2)
	}
}

// spacedDots reports whether x is one or two digits, ". ", one or two
// digits, ". " and four digits, or four digits, ". ", two, ". " and two.
func spacedDots(t string, x *numInfo) bool {
	if x.ng != 3 || x.glens[1] > 2 || !(x.glens[0] <= 2 && x.glens[2] == 4 || x.glens[0] == 4 && x.glens[1] == 2 && x.glens[2] == 2) {
		return false
	}
	p := x.start + int(x.glens[0])
	q := p + 2 + int(x.glens[1])
	return q+2 <= len(t) && t[p:p+2] == ". " && t[q:q+2] == ". "
}

// isoTime extends a date over "THH:MM[:SS[.fff]][Z|±HH:MM]" or
// " HH:MM:SS".
func isoTime(t string, end int) int {
	n := len(t)
	two := func(p int) bool { return p+2 <= n && isDigit(t[p]) && isDigit(t[p+1]) }
	if end >= n || (t[end] != 'T' && t[end] != ' ') {
		return end
	}
	p := end + 1
	if !two(p) || p+2 >= n || t[p+2] != ':' || !two(p+3) {
		return end
	}
	p += 5
	sec := false
	if p < n && t[p] == ':' && two(p+1) {
		p += 3
		sec = true
		if p < n && t[p] == '.' && p+1 < n && isDigit(t[p+1]) {
			p++
			for p < n && isDigit(t[p]) {
				p++
			}
		}
	}
	if t[end] == ' ' && !sec {
		return end
	}
	if p < n && t[p] == 'Z' {
		p++
	} else if p < n && (t[p] == '+' || t[p] == '-') && two(p+1) && p+3 < n && t[p+3] == ':' && two(p+4) {
		p += 6
	}
	if p < n && isAlnum(t[p]) {
		return end
	}
	return p
}

// slippedMonthDate builds a date around a word at [ms, me) that is an
// English month name typed with one slip ("sepember 24, 1945", "Dob:
// marhc 28, 1942"), when a day or a year is beside it: only a whole
// date with its day and a year of four digits is one.
func (s *state) slippedMonthDate(ms, me int) {
	if s.e.checks&checkDates == 0 || me-ms > 10 {
		return
	}
	if m := slipMonth(s.text[ms:me]); m > 0 {
		s.monthDate(ms, me, m, true)
	}
}

// slippedMonthBeforeYear reads the word before the year of four digits
// at p as a month's name typed with a slip: right before it ("24
// ocotber 1945"), or before a day and a comma ("sepember 24, 1945",
// "marhc 3rd, 1942").
func (s *state) slippedMonthBeforeYear(p int) {
	t := s.text
	if p < 6 || t[p-1] != ' ' || s.e.checks&checkDates == 0 {
		return
	}
	if !(t[p] == '1' && t[p+1] == '9' || t[p] == '2' && t[p+1] == '0') {
		return
	}
	q := p - 1
	if t[q-1] == ',' {
		q-- // "sepember 24, 1945", "11 Mrach, 1967"
	}
	// The day, maybe with its suffix, before the year: "Octobr 7th 1963",
	// "sepember 24, 1945".
	e := q
	if e >= 3 && isLetter(t[e-1]) && isLetter(t[e-2]) && isDigit(t[e-3]) {
		e -= 2
	}
	d := e
	for d > 0 && isDigit(t[d-1]) && e-d < 3 {
		d--
	}
	switch {
	case e-d >= 1 && e-d <= 2 && (d == 0 || !isAlnum(t[d-1])):
		if d >= 5 && t[d-1] == ' ' && isLetter(t[d-2]) {
			s.slippedMonthEndingAt(d - 1)
		}
	case isLetter(t[q-1]):
		s.slippedMonthEndingAt(q) // "24 ocotber 1945", "11 Mrach, 1967"
	}
}

// slippedMonthBeforeGroups reads the word before a chunk of two groups
// as a month's name typed with a slip: before the year and more
// ("sepember 24, 1945) -3817"), or before a day and the year ("febuary
// 3 1980").
func (s *state) slippedMonthBeforeGroups(g []span) {
	t := s.text
	a := g[0]
	switch l := a.e - a.s; {
	case l == 4:
		s.slippedMonthBeforeYear(a.s)
	case l <= 2 && g[1].e-g[1].s == 4 && a.s >= 6 && t[a.s-1] == ' ' && isLetter(t[a.s-2]):
		s.slippedMonthEndingAt(a.s - 1)
	}
}

// fullYearAt reports whether four digits of a year from 1900 to 2099
// stand at p, no digit after them.
func fullYearAt(t string, p int) bool {
	if p+4 > len(t) || !allDigitBytes(t[p:p+4]) || p+4 < len(t) && isDigit(t[p+4]) {
		return false
	}
	return t[p] == '1' && t[p+1] == '9' || t[p] == '2' && t[p+1] == '0'
}

// slippedMonthEndingAt passes the word of letters that ends at e to
// slippedMonthDate.
func (s *state) slippedMonthEndingAt(e int) {
	t := s.text
	m := e
	for m > 0 && isLetter(t[m-1]) && e-m <= 10 {
		m--
	}
	if m == 0 || !isAlnum(t[m-1]) {
		s.slippedMonthDate(m, e)
	}
}

// monthSlips are the English month names but "may", whose slips
// slippedMonthDate reads ("febuary", "ocotber", "jnue").
var monthSlips = slipWords("january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december")

// slipMonth returns the month of which w, ASCII letters in any case, is
// an English name typed with one slip, or 0.
func slipMonth(w string) int {
	if i := monthSlips.slipOf(w); i >= 0 {
		return monthNames[monthSlips.words[i].w]
	}
	return 0
}

// monthDate builds a date around a month name at [ms, me): "21 October
// 1969", "October 3, 1949", "5-May-2021", "May 2021", "21. März 1980".
// A name typed with a slip (slipped) makes a whole date only.
func (s *state) monthDate(ms, me, month int, slipped bool) {
	if s.e.checks&checkDates == 0 {
		return
	}
	t := s.text
	n := len(t)
	if me < n && isAlnum(t[me]) || ms > 0 && isAlnum(t[ms-1]) {
		return
	}
	if month > weekdayBase {
		s.weekday(ms, me)
		return
	}
	start, end := ms, me
	// Day before: "21 ", "21. ", "21st of ", "5-".
	hasDay, hasYear := false, false
	p := ms
	if w := spaceBefore(t, p); w > 0 && p-w >= 3 {
		// Onto "of" ("de": "12 de marzo"), so a day comes before its space.
		if o := p - w - 2; (equalFoldWord(t[o:o+2], "of") || equalFoldWord(t[o:o+2], "de")) && spaceBefore(t, o) > 0 {
			p = o
		}
	}
	sepBefore := byte(0)
	sw := spaceBefore(t, p) // a space of any width ("3\u00a0avril") or '-'
	if sw > 0 {
		sepBefore = ' '
	} else if p > 0 && t[p-1] == '-' {
		sw, sepBefore = 1, '-'
	} else if p > 1 && t[p-1] == '/' && isDigit(t[p-2]) {
		sw, sepBefore = 1, '/' // "17/ene/1985", "17/Jan/1985"
	} else if p > 1 && t[p-1] == '.' && isDigit(t[p-2]) {
		sepBefore = '.' // "14.Februar 1956", the day's dot glued to the month
	}
	if sepBefore != 0 && p > sw {
		q := p - sw
		if q >= 1 && t[q-1] == '.' {
			q--
		}
		if q >= 3 && isLetter(t[q-1]) && isLetter(t[q-2]) && isDigit(t[q-3]) {
			q -= 2 // 1st, 2nd, 3rd, 4th
		} else if q >= 3 && t[q-2] == 0xc2 && (t[q-1] == 0xb0 || t[q-1] == 0xba) && isDigit(t[q-3]) {
			q -= 2 // the first of the month in Italian, Spanish, Portuguese: "1° marzo", "1º de mayo"
		}
		r := q
		for r > 0 && isDigit(t[r-1]) && q-r < 3 {
			r--
		}
		if q-r >= 1 && q-r <= 2 && (r == 0 || !isAlnum(t[r-1])) {
			if v := digitsVal([]byte(t[r:q])); v >= 1 && v <= 31 {
				hasDay, start = true, r
			}
		} else if a := ordinalDayBefore(t, p-sw); a >= 0 {
			hasDay, start = true, a // "the twenty-first of November 1966"
		}
	}
	// A year before the day or the month, as Hungarian, Lithuanian and
	// Latvian write it: "1985. március 12.", "1985 m. kovo 12 d.",
	// "1985. gada 12. martā".
	yearFirst := byte(0)
	if sepBefore == ' ' && !hasDay {
		if y, k := yearBeforeDate(t, p-sw); y >= 0 && k != 'g' {
			hasYear, start, yearFirst = true, y, k
		}
	} else if hasDay {
		if w := spaceBefore(t, start); w > 0 {
			if y, k := yearBeforeDate(t, start-w); y >= 0 && k == 'g' {
				hasYear, start = true, y
			}
		}
	}
	// After: optional '.', then " 3, 1949", " 1969", "-2021", "-21"; only
	// a year after a comma ("12 Mar, 1985") or "de" ("12 de marzo de
	// 1985").
	p = me
	yearOnly := false
	if p < n && t[p] == '.' {
		p++
	}
	if hasDay && p+1 < n && t[p] == ',' && spaceAt(t, p+1) > 0 {
		p, yearOnly = p+1, true
	} else if w := spaceAt(t, p); w > 0 && p+w+2 < n && equalFoldWord(t[p+w:p+w+2], "de") && spaceAt(t, p+w+2) > 0 {
		p, yearOnly = p+w+2, true
	} else if w > 0 && p+w+3 < n && equalFoldWord(t[p+w:p+w+3], "del") && spaceAt(t, p+w+3) > 0 {
		p, yearOnly = p+w+3, true // "3 de abril del 85"
	}
	sep := byte(0) // before the day or year: a space of any width or '-'
	if w := spaceAt(t, p); w > 0 {
		p, sep = p+w-1, ' ' // onto its last byte
	} else if p < n && t[p] == '-' {
		sep = '-'
	} else if p < n && t[p] == '/' && sepBefore == '/' {
		sep = '/'
	} else if p > me && t[p-1] == '.' && sepBefore == '.' && p < n && isDigit(t[p]) {
		p, sep = p-1, '.' // "17.Jan.1985": the month's dot before the year
	}
	if sep == ' ' && hasDay {
		// A year of two digits after an apostrophe: "3rd of April, '85",
		// "born 3rd April ’85".
		if r := shortYearAt(t, p+1, true); r > 0 {
			hasYear, end = true, r
			sep = 0
		}
	}
	if sep != 0 && p+1 < n && isDigit(t[p+1]) {
		q := p + 1
		r := q
		for r < n && isDigit(t[r]) && r-q < 5 {
			r++
		}
		l := r - q
		v := digitsVal([]byte(t[q:r]))
		switch {
		case l == 4 && v >= 1900 && v <= 2099 && (r >= n || !isAlnum(t[r])):
			hasYear, end = true, r
		case l == 2 && hasDay && s.shortYearEnds(t, start, r):
			// "DOB 3 Apr 85", "geb. 3. April 85", "3 de abril del 85",
			// "the 3rd of April, 85.": a two-digit year that ends the
			// date, not the count of a noun ("3 May 25 people").
			hasYear, end = true, r
		case yearOnly:
		case l <= 2 && !hasDay && v >= 1 && v <= 31 && yearFirst != 0:
			// The day after a year and a month: "1985. március 12-én",
			// "1985 m. kovo 12 d.".
			if r >= n || !isAlnum(t[r]) {
				hasDay, end = true, r
				if yearFirst == 'm' && r+3 <= n && t[r:r+3] == " d." && (r+3 == n || !isAlnum(t[r+3])) {
					end = r + 3
				}
			}
		case l <= 2 && !hasDay && v >= 1 && v <= 31:
			// "October 3, 1949" or "May 1st, 1977" or "May-21".
			e2 := r
			if e2+1 < n && isLetter(t[e2]) && isLetter(t[e2+1]) {
				e2 += 2
			}
			y := e2
			if y < n && t[y] == ',' {
				y++
			}
			w := spaceAt(t, y)
			if w > 0 && y+w+4 <= n && allDigitBytes(t[y+w:y+w+4]) && (y+w+4 >= n || !isAlnum(t[y+w+4])) {
				hasDay, hasYear, end = true, true, y+w+4
			} else if r2 := shortYearAt(t, y+w, false); r2 > 0 && w > 0 && (!isDigit(t[y+w]) || y > e2 && s.shortYearEnds(t, ms, r2)) {
				// "April 3rd, '85", "April 3 '85", "born April 3, 85": a
				// year of two digits after an apostrophe, or after the
				// comma where it ends the date.
				hasDay, hasYear, end = true, true, r2
			} else if e2 >= n || !isAlnum(t[e2]) {
				if sep == '-' && l == 2 {
					hasYear, end = true, e2 // May-21
				} else {
					hasDay, end = true, e2
				}
			}
		case l == 2 && hasDay && sep == '-':
			hasYear, end = true, r
		}
	}
	// A day or a year with the month ("March 3rd", "the 5th of May", "May
	// 2021") is a date, unless the month is a short lower-case word that
	// may be something else ("you may 2", "3 mar").
	weak := me-ms <= 3 && t[ms] >= 'a' && t[ms] <= 'z'
	switch {
	case slipped && !(hasDay && hasYear && end-start >= 8 && allDigitBytes(t[end-4:end])):
		// A slipped name with less than a day and a year of four
		// digits ("marc 12", "arch 12, 85") is no date.
	case hasDay && hasYear && weak && me < n && t[me] != '.' && wordMonth(t[ms:me]):
		// "15 out 2000 units", "set 12 2024": a month abbreviation that is
		// also an English word, without its period, is a date only as
		// much as context words make it one ("nata il 5 set 1980").
		s.addDate(start, end, 0.3)
	case hasDay && hasYear:
		s.addDate(start, end, 0.6)
	case (hasDay || hasYear) && !weak:
		s.addDate(start, end, 0.45)
	case hasDay && (sepBefore == '-' || end > me) || hasYear:
		s.addDate(start, end, 0.3)
	case me-ms >= 4 && t[ms] >= 'A' && t[ms] <= 'Z' && yearWordBefore(t, ms):
		// A capitalised month name alone after "in", "since", "during"...
		s.add(cand{start: ms, end: me, typ: TypeDateTime, rec: "date", score: 0.45, boost: gDate})
	}
}

// yearBeforeDate returns the start of a year from 1900 to 2099 whose
// mark ends at e, before a date's day or month, and which mark it is:
// '.' for Hungarian's and Latvian's "1985.", 'm' for Lithuanian's "1985
// m.", 'g' for Latvian's "1985. gada" and "1985. g."; or -1.
func yearBeforeDate(t string, e int) (int, byte) {
	mark := byte('.')
	switch {
	case e >= 7 && t[e-2:e] == "m." && t[e-3] == ' ':
		e, mark = e-3, 'm'
	case e >= 11 && equalFoldWord(t[e-4:e], "gada") && t[e-5] == ' ' && t[e-6] == '.':
		e, mark = e-5, 'g'
	case e >= 9 && t[e-2:e] == "g." && t[e-3] == ' ' && t[e-4] == '.':
		e, mark = e-3, 'g'
	}
	if mark != 'm' {
		if e < 5 || t[e-1] != '.' {
			return -1, 0
		}
		e--
	}
	y := e - 4
	if y < 0 || !fullYearAt(t, y) || y > 0 && isAlnum(t[y-1]) {
		return -1, 0
	}
	return y, mark
}

// shortYearEnds reports whether the two-digit year that ends at r, in a
// date that starts at start, ends it: it ends the phrase (yearEnds), a
// word follows it after a birth word ("born 3 Apr 85 in London"), or a
// birth word follows it ("am 3. April 85 geboren").
func (s *state) shortYearEnds(t string, start, r int) bool {
	if yearEnds(t, r) {
		return true
	}
	if r+1 >= len(t) || t[r] != ' ' || !isLetter(t[r+1]) && letter2(t, r+1) == 0 {
		return false
	}
	return s.groupWordBefore(start, ctxBefore, gDOB) || len(t)-r > 7 && equalFoldWord(t[r+1:r+8], "geboren") && (r+8 >= len(t) || !isAlnum(t[r+8]))
}

// shortYearAt returns the end of a year of two digits at p that no
// letter or digit follows, after an apostrophe ('85, ’85) or, unless
// apos, without one; or 0.
func shortYearAt(t string, p int, apos bool) int {
	q := p
	switch {
	case q < len(t) && t[q] == '\'':
		q++
	case q+2 < len(t) && t[q:q+3] == "\u2019":
		q += 3
	case apos:
		return 0
	}
	if q+2 > len(t) || !isDigit(t[q]) || !isDigit(t[q+1]) || q+2 < len(t) && isAlnum(t[q+2]) {
		return 0
	}
	return q + 2
}

// yearEnds reports whether the two-digit year that ends at r ends the
// phrase too: the end of the text, closing punctuation, or a space
// before anything but a word or a number.
func yearEnds(t string, r int) bool {
	if r >= len(t) {
		return true
	}
	switch t[r] {
	case ')', ']', '.', ',', ';', '!', '?', '"', '\'':
		return true
	case ' ':
		return r+1 >= len(t) || !isAlnum(t[r+1]) && t[r+1] < utf8.RuneSelf
	}
	return false
}

// compactDate reads the word [i, k), whose day [i, j) is one or two
// digits, as a day, a three-letter month and a year run together:
// "14MAR1985", "14mar85", as passports, tickets and forms print dates.
// The month is in one case or capitalised. Alone the form is weak, since
// product and batch codes take it too; a birth word makes it a date of
// birth.
func (s *state) compactDate(i, j, k int) {
	t := s.text
	var low [3]byte
	upper := 0
	for x := range low {
		c := t[j+x]
		if c >= 'A' && c <= 'Z' {
			upper++
			c += 'a' - 'A'
		} else if c < 'a' || c > 'z' {
			return
		}
		low[x] = c
	}
	if upper == 2 || upper == 1 && t[j] > 'Z' || !allDigitBytes(t[j+3:k]) {
		return
	}
	month := monthNames[string(low[:])]
	day := digitsVal([]byte(t[i:j]))
	year := digitsVal([]byte(t[j+3 : k]))
	if k-j == 7 && (year < 1900 || year > 2099) || month == 0 || !validYMD(2000, month, day) {
		return
	}
	s.addDate(i, k, 0.3)
}

// birthWordNear reports whether a birth word ("DOB", "born", "date of
// birth", "geb.") ends in the 64 bytes before p on its line: the run of
// eight digits that asks is most often an order's or an account's
// number, which no birth word stands before.
func (s *state) birthWordNear(p int) bool {
	// The keyword scanner has recorded the birth words before p.
	for k := len(s.hits) - 1; k >= 0 && s.hits[k].end > p-64; k-- {
		if h := &s.hits[k]; h.end <= p && s.e.kw.entries[h.entry].groups&gDOB != 0 {
			return strings.IndexByte(s.text[h.end:p], '\n') < 0
		}
	}
	return false
}

// wordMonth reports whether the lower-case month abbreviation w is also
// an English word (Portuguese "out", Italian "set", "gen", "mag", Spanish
// "ago", "ene", "dic").
func wordMonth(w string) bool {
	switch w {
	case "out", "set", "gen", "mag", "ago", "ene", "dic":
		return true
	}
	return false
}

// yearWordBefore reports whether one of the yearWords, or "last", "next"
// or "this", is the word before p, one space away.
func yearWordBefore(t string, p int) bool {
	sw := spaceBefore(t, p)
	if sw == 0 || p-sw < 1 {
		return false
	}
	q := p - sw
	r := q
	for r > 0 && isLetter(t[r-1]) && q-r < 8 {
		r--
	}
	if r == q || r > 0 && isAlnum(t[r-1]) {
		return false
	}
	var low [8]byte
	w := string(lowerASCII(low[:0], t[r:q]))
	switch w {
	case "a", "an", "the":
		return false
	case "last", "next", "this", "every", "each":
		return true
	}
	return yearWords[w]
}

func allDigitBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// Weekday names share the month-name keyword entries (monthNames) with a
// code above weekdayBase, so the scan hands them to monthDate as well.
const weekdayBase = 100

func init() {
	lists := [][]string{
		{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
		{"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"},
		{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
		{"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
	}
	for _, l := range lists {
		for i, w := range l {
			if _, ok := monthNames[w]; !ok {
				monthNames[w] = weekdayBase + i + 1
			}
		}
	}
}

// weekday reports a day name standing as a word of its own ("on Monday",
// "Friday morning") as a DATE_TIME; a plural ("Mondays") is not a date.
func (s *state) weekday(ms, me int) {
	s.add(cand{start: ms, end: me, typ: TypeDateTime, rec: "date", score: 0.45, boost: gDate})
}

// yearWords are the words after which a lone four-digit year is read as a
// date: "in 1999", "during 2008", "the Act of 1974", "a 2005 film".
var yearWords = map[string]bool{
	"in": true, "during": true, "since": true, "of": true, "from": true, "until": true,
	"till": true, "by": true, "before": true, "after": true, "circa": true, "around": true,
	"year": true, "early": true, "late": true, "mid": true, "to": true, "through": true,
	"a": true, "an": true, "the": true, "spring": true, "summer": true, "autumn": true,
	"fall": true, "winter": true, "im": true, "seit": true, "en": true, "depuis": true,
}

// year checks a lone four-digit group between 1900 and 2099 after one of
// the yearWords. It is only a DATE_TIME: a year alone is no date of birth.
func (s *state) year(x *numInfo) {
	if s.e.checks&checkDates == 0 || x.nd != 4 || x.ng != 1 || x.plus || x.paren {
		return
	}
	d := x.dig()
	v := digitsVal(d)
	if v < 1900 || v > 2099 {
		return
	}
	t := s.text
	n := len(t)
	if e := cjkDateEnd(t, x.end, v); e > 0 {
		s.addDate(x.start, e, 0.6) // "1987年6月14日"
		return
	}
	// After: the end of the text, a space or sentence punctuation, but not
	// another number ("in 1999 12") or a unit glued by '%'.
	if e := x.end; e < n {
		c := t[e]
		if w := spaceAt(t, e); w > 0 {
			if e+w < n && isDigit(t[e+w]) {
				return
			}
		} else {
			if c != '.' && c != ',' && c != ';' && c != ')' && c != '!' && c != '?' && c != '\n' && c != ':' {
				return
			}
			if (c == '.' || c == ',' || c == ':') && e+1 < n && isDigit(t[e+1]) {
				return
			}
		}
	}
	// Before: one space, then a year word.
	p := x.start
	sw := spaceBefore(t, p)
	if sw == 0 || p-sw < 1 {
		return
	}
	q := p - sw
	r := q
	for r > 0 && isLetter(t[r-1]) && q-r < 8 {
		r--
	}
	if r == q || r > 0 && isAlnum(t[r-1]) {
		return
	}
	var low [8]byte
	w := string(lowerASCII(low[:0], t[r:q]))
	if !yearWords[w] {
		return
	}
	if w == "a" || w == "an" || w == "the" {
		// "a 2005 film" but not "the 2000 units": a capitalised word
		// follows ("a 1973 American comedy").
		e := x.end
		w := spaceAt(t, e)
		if w == 0 || e+w >= n || !(t[e+w] >= 'A' && t[e+w] <= 'Z') {
			return
		}
	}
	s.add(cand{start: x.start, end: x.end, typ: TypeDateTime, rec: "date", score: 0.45, boost: gDate})
}

// cjkDateEnd returns the end of a date written as Chinese and Japanese
// write it after the year y that ends at p: the year's, the month's and
// the day's characters after their numbers ("1987年6月14日"), or 0.
func cjkDateEnd(t string, p, y int) int {
	num := func(q int) (int, int) {
		v, k := 0, q
		for k < len(t) && k-q < 2 && isDigit(t[k]) {
			v = v*10 + int(t[k]-'0')
			k++
		}
		return v, k
	}
	if !strings.HasPrefix(t[p:], "年") {
		return 0
	}
	m, q := num(p + len("年"))
	if q == p+len("年") || !strings.HasPrefix(t[q:], "月") {
		return 0
	}
	d, r := num(q + len("月"))
	if r == q+len("月") || !strings.HasPrefix(t[r:], "日") || !validYMD(y, m, d) {
		return 0
	}
	return r + len("日")
}

// clockTime checks a twelve-hour time at the hour digits [i, j): "3pm",
// "3 pm", "10:30 a.m.", "11:45PM". A 24-hour time alone ("14:32") is left
// alone: it is rarely personal and often a timestamp of the chat itself.
func (s *state) clockTime(i, j int) {
	t := s.text
	n := len(t)
	if i > 0 && (t[i-1] == ':' || t[i-1] == '.' || isAlnum(t[i-1])) {
		return
	}
	if h := digitsVal([]byte(t[i:j])); h < 1 || h > 12 {
		return
	}
	p := j
	if p+2 < n && t[p] == ':' && isDigit(t[p+1]) && isDigit(t[p+2]) {
		if m := digitsVal([]byte(t[p+1 : p+3])); m > 59 {
			return
		}
		p += 3
	}
	p += spaceAt(t, p)
	if p+1 >= n {
		return
	}
	c := t[p] | 0x20
	if c != 'a' && c != 'p' {
		return
	}
	switch {
	case t[p+1]|0x20 == 'm':
		p += 2
	case p+3 < n && t[p+1] == '.' && t[p+2]|0x20 == 'm' && t[p+3] == '.':
		p += 4
	default:
		return
	}
	if p < n && isAlnum(t[p]) {
		return
	}
	s.add(cand{start: i, end: p, typ: TypeDateTime, rec: "date", score: 0.45, boost: gDate})
}

// ordinalDayBefore returns where a day written as an English ordinal
// word that ends at q starts ("third", "twenty-first", "twenty first",
// "thirtieth"), or -1.
func ordinalDayBefore(t string, q int) int {
	a := q
	for a > 0 && isLetter(t[a-1]) && q-a < 12 {
		a--
	}
	if a == q || a > 0 && isAlnum(t[a-1]) {
		return -1
	}
	var low [12]byte
	w := string(lowerASCII(low[:0], t[a:q]))
	units := ordinalUnits[w]
	switch w {
	case "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth":
		return a
	}
	if units == 0 {
		return -1
	}
	// A ten before a unit: "twenty-first", "twenty first", "thirty-first".
	if a >= 7 && (t[a-1] == '-' || t[a-1] == ' ') {
		b := a - 1
		c := b
		for c > 0 && isLetter(t[c-1]) && b-c < 7 {
			c--
		}
		if c == 0 || !isAlnum(t[c-1]) {
			switch string(lowerASCII(low[:0], t[c:b])) {
			case "twenty":
				return c
			case "thirty":
				if units == 1 {
					return c
				}
			}
		}
	}
	return a
}

// ordinalUnits maps the English ordinal words of the units to their
// values.
var ordinalUnits = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}

// versionWordBefore reports whether a word of a release's version ends
// right before p, a bracket or a space between at most: "version",
// "versão", "build", "v".
func versionWordBefore(t string, p int) bool {
	for p > 0 && (t[p-1] == ' ' || t[p-1] == '(') {
		p--
	}
	q := p
	for p > 0 && q-p < 12 && (isLetter(t[p-1]) || t[p-1] >= 0x80) {
		p--
	}
	if p > 0 && (isLetter(t[p-1]) || t[p-1] >= 0x80) {
		return false
	}
	switch strings.ToLower(t[p:q]) {
	case "version", "versão", "versao", "versión", "versione", "versie", "build", "release", "firmware", "ver", "v":
		return true
	}
	return false
}
