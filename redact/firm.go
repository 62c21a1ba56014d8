package redact

import (
	"cmp"
	"slices"
	"strings"
)

// A firm's own contact: the number of its helpline and the address of its
// service's mailbox, which an agent gives ("Our billing team is reachable
// on 1-888-402-7731", "Notre service client est joignable au 01 76 49 20
// 30 ou par mail à support@maison-lumen.fr"), name no person. They are
// left in the text: a helpline is the firm's to publish, and the
// model needs it to answer. A number or a mailbox is the firm's when a
// firm's service (gFirm: "customer care", "hotline", "Kundenservice",
// "klantenservice", "numero verde") names it before it in its clause, with
// no possessive or pronoun of a person between ("customer service has my
// number 07700 900123" keeps it). A mailbox must be a service's too: a
// name's mailbox after "customer service" is an employee's
// ("customer service told me to write to jane.doe@...").

// firmReach is how far before a number or a mailbox a firm's service may
// name it, in bytes: "Our billing team is reachable on 1-888-402-7731
// (Mon–Fri 9:00–17:00 ET) or by email at billing@brightcart.io".
const firmReach = 100

// firmWords are the words of a firm's service that names its contact
// (gFirm). "Support", "service", "team", "office" and "line" alone say
// nothing of whose they are ("my office line"), and an office's
// switchboard ("Zentrale", "centralino") is as often the way to reach a
// person at work ("Zentrale 0421 / 483879, Durchwahl 2725").
var firmWords = map[string][]string{
	"en": {"customer care", "customer service", "customer services", "customer support", "customer helpline", "customer hotline",
		"customer care line", "customer service line", "customer service number", "support line", "support team", "support hotline",
		"billing team", "billing line", "billing department", "billing dept", "sales team", "returns team", "claims line", "claims team",
		"helpline", "help line", "hotline", "helpdesk", "help desk", "service desk", "contact centre", "contact center",
		"call centre", "call center", "freephone", "toll-free", "toll free", "tech support", "technical support", "seller support",
		"front desk", "reception", "main line", "customer success", "membership team", "accounts team", "payments team",
		"billing support", "public line",
		// Hiring desks (session 55: "Our HR contact for this is Julia
		// Brandt at careers@... / +49 40 3018 2200").
		"hr team", "hr department", "hr contact", "people team", "recruitment team", "recruiting team", "talent team",
		// Session 56: "Our Employee Relations team is on +44 20 ...".
		"employee relations", "hr helpdesk", "hr service desk",
		// The Nordic, Central European and Baltic words for a firm's
		// customer service: "Ring kundtjänst 0771-33 22 10" (the Polish
		// ones under "pl").
		"kundtjänst", "kundservice", "kundeservice", "ügyfélszolgálat", "klientų aptarnavimas",
		// A firm's main number in a Danish or Norwegian signature, beside
		// the writer's own direct line (session 75: "Direkte: +45 29 83
		// 41 07 / Hovednr.: +45 66 12 34 00"), and its switchboard.
		"hovednr", "hovednummer", "hovednummeret", "sentralbord",
		// A doctor's practice (session 57: "The GP surgery (Meanwood
		// Group Practice, 0113 295 1122, reception.meanwood@nhs.net)").
		"gp surgery", "group practice", "medical practice", "dental practice", "medical centre", "medical center",
		"health centre", "health center",
		// Session 58: "our payments line is 0330 ...", "our WhatsApp
		// support number is +34 ...", "Our support mailbox is help@...",
		// "Your official line is 0345 ...", "not the store number (208)
		// ...".
		"payments line", "payment line", "support number", "support mailbox", "support inbox", "support email",
		"official line", "official number", "store number", "store's number", "shop number", "shop's number",
		// Session 62: "our emergency line is 0330 ...", "Our privacy
		// team is reachable at privacy@...", "our delivery team at
		// 1-800-...", "our Melbourne service desk's outbound line".
		"emergency line", "emergency number", "privacy team", "delivery team", "outbound line", "fraud team", "fraud line",
		"bookings line", "reservations line", "enquiries line", "service centre", "service center",
		// Session 66: an office that is no one's own ("The office phone
		// is (02) 9517 3348", "Parish office: 01 626 4081"), a clinic's
		// or a practice's number. Not "call the office on ...", which
		// names a person's workplace as often ("call the office on +63 2
		// 8123 4567", TestCountryPhoneTypes).
		"the office phone", "the office number", "parish office", "church office",
		"school office", "practice number", "practice phone", "clinic number", "clinic's number", "outpatient clinic"},
	// Chinese: a shop's hotline, its customer service's phone, a
	// merchant's phone (session 66: "本店热线 400-826-3377", "客服电话
	// 400 615 8899", "商家電話 2331 8868").
	"zh": {"热线", "熱線", "客服电话", "客服電話", "客服热线", "客服熱線", "服务热线", "服務熱線", "商家电话", "商家電話", "官方电话", "官方電話"},
	"de": {"kundenservice", "kundendienst", "kundenhotline", "servicehotline", "service-hotline", "servicenummer", "serviceteam",
		"kundenbetreuung", "personalabteilung",
		// A practice's line (session 57: "Hausarzt ist Dr. Lindner,
		// Praxis 089 7591 2200").
		"praxis", "arztpraxis", "hausarztpraxis"},
	"fr": {"service client", "service clients", "service clientèle", "numéro vert", "service après-vente", "service consommateurs", "service rh",
		"ressources humaines", "cabinet médical",
		// Session 58: "le SAV est joignable au 09 70 ...", "Le service
		// recouvrement est joignable au ...".
		"sav", "service recouvrement", "service contentieux"},
	"es": {"atención al cliente", "servicio al cliente", "servicio de atención", "línea de atención", "teléfono de atención",
		"centro de atención", "soporte técnico", "recursos humanos"},
	"it": {"numero verde", "servizio clienti", "assistenza clienti", "risorse umane", "ufficio del personale", "ufficio hr"},
	"nl": {"klantenservice", "servicedesk", "storingsnummer", "storingsdienst", "personeelsafdeling", "hr-afdeling",
		"servicenummer", "huisartsenpraktijk",
		// Session 73: a free number and a firm's lines ("ons gratis
		// nummer 0800-...", "Onze storingslijn is 0800-...", "de
		// klantenlijn op 078 ..."), as the French "numéro vert".
		"gratis nummer", "gratis telefoonnummer", "storingslijn", "klantenlijn", "servicelijn", "infolijn"},
	"pt": {"linha de apoio", "apoio ao cliente", "atendimento ao cliente", "linha de atendimento", "serviço de apoio",
		"central de atendimento", "nossa central", "recursos humanos"},
	// Hebrew (session 71): a call centre, with the article or "to" and
	// "at" glued on ("אפשר להתקשר למוקד 03-6107777"), customer service.
	"he": {"מוקד", "המוקד", "למוקד", "במוקד", "שירות לקוחות", "שירות הלקוחות", "לשירות הלקוחות", "בשירות הלקוחות"},
	// Polish: the hotline in its cases and the customer service's
	// office or department (session 71: "prosimy o kontakt z infolinią
	// 801 300 300", "Dział Obsługi Klienta, tel. 58 500 10 10").
	"pl": {"infolinia", "infolinii", "infolinię", "infolinią", "infolinie", "obsługa klienta", "obsługi klienta",
		"obsługę klienta", "obsluga klienta", "obslugi klienta", "biuro obsługi", "biura obsługi", "dział obsługi", "działu obsługi",
		"centrum obsługi", "dzial obslugi", "biuro obslugi"},
}

