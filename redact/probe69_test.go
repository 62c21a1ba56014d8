package redact

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

// Tests of what session 69 found in the gaps of its blind sets.

// TestMonthNamesAndYearFirstDatesOfSession69 checks dates whose month
// is a word in Romanian, Finnish, Estonian, Hungarian, Lithuanian,
// Latvian and Greek, and the dates that put the year first (Hungarian
// "1985. március 12.", Lithuanian "1985 m. kovo 12 d.", Latvian "1985.
// gada 12. martā"), the birth words of those languages, and six digits
// after a birth word ("dob 120385"). The controls: Hungarian's year and
// month without a day (a date, no birth), a version's number before an English month,
// "ian", which is a given name, not Romanian's abbreviation of January,
// six digits that are no day and month, and six after an order's word.
func TestMonthNamesAndYearFirstDatesOfSession69(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"buna ziua, data nasterii: 12 martie 1985, CNP-ul e pe card", "DATE_OF_BIRTH", "12 martie 1985"},
		{"syntynyt 12. maaliskuuta 1985 Tampereella", "DATE_OF_BIRTH", "12. maaliskuuta 1985"},
		{"sündinud 3. veebruar 1990", "DATE_OF_BIRTH", "3. veebruar 1990"},
		{"Születési dátum: 1985. március 12., anyja neve: Kiss Mária", "DATE_OF_BIRTH", "1985. március 12"},
		{"szül. 1990. febr. 3.", "DATE_OF_BIRTH", "1990. febr. 3"},
		{"gimęs 1985 m. gegužės 3 d., Kaune", "DATE_OF_BIRTH", "1985 m. gegužės 3 d."},
		{"dzimis 1985. gada 12. martā", "DATE_OF_BIRTH", "1985. gada 12. martā"},
		{"γεννήθηκα 12 Μαρτίου 1985 στην Πάτρα", "DATE_OF_BIRTH", "12 Μαρτίου 1985"},
		{"name jon harker dob 120385 tel07700900417 pc m145rt", "DATE_OF_BIRTH", "120385"},
	})
	wantNoneTyped(t, d, []typedText{
		{"a számlát 2024. március végén küldtük", "DATE_OF_BIRTH"},
		{"release 1.2024. march notes", "DATE_OF_BIRTH"},
		{"we met on 12 ian 2024", "DATE_OF_BIRTH"},
		{"dob 991385 ok", "DATE_OF_BIRTH"},
		{"order 120385 shipped", "DATE_OF_BIRTH"},
	})
}

// TestHijriBirthDatesAndPhoneWordsOfSession69 checks a date of birth
// in a Hijri calendar after a birth word, and the phone words of
// Persian (typed in Latin letters too), Kazakh and Uzbek. The controls:
// a Hijri date without a birth word (a delivery's), and a Kazakh
// mobile's shape after "your order" in Russian, which no phone word
// names.
func TestHijriBirthDatesAndPhoneWordsOfSession69(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"kode melli: 1279458038 , tarikh tavallod 1369/04/22. esmam Arash", "DATE_OF_BIRTH", "1369/04/22"},
		{"رقم الهوية 1337605032، تاريخ الميلاد 1408/03/17 هـ", "DATE_OF_BIRTH", "1408/03/17"},
		{"ba kode melli 2285617305 login nemishe, shomaram 09351178264", TypePhoneNumber, "09351178264"},
		{"Kcell нөмірім 8 702 418 63 97 бұғатталып қалды", TypePhoneNumber, "8 702 418 63 97"},
		{"Kcell нөмірім 87024186397 бұғатталып қалды", TypePhoneNumber, "87024186397"},
	})
	// Uzbek's words raise a number that its shape alone makes a weak
	// phone above a stricter threshold.
	strict, err := NewDetector(WithThreshold(0.6))
	require.NoError(t, err)
	wantTyped(t, strict, []typedValue{
		{"Ucell рақамимни қайта тиклаш керак: 93 517 22 84. Раҳмат", TypePhoneNumber, "93 517 22 84"},
		{"telefonim: 93 517 22 84", TypePhoneNumber, "93 517 22 84"},
	})
	wantNoneTyped(t, strict, []typedText{
		{"buyurtma: 93 517 22 84", TypePhoneNumber},
	})
	wantNoneTyped(t, d, []typedText{
		{"estimated delivery 1402/09/18, customer service 021-4190 0000", "DATE_OF_BIRTH"},
		{"Ваш заказ 8 702 418 63 97 отправлен", TypePhoneNumber},
	})
	// Without a birth word a Hijri date is no date at all: not even a
	// detector that reports every date (DATE_TIME is off by default)
	// reads one, while a Gregorian one in its shape is a date.
	dates, err := NewDetector(WithTypes(TypeDateTime, TypeDateOfBirth))
	require.NoError(t, err)
	wantNoneTyped(t, dates, []typedText{
		{"estimated delivery 1402/09/18, customer service 021-4190 0000", TypeDateTime},
	})
	wantTyped(t, dates, []typedValue{
		{"estimated delivery 2023/12/09, customer service", TypeDateTime, "2023/12/09"},
	})
}

