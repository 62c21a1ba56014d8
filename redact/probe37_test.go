package redact

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 37's blind sets found missing or wrongly
// reported.

// TestLabelledLowerIntroOfSession37 checks a name typed in lower case in
// an introduction after a speaker's label, on a line a capital ends
// later ("Customer: hi im sunita reddy ..., 221 MG Road"), as without
// the label; a label alone introduces nobody.
func TestLabelledLowerIntroOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Customer: hi im sunita reddy my order never came, address is 221 MG Road, Indiranagar, Bengaluru 560038", "sunita reddy"},
		{"Agent: hi its maria from support, your Order is fine", "maria"},
		{"hi im sunita reddy my order never came, address is 221 MG Road, Indiranagar, Bengaluru 560038", "sunita reddy"},
	}, []string{
		"Customer: hi the blue model arrived broken, see the Photo",
		"Customer: ok thanks for the help with the Router",
	})
}

// TestSpanishSecondSurnameOfSession37 checks a Spanish second surname
// after particles when the lists know neither surname ("Marta Gil de la
// Fuente") and one that is a given name after "de" ("Pilar Aguirre de
// Miguel"); a place after "de" stays out.
func TestSpanishSecondSurnameOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"os paso mi cuenta (titular Marta Gil de la Fuente)", "Marta Gil de la Fuente"},
		{"soy Pilar Aguirre de Miguel, cliente desde 2015", "Pilar Aguirre de Miguel"},
		{"el regalo de Ana López de Miguel llegó roto", "Ana López de Miguel"},
	}, nil)
	wantValue(t, d, "I met Anna Schmidt de Paris yesterday", TypePerson, "Anna Schmidt")
}

// TestTitlesSignOffsAndRolesOfSession37 checks the titles "Engr.",
// "Mag." and "Alhaji", sign-offs and greetings of Finnish, Swedish,
// Norwegian and Australian ("Terveisin", "Med vänliga hälsningar",
// "Hilsen", "G'day"), "Famille"/"Familie" before a surname, and
// "Receiver", "Paste", "Tradie" and "Landmark", which start lines and
// name no one: none of them is part of a name.
func TestTitlesSignOffsAndRolesOfSession37(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []textValue{
		{"G'day Liam, I can see order AU-7781934 was dispatched on Tuesday", "Liam"},
		{"Receiver is Blessing Nwachukwu, her line is 0803 227 9154", "Blessing Nwachukwu"},
		{"Thanks,\nEngr. Emeka Nwosu\n0703 118 4562", "Emeka Nwosu"},
		{"Alhaji Musa Ibrahim will pay the balance on delivery", "Musa Ibrahim"},
		{"Mit freundlichen Grüßen\nMag. Elisabeth Gruber\nKundenbetreuung", "Elisabeth Gruber"},
		{"Livraison à : Famille Rochat, Rue du Simplon 12, 1800 Vevey", "Rochat"},
		{"Hei, tilinumeroni on FI11 9823 8460 6559 23. Terveisin Aino Virtanen", "Aino Virtanen"},
		{"Med vänliga hälsningar\nErik Lindqvist", "Erik Lindqvist"},
		{"Hilsen Ole Hansen", "Ole Hansen"},
	} {
		wantValue(t, d, c.text, TypePerson, c.value)
	}
	wantFound(t, d, TypePerson, nil, []string{
		"Tradie here — customer paid into the wrong acct.",
		"Landmark: opp. the bank's ATM",
		"Paste from my bank app below",
		"Prezados, segue o CNPJ da empresa",
	})
}

