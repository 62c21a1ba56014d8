package redact

import "strings"

// hexAddr recognizes an IPv6 address (with an embedded IPv4 tail, a zone
// and a prefix length) or a MAC address at i.
func (s *state) hexAddr(i int) int {
	if end := s.mac(i); end > 0 {
		return end
	}
	return s.ipv6(i)
}

// hexAddrAt reports whether hexAddr may find an address at i, where a
// run of hex digits ends at h: a MAC address opens with two of them and
// ':' or '-', or with four and '.'; an IPv6 address with at most four
// and ':'. A date ("2019-09-08") or an IPv4 address ("10.1.2.3") is
// passed over without a parse.
func hexAddrAt(t string, i, h int) bool {
	if h >= len(t) {
		return false
	}
	switch t[h] {
	case ':':
		return h-i <= 4
	case '-':
		return h-i == 2
	case '.':
		return h-i == 4
	}
	return false
}

// mac: six pairs of hex digits joined by ':' or '-', or three quads joined
// by '.'. All-zero and broadcast addresses are not personal. Six pairs
// taken from a longer chain ("12:34:56:78:90:12:34", a timecode or a
// list) are no address: the chain may go on neither before nor after.
func (s *state) mac(i int) int {
	t := s.text
	n := len(t)
	if i >= 2 && (t[i-1] == ':' || t[i-1] == '-' || t[i-1] == '.') {
		k := i - 1
		for k > 0 && isHex(t[k-1]) {
			k--
		}
		if k < i-1 && (k == 0 || !isAlnum(t[k-1])) {
			return 0
		}
	}
	hexRun := func(p, l int) bool {
		if p+l > n {
			return false
		}
		for k := p; k < p+l; k++ {
			if !isHex(t[k]) {
				return false
			}
		}
		return true
	}
	end := 0
	if i+17 <= n && hexRun(i, 2) && (t[i+2] == ':' || t[i+2] == '-') {
		sep := t[i+2]
		ok := true
		for k := 0; k < 6; k++ {
			p := i + 3*k
			if !hexRun(p, 2) || k < 5 && t[p+2] != sep {
				ok = false
				break
			}
		}
		if ok {
			end = i + 17
		}
	} else if i+14 <= n && hexRun(i, 4) && t[i+4] == '.' && hexRun(i+5, 4) && t[i+9] == '.' && hexRun(i+10, 4) {
		end = i + 14
	}
	if end == 0 || end < n && (isAlnum(t[end]) || (t[end] == ':' || t[end] == '-' || t[end] == '.') && end+1 < n && isHex(t[end+1])) {
		return 0
	}
	zero, ff, digits := true, true, true
	for k := i; k < end; k++ {
		if isHex(t[k]) {
			if t[k] != '0' {
				zero = false
			}
			if t[k] != 'f' && t[k] != 'F' {
				ff = false
			}
			digits = digits && isDigit(t[k])
		}
	}
	if zero || ff {
		return end
	}
	// Six pairs of decimal digits joined by hyphens are a list as often
	// ("steps 10-20-30-40-50-60", "sizes 36-38-40-42-44-46"), and three
	// dotted groups of four a reference ("naheffingsaanslag nr.
	// 2024.0081.7732", session 67); twelve hex digits of an address are
	// all decimal about once in 300, so only a MAC word admits those
	// shapes.
	if partNumberBefore(t, i) {
		return end // "part number 4C-2F-90-A1-07-3E", "P/N 00:1A:C2:7B:00:47"
	}
	need := digits && (t[i+2] == '-' || t[i+4] == '.')
	s.add(cand{start: i, end: end, typ: TypeMACAddress, rec: "mac_address", score: 0.9, boost: gMAC, need: need})
	return end
}

// partNumberBefore reports whether a part's number labels the value at
// start, past spaces and one ':' or '=': "part number", "part no",
// "P/N", "PN", "SKU". A vendor prints part numbers in a MAC's shape on
// its stickers and quotes.
func partNumberBefore(t string, start int) bool {
	q := labelEnd(t, start)
	if q >= 3 && strings.EqualFold(t[q-3:q], "p/n") && (q == 3 || !wordByteAt(t, q-4)) {
		return true
	}
	var buf [8]byte
	a, w := foldedWordBefore(t, q, "", buf[:0])
	switch string(w) {
	case "pn", "sku":
		return true
	case "number", "no", "nr":
		_, w = foldedWordBefore(t, a, " ", buf[:0])
		return string(w) == "part"
	}
	return false
}

// bareMAC looks, after a MAC word at p ("MAC", "MAC-Adresse:", "mac
// address"), for twelve hex digits written without separators, as a
// router's label prints them ("3C52824A1F9E"). Without the word such a
// run is as likely a hash or a serial, so only the word admits it. The
// run needs a digit and a letter: twelve digits are a phone's or an
// order's shape.
func (s *state) bareMAC(p int) {
	t := s.text
	n := len(t)
	q, _ := joinersAfter(t, p, ":=-", macJoiner)
	end := q + 12
	if q == p || end > n || end < n && isAlnum(t[end]) {
		return
	}
	letter, digit, ff := false, false, true
	for k := q; k < end; k++ {
		c := t[k]
		switch {
		case isDigit(c):
			digit = true
		case isHex(c):
			letter = true
		default:
			return
		}
		ff = ff && (c == 'f' || c == 'F')
	}
	if !letter || !digit || ff {
		return
	}
	s.add(cand{start: q, end: end, typ: TypeMACAddress, rec: "mac_address", score: 0.85, boost: gMAC})
}

