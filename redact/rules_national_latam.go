package redact

import "strings"

// rulesNationalLatam covers ids of Chile, Uruguay, Peru, Mexico, El
// Salvador, Guatemala and Jamaica that the Americas' table lacked.
// (Mexico's CLABE and Argentina's CBU are bank accounts that bank.go
// reads after their word.)
var rulesNationalLatam = []Rule{
	{
		// Peru's taxpayer number (RUC) of a person: 10 (or 15, 17) and
		// the person's DNI, with a mod-11 check digit (weights 5, 4, 3,
		// 2, 7, 6, 5, 4, 3, 2). A firm's RUC starts with 20 and names
		// the firm.
		Name:            "pe_ruc",
		Type:            "PE_RUC",
		Pattern:         numStart + `(?P<v>1[057]\d{9})\b`,
		Score:           0.7,
		Validate:        validPERUC,
		Keywords:        []string{"ruc", "r.u.c"},
		Context:         []string{"ruc", "r.u.c"},
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "mi cuenta BCP 191-38472905-0-61. Soy independiente con RUC 10457812367. La empresa", Want: "10457812367"},
			{Text: "RUC: 10457812367", Want: "10457812367"},
			{Text: "RUC 10457812368", Want: ""},
			{Text: "RUC 20100070970", Want: ""},
		},
	},
	{
		// A driving licence of Latin America, Spain, France, Portugal or
		// the Netherlands after its words ("licencia A09127745", "mi
		// brevete Q70318452", "Permis de conduire n° 130975201847"): a
		// letter or two and six to twelve digits, or digits alone. No
		// check digit.
		Name:           "driver_license_words",
		Type:           "DRIVER_LICENSE",
		Pattern:        `(?:\A|[^\w\-/])(?P<v>[A-Z]{0,2}\d{6,12})\b`,
		Score:          0.55,
		Keywords:       drivingLicenceWords,
		Context:        drivingLicenceWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "el que manejaba es mi esposo Rogelio Ibarra Nava, licencia A09127745", Want: "A09127745"},
			{Text: "mi auto es BXK-815 y mi brevete Q70318452. la papeleta", Want: "Q70318452"},
			{Text: "licencia de conducir 12345678", Want: "12345678"},
			{Text: "Permis de conduire n° 130975201847 délivré le 12/05/2013", Want: "130975201847"},
			{Text: "c'était ma sœur qui conduisait. Mon permis n° 120775300412. Amende 135 €.", Want: "120775300412"},
			{Text: "immatriculation FG-482-TL, permis n° 120675200481, réservation BK-7730", Want: "120675200481"},
			{Text: "permis de construire PC 0751234 déposé", Want: ""},
			{Text: "licencia de conducir A0912", Want: ""},
			{Text: "brevete q70318452", Want: ""},
		},
	},
	{
		// Portugal's driving licence as the card prints it: the
		// issuing district's letter or two, a hyphen, six or seven
		// digits and a digit apart ("carta de condução P-3045187 2",
		// "P-304518 2"). No check is published, so only after the
		// licence's words, "carta" alone among them (session 73: "nova
		// carta P-3045187 2"): its shape is no other letter's.
		Name:           "pt_driving_licence",
		Type:           "DRIVER_LICENSE",
		Pattern:        `(?:\A|[^\w\-/])(?P<v>[A-Z]{1,2}-\d{6,7} \d)(?:\z|[^\w.,\- ]|[.,](?:\D|\z)| (?:\z|\D))`,
		Score:          0.55,
		Keywords:       ptLicenceWords,
		Context:        ptLicenceWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "tenho de atualizar a carta de condução no seguro. nova carta P-3045187 2", Want: "P-3045187 2"},
			{Text: "Carta de condução n.º AV-204518 6, válida até 2031", Want: "AV-204518 6"},
			// No licence's word; a digit group of its own after it.
			{Text: "referência P-3045187 2", Want: ""},
			{Text: "carta de condução P-3045187 2 3", Want: ""},
		},
	},
	{
		// Mexico's CLABE without its word, in a sentence that names a
		// bank, an account or a transfer ("es la 012180001234567899 a
		// nombre de Ana ..., banco HSBC"): eighteen digits, the bank's
		// code, the branch's, the account and a check digit (weights
		// 3, 7, 1). One number in ten passes the check: the words must
		// stand near it. bank.go reads it after its word ("mi clabe es
		// ...") at 0.7, which this rule's 0.65 (0.3 and the words'
		// 0.35) leaves in place.
		Name:            "mx_clabe",
		Type:            TypeBankAccount,
		Pattern:         numStart + `(?P<v>\d{18})\b`,
		Score:           0.3,
		Validate:        validMXCLABE,
		Keywords:        clabeWords,
		Context:         clabeWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		namedByRef:      true,
		Examples: []Example{
			{Text: "la cuenta es la 012180001234567899 a nombre de Rosa Medina, banco BBVA", Want: "012180001234567899"},
			{Text: "deposítame a la 137180001234567897 de BanCoppel", Want: "137180001234567897"},
			{Text: "la cuenta es la 012180001234567898, banco BBVA", Want: ""},
			{Text: "pedido 012180001234567899 enviado", Want: ""},
		},
	},
	{
		// Argentina's CBU (and a wallet's CVU) without its word right
		// before it, in a sentence that names the key, an account, its
		// holder or a transfer ("pasame el CBU. Dale, es 0070...,
		// titular Ana ..."): twenty-two digits, the bank's block of
		// eight and the account's of fourteen, each closed by its own
		// check digit (cbuBlockOK). One number in a hundred passes both.
		// bank.go reads it right after its word ("mi CBU es ...") at 0.7.
		Name:            "ar_cbu",
		Type:            TypeBankAccount,
		Pattern:         numStart + `(?P<v>\d{22})\b`,
		Score:           0.3,
		Validate:        validARCBU,
		Keywords:        cbuWords,
		Context:         cbuWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		namedByRef:      true,
		Examples: []Example{
			{Text: "para el reintegro pasame el CBU. Dale, es 2850590940090418135201, titular Ana Gómez", Want: "2850590940090418135201"},
			{Text: "transferí a la 0170099220000067797370 y no llegó", Want: "0170099220000067797370"},
			{Text: "transferí a la 0170099220000067797371 y no llegó", Want: ""},
			{Text: "pedido 2850590940090418135201 enviado", Want: ""},
		},
	},
	{
		// The alias an Argentine bank or wallet gives a CBU or a CVU, which
		// takes transfers as the number does: six to twenty letters,
		// digits, dots and hyphens, most often words joined by dots
		// ("alias: pampa.sol.mate", "mi alias es RIO-LUNA-TREN"), after
		// "alias" in a sentence that names the key, an account or a
		// transfer. A developer's "alias ll='ls -la'" has no such word,
		// nor a dot between words.
		Name:     "ar_cbu_alias",
		Type:     TypeBankAccount,
		Pattern:  `(?:\A|[^\w])(?:alias|Alias|ALIAS)[ \t]*(?:[:=][ \t]*|(?:es|ES|Es)[ \t]+)?(?P<v>(?:[a-zA-Z0-9]|ñ|Ñ)+(?:[.\-](?:[a-zA-Z0-9]|ñ|Ñ)+){1,3})(?:\z|[^\w@.\-]|[.\-](?:[^\w]|\z))`,
		Score:    0.6,
		Validate: validCBUAlias,
		// The account's words gate the rule, not "alias", which is in
		// the pattern ("alias: techo.nube.silla" alone may be a game's
		// or a forum's).
		Keywords:       cbuAliasWords,
		Context:        cbuAliasWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Transferí $ 20.000 a la cuenta (alias: pampa.sol.mate) y no llegó", Want: "pampa.sol.mate"},
			{Text: "te paso el CVU, o mejor el alias: RIO.LUNA.TREN", Want: "RIO.LUNA.TREN"},
			{Text: "transferime al alias juan.perez@gmail.com", Want: ""},
			{Text: "alias: pampa.sol.mate", Want: ""},
		},
	},
	{
		// Peru's interbank account code (CCI) after its word: the bank's
		// three digits, the branch's three, the account's twelve and two
		// check digits, whole or parted by hyphens as banks print it
		// ("CCI 002-191-045872136058-54"). The first check digit closes
		// the bank and branch, the second the account (validPECCI).
		Name:            "pe_cci",
		Type:            TypeBankAccount,
		Pattern:         numStart + `(?P<v>\d{3}-\d{3}-\d{12}-\d{2}|\d{20})\b`,
		Score:           0.5,
		Validate:        validPECCI,
		Keywords:        cciWords,
		Context:         cciWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "para la devolución el CCI 002-191-112345678012-50, a nombre de Luis Paredes", Want: "002-191-112345678012-50"},
			{Text: "CCI: 00219111234567801250", Want: "00219111234567801250"},
			{Text: "CCI 002-191-112345678012-51", Want: ""},
			{Text: "pedido 00219111234567801250", Want: ""},
		},
	},
	{
		// Peru's foreigner's card (carné de extranjería) after its
		// words: nine digits, maybe with the zeros the card prints
		// before them ("mi carnet de extranjería es 000417256"), or
		// twelve on the newer cards. No check is published.
		Name:            "pe_carne_extranjeria",
		Type:            "PE_CARNE_EXTRANJERIA",
		Pattern:         numStart + `(?P<v>\d{9}|\d{12})\b`,
		Score:           0.6,
		Keywords:        peForeignerWords,
		Context:         peForeignerWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		namedByRef:      true,
		Examples: []Example{
			{Text: "la placa es ABC-123 y mi carnet de extranjería es 000417256. Atte.", Want: "000417256"},
			{Text: "Carné de Extranjería N° 001239845", Want: "001239845"},
			{Text: "carnet de extranjería 1234567", Want: ""},
			{Text: "pedido 000417256", Want: ""},
		},
	},
	{
		// The serial of Chile's identity card, the document's own number
		// that banks and services ask beside the RUT ("número de serie"):
		// nine digits in dotted threes as the card prints them, "serie
		// 104.328.775", after "serie" or "n° de documento". Dotted so
		// after such a word it is no amount.
		Name:           "cl_id_serial",
		Type:           "CL_ID_SERIAL",
		Pattern:        numStart + `(?P<v>\d{3}\.\d{3}\.\d{3})(?:\z|[^\w.]|\.(?:\D|\z))`,
		Score:          0.6,
		Keywords:       clSerialWords,
		Context:        clSerialWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Camila Rojas Pérez, serie 104.328.775, nací el 2 de marzo", Want: "104.328.775"},
			{Text: "el número de serie de mi cédula es 527.119.004.", Want: "527.119.004"},
			{Text: "serie 104.328.775.4", Want: ""},
			{Text: "un total de 104.328.775 pesos", Want: ""},
		},
	},
	{
		// The number Peru's social security (EsSalud) gives each insured
		// person, the "autogenerado": the date of birth as YYMMDD, a
		// digit, five letters of the names and three digits, fifteen in
		// all ("mi autogenerado es 7503125PRGLA004"). The word is
		// EsSalud's own.
		Name:           "pe_essalud_autogenerado",
		Type:           TypeMemberID,
		Pattern:        `(?:\A|[^\w])(?P<v>\d{7}[A-Z]{5}\d{3})\b`,
		Score:          0.6,
		Validate:       dateOfAutogenerado,
		Keywords:       []string{"autogenerado"},
		Context:        []string{"autogenerado"},
		RequireContext: true,
		Examples: []Example{
			{Text: "mi autogenerado de essalud es 7503125PRGLA004, para la cita", Want: "7503125PRGLA004"},
			{Text: "Autogenerado: 9157021MTRQS011", Want: "9157021MTRQS011"},
			{Text: "autogenerado: 7513125PRGLA004", Want: ""},
			{Text: "código 7503125PRGLA004", Want: ""},
		},
	},
	{
		// Chile's RUT (and RUN): seven or eight digits grouped by dots
		// and a mod-11 check character after a hyphen (0-9 or K),
		// "16.784.233-K". Grouped so, the shape is its own.
		Name:            "cl_rut",
		Type:            "CL_RUT",
		Pattern:         numStart + `(?P<v>\d{1,2}\.\d{3}\.\d{3}-[\dkK])(?:\b|\z|[^\w])`,
		Score:           0.7,
		Validate:        validCLRUT,
		Context:         []string{"rut", "r.u.t", "rol único tributario", "cédula", "cedula", "carnet"},
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Hola, necesito boleta con mi RUT 16.784.233-K por favor", Want: "16.784.233-K"},
			{Text: "el titular es 9.876.543-3", Want: "9.876.543-3"},
			{Text: "RUT 16.784.233-5", Want: ""},
			{Text: "total 16.784.233", Want: ""},
		},
	},
	{
		// The RUT without its dots ("15334871-5") or its hyphen
		// ("182045675", as forms ask for it), after its word.
		Name:     "cl_rut_plain",
		Type:     "CL_RUT",
		Pattern:  numStart + `(?P<v>\d{7,8}-?[\dkK])(?:\b|\z|[^\w])`,
		Score:    0.5,
		Validate: validCLRUT,
		// Not "run", the RUT's other name: English runs everywhere.
		Keywords:       []string{"rut", "r.u.t"},
		Context:        []string{"rut", "r.u.t"},
		RequireContext: true,
		Examples: []Example{
			{Text: "mi hija Florencia va a recibir el paquete, su rut es 21345678-4", Want: "21345678-4"},
			{Text: "el rut del titular es 182045675 (sin puntos ni guion)", Want: "182045675"},
			{Text: "rut 21345678-5", Want: ""},
			{Text: "pedido 21345678-4", Want: ""},
		},
	},
	{
		// Uruguay's cédula: seven digits (six for the oldest) and a
		// check digit (weights 2, 9, 8, 7, 6, 3, 4), "4.567.890-5", after
		// "cédula" or "C.I.".
		Name:     "uy_ci",
		Type:     "UY_CI",
		Pattern:  numStart + `(?P<v>\d\.?\d{3}\.?\d{3}-?\d|\d{3}\.?\d{3}-\d)\b`,
		Score:    0.6,
		Validate: validUYCI,
		// Not "CI" alone: developers' chats put build numbers after it.
		Keywords:       []string{"cédula", "cedula", "c.i", "cédula de identidad", "cedula de identidad"},
		Context:        []string{"cédula", "cedula", "c.i", "cédula de identidad", "cedula de identidad"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Buenas, cédula 4.567.890-5, quería saber si ya está lista la devolución", Want: "4.567.890-5"},
			{Text: "a nombre de Sofía Fernández Rodríguez C.I. 32187652", Want: "32187652"},
			{Text: "cédula 4.567.890-6", Want: ""},
			{Text: "CI pipeline 32187653", Want: ""},
		},
	},
	{
		// Peru's DNI: eight digits without dots, after "DNI"
		// (Argentina's is dotted, ar_dni; Spain's ends in a letter).
		Name:           "pe_dni",
		Type:           "PE_DNI",
		Pattern:        numStart + `(?P<v>\d{8})\b`,
		Score:          0.5,
		Keywords:       []string{"dni"},
		Context:        []string{"dni"},
		RequireContext: true,
		// "mi DNI es 52411055N. El pedido 48213377": an order's number
		// after a Spanish DNI (session 56; TestIdentifiersOfSession56).
		namedByRef: true,
		Examples: []Example{
			{Text: "Hola, mi DNI es 45678912, quería saber el estado de mi reclamo", Want: "45678912"},
			{Text: "nací el 3 de mayo de 1979 y el DNI es 27431558, ¿con eso alcanza?", Want: "27431558"},
			{Text: "DNI 4567891", Want: ""},
			{Text: "DNI 12345678Z", Want: ""},
		},
	},
	{
		// Mexico's social security number (NSS, IMSS): eleven digits with
		// a Luhn check digit, after its word.
		Name:           "mx_nss",
		Type:           "MX_NSS",
		Pattern:        numStart + `(?P<v>\d{11})\b`,
		Score:          0.5,
		Validate:       validLuhnDigits,
		Keywords:       []string{"nss", "imss", "número de seguro social", "numero de seguro social", "número de seguridad social"},
		Context:        []string{"nss", "imss", "número de seguro social", "numero de seguro social", "número de seguridad social"},
		RequireContext: true,
		Examples: []Example{
			{Text: "me piden el NSS, es el 42088963121 a nombre de Alberto", Want: "42088963121"},
			{Text: "NSS 42088963122", Want: ""},
			{Text: "número de seguro social 12345678903", Want: "12345678903"},
			{Text: "NSS 1234567890", Want: ""},
		},
	},
	{
		// Mexico's voter key (clave de elector, on the INE card): six
		// letters of the names, the date of birth as YYMMDD, the state's
		// two digits, H or M, and three more.
		Name:           "mx_clave_elector",
		Type:           "MX_CLAVE_ELECTOR",
		Pattern:        `\b(?P<v>[A-Z]{6}\d{8}[HM]\d{3})\b`,
		Score:          0.6,
		Validate:       validMXClaveElector,
		Keywords:       []string{"clave de elector", "ine", "credencial para votar", "credencial de elector"},
		Context:        []string{"clave de elector", "ine", "credencial para votar", "credencial de elector"},
		RequireContext: true,
		Examples: []Example{
			{Text: "les mando los datos de mi INE\nclave de elector VLTRAN92061419M700\nfecha de nacimiento 14/06/1992", Want: "VLTRAN92061419M700"},
			{Text: "clave de elector VLTRAN92136419M700", Want: ""},
			{Text: "mi INE tiene la clave GMVLMR80070501M100", Want: "GMVLMR80070501M100"},
			{Text: "clave de elector GMVLMR80070599M100", Want: ""},
		},
	},
	{
		// El Salvador's identity document (DUI): eight digits, a dash and
		// a check (the eight weighted 9 to 2, ten less the sum modulo
		// 10), after its word.
		Name:            "sv_dui",
		Type:            "SV_DUI",
		Pattern:         numStart + `(?P<v>\d{8}-?\d)\b`,
		Score:           0.7,
		Validate:        validSVDUI,
		Keywords:        svDUIWords,
		Context:         svDUIWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Beneficiaria: Karla Beatriz Mejía Orellana, DUI 04417283-1, tel", Want: "04417283-1"},
			{Text: "Para verificar: soy René Alvarado, DUI 03962257-0 y mi correo", Want: "03962257-0"},
			{Text: "DUI 04417283-2", Want: ""},
			{Text: "pedido 04417283-1", Want: ""},
		},
	},
	{
		// Guatemala's personal identification code (CUI of the DPI):
		// eight digits, a check (the eight weighted 2 to 9 modulo 11),
		// the department (01 to 22) and the municipality, written whole
		// or as 4, 5 and 4 digits ("2543 16834 0101"), after its word.
		Name:            "gt_dpi",
		Type:            "GT_DPI",
		Pattern:         numStart + `(?P<v>\d{13}|\d{4} \d{5} \d{4})\b`,
		Score:           0.7,
		Validate:        validGTDPI,
		Keywords:        gtDPIWords,
		Context:         gtDPIWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "soy María José Ajú Chavajay, mi DPI es 4527890790102 y necesito", Want: "4527890790102"},
			{Text: "a nombre de Edgar Pérez Tzoc, DPI 9470 96698 0102", Want: "9470 96698 0102"},
			{Text: "DPI 4527890780102", Want: ""},
			{Text: "DPI 4527890792302", Want: ""},
		},
	},
	{
		// Jamaica's taxpayer registration number (TRN): nine digits,
		// whole or in threes, after its word.
		Name:            "jm_trn",
		Type:            "JM_TRN",
		Pattern:         numStart + `(?P<v>\d{9}|\d{3}-\d{3}-\d{3})\b`,
		Score:           0.6,
		Keywords:        jmTRNWords,
		Context:         jmTRNWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "mi cyaan log in to di app since yesterday. TRN 112-843-096, cell", Want: "112-843-096"},
			{Text: "trn 104538271, dob 1990", Want: "104538271"},
			{Text: "TRN 1045382", Want: ""},
			{Text: "order 104538271", Want: ""},
		},
	},
}

