package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 61 found in the gaps of its blind sets.

// TestCapsNamesInLowerTextOfSession61 checks that a name in capitals in
// a text that is otherwise in lower case or in a script without case
// takes no word in lower case beside it: neither a Japanese particle
// nor an unknown word is its given name or its surname.
func TestCapsNamesInLowerTextOfSession61(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"TANAKA HARUKA"}, valuesOf(t, d, "予約番号 A7-558210 の TANAKA HARUKA です。旅券番号を間違えて入力しました", TypePerson))
	require.Equal(t, []string{"TANAKA HARUKA"}, valuesOf(t, d, "ref A7 zqv TANAKA HARUKA zqvt ok", TypePerson))
	require.Equal(t, []string{"JOHN"}, valuesOf(t, d, "ref A7 JOHN zqvt ok", TypePerson))
	// In lower case the words still make a name.
	require.Equal(t, []string{"aksel kristensen"}, valuesOf(t, d, "aksel kristensen here, my order is late", TypePerson))
}

// TestMarkdownAddressOfSession61 checks an address in Markdown's
// emphasis: the stars that open it glue no sign to the house number.
// Four stars or more mask a number, and a star glued to a word is no
// emphasis.
func TestMarkdownAddressOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Delivery to **14 Rosebery Avenue, London EC1R 4TD** please, NOT the office", TypeStreetAddress, "14 Rosebery Avenue, London EC1R 4TD"},
		{"my address is *221 Cedar Lane, Austin, TX 78704* ok", TypeStreetAddress, "221 Cedar Lane, Austin, TX 78704"},
		{"Delivery to (**14 Rosebery Avenue, London EC1R 4TD**) please", TypeStreetAddress, "14 Rosebery Avenue, London EC1R 4TD"},
	})
	wantNoneTyped(t, d, []typedText{
		{"card ****1234 Rosebery Avenue", TypeStreetAddress},
		{"price*12 Rosebery Avenue", TypeStreetAddress},
	})
}

// TestCISOfSession61 checks the identifiers of Russia, Kazakhstan,
// Uzbekistan and Belarus after their words, a person's rouble account,
// passports' series of digits, and Uzbekistan's cards; a firm's ten-digit
// INN and a bank's correspondent account stay unreported.
func TestCISOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Я ИП Лебедева Марина Олеговна, ИНН 770104017147. Не пришла выписка", "RU_INN", "770104017147"},
		{"Скажите, пожалуйста, ваш СНИЛС для проверки — 878-903-399 84, верно?", "RU_SNILS", "878-903-399 84"},
		{"Клиент: Родилась 21.04.1995, ИИН 950421467648, Абай", "KZ_IIN", "950421467648"},
		{"Hello, my name is Sardor Yusupov, PINFL 31705882612353, thanks", "UZ_PINFL", "31705882612353"},
		{"гражданка РБ, личный номер 4300678C352PB0, телефон", "BY_PERSONAL_NUMBER", "4300678C352PB0"},
		{"Перевод на счёт 40817810213482690592, БИК 044525225", TypeBankAccount, "40817810213482690592"},
		{"ФИО: Ахмедова Дилноза Рустамовна, паспорт 45 07 881290, дата рождения", TypePassport, "45 07 881290"},
		{"Я вам отправляю фото паспорта: серия 4510 номер 771204, выдан", TypePassport, "4510 номер 771204"},
		{"имя VOLKOVA EKATERINA, как в загранпаспорте 75 0318442", TypePassport, "75 0318442"},
		{"Humo kartam 9860 7507 3997 0051 blok bo'ldi", TypeCreditCard, "9860 7507 3997 0051"},
		{"my Uzcard 8600 7904 1967 3341 is not working", TypeCreditCard, "8600 7904 1967 3341"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ООО «Маркет Логистик», ИНН 6276861777, КПП 627601001", "RU_INN"},
		{"ИНН 770104017148", "RU_INN"},
		{"корр. счёт 30101810400000000225", TypeBankAccount},
		{"серия 3 сезона 12", TypePassport},
		{"заказ 950421467648", "KZ_IIN"},
	})
}

