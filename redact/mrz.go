package redact

import "strings"

// The machine-readable zone of a passport or a visa (ICAO 9303), pasted
// from a scan when an app's reader fails:
//
//	P<TURYILDIRIM<<MEHMET<ALI<<<<<<<<<<<<<<<<<<<
//	U128745931TUR8611035M330517560701930860<<<20
//
// A line of 44 characters (TD3, passports) or 36 (TD2) of capitals,
// digits and the filler '<'. The first line names the holder (PERSON:
// the name field, fillers at its end left out); the second holds the
// document's number, nationality, birth date, sex and expiry, each
// number followed by its check digit (PASSPORT: the whole line, read only
// when the three check digits hold). Every line has a run of fillers in
// practice, and a text without "<<" is not read.

// Identity cards and residence permits (TD1, session 59) write three
// lines of 30: the document's code, the issuing state and the
// document's number with its check digit; the birth date, sex, expiry
// and nationality; the holder's name. The first two are read as the
// passport's second line is (PASSPORT, when their check digits hold),
// the third as a name (PERSON) only right after one of them, as it
// has no check digit.
//
//	IDD<<T4FJ82MX68<<<<<<<<<<<<<<<
//	8506195M3108125D<<<<<<<<<<<<<6
//	HARTMANN<OEZDEMIR<<JONAS<<<<<<

// mrzLines reads the text's zones (see above).
func (s *state) mrzLines() {
	t := s.text
	td1 := -1 // the end of the last TD1 line read
	for i := 0; i < len(t); {
		k := strings.IndexByte(t[i:], '<')
		if k < 0 {
			return
		}
		a, b := i+k, i+k
		for a > 0 && mrzByte(t[a-1]) {
			a--
		}
		for b < len(t) && mrzByte(t[b]) {
			b++
		}
		i = b
		if b-a == 30 {
			line := t[a:b]
			switch {
			case mrzTD1First(line) || mrzTD1Second(line):
				s.add(cand{start: a, end: b, typ: TypePassport, rec: "passport_mrz", score: 0.9})
				td1 = b
			case td1 >= 0 && a-td1 <= 4:
				if e := mrzTD1NameEnd(line); e > 0 {
					s.add(cand{start: a, end: a + e, typ: TypePerson, rec: "passport_mrz", score: 0.85})
				}
			}
			continue
		}
		if n := b - a; n != 44 && n != 36 {
			continue
		}
		line := t[a:b]
		if mrzDataLine(line) {
			s.add(cand{start: a, end: b, typ: TypePassport, rec: "passport_mrz", score: 0.9})
		} else if e := mrzNameEnd(line); e > 0 {
			s.add(cand{start: a + 5, end: a + e, typ: TypePerson, rec: "passport_mrz", score: 0.85})
		}
	}
}

// mrzByte reports a character of a machine-readable zone.
func mrzByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<'
}

// mrzDataLine reports whether line, 44 or 36 characters of a zone, is
// its second line: the document's number, the birth date and the expiry
// each followed by the check digit that holds for it, a sex of M, F, X
// or '<', and a nationality of letters.
func mrzDataLine(line string) bool {
	return mrzCheck(line[0:9], line[9]) && mrzCheck(line[13:19], line[19]) && mrzCheck(line[21:27], line[27]) &&
		allDigits(line[13:19]) && allDigits(line[21:27]) && strings.IndexByte("MFX<", line[20]) >= 0 &&
		mrzLetters(line[10:13])
}

// mrzNameEnd returns, for line, 44 or 36 characters of a zone, the end of
// the holder's name when it is the zone's first line: a document code
// (P, I, A, C or V and a letter or '<'), the issuing state in letters,
// then the name in capitals with '<' for spaces and "<<" between surname
// and given names, filled out with '<'. Else 0.
func mrzNameEnd(line string) int {
	if strings.IndexByte("PIACV", line[0]) < 0 || !mrzLetters(line[1:5]) || !strings.Contains(line[5:], "<<") {
		return 0
	}
	e := 0
	letters := 0
	for k := 5; k < len(line); k++ {
		switch c := line[k]; {
		case c >= 'A' && c <= 'Z':
			letters++
			e = k + 1
		case c != '<':
			return 0
		}
	}
	if letters < 2 || line[5] == '<' {
		return 0 // the surname opens the name
	}
	return e
}

// mrzTD1First reports whether line, 30 characters of a zone, is the first
// line of an identity card's: a document code of I, A or C and a
// letter or '<', the issuing state in letters, the document's number
// and its check digit.
func mrzTD1First(line string) bool {
	return strings.IndexByte("IAC", line[0]) >= 0 && mrzLetters(line[1:5]) && line[2] != '<' && mrzCheck(line[5:14], line[14])
}

// mrzTD1Second reports whether line, 30 characters of a zone, is the
// second line of an identity card's: the birth date and the expiry each
// with its check digit, a sex of M, F, X or '<', and a nationality of
// letters.
func mrzTD1Second(line string) bool {
	return allDigits(line[0:6]) && mrzCheck(line[0:6], line[6]) && strings.IndexByte("MFX<", line[7]) >= 0 &&
		allDigits(line[8:14]) && mrzCheck(line[8:14], line[14]) && mrzLetters(line[15:18]) && line[15] != '<'
}

// mrzTD1NameEnd returns, for line, 30 characters of a zone, the end of
// the holder's name when it is an identity card's third line: the name
// in capitals with '<' for spaces and "<<" between surname and given
// names, filled out with '<'. Else 0.
func mrzTD1NameEnd(line string) int {
	if line[0] == '<' || !mrzLetters(line) || !strings.Contains(line, "<<") {
		return 0
	}
	e := strings.TrimRight(line, "<")
	if len(e) < 4 {
		return 0
	}
	return len(e)
}

// mrzLetters reports capitals and fillers only.
func mrzLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '<' && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// mrzCheck reports whether c is the ICAO 9303 check digit of field:
// digits at their value, letters A to Z at 10 to 35, the filler at 0,
// weighted 7, 3, 1 in turn, the sum modulo 10.
func mrzCheck(field string, c byte) bool {
	if c < '0' || c > '9' {
		return false
	}
	sum := 0
	for i := 0; i < len(field); i++ {
		v := 0
		switch b := field[i]; {
		case b >= '0' && b <= '9':
			v = int(b - '0')
		case b >= 'A' && b <= 'Z':
			v = int(b-'A') + 10
		}
		sum += v * [3]int{7, 3, 1}[i%3]
	}
	return sum%10 == int(c-'0')
}