// ptLicenceWords name a Portuguese driving licence: the card ("carta")
// and its full name.
var ptLicenceWords = []string{"carta", "carta de condução", "carta de conducao", "nº da carta", "n.º da carta"}

// The words of El Salvador's, Guatemala's and Jamaica's numbers above.
var (
	svDUIWords = []string{"dui", "documento único de identidad", "documento unico de identidad"}
	gtDPIWords = []string{"dpi", "cui", "documento personal de identificación", "documento personal de identificacion"}
	jmTRNWords = []string{"trn", "taxpayer registration number", "tax registration number"}
)

// drivingLicenceWords name a driving licence in Spanish, Portuguese, French
// and Dutch.
var drivingLicenceWords = []string{"licencia", "licencia de conducir", "licencia de manejo", "licencia de conducción", "brevete", "carnet de conducir", "permiso de conducir", "carteira de motorista", "carta de condução", "carta de conducao", "pase de conducción",
	"permis de conduire", "numéro de permis", "n° de permis", "rijbewijs", "rijbewijsnummer",
	// A French licence's number after "permis" and its number's sign, or
	// after "mon permis" (session 67: "Mon permis n° 120775300412",
	// "permis n° 120675200481"); a bare "permis" is a permit as often.
	"permis n°", "permis nº", "permis no", "permis numéro", "mon permis"}