// firmUsWords are the firm's verbs of reaching it, in the first person
// plural: "If anything else comes up call us on 01 705 7600", "Bei Fragen
// erreichen Sie uns unter 0800 ...", "vous pouvez nous joindre au ...".
// In a line a customer's label opens they are the customer's own
// ("Customer: ring us on 0800-2255 weekdays"), see customerSpeaks.
var firmUsWords = map[string][]string{
	"en": {"call us", "ring us", "reach us", "contact us", "phone us", "email us", "e-mail us", "write to us",
		// The firm's service after "our" (session 52: "You can reach our
		// returns desk at +44 20 7946 0321 ... or returns@...").
		"reach our", "call our", "ring our", "phone our", "email our",
		// A firm's offer of help before its line (session 55: "If you
		// have any questions, call 0345 ..."); a person's pronoun
		// between keeps a customer's ("... call me on ...").
		"if you have any questions", "for any questions", "for any queries",
		// And its office's line (session 56: "Our office number is 020
		// 7946 0321 if anything changes").
		"our office number", "our office phone", "our office", "our offices"},
	"de": {"erreichen sie uns", "rufen sie uns", "kontaktieren sie uns", "schreiben sie uns"},
	"fr": {"notre service", "nous joindre", "nous contacter", "nous appeler", "appelez-nous", "contactez-nous", "écrivez-nous",
		"pour toute question", "pour toute modification", "pour toute information", "pour tout renseignement",
		"pour plus d'informations"},
	"es": {"llámenos", "llámanos", "contáctenos", "contáctanos", "escríbenos", "llamarnos", "contactarnos",
		"para cualquier duda", "para cualquier consulta", "para más información", "para mas informacion", "escríbanos", "escribanos"},
	"it": {"chiamaci", "chiamateci", "contattaci", "contattateci", "scrivici", "scriveteci", "chiamarci", "contattarci",
		"per qualsiasi domanda", "per qualsiasi informazione", "per informazioni", "per maggiori informazioni",
		"ci chiami", "ci contatti", "ci scriva"},
	"nl": {"bel ons", "ons bereiken", "ons bellen", "voor vragen"},
	"pt": {"fale conosco", "ligue-nos", "contacte-nos", "para qualquer dúvida", "em caso de dúvida", "para mais informações"},
	// The Nordic languages' (session 59: "Ring oss gjerne på 815 44
	// 200", "Voit soittaa asiakaspalveluumme numeroon 010 190 4400").
	"sv": {"ring oss", "kontakta oss", "mejla oss", "ring vår kundtjänst"},
	"da": {"ring til os", "kontakt os", "skriv til os",
		// The infinitive after a modal (session 75: "Du kan ... ringe
		// til os på 70 15 44 80").
		"ringe til os", "kontakte os"},
	"no": {"ring oss", "kontakt oss", "skriv til oss", "ringe oss", "kontakte oss"},
	"fi": {"asiakaspalveluumme", "asiakaspalveluun", "asiakaspalvelumme", "ota yhteyttä"},
	// Polish (session 71: "prosimy o kontakt z infolinią ...",
	// "zapraszamy do kontaktu pod numerem ...", "zadzwoń do nas").
	"pl": {"prosimy o kontakt", "zapraszamy do kontaktu", "skontaktuj się z nami", "skontaktuj sie z nami", "zadzwoń do nas",
		"zadzwon do nas", "napisz do nas", "kontakt z nami"},
}

// firmAgentWords are a firm's offers of help before its contact that
// count only in a line the firm's agent opens (gFirmAgent): "Bei
// Fragen: 030 2847 1100", "Vragen? Bel 088 112 3400", "Per info: 02
// 8473 2200 oppure segreteria@..." (session 57). A customer writes "bei
// Fragen" before a number of their own as often (session 56).
var firmAgentWords = map[string][]string{
	"en": {"any questions", "questions", "queries"},
	"de": {"bei fragen", "bei rückfragen", "für rückfragen", "für fragen", "fragen"},
	"fr": {"renseignements", "questions"},
	"es": {"dudas", "consultas"},
	"it": {"per info", "domande"},
	"nl": {"vragen", "bij vragen", "met vragen",
		// Session 73: "when in doubt" before the firm's own number ("Bel
		// bij twijfel altijd 030 ...", "bij twijfel kunt u ons bellen
		// op ..."), a bank's warning against fraud.
		"bij twijfel"},
	"pt": {"dúvidas"},
	// Polish: "W razie pytań ...", "W razie podejrzenia oszustwa proszę
	// dzwonić na +48 22 ..." (session 71): "in case of", before what
	// the firm's agent tells the customer to do.
	"pl": {"w razie pytań", "w razie pytan", "w razie wątpliwości", "w razie problemów", "w razie podejrzenia", "w razie dalszych pytań"},
}

// speakerReach bounds how far back lineHead looks for the start of p's
// line: a bound keeps a long line of many values linear.
const speakerReach = 1024

// lineHead returns the line that holds byte p up to p, without the
// spaces and quote marks ('>') that open it, or false when the line
// starts more than speakerReach bytes before p. lineSpeaker and
// mailHeaderTo read a line's label from it.
func lineHead(t string, p int) (string, bool) {
	a := max(0, p-speakerReach)
	k := strings.LastIndexByte(t[a:p], '\n')
	if k < 0 && a > 0 {
		return "", false
	}
	return strings.TrimLeft(t[a+k+1:p], " >\t"), true
}

// lineSpeaker returns the speaker's label that opens the line holding
// byte p, as afterSpeaker reads a line's stamp and label, without its
// ':' or '>' ("[10:42] Kunde", "Agent Priya Raman"), or "" (also when
// the line starts more than speakerReach bytes before p).
func lineSpeaker(t string, p int) string {
	h, ok := lineHead(t, p)
	if !ok {
		return ""
	}
	rest, labelled, _ := afterSpeaker(h)
	if !labelled {
		return ""
	}
	return strings.TrimSpace(h[:len(h)-len(rest)-1])
}

// mailHeaderTo reports whether the line that holds byte p opens with a
// mail's header of its sender or its recipients ("From:", "To:", "Cc:",
// "Von:", "An:", "À :", "Para:", "Aan:"), maybe after a quote's '>': a
// mail the customer pasted, sent to or from a service's mailbox, which
// is the firm's ("To: billing@nordwind-shop.de"; in the blind sets every
// service's mailbox after such a header is labelled a look-alike,
// session 56).
func mailHeaderTo(t string, p int) bool {
	h, ok := lineHead(t, p)
	if !ok {
		return false
	}
	w, _, ok := strings.Cut(h, ":")
	w = strings.TrimSpace(w)
	var low [8]byte
	if !ok || w == "" || len(w) > len(low) {
		return false
	}
	switch string(foldBytes(low[:0], w)) {
	case "to", "cc", "bcc", "an", "à", "a", "para", "aan", "kopie", "copia", "cópia",
		"from", "von", "de", "da", "van", "reply-to":
		return true
	}
	return false
}

// mailAttribution reports whether the line that holds byte p is a
// reply's line that names the quoted mail's sender (since session 70):
// "On Mon, 3 Mar 2025 at 14:02, Brightlane Support <support@...>
// wrote:", "Am 27.02.2025 um 10:20 schrieb ...:", "Le 11 mars 2025 à
// 17:02, ... a écrit :", "Op 5 mrt 2025 om 09:40 schreef ...:", maybe
// after a quote's '>'. A service's mailbox there is the firm's, as
// after "From:" (mailHeaderTo).
func mailAttribution(t string, p int) bool {
	h, ok := lineHead(t, p)
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(h, " ")
	switch w {
	case "On", "Am", "Le", "Op", "El", "Il", "Em", "Den", "Dnia":
	default:
		return false
	}
	e := strings.IndexByte(t[p:], '\n')
	if e < 0 {
		e = len(t) - p
	}
	line := t[p : p+min(e, 128)]
	for _, v := range attributionVerbs {
		if strings.Contains(line, v) || strings.Contains(h, v) {
			return true
		}
	}
	return false
}

// attributionVerbs are the verbs of a reply's attribution line ("wrote",
// "schrieb", "a écrit", "schreef", "het volgende geschreven",
// "escribió", "ha scritto", "escreveu", "skrev", "napisał").
var attributionVerbs = []string{" wrote", " schrieb ", " a écrit", " schreef", " geschreven", " escribió", " ha scritto", " escreveu", " skrev", " napisał"}

// customerSpeaks reports whether the line that holds byte p opens with a
// customer's speaker label ("Customer:", "[10:42] Kunde:", "user>").
func customerSpeaks(t string, p int) bool {
	label := lineSpeaker(t, p)
	if k := strings.LastIndexByte(label, ' '); k >= 0 {
		label = label[k+1:] // past the stamp: "[10:42] Kunde"
	}
	var low [16]byte
	if label == "" || len(label) > len(low) {
		return false
	}
	switch string(foldBytes(low[:0], label)) {
	case "customer", "client", "kunde", "kundin", "cliente", "klant", "user", "visitor", "guest", "caller", "utente",
		"usuario", "usuário", "utilisateur", "gebruiker", "klient", "klientka":
		return true
	}
	return false
}

// agentSpeaks reports whether the line that holds byte p opens with the
// label of the firm's agent ("Agent:", "[14:02] Medewerker:",
// "Operatore:"): one of its words is an agent's. Since session 73 also
// an agent's word and the agent's name ("Agent Yasmina:", "Medewerker
// Sanne de Vries:"), which lineSpeaker does not read as a label
// (agentNamed).
func agentSpeaks(t string, p int) bool {
	label := lineSpeaker(t, p)
	if label == "" {
		return agentNamed(t, p)
	}
	for rest := label; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if agentWord(w) {
			return true
		}
	}
	return false
}

