package redact

// rulesNationalSouth covers the national identifiers that customers in
// Ghana, Nigeria, Pakistan, Bangladesh, Sri Lanka, Malaysia, the
// Philippines, Indonesia and Vietnam give support: those printed in a
// shape of their own are read alone, the others after their word.
var rulesNationalSouth = []Rule{
	{
		// Ghana Card's personal id number: "GHA-", nine digits and a
		// check digit.
		Name:    "gh_card",
		Type:    "GH_CARD",
		Pattern: `\b(?P<v>GHA-\d{9}-\d)\b`,
		Score:   0.9,
		Examples: []Example{{Text: "Ghana Card: GHA-710878988-6", Want: "GHA-710878988-6"}, {Text: "my ghana card no is GHA-001234567-3 pls", Want: "GHA-001234567-3"},
			{Text: "GHA-71087898-6", Want: ""}, {Text: "XGHA-710878988-6", Want: ""}},
	},
	{
		// Nigeria's bank verification number: eleven digits, issued from
		// 22, after its word.
		Name:           "ng_bvn",
		Type:           "NG_BVN",
		Pattern:        numStart + `(?P<v>22\d{9})\b`,
		Score:          0.6,
		Keywords:       []string{"bvn", "bank verification number"},
		Context:        []string{"bvn", "bank verification number"},
		RequireContext: true,
		Examples: []Example{
			{Text: "BVN: 22535999862", Want: "22535999862"},
			{Text: "my bvn is 22319847560 is it", Want: "22319847560"},
			{Text: "BVN: 12535999862", Want: ""},
			{Text: "order 22535999862", Want: ""},
		},
	},
	{
		// Nigeria's national identification number right after its word
		// when it fails the Verhoeff check ng_nin asks (rules_national_
		// africa.go): customers mistype it, and forms and writers invent
		// it, as our blind sets' writers did; after "NIN" it is one
		// still.
		Name:           "ng_nin_stated",
		Type:           "NG_NIN",
		Pattern:        numStart + `(?P<v>\d{11})\b`,
		Score:          0.45,
		Keywords:       ngNINWords,
		Context:        ngNINWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Name: Ekaette Bassey, NIN: 71934850261, Phone: +234 813 552 0974", Want: "71934850261"},
			{Text: "my national identification number na 48291736054", Want: "48291736054"},
			{Text: "NIN 7193485026", Want: ""},
			{Text: "order 71934850261", Want: ""},
		},
	},
	{
		// Uganda's national identification number: C, M or F, and twelve
		// letters and digits ("CM92034103PKLA"), after "NIN" or the card's
		// name.
		Name:           "ug_nin",
		Type:           "UG_NIN",
		Pattern:        `\b(?P<v>C[MF][0-9A-Z]{12})\b`,
		Score:          0.5,
		Keywords:       []string{"nin", "national id", "ndaga muntu", "nira"},
		Context:        []string{"nin", "national id", "ndaga muntu", "nira"},
		RequireContext: true,
		Examples: []Example{
			{Text: "My NIN is CM92034103PKLA and my names are Okello", Want: "CM92034103PKLA"},
			{Text: "national ID: CF88012345XYZW", Want: "CF88012345XYZW"},
			{Text: "NIN CM9203410", Want: ""},
			{Text: "part CM92034103PKLA", Want: ""},
		},
	},
	{
		// Pakistan's computerised national identity card: 5, 7 and 1
		// digits, the shape alone.
		Name:            "pk_cnic",
		Type:            "PK_CNIC",
		Pattern:         numStart + `(?P<v>\d{5}-\d{7}-\d)\b`,
		Score:           0.7,
		Context:         []string{"cnic", "nic", "nadra", "id card"},
		NegativeContext: idDecoyWords,
		Examples: []Example{
			{Text: "JazzCash account block ho gaya hai. CNIC 35202-4517892-3, account no 0321 4478120", Want: "35202-4517892-3"},
			{Text: "my cnic no. 42101-1234567-1", Want: "42101-1234567-1"},
			{Text: "ref 3520-24517892-3", Want: ""},
			{Text: "tracking 42101-1234567-12", Want: ""},
		},
	},
	{
		// Bangladesh's national id: 10, 13 or 17 digits after "NID".
		Name:           "bd_nid",
		Type:           "BD_NID",
		Pattern:        numStart + `(?P<v>\d{10}|\d{13}|\d{17})\b`,
		Score:          0.5,
		Keywords:       []string{"nid", "national id", "smart card"},
		Context:        []string{"nid", "national id", "smart card"},
		RequireContext: true,
		Examples: []Example{
			{Text: "I lost my GP sim, want replacement. NID 4612378951, DOB 1990-04-17", Want: "4612378951"},
			{Text: "amar old NID 17 digit 19902693412345678, smart card ekhono pai nai", Want: "19902693412345678"},
			{Text: "NID 46123789", Want: ""},
			{Text: "NID 461237895123", Want: ""},
		},
	},
	{
		// Sri Lanka's national identity card, old form: the year, the
		// day of the year (plus 500 for a woman), a serial and V or X.
		Name:     "lk_nic",
		Type:     "LK_NIC",
		Pattern:  numStart + `(?P<v>\d{9}[VvXx])\b`,
		Score:    0.6,
		Validate: validLKNIC,
		Context:  []string{"nic", "national identity card", "id"},
		Examples: []Example{
			{Text: "Hi Dialog, my NIC is 912349346V. I want to transfer the connection", Want: "912349346V"},
			{Text: "NIC: 856421234V", Want: "856421234V"},
			{Text: "part 919999346V", Want: ""},
			{Text: "code 850001234V", Want: ""},
		},
	},
	{
		// Nepal's citizenship certificate number: the district's code,
		// two groups and a serial, after its word in English,
		// romanised Nepali or Devanagari (session 69: "citizenship no
		// 12-01-70-04567", "नागरिकता प्रमाणपत्र नं. २७-०१-७२-०५४३२",
		// whose digits are read folded).
		Name:           "np_citizenship",
		Type:           "NP_CITIZENSHIP_NUMBER",
		Pattern:        numStart + `(?P<v>\d{2,3}-\d{2}-\d{2}-\d{4,6})\b`,
		Score:          0.7,
		Keywords:       npCitizenshipWords,
		Context:        npCitizenshipWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "hajur mero naam Bikash Thapa ho, citizenship no 12-01-70-04567, PAN 105482391", Want: "12-01-70-04567"},
			{Text: "मेरो नागरिकता प्रमाणपत्र नं. 27-01-72-05432 हो", Want: "27-01-72-05432"},
			{Text: "ref no 12-01-70-04567", Want: ""},
			{Text: "citizenship no 12-01-70", Want: ""},
		},
	},
	{
		// Nepal's permanent account number (PAN): nine digits after
		// "PAN" or "स्थायी लेखा नम्बर" (India's PAN has letters).
		Name:           "np_pan",
		Type:           "NP_PAN",
		Pattern:        numStart + `(?P<v>\d{9})\b`,
		Score:          0.6,
		Keywords:       npPANWords,
		Context:        npPANWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "citizenship no 12-01-70-04567, PAN 105482391. Ncell ko sim", Want: "105482391"},
			{Text: "मेरो स्थायी लेखा नम्बर 124551783 हो। बिल नं. 081-456", Want: "124551783"},
			{Text: "order 105482391", Want: ""},
			{Text: "PAN 10548239", Want: ""},
		},
	},
	{
		// The new form: twelve digits, the year in full, after "NIC".
		Name:           "lk_nic_new",
		Type:           "LK_NIC",
		Pattern:        numStart + `(?P<v>(?:19|20)\d{10})\b`,
		Score:          0.6,
		Validate:       func(m string) bool { return len(m) == 12 && validLKNIC(m[2:11]+"V") },
		Keywords:       lkNICWords,
		Context:        lkNICWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "new NIC 199523404008. Mobitel app not accepting it", Want: "199523404008"},
			// Session 69: the identity card's words in Sinhala and Tamil.
			{Text: "අංකය 0774 210 336. හැඳුනුම්පත් අංකය 200056051260. නම", Want: "200056051260"},
			{Text: "அடையாள அட்டை இல. 199869944100, பிறந்த திகதி 17.07.1998", Want: "199869944100"},
			{Text: "my nic 200012301234", Want: "200012301234"},
			{Text: "new NIC 199599904008", Want: ""},
			{Text: "nic 200099901234", Want: ""},
		},
	},
	{
		// Malaysia's identity card (MyKad): the date of birth, the place
		// and a serial, as the card prints it.
		Name:     "my_nric",
		Type:     "MY_NRIC",
		Pattern:  numStart + `(?P<v>\d{6}-\d{2}-\d{4})\b`,
		Score:    0.7,
		Validate: validMYNRIC,
		Context:  []string{"mykad", "ic", "nric", "kad pengenalan", "no kp"},
		Examples: []Example{
			{Text: "Saya Kavitha a/p Subramaniam, IC 950818-07-5412. Tak boleh login", Want: "950818-07-5412"},
			{Text: "MyKad 920314-10-5522, nama Nur Aisyah", Want: "920314-10-5522"},
			{Text: "ticket 951318-07-5412", Want: ""},
			{Text: "ref 950818-07-54123", Want: ""},
		},
	},
	{
		// The Philippines' social security number: 2, 7 and 1 digits
		// after "SSS".
		Name:           "ph_sss",
		Type:           "PH_SSS",
		Pattern:        numStart + `(?P<v>\d{2}-\d{7}-\d)\b`,
		Score:          0.6,
		Keywords:       []string{"sss"},
		Context:        []string{"sss"},
		RequireContext: true,
		Examples: []Example{
			{Text: "SIM registration error po. SSS 34-1851810-7. Ano po ba mali?", Want: "34-1851810-7"},
			{Text: "my SSS no is 33-1234567-8", Want: "33-1234567-8"},
			{Text: "ref 34-1851810-7", Want: ""},
			{Text: "SSS 3-1234567-8", Want: ""},
		},
	},
	{
		// The Philippines' national id (PhilSys): sixteen digits after
		// its word.
		Name:           "ph_philsys",
		Type:           "PH_PHILSYS",
		Pattern:        numStart + `(?P<v>\d{4}-\d{4}-\d{4}-\d{4}|\d{16})\b`,
		Score:          0.6,
		Keywords:       []string{"philsys", "philid", "psn"},
		Context:        []string{"philsys", "philid", "psn"},
		RequireContext: true,
		Examples: []Example{
			{Text: "PhilSys card number 4827-6647-6260-1715", Want: "4827-6647-6260-1715"},
			{Text: "PSN 4827664762601715 po", Want: "4827664762601715"},
			{Text: "card number 4827-6647-6260-1715", Want: ""},
			{Text: "PhilSys 1234-5678-9012", Want: ""},
		},
	},
	{
		// Indonesia's population number (NIK) and family card (KK):
		// sixteen digits, the date of birth inside (the day plus 40 for
		// a woman), after their word.
		Name:           "id_nik",
		Type:           "ID_NIK",
		Pattern:        numStart + `(?P<v>\d{16})\b`,
		Score:          0.6,
		Validate:       validIDNIK,
		Keywords:       []string{"nik", "ktp", "kk", "kartu keluarga"},
		Context:        []string{"nik", "ktp", "kk", "kartu keluarga"},
		RequireContext: true,
		Examples: []Example{
			{Text: "tgl lahir 17-08-1993, NIK 5104021708930002. tolong verifikasi", Want: "5104021708930002"},
			{Text: "Registrasi kartu gagal terus kak. NIK 3174054508920003", Want: "3174054508920003"},
			{Text: "NIK 5104023508930002", Want: ""},
			{Text: "NIK 510402170893000", Want: ""},
		},
	},
	{
		// Indonesia's tax number (NPWP): two digits of the taxpayer's
		// kind, six of a serial, a check digit (Luhn over the nine), the
		// tax office's three and the branch's three, written
		// "09.254.294.3-407.000" or bare, after its word.
		Name:           "id_npwp",
		Type:           "ID_NPWP",
		Pattern:        numStart + `(?P<v>\d{2}\.?\d{3}\.?\d{3}\.?\d-?\d{3}\.?\d{3})\b`,
		Score:          0.6,
		Validate:       validIDNPWP,
		Keywords:       []string{"npwp"},
		Context:        []string{"npwp"},
		RequireContext: true,
		Examples: []Example{
			{Text: "npwp saya 09.254.294.3-407.000 tolong dicantumkan di faktur", Want: "09.254.294.3-407.000"},
			{Text: "NPWP: 013121660091000", Want: "013121660091000"},
			{Text: "npwp saya 09.254.294.4-407.000", Want: ""},
			{Text: "NPWP: 013121661091000", Want: ""},
		},
	},
	{
		// Vietnam's citizen identity card (CCCD): the province, the
		// century and sex, the year, a serial: twelve digits after its
		// word.
		Name:           "vn_cccd",
		Type:           "VN_CCCD",
		Pattern:        numStart + `(?P<v>0\d{11})\b`,
		Score:          0.6,
		Validate:       validVNCCCD,
		Keywords:       []string{"cccd", "căn cước", "can cuoc", "cmnd"},
		Context:        []string{"cccd", "căn cước", "can cuoc", "cmnd"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Viettel sim registration: CCCD 001093738969, ngày sinh 12/05/1993", Want: "001093738969"},
			{Text: "số CCCD: 079201001234", Want: "079201001234"},
			{Text: "CCCD 099093738969", Want: ""},
			{Text: "CCCD 79201001234", Want: ""},
		},
	},
}

