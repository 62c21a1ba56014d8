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
var arabicNameWords = []string{"اسمي", "إسمي", "الاسم", "الإسم", "باسم", "بإسم", "اسمه", "اسمها", "إسمه", "إسمها"}

// arabicNotName are the words of a sentence that end a name read after
// its word: prepositions, "number", "phone", "card", "and I", the
// Maghreb's "mine", "I want", "is it" ("اسمي سعيد ورقم ..." stops at
// the "and"-glued word by its first letter).
var arabicNotName = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("في من على عن إلى الى مع رقم الرقم هاتف الهاتف الجوال بطاقة البطاقة هو هي انا أنا ديالي ديال ديالو بغيت حبيت واش " +
		"عندي لكن ولكن كان كانت يا شكرا مرحبا السلام عليكم العنوان عنوان الحساب حساب " +
		"غير خطأ غلط صحيح مكتوب ناقص لا ما لم لن قد هذا هذه ذلك الذي التي") {
		m[w] = true
	}
	return m
}()

// arabicLetter reports whether r is a letter of the Arabic block.
func arabicLetter(r rune) bool {
	return r >= 0x620 && r <= 0x64A || r >= 0x66E && r <= 0x6D3
}

// arabicNameAfter reads a name of one to four Arabic words after the
// word that ends at p, past a colon and spaces.
func (s *state) arabicNameAfter(p int) {
	t := s.text
	q := p
	for q < len(t) && (t[q] == ' ' || t[q] == ':') {
		q++
	}
	// "الاسم الكامل: ..." (the full name): the label's second word.
	if full := "الكامل"; strings.HasPrefix(t[q:], full) {
		q += len(full)
		for q < len(t) && (t[q] == ' ' || t[q] == ':') {
			q++
		}
	}
	a, e := q, q
	for w := 0; w < 4 && q < len(t); w++ {
		if r, _ := utf8.DecodeRuneInString(t[q:]); !arabicLetter(r) {
			break
		}
		k := q
		for k < len(t) {
			r, size := utf8.DecodeRuneInString(t[k:])
			if !arabicLetter(r) && r != 0x640 && !(r >= 0x64B && r <= 0x652) {
				break
			}
			k += size
		}
		word := t[q:k]
		if arabicNotName[word] || w > 0 && strings.HasPrefix(word, "و") || utf8.RuneCountInString(word) < 2 {
			break
		}
		e = k
		if k >= len(t) || t[k] != ' ' {
			break
		}
		q = k + 1
	}
	if e > a {
		s.add(cand{start: a, end: e, typ: TypePerson, rec: "arabic_name", score: 0.8})
	}
}
