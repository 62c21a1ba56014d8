package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 44 found in the gaps that session 43's blind sets
// left and in its own blind sets (rentals and utilities; the Nordic and
// Baltic countries; schools and universities; Southeast and South Asia;
// games and app stores).

// TestTurkishPhonesOfSession44 checks Turkish mobiles after their words
// ("cep no", "numaram", "arayın") and that "cep" alone, Brazil's postcode
// as well as the Turkish mobile, reads a postcode only of a CEP's eight
// digits.
func TestTurkishPhonesOfSession44(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"cep no: 0532 418 27 90", "0532 418 27 90"},
		{"numaram 0532 418 27 90, akşam arayın", "0532 418 27 90"},
		{"cep: 0532 418 27 90", "0532 418 27 90"},
	}, []string{
		"mi CEP 01310-100",
		"CEP: 04538-132, São Paulo",
	})
	require.Empty(t, valuesOf(t, d, "cep: 0532 418 27 90", TypeZipCode))
	require.Equal(t, []string{"01310-100"}, valuesOf(t, d, "mi CEP 01310-100", TypeZipCode))
	require.Equal(t, []string{"14.03.1987"}, valuesOf(t, d, "doğum tarihi 14.03.1987", TypeDateOfBirth))
}

// TestBalticIDsOfSession44 checks the personal codes of Estonia,
// Lithuania, Latvia and Iceland after their words, a Danish CPR number
// with a space, and the same digits with no word or a failing check.
func TestBalticIDsOfSession44(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"Hi, I've moved. My isikukood is 37609285719, please update contact details too", "EE_LT_PERSONAL_CODE", "37609285719"},
		{"Mano asmens kodas 49502191189, vardas Rūta", "EE_LT_PERSONAL_CODE", "49502191189"},
		{"Vārds, uzvārds: Kristaps Liepiņš | Personas kods: 221175-13027 | Adrese", "LV_PERSONAL_CODE", "221175-13027"},
		{"Góðan daginn, ég heiti Guðrún, kt. 140286-3389. Reikningurinn minn", "IS_KENNITALA", "140286-3389"},
		{"hej det er lars mit kundenr er 4471 2290 og cpr 140372 1030 tlf 28 91 04 66", "DK_CPR", "140372 1030"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, c.typ), c.text)
	}
	for _, c := range []struct{ text, typ string }{
		{"order 37609285719 shipped", "EE_LT_PERSONAL_CODE"},
		{"isikukood 37609285718", "EE_LT_PERSONAL_CODE"},
		{"rēķins 221175-13027", "LV_PERSONAL_CODE"},
		{"kennitala fyrirtækis 540286-3389", "IS_KENNITALA"},
		{"tlf 140372 1030", "DK_CPR"},
	} {
		require.Empty(t, valuesOf(t, d, c.text, c.typ), c.text)
	}
}

// TestBalticGreetingsOfSession44 checks that the greetings, sign-offs and
// name labels of the Baltic languages and Icelandic, and a Nordic
// e-mail's headers, name no one and announce the name after them.
func TestBalticGreetingsOfSession44(t *testing.T) {
	checkPersons(t, []personCase{
		{"Vārds, uzvārds: Kristaps Liepiņš | Tālrunis: 2651 0937", []string{"Kristaps Liepiņš"}},
		{"Vardas Pavardė: Mantas Vaitkus | Tel.: +370 612 48 377", []string{"Mantas Vaitkus"}},
		{"Kveðja,\nEinar Örn Gunnarsson", []string{"Einar Örn Gunnarsson"}},
		{"Labdien, vēlos nomainīt numuru. Paldies, Elīna Bērziņa", []string{"Elīna Bērziņa"}},
		{"Sveiki, norėčiau atsiimti e. receptą vaistinėje.", nil},
		{"Til: kundeservice | Emne: tilbagebetaling", nil},
		{"Paziņojums: pakomāts būs slēgts 15.11.", nil},
	})
}

