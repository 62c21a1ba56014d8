package redact

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 58 found in the gaps of its blind sets.

// TestLowerNamesOfSession58 checks names typed in lower case inside a
// capitalised text after a possessive and a kin's or a role's noun,
// after a title in lower case and after the noun "name", and that a
// verb or a preposition after the given name stays out of it.
func TestLowerNamesOfSession58(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Hallo, meine Kollegin petra wenzel hat gestern angerufen wegen der Rechnung", TypePerson, "petra wenzel"},
		{"Hi, landlord (mr graham pettifer) is trying to keep £640", TypePerson, "graham pettifer"},
		{"Hi, the parcel is for Mrs. nkechi obi", TypePerson, "nkechi obi"},
		{"My colleague dorota said the key was leaked", TypePerson, "dorota"},
		{"Olá, o meu colega rui pediu para vos enviar o contacto dele", TypePerson, "rui"},
		{"Per il reso contattate me, o mia moglie sara al +39 340 552 1876", TypePerson, "sara"},
		{"Mon voisin du dessus mr laurent kieffer n'a pas d'assurance?", TypePerson, "laurent kieffer"},
	})
	wantNoneTyped(t, d, []typedText{
		{"My wife will call you tomorrow", TypePerson},
		{"Our manager said the refund is approved", TypePerson},
		{"My colleague and I both ordered one", TypePerson},
		{"Name on the card is wrong, can you fix it?", TypePerson},
	})
}

// TestLowerNamesAfterHitsOfSession58 checks that the words the scan
// finds lead the names recognizer to the names after them wherever the
// words stand, and that Recognize, which has no scan, finds the same.
func TestLowerNamesAfterHitsOfSession58(t *testing.T) {
	d := defaultDetector(t)
	text := "Good morning, the account is under my partner priya nair. Also my husband callum and I both got charged."
	fs, err := d.Detect(context.Background(), text)
	require.NoError(t, err)
	var viaScan []string
	for _, f := range fs {
		if f.Type == TypePerson {
			viaScan = append(viaScan, text[f.Start:f.End])
		}
	}
	require.Equal(t, []string{"priya nair", "callum"}, viaScan)
	var got []string
	newSoftEntityRecognizer().Recognize(text, func(f Finding) {
		if f.Type == TypePerson {
			got = append(got, text[f.Start:f.End])
		}
	})
	require.Equal(t, []string{"priya nair", "callum"}, got)
}

// TestAddressesAndFirmsOfSession58 checks a UK address with a village, a
// post town and a county before the postcode, Québec's addresses as
// Canada Post writes them (a town the lists lack before the province in
// brackets, "3575, av." with a comma and an abbreviation), firms' lines and
// mailboxes named by "payments line", "support number", "store number"
// and the French "SAV", and that a customer's own number beside them
// stays.
func TestAddressesAndFirmsOfSession58(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"The address is 1 Chapel Lane, Little Wittenham, Abingdon, Oxon OX14 4RA, thanks", TypeStreetAddress, "1 Chapel Lane, Little Wittenham, Abingdon, Oxon OX14 4RA"},
		{"The address is 12 High Street, Sutton, Ely, Cambs CB6 2RB, thanks", TypeStreetAddress, "12 High Street, Sutton, Ely, Cambs CB6 2RB"},
		{"If there's a problem call me at (208) 614-3397, not the store number (208) 322-0100.", TypePhoneNumber, "(208) 614-3397"},
		{"Ask j.smith@northfield.gov.uk, she has the file", TypeEmailAddress, "j.smith@northfield.gov.uk"},
		{"Envoyez-le au 212, rue Racine Est, Chicoutimi (Québec) G7H 1S1 svp", TypeStreetAddress, "212, rue Racine Est, Chicoutimi (Québec) G7H 1S1"},
		{"mon adresse: 3575, av. du Parc, app. 5, Montréal (Québec) H2X 3P9", TypeStreetAddress, "3575, av. du Parc, app. 5, Montréal (Québec) H2X 3P9"},
		{"4820 rue Saint-Denis, app. 3, Montréal (QC) H2J 2L6", TypeStreetAddress, "4820 rue Saint-Denis, app. 3, Montréal (QC) H2J 2L6"},
		{"Min adresse er Nørrebrogade 118, 3. tv, 2200 København N", TypeStreetAddress, "Nørrebrogade 118, 3. tv, 2200 København N"},
		{"Agent: Ritika ji, aapka complaint register ho gaya hai", TypePerson, "Ritika"},
		{"woon op Kromme Nieuwegracht 61, 3512 HM Utrecht", TypeStreetAddress, "Kromme Nieuwegracht 61, 3512 HM Utrecht"},
		{"Lieferung bitte an Seestr. 3, 83209 Prien a. Chiemsee, danke", TypeStreetAddress, "Seestr. 3, 83209 Prien a. Chiemsee"},
		{"Mit freundlichen Gruessen Joerg Moeller", TypePerson, "Joerg Moeller"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Agent: our payments line is 0330 058 4120, Mon–Fri 8am–8pm.", TypePhoneNumber},
		{"Agent: Hola Sr. Varga, our WhatsApp support number is +34 910 37 52 00; please add it", TypePhoneNumber},
		{"Agent: Our support mailbox is help@brightlane.co — we never ask for your password", TypeEmailAddress},
		{"Agent: Bien noté, sinon le SAV est joignable au 09 70 80 90 00 (appel non surtaxé).", TypePhoneNumber},
		{"You can email benefits@northfield.gov.uk or parking.permits@eastmere.gov.uk", TypeEmailAddress},
	})
}

// TestNamesOfSession58 checks words that are no names before a comma or
// a verb ("Signed,", "Deadline is"), the Italian and Portuguese "Cara"
// before a given name, which is no part of it, a birthplace's label,
// and jobs after "as" that are none: a clause of its own, a host's
// first label.
func TestNamesOfSession58(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Cara Inês, para confirmarmos a sua identidade solicitamos uma cópia do documento.", TypePerson, "Inês"},
		{"Anbei mein Lebenslauf Jan Petersen, Stand März", TypePerson, "Jan Petersen"},
		{"As I said, I work as a software developer", TypeTitle, "software developer"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Signed, the account holders", TypePerson},
		{"Please write to Customer Records, PO Box 7000. Deadline is 31 January.", TypePerson},
		{"Geburtsdatum 30.06.1968, Geburtsort Kassel.", TypePerson},
		{"Curriculum Vitae: experience and education below", TypePerson},
		{"Venue needs her birthdate for the wristbands", TypePerson},
		{"I sent a photo of my passport, hope thats ok as I don't have a printer", TypeTitle},
		{"Agent: the API docs are at developer.kivo.com", TypeTitle},
	})
}

// session58Seeds are FuzzDetect's seeds for the readers of session 58:
// a possessive, a kin's noun and a name at the text's edges, titles
// before nothing, and a county before a postcode cut short.
var session58Seeds = []string{
	"My colleague dorota",
	"my colleague",
	"meine Kollegin petra",
	"mi colega, ",
	"Mrs.",
	"for Mrs. nkechi obi",
	"mr graham pettifer)",
	"Cara Inês",
	"1 Chapel Lane, Little Wittenham, Abingdon, Oxon OX14",
	"Abingdon, Oxon",
	"our payments line is 0330",
}
