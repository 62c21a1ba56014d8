package redact

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Names written in Chinese, Japanese or Korean script after a label
// that names a person: "收货人：陈晓明", "户名 刘洋", "氏名：西村 彩香",
// "받는분: 김민지", "예금주 이준호 입니다". The names recognizer reads
// words between spaces and capitals, which these scripts have neither
// of; after its label the name is the next run of the script, as a form
// writes it (gCJKName, cjkNameAfter).

// cjkNameWords are the labels of a person's name in the three languages
// (gCJKName), the Chinese nouns of kin and titles among them.
var cjkNameWords = map[string][]string{
	"zh": slices.Concat([]string{"收货人", "收件人", "姓名", "名字", "户名", "戶名", "车主", "車主", "联系人", "聯絡人", "聯繫人", "持卡人",
		"开户名", "開戶名", "账户名", "帳戶名", "收款人", "付款人", "申请人", "申請人", "投保人", "被保险人", "被保險人",
		"收貨人", "購買方", "购买方", "实名", "實名", "真实姓名", "真實姓名", "我叫"}, cjkKinNouns, cjkTitles),
	"ja": cjkSpacedNames,
	// Arabic's words, whose reader is arabicNameAfter (arabic.go),
	// Hebrew's, hebrewNameAfter's (hebrew.go), and those of the scripts
	// of South Asia, indicNameAfter's (indic.go).
	"ar": arabicNameWords,
	"he": hebrewNameWords,
	"bn": indicNameWords["bn"], "hi": indicNameWords["hi"], "mr": indicNameWords["mr"], "ta": indicNameWords["ta"], "si": indicNameWords["si"],
	"gu": indicNameWords["gu"], "pa": indicNameWords["pa"], "te": indicNameWords["te"], "kn": indicNameWords["kn"], "ml": indicNameWords["ml"],
	"ko": {"성명", "이름", "받는분", "받는사람", "수령인", "수취인", "예금주", "명의자", "피보험자", "고객명", "가입자", "신청인", "계약자",
		// The agent's name, as the agent writes it: "상담원 윤서진입니다".
		"상담원"},
}

// cjkSpacedNames are the Japanese labels, after which a surname and a
// given name stand apart by a space ("氏名：西村 彩香", "口座名義 ワタナベ
// ミサキ"); a Chinese name has none, and a word after it is the
// sentence's ("户名 刘洋 谢谢").
var cjkSpacedNames = []string{"氏名", "お名前", "名前", "契約者", "口座名義", "名義", "受取人", "申込者", "被保険者", "ご契約者"}

// cjkNotFirst are the ideographs that start a sentence's words after a
// name's label, and no Chinese surname: "户名 不对吗" (not), "姓名：请填写"
// (please), "是" (is), "未填写" (not yet).
var cjkNotFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range "不请請是的有没沒在已要写寫填错錯对對改为為还還都也就未无無见見同如该該" {
		m[string(r)] = true
	}
	return m
}()

// cjkLabelWords are the Korean words that follow a name's label in a
// sentence about the field: "이름 변경" (change), "확인" (check), "오류"
// (error).
var cjkLabelWords = map[string]bool{
	"변경": true, "확인": true, "오류": true, "수정": true, "입력": true, "없음": true, "등록": true, "정보": true,
	"불일치": true, "잘못": true, "미입력": true, "변경해": true, "바꿔": true,
}

// Scripts of cjkScriptAt.
const (
	cjkNone = iota
	cjkHan  // ideographs, hiragana and katakana, full or half width
	cjkHangul
)

// cjkScriptAt returns the script of the character at t[i], and its width.
func cjkScriptAt(t string, i int) (int, int) {
	if i >= len(t) || t[i] < 0xe3 || t[i] > 0xef {
		return cjkNone, 0
	}
	r, w := utf8.DecodeRuneInString(t[i:])
	switch {
	case r >= 0x4e00 && r <= 0x9fff, r >= 0x3400 && r <= 0x4dbf, // ideographs
		r >= 0x3041 && r <= 0x3096, r >= 0x30a1 && r <= 0x30fa, r == 0x30fc, // hiragana, katakana, the long vowel mark
		r >= 0xff66 && r <= 0xff9f: // half-width katakana
		return cjkHan, w
	case r >= 0xac00 && r <= 0xd7a3:
		return cjkHangul, w
	}
	return cjkNone, 0
}

