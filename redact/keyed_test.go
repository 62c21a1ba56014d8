package redact

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keyedSeeds are FuzzDetect's seeds of names pasted as data: the ends
// of keys, quotes, tags and records that keyedAt, csvEnd and handleEnd
// read around a token.
var keyedSeeds = []string{
	`{"last_name":"Lopes","first_name":"Ana"}`,
	`name=Ana Lopes&surname='`,
	`Surname: "Smith`,
	`<LastName>Lopes</`,
	`1042,Ana,Lopes,`,
	`logged in as ana.lopes.`,
	`My name is Alejandro Ruiz de la`,
	`I'm An Nguyen`,
	`company_name=`,
	`mot de passe: a / b`,
	`palavra-passe:`,
	`email and password: a@b.c / `,
	`Username: Maria.Lopez.`,
	`the user is maria_`,
}

// Names pasted as data: JSON, key=value pairs of logs and configuration,
// keys in snake case and camel case. A key that names a person is a cue
// of a person, as a form's "Surname:" is; a key that names a thing is
// none ("company_name", "file_name"), and neither is a bare "name" whose
// value is one word that no list knows as a person's.
func TestKeyedNames(t *testing.T) {
	d := defaultDetector(t)
	cases := []struct {
		text   string
		people []string // every PERSON finding, in order
		other  string   // a type that must still be found, when set
	}{
		{`{"first_name":"Ana","last_name":"Lopes","email":"ana@example.com"}`, []string{"Ana", "Lopes"}, TypeEmailAddress},
		{`{"last_name": "Lopes"}`, []string{"Lopes"}, ""},
		{`{"surname":"Kowalski"}`, []string{"Kowalski"}, ""},
		{`{"firstName":"Derek","lastName":"Whitfield"}`, []string{"Derek", "Whitfield"}, ""},
		{`{"nombre":"Lucía","apellido":"Fernández"}`, []string{"Lucía", "Fernández"}, ""},
		{`{"vorname":"Jürgen","nachname":"Müller"}`, []string{"Jürgen", "Müller"}, ""},
		{`{"customer": "Derek Whitfield"}`, []string{"Derek Whitfield"}, ""},
		{`Surname: "Smith"`, []string{"Smith"}, ""},
		{`'name': 'Ana Lopes'`, []string{"Ana Lopes"}, ""},
		{`contact_name=Ana Lopes, email=ana.lopes@example.com`, []string{"Ana Lopes"}, TypeEmailAddress},
		{`--name=Austin Dev`, nil, ""},
		{`name=Jordan Retro`, nil, ""},
		{`{"legal_name": "Northwind"}`, nil, ""},
		{`guest_name: Okafor`, []string{"Okafor"}, ""},
		{`Host name: Okafor`, []string{"Okafor"}, ""},
		{`customer_name=Ana Lopes plan=pro`, []string{"Ana Lopes"}, ""},
		{`full_name=Kwame Mensah`, []string{"Kwame Mensah"}, ""},
		{`first_name=Derek last_name=Whitfield`, []string{"Derek", "Whitfield"}, ""},
		{`surname=Lopes`, []string{"Lopes"}, ""},
		{`first_name=Ana;surname=Lopes`, []string{"Ana", "Lopes"}, ""},
		{`<FirstName>Ana</FirstName><LastName>Lopes</LastName>`, []string{"Ana", "Lopes"}, ""},
		{`<Surname>Kowalski</Surname>`, []string{"Kowalski"}, ""},
		{`<name>Default</name>`, nil, ""},
		// Records with bare commas; a given name that is a word too
		// scores with its surname.
		{`1042,Ana,Lopes,ana@example.com`, []string{"Ana", "Lopes"}, TypeEmailAddress},
		{`x,Anna,Smith`, []string{"Anna", "Smith"}, ""},
		{`Red,Anna,Green`, []string{"Anna"}, ""},
		{`1048,Mark,Johnson,mark@example.com`, []string{"Mark", "Johnson"}, TypeEmailAddress},
		// The roles of tickets and data label fields, and hold firms,
		// bots and placeholders as often as people.
		{`Assignee: Derek Whitfield`, []string{"Derek Whitfield"}, ""},
		{`Reviewer: Anna Berg`, []string{"Anna Berg"}, ""},
		{`Assignee: Unassigned`, nil, ""},
		{`Reporter: Nagios`, nil, ""},
		{`Participants: Everyone`, nil, ""},
		{`Solicitante: Maria Lopez`, []string{"Maria Lopez"}, ""},
		{`Veranstalter: Marketing`, nil, ""},
		{`You have been assigned Training Module 3.`, nil, ""},
		{`{"customer": "Globex"}`, nil, ""},
		{`customer_name=Acme`, nil, ""},
		{`<Customer>Contoso</Customer>`, nil, ""},
		{`<FirstName>Demo</FirstName>`, nil, ""},
		{`Created product name=Jordan Retro sku=JR-11`, nil, ""},
		// Devices and networks are named after their owners.
		{`Device name: Grace's iPad`, []string{"Grace"}, ""},
		// Keys of things.
		{`{"product_name":"Galaxy S24","company_name":"Acme"}`, nil, ""},
		{`company_name: Acme`, nil, ""},
		{`Company Name: Initech`, nil, ""},
		{`Team name: Falcons`, nil, ""},
		{`Business name: Bloom`, nil, ""},
		{`Customer Name: Anna Berg`, []string{"Anna Berg"}, ""},
		{`Account name: Lopes`, []string{"Lopes"}, ""},
		{`{"file_name":"invoice.pdf"}`, nil, ""},
		{`{"name":"Default","type":"Standard"}`, nil, ""},
		{`{"name":"Paris"}`, nil, ""},
		{`{"name":"Premium Plan","price":"9.99"}`, nil, ""},
		// A bare "name" is no cue in data: products, teams and hosts
		// have it too; roles that hold accounts and programs are none.
		{`{"items": [{"name": "Summer Dress", "qty": 2}]}`, nil, ""},
		{`INFO order created name=Winter Jacket sku=WJ-22`, nil, ""},
		{`name=Luna`, nil, ""},
		{`kubectl create namespace --name=Staging`, nil, ""},
		{`GIT_COMMITTER_NAME=Jenkins`, nil, ""},
		{`{"owner": "Platform Team"}`, nil, ""},
		{`user=Root`, nil, ""},
		{`author=Dependabot`, nil, ""},
		{`host_name=Mercury`, nil, ""},
		{`assignee=Unassigned`, nil, ""},
		{`ticket=5521 requester=Maria Lopez priority=high`, []string{"Maria Lopez"}, ""},
		{`{"sobrenome": "Silva"}`, []string{"Silva"}, ""},
		{`APP_NAME=Checkout Service`, nil, ""},
		{`host_name=web-01`, nil, ""},
		{`name=default`, nil, ""},
		// A handle after a person's key is no name.
		{`7.11.69 user=maria.martin+support@o`, nil, ""},
		// A quote that opens a message after a speaker is no value.
		{`Customer: 'Java keeps crashing`, nil, ""},
		// A link's query stays one link.
		{`https://example.com/profile?first_name=Ana&last_name=Lopes`, nil, TypeURL},
		// A mail header keeps its reading.
		{`From: "Okafor, Daniel" <daniel.okafor@gmail.com>`, []string{"Okafor, Daniel"}, TypeEmailAddress},
	}
	for _, c := range cases {
		fs, err := d.Detect(context.Background(), c.text)
		require.NoError(t, err)
		var people []string
		other := c.other == ""
		for _, f := range fs {
			switch f.Type {
			case TypePerson:
				people = append(people, c.text[f.Start:f.End])
			case c.other:
				other = true
			}
		}
		assert.Equal(t, c.people, people, "%s", c.text)
		assert.True(t, other, "%s: no %s finding", c.text, c.other)
	}
}

