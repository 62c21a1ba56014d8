package redact

import "strings"

// Indian addresses read back from their end: the state and the PIN code
// that close them. Many open with no house number and no unit that the
// street readers start from, but with a locality, a lane or a landmark
// ("Lower Sichey, Near Forest Colony, Gangtok, Sikkim 737101", "Gali no
// 4, Makan no 213, Krishna Nagar, Bhajanpura, Delhi 110053"), or with a
// locality before the house ("Upper Republic Veng, House No. D-44,
// Aizawl, Mizoram 796005"), where the readers started at the house and
// left the locality out. The PIN code's first digit names its postal
// zone, which must be the state's: "Sikkim 737101" closes an address,
// "Sikkim 237101" does not.

// inState is a state or union territory of India and the first digit of
// its PIN codes.
type inState struct {
	name string
	zone byte
}

// inStates holds India's states and union territories as addresses
// write them before the PIN code ("Mizoram 796005"), with the first
// digit of their PIN codes, the postal zone: 1 for the north (Delhi,
// Haryana, Punjab, Himachal Pradesh, Jammu and Kashmir, Ladakh,
// Chandigarh), 2 for Uttar Pradesh and Uttarakhand, 3 for the west
// (Rajasthan, Gujarat), 4 for Maharashtra, Goa, Madhya Pradesh and
// Chhattisgarh, 5 for the south's Telangana, Andhra Pradesh and
// Karnataka, 6 for Tamil Nadu, Kerala, Puducherry and Lakshadweep, 7 for
// the east and the north-east (West Bengal, Odisha, Assam, Sikkim, the
// seven sister states, the Andaman and Nicobar Islands), 8 for Bihar and
// Jharkhand.
var inStates = []inState{
	{"delhi", '1'}, {"new delhi", '1'}, {"haryana", '1'}, {"punjab", '1'}, {"himachal pradesh", '1'},
	{"jammu and kashmir", '1'}, {"jammu & kashmir", '1'}, {"ladakh", '1'}, {"chandigarh", '1'},
	{"uttar pradesh", '2'}, {"uttarakhand", '2'},
	{"rajasthan", '3'}, {"gujarat", '3'},
	{"maharashtra", '4'}, {"goa", '4'}, {"madhya pradesh", '4'}, {"chhattisgarh", '4'},
	{"telangana", '5'}, {"andhra pradesh", '5'}, {"karnataka", '5'},
	{"tamil nadu", '6'}, {"kerala", '6'}, {"puducherry", '6'}, {"pondicherry", '6'}, {"lakshadweep", '6'},
	{"west bengal", '7'}, {"odisha", '7'}, {"orissa", '7'}, {"assam", '7'}, {"sikkim", '7'},
	{"arunachal pradesh", '7'}, {"nagaland", '7'}, {"manipur", '7'}, {"mizoram", '7'},
	{"tripura", '7'}, {"meghalaya", '7'}, {"andaman and nicobar islands", '7'},
	{"bihar", '8'}, {"jharkhand", '8'},
}

// inStateBefore returns the first token of the state of India that ends
// at token k, on the PIN code's line, whose postal zone is zone, or -1.
// The state's words are looked for as they are written, one space apart.
func (s *entScanner) inStateBefore(k int, zone byte) int {
	for a := k; a >= 0 && a > k-4; a-- {
		t := &s.toks[a]
		if t.kind == etPunct && t.c != '&' || t.kind == etNum {
			return -1
		}
		w := s.text[t.s:s.toks[k].e]
		for _, st := range inStates {
			if len(st.name) == len(w) && st.zone == zone && strings.EqualFold(st.name, w) {
				return a
			}
		}
		if t.f&efNL != 0 {
			return -1
		}
	}
	return -1
}