// validPERUC checks a Peruvian RUC: the first ten digits weighted 5, 4,
// 3, 2, 7, 6, 5, 4, 3, 2, and 11 less the sum modulo 11 (10 and 11 giving
// 0 and 1) the eleventh.
func validPERUC(m string) bool {
	d := digitsOf(m, 11)
	if d == "" {
		return false
	}
	sum := weightedSum(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})
	return (11-sum%11)%10 == int(d[10]-'0')
}

// validSVDUI checks a Salvadoran DUI: the ninth digit is ten less the
// sum of the eight weighted 9 down to 2, modulo 10.
func validSVDUI(match string) bool {
	d := digitsOf(match, 9)
	if d == "" || strings.Trim(d, "0") == "" {
		return false
	}
	return (10-weightedSum(d, []int{9, 8, 7, 6, 5, 4, 3, 2})%10)%10 == int(d[8]-'0')
}

// validGTDPI checks a Guatemalan CUI: the ninth digit is the sum of the
// eight weighted 2 up to 9 modulo 11 (10 has no digit), and the
// department's code is 01 to 22.
func validGTDPI(match string) bool {
	d := digitsOf(match, 13)
	if d == "" {
		return false
	}
	if dep := num(d[9:11]); dep < 1 || dep > 22 || num(d[11:13]) == 0 {
		return false
	}
	return weightedSum(d, []int{2, 3, 4, 5, 6, 7, 8, 9})%11 == int(d[8]-'0')
}

