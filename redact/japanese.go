package redact

import (
	"strings"
	"unicode/utf8"
)

// Names in Japanese text (session 70). Japanese glues its particles and
// honorifics to the words around them, so the keyword table, which reads
// words between spaces and marks, sees few of its labels; and it has no
// capitals. A name is read here at the marks that stand next to it in
// the text's own bytes:
//
//   - before the honorific "様" ("中島様、お問い合わせありがとうございます",
//     "近藤 昌也 様"), not after "お" or "ご" nor in a word that "様" ends
//     or starts ("お客様", "皆様", "担当者様", "仕様", "様子");
//   - before "と申します" (I am called: "私は渡辺 由紀子と申します");
//   - after a label and "は", a colon or a space ("名前は田中です",
//     "契約者は松本 亮、", "申請者：前田 直子", "受取人は平野 香織です"), up
//     to "です", a mark, a bracket, a space before other words or the
//     line's end;
//
// as one or two runs of up to four ideographs (a surname, a space, a
// given name) or of katakana; and the reading in kana in brackets right
// after such a name ("前田 直子（まえだ なおこ）"), which names the person
// too.

// japaneseLabels are the labels after which a name follows, glued or not:
// "name", "full name", "account holder", "contract holder",
// "recipient", "applicant", "owner", "insured", "child", "sender" of a
// transfer.
var japaneseLabels = []string{"名前", "氏名", "名義", "契約者", "受取人", "申請者", "申込者", "届け先", "所有者", "被保険者", "児童", "依頼人", "送り主"}

// jpSelf are the words after a label that name the writer or a kin, no
// name: "I", "myself", "the person", "mother", "father", "husband",
// "wife", "same".
var jpSelf = setOf("私", "本人", "自分", "僕", "俺", "当方", "母", "父", "夫", "妻", "同じ", "同上", "未定", "不明")

// japaneseNotName are the words that "様" ends which name no one
// ("customers", "everyone", "all of you"), and the ideographs before
// which "様" opens another word or after which it ends one.
var japaneseNotName = setOf("客", "皆", "各位", "皆々", "奥", "神", "王", "殿", "貴", "仕", "模", "同", "多", "異", "一", "有", "左", "仏", "上", "外", "王子")

// kanjiWidth returns the width of the ideograph or the iteration mark
// "々" at t[i], or 0.
func kanjiWidth(t string, i int) int {
	if i >= len(t) || t[i] < 0xe3 || t[i] > 0xe9 {
		return 0
	}
	r, w := utf8.DecodeRuneInString(t[i:])
	if r >= 0x4e00 && r <= 0x9fff || r >= 0x3400 && r <= 0x4dbf || r == 0x3005 {
		return w
	}
	return 0
}

// kanaWidth returns the width of the katakana (full or half width, the
// long vowel mark) or, when hira, the hiragana at t[i], or 0.
func kanaWidth(t string, i int, hira bool) int {
	if i >= len(t) || t[i] != 0xe3 && t[i] != 0xef {
		return 0
	}
	r, w := utf8.DecodeRuneInString(t[i:])
	if r >= 0x30a1 && r <= 0x30fa || r == 0x30fc || r >= 0xff66 && r <= 0xff9f || hira && r >= 0x3041 && r <= 0x3096 {
		return w
	}
	return 0
}

// jpRun returns the end of the run at t[i] of characters that width
// reads, if it holds one to most of them, else i.
func jpRun(t string, i, most int, width func(string, int) int) int {
	k, n := i, 0
	for n < most {
		w := width(t, k)
		if w == 0 {
			break
		}
		k += w
		n++
	}
	if width(t, k) > 0 {
		return i // longer than a name's part
	}
	return k
}

// kata and kana are kanaWidth as the readers of runs take it: katakana
// alone, and hiragana too.
func kata(t string, i int) int { return kanaWidth(t, i, false) }
func kana(t string, i int) int { return kanaWidth(t, i, true) }

// jpNameAt returns the end of a name that starts at t[i]: a run of one to
// four ideographs, and maybe a space and a second run (surname, given
// name); or the same of katakana. -1 when there is none.
func jpNameAt(t string, i int) int {
	for _, width := range []func(string, int) int{kanjiWidth, kata} {
		most := 4 // a surname's or a given name's ideographs
		if width(t, i) > 0 && kanjiWidth(t, i) == 0 {
			most = 8 // katakana, half-width with its voicing marks ("ﾊｾｶﾞﾜ")
		}
		e := jpRun(t, i, most, width)
		if e == i {
			continue
		}
		if sp := cjkSpaceAt(t, e); sp > 0 {
			// The given name after a surname in ideographs may be
			// written in kana ("渡辺 ハル", "石川 さくら").
			for k, w2 := range []func(string, int) int{width, kata, kana} {
				hira := k == 2
				if most == 8 && hira {
					break
				}
				if e2 := jpRun(t, e+sp, 8, w2); e2 > e+sp && (!hira || !jpParticles[t[e+sp:e2]] && jpNameEnds(t, e2)) {
					return e2
				}
			}
		}
		return e
	}
	return -1
}

// jpParticles are the words in hiragana that follow a name and a space
// and are no given name: "is", "and", "Mr or Ms", the particles.
var jpParticles = setOf("です", "でした", "ます", "と", "は", "が", "の", "を", "に", "へ", "も", "さん", "さま", "より", "から", "まで", "など")

