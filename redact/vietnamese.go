package redact

import "strings"

// Vietnamese (session 71). Its syllables, their tone marks folded, are
// each someone's given name or surname ("thanh toán", pay, folds to two
// names; "dùng", use, to Dũng), so that the lists that read names in a
// text typed without capitals read its every sentence as people; its
// pronouns of address, capitalised, open sentences ("Anh ơi", "Chị vui
// lòng", "Mình là ...") as a given name would; and its streets bear
// people's names ("56 Trần Phú", "Nguyễn Thị Minh Khai"). A text written
// with Vietnamese marks is read for that (vietnameseWords).

// vietnameseText reports whether t is written in Vietnamese with its
// marks: four letters or more of those only Vietnamese writes (the
// vowels with a tone mark of Latin Extended Additional, U+1EA0 to
// U+1EF9, and ơ, ư, đ, ă), which a Vietnamese name alone in a sentence
// of another language does not reach ("Nguyễn Thị Hằng": three).
func vietnameseText(t string) bool {
	// The leads of those letters' bytes, found by IndexByte: most texts
	// beyond ASCII hold none of them, and are passed over in a few loads.
	// (A text of Vietnamese holds a letter of the first kind; one that
	// holds none is passed over in one search.)
	if strings.IndexByte(t, 0xe1) < 0 {
		return false
	}
	n := 0
	for _, lead := range [...]byte{0xe1, 0xc6, 0xc4} {
		for i := 0; i+1 < len(t); {
			j := strings.IndexByte(t[i:len(t)-1], lead)
			if j < 0 {
				break
			}
			i += j + 1
			if d := t[i]; lead == 0xe1 && (d == 0xba && i+1 < len(t) && t[i+1] >= 0xa0 || d == 0xbb && i+1 < len(t) && t[i+1] <= 0xb9) ||
				lead == 0xc6 && (d == 0xa0 || d == 0xa1 || d == 0xaf || d == 0xb0) ||
				lead == 0xc4 && (d == 0x82 || d == 0x83 || d == 0x90 || d == 0x91) {
				if n++; n >= 4 {
					return true
				}
			}
		}
	}
	return false
}

// vietnameseWords sets the gazetteer's flags of the chunk's words that
// Vietnamese makes no names, before any reader looks them up: a word in
// lower case with a letter beyond ASCII is a word of the sentence (a
// stop word: "là Bùi Thanh Tâm", is ..., and "tên Huỳnh Gia Bảo", name
// ..., where the folded "la" and "ten" would be particles of a name); a
// pronoun of address is a courtesy title before a name ("Chị Huỳnh Mỹ
// Duyên ơi", "chào anh Cao Minh Nhật") but where it ends a name that
// goes before it on its line ("Nguyễn Đức Anh", "Lan Anh"); "I" and
// "we" are stop words ("Mình là Triệu Văn Phong").
//
// A province's or a city's name of viPlaces is a stop word too, and so
// are the words of a firm's name after "Công ty" (company) up to the
// next mark, number or line break ("Công ty TNHH TM DV Minh Quân Phát").
func (s *entScanner) vietnameseWords() {
	firm := false
	for k := range s.toks {
		t := &s.toks[k]
		if t.kind != etWord || t.f&efNL != 0 {
			firm = false
		}
		if t.kind != etWord {
			continue
		}
		w := s.text[t.s:t.e]
		if (w == "ty" || w == "TY") && k > 0 && viFirmWord[s.text[s.toks[k-1].s:s.toks[k-1].e]] {
			firm = true
			continue
		}
		if firm && t.f&efCap != 0 {
			t.f |= efLooked
			t.g, t.ci = gzStop, 0
			continue
		}
		if t.f&efCap != 0 {
			if e := s.viPlaceEnd(k); e > k {
				for j := k; j <= e; j++ {
					s.toks[j].f |= efLooked
					s.toks[j].g, s.toks[j].ci = gzStop, 0
				}
				continue
			}
		}
		if t.f&(efAllCap|efDigit) != 0 {
			continue
		}
		var g uint32
		switch {
		case vietnamesePronouns[w]:
			g = gzHonor
			if p := k - 1; p >= 0 && t.f&(efCap|efNL|efSpace) == efCap|efSpace && s.toks[p].kind == etWord && s.toks[p].f&efCap != 0 {
				continue // a name's last part
			}
		case vietnameseSelf[w]:
			g = gzStop
		case t.f&(efCap|efASCII) == 0:
			g = gzStop
		default:
			continue
		}
		t.f |= efLooked
		t.g, t.ci = g, 0
	}
}

