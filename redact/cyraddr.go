package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Postal addresses written in Cyrillic script, as Russia, Ukraine,
// Belarus, Kazakhstan, Kyrgyzstan, Bulgaria, Serbia and North Macedonia
// write them: a street's designator before or after its name, the
// house's number after it or after its own word, and around them the
// parts a comma parts: "г. Москва, ул. Тверская, д. 12, кв. 34,
// 125009", "142100, Московская обл., г. Подольск, ул. Кирова, д. 17",
// "Санкт-Петербург, Лиговский пр-т, д. 44, кв. 9, 191040", "вул.
// Хрещатик, 22, кв. 5, Київ, 01001", "ул. Гоце Делчев бр. 18, 6000
// Охрид". The names recognizer reads addresses by their words in Latin
// letters; these have words of their own and a layout it does not read.
// A designator's word (gCyrStreet) runs cyrAddressAt, which needs the
// street's name and a house's number; the rest only widens the span.

// cyrStreetWords are the designators of a street, written before its
// name ("ул. Тверская") or after it ("Лиговский пр-т", "Невский
// проспект").
var cyrStreetWords = map[string][]string{
	"ru": {"ул", "улица", "пр-т", "проспект", "просп", "пр", "пер", "переулок", "бульвар", "б-р", "шоссе", "ш", "мкр", "микрорайон", "наб", "набережная", "пл", "площадь", "проезд", "тракт"},
	"uk": {"вул", "вулиця", "просп", "пров", "провулок", "бульв", "бульвар", "майдан", "площа"},
	// Bulgarian, Macedonian and Serbian: "ул.", "бул.", "булевар".
	"bg": {"ул", "бул", "булевард", "булевар"},
	// Persian's plate of a house, whose reader is persianAddressAt
	// (persianaddr.go).
	"fa": persianHouseWords,
}

// cyrHouseWords introduce a house's number: "д. 12", "дом 5", "буд. 3",
// "бр. 18" (Bulgarian and Macedonian "broj"), "№ 7".
var cyrHouseWords = []string{"д", "дом", "буд", "будинок", "бр", "№"}

// cyrUnitWords introduce a part of the house: a flat, a building, a
// block, an entrance, a floor, an office.
var cyrUnitWords = []string{"кв", "квартира", "корп", "корпус", "стр", "строение", "под", "подъезд", "эт", "этаж", "оф", "офис", "комн", "ап", "вх", "стан", "бл", "блок", "кв-ра", "ет", "етаж"}

// cyrPlaceWords introduce a place or stand after a region's name: "г.
// Москва", "м. Київ", "с. Петровка", "Московская обл.", "Ленинский
// р-н".
var cyrPlaceWords = []string{"г", "город", "м", "місто", "с", "село", "пос", "пгт", "смт", "гр"}

// cyrRegionWords stand after the name of a region or a district.
var cyrRegionWords = []string{"обл", "область", "р-н", "район", "край", "респ", "республика"}

// cyrWordAt returns the end of the word of letters, digits and inner
// hyphens at i, and whether its first letter is a capital; i itself if
// no letter or digit is there.
func cyrWordAt(t string, i int) (int, bool) {
	j, upper := i, false
	for j < len(t) {
		r, n := utf8.DecodeRuneInString(t[j:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if j == i {
				upper = unicode.IsUpper(r) || unicode.IsDigit(r)
			}
			j += n
		case r == '-' && j > i && j+1 < len(t):
			if r2, _ := utf8.DecodeRuneInString(t[j+1:]); unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j++
				continue
			}
			return j, upper
		default:
			return j, upper
		}
	}
	return j, upper
}

// cyrQuoteAt returns the width of a quotation mark at t[i] ('"', „, “,
// ”, «, »), or 0.
func cyrQuoteAt(t string, i int) int {
	if i >= len(t) {
		return 0
	}
	if t[i] == '"' {
		return 1
	}
	switch r, n := utf8.DecodeRuneInString(t[i:]); r {
	case '„', '“', '”', '«', '»':
		return n
	}
	return 0
}

// cyrIsWord reports whether the word t[i:j] is one of ws in any case.
func cyrIsWord(t string, i, j int, ws []string) bool {
	for _, w := range ws {
		if strings.EqualFold(t[i:j], w) {
			return true
		}
	}
	return false
}

