package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of what session 51 found in the gaps of its blind sets.

// TestCodesOfSession51 checks that a one-time code a text message
// brings is found ("I got a text with code 482193") while an offer's
// code in an e-mail is not, and that a card payment's authorisation
// code, in the chat languages, is no secret.
func TestCodesOfSession51(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"I got a text with code 482193 for a payment i didn't make!!!", TypePassword, "482193"},
		{"then an SMS with code 771 904 arrived", TypePassword, "771 904"},
	})
	for _, text := range []string{
		"the newsletter email with code 482913 gives 10% off",
		"a text with code SAVE20 for 20% off",
		"me han cobrado dos veces, el código de autorización es 083174",
		"le code d'autorisation est 083174 sur le ticket",
		"il codice di autorizzazione è 083174",
		"o código de autorização é 083174",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePassword), text)
	}
}

// TestDottedLoginsOfSession51 checks that a login of two names in lower
// case parted by one dot after a user's word is found, and that a
// file's or a domain's name there is not.
func TestDottedLoginsOfSession51(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"can u reset the pw for user m.schultz pls", TypeUsername, "m.schultz"},
		{"the account is locked? login dwayne.p", TypeUsername, "dwayne.p"},
		{"assigned login r.okonkwo\ncompany iPhone 13", TypeUsername, "r.okonkwo"},
	})
	for _, text := range []string{
		"user config.yaml is missing",
		"the user acme.io signed up",
		"user e.g. the admin",
		"user Tom.Harlow is locked",
		"user a.b.c is odd",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypeUsername), text)
	}
}

// TestNameLabelsOfSession51 checks that the Italian and Portuguese
// label "Nome" parts a form's name from the next, as "Cognome" did.
func TestNameLabelsOfSession51(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Cognome Ferraro Nome Giulia nata il 07/03/1996", []string{"Ferraro", "Giulia"}},
		{"ciao, Nome Giulia Cognome Ferraro", []string{"Giulia", "Ferraro"}},
		{"Nome: Giulia Rossi", []string{"Giulia Rossi"}},
	} {
		assert.Equal(t, c.want, valuesOf(t, d, c.text, TypePerson), c.text)
	}
	assert.Empty(t, valuesOf(t, d, "Nome: não informado", TypePerson))
}

// TestPlatesAndPatronymsOfSession51 checks plates after the vehicle
// they are of or a verb of being in Portuguese, Italian and Dutch, and
// Singapore's patronymic "binte" inside a name.
func TestPlatesAndPatronymsOfSession51(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"placa do carro BRA2E19, renavam 52601815907. a multa chegou ontem", TypeVehicleRegistration, "BRA2E19"},
		{"minha placa é ABC1D23", TypeVehicleRegistration, "ABC1D23"},
		{"la targa della moto AB 123 CD", TypeVehicleRegistration, "AB 123 CD"},
		{"Nummerplaat van de wagen: 1-GHK-482", TypeVehicleRegistration, "1-GHK-482"},
		{"Ma voiture (immat. GT-418-KL) a été percutée sur le parking", TypeVehicleRegistration, "GT-418-KL"},
		{"Matrícula do meu carro AT-27-LZ, a do outro não sei", TypeVehicleRegistration, "AT-27-LZ"},
		{"Schadennummer ist 24-KF-5520913, Kennz. B-TK 2190", TypeVehicleRegistration, "B-TK 2190"},
		{"Hello I'm Nurul Huda binte Ismail, DOB 09-02-1996", TypePerson, "Nurul Huda binte Ismail"},
	})
	for _, text := range []string{
		"the plate of the car is fine",
		"placa do carro ainda não chegou",
		"a placa é muito cara",
		"my plate. Then I went home",
		"the plate of my car is fine",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypeVehicleRegistration), text)
	}
}

// TestFreephoneOfSession51 checks that a freephone number or a firm's
// shared-cost line is the firm's by its shape, whoever gives it, and
// that the writer's own words ("text me on", "is my number") keep it
// theirs.
func TestFreephoneOfSession51(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"I HAVE RANG 0800 055 6677 FIVE TIMES!!! SOMEBODY CALL ME",
		"I called 1-800-387-4415 three times and got cut off every time",
		"I called (888) 403-7126 three times, hold music for 45 min",
		"Our phone line 1 (877) 318-4402 is open 8am-8pm ET",
		"I rang 1890 252 919 and was on hold 40 mins",
		"Any questions give us a ring on 1800 242 767.",
		"En la factura sale vuestro teléfono 900 123 456",
		"the hotline +44 800 123 4567 never answers",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
	}
	wantTyped(t, d, []typedValue{
		{"[7:06 PM] Agent: Aisha here, you can text me on +1 855 752 9559 or email me.", TypePhoneNumber, "+1 855 752 9559"},
		{"0800 123 4567 is my number at work", TypePhoneNumber, "0800 123 4567"},
		{"mi número es 900 123 456", TypePhoneNumber, "900 123 456"},
		// Ten digits glued are India's mobiles as often.
		{"call 8001234567 after 6", TypePhoneNumber, "8001234567"},
		{"I called +1 415 290 6614 twice", TypePhoneNumber, "+1 415 290 6614"},
	})
	// A user's own rule for phones keeps what it finds: the shape test
	// is the built-in phone reader's.
	ud, err := NewDetector(WithRules(Rule{Name: "desk_line", Type: TypePhoneNumber, Pattern: `\b0800 \d{3} \d{4}\b`, Score: 0.9}))
	require.NoError(t, err)
	assert.Equal(t, []string{"0800 055 6677"}, valuesOf(t, ud, "I HAVE RANG 0800 055 6677 FIVE TIMES", TypePhoneNumber))
}

