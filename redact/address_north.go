package redact

// Addresses as the Netherlands, Belgium and Germany write them in chat,
// where address.go's parsers stop short: the parts of a Dutch house
// number ("231bis", "88-III"), a Dutch postcode glued to its letters
// ("1063BJ"), a street named after a person in full ("Jan van
// Galenstraat", "Burgemeester de Vlugtlaan"), a postcode and town before
// the street ("20359 Hamburg, Weidenweg 21b").

// repeatSuffix reports whether w, the letters glued after a house
// number's digits, repeat the number as Dutch and French write it:
// "231bis", "7ter". Other words of three letters after digits measure
// things ("5min", "3hrs", "100mg"), which is why houseNumberAt takes two
// letters at most otherwise.
func repeatSuffix(w string) bool {
	return len(w) == 3 && (equalLowerASCII("bis", w) || equalLowerASCII("ter", w))
}

// dutchAddition returns the token after the addition to a house number
// that token k, glued after the number's dash, starts, or 0: a floor in
// Roman numerals ("88-III"), a letter ("12-A") or "hs" for the ground
// floor ("7-hs"), as the Netherlands writes them. The addition must end
// the word: "12-A4" and "3-hs2" are codes.
func (s *entScanner) dutchAddition(k int) int {
	n := len(s.toks)
	if k >= n || !s.glued(k) || s.toks[k].kind != etWord || s.toks[k].f&efDigit != 0 {
		return 0
	}
	if k+1 < n && s.glued(k+1) && !s.punct(k+1, ',') && !(s.punct(k+1, '.') && (k+2 >= n || !s.glued(k+2))) {
		return 0
	}
	// The addition ends the street's part: a comma, the end of the line
	// or a postcode follows ("88-III, Amsterdam", "88-III 1056CC"); "Ihr
	// Sitzplatz 12-A ist reserviert" names a seat.
	if e := k + 1; e < n && s.toks[e].f&efNL == 0 && !s.sepAfter(e) && s.postcodeAt(e) == 0 && !(s.toks[e].f&efDigit != 0 && s.toks[e].e-s.toks[e].s == 6 && s.gluedDutchPostcode(e)) {
		return 0
	}
	t := &s.toks[k]
	switch w := s.text[t.s:t.e]; {
	case len(w) == 1 && (entClass[w[0]] == ecUpper || entClass[w[0]] == ecLower):
		return k + 1
	case len(w) <= 3 && s.romanNumeral(k, true) && w[0] != 'C' && w[0] != 'L':
		return k + 1 // up to the floors a Dutch house has
	case equalLowerASCII("hs", w) || equalLowerASCII("huis", w) || repeatSuffix(w):
		return k + 1 // "7-hs", "22-bis"
	}
	return 0
}

// gluedDutchPostcode reports whether word token k, of six bytes with a
// digit, is a Dutch postcode written without its space before a town:
// four digits, the first no zero, and two capitals ("1063BJ Amsterdam",
// "3511NK Utrecht"), or two letters in lower case before a place the
// gazetteer knows ("1063bj amsterdam"). Product and part codes have the
// same shape ("2080TI", "1080P"), so a town must follow on the line.
func (s *entScanner) gluedDutchPostcode(k int) bool {
	t := &s.toks[k]
	w := s.text[t.s:t.e]
	if w[0] < '1' || w[0] > '9' || !isDigitByte(w[1]) || !isDigitByte(w[2]) || !isDigitByte(w[3]) {
		return false
	}
	a, b := w[4], w[5]
	if k+1 >= len(s.toks) || s.toks[k+1].f&efNL != 0 || s.toks[k+1].kind != etWord {
		return false
	}
	if isUpperByte(a) && isUpperByte(b) {
		// SA, SD and SS are not given out; a known town must follow
		// ("Hauptstraße 5, 2080TI Grafikkarte" names a part).
		return !(a == 'S' && (b == 'A' || b == 'D' || b == 'S')) && s.knownPlaceAt(k+1) > 0
	}
	return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && s.knownPlaceAt(k+1) > 0
}