// TestUserNamesInPathsOfSession37 checks the user names of home folders
// in paths (Unix, macOS, Windows, JSON's doubled backslashes), of ssh's
// and scp's targets whose host is an address or a bare name, and of a
// server's quoted user; shared folders, the logins of cloud images,
// prose and a target that is an e-mail address find none.
func TestUserNamesInPathsOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"Traceback (most recent call last):\n  File \"/home/dkaplan/projects/reportgen/main.py\", line 3", "dkaplan"},
		{"Offending ECDSA key in /Users/thendricks/.ssh/known_hosts:14", "thendricks"},
		{`npm ERR! path C:\Users\AOkafor\AppData\Roaming\npm`, "AOkafor"},
		{`{"path": "C:\\Users\\AOkafor\\AppData"}`, "AOkafor"},
		{"  HOME: '/home/svetlana',", "svetlana"},
		{"ssh jlee@203.0.113.25 -p 222", "jlee"},
		{"scp build.tgz deploy2@buildbox:/tmp", "deploy2"},
		{` FATAL:  password authentication failed for user "rkhan"`, "rkhan"},
		{`username "abhatt" password Summer2024`, "abhatt"},
	}, []string{
		"ssh -i key.pem ubuntu@10.0.0.5",
		"cd /home/ubuntu/app",
		`C:\Users\Public\Documents`,
		"I am at home now, users are happy",
		"my home/work laptop",
		`the user "admin" exists`,
		"for user \"",
	})
	// An e-mail address after ssh stays the e-mail recognizer's.
	wantValue(t, d, "ssh marco@marco.example.com", TypeEmailAddress, "marco@marco.example.com")
}

// TestKinBeforeWordNameOfSession37 checks a given name that is also a
// month, a word, a firm or a place after a possessive and a kin's noun
// ("my daughter April", "my wife Mercedes"); a date after the noun, and
// the same words elsewhere, are no names.
func TestKinBeforeWordNameOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Can I book for May or June instead? my daughter April has exams till end of April", "April"},
		{"Is the GLC still available? My wife Mercedes wants to come too haha", "Mercedes"},
		{"my husband Will said so", "Will"},
		{"our son Jordan is 12", "Jordan"},
	}, []string{
		"my son June 5th birthday party",
		"for my daughter May 2024 was hard",
		"Can I book for May or June instead?",
		"Do you deliver to Jordan?",
	})
}

// TestCardCodeAfterExpiryOfSession37 checks a card's security code
// pasted after the card's number and its expiry without their words; a
// price, a month out of range, a fraction and an expiry alone read none.
func TestCardCodeAfterExpiryOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeCardSecurityCode, []textValue{
		{"Here's my new card for the direct debit: 4254900074012879 12/29 527", "527"},
		{"ok card is 4244556426307541, 10/27, 416. Billing address Flat 5", "416"},
		{"4244556426307541 | 10/2027 | 4163", "4163"},
	}, []string{
		"4244556426307541 10/27 41.50",
		"4244556426307541 13/27 416",
		"4244556426307541 10/27 416/3",
		"4244556426307541 10/27",
		"4244556426307541 10/27 qty 416",
	})
}

// TestHandphoneWordOfSession37 checks "hp" as the word of a mobile in
// Singapore and Malaysia: the number after it is a phone's; a laptop's
// or a printer's model after "HP" is none.
func TestHandphoneWordOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"hp is 8432 7719 can whatsapp", "8432 7719"},
	}, []string{"HP 250 G8 laptop, order 8432 7719", "hp 8600 pro printer"})
}

// TestSuburbCompassAndBuildingsOfSession37 checks an Australian suburb
// whose name ends in a compass word before its state ("Ringwood East VIC
// 3135"), and a unit and a building's name before the street on one
// line, "Villas" and "Residency" among the buildings' nouns.
func TestSuburbCompassAndBuildingsOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Old one was 12 Wattle Cres, Ringwood East VIC 3135 in case you need it", "12 Wattle Cres, Ringwood East VIC 3135"},
		{"address is Unit 12, Sunset Villas, 45 Beach Road, Umhlanga, 4320 and my cell 082 451 7789", "Unit 12, Sunset Villas, 45 Beach Road, Umhlanga, 4320"},
		{"Delivery address:\nFlat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru, Karnataka 560038", "Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru, Karnataka 560038"},
	}, nil)
	wantValue(t, d, "send to 5 Smith St, Springfield West", TypeStreetAddress, "5 Smith St, Springfield")
}