// cyrSkip returns the offset after the spaces at i (and a '.' first
// when dot is true).
func cyrSkip(t string, i int, dot bool) int {
	if dot && i < len(t) && t[i] == '.' {
		i++
	}
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i
}

// cyrNumberAt returns the end of a house's or a flat's number at i: one
// to four digits, maybe a letter or a slash and more digits after them
// ("41", "12а", "12/4", "5/3"); else i.
func cyrNumberAt(t string, i int) int {
	j := i
	for j < len(t) && j-i < 5 && isDigit(t[j]) {
		j++
	}
	if j == i || j-i > 4 {
		return i
	}
	if j+1 < len(t) && t[j] == '/' && isDigit(t[j+1]) {
		j++
		for j < len(t) && isDigit(t[j]) {
			j++
		}
		// A flat's number after the entrance's: "23/2-5" (session 66).
		if j+1 < len(t) && t[j] == '-' && isDigit(t[j+1]) {
			k := j + 1
			for k < len(t) && k-j <= 4 && isDigit(t[k]) {
				k++
			}
			if k-j <= 4 {
				j = k
			}
		}
	}
	// One letter glued after the digits: "12а", "7Б".
	if e, _ := cyrWordAt(t, j); e > j && utf8.RuneCountInString(t[j:e]) == 1 {
		j = e
	}
	if e, _ := cyrWordAt(t, j); e > j {
		return i // glued to a word: "12кг"
	}
	return j
}

// cyrPostcodeAt returns the end of a postcode of four to six digits at
// i standing as a word of its own; else i.
func cyrPostcodeAt(t string, i int) int {
	j := i
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	if n := j - i; n < 4 || n > 6 {
		return i
	}
	if e, _ := cyrWordAt(t, j); e > j {
		return i
	}
	return j
}

