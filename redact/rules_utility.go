package redact

import "strings"

// Identifiers of a home's energy, water or broadband supply point that an
// energy supplier's or an internet provider's support asks for when a
// customer moves house or switches supplier.

// TypeUtilityMeter is the identifier of a home's supply point or meter:
// the UK's MPAN core, Ireland's MPRN and GPRN, Australia's NMI and nbn
// location and service ids, France's PDL/PRM and PCE, Spain's CUPS,
// Italy's POD and PDR, Germany's Marktlokations-ID and Zählernummer. It
// names one address, and through the supplier's records its occupant.
const TypeUtilityMeter = "UTILITY_METER_ID"

// Each identifier is found only near a word of its own: most are bare
// runs of digits, the shape of an account's, an order's or a phone's.
var (
	// mpanWords name a UK electricity supply's MPAN.
	mpanWords = []string{"mpan", "mpans", "mpan core", "core mpan", "mpan number", "supply number",
		"meter point administration number"}
	// mprnWords name an Irish electricity supply's MPRN.
	mprnWords = []string{"mprn", "mprn number", "meter point reference number"}
	// gprnWords name an Irish gas supply's GPRN.
	gprnWords = []string{"gprn", "gprn number", "gas point registration number"}
	// nmiWords name an Australian electricity supply's NMI.
	nmiWords = []string{"nmi", "nmi number", "national meter identifier", "national metering identifier"}
	// pdlWords name a French electricity supply's PDL or PRM.
	pdlWords = []string{"pdl", "prm", "point de livraison", "numéro de pdl", "numéro pdl", "numero pdl",
		"point référence mesure", "point de référence et de mesure"}
	// pceWords name a French gas supply's PCE.
	pceWords = []string{"pce", "point de comptage", "point de comptage et d'estimation", "numéro de pce",
		"numéro pce", "numero pce"}
	// cupsWords name a Spanish supply's CUPS.
	cupsWords = []string{"cups", "código cups", "codigo cups", "código unificado de punto de suministro",
		"codigo unificado de punto de suministro"}
	// cpeWords name a Portuguese supply's CPE (its point of delivery).
	cpeWords = []string{"cpe", "código cpe", "codigo cpe", "código de ponto de entrega", "codigo de ponto de entrega",
		"ponto de entrega"}
	// podWords name an Italian electricity supply's POD.
	podWords = []string{"pod", "codice pod", "punto di prelievo"}
	// pdrWords name an Italian gas supply's PDR.
	pdrWords = []string{"pdr", "codice pdr", "punto di riconsegna"}
	// maloWords name a German supply's Marktlokations-ID.
	maloWords = []string{"marktlokations-id", "marktlokationsid", "marktlokations id", "marktlokation", "malo-id",
		"malo id", "malo"}
	// zaehlerWords name a German meter's number.
	zaehlerWords = []string{"zählernummer", "zaehlernummer", "zählernr", "zähler-nr", "zähler nr", "zähler-nummer",
		"zählernummern"}
	// nbnWords name an Australian nbn connection's location or service id.
	nbnWords = []string{"nbn", "location id", "loc id", "nbn location id", "avc", "avc id"}
)