// cjkRun returns the end of the run of characters of one script that
// starts at t[i], the script and the number of characters, up to max+1.
func cjkRun(t string, i, max int) (end, script, n int) {
	script, w := cjkScriptAt(t, i)
	if script == cjkNone {
		return i, cjkNone, 0
	}
	end = i + w
	n = 1
	for n <= max {
		s, w2 := cjkScriptAt(t, end)
		if s != script {
			break
		}
		end += w2
		n++
	}
	return end, script, n
}

// cjkSpaceAt returns the width of the one space at t[i], ASCII or
// Unicode (the ideographic U+3000 in these scripts: spaceWidth), or 0.
func cjkSpaceAt(t string, i int) int {
	if i < len(t) && t[i] == ' ' {
		return 1
	}
	return spaceWidth(t, i)
}

// cjkNameEnds reports whether the name's run ends at t[e]: the text or a
// line ends, or a space, a punctuation mark, a bracket, a digit or a
// Latin letter follows.
func cjkNameEnds(t string, e int) bool {
	if e >= len(t) {
		return true
	}
	if c := t[e]; c < utf8.RuneSelf {
		return true
	}
	return spaceWidth(t, e) > 0 || punctWidth(t, e) > 0 || cjkFullWidthBracket(t, e)
}

// cjkFullWidthBracket reports whether a full-width bracket starts at t[e]:
// "（" and "）" (U+FF08, U+FF09), which fullWidthPunct leaves to the
// brackets.
func cjkFullWidthBracket(t string, e int) bool {
	return e+2 < len(t) && t[e] == 0xef && t[e+1] == 0xbc && (t[e+2] == 0x88 || t[e+2] == 0x89)
}

// cjkKinNouns are the Chinese nouns of kin, friends and staff after
// which a name comes ("我老公 何志强", "我朋友周子涵帮我下的单", "客服专员李静"):
// the name must open with a surname the list knows (cjkSurnames).
// cjkTitles are the Chinese titles that follow a surname or a name
// ("陈小姐", Miss Chen; "林先生收", to Mr Lin; "王建国先生"); "太太" (Mrs,
// and a wife) is read as a title only: "王太太". Both are labels of
// gCJKName beside cjkNameWords' (session 66); cjkNameAfter tells them
// apart with the sets.
var (
	cjkKinNouns   = []string{"老公", "老婆", "丈夫", "妻子", "朋友", "同事", "妈妈", "媽媽", "爸爸", "儿子", "兒子", "女儿", "女兒", "专员", "專員"}
	cjkTitles     = []string{"小姐", "先生", "女士", "太太"}
	cjkKinWords   = setOf(cjkKinNouns...)
	cjkTitleWords = setOf(cjkTitles...)
)

// cjkSurnames holds the commonest Chinese surnames, in simplified and
// traditional characters, that open a name glued to the words around it.
var cjkSurnames = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范範金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯柯温溫欧歐阮翁康施洪" {
		m[string(r)] = true
	}
	return m
}()

// cjkAfterName are the characters that follow a name glued to the
// sentence after it, beside cjkNotFirst's: "周子涵帮我下的单" (helped me),
// "周敏对吧" (right?), "吴婷婷收" (to receive).
var cjkAfterName = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range "帮幫给給说說让讓把收对對吧呢吗嗎啊和跟与與" {
		m[string(r)] = true
	}
	return m
}()

