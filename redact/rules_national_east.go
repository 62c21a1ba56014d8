package redact

import "strings"

// rulesNationalEast covers Central and Eastern Europe: Czechia and
// Slovakia, Romania, Bulgaria, Croatia, Slovenia, Hungary and Ukraine.
// Poland is in rulesNationalEurope. Each number needs its word near it:
// one number in ten or eleven of its length passes each check.
var rulesNationalEast = []Rule{
	{
		// Albania's personal number (NID): a letter for the decade of
		// birth, eight digits and a check letter, after its words
		// (session 69: "numri personal J35417215Q", "Nr. personal:
		// I61103482O").
		Name:           "al_nid",
		Type:           "AL_NID",
		Pattern:        `\b(?P<v>[A-T]\d{8}[A-W])\b`,
		Score:          0.7,
		Keywords:       alNIDWords,
		Context:        alNIDWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Përshëndetje, jam Elona Hoxha, numri personal J35417215Q.", Want: "J35417215Q"},
			{Text: "Emri: Besnik Shehu | Nr. personal: I61103482O |", Want: "I61103482O"},
			{Text: "porosia J35417215Q u dërgua", Want: ""},
			{Text: "numri personal J3541721Q", Want: ""},
		},
	},
	{
		// An identity card's number in Bulgaria, Serbia and North
		// Macedonia after its words in Cyrillic or Latin (session 69:
		// "лична карта № 645812037", "Broj lične karte: 009871245",
		// "л.к. бр. A2847193").
		Name:           "balkan_id_card",
		Type:           "BALKAN_ID_CARD",
		Pattern:        numStart + `(?P<v>\d{9}|[A-Z]\d{7})\b`,
		Score:          0.6,
		Keywords:       balkanIDCardWords,
		Context:        balkanIDCardWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "ЕГН 7508302271, лична карта № 645812037. Искам да си спра", Want: "645812037"},
			{Text: "JMBG: 0309995805120\nBroj lične karte: 009871245\nAdresa", Want: "009871245"},
			{Text: "ЕМБГ 3004983413788, л.к. бр. A2847193, тел.", Want: "A2847193"},
			{Text: "поръчка 645812037", Want: ""},
			{Text: "лична карта № 64581203", Want: ""},
		},
	},
	{
		// The Czech and Slovak birth number (rodné číslo): YYMMDD, the
		// month plus 50 for women (plus 20 or 70 since 2004), a slash,
		// and three digits before 1954 or four since, the ten a multiple
		// of 11.
		Name:            "cz_sk_birth_number",
		Type:            "CZ_SK_BIRTH_NUMBER",
		Pattern:         numStart + `(?P<v>\d{6}/?\d{3,4})\b`,
		Score:           0.7,
		Validate:        validCZBirthNumber,
		Keywords:        czBirthNumberWords,
		Context:         czBirthNumberWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "rodné číslo: 790503/1233 | číslo účtu", Want: "790503/1233"},
			{Text: "majiteľka účtu Zuzana Kováčová, rodné číslo 915817/4025, mobil", Want: "915817/4025"},
			// The nine leave 10 modulo 11 and the check digit is 0.
			{Text: "RČ 790503/0090", Want: "790503/0090"},
			{Text: "rodné číslo 790503/1234", Want: ""},
			{Text: "rodné číslo 791303/1237", Want: ""},
		},
	},
	{
		// A birth number with its slash in brackets beside the name of
		// the person it belongs to, a family member's given so (session
		// 75: "synovi (011224/0568, Matěj Vlček) je 23"): no word names
		// it, but the bracket that pairs it with a name and its date
		// and check do. A Czech account's "/0800" has no name's bracket.
		Name:     "cz_sk_birth_number_named",
		Type:     "CZ_SK_BIRTH_NUMBER",
		Pattern:  `\((?P<v>\d{6}/\d{3,4}), [A-Z\x{C0}-\x{17F}]`,
		Score:    0.7,
		Validate: validCZBirthNumber,
		Examples: []Example{
			{Text: "dcera (046112/3322, Tereza Malá) nastoupí v září", Want: "046112/3322"},
			{Text: "a manžel (880317/5128, Petr Malý) taky", Want: "880317/5128"},
			{Text: "dcera (046112/3324, Tereza Malá) nastoupí v září", Want: ""},
			{Text: "dcera (046112/3322) nastoupí v září", Want: ""},
		},
	},
	{
		// A Czech person's tax number (DIČ): "CZ" and the birth number
		// without its slash ("DIČ CZ7802114023"), which a self-employed
		// person prints on invoices. A firm's DIČ holds its eight-digit
		// IČO instead and names no one: only the birth number's date and
		// check pass.
		Name:            "cz_personal_dic",
		Type:            "CZ_SK_BIRTH_NUMBER",
		Pattern:         `(?:\A|[^\w])(?P<v>CZ ?\d{9,10})\b`,
		Score:           0.7,
		Validate:        validCZPersonalDIC,
		Keywords:        czDICWords,
		Context:         czDICWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "na fakturu prosím DIČ CZ8508234317, Jan Kovář", Want: "CZ8508234317"},
			{Text: "DIČ: CZ 8508234317", Want: "CZ 8508234317"},
			// A firm's: the IČO's eight digits.
			{Text: "DIČ: CZ27082440", Want: ""},
			{Text: "DIČ CZ8508234316", Want: ""},
		},
	},
	{
		// Romania's personal numeric code (CNP): the sex and century, a
		// birth date YYMMDD, the county, three digits and a check digit
		// (weights 2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9 modulo 11, 10
		// giving 1).
		Name:            "ro_cnp",
		Type:            "RO_CNP",
		Pattern:         numStart + `(?P<v>[1-9]\d{12})\b`,
		Score:           0.7,
		Validate:        validROCNP,
		Keywords:        roCNPWords,
		Context:         roCNPWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "sunt Andreea Popescu, CNP 2920418123178. Vreau", Want: "2920418123178"},
			{Text: "CI seria CJ 482915, CNP 1781102120554", Want: "1781102120554"},
			// A resident's code (7 to 9) holds a date of any century.
			{Text: "CNP 7920418000121", Want: "7920418000121"},
			{Text: "CNP 2920418123179", Want: ""},
			{Text: "CNP 2921318123171", Want: ""},
		},
	},
	{
		// Bulgaria's unified civil number (ЕГН): YYMMDD, the month plus
		// 20 for the 1800s and 40 for the 2000s, three digits and a check
		// digit (weights 2, 4, 8, 5, 10, 9, 7, 3, 6 modulo 11, 10 giving
		// 0).
		Name:            "bg_egn",
		Type:            "BG_EGN",
		Pattern:         numStart + `(?P<v>\d{10})\b`,
		Score:           0.7,
		Validate:        validBGEGN,
		Keywords:        bgEGNWords,
		Context:         bgEGNWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "казвам се Георги Иванов Петров, ЕГН 8409300625. Искам", Want: "8409300625"},
			{Text: "moeto egn e 0242143178 i iskam", Want: "0242143178"},
			{Text: "ЕГН 8409300626", Want: ""},
			{Text: "egn 8413300621", Want: ""},
		},
	},
	{
		// Croatia's personal identification number (OIB): eleven digits,
		// the last a check by ISO 7064's MOD 11,10. Firms have one too.
		Name:            "hr_oib",
		Type:            "HR_OIB",
		Pattern:         numStart + `(?P<v>\d{11})\b`,
		Score:           0.7,
		Validate:        validHROIB,
		Keywords:        []string{"oib", "osobni identifikacijski broj"},
		Context:         []string{"oib", "osobni identifikacijski broj"},
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Poštovani, Ivana Horvat, OIB 47192836500. Molim", Want: "47192836500"},
			{Text: "OIB: 83046159277 | Device", Want: "83046159277"},
			{Text: "OIB 47192836501", Want: ""},
			{Text: "OIB 11111111112", Want: ""},
		},
	},
	{
		// Slovenia's unique master citizen number (EMŠO): DDMMYYY (the
		// year's last three digits), the register, three digits and a
		// check (weights 7 to 2 twice modulo 11).
		Name:            "si_emso",
		Type:            "SI_EMSO",
		Pattern:         numStart + `(?P<v>\d{13})\b`,
		Score:           0.7,
		Validate:        validSIEMSO,
		Keywords:        []string{"emšo", "emso", "enotna matična številka", "enotna maticna stevilka"},
		Context:         []string{"emšo", "emso", "enotna matična številka", "enotna maticna stevilka"},
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "sem Matej Kranjc, EMŠO 1206983502149, davčna", Want: "1206983502149"},
			{Text: "EMSO: 1206983502149", Want: "1206983502149"},
			{Text: "EMŠO 1206983502148", Want: ""},
			{Text: "EMŠO 3206983502146", Want: ""},
		},
	},
	{
		// Slovenia's tax number (davčna številka): eight digits, the last
		// a check (weights 8 to 2 modulo 11).
		Name:            "si_tax_number",
		Type:            "SI_TAX_NUMBER",
		Pattern:         numStart + `(?P<v>[1-9]\d{7})\b`,
		Score:           0.6,
		Validate:        validSITaxNumber,
		Keywords:        []string{"davčna številka", "davcna stevilka", "davčna", "davcna"},
		Context:         []string{"davčna številka", "davcna stevilka", "davčna", "davcna"},
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "EMŠO 1206983502149, davčna številka 58319247. Prosim", Want: "58319247"},
			{Text: "davcna stevilka: 58319247", Want: "58319247"},
			{Text: "davčna številka 58319248", Want: ""},
			{Text: "davčna številka 08319247", Want: ""},
		},
	},
	{
		// Hungary's tax identification mark (adóazonosító jel): 8, then
		// the days from 1 January 1867 to the birth, three digits and a
		// check (the nine weighted 1 to 9 modulo 11).
		Name:            "hu_tax_id",
		Type:            "HU_TAX_ID",
		Pattern:         numStart + `(?P<v>8\d{9})\b`,
		Score:           0.7,
		Validate:        validHUTaxID,
		Keywords:        []string{"adóazonosító", "adoazonosito", "adóazonosító jel", "adóazonosító jelem", "adoazonosito jel"},
		Context:         []string{"adóazonosító", "adoazonosito", "adóazonosító jel", "adóazonosító jelem", "adoazonosito jel"},
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Adóazonosító jel: 8439303157 | Születési dátum", Want: "8439303157"},
			{Text: "adoazonosito 8439303157", Want: "8439303157"},
			{Text: "adóazonosító jel 8439303158", Want: ""},
			{Text: "adóazonosító jel 9439303157", Want: ""},
		},
	},
	{
		// Hungary's social security number (TAJ szám): nine digits, the
		// last a check (the eight weighted 3 and 7 in turn modulo 10),
		// often in threes.
		Name:            "hu_taj",
		Type:            "HU_TAJ",
		Pattern:         numStart + `(?P<v>\d{3}[ -]?\d{3}[ -]?\d{3})\b`,
		Score:           0.7,
		Validate:        validHUTAJ,
		Keywords:        []string{"taj", "taj szám", "tajszám", "taj számom", "taj számomra", "taj szam", "tajszam", "taj-szám"},
		Context:         []string{"taj", "taj szám", "tajszám", "taj számom", "taj számomra", "taj szam", "tajszam", "taj-szám"},
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "a receptet a TAJ számomra írták fel: 104 372 812, név", Want: "104 372 812"},
			{Text: "TAJ szám: 104372812", Want: "104372812"},
			{Text: "TAJ szám: 104 372 813", Want: ""},
			{Text: "TAJ szám: 104-372 812", Want: ""},
		},
	},
	{
		// Ukraine's taxpayer number (РНОКПП, ІПН): the days from 31
		// December 1899 to the birth, four digits and a check (weights
		// -1, 5, 7, 9, 4, 6, 10, 5, 7 modulo 11 modulo 10).
		Name:            "ua_rnokpp",
		Type:            "UA_RNOKPP",
		Pattern:         numStart + `(?P<v>\d{10})\b`,
		Score:           0.7,
		Validate:        validUARNOKPP,
		Keywords:        uaRNOKPPWords,
		Context:         uaRNOKPPWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "мене звати Олена Шевченко, РНОКПП 3294601360. Картку", Want: "3294601360"},
			{Text: "ІПН: 3294601360", Want: "3294601360"},
			{Text: "РНОКПП 3294601361", Want: ""},
			{Text: "ІПН 0000000000", Want: ""},
			{Text: "Здравствуйте, я Литвиненко Сергей Викторович, ИНН 2916092299. Хочу закрыть счёт.", Want: "2916092299"},
			{Text: "Мой отец родился 9 января 1965 года, его код 2375077039", Want: "2375077039"},
			{Text: "код 2375077038", Want: ""},
			// A Russian firm's number: the days of its first five
			// digits give a birth in 2112 (session 71).
			{Text: "Реквизиты продавца: ИНН 7713815457, БИК 044525225.", Want: ""},
		},
	},
	{
		// Ukraine's plate (session 72): two letters, four digits and two
		// letters, the letters of the twelve Cyrillic ones that look
		// as Latin ones do (А, В, Е, І, К, М, Н, О, Р, С, Т, Х), which
		// people type in either script ("авто ВС 7710 НІ", "КА 1234 ЕР
		// продав"). The shape is the country's own, but a code may take
		// it: a word of a car, its plate, its driver or its insurance
		// must stand in the text.
		Name:            "ua_vehicle_plate",
		Type:            TypeVehicleRegistration,
		Pattern:         `(?:^|[\s(:,;."'«])(?P<v>[АВЕІКМНОРСТХ]{2} ?\d{4} ?[АВЕІКМНОРСТХ]{2}|[ABEIKMHOPCTX]{2} ?\d{4} ?[ABEIKMHOPCTX]{2})(?:$|[\s),;.!?"'»])`,
		Score:           0.7,
		AloneScore:      0.3,
		Context:         uaPlateWords,
		NegativeContext: codeDecoyWords,
		Examples: []Example{
			{Text: "Хочу оформити поліс ОСЦПВ на авто АХ 3318 КМ, стаж 6 років", Want: "АХ 3318 КМ"},
			{Text: "номер машини ВІ4417ОР", Want: "ВІ4417ОР"},
			{Text: "держномер AA 5521 BT", Want: "AA 5521 BT"},
			{Text: "артикул КА 1234 ЕР", Want: ""},
			{Text: "авто КА 1234 ЕРА", Want: ""},
		},
	},
	{
		// Ukraine's driving licence (session 72): three Cyrillic
		// capitals of its series and six digits ("водійське посвідчення
		// ВХІ 482113"), after its words.
		Name:           "ua_driver_license",
		Type:           "DRIVER_LICENSE",
		Pattern:        `(?:^|[\s(:,;."'«])(?P<v>[А-ЯІЇЄ]{3} ?\d{6})(?:$|[\s),;.!?"'»])`,
		Score:          0.6,
		Keywords:       uaDrivingLicenceWords,
		Context:        uaDrivingLicenceWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "водійське посвідчення КХА 318820, стаж 4 роки", Want: "КХА 318820"},
			{Text: "посвідчення водія: ААВ 704512", Want: "ААВ 704512"},
			{Text: "водительское удостоверение ВХК123456", Want: "ВХК123456"},
			{Text: "накладна ВХІ 482113", Want: ""},
			{Text: "водійське посвідчення ВХІ 4821", Want: ""},
		},
	},
	{
		// Ukraine's record number in its demographic register (УНЗР,
		// session 72): the birth date as eight digits, year first, a
		// dash and five digits ("запис № 19870314-19786"), printed on
		// the ID card. A date's shape a firm's order numbers take too:
		// its word must be near.
		Name:            "ua_unzr",
		Type:            "UA_UNZR",
		Pattern:         numStart + `(?P<v>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{5})\b`,
		Score:           0.7,
		Keywords:        uaUNZRWords,
		Context:         uaUNZRWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "в ID-картці запис № 19910527-04418, а в застосунку інший", Want: "19910527-04418"},
			{Text: "УНЗР: 20010102-33419", Want: "20010102-33419"},
			{Text: "запис № 19911327-04418", Want: ""},
			{Text: "замовлення 20240612-00031", Want: ""},
		},
	},
	{
		// Ukraine's ID card's number (session 72): nine digits after the
		// card's words, maybe past its document's number ("ID-картка
		// 004512718", "в ID-картці: номер документа 000927341"; a
		// payment's "номер документа" alone numbers other things).
		Name:            "ua_id_card",
		Type:            "UA_ID_CARD",
		Pattern:         numStart + `(?P<v>\d{9})\b`,
		Score:           0.6,
		Keywords:        uaIDCardWords,
		Context:         uaIDCardWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "помилка в ID-картці: номер документа 001275438, як виправити", Want: "001275438"},
			{Text: "ID-картка 000927341", Want: "000927341"},
			{Text: "номер замовлення 001275438", Want: ""},
			{Text: "платіжне доручення, номер документа 001275438", Want: ""},
		},
	},
	{
		// The unique master citizen number of Serbia, Bosnia and
		// Herzegovina, Montenegro and North Macedonia (JMBG, ЈМБГ, EMBG):
		// Slovenia's EMŠO's digits and check under the other countries'
		// words.
		Name:            "jmbg",
		Type:            "JMBG",
		Pattern:         numStart + `(?P<v>\d{13})\b`,
		Score:           0.7,
		Validate:        validSIEMSO,
		Keywords:        jmbgWords,
		Context:         jmbgWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Amra Delić, JMBG 3009992177479, Zmaja od Bosne 44", Want: "3009992177479"},
			{Text: "ја сам Марко Јовановић, ЈМБГ 2211979713345, рођен", Want: "2211979713345"},
			{Text: "EMBG 0702985410342", Want: "0702985410342"},
			{Text: "JMBG 3009992177478", Want: ""},
			{Text: "poziv na broj 3009992177479", Want: ""},
		},
	},
	{
		// A Serbian bank account as banks print it: the bank's three
		// digits, the account's thirteen and two control digits, ISO 7064
		// MOD 97-10 over the sixteen before them (session 66: "moj tekući
		// je 265-1100310000577-64"), in a message that names an account
		// ("račun", "tekući", "рачун"). A firm's account has the shape
		// too; the message says whose.
		Name:     "rs_bank_account",
		Type:     TypeBankAccount,
		Pattern:  numStart + `(?P<v>\d{3}-\d{13}-\d{2})\b`,
		Score:    0.6,
		Validate: validRSBankAccount,
		Keywords: []string{"račun", "racun", "računa", "racuna", "рачун", "рачуна", "tekući", "tekuci", "текући", "account"},
		Examples: []Example{
			{Text: "moj tekući je 265-1100310000577-64 kod banke, na ime Nenad Stojanović", Want: "265-1100310000577-64"},
			{Text: "Uplatite mi povraćaj na tekući račun 325-0419673345576-71 (Vojvođanska)", Want: "325-0419673345576-71"},
			{Text: "tekući račun 265-1100310000577-65", Want: ""},
			{Text: "račun 265-110031000057-64", Want: ""},
		},
	},
	{
		// Russia's taxpayer number of a person (ИНН): twelve digits, the
		// eleventh and the twelfth each a check (weights 7, 2, 4, 10, 3,
		// 5, 9, 4, 6, 8 and 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8, modulo 11
		// modulo 10). A firm's has ten digits and names no one.
		Name:            "ru_inn",
		Type:            "RU_INN",
		Pattern:         numStart + `(?P<v>\d{12})\b`,
		Score:           0.7,
		Validate:        validRUINN,
		Keywords:        ruINNWords,
		Context:         ruINNWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Я ИП Лебедева Марина Олеговна, ИНН 770104017147. Не", Want: "770104017147"},
			{Text: "my INN is 504182991940", Want: "504182991940"},
			{Text: "ИНН 770104017148", Want: ""},
			{Text: "заказ 770104017147", Want: ""},
		},
	},
	{
		// Russia's insurance number of a person (СНИЛС): nine digits and
		// a check of two, the sum of the nine weighted 9 to 1 modulo 101
		// (100 gives 00), written "123-456-789 01" or whole.
		Name:            "ru_snils",
		Type:            "RU_SNILS",
		Pattern:         numStart + `(?P<v>\d{3}-\d{3}-\d{3}[ -]\d{2}|\d{11})\b`,
		Score:           0.7,
		Validate:        validRUSNILS,
		Keywords:        ruSNILSWords,
		Context:         ruSNILSWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "ваш СНИЛС для проверки — 878-903-399 84, верно", Want: "878-903-399 84"},
			{Text: "SNILS 394-073-157 93", Want: "394-073-157 93"},
			{Text: "СНИЛС 87890339984", Want: "87890339984"},
			{Text: "СНИЛС 878-903-399 85", Want: ""},
			{Text: "заказ 878-903-399 84", Want: ""},
		},
	},
	{
		// Kazakhstan's individual identification number (ИИН, ЖСН):
		// YYMMDD, the century and sex (1 to 6), four digits and a check
		// (weights 1 to 11 modulo 11, then 3 to 11, 1, 2 when the first
		// gives 10).
		Name:            "kz_iin",
		Type:            "KZ_IIN",
		Pattern:         numStart + `(?P<v>\d{12})\b`,
		Score:           0.7,
		Validate:        validKZIIN,
		Keywords:        kzIINWords,
		Context:         kzIINWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Родилась 21.04.1995, ИИН 950421467648, Абай", Want: "950421467648"},
			{Text: "Менің атым Нұрлан Сейітов, ЖСН 870614372749.", Want: "870614372749"},
			{Text: "IIN 950421467649", Want: ""},
			{Text: "ИИН 951321467648", Want: ""},
		},
	},
	{
		// Uzbekistan's personal identification number (ПИНФЛ, JShShIR):
		// the century and sex (1 to 6), DDMMYY, six digits and a check
		// (weights 7, 3, 1 modulo 10).
		Name:            "uz_pinfl",
		Type:            "UZ_PINFL",
		Pattern:         numStart + `(?P<v>[1-6]\d{13})\b`,
		Score:           0.7,
		Validate:        validUZPINFL,
		Keywords:        uzPINFLWords,
		Context:         uzPINFLWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "my name is Sardor Yusupov, PINFL 31705882612353, my", Want: "31705882612353"},
			{Text: "ПИНФЛ 31705882612353", Want: "31705882612353"},
			{Text: "PINFL 31705882612354", Want: ""},
			{Text: "PINFL 31713882612358", Want: ""},
		},
	},
	{
		// Belarus's personal number (идентификационный номер, личный
		// номер): the century and sex, DDMMYY, the region's letter, three
		// digits, the citizenship's two letters and a check (letters as
		// 10 to 35, weights 7, 3, 1 modulo 10): "4070992B988PB9".
		Name:            "by_personal_number",
		Type:            "BY_PERSONAL_NUMBER",
		Pattern:         `\b(?P<v>[1-6]\d{6}[ABCEHKM]\d{3}(?:PB|BA|BI|GB)\d)\b`,
		Score:           0.7,
		Validate:        validBYPersonalNumber,
		Keywords:        byPersonalWords,
		Context:         byPersonalWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "идентификационный номер 4070992B988PB9, паспорт MP4812570", Want: "4070992B988PB9"},
			{Text: "гражданка РБ, личный номер 4300678C352PB0, тел", Want: "4300678C352PB0"},
			{Text: "личный номер 4300678C352PB1", Want: ""},
			{Text: "личный номер 4309978C352PB0", Want: ""},
		},
	},
	{
		// A Russian account of a person at a bank: twenty digits, 408 (a
		// person's), 17 or 20, the currency (810 or 643 the rouble, 840,
		// 978, 156) and the rest, after an account's word. The bank's
		// code (БИК) its check needs is seldom beside it.
		Name:            "ru_bank_account",
		Type:            TypeBankAccount,
		Pattern:         numStart + `(?P<v>408(?:17|20)(?:810|643|840|978|156)\d{12})\b`,
		Score:           0.6,
		Keywords:        ruAccountWords,
		Context:         ruAccountWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Перевод на счёт 40817810213482690592, БИК 044525225", Want: "40817810213482690592"},
			{Text: "Переведите остаток на счёт в другом банке: 40817810731218900794, БИК", Want: "40817810731218900794"},
			{Text: "корр. счёт 30101810400000000225", Want: ""},
			{Text: "заказ 40817810213482690592", Want: ""},
		},
	},
	{
		// A phone of Russia, Kazakhstan or Belarus written with the trunk
		// prefix 8, as their people write it at home: eleven digits, the
		// last two pairs apart and a dash among the groups
		// ("8-985-330-12-96", "8 029 331-45-06"). The phone reader reads
		// it after a phone's word or with the area code in brackets ("8
		// (926) 551-04-83"); in this shape no other number is written. In
		// spaces alone it needs a phone's word ("see 8 916 555 12 34" is
		// none). A number from 8 800 or 8 804 is a firm's free line. The
		// area code of a town, of four or five digits from 3 to 9, is
		// bracketed as a city's of three is ("8 (4852) 31-07-56",
		// session 71), which the phone reader's three-digit brackets
		// miss.
		Name:            "ru_phone_trunk",
		Type:            TypePhoneNumber,
		Pattern:         `(?:\A|[^\w+#$€£/\-.])(?P<v>8[ -]?(?:\([3-9]\d{3,4}\)[ -]?|\d{3,5}[ -])\d{1,3}[ -]\d{2}[ -]\d{2})\b`,
		Score:           0.6,
		Validate:        dashedTrunkPhone,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Не приходит код подтверждения на 8-985-330-12-96, iOS 17", Want: "8-985-330-12-96"},
			{Text: "На номер 8 029 331-45-06 пришло сообщение", Want: "8 029 331-45-06"},
			{Text: "Горячая линия 8 800 505-18-90, круглосуточно", Want: ""},
			{Text: "see 8 916 555 12 34", Want: ""},
			{Text: "её домашний 8 (4852) 31-07-56, мой", Want: "8 (4852) 31-07-56"},
			{Text: "Горячая линия 8 (800) 505-18-90", Want: ""},
			{Text: "8 (1952) 31-07-56", Want: ""},
		},
	},
	{
		// The same phone in spaces or whole after a phone's word:
		// "Байланыс: 8 705 218 63 40", "пусть наберут на 89214401736".
		Name:            "ru_phone_words",
		Type:            TypePhoneNumber,
		Pattern:         numStart + `(?P<v>8[ -]?\d{3,5}[ -]?\d{1,3}[ -]?\d{2}[ -]?\d{2})\b`,
		Score:           0.6,
		Validate:        trunkPhone,
		Keywords:        ruPhoneWords,
		Context:         ruPhoneWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Домофон не работает, пусть наберут на 89214401736", Want: "89214401736"},
			{Text: "тауар келмей жатыр. Байланыс: 8 705 218 63 40, Жанар", Want: "8 705 218 63 40"},
			{Text: "заказ 89214401736", Want: ""},
			{Text: "счёт 89214401736", Want: ""},
		},
	},
	{
		// Ukraine's mobile right after the bare "номер" that opens the
		// text or a sentence (session 72: "вже 8 років з вами. номер
		// 0977120593", "Номер 0685127730, абонент ..."): "номер"
		// numbers anything ("замовлення номер ..."), so only where it
		// stands alone, and only a whole mobile's shape right after it,
		// a trunk's 0, an operator's code and seven digits, is a phone.
		Name:     "ua_mobile_number_word",
		Type:     TypePhoneNumber,
		Pattern:  `(?:^|[.!?\n] ?)(?i:номер)(?::? )(?P<v>0(?:39|50|63|66|67|68|73|75|77|9[1-9])\d{7})\b`,
		Score:    0.6,
		Keywords: []string{"номер"},
		// The word is its own context too, so that the rule runs with
		// those that need one: among the rules that need none its long
		// reach before the digits widened the window the scan of digits
		// reads around every number (0.87M instructions a pass on the
		// chat corpus).
		Context:         []string{"номер"},
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "тариф подорожчав, я нічого не міняла. номер 0661472058", Want: "0661472058"},
			{Text: "Номер: 0934417720, абонент Ткачук Ольга", Want: "0934417720"},
			{Text: "номер 0441472058", Want: ""},
			{Text: "номер замовлення 0661472058", Want: ""},
			{Text: "замовлення номер 0661472058", Want: ""},
		},
	},
	{
		// A Czech or Slovak domestic account: an optional prefix of up to
		// six digits and '-', the number of up to ten, '/' and the bank's
		// four-digit code ("19-2000145399/0800"); the prefix and the
		// number each a multiple of 11 weighted 6, 3, 7, 9, 10, 5, 8, 4,
		// 2, 1 from the right-aligned start.
		Name:    "cz_sk_bank_account",
		Type:    TypeBankAccount,
		Pattern: numStart + `(?P<v>(?:\d{1,6}-)?\d{2,10}/\d{4})\b`,
		// Under the birth number's score: "915817/4025" after "účtu" is
		// shaped and weighted as both.
		Score:           0.6,
		Validate:        validCZBankAccount,
		Keywords:        czAccountWords,
		Context:         czAccountWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "číslo účtu: 2785610341/0800\ntrvalé bydliště", Want: "2785610341/0800"},
			{Text: "pošlete to na účet 19-2000145399/0800 prosím", Want: "19-2000145399/0800"},
			{Text: "číslo účtu: 2785610342/0800", Want: ""},
			{Text: "číslo účtu: 0000000000/0800", Want: ""},
		},
	},
	{
		// A Hungarian domestic account (számlaszám): two or three groups
		// of eight digits, the bank's and branch's eight and the account's
		// eight or sixteen, each group's last digit a check (weights 9, 7,
		// 3, 1 repeated, the sum a multiple of 10).
		Name:            "hu_bank_account",
		Type:            TypeBankAccount,
		Pattern:         numStart + `(?P<v>\d{8}[- ]\d{8}(?:[- ]\d{8})?)\b`,
		Score:           0.7,
		Validate:        validHUBankAccount,
		Keywords:        huAccountWords,
		Context:         huAccountWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Számlaszám: 11773016-10028131", Want: "11773016-10028131"},
			{Text: "a számlaszámom 11773016-10028131-00000000 köszönöm", Want: "11773016-10028131-00000000"},
			{Text: "Számlaszám: 11773016-10028132", Want: ""},
			{Text: "Számlaszám: 11773017-10028131", Want: ""},
		},
	},
	{
		// Greece's tax number (ΑΦΜ): nine digits, the ninth the first
		// eight weighted 256, 128, ..., 2 modulo 11 modulo 10.
		Name:            "gr_afm",
		Type:            "GR_AFM",
		Pattern:         numStart + `(?P<v>\d{9})\b`,
		Score:           0.7,
		Validate:        validGRAFM,
		Keywords:        grAFMWords,
		Context:         grAFMWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "ονομάζομαι Γιώργος Παπαδόπουλος, ΑΦΜ 129476302. Θα ήθελα", Want: "129476302"},
			{Text: "afm: 129476302", Want: "129476302"},
			{Text: "ΑΦΜ 129476303", Want: ""},
			{Text: "ΑΦΜ 000000000", Want: ""},
		},
	},
	{
		// Greece's social security number (ΑΜΚΑ): the birth date DDMMYY,
		// four digits and a Luhn check over the eleven.
		Name:            "gr_amka",
		Type:            "GR_AMKA",
		Pattern:         numStart + `(?P<v>\d{11})\b`,
		Score:           0.7,
		Validate:        validGRAMKA,
		Keywords:        grAMKAWords,
		Context:         grAMKAWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Ονοματεπώνυμο: Μαρία Κωνσταντίνου\nΑΜΚΑ: 21037512346\nΚινητό", Want: "21037512346"},
			{Text: "amka 21037512346", Want: "21037512346"},
			{Text: "ΑΜΚΑ: 21037512347", Want: ""},
			{Text: "ΑΜΚΑ: 32037512343", Want: ""},
		},
	},
	{
		// Greece's identity card (δελτίο αστυνομικής ταυτότητας, ΑΔΤ):
		// the series, two capitals of the letters Greek shares with
		// Latin ("ΑΚ", "ΑΗ", "AB" as a Latin keyboard types them), or one
		// Greek capital on the cards before 2000 ("Χ 238117"), and six
		// digits. No check digit: only the card's word names it (session
		// 71: "ΑΔΤ ΑΚ 482913", "την ταυτοτητα ΑΒ 654321").
		Name:           "gr_id_card",
		Type:           "GR_ID_CARD",
		Pattern:        `(?:\A|[^\w\x{0370}-\x{03FF}])(?P<v>(?:[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{1,2}|[ABEZHIKMNOPTYX]{2})[ -]?\d{6})\b`,
		Score:          0.6,
		Keywords:       grIDCardWords,
		Context:        grIDCardWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "θελω φορητοτητα. ΑΔΤ ΑΚ 482913, ΑΦΜ 129476302", Want: "ΑΚ 482913"},
			{Text: "ο αριθμός ταυτότητάς μου είναι ΧΡ 104218", Want: "ΧΡ 104218"},
			{Text: "την ταυτοτητα AH 093177", Want: "AH 093177"},
			{Text: "ταυτότητα ΑΚ 4829135", Want: ""},
			{Text: "παραγγελία ΑΚ 482913", Want: ""},
		},
	},
	{
		// Romania's identity card (carte de identitate): the county's two
		// letters and six digits, after "seria" or the card's name ("CI
		// seria CJ 482915"). No check digit: only the word names it.
		// The card prints the number after "nr." and Romanians copy it
		// so, in English "no." (session 75: "CI seria RX nr. 458213",
		// "ID card series RX no. 458213").
		Name:           "ro_id_card",
		Type:           "RO_ID_CARD",
		Pattern:        `(?:\A|[^\w])(?P<v>[A-Z]{2}(?: ?| (?:[Nn]r|[Nn]o)\.? )\d{6})\b`,
		Score:          0.6,
		Keywords:       roIDCardWords,
		Context:        roIDCardWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "nr inmatriculare CJ 27 XBM, CI seria CJ 482915, CNP", Want: "CJ 482915"},
			{Text: "buletin seria RX123456", Want: "RX123456"},
			{Text: "buletin seria TM nr. 702318, eliberat", Want: "TM nr. 702318"},
			{Text: "my ID card series KV no. 310274, issued", Want: "KV no. 310274"},
			{Text: "seria CJ 4829156", Want: ""},
			{Text: "seria cj 482915", Want: ""},
		},
	},
	{
		// Hungary's identity card (személyi igazolvány) since 2001: six
		// digits and two capitals ("Személyi ig.: 307514KA"). No check
		// digit: only the card's words name it.
		Name:           "hu_id_card",
		Type:           "HU_ID_CARD",
		Pattern:        `(?:\A|[^\w])(?P<v>\d{6} ?[A-Z]{2})\b`,
		Score:          0.6,
		Keywords:       huIDCardWords,
		Context:        huIDCardWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Személyi ig.: 307514KA\nTelefon:", Want: "307514KA"},
			{Text: "a személyi igazolványom száma 618230 LB", Want: "618230 LB"},
			{Text: "személyi ig.: 307514ka", Want: ""},
			{Text: "rendelés 307514KA", Want: ""},
		},
	},
	{
		// A Czech or Slovak identity card (občanský průkaz, občiansky
		// preukaz, "OP"): the Czech card's nine digits, the Slovak
		// card's two capitals and six digits ("číslo OP EA 702318"). No
		// check digit: only the card's words right before it name it (an
		// order's, a plate's or a phone's shape further on is theirs).
		Name:           "cz_sk_id_card",
		Type:           "CZ_SK_ID_CARD",
		Pattern:        `(?:(?:[Čč]íslo|[Cc]islo|[Čč]\.) ?[Oo][Pp]|[Oo][Pp] (?:číslo|cislo|č\.)|[Oo]b[čc]ian(?:sk(?:y|eho) preukaz|k[ay])|[Oo]b[čc]an(?:sk(?:ý|ého|y|eho) pr[ůu]kaz|k[ay]))(?: (?:číslo|cislo|č\.|je|mám|mam))?:? (?P<v>[A-Z]{2} ?\d{6}|\d{9})\b`,
		Score:          0.6,
		Keywords:       czskIDCardWords,
		Context:        czskIDCardWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Dobrý deň, číslo OP EA702318, ďakujem", Want: "EA702318"},
			{Text: "občiansky preukaz: SP 551907", Want: "SP 551907"},
			{Text: "posílám číslo občanky 203817645 a", Want: "203817645"},
			{Text: "číslo OP EA7023181", Want: ""},
			{Text: "objednávka EA702318", Want: ""},
			{Text: "číslo OP mám v emailu, objednávka EA702318", Want: ""},
		},
	},
	{
		// A driving licence of Czechia, Slovakia, Hungary or Romania
		// after its words ("řidičák EF 217645", "vodičský preukaz SK
		// 0213449", "jogosítvány száma CA 517208", "permis de conducere
		// 145987213"): one or two capitals and six or seven digits, or
		// Romania's nine digits. No check digit, so the number must
		// follow the words at once, maybe after "number", "is" or "I
		// have": near words of several documents ("číslo OP ...,
		// vodičský preukaz ...") a number further on is another's.
		Name:           "ce_driving_licence",
		Type:           "DRIVER_LICENSE",
		Pattern:        `(?:[Řř]idičáku?|[Rr]idicak|[Řř]idičsk(?:ý|ého) průkaz|[Rr]idicsk(?:y|eho) prukaz|[Vv]odičák|[Vv]odicak|[Vv]odičsk(?:ý|ého) preukaz|[Vv]odicsk(?:y|eho) preukaz|[Jj]ogosítvány(?:om)?|[Jj]ogositvany|[Jj]ogsim?|[Vv]ezetői engedély|[Vv]ezetoi engedely|[Pp]ermis(?:ul)? de conducere|[Pp]ermis conducere|[Pp]ermis(?:ul)? auto)(?: (?:číslo|cislo|č\.|[Nn]r\.?|[Nn]o\.?|száma|szama|mám|mam|je|e|este|meu))?:? (?P<v>[A-Z]{1,2} ?\d{6,7}|\d{9})\b`,
		Score:          0.6,
		Keywords:       ceDrivingLicenceWords,
		Context:        ceDrivingLicenceWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "pas 45128736, řidičák EF 217645 – potřebujete", Want: "EF 217645"},
			{Text: "vodičský preukaz SK 0310527, ŠPZ", Want: "SK 0310527"},
			{Text: "a jogosítványom száma CA 517208.", Want: "CA 517208"},
			{Text: "permis de conducere 204718336, rezervare", Want: "204718336"},
			{Text: "řidičák mám od 2015", Want: ""},
			{Text: "permis de conducere 2047183, rezervare", Want: ""},
			{Text: "číslo OP EA702318, vodičský preukaz mám", Want: ""},
		},
	},
}

