package redact

// rulesNationalBaltic covers Estonia, Latvia, Lithuania and Iceland.
// Sweden, Norway, Denmark and Finland are in rulesNationalEurope.
var rulesNationalBaltic = []Rule{
	{
		// Estonia's isikukood and Lithuania's asmens kodas share one
		// shape: the sex and century (1 to 6), the birth date as YYMMDD,
		// three digits of order and a check digit (validBalticCode).
		Name:            "ee_lt_personal_code",
		Type:            "EE_LT_PERSONAL_CODE",
		Pattern:         numStart + `(?P<v>[1-6]\d{10})\b`,
		Score:           0.7,
		Validate:        validBalticCode,
		Keywords:        balticCodeWords,
		Context:         balticCodeWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Minu isikukood on 37609285719", Want: "37609285719"},
			{Text: "Mano asmens kodas 49502191189, vardas", Want: "49502191189"},
			{Text: "isikukood 37609285718", Want: ""},
			{Text: "isikukood 37613285716", Want: ""},
		},
	},
	{
		// Latvia's personas kods: the birth date as DDMMYY, the century
		// and four digits, with a check digit (validLVPersonalCode); since
		// 2017 new codes open with 32 and hold no date and no check.
		Name:            "lv_personal_code",
		Type:            "LV_PERSONAL_CODE",
		Pattern:         numStart + `(?P<v>\d{6}-?\d{5})\b`,
		Score:           0.7,
		Validate:        validLVPersonalCode,
		Keywords:        lvCodeWords,
		Context:         lvCodeWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Personas kods 030499-10675, jaunais numurs", Want: "030499-10675"},
			{Text: "personas kods: 221175-13027", Want: "221175-13027"},
			{Text: "personas kods 030499-10676", Want: ""},
			{Text: "personas kods 320499-10676", Want: "320499-10676"},
			{Text: "personas kods 330499-10675", Want: ""},
		},
	},
	{
		// Iceland's kennitala: the birth date as DDMMYY, two digits, a
		// check digit and the century (9, 0 or 8). Firms' numbers add 40
		// to the day and are no person's.
		Name:            "is_kennitala",
		Type:            "IS_KENNITALA",
		Pattern:         numStart + `(?P<v>\d{6}-?\d{4})\b`,
		Score:           0.7,
		Validate:        validISKennitala,
		Keywords:        isKennitalaWords,
		Context:         isKennitalaWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "ég heiti Guðrún, kt. 140286-3389", Want: "140286-3389"},
			{Text: "kennitala 2303054120", Want: "2303054120"},
			{Text: "kt. 140286-3379", Want: ""},
			{Text: "kennitala 540286-3389", Want: ""},
		},
	},
}

// The words of the Baltic and Icelandic codes, in their languages and in
// English.
var (
	balticCodeWords  = []string{"isikukood", "isikukoodi", "isikukoodiga", "isikukoodid", "asmens kodas", "asmens kodą", "asmens koda", "asmens kodo", "personal code", "personal identification code"}
	lvCodeWords      = []string{"personas kods", "personas kodu", "personas koda", "personal code", "personal identification code"}
	isKennitalaWords = []string{"kennitala", "kennitölu", "kennitolu", "kennitalan", "kt"}
)

// validBalticCode checks an Estonian isikukood or a Lithuanian asmens
// kodas: a first digit of 1 to 6 (the century and sex), a birth date,
// and a check digit: the first ten digits weighted 1 to 9 and 1, modulo
// 11; a remainder of 10 weights them 3 to 9 and 1 to 3 instead, and a
// second 10 gives 0.
func validBalticCode(match string) bool {
	d := digitsOf(match, 11)
	if d == "" || d[0] < '1' || d[0] > '6' {
		return false
	}
	year := 1800 + 100*int((d[0]-'1')/2) + num(d[1:3])
	if !validDate(year, num(d[3:5]), num(d[5:7])) {
		return false
	}
	c := weightedSum(d, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 1}) % 11
	if c == 10 {
		c = weightedSum(d, []int{3, 4, 5, 6, 7, 8, 9, 1, 2, 3}) % 11
		if c == 10 {
			c = 0
		}
	}
	return c == int(d[10]-'0')
}

// validLVPersonalCode checks a Latvian personas kods: a code opening with
// 32 (issued since 2017, no date, no check), or a birth date DDMMYY, the
// century (0 to 2) and a check digit, (1101 - the first ten digits
// weighted 1, 6, 3, 7, 9, 10, 5, 8, 4, 2) modulo 11.
func validLVPersonalCode(match string) bool {
	d := digitsOf(match, 11)
	if d == "" {
		return false
	}
	if d[:2] == "32" {
		return !sameDigits(d[2:])
	}
	if d[6] > '2' || !validDate(1800+100*int(d[6]-'0')+num(d[4:6]), num(d[2:4]), num(d[:2])) {
		return false
	}
	return (1101-weightedSum(d, []int{1, 6, 3, 7, 9, 10, 5, 8, 4, 2}))%11 == int(d[10]-'0')
}

// validISKennitala checks a person's kennitala: a birth date DDMMYY, two
// digits, a check digit (11 less the first eight weighted 3, 2, 7, 6, 5,
// 4, 3, 2 modulo 11; 11 gives 0 and 10 no number) and the century, 9 for
// the 1900s, 0 for the 2000s, 8 for the 1800s.
func validISKennitala(match string) bool {
	d := digitsOf(match, 10)
	if d == "" {
		return false
	}
	var century int
	switch d[9] {
	case '8':
		century = 1800
	case '9':
		century = 1900
	case '0':
		century = 2000
	default:
		return false
	}
	if !validDate(century+num(d[4:6]), num(d[2:4]), num(d[:2])) {
		return false
	}
	c := 11 - weightedSum(d, []int{3, 2, 7, 6, 5, 4, 3, 2})%11
	if c == 11 {
		c = 0
	}
	return c == int(d[8]-'0')
}