// viFirmWord is "công" of "công ty", company, in its three cases.
var viFirmWord = setOf("công", "Công", "CÔNG")

// vietnamesePronouns are the pronouns of address, which stand before a
// person's name as titles do: elder brother, elder sister, younger
// sibling, grandfather and Mr, grandmother and Mrs, aunt and Miss, uncle,
// uncle or aunt, friend, grandchild, in lower case and capitalised.
var vietnamesePronouns = setOf("anh", "chị", "em", "ông", "bà", "cô", "chú", "bác", "bạn", "cháu",
	"Anh", "Chị", "Em", "Ông", "Bà", "Cô", "Chú", "Bác", "Bạn", "Cháu")

// vietnameseSelf are the capitalised words that open a sentence or a
// form's line and fold to a name: "I" and "we" ("Mình là ...", "Tôi
// muốn ..."), "customer", "please", "hello", "yes" (polite), "dear",
// "to" (of a letter's head), "thanks", "name" and "surname" ("Tên:",
// "Họ tên:"), and the forms' "address" and "product" ("Đc:", "Sp:").
var vietnameseSelf = setOf("Mình", "Tôi", "Chúng", "Khách", "Quý", "Xin", "Chào", "Dạ", "Kính", "Gửi", "Cảm", "Tên", "Họ", "Đc", "Sp")

// Vietnamese addresses run from the house to the province in parts that
// commas divide, each led by the word of its level: "số 18 ngõ 75 Hồ
// Tùng Mậu, phường Mai Dịch, quận Cầu Giấy, Hà Nội", "thôn 3, xã Ea
// Kao, huyện Cư M'gar, tỉnh Đắk Lắk", "123/4B Le Van Sy, Phuong 13, Quan
// 3, TP.HCM". The street reader, which wants a street's word after its
// name or a postcode, reads none of them, and the parts' names are
// people's names.

// viAdminWords name the levels below the province that anchor an
// address (ward, commune, district; township and town are "thị trấn"
// and "thị xã", see viAnchor), with their forms typed without marks
// where no other word has that spelling.
var viAdminWords = setOf("phường", "xã", "quận", "huyện", "phuong", "huyen")

// viAreaHints are the words of gVietArea, which the scan looks for: the
// ward's and the district's words typed without marks, which mark no
// text as Vietnamese (see vietnameseText).
var viAreaHints = []string{"phuong", "huyen"}

// viAreaWords lead the address's other parts: the city and the province
// ("TP", "thành phố", "tỉnh"), the hamlet, quarter and group ("thôn",
// "ấp", "khu phố", "tổ", "KDC", "KĐT": planned estates), and the house's:
// number, lane, alley, branch lane, road, street, room, floor, building
// ("số", "ngõ", "hẻm", "kiệt", "ngách", "đường", "phố", "phòng",
// "tầng", "tòa", "lô", "nhà" of "số nhà" and "tòa nhà"), typed with or
// without marks.
var viAreaWords = setOf("tp", "thành", "phố", "tỉnh", "thôn", "ấp", "khu", "tổ", "kdc", "kđt", "số", "ngõ", "hẻm", "kiệt", "ngách", "đường",
	"phòng", "tầng", "tòa", "tòa", "lô", "nhà", "so", "ngo", "hem", "kiet", "ngach", "duong", "pho", "phong", "tang", "toa", "tinh", "thon", "quan")