// TestOneTimeCodesOfSession37 checks one-time codes and passwords after
// a clause that "it" opens or that follows "PIN", after "c'est", "foi"
// and "fue", after an article that follows the verb, after a word that
// says the code is temporary, after a participle of receiving and a
// colon, six digits right after "the code" and its kin, and a reply
// after a comma; their look-alikes find none.
func TestOneTimeCodesOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"the code it sent me is 731 904 and it still says invalid", "731 904"},
		{"ok the code just came thru, its 482 913", "482 913"},
		{"the temp password it emailed me is Kq7!vRm2pL but it says expired", "Kq7!vRm2pL"},
		{"it says enter the code we sent to you, i got 482913 is that what u need?", "482913"},
		{"Votre code de vérification est le 284 615. Il est valable 10 minutes.", "284 615"},
		{"oui j'ai bien reçu le SMS, le code c'est 615203. Et mon adresse", "615203"},
		{"Votre nouveau code PIN provisoire est 0391, pensez à le modifier", "0391"},
		{"per l'accesso uso lo SPID, il codice temporaneo era 73 91 02", "73 91 02"},
		{"ik heb de code gekregen: 739 104", "739 104"},
		{"a senha que eu cadastrei foi Flamengo@1981, não sei se ajuda", "Flamengo@1981"},
		{"el pin que puse es 4817 y me dice incorrecto", "4817"},
		{"I clicked it and entered my card and the code 803 552 😱 what do I do", "803 552"},
		{"me ha llegado el código 384 921 por SMS pero caduca enseguida", "384 921"},
		{"chegou o código 552318 mas o app diz que expirou", "552318"},
	}, []string{
		"code 1234 is wrong",
		"product code 482913",
		"the code 4829 is wrong",
		"the code 482913-2",
		"the code, 123456 is what the box says",
		"my password it is not working",
	})
	wantValue(t, d, "my pin code is 302176 (Jaipur)", TypeZipCode, "302176")
}

// TestSlashSignatureAndDutchTOfSession37 checks a name glued to a slash
// that signs a message after its last sentence ("... /Erik Lindqvist")
// and Dutch "van 't" before a surname; slashes in paths and between
// words sign nothing.
func TestSlashSignatureAndDutchTOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Hej! Mitt personnummer är 19790312-6600 och kontot SE33 1043 0504 2850 7993 9849. /Erik Lindqvist", "Erik Lindqvist"},
		{"Tack för hjälpen!\n/Anna", "Anna"},
		{"Hallo, ik ben Sanne van 't Hof (sanne.vanthof@ziggo.nl). Mijn account", "Sanne van 't Hof"},
		{"ik ben Sanne van ’t Hof", "Sanne van ’t Hof"},
	}, []string{
		"use the tcp/Http protocol",
		"see the docs. /Settings",
		"open the file\n/Users/Shared/Documents",
		"cd into it. /Library/Preferences",
	})
}

// TestBookingNamesOfSession37 checks travellers' names as airlines write
// them, "SURNAME/GIVEN NAMES" in capitals before a title, without the
// title; capitals parted by a slash without a title name no one.
func TestBookingNamesOfSession37(t *testing.T) {
	d := defaultDetector(t)
	text := "Hi, please add the following passengers to PNR K7XQ2M:\n1. SHARMA/RAJESH KUMAR MR\n2. SHARMA/SUNITA MRS\n3. SHARMA/ARJUN MSTR  DOB 14MAR2016"
	require.Equal(t, []string{"SHARMA/RAJESH KUMAR", "SHARMA/SUNITA", "SHARMA/ARJUN"}, valuesOf(t, d, text, TypePerson))
	require.Equal(t, []string{"SUZUKI/HARUKA", "SUZUKI/REN"}, valuesOf(t, d, "Booking under SUZUKI/HARUKA MS and SUZUKI/REN MR, ref ZX81QP.", TypePerson))
	wantFound(t, d, TypePerson, nil, []string{
		"use the AC/DC adapter, the TCP/IP stack is fine",
		"the CPU/GPU usage is high",
	})
}

