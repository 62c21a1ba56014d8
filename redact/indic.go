package redact

import "unicode/utf8"

// Names written in Bengali script after the words that name a person
// (session 69): "আমার নাম রুবিনা আক্তার" (my name is), "নাম: সুমাইয়া
// ইসলাম" (name:), "বাবার নাম আব্দুল মান্নান" (father's name), "নাম
// শাহনাজ পারভীন". The script has no capitals; after its word the name
// is the next one to four words of the script, up to a word of the
// sentence or the danda that ends it. The words share gCJKName's group,
// whose reader hands them here.

// bengaliNameWords are the words after which a name follows (gCJKName):
// "name" (of "my name", "father's name" and a form's label), "the
// account holder", "the recipient".
var bengaliNameWords = []string{"নাম", "নামঃ", "হিসাবধারী", "প্রাপক"}

// bengaliNotName are the words of a sentence that end a name read after
// its word: "is", "and", "my", "from", "with", "number", "account",
// "mobile", "what", "not".
var bengaliNotName = setOf("হয়", "এবং", "আর", "আমার", "থেকে", "দিয়ে", "নম্বর", "নং", "একাউন্ট", "অ্যাকাউন্ট", "মোবাইল", "কি", "কী", "না", "নাই", "ভুল", "সঠিক", "এই", "ও")

// bengaliLetter reports whether r is a letter or a sign of the Bengali
// block (U+0980 to U+09FF).
func bengaliLetter(r rune) bool {
	return r >= 0x980 && r <= 0x9FF
}

// bengaliWordAt returns the end of the Bengali word at q (its letters and
// signs, a zero-width joiner or non-joiner between them), or q.
func bengaliWordAt(t string, q int) int {
	k := q
	for k < len(t) {
		r, size := utf8.DecodeRuneInString(t[k:])
		if !bengaliLetter(r) && !(k > q && (r == 0x200C || r == 0x200D)) {
			break
		}
		k += size
	}
	return k
}

// bengaliNameAfter reads a name of one to four Bengali words after the
// word that ends at p, past a colon and spaces. "মোঃ", Bengali's "Md.",
// opens the name as a word of its own.
func (s *state) bengaliNameAfter(p int) {
	t := s.text
	q := p
	for q < len(t) && (t[q] == ' ' || t[q] == ':') {
		q++
	}
	if e := scriptNameEnd(t, q, 4, bengaliWordAt, bengaliNotName, ""); e > q {
		s.add(cand{start: q, end: e, typ: TypePerson, rec: "bengali_name", score: 0.8})
	}
}
