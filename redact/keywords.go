package redact

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Context groups: each built-in context word belongs to one or more groups,
// and a candidate asks for the groups that raise, lower or retype it.
const (
	gPhone uint64 = 1 << iota
	gDOB
	gSSN
	gCard
	gIBAN
	gPassport
	gSecret   // secret, token, api key: a value follows
	gPassword // password: a value follows
	gAWS
	gIMEI
	gVIN
	gCrypto
	gNeg // order, invoice, tracking: the number is not personal
	gMonth
	gDate
	gIP
	gMAC
	gEmail
	gDeny  // entry is a deny-list value
	gRule  // entry gates or boosts a Rule
	gValue // a secret value follows the word
	gPaid  // transaction: a payment, which may quote the card it was paid with
	gDot   // a word for '.' that may spell out an e-mail address (see spelledEmail)
	// gRef: a contract, a policy, a claim or a reference: the number after
	// it is that thing's, not a phone; but a person's checked identifier is
	// quoted beside these ("contrato 12345678Z", "my policy 536-22-8726"),
	// so they do not demote the identifiers whose check is strong.
	gRef
	// gKeyPart: the entry counts only as the last word of a key in snake
	// case, "SMTP_PASS=", "db_pass:"; alone, "pass" is a boarding pass
	// and, in German, a passport.
	gKeyPart
	// gRightAfter: the entry labels only a value right after it, as a
	// form's label does: "DDN : 12/05/1978" (the French forms' date de
	// naissance); elsewhere it names something else ("our DDN array",
	// a maker of storage).
	gRightAfter
	// gIDWord: the id of a request, a message or a commit, or a digest
	// ("request id", "commit", "sha256"): a random token right after it
	// is that id, not a secret. It labels the generic secrets alone: as
	// gNeg it would demote the phone after "Sha Li," or "press hash".
	gIDWord
	// gPastBirth: the entry labels a date of birth only of a year long
	// past (up to recordBirthYearMax) with no word of an event in its
	// line: "DN" names a distinguished name, a delivery note or a
	// document as often ("Certificate DN 12/03/2010 renewed").
	gPastBirth
	// gBirthYear: the entry labels a date of birth only of a year up to
	// recordBirthYearMax, whatever words are near: "nac." and "nasc."
	// abbreviate born ("(nac. 12/03/1971) llamó ... por el pedido"),
	// "NAC" names a network's access control ("NAC 12/03/2024").
	gBirthYear
	// gCookie: a cookie header ("Cookie:", "Set-Cookie:"), whose session
	// cookies are secrets (see cookieSecrets).
	gCookie
	// gLogin: a call that logs in with a user and a password given in
	// that order ("s.login('ana@x.io', 'pw')", "SetBasicAuth(...)"),
	// whose second argument is the password (see loginCall).
	gLogin
	// gRecovery: the one-time codes that recover an account when its
	// second factor is lost, listed after their name (see
	// recoveryCodes).
	gRecovery
	// gDSN: the protocol of a data source name in the form of Go's MySQL
	// driver ("app:pw@tcp(db:3306)/shop"), whose credentials end at the
	// '@' before it (see dsnPassword).
	gDSN
	// gHtpasswd: Apache's htpasswd command, whose batch mode takes the
	// password on the line (see htpasswdPassword).
	gHtpasswd
	// gTOTP: an authenticator or its setup key, whose key in groups of
	// four may follow later on the line (see totpAfter).
	gTOTP
	// gPIN: a card's PIN, a passcode or a one-time code that verifies a
	// login, digits right after their word (see pinAfter).
	gPIN
	// gUser: an account's user name, after its word (see userAfter).
	gUser
	// gBank: a bank account's word, its number after it (see
	// bankAccountAfter); "sort" only before a sort code's pairs.
	gBank
	// gMember: a member's number at an insurer or a health plan after
	// its word (see memberAfter).
	gMember
	// gIDCard: an identity card's number after its word (see
	// idCardAfter).
	gIDCard
	// gSeed: a crypto wallet's seed phrase after its word (see
	// seedPhraseAfter).
	gSeed
	// gPlate: a vehicle's registration plate after its word (see
	// plateAfter).
	gPlate
	// gHandle: an account's name of a handle's shape after an account's
	// word (see handleAfter).
	gHandle
	// gCustomer: a person's number at a firm after its word: a
	// customer's, a contract's, a policy's (see customerAfter).
	gCustomer
	// gFirm: a firm's service that names its own helpline or mailbox
	// after it (see firmContact).
	gFirm
	// gHere: "here" and its words in the chat languages, before which a
	// name may come in lower case, and the verbs that introduce the
	// writer, after which one may ("soy", "ich bin"; see
	// entScanner.lowerNamesNearCues): the scan notes whether a text
	// holds one (state.seen).
	gHere
	// gCJKName: a label of a person's name in Chinese, Japanese or
	// Korean, whose reader reads the name in its script (cjkNameAfter).
	gCJKName
	// gCyrStreet: a street's designator in Cyrillic script, which
	// cyrAddressAt reads the address around.
	gCyrStreet
	// gTrStreet: a Turkish neighbourhood's word or a street's
	// designator, which trStreetAt reads the address around.
	gTrStreet
	// gCJKPlace: a province's, a city's or a territory's name in
	// Chinese characters, which opens an address that cjkAddressAt
	// reads.
	gCJKPlace
	// gFirmUs: the firm's verb of reaching it, "call us", "erreichen Sie
	// uns": as gFirm, but not in a customer's line (see firmContact).
	gFirmUs
	// gFirmSite: a firm's site that no one lives at, its address right
	// after it: "our warehouse at Unit 7, ...", "Retourenzentrum,
	// Industriestraße 40, ...", "punto di ritiro di Corso ..." (see
	// firmSite).
	gFirmSite
	// gFirmAgent: a firm's offer of help that names its own contact only
	// in a line its agent opens ("Agent: ... Bei Fragen: 030 2847 1100",
	// "Vragen? Bel 088 ...", "Per info: 02 ..."): customers write the
	// same words before their own numbers (see firmContact).
	gFirmAgent
	// gSignIn: signing in, around which a message names the passwords
	// it tried ("can't log in, tried Summer2019! and Hx7#pLq92"; see
	// shapedAround).
	gSignIn
	// gGulfPlace: an emirate's, a Gulf town's or a Gulf country's name,
	// which may end an address of numbered parts that gulfAddressAt
	// reads back from it.
	gGulfPlace
	// gSpoken: a number word ("four", "oh", "double", "quarante"), which
	// the scan counts: a text of many reads its runs in digits (see
	// spokenNumbers).
	gSpoken
	// gAddrLabel: a postal address's label ("Address:", "Adresse :",
	// "my address is"), after which addressAfterLabel reads the rest of
	// the clause.
	gAddrLabel
	// gVietArea: a Vietnamese ward's, commune's or district's word
	// ("phường", "quận", "phuong"), which tells the names recognizer to
	// read the text's Vietnamese addresses (see vietnameseAddresses).
	gVietArea
	// gHeStreet: a street's word in Hebrew script or the word "address"
	// ("רחוב", "רח'", "כתובת"), after which hebrewAddressAt reads the
	// address.
	gHeStreet
	// gLicence: a licence's or a certificate's number after its word,
	// its holder's (licenceAfter, session 76).
	gLicence
)

// eventWords name things that have dates of their own. After a birth
// word and a clause break, one of them is what the next date belongs to
// ("born in Leeds, order placed on 12/05/2024"). They are no keywords:
// eventAfter looks for them only between a birth word and its date.
var eventWords = map[string]bool{}

func init() {
	for _, w := range []string{
		"order", "ordered", "delivery", "delivered", "invoice", "invoiced", "shipped", "shipment", "appointment",
		"booking", "booked", "payment", "paid", "purchase", "purchased", "refund", "refunded",
		"deliver", "placed", "expires", "expire", "expired", "expiry", "expiration", "valid", "due",
		"coupon", "voucher", "renewal", "renews", "renewed", "trial", "parcel", "package",
		"paket", "colis", "paquete", "pacco", "pakket",
		// A document's or a card's expiry in the other languages.
		"abgelaufen", "expiré", "expirée", "caducado", "caducada", "vencido", "vencida", "scaduto", "scaduta", "scadenza", "verlopen",
		"expirou", "caducou", "venceu",
		"bestellung", "bestellt", "lieferung", "geliefert", "rechnung", "versand", "versandt", "termin",
		"buchung", "gebucht", "zahlung", "bezahlt", "kauf", "gekauft",
		"commande", "commandé", "livraison", "livré", "facture", "expédition", "expédié", "rendez-vous",
		"réservation", "paiement", "payé", "achat", "acheté",
		"pedido", "entrega", "entregado", "factura", "envío", "enviado", "cita", "reserva", "pago", "pagado",
		"compra", "comprado",
		"ordine", "ordinato", "consegna", "consegnato", "fattura", "spedizione", "spedito", "appuntamento",
		"prenotazione", "pagamento", "pagato", "acquisto", "acquistato",
		"bestelling", "besteld", "levering", "geleverd", "factuur", "verzonden", "verzending", "afspraak",
		"boeking", "geboekt", "betaling", "betaald", "aankoop", "gekocht",
		"encomenda", "entregue", "fatura", "envio", "consulta", "marcação", "agendamento",
		// A thing's making, which labels and serial plates date ("fecha
		// de fabricación 14 de noviembre de 1976").
		"manufactured", "manufacture", "production", "produced", "herstellung", "hergestellt", "herstellungsdatum",
		"fabrication", "fabriqué", "fabricación", "fabricado", "produzione", "prodotto", "productiedatum", "fabrico",
	} {
		eventWords[w] = true
	}
}

