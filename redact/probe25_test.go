package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCardsTypedByHand checks card numbers typed in groups of their own
// (two noisy-typing sets missed 19 of 243): 15 or 16 digits in two to
// four groups joined by spaces, hyphens and dots in any mix, in an
// issuer's range and passing Luhn, with or without a card word.
func TestCardsTypedByHand(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, card string }{
		{"ok refund went to 4126 0773 14016394 but i closed it", "4126 0773 14016394"},
		{"i reported 3703 76418033094 lost, dont charge it", "3703 76418033094"},
		{"use th amex 60115291-14728217 for the deposit", "60115291-14728217"},
		{"crad nuber is 3731 027896.47974 ,billing postcode on file", "3731 027896.47974"},
		{"which one did u charge, 4372.8906 5740 2000 or the other", "4372.8906 5740 2000"},
		{"card✅2496 1799.2787  9725", "2496 1799.2787  9725"},
		{"my debit crad 4508.6291 - 4342-1993 was charged twice", "4508.6291 - 4342-1993"},
		{"New card: 3531  3660-7841.0526 exp 09/28 .", "3531  3660-7841.0526"},
		// Luhn still decides, and the issuer's range.
		{"ok refund went to 4126 0773 14016395 but i closed it", ""},
		{"ref 9126 0773 14016394 is the case", ""},
		// Not 15 or 16 digits, a group of one digit, a version's word.
		{"ticket 4126 0773 140163945 again", ""},
		{"code 4 1260773 14016394 here", ""},
		{"version 4126.0773.14016394 is out", ""},
	} {
		wantValue(t, d, c.text, TypeCreditCard, c.card, c.text)
	}
}

// TestLowerCaseTailsOfNoisyTyping checks two tails of addresses typed in
// lower case: a state and its ZIP code joined by a comma, as a form's
// fields are ("atlanta, ga, 30354"), and a UK postcode glued together
// at the end of the text ("cardiff cf101yb"), which the reader of
// postcodes in lower case passed over when no token followed it.
func TestLowerCaseTailsOfNoisyTyping(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"ship to 773 maple avenue, atlanta, ga, 30354 please", "773 maple avenue, atlanta, ga, 30354"},
		{"my address is 2178 walnut lane,denver, co, 80248", "2178 walnut lane,denver, co, 80248"},
		{"w-9 details: 88 highland pl albany, ny, 12262", "88 highland pl albany, ny, 12262"},
		{"new addy 58 station road cardiff cf101yb", "58 station road cardiff cf101yb"},
		{"ship to 58 station road, cardiff cf101yb", "58 station road, cardiff cf101yb"},
		{"new addy 58 station road york yo103ef", "58 station road york yo103ef"},
		// A state's letters before a comma and a number that is no ZIP
		// code, and a glued code that is no postcode (the street stays,
		// after "addy", a cue since session 27).
		{"ship to 773 maple avenue, atlanta, ga, 303 of them", "773 maple avenue, atlanta"},
		{"new addy 58 station road cardiff cf101yb7", "58 station road"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
}

// TestHouseNumberAfterCommaWithoutSpace checks a house number glued to
// the comma after a word, as typed in a hurry ("Shauna Roberts,701
// Maple Pl"), and after an address's label and a colon with a space
// before it; a number after the thousands' comma is none.
func TestHouseNumberAfterCommaWithoutSpace(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"update my acc: Shauna Roberts,701 Maple Pl, Boise ID 83783,(206) 412-6798", "701 Maple Pl, Boise ID 83783"},
		{"My deets: Kwame Tanaka,122 Rosebery Avenue, Glasgow G12 2ZU, 0444 020 905", "122 Rosebery Avenue, Glasgow G12 2ZU"},
		{"pls leave it at the back door,211 beech grove york yo31 9ts!!", "211 beech grove york yo31 9ts"},
		{"Address :73 Highfield Road, London SE15 2PZ", "73 Highfield Road, London SE15 2PZ"},
		// The thousands of a number, and a count after a word.
		{"we printed 1,000 Main Street flyers", ""},
		{"thanks,2 more to go", ""},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
}