// TestWordsOfSession51 checks Italian prepositions elided with their
// article between a user's or a password's word and its verb, a Swedish
// plate's word and verb, greetings of Luxembourg and Finland, and a
// colleague's word before a name.
func TestWordsOfSession51(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"ciao, il mio username sull'app è fra_bellini88 e la password è sbagliata", TypeUsername, "fra_bellini88"},
		{"la password dell'account era Sole!2024mare", TypePassword, "Sole!2024mare"},
		{"regnumret på bilen är ABC 12D, försäkringsnummer 14-882731", TypeVehicleRegistration, "ABC 12D"},
	})
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Moien, ech sinn den Tom Weber.", []string{"Tom Weber"}},
		{"Terve, olen Matti", []string{"Matti"}},
		{"min Kolleg Marco Frei hät s Auto bi eu versicheret", []string{"Marco Frei"}},
		{"Sali Berisha called twice", []string{"Sali Berisha"}},
	} {
		assert.Equal(t, c.want, valuesOf(t, d, c.text, TypePerson), c.text)
	}
	assert.Empty(t, valuesOf(t, d, "username all'inizio della pagina", TypeUsername))
	// "pass" after a login written out with "is" and "and".
	wantTyped(t, d, []typedValue{
		{"my login is marta.g84 and pass Sol!2024mar, can you check the refund", TypePassword, "Sol!2024mar"},
		{"usuario pepe_88 y pass Madrid#2020", TypePassword, "Madrid#2020"},
	})
	for _, text := range []string{"the bus and pass holders", "my login is fine and pass the salt"} {
		assert.Empty(t, valuesOf(t, d, text, TypePassword), text)
	}
}

// TestEmployeeAndMemberNumbersOfSession51 checks an employee's number at
// the employer after its word in the chat languages, a member's number
// of one capital and a dash, Portugal's "número de utente" and French
// "adhérent n°", customers' numbers in JSON and notes, and a client's
// number after "Client n°"; with the words alone.
func TestEmployeeAndMemberNumbersOfSession51(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"hey it's Jordan, employee ID E0048213. my paycheck on 3/14 was short", TypeCustomerNumber, "E0048213"},
		{"payroll giving form done, staff no E-00781. £20 a month", TypeCustomerNumber, "E-00781"},
		{"Reference request: worked here from 2019 to 2023, payroll no PR-20417.", TypeCustomerNumber, "PR-20417"},
		{"Moin, Bruttoarbeitslohn 71.934,12 €, Personalnummer 004417.", TypeCustomerNumber, "004417"},
		{"mon adresse a changé. Client n° 0093 4471 02", TypeCustomerNumber, "0093 4471 02"},
		{"Mitgliedsnummer: M-2048817\nName: Sabine Kreutzer", TypeMemberID, "M-2048817"},
		{"O meu número de utente é 283910470. Ana Sofia Pereira", TypeMemberID, "283910470"},
		{"Nº utente dele: 174029381. Podem ligar", TypeMemberID, "174029381"},
		{"au nom de Jean-Marc Lefèvre, adhérent n° 4471 2930 18. Facture F-2024-03391.", TypeMemberID, "4471 2930 18"},
		{`{"event":"customer.updated","data":{"customer_id":"CUS-0048213","name":"Lena Hoffmann"}}`, TypeCustomerNumber, "CUS-0048213"},
		{`{"customer_id": "100238"}`, TypeCustomerNumber, "100238"},
		{"Summary: customer is Greta Lindqvist (cust id CUS-0070915), double charged", TypeCustomerNumber, "CUS-0070915"},
	})
	for _, text := range []string{
		"the employee number field is empty",
		"our staff no longer answer the phone",
		"payroll no later than 2024",
		`{"customer": "hello"}`,
		"o utente não compareceu à consulta",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypeCustomerNumber), text)
		assert.Empty(t, valuesOf(t, d, text, TypeMemberID), text)
	}
}

// TestVersionOfDeviceOfSession51 checks that a dotted quad after "is"
// is a version when the clause's subject is a version's word of a device
// ("Firmware on the router is 4.2.10.3"), and an address when the
// device's address is the subject.
func TestVersionOfDeviceOfSession51(t *testing.T) {
	d := defaultDetector(t)
	text := "> Can you whitelist 84.17.203.66? Our office moved. Firmware on the router is 4.2.10.3 if that matters"
	assert.Equal(t, []string{"84.17.203.66"}, valuesOf(t, d, text, TypeIPAddress), text)
	assert.Empty(t, valuesOf(t, d, "the firmware version of my gateway is 10.2.0.1", TypeIPAddress))
	wantTyped(t, d, []typedValue{
		{"the IP of the router is 192.168.1.1", TypeIPAddress, "192.168.1.1"},
		{"Server IP after version rollout is 10.44.0.7", TypeIPAddress, "10.44.0.7"},
		{"the server is 10.44.0.7", TypeIPAddress, "10.44.0.7"},
	})
}

// session51Seeds are FuzzDetect's seeds for the readers of session 51:
// each reader's cue, cut where its reading stops.
var session51Seeds = []string{
	"a text with code 482193", "a text with code ", "sms with code 1", "message with code 48291",
	"código de autorización es 083174", "autorização 0", "user m.schultz", "user m.", "login .p", "user a.b",
	"placa do carro ", "placa é A", "call 0800 1", "+1 800 555 01", "1-800-", "00353 1800 242 767", "text me on +1 855 7", "username sull'", "username nell’app è ", "regnumret på bilen är ", "Moien, ", "login is a.b and pass ", "x y pass", "staff no E-", "Mitgliedsnummer: M-", "member no M-2", "Client n° 0", "Nummerplaat van de wagen: ", "Huda binte ", "binte",
}