// TestReviewerSetOfSession37 checks what the reviewer's set of the
// sitting's rules (CN) found: MySQL's quoted user before its host, a
// Windows prompt's home folder, a card's code after a dash, on the
// lines under the card, after a month of one digit; a car after a
// kin's possessive and Spanish "no me deja entrar" are no names.
func TestReviewerSetOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"ERROR 1045 (28000): Access denied for user 'rsharma'@'10.4.0.23' (using password: YES)", "rsharma"},
		{`PS C:\Users\tobias.meier> npm run build`, "tobias.meier"},
	}, []string{"the user 'admin' is fine", "it's the user's fault",
		// Services' logins named after their job.
		"Access denied for user 'inventory'@'10.0.7.44' (using password: YES)",
		`password authentication failed for user "reporting"`,
		"[1045] Access denied for user 'shopuser'@'localhost'",
	})
	wantFound(t, d, TypeCardSecurityCode, []textValue{
		{"5196 5292 0922 1754 - 09/26 - 663", "663"},
		{"Name on card: Olumide Bankole\n4539 4206 6199 6647\n05/29\n118\nbilling postcode SE15 4QJ", "118"},
		{"ok here 4716664993328863, 1/27, 045", "045"},
	}, []string{"4716664993328863\n1/27\n\n045", "4716664993328863 10/26-527"})
	wantFound(t, d, TypePerson, nil, []string{
		"my wife's Mercedes has been in your workshop since Tuesday",
		"hola, el código que me llegó es 384 921 pero no me deja entrar",
		"no me deja pagar",
	})
	wantValue(t, d, "please email mia the invoice", TypePerson, "mia")
}

// TestTitledFirmNameAndShortWordOfSession37 checks a surname that is also
// a firm's name after a title ("Thank you Mrs Fitch") and that an English
// word of three letters with a period after a number opens no street
// ("for a 23kg bag. Would you"); Polish "ul." still does.
func TestTitledFirmNameAndShortWordOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "Agent: Thank you Mrs Fitch, that's £65 for a 23kg bag. Would you like to use the card", TypePerson, "Fitch")
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"ul. Długa 5, 00-238 Warszawa", "ul. Długa 5, 00-238 Warszawa"},
	}, []string{
		"that's £65 for a 23kg bag. Would you like it",
		"I have 23 cat. Would you",
		"returns a 404 for. me.",
	})
}

// TestLowerTownStateZipOfSession37 checks a town typed in lower case
// without commas before its state's code and its postcode, also a town
// the lists know as a given name ("dayton") and one with a compass word;
// a count before "ok" and five digits is no address.
func TestLowerTownStateZipOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"adress 40 linden ave apt 3b evanston il 60201", "40 linden ave apt 3b evanston il 60201"},
		{"dob is june 3 1972 and the last adress was 9 elmwood ct dayton oh 45409", "9 elmwood ct dayton oh 45409"},
		{"send it to 88 harbour view drive sandringham vic 3191 pls not the po box", "88 harbour view drive sandringham vic 3191"},
		{"ship to 3/17 bell st coburg north vic 3058 pls", "3/17 bell st coburg north vic 3058"},
		{"i live at 5 main st springfield il 62704", "5 main st springfield il 62704"},
	}, []string{
		"the order 5 items shipped ok 12345",
	})
	wantFound(t, d, TypePerson, nil, []string{"dob is june 3 1972 and the last adress was 9 elmwood ct dayton oh 45409"})
}

// TestLowerStreetAfterAtOfSession37 checks a street typed in lower case
// after "at" whose clause ends without punctuation, at a word that opens
// the next ("... at 31 fenwick rd i checked the bins"); a place in a
// race is no street.
func TestLowerStreetAfterAtOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"tracking says delivered at 3:42pm but theres nothing at 31 fenwick rd i checked the bins n everything", "31 fenwick rd"},
		{"ur driver left it at 16 larch close which is NOT my house im at 61", "16 larch close"},
		{"meet at 5 main st and then we go", "5 main st"},
	}, []string{"we finished in 3 rd place and", "we were at 3 rd place so we left"})
}

// TestLowerKinNameOfSession37 checks a given name that is also a word,
// typed in lower case after a possessive and a kin's noun, with a known
// surname after it and without; a verb after the noun names no one.
func TestLowerKinNameOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"so my daughter lily used my card without asking lol", "lily"},
		{"my son mark broke it", "mark"},
		{"my son mark thompson broke it", "mark thompson"},
	}, []string{"my son will be there", "my wife may call you", "my daughter april has exams"})
}

// TestGreetingItsOfSession37 checks "it's" after a greeting as a
// self-introduction before a name that is also a place ("hey its Jordan
// again"); "it's" alone says the day.
func TestGreetingItsOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"hey its Jordan again, my new number is +1 416 879 2054", "Jordan"},
		{"Hi it's Priya from the Leeds office", "Priya"},
	}, []string{"it's Monday again", "Its battery is dead", "hi its me again"})
}