var utilityRules = []Rule{
	{
		Name: "uk_mpan",
		Type: TypeUtilityMeter,
		// The MPAN core's thirteen digits in one run or as the bill
		// prints them, 2-4-4-3 ("12 3779 3707 720").
		Pattern:        numStart + `(?P<v>\d{13}|\d{2} \d{4} \d{4} \d{3})\b`,
		Score:          0.7,
		Validate:       validMPAN,
		Keywords:       mpanWords,
		Context:        mpanWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "MPAN is 1237793707720 if you need it", Want: "1237793707720"},
			{Text: "the core MPAN 12 3779 3707 720 matches our records", Want: "12 3779 3707 720"},
			{Text: "Old property 1406705622016 will close on 10/04, both MPANs are confirmed", Want: "1406705622016"},
			// No MPAN word; a wrong check digit; twelve digits; a
			// distributor (09) no MPAN has.
			{Text: "order 1237793707720 shipped", Want: ""},
			{Text: "MPAN is 1237793707721 if you need it", Want: ""},
			{Text: "MPAN is 123779370772 if you need it", Want: ""},
			{Text: "MPAN is 0937793707720 if you need it", Want: ""},
		},
	},
	{
		Name: "ie_mprn",
		Type: TypeUtilityMeter,
		// Eleven digits starting "10".
		Pattern:        numStart + `(?P<v>10\d{9})\b`,
		Score:          0.7,
		Validate:       validMPRN,
		Keywords:       mprnWords,
		Context:        mprnWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "MPRN at the new place is 10092747635", Want: "10092747635"},
			{Text: "my mprn number: 10306835212, moving in on Friday", Want: "10306835212"},
			// No MPRN word; ten digits; not "10".
			{Text: "ref 10092747635 attached", Want: ""},
			{Text: "MPRN at the new place is 1009274763", Want: ""},
			{Text: "MPRN at the new place is 11092747635", Want: ""},
		},
	},
	{
		// A British gas supply's MPRN (session 74): six to ten digits
		// (Xoserve allocates them with no published check), right after
		// the word, which the British and the Irish share: "gas MPRN is
		// 7458812604", "MPRN 2249036813, reading 11842.3". Ireland's
		// eleven digits are ie_mprn's; a meter's reading a few words on
		// ("MPRN on the bill, reading 118423") is not read.
		Name:     "uk_mprn",
		Type:     TypeUtilityMeter,
		Pattern:  `(?i)\b(?:mprn|meter point reference number)(?: (?:no\.?|number|is|was))*[ :#]*(?P<v>\d{6,10})\b`,
		Score:    0.7,
		Keywords: mprnWords,
		Examples: []Example{
			{Text: "gas MPRN is 7458812604, elec is fine", Want: "7458812604"},
			{Text: "MPRN: 3381907, meter in the cellar", Want: "3381907"},
			// Ireland's eleven digits are ie_mprn's; a reading after
			// other words; five digits.
			{Text: "MPRN on the bill, reading 118423", Want: ""},
			{Text: "MPRN 73819", Want: ""},
		},
	},
	{
		Name: "ie_gprn",
		Type: TypeUtilityMeter,
		// Seven digits.
		Pattern:        numStart + `(?P<v>\d{7})\b`,
		Score:          0.7,
		Validate:       validGPRN,
		Keywords:       gprnWords,
		Context:        gprnWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "GPRN 8184490", Want: "8184490"},
			{Text: "the gas one, GPRN is 2701374 for the flat", Want: "2701374"},
			// No GPRN word; six and eight digits.
			{Text: "invoice 8184490 paid", Want: ""},
			{Text: "GPRN 818449", Want: ""},
			{Text: "GPRN 81844901", Want: ""},
		},
	},
	{
		Name: "au_nmi",
		Type: TypeUtilityMeter,
		// Ten capitals and digits, then the checksum digit or not.
		Pattern:        `(?:\A|[^\w])(?P<v>[A-Z0-9]{10}\d?)\b`,
		Score:          0.7,
		Validate:       validNMI,
		Keywords:       nmiWords,
		Context:        nmiWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "NMI 63054198272", Want: "63054198272"},
			{Text: "NMI QB073154989", Want: "QB073154989"},
			{Text: "the NMI on the bill is 6305419827, my mobile 0412345678", Want: "6305419827"},
			// No NMI word; a wrong checksum; nine and twelve
			// characters; a word in capitals; a phone's leading 0.
			{Text: "order 63054198272 shipped", Want: ""},
			{Text: "NMI 63054198273", Want: ""},
			{Text: "NMI QB0731549", Want: ""},
			{Text: "NMI 630541982721", Want: ""},
			{Text: "NMI CONNECTION pending", Want: ""},
			{Text: "NMI 0412345678", Want: ""},
		},
	},
	{
		Name: "fr_pdl",
		Type: TypeUtilityMeter,
		// Fourteen digits.
		Pattern:        numStart + `(?P<v>\d{14})\b`,
		Score:          0.7,
		Validate:       validPDL,
		Keywords:       pdlWords,
		Context:        pdlWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Mon PDL actuel est 15263652928709", Want: "15263652928709"},
			{Text: "numéro de PRM : 09123456789012, emménagement le 3", Want: "09123456789012"},
			// No PDL word; thirteen and fifteen digits.
			{Text: "commande 15263652928709 expédiée", Want: ""},
			{Text: "Mon PDL actuel est 1526365292870", Want: ""},
			{Text: "Mon PDL actuel est 152636529287091", Want: ""},
		},
	},
	{
		Name: "fr_pce",
		Type: TypeUtilityMeter,
		// "GI" and six digits, or fourteen digits.
		Pattern:        numStart + `(?P<v>GI\d{6}|\d{14})\b`,
		Score:          0.7,
		Validate:       validPCE,
		Keywords:       pceWords,
		Context:        pceWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "le PCE c'est GI073391", Want: "GI073391"},
			{Text: "Numéro de PCE : 21475836920418 pour le gaz", Want: "21475836920418"},
			// No PCE word; five digits after "GI"; thirteen digits.
			{Text: "réf GI073391 merci", Want: ""},
			{Text: "le PCE c'est GI07339", Want: ""},
			{Text: "le PCE c'est 2147583692041", Want: ""},
		},
	},
	{
		Name: "es_cups",
		Type: TypeUtilityMeter,
		// "ES", sixteen digits, two control letters, and the
		// measuring point's digit and kind ("0F", "1P") or not.
		Pattern:        `(?:\A|[^\w])(?P<v>ES\d{16}[A-Z]{2}(?:\d[FPCRXYZ])?)\b`,
		Score:          0.7,
		Validate:       validCUPS,
		Keywords:       cupsWords,
		Context:        cupsWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "El CUPS del piso nuevo es ES0021604230469216YH", Want: "ES0021604230469216YH"},
			{Text: "CUPS: ES0021604230469216YH0F, titular mi pareja", Want: "ES0021604230469216YH0F"},
			// No CUPS word; wrong control letters; fifteen digits.
			{Text: "referencia ES0021604230469216YH", Want: ""},
			{Text: "El CUPS del piso nuevo es ES0021604230469216YJ", Want: ""},
			{Text: "El CUPS del piso nuevo es ES002160423046921YH", Want: ""},
		},
	},
	{
		Name: "pt_cpe",
		Type: TypeUtilityMeter,
		// Portugal's CPE (código de ponto de entrega), the CUPS of
		// Iberia's one market: "PT", sixteen digits and two control
		// letters, glued or as bills print it in groups of four ("CPE
		// PT 0002 0000 7143 8210 PY", session 73).
		Pattern:        `(?:\A|[^\w])(?P<v>PT ?\d{4} ?\d{4} ?\d{4} ?\d{4} ?[A-Z]{2})\b`,
		Score:          0.7,
		Validate:       validPTCPE,
		Keywords:       cpeWords,
		Context:        cpeWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "o CPE da minha casa é PT 0002 0000 7143 8210 PY, potência 6,9 kVA", Want: "PT 0002 0000 7143 8210 PY"},
			{Text: "CPE: PT0002000093016654PB", Want: "PT0002000093016654PB"},
			// Wrong control letters; no CPE word; spaces in some groups only.
			{Text: "CPE PT 0002 0000 7143 8210 PF", Want: ""},
			{Text: "referência PT 0002 0000 7143 8210 PY", Want: ""},
			{Text: "CPE PT 0002 00007143 8210 PY", Want: ""},
		},
	},
	{
		Name: "it_pod",
		Type: TypeUtilityMeter,
		// "IT", the distributor's three digits, "E" and eight or nine
		// digits.
		Pattern:        `(?:\A|[^\w])(?P<v>IT\d{3}E\d{8,9})\b`,
		Score:          0.7,
		Validate:       validPOD,
		Keywords:       podWords,
		Context:        podWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Il POD della casa nuova è IT001E29215886", Want: "IT001E29215886"},
			{Text: "codice POD IT012E004718693, voltura a mio nome", Want: "IT012E004718693"},
			// No POD word; seven and ten digits after "E".
			{Text: "fattura IT001E29215886 pagata", Want: ""},
			{Text: "Il POD della casa nuova è IT001E2921588", Want: ""},
			{Text: "Il POD della casa nuova è IT001E2921588612", Want: ""},
		},
	},
	{
		Name: "it_pdr",
		Type: TypeUtilityMeter,
		// Fourteen digits.
		Pattern:        numStart + `(?P<v>\d{14})\b`,
		Score:          0.7,
		Validate:       validPDR,
		Keywords:       pdrWords,
		Context:        pdrWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "il PDR 02445946549629", Want: "02445946549629"},
			{Text: "Codice PDR: 15230000412278 per il gas", Want: "15230000412278"},
			// No PDR word; thirteen and fifteen digits.
			{Text: "ordine 02445946549629 spedito", Want: ""},
			{Text: "il PDR 0244594654962", Want: ""},
			{Text: "il PDR 024459465496291", Want: ""},
		},
	},
	{
		Name: "de_malo",
		Type: TypeUtilityMeter,
		// Eleven digits, the first not 0.
		Pattern:        numStart + `(?P<v>[1-9]\d{10})\b`,
		Score:          0.7,
		Validate:       validMaLo,
		Keywords:       maloWords,
		Context:        maloWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Die Marktlokations-ID der neuen Wohnung lautet 55926612752", Want: "55926612752"},
			{Text: "MaLo-ID: 41373559241", Want: "41373559241"},
			// No MaLo word; a wrong check digit; ten digits; a
			// leading 0.
			{Text: "Bestellung 55926612752 versandt", Want: ""},
			{Text: "Die Marktlokations-ID der neuen Wohnung lautet 55926612753", Want: ""},
			{Text: "Die Marktlokations-ID der neuen Wohnung lautet 5592661275", Want: ""},
			{Text: "MaLo-ID: 01373559241", Want: ""},
		},
	},
	{
		Name: "de_zaehlernummer",
		Type: TypeUtilityMeter,
		// DIN 43863-5: the medium's digit, the maker's three capitals
		// and ten digits ("1ESY1160731942").
		Pattern:        `(?:\A|[^\w])(?P<v>\d[A-Z]{3}\d{10})\b`,
		Score:          0.7,
		Validate:       validZaehlernummer,
		Keywords:       zaehlerWords,
		Context:        zaehlerWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Zählernummer 1ESY1160731942, Stand 18423 kWh", Want: "1ESY1160731942"},
			{Text: "Gaszähler, Zähler-Nr. 7GMT0013845520", Want: "7GMT0013845520"},
			// No meter word; nine and eleven digits.
			{Text: "Artikel 1ESY1160731942 bestellt", Want: ""},
			{Text: "Zählernummer 1ESY116073194", Want: ""},
			{Text: "Zählernummer 1ESY11607319420", Want: ""},
		},
	},
	{
		Name: "au_nbn",
		Type: TypeUtilityMeter,
		// The location's "LOC" or the service's "AVC" and twelve
		// digits.
		Pattern:        `(?:\A|[^\w])(?P<v>(?:LOC|AVC)\d{12})\b`,
		Score:          0.7,
		Validate:       validNBN,
		Keywords:       nbnWords,
		Context:        nbnWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "nbn location id is LOC000174429183 and the", Want: "LOC000174429183"},
			{Text: "the AVC on the paperwork is AVC000093817264", Want: "AVC000093817264"},
			// No nbn word; eleven and thirteen digits.
			{Text: "ticket LOC000174429183 closed", Want: ""},
			{Text: "nbn location id is LOC00017442918", Want: ""},
			{Text: "nbn location id is LOC0001744291831", Want: ""},
		},
	},
}