// The words of the numbers above, in their languages and in English.
var (
	czBirthNumberWords = []string{"rodné číslo", "rodne cislo", "rodného čísla", "rodneho cisla", "rodné čísla", "rč", "rc", "r.č.", "r.č", "birth number"}
	// The Czech and Slovak tax number's initials (daňové identifikační
	// číslo) with and without their accents.
	czDICWords    = []string{"dič", "dic", "daňové identifikační číslo", "danove identifikacni cislo"}
	roCNPWords    = []string{"cnp", "cod numeric personal", "codul numeric personal", "codului numeric personal"}
	bgEGNWords    = []string{"егн", "egn", "единен граждански номер"}
	uaRNOKPPWords = []string{"рнокпп", "іпн", "ипн", "інн", "ідентифікаційний код", "ідентифікаційний номер", "податковий номер", "rnokpp", "ipn",
		// Russian's words, and the bare "code" Ukrainians call it by
		// (session 60: "ИНН 2916092299", "его код 2375077039").
		"инн", "идентификационный код", "идентификационный номер", "налоговый номер", "податковий код", "код"}
	// A car, its plate, its driver and its insurance in Ukrainian and
	// Russian.
	uaPlateWords = []string{"авто", "автомобіль", "автомобіля", "автівка", "автівки", "машина", "машини", "машину", "номерний знак", "держномер", "номер авто",
		"номер машини", "водія", "водій", "осцпв", "автоцивілка", "автомобиль", "автомобиля", "госномер", "осаго", "водителя"}
	// A driving licence in Ukrainian and Russian: "водійське
	// посвідчення", "посвідчення водія", "водительское удостоверение",
	// "права".
	uaDrivingLicenceWords = []string{"водійське посвідчення", "водійського посвідчення", "посвідчення водія", "водійські права", "права",
		"водительское удостоверение", "водительского удостоверения", "водительские права", "в/у"}
	// The register's record number: its abbreviation, "record", the
	// register's name.
	uaUNZRWords = []string{"унзр", "unzr", "запис", "запису", "записі", "номер запису", "єддр", "демографічного реєстру"}
	// The ID card's words in its cases, and its document's number.
	uaIDCardWords = []string{"id-картка", "id-картки", "id-картці", "id-картку", "id картка", "id картки", "ід-картка", "ід-картки",
		"паспорт у формі картки", "паспорт громадянина україни"}
	jmbgWords       = []string{"jmbg", "јмбг", "jmb", "јмб", "embg", "ембг", "matični broj", "maticni broj", "матични број", "единствен матичен број", "jedinstveni matični broj"}
	ruINNWords      = []string{"инн", "inn", "инн физлица", "инн физического лица"}
	ruSNILSWords    = []string{"снилс", "snils", "страховой номер", "номер снилс"}
	kzIINWords      = []string{"иин", "iin", "жсн", "jsn"}
	uzPINFLWords    = []string{"пинфл", "pinfl", "jshshir", "жшшир", "jshir"}
	byPersonalWords = []string{"идентификационный номер", "личный номер", "ідэнтыфікацыйны нумар", "асабісты нумар"}
	ruAccountWords  = []string{"счет", "счёт", "счета", "счёта", "на счет", "на счёт", "расчетный счет", "расчётный счёт", "лицевой счет", "лицевой счёт"}
	ruPhoneWords    = []string{"телефон", "тел", "на номер", "мой номер", "номер телефона", "моб", "мобильный", "мобильного", "телефона", "позвоните", "наберите", "наберут", "звонил", "звоните", "номер мой", "байланыс", "нөмір", "нөмірім", "номерим", "контакт"}
	czAccountWords  = []string{"číslo účtu", "cislo uctu", "číslo účtu je", "účet", "ucet", "účtu", "uctu", "účet č", "bankovní spojení", "bankovni spojeni", "bankové spojenie", "bankove spojenie", "číslo účtu príjemcu"}
	// Hungarian's account (számla, also an invoice: the checks tell
	// them apart) and its cases: "to the account", "to my account"
	// (session 75: "erre a számlára: 11773016-60001234-56789010").
	huAccountWords = []string{"számlaszám", "szamlaszam", "számlaszámom", "szamlaszamom", "számlaszámra", "szamlaszamra", "bankszámlaszám", "bankszamlaszam", "bankszámla", "bankszamla",
		"számlára", "szamlara", "számlámra", "szamlamra", "bankszámlára", "bankszamlara", "bankszámlámra", "bankszamlamra", "bankszámlám", "bankszamlam"}
	grAFMWords  = []string{"αφμ", "α.φ.μ", "afm", "α φ μ"}
	grAMKAWords = []string{"αμκα", "α.μ.κ.α", "amka"}
	// Greek's words of the identity card, with and without accents:
	// "ταυτότητα" and its genitive (identity), "ΑΔΤ" (the card's
	// initials), and English's as a Greek writes them ("ID card number
	// ΑΚ 482915").
	grIDCardWords = []string{"ταυτότητα", "ταυτότητας", "ταυτότητάς", "ταυτοτητα", "ταυτοτητας", "αδτ", "α.δ.τ", "α.δ.τ.",
		"δελτίο ταυτότητας", "δελτιο ταυτοτητας", "id card", "identity card"}
	// Romanian's words of the identity card, and English's as a
	// Romanian writes them ("ID card series RX no. 458213").
	roIDCardWords = []string{"seria", "serie", "buletin", "buletinul", "carte de identitate", "cartea de identitate", "carte identitate", "id card series", "card series"}
	// Hungarian's words of the identity card: "személyi igazolvány"
	// (personal card), shortened "személyi ig." or "szig.", and its
	// number ("igazolványszám").
	huIDCardWords = []string{"személyi", "szemelyi", "személyi ig", "szemelyi ig", "személyi igazolvány", "szemelyi igazolvany", "személyi igazolványom", "személyi igazolványszám",
		"szig", "szig. szám", "igazolványszám", "igazolvanyszam", "személyim", "személyazonosító igazolvány"}
	// Czech's and Slovak's words of the identity card: "občiansky
	// preukaz", "OP" after "číslo" (number), "občianka"/"občanka" as
	// chat says it.
	czskIDCardWords = []string{"číslo op", "cislo op", "č. op", "č.op", "op číslo", "op cislo", "občiansky preukaz", "obciansky preukaz", "občianskeho preukazu", "obcianskeho preukazu",
		"občianka", "občianky", "obcianka", "občanský průkaz", "občanského průkazu", "obcansky prukaz", "občanka", "občanky", "obcanka", "obcanky"}
	// The driving licence's words of Czech ("řidičák", "řidičský
	// průkaz"), Slovak ("vodičák", "vodičský preukaz"), Hungarian
	// ("jogosítvány", "jogsi", "vezetői engedély") and Romanian
	// ("permis de conducere", "permis auto").
	ceDrivingLicenceWords = []string{"řidičák", "ridicak", "řidičáku", "řidičský průkaz", "ridicsky prukaz", "řidičského průkazu", "ridicskeho prukazu",
		"vodičák", "vodicak", "vodičský preukaz", "vodicsky preukaz", "vodičského preukazu", "vodicskeho preukazu",
		"jogosítvány", "jogositvany", "jogosítványom", "jogosítványszám", "jogsi", "jogsim", "vezetői engedély", "vezetoi engedely",
		"permis de conducere", "permisul de conducere", "permis conducere", "permis auto", "permisul auto"}
)

