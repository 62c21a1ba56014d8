package redact

import "testing"

// Tests of what session 75 found in the gaps of its Czech, Slovak,
// Hungarian and Romanian blind set.

// TestOneTimeCodesOfSession75 checks the one-time codes of Czech and
// Slovak ("Kód z SMS je ...", with its "je"), Hungarian ("kapott kód",
// the code received) and Romanian ("codul primit prin SMS:", "codul de
// verificare"). The controls: the same words before no code, and a
// phone's number after "SMS", whose phone word stays a phone's.
func TestOneTimeCodesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Kód z SMS je 615204, ale aplikace píše chybu", TypePassword, "615204"},
		{"overovací kód je 730 118, nejde mi to", TypePassword, "730 118"},
		{"Az sms-ben kapott kód 482 731, a rendelésem száma", TypePassword, "482 731"},
		{"Client: codul primit prin SMS: 903 417. Multumesc", TypePassword, "903 417"},
		{"codul de verificare 551928 nu merge", TypePassword, "551928"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Kód z SMS mi vůbec nepřišel", TypePassword},
		{"a kapott kód nem működik", TypePassword},
		{"codul primit prin SMS a expirat", TypePassword},
	})
	wantTyped(t, d, []typedValue{
		{"pošlete SMS na 777 123 456 prosím", "PHONE_NUMBER", "777 123 456"},
	})
}

// TestLoginsOfSession75 checks user names after Czech's "login mám"
// and "login je" and Romanian's "userul" and "pe contul" (on the
// account). The controls: "pe contul" before a bank's account or a
// code in capitals, which is no login's shape, and the words before a
// word of the sentence.
func TestLoginsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"login mam petr.dvorak77, heslo jsem zapomněl", TypeUsername, "petr.dvorak77"},
		{"a login je novak.jana, kdyby to neslo", TypeUsername, "novak.jana"},
		{"parola e secreta si userul ioana.m92 - nu pot intra", TypeUsername, "ioana.m92"},
		{"cineva a comandat pe contul andrei_pop84 doua telefoane", TypeUsername, "andrei_pop84"},
	})
	wantNoneTyped(t, d, []typedText{
		{"virati banii pe contul RO87BTRLRONCRT0301234501 va rog", TypeUsername},
		{"pe contul ABC12345 nu apare plata", TypeUsername},
		{"login je špatně napsaný", TypeUsername},
		{"userul nu merge de ieri", TypeUsername},
	})
	wantTyped(t, d, []typedValue{
		{"virati banii pe contul RO87BTRLRONCRT0301234501 va rog", TypeIBAN, "RO87BTRLRONCRT0301234501"},
	})
}

// TestIdentityDocumentsOfSession75 checks passports after Hungarian's
// "útlevélszámom" and Romanian's "pașaportul meu are nr."; Hungary's
// identity card (six digits and two capitals) after "Személyi ig.";
// the Czech and Slovak card after "číslo OP" or "občanka" (nine digits,
// or two capitals and six); Romania's card with "nr." or "no." between
// its series and number; and the driving licences of Czechia, Slovakia,
// Hungary and Romania right after their words. The controls: the words
// before no number or before a number further on, and the shapes
// without the words.
func TestIdentityDocumentsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"szia, az útlevélszámom BA3928174, a foglalás", TypePassport, "BA3928174"},
		{"pașaportul meu are nr. 061938274 și expiră", TypePassport, "061938274"},
		{"Név: Teszt Elek\nSzemélyi ig.: 519302KB\nTelefon:", "HU_ID_CARD", "519302KB"},
		{"Dobrý deň, číslo OP ES 720193, ďakujem", "CZ_SK_ID_CARD", "ES 720193"},
		{"posílám číslo občanky 205918364 k ověření", "CZ_SK_ID_CARD", "205918364"},
		{"CI seria TM nr. 702318, eliberat de SPCLEP", "RO_ID_CARD", "TM nr. 702318"},
		{"pas mám taky, řidičák EH 318204 – stačí to?", "DRIVER_LICENSE", "EH 318204"},
		{"vodičský preukaz SK 0419273, platný do 2031", "DRIVER_LICENSE", "SK 0419273"},
		{"a jogosítványom száma CA 517208.", "DRIVER_LICENSE", "CA 517208"},
		{"permis de conducere 204718336, rezervare", "DRIVER_LICENSE", "204718336"},
	})
	wantNoneTyped(t, d, []typedText{
		{"rendelés 519302KB, szállítás holnap", "HU_ID_CARD"},
		{"číslo OP mám doma, objednávka EA702318", "CZ_SK_ID_CARD"},
		{"objednávka EA702318 nedorazila", "CZ_SK_ID_CARD"},
		{"řidičák mám od 2015, objednávka EH 318204", "DRIVER_LICENSE"},
		{"permis de conducere 2047183, rezervare", "DRIVER_LICENSE"},
	})
}