// clabeWords are the words near a Mexican CLABE written without its
// own: a bank, an account, its holder ("a nombre de", in the name of) or
// beneficiary, a transfer or a refund in Spanish, and the banks of
// Mexico by their names. "clabe" itself is bank.go's, which reads the
// key right after it ("mi clabe es la de siempre 0121..." is too far).
var clabeWords = []string{"banco", "cuenta", "titular", "a nombre de", "beneficiario", "transferencia", "transferir", "depósito", "deposito", "depositar", "deposítame", "reembolso", "spei",
	"bbva", "banorte", "santander", "hsbc", "banamex", "citibanamex", "scotiabank", "inbursa", "banregio", "azteca", "bancoppel", "afirme", "banbajío", "banbajio"}

// cbuWords are the words near an Argentine CBU written without its own
// right before it: the key's names (a wallet's CVU), an account, its
// holder ("titular", "a nombre de"), a transfer, a refund ("reintegro")
// or a deposit, and the account's alias ("alias: pampa.sol.mate").
var cbuWords = []string{"cbu", "cvu", "cuenta", "titular", "a nombre de", "transferencia", "transferir", "transferí", "transferime", "transfiero",
	"reintegro", "reembolso", "depósito", "deposito", "depositar", "alias"}

// cbuAliasWords name what an alias stands for near it: the key (CBU,
// a wallet's CVU), an account, its holder, a transfer, and the wallet
// that gives most of them.
var cbuAliasWords = []string{"cbu", "cvu", "cuenta", "titular", "a nombre de", "transferencia", "transferir", "transferí", "transferime", "transfiero", "mercado pago", "mercadopago"}

