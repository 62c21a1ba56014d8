package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Tests of what session 52 found in the gaps of its blind sets and in
// the known limits that session 51 left.

// TestBirthListsOfSession52 checks that every date of a list after a
// birth word is a date of birth when the list joins its dates with
// "and" or its kin ("born on 11/04/2014 and 30/09/2016"), and after
// the plural participles ("nacidos", "nascidas", "nés"), while a date
// of something else after "and" keeps out.
func TestBirthListsOfSession52(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text  string
		dates []string
	}{
		{"my kids were born on 11/04/2014 and 30/09/2016", []string{"11/04/2014", "30/09/2016"}},
		{"mis hijos nacidos el 11/04/2014 y el 30/09/2016 también viajan", []string{"11/04/2014", "30/09/2016"}},
		{"os gémeos, nascidos em 02/02/2019 e 02/02/2019", []string{"02/02/2019", "02/02/2019"}},
		{"mes enfants sont nés le 4 mai 2012 et le 9 juin 2015", []string{"4 mai 2012", "9 juin 2015"}},
		{"DOBs 14/03/1987, 02/09/1985 and 21/12/2010", []string{"14/03/1987", "02/09/1985", "21/12/2010"}},
	} {
		assert.Equal(t, c.dates, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
	for _, c := range []struct {
		text  string
		dates []string
	}{
		{"born on 11/04/1984 and moved here on 30/09/2016", []string{"11/04/1984"}},
		{"DOB 11/04/1984, order placed 30/09/2024 and 02/10/2024", []string{"11/04/1984"}},
		{"born 11/04/1984. Delivered 30/09/2024 and 02/10/2024", []string{"11/04/1984"}},
	} {
		assert.Equal(t, c.dates, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
}

// TestHashNumberOfSession52 checks that '#' written for "number" after
// the writer's word for their own line labels a phone number, and that
// an order's '#' does not.
func TestHashNumberOfSession52(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"best # is 7138204471", TypePhoneNumber, "7138204471"},
		{"ok my # - 7138204471 thx", TypePhoneNumber, "7138204471"},
		{"Home #: 7138204471", TypePhoneNumber, "7138204471"},
	})
	for _, text := range []string{
		"order # is 7138204471",
		"my order # is 7138204471",
		"# is 7138204471",
		"Invoice #: 7138204471",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
	}
}

// TestAbbreviatedLabelsOfSession52 checks that a German or Dutch
// compound ending in "nr" with its dot labels the number after it, as
// "Kunden-Nr." did.
func TestAbbreviatedLabelsOfSession52(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Adres: Hoofdweg 233, 9617 AG Harkstede. Klantnr. 55102938", TypeCustomerNumber, "55102938"},
		{"Kundennr. 55102938, bitte um Rückruf", TypeCustomerNumber, "55102938"},
		{"Vertragsnr. HV-88129034", TypeCustomerNumber, "HV-88129034"},
		{"Mitgliedsnr. 55102938", TypeMemberID, "55102938"},
		{"Kontonr. 7423958155", TypeBankAccount, "7423958155"},
		{"Mijn zorgverzekeringsnummer is 492018733, ik wil declareren", TypeMemberID, "492018733"},
	})
	for _, text := range []string{
		"Bestellnr. 55102938 ist unterwegs",
		"Voornaam: Jan. 55102938 stuks",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypeCustomerNumber), text)
		assert.Empty(t, valuesOf(t, d, text, TypeMemberID), text)
	}
}

// TestMarkdownValuesOfSession52 checks values in Markdown's marks: an
// address in bold (two stars are no mask) and a user name in backticks
// or quotes after its label.
func TestMarkdownValuesOfSession52(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Ordered SKU-HBN2207 x3, invoice to **rachel.oconnor@umbrella-health.org**", TypeEmailAddress, "rachel.oconnor@umbrella-health.org"},
		{"hey, username is `darkstar_1987` and the 2FA code was 905114", TypeUsername, "darkstar_1987"},
		{"my login is 'mroux_31' since yesterday", TypeUsername, "mroux_31"},
	})
	for _, text := range []string{
		"the address j***l@example.org is masked",
		"sent to ***chel@example.org",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypeEmailAddress), text)
	}
}