// TestHTMLEntitiesOfSession69 checks that HTML's character references
// left in an exported chat are read decoded, and that the findings
// cover them as written: a no-break space between a phone's groups and
// an address's words, an e-mail's '@' as a number, "&amp;" in a firm's
// name before a customer's. The controls: an '&' that opens no
// reference ("AT&T", "Q&A"), a reference of a control character or a
// surrogate, and one whose '&' is itself a reference ("&amp;nbsp;", which
// decodes once, to "&nbsp;").
func TestHTMLEntitiesOfSession69(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Kundin: Tel.&nbsp;05221&nbsp;1738&nbsp;204<br>", TypePhoneNumber, "05221&nbsp;1738&nbsp;204"},
		{"Lieferadresse: Birkenweg&nbsp;5, 32052&nbsp;Herford", "STREET_ADDRESS", "Birkenweg&nbsp;5, 32052&nbsp;Herford"},
		{"&lt;p&gt;mail me at anna.berg&#64;example.com&lt;/p&gt;", TypeEmailAddress, "anna.berg&#64;example.com"},
		{"Smith &amp; Co will call +44 7700 900&#x31;23 today", TypePhoneNumber, "+44 7700 900&#x31;23"},
	})
	for _, text := range []string{"Q&A with AT&T at 9&10", "&amp;nbsp;&#0;&#xD800;&#99999999;&#;&;", "R&D 5&nbsp"} {
		fs, err := d.Detect(context.Background(), text)
		require.NoError(t, err)
		require.Empty(t, fs, text)
	}
	view, shifts := decodeEntities("a&amp;nbsp;b", 1)
	require.Equal(t, "a&nbsp;b", view)
	require.Equal(t, 11, unescapedOffset(shifts, len(view)-1))
}

// TestPassportAnswersOfSession69 checks a passport's number on the
// line that answers a question for it, after the speaker's label, with
// the rest of the line after it. The controls: an answer that holds no
// passport's shape, and a question for something else.
func TestPassportAnswersOfSession69(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Agent : numéro de passeport ?\nClient : 18AK52937, il expire le 30/09/2031", TypePassport, "18AK52937"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Agent: passport number?\nCustomer: my order 12345678 is late", TypePassport},
		{"Agent: Sind Sie mit dem Pass zufrieden?\nKunde: AB1234567", TypePassport},
	})
}

// TestSpokenNumbersOfSession69 checks the numbers a call's transcript
// spells in words, read as the digits they say, and the findings'
// spans, which cover the words. The controls: number words of prose,
// a run of fewer than six digits, an English word that is a number
// word in another language ("once"), and a separator that no digit
// follows.
func TestSpokenNumbersOfSession69(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Caller: the number on the account is oh seven seven double oh nine double oh four one eight", TypePhoneNumber, "oh seven seven double oh nine double oh four one eight"},
		{"yeah it's five three one dash four two dash eight eight one six do you need the whole thing", TypeUSSSN, "five three one dash four two dash eight eight one six"},
		{"Caller: yeah it's four six two oh nine six six five four two eight seven oh seven two four expiry oh three twenty eight", TypeCreditCard, "four six two oh nine six six five four two eight seven oh seven two four"},
		{"mon numéro de téléphone c'est le zéro six quarante-sept douze quatre-vingt-trois cinquante et un", TypePhoneNumber, "zéro six quarante-sept douze quatre-vingt-trois cinquante et un"},
		{"it says my ip is one nine two dot one six eight dot one dot sixty four but", TypeIPAddress, "one nine two dot one six eight dot one dot sixty four"},
	})
	for _, text := range []string{
		"i have two kids and one dog, three cats and four fish",
		"we were born in nineteen seventy nine or eighty",
		"call me once two three four five done",
		"the code is four two dash",
	} {
		fs, err := d.Detect(context.Background(), text)
		require.NoError(t, err)
		for _, f := range fs {
			require.NotContains(t, []string{TypePhoneNumber, TypeCreditCard, TypeUSSSN, TypeIPAddress}, f.Type, text)
		}
	}
	for _, c := range []struct {
		in, view string
		run      string // the words the digits map back onto
	}{
		{"it's oh seven seven double oh nine, double oh four one eight ok", "it's 077009 00418 ok", "oh seven seven double oh nine, double oh four one eight"},
		{"five three one dash four two dash eight eight one six dash", "531-42-8816 dash", "five three one dash four two dash eight eight one six"},
		{"treinta y cinco cuarenta y dos doce", "354212", "treinta y cinco cuarenta y dos doce"},
		{"le vingt et un trente-deux quarante.", "le 213240.", "vingt et un trente-deux quarante"},
		{"two kids", "two kids", ""},
		{"call me once two three four five", "call me once two three four five", ""},
	} {
		view, shifts := spokenNumbers(c.in)
		require.Equal(t, c.view, view, c.in)
		if c.run == "" {
			require.Nil(t, shifts)
			continue
		}
		p := strings.IndexFunc(view, unicode.IsDigit)
		q := strings.LastIndexFunc(view, unicode.IsDigit) + 1
		a, b := unescapedOffset(shifts, p), unescapedOffset(shifts, q)
		require.Equal(t, c.run, c.in[a:b])
		require.Equal(t, len(c.in), unescapedOffset(shifts, len(view)))
	}
}

