package redact

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVersionBefore(t *testing.T) {
	cases := []struct {
		text  string
		start int
		want  bool
	}{
		{"version 1.2.3.4", 8, true},
		{"Firmware: 1.2.3.4", 10, true},
		{"fw=1.2.3.4", 3, true},
		{"server 1.2.3.4", 7, false},
		{"subversion 1.2.3.4", 11, false},
		{"versión 10.0.0.1", 9, true},
		{"Versione: 3.12.0.4", 10, true},
		{"sinds versie 5.0.2.1", 13, true},
		{"na versão 2.3.4.5", 11, true},
		{"la subversión 10.0.0.1", 15, false},
		{"conversão 2.3.4.5", 11, false},
		{"ver. 10.0.0.1", 5, true},
		{"Vers. 2.3.4.5", 6, true},
		{"please update 10.0.0.5", 14, false},
		{"the server. 10.0.0.1", 12, false},
		{"1.2.3.4", 0, false},
		{"VERSIÓN 10.0.0.1", 9, true},
		{"NA VERSÃO 2.3.4.5", 11, true},
		{"LA SUBVERSIÓN 10.0.0.1", 15, false},
		{"Android 13.0.0.1", 8, true},
		{"iOS 17.0.3.1", 4, true},
		{"radios 10.0.0.1", 7, false},
	}
	for i, c := range cases {
		assert.Equal(t, c.want, versionBefore(c.text, c.start), "case %d", i)
	}
}

// TestRuntimeBefore checks the runtimes and parts before a version,
// which ipv4 reads only before an address outside the private ranges.
func TestRuntimeBefore(t *testing.T) {
	cases := []struct {
		text  string
		start int
		want  bool
	}{
		{"BIOS 1.12.0.2", 5, true},
		{"Java 1.8.0.201", 5, true},
		{"driver: 1.0.0.8", 8, false},
		{"radios 10.0.0.1", 7, false},
		{"ip 10.0.0.1", 3, false},
	}
	for i, c := range cases {
		assert.Equal(t, c.want, runtimeBefore(c.text, c.start), "case %d", i)
	}
}

func TestInUserinfo(t *testing.T) {
	assert.True(t, inUserinfo("redis://app:S3cret@host", 12))
	assert.True(t, inUserinfo("ssh://git@host", 6))
	assert.False(t, inUserinfo("mailto:jane@example.com", 7))
	assert.False(t, inUserinfo("note:jane@example.com", 5))
	assert.False(t, inUserinfo("jane@example.com", 0))
}

func TestLetter2(t *testing.T) {
	assert.Equal(t, 2, letter2("é", 0))
	assert.Equal(t, 2, letter2("ж", 0))
	assert.Equal(t, 0, letter2("×", 0), "a sign, not a letter")
	assert.Equal(t, 0, letter2("…", 0), "three-byte punctuation")
	assert.Equal(t, 0, letter2("a", 0))
}