// viWordIn reports whether token k is a word of set once its first
// letter is in lower case (an ASCII one, or "Ấ", "Đ", "Ô"), or its
// letters when it has four or fewer in capitals ("TP", "KDC", "KĐT").
func (s *entScanner) viWordIn(k int, set map[string]bool) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != etWord {
		return false
	}
	w := s.text[s.toks[k].s:s.toks[k].e]
	if len(w) > 16 {
		return false
	}
	var buf [16]byte
	b := append(buf[:0], w...)
	switch {
	case s.toks[k].f&efAllCap != 0:
		b = lowerASCII(buf[:0], w)
		if len(b) >= 4 && b[1] == 0xc4 && b[2] == 0x90 { // "KĐT"
			b[2] = 0x91
		}
	case b[0] >= 'A' && b[0] <= 'Z':
		b[0] |= 0x20
	case len(b) >= 3 && b[0] == 0xe1 && b[1] == 0xba && b[2] == 0xa4: // "Ấ"
		b[2] = 0xa5
	case len(b) >= 2 && b[0] == 0xc4 && b[1] == 0x90: // "Đ"
		b[1] = 0x91
	}
	return set[string(b)]
}

// viAnchor reports whether token k names a ward, commune or district
// (viAdminWords, "thị trấn", "thị xã") and returns the token its name
// starts at.
func (s *entScanner) viAnchor(k int) (int, bool) {
	if s.viWordIn(k, viAdminWords) {
		return k + 1, true
	}
	if s.viWordIn(k, viThiWord) && s.viWordIn(k+1, viTownWords) {
		return k + 2, true
	}
	return 0, false
}

var (
	viThiWord   = setOf("thị")
	viTownWords = setOf("trấn", "xã")
)

// viNameEnd returns the last token of the name that starts at token k:
// capitals' words, numbers and words with digits ("Mỹ Đình 1", "24",
// "Cư M'gar", "CT2", "45/12 Nguyễn Thị Minh Khai"), six at most on one
// line, or "TP" and the city glued after its full stop ("TP.HCM"); k-1
// when none starts there.
func (s *entScanner) viNameEnd(k int) int {
	e, n := k-1, 0
	for j := k; j < len(s.toks) && n < 6; j++ {
		t := &s.toks[j]
		if j > k && t.f&efNL != 0 {
			break
		}
		switch {
		case t.kind == etNum || t.kind == etWord && t.f&(efCap|efDigit) != 0:
			e, n = j, n+1
		case t.kind == etPunct && t.c == '.' && j > k && s.viWordIn(j-1, viAreaWords) && j+1 < len(s.toks) && s.toks[j+1].kind == etWord && s.toks[j+1].f&efCap != 0:
			// "TP.HCM", "TP. Hồ Chí Minh"
		case t.kind == etPunct && t.c == '/' && s.glued(j) && j+1 < len(s.toks) && s.glued(j+1) && s.toks[j+1].f&efDigit != 0:
			// "4/15", "123/4B"
		default:
			return e
		}
	}
	return e
}

