package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Tests of what session 41's blind sets found (HR and payroll, telecom
// support, pasted logs and configuration).

// TestLoginsAndFirstPasswordsOfSession41 checks a login that ends in one
// digit after its label, and the first passwords of new accounts in the
// languages we serve, whose adjective or compound the bare word missed.
func TestLoginsAndFirstPasswordsOfSession41(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"Username: tmitchell2\nTemporary password: Tq8#vRm2!pLx", "tmitchell2"},
		{"hallo, mein login ist jweber2 und der link geht nicht", "jweber2"},
		{"username: tmitchell", "tmitchell"},
	}, []string{
		// No label, or prose after the word.
		"the username field2 is empty",
		"username is wrong",
		"my login2 failed",
	})
	wantFound(t, d, TypePassword, []textValue{
		{"Benutzername: m.yildiz\nEinmalpasswort: Herbst-4821!Kp", "Herbst-4821!Kp"},
		{"Ihr Initialpasswort lautet Sommer2024!", "Sommer2024!"},
		{"Votre mot de passe provisoire est : Rh$2024-pQ7w", "Rh$2024-pQ7w"},
		{"Tu contraseña temporal es Kx92!mPq", "Kx92!mPq"},
		{"A sua senha provisória é Tm4#kq92", "Tm4#kq92"},
		{"La password temporanea è Qz7!pl2Mx", "Qz7!pl2Mx"},
	}, []string{
		"Das Einmalpasswort kommt per SMS.",
		"Le mot de passe provisoire expire demain.",
	})
}

// TestDatesAndPricesNameNoStreetOfSession41 checks two readings of the
// address finder: a month's name or abbreviation in lower case, with its
// period, after a day ("vanaf 6 mei. Thijs Jansen") is no designator
// before a name, and a count before a price ("2 Nächte 238,00 €") is no
// house number and street.
func TestDatesAndPricesNameNoStreetOfSession41(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Ik wil graag verlof aanvragen vanaf 6 mei. Thijs Jansen, personeelsnummer 20488", "Thijs Jansen"},
		{"Tot 12 mrt. Groeten, Thijs Jansen", "Thijs Jansen"},
	}, nil)
	wantFound(t, d, TypeStreetAddress, []textValue{
		// A designator abbreviated with its period stays one.
		{"Adresse: 12 av. Victor Hugo, 75016 Paris", "12 av. Victor Hugo, 75016 Paris"},
	}, []string{
		"vanaf 6 mei. Thijs Jansen",
		"Tot 12 mrt. Groeten, Thijs",
		"Reisekosten: Hotel 2 Nächte 238,00 €, bezahlt mit Firmenkarte.",
		"3 Zimmer 450,00 € im Monat",
	})
}

// TestBirthVerbEndsItsSentenceOfSession41 checks that "geboren" at the
// end of its sentence, where German and Dutch put the verb, dates what
// comes before it and not the dates of the next sentence, while a label
// that ends a sentence still asks for the date after it.
func TestBirthVerbEndsItsSentenceOfSession41(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeDateOfBirth, []textValue{
		{"unser Sohn Felix wurde am 2. Mai 2024 geboren. Ich möchte Elternzeit vom 01.07.2024 bis 31.12.2024 beantragen.", "2. Mai 2024"},
		{"Ons dochtertje is op 9 april 2024 geboren! Verlof graag vanaf 06-05-2024.", "9 april 2024"},
		{"Please tell me your date of birth. It's 6/24/1991", "6/24/1991"},
		{"geb. 04.11.1989", "04.11.1989"},
		{"geboren 01.07.1990", "01.07.1990"},
	}, nil)
}

// TestTelecomIdsOfSession41 checks the numbers a carrier's support is
// given: a SIM card's ICCID after a word for a SIM, Mexico's RFC after
// its word, and a Tron address by its checksum; and the birth verb that
// emojis end ("geboren 👶 Ich ...").
func TestTelecomIdsOfSession41(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeICCID, []textValue{
		{"my account number is 620 188 4471 and the sim number is 8944 1100 2274 1983 219, no service", "8944 1100 2274 1983 219"},
		{"Neue Simkarte, ICCID 89014103211118510720, bitte aktivieren", "89014103211118510720"},
	}, []string{
		"ICCID 89014103211118510721",
		"tracking 8944 1100 2274 1983 219",
	})
	wantFound(t, d, "MX_RFC", []textValue{
		{"necesito la factura a mi nombre con RFC GODE561231GR8 porfa", "GODE561231GR8"},
	}, []string{"RFC GODE561231GR9", "RFC XAXX010101000"})
	wantFound(t, d, TypeCrypto, []textValue{
		{"dicen que pague la deuda en USDT a TTonyPbhEWuJMqJahUUozBnWTPMUW64eGB 🤨", "TTonyPbhEWuJMqJahUUozBnWTPMUW64eGB"},
	}, []string{"USDT a TTonyPbhEWuJMqJahUUozBnWTPMUW64eGC"})
	wantFound(t, d, TypeDateOfBirth, []textValue{
		{"unser Sohn wurde am 2. Mai 2024 geboren 👶 Ich möchte Elternzeit vom 01.07.2024 bis 31.12.2024.", "2. Mai 2024"},
	}, nil)
	wantFound(t, d, TypePerson, []textValue{
		{"Noodcontact: Bram Visser (partner), 06-41827359", "Bram Visser"},
		{"Notfallkontakt: Bram Visser, 0171 2345678", "Bram Visser"},
		{"Zorvik: can you check my order?", "Zorvik"},
	}, nil)
}

