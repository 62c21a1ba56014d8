package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 60 found in the gaps of its blind sets.

// TestAfricaOfSession60 checks post-office boxes of Kenya, Ghana and
// South Africa, Nigeria's NIN, the words of greeting and thanks that
// open a message in isiZulu, and a slip's "Slip" as no name.
func TestAfricaOfSession60(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Please send the statement to P.O. Box 45210-00100, Nairobi", TypeStreetAddress, "P.O. Box 45210-00100, Nairobi"},
		{"Box address: P. O. Box KS 1873, Kumasi", TypeStreetAddress, "P. O. Box KS 1873, Kumasi"},
		{"Ek wil net my adres verander asseblief: Posbus 1182, Stellenbosch, 7599. Dankie!", TypeStreetAddress, "Posbus 1182, Stellenbosch, 7599"},
		{"Kindly find my details: Name: Ekaette Bassey, NIN: 71934850261, Phone: +234 813 552 0974", "NG_NIN", "71934850261"},
		{"Sawubona, ngicela ungisize. Igama lami ngu Siyabonga Ngcobo", TypePerson, "Siyabonga Ngcobo"},
	})
	wantNoneTyped(t, d, []typedText{
		{"order 71934850261 shipped", "NG_NIN"},
		{"Ngiyabonga, it's working now", TypePerson},
		{"Slip says batch 20240611-03", TypePerson},
	})
	// A box's number with a dash and anything but five digits stays the
	// box's number alone.
	wantTyped(t, d, []typedValue{{"send it to P.O. Box 45210-12, thanks", TypeStreetAddress, "P.O. Box 45210"}})
}

// TestNamesOfSession60 checks titles of Romania and Bulgaria, a
// currency's code after an amount, role nouns before a first name, a
// congratulation before one, courts and orders named with "of", a
// mail's subject, German nouns joined by "und", and a surname that is
// a word too after an article.
func TestNamesOfSession60(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Domnul Radu Gheorghiu (CNP 1711102322146) o împuternicește pe soția sa", TypePerson, "Radu Gheorghiu"},
		{"Agent: Doamnă Neagu, pentru reclamații sunați la 021 9440", TypePerson, "Neagu"},
		{"Г-жо Маринова, благодарим за търпението", TypePerson, "Маринова"},
		{"Agent: Congratulations Angela! Your withdrawal is on its way", TypePerson, "Angela"},
	})
	require.Equal(t, []string{"Mihaela Stoica"}, valuesOf(t, d, "Transferul de 2.450 RON către Mihaela Stoica nu a plecat.", TypePerson))
	// On a line of its own after the amount the word is a name again.
	require.Equal(t, []string{"Ron"}, valuesOf(t, d, "Paid 2.450\nRon, can you check?", TypePerson))
	require.Empty(t, valuesOf(t, d, "Paid 2.450 RON, can you check?", TypePerson))
	wantNoneTyped(t, d, []typedText{
		{"Tech Sandy arrives between 10 and 2.", TypePerson},
		{"Ship-to is Flat 2, 19 Ashgrove Terrace, Bristol BS6 5LQ.", TypePerson},
		{"Please send the Court of Protection order, action no. 2303", TypePerson},
		{"Letters of Guardianship, Case No. 2019-GA-00417", TypePerson},
		{"My son is at Uni of Leeds, student number 201733482", TypePerson},
		{"bank is Lloyds sort 30-94-57 acc 11209874", TypePerson},
		{"Kérem, hívjanak vissza délután", TypePerson},
		{"Betreff: Widerspruch Werbung. Bitte keine Post mehr.", TypePerson},
		{"Objet : Résiliation Abonnement", TypePerson},
		{"Ich habe die Adresse für Werbeanrufe und Werbepost gesperrt.", TypePerson},
		{"wie immer. Ramipril und Simvastatin. Danke", TypePerson},
		{"the Banks report is late", TypePerson},
	})
	// Names the lists know stay after a subject's label and around "und".
	wantTyped(t, d, []typedValue{{"Subject: Anna Smith account", TypePerson, "Anna Smith"}})
	require.Equal(t, []string{"Anna", "Peter Müller"}, valuesOf(t, d, "Grüße von Anna und Peter Müller", TypePerson))
	// A given name before "of" stays a name, and a word after "of"
	// without a noun's ending stays what it was (Presidio's synthetic
	// texts label "the University of Nicosia"'s place, found as a name).
	wantTyped(t, d, []typedValue{
		{"ask Joan of Accounts", TypePerson, "Joan"},
		{"while studying English and journalism at the University of Nicosia.", TypePerson, "Nicosia"},
	})
}