// TestStructuredTypes checks that a value is reported as its own type and
// not as a look-alike of another.
func TestStructuredTypes(t *testing.T) {
	cases := []struct {
		text, typ, want string
	}{
		{"social security number: 536228726", TypeUSSSN, "536228726"},
		{"passport number 4155550132", TypePhoneNumber, ""},
		{"my employee number is 4155550132", TypePhoneNumber, ""},
		{"my mobile number is 4155550132", TypePhoneNumber, "4155550132"},
		{"Rufen Sie mich an: 0221 / 123456", TypePhoneNumber, "0221 / 123456"},
		{"version 1.2.3.4", TypeIPAddress, ""},
		// Version words of the other chat languages, and subnet masks.
		{"con la versión 10.0.0.1 funciona", TypeIPAddress, ""},
		{"Kunde: seit Version 4.2.1.0 geht es nicht", TypeIPAddress, ""},
		{"versione 3.12.0.4 installata", TypeIPAddress, ""},
		{"na versão 2.3.4.5 deu erro", TypeIPAddress, ""},
		{"mi dirección IP es 88.27.194.3", TypeIPAddress, "88.27.194.3"},
		{"la conversión 88.27.194.3", TypeIPAddress, "88.27.194.3"},
		{"subnet mask 255.255.255.0", TypeIPAddress, ""},
		{"VERSIÓN 10.0.0.1 INSTALADA", TypeIPAddress, ""},
		{"> Android 13.0.0.1 on the tablet", TypeIPAddress, ""},
		{"iOS 17.0.3.1 installed", TypeIPAddress, ""},
		{"my android phone is at 10.0.0.1", TypeIPAddress, "10.0.0.1"},
		{"SERVIDOR 10.0.0.1", TypeIPAddress, "10.0.0.1"},
		{"the chart shows 1.2.3.4", TypeIPAddress, "1.2.3.4"},
		{"Section 4.2.1.3 of the contract", TypeIPAddress, ""},
		{"Kunde: Abschnitt 3.1.2.4 des Vertrags", TypeIPAddress, ""},
		{"apartado 2.1.3.4 del contrato", TypeIPAddress, ""},
		{"article 1.2.3.4 du règlement", TypeIPAddress, ""},
		{"the section's server 10.2.3.4", TypeIPAddress, "10.2.3.4"},
		{"intersection 10.2.3.4", TypeIPAddress, "10.2.3.4"},
		{"netmask 255.255.240.0", TypeIPAddress, ""},
		{"host 255.255.255.1", TypeIPAddress, "255.255.255.1"},
		{"host 255.0.255.0", TypeIPAddress, "255.0.255.0"},
		{"Broadcast 255.255.255.255", TypeIPAddress, "255.255.255.255"},
		{"https://x-access-token:ghs_16C7e42F292c6912E7710c838347Ae178B4a@github.com/org/repo.git", TypeGitHubToken, "ghs_16C7e42F292c6912E7710c838347Ae178B4a"},
		{"https://x-access-token:ghs_16C7e42F292c6912E7710c838347Ae178B4a@github.com/org/repo.git", TypeURL, "github.com/org/repo.git"},
		{"redis://:Passw0rd99@cache.example.com:6379", TypePassword, "Passw0rd99"},
		{"redis://:Passw0rd99@cache.example.com:6379", TypeEmailAddress, ""},
		// Russian national form: trunk 8, the area code in brackets.
		{"Позвоните мне: 8 (495) 123-45-67", TypePhoneNumber, "8 (495) 123-45-67"},
		{"мой телефон 8 (916) 555-12-34", TypePhoneNumber, "8 (916) 555-12-34"},
		{"8(495)123-45-67", TypePhoneNumber, "8(495)123-45-67"},
		{"телефон 8 916 555-12-34", TypePhoneNumber, "8 916 555-12-34"},
		{"8 (495)", TypePhoneNumber, ""},
		{"8 (495) 123", TypePhoneNumber, ""},
		{"see 8 916 555 12 34", TypePhoneNumber, ""},
		{"order 8 (495) 123-45-67", TypePhoneNumber, ""},
		{"8 (195) 123-45-67", TypePhoneNumber, ""},
		// Callback and reachability words of the chat languages.
		{"Rückruf an 089 / 45 67 89 12 ist notiert.", TypePhoneNumber, "089 / 45 67 89 12"},
		{"Klant: bereikbaar op 010 - 284 73 91", TypePhoneNumber, "010 - 284 73 91"},
		{"Mi chiami al 02 8734 5512 domattina.", TypePhoneNumber, "02 8734 5512"},
		{"an 089 / 45 67 89 12", TypePhoneNumber, ""},
		{"op 010 - 284 73 91", TypePhoneNumber, ""},
		{"Rückruf wegen Bestellnummer 089 / 45 67 89 12", TypePhoneNumber, ""},
		// A number glued to '#' is a reference, not a phone number,
		// unless a phone word or a calling phrase comes before it, as
		// in "Phone #", or it is international.
		{"ticket #05807787 is still open", TypePhoneNumber, ""},
		{"see #4055123456 for details", TypePhoneNumber, ""},
		{"my phone shows #05807787", TypePhoneNumber, ""},
		{"call me about #4055123456", TypePhoneNumber, ""},
		{"Your phone repair job #10458823 is ready", TypePhoneNumber, ""},
		{"my mobile number is #07700900123", TypePhoneNumber, "07700900123"},
		{"phone: #0171 2345678", TypePhoneNumber, "0171 2345678"},
		{"Phone #555-123-4567", TypePhoneNumber, "555-123-4567"},
		{"My cell #555-123-4567, call anytime", TypePhoneNumber, "555-123-4567"},
		{"call me on #07700900123", TypePhoneNumber, "07700900123"},
		{"#+44 7700 900123", TypePhoneNumber, "+44 7700 900123"},
		{"tel#01711234567", TypePhoneNumber, "01711234567"},
		{"phone # 0171 2345678", TypePhoneNumber, "0171 2345678"},
		// An extension of one digit after "ext" says the number is a
		// phone as a longer one does; the finding leaves it out.
		{"(555) 010-4477 ext 1", TypePhoneNumber, "(555) 010-4477"},
		{"(415) 555-0132 ext. 1 please", TypePhoneNumber, "(415) 555-0132"},
		{"(555) 010-4477 x 2", TypePhoneNumber, ""},
		// The writer says after the number that it is theirs: "is my
		// (new) number", "is our office line"; another kind of number
		// ("is my order number") says nothing.
		{"5027861309 is my new number", TypePhoneNumber, "5027861309"},
		{"5027861309 is my number, thanks", TypePhoneNumber, "5027861309"},
		{"5027861309 is my work phone", TypePhoneNumber, "5027861309"},
		{"07700900123 is our office number", TypePhoneNumber, "07700900123"},
		{"612904377 is my cell", TypePhoneNumber, "612904377"},
		{"5027861309 is my order number", TypePhoneNumber, ""},
		{"5027861309 is my new order number", TypePhoneNumber, ""},
		{"5027861309 is my home address", TypePhoneNumber, ""},
		{"5027861309 is my work ticket", TypePhoneNumber, ""},
		{"5027861309 is my numbered account", TypePhoneNumber, ""},
		{"5027861309 is mine", TypePhoneNumber, ""},
		// A calling phrase confirms a number with its area code before a
		// slash, as a phone word does; "contact" is one.
		{"you can reach me at 0221/1363655 after 5", TypePhoneNumber, "0221/1363655"},
		{"to reach us quote order 0221/1363655", TypePhoneNumber, ""},
		{"Rechnung 0221/1363655", TypePhoneNumber, ""},
		{"contact: 0651516104, thanks", TypePhoneNumber, "0651516104"},
		{"Contact 6407674076 after 5pm", TypePhoneNumber, "6407674076"},
		{"contact us about order 0651516104", TypePhoneNumber, ""},
		{"contacts 6407674076", TypePhoneNumber, ""},
		// The old German form, the trunk prefix apart in the brackets.
		{"Telefonnummer (0 30) 25 89 44 17", TypePhoneNumber, "(0 30) 25 89 44 17"},
		{"(0 89) 12 34 56 bis 18 Uhr", TypePhoneNumber, "(0 89) 12 34 56"},
		{"Tel. (030) 25 89 44 17", TypePhoneNumber, "(030) 25 89 44 17"},
		{"Bestellung (0 30) 25 89 44 17", TypePhoneNumber, ""},
		{"Punkte (0 3) 25 89 44 17", TypePhoneNumber, ""},
		{"Liste (0 1) 2 3 4 5 6 7", TypePhoneNumber, ""},
		// An article before a Spanish, Italian or Portuguese number.
		{"Estoy disponible en el 91 427 38 15", TypePhoneNumber, "91 427 38 15"},
		{"Mi trovi al 347 123 4567 domani", TypePhoneNumber, "347 123 4567"},
		{"Estou disponível no 21 234 5678", TypePhoneNumber, "21 234 5678"},
		{"el precio es el 600 000 000", TypePhoneNumber, ""},
		{"el 12 345 678 euros", TypePhoneNumber, ""},
		{"su pedido es el 91 427 38 15", TypePhoneNumber, ""},
		{"Account No 91 427 38 15", TypePhoneNumber, ""},
		{"customer no 91 427 38 15", TypePhoneNumber, ""},
		{"llega el 15 03 2024", TypePhoneNumber, ""},
		{"ticket al 347 123 4567", TypePhoneNumber, ""},
		{"el 91 427 38", TypePhoneNumber, ""},
		// A date before a phone label is a date, not the labelled number.
		{"Geburtsdatum 03.04.1980, Handy 0160 9384 7216", TypeDateOfBirth, "03.04.1980"},
		{"Geburtsdatum 03.04.1980, Handy 0160 9384 7216", TypePhoneNumber, "0160 9384 7216"},
		{"born 1980-04-03, mobile 0160 9384 7216", TypePhoneNumber, "0160 9384 7216"},
		{"seit 03.04.2024 Handy kaputt", TypePhoneNumber, ""},
		{"Handy 06-12-3456", TypePhoneNumber, "06-12-3456"},
		{"DOB 03 04 1980", TypeDateOfBirth, "03 04 1980"},
		{"geb. 3. 4. 1980", TypeDateOfBirth, "3. 4. 1980"},
		{"Geburtsdatum: 03. 04. 1980, Handy 0151 2876 4410", TypeDateOfBirth, "03. 04. 1980"},
		{"Geburtsdatum: 03. 04. 1980, Handy 0151 2876 4410", TypePhoneNumber, "0151 2876 4410"},
		{"geb. am 31. 2. 1980", TypeDateOfBirth, ""},
		{"Punkt 3. 4. 2000 Teile", TypeDateOfBirth, ""},
		{"DOB 03 04 1980", TypePhoneNumber, ""},
		{"ship 03 04 1980 units", TypeDateOfBirth, ""},
		{"06 12 34 56 78", TypePhoneNumber, "06 12 34 56 78"},
		{"Telefon 0221 12 2024", TypePhoneNumber, "0221 12 2024"},
		{"Tel 030.25.1980", TypePhoneNumber, "030.25.1980"},
		// An SSN glued to its label.
		{"my number is SSN-536-22-8726", TypeUSSSN, "536-22-8726"},
		{"SSN:536-22-8726", TypeUSSSN, "536-22-8726"},
		{"ssn#536228726", TypeUSSSN, "536228726"},
		{"ORD-536-22-8726", TypeUSSSN, ""},
		{"XSSN-536-22-8726", TypeUSSSN, ""},
		// IBANs in any grouping, never taking what follows.
		{"IBAN: DE89 370 400 440 532 013 000", TypeIBAN, "DE89 370 400 440 532 013 000"},
		{"IBAN DE89 37040044 053201 3000", TypeIBAN, "DE89 37040044 053201 3000"},
		{"IBAN DE89 3704 0044 0532 0130 00 thanks", TypeIBAN, "DE89 3704 0044 0532 0130 00"},
		{"IBAN DE89 3704 0044 0532 0130 00 12", TypeIBAN, "DE89 3704 0044 0532 0130 00"},
		{"IBAN: DE89 370 400 440 532 013 000 12", TypeIBAN, "DE89 370 400 440 532 013 000"},
		{"IBAN DE89 370 400 440 532 013 0001", TypeIBAN, ""},
		{"IBAN DE89 370 400 440 532 013 001", TypeIBAN, ""},
		// A mistyped IBAN (its check digits fail) is none, and its digit
		// groups are no card or phone number.
		{"Is FI13 0914 1490 9857 56 a valid IBAN?", TypePhoneNumber, ""},
		{"Is FI13 0914 1490 9857 56 a valid IBAN?", TypeIBAN, ""},
		{"IBAN EE23 3986 3094 7135 9858 was rejected", TypeCreditCard, ""},
		{"the form rejects pl42 7689 4036 4140 6394 2940 6570", TypeCreditCard, ""},
		{"Is NL18 WAFE 0734 0570 26 right?", TypePhoneNumber, ""},
		{"Is NL18 WAFE 0734 0570 26 right? Call 0734 0570 26", TypePhoneNumber, "0734 0570 26"},
		{"IBAN FI13 0914 1490 9857 56 card 4111 1111 1111 1111", TypeCreditCard, "4111 1111 1111 1111"},
		// Cards printed with dots.
		{"card 4111.1111.1111.1111 exp 09/27", TypeCreditCard, "4111.1111.1111.1111"},
		{"amex 3782.822463.10005", TypeCreditCard, "3782.822463.10005"},
		{"card (4111.1111.1111.1111) on file", TypeCreditCard, "4111.1111.1111.1111"},
		{"server (10.1.2.3) is down", TypeIPAddress, "10.1.2.3"},
		{"phone (06.12.34.56)", TypePhoneNumber, "06.12.34.56"},
		{"phone (06 12 34 56)", TypePhoneNumber, "06 12 34 56"},
		{"call (020) 7946 0958", TypePhoneNumber, "(020) 7946 0958"},
		{"card 4111.1111.1111.1112", TypeCreditCard, ""},
		{"card 4111.1111-1111.1111", TypeCreditCard, "4111.1111-1111.1111"},
		{"version 4111.1111.1111.1111", TypeCreditCard, ""},
		{"4111.1111.1111.1111.5", TypeCreditCard, ""},
		{"hosts 1.2.3.4 and 10.0.0.1", TypeCreditCard, ""},
		// Spaces and hyphens mixed as a hand types them; Diners in 4-6-4.
		{"card 4111-1111 1111-1111 exp 09/27", TypeCreditCard, "4111-1111 1111-1111"},
		{"Karte 5555 5555-5555 4444", TypeCreditCard, "5555 5555-5555 4444"},
		{"card 4111-1111 1111-1112", TypeCreditCard, ""},
		{"Tel 0151-1234 5678 90", TypeCreditCard, ""},
		{"Diners 3056 930902 5904", TypeCreditCard, "3056 930902 5904"},
		{"Diners 3056-930902-5904", TypeCreditCard, "3056-930902-5904"},
		{"Diners 3056 930902 5905", TypeCreditCard, ""},
		// UnionPay prints 19-digit cards as the six digits of the issuer
		// and thirteen; other schemes do not, so they need a card word.
		{"621234 5678901234569", TypeCreditCard, "621234 5678901234569"},
		{"UnionPay 622202-1234567890128 ok", TypeCreditCard, "622202-1234567890128"},
		{"card 601100 0990139424124", TypeCreditCard, "601100 0990139424124"},
		{"621234 5678901234560", TypeCreditCard, ""},
		{"ref 601100 0990139424124", TypeCreditCard, ""},
		{"ref 411111 1111111111110", TypeCreditCard, ""},
		{"card 621234 567890123456", TypeCreditCard, ""},
		{"card 6212345 678901234569", TypeCreditCard, ""},
		// Numbers grouped with no-break spaces and en dashes, as text
		// pasted from a web page or a word processor has them.
		{"tél. 06\u00a012\u00a034\u00a056\u00a078", TypePhoneNumber, "06\u00a012\u00a034\u00a056\u00a078"},
		{"phone +49\u202f30\u202f25894417", TypePhoneNumber, "+49\u202f30\u202f25894417"},
		{"card 4111\u00a01111\u00a01111\u00a01111", TypeCreditCard, "4111\u00a01111\u00a01111\u00a01111"},
		{"card 4111\u00a01111 1111\u00a01111", TypeCreditCard, "4111\u00a01111 1111\u00a01111"},
		{"card 4111\u00a01111\u00a01111\u00a01112", TypeCreditCard, ""},
		{"SSN 536\u201322\u20138726", TypeUSSSN, "536\u201322\u20138726"},
		{"SSN 536\u00a022\u00a08726", TypeUSSSN, "536\u00a022\u00a08726"},
		{"IBAN DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000", TypeIBAN, "DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000"},
		{"IBAN DE89 3704 0044 0532 0130 00\u00a0thanks", TypeIBAN, "DE89 3704 0044 0532 0130 00"},
		{"IBAN DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a001", TypeIBAN, ""},
		{"Total 1\u202f234,56\u00a0€", TypePhoneNumber, ""},
		{"pages 10\u201312 of 2024\u20132025", TypePhoneNumber, ""},
		{"DOB 03\u201304\u20131980", TypeDateOfBirth, "03\u201304\u20131980"},
		{"numéro de sécurité sociale 2\u00a074\u00a004\u00a077\u00a0092\u00a0236\u00a090", "FR_NIR", "2\u00a074\u00a004\u00a077\u00a0092\u00a0236\u00a090"},
		{"numéro de sécurité sociale 2\u00a074\u00a004\u00a077\u00a0092\u00a0236\u00a091", "FR_NIR", ""},
		{"Steuer-ID 71\u00a0249\u00a0065\u00a0287", "DE_TAX_ID", "71\u00a0249\u00a0065\u00a0287"},
		{"NINO RJ\u00a003\u00a074\u00a086\u00a0B", "UK_NINO", "RJ\u00a003\u00a074\u00a086\u00a0B"},
		{"SIN 112\u202f422\u202f621", "CA_SIN", "112\u202f422\u202f621"},
		{"SIN 112\u00a0422\u00a0622", "CA_SIN", ""},
		{"Aadhaar 5857\u00a03415\u00a02180", "IN_AADHAAR", "5857\u00a03415\u00a02180"},
		// A no-break space between a word and a value parts them.
		{"DOB\u00a003/04/1980", TypeDateOfBirth, "03/04/1980"},
		{"né le 3\u00a0avril\u00a01980", TypeDateOfBirth, "3\u00a0avril\u00a01980"},
		{"born March\u00a014, 1977", TypeDateOfBirth, "March\u00a014, 1977"},
		{"livraison le 3\u00a0avril\u00a02025", TypeDateOfBirth, ""},
		{"IBAN\u00a0DE89 3704 0044 0532 0130 00", TypeIBAN, "DE89 3704 0044 0532 0130 00"},
		{"token\u00a0ghs_9lp6PqwmGUjqLfm71GDu7dopx9vlJ9AYowMq", TypeGitHubToken, "ghs_9lp6PqwmGUjqLfm71GDu7dopx9vlJ9AYowMq"},
		{"email\u00a0mary.anderson@acme-corp.com.", TypeEmailAddress, "mary.anderson@acme-corp.com"},
		{"Bestellnummer\u00a00151 2876 4410", TypePhoneNumber, ""},
		{"version\u00a010.0.0.1", TypeIPAddress, ""},
		// A card glued to its expiry and code.
		{"CC 4111111111111111/0927/123", TypeCreditCard, "4111111111111111"},
		{"CC 4111 1111 1111 1111/09/27", TypeCreditCard, "4111 1111 1111 1111"},
		{"CC 4111111111111111-0927-123", TypeCreditCard, "4111111111111111"},
		{"CC 4111111111111112/0927/123", TypeCreditCard, ""},
		{"key 4111-1111-1111-1111-0927", TypeCreditCard, ""},
		{"path /orders/1699012345678/items", TypeCreditCard, ""},
		{"total 1.234.567,00", TypeCreditCard, ""},
		{"due 15.03.2024", TypeCreditCard, ""},
		// E-mail addresses with a domain in another script.
		{"пишите на иван@почта.рф", TypeEmailAddress, "иван@почта.рф"},
		{"email ivan@пример.рф", TypeEmailAddress, "ivan@пример.рф"},
		{"mail: jürgen@müller.de", TypeEmailAddress, "jürgen@müller.de"},
		{"напишите иван@почта.рф, спасибо", TypeEmailAddress, "иван@почта.рф"},
		{"ping @иван", TypeEmailAddress, ""},
		// A MAC written without separators, after a MAC word only.
		{"mac 3C52824A1F9E", TypeMACAddress, "3C52824A1F9E"},
		{"MAC-Adresse: 3c52824a1f9e", TypeMACAddress, "3c52824a1f9e"},
		{"adresse MAC 3C52824A1F9E, merci", TypeMACAddress, "3C52824A1F9E"},
		{"MAC address is 3C52824A1F9E.", TypeMACAddress, "3C52824A1F9E"},
		{"commit 3e1b7c2d4f5a", TypeMACAddress, ""},
		{"MAC 3C52824A1F9E0", TypeMACAddress, ""},
		{"MAC 123456789012", TypeMACAddress, ""},
		{"MAC FFFFFFFFFFFF", TypeMACAddress, ""},
		{"my mac 13 inch 3C52824A1F9E", TypeMACAddress, ""},
		// Six pairs are an address only as a whole chain; decimal pairs
		// are hex digits too.
		{"MACs: 00:11:22:33:44:55", TypeMACAddress, "00:11:22:33:44:55"},
		{"MAC:aa:bb:cc:dd:ee:01", TypeMACAddress, "aa:bb:cc:dd:ee:01"},
		{"laps 12:34:56:78:90:12:34 done", TypeMACAddress, ""},
		{"codes 01-02-03-04-05-06-07", TypeMACAddress, ""},
		{"x 12:34:56:78:90:12:34:56:78", TypeMACAddress, ""},
		// Addresses written with "(at)" and "(dot)".
		{"mail me: jane.doe(at)example.com", TypeEmailAddress, "jane.doe(at)example.com"},
		{"jane.doe [at] example [dot] com", TypeEmailAddress, "jane.doe [at] example [dot] com"},
		{"Jane.Doe(AT)Example(DOT)co(DOT)uk, danke", TypeEmailAddress, "Jane.Doe(AT)Example(DOT)co(DOT)uk"},
		{"look (at) this", TypeEmailAddress, ""},
		{"meet me [at] the office", TypeEmailAddress, ""},
		{"see (at)home.com", TypeEmailAddress, ""},
		{"user(at)example.c", TypeEmailAddress, ""},
		{"[at]", TypeEmailAddress, ""},
		{"x(at", TypeEmailAddress, ""},
		// An apostrophe inside the local part, not a quote around it.
		{"email o'brien@example.ie please", TypeEmailAddress, "o'brien@example.ie"},
		{"it's 'jane@example.com'", TypeEmailAddress, "jane@example.com"},
		{"customer's jane@example.com", TypeEmailAddress, "jane@example.com"},
		{"don't o'clock", TypeEmailAddress, ""},
		{"ask @support", TypeEmailAddress, ""},
		{"ivan@почта", TypeEmailAddress, ""},
		{"ivan@пример.дé", TypeEmailAddress, ""},
		// A birthday that names a gift or a party dates the gift or the
		// party; a person's birthday stays a date of birth.
		{"I ordered a birthday gift on 03/14/2024", TypeDateOfBirth, ""},
		{"the birthday party is on 12 May", TypeDateOfBirth, ""},
		{"birthday-cake order for 03/14/2024", TypeDateOfBirth, ""},
		{"Bday card sent 2024-03-14", TypeDateOfBirth, ""},
		{"my birthday is 03/14/1990", TypeDateOfBirth, "03/14/1990"},
		{"my birthday is on 12 May", TypeDateOfBirth, "12 May"},
		{"Birthday: 03/14/1990", TypeDateOfBirth, "03/14/1990"},
		{"born 03/14/1990", TypeDateOfBirth, "03/14/1990"},
		{"DOB 03/14/1990", TypeDateOfBirth, "03/14/1990"},
		{"date of birth: 03/14/1990", TypeDateOfBirth, "03/14/1990"},
		{"a birthday gift for my son, born 03/14/2019", TypeDateOfBirth, "03/14/2019"},
		// Abbreviated birth labels and month names of the chat languages.
		{"fecha de nac.: 5 nov. 1990", TypeDateOfBirth, "5 nov. 1990"},
		{"data de nasc.: 28.02.1966", TypeDateOfBirth, "28.02.1966"},
		{"Cliente: nato il 9 set 1987", TypeDateOfBirth, "9 set 1987"},
		{"nascido em 3 out 1985", TypeDateOfBirth, "3 out 1985"},
		{"geboren 3 mrt 1980", TypeDateOfBirth, "3 mrt 1980"},
		{"née le 3 févr. 1975", TypeDateOfBirth, "3 févr. 1975"},
		{"consegna il 9 set 2025", TypeDateOfBirth, ""},
		{"3 out of 5 stars, born to run", TypeDateOfBirth, ""},
		{"nac. 28.02.2024 pedido", TypeDateOfBirth, ""},
		{"Data nasc. 03/04/1980", TypeDateOfBirth, "03/04/1980"},
		{"fecha nac. 03/04/1980", TypeDateOfBirth, "03/04/1980"},
		{"data nascita 03/04/1980", TypeDateOfBirth, "03/04/1980"},
		{"date naiss. 03/04/1980", TypeDateOfBirth, "03/04/1980"},
		{"data 03/04/2024, nasc", TypeDateOfBirth, ""},
		// Day, month abbreviation and year run together, as passports
		// and forms print them; a birth word makes them a date of birth.
		{"DOB 14MAR1985", TypeDateOfBirth, "14MAR1985"},
		{"dob: 14mar85", TypeDateOfBirth, "14mar85"},
		{"born 5May1990 in Leeds", TypeDateOfBirth, "5May1990"},
		{"Geburtsdatum 03MAI1980", TypeDateOfBirth, "03MAI1980"},
		{"part 14MAR1985 is in stock", TypeDateOfBirth, ""},
		{"born 14MAR sale", TypeDateOfBirth, ""},
		{"DOB 31FEB1985", TypeDateOfBirth, ""},
		{"DOB 14MRA1985", TypeDateOfBirth, ""},
		{"DOB 14MAR19851", TypeDateOfBirth, ""},
		{"DOB 14MAR1985X", TypeDateOfBirth, ""},
		{"DOB 14mAr1985", TypeDateOfBirth, ""},
		{"DOB 114MAR1985", TypeDateOfBirth, ""},
		// A marketplace order number (3-7-7 digits) holds no business
		// registration number, whose groups are 3-2-5.
		{"email says 355-5439878-0157399 too", "KR_BRN", ""},
		{"BRN 104-86-56659", "KR_BRN", "104-86-56659"},
		// A bank account number needs words that name one; "account" or
		// "bank" alone does not.
		{"my account 12345678 was charged twice", "US_BANK_NUMBER", ""},
		{"order 123456789 from your account", "US_BANK_NUMBER", ""},
		{"bank transfer ref 44291830", "US_BANK_NUMBER", ""},
		{"I can't log into my account. I typed 343039246628474", "US_BANK_NUMBER", ""},
		{"my bank account number is 12345678", "US_BANK_NUMBER", "12345678"},
		{"checking account 123456789", "US_BANK_NUMBER", "123456789"},
		{"savings 945456787654 at the credit union", "US_BANK_NUMBER", "945456787654"},
		{"acct no. 945456787654", "US_BANK_NUMBER", "945456787654"},
		// A 40-character AWS secret needs a secret word or an access key
		// near it.
		{"here: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", TypeAWSSecretKey, ""},
		{"paste wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY into the form", TypeAWSSecretKey, ""},
		{"secret: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", TypeAWSSecretKey, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
		{"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", TypeAWSSecretKey, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
		{"AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", TypeAWSSecretKey, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
		// A number in an issuer's range that passes Luhn is reported
		// even after a carrier or tracking word: a card missed goes out
		// whole, a parcel number masked costs nothing.
		{"FedEx 378282246310005", TypeCreditCard, "378282246310005"},
		{"tracking 378282246310005", TypeCreditCard, "378282246310005"},
		{"UPS shipment 371449635398431", TypeCreditCard, "371449635398431"},
		{"DHL: 378282246310005 arrives Monday", TypeCreditCard, "378282246310005"},
		{"charged my card for the FedEx 378282246310005", TypeCreditCard, "378282246310005"},
		{"card 378282246310005", TypeCreditCard, "378282246310005"},
		{"charged 378282246310005", TypeCreditCard, "378282246310005"},
		{"for the FedEx order I paid with amex 371449635398431", TypeCreditCard, "371449635398431"},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, c.typ, c.want, "case %d", i)
	}
}

// TestTrunk8FollowsRegions: the Russian national forms are read by
// default and when RU or KZ is listed, not when the regions leave them
// out.
func TestTrunk8FollowsRegions(t *testing.T) {
	const text = "Позвоните мне: 8 (495) 123-45-67"
	for _, c := range []struct {
		regions []string
		want    string
	}{
		{nil, "8 (495) 123-45-67"},
		{[]string{"RU"}, "8 (495) 123-45-67"},
		{[]string{"KZ"}, "8 (495) 123-45-67"},
		{[]string{"US"}, ""},
	} {
		var opts []Option
		if c.regions != nil {
			opts = append(opts, WithRegions(c.regions...))
		}
		d, err := NewDetector(opts...)
		require.NoError(t, err)
		wantValue(t, d, text, TypePhoneNumber, c.want, "regions %v", c.regions)
	}
}

// TestWidenSpaces checks that a space in a rule's pattern, literal or in a
// class, also matches the no-break spaces, and that a class that excludes
// the space stays as it is.
func TestWidenSpaces(t *testing.T) {
	cases := []struct {
		pattern, text string
		want          bool
	}{
		{`ab cd`, "ab\u00a0cd", true},
		{`(?i)AB CD`, "ab\u202fcd", true},
		{`\d{2}[ .]\d{3}`, "12\u2009345", true},
		{`\d{2} ?\d{3}`, "12\u00a0345", true},
		{`\d{2}[^ ]\d{3}`, "12\u00a0345", true},
		{`\d{2}[^ ]\d{3}`, "12 345", false},
		{`\d{2}-\d{3}`, "12\u00a0345", false},
	}
	for i, c := range cases {
		p, err := widenSpaces(c.pattern)
		require.NoError(t, err)
		assert.Equal(t, c.want, regexp.MustCompile(p).MatchString(c.text), "case %d: %s", i, p)
	}
}

// TestUserRuleSpacesWiden: a user's rule with a space in its pattern
// also matches digits grouped with a no-break space, as Rule.Pattern
// says, and a detector built twice from the same rule behaves the same.
func TestUserRuleSpacesWiden(t *testing.T) {
	r := Rule{Name: "acme_member", Type: "ACME_MEMBER", Pattern: `\bAC [0-9]{4} [0-9]{4}\b`, Score: 0.9}
	for range 2 {
		e, err := NewDetector(WithoutDefaultRules(), WithRules(r))
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range []string{"member AC 1234 5678 here", "member AC\u00a01234\u202f5678 here"} {
			fs, err := e.Detect(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(fs) != 1 || fs[0].Type != "ACME_MEMBER" || fs[0].Start != 7 {
				t.Errorf("%q: got %+v, want one ACME_MEMBER at 7", text, fs)
			}
		}
	}
}

// TestWidenSpacesKeepsExclusions: a class that says something about the
// wide spaces already is left as written; a space elsewhere widens.
func TestWidenSpacesKeepsExclusions(t *testing.T) {
	for _, c := range []struct {
		pattern, text string
		match         bool
	}{
		{`a[^\xa0]b`, "a\u00a0b", false},
		{`a[^\xa0]b`, "a b", true},
		{`a[ \x{202f}]b`, "a\u00a0b", false},
		{`a[ -]b`, "a\u00a0b", true},
		{`a b`, "a\u2009b", true},
		{`a[^ ]b`, "a\u00a0b", true},
	} {
		w, err := widenSpaces(c.pattern)
		require.NoError(t, err)
		assert.Equal(t, c.match, regexp.MustCompile(w).MatchString(c.text), "%s (as %s) on %q", c.pattern, w, c.text)
	}
}

// TestWidenedRulesASCII: in ASCII text a rule's pattern as written finds
// exactly what its widened form (spaces also matching U+00A0 and kin)
// finds, so search may run the former there; and the widened form finds
// the examples' values written with no-break spaces.
func TestWidenedRulesASCII(t *testing.T) {
	widenedRules := 0
	for _, r := range DefaultRules() {
		cr, err := compileRule(r)
		require.NoError(t, err, r.Name)
		wide, ascii := cr.form(false), cr.form(true)
		if ascii.re == wide.re {
			continue
		}
		widenedRules++
		assert.LessOrEqual(t, ascii.maxLen, wide.maxLen, r.Name)
		for _, ex := range r.Examples {
			texts := []string{ex.Text, ex.Text + " " + ex.Text, "x" + ex.Text + "9"}
			for _, text := range texts {
				assert.Equal(t, wide.re.FindAllStringSubmatchIndex(text, -1), ascii.re.FindAllStringSubmatchIndex(text, -1), "%s on %q", r.Name, text)
				assert.Equal(t, wide.reCtx.FindAllStringSubmatchIndex(text, -1), ascii.reCtx.FindAllStringSubmatchIndex(text, -1), "%s on %q", r.Name, text)
			}
			if ex.Want == "" || !strings.Contains(ex.Want, " ") {
				continue
			}
			spaced := strings.ReplaceAll(ex.Text, " ", "\u00a0")
			m := wide.re.FindStringSubmatchIndex(spaced)
			if assert.NotNil(t, m, "%s: no match in %q", r.Name, spaced) {
				s, e := m[0], m[1]
				if cr.sub > 0 {
					s, e = m[2*cr.sub], m[2*cr.sub+1]
				}
				assert.Equal(t, strings.ReplaceAll(ex.Want, " ", "\u00a0"), spaced[s:e], r.Name)
			}
		}
	}
	if widenedRules < 10 {
		t.Fatalf("only %d rules widened: widenSpaces lost its effect?", widenedRules)
	}
}
