package redact

import (
	"strings"
	"unicode/utf8"
)

// Korean road-name addresses in Hangul (session 75), written from the
// province to the flat with spaces between the parts: the province or
// metropolitan city, the city, district or county ("서울특별시 강남구",
// "경기도 성남시 분당구"), the road ("역삼로23길", "해운대해변로"), the
// building's number, then the building, its block and its flat ("108동
// 1903호"), a floor ("7층") and the postcode or the neighbourhood in
// brackets: "서울특별시 강남구 역삼로23길 18, 302호 (06236)", "부산광역시
// 해운대구 해운대해변로 264, 108동 1903호". The older lot-number form
// reads the same with a neighbourhood and "번지" for the road: "경기도
// 성남시 분당구 정자동 178-1번지 파크뷰 105동 1203호". The road's word
// before a number anchors the address; the places before it must be two
// or more, the first a province or a city, which words that end as a
// place's name does ("친구", a friend; "정도", about) are not, and the
// road's word no noun glued to "으로" (towards: "저쪽으로 3 번").

// koAddressName is the recognizer of Korean addresses in Hangul.
const koAddressName = "ko_address"

// koProvinces are the short names of the provinces and metropolitan
// cities, which an address may open with in place of the full one:
// "서울 송파구 올림픽로35가길 10", "경기 고양시 일산동구 ...".
var koProvinces = setOf("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주")

// koFirmOwners are the words up to about forty characters before an
// address that make it a firm's: "joint-stock company", its
// abbreviation, "business (registration)", "mail-order business
// (report)", "trade name" ("[상호] 주식회사 한빛커머스 | 사업자등록번호
// ... [주소] 서울특별시 강남구 테헤란로 427, 9층", a shop's footer).
var koFirmOwners = []string{"주식회사", "(주)", "사업자", "통신판매", "상호"}

// koFirmSites are the words right before an address or in its
// building's name that make it a firm's site: "center", "head office",
// "branch", "store", "logistics", "return address" ("서비스센터 주소는
// 서울특별시 영등포구 여의대로 128 2층", "덕평로 811 물류센터 2층").
var koFirmSites = []string{"센터", "본사", "지점", "매장", "물류", "반품지"}

// koreanAddresses reads the addresses of the text at their roads: a
// number a space after a word that ends in "로" or "길" (a road) or, with
// "번지" after the number, in "동" or "리" (a neighbourhood's lot).
func (s *state) koreanAddresses() {
	t := s.text
	for i := max(s.firstDigit, 4); i < len(t); i++ {
		if !isDigit(t[i]) || t[i-1] != ' ' {
			continue
		}
		lot := false
		switch t[i-4 : i-1] {
		case "로", "길":
		case "동", "리":
			lot = true
		default:
			continue
		}
		if end := s.koreanAddressAt(i-1, i, lot); end > i {
			i = end
		}
	}
}

// koreanAddressAt reads the address whose road's word ends at t[r] and
// whose building's number starts at t[n], adds it and returns its end,
// or returns 0.
func (s *state) koreanAddressAt(r, n int, lot bool) int {
	t := s.text
	road := koWordStart(t, r)
	if road == r || utf8.RuneCountInString(t[road:r]) < 2 {
		return 0
	}
	// The places before the road: "서울특별시 강남구", "경기도 성남시 분당구".
	a, places := road, 0
	for a > 0 && t[a-1] == ' ' {
		w := koWordStart(t, a-1)
		if w == a-1 || !koPlaceWord(t[w:a-1]) {
			break
		}
		a, places = w, places+1
	}
	if places < 2 || !koProvinceWord(t[a:koWordEnd(t, a)]) || strings.HasSuffix(t[road:r], "으로") {
		return 0
	}
	e := n
	for e < len(t) && isDigit(t[e]) {
		e++
	}
	if e+1 < len(t) && t[e] == '-' && isDigit(t[e+1]) {
		e++
		for e < len(t) && isDigit(t[e]) {
			e++
		}
	}
	if strings.HasPrefix(t[e:], "번지") {
		e += len("번지")
	} else if lot || e < len(t) && isAlnum(t[e]) {
		return 0
	}
	end, firm := koAddressTail(t, e)
	if firm || koFirmBefore(t, a) {
		return 0
	}
	s.add(cand{start: a, end: end, typ: TypeStreetAddress, rec: koAddressName, score: 0.85})
	return end
}

// koWordStart returns the start of the word of Hangul, ASCII letters and
// digits that ends at t[e], or e.
func koWordStart(t string, e int) int {
	a := e
	for a > 0 {
		if c := t[a-1]; c < 0x80 {
			if !isAlnum(c) {
				break
			}
			a--
			continue
		}
		r, w := utf8.DecodeLastRuneInString(t[:a])
		if r < 0xac00 || r > 0xd7a3 {
			break
		}
		a -= w
	}
	return a
}