// TestFormAbbreviationsOfSession52 checks the form that session 7 held
// a look-alike: "Kundennr.:" labels a customer's number as "Kundennr:"
// does.
func TestFormAbbreviationsOfSession52(t *testing.T) {
	d := defaultDetector(t)
	text := "Kundennr.: 4481229\nVertragsnr.: 3001-4471-22"
	assert.Equal(t, []string{"4481229", "3001-4471-22"}, valuesOf(t, d, text, TypeCustomerNumber), text)
}

// TestServiceMailboxesOfSession52 checks that a mailbox of a service's
// words alone that the writer writes to is the firm's, in the chat
// languages, that its host's words go with it, and that a person's
// mailbox, the writer's own and one no one writes to stay found.
func TestServiceMailboxesOfSession52(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Agente: Puede escribirnos a atencion.cliente@movilnet.es de lunes a viernes",
		"já mandei e-mail pra sac@lojavitrine.com.br e pra ouvidoria@lojavitrine.com.br e nada",
		"Per altre info scriva a assistenza@spedipronto.it",
		"Mocht u nog vragen hebben, u bereikt ons via klantenservice@fitzone.nl.",
		"you can write to claims@insurer-example.co.uk any time",
	} {
		for _, f := range detect(t, d, text) {
			assert.NotContains(t, []string{TypeEmailAddress, TypeLocation}, f.Type, text)
		}
	}
	for _, c := range []struct{ text, mail string }{
		{"my email is info@my-bakery.com, write to me there", "info@my-bakery.com"},
		{"please write to jane.doe@acme.com", "jane.doe@acme.com"},
		{"contact support.jane@acme.com", "support.jane@acme.com"},
		{"try one of these emails: info@presidio.site", "info@presidio.site"},
		{"info@presidio.site", "info@presidio.site"},
	} {
		assert.Equal(t, []string{c.mail}, valuesOf(t, d, c.text, TypeEmailAddress), c.text)
	}
}

// TestRoleMailboxOnlyOfSession52 checks the local parts made of a
// service's words alone.
func TestRoleMailboxOnlyOfSession52(t *testing.T) {
	for a, want := range map[string]bool{
		"support@globex.io":            true,
		"atencion.cliente@movilnet.es": true,
		"customer-care@example.com":    true,
		"sac@loja.com.br":              true,
		"no-reply@accounts.example.io": true,
		"customer@example.com":         false,
		"support.jane@example.com":     false,
		"support2@example.com":         false,
		"jane@example.com":             false,
		"support":                      false,
		"@example.com":                 false,
	} {
		assert.Equal(t, want, roleMailboxOnly(a), a)
	}
}

// TestPortugueseOfSession52 checks the Portuguese set's gaps: a CPF with
// its check digits alone set apart, a CNH after its word, "Filho" at a
// name's end, and "Ei", "Att" and "Pagador" named no one.
func TestPortugueseOfSession52(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Quero incluir meu filho, CPF 406517046-00, como dependente", "BR_CPF", "406517046-00"},
		{"minha CNH é 75484863460 e vence em 09/2027", "BR_CNH", "75484863460"},
		{"Nome completo: Francisco das Chagas Nogueira Filho\nCPF: 152.027.350-90", TypePerson, "Francisco das Chagas Nogueira Filho"},
	})
	for _, c := range []struct{ text, want string }{
		{"Ei, a Patrícia do suporte disse que sim", "Patrícia"},
		{"Att,\nHelena Bezerra Lins", "Helena Bezerra Lins"},
		{"Iemand is op 3 mei tegen mijn auto gereden", ""},
	} {
		var want []string
		if c.want != "" {
			want = []string{c.want}
		}
		assert.Equal(t, want, valuesOf(t, d, c.text, TypePerson), c.text)
	}
	assert.Empty(t, valuesOf(t, d, "pedido 529982247-25 enviado", "BR_CPF"))
	assert.Empty(t, valuesOf(t, d, "protocolo 75484863460", "BR_CNH"))
}

