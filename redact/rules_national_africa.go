package redact

// rulesNationalAfrica covers South Africa, Nigeria and the Maghreb.
var rulesNationalAfrica = []Rule{
	{
		// A bank account's RIB in Morocco (24 digits: the bank, the
		// town, the account and a key), Tunisia and Algeria (20 digits,
		// Algérie Poste's RIP too), after its word: the whole number is
		// divisible by 97 (the key is 97 less the rest's hundredfold
		// modulo 97). Session 67: "RIB dyali f CIH: 2306 ...", "compte
		// CPA 0040...", "le RIB de versement : 1020...".
		Name:           "maghreb_rib",
		Type:           TypeBankAccount,
		Pattern:        numStart + `(?P<v>\d{24}|\d{20}|\d{3} \d{3} \d{16} \d{2})\b`,
		Score:          0.7,
		Validate:       validMaghrebRIB,
		Keywords:       maghrebRIBWords,
		Context:        maghrebRIBWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "salam 3likom, ana Fatima Zahra Ouazzani, RIB dyali f CIH: 230640417291621100020554 , bghit", Want: "230640417291621100020554"},
			{Text: "merci de mettre à jour le RIB de versement : 10205031476512088404 (STB). Lotfi", Want: "10205031476512088404"},
			{Text: "ana Karim Belkacem, compte CPA 00400231040057218393, la carte CIB", Want: "00400231040057218393"},
			{Text: "RIB : 007 780 0002841900037615 30", Want: "007 780 0002841900037615 30"},
			{Text: "RIB dyali 230640417291621100020555", Want: ""},
			{Text: "commande 10205031476512088404 livrée", Want: ""},
		},
	},
	{
		Name: "za_id_number",
		Type: "ZA_ID_NUMBER",
		// Thirteen digits, or as the green book and forms group them:
		// the date of birth, the sequence and the checks ("940709 3300
		// 083").
		Pattern:         numStart + `(?P<v>\d{13}|\d{6} \d{4} \d{3})\b`,
		Score:           0.7,
		Validate:        validZAID,
		Context:         []string{"south african id", "rsa id", "id number", "identity number", "id", "permanent resident", "refugee"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "My South African ID is 9202201234088.", Want: "9202201234088"},
			{Text: "RSA ID: 0002294321191", Want: "0002294321191"},
			{Text: "RSA ID 8001015009086", Want: ""},
			{Text: "RSA ID 9902294321191", Want: ""},
			{Text: "ID 940709 3300 083, Naledi Dlamini", Want: "940709 3300 083"},
		},
	},
	{
		// South Africa's income tax reference number (SARS): ten digits
		// from 0, 1, 2, 3 or 9, the last a modulus-10 (Luhn) check,
		// after its word. Alone the shape is a phone's or an order's.
		Name:           "za_tax_number",
		Type:           "ZA_TAX_NUMBER",
		Pattern:        numStart + `(?P<v>[0-39]\d{9})\b`,
		Score:          0.6,
		Validate:       validLuhnDigits,
		Keywords:       zaTaxWords,
		Context:        zaTaxWords,
		RequireContext: true,
		Standalone:     true,
		Examples: []Example{
			{Text: "for the annuity note my tax number 0381526474 please", Want: "0381526474"},
			{Text: "SARS income tax no: 9012345675", Want: "9012345675"},
			{Text: "tax number 0381526475", Want: ""},
			{Text: "tax number 5381526473", Want: ""},
		},
	},
	{
		// Nigeria's taxpayer identification number as FIRS issues it:
		// eight digits, a hyphen and four ("20394857-0001"), after its
		// word.
		Name:           "ng_tin",
		Type:           "NG_TIN",
		Pattern:        numStart + `(?P<v>\d{8}-\d{4})\b`,
		Score:          0.6,
		Keywords:       ngTINWords,
		Context:        ngTINWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "please include my personal TIN 31827465-0001 on the invoice", Want: "31827465-0001"},
			{Text: "FIRS tax identification number: 18273645-0002", Want: "18273645-0002"},
			{Text: "order 31827465-0001 shipped", Want: ""},
			{Text: "TIN 318274650-001", Want: ""},
		},
	},
	{
		// Nigeria's national identification number: eleven digits with a
		// Verhoeff check digit, after its word; one that fails the check
		// right after the word is ng_nin_stated's (rules_national_south.go).
		Name:           "ng_nin",
		Type:           "NG_NIN",
		Pattern:        numStart + `(?P<v>\d{11})\b`,
		Score:          0.5,
		Validate:       validNGNIN,
		Keywords:       ngNINWords,
		Context:        ngNINWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "my NIN is 12345678902", Want: "12345678902"},
			{Text: "NIMC slip 23456789019", Want: "23456789019"},
			{Text: "my NIN is 12345678901", Want: ""},
			{Text: "order 12345678902", Want: ""},
		},
	},
	{
		Name:    "ng_vehicle_registration",
		Type:    "NG_VEHICLE_REGISTRATION",
		Pattern: `\b` + ngPlatePattern + `\b`,
		Score:   0.4,
		Context: []string{"plate", "plate number", "number plate", "vehicle", "registration", "car"},
		Examples: []Example{
			{Text: "The plate number is ABJ-123XY for this vehicle", Want: "ABJ-123XY"},
			{Text: "car KJA 999PZ", Want: "KJA 999PZ"},
			{Text: "they towed my car EKY 318 BC from the junction", Want: "EKY 318 BC"},
			{Text: "plate AB-1234CD", Want: ""},
			{Text: "the download was 100MB", Want: ""},
		},
	},
	{
		// Gauteng's plates: two letters, two digits, two letters and the
		// province's GP ("BX 47 KM GP"), near a vehicle's word.
		Name:           "za_gauteng_plate",
		Type:           TypeVehicleRegistration,
		Pattern:        `\b(?P<v>[A-Z]{2} ?\d{2} ?[A-Z]{2} ?GP)\b`,
		Score:          0.6,
		Keywords:       zaPlateWords,
		Context:        zaPlateWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "My car BX 47 KM GP was clamped at the mall", Want: "BX 47 KM GP"},
			{Text: "toll bill for vehicle DF12RT GP", Want: "DF12RT GP"},
			{Text: "ref BX 47 KM GP", Want: ""},
			{Text: "my car BX 47 KM WC", Want: ""},
		},
	},
	{
		Name:    "ng_vehicle_registration_lower",
		Type:    "NG_VEHICLE_REGISTRATION",
		Pattern: `(?i)\b[A-Z]{3}-\d{3}[A-Z]{2}\b`,
		Score:   0.4,
		Context: []string{"plate", "plate number", "number plate", "vehicle", "registration", "car"},
		Examples: []Example{
			{Text: "plate app-456cv", Want: "app-456cv"},
			{Text: "plates: kja-999pz", Want: "kja-999pz"},
			{Text: "it was 100ms slower", Want: ""},
			{Text: "plate abcd-123ef", Want: ""},
		},
	},
}