// viPart returns the last token of the address's part that starts at
// token k: a word of its level (viAreaWords, viAdminWords) and its name
// or number, maybe after another level's word ("số nhà 27 hẻm 145 Bùi
// Đình Túy", "đường số 12", "tòa nhà Sông Đà"); a house's number and its
// street ("45/12 Nguyễn Thị Minh Khai"); or a city's or province's name
// alone ("Hà Nội", "TP.HCM"). It returns k-1 when none starts there.
func (s *entScanner) viPart(k int) int {
	j := k
	for n := 0; n < 6 && j < len(s.toks); n++ {
		if n > 0 && s.toks[j].f&efNL != 0 {
			break
		}
		if a, ok := s.viAnchor(j); ok {
			j = a
			continue
		}
		if !s.viWordIn(j, viAreaWords) {
			break
		}
		j++
		if s.punct(j, '.') && s.glued(j) {
			j++ // "TP.", "P."
		}
	}
	if j < len(s.toks) && j > k && s.toks[j].f&efNL != 0 {
		return k - 1
	}
	e := s.viNameEnd(j)
	if e < j {
		return k - 1
	}
	// After a number a house's street, or the next level's word and its
	// name: "số 18 ngõ 75 Hồ Tùng Mậu", "so 22 kiet 117 Nguyen Luong Bang".
	for e+1 < len(s.toks) && s.toks[e+1].f&efNL == 0 && s.viWordIn(e+1, viAreaWords) {
		e2 := s.viPart(e + 1)
		if e2 <= e+1 {
			break
		}
		e = e2
	}
	return e
}

// vietnameseAddresses reads the addresses that a ward's, a commune's or
// a district's word anchors: the part it leads, the parts before it
// back to the house (each read whole between commas, the first from its
// number or its level's word: "... sang số 18 ngõ 75 Hồ Tùng Mậu,
// phường ..."), and the parts after it to the province. Two parts at
// least, one of them with a number, or three.
func (s *entScanner) vietnameseAddresses() {
	for k := 0; k < len(s.toks); k++ {
		if s.toks[k].f&efUsed != 0 {
			continue
		}
		if _, ok := s.viAnchor(k); !ok {
			continue
		}
		e := s.viPart(k)
		if e < k {
			continue
		}
		a, parts := k, 1
		digits := s.hasDigitIn(k, e)
		// The parts before, back to the house's.
		for parts < 6 && s.punct(a-1, ',') && s.toks[a].f&efNL == 0 && s.toks[a-1].f&efNL == 0 {
			b, whole := s.viPartBefore(a - 2)
			if b < 0 {
				break
			}
			a, parts = b, parts+1
			digits = digits || s.hasDigitIn(b, a)
			if !whole {
				break
			}
		}
		// The parts after, to the province.
		for parts < 7 && s.punct(e+1, ',') && e+2 < len(s.toks) && s.toks[e+2].f&efNL == 0 {
			e2 := s.viPart(e + 2)
			if e2 < e+2 {
				break
			}
			digits = digits || s.hasDigitIn(e+2, e2)
			e, parts = e2, parts+1
		}
		if parts >= 3 || parts == 2 && digits {
			s.emit(stAddress, a, e, 0.8)
		}
		k = e
	}
}

// viPartBefore returns the first token of the address's part that ends
// at token j, and whether it is the whole of what a comma, a colon or
// the line opens: a part of viPart's read whole, or the end of a
// clause from a house's number or a level's word on ("e ở phòng 1205
// tòa CT2", "Em ở số 7 đường số 12"). -1 when there is none: a number
// alone ("0944 725 183") is a phone's, not a house's.
func (s *entScanner) viPartBefore(j int) (int, bool) {
	// The run of words a part may hold, back from j.
	q := j
	for q >= 0 {
		t := &s.toks[q]
		ok := t.kind == etNum || t.kind == etWord && (t.f&(efCap|efDigit) != 0 || s.viWordIn(q, viAreaWords)) ||
			t.kind == etPunct && (t.c == '/' || t.c == '.') && s.glued(q)
		if !ok {
			break
		}
		if t.f&efNL != 0 {
			q--
			break
		}
		q--
	}
	q++ // the run's first token
	if q > j {
		return -1, false
	}
	whole := q == 0 || s.toks[q].f&efNL != 0 || s.punct(q-1, ',')
	for b := q; b <= j; b++ {
		if s.toks[b].kind != etNum && !s.viWordIn(b, viAreaWords) {
			if whole && b == q && s.toks[b].f&efCap != 0 && s.viPart(b) == j {
				return b, true // a name alone: "KĐT Văn Khê" has its word, "Cát Linh" none
			}
			continue
		}
		if s.viPart(b) == j && !(b == q && s.allNumbers(b, j)) {
			return b, whole && b == q
		}
		return -1, false
	}
	return -1, false
}