// inPinStateAt returns the first token of the state before the PIN code
// at number token p, with a comma or a dash between them or nothing
// ("Sikkim 737101", "Delhi - 110053"), or -1.
func (s *entScanner) inPinStateAt(p int) int {
	t := &s.toks[p]
	if t.kind != etNum || t.e-t.s != 6 || p < 1 || t.f&efNL != 0 || s.text[t.s] == '0' || s.text[t.s] == '9' {
		return -1
	}
	// A PIN code ends its number: "Sikkim 737101 45" is none.
	if p+1 < len(s.toks) && (s.toks[p+1].kind == etNum && s.toks[p+1].f&efNL == 0 || s.glued(p+1) && s.toks[p+1].kind != etPunct) {
		return -1
	}
	k := p - 1
	if s.punct(k, ',') || s.spacedDash(k) {
		k--
	}
	if k < 0 || s.toks[k].kind != etWord {
		return -1
	}
	return s.inStateBefore(k, s.text[t.s])
}

// inChainAt reads an Indian address back from the PIN code at number
// token p: the state before it, and before a comma two to six parts that
// commas part, localities, lanes, landmarks and houses ("Gali no 4",
// "Near Forest Colony", "House No. D-44"), up to a word in lower case, a
// line's start or punctuation other than a comma. It returns the first
// token of the address, or -1.
func (s *entScanner) inChainAt(p int) int {
	st := s.inPinStateAt(p)
	if st < 2 || !s.punct(st-1, ',') {
		return -1
	}
	a, parts := s.inPartsBefore(st-1, 6)
	if parts < 2 {
		return -1
	}
	// "MH-12, Pune, Maharashtra 411001": a vehicle registration's state
	// and district before the town they stand for names no house
	// (registrationCode, placesOnly).
	if s.registrationCode(a) && s.punct(a+1, ',') && s.placesOnly(a+2, p+1) {
		return -1
	}
	return a
}

// inPartsBefore returns the first token of the parts of an Indian
// address that end at the comma at token c, up to max of them, and how
// many there are; with none, c+1. A part that reads as a person's name,
// a greeting or a sign-off ends them ("Hi Rahul, Krishna Nagar, ...").
func (s *entScanner) inPartsBefore(c, max int) (int, int) {
	a, parts := c+1, 0
	for parts < max && s.punct(c, ',') && s.toks[c].f&efNL == 0 {
		b := s.inPartBefore(c)
		if b < 0 {
			break
		}
		a, parts = b, parts+1
		if s.toks[b].f&efNL != 0 {
			break // a line's start opens the address
		}
		c = b - 1
	}
	return a, parts
}

// inPartBefore returns the first token of a part of an Indian address
// that ends before the comma at token c, or -1: up to eight tokens on a
// line, words from a capital ("Krishna Nagar", "Upper Republic Veng"),
// numbers of up to five digits, codes ("D-44", "2nd"), "no" before a
// number as Hindi and English write a lane's or a house's ("Gali no 4",
// "Makan no 213", "House No. D-44") and the landmark's words ("near",
// "opp"); a period only after an abbreviation of three letters or less
// ("No.", "Opp."). A part opens after a word in lower case or
// punctuation, which end it.
func (s *entScanner) inPartBefore(c int) int {
	b, words := c, 0
	for m := c - 1; m >= 0 && m > c-9; m-- {
		if !s.inPartToken(m) {
			break
		}
		b = m
		if s.toks[m].kind == etWord {
			words++
		}
		if s.toks[m].f&efNL != 0 {
			break
		}
	}
	if b == c || words == 0 || s.toks[b].kind == etPunct || !s.inPartWords(b, c) {
		return -1
	}
	return b
}

// inPartToken reports whether token m may stand in a part of an Indian
// address (see inPartBefore).
func (s *entScanner) inPartToken(m int) bool {
	t := &s.toks[m]
	switch t.kind {
	case etNum:
		return t.e-t.s <= 5
	case etPunct:
		switch t.c {
		case '-', '/':
			// Inside a code or a door's number ("D-44", "12-5-31/A"); a
			// dash with spaces parts a label ("Address - ...").
			return s.glued(m) && s.glued(m+1)
		case '#', '&':
			return true
		case '.':
			// "No.", "Opp.": an abbreviation's period, no sentence's.
			return m > 0 && s.glued(m) && s.toks[m-1].kind == etWord && s.toks[m-1].e-s.toks[m-1].s <= 3
		}
		return false
	}
	if t.f&efUsed != 0 {
		return false
	}
	if t.f&(efCap|efDigit) != 0 {
		return true
	}
	// "no" before a number or a code: "Gali no 4", "House no D-44".
	if s.is(m, "no") {
		n := m + 1
		if s.punct(n, '.') {
			n++
		}
		return n < len(s.toks) && s.toks[n].f&efDigit != 0
	}
	return inLandmarkWords[string(s.fold(m))]
}