// jpNameBefore returns the start of a name that ends at p: one or two runs
// of ideographs (or of katakana) with a space between, the first not
// glued to another ideograph or kana; -1 when there is none.
func jpNameBefore(t string, p int) int {
	for _, width := range []func(string, int) int{kanjiWidth, kata} {
		a := jpRunBack(t, p, width)
		if a == p {
			continue
		}
		if sp := jpSpaceBefore(t, a); sp > 0 {
			if b := jpRunBack(t, a-sp, width); b < a-sp && jpOpen(t, b) {
				return b
			}
		}
		if jpOpen(t, a) {
			return a
		}
		return -1
	}
	return -1
}

// jpRunBack returns the start of the run of up to four characters that
// width reads ending at p, or p.
func jpRunBack(t string, p int, width func(string, int) int) int {
	a := p
	for n := 0; n < 4 && a > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(t[:a])
		if width(t, a-size) != size {
			break
		}
		a -= size
	}
	if a > 0 {
		if _, size := utf8.DecodeLastRuneInString(t[:a]); width(t, a-size) == size {
			return p // longer than a name's part
		}
	}
	return a
}

// jpSpaceBefore returns the width of the space that ends at p, ASCII or
// Unicode (the ideographic U+3000: spaceWidthBefore), or 0; cjkSpaceAt
// read backwards.
func jpSpaceBefore(t string, p int) int {
	if p > 0 && t[p-1] == ' ' {
		return 1
	}
	return spaceWidthBefore(t, p)
}

// jpOpen reports whether a name may start at t[a]: what stands before it
// is no ideograph nor katakana, nor the polite prefixes "お" and "ご".
func jpOpen(t string, a int) bool {
	if a == 0 {
		return true
	}
	r, size := utf8.DecodeLastRuneInString(t[:a])
	if kanjiWidth(t, a-size) > 0 || kanaWidth(t, a-size, false) > 0 {
		return false
	}
	return r != 'お' && r != 'ご'
}

// japaneseNames reads the names of a Japanese text (see the file's
// comment); japanese says the text holds kana.
func (s *state) japaneseNames() {
	t := s.text
	// Before "様".
	for p := indexFrom(t, "様", 0); p >= 0; p = indexFrom(t, "様", p+len("様")) {
		if r, _ := utf8.DecodeRuneInString(t[p+len("様"):]); r == '々' || r == '子' || r == '式' || r == '態' || r == '相' {
			continue // "様々", "様子", "様式"
		}
		e := p
		if sp := jpSpaceBefore(t, e); sp > 0 {
			e -= sp
		}
		a := jpNameBefore(t, e)
		if a < 0 || japaneseNotName[t[a:e]] || strings.HasSuffix(t[a:e], "者") || strings.HasSuffix(t[a:e], "員") {
			continue // "担当者様", "会員様"
		}
		s.jpName(a, e)
	}
	// Before "と申します".
	for p := indexFrom(t, "と申します", 0); p >= 0; p = indexFrom(t, "と申します", p+len("と申します")) {
		if a := jpNameBefore(t, p); a >= 0 {
			s.jpName(a, p)
		}
	}
	// After a label.
	for _, l := range japaneseLabels {
		for p := indexFrom(t, l, 0); p >= 0; p = indexFrom(t, l, p+len(l)) {
			q := p + len(l)
			switch {
			case strings.HasPrefix(t[q:], "は"):
				q += len("は")
			case strings.HasPrefix(t[q:], "："):
				q += len("：")
			case q < len(t) && t[q] == ':':
				q++
			}
			for cjkSpaceAt(t, q) > 0 {
				q += cjkSpaceAt(t, q)
			}
			e := jpNameAt(t, q)
			if e < 0 || !jpNameEnds(t, e) || jpSelf[t[q:e]] {
				continue
			}
			s.jpName(q, e)
		}
	}
}

// jpNameEnds reports whether a name read after its label may end at
// t[e]: where a name of these scripts ends (cjkNameEnds: the text's or
// the line's end, a space, a mark, a bracket, a digit, a Latin letter),
// or before "です", "と", "様" or "さん", which Japanese glues to it.
func jpNameEnds(t string, e int) bool {
	if cjkNameEnds(t, e) {
		return true
	}
	for _, w := range [...]string{"です", "と", "様", "さん"} {
		if strings.HasPrefix(t[e:], w) {
			return true
		}
	}
	return false
}

// jpName adds the name [a, e) and, when its reading in kana follows in
// brackets, the reading too ("前田 直子（まえだ なおこ）").
func (s *state) jpName(a, e int) {
	s.add(cand{start: a, end: e, typ: TypePerson, rec: "japanese_name", score: 0.8})
	t := s.text
	q := e
	switch {
	case strings.HasPrefix(t[q:], "（"):
		q += len("（")
	case q < len(t) && t[q] == '(':
		q++
	default:
		return
	}
	r := q
	for n := 0; n < 3; n++ {
		k := r
		for kana(t, k) > 0 {
			k += kana(t, k)
		}
		if k == r {
			return
		}
		r = k
		if sp := cjkSpaceAt(t, r); sp > 0 && kana(t, r+sp) > 0 {
			r += sp
			continue
		}
		break
	}
	if strings.HasPrefix(t[r:], "）") || r < len(t) && t[r] == ')' {
		s.add(cand{start: q, end: r, typ: TypePerson, rec: "japanese_name", score: 0.8})
	}
}

// hasKana reports whether t holds a hiragana or a katakana character
// (E3 81 to E3 83 in UTF-8).
func hasKana(t string) bool {
	return hasLeadPair(t, 0xe3, 0x81, 0x83)
}

// hasLeadPair reports whether t holds the byte lead followed by a byte
// from lo to hi: the first two bytes of a script's block in UTF-8.
func hasLeadPair(t string, lead, lo, hi byte) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(t[i:], lead)
		if k < 0 || i+k+1 >= len(t) {
			return false
		}
		i += k
		if b := t[i+1]; b >= lo && b <= hi {
			return true
		}
	}
}
