package redact

// Chinese names romanised as Singapore, Malaysia and Hong Kong write
// them: a surname of one syllable and a given name of two, each a word
// of its own and the surname first ("Tsang Chi Fai", "LEUNG Hoi Ching",
// "CHUA KAI XIANG"). The lists know few of those syllables, so the
// readers of names take a part of the name ("KAI XIANG" after "name show
// as", "Tsang" after "Mr.") or none of it ("recipient Ho Man Kit"). The
// syllables are words of English too ("Man", "Kit", "Sun", "Wing") and
// so are Hong Kong's places ("Ho Man Tin", "Wong Tai Sin", "Ma On
// Shan"): three such words are a name only where a name was read in
// them already, or a person's cue or a title stands before them.

// chineseSurnames are Chinese surnames of one syllable as they are
// romanised in Singapore and Malaysia (Hokkien, Teochew, Cantonese,
// Hakka: "Tan", "Chua", "Goh"), in Hong Kong (Cantonese: "Leung",
// "Tsang", "Yip") and in pinyin ("Zhang", "Xu"), folded. Those that are
// also common English words ("So", "To", "See", "Man", "He") are left
// out.
var chineseSurnames = setOf(
	"ang", "au", "aw", "cai", "cao", "chai", "cham", "chan", "chang", "chau", "chee", "chen", "cheng", "cheong",
	"cheung", "chew", "chia", "chiam", "chiang", "chin", "chng", "choi", "chong", "choo", "chow", "choy", "chu",
	"chua", "chui", "chung", "deng", "ding", "dong", "du", "fan", "fang", "feng", "fok", "foo", "fu", "fung",
	"gan", "gao", "goh", "guo", "han", "heng", "hew", "ho", "hong", "hsu", "hu", "huang", "hui", "hung", "ip",
	"jiang", "jin", "kam", "kan", "kang", "kee", "keung", "khoo", "ko", "koh", "kok", "kong", "koo", "kuan",
	"kwan", "kwok", "kwong", "lai", "lam", "lau", "law", "lee", "leong", "leung", "lew", "li", "liang", "liao",
	"liew", "lim", "lin", "ling", "liu", "loh", "loke", "loo", "low", "lu", "lui", "luo", "ma", "mah", "mak",
	"mok", "neo", "ng", "ngai", "ngan", "ong", "ooi", "pan", "pang", "peng", "phua", "poh", "poon", "quek",
	"seah", "seow", "shek", "shen", "sia", "siew", "sim", "siu", "sng", "soh", "song", "soo", "su", "suen",
	"sun", "sze", "tai", "tam", "tan", "tang", "tay", "teh", "teng", "teo", "tham", "tian", "ting", "toh",
	"tong", "tsang", "tse", "tsoi", "tsui", "tung", "wan", "wang", "wee", "wei", "wong", "woo", "wu", "xie",
	"xu", "yam", "yan", "yang", "yao", "yap", "yau", "yee", "yeo", "yeoh", "yeung", "yim", "yip", "yiu",
	"yong", "yu", "yuan", "yuen", "yung", "zeng", "zhang", "zhao", "zheng", "zhou", "zhu",
)

// chineseGivenSyllables are the syllables of Chinese given names as
// they are romanised in Singapore and Malaysia ("Kai Xiang", "Siew
// Hwa", "Chong Meng", "Ah Hock"), in Hong Kong ("Hoi Ching", "Chi Fai",
// "Man Kit") and in pinyin ("Jun Hao"), folded.
var chineseGivenSyllables = setOf(
	"ah", "ai", "an", "ang", "bao", "beng", "bin", "bing", "bo", "boon", "chak", "chang", "chao", "chee", "chen",
	"cheng", "cheuk", "chi", "chiang", "chin", "ching", "chiu", "choon", "chong", "chuan", "chuen", "chun",
	"cong", "da", "dan", "di", "dong", "eng", "fai", "fan", "fang", "fat", "fei", "fen", "feng", "fong", "fook",
	"fu", "gek", "geok", "guan", "guang", "gui", "hai", "han", "hang", "hao", "hei", "heng", "hin", "hing",
	"ho", "hock", "hoi", "hok", "hon", "hong", "hua", "huan", "huat", "hui", "hung", "hwa", "hwee", "jia",
	"jian", "jiang", "jie", "jin", "jing", "jun", "ka", "kai", "kam", "kang", "keat", "kee", "kei", "keng",
	"keung", "kiat", "kim", "kin", "king", "kit", "kiu", "kok", "kong", "koon", "kuan", "kuen", "kwai",
	"kwan", "kwok", "kwong", "kwun", "lai", "lan", "lap", "lay", "lei", "leng", "leong", "leung", "li", "lian",
	"liang", "lin", "ling", "lok", "long", "lun", "lung", "man", "mei", "meng", "min", "ming", "mui", "mun",
	"nam", "nan", "ning", "on", "pak", "pei", "peng", "pin", "ping", "po", "poh", "pui", "qi", "qian",
	"qiang", "qin", "qing", "rong", "rui", "sau", "seng", "shan", "sheng", "shing", "shun", "siang", "siew",
	"sik", "sin", "sing", "siok", "siong", "siu", "song", "soon", "sui", "suk", "sum", "swee", "tak", "tat",
	"teck", "thiam", "tian", "tim", "tin", "ting", "tiong", "tong", "tsun", "tsz", "tung", "tze", "wa",
	"wah", "wai", "wan", "wee", "wei", "wen", "wing", "wo", "xi", "xia", "xian", "xiang", "xiao", "xin",
	"xing", "xiong", "xiu", "xuan", "xue", "yan", "yang", "yao", "yat", "yau", "yee", "yeow", "yi", "yik",
	"yin", "ying", "yiu", "yong", "yu", "yuan", "yue", "yuen", "yun", "zhen", "zheng", "zhi", "zhong", "zi",
)

