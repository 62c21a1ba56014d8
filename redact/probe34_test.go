package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRelativesBirthDateOfSession34 checks a second date of birth given
// by a relative's possessive right after the first ("my birth date: 6
// May 2002. my husband's: 12/3/1952"), with or without "is" and with a
// curly apostrophe. The possessive of a thing ("my husband's order:"),
// a relation that is no relative ("my landlord's:") and a date later
// than births are taken leave the second date out.
func TestRelativesBirthDateOfSession34(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"> my birth date: 6 May 2002. my husband's: 12/3/1952", []string{"6 May 2002", "12/3/1952"}},
		{"[09:06] Customer: my birth date: 05.07.1950. my husband's: 8 September 1986", []string{"05.07.1950", "8 September 1986"}},
		{"DOB 1990-01-02, my mum's is 1961-07-30", []string{"1990-01-02", "1961-07-30"}},
		{"date of birth 14/03/1979. and my wife\u2019s: 02/11/1981", []string{"14/03/1979", "02/11/1981"}},
		{"my birth date: 6 May 2002. my husband's order: 12/3/2024", []string{"6 May 2002"}},
		{"my birth date: 6 May 2002. my landlord's: 12/3/1952", []string{"6 May 2002"}},
		{"born 01/02/1980. my husband's appointment: 12/3/1952", []string{"01/02/1980"}},
		{"my birth date: 6 May 2002. my son's: 12/3/2025", []string{"6 May 2002"}},
		// Session 34's reviewer's set: a word between the possessive and
		// the relative, the relative's on the next line, and the other
		// chat languages' pronoun and preposition.
		{"my date of birth: April 4, 1989. my twin sister's: May 4, 1991", []string{"April 4, 1989", "May 4, 1991"}},
		{"user> DOB: 1983/05/27\nmy brother's: 1986/10/02\nboth need the discount removed", []string{"1983/05/27", "1986/10/02"}},
		{"mi fecha de nacimiento es 9/12/1970 y la de mi madre 24/6/1945", []string{"9/12/1970", "24/6/1945"}},
		{"Geburtsdatum 08.06.1958, das meiner Frau: 19.09.1960. Kundennummer KD-4471902", []string{"08.06.1958", "19.09.1960"}},
		{"Data de nascimento 12/05/1979, a do meu marido: 03/03/1977.", []string{"12/05/1979", "03/03/1977"}},
		{"data di nascita 02/08/1990, quella di mia madre 17/05/1962", []string{"02/08/1990", "17/05/1962"}},
		{"ma date de naissance : 02/04/1987, celle de ma mère : 15/11/1959", []string{"02/04/1987", "15/11/1959"}},
		{"mijn geboortedatum is 01-02-1980, die van mijn vrouw: 03-04-1982", []string{"01-02-1980", "03-04-1982"}},
		{"Geburtsdatum 08.06.1958, das meiner Bestellung: 19.09.1960", []string{"08.06.1958"}},
		{"DOB: 1983/05/27\nmy order: 1986/10/02", []string{"1983/05/27"}},
	} {
		assert.Equal(t, c.want, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
}

// TestOneRecoveryCodeAfterIsOfSession34 checks a single recovery code
// after "is" or "was" right after the codes' name, as after a colon
// before; a code's name followed by words, or "is" before a word or a
// phone number, finds no code.
func TestOneRecoveryCodeAfterIsOfSession34(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"my recovery code is 8f2k-9dq1-x7mz", "8f2k-9dq1-x7mz"},
		{"the backup code was 2412 0010.", "2412 0010"},
		{"My Recovery Code Is W830P-KI5MA", "W830P-KI5MA"},
		// Session 34's reviewer's set: in quotes, after the name's
		// closing bracket, four groups of four.
		{`my account recovery code is "5GHT-2WQA-M9LC" and it keeps saying error E-4031`, "5GHT-2WQA-M9LC"},
		{"Mein Wiederherstellungscode (recovery code) is H7D2-K9QM-P3XR, funktioniert nicht mehr", "H7D2-K9QM-P3XR"},
		{"the account recovery code is QW7P-LM3X-99TR-4KZD, I wrote it down", "QW7P-LM3X-99TR-4KZD"},
	}, []string{
		"the recovery code is QW7P-LM3X-99TR-4KZD-AAAA",
		"recovery code (see manual) is ABC1-2345",
		"the recovery code is invalid, and the order is 12345678",
		"my recovery code is sent to 07700900123",
		"recovery code is",
	})
}