// TestBalkansOfSession61 checks the unique master citizen number of
// Serbia, Bosnia and Herzegovina, Montenegro and North Macedonia after
// its words, in Latin and Cyrillic, and Serbia's DinaCard.
func TestBalkansOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Za zdravstveno osiguranje šaljem podatke: Amra Delić, JMBG 3009992177479, Zmaja od Bosne 44", "JMBG", "3009992177479"},
		{"Добар дан, ја сам Марко Јовановић, ЈМБГ 2211979713345, рођен 22.11.1979.", "JMBG", "2211979713345"},
		{"роден на 07.02.1985, ЕМБГ 0702985410342. Сакам", "JMBG", "0702985410342"},
		{"Dina kartica 9891 1932 2733 4790 odbijena je na vašem sajtu", TypeCreditCard, "9891 1932 2733 4790"},
	})
	wantNoneTyped(t, d, []typedText{
		{"JMBG 3009992177478", "JMBG"},
		{"poziv na broj 3009992177479", "JMBG"},
	})
}

// TestAmericasAndAfricaOfSession61 checks the ids of El Salvador,
// Guatemala and Jamaica after their words, the dashed cédulas of Costa
// Rica, Panama and the Dominican Republic, and the IBANs of West and
// Central Africa's currency unions.
func TestAmericasAndAfricaOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Beneficiaria: Karla Beatriz Mejía Orellana, DUI 04417283-1, tel 7012 3344", "SV_DUI", "04417283-1"},
		{"soy María José Ajú Chavajay, mi DPI es 4527890790102 y necesito", "GT_DPI", "4527890790102"},
		{"esta a nombre de Edgar Pérez Tzoc, DPI 9470 96698 0102", "GT_DPI", "9470 96698 0102"},
		{"mi cyaan log in to di app since yesterday. TRN 112-843-096, cell", "JM_TRN", "112-843-096"},
		{"Debe ser Yariela Castillo, cédula 8-742-1356, no la otra", "CEDULA", "8-742-1356"},
		{"Cuenta DO05BPDO15645626357055274201. Cédula 001-8167645-3. Por favor", "CEDULA", "001-8167645-3"},
		{"mon IBAN CI35 CI13 1906 7700 9238 9227 2742 svp", TypeIBAN, "CI35 CI13 1906 7700 9238 9227 2742"},
		{"IBAN: CM21 1000 5000 1785 4015 6456 259", TypeIBAN, "CM21 1000 5000 1785 4015 6456 259"},
		{"virement sur SN45 SN01 2013 3427 8903 3997 2082 merci", TypeIBAN, "SN45 SN01 2013 3427 8903 3997 2082"},
	})
	wantNoneTyped(t, d, []typedText{
		{"DUI 04417283-2", "SV_DUI"},
		{"DPI 4527890780102", "GT_DPI"},
		{"CM21 1000 5000 1785 4015 6456 258", TypeIBAN},
	})
}

// TestIranAndAfghanistanOfSession61 checks Iran's national code and
// Afghanistan's tazkira after their words, in Latin letters and in
// Persian, with Persian digits too.
func TestIranAndAfghanistanOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"esme Zahra Gholizadeh sabte. code melli 2247457282 ... please fix", "IR_NATIONAL_ID", "2247457282"},
		{"کد ملی: ۰۰۵۸۹۷۶۰۵۱ / شماره همراه", "IR_NATIONAL_ID", "۰۰۵۸۹۷۶۰۵۱"},
		{"Agent: Mr. Sultani, your tazkira number 1400-0102-88541 does not match", "AF_TAZKIRA", "1400-0102-88541"},
	})
	wantNoneTyped(t, d, []typedText{
		{"code melli 2247457283", "IR_NATIONAL_ID"},
		{"order 2247457282", "IR_NATIONAL_ID"},
		{"order 1400-0102-88541", "AF_TAZKIRA"},
	})
}

