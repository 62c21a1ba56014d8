package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCommandLinePasswordsOfSession33 checks two places where code and
// shell lines hold a password with no key before it: a data source name
// of Go's MySQL driver (the password between the first ':' and the '@'
// before "tcp(" or "unix(") and htpasswd in batch mode (the last
// argument after the file and the user, no file after -n). A DSN with no
// password or a short one, an '@' before "tcp" that opens no protocol's
// brackets, htpasswd without -b (it asks for the password) and a
// variable in the password's place stay out.
func TestCommandLinePasswordsOfSession33(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{`dsn := "appuser:Wq7#pLm2xZ@tcp(db.internal:3306)/orders?parseTime=true"`, "Wq7#pLm2xZ"},
		{`db, err := sql.Open("mysql", "root:s3cr3tPass!@tcp(127.0.0.1:3306)/shop")`, "s3cr3tPass!"},
		{"DSN=svc_ro:p@ss-W0rd-88@unix(/var/run/mysqld/mysqld.sock)/reports", "p@ss-W0rd-88"},
		{"htpasswd -b /etc/nginx/.htpasswd admin Tr0ub4dor&3", "Tr0ub4dor&3"},
		{"ran `htpasswd -bc .htpasswd deploy hunter2Xy9` on the box", "hunter2Xy9"},
		{"htpasswd -nbB -C 12 ops 'N0t so s3cret'", "N0t so s3cret"},
	}, []string{
		`dsn := "root:@tcp(127.0.0.1:3306)/shop"`,
		`dsn := "app@tcp(db:3306)/orders"`,
		"ping me @tcp (the channel) or @unix folks",
		"htpasswd -c /etc/nginx/.htpasswd admin",
		"htpasswd -b /etc/nginx/.htpasswd admin $ADMIN_PASSWORD",
		"htpasswd -b /etc/nginx/.htpasswd admin <password>",
		"use htpasswd to make the file, it asks for the password",
	})
}

// TestGroupedSetupKeysOfSession33 checks an authenticator's setup key
// grouped by four as the apps print it, after a key's or a secret's word
// and any joiner; after a password's word it is the password. Groups
// without a digit (four words of a sentence), with both cases, with
// characters outside base32, a group of digits alone, or fewer than four
// groups stay out.
func TestGroupedSetupKeysOfSession33(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeAPIKey, []textValue{
		{"my 2fa setup key is JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP", "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP"},
		{"authenticator secret: jbsw y3dp ehpk 3pxp", "jbsw y3dp ehpk 3pxp"},
		{"setup key: KRSX G5CT MVRX EZLU and then I scanned it", "KRSX G5CT MVRX EZLU"},
		{"TOTP secret = 2A45 ABCD EFGH IJKL", "2A45 ABCD EFGH IJKL"},
	}, []string{
		"the key is: have some more time now",
		"secret: ABCD EFGH IJKL MNOP",
		"setup key: 4bqz 7xkm pl2d 9wvs",
		"setup key: JBSW Y3DP EHPK",
		"key: JBSW y3dp EHPK 3PXP",
		"TOTP secret = 2345 ABCD EFGH IJKL",
	})
	wantFound(t, d, TypePassword, []textValue{
		{"wifi password: abcd 23x5 efgh 67y4", "abcd 23x5 efgh 67y4"},
	}, nil)
}

