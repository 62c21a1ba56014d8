package redact

import (
	"testing"
)

// Tests of what session 71 found in its Polish blind set (a support
// chat): phones, firms' lines, names and firms, flats, accounts and
// passports. Every value is invented.

// TestPhonesPolishOfSession71 checks Polish mobiles in three groups of
// three and landlines grouped 2-3-2-2 in a text with letters only Polish
// writes, with no phone word before them ("dzwoni z ...", "z ... na
// ..."). The controls: the same numbers in a text with no Polish letter,
// an amount in złoty, an order's number after its word, and digits that
// are no number of Poland's plan.
func TestPhonesPolishOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Proszę o zmianę numeru z 512 604 918 na nowy, dziękuję.", TypePhoneNumber, "512 604 918"},
		{"Mama nie może się dodzwonić, dzwoni z 22 513 07 46 (stacjonarny).", TypePhoneNumber, "22 513 07 46"},
		{"ktoś dzwonił do mnie z 58 344 19 02 i pytał o dane, to wy?", TypePhoneNumber, "58 344 19 02"},
		{"Dane do umowy:\nJan Kowal\nul. Leśna 4, 00-950 Warszawa\njan.kowal@example.pl\n789 302 611", TypePhoneNumber, "789 302 611"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Please transfer 512 604 918 units by Friday.", TypePhoneNumber},
		{"Wpłaciłem już 500 000 000 zł, proszę sprawdzić.", TypePhoneNumber},
		{"Mój numer zamówienia 512 604 918, paczka nie dotarła.", TypePhoneNumber},
		{"Proszę sprawdzić 100 200 300 w systemie, dziękuję.", TypePhoneNumber},
	})
}

// TestFirmLinesPolishOfSession71 checks a firm's hotline in Polish as the
// firm's, no person's: after "infolinia" in its cases, "Dział Obsługi
// Klienta" and the agent's "W razie pytań", and Poland's shared-cost
// "801" numbers. The controls: the writer's own number after "mój", and
// the agent's offer to call the customer ("do Pana").
func TestFirmLinesPolishOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Agent: Prosimy o kontakt z infolinią 22 500 40 30 w dni robocze.", TypePhoneNumber},
		{"Konsultant: Pozdrawiam, Ewa Nowak, Dział Obsługi Klienta, tel. 61 700 20 20", TypePhoneNumber},
		{"Agent: W razie pytań proszę dzwonić na +48 22 700 11 00 (całodobowo).", TypePhoneNumber},
		{"Dzwoniłem już trzy razy na 801 200 300 i nikt nie odbiera.", TypePhoneNumber},
	})
	wantTyped(t, d, []typedValue{
		{"Mój numer 801 200 300, proszę oddzwonić.", TypePhoneNumber, "801 200 300"},
		{"Agent: W razie pytań oddzwonimy do Pana na 512 604 918, dziękuję.", TypePhoneNumber, "512 604 918"},
	})
}

// TestNamesPolishOfSession71 checks Polish greetings, sign-offs, labels
// and departments as no names ("Szanowni Państwo", "Pozdrawiam",
// "Dobry" of a clipped "Dzień dobry", "Abonent:", "Dział Obsługi
// Klienta"), and a sole trader's name inside the firm's name ("Usługi
// Remontowe Jan Kowal", "Anna Wrona Pracownia Ceramiki"), where the
// trade's words are no part of the person's name.
func TestNamesPolishOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Szanowni Państwo, w załączeniu przesyłam skan dowodu.", TypePerson},
		{"Paczka czeka w paczkomacie.\nPozdrawiam\nZespół sklepu", TypePerson},
		{"Dobry, chciałem przepisać abonament na syna.", TypePerson},
		{"Konsultant: Faktura wysłana. Dział Obsługi Klienta, tel. 61 700 20 20", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"Abonent: Halina Wrzos, PESEL podam telefonicznie", TypePerson, "Halina Wrzos"},
		{"Piszę w imieniu firmy Usługi Remontowe Jan Kowal, NIP podam później.", TypePerson, "Jan Kowal"},
		{"Proszę o fakturę na:\nAnna Wrona Pracownia Ceramiki\nul. Leśna 4", TypePerson, "Anna Wrona"},
		{"Faktura na Zakład Stolarski Piotr Sowa, dziękuję.", TypePerson, "Piotr Sowa"},
	})
}

// TestFlatsPolishOfSession71 checks a Polish flat after a house number
// with its letter ("14A m. 22") and after "m" without its period ("12 m
// 4,"). The controls: a measure in metres before a comma and a count.
func TestFlatsPolishOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"nowy adres to ul. Klonowa 27B m. 3, 80-001 Gdańsk. Proszę zmienić.", TypeStreetAddress, "ul. Klonowa 27B m. 3, 80-001 Gdańsk"},
		{"Dane: ul. Sosnowa 8 m 15, 87-100 Toruń", TypeStreetAddress, "ul. Sosnowa 8 m 15, 87-100 Toruń"},
	})
	wantNoneTyped(t, d, []typedText{
		{"the pool is 25 m 2, 2024 was a good year", TypeStreetAddress},
		{"we walked 14A m. 26 people came", TypeStreetAddress},
	})
}

// TestAccountsPolishOfSession71 checks Poland's account number (NRB),
// its IBAN without "PL", with no account's word before it, in one block
// or in its groups. The controls: a number of the same length whose
// check digits fail, and a tracking number of 24 digits.
func TestAccountsPolishOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"przelew na 91116022020000000123456789 nie doszedł", TypeBankAccount, "91116022020000000123456789"},
		{"Prosi o kontakt w sprawie 67 1050 1445 1000 0022 7788 9900. Dziękuję", TypeBankAccount, "67 1050 1445 1000 0022 7788 9900"},
	})
	wantNoneTyped(t, d, []typedText{
		{"przelew na 91116022020000000123456788 nie doszedł", TypeBankAccount},
		{"paczka nr 602411207790133820561999 utknęła", TypeBankAccount},
	})
}

// TestPassportsPolishOfSession71 checks a passport's number after the
// Polish "paszport to" (is) and "w paszporcie mam" (in my passport I
// have). The control: "paszport" before a word and a year.
func TestPassportsPolishOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Mój paszport to ER7320518, ważny do 2030.", TypePassport, "ER7320518"},
		{"a w paszporcie mam EJ4418203 – w rezerwacji jest inny", TypePassport, "EJ4418203"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Mój paszport to stary dokument z 2019 roku.", TypePassport},
	})
}
