package redact

import (
	"slices"
	"strings"
)

// Postal addresses in Hebrew script (session 71), as Israelis write
// them: the street's word, its name, the house's number, a flat, and
// after a comma the town and its postcode of seven digits: "רחוב הרצל
// 45 דירה 12, ראשון לציון 7526812", "רח' ז'בוטינסקי 7 דירה 4, פתח תקווה
// 4951108", "שד' רוטשילד 112, תל אביב-יפו 6688118". After the word
// "address" the street's word is often left out ("כתובת: הנביאים 23/5,
// ירושלים", "כתובת הגפן 17, קריית אתא 2802517"); the town after a comma
// then tells the address from the sentence ("כתובת המשלוח 2 פעמים" is
// none). The street reader reads addresses by their words in Latin
// letters; a street's word or the word "address" (gHeStreet, whose words
// are both lists) runs hebrewAddressAt.

// hebrewStreetWords open a street's name: "street" and its abbreviation
// ("רח'"), "boulevard" and its abbreviation ("שד'"), "alley of". "דרך"
// (road) is left out: it is "through" as often ("הזמנתי דרך האתר").
// The keyword table matches the word alone: "ברחוב" (in the street of)
// names where something happened more often than where someone lives.
var hebrewStreetWords = []string{"רחוב", "רח", "שדרות", "שד", "סמטת"}

// hebrewAddressWords name an address: "address", "the address", "my
// address".
var hebrewAddressWords = []string{"כתובת", "הכתובת", "כתובתי"}

// hebrewAddressQualifiers stand between "address" and the address:
// "new", "the new", "my", "for delivery", "for letters", "the full",
// "the correct", "the updated", "is" ("הכתובת החדשה היא ...").
var hebrewAddressQualifiers = setOf("חדשה", "החדשה", "שלי", "למשלוח", "למכתבים", "המלאה", "הנכונה", "המעודכנת", "מעודכנת", "היא")

// hebrewUnitWords name a part of the house after its number: "flat",
// "entrance", "floor" ("דירה 12", "כניסה ב").
var hebrewUnitWords = []string{"דירה", "כניסה", "קומה"}

// hebrewPlaceStop are the words after a town that end it, beside
// hebrewNotName's: "near" ("... רמת השרון ליד הסופר"), "at someone's",
// "or", "please".
var hebrewPlaceStop = setOf("ליד", "אצל", "או", "בבקשה", "תודה")

// hebrewSiteWords name a firm's site, whose address after them is no
// one's home: a clinic ("במרפאת רחוב ויצמן 14", at the clinic of), a
// branch, an office, a shop, a warehouse, with the article or "at".
var hebrewSiteWords = setOf("מרפאת", "במרפאת", "מרפאה", "במרפאה", "המרפאה", "סניף", "בסניף", "הסניף", "משרד", "במשרד", "משרדי", "במשרדי",
	"חנות", "בחנות", "החנות", "מחסן", "במחסן", "המחסן")

// hebrewWordBefore returns the Hebrew word that ends one space before
// p, or "".
func hebrewWordBefore(t string, p int) string {
	if p < 3 || t[p-1] != ' ' {
		return ""
	}
	k := p - 1
	for k >= 2 && t[k-2] == 0xd7 && hebrewLetter(rune(t[k-1])+0x5c0-0x80) {
		k -= 2
	}
	return t[k : p-1]
}

// hebrewAddressAt reads the address that the street's word or the word
// "address" at t[start:end] opens, and adds it: the street's name (one
// to three words), the house's number, its flat or entrance, and after
// a comma the town (up to three words) with its postcode. After the
// word "address" (and its qualifiers, a colon or a dash) the address
// must have its town.
func (s *state) hebrewAddressAt(start, end int) {
	t := s.text
	a, q := start, end
	street := slices.Contains(hebrewStreetWords, t[start:end])
	if hebrewSiteWords[hebrewWordBefore(t, start)] {
		return // a firm's site's
	}
	switch {
	case street && (end-start == len("רח")):
		// "רח'", "שד'": an abbreviation needs its geresh ("שד" alone is
		// a word of its own).
		g := hebrewGereshAt(t, q)
		if g == 0 {
			return
		}
		q += g
	case !street:
		if q = hebrewAddressLabel(t, q); q < 0 {
			return
		}
		if e := hebrewWordAt(t, q); e > q && slices.Contains(hebrewStreetWords, t[q:e]) {
			return // the street's word reads it: "הכתובת: רחוב הרצל 45, ..."
		}
		a = q
	}
	if q < len(t) && t[q] == ' ' && street {
		q++
	}
	e := hebrewStreetNumber(t, q)
	if e < 0 {
		return
	}
	e = hebrewUnits(t, e)
	town := hebrewTown(t, e)
	if town == e && !street {
		return
	}
	s.add(cand{start: a, end: town, typ: TypeStreetAddress, rec: "hebrew_address", score: 0.85})
}

