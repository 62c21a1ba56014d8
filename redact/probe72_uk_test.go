package redact

import (
	"testing"
)

// Tests of what session 72 found in its Ukrainian support chat (AM):
// names in the vocative, firms in guillemets, old passports, plates,
// driving licences, the register's record number, the ID card, births
// with a month's name, phones and codes. All values are invented.

// TestVocativeNamesUkrainianOfSession72 checks a given name of the lists
// in the vocative, which Ukrainian forms by rule ("-а" to "-о", "-ія" to
// "-іє", "-ій" to "-ію", a consonant to "-е", "-о" to "-е", "Олег" to
// "Олеже"), where it addresses the reader at a sentence's start or after
// a speaker's colon; the Ukrainian spellings the lists gained after an
// agent's role; and a given name that opens the message before a full
// stop. The controls: the phone's "hello", which Алла's vocative would
// be, a vocative's shape inside a sentence, and a given name's vocative
// shape before no comma.
func TestVocativeNamesUkrainianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Agent: Олено, ваше замовлення вже у відділенні.", TypePerson, "Олено"},
		{"Agent: Соломіє, заява на перевірці.", TypePerson, "Соломіє"},
		{"Agent: Андрію, дані в профілі оновлено.", TypePerson, "Андрію"},
		{"Agent: Тарасе, платіж повернувся.", TypePerson, "Тарасе"},
		{"Дмитре, ваш ліміт збільшено до 20 000 грн.", TypePerson, "Дмитре"},
		{"Олеже, перевірте, будь ласка, пошту.", TypePerson, "Олеже"},
		{"Добре. Василю, ми передали заявку майстру.", TypePerson, "Василю"},
		{"Оператор Уляна: перевірила, кошти повернуться.", TypePerson, "Уляна"},
		{"Ярослава. хочу змінити тариф на дешевший", TypePerson, "Ярослава"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Алло, ви мене чуєте? Зв'язок поганий", TypePerson},
		{"я читала про це в романе, дуже цікаво", TypePerson},
		{"Олено нічого не сказала", TypePerson},
		{"Дякую. Питання закрито", TypePerson},
	})
}

// TestThanksAndOkayUkrainianOfSession72 checks the agent's "we thank"
// ("Дякуємо") as a cue before a name, and "okay" and "we thank" at a
// line's start as no names.
func TestThanksAndOkayUkrainianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Agent: Дякуємо, Богдане. Договір буде підписано через застосунок.", TypePerson, "Богдане"},
		{"Дякуємо, Зоряно! Заявку прийнято.", TypePerson, "Зоряно"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Гаразд, переведіть мене на інший тариф", TypePerson},
		{"Дякуємо, що звернулися до нас", TypePerson},
		{"Звісно, можна оформити онлайн", TypePerson},
	})
}

// TestSignatureWithPhoneUkrainianOfSession72 checks a given name or a
// surname that signs a message before the number to call back, and a
// surname after Ukrainian's cases of "surname" ("у прізвищі замість
// ..."). The controls: a common word before the number, a name with
// more words after the number, and a surname's shape after no such
// word.
func TestSignatureWithPhoneUkrainianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"прийшла порожня коробка, фото додав. Степан 067 201 33 48", TypePerson, "Степан"},
		{"не працює інтернет третій день. Ковальчук +380 63 410 27 19", TypePerson, "Ковальчук"},
		{"У прізвищі замість Гнатенко написали інше, як виправити?", TypePerson, "Гнатенко"},
	})
	wantNoneTyped(t, d, []typedText{
		{"не працює. Магазин 067 201 33 48", TypePerson},
		{"не працює. Степан 067 201 33 48 дзвоніть після обіду", TypePerson},
		{"у відділенні Гнатенко сказали чекати", TypePerson},
	})
}

// TestQuotedFirmsUkrainianOfSession72 checks that a firm's, a shop's or
// a tariff's name between guillemets is no person where no cue names
// it, nor a compound of a Latin acronym and a noun after a greeting
// ("API-ключ"). The control: a name addressed in the same message
// stays.
func TestQuotedFirmsUkrainianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Реквізити ТОВ «ЕкоТрейд Сервіс»: код ЄДРПОУ 41230987", TypePerson},
		{"З повагою, магазин «Теплий Дім», info@example.com", TypePerson},
		{"можемо перевести вас на тариф «Домашній Безліміт» за 210 грн", TypePerson},
		{"Вітаю, SMS-код не приходить уже годину", TypePerson},
		{"Вітаю, API-ключ перестав працювати", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"Agent: Олено, тариф «Домашній Безліміт» підключено.", TypePerson, "Олено"},
	})
}

// TestPassportSeriesUkrainianOfSession72 checks the old booklet's series
// in Cyrillic capitals and six digits after "паспорт", maybe past "old
// type" or the series' word. The controls: seven digits and more glued
// to the series, and the series after no passport's word.
func TestPassportSeriesUkrainianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"договір на мене, паспорт МЕ 230418", TypePassport, "МЕ 230418"},
		{"паспорт старого зразка ВК 771204, виданий у 2003", TypePassport, "ВК 771204"},
		{"паспорт серії ТТ 901553, виданий 14.11.2002", TypePassport, "ТТ 901553"},
	})
	wantNoneTyped(t, d, []typedText{
		{"паспорт МЕ 2304181234", TypePassport},
		{"накладна МЕ 230418 від постачальника", TypePassport},
	})
}