// validCZBankAccount checks a Czech or Slovak account: the prefix (if
// any) and the number each a multiple of 11 under the weights 6, 3, 7,
// 9, 10, 5, 8, 4, 2, 1 aligned to the right, the number not all zeros.
func validCZBankAccount(match string) bool {
	slash := strings.IndexByte(match, '/')
	if slash < 0 {
		return false
	}
	prefix, number := "", match[:slash]
	if dash := strings.IndexByte(number, '-'); dash >= 0 {
		prefix, number = number[:dash], number[dash+1:]
	}
	return len(prefix) <= 6 && czWeighted(prefix) && strings.Trim(number, "0") != "" && czWeighted(number)
}

// czWeighted reports whether d, ten digits at most, right-aligned to ten
// places, weighs a multiple of 11 under czWeights.
func czWeighted(d string) bool {
	if len(d) > len(czWeights) || !allDigits(d) && d != "" {
		return false
	}
	sum := 0
	for i := 0; i < len(d); i++ {
		sum += int(d[i]-'0') * czWeights[10-len(d)+i]
	}
	return sum%11 == 0
}

var czWeights = [10]int{6, 3, 7, 9, 10, 5, 8, 4, 2, 1}

// validHUBankAccount checks a Hungarian account: the first eight digits
// and the rest (eight or sixteen) each weigh a multiple of 10 under 9,
// 7, 3, 1 repeated; the account's part not all zeros.
func validHUBankAccount(match string) bool {
	d := digitsOf(match, 0)
	if len(d) != 16 && len(d) != 24 {
		return false
	}
	return weightedSum(d[:8], huWeights[:8])%10 == 0 && weightedSum(d[8:], huWeights[:len(d)-8])%10 == 0 && strings.Trim(d[8:], "0") != ""
}