// namedStreetLead returns the first token of a street named after a
// person in full whose last word, token i, ends in its designator: a
// given name or a title and one or two particles before it ("Jan van
// Galenstraat", "Willem de Zwijgerlaan", "Burgemeester de Vlugtlaan",
// "Johannes van der Waalsweg"), or i. The capitalised word must be
// neither a stop word nor a preposition that starts the sentence ("Op de
// Dorpsstraat 3", "In de Kerkstraat").
func (s *entScanner) namedStreetLead(i int) int {
	p := i - 1
	for p >= i-2 && p > 0 && s.toks[p].kind == etWord && s.toks[p].f&(efCap|efDigit|efNL|efUsed) == 0 && s.flags(p)&gzParticle != 0 {
		p--
	}
	if p == i-1 || s.toks[p+1].f&efNL != 0 {
		return i
	}
	// "van de" and "von der" before a street say where someone is from
	// ("Pieter de Jong van de Molenweg 8", "Herr Schmidt von der
	// Gartenstraße 3"); a street named after a person takes one particle,
	// or "van der" or "van den" of a surname.
	if p == i-3 && !(s.is(p+1, "van") && (s.is(p+2, "der") || s.is(p+2, "den"))) {
		return i
	}
	// A word of a name before the given name or the title makes the
	// whole a person's name ("Meneer Bakker van Dorpsstraat", "Anna de
	// Vries van Zuidlaan").
	// An adjective of streets before it opens the street instead:
	// "Tweede Hugo de Grootstraat", "Nieuwe Willem de Zwijgerlaan".
	if q := p - 1; q >= 0 && s.toks[p].f&efNL == 0 && (s.toks[q].f&(efCap|efNL) == efCap || s.flags(q)&(gzHonor|gzParticle) != 0) && s.toks[q].kind == etWord {
		if s.toks[q].f&efCap != 0 && s.streetAdjective(q) && s.nameLike(p) && s.flags(p)&gzFirst != 0 {
			return q
		}
		return i
	}
	if s.toks[p].f&(efCap|efDigit|efUsed|efPunct) == 0 {
		// In lower case, only a title or a given name: "burgemeester
		// de vlugtlaan", not "ik ben de dorpsstraat".
		if s.flags(p)&gzFirst == 0 && !streetTitleWord(s.fold(p)) {
			return i
		}
	} else if !s.nameLike(p) {
		return i
	}
	// "Jan" is a month's abbreviation too.
	if fl := s.flags(p); fl&(gzCue|gzHonor|gzUnit|gzPlace) != 0 || fl&(gzStop|gzMonthDay) != 0 && fl&gzFirst == 0 {
		return i
	}
	switch string(s.fold(p)) {
	case "op", "aan", "bij", "naar", "van", "uit", "over", "langs", "via", "voor", "achter", "tegen", "om", "met", "tot", "door", "onder", "na", "vanaf", "richting", "hoek", "tussen", "nabij", "ook", "dus", "maar", "en", "of":
		return i
	}
	return p
}

// streetTitleWord reports whether the folded word w is a title or a rank
// that Dutch streets named after a person keep ("Burgemeester de
// Vlugtlaan", "Prins Hendrikkade", "Admiraal de Ruijterweg").
func streetTitleWord(w []byte) bool {
	switch string(w) {
	case "burgemeester", "prins", "prinses", "koning", "koningin", "graaf", "gravin", "hertog", "baron", "jonkheer",
		"dokter", "professor", "generaal", "admiraal", "kapitein", "luitenant", "pastoor", "pater", "meester", "minister", "president", "sint", "sankt",
		// Session 73: the Church's, the engineer's and the brothers'
		// ("Monseigneur Nolensplein", "Gebroeders Bruynzeelstraat").
		"monseigneur", "kardinaal", "bisschop", "dominee", "ingenieur", "gebroeders", "kolonel", "majoor":
		return true
	}
	return false
}

// streetTitleAbbrev reports whether the folded word w abbreviates one of
// streetTitleWord's titles before its period: "Burg. Jansenlaan", "Mr.
// Visserplein" (Meester), "Pr. Irenestraat"; since session 73 "Mgr.
// Nolensplein" (Monseigneur), "Ds." (dominee), "Ir." (ingenieur),
// "Jhr." (jonkheer), "Kard." (kardinaal), "Gebr." (gebroeders).
func streetTitleAbbrev(w []byte) bool {
	switch string(w) {
	case "burg", "dr", "prof", "mr", "pr", "kon", "gen", "adm", "st", "mgr", "ds", "ir", "jhr", "kard", "gebr":
		return true
	}
	return false
}