// TestCyrillicAddressesOfSession61 checks addresses in Cyrillic script
// as Russia, Ukraine, Kazakhstan, Belarus, Kyrgyzstan and North
// Macedonia write them, and that a street's name alone, without a
// house's number, is no address.
func TestCyrillicAddressesOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Адрес: г. Москва, ул. Профсоюзная, д. 93, корп. 2, кв. 118, 117279, тел. +7 916 482-37-15", TypeStreetAddress, "г. Москва, ул. Профсоюзная, д. 93, корп. 2, кв. 118, 117279"},
		{"прописка: 142100, Московская обл., г. Подольск, ул. Кирова, д. 17, кв. 64", TypeStreetAddress, "142100, Московская обл., г. Подольск, ул. Кирова, д. 17, кв. 64"},
		{"а курьер так и не приехал(( адрес Караганда, ул. Ерубаева 41, кв. 23, 100012", TypeStreetAddress, "Караганда, ул. Ерубаева 41, кв. 23, 100012"},
		{"Please update my delivery address to Алматы, мкр. Самал-2, д. 58, кв. 41, 050059. Recipient", TypeStreetAddress, "Алматы, мкр. Самал-2, д. 58, кв. 41, 050059"},
		{"Санкт-Петербург, Лиговский пр-т, д. 44, кв. 9, 191040", TypeStreetAddress, "Санкт-Петербург, Лиговский пр-т, д. 44, кв. 9, 191040"},
		{"проживає за адресою: вул. Шкільна, 3, с. Велика Димерка, Київська обл., 07442. Вона", TypeStreetAddress, "вул. Шкільна, 3, с. Велика Димерка, Київська обл., 07442"},
		{"Доставьте на ул. Дерибасовская, д. 9, кв. 21, Одесса, 65026. домофон", TypeStreetAddress, "ул. Дерибасовская, д. 9, кв. 21, Одесса, 65026"},
		{"Пратката треба да стигне на ул. Гоце Делчев бр. 18, 6000 Охрид. Контакт", TypeStreetAddress, "ул. Гоце Делчев бр. 18, 6000 Охрид"},
		{"в офис: 123112, г. Москва, Пресненская наб., д. 10, блок С, пн–пт", TypeStreetAddress, "123112, г. Москва, Пресненская наб., д. 10, блок С"},
	})
	wantNoneTyped(t, d, []typedText{
		{"я живу на ул. Ленина уже 5 лет", TypeStreetAddress},
		{"Невский проспект красивый, 12 раз там был", TypeStreetAddress},
	})
	// A number after the house's without a comma or a place is no
	// postcode, and "к" is the preposition as often as the building.
	require.Equal(t, []string{"ул. Ленина 5"}, valuesOf(t, d, "ул. Ленина 5 1234 рубля", TypeStreetAddress))
	require.Equal(t, []string{"ул. Ленина 5"}, valuesOf(t, d, "ул. Ленина 5 к 10 часам", TypeStreetAddress))
}

// TestBirthWordsOfSession61 checks the words of a birth and the months
// added for Southeast Asia and the former Yugoslav republics.
func TestBirthWordsOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Paspor saya nomor C4829173, tanggal lahir 23 Maret 1990, mau daftar", TypeDateOfBirth, "23 Maret 1990"},
		{"Tarikh lahir saya 5 Ogos 1988, tolong semak", TypeDateOfBirth, "5 Ogos 1988"},
		{"ngày sinh của con 12/03/2015 nhé", TypeDateOfBirth, "12/03/2015"},
		{"Podaci za novu policu: Petra Grgić, rođena 2. studenoga 1993., Vukovarska 118", TypeDateOfBirth, "2. studenoga 1993"},
		{"rojena 3. junija 1990, Ljubljana", TypeDateOfBirth, "3. junija 1990"},
		{"วันเกิด 12/03/2010 ค่ะ", TypeDateOfBirth, "12/03/2010"},
		{"rođen 5. marta 1990. u Beogradu", TypeDateOfBirth, "5. marta 1990"},
	})
}