// mpanPrimes weigh the MPAN core's first twelve digits (11 is left out).
var mpanPrimes = [12]int{3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43}

// validMPAN checks an MPAN core: thirteen digits, a distributor's id from
// 10 to 24, and a check digit that is the sum of the first twelve digits
// weighed by mpanPrimes, modulo 11, modulo 10. (The check as in the
// limejump "mpan" library, mpan/mpan.py, which cites Wikipedia's "Meter
// Point Administration Number".)
func validMPAN(m string) bool {
	d := digitsOf(m, 13)
	if d == "" {
		return false
	}
	if id := int(d[0]-'0')*10 + int(d[1]-'0'); id < 10 || id > 24 {
		return false
	}
	sum := 0
	for i, p := range mpanPrimes {
		sum += p * int(d[i]-'0')
	}
	return sum%11%10 == int(d[12]-'0')
}

// validMPRN checks an Irish MPRN's shape: eleven digits starting "10". No
// check digit is published: shape only.
func validMPRN(m string) bool {
	return len(m) == 11 && m[0] == '1' && m[1] == '0' && allDigits(m)
}

// validGPRN checks an Irish GPRN's shape: seven digits. No check digit is
// published: shape only.
func validGPRN(m string) bool {
	return len(m) == 7 && allDigits(m)
}