// contextWords maps a group to its words per language. Phrases are written
// with single spaces; they match across one to three spaces of any width
// (a no-break space too), tabs, '_', '-', '.' or apostrophes.
var contextWords = map[uint64]map[string][]string{
	gPhone: {
		"en": {"phone", "telephone", "tel", "mobile", "mob", "cell",
			// India's carriers name the line ("my jio no 7019284553").
			"jio", "airtel", "bsnl", "cellphone", "call", "callback number", "callback on", "callback at", "callback to", "text me", "fax", "whatsapp", "sms", "voicemail", "contact number", "phone number", "number", "phone numbers", "mobiles", "landline", "landlines", "phn", "fone", "direct line", "direct dial",
			// Keys of exports and directories in camel case: "OfficePhone : 985 78 16 92".
			"officephone", "mobilephone", "homephone", "workphone", "phonenumber", "mobilenumber", "telephonenumber", "contactnumber", "contactphone",
			// The abbreviation of "number" in the chat languages: "mi num
			// 715 28 52 64".
			"num",
			// The mobile of Singapore and Malaysia and its short form
			// ("hp is 8432 7719"), a firm's line, a text typed short.
			"handphone", "hp", "hotline", "helpline", "txt",
			// "Ph 0491 570 156", "Ph: (02) 5550 1234".
			"ph",
			// "No" for a number after a possessive, and the mobile wallets
			// that pay to a phone's number ("my no 9812706453", "sent it
			// thru gcash to 09178842310", "M-Pesa 0712 345 678").
			"my no", "mob no", "contact no", "gcash", "mpesa", "m-pesa", "paytm", "phonepe",
			// A carrier's name for a subscriber's number, in logs and
			// APIs: "payment declined msisdn=4798237716".
			"msisdn",
			// A telecom customer's own number: "SIM replacement for my
			// line 08051937744", "line number 0803 417 2295".
			"my line", "mobile line", "phone line", "line number", "line no",
			// The number a wallet or a bank account is tied to: "my upi
			// id ..., linked no 98201 55734".
			"linked no", "linked number", "linked mobile",
			// Session 59: "alt no 9705318846", a wallet's "Nequi"
			// (Colombia's, paid to a mobile's number) and a line test's
			// number. Not "the sim": "The PUK for the SIM on (646)
			// 382-1907 is 83920174" names the PUK.
			"alt no", "alt number", "alt mob", "nequi", "daviplata", "line test on",
			// India's prepaid lines, recharged and registered against
			// unwanted calls (session 74: "recharge 98710 36425 pe ho
			// gaya", "DND activated on 9004682173", "sim no
			// 9801234765").
			"recharge", "recharged", "dnd", "sim no"},
		"de": {"telefon", "telefonnummer", "handy", "handynummer", "mobil", "rufnummer", "anrufen", "tel", "nummer", "erreichbar", "festnetz", "durchwahl", "rufen",
			"rückruf", "zurückrufen", "rückrufnummer", "mobilnummer", "telefonnr", "erreichen", "kontaktieren", "telefonnummern",
			"melden", "angerufen", "rief",
			// The imperative, "Ruf mich bitte an: 0176 / 227 31 08"
			// (session 79; "rufen", "ruft" were here).
			"ruf", "rufe",
			// A telecom's line: "Mein Festnetzanschluss 04217725196 ist tot".
			"anschluss", "festnetzanschluss", "leitung", "rückfragen",
			"ruckruf", "ruft", // typed without the umlaut; "ruft ... an"
			"festnetznummer",
			// "meine Handynr. ist ...", "ich rufe Sie unter ... zurück".
			"handynr", "rufe", "rufnr", "telnr", "tel nr",
			// "telefonisch am besten 089 / 74 12 86 03" (session 57).
			"telefonisch",
			// "Privatnummer", "Büronummer" (session 59).
			"privatnummer", "büronummer", "buronummer", "diensthandy", "diensttelefon"},
		"fr": {"téléphone", "telephone", "portable", "mobile", "numéro", "appeler", "tél", "joindre", "rappeler", "rappelez",
			"appelez", "rappelle", "contactez", "contacter", "joignable", "fixe", "ligne fixe", "téléphones", "ligne", "répond"},
		"es": {"teléfono", "telefono", "móvil", "movil", "celular", "número", "llamar", "llámame", "llámeme", "llamarme",
			"contáctame", "contácteme", "contactarme", "contactadme", "localizarme", "localizable", "llamadme", "contacto",
			"fijo", "tlf", "tfno", "telf", "teléfonos", "telefonos", "móviles", "llamó", "llamaremos", "llamamos",
			// A line, who answers it, and Bizum, which pays to a mobile's number.
			"línea", "linea", "contesta", "responde", "bizum", "centralita",
			// The polite imperatives: "que me llame al ...", "llámenme al ...".
			"llame", "llamen", "llámenme", "llamenme", "llámenos", "llamenos", "llámanos", "llamanos",
			// Mexico's "marcar" (to dial): "me marcan al ...", "márcame al ...".
			"marcan", "márcame", "marcame", "márqueme", "marqueme", "marcarme", "me marcas",
			// Chile's short word for a phone on forms and signatures:
			// "Fono: (2) 2345 6789".
			"fono"},
		"it": {"telefono", "cellulare", "numero", "chiamare", "chiamami", "chiami", "richiamare", "richiamatemi", "richiamami", "richiamarmi", "chiamarmi",
			// "mi richiamate al 3289917345?" (session 74).
			"richiamate", "chiamate",
			"chiamatemi", "contattarmi", "contattatemi", "contattami", "contattare", "reperibile", "raggiungibile", "contatto",
			"fisso", "cel", "telefoni", "cellulari", "chiamato", "chiamate", "chiameremo",
			"linea", "risponde", "ricarica", "satispay", "recapito",
			// The agent's "la richiamo al ..." ("chiamo" would take "mi
			// chiamo", "my name is").
			"richiamo"},
		"nl": {"telefoon", "telefoonnummer", "mobiel", "nummer", "bellen", "gsm", "bel", "bereikbaar", "terugbellen", "mobielnummer", "bereiken", "telefoonnummers", "belt", "gebeld", "lijn", "vaste lijn", "tikkie",
			// A work's or a home's number: "020 - 612 44 83 is mijn
			// werknummer" (session 59).
			"werknummer", "privénummer", "privenummer", "telefoonnr", "mobielnr"},
		"pt": {"telefone", "celular", "telemóvel", "número", "ligar", "liguei", "contato", "telemovel", "ligue", "liguem", "contacto", "contactar", "contatar", "contacte", "contactem", "contatem",
			"tlm", "tlf", "telefones", "telemóveis", "telefone fixo", "fixo", "zap", "zapzap", "wpp", "meu whats", "no whats", "pelo whats", "liga me", "ligue me", "ligar me", "ligarem me", "ligou", "ligaram",
			"linha", "atende", "contactável", "contactavel", "mbway", "mb way",
			// Brazil's instant payments, to a key that is often the payee's mobile.
			"pix"},
		"ru": {"телефон", "телефона", "тел", "мобильный", "сотовый", "позвоните", "звоните", "на номер", "номер телефона"},
		// Ukrainian and Greek, in their scripts and as Greek is typed in
		// Latin letters: "мій номер", "το κινητό μου είναι", "to kinito mou einai".
		"uk": {"телефон", "телефону", "мобільний", "номер телефону", "мій номер", "зателефонуйте",
			// Session 60: "Номер мій 0672093318", "на номер 0661843275",
			// and Ukrainian typed in Latin letters ("nomer 0932158740");
			// not the bare "номер", which numbers anything ("номер
			// клієнта").
			"номер мій", "на номер", "nomer", "nomer telefonu",
			// Session 72: the mobile's abbreviation and its genitive
			// ("моб. 0503397104", "номер мобільного").
			"моб", "мобільного", "тел"},
		"el": {"τηλέφωνο", "τηλεφωνο", "τηλ", "κινητό", "κινητο", "κινητό μου", "kinito", "tilefono", "thlefono",
			// A mobile's, a landline's, a phone's genitive, "we will call
			// (you) on" (session 67): "αριθμός κινητού",
			// "το σταθερό 2310 552 190", "θα σας καλέσουμε στο ...".
			"κινητού", "κινητου", "σταθερό", "σταθερο", "σταθερού", "σταθερου", "τηλεφώνου", "τηλεφωνου",
			"καλέσουμε", "καλεσουμε", "kinhto", "thl"},
		// Arabic (Gulf and Egyptian: "الجوال", "الخط بتاعي", "رقمي"; a
		// joined "and" is read too, see kwTable.add) and Swahili ("namba
		// yangu ya simu").
		"ar": {"الجوال", "جوال", "رقم الجوال", "جوالي", "رقمي", "الهاتف", "هاتف", "رقم الهاتف", "موبايل", "الموبايل", "موبايلي", "تليفون", "رقم التليفون", "الخط بتاعي", "خطي", "واتساب", "واتس", "اتصل", "اتصلوا",
			// Arabic typed in Latin letters ("w rakamy 01227419385").
			"rakamy", "rakami", "raqmi", "raqamy",
			// The Maghreb's Darija and French typed in haste (session 67:
			// "numro 98 214 637", "3iyto 3lia f 0655 ...", "ra9m dyali").
			"numro", "nmra", "nemra", "ra9m", "ra9mi", "tel dyali", "numero dyali"},
		"sw": {"simu", "namba ya simu", "namba yangu", "nipigie", "piga simu"},
		// Hebrew (session 71): a phone, a mobile and its names ("נייד:
		// 0507328303", "הטלפון שלי 0527364919", "פלאפון"), with the
		// article; Bit, a wallet that pays to a mobile's number ("מספר
		// הטלפון שלי בביט 0546781259").
		"he": {"טלפון", "הטלפון", "טל", "נייד", "הנייד", "פלאפון", "הפלאפון", "סלולרי", "הסלולרי", "מספר טלפון", "מספר הטלפון",
			"בביט"},
		// Persian, Urdu, Hindi and Bengali, whose keyboards type their own
		// digits too (see foldForms): "شماره موبایل ۰۹۱۲...", "میرا نمبر
		// ...", "मेरा नंबर ९८७६...", "আমার নম্বর ০১৭...".
		"fa": {"تلفن", "شماره تلفن", "موبایل", "شماره موبایل", "شماره همراه", "شماره من", "تماس",
			// Session 69: "to the number" and "my number" as typed, and
			// Persian in Latin letters ("shomaram 09351178264").
			"به شماره", "شمارم", "shomare", "shomaram", "shomare tamas", "shomare mobile", "shomareye man"},
		// Kazakh, Uzbek in both its scripts and Kyrgyz (session 69: "Kcell
		// нөмірім 8 702 418 63 97", "telefonim +998 90 ...", "рақамим").
		"kk": {"нөмірім", "телефоным", "ұялы"},
		"uz": {"telefonim", "telefon raqamim", "raqamim", "рақамим", "рақамимни", "телефоним"},
		"ky": {"номерим", "телефонум"},
		"ur": {"فون", "فون نمبر", "موبائل", "موبائل نمبر", "میرا نمبر", "نمبر"},
		"hi": {"फोन", "फ़ोन", "मोबाइल", "नंबर", "नम्बर", "फोन नंबर", "मोबाइल नंबर", "मेरा नंबर", "कॉल"},
		"bn": {"ফোন", "মোবাইল", "নম্বর", "ফোন নম্বর", "মোবাইল নম্বর", "আমার নম্বর"},
		// Chinese, Japanese and Korean, which write no spaces: a word is
		// read where punctuation or a space parts it ("手机：139 ...",
		// "ﾃﾞﾝﾜ 090...", "연락처: 010-...").
		// "座机", "固话": the landline (session 71: "座机021-6478 3105").
		"zh": {"电话", "電話", "手机", "手機", "手机号", "手机号码", "联系电话", "聯絡電話", "住宅電話", "电话号码", "電話號碼", "座机", "座機", "固话", "固話"},
		"ja": {"電話番号", "携帯", "携帯番号", "携帯電話", "ﾃﾞﾝﾜ", "でんわ", "連絡先"},
		"ko": {"전화", "전화번호", "휴대폰", "핸드폰", "연락처", "번호"},
		// The Nordic languages and Polish, whose customers write to
		// firms there: "Ni kan ringa mig på 070-482 16 93".
		// "numret", "nummeret": the number, as "number" is a phone's word
		// (session 59: "Jag ser att numret 073-614 22 08 är kopplat",
		// "vil beholde nummeret 926 41 073").
		// Swish, Vipps and MobilePay pay to a mobile's number, as Bizum
		// does (session 74: "Swisha tillbaka till 073-077 21 54"). Not
		// the noun "swish" nor "swishnummer": a firm's Swish number is
		// no phone's ("föreningens swish 123 902 41 88").
		"sv": {"telefon", "telefonnummer", "mobil", "mobilnummer", "ringa", "ring mig", "nå mig", "når mig", "numret", "swisha"},
		"da": {"tlf", "telefonnummer", "mobilnummer", "ringe", "ring til mig", "nummeret", "mobilepay",
			// Session 75: the short forms ("mobilnr 22 48 16 73", "tlf.nr
			// ..."), "my number is" ("mit nr er 28 91 45 30"; with "er",
			// as German's "mit Nr." is "with no." before an order's
			// number) and "will contact you at" ("En taksator kontakter
			// dig på 22 48 16 73").
			"mobilnr", "tlfnr", "tlf nr", "telefonnr", "mit nr er", "mit nummer er", "kontakter dig på", "kontakte dig på", "ringer dig på", "ringer til dig på"},
		"no": {"telefonnummer", "mobilnummer", "ringe", "ring meg", "nummeret", "vipps",
			// Session 75: as Danish ("Mitt nr er 482 19 660", "mobilnr
			// 934 56 781", "kontakter deg på ...").
			"mitt nr er", "mitt nummer er", "kontakter deg på", "kontakte deg på", "ringer deg på"},
		"fi": {"puhelin", "puh", "puhelinnumero", "soita", "soittakaa", "numeroon"},
		// "numer", "číslo": the number, as "number" is a phone's word
		// (session 59: "Przenoszę numer 698 207 415", "pod numerem 22 628
		// 41 07", "Její číslo 603 887 142", "pevná linka 037/654 21 88").
		"pl": {"telefon", "tel", "komórka", "komorka", "numer telefonu", "nr tel", "nr telefonu", "zadzwoń", "zadzwon", "dzwonić", "dzwonic",
			"numer", "numerem", "stacjonarny", "komórkowy", "komorkowy"},
		// Turkish: "cep" is the mobile ("cep no: 0532 418 27 90"; alone it
		// is also Brazil's postcode), "numaram" my number, "arayın" call.
		// Estonian, Latvian, Lithuanian and Icelandic: "Tālrunis: 2651
		// 0937", "skambinkit 867254118", "Síminn minn er 690 4417".
		"et": {"telefon", "telefoni", "mobiil", "mobiilinumber", "helista", "helistage"},
		"lv": {"tālrunis", "tālruņa", "tālruni", "tālr", "mobilais", "zvaniet", "zvanīt"},
		"lt": {"telefonas", "telefono", "telefoną", "skambinkit", "skambinkite", "paskambinkit", "paskambinkite"},
		"is": {"sími", "síminn", "símanúmer", "símanúmerið", "farsími", "hringið", "hringdu"},
		"tr": {"telefon", "telefonum", "cep no", "cep tel", "cep telefonu", "cep telefonum", "cep numaram", "numaram", "arayın", "arayin", "arayabilirsiniz", "ulaşabilirsiniz"},
		// Malay, Indonesian, Tagalog, Thai and Vietnamese: "hubungi saya
		// di 0812...", "tawagan nyo 0928...", "โทร 089...", "sđt 0912...".
		"ms": {"nombor telefon", "no telefon", "no tel", "telefon bimbit", "hubungi"},
		"id": {"telepon", "telp", "no telp", "nomor telepon", "nomor hp", "no wa", "nomor wa", "hubungi"},
		"tl": {"tawagan", "tawagan nyo", "tawagan mo", "tumawag", "numero ko", "cp no", "cp ko"},
		"th": {"โทร", "เบอร์", "เบอร์โทร", "โทรศัพท์", "มือถือ"},
		"vi": {"số điện thoại", "so dien thoai", "điện thoại", "dien thoai", "sđt", "sdt", "đt", "gọi"},
		// Czech with Slovak, Hungarian, Romanian, Croatian and Slovenian:
		// "zavolejte mi na 731 402 118", "hívjon a 06 30 412 7781-en".
		"cs": {"telefon", "telefonu", "telefón", "mobil", "mobilu", "číslo telefonu", "cislo telefonu", "volejte", "zavolejte", "volajte", "zavolajte",
			"číslo", "cislo", "pevná linka", "pevna linka"},
		"hu": {"telefon", "telefonszám", "telefonszam", "telefonszámom", "mobil", "mobilszám", "hívjon", "hivjon", "hívjanak"},
		"ro": {"telefon", "telefonul", "mobil", "numărul de telefon", "numarul de telefon", "sunați", "sunati", "sunați-mă", "sunati-ma"},
		// Croatian with Serbian and Bosnian: "zovite me 0631204577",
		// "zovite na 091/555-8120" (session 66).
		"hr": {"telefon", "mobitel", "broj mobitela", "broj telefona", "nazovite", "zovite", "pozovite", "nazovi", "pozovi", "javite se", "mobilni", "mob"},
		"sl": {"telefon", "mobitel", "telefonska številka", "pokličite", "poklicite"},
	},
	gDOB: {
		"en": {"born", "birth", "date of birth", "dates of birth", "dob", "dobs", "d.o.b", "birthday", "birthdate", "birthdates", "bday", "b day"},
		"de": {"geboren", "geburtsdatum", "geburtstag", "geb"},
		// Typed without the accent after the verb: "je suis ne le ...".
		"fr": {"né", "née", "nés", "nées", "naissance", "date de naissance", "anniversaire", "date de naiss", "date naiss", "suis ne", "suis nee", "est ne", "est nee", "nee le"},
		"es": {"nacido", "nacida", "nacidos", "nacidas", "nacimiento", "fecha de nacimiento", "cumpleaños", "nací", "nació", "naci", "nacio", "cumpleanos", "fecha de nac", "f nac", "f de nac", "fecha nac"},
		"it": {"nato", "nata", "nati", "nascita", "data di nascita", "compleanno", "data di nasc", "data nascita"},
		"nl": {"geboren", "geboortedatum", "verjaardag", "geb datum"},
		"pt": {"nascido", "nascida", "nascidos", "nascidas", "nascimento", "data de nascimento", "aniversário", "nasci", "nasceu", "data de nasc", "dt nasc", "data nasc"},
		"sv": {"född", "födelsedatum", "fodd"},
		"da": {"født", "fødselsdato", "fodt"},
		"no": {"født", "fødselsdato", "fodt"},
		"fi": {"syntynyt", "syntymäaika", "syntymapaiva", "syntymäpäivä"},
		// "ur." abbreviates urodzony, -a: "Szymon Nowicki, ur. 14.02.2012 r.".
		"pl": {"urodzony", "urodzona", "urodzin", "data urodzenia", "ur"},
		// Czech and Slovak (session 63: "narozen 19.7.2000", "nar. 24. 6.
		// 1997").
		"cs": {"narozen", "narozena", "narozený", "narozená", "datum narození", "datum narozeni", "nar", "narodený", "narodená", "dátum narodenia"},
		"tr": {"doğum tarihi", "dogum tarihi", "doğum", "dogum", "doğdum", "dogdum", "doğumlu", "dogumlu", "doğum tarihim", "dogum tarihim"},
		// Ukrainian and Russian, and Ukrainian typed in Latin letters
		// (session 60: "народився 19.02.2004", "data narodzhennia
		// 30.05.2001", "02.11.1979 г.р.").
		"uk": {"дата народження", "народився", "народилася", "народилась", "р.н", "data narodzhennia", "data narodzhennya"},
		"ru": {"дата рождения", "родился", "родилась", "г.р", "д.р"},
		"hu": {"születési dátum", "szuletesi datum", "születési idő", "született", "szuletett", "szül"},
		"ar": {"تاريخ الميلاد", "تاريخ ميلادي", "مواليد"},
		"sw": {"tarehe ya kuzaliwa", "nilizaliwa"},
		"zh": {"生日", "出生日期", "出生年月日"},
		"ja": {"生年月日", "誕生日"},
		"ko": {"생년월일", "생일"},
		// Session 61: Indonesian, Malay, Vietnamese, Thai, Tagalog,
		// Croatian, Serbian and Bosnian in Latin letters, and Slovenian
		// ("tanggal lahir 23 Maret 1990", "ngày sinh 12/03/1990", "rođena
		// 2. listopada 1993.", "rojen 3. 5. 1990").
		"id": {"lahir", "tanggal lahir", "tgl lahir", "kelahiran", "tanggal kelahiran"},
		"ms": {"lahir", "tarikh lahir"},
		"vi": {"ngày sinh", "ngay sinh", "sinh ngày", "sinh ngay", "sinh năm", "sinh nam"},
		"th": {"เกิด", "วันเกิด"},
		"tl": {"kaarawan", "kapanganakan", "ipinanganak"},
		"hr": {"rođen", "rođena", "rodjen", "rodjena", "roden", "rodena", "datum rođenja", "datum rodjenja", "datum rodenja"},
		"sl": {"rojen", "rojena", "datum rojstva"},
		// Session 69: Romanian, Estonian, Lithuanian, Latvian, Icelandic,
		// Greek and Hebrew ("data nașterii: 12 martie 1985", "gimęs 1985
		// m. kovo 12 d.", "γεννήθηκα 12 Μαρτίου 1985").
		"ro": {"data nașterii", "data nasterii", "născut", "născută", "nascut", "nascuta", "data de naștere", "data de nastere"},
		"et": {"sündinud", "sundinud", "sünniaeg", "sunniaeg", "sünnikuupäev", "sunnikuupaev"},
		"lt": {"gimęs", "gimes", "gimusi", "gimimo data", "gim. data"},
		"lv": {"dzimis", "dzimusi", "dzimšanas datums", "dzimsanas datums", "dzim. dat"},
		"is": {"fæddur", "fædd", "fæðingardagur", "fæðingardag"},
		"el": {"γεννήθηκα", "γεννήθηκε", "ημερομηνία γέννησης", "ημ. γέννησης", "γεννηθείς", "γεννηθείσα",
			// Typed without accents (session 71: "22/11/94 γεννηθηκα").
			"γεννηθηκα", "γεννηθηκε", "ημερομηνια γεννησης", "ημ. γεννησης"},
		"he": {"תאריך לידה", "נולדתי", "נולד", "נולדה", "ת. לידה"},
		"fa": {"تاریخ تولد", "تولد", "تولدم", "متولد", "tavalod", "tavallod", "tavalodam", "tavallodam", "tarikh tavallod", "tarikhe tavalod", "motevaled"},
	},
	gSSN: {
		"en": {"ssn", "social", "social security", "social security number", "ss#", "ssn#", "ssid", "soc sec", "social sec", "social sec no", "soc sec no",
			// The IRS form on which a contractor gives the number: "For the W-9: 217157512".
			"w-9", "w9"},
		"de": {"sozialversicherungsnummer"},
		"fr": {"sécurité sociale", "numéro de sécurité sociale"},
		"es": {"seguro social", "número de seguro social", "número de la seguridad social"},
		"it": {"previdenza sociale", "numero di previdenza sociale"},
		"nl": {"sofinummer"},
		"pt": {"segurança social", "seguro social", "número de segurança social", "número da segurança social", "número de seguro social"},
	},
	gCard: {
		"en": {"card", "credit", "debit", "visa", "mastercard", "amex", "cc", "payment"},
		"de": {"karte", "kreditkarte", "karten", "kartennummer", "kreditkartennummer", "bankkarte", "girokarte"},
		"fr": {"carte", "carte bancaire", "cb"},
		"es": {"tarjeta"},
		"it": {"carta"},
		"nl": {"kaart", "creditcard", "kaartnummer", "pinpas", "bankpas"},
		"pt": {"cartão", "cartao"},
	},
	gIBAN: {
		"en": {"iban", "account", "bank"},
		"de": {"konto", "bankverbindung"},
		"fr": {"compte", "rib"},
		"es": {"cuenta"},
		"it": {"conto"},
		"nl": {"rekening", "rekeningnummer"},
		"pt": {"conta"},
	},
	gPassport: {
		// And their plurals, a family's list (session 81: "Passports:
		// EN4419027, EN5530188").
		"en": {"passport", "passports", "passport number", "passport no", "travel document"},
		"de": {"reisepass", "reisepässe", "pass", "passnummer", "reisepassnummer", "pass-nr", "passnr", "reisepassnr", "reisepass-nr"},
		"fr": {"passeport", "passeports"},
		"es": {"pasaporte", "pasaportes"},
		"it": {"passaporto", "passaporti"},
		"nl": {"paspoort", "paspoorten", "paspoortnummer"},
		"pt": {"passaporte", "passaportes"},
		// Passports of Central and Eastern Europe, Greece and Turkey:
		// "Mam paszport FT 418273", "w paszporcie mam EN 418273",
		// "паспорт EA 1234567".
		"pl": {"paszport", "paszportu", "paszporcie", "nr paszportu", "numer paszportu"},
		"cs": {"cestovní pas", "cestovni pas", "číslo pasu", "cislo pasu"},
		"hu": {"útlevél", "utlevel", "útlevélszám", "utlevelszam", "útlevélszámom", "utlevelszamom", "útlevelem", "útlevelem száma"},
		// Romanian says the passport "has" its number (session 75:
		// "pașaportul meu are nr. 051234876").
		"ro": {"pașaport", "pasaport", "pașaportul", "pasaportul", "pașaportul meu are", "pasaportul meu are", "pașaportul meu este", "pasaportul meu este", "pașaportul meu e", "pasaportul meu e"},
		"ru": {"паспорт", "загранпаспорт", "паспорта", "загранпаспорта", "загранпаспорте", "паспорте", "серия"},
		"uk": {"паспорт", "закордонний паспорт", "id-картка", "id картка", "pasport", "pasporta", "nomer pasporta"},
		"el": {"διαβατήριο", "διαβατηρίου"},
		"ar": {"رقم الجواز", "جواز السفر", "الجواز", "جوازي"},
		"tr": {"pasaport", "pasaportum"},
		"zh": {"护照", "護照", "护照号码", "護照號碼", "护照号", "護照號"},
		"ja": {"旅券", "旅券番号", "パスポート", "パスポート番号"},
		"ko": {"여권", "여권번호"},
	},
	gSecret: {
		"en": {"secret", "token", "api key", "apikey", "api_key", "access key", "access token", "auth", "authorization", "bearer", "credential", "credentials", "private key", "key",
			// Moodle's web service token ("server.php?wstoken=e0b8...").
			"wstoken"},
		"de": {"schlüssel", "geheimnis", "zugangsschlüssel"},
		"fr": {"clé", "cle", "clef", "jeton", "secret"},
		"es": {"clave", "secreto", "llave"},
		"it": {"chiave", "segreto"},
		"nl": {"sleutel", "geheim"},
		"pt": {"chave", "segredo"},
	},
	gPassword: {
		"en": {"password", "passwd", "pwd", "pw", "pword", "pswd", "passcode", "pass phrase", "passphrase", "pin",
			// Its slips as typed in a hurry ("usrname is ... pasword ...").
			"pasword", "passwrd", "passowrd", "pssword", "paswd",
			// A British bank's memorable word; a mobile number's porting
			// codes (PAC, STAC), which move the number to whoever holds them.
			"memorable word", "memorable information", "pac", "pac code", "stac", "stac code",
			// A router's printed key: "Wireless key 7FJK-3MXQ-PR9D".
			"wireless key", "wifi key", "wi-fi key", "wpa key", "wpa2 key", "network key",
			// Microsoft's one-time sign-in for a new authenticator.
			"temporary access pass", "temp access pass", "access pass",
			// PostgreSQL's environment, Redis's configuration and flags.
			"pgpassword", "requirepass", "masterauth",
			// A domain's transfer code, which moves the domain to
			// whoever holds it (session 77). Not "auth code": a card
			// terminal's receipt prints a payment's so.
			"epp code", "epp key", "authinfo", "authinfo code", "auth-info code", "transfer code", "transfer key"},
		"de": {"passwort", "kennwort", "authinfo-code", "kundenkennwort", "kundenpasswort", "zugangscode", "wlan passwort", "wlan schlüssel",
			// The first password of a new account, one word in German.
			"einmalpasswort", "initialpasswort", "startpasswort", "erstpasswort", "einmalkennwort", "initialkennwort"},
		"fr": {"mot de passe", "mdp", "code d'accès", "code epp", "code authinfo", "code de transfert", "clé wifi", "clé wi-fi", "clef wifi", "clé de sécurité",
			// A building's door code, letters and digits ("Le digicode de
			// l'immeuble est 4B72A"; digits alone are gPIN's too); the
			// Wi-Fi's password named before what it is for.
			"digicode", "mdp wifi", "mdp du wifi", "mot de passe wifi", "mot de passe du wifi",
			// The adjective after the noun: "Votre mot de passe provisoire est : ...".
			"mot de passe provisoire", "mot de passe temporaire"},
		"es": {"contraseña", "contrasena", "contrasenya", "clave de acceso", "mi clave", "su clave", "la clave", "tu clave", "código de acceso",
			// "la clave del wifi es ...".
			"clave del wifi", "clave wifi", "clave de wifi", "contraseña temporal", "contraseña provisional",
			// The adjective after the noun: "la contraseña nueva del wifi es ...".
			"contraseña nueva", "nueva contraseña"},
		"it": {"password", "parola d'ordine", "codice di accesso", "password temporanea", "password provvisoria"},
		"nl": {"wachtwoord", "ww", "toegangscode",
			// The Dutch porting code, the PAC's match: "mijn huidige
			// provider heeft de overstapcode gegeven: 7H3K-9QXP".
			"overstapcode"},
		"pt": {"senha", "palavra-passe", "código de acesso", "senha temporária", "senha provisória"},
		"sv": {"lösenord", "lösenordet", "losenord", "losenordet", "lösenordet mitt"},
		"da": {"adgangskode", "adgangskoden", "kodeord", "kodeordet", "adgangskoden min", "kodeordet mit"},
		"no": {"passord", "passordet", "passordet mitt", "passordet mit"},
		"fi": {"salasana", "salasanani", "salasanan", "salasanaksi", "salasana on", "salasanani on"},
		"pl": {"hasło", "haslo", "hasła", "hasla", "moje hasło", "moje haslo", "kod authinfo", "kod epp"},
		// Czech and Slovak, Hungarian, Romanian, Croatian and Slovenian
		// (session 44): "heslo", "a jelszavam Kutyus2019!", "parola
		// Mihai#2024", "lozinka", "geslo".
		"cs": {"heslo", "hesla", "moje heslo"},
		"hu": {"jelszó", "jelszo", "jelszavam", "jelszavamat", "jelszót", "jelszot"},
		"ro": {"parola", "parolă", "parola mea", "parolei"},
		"hr": {"lozinka", "lozinku", "moja lozinka"},
		"sl": {"geslo", "moje geslo"},
		// A bank's code word, its memorable word (session 72: "Кодовое
		// слово — Барсик2011", "кодове слово Ромашка1985").
		"ru": {"пароль", "мой пароль", "пароль от", "кодовое слово", "секретное слово"},
		"uk": {"пароль", "мій пароль", "кодове слово", "секретне слово"},
		"el": {"κωδικός πρόσβασης", "κωδικος προσβασης", "συνθηματικό"},
		"ar": {"كلمة المرور", "كلمة السر", "الباسورد", "باسورد", "الرقم السري"},
		// Persian (session 71): "password", "my password" as typed with
		// the possessive glued ("رمزم", "رمزمم": and my password),
		// "password" borrowed ("پسورد N1lou#2024"), "login password".
		"fa": {"رمز عبور", "رمز ورود", "رمزم", "رمزمم", "پسورد", "پسوردم", "کلمه عبور"},
		"sw": {"nenosiri", "password yangu", "neno la siri"},
		// Turkish (session 60: "şifre olarak Kedi2019! yazmıştım", "admin
		// sifresini de degistirdim: ..."), typed with and without its
		// letters.
		"tr": {"şifre", "şifrem", "şifremi", "şifresi", "şifresini", "sifre", "sifrem", "sifremi", "sifresi", "sifresini", "parola", "parolam"},
		// Session 72: the scripts of East Asia, Vietnamese, Thai and
		// Hebrew ("原来的密码是 ...", "パスワード: ...", "비번 ...", "Mật
		// khẩu ... là ...", "הסיסמה הזמנית ... היא ...").
		"zh": {"密码", "密碼", "密码是", "密碼是", "登录密码", "登錄密碼", "原密码", "新密码"},
		"ja": {"パスワード", "引き継ぎパスワード"},
		"ko": {"비밀번호", "비번", "패스워드"},
		"vi": {"mật khẩu", "mat khau"},
		"th": {"รหัสผ่าน"},
		"he": {"סיסמה", "הסיסמה", "סיסמא", "הסיסמא", "סיסמתי"},
	},
	gAWS: {
		"en": {"aws", "amazon", "secret access key", "aws secret", "secret key", "secret",
			"secretaccesskey", "awssecretaccesskey", "secretkey", // JSON and camel-case keys
			// A key that got out: "I committed h4gjtHU5E5K5.../... to a public repo".
			"committed", "leaked", "exposed"},
		"de": {"geheimer schlüssel", "geheimer zugriffsschlüssel", "geheimschlüssel"},
		"fr": {"clé secrète", "clé d'accès secrète", "cle secrete"},
		"es": {"clave secreta", "clave de acceso secreta"},
		"it": {"chiave segreta", "chiave di accesso segreta"},
		"nl": {"geheime sleutel", "geheime toegangssleutel"},
		"pt": {"chave secreta", "chave de acesso secreta"},
	},
	gIMEI: {"en": {"imei", "imeis"}},
	// Not the German "FIN" (the French and Spanish "end") nor "numéro de
	// série" (any serial number).
	// A car's word names the VIN after it too ("the car JTDNY5U102K055246
	// is registered to", "two cars on the policy: ..."): the shape is
	// narrow (17 letters and digits, four digits last, no I, O or Q).
	gVIN: {"en": {"vin", "vins", "vehicle identification number", "chassis", "car", "cars", "vehicle", "vehicles", "truck", "motorbike", "motorcycle"},
		"de": {"fahrgestellnummer", "fahrzeugidentifizierungsnummer", "die fin", "der fin", "fin nr", "fin nummer", "fahrzeug", "auto", "wagen"},
		"fr": {"numéro de châssis", "numéro d'identification du véhicule", "véhicule", "voiture"}, "es": {"bastidor", "coche", "vehículo", "niv", "auto", "carro"},
		"it": {"telaio", "veicolo", "macchina"}, "nl": {"chassisnummer", "voertuig"}, "pt": {"chassi", "carro", "veículo"},
		// "valmistenumero VF1...", "serie sasiu UU1...", "no casis PM2...".
		"fi": {"valmistenumero", "auto"}, "ro": {"serie sasiu", "seria sasiu", "serie șasiu", "sasiu", "șasiu"},
		"ms": {"casis", "no casis", "nombor casis"}, "id": {"nomor rangka", "no rangka"}},
	gCrypto: {
		"en": {"wallet", "bitcoin", "btc", "ethereum", "eth", "crypto", "address"},
	},
	gNeg: {
		"en": {"order", "ordr", "invoice", "tracking", "ticket", "case", "ref", "reference", "sku", "serial", "model", "part", "version", "build", "shipment", "parcel", "confirmation", "transaction", "po",
			"booking", "reservation", "receipt", "voucher", "coupon", "gift card", "giftcard", "gift voucher", "loyalty card", "membership card", "rewards card", "library card", "promo code", "discount code", "claim", "rma", "pnr", "itinerary",
			"consignment", "package", "awb", "barcode", "upc", "ean", "gtin", "isbn", "loyalty",
			// A payment's reference in India, a UPI or IMPS transfer's
			// UTR: twelve digits that may pass Luhn ("UTR 412938475610",
			// session 77). Not "RRN": Belgium's national number too.
			"utr",
			// A parking or traffic fine's notice: "PCN number 5521904471".
			"pcn", "penalty charge notice", "penalty notice",
			// Phrases that end in "number" keep it from meaning a phone.
			"case number", "ticket number", "reference number", "invoice number", "confirmation number", "transaction number",
			"serial number", "model number", "part number", "booking number", "customer number", "member number",
			"membership number", "policy number", "claim number", "shipment number", "parcel number",
			"employee number", "staff number", "student number", "id number",
			"order number", "tracking number", "reservation number", "receipt number", "voucher number",
			"customer no", "customer id", "loyalty number", "package number", "consignment number",
			"check number", "cheque number", "quote number", "quote",
			// Carriers: "UPS 1Z 999 AA1 01 2345 6784" ends in a phone's shape.
			"ups", "fedex", "dhl", "usps", "waybill", "royal mail", "postnl", "gls", "dpd", "hermes", "evri", "colissimo", "correos",
			// Codes, serials and meters are numbered too (contracts and
			// policies: gRef).
			"serial no", "confirmation code", "verification code",
			"reference code", "licence key", "license key", "product key", "meter reading", "meter number",
			// A call's own identifier in a call centre's or a telephony
			// log ("call id 4481229133", SIP's "Call-ID"); not "caller
			// id", which shows the number.
			"call id", "call ref", "call reference", "call sid", "call uuid", "callback id", "callback ref", "callback reference",
			// The ids of members, returns and subscriptions.
			"member id", "membership id", "return number", "returns number", "return id", "subscription id", "subscription number",
			"purchase order", "order id", "ticket id", "case id", "claim id",
			// A SIM's own numbers: "Der PUK meiner SIM ist 12345678".
			"puk", "iccid", "imsi",
			// Registers' numbers and marketplaces' listings (session 55):
			// "Registered charity no. 1098457", "your listing 295876123409".
			"charity", "registered charity", "charity number", "company number", "company no", "listing", "listing id",
			"listing number", "item number", "ad id",
			// Plurals before a list of them: "tickets 00417722 and 00418103".
			"tickets", "orders", "invoices", "cases", "claims", "references",
			// Applications to a job: "Bewerbungsnummer 2024-118-4471".
			"application number", "application id", "application no",
			// A hire's or a rental's agreement (session 63: "Agreement
			// number 7731-0042-1186").
			"agreement", "agreement number", "agreement no", "rental agreement",
			// A money transfer's control number (session 59: "MTCN 583
			// 920 4716 was paid out") and a prescription's ("Rx
			// 0481923-03517").
			"mtcn", "rx", "rx number", "rx no", "prescription number", "script number",
			// The NHS's e-Referral booking number.
			"ubrn"},
		"de": {"bestellung", "bestellnummer", "rechnung", "rechnungsnummer", "sendung", "sendungsnummer", "auftrag", "auftragsnummer",
			"buchung", "buchungsnummer", "reservierung", "reservierungsnummer", "kundennummer", "vorgangsnummer", "aktenzeichen", "quittung", "beleg",
			"gutschein", "gutscheincode", "geschenkkarte", "gutscheinkarte", "paket", "paketnummer", "ticketnummer", "bestellnr", "kundennr",
			"artikelnummer", "seriennummer", "vertragsnummer", "mitgliedsnummer", "fallnummer", "lieferschein", "lieferscheinnummer",
			// Abbreviated with a hyphen: "Bestell-Nr.", "Kd.-Nr.".
			"bestell nr", "best nr", "kunden nr", "kd nr", "auftrags nr", "rechnungs nr", "vertrags nr", "vorgangs nr",
			"buchungs nr", "beleg nr", "artikel nr", "art nr", "liefer nr", "sendungs nr", "paket nr", "mitglieds nr", "referenz nr",
			"transaktion", "transaktionsnummer", "trackingnummer", "sendungsverfolgung",
			"fehlercode", "bestätigungscode", "zählerstand", "zählernummer", "lizenzschlüssel", "mitgliedsnr", "anzeige", "inserat", "bewerbungsnummer", "bewerbungsnr"},
		"fr": {"commande", "facture", "suivi", "référence", "colis", "réservation", "reservation", "reçu", "dossier", "billet", "cadeau",
			// "numéro" alone is a phone word; these phrases name another number.
			"numéro client", "numéro de client", "numéro de commande", "numéro de facture", "numéro de suivi", "numéro de dossier",
			"numéro de ticket", "numéro d'incident", "numéro de contrat", "numéro adhérent", "numéro d'adhérent", "incident",
			"numéro de série", "code erreur", "code d'erreur", "n° client", "nº client", "no client",
			"code de confirmation", "relevé du compteur", "annonce"},
		"es": {"pedido", "factura", "seguimiento", "referencia", "reserva", "envío", "envio", "recibo", "localizador", "cupón", "cupon", "paquete", "billete", "regalo",
			"número de cliente", "número de socio", "número de pedido", "número de factura", "número de seguimiento",
			"número de incidencia", "número de contrato", "número de expediente", "incidencia", "expediente",
			"transacción", "número de transacción", "número de operación", "operación",
			"número de serie", "código de error",
			"código de confirmación", "lectura del contador", "anuncio",
			// A meter's number (session 59: "el contador de luz nº 0312
			// 5784 9920").
			"contador", "nº de contador", "número de contador"},
		"it": {"ordine", "fattura", "spedizione", "riferimento", "prenotazione", "ricevuta", "buono", "tracciamento", "pacco", "pratica", "biglietto", "regalo",
			"numero cliente", "numero di cliente", "codice cliente", "numero ordine", "numero d'ordine", "numero di pratica",
			"numero di contratto", "numero di tracciamento", "segnalazione", "transazione", "numero di transazione",
			"numero di serie", "numero seriale", "codice errore",
			"codice di errore", "codice di conferma", "lettura contatore", "annuncio", "inserzione"},
		"nl": {"bestelling", "kvk", "kvk-nummer", "kvk nummer", "factuur", "zending", "referentie", "bestelnummer", "ordernummer", "reservering", "boeking", "boekingsnummer",
			"klantnummer", "factuurnummer", "pakket", "tegoedbon", "cadeaukaart", "zendingnummer",
			"ticketnummer", "zaaknummer", "dossiernummer", "referentienummer", "artikelnummer", "serienummer", "contractnummer", "lidnummer",
			"trackingnummer", "pakketnummer", "zendingsnummer", "transactie", "transactienummer", "trackingcode",
			"foutcode", "bevestigingscode", "meterstand", "advertentie"},
		"pt": {"pedido", "encomenda", "fatura", "referência", "rastreamento", "reserva", "recibo", "envio", "rastreio", "bilhete", "cupão", "cupom", "cartão presente", "cartao presente",
			"número de cliente", "número do cliente", "número do pedido", "número da encomenda", "número de contrato", "protocolo", "chamado",
			"transação", "número da transação", "código de rastreio", "código de rastreamento",
			"número de série", "código de erro",
			"código de confirmação", "leitura do contador", "anúncio"},
		// Session 71: Russian's and Ukrainian's orders, requests and
		// parcels ("Обращение 9104-2281", "заказ № 0917-552013").
		"ru": {"заказ", "заказа", "номер заказа", "обращение", "обращения", "номер обращения", "заявка", "заявки", "номер заявки", "трек-номер", "трек", "отправление", "отправления", "номер отправления"},
		"uk": {"замовлення", "номер замовлення", "звернення", "номер звернення", "заявка", "заявки", "трек-номер", "відправлення"},
		// Polish, Czech and Slovak orders, invoices, parcels, claims and
		// payment symbols (session 59).
		"pl": {"zamówienie", "zamówienia", "zamowienie", "zamowienia", "numer zamówienia", "nr zamówienia", "faktura", "faktury", "numer faktury", "nr faktury",
			"paczka", "paczki", "przesyłka", "przesyłki", "numer przesyłki", "reklamacja", "reklamacji", "zgłoszenie", "zgłoszenia", "krs", "regon"},
		"cs": {"objednávka", "objednávky", "objednavka", "číslo objednávky", "objednávky č", "faktura", "faktury", "faktúra", "faktúry", "zásilka", "zásilky",
			"zásielka", "zásielky", "reklamace", "reklamaci", "reklamácia", "variabilní symbol", "variabilni symbol", "variabilný symbol", "vs",
			"číslo jednací", "cislo jednaci", "jednací"},
		// The Nordic languages' orders, invoices, parcels and payment
		// references (session 59: "laskun numero 55120-0347").
		"sv": {"order", "ordernummer", "ordernr", "faktura", "fakturanummer", "fakturanr", "kolli", "kolli-id", "paket", "sändningsnummer", "ocr", "ocr-nummer", "bankgiro", "plusgiro"},
		"da": {"ordre", "ordrenummer", "ordrenr", "faktura", "fakturanummer", "fakturanr", "pakke", "pakkenummer", "forsendelse", "sporingsnummer", "betalingsid",
			// A case's, a claim's and a police journal's numbers, as
			// English's "case" and "claim" (session 75: "skadenummer
			// 2024-55-10982", "journalnr. 3700-80312-00471-24"). Not the
			// bare "sag" (Norwegian "sak"), a matter or a thing as often.
			"sagsnr", "sagsnummer", "skadenr", "skadenummer", "journalnr", "journalnummer"},
		"no": {"ordre", "ordrenummer", "ordrenr", "faktura", "fakturanummer", "fakturanr", "pakke", "pakkenummer", "sendingsnummer", "sporingsnummer", "kid-nummer",
			"saksnr", "saksnummer", "skadenr", "skadenummer"},
		"fi": {"tilaus", "tilausnumero", "tilauksen", "tilauksesi", "lasku", "laskun", "laskunumero", "viite", "viitenumero", "paketti", "lähetys", "lähetystunnus", "seurantakoodi"},
	},
	// The ids of requests, messages and commits, and digests, which a
	// word for a secret may come before ("invalid token, request id:
	// ...").
	gIDWord: {
		"en": {"request id", "trace id", "correlation id", "idempotency key", "message id", "event id",
			"commit", "revision", "checksum", "sha", "sha1", "sha256", "hash", "digest", "fingerprint",
			"private key id", "private_key_id"},
	},
	// The words of a person's number at a firm (see customerAfter).
	// Most are gNeg's or gRef's words too, which keep the number from
	// reading as a phone. Not "client id" (an OAuth client's), nor
	// "claim", "order" or "ticket" (an event's number).
	gCustomer: {
		"en": {"customer number", "customer no", "customer id", "customer ids", "cust id", "cust no", "customer ref", "customer reference", "customer account",
			"client number", "client no", "client ref",
			// A charity's donor or supporter, one person (session 65:
			// "(donor 8820417)", "supporter ID ... SUP-0073391").
			"donor", "donor id", "donor number", "donor no", "donor ref", "supporter id", "supporter number", "supporter no", "supporter ref",
			"account", "account number", "account no", "acct", "acct no", "acc", "acc no",
			"policy", "policy no", "policy number", "contract number", "contract no", "contract",
			"frequent flyer", "frequent flier", "frequent flyer number",
			// Airlines' programmes and travellers' numbers (session 54:
			// "my miles and more number is 992004533314789", "KTN is
			// TT4827193", "redress number 2938471").
			"miles and more", "miles and more number", "skywards", "skywards number", "executive club", "flying blue", "aadvantage", "mileageplus", "skymiles",
			// Session 68: "BA Exec Club 48213376", "Iberia Plus IB
			// 71844029", "my aer club no. is AC318840972".
			"exec club", "iberia plus", "aer club", "krisflyer", "aeroplan", "privilege club",
			// Session 64: hotels' programmes and the US's trusted
			// traveller's ("Honors 917364820", "Global Entry 982417365").
			"eurobonus", "honors", "hilton honors", "bonvoy", "global entry",
			"ktn", "known traveler number", "known traveller number", "redress number", "passid",
			// An employee's number at the employer, which names one person
			// there as a customer's does (session 51: "employee ID
			// E0048213", "staff no E-00781", "payroll no PR-20417").
			"employee id", "employee no", "employee number", "staff no", "staff number", "staff id", "payroll no",
			// Its short forms (session 56: "emp no 204563", "emp ID EMP-176605").
			"emp no", "emp id", "emp #", "emp number",
			// Session 75: the word alone before the number, payroll's
			// "EE#", and a clocking number ("employee E098773", "EE#
			// 102288", "clocking number 5521").
			"employee", "ee#", "ee #", "clocking number", "clocking no", "clock number", "clock no",
			// An exchange's or an app's user id (session 75: "UID
			// 48291037", "my uid is 51288034").
			"uid",
			// A loan's or a mortgage's account, its borrower's (session 56).
			"loan number", "loan no", "loan account", "loan account number", "mortgage number", "mortgage account", "mortgage account number",
			"payroll number", "payroll id", "personnel number",
			// Session 63: the loan's or mortgage's word alone ("loan
			// #7720014593", "Forbearance request for loan 8845-102-337")
			// and a charity's supporter ("Supporter number SUP7743012").
			"loan", "mortgage", "supporter number", "supporter no", "supporter id", "supporter ref", "supporter reference",
			// Session 64: a tenant's numbers at the letting agent and at
			// the deposit's scheme, which name the tenant ("Tenant ID
			// T-00582", "lease ID BV-L-20931", "DPS deposit ID 2748193",
			// "mydeposits certificate no. MD-1187-4452-09").
			"tenant id", "tenant number", "tenant no", "tenant ref", "tenancy id", "tenancy number", "tenancy no", "tenancy ref", "tenancy reference",
			"lease id", "lease number", "lease no", "applicant id", "applicant number", "applicant no",
			"deposit id", "deposit certificate", "deposit cert", "deposit certificate number", "deposit cert number",
			// Session 74: a car's lease or finance agreement, read only in
			// a message that names a lease or the agreement's payments
			// (see leaseAgreement: "I'm leasing a Kia ... Agreement number
			// LA-77182934"; a rental's agreement names a booking), and an
			// extended warranty's number, a contract with its buyer
			// ("warranty no EW-1188-4073").
			"agreement", "agreement number", "agreement no",
			"warranty no", "warranty number",
			// Session 74: a utility's consumer, India's word for its
			// customer at the gas agency or the electricity board
			// ("consumer no 7100394817"; "Consumer ID" was left out: a
			// Pakistani set labels it no person's).
			"consumer no", "consumer number"},
		"de": {"kundennummer", "kundennr", "kunden nr", "kd nr", "kdnr", "vertragsnummer", "vertragsnr", "vertrags nr", "vertrag", "vertragskonto",
			"versicherungsscheinnummer", "versicherungsschein", "policennummer", "polizzennummer", "polizze",
			"personalnummer", "personalnr", "mitarbeiternummer", "personal-nr", "mitarbeiter-nr", "ma-nr",
			// A loan's or a mortgage's number, which names its borrower
			// (session 56: "Darlehensnummer 6104227893").
			"darlehensnummer", "darlehenskonto", "kreditnummer",
			// Session 59: "Polizzennr. 12-4478193-0" ("Kundenkonto" is a
			// form's field label, see listFieldLabels).
			"polizzennr", "polizzen nr", "versicherungsnr",
			// Session 74: a car insurer's and a leasing firm's words
			// ("Versicherungsnummer VN 4410 2287 03",
			// "Versicherungsschein-Nr. KH-55.218.034-7", "Leasingvertrag
			// LV-0087431").
			"versicherungsnummer", "versicherungsschein-nr", "versicherungs-nr", "leasingvertrag", "leasingvertragsnummer", "leasingnummer"},
		"fr": {"numéro client", "numéro de client", "n° client", "n° de client", "contrat", "numéro de contrat", "n° de contrat",
			"numéro de police", "n° de police", "numéro allocataire", "n° allocataire",
			"client n°", "client nº", "numéro d'employé", "numéro de salarié", "numéro salarié", "numéro de compte", "compte",
			// An employee's number at the employer (session 56: "matricule 45-2291").
			"matricule", "n° de matricule", "numéro de matricule",
			// A utility's customer (session 56: "mon num client EDF c'est 6
			// 004 518 237"; "référence client" stays a reference, as
			// TestProbe8Languages holds).
			"num client", "numéro de prêt", "n° de prêt", "prêt n°", "prêt immobilier n°",
			// Session 76: an angling federation's member ("adhérent
			// FR29-004812376").
			"adhérent", "n° adhérent", "numéro d'adhérent"},
		"es": {"número de cliente", "nº de cliente", "n° de cliente", "póliza", "poliza", "número de póliza", "contrato", "número de contrato",
			"número de empleado", "nº de empleado", "nº empleado", "numero de empleado",
			// Unaccented and after the noun (session 53: "MI NUMERO DE
			// CLIENTE ES 40012377", "cliente nº 71230985").
			"numero de cliente", "número cliente", "numero cliente", "cliente nº", "cliente n°",
			// Catalan (session 54: "el número de client 0092-331-804").
			"número de client", "numero de client",
			// A carrier's or a shop's account, as "account number" in
			// English (session 55: "Mi número de cuenta es 8847 2209 1153").
			"número de cuenta", "numero de cuenta", "cuenta", "número de préstamo", "numero de prestamo", "préstamo nº", "nº de préstamo",
			// Session 59: "nº cliente 7730118245".
			"nº cliente", "n.º cliente", "n° cliente", "nº de cliente", "n.º de cliente"},
		"it": {"codice cliente", "numero cliente", "numero di cliente", "polizza", "numero di polizza", "contratto", "numero di contratto", "numero contratto",
			"matricola dipendente", "numero dipendente", "numero di conto", "conto", "mutuo n", "numero mutuo", "numero del mutuo", "numero di mutuo"},
		"nl": {"klantnummer", "klantnr", "polisnummer", "polis", "contractnummer", "personeelsnummer", "hypotheeknummer", "leningnummer",
			// Session 73: the policy's abbreviation ("mijn polisnr.
			// AV-2210387"), as "klantnr" is the customer's.
			"polisnr"},
		// Polish, Czech and Slovak customers (session 59: "Numer klienta
		// 70081344", "Číslo zákazníka 5512098734").
		// An insurance policy's number (session 74: "Polisa nr
		// 920011457733", "numer polisy ...").
		"pl": {"numer klienta", "nr klienta", "numer umowy", "nr umowy", "polisa", "numer polisy", "nr polisy"},
		"cs": {"číslo zákazníka", "cislo zakaznika", "zákaznické číslo", "zakaznicke cislo", "číslo klienta", "zákaznícke číslo", "číslo smlouvy", "číslo zmluvy", "cislo smlouvy", "cislo zmluvy"},
		// The Nordic languages' customers and members (session 59:
		// "kundenummer 48820193", "Asiakasnumero 3007115", "kundnr
		// 1184402", "Medlemsnr. 7730-114-592").
		"sv": {"kundnummer", "kundnr", "kundnumret", "medlemsnummer", "medlemsnr", "avtalsnummer", "försäkringsnummer"},
		"da": {"kundenummer", "kundenr", "medlemsnummer", "medlemsnr", "aftalenummer", "policenummer",
			// Session 75: the policy's number with its article and
			// abbreviated, the insurance's, an employee's ("policenummeret
			// er 6403-...", "forsikringsnr. ...", "medarbejdernr 20417").
			"policenummeret", "policenr", "forsikringsnummer", "forsikringsnr", "medarbejdernummer", "medarbejdernr", "lønnummer"},
		"no": {"kundenummer", "kundenr", "medlemsnummer", "medlemsnr", "avtalenummer", "polisenummer",
			"polisenummeret", "polisenr", "forsikringsnummer", "forsikringsnr", "ansattnummer", "ansattnr", "ansatt-nr", "ansattnummeret"},
		// Finnish says "my number" with a suffix and "is" with "on"
		// (session 74: "vakuutusnumeroni on 7720-0145-338").
		"fi": {"asiakasnumero", "asiakasnro", "jäsennumero", "sopimusnumero", "vakuutusnumero",
			"asiakasnumeroni", "vakuutusnumeroni", "asiakasnumeroni on", "vakuutusnumeroni on", "asiakasnumero on", "vakuutusnumero on"},
		"pt": {"número de cliente", "número do cliente", "apólice", "apolice", "número da apólice", "contrato", "número do contrato",
			"número de funcionário", "número de colaborador", "numero de cliente", "numero do cliente", "cliente nº", "cliente n°",
			"número da conta", "conta", "número do empréstimo", "crédito habitação n"},
		// Turkish, Romanian and Hungarian customers and subscribers
		// (session 60: "müşteri no 1029384756", "abone numarası
		// 7001928364", "cod client 40077215", "ügyfélszám 300918274").
		"tr": {"müşteri no", "müşteri numarası", "müşteri numaram", "musteri no", "musteri numarasi", "musteri numaram",
			"abone no", "abone numarası", "abone numaram", "abone numarasi", "abonelik numarası", "sözleşme numarası", "sozlesme numarasi"},
		"ro": {"cod client", "codul de client", "cod de client", "număr client", "numar client", "numărul de client", "numarul de client", "număr contract", "numar contract"},
		"hu": {"ügyfélszám", "ugyfelszam", "ügyfélszámom", "ugyfelszamom", "ügyfélazonosító", "ugyfelazonosito", "szerződésszám", "szerzodesszam"},
		// Russian and Ukrainian customers and contracts (session 60).
		"ru": {"номер клиента", "клиентский номер", "лицевой счет", "лицевой счёт", "номер договора"},
		"uk": {"номер клієнта", "клієнтський номер", "особовий рахунок", "номер договору"},
	},
	// gRef words name a number as gNeg words do (see gRef).
	gRef: {
		// With a police report's number (session 52: "Proces-verbaal
		// nummer 2024123456", "Reporte número 5523019876").
		"en": {"contract", "contract number", "policy", "policy no", "police report", "report number", "crime reference", "incident number"},
		"de": {"referenz", "referenznummer", "mandatsreferenz", "aktenzeichen", "polizzennummer", "policennummer", "versicherungsscheinnummer", "schadennummer",
			"anzeige", "schadensnummer", "tagebuchnummer"},
		"fr": {"numéro de police", "contrat", "sinistre", "numéro de sinistre", "plainte", "procès-verbal"},
		"es": {"número de póliza", "póliza", "poliza", "contrato", "siniestro", "reporte", "número de reporte", "denuncia", "número de siniestro"},
		"it": {"numero di polizza", "polizza", "contratto", "sinistro", "numero di sinistro", "denuncia", "verbale"},
		"nl": {"polisnummer", "contract", "kenmerk", "betalingskenmerk", "proces-verbaal", "aangifte", "schadenummer"},
		"pt": {"número da apólice", "apólice", "contrato", "sinistro", "boletim de ocorrência", "ocorrência"},
		// Danish and Norwegian: a policy (session 75: "Police
		// 41-9920117", "polisenummer ...").
		"da": {"policenr", "policenummer", "policenummeret"},
		"no": {"polisenummer", "polisenr"},
	},
	gPaid: {
		"en": {"transaction", "transaction number", "transaction id", "purchase", "payment"},
		"de": {"zahlung", "transaktion"},
		"fr": {"paiement", "transaction"},
		"es": {"pago", "transacción"},
		"it": {"pagamento", "transazione"},
		"nl": {"betaling", "transactie"},
		"pt": {"pagamento", "transação"},
	},
	gDate: {
		"en": {"date", "dated"},
	},
	gIP:     {"en": {"ip", "ipv4", "ipv6", "address", "server", "host"}},
	gMAC:    {"en": {"mac", "hardware address", "physical address", "ethernet"}},
	gCookie: {"en": {"cookie", "cookies"}},
	gLogin:  {"en": {"login", "setbasicauth", "httpbasicauth", "basicauth", "passwordauthentication"}},
	// The first words of the phrases ("log in", "logged in", "locked
	// out", "signing in"), which are enough: the reader wants a
	// password's shape near them.
	gSignIn: {"en": {"login", "log", "logging", "logged", "locked", "signing"}},
	// "user", "login" and the like only as a label, before ':' or '='
	// (see userAfter); "home" and "users" only between a path's
	// separators (homeUser), "ssh", "scp" and "sftp" before a target's
	// '@' (sshUser); "publickey" and "password" in an ssh server's log
	// (sshdUser), the commands before their "-u" flag (userFlagAfter),
	// "uid" and "sudo" in id's output and sudo's log.
	// Social networks (socialNetworks), whose handle after an '@' is
	// atHandle's: "my insta is @lena.schmidt.art".
	gUser: {"en": slices.Concat([]string{"username", "user name", "user id", "userid", "usrname", "usernme", "usename", "usr", "login id", "login name", "user", "login", "handle", "gamertag", "home", "users", "ssh", "scp", "sftp", "publickey", "password",
		"docker", "podman", "mysql", "mysqldump", "psql", "pg_dump", "uid", "sudo",
		// The account an app shows as signed in: "signed in as tkelly_1990".
		"signed in as", "logged in as", "log in as", "login as"}, socialNetworks),
		"de": {"benutzername", "nutzername", "anmeldename", "benutzer", "nutzer", "nutzerin", "angemeldet als", "eingeloggt als"},
		"fr": {"nom d'utilisateur", "identifiant", "pseudo", "utilisateur", "connecté en tant que", "connectée en tant que"},
		"es": {"usuario", "nombre de usuario", "conectado como", "sesión iniciada como",
			// Catalan, which customers in Spain write (session 54).
			"usuari", "nom d'usuari"},
		"it": {"nome utente", "utente", "connesso come"},
		"nl": {"gebruikersnaam", "inlognaam", "gebruiker", "ingelogd als", "log in met", "inloggen met"},
		"pt": {"nome de usuário", "nome de utilizador", "usuário", "utilizador", "logado como",
			// The account one signs in as (session 73: "fazer login como
			// rita_m1987", "entrar como").
			"login como", "entrar como", "entrei como", "autenticado como"},
		"sv": {"användarnamn", "användarnamnet", "anvandarnamn"},
		"da": {"brugernavn", "brugernavnet"},
		"no": {"brukernavn", "brukernavnet"},
		"fi": {"käyttäjätunnus", "käyttäjätunnukseni", "kayttajatunnus", "käyttäjänimi", "käyttäjätunnus on", "käyttäjätunnukseni on"},
		// Polish says "is" with "to" after a noun (session 74: "mój login
		// to kwieczorek_85"); not "login to" alone, English's "log in to".
		"pl": {"login", "mój login", "nazwa użytkownika", "nazwa uzytkownika", "mój login to", "moj login to", "nazwa użytkownika to"},
		// Czech and Slovak put "mám" (I have) or "je" (is) between
		// "login" and the name (session 75: "login mam jiri.horak85",
		// "a login je vlckova.eva").
		"cs": {"uživatelské jméno", "uzivatelske jmeno", "login mám", "login mam", "login je", "můj login", "muj login", "můj login je", "muj login je", "môj login", "moj login"},
		"hu": {"felhasználónév", "felhasznalonev", "felhasználónevem", "felhasznalonevem"},
		// Romanian borrows "user" with its article, "-ul" (session 75:
		// "si userul elena.dum"), and names the account the order was
		// placed on ("pe contul bogdan.pirvu88"); userAfter reads only a
		// login's shape after them.
		"ro": {"utilizator", "nume de utilizator", "numele de utilizator", "userul", "user-ul", "userul meu", "userul meu e", "userul meu este", "pe contul"},
		"hr": {"korisničko ime", "korisnicko ime"},
		"sl": {"uporabniško ime", "uporabnisko ime"},
		"ru": {"логин", "мой логин", "имя пользователя"},
		"uk": {"логін", "мій логін", "ім'я користувача"},
		"el": {"όνομα χρήστη", "ονομα χρηστη",
			// "user", as a form's label and as a chat says it (session
			// 71: "Χρήστης: XZACHARIOU71", "ο χρήστης μου στο marketplace
			// είναι ...").
			"χρήστης", "χρηστης", "χρήστης μου", "χρηστης μου"},
		"ar": {"اسم المستخدم"},
		// Persian (session 71): "user name", and "user" and "username"
		// borrowed, with the possessive glued ("یوزرم majid.k هست").
		"fa": {"نام کاربری", "یوزرنیم", "یوزرنیمم", "یوزرم", "یوزر"},
		"sw": {"username yangu", "jina la mtumiaji"},
		// Turkish "user name" and "my user name" (session 80:
		// "kullanıcı adım mehmet_oz87"), and "user" as a form's label.
		"tr": {"kullanıcı adı", "kullanıcı adım", "kullanici adi", "kullanici adim", "kullanıcı", "kullanici"}},
	// A word that labelledValue passes over ("no", "number") follows the
	// single words and is no phrase of its own: "membership" reads
	// "membership number 5882...", which as a phrase would read it twice.
	gMember: {"en": {"member id", "member no", "member number", "member #", "membership", "member ids", "member numbers", "subscriber id", "subscriber no",
		"medicaid id", "medicaid number", "insurance id", "insurance number", "insurance no", "health plan id", "plan id", "policyholder id",
		// An insurer's name before a bare "ID" (session 59: "Aetna ID W184
		// 552 907", "ins is Humana ID H41928377").
		"aetna id", "humana id", "cigna id", "anthem id", "bcbs id", "uhc id", "unitedhealthcare id", "kaiser id", "tricare id",
		"molina id", "ambetter id", "wellcare id", "centene id", "blue cross id", "blue shield id", "medicare id",
		// South Africa's medical aids, the Philippines' PhilHealth, Nigeria's HMOs.
		"medical aid", "philhealth", "hmo id", "hmo number",
		// Kenya's and Nigeria's national health insurance funds, whose
		// number names the one member (session 75: "my NHIF no is ...").
		"nhif", "nhis",
		// A school's or a university's number of its student, which
		// names the one student as a member number does (session 44).
		"student id", "student number", "student no", "student #", "student id number", "matric number", "matriculation number",
		"enrolment number", "enrollment number", "pupil number", "learner number",
		// A hospital's medical record number and a patient's id, which
		// name the one patient (session 45: "Kaiser MRN 11029384",
		// "patient_id=PT00482291").
		"mrn", "medical record number", "patient id", "patient_id", "patient number", "patient no",
		// A British hospital's number of its patient (session 59:
		// "hospital number K4471209", "hospital no. RWA 0093318").
		"hospital number", "hospital no", "hospital id", "hospital num",
		// An exam board's candidate and a betting site's player, one
		// person each (session 56: "Your candidate ID is 2025GB0419872",
		// "Spieler-ID 10483920").
		"candidate id", "candidate number", "candidate no", "candidate #", "player id", "player number",
		"railcard number", "railcard no", "photocard number", "photocard no", "leap card number", "leap no",
		// A loyalty programme's member, one person (session 61: "My
		// Bonvoy number: 418 227 903", "rewards # 5589203341").
		"loyalty card number", "loyalty id",
		"rewards number", "rewards #", "rewards id", "rewards card number", "clubcard number", "miles number",
		"skywards number", "bonvoy number", "avios number", "aadvantage number", "mileageplus number", "skymiles number", "flying blue number",
		// A club's season ticket in its holder's name (session 63:
		// "season ticket holder (card no. ST-0093318)", "the season
		// ticket (nr 40-11873)").
		"season ticket", "season ticket number", "season ticket no", "season ticket holder", "season card number",
		// Session 64: an applicant's number at UCAS and the CAO, a
		// chat platform's user's ("discord id 903318742266105856"), a
		// site's user's.
		"ucas id", "ucas personal id", "personal id", "cao number", "cao no", "discord id", "discord user id", "user id"},
		"de": {"mitgliedsnummer", "mitgliedsnr", "mitglieds-nr", "mitglied", "versichertennummer", "versicherungsnummer", "matrikelnummer", "matrikelnr", "matrikel nr",
			"schülernummer", "schüler nr", "teilnehmernummer", "teilnehmer-nr", "teilnehmernr", "spieler-id", "spielernummer",
			// A railway's card in its holder's name (session 56:
			// "BahnCard-Nr. 7081 4119 6374 0259").
			"bahncard-nr", "bahncard-nummer", "bahncard nr",
			// Loyalty cards (session 61).
			"kundenkartennummer", "kundenkarte nr", "payback-nummer", "payback nummer",
			// A charity's donor (session 67: "Meine Spendernummer ist 4471-2093").
			"spendernummer", "spender-nr", "spendernr"},
		"fr": {"numéro d'adhérent", "numéro adhérent", "numéro de membre", "n° d'adhérent", "n° adhérent", "numéro étudiant", "numéro d'étudiant", "n° étudiant",
			"membre", "membre #", "n° de membre", "n° membre", "adhérent n°", "adhérente n°",
			// A family allowance's beneficiary (CAF): "allocataire n° 2817364".
			"allocataire", "numéro allocataire", "numéro d'allocataire", "n° allocataire",
			// A pupil's number at school (session 55: "Son n° élève c'est 2019-04417").
			"n° élève", "numéro élève", "numéro d'élève", "n° d'élève",
			// A subscriber's number at a magazine (session 56).
			"n° d'abonné", "numéro d'abonné", "numéro abonné", "n° abonné",
			// Loyalty cards (session 61: "Numéro Flying Blue : 2148 736 509").
			"numéro flying blue", "numéro de fidélité", "n° de fidélité", "numéro de carte de fidélité", "numéro d'adhérente",
			// A charity's donor (session 67: "Mon numéro de donateur est 00917364").
			"numéro de donateur", "n° de donateur", "numéro donateur", "n° donateur"},
		"es": {"número de afiliado", "número de socio", "nº de afiliado", "número de expediente", "nº de expediente", "número de alumno", "número de medicaid",
			// Session 55: "socio nº 004512887", "Alumno nº 3087".
			"socio nº", "socio n°", "nº de socio", "alumno nº", "alumno n°", "nº de alumno",
			"número de alumna", "nº de alumna", "id de jugador", "soy socio", "numero de socio", "numero de alumno", "numero de alumna", "numero de afiliado",
			// With the degree sign that Latin America types for "nº":
			// "n° de socio 61 234567 8 01".
			"n° de socio", "n° de afiliado"},
		"it": {"numero di tessera", "numero tessera", "codice socio", "numero di matricola", "matricola", "codice studente", "id giocatore",
			// A club's card (session 56: "socio ACI tessera n. 0071 4829 3310").
			"tessera", "sono socio", "tessera n", "carta fedeltà", "numero carta fedeltà"},
		"nl": {"lidnummer", "lidnr", "donateursnummer", "donateurnummer", "lidmaatschapsnummer", "relatienummer", "verzekerdennummer", "zorgverzekeringsnummer", "studentnummer", "leerlingnummer",
			"deelnemersnummer", "klantenkaartnummer", "bonuskaartnummer", "spaarkaartnummer"},
		"pt": {"número de beneficiário", "número da carteirinha", "número de sócio",
			// A health plan's card, its diminutive alone (session 75:
			// "carteirinha do plano 0032...").
			"carteirinha", "carteirinha do plano", "carteirinha do convênio", "carteirinha do convenio", "número de aluno", "número de estudante",
			"sócio nº", "sócio n°", "nº de sócio", "nº de aluno",
			// Portugal's national health service's number of its user
			// (session 51: "O meu número de utente é 283910470").
			"número de utente", "numero de utente", "nº utente", "nº de utente", "n.º de utente", "utente"},
		// A Dane's and a Norwegian's health cards, each one person's
		// (session 75: "sygesikringsbevis nr. ...", "Europeisk
		// helsetrygdkort nr. 8057..."): the yellow card, the health card,
		// the European card.
		"da": {"sygesikringsbevis", "sygesikringsbeviset", "sygesikringsnummer", "sundhedskort", "sundhedskortet", "sygesikringskort", "sygesikringskortet"},
		"no": {"helsetrygdkort", "helsetrygdkortet", "helsekort", "helsekortet"}},
	gIDCard: {"en": {"id no", "id number", "national id", "id card", "identity card", "identity card number", "national id number",
		// "ID" alone, read only in a Kenyan message (kenyanText).
		"id",
		// Kenya's card in Swahili, and its new name.
		"kitambulisho", "huduma", "huduma namba", "maisha namba"}},
	gBank: {"en": {"acc", "acct", "account", "sort", "c", "bsb"}, // "account number" too, from "account" (see gMember); "c" of "A/c" (see bankAccountAfter)
		"de": {"konto", "kontonummer", "kontonr", "konto-nr", "kto"},
		"fr": {"compte", "numéro de compte"},
		"es": {"cuenta", "número de cuenta", "clabe", "cbu", "cvu"},
		"it": {"conto", "numero di conto", "numero conto"},
		"nl": {"rekening", "rekeningnummer"},
		"pt": {"conta", "número da conta"},
		// The definite forms too (session 59: "kontonummeret er
		// 1503.27.40577").
		"sv": {"kontonummer", "clearingnummer", "kontonumret"},
		"da": {"kontonummer", "kontonr", "kontonummeret"},
		"no": {"kontonummer", "kontonr", "kontonummeret"},
		"fi": {"tili", "tilinumero"},
		"pl": {"konto", "numer konta", "nr konta", "rachunek", "numer rachunku", "nr rachunku"},
		// Malay, Indonesian and Vietnamese ("stk" abbreviates "số tài
		// khoản").
		"ms": {"akaun", "no akaun", "nombor akaun"},
		"id": {"rekening", "no rek", "norek", "nomor rekening", "no rekening"},
		"vi": {"stk", "số tài khoản", "so tai khoan", "số tk", "so tk"},
		// Hebrew, and as Israelis type it in Latin letters (session 60:
		// "snif 802 heshbon 3318470", "סניף 465, חשבון 105538").
		"he": {"heshbon", "cheshbon", "חשבון", "מס' חשבון", "מספר חשבון"}},
	gRecovery: {"en": {"recovery codes", "recovery code", "backup codes", "backup code", "2fa codes", "2fa backup codes", "2fa backup code"},
		"de": {"wiederherstellungscodes", "backup-codes", "sicherungscodes", "wiederherstellungscode", "backup-code", "sicherungscode"},
		"fr": {"codes de secours", "codes de récupération", "code de secours", "code de récupération"},
		"es": {"códigos de recuperación", "códigos de respaldo", "código de recuperación", "código de respaldo"},
		"it": {"codici di backup", "codici di recupero", "codice di backup", "codice di recupero"},
		"nl": {"herstelcodes", "back-upcodes", "herstelcode", "back-upcode"}, "pt": {"códigos de backup", "códigos de recuperação", "código de backup", "código de recuperação"}},
	gHandle:    {"en": handleWords},
	gFirm:      firmWords,
	gFirmUs:    firmUsWords,
	gFirmSite:  firmSiteWords,
	gFirmAgent: firmAgentWords,
	gCJKName:   cjkNameWords,
	gCyrStreet: cyrStreetWords,
	gTrStreet:  trStreetWords,
	gCJKPlace:  cjkPlaceWords,
	gGulfPlace: gulfPlaceWords,
	// Under "en" too, whatever the languages: a call's transcript reads
	// its digits in the words of its own.
	gSpoken: {"en": spokenHitWords()},
	// A postal address's labels (labeladdr.go).
	gAddrLabel: addrLabelWords,
	gVietArea:  {"vi": viAreaHints},
	// Hebrew streets' words and the word "address" (hebaddr.go).
	gHeStreet: {"he": slices.Concat(hebrewStreetWords, hebrewAddressWords)},
	// A licence's or a certificate's number, which names its one holder
	// ("licence no. BK-S-019482", "Fish & Game licence FG-2425-881042",
	// "Firearm cert: FC 1148203", "Jagdschein Nr. ...", "våpenkort nr.
	// VK-0318-22471"; session 76).
	gLicence: {
		"en": {"licence no", "licence number", "license no", "license number", "licence #", "license #",
			"hunting licence", "hunting license", "fishing licence", "fishing license", "rod licence",
			"firearms licence", "firearm licence", "firearms license", "firearm license",
			"firearms certificate", "firearm certificate", "shotgun certificate", "firearm cert", "firearms cert"},
		"de": {"jagdschein", "jagdscheinnummer", "fischereischein", "angelschein", "waffenbesitzkarte"},
		"no": {"jegernummer", "våpenkort"}},
	// All under "en", which every detector's table holds: the group only
	// tells the names recognizer where to look (see
	// entScanner.hereKnown), whatever the languages.
	gHere: {"en": hereWords},
	// A plate's words, as "reg" or "plate" and their phrases; plateAfter
	// reads the plate after any of them.
	gPlate: {"en": {"reg", "rego", "reg no", "reg number", "car reg", "vehicle reg", "vehicle registration", "car registration", "registration plate", "plate", "plates", "plate number", "number plate", "numberplate", "license plate", "licence plate", "tag number", "license tag"},
		"de": {"kennzeichen", "nummernschild", "autokennzeichen", "kfz-kennzeichen", "amtliches kennzeichen", "kennz",
			// Switzerland's and Austria's words (session 67: "Kontrollschild
			// ZH 482117").
			"kontrollschild", "autonummer"},
		"fr": {"immatriculation", "plaque d'immatriculation", "plaque", "immatriculée", "immatriculé", "immat"},
		"es": {"matrícula", "matricula", "placa", "placas", "patente", "la placa"},
		"it": {"targa", "targata", "targato"},
		"nl": {"kenteken", "nummerplaat"},
		// Session 73: the car itself before a Portuguese plate, as
		// Danish "bil" ("o meu carro BX-36-TQ passou na via verde",
		// "Para o veículo 45-TR-18 confirmamos"); plateAfter reads only
		// Portugal's shape after them (ptCarWords).
		"pt": slices.Concat([]string{"matrícula", "placa"}, ptCarWords),
		// The Nordic, Baltic, Central and Eastern European, Malay and
		// Indonesian words of a plate (session 44): "rekisteritunnus
		// KJT-418", "SPZ 5AC 3412", "rendszámra: NKR-742", "nr
		// inmatriculare CJ 27 XBM", "plat nomornya B 3318 UVX".
		"sv": {"registreringsnummer", "regnr", "reg nr", "nummerplåt", "regnummer", "regnumret", "registreringsnumret"},
		// Session 68: the car itself before its plate ("min bil AB 12
		// 345", "Bil: BR 90217", "oma auto ZKT-417", "bíll RX-482",
		// "valst. nr. KRM 418").
		"da": {"nummerplade", "registreringsnummer", "nummerpladen", "bil", "bilen"},
		"no": {"registreringsnummer", "skilt", "bilskilt", "kjennemerke", "bil", "bilen"},
		// Session 74: Finnish puts "on" (is) between the word and the
		// plate ("Auton rekisterinumero on KLT-482"), and Polish shortens
		// the word ("nr rej. KR 7H421", numer rejestracyjny).
		"fi": {"rekisteritunnus", "rekisterinumero", "rekkari", "auto", "auton", "rekisteritunnus on", "rekisterinumero on", "rekkari on"},
		"et": {"registreerimisnumber", "numbrimärk", "auto number", "auto"},
		"lv": {"numurzīme", "reģistrācijas numurs"},
		"lt": {"valst. nr", "valstybinis numeris", "automobilio numeris"},
		"is": {"bíll", "bílnúmer", "númeraplata"},
		"pl": {"numer rejestracyjny", "nr rejestracyjny", "tablica rejestracyjna", "tablice rejestracyjne", "nr rej",
			// "rejestracja auta KR 4H123": the car's registration.
			"rejestracja auta", "rejestracja samochodu", "rejestracja pojazdu"},
		// Slovak writes the plate's initials with their hacek ("ŠPZ
		// BA-482KP", štátna poznávacia značka; session 75).
		"cs": {"spz", "špz", "rz", "registrační značka", "poznávací značka", "evč", "ečv", "evidenčné číslo", "poznávacia značka", "evidenčné číslo vozidla"},
		"hu": {"rendszám", "rendszam", "rendszámra", "rendszamra", "rendszámú", "rendszamu"},
		// Chat drops the diacritics (session 75: "nr de inmatriculare B
		// 123 XYZ", "numarul de inmatriculare CJ 07 MRA").
		"ro": {"nr inmatriculare", "numar de inmatriculare", "număr de înmatriculare", "nr de înmatriculare", "numărul de înmatriculare",
			"nr de inmatriculare", "numarul de inmatriculare", "numărul de inmatriculare", "nr înmatriculare", "numar inmatriculare", "număr înmatriculare"},
		"hr": {"registarska oznaka", "registracijska oznaka", "registarske tablice"},
		"sl": {"registrska številka", "registrska tablica", "registrska oznaka"},
		"id": {"plat nomor", "plat nomornya", "nomor polisi", "nopol", "plat"},
		"ms": {"no plat", "nombor plat", "nombor pendaftaran"}},
	// No phrase ends where a shorter one does ("secret recovery phrase")
	// or one word after one that reads past it ("mnemonic phrase:",
	// which "mnemonic" reads to its colon): seedPhraseAfter would read
	// the same words twice. Not "seed" alone, a frequent word.
	gSeed: {"en": {"seed phrase", "seed words", "recovery phrase", "mnemonic", "backup phrase", "wallet phrase",
		// A seed alone, whose words a line below may hold ("is this
		// still a valid seed? ...\nhusband horror ..."; session 47).
		"seed"},
		"de": {"wiederherstellungsphrase", "seed-phrase"}, "fr": {"phrase de récupération", "phrase secrète", "phrase de secours"},
		"es": {"frase semilla", "frase de recuperación"}, "it": {"frase di recupero", "frase seed"},
		"nl": {"herstelzin", "herstelfrase"}, "pt": {"frase de recuperação", "frase semente"}},
	gDSN:      {"en": {"tcp", "unix"}},
	gHtpasswd: {"en": {"htpasswd"}},
	gTOTP: {"en": {"authenticator", "totp", "mfa", "setup key", "configuration key"},
		"de": {"einrichtungsschlüssel", "authentifikator"}, "fr": {"authentificateur", "clé de configuration"},
		"es": {"autenticador", "clave de configuración"}, "it": {"autenticatore", "chiave di configurazione"},
		"nl": {"instelsleutel", "configuratiesleutel"}, "pt": {"autenticador", "chave de configuração"}},
	gEmail: {"en": {"email", "e-mail", "mail"}, "de": {"e-mail", "mail"}, "fr": {"courriel"}, "es": {"correo"}},
	// Words of an SMS's code take no phrase with "sms", a phone word
	// that such a phrase would drop (see subsumes).
	gPIN: {"en": {"pin", "pin code", "pincode", "pin number", "passcode", "puk", "puk code", "otp", "one-time code", "one time code", "one-time password", "one time password",
		// A mobile banking app's PIN, a phone banking PIN.
		"mpin", "m-pin", "tpin",
		// Not "auth code": a card terminal's receipt prints the
		// transaction's authorisation code so ("AUTH CODE: 036932").
		"verification code", "2fa code", "authentication code", "login code", "security pin",
		// A code sent by text message ("sms-code 482913", Dutch and
		// German write it so too).
		"sms code", "sms-code", "smscode", "sms pin",
		// The codes that open a home or a site to whoever holds them.
		"alarm code", "master code", "door code", "gate code", "gate pin", "entry code", "key safe code", "keysafe code", "lockbox code", "key box code",
		// The lock named alone before its code: "KEYSAFE 3390", "combo
		// 3-8-1-6" (session 57).
		"keysafe", "key safe", "lockbox", "lock box", "keybox", "key box", "combo", "combination",
		// The code that opens a parcel locker or a pick-up point's shelf
		// to whoever holds it (session 50).
		"collection code", "pickup code", "pick-up code", "locker code", "locker pin",
		// A bare "code" only before a verb or a colon and after no word
		// that names another code (see pinAfter).
		"code"},
		"de": {"geheimzahl", "bestätigungscode", "verifizierungscode", "einmalcode",
			// A one-time password of digits: "Ihr neues Einmalpasswort
			// lautet 749213" (gPassword reads one with letters).
			"einmalpasswort", "einmalkennwort",
			// A bank's transaction number, sent by text or an app: "Ihre
			// mTAN ... lautet: 583104" ("TAN" alone is a colour).
			"mtan", "sms-tan", "smstan", "pushtan", "push-tan", "chiptan", "tan-nummer", "tan-code",
			// "TAN" alone only in capitals (see pinAfter): "die TAN 482
			// 913 kam per SMS" (session 53).
			"tan",
			// The codes that open a home, as holiday lets give them.
			"türcode", "torcode", "schlüsselbox", "schlüsselbox-code", "schlüsseltresor", "zahlenschloss", "alarmcode",
			"abholcode", "abhol-code", "abholpin",
			// A storage unit's or a building's code (session 56: "Der
			// Zugangscode 1945 kann dann deaktiviert werden").
			"zugangscode", "zugangs-code"},
		"fr": {"code pin", "code de vérification", "code de validation", "code sms", "code reçu par sms", "code reçu par mail", "code reçu par e-mail", "code reçu par email", "code de confirmation",
			// After "code" a verb or a colon reads the rest ("code de la
			// porte est ..."): only the compounds it cannot read.
			"digicode", "code porte", "code du portail", "code portail", "code de portail", "code d'entrée", "code de l'alarme", "boîte à clés", "boite à clés",
			"code de désactivation", "code de desactivation", "code d'alarme", "code alarme", "code de retrait", "code retrait"},
		"es": {"código de verificación", "codigo de verificacion", "código pin", "código", "codigo",
			// Mexico's NIP, which also ports a number to another carrier.
			"nip", "el nip",
			"cajetín", "cajetin", "caja de llaves",
			// The door's code of a block of flats: "portero automático 4812".
			"portero automático", "portero automatico", "código del portal", "codigo del portal", "código de la puerta",
			"código de recogida", "codigo de recogida"},
		"it": {"codice di verifica", "codice otp", "codice pin", "codice",
			"combinazione", "codice portone", "cassetta delle chiavi", "codice allarme", "codice di ritiro", "codice ritiro"},
		"nl": {"verificatiecode", "deurcode", "poortcode", "sleutelkastje", "sleutelkluis", "alarmcode",
			"herstelcode", "inlogcode", "beveiligingscode", "eenmalige code", "ophaalcode", "afhaalcode"},
		"pt": {"código de verificação", "codigo de verificacao", "código pin", "código", "codigo",
			"cacifo das chaves", "cofre das chaves", "código de retirada", "codigo de retirada", "código de levantamento"},
		"sv": {"engångskod", "engangskod", "verifieringskod", "säkerhetskod", "pinkod", "pin-kod", "koden",
			// An app's activation code, a parcel locker's pick-up code, a door's.
			"aktiveringskod", "aktiveringskoden", "uthämtningskod", "portkod", "dörrkod", "pukkod"},
		// "kode" alone as English's bare "code", before a verb or a
		// colon only (bareCodeWord; session 75: "kode: 771 204").
		"da": {"engangskode", "bekræftelseskode", "pinkode", "pin-kode", "koden", "kode",
			"aktiveringskode", "aktiveringskoden", "afhentningskode", "afhentningskoden", "dørkode", "pukkode"},
		"no": {"engangskode", "bekreftelseskode", "pinkode", "pin-kode", "koden", "kode",
			"aktiveringskode", "aktiveringskoden", "hentekode", "hentekoden", "dørkode", "pukkode"},
		// Finnish "on" is English's preposition too: the codes' words
		// hold it ("noutokoodi on 7731 9042").
		"fi": {"vahvistuskoodi", "varmennuskoodi", "pin-koodi", "tunnusluku", "koodi",
			"kertakäyttökoodi", "kertakayttokoodi", "noutokoodi", "ovikoodi", "vahvistuskoodi on", "noutokoodi on", "kertakäyttökoodi on", "koodi on"},
		// Estonian, Latvian and Lithuanian: "uksekood 48213", "vienreizējais
		// kods", "patvirtinimo kodas".
		"et": {"kood", "uksekood", "kinnituskood", "ühekordne kood", "pin-kood", "pin kood"},
		"lv": {"kods", "vienreizējais kods", "apstiprinājuma kods", "pin kods"},
		"lt": {"kodas", "vienkartinis kodas", "patvirtinimo kodas", "pin kodas"},
		// Poland's mobile payments: a six-digit BLIK code pays whoever
		// holds it ("prosiła o kod BLIK 731 904").
		"pl": {"kod blik", "blik", "kod sms", "kod weryfikacyjny", "kod pin", "kod"},
		// Indonesian and Malay codes ("ini kodenya 738204", "kod TAC"),
		// Vietnamese ("mã OTP"); not Indonesian "kode" alone, which
		// names promotions and bookings ("kode promo", "kode booking").
		"id": {"kodenya", "kode otp", "kode verifikasi", "kode aktivasi", "kode pin"},
		"ms": {"kod tac", "tac", "kod pengesahan", "kod otp"},
		"vi": {"mã otp", "ma otp", "mã xác nhận", "mã xác thực"},
		// "код з смс 730 518", "код из СМС", "κωδικός OTP".
		"ru": {"код из смс", "код из sms", "смс код", "смс-код", "код подтверждения",
			// A code that came by message, and a parcel's pick-up code
			// (session 72: "мені прийшов код 482916", "Код отримання:
			// 7391").
			"пришел код", "пришёл код", "код получения"},
		"uk": {"код з смс", "код із смс", "код з sms", "смс код", "смс-код", "код підтвердження", "прийшов код", "надійшов код", "код отримання"},
		"el": {"κωδικός otp", "κωδικός επιβεβαίωσης", "κωδικός sms"},
		"ar": {"رمز التحقق", "رمز التفعيل", "كود التفعيل", "كود التحقق", "رمز الدخول"},
		"sw": {"nambari ya siri", "msimbo"},
		// Czech and Slovak (session 75: "Kód z SMS je 482913"): the
		// code from the text message, with "je" (is), which beVerb
		// leaves out as French's "I".
		"cs": {"kód z sms", "kod z sms", "kód z sms je", "kod z sms je", "kód ze sms", "kód zo sms", "kod zo sms", "kód zo sms je",
			"ověřovací kód", "overovaci kod", "ověřovací kód je", "overovací kód", "overovací kód je", "jednorázový kód", "potvrzovací kód"},
		// Hungarian: the code received, the text message's, the
		// verifying one ("az sms-ben kapott kód 305 718").
		"hu": {"kapott kód", "kapott kod", "ellenőrző kód", "ellenőrzőkód", "megerősítő kód", "egyszer használatos kód", "egyszeri kód", "belépési kód"},
		// Romanian: the code received, by text message, to verify or
		// confirm ("codul primit prin SMS: 771 204").
		"ro": {"codul primit", "codul primit prin sms", "codul primit pe sms", "codul din sms", "cod de verificare", "codul de verificare", "cod de confirmare", "codul de confirmare", "codul otp", "codul de autentificare"}},
}