// TestGameAccountsOfSession44 checks the names of game accounts after
// their network's word ("PSN ID:"), "its" for "it's" before a handle, a
// log's "user=" field whatever the name's shape, and Steam's ids; and
// what a log writes where it has no user, a link's query, and numbers
// with no Steam word.
func TestGameAccountsOfSession44(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"Customer: Priya Raman | PSN ID: chai_latte_queen | Issue: 2x unauthorized FIFA Points", "chai_latte_queen"},
		{"my riot id is v0idwalker_7 and someone logged in", "v0idwalker_7"},
		{"add me on discord its moonpie.exe ill send u the screenshots", "moonpie.exe"},
		{"2024-11-03 08:12:40.117 WARN auth.session user=lilbrozay ip=10.0.0.1 reason=token_reuse", "lilbrozay"},
	}, []string{
		"WARN auth.session user=null reason=expired",
		"user=anonymous path=/",
		"https://example.com/reset?password=[REDACTED]&user=jdoe",
		"epic games refund please",
	})
	wantFound(t, d, "STEAM_ID", []textValue{
		{"my steam id is 76561198047731952 pls unban i did NOTHING wrong", "76561198047731952"},
	}, []string{
		"order 76561198047731952 shipped",
	})
	wantFound(t, d, TypeAPIKey, []textValue{
		{"our xendit secret key got pushed to a public repo xnd_production_P4kR9zTq8WmL2vXc7YbN5sJh3GfD0aEe6UiO1lKyW2nQ pls revoke", "xnd_production_P4kR9zTq8WmL2vXc7YbN5sJh3GfD0aEe6UiO1lKyW2nQ"},
		{"FLWSECK-e6db11d1f8a6208de8cb2f94e293450e-X", "FLWSECK-e6db11d1f8a6208de8cb2f94e293450e"},
	}, []string{
		"see the rzp_live_ prefix in the docs",
	})
}

// TestStudentNumbersOfSession44 checks students' numbers after their
// words in English, German and Dutch, and the same words before no
// number.
func TestStudentNumbersOfSession44(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeMemberID, []textValue{
		{"hey prof i got a C+ on the ECON 201 midterm. student id 301187462 sec 003. can i come?", "301187462"},
		{"Student # 1009348812, mailing address 88 Harbour St", "1009348812"},
		{"Name: Li Jiahao | Student ID: 47718260 | email: lijiahao0317@163.com", "47718260"},
		{"mijn studentnummer is 4821937, ik kan niet inloggen", "4821937"},
	}, []string{
		"the student number field is empty",
		"student discount code 20413387 applied",
	})
}

// TestNordicBalticWordsOfSession44 checks phones after Latvian,
// Lithuanian and Icelandic words, one-time codes after Nordic and Baltic
// words, and addresses after Nordic and Baltic labels.
func TestNordicBalticWordsOfSession44(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"Vārds, uzvārds: Kristaps Liepiņš | Tālrunis: 2651 0937 | E-pasts: k@inbox.lv", "2651 0937"},
		{"siuntinį pristatykit skambinkit 867254118 jei nerasit", "867254118"},
		{"Reikningurinn minn er hér. Síminn minn er 690 4417.", "690 4417"},
	}, nil)
	wantFound(t, d, TypePassword, []textValue{
		{"Indtast aktiveringskoden 482 913 i appen inden kl. 16:00.", "482 913"},
		{"Postin pakettiautomaatin noutokoodi on 7731 9042 ja lähetystunnus LS339565655FI", "7731 9042"},
		{"Mu pakk on pakiautomaadis aga uksekood 48213 ei tööta.", "48213"},
		{"kund: byt sim åt mig pukkod 83920175 nya simkortet", "83920175"},
	}, []string{
		"Saadetise kood CE607620637EE on teel",
	})
	for _, c := range []struct{ text, want string }{
		{"Nimi: Liis Kuusk | Aadress: Riia 24-7, 51010 Tartu | Telefon: +372 5571 0349", "Riia 24-7, 51010 Tartu"},
		{"Adrese: Brīvības iela 87-14, Rīga, LV-1001 | Tālrunis: 2651 0937", "Brīvības iela 87-14, Rīga"},
		{"Ringvägen 101 lgh 1204, 118 60 Stockholm", "Ringvägen 101 lgh 1204, 118 60 Stockholm"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, TypeStreetAddress), c.text)
	}
}