// cyrAddressAt reads the address whose street's designator is the word
// t[start:end] and adds it.
func (s *state) cyrAddressAt(start, end int) {
	t := s.text
	if t[start] >= 0xd8 && t[start] <= 0xdb {
		s.persianAddressAt(start, end) // a word of persianHouseWords
		return
	}
	// The keyword table reads "пр-т" and "б-р" as their first word.
	if end+1 < len(t) && t[end] == '-' {
		if e, _ := cyrWordAt(t, end+1); e > end+1 {
			end = e
		}
	}
	a, b := -1, -1 // the street's span
	// The name after the designator: one to four capitalised words,
	// the last maybe a number's part ("Самал-2"); a word in lower case
	// only between capitalised ones ("Булевар краља Александра").
	if q := cyrSkip(t, end, true); q > end && q < len(t) {
		// The name in quotes, as Bulgarian writes it: "ул. „Шипка“ 19",
		// "бул. „Цар Освободител“ 112" (session 66).
		quoted := false
		if w := cyrQuoteAt(t, q); w > 0 {
			q += w
			quoted = true
		}
		p, words := q, 0
		for words < 4 {
			e, upper := cyrWordAt(t, p)
			if e == p || isDigit(t[p]) {
				break
			}
			if !upper {
				if words == 0 {
					break
				}
				if n := cyrSkip(t, e, false); n == e || n >= len(t) {
					break
				} else if e2, up2 := cyrWordAt(t, n); e2 == n || !up2 || isDigit(t[n]) {
					break
				}
			}
			words++
			b = e
			p = cyrSkip(t, e, false)
			if p == e {
				break
			}
		}
		if quoted && words > 0 {
			if w := cyrQuoteAt(t, b); w > 0 {
				b += w
			} else {
				words = 0 // an opening quote that no closing one follows
			}
		}
		if words > 0 {
			a = start
		}
	}
	if a < 0 {
		// The designator after the name: "Лиговский пр-т", one or two
		// capitalised words before it.
		p := start
		for k := 0; k < 2 && p > 0 && t[p-1] == ' '; k++ {
			q := p - 1
			w := cyrBack(t, q, cyrNameRune)
			if e, upper := cyrWordAt(t, w); w == q || e != q || !upper {
				break
			}
			p = w
		}
		if p == start {
			return
		}
		a, b = p, cyrSkip(t, end, true)
		if b > end && t[end] == '.' {
			b = end + 1
		} else {
			b = end
		}
	}
	// The house's number: right after the name, after a comma, or after
	// its word ("д. 51", "бр. 18").
	q := cyrSkip(t, b, false)
	if q < len(t) && t[q] == ',' {
		q = cyrSkip(t, q+1, false)
	}
	if e, _ := cyrWordAt(t, q); e > q && !isDigit(t[q]) && cyrIsWord(t, q, e, cyrHouseWords) {
		q = cyrSkip(t, e, true)
	} else if q < len(t) && t[q] == '#' {
		q = cyrSkip(t, q+1, false)
	}
	h := cyrNumberAt(t, q)
	if h == q {
		// The address written from the flat up, its house before the
		// street: "кв. 4, д. 18, ул. Садовая, г. Тула".
		p := cyrPartsBefore(t, a)
		if p == a {
			return
		}
		a, h = p, b
	}
	end = h
	// The parts after it: flats and blocks, a postcode, a place.
	for k := 0; k < 6; k++ {
		p := end
		if p < len(t) && t[p] == ',' {
			p++
		}
		p = cyrSkip(t, p, false)
		if p == end || p >= len(t) {
			break
		}
		e, upper := cyrWordAt(t, p)
		switch {
		case e == p:
			k = 6
		case !isDigit(t[p]) && cyrIsWord(t, p, e, cyrUnitWords):
			m := cyrSkip(t, e, true)
			n := cyrNumberAt(t, m)
			if n == m {
				// A block's letter: "блок С".
				if e2, up2 := cyrWordAt(t, m); e2 > m && up2 && utf8.RuneCountInString(t[m:e2]) == 1 {
					n = e2
				} else {
					k = 6
					continue
				}
			}
			end = n
		case isDigit(t[p]):
			// A postcode after a comma, or before its place: "...,
			// 125009", "6000 Охрид" ("ул. Ленина 5 1234 рубля" ends at 5).
			n := cyrPostcodeAt(t, p)
			if n == p {
				k = 6
				continue
			}
			place := n
			if w := cyrSkip(t, n, false); w > n {
				if e2, up2 := cyrWordAt(t, w); e2 > w && up2 && !isDigit(t[w]) {
					place = e2
				}
			}
			if t[end] != ',' && place == n {
				k = 6
				continue
			}
			end = place
		case !isDigit(t[p]) && cyrIsWord(t, p, e, cyrPostcodeWords):
			// A postcode after its word: ", индекс 443001".
			m := cyrSkip(t, e, false)
			if m < len(t) && t[m] == ':' {
				m = cyrSkip(t, m+1, false)
			}
			n := cyrPostcodeAt(t, m)
			if n == m {
				k = 6
				continue
			}
			end = n
		case cyrIsWord(t, p, e, cyrPlaceWords):
			// A place's word and its name of up to three words: "с.
			// Велика Димерка".
			w := cyrSkip(t, e, true)
			e2, up2 := cyrWordAt(t, w)
			if e2 == w || !up2 || isDigit(t[w]) {
				k = 6
				continue
			}
			end = e2
			for m := 0; m < 2 && end < len(t) && t[end] == ' '; m++ {
				w = cyrSkip(t, end, false)
				if e3, up3 := cyrWordAt(t, w); e3 > w && up3 && !isDigit(t[w]) {
					end = e3
				} else {
					break
				}
			}
			// The town's postcode after it with no comma: "г. Псков
			// 180000".
			if w = cyrSkip(t, end, false); w > end && w < len(t) && isDigit(t[w]) {
				if n := cyrPostcodeAt(t, w); n > w && utf8.RuneCountInString(t[w:n]) == 6 {
					end = n
				}
			}
		case upper && cyrRegionAfter(t, e) > e:
			end = cyrRegionAfter(t, e) // "Київська обл."
		case upper && t[end] == ',':
			// A place's name after a comma, when a postcode or the end
			// of the text or sentence follows it: ", Київ, 01001".
			n := cyrSkip(t, e, false)
			if n < len(t) && t[n] == ',' {
				n = cyrSkip(t, n+1, false)
				if cyrPostcodeAt(t, n) > n {
					end = e
					continue
				}
			}
			if e >= len(t) || t[e] == '.' || t[e] == '\n' {
				end = e
			}
			k = 6
		default:
			k = 6
		}
	}
	// The parts before the street: a place, a region, a postcode, each
	// before a comma.
	for k := 0; k < 4; k++ {
		p := cyrBackSpaces(t, a)
		if p == 0 || t[p-1] != ',' {
			break
		}
		p = cyrBackSpaces(t, p-1)
		// The word before the comma, back to its start.
		w := cyrBack(t, p, cyrPartRune)
		if w == p {
			break
		}
		word := t[w:p]
		if word[len(word)-1] == '.' {
			word = word[:len(word)-1]
		}
		we := w + len(word)
		switch _, upper := cyrWordAt(t, w); {
		case isDigit(t[w]) && cyrPostcodeAt(t, w) == we:
			a = w
		case cyrIsWord(t, w, we, cyrRegionWords):
			// "Московская обл.": the region's name before its word.
			v := cyrBackSpaces(t, w)
			u := cyrBack(t, v, cyrNameRune)
			if u == v {
				k = 4
				continue
			}
			a = u
		case unicode.IsLetter(firstRune(word)):
			// A place ("Караганда", "бишкек"), maybe after its word ("г.
			// Москва"); a word in lower case only at the start of the
			// text or a line, or after a colon.
			v := cyrBackSpaces(t, w)
			x := v
			if x > 0 && t[x-1] == '.' {
				x--
			}
			u := cyrBack(t, x, cyrLetter)
			switch {
			case u < x && v < w && cyrIsWord(t, u, x, cyrPlaceWords):
				a = u // "г. Москва"
			case u < x && v < w && upper && x == v && cyrIsWord(t, u, x, cyrRegionWords):
				a = u // "Республика Татарстан"
			case u < x && v < w && upper && x == v && cyrPlaceBefore(t, u) < u:
				a = cyrPlaceBefore(t, u) // "г. Великие Луки"
			case v == 0 || t[v-1] == '\n' || t[v-1] == ':' || cyrAddressCueBefore(t, v) || upper && v < w && (t[v-1] == ',' || t[v-1] == '(' || t[v-1] == '"' || cyrDashBefore(t, v)):
				a = w
			default:
				k = 4
			}
		default:
			k = 4
		}
	}
	if cyrPremisesBefore(t, a) {
		return
	}
	// An address that goes on past its house, to its flat, town or
	// postcode, is surer than a street and a number, and outranks the
	// names recognizer's reading of its parts ("кв 19", "г. Псков
	// 180000").
	score := 0.85
	if end > h {
		score = 0.9
	}
	s.add(cand{start: a, end: end, typ: TypeStreetAddress, rec: "cyrillic_address", score: score})
}

