package redact

// The numbers that public services give a person: prisons and
// probation, the armed forces, libraries, farms' registers (session
// 68's blind sets: families writing to prisons, veterans, library
// members and farmers), and Norway's bank accounts.

// prisonWords name a prison or its inmates; a UK prison number near one
// is a prisoner's ("his prison number is A4821DK", "Callum Reid,
// A6620EL, at HMP Doncaster").
var prisonWords = []string{"prison", "prisoner", "prisoners", "hmp", "hmyoi", "hmpps", "inmate", "inmates", "jail", "incarcerated", "custody"}

// prisonNumberWords are prisoner_number's keywords: the words of its
// pattern that label a prisoner's number.
var prisonNumberWords = []string{"prison", "prisoner", "inmate", "offender", "cdcr", "tdcj", "bop", "dc", "doc"}

// serviceNumberWords label a member's number in the armed forces: the
// rule's keywords.
var serviceNumberWords = []string{"service", "official number", "army number", "regimental number", "pmkeys"}

// libraryWords name a library or its card, in the chat languages.
var libraryWords = []string{"library", "libraries", "librarian", "library card", "biblioteca", "bibliotheek", "bibliothek", "bibliothèque", "bibliothekar",
	"bibliotheekpas", "bibliotheekkaart", "ledenpas", "pasnummer", "bibliotheksausweis", "lesekarte", "leserausweis", "leserkonto", "bücherei", "stadtbücherei", "patron", "carné", "carnet", "lector", "lectora", "tessera", "kirjastokortti", "lånekort", "bibliotekskort"}

// farmNumberWords label a farm's or a herd's number in a farmers' chat,
// in English, French and German.
var farmNumberWords = []string{"herd", "flock", "cph", "sbi", "pacage", "exploitation", "cheptel", "betriebsnummer", "registriernummer", "nait", "holding"}

// noAccountWords name an account in Norwegian and Danish, with the
// definite forms a chat uses ("kontoen min 3000.15.60103").
var noAccountWords = []string{"konto", "kontoen", "kontonr", "kontonummer", "kontonummeret", "account", "acc", "acct"}