// TestNumbersOfSession60 checks Troy cards.
func TestNumbersOfSession60(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"kartımla ödeme yapamıyorum, 9792 0463 5825 2787. Hata kodu 51.", TypeCreditCard, "9792 0463 5825 2787"},
	})
	wantNoneTyped(t, d, []typedText{
		{"kart no 9792 0463 5825 2788", TypeCreditCard},
		{"ref 9792 0463 5825 278", TypeCreditCard},
	})
}

// TestTurkishOfSession60 checks Turkish months, weekdays, the words of
// passwords, customers and dates of birth, "Bey" after a name, and the
// Romanian and Hungarian words of customers' numbers.
func TestTurkishOfSession60(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"doğum tarihim 7 Ocak 1983", TypeDateOfBirth, "7 Ocak 1983"},
		{"kızım 5 Mayıs 2008 doğumlu", TypeDateOfBirth, "5 Mayıs 2008"},
		{"şifre olarak Kedi2019! yazmıştım galiba", TypePassword, "Kedi2019!"},
		{"admin sifresini de degistirdim: Yilmaz.Modem.77", TypePassword, "Yilmaz.Modem.77"},
		{"Aboneliğimi iptal etmek istiyorum. Abone adı Tuncay Erol, abone numarası 7001928364.", TypeCustomerNumber, "7001928364"},
		{"Hat 0542 915 33 70, müşteri no 1029384756.", TypeCustomerNumber, "1029384756"},
		{"Stimate client, factura e scadentă. Cod client: 4000187246", TypeCustomerNumber, "4000187246"},
		{"ügyfélszám: 300918274, kérem hívjanak", TypeCustomerNumber, "300918274"},
		{"Merhaba Ahmet Bey, siparişiniz yolda", TypePerson, "Ahmet"},
	})
	wantNoneTyped(t, d, []typedText{
		{"teslimat 12 Eylül Perşembe günü", TypePerson},
		{"sipariş 7 Ocak 2025 tarihinde verildi", TypeDateOfBirth},
	})
}

// TestHandlesAndRecordsOfSession60 checks that brands' accounts on
// social networks are no one's handle while people's stay, and a name
// printed surname first in capitals with a middle initial.
func TestHandlesAndRecordsOfSession60(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"follow me @jess_k_92 and dm me", TypeUsername, "@jess_k_92"},
		{"ping @MaryAnn about it", TypeUsername, "@MaryAnn"},
		{"Patient: SMITH, SAMEER K", TypePerson, "SMITH, SAMEER K"},
	})
	wantNoneTyped(t, d, []typedText{
		{"@AcmeHelp my order never arrived", TypeUsername},
		{"thanks @NimbusAirways for nothing", TypeUsername},
		{"hey @SkyrailUK, the 08:15 is late again", TypeUsername},
		{"@VoltaBanco hola, tengo un problema", TypeUsername},
		{"Status: DELIVERED, SIGNED A", TypePerson},
	})
}

// TestMiddleEastOfSession60 checks Kuwait's civil id, Egypt's national
// id after "qawmy" and "NID", Israel's id after "tz" and without its
// leading zero, Israeli bank accounts after Hebrew words, streets after
// "Rehov" and "Sderot", and Jewish holidays as no names.
func TestMiddleEastOfSession60(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Address: Block 4, Salmiya. Civil ID 292070977439. Name Dalal", "KW_CIVIL_ID", "292070977439"},
		{"law sama7t el raqam el qawmy bta3i 29008150173159 w el rakam", "EG_NATIONAL_ID", "29008150173159"},
		{"Name: Karim Hossam Eldin, born 3 Dec 1985 in Alexandria, NID 28512030280756", "EG_NATIONAL_ID", "28512030280756"},
		{"tz 329858104 / dob 02.02.2002", "IL_ID_NUMBER", "329858104"},
		{"my teudat zehut is 11157161 (the system wants 9 digits)", "IL_ID_NUMBER", "11157161"},
		{"Dmitri Feldman, its at Leumi snif 802 heshbon 3318470", TypeBankAccount, "3318470"},
		{"בנק מזרחי טפחות, סניף 465, חשבון 105538. על שם נור זועבי", TypeBankAccount, "105538"},
		{"please send it to Rehov Bialik 3 thanks", TypeStreetAddress, "Rehov Bialik 3"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Civil ID 292070977438", "KW_CIVIL_ID"},
		{"order 292070977439 shipped", "KW_CIVIL_ID"},
		{"tz 329858105 / dob 02.02.2002", "IL_ID_NUMBER"},
		{"heshbon 3318470", TypeBankAccount},
		{"we are closed for Rosh Hashana and Yom Kippur", TypePerson},
	})
}