// validCBUAlias checks an alias's length (six to twenty characters, as
// the banks' rules of Argentina's central bank allow) and that it holds
// a letter: "1234.5678" is a number.
func validCBUAlias(m string) bool {
	return len(m) >= 6 && len(m) <= 20 && strings.IndexFunc(m, func(r rune) bool { return r > '9' }) >= 0
}

// cciWords name Peru's interbank account code ("código de cuenta
// interbancario").
var cciWords = []string{"cci", "código de cuenta interbancario", "codigo de cuenta interbancario", "cuenta interbancaria"}

// peForeignerWords name Peru's foreigner's card, with and without its
// accents, as "carné" and as "carnet".
var peForeignerWords = []string{"carné de extranjería", "carnet de extranjería", "carne de extranjeria", "carnet de extranjeria", "carné de extranjeria"}

// clSerialWords name the serial of Chile's identity card: the card's
// "serie" and its document number.
var clSerialWords = []string{"serie", "número de serie", "numero de serie", "n° de serie", "nº de serie", "número de documento", "numero de documento", "n° de documento", "nº de documento"}

// validARCBU checks an Argentine CBU: the bank's block of seven digits
// weighted 7, 1, 3, 9, 7, 1, 3 and the account's thirteen weighted 3, 9,
// 7, 1 in turn, each closed by ten less its sum modulo 10 (10 giving 0).
// A block of zeros is none.
func validARCBU(m string) bool {
	d := digitsOf(m, 22)
	if d == "" || d[:7] == "0000000" || d[8:21] == "0000000000000" {
		return false
	}
	bank := weightedSum(d, []int{7, 1, 3, 9, 7, 1, 3})
	acct := weightedSum(d[8:], []int{3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3})
	return (10-bank%10)%10 == int(d[7]-'0') && (10-acct%10)%10 == int(d[21]-'0')
}

