package redact

import (
	"strings"
	"unicode/utf8"
)

// Names and mobiles in Persian text (session 71). Persian is written in
// Arabic script, which has no capitals, and its chats give a name
// without a label as often as with one: "من علی رضایی هستم" (I am ...),
// "سلام سارا خانم،" (hello Mrs Sara), a signature on the last line
// ("...\nترانه میرزایی"), a name in brackets after a number ("(بابک
// شاهمرادی)"). Most Iranian surnames end in a suffix of origin or
// descent ("رضایی", "احمدی", "حسین‌زاده", "علی‌پور", "نیک‌نژاد"), so a
// given name the list knows before a word with such an ending is a
// name wherever it stands; a given name alone is one where a chat
// writes a name alone: before "am" or a title, after "child of" or a
// sign-off, or alone at the end of a line or of the text.

// persianGivenNames are common Iranian and Afghan given names, men's
// and women's, that are no common word of the language.
var persianGivenNames = setOf(
	// Men's.
	"محمد", "علی", "حسین", "حسن", "رضا", "مهدی", "احمد", "محمود", "مصطفی", "مجتبی", "مرتضی", "امیر", "امیرحسین", "امیرعلی",
	"امیرمحمد", "محمدرضا", "محمدعلی", "محمدحسین", "محمدامین", "محمدجواد", "علیرضا", "علی\u200cرضا", "غلامرضا", "غلامعلی", "غلامحسین",
	"حمید", "حمیدرضا", "سعید", "مسعود", "مجید", "وحید", "جواد", "کاظم", "داود", "داوود", "بهرام", "بابک", "کیوان", "داریوش",
	"پویا", "پرویز", "فرهاد", "فرشید", "فریدون", "کامران", "کوروش", "سیاوش", "آرش", "بهزاد", "بهنام", "بهروز", "شهرام", "شهاب",
	"سینا", "سجاد", "سهیل", "هادی", "هومن", "یاسر", "یوسف", "یونس", "اکبر", "اصغر", "ابراهیم", "اسماعیل", "جعفر", "صادق",
	"عباس", "عبدالله", "عبدالرحمن", "عرفان", "فرزاد", "فرشاد", "قاسم", "مازیار", "محسن", "مهران", "مهرداد", "میلاد", "نادر",
	"ناصر", "نیما", "حامد", "حمزه", "خسرو", "رامین", "رسول", "روح\u200cالله", "سامان", "سروش", "شاهین", "شهریار", "طاها", "فرامرز",
	"فرید", "کیان", "مهیار", "ماهان", "امین", "پدرام", "جمشید", "حبیب", "رحیم", "سپهر", "شایان", "صمد", "فرزین", "کسری",
	"منصور", "موسی", "یزدان", "یعقوب", "اردشیر", "اردلان", "افشین", "بردیا", "بنیامین", "پارسا", "ابوالفضل", "حسام", "سهراب",
	"شهروز", "مهدیار", "کاوه", "بیژن", "هوشنگ", "منوچهر", "تورج", "رحمت", "نصرالله", "ذبیح\u200cالله", "عبدالرحیم", "احمدرضا",
	// Women's.
	"فاطمه", "زهرا", "مریم", "سارا", "سمانه", "نیلوفر", "الهام", "یاسمن", "لیلا", "مینا", "پریسا", "فرزانه", "شیما", "هانیه",
	"نگار", "پریا", "فرخنده", "مهسا", "مهناز", "مژگان", "سمیرا", "سمیه", "سپیده", "شهلا", "طاهره", "کبری", "کاملیا", "گلاره",
	"لادن", "معصومه", "منیژه", "منیره", "نازنین", "نسرین", "نفیسه", "نیوشا", "هدی", "ویدا", "آزاده", "آتنا", "آیدا", "اعظم",
	"اکرم", "بهاره", "بیتا", "پروین", "ثمین", "حدیثه", "حمیده", "خدیجه", "ریحانه", "زینب", "ژیلا", "سوسن", "سیمین", "طناز",
	"غزاله", "فریبا", "فرناز", "فهیمه", "مائده", "محدثه", "مرضیه", "ملیکا", "مونا", "نازیلا", "هلیا", "آناهیتا", "الناز",
	"ساناز", "سولماز", "شهناز", "گلناز", "مهشید", "مهرناز", "زیبا", "ناهید", "فرشته", "مهین", "پروانه", "شیوا", "رعنا",
	"مرجان", "فروغ", "کتایون", "مهتا", "نیکا", "یسنا")

