package redact

import (
	"slices"
	"strings"
	"unicode"
)

// rulesNationalEurope covers the United Kingdom, Germany, France, Spain,
// Italy, the Netherlands, Poland, Sweden, Finland and Turkey.
// deTaxNumberWords name a German tax number (Steuernummer).
var deTaxNumberWords = []string{"steuernummer", "st.-nr", "st-nr", "stnr", "steuer-nr", "finanzamt", "tax number"}

var rulesNationalEurope = []Rule{
	// ---- United Kingdom ----
	{
		// A bank's sort code, which with an account number (read by
		// us_bank_number after "sort code") pays into an account: six
		// digits in pairs. Dates and times have the shape, so the
		// words must name it.
		Name:            "uk_sort_code",
		Type:            typeUKSortCode,
		Pattern:         numStart + `(?P<v>\d{2}-\d{2}-\d{2}|\d{2} \d{2} \d{2}|\d{6})\b`,
		Score:           0.6,
		Validate:        func(m string) bool { return strings.Trim(m, "0- ") != "" }, // "like 00-00-00": a form's stand-in
		Keywords:        ukSortCodeWords,
		Context:         ukSortCodeWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "Sort code 20-45-77 account no 41926819", Want: "20-45-77"},
			{Text: "sort code 40 12 76, acc 73015528", Want: "40 12 76"},
			{Text: "sortcode: 400530", Want: "400530"},
			{Text: "delivered 20-05-24 to the depot", Want: ""},
			{Text: "please sort by date 12-05-24", Want: ""},
			{Text: "the sort code field wants it like 00-00-00", Want: ""},
		},
	},
	{
		Name:            "uk_nino",
		Type:            "UK_NINO",
		Pattern:         `(?i)\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b`,
		Score:           0.6,
		Validate:        validUKNINO,
		Context:         []string{"national insurance", "national insurance number", "nino", "ni", "ni number", "ni no", "insurance number"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "nino: PR 123612C", Want: "PR 123612C"},
			{Text: "my NI number is AB 12 34 56 C.", Want: "AB 12 34 56 C"},
			{Text: "nino: nt 99 88 77 a", Want: ""},
			{Text: "national insurance number UV 98 76 54 B", Want: ""},
		},
	},
	{
		Name:            "uk_nhs",
		Type:            "UK_NHS",
		Pattern:         numStart + `(?P<v>\d{3}[- ]?\d{3}[- ]?\d{4})\b`,
		Standalone:      true,
		Score:           0.4,
		AloneScore:      underThreshold(0.4),
		Validate:        validUKNHS,
		Context:         []string{"nhs", "nhs number", "nhs no", "health service", "national health"},
		NegativeContext: timeDecoyWords,
		Examples: []Example{
			{Text: "220921-3231 is the one", Want: ""},
			{Text: "51 824 753 5564", Want: ""},
			{Text: "my NHS number is 401-023-2137", Want: "401-023-2137"},
			{Text: "NHS 221 395 1837 at the GP", Want: "221 395 1837"},
			{Text: "NHS 401-023-2138", Want: ""},
			{Text: "NHS 000 000 0000", Want: ""},
		},
	},
	{
		// Scotland's Community Health Index number (CHI), its NHS
		// number: the birth date DDMMYY and four digits, the whole
		// checked as an NHS number is (weights 10 to 2 modulo 11), often
		// written "280951 2469", after its word.
		Name:            "uk_chi",
		Type:            "UK_CHI_NUMBER",
		Pattern:         numStart + `(?P<v>\d{6}[- ]?\d{4})\b`,
		Score:           0.7,
		Validate:        validUKCHI,
		Keywords:        []string{"chi", "chi number", "chi no", "community health index"},
		Context:         []string{"chi", "chi number", "chi no", "community health index"},
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "morag stewart\nchi 280951 2469\nneeds her b12 jag rebooked", Want: "280951 2469"},
			{Text: "CHI number: 2809512469", Want: "2809512469"},
			{Text: "chi 280951 2468", Want: ""},
			// The NHS check passes; the 32nd is no day.
			{Text: "chi 321351 0009", Want: ""},
		},
	},
	{
		// The UK's Unique Taxpayer Reference: ten digits on every letter
		// about Self Assessment, given in chat after its name. Its
		// shape is a phone's, an NHS number's and an order's, so the
		// word must be there.
		Name:           "uk_utr",
		Type:           "UK_UTR",
		Pattern:        numStart + `(?P<v>\d{5} ?\d{5}[kK]?|\d{4} \d{3} \d{3}[kK]?)\b`,
		Standalone:     true,
		Score:          0.6,
		Validate:       validUKUTR,
		Keywords:       []string{"utr", "unique taxpayer reference", "unique tax reference", "tax reference"},
		Context:        []string{"utr", "unique taxpayer reference", "unique tax reference", "tax reference"},
		RequireContext: true,
		Examples: []Example{
			{Text: "UTR is 6891412261 and NI number JT 48 29 17 C", Want: "6891412261"},
			{Text: "my utr: 80387 35433", Want: "80387 35433"},
			{Text: "I'm Olumide Bakare, UTR 4470 993 538. HMRC have charged me", Want: "4470 993 538"}, // as a phone is grouped, session 81
			{Text: "UTR 4470 993 539", Want: ""},
			{Text: "Unique Taxpayer Reference 8038735433K", Want: "8038735433K"},
			{Text: "UTR 6891412262", Want: ""},
			{Text: "call 6891412261 about self assessment", Want: ""},
			{Text: "UTR 0000000000", Want: ""},
		},
	},
	{
		// England's and Wales's Unique Pupil Number: a check letter and
		// twelve digits (the local authority's three, the school's four,
		// the year's two and a serial), the letter the weighted sum of
		// the digits (weights 2 to 13) modulo 23 (session 75: "Amelia's
		// UPN, is it Z383401221047?"). Schools and parents give it after
		// its word.
		Name:           "uk_upn",
		Type:           "UK_UPN",
		Pattern:        `\b(?P<v>[A-HJ-NP-RT-Z]\d{12})\b`,
		Standalone:     true,
		Score:          0.7,
		Validate:       validUKUPN,
		Keywords:       ukUPNWords,
		Context:        ukUPNWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "the new school asked for her UPN, is it Z383401221047?", Want: "Z383401221047"},
			{Text: "Pupil: K.T.\nUPN: V926211519203", Want: "V926211519203"},
			{Text: "UPN Z383401221048", Want: ""},
			{Text: "order Z383401221047 shipped", Want: ""},
		},
	},
	{
		// The UK's Unique Learner Number of further education and
		// exams: ten digits, the last a check digit (10 less the sum of
		// the first nine weighted 10 down to 2, modulo 11), after its
		// word (session 75: "ULN 4820319573 | DOB ...").
		Name:           "uk_uln",
		Type:           "UK_ULN",
		Pattern:        numStart + `(?P<v>\d{10})\b`,
		Standalone:     true,
		Score:          0.7,
		Validate:       validUKULN,
		Keywords:       ukULNWords,
		Context:        ukULNWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Learner: J. P. | ULN 4820319573 | DOB 02/11/2006", Want: "4820319573"},
			{Text: "my unique learner number is 6612047835 on the certificate", Want: "6612047835"},
			{Text: "ULN 4820319574", Want: ""},
			{Text: "call 4820319573 about the course", Want: ""},
		},
	},
	{
		Name:            "uk_postcode",
		Type:            typeUKPostcode,
		Pattern:         ukPostcodePattern,
		Score:           0.4,
		Context:         ukPostcodeWords,
		NegativeContext: ukPostcodeDecoyWords,
		Examples: []Example{
			{Text: "My address is SW1A 1AA in London", Want: "SW1A 1AA"},
			{Text: "send it to postcode EC2A 1NT please", Want: "EC2A 1NT"},
			{Text: "postcode QA1 1AA", Want: ""},
			{Text: "postcode M1 1CA", Want: ""},
		},
	},
	{
		// The same shape typed in lower case, as chat often is ("my
		// postcode is sw1a 1aa"). Lower-case words take it more often than
		// capitals do ("core i7 8th gen"), so only a postcode word near
		// reports it. "address" is not one: it is common in chat (email
		// and IP addresses), and gating on it made every scan of such a
		// text read lower-case letters for this rule; a lower-case postcode
		// in an address is the address recognizer's.
		Name:            "uk_postcode_lower",
		Type:            typeUKPostcode,
		Pattern:         strings.ToLower(ukPostcodePattern),
		Score:           0.4,
		Keywords:        ukPostcodeLowerWords,
		Context:         ukPostcodeLowerWords,
		RequireContext:  true,
		NegativeContext: ukPostcodeDecoyWords,
		Examples: []Example{
			{Text: "my postcode is sw1a 1aa", Want: "sw1a 1aa"},
			{Text: "post code: ec2a 1nt", Want: "ec2a 1nt"},
			{Text: "a core i7 8th gen laptop", Want: ""},
			{Text: "postcode qa1 1aa", Want: ""},
			{Text: "postcode Sw1a 1aa", Want: ""},
		},
	},
	{
		Name:    "uk_passport",
		Type:    "UK_PASSPORT",
		Pattern: `(?i)\b[A-Z]{2}\d{7}\b`,
		Score:   0.3,
		Context: []string{"passport", "passports", "passport number", "passport no", "travel document", "hm passport"},
		Examples: []Example{
			{Text: "My passport number is CD7654321 and it expires soon", Want: "CD7654321"},
			{Text: "Passports: EN4419027 (mine), the kids' are still at home", Want: "EN4419027"}, // the plural, session 81
			{Text: "passport ab1234567", Want: "ab1234567"},
			{Text: "passport AB 1234567", Want: ""},
			{Text: "passport XYZAB1234567QRS", Want: ""},
		},
	},
	{
		Name:     "uk_driving_licence",
		Type:     "UK_DRIVING_LICENCE",
		Pattern:  `(?i)\b(?:[A-Z]{5}|[A-Z]{4}9|[A-Z]{3}99|[A-Z]{2}999|[A-Z]9999) ?\d[0156]\d[0-3]\d{2} ?[A-Z9]{2}\d[A-Z]{2}\b`,
		Score:    0.6,
		Validate: validUKDrivingLicence,
		Context:  []string{"driving licence", "driving license", "licence", "license", "dvla", "licence number"},
		Examples: []Example{
			{Text: "Licence: MORGA607054SM9IJ ok", Want: "MORGA607054SM9IJ"},
			{Text: "DVLA number smit9801015jk2cd", Want: "smit9801015jk2cd"},
			{Text: "licence no HAWOR 661262 C99BD - do you need the check code too?", Want: "HAWOR 661262 C99BD"},
			{Text: "licence MORGA613054SM9IJ", Want: ""},
			{Text: "licence MO9G9657054SM9IJ", Want: ""},
		},
	},
	{
		Name:            "uk_vehicle_registration",
		Type:            "UK_VEHICLE_REGISTRATION",
		Pattern:         `(?i)\b[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[12]\d|5[1-9]|[67]\d)[ -]?[A-HJ-PR-Z]{3}\b`,
		Score:           0.4,
		Context:         []string{"registration", "reg", "number plate", "plate", "car reg", "vehicle", "dvla", "numberplate"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "My car reg is AB51 ABC and it expires", Want: "AB51 ABC"},
			{Text: "plate ln14-hgt", Want: "ln14-hgt"},
			{Text: "reg AB80 ABC", Want: ""},
			{Text: "reg IB51 ABC", Want: ""},
		},
	},
	{
		Name:            "uk_vehicle_registration_prefix",
		Type:            "UK_VEHICLE_REGISTRATION",
		Pattern:         `\b[A-HJ-NP-Y]\d{1,3} ?[A-HJ-PR-Y]{3}\b`,
		Score:           0.2,
		Context:         []string{"registration", "reg", "number plate", "plate", "car reg", "vehicle", "numberplate"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "old reg A123 BCD", Want: "A123 BCD"},
			{Text: "plate M456DEF", Want: "M456DEF"},
			{Text: "reg I123 BCD", Want: ""},
			{Text: "reg O123 BCD", Want: ""},
		},
	},
	{
		Name:            "uk_vehicle_registration_suffix",
		Type:            "UK_VEHICLE_REGISTRATION",
		Pattern:         `\b[A-HJ-PR-Y]{3} ?\d{1,3}[A-HJ-NP-Y]\b`,
		Score:           0.2,
		Context:         []string{"registration", "reg", "number plate", "plate", "car reg", "vehicle", "numberplate"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "reg ABC 123D from 1980", Want: "ABC 123D"},
			{Text: "plate DEF456G", Want: "DEF456G"},
			{Text: "reg ABC 123I", Want: ""},
			{Text: "reg ABC 123Z", Want: ""},
		},
	},

	// ---- Germany ----
	{
		Name:            "de_tax_id",
		Type:            "DE_TAX_ID",
		Pattern:         numStart + `(?P<v>[1-9]\d{10}|[1-9]\d \d{3} \d{3} \d{3}|[1-9]\d\d \d{3} \d{3} \d\d)\b`,
		Score:           0.5,
		AloneScore:      underThreshold(0.5),
		Validate:        validDETaxID,
		Context:         []string{"steuer-id", "steuerid", "steuer id", "steuer-identifikationsnummer", "steueridentifikationsnummer", "identifikationsnummer", "idnr", "tax id", "steuerliche identifikationsnummer", "id-nr", "tin", "steuer-ids", "steuerids", "finanzamt", "steuernummer"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Meine Steuer-ID: 12345678903.", Want: "12345678903"},
			{Text: "IdNr. 98 765 432 106 liegt vor.", Want: "98 765 432 106"},
			{Text: "ID-Nr. laut Bescheid vom Bundeszentralamt: 42 793 619 504", Want: "42 793 619 504"},
			{Text: "TIN (DE): 70291358494", Want: "70291358494"},
			{Text: "Steuer-IDs für die Zusammenveranlagung: ich 18 734 365 022", Want: "18 734 365 022"},
			{Text: "Das Finanzamt schreibt, meine ID 34806705193 sei doppelt vergeben", Want: "34806705193"},
			{Text: "Steuer-ID  487 962 053 89", Want: "487 962 053 89"},
			{Text: "Steuernummer/ID: 67310849287 – Rechnung", Want: "67310849287"},
			{Text: "Steuer-ID 12345678901", Want: ""},
			{Text: "Steuer-ID 11112345678", Want: ""},
		},
	},
	{
		Name:            "de_tax_number",
		Type:            "DE_TAX_NUMBER",
		Pattern:         numStart + `(?P<v>(?:0[1-9]|1[0-6])\d{11}|(?:2[1-46-8]|3[0-2]|4[01]|5\d|9\d)\d\d0\d{8}|\d{2,3}/\d{3,4}/\d{4,5})\b`,
		Score:           0.4,
		AloneScore:      underThreshold(0.4),
		Validate:        validDETaxNumber,
		Context:         deTaxNumberWords,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Steuernummer: 0981508150999 wurde vergeben.", Want: "0981508150999"},
			{Text: "St.-Nr. 123/456/78901 bitte angeben.", Want: "123/456/78901"},
			{Text: "Steuernummer 1781508150001", Want: ""},
			{Text: "am 12/05/2024 bezahlt", Want: ""},
			// The ELSTER form: a tax office number of four digits, 0,
			// eight digits (Bayern, Baden-Württemberg, Sachsen).
			{Text: "Steuernummer 9181081508155", Want: "9181081508155"},
			{Text: "meine steuernummer: 2893081508152", Want: "2893081508152"},
			{Text: "St-Nr 3201012312340", Want: "3201012312340"},
			{Text: "Steuernummer 9181181508155", Want: ""},
		},
	},
	{
		// The state forms that take a shape other numbers share: Baden-
		// Württemberg's FFBBB/UUUUP, Rheinland-Pfalz's FF/BBB/UUUU/P and
		// the spaced (0)FF BBB UUUUP of Bremen, Hessen and Schleswig-
		// Holstein. Only a tax word tells them from references and phones.
		Name:            "de_tax_number_state",
		Type:            "DE_TAX_NUMBER",
		Pattern:         numStart + `(?P<v>\d{5}/\d{5}|\d{2}/\d{3}/\d{4}/\d|0?\d{2} \d{3} \d{5})\b`,
		Score:           0.4,
		Keywords:        deTaxNumberWords,
		Context:         deTaxNumberWords,
		NegativeContext: numberDecoyWords,
		RequireContext:  true,
		Examples: []Example{
			{Text: "St.-Nr. 93815/08152", Want: "93815/08152"},
			{Text: "Steuernummer 22/815/0815/4 (RLP)", Want: "22/815/0815/4"},
			{Text: "Steuernummer: 013 815 08153", Want: "013 815 08153"},
			{Text: "Aktenzeichen 93815/08152", Want: ""},
			{Text: "Rechnung 75 815 08152", Want: ""},
		},
	},
	{
		// Austria's tax number (Steuernummer): the tax office's two
		// digits, a space, then seven digits parted by a slash after
		// the third ("Steuernummer 03 813/2379", "österr. Steuernummer
		// 98 977/3908"; session 74). No published check is relied on;
		// only a tax word tells it from a file's reference.
		Name:            "at_tax_number",
		Type:            "AT_TAX_NUMBER",
		Pattern:         numStart + `(?P<v>\d{2} \d{3}/\d{4})\b`,
		Score:           0.4,
		Keywords:        deTaxNumberWords,
		Context:         deTaxNumberWords,
		NegativeContext: numberDecoyWords,
		RequireContext:  true,
		Examples: []Example{
			{Text: "SV-Nummer 7890 140882, Steuernummer 03 813/2379.", Want: "03 813/2379"},
			{Text: "An das Finanzamt Innsbruck\nSteuernummer: 81 029/8851", Want: "81 029/8851"},
			{Text: "Aktenzeichen 03 813/2379", Want: ""},
			{Text: "Steuernummer 03 813/23790", Want: ""},
		},
	},
	{
		Name:     "de_vat_id",
		Type:     "DE_VAT_ID",
		Pattern:  `(?i)\bDE[ .-]?\d{3}[ .-]?\d{3}[ .-]?\d{3}\b`,
		Score:    0.5,
		Validate: validDEVATID,
		lenient:  true,
		Context:  []string{"ust-idnr", "ust-id", "ustid", "umsatzsteuer-identifikationsnummer", "umsatzsteuer", "vat", "vat id", "vat number", "mwst"},
		Examples: []Example{
			{Text: "USt-IdNr.: DE136695976", Want: "DE136695976"},
			{Text: "Rechnung USt-IdNr. DE 136 695 976 von Beispiel GmbH", Want: "DE 136 695 976"},
			{Text: "VAT AT123456789", Want: ""},
			{Text: "VAT DE12345678", Want: ""},
		},
	},
	{
		Name:     "de_vat_id_checked",
		Type:     "DE_VAT_ID",
		Pattern:  `(?i)\bDE[ .-]?\d{3}[ .-]?\d{3}[ .-]?\d{3}\b`,
		Score:    0.9,
		Validate: validDEVATIDStrict,
		Context:  []string{"ust-idnr", "ust-id", "ustid", "umsatzsteuer-identifikationsnummer", "umsatzsteuer", "vat", "vat id", "vat number", "mwst"},
		Examples: []Example{
			{Text: "USt-IdNr.: DE136695976", Want: "DE136695976"},
			{Text: "VAT de-129-273-398", Want: "de-129-273-398"},
			{Text: "VAT DE123456789", Want: ""},
			{Text: "VAT DE1234567890", Want: ""},
		},
	},
	{
		Name:            "de_id_card",
		Type:            "DE_ID_CARD",
		Pattern:         `(?i)\b[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{7}\d\b`,
		Score:           0.5,
		Validate:        validDEDocument,
		Context:         deIDCardContext,
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "Personalausweis: L01X00T44.", Want: "L01X00T44"},
			{Text: "Ausweis CZ6311T03", Want: "CZ6311T03"},
			{Text: "Ausweis L01X00T47", Want: ""},
			{Text: "Ausweis 123456789", Want: ""},
		},
	},
	{
		// The old card's number, "T22000129": a T and eight digits with no
		// check, as tickets are numbered ("T93948868 has been escalated"),
		// so a card's only in a text that names one.
		Name:            "de_id_card_old",
		Type:            "DE_ID_CARD",
		Pattern:         `(?i)\bT\d{8}\b`,
		Score:           0.5,
		AloneScore:      0.3,
		Context:         deIDCardContext,
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "Ausweis Nr. T22000129 gültig bis 2025.", Want: "T22000129"},
			{Text: "Personalausweis t22000129", Want: "t22000129"},
			{Text: "Agent: T93948868 has been escalated to engineering", Want: ""},
			{Text: "Ausweis T2200012", Want: ""},
		},
	},
	{
		// The serial as printed on the card, without a check digit,
		// or with the one the machine-readable zone adds: only after
		// an ID card's word.
		Name:            "de_id_card_serial",
		Type:            "DE_ID_CARD",
		Pattern:         `(?i)\b[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d?\b`,
		Score:           0.45,
		Validate:        validDEIDSerial,
		Keywords:        deIDCardContext,
		Context:         deIDCardContext,
		RequireContext:  true,
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "Meine Personalausweisnummer ist VJ4GVCH1R", Want: "VJ4GVCH1R"},
			{Text: "Perso-Nr R4Z35K3W3 für die Identifizierung", Want: "R4Z35K3W3"},
			{Text: "Personalausweis (Seriennummer mit Prüfziffer): XF4X3MW545", Want: "XF4X3MW545"},
			{Text: "Personalausweis XF4X3MW546", Want: ""},
			{Text: "Ausweis L01X00T47", Want: ""},
			{Text: "Ausweisnummer CFGHJKLMN", Want: ""},
			{Text: "Kundennummer VJ4GVCH1R", Want: ""},
		},
	},
	{
		Name:            "de_passport",
		Type:            "DE_PASSPORT",
		Pattern:         `(?i)\b[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{7}\d\b`,
		Score:           0.5,
		Validate:        validDEDocument,
		Context:         []string{"reisepass", "pass", "pass-nr", "passnummer", "passport", "reisepassnummer"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "Reisepass C01234565 ausgestellt am 01.01.2020.", Want: "C01234565"},
			{Text: "Pass-Nr.: F12345671", Want: "F12345671"},
			{Text: "Reisepass C01234567", Want: ""},
			{Text: "Reisepass 901234567", Want: ""},
		},
	},
	{
		// The passport's nine characters since 2007 and the check digit
		// its machine-readable zone adds ("Reisepass C4F9RJ1K78"), as
		// the ID card's serial reads them (validDEIDSerial): only after
		// a passport's word, and the check digit must hold.
		Name:            "de_passport_serial",
		Type:            "DE_PASSPORT",
		Pattern:         `(?i)\b[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d\b`,
		Score:           0.5,
		Validate:        validDEIDSerial,
		Keywords:        dePassportWords,
		Context:         dePassportWords,
		RequireContext:  true,
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "Reisepass C4F9RJ1K78, ausgestellt am 20.06.2019", Want: "C4F9RJ1K78"},
			{Text: "für die Identitätsprüfung hab ich den Reisepass genommen, Nummer C8FJ4T2R91, gültig bis 2031", Want: "C8FJ4T2R91"},
			{Text: "Reisepass C4F9RJ1K79", Want: ""},
			{Text: "Bestellung C4F9RJ1K78", Want: ""},
		},
	},
	{
		Name:            "de_health_insurance",
		Type:            "DE_HEALTH_INSURANCE",
		Pattern:         `(?i)\b[A-Z]\d{9}\b`,
		Score:           0.5,
		Validate:        validDEHealthInsurance,
		Context:         []string{"krankenversicherungsnummer", "kvnr", "versichertennummer", "krankenkasse", "egk", "egk-nummer", "gesundheitskarte", "health insurance"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "Krankenkasse KVNR: A123456780", Want: "A123456780"},
			{Text: "eGK-Nummer M123456785 bitte angeben.", Want: "M123456785"},
			{Text: "KVNR A123456787", Want: ""},
			{Text: "KVNR 1123456780", Want: ""},
		},
	},
	{
		Name: "de_social_security",
		Type: "DE_SOCIAL_SECURITY",
		// The serial and its check digit are printed apart too: "12
		// 140365 K 51 4".
		Pattern:  `(?i)\b\d{2} ?\d{6} ?[A-Z] ?\d{2} ?\d\b`,
		Score:    0.7,
		Validate: validDESocialSecurity,
		Context:  []string{"rentenversicherungsnummer", "rvnr", "sozialversicherungsnummer", "svnr", "versicherungsnummer", "sozialversicherungsausweis"},
		Examples: []Example{
			{Text: "RVNR: 15070649C103 laut Sozialversicherungsausweis.", Want: "15070649C103"},
			{Text: "SV-Nummer 65 070803 A 019", Want: "65 070803 A 019"},
			{Text: "Rentenversicherungsnummer 12 140365 K 51 4.", Want: "12 140365 K 51 4"},
			{Text: "RVNR 15070649C100", Want: ""},
			{Text: "RVNR 15071349C103", Want: ""},
		},
	},
	// A LANR is six digits of the doctor, a check digit (weights 4 and 9,
	// mod 10) and a two-digit specialty code. The check passes one random
	// number in ten, hence a score on the 0.4 to 0.6 step of the scale.
	{
		Name:            "de_lanr",
		Type:            "DE_LANR",
		Pattern:         numStart + `(?P<v>\d{9})\b`,
		Score:           0.45,
		AloneScore:      underThreshold(0.45),
		Validate:        validDELANR,
		Context:         []string{"lanr", "arztnummer", "lebenslange arztnummer", "arzt-nr", "arzt"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "LANR: 123456601 des behandelnden Arztes.", Want: "123456601"},
			{Text: "Arztnummer 987654401 auf dem Rezept.", Want: "987654401"},
			{Text: "LANR 123456901", Want: ""},
			{Text: "LANR 1234566010", Want: ""},
		},
	},
	{
		Name:           "de_bsnr",
		Type:           "DE_BSNR",
		Pattern:        numStart + `(?P<v>\d{9})\b`,
		Score:          0.4,
		Validate:       validDEBSNR,
		Keywords:       []string{"bsnr", "betriebsstättennummer", "betriebsstaettennummer", "praxis"},
		Context:        []string{"bsnr", "betriebsstättennummer", "betriebsstaettennummer", "praxis", "nebenbetriebsstätte"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Betriebsstättennummer: 021234568", Want: "021234568"},
			{Text: "BSNR 711234567 der Praxis.", Want: "711234567"},
			{Text: "BSNR 000000000", Want: ""},
			{Text: "Bestellung 711234567", Want: ""},
		},
	},
	// A Postleitzahl is any five digits from 01001 to 99998, so alone it is
	// only a weak guess (Presidio scores it so too): below the default
	// threshold unless "PLZ" or "Postleitzahl" is near. The gated rule
	// scores above the generic ZIP_CODE finding of the address recognizer,
	// so the German word decides the type.
	{
		Name:            "de_plz_weak",
		Type:            "DE_PLZ",
		Pattern:         numStart + `(?P<v>\d{5})\b`,
		Score:           0.05,
		Validate:        validDEPLZ,
		Context:         []string{"plz", "postleitzahl"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "PLZ 01067 Dresden", Want: "01067"},
			{Text: "Postleitzahl: 99998", Want: "99998"},
			{Text: "PLZ 01000", Want: ""},
			{Text: "it costs 10115 dollars", Want: ""},
		},
	},
	{
		Name:            "de_plz",
		Type:            "DE_PLZ",
		Pattern:         numStart + `(?P<v>\d{5})\b`,
		Score:           0.4,
		Validate:        validDEPLZ,
		Keywords:        []string{"plz", "postleitzahl"},
		Context:         []string{"plz", "postleitzahl"},
		NegativeContext: numberDecoyWords,
		RequireContext:  true,
		Examples: []Example{
			{Text: "PLZ: 10115", Want: "10115"},
			{Text: "Postleitzahl 80331 München", Want: "80331"},
			{Text: "PLZ 00000", Want: ""},
			{Text: "Bestellung 80331", Want: ""},
		},
	},
	{
		Name:    "de_handelsregister",
		Type:    "DE_HANDELSREGISTER",
		Pattern: `(?i)\bHR[AB] ?\d{1,6}\b`,
		Score:   0.6,
		Context: []string{"handelsregister", "handelsregisternummer", "amtsgericht", "registergericht", "eingetragen"},
		Examples: []Example{
			{Text: "Amtsgericht München HRB 12345.", Want: "HRB 12345"},
			{Text: "eingetragen im HRA 99999 Köln", Want: "HRA 99999"},
			{Text: "HRC 12345", Want: ""},
			{Text: "HRB 1234567", Want: ""},
		},
	},
	{
		Name:    "de_fuehrerschein",
		Type:    "DE_FUEHRERSCHEIN",
		Pattern: `(?i)\b[A-Z]{2}\d{8}[A-Z0-9]\b`,
		Score:   0.3,
		Context: []string{"führerschein", "fuehrerschein", "führerscheinnummer", "fahrerlaubnis", "driving licence", "driver license"},
		Examples: []Example{
			{Text: "Führerscheinnummer: BO12345678A", Want: "BO12345678A"},
			{Text: "Fahrerlaubnis MU12345678B wurde ausgestellt.", Want: "MU12345678B"},
			{Text: "Führerschein B12345678A", Want: ""},
			{Text: "Führerschein BO12345678AB", Want: ""},
		},
	},
	// The card licence's number since 1999 (field 5): the office's key,
	// a serial, a check character and the issue ("B072RRE2I55", the
	// specimen's). Presidio's rule above reads an older shape.
	{
		Name:            "de_fuehrerschein_card",
		Type:            "DE_FUEHRERSCHEIN",
		Pattern:         `(?i)\b(?P<v>[A-P][A-Z0-9]{8}[0-9X][A-Z0-9])\b`,
		Score:           0.7,
		Validate:        validDEFuehrerscheinCard,
		Keywords:        deFuehrerscheinWords,
		Context:         deFuehrerscheinWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "Führerscheinnummer: J3E04H7KT93", Want: "J3E04H7KT93"},
			{Text: "Führerschein-Nr. N10158Y3121", Want: "N10158Y3121"},
			{Text: "Führerschein B072RRE2I55", Want: "B072RRE2I55"},
			{Text: "Führerschein B072RRE2I65", Want: ""},
			{Text: "Bestellnummer B072RRE2I55", Want: ""},
		},
	},
	// A German number plate: the district code (one to three letters), one
	// or two identifier letters and one to four digits, optionally E
	// (electric) or H (historic), written with spaces or hyphens. Without
	// the separators it is indistinguishable from a product code.
	{
		Name:    "de_kfz",
		Type:    "DE_KFZ",
		Pattern: `\b[A-Z]{1,3}[ -][A-Z]{1,2}[ -]\d{1,4}[EH]?\b`,
		Score:   0.3,
		Context: deKfzContext,
		Examples: []Example{
			{Text: "Kennzeichen: HH-AB-1234.", Want: "HH-AB-1234"},
			{Text: "mit Kennzeichen B AB 1234 gesehen", Want: "B AB 1234"},
			{Text: "Kennzeichen BXYZ AB 1234", Want: ""},
			{Text: "Kennzeichen B 1234", Want: ""},
		},
	},
	// Near a plate word the plate outranks the names and organisations
	// recognizers, which read "Kennzeichen B AB" as a capitalised name.
	{
		Name:           "de_kfz_context",
		Type:           "DE_KFZ",
		Pattern:        `(?i)\b[A-Z]{1,3}[ -][A-Z]{1,2}[ -]\d{1,4}[EH]?\b`,
		Score:          0.5,
		Validate:       validDEKfzText,
		Keywords:       deKfzContext,
		Context:        deKfzContext,
		RequireContext: true,
		Examples: []Example{
			{Text: "Das Fahrzeug mit Kennzeichen M XY 999 parkt dort.", Want: "M XY 999"},
			{Text: "kennzeichen s-ab-12e", Want: "s-ab-12e"},
			{Text: "Kennzeichen: ist am 12.", Want: ""},
			{Text: "Kennzeichen BXYZ AB 1234", Want: ""},
		},
	},
	// A plate in brackets as the law prints it, the district's letters,
	// a hyphen, the identifier's letters, a space and the digits
	// (session 74: "für meinen Corsa (DO-LP 73)", "bei meinem
	// Leasingfahrzeug (Audi A4 B9, M-SB 307)", "The Mercedes ... (B-MA
	// 7315) needs new tyres"): a writer puts a car's plate after its
	// model as an aside, and no code of a product takes both the hyphen
	// and the space. At the bracket's start or after a comma, and ending
	// the bracket or its part ("Fahrzeug: BMW 320d (G20), OS-MR 4410,
	// FIN ..."). (The text between the bracket and the comma is not read:
	// forty bytes of it before the first digit widened every window of
	// the digit automaton, 0.7M instructions a pass over the chat
	// corpus.) A firm's or a rental's car
	// near ("ein Firmenfahrzeug der Spedition Kranz (F-SK 907)") names
	// no keeper, as the blind sets label it.
	{
		Name:            "de_kfz_bracket",
		Type:            "DE_KFZ",
		Pattern:         `(?:\(|, )(?P<v>[A-ZÄÖÜ]{1,3}-[A-ZÄÖÜ]{1,2} [1-9][0-9]{0,3}[EH]?)[),]`,
		Score:           0.6,
		Context:         deKfzContext,
		NegativeContext: deFirmCarWords,
		Examples: []Example{
			{Text: "Angebot für meinen Corsa (DO-LP 73) bekommen", Want: "DO-LP 73"},
			{Text: "mein Dienstwagen (Skoda Superb, GÖ-TR 2281E) braucht Reifen", Want: "GÖ-TR 2281E"},
			{Text: "Fahrzeug: BMW 320d (G20), OS-MR 4410, FIN folgt", Want: "OS-MR 4410"},
			// Spaces only, a hyphen only, outside brackets, a leading 0.
			{Text: "siehe Norm (DIN EN 1234)", Want: ""},
			{Text: "Artikel (AB-CD-123) bestellt", Want: ""},
			{Text: "the standard EN-GB 2021 applies", Want: ""},
			{Text: "Teil (KS-AB 0123) fehlt", Want: ""},
		},
	},
	// Plates typed in lower case. Short words between a word and a number
	// ("is at 10") have the same shape, so the score stays below the
	// default threshold unless a plate word is near, and a stop list
	// removes the commonest of them.
	{
		Name:     "de_kfz_lower",
		Type:     "DE_KFZ",
		Pattern:  `\b[a-z]{1,3}[ -][a-z]{1,2}[ -]\d{1,4}[eh]?\b`,
		Score:    0.1,
		Validate: validDEKfzText,
		Context:  deKfzContext,
		Examples: []Example{
			{Text: "kennzeichen b ab 1234", Want: "b ab 1234"},
			{Text: "nummernschild m-xy-999", Want: "m-xy-999"},
			{Text: "kennzeichen: we meet at 10", Want: ""},
			{Text: "kennzeichen b 1234", Want: ""},
		},
	},

	// ---- France ----
	{
		// A plate of the SIV system (since 2009): two letters, three
		// digits, two letters, joined by hyphens, no I, O or U, and
		// no "000" or "SS" (session 72: "la voiture AB-317-QZ était
		// vendue"). The shape is the country's own, but a product's
		// code may take it ("Tastatur KB-880-DE"): a word of a car, its
		// plate or a fine must stand in the text.
		Name:            "fr_vehicle_registration",
		Type:            TypeVehicleRegistration,
		Pattern:         `\b[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}\b`,
		Score:           0.7,
		AloneScore:      0.3,
		Validate:        validFRPlate,
		Context:         []string{"immatriculation", "immat", "plaque", "voiture", "véhicule", "carte grise", "auto", "car", "plate", "reg", "pv", "amende", "contravention", "flashé", "flashée"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "j'ai été flashé mais la voiture AB-317-QZ était vendue", Want: "AB-317-QZ"},
			{Text: "immatriculation GT-418-KL", Want: "GT-418-KL"},
			{Text: "la voiture AB-000-CD", Want: ""},
			{Text: "la voiture SS-123-AB", Want: ""},
			{Text: "réf AI-317-QZ", Want: ""},
			{Text: "Gibt es die Tastatur KB-880-DE auch mit deutschem Layout?", Want: ""},
		},
	},
	{
		// An Italian plate since 1994 by its shape: two letters, three
		// digits, two letters, with or without spaces, no I, O, Q or U
		// (session 72: "la macchina non era mia, targa FX 284 PL, la
		// mia è GE 517 TS", the second plate past the word plateAfter
		// reads). A product's code may take the shape: a word of a car,
		// its plate or a fine must stand in the text, which gives 0.45
		// (0.1 and the words' 0.35): a plate that plateAfter reads after
		// its word keeps that reader's 0.5.
		Name:            "it_vehicle_registration",
		Type:            TypeVehicleRegistration,
		Pattern:         `\b[A-HJ-NPR-TV-Z]{2} ?\d{3} ?[A-HJ-NPR-TV-Z]{2}\b`,
		Score:           0.1,
		Validate:        validITPlate,
		Context:         []string{"targa", "targata", "targato", "macchina", "auto", "automobile", "veicolo", "moto", "multa", "verbale", "contravvenzione", "autovelox", "libretto", "carroattrezzi"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "la macchina non era mia, la mia è GE 517 TS", Want: "GE 517 TS"},
			{Text: "ho preso una multa con la macchina DZ418PH", Want: "DZ418PH"},
			{Text: "la macchina GE 000 TS", Want: ""},
			{Text: "codice GE 517 TS", Want: ""},
			{Text: "il modulo AB 123 CD va compilato", Want: ""},
		},
	},
	{
		Name:            "fr_nir",
		Type:            "FR_NIR",
		Pattern:         `(?i)` + numStart + `(?P<v>[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2})\b`,
		Score:           0.8,
		Validate:        validFRNIR,
		Context:         []string{"sécurité sociale", "securite sociale", "numéro de sécu", "sécu", "secu", "insee", "nir", "carte vitale", "numéro de sécurité sociale"},
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "mon numéro de sécu: 2 55 08 14 168 025 38", Want: "2 55 08 14 168 025 38"},
			{Text: "NIR 255081416802538", Want: "255081416802538"},
			{Text: "NIR 255081416802539", Want: ""},
			{Text: "NIR 355081416802538", Want: ""},
		},
	},

	// ---- Spain ----
	{
		Name: "es_nif",
		Type: "ES_NIF",
		// The DNI is printed with dots between its thousands too
		// ("12.345.678-Z"); a space before the letter is read only
		// before a capital after eight digits ("05318472 K"), as in lower
		// case it makes "y" (and) after an amount a letter.
		Pattern:         `(?i)` + numStart + `(?P<v>\d{7,8}-?[A-Z]|\d{8} (?-i:[A-Z])|\d{1,2}\.\d{3}\.\d{3}-?[A-Z])\b`,
		Score:           0.7,
		Validate:        validESNIF,
		Context:         []string{"nif", "dni", "documento nacional de identidad", "número de identificación fiscal", "documento"},
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "mi DNI es 12345678Z", Want: "12345678Z"},
			{Text: "NIF: 55555555-K", Want: "55555555-K"},
			{Text: "DNI 12.345.678-Z", Want: "12.345.678-Z"},
			{Text: "DNI 12345678a", Want: ""},
			{Text: "vendimos 12.345.678 y más", Want: ""},
			{Text: "Mi DNI es 05318472 K, gracias", Want: "05318472 K"},
			{Text: "son 12345678 y 87654321", Want: ""},
			{Text: "ref 401-023-2138", Want: ""},
		},
	},
	{
		Name:     "es_nie",
		Type:     "ES_NIE",
		Pattern:  `(?i)\b[XYZ]-?\d{7}-?[A-Z]\b`, // "X-1234567-L" as printed on the card
		Score:    0.8,
		Validate: validESNIE,
		Context:  []string{"nie", "número de identidad de extranjero", "número de identificación de extranjero", "extranjero", "tie"},
		Examples: []Example{
			{Text: "Mi NIE es X9613851N", Want: "X9613851N"},
			{Text: "NIE: Y8063915-Z", Want: "Y8063915-Z"},
			{Text: "NIE X-9613851-N", Want: "X-9613851-N"},
			{Text: "NIE X-9613851-Q", Want: ""},
			{Text: "NIE Y8063915Q", Want: ""},
			{Text: "NIE W8063915Q", Want: ""},
		},
	},
	{
		// Spain's social security number (NAF): the province, seven or
		// eight digits and two check digits, the remainder of the rest
		// modulo 97 ("28/41920375/19").
		Name:            "es_social_security",
		Type:            "ES_SOCIAL_SECURITY",
		Pattern:         digitStart + `(?P<v>\d{2}[/ -]?\d{7,8}[/ -]?\d{2})\b`,
		Score:           0.7,
		Validate:        validESSocialSecurity,
		Keywords:        esSocialSecurityWords,
		Context:         esSocialSecurityWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "mi número de la seguridad social es 28/41920375/19, lo necesitáis?", Want: "28/41920375/19"},
			{Text: "NAF 281234567840", Want: "281234567840"},
			{Text: "Seguridad Social: 28/1234567/42", Want: "28/1234567/42"},
			{Text: "nº seguridad social 28 41920375 18", Want: ""},
			{Text: "pedido 28/41920375/19", Want: ""},
		},
	},
	{
		Name:    "es_passport",
		Type:    "ES_PASSPORT",
		Pattern: `(?i)\b[A-Z]{3}\d{6}\b`,
		Score:   0.2,
		Context: []string{"pasaporte", "número de pasaporte", "passport"},
		Examples: []Example{
			{Text: "Mi pasaporte es AAA123456", Want: "AAA123456"},
			{Text: "xyz987654 es mi número de pasaporte", Want: "xyz987654"},
			{Text: "pasaporte AA123456", Want: ""},
			{Text: "pasaporte AAAA12345", Want: ""},
		},
	},

	// ---- Italy ----
	{
		Name:     "it_fiscal_code",
		Type:     "IT_FISCAL_CODE",
		Pattern:  `(?i)\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b`,
		Score:    0.7,
		Validate: validITFiscalCode,
		Context:  []string{"codice fiscale", "cf", "c.f", "fiscal code", "tessera sanitaria"},
		Examples: []Example{
			{Text: "il mio codice fiscale è RSSMRA85T10A562S", Want: "RSSMRA85T10A562S"},
			{Text: "CF: AAAAAA00B11C333Y", Want: "AAAAAA00B11C333Y"},
			{Text: "CF A55AAA00B11C333N", Want: ""},
			{Text: "CF RSSMRA85T00A562S", Want: ""},
		},
	},
	{
		Name:    "it_driver_license",
		Type:    "IT_DRIVER_LICENSE",
		Pattern: `(?i)\b(?:[A-Z]{2}\d{7}[A-Z]|U1[BCDFGHJKLMNPRSTUVWXYZ0-9]{7}[A-Z])\b`,
		Score:   0.3,
		Context: []string{"patente", "patente di guida", "license", "licence", "driving licence"},
		Examples: []Example{
			{Text: "license U1K711J11M here", Want: "U1K711J11M"},
			{Text: "patente AA0123456B", Want: "AA0123456B"},
			{Text: "patente U1H00A000B", Want: ""},
			{Text: "patente 990123456B", Want: ""},
		},
	},
	{
		Name:            "it_vat_code",
		Type:            "IT_VAT_CODE",
		Pattern:         numStart + `(?P<v>\d{11}|\d{8}_\d{3})\b`,
		Score:           0.4,
		AloneScore:      underThreshold(0.4),
		Validate:        validITVAT,
		Context:         []string{"partita iva", "p.iva", "piva", "p. iva", "iva", "vat", "vat number"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Partita IVA 01333550323", Want: "01333550323"},
			{Text: "P.IVA: 01333550_323", Want: "01333550_323"},
			{Text: "P.IVA 00000000000", Want: ""},
			{Text: "P.IVA 01333550324", Want: ""},
		},
	},
	{
		Name:    "it_passport",
		Type:    "IT_PASSPORT",
		Pattern: `(?i)\b[A-Z]{2}\d{7}\b`,
		Score:   0.2,
		Context: []string{"passaporto", "numero di passaporto", "passport"},
		Examples: []Example{
			{Text: "passaporto AA1234567", Want: "AA1234567"},
			{Text: "il mio passaporto: ya7654321", Want: "ya7654321"},
			{Text: "passaporto AA123456", Want: ""},
			{Text: "passaporto A12345678", Want: ""},
		},
	},
	{
		// The number of a European health insurance card: twenty
		// digits, the card issuer's 80 and the country's ISO code
		// (Italy 380, where it is the tessera sanitaria's number,
		// Switzerland 756, Norway 578, Germany 276, Austria 040, ...),
		// then the card's number and a Luhn check digit over all
		// twenty, glued or in fives (session 74: "tessera sanitaria n.
		// 80380000100044182738"; session 75: "Versichertenkarte Nr.
		// 80756 01234 00567 89015"). The prefix and the check make it
		// safe without its word, which mostly comes with it.
		Name:     "eu_health_card",
		Type:     "EU_HEALTH_CARD",
		Pattern:  numStart + `(?P<v>80(?:040|056|100|191|196|203|208|233|246|250|276|300|348|352|372|380|428|438|440|442|470|528|578|616|620|642|703|705|724|752|756|826)(?:\d{15}| \d{5} \d{5} \d{5}))\b`,
		Score:    0.6,
		Validate: validLuhnDigits,
		Context:  []string{"versichertenkarte", "krankenkasse", "krankenversicherung", "ehic", "health card", "health insurance card", "carte d'assuré", "carte européenne", "helsekort", "sygesikringsbevis", "sjukförsäkring", "tarjeta sanitaria", "tessera sanitaria", "tessera", "team", "carta sanitaria", "ts-cns"},
		Examples: []Example{
			{Text: "la tessera 80380000200177356206 è scaduta", Want: "80380000200177356206"},
			{Text: "tessera 80380000200177356207", Want: ""},
			{Text: "ordine 803800002001773562061", Want: ""},
			{Text: "Versichertenkarte Nr. 80756 01234 00567 89015, Versichertennummer", Want: "80756 01234 00567 89015"},
			{Text: "my EHIC is 80276001234567890127 and", Want: "80276001234567890127"},
			{Text: "Versichertenkarte Nr. 80756 01234 00567 89016", Want: ""},
			{Text: "order 80999001234567890124", Want: ""},
		},
	},
	{
		Name:     "it_identity_card",
		Type:     "IT_IDENTITY_CARD",
		Pattern:  `(?i)\b(?:[A-Z]{2} ?\d{7}|\d{7}[A-Z]{2}|[A-Z]{2}\d{5}[A-Z]{2})\b`,
		Score:    0.2,
		Validate: validITIdentityCard,
		Context:  []string{"carta d'identità", "carta di identità", "carta identità", "cie", "documento", "identity card", "id card"},
		Examples: []Example{
			{Text: "carta d'identità CA12345AB", Want: "CA12345AB"},
			{Text: "documento AA 1234567", Want: "AA 1234567"},
			{Text: "my number is 5551234", Want: ""},
			{Text: "documento AA 123456", Want: ""},
		},
	},

	// ---- Portugal ----
	{
		Name: "pt_nif",
		Type: "PT_NIF",
		// The tax number of a person: 1 to 3, or 45 for one who lives
		// abroad; those of firms (5), public bodies (6) and others are
		// no personal data. A mobile (9..) or a Lisbon line (21...) has
		// the shape of one, so a word must name it.
		Pattern:         numStart + `(?P<v>[123]\d{8}|45\d{7}|[123]\d{2} \d{3} \d{3}|45\d \d{3} \d{3})\b`,
		Score:           0.5,
		Validate:        validPTNIF,
		Keywords:        []string{"nif", "contribuinte", "identificação fiscal", "identificacao fiscal"},
		Context:         []string{"nif", "contribuinte", "número de contribuinte", "numero de contribuinte", "número fiscal", "identificação fiscal", "identificacao fiscal"},
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "o meu NIF é 123456789", Want: "123456789"},
			{Text: "número de contribuinte: 263 843 238", Want: "263 843 238"},
			{Text: "(nif:306068850)", Want: "306068850"},
			{Text: "NIF 123456788", Want: ""},
			{Text: "NIF da empresa 501442600", Want: ""},
			{Text: "encomenda 123456789", Want: ""},
		},
	},

	// ---- Ireland ----
	{
		// The Personal Public Service number: seven digits, a check
		// letter (a weighted sum modulo 23) and, for newer ones, a
		// second letter that counts in the sum. Seven digits and a
		// letter are as often a reference, so a word must name it.
		Name:            "ie_ppsn",
		Type:            "IE_PPSN",
		Pattern:         numStart + `(?P<v>\d{7}[A-Wa-w][A-Za-z]?)\b`,
		Score:           0.7,
		Validate:        validIEPPSN,
		Keywords:        iePPSNWords,
		Context:         iePPSNWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "My PPS is 1873529D and my revenue officer said", Want: "1873529D"},
			{Text: "PPS (mum's, for the customs form): 8270913MA", Want: "8270913MA"},
			{Text: "PPSN 1234567FA", Want: "1234567FA"},
			{Text: "PPS 1873529E", Want: ""},
			{Text: "ref 1873529D", Want: ""},
		},
	},

	{
		// An Eircode alone after its word ("Eircode: D08 X2T4"): the
		// address recognizer reads one at an address's end; alone it
		// still names one dwelling. A routing key of a letter and two
		// digits (or "D6W") and four letters or digits of the Eircode
		// alphabet, spaced or glued, in capitals or lower case.
		Name:            "ie_eircode",
		Type:            TypeIEEircode,
		Pattern:         `(?i)\b(?P<v>[A-Z][0-9][0-9W] ?[0-9A-Z]{4})\b`,
		Score:           0.7,
		Validate:        validEircode,
		Keywords:        eircodeWords,
		Context:         eircodeWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "Eircode: D08 X2T4", Want: "D08 X2T4"},
			{Text: "my eircode is h91ex23 if the driver needs it", Want: "h91ex23"},
			{Text: "Eircode D6W 1F25", Want: "D6W 1F25"},
			// No Eircode's word; a routing key of no digit; B, I and O,
			// which Eircodes leave out; a mix of cases.
			{Text: "order D08 X2T4 shipped", Want: ""},
			{Text: "Eircode: DAB X2T4", Want: ""},
			{Text: "Eircode: D08 B2I4", Want: ""},
			{Text: "Eircode: D08 x2T4", Want: ""},
		},
	},

	{
		// An Irish plate in its own shape: the year (two digits to 2012,
		// three since, "231" the first half of 2023), the county's
		// letters and a serial, joined by hyphens (session 75: "car is
		// 231-KY-1187", "NCT booking for 10-WW-3318"). The county codes
		// and the hyphens make it safe without a plate's word; spaced,
		// "191 D 12345", it needs one (plateAfter).
		Name:     "ie_vehicle_registration",
		Type:     TypeVehicleRegistration,
		Pattern:  `\b\d{2,3}-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WW|WX)-\d{2,6}\b`,
		Score:    0.6,
		Validate: validIEPlate,
		Context:  []string{"reg", "registration", "plate", "car", "nct", "toll", "parking", "vehicle", "jeep", "van"},
		Examples: []Example{
			{Text: "add my daughter as a named driver, car is 231-KY-1187.", Want: "231-KY-1187"},
			{Text: "NCT booking for 10-WW-3318, test centre", Want: "10-WW-3318"},
			{Text: "my partner's is 08-D-48213", Want: "08-D-48213"},
			// A year Ireland's plates never had; a third digit not a
			// half year; a county that is none; a serial of zero first.
			{Text: "ref 45-D-12345", Want: ""},
			{Text: "ref 233-D-12345", Want: ""},
			{Text: "ref 231-DX-12345", Want: ""},
			{Text: "ref 231-D-0123", Want: ""},
		},
	},

	// ---- Luxembourg, Portugal (session 51) ----
	{
		// Luxembourg's national identification number (the CNS's
		// "matricule"): the birth date as YYYYMMDD, three digits, a Luhn
		// check digit and a Verhoeff check digit over the first eleven,
		// glued or as "1971 0209 10426".
		Name:            "lu_national_id",
		Type:            "LU_NATIONAL_ID",
		Pattern:         numStart + `(?P<v>(?:19|20)\d{11}|(?:19|20)\d{2} \d{4} \d{5}|(?:19|20)\d{2} \d{4} \d{3} \d{2})\b`,
		Score:           0.7,
		Validate:        validLUNationalID,
		Keywords:        luNationalIDWords,
		Context:         luNationalIDWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "je m'appelle Claude Schmit, matricule 1984061708703.", Want: "1984061708703"},
			{Text: "O meu número de matrícula é 1971 0209 10426 e o IBAN", Want: "1971 0209 10426"},
			// Its two check digits apart (session 52).
			{Text: "Moien, je suis Yannick Schmit, matricule 1987 1105 214 45, IBAN", Want: "1987 1105 214 45"},
			{Text: "Identifikationsnummer 1996123007806, geboren 30.12.1996", Want: "1996123007806"},
			// A last digit that checks the twelve before it, not the first
			// eleven as the number's rule says; a thirteenth month; no
			// word.
			{Text: "matricule 1984061708701", Want: ""},
			{Text: "matricule 1984136108703", Want: ""},
			{Text: "commande 1984061708703", Want: ""},
		},
	},
	{
		// Portugal's citizen card (cartão de cidadão): the civil
		// number's eight digits, its check digit, two letters
		// of the card's version and a check digit over all twelve
		// (letters count 10 to 35, every other one doubled), as the card
		// prints it ("14729385 5 ZX0").
		Name:            "pt_citizen_card",
		Type:            "PT_CITIZEN_CARD",
		Pattern:         numStart + `(?P<v>\d{8} ?\d ?[A-Za-z]{2}\d)\b`,
		Score:           0.7,
		Validate:        validPTCitizenCard,
		Keywords:        ptCitizenCardWords,
		Context:         ptCitizenCardWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "Cartão de cidadão 14729385 5 ZX0, data de nascimento 17/10/1975", Want: "14729385 5 ZX0"},
			{Text: "A minha mulher, CC 09381276 0 ZZ6, quer aderir ao seguro", Want: "09381276 0 ZZ6"},
			{Text: "Cartão de cidadão 14729385 5 ZX1", Want: ""},
			{Text: "encomenda 14729385 5 ZX0", Want: ""},
			// Twelve digits after a credit card's "cc": no version's
			// letters.
			{Text: "the 503802053770 for last you send please my cc", Want: ""},
		},
	},
	{
		// The citizen card's number as the card prints it, in its three
		// groups ("30718426 9 ZX6"), needs no word (session 73: a
		// customer's answer, alone on its line, to "Pode indicar o
		// número?"): the spaced shape is the card's own, and its two
		// check digits leave one in 110 of such shapes.
		Name:            "pt_citizen_card_spaced",
		Type:            "PT_CITIZEN_CARD",
		Pattern:         numStart + `(?P<v>\d{8} \d [A-Z]{2}\d)\b`,
		Score:           0.6,
		Validate:        validPTCitizenCard,
		Context:         ptCitizenCardWords,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "Cliente: 30718426 9 ZX6", Want: "30718426 9 ZX6"},
			{Text: "o do meu filho é 17254039 9 ZX8, serve?", Want: "17254039 9 ZX8"},
			// The civil number's check digit wrong (8, with the card's
			// own check made to pass), then the card's.
			{Text: "Cliente: 30718426 8 ZX8", Want: ""},
			{Text: "Cliente: 30718426 9 ZX7", Want: ""},
		},
	},
	{
		// The civil number alone with its check digit, as the card
		// prints it before the version ("CC 17254039 9 válido até
		// 03/2031", session 73): eight digits, a space and a check
		// digit that makes the sum of the nine, weighted 9 down to 1, a
		// multiple of 11. After the card's word, which Colombia's
		// cédula ("CC 1036648217") shares: its number has no digit
		// apart. Not before two capitals, the card's version, which
		// the whole number's rules read.
		Name:            "pt_civil_number",
		Type:            "PT_CITIZEN_CARD",
		Pattern:         numStart + `(?P<v>\d{8} \d)(?:\z|[^\w.,\- ]|[.,](?:\D|\z)| (?:\z|[^A-Z]|[A-Z][^A-Z\d]))`,
		Score:           0.7,
		Validate:        validPTCivilNumber,
		Keywords:        ptCitizenCardWords,
		Context:         ptCitizenCardWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "CC 17254039 9 valido até 03/2031", Want: "17254039 9"},
			{Text: "cartão de cidadão nº 09381276 0.", Want: "09381276 0"},
			{Text: "CC 17254039 8 valido até 03/2031", Want: ""},
			// The card's version after it, in a shape of none of its
			// rules: the civil number is no value by itself.
			{Text: "CC dele 17254039 9 ZZ1 8", Want: ""},
			{Text: "encomenda 17254039 9", Want: ""},
		},
	},

	{
		// Portugal's social security number (NISS, session 59): eleven
		// digits, a person's opening with 1 (a firm's with 2), the last
		// a check digit: 9 less the last digit of the sum of the first
		// ten weighted 29, 23, 19, 17, 13, 11, 7, 5, 3, 2. Belgium's
		// national number is its "NISS" too, which its own rule reads.
		// Since session 73 also a number opening with 2: the word is
		// required, and who names the social security number in a
		// customer's chat gives their own ("nova morada ..., nº
		// segurança social 20317458625"), far more often than a firm's.
		Name:            "pt_niss",
		Type:            "PT_NISS",
		Pattern:         numStart + `(?P<v>[12]\d{10})\b`,
		Score:           0.7,
		Validate:        validPTNISS,
		Keywords:        ptNISSWords,
		Context:         ptNISSWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "Sra. Conceição, nascida a 14/02/1958, NISS 13615814694 — confirma?", Want: "13615814694"},
			{Text: "número de segurança social: 10829391496", Want: "10829391496"},
			{Text: "NISS 13615814695", Want: ""},
			{Text: "encomenda 13615814694", Want: ""},
		},
	},

	// ---- Switzerland, Belgium ----
	{
		// The AHV/AVS number, Switzerland's social security number:
		// 756 (the country), nine digits and an EAN-13 check digit,
		// written in groups "756.1234.5678.97". Grouped so it is
		// unmistakable; the thirteen digits glued may be a barcode,
		// and need a word (ch_ahv_word).
		Name:            "ch_ahv",
		Type:            "CH_AHV",
		Pattern:         numStart + `(?P<v>756[. ]\d{4}[. ]\d{4}[. ]\d{2})\b`,
		Score:           0.7,
		Validate:        validCHAHV,
		Context:         chAHVWords,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "meine AHV-Nummer: 756.7236.5374.94.", Want: "756.7236.5374.94"},
			{Text: "numéro AVS 756.1274.4870.94, merci", Want: "756.1274.4870.94"},
			{Text: "AHV 756.1234.5678.98", Want: ""},
			{Text: "ref 757.1234.5678.97", Want: ""},
		},
	},
	{
		Name:            "ch_ahv_word",
		Type:            "CH_AHV",
		Pattern:         numStart + `(?P<v>756\d{10})\b`,
		Score:           0.6,
		Validate:        validCHAHV,
		Keywords:        chAHVWords,
		Context:         chAHVWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "AHV-Nr. 7561234567897", Want: "7561234567897"},
			{Text: "mon numéro AVS est 7569876543217", Want: "7569876543217"},
			{Text: "EAN 7561234567897", Want: ""},
			{Text: "AHV 7561234567898", Want: ""},
		},
	},
	{
		// Belgium's national register number (rijksregisternummer,
		// numéro de registre national, NISS/INSZ): the birth date
		// YY.MM.DD, a serial of three digits and two check digits, 97
		// less the nine digits modulo 97 (with a 2 before them for one
		// born in 2000 or later). Grouped "85.07.30-033.28" it is
		// unmistakable; the eleven digits glued need a word.
		Name:            "be_national_id",
		Type:            "BE_NATIONAL_ID",
		Pattern:         numStart + `(?P<v>\d{2}\.\d{2}\.\d{2}[-. ]\d{3}[-. ]\d{2})\b`,
		Score:           0.7,
		Validate:        validBENationalID,
		Context:         beNationalIDWords,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "Mijn rijksregisternummer: 88.04.15-262.97.", Want: "88.04.15-262.97"},
			{Text: "numéro de registre national 85.07.30-033.28", Want: "85.07.30-033.28"},
			{Text: "né en 2005: NISS 05.06.12-184.20", Want: "05.06.12-184.20"},
			{Text: "rijksregisternummer 88.04.15-262.98", Want: ""},
			{Text: "versie 12.04.15-262.97", Want: ""},
		},
	},
	{
		Name:            "be_national_id_word",
		Type:            "BE_NATIONAL_ID",
		Pattern:         numStart + `(?P<v>\d{11})\b`,
		Score:           0.6,
		Validate:        validBENationalID,
		Keywords:        beNationalIDWords,
		Context:         beNationalIDWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "INSZ 85073003328", Want: "85073003328"},
			{Text: "rijksregisternummer: 05061218420", Want: "05061218420"},
			{Text: "bestelling 85073003328", Want: ""},
			{Text: "INSZ 85073003329", Want: ""},
		},
	},

	// ---- Netherlands, Poland, Sweden, Finland ----
	{
		Name:           "nl_bsn",
		Type:           "NL_BSN",
		Pattern:        numStart + `(?P<v>\d{9}|\d{4}\.\d{2}\.\d{3}|\d{4} \d{2} \d{3}|\d{3}[ .]\d{3}[ .]\d{3})\b`,
		Score:          0.5,
		Validate:       validNLBSN,
		Keywords:       []string{"bsn", "burgerservicenummer", "sofinummer", "sofi"},
		Context:        []string{"bsn", "burgerservicenummer", "sofinummer", "sofi", "citizen service number"},
		RequireContext: true,
		Examples: []Example{
			{Text: "mijn BSN is 111222333", Want: "111222333"},
			{Text: "burgerservicenummer 1234.56.782", Want: "1234.56.782"},
			{Text: "BSN 1234 56 782", Want: "1234 56 782"},
			{Text: "BSN 1234 56 783", Want: ""},
			{Text: "BSN 111222334", Want: ""},
			{Text: "bestelling 111222333", Want: ""},
		},
	},
	{
		// A Dutch sole trader's VAT number (btw-identificatienummer, since
		// 2020): "NL", nine digits, "B", two digits, the whole passing
		// ISO 7064 MOD 97-10 with its letters as an IBAN's ("btw-id
		// NL945807302B07"). It replaced the number built on the owner's
		// BSN, so it is the person's; a firm's VAT number (its RSIN and
		// "B01") has no such check and fails it 96 times in 97, which
		// leaves the firms' numbers on invoices and footers alone. The
		// shape and the check decide, without a word.
		Name:     "nl_vat_id",
		Type:     "NL_VAT_ID",
		Pattern:  `\b(?P<v>[Nn][Ll][ .]?\d{4}\.?\d{2}\.?\d{3}[ .]?[Bb] ?\d{2})\b`,
		Score:    0.85,
		Validate: validNLVATID,
		Examples: []Example{
			{Text: "mijn btw-id is NL526018159B18", Want: "NL526018159B18"},
			{Text: "btw-nummer NL 083016613 B40 van mijn eenmanszaak", Want: "NL 083016613 B40"},
			{Text: "btw-id NL526018159B19", Want: ""},
			{Text: "BTW NL001234567B01 (Voorbeeld B.V.)", Want: ""},
		},
	},
	{
		Name:            "pl_pesel",
		Type:            "PL_PESEL",
		Pattern:         numStart + `(?P<v>\d{11})\b`,
		Score:           0.6,
		Validate:        validPLPESEL,
		Context:         []string{"pesel", "numer pesel", "nr pesel"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "My pesel is 44051401458.", Want: "44051401458"},
			{Text: "PESEL: 02070803628", Want: "02070803628"},
			{Text: "PESEL 44051401459", Want: ""},
			{Text: "PESEL 11110021111", Want: ""},
		},
	},
	{
		Name:            "se_personnummer",
		Type:            "SE_PERSONNUMMER",
		Pattern:         digitStart + `(?P<v>(?:18|19|20)?\d{6}[-+]?\d{4})\b`,
		Score:           0.7,
		Validate:        validSEPersonnummer,
		Context:         []string{"personnummer", "pnr", "personnr", "samordningsnummer", "personal identity number", "swedish id"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "19910924-2397 är mitt pnr.", Want: "19910924-2397"},
			{Text: "My swedish id code is199003052397.", Want: "199003052397"},
			// A '+' for a holder of a hundred years or more (session 51).
			{Text: "min farmor som fyllt 101 år, pnr 230405+1424. Hon har inget BankID", Want: "230405+1424"},
			{Text: "pnr 230405+1425", Want: ""},
			{Text: "pnr 19001309-2393", Want: ""},
			{Text: "pnr 200504422381", Want: ""},
		},
	},
	{
		Name:            "se_organisationsnummer",
		Type:            "SE_ORGANISATIONSNUMMER",
		Pattern:         numStart + `(?P<v>\d{6}-?\d{4})\b`,
		Score:           0.6,
		AloneScore:      underThreshold(0.6),
		Validate:        validSEOrgNumber,
		Context:         []string{"organisationsnummer", "orgnummer", "org.nr", "orgnr", "org nr", "company identity", "företag"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "556703-7485 är vårt orgnummer.", Want: "556703-7485"},
			{Text: "Org.nr 2120000142", Want: "2120000142"},
			{Text: "orgnr 55670x-7485", Want: ""},
			{Text: "orgnr 556703-7486", Want: ""},
		},
	},
	{
		Name:            "fi_personal_identity_code",
		Type:            "FI_PERSONAL_IDENTITY_CODE",
		Pattern:         `(?i)` + digitStart + `(?P<v>\d{6}[-+A-FU-Y]\d{3}[0-9A-Y])\b`,
		Score:           0.8,
		Validate:        validFIHETU,
		Context:         []string{"henkilötunnus", "hetu", "henkilotunnus", "personal identity code", "sosiaaliturvatunnus", "personbeteckning"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "020594X903P is my hetu.", Want: "020594X903P"},
			{Text: "Here's my henkilötunnus 131052-308T.", Want: "131052-308T"},
			{Text: "hetu 131052/308T", Want: ""},
			{Text: "hetu 310289-211C", Want: ""},
		},
	},

	// ---- Austria, France, Belgium, the Netherlands (session 42) ----
	{
		Name: "at_social_security",
		Type: "AT_SOCIAL_SECURITY",
		// The birth date after the serial and check digits as one group
		// or in its day, month and year (session 65: "SVNR 5664 17 04 00").
		Pattern:         numStart + `(?P<v>\d{4} ?(?:\d{6}|\d{2} \d{2} \d{2}))\b`,
		Score:           0.7,
		Validate:        validATSocialSecurity,
		Keywords:        atSocialSecurityWords,
		Context:         atSocialSecurityWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "die Sozialversicherungsnummer verlangt. Meine: 1798 120590.", Want: "1798 120590"},
			{Text: "SVNR 1237010180", Want: "1237010180"},
			{Text: "Jonas Hofbauer, SVNR 5664 17 04 00, geb. 17.04.2000", Want: "5664 17 04 00"},
			{Text: "SVNR 1238010180", Want: ""},
			{Text: "Bestellung 1237010180", Want: ""},
		},
	},
	{
		Name:            "fr_tax_id",
		Type:            "FR_TAX_ID",
		Pattern:         numStart + `(?P<v>[0-3]\d ?\d{2} ?\d{3} ?\d{3} ?\d{3})\b`,
		Score:           0.7,
		Validate:        validFRTaxID,
		Keywords:        frTaxIDWords,
		Context:         frTaxIDWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "voici mon numéro fiscal : 37 05 044 357 021.", Want: "37 05 044 357 021"},
			{Text: "SPI 3705044357021", Want: "3705044357021"},
			{Text: "numéro fiscal 37 05 044 357 022", Want: ""},
			{Text: "commande 3705044357021", Want: ""},
		},
	},
	{
		Name:            "be_id_card",
		Type:            "BE_ID_CARD",
		Pattern:         numStart + `(?P<v>\d{3}-?\d{7}-?\d{2})\b`,
		Score:           0.7,
		Validate:        validBEIDCard,
		Keywords:        beIDCardContext,
		Context:         beIDCardContext,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "Numéro de la carte : 373-2535509-50.", Want: "373-2535509-50"},
			{Text: "kaartnummer identiteitskaart 373253550950", Want: "373253550950"},
			{Text: "Klant: 373-2535509-50, vervalt in 2031", Want: "373-2535509-50"},
			{Text: "carte d'identité 373-2535509-51", Want: ""},
			{Text: "commande 373-2535509-50", Want: ""},
		},
	},
	{
		// A Dutch identity card's number (a passport's has the same shape
		// and is the passport reader's, PASSPORT): no check digit, so its
		// word decides.
		Name:            "nl_id_document",
		Type:            "NL_ID_DOCUMENT",
		Pattern:         `(?i)\b(?P<v>[A-Z]{2}[A-Z0-9]{6}\d)\b`,
		Score:           0.7,
		Validate:        validNLIDDocument,
		Keywords:        nlIDDocumentWords,
		Context:         nlIDDocumentWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "Mijn ID-kaart (nr. XHH8D3JJ8) is verlopen", Want: "XHH8D3JJ8"},
			{Text: "documentnummer NW3K81LP4", Want: "NW3K81LP4"},
			{Text: "ID-kaart XHH8DOJJ8", Want: ""},
			{Text: "bestelling XHH8D3JJ8", Want: ""},
		},
	},

	// ---- Norway, Denmark ----
	{
		Name:            "no_fodselsnummer",
		Type:            "NO_FODSELSNUMMER",
		Pattern:         numStart + `(?P<v>\d{6} ?\d{5})\b`,
		Score:           0.7,
		Validate:        validNOFodselsnummer,
		Keywords:        noFodselsnummerWords,
		Context:         noFodselsnummerWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "fødselsnummer: 15038512363", Want: "15038512363"},
			{Text: "mitt fnr er 230477 31097", Want: "230477 31097"},
			{Text: "D-nummer 55107512488 til kontoen", Want: "55107512488"},
			{Text: "fødselsnummer 15038512364", Want: ""},
			{Text: "ordrenummer 15038512363", Want: ""},
		},
	},
	{
		// Denmark's CPR number: its check digit was given up in 2007,
		// so the date and a CPR word near it decide.
		Name:            "dk_cpr",
		Type:            "DK_CPR",
		Pattern:         digitStart + `(?P<v>\d{6}[- ]?\d{4})\b`,
		Score:           0.8,
		Validate:        validDKCPR,
		Keywords:        dkCPRWords,
		Context:         dkCPRWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "CPR 010190-1234", Want: "010190-1234"},
			{Text: "mit cpr-nummer er 2307851437", Want: "2307851437"},
			{Text: "kundenr er 4471 2290 og cpr 140372 1030 tlf", Want: "140372 1030"},
			{Text: "CPR 320190-1234", Want: ""},
			{Text: "ring på 010190-1234", Want: ""},
		},
	},

	// ---- Poland (PESEL above) ----
	{
		Name:            "pl_nip",
		Type:            "PL_NIP",
		Pattern:         `(?i)` + numStart + `(?:PL ?)?(?P<v>\d{3}-?\d{3}-?\d{2}-?\d{2}|\d{3}-\d{2}-\d{2}-\d{3})\b`,
		Score:           0.7,
		Validate:        validPLNIP,
		Keywords:        plNIPWords,
		Context:         plNIPWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "NIP: 526-025-09-20", Want: "526-025-09-20"},
			{Text: "nr NIP PL7792411230 na fakturze", Want: "7792411230"},
			{Text: "NIP 123-45-63-218", Want: "123-45-63-218"},
			{Text: "NIP: 526-025-09-21", Want: ""},
			{Text: "zamówienie 5260250920", Want: ""},
		},
	},
	{
		// A Polish identity card (dowód osobisty): three letters and six
		// digits, the first digit a check over the rest.
		Name:            "pl_id_card",
		Type:            "PL_ID_CARD",
		Pattern:         `(?i)\b(?P<v>[A-Z]{3} ?\d{6})\b`,
		Score:           0.7,
		Validate:        validPLIDCard,
		Keywords:        plIDCardWords,
		Context:         plIDCardWords,
		RequireContext:  true,
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "seria i numer dowodu: ABA300000", Want: "ABA300000"},
			{Text: "dowód osobisty AYD 412345", Want: "AYD 412345"},
			{Text: "nr dowodu cbl156789", Want: "cbl156789"},
			{Text: "dowód osobisty ABA300001", Want: ""},
			{Text: "kod produktu ABA300000", Want: ""},
		},
	},

	{
		// A Polish driving licence's number as the old cards print it
		// (session 74): the licence's number, the year's two digits and
		// the issuing office's four, parted by slashes ("prawo jazdy nr
		// 00412/17/1261"). No check digit: after the licence's words.
		Name:           "pl_driving_licence",
		Type:           "DRIVER_LICENSE",
		Pattern:        numStart + `(?P<v>\d{5}/\d{2}/\d{4})(?:\z|[^\w/])`,
		Score:          0.6,
		Keywords:       plDrivingLicenceWords,
		Context:        plDrivingLicenceWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Do wypożyczenia auta: prawo jazdy nr 03318/09/0462, kat. B.", Want: "03318/09/0462"},
			{Text: "numer prawa jazdy: 11907/21/1465", Want: "11907/21/1465"},
			{Text: "faktura 03318/09/0462", Want: ""},
			{Text: "prawo jazdy nr 03318/09/0462/7", Want: ""},
		},
	},
	{
		// A Finnish driving licence's number right after its words
		// (session 74): "Ajokorttini numero on 5120 3378 4", "ajokortin
		// nro 448120937". Finland prints no check digit, so the number
		// must follow the words at once, maybe after "numero"/"nro" and
		// "on" (is): a phone further on is no licence's.
		Name:           "fi_driving_licence",
		Type:           "DRIVER_LICENSE",
		Pattern:        `(?:^|[^A-Za-z])[Aa]jokort(?:ti|in|tini|tinumero|tinumeroni)(?: (?:[Nn]umero|[Nn]ro|[Nn]r)\.?)?(?: on)?:? (?P<v>\d{2,12}(?: \d{1,5}){0,3})(?:\z|[^\w/.,\-]|[.,](?:\D|\z))`,
		Score:          0.6,
		Validate:       fiDrivingLicenceDigits,
		Keywords:       fiDrivingLicenceWords,
		Context:        fiDrivingLicenceWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Ajokorttini numero on 5120 3378 4, haluan tilata kaksoiskappaleen.", Want: "5120 3378 4"},
			{Text: "ajokortin nro 448120937", Want: "448120937"},
			{Text: "ajokortti 12 kk voimassa", Want: ""},
			{Text: "ajokortti maksoi 45,00 €", Want: ""},
		},
	},

	{
		// A Danish or a Norwegian driving licence's number right after
		// its words (session 75): "Mit kørekortnummer er 31847520", "nytt
		// førerkort, nr 20784512". Eight digits that no check digit
		// guards, so the number must follow the words at once, maybe
		// after "nr"/"nummer" and "er" (is): a phone further on is no
		// licence's.
		Name:           "dk_no_driving_licence",
		Type:           "DRIVER_LICENSE",
		Pattern:        `(?:^|[^A-Za-z])(?:[Kk]ørekort|[Ff]ørerkort)(?:nummer|nummeret|nr|et)?\.?(?:,? (?:nr|nummer)\.?)?(?: er)?:? (?P<v>\d{8})(?:\z|[^\w/.,\-]|[.,](?:\D|\z))`,
		Score:          0.6,
		Keywords:       nordicDrivingLicenceWords,
		Context:        nordicDrivingLicenceWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Mit kørekortnummer er 31847520 og fødselsdato 14-02-1979", Want: "31847520"},
			{Text: "Jeg har fått nytt førerkort, nr 20784512. Kan dere oppdatere?", Want: "20784512"},
			{Text: "kørekort: 40126633", Want: "40126633"},
			{Text: "kørekortet kostede 12345678 kr", Want: ""},
			{Text: "førerkort klasse B, ring 22334455", Want: ""},
		},
	},

	// ---- Turkey ----
	{
		Name:            "tr_national_id",
		Type:            "TR_NATIONAL_ID",
		Pattern:         numStart + `(?P<v>[1-9]\d{10})\b`,
		Score:           0.7,
		Validate:        validTRNationalID,
		Context:         []string{"tc kimlik", "tc kimlik no", "kimlik", "kimlik numarası", "tckn", "t.c", "tc", "tc no", "turkish id", "nüfus"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "TC Kimlik No: 10000000146", Want: "10000000146"},
			{Text: "Türk kimlik numarası 36493665440", Want: "36493665440"},
			{Text: "kimlik 10000000145", Want: ""},
			{Text: "kimlik 02531814694", Want: ""},
		},
	},
	{
		Name:     "tr_license_plate",
		Type:     "TR_LICENSE_PLATE",
		Pattern:  trPlatePattern,
		Score:    0.4,
		Validate: validTRPlateText,
		Context:  trPlateWords,
		// No group of a longer code: "1Z 9X4 27A 03 4418 2916", a
		// parcel's tracking number.
		Standalone: true,
		// A software build's or an update's code has the shape
		// ("build 23G400", "Update 21U599 failed").
		NegativeContext: []string{"build", "update", "updates", "version", "firmware", "release", "patch", "compilación", "compilation", "versión", "versione", "aggiornamento", "actualización",
			"ios", "ipados", "macos", "android", // "iOS 17.1.1 (23G881)"
			// A medicine's batch: "Lot 24B117", "Ch.-B. 24B117" (session 66).
			"lot", "batch", "charge", "chargenbezeichnung", "lote", "lotto"},
		Examples: []Example{
			{Text: "Araç plakası 34 ABC 1234 olarak kayıtlıdır.", Want: "34 ABC 1234"},
			{Text: "Plaka numarası 06 A 123 olarak kayıtlı", Want: "06 A 123"},
			{Text: "plaka 82 ABC 123", Want: ""},
			{Text: "see you 14 Feb 2024 at 10 am 2024", Want: ""},
			{Text: "plaka ref 02aa1966", Want: ""},
			{Text: "levering op 15 mei 2025", Want: ""},
			{Text: "total $1,234.56 due 12/15/2024", Want: ""},
			{Text: "Betrag 1.234,56 EUR 2024", Want: ""},
			{Text: "Lieferung am 15 MAI 2025", Want: ""},
			{Text: "Araç plakası 15 MEK 2025", Want: "15 MEK 2025"},
			{Text: "exp 12/28 cvv 123", Want: ""},
			{Text: "order placed july 18th 2026 to my house", Want: ""},
			{Text: "he's at number 12 not 21, the blue door", Want: ""},
			{Text: "the plate 34 NOT 21", Want: "34 NOT 21"},
			{Text: "tracking 1Z 9X4 27A 03 4418 2916 thanks", Want: ""},
			{Text: "heizt nachts, obwohl der Zeitplan ab 22:30 auf 17 °C steht", Want: ""},
		},
	},
	{
		Name:           "tr_license_plate_word",
		Type:           "TR_LICENSE_PLATE",
		Pattern:        trPlatePattern,
		Score:          0.4,
		Validate:       validTRPlateWord,
		Keywords:       trPlateWords,
		Context:        trPlateWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "plaka 34 DA 1234", Want: "34 DA 1234"},
			{Text: "araç plakası 06 EN 456", Want: "06 EN 456"},
			{Text: "plaka 34 da 1234", Want: ""},
			{Text: "FERMÉ DU 03 AU 05/04/2025", Want: ""},
		},
	},
	{
		// The same typed in lower case, where the letters are also a
		// word of one of the chat languages ("34 da 1234", "06 a 123"):
		// only a word for the plate itself makes them a plate, not
		// "araç" (a vehicle, a tool).
		Name:           "tr_license_plate_lower_word",
		Type:           "TR_LICENSE_PLATE",
		Pattern:        trPlatePattern,
		Score:          0.4,
		Validate:       validTRPlateLowerWord,
		Keywords:       trPlateLowerWords,
		Context:        trPlateLowerWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "plaka 34 da 1234", Want: "34 da 1234"},
			{Text: "plakamız 06 a 1234", Want: "06 a 1234"},
			{Text: "aracımın plakası 35 de 789", Want: "35 de 789"},
			{Text: "plaka 34 DA 1234", Want: ""},
			{Text: "plaka 34 abc 123", Want: ""},
			{Text: "saat 10 da 30 dakika", Want: ""},
			{Text: "araç 12 de 15 arası teslim", Want: ""},
			{Text: "plaka 06 a 123", Want: ""},
			{Text: "plaka değişimi saat 10 da 30 dakika sürdü", Want: ""},
			{Text: "number plate fitting takes 10 to 15 minutes", Want: ""},
		},
	},
}