// chineseNameCues are the words before a name that the gazetteer holds
// no cue of, which name the insured person of a policy ("insured Wong
// Ka Ming"), folded.
var chineseNameCues = setOf("insured", "policyholder")

// romanisedChineseNames widens a person found inside three words of a
// romanised Chinese name to the three ("name show as CHUA KAI XIANG",
// "card holder LEUNG Hoi Ching", "Mr. Tsang Chi Fai"), and reads the
// three after a person's cue or a title where no name was read
// ("recipient Ho Man Kit 5309 2718", "insured Yip Chun Kit").
func (s *entScanner) romanisedChineseNames() {
	if !s.chineseShapeIn() {
		// Most texts: no three short capitalised words in a row.
		for i := range s.out {
			if f := &s.out[i]; f.Type == TypePerson {
				s.nurBeforePatronym(f)
			}
		}
		return
	}
	for i := range s.out {
		if f := &s.out[i]; f.Type == TypePerson {
			s.widenChineseName(i)
			s.nurBeforePatronym(f)
		}
	}
	for k := 1; k+2 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind != etWord || t.f&(efCap|efUsed|efASCII) != efCap|efASCII || t.e-t.s > 5 || !s.chineseNameAt(k) {
			continue
		}
		if s.chineseCueBefore(k) && !s.usedIn(k, k+3) {
			s.emit(stPerson, k, k+2, 0.85)
		}
		k += 2
	}
}

// widenChineseName widens the person s.out[i] to the romanised Chinese
// name of three words that holds it, and drops the other people found in
// those words ("LEUNG" and "Ching" of "LEUNG Hoi Ching").
func (s *entScanner) widenChineseName(i int) {
	f := &s.out[i]
	a := s.tokenEndingAfter(int32(f.Start - s.base))
	b := a
	for b+1 < len(s.toks) && int(s.toks[b+1].e)+s.base <= f.End {
		b++
	}
	if a >= len(s.toks) || b-a > 2 {
		return
	}
	for k := max(0, b-2); k <= a; k++ {
		if !s.chineseNameAt(k) {
			continue
		}
		start, end := s.base+int(s.toks[k].s), s.base+int(s.toks[k+2].e)
		if f.Score < 0.85 && s.chineseCueBefore(k) {
			// Read under the threshold ("Kit" is a word), but a cue
			// or a title names it: "insured Yip Chun Kit".
			f.Score = 0.85
		}
		if start == f.Start && end == f.End {
			return
		}
		for j := range s.out {
			g := &s.out[j]
			if j != i && g.Type != "" && g.Start < end && g.End > start && (g.Type != TypePerson || g.Start < start || g.End > end) {
				return // another finding reaches into the three words: "Wong Tai Sin Road"
			}
		}
		for j := range s.out {
			if g := &s.out[j]; j != i && g.Type == TypePerson && g.Start >= start && g.End <= end {
				f.Score = max(f.Score, g.Score)
				g.Type = ""
			}
		}
		f.Start, f.End = start, end
		for j := k; j <= k+2; j++ {
			s.toks[j].f |= efUsed
		}
		return
	}
}

// chineseNameAt reports whether tokens k, k+1 and k+2 are a romanised
// Chinese name and the whole of their run of capitalised words: a
// surname of chineseSurnames and two syllables of chineseGivenSyllables,
// capitalised, on one line and parted by single spaces; the given
// syllables written in the same case ("Hoi Ching", "KAI XIANG"). A
// capitalised word glued before them by a space (a title aside) or one
// of the lists' after them makes a longer name, or a place's ("Sai Wan
// Ho" is no "Wan Ho").
func (s *entScanner) chineseNameAt(k int) bool {
	if !s.chineseShapeAt(k) || s.toks[k+1].f&efAllCap != s.toks[k+2].f&efAllCap {
		return false
	}
	if !chineseSurnames[string(s.fold(k))] || !chineseGivenSyllables[string(s.fold(k+1))] || !chineseGivenSyllables[string(s.fold(k+2))] {
		return false
	}
	if p := k - 1; p >= 0 && s.toks[p].kind == etWord && s.toks[p].f&(efCap|efNL) == efCap && s.toks[p].e+1 == s.toks[k].s && s.flags(p)&gzHonor == 0 {
		return false
	}
	if n := k + 3; n < len(s.toks) && s.toks[n].kind == etWord && s.toks[n].f&(efCap|efNL) == efCap && s.toks[n].s == s.toks[k+2].e+1 {
		w := s.fold(n)
		if chineseGivenSyllables[string(w)] || chineseSurnames[string(w)] || s.flags(n)&(gzFirst|gzLast|gzPlace|gzStreetType) != 0 {
			return false
		}
	}
	return true
}

