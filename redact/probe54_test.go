package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Tests of what session 54 found in the gaps of its blind sets.

// TestPossessiveBrandsOfSession54 checks that a brand the lists write
// with a possessive ("McDonald's", "Sainsbury's") is a firm, not a
// person, while a title or a given name keeps the person's: "Mrs
// McDonald's dog", "Wendy's phone".
func TestPossessiveBrandsOfSession54(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"I paid at the kiosk in the McDonald's car park on Station Road",
		"we went to Sainsbury's yesterday and the card was declined",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
	wantValue(t, d, "Mrs McDonald's dog barked all night", TypePerson, "McDonald")
	wantValue(t, d, "Wendy's phone is broken", TypePerson, "Wendy")
}

// TestNameCuesOfSession54 checks the cues "Vorname ist", "prénom est"
// and their kin before a name the lists lack, "Maître" as a title, two
// particles after a surname that follows a title, and a hyphenated
// given name whose parts the lists know.
func TestNameCuesOfSession54(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Mein Vorname ist Konstantin, falls Sie den brauchen.", TypePerson, "Konstantin"},
		{"mon prénom est Nolwenn, merci", TypePerson, "Nolwenn"},
		{"Mon avocat, Maître Dubois-Lacroix, vous contactera demain.", TypePerson, "Dubois-Lacroix"},
		{"La Sra. Rodríguez de la Fuente llamó otra vez", TypePerson, "Rodríguez de la Fuente"},
		{"MARTIN, Anne-Sophie - two tickets for the 19:45 showing", TypePerson, "MARTIN, Anne-Sophie"},
		{"I spoke with Anne-Sophie yesterday", TypePerson, "Anne-Sophie"},
	})
	// Two particles after a surname with no title before it may name a
	// place; months joined by a hyphen are no given name.
	for _, text := range []string{"the May-June delivery window", "vamos a Rodríguez de la Frontera"} {
		for _, v := range valuesOf(t, d, text, TypePerson) {
			assert.NotContains(t, []string{"May-June", "Rodríguez de la Frontera"}, v, text)
		}
	}
}

// TestLabelsOfSession54 checks words that label a value and are no
// names ("Steuer-ID", "Kontaktdaten", "Nº"), "Kia ora" as a greeting,
// and the customer number's abbreviations "Kd.-Nr." and "kdnr".
func TestLabelsOfSession54(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"my Steuer-ID is 47951630720 – do you really need that?", ""},
		{"Kontaktdaten: Mehmet Yılmaz, mehmet.yilmaz83@gmx.de", "Mehmet Yılmaz"},
		{"Nº Seg. Social: 28/82324928/95", ""},
		{"Kia ora, I'm Aroha Ngata. Please pay my refund", "Aroha Ngata"},
		{"Kia Johnson called about the refund", "Kia Johnson"},
	} {
		got := valuesOf(t, d, c.text, TypePerson)
		if c.want == "" {
			assert.Empty(t, got, c.text)
		} else {
			assert.Equal(t, []string{c.want}, got, c.text)
		}
	}
	wantTyped(t, d, []typedValue{
		{"kdnr:3004412;name:Fatma Yılmaz", TypeCustomerNumber, "3004412"},
		{"Kd.-Nr.: 10048822", TypeCustomerNumber, "10048822"},
	})
}

// TestDishesOfSession54 checks that dishes named after people, as menus
// and bookings capitalise them, are no people, while a person's cue
// keeps a name that a dish shares.
func TestDishesOfSession54(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"The Beef Wellington is £42 per head, Caesar salad starter included.",
		"Is the Eggs Benedict brunch still $29/person?",
		"Menu choisi : Tournedos Rossini, dessert Pêche Melba.",
		"confermiamo Pizza Margherita per i bambini",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
	wantValue(t, d, "my name is Earl Grey and I booked table 4", TypePerson, "Earl Grey")
}

