package redact

import (
	"strings"
	"unicode/utf8"
)

// Names in Thai text after a formal title (session 70). Thai writes no
// space between words but one between a given name and a surname, and
// glues the title to the name: "นายอนุชา พรหมวงศ์" (Mr), "นางวรรณา
// เพชรรัตน์" (Mrs), "นางสาวพิมพ์ชนก วงศ์ไพบูลย์" (Miss), "ด.ช.ภูมิพัฒน์
// แก้วมณี" (a boy; "ด.ญ." a girl). After the title the name is the run of
// Thai letters up to a space, a mark or another script, and the next
// such run after one space, the surname, up to a space, a mark or the
// line's end. A title glued after another word is read only after a word
// of the sentence that may stand before a name ("ชื่อ", "ดิฉัน", "จาก":
// thaiBeforeTitle). "คุณ" (Khun), which is also "you", is left alone.

// thaiTitles are the titles, longest first ("นางสาว" before "นาง").
var thaiTitles = []string{"นางสาว", "นาง", "นาย", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง"}

// thaiNotName are the runs after "นาย" that make another word of it:
// "นายก" (a mayor, the prime minister), "นายจ้าง" (an employer),
// "นายหน้า" (an agent), and after "นาง" ("นางพยาบาล", a nurse).
var thaiNotName = []string{"ก", "จ้าง", "หน้า", "ทุน", "ตรวจ", "ช่าง", "ท่า", "พยาบาล", "แบบ"}

// thaiParticles are the polite particles glued to the end of a name:
// "คะ", "ค่ะ", "ครับ", "นะคะ", "นะครับ".
var thaiParticles = []string{"นะครับ", "นะคะ", "ครับ", "ค่ะ", "คะ", "จ้า"}

// thaiLetter reports whether r is a Thai letter or sign (U+0E01 to
// U+0E4E), no digit.
func thaiLetter(r rune) bool {
	return r >= 0xe01 && r <= 0xe4e
}

// thaiRunEnd returns the end of the run of Thai letters at t[i].
func thaiRunEnd(t string, i int) int {
	for i < len(t) {
		r, w := utf8.DecodeRuneInString(t[i:])
		if !thaiLetter(r) {
			break
		}
		i += w
	}
	return i
}

// hasThai reports whether t may hold Thai letters (E0 B8 or E0 B9).
func hasThai(t string) bool {
	return hasLeadPair(t, 0xe0, 0xb8, 0xb9)
}

// thaiNames reads the names after Thai titles (see the file's comment).
func (s *state) thaiNames() {
	t := s.text
	for _, title := range thaiTitles {
		for p := indexFrom(t, title, 0); p >= 0; p = indexFrom(t, title, p+len(title)) {
			q := p + len(title)
			// A longer title took this one ("นางสาว" holds "นาง"), and a
			// word that ends before it is no title's ("ยายนาง").
			if title == "นาง" && strings.HasPrefix(t[q:], "สาว") {
				continue
			}
			if r, _ := utf8.DecodeLastRuneInString(t[:p]); p > 0 && thaiLetter(r) && !thaiBeforeTitle(t[:p]) {
				continue
			}
			for q < len(t) && t[q] == ' ' {
				q++
			}
			e := thaiRunEnd(t, q)
			if e == q {
				continue
			}
			bad := false
			for _, w := range thaiNotName {
				if strings.HasPrefix(t[q:e], w) && (title == "นาย" || title == "นาง") {
					bad = true
					break
				}
			}
			if bad {
				continue
			}
			for _, w := range thaiParticles {
				if strings.HasSuffix(t[q:e], w) && e-len(w) > q {
					e -= len(w)
					break
				}
			}
			// The surname after one space, when no ASCII letter or
			// digit is glued to its end.
			if e < len(t) && t[e] == ' ' {
				if f := thaiRunEnd(t, e+1); f > e+1 && (f == len(t) || !isAlnum(t[f])) {
					e = f
				}
			}
			if utf8.RuneCountInString(t[q:e]) >= 2 {
				s.add(cand{start: q, end: e, typ: TypePerson, rec: "thai_name", score: 0.8})
			}
		}
	}
}

// thaiBeforeTitle reports whether t ends with a word that a title may be
// glued to: "ชื่อ" (name), "ดิฉัน", "ผม" (I), "จาก" (from), "ถึง" (to),
// "เป็น", "คือ" (is), "และ" (and).
func thaiBeforeTitle(t string) bool {
	for _, w := range [...]string{"ชื่อ", "ดิฉัน", "ผม", "จาก", "ถึง", "เป็น", "คือ", "และ"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}