// chineseCueBefore reports whether a person's cue ("recipient", "card
// holder"), one of chineseNameCues or a courtesy title ("Mr.", "Mdm")
// stands right before token k.
func (s *entScanner) chineseCueBefore(k int) bool {
	p := k - 1
	if p >= 1 && s.punct(p, '.') {
		p--
	}
	if p >= 0 && s.toks[p].kind == etWord && (s.flags(p)&gzHonor != 0 || chineseNameCues[string(s.fold(p))]) {
		return true
	}
	return s.hasCue(k, cuePerson)
}

// usedIn reports whether a token of [a, b) is inside a finding already.
func (s *entScanner) usedIn(a, b int) bool {
	for j := a; j < b; j++ {
		if s.toks[j].f&efUsed != 0 {
			return true
		}
	}
	return false
}

// nurBeforePatronym widens the person f to the "Nur" before it when f
// joins a given name to a parent's with "bin", "binti" or "binte" ("Nur
// Aisyah binte Rahmat"): "Nur" (light) opens many Malay women's names,
// but it is a German word too ("nur noch"), which the lists hold as a
// stop word; the patronym says the name is Malay.
func (s *entScanner) nurBeforePatronym(f *Finding) {
	a := s.tokenEndingAfter(int32(f.Start - s.base))
	p := a - 1
	if p < 0 || a >= len(s.toks) || s.toks[p].kind != etWord || s.toks[p].f&(efCap|efAllCap) != efCap || s.toks[a].f&efNL != 0 || s.toks[p].e+1 != s.toks[a].s || !s.is(p, "nur") {
		return
	}
	for k := a + 1; k < len(s.toks) && int(s.toks[k].e)+s.base <= f.End; k++ {
		if s.toks[k].kind == etWord && s.patronymic(k) {
			f.Start = s.base + int(s.toks[p].s)
			s.toks[p].f |= efUsed
			return
		}
	}
}

// chineseShapeAt reports whether tokens k to k+2 have a romanised
// Chinese name's shape: capitalised ASCII words of six bytes at most,
// one space apart on one line.
func (s *entScanner) chineseShapeAt(k int) bool {
	if k < 0 || k+2 >= len(s.toks) {
		return false
	}
	return s.chineseWord(k) && s.chineseWord(k+1) && s.chineseJoin(k+1) && s.chineseWord(k+2) && s.chineseJoin(k+2)
}

// chineseWord reports whether token j has the shape of a word of a
// romanised Chinese name: a capitalised ASCII word of six bytes at most.
// (A word: a number has efNum, punctuation efPunct. Most tokens are
// words in lower case, which the one test of their flags rules out.)
func (s *entScanner) chineseWord(j int) bool {
	t := &s.toks[j]
	return t.f&(efCap|efASCII|efNum|efPunct) == efCap|efASCII && t.e-t.s <= 6
}

// chineseJoin reports whether token j, j > 0, follows token j-1 on its
// line after one space.
func (s *entScanner) chineseJoin(j int) bool {
	t := &s.toks[j]
	return t.f&efNL == 0 && t.s == s.toks[j-1].e+1 && s.text[t.s-1] == ' '
}

// chineseShapeIn reports whether the text holds three tokens of
// chineseShapeAt's shape. Three tokens in a row hold one whose index
// leaves 2 modulo 3: only those are looked at first (session 75's
// speed: the test runs on every text with a capital). The three that
// hold token m hold m-1 or m+1 as well, joined to m: most words of the
// shape ("I", "The") have neither, which two tests of a token tell
// (session 76; chineseShapeAt at m-2, m-1 and m read each token again).
func (s *entScanner) chineseShapeIn() bool {
	n := len(s.toks)
	for m := 2; m < n; m += 3 {
		if !s.chineseWord(m) {
			continue
		}
		left := s.chineseWord(m-1) && s.chineseJoin(m)
		right := m+1 < n && s.chineseWord(m+1) && s.chineseJoin(m+1)
		if left && (right || s.chineseWord(m-2) && s.chineseJoin(m-1)) || right && m+2 < n && s.chineseWord(m+2) && s.chineseJoin(m+2) {
			return true
		}
	}
	return false
}