// TestTwilioTokenAfterSIDOfSession33 checks the auth token that Twilio's
// clients take after the account's SID as a string literal; a variable
// in the SID's place, a token of another length and a SID with no
// literal after it report no second key.
func TestTwilioTokenAfterSIDOfSession33(t *testing.T) {
	d := defaultDetector(t)
	const sid = "AC1f2e3d4c5b6a7980f1e2d3c4b5a6f7e8"
	for _, c := range []struct {
		text string
		want []string
	}{
		{`client = Client("` + sid + `", "9f8e7d6c5b4a39281706f5e4d3c2b1a0")`, []string{sid, "9f8e7d6c5b4a39281706f5e4d3c2b1a0"}},
		{`new Twilio('` + sid + `',  '0a1b2c3d4e5f60718293a4b5c6d7e8f9');`, []string{sid, "0a1b2c3d4e5f60718293a4b5c6d7e8f9"}},
		{`client = Client("` + sid + `", auth_token)`, []string{sid}},
		{`client = Client("` + sid + `", "9f8e7d6c5b4a39281706f5e4d3c2b1a")`, []string{sid}},
		{`client = Client(account_sid, "9f8e7d6c5b4a39281706f5e4d3c2b1a0")`, nil},
		{"client = Client(\n    \"" + sid + "\",\n    \"32a67437f76a88aa8c8c36bd3fe17033\",\n)", []string{sid, "32a67437f76a88aa8c8c36bd3fe17033"}},
	} {
		assert.Equal(t, c.want, valuesOf(t, d, c.text, TypeTwilioKey), c.text)
	}
}

// TestLooseEircodesOfSession33 checks Irish addresses whose Eircode's
// second half holds letters outside the Eircode alphabet, as people and
// generated data invent them ("Cork, T12 M6S9"), when a space parts the
// halves and the second holds a digit; letters read as digits (B, I, O),
// a second half without a digit and a code with no address before it
// stay out.
func TestLooseEircodesOfSession33(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Lena Brennan | 090-5905-9698 | 78 Grand Parade, Cork, T12 M6S9", "78 Grand Parade, Cork, T12 M6S9"},
		{"ship to 31 Ranelagh Road, Galway, H91 G1E7 please", "31 Ranelagh Road, Galway, H91 G1E7"},
		{"I live at 5 Main St, Cork T12 M6S9", "5 Main St, Cork T12 M6S9"},
		{"billing address 45 Sandymount Ave, Cork, T12 S9Z1", "45 Sandymount Ave, Cork, T12 S9Z1"},
	}, []string{
		"my ticket T12 M6S9 was closed",
		"the code is A12 XY3Z",
	})
	// The second half's letters read as digits, or no digit in it: the
	// street alone.
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"I live at 5 Main St, Cork T12 B10O", "5 Main St, Cork"},
		{"I live at 5 Main St, Cork T12 MSGZ", "5 Main St, Cork"},
	}, nil)
}

// TestPlusGluedToShortWordOfSession33 checks a phone number whose plus is
// glued to a word of two letters ("at+34 ..."), as one of three letters
// was read before; a form's encoded space and "ZIP+4" stay out.
func TestPlusGluedToShortWordOfSession33(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"text me at+34 616 402 489 when the tech is on his way", "+34 616 402 489"},
		{"[01:42] text me at+65 8775 9776 when the tech is on his way", "+65 8775 9776"},
		{"call me on+44 161 309 9073", "+44 161 309 9073"},
	}, []string{
		"text=refund+9748948221",
		"ZIP+4 98431-2207",
	})
}