// validVNCCCD reports whether the CCCD m, twelve digits, opens with a
// province's code, 001 to 096.
func validVNCCCD(m string) bool {
	return len(m) == 12 && allDigits(m[:3]) && num(m[:3]) >= 1 && num(m[:3]) <= 96
}

// validLKNIC reports whether m, nine digits and a letter, holds a day of
// the year (1 to 366, plus 500 for a woman) after the year.
func validLKNIC(m string) bool {
	if len(m) != 10 || !allDigits(m[2:5]) {
		return false
	}
	d := num(m[2:5])
	return d >= 1 && d <= 366 || d >= 501 && d <= 866
}

// validMYNRIC reports whether m opens with a date YYMMDD.
func validMYNRIC(m string) bool {
	return len(m) >= 6 && allDigits(m[:6]) && validDate(0, num(m[2:4]), num(m[4:6]))
}

// validIDNIK reports whether the NIK m holds a date of birth DDMMYY at
// its seventh digit, the day plus 40 for a woman.
func validIDNIK(m string) bool {
	if len(m) != 16 || !allDigits(m[6:10]) {
		return false
	}
	d := num(m[6:8])
	if d > 40 {
		d -= 40
	}
	return validDate(0, num(m[8:10]), d)
}

// validIDNPWP checks an Indonesian tax number (NPWP): fifteen digits, the
// ninth a Luhn check over the first nine, the serial not all zeros.
func validIDNPWP(m string) bool {
	d := digitsOf(m, 15)
	return d != "" && d[2:8] != "000000" && luhn(d[:9])
}

// lkNICWords name Sri Lanka's identity card: "NIC", and its words in
// Sinhala and Tamil (session 69).
var lkNICWords = []string{"nic", "හැඳුනුම්පත්", "ජාතික හැඳුනුම්පත", "அடையாள அட்டை", "தேசிய அடையாள அட்டை"}

// npCitizenshipWords and npPANWords name Nepal's citizenship certificate
// and permanent account numbers.
var (
	npCitizenshipWords = []string{"citizenship", "citizenship no", "citizenship number", "nagarikta", "नागरिकता"}
	npPANWords         = []string{"pan", "pan no", "स्थायी लेखा नम्बर"}
)
