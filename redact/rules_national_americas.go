package redact

// rulesNationalAmericas covers the United States (US_SSN is a global
// rule), Canada and Brazil.
var rulesNationalAmericas = []Rule{
	{
		// The cédula, the identity number of Colombia and of other
		// countries of Latin America: six to ten digits, maybe grouped
		// by dots in threes ("1.036.482.917"), or in dashed groups as
		// Costa Rica ("1-1187-0452"), Panama ("8-742-1356") and the
		// Dominican Republic ("001-8167645-3") write it, after its word.
		Name:           "cedula",
		Type:           "CEDULA",
		Pattern:        numStart + `(?P<v>\d{1,3}(?:\.\d{3}){2,3}|\d{6,10}|\d-\d{4}-\d{4}|\d{1,2}-\d{1,4}-\d{1,6}|\d{3}-\d{7}-\d)\b`,
		Score:          0.5,
		Keywords:       []string{"cédula", "cedula", "cédula de ciudadanía", "cedula de ciudadania", "número de cédula", "numero de cedula", "c.c"},
		Context:        []string{"cédula", "cedula", "cédula de ciudadanía", "cedula de ciudadania", "número de cédula", "numero de cedula", "c.c"},
		RequireContext: true,
		Examples: []Example{
			{Text: "soy colombiano y vivo en Medellín. Mi cédula es 1.036.482.917.", Want: "1.036.482.917"},
			{Text: "cedula 79845123", Want: "79845123"},
			{Text: "Andrés Felipe Cárdenas Ruiz\nC.C. 1.020.456.789 de Bogotá", Want: "1.020.456.789"},
			{Text: "Debe ser Yariela Castillo, cédula 8-742-1356, no la otra", Want: "8-742-1356"},
			{Text: "Hola, la cédula nueva es 402-9093532-5, la anterior venció", Want: "402-9093532-5"},
			{Text: "San José. Cédula 1-1187-0452 a nombre mío", Want: "1-1187-0452"},
			{Text: "cédula 12345", Want: ""},
			{Text: "cédula 12.345", Want: ""},
		},
	},
	{
		// "CC", Colombia's abbreviation of the cédula de ciudadanía, as
		// forms write it right before the number ("cc 1036648217", "CC:
		// 1.036.648.217"); anywhere else near a number it is a copy, a
		// card or a volume. A dash and a digit after the number make it
		// Brazil's current account (conta corrente) and its check digit:
		// "Bradesco ag 3321 cc 0056789-2" (session 72).
		Name:     "cedula_cc",
		Type:     "CEDULA",
		Pattern:  `(?:\A|[^\w.])(?:cc|CC|Cc)[ \t]?[:.#]?[ \t]?(?P<v>\d{1,3}(?:\.\d{3}){2,3}|\d{6,10})(?:\z|[^\w-]|-\D|-\z)`,
		Score:    0.6,
		Keywords: []string{"cc"},
		Examples: []Example{
			{Text: "nombre yeison andrés muñoz cárdenas\ncc 1036648217\ndir Cra 45", Want: "1036648217"},
			{Text: "CC: 1.036.648.217 de Medellín", Want: "1.036.648.217"},
			{Text: "cc me on the email 1036648217", Want: ""},
			{Text: "engine 1600 cc 12345", Want: ""},
			{Text: "Itaú ag 0912 cc 0048812-7", Want: ""},
		},
	},
	// An ITIN is 9XX-YY-ZZZZ with YY in 50-65, 70-88, 90-92 or 94-99.
	// Written with separators it reads as a tax number; nine bare digits
	// are as often an order or account number, so they score lower.
	// 987-65-4320 to 987-65-4329 fit the shape but are the numbers the
	// Social Security Administration set apart for advertisements and
	// forms' samples: no one's.
	{
		Name:    "us_itin",
		Type:    "US_ITIN",
		Pattern: numStart + `(?P<v>9\d{2}[- ](?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])[- ]\d{4})\b`,
		Score:   0.5,
		Validate: func(m string) bool {
			return consistentSeparators(m) && !(len(m) == 11 && m[:3] == "987" && m[4:6] == "65" && m[7:10] == "432")
		},
		Context:         usITINContext,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "my ITIN is 911-70-1234", Want: "911-70-1234"},
			{Text: "ITIN: 912 53 4321, thanks", Want: "912 53 4321"},
			{Text: "my tax id 911-89-1234", Want: ""},
			{Text: "ticket 811-70-1234 is open", Want: ""},
			{Text: "the ITIN 987-65-4321 on the W-7 sample", Want: ""},
		},
	},
	// The IRS's Employer Identification Number, which sole traders and
	// the self-employed give for their tax as others give an SSN: two
	// digits, a hyphen and seven (session 55: "mi EIN es 84-3319026").
	// The first two are one of the IRS's campus prefixes. The shape is
	// a reference's as often, so the word is required.
	{
		Name:           "us_ein",
		Type:           "US_EIN",
		Pattern:        numStart + `(?P<v>\d{2}[- ]\d{7})\b`,
		Standalone:     true,
		Score:          0.6,
		Validate:       validUSEIN,
		Keywords:       usEINContext,
		Context:        usEINContext,
		RequireContext: true,
		Examples: []Example{
			{Text: "soy self-employed, mi EIN es 84-3319026", Want: "84-3319026"},
			{Text: "Employer Identification Number: 27-1034598 (sole proprietor)", Want: "27-1034598"},
			// A space for the dash (session 81); not nine digits alone,
			// which German's "ein" would name ("ist das ein Tippfehler?
			// Bestellnr. 100234987").
			{Text: "it's under Greenleaf Plumbing Inc, EIN 64 3115584", Want: "64 3115584"},
			{Text: "EIN 07 1234567", Want: ""},
			{Text: "ist das ein Tippfehler von mir? Bestellnr. 100234987", Want: ""},
			{Text: "my EIN is 07-1234567", Want: ""},
			{Text: "ticket 84-3319026 is still open", Want: ""},
		},
	},
	// A USCIS receipt number, which names one applicant's case (session
	// 65: "H-1B receipt WAC2490153628", "receipt number IOE0923418756"):
	// the three letters of the service centre or the online system that
	// took the case and ten digits. Green cards print their holder's
	// number in the same shape ("green card number is SRC1490238475").
	// The shape is rare enough to need no word; with the words as the
	// rule's keywords, the common "receipt" opened the rule's region in
	// most texts (0.39M instructions a pass).
	{
		Name:    "us_uscis_receipt",
		Type:    "US_USCIS_RECEIPT",
		Pattern: `\b(?P<v>(?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC|TSC|VSC|NSC|CSC|Z(?:AR|BO|CH|HN|LA|MI|NK|NY|OL|SF))\d{10})\b`,
		Score:   0.6,
		Context: uscisContext,
		Examples: []Example{
			{Text: "Hi, I filed an I-130 for my wife, receipt number IOE0923418756, still pending", Want: "IOE0923418756"},
			{Text: "H-1B receipt WAC2490153628, beneficiary Sung-min Park", Want: "WAC2490153628"},
			{Text: "my spouse's green card number is SRC1490238475", Want: "SRC1490238475"},
			// Session 75: an asylum office's receipt of an I-589, "Z" and
			// the office's two letters (New York, Newark, Houston, ...).
			{Text: "I-589 filed in March, receipt ZNK2491037765, no interview yet", Want: "ZNK2491037765"},
			{Text: "receipt number ZZZ2491037765", Want: ""},
			{Text: "receipt number ABC0923418756", Want: ""},
			{Text: "receipt EAC09234187561 was printed", Want: ""},
		},
	},
	// One separator of two ("911-701234") is a typing slip or another
	// number's grouping: a weak guess only.
	{
		Name:            "us_itin_partial",
		Type:            "US_ITIN",
		Pattern:         numStart + `(?P<v>9\d{2}[- ](?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])\d{4}|9\d{2}(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])[- ]\d{4})\b`,
		Score:           0.1,
		Context:         usITINContext,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "my ITIN is 911-701234", Want: "911-701234"},
			{Text: "ITIN: 91170-1234", Want: "91170-1234"},
			{Text: "ITIN 911-891234", Want: ""},
			{Text: "ITIN 91189-1234", Want: ""},
		},
	},
	{
		Name:            "us_itin_bare",
		Type:            "US_ITIN",
		Pattern:         numStart + `(?P<v>9\d{2}(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])\d{4})\b`,
		Score:           0.3,
		Context:         usITINContext,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "my ITIN is 911701234", Want: "911701234"},
			{Text: "taxpayer identification 912534321", Want: "912534321"},
			{Text: "ITIN 911891234", Want: ""},
			{Text: "ITIN 9117012345", Want: ""},
		},
	},
	{
		Name:           "us_passport",
		Type:           "US_PASSPORT",
		Pattern:        numStart + `(?P<v>[A-Z]\d{8}|\d{9})\b`,
		Score:          0.4,
		Keywords:       []string{"passport", "passports"},
		Context:        []string{"passport", "passports", "passport number", "passport no", "travel document"},
		RequireContext: true,
		Examples: []Example{
			{Text: "my passport number is 912803456", Want: "912803456"},
			{Text: "US passport A12803456 expires in May", Want: "A12803456"},
			{Text: "order 912803456 shipped", Want: ""},
			{Text: "my passport number is 91280345", Want: ""},
		},
	},
	// A letter and digits may come in groups, as states print them
	// ("C741-8362-3986" in Illinois, "W 486 506 435 793" in Michigan,
	// "842 193 577" in New York).
	{
		Name:       "us_driver_license",
		Type:       "US_DRIVER_LICENSE",
		namedByRef: true,
		// Washington's "WDL" and nine letters or digits, Colorado's
		// 2-3-4 digits, Pennsylvania's eight in 2-3-3, and a letter and
		// seven digits or more typed in lower case (session 51).
		Pattern:        numStart + `(?P<v>[A-Z][ -]?\d{3,5}(?:[ -]\d{1,5}){1,4}|[A-Z]\d{3,12}|[a-z]\d{7,12}|[A-Z]{2}\d{3,10}|WDL[A-Z0-9]{9}|\d{6,14}|\d{3} \d{3} \d{3}|\d{2}-\d{3}-\d{4}|\d{2} \d{3} \d{3})\b`,
		Score:          0.4,
		Validate:       validUSDriverLicense,
		Keywords:       []string{"driver", "drivers", "driver's", "license", "licence", "licenses", "licences", "dl", "driving"},
		Context:        []string{"driver", "drivers", "driver's", "driver license", "drivers license", "driver's license", "driving licence", "license", "licence", "licenses", "licences", "dl", "dl#"},
		RequireContext: true,
		// "The driver rang 07545 551923": a piece of a phone number.
		Standalone: true,
		Examples: []Example{
			{Text: "my driver license is H12234567", Want: "H12234567"},
			{Text: "The driver rang 07545 551923 instead of me", Want: ""},
			{Text: "DL 1234567901234 from Texas", Want: "1234567901234"},
			{Text: "Florida DL# K037-673-90-522-4 - can you add it", Want: "K037-673-90-522-4"},
			{Text: "i typed my license wrong, it's W 486 506 435 793 (michigan)", Want: "W 486 506 435 793"},
			{Text: "License #: W5886 26148 24242", Want: "W5886 26148 24242"},
			// New York's nine digits in threes, as its cards print them.
			{Text: "her NY license # is 842 193 577 i think", Want: "842 193 577"},
			{Text: "moved to seattle, new WA license WDL7X4MQ92BT. address", Want: "WDL7X4MQ92BT"},
			{Text: "PA license no. 29 384 756 - does the policy need it", Want: "29 384 756"},
			{Text: "I have two licenses bc I just moved - old AZ D07429135", Want: "D07429135"},
			{Text: "my Colorado license is 14-227-9081", Want: "14-227-9081"},
			{Text: "CA license y7729104 (lowercase y, sorry)", Want: "y7729104"},
			// Washington's letters with no digit are a word; a letter in
			// lower case and a version's few digits.
			{Text: "WA license WDLABCDEFGHI", Want: ""},
			{Text: "license v2024 of the app", Want: ""},
			{Text: "license K037-673 90-522", Want: ""},
			{Text: "license A 12-3", Want: ""},
			{Text: "tracking H12234567 is late", Want: ""},
			{Text: "my driver license is pending", Want: ""},
		},
	},
	// A US bank account number is 8 to 17 digits with no common check, so
	// alone it is a very weak guess (as in Presidio), far below the
	// default threshold; the gated rule reports it next to account words.
	{
		Name:            "us_bank_number_weak",
		Type:            "US_BANK_NUMBER",
		namedByRef:      true,
		Pattern:         numStart + `(?P<v>\d{8,17})\b`,
		Score:           0.02,
		Context:         usBankContext,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "savings account 00012345678", Want: "00012345678"},
			{Text: "bank account number: 945456787654", Want: "945456787654"},
			{Text: "945456787654", Want: ""},
			{Text: "bank account 1234567", Want: ""},
		},
	},
	// "Account" or "bank" alone is no evidence: a customer account is
	// charged, an order is placed from it, a bank transfer has a
	// reference. The context words name the bank account or its number.
	{
		Name:           "us_bank_number",
		Type:           "US_BANK_NUMBER",
		namedByRef:     true,
		Pattern:        numStart + `(?P<v>\d{8,17})\b`,
		Score:          0.4,
		Keywords:       usBankContext,
		Context:        usBankContext,
		RequireContext: true,
		Examples: []Example{
			{Text: "my bank account number is 945456787654", Want: "945456787654"},
			{Text: "checking account 0001234567 at Chase", Want: "0001234567"},
			{Text: "acct 945456787654 at Chase", Want: "945456787654"},
			{Text: "my bank account number is 1234567", Want: ""},
			{Text: "invoice 945456787654 is paid", Want: ""},
			{Text: "my account 12345678 was charged twice", Want: ""},
			{Text: "order 123456789 from your account", Want: ""},
			{Text: "bank transfer ref 44291830", Want: ""},
			{Text: "just checking my status for order 98810423", Want: ""},
		},
	},
	{
		Name:            "aba_routing_number",
		Type:            "ABA_ROUTING_NUMBER",
		Pattern:         numStart + `(?P<v>[0-36-8]\d{8}|[0-36-8]\d{3}-\d{4}-\d)\b`,
		Score:           0.4,
		AloneScore:      underThreshold(0.4),
		Validate:        validABARouting,
		Context:         []string{"routing", "routing number", "aba", "aba number", "rtn", "transit number", "bank routing"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "routing number is: 121000358", Want: "121000358"},
			{Text: "ABA 3222-7162-7 for the wire", Want: "3222-7162-7"},
			{Text: "routing number 421042111", Want: ""},
			{Text: "routing 1234-0000-0", Want: ""},
		},
	},
	{
		Name:            "us_npi",
		Type:            "US_NPI",
		Pattern:         numStart + `(?P<v>[12]\d{9}|[12]\d{3}[- ]\d{3}[- ]\d{3})\b`,
		Score:           0.5,
		AloneScore:      underThreshold(0.5),
		Validate:        validUSNPI,
		Context:         []string{"npi", "national provider", "provider identifier", "provider id", "provider number", "prescriber"},
		NegativeContext: timeDecoyWords,
		Examples: []Example{
			{Text: "NPI: 1234567893", Want: "1234567893"},
			{Text: "provider number 1245-319-599 signed it", Want: "1245-319-599"},
			{Text: "membership 1245319599 renewed", Want: ""},
			{Text: "NPI 1234567890", Want: ""},
			{Text: "NPI 3234567893", Want: ""},
		},
	},
	{
		Name:     "us_mbi",
		Type:     "US_MBI",
		Pattern:  `(?i)\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[- ]?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[- ]?[AC-HJKMNP-RT-Y]{2}\d{2}\b`,
		Score:    0.5,
		Validate: consistentSeparators,
		Context:  []string{"mbi", "medicare", "medicare beneficiary", "beneficiary identifier", "medicare id", "medicare number"},
		Examples: []Example{
			{Text: "Medicare ID: 3CD5-FG7-HJ89", Want: "3CD5-FG7-HJ89"},
			{Text: "the MBI is 4EF6GH8JK12 for this patient", Want: "4EF6GH8JK12"},
			{Text: "MBI 1SG4-TE5-MK73", Want: ""},
			{Text: "code 1EG4-TE5-OK73", Want: ""},
		},
	},
	{
		Name:            "medical_license_dea",
		Type:            "MEDICAL_LICENSE",
		Pattern:         `\b[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}\b`,
		Score:           0.4,
		Validate:        validDEA,
		Context:         []string{"dea", "dea number", "medical license", "medical licence", "license", "certificate", "prescriber"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "KB9359527 update failed", Want: ""},
			{Text: "my certificate number is: BB1388568", Want: "BB1388568"},
			{Text: "DEA GL0285191 on the script", Want: "GL0285191"},
			{Text: "The DEA number is  BG8207031", Want: ""},
			{Text: "part ZZ1388568", Want: ""},
		},
	},
	{
		Name:            "ca_sin",
		Type:            "CA_SIN",
		Pattern:         numStart + `(?P<v>\d{3}[-. ]?\d{3}[-. ]?\d{3})\b`,
		Standalone:      true,
		Score:           0.5,
		AloneScore:      underThreshold(0.5),
		Validate:        validCASIN,
		Context:         []string{"sin", "social insurance", "social insurance number", "nas", "numéro d'assurance sociale", "assurance sociale"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "my SIN is 130-692-544", Want: "130-692-544"},
			{Text: "mon NAS: 258 933 688", Want: "258 933 688"},
			{Text: "Mon NAS: 411.789.589, pour le feuillet T5", Want: "411.789.589"}, // dotted, session 81
			{Text: "NAS 411.789 589", Want: ""},
			{Text: "SIN 130 692 545", Want: ""},
			{Text: "SIN 046 454 286", Want: ""},
		},
	},
	{
		// A Canadian province's health card number after its word:
		// Ontario's ten digits (the Luhn check) with the card's version
		// code of one or two letters after them, British Columbia's
		// personal health number (ten digits from 9, a check digit mod
		// 11). Both are a patient's identifiers in HIPAA's sense and
		// PIPEDA's; the shape alone is a phone number's.
		Name:            "ca_health_number",
		Type:            "CA_HEALTH_NUMBER",
		Pattern:         numStart + `(?P<v>\d{4}[- ]?\d{3}[- ]?\d{3}(?:[- ]?[A-Z]{1,2})?)\b`,
		Score:           0.6,
		Validate:        validCAHealthNumber,
		Keywords:        []string{"health card", "health number", "ohip", "phn", "personal health number", "carte santé", "msp", "care card", "health card number"},
		Context:         []string{"health card", "health number", "ohip", "phn", "personal health number", "carte santé", "msp", "care card", "health card number"},
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "my health card number is 1234-567-897-AB", Want: "1234-567-897-AB"},
			{Text: "OHIP 5584 486 673 YM, expires in May", Want: "5584 486 673 YM"},
			{Text: "PHN: 9698 658 215", Want: "9698 658 215"},
			{Text: "OHIP 5584 486 674 YM", Want: ""},
			{Text: "PHN: 9698 648 215", Want: ""},
			{Text: "health card 12345678970", Want: ""},
		},
	},
	{
		// Quebec's health insurance number (RAMQ, the "carte soleil"):
		// the first three letters of the surname and the first of the
		// given name, the date of birth as YYMMDD (fifty added to the
		// month for a woman) and two digits, grouped 4-4-4 as the card
		// prints it ("TREM 5803 1412"). "NAM" is Québec's short name for
		// it (numéro d'assurance maladie; since session 81).
		Name:           "ca_ramq",
		Type:           "CA_HEALTH_NUMBER",
		Pattern:        `\b(?P<v>[A-Z]{4} ?\d{4} ?\d{4})\b`,
		Score:          0.6,
		Validate:       validCARAMQ,
		Keywords:       []string{"ramq", "nam", "carte soleil", "assurance maladie", "carte d'assurance maladie", "numéro d'assurance maladie", "health card"},
		Context:        []string{"ramq", "nam", "carte soleil", "assurance maladie", "carte d'assurance maladie", "numéro d'assurance maladie", "health card"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Bonjour, mon numéro RAMQ est TREM 5803 1412. J'habite à Laval", Want: "TREM 5803 1412"},
			{Text: "Mathieu Gauthier, NAM GAUM 0001 1204, né le 12 janvier 2000", Want: "GAUM 0001 1204"},
			{Text: "Anh Nam gửi mã ABCD 1234 5678", Want: ""},
			{Text: "carte soleil: GAGM75620812", Want: "GAGM75620812"},
			{Text: "RAMQ TREM 5813 1412", Want: ""},
			{Text: "RAMQ TREM 5803 3212", Want: ""},
		},
	},
	{
		// Mexico's CURP: four letters of the names, the birth date,
		// the sex, the state, three consonants, a character against
		// homonyms and a check digit (weights 18 to 2 over the values
		// 0-9, A-N, Ñ, O-Z, modulo 10). Its shape and check suffice.
		Name:     "mx_curp",
		Type:     "MX_CURP",
		Pattern:  `\b(?P<v>[A-Z][AEIOUX][A-Z]{2}\d{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d)\b`,
		Score:    0.85,
		Validate: validMXCURP,
		Context:  []string{"curp", "clave única", "registro de población"},
		Examples: []Example{
			{Text: "buenas tardes, mi CURP es GORA900315MDFMMN01 y no me deja registrarme", Want: "GORA900315MDFMMN01"},
			{Text: "CURP: SABC560626MDFLRN01", Want: "SABC560626MDFLRN01"},
			{Text: "CURP: SABC560626MDFLRN02", Want: ""},
			{Text: "SABC561326MDFLRN01", Want: ""},
		},
	},
	{
		// Mexico's RFC, the tax id an invoice (factura) is made out to:
		// four letters of a person's names (three of a firm's), the date
		// of birth or foundation, two characters of the homoclave and a
		// check digit (validMXRFC). A person's holds the birth date, so
		// it is found after its word, which invoices always give.
		Name:           "mx_rfc",
		Type:           "MX_RFC",
		Pattern:        `(?i)\b(?P<v>[A-ZÑ&]{3,4}-?\d{6}-?[A-Z\d]{2}[\dA])\b`,
		Score:          0.8,
		Validate:       validMXRFC,
		Keywords:       []string{"rfc", "registro federal de contribuyentes"},
		Context:        []string{"rfc", "registro federal de contribuyentes"},
		RequireContext: true,
		Examples: []Example{
			{Text: "necesito la factura a mi nombre con RFC GODE561231GR8 porfa", Want: "GODE561231GR8"},
			{Text: "RFC: gode-561231-gr8", Want: "gode-561231-gr8"},
			{Text: "facturar a la empresa, RFC ABC680504XYA", Want: "ABC680504XYA"},
			{Text: "RFC GODE561231GR9", Want: ""},
			{Text: "RFC GODE561331GR8", Want: ""},
			// The generic RFC of sales to the public names no one.
			{Text: "RFC XAXX010101000", Want: ""},
			{Text: "folio GODE561231GR8", Want: ""},
		},
	},
	{
		// Argentina's CUIT and CUIL: a prefix for a person (20, 23, 24,
		// 27) or a firm (30, 33, 34), the DNI's eight digits and a check
		// digit modulo 11 (weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2). With
		// its hyphens the shape stands alone.
		Name:     "ar_cuit",
		Type:     "AR_CUIT",
		Pattern:  numStart + `(?P<v>(?:20|23|24|27|30|33|34)-\d{8}-\d)\b`,
		Score:    0.8,
		Validate: validARCUIT,
		Context:  []string{"cuit", "cuil", "afip", "monotributista"},
		Examples: []Example{
			{Text: "Hola, te paso mi CUIT 20-31456789-8 para la factura", Want: "20-31456789-8"},
			{Text: "CUIL 20-12345678-6", Want: "20-12345678-6"},
			{Text: "CUIL 20-12345678-5", Want: ""},
			{Text: "ref 21-12345678-6", Want: ""},
		},
	},
	{
		// Glued, after its word.
		Name:           "ar_cuit_digits",
		Type:           "AR_CUIT",
		Pattern:        numStart + `(?P<v>(?:20|23|24|27|30|33|34)\d{9})\b`,
		Score:          0.6,
		Validate:       validARCUIT,
		Keywords:       []string{"cuit", "cuil"},
		Context:        []string{"cuit", "cuil"},
		RequireContext: true,
		Examples: []Example{
			{Text: "mi cuil es 20123456786", Want: "20123456786"},
			{Text: "CUIT: 20314567898", Want: "20314567898"},
			{Text: "mi cuil es 20123456785", Want: ""},
			{Text: "pedido 20123456786", Want: ""},
		},
	},
	{
		// Argentina's DNI as the card prints it, with dots ("28.734.190"),
		// after its word; Spain's DNI has a letter and no dots.
		Name:           "ar_dni",
		Type:           "AR_DNI",
		Pattern:        numStart + `(?P<v>\d{1,2}\.\d{3}\.\d{3})\b`,
		Score:          0.6,
		Keywords:       []string{"dni", "documento"},
		Context:        []string{"dni", "documento", "documento nacional de identidad"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Mandalo a Av. Corrientes 1234, piso 5 depto B, C1043AAZ CABA. DNI 28.734.190 por si lo pide el correo", Want: "28.734.190"},
			{Text: "mi documento: 7.123.456", Want: "7.123.456"},
			{Text: "DNI 28734190", Want: ""},
			{Text: "total 28.734.190 pesos", Want: ""},
		},
	},
	{
		Name:            "br_cpf",
		Type:            "BR_CPF",
		Pattern:         numStart + `(?P<v>\d{3}\.\d{3}\.\d{3}-\d{2})\b`,
		Score:           0.8,
		Validate:        validBRCPF,
		Context:         []string{"cpf", "cadastro de pessoas físicas", "contribuinte"},
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "meu CPF é 529.982.247-25", Want: "529.982.247-25"},
			{Text: "CPF 111.444.777-35 cadastrado", Want: "111.444.777-35"},
			{Text: "CPF 529.982.247-26", Want: ""},
			{Text: "CPF 111.111.111-11", Want: ""},
		},
	},
	{
		Name:           "br_cpf_bare",
		Type:           "BR_CPF",
		Pattern:        numStart + `(?P<v>\d{11}|\d{9}-\d{2})\b`,
		Score:          0.5,
		Validate:       validBRCPF,
		Keywords:       []string{"cpf"},
		Context:        []string{"cpf"},
		RequireContext: true,
		Examples: []Example{
			{Text: "meu CPF é 52998224725", Want: "52998224725"},
			{Text: "CPF: 11144477735", Want: "11144477735"},
			// Its check digits alone set apart (session 52).
			{Text: "dependente Miguel, CPF 406517046-00, no plano", Want: "406517046-00"},
			{Text: "pedido 52998224725", Want: ""},
			{Text: "pedido 529982247-25", Want: ""},
			{Text: "CPF: 11144477736", Want: ""},
		},
	},
	{
		// Brazil's driving licence (Carteira Nacional de Habilitação):
		// eleven digits, the last two DENATRAN's check digits
		// (validBRCNH), after its word only (session 52: "minha CNH é
		// 75484863460").
		Name:           "br_cnh",
		Type:           "BR_CNH",
		Pattern:        numStart + `(?P<v>\d{11})\b`,
		Score:          0.5,
		Validate:       validBRCNH,
		Keywords:       []string{"cnh", "habilitação", "habilitacao", "carteira de motorista"},
		Context:        []string{"cnh", "habilitação", "habilitacao", "carteira de motorista"},
		RequireContext: true,
		Examples: []Example{
			{Text: "minha CNH é 75484863460 e vence em 09/2027", Want: "75484863460"},
			{Text: "CNH 02650306461", Want: "02650306461"},
			{Text: "CNH 75484863461", Want: ""},
			{Text: "pedido 75484863460", Want: ""},
		},
	},
	{
		// São Paulo's identity card (Registro Geral), the RG most
		// customers quote: eight digits dotted 2-3-3 and a check digit
		// after a dash, X for ten (validBRRG), after its word ("RG:
		// 44.495.059-X SSP/SP", session 72). Other states write theirs in
		// other shapes and without this check; France's "RG 21/06612"
		// and Germany's "RG 88120047" (a case, an invoice) have none of
		// the dash and its digit.
		Name:            "br_rg",
		Type:            "BR_RG",
		Pattern:         numStart + `(?P<v>\d{1,2}\.\d{3}\.\d{3}-[\dXx]|\d{8}-?[\dXx])\b`,
		Score:           0.7,
		Validate:        validBRRG,
		Keywords:        brRGWords,
		Context:         brRGWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "RG: 30.517.762-X SSP/SP", Want: "30.517.762-X"},
			{Text: "vou mandar meu primo buscar, RG 23.907.415-4. Pode ser?", Want: "23.907.415-4"},
			{Text: "meu rg é 239074154", Want: "239074154"},
			{Text: "RG 23.907.415-3", Want: ""},
			{Text: "protocolo 23.907.415-4", Want: ""},
		},
	},
	{
		// Brazil's health card (Cartão Nacional de Saúde, the "cartão
		// SUS"): fifteen digits, often in groups of 3, 4, 4 and 4, that
		// start with 1 or 2 (a permanent number) or 7, 8 or 9 (a
		// provisional one); weighted 15 down to 1, their sum is a
		// multiple of 11 (validBRCNS). After its word only ("o cartão
		// SUS dele é 988 9098 9053 2428", session 72).
		Name:           "br_cns",
		Type:           "BR_CNS",
		Pattern:        numStart + `(?P<v>[12789]\d{2} ?\d{4} ?\d{4} ?\d{4})\b`,
		Score:          0.7,
		Validate:       validBRCNS,
		Keywords:       brCNSWords,
		Context:        brCNSWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "o cartão SUS dela é 898 1234 5678 0002, nasceu em 2019", Want: "898 1234 5678 0002"},
			{Text: "CNS: 898123456780002", Want: "898123456780002"},
			{Text: "cartão SUS 898 1234 5678 0003", Want: ""},
			{Text: "pedido 898 1234 5678 0002", Want: ""},
		},
	},
	{
		// Brazil's worker's number (NIS, PIS, PASEP or NIT, one number
		// under four names): eleven digits, dotted 3-5-2 with the check
		// digit after a dash, eleven less the sum of the first ten
		// weighted 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 modulo 11, 0 for 10 and
		// 11 (validBRPIS). After its word ("o app pede meu NIS, é
		// 122.16699.77-4", session 72); glued it is a CPF's shape.
		Name:            "br_pis",
		Type:            "BR_NIS",
		Pattern:         numStart + `(?P<v>\d{3}\.\d{5}\.\d{2}-\d|\d{10}-?\d)\b`,
		Score:           0.7,
		Validate:        validBRPIS,
		Keywords:        brPISWords,
		Context:         brPISWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "pediram o PIS, o meu é 170.33259.50-4", Want: "170.33259.50-4"},
			{Text: "meu NIS 17033259504", Want: "17033259504"},
			{Text: "PIS 170.33259.50-5", Want: ""},
			{Text: "pedido 170.33259.50-4", Want: ""},
		},
	},
	{
		// Brazil's voter card number (título de eleitor): twelve digits,
		// often in groups of four ("1234 5678 0191"), eight of the
		// register, the state's two (01 to 28) and two check digits
		// (validBRVoter). After its word only: "o meu título de eleitor
		// é 0047 1220 0108"; a bare twelve digits is as often an order.
		Name:            "br_titulo_eleitor",
		Type:            "BR_VOTER_ID",
		Pattern:         numStart + `(?P<v>\d{4} ?\d{4} ?\d{4})\b`,
		Score:           0.7,
		Validate:        validBRVoter,
		Keywords:        brVoterWords,
		Context:         brVoterWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "pediram o título de eleitor, o meu é 0047 1220 0108", Want: "0047 1220 0108"},
			{Text: "titulo eleitoral 356102110647", Want: "356102110647"},
			{Text: "título de eleitor 0047 1220 0109", Want: ""},
			{Text: "pedido 0047 1220 0108", Want: ""},
		},
	},
	{
		Name:            "br_cnpj",
		Type:            "BR_CNPJ",
		Pattern:         numStart + `(?P<v>\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{14})\b`,
		Score:           0.7,
		Validate:        validBRCNPJ,
		Context:         []string{"cnpj", "cadastro nacional", "empresa"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "CNPJ 11.222.333/0001-81", Want: "11.222.333/0001-81"},
			{Text: "nosso CNPJ: 11222333000181", Want: "11222333000181"},
			{Text: "CNPJ 11.222.333/0001-82", Want: ""},
			{Text: "CNPJ 00.000.000/0000-00", Want: ""},
		},
	},
}

