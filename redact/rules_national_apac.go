package redact

import "slices"

// rulesNationalAsiaPacific covers India, Korea, Singapore, Australia,
// New Zealand, Thailand and the Philippines.
var rulesNationalAsiaPacific = []Rule{
	{
		// China's resident identity card: the region of six digits, the
		// date of birth as YYYYMMDD, a serial of three and an ISO 7064
		// MOD 11-2 check character (a digit or X), after the card's
		// words.
		Name:           "cn_resident_id",
		Type:           "CN_RESIDENT_ID",
		Pattern:        numStart + `(?P<v>\d{17}[\dXx])\b`,
		Score:          0.5,
		Validate:       validCNResidentID,
		Keywords:       cnIDWords,
		Context:        cnIDWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "My mother's Chinese ID card number is 11010519620309284X, born 1962-03-09", Want: "11010519620309284X"},
			{Text: "身份证 440306198812012836", Want: "440306198812012836"},
			{Text: "ID card 440306198812012837", Want: ""},
			{Text: "ID number 440306198813012836", Want: ""},
			// Session 60: a bare "ID".
			{Text: "For the KYC form: ID 110108197908306733, address Unit 502", Want: "110108197908306733"},
			{Text: "order 110108197908306733", Want: ""},
		},
	},
	// ---- New Zealand ----
	{
		// A bank account as New Zealand writes it: the bank (01 to 38),
		// the branch, the account and its suffix, parted by hyphens
		// ("12-3140-0271746-00", "02-0908-0461608-000"). The shape is
		// the country's own; the checksum depends on the bank and is
		// not tested.
		Name:     "nz_bank_account",
		Type:     TypeBankAccount,
		Pattern:  numStart + `(?P<v>[0-3]\d-\d{4}-\d{7}-\d{2,3})\b`,
		Score:    0.6,
		Validate: validNZBankNumber,
		Examples: []Example{
			{Text: "can you pay the bond refund into 12-3140-0271746-00 please", Want: "12-3140-0271746-00"},
			{Text: "Please refund to 02-0908-0461608-000 (BNZ)", Want: "02-0908-0461608-000"},
			{Text: "ticket 99-1234-1234567-00", Want: ""},
			{Text: "part 12-3140-02717460-00", Want: ""},
		},
	},
	// ---- India ----
	{
		Name:            "in_aadhaar",
		Type:            "IN_AADHAAR",
		Pattern:         numStart + `(?P<v>[2-9]\d{3}[ :-]?\d{4}[ :-]?\d{4}(?:[ :-]\d{1,4})?)\b`,
		Standalone:      true,
		Score:           0.6,
		AloneScore:      underThreshold(0.6),
		Validate:        validINAadhaar,
		Context:         []string{"aadhaar", "aadhar", "adhaar", "uidai", "uid", "आधार"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "gift card 0173 4228 8187 1506 balance", Want: ""},
			{Text: "My Aadhaar number is 400123456787 with a lot of text beyond it", Want: "400123456787"},
			{Text: "aadhaar 3123-4567-8909", Want: "3123-4567-8909"},
			{Text: "aadhaar 1234 5678 9012", Want: ""},
			{Text: "aadhaar 3123 4567 8908", Want: ""},
			{Text: "card 3123 4567 8909 1234 declined", Want: ""},
		},
	},
	{
		Name:            "in_pan",
		Type:            "IN_PAN",
		Pattern:         `\b[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]\b`,
		Score:           0.8,
		Context:         []string{"pan", "pan card", "permanent account number", "income tax", "pan number"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "My PAN number is ABBPM4567S with a lot of text beyond it", Want: "ABBPM4567S"},
			{Text: "pan AAAPA1111R", Want: "AAAPA1111R"},
			{Text: "pan ABCD1234", Want: ""},
			{Text: "pan abbpm4567s", Want: ""},
		},
	},
	{
		Name:            "in_pan_medium",
		Type:            "IN_PAN",
		Pattern:         `\b[A-Z]{5}\d{4}[A-Z]\b`,
		Score:           0.5,
		Context:         []string{"pan", "pan card", "permanent account number", "income tax", "pan number"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "pan ABCND1234Z", Want: "ABCND1234Z"},
			{Text: "PAN: ABCPD1234Z", Want: "ABCPD1234Z"},
			{Text: "pan ABCN1234Z", Want: ""},
			{Text: "pan ABCND12345", Want: ""},
		},
	},
	{
		Name:     "in_gstin",
		Type:     "IN_GSTIN",
		Pattern:  `(?i)\b\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]\b`,
		Score:    0.9,
		Validate: validINGSTIN,
		Context:  []string{"gstin", "gst", "gst number", "gst registration", "goods and services tax"},
		Examples: []Example{
			{Text: "GSTIN: 27AAPFU0939F1ZV", Want: "27AAPFU0939F1ZV"},
			{Text: "our gst number is 37abcde1234f1zz", Want: "37abcde1234f1zz"},
			{Text: "GSTIN 27AAPFU0939F1ZW", Want: ""},
			{Text: "GSTIN 38AAPFU0939F1ZV", Want: ""},
		},
	},
	{
		Name:     "in_gstin_shape",
		Type:     "IN_GSTIN",
		Pattern:  `(?i)\b\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]\b`,
		Score:    0.6,
		Validate: validINGSTINShape,
		Context:  []string{"gstin", "gst", "gst number", "gst registration", "goods and services tax"},
		Examples: []Example{
			{Text: "My GSTIN number is 27ABCDE1234F1Z5 for business registration", Want: "27ABCDE1234F1Z5"},
			{Text: "GST registration: 07PQRST6789K1Z2", Want: "07PQRST6789K1Z2"},
			{Text: "GSTIN 38ABCDE1234F1Z5", Want: ""},
			{Text: "GSTIN 27ABCDE1234F1Y5", Want: ""},
		},
	},
	{
		Name:    "in_passport",
		Type:    "IN_PASSPORT",
		Pattern: `\b[A-Z][1-9]\d ?\d{4}[1-9]\b`,
		Score:   0.2,
		Context: []string{"passport", "passport number", "passport no", "indian passport", "पासपोर्ट"},
		Examples: []Example{
			{Text: "passport number: J6932157", Want: "J6932157"},
			{Text: "my passport number is T3569075", Want: "T3569075"},
			{Text: "passport b0097650", Want: ""},
			{Text: "my passport number is T356907", Want: ""},
		},
	},
	// An Indian voter ID (EPIC) is three letters and seven digits with no
	// public check, the shape of many ticket ids (INC1234567). Alone it
	// stays below the default threshold, as in Presidio; a voter word
	// raises it and a ticket or order word lowers it.
	{
		Name:            "in_voter",
		Type:            "IN_VOTER",
		Pattern:         `(?i)\b[A-Z]{3}\d{7}\b`,
		Score:           0.3,
		Context:         []string{"voter", "voter id", "vote", "epic", "election", "electoral", "election commission", "matdata"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "my voter: DBJ2289013", Want: "DBJ2289013"},
			{Text: "You can vote with your CPJ4467918 number", Want: "CPJ4467918"},
			{Text: "ticket INC2644861 is open", Want: ""},
			{Text: "voter zxdf8923q1", Want: ""},
		},
	},
	{
		Name:    "in_vehicle_registration",
		Type:    "IN_VEHICLE_REGISTRATION",
		Pattern: `\b(?:AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB)[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}\b`,
		Score:   0.5,
		Context: []string{"registration", "registration number", "vehicle", "number plate", "rc", "bike", "car"},
		Examples: []Example{
			{Text: "My Bike's registration number is OD02BA2341 with a lot of text beyond", Want: "OD02BA2341"},
			{Text: "car KA 53 ME 3456", Want: "KA 53 ME 3456"},
			{Text: "car ABNE123456", Want: ""},
			{Text: "car ZZ53ME3456", Want: ""},
		},
	},
	{
		// India's driving licence: the state's code, the issuing office
		// (two digits), the year of issue and seven digits ("MH02
		// 20110048213", "DL-0420110149646"), after the licence's word.
		Name:           "in_driving_licence",
		Type:           "IN_DRIVING_LICENCE",
		Pattern:        `\b(?P<v>(?:AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB)[ -]?\d{2}[ -]?(?:19|20)\d{2}[ -]?\d{7})\b`,
		Score:          0.5,
		Keywords:       []string{"dl", "dl no", "dl number", "driving licence", "driving license", "driving licence number", "driving license number", "licence no", "license no"},
		Context:        []string{"dl", "dl no", "dl number", "driving licence", "driving license", "driving licence number", "driving license number", "licence no", "license no"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Sir my DL MH02 20110048213 is renewed, pls update in system.", Want: "MH02 20110048213"},
			{Text: "driving licence no DL-0420110149646", Want: "DL-0420110149646"},
			{Text: "DL ZZ02 20110048213", Want: ""},
			{Text: "DL MH02 18110048213", Want: ""},
		},
	},

	{
		// The Aadhaar Virtual ID, which UIDAI issues in place of the
		// Aadhaar number for e-KYC: sixteen digits, in groups of four
		// as the app shows them, whose last is a Verhoeff check digit
		// as the Aadhaar number's is ("my Aadhaar VID is 9182 7364 0571
		// 8294"). It names its holder as the Aadhaar number does; a
		// card's number has its length, so the word is required.
		Name:           "in_aadhaar_vid",
		Type:           "IN_AADHAAR_VID",
		Pattern:        numStart + `(?P<v>\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})\b`,
		Score:          0.8,
		Validate:       validINAadhaarVID,
		Keywords:       inVIDWords,
		Context:        inVIDWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Sir, my Aadhaar VID is 4926 8153 0072 6618, please do the eKYC with it", Want: "4926 8153 0072 6618"},
			{Text: "virtual id 4926815300726618", Want: "4926815300726618"},
			{Text: "VID 4926 8153 0072 6614", Want: ""},
			{Text: "card 4926 8153 0072 6618", Want: ""},
		},
	},
	{
		// The ABHA number, India's health account (Ayushman Bharat):
		// fourteen digits, written 2-4-4-4 with dashes as the ABHA card
		// prints them ("my ABHA number is 91-5820-3317-4402") or whole,
		// after the ABHA's or the health ID's word.
		Name:           "in_abha_number",
		Type:           "IN_ABHA_NUMBER",
		Pattern:        numStart + `(?P<v>\d{2}-\d{4}-\d{4}-\d{4}|\d{2} \d{4} \d{4} \d{4}|\d{14})\b`,
		Score:          0.8,
		Keywords:       inABHAWords,
		Context:        inABHAWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "my ABHA number is 91-5820-3317-4402 and the hospital needs it", Want: "91-5820-3317-4402"},
			{Text: "health id 91582033174402", Want: "91582033174402"},
			{Text: "order 91-5820-3317-4402", Want: ""},
			{Text: "ABHA number 91-5820-3317-440", Want: ""},
		},
	},
	{
		// The ABHA address, the health account's handle at the National
		// Health Authority's domain ("ABHA address meeraiyer@abdm";
		// "@ndhm" before 2022): it names one person as an e-mail
		// address does, and no other address ends so.
		Name:     "in_abha_address",
		Type:     "IN_ABHA_ADDRESS",
		Pattern:  `\b(?P<v>[a-zA-Z0-9][a-zA-Z0-9._]{2,31}@(?:abdm|ndhm|ABDM|NDHM))\b`,
		Score:    0.85,
		Keywords: []string{"@abdm", "@ndhm"},
		Examples: []Example{
			{Text: "ABHA address meeraiyer@abdm, please link it", Want: "meeraiyer@abdm"},
			{Text: "old one was ravi.k.1988@ndhm", Want: "ravi.k.1988@ndhm"},
			{Text: "write to abdm@example.org", Want: ""},
			{Text: "meeraiyer@abdmx.in", Want: ""},
		},
	},
	{
		// The Universal Account Number of India's Employees' Provident
		// Fund: twelve digits written whole, after "UAN" ("UAN
		// 100872614430 ka KYC pending hai"). Pakistan's firms call
		// their hotline a UAN too ("call our UAN 111-786-232"), whose
		// groups this shape leaves out.
		Name:           "in_uan",
		Type:           "IN_UAN",
		Pattern:        numStart + `(?P<v>\d{12})\b`,
		Score:          0.75,
		Keywords:       inUANWords,
		Context:        inUANWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "UAN 100872614430 ka KYC approve nahi hua", Want: "100872614430"},
			{Text: "my PF UAN is 101394827561", Want: "101394827561"},
			{Text: "call our UAN 111-786-232 for help", Want: ""},
			{Text: "order 100872614430 shipped", Want: ""},
		},
	},
	{
		// A voter ID (EPIC) in the states' older form, the state's
		// code, the assembly constituency, the part of the roll and the
		// serial, parted by slashes ("UP/52/248/318472",
		// "MH/09/045/102938"), after a voter's word.
		Name:           "in_voter_state",
		Type:           "IN_VOTER",
		Pattern:        `\b(?P<v>(?:AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB)/\d{2,3}/\d{2,4}/\d{4,7})\b`,
		Score:          0.75,
		Keywords:       inVoterWords,
		Context:        inVoterWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "voter id MH/09/045/102938 was rejected", Want: "MH/09/045/102938"},
			{Text: "my EPIC is UP/31/118/204517", Want: "UP/31/118/204517"},
			{Text: "voter id ZZ/09/045/102938", Want: ""},
			{Text: "file UP/31/118/204517 closed", Want: ""},
		},
	},
	{
		// A FASTag's tag id, the EPC that NPCI's toll network reads off
		// the windscreen: 24 hexadecimal digits that open with
		// "34161FA820", the network's header ("tag id
		// 34161FA82032D4E10B7C9A18"). It names the vehicle's tag, and so
		// its owner, as a plate does. The header is specific enough to
		// need no context word; the tag's words only gate the rule.
		Name:     "in_fastag_id",
		Type:     "IN_FASTAG_ID",
		Pattern:  `\b(?P<v>34161(?:FA|fa)820[0-9A-Fa-f]{14})\b`,
		Score:    0.8,
		Keywords: []string{"fastag", "tag", "netc"},
		Examples: []Example{
			{Text: "FASTag tag id 34161FA82032D4E10B7C9A18 charged twice", Want: "34161FA82032D4E10B7C9A18"},
			{Text: "tag 34161fa82032d4e10b7c9a18", Want: "34161fa82032d4e10b7c9a18"},
			{Text: "tag id 34161FA82032D4E10B7C9A1", Want: ""},
			{Text: "tag id 44161FA82032D4E10B7C9A18", Want: ""},
		},
	},
	{
		// India's unique porting code (UPC), which the operator sends to
		// move a mobile number to another: two letters and six digits
		// ("the UPC for porting your number is KR604218"). Whoever holds
		// it can take the number, as the UK's PAC (a password's word,
		// see gPassword). A product's UPC is twelve digits.
		Name:           "in_porting_code",
		Type:           "IN_PORTING_CODE",
		Pattern:        `\b(?P<v>[A-Z]{2}\d{6})\b`,
		Score:          0.75,
		Keywords:       inUPCWords,
		Context:        inUPCWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "the UPC for porting your number is KR604218, valid for 4 days", Want: "KR604218"},
			{Text: "porting code DL775301", Want: "DL775301"},
			{Text: "UPC 012345678905 on the box", Want: ""},
			{Text: "invoice KR604218", Want: ""},
		},
	},

	// ---- Korea ----
	{
		Name:            "kr_rrn",
		Type:            "KR_RRN",
		Pattern:         numStart + `(?P<v>\d{6}-?[1-4]\d{6})\b`,
		Score:           0.6,
		Validate:        validKRRRN,
		Context:         []string{"rrn", "resident registration", "resident registration number", "주민등록번호", "주민번호"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "His Korean RRN is 960121-1234567", Want: "960121-1234567"},
			{Text: "주민등록번호 9601211021413", Want: "9601211021413"},
			{Text: "RRN 001332-1234567", Want: ""},
			{Text: "RRN 960121+1021413", Want: ""},
		},
	},
	{
		Name:            "kr_frn",
		Type:            "KR_FRN",
		Pattern:         numStart + `(?P<v>\d{6}-?[5-8]\d{6})\b`,
		Score:           0.6,
		Validate:        validKRFRN,
		Context:         []string{"frn", "foreigner registration", "alien registration", "외국인등록번호", "외국인 등록번호"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "His Korean FRN is 911124-5678901", Want: "911124-5678901"},
			{Text: "외국인등록번호 0509126000012", Want: "0509126000012"},
			{Text: "FRN 960121-1021413", Want: ""},
			{Text: "FRN 001332-5234567", Want: ""},
		},
	},
	{
		Name:            "kr_brn",
		Type:            "KR_BRN",
		Pattern:         numStart + `(?P<v>\d{3}-?\d{2}-?\d{5})\b`,
		Score:           0.5,
		AloneScore:      underThreshold(0.5),
		Validate:        validKRBRN,
		Context:         []string{"brn", "business registration", "business registration number", "사업자등록번호", "사업자번호"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "My BRN is 1048656659", Want: "1048656659"},
			{Text: "사업자등록번호 104-82-13138", Want: "104-82-13138"},
			{Text: "BRN 104-86-56658", Want: ""},
			{Text: "BRN 110-81-4127A", Want: ""},
		},
	},
	{
		Name:            "kr_driver_license",
		Type:            "KR_DRIVER_LICENSE",
		Pattern:         numStart + `(?P<v>\d{2}[- ]?\d{2}[- ]?\d{6}[- ]?\d{2})\b`,
		Standalone:      true,
		Score:           0.4,
		AloneScore:      underThreshold(0.4),
		Validate:        validKRDriverLicense,
		Context:         []string{"driver license", "driver's license", "driving license", "license", "운전면허", "운전면허번호", "면허번호"},
		NegativeContext: krDriverLicenseDecoyWords,
		Examples: []Example{
			{Text: "My license is 13-22-123456-12", Want: "13-22-123456-12"},
			{Text: "운전면허번호 28 22 123456 12", Want: "28 22 123456 12"},
			{Text: "license 99-22-123456-12", Want: ""},
			{Text: "license 111-22-123456-12", Want: ""},
		},
	},
	{
		Name:            "kr_passport",
		Type:            "KR_PASSPORT",
		Pattern:         `(?i)\b[MSRODG]\d{3}[A-Z]\d{4}\b`,
		Score:           0.4,
		Context:         krPassportContext,
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "Korean passport number: M123A4567", Want: "M123A4567"},
			{Text: "여권번호는 M789C1234입니다", Want: "M789C1234"},
			{Text: "passport A123B4567", Want: ""},
			{Text: "passport M123-A4567", Want: ""},
		},
	},
	// The old Korean form, a type letter and eight digits, is also the
	// shape of a US passport number. The Korean type letters (M, S, R, O,
	// D, G) make the narrower pattern, so next to a passport word it
	// outranks the US rule.
	{
		Name:           "kr_passport_old_context",
		Type:           "KR_PASSPORT",
		Pattern:        `(?i)\b[MSRODG]\d{8}\b`,
		Score:          0.45,
		Keywords:       krPassportContext,
		Context:        krPassportContext,
		RequireContext: true,
		Examples: []Example{
			{Text: "My old passport M12345678", Want: "M12345678"},
			{Text: "여권번호 S87654321", Want: "S87654321"},
			{Text: "passport A12345678", Want: ""},
			{Text: "order M12345678", Want: ""},
		},
	},
	{
		Name:            "kr_passport_old",
		Type:            "KR_PASSPORT",
		Pattern:         `(?i)\b[MSRODG]\d{8}\b`,
		Score:           0.2,
		Context:         krPassportContext,
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "My old passport M12345678", Want: "M12345678"},
			{Text: "대한민국 여권 S87654321", Want: "S87654321"},
			{Text: "passport M1234567", Want: ""},
			{Text: "passport M123456789", Want: ""},
		},
	},

	// ---- Singapore ----
	{
		Name:            "sg_nric_fin",
		Type:            "SG_NRIC_FIN",
		Pattern:         `(?i)\b[STFGM]\d{7}[A-Z]\b`,
		Score:           0.8,
		Validate:        validSGNRIC,
		Context:         []string{"nric", "fin", "ic", "identity card", "ic number", "foreign identification"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "NRIC S2740116C was processed", Want: "S2740116C"},
			{Text: "my fin is F2346401L", Want: "F2346401L"},
			{Text: "NRIC PA12348L", Want: ""},
			{Text: "NRIC S2740116", Want: ""},
		},
	},
	{
		Name:            "sg_nric_fin_shape",
		Type:            "SG_NRIC_FIN",
		Pattern:         `(?i)\b[A-Z]\d{7}[A-Z]\b`,
		Score:           0.3,
		Context:         []string{"nric", "fin", "ic", "identity card", "ic number", "foreign identification"},
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "NRIC T1234567Z", Want: "T1234567Z"},
			{Text: "my fin is g3300299L", Want: "g3300299L"},
			{Text: "NRIC PA12348L", Want: ""},
			{Text: "NRIC A12345678Z", Want: ""},
		},
	},
	{
		Name:     "sg_uen",
		Type:     "SG_UEN",
		Pattern:  `(?i)\b(?:\d{8}[A-Z]|\d{9}[A-Z]|[RST]\d{2}[A-Z]{2}\d{4}[A-Z])\b`,
		Score:    0.7,
		Validate: validSGUEN,
		Context:  []string{"uen", "unique entity number", "acra", "business registration", "company registration"},
		Examples: []Example{
			{Text: "UEN 53125226D was processed", Want: "53125226D"},
			{Text: "company 201434292D registered", Want: "201434292D"},
			{Text: "UEN 53125226", Want: ""},
			{Text: "UEN 53125226E", Want: ""},
		},
	},
	{
		// Singapore's vehicle plates: a prefix of two or three letters
		// (S for cars, F for motorcycles, G for goods vehicles, P for
		// buses and hire cars; never I or O), one to four digits and a
		// check letter, spaced or glued ("my car SJB 3384 T", "plate
		// FBP2317R"). The check letter passes one shape in nineteen by
		// chance, and the prefix's first letter and the spacing narrow
		// it further: in all our corpora no other code matched, so a
		// plate is read without its word too ("other party SGX 736 B").
		Name:            "sg_vehicle_registration",
		Type:            "SG_VEHICLE_REGISTRATION",
		Pattern:         `\b(?:[EFGPQSWXY][A-HJ-NP-Z]{1,2}\d{2,4}[A-EGHJ-MPR-UX-Z]|[EFGPQSWXY][A-HJ-NP-Z]{1,2} \d{1,4} [A-EGHJ-MPR-UX-Z])\b`,
		Score:           0.5,
		Validate:        validSGPlate,
		Keywords:        sgPlateWords,
		Context:         sgPlateWords,
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "my car SKV 2048 D kena clamped", Want: "SKV 2048 D"},
			{Text: "driver plate GBC7S never came", Want: ""},
			{Text: "bike FBA12L at the carpark", Want: "FBA12L"},
			{Text: "my car SKV 2048 E kena clamped", Want: ""},
			{Text: "room SIO 2048 D", Want: ""},
		},
	},

	// ---- Australia ----
	{
		Name:            "au_abn",
		Type:            "AU_ABN",
		Pattern:         numStart + `(?P<v>\d{2} ?\d{3} ?\d{3} ?\d{3})\b`,
		Standalone:      true,
		Score:           0.6,
		Validate:        validAUABN,
		Context:         []string{"abn", "australian business number", "business number"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "our ABN is 51 824 753 556", Want: "51 824 753 556"},
			{Text: "ABN: 51824753556", Want: "51824753556"},
			{Text: "ABN 52 824 753 556", Want: ""},
			{Text: "ABN 51 824 753 5564", Want: ""},
		},
	},
	{
		Name:            "au_acn",
		Type:            "AU_ACN",
		Pattern:         numStart + `(?P<v>\d{3} ?\d{3} ?\d{3})\b`,
		Standalone:      true,
		Score:           0.4,
		AloneScore:      underThreshold(0.4),
		Validate:        validAUACN,
		Context:         []string{"acn", "australian company number", "company number"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "ACN 005 499 981", Want: "005 499 981"},
			{Text: "company number 006249976", Want: "006249976"},
			{Text: "ACN 824 753 557", Want: ""},
			{Text: "ACN 123 456\n789", Want: ""},
		},
	},
	{
		Name:            "au_tfn",
		Type:            "AU_TFN",
		Pattern:         numStart + `(?P<v>\d{3}[ -]?\d{3}[ -]?\d{3})\b`,
		Standalone:      true,
		Score:           0.4,
		AloneScore:      underThreshold(0.4),
		Validate:        validAUTFN,
		Context:         []string{"tfn", "tax file number", "tax file"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "my TFN is 876 543 210", Want: "876 543 210"},
			{Text: "tax file number: 876543210", Want: "876543210"},
			{Text: "TFN 824 753 557", Want: ""},
			{Text: "TFN 876 543 211", Want: ""},
			{Text: "tfn 632-705-586 wait", Want: "632-705-586"},
			{Text: "tfn 632-705 586", Want: ""},
		},
	},
	{
		// New Zealand's IRD number, which Inland Revenue gives every
		// taxpayer: eight or nine digits, written in threes with a
		// hyphen or a space, with a check digit (validNZIRD). Its shape is
		// every short number's, so its word must be there.
		Name:            "nz_ird",
		Type:            "NZ_IRD",
		Pattern:         numStart + `(?P<v>\d{2,3}[ -]?\d{3}[ -]?\d{3})\b`,
		Score:           0.4,
		AloneScore:      underThreshold(0.4),
		Validate:        validNZIRD,
		Context:         []string{"ird", "ird number", "ird no", "irdn", "inland revenue", "ird#"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "my IRD no. is 97-343-039 and my KiwiSaver is with you", Want: "97-343-039"},
			{Text: "Hello, I'm Tama, IRD 144-564-863. Need the receipt", Want: "144-564-863"},
			{Text: "you asked for my IRD, it's 49091850. cheers", Want: "49091850"},
			{Text: "IRD number 136410133", Want: ""},
			{Text: "IRD number 9125568", Want: ""},
			{Text: "order 136410132 shipped", Want: ""},
		},
	},
	{
		// Australia's Individual Healthcare Identifier, which My Health
		// Record and the clinics' software print: sixteen digits in
		// fours from 8003 60. Its shape is a card number's (the Luhn
		// check too), so its word must be there.
		Name:           "au_ihi",
		Type:           "AU_IHI",
		Pattern:        numStart + `(?P<v>8003 ?60\d{2} ?\d{4} ?\d{4})\b`,
		Standalone:     true,
		Score:          0.6,
		Validate:       validAUIHI,
		Keywords:       []string{"ihi", "healthcare identifier", "individual healthcare identifier"},
		Context:        []string{"ihi", "healthcare identifier", "individual healthcare identifier"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Her IHI is 8003 6063 0171 9641 and she lives at Unit 4", Want: "8003 6063 0171 9641"},
			{Text: "individual healthcare identifier: 8003601234567894", Want: "8003601234567894"},
			{Text: "IHI 8003 6063 0171 9642", Want: ""},
			{Text: "card 8003 6063 0171 9641", Want: ""},
		},
	},
	{
		// Centrelink's Customer Reference Number (Services Australia):
		// nine digits, maybe in threes, and a letter, after "CRN" or its
		// words (session 66: "CRN 329638506X", "CRN 375 432 703H"). The
		// letter's check is not published; the word must be there.
		Name:            "au_crn",
		Type:            "AU_CRN",
		Pattern:         numStart + `(?P<v>\d{3} ?\d{3} ?\d{3}[A-Za-z])\b`,
		Score:           0.6,
		Keywords:        []string{"crn", "customer reference number", "centrelink"},
		Context:         []string{"crn", "customer reference number", "centrelink", "services australia"},
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "hi there, I'm Aroha Ngata, CRN 329638506X. Centrelink cut my Youth Allowance", Want: "329638506X"},
			{Text: "Daniel Nguyen, CRN 375 432 703H. I changed banks", Want: "375 432 703H"},
			{Text: "order 329638506X shipped", Want: ""},
			{Text: "CRN 3296385061 on the form", Want: ""},
		},
	},
	{
		Name:            "au_medicare",
		Type:            "AU_MEDICARE",
		Pattern:         numStart + `(?P<v>[2-6]\d{3} ?\d{5} ?\d(?: ?\d)?)\b`,
		Standalone:      true,
		Score:           0.5,
		AloneScore:      underThreshold(0.5),
		Validate:        validAUMedicare,
		Context:         []string{"medicare", "medicare card", "medicare number"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "card 3422 441826 28452 was refused", Want: ""},
			{Text: "Medicare card 2123 45670 1", Want: "2123 45670 1"},
			{Text: "medicare number: 2123456701", Want: "2123456701"},
			{Text: "medicare 2123 25870 1", Want: ""},
			{Text: "medicare 212345670221", Want: ""},
		},
	},

	// ---- Thailand, Philippines ----
	{
		Name:       "th_tnin",
		Type:       "TH_TNIN",
		Pattern:    numStart + `(?P<v>[1-8]\d{12}|[1-8]-\d{4}-\d{5}-\d{2}-\d|[1-8] \d{4} \d{5} \d{2} \d)\b`,
		Score:      0.7,
		AloneScore: underThreshold(0.7),
		Validate:   validTHTNIN,
		// "เลขบัตร" (the card's number) and "ปชช" (its abbreviation) too,
		// as Thai customers type them (session 61).
		Context:         []string{"thai id", "national id", "tnin", "id card", "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "บัตรประชาชน", "เลขบัตร", "ปชช", "บัตร ปชช", "เลขประชาชน"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "My Thai ID is 1234567890121", Want: "1234567890121"},
			{Text: "เลขบัตรประชาชน 1-2345-67890-12-1", Want: "1-2345-67890-12-1"},
			{Text: "khrap my id card 3100900284513 kbank account", Want: "3100900284513"},
			{Text: "Thai ID 1234567890123", Want: ""},
			{Text: "Thai ID 1284567890124", Want: ""},
		},
	},
	{
		// Written with its dashes, the TIN's shape makes "ID" enough of a
		// word for it ("use 000-123-456-000 as your ID").
		Name:           "ph_tin",
		Type:           "PH_TIN",
		Pattern:        numStart + `(?P<v>\d{3}-\d{3}-\d{3}(?:-?\d{3,5})?)\b`,
		Score:          0.5,
		Validate:       validPHTIN,
		Keywords:       []string{"tin", "tax", "bir", "taxpayer", "id"},
		Context:        []string{"tin", "tax id", "tax identification", "taxpayer identification", "taxpayer", "bir", "id"},
		RequireContext: true,
		Examples: []Example{
			{Text: "My TIN is 000-123-456-000", Want: "000-123-456-000"},
			{Text: "Please use 000-123-456-000 as your ID", Want: "000-123-456-000"},
			{Text: "My TIN is 000-123-456000", Want: "000-123-456000"},
			{Text: "Invalid TIN 000-123-457-000", Want: ""},
			{Text: "order 000-123-456-000", Want: ""},
		},
	},
	{
		// Bare digits are any id's: only a word for a tax number names
		// them ("id: 5167612220297" is no TIN).
		Name:           "ph_tin_digits",
		Type:           "PH_TIN",
		Pattern:        numStart + `(?P<v>\d{9}(?:-?\d{3,5})?)\b`,
		Score:          0.5,
		Validate:       validPHTIN,
		Keywords:       []string{"tin", "tax", "bir", "taxpayer"},
		Context:        []string{"tin", "tax id", "tax identification", "taxpayer identification", "taxpayer", "bir"},
		RequireContext: true,
		Examples: []Example{
			{Text: "BIR TIN: 000123456000", Want: "000123456000"},
			{Text: "taxpayer 000123456", Want: "000123456"},
			{Text: "My TIN is 000123456-000", Want: "000123456-000"},
			{Text: "customer id: 000123456000", Want: ""},
			{Text: "order 000123456000", Want: ""},
		},
	},
}

