package redact

import "strings"

// Japanese postal addresses after the postal mark "〒" and the seven
// digits of a postcode (session 75). Only an address follows the mark,
// which names the postcode, so it anchors the address as a street's
// word anchors a Western one: "〒530-0001 大阪府大阪市北区梅田3丁目4-12
// 梅田レジデンス805号室", "〒812-0011 福岡市博多区博多駅前3-22-8-605", and
// in romaji, which a customer writing English types: "〒150-0002
// Tokyo-to Shibuya-ku Shibuya 2-14-7, Grand Maison Shibuya 302".

// jpAddressName is the recognizer of Japanese addresses after "〒".
const jpAddressName = "jp_address"

// jpPostalMark is the postal mark, U+3012.
const jpPostalMark = "〒"

// jpFirmSite are the words of a building's name in Japanese that make
// the address a firm's, no person's: "center", "warehouse",
// "logistics", "returns", "head office", "branch", "sales office",
// "office", "joint-stock company", "limited company", "factory"
// ("〒272-0001 千葉県市川市二俣678-3 ミナト物流センター 返品係", where a
// shop sends its returns).
var jpFirmSite = []string{"センター", "倉庫", "物流", "返品", "本社", "支店", "営業所", "事務所", "株式会社", "有限会社", "工場"}

// jpUnits are the marks that end the number of a building, a flat or
// a floor glued after its digits: "805号室" (flat 805), "3号" (number
// 3), "5F" and "5階" (fifth floor), "2号館" (building 2).
var jpUnits = []string{"号室", "号館", "号", "室", "階", "F"}

// jpPostalAddresses reads the address after each postal mark of the
// text.
func (s *state) jpPostalAddresses() {
	t := s.text
	for off := 0; off < len(t); {
		k := strings.Index(t[off:], jpPostalMark)
		if k < 0 {
			return
		}
		p := off + k
		off = p + len(jpPostalMark)
		if end := jpPostalAddressEnd(t, p); end > 0 && !jpFirmBefore(t, p) {
			s.add(cand{start: p, end: end, typ: TypeStreetAddress, rec: jpAddressName, score: 0.85})
			off = end
		}
	}
}

// jpPostalAddressEnd returns the end of the address that the postal mark
// at t[p] opens, or 0: the postcode ("530-0001", "5300001"), then the
// address in Japanese script or in romaji, which must hold a number.
func jpPostalAddressEnd(t string, p int) int {
	i := jpSpaces(t, p+len(jpPostalMark))
	d := i
	for d < len(t) && isDigit(t[d]) {
		d++
	}
	switch {
	case d-i == 3 && d+5 <= len(t) && t[d] == '-' && allDigits(t[d+1:d+5]):
		d += 5
	case d-i != 7:
		return 0
	}
	if d < len(t) && isAlnum(t[d]) {
		return 0
	}
	i = jpSpaces(t, d)
	if sc, _ := cjkScriptAt(t, i); sc == cjkHan {
		return jpScriptAddressEnd(t, i)
	}
	if i < len(t) && t[i] >= 'A' && t[i] <= 'Z' {
		return jpRomajiAddressEnd(t, i)
	}
	return 0
}

// jpSpaces passes over the spaces at t[i], ASCII or full width, and
// returns where they end.
func jpSpaces(t string, i int) int {
	for i < len(t) {
		switch {
		case t[i] == ' ':
			i++
		case strings.HasPrefix(t[i:], "\u3000"):
			i += 3
		default:
			return i
		}
	}
	return i
}

// jpRunEnd returns the end of the run at t[i] of ideographs, kana,
// ASCII letters, digits and hyphens, which a space, a mark or the
// line's end closes, and the end of its last number with the unit glued
// to it (jpUnits), or i where it holds no digit: "梅田レジデンス805号室",
// "ライオンズ大通401です" (whose "です", is, stays out).
func jpRunEnd(t string, i int) (end, num int) {
	num = i
	for end = i; end < len(t); {
		c := t[end]
		if isDigit(c) {
			for end < len(t) && isDigit(t[end]) {
				end++
			}
			num = end
			for _, u := range jpUnits {
				if strings.HasPrefix(t[end:], u) {
					end += len(u)
					num = end
					break
				}
			}
			continue
		}
		if c < 0x80 {
			if !isLetter(c) && c != '-' {
				break
			}
			end++
			continue
		}
		sc, w := cjkScriptAt(t, end)
		if sc != cjkHan {
			break
		}
		end += w
	}
	return end, num
}