// TestAddressTailsTypedInHaste checks a period typed before the comma
// after the street ("4022 Franklin Way., Austin, TX 78715") and Spanish
// floors and doors written with a dash ("81 5-1 08021") or with an "o"
// for "º" ("13, 2o A, 41031"), which a postcode must follow.
func TestAddressTailsTypedInHaste(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"i ned the paperwork sent to 4022 Franklin Way., Austin, TX 78715.. by may", "4022 Franklin Way., Austin, TX 78715"},
		{"ship to 🏡1243 cedar lane., columbus oh 43247", "1243 cedar lane., columbus oh 43247"},
		{"direccion de envío:Calle de Alcalá 81 5-1 08021 Barcelona", "Calle de Alcalá 81 5-1 08021 Barcelona"},
		{"Lieferadresse: Calle del Carmen 155 8-4, 46029 Valencia", "Calle del Carmen 155 8-4, 46029 Valencia"},
		{"nueva direccion Calle Real 13, 2o A, 41031 Sevilla", "Calle Real 13, 2o A, 41031 Sevilla"},
		{"nueva direccion Calle Real 13, 3o izq, 41031 Sevilla", "Calle Real 13, 3o izq, 41031 Sevilla"},
		// No postcode after the dash: a score, a range, a time.
		{"direccion: Calle de Alcalá 81 5-1 ganamos el partido", "Calle de Alcalá 81"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
}

// TestFormLabelsAndOpeningVerbs checks the words that open a line of a
// pasted form or a mail's header before a colon ("Relationship:",
// "Enviado:", "Anrede:"), which the lists do not know and which were
// read as speakers, and a verb that opens a message before "from"
// ("Pasted from the page:"), while the speakers of a transcript and
// someone from a firm stay names.
func TestFormLabelsAndOpeningVerbs(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text    string
		persons []string
	}{
		{"Name: Lucas Bos\nRelationship: sister\nPhone: +31 6 44538229", []string{"Lucas Bos"}},
		{"De: Tiago Nunes <tiago.n@sapo.pt>\nEnviado: terça-feira, 15 de fevereiro de 2022\nPara: suporte@loja.pt\nAssunto: transferência", []string{"Tiago Nunes"}},
		{"Meine Daten\nAnrede: Frau\nName: Sven Krüger\nMobil: +49 151 23456789", []string{"Sven Krüger"}},
		{"Customer: Pasted from the page: {\"name\":\"Yuki Lewis\"}", []string{"Yuki Lewis"}},
		{"user> Copy-pasting from the account page:\nName: Chidi Chen", []string{"Chidi Chen"}},
		// A transcript: a speaker who speaks twice, or among the sides
		// of a chat, is someone; so is someone from a firm.
		{"Zorvik: hi there\nStatus: open\nPriority: high\nZorvik: any news?", []string{"Zorvik", "Zorvik"}},
		{"Bot: Je vous mets en relation...\nSystem: Zorvik a rejoint la conversation\nZorvik: Bonjour, comment puis-je vous aider ?", []string{"Zorvik", "Zorvik"}},
		{"Zorvik from the page team here", []string{"Zorvik"}},
	} {
		got := valuesOf(t, d, c.text, TypePerson)
		assert.Equal(t, c.persons, got, c.text)
	}
}

// TestNamesWithOnePartInLowerCase checks a name whose given name or
// surname is typed in lower case beside the other in capitals ("Carmen
// molina", "fatima Nguyen", "Rubén martínez ortega"): both words must be
// names the lists know, and neither a common word.
func TestNamesWithOnePartInLowerCase(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"im Molly gallagher, date of birth 1/25/56", "Molly gallagher"},
		{"card: 3779 89972327125 exp: 04/28 name:fatima Nguyen", "fatima Nguyen"},
		{"user> any update on case-51474? kofi Lindqvist here, still broken", "kofi Lindqvist"},
		{"nombre: Rubén martínez ortega correo: pablo_ortega@yahoo.es", "Rubén martínez ortega"},
		{"olá, sou Diogo barbosa Ribeiro, meu telefone é +55 81 94302 9894", "Diogo barbosa Ribeiro"},
		// A word after the name that is a common word, and a word
		// before a surname that is no given name.
		{"ask Carmen tomorrow about it", "Carmen"},
		{"Dear Ms Nguyen, thanks", "Nguyen"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestTypedSSNsAWSPairsAndDotClocks checks three slips of the third
// noisy-typing set: an SSN whose groups a hyphen and a space part
// ("379-51 5937"), an AWS key pair with a space or bold stars before the
// slash ("AKIA... /wJalr...", a secret that starts with its own slash
// kept whole), and a time typed with a dot before a chat's side ("[4.30]
// Customer: ..."), which made "Customer:" a person's label.
func TestTypedSSNsAWSPairsAndDotClocks(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"my ssn is 379-51 5937", TypeUSSSN, "379-51 5937"},
		{"i typed my social 413-26 0680 and it says doesnt match", TypeUSSSN, "413-26 0680"},
		{"ref 413-26 0680 is the case", TypeUSSSN, ""},
		{"gepostet: AKIAYP5PAVT2F7MR5TFS /akiOQe8yigLDE14m8Pk3hnij4Gb2Uv1B9Gvkb+CS bitte loschen", TypeAWSSecretKey, "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"},
		{"gepostet:*AKIALF5HO5DL4V6E7B7G* /DiI5QkS4Gn4k2xD3PpApyy7y/0WJzDfoVPwwnklA bitte", TypeAWSSecretKey, "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"},
		{"the pair: AKIA6NTKQO7CZCBX73XR /6fh2xKWn3Hwl3JDn4sRgEtvKi5gFZyxrzhL1GAV", TypeAWSSecretKey, "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"},
		{"[4.30] Customer: Zugangsdaten aus versehen gepostet", TypePerson, ""},
		{"[16.05] Customer: Zorvik here, any news?", TypePerson, "Zorvik"},
	} {
		wantValue(t, d, c.text, c.typ, c.want, c.text)
	}
}

