package redact

import "testing"

// Tests of what session 74 found in the gaps of its Polish, Swedish and
// Finnish blind set. Names, numbers and addresses are invented.

// TestPolishLetteredFlatNordicPolishOfSession74 checks a Polish house's
// number and letter before the flat's number after a slash ("48B/15"),
// which the street reader read without the letter only: in a sentence
// after a word of English or Polish and in a letter's signature block.
// The controls: the same shape after no street, and a house and flat of
// more than one letter.
func TestPolishLetteredFlatNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Hi, please update my address to ul. Kwiatowa 31C/7, 61-712 Poznań. Thanks", TypeStreetAddress, "ul. Kwiatowa 31C/7, 61-712 Poznań"},
		{"Mieszkam teraz przy ul. Lipowa 112A/40, 31-305 Kraków.", TypeStreetAddress, "ul. Lipowa 112A/40, 31-305 Kraków"},
		{"Z poważaniem\nAgnieszka Wróblewska\nul. Morska 9b/3, 81-225 Gdynia\ntel. 601 220 318", TypeStreetAddress, "ul. Morska 9b/3, 81-225 Gdynia"},
	})
	wantNoneTyped(t, d, []typedText{
		{"seat 12A/14, row 3", TypeStreetAddress},
		{"version 31CD/7, build 4", TypeStreetAddress},
	})
}

// TestFinnishFlatWordNordicPolishOfSession74 checks Finland's flat
// ("as", asunto) written without its period between the house number
// and the flat's number, before a comma and a postcode. The controls:
// English's "as" between two numbers after a street's name, with no
// postcode after the comma.
func TestFinnishFlatWordNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Vanha osoite oli Koivukuja 7 as 12, 90570 Oulu. Kiitos", TypeStreetAddress, "Koivukuja 7 as 12, 90570 Oulu"},
		{"Uusi osoite: Rantatie 18 as 4, 40100 Jyväskylä", TypeStreetAddress, "Rantatie 18 as 4, 40100 Jyväskylä"},
	})
	wantTyped(t, d, []typedValue{
		{"I counted Koivukuja 7 as 12, then left", TypeStreetAddress, "Koivukuja 7"},
	})
}

// TestFinnishGenitiveStreetNordicPolishOfSession74 checks a Finnish
// street of two words, a place's or a person's name in the genitive
// ("-n") before the street's word in lower case ("Pispalan valtatie",
// "Kalevan puistotie"), which the reader began at the second word. The
// controls: an English word before such a word, and a genitive before a
// word that is no street's.
func TestFinnishGenitiveStreetNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"oikea osoite: Aino Salmi, Hervannan valtatie 22 B 9, 33720 Tampere", TypeStreetAddress, "Hervannan valtatie 22 B 9, 33720 Tampere"},
		{"Toimitus: Kalevan puistotie 12, 33500 Tampere", TypeStreetAddress, "Kalevan puistotie 12, 33500 Tampere"},
	})
	wantTyped(t, d, []typedValue{
		{"Then tie 5, 33500 Tampere", TypeLocation, "Tampere"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Then tie 5, 33500 Tampere", TypeStreetAddress},
		{"Kalevan kaupunki 12 vuotta", TypeStreetAddress},
	})
}

// TestAmountAfterStreetSuffixNordicPolishOfSession74 checks that a word
// that ends as a street does ("Skickade", Dutch "-kade") before an
// amount and its currency ("2 000 kr") opens no street. The control: a
// street before its house number and postcode.
func TestAmountAfterStreetSuffixNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Skickade 2 000 kr via Swish till fel nummer, vad gör jag?", TypeStreetAddress},
		{"Skickade 450 kr igår men inget hände", TypeStreetAddress},
	})
	wantTyped(t, d, []typedValue{
		{"Ny adress: Storgatan 12, 11122 Stockholm", TypeStreetAddress, "Storgatan 12, 11122 Stockholm"},
	})
}

// TestPolishFinnishCountsNordicPolishOfSession74 checks that a number
// before a Polish or Finnish word of days ("14 dni.", "2–4 pv.") is no
// house number of a street that runs on over the sentence after it. The
// control: a Polish street whose number a postcode follows.
func TestPolishFinnishCountsNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Kwota 420,00 zł, termin płatności 21 dni. Pozdrawiam, M. Zielińska", TypeStreetAddress},
		{"Toimitusaika sivulla lukee 3–5 pv. t. Leena", TypeStreetAddress},
	})
	wantTyped(t, d, []typedValue{
		{"Kwota 420,00 zł, termin płatności 21 dni. Pozdrawiam, M. Zielińska", TypePerson, "M. Zielińska"},
		{"Adres: ul. Polna 14, 20-072 Lublin", TypeStreetAddress, "ul. Polna 14, 20-072 Lublin"},
	})
}