// hasDigitIn reports whether a token of [a, e] holds a digit.
func (s *entScanner) hasDigitIn(a, e int) bool {
	for k := a; k <= e; k++ {
		if s.toks[k].f&efDigit != 0 || s.toks[k].kind == etNum {
			return true
		}
	}
	return false
}

// allNumbers reports whether the tokens of [a, e] are all numbers.
func (s *entScanner) allNumbers(a, e int) bool {
	for k := a; k <= e; k++ {
		if s.toks[k].kind != etNum {
			return false
		}
	}
	return true
}

// viHintIn reports whether a word of viAreaHints is among the chunk's
// tokens: the scan's answer (viArea) for a scanner that runs no scan.
func (s *entScanner) viHintIn() bool {
	for k := range s.toks {
		if s.viWordIn(k, viHints) {
			return true
		}
	}
	return false
}

var viHints = setOf(viAreaHints...)

// Vietnamese names open with the family's name, which a few dozen
// families share, and often hold "Văn" (men) or "Thị" (women) before
// the given name: "Nguyễn Văn Hùng", "Trần Thị Mai", "NGUYEN THI KIM
// LOAN" as a bank writes it, "nguyễn văn tú" typed in lower case. The
// lists fold the marks and read such names badly ("Đỗ" folds to "do",
// "Tô" to "to", "Mai" to a month), and the families' names are places'
// too ("Hà Nội"), so vietnameseNames reads them before the lists do.

// viSurnames are the commonest family names, as written with their
// marks.
var viSurnames = setOf("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
	"Lý", "Cao", "Đinh", "Trịnh", "Lâm", "Mai", "Tô", "Hà", "Đào", "Quách", "Lương", "Lưu", "Triệu", "Âu", "Tạ", "Châu", "Thái",
	"Mạc", "La", "Kiều", "Tôn", "Đoàn", "Vương", "Trương", "Hứa", "Phùng", "Lại", "Chu", "Diệp", "Thân", "Thạch", "Đàm", "Bạch",
	"Nghiêm", "Phí", "Lã", "Mã", "Khúc", "Tăng", "Quan", "Ông", "Doãn", "Từ", "Giang", "Vi")

// viCapsSurnames are those in capitals, with their marks and, as banks
// and cards print them, without.
var viCapsSurnames = setOf("NGUYỄN", "NGUYEN", "TRẦN", "TRAN", "LÊ", "LE", "PHẠM", "PHAM", "HOÀNG", "HOANG", "HUỲNH", "HUYNH", "PHAN",
	"VŨ", "VU", "VÕ", "VO", "ĐẶNG", "DANG", "BÙI", "BUI", "ĐỖ", "DO", "HỒ", "HO", "NGÔ", "NGO", "DƯƠNG", "DUONG", "LÝ", "LY", "CAO",
	"ĐINH", "DINH", "TRỊNH", "TRINH", "LÂM", "LAM", "MAI", "TÔ", "TO", "HÀ", "HA", "ĐÀO", "DAO", "QUÁCH", "QUACH", "LƯƠNG", "LUONG",
	"LƯU", "LUU", "TRIỆU", "TRIEU", "CHÂU", "CHAU", "THÁI", "THAI", "LA", "ĐOÀN", "DOAN", "TRƯƠNG", "TRUONG", "VƯƠNG", "VUONG")

// viLowerSurnames are the commonest in lower case, with their marks: a
// name typed in lower case is read only with "văn" or "thị" after it.
var viLowerSurnames = setOf("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý",
	// and typed without marks (plainVietnamese)
	"nguyen", "tran", "pham", "hoang", "huynh", "dang", "bui", "ngo", "duong")