// deKfzContext are the words that name a German number plate.
var deKfzContext = []string{"kennzeichen", "kfz-kennzeichen", "wunschkennzeichen", "autokennzeichen", "nummernschild", "fahrzeug", "auto", "pkw", "license plate", "number plate", "plate"}

// deFirmCarWords name a firm's or a rental's car, whose plate names no
// keeper: "Firmenfahrzeug", "Spedition", "GmbH", "Mietwagen",
// "Leihwagen", "Taxi".
var deFirmCarWords = []string{"firmenfahrzeug", "firmenwagen", "spedition", "gmbh", "mietwagen", "leihwagen", "mietfahrzeug",
	"ersatzwagen", "taxi", "rental", "hire car"}

// deKfzStopwords are short English and German words that stand between a
// word and a number in ordinary sentences ("is at 10", "ist am 12").
var deKfzStopwords = map[string]bool{
	"A": true, "I": true, "AN": true, "AM": true, "AS": true, "AT": true, "BE": true, "BY": true,
	"DO": true, "GO": true, "HE": true, "IF": true, "IN": true, "IS": true, "IT": true, "ME": true,
	"MY": true, "NO": true, "OF": true, "ON": true, "OR": true, "SO": true, "TO": true, "UP": true,
	"US": true, "WE": true, "ALL": true, "AND": true, "ARE": true, "BUT": true, "CAN": true,
	"FOR": true, "GET": true, "GOT": true, "HAS": true, "HER": true, "HIM": true, "HIS": true,
	"HOW": true, "ITS": true, "NOT": true, "NOW": true, "OUR": true, "OUT": true, "SEE": true,
	"SHE": true, "THE": true, "WAS": true, "WHO": true, "WHY": true, "YOU": true, "PM": true,
	"DER": true, "DIE": true, "DAS": true, "DEN": true, "DEM": true, "UND": true, "IST": true,
	"UM": true, "BIS": true, "MIT": true, "VON": true, "ZU": true, "ZUM": true, "ZUR": true,
	"ICH": true, "SIE": true, "ES": true, "ER": true, "WIR": true, "IHR": true, "EIN": true,
	"IM": true, "NUR": true, "JA": true, "NE": true, "AUF": true, "AUS": true, "VOR": true,
	"NR": true, "CA": true, "ST": true, "TEL": true,
}

