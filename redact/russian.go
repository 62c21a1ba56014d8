package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names in Russian and Ukrainian text written in Cyrillic (session 71).
// The names recognizer reads a Cyrillic name by its shape, a run of
// capitalised words after a cue ("Меня зовут Кудрявцева", "Спасибо,
// Таисия"), and its lists hold no Cyrillic given name: a support chat's
// name alone, where it gives one with no cue, is missed. It stands there
// in a few places only: after the agent's role ("Оператор Всеволод:",
// "оператор Таисия."), addressed at a sentence's start before a comma
// ("Оператор: Ульяна, спасибо за ожидание", "Родион, приносим
// извинения!"), as the message's signature at its end ("...размер не
// подошёл. Надежда", "...уже две недели. Кудрявцева"), and as a former
// surname after "была" ("была Дроздовская, стала Лаптева"). A given name of the list
// is read in all of them; a word shaped as a surname ("-ов", "-ова",
// "-ин", "-ский", "-енко") in the last two, where no other capitalised
// word stands alone, and after the word "фамилия" and the words of
// whose surname it is ("новая фамилия застрахованной Кудрявцева").
// Since session 72 a given name of the lists in Ukrainian's vocative
// where it is addressed ("Agent: Ганно, вашу ТТН передано"), a given
// name that opens the message before a full stop ("Мирослава. хочу
// ..."), and a signature before the number to call back.

// cyrGivenNames are common given names of Russia, Ukraine and Belarus,
// men's and women's, in their Russian and Ukrainian spellings, that are
// no common word of the languages. (Since session 72 more Ukrainian
// spellings, "Світлана", "Уляна", "Кирило"; "Мирослава" and "Ярослава"
// are also the genitives of "Мирослав" and "Ярослав", a name either
// way.)
var cyrGivenNames = setOf(
	// Men's.
	"Александр", "Алексей", "Анатолий", "Андрей", "Антон", "Аркадий", "Арсений", "Артём", "Артем", "Артур", "Богдан", "Борис",
	"Вадим", "Валентин", "Валерий", "Василий", "Виктор", "Виталий", "Владимир", "Владислав", "Всеволод", "Вячеслав",
	"Геннадий", "Георгий", "Глеб", "Григорий", "Давид", "Даниил", "Данил", "Денис", "Дмитрий", "Евгений", "Егор", "Иван",
	"Игорь", "Илья", "Кирилл", "Константин", "Леонид", "Максим", "Марат", "Матвей", "Михаил", "Никита", "Николай", "Олег",
	"Павел", "Пётр", "Петр", "Родион", "Ростислав", "Руслан", "Святослав", "Семён", "Семен", "Сергей", "Станислав",
	"Степан", "Тарас", "Тимофей", "Тимур", "Фёдор", "Федор", "Филипп", "Эдуард", "Юрий", "Ярослав",
	"Олександр", "Олексій", "Андрій", "Дмитро", "Сергій", "Микола", "Михайло", "Юрій", "Василь", "Віктор", "Віталій",
	"Володимир", "Євген", "Іван", "Ігор", "Назар", "Остап", "Павло", "Петро", "Анатолій", "Валерій", "Геннадій",
	"Григорій", "Георгій", "Аркадій", "Арсеній", "Матвій", "Тимофій", "Кирило", "Костянтин", "Данило", "Федір", "Гліб",
	"Ілля", "Леонід", "Мирослав", "Любомир", "Орест", "Марко", "Олесь", "Ярема", "Зіновій",
	// Women's.
	"Алёна", "Алена", "Алина", "Алла", "Анастасия", "Ангелина", "Анна", "Антонина", "Валентина", "Валерия", "Варвара",
	"Вероника", "Виктория", "Галина", "Дарья", "Диана", "Евгения", "Екатерина", "Елена", "Елизавета", "Жанна", "Зинаида",
	"Зоя", "Инна", "Ирина", "Кира", "Клавдия", "Кристина", "Ксения", "Лариса", "Лидия", "Людмила", "Маргарита", "Марина",
	"Мария", "Милана", "Наталья", "Наталия", "Нина", "Оксана", "Олеся", "Ольга", "Полина", "Раиса", "Светлана", "Софья",
	"София", "Таисия", "Тамара", "Татьяна", "Ульяна", "Юлия", "Яна", "Василиса", "Эльвира", "Гульнара",
	"Олена", "Наталія", "Тетяна", "Ірина", "Юлія", "Катерина", "Ганна", "Марія", "Софія", "Дарина",
	"Вікторія", "Анастасія", "Христина", "Соломія", "Світлана", "Ніна", "Уляна", "Аліна", "Богдана", "Іванна",
	"Ярослава", "Мирослава", "Олександра", "Зоряна", "Оля", "Леся", "Таміла", "Діана", "Валерія", "Поліна", "Єлизавета", "Антоніна",
	"Лідія", "Інна", "Віталіна", "Мар'яна", "Ангеліна")

