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
		"收貨人", "購買方", "购买方", "实名", "實名", "真实姓名", "真實姓名", "我叫",
		// Since session 71, more of the roles that a form or a clerk
		// names: the account's holder ("开户人孙海涛"), the line's owner
		// ("原机主黄桂兰"), the hotel's guest ("入住人 叶思远"), the
		// registrant, the sender ("寄件人：高翔"), who collects or signs
		// for a parcel and who booked.
		"开户人", "開戶人", "机主", "機主", "入住人", "登记人", "登記人", "寄件人", "发件人", "發件人", "取件人", "签收人", "簽收人",
		"预订人", "預訂人"}, cjkKinNouns, cjkTitles, cjkSelfWords),
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

// The bits of scriptLeads: the lead bytes of the three-byte sequences of
// UTF-8 that start a script's letters, Thai's (U+0E00, E0), Vietnamese's
// toned vowels (U+1EA0, E1), kana (U+3040, E3), the ideographs (U+4E00
// to U+9FFF, E4 to E9; and U+3400, E3) and Hangul's syllables (U+B000 to
// U+CFFF, EB and EC; hasHangul's); and those of the two-byte sequences
// of Arabic's block (U+0600 to U+06FF, D8 to DB), of Cyrillic's first
// half (U+0400 to U+043F, D0: its capitals) and of Greek's letters
// (U+0380 to U+03FF, CE and CF).
const (
	leadThai     uint32 = 1 << 0x0
	leadVi       uint32 = 1 << 0x1
	leadKana     uint32 = 1 << 0x3
	leadHan      uint32 = 1<<0x4 | 1<<0x5 | 1<<0x6 | 1<<0x7 | 1<<0x8 | 1<<0x9
	leadHangul   uint32 = 1<<0xb | 1<<0xc
	leadArabic   uint32 = 1 << 16
	leadCyrillic uint32 = 1 << 17
	leadGreek    uint32 = 1 << 18
)

// scriptLeads returns the set of the lead bytes E0 to EF in t, bit b for
// 0xE0+b, leadArabic for one of D8 to DB, leadCyrillic for D0 and
// leadGreek for CE or CF. It reads eight bytes at a time and looks at the
// bytes of a word only where one is beyond ASCII: a text of accents
// costs it about a load and a test a word, where a search a script costs
// a pass each.
func scriptLeads(t string) (m uint32) {
	i := 0
	for ; i+8 <= len(t); i += 8 {
		if load8(t[i:])&0x8080808080808080 == 0 {
			continue
		}
		for _, c := range []byte(t[i : i+8]) {
			m |= leadBit(c)
		}
	}
	for ; i < len(t); i++ {
		m |= leadBit(t[i])
	}
	return m
}

// leadBit returns the bit of scriptLeads of the byte c, or 0.
func leadBit(c byte) uint32 {
	switch {
	case c < 0xce: // most: ASCII, Latin-1's leads, continuation bytes
		return 0
	case c <= 0xcf:
		return leadGreek
	case c == 0xd0:
		return leadCyrillic
	case c&0xf0 == 0xe0:
		return 1 << (c & 0x0f)
	case c >= 0xd8 && c <= 0xdb:
		return leadArabic
	}
	return 0
}

