package redact

import (
	"strings"
	"unicode/utf8"
)

// Postal addresses in Persian (session 71), as Iranians write them: the
// city, the district, then the streets from the widest to the narrowest
// and the house's plate, then its unit, its floor, its bell and its
// postcode, parts a comma or a space apart: "تهران، خیابان ولیعصر،
// کوچه نسترن، پلاک ۱۲، واحد ۳، کد پستی ۸۸۵۵۴۳۸۶۲۳", "اصفهان خیابان
// چهارباغ بالا کوچه ۱۸ پلاک ۷". The plate's word ("پلاک") and its number
// anchor the address (persianAddressAt): the parts before it back to a
// label ("آدرس", "نشانی"), a colon, a line's or a sentence's start or a
// word of the sentence, which must hold a street's word, and the
// unit's, floor's, bell's and postcode's parts after it. A car's plate
// ("پلاک ۲۲ ج ۴۵۸ ایران ۱۱") has no street before it.

// persianHouseWords are the words of a house's plate (gCyrStreet, whose
// reader hands them to persianAddressAt).
var persianHouseWords = []string{"پلاک"}

// persianStreetWords are the words of a street or a place in a city:
// street ("خیابان", "خ" abbreviated, "خیابون" as said), alley
// ("کوچه"), boulevard, square, highway, road, quarter, town, dead end,
// corner, crossroads.
var persianStreetWords = setOf("خیابان", "خیابون", "خ", "کوچه", "بلوار", "میدان", "بزرگراه", "جاده", "کوی", "شهرک", "محله",
	"بن\u200cبست", "بنبست", "نبش", "چهارراه", "فلکه", "بازارچه", "مجتمع", "برج", "ساختمان")

// persianAddrStop are the words of a sentence before an address, which
// the address starts after: its labels ("آدرس", "نشانی", "my
// address"), "to", "in", "and", the object's marker, "I", "please",
// "send", "order".
var persianAddrStop = setOf("آدرس", "آدرسم", "ادرس", "نشانی", "نشونی", "به", "در", "و", "رو", "را", "که", "من", "لطفا", "لطفاً",
	"بفرستید", "ارسال", "سفارش", "هستم", "است", "هست", "میشه", "شماره", "تحویل", "جدید", "جدیدم", "کاملم", "گیرنده")

// persianFirmWords, before an address's label and colon, make it a
// firm's: a branch, an office, a company, a store, an agency, a
// warehouse, the head office ("آدرس شعبه مرکزی: ...").
var persianFirmWords = setOf("شعبه", "دفتر", "شرکت", "فروشگاه", "نمایندگی", "انبار", "مرکزی")

// persianUnitWords name the parts after the plate: unit, floor ("ط"
// abbreviated), bell, block, entrance.
var persianUnitWords = setOf("واحد", "طبقه", "ط", "زنگ", "بلوک", "ورودی")

// persianOrdinals are the ordinals and the floors' names a unit's part
// gives in words ("طبقه دوم", "زنگ اول", "همکف": ground floor).
var persianOrdinals = setOf("اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "همکف", "زیرزمین", "آخر", "بالا", "پایین")

// persianAddressAt reads the address whose plate's word is t[start:end]
// (see persianaddr.go's comment) and adds it.
func (s *state) persianAddressAt(start, end int) {
	t := s.text
	q := end
	for q < len(t) && (t[q] == ' ' || t[q] == ':') {
		q++
	}
	e := q
	for e < len(t) && isDigit(t[e]) {
		e++
	}
	if e == q || e-q > 5 {
		return
	}
	a := persianAddrStart(t, start)
	if a < 0 {
		return
	}
	s.add(cand{start: a, end: persianAddrEnd(t, e), typ: TypeStreetAddress, rec: "persian_address", score: 0.85})
}

// persianAddrStart returns where the address before the plate's word at
// p starts: the first of the words read back from it, past commas and
// spaces, up to a stop (persianAddrStop, a mark that ends a clause, a
// number of seven digits or more, a character of another script), at
// most sixteen words; -1 when none of them is a street's word or a
// firm's label ends them.
func persianAddrStart(t string, p int) int {
	a, street := p, false
	for n := 0; n < 16; n++ {
		k := p
		for k > 0 && (t[k-1] == ' ' || t[k-1] == ',') {
			k--
		}
		if k >= 2 && t[k-2:k] == "،" {
			k -= 2
			for k > 0 && t[k-1] == ' ' {
				k--
			}
		}
		if k > 0 && t[k-1] == '.' && k >= 3 && t[k-3:k-1] == "خ" {
			k-- // "خ." abbreviates a street
		}
		w := persianWordBefore(t, k)
		if w == k {
			if k > 0 && t[k-1] == ':' && persianFirmBefore(t, k-1) {
				return -1
			}
			break
		}
		word := t[w:k]
		if persianAddrStop[word] || isDigit(word[0]) && k-w >= 7 {
			break
		}
		street = street || persianStreetWords[word]
		a, p = w, w
	}
	if !street {
		return -1
	}
	return a
}

// persianWordBefore returns where the word that ends at k starts: a run
// of Arabic letters (a zero-width non-joiner inside it) or of digits;
// k when neither ends there.
func persianWordBefore(t string, k int) int {
	if k > 0 && isDigit(t[k-1]) {
		for k > 0 && isDigit(t[k-1]) {
			k--
		}
		return k
	}
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(t[:k])
		if !arabicLetter(r) && !(r == 0x200C && k-w > 0 && arabicLetter(lastRune(t[:k-w]))) {
			break
		}
		k -= w
	}
	return k
}