// persianNounNames are given names that are words of the language as
// well ("امید", hope; "ترانه", song; "بهار", spring; "شیرین", sweet):
// a name only before a surname.
var persianNounNames = setOf("امید", "نوید", "پیام", "ایمان", "احسان", "آرمان", "پیمان", "ترانه", "بهار", "باران", "ستاره", "نسیم",
	"رویا", "سحر", "شیرین", "نرگس", "لاله", "ندا", "مهتاب", "شادی", "آرزو", "نسترن", "عسل", "صدف", "یلدا", "کیمیا", "عاطفه",
	"افسانه", "پرستو", "شبنم", "شقایق", "یگانه", "ستایش", "صبا")

// persianSurnameEnds are the endings of Iranian surnames: of origin or
// descent ("رضایی", "احمدی", "قاسمی"), son of ("حسین‌زاده", "علی‌پور",
// "نیک‌نژاد"), and of kin or trade ("فرهادی‌نیا", "نیک‌فر", "بهراد",
// "کریم‌وند", "شاملو", "دانش‌منش").
var persianSurnameEnds = []string{"ی", "زاده", "پور", "نژاد", "نیا", "فر", "راد", "وند", "لو", "منش", "کیا"}

// persianNotSurname are the common words that end as a surname does:
// "but", "for", "on", "in", "very", "one", "when", "what", the titles
// "آقای" and "خانمی", "Mr" of the form "جناب‌عالی".
var persianNotSurname = setOf("ولی", "برای", "روی", "توی", "خیلی", "یکی", "وقتی", "کسی", "چی", "کی", "جای", "بالای", "آقای",
	"خانمی", "زیادی", "همگی", "عالی", "جناب\u200cعالی", "گرامی", "محترمی", "عزیزی", "فعلی", "قبلی", "بعدی", "اصلی", "ملی", "پستی",
	"تلفنی", "حضوری", "اینترنتی", "بانکی", "شخصی", "کاربری", "هستی", "نیستی", "بودی", "شدی", "کردی", "داری", "گفتی", "جدی")

// persianAfterName are the words after a given name alone that say it
// is one: "am" ("لیلا هستم"), the titles written after it ("سارا
// خانم", "رضا آقا"), "dear" as a chat says it ("مینا جان").
var persianAfterName = setOf("هستم", "هستش", "هستم،", "خانم", "آقا", "جان")

// persianBeforeName are the words before a given name alone that say it
// is one: "child of" on an identity's form ("فرزند محمود") and the
// sign-offs' nouns ("با تشکر، نیلوفر", "با سپاس،", "ممنون،").
var persianBeforeName = setOf("فرزند", "تشکر", "سپاس", "احترام", "ممنون", "ممنونم", "مرسی", "قربان")

// hasPersian reports whether t may hold Persian letters: the Persian
// yeh or keheh (U+06CC, U+06A9), which Persian keyboards type for
// Arabic's ي and ك, or the letters Arabic lacks (پ, گ, چ, ژ). A text of
// Arabic script with none of them ("منتظرم. فرهاد") is left to the
// labels' reader (arabic.go): its given names may be Arabic's.
func hasPersian(t string) bool {
	for _, l := range [...]string{"ی", "ک", "پ", "گ", "چ", "ژ"} {
		if strings.Contains(t, l) {
			return true
		}
	}
	return false
}

// iranMobile reports whether d, the digits of a number with its trunk
// prefix, is an Iranian mobile: "09" and nine digits, of the operators'
// ranges 0901 to 0905, 091, 092, 093 and 099.
func iranMobile(d []byte) bool {
	if len(d) != 11 || d[0] != '0' || d[1] != '9' {
		return false
	}
	switch d[2] {
	case '1', '2', '3', '9':
		return true
	case '0':
		return d[3] >= '1' && d[3] <= '5'
	}
	return false
}