// floorPostcode reports whether a floor or a unit at token k ("hs",
// "huis", "flat 4 hoog", "bajo") and a postcode after it follow a street
// typed in lower case: "vlugtlaan 120 hs 1063 bj amsterdam". Only the
// postcode says street there, as it does right after the number.
func (s *entScanner) floorPostcode(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&efNL != 0 {
		return false
	}
	e := s.unitAt(k)
	if e == 0 {
		e = s.floorWordAt(k)
	}
	if e <= k {
		return false
	}
	if s.punct(e, ',') {
		e++
	}
	return s.postcodeFirst(e) > 0
}

// postcodeTownBefore returns the first token of a postcode and a town
// written before the street that starts at token a, after a comma on
// the same line ("20359 Hamburg, Weidenweg 21b"), or a. A year before a place is no postcode ("2020 Berlin,
// Hauptstraße 5"), nor an order's number ("Bestellung 20359 Hamburg, ...").
func (s *entScanner) postcodeTownBefore(a int) int {
	p := a - 1 // the comma
	if s.toks[a].f&efNL != 0 || s.toks[p].f&efNL != 0 {
		return a
	}
	for z := p - 2; z >= 0 && z >= p-4; z-- {
		t := &s.toks[z]
		if t.kind != etNum || t.f&efUsed != 0 {
			continue
		}
		e := s.postcodeAt(z)
		if e == 0 || e >= p || s.yearLike(z, z+1) || z > 0 && (s.glued(z) || s.toks[z-1].kind == etNum || s.referenceBefore(z)) || s.cityAt(e, true) != p {
			return a
		}
		for k := z + 1; k < p; k++ {
			if s.toks[k].f&(efNL|efUsed) != 0 {
				return a
			}
		}
		return z
	}
	return a
}

// hungarianDesignator reports whether word token k is a street's
// designator as Hungary writes it, in lower case after the street's
// name ("Petőfi Sándor utca", "Szent István körút", "Hársfa sor",
// "Fenyves köz"). The words are compared as typed: they are short, and
// "ut" or "ter" without their accents are words of other languages.
func (s *entScanner) hungarianDesignator(k int) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efCap|efDigit) != 0 || t.e-t.s < 3 || t.e-t.s > 8 {
		return false
	}
	switch s.text[t.s:t.e] {
	case "utca", "út", "útja", "körút", "tér", "tere", "sor", "köz", "sétány", "fasor", "rakpart", "dűlő":
		return true
	}
	return false
}

// hungarianStreetAt parses a Hungarian street whose designator in lower
// case is token k: one to three capitalised names before it and the
// house number after it ("Arany János utca 60", "Andrássy út 12"). It
// returns the first and the after-last token of the street, or end -1.
// The names are often a person's: the street takes them.
func (s *entScanner) hungarianStreetAt(k int) (int, int) {
	if s.toks[k].f&efNL != 0 || !s.hungarianDesignator(k) {
		return k, -1
	}
	if a := s.dateStreetName(k); a >= 0 && k+1 < len(s.toks) && s.toks[k+1].f&efNL == 0 {
		if h := s.houseNumber(k + 1); h > 0 {
			return a, s.houseLetter(k + 1 + h)
		}
	}
	return s.namesDesignatorNumber(k)
}

// dateStreetName returns the first token of a Hungarian street's name
// that is a date before its designator at token k, the month
// capitalised and the day with its period ("Október 6. utca", "Március
// 15. tér", "Május 1. út"), or -1.
func (s *entScanner) dateStreetName(k int) int {
	m := k - 3
	if m < 0 || !s.punct(k-1, '.') || !s.glued(k-1) {
		return -1
	}
	d, w := &s.toks[k-2], &s.toks[m]
	if d.kind != etNum || d.e-d.s > 2 || d.f&efNL != 0 || s.toks[k-1].f&efNL != 0 {
		return -1
	}
	if w.kind != etWord || w.f&(efCap|efAllCap) != efCap || w.e-w.s > 12 || !hungarianMonths[string(s.fold(m))] {
		return -1
	}
	return m
}

// hungarianMonths are the months of Hungarian, folded, that name
// streets after a date ("Október 6. utca", "Március 15. tér").
var hungarianMonths = setOf("januar", "februar", "marcius", "aprilis", "majus", "junius", "julius", "augusztus", "szeptember", "oktober", "november", "december")