// koPlaceWord reports whether w names a province, a city, a district, a
// county, a town or a neighbourhood: a word of two or more syllables
// that ends in "시", "도", "구", "군", "읍", "면" or "동" ("서울특별시",
// "경기도", "북구", "분당구"), or a province's short name (koProvinces).
func koPlaceWord(w string) bool {
	if koProvinces[w] {
		return true
	}
	if len(w) < 6 || w[0] < 0xea || w[0] > 0xed {
		return false
	}
	switch w[len(w)-3:] {
	case "시", "도", "구", "군", "읍", "면", "동":
		return true
	}
	return false
}

// koWordEnd returns the end of the word of Hangul that starts at t[a].
func koWordEnd(t string, a int) int {
	e := a
	for e < len(t) && t[e] >= 0xea && t[e] <= 0xed {
		e += 3
	}
	return min(e, len(t))
}

// koProvinceWord reports whether w, the first of an address's places,
// names a province or a city: a province's short name, a word of two
// syllables or more that ends in "시" (a city: "서울특별시", "수원시") or
// of three or more that ends in "도" (a province: "경기도", "충청북도";
// not "정도", about).
func koProvinceWord(w string) bool {
	switch {
	case koProvinces[w]:
		return true
	case strings.HasSuffix(w, "시"):
		return len(w) >= 6
	case strings.HasSuffix(w, "도"):
		return len(w) >= 9
	}
	return false
}

// koAddressTail returns the end of the parts after the building's number
// that ends at t[e] and whether one names a firm's site: a unit ("302호",
// "108동", "7층", "B동"), a building's name before a unit ("수성롯데캐슬
// 107동 801호", "기숙사 A동 412호"), a postcode or neighbourhood in
// brackets ("(06236)", "(성산동)"), apart by ", ", a space or nothing.
func koAddressTail(t string, e int) (int, bool) {
	end := e
	for parts := 0; parts < 5; parts++ {
		k := end
		switch {
		case strings.HasPrefix(t[k:], ", "):
			k += 2
		case k < len(t) && t[k] == ' ':
			k++
		}
		if u := koUnitEnd(t, k); u > k {
			end = u
			continue
		}
		if b := koBracketEnd(t, k); b > k {
			end = b
			continue
		}
		// A building's name, then its unit a space apart.
		w := k
		for w < len(t) {
			r, n := utf8.DecodeRuneInString(t[w:])
			if !(r >= 0xac00 && r <= 0xd7a3) && !(r < 0x80 && isAlnum(byte(r))) {
				break
			}
			w += n
		}
		if w > k && koFirmSite(t[k:w]) {
			return end, true
		}
		if w-k < 6 || w >= len(t) || t[w] != ' ' {
			break
		}
		u := koUnitEnd(t, w+1)
		if u == w+1 {
			break
		}
		end = u
	}
	return end, false
}

// koUnitEnd returns the end of the unit at t[k]: up to five digits or
// letters before "호" (a flat), "동" (a block) or "층" (a floor), or k.
func koUnitEnd(t string, k int) int {
	d := k
	for d < len(t) && d-k < 5 && isAlnum(t[d]) {
		d++
	}
	if d == k || d-k == 5 && d < len(t) && isAlnum(t[d]) {
		return k
	}
	for _, u := range []string{"호", "동", "층"} {
		if strings.HasPrefix(t[d:], u) {
			return d + len(u)
		}
	}
	return k
}

// koBracketEnd returns the end of the postcode or the neighbourhood in
// brackets at t[k] ("(06236)", "(성산동)"), or k.
func koBracketEnd(t string, k int) int {
	if k >= len(t) || t[k] != '(' {
		return k
	}
	c := strings.IndexByte(t[k:min(len(t), k+20)], ')')
	if c < 0 {
		return k
	}
	in := t[k+1 : k+c]
	if len(in) == 5 && allDigits(in) || len(in) >= 6 && strings.HasSuffix(in, "동") && koWordStart(in, len(in)) == 0 {
		return k + c + 1
	}
	return k
}

// koFirmSite reports whether the word w names a firm's site (koFirmSites).
func koFirmSite(w string) bool { return holdsAny(w, koFirmSites) }

// koFirmBefore reports whether the text before the address at t[a] makes
// it a firm's: a firm's word up to 120 bytes back (koFirmOwners), or a
// site's up to 30 bytes back (koFirmSites).
func koFirmBefore(t string, a int) bool {
	return holdsAny(t[max(0, a-120):a], koFirmOwners) || koFirmSite(t[max(0, a-30):a])
}

// Korean road-name addresses in romanised form, as a customer writing
// English types them, in the West's order: the building's number, the
// road ("Seocho-daero 74-gil", "Bukchon-ro 11-gil", "Songdo-gwahak-ro
// 16beon-gil"), the district, the city and the postcode: "15,
// Seocho-daero 74-gil, Seocho-gu, Seoul 06620", "Apt 804-1102, 27
// Banpo-daero 23-gil, Seocho-gu, Seoul 06530". The district's "-gu, "
// anchors it (session 75).

