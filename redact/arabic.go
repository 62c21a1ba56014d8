package redact

import (
	"strings"
	"unicode/utf8"
)

// Names written in Arabic script after the words that name a person:
// "اسمي سعيد المنصوري" (my name is), "الاسم: كريمة العلوي" (name:),
// "باسم عبد القادر زروقي" (in the name of). The script has no capitals,
// which the names recognizer reads names by; after its word the name is
// the next one to four words of the script ("عبدالله بن سعيد الغامدي"),
// up to a word of the sentence (session 67). The words share gCJKName's group, whose
// reader hands them here.

// arabicNameWords are the words after which a name follows (gCJKName).
var arabicNameWords = []string{"اسمي", "إسمي", "الاسم", "الإسم", "باسم", "بإسم", "اسمه", "اسمها", "إسمه", "إسمها",
	// Persian (session 69): "in the name of", "my name", "his or her
	// name", "recipient", "recipient's name", "full name", "Mr", "Mrs",
	// "with respect", "account holder" ("کد ملی ... به نام زهرا
	// احمدی", "گیرنده: الهام شریفی", "آقای جعفری، ...", "با احترام،
	// حمید").
	"به نام", "اسمم", "اسمش", "گیرنده", "اسم گیرنده", "نام گیرنده", "نام و نام خانوادگی", "آقای", "خانم", "با احترام", "صاحب حساب",
	// Session 71: a form's "surname:" and "father's name:" ("نام
	// خانوادگی: رستمی", "نام پدر: محمود").
	"نام خانوادگی", "نام پدر",
	// Urdu (session 69): "my name" ("میرا نام محمد عمران بٹ ہے"), and
	// "name" as a form's label, in Persian too.
	"میرا نام", "نام",
	// Session 70's Arabic set: the Maghreb's "my name" ("سميتي يوسف
	// بنعلي"), "the recipient's name", "the full (triple) name". Not
	// "معك" (with you), which opens as many sentences as names.
	"سميتي", "اسم المستلم", "الاسم الثلاثي"}

// arabicNotName are the words of a sentence that end a name read after
// its word: prepositions, "number", "phone", "card", "and I", the
// Maghreb's "mine", "I want", "is it" ("اسمي سعيد ورقم ..." stops at
// the "and"-glued word by its first letter).
var arabicNotName = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("في من على عن إلى الى مع رقم الرقم هاتف الهاتف الجوال بطاقة البطاقة هو هي انا أنا ديالي ديال ديالو بغيت حبيت واش " +
		"عندي لكن ولكن كان كانت يا شكرا مرحبا السلام عليكم العنوان عنوان الحساب حساب " +
		"غير خطأ غلط صحيح مكتوب ناقص لا ما لم لن قد هذا هذه ذلك الذي التي " +
		// "born" after a name ("والاسم آية محمد الدسوقي مواليد ...").
		"مواليد المواليد مواليدها مواليده تولد " +
		// Persian's words after a name or a title's word: "am", "is",
		// "registered", "done", "user" (of "username"), "family" (of
		// "surname"), "dear", "respected", and its particles; God's
		// names, since "به نام خدا" (in the name of God) opens a letter.
		"هستم هست است ثبت شده کاربری خانوادگی عزیز محترم گرامی را رو با از به در که این آن خدا خداوند الله " +
		// Persian's "you" and the kin a line is in the name of (session
		// 71: "به نام پدرمه، ...", in my father's name; "به نام خودم",
		// in my own name), and "father", "mother", "spouse" after "نام"
		// ("نام پدر: ...", the father's name, is a label of its own).
		"شما خودم خودمه پدرم پدرمه مادرم مادرمه همسرم همسرمه برادرم خواهرم پسرم دخترم پدر مادر همسر " +
		// Urdu's "is", "am", "are", "was", "of", "and".
		"ہے ہوں ہیں تھا کا کی کے اور") {
		m[w] = true
	}
	return m
}()