// TestCyrillicGreetingsOfSession69 checks a name after a greeting, a
// thanks or a sign-off in Russian, Ukrainian, Bulgarian, Serbian or
// Macedonian. The controls: the words that follow a greeting in lower
// case as a name does, and "Ваш" (your) and "Подскажите" (tell me)
// capitalised after one.
func TestCyrillicGreetingsOfSession69(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Agent: Здравейте, Мартин! Потвърждаваме промяната на адреса.", TypePerson, "Мартин"},
		{"Agent: Благодариме, Милица! Договорот ќе ви биде испратен.", TypePerson, "Милица"},
		{"платих 349 лв. Кога ще ми върнете парите? Поздрави, Иво", TypePerson, "Иво"},
	})
	wantNoneTyped(t, d, []typedText{
		{"привіт не можу зайти в кабінет", TypePerson},
		{"Клиент: спасибо, всё пришло", TypePerson},
		{"ок спасибо, жду курьера до 18:00", TypePerson},
		{"Здравствуйте, Ваш заказ готов", TypePerson},
		{"Добрый день, Подскажите пожалуйста", TypePerson},
	})
}

// TestPersianNamesOfSession69 checks names in Persian script after
// Persian's words for "in the name of", "his or her name", "recipient",
// "account holder", "Mr" and a sign-off, with a zero-width non-joiner
// inside a name and Arabic script's comma after the sign-off; and
// Armenia's social card after "ՀԾՀ" and Armenian's comma. The controls:
// "in the name of God", which opens a letter, and "username".
func TestPersianNamesOfSession69(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"کد ملی ۰۰۴۸۷۲۳۱۵۰ به نام زهرا احمدی. لطفا پیگیری کنید", TypePerson, "زهرا احمدی"},
		{"گیرنده: الهام شریفی ۰۹۱۳۲۴۸۷۱۵۰", TypePerson, "الهام شریفی"},
		{"اسمش فرخنده قاسمی، کد ملی ۰۰۱۵۹۳۸۴۷۶", TypePerson, "فرخنده قاسمی"},
		{"صاحب حساب: علی\u200cاکبر شجاعی، کد ملی ۴۱۸۰۴۰۷۱۰۸", TypePerson, "علی\u200cاکبر شجاعی"},
		{"ممنون از پیگیری\nبا احترام، حمید", TypePerson, "حمید"},
		{"ծննդյան ամսաթիվ՝ 03.11.1992, ՀԾՀ՝ 3109870452, էլ. փոստ՝", "AM_SOCIAL_CARD", "3109870452"},
	})
	wantNoneTyped(t, d, []typedText{
		{"به نام خدا، سلام. سفارش من نرسیده", TypePerson},
		{"نام کاربری: reza_ghasemi61 ، پیغام خطا میده", TypePerson},
	})
}

// TestVietnameseAccountsOfSession69 checks a bank account after "số
// tk" (the account's number, abbreviated) and after a Vietnamese bank's
// name that the list lacked. The control: an order's number after "số".
func TestVietnameseAccountsOfSession69(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"cho tài khoản Vietcombank, số tk 1017382946 (mở tại CN Thanh Hóa)", "BANK_ACCOUNT", "1017382946"},
		{"ad oi em bi tru tien 2 lan, stk Vietinbank 108872345619, ten NGUYEN DUC THANG", "BANK_ACCOUNT", "108872345619"},
	})
	wantNoneTyped(t, d, []typedText{
		{"đơn hàng số 1017382946 chưa giao", "BANK_ACCOUNT"},
	})
}

