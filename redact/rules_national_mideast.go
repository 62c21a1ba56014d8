package redact

// rulesNationalMideast covers the United Arab Emirates, Saudi Arabia,
// Kuwait, Qatar, Oman, Israel, Egypt, Morocco, Iran and Afghanistan. Turkey's number
// is in rulesNationalEurope.
var rulesNationalMideast = []Rule{
	{
		// The Emirates ID as printed on the card: 784 (the country's
		// code), the holder's year of birth, seven digits and a Luhn
		// check digit over the fifteen: "784-1987-4521983-6". Grouped so,
		// the shape is the card's own.
		Name:            "ae_emirates_id",
		Type:            "AE_EMIRATES_ID",
		Pattern:         numStart + `(?P<v>784-\d{4}-\d{7}-\d|784 \d{4} \d{7} \d)\b`,
		Score:           0.7,
		Validate:        validAEEmiratesID,
		Context:         []string{"emirates id", "eid", "emirates", "identity card", "id card", "id number", "uae id"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "EID 784-1987-4521983-6, name Khalid", Want: "784-1987-4521983-6"},
			{Text: "my father's Emirates ID 784 1979 3310582 3, his name", Want: "784 1979 3310582 3"},
			{Text: "EID 784-1987-4521983-7", Want: ""},
			{Text: "EID 784-1887-4521983-6", Want: ""},
		},
	},
	{
		// The same fifteen digits written without groups: only after the
		// card's words, as an IMEI has fifteen with a Luhn check too.
		Name:           "ae_emirates_id_digits",
		Type:           "AE_EMIRATES_ID",
		Pattern:        numStart + `(?P<v>784\d{12})\b`,
		Score:          0.5,
		Validate:       validAEEmiratesID,
		Keywords:       []string{"emirates id", "eid", "emirates id number", "uae id"},
		Context:        []string{"emirates id", "eid", "emirates id number", "uae id"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Emirates ID 784199206381479, I uploaded the new one yesterday", Want: "784199206381479"},
			{Text: "EID: 784199052601814", Want: "784199052601814"},
			{Text: "IMEI 784199206381479", Want: ""},
			{Text: "Emirates ID 784199206381478", Want: ""},
		},
	},
	{
		// Qatar's ID (QID): eleven digits, the century's digit (2 or 3),
		// the year of birth, the country's code and a serial, after its
		// words ("my QID is 28935604471"). It has no check digit.
		Name:           "qa_qid",
		Type:           "QA_QID",
		Pattern:        numStart + `(?P<v>[23]\d{10})\b`,
		Score:          0.6,
		Keywords:       qaQIDWords,
		Context:        qaQIDWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "hello, my QID is 28935604471 and my number +974 5512 7843 got barred", Want: "28935604471"},
			{Text: "Qatar ID: 29163401822", Want: "29163401822"},
			{Text: "QID 1289356044", Want: ""},
			{Text: "order 28935604471", Want: ""},
		},
	},
	{
		// Oman's civil number, seven to nine digits after its words
		// ("الرقم المدني 10847723", "civil no. 10847723"), right after
		// them. Kuwait's has twelve digits (kw_civil_id).
		Name:     "om_civil_number",
		Type:     "OM_CIVIL_NUMBER",
		Pattern:  `(?:(?i:\bcivil[ \t]+(?:id|no\.?|number)(?:[ \t]+is)?)|الرقم المدني|رقمي المدني)[ \t]*:?[ \t]*(?P<v>\d{7,9})\b`,
		Score:    0.6,
		Keywords: kwCivilIDWords,
		Examples: []Example{
			{Text: "حسابي عليه تجميد. الرقم المدني 10847723 ورقم الهاتف 99116042", Want: "10847723"},
			{Text: "my civil no is 10847723, branch Ruwi", Want: "10847723"},
			{Text: "civil no 123456", Want: ""},
			{Text: "رقمي المدني 295050535426 ورقم الطلب 55120873 ، متى", Want: ""},
		},
	},
	{
		// A plate of the Emirates: the emirate's name, the code (a
		// letter or two, or a number of one or two digits) and one to
		// five digits, after a plate's word ("plate Dubai O 45821",
		// "plate Abu Dhabi 5 12347").
		Name:           "ae_plate",
		Type:           "AE_VEHICLE_REGISTRATION",
		Pattern:        `\b(?P<v>(?:Dubai|Abu Dhabi|Sharjah|Ajman|Umm Al Quwain|Ras Al Khaimah|RAK|Fujairah)[ \t]+(?:[A-Z]{1,2}|\d{1,2})[ \t]+\d{1,5})\b`,
		Score:          0.6,
		Keywords:       aePlateWords,
		Context:        aePlateWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "got an RTA fine AED 600 ticket 3012874419 for plate Dubai O 45821 but i was not in sharjah", Want: "Dubai O 45821"},
			{Text: "24 black points. TC 784199357 . plate Abu Dhabi 5 12347", Want: "Abu Dhabi 5 12347"},
			{Text: "flights to Dubai 2 3000 fils", Want: ""},
			{Text: "plate number for my car in Dubai Marina 12", Want: ""},
		},
	},
	{
		// Saudi Arabia's national id (first digit 1) and the resident's
		// iqama (2): ten digits with a Luhn check digit, after their
		// words.
		Name:    "sa_national_id",
		Type:    "SA_NATIONAL_ID",
		Pattern: numStart + `(?P<v>[12]\d{9})\b`,
		// Ten digits read as a phone's too: a phone's word after them
		// ("iqama no. 2411709385, mobile ...") must not outweigh the
		// id's before them.
		Score:          0.6,
		Validate:       validLuhnDigits,
		Keywords:       saIDWords,
		Context:        saIDWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "My iqama no. 2411709385, mobile +966-53-771-2094", Want: "2411709385"},
			{Text: "iqama no. 2411709385, mobile", Want: "2411709385"},
			{Text: "National ID 1087345219\nCity Riyadh", Want: "1087345219"},
			{Text: "iqama 2411709386", Want: ""},
			{Text: "invoice 2411709385", Want: ""},
		},
	},
	{
		// Kuwait's civil id: twelve digits, the century (2 for the 1900s,
		// 3 for the 2000s), the date of birth, a serial and a check digit
		// (11 less the sum weighted 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, mod
		// 11), after its words.
		Name:           "kw_civil_id",
		Type:           "KW_CIVIL_ID",
		Pattern:        numStart + `(?P<v>[23]\d{11})\b`,
		Score:          0.6,
		Validate:       validKWCivilID,
		Keywords:       kwCivilIDWords,
		Context:        kwCivilIDWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Block 4, Salmiya. Civil ID 292070977439. Name Dalal", Want: "292070977439"},
			{Text: "my civil no is 288020122596", Want: "288020122596"},
			{Text: "Civil ID 292070977438", Want: ""},
			{Text: "Civil ID 292130977439", Want: ""},
			{Text: "order 292070977439", Want: ""},
		},
	},
	{
		// Israel's identity number (teudat zehut): nine digits, leading
		// zeros kept, with a Luhn check digit, after its words.
		Name:           "il_id_number",
		Type:           "IL_ID_NUMBER",
		Pattern:        numStart + `(?P<v>\d{8,9})\b`,
		Score:          0.5,
		Validate:       validLuhnDigits,
		Keywords:       ilIDWords,
		Context:        ilIDWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "my teudat zehut is 039485123 and the phone", Want: "039485123"},
			{Text: "Shira Avraham\nT.Z. 312746084\nHaifa", Want: "312746084"},
			{Text: "teudat zehut 039485124", Want: ""},
			// Session 60: "tz", and a number whose leading zero the
			// writer dropped.
			{Text: "tz 329858104 / dob 02.02.2002", Want: "329858104"},
			{Text: "my teudat zehut is 11157161 (the system wants 9 digits)", Want: "11157161"},
			{Text: "ticket 039485123", Want: ""},
		},
	},
	{
		// Egypt's national id: fourteen digits, the century (2 for the
		// 1900s, 3 for the 2000s), the date of birth, the governorate of
		// birth (88 abroad), a serial and a check digit whose rule is not
		// published: the date and the governorate are checked, after the
		// number's words.
		Name:           "eg_national_id",
		Type:           "EG_NATIONAL_ID",
		Pattern:        numStart + `(?P<v>[23]\d{13})\b`,
		Score:          0.5,
		Validate:       validEGNationalID,
		Keywords:       egIDWords,
		Context:        egIDWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "national ID 29003180123456, name Mahmoud", Want: "29003180123456"},
			{Text: "el raqam el qawmi 28711220205648, I've been customer 5 years", Want: "28711220205648"},
			{Text: "national ID 29013180123456", Want: ""},
			{Text: "national ID 29003180993456", Want: ""},
		},
	},
	{
		// Morocco's national identity card (CIN, CNIE): one or two
		// capitals of the issuing region and five or six digits ("BE784512",
		// "JK29384"), after its word. No check digit.
		Name:           "ma_cin",
		Type:           "MA_CIN",
		Pattern:        `(?:\A|[^\w])(?P<v>[A-Z]{1,2}\d{5,6})\b`,
		Score:          0.6,
		Keywords:       maCINWords,
		Context:        maCINWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "mon identifiant c'est y.benjelloun88 et ma CIN BE784512. vous", Want: "BE784512"},
			{Text: "cin dyali JK29384", Want: "JK29384"},
			{Text: "CIN be784512", Want: ""},
			{Text: "CIN BE7845", Want: ""},
		},
	},
	{
		// Tunisia's national identity card (CIN): eight digits after its
		// word ("CIN 09847162", "CIN: 06281947", session 67). No check
		// digit; the word decides, as a phone's eight digits share the
		// shape.
		Name:           "tn_cin",
		Type:           "TN_CIN",
		Pattern:        numStart + `(?P<v>\d{8})\b`,
		Score:          0.6,
		Keywords:       tnCINWords,
		Context:        tnCINWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "aslema, numro 98 214 637 w CIN 09847162, ism Mohamed Ali Trabelsi", Want: "09847162"},
			{Text: "Nom: Sami Bouazizi | CIN: 06281947 | Tél: +216 20 614 382", Want: "06281947"},
			{Text: "CIN 0984716", Want: ""},
			{Text: "CIN 098471620", Want: ""},
		},
	},
	{
		// Iran's national code (کد ملی, code melli): ten digits, the last
		// a check (the nine weighted 10 down to 2 modulo 11: below 2
		// itself, else 11 less it), after its word.
		Name:            "ir_national_id",
		Type:            "IR_NATIONAL_ID",
		Pattern:         numStart + `(?P<v>\d{10}|\d{3}-\d{6}-\d)\b`,
		Score:           0.7,
		Validate:        validIRNationalID,
		Keywords:        irIDWords,
		Context:         irIDWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "my name is registered wrong, esme Zahra Gholizadeh sabte. code melli 2247457282 ... please fix", Want: "2247457282"},
			{Text: "same address. Name Kaveh Soltani, code melli 0067492908", Want: "0067492908"},
			{Text: "کد ملی: 0058976051 / شماره همراه", Want: "0058976051"},
			{Text: "code melli 2247457283", Want: ""},
			{Text: "code melli 1111111111", Want: ""},
		},
	},
	{
		// Afghanistan's identity document (tazkira): the electronic
		// one's year, four digits and five ("1400-0102-88541"), or the
		// paper one's number of five to eight digits, after its word.
		Name:            "af_tazkira",
		Type:            "AF_TAZKIRA",
		Pattern:         numStart + `(?P<v>\d{4}-\d{4}-\d{5}|\d{5,8})\b`,
		Score:           0.6,
		Keywords:        afTazkiraWords,
		Context:         afTazkiraWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Agent: Mr. Sultani, your tazkira number 1400-0102-88541 does not match", Want: "1400-0102-88541"},
			{Text: "son of Ghulam Sakhi, holder of tazkira no. 3871295, requests", Want: "3871295"},
			{Text: "tazkira 1234", Want: ""},
			{Text: "order 1400-0102-88541", Want: ""},
		},
	},
}