// persianFirmBefore reports whether one of the three words before the
// colon at c is a firm's word (persianFirmWords).
func persianFirmBefore(t string, c int) bool {
	k := c
	for n := 0; n < 3; n++ {
		for k > 0 && t[k-1] == ' ' {
			k--
		}
		w := persianWordBefore(t, k)
		if w == k {
			return false
		}
		if persianFirmWords[t[w:k]] {
			return true
		}
		k = w
	}
	return false
}

// persianAddrEnd returns the end of the address whose plate's number
// ends at e: past the parts of a unit, a floor or a bell and their
// number or ordinal ("واحد ۳", "طبقه دوم"), and a postcode after its
// word ("کد پستی ۸۸۵۵۴۳۸۶۲۳", "کدپستی ۵۴۶۳۵-۶۲۵۴۷", "کد پ ...") or a
// dash ("پلاک ۳ - ۸۳۷۴۶۶۴۴۳۱"), each after a comma or a space.
func persianAddrEnd(t string, e int) int {
	for {
		q := e
		for q < len(t) && (t[q] == ' ' || t[q] == ',' || t[q] == '-') {
			q++
		}
		if strings.HasPrefix(t[q:], "،") {
			q += len("،")
			for q < len(t) && t[q] == ' ' {
				q++
			}
		}
		if k, worded := persianPostcode(t, q); k > q && (worded || strings.IndexByte(t[e:q], '-') >= 0) {
			return k
		}
		w := arabicWordAt(t, q)
		if w == q || !persianUnitWords[t[q:w]] || w >= len(t) || t[w] != ' ' {
			return e
		}
		v := w + 1
		k := v
		for k < len(t) && isDigit(t[k]) {
			k++
		}
		if k == v {
			k = arabicWordAt(t, v)
			if !persianOrdinals[t[v:k]] {
				return e
			}
		}
		e = k
	}
}

// persianPostcode returns the end of an Iranian postcode at q, ten
// digits or five and five after a dash, after its word ("کد پستی",
// "کدپستی", "کد پ") and a colon or alone, and whether its word was
// there; q when there is none.
func persianPostcode(t string, q int) (int, bool) {
	k, worded := q, false
	for _, w := range [...]string{"کد پستی", "کدپستی", "کد پ"} {
		if strings.HasPrefix(t[k:], w) && k+len(w) < len(t) && (t[k+len(w)] == ' ' || t[k+len(w)] == ':') {
			k += len(w)
			for k < len(t) && (t[k] == ' ' || t[k] == ':') {
				k++
			}
			worded = true
			break
		}
	}
	d := k
	for d < len(t) && isDigit(t[d]) {
		d++
	}
	switch {
	case d-k == 10:
	case d-k == 5 && d+6 <= len(t) && t[d] == '-' && allDigits(t[d+1:d+6]):
		d += 6
	default:
		return q, false
	}
	if d < len(t) && isDigit(t[d]) {
		return q, false
	}
	return d, worded
}