// TestPlateWordsNordicPolishOfSession74 checks a plate after the Polish
// abbreviation "nr rej." and "rejestracja auta", and after Finland's
// plate word and its "on" (is). The controls: "nr rej." before no
// plate's shape, and "on" after no plate word.
func TestPlateWordsNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Mój samochód: Fiat Tipo, nr rej. PO 4K218, szkoda z OC.", TypeVehicleRegistration, "PO 4K218"},
		{"opłata pobrana 2x. nr rej. WE 7731C, transakcja z 02.03.2024", TypeVehicleRegistration, "WE 7731C"},
		{"Kierowca: rejestracja auta GD 5521K, data 12.03", TypeVehicleRegistration, "GD 5521K"},
		{"Auton rekisterinumero on MTX-914, haluan peruuttaa varauksen", TypeVehicleRegistration, "MTX-914"},
	})
	wantNoneTyped(t, d, []typedText{
		{"nr rej. 2024/55 z dnia 3 marca", TypeVehicleRegistration},
		{"meeting on MTX-914 tomorrow", TypeVehicleRegistration},
	})
}

// TestPolishDrivingLicenceNordicPolishOfSession74 checks a Polish
// driving licence's number, number, year and office parted by slashes,
// after "prawo jazdy". The controls: the shape after an invoice's word,
// and with a fourth part.
func TestPolishDrivingLicenceNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Do wypożyczenia: prawo jazdy nr 03318/09/0462, kat. B.", "DRIVER_LICENSE", "03318/09/0462"},
		{"numer prawa jazdy: 11907/21/1465", "DRIVER_LICENSE", "11907/21/1465"},
	})
	wantNoneTyped(t, d, []typedText{
		{"faktura 03318/09/0462 z dnia 4 marca", "DRIVER_LICENSE"},
		{"prawo jazdy nr 03318/09/0462/7", "DRIVER_LICENSE"},
	})
}

// TestFinnishDrivingLicenceNordicPolishOfSession74 checks a Finnish
// driving licence's number right after its word, "numero" and "on",
// in groups or whole. The controls: a count of months after the word,
// and a phone number further on in the message.
func TestFinnishDrivingLicenceNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Ajokorttini numero on 5120 3378 4, haluan tilata kaksoiskappaleen.", "DRIVER_LICENSE", "5120 3378 4"},
		{"ajokortin nro 448120937", "DRIVER_LICENSE", "448120937"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ajokortti 12 kk voimassa", "DRIVER_LICENSE"},
		{"Ajokortti hukassa, soita 040 553 2187", "DRIVER_LICENSE"},
	})
}

// TestSwedbankClearingNordicPolishOfSession74 checks a Swedish account
// at Swedbank, its clearing number of five digits ("8214-6") before the
// account's own in groups, in a message that names the bank or a salary
// account. The controls: the same shape without a bank's word, and a
// clearing number of four digits before as many groups.
func TestSwedbankClearingNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Hej, vill byta lönekonto. Nytt konto: 8214-6 993 402 115-7 (Swedbank). Tack", TypeBankAccount, "8214-6 993 402 115-7"},
		{"Nytt konto: 8105-2 914 330 271-4 hos Nordea", TypeBankAccount, "8105-2 914 330 271-4"},
	})
	wantNoneTyped(t, d, []typedText{
		{"konto 8214-6 993 402 115-7", TypeBankAccount},
		{"Nytt konto: 5214 993 402 115 7 (Swedbank)", TypeBankAccount},
	})
}

// TestSwishPhoneNordicPolishOfSession74 checks a mobile's number after
// the verb of Swish, which pays to it ("Swisha tillbaka till ..."). The
// control: a firm's Swish number after the noun.
func TestSwishPhoneNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Swisha tillbaka till 073-118 42 66 tack", TypePhoneNumber, "073-118 42 66"},
	})
	wantNoneTyped(t, d, []typedText{
		{"jag betalade till klubbens swish 123 511 07 42, kan ni kolla?", TypePhoneNumber},
	})
}

