package redact

// rulesNationalEastAfrica covers Kenya, Tanzania, Uganda, Rwanda and
// Ethiopia (session 69): the numbers their customers quote to mobile
// money, banks and insurers.
var rulesNationalEastAfrica = []Rule{
	{
		// Kenya's KRA PIN, the taxpayer's number: A (a person) or P (a
		// firm), nine digits and a letter, near its word.
		Name:           "ke_kra_pin",
		Type:           "KE_KRA_PIN",
		Pattern:        `\b(?P<v>[AP]\d{9}[A-Z])\b`,
		Score:          0.7,
		Keywords:       keKRAWords,
		Context:        keKRAWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "name Lilian Auma Okoth, KRA PIN A014726385P", Want: "A014726385P"},
			{Text: "my pin ya KRA ni A009182736Z, iTax imekataa", Want: "A009182736Z"},
			{Text: "part A014726385P is back in stock", Want: ""},
			{Text: "KRA PIN B014726385P", Want: ""},
		},
	},
	{
		// Tanzania's NIDA number: the date of birth (YYYYMMDD), then
		// five, five and two digits, hyphens between them, near its
		// word. (A rule without a word runs on every text: the shape
		// alone would cost every message a pass of its pattern.)
		Name:           "tz_nida",
		Type:           "TZ_NIDA",
		Pattern:        numStart + `(?P<v>(?:19|20)\d{6}-\d{5}-\d{5}-\d{2})\b`,
		Score:          0.7,
		Validate:       validTZNIDA,
		Keywords:       tzNIDAWords,
		Context:        tzNIDAWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Jina: Joyce Lyimo, NIDA 19910823-14112-00007-21, TIN 128-430-917", Want: "19910823-14112-00007-21"},
			{Text: "NIDA yangu ni 19880617-23115-00004-28", Want: "19880617-23115-00004-28"},
			{Text: "kumbukumbu 19881317-23115-00004-28", Want: ""},
			{Text: "ref 19880617-2311-00004-28", Want: ""},
		},
	},
	{
		// Rwanda's national ID as the card prints it, in six groups: 1
		// (a citizen) or 2 or 3, the year of birth, 7 (a woman) or 8
		// (a man), the serial, the card's issue and two check digits.
		Name:           "rw_national_id",
		Type:           "RW_NATIONAL_ID",
		Pattern:        numStart + `(?P<v>[123] (?:19|20)\d\d [78] \d{7} \d \d{2})\b`,
		Score:          0.6,
		Keywords:       rwIDWords,
		Context:        rwIDWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "My ID no. 1 1995 7 0048213 0 57, please reverse.", Want: "1 1995 7 0048213 0 57"},
			{Text: "indangamuntu 1 1988 8 0123456 1 04", Want: "1 1988 8 0123456 1 04"},
			{Text: "1 1995 5 0048213 0 57", Want: ""},
			{Text: "items 1 2024 7 0048213 0 5", Want: ""},
		},
	},
	{
		// The same number written as sixteen digits, after its word.
		Name:           "rw_national_id_digits",
		Type:           "RW_NATIONAL_ID",
		Pattern:        numStart + `(?P<v>[123](?:19|20)\d\d[78]\d{10})\b`,
		Score:          0.6,
		Keywords:       rwIDWords,
		Context:        rwIDWords,
		RequireContext: true,
		Standalone:     true,
		Examples: []Example{
			{Text: "indangamuntu yanjye ni 1199570048213057", Want: "1199570048213057"},
			{Text: "Irembo: national ID 1198880123456104, please", Want: "1198880123456104"},
			{Text: "order 1199570048213057", Want: ""},
			{Text: "indangamuntu 1199550048213057", Want: ""},
		},
	},
	{
		// Ethiopia's Fayda numbers: the FAN of sixteen digits (in fours,
		// as the card prints it) and the FIN of twelve, near Fayda's
		// word.
		Name:           "et_fayda",
		Type:           "ET_FAYDA_NUMBER",
		Pattern:        numStart + `(?P<v>\d{4} \d{4} \d{4} \d{4}|\d{16}|\d{4} \d{4} \d{4}|\d{12})\b`,
		Score:          0.6,
		Keywords:       etFaydaWords,
		Context:        etFaydaWords,
		RequireContext: true,
		Standalone:     true,
		Examples: []Example{
			{Text: "telebirr failed. my Fayda FAN is 4821 7390 5512 6684", Want: "4821 7390 5512 6684"},
			{Text: "I registered with Fayda 5207 1836 4490 2315 but app says KYC incomplete", Want: "5207 1836 4490 2315"},
			{Text: "የፋይዳ ቁጥሬ 6193 2480 7715 3026", Want: "6193 2480 7715 3026"},
			{Text: "Fayda FIN 3145 9820 6671", Want: "3145 9820 6671"},
			{Text: "tracking 4821 7390 5512 6684", Want: ""},
			{Text: "I am a fan of 4821 7390 5512", Want: ""},
		},
	},
	{
		// Kenya's (KDG 219M), Uganda's (UBK 417R) and Rwanda's (RAF 562
		// C) plates, near a vehicle's word: the shape alone is a code
		// as often.
		Name:           "ea_plate",
		Type:           TypeVehicleRegistration,
		Pattern:        `\b(?P<v>K[A-Z]{2} ?\d{3}[A-Z]|U[A-Z]{2} ?\d{3}[A-Z]|R[A-Z]{2} ?\d{3} ?[A-Z])\b`,
		Score:          0.6,
		Keywords:       eaPlateWords,
		Context:        eaPlateWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Hi Jubilee, claim for my car KDG 219M accident on 16th Sept", Want: "KDG 219M"},
			{Text: "DL yangu ni DL-4K8ZP2 na gari ni KCZ 881Q. NTSA inasema", Want: "KCZ 881Q"},
			{Text: "motor policy for UBK 417R, I need a new sticker", Want: "UBK 417R"},
			{Text: "I paid RWF 12,500 for RAF 562 C parking fine", Want: "RAF 562 C"},
			{Text: "my car needs part KDG 219", Want: ""},
			{Text: "order KDG 219M shipped", Want: ""},
		},
	},
}

var (
	keKRAWords   = []string{"kra", "kra pin", "itax", "pin ya kra"}
	tzNIDAWords  = []string{"nida", "kitambulisho", "namba ya nida", "national id"}
	rwIDWords    = []string{"indangamuntu", "national id", "id no", "id number", "nid", "irembo"}
	etFaydaWords = []string{"fayda", "fayda fan", "fayda fin", "የፋይዳ", "ፋይዳ"}
	eaPlateWords = []string{"car", "gari", "motor", "vehicle", "plate", "number plate", "registration", "parking", "imodoka", "ntsa", "logbook"}
)

// validTZNIDA checks the date of birth that opens a Tanzanian NIDA
// number.
func validTZNIDA(match string) bool {
	d := digitsOf(match, 20)
	return d != "" && validDate(num(d[:4]), num(d[4:6]), num(d[6:8]))
}
