package redact

// rulesNationalEastAsia covers Hong Kong, Taiwan and Japan, and China's
// mobiles after their words. (China's resident id and Korea's numbers
// are in rulesNationalAsiaPacific.) Chinese and Japanese write no spaces:
// a word of theirs is read as a keyword only where punctuation, a space
// or a digit parts it from the text around ("身份證號碼：", "個人番号：",
// "手机：139 ...").
var rulesNationalEastAsia = []Rule{
	{
		// Hong Kong's identity card (HKID): one or two letters, six
		// digits and a check character (0-9 or A) usually in brackets,
		// "K512397(6)"; the letters valued A=10 ... Z=35 (a single one
		// after a space of 36), weights 9 to 2, eleven less the sum modulo
		// 11.
		Name:            "hk_hkid",
		Type:            "HK_HKID",
		Pattern:         `(?:\A|[^\w])(?P<v>[A-Z]{1,2}\d{6}(?:\([0-9A]\)|[0-9A]))(?:\b|\z|[^\w])`,
		Score:           0.8,
		Validate:        validHKID,
		Keywords:        hkidWords,
		Context:         hkidWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "Name Chan Ka Yan, HKID K512397(6), new address", Want: "K512397(6)"},
			{Text: "香港身份證號碼：Y684120(A)\n出生日期", Want: "Y684120(A)"},
			{Text: "my hkid is XA0392712 (no brackets", Want: "XA0392712"},
			{Text: "HKID K512397(5)", Want: ""},
			{Text: "HKID K5123976X", Want: ""},
		},
	},
	{
		// Taiwan's national identification number: a letter of the
		// place of registration, 1 or 2 for the sex, seven digits and a
		// check digit (the letter's two digits and the nine weighted 1,
		// 9, 8, 7, 6, 5, 4, 3, 2, 1, 1, a multiple of 10).
		Name:            "tw_national_id",
		Type:            "TW_NATIONAL_ID",
		Pattern:         `(?:\A|[^\w])(?P<v>[A-Z][12]\d{8})\b`,
		Score:           0.8,
		Validate:        validTWNationalID,
		Keywords:        twIDWords,
		Context:         twIDWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "我是 黃雅婷，身分證字號 F223184703，生日", Want: "F223184703"},
			{Text: "Taiwan ID: B286401170", Want: "B286401170"},
			{Text: "身分證字號 F223184704", Want: ""},
			{Text: "身分證字號 F323184703", Want: ""},
			{Text: "I'm a Taiwanese student, my ID is F144837314, I'm Lai Po-han", Want: "F144837314"},
			{Text: "order F144837314", Want: ""},
		},
	},
	{
		// Japan's individual number (My Number, 個人番号): twelve digits,
		// often in fours, the last a check digit (the eleven weighted 2
		// to 7 and 2 to 6 from the right, eleven less the sum modulo 11,
		// 0 for a remainder of 0 or 1).
		Name: "jp_my_number",
		Type: "JP_MY_NUMBER",
		// Not part of a longer run of groups (a card's "5598 1854 1675
		// 1234"): no digit and a space on either side.
		Pattern:         `(?:\A|[^\w+#$€£/\- ]|[^\d] )(?P<v>\d{4} ?\d{4} ?\d{4})(?:\z|[^\w ]| \D| \z)`,
		Score:           0.8,
		Validate:        validJPMyNumber,
		Keywords:        jpMyNumberWords,
		Context:         jpMyNumberWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "証券口座の開設書類\n個人番号：559818541675\n氏名：岡田 拓海", Want: "559818541675"},
			{Text: "my number card: 5440 8591 2283", Want: "5440 8591 2283"},
			{Text: "個人番号：559818541676", Want: ""},
			{Text: "個人番号：5598 1854 1675 1234", Want: ""},
			{Text: "my number card 1234 5598 1854 1675", Want: ""},
		},
	},
	{
		// A mainland Chinese mobile: 1, a digit of 3 to 9 and nine more,
		// in groups of 3-4-4 or whole, after a phone's word ("手机：139
		// 2176 4058", "绑定手机 15821637740", "dianhua 18620751394").
		// In a text with Chinese ideographs chineseMobiles (chinese.go)
		// reads them without a word too, since session 71.
		Name:            "cn_mobile",
		Type:            TypePhoneNumber,
		Pattern:         `(?:\A|[^\w+#$€£/\-.])(?P<v>1[3-9]\d(?: \d{4} \d{4}|-\d{4}-\d{4}|\d{8}))\b`,
		Score:           0.7,
		Keywords:        cnPhoneWords,
		Context:         cnPhoneWords,
		RequireContext:  true,
		NegativeContext: numberDecoyWords,
		Examples: []Example{
			{Text: "收货人：陈晓明\n手机：139 2176 4058\n地址", Want: "139 2176 4058"},
			{Text: "shoujianren zhao yifan dianhua 18620751394 xiexie", Want: "18620751394"},
			{Text: "订单号：139 2176 4058", Want: ""},
			{Text: "手机型号：A1392176405", Want: ""},
		},
	},
}