// cyrNounNames are given names that are words of the language as well
// ("Вера", faith; "Надежда", hope; "Любовь", love; "Роман", a novel;
// "Лев", a lion; "Слава", glory): a name only as a signature or after
// the agent's role.
var cyrNounNames = setOf("Вера", "Віра", "Надежда", "Надія", "Любовь", "Любов", "Роман", "Лев", "Слава", "Лилия", "Роза")

// cyrRoles are the agents' roles a support chat writes before the
// agent's given name: "Оператор Всеволод:", "оператор Таисия",
// "менеджер Ольга", "курьер Алексей".
var cyrRoles = []string{"оператор", "операторка", "специалист", "спеціаліст", "консультант", "консультантка", "менеджер", "менеджерка", "агент", "курьер", "кур'єр", "сотрудник", "сотрудница", "співробітник", "мастер", "майстер"}

// cyrSurnameEnds are the endings of the surnames of Russia, Ukraine and
// Belarus: "Кудрявцева", "Порошенков", "Никитин", "Ильина", "Белых",
// "Шевченко", "Ковальчук", "Высоцкий", "Бельская", "Зенькович".
var cyrSurnameEnds = []string{"ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына", "ский", "ская", "цкий", "цкая", "ских", "ых", "енко", "чук", "юк", "вич", "ський", "ська"}

// cyrNotSurname are the common words a chat may end a message with
// that end as a surname does: "shop", "car", "reason", "ready", "one",
// "damn" ("...не работает. Блин"), "login", "again", "head".
var cyrNotSurname = setOf("Магазин", "Машина", "Причина", "Готов", "Готова", "Один", "Блин", "Логин", "Снова", "Голова",
	"Картина", "Половина", "Корзина", "Мужчина", "Женщина", "Витрина", "Резина", "Бензин", "Основа", "Слова", "Здоров",
	"Здорова", "Россия", "Русский", "Русская", "Английский", "Спасибо", "Пожалуйста", "Тишина", "Длина", "Ширина",
	"Средина", "Карантин", "Витамин", "Заранее", "Каков", "Такова", "Всех", "Никаких", "Других", "Ваших", "Наших", "Моих", "Своих")

// cyrSignOpeners are the marks after which a signature opens: the end
// of a sentence, a comma, a line's end or a dash.
const cyrSignOpeners = ".,!?\n"

// cyrNameWordAt returns the end of the Cyrillic word at i (letters,
// maybe an apostrophe or a hyphen inside), or i.
func cyrNameWordAt(t string, i int) int {
	j := i
	for j < len(t) {
		r, n := utf8.DecodeRuneInString(t[j:])
		if unicode.Is(unicode.Cyrillic, r) || j > i && (r == '-' || r == '\'' || r == 'ʼ') && j+n < len(t) && t[j+n] >= 0xd0 && t[j+n] <= 0xd3 {
			j += n
			continue
		}
		break
	}
	return j
}

// russianNames reads the names of a Cyrillic text (see the file's
// comment).
func (s *state) russianNames() {
	t := s.text
	for i := 0; i < len(t); {
		c := t[i]
		if c != 0xd0 || i > 0 && t[i-1] >= 0x80 {
			if c < 0x80 {
				i++
			} else {
				_, w := utf8.DecodeRuneInString(t[i:])
				i += w
			}
			continue
		}
		// A capital of Russian's alphabet (U+0410 to U+042F, and Ё and
		// the Ukrainian Є, І, Ї: D0 80 to D0 AF) after no letter.
		e := cyrNameWordAt(t, i)
		if e == i || t[i+1] > 0xaf {
			i++
			continue
		}
		s.russianNameAt(i, e)
		i = e
	}
}

