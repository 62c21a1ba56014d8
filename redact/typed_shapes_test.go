package redact

import (
	"testing"
)

// typedSeeds are FuzzDetect's seeds of the shapes TestTypedShapes and
// the southern and northern address tests hold, cut where a read might
// run past the text's end.
var typedSeeds = []string{
	"GB 82",
	"GB 82 WEST  1234  ",
	"password «",
	"password « x",
	"mot de passe “",
	"version is \"1.2.3.4",
	"card 4111 - 1111 - ",
	"card 4111/1111/",
	"Rua Dr. António 8, 1º Frt, 3000-045 Coimbra (",
	"Avenida 5 de Outubro nº",
	"Oudegracht 231bis 3511NK",
	"Jan van Galenstraat 88-",
	"20359 Hamburg, Weidenweg",
	"Am Kiesberg 3a Wupper",
	"Piazza San Carlo 3, 10123 Torino (TO",
}

// TestTypedShapes holds values as customers type them in the seven chat
// languages that a probe of fresh messages found missed, and their
// look-alikes: an IBAN with a space after its country's code or two
// between its groups, a number a verb of calling back announces, a
// password in typographic quotes or after the Dutch "ww", and a version
// that a sentence names before its number.
func TestTypedShapes(t *testing.T) {
	d := defaultDetector(t)
	for i, c := range []struct{ text, typ, want string }{
		{"the IBAN is GB 82 WEST 1234 5698 7654 32 thanks", TypeIBAN, "GB 82 WEST 1234 5698 7654 32"},
		{"AT 61 1904 3002 3457 3201", TypeIBAN, "AT 61 1904 3002 3457 3201"},
		{"el IBAN es ES91  2100  0418  4502  0005  1332 gracias", TypeIBAN, "ES91  2100  0418  4502  0005  1332"},
		{"call me at 12 3456 7890", TypeIBAN, ""},
		{"GB 82 WEST 1234 5698 7654 33", TypeIBAN, ""},
		{"richiamami al 3201099381 x favore grz", TypePhoneNumber, "3201099381"},
		{"potete richiamarmi al 3407254260", TypePhoneNumber, "3407254260"},
		{"liga-me p/ 922 060 099 pf obg", TypePhoneNumber, "922 060 099"},
		{"votre mot de passe « Loulou1980 », changez-le", TypePassword, "Loulou1980"},
		{"votre mot de passe «Loulou1980», changez-le", TypePassword, "Loulou1980"},
		{"das Passwort „Sommer2024!“ geht nicht", TypePassword, "Sommer2024!"},
		{"le mot de passe “Sommer2024!” ne marche pas", TypePassword, "Sommer2024!"},
		{"password « »", TypePassword, ""},
		{"Mijn ww is \"B6tiAmC0x4KFr\" maar het werkt niet", TypePassword, "B6tiAmC0x4KFr"},
		{"de ww is veranderd", TypePassword, ""},
		{"the version string is \"7.4.75.193\" according to the about screen", TypeIPAddress, ""},
		{"La versión que aparece es «6.7.7.0»", TypeIPAddress, ""},
		{"La versione indicata è 3.6.47.185", TypeIPAddress, ""},
		{"the new version's server is 10.0.0.5", TypeIPAddress, "10.0.0.5"},
		{"version 2 of the app is slow, the host is 10.0.0.5", TypeIPAddress, "10.0.0.5"},
		{"Our build server is 10.20.30.40", TypeIPAddress, "10.20.30.40"},
		{"Server IP after version rollout is 10.44.0.7", TypeIPAddress, "10.44.0.7"},
		{"el servidor de firmware es 10.0.0.5", TypeIPAddress, "10.0.0.5"},
	} {
		wantValue(t, d, c.text, c.typ, c.want, "case %d: %s", i, c.text)
	}
}

// TestLanguageNoNationality: a nationality's word that names a language
// ("in English", "my English is bad") is no NRP; a nationality stays one,
// and so does a country's name after "in".
func TestLanguageNoNationality(t *testing.T) {
	d := defaultDetector(t)
	for i, c := range []struct{ text, want string }{
		{"Hi, sorry for English, aber die Lieferung ist nicht da", ""},
		{"sorry my English is bad, my phone is 555-0100", ""},
		{"Can you answer in English please?", ""},
		{"Do you speak English?", ""},
		{"How do I switch the app language back to English?", ""},
		{"please translate it into French", ""},
		{"I talked to English people", "English"},
		{"Können Sie auf Englisch antworten?", ""},
		{"I am English and live in Leeds", "English"},
		{"My English colleague called you", "English"},
		{"It serves great English food.", "English"},
		{"I voted for Labour.", "Labour"},
		{"They refused me service for Nigerian.", "Nigerian"},
	} {
		wantValue(t, d, c.text, TypeNRP, c.want, "case %d: %s", i, c.text)
	}
}
