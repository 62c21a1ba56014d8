package redact

import "testing"

// Tests of what session 73 found in the gaps of its blind sets.

// TestRomanceWordsNoNamesOfSession73 checks Spanish and Portuguese
// words that the name lists hold as names and that a text in lower case
// uses as words: the auxiliary "han", the verbs "fica" and "cierra", the
// article "a" before a name that is a noun ("a luz"), and the English
// reply "Will do" before a name. The controls keep the names these words
// stand beside or are.
func TestRomanceWordsNoNamesOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"user> matrícula 4821 KLM, me han puesto una multa en el parking", TypePerson},
		{"buenas, me han clonado la tarjeta, han sacado 600 € en un cajero", TypePerson},
		{"olá tenho uma avaria na box, a luz fica vermelha", TypePerson},
		{"en iPhone 13 con iOS 17.4, la app se cierra sola al abrir el menu", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"Agent: Will do Ahmed. FYI our billing line is open until six", TypePerson, "Ahmed"},
		{"Maria do Carmo Silva here, about my order", TypePerson, "Maria do Carmo Silva"},
		{"me llamo han li y tengo un problema", TypePerson, "han"},
	})
}

// TestLookAlikesOfSession73 checks values in the shape of another kind:
// a card after "via" is paid by, not a street; a size of data before a
// word and a period is no house number; a version after "your update";
// a MAC's shape after a part's number; the ITINs the SSA set apart for
// samples. The controls: the same shapes where they are what they look
// like.
func TestLookAlikesOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"user> pay via card 6011 2743 9420 7677 didnt work", TypeStreetAddress},
		{"Export exp_bG4kQ9zZx2Lm hit the 2 GB cap. Please revoke the token", TypeStreetAddress},
		{"my bot token stopped working after your update 2.11.3.40", TypeIPAddress},
		{"router died. part number 4C-2F-90-A1-07-3E on the sticker", TypeMACAddress},
		{"2x module P/N 00:1A:C2:7B:00:47, 1x cable", TypeMACAddress},
		{"the 987-65-4320 on my W-2 preview is a placeholder", "US_ITIN"},
	})
	wantTyped(t, d, []typedValue{
		{"via Cardinale 12, 20100 Milano", TypeStreetAddress, "via Cardinale 12, 20100 Milano"},
		{"please update 10.0.0.5 in the allowlist", TypeIPAddress, "10.0.0.5"},
		{"the MAC of my laptop is 4C-2F-90-A1-07-3E", TypeMACAddress, "4C-2F-90-A1-07-3E"},
		{"my ITIN is 987-65-4311", "US_ITIN", "987-65-4311"},
	})
}

// TestFrenchTitleAndItalianWordsOfSession73 checks French "M." after a
// word in lower case with a French letter, which is "Monsieur" before a
// surname ("Je suis navré M. Giraud"), and Italian forms of "giusto"
// after "sono", which say what something is, not who ("sono giuste
// giuro"). The controls: "M." after an English word stays an initial of
// the name, and a name after "sono" is still read.
func TestFrenchTitleAndItalianWordsOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Je suis navré M. Giraud. J'ai généré une étiquette retour", TypePerson, "Giraud"},
		{"Toutes mes excuses, désolée M. Petitjean, le colis part demain", TypePerson, "Petitjean"},
		{"the form was signed by M. Giraud yesterday", TypePerson, "M. Giraud"},
		{"ciao, sono giulia romano, non riesco ad accedere", TypePerson, "giulia romano"},
	})
	wantNoneTyped(t, d, []typedText{
		{"mi dice credenziali errate ma sono giuste giuro", TypePerson},
		{"ho controllato i dati e sono giusti, ciao", TypePerson},
	})
}

// TestServiceHoursAfterNumberOfSession73 checks a number followed,
// without brackets, by a range of days and a range of the clock, as a
// firm gives its line's hours: the service's line, no one's. The
// controls: a range of days with one time, or words between the
// number and its hours in brackets, say when a person can be called.
func TestServiceHoursAfterNumberOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Agent : vous pouvez aussi appeler le 0848 808 710 du lundi au vendredi de 8h à 18h.", TypePhoneNumber},
		{"or call the information line at 503-945-9093 Mon–Fri 8am–5pm.", TypePhoneNumber},
		{"La invitiamo a chiamare il 02 8736 1190 dal lunedì al venerdì 8-20.", TypePhoneNumber},
		{"Atendimento pelo 21 340 8812 de segunda a sexta das 9h às 18h", TypePhoneNumber},
	})
	wantTyped(t, d, []typedValue{
		{"best number is 07700 900123 Monday to Friday after 6pm", TypePhoneNumber, "07700 900123"},
		{"Telefonisch bin ich unter 030 84729163 erreichbar (Mo-Fr ab 17 Uhr), sonst per Mail", TypePhoneNumber, "030 84729163"},
	})
}