// A handle in lower case that a name starts is reported whole when its
// other word is a name too, or any word after "login:" or "logged in
// as", so that its surname is not left in the clear (a USERNAME after a
// label since session 43, a PERSON elsewhere); an e-mail
// address's local part is its recognizer's, and other words after a
// dot start a sentence or name a file or a host.
func TestHandleNames(t *testing.T) {
	checkPersons(t, []personCase{
		{"logged in as ana.lopes", []string{"ana.lopes"}},
		{"user ana.lopes cannot log in", []string{"ana.lopes"}},
		{"account maria.garcia is locked", []string{"maria.garcia"}},
		{"Customer: logged in as ana.lopes, password is Summer2024!", []string{"ana.lopes"}},
		{"i spoke to maria.she said fine", []string{"maria"}},
		{"login: john.smith", nil},
		{"auth failed, logged in as ana_lopes", []string{"ana_lopes"}},
		// Services' accounts, code's aliases, hosts.
		{"user maria_db has no privileges on schema public", nil},
		{"error: permission denied for user laura_etl", nil},
		{"select count(*) as maria_count from tickets", nil},
		{"user berlin_db", nil},
		{"user=anna.prod-eu not found", nil},
		{"account laura.jpg uploaded", []string{"laura"}},
		{"user maria_garcia is locked out", []string{"maria_garcia"}},
		{"user my_bucket", nil},
		{"user=maria.martin logged out", nil},
		{"user=root logged in", nil},
		{"my username is ana.lopes", nil},
		{"mi usuario es maria_lopez", nil},
		{"the user is maria_db", nil},
		{"Hi, my username is maria_garcia", nil},
		{"Hello! My username is ana.lopes and I cannot log in", nil},
		{"My username is maria_db", nil},
		{"user maria.garcia: account locked", []string{"maria.garcia"}},
		{"user maria.lopez-garcia logged in", []string{"maria.lopez-garcia"}},
		{"logged in as laura_backend", nil},
		{"hi anna.quick question, is there a quick way", []string{"anna"}},
		{"ok david.shipped but it says shipped twice", []string{"david"}},
		{"upload laura.jpg", []string{"laura"}},
		// A host is a link's finding, which covers the name in it.
		{"the server laura.prod.example.com", nil},
		{"contact ana.lopes@example.com please", nil},
		// In a capitalised text, after the words of an account in the
		// languages we serve.
		{"Hi, the user is maria.lopez. Can you help?", nil},
		{"Hi, the user maria.lopez cannot log in.", []string{"maria.lopez"}},
		{"Hola, mi usuario es maria_lopez. ¿Me ayudan?", nil},
		{"Mein Benutzername ist anna.schmidt. Danke!", nil},
		{"Mon identifiant est marie.dupont. Merci.", nil},
		{"Il mio utente è mario.rossi. Grazie.", nil},
		{"Meu usuário é joao.silva. Obrigado.", nil},
		{"Logged in as maria.lopez but it fails. Please help.", []string{"maria.lopez"}},
		{"Username: Maria.Lopez", []string{"Maria.Lopez"}},
		{"Ich bin angemeldet als anna.schmidt, aber es geht nicht.", []string{"anna.schmidt"}},
		{"Connecté en tant que marie.dupont, rien ne marche.", []string{"marie.dupont"}},
		{"Estoy conectado como maria.lopez y no funciona.", []string{"maria.lopez"}},
		{"Mi cuenta es maria.lopez, gracias.", []string{"maria.lopez"}},
		{"User name: maria.lopez", nil},
		{"Select sum(amount) as maria_total from sales.", nil},
		{"My username is Maria.Lopez. Thanks.", []string{"Maria.Lopez"}},
		// ... and not without them, nor for services or hosts.
		{"I met Ana.Next time I will call.", []string{"Ana"}},
		{"The user is maria_db. Can you check?", nil},
		{"Our account is laura.prod.example.com. Thanks.", nil},
		// In prose the other word must be a known name: settings,
		// services' accounts and files are not handles.
		{"Login: max.retries exceeded, account locked.", nil},
		{"Benutzer mark_dba hat keine Rechte.", nil},
		{"El usuario julia_smtp no tiene permisos.", nil},
		{"The profile is emma.webp, too large.", nil},
		{"User: Kevin.Tried again, nothing.", []string{"Kevin"}},
	})
	// After a label (':', '=', "is"), since session 43 the handle is
	// the user name its label names, whole, and no person: the cases
	// above whose PERSON it was.
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"login: john.smith", "john.smith"},
		{"user=maria.martin logged out", "maria.martin"},
		{"my username is ana.lopes", "ana.lopes"},
		{"mi usuario es maria_lopez", "maria_lopez"},
		{"Hi, my username is maria_garcia", "maria_garcia"},
		{"Hello! My username is ana.lopes and I cannot log in", "ana.lopes"},
		{"Hi, the user is maria.lopez. Can you help?", "maria.lopez"},
		{"Hola, mi usuario es maria_lopez. ¿Me ayudan?", "maria_lopez"},
		{"Mein Benutzername ist anna.schmidt. Danke!", "anna.schmidt"},
		{"Mon identifiant est marie.dupont. Merci.", "marie.dupont"},
		{"Il mio utente è mario.rossi. Grazie.", "mario.rossi"},
		{"Meu usuário é joao.silva. Obrigado.", "joao.silva"},
		{"User name: maria.lopez", "maria.lopez"},
	} {
		assert.Equal(t, []string{c.want}, valuesOf(t, d, c.text, TypeUsername), "%s", c.text)
	}
}