// inLandmarkWords holds the words in lower case that place an Indian
// address by a landmark inside one of its parts ("near Forest Colony",
// "opp. Bus Stand"): near, opposite and behind, with their
// abbreviations.
var inLandmarkWords = map[string]bool{"near": true, "nr": true, "opp": true, "opposite": true, "behind": true, "beside": true}

// inPartWords reports whether the words of the part [b, c) may be an
// address's: not a person's name of two or three words, which a given
// name opens and a surname ends ("Rahul Sharma"; "Krishna Nagar" ends in
// a locality's word), and no greeting's or sign-off's word ("Hi",
// "Thanks", "Regards", "Dear"), no title ("Mr") and no firm's ("Pvt",
// "Bank").
func (s *entScanner) inPartWords(b, c int) bool {
	// A landmark is often a firm's or a church's: "Near St. Mary's
	// Church", "Opp. SBI Bank".
	landmark := inLandmarkWords[string(s.fold(b))]
	for m := b; m < c; m++ {
		if s.toks[m].kind != etWord {
			continue
		}
		if s.relationMark(m) {
			return false // "Imran Ansari S/O Abdul Rasheed Ansari"
		}
		if s.toks[m].e-s.toks[m].s == 1 || m == b && landmark {
			continue // a house's letter ("12-5-31/A")
		}
		f := s.flags(m)
		if !landmark && f&(gzHonor|gzOrgSuffix|gzJobHead) != 0 || f&(gzStop|gzCue) == gzStop|gzCue {
			return false
		}
	}
	return !s.personPart(b, c)
}

// personPart reports whether the part [b, c) of an Indian address is a
// person's name: two to four words without digits, a given name the
// lists know first, and none a place's, a street's or a unit's word
// ("Priya Sharma", "Rahul Kumar Verma"; not "Krishna Nagar", "Rajiv
// Chowk").
func (s *entScanner) personPart(b, c int) bool {
	if n := c - b; n < 2 || n > 4 || s.flags(b)&gzFirst == 0 {
		return false
	}
	for m := b; m < c; m++ {
		if s.toks[m].kind != etWord || s.toks[m].f&efDigit != 0 || s.flags(m)&(gzPlace|gzStreetType|gzUnit) != 0 {
			return false
		}
	}
	return true
}

// inPinEnd reports whether the address that ends at token e ends in a
// PIN code after its state of India ("..., Aizawl, Mizoram 796005").
func (s *entScanner) inPinEnd(e int) bool {
	return e >= 3 && e <= len(s.toks) && s.inPinStateAt(e-1) >= 0
}

// inLocalitiesBefore returns the first token of the localities that
// commas part before an Indian address that starts at token a and ends in
// its state and PIN code at e, up to two ("Upper Republic Veng, House No.
// D-44, Aizawl, Mizoram 796005"), or a.
func (s *entScanner) inLocalitiesBefore(a, e int) int {
	if a < 2 || !s.punct(a-1, ',') || s.toks[a].f&efNL != 0 || !s.inPinEnd(e) {
		return a
	}
	if b, parts := s.inPartsBefore(a-1, 2); parts > 0 {
		return b
	}
	return a
}

// relationMark reports whether word token m opens a relation's mark
// that Indian forms write between two names, "S/O" (son of), "D/O"
// (daughter of), "W/O" (wife of) or "C/O" (care of): "Imran Ansari S/O
// Abdul Rasheed Ansari".
func (s *entScanner) relationMark(m int) bool {
	t := &s.toks[m]
	if t.e-t.s != 1 || !s.punct(m+1, '/') || !s.glued(m+1) || !s.glued(m+2) || !s.is(m+2, "o") {
		return false
	}
	switch s.text[t.s] | 0x20 {
	case 's', 'd', 'w', 'c':
		return true
	}
	return false
}