// TestMonthNamesTypedWithASlip checks dates of birth whose English month
// is typed with one slip ("sepember 24, 1945", "24 ocotber 1945",
// "febuary 3 1980"), which make a date only with a day and a year of
// four digits, and a record's bar after a tab ("Maisie Kendall\t|
// 17/12/1989 | ...").
func TestMonthNamesTypedWithASlip(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"arjun Iyer (sepember 24, 1945) -3817 hawthorne st", "sepember 24, 1945"},
		{"fname lname:Harry O. Langley Dob:marhc 28, 1942 Ssn:498-88-0840", "marhc 28, 1942"},
		{"born 24 ocotber 1945", "24 ocotber 1945"},
		{"DOB febuary 3 1980", "febuary 3 1980"},
		{"Maisie Kendall\t| 17/12/1989 | +44 7768 054536 | m.kendall@gmail.com", "17/12/1989"},
		// Words a slip from a month without a whole date, and a
		// month's slip before a count.
		{"DOB: the match 28 was great", ""},
		{"born on arch 12, 85", ""},
		{"born in the marsh 12 1990s", ""},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
}

// TestSpanishThreesAndDirectLines checks Spanish and Portuguese numbers
// in three groups of three that end their clause ("..., 947 789 126."),
// which need no phone word, and "direct line" as one; a count, an
// amount, a label before and the national numbers of nine digits that
// pass their checksums stay no phones.
func TestSpanishThreesAndDirectLines(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"Agent: the appointment reminder was sent to 947 789 126.", "947 789 126"},
		{"Please get back to me, Hélène Ruiz, on 710 770 953 — or email", "710 770 953"},
		{"Datos: Ana Ruiz, 644 426 236 or the old one", "644 426 236"},
		{"Loop in finance, direct line 0154088707.", "0154088707"},
		{"shipped 612 904 377 boxes", ""},
		{"it costs 650 000 000.", ""},
		{"El pedido 614 361 713 no ha llegado", ""},
		{"Your order 612 448 901 ships tomorrow", ""},
		{"The TFN is 876 543 210.", ""},
		{"sent to 999 999 999.", ""},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
}

// TestOpeningAdverbsAndAgeChecks checks a name of two words after an
// adverb that opens the sentence ("Apparently Jürgen Menon received
// it"), while the adverb before one word may open a title ("Secretly
// Love"), and a date after an age check whose next sentence labels an
// account ("For the age verification: 04/02/1993. Account: ...").
func TestOpeningAdverbsAndAgeChecks(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"> Apparently Jürgen Menon received it on 2021-08-01.", TypePerson, "Jürgen Menon"},
		{"Luckily Anna Schmidt called back.", TypePerson, "Anna Schmidt"},
		{"Guilty Pleasures (But. Secretly Love)", TypePerson, ""},
		{"[6:41 PM] Customer: For the age verification: 04/02/1993. Account: f.schwarz@ziggo.nl.", TypeDateOfBirth, "04/02/1993"},
		{"> For the age verification: 2 May 1983. Account: hao.zhou@example.com.", TypeDateOfBirth, "2 May 1983"},
		// An event's word in the same sentence still dates something
		// else.
		{"age verification: 04/02/1993 account created", TypeDateOfBirth, ""},
	} {
		wantValue(t, d, c.text, c.typ, c.want, c.text)
	}
}