// agentNamed reports whether the line that holds byte p opens with an
// agent's word, a name of one to three words and ':' ("Agent Yasmina:
// Heeft u vragen, bel dan ..."), maybe after a stamp.
func agentNamed(t string, p int) bool {
	h, ok := lineHead(t, p)
	if !ok {
		return false
	}
	if strings.HasPrefix(h, "[") {
		k := strings.IndexByte(h, ']')
		if k < 0 || k > 24 {
			return false
		}
		h = strings.TrimLeft(h[k+1:], " ")
	}
	k := strings.IndexByte(h, ':')
	if k <= 0 || k > 40 {
		return false
	}
	words := strings.Fields(h[:k])
	if len(words) < 2 || len(words) > 4 || !agentWord(words[0]) || !titleCased(words[1]) {
		return false
	}
	for _, w := range words[1:] {
		if !lettersOnly(w) {
			return false
		}
	}
	return true
}

// agentWord reports whether w names the firm's agent in a speaker's
// label, in any case: "Agent", "Medewerker", "Operatore", "Berater".
func agentWord(w string) bool {
	var low [16]byte
	if w == "" || len(w) > len(low) {
		return false
	}
	switch string(foldBytes(low[:0], w)) {
	case "agent", "agente", "agentin", "support", "operator", "operatore", "operatrice", "operador", "operadora", "medewerker",
		"mitarbeiter", "mitarbeiterin", "conseiller", "conseillère", "asesor", "asesora", "atendente", "funcionário",
		"funcionária", "rep", "representative", "advisor", "adviser", "berater", "beraterin", "assistant", "bot", "chatbot",
		"נציג", "נציגה", // Hebrew's agent
		"konsultant", "konsultantka", "doradca": // Polish (session 71)
		return true
	}
	return false
}

// personalMarks are the possessives and pronouns of a person in the chat
// languages: one of them between a firm's service and a number makes the
// number a person's ("customer care called me on 0612 345 678", "el
// servicio al cliente tiene mi número 612 345 678").
var personalMarks = map[string]bool{
	"my": true, "me": true, "mine": true, "your": true, "yours": true, "his": true, "her": true, "their": true, "him": true, "them": true,
	"mein": true, "meine": true, "meinen": true, "meiner": true, "mir": true, "mich": true, "dein": true, "deine": true,
	"ihr": true, "ihre": true, "ihren": true, "ihrer": true, "sein": true, "seine": true,
	"mon": true, "ma": true, "mes": true, "moi": true, "ton": true, "ta": true, "votre": true, "vos": true, "son": true, "sa": true,
	"mi": true, "mis": true, "tu": true, "tus": true, "su": true, "sus": true,
	"mio": true, "mia": true, "miei": true, "tuo": true, "tua": true, "suo": true, "sua": true,
	"mijn": true, "uw": true, "jouw": true, "zijn": true, "haar": true,
	"meu": true, "minha": true, "seu": true, "teu": true,
	// A person's own line: "Customer Care 0800 ..., mobile 07700 ...".
	"mobile": true, "mob": true, "cell": true, "handy": true, "portable": true, "móvil": true, "movil": true,
	"cellulare": true, "mobiel": true, "telemóvel": true, "celular": true,
	// Verbs with their pronoun glued on: "Per informazioni chiamatemi al
	// 347 ...", "para más información llámame al ..." (session 56).
	"chiamatemi": true, "chiamami": true, "richiamatemi": true, "richiamami": true, "contattatemi": true, "contattami": true,
	"scrivetemi": true, "scrivimi": true, "llámame": true, "llamame": true, "llamadme": true, "contáctame": true, "contactame": true,
	"escríbeme": true, "escribeme": true,
	// Hebrew's possessives, which follow their noun ("התקשרתי למוקד
	// מהנייד שלי 050-...": from my mobile), and a mobile.
	"שלי": true, "שלך": true, "שלו": true, "שלה": true, "נייד": true, "הנייד": true,
	// Polish (session 71): "infolinia ma mój numer 505 ...", "obsługa
	// klienta oddzwoni do Pana na ...".
	"mój": true, "moj": true, "moja": true, "moje": true, "mojego": true, "mnie": true, "pana": true, "pani": true, "panu": true,
}

// spokenTo are the pronouns of the person spoken to, and callBack the
// verbs of calling someone: side by side, in either order, between a
// firm's service and a number they make it the person's ("... or shall
// I call you back on +1 (312) 660-7184?", "nous vous rappelons au 06
// ...", "te llamamos al 612 ...", "ruft Sie unter 0151 ... zurück"; a
// German verb at the clause's end, after the number, is not seen: "wird
// Sie unter 0151 ... anrufen"). Alone, "you" and "vous" are as often
// the firm's words to its customer ("you can email support@...",
// "Vous pouvez aussi nous joindre au 09 70 ...").
var (
	spokenTo = map[string]bool{"you": true, "u": true, "vous": true, "te": true, "ti": true, "la": true, "le": true,
		"dich": true, "sie": true, "ihnen": true, "jou": true, "je": true, "o": true, "a": true, "lhe": true}
	callBack = map[string]bool{"call": true, "ring": true, "phone": true, "text": true, "reach": true, "contact": true,
		"rappeler": true, "rappelle": true, "rappelons": true, "rappellerons": true, "rappellera": true, "appeler": true, "appelle": true, "appelons": true,
		"llamar": true, "llamamos": true, "llamaremos": true, "llamo": true, "chiamare": true, "richiamare": true,
		"chiamiamo": true, "richiamiamo": true, "richiameremo": true, "anrufen": true, "zurückrufen": true, "rufen": true, "ruft": true,
		"bellen": true, "terugbellen": true, "bel": true, "ligar": true, "ligamos": true, "ligaremos": true}
)

// roleMailboxes are the local parts of a service's mailbox (their first
// part before a '.', '-' or '_': "service.reclamations@").
var roleMailboxes = map[string]bool{
	"support": true, "billing": true, "care": true, "help": true, "helpdesk": true, "service": true, "services": true,
	"customerservice": true, "customercare": true, "customersupport": true, "kundenservice": true, "kundendienst": true,
	"klantenservice": true, "kundservice": true, "kundeservice": true, "serviceclient": true, "sav": true, "servicio": true,
	"atendimento": true, "assistenza": true, "refunds": true, "refund": true, "returns": true, "retour": true, "retouren": true,
	"claims": true, "sinistres": true, "siniestros": true, "sinistri": true, "sales": true, "info": true, "contact": true,
	"hello": true, "noreply": true, "donotreply": true, "enquiries": true, "inquiries": true,
	"feedback": true, "complaints": true, "reclamations": true, "accounts": true, "invoices": true, "payments": true,
	"reservations": true, "bookings": true, "booking": true, "orders": true, "team": true, "office": true,
	"members": true, "membership": true, "finance": true, "facturation": true, "factures": true, "rechnung": true,
	"buchhaltung": true, "accounting": true, "payroll": true, "admissions": true,
	// Session 52's blind sets: the service's mailboxes of Brazil ("sac",
	// "ouvidoria"), Spain and Latin America, Italy, Germany and France.
	"sac": true, "ouvidoria": true, "atencion": true, "soporte": true, "suporte": true, "ayuda": true, "ajuda": true,
	"contacto": true, "contato": true, "kontakt": true, "hilfe": true, "aide": true, "supporto": true, "assistance": true,
	"privacy": true, "dpo": true, "datenschutz": true, "press": true, "presse": true, "careers": true, "jobs": true,
	"webmaster": true, "postmaster": true, "abuse": true,
	// Session 55's blind sets: restaurants' bookings and estates' desks
	// ("reservierung@", "succession@", "nachlass@").
	"reservierung": true, "reservierungen": true, "reservas": true, "prenotazioni": true, "reserveringen": true,
	"reservering": true, "succession": true, "successions": true, "successioni": true, "sucesiones": true,
	"nachlass": true, "bereavement": true, "estates": true, "probate": true,
	// Hiring desks' mailboxes ("werkenbij@", "selezione@", "rh@").
	"werkenbij": true, "vacatures": true, "recruiting": true, "recruitment": true, "hr": true, "rh": true, "selezione": true,
	"bewerbung": true, "karriere": true, "empleo": true, "talent": true,
	// A school's or a club's office ("segreteria@", "secretaria@").
	"segreteria": true, "secretaria": true, "secretariat": true, "sekretariat": true, "secretariaat": true, "administratie": true,
	// Session 56's blind sets: cancellations' desks, exam boards'
	// results, dispatchers, HR in Spanish and German, invoices in Polish.
	"disdette": true, "disdetta": true, "kuendigung": true, "resiliation": true, "resiliations": true, "bajas": true,
	"cancellations": true, "results": true, "dispo": true, "disposition": true, "rrhh": true, "personal": true, "faktury": true,
	"geral": true, "advice": true, "access": true,
	// Session 57's: a firm's desks for its merchants, partners and
	// drivers, its payouts and its reception.
	"merchants": true, "merchant": true, "partners": true, "payouts": true, "drivers": true, "fahrer": true, "chauffeurs": true,
	"reception": true, "accueil": true, "empfang": true, "receptie": true, "recepcion": true,
	// Session 59's: the Nordic languages' bookkeeping, invoices,
	// complaints and general mailboxes ("bogholderi@", "reklamation@",
	// "post@").
	"bogholderi": true, "bokforing": true, "ekonomi": true, "faktura": true, "reklamation": true, "reklamasjon": true,
	"kundtjanst": true, "asiakaspalvelu": true, "laskutus": true, "post": true,
	// Spanish and Portuguese customers' and billing desks ("clientes@",
	// "facturacion@", "apoiocliente@").
	"clientes": true, "documentacion": true, "facturacion": true, "apoiocliente": true, "apoio": true, "reclamaciones": true, "reclamacoes": true,
	// Session 70's: orders' desks in French, German and Dutch, a claims
	// department's, a security team's, an administrator's, a vendors'
	// desk. Not German's "sicherheit@": a phishing mail's sender that an
	// earlier set labels ("Die Mail kam von sicherheit@...").
	"commandes": true, "commande": true, "bestellung": true, "bestellungen": true, "bestellingen": true, "schaden": true,
	"security": true, "admin": true, "resa": true, "boekingen": true, "vendors": true,
	// Session 71's: a desk that takes documents and one that takes
	// payments' receipts ("docs@", "pay@", given by an agent).
	"docs": true, "documents": true, "pay": true,
}