// krPassportContext are the words that name a Korean passport.
var krPassportContext = []string{"passport", "korean passport", "여권", "여권번호"}

// krDriverLicenseDecoyWords adds the MAC word to the number decoys: the
// licence's twelve bare digits are also the shape of a MAC address
// written without separators ("MAC 123456789012"), which has no check
// digit to tell them apart.
var krDriverLicenseDecoyWords = append(slices.Clip(numberDecoyWords), "mac", "bssid")

// validNZBankNumber reports whether m opens with a New Zealand bank's
// number, 01 to 38.
func validNZBankNumber(m string) bool {
	return len(m) >= 2 && allDigits(m[:2]) && num(m[:2]) >= 1 && num(m[:2]) <= 38
}

// cnIDWords name China's resident identity card, in English, Chinese and
// pinyin; a bare "ID" too (session 60: "ID 110108197908306733"), as the
// date and the check character leave few other numbers.
var cnIDWords = []string{"id card", "identity card", "chinese id", "resident id", "id card number", "id number", "身份证", "身份证号", "shenfenzheng", "id", "身份证号码"}

// inVIDWords name the Aadhaar Virtual ID (in_aadhaar_vid).
var inVIDWords = []string{"vid", "virtual id", "aadhaar vid", "aadhar vid", "virtual id number"}