// TestGluedPostcodesAfterTownsAndDublinDistricts checks a UK postcode
// typed glued after a town the lists know, whatever follows it
// ("Bristol BS148DP😭", "Leeds LS275WD Since April"), Dublin's postal
// districts as the postcode of a street in lower case ("..., dublin
// 6"), and an Eircode whose second half is all digits ("D02 4937").
func TestGluedPostcodesAfterTownsAndDublinDistricts(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"the invoice shows 137 Elmfield Crescent,Bristol BS148DP😭 but i moved out", "137 Elmfield Crescent,Bristol BS148DP"},
		{"> new addd 83 Chapel St, Leeds LS275WD Since april", "83 Chapel St, Leeds LS275WD"},
		{"send the replacement to 182 Victoria Street, London N208RP thx", "182 Victoria Street, London N208RP"},
		{"address still 61 oconnell avenue, dublin 6", "61 oconnell avenue, dublin 6"},
		{"my parents adress:47 harcourt terrace, dublin 4,send the gift here", "47 harcourt terrace, dublin 4"},
		{"my parents address: 99 Main Street, Dublin 2 D02 4937, send it there", "99 Main Street, Dublin 2 D02 4937"},
		// A code after a word that is no town, and a count after
		// Dublin.
		{"ship to 12 High Street, Product AB12CD is great", "12 High Street"},
		{"61 oconnell avenue, dublin 63 times", ""},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
}

// TestStreetAdjectiveBeforeBareName checks a Dutch street's adjective
// before a name without a street word, which a postcode and a town
// confirm ("Lange Voorhout 187, 2579 TX Den Haag"); it was read as a
// person ("Lange" is a surname too).
func TestStreetAdjectiveBeforeBareName(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"Agent: Your order 3557916078 will go to Lange Voorhout 187, 2579 TX Den Haag, estimated delivery", "Lange Voorhout 187, 2579 TX Den Haag"},
		{"mijn adress: Lange Voorhout 221 A, 3082 OM Rotterdam aub", "Lange Voorhout 221 A, 3082 OM Rotterdam"},
		{"Pakket ligt bij de buren op Lange Voorhout 57hs, 2015 WG Haarlem", "Lange Voorhout 57hs, 2015 WG Haarlem"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
		wantValue(t, d, c.text, TypePerson, "", c.text)
	}
}

// TestReviewAWFollowUps checks what a reviewer's set tempting this
// sitting's rules found (AW): slipped months of June and July, a day
// with its suffix or a comma ("Octobr 7th 1963", "11 Mrach, 1967"), a
// slipped month before a year that is no street ("shipped 4 Sepetmber
// 2024"), an adverb of five letters ("Sadly Graça Etxeberria"), and a
// number in threes before a word of time ("607 395 298 por las
// tardes").
func TestReviewAWFollowUps(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"DOB juen 19 1984", TypeDateOfBirth, "juen 19 1984"},
		{"born Octobr 7th 1963", TypeDateOfBirth, "Octobr 7th 1963"},
		{"DOB 4 jnue 1982", TypeDateOfBirth, "4 jnue 1982"},
		{"born 11 Mrach, 1967", TypeDateOfBirth, "11 Mrach, 1967"},
		{"born 23 jully, 1997", TypeDateOfBirth, "23 jully, 1997"},
		{"The parcel was shipped 4 Sepetmber 2024, tracking 675621065502.", TypeStreetAddress, ""},
		{"Agent: Your appointment moved to 20 Febuary 2024 at 1:23 PM.", TypeStreetAddress, ""},
		{"Sadly Graça Etxeberria could not make it.", TypePerson, "Graça Etxeberria"},
		{"Cualquier cosa, 607 395 298 por las tardes.", TypePhoneNumber, "607 395 298"},
		{"Se preferir, 967 907 530 depois do almoço.", TypePhoneNumber, "967 907 530"},
		{"they sold 612 904 377 tickets", TypePhoneNumber, ""},
	} {
		wantValue(t, d, c.text, c.typ, c.want, c.text)
	}
}