// TestGreetingVerbsOfSession52 checks that the first verbs of a message
// in lower case after a greeting name no one ("ciao volevo sapere",
// "hola queria saber"), that the accented "già" and "marcó" are no
// "Gia" or "Marco", and that a name after a greeting and a verb of
// introduction, or before "here", stays found.
func TestGreetingVerbsOfSession52(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"ciao volevo sapere se il pacco è partito",
		"hola queria saber si ya salió mi pedido",
		"ola gostaria de saber o prazo",
		"hallo wollte fragen ob das geht",
		"bonjour voulais savoir pour ma commande",
		"hoi wilde vragen of het pakket onderweg is",
		"buongiorno avrei bisogno di aiuto",
		"ho già pagato la bolletta",
		"el repartidor me marcó ayer",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
	wantTyped(t, d, []typedValue{
		{"hola, soy dagny vogel y tengo un problema", TypePerson, "dagny vogel"},
		{"hi teodor bianco here, my card was declined", TypePerson, "teodor bianco"},
		{"Gia Russo called yesterday", TypePerson, "Gia Russo"},
		{"el repartidor me marcó del 55 2231 0098 pero no dejó el paquete", TypePhoneNumber, "55 2231 0098"},
	})
}

// TestReportNumbersOfSession52 checks that a police report's or a
// claim's number of a phone's shape after its word is no phone, in the
// chat languages, and that a phone after the writer's own words stays.
func TestReportNumbersOfSession52(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Er is ingebroken. Proces-verbaal nummer 2024123456.",
		"Reporte número 5523019876, ya van 3 horas",
		"numero di sinistro 3471234567",
		"Schadennummer 0301234567",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
	}
	wantTyped(t, d, []typedValue{
		{"mi número es 5523019876", TypePhoneNumber, "5523019876"},
		{"bel me op 0612345678, aangifte is gedaan", TypePhoneNumber, "0612345678"},
	})
}

// TestShapesOfSession52 checks the shapes this sitting's sets wrote:
// a date of birth with its month's name between slashes or dots, an
// IMEI with its check digit apart after its word, and Chile's firms'
// "600" numbers.
func TestShapesOfSession52(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Nombre completo Ana Karen López Méndez, fecha de nac. 17/ene/1985, RFC", TypeDateOfBirth, "17/ene/1985"},
		{"DOB: 17/Jan/1985", TypeDateOfBirth, "17/Jan/1985"},
		{"geb. 17.Jan.1985", TypeDateOfBirth, "17.Jan.1985"},
		{"El teléfono con IMEI 86754203917358-1 lo compré en su tienda", TypeIMEI, "86754203917358-1"},
		{"mi celular 600 500 123", TypePhoneNumber, "600 500 123"},
	})
	assert.Empty(t, valuesOf(t, d, "Jan/Feb 2024 invoices", TypeDateOfBirth))
	assert.Empty(t, valuesOf(t, d, "ref 86754203917358-1", TypeIMEI))
	for _, text := range []string{
		"Agente: Estimada Francisca, cualquier duda llame al 600 500 1234.",
		"Starken: OT 9823410567 en reparto. Fono 600 200 1010.",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
	}
}

// TestHurriedOfSession52 checks the hurried, lower-case set's gaps: a
// phone after a code that a reference's word names, "nochmal" and the
// French "a" before a participle kept out of a name, and the Italian
// "è" typed as "e" before a login.
func TestHurriedOfSession52(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Agent: ok i've resent the verification code 483920 to 07912 483516, it expires in 10 min", TypePhoneNumber, "07912 483516"},
		{"hallo ich bins nochmal jana wolff geb. 17.08.1995", TypePerson, "jana wolff"},
		{"bonjour mon fils lucas a utilisé ma carte sans mon accord", TypePerson, "lucas"},
		{"follow up with benjamin a seiler in a couple of months", TypePerson, "benjamin a seiler"},
		{"il mio user e marco_b85 e la pw non va", TypeUsername, "marco_b85"},
	})
	assert.Empty(t, valuesOf(t, d, "Bonjour, commande FR-331072). Standard : 02 99 14 52 00", TypePhoneNumber))
	assert.Empty(t, valuesOf(t, d, "username e password sono sbagliati", TypeUsername))
}

