package redact

import (
	"strings"
)

// Chinese text (session 71). Beside the names after their labels
// (cjkNameAfter), a Chinese text is read for what its own words say
// without a label the keyword table can see:
//
//   - a surname after "姓" (is surnamed): "我姓易，", "司机姓杨，";
//   - an addressee before "收" (to be received by): "吴婷婷收，";
//   - a name that signs a message off at its end: "—— 方志刚", or after
//     the last sentence's mark ("...一共89.9元。石磊");
//   - a mainland mobile number: 1, a digit of 3 to 9 and nine more,
//     whole or in groups of 3-4-4 ("号码是186-2107-3395", "我的号147
//     1285 6093"), which in Chinese text is a phone's shape whatever word
//     comes before it, unless the word names an order's or a record's
//     number (cnNumberDecoys: "订单号 13912345678").

// chineseNames reads the names of a Chinese text that "姓" or a
// sign-off gives (see the file's comment).
func (s *state) chineseNames() {
	t := s.text
	for p := indexFrom(t, "姓", 0); p >= 0; p = indexFrom(t, "姓", p+len("姓")) {
		if q := p + len("姓"); q+3 <= len(t) && cjkSurnames[t[q:q+3]] && (cjkNameEnds(t, q+3) || strings.HasPrefix(t[q+3:], "的")) && !cjkXingWord(t, p) {
			s.add(cand{start: q, end: q + 3, typ: TypePerson, rec: "cjk_name", score: 0.85})
		}
	}
	s.chineseSignOff()
	for p := indexFrom(t, "收", 0); p >= 0; p = indexFrom(t, "收", p+len("收")) {
		if cjkNameEnds(t, p+len("收")) {
			s.cjkAddressee(p)
		}
	}
}

// cjkAddressee reads the addressee before "收" (to be received by) at
// t[p], as a parcel or a letter names them: "...6栋1104室，吴婷婷收，电话":
// two or three ideographs, the first a surname cjkSurnames knows, that a
// character of another kind (a comma, a space) opens.
func (s *state) cjkAddressee(p int) {
	t := s.text
	for k := 3; k >= 2; k-- {
		q := p - 3*k
		if q < 0 || !cjkSurnames[t[q:q+3]] || !cjkIdeographs(t, q, p) {
			continue
		}
		if q >= 3 && cjkScriptOf(t, q-3) || cjkTitleWords[t[p-6:p]] || cjkCommonWords[t[q:q+6]] {
			return // "林先生收" is the title's (cjkSurnameBefore)
		}
		s.add(cand{start: q, end: p, typ: TypePerson, rec: "cjk_name", score: 0.85})
		return
	}
}

// cjkXingWord reports whether the "姓" at t[p] ends a word of its own:
// "百姓" (the common people), "同姓" (of the same surname).
func cjkXingWord(t string, p int) bool {
	return p >= 3 && (t[p-3:p] == "百" || t[p-3:p] == "同")
}

// chineseSignOff reads the name that signs the text off: after a dash
// ("—— 方志刚", "-- 易晨") or a sentence's end ("。", "！", a new line),
// two or three ideographs that open with a surname cjkSurnames knows and
// end the text. Words of thanks ("谢谢") and a sentence's words ("付的",
// paid) are none: no character of cjkNotFirst or cjkAfterName, nor "谢"
// or "了", follows the surname.
func (s *state) chineseSignOff() {
	t := strings.TrimRight(s.text, " \t\r\n")
	e := len(t)
	q := e
	for n := 0; n < 3 && q >= 3 && cjkSurnameRunChar(t, q-3); n++ {
		q -= 3
	}
	if e-q < 6 || !cjkSurnames[t[q:q+3]] || cjkCommonWords[t[q:q+6]] {
		return
	}
	for c := q + 3; c < e; c += 3 {
		if w := t[c : c+3]; cjkNotFirst[w] || cjkAfterName[w] || w == "谢" || w == "謝" || w == "了" {
			return
		}
	}
	p := q
	for p > 0 && (t[p-1] == ' ' || cjkSpaceAt(t, p-1) > 0) {
		p--
	}
	dash := false
	for p > 0 && t[p-1] == '-' {
		p--
		dash = true
	}
	for p >= 3 && t[p-3:p] == "—" {
		p -= 3
		dash = true
	}
	if !dash && (p == 0 || t[p-1] != '\n' && (p < 3 || t[p-3:p] != "。" && t[p-3:p] != "！") && t[p-1] != '!') {
		return
	}
	s.add(cand{start: q, end: e, typ: TypePerson, rec: "cjk_name", score: 0.85})
}