// personCase is a text and the text of every PERSON finding in it, in
// order.
type personCase struct {
	text string
	want []string
}

// checkPersons asserts the PERSON findings of the default detector in
// each case's text.
func checkPersons(t *testing.T, cases []personCase) {
	t.Helper()
	d := defaultDetector(t)
	for _, c := range cases {
		assert.Equal(t, c.want, personsIn(t, d, c.text), "%s", c.text)
	}
}

// personsIn returns the text of every PERSON finding of d in text, in
// order.
func personsIn(t *testing.T, d *Engine, text string) []string {
	t.Helper()
	fs, err := d.Detect(context.Background(), text)
	require.NoError(t, err)
	var got []string
	for _, f := range fs {
		if f.Type == TypePerson {
			got = append(got, text[f.Start:f.End])
		}
	}
	return got
}

// A label of a user's name and a password gives the name first and the
// password after a slash: the password is what must not go out.
func TestUserAndPassword(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"username and password: jsmith / Summer2024!", "Summer2024!"},
		{"Utente e password: mario.rossi / Estate2024", "Estate2024"},
		{"usuario y contraseña: jperez / Verano2024", "Verano2024"},
		{"login & password: jsmith / Winter#2025", "Winter#2025"},
		{"account and password: jsmith / Summer2024!", "Summer2024!"},
		{"utilisateur et mot de passe : mdupont / Soleil2024!", "Soleil2024!"},
		{"login e palavra-passe: jsilva / Lisboa#2024", "Lisboa#2024"},
		// An e-mail address first, in the languages we serve.
		{"Email and password: ana.lopes@example.com / Summer2024!", "Summer2024!"},
		{"E-mail e senha: joao.silva@exemplo.com.br / Lisboa#2024", "Lisboa#2024"},
		{"Correo y contraseña: maria+test@ejemplo.es / Verano2024*", "Verano2024*"},
		{"E-mail et mot de passe : marie.dupont@exemple.fr / Soleil2024!", "Soleil2024!"},
		{"E-Mail und Passwort: anna@beispiel.de / Sommer2024!", "Sommer2024!"},
		{"email and password: Summer2024! / ana.lopes@example.com", "Summer2024!"},
		{"my password is Sommer2024! / thanks", "Sommer2024!"},
		{"password: Sommer2024! / Passwort: Winter2025!", "Sommer2024!"},
		// A password first keeps its place; a date or a path after the
		// slash is none.
		{"Username and password: Summer2024! / please reset it", "Summer2024!"},
		{"utente e password: Estate2024! / mario.rossi", "Estate2024!"},
		{"hi, my user and password: Summer2024! / 2024-05-12 was the last change", "Summer2024!"},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		require.NoError(t, err)
		var got []string
		for _, f := range fs {
			if f.Type == TypePassword {
				got = append(got, c.text[f.Start:f.End])
			}
		}
		require.NotEmpty(t, got, "%s", c.text)
		assert.Equal(t, c.want, got[0], "%s", c.text)
	}
}