// TestCatalanFloorOfSession37 checks a floor and a door written the
// Catalan way between the street and the postcode ("3r 2a", "4t 1a", "1r
// B"); an ordinal in prose is none.
func TestCatalanFloorOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Dirección de facturación:\nC/ Sant Antoni Maria Claret 167, 3r 2a, 08025 Barcelona\nNIF: 47163820C", "C/ Sant Antoni Maria Claret 167, 3r 2a, 08025 Barcelona"},
		{"Carrer de Mallorca 401, 4t 1a, 08013 Barcelona", "Carrer de Mallorca 401, 4t 1a, 08013 Barcelona"},
		{"Carrer de Mallorca 401, 1r B, 08013 Barcelona", "Carrer de Mallorca 401, 1r B, 08013 Barcelona"},
	}, []string{"I was 3r in the race, 2a is fine"})
}

// TestLabelRemarkOfSession37 checks a name's label with a remark in
// brackets before its colon ("Name (as in passport): NGUYEN THI MAI").
func TestLabelRemarkOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Name (as in passport): NGUYEN THI MAI\nPassport no: C4827193\nNationality: Vietnamese", "NGUYEN THI MAI"},
		{"Full name (as on card): Maria Lopez", "Maria Lopez"},
	}, []string{"Product (see photo): Blue Widget"})
}

// TestBankAndTotalWordsOfSession37 checks that a bank named with
// "Banco" or "Banque" last is a firm, and that a Dutch compound ending in
// "totaal" labels a figure: neither is a person.
func TestBankAndTotalWordsOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, nil, []string{
		"IBAN PT50000700000047583910298 (Novo Banco). Obrigado",
		"Ordertotaal is ongeveer € 2.400",
	})
}

// TestAddressedPlaceNameOfSession37 checks a given name that is also a
// place after a comma that ends thanks or an apology ("Thanks for your
// patience, Brittany!"); after other words it stays unread.
func TestAddressedPlaceNameOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Thanks for your patience, Brittany! Your case number is CS-20240917-0042", "Brittany"},
		{"Sorry for the wait, Jordan.", "Jordan"},
	}, []string{"I went to the shop, Jordan!", "We ship to France, Jordan."})
}

// TestSecondImitationOfSession37 checks what the second imitation of
// the corpus (CQ) found: an introduction in lower case after a greeting a
// phone capitalised, the designators "Crt", "Tce" and "Cct", and a code
// after a bare "code" that a second factor's word before it names.
func TestSecondImitationOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Hi im sofia lindqvist and my phone was stolen, the number was +46 70 318 44 21, please block any sim swap requests!!", "sofia lindqvist"},
	}, []string{"Hello the blue one arrived broken", "Hey i am at home now"})
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"shipping addr is 9 Birchmount Crt, Ottawa, ON K2G 5R1", "9 Birchmount Crt, Ottawa, ON K2G 5R1"},
		{"14 Hill Tce, Wellington 6011", "14 Hill Tce, Wellington 6011"},
		{"send to 3 Banksia Cct, Kellyville NSW 2155", "3 Banksia Cct, Kellyville NSW 2155"},
	}, nil)
	wantFound(t, d, TypePassword, []textValue{
		{"Customer: my name is Darius Moradi and I can't get past the 2FA screen, code 620 157 never works", "620 157"},
	}, []string{"after the sms I got, product code 482913 is listed", "code 482913 is wrong"})
}

// TestAddressCueWithVerbOfSession37 checks an address's word followed by
// "c'est", "est", "es" or "ist" as a cue before a street typed in lower
// case without commas.
func TestAddressCueWithVerbOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"colis bloqué ?? mon adresse c'est 7 bis chemin des vignes 33000 bordeaux, le facteur passe jamais", "7 bis chemin des vignes 33000 bordeaux"},
		{"mon adresse est 7 chemin des vignes 33000 bordeaux", "7 chemin des vignes 33000 bordeaux"},
		{"mi dirección es calle mayor 5 28013 madrid", "calle mayor 5 28013 madrid"},
	}, nil)
}