// validDEKfzText accepts a plate written in capitals, as printed, and
// rejects one in lower or mixed case whose district or identifier letters
// are a common short word (several words, such as "in" for Ingolstadt, are
// also district codes; in capitals they are accepted).
func validDEKfzText(match string) bool {
	if strings.ToUpper(match) == match {
		return true
	}
	f := strings.FieldsFunc(strings.ToUpper(match), func(r rune) bool { return r == ' ' || r == '-' })
	return len(f) == 3 && !deKfzStopwords[f[0]] && !deKfzStopwords[f[1]]
}

// itStopwords are two-letter words that precede a seven-digit number in
// ordinary sentences ("my number is 5551234") and so cannot start an
// Italian identity card number written with a space.
var itStopwords = map[string]bool{
	"IS": true, "AT": true, "ON": true, "IN": true, "TO": true, "OF": true, "OR": true, "BY": true,
	"NO": true, "MY": true, "ME": true, "WE": true, "US": true, "IT": true, "AN": true, "AS": true,
	"BE": true, "DO": true, "GO": true, "HE": true, "HI": true, "IF": true, "SO": true, "UP": true,
	"AM": true, "PM": true, "ID": true, "OK": true, "NR": true, "TX": true, "PH": true, "MR": true,
	"MS": true, "DR": true, "ST": true, "IL": true, "LA": true, "LE": true, "DI": true, "DA": true,
	"UN": true, "HO": true, "MI": true, "TI": true, "CI": true, "SI": true, "SE": true, "MA": true,
	"NE": true, "LO": true, "AL": true, "SU": true, "TU": true, "IO": true, "ES": true, "EL": true,
	"EN": true, "DE": true, "EU": true, "OU": true, "IM": true, "ER": true,
}