// TestUkrainianOfSession60 checks the Russian and Ukrainian words of the
// taxpayer's number, phones, births, passports and customers, their
// months, and their greetings, titles and roles before a name.
func TestUkrainianOfSession60(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Здравствуйте, я Литвиненко Сергей Викторович, ИНН 2916092299. Хочу закрыть счёт.", "UA_RNOKPP", "2916092299"},
		{"скажите пжлст почему не приходит смс с кодом на номер 0661843275 уже час жду", TypePhoneNumber, "0661843275"},
		{"pryvit, ja ne mozhu zajty v dodatok. nomer 0932158740", TypePhoneNumber, "0932158740"},
		{"Мой отец родился 9 января 1965 года", TypeDateOfBirth, "9 января 1965"},
		{"PESEL сина 04221909359, народився 19.02.2004, звати Максим", TypeDateOfBirth, "19.02.2004"},
		{"Imia: Anastasiia Levchenko, data narodzhennia 30.05.2001", TypeDateOfBirth, "30.05.2001"},
		{"Imia: Anastasiia Levchenko, nomer pasporta 002841576", TypePassport, "002841576"},
		{"мой номер клиента 2004518832, спасибо", TypeCustomerNumber, "2004518832"},
		{"Пані Ольго, ваше замовлення вже в дорозі", TypePerson, "Ольго"},
	})
	require.Equal(t, []string{"Миронова Ольга"}, valuesOf(t, d, "Отправитель Миронова Ольга, тел. не указан", TypePerson))
	require.Equal(t, []string{"Литвиненко Сергей Викторович"}, valuesOf(t, d, "Здравствуйте, я Литвиненко Сергей Викторович.", TypePerson))
	wantNoneTyped(t, d, []typedText{
		{"код 2375077038", "UA_RNOKPP"},
		{"Дякую, все працює", TypePerson},
	})
}

// TestEastAsiaOfSession60 checks dates of birth written with the year's,
// the month's and the day's characters, and China's and Taiwan's ids
// after a bare "ID".
func TestEastAsiaOfSession60(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"name LIU Jianguo, born 1987年6月14日. I need the invoice", TypeDateOfBirth, "1987年6月14日"},
		{"名字李静，生日1989年11月3日，是不是你们系统有问题？", TypeDateOfBirth, "1989年11月3日"},
		{"For the KYC form: ID 110108197908306733, address Unit 502", "CN_RESIDENT_ID", "110108197908306733"},
		{"I'm a Taiwanese student, my ID is F144837314, birthday 2000/11/20", "TW_NATIONAL_ID", "F144837314"},
	})
	wantNoneTyped(t, d, []typedText{
		{"flight on 2024年5月3日 please", TypeDateOfBirth},
		{"born 1987年13月14日", TypeDateOfBirth},
		{"ID 110108197908306734", "CN_RESIDENT_ID"},
		{"ID F144837315", "TW_NATIONAL_ID"},
	})
}

// session60Seeds are FuzzDetect's seeds for the readers of session 60:
// post-office boxes cut after their dash or their office's capitals,
// dates with the year's and the month's characters cut short, handles
// of capitals alone, a surname and a comma before a capital at the
// text's end, a subject's label at the end, and "of" at the edges.
var session60Seeds = []string{
	"P.O. Box 45210-",
	"P.O. Box 45210-0010",
	"P. O. Box KS",
	"Posbus ",
	"1987年",
	"1987年6月",
	"1987年6月14",
	"2000年2月30日",
	"@A",
	"@AB",
	"@AcmeHelp",
	"@XxUK",
	"SMITH, SAMEER K",
	"SMITH, SAMEER",
	"Betreff:",
	"Betreff: ",
	"Court of",
	"of Protection",
	"A und",
	"2.450 RON",
}

// TestRomanianUnitsOfSession60 checks Romania's block, stair, floor and
// flat after the house number, up to the sector and the postcode, and
// that the French "et" without its period ends an address.
func TestRomanianUnitsOfSession60(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Adresa: Bd. Iuliu Maniu nr. 61, bl. 12, sc. B, et. 3, ap. 45, sector 6, 061084 București", TypeStreetAddress, "Bd. Iuliu Maniu nr. 61, bl. 12, sc. B, et. 3, ap. 45, sector 6, 061084 București"},
		{"Aleea Trandafirilor 3, bl. C4, sc. 1, ap. 9, 700521 Iasi", TypeStreetAddress, "Aleea Trandafirilor 3, bl. C4, sc. 1, ap. 9, 700521 Iasi"},
		{"j'habite au 12 rue Victor Hugo et 3 enfants vivent avec moi", TypeStreetAddress, "12 rue Victor Hugo"},
	})
}
