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
	d := defaultDetector(t)
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
	d := defaultDetector(t)
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
	d := defaultDetector(t)
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

// TestWrappedKeysOfSession57 checks prefixed tokens and an AWS secret
// key that a terminal wrapped onto the next line, and that two keys on
// two lines, or a key and a word, stay apart.
func TestWrappedKeysOfSession57(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"sorry my terminal wrapped it:\nghp_KZ29e9kq74RSep7dA2\nQ3nsddgL3RI84SQotN\nis that token still valid?", TypeGitHubToken, "ghp_KZ29e9kq74RSep7dA2\nQ3nsddgL3RI84SQotN"},
		{"ghp_KZ29e9kq74RSep7dA2\r\nQ3nsddgL3RI84SQotN", TypeGitHubToken, "ghp_KZ29e9kq74RSep7dA2\r\nQ3nsddgL3RI84SQotN"},
		{"STRIPE_KEY=sk_live_51LXSIL8SG8FPJk2qH9Zq7MhvMGOf0Se8fA6w6IBU1rCmuUdyH\nR5mSxkLjXHq2IGBuxrs9Rf03cYMcPNd4eh9MQ2yZRYRqUE4fa\nNODE_ENV=production", TypeStripeKey, "sk_live_51LXSIL8SG8FPJk2qH9Zq7MhvMGOf0Se8fA6w6IBU1rCmuUdyH\nR5mSxkLjXHq2IGBuxrs9Rf03cYMcPNd4eh9MQ2yZRYRqUE4fa"},
		{"my key id AKIAHMDNUSPPA5\n2QE4BP thanks", TypeAWSAccessKey, "AKIAHMDNUSPPA5\n2QE4BP"},
		{"it's\nnpXG7Rp4GgBuAGNnMLRJ+FFwjX\nL74yQww+/4x2tG\nwith access key AKIAHMDNUSPPA52QE4BP", TypeAWSSecretKey, "npXG7Rp4GgBuAGNnMLRJ+FFwjX\nL74yQww+/4x2tG"},
		{"aws_secret_access_key = npXG7Rp4GgBuAGNnMLRJ+FFwjX\nL74yQww+/4x2tG", TypeAWSSecretKey, "npXG7Rp4GgBuAGNnMLRJ+FFwjX\nL74yQww+/4x2tG"},
		{"token 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\nThanks", TypeGitHubToken, "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"},
	})
	got := detect(t, d, "keys:\nsk_live_51LXSIL8SG8FPJk2qH9Zq7Mhv\npk_live_51LXSIL8SG8FPJk2qH9Zq7Mhv")
	require.Len(t, got, 2, "two keys on two lines stay two")
	require.Empty(t, detect(t, d, "npXG7Rp4GgBuAGNnMLRJ+FFwjX\nL74yQww+/4x2tG"), "no AWS word or key beside the halves")
	require.Empty(t, detect(t, d, "ghp_KZ29e9kq74RSep7dA2Q3nsd\nQ3nsddgL3RI84SQotN"), "too long for a GitHub token together")
}

// TestBirthsAndCodesOfSession57 checks a second person's date of birth
// in the clause of the first, a corrected date after "nicht der", a
// release named by its day, and the codes of a home's locks.
func TestBirthsAndCodesOfSession57(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"my son Theo Marsh was born 2016-07-22 (he's 8) and my daughter Ivy on 02/11/2019. can they both go":     {"2016-07-22", "02/11/2019"},
		"ma fille Chloé Marchand est née le 5 juin 2010 et mon fils Hugo le 21/01/2013, il faut les ajouter":     {"5 juin 2010", "21/01/2013"},
		"A minha filha Beatriz nasceu em 2015-08-19 e o meu marido Rui Almeida em 23.06.1981. Como os adiciono?": {"2015-08-19", "23.06.1981"},
		"Korrektur: mein Geburtsdatum ist der 14.03.1988, nicht der 14.08.1988 wie im Konto hinterlegt.":         {"14.03.1988", "14.08.1988"},
		"I was born 1990-02-11 and my order arrived on 02/11/2019":                                               {"1990-02-11"},
	} {
		require.Equal(t, want, valuesOf(t, d, text, TypeDateOfBirth), text)
	}
	wantTyped(t, d, []typedValue{
		{"die Schlüsselbox am Gartentor hat den Code 7193. Danke", TypePassword, "7193"},
		{"lockbox on the side gate, combo 3-8-1-6. thanks", TypePassword, "3-8-1-6"},
		{"KEYSAFE 3390 (left of the front door)", TypePassword, "3390"},
	})
	wantNoneTyped(t, d, []typedText{
		{"app version 2024.02.28 shows my birthday wrong", TypeDateOfBirth},
		{"o app (versão 2024.02.28) mostra nascimento errado", TypeDateOfBirth},
		{"I ordered the combo 4 meal", TypePassword},
		{"call me on 0-7-7-0-0", TypePassword},
	})
}

// session57Seeds are FuzzDetect's seeds for the readers of session 57:
// wrapped tokens and their edges, coordinated births, keypad codes.
var session57Seeds = []string{
	"ghp_KZ29e9kq74RSep7dA2\nQ3nsddgL3RI84SQotN",
	"ghp_KZ29e9kq74RSep7dA2\r\n",
	"sk_live_51LXSIL8SG8FPJk2qH9Zq7Mhv\n",
	"AKIAHMDNUSPPA5\r",
	"npXG7Rp4GgBuAGNnMLRJ+FFwjX\nL74yQww+/4x2tG\nAKIAHMDNUSPPA52QE4BP",
	"born 2016-07-22 (he's 8) and my daughter Ivy on 02/11/2019",
	"born 2016-07-22 (",
	"combo 3-8-1-6-",
	"version 2024.02.28",
	"Numero della figlia: 338 9126475",
	"CO 80302, jordan.",
	"Agent: Vragen? Bel 088 112 3400",
	"Elle habite",
}