var huWeights = []int{9, 7, 3, 1, 9, 7, 3, 1, 9, 7, 3, 1, 9, 7, 3, 1}

// validGRAFM checks a Greek tax number: the first eight digits weighted
// 2^8 down to 2^1, modulo 11, modulo 10, equal the ninth; not all zeros.
func validGRAFM(match string) bool {
	d := digitsOf(match, 9)
	if d == "" || sameDigits(d) {
		return false
	}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += int(d[i]-'0') << (8 - i)
	}
	return sum%11%10 == int(d[8]-'0')
}

// validGRAMKA checks a Greek AMKA: a birth date DDMMYY first and a Luhn
// check over the eleven digits.
func validGRAMKA(match string) bool {
	d := digitsOf(match, 11)
	return d != "" && validDate(0, num(d[2:4]), num(d[:2])) && luhn(d)
}

// validCZPersonalDIC checks a Czech tax number built on a birth number:
// "CZ", maybe a space, and a valid birth number of nine or ten digits.
func validCZPersonalDIC(match string) bool {
	return len(match) > 2 && match[:2] == "CZ" && validCZBirthNumber(match[2:])
}

// validCZBirthNumber checks a Czech or Slovak birth number: a birth date
// YYMMDD (the month plus 20, 50 or 70) and, with ten digits, the whole a
// multiple of 11 (or the first nine leaving 10 and a last digit of 0, a
// rule of the numbers given before 1985); nine digits only for the years
// before 1954.
func validCZBirthNumber(match string) bool {
	d := digitsOf(match, 0)
	if len(d) != 9 && len(d) != 10 {
		return false
	}
	m := num(d[2:4])
	switch {
	case m > 70:
		m -= 70
	case m > 50:
		m -= 50
	case m > 20:
		m -= 20
	}
	if !validDate(0, m, num(d[4:6])) {
		return false
	}
	if len(d) == 9 {
		return num(d[:2]) < 54 && strings.Contains(match, "/")
	}
	r := 0 // the first nine modulo 11
	for i := 0; i < 9; i++ {
		r = (r*10 + int(d[i]-'0')) % 11
	}
	// The ten a multiple of 11, or the nine leaving 10 and a check of 0.
	return (r*10+int(d[9]-'0'))%11 == 0 || r == 10 && d[9] == '0'
}