// session61Seeds are FuzzDetect's seeds for the readers of session 61:
// Cyrillic addresses cut at every part (the designator at the text's
// edges, a hyphen or a comma last, a postcode or a place cut short), a
// passport's series of digits cut short, and stars before a number.
var session61Seeds = []string{
	"ул",
	"ул.",
	"ул. ",
	"ул. Т",
	"ул. Тверская,",
	"ул. Тверская, д.",
	"ул. Тверская, д. 1",
	", ул. Тверская 1",
	"г., ул. А 1",
	", , ул. А 1, ,",
	"обл., ул. А 1",
	"А обл., ул. А 1, кв.",
	"А пр-",
	"А пр-т",
	"А пр-т,",
	"пр-т, д. 4",
	"ул. А 1, с.",
	"ул. А 1, с. Б В Г Д",
	"ул. А 1, 0000",
	"ул. А 1, 1234 Б",
	"ул. А 1/",
	"ул. А 12а, блок",
	"ул. А 1, Б, ",
	"адрес Б, ул. А 1",
	"паспорт 45",
	"паспорт 45 07",
	"паспорт 4507 ",
	"паспорт 4507 номер",
	"паспорт 75 031844",
	"**1",
	"****1 A Street",
	"(**12 A Road",
}

// TestSlavicNamesOfSession61 checks the greetings, speakers' labels,
// titles, roles and name labels of Russian, Ukrainian and the former
// Yugoslav republics' languages: none is a name, and the name after a
// label or a title is read without it.
func TestSlavicNamesOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"новый +7 (913) 208-77-14. Фамилия Шевчук, заказ 6610482-01", TypePerson, "Шевчук"},
		{"PESEL сина 04221909359, народився 19.02.2004, звати Максим", TypePerson, "Максим"},
		{"Agent: Poštovani gospodine Bašić, Vaša narudžba je spremna", TypePerson, "Bašić"},
		{"Agent: Gospodine Nikoliću, vaša kartica će biti aktivna za 24h.", TypePerson, "Nikoliću"},
		{"Uplata je izvršena, iznos 58,12 €. Uplatitelj Kristina Vuković.", TypePerson, "Kristina Vuković"},
		{"ime i prezime: luka matić, oib 91324556037", TypePerson, "luka matić"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Агент: Добрый день! Ваш заказ передан в доставку.", TypePerson},
		{"Zdravo, moja številka je 040 512 883, račun za februar je 67,40 €.", TypePerson},
		{"Поштовани, ПИБ моје радње је 381676452.", TypePerson},
		{"Agent: Molimo Vas da nikada ne šaljete lozinku u chat.", TypePerson},
		{"Salom! Buyurtmam hali kelmadi.", TypePerson},
	})
	// An English "sam" stays a name: Serbian's "ja sam" is no cue, as
	// its last word would make "sam" one.
	require.Equal(t, []string{"sam o'halloran"}, valuesOf(t, d, "hi its sam o'halloran here, order 5521", TypePerson))
}

// TestSouthAsianAddressesOfSession61 checks a chain of localities that a
// postcode of four or five digits ends, as Bangladesh, Pakistan and
// Nepal write them; the first group of a phone after a city is no
// postcode ("Mobile" is one in Alabama), and "ph" before a phone's
// groups is no penthouse.
func TestSouthAsianAddressesOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"address: Flat 4B, House 12, Road 27, Dhanmondi, Dhaka 1209", TypeStreetAddress, "Flat 4B, House 12, Road 27, Dhanmondi, Dhaka 1209"},
		{"please send it to House 14, Street 7, Mohalla Islampura, Lahore 54000 thanks", TypeStreetAddress, "House 14, Street 7, Mohalla Islampura, Lahore 54000"},
		{"Please send the replacement to Ngozi Eze, Flat 6, 19 Brixton Hill, London SW2 1RW, mobile 07459 302 118.", TypeStreetAddress, "Flat 6, 19 Brixton Hill, London SW2 1RW"},
		{"Flat 2, 18 Queen St, Auckland 1010\nph 021 488 3071\nthanks heaps", TypeStreetAddress, "Flat 2, 18 Queen St, Auckland 1010"},
	})
}