// TestHandlesAndDirectoryNamesOfSession41 checks three readings of pasted
// and typed accounts: a handle after an '@' near a social network's word
// (not a firm's own, nor an e-mail address), a directory entry's common
// name when a given name opens it, and Docker's "Pulling from" before an
// image's path.
func TestHandlesAndDirectoryNamesOfSession41(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"I'm the one who DMed you on insta (@lena.schmidt.art), still no reply", "@lena.schmidt.art"},
		{"my insta is @lenaschmidt", "@lenaschmidt"},
		{"Instagram handle: @kw.ceramics", "@kw.ceramics"},
		{"tiktok (@mila_dances) got hacked", "@mila_dances"},
	}, []string{
		"my instagram account was hacked",
		"follow us on instagram @acmeshop",
		"check our insta @acme.shop for the sale",
		"I love the ig @ 5pm",
	})
	wantFound(t, d, TypeEmailAddress, []textValue{
		{"my insta is lena@gmail.com", "lena@gmail.com"},
		{"write to snap@company.com please", "snap@company.com"},
	}, nil)
	wantFound(t, d, TypeUsername, nil, []string{"write to snap@company.com please", "mail insta@brand.co for that"})
	wantFound(t, d, TypePerson, []textValue{
		{"DistinguishedName : CN=Marek Dvořák,OU=Sales,DC=castellan,DC=local", "Marek Dvořák"},
	}, []string{
		"CN=Domain Admins,CN=Users,DC=corp,DC=local",
		"CN=SQL01,OU=Servers,DC=corp",
		"1.9.4: Pulling from brightlane/agent\nDigest: sha256:ee2e01f4",
		"latest: Pulling from library/nginx",
	})
}

// TestResidencePhoneAndSlipsOfSession41 checks three readings of a
// carrier's chat: a town after the Portuguese "moro em" ("I live in"), a
// North American number with its area code in brackets that a reference's
// word further back leaves a phone, and the slips of "password" and
// "username" typed in a hurry.
func TestResidencePhoneAndSlipsOfSession41(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeLocation, []textValue{
		{"meu chip foi clonado, moro em Campinas. preciso bloquear urgente", "Campinas"},
		{"moro em Zorvikton desde 2019", "Zorvikton"},
	}, []string{"moro em uma casa alugada"})
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"No worries, Dana. The PUK for the SIM on (646) 382-1907 is 83920174. Enter it.", "(646) 382-1907"},
		{"my order for (646) 382-1907 is late", "(646) 382-1907"},
	}, []string{
		// A word that labels it still makes it the reference.
		"invoice number (646) 382-1907",
	})
	wantFound(t, d, TypeUsername, []textValue{
		{"usrname is bigmike_4u pasword mike1975! cant login to the app", "bigmike_4u"},
	}, nil)
	wantFound(t, d, TypePassword, []textValue{
		{"usrname is bigmike_4u pasword mike1975! cant login to the app", "mike1975!"},
		{"my pasword is Tr0ub4dor&3", "Tr0ub4dor&3"},
	}, []string{"the pasword field is empty"})
}

// TestPopularGivenNamesOfSession41 checks given names the lists lacked
// ("Jenna", "Luke", "Rosie", "Kelsey"), where only a known given name
// makes a person: in capitals atop a CV, and in lower case after an
// introduction ("hi its rosie"); and that "Miła", the Polish word of
// streets that "Mila" would fold as, names no one.
func TestPopularGivenNamesOfSession41(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Sharing a strong profile:\n\nJENNA KOWALSKI\nDenver, CO | jenna.k88@outlook.com", "JENNA KOWALSKI"},
		{"hi its rosie from flat 4", "rosie"},
		{"this is luke, the one with the broken router", "luke"},
		{"kelsey here, any news on my refund?", "kelsey"},
	}, nil)
	for _, text := range []string{"Karin M. Beike\nLeasing consultant\nFritz-Armstrong\nĐoko and ul. Miła 53", "Miła 53"} {
		assert.NotContains(t, valuesOf(t, d, text, TypePerson), "Miła", text)
	}
}

// TestSignedInAndStatusOfSession41 checks an account an app shows as
// signed in ("signed in as tkelly_1990", "Ik log in met r.jansen1972"),
// an address after "IP" that "app" does not make a version ("IP volgens
// de app 84.26.191.33"), and a form's status with exclamation marks after
// a password's word and "is" ("the pin is wrong!!"), which is no password.
func TestSignedInAndStatusOfSession41(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"I'm on an iPhone 12, signed in as tkelly_1990", "tkelly_1990"},
		{"Ik log in met r.jansen1972 en wachtwoord Zomer2024!! wat doe ik fout", "r.jansen1972"},
		{"angemeldet als m.weber84", "m.weber84"},
	}, []string{"logged in as admin", "Ik log in met mijn e-mailadres", "signed in as Guest"})
	wantFound(t, d, TypeIPAddress, []textValue{
		{"Modem knippert oranje. IP volgens de app 84.26.191.33, MAC a4:91:b1:0c:77:e2", "84.26.191.33"},
	}, []string{"Desktop app 11.11.11.33 crashes"})
	wantFound(t, d, TypePassword, []textValue{
		{"my password is letmein!", "letmein!"},
	}, []string{"the pin is wrong!! im at the back gate", "my password is incorrect!!", "the password is Wrong!!"})
}

// TestCodeRunOnOfSession41 checks a one-time code given right after the
// code's word with "its" ("got the code its 730 514"), which only a
// sentence's end or a comma opened before.
func TestCodeRunOnOfSession41(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"got the code its 730 514", "730 514"},
		{"the code just came thru, its 482 913", "482 913"},
	}, []string{"got the code its fine now", "the code its 12 digits long"})
}