// validITIdentityCard rejects an identity-card candidate written with a
// space after a common two-letter word, which is a sentence, not a card.
func validITIdentityCard(match string) bool {
	if i := strings.IndexByte(match, ' '); i == 2 {
		return !itStopwords[strings.ToUpper(match[:2])]
	}
	return true
}

// trStopwords are short English, German and unit words that appear between
// two numbers in ordinary text and so are not plate letters.
var trStopwords = map[string]bool{
	"AND": true, "THE": true, "FOR": true, "TO": true, "OF": true, "OR": true, "BY": true, "IN": true,
	"ON": true, "AT": true, "IS": true, "VS": true, "MIN": true, "SEC": true, "HR": true, "HRS": true,
	"KG": true, "LB": true, "LBS": true, "CM": true, "MM": true, "KM": true, "MI": true, "MB": true,
	"GB": true, "TB": true, "KB": true, "PCS": true, "H": true, "AM": true,
	"PM": true, "UND": true, "BIS": true, "UM": true, "ET": true, "DE": true,
	"DAY": true, "NEW": true, "OUT": true, "PER": true,
}

// trJoinWords are the words of the other chat languages that join two
// numbers: "du 03 au 05", "del 3 al 5", "van 10 tot 16", "dal 12 al 15",
// "12 x 80". In capitals they are a plate's letters as often ("34 DA
// 1234", "06 EN 456"): after a plate's word, tr_license_plate_word takes
// them.
var trJoinWords = map[string]bool{
	"AU": true, "AL": true, "DAL": true, "DEL": true, "DU": true, "TOT": true, "VAN": true,
	"EN": true, "OU": true, "AO": true, "VON": true, "ZU": true, "EL": true, "LE": true,
	"LA": true, "IL": true, "DA": true, "DI": true, "OP": true, "OM": true, "MET": true,
	"PAR": true, "SUR": true, "CON": true, "POR": true, "COM": true, "NA": true, "NO": true,
	"EM": true, "X": true, "EUR": true, "USD": true, "GBP": true, "CHF": true,
	"ILE": true, "VE": true, // Turkish: "10 ile 15 gün", "10 ve 15"
}

