package redact

import (
	"testing"
)

// Tests of what session 71 found in its Russian blind set (support chats
// in Cyrillic). Every name and number here is invented.

// TestGivenNamesRussianOfSession71 checks a Cyrillic given name alone
// where a chat writes one with no cue: after the agent's role, addressed
// before a comma at a sentence's start or after a speaker's colon, and as
// the signature at the message's end, a surname-shaped word after it
// too. The controls: a given name inside a sentence, a given name that
// is a word ("Слава", glory) before a comma, and a role before a word.
func TestGivenNamesRussianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"[10:02] Оператор Всеволод: Добрый день! Посылка уже в пути.", TypePerson, "Всеволод"},
		{"Заявка 7741-08 закрыта, оператор Таисия.", TypePerson, "Таисия"},
		{"Оператор: Ульяна, спасибо за ожидание. Проверяем.", TypePerson, "Ульяна"},
		{"Agent: Родион, приносим извинения за задержку.", TypePerson, "Родион"},
		{"Кристина, временный код отправлен повторно.", TypePerson, "Кристина"},
		{"не пришёл товар, жду третью неделю. Арсений", TypePerson, "Арсений"},
		{"Перезвоните мне, пожалуйста, Глеб.", TypePerson, "Глеб"},
		{"хочу вернуть куртку, размер не подошёл. Надежда", TypePerson, "Надежда"},
		{"Перезвоните мне вечером. Таисия Кудрявцева", TypePerson, "Таисия Кудрявцева"},
	})
	wantNoneTyped(t, d, []typedText{
		{"вчера Кристина из вашего магазина обещала перезвонить", TypePerson},
		{"Слава богу, всё пришло.", TypePerson},
		{"Оператор связи не отвечает.", TypePerson},
		{"оператор Билайн не принимает оплату", TypePerson},
	})
}

// TestSurnamesRussianOfSession71 checks a word shaped as a Russian or
// Ukrainian surname alone as the message's signature, after "была" (a
// former surname) and after "фамилия" and the words of whose surname it
// is. The controls: the common words that end as a surname does at the
// message's end, and a surname-shaped word inside a sentence.
func TestSurnamesRussianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Где мой возврат? Уже две недели. Кудрявцева", TypePerson, "Кудрявцева"},
		{"карта не проходит за границей, что делать. Порошенков", TypePerson, "Порошенков"},
		{"вышла замуж, была Дроздовская стала другой", TypePerson, "Дроздовская"},
		{"новая фамилия застрахованной Кудрявцева, прошу внести", TypePerson, "Кудрявцева"},
		{"Прошу сменить фамилию мужа Остапенко в договоре", TypePerson, "Остапенко"},
	})
	wantNoneTyped(t, d, []typedText{
		{"опять ничего не работает. Блин", TypePerson},
		{"Заказ собран и передан курьеру. Готов", TypePerson},
		{"магазин Кудрявцева на углу закрыт", TypePerson},
		{"Фамилия в договоре указана неверно.", TypePerson},
	})
}

// TestOwnerAndThanksRussianOfSession71 checks that an owner's word
// before a name stays out of it ("Владелец", "Собственник") and that
// the preposition after thanks in lower case names no one.
func TestOwnerAndThanksRussianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Прошу заблокировать карту. Владелец Дроздов Илья Святославович, телефон", TypePerson, "Дроздов Илья Святославович"},
		{"Собственник Кудрявцева Таисия Глебовна, кв. 7", TypePerson, "Кудрявцева Таисия Глебовна"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ок спасибо за помощь. хорошего дня", TypePerson},
		{"дякую за допомогу", TypePerson},
		{"спасибо за ответ", TypePerson},
	})
}

// TestPhonesRussianOfSession71 checks a Russian phone with a town's
// area code of four digits in brackets, one after "номер мой", and that
// a firm's free line from 8 800 is no person's phone, written with
// dashes after a call's word too. The controls: a number of eleven
// digits after an order's word, and a free line in brackets.
func TestPhonesRussianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"её домашний 8 (4852) 31-07-56, звоните после обеда", TypePhoneNumber, "8 (4852) 31-07-56"},
		{"заблокируйте, пожалуйста, номер мой 89161230457", TypePhoneNumber, "89161230457"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Если вопрос не решён, позвоните 8-800-100-27-43.", TypePhoneNumber},
		{"Горячая линия 8 (800) 100-27-43, круглосуточно", TypePhoneNumber},
		{"заказ 89161230457 не пришёл", TypePhoneNumber},
	})
}

// TestFirmTaxNumberRussianOfSession71 checks that a Russian firm's
// taxpayer number of ten digits ("ИНН" of an ООО), whose first five
// digits read as a birth after 2030, is no Ukrainian RNOKPP, while a
// Ukrainian person's number still is.
func TestFirmTaxNumberRussianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"мене звати Олена, РНОКПП 3294601360. Картку", "UA_RNOKPP", "3294601360"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Реквизиты: ООО «Ромашка», ИНН 7713815457, КПП 771301001", "UA_RNOKPP"},
		{"Реквизиты продавца: ИНН 6658623051, БИК 044525225", "UA_RNOKPP"},
	})
}

// TestAddressesRussianOfSession71 checks Cyrillic addresses read whole:
// a town after a dash before the street, a postcode after "индекс" and
// after the town with no comma, a town of two words after "г.", a
// republic before its name, and an address written from the flat up.
// The controls: a firm's office's address after "в офисе по адресу", and
// a street with no house's number before or after it.
func TestAddressesRussianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"адрес тот же — Самара, ул. Молодогвардейская д.21 кв.8, индекс 443001. Заказ", TypeStreetAddress, "Самара, ул. Молодогвардейская д.21 кв.8, индекс 443001"},
		{"адрес ул. Гагарина д 7 кв 19 г. Псков 180000", TypeStreetAddress, "ул. Гагарина д 7 кв 19 г. Псков 180000"},
		{"Адрес: 413100, г. Великие Луки, ул. Новая, д. 3, кв. 11", TypeStreetAddress, "413100, г. Великие Луки, ул. Новая, д. 3, кв. 11"},
		{"Новый адрес: 420000, Республика Татарстан, г. Казань, ул. Баумана, д. 9", TypeStreetAddress, "420000, Республика Татарстан, г. Казань, ул. Баумана, д. 9"},
		{"квартира моя — кв. 4, д. 18, ул. Садовая, г. Тула, 300000. Счёт", TypeStreetAddress, "кв. 4, д. 18, ул. Садовая, г. Тула, 300000"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Получить карту можно в офисе по адресу г. Тула, ул. Советская, д. 5, пн–пт", TypeStreetAddress},
		{"кв. 4, ул. Садовая очень шумная", TypeStreetAddress},
	})
}

// TestOrderWordsRussianOfSession71 checks that a number after Russian's
// and Ukrainian's words of a request, an order or a parcel
// ("Обращение", "заказ №", "заявка №") is no phone. The control: a
// phone after its word in the same text.
func TestOrderWordsRussianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Обращение 9104-2281, оператор на связи.", TypePhoneNumber},
		{"оплатила заказ № 0917-552013 через QR", TypePhoneNumber},
		{"роутер не працює, заявка № 0622-1180", TypePhoneNumber},
	})
	wantTyped(t, d, []typedValue{
		{"Обращение принято. Мой телефон +7 916 204-55-81", TypePhoneNumber, "+7 916 204-55-81"},
	})
}