// hungarianFlatEnd returns the token after the period that Hungary
// writes after a house number, and after the floor and the door that may
// follow it ("60. fszt. 2.", "51. 6. em. 4.", "3. emelet 2. ajtó", "48.
// 4/5"), from token e after the house number; e when there is none of
// them.
func (s *entScanner) hungarianFlatEnd(e int) int {
	n := len(s.toks)
	k := e
	if s.punct(k, '.') && s.glued(k) {
		k++
	}
	end := k
	if k >= n || s.toks[k].f&efNL != 0 {
		return end
	}
	short := func(m int) bool {
		return m < n && s.toks[m].kind == etNum && s.toks[m].e-s.toks[m].s <= 2 && s.toks[m].f&efNL == 0
	}
	switch {
	case s.is(k, "fszt") || s.is(k, "fsz") || s.is(k, "földszint"):
		k++ // the ground floor
	case short(k) && s.punct(k+1, '.') && s.glued(k+1) && (s.is(k+2, "em") || s.is(k+2, "emelet")):
		k += 3
	case (short(k) || s.romanFloorAt(k)) && s.punct(k+1, '/') && s.glued(k+1) && s.glued(k+2) && short(k+2) && (!s.glued(k+3) || s.punct(k+3, ',') || s.punct(k+3, '.')):
		return k + 3 // the floor and the door: "4/15", "II/4"
	default:
		return end
	}
	if s.punct(k, '.') && s.glued(k) {
		k++
	}
	end = k
	// The door: "2.", "2. ajtó".
	if short(k) {
		k++
		if s.punct(k, '.') && s.glued(k) {
			k++
		}
		end = k
		if s.is(k, "ajtó") {
			end = k + 1
		}
	}
	return end
}

// romanFloorAt reports whether token k is a floor in Roman numerals, as
// Hungary writes it before the door ("Király utca 41. II/4"): one to
// four capitals of I, V and X, on the address's line.
func (s *entScanner) romanFloorAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.kind != etWord || t.f&efNL != 0 || t.e-t.s > 4 {
		return false
	}
	for i := t.s; i < t.e; i++ {
		if c := s.text[i]; c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return true
}

// hungarianPeriod reports whether the period at token k closes a
// Hungarian house or door number ("utca 42.", "fszt. 2.", "em. 10."),
// which the address keeps.
func (s *entScanner) hungarianPeriod(k int) bool {
	if k < 2 || !s.glued(k) || s.toks[k-1].kind != etNum {
		return false
	}
	p := k - 2
	if s.punct(p, '.') && p > 0 {
		p--
		return s.is(p, "em") || s.is(p, "fszt") || s.is(p, "fsz")
	}
	return s.toks[p].kind == etWord && s.hungarianDesignator(p)
}

// hungarianTownBefore returns the first token of the town that Hungary
// may write before the street that starts at token a, after a comma or
// on the line above, when a postcode follows the street instead
// ("Eger, Damjanich utca 84., 3374", "Szeged\nDamjanich utca 40. 3/6\n
// 6755"), or a. The town is one capitalised word that starts its line
// or follows a colon or a word in lower case ("My address is Pécs,
// ..."): a capitalised word before it would be a name's.
func (s *entScanner) hungarianTownBefore(a, end, e int) int {
	p := a - 1
	if p < 1 || end < 2 {
		return a
	}
	if s.toks[a].f&efNL == 0 {
		if !s.punct(p, ',') || s.toks[p].f&efNL != 0 {
			return a
		}
		p--
	}
	t := &s.toks[p]
	if t.kind != etWord || t.f&(efCap|efUsed|efDigit) != efCap || s.flags(p)&(gzStop|gzCue) != 0 {
		return a
	}
	if q := p - 1; t.f&efNL == 0 && q >= 0 && (s.toks[q].kind == etWord && s.toks[q].f&efCap != 0 || s.toks[q].kind == etNum) {
		return a
	}
	if !s.hungarianIn(a, end) || !s.numberIn(end, e) {
		return a
	}
	return p
}

// hungarianIn reports whether a Hungarian designator stands in the
// street [a, e).
func (s *entScanner) hungarianIn(a, e int) bool {
	for k := a + 1; k < e; k++ {
		if s.toks[k].kind == etWord && s.toks[k].f&efCap == 0 && s.hungarianDesignator(k) {
			return true
		}
	}
	return false
}

