package redact

import (
	"strings"
)

// This file holds the validators of national identifiers: pure functions
// that receive a match as written (separators included), normalise it
// themselves and report whether it passes the identifier's checksum or
// format rules. They never allocate more than a copy of the match and
// never panic on malformed input, so the engine can call them on any
// candidate.

// compact returns s without the separators people put in identifiers
// (space, hyphen, dot, slash, underscore, colon), upper-cased. It
// returns "" when s holds anything other than ASCII letters, digits and
// those separators.
func compact(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		c := s[i]
		clean = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
	}
	if clean {
		return s // already compact: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9', c >= 'A' && c <= 'Z':
			b.WriteByte(c)
		case c >= 'a' && c <= 'z':
			b.WriteByte(c - 'a' + 'A')
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == '_' || c == ':':
		default:
			w, _ := wideSep(s, i) // a no-break space, an en dash
			if w == 0 {
				return ""
			}
			i += w - 1
		}
	}
	return b.String()
}

// digitsOf returns the digits of s after removing separators, or "" when
// s holds anything else or does not have exactly n digits (n <= 0 accepts
// any length).
func digitsOf(s string, n int) string {
	// The digits are counted first: a match with a letter or the wrong
	// number of digits (most often the shape of a longer number) is
	// rejected without the copy compact makes.
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			return ""
		}
	}
	if digits == 0 || n > 0 && digits != n {
		return ""
	}
	// No letter is left: compact keeps the digits, or gives "" for a
	// byte that is no separator.
	return compact(s)
}

// allDigits reports whether s is non-empty and only ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// allLetters reports whether s is non-empty and only ASCII upper-case
// letters.
func allLetters(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// consistentSeparators reports whether every separator in s is the same
// character, so "046-454 286" (a mix) is rejected while "046 454 286" and
// "046454286" are accepted.
func consistentSeparators(s string) bool {
	var sep byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '-' || c == '.' || c == '/' || c == ':' {
			if sep != 0 && c != sep {
				return false
			}
			sep = c
		}
	}
	return true
}

// groupedAsWritten reports whether a number of n digit groups is written
// whole: without separators, or with the same separator between every two
// groups. "401 023 2137" and "4010232137" pass; "401023-2137", which is a
// date-stamped reference (240315-1234) rather than a grouped identifier,
// does not.
func groupedAsWritten(s string, n int) bool {
	seps := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '-', '.', '/', ':':
			seps++
		}
	}
	return (seps == 0 || seps == n-1) && consistentSeparators(s)
}

// singleCase reports whether the ASCII letters of s are all upper case or
// all lower case.
func singleCase(s string) bool {
	var upper, lower bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		upper = upper || c >= 'A' && c <= 'Z'
		lower = lower || c >= 'a' && c <= 'z'
	}
	return !(upper && lower)
}

// sameDigits reports whether every character of s is the same, which no
// issuing authority hands out ("111111111", "000000000").
func sameDigits(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] != s[0] {
			return false
		}
	}
	return true
}