// TestPlatesUkrainianOfSession72 checks Ukraine's plate, two letters of
// those Cyrillic and Latin share, four digits and two letters, in
// either script, where a car's, a driver's or an insurance's word stands
// in the text. The controls: the shape with no such word, and with a
// letter Latin lacks.
func TestPlatesUkrainianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"хочу оформити поліс на авто ВО 2281 СК", TypeVehicleRegistration, "ВО 2281 СК"},
		{"як змінити номер машини в кабінеті? новий ІХ 4412 АМ", TypeVehicleRegistration, "ІХ 4412 АМ"},
		{"держномер BH 7003 KP, водія звати Петро", TypeVehicleRegistration, "BH 7003 KP"},
	})
	wantNoneTyped(t, d, []typedText{
		{"артикул ВО 2281 СК є в наявності?", TypeVehicleRegistration},
		{"авто ВЖ 2281 СК", TypeVehicleRegistration},
	})
}

// TestDriverLicenceUkrainianOfSession72 checks a driving licence's three
// Cyrillic capitals and six digits after its words. The control: the
// shape after a waybill's word.
func TestDriverLicenceUkrainianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"водійське посвідчення КХА 550917, стаж 9 років", "DRIVER_LICENSE", "КХА 550917"},
		{"посвідчення водія: ВТЕ 120834", "DRIVER_LICENSE", "ВТЕ 120834"},
	})
	wantNoneTyped(t, d, []typedText{
		{"накладна КХА 550917 від 12.03", "DRIVER_LICENSE"},
	})
}

// TestRecordAndIDCardUkrainianOfSession72 checks the demographic
// register's record number (a birth date year first, a dash, five
// digits) after its words, and the ID card's nine digits after the
// card's words, past "номер документа". The controls: a record's shape
// with no real month, an order's number of the same shape, and nine
// digits after a payment's "номер документа".
func TestRecordAndIDCardUkrainianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"в картці запис № 19920611-03317, а в застосунку інший", "UA_UNZR", "19920611-03317"},
		{"УНЗР: 20030129-55120", "UA_UNZR", "20030129-55120"},
		{"помилка в ID-картці: номер документа 002318845, що робити?", "UA_ID_CARD", "002318845"},
	})
	wantNoneTyped(t, d, []typedText{
		{"запис № 19921611-03317", "UA_UNZR"},
		{"замовлення 20240611-00317 вже в дорозі", "UA_UNZR"},
		{"платіжне доручення, номер документа 002318845", "UA_ID_CARD"},
	})
}

// TestMonthBirthDatesUkrainianOfSession72 checks an old date with a
// Ukrainian or Russian month's name, which a person's details give with
// no birth word ("Прізвище Ім'я, 4 лютого 1969, ..."), as a date of
// birth as one in digits is; the month's name of more than twelve bytes
// ("листопада") too. The controls: such a date after "від" and "с"
// (from, since), which date a thing done then.
func TestMonthBirthDatesUkrainianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Ткаченко Ольга Петрівна, 4 лютого 1969, прошу заблокувати картку", TypeDateOfBirth, "4 лютого 1969"},
		{"Мельник Іван, 21 листопада 1958, пенсіонер", TypeDateOfBirth, "21 листопада 1958"},
		{"Соколова Анна, 7 октября 1961, пенсионерка", TypeDateOfBirth, "7 октября 1961"},
	})
	wantNoneTyped(t, d, []typedText{
		{"договір від 4 лютого 1969 року", TypeDateOfBirth},
		{"работаю с 7 октября 1991", TypeDateOfBirth},
	})
}

// TestPhonesUkrainianOfSession72 checks a mobile after the mobile's
// abbreviation ("моб."), and a whole Ukrainian mobile right after a bare
// "номер" that opens a sentence. The controls: "номер" after an order's
// word, a landline's code, and a number longer than a mobile.
func TestPhonesUkrainianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Гнатюк Оксана Ігорівна, моб. 0661234570, хочу переоформити договір", TypePhoneNumber, "0661234570"},
		{"я нічого не міняла, вже 5 років з вами. номер 0931472058", TypePhoneNumber, "0931472058"},
		{"Добре, переведіть. Номер 0672209184, абонент Сидоренко", TypePhoneNumber, "0672209184"},
	})
	wantNoneTyped(t, d, []typedText{
		{"замовлення номер 0931472058 не прийшло", TypePhoneNumber},
		{"Номер 0441472058, вкажіть у призначенні", TypePhoneNumber},
		{"Номер 09314720581", TypePhoneNumber},
	})
}

// TestCodesUkrainianOfSession72 checks a code that "came" by message and
// a parcel's pick-up code ("код отримання") as a one-time code. The
// controls: the words with no digits after them, and an error's code.
func TestCodesUkrainianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"мені прийшов код 730915, але я нічого не замовляла", TypePassword, "730915"},
		{"Agent: Надіслали повторно. Код отримання: 5520. Не передавайте його нікому.", TypePassword, "5520"},
		{"мне пришел код 604172, это вы?", TypePassword, "604172"},
	})
	wantNoneTyped(t, d, []typedText{
		{"мені прийшов код, але він не підходить", TypePassword},
		{"прийшов код помилки на екрані", TypePassword},
	})
}