// TestHungarianAccountsOfSession75 checks a Hungarian giro account of
// three groups of eight after "számlára" (to the account), its two
// checks passed. The controls: a check that fails, and "számlára" as
// the invoice it also means before no account.
func TestHungarianAccountsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"A visszatérítést kérem erre a számlára: 10402018-50381177-42019576 köszönöm", TypeBankAccount, "10402018-50381177-42019576"},
	})
	wantNoneTyped(t, d, []typedText{
		{"A visszatérítést kérem erre a számlára: 10402018-50381177-42019577 köszönöm", TypeBankAccount},
		{"a számlára kérem írják rá a rendelésszámot: 2025/0412", TypeBankAccount},
	})
}

// TestCzechTaxAndBirthNumbersOfSession75 checks a Czech person's DIČ,
// "CZ" and a birth number, and a birth number with its slash in
// brackets beside its bearer's name. The controls: a firm's DIČ (its
// IČO's eight digits), a birth number whose check fails, and a birth
// number in brackets alone.
func TestCzechTaxAndBirthNumbersOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"jsem OSVČ, na fakturu prosím DIČ CZ8803175128, díky", "CZ_SK_BIRTH_NUMBER", "CZ8803175128"},
		{"dceři (075709/0213, Tereza Malá) přišla špatná kartička", "CZ_SK_BIRTH_NUMBER", "075709/0213"},
	})
	wantNoneTyped(t, d, []typedText{
		{"DIČ: CZ25596641, sídlo Praha", "CZ_SK_BIRTH_NUMBER"},
		{"DIČ CZ8803175129 na fakturu", "CZ_SK_BIRTH_NUMBER"},
		{"dceři (075709/0214, Tereza Malá) přišla", "CZ_SK_BIRTH_NUMBER"},
		{"dceři (075709/0213) přišla", "CZ_SK_BIRTH_NUMBER"},
	})
}

// TestPlatesOfSession75 checks plates after Slovak's "ŠPZ", Czech's
// "SPZ mám" (I have) and Romanian's words without their diacritics
// ("nr de inmatriculare"). The control: "mám" before a word.
func TestPlatesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"poistka na auto, ŠPZ NR-731AB, od zajtra", TypeVehicleRegistration, "NR-731AB"},
		{"SPZ mám 2AB 4471, v garáži jsem byl do 18:00", TypeVehicleRegistration, "2AB 4471"},
		{"Client: nr de inmatriculare BV 21 KXT, parcare", TypeVehicleRegistration, "BV 21 KXT"},
	})
	wantNoneTyped(t, d, []typedText{
		{"SPZ mám ráda krátké", TypeVehicleRegistration},
	})
}

// TestHungarianAndRomanianNamesOfSession75 checks Hungarian's "Nevem"
// (my name) before a name family first, which it no longer joins, its
// form's "Név:", its sign-offs "Üdvözlettel" and "Tisztelettel" before
// a name, and Romanian's team before an agent's name ("Echipa Suport,
// Radu"). The controls: the words before no name, and Czech's polite
// "Vám" after "jsem".
func TestHungarianAndRomanianNamesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Nevem Tóth Katalin, cím: Szeged", TypePerson, "Tóth Katalin"},
		{"Név: Balogh Tamás\nTelefon: nincs", TypePerson, "Balogh Tamás"},
		{"Ügyintéző: a futár holnap érkezik. Üdvözlettel: Judit", TypePerson, "Judit"},
		{"Tisztelettel: Fodor Béla", TypePerson, "Fodor Béla"},
		{"Am anulat comanda. Echipa Suport, Radu", TypePerson, "Radu"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Nevem megváltozott a házasság után.", TypePerson},
		{"Üdvözlettel:", TypePerson},
		{"Echipa Suport vă mulțumește.", TypePerson},
		{"Už jsem Vám psal dvakrát", TypePerson},
	})
}

// TestHungarianAddressesOfSession75 checks Hungarian streets named
// after a date ("Március 15. tér", "Október 6. utca") and a floor in
// Roman numerals before the door ("III/8"). The controls: a date
// before no designator, and a Roman numeral and a slash in prose.
func TestHungarianAddressesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"cím: 1072 Budapest, Március 15. tér 7. 3/1. Köszönöm", TypeStreetAddress, "1072 Budapest, Március 15. tér 7. 3/1"},
		{"címem: Győr, Október 6. utca 12. III/8, 9021. Kérem", TypeStreetAddress, "Győr, Október 6. utca 12. III/8, 9021"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Október 6. napján érkezett a csomag.", TypeStreetAddress},
		{"A II/4 fejezetben olvasható.", TypeStreetAddress},
	})
}