// TestSetupKeyEndingInPairOfSession34 checks a 128-bit authenticator
// secret, 26 base32 characters printed as six groups of four and one of
// two, reported whole; a two-letter word after six groups of a lower-case
// key, a pair in the other case and a longer last group stay out of it.
func TestSetupKeyEndingInPairOfSession34(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []textValue{
		{"the setup key shown was: sb3z k7wf p3ar zhey lacz 77sd xn", "sb3z k7wf p3ar zhey lacz 77sd xn"},
		{"our admin used the setup key: tq32 ezjm 66cq 4gpc e7i5 ocer 7s\nphone time is synced", "tq32 ezjm 66cq 4gpc e7i5 ocer 7s"},
		{"setup key: TQ32 EZJM 66CQ 4GPC E7I5 OCER 7S", "TQ32 EZJM 66CQ 4GPC E7I5 OCER 7S"},
		{"setup key: tq32 ezjm 66cq 4gpc e7i5 ocer is that right", "tq32 ezjm 66cq 4gpc e7i5 ocer"},
		{"setup key: tq32 ezjm 66cq 4gpc e7i5 ocer 7S", "tq32 ezjm 66cq 4gpc e7i5 ocer"},
		{"setup key: tq32 ezjm 66cq 4gpc e7i5 ocer 7sx", "tq32 ezjm 66cq 4gpc e7i5 ocer"},
		{"setup key: jbsw y3dp ehpk 3pxp xn", "jbsw y3dp ehpk 3pxp"},
		// On the next line when a colon ends the key word's.
		{"Here's the secret key from the enrolment screen:\n75YZ 6KAR 4T4G YKNA 66X3 LJBQ XL\nGoogle Authenticator says invalid", "75YZ 6KAR 4T4G YKNA 66X3 LJBQ XL"},
		{"setup key below\n75YZ 6KAR 4T4G YKNA 66X3 LJBQ XL", ""},
	} {
		wantValue(t, d, c.text, TypeAPIKey, c.value, c.text)
	}
}

// session34Seeds are FuzzDetect's seeds for the readers of session 34,
// cut where each reader looks past what it has read.
var session34Seeds = []string{
	"DOB 1990-01-02. my husband's: 12/3/1952",
	"DOB 1990-01-02. my husband's",
	"born 1990. my ’s: 1",
	"my recovery code is 8f2k-9dq1-x7mz",
	"recovery code is ",
	"recovery code was",
	"setup key: tq32 ezjm 66cq 4gpc e7i5 ocer 7s",
	"setup key: tq32 ezjm 66cq 4gpc e7i5 ocer 7",
	"setup key: tq32 ezjm 66cq 4gpc e7i5 ocer ",
	"secret key from the screen:\n75YZ 6KAR 4T4G YK",
	"secret key:\n",
	"Via G. Verdi 80",
	"Via G. 8",
	"Av. Boa Viagem, 826",
	"Av. Boa",
	"Rua da Boa X 1",
	"Calle M. de",
	"call 07700 900123 2nd",
	"call 07700 900123. 2",
	"variable \"db_password\" {\n default = \"x",
	"variable \"db_password\" {\n default =",
	"variable \"password\" {",
}

// TestPhoneWordsOfSession34 checks the phone words session 34's blind set
// in six languages found missing: "Handynr." (German), "meu whats" (the
// Brazilian WhatsApp; "whats" alone is English's "what's"), the Italian agent's "la richiamo al", and a
// number in one run after its dialling prefix "00" once a phone word or
// a calling phrase is near ("ich rufe Sie unter 00491600087515 zurück").
// Without such a word, or with no country after "00", it stays out.
func TestPhoneWordsOfSession34(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"meine Handynr. ist 0152-366 6455 falls was ist", "0152-366 6455"},
		{"Ich rufe Sie gleich unter 00491600087515 zurück", "00491600087515"},
		{"Handy 00491600087515", "00491600087515"},
		{"meu whats: 85 96181 5350 - Abs", "85 96181 5350"},
		{"Sig.ra Rossi, la richiamo al 340/9943032 tra poco.", "340/9943032"},
	}, []string{
		"Bestellung 00491600087515",
		"Handy 00991600087515",
		"whats the total? 49,90 for 2 items",
		"whats 15 24 000 000?",
	})
}

