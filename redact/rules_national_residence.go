package redact

import "strings"

// rulesNationalResidence covers the numbers of immigration and residence
// documents: the US alien registration number and SEVIS id, the UK's
// biometric residence permit. Each has a shape common to references, so
// each needs its word.
var rulesNationalResidence = []Rule{
	{
		// The USCIS number on a green card and every immigration form:
		// "A" and eight or nine digits, maybe grouped by hyphens
		// ("A-201-938-475"), after "alien number", "green card".
		// "A-number" is read by us_alien_number_labelled: the keyword
		// table reads it as "a number", which English writes everywhere.
		Name:           "us_alien_number",
		Type:           "US_ALIEN_NUMBER",
		Pattern:        `(?i)(?:\A|[^\w\-])(?P<v>A[- ]?\d{3}[- ]?\d{3}[- ]?\d{3}|A\d{8})\b`,
		Score:          0.5,
		Validate:       alienNumberSeparators,
		Keywords:       usAlienWords,
		Context:        usAlienWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "my green card expires next month, A number is A212458903. do i file the I-90", Want: "A212458903"},
			{Text: "Green card since June 2019, A#A098765432. Born 11/23/1984", Want: "A098765432"},
			{Text: "green card A2019384", Want: ""},
			{Text: "alien number A-201938-4750", Want: ""},
			{Text: "green card holder, A-214 608 359, born 11/07/1986", Want: "A-214 608 359"},
			{Text: "green card holder, A-214 608-359", Want: ""},
			// Session 69: the immigration court's notice, the A and a
			// space before the number.
			{Text: "my brother got his hearing notice from immigration court, A 203-581-446, master hearing Jan 14", Want: "A 203-581-446"},
			{Text: "immigration court room A 203", Want: ""},
		},
	},
	{
		// The number right after its own name, "A-number" (or "A
		// number", "A-Nummer"), maybe after "is", ':' or '(': the name is
		// in the pattern, which runs only where the word "number" or
		// "nummer" stands.
		Name:     "us_alien_number_labelled",
		Type:     "US_ALIEN_NUMBER",
		Pattern:  `(?i)(?:\A|[^\w\-])a[- ]?(?:number|nummer)[ \t]{0,3}(?:is[ \t]{1,3}|:[ \t]{0,3}|\()?(?P<v>A[- ]?\d{3}[- ]?\d{3}[- ]?\d{3}|A\d{8})\b`,
		Score:    0.7,
		Validate: alienNumberSeparators,
		Keywords: []string{"number", "nummer"},
		Examples: []Example{
			{Text: "bring your EAD and your A-number (A-201-938-475) on a piece of paper", Want: "A-201-938-475"},
			{Text: "Can I travel while my I-485 is pending? My A-number is A201574836", Want: "A201574836"},
			{Text: "a number of forms were filed, ref A212458903", Want: ""},
			{Text: "A-number A2019384", Want: ""},
			// Session 75: spaced as USCIS prints it.
			{Text: "for the I-9 form, also my A-number A 219 804 336", Want: "A 219 804 336"},
			{Text: "my A-number A 219 804-336", Want: ""},
		},
	},
	{
		// The A-number after "A#", as forms and portals print it, with or
		// without its "A" ("A# 219-556-034", "A#: A201948375", "His A# is
		// A219384756"). The label is in the pattern, which the rules'
		// automaton finds: as a keyword "A#" would be "a" (the table's
		// words are letters), a hit in every English text. The label is
		// short, so the windows the automaton reads around every number
		// of a text stay narrow; the longer labels are
		// us_alien_number_named's, which its words gate.
		Name:     "us_alien_number_hash",
		Type:     "US_ALIEN_NUMBER",
		Pattern:  `(?:\A|[^\w\-])[Aa] ?#[ \t]?(?:is[ \t]|:)?[ \t]{0,2}(?P<v>\d{3}-\d{3}-\d{3}|\d{3} \d{3} \d{3}|\d{9}|A-?\d{3}-?\d{3}-?\d{3}|A\d{8})\b`,
		Score:    0.7,
		Validate: alienNumberSeparators,
		Examples: []Example{
			{Text: "my daughter's A# 207-418-335, dob 2016-04-02", Want: "207-418-335"},
			{Text: "Applicant: Omar Said | A#: A204417829 | Status: Pending", Want: "A204417829"},
			{Text: "both I-485s are ours. His A# is A219384756", Want: "A219384756"},
			{Text: "ticket #203-417-992 is closed", Want: ""},
			{Text: "A# 203-417 992", Want: ""},
		},
	},
	{
		// The A-number after the names USCIS gives it, with or without
		// its "A": "USCIS#", as a green card prints it before the bare
		// nine digits, "USCIS number", "alien number", and its own name
		// "A-number" ("USCIS# 214-558-902", "alien number is 205881340",
		// "A-number 218 004 731"). "A number" names it with its capital
		// or its hyphen only: "a number 214-558-902" is any number.
		Name:     "us_alien_number_named",
		Type:     "US_ALIEN_NUMBER",
		Pattern:  `(?:\A|[^\w\-])(?:(?i:uscis ?#|uscis number|alien (?:registration )?(?:number|no\.?|#))|(?:A[- ]?|a-)(?i:number|nummer))[ \t]{0,3}(?:is[ \t]{1,3}|:[ \t]{0,3}|\()?(?P<v>\d{3}-\d{3}-\d{3}|\d{3} \d{3} \d{3}|\d{9}|A[- ]?\d{3}[- ]?\d{3}[- ]?\d{3}|A\d{8})\b`,
		Score:    0.7,
		Validate: alienNumberSeparators,
		Keywords: []string{"uscis", "alien", "number", "nummer"},
		Examples: []Example{
			{Text: "the back of the card says USCIS# 203 417 992", Want: "203 417 992"},
			{Text: "alien number is 205881340", Want: "205881340"},
			{Text: "my A-number 218 004 731, dob 1988-02-14", Want: "218 004 731"},
			{Text: "USCIS# 203-417 992", Want: ""},
			{Text: "USCIS number 20341799", Want: ""},
			{Text: "they gave me a number 218-004-731 to call", Want: ""},
		},
	},
	{
		// The A-number as USCIS prints it on its notices, its "A" and
		// three groups of three digits joined by hyphens or spaces
		// ("A-216-304-771", "A 208 773 415"), which needs no word: no
		// other number is written so, and the words of a case may stand
		// anywhere in the message (a relative "detained by ICE" at its
		// start, the number after his name) or be forms' names that are
		// no keywords ("the I-751 is for me and ...": the table's words
		// are letters). A bare "A" and nine digits needs its word near
		// (us_alien_number).
		Name:       "us_alien_number_grouped",
		Type:       "US_ALIEN_NUMBER",
		Pattern:    `(?:\A|[^\w\-])(?P<v>A-\d{3}-\d{3}-\d{3}|A \d{3} \d{3} \d{3})\b`,
		Score:      0.5,
		Standalone: true,
		Examples: []Example{
			{Text: "the I-751 is for me and my stepson, me Irina Volkova A-208-331-904, he is 12", Want: "A-208-331-904"},
			{Text: "my cousin was detained on Monday, Rui Costa Pinto, A 207 114 582, from Brazil", Want: "A 207 114 582"},
			{Text: "desk A-208-331-9044", Want: ""},
			{Text: "row B-208-331-904", Want: ""},
			{Text: "hall A 208 773-415", Want: ""},
		},
	},
	{
		// The Student and Exchange Visitor id on an I-20: "N" and ten
		// digits.
		Name:           "us_sevis_id",
		Type:           "US_SEVIS_ID",
		Pattern:        `\b(?P<v>N\d{10})\b`,
		Score:          0.5,
		Keywords:       []string{"sevis", "sevis id", "sevis number"},
		Context:        []string{"sevis", "sevis id", "sevis number"},
		RequireContext: true,
		Examples: []Example{
			{Text: "the school wants it for the SEVIS update. SEVIS ID N0028473619", Want: "N0028473619"},
			{Text: "SEVIS number: N0012345678", Want: "N0012345678"},
			{Text: "SEVIS N002847361", Want: ""},
			{Text: "SEVIS fee paid, receipt N00284736199", Want: ""},
		},
	},
	{
		// The UK's biometric residence permit: two capitals and seven
		// digits, after "BRP" or "residence permit".
		Name:           "uk_brp",
		Type:           "UK_BRP",
		Pattern:        `\b(?P<v>[A-Z]{2}\d{7})\b`,
		Score:          0.5,
		Keywords:       []string{"brp", "biometric residence permit", "residence permit", "residence card"},
		Context:        []string{"brp", "biometric residence permit", "residence permit", "residence card"},
		RequireContext: true,
		Examples: []Example{
			{Text: "hi my BRP has my date of birth wrong. card no ZU6029374, name Chinedu Eze", Want: "ZU6029374"},
			{Text: "BRP number: RF1234567", Want: "RF1234567"},
			{Text: "BRP ZU602937", Want: ""},
			{Text: "residence permit ZUX6029374", Want: ""},
		},
	},
	// The share code that proves a person's status in the UK to an
	// employer or a landlord (session 65: "eVisa share code now, i
	// generated W7K 9PT 2MX", "right to rent code R9M 4XT 6KD"): nine
	// letters and digits, in threes as the Home Office prints them.
	// Alone the shape is a reference's or a postcode's and a word, so
	// the word is required.
	{
		Name:           "uk_share_code",
		Type:           "UK_SHARE_CODE",
		Pattern:        `\b(?P<v>[A-Z0-9]{3} [A-Z0-9]{3} [A-Z0-9]{3}|[A-Z0-9]{9})\b`,
		Score:          0.6,
		Validate:       lettersAndDigits,
		Keywords:       ukShareCodeContext,
		Context:        ukShareCodeContext,
		RequireContext: true,
		Examples: []Example{
			{Text: "my employer wants an eVisa share code now, i generated W7K 9PT 2MX is that the right one??", Want: "W7K 9PT 2MX"},
			{Text: "Customer: right to rent code R9M 4XT 6KD for my new tenancy", Want: "R9M 4XT 6KD"},
			{Text: "share code S4R8NQ7BX, NI number JT 48 27 91 C", Want: "S4R8NQ7BX"},
			{Text: "share code for the doc is 123 456 789", Want: ""},
			{Text: "the office is at W1K 9PT, ring 020 7946 0123", Want: ""},
		},
	},
}

// ukShareCodeContext are the words of a share code. "right to work" and
// "right to rent" alone would make every "work" and "rent" of a text a
// key's hit: they count before "code", already a key.
var ukShareCodeContext = []string{"share code", "evisa", "e-visa", "right to work code", "right to rent code", "work code", "rent code"}

// lettersAndDigits reports whether m holds a letter and a digit.
func lettersAndDigits(m string) bool {
	return strings.ContainsAny(m, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && strings.ContainsAny(m, "0123456789")
}

// usAlienWords name an A-number: the green card's and USCIS's words, and
// since session 69 the immigration court's ("hearing notice from
// immigration court, A 203-581-446").
var usAlienWords = []string{"alien number", "alien registration", "alien registration number", "uscis number", "green card", "immigration court", "eoir", "hearing notice", "removal proceedings", "asylum"}

// alienNumberSeparators is consistentSeparators for an A-number after its
// "A" and the hyphen that may follow it ("A-214 608 359").
func alienNumberSeparators(m string) bool {
	return m != "" && consistentSeparators(strings.TrimPrefix(strings.TrimPrefix(m[1:], "-"), " "))
}