// cyrPostcodeWords name a postcode before it: "индекс 443001",
// "почтовый индекс: 050000", "індекс 01001".
var cyrPostcodeWords = []string{"индекс", "індекс"}

// cyrPartsBefore returns the start of the house's number and the flat's
// or the block's before it that stand before the street at a, each
// before a comma, as an address written from the flat up gives them
// ("кв. 4, д. 18, ул. Садовая"); a when no house's number is there.
func cyrPartsBefore(t string, a int) int {
	start, house := a, false
	for k := 0; k < 3; k++ {
		v := cyrBackSpaces(t, start)
		if v == 0 || t[v-1] != ',' {
			break
		}
		v = cyrBackSpaces(t, v-1)
		// The number, back to its first digit ("5", "12а", "3/1").
		n := cyrBack(t, v, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsLetter(r) || r == '/' })
		if n == v || !isDigit(t[n]) || cyrNumberAt(t, n) != v {
			break
		}
		u := cyrBackSpaces(t, n)
		if u > 0 && t[u-1] == '.' {
			u--
		}
		w := cyrBack(t, u, cyrLetter)
		switch {
		case w < u && !house && cyrIsWord(t, w, u, cyrHouseWords):
			house = true
		case w < u && house && cyrIsWord(t, w, u, cyrUnitWords):
		default:
			k = 3
			continue
		}
		start = w
	}
	if !house {
		return a
	}
	return start
}