// cjkGluedName returns the end of a Chinese name of two or three
// ideographs that starts at t[q] with a surname cjkSurnames knows, in a
// run of n ideographs that ends at e: the whole run when it has two or
// three, else its first two or three when the sentence's character that
// follows them is one of cjkNotFirst or cjkAfterName. Else it returns q.
func cjkGluedName(t string, q, e, n int) int {
	if q+3 > len(t) || !cjkSurnames[t[q:q+3]] {
		return q
	}
	if n == 2 || n == 3 {
		return e
	}
	for _, k := range [...]int{2, 3} {
		if c := q + 3*k; n > k && c+3 <= e {
			if w := t[c : c+3]; cjkNotFirst[w] || cjkAfterName[w] {
				return c
			}
		}
	}
	return q
}

// cjkSurnameBefore reads the name before a Chinese title at t[start]
// ("陈小姐", "林先生收", "王建国先生"): a run of one to three ideographs
// that a character of another kind (or the text's start) opens, whose
// first is a surname cjkSurnames knows.
func (s *state) cjkSurnameBefore(start int) {
	t := s.text
	p := start
	for n := 0; n < 4; n++ {
		if p < 3 {
			break
		}
		if sc, _ := cjkScriptAt(t, p-3); sc != cjkHan {
			break
		}
		p -= 3
	}
	if p == start || start-p > 9 || !cjkSurnames[t[p:p+3]] {
		return
	}
	if p >= 3 {
		if sc, _ := cjkScriptAt(t, p-3); sc != cjkNone {
			return // more ideographs before: no name's start
		}
	}
	s.add(cand{start: p, end: start, typ: TypePerson, rec: "cjk_name", score: 0.85})
}

// cjkNameAfter reads a name in Chinese, Japanese or Korean script after
// its label, which spans [start, end): past a colon (ASCII or full
// width) and spaces, a run of two to four Hangul syllables (a sentence's
// "입니다" glued after it cut off), or of one to four ideographs or kana;
// after a Japanese label (cjkSpacedNames) a second such run after one
// space, the given name. The run must end where cjkNameEnds says.
func (s *state) cjkNameAfter(start, end int) {
	t := s.text
	if t[start] >= 0xd8 && t[start] <= 0xdb {
		s.arabicNameAfter(start, end) // an Arabic word of arabicNameWords
		return
	}
	if t[start] == 0xd7 {
		s.hebrewNameAfter(start, end) // a Hebrew word of hebrewNameWords
		return
	}
	if indicLead(t, start) {
		s.indicName(start, end) // a word of indicNameWords (indic.go)
		return
	}
	label := t[start:end]
	if cjkTitleWords[label] {
		s.cjkSurnameBefore(start)
		return
	}
	q := end
	// "收件人是周敏", "实名是 马丽娟": the label, "is", the name.
	is := q+3 <= len(t) && (t[q:q+3] == "是" || t[q:q+3] == "係" || t[q:q+3] == "为" || t[q:q+3] == "為")
	if is {
		q += 3
	}
	for k := 0; k < 3 && q < len(t); k++ {
		switch {
		case t[q] == ':':
			q++
		case q+2 < len(t) && t[q] == 0xef && t[q+1] == 0xbc && t[q+2] == 0x9a: // "："
			q += 3
		case cjkSpaceAt(t, q) > 0:
			q += cjkSpaceAt(t, q)
		default:
			k = 3
		}
	}
	if q >= len(t) {
		return
	}
	// Since session 66, a Chinese name glued to its label or after a
	// noun of kin ("收件人王建国", "姓名张丽华", "我朋友周子涵帮我下的单")
	// opens with a known surname and has two or three ideographs.
	if is || q == end || cjkKinWords[label] {
		if sc, _ := cjkScriptAt(t, q); sc != cjkHan || slices.Contains(cjkSpacedNames, label) {
			if q == end {
				return
			}
		} else {
			e, _, n := cjkRun(t, q, 7)
			if k := cjkGluedName(t, q, e, n); k > q && (k < e || cjkNameEnds(t, e)) {
				s.add(cand{start: q, end: k, typ: TypePerson, rec: "cjk_name", score: 0.85})
			}
			return
		}
	}
	e, script, n := cjkRun(t, q, 7)
	switch script {
	case cjkHangul:
		if !cjkNameEnds(t, e) {
			return
		}
		// "윤서진입니다": the name and "is" glued.
		if n >= 5 && n <= 7 && t[e-9:e] == "입니다" {
			e -= 9
			n -= 3
		}
		if n < 2 || n > 4 || cjkLabelWords[t[q:e]] {
			return
		}
	case cjkHan:
		if n > 4 || !cjkNameEnds(t, e) || cjkNotFirst[t[q:q+3]] {
			return
		}
		if slices.Contains(cjkSpacedNames, t[start:end]) {
			// "氏名：西村 彩香": the given name after one space.
			if w := cjkSpaceAt(t, e); w > 0 {
				if e2, s2, n2 := cjkRun(t, e+w, 4); s2 == cjkHan && n2 <= 4 && cjkNameEnds(t, e2) {
					e = e2
				}
			}
		} else if n < 2 {
			return // one ideograph alone names no one in Chinese
		}
	default:
		return
	}
	// A Japanese honorific glued to the name is no part of it: "小林
	// 大輔様" (since session 70).
	for _, h := range [...]string{"様", "さん", "さま", "殿"} {
		if strings.HasSuffix(t[q:e], h) && e-len(h) > q {
			e -= len(h)
			break
		}
	}
	s.add(cand{start: q, end: e, typ: TypePerson, rec: "cjk_name", score: 0.85})
}