// validNMI checks an Australian NMI: ten capitals and digits, with two
// digits at least (a word in capitals is no NMI) and no leading 0 (no
// distributor's prefix in the allocation list of the "nmicheck" package
// has one; an Australian phone number written in full does), and when an
// eleventh digit follows, AEMO's checksum: from the right of the ten,
// every other character's ASCII code doubled, starting with the last; the
// decimal digits of all the codes summed; the checksum takes the sum up
// to a multiple of 10. (As the gist "AEMO NMI checksum calculator", which
// cites AEMO's NMI procedure, and the "aemo" Ruby gem's
// AEMO::NMI#checksum compute it; the "nmicheck" package's "QAAAVZZZZZ"
// has checksum 3.) A ten-character NMI carries no check: shape only.
func validNMI(m string) bool {
	if len(m) != 10 && len(m) != 11 || m[0] == '0' {
		return false
	}
	digits := 0
	for i := 0; i < 10; i++ {
		c := m[i]
		switch {
		case isDigit(c):
			digits++
		case c < 'A' || c > 'Z':
			return false
		}
	}
	if digits < 2 {
		return false
	}
	if len(m) == 10 {
		return true
	}
	if !isDigit(m[10]) {
		return false
	}
	sum := 0
	for i := 0; i < 10; i++ {
		v := int(m[9-i])
		if i%2 == 0 {
			v *= 2
		}
		for ; v > 0; v /= 10 {
			sum += v % 10
		}
	}
	return (10-sum%10)%10 == int(m[10]-'0')
}