// validROCNP checks a Romanian CNP: the sex and century (1 to 9), a birth
// date and the check digit.
func validROCNP(match string) bool {
	d := digitsOf(match, 13)
	if d == "" || d[0] == '0' {
		return false
	}
	// 1 and 2 the 1900s, 3 and 4 the 1800s, 5 and 6 the 2000s; 7 to 9,
	// residents, any year (validDate's year 0).
	century := 0
	if d[0] <= '6' {
		century = [...]int{1900, 1800, 2000}[(d[0]-'1')/2] + num(d[1:3])
	}
	if !validDate(century, num(d[3:5]), num(d[5:7])) {
		return false
	}
	c := weightedSum(d, []int{2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9}) % 11
	if c == 10 {
		c = 1
	}
	return c == int(d[12]-'0')
}

// validBGEGN checks a Bulgarian ЕГН: a birth date and the check digit.
func validBGEGN(match string) bool {
	d := digitsOf(match, 10)
	if d == "" {
		return false
	}
	y, m := 1900+num(d[:2]), num(d[2:4])
	switch {
	case m > 40:
		y, m = y+100, m-40
	case m > 20:
		y, m = y-100, m-20
	}
	if !validDate(y, m, num(d[4:6])) {
		return false
	}
	c := weightedSum(d, []int{2, 4, 8, 5, 10, 9, 7, 3, 6}) % 11
	if c == 10 {
		c = 0
	}
	return c == int(d[9]-'0')
}