// monthNames maps lower-case month names and abbreviations in the
// supported languages to a month number.
var monthNames = map[string]int{}

func init() {
	lists := [][]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
		{"", "", "", "", "", "", "", "", "sept", "", "", ""},
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"", "", "", "", "", "", "", "", "", "okt", "", "dez"},
		// German abbreviations of March, and Austrian January and February.
		{"jänner", "feber", "mär", "", "", "", "", "", "", "", "", ""},
		{"jän", "", "mrz", "", "", "", "", "", "", "", "", ""},
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"janv", "févr", "", "avr", "", "", "juil", "", "", "", "", "déc"},
		// French written without its accents.
		{"", "fevrier", "", "", "", "", "", "aout", "", "", "", "decembre"},
		{"", "fevr", "", "", "", "", "", "", "", "", "", ""},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"ene", "", "", "abr", "", "", "", "ago", "", "", "", "dic"},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		{"gen", "", "", "", "mag", "giu", "lug", "", "set", "ott", "", ""},
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		{"", "", "mrt", "", "", "", "", "", "", "", "", ""},
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		{"", "fev", "", "", "", "", "", "", "", "out", "", ""},
		// Session 59: Polish and Czech in the genitive a date takes ("ur.
		// 30 sierpnia 1964", "narozen 3. května 1980"), Swedish, Danish
		// and Norwegian (the others are German's, Dutch's or English's).
		{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
		{"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
		{"", "", "", "", "maj", "", "", "augusti", "", "", "", ""},
		{"", "", "", "", "", "", "", "", "", "", "", "desember"},
		// Session 60: Turkish, with and without its letters ("7 Ocak
		// 1983", "5 Mayıs 2008", "12 subat 1990").
		{"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"},
		{"", "subat", "", "", "mayis", "", "", "agustos", "eylul", "", "kasim", "aralik"},
		// Ukrainian and Russian in the genitive a date takes ("14
		// березня 1987", "9 января 1965 года").
		{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		// Session 61: Indonesian and Malay ("23 Maret 1990", "5 Ogos
		// 1988"), and Croatian, Serbian and Slovenian in the genitive a
		// date takes ("2. listopada 1993.", "5. marta 1990", "3. junija
		// 1990"); Croatian's October, "listopada", is Polish's November,
		// which the table keeps.
		{"", "", "maret", "", "", "", "", "agustus", "", "", "", ""},
		{"", "", "", "", "", "", "julai", "ogos", "", "", "", "disember"},
		{"siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "", "studenoga", "prosinca"},
		{"januara", "februara", "marta", "aprila", "", "juna", "jula", "avgusta", "septembra", "oktobra", "novembra", "decembra"},
		{"januarja", "februarja", "", "", "", "junija", "julija", "", "", "", "", ""},
		// Session 69: Romanian ("12 martie 1985"), Finnish in the
		// partitive a date takes ("12. maaliskuuta 1985"), Estonian,
		// Hungarian with its abbreviations and without its accents
		// ("1985. március 12.", "szül. 1990. febr. 3."), Lithuanian in the
		// genitive ("1985 m. kovo 12 d."), Latvian in the locative
		// ("1985. gada 12. martā") and Greek in the genitive ("12 Μαρτίου
		// 1985").
		{"ianuarie", "februarie", "martie", "aprilie", "", "iunie", "iulie", "", "septembrie", "octombrie", "noiembrie", "decembrie"},
		{"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"},
		{"", "", "", "", "", "kesakuuta", "heinakuuta", "", "", "", "", ""},
		{"jaanuar", "veebruar", "märts", "aprill", "", "juuni", "juuli", "", "", "oktoober", "", "detsember"},
		{"", "", "marts", "", "", "", "", "", "", "", "", ""},
		{"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "", "", ""},
		{"", "febr", "márc", "ápr", "máj", "jún", "júl", "", "szept", "", "", ""},
		{"", "", "marcius", "aprilis", "majus", "junius", "julius", "", "", "", "", ""},
		{"sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"},
		{"", "", "", "balandzio", "geguzes", "birzelio", "", "rugpjucio", "rugsejo", "", "lapkricio", "gruodzio"},
		{"janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"},
		{"ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"},
	}
	for _, l := range lists {
		for i, m := range l {
			if m != "" {
				monthNames[m] = i + 1
				foldedMonths[string(foldKey(nil, m))] = true
			}
		}
	}
}

// foldedMonths holds the month names of monthNames folded as the names
// recognizer folds a word (foldKey: "março" is "marco"), for the street
// names that hold a date ("Avenida 5 de Outubro"); init fills both.
var foldedMonths = map[string]bool{}

// kwEntry is one word or phrase of a detector's keyword table.
type kwEntry struct {
	words  []string // lower-case words, the last one is the table key
	last   string   // the last word, kept at hand for the scanner
	phrase string   // the words joined by spaces
	groups uint64
	rules  []int32 // rules gated or boosted by this entry
	deny   string  // entity type when the entry is a deny-list value
	month  int
	next   int32 // next entry with the same key (see build), or -1
	// prev is hashWord of the word before the last one, 0 for a single
	// word: the scanner hashes the word before a key once and skips the
	// phrases whose word there differs (70 phrases end in "number").
	prev uint64
	// subsumes: the phrase drops the hits of its earlier words that
	// would say something else (see dropSubsumed).
	subsumes bool
	// reads: a hit of the entry runs a reader of what follows it (a
	// value, a date, a passport...: see keyword), as few entries do.
	reads bool
	// seen: what a hit of the entry tells state.seen (seenOf).
	seen uint8
}

// readGroups are the groups whose hits keyword runs a reader for: a group
// given a reader there must be added here, or its hits skip the reader
// (TestReadGroupsHoldEveryReader checks it in keyword's source).
const readGroups = gPassword | gSecret | gValue | gDot | gPassport | gCookie | gLogin | gRecovery | gDSN | gHtpasswd | gTOTP | gMAC | gPIN | gUser | gBank | gMember | gIDCard | gSeed | gPlate | gHandle | gCustomer | gCJKName | gCyrStreet | gSignIn | gTrStreet | gCJKPlace | gGulfPlace | gAddrLabel | gHeStreet | gLicence

// kwTable is an open-addressing hash table from the hash of a lower-cased
// word to the entries whose last word it is. Lookups cost one multiply per
// eight bytes of the word and one probe, so the scanner can test every
// word; a bitmap of the lengths and first two letters of the table's words
// lets it skip hashing most words of ordinary text.
type kwTable struct {
	slots   []kwSlot // single words, and whether phrases end in the word
	pairs   []kwSlot // phrases, by pairKey of their last two words
	mask    uint64
	entries []kwEntry
	maxLen  int
	shapes  [1 << 15 / 64]uint64 // bit wordShape(w) set for every key word w
	// byPhrase indexes entries by phrase while the table is filled; build
	// drops it.
	byPhrase map[string]int32
}

type kwSlot struct {
	hash  uint64
	first int32 // entry index + 1 of the first single word, or 0
	used  bool
	multi bool // phrases of two words or more end in the key
	// prevEnds has bit b&31 set for the last byte b of the word before
	// the key in each of those phrases (see prevWordHash).
	prevEnds uint32
	// plain is the length of the key when the slot holds one entry, a
	// single word of eight bytes or fewer that ends no phrase and whose
	// hit needs no test and runs no reader, as most words found do;
	// else 0. A word of that length that hashes to the key is the key
	// (see hashText), and keyword only records its hit.
	plain uint8
	// seen: the seen bits of a plain slot's one entry, which keyword
	// notes without reading the entry.
	seen uint8
}

// The bits of kwEntry.seen, kwSlot.seen and state.seen: a text holds a
// word of gHere (see entScanner.hereKnown), of gFirm (see firmContact), of
// gFirm or gFirmSite (see firmSite), of gSpoken (see spokenNumbers), of
// gVietArea (see entScanner.viArea).
const (
	seenHere uint8 = 1 << iota
	seenFirm
	seenSite
	seenSpoken
	seenVietArea
)

// seenOf returns the seen bits of an entry of groups g.
func seenOf(g uint64) (b uint8) {
	if g&gHere != 0 {
		b |= seenHere
	}
	if g&(gFirm|gFirmUs|gFirmAgent) != 0 {
		b |= seenFirm
	}
	if g&(gFirm|gFirmSite) != 0 {
		b |= seenSite
	}
	if g&gSpoken != 0 {
		b |= seenSpoken
	}
	if g&gVietArea != 0 {
		b |= seenVietArea
	}
	return b
}

// pairKey is the key of the pair table for a phrase whose last word
// hashes to h and whose word before it to prev.
func pairKey(prev, h uint64) uint64 {
	return bits.RotateLeft64(prev, 23) ^ h
}

const fnvOffset = 14695981039346656037

// hashWord hashes a word of the keyword table: its bytes folded by
// lowerByte, eight at a time (see hashText).
func hashWord(w string) uint64 {
	h := uint64(fnvOffset) ^ uint64(len(w))
	for i := 0; i < len(w); i += 8 {
		h = (h ^ foldBlock(w, i, min(i+8, len(w)))) * hashMul
	}
	return h ^ h>>32
}

// hashMul is the multiplier of hashWord, odd and with its bits spread so
// that every byte of a block reaches the high half of the product, which
// the last step folds into the low bits the table indexes by.
const hashMul = 0x9e3779b97f4a7c15

// foldBlock returns the bytes of text[i:j], at most eight, folded by
// lowerByte in the context of the text, as a little-endian word.
func foldBlock(text string, i, j int) uint64 {
	var x uint64
	for k := j - 1; k >= i; k-- {
		x = x<<8 | uint64(lowerByte(text, k))
	}
	return x
}

// lowerByte lower-cases ASCII letters and the Latin-1 capitals (À to Þ)
// encoded as C3 80..9E, so hashing needs no decoding.
func lowerByte(s string, i int) byte {
	c := s[i]
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	if c >= 0x80 && c <= 0x9e && i > 0 && s[i-1] == 0xc3 && c != 0x97 {
		return c + 32
	}
	return c
}

// foldBytes appends s to dst lower-cased as lowerByte does ("VERSIÓN"
// reads as "versión"), the folding the keyword table matches words with.
func foldBytes(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		dst = append(dst, lowerByte(s, i))
	}
	return dst
}

// splitWords splits a lower-case phrase into the words the scanner sees:
// runs of letters (ASCII letters and any non-ASCII character but the
// Unicode spaces, which part words as ' ' does: see spaceWidth).
func splitWords(p string) []string {
	return strings.FieldsFunc(p, func(r rune) bool {
		return r < utf8.RuneSelf && !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || unicode.Is(unicode.Zs, r)
	})
}

func (t *kwTable) add(phrase string, groups uint64, rule int32, deny string, month int) {
	words := splitWords(strings.ToLower(phrase))
	if len(words) == 0 {
		return
	}
	t.put(words, strings.Join(words, " "), groups, rule, deny, month)
	// Arabic writes "and" as a letter joined to the next word: "والرقم
	// القومي", "and the national number", names the number as "الرقم
	// القومي" does.
	if r, _ := utf8.DecodeRuneInString(words[0]); r >= 0x0621 && r <= 0x064a {
		and := slices.Clone(words)
		and[0] = "و" + and[0]
		t.put(and, strings.Join(words, " "), groups, rule, deny, month)
	}
	// The table folds the case of ASCII and Latin-1 letters only
	// (lowerByte), so that hashing needs no decoding: a phrase with other
	// letters that have a case ("егн", "телефон", "emšo") is entered in
	// capitals and in title case too, as forms write their labels
	// ("ЕГН", "Телефон:", "EMŠO"). Its hits name the phrase in lower
	// case, as rules' context words do.
	up := upperBeyondLatin1(words, false)
	if up == nil {
		return
	}
	t.put(up, strings.Join(words, " "), groups, rule, deny, month)
	if ti := upperBeyondLatin1(words, true); ti != nil && !slices.Equal(ti, up) {
		t.put(ti, strings.Join(words, " "), groups, rule, deny, month)
	}
}

// upperBeyondLatin1 returns words with their letters beyond Latin-1
// upper-cased (with title, only the first word's first letter), or nil
// when that changes nothing. ASCII and Latin-1 letters stay lower-case:
// the table folds them itself.
func upperBeyondLatin1(words []string, title bool) []string {
	var out []string
	for i, w := range words {
		if !beyondLatin1(w) {
			continue // most words: nothing to upper-case, nothing built
		}
		var b strings.Builder
		for k, r := range w {
			if u := unicode.ToUpper(r); r > 0xff && u > 0xff && (!title || i == 0 && k == 0) {
				r = u // not "ı" to "I", which the table folds back to "i"
			}
			b.WriteRune(r)
		}
		if u := b.String(); u != w {
			if out == nil {
				out = slices.Clone(words)
			}
			out[i] = u
		}
	}
	return out
}

// beyondLatin1 reports whether w holds a rune beyond Latin-1.
func beyondLatin1(w string) bool {
	for _, r := range w {
		if r > 0xff {
			return true
		}
	}
	return false
}

// put enters the words of a phrase, named phrase in its hits.
func (t *kwTable) put(words []string, phrase string, groups uint64, rule int32, deny string, month int) {
	// Merge with an existing entry for the same phrase; an entry that
	// counts only as part of a key stays apart from the word's own.
	key := strings.Join(words, " ")
	if groups&gKeyPart != 0 {
		key += "\x00"
	}
	if t.byPhrase == nil {
		t.byPhrase = make(map[string]int32)
	}
	if i, ok := t.byPhrase[key]; ok {
		e := &t.entries[i]
		e.groups |= groups
		if rule >= 0 {
			e.rules = append(e.rules, rule)
		}
		if deny != "" {
			e.deny = deny
		}
		if month != 0 {
			e.month = month
		}
		return
	}
	t.byPhrase[key] = int32(len(t.entries))
	e := kwEntry{words: words, last: words[len(words)-1], phrase: phrase, groups: groups, deny: deny, month: month, next: -1}
	if len(words) > 1 {
		e.prev = hashWord(words[len(words)-2])
	}
	if rule >= 0 {
		e.rules = []int32{rule}
	}
	t.entries = append(t.entries, e)
	if l := len(words[len(words)-1]); l > t.maxLen {
		t.maxLen = l
	}
}

// wordShape packs the length of the word w[i:j] and the low five bits of
// its first two bytes into 15 bits. lowerByte only ever adds 32, so equal
// folded words have equal shapes, and a shape missing from the table rules
// a word out before it is hashed.
func wordShape(w string, i, j int) uint32 {
	s := uint32(min(j-i, 31))<<10 | uint32(w[i]&31)<<5
	if j-i > 1 {
		s |= uint32(w[i+1] & 31)
	}
	return s
}

// mayHold reports whether the word text[i:j] may be a key of the table.
func (t *kwTable) mayHold(text string, i, j int) bool {
	if j-i > t.maxLen {
		return false
	}
	s := wordShape(text, i, j)
	return t.shapes[s>>6&uint32(len(t.shapes)-1)]&(1<<(s&63)) != 0
}

// mayHoldShort is mayHold for a word text[i:j] of fewer than sixteen
// bytes that a byte of the text follows, as the scanner reads most words:
// the shape of so short a word holds its length, which rules out a word
// longer than any key, and build marks every second byte for a key of
// one letter, so the byte after such a word stands in for one.
func (t *kwTable) mayHoldShort(text string, i, j int) bool {
	s := uint32(j-i)<<10 | uint32(text[i]&31)<<5 | uint32(text[i+1]&31)
	return t.shapes[s>>6&uint32(len(t.shapes)-1)]&(1<<(s&63)) != 0
}

// hashBlock is hashText of a word of n bytes, one to eight, of ASCII
// letters, x its bytes with 0x20 set and the bytes after them cleared.
func hashBlock(x uint64, n int) uint64 {
	h := (fnvOffset ^ uint64(n) ^ x) * hashMul
	return h ^ h>>32
}

// hashText is hashWord of the word text[i:j], whose bytes below 0x80 are
// ASCII letters, folding each byte in the context of the text as the
// scanner sees it.
//
// A block of ASCII letters is folded in one step: setting 0x20 in each
// byte is what lowerByte does to a letter. A block holding a byte above
// ASCII, or too near the end of the text to be loaded whole (unless the
// word is one block, loaded as the eight bytes that end with it), is
// folded byte by byte.
//
// Of two words of the same length, eight bytes or fewer, the hashes are
// equal only when the folded words are: the multiply by an odd number
// and the last shift and xor are one-to-one. So a word of up to eight
// bytes whose hash is that of a key of its length is that key, as
// equalFoldWord would find (a key, lower-case, folds to itself and does
// not start with a UTF-8 continuation byte, the only one folded by the
// context before the word), and keyword needs no compare.
func hashText(text string, i, j int) uint64 {
	// Most words are a block of ASCII letters, hashed in one step
	// without the loop's bookkeeping; their bytes are those of the loop's
	// single block: 8-n bytes after the word masked off (n is never 0).
	// (The mask by table, and i tested as unsigned, which tells the
	// compiler that the load's bounds hold: the shift and the checks
	// took eight instructions more.)
	if n := j - i; uint(n) <= 8 && uint(i) < uint(len(text)) && i+8 <= len(text) {
		x := (load8(text[i:i+8]) | 0x20*ones64) & wordBytes[n]
		if x&highs64 == 0 {
			return hashBlock(x, n)
		}
	}
	// A word of one block in the last eight bytes of the text, as the
	// last word of most messages is: the eight bytes that end with it,
	// those before it shifted out.
	if n := j - i; uint(n-1) < 8 && 8 <= j && j <= len(text) {
		x := (load8(text[j-8:j]) | 0x20*ones64) >> (64 - 8*n)
		if x&highs64 == 0 {
			return hashBlock(x, n)
		}
	}
	h := uint64(fnvOffset) ^ uint64(j-i)
	for ; i < j; i += 8 {
		var x uint64
		if i+8 <= len(text) {
			x = load64(text, i) | 0x20*ones64
			if j-i < 8 {
				x &= 1<<(8*(j-i)) - 1 // the bytes of the word only
			}
			if x&highs64 != 0 {
				x = foldBlock(text, i, min(i+8, j))
			}
		} else {
			x = foldBlock(text, i, min(i+8, j))
		}
		h = (h ^ x) * hashMul
	}
	return h ^ h>>32
}

// wordBytes[n] masks the low n bytes of a block, as hashText keeps a
// word of n bytes, one to eight, of the eight it loads; all of them for
// n of 0, as a shift by 64 bits taken modulo 64 did.
var wordBytes = [9]uint64{^uint64(0), 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// build lays the entries out in the hash table.
func (t *kwTable) build() {
	for i := range t.entries {
		e := &t.entries[i]
		for _, w := range e.words[:len(e.words)-1] {
			if j, ok := t.byPhrase[w]; ok && subsumes(e, &t.entries[j]) {
				e.subsumes = true
			}
		}
	}
	t.byPhrase = nil
	n := 64
	for n < 4*len(t.entries) {
		n *= 2
	}
	t.slots = make([]kwSlot, n)
	t.pairs = make([]kwSlot, n)
	t.mask = uint64(n - 1)
	for i := range t.entries {
		t.entries[i].next = -1
	}
	t.shapes = [len(t.shapes)]uint64{}
	for i := range t.entries {
		e := &t.entries[i]
		e.reads = e.groups&readGroups != 0 || e.month != 0
		e.seen = seenOf(e.groups)
		w := e.last
		sh := wordShape(w, 0, len(w))
		t.shapes[sh>>6] |= 1 << (sh & 63)
		if len(w) == 1 {
			// Any byte after a key of one letter (see mayHoldShort).
			for b := range uint32(32) {
				t.shapes[(sh|b)>>6] |= 1 << ((sh | b) & 63)
			}
		}
		h := hashWord(w)
		s := t.slot(t.slots, h)
		if len(e.words) > 1 {
			// A phrase is chained in the pair table under its last two
			// words, so a word that ends many phrases ("number") walks
			// only those whose word before it is the text's.
			s.multi = true
			w := e.words[len(e.words)-2]
			s.prevEnds |= 1 << (w[len(w)-1] & 31)
			s = t.slot(t.pairs, pairKey(e.prev, h))
		}
		if s.first == 0 {
			s.first = int32(i) + 1
			continue
		}
		// Chain behind the existing entries with this key.
		j := s.first - 1
		for t.entries[j].next >= 0 {
			j = t.entries[j].next
		}
		t.entries[j].next = int32(i)
	}
	for i := range t.slots {
		s := &t.slots[i]
		if s.first == 0 || s.multi {
			continue
		}
		e := &t.entries[s.first-1]
		l := len(e.last)
		// keyword tests a key part's snake case, and "po" of a gNeg
		// entry before "box".
		if e.next < 0 && l <= 8 && !e.reads && e.groups&gKeyPart == 0 && (l != 2 || e.groups&gNeg == 0) {
			s.plain, s.seen = uint8(l), e.seen
		}
	}
}

// subsumes reports whether the phrase p drops a hit of w, the entry of
// one of its earlier words, when w says more than p (another group, or a
// rule p does not name): a phrase that names another kind of number
// (gNeg, gRef) drops any such word ("numéro" of "numéro de série", "licence" of
// "licence key"); a phrase that names anything but a phone drops a phone
// word ("número" of "número de seguro social").
func subsumes(p, w *kwEntry) bool {
	more := w.groups&^p.groups != 0
	for _, r := range w.rules {
		more = more || !slices.Contains(p.rules, r)
	}
	return more && (p.groups&(gNeg|gRef) != 0 || w.groups == gPhone && p.groups&gPhone == 0)
}

// slot returns the slot of the table for the key h, taking an empty one
// if h has none.
func (t *kwTable) slot(slots []kwSlot, h uint64) *kwSlot {
	for p := h & t.mask; ; p = (p + 1) & t.mask {
		s := &slots[p]
		if !s.used {
			s.hash, s.used = h, true
			return s
		}
		if s.hash == h {
			return s
		}
	}
}

// lookup returns the slot for a word hash, or nil.
func (t *kwTable) lookup(h uint64) *kwSlot {
	for p := h & t.mask; ; p = (p + 1) & t.mask {
		s := &t.slots[p]
		if !s.used {
			return nil
		}
		if s.hash == h {
			return s
		}
	}
}

// lookupPair returns the first entry of the phrases whose last word
// hashes to h and whose word before it to prev, or -1.
func (t *kwTable) lookupPair(prev, h uint64) int32 {
	k := pairKey(prev, h)
	for p := k & t.mask; ; p = (p + 1) & t.mask {
		s := &t.pairs[p]
		if !s.used {
			return -1
		}
		if s.hash == k {
			return s.first - 1
		}
	}
}

// prevMayEnd is false when the word before the one at start, behind the
// one space that most phrases have, ends with a byte that ends none of
// the word's phrases (ends: kwSlot.prevEnds), as prevWordHash would find
// before hashing it: no phrase can end here. It is that function's first
// test, small enough for the scan to inline.
func prevMayEnd(text string, start int, ends uint32) bool {
	return start < 2 || text[start-1] != ' ' || byteClass[text[start-2]]&(clLower|clUpper) == 0 || ends&(1<<(text[start-2]&31)) != 0
}

// prevWordHash returns hashWord of the word w that a phrase ending with
// the word at text[start:] would have before it, and w: the run of word
// bytes behind one to three separators. matchPhrase accepts a phrase of
// two words or more only when that run is its second-last word, so a
// phrase whose kwEntry.prev differs cannot match. ok is false when no
// separator precedes start, when none but separators do, or when the
// byte before the separators is none that ends such a word, by its low
// five bits in ends (kwSlot.prevEnds: both cases of a letter share them,
// as lowerByte folds): then no phrase of two words can.
func prevWordHash(text string, start int, ends uint32) (h uint64, w span, ok bool) {
	// phraseGapBefore, with its ASCII loop inline: the scanner asks at
	// every word that ends a phrase.
	j := start
	if j > 1 && text[j-1] == ' ' && byteClass[text[j-2]]&(clLower|clUpper) != 0 {
		j-- // one space after an ASCII letter, as most phrases have
	} else {
		for n := 0; n < 3 && j > 0 && phraseSeps[text[j-1]]; n++ {
			j--
		}
		if j > 0 && text[j-1] >= utf8.RuneSelf {
			j = phraseGapBefore(text, start)
		} else if j == start && gershayimBefore(text, start) {
			j-- // 'ת"ז' as "ת.ז"
		}
		if j == start || j == 0 {
			return 0, span{}, false
		}
	}
	if ends&(1<<(text[j-1]&31)) == 0 {
		return 0, span{}, false
	}
	// Back over the word bytes (wordByteBefore), the ASCII letters in a
	// loop of their own.
	q := j
	for {
		for q > 0 && byteClass[text[q-1]]&(clLower|clUpper) != 0 {
			q--
		}
		if q > 0 && text[q-1] >= utf8.RuneSelf && wordSepWidthBefore(text, q) == 0 {
			q--
			continue
		}
		break
	}
	// The run holds letters and bytes above ASCII only, and the byte
	// before it is neither or ends a Unicode space, so hashText folds it
	// as hashWord would.
	return hashText(text, q, j), span{q, j}, true
}

// matchPhrase checks that the words of entry e end at text[start:end]
// (the last word) and that the earlier words precede it, separated only by
// spaces and punctuation joiners. It returns the start of the phrase.
//
// keywordEntries asks for the entries whose last word hashes as the text's
// does: a single word's by the slot's hash, a phrase's by the pair's, its
// word before the last (e.prev) tested against the hash of prev, the run
// prevWordHash read. So a last word of eight bytes or fewer as long as
// the entry's is that word (see hashText); and so is prev of the word
// before it, after the gap phraseGapBefore reads (prevWordHash reads it
// so) and after no byte of a word.
func (t *kwTable) matchPhrase(e *kwEntry, text string, start, end int, prev span) (int, bool) {
	if (len(e.last) != end-start || end-start > 8) && !equalFoldWord(text[start:end], e.last) {
		return 0, false
	}
	pos := start
	k := len(e.words) - 2
	if k >= 0 && len(e.words[k]) <= 8 && prev.e-prev.s == len(e.words[k]) {
		pos = prev.s
		k--
	}
	for ; k >= 0; k-- {
		j := phraseGapBefore(text, pos)
		if j == pos {
			return 0, false
		}
		w := e.words[k]
		if j < len(w) || !equalFoldWord(text[j-len(w):j], w) {
			return 0, false
		}
		pos = j - len(w)
		if wordByteBefore(text, pos) {
			return 0, false
		}
	}
	return pos, true
}

// phraseGapBefore returns the start of the one to three separators
// between two words of a phrase that end at p, or p when there are none.
// A separator is a space of any width, a tab, '_', '-', '.' or an
// apostrophe, typographic too (wordSepWidthBefore), or the ASCII quote
// of a Hebrew acronym (gershayimBefore).
func phraseGapBefore(text string, p int) int {
	if gershayimBefore(text, p) {
		return p - 1
	}
	for n := 0; n < 3 && p > 0; n++ {
		c := text[p-1]
		if phraseSeps[c] {
			p--
			continue
		}
		w := 0
		if c >= utf8.RuneSelf {
			w = wordSepWidthBefore(text, p)
		}
		if w == 0 {
			break
		}
		p -= w
	}
	return p
}

// gershayimBefore reports whether the byte before p is an ASCII quote
// between two Hebrew letters: the gershayim of an acronym as a keyboard
// types it ('ת"ז', the identity card; 'מס"ד'), which parts the acronym's
// letters as the full stop of "ת.ז" does. A quote elsewhere opens or
// closes a quotation, and no phrase runs across it ('user "name').
func gershayimBefore(text string, p int) bool {
	// A Hebrew letter is D7 90 to D7 AA in UTF-8.
	return p >= 3 && p+1 < len(text) && text[p-1] == '"' && text[p-3] == 0xd7 && text[p] == 0xd7 &&
		text[p-2] >= 0x90 && text[p-2] <= 0xaa && text[p+1] >= 0x90 && text[p+1] <= 0xaa
}

// phraseSeps are the ASCII separators of phraseGapBefore.
var phraseSeps = [256]bool{' ': true, '\t': true, '_': true, '-': true, '.': true, '\'': true}

// equalFoldWord compares a text word with a lower-case keyword using the
// same folding as hashWord. The ASCII bytes of a keyword are lower-case
// letters (see splitWords), which only the same letter in either case
// matches.
func equalFoldWord(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if l := lower[i]; l < utf8.RuneSelf {
			if s[i]|0x20 != l {
				return false
			}
		} else if lowerByte(s, i) != l {
			return false
		}
	}
	return true
}