// cjkGlued returns where the ASCII tail of the word t[i:j] starts when a
// character of Chinese, Japanese or Korean script ends the rest of it: "メールはtanaka" gives the offset of "tanaka".
// Else it returns i.
func cjkGlued(t string, i, j int) int {
	k := j
	for k > i && t[k-1] < utf8.RuneSelf && isLocalByte(t[k-1]) {
		k--
	}
	if k == j || k-i < 3 {
		return i
	}
	if _, w := utf8.DecodeLastRuneInString(t[i:k]); cjkScriptOf(t, k-w) {
		return k
	}
	return i
}

// cjkScriptOf reports whether the character at t[i] is of Chinese,
// Japanese or Korean script (cjkScriptAt). Their punctuation parts words
// before the scan reads them, and full-width forms are folded to ASCII
// before it (foldForms), so neither ends such a word.
func cjkScriptOf(t string, i int) bool {
	sc, _ := cjkScriptAt(t, i)
	return sc != cjkNone
}

// cjkKeyRunes is the most characters of Chinese, Japanese or Korean
// script that cjkKeys looks up as one key ("被保险人", "電話號碼", "手机号码"
// have four).
const cjkKeyRunes = 6

// cjkKeys looks up the keys inside the word t[i:j] that a character of
// Chinese, Japanese or Korean script opens. These scripts write no space
// between words, so a key stands inside a longer run as often as alone:
// "她身份证" (her ID card) holds "身份证", "收件手机" (the recipient's
// mobile) "手机", "전화번호는" (the phone number, with its particle)
// "전화번호". Each run of two to cjkKeyRunes characters of such a script
// that starts at one of the word's characters is looked up, but the
// whole word, which the scan looked up already: a bounded number of
// lookups for each character, so the scan stays linear (session 66).
// Korean parts its words with spaces and glues only its particles after
// them: a key is looked for at the word's start alone, where
// "운송장번호" (a waybill's number) holds no phone's "번호".
func (s *state) cjkKeys(i, j int) {
	t := s.text
	kw := &s.e.kw
	for p := i; p < j; {
		sc, w := cjkScriptAt(t, p)
		if sc == cjkNone || sc == cjkHangul && p > i {
			_, w = utf8.DecodeRuneInString(t[p:j])
			p += w
			continue
		}
		q := p + w
		for n := 2; n <= cjkKeyRunes; n++ {
			s2, w2 := cjkScriptAt(t, q)
			if s2 == cjkNone || q+w2 > j {
				break
			}
			q += w2
			if (p != i || q != j) && kw.mayHold(t, p, q) {
				h := hashText(t, p, q)
				if sl := kw.lookup(h); sl != nil {
					s.keyword(sl, h, p, q)
				}
			}
		}
		p += w
	}
}
