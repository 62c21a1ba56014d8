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