// russianNameAt reads the capitalised word [a, e) where one of the
// file's places makes it a name, with a capitalised word after it that
// a surname shapes ("Антонова Светлана" is read from its first word by
// the names recognizer).
func (s *state) russianNameAt(a, e int) {
	t := s.text
	w := t[a:e]
	given, noun := cyrGivenNames[w], cyrNounNames[w]
	surname := !given && !noun && cyrSurname(w)
	if !given && !noun && !surname {
		if cyrAddressed(t, a, e) && cyrVocative(w) {
			s.add(cand{start: a, end: e, typ: TypePerson, rec: "russian_name", score: 0.8})
		}
		return
	}
	end := e
	if given || noun {
		if k := cyrWordAfter(t, e); k > e && cyrSurname(t[e+1:k]) {
			end = k
		}
	}
	switch {
	case (given || noun) && cyrRoleBefore(t, a):
	case given && end == e && cyrAddressed(t, a, e):
	case cyrSignature(t, a, end):
	case surname && (cyrFormerBefore(t, a) || cyrSurnameWordBefore(t, a)):
	default:
		return
	}
	s.add(cand{start: a, end: end, typ: TypePerson, rec: "russian_name", score: 0.8})
}

// cyrVocative reports whether w is the vocative of a given name of the
// lists, the case a Ukrainian agent addresses the customer in ("Agent:
// Ганно, вашу ТТН передано", "Максиме, ліміт схвалено"). Ukrainian forms
// it by rule from the nominative, so the lists need not hold it: "-а"
// gives "-о" (Людмила, Людмило; Микола, Миколо), "-я" gives "-є" or
// "-ю" (Наталія, Наталіє; Олеся, Олесю), "-ій" and "-ь" give "-ю"
// (Віталій, Віталію; Василь, Василю), a hard consonant takes "-е"
// (Денис, Денисе; Ігор, Ігоре; Олег, Олеже), and "-о" turns to "-е"
// (Дмитро, Дмитре).
func cyrVocative(w string) bool {
	r, n := utf8.DecodeLastRuneInString(w)
	if utf8.RuneCountInString(w) < 4 || cyrNotVocative[w] {
		return false
	}
	stem := w[:len(w)-n]
	known := func(x string) bool { return cyrGivenNames[x] || cyrNounNames[x] }
	switch r {
	case 'о':
		return known(stem + "а")
	case 'є':
		return known(stem + "я")
	case 'ю':
		return known(stem+"я") || known(stem+"й") || known(stem+"ь") || known(stem)
	case 'е':
		return known(stem) || known(stem+"о") || strings.HasSuffix(stem, "ж") && known(strings.TrimSuffix(stem, "ж")+"г")
	}
	return false
}

// cyrNotVocative are the words shaped as a vocative of the lists that
// are words of the languages: "hello" on the phone ("Алло, ви мене
// чуєте?"), as Алла's vocative would be.
var cyrNotVocative = setOf("Алло")

// cyrWordAfter returns the end of the capitalised Cyrillic word after
// one space at e, or e.
func cyrWordAfter(t string, e int) int {
	if e+2 >= len(t) || t[e] != ' ' || t[e+1] != 0xd0 || t[e+2] > 0xaf {
		return e
	}
	return cyrNameWordAt(t, e+1)
}

// cyrSurname reports whether w is shaped as a surname: a capitalised
// word of five letters or more (four with "-ов", "-ев": "Львов" is
// five) with a surname's ending, no common word.
func cyrSurname(w string) bool {
	if utf8.RuneCountInString(w) < 5 || cyrNotSurname[w] || cyrGivenNames[w] || cyrNounNames[w] {
		return false
	}
	for _, end := range cyrSurnameEnds {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// cyrWordBefore returns the Cyrillic word that ends at v (past the
// spaces before v), in lower case, and its start.
func cyrWordBefore(t string, v int) (string, int) {
	v = cyrBackSpaces(t, v)
	u := cyrBack(t, v, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) || r == '\'' })
	return strings.ToLower(t[u:v]), u
}