// viMiddles are "Văn" and "Thị" in the three cases, and in capitals
// without their marks.
var viMiddles = setOf("Văn", "Thị", "VĂN", "THỊ", "VAN", "THI", "văn", "thị", "van", "thi")

// viPlaces are the provinces and the cities of two words or more, whose
// words are families' and given names ("Hà Nội", "Bình Dương"): no
// person's name, as written with their marks.
var viPlaces = setOf("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa", "Vũng Tàu", "Bắc Giang",
	"Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng",
	"Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương",
	"Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai",
	"Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
	"Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
	"Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Nha Trang", "Đà Lạt", "Biên Hòa", "Thủ Đức",
	"Buôn Ma Thuột", "Quy Nhơn", "Hạ Long", "Phan Thiết", "Rạch Giá", "Long Xuyên", "Mỹ Tho", "Hội An", "Sa Pa", "Phú Quốc",
	"Côn Đảo", "Sài Gòn", "Cầu Giấy", "Hoàn Kiếm", "Ba Đình", "Đống Đa", "Hai Bà Trưng", "Thanh Xuân", "Bình Thạnh", "Tân Bình",
	"Gò Vấp", "Phú Nhuận")

// viPlaceEnd returns the last token of the place of viPlaces that
// starts at token k, its words parted by single spaces, or -1.
func (s *entScanner) viPlaceEnd(k int) int {
	for n := 1; n < 4 && k+n < len(s.toks); n++ {
		t := &s.toks[k+n]
		if t.kind != etWord || t.f&(efCap|efNL) != efCap || t.s != s.toks[k+n-1].e+1 || s.text[t.s-1] != ' ' {
			return -1
		}
		if viPlaces[s.text[s.toks[k].s:t.e]] {
			return k + n
		}
	}
	return -1
}

// vietnameseNames reads the names that open with a family's name: with
// "Văn" or "Thị" after it and one or two words more in the same case
// (one in lower case), or, capitalised or in capitals, with one to
// three more such words that are no place of viPlaces and that no
// number or word of an address's level leads ("42 Giải Phóng"); and
// those after a pronoun of address (viAddressed).
func (s *entScanner) vietnameseNames() {
	for k := 0; k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind != etWord || t.f&(efUsed|efDigit) != 0 {
			continue
		}
		if t.f&(efCap|efLooked) == efCap|efLooked && t.g == gzStop {
			continue // a firm's or a place's word (vietnameseWords)
		}
		w := s.text[t.s:t.e]
		if vietnamesePronouns[w] {
			k = s.viAddressed(k)
			continue
		}
		style := t.f & (efCap | efAllCap)
		switch {
		case style == efCap|efAllCap && viCapsSurnames[w], style == efCap && viSurnames[w], style == 0 && viLowerSurnames[w]:
		default:
			continue
		}
		if s.viPlaceEnd(k) >= 0 {
			continue
		}
		if k > 0 && (s.toks[k-1].kind == etNum || s.viWordIn(k-1, viAreaWords) || s.viWordIn(k-1, viAdminWords)) {
			// A street's name, a person's once: "ATM 27 Lê Thánh Tông".
			for ; k < len(s.toks) && s.toks[k].kind == etWord && s.toks[k].f&(efCap|efNL) == efCap; k++ {
				s.toks[k].f |= efLooked
				s.toks[k].g, s.toks[k].ci = gzStop, 0
			}
			continue
		}
		e, middle := k, false
		for j := k + 1; j < len(s.toks) && j-k <= 3; j++ {
			n := &s.toks[j]
			if n.kind != etWord || n.f&(efNL|efUsed|efDigit) != 0 || n.f&(efCap|efAllCap) != style || n.s != s.toks[j-1].e+1 || s.text[n.s-1] != ' ' {
				break
			}
			nw := s.text[n.s:n.e]
			if j == k+1 && viMiddles[nw] {
				middle = true
				e = j
				continue
			}
			// (A pronoun that ends a name is a given name: "Vũ Thị Lan
			// Anh"; the levels' words of a name's case, "Phong", "Kiệt",
			// are given names too.)
			if vietnamesePronouns[nw] && j == k+1 || vietnameseSelf[nw] || style == 0 && s.viWordIn(j, viAreaWords) || s.viWordIn(j, viAdminWords) {
				break
			}
			e = j
			if style == 0 && (j > k+2 || s.flags(j+1)&(gzFirst|gzStop|gzCommon) != gzFirst) {
				// In lower case one given name after "văn" or "thị", and
				// a second one the lists know ("nguyen thi lan anh"; a
				// word with marks is a stop word, see vietnameseWords).
				break
			}
		}
		if e == k || middle && e == k+1 || style == 0 && !middle {
			continue
		}
		s.emit(stPerson, k, e, 0.85)
		k = e
	}
}