// roleJoins are the words a service's mailbox joins to its role words
// ("atencion.cliente@", "customer-care@", "servicio_al_cliente@"), which
// alone name no service.
var roleJoins = map[string]bool{
	"cliente": true, "clientes": true, "client": true, "clients": true, "customer": true, "customers": true, "klant": true,
	"klanten": true, "kunden": true, "al": true, "ao": true, "de": true, "du": true, "the": true, "team": true, "desk": true,
}

// firmContact reports whether the phone number or e-mail address c, which
// the detector would report, is a firm's own contact: a number of a
// freephone's shape (freephoneFirm), or one a firm's service names
// before it (see firmWords). The scan noted whether the text holds a
// firm's word at all (seenFirm).
func (s *state) firmContact(c *cand) bool {
	if c.typ == TypePhoneNumber && c.rule < 0 && s.freephoneFirm(c) {
		return true // the phone reader's number of a freephone's shape; a user's rule keeps its own
	}
	t := s.text
	if c.typ == TypePhoneNumber && c.rule < 0 && hoursAfter(t, c.end) && !mineBefore(t, c.start) {
		return true // "or call 627 4400 (Mon–Sat 8–20)": its hours, a service's line
	}
	if c.typ == TypeEmailAddress && (sendOnlyMailbox(t[c.start:c.end]) || privacyMailbox(t[c.start:c.end]) || govMailbox(t[c.start:c.end])) && !mineBefore(t, c.start) {
		// "Von: noreply@kivo.de": no person reads a mailbox that takes no
		// replies, wherever it stands (session 53); nor is a data
		// protection officer's mailbox a person's ("Questions:
		// privacy@lumora-shop.com", session 54), nor a public body's
		// desk's (session 58: "ctax@northmoor.gov.uk").
		return true
	}
	if c.typ == TypeEmailAddress && roleMailboxOnly(t[c.start:c.end]) && (mailAttribution(t, c.start) || !mineBefore(t, c.start) && (clauseHas(t, c.start, writeVerbs, 12) || agentSpeaks(t, c.start) || mailHeaderTo(t, c.start))) {
		// "escríbanos a atencion.cliente@movilnet.es", "já mandei e-mail
		// pra sac@lojavitrine.com.br": a mailbox of a service's words
		// alone, that the writer writes to, is a firm's, unless the
		// writer calls it theirs ("my email is info@my-bakery.com"). So
		// is one the firm's agent gives ("Agent : Pour toute
		// modification : ... ou contact@bistrot-du-pont.fr", session 55),
		// and one a mail's header or a reply's attribution line names
		// its sender or recipient. The attribution line's date may open
		// with "Mon", which mineBefore reads as French's "my".
		return true
	}
	if s.seen&seenFirm == 0 {
		return false
	}
	if c.typ == TypeEmailAddress && !roleMailbox(t[c.start:c.end]) {
		return false
	}
	// The hits are in the order of their ends and finish asks in the
	// order of the candidates' starts: one moving index (firmHit) passes
	// the hits too far back once, so each candidate reads only the hits
	// of the firmReach bytes before it.
	hits := s.hits
	k := s.firmHit
	for k < len(hits) && hits[k].end < c.start-firmReach {
		k++
	}
	s.firmHit = k
	for ; k < len(hits) && hits[k].end <= c.start; k++ {
		h := &hits[k]
		g := s.e.kw.entries[h.entry].groups
		if g&(gFirm|gFirmUs|gFirmAgent) == 0 || g&(gFirm|gFirmUs) == 0 && !agentSpeaks(t, h.start) ||
			g&gFirm == 0 && customerSpeaks(t, h.start) {
			continue
		}
		end := h.end
		if g&gFirmAgent != 0 && end < c.start && t[end] == '?' {
			end++ // "Vragen? Bel 088 112 3400": the offer asks
		}
		if !personalBefore(t, h.start) && firmClause(t, end, c.start) {
			return true
		}
	}
	return false
}

// firmSiteWords name a firm's sites that no one lives at, whose address
// follows them (gFirmSite): a warehouse, a returns centre, a pickup
// point or a parcel locker, a branch, a store, a head office. A firm's
// service (gFirm) names its address too ("Reception: +39 06 4782 1100,
// Via Nazionale 88, ..."). A person's business address is no home
// either; "my shop" is read by personalBefore. A seat ("Sede", "siège")
// is a sole trader's as often, and a parcel station's address with the
// customer's number (a Packstation) is where the customer collects:
// neither is a site here.
var firmSiteWords = map[string][]string{
	"en": {"warehouse", "depot", "showroom", "branch", "store", "head office", "headquarters", "returns centre", "returns center",
		"return centre", "return center", "returns department", "returns address", "return address", "pickup point", "pick-up point",
		"collection point", "parcel locker", "parcel shop", "access point", "post office", "sorting office", "delivery office",
		"distribution centre", "distribution center", "fulfilment centre", "fulfillment center", "service centre", "service center",
		"repair centre", "repair center",
		// Session 57: "Our office is at 210 Burwood Rd, ...", "our
		// postal address is Student Loans Processing Centre, PO Box ...".
		"our office", "processing centre", "processing center",
		// Session 59: "drop it at any UPS Store or at our shop at 540
		// Fellsway, Medford, MA 02155" ("the shop is on river road" may
		// name where the writer lives).
		"our shop", "our shops"},
	"de": {"paketshop", "postfiliale", "filiale", "retourenzentrum", "rücksendeadresse", "abholstation",
		"abholpunkt", "hauptsitz", "geschäftsstelle", "verteilzentrum", "logistikzentrum", "lager", "unser büro"},
	"fr": {"point relais", "point retrait", "point de retrait", "entrepôt", "centre de retours", "centre de retour", "agence", "magasin",
		"bureau de poste", "consigne", "casier", "nos bureaux", "notre bureau"},
	"es": {"almacén", "centro de devoluciones", "punto de recogida", "punto de entrega", "oficina de correos", "sucursal", "tienda",
		"oficina central", "nuestra oficina", "nuestras oficinas"},
	"it": {"magazzino", "punto di ritiro", "punto ritiro", "centro resi", "filiale", "negozio", "ufficio postale", "nostro ufficio",
		"nostri uffici", "nostra sede"},
	"nl": {"magazijn", "retourcentrum", "afhaalpunt", "ophaalpunt", "pakketpunt", "servicepunt", "filiaal", "hoofdkantoor", "winkel",
		"postkantoor", "distributiecentrum", "ons kantoor"},
	"pt": {"armazém", "centro de devoluções", "ponto de recolha", "ponto de retirada", "loja", "agência", "filial",
		"centro de distribuição", "nosso escritório"},
	// Greek (session 71): a store ("το κατάστημά μας στην Ερμού 10,
	// ..."), a branch, a warehouse, the firm's offices or seat.
	"el": {"κατάστημα", "κατάστημά", "καταστήματος", "καταστηματος", "καταστημα", "καταστήματά", "υποκατάστημα", "υποκαταστήματος",
		"αποθήκη", "αποθήκες", "γραφεία μας", "γραφεια μας", "έδρα μας", "εδρα μας"},
}