// TestNamesAndAddressesOfSession57 checks a brand a title opens, a
// signature after a hyphen under a line with no mark, words that name
// no one, Polish titles, and Canadian addresses: a unit before a spaced
// dash, a post office's station after a box, a glued postcode after its
// province.
func TestNamesAndAddressesOfSession57(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Please cancel my Dr Martens order (#4410927)", TypePerson},
		{"Fob is with the concierge", TypePerson},
		{"Our HOA requires the vendor's COI before entry.", TypePerson},
		{"Achtung Alarmanlage! Code zum Deaktivieren", TypePerson},
		{"Terapia: Coumadin 5mg mezza compressa", TypePerson},
		{"Hallo, Auszahlung 214,80 € kam doppelt?!", TypePerson},
		{"Hallo, ich war gestern beim Schneider", TypePerson},
		{"my shopping list\n- Bread", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"Please cancel my Dr Martens order (#4410927)", TypeOrganization, "Dr Martens"},
		{"Dr Martin Jones called", TypePerson, "Martin Jones"},
		{"the code doesnt apply, pls check\n- Tom", TypePerson, "Tom"},
		{"Agent: Dzień dobry Panie Wojciechowski, the new SIM ships", TypePerson, "Wojciechowski"},
		{"hi im Keller from accounts", TypePerson, "Keller"},
		{"ship to 12 Main St, Grand Rapids, MI 49503", TypeStreetAddress, "12 Main St, Grand Rapids, MI 49503"},
		{"Unit 6 - 1120 Kingsway Ave, Saskatoon, SK S7N 1K7", TypeStreetAddress, "Unit 6 - 1120 Kingsway Ave, Saskatoon, SK S7N 1K7"},
		{"PO Box 1182 Stn Main, Yellowknife NT X1A 2N8. We don't get street delivery", TypeStreetAddress, "PO Box 1182 Stn Main, Yellowknife NT X1A 2N8"},
		{"new addy is 1650 W 2nd Ave, Vancouver BC V6J1H4 thanks", TypeStreetAddress, "1650 W 2nd Ave, Vancouver BC V6J1H4"},
		{"new addy is 1650 W 2nd Ave unit 7 vancouver bc v6j1h4 , phone", TypeStreetAddress, "1650 W 2nd Ave unit 7 vancouver bc v6j1h4"},
	})
	require.Equal(t, []string{"1120 Kingsway Ave, Saskatoon, SK S7N 1K7"}, valuesOf(t, d, "order 6 - 1120 Kingsway Ave, Saskatoon, SK S7N 1K7", TypeStreetAddress))
}

// TestCuesAndLoginsOfSession57 checks "mon nom est" and "mi nombre es"
// before a name written surname first, "No worries" before a name
// addressed, and user names of letters alone after a label that names
// them, with the words that say how a name is left alone.
func TestCuesAndLoginsOfSession57(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Bonjour, mon nom est Dubois, Pierre. J'habite à Lyon.", TypePerson, "Dubois, Pierre"},
		{"Hola, mi nombre es Ortiz, Marta.", TypePerson, "Ortiz, Marta"},
		{"No worries Bronwyn, the termite inspection is $249", TypePerson, "Bronwyn"},
		{"Welcome Priya! Your username is praman, initial password Halv-2024!kT7.", TypeUsername, "praman"},
		{"Benutzer: HUBERA", TypeUsername, "HUBERA"},
		{"Username is johnsmith and password is x", TypeUsername, "johnsmith"},
	})
	wantNoneTyped(t, d, []typedText{
		{"my username is wrong.", TypeUsername},
		{"username is locked", TypeUsername},
		{"user: unknown", TypeUsername},
		{"the username is fine.", TypeUsername},
		{"Oi, minha conta do Instagram foi hackeada! Email antigo", TypeUsername},
		{"Bot: Where to? User: Hanne and ul. Więckowskiego Stefana 28", TypeUsername},
	})
}

// TestAgesAndAccountsOfSession57 checks an age in French, which opens
// no street, "Konto-Nr", "usr", and the password after a system's login
// and its slash.
func TestAgesAndAccountsOfSession57(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Je suis l'aide à domicile de Mme Jeanne Lefebvre, 78 ans. Son numéro de sécu", TypeStreetAddress},
		{"username: admin / see ticket", TypePassword},
	})
	wantTyped(t, d, []typedValue{
		{"14 Years Lane, London", TypeStreetAddress, "14 Years Lane, London"},
		{"IP 185.220.101.47. Konto-Nr 1024387760.", TypeBankAccount, "1024387760"},
		{"usr is jmarquez_22, email j.marquez22@yahoo.com", TypeUsername, "jmarquez_22"},
		{"admin page login is admin / Hx9#vQ2!pL (changed it from the default)", TypePassword, "Hx9#vQ2!pL"},
	})
}

// TestInitialsAndQuotedCodesOfSession57 checks a middle initial after a
// given name written after the surname, and a code's words in quotes.
func TestInitialsAndQuotedCodesOfSession57(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Card 6011 7621 4046 4933 / name on card: PATEL, RAVI K", TypePerson, "PATEL, RAVI K"},
		{"Name: Smith, John P.", TypePerson, "Smith, John P."},
		{"me pidió un 'código de verificación': 904417", TypePassword, "904417"},
	})
	wantNoneTyped(t, d, []typedText{
		{`{"error":"token_expired","code":4011}`, TypePassword},
	})
	require.Equal(t, []string{"Smith", "John P. Jones"}, valuesOf(t, d, "Name: Smith, John P. Jones", TypePerson), "a name goes on after the initial")
}