// hungarianStreetAfter returns the token after a Hungarian street that
// starts after the comma at token c, on its line, as Hungary writes it
// after the postcode and the town ("7668 Pécs, Petőfi Sándor utca 42."),
// or 0.
func (s *entScanner) hungarianStreetAfter(c int) int {
	if !s.punct(c, ',') {
		return 0
	}
	for k := c + 2; k <= c+4 && k+1 < len(s.toks) && s.toks[k].f&efNL == 0; k++ {
		if s.toks[k].kind != etWord || s.toks[k].f&efCap != 0 {
			continue
		}
		if a, e := s.hungarianStreetAt(k); e > 0 && a == c+1 {
			return e
		}
		return 0
	}
	return 0
}

// flatWordEnd returns the token after a flat's number that Poland
// writes after the house number with "m." (mieszkanie) or "lok." (lokal)
// at token k ("ul. Ogrodowa 73 m. 26", "ul. Polna 5 lok. 3"), and
// Finland with "as." (asunto: "Satamakatu 53 as. 29"), or 0. The words
// are in lower case with their period, and the number short: "5 m. 2024"
// measures nothing.
func (s *entScanner) flatWordEnd(k int) int {
	n := len(s.toks)
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efCap|efNL|efASCII) != efASCII || t.e-t.s > 3 || !(s.is(k, "m") || s.is(k, "lok") || s.is(k, "as")) {
		return 0
	}
	dot := s.punct(k+1, '.') && s.glued(k+1)
	q := k + 1
	if dot {
		q++
	}
	if q >= n || s.toks[q].kind != etNum || s.toks[q].e-s.toks[q].s > 3 || s.toks[q].f&efNL != 0 || q+1 < n && s.glued(q+1) && !s.punct(q+1, ',') && !s.punct(q+1, '.') {
		return 0
	}
	// Without its period the word is Poland's "m" alone ("ul.
	// Mickiewicza 12 m 4, 87-100 Toruń"; session 71) or Finland's "as"
	// ("Kuusitie 5 as 3, 90570 Oulu"; session 74), and the flat's
	// number ends its part of the address before a comma: "12 m 4 razy"
	// measures.
	if !dot && (s.is(k, "lok") || q+1 >= n || !s.punct(q+1, ',')) {
		return 0
	}
	// English's "as" counts as often ("Kuusitie 5 as 3, then ..."): the
	// Finnish flat without its period needs the postcode after the comma.
	if !dot && s.is(k, "as") && (q+2 >= n || s.postcodeAt(q+2) == 0) {
		return 0
	}
	return q + 1
}

// finnishGenitiveLead reports whether the capitalised word before word
// token i, a Finnish street's word in lower case ("valtatie", "katu",
// "puistotie", "kuja", "polku"), names the street in the genitive, as
// Finland writes the streets named after a place or a person:
// "Pispalan valtatie 31 A 4, 33250 Tampere", "Kalevan puistotie 12",
// "Turun valtatie 5". Lower-case street words come here only with a
// house number and a postcode or a cue after them (lowerStreetAt);
// the genitive ends in "-n" and is no stop word ("Then tie 5").
func (s *entScanner) finnishGenitiveLead(i int) bool {
	if i < 1 || s.toks[i].f&(efNL|efCap) != 0 || !finnishStreetWord(s.fold(i)) {
		return false
	}
	p := &s.toks[i-1]
	if p.kind != etWord || p.f&(efCap|efAllCap|efDigit|efUsed) != efCap || p.e-p.s < 5 || s.text[p.e-1] != 'n' || p.e == s.toks[i].s {
		return false
	}
	return s.flags(i-1)&(gzStop|gzCommon|gzCompany|gzCue|gzHonor|gzMonthDay) == 0
}

// finnishStreetWord reports whether the folded word w ends in a Finnish
// street's word: "katu" (street), "tie" (road), "kuja" (lane), "polku"
// (path), "raitti" (walkway), "kaari" (crescent), "rinne" (slope).
func finnishStreetWord(w []byte) bool {
	for _, suf := range [...]string{"katu", "tie", "kuja", "polku", "raitti", "kaari", "rinne"} {
		if len(w) >= len(suf) && string(w[len(w)-len(suf):]) == suf {
			return true
		}
	}
	return false
}
