package redact

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPassportAfterWordOfSession30 checks passport numbers of countries
// no national rule knows, right after a passport word in one of the chat
// languages, as the identifiers set of session 30 (DA) wrote them; a
// number the word does not label, a date, a longer code and the
// English "pass" stay out.
func TestPassportAfterWordOfSession30(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, value string }{
		{"Kontoeröffnung:\nReisepass: C9RNP205M\nIBAN folgt", "C9RNP205M"},
		{"Datos del inquilino: NIE X9453074M, pasaporte TR7301797, avalista con DNI", "TR7301797"},
		{"Cadastro: Pedro, passaporte FC966874, empresa nova", "FC966874"},
		{"N° de sécurité sociale suit.\nPasseport : 28BY73497", "28BY73497"},
		{"passport number is 28BY73497 and it expires in May", "28BY73497"},
		{"Pass-Nr. C9RNP205M bitte prüfen", "C9RNP205M"},
	} {
		wantValue(t, d, c.text, TypePassport, c.value, c.text)
	}
	for _, text := range []string{
		"boarding pass 12345678 for the flight",
		"Pass C9RNP205M",
		"passport photo 1234567 pixels wide",
		"passport no. 2024-05-01",
		"passport X1234567-2 was the form's code",
		"passport ABCDEFGH1 is a word with one digit",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePassport), text)
	}
}

// TestPasswordForWhatThenColonOfSession30 checks a password after what
// it is for and a label's colon, the last word of which may be long
// ("password del gestionale: ...", "WLAN-Passwort für den
// Kartenterminal-Techniker: ..."), as the secrets set of session 30 (DB)
// wrote them; what follows the colon must still read as a password.
func TestPasswordForWhatThenColonOfSession30(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, value string }{
		{"Ciao, sono Alessandro, ti giro la password del gestionale: Limone1989#", "Limone1989#"},
		{"WLAN-Passwort für den Kartenterminal-Techniker: Kaffeetasse9? (Netz Gast)", "Kaffeetasse9?"},
		{"the password for the router: Kaffee12x", "Kaffee12x"},
	} {
		wantValue(t, d, c.text, TypePassword, c.value, c.text)
	}
	for _, text := range []string{
		"the password for the account: please reset it",
		"password for my email: forgot it",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePassword), text)
	}
}

// TestGermanIDCardSerialOfSession30 checks the serial of a German ID
// card as printed, without a check digit, and with the one the
// machine-readable zone adds, after an ID card's word, as the
// identifiers set of session 30 (DA) wrote them; without the word, with
// a wrong tenth digit, and the specimen card's number stay out.
func TestGermanIDCardSerialOfSession30(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, value string }{
		{"Ausweisnummer: NJ7CR8JL8, gültig bis 11.01.2028", "NJ7CR8JL8"},
		{"ausweisnummer VY81337WT und handy +49 170 29070792", "VY81337WT"},
		{"Name: Johanna Schäfer\nAusweis-Nr.: L4KH4ZC3V\nGeb.: 14.10.1952", "L4KH4ZC3V"},
		{"German ID card number T58L63309, I used it for the bank", "T58L63309"},
		{"Personalausweis (Seriennummer mit Prüfziffer): XF4X3MW545", "XF4X3MW545"},
	} {
		wantValue(t, d, c.text, "DE_ID_CARD", c.value, c.text)
	}
	for _, text := range []string{
		"Auf dem Muster steht L01X00T47 oben rechts, Ausweis bitte",
		"Personalausweis XF4X3MW546",
		"Kundennummer VJ4GVCH1R",
		"Ausweis: CFGHJKLMN",
	} {
		assert.Empty(t, valuesOf(t, d, text, "DE_ID_CARD"), text)
	}
}

// TestSpacedPasswordOptionOfSession30 checks a password after "-p " on a
// command line whose -p takes one (sshpass, a registry's or a cloud
// client's login), as the secrets set of session 30 (DB) wrote them;
// elsewhere "-p " is a port, a database or a flag.
func TestSpacedPasswordOptionOfSession30(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, value string }{
		{"sshpass -p 'z6UaGT@1mlMxWsG7oMz' ssh -o StrictHostKeyChecking=no root@172.20.38.160", "z6UaGT@1mlMxWsG7oMz"},
		{"docker login -u deploy -p '*5F4#P+ILFaPsQwC' registry.example.io\nWARNING! Using --password via the CLI is insecure.", "*5F4#P+ILFaPsQwC"},
		{"az login --service-principal -u a66c03f6-1e7a -p n1s9Q~wxGvcicSDLzUq2jY7OndKpgxKiL4CDAomf --tenant 35af2b28", "n1s9Q~wxGvcicSDLzUq2jY7OndKpgxKiL4CDAomf"},
	} {
		wantValue(t, d, c.text, TypePassword, c.value, c.text)
	}
	for _, text := range []string{
		"docker run -p 8080:80 nginx",
		"mysql -u root -p shopdb",
		"docker login -u deploy -p $REGISTRY_PASSWORD registry",
		"ls -p /tmp/foldername",
		"docker login registry.example.io; docker run -p 5432abcd:5432 db",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePassword), text)
	}
}

