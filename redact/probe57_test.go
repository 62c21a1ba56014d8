package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 57 found in the gaps of its blind sets.

// TestNumbersOfSession57 checks an address whose postcode a mailbox
// follows that starts with a country's name, a phone's last group after
// nine digits of an SSN's shape, a kin noun after "numero della", and
// "telefonisch".
func TestNumbersOfSession57(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantTyped(t, d, []typedValue{
		{"Jordan Ellis, 1430 Pine St, Boulder, CO 80302, jordan.ellis@gmail.com", TypeStreetAddress, "1430 Pine St, Boulder, CO 80302"},
		{"1430 Pine St, Boulder CO 80302, peru@example.org", TypeStreetAddress, "1430 Pine St, Boulder CO 80302"},
		{"22 Rue X, 75001 Paris, france. merci", TypeStreetAddress, "22 Rue X, 75001 Paris, france"},
		{"ruf mich an unter 030 22 4590 00", TypePhoneNumber, "030 22 4590 00"},
		{"my ssn is 412 78 3361. thanks", TypeUSSSN, "412 78 3361"},
		{"Numero della figlia Anna: 338 9126475", TypePhoneNumber, "338 9126475"},
		{"numero di mia figlia è 338 9126475", TypePhoneNumber, "338 9126475"},
		{"el número de mi hija es 612 345 678", TypePhoneNumber, "612 345 678"},
		{"telefonisch am besten 089 / 74 12 86 03", TypePhoneNumber, "089 / 74 12 86 03"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Bei Fragen erreichen Sie uns unter 030 22 4590 00", TypeUSSSN},
		{"número de pedido 612 345 678", TypePhoneNumber},
	})
}

// TestPronounsAndFirmsOfSession57 checks the French "Elle" and the Dutch
// "Ze" before a verb, which name no one, and insurers, agencies and
// banks that are firms.
func TestPronounsAndFirmsOfSession57(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantNoneTyped(t, d, []typedText{
		{"Elle habite actuellement 14 rue Victor Hugo, 69002 Lyon", TypePerson},
		{"Merci. Elle habite à Lyon", TypePerson},
		{"Ze woont Kerkstraat 12, 3581 RA Utrecht en is wat slechthorend.", TypePerson},
		{"Dad is with Bupa, membership no. 71049283, for the respite stay.", TypePerson},
		{"Centrelink wants dads TFN for the means assessment", TypePerson},
		{"For the refund my bank is Nationwide, sort code 07-04-36", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"Elle said she would call back", TypePerson, "Elle"},
		{"Hi, this is Elle Marsh", TypePerson, "Elle Marsh"},
		{"Elle habite actuellement 14 rue Victor Hugo, 69002 Lyon", TypeStreetAddress, "14 rue Victor Hugo, 69002 Lyon"},
	})
}

// TestFirmContactsOfSession57 checks a firm's contacts that its agent
// offers ("Bei Fragen:", "Vragen? Bel", "Per info:"), a practice's line,
// the firm's office and its desks' mailboxes, and that a customer's own
// number after the same words stays reported.
func TestFirmContactsOfSession57(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantNoneTyped(t, d, []typedText{
		{"Agent: Sehr geehrter Herr Wagner, der Erstbesuch ist am Dienstag. Bei Fragen: 030 2847 1100.", TypePhoneNumber},
		{"Agent: Beste mevrouw Bakker, de indicatie is goedgekeurd. Vragen? Bel 088 112 3400", TypePhoneNumber},
		{"Agent: Gentile sig. Bianchi, la visita è fissata. Per info: 02 8473 2200 oppure segreteria@assistenzacasa.it", TypePhoneNumber},
		{"Hausarzt ist Dr. Lindner, Praxis 089 7591 2200.", TypePhoneNumber},
		{"Bonjour Monsieur Garnier, notre service commerçants est joignable au 09 70 80 12 34.", TypePhoneNumber},
		{"Hallo Pieter, ons servicenummer is 020 794 3300.", TypePhoneNumber},
		{"Agent: No worries Shane! Our office is at 210 Burwood Rd, Hawthorn VIC 3122, phone (03) 9818 4400.", TypeStreetAddress},
		{"Agent: No worries Shane! Our office is at 210 Burwood Rd, Hawthorn VIC 3122, phone (03) 9818 4400.", TypePhoneNumber},
		{"Agent : Merci Madame. Contact : accueil@residence-les-tilleuls.fr", TypeEmailAddress},
		{"Agent: you can send the signed form to payouts@rydo.app", TypeEmailAddress},
	})
	wantTyped(t, d, []typedValue{
		{"Bei Fragen: 0171 4839265", TypePhoneNumber, "0171 4839265"},
		{"Customer: Vragen? Bel 06 12345678", TypePhoneNumber, "06 12345678"},
		{"Agent: I've updated the primary contact to 416-872-3309.", TypePhoneNumber, "416-872-3309"},
		{"Agent: Hi, I've updated the allergy info. Is the best number still 07423 613847?", TypePhoneNumber, "07423 613847"},
		{"I work from home, our office is closed. Ship to 12 Main St, Springfield, IL 62704", TypeStreetAddress, "12 Main St, Springfield, IL 62704"},
		{"my email is partners@gmail.com", TypeEmailAddress, "partners@gmail.com"},
	})
}
