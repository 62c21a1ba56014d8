package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Tests of what session 50 found in the gaps of its blind sets.

// TestFirmSpeaksOfItselfOfSession50 checks that a number or a service's
// mailbox after the firm's own verb of reaching it ("call us on", "Bei
// Fragen erreichen Sie uns unter", "nous joindre au") is the firm's, and
// that a person's number after "call me" or a family's "us" without such
// a verb, or in a customer's line, stays found.
func TestFirmSpeaksOfItselfOfSession50(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Agent: No bother, I've added a safe place instruction. If anything else comes up call us on 01 705 7600.",
		"Agent: For security can you confirm your date of birth? You can also ring us free on 0800 048 7215.",
		"If you ever need to reach us outside chat it's help@northgate-energy.co.uk or 0345 602 1180 (Mon–Fri 8–8)",
		"Agent: Hallo Frau Demir, Ihr Lieferbeginn ist der 15.04.2025. Bei Fragen erreichen Sie uns unter 0800 7236 100.",
		"Agent : Pour toute question, vous pouvez nous joindre au 01 84 88 42 00 (service gratuit).",
		"Agente: Si necesitas algo más, llámanos al 900 812 345 de 9 a 21h.",
		"Operatore: per disdire chiamaci al 051 644 2183 entro le 18.",
		"Medewerker: Vragen? Bel ons op 088 204 7300.",
		"Agente: Nossa central é 0800 591 2200 (seg a sex, 9h às 18h).",
		// A firm's link (probe7_shapes_test.go reads tel: links).
		"[Call us](tel:+4930901820)",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
		assert.Empty(t, valuesOf(t, d, text, TypeEmailAddress), text)
	}
	wantTyped(t, d, []typedValue{
		{"Agent: You can call me back at +1 202 250 0180 any time", TypePhoneNumber, "+1 202 250 0180"},
		// A customer's "us" is the customer's household or business.
		{"Customer: ring us on 0800-2255 weekdays", TypePhoneNumber, "0800-2255"},
		{"[10:42] Kunde: erreichen Sie uns unter 0151 2345 6789", TypePhoneNumber, "0151 2345 6789"},
		{"we're both out today, my husband is on 07700 900 456", TypePhoneNumber, "07700 900 456"},
		{"Abholberechtigt sind außer uns noch Oma Gisela (Tel. 030 6128 4470)", TypePhoneNumber, "030 6128 4470"},
		// A person's mailbox after the firm's verb is an employee's.
		{"Buyers: Jordan Ellis and Camille Ellis, reach us at jordan.ellis.home@gmail.com", TypeEmailAddress, "jordan.ellis.home@gmail.com"},
		// A new sentence after the firm's verb.
		{"Please contact us. My number is 07700 900123 by the way", TypePhoneNumber, "07700 900123"},
	})
}

// TestPhoneCodeGoesOnOfSession50 checks that a number a '-' joins to a
// code's capitals or digits is no phone, even after a phone word, and
// that a label's word after the '-' keeps it one.
func TestPhoneCodeGoesOnOfSession50(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Il a publié mon numéro en story. Signalement n° 4471-2209-FR toujours sans réponse.",
		"my phone is fine, the SKU is 100-22-4512-XL",
		"tel ref 0161-496-0732-7",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
	}
	wantTyped(t, d, []typedValue{
		{"Gregory Kudryashov\n(37) 788-063-Office", TypePhoneNumber, "(37) 788-063"},
		{"phone 0161 496 0732-fax", TypePhoneNumber, "0161 496 0732"},
	})
}

// TestPetsInTheChatLanguagesOfSession50 checks that a pet's name after
// its noun in the chat languages, with a verb of naming between or the
// noun capitalised before it, is no person, and that a person after an
// animal's word stays one.
func TestPetsInTheChatLanguagesOfSession50(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Hallo, unser Kater Bruno frisst seit gestern nichts mehr.",
		"Unsere Hündin Frieda hat morgen einen Termin",
		"Ciao, il nostro cane si chiama Gino ed è microchippato",
		"confermiamo l'appuntamento per la gattina Luna.",
		"onze kat Noor moet gechipt worden",
		"notre chien s'appelle Rex depuis toujours",
		"notre chien s’appelle Rex depuis toujours",
		"my dog is called Max and he is 4",
		"mi perro se llama Toby",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
	wantTyped(t, d, []typedValue{
		{"the dog walker Anna Kowalski came at 9", TypePerson, "Anna Kowalski"},
		{"Guten Tag, hier ist Herr Kater aus Bonn", TypePerson, "Kater"},
		// Dutch "kat" before a name is the pet's noun; capitalised
		// first, it is a given name.
		{"Please ask Kat Dennings to call me", TypePerson, "Kat Dennings"},
	})
}