// validHROIB checks a Croatian OIB by ISO 7064 MOD 11,10.
func validHROIB(match string) bool {
	d := digitsOf(match, 11)
	if d == "" || sameDigits(d) {
		return false
	}
	a := 10
	for i := 0; i < 10; i++ {
		a = (a + int(d[i]-'0')) % 10
		if a == 0 {
			a = 10
		}
		a = a * 2 % 11
	}
	c := 11 - a
	if c == 10 {
		c = 0
	}
	return c == int(d[10]-'0')
}

// validSIEMSO checks a Slovenian EMŠO: a birth date DDMMYYY and the check
// digit (11 less the weighted sum modulo 11; 11 gives 0, 10 no number).
func validSIEMSO(match string) bool {
	d := digitsOf(match, 13)
	if d == "" {
		return false
	}
	y := num(d[4:7])
	if y >= 800 {
		y += 1000
	} else {
		y += 2000
	}
	if !validDate(y, num(d[2:4]), num(d[:2])) {
		return false
	}
	c := 11 - weightedSum(d, []int{7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2})%11
	if c == 11 {
		c = 0
	}
	return c < 10 && c == int(d[12]-'0')
}

// validSITaxNumber checks a Slovenian tax number: eight digits from 1,
// the last 11 less the weighted sum of the seven modulo 11 (10 gives 0,
// 11 no number).
func validSITaxNumber(match string) bool {
	d := digitsOf(match, 8)
	if d == "" || d[0] == '0' {
		return false
	}
	c := 11 - weightedSum(d, []int{8, 7, 6, 5, 4, 3, 2})%11
	if c == 11 {
		return false
	}
	if c == 10 {
		c = 0
	}
	return c == int(d[7]-'0')
}