// ukSortCodeWords name a British bank's sort code.
var ukSortCodeWords = []string{"sort code", "sortcode", "sort-code"}

// iePPSNWords name Ireland's Personal Public Service number.
// luNationalIDWords name Luxembourg's national identification number,
// in the languages its residents and cross-border workers write.
var luNationalIDWords = []string{"matricule", "numéro de matricule", "matricule national", "numéro d'identification",
	"identifikationsnummer", "matrikelnummer", "sozialversicherungsnummer", "número de matrícula", "numero de matricula",
	"cns", "luxembourg id", "national identification number"}

// ptCitizenCardWords name Portugal's citizen card and its number.
var ptCitizenCardWords = []string{"cartão de cidadão", "cartao de cidadao", "cartão do cidadão", "cc", "número do cc",
	"n.º do cc", "documento de identificação", "citizen card"}

// validLUNationalID checks Luxembourg's national identification number:
// thirteen digits, a date of birth first, then a Luhn check digit and a
// Verhoeff check digit, each over the first eleven.
func validLUNationalID(m string) bool {
	d := digitsOf(m, 13)
	if d == "" || !validDate(num(d[:4]), num(d[4:6]), num(d[6:8])) {
		return false
	}
	return luhn(d[:12]) && verhoeff(d[:11]+d[12:13])
}