// TestSouthAsiaOfSession44 checks the names written with an abbreviated
// given name ("Md.", "Mohd."), the honorifics of Indonesia, Malaysia and
// India before a name and not in it, accounts after their word with
// a bank's name between the account's word and the number, and a
// Thai id after "id card". "a/c" still needs a bank named in the message
// (an air conditioner's "a/c 12345678 unit" is none, see
// TestBankAccountAfterACOfSession39).
func TestSouthAsiaOfSession44(t *testing.T) {
	d := defaultDetector(t)
	checkPersons(t, []personCase{
		{"NID: 4617823905 | Name: Md. Rakibul Hasan | Father: Md. Abdul Kader | DOB: 07 Mar 1994", []string{"Md. Rakibul Hasan", "Md. Abdul Kader"}},
		{"atas nama Bapak Hendra Wijaya", []string{"Hendra Wijaya"}},
		{"Encik Ahmad bin Ali sudah bayar", []string{"Ahmad bin Ali"}},
		{"Pak, webhook notifikasi dari sandbox gagal terus", nil},
	})
	wantFound(t, d, TypeBankAccount, []textValue{
		{"bank in je la ke akaun maybank saya 514327118802, x payah credit balik", "514327118802"},
		{"em ten la lan anh, stk vietcombank 0451000123987 ak. shopee hoan tien", "0451000123987"},
	}, []string{
		"the a/c 2 units are broken",
		"my account at barclays is closed since 2019",
	})
	wantFound(t, d, "TH_TNIN", []textValue{
		{"khrap my id card 3100900284513 kbank account 403-7-52918-6 na krub", "3100900284513"},
	}, nil)
}

// TestFrenchCryptoOfSession44 checks a card's code after French chat's
// "crypto" when a card's word is near, and the same number after the
// currencies' "crypto".
func TestFrenchCryptoOfSession44(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeCardSecurityCode, []textValue{
		{"salut, mon fils a acheté des gemmes avec ma carte 4111 3906 6215 4437, crypto 907. il s'appelle noah", "907"},
	}, []string{
		"j'ai mis 500 euros en crypto 250 sont perdus",
		"crypto 907",
	})
}