// cjkCommonWords are common words whose first character is also a
// surname of cjkSurnames: the week's days and the weekend ("周一收",
// received on Monday; "周末"), "马上" (at once), "白天" (in the daytime),
// "方便" (convenient), "高兴" (glad), "金额" (the amount).
var cjkCommonWords = setOf("周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天", "周末", "週一", "週二", "週三", "週四", "週五", "週六", "週日", "週末",
	"马上", "馬上", "白天", "方便", "高兴", "高興", "金额", "金額")

// cjkSurnameRunChar reports whether an ideograph of three bytes starts
// at t[i].
func cjkSurnameRunChar(t string, i int) bool {
	sc, w := cjkScriptAt(t, i)
	return sc == cjkHan && w == 3 && !(t[i] == 0xe3 && t[i+1] <= 0x83) // not kana
}

// cnNumberDecoys are the Chinese words that name a number other than a
// phone's when they label it: an order ("订单"), any form's number ("单号":
// 快递单号, a parcel's; 工单号, a ticket's), a serial ("编号", "流水号"),
// a transaction's ("交易号"), an employee's and a student's ("工号",
// "学号"), a model ("型号"), and a QQ account's number, which has as
// many digits.
var cnNumberDecoys = []string{"订单", "訂單", "单号", "單號", "编号", "編號", "流水号", "交易号", "工号", "學號", "学号", "型号", "型號", "qq", "QQ"}

// chineseMobiles reads the mainland mobiles of a Chinese text (see the
// file's comment). A phone's word near one raises it, as for any phone.
func (s *state) chineseMobiles() {
	t := s.text
	for i := s.firstDigit; i < len(t); {
		k := strings.IndexByte(t[i:], '1')
		if k < 0 {
			return
		}
		p := i + k
		i = p + 1
		if e := cnMobileAt(t, p); e > p && !cnDecoyBefore(t, p) {
			s.add(cand{start: p, end: e, typ: TypePhoneNumber, rec: "cn_mobile", score: 0.6, boost: gPhone, neg: gNeg | gRef})
			i = e
		}
	}
}

// cnMobileAt returns the end of a mainland mobile that starts at t[p],
// or p: 1, a digit of 3 to 9 and nine more, whole or in groups of 3-4-4
// parted by spaces or hyphens, that no other letter, digit or group
// continues on either side ("+86 151 5928 4036" is the international
// reader's, "6212 2641 ..." a card's).
func cnMobileAt(t string, p int) int {
	if p+11 > len(t) || t[p] != '1' || t[p+1] < '3' || t[p+1] > '9' {
		return p
	}
	if p > 0 {
		switch c := t[p-1]; {
		case c < 0x80 && (isAlnum(c) || strings.IndexByte("+#$/-._@*", c) >= 0):
			return p
		case c == ' ' && p >= 2 && isDigit(t[p-2]):
			return p
		}
	}
	e := p + 3
	if !allDigits(t[p:e]) {
		return p
	}
	switch sep := t[e]; {
	case sep == ' ' || sep == '-':
		if e+10 > len(t) || !allDigits(t[e+1:e+5]) || t[e+5] != sep || !allDigits(t[e+6:e+10]) {
			return p
		}
		e += 10
	case allDigits(t[e : p+11]):
		e = p + 11
	default:
		return p
	}
	if e < len(t) {
		c := t[e]
		if c < 0x80 && (isAlnum(c) || c == '_' || c == '@' || c == '*') {
			return p
		}
		if (c == ' ' || c == '-' || c == '.') && e+1 < len(t) && isDigit(t[e+1]) {
			return p // a longer number's groups, or a decimal
		}
	}
	return e
}

// cnDecoyBefore reports whether a word of cnNumberDecoys labels the
// number at t[p]: it stands within seven characters before it with no
// digit between ("订单号：139 2176 4058"; not "订单号 DD2403...，我手机号
// 187...", whose order number is another).
func cnDecoyBefore(t string, p int) bool {
	lo := max(0, p-21)
	w := t[lo:p]
	for _, d := range cnNumberDecoys {
		if k := strings.LastIndex(w, d); k >= 0 && !strings.ContainsAny(w[k+len(d):], "0123456789") {
			return true
		}
	}
	return false
}