// validPTNISS checks Portugal's social security number (see pt_niss).
func validPTNISS(m string) bool {
	if len(m) != 11 || !allDigits(m) {
		return false
	}
	sum := 0
	for i, w := range [10]int{29, 23, 19, 17, 13, 11, 7, 5, 3, 2} {
		sum += int(m[i]-'0') * w
	}
	return int(m[10]-'0') == 9-sum%10
}

// validPTCivilNumber checks Portugal's civil identification number
// with its check digit (see pt_civil_number): "17254039 9".
func validPTCivilNumber(m string) bool {
	d := strings.ReplaceAll(m, " ", "")
	if len(d) != 9 || !allDigits(d) {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(d[i]-'0') * (9 - i)
	}
	// A check of 10 is written 0.
	return sum%11 == 0 || d[8] == '0' && (sum+10)%11 == 0
}

// validPTCitizenCard checks the document number of Portugal's citizen
// card: twelve characters once spaces are gone, the first nine the civil
// number and its own check digit (validPTCivilNumber), and from the left
// every character at an even place doubled (less nine above nine),
// letters counting 10 to 35; the sum ends in 0.
func validPTCitizenCard(m string) bool {
	c := strings.ToUpper(strings.ReplaceAll(m, " ", ""))
	if len(c) != 12 || !validPTCivilNumber(c[:9]) || !isDigit(c[11]) {
		return false
	}
	sum := 0
	for i := 0; i < 12; i++ {
		if !isDigit(c[i]) && !isUpperByte(c[i]) {
			return false
		}
		v := icaoValue(c[i]) // digits themselves, A 10 to Z 35
		if i%2 == 0 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}

// dePassportWords name a German passport.
var dePassportWords = []string{"reisepass", "reisepasses", "reisepassnummer", "reisepassnr", "passnummer", "pass-nr", "passnr"}

// eircodeWords name an Irish postcode, the Eircode.
var eircodeWords = []string{"eircode", "eir code", "eircodes"}

// TypeIEEircode is an Irish postcode, the Eircode, which names one
// dwelling.
const TypeIEEircode = "IE_EIRCODE"

// validEircode reports whether m, spaced or glued, is an Eircode in
// capitals or in lower case (see eircode).
func validEircode(m string) bool {
	w := strings.ReplaceAll(m, " ", "")
	if len(w) != 7 {
		return false
	}
	return eircode(w[:3], w[3:], false) || eircode(w[:3], w[3:], true)
}

// ukUPNWords and ukULNWords name a pupil's and a learner's number in
// England's schools and colleges.
var (
	ukUPNWords = []string{"upn", "unique pupil number", "pupil number"}
	ukULNWords = []string{"uln", "unique learner number", "learner number"}
)

var iePPSNWords = []string{"pps", "ppsn", "pps number", "pps no", "personal public service", "rsi number", "rsi no"}

// chAHVWords name Switzerland's AHV/AVS number.
var chAHVWords = []string{"ahv", "ahv-nr", "ahv-nummer", "ahvn13", "avs", "no avs", "numéro avs", "numero avs", "sozialversicherungsnummer", "svn", "swiss social security", "social security number"}

// beNationalIDWords name Belgium's national register number.
var ptNISSWords = []string{"niss", "segurança social", "seguranca social", "número de segurança social", "numero de seguranca social", "nº segurança social", "nº de segurança social"}

var beNationalIDWords = []string{"rijksregisternummer", "rijksregister", "registre national", "numéro national", "numero national", "niss", "insz", "national number", "national register number", "belgian id", "identificatienummer"}

// trLowerWords are short words of the chat languages, in capitals, that
// stand between two numbers in a sentence typed in lower case ("12 not
// 21", "10 but 12", "3 was 4"); validTRPlateText reads them as words only
// when they are typed in lower case.
var trLowerWords = map[string]bool{
	"NOT": true, "BUT": true, "WAS": true, "ARE": true, "YOU": true, "ALL": true, "ANY": true, "CAN": true,
	"HAS": true, "HAD": true, "ITS": true, "OUR": true, "WHO": true, "HOW": true, "ONE": true, "TWO": true,
	"NOR": true, "YET": true, "VIA": true, "AGO": true, "OFF": true, "GOT": true, "NOW": true, "WAY": true,
	"DER": true, "DIE": true, "DAS": true, "MIT": true, "LES": true, "DES": true, "UNE": true, "QUE": true,
	"PAS": true, "LOS": true, "LAS": true, "UNA": true, "CHE": true, "NON": true, "HET": true, "EEN": true,
	"NAO": true, "MAS": true, "AUF": true, "ZUM": true, "ZUR": true, // "ab 22:30 auf 17 °C"
}

// validTRPlateText is validTRLicensePlate plus a stop list of short words
// that appear between two numbers in ordinary sentences ("10 to 20").
func validTRPlateText(match string) bool {
	if !validTRLicensePlate(match) {
		return false
	}
	c := compact(match)
	// "21D61" written without spaces is a build ("iOS 17.3.1 (21D61)"):
	// a plate that short is written "21 D 61".
	if len(c) == len(match) && len(c) < 6 {
		return false
	}
	// "02aa1966", "44cb53": glued in lower case, letters and digits are
	// a hexadecimal id; a plate so glued is written in capitals.
	if len(c) == len(match) && strings.ContainsFunc(match, unicode.IsLower) {
		return false
	}
	i := 2
	for i < len(c) && c[i] >= 'A' && c[i] <= 'Z' {
		i++
	}
	// "15 mei 2025", "3 MAI 2024": a month name between two numbers
	// dates something.
	// A, E, O, U and Y are words of the chat languages that join two
	// numbers ("de 3 a 5", "3 e 5", "3 o 4", "3 y 4"); written in lower
	// case they are these words, not the one letter of a plate ("06 A
	// 123").
	if i == 3 && strings.IndexByte("AEOUY", c[2]) >= 0 && strings.ContainsAny(match, "aeouy") || trStopwords[c[2:i]] || trJoinWords[c[2:i]] {
		return false
	}
	// "at number 12 not 21": in lower case, letters that spell a word
	// of the chat languages are that word (capitals keep "34 NOT 21").
	if trLowerWords[c[2:i]] && strings.ContainsFunc(match, unicode.IsLower) {
		return false
	}
	// "July 20th 2001": an ordinal day glued to its suffix, then a year.
	if i == 4 && match[2] != ' ' {
		switch c[2:4] {
		case "ST", "ND", "RD", "TH":
			return false
		}
	}
	var low [16]byte
	_, month := monthNames[string(lowerASCII(low[:0], c[2:i]))]
	return !month
}

// trPlateWords name a Turkish number plate, with the possessive forms
// of "plaka" ("plakamız", our plate), also typed without the Turkish
// letters ("plakasi", "arac"). Not "plakam" nor "plakan" (my, your
// plate): a keyword of six letters that starts with "pl" has the shape of
// "please", which the keyword scan would then hash in every text for a
// plate that the plain rule finds anyway.
var trPlateWords = []string{"plaka", "plakası", "plakasi", "plakamız", "plakamiz", "plakanız", "plakaniz",
	"plaka numarası", "plaka numarasi", "plaka no", "araç", "arac", "license plate", "number plate"}

// trPlateLowerWords are the Turkish trPlateWords that name the plate
// itself: the English ones stand before English words, which no Turkish
// plate's letters spell ("the license plate light costs 15 to 20").
var trPlateLowerWords = []string{"plaka", "plakası", "plakasi", "plakamız", "plakamiz", "plakanız", "plakaniz",
	"plaka numarası", "plaka numarasi", "plaka no"}

// trPlatePattern is the shape of a Turkish number plate. Not after "/" or
// "-": "exp 12/28 cvv 123" is an expiry date; not after "." or ",":
// "$1,234.56 due 12/15" is the cents of an amount.
const trPlatePattern = `(?i)(?:^|[^\w+#$€£/\-.,])(?P<v>(?:0[1-9]|[1-7]\d|8[01]) ?[A-Z]{1,3} ?\d{2,4})\b`

// validTRPlateWord accepts the plates whose letters, written in capitals,
// spell a short word that validTRPlateText turns down ("plaka 34 DA 1234",
// "araç plakası 06 EN 456"); the rule that calls it needs a plate's word.
func validTRPlateWord(match string) bool {
	if !validTRLicensePlate(match) || strings.ContainsFunc(match, unicode.IsLower) {
		return false
	}
	c := compact(match)
	i := 2
	for i < len(c) && c[i] >= 'A' && c[i] <= 'Z' {
		i++
	}
	return trStopwords[c[2:i]] || trJoinWords[c[2:i]]
}

// validTRPlateLowerWord accepts the plates typed in lower case whose
// letters spell a short Turkish word that validTRPlateText turns down
// ("plaka 34 da 1234", "plakamız 34 en 456", "16 on 2024"), or are a
// vowel ("plakası 06 a 1234"); the rule that calls it needs a Turkish
// word for the plate. Their number has the digits a plate of that many
// letters has (four after one letter, three or four after two), which
// the numbers of a time or a range seldom have ("saat 10 da 30").
func validTRPlateLowerWord(match string) bool {
	if !validTRLicensePlate(match) || strings.ContainsFunc(match, unicode.IsUpper) {
		return false
	}
	c := compact(match)
	i := 2
	for i < len(c) && c[i] >= 'A' && c[i] <= 'Z' {
		i++
	}
	digits := len(c) - i
	switch c[2:i] {
	case "A", "E", "O", "U":
		return digits == 4
	case "DA", "DE", "EN", "AL", "EL", "IL", "ON", "NO":
		return digits >= 3
	}
	return false
}

// ukPostcodeWords say a UK postcode is near; ukPostcodeDecoyWords, a code
// of its shape that is not one: a six-character booking code (PNR) or
// product code can have the shape of a postcode without its space.
var (
	ukPostcodeWords       = []string{"postcode", "post code", "postal code", "address", "live at", "deliver to"}
	ukPostcodeLowerWords  = []string{"postcode", "post code", "postal code"}
	deIDCardContext       = []string{"personalausweis", "ausweis", "ausweisnummer", "personalausweisnummer", "id card", "identity card", "perso", "perso-nr", "ausweis-nr", "id-karte"}
	atSocialSecurityWords = []string{"sozialversicherungsnummer", "svnr", "sv-nummer", "sv-nr", "versicherungsnummer", "e-card", "ecard"}
	frTaxIDWords          = []string{"numéro fiscal", "numero fiscal", "numéro d'identification fiscale", "spi", "n° fiscal", "identifiant fiscal"}
	beIDCardWords         = []string{"carte d'identité", "carte d'identite", "identiteitskaart", "id-kaart", "eid", "eid-kaart", "kaartnummer", "numéro de la carte", "numéro de carte d'identité",
		// Session 73: the Dutch compounds of the card's number ("Mijn
		// identiteitskaartnummer is ...", "eID-nummer").
		"identiteitskaartnummer", "id-kaartnummer", "eid-nummer", "eid-kaartnummer"}
	// beIDCardContext adds to the card's words those of its validity: a
	// number of the card's shape that passes its check and is said to
	// expire is the card's ("Klant: 592-..., vervalt in 2029", "valable
	// jusqu'au 03/2031"). The old Belgian bank account's number, of the
	// same shape and check, has no date of expiry.
	beIDCardContext       = slices.Concat(beIDCardWords, []string{"vervalt", "verloopt", "geldig tot", "vervaldatum", "valable jusqu'au", "expire le", "date d'expiration"})
	nlIDDocumentWords     = []string{"id-kaart", "identiteitskaart", "documentnummer", "id kaart"}
	esSocialSecurityWords = []string{"seguridad social", "número de la seguridad social", "numero de la seguridad social", "número de seguridad social", "seg social", "nss", "naf", "número de afiliación", "numero de afiliacion", "afiliación", "afiliacion", "nuss"}
	deFuehrerscheinWords  = []string{"führerschein", "fuehrerschein", "führerscheinnummer", "führerschein-nr", "führerscheinnr", "führerschein nr", "fahrerlaubnis", "fahrerlaubnisnummer", "führerscheinkarte", "driving licence", "driver license", "driver's license"}
	noFodselsnummerWords  = []string{"fødselsnummer", "fodselsnummer", "fødselsnummeret", "fodselsnummeret", "fødselsnr", "fnr", "f.nr", "personnummer", "d-nummer", "norwegian id", "national identity number"}
	dkCPRWords            = []string{"cpr", "cpr-nummer", "cprnummer", "cpr-nr", "cpr nr", "danish id"}
	plNIPWords            = []string{"nip", "numer nip", "nr nip", "nip-u", "tax id", "numer identyfikacji podatkowej"}
	// The words of a Polish and a Finnish driving licence (prawo jazdy,
	// ajokortti) in their cases.
	plDrivingLicenceWords = []string{"prawo jazdy", "prawa jazdy", "prawem jazdy", "nr prawa jazdy", "numer prawa jazdy"}
	fiDrivingLicenceWords = []string{"ajokortti", "ajokortin", "ajokorttini", "ajokorttinumero", "ajokorttinumeroni"}
	plIDCardWords         = []string{"dowód", "dowodu", "dowod", "dowód osobisty", "dowodu osobistego", "nr dowodu", "numer dowodu", "seria i numer", "polish id", "id card", "identity card"}
	ukPostcodeDecoyWords  = []string{"booking", "pnr", "flight", "reference", "ref", "confirmation",
		"sku", "model", "serial", "promo", "promo code", "voucher", "coupon", "version"}
	// nordicDrivingLicenceWords name a Danish (kørekort) and a Norwegian
	// (førerkort) driving licence and its number.
	nordicDrivingLicenceWords = []string{"kørekort", "kørekortnummer", "kørekortnummeret", "kørekortnr", "kørekortet", "førerkort", "førerkortnummer", "førerkortnummeret", "førerkortnr", "førerkortet"}
)

// ukPostcodePattern is the shape of a UK postcode in capitals; lower-cased
// it is the shape uk_postcode_lower looks for.
const ukPostcodePattern = `\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|\d\d|[A-HK-Y]\d[ABEHMNPRVWXY]?|[A-HK-Y]\d\d) ?\d[ABD-HJLNP-UW-Z]{2})\b`

// fiDrivingLicenceDigits reports whether a Finnish driving licence's
// number, maybe in groups, holds six to twelve digits: "ajokortti 12 kk"
// counts months.
func fiDrivingLicenceDigits(m string) bool {
	d := 0
	for i := 0; i < len(m); i++ {
		if isDigitByte(m[i]) {
			d++
		}
	}
	return d >= 6 && d <= 12
}