// typeUKPostcode is the type of the rules of UK postcodes, which a
// firm's site's address holds.
const typeUKPostcode = "UK_POSTCODE"

// siteReach bounds the text between a firm's site and its address, in
// bytes; siteWords bounds its words: the address follows its site's name
// closely ("our Riverside branch, 2 Mill Lane, ...", "our returns centre:
// Stallwise Returns, Unit 7 ..."), where a site named earlier in the
// sentence leaves a later address the customer's ("I went to the store
// and then you delivered to 12 Main St").
const (
	siteReach = 48
	siteWords = 4
)

// firmSite reports whether the street address c follows the name of a
// firm's site (firmSiteWords) or service (firmWords) closely, in its
// clause and with no word of a person between (firmClause), and the
// name is not the writer's ("my shop"). The hits are in the order of
// their ends; a search finds the first within reach.
func (s *state) firmSite(c *cand) bool {
	t, hits := s.text, s.hits
	k, _ := slices.BinarySearchFunc(hits, c.start-siteReach, func(h kwHit, p int) int { return cmp.Compare(h.end, p) })
	for ; k < len(hits) && hits[k].end <= c.start; k++ {
		h := &hits[k]
		if s.e.kw.entries[h.entry].groups&(gFirm|gFirmSite) == 0 || personalBefore(t, h.start) {
			continue
		}
		if wordsIn(t[h.end:c.start]) <= siteWords && !sentenceEndsAt(t, h.end) && firmClause(t, h.end, c.start) && !wordIn(t[h.end:c.start], homeWords, nil) {
			return true
		}
	}
	return false
}

// sentenceEndsAt reports whether a sentence ends at i, right after a
// firm's site's word: a full stop and a capital after a space ("naar
// jullie magazijn. Graag opnieuw verzenden naar Oudegracht 114, ...":
// the warehouse is where the parcel went, the address the writer's).
// (firmClause reads such a stop only after a word inside its window.)
func sentenceEndsAt(t string, i int) bool {
	return i+2 < len(t) && t[i] == '.' && t[i+1] == ' ' && isUpperByte(t[i+2])
}

// homeWords name the writer's home, which between a
// firm's site and an address says the address is the home, the site
// the other place: "ritirare il pacco in un punto di ritiro invece che
// a casa (Via ...)", "not at the pickup point but at home, 12 ..."
// (session 72).
var homeWords = setOf("casa", "home", "domicilio", "zuhause", "thuis", "maison", "domicile")

// wordsIn counts the words in w: runs of letters, digits and bytes above
// ASCII (a dash or a sign of those counts as a letter, which only lowers
// the bound's reach).
func wordsIn(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if isWordByte(w[i]) || w[i] >= 0x80 {
			if i == 0 || !(isWordByte(w[i-1]) || w[i-1] >= 0x80) {
				n++
			}
		}
	}
	return n
}

// roleMailboxOnly reports whether the local part of the e-mail address
// a is made of a service's words alone, parted by '.', '-' or '_': one
// of roleMailboxes, maybe with roleJoins ("support@", "info@",
// "atencion.cliente@", "customer-care@", "no-reply@"); no name's part
// nor digit.
func roleMailboxOnly(a string) bool {
	if sendOnlyMailbox(a) {
		return true
	}
	role := false
	for i := 0; i < len(a); {
		j := i
		for j < len(a) && j-i < 20 && isLetter(a[j]) {
			j++
		}
		if j == i || j == len(a) {
			return false
		}
		switch f := roleWords.of(a[i:j]); {
		case f&1 != 0:
			role = true
		case f&2 == 0:
			return false
		}
		switch a[j] {
		case '@':
			return role
		case '.', '-', '_':
			i = j + 1
		default:
			return false
		}
	}
	return false
}

// roleWords holds the words of roleMailboxes (flag 1) and roleJoins
// (flag 2), whose shapes (see wordSet) rule out most local parts
// ("maria.garcia@") before any lookup.
var roleWords = func() (s wordSet) {
	for w := range roleMailboxes {
		s.add(1, w)
	}
	for w := range roleJoins {
		s.add(2, w)
	}
	return s
}()

// roleMailbox reports whether the e-mail address a is a service's
// mailbox (roleMailboxes).
func roleMailbox(a string) bool {
	if sendOnlyMailbox(a) {
		return true
	}
	n := 0
	for n < len(a) && n < 20 && isLetter(a[n]) {
		n++
	}
	if n == 0 || n == len(a) || a[n] != '@' && a[n] != '.' && a[n] != '-' && a[n] != '_' {
		return false
	}
	var low [20]byte
	return roleMailboxes[string(lowerASCII(low[:0], a[:n]))]
}

// sendOnlyMailbox reports whether the e-mail address a is a mailbox
// that sends and takes no replies: "noreply@", "no-reply@",
// "donotreply@", "do_not_reply@", "mailer-daemon@", maybe with a dotted
// part after ("noreply.billing@").
func sendOnlyMailbox(a string) bool {
	// The first letter rules out most addresses at once: each finding of
	// an address asks (firmContact).
	if len(a) < 9 || a[0]|0x20 != 'n' && a[0]|0x20 != 'd' && a[0]|0x20 != 'm' {
		return false
	}
	e := 0
	for e < len(a) && e <= 16 && a[e] != '@' && a[e] != '.' && a[e] != '+' {
		e++
	}
	var low [16]byte
	if e > len(low) || e == len(a) {
		return false
	}
	switch string(lowerASCII(low[:0], a[:e])) {
	case "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "mailer-daemon":
		return true
	}
	return false
}

// privacyMailbox reports whether the local part of the e-mail address a
// is a firm's office for data protection and nothing else: "privacy@",
// "dpo@", "datenschutz@", "gdpr@", "protecciondatos@", "privacidade@".
func privacyMailbox(a string) bool {
	// The first letter rules out most addresses, as in sendOnlyMailbox.
	if len(a) < 5 {
		return false
	}
	switch a[0] | 0x20 {
	case 'p', 'd', 'g', 'r':
	default:
		return false
	}
	e := strings.IndexByte(a, '@')
	var low [20]byte
	if e < 3 || e > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], a[:e])) {
	case "privacy", "dpo", "datenschutz", "dataprotection", "data.protection", "data-protection", "gdpr", "rgpd", "dsgvo",
		"protecciondatos", "protecciondedatos", "privacidad", "privacidade", "privacyofficer", "privacy.officer":
		return true
	}
	return false
}

// govMailbox reports whether the e-mail address a is a public body's
// desk: a government's domain (govDomain) and a local part of which no
// word is a given name or a surname the lists know, nor an initial
// ("benefits@", "parking.permits@", "housingoptions@"; not
// "j.smith@", "karen.hughes@", a civil servant's own).
func govMailbox(a string) bool {
	at := strings.IndexByte(a, '@')
	if at < 2 {
		return false
	}
	// The NHS's mail service holds its staff's own mailboxes as often
	// ("fenella.mcavoy@nhs.net"): a desk's must say so ("pals.esht@",
	// "brookfield.surgery@", session 59).
	nhs := nhsDomain(a[at+1:])
	if !nhs && !govDomain(a[at+1:]) {
		return false
	}
	var low [24]byte
	desk := false
	for _, w := range strings.FieldsFunc(a[:at], func(r rune) bool { return r == '.' || r == '-' || r == '_' }) {
		if len(w) < 2 || len(w) > len(low) {
			return false // an initial, or a word too long to be a desk's
		}
		lw := string(lowerASCII(low[:0], w))
		if f, _ := theGazetteer().lookupASCII(lw); f&(gzFirst|gzLast) != 0 {
			return false
		}
		desk = desk || nhs && (nhsDeskWords[lw] || roleMailboxes[lw])
	}
	return !nhs || desk
}