// TestSpacedNumbersOfSession54 checks card numbers read off the card in
// small groups after a card's word, and IMEIs in pairs after their word
// or in the old TAC, FAC, serial and check digit shape.
func TestSpacedNumbersOfSession54(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"ok the card number . 54 12 37 04 15 03 52 92 and its got my name", TypeCreditCard, "54 12 37 04 15 03 52 92"},
		{"tarjeta 491 757 277 322 841 8 a nombre de mi marido", TypeCreditCard, "491 757 277 322 841 8"},
		{"Kartennummer: 5 2 3 4 7 3 9 6 0 1 8 9 5 4 0 2 . Bitte sofort sperren.", TypeCreditCard, "5 2 3 4 7 3 9 6 0 1 8 9 5 4 0 2"},
		{"the shop wants the IMEI number, my son wrote it down: 35 55 87 17 14 36 56 8. Thanks", TypeIMEI, "35 55 87 17 14 36 56 8"},
		{"el IMEI que viene en la caja es 868465-23-702312-8.", TypeIMEI, "868465-23-702312-8"},
	})
	// Without their word the small groups are anything: a reference, a
	// count of items.
	wantNoneTyped(t, d, []typedText{
		{"order 54 12 37 04 15 03 52 92 arrived", TypeCreditCard},
		{"ref 35 55 87 17 14 36 56 8", TypeIMEI},
	})
}

// TestFirmMailboxesOfSession54 checks that a data protection office's
// mailbox is the firm's wherever it stands, that a service's mailbox
// written to in the past is the firm's as one written to now, and that
// a writer's own mailbox stays theirs.
func TestFirmMailboxesOfSession54(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Questions: privacy@lumora-shop.com", TypeEmailAddress},
		{"J'ai écrit à dpo@lumora-shop.com et envoyé un recommandé", TypeEmailAddress},
		{"Para cualquier duda: protecciondatos@lumora-shop.com", TypeEmailAddress},
		{"Customer: I already wrote to help@globex.io twice, no answer", TypeEmailAddress},
	})
	wantTyped(t, d, []typedValue{
		{"my email is privacy@annamueller.de", TypeEmailAddress, "privacy@annamueller.de"},
		{"i wrote to care@globex.io from bethhollow@btinternet.com twice", TypeEmailAddress, "bethhollow@btinternet.com"},
	})
}

// TestLawReferencesOfSession54 checks that "Art.", "Abs." and "Az."
// before a number are a reference's words, not the given name Art.
func TestLawReferencesOfSession54(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Hi, I want to exercise my right of access under Art. 15 GDPR.",
		"Auskunftsersuchen Art. 15 DSGVO – bitte bis Freitag",
		"Bußgeldbescheid Az. 702.108344.9 – ich war nicht der Fahrer.",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
	wantValue(t, d, "Art Garfunkel called about the refund", TypePerson, "Art Garfunkel")
	// A case's number with its year is no plate.
	wantNoneTyped(t, d, []typedText{{"Post von Ihnen bekommen (Az. 12 C 345/24). Die Forderung", "TR_LICENSE_PLATE"}})
}

// session54Seeds are FuzzDetect's seeds for the readers of session 54:
// each reader's cue, cut where its reading stops.
var session54Seeds = []string{
	"617-492-8830 ext. ", "617-492-8830 ext. 2", "+1-903-140-4508x", "McDonald's", "Ben & Jerry's ", "Mrs McDonald's ",
	"Mein Vorname ist ", "prénom est ", "Maître ", "Sra. Rodríguez de la ", "Sra. Rodríguez de la F", "Anne-", "Anne-Sophie-",
	"MARTIN, Anne-Sophie ", "Steuer-ID ", "Steuer-", "Kontaktdaten: ", "Nº ", "Kia ora", "Kia ", "kdnr:", "Kd.-Nr.: 1",
	"IRD ", "IRD 97-343-", "Steuer-ID 487 962 053 8", "Beef Wellington ", "Pêche ", "card 54 12 37 04 15 03 52 9",
	"card 5 2 3 4 7 3 9 6 0 1 8 9 5 4 0 ", "IMEI 35 55 87 17 14 36 56 ", "868465-23-702312-", "DNI 05318472 ", "05318472 K",
	"privacy@", "dpo@x.", "wrote to help@", "Art. ", "Art. 1", "Az. 12 C 345/", "Az. 12 C 345/2",
	"mar\u00ad", "a\u00adb@c.de", "x\u200b@y.z", "24\u200b99", "Mainz\u200b", "\u200b", "\u00ad", "555\u22120147", "\u2212",
	"VINs 1C4RJFBG0MC630719", "session id 1HGCM82633A004352",
	"DE VRIES/PIETER ", "VAN DER BERG/ANNA M", "WASHINGTON/DEREK J ", "NAME KOWALSKI/PIOTR ", "KTN is ", "redress number 2",
	"password is \u2018", "password is \u2018x\u2019", "username is \u2018ab", "Passwort ist \u201a", "contrasenya ", "meinen Mann, ",
}