// The words of the numbers above, in their languages and in English.
var (
	hkidWords = []string{"hkid", "hk id", "hong kong id", "香港身份證", "香港身份證號碼", "身份證號碼", "身份證", "身份証"}
	// A bare "ID" too (session 60: "my ID is F144837314"): the letter,
	// the sex's digit and the check digit leave few other numbers.
	twIDWords = []string{"身分證", "身分證字號", "身份證字號", "身分證號碼", "taiwan id", "taiwanese id", "national id", "id"}
	// Not "my number" alone: English names a phone so.
	jpMyNumberWords = []string{"my number card", "mynumber", "個人番号", "マイナンバー", "マイナンバーカード"}
	cnPhoneWords    = []string{"手机", "手機", "手机号", "手机号码", "绑定手机", "电话", "電話", "联系电话", "聯絡電話", "dianhua", "shouji"}
)

// validHKID checks a Hong Kong identity card's number: the letters (a
// single one after a space valued 36) and the six digits weighted 9 to
// 2, eleven less the sum modulo 11, 10 written A, the check.
func validHKID(m string) bool {
	var v [10]int
	n := 0
	for i := 0; i < len(m) && n < len(v); i++ {
		switch c := m[i]; {
		case c >= 'A' && c <= 'Z':
			v[n] = int(c-'A') + 10
			n++
		case c >= '0' && c <= '9':
			v[n] = int(c - '0')
			n++
		}
	}
	if n != 8 && n != 9 {
		return false
	}
	// With a single letter the weights start at 8, after a space's 36
	// weighted 9.
	off := 9 - n
	sum := 36 * 9 * off
	for i := 0; i < n-1; i++ {
		sum += v[i] * (9 - i - off)
	}
	// The check written A is 10, as v holds it.
	return v[n-1] == (11-sum%11)%11
}

// twLetterCodes are the two-digit values of the first letter of a
// Taiwanese identification number, by the letter.
var twLetterCodes = [26]int{10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33}

// validTWNationalID checks a Taiwanese identification number: the
// letter's code and the nine digits weighted 1, 9, 8, 7, 6, 5, 4, 3, 2,
// 1, 1, a multiple of 10.
func validTWNationalID(m string) bool {
	if len(m) != 10 || m[0] < 'A' || m[0] > 'Z' || !allDigits(m[1:]) {
		return false
	}
	code := twLetterCodes[m[0]-'A']
	sum := code/10 + code%10*9
	for i := 1; i < 10; i++ {
		w := 9 - i
		if w < 1 {
			w = 1
		}
		sum += int(m[i]-'0') * w
	}
	return sum%10 == 0
}

// validJPMyNumber checks a Japanese individual number: twelve digits,
// the eleven first weighted from the right 2 to 7 and then 2 to 6, the
// twelfth 0 for a remainder modulo 11 of 0 or 1 and eleven less it
// otherwise.
func validJPMyNumber(m string) bool {
	d := digitsOf(m, 12)
	if d == "" || sameDigits(d) {
		return false
	}
	sum := 0
	for n := 1; n <= 11; n++ {
		q := n + 1
		if n > 6 {
			q = n - 5
		}
		sum += int(d[11-n]-'0') * q
	}
	r := sum % 11
	want := 0
	if r > 1 {
		want = 11 - r
	}
	return int(d[11]-'0') == want
}