// brRGWords name Brazil's identity card, the RG (Registro Geral), in
// Portuguese.
var brRGWords = []string{"rg", "registro geral", "carteira de identidade", "cédula de identidade", "cedula de identidade"}

// brCNSWords name Brazil's health card: its initials, the public health
// system's (SUS) and its words in full.
var brCNSWords = []string{"cns", "sus", "cartão sus", "cartao sus", "cartão do sus", "cartao do sus", "cartão nacional de saúde", "cartao nacional de saude"}

// brVoterWords name Brazil's voter card, the título de eleitor (also
// "título eleitoral"), with and without the accent customers often drop.
var brVoterWords = []string{"título de eleitor", "titulo de eleitor", "título eleitoral", "titulo eleitoral", "título do eleitor", "titulo do eleitor"}

// brPISWords name Brazil's worker's number: the social programmes' NIS,
// the private sector's PIS, the civil service's PASEP and the pension
// office's NIT.
var brPISWords = []string{"nis", "pis", "pasep", "pis/pasep", "nit", "número do pis", "numero do pis"}

// usITINContext are the words that name an ITIN.
var usITINContext = []string{"itin", "taxpayer", "tax id", "taxpayer identification", "individual taxpayer", "tin"}

// usBankContext are the words that name a bank account number.
// "Checking" alone is a verb as often ("just checking my status for
// order 98810423"): it names the account with its noun.
var usBankContext = []string{"bank account", "account number", "account no", "acct", "acct no", "checking account", "checking acct", "checking number", "savings account", "banking account", "savings", "routing",
	// A British account's number after its bank's sort code.
	"sort code"}