// TestDefinedPasswordOfSession30 checks a password given to a key in
// quotes by a call, PHP's define('DB_PASSWORD', '...'), as the secrets
// set of session 30 (DB) wrote it; a list of keys names no password.
func TestDefinedPasswordOfSession30(t *testing.T) {
	d := defaultDetector(t)
	text := "wp-config.php:\ndefine( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_PASSWORD', 'Cobalt83?' );\ndefine( 'DB_HOST', 'localhost' );"
	wantValue(t, d, text, TypePassword, "Cobalt83?", text)
	for _, text := range []string{
		`"password", "name", "email" are the fields`,
		`fields = ['username', 'password', 'email']`,
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePassword), text)
	}
}

// TestQuotedPasswordLaterOfSession30 checks a password in quotes further
// on in the line of a password word, as agents who warn about a pasted
// one wrote it in the secrets set of session 30 (DB); an address, words
// and a short value in quotes there are none.
func TestQuotedPasswordLaterOfSession30(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, value string }{
		{"Conseiller Camille : attention, vous avez partagé votre mot de passe (« H@rb0r29 ») dans la conversation.", "H@rb0r29"},
		{"Atendente Mateus: por favor, não compartilhe sua senha no chat. Vi que você enviou \"H@rb0r68\". Recomendo trocar agora.", "H@rb0r68"},
		{"Don't share your password here, I can see \"xcmv65QOqic30\" in your last message.", "xcmv65QOqic30"},
	} {
		wantValue(t, d, c.text, TypePassword, c.value, c.text)
	}
	for _, text := range []string{
		"reset the password for \"anna@example.com\" please",
		"the password must say \"Hello World 1\"",
		"the password field shows \"Ab1\" only",
		"password reset worked.\nThen I typed \"Xy7#abcdef\" in the search box",
		"password changed on \"2024-11-02T08:15:00Z\" by the admin",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePassword), text)
	}
}

// TestStationApproachOfSession30 checks the British street designator
// "Approach" ("5 Station Approach"), which the chat imitation of
// session 30 (DD) wrote six times; "approach" in prose is no street.
func TestStationApproachOfSession30(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, value string }{
		{"I moved last month, my new address is 69 Station Approach, Leeds LS6 8RA", "69 Station Approach, Leeds LS6 8RA"},
		{"Can you redirect parcel 9400824187818100517195 to Rose Cottage, Station Approach, Brighton BN1 5UN? I'm not home", "Rose Cottage, Station Approach, Brighton BN1 5UN"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.value, c.text)
	}
	assert.Empty(t, valuesOf(t, d, "what is your approach to this? We took a different approach 2 years ago", TypeStreetAddress))
}

// TestCheckAndQuoteNumbersOfSession30 checks numbers in a phone's shape
// that a bank check or a reference to quote names ("The check number
// 432-903-9749 is unrelated", "they said to quote 328-985-4832"), as the
// hard negatives of session 30 (DC) wrote them; a phone number with its
// own cue near "quote" stays one.
func TestCheckAndQuoteNumbersOfSession30(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Routing 300328547, account ending 1420. The check number 432-903-9749 is unrelated.",
		"The cheque number 432-903-9749 is on the slip.",
		"policy KJT-2049847-64 - they said to quote 328-985-4832 to rebook",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
	}
	for _, c := range []struct{ text, value string }{
		{"Get a quote: call 0330 369 7811", "0330 369 7811"},
		{"please quote your phone number 0330 369 7811 when you call", "0330 369 7811"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.value, c.text)
	}
}

// TestFlightCodeNoKeywordOfSession30 checks that two capitals glued to
// digits are a code, not a keyword: "DL1178", a Delta flight, made the
// licence word "DL" of a flight number next to it, as the hard negatives
// of session 30 (DC) wrote it; "DL 83-436-8873" keeps its word and
// "IPv4:" its own.
func TestFlightCodeNoKeywordOfSession30(t *testing.T) {
	d := defaultDetector(t)
	text := "Connecting from KL2097 to DL1178 with only 1h 28m at gate Z11, is that enough?"
	fs, err := d.Detect(context.Background(), text)
	require.NoError(t, err)
	assert.Empty(t, fs, text)
	wantValue(t, d, "Florida DL K037-673-90-522-4 on file", "US_DRIVER_LICENSE", "K037-673-90-522-4")
	wantValue(t, d, "IPv4: 192.168.1.1", TypeIPAddress, "192.168.1.1")
}

// session30Seeds are FuzzDetect's seeds for the readers of session 30,
// whole and cut short: a passport word and its joiners, a password after
// what it is for and a colon, a password option on a login line, a
// password given by a call, one in quotes later in the line, a code of
// two capitals.
var session30Seeds = []string{
	"Passeport : 28BY73497",
	"Pass-Nr. C9RNP205M",
	"passport n° ",
	"la password del gestionale: Limone1989#",
	"password for the router: ",
	"sshpass -p 'z6UaGT@1mlMxWsG7oMz' ssh",
	"docker login -u x -p ",
	"define( 'DB_PASSWORD', 'Cobalt83?' );",
	"define('DB_PASSWORD', '",
	"mot de passe (« H@rb0r29 »)",
	"password \"",
	"DL1178 DL 1",
}