// TestGermanOfSession52 checks the German set's gaps: Steuer-IDs after
// the plural and after "Finanzamt", "rufnr", a login after "im Shop",
// a maiden name after "geb.", and a member's number of one capital and
// a space.
func TestGermanOfSession52(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"18 734 365 022", "80314950729"},
		valuesOf(t, d, "Steuer-IDs für die Zusammenveranlagung: ich 18 734 365 022, meine Frau 80314950729", "DE_TAX_ID"))
	wantTyped(t, d, []typedValue{
		{"hi hier ist thomas kraus. kundennr K-7730192 rufnr 0221/4738291", TypePhoneNumber, "0221/4738291"},
		{"Mein Benutzername im Shop ist sonnenblume_77, die Bestellung fehlt", TypeUsername, "sonnenblume_77"},
		{"Mitgliedsnummer M 204 558 913, ich wollte fragen", TypeMemberID, "M 204 558 913"},
		{"student ID 2219874", TypeMemberID, "2219874"},
	})
	assert.Equal(t, []string{"Sarah Lindner", "Schulte"}, valuesOf(t, d, "Guten Tag, ich bin Sarah Lindner (geb. Schulte), seit der Heirat", TypePerson))
	assert.Empty(t, valuesOf(t, d, "geb. 03.04.1985", TypePerson))
}

// TestFrenchOfSession52 checks the French set's gaps: "M." after "Bonne
// journée" and before a particle and a surname is a title, a CAF
// beneficiary's number after "allocataire n°", and Luxembourg's
// matricule with its two check digits apart.
func TestFrenchOfSession52(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Réinitialisez-le via le lien envoyé. Bonne journée M. Le Goff", TypePerson, "Le Goff"},
		{"Bonne soirée M. Dupont", TypePerson, "Dupont"},
		{"Bonjour, allocataire n° 2817364, Karim Benali.", TypeMemberID, "2817364"},
		{"Moien, je suis Yannick Schmit, matricule 1987 1105 214 45, IBAN", "LU_NATIONAL_ID", "1987 1105 214 45"},
	})
}

// TestWorldEnglishOfSession52 checks the set of English around the
// world: an Indian carrier's name before "no" labels a phone, and the
// Irish and South African openers name no one.
func TestWorldEnglishOfSession52(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"my jio no 7019284553 is showing no service since morning", TypePhoneNumber, "7019284553"},
		{"Howya, I'm Siobhán Ní Bhriain, PPS 8721599K.", TypePerson, "Siobhán Ní Bhriain"},
		{"Eish, the debit order bounced again. Thabo Mokoena", TypePerson, "Thabo Mokoena"},
	})
}

// TestItalianOfSession52 checks the Italian set's gaps: a plate after
// "della mia macchina è", lower case, and a current account after
// "c/c".
func TestItalianOfSession52(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"la targa della mia macchina è dz418ph, ho ricevuto una multa", TypeVehicleRegistration, "dz418ph"},
		{"buonasera volevo chiedere il saldo del c/c 000104587321, dall'app non vedo nulla", TypeBankAccount, "000104587321"},
	})
	assert.Empty(t, valuesOf(t, d, "abc/c 000104587321", TypeBankAccount))
}

// TestUnaccentedPortugueseOfSession52 checks that "graca", Portuguese
// "graça" typed without its accent, names no one in lower case ("de
// graca nao e" gave "graca nao"), and that with a cue it still may.
func TestUnaccentedPortugueseOfSession52(t *testing.T) {
	d := defaultDetector(t)
	assert.Empty(t, valuesOf(t, d, "de graca nao e, paguei 15€ de portes e o rastreio RH482073158PT nao mexe", TypePerson))
	wantTyped(t, d, []typedValue{
		{"my name is nao tanaka", TypePerson, "nao tanaka"},
		{"ola sou a graca silva", TypePerson, "graca silva"},
	})
}

// TestSurnamesFirstOfSession52 checks a name written surnames first,
// then a comma and the given name that ends its field, as Spanish forms
// and letters write it, and that two people stay two.
func TestSurnamesFirstOfSession52(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"N.I.F. 56607758C   Apellidos y nombre: ORTIZ VEGA, MARTA\nEjercicio 2023", TypePerson, "ORTIZ VEGA, MARTA"},
		{"Estimado Sr. Gutiérrez Blanco, Rafael:\nLe informamos de que", TypePerson, "Gutiérrez Blanco, Rafael"},
	})
	assert.Equal(t, []string{"Anna Berg", "Tom"}, valuesOf(t, d, "Thanks Anna Berg, Tom", TypePerson))
	// Spanish "D." (Don) before a given name and two surnames is a title.
	wantTyped(t, d, []typedValue{
		{"De otra parte, D. Alejandro Gómez Navarro, mayor de edad, con DNI", TypePerson, "Alejandro Gómez Navarro"},
		{"Dear D. Michael Smith", TypePerson, "D. Michael Smith"},
	})
	assert.Equal(t, []string{"García López", "Juan", "Ana"}, valuesOf(t, d, "Gracias García López, Juan y Ana", TypePerson))
}