// validHUTaxID checks a Hungarian adóazonosító jel: 8 first and the nine
// digits weighted 1 to 9 modulo 11 equal to the tenth.
func validHUTaxID(match string) bool {
	d := digitsOf(match, 10)
	return d != "" && d[0] == '8' && weightedSum(d, []int{1, 2, 3, 4, 5, 6, 7, 8, 9})%11 == int(d[9]-'0')
}

// validHUTAJ checks a Hungarian TAJ number: the eight digits weighted 3
// and 7 in turn, modulo 10, equal to the ninth; one kind of separator.
func validHUTAJ(match string) bool {
	d := digitsOf(match, 9)
	return d != "" && !sameDigits(d) && consistentSeparators(match) && weightedSum(d, []int{3, 7, 3, 7, 3, 7, 3, 7})%10 == int(d[8]-'0')
}

// validUARNOKPP checks a Ukrainian РНОКПП: the nine digits weighted -1,
// 5, 7, 9, 4, 6, 10, 5, 7, modulo 11 and then 10, equal to the tenth.
func validUARNOKPP(match string) bool {
	d := digitsOf(match, 10)
	if d == "" || sameDigits(d) || !uaBirthDays(d[:5]) {
		return false
	}
	s := weightedSum(d, []int{-1, 5, 7, 9, 4, 6, 10, 5, 7}) % 11
	if s < 0 {
		s += 11
	}
	return s%10 == int(d[9]-'0')
}