// TestGreetingsAndHeadsOfSession34 checks greetings of other languages
// that open a message before a comma as a name does ("Namaste, I'm
// Rahul Iyer", "Merhaba, ben Elif Çelik") and the head of a correction
// before a colon ("Korrektur: ..."): no person, while the name after
// them still is one.
func TestGreetingsAndHeadsOfSession34(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []textValue{
		{"Namaste, I'm Rahul Iyer, my number is +91-8722693231", "Rahul Iyer"},
		{"Merhaba, ben Elif Çelik, e-postam elif@example.org", "Elif Çelik"},
		{"Grüezi, hier ist Anna Meier", "Anna Meier"},
		{"Salam, I am Omar Farouk, calling about invoice INV-88120", "Omar Farouk"},
		{"Shalom, this is Noa Ben-David", "Noa Ben-David"},
		{"Salam, I'm unable to pay with my card", ""},
		{"Korrektur: die richtige Hausnummer ist drin, also Goethestr. 89, 20095 Hamburg", ""},
	} {
		wantValue(t, d, c.text, TypePerson, c.value, c.text)
	}
}

// TestStreetNamesOfSession34 checks two street names of session 34's
// set in six languages: one after a person's initial ("Via G. Verdi
// 80", "Rue J. Jaurès 5"), as after a title, and one that a stop word
// opens after the designator ("Av. Boa Viagem, 826"). An initial or a
// designator with no number after the name reads no street.
func TestStreetNamesOfSession34(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"indirizzo: Via G. Verdi 80, 90117 Palermo (PA)", "Via G. Verdi 80, 90117 Palermo (PA)"},
		{"Rue J. Jaurès 5, 75010 Paris", "Rue J. Jaurès 5, 75010 Paris"},
		{"Calle F. García Lorca 5, 18001 Granada", "Calle F. García Lorca 5, 18001 Granada"},
		{"meu endereço: Av. Boa Viagem, 826 - Rio de Janeiro/RJ - CEP 22628-104", "Av. Boa Viagem, 826 - Rio de Janeiro/RJ - CEP 22628-104"},
		{"meu endereço: Rua Boa Vista, 826 - Recife/PE", "Rua Boa Vista, 826 - Recife/PE"},
		{"I moved, new one: Calle M. de Falla 23, 46005 Valencia", "Calle M. de Falla 23, 46005 Valencia"},
	}, []string{
		"Rue J. Jaurès est fermée le dimanche",
		"la Rua Boa Vista é bonita",
	})
}

// TestTerraformDefaultPasswordOfSession34 checks the default value of a
// Terraform variable named for a password (session 32's blind set of
// code), in its block; a reference, an empty default, a default outside
// the block and a block that is no variable's stay out.
func TestTerraformDefaultPasswordOfSession34(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"config:\nvariable \"db_password\" {\n  type      = string\n  default   = \"lemonade-rosebud-banshee99\"\n  sensitive = true\n}", "lemonade-rosebud-banshee99"},
		{"variable \"db_password\" {\n  default=\"S3cr3t-Val\"}", "S3cr3t-Val"},
		{"variable \"db_password\" {\n  default = \"Xq9}word1!\"\n}", "Xq9}word1!"},
	}, []string{
		"variable \"admin_password\" {\n  default = \"${var.base}\"\n}",
		"variable \"db_password\" {\n  default = \"\"\n}",
		"variable \"db_password\" {}\ndefault = \"notinblock\"",
		"set \"db_password\" {\n default = \"Xy7!abcd\"\n}",
	})
}

// TestNumberEndsBeforeGluedWordOfSession34 checks a phone number that a
// word opening with digits follows: after a sentence's stop or a comma
// ("... 30. 2FA key") or an ordinal after a space ("... 900123 2nd
// number"), the word's digits are no group of the number. Codes of
// groups glued to letters read as before.
func TestNumberEndsBeforeGluedWordOfSession34(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"Grüezi, Reto Brunner. Handynr. 079 412 88 30. 2FA key 4WFS HT4Z QBJU OUSN 36HB O5KF HU", "079 412 88 30"},
		{"call me on 07700 900123 2nd number is my office", "07700 900123"},
		{"call me on 079 412 88 30. 3rd try", "079 412 88 30"},
	}, []string{
		"BR97 0036 A305 0000 1000 9795 493P 1",
	})
}
