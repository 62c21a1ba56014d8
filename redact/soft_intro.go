package redact

// introAt treats a given name and a surname written in lower case
// as capitalised when a self-introduction announces them ("Hi I'm john
// smith", "my name is anna berg", "name: maria lopez"). Both words must
// be known names that are no ordinary words, so that "I'm going home" or
// "this is fine" stay as they are. It also reports a lower-case
// nationality said of oneself ("I am cambodian", see selfNRPAt), and a
// street named after a form of "be" or "live" ("I live on John Street",
// see streetNamedAt). Token
// p is the last word of the cue; findNames calls it for each word of two
// to five bytes before it reaches the words after it.
func (s *entScanner) introAt(p int) {
	toks := s.toks
	t := &toks[p]
	if c := s.text[t.e-1]; c == 't' || c == 'T' {
		// "it's", whose 's is cut off, which introduces no name.
		if t.e-t.s == 2 && t.f&efPoss != 0 && s.onOrAtAfter(p) {
			s.streetNamedAt(p)
		}
		return
	}
	if s.onOrAtAfter(p) {
		s.streetNamedAt(p)
	}
	if !introShape(s.text[t.s:t.e]) || p+1 >= len(toks) {
		return
	}
	c := p + 1
	// The word folded once and compared with the words below, as is
	// compares them: a word that is not ASCII must also be near the
	// length of the word it folds to.
	w := ""
	switch string(s.fold(p)) {
	case "i'm":
		w = "i'm"
	case "we're":
		w = "we're"
	case "am":
		w = "am"
	case "are":
		w = "are"
	case "is":
		w = "is"
	case "name":
		w = "name"
	}
	if n := int(t.e - t.s); t.f&efASCII == 0 && (n < len(w)/2 || n > 2*len(w)+2) {
		w = ""
	}
	switch {
	case w == "i'm", w == "we're", w == "am" && s.is(p-1, "i"), w == "are" && s.is(p-1, "we"):
		if s.selfNRPAt(p) || w == "we're" || w == "are" {
			return // "we're", "we are": no name follows
		}
	case w == "is":
		// "this is", "my name is"
		if p < 1 || !s.mayFold(p-1, 4) || !s.is(p-1, "this") && !(s.is(p-1, "name") && s.is(p-2, "my")) {
			return
		}
	case w == "name":
		switch {
		case t.f&efPoss != 0 && s.is(p-1, "my"): // "my name's"
		case s.colonAfter(p):
			c++
		default:
			return
		}
	default:
		return
	}
	if c+1 >= len(toks) || !s.introName(c, gzFirst) || !s.introName(c+1, gzLast) {
		return
	}
	// "i'm john smith", not "i'm john smith-ish" nor "john smithfield".
	if toks[c+1].f&efNL != 0 || s.glued(c+2) && !s.punct(c+2, '.') && !s.punct(c+2, ',') && !s.punct(c+2, '!') && !s.punct(c+2, '?') {
		return
	}
	toks[c].f |= efCap
	toks[c+1].f |= efCap
}

// introLast holds the bytes the words of introShape end with. With the
// flag efIntro, which the tokenizer sets from the first byte, it rules
// out most words before introAt is called; so does the flag efPoss,
// which brings "it's" too (see streetNamedAt).
var introLast = func() (l [256]bool) {
	for _, c := range "sSmMeE" {
		l[c] = true
	}
	return l
}()

// introShape reports whether w may be the last word of a
// self-introduction: whether it is, ignoring case, "is", "am", "i'm",
// "are", "name", "we're" or "i’m".
func introShape(w string) bool {
	switch len(w) {
	case 2:
		c := uint16(w[0]|0x20)<<8 | uint16(w[1]|0x20)
		return c == 'i'<<8|'s' || c == 'a'<<8|'m'
	case 3:
		return w[1] == '\'' && w[0]|0x20 == 'i' && w[2]|0x20 == 'm' || w[0]|0x20 == 'a' && w[1]|0x20 == 'r' && w[2]|0x20 == 'e'
	case 4:
		return w[0]|0x20 == 'n' && w[3]|0x20 == 'e'
	case 5:
		return w[2] == '\'' && w[0]|0x20 == 'w' || w[0]|0x20 == 'i' && w[1] == 0xe2
	}
	return false
}

// introName reports whether token k is a lower-case word that the
// gazetteer knows as a name of the given kind (gzFirst or gzLast) and as
// nothing that also reads as an ordinary word.
func (s *entScanner) introName(k int, kind uint32) bool {
	const never = gzCommon | gzStop | gzAmbig | gzCue | gzParticle | gzMonthDay | gzUnit | gzPostCue | gzPersonVerb | gzJobHead | gzOrgAfter | gzOrgSuffix | gzStreetType | gzStreetPre | gzHonor
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efCap|efDigit|efUsed) != 0 || t.e-t.s < 2 || k > 0 && t.f&efNL != 0 {
		return false
	}
	fl := s.flags(k)
	return fl&kind != 0 && fl&never == 0
}

// pluralNRP reports whether word token k is the plural of a nationality
// or a religion the gazetteer holds in the singular ("Paraguayans",
// "saudis").
func (s *entScanner) pluralNRP(k int) bool {
	fl := s.singularFlags(k)
	return fl&gzNRP != 0 && fl&(gzFirst|gzLast|gzPlace|gzCommon) == 0
}

// selfNRPAt reports a lower-case nationality or religion after "I am",
// "I'm", "we are" or "we're", maybe with "proud" between ("I am
// cambodian", "we are proud saudis"), at token p, the last word of the
// cue. It reports whether it found one.
func (s *entScanner) selfNRPAt(p int) bool {
	c := p + 1
	if s.is(c, "proud") || s.is(c, "a") || s.is(c, "an") {
		c++
	}
	if c >= len(s.toks) {
		return false
	}
	t := &s.toks[c]
	if t.kind != etWord || t.f&(efCap|efDigit|efUsed|efNL) != 0 || t.e-t.s < 4 {
		return false
	}
	if fl := s.flags(c); fl&gzNRP == 0 || fl&(gzCommon|gzStop|gzFirst|gzLast) != 0 {
		if !s.pluralNRP(c) {
			return false
		}
	}
	s.emit(stNRP, c, c, 0.75)
	return true
}