// indexFrom returns the offset of the first w in t at or after off, or
// -1: the readers that look for each of a word's places in a text step
// through them with it ("for p := indexFrom(t, w, 0); p >= 0; p =
// indexFrom(t, w, p+len(w))").
func indexFrom(t, w string, off int) int {
	if k := strings.Index(t[off:], w); k >= 0 {
		return off + k
	}
	return -1
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
	cjkKinNouns = []string{"老公", "老婆", "丈夫", "妻子", "朋友", "同事", "妈妈", "媽媽", "爸爸", "儿子", "兒子", "女儿", "女兒", "专员", "專員",
		// Since session 71: "my dad", "my mum" as a chat says them
		// ("登记人是我爸 沈国平"), the finance clerk a firm's customer
		// names ("联系人是财务吴敏", "我是财务 张敏"), and the customer, as a
		// record or a transcript names them ("客户：邓子墨 1990年2月14号";
		// not "客户：我的银行卡被冻结").
		"我爸", "我妈", "我媽", "财务", "財務", "客户", "客戶"}
	cjkTitles = []string{"小姐", "先生", "女士", "太太"}
	// cjkSelfWords say who one is or what someone is called: "I am"
	// ("我是张丽华，"), "she is called" ("她叫冯秀英"), "he is called"
	// ("他叫 钱浩然"). "我是" opens any sentence about oneself ("我是滴滴司机",
	// "我是做跨境电商的"): like a noun of kin, the name after them must
	// open with a known surname (since session 71).
	cjkSelfWords  = []string{"我是", "她叫", "他叫"}
	cjkKinWords   = setOf(slices.Concat(cjkKinNouns, cjkSelfWords)...)
	cjkTitleWords = setOf(cjkTitles...)
)

// cjkSurnames holds the commonest Chinese surnames, in simplified and
// traditional characters, that open a name glued to the words around it.
// Since session 71 also 易, 聂, 俞, 章, 鲁, 葛, 伍, 毕, 焦, 岳, 樊, 殷, 庞,
// 纪, 舒, 滕, 童, 凌, 裴, 霍, 鲍, 翟, 谷, 苗, 耿 and 邢, none of which is a
// common word alone; not 祝, which wishes ("祝好", best wishes, ends a
// message as a name would).
var cjkSurnames = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范範金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯柯温溫欧歐阮翁康施洪易聂聶俞章鲁魯葛伍毕畢焦岳樊殷庞龐纪紀舒滕童凌裴霍鲍鮑翟谷苗耿邢" {
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
// ("陈小姐", "林先生收", "王建国先生"): one to three ideographs, the first
// a surname cjkSurnames knows, that a character of another kind (or the
// text's start) opens. Since session 71 a word that greets, asks or
// thanks may open it inside a sentence too (cjkBeforeTitled: "您好孙先生，",
// "请问是曹磊先生吗", "不好意思陈小姐"). The longest such name is taken.
func (s *state) cjkSurnameBefore(start int) {
	t := s.text
	for k := 3; k >= 1; k-- {
		p := start - 3*k
		if p < 0 || !cjkSurnames[t[p:p+3]] || !cjkIdeographs(t, p, start) {
			continue
		}
		if p >= 3 && cjkScriptOf(t, p-3) && !cjkBeforeTitled[t[p-3:p]] {
			continue // more ideographs before: no name's start
		}
		s.add(cand{start: p, end: start, typ: TypePerson, rec: "cjk_name", score: 0.85})
		return
	}
}

// cjkBeforeTitled are the characters that end a word before a surname
// and its title inside a sentence: "是" (is: "请问是韩女士吗"), "好" (您好,
// hello: "您好孙先生"), "问" (请问, may I ask), "谢" (谢谢, thanks), "思"
// (不好意思, sorry), "的" (尊敬的, dear), "给" (to), "找" (to ask for),
// "和", "跟", "与" (and, with), "位" (这位, this), "请" (please), "叫"
// (to call), "喂" (hello on the phone).
var cjkBeforeTitled = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range "是好问問谢謝思的给給找和跟与與位请請叫喂" {
		m[string(r)] = true
	}
	return m
}()

// cjkIdeographs reports whether t[p:e] holds only characters of
// cjkScriptAt's cjkHan, of three bytes each (ideographs and kana).
func cjkIdeographs(t string, p, e int) bool {
	for ; p < e; p += 3 {
		if sc, w := cjkScriptAt(t, p); sc != cjkHan || w != 3 {
			return false
		}
	}
	return p == e
}