// TestLoyaltyOfSession61 checks loyalty programmes' and airlines'
// members' numbers after their words, in four groups of twelve digits
// or more too.
func TestLoyaltyOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"booked with 2,000 bonus from promo MB24Q3. My Bonvoy number: 418 227 903.", TypeMemberID, "418 227 903"},
		{"Hi there - I'm Marcus Delgado, rewards # 5589203341. My points vanished", TypeMemberID, "5589203341"},
		{"Mon numéro Flying Blue : 2087 641 955. Pour me joindre", TypeMemberID, "2087 641 955"},
		{"Io a quell'ora dormivo! Tessera n. 0038 4417 2290 56, intestata a me", TypeMemberID, "0038 4417 2290 56"},
	})
	wantNoneTyped(t, d, []typedText{
		{"rewards # 2025-03", TypeMemberID},
	})
}

// TestReferencesOfSession61 checks a complaint's and a dispute's number
// near their words, which a Korean resident number's shape does not make
// one ("complaint 250817-1139472", as the CFPB numbers them), and a year
// and its month after a member's word.
func TestReferencesOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"I'm filing with the CFPB, complaint 250817-1139472.", "KR_RRN"},
		{"the dispute 250817-1139472 was closed", "KR_RRN"},
		{"member no 2025-03", TypeMemberID},
	})
	wantTyped(t, d, []typedValue{{"His Korean RRN is 960121-1234567", "KR_RRN", "960121-1234567"}})
}

// TestIndonesianAddressesOfSession61 checks Indonesia's "Jl." before a
// street, its neighbourhood and ward joined by a slash ("RT 04/RW 02")
// and its village's and district's words in an address's tail, and the
// words of an address in Indonesian, Malay and Vietnamese as its cue.
func TestIndonesianAddressesOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"kirim ke Jl. Merdeka No. 5, Bandung 40111 ya kak", TypeStreetAddress, "Jl. Merdeka No. 5, Bandung 40111"},
		// Since session 66 the district's part after the village's too.
		{"Alamat: Jl. Kemang Raya No. 27, RT 04/RW 02, Kel. Bangka, Kec. Mampang Prapatan", TypeStreetAddress, "Jl. Kemang Raya No. 27, RT 04/RW 02, Kel. Bangka, Kec. Mampang Prapatan"},
		// Since session 71 the ward's part too (vietnameseAddresses), as
		// the Vietnamese sets label it.
		{"giao tới địa chỉ 45/12 Nguyễn Thị Minh Khai, Phường Bến Nghé", TypeStreetAddress, "45/12 Nguyễn Thị Minh Khai, Phường Bến Nghé"},
	})
	require.Empty(t, valuesOf(t, d, "Alamat: Jl. Kemang Raya No. 27", TypePerson))
}

// TestPhonesAndThaiIDsOfSession61 checks phones of Russia, Kazakhstan
// and Belarus written with the trunk 8 (a firm's free line 8 800 is
// none), and Thailand's id after "เลขบัตร".
func TestPhonesAndThaiIDsOfSession61(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Не приходит код подтверждения на 8-985-330-12-96, iOS 17", TypePhoneNumber, "8-985-330-12-96"},
		{"тауар 12 күннен бері келмей жатыр. Байланыс: 8 705 218 63 40, Жанар", TypePhoneNumber, "8 705 218 63 40"},
		{"Домофон не работает, пусть наберут на 89214401736", TypePhoneNumber, "89214401736"},
		{"เกิด 2 มกราคม 2520 ค่ะ เลขบัตร 3-1009-02158-43-4 ค่ะ ไม่รู้", "TH_TNIN", "3-1009-02158-43-4"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Горячая линия 8 800 505-18-90, круглосуточно", TypePhoneNumber},
		{"Возврат оформлен, номер операции 84716290035.", TypePhoneNumber},
	})
}