var serviceRules = []Rule{
	{
		// A prison number of England and Wales: a letter, four digits
		// and two letters, near a word of prisons. Elsewhere the shape
		// is a product's or a part's.
		Name:           "uk_prison_number",
		Type:           "PRISONER_NUMBER",
		Pattern:        `(?:^|[^\w\-/])(?P<v>[A-Z]\d{4}[A-Z]{2})\b`,
		Keywords:       prisonWords,
		Context:        prisonWords,
		RequireContext: true,
		Score:          0.6,
		Examples: []Example{
			{Text: "my son Jamie Whitlock at HMP Altcourse, his prison number is A4821DK. my visitor account", Want: "A4821DK"},
			{Text: "hes Callum Reid, A6620EL, at HMP Doncaster. my number is", Want: "A6620EL"},
			{Text: "the parcel for prisoner A1932FR has been returned", Want: "A1932FR"},
			{Text: "part number A4821DK is out of stock", Want: ""},
			{Text: "prisoner ref A4821DKX", Want: ""},
		},
	},
	{
		// An inmate's number after its word: a prison's or a state's
		// department ("CDCR # BK4821", "TDCJ# 02384715", "DC# R48213"),
		// the federal register ("BOP reg 22917-017"; a firm's "FCA
		// register number" is no prisoner's), "inmate ID 1187442",
		// "prison no. 4417202".
		Name: "prisoner_number",
		Type: "PRISONER_NUMBER",
		Pattern: `(?i:\b(?:(?:prison(?:er)?|offender)[ \t]*(?:number|no\.?|num|id|#)|inmate(?:[ \t]*(?:number|no\.?|id|#))?|` +
			`(?:cdcr|tdcj|doc|dc)[ \t]*#|bop[ \t]+reg(?:ister)?(?:[ \t]*(?:number|no\.?|#))?)` +
			`(?:[ \t]+(?:is|was))?)[ \t]*[:#]?[ \t]*` +
			`(?P<v>[A-Z]{0,2}\d{4,8}(?:-\d{3})?|\d{4}-\d{5,6})(?:[^\w\-/]|\z)`,
		Keywords: prisonNumberWords,
		Score:    0.6,
		Examples: []Example{
			{Text: "inmate Ramon Estrada, CDCR # BK4821, at Mule Creek", Want: "BK4821"},
			{Text: "sent $50 to Deshawn Carter DC# R48213 florida doc", Want: "R48213"},
			{Text: "My fiance is Brandon Leal TDCJ# 02384715 at the Coffield Unit", Want: "02384715"},
			{Text: "released from FCI Marianna 02/14/2024, BOP reg 22917-017. Current address", Want: "22917-017"},
			{Text: "inmate 81422-279 at FCI Sheridan", Want: "81422-279"},
			{Text: "inmate ID 2024-008813, was scanned", Want: "2024-008813"},
			{Text: "Washington DC 20001", Want: ""},
			{Text: "inmate ID 12 please", Want: ""},
		},
	},
	{
		// An Australian prisoner's master index number, six or seven
		// digits after "MIN" in capitals ("his MIN is 487213"), which
		// a count does not stand before ("5 MIN 200000" are minutes).
		Name:     "au_prisoner_min",
		Type:     "PRISONER_NUMBER",
		Pattern:  `(?:^|[^\d \t])[ \t]*\bMIN(?:[ \t]+(?:is|was))?[ \t]*:?[ \t]*(?P<v>\d{6,7})\b`,
		Keywords: []string{"min"},
		Score:    0.6,
		Examples: []Example{
			{Text: "My son is Kyle Anderson, MIN 512907, at Silverwater", Want: "512907"},
			{Text: "his MIN is 487213. I want to put money on his account", Want: "487213"},
			{Text: "wait 5 MIN 200000 people are in the queue", Want: ""},
			{Text: "wait 5 min 200000 people are in the queue", Want: ""},
		},
	},
	{
		// A person's number on probation or in the police's records:
		// England's and Wales's case reference number (a letter and six
		// digits, "CRN X482913"; Victoria's has six digits, "CRN
		// 218844"), "supervision ID 4481973", "offender no. 1182294",
		// the Police National Computer's "PNC ID 15/448812R".
		// Australia's Centrelink CRN has nine digits and a letter (its
		// own rule's).
		Name: "probation_number",
		Type: "PROBATION_NUMBER",
		Pattern: `(?:\bCRN(?:[ \t]+(?:is|was))?|(?i:\b(?:supervision[ \t]*(?:id|number|no\.?)|pnc[ \t]*(?:id|number|no\.?)?)(?:[ \t]+(?:is|was|as))?))[ \t]*[:#]?[ \t]*` +
			`(?P<v>[A-Z]?\d{6}|\d{7}|\d{2}/\d{5,7}[A-Z])(?:[^\w\-/]|\z)`,
		Keywords: []string{"crn", "supervision", "pnc"},
		Score:    0.6,
		Examples: []Example{
			{Text: "His probation appt on Tuesday clashes. his CRN is X482913. Can it be moved", Want: "X482913"},
			{Text: "He's Shane Walsh, CRN E221740.", Want: "E221740"},
			{Text: "My partner is Jordan Kells, CRN 218844. I've done my visitor application", Want: "218844"},
			{Text: "this is Travis Hume, supervision ID 4481973. I need permission", Want: "4481973"},
			{Text: "we have your PNC ID as 15/448812R. Please confirm", Want: "15/448812R"},
			{Text: "PNC ID: 15/448812R", Want: "15/448812R"},
			{Text: "Centrelink CRN 204 518 776K", Want: ""},
			{Text: "CRN 2045187761", Want: ""},
		},
	},
	{
		// A member's number in the armed forces after its word: eight
		// digits in Britain ("service number 30247715"), seven in
		// Australia ("service no 8217764", "PMKeyS 8810462"), a letter
		// and a last letter in the Royal Navy ("official number
		// D171456K"), Canada's letter and eight digits in threes
		// (after "SN" and "DND ID" too: service_number_sn). A firm's
		// customer service line is a phone's.
		Name: "service_number",
		Type: "SERVICE_NUMBER",
		Pattern: `(?i:\b(?:(?:service|army|regimental)[ \t]*(?:number|no\.?|num|#)|official[ \t]+number|pmkeys)(?:[ \t]+(?:is|was))?[ \t]*[:#]?[ \t]*)` +
			`(?P<v>[A-Z]{1,2}/[A-Z]{1,2}[ \t]?\d{6}|[A-Z]{0,2}[ \t]?\d{6,8}[A-Z]?|[A-Z]\d{2} \d{3} \d{3})(?:[^\w\-/]|\z)`,
		Keywords:        serviceNumberWords,
		NegativeContext: []string{"customer service", "customer services", "helpline", "hotline", "support line", "call us"},
		Score:           0.6,
		Examples: []Example{
			{Text: "I'm Chloe Bryant, 07823 614992. His service number is 30247715.", Want: "30247715"},
			{Text: "ex-LCPL Darren Whitlock (service no 8217764, 1RAR)", Want: "8217764"},
			{Text: "I served RN 1979-1991, official number D171456K, left as a PO(MEA)", Want: "D171456K"},
			{Text: "discharged 2020. PMKeyS 8810462. Email", Want: "8810462"},
			{Text: "her late brother Cyril Baxter, RN, service no. P/JX 358217", Want: "P/JX 358217"},
			{Text: "call our customer service number 13001234 any time", Want: ""},
			{Text: "service number 12345", Want: ""},
		},
	},
	{
		// Canada's service number, a letter and eight digits in threes,
		// after "SN" in capitals or "DND ID" ("SN F82 117 390", "DND ID
		// A67 452 019"), and an old one of two letters and six digits
		// ("SN SB 117442"). A device's serial number has other shapes.
		Name:     "service_number_sn",
		Type:     "SERVICE_NUMBER",
		Pattern:  `\b(?:SN|(?i:dnd[ \t]+id))[ \t]*:?[ \t]*(?P<v>[A-Z]\d{2} \d{3} \d{3}|[A-Z]{2} \d{6})(?:[^\w\-/]|\z)`,
		Keywords: []string{"sn", "dnd"},
		Score:    0.6,
		Examples: []Example{
			{Text: "I'm Cpl (ret'd) Jean-François Tremblay, SN F82 117 390, SIN 293 817 458", Want: "F82 117 390"},
			{Text: "name Amira Haddad, DND ID A67 452 019", Want: "A67 452 019"},
			{Text: "He was Sgt. Ernest Bouchard, SN SB 117442 (RCR), born 4 May 1933", Want: "SB 117442"},
			{Text: "laptop SN 5CG1234XYZ", Want: ""},
			{Text: "sn F82 117 390", Want: ""},
		},
	},
	{
		// The United States' Department of Defense ID (EDIPI), ten
		// digits on a military ID card, after its word.
		Name:     "us_dod_id",
		Type:     "US_DOD_ID",
		Pattern:  `(?i:\b(?:dod|edipi)(?:[ \t]+id)?(?:[ \t]*(?:number|no\.?|#))?(?:[ \t]+(?:is|was))?[ \t]*[:#]?[ \t]*)(?P<v>\d{10})\b`,
		Keywords: []string{"dod", "edipi"},
		Score:    0.6,
		Examples: []Example{
			{Text: "my husband's DoD ID is 1462093817 and mine", Want: "1462093817"},
			{Text: "Sponsor is me, PO2 Lindsey Becker, DoD 1390274658", Want: "1390274658"},
			{Text: "EDIPI: 1071938246", Want: "1071938246"},
			{Text: "DoD ID 146209381", Want: ""},
		},
	},
	{
		// A library card's number: fourteen digits that start with 2
		// (a patron's Codabar barcode: the library's code, the number
		// and a Luhn digit), near a word of libraries or their cards.
		Name:           "library_card",
		Type:           "LIBRARY_CARD",
		Pattern:        digitStart + `(?P<v>2\d{13})\b`,
		Validate:       validLuhnDigits,
		Keywords:       libraryWords,
		Context:        libraryWords,
		RequireContext: true,
		Score:          0.6,
		Examples: []Example{
			{Text: "my library card 29010566953622 keeps saying BLOCKED", Want: "29010566953622"},
			{Text: "mijn bibliotheekpas 29010611917143 is geblokkeerd", Want: "29010611917143"},
			{Text: "Mi número de lector es 20008305934936.", Want: "20008305934936"},
			{Text: "Leserausweis meines Sohnes: Ausweisnr. 26199393799606.", Want: "26199393799606"},
			{Text: "Patron: FAULKNER, Adrian  Barcode: 21885711411487  Expires: 31/03/2026", Want: "21885711411487"},
			{Text: "my library card 29010566953623 keeps saying BLOCKED", Want: ""},
			{Text: "order 29010566953622 shipped", Want: ""},
		},
	},
	{
		// A farm's number in its registers after its word: a county
		// parish holding ("CPH 43/215/0078"), Ireland's herd numbers
		// ("herd no. K2057318"), a British flock's ("flock UK 0
		// 531847"), the Rural Payments' SBI, France's PACAGE and
		// "n° d'exploitation FR 29 008 452", Germany's HIT numbers
		// ("Registriernummer 276 09 183 125 0871"), New Zealand's NAIT.
		// A family farm's number is its farmer's.
		Name: "farm_number",
		Type: "FARM_ID",
		Pattern: `(?i:\b(?:(?:herd|flock)(?:[ \t]*(?:number|no\.?|mark|#))?|(?:cph|sbi)\b|(?:numéro[ \t]+)?pacage|n°[ \t]*d'exploitation|(?:n°[ \t]*(?:de[ \t]+)?)?cheptel(?:[ \t]*n°)?|` +
			`betriebsnummer|registriernummer|nait[ \t]+number|holding[ \t]+number)(?:[ \t]+(?:is|was|est|ist))?[ \t]*[:#]?[ \t]*)` +
			`(?P<v>\d{2}/\d{3}/\d{4}|[A-Z]{0,2}[ \t]?\d[\d \t]{3,20}\d)(?:[^\w\-/]|\z)`,
		Keywords: farmNumberWords,
		Score:    0.6,
		Examples: []Example{
			{Text: "Lower Hill Farm - CPH 43/215/0078, 3 heifers off their feed", Want: "43/215/0078"},
			{Text: "Lower Hill Farm, herd mark 412736. we have got", Want: "412736"},
			{Text: "herd number G1472836, PPSN 8473621T. Nothing", Want: "G1472836"},
			{Text: "a move of 120 ewes from flock UK 0 531847 to my other holding", Want: "UK 0 531847"},
			{Text: "Mon numéro PACAGE est 035012874, SIRET de l'EARL", Want: "035012874"},
			{Text: "n° d'exploitation FR 29 008 452, numéro client 50412", Want: "FR 29 008 452"},
			{Text: "HIT Login klappt nicht: Registriernummer 276 09 183 125 0871, PIN 48213", Want: "276 09 183 125 0871"},
			{Text: "the herd is 62 head incl calves", Want: ""},
			{Text: "herd of 1200 cows", Want: ""},
			{Text: "pour la prophylaxie du cheptel n° 35 191 027, le véto", Want: "35 191 027"},
			{Text: "bank acc changed to SBI a/c no 38192047561 IFSC SBIN0004712 pls", Want: ""},
		},
	},
	{
		// A Norwegian bank account as Norwegians write it: four, two
		// and five digits with dots, the last a mod-11 check digit
		// ("kontoen min 3000.15.60103"). One number in eleven passes
		// the check: in a text without an account's word it scores
		// under the threshold, as every weak check does.
		Name:       "no_bank_account",
		Type:       TypeBankAccount,
		Pattern:    numStart + `(?P<v>\d{4}\.\d{2}\.\d{5})\b`,
		Validate:   validARCUIT, // the same weights and mod-11 digit as Argentina's CUIT
		Context:    noAccountWords,
		Score:      0.6,
		AloneScore: 0.35,
		Examples: []Example{
			{Text: "har ikke fått lønna inn på kontoen min 3000.15.60103 denne måneden", Want: "3000.15.60103"},
			{Text: "kan dere sende meg kontoutskrift for konto 1206.24.76794 for hele 2023?", Want: "1206.24.76794"},
			{Text: "kontoen min 3000.15.60104 denne", Want: ""},
			{Text: "version 2024.01.12345 released", Want: ""},
		},
	},
}

func init() {
	register(serviceRules...)
}