// TestEasternIDsOfSession44 checks the national numbers of Czechia and
// Slovakia, Romania, Bulgaria, Croatia, Slovenia, Hungary and Ukraine
// after their words, labels in capitals of scripts the keyword table
// does not fold by itself ("ЕГН", "РНОКПП", "EMŠO", "Телефон"), and the
// same numbers with a failing check or no word.
func TestEasternIDsOfSession44(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"jméno: Ing. Jiří Procházka | rodné číslo: 790503/1233 | číslo účtu", "CZ_SK_BIRTH_NUMBER", "790503/1233"},
		{"Bună ziua, sunt Andreea Popescu, CNP 2920418123178. Vreau să închid contul", "RO_CNP", "2920418123178"},
		{"Здравейте, казвам се Георги Иванов Петров, ЕГН 8409300625. Искам", "BG_EGN", "8409300625"},
		{"Poštovani, Ivana Horvat, OIB 47192836500. Molim promjenu računa", "HR_OIB", "47192836500"},
		{"Pozdravljeni, sem Matej Kranjc, EMŠO 1206983502149, davčna številka 58319247.", "SI_EMSO", "1206983502149"},
		{"Pozdravljeni, sem Matej Kranjc, EMŠO 1206983502149, davčna številka 58319247.", "SI_TAX_NUMBER", "58319247"},
		{"Adóazonosító jel: 8439303157 | Születési dátum", "HU_TAX_ID", "8439303157"},
		{"a receptet a TAJ számomra írták fel: 104 372 812, név Szabó Péter", "HU_TAJ", "104 372 812"},
		{"Добрий день, мене звати Олена Шевченко, РНОКПП 3294601360. Картку", "UA_RNOKPP", "3294601360"},
		{"Клиент: 1784 София, Телефон: 0888 417 265", TypePhoneNumber, "0888 417 265"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, c.typ), c.text)
	}
	for _, c := range []struct{ text, typ string }{
		{"rodné číslo 790503/1234", "CZ_SK_BIRTH_NUMBER"},
		{"objednávka 790503/1233", "CZ_SK_BIRTH_NUMBER"},
		{"CNP 2920418123179", "RO_CNP"},
		{"ЕГН 8409300626", "BG_EGN"},
		{"račun 47192836500", "HR_OIB"},
		{"TAJ szám: 104 372 813", "HU_TAJ"},
		{"замовлення 3294601360", "UA_RNOKPP"},
	} {
		require.Empty(t, valuesOf(t, d, c.text, c.typ), c.text)
	}
}

// TestEasternWordsOfSession44 checks passwords and logins after their
// Hungarian, Romanian, Czech, Croatian and Slovenian words, and the
// greetings, speakers and name labels of Central and Eastern Europe,
// which name no one.
func TestEasternWordsOfSession44(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"szia, nem tudok belepni, a jelszavam Kutyus2019! volt de azt irja hibas.", "Kutyus2019!"},
		{"buna ziua, user mihai.ionescu88 parola Mihai#2024 imi da eroare", "Mihai#2024"},
	}, nil)
	wantFound(t, d, TypeUsername, []textValue{
		{"a jelszavam nem jó. felhasznalonev nagy.bence92 email nagybence92@freemail.hu", "nagy.bence92"},
	}, nil)
	checkPersons(t, []personCase{
		{"Pozdravljeni, sem Matej Kranjc, EMŠO 1206983502149", []string{"Matej Kranjc"}},
		{"Poštovani, Ivana Horvat, OIB 47192836500.", []string{"Ivana Horvat"}},
		{"Оператор: Моля, потвърдете адреса за доставка", nil},
		{"Zákazník: nejde mi internet od rána", nil},
	})
}

// TestPlatesAndVINsOfSession44 checks plates after the words of the
// Nordic, Central and Eastern European, Malay and Indonesian languages,
// and VINs after Finnish, Romanian and Malay words, with the same words
// before no plate.
func TestPlatesAndVINsOfSession44(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeVehicleRegistration, []textValue{
		{"vakuutus siirtyy uudelle autolle, rekisteritunnus KJT-418 ja valmistenumero", "KJT-418"},
		{"havarijni pojisteni - SPZ 5AC 3412, VIN TMBJJ7NE6K0418273", "5AC 3412"},
		{"megvettem a matricat de rossz rendszamra: NKR-742 helyett", "NKR-742"},
		{"pt RCA am nevoie de: nr inmatriculare CJ 27 XBM, serie sasiu", "CJ 27 XBM"},
		{"driver gofood tadi kasar bgt, plat nomornya B 3318 UVX, namanya Agus", "B 3318 UVX"},
	}, []string{
		"rekisteritunnus puuttuu lomakkeesta",
		"plat nomornya salah ya kak",
	})
	wantFound(t, d, TypeVIN, []textValue{
		{"rekisteritunnus KJT-418 ja valmistenumero VF1RFB00965664681. vakuutusnumero", "VF1RFB00965664681"},
		{"boss saya nak claim insurans. no plat WXY 8821 no casis PM2B200S202317845 pemilik Lim", "PM2B200S202317845"},
	}, nil)
}

