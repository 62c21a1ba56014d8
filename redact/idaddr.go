package redact

// Indonesian streets and housing estates (session 71). An Indonesian
// address opens with its street's or its estate's word and name, and
// between the name and the house's number it may give the alley off the
// street ("Jl. Tukad Badung Gg. XV No. 8"), the kilometre post of a long
// road ("Jl. Kaliurang Km 7,5 Gg. Pandega Marta No. 12"), the block of
// an estate ("Perum Griya Asri Blok C3 No. 15") or the block's code
// alone ("Jl. Pluit Karang Ayu B1 Utara No. 18"). The street reader
// (streetFromWord) takes up to five words before the number and none of
// these parts, and read the estates' names as people's. idStreetAt reads
// the street up to its number; the address's tail (RT/RW, "Kel.",
// "Kec.", the city and the postcode: addressTail) follows as for any
// street.

// idStreetWord reports whether the folded word w opens an Indonesian
// street or estate: "Jl.", "Jln.", "Jalan" (street), "Gg.", "Gang"
// (alley), "Perum", "Perumahan" (housing estate), "Komplek",
// "Kompleks", "Komp." (compound).
func idStreetWord(w []byte) bool {
	switch string(w) {
	case "jl", "jln", "jalan", "gg", "gang", "perum", "perumahan", "komplek", "kompleks", "komp":
		return true
	}
	return false
}

// idStreetAt returns the token after the house number of an Indonesian
// street or estate whose word is token i (see the file's comment), or 0.
// The number follows "No." ("No. 41", "Nomor 7") or the last part of the
// name at a clause's end ("Gg. Melati II 5,"), on the line, within
// sixteen tokens; the name has a capitalised word.
func (s *entScanner) idStreetAt(i int) int {
	n := len(s.toks)
	t := &s.toks[i]
	if t.kind != etWord || t.f&efCap == 0 || t.e-t.s > 9 || !idStreetWord(s.fold(i)) {
		return 0
	}
	j := i + 1
	if s.punct(j, '.') && s.glued(j) {
		j++
	}
	// An address in capitals ("JL. KEBON JERUK RAYA NO. 27 RT 005/RW
	// 008 KEL. ...") often lacks the commas its tail needs: the street
	// reader reads it.
	if j < n && s.toks[j].f&efAllCap != 0 && s.toks[j].e-s.toks[j].s > 3 {
		return 0
	}
	words := 0
	for j < n && j < i+16 && s.toks[j].f&efNL == 0 {
		t := &s.toks[j]
		if t.kind == etNum {
			// A number after the name alone: the house's when the
			// clause ends after it.
			if words == 0 {
				return 0
			}
			if h := s.houseNumber(j); h > 0 && s.tailEndsAt(j+h) {
				return j + h
			}
			return 0
		}
		if t.kind != etWord {
			return 0
		}
		w := s.fold(j)
		switch string(w) {
		case "no", "nomor":
			// "No. 41", "No 7", "Nomor 12B".
			k := j + 1
			if s.punct(k, '.') && s.glued(k) {
				k++
			}
			if words == 0 || k >= n || s.toks[k].f&efNL != 0 {
				return 0
			}
			if h := s.houseNumber(k); h > 0 {
				return k + h
			}
			return 0
		case "gg", "gang":
			// The alley off the street, whose name follows.
			if words == 0 {
				return 0
			}
			j++
			if s.punct(j, '.') && s.glued(j) {
				j++
			}
			continue
		case "km":
			// The kilometre post: "Km 7", "Km 7,5", "Km. 12".
			k := j + 1
			if s.punct(k, '.') && s.glued(k) {
				k++
			}
			if words == 0 || k >= n || s.toks[k].kind != etNum {
				return 0
			}
			k++
			if k+1 < n && s.punct(k, ',') && s.glued(k) && s.toks[k+1].kind == etNum && s.glued(k+1) {
				k += 2
			}
			j = k
			continue
		case "blok", "blk":
			// The estate's block and its code: "Blok C3", "Blok A 12"
			// (then "No." or the number follows).
			k := j + 1
			if s.punct(k, '.') && s.glued(k) {
				k++
			}
			if words == 0 || k >= n || s.toks[k].f&efNL != 0 || s.toks[k].kind != etWord || s.toks[k].e-s.toks[k].s > 4 || s.toks[k].f&efCap == 0 {
				return 0
			}
			j = k + 1
			continue
		}
		switch {
		case t.f&efDigit != 0:
			// A block's code in the name: "B1", "C3" (capitals, then
			// digits).
			if words == 0 || !blockCode(s.text[t.s:t.e]) {
				return 0
			}
		case t.f&efCap != 0:
			if s.flags(j)&(gzStop|gzCue) != 0 && !s.romanNumeral(j, true) {
				return 0
			}
			words++
		default:
			return 0
		}
		j++
	}
	return 0
}

// blockCode reports whether w is a block's code as Indonesian estates
// write them: one or two capitals, then one to three digits ("B1",
// "C3", "AA12").
func blockCode(w string) bool {
	l := 0
	for l < len(w) && l < 2 && w[l] >= 'A' && w[l] <= 'Z' {
		l++
	}
	d := len(w) - l
	return l > 0 && d >= 1 && d <= 3 && allDigits(w[l:])
}

// balineseOrder are the words of a Balinese name after its "I" or "Ni"
// that tell the child's order of birth ("Wayan", "Putu", "Gede" the
// first, "Made", "Kadek", "Nengah" the second, "Nyoman", "Komang" the
// third, "Ketut" the fourth), a girl ("Luh") or a noble ("Gusti").
var balineseOrder = setOf("wayan", "putu", "gede", "made", "kadek", "nengah", "nyoman", "komang", "ketut", "luh", "gusti")

// balineseOpen reports whether token k opens a Balinese name: "I" or
// "Ni" before a word of balineseOrder on its line ("I Made Wirawan",
// "Ni Luh Putu Ayu Sukmawati", "Ni Kadek Dewi").
func (s *entScanner) balineseOpen(k int) bool {
	t := &s.toks[k]
	if k+1 >= len(s.toks) || t.kind != etWord || t.e-t.s > 2 || s.text[t.s] != 'I' && s.text[t.s] != 'N' || s.toks[k+1].f&(efCap|efNL) != efCap {
		return false
	}
	if w := s.text[t.s:t.e]; w != "I" && w != "Ni" && w != "NI" {
		return false
	}
	return s.toks[k+1].kind == etWord && balineseOrder[string(s.fold(k+1))]
}