// inABHAWords name India's health account number (in_abha_number): the
// Ayushman Bharat Health Account and its former name, the health ID.
var inABHAWords = []string{"abha", "abha number", "abha no", "abha id", "health id", "health id number", "ayushman bharat health account"}

// inUANWords name the Universal Account Number of India's provident
// fund (in_uan).
var inUANWords = []string{"uan", "uan number", "uan no", "universal account number", "pf uan", "epf uan"}

// inVoterWords name India's voter ID, the Electors Photo Identity Card
// (EPIC), and the electoral roll (in_voter_state).
var inVoterWords = []string{"voter", "voter id", "voter card", "voter id card", "epic", "epic no", "election card", "electoral"}

// inUPCWords name India's unique porting code (in_porting_code), which
// moves a mobile number to another operator.
var inUPCWords = []string{"upc", "upc code", "porting code", "unique porting code", "port code"}

// sgPlateWords are the words near a Singapore plate: the vehicle, its
// parking and its fines. The rule runs only where one stands, so that
// its short shape (five bytes) does not slow every text's scan of the
// rules that need no word.
var sgPlateWords = []string{"car", "plate", "car plate", "vehicle", "bike", "motorcycle", "lorry", "van", "taxi", "driver", "parking", "carpark", "gantry", "erp", "summon", "accident", "other party"}