// TestReachOurOfSession52 checks that the firm's "reach our ..." names
// its own contacts, and that a customer's line or a kin's noun after
// "our" keeps them.
func TestReachOurOfSession52(t *testing.T) {
	d := defaultDetector(t)
	text := "You can reach our returns desk at +44 20 7946 0321 (Mon–Fri 9am–5pm GMT) or returns@shopwell.co.uk."
	assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber))
	assert.Empty(t, valuesOf(t, d, text, TypeEmailAddress))
	wantTyped(t, d, []typedValue{
		{"Customer: you can reach our office at +44 20 7946 0321", TypePhoneNumber, "+44 20 7946 0321"},
		{"please call our son on 07700 900123", TypePhoneNumber, "07700 900123"},
	})
}

// TestAnswersOfSession52 checks a value that answers a transcript's
// question alone on the next line: a login, a customer's number, a
// plate; and that an answer of words, or a line that is no speaker's,
// gives nothing.
func TestAnswersOfSession52(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"user> app keeps logging me out\nbot> Can you tell me your username?\nuser> skater_jess93\nbot> Thanks.", TypeUsername, "skater_jess93"},
		{"Medewerker: Jammer! Wat is uw klantnummer?\nKlant: KL 5582014\nMedewerker: En ter controle", TypeCustomerNumber, "KL 5582014"},
		{"[10:45] Agent: und die Kundennummer, falls zur Hand?\n[10:46] Kunde: KD-40918273\n[10:47] Agent: Danke", TypeCustomerNumber, "KD-40918273"},
		{"Agent: Et l'immatriculation de votre véhicule ?\nClient: GH-318-TK\nAgent: Merci", TypeVehicleRegistration, "GH-318-TK"},
	})
	for _, text := range []string{
		"Agent: Do you have a customer number?\nCustomer: no sorry",
		"Agent: What is your username?\nCustomer: i forgot it, can you look it up",
		"What is your username?\nskater_jess93",
		"Agent: What is your username? I can see skater_jess93 on file",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypeUsername), text)
		assert.Empty(t, valuesOf(t, d, text, TypeCustomerNumber), text)
	}
}

// session52Seeds are FuzzDetect's seeds for the readers of session 52:
// each reader's cue, cut where its reading stops.
var session52Seeds = []string{
	"born on 11/04/2014 and ", "nacidos el 1/2/2014 y el ", "DOBs 1/2/1987, ", "and", "best # is ", "my #", "#", " # is 7",
	"Kundennr. ", "Kundennr.", "nr.", "**a@b.co**", "**a@b", "**@**", "username is `", "username is `x", "login 'a",
	"escríbanos a info@", "write to support@x.co", "write to support@x.co.uk", "mail sac@", "CPF 406517046-", "CNH 7548486346",
	"Nogueira Filho", "ciao volevo ", "hola, ", "ho già ", "me marcó del 55 ", "Proces-verbaal nummer ", "17/ene/", "17/Jan/1985",
	"17.Jan.", "IMEI 86754203917358-", "600 500 1234", "code 483920 to ", "ich bins nochmal ", "lucas a ", "user e ",
	"Steuer-IDs: ", "rufnr ", "Benutzername im ", "(geb. ", "geb.", "Mitgliedsnummer M ", "Mitgliedsnummer M", "ID 2",
	"Bonne journée M. ", "M. Le ", "allocataire n° ", "matricule 1987 1105 214 ", "jio no ", "Howya, ", "c/c ", "c/c", "/c",
	"della mia macchina è ",
	"Agent: username?\nuser> ", "username?\nuser> a_1", "klantnummer?\nKlant: ", "?\n: x", "?\n",
}