// TestHealthSetOfSession37 checks what the health and government set
// (CS) found: a title typed in lower case after a preposition or a verb
// before a surname, "Rx" and a cue's word in the possessive ("Carer's
// Allowance") naming no one; a drive after a street's name stays one.
func TestHealthSetOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"i have been waiting 14 weeks for my ENT referral from dr Fairbrother its ridiculous.", "Fairbrother"},
		{"pls tell mr Tanaka that the call is moved", "Tanaka"},
	}, []string{
		"Hi I am calling about a refill for Rx #6024417-03921",
		"Carer's Allowance: I look after him 40 hours a week",
	})
	wantValue(t, d, "send it to 12 elm dr Springfield IL 62704", TypeStreetAddress, "12 elm dr Springfield IL 62704")
}

// TestUserAndCodeAfterWhereOfSession37 checks a user name after where it
// is used ("my username on the site is ..."), Dutch "inlognaam", and a
// one-time code after how it came in Spanish ("un código por SMS: ...").
func TestUserAndCodeAfterWhereOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"my username on the site is gaz_hughes84, email gareth.hughes84@btinternet.com", "gaz_hughes84"},
		{"inlognaam pietjepuk_88 wachtwoord Zomer2024!! ik krijg steeds een foutmelding", "pietjepuk_88"},
		{"the username for the forum: deepa_iyer_88", "deepa_iyer_88"},
	}, []string{"the username for the forum is wrong"})
	wantFound(t, d, TypePassword, []textValue{
		{"me ha llegado un código por SMS: 738 214 ¿se lo doy a usted?", "738 214"},
	}, nil)
}

// TestDeveloperSetOfSession37 checks what the developers' set (CK)
// found: Terraform's "(sensitive value)" stands in for a password, error
// classes ("OSError") name no one, and admin and bot logins are no
// one's user names.
func TestDeveloperSetOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"password: (Sunflower#88)", "Sunflower#88"},
	}, []string{"      ~ password   = (sensitive value)", "password = (not set)"})
	wantFound(t, d, TypePerson, []textValue{
		{"ValueError raised by Maria Lopez", "Maria Lopez"},
	}, []string{"OSError: You are trying to access a gated repo."})
	wantFound(t, d, TypeUsername, nil, []string{
		"Server=tcp:crm.database.windows.net;User ID=crm_admin;Password=Xy9#kL2m",
		"username: ci-bot",
	})
	// A number glued to '_' is a version's part, no house's.
	wantFound(t, d, TypeStreetAddress, nil, []string{`"ua":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36"`})
}