// nhsDomain reports whether the mail domain d is the NHS's: "nhs.net", or
// a trust's under "nhs.uk".
func nhsDomain(d string) bool {
	var low [8]byte
	return len(d) >= 6 && len(d) <= 64 && (equalLowerASCII("nhs.net", d) || len(d) > 7 && d[len(d)-7] == '.' && string(lowerASCII(low[:0], d[len(d)-6:])) == "nhs.uk")
}

// nhsDeskWords are the words of a practice's or a trust's desk in a
// local part at the NHS's domains (nhsDomain).
var nhsDeskWords = map[string]bool{"surgery": true, "practice": true, "pals": true, "admin": true, "appointments": true,
	"referrals": true, "prescriptions": true, "enquiries": true, "reception": true, "medicalcentre": true, "mc": true, "gp": true}

// govDomain reports whether the mail domain d is a public body's: a
// label before ".gov", or before a government's two last labels
// (".gov.uk", ".gouv.fr", ".bund.de", ...). Most domains end in a
// top-level domain of three letters that the first test rules out.
func govDomain(d string) bool {
	last := strings.LastIndexByte(d, '.')
	if last < 1 || len(d)-last > 4 {
		return false
	}
	var low [10]byte
	if string(lowerASCII(low[:0], d[last+1:])) == "gov" {
		return true
	}
	second := strings.LastIndexByte(d[:last], '.')
	if second < 1 || len(d)-second-1 > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], d[second+1:])) {
	case "gov.uk", "gouv.fr", "gob.es", "gov.ie", "gov.au", "govt.nz", "gc.ca", "bund.de", "admin.ch", "gv.at", "gov.it", "gov.br", "gov.pt":
		return true
	}
	return false
}

// personalBefore reports whether the word right before p is one of
// personalMarks ("my hotline number").
func personalBefore(t string, p int) bool {
	for p > 0 && t[p-1] == ' ' {
		p--
	}
	q := p
	for p > 0 && q-p < 8 && isLetter(t[p-1]) {
		p--
	}
	if p == q || p > 0 && isLetter(t[p-1]) {
		return false
	}
	var low [8]byte
	return personalMarks[string(lowerASCII(low[:0], t[p:q]))]
}

// shortEnds are words of three letters or fewer that end a sentence and
// abbreviate nothing: a full stop after them closes a clause ("Ich habe
// eure Hotline angerufen, niemand geht ran. Rückruf bitte unter 0176
// ...", session 55), where one after "tel", "nr" or "no" does not.
var shortEnds = map[string]bool{
	"ran": true, "me": true, "it": true, "us": true, "up": true, "out": true, "off": true, "now": true, "too": true,
	"ago": true, "yet": true, "day": true, "him": true, "you": true, "all": true, "zu": true, "an": true, "da": true,
	"mal": true, "weg": true, "los": true, "mir": true, "uns": true, "ici": true, "moi": true, "lui": true, "fin": true,
	"ya": true, "hoy": true, "mí": true, "qui": true, "lì": true, "ora": true, "op": true, "af": true, "uit": true,
	"nu": true, "já": true, "aí": true,
}

// firmClause reports whether t[a:b], the text between a firm's service
// and its contact, stays in one clause and names no person: no line
// break, '?', '!', ';' or '|' (a field of a signature), no full stop before a capital (a '.' after a
// word of three letters or fewer abbreviates it: "tel. 91 398 12 00",
// unless the word is one of shortEnds or the '.' follows a number:
// "Hotline 0800-330-1100. Rückruf bitte unter 0176 ..."),
// no word of personalMarks, and no pronoun of the person spoken to beside
// a verb of calling (spokenTo, callBack).
func firmClause(t string, a, b int) bool {
	var last uint8 // the kind of the word before (see below)
	for i := a; i < b; {
		ch := t[i]
		switch {
		case ch == '\n' || ch == '?' || ch == '!' || ch == ';' || ch == '|':
			return false
		case ch == '.':
			if i+2 < b && t[i+1] == ' ' && isUpperByte(t[i+2]) {
				w := i
				for w > a && isLetter(t[w-1]) {
					w--
				}
				if i-w > 3 || w == i && w > a && isDigit(t[w-1]) || i > w && shortEnds[t[w:i]] {
					return false
				}
			}
			i++
		case isLetter(ch) || ch >= 0x80:
			j := i
			for j < b && (isLetter(t[j]) || t[j] >= 0x80) {
				j++
			}
			word := uint8(0) // 1: a pronoun of spokenTo, 2: a verb of callBack
			if j-i <= 12 {
				var low [16]byte
				w := foldBytes(low[:0], t[i:j])
				if personalMarks[string(w)] {
					return false
				}
				if spokenTo[string(w)] {
					word = 1
				} else if callBack[string(w)] {
					word = 2
				}
				if word != 0 && last != 0 && word != last {
					return false // "call you", "vous rappelons"
				}
			}
			last = word
			i = j
		default:
			i++
		}
	}
	return true
}

// freephoneFirm reports whether the phone number c, which the detector
// reports, is a freephone or a firm's shared-cost line (freephone) that
// the writer does not call theirs: before it in its clause (mineBefore:
// "you can text me on +1 855 ...") or after it ("... is my number").
// "I HAVE RANG 0800 055 6677 FIVE TIMES", "I called 1-800-387-4415" are
// the firm's.
func (s *state) freephoneFirm(c *cand) bool {
	t := s.text
	// Most numbers open with no freephone's first digits: a '+' or "00"
	// before a calling code, '1', '8', '9' or "(8", or "08".
	switch v := t[c.start:c.end]; {
	case len(v) < 9:
		return false
	case v[0] == '+' || v[0] == '1' || v[0] == '8' || v[0] == '9' || v[0] == '(' && v[1] == '8' || v[0] == '6' && v[1] == '0' && v[2] == '0':
	case v[0] == '0' && (v[1] == '8' || v[1] == '0' || v[1] == '9' || v[1] == '1' && v[2] == '8' && v[3] == '0'):
	case v[0] == '7' && v[1] == '0':
	default:
		return false
	}
	if !freephone(t[c.start:c.end]) && !(greekServiceLine(t[c.start:c.end]) && hasGreek(aroundNumber(t, c.start, c.end))) || mineBefore(t, c.start) {
		return false
	}
	owner, _ := phoneOwnerAfter(t, c.end)
	return !owner
}

// freephone reports whether the phone number v is a freephone or a
// firm's shared-cost line by its shape alone: North America's toll-free
// codes (800, 833, 844, 855, 866, 877, 888) after +1 or 1, or in their
// 3-3-4 groups; 0800 and 0808 (the UK, Germany, the Netherlands,
// Switzerland, Austria, Belgium, France); Ireland's and Australia's
// 1800, 1850, 1890 and 1300; Spain's 900, Italy's 800 and 803 and
// Portugal's 800 in nine digits; Chile's 600 in ten; Spain's 901 and
// 902, Portugal's 707 and 708, Poland's 801, Italy's 199, the Netherlands' and
// Germany's 0900 and Germany's 0180, shared-cost and premium lines; or
// the freephones after their country's code. A person has no such line: the number is
// a firm's, whoever gives it, unless the writer calls it theirs (see
// freephoneFirm).
func freephone(v string) bool {
	var buf [20]byte
	d := buf[:0]
	intl := len(v) > 0 && v[0] == '+'
	groups := 0 // the NANP's 3-3-4: runs of digits
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			if len(d) == len(buf) {
				return false
			}
			if i == 0 || !isDigit(v[i-1]) {
				groups++
			}
			d = append(d, c)
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '+':
		default:
			return false // an extension or a letter: not this reader's
		}
	}
	n := bytesText(d)
	if !intl && strings.HasPrefix(n, "00") {
		n, intl = n[2:], true
	}
	if intl {
		return freephoneIntl(n)
	}
	switch {
	case len(n) == 11 && n[0] == '1' && nanpTollFree(n[1:4]):
		return true // "1-800-387-4415", "1 (877) 318-4402"
	case len(n) == 10 && nanpTollFree(n[:3]) && groups == 3:
		return true // "(888) 403-7126"; ten digits glued are as often India's mobiles
	case (strings.HasPrefix(n, "0800") || strings.HasPrefix(n, "0808")) && len(n) >= 9 && len(n) <= 11:
		// (The Netherlands' 0800 numbers of eight digits, "0800-0222",
		// are left to the phone reader: earlier probes hold such a
		// number in a customer's line a customer's.)
		return true
	case len(n) == 10 && strings.HasPrefix(n, "600"):
		return true // Chile's firms' "600" numbers: "600 500 1234" (Spain's mobiles that open so hold nine digits)
	case len(n) == 10 && (strings.HasPrefix(n, "1800") || strings.HasPrefix(n, "1850") || strings.HasPrefix(n, "1890") || strings.HasPrefix(n, "1300")):
		return true
	case len(n) == 9 && (strings.HasPrefix(n, "900") || strings.HasPrefix(n, "800") || strings.HasPrefix(n, "803")):
		return true
	case len(n) == 9 && (strings.HasPrefix(n, "901") || strings.HasPrefix(n, "902") || strings.HasPrefix(n, "707") || strings.HasPrefix(n, "708")):
		return true // Spain's and Portugal's shared-cost lines: "902 202 122", "707 500 100" (session 53)
	case len(n) == 9 && strings.HasPrefix(n, "801"):
		return true // Poland's shared-cost lines: "801 300 300" (session 71; its freephones open with 800, as Spain's)
	case (len(n) == 9 || len(n) == 10) && strings.HasPrefix(n, "199"):
		return true // Italy's shared-cost lines: "199 30 30 30"
	case len(n) == 8 && groups == 4 && (n[:2] == "70" || n[:2] == "80"):
		// Denmark's firms' service lines and freephones in its four
		// pairs: "ring til os på 70 15 44 80", "80 20 30 40" (session
		// 75). No Danish subscriber's number opens so.
		return true
	case len(n) == 8 && groups == 3 && nordicService(n):
		return true // Norway's, in its 3-2-3: "Ring oss på 815 44 200"
	case len(n) == 11 && strings.HasPrefix(n, "0900"), (len(n) == 10 || len(n) == 11) && strings.HasPrefix(n, "0180"):
		// The Netherlands' and Germany's premium and service lines:
		// "0900-1234 567", "0180 5 123456". (Those of eight digits,
		// "0900-1230", are left to the phone reader as the 0800 ones
		// are: they read as hours too.)
		return true
	}
	return false
}