// hebrewGereshAt returns the width of the geresh at t[i] (an ASCII
// apostrophe or U+05F3), or 0.
func hebrewGereshAt(t string, i int) int {
	switch {
	case i < len(t) && t[i] == '\'':
		return 1
	case strings.HasPrefix(t[i:], "׳"):
		return len("׳")
	}
	return 0
}

// hebrewAddressLabel returns where the address starts after the word
// "address" that ends at q: past its qualifiers ("כתובת חדשה", "הכתובת
// למשלוח"), a colon or a dash and spaces; or -1 when a word of the
// sentence follows the word instead.
func hebrewAddressLabel(t string, q int) int {
	for n := 0; n < 3; n++ {
		k := q
		for k < len(t) && t[k] == ' ' {
			k++
		}
		e := hebrewWordAt(t, k)
		if e == k || !hebrewAddressQualifiers[t[k:e]] {
			break
		}
		q = e
	}
	for k := 0; k < 4 && q < len(t); k++ {
		switch {
		case t[q] == ' ' || t[q] == ':' || t[q] == '-':
			q++
		case strings.HasPrefix(t[q:], "–"):
			q += len("–")
		default:
			k = 4
		}
	}
	if q >= len(t) || t[q] != 0xd7 {
		return -1
	}
	return q
}

// hebrewStreetNumber reads a street's name of one to three Hebrew words
// at q and the house's number after it ("הרצל 45", "משה שרת 8",
// "הנביאים 23/5", "ז'בוטינסקי 7"), and returns the number's end, or -1.
func hebrewStreetNumber(t string, q int) int {
	e := q
	for w := 0; w < 3; w++ {
		k := hebrewWordAt(t, e)
		if k == e || hebrewNotName[t[e:k]] {
			return -1
		}
		if k+1 < len(t) && t[k] == ' ' && isDigit(t[k+1]) {
			return hebrewHouseNumber(t, k+1)
		}
		if k+1 >= len(t) || t[k] != ' ' && t[k] != '-' {
			return -1
		}
		e = k + 1
	}
	return -1
}

// hebrewHouseNumber returns the end of a house's number at q: one to
// four digits, maybe a flat's after a slash ("23/5"), ended by no letter
// or digit of ASCII; or -1.
func hebrewHouseNumber(t string, q int) int {
	k := q
	for k < len(t) && isDigit(t[k]) {
		k++
	}
	if k == q || k-q > 4 {
		return -1
	}
	if k+1 < len(t) && t[k] == '/' && isDigit(t[k+1]) {
		k++
		for k < len(t) && isDigit(t[k]) {
			k++
		}
	}
	if k < len(t) && isAlnum(t[k]) {
		return -1
	}
	return k
}

// hebrewUnits returns the end of the flats, entrances and floors after
// the house's number that ends at e ("45 דירה 12", "62, דירה 9"), or e.
func hebrewUnits(t string, e int) int {
	for n := 0; n < 2; n++ {
		k := e
		if k < len(t) && t[k] == ',' {
			k++
		}
		for k < len(t) && t[k] == ' ' {
			k++
		}
		w := hebrewWordAt(t, k)
		if w == k || !slices.Contains(hebrewUnitWords, t[k:w]) || w+1 >= len(t) || t[w] != ' ' {
			return e
		}
		u := w + 1
		if isDigit(t[u]) {
			for u < len(t) && isDigit(t[u]) {
				u++
			}
		} else if l := hebrewWordAt(t, u); l-u == 2 { // a letter: "כניסה ב"
			u = l
		} else {
			return e
		}
		e = u
	}
	return e
}

// hebrewTown returns the end of the town after the comma at e and of
// its postcode ("..., ראשון לציון 7526812", "..., תל אביב-יפו"), or e:
// up to three words, parted by spaces or dashes, that a postcode, a
// mark or the line's end follows ("..., רמת השרון 4723706 ליד הסופר";
// not "..., חיפה ליד הסופר", whose town's end is not sure).
func hebrewTown(t string, e int) int {
	if e >= len(t) || t[e] != ',' {
		return e
	}
	q := e + 1
	for q < len(t) && t[q] == ' ' {
		q++
	}
	k, p := q, q // the end of the town's last word, the next word's start
	for w := 0; w < 3; w++ {
		n := hebrewWordAt(t, p)
		if n == p || hebrewNotName[t[p:n]] || hebrewPlaceStop[t[p:n]] {
			break
		}
		k = n
		if n+1 >= len(t) || t[n] != ' ' && t[n] != '-' || t[n+1] != 0xd7 {
			break
		}
		p = n + 1
	}
	switch {
	case k == q:
		return e
	case k+8 <= len(t) && t[k] == ' ' && hebrewDigitRun(t, k+1) == 7:
		return k + 8 // the postcode
	case k == len(t) || strings.IndexByte(".,;!?)\n\r", t[k]) >= 0:
		return k
	}
	return e
}

// hebrewDigitRun returns the number of digits from t[i] when no ASCII letter
// follows them, else 0.
func hebrewDigitRun(t string, i int) int {
	k := i
	for k < len(t) && isDigit(t[k]) {
		k++
	}
	if k < len(t) && isAlnum(t[k]) {
		return 0
	}
	return k - i
}