// uaMaxBirthDays is the last day (from 31 December 1899) that the date
// of birth of a Ukrainian taxpayer number may give, 1 January 2030: a
// number of days beyond it is born in the future. A Russian firm's
// taxpayer number is ten digits too, and its first two name the region
// ("ИНН 7713815457" is Moscow's, "77"), which reads as a birth after
// 2030 from region 48 on.
const uaMaxBirthDays = 47483

// uaBirthDays reports whether the five digits d, the days from 31
// December 1899 to a birth, give a date no later than uaMaxBirthDays.
func uaBirthDays(d string) bool {
	n := 0
	for i := range len(d) {
		n = n*10 + int(d[i]-'0')
	}
	return n <= uaMaxBirthDays
}

// validRUINN checks a Russian person's taxpayer number: twelve digits,
// the eleventh and the twelfth each the weighted sum of those before it
// modulo 11 modulo 10.
func validRUINN(match string) bool {
	d := digitsOf(match, 12)
	if d == "" || strings.Trim(d, "0") == "" {
		return false
	}
	c11 := weightedSum(d, []int{7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) % 11 % 10
	c12 := weightedSum(d, []int{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) % 11 % 10
	return c11 == int(d[10]-'0') && c12 == int(d[11]-'0')
}

// validRUSNILS checks a Russian insurance number: the nine digits
// weighted 9 down to 1, the sum modulo 101 (100 as 0) the last two
// digits. Numbers up to 001-001-998 were issued without the check.
func validRUSNILS(match string) bool {
	d := digitsOf(match, 11)
	if d == "" || num(d[:9]) <= 1001998 {
		return false
	}
	c := weightedSum(d, []int{9, 8, 7, 6, 5, 4, 3, 2, 1}) % 101
	if c == 100 {
		c = 0
	}
	return c == num(d[9:])
}

// sexCenturyBirth reports whether the digit c, of sex and century as
// Kazakhstan, Uzbekistan and Belarus write it (1 and 2 the 1800s, 3 and
// 4 the 1900s, 5 and 6 the 2000s), and the two digits each of the year,
// month and day give a date.
func sexCenturyBirth(c byte, yy, mm, dd string) bool {
	return c >= '1' && c <= '6' && validDate(1800+100*int((c-'1')/2)+num(yy), num(mm), num(dd))
}

// validKZIIN checks a Kazakh individual identification number: a date
// of birth (YYMMDD) whose century the seventh digit gives (1 and 2 the
// 1800s, 3 and 4 the 1900s, 5 and 6 the 2000s), and the check digit.
func validKZIIN(match string) bool {
	d := digitsOf(match, 12)
	if d == "" || !sexCenturyBirth(d[6], d[:2], d[2:4], d[4:6]) {
		return false
	}
	c := weightedSum(d, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) % 11
	if c == 10 {
		c = weightedSum(d, []int{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}) % 11
	}
	return c < 10 && c == int(d[11]-'0')
}

// validUZPINFL checks an Uzbek personal identification number: a date
// of birth (DDMMYY) after the century's digit (1 and 2 the 1800s, 3 and
// 4 the 1900s, 5 and 6 the 2000s), and the check digit.
func validUZPINFL(match string) bool {
	d := digitsOf(match, 14)
	if d == "" || !sexCenturyBirth(d[0], d[5:7], d[3:5], d[1:3]) {
		return false
	}
	return weightedSum(d, []int{7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7})%10 == int(d[13]-'0')
}

// validBYPersonalNumber checks a Belarusian personal number: a date of
// birth (DDMMYY) after the century's digit, and the check digit, the
// fourteen characters' values (a letter as 10 to 35) weighted 7, 3, 1
// modulo 10.
func validBYPersonalNumber(match string) bool {
	if len(match) != 14 || !sexCenturyBirth(match[0], match[5:7], match[3:5], match[1:3]) {
		return false
	}
	sum := 0
	for i := range 13 {
		v := int(match[i] - '0')
		if c := match[i]; c >= 'A' && c <= 'Z' {
			v = int(c-'A') + 10
		}
		sum += v * []int{7, 3, 1}[i%3]
	}
	return sum%10 == int(match[13]-'0')
}

// trunkPhone reports whether the match holds eleven digits and is no
// free line of a firm (8 800, 8 804). Brackets around the area code
// part its digits as a space does.
func trunkPhone(match string) bool {
	if strings.IndexByte(match, '(') >= 0 {
		match = strings.NewReplacer("(", " ", ")", " ").Replace(match)
	}
	d := digitsOf(match, 11)
	return d != "" && d[1:4] != "800" && d[1:4] != "804"
}

// dashedTrunkPhone is trunkPhone for a number with a dash among its
// groups.
func dashedTrunkPhone(match string) bool {
	return strings.IndexByte(match, '-') >= 0 && trunkPhone(match)
}

// alNIDWords and balkanIDCardWords name Albania's personal number and an
// identity card in Bulgarian, Serbian, Macedonian and Croatian.
var (
	alNIDWords        = []string{"numri personal", "nr personal", "nr. personal", "nid", "numri i identifikimit", "letërnjoftim", "letërnjoftimi"}
	balkanIDCardWords = []string{"лична карта", "лична карта №", "л.к", "лк", "лична карта бр", "lična karta", "licna karta", "lične karte", "licne karte", "broj lične karte", "osobna iskaznica", "лична карта број"}
)