// cyrPlaceBefore returns the start of a place's word ("г.", "с.") and
// of one more capitalised word between it and the capitalised word at
// u, the town's name of two or three words ("г. Великие Луки", "г.
// Ростов-на-Дону" is one word); u when there is none.
func cyrPlaceBefore(t string, u int) int {
	p := u
	for k := 0; k < 2; k++ {
		v := cyrBackSpaces(t, p)
		if v == p || v == 0 {
			return u
		}
		x := v
		if t[x-1] == '.' {
			x--
		}
		w := cyrBack(t, x, cyrLetter)
		if w == x {
			return u
		}
		if cyrIsWord(t, w, x, cyrPlaceWords) {
			return w
		}
		if _, up := cyrWordAt(t, w); !up || x < v {
			return u
		}
		p = w
	}
	return u
}

// cyrDashBefore reports whether a dash ends at v, a space before the
// place's name after it: "адрес тот же — Самара, ул. ...".
func cyrDashBefore(t string, v int) bool {
	return strings.HasSuffix(t[:v], "—") || strings.HasSuffix(t[:v], "–") || strings.HasSuffix(t[:v], " -")
}

// cyrPremises are the places of a firm that "по адресу" (at the
// address) follows when the address is the firm's, not a person's:
// "получить можно в офисе по адресу ...", "в отделении по адресу",
// "в пункте выдачи по адресу", "сервисный центр по адресу".
var cyrPremises = []string{"офис", "офисе", "офиса", "отделение", "отделении", "филиал", "филиале", "пункт", "пункте", "магазин", "магазине", "салон", "салоне", "центр", "центре", "відділення", "відділенні"}

// cyrPremisesBefore reports whether "по адресу" after a word of
// cyrPremises ends at a, maybe before a colon.
func cyrPremisesBefore(t string, a int) bool {
	v := cyrBackSpaces(t, a)
	if v > 0 && t[v-1] == ':' {
		v = cyrBackSpaces(t, v-1)
	}
	for _, w := range []string{"адресу", "по"} {
		u := cyrBack(t, v, cyrLetter)
		if u == v || !strings.EqualFold(t[u:v], w) {
			return false
		}
		v = cyrBackSpaces(t, u)
	}
	u := cyrBack(t, v, cyrLetter)
	return u < v && cyrIsWord(t, u, v, cyrPremises)
}

// cyrBack returns the start of the run of runes that ok accepts and that
// ends at v.
func cyrBack(t string, v int, ok func(rune) bool) int {
	for v > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:v])
		if !ok(r) {
			break
		}
		v -= n
	}
	return v
}

// cyrBackSpaces returns the start of the spaces that end at v.
func cyrBackSpaces(t string, v int) int {
	for v > 0 && t[v-1] == ' ' {
		v--
	}
	return v
}

// The runes of words that cyrBack reads back over.
func cyrLetter(r rune) bool   { return unicode.IsLetter(r) }
func cyrNameRune(r rune) bool { return unicode.IsLetter(r) || r == '-' }
func cyrPartRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.'
}

// firstRune returns the first rune of w.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// cyrRegionAfter returns the end of a region's word after the word that
// ends at e ("Київська обл.", "Московская область"), with its period;
// else e.
func cyrRegionAfter(t string, e int) int {
	w := cyrSkip(t, e, false)
	if w == e {
		return e
	}
	e2, _ := cyrWordAt(t, w)
	if e2 == w || !cyrIsWord(t, w, e2, cyrRegionWords) {
		return e
	}
	if e2 < len(t) && t[e2] == '.' {
		e2++
	}
	return e2
}

// cyrAddressCues are the words after which a place's name opens an
// address: "адрес Караганда, ул. ...", "address to Алматы, мкр. ...".
var cyrAddressCues = []string{"адрес", "адресу", "адреса", "адресою", "адресом", "address", "to"}

// cyrAddressCueBefore reports whether an address's cue ends at v, maybe
// before a colon.
func cyrAddressCueBefore(t string, v int) bool {
	u := cyrBack(t, v, cyrLetter)
	return u < v && cyrIsWord(t, u, v, cyrAddressCues)
}