// TestSlashSignAfterNumberNordicPolishOfSession74 checks a Swedish
// signature with a slash after the last number of a message, with no
// full stop between ("ordernr 88412 /Robin", "... 21 54 /Lars Ek"). The
// controls: a word the lists do not know as a name after a number and a
// slash, and a slash glued to its number.
func TestSlashSignAfterNumberNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"funkar inte betalningen, felkod RF07. ordernr 55190 /Robin", TypePerson, "Robin"},
		{"Swisha tillbaka till 073-118 42 66 /Lars Ek", TypePerson, "Lars Ek"},
	})
	wantNoneTyped(t, d, []typedText{
		{"see page 12 /Appendix", TypePerson},
		{"price 20 /Month", TypePerson},
		{"betalade 3/Robin", TypePerson},
	})
}

// TestContactRoleNordicPolishOfSession74 checks the Finnish, Swedish
// and Polish nouns of a contact person and a recipient before a name,
// which the name left out. The control: the noun alone.
func TestContactRoleNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Toimitus kotiin. Yhteyshenkilö Aki Tuominen, aki.tuominen@example.fi", TypePerson, "Aki Tuominen"},
		{"Vastaanottaja Anni Laine, puh. 040 123 4567", TypePerson, "Anni Laine"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Yhteyshenkilö puuttuu lomakkeesta", TypePerson},
	})
}

// TestPolicyWordsNordicPolishOfSession74 checks an insurance policy's
// number after Polish "polisa nr" and "numer polisy", and a Finnish
// insurance number after "vakuutusnumeroni on" (my insurance number
// is). The controls: "polisa" before an amount, and the Finnish word
// before a date.
func TestPolicyWordsNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Polisa nr 904417726310. Proszę o kontakt.", TypeCustomerNumber, "904417726310"},
		{"numer polisy 904417726310", TypeCustomerNumber, "904417726310"},
		{"Hei, vakuutusnumeroni on 3318-2204-771 ja haluan tietää", TypeCustomerNumber, "3318-2204-771"},
	})
	wantNoneTyped(t, d, []typedText{
		{"polisa OC kosztuje 800 zł", TypeCustomerNumber},
	})
}

// TestMonthNotRankNordicPolishOfSession74 checks that "maj." in lower
// case, Swedish's and Polish's May before a sentence's full stop, is no
// major's rank before the next sentence's first word. The control:
// "ms." in lower case, a title before a name.
func TestMonthNotRankNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"jag har kvarskatt med förfallodag 12 maj. Kan jag dela upp betalningen?", TypePerson},
		{"betala i maj. Kan du hjälpa mig?", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"I spoke with ms. Marcela yesterday", TypePerson, "Marcela"},
	})
}

// TestLicenceCategoryNordicPolishOfSession74 checks that a driving
// licence's category after "kat." or "luokka" ("kat. B.") is no
// initial of the capitalised word after it. The control: an initial
// and a surname after a sign-off.
func TestLicenceCategoryNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Wypożyczenie auta, kat. B. Rezerwacja RZ-40118, odbiór 22.06", TypePerson},
		{"ajokortti luokka B. Varaus vahvistettu", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"Pozdrawiam, K. Wiśniewska", TypePerson, "K. Wiśniewska"},
	})
}

// TestNameLabelsNordicPolishOfSession74 checks a name after the Polish,
// Swedish and Finnish labels of a surname, of a given name and of a
// mother's maiden name. The controls: the labels' words in a sentence
// without a name, in lower case, where the words after a bare label say
// what is wrong with the name.
func TestNameLabelsNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"ok, nazwisko panieńskie matki Jabłońska. kod przyszedł", TypePerson, "Jabłońska"},
		{"Nazwisko: Kowalczyk", TypePerson, "Kowalczyk"},
		{"sukunimi Heinonen, etunimi puuttuu", TypePerson, "Heinonen"},
		{"Efternamn: Lindqvist", TypePerson, "Lindqvist"},
	})
	wantNoneTyped(t, d, []typedText{
		{"zmiana nazwiska po ślubie", TypePerson},
		{"nazwisko jest błędne", TypePerson},
		{"efternamn stämmer inte", TypePerson},
		{"sukunimi väärin kirjoitettu", TypePerson},
	})
}

// TestPolishLoginNordicPolishOfSession74 checks a user name after
// Polish "mój login to" (my login is). The control: English's "login
// to", which names where one signs in.
func TestPolishLoginNordicPolishOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"ktoś logował się na moje konto! mój login to mnowak_91, proszę zablokować", TypeUsername, "mnowak_91"},
	})
	wantNoneTyped(t, d, []typedText{
		{"please login to my_account_1 now", TypeUsername},
	})
}