// TestCapsNamesAndRingVerb checks a name in capitals whose surname the
// lists do not know, on a shipping label's line or after a form's label
// ("KIMBERLY OKOYE\n18 Holly Lane", "Name: PAOLA MANCINI"), while a
// shout or a brand after a given name stays out ("Hi ANNA WLAN
// kaputt"); and "Ring" as a verb before a name ("Ring Tariq Haddad on
// ..."), a surname after a given name ("Emma Ring").
func TestCapsNamesAndRingVerb(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"=== Shipping label ===\nKIMBERLY OKOYE\n18 Holly Lane\nLiverpool L15 1EE\nUK", "KIMBERLY OKOYE"},
		{"from the page: Card: 4020 7993 1886 8234  Exp: 08/28  Name: PAOLA MANCINI Let me know", "PAOLA MANCINI"},
		{"ANME: COURTNEY MCALLISTER  EMAIL: AMARA.DEMIR@GMAIL.COM", "COURTNEY MCALLISTER"},
		{"Hi ANNA WLAN kaputt", "ANNA"},
		{"Ring Tariq Haddad on +49 163 22321181, whichever works.", "Tariq Haddad"},
		{"Emma Ring called yesterday", "Emma Ring"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestValuesGluedToTheWordBefore checks phones, cards and SSNs typed
// against the word before them ("my nr is333 740 8972", "from720
// 641-4095", "card4406  0316 6028 0725"), while codes glued to their
// letters, device names, and dates and addresses glued to a word stay
// none (Presidio's vectors hold "Today is2024-06-05..." and
// "text192.168.1.1" as no date and no address).
func TestValuesGluedToTheWordBefore(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"I been trying to call since 1am...my nr is333 740 8972", TypePhoneNumber, "333 740 8972"},
		{"scam alert: someone called me from720 641-4095 asking for my iban", TypePhoneNumber, "720 641-4095"},
		{"chargeback for 335, card4406  0316 6028 0725, order #37364669", TypeCreditCard, "4406  0316 6028 0725"},
		{"order ORD12345678 and INC1967812 are open", TypePhoneNumber, ""},
		{"ref1234-5678-9012 is the case", TypePhoneNumber, ""},
		{"text192.168.1.1", TypeIPAddress, ""},
		{"inet6 2001:1c00:b866:9554::1298:93d2/64 scope global", TypeIPAddress, "2001:1c00:b866:9554::1298:93d2/64"},
	} {
		wantValue(t, d, c.text, c.typ, c.want, c.text)
	}
	dates, err := NewDetector(WithTypes(TypeDateTime))
	require.NoError(t, err)
	wantValue(t, dates, "Today is2024-06-05T09:15:30.500-07:00", TypeDateTime, "", "a date glued to a word")
	wantValue(t, dates, "Today is 2024-06-05", TypeDateTime, "2024-06-05", "the same date apart")
}

// TestBornAbbrevAfterVerbsAndAgeGates checks "b." for born after "was"
// and with a year of two digits after a comma ("my son was b. 3/5/1947",
// "..., b. 28/5/41"), the French "nee le" typed without its accent, and
// an age gate as an age check; "Plan B. 12 August 2020" stays no birth.
func TestBornAbbrevAfterVerbsAndAgeGates(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"new customer: Sunita Nakamura, nakamura.sunita@hotmail.co.uk, b. 28/5/41!", "28/5/41"},
		{"my son tomasz marino was b. 3/5/1947, can he have his own account", "3/5/1947"},
		{"I was b. 28/9/74 and the order was placed on 22.9.22", "28/9/74"},
		{"j suis francesca dubois, nee le 27-07-1967... j'ai perdu ma carte", "27-07-1967"},
		{"the age gate says invalid date when I type 19 June 1975..", "19 June 1975"},
		{"Plan B. 12 August 2020", ""},
		{"it was b. 12/03/2024 delivery", ""},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
}