// TestInvisibleInsideValuesOfSession54 checks values with a soft hyphen
// or a zero-width space inside them, as PDFs and notes apps leave them,
// and numbers grouped by a minus sign or a hyphen of Unicode; an
// invisible character after a value stays out of its finding.
func TestInvisibleInsideValuesOfSession54(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"mon adresse mail c'est anne-sophie.mar\u00adtin@laposte.net (copiée du PDF)", TypeEmailAddress, "anne-sophie.mar\u00adtin@laposte.net"},
		{"my email is j.whitfield\u200b@yahoo.co.uk, copied from the invoice", TypeEmailAddress, "j.whitfield\u200b@yahoo.co.uk"},
		{"card: 5522 9436 24\u200b99 8596 — the form keeps saying invalid", TypeCreditCard, "5522 9436 24\u200b99 8596"},
		{"Die IBAN aus dem PDF: DE17 1002 0030 74\u00ad73 9183 74 – danke", TypeIBAN, "DE17 1002 0030 74\u00ad73 9183 74"},
		{"You can reach me at (312) 555\u22120147 between 9 and 11", TypePhoneNumber, "(312) 555\u22120147"},
		{"I typed 3432\u2212175516\u221253062 like the form said", TypeCreditCard, "3432\u2212175516\u221253062"},
		{"Meine Mail: anna.berg@web.de\u200b.", TypeEmailAddress, "anna.berg@web.de"},
	})
}

// TestTravellersOfSession54 checks a booking's names with a surname's
// particles or a given name's initial, and in a form written all in
// capitals, and the numbers of airlines' programmes and trusted
// travellers after their words.
func TestTravellersOfSession54(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Boekingscode: L9TR2M. Naam: DE VRIES/PIETER MR. Mijn nummer is 06-42719083.", TypePerson, "DE VRIES/PIETER"},
		{"Also redress number 2938471. Name: WASHINGTON/DEREK J MR", TypePerson, "WASHINGTON/DEREK J"},
		{"NAME KOWALSKI/PIOTR MR\nDOB 05MAR78", TypePerson, "KOWALSKI/PIOTR"},
		{"Passenger: VAN DER BERG/ANNA MS", TypePerson, "VAN DER BERG/ANNA"},
		{"KTN is TT4827193, please add it so I get precheck.", TypeCustomerNumber, "TT4827193"},
		{"Also redress number 2938471, thanks", TypeCustomerNumber, "2938471"},
		{"my Executive Club no. is 45612378 and the Avios are missing", TypeCustomerNumber, "45612378"},
	})
	// A slash between capitals with no title after is no name.
	wantNoneTyped(t, d, []typedText{{"PLEASE CHECK TCP/IP SETTINGS NOW", TypePerson}})
}

// TestCatalanAndGermanOfSession54 checks Catalan words for a password,
// a user and a customer's number, and a German possessive before a noun
// that is a surname too in a list of names.
func TestCatalanAndGermanOfSession54(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"la contrasenya nova és Gaudi#Sagrada88 i l'usuari nferrer88, però no em deixa", TypePassword, "Gaudi#Sagrada88"},
		{"la contrasenya nova és Gaudi#Sagrada88 i l'usuari nferrer88, però no em deixa", TypeUsername, "nferrer88"},
		{"el número de client 0092-331-804. La factura", TypeCustomerNumber, "0092-331-804"},
	})
	assert.Equal(t, []string{"Karl-Heinz Bauer"}, valuesOf(t, d, "Bitte schicken Sie die Rechnung an meinen Mann, Karl-Heinz Bauer, Am Kanal 8, 10999 Berlin.", TypePerson))
}

// TestSingleCurlyQuotesOfSession54 checks a password and a user name in
// the single curly quotes a phone's keyboard types for straight ones,
// and in German low and high single quotes.
func TestSingleCurlyQuotesOfSession54(t *testing.T) {
	d := defaultDetector(t)
	text := "my username is \u2018lena_k92\u2019 and the password is \u2018Sommer!2024#\u2019 – can you check"
	wantTyped(t, d, []typedValue{
		{text, TypeUsername, "lena_k92"},
		{text, TypePassword, "Sommer!2024#"},
		{"das Passwort ist \u201aSommer!2024#\u2018 – bitte", TypePassword, "Sommer!2024#"},
	})
}