// validPECCI checks a Peruvian CCI: the bank's and branch's six digits,
// then the account's twelve, each weighted 1, 2 in turn with the digits
// of a product above 9 added, and each closed by ten less its sum
// modulo 10 (10 giving 0). Hyphens, when there are, part the four
// fields.
func validPECCI(m string) bool {
	if strings.IndexByte(m, '-') < 0 && len(m) != 20 {
		return false
	}
	d := digitsOf(m, 20)
	if d == "" || d[6:18] == "000000000000" {
		return false
	}
	return cciCheck(d[:6]) == d[18] && cciCheck(d[6:18]) == d[19]
}

// cciCheck returns the check digit of one field of a CCI.
func cciCheck(f string) byte {
	sum := 0
	for i := 0; i < len(f); i++ {
		v := int(f[i]-'0') * (1 + i%2)
		sum += v/10 + v%10
	}
	return byte('0' + (10-sum%10)%10)
}

// dateOfAutogenerado checks that an EsSalud autogenerado opens with a
// date of birth: a month of 1 to 12 (51 to 62, a woman's, as Mexico's
// and Peru's older registers write it) and a day of 1 to 31 after the
// year's two digits.
func dateOfAutogenerado(m string) bool {
	if len(m) != 15 || !allDigits(m[:6]) {
		return false
	}
	mm, dd := num(m[2:4]), num(m[4:6])
	if mm > 50 {
		mm -= 50
	}
	return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31
}

// validMXCLABE checks a Mexican CLABE: the first seventeen digits
// weighted 3, 7, 1 in turn, and ten less their sum modulo 10 (10 giving
// 0) the eighteenth. A bank's code of zeros is none.
func validMXCLABE(m string) bool {
	d := digitsOf(m, 18)
	if d == "" || d[:3] == "000" {
		return false
	}
	sum := weightedSum(d, []int{3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7})
	return (10-sum%10)%10 == int(d[17]-'0')
}