// ngPlatePattern is the shape of a Nigerian plate in capitals: three
// letters, three digits and two letters, a hyphen or a space after the
// first three ("APP-456CV") and a space before the last two too ("LND
// 429 XA", as owners type it). plateAfter leaves it to this file's rule.
const ngPlatePattern = `[A-Z]{3}[- ]?\d{3} ?[A-Z]{2}`

// ngNINWords name Nigeria's NIN, for both of its rules (ng_nin, checked,
// and ng_nin_stated, right after the word).
var ngNINWords = []string{"nin", "nimc", "national identification", "national identification number", "national identity number"}

// maghrebRIBWords name a bank account in French, Darija and Arabic
// (maghreb_rib).
var maghrebRIBWords = []string{"rib", "rip", "compte", "ccp", "حساب", "الحساب", "حسابي"}

// zaTaxWords are the words of South Africa's income tax reference
// number: its names in English and the revenue service's (SARS).
var zaTaxWords = []string{"tax number", "tax no", "tax reference number", "tax ref", "income tax number", "income tax no", "sars"}

// ngTINWords are the words of Nigeria's taxpayer identification number:
// its abbreviation, its name and the revenue service's (FIRS).
var ngTINWords = []string{"tin", "tax identification number", "taxpayer identification number", "firs"}

// zaPlateWords are the words near a South African plate: a vehicle's,
// its licence disc's and the tolls' and fines' that quote it.
var zaPlateWords = []string{"car", "vehicle", "plate", "number plate", "registration", "reg", "bakkie", "toll", "e-toll", "clamped", "licence disc"}