// freephoneIntl reports whether n, the digits of a number after '+' or
// "00", is a freephone or shared-cost number after its calling code:
// North America's toll-free codes after 1; 800 after 33 (or 805), 32,
// 351, 41, 43, 49 and 31; 800 and 808 after 44; 1800, 1850 and 1890
// after 353; 1800 and 1300 after 61; 900 after 34; 800 and 803 after
// 39; each in the lengths of those numbers.
func freephoneIntl(n string) bool {
	if len(n) < 9 {
		return false
	}
	if n[0] == '1' {
		return len(n) == 11 && nanpTollFree(n[1:4])
	}
	cc := 2
	if n[:3] == "353" || n[:3] == "351" {
		cc = 3
	}
	nsn := n[cc:]
	l := len(nsn)
	if l < 7 {
		return false
	}
	p3 := nsn[:3]
	switch n[:cc] {
	case "44":
		return (p3 == "800" || p3 == "808") && l >= 9 && l <= 10
	case "49":
		return p3 == "800" && l >= 10 && l <= 11
	case "31":
		return p3 == "800" && l <= 10
	case "33":
		return (p3 == "800" || p3 == "805") && l == 9
	case "32":
		return p3 == "800" && l == 8
	case "41":
		return p3 == "800" && l == 9
	case "43":
		return p3 == "800" && l >= 9 && l <= 12
	case "353":
		return l == 10 && nsn[0] == '1' && nsn[1] == '8' && (nsn[2:4] == "00" || nsn[2:4] == "50" || nsn[2:4] == "90")
	case "61":
		return l == 10 && (nsn[:4] == "1800" || nsn[:4] == "1300")
	case "34":
		return p3 == "900" && l == 9
	case "39":
		return (p3 == "800" || p3 == "803") && l >= 9 && l <= 10
	case "351":
		return p3 == "800" && l == 9
	case "45":
		return l == 8 && (nsn[:2] == "70" || nsn[:2] == "80") // "+45 70 70 12 12"
	case "47":
		return l == 8 && nordicService(nsn)
	}
	return false
}

// nordicService reports whether the eight digits n are a Norwegian
// freephone (800) or a firm's shared-cost line (810, 815, 820, 829),
// which no subscriber has: "Ring oss gjerne på 815 44 200".
func nordicService(n string) bool {
	switch n[:3] {
	case "800", "810", "815", "820", "829":
		return true
	}
	return false
}

// nanpTollFree reports whether the three digits a are a North American
// toll-free code.
func nanpTollFree(a string) bool {
	switch a {
	case "800", "833", "844", "855", "866", "877", "888":
		return true
	}
	return false
}

// mineWords are the pronouns and possessives of the writer in the chat
// languages: before a freephone number in its clause they make it the
// writer's ("you can text me on +1 855 752 9559").
var mineWords = map[string]bool{
	"me": true, "my": true, "mine": true, "mein": true, "meine": true, "meiner": true, "mir": true, "mich": true,
	"moi": true, "mon": true, "ma": true, "mes": true, "mi": true, "mio": true, "mia": true, "mijn": true,
	"meu": true, "minha": true,
	// Polish (session 71: "Mój numer 801 ...").
	"mój": true, "moj": true, "moja": true, "moje": true, "mnie": true,
	// Danish and Norwegian "me" and Norwegian "my" (session 75: "ring
	// meg på 815 ..."); not Danish "mit", German's "with".
	"mig": true, "meg": true, "mitt": true,
}

// mineBefore reports whether one of mineWords stands in the clause before
// p, within 60 bytes: no line break, '.' before a space, '!', '?' or ';'
// between.
func mineBefore(t string, p int) bool {
	return clauseHas(t, p, mineWords, 6)
}

// writeVerbs are the verbs of writing or sending to a mailbox in the chat
// languages, in lower case: "you can write to support@...", "escríbanos
// a atencion.cliente@...", "já mandei e-mail pra sac@...". Nouns of
// e-mail are not among them ("try one of these emails: info@...").
var writeVerbs = map[string]bool{
	"write": true, "email": true, "mail": true, "send": true, "sent": true, "contact": true, "reach": true, "forward": true,
	"schreiben": true, "schreibe": true, "mailen": true, "senden": true, "schicken": true, "schicke": true, "wenden": true,
	"écrire": true, "écrivez": true, "écris": true, "envoyer": true, "envoyez": true, "contacter": true, "contactez": true, "joindre": true,
	"escribir": true, "escriba": true, "escribe": true, "escríbanos": true, "escribirnos": true, "escríbenos": true,
	"enviar": true, "envíe": true, "envíen": true, "mandar": true, "mande": true, "mandé": true, "contactar": true,
	"scrivere": true, "scriva": true, "scrivi": true, "scriverci": true, "inviare": true, "invii": true, "mandare": true, "contattare": true,
	"schrijven": true, "schrijf": true, "sturen": true, "stuur": true, "bereiken": true, "bereikt": true,
	"escrever": true, "escreva": true, "envie": true, "mandei": true, "enviei": true, "contatar": true,
	// Past forms (session 54: "J'ai écrit à dpo@...", "I wrote to support@...").
	"wrote": true, "emailed": true, "mailed": true, "écrit": true, "geschrieben": true, "escrito": true, "scritto": true,
	"geschreven": true, "escrevi": true,
	// The nouns of a contact before a service's mailbox (session 55:
	// "contatto HR selezione@...", "candidature à rh@...").
	"contatto": true, "contacto": true, "contato": true, "kontakt": true, "candidature": true,
	"candidatures": true, "bewerbungen": true,
}

// clauseHas reports whether one of words, of at most longest bytes,
// stands in the clause before p, within 60 bytes: no line break, '.'
// before a space, '!', '?' or ';' between. A word is a run of ASCII
// letters and bytes above ASCII, its ASCII letters folded to lower case.
func clauseHas(t string, p int, words map[string]bool, longest int) bool {
	a := max(0, p-60)
	for i := p - 1; i >= a; i-- {
		// (A '.' inside a word, of a host or a number, ends nothing.)
		if c := t[i]; c == '\n' || c == '.' && (i+1 == p || t[i+1] == ' ') || c == '!' || c == '?' || c == ';' {
			a = i + 1
			break
		}
	}
	var low [16]byte
	for i := a; i < p; {
		for i < p && !isLetter(t[i]) && t[i] < 0x80 {
			i++
		}
		j := i
		for j < p && (isLetter(t[j]) || t[j] >= 0x80) {
			j++
		}
		if j-i >= 2 && j-i <= longest && (i == 0 || !isLetter(t[i-1])) && words[string(lowerASCII(low[:0], t[i:j]))] {
			return true
		}
		i = j
	}
	return false
}