// TestRoleWordsTypedWithASlip checks a role's word typed with one slip
// before a name of two words, which is no part of the name ("account
// Holdeer Chloe Strand", "Custmer Carmen Haddad").
func TestRoleWordsTypedWithASlip(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"account Holdeer Chloe Strand IBAN (GB72 MIDL 6348 2328 3802 79) Amount $103", "Chloe Strand"},
		{"Ticket case-21196: Custmer Carmen Haddad, cant log in", "Carmen Haddad"},
		{"Customer Carmen Haddad", "Carmen Haddad"},
		// Before one word the slip may be a surname: left as it was.
		{"Holder Carmen", "Holder Carmen"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestAnswersOfYoungCustomersAndAbbreviations checks a date from 2000 to
// 2010 that a message says alone as an answer ("Customer: 2002-05-13"),
// not after a preposition of time ("on 2001-09-23,"), and the Spanish
// and Portuguese "nac." and "nasc." before a birth's date, not before a
// date of the last years ("NAC 12/03/2024").
func TestAnswersOfYoungCustomersAndAbbreviations(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"Customer: 2002-05-13", "2002-05-13"},
		{"Customer: 21/05/2000", "21/05/2000"},
		{"on 2001-09-23,", ""},
		{"Customer: 2024-05-13", ""},
		{"Internal note: Cliente Nkechi Petrov (nac. 12/03/1971) llamó desde +34 797 62 81 27 por el pedido E011-1952688", "12/03/1971"},
		{"[22:00] Cliente Catarina Sousa (nasc. 12/10/1992) ligou sobre CASE-53107", "12/10/1992"},
		{"NAC 12/03/2024 policy update", ""},
		// The French form's "DDN" labels a child's date too: the year
		// cap is the abbreviations' of born only.
		{"Enfant : Léa Martin, DDN : 12/05/2016", "12/05/2016"},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
}

// TestTextingToANumber checks a calling phrase of five words within 40
// bytes and texting something to a number ("We'll text the tracking link
// to 907-203-7934"), which confirms it against the decoy word between;
// the same number after the decoy word, not texted to, stays none.
func TestTextingToANumber(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"[2024-11-06 03:15] Agent: We'll text the tracking link to 907-203-7934.", "907-203-7934"},
		{"agent> Sure Cian - I'll text the tracking link to (01) 447 5175 as well as email it", "(01) 447 5175"},
		// The decoy word rules the same number out without the verb of
		// texting before "to", or with "text" not sending it.
		{"We'll email the tracking link 907-203-7934 to you", ""},
		{"I got a text about the tracking link 907-203-7934", ""},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
}

// TestHolderOpensASentence checks "Holder" opening a sentence before a
// name of two words, a role's label as after "account" or "card"; a
// surname "Holder" after a given name stays in the name.
func TestHolderOpensASentence(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Can you pay it to FR76 9450 8974 7672 8110 7281 395? Holder Ciarán Kavanagh, Rabobank.", "Ciarán Kavanagh"},
		{"John Holder called", "John Holder"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestSecondDateOfBirthReadBack checks a second date of the same field
// read back against the first: what the other side wrote or gave, what
// the agent holds, what it really is, what it was changed to from a date
// of the last years ("... as 1970-10-30, but you wrote 1974-05-07", "gave
// DOB 1958-08-05, we hold 1967-08-08", "from 01/05/2005 to
// 18/12/1948"); a span of two recent dates stays no birth's.
func TestSecondDateOfBirthReadBack(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, second string }{
		{"agent> We have the date of birth as 1970-10-30, but you wrote 1974-05-07. Which one is right?", "1974-05-07"},
		{"Internal note: Failed verification x2 for r.tran@example.com: gave DOB 1958-08-05, we hold 1967-08-08. Account locked until 2024-05-06", "1967-08-08"},
		{"Agent: I've updated your date of birth from 01/05/2005 to 18/12/1948 - the first one was a typo.", "18/12/1948"},
		{"Customer: My DOB got entered as 12/15/1953 but it's really 1963-07-23.", "1963-07-23"},
	} {
		assert.Contains(t, valuesOf(t, d, c.text, TypeDateOfBirth), c.second, c.text)
	}
	span := "The DOB field was blank from 2008-01-01 to 2009-12-31"
	assert.NotContains(t, valuesOf(t, d, span, TypeDateOfBirth), "2009-12-31", span)
}

// TestBarRecordFieldsAfterTheNext checks a record of fields parted by
// bars or dashes whose later field holds an event's word ("... | 6 May 1948 | 03
// 01 82 34 26 | ID check passed"): it describes its own field, not the
// date; in the field right after the date it still dates it.
func TestBarRecordFieldsAfterTheNext(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"Handover: TCK-285119 | Guillaume Perrin | 6 May 1948 | 03 01 82 34 26 | ID check passed | awaiting docs", "6 May 1948"},
		{"Internal note: Handover: ESC-6710 | Agnieszka Mahmoud | 10/26/1986 | +1 (718) 890-8119 | ID check passed", "10/26/1986"},
		{"Handover - INC2687048 - Darragh Brennan (9 Feb 1971) - IP 10.68.13.218 - suspicious login", "9 Feb 1971"},
		{"Guillaume Perrin | 6 May 1978 | account created", ""},
		{"Darragh Brennan (9 Feb 1971) - suspicious login", ""},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
}