// cjkTitleAt returns where a title of cjkTitles starts in the run of
// ideographs t[q:e] after one to three of them, the name it follows
// ("吴女士", "王建国先生收"), or -1.
func cjkTitleAt(t string, q, e int) int {
	for k := 1; k <= 3; k++ {
		if c := q + 3*k; c+6 <= e && cjkTitleWords[t[c:c+6]] {
			return c
		}
	}
	return -1
}

// cjkSpacedName returns the end of a Chinese name written with a space
// between a surname cjkSurnames knows and a given name of one or two
// ideographs ("我的名字是彭 磊", "收件人 邱 月 电话"), which starts at t[q],
// or q. A title after the space is no given name: "王 先生" gives the
// surname alone.
func cjkSpacedName(t string, q int) int {
	if q+3 > len(t) || !cjkSurnames[t[q:q+3]] {
		return q
	}
	w := cjkSpaceAt(t, q+3)
	if w == 0 {
		return q
	}
	e, sc, n := cjkRun(t, q+3+w, 2)
	if sc != cjkHan || n > 2 || !cjkNameEnds(t, e) {
		return q
	}
	if cjkTitleWords[t[q+3+w:e]] {
		return q + 3
	}
	return e
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
	// Since session 71 "is called" too: "收款人叫郑凯", "名字叫谭宇航".
	is := q+3 <= len(t) && (t[q:q+3] == "是" || t[q:q+3] == "係" || t[q:q+3] == "为" || t[q:q+3] == "為" || t[q:q+3] == "叫")
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
			k := cjkGluedName(t, q, e, n)
			if c := cjkTitleAt(t, q, e); c > q && cjkSurnames[t[q:q+3]] {
				k = c // "联系人吴女士": the surname, not its title
			} else if k == q {
				k = cjkSpacedName(t, q) // "我的名字是彭 磊"
			} else if k == e && !cjkNameEnds(t, e) {
				k = q
			}
			if k > q {
				s.add(cand{start: q, end: k, typ: TypePerson, rec: "cjk_name", score: 0.85})
				s.cjkNameJoined(k)
			}
			return
		}
	}
	e, script, n := cjkRun(t, q, 7)
	joined := false // a Chinese name, which another may follow (cjkNameJoined)
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
		} else {
			if c := cjkTitleAt(t, q, e); c > q && c+6 == e {
				e = c // "联系人：吴女士": the surname, not its title
			} else if n < 2 {
				// One ideograph alone names no one in Chinese, but a
				// surname a space parts from its given name: "乘客名字 周 婷".
				if e = cjkSpacedName(t, q); e == q {
					return
				}
			}
			joined = true
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
	if joined {
		s.cjkNameJoined(e)
	}
}

// cjkNameJoined reads a second Chinese name that "and" joins to the one
// that ends at t[e] after its label: "入住人 叶思远 和 邵佳 两位",
// "收件人：张伟、李娜" ("和", "与", "跟", the enumeration comma "、"). It
// opens with a surname cjkSurnames knows (cjkGluedName).
func (s *state) cjkNameJoined(e int) {
	t := s.text
	p := e + cjkSpaceAt(t, e)
	if p+3 > len(t) || !cjkJoiners[t[p:p+3]] {
		return
	}
	p += 3
	p += cjkSpaceAt(t, p)
	if sc, _ := cjkScriptAt(t, p); sc != cjkHan {
		return
	}
	e2, _, n := cjkRun(t, p, 7)
	if k := cjkGluedName(t, p, e2, n); k > p && (k < e2 || cjkNameEnds(t, e2)) {
		s.add(cand{start: p, end: k, typ: TypePerson, rec: "cjk_name", score: 0.85})
	}
}

// cjkJoiners are the words that join two names: "和", "与", "與", "跟"
// (and) and the enumeration comma "、".
var cjkJoiners = setOf("和", "与", "與", "跟", "、")

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
