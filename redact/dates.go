package redact

// Dates. Every date is a DATE_TIME candidate (off by default); a birth
// word near it ("born", "DOB", "geboren", "né le", ...) turns it into a
// DATE_OF_BIRTH, which is on by default.

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
	if x.plus || x.paren || x.mixed || x.ng < 2 || x.ng > 3 {
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
		case l[0] == 4 && l[1] <= 2 && l[2] <= 2:
			ok = year4(v[0]) && validYMD(v[0], v[1], v[2])
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

// monthDate builds a date around a month name at [ms, me): "21 October
// 1969", "October 3, 1949", "5-May-2021", "May 2021", "21. März 1980".
func (s *state) monthDate(ms, me, month int) {
	if !s.e.datesOn {
		return
	}
	t := s.text
	n := len(t)
	if me < n && isAlnum(t[me]) || ms > 0 && isAlnum(t[ms-1]) {
		return
	}
	start, end := ms, me
	// Day before: "21 ", "21. ", "21st of ", "5-".
	hasDay, hasYear := false, false
	p := ms
	if p >= 4 && equalFoldWord(t[p-3:p-1], "of") && t[p-1] == ' ' && t[p-4] == ' ' {
		p -= 4
	}
	sepBefore := byte(0)
	if p >= 2 && (t[p-1] == ' ' || t[p-1] == '-') {
		sepBefore = t[p-1]
		q := p - 1
		if q >= 1 && t[q-1] == '.' {
			q--
		}
		if q >= 3 && isLetter(t[q-1]) && isLetter(t[q-2]) && isDigit(t[q-3]) {
			q -= 2 // 1st, 2nd, 3rd, 4th
		}
		r := q
		for r > 0 && isDigit(t[r-1]) && q-r < 3 {
			r--
		}
		if q-r >= 1 && q-r <= 2 && (r == 0 || !isAlnum(t[r-1])) {
			if v := digitsVal([]byte(t[r:q])); v >= 1 && v <= 31 {
				hasDay, start = true, r
			}
		}
	}
	// After: optional '.', then " 3, 1949", " 1969", "-2021", "-21".
	p = me
	if p < n && t[p] == '.' {
		p++
	}
	if p+1 < n && (t[p] == ' ' || t[p] == '-') && isDigit(t[p+1]) {
		sep := t[p]
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
			if y+4 < n+1 && y < n && t[y] == ' ' && y+5 <= n && allDigitBytes(t[y+1:y+5]) && (y+5 >= n || !isAlnum(t[y+5])) {
				hasDay, hasYear, end = true, true, y+5
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
	switch {
	case hasDay && hasYear:
		s.addDate(start, end, 0.6)
	case hasDay && (sepBefore == '-' || end > me) || hasYear:
		s.addDate(start, end, 0.3)
	}
}

func allDigitBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}
