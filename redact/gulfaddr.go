package redact

// Delivery addresses as the Gulf writes them (session 68): a villa's,
// a flat's or a building's number, then its street, way, road, block or
// zone (numbers more often than names), an area or a tower, each after
// a comma, and last the emirate, the town or the country: "Villa 23,
// Street 14b, Al Barsha 2, Dubai", "Flat 21, Bldg 2286, Road 3640,
// Block 336, Adliya, Bahrain", "House 1145, Way 3021, Al Khuwair,
// Muscat". The street reader sees no street in them. The place's name
// (gGulfPlace) runs gulfAddressAt, which reads the parts back from it.

// gulfPlaceWords are the emirates', the Gulf towns' and countries' names
// that end such an address.
var gulfPlaceWords = map[string][]string{
	"en": {"dubai", "abu dhabi", "sharjah", "ajman", "umm al quwain", "ras al khaimah", "fujairah", "al ain", "doha", "al wakrah", "al rayyan", "lusail",
		"muscat", "salalah", "sohar", "manama", "muharraq", "riffa", "bahrain", "kuwait city", "salmiya", "hawalli", "riyadh", "jeddah", "dammam", "al khobar", "khobar"},
}

// gulfUnitWords open such an address before the unit's number.
var gulfUnitWords = setOf("villa", "flat", "apartment", "apt", "house", "building", "bldg", "office", "shop")

// gulfPartWords name the numbered parts that may come before the unit
// in an address of its own parts alone ("Block 4, Street 12, Avenue 3,
// House 27, Salmiya").
var gulfPartWords = setOf("block", "zone", "street", "avenue", "road", "way", "sector", "area")

// gulfAddressAt reads the address that the place's name t[start:end]
// ends: at most eight parts before it, each after a comma and within 48
// bytes, of which the first ends in a unit's word and number and the
// others start with a capital or a digit, and up to four numbered parts
// before that first one. The reading looks back at most 500 bytes from
// each place's name, so it stays linear.
func (s *state) gulfAddressAt(start, end int) {
	t := s.text
	p := start
	for p > 0 && start-p < 3 && t[p-1] == ' ' {
		p--
	}
	if p == 0 || t[p-1] != ',' {
		return
	}
	comma := p - 1
	for k := 0; k < 8; k++ {
		a, whole := gulfPartBack(t, comma, 48)
		if !whole {
			return
		}
		if u := gulfUnitAt(t, a, comma); u >= 0 {
			// Numbered parts before it: "Flat 21, Bldg 2286, ...",
			// "Block 4, Street 12, Avenue 3, House 27, Salmiya".
			for n := 0; n < 4 && u == gulfPartStart(t, a, comma) && a > 0 && t[a-1] == ','; n++ {
				b, _ := gulfPartBack(t, a-1, 24) // the unit's word and number end the part
				v := gulfUnitAt(t, b, a-1)
				if v < 0 {
					break
				}
				u, a, comma = v, b, a-1 // a unit after words ("its Villa 23") is the first part
			}
			s.add(cand{start: u, end: gulfPostcode(t, end), typ: TypeStreetAddress, rec: "gulf_address", score: 0.9})
			return
		}
		if b := gulfPartStart(t, a, comma); b == comma || !(isUpperByte(t[b]) || isDigit(t[b])) || a == 0 || t[a-1] != ',' {
			return
		}
		comma = a - 1
	}
}

// gulfPartBack returns where the part of the address that ends at the
// comma or place's name at e starts (after the comma before it or the
// mark that ends a sentence), and whether it is shorter than limit
// bytes; a longer one is cut to its last limit bytes.
func gulfPartBack(t string, e, limit int) (int, bool) {
	a := e
	for a > 0 && e-a < limit && !gulfPartStop(t, a-1) {
		a--
	}
	return a, e-a < limit
}

// gulfPartStop reports whether the byte at i ends a part of the address
// before it: a comma, a line's end, a sentence's mark, or a period after
// a word of five letters or more ("behind the mosque."; "Dist." and
// "Rd." are abbreviations).
func gulfPartStop(t string, i int) bool {
	switch t[i] {
	case ',', '\n', '!', '?', ';', ':', '(', ')':
		return true
	case '.':
		n := 0
		for j := i - 1; j >= 0 && isLetter(t[j]); j-- {
			n++
		}
		return n >= 5 || n == 0
	}
	return false
}

// gulfUnitAt returns where the unit's word starts when the part
// t[a:e] ends in a unit's word and its number ("its Villa 23", "to
// Building 45"), or -1.
func gulfUnitAt(t string, a, e int) int {
	for e > a && t[e-1] == ' ' {
		e--
	}
	n := e
	for n > a && isAlnum(t[n-1]) {
		n--
	}
	if e-n < 1 || e-n > 6 || !isDigit(t[n]) {
		return -1
	}
	w := n
	for w > a && t[w-1] == ' ' {
		w--
	}
	if w == n {
		return -1
	}
	if w > a && t[w-1] == '.' {
		w-- // "Apt. 5"
	}
	u := w
	for u > a && isLetter(t[u-1]) {
		u--
	}
	if u == w || u > a && isAlnum(t[u-1]) {
		return -1
	}
	var low [12]byte
	if w-u > len(low) || !gulfUnitWords[string(lowerASCII(low[:0], t[u:w]))] && !(u == gulfPartStart(t, a, e) && gulfPartWords[string(lowerASCII(low[:0], t[u:w]))]) {
		return -1
	}
	return u
}

// gulfPartStart returns where the part t[a:e] starts past its spaces.
func gulfPartStart(t string, a, e int) int {
	for a < e && t[a] == ' ' {
		a++
	}
	return a
}

// gulfPostcode returns the end of a Saudi postcode after the place's
// name at e ("Jeddah 23432-7654"), or e.
func gulfPostcode(t string, e int) int {
	if e+6 > len(t) || t[e] != ' ' {
		return e
	}
	q := e + 1
	for q < len(t) && q-e <= 5 && isDigit(t[q]) {
		q++
	}
	if q-e-1 != 5 {
		return e
	}
	if q+5 <= len(t) && t[q] == '-' && allDigits(t[q+1:q+5]) && (q+5 == len(t) || !isDigit(t[q+5])) {
		return q + 5
	}
	if q < len(t) && isDigit(t[q]) {
		return e
	}
	return q
}