// hoursAfter reports whether a parenthesis right after the phone number
// that ends at end gives a service's hours or its tariff, as a firm
// writes its line and no person writes their own: "(Mon–Fri
// 08:00–18:00)", "(du lundi au vendredi, 9h-18h)", "(8am–8pm)", "(open
// 24/7)", "(appel non surtaxé)", "(toll free inside the UAE)". A person
// says when they can be reached without a range ("(evenings best)",
// "(Büro, nach 18 Uhr nicht erreichbar)"). Since session 73 the hours
// may follow without brackets when they name both the days and the
// clock ("vous pouvez appeler le 0848 808 710 du lundi au vendredi de 8h
// à 18h"; see hoursTail).
func hoursAfter(t string, end int) bool {
	// The rest of the number's groups, if the candidate is a shorter
	// reading of it ("+31 20 649" of "+31 20 649 3630 (daily ...)").
	p := end
	for p < len(t) && p-end < 16 && (isDigit(t[p]) || t[p] == ' ' || t[p] == '-' || t[p] == '.') {
		p++
	}
	if p < len(t) && isLetter(t[p]) {
		return hoursTail(t, p)
	}
	if p+4 >= len(t) || t[p] != '(' {
		return false
	}
	in := t[p+1 : min(len(t), p+1+64)]
	q := strings.IndexByte(in, ')')
	if q < 3 {
		return false
	}
	var buf [64]byte
	low := string(foldBytes(buf[:0], in[:q]))
	for _, w := range tariffWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	days, clock := hourRanges(low)
	return days || clock
}

// hoursTail reports whether the words at p, right after a number, open
// with a range of days and give a range of the clock after it before
// the clause ends, as a service writes its hours ("du lundi au vendredi de
// 8h à 18h", "Monday to Friday, 9am to 5pm", "dal lunedì al venerdì
// dalle 9 alle 18"). A range of days alone, or with one time, is as
// often when a person can be called ("07700 900123 Monday to Friday
// after 6pm"), and other words first say something else of the number
// ("unter 030 ... erreichbar (Mo-Fr ab 17 Uhr)": a parenthesis, which
// hoursAfter reads).
func hoursTail(t string, p int) bool {
	// The first word first: most numbers are followed by other words.
	w := p
	for w < len(t) && w-p <= 10 && (isLetter(t[w]) || t[w] >= 0x80 && dashAt(t, w) == 0) {
		w++
	}
	if w == p || !hourWords.may(t[p:w]) {
		return false // no word, or one of neither map, as the lookups would find
	}
	var first [12]byte
	if f := foldBytes(first[:0], t[p:w]); !openDays[string(f)] && !rangeFrom[string(f)] {
		return false
	}
	seg := t[p:min(len(t), p+64)]
	if k := strings.IndexAny(seg, ";!?(\n"); k >= 0 {
		seg = seg[:k]
	}
	if k := strings.Index(seg, ". "); k >= 0 {
		seg = seg[:k]
	}
	var buf [64]byte
	days, clock := hourRanges(string(foldBytes(buf[:0], seg)))
	return days && clock
}

// hourWords are the words of openDays and rangeFrom, whose shapes (see
// wordSet) most words after a number have not: lowerByte's folding of
// a capital, ASCII or Latin-1, sets the bit that wordSet.may ignores.
var hourWords = func() (s wordSet) {
	for w := range openDays {
		s.add(1, w)
	}
	for w := range rangeFrom {
		s.add(1, w)
	}
	return s
}()

// rangeFrom holds the words that open a range of days in the chat
// languages, in lower case: "from Monday", "du lundi", "de lunes",
// "dal lunedì", "von Montag", "van maandag", "das segundas".
var rangeFrom = map[string]bool{
	"from": true, "du": true, "de": true, "dal": true, "da": true, "von": true, "vom": true, "van": true, "das": true, "entre": true,
}

// hourRanges reads the words and numbers of low, in lower case, each
// with the byte that joins it to the next: whether it holds a range of
// days ("mon-fri", "lundi au vendredi"), a range of the clock ("8am–8pm",
// "9:00–17:30", "9h-18h") that opens it or follows a day.
func hourRanges(low string) (days, clock bool) {
	day := false
	for i := 0; i < len(low); {
		j := i
		for j < len(low) && (isLetter(low[j]) || low[j] >= 0x80 && dashAt(low, j) == 0) {
			j++
		}
		if j > i {
			w := low[i:j]
			k, joined := rangeJoin(low, j)
			if openDays[w] || w == "daily" || w == "täglich" || w == "open" {
				day = true
			}
			if openDays[w] && joined {
				l := k
				for l < len(low) && (isLetter(low[l]) || low[l] >= 0x80 && dashAt(low, l) == 0) {
					l++
				}
				if openDays[low[k:l]] {
					days = true
				}
			}
			i = j
			continue
		}
		if isDigit(low[i]) {
			a := clockAt(low, i)
			if a > i {
				if k, joined := rangeJoin(low, a); joined && clockAt(low, k) > k && (day || strings.TrimSpace(low[:i]) == "") {
					clock = true
				}
				i = a
				continue
			}
		}
		i++
	}
	return days, clock
}

// tariffWords are what a firm's line says of its price or its menu, in
// lower case: "(appel non surtaxé)", "(toll free)", "(option 2)".
var tariffWords = [...]string{"non surtax", "appel local", "prix d'un appel", "prix d’un appel", "service gratuit",
	"toll free", "toll-free", "freephone", "free call", "gratis", "gratuit", "kostenlos", "kostenfrei", "numero verde",
	"24/7", "24h/24", "24 h/24", "24/24", "option ", "opción ", "optie ", "taste "}

// rangeJoin reads what may join the two ends of a range after j: a
// dash of any width or a word "to", "au", "a", "al", "bis", "t/m",
// with spaces around. It returns where the range's second end would
// start and whether such a join stood there.
func rangeJoin(t string, j int) (int, bool) {
	k := j
	for k < len(t) && t[k] == ' ' {
		k++
	}
	if d := dashAt(t, k); d > 0 {
		k += d
	} else {
		w := k
		for w < len(t) && (isLetter(t[w]) || t[w] == '/') {
			w++
		}
		switch t[k:w] {
		case "to", "au", "a", "al", "alle", "bis", "t/m", "tot", "till", "until":
			k = w
		case "":
			// French "à" and Portuguese "às": "de 8h à 18h", "das 9h às
			// 18h".
			switch {
			case strings.HasPrefix(t[k:], "à "):
				k += len("à")
			case strings.HasPrefix(t[k:], "às "):
				k += len("às")
			default:
				return j, false
			}
		default:
			return j, false
		}
	}
	for k < len(t) && t[k] == ' ' {
		k++
	}
	return k, true
}

// dashAt returns the length of a dash at t[k] ('-', '–' or '—'), or 0.
func dashAt(t string, k int) int {
	switch {
	case k < len(t) && t[k] == '-':
		return 1
	case k+2 < len(t) && t[k] == 0xe2 && t[k+1] == 0x80 && (t[k+2] == 0x93 || t[k+2] == 0x94):
		return 3
	}
	return 0
}

// clockAt returns the end of a time of the clock at i, in lower case:
// an hour of one or two digits up to 24, maybe minutes after ':', '.'
// or 'h', maybe "am", "pm", "h" or "uhr" ("8am", "9:00", "18h", "9h30",
// "17 uhr"), or i when none stands there.
func clockAt(t string, i int) int {
	j := i
	for j < len(t) && isDigit(t[j]) && j-i < 3 {
		j++
	}
	if j == i || j-i > 2 || j < len(t) && isDigit(t[j]) {
		return i
	}
	if h := int(t[i] - '0'); j-i == 2 && h*10+int(t[i+1]-'0') > 24 {
		return i
	}
	if j+2 < len(t) && (t[j] == ':' || t[j] == '.' || t[j] == 'h') && isDigit(t[j+1]) && isDigit(t[j+2]) {
		j += 3
	}
	switch {
	case strings.HasPrefix(t[j:], "am") || strings.HasPrefix(t[j:], "pm"):
		j += 2
	case strings.HasPrefix(t[j:], " uhr"):
		j += 4
	case strings.HasPrefix(t[j:], "uhr"):
		j += 3
	case j < len(t) && t[j] == 'h':
		j++
	}
	if j < len(t) && isLetter(t[j]) {
		return i
	}
	return j
}