// jpScriptAddressEnd returns the end of the address in Japanese script
// at t[i], or 0: the run from the prefecture to the block's numbers
// ("大阪府大阪市北区梅田3丁目4-12"), cut after its last number, then,
// past one space, a building's name with its flat's number glued
// ("梅田レジデンス805号室", "ライオンズ大通401") or after one more space
// ("サンパレス大宮 1102"). A building that names a firm's site
// (jpFirmSite) makes the address a firm's: none.
func jpScriptAddressEnd(t string, i int) int {
	end, num := jpRunEnd(t, i)
	if num == i {
		return 0
	}
	last := num
	if num < end {
		return last // "...5-14の前"
	}
	b := jpSpaces(t, end)
	if b == end || b-end > 3 {
		return last
	}
	if sc, _ := cjkScriptAt(t, b); sc != cjkHan {
		return last
	}
	bend, bnum := jpRunEnd(t, b)
	if jpFirmWord(t[b:bend]) {
		return 0
	}
	switch {
	case bnum > b:
		last = bnum
	case bend > b:
		// A building's name, then its flat's number a space apart.
		n := jpSpaces(t, bend)
		if n == bend+1 && n < len(t) && isDigit(t[n]) {
			if e, m := jpRunEnd(t, n); m > n && (m == e || !isASCIILetter(t[m])) {
				last = m
			}
		}
	}
	return last
}

// jpFirmOwners are the words before a postal mark on its line that make
// the address a firm's: "joint-stock company", "limited company", their
// abbreviations, "seller", "issuer" ("販売元：株式会社ミナト家電 〒530-0001
// ...", a shop's footer).
var jpFirmOwners = []string{"株式会社", "有限会社", "(株)", "㈱", "販売元", "発行元"}

// jpFirmBefore reports whether the line before the postal mark at t[p]
// names a firm (jpFirmOwners), up to 90 bytes back.
func jpFirmBefore(t string, p int) bool {
	a := max(0, p-90)
	if nl := strings.LastIndexByte(t[a:p], '\n'); nl >= 0 {
		a += nl + 1
	}
	return holdsAny(t[a:p], jpFirmOwners)
}

// jpFirmWord reports whether the building's name w names a firm's site.
func jpFirmWord(w string) bool { return holdsAny(w, jpFirmSite) }

// holdsAny reports whether s holds one of parts, the words of a script
// that writes no spaces between them (Japanese's and Korean's firms'
// words, which a building's or a line's text holds glued).
func holdsAny(s string, parts []string) bool {
	for _, f := range parts {
		if strings.Contains(s, f) {
			return true
		}
	}
	return false
}

// jpRomajiAddressEnd returns the end of the address in romaji at t[i],
// or 0: capitalised words ("Tokyo-to Shibuya-ku Shibuya", "Aichi-ken
// Nagoya-shi Naka-ku Sakae"), then the block's numbers ("2-14-7",
// "3-18-6-1102"), then, after a comma, a building's name and its flat's
// number ("Grand Maison Shibuya 302").
func jpRomajiAddressEnd(t string, i int) int {
	words := 0
	k := i
	for k < len(t) && t[k] >= 'A' && t[k] <= 'Z' && words < 6 {
		e := k
		for e < len(t) && (isASCIILetter(t[e]) || t[e] == '-' && e+1 < len(t) && isASCIILetter(t[e+1])) {
			e++
		}
		words++
		if e >= len(t) || t[e] != ' ' && t[e] != ',' {
			return 0
		}
		k = e
		if t[k] == ',' {
			k++
		}
		if k >= len(t) || t[k] != ' ' {
			return 0
		}
		k++
	}
	if words == 0 || k >= len(t) || !isDigit(t[k]) {
		return 0
	}
	e := jpBlockEnd(t, k)
	if e == 0 {
		return 0
	}
	last := e
	// ", Grand Maison Shibuya 302": a building's words and its number.
	if e+2 < len(t) && t[e] == ',' && t[e+1] == ' ' && t[e+2] >= 'A' && t[e+2] <= 'Z' {
		k, n := e+2, 0
		for k < len(t) && t[k] >= 'A' && t[k] <= 'Z' && n < 4 {
			w := k
			for w < len(t) && isASCIILetter(t[w]) {
				w++
			}
			if w >= len(t) || t[w] != ' ' {
				return last
			}
			k, n = w+1, n+1
		}
		if n > 0 && k < len(t) && isDigit(t[k]) {
			d := k
			for d < len(t) && isDigit(t[d]) {
				d++
			}
			if d == len(t) || !isAlnum(t[d]) && t[d] != '-' {
				last = d
			}
		}
	}
	return last
}

// jpBlockEnd returns the end of the block's numbers at t[k], two to
// four numbers joined by hyphens ("2-14-7", "3-18-6-1102"), or 0.
func jpBlockEnd(t string, k int) int {
	parts := 0
	for {
		d := k
		for d < len(t) && isDigit(t[d]) {
			d++
		}
		if d == k || d-k > 5 {
			return 0
		}
		parts++
		if d+1 < len(t) && t[d] == '-' && isDigit(t[d+1]) && parts < 4 {
			k = d + 1
			continue
		}
		if parts < 2 || d < len(t) && (isAlnum(t[d]) || t[d] == '-') {
			return 0
		}
		return d
	}
}