// TestFrenchMonteeOfSession44 checks "montée" as a French street's type,
// and the noun in prose.
func TestFrenchMonteeOfSession44(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"5 montée de la Grande Côte 69001 Lyon"}, valuesOf(t, d, "je suis au 5 montée de la Grande Côte 69001 Lyon depuis le 1er octobre. Léa Marchetti", TypeStreetAddress))
	require.Empty(t, valuesOf(t, d, "la montée des prix 2024 est forte", TypeStreetAddress))
}

// TestEasternAddressLabelsOfSession44 checks addresses after the address
// labels of Czech and Slovenian.
func TestEasternAddressLabelsOfSession44(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"jméno: Ing. Jiří Procházka | trvalé bydliště: Vinohradská 1511/230, 100 00 Praha 10 | čistý příjem", "Vinohradská 1511/230, 100 00 Praha"},
		{"paket ni prišel, naslov je Trubarjeva cesta 24, 1000 Ljubljana, gsm 041 623 118", "Trubarjeva cesta 24, 1000 Ljubljana"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, TypeStreetAddress), c.text)
	}
}

// TestHungarianBirthOfSession44 checks a Hungarian date of birth, the
// year first with a dot and a space after each group, and the same date
// shape with no birth's word.
func TestHungarianBirthOfSession44(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"1987. 04. 12"}, valuesOf(t, d, "Kovács Eszter, született 1987. 04. 12.", TypeDateOfBirth))
	require.Equal(t, []string{"1987. 04. 12"}, valuesOf(t, d, "Adóazonosító jel: 8439303157 | Születési dátum: 1987. 04. 12. | Számlaszám", TypeDateOfBirth))
	require.Empty(t, valuesOf(t, d, "Bejelentés száma #TKT-880213, 2024. 03. 19. 08:12.", TypeDateOfBirth))
}

// TestEstonianStreetOfSession44 checks Estonia's "mnt" (maantee) as a
// street's type after its name.
func TestEstonianStreetOfSession44(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"Tartu mnt 43-12, 10128 Tallinn"}, valuesOf(t, d, "Hi, I've moved. New address: Tartu mnt 43-12, 10128 Tallinn. My isikukood is 37609285719", TypeStreetAddress))
}

// TestMoodleTokenOfSession44 checks Moodle's web service token after its
// parameter's name in a logged request.
func TestMoodleTokenOfSession44(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeAPIKey, []textValue{
		{"[2024-05-07 08:41:13] GET /webservice/rest/server.php?wstoken=e0b8abcf5f442f9547ca0f9841cc2a92&wsfunction=core_user_get_users_by_field -> invalidtoken", "e0b8abcf5f442f9547ca0f9841cc2a92"},
	}, []string{
		"the wstoken parameter is missing from the request",
	})
}

// TestSchoolSubjectsOfSession44 checks that school subjects and degrees
// in capitals name no one, and that a name beside them still does.
func TestSchoolSubjectsOfSession44(t *testing.T) {
	checkPersons(t, []personCase{
		{"Hi, my son Oliver Patel in Year 11 is missing Further Maths 8365 from his exam entries, he's down for Chemistry 8462 and Physics 8463 fine.", []string{"Oliver Patel"}},
		{"I graduated in July 2023 (BSc Psychology).", nil},
	})
}

// TestGamerTagsOfSession44 checks a Discord tag and a BattleTag near
// their network's word, and a channel's number in lower case and a tag
// with no network's word.
func TestGamerTagsOfSession44(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"my old discord was MoonPie#4471, ill send u the screenshots there", "MoonPie#4471"},
		{"my battletag is Ghosty#21873, add me", "Ghosty#21873"},
	}, []string{
		"discord server room#1234 ok",
		"see ticket Ghosty#21873 in the tracker",
	})
}