// num returns the value of the decimal digits of s (at most 9 digits).
func num(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// weightedSum multiplies each digit of s by the weight at the same index.
func weightedSum(s string, weights []int) int {
	sum := 0
	for i, w := range weights {
		sum += int(s[i]-'0') * w
	}
	return sum
}

// luhn reports whether the digit string s passes the Luhn (mod 10) check.
func luhn(s string) bool {
	if !allDigits(s) {
		return false
	}
	sum := 0
	double := false
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// verhoeffD, verhoeffP are the dihedral group D5 multiplication table and
// the position permutation table of the Verhoeff scheme.
var (
	verhoeffD = [10][10]uint8{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
		{1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
		{2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
		{3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
		{4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
		{5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
		{6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
		{7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
		{8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
		{9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
	}
	verhoeffP = [8][10]uint8{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
		{1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
		{5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
		{8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
		{9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
		{4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
		{2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
		{7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
	}
)

// verhoeff reports whether the digit string s (check digit last) passes
// the Verhoeff check.
func verhoeff(s string) bool {
	if !allDigits(s) {
		return false
	}
	c := uint8(0)
	for i := 0; i < len(s); i++ {
		d := s[len(s)-1-i] - '0'
		c = verhoeffD[c][verhoeffP[i%8][d]]
	}
	return c == 0
}

// iso7064Mod1110 reports whether the digit string s (check digit last)
// passes ISO 7064 MOD 11,10, the scheme of the German tax ID and VAT ID.
func iso7064Mod1110(s string) bool {
	if len(s) < 2 || !allDigits(s) {
		return false
	}
	product := 10
	for i := 0; i < len(s)-1; i++ {
		sum := (int(s[i]-'0') + product) % 10
		if sum == 0 {
			sum = 10
		}
		product = (sum * 2) % 11
	}
	check := 11 - product
	if check == 10 {
		check = 0
	}
	return check == int(s[len(s)-1]-'0')
}

// icaoValue is the value of a character in the ICAO 9303 check digit:
// digits are themselves, A is 10 through Z 35.
func icaoValue(c byte) int {
	if c >= '0' && c <= '9' {
		return int(c - '0')
	}
	return int(c-'A') + 10
}

// icaoCheck reports whether the last character of s (a digit) is the ICAO
// 9303 7-3-1 check digit of the characters before it.
func icaoCheck(s string) bool {
	if len(s) < 2 {
		return false
	}
	weights := [3]int{7, 3, 1}
	sum := 0
	for i := 0; i < len(s)-1; i++ {
		sum += icaoValue(s[i]) * weights[i%3]
	}
	last := s[len(s)-1]
	return last >= '0' && last <= '9' && sum%10 == int(last-'0')
}

// validDate reports whether day and month form a date in year (a full
// year; 0 means any year, so 29 February is accepted).
func validDate(year, month, day int) bool {
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	days := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if day > days[month] {
		return false
	}
	if month == 2 && day == 29 && year != 0 {
		return year%4 == 0 && (year%100 != 0 || year%400 == 0)
	}
	return true
}

// vinShape reports whether s is written as a vehicle identification
// number (ISO 3779): 17 letters and digits without I, O and Q, which look
// like 1 and 0, the last four digits, and a letter somewhere (seventeen
// digits are an account or a tracking number far more often). The check
// digit North America puts ninth is not asked for: makers elsewhere put
// any character there.
func vinShape(s string) bool {
	if len(s) != 17 || !allDigits(s[13:]) {
		return false
	}
	letter := false
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		switch {
		case s[i] >= '0' && s[i] <= '9':
		case c >= 'a' && c <= 'z' && c != 'i' && c != 'o' && c != 'q':
			letter = true
		default:
			return false
		}
	}
	return letter
}

// vinCheckDigit reports whether s, of vinShape, carries the check digit
// North American VINs carry in their ninth place: each character's value
// (letters by the standard's table) times its place's weight, summed mod
// 11, 10 written "X". Vehicles built for elsewhere carry none.
func vinCheckDigit(s string) bool {
	const weights = "\x08\x07\x06\x05\x04\x03\x02\x0a\x00\x09\x08\x07\x06\x05\x04\x03\x02"
	// The values of A to Z (I, O and Q are not used).
	const letters = "\x01\x02\x03\x04\x05\x06\x07\x08\x00\x01\x02\x03\x04\x05\x00\x07\x00\x09\x02\x03\x04\x05\x06\x07\x08\x09"
	sum := 0
	for i := 0; i < 17; i++ {
		c := s[i]
		v := 0
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			v = int(letters[c|0x20-'a'])
		default:
			return false
		}
		sum += v * int(weights[i])
	}
	want := byte('0' + sum%11)
	if sum%11 == 10 {
		want = 'X'
	}
	return s[8]|0x20 == want|0x20
}

// ---- United States ----

// validABARouting checks a US bank routing (ABA transit) number: nine
// digits, a Federal Reserve prefix (00-12, 21-32, 61-72, 80), weights
// 3-7-1 summing to a multiple of 10, and a non-zero institution part.
func validABARouting(match string) bool {
	d := digitsOf(match, 9)
	if d == "" || !consistentSeparators(match) {
		return false
	}
	p := num(d[:2])
	if !(p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p == 80) {
		return false
	}
	if d[4:8] == "0000" || sameDigits(d) {
		return false
	}
	return weightedSum(d, []int{3, 7, 1, 3, 7, 1, 3, 7, 1})%10 == 0
}

// validUSNPI checks a US National Provider Identifier: ten digits starting
// with 1 or 2 whose Luhn check runs over the card-issuer prefix 80840.
// Runs of one digit ("1111111112") are placeholders, not providers.
func validUSNPI(match string) bool {
	d := digitsOf(match, 10)
	if d == "" || (d[0] != '1' && d[0] != '2') || sameDigits(d[:9]) || !consistentSeparators(match) {
		return false
	}
	return luhn("80840" + d)
}

// validDEA checks a US DEA registration number: two letters and seven
// digits whose last digit is the last digit of (d1+d3+d5) + 2*(d2+d4+d6).
// The second letter (the registrant's initial) may be 9 for names that
// start with a digit. "KB" and seven digits is rejected: that is how
// Microsoft numbers its updates (KB5034441), far more common in a support
// chat than a DEA number with that prefix.
func validDEA(match string) bool {
	c := compact(match)
	if len(c) != 9 || !allLetters(c[:1]) || !allDigits(c[2:]) || (c[1] != '9' && !allLetters(c[1:2])) {
		return false
	}
	if strings.EqualFold(c[:2], "kb") {
		return false
	}
	d := c[2:]
	sum := int(d[0]-'0') + int(d[2]-'0') + int(d[4]-'0') +
		2*(int(d[1]-'0')+int(d[3]-'0')+int(d[5]-'0'))
	return sum%10 == int(d[6]-'0')
}

// ---- United Kingdom ----

// validUKNHS checks an NHS number: ten digits, weights 10 down to 2 mod 11.
func validUKNHS(match string) bool {
	d := digitsOf(match, 10)
	if d == "" || sameDigits(d) || !groupedAsWritten(match, 3) {
		return false
	}
	check := 11 - weightedSum(d, []int{10, 9, 8, 7, 6, 5, 4, 3, 2})%11
	if check == 11 {
		check = 0
	}
	return check != 10 && check == int(d[9]-'0')
}

// validUKCHI checks a Scottish CHI number: a birth date DDMMYY first and
// the NHS number's check over the ten digits.
func validUKCHI(match string) bool {
	d := digitsOf(match, 10)
	return d != "" && validDate(0, num(d[2:4]), num(d[:2])) && validUKNHS(d)
}

// validAUIHI checks an Australian Individual Healthcare Identifier:
// sixteen digits, the first six 800360 (a health identifier of a
// person), under the Luhn check.
func validAUIHI(match string) bool {
	d := digitsOf(match, 16)
	return d != "" && strings.HasPrefix(d, "800360") && luhn(d)
}

// validUKUTR checks a UK Unique Taxpayer Reference: ten digits, maybe
// after a space in the middle and before a "K" that HMRC's forms append,
// whose first is the check digit of the other nine, weighted 6, 7, 8, 9,
// 10, 5, 4, 3 and 2, the sum's remainder modulo 11 picking it from
// "21987654321".
func validUKUTR(match string) bool {
	if n := len(match); n > 0 && match[n-1]|0x20 == 'k' {
		match = match[:n-1]
	}
	d := digitsOf(match, 10)
	if d == "" || sameDigits(d) {
		return false
	}
	return "21987654321"[weightedSum(d[1:], []int{6, 7, 8, 9, 10, 5, 4, 3, 2})%11] == d[0]
}

// uscisContext are the words of a USCIS case: the agency and the green
// card. A receipt's word is too common a word of chats to be one (most
// messages that hold it are shops'), and the forms' numbers ("I-485")
// would make every "I" of a text a key's hit.
var uscisContext = []string{"uscis", "green card"}

// usEINContext are the words of an Employer Identification Number.
var usEINContext = []string{"ein", "fein", "employer identification number", "employer id number", "federal tax id",
	"federal tax id number", "federal ein"}

// validUSEIN reports whether an EIN's first two digits are a prefix the
// IRS assigns: not 00, 07 to 09, 17 to 19, 28, 29, 49, 69, 70, 78, 79,
// 89, 96 or 97 (the IRS's list of valid prefixes).
func validUSEIN(match string) bool {
	d := digitsOf(match, 9)
	if d == "" || sameDigits(d[2:]) {
		return false
	}
	switch d[:2] {
	case "00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89", "96", "97":
		return false
	}
	return true
}

// validUKNINO checks the prefix of a National Insurance number: neither
// letter may be D, F, I, Q, U or V, the second not O, and a few pairs are
// never issued.
func validUKNINO(match string) bool {
	c := compact(match)
	if len(c) != 9 || !allLetters(c[:2]) || !allDigits(c[2:8]) {
		return false
	}
	if strings.IndexByte("DFIQUV", c[0]) >= 0 || strings.IndexByte("DFIQUVO", c[1]) >= 0 {
		return false
	}
	switch c[:2] {
	case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ":
		return false
	}
	return c[8] >= 'A' && c[8] <= 'D'
}

// validUKDrivingLicence checks the date of birth encoded in a DVLA
// driving licence number (month + 50 for women) and the surname padding.
func validUKDrivingLicence(match string) bool {
	c := compact(match)
	if len(c) != 16 {
		return false
	}
	name := strings.TrimRight(c[:5], "9")
	if !allLetters(name) {
		return false
	}
	if !allDigits(c[5:11]) {
		return false
	}
	month := num(c[6:8])
	if month > 50 {
		month -= 50
	}
	return validDate(0, month, num(c[8:10]))
}

// validUSDriverLicenseGroups accepts a US driver's licence number as the
// rule's pattern reads it; one written in groups ("C741-8362-3986")
// needs one kind of separator throughout and 7 to 14 digits, as the
// states' formats have.
// validUSDriverLicense is validUSDriverLicenseGroups, and wants a digit
// in Washington's "WDL" and nine letters or digits.
func validUSDriverLicense(match string) bool {
	if strings.HasPrefix(match, "WDL") && !strings.ContainsAny(match, "0123456789") {
		return false
	}
	return validUSDriverLicenseGroups(match)
}

func validUSDriverLicenseGroups(match string) bool {
	dash, space := strings.Contains(match, "-"), strings.Contains(match, " ")
	if !dash && !space {
		return true
	}
	if dash && space {
		return false
	}
	digits := 0
	for i := 0; i < len(match); i++ {
		if isDigit(match[i]) {
			digits++
		}
	}
	return digits >= 7 && digits <= 14
}

// ---- Canada ----

// validCASIN checks a Canadian Social Insurance Number: nine digits, Luhn,
// not starting with 0 or 8 (never issued to people).
func validCASIN(match string) bool {
	d := digitsOf(match, 9)
	if d == "" || d[0] == '0' || d[0] == '8' || sameDigits(d) || !groupedAsWritten(match, 3) {
		return false
	}
	return luhn(d)
}

// validCAHealthNumber checks a Canadian health card number: British
// Columbia's ten digits from 9 with a check digit mod 11 (weights 2, 4,
// 8, 5, 10, 9, 7, 3 over the second to the ninth), else Ontario's ten
// digits under the Luhn check. A version code of letters after the
// digits is not checked.
func validCAHealthNumber(match string) bool {
	end := len(match)
	for end > 0 && (match[end-1] >= 'A' && match[end-1] <= 'Z' || match[end-1] == ' ' || match[end-1] == '-') {
		end--
	}
	d := digitsOf(match[:end], 10)
	if d == "" || sameDigits(d) {
		return false
	}
	if d[0] == '9' {
		r := weightedSum(d[1:9], []int{2, 4, 8, 5, 10, 9, 7, 3}) % 11
		if r != 0 && r != 1 && int(d[9]-'0') == 11-r {
			return true
		}
	}
	return luhn(d)
}

// validMXCURP checks a Mexican CURP: its birth date (YYMMDD) is a
// date, and its check digit is ten less the sum of the values of the
// first seventeen characters (0-9, A-N as 10-23, Ñ 24, O-Z as 25-36)
// weighted 18 to 2, modulo 10. The pattern admits no Ñ, which a CURP
// replaces by X.
func validMXCURP(m string) bool {
	if len(m) != 18 || !validDate(2000+num(m[4:6]), num(m[6:8]), num(m[8:10])) {
		return false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		v := mxCharValue(m[i])
		if v < 0 || m[i] == '&' {
			return false
		}
		sum += v * (18 - i)
	}
	return int(m[17]-'0') == (10-sum%10)%10
}

// mxCharValue returns the place of an ASCII character in the alphabet of
// the check digits of Mexico's CURP and RFC, "0123456789ABCDEFGHIJKLMN&
// OPQRSTUVWXYZ" (the RFC's goes on with a space, 37, and "Ñ", 38), or -1.
func mxCharValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'A' && c <= 'N':
		return int(c-'A') + 10
	case c == '&':
		return 24
	case c >= 'O' && c <= 'Z':
		return int(c-'O') + 25
	}
	return -1
}

// validMXRFC checks a Mexican RFC: a firm's three letters or a
// person's four, a valid date (YYMMDD), two characters and a check
// digit. Each of the first twelve characters (a firm's after a space)
// has its place in "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ", weighted
// 13 down to 2; eleven less the sum modulo 11 is the check digit, "A"
// for 10 and "0" for 11.
func validMXRFC(m string) bool {
	var b [13]byte
	n := 0
	for i := 0; i < len(m); i++ {
		c := m[i]
		switch {
		case c == '-':
			continue
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case c == 0xc3 && i+1 < len(m) && (m[i+1] == 0x91 || m[i+1] == 0xb1): // Ñ, ñ
			c = 0 // its place, 38, is set below
			i++
		}
		if n == len(b) {
			return false
		}
		b[n] = c
		n++
	}
	if n != 12 && n != 13 {
		return false
	}
	body := b[:n]
	if !validDate(2000+num(string(body[n-9:n-7])), num(string(body[n-7:n-5])), num(string(body[n-5:n-3]))) {
		return false
	}
	sum := 0
	if n == 12 {
		sum = 37 * 13 // a firm's: a space before its three letters
	}
	for i, c := range body[:n-1] {
		v := mxCharValue(c)
		if c == 0 {
			v = 38 // Ñ
		}
		if v < 0 {
			return false
		}
		sum += v * (n - i)
	}
	d := (11 - sum%11) % 11
	want := byte('0' + d)
	if d == 10 {
		want = 'A'
	}
	return body[n-1] == want
}

// validARCUIT checks an Argentine CUIT or CUIL: the first ten digits
// weighted 5, 4, 3, 2, 7, 6, 5, 4, 3, 2; eleven less the sum modulo 11
// is the check digit, 11 giving 0 and 10 none. A Norwegian bank
// account's eleven digits have the same check (no_bank_account).
func validARCUIT(m string) bool {
	d := digitsOf(m, 11)
	if d == "" {
		return false
	}
	c := 11 - weightedSum(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})%11
	if c == 11 {
		c = 0
	}
	return c != 10 && int(d[10]-'0') == c
}

// ---- Australia ----

// validAUABN checks an Australian Business Number: subtract 1 from the
// first digit, weights 10,1,3,...,19, sum divisible by 89.
func validAUABN(match string) bool {
	d := digitsOf(match, 11)
	if d == "" || d[0] == '0' || !groupedAsWritten(match, 4) {
		return false
	}
	w := []int{10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19}
	sum := (int(d[0]-'0') - 1) * w[0]
	for i := 1; i < 11; i++ {
		sum += int(d[i]-'0') * w[i]
	}
	return sum%89 == 0
}

// validAUACN checks an Australian Company Number: weights 8 down to 1 on
// the first eight digits, check digit is the complement mod 10.
func validAUACN(match string) bool {
	d := digitsOf(match, 9)
	if d == "" || !groupedAsWritten(match, 3) {
		return false
	}
	check := (10 - weightedSum(d, []int{8, 7, 6, 5, 4, 3, 2, 1})%10) % 10
	return check == int(d[8]-'0')
}

// validAUTFN checks an Australian Tax File Number (nine digits): weights
// 1,4,3,7,5,8,6,9,10, sum divisible by 11.
func validAUTFN(match string) bool {
	d := digitsOf(match, 9)
	if d == "" || sameDigits(d) || !groupedAsWritten(match, 3) {
		return false
	}
	return weightedSum(d, []int{1, 4, 3, 7, 5, 8, 6, 9, 10})%11 == 0
}

// validAUMedicare checks an Australian Medicare card number: ten digits
// (an eleventh, the person's position on the card, is optional), first
// digit 2-6, weights 1,3,7,9 repeated, ninth digit is the sum mod 10.
func validAUMedicare(match string) bool {
	d := digitsOf(match, 0)
	if (len(d) != 10 && len(d) != 11) || d[0] < '2' || d[0] > '6' {
		return false
	}
	return weightedSum(d, []int{1, 3, 7, 9, 1, 3, 7, 9})%10 == int(d[8]-'0')
}

// validNZIRD checks a New Zealand IRD (tax) number: eight or nine
// digits, within 10,000,000 to 150,000,000; the first eight of its nine
// (an eight-digit one takes a leading 0) weighted 3,2,7,6,5,4,3,2, and
// the check digit 11 minus the sum mod 11 (0 for none). A result of 10
// takes the second weights 7,4,3,2,5,2,7,6, and a second 10 is no
// number (Inland Revenue's specification).
func validNZIRD(match string) bool {
	d := digitsOf(match, 0)
	if len(d) == 8 {
		d = "0" + d
	}
	if len(d) != 9 || !groupedAsWritten(match, 3) {
		return false
	}
	if d < "010000000" || d > "150000000" { // nine digits: compared as strings
		return false
	}
	for _, w := range [][]int{{3, 2, 7, 6, 5, 4, 3, 2}, {7, 4, 3, 2, 5, 2, 7, 6}} {
		c := 0
		if r := weightedSum(d, w) % 11; r != 0 {
			c = 11 - r
		}
		if c != 10 {
			return c == int(d[8]-'0')
		}
	}
	return false
}

// ---- Germany ----

// validDETaxID checks a German tax identification number (Steuer-ID):
// eleven digits, no leading zero, no digit more than three times among
// the first ten, and an ISO 7064 MOD 11,10 check digit.
func validDETaxID(match string) bool {
	d := digitsOf(match, 11)
	if d == "" || d[0] == '0' {
		return false
	}
	var count [10]int
	for i := 0; i < 10; i++ {
		count[d[i]-'0']++
		if count[d[i]-'0'] > 3 {
			return false
		}
	}
	return iso7064Mod1110(d)
}

// validDEVATID checks the shape of a German VAT ID (DE and nine digits).
// The ISO 7064 check digit is not enforced: Presidio reports numbers that
// fail it at a lower score, and so do we (see validDEVATIDStrict).
func validDEVATID(match string) bool {
	c := compact(match)
	return len(c) == 11 && c[:2] == "DE" && allDigits(c[2:])
}

// validDEVATIDStrict is validDEVATID plus the ISO 7064 MOD 11,10 check.
func validDEVATIDStrict(match string) bool {
	c := compact(match)
	return validDEVATID(match) && iso7064Mod1110(c[2:])
}

// deDocLetters are the characters the German federal printing office uses
// in ID card and passport serial numbers (no vowels, no B, D, Q, S).
const deDocLetters = "CFGHJKLMNPRTVWXYZ0123456789"

// validDEDocument checks a German ID card or passport serial number: nine
// characters from the ICAO-safe alphabet, the last a 7-3-1 check digit.
// The serial is printed in capitals and copied either as printed or all in
// lower case; a mix of cases ("M678f3456") is some other code.
func validDEDocument(match string) bool {
	if !singleCase(match) {
		return false
	}
	c := compact(match)
	if len(c) != 9 {
		return false
	}
	for i := 0; i < 8; i++ {
		if strings.IndexByte(deDocLetters, c[i]) < 0 {
			return false
		}
	}
	if c[0] >= '0' && c[0] <= '9' {
		return false
	}
	return icaoCheck(c)
}

// validDEIDSerial checks the serial number printed on a German ID card
// since 2010 ("VJ4GVCH1R"): nine characters of the ICAO-safe alphabet in
// one case, a letter first, two digits at least (no word of consonants),
// and not the specimen card's "L01X00T47". With ten characters, the
// tenth is the 7-3-1 check digit that the machine-readable zone adds
// ("XF4X3MW545"). Presidio's rule (validDEDocument) reads the ninth as a
// check digit: its numbers pass both.
func validDEIDSerial(match string) bool {
	if !singleCase(match) {
		return false
	}
	c := strings.ToUpper(compact(match))
	if len(c) != 9 && len(c) != 10 || c[0] < 'A' || strings.HasPrefix(c, "L01X00T47") {
		return false
	}
	digits := 0
	for i := 0; i < 9; i++ {
		if strings.IndexByte(deDocLetters, c[i]) < 0 {
			return false
		}
		if c[i] <= '9' {
			digits++
		}
	}
	// A check digit that holds vouches for a serial of one digit
	// ("Personalausweisnummer LKJ8NPYLW9", session 56); without it two
	// digits keep a word in capitals out.
	return digits >= 2 && (len(c) == 9 || icaoCheck(c)) || digits == 1 && len(c) == 10 && icaoCheck(c)
}

// validDEHealthInsurance checks a German health insurance number (KVNR):
// a letter and nine digits; the letter as two digits (A=01) plus the next
// eight digits, weighted 1,2,1,2,... with products reduced to their digit
// sum, give the last digit mod 10.
func validDEHealthInsurance(match string) bool {
	c := compact(match)
	if len(c) != 10 || !allLetters(c[:1]) || !allDigits(c[1:]) {
		return false
	}
	l := int(c[0]-'A') + 1
	vals := []int{l / 10, l % 10}
	for i := 1; i < 9; i++ {
		vals = append(vals, int(c[i]-'0'))
	}
	sum := 0
	for i, v := range vals {
		p := v * (1 + i%2)
		sum += p/10 + p%10
	}
	return sum%10 == int(c[9]-'0')
}

// validDESocialSecurity checks a German pension insurance number (RVNR):
// area (2 digits), birth date DDMMYY (day + 50 allowed), initial letter,
// serial (2 digits), check digit. The letter becomes two digits (A=01);
// weights 2,1,2,5,7,1,2,1,2,1,2,1 with products reduced to their digit
// sum give the check digit mod 10.
func validDESocialSecurity(match string) bool {
	c := compact(match)
	if len(c) != 12 || !allDigits(c[:8]) || !allLetters(c[8:9]) || !allDigits(c[9:]) {
		return false
	}
	day, month := num(c[2:4]), num(c[4:6])
	if day > 50 {
		day -= 50
	}
	if !validDate(0, month, day) {
		return false
	}
	l := int(c[8]-'A') + 1
	s := c[:8] + string(rune('0'+l/10)) + string(rune('0'+l%10)) + c[9:11]
	w := []int{2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1}
	sum := 0
	for i := range w {
		p := int(s[i]-'0') * w[i]
		sum += p/10 + p%10
	}
	return sum%10 == int(c[11]-'0')
}

// validDELANR checks a German physician number (LANR): six digits, a check
// digit (weights 4 and 9 alternating, complement mod 10), and a two-digit
// specialty code.
func validDELANR(match string) bool {
	d := digitsOf(match, 9)
	if d == "" {
		return false
	}
	check := (10 - weightedSum(d, []int{4, 9, 4, 9, 4, 9})%10) % 10
	return check == int(d[6]-'0')
}

// validDEBSNR checks the shape of a German practice number (BSNR): nine
// digits, not all zero. There is no public checksum.
func validDEBSNR(match string) bool {
	d := digitsOf(match, 9)
	return d != "" && d[:2] != "00"
}

// validDETaxNumber checks the 13-digit unified (ELSTER) German tax
// number. ELSTER writes it as the four-digit federal tax office number
// (BUFA-Nr.), whose lead digits name the state (28 Baden-Württemberg, 9
// Bayern, 30 to 32 Brandenburg, Sachsen-Anhalt and Sachsen, 5
// Nordrhein-Westfalen, ...), then 0, then eight digits. Presidio reads
// the first two digits as a state index from 01 to 16 instead; that form
// is kept for its test vectors. Slashed regional forms are accepted as
// matched.
func validDETaxNumber(match string) bool {
	if strings.IndexByte(match, '/') >= 0 {
		return true
	}
	d := digitsOf(match, 13)
	if d == "" {
		return false
	}
	if s := num(d[:2]); s >= 1 && s <= 16 {
		return true
	}
	return d[4] == '0' && deTaxOffice(num(d[:2]))
}

// deTaxOffice reports whether p, the first two digits of a federal tax
// office number, belongs to a state.
func deTaxOffice(p int) bool {
	switch {
	case p >= 21 && p <= 24, p >= 26 && p <= 28, p >= 30 && p <= 32, p == 40, p == 41:
		return true
	}
	return p/10 == 5 || p/10 == 9
}

// validDEPLZ checks a German postcode: five digits from 01001 to 99998.
func validDEPLZ(match string) bool {
	d := digitsOf(match, 5)
	if d == "" {
		return false
	}
	n := num(d)
	return n >= 1001 && n <= 99998
}

// ---- Spain ----

// esLetters maps a DNI/NIE number mod 23 to its control letter.
const esLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// validESNIF checks a Spanish DNI/NIF: seven or eight digits and the
// control letter of the number mod 23.
func validESNIF(match string) bool {
	c := compact(match)
	if len(c) < 8 || len(c) > 9 || !allDigits(c[:len(c)-1]) {
		return false
	}
	return esLetters[num(c[:len(c)-1])%23] == c[len(c)-1]
}

// validPTNIF checks a Portuguese tax number (NIF): nine digits whose
// last is 11 minus the weighted sum (weights 9 down to 2) mod 11, or 0
// when that is 10 or 11.
func validPTNIF(match string) bool {
	d := digitsOf(match, 9)
	if d == "" || sameDigits(d) {
		return false
	}
	check := 11 - weightedSum(d, []int{9, 8, 7, 6, 5, 4, 3, 2})%11
	if check >= 10 {
		check = 0
	}
	return int(d[8]-'0') == check
}

// validESNIE checks a Spanish foreigner number (NIE): X, Y or Z (0, 1, 2),
// seven digits and the control letter mod 23.
func validESNIE(match string) bool {
	c := compact(match)
	if len(c) != 9 || !allDigits(c[1:8]) {
		return false
	}
	p := strings.IndexByte("XYZ", c[0])
	if p < 0 {
		return false
	}
	return esLetters[(p*10000000+num(c[1:8]))%23] == c[8]
}

// ---- Italy ----

// itMonths are the month letters of an Italian fiscal code.
const itMonths = "ABCDEHLMPRST"

// itOmocodia are the letters that replace digits 0-9 in a fiscal code
// when two people would otherwise share one.
const itOmocodia = "LMNPQRSTUV"

// validITFiscalCode checks the structure of an Italian fiscal code: six
// letters, year, month letter, day (women + 40), place, control letter;
// digits may be replaced by the omocodia letters. The control letter is
// not enforced because it is often mistyped in otherwise real codes.
func validITFiscalCode(match string) bool {
	c := compact(match)
	if len(c) != 16 || !allLetters(c[:6]) || !allLetters(c[15:]) || !allLetters(c[11:12]) {
		return false
	}
	digit := func(b byte) (int, bool) {
		if b >= '0' && b <= '9' {
			return int(b - '0'), true
		}
		if i := strings.IndexByte(itOmocodia, b); i >= 0 {
			return i, true
		}
		return 0, false
	}
	for _, i := range []int{6, 7, 9, 10, 12, 13, 14} {
		if _, ok := digit(c[i]); !ok {
			return false
		}
	}
	if strings.IndexByte(itMonths, c[8]) < 0 {
		return false
	}
	d1, _ := digit(c[9])
	d2, _ := digit(c[10])
	day := d1*10 + d2
	if day > 40 {
		day -= 40
	}
	return day >= 1 && day <= 31
}

// validITVAT checks an Italian VAT number (partita IVA): eleven digits,
// not all zero, Luhn check.
func validITVAT(match string) bool {
	d := digitsOf(match, 11)
	if d == "" || d[:7] == "0000000" {
		return false
	}
	return luhn(d)
}

// ---- Poland, Sweden, Finland, Netherlands, France ----

// validPLPESEL checks a Polish PESEL: birth date YYMMDD (month + 20, 40,
// 60 or 80 for the century) and weights 1,3,7,9 repeated.
func validPLPESEL(match string) bool {
	d := digitsOf(match, 11)
	if d == "" || !allDigits(match) {
		return false
	}
	month := num(d[2:4]) % 20
	if !validDate(0, month, num(d[4:6])) {
		return false
	}
	check := (10 - weightedSum(d, []int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3})%10) % 10
	return check == int(d[10]-'0')
}

// validIEPPSN checks Ireland's PPS number: seven digits weighted 8 to 2,
// plus nine times the second letter's place in the alphabet (W counts
// 0) when there is one, modulo 23, give the check letter (0 is W).
func validIEPPSN(match string) bool {
	if len(match) < 8 || len(match) > 9 || !allDigits(match[:7]) {
		return false
	}
	sum := 0
	for i := 0; i < 7; i++ {
		sum += int(match[i]-'0') * (8 - i)
	}
	if len(match) == 9 {
		if c := match[8] | 0x20; c != 'w' {
			sum += int(c-'a'+1) * 9
		}
	}
	want := byte('W')
	if r := sum % 23; r > 0 {
		want = byte('A' + r - 1)
	}
	return match[7]&^0x20 == want
}

// validCHAHV checks Switzerland's AHV/AVS number: thirteen digits from
// 756, the last an EAN-13 check digit (ean13Digits).
func validCHAHV(match string) bool {
	d := digitsOf(match, 13)
	return d != "" && d[:3] == "756" && ean13Digits([]byte(d))
}

// validBENationalID checks Belgium's national register number: a birth
// date YYMMDD (the month may be 0 or raised by 20 or 40 for a bis
// number, the day 0, when the date is unknown), a serial, and 97 less
// the first nine digits modulo 97; for one born in 2000 or later the
// nine digits count with a 2 before them.
func validBENationalID(match string) bool {
	d := digitsOf(match, 11)
	if d == "" {
		return false
	}
	if m, day := num(d[2:4])%20, num(d[4:6]); m > 12 || day > 31 {
		return false
	}
	n := num(d[:9])
	check := num(d[9:])
	return 97-n%97 == check || 97-(2000000000+n)%97 == check
}

// validSEPersonnummer checks a Swedish personal identity number in any of
// its forms (YYMMDD-NNNC, YYYYMMDDNNNC, ...): a real date (day + 60 for
// coordination numbers) and a Luhn check over the ten-digit form. A '+'
// for '-' marks a holder of a hundred years or more ("230405+1424").
func validSEPersonnummer(match string) bool {
	d := digitsOf(strings.Replace(match, "+", "-", 1), 0)
	switch len(d) {
	case 12:
		c := num(d[:2])
		if c < 18 || c > 20 {
			return false
		}
		d = d[2:]
	case 10:
	default:
		return false
	}
	day := num(d[4:6])
	if day > 60 {
		day -= 60
	}
	if !validDate(0, num(d[2:4]), day) {
		return false
	}
	return luhn(d)
}

// validSEOrgNumber checks a Swedish organisation number: ten digits, the
// third at least 2 (so it can never be a birth month), Luhn check.
func validSEOrgNumber(match string) bool {
	d := digitsOf(match, 10)
	if d == "" || d[2] < '2' || d[0] == '0' || d[0] == '4' {
		return false
	}
	return luhn(d)
}

// fiChecks are the control characters of a Finnish HETU by remainder.
const fiChecks = "0123456789ABCDEFHJKLMNPRSTUVWXY"

// validFIHETU checks a Finnish personal identity code (henkilötunnus):
// DDMMYY, a century sign, a three-digit individual number and the control
// character of DDMMYYNNN mod 31.
func validFIHETU(match string) bool {
	c := strings.ToUpper(match)
	if len(c) != 11 || !allDigits(c[:6]) || !allDigits(c[7:10]) {
		return false
	}
	century := 0
	switch c[6] {
	case '+':
		century = 1800
	case '-', 'Y', 'X', 'W', 'V', 'U':
		century = 1900
	case 'A', 'B', 'C', 'D', 'E', 'F':
		century = 2000
	default:
		return false
	}
	if !validDate(century+num(c[4:6]), num(c[2:4]), num(c[:2])) {
		return false
	}
	n := num(c[:6])*1000 + num(c[7:10])
	return fiChecks[n%31] == c[10]
}

// validESSocialSecurity checks Spain's social security number: two
// digits of the province (01 to 53, or 66), the person's number and two
// check digits, the rest modulo 97; a number below ten million counts
// with the province before its seven digits.
func validESSocialSecurity(match string) bool {
	d := digitsOf(match, 0)
	if len(d) != 11 && len(d) != 12 {
		return false
	}
	p := num(d[:2])
	if p < 1 || p > 53 && p != 66 {
		return false
	}
	n := num(d[2 : len(d)-2])
	v := p*100000000 + n
	if n < 10000000 {
		v = p*10000000 + n
	}
	return v%97 == num(d[len(d)-2:])
}

// validATSocialSecurity checks Austria's social security number: a
// three-digit serial, a check digit and the birth date DDMMYY; the serial
// and the date weighted 3, 7, 9 and 5, 8, 4, 2, 1, 6, modulo 11, give the
// check (no number has remainder 10).
func validATSocialSecurity(match string) bool {
	d := digitsOf(match, 10)
	if d == "" || d[0] == '0' {
		return false
	}
	if num(d[4:6]) > 31 || num(d[6:8]) > 12 {
		return false // a date of the year; 0 and 13 to 14 stand for unknown ones, left out
	}
	sum := weightedSum(d[:3], []int{3, 7, 9}) + weightedSum(d[4:], []int{5, 8, 4, 2, 1, 6})
	return sum%11 == int(d[3]-'0')
}

// validFRTaxID checks France's tax number (numéro fiscal, SPI): thirteen
// digits, the first 0 to 3, the last three the first ten modulo 511.
func validFRTaxID(match string) bool {
	d := digitsOf(match, 13)
	if d == "" || d[0] > '3' {
		return false
	}
	return num(d[:10])%511 == num(d[10:])
}

// validBEIDCard checks the number of a Belgian identity card (eID):
// twelve digits, the last two the first ten modulo 97 (97 for 0).
func validBEIDCard(match string) bool {
	d := digitsOf(match, 12)
	if d == "" || sameDigits(d) {
		return false
	}
	r := num(d[:10]) % 97
	if r == 0 {
		r = 97
	}
	return r == num(d[10:])
}

// validNLIDDocument checks the shape of a Dutch passport's or identity
// card's number: two letters, six letters or digits, a digit, never the
// letter O (which reads as a zero), a digit among the middle six.
func validNLIDDocument(match string) bool {
	c := strings.ToUpper(match)
	if len(c) != 9 || strings.IndexByte(c, 'O') >= 0 || !isUpperByte(c[0]) || !isUpperByte(c[1]) || !isDigit(c[8]) {
		return false
	}
	digits := 0
	for i := 2; i < 8; i++ {
		switch {
		case isDigit(c[i]):
			digits++
		case !isUpperByte(c[i]):
			return false
		}
	}
	return digits > 0
}

// validDEFuehrerscheinCard checks the number of a German card driving
// licence (field 5): the licensing office's key (a letter for the Land,
// A to P, and three letters or digits), five letters or digits in
// sequence, a check character and the letter or digit. The check
// weighs the first nine characters (A counts 10) 9, 8, ... 1, modulo 11,
// 10 written X; the specimen card's "B072RRE2I55" passes.
func validDEFuehrerscheinCard(match string) bool {
	if len(match) != 11 {
		return false
	}
	c := strings.ToUpper(match)
	if c[0] < 'A' || c[0] > 'P' {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		v := 0
		switch ch := c[i]; {
		case ch >= '0' && ch <= '9':
			v = int(ch - '0')
		case ch >= 'A' && ch <= 'Z':
			v = int(ch-'A') + 10
		default:
			return false
		}
		sum += v * (9 - i)
	}
	want := byte('0' + sum%11)
	if sum%11 == 10 {
		want = 'X'
	}
	return c[9] == want && isAlnum(c[10])
}

// validNOFodselsnummer checks a Norwegian national identity number
// (fødselsnummer, or a D-number with 40 added to the day): a birth date
// DDMMYY (40 added to the month in an H-number), three digits of the
// person and two mod-11 check digits, the first over the nine digits
// before it, the second over the ten.
func validNOFodselsnummer(match string) bool {
	d := digitsOf(match, 11)
	if d == "" {
		return false
	}
	day, month := num(d[:2]), num(d[2:4])
	if day > 40 {
		day -= 40
	}
	if month > 40 {
		month -= 40
	}
	if !validDate(0, month, day) {
		return false
	}
	mod11 := func(s string, weights []int) int {
		c := 11 - weightedSum(s, weights)%11
		if c == 11 {
			return 0
		}
		return c // 10: no number has it
	}
	k1 := mod11(d, []int{3, 7, 6, 1, 8, 9, 4, 5, 2})
	k2 := mod11(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})
	return k1 == int(d[9]-'0') && k2 == int(d[10]-'0')
}

// validDKCPR checks a Danish CPR number's shape: a birth date DDMMYY and
// four digits. Denmark dropped its mod-11 check in 2007, so only the
// date is tested; the rule asks for a CPR word near it.
func validDKCPR(match string) bool {
	d := digitsOf(match, 10)
	return d != "" && validDate(0, num(d[2:4]), num(d[:2]))
}

// validPLNIP checks a Polish tax identification number (NIP): ten
// digits, the last the sum of the nine before it weighted 6, 5, 7, 2, 3,
// 4, 5, 6, 7, modulo 11 (no number has remainder 10).
func validPLNIP(match string) bool {
	d := digitsOf(match, 10)
	if d == "" || sameDigits(d) {
		return false
	}
	return weightedSum(d, []int{6, 5, 7, 2, 3, 4, 5, 6, 7})%11 == int(d[9]-'0')
}

// validPLIDCard checks a Polish identity card's number (dowód osobisty):
// three letters (A counts 10) and six digits weighted 7, 3, 1, 9, 7, 3,
// 1, 7, 3, the sum a multiple of ten; the first digit is the check.
func validPLIDCard(match string) bool {
	if len(match) == 10 && match[3] == ' ' {
		match = match[:3] + match[4:]
	}
	if len(match) != 9 || !allDigits(match[3:]) {
		return false
	}
	weights := [9]int{7, 3, 1, 9, 7, 3, 1, 7, 3}
	sum := 0
	for i := 0; i < 9; i++ {
		c := match[i]
		v := int(c - '0')
		if i < 3 {
			c &^= 0x20
			if c < 'A' || c > 'Z' {
				return false
			}
			v = int(c-'A') + 10
		}
		sum += v * weights[i]
	}
	return sum%10 == 0
}

// validNLBSN checks a Dutch citizen service number (BSN): nine digits and
// the "11-proof": weights 9 down to 2 and -1, sum divisible by 11.
func validNLBSN(match string) bool {
	d := digitsOf(match, 9)
	if d == "" || sameDigits(d) {
		return false
	}
	sum := weightedSum(d, []int{9, 8, 7, 6, 5, 4, 3, 2}) - int(d[8]-'0')
	return sum > 0 && sum%11 == 0
}

// validNLVATID checks a Dutch sole trader's VAT number (btw-id):
// "NL", nine digits, "B" and two digits, in capitals or not, maybe
// parted by spaces or dots, whose letters read as an IBAN's (A is 10,
// so N is 23, L 21 and B 11) and the whole is 1 modulo 97 (ISO 7064
// MOD 97-10): "NL526018159B18".
func validNLVATID(match string) bool {
	var buf [16]byte
	c := buf[:0]
	for i := 0; i < len(match); i++ {
		switch b := match[i]; {
		case b == ' ' || b == '.':
		case len(c) == len(buf):
			return false
		case b >= 'a' && b <= 'z':
			c = append(c, b-'a'+'A')
		default:
			c = append(c, b)
		}
	}
	if len(c) != 14 || c[0] != 'N' || c[1] != 'L' || c[11] != 'B' || sameDigits(string(c[2:11])) {
		return false
	}
	return mod97Remainder(c) == 1
}

// validFRNIR checks a French social security number (NIR, "numéro
// INSEE"): sex, year, month, department (2A and 2B for Corsica), commune,
// order, and a two-digit key equal to 97 minus the number mod 97.
func validFRNIR(match string) bool {
	c := compact(match)
	if len(c) != 15 || (c[0] != '1' && c[0] != '2') {
		return false
	}
	body := c[:13]
	switch body[5:7] {
	case "2A":
		body = body[:5] + "19" + body[7:]
	case "2B":
		body = body[:5] + "18" + body[7:]
	}
	if !allDigits(body) || !allDigits(c[13:]) {
		return false
	}
	if m := num(body[3:5]); !(m >= 1 && m <= 12) && !(m >= 20 && m <= 42) && !(m >= 50 && m <= 99) {
		return false
	}
	rem := 0
	for i := 0; i < len(body); i++ {
		rem = (rem*10 + int(body[i]-'0')) % 97
	}
	return 97-rem == num(c[13:])
}

// ---- India ----

// validINAadhaar checks an Aadhaar number: twelve digits not starting with
// 0 or 1, consistent separators, Verhoeff check, not a palindrome.
func validINAadhaar(match string) bool {
	d := digitsOf(match, 12)
	if d == "" || d[0] < '2' || !consistentSeparators(match) {
		return false
	}
	palindrome := true
	for i := 0; i < 6; i++ {
		if d[i] != d[11-i] {
			palindrome = false
			break
		}
	}
	return !palindrome && verhoeff(d)
}

// validINAadhaarVID checks an Aadhaar Virtual ID: sixteen digits,
// consistent separators and the Verhoeff check digit the Aadhaar number
// carries too.
func validINAadhaarVID(match string) bool {
	d := digitsOf(match, 16)
	return d != "" && consistentSeparators(match) && verhoeff(d)
}

// validINGSTINShape checks the structure of an Indian GST identification
// number: state code 01-37 (97 and 99 are special), the holder's PAN (five
// letters, four digits, a letter), an entity character, Z, and a check
// character. Presidio accepts GSTINs on structure alone, and specimen
// numbers in documentation often carry a wrong check character.
func validINGSTINShape(match string) bool {
	c := compact(match)
	if len(c) != 15 || !allDigits(c[:2]) || c[13] != 'Z' {
		return false
	}
	if s := num(c[:2]); !(s >= 1 && s <= 37) && s != 97 && s != 99 {
		return false
	}
	return allLetters(c[2:7]) && allDigits(c[7:11]) && allLetters(c[11:12])
}

// validINGSTIN is validINGSTINShape plus the base-36 check character:
// values 0-35, factors 1 and 2 alternating, each product folded to
// quotient + remainder by 36, check = (36 - sum mod 36) mod 36.
func validINGSTIN(match string) bool {
	if !validINGSTINShape(match) {
		return false
	}
	c := compact(match)
	const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	sum := 0
	for i := 0; i < 14; i++ {
		v := strings.IndexByte(alphabet, c[i])
		if v < 0 {
			return false
		}
		p := v * (1 + i%2)
		sum += p/36 + p%36
	}
	return alphabet[(36-sum%36)%36] == c[14]
}

// ---- Korea ----

// krDate checks the YYMMDD birth date of a Korean RRN or FRN given its
// gender/century digit.
func krDate(d string) bool {
	century := 0
	switch d[6] {
	case '1', '2', '5', '6':
		century = 1900
	case '3', '4', '7', '8':
		century = 2000
	default:
		return false
	}
	return validDate(century+num(d[:2]), num(d[2:4]), num(d[4:6]))
}

// validKRRRN checks a Korean resident registration number: a valid birth
// date and a gender digit 1-4 (citizens). The check digit is not enforced
// because numbers issued since October 2020 have none.
func validKRRRN(match string) bool {
	d := digitsOf(match, 13)
	return d != "" && d[6] >= '1' && d[6] <= '4' && krDate(d)
}

// validKRFRN checks a Korean foreigner registration number: as the RRN but
// with gender digit 5-8.
func validKRFRN(match string) bool {
	d := digitsOf(match, 13)
	return d != "" && d[6] >= '5' && d[6] <= '8' && krDate(d)
}

// validKRBRN checks a Korean business registration number: ten digits,
// weights 1,3,7,1,3,7,1,3,5 plus the tens of 5 x ninth digit.
func validKRBRN(match string) bool {
	// Written in its three groups or whole: "355-5439878" is the head of
	// a marketplace order number (355-5439878-0157399), not 355-54-39878.
	d := digitsOf(match, 10)
	if d == "" || !groupedAsWritten(match, 3) {
		return false
	}
	sum := weightedSum(d, []int{1, 3, 7, 1, 3, 7, 1, 3, 5}) + int(d[8]-'0')*5/10
	return (10-sum%10)%10 == int(d[9]-'0')
}

// validKRDriverLicense checks a Korean driver licence number: a regional
// code 11-28, issue year, serial and check part.
func validKRDriverLicense(match string) bool {
	d := digitsOf(match, 12)
	if d == "" || !groupedAsWritten(match, 4) {
		return false
	}
	r := num(d[:2])
	return r >= 11 && r <= 28
}

// ---- Singapore ----

// validSGNRIC checks the check letter of a Singapore NRIC or FIN: weights
// 2,7,6,5,4,3,2, an offset by series, and a per-series letter table.
func validSGNRIC(match string) bool {
	c := compact(match)
	if len(c) != 9 || !allDigits(c[1:8]) {
		return false
	}
	sum := weightedSum(c[1:8], []int{2, 7, 6, 5, 4, 3, 2})
	var table string
	switch c[0] {
	case 'S':
		table = "JZIHGFEDCBA"
	case 'T':
		sum += 4
		table = "JZIHGFEDCBA"
	case 'F':
		table = "XWUTRQPNMLK"
	case 'G':
		sum += 4
		table = "XWUTRQPNMLK"
	case 'M':
		sum += 3
		table = "XWUTRQPNJLK"
	default:
		return false
	}
	return table[sum%11] == c[8]
}

// sgPlateChecks are the check letters of Singapore's vehicle plates,
// indexed by the weighted sum modulo 19 (F, I, N, O, Q, V and W are never
// check letters).
const sgPlateChecks = "AZYXUTSRPMLKJHGEDCB"

// validSGPlate checks the check letter of a Singapore vehicle plate
// ("SJB 3384 T", "FBP2317R"): the last two letters of the prefix (A=1 ...
// Z=26) and the number padded to four digits, weighted 9, 4, 5, 4, 3, 2,
// summed modulo 19 index sgPlateChecks. The check is public: one plate of
// that shape in nineteen passes it by chance.
func validSGPlate(match string) bool {
	c := compact(match)
	i := 0
	for i < len(c) && c[i] >= 'A' && c[i] <= 'Z' {
		i++
	}
	j := i
	for j < len(c) && c[j] >= '0' && c[j] <= '9' {
		j++
	}
	if i < 2 || i > 3 || j == i || j-i > 4 || j != len(c)-1 {
		return false
	}
	sum := int(c[i-2]-'A'+1)*9 + int(c[i-1]-'A'+1)*4
	for k, w := range [4]int{5, 4, 3, 2} {
		if d := k - (4 - (j - i)); d >= 0 {
			sum += int(c[i+d]-'0') * w
		}
	}
	return sgPlateChecks[sum%19] == c[len(c)-1]
}

// sgUENTypes are the entity type codes of Singapore UENs issued by
// agencies other than ACRA (format TyyPQnnnnX).
const sgUENTypes = "LP LL FC PF RF MQ MM NB CC CS MB FM GS GA GB DP CP NR CM CD MD HS VH CH MH CL XL CX RP TU TC FB FN PA PB SS MC SM"

// validSGUEN checks a Singapore Unique Entity Number in its three forms:
// businesses (8 digits + check letter), local companies (year + 5 digits
// + check letter), and other entities (R/S/T, year, type code, 4 digits,
// letter).
func validSGUEN(match string) bool {
	c := compact(match)
	switch {
	case len(c) == 9 && allDigits(c[:8]):
		const letters = "XMKECAWLJDB"
		sum := weightedSum(c, []int{10, 4, 9, 3, 8, 2, 7, 1})
		return letters[sum%11] == c[8]
	case len(c) == 10 && allDigits(c[:9]):
		if y := num(c[:4]); y < 1800 || y > 2099 {
			return false
		}
		const letters = "ZKCMDNERGWH"
		sum := weightedSum(c, []int{10, 8, 6, 4, 9, 7, 5, 3, 1})
		return letters[sum%11] == c[9]
	case len(c) == 10 && strings.IndexByte("RST", c[0]) >= 0:
		return allDigits(c[1:3]) && allDigits(c[5:9]) && allLetters(c[9:]) &&
			strings.Contains(sgUENTypes, c[3:5])
	}
	return false
}

// ---- Thailand, Turkey, South Africa, Philippines, Nigeria ----

// validTHTNIN checks a Thai national ID: thirteen digits, a person type
// 1-8, a real province code, and weights 13 down to 2 mod 11.
func validTHTNIN(match string) bool {
	d := digitsOf(match, 13)
	if d == "" || d[0] < '1' || d[0] > '8' {
		return false
	}
	p := num(d[1:3])
	if !(p >= 10 && p <= 27) && !(p >= 30 && p <= 58) && !(p >= 60 && p <= 67) &&
		!(p >= 70 && p <= 77) && !(p >= 80 && p <= 86) && !(p >= 90 && p <= 96) {
		return false
	}
	sum := weightedSum(d, []int{13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2})
	return (11-sum%11)%10 == int(d[12]-'0')
}

// validTRNationalID checks a Turkish identity number (TC Kimlik No):
// eleven digits, no leading zero, tenth digit from the odd and even
// position sums, eleventh the sum of the first ten mod 10.
func validTRNationalID(match string) bool {
	d := digitsOf(match, 11)
	if d == "" || d[0] == '0' {
		return false
	}
	odd := weightedSum(d, []int{1, 0, 1, 0, 1, 0, 1, 0, 1})
	even := weightedSum(d, []int{0, 1, 0, 1, 0, 1, 0, 1})
	if ((odd*7-even)%10+10)%10 != int(d[9]-'0') {
		return false
	}
	return (odd+even+int(d[9]-'0'))%10 == int(d[10]-'0')
}

// validTRLicensePlate checks a Turkish plate: province 01-81, one to three
// letters (Turkish plates use no Q, W or X), two to four digits. Month
// abbreviations and am/pm are rejected so that dates and times in English
// text ("14 Feb 2024") are not taken for plates.
func validTRLicensePlate(match string) bool {
	c := compact(match)
	if len(c) < 5 || !allDigits(c[:2]) {
		return false
	}
	if p := num(c[:2]); p < 1 || p > 81 {
		return false
	}
	i := 2
	for i < len(c) && c[i] >= 'A' && c[i] <= 'Z' {
		i++
	}
	letters := c[2:i]
	if len(letters) < 1 || len(letters) > 3 || strings.ContainsAny(letters, "QWX") || !allDigits(c[i:]) {
		return false
	}
	switch letters {
	case "AM", "PM", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC":
		return false
	}
	return true
}

// validZAID checks a South African identity number: birth date YYMMDD,
// citizenship digit 0-2, Luhn check over the thirteen digits.
func validZAID(match string) bool {
	d := digitsOf(match, 13)
	if d == "" || d[10] > '2' {
		return false
	}
	y, m, day := num(d[:2]), num(d[2:4]), num(d[4:6])
	if !validDate(1900+y, m, day) && !validDate(2000+y, m, day) {
		return false
	}
	return luhn(d)
}

// validAEEmiratesID checks an Emirates ID: fifteen digits, 784, a year
// of birth from 1900 to 2099 and a Luhn check digit over them all.
func validAEEmiratesID(match string) bool {
	d := digitsOf(match, 15)
	if d == "" || d[:3] != "784" || d[3:5] != "19" && d[3:5] != "20" || !consistentSeparators(match) {
		return false
	}
	return luhn(d)
}

// validLuhnDigits checks a number of digits alone whose last is a Luhn
// check digit over them all: Saudi Arabia's national id and iqama,
// Israel's identity number.
func validLuhnDigits(match string) bool {
	d := digitsOf(match, 0)
	return d != "" && luhn(d)
}

// validEGNationalID checks an Egyptian national id: fourteen digits, the
// century (2 or 3), a date of birth as YYMMDD and the code of a
// governorate (or 88, born abroad). Its check digit's rule is not
// published.
func validEGNationalID(match string) bool {
	d := digitsOf(match, 14)
	if !centuryBirthDate(d) {
		return false
	}
	switch g := num(d[7:9]); {
	case g >= 1 && g <= 4, g >= 11 && g <= 19, g >= 21 && g <= 29, g >= 31 && g <= 35, g == 88:
		return true
	}
	return false
}

// centuryBirthDate reports whether the digits d open with a century's
// digit (2 for the 1900s, 3 for the 2000s) and a date of birth YYMMDD,
// as Egypt's national id and Kuwait's civil id do.
func centuryBirthDate(d string) bool {
	return len(d) >= 7 && (d[0] == '2' || d[0] == '3') && validDate(1900+100*int(d[0]-'2')+num(d[1:3]), num(d[3:5]), num(d[5:7]))
}

// validKWCivilID checks Kuwait's civil id: twelve digits, 2 or 3 for
// the century, a date of birth, a serial, and a check digit that is 11
// less the digits' sum weighted 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 modulo
// 11 (a sum that leaves 0 or 1 would need 11 or 10: no such number is
// issued).
func validKWCivilID(match string) bool {
	d := digitsOf(match, 12)
	if !centuryBirthDate(d) {
		return false
	}
	check := 11 - weightedSum(d, []int{2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2})%11
	return check < 10 && check == int(d[11]-'0')
}

// validCNResidentID checks a Chinese resident identity number: seventeen
// digits whose seventh to fourteenth are a date of birth from 1900 to
// 2099, and a check character, the ISO 7064 MOD 11-2 of the seventeen
// ("10X98765432" indexed by their weighted sum modulo 11).
func validCNResidentID(match string) bool {
	if len(match) != 18 || !allDigits(match[:17]) {
		return false
	}
	y := num(match[6:10])
	if y < 1900 || y > 2099 || !validDate(y, num(match[10:12]), num(match[12:14])) {
		return false
	}
	c := match[17]
	if c == 'x' {
		c = 'X'
	}
	sum := weightedSum(match[:17], []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2})
	return "10X98765432"[sum%11] == c
}

// validCARAMQ checks a Quebec health insurance number: four letters and
// eight digits whose first six are a date of birth as YYMMDD, fifty
// added to the month for a woman.
func validCARAMQ(match string) bool {
	if len(match) < 12 {
		return false
	}
	d := digitsOf(match[4:], 8)
	if d == "" || !consistentSeparators(match) {
		return false
	}
	m := num(d[2:4])
	if m > 50 {
		m -= 50
	}
	return validDate(2000, m, num(d[4:6]))
}

// validCLRUT checks a Chilean RUT: seven or eight digits weighted 2 to 7
// from the right, cycling (3, 2, 7, 6, 5, 4, 3, 2 for eight), and a check
// character of 11 less the sum modulo 11 (11 is "0", 10 is "K").
func validCLRUT(match string) bool {
	if len(match) < 8 {
		return false
	}
	c := match[len(match)-1] | 0x20
	body := digitsOf(strings.TrimRight(match[:len(match)-1], "-"), 0)
	if len(body) < 7 || len(body) > 8 || c != 'k' && !isDigit(c) {
		return false
	}
	if len(body) == 7 {
		body = "0" + body
	}
	r := 11 - weightedSum(body, []int{3, 2, 7, 6, 5, 4, 3, 2})%11
	switch r {
	case 11:
		return c == '0'
	case 10:
		return c == 'k'
	}
	return c == byte('0'+r)
}

// validUYCI checks a Uruguayan cédula: seven digits (six padded with a
// zero) weighted 2, 9, 8, 7, 6, 3, 4 and a check digit of 10 less the sum
// modulo 10.
func validUYCI(match string) bool {
	d := digitsOf(match, 0)
	if len(d) < 7 || len(d) > 8 {
		return false
	}
	if len(d) == 7 {
		d = "0" + d
	}
	sum := weightedSum(d[:7], []int{2, 9, 8, 7, 6, 3, 4})
	return (10-sum%10)%10 == int(d[7]-'0')
}

// validMXClaveElector checks a Mexican voter key: after six letters, a
// date of birth as YYMMDD and a state's code from 01 to 32.
func validMXClaveElector(match string) bool {
	if len(match) != 18 {
		return false
	}
	y, m, d := num(match[6:8]), num(match[8:10]), num(match[10:12])
	st := num(match[12:14])
	return (validDate(1900+y, m, d) || validDate(2000+y, m, d)) && st >= 1 && st <= 32
}

// validPHTIN checks a Philippine taxpayer identification number: nine
// digits (an optional three- to five-digit branch code follows) whose
// ninth digit is the weighted sum of the first eight mod 11.
func validPHTIN(match string) bool {
	d := digitsOf(match, 0)
	if len(d) < 9 || len(d) > 14 || !consistentSeparators(match) {
		return false
	}
	sum := weightedSum(d, []int{3, 2, 7, 6, 5, 4, 3, 2})
	return sum%11 < 10 && sum%11 == int(d[8]-'0')
}

// validNGNIN checks a Nigerian National Identification Number: eleven
// digits with a Verhoeff check digit.
func validNGNIN(match string) bool {
	d := digitsOf(match, 11)
	return d != "" && !sameDigits(d) && verhoeff(d)
}

// ---- Brazil ----

// validBRCPF checks a Brazilian individual taxpayer number (CPF): eleven
// digits, two mod 11 check digits, not all the same digit.
// validBRCNH checks a Brazilian driving licence's two check digits
// (DENATRAN's): the first is the sum of the first nine digits weighted 9
// down to 1, mod 11 (10 is 0, and then the second is lowered by 2); the
// second the sum weighted 1 up to 9, mod 11 (10 is 0).
func validBRCNH(match string) bool {
	d := digitsOf(match, 11)
	if d == "" || sameDigits(d) {
		return false
	}
	s1, s2 := 0, 0
	for i := 0; i < 9; i++ {
		s1 += int(d[i]-'0') * (9 - i)
		s2 += int(d[i]-'0') * (i + 1)
	}
	v1, low := s1%11, 0
	if v1 >= 10 {
		v1, low = 0, 2
	}
	v2 := s2 % 11
	if v2 >= 10 {
		v2 = 0
	} else {
		v2 -= low
	}
	return v1 == int(d[9]-'0') && v2 == int(d[10]-'0')
}

// validBRRG checks São Paulo's RG (see br_rg): eight digits, padded
// with zeros in front, weighted 2 to 9; the check digit brings the sum
// to a multiple of 11, X standing for 10.
func validBRRG(match string) bool {
	if len(match) < 8 {
		return false
	}
	last := match[len(match)-1] | 0x20
	d := digitsOf(match[:len(match)-1], 0)
	if len(d) < 7 || len(d) > 8 || sameDigits(d) {
		return false
	}
	d = strings.Repeat("0", 8-len(d)) + d
	sum := 0
	for i := 0; i < 8; i++ {
		sum += int(d[i]-'0') * (i + 2)
	}
	v := (11 - sum%11) % 11
	if v == 10 {
		return last == 'x'
	}
	return int(last)-'0' == v
}

// validBRCNS checks Brazil's health card number (see br_cns): fifteen
// digits whose sum, weighted 15 down to 1, is a multiple of 11.
func validBRCNS(match string) bool {
	d := digitsOf(match, 15)
	if d == "" || sameDigits(d) {
		return false
	}
	sum := 0
	for i := 0; i < 15; i++ {
		sum += int(d[i]-'0') * (15 - i)
	}
	return sum%11 == 0
}

// validBRVoter checks Brazil's voter card number (see br_titulo_eleitor):
// the state's two digits (the 9th and 10th) run 01 to 28; the first
// check digit is the first eight weighted 2 to 9 modulo 11, the second
// the state's digits and the first check weighted 7, 8 and 9 modulo 11,
// 10 counting as 0 (São Paulo and Minas Gerais, 01 and 02, write 1 for a
// remainder of 0).
func validBRVoter(match string) bool {
	d := digitsOf(match, 12)
	if d == "" || sameDigits(d) {
		return false
	}
	uf := int(d[8]-'0')*10 + int(d[9]-'0')
	if uf < 1 || uf > 28 {
		return false
	}
	check := func(sum int) int {
		r := sum % 11
		switch {
		case r == 10:
			return 0
		case r == 0 && uf <= 2:
			return 1
		}
		return r
	}
	v1 := check(weightedSum(d, []int{2, 3, 4, 5, 6, 7, 8, 9}))
	v2 := check(int(d[8]-'0')*7 + int(d[9]-'0')*8 + v1*9)
	return v1 == int(d[10]-'0') && v2 == int(d[11]-'0')
}

// validBRPIS checks Brazil's NIS, PIS or PASEP number (see br_pis): the
// last of eleven digits is 11 less the sum of the first ten weighted 3,
// 2, 9, 8, 7, 6, 5, 4, 3, 2 modulo 11, and 0 for 10 or 11.
func validBRPIS(match string) bool {
	d := digitsOf(match, 11)
	if d == "" || sameDigits(d) {
		return false
	}
	sum := 0
	for i, w := range [10]int{3, 2, 9, 8, 7, 6, 5, 4, 3, 2} {
		sum += int(d[i]-'0') * w
	}
	v := 11 - sum%11
	if v >= 10 {
		v = 0
	}
	return int(d[10]-'0') == v
}

func validBRCPF(match string) bool {
	d := digitsOf(match, 11)
	if d == "" || sameDigits(d) {
		return false
	}
	for n := 9; n <= 10; n++ {
		sum := 0
		for i := 0; i < n; i++ {
			sum += int(d[i]-'0') * (n + 1 - i)
		}
		check := sum * 10 % 11 % 10
		if check != int(d[n]-'0') {
			return false
		}
	}
	return true
}

// validBRCNPJ checks a Brazilian company number (CNPJ): fourteen digits,
// two mod 11 check digits with weights 5..2,9..2 and 6..2,9..2.
func validBRCNPJ(match string) bool {
	d := digitsOf(match, 14)
	if d == "" || sameDigits(d) {
		return false
	}
	w1 := []int{5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}
	w2 := []int{6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}
	for _, w := range [][]int{w1, w2} {
		r := weightedSum(d, w) % 11
		check := 0
		if r >= 2 {
			check = 11 - r
		}
		if check != int(d[len(w)]-'0') {
			return false
		}
	}
	return true
}

// ean13Digits reports whether the thirteen digits d pass the check digit
// of an EAN-13 (GTIN-13) barcode: the first twelve weighted 1 and 3 in
// turn, and the last bringing the sum to a multiple of ten.
func ean13Digits(d []byte) bool {
	if len(d) != 13 {
		return false
	}
	sum := 0
	for i, c := range d[:12] {
		v := int(c - '0')
		if i%2 == 1 {
			v *= 3
		}
		sum += v
	}
	return (10-sum%10)%10 == int(d[12]-'0')
}

// validRSBankAccount checks a Serbian bank account "BBB-AAAAAAAAAAAAA-KK":
// the control digits KK are 98 less the remainder modulo 97 of the
// sixteen digits before them times 100 (ISO 7064 MOD 97-10).
func validRSBankAccount(match string) bool {
	d := digitsOf(match, 18)
	if d == "" {
		return false
	}
	r := 0
	for i := 0; i < 16; i++ {
		r = (r*10 + int(d[i]-'0')) % 97
	}
	r = r * 100 % 97
	return 98-r == num(d[16:])
}

// validMaghrebRIB checks a Moroccan, Tunisian or Algerian RIB of 20 or
// 24 digits: the whole number is divisible by 97, its key (the last two
// digits) being 97 less the rest's hundredfold modulo 97, never "00".
func validMaghrebRIB(match string) bool {
	r, n := 0, 0
	for i := 0; i < len(match); i++ {
		if c := match[i]; c >= '0' && c <= '9' {
			r = (r*10 + int(c-'0')) % 97
			n++
		}
	}
	return (n == 20 || n == 24) && r == 0 && !strings.HasSuffix(match, "00")
}

// ukUPNLetters are the check letters of a Unique Pupil Number, by the
// remainder they stand for (no I, O or S).
const ukUPNLetters = "ABCDEFGHJKLMNPQRTUVWXYZ"

// validUKUPN checks a Unique Pupil Number: its first letter is the sum
// of its twelve digits weighted 2 to 13, modulo 23.
func validUKUPN(match string) bool {
	if len(match) != 13 {
		return false
	}
	sum := 0
	for i := 1; i < 13; i++ {
		sum += int(match[i]-'0') * (i + 1)
	}
	return ukUPNLetters[sum%23] == match[0]
}

// validUKULN checks a Unique Learner Number: its tenth digit is 10 less
// the sum of the first nine weighted 10 down to 2, modulo 11 (a
// remainder that would need 10 is none).
func validUKULN(match string) bool {
	d := digitsOf(match, 10)
	if d == "" {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(d[i]-'0') * (10 - i)
	}
	c := 10 - sum%11
	return c < 10 && int(d[9]-'0') == c
}
