package redact

import "strings"

// Postal addresses as Turkey writes them: the neighbourhood before
// "Mah." (mahalle), the street before its designator ("Cad.", "Sok.",
// "Sk.", "Blv."), the house's number after "No:", a flat after "Daire"
// or "D:", then a postcode of five digits and the district and the city
// parted by a slash: "Caferağa Mah. Moda Cad. No:47 Daire:5, 34710
// Kadıköy/İstanbul", "Atatürk Mah. 1203. Sok. No: 12/4 06520 Çankaya /
// Ankara". The names recognizer reads the capitalised words as names;
// the neighbourhood's word or a street's designator (gTrStreet) runs
// trAddressAt, which needs a street or a house's number after the
// neighbourhood's word.

// trStreetWords are the words that open the reading: the neighbourhood's
// in full, and the streets' designators, before which the reading looks
// for its short "Mah.". "Mah" is a surname too ("Jason Mah"): as a key
// of the table it would be no name's word.
var trStreetWords = map[string][]string{
	"tr": append([]string{"cad", "cd", "caddesi", "sok", "sk", "sokak", "sokağı", "blv", "bulvarı"}, trNeighbourhoodWords...),
}

// trNeighbourhoodWords are the neighbourhood's words in full, which open
// the reading themselves.
var trNeighbourhoodWords = []string{"mahallesi", "mahalle"}

// trStreetAt runs trAddressAt for the word t[start:end] of gTrStreet: a
// neighbourhood's word itself, or a designator after "Mah." within eight
// words of its line. s.trTo, the end of the last address read, keeps an
// address's second word from reading it again.
//
// The word must stand as a word of prose, a space before it and a space,
// a period or a comma after it: "sk-sk-sk-..." is none, and each word
// looked back over is 32 bytes at most, so that the reading stays linear.
func (s *state) trStreetAt(start, end int) {
	t := s.text
	if start < s.trTo || start == 0 || t[start-1] != ' ' || end < len(t) && t[end] != ' ' && t[end] != '.' && t[end] != ',' {
		return
	}
	if cyrIsWord(t, start, end, trNeighbourhoodWords) {
		s.trAddressAt(start, end)
		return
	}
	p := start
	for k := 0; k < 8 && p > 0 && t[p-1] != '\n'; k++ {
		q := cyrBackSpaces(t, p)
		if q > 0 && t[q-1] == '.' {
			q--
		}
		w := cyrBack(t[max(0, q-32):q], q-max(0, q-32), cyrPartRune) + max(0, q-32)
		if w == q || w == q-32 || w < s.trTo {
			return
		}
		if strings.EqualFold(t[w:q], "mah") { // its period left out above
			s.trAddressAt(w, q)
			return
		}
		p = w
	}
}

// trRoadWords are the designators of a street after its name.
var trRoadWords = []string{"cad", "cd", "caddesi", "sok", "sk", "sokak", "sokağı", "blv", "bulvarı", "bulvar", "yolu", "meydanı"}

// trUnitWords introduce a house's or a flat's number.
var trUnitWords = []string{"no", "daire", "d", "kat", "k", "blok", "bina", "kapı"}

// trAddressAt reads the address whose neighbourhood's word is the word
// t[start:end] and adds it.
func (s *state) trAddressAt(start, end int) {
	t := s.text
	// The neighbourhood's name: one or two capitalised words before its
	// word, or a number ("100. Yıl Mah.").
	a := start
	for k := 0; k < 2; k++ {
		p := cyrBackSpaces(t, a)
		if p == a || p == 0 {
			break
		}
		x := p
		if t[x-1] == '.' {
			x-- // "100. Yıl"
		}
		w := cyrBack(t, x, cyrPartRune)
		if w == x {
			break
		}
		if _, upper := cyrWordAt(t, w); !upper || cyrIsWord(t, w, x, trCueWords) {
			break
		}
		a = w
	}
	if a == start {
		return // "mah" alone names no neighbourhood
	}
	// After it: the street's words and designator, the house's and the
	// flat's numbers.
	p := cyrSkip(t, end, true)
	if p < len(t) && t[p] == ',' {
		p = cyrSkip(t, p+1, false)
	}
	last, road, house, places := end, false, false, 0
	for k := 0; k < 10 && p < len(t); k++ {
		e, upper := cyrWordAt(t, p)
		if e == p {
			break
		}
		switch {
		case cyrIsWord(t, p, e, trRoadWords):
			road = true
			last = e
			if e < len(t) && t[e] == '.' {
				last = e + 1
			}
		case cyrIsWord(t, p, e, trUnitWords) && (road || house || k == 0 || strings.EqualFold(t[p:e], "no")):
			q := e
			if q < len(t) && (t[q] == ':' || t[q] == '.') {
				q++
			}
			q = cyrSkip(t, q, false)
			n := cyrNumberAt(t, q)
			if n == q {
				k = 10
				continue
			}
			house = true
			last = n
			e = n
		case isDigit(t[p]):
			// A numbered street ("1203. Sok.", "1453 Sk.") or a postcode
			// of five digits before the place, which a period ends
			// ("Çankaya Ankara 06690. Tel ...").
			if n := cyrSkip(t, e, true); n > e && n < len(t) && e-p <= 5 {
				if e2, _ := cyrWordAt(t, n); e2 > n && cyrIsWord(t, n, e2, trRoadWords) {
					last = e
					if t[e] == '.' {
						last = e + 1
					}
					break
				}
			}
			if e-p == 5 && (road || house) {
				last = e
				if e < len(t) && t[e] == '.' {
					k = 10
					continue
				}
				break
			}
			k = 10
			continue
		case upper:
			// A street's or a place's name.
			if !road && !house {
				last = e // the street's name before its designator
				break
			}
			// The district and the city after the house: "Kadıköy/İstanbul",
			// "Çankaya / Ankara", "Bahçelievler İstanbul"; a sentence's
			// period ends them.
			if places++; places > 3 {
				k = 10
				continue
			}
			last = e
			if e < len(t) && t[e] == '.' {
				k = 10
				continue
			}
		default:
			k = 10
			continue
		}
		q := e
		if q < len(t) && t[q] == '.' {
			q++
		}
		q = cyrSkip(t, q, false)
		if q < len(t) && (t[q] == ',' || t[q] == '/' || t[q] == '-') {
			comma := t[q] == ','
			q = cyrSkip(t, q+1, false)
			if comma && places > 0 {
				// After the place a comma goes on to a postcode only:
				// "..., 25100 Yakutiye/Erzurum, GSM: ...".
				if e2, _ := cyrWordAt(t, q); e2-q != 5 || !isDigit(t[q]) {
					break
				}
			}
		}
		if q == e {
			break
		}
		p = q
	}
	if !road && !house {
		return
	}
	s.trTo = last
	s.add(cand{start: a, end: last, typ: TypeStreetAddress, rec: "turkish_address", score: 0.85})
}

// trCueWords stand before an address and are none of its names.
var trCueWords = []string{"adres", "adresi", "adresim", "adresimiz", "teslimat", "fatura", "address", "to"}