// cyrRoleBefore reports whether an agent's role of cyrRoles stands
// right before the name at a: "Оператор Всеволод", "оператор Таисия".
func cyrRoleBefore(t string, a int) bool {
	if a == 0 || t[a-1] != ' ' {
		return false
	}
	w, _ := cyrWordBefore(t, a)
	for _, r := range cyrRoles {
		if w == r {
			return true
		}
	}
	return false
}

// cyrAddressed reports whether the given name [a, e) addresses the
// reader: before a comma or a '!' at the start of the text, a line or
// a sentence, or after a speaker's colon ("Оператор: Ульяна,
// спасибо", "Кристина, временный код отправлен"), or before a period
// as the text's first word, the writer's name ("Мирослава. хочу
// дізнатися залишок").
func cyrAddressed(t string, a, e int) bool {
	if e >= len(t) || t[e] != ',' && t[e] != '!' && t[e] != '.' {
		return false
	}
	v := cyrBackSpaces(t, a)
	if t[e] == '.' {
		return v == 0 // the writer's name opens the message: "Мирослава. хочу дізнатися ..."
	}
	return v == 0 || strings.IndexByte(".!?:\n]", t[v-1]) >= 0
}

// cyrSignature reports whether the name [a, e) signs the message: the
// last words of the text, maybe before a period, a '!' or a smiley's
// marks, after the end of a sentence, a comma, a line's end or a dash
// ("...размер не подошёл. Надежда", "Перезвоните мне, пожалуйста,
// Глеб.").
func cyrSignature(t string, a, e int) bool {
	rest := strings.TrimRight(t[e:], " .!)\n")
	if rest != "" && !cyrPhoneTail(rest) {
		return false
	}
	v := cyrBackSpaces(t, a)
	if v == 0 {
		return false // the message is the name alone: a word as often
	}
	return strings.IndexByte(cyrSignOpeners, t[v-1]) >= 0 || strings.HasSuffix(t[:v], "—") || strings.HasSuffix(t[:v], " -")
}

// cyrPhoneTail reports whether rest, what follows a signature's name,
// is a phone number alone, as a customer signs with a name and the
// number to call back ("...фото прикріпив. Олексій 050 118 94 26"):
// a space, then nine digits or more among spaces, dashes, brackets and
// a plus.
func cyrPhoneTail(rest string) bool {
	if rest[0] != ' ' {
		return false
	}
	digits := 0
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ' ' || c == '-' || c == '(' || c == ')' || c == '+':
		default:
			return false
		}
	}
	return digits >= 9
}

// cyrFormerWords say that the surname after them was the person's
// before a marriage: "была Дроздовская, стала Лаптева", "(была Козина)",
// "урождённая Смирнова", "в девичестве Козлова".
var cyrFormerWords = []string{"была", "был", "урождённая", "урожденная", "девичестве", "дівоче", "була"}

// cyrFormerBefore reports whether a word of cyrFormerWords stands right
// before the surname at a.
func cyrFormerBefore(t string, a int) bool {
	if a == 0 || t[a-1] != ' ' {
		return false
	}
	w, _ := cyrWordBefore(t, a)
	for _, f := range cyrFormerWords {
		if w == f {
			return true
		}
	}
	return false
}

// cyrSurnameWords name a surname after them, maybe past the words of
// whose it is: "новая фамилия застрахованной Кудрявцева", "фамилию
// мужа Козлов" ("Фамилия Шевчук" the names recognizer reads), and
// Ukrainian's cases of it ("у прізвищі замість Коваленко").
var cyrSurnameWords = []string{"фамилия", "фамилию", "фамилии", "прізвище", "прізвищі", "прізвища", "прізвищем"}

// cyrSurnameWordBefore reports whether a word of cyrSurnameWords stands
// before the surname at a, up to two words in lower case between them.
func cyrSurnameWordBefore(t string, a int) bool {
	v := a
	for k := 0; k < 3 && v > 0 && t[v-1] == ' '; k++ {
		w, u := cyrWordBefore(t, v)
		if e := cyrBackSpaces(t, v); u == e || w != t[u:e] {
			return false // no word, or a capitalised one
		}
		for _, f := range cyrSurnameWords {
			if w == f {
				return true
			}
		}
		v = u
	}
	return false
}
