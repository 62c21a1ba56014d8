package redact

// streetNamedAt reports a street named without a house number after a
// form of "be" or "live" at token p and "on" or "at": "it's on queen
// street west, near the park", "we're at Baker Street.", "I live on John
// Street". One to three name words (no function word, unit, month or
// firm) and a designator that names nothing but a street must end the
// clause there, maybe with a compass direction: "it's on queen street
// tickets page" and "it's on the way" stay out. introAt calls it, since
// the forms of "be" and "live" are words it is called for, when
// onOrAtAfter(p).
func (s *entScanner) streetNamedAt(p int) {
	n := len(s.toks)
	q := p + 1
	if q+2 >= n {
		return
	}
	// "it's" is "it" with its 's cut off.
	be := s.is(p, "it") && s.toks[p].f&efPoss != 0
	for _, w := range [...]string{"is", "its", "i'm", "im", "am", "are", "we're", "was", "were"} {
		be = be || s.is(p, w)
	}
	if !be && !s.livesAt(p) {
		return
	}
	a := q + 1
	k := a
	for ; k < n && k <= a+3; k++ {
		t := &s.toks[k]
		if t.kind != etWord || t.f&(efDigit|efNL|efUsed) != 0 || t.e-t.s < 2 {
			return
		}
		if k > a && s.plainDesignator(k) {
			break
		}
		if k == a+3 || s.flags(k)&(gzStop|gzUnit|gzMonthDay|gzCompany) != 0 {
			return
		}
	}
	if k >= n || k == a+1 && s.streetIdiom(a, k) {
		return
	}
	e := s.directionalAfter(k + 1)
	if e < n && s.toks[e].f&efNL == 0 {
		switch u := &s.toks[e]; {
		case u.kind != etPunct:
			return
		case u.c != ',' && u.c != '.' && u.c != ';' && u.c != '!' && u.c != '?' && u.c != ')':
			return
		}
	}
	s.emitAddress(a, e, 0.6)
}

// onOrAtAfter reports whether the word after token p, on its line, is
// "on" or "at", read from its bytes: introAt asks it of every word it is
// called for.
func (s *entScanner) onOrAtAfter(p int) bool {
	q := p + 1
	if q >= len(s.toks) {
		return false
	}
	u := &s.toks[q]
	if u.e-u.s != 2 || u.kind != etWord || u.f&efNL != 0 {
		return false
	}
	c := uint16(s.text[u.s]|0x20)<<8 | uint16(s.text[u.s+1]|0x20)
	return c == 'o'<<8|'n' || c == 'a'<<8|'t'
}

// plainDesignator reports whether word token k is a street designator
// that names nothing else in chat: not "way", "place", "court",
// "square" or "close", which are common nouns, nor "drive" ("it's on
// google drive").
func (s *entScanner) plainDesignator(k int) bool {
	switch string(s.fold(k)) {
	case "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "terrace", "crescent", "parkway", "pkwy", "highway", "hwy":
		return true
	}
	return false
}

// streetIdiom reports whether the word at token a and the designator at
// token k make an idiom written in lower case, not a street: "we're on
// easy street", "it's on memory lane", "he is at wall street" (the
// trade). Capitalised, the words name the street ("we're on Wall
// Street.").
func (s *entScanner) streetIdiom(a, k int) bool {
	if s.toks[a].f&efCap != 0 {
		return false
	}
	switch {
	case s.is(k, "street"):
		return s.is(a, "easy") || s.is(a, "wall") || s.is(a, "civvy")
	case s.is(k, "lane"):
		return s.is(a, "memory")
	}
	return false
}

// livesAt reports whether token p is "live" or "lives" said of where
// someone lives: after a pronoun or an adverb ("I live on", "we still
// live at", "she lives on") or a capitalised name ("Anna lives on").
// "we watched live at", "the stream is live on" and "his memory lives
// on" say something else.
func (s *entScanner) livesAt(p int) bool {
	if p < 1 || !s.is(p, "live") && !s.is(p, "lives") {
		return false
	}
	q := p - 1
	if s.is(q, "still") || s.is(q, "now") || s.is(q, "currently") || s.is(q, "also") {
		q--
	}
	if s.is(p, "lives") {
		return s.is(q, "he") || s.is(q, "she") || s.is(q, "who") || q >= 0 && s.toks[q].kind == etWord && s.toks[q].f&efCap != 0 && s.toks[p].f&efNL == 0
	}
	return s.is(q, "i") || s.is(q, "we") || s.is(q, "they") || s.is(q, "you")
}