// The words of Saudi Arabia's and Egypt's national numbers, in English,
// Arabic and Arabic typed in Latin letters: "رقم الهوية" (the identity's
// number), "رقم الإقامة" (the residence permit's), "الرقم القومي" (the
// national number, also written with a final "ى").
var (
	saIDWords = []string{"iqama", "iqama no", "iqama number", "muqeem", "absher", "hawiya", "saudi id", "national id", "national id number", "national id no",
		"رقم الهوية", "الهوية", "هويتي", "رقم الإقامة", "رقم الاقامة", "الإقامة", "الاقامة", "اقامتي"}
	maCINWords = []string{"cin", "cnie", "carte nationale", "carte d'identité nationale", "البطاقة الوطنية", "رقم البطاقة الوطنية"}
	egIDWords  = []string{"national id", "national id number", "national id no", "raqam qawmi", "el raqam el qawmi", "egyptian id", "الرقم القومي", "الرقم القومى", "رقمي القومي",
		// Session 60: "el raqam el qawmy bta3i ...", "NID 28512030280756".
		"raqam qawmy", "el raqam el qawmy", "qawmi", "qawmy", "nid"}
	ilIDWords = []string{"teudat zehut", "zehut", "t.z", "israeli id", "mispar zehut", "ת.ז", "תעודת זהות", "tz", "הת.ז",
		// Session 68: with the gershayim's own sign ("ת״ז 205874316";
		// typed as an ASCII quote, the keywords' words split there),
		// "the identity card", "identity number".
		"ת״ז", "תעודת הזהות", "מספר זהות",
		// Session 71: a licensed or an exempt dealer's number ("מס' עוסק
		// מורשה 285516464"), a sole trader's, which is the owner's
		// identity number with the same check.
		"עוסק מורשה", "עוסק פטור"}
	irIDWords = []string{"code melli", "code meli", "kode melli", "kod melli", "codemelli", "national code", "iranian national code", "کد ملی", "کدملی", "شماره ملی", "کد ملّی",
		// Session 71: "my national code" with the possessive glued, and
		// the object's marker after it ("کدملیم 0012345679 هست", "کد
		// ملیمو میزنم").
		"کد ملیم", "کدملیم", "کد ملیمو", "کدملیمو"}
	afTazkiraWords = []string{"tazkira", "tazkera", "tazkirah", "e-tazkira", "tazkira no", "tazkira number", "تذکره", "تذکرہ", "نمبر تذکره"}
	qaQIDWords     = []string{"qid", "qatar id", "qatari id", "qid no", "qid number", "البطاقة الشخصية", "الرقم الشخصي"}
	aePlateWords   = []string{"plate", "plate no", "plate number", "number plate", "car plate", "رقم اللوحة", "اللوحة"}
	kwCivilIDWords = []string{"civil id", "civil id no", "civil id number", "civil no", "civil number", "kuwaiti id", "الرقم المدني", "البطاقة المدنية", "رقمي المدني"}
)

// validIRNationalID checks an Iranian national code: ten digits, not
// all the same, the last the check of the nine weighted 10 down to 2
// (the sum modulo 11 when below 2, else 11 less it).
func validIRNationalID(match string) bool {
	d := digitsOf(match, 10)
	if d == "" || sameDigits(d) {
		return false
	}
	r := weightedSum(d, []int{10, 9, 8, 7, 6, 5, 4, 3, 2}) % 11
	if r >= 2 {
		r = 11 - r
	}
	return r == int(d[9]-'0')
}

// tnCINWords name Tunisia's identity card (tn_cin).
var tnCINWords = []string{"cin", "carte d'identité", "carte d'identite", "بطاقة التعريف"}