// viAddressed reads the name after the pronoun of address at token k:
// one to three capitalised words on its line, the first no family's
// name (which vietnameseNames reads whole) and none a stop word
// ("Dạ anh Đạt vui lòng", "Chào chị Khánh Vy,", "chị Yến cần"). It
// returns the last token read.
func (s *entScanner) viAddressed(k int) int {
	e := k
	for j := k + 1; j < len(s.toks) && j-k <= 3; j++ {
		n := &s.toks[j]
		if n.kind != etWord || n.f&(efNL|efUsed|efDigit|efAllCap) != 0 || n.f&efCap == 0 || n.s != s.toks[j-1].e+1 || s.text[n.s-1] != ' ' {
			break
		}
		if n.f&efLooked != 0 && n.g == gzStop || vietnameseSelf[s.text[n.s:n.e]] || j == k+1 && viSurnames[s.text[n.s:n.e]] {
			break
		}
		e = j
	}
	if e > k {
		s.emit(stPerson, k+1, e, 0.8)
	}
	return e
}

// vietnameseChunk reads the chunk's Vietnamese addresses, where a text
// with Vietnamese marks (vi) or a ward's or a district's word has them
// (viArea; viHintIn for a scanner of Recognize), and the names of a
// text with its marks.
func (s *entScanner) vietnameseChunk(vi bool) {
	if vi || s.viArea || s.viHintIn() {
		s.vietnameseAddresses()
	}
	if vi {
		s.vietnameseNames()
	}
}

// plainVietnamese reports whether the chunk, typed in lower case, is
// Vietnamese typed without its marks, which vietnameseText cannot tell:
// two words or more of viPlainWords, Vietnamese's particles and
// function words, that few other languages' chats write ("otp la ...
// ma e chua nhap kip thi het han, gui lai cho e voi", "cho e hoi cai ma
// giam gia ... co ap dung cho don 150k ko"). Its syllables fold to
// names as its marked ones do, and its lower-case text is read for none
// (see vietnameseWords).
func (s *entScanner) plainVietnamese() bool {
	first := ""
	for k := range s.toks {
		t := &s.toks[k]
		if t.kind != etWord || t.f&efASCII == 0 || t.e-t.s > 5 {
			continue
		}
		if w := s.text[t.s:t.e]; viPlainWord(w) && w != first {
			if first != "" {
				return true
			}
			first = w
		}
	}
	return false
}

// viPlainWord reports whether w is one of Vietnamese's particles and
// function words as typed without marks: not (ko, khong), not yet
// (chua), already (roi), the softeners (nhe, nha, ak), with (voi), can
// (duoc, dc), help (giup, gium), ask (hoi), how much (bao nhieu), so
// (vay), but (nhung), of (cua), I (mk). (A switch: most words of a text
// in lower case are tested, and it costs less than a map's hash.)
func viPlainWord(w string) bool {
	switch w {
	case "ko", "khong", "chua", "roi", "nhe", "nha", "ak", "voi", "duoc", "dc", "giup", "gium", "hoi", "nhieu", "vay", "nhung", "cua", "mk":
		return true
	}
	return false
}