// persianNames reads the names of a Persian text (see the file's
// comment).
func (s *state) persianNames() {
	t := s.text
	for i := 0; i < len(t); {
		e := arabicWordAt(t, i)
		if e == i {
			_, w := utf8.DecodeRuneInString(t[i:])
			i += w
			continue
		}
		if i == 0 || !arabicLetter(lastRune(t[:i])) {
			if w := t[i:e]; persianGivenNames[w] || persianNounNames[w] {
				e = s.persianNameAt(i, e)
			}
		}
		i = e
	}
}

// lastRune returns the last rune of t, or utf8.RuneError.
func lastRune(t string) rune {
	r, _ := utf8.DecodeLastRuneInString(t)
	return r
}

// persianWordAfter returns the Arabic word after one space at e, and
// its end; "" and e when there is none.
func persianWordAfter(t string, e int) (string, int) {
	if e+1 >= len(t) || t[e] != ' ' {
		return "", e
	}
	k := arabicWordAt(t, e+1)
	return t[e+1 : k], k
}

// persianSurname reports whether w is shaped as an Iranian surname: a
// word of three letters or more with a surname's ending that is no
// common word.
func persianSurname(w string) bool {
	if utf8.RuneCountInString(w) < 3 || persianNotSurname[w] || arabicNotName[w] {
		return false
	}
	for _, end := range persianSurnameEnds {
		if strings.HasSuffix(w, end) && len(w) > len(end) {
			return true
		}
	}
	return false
}

// persianNameAt reads the name whose given name is the word [a, e) and
// returns where the reading ends: up to two more given names and a
// surname ("محمد رضا رضایی", "الهام رحیمی"), the given name and the
// word after it before "هستم" ("عبدالرحمن وردک هستم"), or the given
// name alone where persianAlone says so.
func (s *state) persianNameAt(a, e int) int {
	t := s.text
	end, noun := e, persianNounNames[t[a:e]]
	for n := 0; n < 2; n++ {
		w, k := persianWordAfter(t, end)
		if !persianGivenNames[w] {
			break
		}
		end = k
	}
	if w, k := persianWordAfter(t, end); persianSurname(w) {
		s.add(cand{start: a, end: k, typ: TypePerson, rec: "persian_name", score: 0.8})
		return k
	}
	if noun {
		return e
	}
	if w, k := persianWordAfter(t, end); w != "" && !arabicNotName[w] && !persianAfterName[w] {
		if am, _ := persianWordAfter(t, k); am == "هستم" {
			s.add(cand{start: a, end: k, typ: TypePerson, rec: "persian_name", score: 0.8})
			return k
		}
	}
	if persianAlone(t, a, end) {
		s.add(cand{start: a, end: end, typ: TypePerson, rec: "persian_name", score: 0.8})
	}
	return end
}

// persianAlone reports whether the given names [a, e) stand where a
// chat writes a name alone: before a word of persianAfterName, after
// one of persianBeforeName (past a comma or a line's end), or alone
// between a line's or a sentence's end and a line's or the text's end
// ("...منتظرم. سمانه", "با تشکر\nداود", "نیلوفر - پشتیبانی" after its
// sign-off).
func persianAlone(t string, a, e int) bool {
	if w, _ := persianWordAfter(t, e); persianAfterName[w] {
		return true
	}
	if strings.HasPrefix(t[e:], "،") {
		if w, _ := persianWordAfter(t, e+len("،")); w == "خانم" || w == "آقا" {
			return false
		}
	}
	p := a
	for p > 0 && (t[p-1] == ' ' || t[p-1] == '\n' || t[p-1] == ':' || t[p-1] == ',') {
		p--
	}
	if p >= 2 && t[p-2:p] == "،" {
		p -= 2
	}
	q := p
	for q > 0 && arabicLetter(lastRune(t[:q])) {
		_, w := utf8.DecodeLastRuneInString(t[:q])
		q -= w
	}
	if q < p && persianBeforeName[t[q:p]] {
		return true
	}
	opens := p == 0 || t[a-1] == '\n' || p < a && t[p-1] == '.'
	closes := e == len(t) || t[e] == '\n' || strings.HasPrefix(t[e:], " - ") || strings.HasPrefix(t[e:], " -\n")
	return opens && closes
}