// session37Seeds are FuzzDetect's seeds for the readers of session 37,
// cut where they read past a word, a quote or a separator.
var session37Seeds = []string{
	"/home/",
	"/home/a",
	`C:\Users\`,
	`C:\\Users\\x`,
	"ssh ",
	"ssh a@",
	"ssh -i k a@10.0.0",
	"for user \"",
	"for user 'a'@",
	"user '",
	"4254900074012879 12/",
	"4254900074012879 12/29 ",
	"4254900074012879 - 1/2",
	"4254900074012879\n05/29\n1",
	"my daughter ",
	"my wife's ",
	"SHARMA/",
	"SHARMA/RAJESH",
	"A/B MR",
	"van '",
	"van 't",
	". /",
	"evanston il",
	"dayton oh 4540",
	"at 31 fenwick rd ",
	"3r 2",
	"Name (",
	"Name (as in passport):",
	"code c'est",
	"est le 28",
	"the code 803 55",
	"2FA screen, code 6",
	"password = (sensitive",
	"Hi im ",
	"Customer: hi im ",
	"OS X 10_",
	"password = (Ab3#Ab3#Ab3#Ab3#Ab3#Ab3#Ab3#Ab3#Ab3#Ab3#Ab3#Ab3#Ab3#Ab3#Ab3#Ab3#Ab3# x)",
}

// TestOneNameAfterCueOfSession37 checks one word typed in lower case
// after a surname's label, and a given name the lists also know as a
// job after "my name is" in lower-case text, with its surname when one
// follows; an adjective after "my name is" stays out.
func TestOneNameAfterCueOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"d.o.b 14/08/1979 and surname is pemberton with one t", "pemberton"},
		{"last name: pemberton", "pemberton"},
		{"but its been stuck since tuesday my name is dean btw", "dean"},
		{"my name is dean jones", "dean jones"},
		{"hi there my name is stephan fenstermacher.", "stephan fenstermacher"},
	}, []string{"my name is incorrect on the card", "my surname is wrong on the card", "my name is spelled wrong"})
}

// TestJapaneseHonorificOfSession37 checks that a Japanese honorific
// glued to a name with a hyphen is left out of it ("Tanaka-san"), and a
// hyphenated given name stays whole.
func TestJapaneseHonorificOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "Thank you Tanaka-san, the replacement Switch arrived today", TypePerson, "Tanaka")
	wantValue(t, d, "Thanks Anna-Marie", TypePerson, "Anna-Marie")
}

// TestLaterBirthYearAfterNameOfSession37 checks a date of birth from
// 2000 to 2010 after a name and a comma that ends the record; a later
// year after a name is an order's.
func TestLaterBirthYearAfterNameOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeDateOfBirth, []textValue{
		{"Callum Reid, 19/11/2001", "19/11/2001"},
		{"Callum Reid, 19/11/2001. Can I rebook for the week after?", "19/11/2001"},
	}, []string{"Order for Callum Reid, 19/11/2021."})
}

// TestGeneralEnglishSetOfSession37 checks what the general English set
// (CU) found: the digits of a UPS tracking number typed in groups are no
// phone, an agent's name in brackets after the speaker's label, a
// one-time code given alone on the reply's line, and a name after a
// sign-off of kisses ("xx Jade").
func TestGeneralEnglishSetOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"call me on 03 8815 4471", "03 8815 4471"},
	}, []string{"The number you sent me is 1Z 9W4 A72 03 8815 4471 but the UPS site says not found"})
	wantFound(t, d, TypePerson, []textValue{
		{"Customer: Can you read back my details pls\nAgent (Tom): Sure, all correct?", "Tom"},
		{"Hiya could I get a refund to my card please, its 4996646649933288 xx Jade", "Jade"},
	}, []string{"Agent (Bot): hello", "size XX Large please"})
	wantFound(t, d, TypePassword, []textValue{
		{"Agent: To verify your identity please confirm the one-time code we just texted you.\nCustomer: 482913\nAgent: Thank you.", "482913"},
	}, []string{"zip code please\nCustomer: 902101", "the code for the order\nCustomer: 482913 is my order"})
}

// TestCompactBirthDateOfSession37 checks a date of birth written as
// eight digits, year first, after a birth word; without one, or with a
// later year, the run is no date.
func TestCompactBirthDateOfSession37(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeDateOfBirth, []textValue{
		{"Agent: The date of birth we have for Olga Ivanovna Petrova is 19750611 — does that match your documents?", "19750611"},
		{"when is the next SSI payment? Terrence Mobley born 19680814", "19680814"},
		{"my dob is 19750611 and my phone is 0612345678", "19750611"},
	}, []string{"order 19750611 shipped", "DOB: 20250611"})
}

// TestDateShownAfterBirthOfSession37 checks that a date the system shows
// after a date of birth and a contrast is the other date of birth, but
// not when an event's word after it dates it ("as my signup date").
func TestDateShownAfterBirthOfSession37(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"21st of January, 1994"}, valuesOf(t, d, "my birthday is the 21st of January, 1994 but your system shows 01/21/2025 as my signup date", TypeDateOfBirth))
	require.Equal(t, []string{"12/03/1985", "03/12/1985"}, valuesOf(t, d, "my DOB is 12/03/1985 but your system shows 03/12/1985", TypeDateOfBirth))
}

// TestLongBracketedValueOfSession37 checks that a bracketed value longer
// than a placeholder is read without a fault and reported as the
// password it is, cut at its space as any value.
func TestLongBracketedValueOfSession37(t *testing.T) {
	d := defaultDetector(t)
	text := "password = (" + strings.Repeat("Ab3#", 20) + " value)"
	fs, err := d.Detect(context.Background(), text)
	require.NoError(t, err)
	checkInvariants(t, text, fs)
	require.Equal(t, []string{"(" + strings.Repeat("Ab3#", 20)}, valuesOf(t, d, text, TypePassword))
}