// TestSetupKeysLaterOnTheLineOfSession33 checks setup keys in groups of
// four that follow an authenticator's word, or a secret's or a
// password's word with other words between, in the chat languages (the
// reviewer's set of session 33); a card's number in fours after a key's
// word has no letter and stays a card, and a key on the next line is no
// longer the word's.
func TestSetupKeysLaterOnTheLineOfSession33(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeAPIKey, []textValue{
		{"Oi, minha chave secreta do autenticador é E4PO ZVFI 34LM 2UEY 2ZEH SQJN E2C6 4KBG, troquei de celular", "E4PO ZVFI 34LM 2UEY 2ZEH SQJN E2C6 4KBG"},
		{"Salve, chiave segreta 2FA AHUG 2KC5 WE7B F2KH WNPD (l'ho copiata a mano)", "AHUG 2KC5 WE7B F2KH WNPD"},
		{"hola, la clave de configuración que me dio la web es QXOR ZUHF KUXS L3SK y Authy dice que es incorrecta", "QXOR ZUHF KUXS L3SK"},
		{"hoi, de instelsleutel is BGEY AODG 3V6V WGPS maar Microsoft Authenticator accepteert hem niet", "BGEY AODG 3V6V WGPS"},
		{"Hallo, der Einrichtungsschlüssel lautet EWQG URUV RHGQ 6JIU B5JM, aber die App sagt nein", "EWQG URUV RHGQ 6JIU B5JM"},
		{"Bonsoir, ma clé secrète 2FA : HUFE H7VP 75FT 66HC PRZM OKA6. Merci", "HUFE H7VP 75FT 66HC PRZM OKA6"},
	}, []string{
		"my card key: 4242 4242 4242 4242 expires soon",
		"the authenticator app shows\nQXOR ZUHF KUXS L3SK",
		"authenticator code 4455 6677 2233 4455",
	})
	wantFound(t, d, TypePassword, []textValue{
		{"Bonjour, mot de passe d'application : H5FQ 4T24 4FWI AQAN Z4YP SPM4 ZUWW VNMJ", "H5FQ 4T24 4FWI AQAN Z4YP SPM4 ZUWW VNMJ"},
	}, nil)
}

// TestDSNPasswordOverKeyedNameOfSession33 checks a DSN's password whose
// user ends in "user" ("wp_user:Maple&Tulip70@tcp(...)"): the names
// recognizer reads "user:" as a key of a name and "Maple" as one, and
// the driver's form must outweigh it.
func TestDSNPasswordOverKeyedNameOfSession33(t *testing.T) {
	d := defaultDetector(t)
	text := `export GOOSE_DBSTRING="wp_user:Maple&Tulip70@tcp(mysql-primary.prod.svc:3307)/billing"`
	wantValue(t, d, text, TypePassword, "Maple&Tulip70")
	assert.Empty(t, valuesOf(t, d, text, TypePerson))
}

// TestFirmAfterSurnameAndAmpersandOfSession33 checks a firm's name whose
// first part, before an ampersand, reads alone as a surname ("Brennan &
// Doyle Solicitors"): the firm takes it. Two people joined by '&', and a
// surname and a name with no legal form, stay people.
func TestFirmAfterSurnameAndAmpersandOfSession33(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeOrganization, []textValue{
		{"thanks\nHarriet Navarro\nBrennan & Doyle Solicitors", "Brennan & Doyle Solicitors"},
		{"my lawyers are Brennan & Doyle Solicitors in Cork", "Brennan & Doyle Solicitors"},
	}, []string{
		"I met Anna Berg & Tom Berg yesterday",
		"ask Brennan & Doyle about it",
	})
	assert.Equal(t, []string{"Harriet Navarro"}, valuesOf(t, d, "thanks\nHarriet Navarro\nBrennan & Doyle Solicitors", TypePerson))
}

// session33Seeds are FuzzDetect's seeds for the readers of session 33,
// whole and cut short where a reader looks ahead or back: data source
// names, htpasswd's options and arguments, setup keys in groups and
// Twilio's client calls.
var session33Seeds = []string{
	`"app:Wq7#pLm2xZ@tcp(db:3306)/orders"`,
	"@tcp(",
	":@unix(",
	"htpasswd -b f u Tr0ub4dor&3",
	"htpasswd -nbB -C 12 ops 'pw",
	"htpasswd -C",
	"htpasswd -b",
	"setup key: JBSW Y3DP EHPK 3PXP",
	"key: JBSW Y3DP EH",
	`Client("AC1f2e3d4c5b6a7980f1e2d3c4b5a6f7e8", "9f8e7d6c5b4a39281706f5e4d3c2b1a0")`,
	`Client("AC1f2e3d4c5b6a7980f1e2d3c4b5a6f7e8", "`,
	"Cork, T12 M6S9",
	"Cork, T12 M6",
	"at+34 6",
	"authenticator: JBSW Y3DP EH",
	"clé secrète 2FA : HUFE H7VP 75FT 66HC",
}