// macJoiner reports whether w, folded to lower case, may stand between
// a MAC word and its value: "MAC address is", "MAC-Adresse ist".
func macJoiner(w string) bool {
	switch w {
	case "address", "addr", "adresse", "adres", "is", "ist", "est", "es", "è", "é",
		"dirección", "direccion", "indirizzo", "endereço", "endereco":
		return true
	}
	return false
}

// joinersAfter passes over what stands between a label's word ending at
// p and its value, in at most four steps: spaces, the bytes of seps, and
// a word of fewer than ten bytes that joiner accepts once folded (see
// foldBytes). It returns where the value may start, and whether a byte
// of seps other than a bracket or a joiner's word was passed over: a
// label's sign that the value follows ("Pass-Nr.", "Pass: ").
func joinersAfter(t string, p int, seps string, joiner func(string) bool) (q int, joined bool) {
	n := len(t)
	q = p
	for steps := 0; q < n && steps < 4; steps++ {
		for q < n {
			if w := spaceAt(t, q); w > 0 {
				q += w
			} else if c := t[q]; strings.IndexByte(seps, c) >= 0 {
				joined = joined || c != '(' && c != ')'
				q++
			} else {
				break
			}
		}
		w := q
		for wordByteAt(t, w) && w-q < 14 {
			w++
		}
		var low [14]byte
		if w == q || !joiner(string(foldBytes(low[:0], t[q:w]))) {
			break
		}
		// Capitals glued to a digit open a code, not a label: the Dutch
		// passport "NR8K4JL72" (session 59), not "NR" and "8K4JL72".
		if w < n && isDigit(t[w]) && isUpperByte(t[q]) && isUpperByte(t[w-1]) {
			break
		}
		q, joined = w, true
	}
	return q, joined
}

// ipv6 parses RFC 4291 text forms: eight groups, or fewer with one "::",
// optionally ending in a dotted IPv4 address, then "%zone" and "/prefix".
func (s *state) ipv6(i int) int {
	t := s.text
	n := len(t)
	p := i
	groups := 0
	double := false
	if i > 0 && (isAlnum(t[i-1]) || t[i-1] == ':') {
		return 0
	}
	if p+1 < n && t[p] == ':' && t[p+1] == ':' {
		if p+2 < n && t[p+2] == ':' {
			return 0
		}
		double = true
		p += 2
	}
	for groups < 8 {
		q := p
		for uint(q) < uint(n) && isHex(t[q]) && q-p < 5 { // (unsigned: no bounds check)
			q++
		}
		if q == p {
			break
		}
		if q-p > 4 {
			return 0
		}
		// An IPv4 tail takes the place of two groups.
		if q < n && t[q] == '.' && q+1 < n && isDigit(t[q+1]) && allDigitBytes(t[p:q]) && groups <= 6 && (double || groups == 6) {
			if e := ipv4At(t, p); e > 0 {
				groups += 2
				p = e
				break
			}
			return 0
		}
		groups++
		p = q
		if p+1 < n && t[p] == ':' && t[p+1] == ':' {
			if double {
				return 0
			}
			double = true
			p += 2
			continue
		}
		if p+1 < n && t[p] == ':' && isHex(t[p+1]) {
			p++
			continue
		}
		break
	}
	if !double && groups != 8 || double && groups > 7 {
		return 0
	}
	if p < n && (isAlnum(t[p]) || t[p] == ':' && p+1 < n && t[p+1] == ':') {
		return 0
	}
	if p < n && t[p] == ':' && p+1 < n && isHex(t[p+1]) {
		return 0
	}
	score := 0.9
	if groups == 0 {
		score = 0.1 // "::" alone
	}
	if p+1 < n && t[p] == '%' && isAlnum(t[p+1]) {
		p++
		for p < n && isAlnum(t[p]) {
			p++
		}
	}
	p = cidr(t, p, 128)
	s.add(cand{start: i, end: p, typ: TypeIPAddress, rec: "ip_address", score: score, boost: gIP})
	return p
}

// ipv4At returns the end of a dotted IPv4 address at p, or 0.
func ipv4At(t string, p int) int {
	n := len(t)
	for k := 0; k < 4; k++ {
		q := p
		v := 0
		for q < n && isDigit(t[q]) && q-p < 4 {
			v = v*10 + int(t[q]-'0')
			q++
		}
		if q == p || q-p > 3 || v > 255 {
			return 0
		}
		p = q
		if k < 3 {
			if p >= n || t[p] != '.' {
				return 0
			}
			p++
		}
	}
	if p < n && (isAlnum(t[p]) || t[p] == '.' && p+1 < n && isDigit(t[p+1])) {
		return 0
	}
	return p
}