// TestNextFieldOfAnotherValueOfSession50 checks that an event's word in
// a field that another value's label opens does not date the date of
// birth before it, and that an event's word in the next field still
// does.
func TestNextFieldOfAnotherValueOfSession50(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"> Chiara Bellini, 17/02/1991, email on the account should be chiara.bellini@libero.it", "17/02/1991"},
		{"Anna Berg; 12/03/1985; Handy seit dem Umzug 0151 2345 6789", "12/03/1985"},
		{"Chiara Bellini, 17/02/1991, account opened", ""},
		{"Kevin Moore; 1979-01-15; order shipped", ""},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
}

// TestGreetingsKinAndModeratorsOfSession50 checks French chat's
// greetings, the words children call their grandparents by, an owner's
// noun in German and Dutch, and a moderator's label: none is part of a
// name, and the name after them is found alone.
func TestGreetingsKinAndModeratorsOfSession50(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Coucou, c'est Mamie Jacqueline qui récupère les enfants ce soir", "Jacqueline"},
		{"Bjr, RDV pour Hugo Lefèvre le 12/04 à 16h30", "Hugo Lefèvre"},
		{"c'est Papi Gérard qui vient à 18h", "Gérard"},
		{"la nonna Maria viene a prenderla alle 16", "Maria"},
		{"Besitzerin Anja Vogel, Am Mühlbach 3", "Anja Vogel"},
		{"Modérateur ici. Merci de regarder le signalement", ""},
		{"Moderator hier, bitte den Beitrag prüfen", ""},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestCodesOfSession50 checks recovery codes after a verb of being in
// the chat languages and joined by "and", and the codes that open a
// parcel locker or a pick-up point's shelf.
func TestCodesOfSession50(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"my backup codes were 8830-2291 and 4471-0936, both already used. pls help", []string{"8830-2291", "4471-0936"}},
		{"Meine Wiederherstellungscodes sind 7hq2-9xkd und mp4z-2wrb, reicht einer davon?", []string{"7hq2-9xkd", "mp4z-2wrb"}},
		{"Abholcode 839 201 funktioniert nicht an der Packstation", []string{"839 201"}},
		{"J'ai seulement le code de retrait 573920", []string{"573920"}},
		{"your collection code is 4471, locker 12", []string{"4471"}},
		{"Ophaalcode: 558213", []string{"558213"}},
		// No code after the verb.
		{"recovery codes are stored in the vault and 12345678 is my order", nil},
	} {
		assert.Equal(t, c.want, valuesOf(t, d, c.text, TypePassword), c.text)
	}
}

// TestTypographicQuotedUsersOfSession50 checks user names in French,
// German and English typographic quotes after a user's word, and that
// the word alone or before a plain name reads none.
func TestTypographicQuotedUsersOfSession50(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, user string }{
		{"Modérateur ici. L'utilisateur « VieuxLoup_75 » a posté l'adresse d'une membre", "VieuxLoup_75"},
		{"l'utilisateur «VieuxLoup» a posté", "VieuxLoup"},
		{"Der Nutzer „Heckenschere_Uwe“ hat die Privatadresse gepostet", "Heckenschere_Uwe"},
		{`Nutzer "Heckenschere_Uwe" hat die Privatadresse gepostet`, "Heckenschere_Uwe"},
		{"the user “jimmy_99” posted my address", "jimmy_99"},
		{"l'utilisateur « VieuxLoup_75 a posté", ""},
		{"Nutzer hat sich beschwert", ""},
	} {
		wantValue(t, d, c.text, TypeUsername, c.user, c.text)
	}
}

// session50Seeds are FuzzDetect's seeds for the readers of session 50:
// typographic quotes cut short, a code's tail after a phone, codes
// joined by "and", the firm's "us" in a customer's line.
var session50Seeds = []string{
	"L'utilisateur « VieuxLoup_75 » a posté",
	"Nutzer „Heckenschere_Uwe",
	"user “\xe2\x80",
	"l'utilisateur «\u00a0",
	"mon numéro ... Signalement n° 4471-2209-FR",
	"tel 0161 496 0732-",
	"my backup codes were 8830-2291 and",
	"Customer: ring us on 0800-2255\n[10:42] Kunde: erreichen Sie uns unter 0151 2345 6789",
	"unser Kater Bruno",
	"> Chiara Bellini, 17/02/1991, email",
}