// validPDL checks a French PDL/PRM's shape: fourteen digits. Enedis
// publishes no check key: shape only.
func validPDL(m string) bool {
	return len(m) == 14 && allDigits(m)
}

// validPCE checks a French PCE's shape: "GI" and six digits, or fourteen
// digits. No check key is published: shape only.
func validPCE(m string) bool {
	if len(m) == 8 && m[0] == 'G' && m[1] == 'I' {
		return allDigits(m[2:])
	}
	return len(m) == 14 && allDigits(m)
}

// cupsLetters are the CUPS's control letters, indexed by value.
const cupsLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// validCUPS checks a Spanish CUPS: "ES", sixteen digits and two control
// letters, then maybe a measuring point's digit and kind. The sixteen
// digits, as a number, modulo 529 give r; the letters are those of
// cupsLetters at r/23 and r%23. (As in the public CUPS validators, e.g.
// the gists "Función para validar el CUPS" of leon-domingo and "Generate
// Random CUPS" of mroig, which cite Wikipedia's "Código Unificado de
// Punto de Suministro".)
func validCUPS(m string) bool {
	if len(m) != 20 && len(m) != 22 || m[0] != 'E' || m[1] != 'S' {
		return false
	}
	return cupsControl(m[2:20])
}

// validPTCPE checks Portugal's CPE (see pt_cpe): once its spaces are
// gone, "PT", sixteen digits and the two control letters of a CUPS.
func validPTCPE(m string) bool {
	c := strings.ReplaceAll(m, " ", "")
	if len(c) != 20 || c[:2] != "PT" || len(m) != 20 && len(m) != 25 {
		return false // spaces after each group or none
	}
	return cupsControl(c[2:])
}

// cupsControl reports whether v, sixteen digits and two letters, ends
// in the letters its digits give (see validCUPS).
func cupsControl(v string) bool {
	var n uint64
	for i := 0; i < 16; i++ {
		if !isDigit(v[i]) {
			return false
		}
		n = n*10 + uint64(v[i]-'0')
	}
	r := n % 529
	return v[16] == cupsLetters[r/23] && v[17] == cupsLetters[r%23]
}

// validPOD checks an Italian POD's shape: "IT", three digits, "E" and
// eight or nine digits. No check character is published: shape only.
func validPOD(m string) bool {
	return (len(m) == 14 || len(m) == 15) && m[0] == 'I' && m[1] == 'T' && allDigits(m[2:5]) && m[5] == 'E' && allDigits(m[6:])
}

// validPDR checks an Italian PDR's shape: fourteen digits. No check digit
// is published: shape only.
func validPDR(m string) bool {
	return len(m) == 14 && allDigits(m)
}

// validMaLo checks a German Marktlokations-ID: eleven digits, the first
// not 0, and a check digit that takes to a multiple of 10 the sum of the
// first ten digits, those at even positions (from 1, on the left)
// doubled with no sum of their digits. (BDEW's "Identifikatoren in der
// Marktkommunikation" §8.1, as the rubo4e crate's MaloId quotes it with
// BDEW's worked example 41373559241; the automapper-validation crate's
// validate_malo_id gives 51238696781.)
func validMaLo(m string) bool {
	if len(m) != 11 || m[0] == '0' || !allDigits(m) {
		return false
	}
	sum := 0
	for i := 0; i < 10; i++ {
		d := int(m[i] - '0')
		if i%2 == 1 {
			d *= 2
		}
		sum += d
	}
	return (10-sum%10)%10 == int(m[10]-'0')
}

// validZaehlernummer checks a German meter number's shape (DIN 43863-5):
// a digit, three capitals and ten digits. The standard was not found in
// public text to confirm more: shape only.
func validZaehlernummer(m string) bool {
	if len(m) != 14 || !isDigit(m[0]) || !allDigits(m[4:]) {
		return false
	}
	for i := 1; i < 4; i++ {
		if m[i] < 'A' || m[i] > 'Z' {
			return false
		}
	}
	return true
}

// validNBN checks an nbn location or service id's shape: "LOC" or "AVC"
// and twelve digits. No check digit is published: shape only.
func validNBN(m string) bool {
	return len(m) == 15 && (m[:3] == "LOC" || m[:3] == "AVC") && allDigits(m[3:])
}

func init() {
	register(utilityRules...)
}