// TestUserNameLabelsOfSession73 checks a user name after its word when
// one or two words naming the site stand before the label's colon, and
// after Spanish "en" saying where it is used. The controls: words of a
// sentence after the user's word, and a value without a login's marks.
func TestUserNameLabelsOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Gebruikersnaam DigiD: jvdberg1984, wachtwoord vergeten", TypeUsername, "jvdberg1984"},
		{"Votre identifiant espace client : m.lefort52. Cordialement", TypeUsername, "m.lefort52"},
		{"Usuario en la app: lucia_mtz. Tarjeta terminada en 4411", TypeUsername, "lucia_mtz"},
		{"mi usuario en la sede electrónica es jgarcia_84 y la contraseña no", TypeUsername, "jgarcia_84"},
	})
	wantNoneTyped(t, d, []typedText{
		{"the username field: required, please fill it in", TypeUsername},
		{"Mi usuario en la tienda es antiguo, lo siento", TypeUsername},
	})
}

// TestMemberNumberForWhatOfSession73 checks a member's number when what
// it is for stands between its word and the verb, as whatFor reads a
// secret's ("member id for the insurance billing is ..."). The
// controls: a number of no member's shape after such words, and the
// words without a verb.
func TestMemberNumberForWhatOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"member id for the insurance billing is XKP552019384, group 0047821", "MEMBER_ID", "XKP552019384"},
		{"Hallo, Jonas' Mitgliedsnummer beim Verein ist 12-5583, danke", "MEMBER_ID", "12-5583"},
	})
	wantNoneTyped(t, d, []typedText{
		{"the member id for my son is 48213", "MEMBER_ID"},
		{"member id for the insurance billing XKP552019384", "MEMBER_ID"},
	})
}

// TestPassportForWhatAndUserAsideOfSession73 checks a passport's number
// when what the passport is for stands before the label's colon
// ("Reisepass für das Konto-Upgrade: ..."), and a user name after an
// aside between its verb and the name ("war übrigens"). The controls:
// German "Pass" for a boarding pass keeps needing its own label, and an
// aside before words names no user.
func TestPassportForWhatAndUserAsideOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Reisepass für das Konto-Upgrade: C7K9R2V1N, ausgestellt 14.09.2020", TypePassport, "C7K9R2V1N"},
		{"mein benutzername war übrigens jana.koch84 und passwort vergessen", TypeUsername, "jana.koch84"},
	})
	wantNoneTyped(t, d, []typedText{
		{"boarding pass for the flight: 48213377", TypePassport},
		{"my username is actually quite old", TypeUsername},
	})
}

// session73Seeds are FuzzDetect's seeds for the readers of session 73.
var session73Seeds = []string{
	"me han puesto", "a luz fica", "Will do Ahmed.", "Will do", "via card 6011", "2 GB cap.", "2 GB",
	"your update 2.11.3.40", "update 1.2.3.4", "P/N 00:1A:C2:7B:00:47", "p/n", "part no 4C-2F-90-A1-07-3E",
	"987-65-4320", "987 65 432", "navré M. Giraud", "é M.", "sono giuste giuro",
	"0848 808 710 du lundi au vendredi de 8h à 18h", "1 mon–fri 8am–5pm", "1 de 9h às", "1 de 8h à", "1 du",
	"Gebruikersnaam DigiD: a1", "identifiant x :", "usuario en la app:", "username a b:",
	// The Portuguese and Dutch helpers' readers.
	"Cliente: 30718426 9 ZX6", "CC 17254039 9", "CPE PT 0002 0000 7143 8210 PY", "o meu carro AZ-27-LR",
	"nº de utente. é este 2", "nova morada Rua", "carta P-3045187 2", "kenteken op mijn polis naar 8-KXV-34",
	"NL526018159B18", "nl 0830.16.613 b40", "G.J. (Gerrit) Hoekstra", "J. (", "Agent Yasmina: bel 0800-0233",
	"mijn account heet 'abc123'", "Mgr. Nolensplein 6", "Klant: 373-2535509-50, vervalt",
	"member id for the billing is X1", "member id for is", "Reisepass für das X: C1", "username war übrigens a1",
	"username is btw", "user is übrigens",
}