// koDistrictMark is what follows a district's romanised name and opens
// the city's.
const koDistrictMark = "-gu, "

// holdsKoDistrict reports whether t holds koDistrictMark. The Engine
// asks it of a text from its first digit on, as every romanised address
// opens with the building's number before its district's mark (which
// holds no digit); most texts hold no '-' there at all, which one
// IndexByte finds cheaper than strings.Contains, whose search of a text
// of 64 bytes or fewer compares the mark at every byte.
func holdsKoDistrict(t string) bool {
	for {
		i := strings.IndexByte(t, '-')
		if i < 0 {
			return false
		}
		if strings.HasPrefix(t[i:], koDistrictMark) {
			return true
		}
		t = t[i+1:]
	}
}

// koreanRomanAddresses reads the romanised addresses of the text at
// their districts.
func (s *state) koreanRomanAddresses() {
	t := s.text
	for off := 0; off < len(t); {
		k := strings.Index(t[off:], koDistrictMark)
		if k < 0 {
			return
		}
		g := off + k
		off = g + len(koDistrictMark)
		if a, e := koRomanAddressAt(t, g); e > 0 {
			s.add(cand{start: a, end: e, typ: TypeStreetAddress, rec: koAddressName, score: 0.9})
			off = max(off, e)
		}
	}
}

// koRomanAddressAt returns the bounds of the address whose district's
// "-gu" starts at t[g], or 0, 0.
func koRomanAddressAt(t string, g int) (int, int) {
	d := koRomanWordStart(t, g)
	if d == g || t[d] < 'A' || t[d] > 'Z' || d < 2 || t[d-2:d] != ", " {
		return 0, 0
	}
	// The road: "Seocho-daero 74-gil", "Yanghwa-ro".
	r := koRomanWordStart(t, d-2)
	if r == d-2 {
		return 0, 0
	}
	// A side road's number ("74-gil", "16beon-gil") follows the road's
	// name.
	if w := t[r : d-2]; isDigit(w[0]) && strings.HasSuffix(w, "-gil") {
		if r < 2 || t[r-1] != ' ' {
			return 0, 0
		}
		q := koRomanWordStart(t, r-1)
		if !koRoadWord(t[q : r-1]) {
			return 0, 0
		}
		r = q
	} else if !koRoadWord(w) {
		return 0, 0
	}
	// The building's number before the road, with a comma or not, and
	// a flat's number before it: "15, ", "Apt 804-1102, 27 ".
	a := r - 1
	if a < 1 || t[a] != ' ' {
		return 0, 0
	}
	if t[a-1] == ',' {
		a--
	}
	n := koNumberStart(t, a)
	if n == a {
		return 0, 0
	}
	a = n
	if a >= 3 && t[a-2:a] == ", " {
		if m := koNumberStart(t, a-2); m < a-2 {
			a = m
			if a >= 4 && strings.EqualFold(t[a-4:a], "apt ") {
				a -= 4
			}
		}
	}
	// The city after the district, its postcode and a flat's "#1705".
	e := g + len(koDistrictMark)
	c := e
	for c < len(t) && (isASCIILetter(t[c]) || t[c] == '-') {
		c++
	}
	if c == e || t[e] < 'A' || t[e] > 'Z' {
		return 0, 0
	}
	e = c
	if e+6 <= len(t) && t[e] == ' ' && allDigits(t[e+1:e+6]) && (e+6 == len(t) || !isAlnum(t[e+6])) {
		e += 6
		if e+2 < len(t) && t[e] == ' ' && t[e+1] == '#' && isDigit(t[e+2]) {
			h := e + 2
			for h < len(t) && isDigit(t[h]) {
				h++
			}
			e = h
		}
	}
	return a, e
}

// koRomanWordStart returns the start of the word of ASCII letters,
// digits and hyphens that ends at t[e], or e.
func koRomanWordStart(t string, e int) int {
	a := e
	for a > 0 && (isAlnum(t[a-1]) || t[a-1] == '-') {
		a--
	}
	return a
}

// koRoadWord reports whether w names a road in romanised Korean: a
// capitalised name that ends in "-ro", "-daero" or "-gil" ("Yanghwa-ro",
// "Seocho-daero", "Songdo-gwahak-ro").
func koRoadWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return strings.HasSuffix(w, "-ro") || strings.HasSuffix(w, "-daero") || strings.HasSuffix(w, "-gil")
}

// koNumberStart returns the start of the number ("27", "12-3",
// "804-1102") that ends at t[e], or e.
func koNumberStart(t string, e int) int {
	a := e
	for a > 0 && isDigit(t[a-1]) {
		a--
	}
	if a < e && a > 1 && t[a-1] == '-' && isDigit(t[a-2]) {
		a--
		for a > 0 && isDigit(t[a-1]) {
			a--
		}
	}
	if a == e || a > 0 && (isAlnum(t[a-1]) || t[a-1] == '-') {
		return e
	}
	return a
}