// arabicLetter reports whether r is a letter of the Arabic block.
func arabicLetter(r rune) bool {
	return r >= 0x620 && r <= 0x64A || r >= 0x66E && r <= 0x6D3
}

// arabicNameAfter reads a name of one to four Arabic words after the
// word [start, p), past a colon and spaces; not after a word that a
// zero-width non-joiner glues to the one before it, the last part of a
// Persian compound ("ثبت‌نام", registration, is no "نام", name).
func (s *state) arabicNameAfter(start, p int) {
	t := s.text
	if start >= 3 && t[start-3:start] == "\u200c" {
		return
	}
	if arabicNameAfterNot(t, start, p) {
		return
	}
	q := p
skip:
	for q < len(t) {
		switch {
		case t[q] == ' ' || t[q] == ':' || t[q] == ',':
			q++
		case strings.HasPrefix(t[q:], "،") || strings.HasPrefix(t[q:], "«"):
			q += 2 // Arabic's comma after a sign-off ("با احترام، حمید"), a quote
		default:
			break skip
		}
	}
	// "الاسم الكامل: ..." (the full name): the label's second word.
	if full := "الكامل"; strings.HasPrefix(t[q:], full) {
		q += len(full)
		for q < len(t) && (t[q] == ' ' || t[q] == ':') {
			q++
		}
	}
	if e := scriptNameEnd(t, q, 4, arabicWordAt, arabicNotName, "و"); e > q {
		s.add(cand{start: q, end: e, typ: TypePerson, rec: "arabic_name", score: 0.8})
	}
}

// arabicWordAt returns the end of the Arabic word at q (letters, and
// the tatweel and short vowels inside it), or q.
func arabicWordAt(t string, q int) int {
	if r, _ := utf8.DecodeRuneInString(t[q:]); !arabicLetter(r) {
		return q
	}
	k := q
	for k < len(t) {
		r, size := utf8.DecodeRuneInString(t[k:])
		if r == 0x200C && k+size < len(t) {
			// Persian's zero-width non-joiner inside a word, between two
			// of its letters ("علی‌اکبر", "حسین‌زاده").
			if r2, _ := utf8.DecodeRuneInString(t[k+size:]); arabicLetter(r2) {
				k += size
				continue
			}
		}
		if !arabicLetter(r) && r != 0x640 && !(r >= 0x64B && r <= 0x652) {
			break
		}
		k += size
	}
	return k
}

// scriptNameEnd returns the end of a name of one to most words of a
// script without capitals at q, each of two letters or more as wordAt
// reads them and one space apart, up to a word of notName or, after the
// first, one that and ("و", "ו": and; "" for a script that glues no
// "and" to a word) opens; q when there is none.
func scriptNameEnd(t string, q, most int, wordAt func(string, int) int, notName map[string]bool, and string) int {
	e := q
	for w := 0; w < most && q < len(t); w++ {
		k := wordAt(t, q)
		word := t[q:k]
		if k == q || notName[word] || w > 0 && and != "" && strings.HasPrefix(word, and) || utf8.RuneCountInString(word) < 2 {
			break
		}
		e = k
		if k >= len(t) || t[k] != ' ' {
			break
		}
		q = k + 1
	}
	return e
}

// arabicNameAfterNot reports whether the label t[start:p] names no
// person after it in Persian: a title with a comma after it, which
// follows the name it titles ("سلام سارا خانم، بسته شما ...", hello Mrs
// Sara, your parcel ...), and the "name" of "ثبت نام" (registration),
// typed with a space for its zero-width non-joiner ("ثبت نام کردم").
func arabicNameAfterNot(t string, start, p int) bool {
	switch t[start:p] {
	case "خانم", "آقای":
		q := p
		for q < len(t) && t[q] == ' ' {
			q++
		}
		return strings.HasPrefix(t[q:], "،") || q < len(t) && t[q] == ','
	case "نام":
		return strings.HasSuffix(t[:start], "ثبت ")
	}
	return false
}