// TestCardInOddGroupsOfSession69 checks a card read off in five groups
// of up to four digits after a card's word. The controls: the same
// digits without a card's word, and with a digit that fails Luhn.
func TestCardInOddGroupsOfSession69(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"They also have my debit card 41 47 2058 3361 9043. This is Earl", TypeCreditCard, "41 47 2058 3361 9043"},
		{"visa 4344 94 7726 6805 63 - the bank app shows it in weird groups", TypeCreditCard, "4344 94 7726 6805 63"},
	})
	wantNoneTyped(t, d, []typedText{
		{"call 41 47 2058 3361 9043 after six", TypeCreditCard},
		{"my debit card 41 47 2058 3361 9044", TypeCreditCard},
	})
}

// TestSouthAsianIDsOfSession69 checks Sri Lanka's new identity card
// number after its words in Sinhala and Tamil, and Nepal's citizenship
// and PAN numbers, in Devanagari digits too. The controls: a reference's
// number in the citizenship number's shape, and an order's nine digits.
func TestSouthAsianIDsOfSession69(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"මගේ eZ Cash PIN එක අමතක වුණා. හැඳුනුම්පත් අංකය 200056051260. නම", "LK_NIC", "200056051260"},
		{"மேரோ நாகரிகதா: அடையாள அட்டை இல. 199869944100, பிறந்த திகதி", "LK_NIC", "199869944100"},
		{"मेरो नागरिकता प्रमाणपत्र नं. २७-०१-७२-०५४३२ हो, जारी मिति", "NP_CITIZENSHIP_NUMBER", "२७-०१-७२-०५४३२"},
		{"मेरो स्थायी लेखा नम्बर (PAN) १२४५५१७८३ हो।", "NP_PAN", "१२४५५१७८३"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ref no 2406-01-70-88120 for the bluebook", "NP_CITIZENSHIP_NUMBER"},
		{"Khalti order 105482391 failed", "NP_PAN"},
	})
}

// TestBengaliAndUrduNamesOfSession69 checks names in Bengali script
// after "name" (of "my name", "father's name" and a label) and in Urdu
// after "my name" and a form's "name:". The controls: Persian's
// "ثبت‌نام" (registration), whose last part is "نام" glued by a
// zero-width non-joiner, and a Bengali label's word that opens a
// sentence after it.
func TestBengaliAndUrduNamesOfSession69(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"আমার নাম মোঃ রফিকুল ইসলাম, জন্ম নিবন্ধন নম্বর দিয়ে", TypePerson, "মোঃ রফিকুল ইসলাম"},
		{"বাবার নাম আব্দুল মান্নান। জন্ম নিবন্ধন", TypePerson, "আব্দুল মান্নান"},
		{"এনআইডি ভেরিফিকেশন ফেইল হচ্ছে। নাম: সুমাইয়া ইসলাম", TypePerson, "সুমাইয়া ইসলাম"},
		{"السلام علیکم، میرا نام محمد عمران بٹ ہے۔ میرا ایزی پیسہ اکاؤنٹ", TypePerson, "محمد عمران بٹ"},
		{"برای ثبت\u200cنام رانندگی اسنپ:\nنام: امیر حسین\u200cزاده\nکد ملی", TypePerson, "امیر حسین\u200cزاده"},
	})
	wantNoneTyped(t, d, []typedText{
		{"برای ثبت\u200cنام رانندگی اسنپ چه مدارکی لازم است", TypePerson},
		{"আমার নাম নম্বর ভুল আছে", TypePerson},
	})
}

// session69Seeds are FuzzDetect's seeds for the readers of session 69.
var session69Seeds = []string{
	"szül. 1990. febr. 3.", "1985 m. gegužės 3 d.", "1985. gada 12. martā", "1985. g. 12. martā", "m. 3 d.", "2024. március", "tavallod 1369/04/22", "dob 120385", "dob 999999", "1408/03/17 هـ", "05221&nbsp;1738&nbsp;204", "anna&#64;example.com", "&#x10FFFF;&#1114112;&amp;&", "&#", "oh seven seven double oh nine double oh four one eight", "five three one dash four two dash eight eight one six", "zéro six quarante-sept quatre-vingt-trois vingt-et-un soixante-dix-sept", "double triple dash dot et y one", "quatre-vingts-vingt quarante-quarante -un- un--deux", "با احترام، حمید", "به نام «سعید جعفری»", "علی\u200cاکبر\u200c", "ՀԾՀ՝ 3109870452։", "،؛؟", "আমার নাম মোঃ রফিকুল\u200dইসলাম", "নাম: ", "ثبت\u200cنام", "\u200cنام",
}