// TestCustomerNumberAfterAccentedIsOfSession50 checks Italian and
// Portuguese "is" between a customer's word and the number.
func TestCustomerNumberAfterAccentedIsOfSession50(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Operatore: il suo codice cliente è 3104 7728 19, la bolletta n. 2025-0417783", TypeCustomerNumber, "3104 7728 19"},
		{"o número de cliente é 44718230", TypeCustomerNumber, "44718230"},
	})
	assert.Empty(t, valuesOf(t, d, "il codice cliente è sbagliato", TypeCustomerNumber))
}

// TestPlatesAndLicencesOfSession50 checks an Italian plate after
// "targata" and New York's licence in threes after its word, and their
// look-alikes without the word.
func TestPlatesAndLicencesOfSession50(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"lo zio verrà con una Panda bianca targata EZ 482 KM. email per gli avvisi", TypeVehicleRegistration, "EZ 482 KM"},
		{"her NY license # is 842 193 577 i think", "US_DRIVER_LICENSE", "842 193 577"},
	})
	assert.Empty(t, valuesOf(t, d, "una macchina targata male", TypeVehicleRegistration))
	assert.Empty(t, valuesOf(t, d, "order 842 193 577 shipped", "US_DRIVER_LICENSE"))
}

// TestFrenchVerbsAreNoNamesOfSession50 checks that French "j'ai vu" and
// a sentence before "ici" with a subject's pronoun or an elided pronoun
// name no one, and that a name before "here" or "ici" and the name Vu
// stay found.
func TestFrenchVerbsAreNoNamesOfSession50(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"j'ai vu le colis hier", ""},
		{"j’ai vu le colis hier", ""},
		{"je l'ai vu hier soir", ""},
		{"je l'ai noté ici par erreur", ""},
		{"carte 4917 6028 3341 5075, code PIN 0852 – je l'ai écrit ici par erreur pardon", ""},
		{"paulo ngata here", "paulo ngata"},
		{"Bonjour, camille rouvière ici, je n'arrive pas à me connecter", "camille rouvière"},
		{"My name is Ai Vu", "Ai Vu"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestUtilityMetersOfSession50 checks a home's supply point or meter
// after its word, as an energy supplier's chat gives it when a customer
// moves (the rules' own examples are in rules_utility.go), and a
// German meter number in a form, which an earlier probe held a
// look-alike: it names the home it is fitted in.
func TestUtilityMetersOfSession50(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Kundennr.: 4481229\nVertragsnr.: 3001-4471-22\nZählernummer: 1ESY1160512345", TypeUtilityMeter, "1ESY1160512345"},
		{"Hola, me mudo el 1 de junio. El CUPS del piso nuevo es ES0021604230469216YH", TypeUtilityMeter, "ES0021604230469216YH"},
		{"final readings for the old flat: elec 04512 and gas 2219.6. MPAN is 1237793707720 if you need it", TypeUtilityMeter, "1237793707720"},
	})
	assert.Empty(t, valuesOf(t, d, "order 1237793707720 shipped", TypeUtilityMeter))
}

// TestPassportsAndNamesOfLateSetsOfSession50 checks a passport after an
// adjective of nationality in the chat languages and after German
// "Pass-Nr.", and a surname that is a heading's word after a known given
// name and a name's cue; with their look-alikes.
func TestPassportsAndNamesOfLateSetsOfSession50(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"mon époux, passeport sénégalais A02837461. Il est encore à Dakar", TypePassport, "A02837461"},
		{"mi NIE es Y0391572B y mi pasaporte colombiano AV218374. Nací el 19/08/1993", TypePassport, "AV218374"},
		{"Antragsteller: Rahul Iyer\nPass-Nr.: U7382916", TypePassport, "U7382916"},
		{"[12:47 am] Customer: ssn 490-27-5059 dob 08/30/1972 name darnell price", TypePerson, "darnell price"},
	})
	assert.Empty(t, valuesOf(t, d, "boarding pass: AB 123456", TypePassport))
	assert.Empty(t, valuesOf(t, d, "pasaporte caducado 12345678", TypePassport))
	assert.Equal(t, []string{"darnell"}, valuesOf(t, d, "name darnell price list attached", TypePerson))
}
