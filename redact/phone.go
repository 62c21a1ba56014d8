package redact

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7/data"
	"github.com/nyaruka/phonenumbers"
	"google.golang.org/protobuf/proto"
)

// Phone numbers. libphonenumber's metadata (through
// github.com/nyaruka/phonenumbers) gives, for every country calling code
// and region, the possible lengths of a national number and the national
// prefix; the scanner checks candidates against tables built from it once,
// so the common path costs no parsing. WithStrictPhones adds the full
// validity check of the numbering plan.

type phoneRegion struct {
	code   string
	cc     int
	prefix string // national (trunk) prefix, e.g. "0"
	lens   uint32 // bit n set: a national number of n digits is possible
}

var defaultPhoneRegions = []string{"US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PT", "IE", "AU", "IN", "BR", "JP", "IL"}

var phoneMeta struct {
	once    sync.Once
	byCC    [1000]uint32 // possible lengths per calling code
	regions map[string]*phoneRegion
}

func loadPhoneMeta() {
	phoneMeta.once.Do(func() {
		phoneMeta.regions = map[string]*phoneRegion{}
		coll, err := phonenumbers.MetadataCollection()
		if err != nil {
			return
		}
		for _, m := range coll.GetMetadata() {
			cc := int(m.GetCountryCode())
			if cc <= 0 || cc >= 1000 {
				continue
			}
			var lens uint32
			descs := []*phonenumbers.PhoneNumberDesc{m.GetGeneralDesc(), m.GetFixedLine(), m.GetMobile(), m.GetTollFree(), m.GetVoip(), m.GetPersonalNumber(), m.GetUan()}
			for _, d := range descs {
				for _, l := range d.GetPossibleLength() {
					if l > 0 && l < 32 {
						lens |= 1 << uint(l)
					}
				}
			}
			phoneMeta.byCC[cc] |= lens
			id := m.GetId()
			if len(id) == 2 {
				phoneMeta.regions[id] = &phoneRegion{code: id, cc: cc, prefix: m.GetNationalPrefix(), lens: lens}
			}
		}
		if gb := phoneMeta.regions["GB"]; gb != nil {
			phoneMeta.regions["UK"] = gb
		}
	})
}

func lookupPhoneRegion(code string) *phoneRegion {
	loadPhoneMeta()
	return phoneMeta.regions[code]
}

// phone checks a digit run as an international number (+ or 00), a North
// American number, or a national number of one of the engine's regions.
func (s *state) phone(x *numInfo) {
	if x.nd < 7 || x.nd > 15 || s.e.checks&checkPhone == 0 {
		return
	}
	// "1Z 9W4 A72 03 8815 4471": the end of a UPS tracking number typed
	// in groups.
	if upsGroupsBefore(s.text, x.start) {
		return
	}
	// Belgium's structured payment communication between its plus signs,
	// "+++441/0098/73035+++", which a country code may open (session 75).
	if x.plus && x.start >= 2 && s.text[x.start-2:x.start] == "++" {
		return
	}
	// "Fort Collins, CO 80500-8779, tel. ...": a ZIP+4 code after its
	// state, whatever word follows.
	if x.ng == 2 && x.sep == '-' && x.glens[0] == 5 && x.glens[1] == 4 && usStateBefore(s.text, x.start) {
		return
	}
	d := x.dig()
	// A number that needs a phone word takes it from before the number
	// ("my phone is ..."), so "SSN is 061376511 and my phone is" stays an
	// SSN.
	end := max(x.end, x.ext)
	// The tail of a longer run of groups ("61089 416 60 039 office", a
	// postcode before the number) is a number only with a label after it.
	labelled, owned, next := phoneLabelAfter(s.text, end)
	if !labelled {
		// "is my number" labels the number. A phone's own noun ("is my
		// mobile", "es mi número de contacto") outweighs a label word
		// before it, and so does a bare "number" when the number opens
		// its clause ("About my contract, 0612345678 is my number"), but
		// not right after the label ("Kundennummer: 12345678 ist meine
		// Nummer" says which customer number).
		var phone bool
		labelled, phone = phoneOwnerAfter(s.text, end)
		owned = phone || labelled && opensClause(s.text, x.start)
		if !labelled && phoneAsAfter(s.text, end) {
			labelled, owned = true, true // "0647043363 als terugbelnummer"
		}
	}
	// A run after a sentence's end is no tail: "date of birth 25th Sept
	// 1996. 07883 125964." (session 75).
	if x.suffix && sentenceEndBefore(s.text, x.start) {
		y := *x
		y.suffix = false
		x = &y
	}
	// Nor when its label introduces the next number: "aadhaar is 3050
	// 7226 7427, mobile 98450 31276" (session 74).
	if x.suffix && (!labelled || next) {
		return
	}
	// "Signalement n° 4471-2209-FR": one part of a longer code, whatever
	// phone word is near.
	if !x.plus && codeGoesOn(s.text, end) {
		return
	}
	// Looking for a calling phrase before the number costs more than the
	// checks that may not need it, so it runs on first use.
	conf := labelled || x.ext > 0
	ph := &phoneRead{s: s, x: x, d: d, end: end, labelled: labelled, owned: owned, known: conf, conf: conf}
	// A number glued to a '#' is a reference ("#24446639", "ticket
	// #05807787", "my phone shows #05807787"), unless it is international
	// or a phone word or a calling phrase labels it ("Phone #555-123-4567",
	// "call me on #07700900123"); after a word, the '#' is that word's
	// label ("tel#01711234567").
	if p := x.start; p > 0 && s.text[p-1] == '#' && (p < 2 || !isLetter(s.text[p-2])) && !x.plus && !phonePhraseBefore(s.text, p-1, true) {
		return
	}
	off := -1
	switch {
	case x.plus:
		off = 0
	case d[0] == '0' && d[1] == '0' && (x.nd >= 10 && x.ng >= 2 || x.nd >= 11 && d[2] != '0' && (ph.confirmed() || s.groupWordBefore(x.start, ctxBefore, gPhone))):
		// The dialling prefix "00" before groups ("0049 160 0087515"),
		// or in one run after a phone word or a calling phrase ("ich
		// rufe Sie unter 00491600087515 zurück").
		off = 2
	case x.nd >= 11 && string(d[:3]) == "011" && x.ng >= 2:
		off = 3
	}
	if off >= 0 {
		if cc, nsn, ok := s.intlPhone(x, d, off); ok {
			if s.e.leniency >= PhoneValid && !strictPhone(cc, nsn) {
				return
			}
			ph.add(0.75, false)
			return
		}
		if off != 3 {
			return
		}
		// "011" that dials out of North America to no country is a
		// British area code: Leeds 0113, Sheffield 0114, Nottingham
		// 0115, Leicester 0116, Bristol 0117, Reading 0118.
	}
	if off < 0 && spelledPlus(s.text, x.start) {
		// "mi número es más 33 7 30 51 15 17": the plus said in words,
		// taken after a phone word only.
		if _, _, ok := s.intlPhone(x, d, 0); ok {
			ph.add(0.55, true)
			return
		}
	}
	if slashAreaCode(s.text, x, d) {
		// "Tel. 030/12345678", "0171 / 234 5678": a trunk-prefixed area
		// code before a slash, the German and Austrian way. Order and
		// reference numbers take the same shape, so a phone word or a
		// calling phrase ("reach me at") must come before it.
		for _, r := range s.e.regions {
			if r.prefix == "0" && r.lens&(1<<uint(x.nd-1)) != 0 {
				switch {
				case ph.confirmed():
					ph.add(0.55, false)
				case germanMobileSlash(x, d):
					ph.add(0.5, false)
				default:
					ph.add(0.3, true)
				}
				return
			}
		}
		return
	}
	if x.sep == '/' && x.ng == 2 && x.nd == 10 && x.glens[0] == 3 && d[0] == '3' {
		// "cellulare 345/1903465": an Italian mobile's prefix before a
		// slash, which a phone word or a calling phrase must name.
		if ph.confirmed() {
			ph.add(0.55, false)
		} else {
			ph.add(0.3, true)
		}
		return
	}
	if x.sep == '/' || calendarDate(s.text, x) || x.mixed && dottedRange(s.text[x.start:x.end]) || timeRange(x) && s.hoursRange(x.start, end) {
		return
	}
	// Short codes joined into a list ("codes 01-02-03-04-05-06-07",
	// "04 11 23 35 42 49") have a phone's length; no national plan writes
	// six groups of two digits or fewer, and four or five that count by a
	// fixed step ("01-02-03-04-05") are a list unless a phone word is near.
	if x.ng == x.nd && x.nd >= 9 && x.nd <= 13 && x.sep == ' ' && !x.mixed && !x.paren && !x.plus {
		// A number read out digit by digit, each a space apart, after a
		// phone's word: "text me instead: 0 7 8 2 4 5 5 1 3 0 9".
		ph.add(0.5, true)
		return
	}
	ph.list = x.ng >= 4 && !x.paren && pairList(x)
	if ph.list && x.ng >= 6 {
		return
	}
	if ok, bracketed := trunk8(s.text, x, d, s.e.zone7); ok {
		switch {
		case freeLine7(d[1:]):
			// A firm's free line ("Горячая линия 8 800 100-27-43",
			// "позвоните 8-800-100-27-43"): no person's number.
		case s.e.leniency >= PhoneValid && !strictPhone(7, d[1:]):
		case bracketed:
			ph.add(0.6, false)
		case ph.confirmed():
			ph.add(0.55, false)
		default:
			ph.add(0.3, true)
		}
		return
	}
	if ok, bracketed := s.brazilLocal(x, d); ok {
		switch {
		case ph.confirmed():
			ph.add(0.55, false) // as any confirmed national number below
		case bracketed:
			ph.add(0.5, false)
		default:
			ph.add(0.3, true)
		}
		return
	}
	// Groups of one digit are rare in phone numbers and common in lists;
	// a confirmed number of three groups or more may have one ("06 1 234
	// 5678", "8 (123) 456-78-90", "(0)20 7946 0958").
	// The old German form sets the trunk prefix apart inside the brackets:
	// "(0 30) 25 89 44 17".
	// A trunk's 0 set apart by a space before groups of two digits or
	// more is one too, after a phone's word or a calling phrase ("my
	// wife's number is 0 535 882 14 60", "aur number 0 98140 55721"):
	// parts' numbers take the shape ("front pads 0 986 494 823"), and a
	// free line's "0 800" is the firm's.
	one := 0
	for k := 0; k < x.ng; k++ {
		if x.glens[k] < 2 && !(k == 0 && x.glens[0] == 1 && (d[0] == '1' || chileMobile(x, d) || d[0] == '0' && (x.paren && parenTrunk(s.text, x) || loneTrunk(x, d) && (ph.confirmed() || s.groupWordBefore(x.start, ctxBefore, gPhone))))) {
			one++
		}
	}
	if one > 0 && x.ng > 1 && !(ph.confirmed() && one == 1 && x.ng >= 3) {
		return
	}
	grouped := x.ng >= 2 && (!x.mixed || x.paren)
	if x.sep == '.' && x.ng < 3 {
		grouped = false
	}
	// A mobile typed without spaces ("mine is 07845355230"): no order or
	// tracking number of chat opens with a mobile's prefix and has its
	// length, so it needs no phone word.
	if x.ng == 1 {
		if cc := s.bareMobile(d); cc > 0 && (s.e.leniency < PhoneValid || strictPhone(cc, d[1:])) {
			ph.add(0.5, false)
			return
		}
	}
	// An Iranian mobile in a text of Persian script, whatever region the
	// detector has ("شماره فعلیم 09014242491", "سعید زمانی ۰۹۱۲۳۰۳۵۹۲۵").
	if (x.ng == 1 || x.ng == 3 && x.glens[0] == 4 && x.glens[1] == 3 && x.glens[2] == 4 && x.sep != '.') && iranMobile(d) &&
		hasPersian(aroundNumber(s.text, x.start, end)) && (s.e.leniency < PhoneValid || strictPhone(98, d[1:])) {
		ph.add(0.3, true) // as before, which a phone word or a name before it raises
		ph.add(0.5, false)
		return
	}
	// A Polish mobile or landline in Poland's groups in a Polish text,
	// whatever region the detector has ("dzwoni z 22 614 08 93", "z 505
	// 118 274 na ..."): no amount ("500 000 000 zł") nor reference is
	// so grouped but after its label, which rules it out.
	if s.e.pl && polishPhoneShape(x, d) && !currencyAfter(s.text, end) && !(thousands(x) && string(d[6:]) == "000") &&
		hasPolish(aroundNumber(s.text, x.start, end)) && strictPhone(48, d) {
		if ph.confirmed() {
			ph.add(0.55, false) // as a confirmed national number below
		} else {
			ph.add(0.5, false)
		}
		return
	}
	// A Greek mobile in a text of Greek script (greekMobileRead), but
	// in North America's shape ("694 512 3874"), which the loop below
	// reads first.
	if !(x.ng == 3 && x.glens[0] == 3) && ph.greekMobileRead() {
		return
	}
	for _, r := range s.e.national[d[0]-'0'] {
		if r.cc == 1 {
			// North America: [1] NPA NXX XXXX, NPA and NXX starting 2-9.
			k := 0
			if x.nd == 11 && d[0] == '1' {
				k = 1
			}
			if x.nd-k != 10 || d[k] < '2' || d[k+3] < '2' {
				continue
			}
			gl := x.glens[:x.ng]
			if k == 1 && x.ng > 1 {
				gl = gl[1:]
			}
			switch {
			case len(gl) == 3 && gl[0] == 3 && gl[1] == 3 && gl[2] == 4:
				if s.e.leniency >= PhoneValid && !strictPhone(1, d[k:]) {
					return
				}
				ph.add(0.6, false)
			case len(gl) == 2 && x.paren && gl[0] == 3:
				ph.add(0.6, false)
			case x.ng == 1 && ph.confirmed():
				ph.add(0.55, false)
			case x.ng == 1:
				ph.add(0.3, true)
			default:
				continue
			}
			return
		}
		if d[1] == '0' {
			continue // the trunk prefix is d[0] (nationalRegions)
		}
		if r.lens&(1<<uint(x.nd-1)) == 0 {
			continue
		}
		if s.e.leniency >= PhoneValid && !strictPhone(r.cc, d[1:]) {
			continue
		}
		if grouped && x.sep != '.' || x.sep == '.' && x.ng >= 4 {
			ph.add(0.5, false)
		} else if ph.confirmed() {
			ph.add(0.55, false)
		} else {
			ph.add(0.3, true)
		}
		return
	}
	// A Greek mobile in North America's shape that the loop above did
	// not read (no region of North America).
	if ph.greekMobileRead() {
		return
	}
	// Anything else of phone length needs a phone word nearby; a run
	// shaped like a date is a date.
	g := x.glens[:x.ng]
	dateLike := x.ng == 3 && !x.paren && (g[0] == 4 && g[1] <= 2 && g[2] <= 2 || g[0] <= 2 && g[1] <= 2 && (g[2] == 4 || g[2] == 2)) || yearMonthRun(x, d)
	// A national number in a format of its own country ("374 780 163",
	// "71-33-52-22", "(64) 3591-3246", "08-123 456 78") is taken when a
	// label follows it ("... office", "...-Fax"), a calling phrase
	// precedes it or an extension ends it.
	if ph.confirmed() && !dateLike {
		ph.add(0.55, false)
		return
	}
	// Spanish, Italian and Portuguese say where to call with an article:
	// "disponible en el 91 427 38 15", "mi trovi al 347 123 4567",
	// "estou no 21 234 5678", "estoy en el 627 064 030". Groups of three
	// after the first that end in "000" are an amount ("el 600 000 000",
	// "el 612 500 000"), not a number to dial.
	if !dateLike && grouped && x.sep == ' ' && !(thousands(x) && string(d[len(d)-3:]) == "000") && s.articleRegion(d) && articleBefore(s.text, x.start) && !currencyAfter(s.text, end) {
		ph.add(0.5, false)
		return
	}
	// A Spanish or a Portuguese number in three groups of three, as
	// both write them ("650 424 807", "947 789 126", "912 345 678"),
	// that ends its clause: no order or amount is so grouped but after
	// a label word, which rules it out, or before a currency or the noun
	// it counts ("shipped 612 904 377 boxes"). The national numbers of nine digits
	// that other countries group so and that pass their checksums
	// (Canada's SIN, Australia's TFN and ACN) are left to their rules.
	if x.ng == 3 && !x.mixed && x.sep == ' ' && g[0] == 3 && g[1] == 3 && g[2] == 3 && s.articleRegion(d) && !(thousands(x) && string(d[len(d)-3:]) == "000") && !currencyAfter(s.text, end) && !wordGoesOnAfter(s.text, end) {
		if v := s.text[x.start:x.end]; !sameDigits(string(d)) && !validCASIN(v) && !validAUTFN(v) && !validAUACN(v) {
			ph.add(0.5, false)
			return
		}
	}
	// A Spanish number grouped as Spain writes it, "699 53 79 89" or "91
	// 427 38 15": no amount, date or order number is so grouped.
	if x.nd == 9 && x.ng == 4 && !x.mixed && x.sep == ' ' && g[2] == 2 && g[3] == 2 && (g[0] == 3 && g[1] == 2 || g[0] == 2 && g[1] == 3) &&
		d[0] >= '6' && s.hasRegion("ES") && !sameDigits(string(d)) && !currencyAfter(s.text, end) && !s.groupWordBefore(x.start, ctxBefore, gNeg|gRef) && !numberWordBefore(s.text, x.start) {
		ph.add(0.5, false)
		return
	}
	// A local number of seven digits ("555 0132", "555-0132").
	local7 := x.nd == 7 && x.ng == 2 && g[0] == 3 && g[1] == 4 && !x.mixed && x.sep != '.'
	if x.nd >= 8 && x.nd <= 12 && (x.ng == 1 || (grouped || spacedArea(s.text, x)) && !dateLike) || local7 {
		ph.add(0.3, true)
	}
}

// yearMonthRun reports whether x opens with a year and a month that
// hyphens join to a count ("Sag: 2024-05-0317", "ticket 2023-11-4471"):
// a case's or a ticket's number, counted within its month, which no
// country's plan writes so. A phone word a sentence before it names
// another number ("ringe til os på 70 15 44 80. Sag: 2024-05-0317").
func yearMonthRun(x *numInfo, d []byte) bool {
	if x.ng != 3 || x.sep != '-' || x.mixed || x.paren || x.glens[0] != 4 || x.glens[1] != 2 {
		return false
	}
	y, m := num(string(d[:4])), num(string(d[4:6]))
	return y >= 1990 && y <= 2039 && m >= 1 && m <= 12
}

// spacedArea reports whether the number x is written as Argentina and
// much of Latin America type a mobile: the area code, a space, then the
// rest in two groups or more that hyphens join ("11 15-4782-3391", "351
// 15-628-4417"), its last group of four digits. Its separators
// differ, which the groups of a phone do not otherwise; it still needs a
// phone's word near (add's need). Groups of two at the end are the
// former Soviet Union's ("71 200-44-44"), whose firms' lines fill the
// sets.
func spacedArea(t string, x *numInfo) bool {
	if !x.mixed || x.paren || x.plus || x.ng < 3 || x.glens[0] > 4 || x.glens[x.ng-1] != 4 {
		return false
	}
	p := x.start + int(x.glens[0])
	if p >= x.end || t[p] != ' ' {
		return false
	}
	// Argentina's mobile prefix 15 may stand apart by a space too: "11
	// 15 3456-7890".
	if strings.HasPrefix(t[p:x.end], " 15 ") && x.ng == 4 {
		p += 3
	}
	for p++; p < x.end; p++ {
		if c := t[p]; !isDigit(c) && c != '-' {
			return false
		}
	}
	return true
}

// chileMobile reports whether x is written as Chile writes its
// mobiles, the 9 that opens them set apart and two groups of four ("mi
// número es 9 6123 4455"). It lifts only the rule against groups of one
// digit: the number still needs a phone's word near.
func chileMobile(x *numInfo, d []byte) bool {
	return x.nd == 9 && x.ng == 3 && d[0] == '9' && x.glens[1] == 4 && x.glens[2] == 4 && !x.mixed && x.sep == ' ' && !x.paren && !x.plus
}

// sentenceEndBefore reports whether a number of four digits or more and
// a full stop end a sentence right before p, a space between: the
// groups before are another run, not the head of this one ("1996.
// 07883 125964"). A day's "14. 03." has fewer digits.
func sentenceEndBefore(t string, p int) bool {
	if p < 6 || t[p-1] != ' ' || t[p-2] != '.' {
		return false
	}
	k := p - 2
	for k > 0 && isDigit(t[k-1]) {
		k--
	}
	return p-2-k >= 4 && (k == 0 || !isAlnum(t[k-1]))
}

// phoneRead is what phone has read of a digit run: its methods, which
// each path of phone may call, were closures, whose making cost more
// than these fields.
type phoneRead struct {
	s               *state
	x               *numInfo
	d               []byte // the run's digits
	end             int    // the run's end, with its extension
	labelled, owned bool   // a label after the number; one that names a phone
	known, conf     bool   // whether confirmed has looked, and what it found
	list            bool   // a list of short codes, taken only after a phone word
}

// confirmed reports whether a calling phrase, a label or a sibling
// number confirms the number, looking on first use.
func (ph *phoneRead) confirmed() bool {
	if !ph.known {
		s, x, d, end := ph.s, ph.x, ph.d, ph.end
		ph.known, ph.conf = true, !x.suffix && (callingPhrase(s.text, x.start, end) || phoneVerbAfter(s.text, x.start, end) ||
			letterLabelBefore(s.text, x.start) || phoneSymbolBefore(s.text, x.start) || hashNumberBefore(s.text, x.start) || s.contactListPhone(x, d, end) ||
			intlSibling(s.text, x.start, end) || wordLabelBefore(s.text, x.start, end))
	}
	return ph.conf
}

// add offers the number as a phone with the score; need says it needs a
// phone word before it.
func (ph *phoneRead) add(score float64, need bool) {
	s, x, d, end := ph.s, ph.x, ph.d, ph.end
	// An amount: "34 111 500 FCFA", "1 250 000 euros", grouped by
	// thousands, with no trunk prefix, no brackets and no phone
	// word before it ("Tel. 0171 2345678 EUR-Hotline", "Teléfono:
	// 912 345 678 EUR" stay phones).
	if !x.plus && !ph.labelled && x.ng >= 2 && thousands(x) && d[0] != '0' && !x.paren && currencyAfter(s.text, end) &&
		!(ph.known && ph.conf) && !phonePhraseBefore(s.text, x.start, false) && !s.groupWordBefore(x.start, ctxBefore, gPhone) {
		return
	}
	need = need || ph.list
	if x.suffix {
		if need {
			return
		}
		score = 0.6 // over the run that takes the postcode in
	}
	start := x.start
	if x.plus && start > 0 && s.text[start-1] == '(' && strings.IndexByte(s.text[start:end], ')') > 0 {
		start-- // "(+44) 7700 900123"
	}
	if s.text[start] == '(' && strings.IndexByte(s.text[start:end], ')') < 0 {
		start++ // "(06 12 34 56)": the brackets hold the whole number
	}
	if carrierPrefixBefore(s.text, start) {
		start -= 3 // "0xx21 2814-4985": the trunk and the carrier's "xx"
	}
	// A calling phrase confirms the number against the decoy words
	// near it ("about my policy. Please ring me on ..."); a phone
	// word or owner phrase after it, against a label before it too
	// ("Referenz: 0171 2345678 ist meine Nummer"), which a verb
	// ("Rechnung 12345678 anrufen?") or a place ("build 22631.3296,
	// Office") after it does not. So does a North American shape
	// that no reference has ("The PUK for the SIM on (646) 382-1907"),
	// and so does a country's code after '+' ("my number on the
	// contract is +49 171 3846291", session 56).
	// An extension written apart confirms the number but is no part of
	// it: writers label "617-492-8830" in "617-492-8830 ext. 214" and
	// "503.228.7740 x3". One glued to it stays, as generated records
	// write it and label it ("+1-903-140-4508x769").
	if end > x.end && spaceAt(s.text, x.end) > 0 {
		end = x.end
	}
	s.add(cand{start: start, end: end, typ: TypePhoneNumber, rec: "phone_number", score: score, boost: gPhone, neg: gNeg | gRef, label: gNeg | gRef | gIMEI, need: need, before: need,
		called: ph.known && ph.conf || nanpInBrackets(s.text[start:end]) || x.plus, owned: ph.owned})
}

// codeGoesOn reports whether a '-' at end joins the number before it to
// more of a code: digits or a code's capitals ("4471-2209-FR",
// "100-22-4512-XL"), not a word that labels the number ("(37)
// 788-063-Office", "555 0132-fax").
func codeGoesOn(t string, end int) bool {
	if end+1 >= len(t) || t[end] != '-' {
		return false
	}
	// The part after the '-': digits, a code of letters and digits, or
	// at most two capitals ("FR", "XL"); three letters or more are a
	// word, whatever their case ("-Office", "-FAX" in a text in capitals).
	// Sixteen bytes tell: a longer part is no phone's label either way.
	j, letters, digits := end+1, 0, 0
	for ; j < len(t) && j <= end+16 && isAlnum(t[j]); j++ {
		if isDigit(t[j]) {
			digits++
		} else if isUpperByte(t[j]) {
			letters++
		} else {
			return false
		}
	}
	return digits > 0 || letters > 0 && letters <= 2
}

// numberWordBefore reports whether a bare word for "number" (see
// numberWord) comes right before start, maybe with a full stop or a
// colon: the number of some account or customer ("Account No 91 427 38
// 15", "customer number: 699 53 79 89"). A phone's own word before the
// number confirms it before this is asked.
func numberWordBefore(t string, start int) bool {
	var low [8]byte
	_, w := foldedWordBefore(t, start, " .:", low[:0])
	return numberWord(string(w))
}

// germanMobileSlash reports whether x is a German mobile number written
// with a slash after its network's prefix ("0172/13234211", "0151 /
// 2345678"): no date or reference number opens with 015, 016 or 017 in
// a group of four.
func germanMobileSlash(x *numInfo, d []byte) bool {
	return x.ng == 2 && x.glens[0] == 4 && x.nd >= 10 && x.nd <= 12 && d[0] == '0' && d[1] == '1' && d[2] >= '5' && d[2] <= '7'
}

// scriptReach is how far from a number, in bytes, the readers of a
// country's mobiles without a phone word look for the letters of its
// script or language (Persian's, Polish's, Greek's: a number in a text
// of that script is the country's whatever regions the detector has).
const scriptReach = 160

// aroundNumber returns the text within scriptReach bytes of the number
// t[start:end], where those readers look.
func aroundNumber(t string, start, end int) string {
	return t[max(0, start-scriptReach):min(len(t), end+scriptReach)]
}

// hasRegion reports whether the detector reads the national numbers of
// the region code.
func (s *state) hasRegion(code string) bool {
	for _, r := range s.e.regions {
		if r.code == code {
			return true
		}
	}
	return false
}

// nationalRegions returns, for each first digit of a number, the regions
// whose national numbers phone reads it as, in their order: the first of
// North America, whose numbers it reads apart and which all read alike,
// and those whose trunk prefix is that digit alone. Most numbers do not
// start with '0', the trunk prefix of most regions, and so have North
// America's alone to try.
func nationalRegions(regions []*phoneRegion) (m [10][]*phoneRegion) {
	nanp := false
	for _, r := range regions {
		if r.cc == 1 {
			if !nanp {
				for c := range m {
					m[c] = append(m[c], r)
				}
			}
			nanp = true
			continue
		}
		if len(r.prefix) == 1 && isDigit(r.prefix[0]) {
			m[r.prefix[0]-'0'] = append(m[r.prefix[0]-'0'], r)
		}
	}
	return m
}

// wordGoesOnAfter reports whether a word of letters follows the number
// that ends at end, after one space, that says what the number counts or
// names ("shipped 612 904 377 boxes"): any word but the conjunctions and
// the words of time and courtesy that go on after a number to call
// (callAfterWords: "650 424 807 o 635 ...", "607 395 298 por las
// tardes", "967 907 530 depois do almoço"); a letter beyond ASCII
// counts, a dash or an emoji does not (entLetterAt).
func wordGoesOnAfter(t string, end int) bool {
	p := end + spaceAt(t, end)
	if p == end || p >= len(t) || isDigit(t[p]) || !entLetterAt(t, p) {
		return false
	}
	q := p
	for q < len(t) && q-p <= 10 && entLetterAt(t, q) {
		_, w := utf8.DecodeRuneInString(t[q:])
		q += w
	}
	var low [11]byte
	if q-p > 10 {
		return true
	}
	return !callAfterWords[string(lowerASCII(low[:0], t[p:q]))]
}

// callAfterWords are the words, in lower case, that may follow a number
// to call in the chat languages: conjunctions, prepositions and words of
// time and courtesy.
var callAfterWords = map[string]bool{
	"and": true, "or": true, "y": true, "o": true, "e": true, "ou": true, "oder": true, "und": true,
	"after": true, "before": true, "at": true, "in": true, "on": true, "from": true, "until": true, "till": true, "between": true,
	"anytime": true, "today": true, "tomorrow": true, "tonight": true, "please": true, "pls": true, "thanks": true, "thx": true,
	"if": true, "mornings": true, "evenings": true, "weekdays": true,
	"por": true, "de": true, "después": true, "despues": true, "depois": true, "antes": true, "a": true, "al": true, "à": true,
	"en": true, "em": true, "no": true, "na": true, "para": true, "pra": true, "desde": true, "hasta": true, "até": true, "ate": true,
	"entre": true, "mañana": true, "manana": true, "amanhã": true, "amanha": true, "hoy": true, "hoje": true, "gracias": true,
	"obrigado": true, "obrigada": true, "dopo": true, "prima": true, "dalle": true, "grazie": true, "après": true, "apres": true,
	"avant": true, "merci": true, "ab": true, "nach": true, "bis": true, "danke": true, "tot": true, "bedankt": true,
}

// bareMobile returns the calling code of a region of the detector
// whose mobiles d, all digits with the trunk prefix, is shaped like: a
// British one ("07" and nine digits, not the personal numbers of "070"
// nor the pagers of "076") or a German one ("015", "016" or "017" and
// eight or nine digits); a Nigerian one ("070", "080", "081", "090",
// "091" and eight digits) or a Malaysian one ("01" and eight or nine
// digits) when the detector has those regions (not by default); else 0. Ten digits that open with "06" or
// "07", a French or Dutch mobile's shape, are as often a French
// reference ("0612345678, c'est mon numéro de commande"): they need a
// phone word.
func (s *state) bareMobile(d []byte) int {
	var cc int
	switch {
	case len(d) == 11 && d[0] == '0' && d[1] == '7' && d[2] != '0' && d[2] != '6':
		cc = 44
	case (len(d) == 11 || len(d) == 12) && d[0] == '0' && d[1] == '1' && d[2] >= '5' && d[2] <= '7':
		cc = 49
	case len(d) == 11 && d[0] == '0' && (d[1] == '7' && d[2] == '0' || (d[1] == '8' || d[1] == '9') && (d[2] == '0' || d[2] == '1')):
		cc = 234 // Nigeria: "0803 ...", "0905 ...", "0701 ..."
	case (len(d) == 10 || len(d) == 11) && d[0] == '0' && d[1] == '1':
		cc = 60 // Malaysia: "012-384 7721"
	default:
		return 0
	}
	for _, r := range s.e.regions {
		if r.cc == cc {
			return cc
		}
	}
	return 0
}

// brazilLocal reports whether x is a Brazilian number as Brazilians
// write it at home: the two-digit area code (11 to 99, no 0), then a
// mobile's nine digits that start with 9 ("(11) 91234-5678", the 9 maybe
// apart: "(11) 9 1234-5678") or a landline's eight that start with 2 to
// 5 ("(21) 3456-7890"), the last four after '-'. With the area code in
// brackets (bracketed) no other plan has that shape and it needs no
// phone word; without them ("21 98765-4321"), it does.
func (s *state) brazilLocal(x *numInfo, d []byte) (ok, bracketed bool) {
	t := s.text
	// The last four after a space when the mobile's 9 stands apart: "11
	// 9 8589 6610" (session 72).
	if x.plus || x.glens[0] != 2 || d[0] == '0' || d[1] == '0' || x.glens[x.ng-1] != 4 || t[x.end-5] != '-' && !(x.ng == 4 && x.glens[1] == 1 && t[x.end-5] == ' ') {
		return false, false
	}
	if t[x.start] == '(' {
		if !x.paren || x.start+3 >= len(t) || t[x.start+3] != ')' {
			return false, false
		}
		bracketed = true
	}
	// The trunk and the carrier's "xx" before the area code, which no
	// other plan writes, are as sure as its brackets: "0xx21 2814-4985".
	if carrierPrefixBefore(t, x.start) {
		bracketed = true
	}
	switch {
	case x.ng == 3 && x.glens[1] == 5 && d[2] == '9':
	case x.ng == 3 && x.glens[1] == 4 && d[2] >= '2' && d[2] <= '5':
		// A landline's two halves that count up are a range of years or
		// pages: "Temporada (12) 2023-2024", "páginas (14) 2345-2350".
		if a, b := num(string(d[2:6])), num(string(d[6:10])); b > a && b-a < 100 {
			return false, false
		}
	case x.ng == 4 && x.glens[1] == 1 && x.glens[2] == 4 && d[2] == '9':
		// The mobile's 9 apart and the last four after '-' are as sure
		// as the brackets: no other plan writes "21 9 9755-3018".
		if t[x.end-5] == '-' && t[x.start] != '(' {
			bracketed = true
		}
	default:
		return false, false
	}
	if s.e.leniency >= PhoneValid && !strictPhone(55, d) {
		return false, false
	}
	for _, r := range s.e.regions {
		if r.cc == 55 {
			return true, bracketed
		}
	}
	return false, false
}

// carrierPrefixBefore reports whether Brazil's trunk 0 and the carrier's
// digits left as "xx" stand glued before start, at a word's start:
// "0xx21 2814-4985", "0XX11 ...".
func carrierPrefixBefore(t string, start int) bool {
	return start >= 3 && t[start-3] == '0' && t[start-2]|0x20 == 'x' && t[start-1]|0x20 == 'x' && (start == 3 || !isAlnum(t[start-4]))
}

// letterLabelBefore reports whether the number at start follows, at the
// start of its line, the one-letter label a signature block gives a
// phone number: "T +31 20 123 4567", "M: 06-1234 5678", "P. 0171
// 2345678" (telephone, mobile, phone, fax, home, work, cell; not "o",
// the Portuguese article of "o 123 456 789 reais").
func letterLabelBefore(t string, start int) bool {
	q := start
	if q > 0 && t[q-1] == '(' {
		q--
	}
	sp := 0
	for q > 0 && (t[q-1] == ' ' || t[q-1] == '\t') {
		q--
		sp++
	}
	punct := q > 0 && (t[q-1] == ':' || t[q-1] == '.')
	if punct {
		q--
	} else if sp == 0 {
		return false
	}
	// Without ':' or '.', only a capital is a label ("T 020 ...", not
	// "f 2024 ...").
	if q == 0 || !isLetter(t[q-1]) || !punct && isLower(t[q-1]) || q >= 2 && t[q-2] != '\n' {
		return false
	}
	switch t[q-1] | 0x20 {
	case 't', 'm', 'p', 'f', 'h', 'w', 'c':
		return true
	}
	return false
}

// wordLabelBefore reports whether a phone's label word and a colon
// stand right before start, as a contact list gives two numbers: "Home:
// 6135 8518, work: 6513-4196", "Office: ...", "Daytime: ...", "Casa:
// 215420081 / telemóvel: ...", "Callback: ..." (the words isPhoneLabel
// reads after a number, the times of day, home and work in the other
// languages), and the number ends its field at end: "Work: 12345678
// hours" counts hours.
func wordLabelBefore(t string, start, end int) bool {
	// Most numbers follow no colon: that test comes first.
	q := start
	for k := 0; k < 2 && q > 0 && t[q-1] == ' '; k++ {
		q--
	}
	if q == 0 || t[q-1] != ':' {
		return false
	}
	if end < len(t) && strings.IndexByte(",;.!?)\n\r", t[end]) < 0 && !(end+1 < len(t) && t[end] == ' ' && (t[end+1] == '/' || t[end+1] == '|')) {
		return false
	}
	var buf [10]byte
	_, w := foldedWordBefore(t, q-1, "", buf[:0])
	if len(w) < 3 {
		return false
	}
	switch string(w) {
	case "daytime", "evening", "evenings", "weekend", "weekends", "callback",
		"casa", "trabajo", "lavoro", "trabalho", "privat", "privé", "thuis", "werk":
		return true
	}
	return isPhoneLabel(string(w))
}

// callingPhrase reports whether a calling phrase comes before the
// number from start to end ("call me on", "SMS ... to") and no times
// after it make it hours.
func callingPhrase(t string, start, end int) bool {
	return phonePhraseBefore(t, start, false) && !timesAfter(t, end)
}

// phoneSymbolBefore reports whether the symbol of a telephone stands
// before start, maybe with a colon and a space between, as signatures
// and chat label a number with it: "📞 625 893 190", "☎️ 0504295090",
// "📱0159/48377808". The symbols are the receiver (U+1F4DE), the mobile
// phones (U+1F4F1, U+1F4F2), the black and white telephones (U+260E,
// U+260F, maybe with the variation selector U+FE0F) and U+2706.
func phoneSymbolBefore(t string, start int) bool {
	// Each symbol ends in a byte above ASCII, which most numbers do not
	// follow.
	p := symbolEnd(t, start)
	if p < 3 || t[p-1] < utf8.RuneSelf {
		return false
	}
	if p >= 4 {
		switch t[p-4 : p] {
		case "\U0001f4de", "\U0001f4f1", "\U0001f4f2":
			return true
		}
	}
	if p >= 3 {
		switch t[p-3 : p] {
		case "\u260e", "\u260f", "\u2706":
			return true
		}
	}
	return false
}

// hashNumberBefore reports whether '#', written for "number", stands
// before the number at start after the writer's word for their own
// line: "best # is 7138204471", "my # - 7138204471", "home #: ...".
// An order's or a ticket's '#' names no such word.
func hashNumberBefore(t string, start int) bool {
	p := start
	for p > 0 && start-p < 4 && (t[p-1] == ' ' || t[p-1] == ':' || t[p-1] == '-' || t[p-1] == '=') {
		p--
	}
	if p >= 3 && (t[p-1]|0x20) == 's' && (t[p-2]|0x20) == 'i' && t[p-3] == ' ' {
		p -= 3
	}
	for p > 0 && t[p-1] == ' ' {
		p--
	}
	if p == 0 || t[p-1] != '#' {
		return false
	}
	var low [8]byte
	_, w := foldedWordBefore(t, p-1, " ", low[:0])
	switch string(w) {
	case "my", "best", "home", "work", "mobile", "cell", "callback", "contact", "phone", "ph", "tel":
		return true
	}
	return false
}

// calledLate reports whether a calling phrase before a phone number
// confirms it against the decoy words near it, for a number whose shape
// sufficed, so that phone did not look for the phrase: "Sending SMS
// verification code to 06 78 53 90 57" (finish asks, where the decoy
// words are known).
func calledLate(t string, c *cand) bool {
	return c.typ == TypePhoneNumber && callingPhrase(t, c.start, c.end)
}

// spelledPlus reports whether the word for "plus" comes just before
// start, as said when a number is dictated: "plus", "más", "mais",
// "più".
func spelledPlus(t string, start int) bool {
	// The words end in 's', 'u' or 'ù' (whose last byte is 0xb9).
	if start < 4 || t[start-1] != ' ' || t[start-2]|0x20 != 's' && t[start-2]|0x20 != 'u' && t[start-2] != 0xb9 {
		return false
	}
	q := start - 1
	p := q
	for p > 0 && q-p <= 4 && (isLetter(t[p-1]) || t[p-1] >= 0x80) {
		p--
	}
	if q-p < 3 || q-p > 4 || p > 0 && (isLetter(t[p-1]) || t[p-1] >= 0x80) {
		return false
	}
	// A word or a label before it, not a sum: "5 plus 33 ...", "was 12,
	// plus 33 ...".
	b := p
	for b > 0 && t[b-1] == ' ' {
		b--
	}
	if b > 0 && !isLetter(t[b-1]) && t[b-1] < 0x80 && t[b-1] != ':' {
		return false
	}
	var low [4]byte
	switch string(lowerASCII(low[:0], t[p:q])) {
	case "plus", "mas", "más", "mais", "più", "piu":
		return true
	}
	return false
}

// contactListPhone reports whether an e-mail address stands next to the
// number x (its digits d, its end end), joined to it as two items of one
// list of contact details: by a comma or a semicolon and a space, a
// slash or an ampersand between spaces, or a word for "and" or "or"
// ("mis datos: ana@x.es, 958 368 468, nacida...", "ana@x.pt e 218 838
// 631", "ana@x.es y (954 744 447)", "958 368 468 / ana@x.es"). A number
// listed beside an address to write to is the one to call, when it is an
// item of the list itself: it ends at the list's punctuation or a join,
// not before a unit or a noun ("ana@x.es, 958 368 468 euros", "... (n.º
// de cliente)"); it opens its clause when it comes first, after no label
// ("NIF 123456789 ou ana@x.pt"); and it is a valid national number of a
// region the detector reads, which amounts, postcodes and ids seldom
// are. A bare comma between cells of a CSV row, or a bar between those
// of a table, joins no list: the header names the column there (see
// tableColumns).
func (s *state) contactListPhone(x *numInfo, d []byte, end int) bool {
	t := s.text
	if s.noAt == 0 {
		s.noAt = 1
		if strings.IndexByte(t, '@') < 0 {
			s.noAt = 2
		}
	}
	if s.noAt == 2 {
		return false
	}
	start := x.start
	if t[start] == '(' {
		start++
	}
	// A slash inside the run joins two values; three groups of 3, 2
	// and 4 digits are written for an SSN ("219 09 9999").
	// "0173/34171165" is an area code and its number, as Germany writes
	// them.
	if strings.IndexByte(t[start:end], '/') >= 0 && !slashAreaCode(t, x, d) || x.ng == 3 && x.glens[0] == 3 && x.glens[1] == 2 && x.glens[2] == 4 {
		return false
	}
	p, q := start, end
	if p > 0 && t[p-1] == '(' {
		p--
		if q < len(t) && t[q] == ')' {
			q++
		}
	}
	// "ana@mail.com / 958368468 / 2024": a year or a count listed after
	// it makes the list one of numbers.
	if r := listJoinAfter(t, q); r > 0 && shortNumberAt(t, r) {
		return false
	}
	beside := false
	if j := listJoinBefore(t, p); j > 0 && (listItemEnds(t, q) || phoneRemarkAfter(t, q)) {
		// Before: the address, a join, the number.
		beside = emailBefore(t, j)
	}
	if !beside && opensItem(t, p) {
		// After: the number, a join, the address.
		if r := listJoinAfter(t, q); r > 0 {
			e := r
			for e < len(t) && (isLocalByte(t[e]) || t[e] == '@') {
				e++
			}
			for e > r && !isLetter(t[e-1]) {
				e-- // the full stop that ends the sentence
			}
			beside = emailShaped(t[r:e])
		}
	}
	return beside && s.validNational(d)
}

// phoneRemarkAfter reports whether a remark in brackets that names a
// phone follows the number that ends at q: "0157/71234567 (WhatsApp)",
// "(mobile)", "(Handy)".
func phoneRemarkAfter(t string, q int) bool {
	if q+3 >= len(t) || t[q] != ' ' || t[q+1] != '(' {
		return false
	}
	e := strings.IndexByte(t[q+2:min(len(t), q+16)], ')')
	if e <= 0 {
		return false
	}
	var low [12]byte
	w := lowerASCII(low[:0], t[q+2:q+2+e])
	return isPhoneLabel(string(w)) || isPhonePhrase(string(w))
}

// shortNumberAt reports whether a number of at most four digits stands
// alone at r, before the end of the text, a space or punctuation.
func shortNumberAt(t string, r int) bool {
	e := r
	for e < len(t) && isDigit(t[e]) {
		e++
	}
	return e > r && e-r <= 4 && (e == len(t) || !isLetter(t[e]) && !isDigit(t[e]))
}

// usStates marks the two-letter codes of the states of the United
// States, as the address data of the dependency lists them (with the
// military's AA, AE, AP), and of the district and the territories it
// lacks; a code's index is its two letters' offsets in the alphabet.
var usStates = func() (m [26 * 26]bool) {
	for _, c := range append(slices.Clone(data.Address["state_abr"]), "DC", "PR", "GU", "VI", "AS", "MP") {
		if len(c) == 2 && isUpperByte(c[0]) && isUpperByte(c[1]) {
			m[int(c[0]-'A')*26+int(c[1]-'A')] = true
		}
	}
	return m
}()

// usStateBefore reports whether the code of a US state, in capitals or
// in lower case after a comma, stands before p as its own word with one
// space between: "CO 80500-8779", ", co 80520-5337".
func usStateBefore(t string, p int) bool {
	if p < 3 || t[p-1] != ' ' || p > 3 && isAlnum(t[p-4]) {
		return false
	}
	a, b := t[p-3], t[p-2]
	if isLower(a) && isLower(b) {
		// In lower case only after a town's comma: "de 92584-0049" is
		// as often Spanish.
		if p < 5 || t[p-4] != ' ' || t[p-5] != ',' {
			return false
		}
		a, b = a-'a'+'A', b-'a'+'A'
	}
	return usStateCode(a, b)
}

// usStateCode reports whether the capitals a and b are a US state's code.
func usStateCode(a, b byte) bool {
	return isUpperByte(a) && isUpperByte(b) && usStates[int(a-'A')*26+int(b-'A')]
}

// upsGroupsBefore reports whether groups of capitals and digits parted
// by single spaces, opened by UPS's "1Z", stand right before p on its
// line: a tracking number typed in groups ("1Z 9W4 A72 03 8815 4471"),
// whose digits after the letters look like a phone number's.
func upsGroupsBefore(t string, p int) bool {
	// Most numbers follow a word in lower case or a mark: a group of
	// capitals or digits must end right before the space.
	if p < 4 || t[p-1] != ' ' || !isDigit(t[p-2]) && !isUpperByte(t[p-2]) {
		return false
	}
	q := p
	for groups := 0; groups < 6; groups++ {
		if q < 2 || t[q-1] != ' ' {
			return false
		}
		e := q - 1
		b := e
		for b > 0 && b > e-6 && (isDigit(t[b-1]) || isUpperByte(t[b-1])) {
			b--
		}
		if b == e {
			return false
		}
		if e-b == 2 && t[b] == '1' && t[b+1] == 'Z' && (b == 0 || t[b-1] == ' ' || t[b-1] == ':') {
			return true
		}
		q = b
	}
	return false
}

// listItemEnds reports whether an item of a list ends at q: the text, a
// line or a sentence ends, a comma, a semicolon or a bracket closes it,
// or a join follows.
func listItemEnds(t string, q int) bool {
	if q >= len(t) {
		return true
	}
	switch t[q] {
	case ',', ';', '.', '!', '?', ')', '\n', '\r':
		return true
	case ' ':
		return listJoinAfter(t, q) > 0
	}
	return false
}

// opensItem reports whether the item that starts at p opens its text, a
// line, a clause or a label's value: only spaces stand between it and
// one of ",;.!?:" or a line break before it.
func opensItem(t string, p int) bool {
	for p > 0 && t[p-1] == ' ' {
		p--
	}
	return p == 0 || strings.IndexByte(",;.!?:\n", t[p-1]) >= 0
}

// validNational reports whether the digits d make a valid national
// number, by libphonenumber's full check, of a region the detector
// reads.
func (s *state) validNational(d []byte) bool {
	for _, r := range s.e.regions {
		nsn := d
		if r.prefix != "" {
			if !strings.HasPrefix(string(d), r.prefix) {
				continue
			}
			nsn = d[len(r.prefix):]
		} else if r.cc == 1 && len(d) == 11 && d[0] == '1' {
			nsn = d[1:]
		}
		if len(nsn) > 1 && strictPhone(r.cc, nsn) {
			return true
		}
	}
	return false
}

// listJoin reports the words, in lower case, for "and" and "or" that
// join two items of a list in the chat languages.
func listJoin(w []byte) bool {
	switch string(w) {
	case "and", "or", "und", "oder", "et", "ou", "y", "o", "e", "ed", "en", "of", "u":
		return true
	}
	return false
}

// listJoinBefore returns where the item before p ends when a list's
// join stands between it and p: ", ", "; ", " / ", " & ", " | " or a word of
// listJoin between spaces; 0 when none does.
func listJoinBefore(t string, p int) int {
	q := p
	for q > 0 && t[q-1] == ' ' {
		q--
	}
	switch {
	case q == 0 || q == p:
		return 0 // glued: "a,b", "a/b"
	case t[q-1] == ',' || t[q-1] == ';':
		q--
	case t[q-1] == '/' || t[q-1] == '&' || t[q-1] == '|':
		if q < 2 || t[q-2] != ' ' {
			return 0
		}
		q--
	case isLetter(t[q-1]):
		r := q
		for r > 0 && isLetter(t[r-1]) && q-r <= 4 {
			r--
		}
		var low [4]byte
		if r == 0 || t[r-1] != ' ' || q-r > 4 || !listJoin(lowerASCII(low[:0], t[r:q])) {
			return 0
		}
		q = r
	default:
		return 0
	}
	for q > 0 && t[q-1] == ' ' {
		q--
	}
	return q
}

// listJoinAfter is listJoinBefore read forward from q, the end of an
// item: where the next item starts, or 0. The marker of a numbered
// item ("2) ") joins too.
func listJoinAfter(t string, q int) int {
	p := q
	switch {
	case p < len(t) && (t[p] == ',' || t[p] == ';'):
		p++
	case p < len(t) && t[p] == ' ':
		for p < len(t) && t[p] == ' ' {
			p++
		}
		switch {
		case p >= len(t):
			return 0
		case t[p] == '/' || t[p] == '&' || t[p] == '|':
			p++
		case isLetter(t[p]):
			r := p
			for r < len(t) && isLetter(t[r]) && r-p <= 4 {
				r++
			}
			var low [4]byte
			if r-p > 4 || !listJoin(lowerASCII(low[:0], t[p:r])) {
				return 0
			}
			p = r
		case isDigit(t[p]):
			// The marker of a list's next item: "... 04/05/1993 2) ...".
			r := p + 1
			if r < len(t) && isDigit(t[r]) {
				r++
			}
			if r >= len(t) || t[r] != ')' {
				return 0
			}
			p = r + 1
		default:
			return 0
		}
	default:
		return 0
	}
	if p >= len(t) || t[p] != ' ' {
		return 0
	}
	for p < len(t) && t[p] == ' ' {
		p++
	}
	return p
}

// emailShaped reports whether w is written as an e-mail address: a local
// part, one '@', and a domain of dotted labels that ends in letters.
func emailShaped(w string) bool {
	at := strings.IndexByte(w, '@')
	if at <= 0 || strings.IndexByte(w[at+1:], '@') >= 0 {
		return false
	}
	dom := w[at+1:]
	dot := strings.LastIndexByte(dom, '.')
	if dot <= 0 || len(dom)-dot-1 < 2 {
		return false
	}
	for i := dot + 1; i < len(dom); i++ {
		if !isLetter(dom[i]) {
			return false
		}
	}
	return true
}

// currencyAfter reports whether a currency's sign, code or name follows
// the number that ends at end: "el 250 300 450 euros", "o 123 456 789
// reais", "il 300 450 600 €".
func currencyAfter(t string, end int) bool {
	p := end
	if p < len(t) && t[p] == ' ' {
		p++
	}
	if p >= len(t) {
		return false
	}
	if currencySign(t, p) > 0 {
		return true
	}
	q := p
	for q < len(t) && wordByteAt(t, q) && q-p < 12 {
		q++
	}
	if q == p || wordByteAt(t, q) {
		return false
	}
	var low [12]byte
	return currencyWord(foldBytes(low[:0], t[p:q]))
}

// currencySign returns the width of the currency's sign at t[p] ("$",
// "€", "£"), or 0.
func currencySign(t string, p int) int {
	switch {
	case p >= len(t):
		return 0
	case t[p] == '$':
		return 1
	case strings.HasPrefix(t[p:], "€"):
		return len("€")
	case strings.HasPrefix(t[p:], "£"):
		return len("£")
	}
	return 0
}

// currencyWord reports whether w, folded, is a currency's name, its code
// or a local abbreviation of it ("euros", "usd", "Rs", "Ksh", "RM").
func currencyWord(w []byte) bool {
	switch string(w) {
	case "euros", "euro", "eur", "dólares", "dolares", "dollars", "usd", "pesos", "reais", "reales",
		"libras", "mxn", "ars", "brl", "clp", "cop", "francos", "francs", "chf", "gbp",
		"fcfa", "cfa", "xof", "xaf", "jpy", "yen", "sek", "nok", "dkk", "pln", "inr", "rupees", "naira", "ngn",
		"rs", "ksh", "kes", "ghs", "zar", "php", "idr", "rp", "rm", "myr", "sgd", "aud", "cad", "nzd",
		"pkr", "lkr", "bdt", "tk", "egp", "aed", "sar", "qar", "cny", "rmb", "hkd", "twd", "krw", "thb",
		"vnd", "ugx", "tzs", "rwf", "etb", "cedis", "rand", "shillings", "ringgit", "rupiah", "baht",
		// The Nordic crowns, the złoty, the koruna, the forint, the leu
		// and the lira where they are written after the amount ("0 kr.",
		// session 56).
		"kr", "zł", "zl", "kč", "kc", "ft", "huf", "czk", "lei", "tl", "lira", "lire", "ron", "bgn", "leva", "лв", "uah", "rub":
		return true
	}
	return false
}

// pairList reports whether every group of x has one or two digits and,
// when there are fewer than six, they count up or down by a step of 1 to
// 10: "01-02-03-04-05", "10 20 30 40".
func pairList(x *numInfo) bool {
	d := x.dig()
	var v [maxDigits]int
	p := 0
	for k := 0; k < x.ng; k++ {
		l := int(x.glens[k])
		if l > 2 {
			return false
		}
		v[k] = digitsVal(d[p : p+l])
		p += l
	}
	if x.ng >= 6 {
		return true
	}
	step := v[1] - v[0]
	if step == 0 || step > 10 || step < -10 {
		return false
	}
	for k := 2; k < x.ng; k++ {
		if v[k]-v[k-1] != step {
			return false
		}
	}
	return true
}

// thousands reports whether every group of x after the first has three
// digits, as an amount is grouped: "600 000 000", "1 234 567".
func thousands(x *numInfo) bool {
	for k := 1; k < x.ng; k++ {
		if x.glens[k] != 3 {
			return false
		}
	}
	return true
}

// articleRegion reports whether the digits d are a national number of
// Spain (nine digits from 6 to 9), Portugal (nine from 2 or 9) or Italy
// (a mobile of ten from 3), when the engine reads that region.
func (s *state) articleRegion(d []byte) bool {
	for _, r := range s.e.regions {
		switch r.code {
		case "ES":
			if len(d) == 9 && d[0] >= '6' {
				return true
			}
		case "PT":
			if len(d) == 9 && (d[0] == '2' || d[0] == '9') {
				return true
			}
		case "IT":
			if len(d) == 10 && d[0] == '3' {
				return true
			}
		}
	}
	return false
}

// articleBefore reports whether the word just before start, past one
// space, is an article that in Spanish, Italian or Portuguese leads a
// number to call: "el", "al", "del", "no", "pelo". Written lower-case:
// "No 91 ..." is an English number sign.
func articleBefore(t string, start int) bool {
	w := spaceBefore(t, start)
	if w == 0 || start-w < 2 {
		return false
	}
	q := start - w
	r := q
	for r > 0 && isLetter(t[r-1]) && q-r < 5 {
		r--
	}
	if wordByteBefore(t, r) {
		return false
	}
	switch t[r:q] {
	case "el", "al", "del", "no", "pelo":
		return true
	}
	return false
}

// parenTrunk reports whether x opens with a bracket around a lone trunk
// digit and the area code after it: "(0 30) 25 89 44 17".
func parenTrunk(t string, x *numInfo) bool {
	p := x.start
	return t[p] == '(' && p+3 < x.end && t[p+2] == ' ' && isDigit(t[p+3]) &&
		strings.IndexByte(t[p+3:x.end], ')') > 0
}

// calendarDate reports a run of three groups joined by '.' or '-' that
// reads as a day, a month and a year of 1900 to 2099 in either order
// ("03.04.1980", "1980-04-03", "04-03-1980"), or joined by spaces or
// ". " with the year last ("03 04 1980", "03. 04. 1980"). A trunk-prefixed national number never
// takes that shape, and a label after it ("geb. 03.04.1980, Handy ...")
// belongs to the next number.
func calendarDate(t string, x *numInfo) bool {
	plain := x.ng == 3 && !x.mixed && !x.paren && (x.sep == '.' || x.sep == '-' || x.sep == ' ')
	if !plain && !(x.mixed && spacedDots(t, x)) {
		return false
	}
	g, d := x.glens[:3], x.digits[:x.nd]
	if x.sep == ' ' && g[2] != 4 {
		return false
	}
	var a, b, y int
	switch {
	case g[0] <= 2 && g[1] <= 2 && g[2] == 4:
		a, b, y = digitsVal(d[:g[0]]), digitsVal(d[g[0]:g[0]+g[1]]), digitsVal(d[g[0]+g[1]:])
	case g[0] == 4 && g[1] <= 2 && g[2] <= 2:
		y, a, b = digitsVal(d[:4]), digitsVal(d[4:4+g[1]]), digitsVal(d[4+g[1]:])
	default:
		return false
	}
	if y < 1900 || y > 2099 || a == 0 || b == 0 {
		return false
	}
	return a <= 12 && b <= 31 || a <= 31 && b <= 12
}

// dottedRange reports whether r, the text of a run of digit groups, is a
// range of two times or two dates written with dots and a hyphen or (since
// session 81) an en dash: "08.00 - 20.00", "8.00-12.00", "08.00–20.00",
// "03.-05.04.2025", "03.04.-05.04.2025". A phone number is not written
// with a dot on both sides of a hyphen.
func dottedRange(r string) bool {
	// The dash, or an en dash (session 81: "öppet vardagar 08.00–20.00").
	dash, w := strings.IndexByte(r, '-'), 1
	if dash < 0 {
		dash, w = strings.Index(r, "–"), len("–")
	}
	if dash < 0 || strings.IndexByte(r[dash+w:], '-') >= 0 || strings.Contains(r[dash+w:], "–") || strings.IndexByte(r, '.') < 0 {
		return false
	}
	a, ka := dottedPart(strings.TrimRight(r[:dash], " "))
	b, kb := dottedPart(strings.TrimLeft(r[dash+w:], " "))
	if !a || !b {
		return false
	}
	// Two times, or a day or a date before a date.
	return ka == 't' && kb == 't' || ka != 't' && kb == 'd'
}

// dottedPart reads one side of a dotted range: a time "08.00" (kind 't'),
// a date "05.04.", "05.04.2025" (kind 'd') or a day "03." (kind 'y').
func dottedPart(p string) (bool, byte) {
	var v [3]int
	var l [3]int
	n, trail := 0, false
	for i := 0; i < len(p); {
		if p[i] == '.' {
			if i == 0 || trail {
				return false, 0
			}
			trail = true
			i++
			continue
		}
		j := i
		for j < len(p) && isDigit(p[j]) {
			j++
		}
		if j == i || n == 3 || n > 0 && !trail {
			return false, 0
		}
		v[n], l[n] = digitsVal([]byte(p[i:j])), j-i
		n++
		trail = false
		i = j
	}
	day := func(k int) bool { return l[k] <= 2 && v[k] >= 1 && v[k] <= 31 }
	month := func(k int) bool { return l[k] <= 2 && v[k] >= 1 && v[k] <= 12 }
	switch {
	case n == 1 && trail && day(0):
		return true, 'y'
	case n == 2 && !trail && l[0] <= 2 && v[0] <= 24 && l[1] == 2 && v[1] <= 59:
		return true, 't'
	case n == 2 && trail && day(0) && month(1):
		return true, 'd'
	case n == 3 && !trail && day(0) && month(1) && (l[2] == 2 || l[2] == 4):
		return true, 'd'
	}
	return false, 0
}

// isPhoneLabel reports the words that label a number as a phone number
// when they follow it (labelWords' lists lPhone and lForeign).
func isPhoneLabel(w string) bool {
	return labelWords.flags[w]&(lPhone|lForeign) != 0
}

// placeLabel reports the words of isPhoneLabel that say where a phone
// is (labelWords' list lPlace).
func placeLabel(w string) bool {
	return labelWords.flags[w]&lPlace != 0
}

// The lists of labelWords.
const (
	// lPhone: the words that label a number as a phone number when they
	// follow it: "416 60 039 office", "3660170548-Fax". Those of a place
	// say whose phone it is but name no phone.
	lPhone = 1 << iota
	// lForeign: the phone words of the other chat languages, "0171
	// 2345678 Telefon".
	lForeign
	// lPlace: the words of lPhone that say where a phone is ("office",
	// "home"), which also qualify a phone's noun after them ("is my home
	// number").
	lPlace
)

// labelWords are the words of a phone's label, in lower case.
var labelWords = func() (s wordSet) {
	s.add(lPhone|lPlace, "office", "desk", "home", "work")
	s.add(lPhone, "fax", "mobile", "cell", "phone", "tel", "landline", "mobil", "handy")
	s.add(lForeign, "telefon", "telefono", "teléfono", "telefone", "telefoon", "téléphone", "móvil", "movil", "móvel", "mobiel", "cellulare", "telemóvel", "portable",
		"fono") // Chile's short "teléfono": "Fono: (2) 2345 6789"
	return s
}()

// isPhonePhrase reports the words that, shortly before a number, say it
// is called or messaged (phraseWords' list wPhrase).
func isPhonePhrase(w string) bool {
	return phraseWords.flags[w]&wPhrase != 0
}

// The lists of phraseWords.
const (
	// wPhrase: "not answering at", "call me on", "messages to", "my
	// registered 555 0132", "called from", "texted me from", and labels
	// ("Phone: ...", "Contact: ...").
	wPhrase = 1 << iota
	wCode   // a code sent to a phone: "the code never arrives on ..."
	wSent   // a verb of sending or arriving, said of the code
	wText   // "text", of a text sent to or from a phone
)

// phraseWords are the words phonePhraseBefore reads, in lower case.
var phraseWords = func() (s wordSet) {
	s.add(wPhrase, "answering", "answer", "reach", "reachable", "dial",
		"ring", "sms", "messages", "texts", "registered", "contact",
		"call", "calling", "whatsapp", "telephone", "phone",
		"fax", "mobile", "tel", "cell", "desk", "office",
		"called", "rang", "phoned", "texted", "dialled", "dialed", "texting",
		// "can be reached on", "my handphone is" (Singapore, Malaysia),
		// "our hotline", "can txt", the switchboard of Italian and
		// German offices.
		"reached", "handphone", "hotline", "helpline", "txt", "switchboard", "centralino", "zentrale",
		// A technician who will call first: "il tecnico la chiamerà prima
		// al ...", "le technicien vous appellera avant au ...", "el
		// técnico le llamará antes al ...", "o técnico liga antes para o".
		// The words read here are runs of ASCII letters: "chiamerà" is
		// read as "chiamer", "llamará" as "llamar", "ligará" as "ligar".
		"chiamer", "richiamer", "appellera", "rappellera", "llamar", "liga", "ligar",
		// Mexico's "marcar" for calling: "el repartidor me marcó del 55
		// 2231 0098" ("marcó" read as "marc"), and "llamó".
		"marc", "marcar", "marcaron", "llam")
	s.add(wCode, "code", "codes", "otp")
	s.add(wSent, "goes", "went", "sent", "send", "sends", "arrives", "arrive", "arrived", "arriving", "comes", "come", "came", "coming", "get", "got", "getting", "receive", "received", "receiving")
	s.add(wText, "text")
	return s
}()

// phoneLabelAfter reports whether a phone label (isPhoneLabel) is the
// next word after end, separated by at most two of space, '-', ',', '\',
// '(' and ':', and whether it names a phone itself rather than a place
// (placeLabel): "0171 2345678 mobile" outweighs a label word before the
// number, "0171 2345678 office" does not; and whether, after a comma,
// the label introduces the next number ("..., mobile 98450 31276").
func phoneLabelAfter(t string, end int) (labelled, phone, next bool) {
	p := end
	comma := false
seps:
	for k := 0; k < 3 && p < len(t); k++ {
		switch c := t[p]; {
		case c == ' ' || c == '-' || c == ',' || c == '\\' || c == '(' || c == ':' || c == '=':
			comma = comma || c == ','
			p++
		case c >= 0x80:
			w := spaceWidth(t, p) // a space of any width, as spaceAt reads it
			if w == 0 && c == 0xf0 && p+3 < len(t) && t[p+1] == 0x9f {
				w = 4 // an emoji: "27 96855-1211 👈 TEL"
			}
			if w == 0 {
				break seps
			}
			p += w
		default:
			break seps
		}
	}
	// Most words after a number start as no label does: they are not read.
	if p == end || p == len(t) || !labelWords.mayStart(t[p]) {
		return false, false, false
	}
	q := p
	for q < len(t) && (isLetter(t[q]) || t[q] >= 0x80 && q > p) && q-p < 12 {
		q++
	}
	// "Desk:" introduces the next number rather than labelling this one.
	if q == p || q < len(t) && (isAlnum(t[q]) || t[q] >= 0x80 || t[q] == ':') {
		return false, false, false
	}
	f := labelWords.of(t[p:q])
	if f&(lPhone|lForeign) == 0 {
		return false, false, false
	}
	// "order 3004881234, phone 415-555-0132": a phone word after a comma
	// and before another number introduces that one. It still labels the
	// number before it, which may be one of a list of phones ("88123456,
	// tel 91234567"), but does not outweigh a label word before it (phone
	// is false: the order number is dropped). The words of the other
	// languages label none before it there: the chat corpus writes
	// "IBAN: ..., Telefon 03 09 36 31 59", whose IBAN in title case, no
	// IBAN any more, would give a phone. Without the comma each number
	// of a signature may be followed by its label ("655 437 108 office
	// +46 (0)179 459 33 fax").
	if comma {
		r := q
		for r < len(t) && r-q < 3 && (t[r] == ' ' || t[r] == ':' || t[r] == '#' || t[r] == ',') {
			r++
		}
		if r > q && r < len(t) && (isDigit(t[r]) || t[r] == '+' || t[r] == '(') {
			return f&lForeign == 0, false, true
		}
		// With no number after it, the clause speaks of a phone in any
		// language ("Ticket 4412 9031, phone not available"): it labels
		// the number before but outweighs no label word.
		return true, false, false
	}
	// The French "portable" is an English word too ("Build 12345678 =
	// portable edition"): it labels a number but outweighs no word
	// before it.
	return true, f&lPlace == 0 && !equalFoldWord(t[p:q], "portable"), false
}

// timeRange reports whether x is two times of the 24-hour clock written
// as four digits each and joined by a dash, the first before the second,
// with minutes a multiple of five: "delivery slot 0800-1200", "open
// 0900-1730".
func timeRange(x *numInfo) bool {
	if x.ng != 2 || x.sep != '-' || x.glens[0] != 4 || x.glens[1] != 4 || x.plus || x.paren {
		return false
	}
	d := x.dig()
	hm := func(p []byte) int {
		h, m := int(p[0]-'0')*10+int(p[1]-'0'), int(p[2]-'0')*10+int(p[3]-'0')
		if h > 24 || m > 59 || m%5 != 0 {
			return -1
		}
		return h*60 + m
	}
	a, b := hm(d[:4]), hm(d[4:8])
	return a >= 0 && b > a
}

// hoursRange reports whether the number from start to end, two times of
// the clock in four digits each (timeRange), gives opening hours or a
// slot rather than a phone: a word of hours stands right before it
// ("open 0800-2000", "Hours: 0900-1700", "delivery slot 0800-1200"), or
// one stands near before it or a day or a zone after it and no phone's
// word does (a keyword of gPhone before it, within 40 bytes: "Telefone:",
// "Llámame al", "Kundenservice:"; a verb of calling, callWord; or
// "number", "cell", "gebeld" after it).
// Without either it stays a phone: the shape is a Dutch 0800 or 0900
// number's too, and a phone missed leaks while hours redacted do not.
func (s *state) hoursRange(start, end int) bool {
	t := s.text
	var buf [20]byte
	first, hours, call := true, false, false
	for q, k := start, 0; q > 0 && start-q < 40 && k < 7; k++ {
		p, w := foldedWordBefore(t, q, wordGaps, buf[:0])
		if p == q {
			break
		}
		if hoursWord(string(w)) {
			if first {
				return true
			}
			hours = true
		}
		call = call || callWord(string(w))
		first = false
		q = p
	}
	for q, k := end, 0; q < len(t) && q-end < 40 && k < 4; k++ {
		for q < len(t) && strings.IndexByte(wordGaps, t[q]) >= 0 {
			q++
		}
		r := q
		for r < len(t) && r-q < 14 && isLetter(t[r]) {
			r++
		}
		if r == q {
			break
		}
		switch w := string(foldBytes(buf[:0], t[q:r])); w {
		case "number", "nummer", "numero", "cell", "mobile", "phone", "hotline", "gebeld", "bellen", "anrufen", "angerufen":
			return false // "0800-2255 is our free number", "ik heb 0800-2255 gebeld"
		case "an":
			if k == 0 {
				return false // "Rufen Sie 0800-2255 an"
			}
		default:
			hours = hours || k == 0 && dayWord(w)
		}
		q = r
	}
	if !hours || call {
		return false
	}
	for k := len(s.hits) - 1; k >= 0; k-- {
		h := s.hits[k]
		if h.end > start {
			continue
		}
		if start-h.end > 40 {
			break
		}
		if s.e.kw.entries[h.entry].groups&gPhone != 0 {
			return false // "call us 0900-1700 Mon-Fri": a phone missed leaks
		}
	}
	return true
}

// hoursWord reports whether the lower-case word w speaks of opening hours,
// a shift or a slot, or is a day (openDays).
func hoursWord(w string) bool {
	switch w {
	case "open", "opens", "opening", "hours", "hour", "slot", "between", "from", "shift", "work", "window", "downtime",
		"closed", "daily", "weekdays", "today", "tomorrow", "available", "staffed", "time", "times", "until",
		"outage", "maintenance", "delivery", "öffnungszeiten", "geöffnet", "zwischen", "horario", "horaires", "orario",
		"openingstijden", "geopend", "entre":
		return true
	}
	return openDays[w]
}

// callWord reports whether the folded word w is a verb of calling or a
// service line's noun that the phone keywords (gPhone, whose hits
// hoursRange reads too) lack: "ring us on", "Klantenservice 0800-2255
// ma-vr".
func callWord(w string) bool {
	switch w {
	case "ring", "rang", "called", "dial", "dialled", "dialed", "phoned", "texted", "belde", "gebeld", "liga", "llame",
		"chiama", "telefoneer", "telefoneren", "hotline", "helpline", "klantenservice", "storingsnummer", "storingsdienst",
		"servicenummer", "klantenlijn", "kundenservice", "kundendienst":
		return true
	}
	return false
}

// openDays are the days, whole and shortened, of a service's hours in
// the chat languages, which hoursWord, dayWord and hoursAfter read.
var openDays = map[string]bool{
	"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true, "wed": true, "wednesday": true, "thu": true,
	"thur": true, "thurs": true, "thursday": true, "fri": true, "friday": true, "sat": true, "saturday": true, "sun": true,
	"sunday": true, "weekdays": true,
	"lun": true, "lundi": true, "mer": true, "mercredi": true, "jeu": true, "jeudi": true, "ven": true, "vendredi": true,
	"sam": true, "samedi": true, "dim": true, "dimanche": true,
	"mo": true, "montag": true, "di": true, "dienstag": true, "mi": true, "mittwoch": true, "do": true, "donnerstag": true,
	"fr": true, "freitag": true, "sa": true, "samstag": true, "so": true, "sonntag": true, "werktags": true,
	"lunes": true, "martes": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"lunedì": true, "lunedi": true, "venerdì": true, "venerdi": true, "sabato": true,
	"ma": true, "maandag": true, "vr": true, "vrijdag": true, "za": true, "zaterdag": true, "zo": true, "zondag": true, "werkdagen": true,
	"seg": true, "segunda": true, "sex": true, "sexta": true, "sáb": true,
	"man": true, "mandag": true, "fre": true, "fredag": true, "lør": true, "lørdag": true,
	"pon": true, "pia": true, "pt": true, "senin": true, "sabtu": true, "jumat": true,
}

// dayWord reports whether the lower-case word w is a day (openDays) or
// a time zone that may follow a range of hours ("0900-1700 Mon-Fri",
// "0200-0400 GMT").
func dayWord(w string) bool {
	switch w {
	case "weekends", "daily", "uhr", "hrs", "hours", "gmt", "utc", "cet", "pst", "weekly":
		return true
	}
	return openDays[w]
}

// timesAfter reports whether the number that ends at end counts times:
// "I called 80166488 times", "j'ai appelé 12345678 fois".
func timesAfter(t string, end int) bool {
	p := end + 1
	if p >= len(t) || t[end] != ' ' {
		return false
	}
	for _, w := range [...]string{"times", "mal", "fois", "veces", "volte", "keer", "vezes"} {
		if q := p + len(w); q <= len(t) && strings.EqualFold(t[p:q], w) && !wordByteAt(t, q) {
			return true
		}
	}
	return false
}

// phoneVerbAfter reports whether the word after end, past one space, is a
// verb of calling that German and Dutch put after the number: "bitte
// unter 040/21057839 zurückrufen", "unter 0171 2345678 erreichbar", "ich
// bin unter 030/1234567 zu erreichen", "kunt u mij op 020-1234567
// bellen"; and English's "call me", "text me", "ring me" after it.
//
// "Erreichen" and "erreichbar" also reach a target ("Wir können 12500000
// erreichen"): after them the number must be dialled with a trunk prefix
// ("0", "(0") or '+', or follow "unter" or "op".
func phoneVerbAfter(t string, start, end int) bool {
	p := end + 1
	if p+6 > len(t) || t[end] != ' ' {
		return false
	}
	var verbs []string
	switch t[p] | 0x20 {
	case 'a':
		verbs = []string{"anrufen"}
	case 'z':
		verbs = []string{"zurückrufen", "zu erreichen"}
	case 'e':
		if c := t[start]; c != '0' && c != '+' && !(c == '(' && start+1 < len(t) && t[start+1] == '0') && !wordBefore(t, start, "unter") && !wordBefore(t, start, "op") {
			return false
		}
		verbs = []string{"erreichbar", "erreichen"}
	case 'b':
		verbs = []string{"bellen", "bereikbaar"}
	case 't':
		verbs = []string{"terugbellen", "text me"}
	case 'c':
		// English asks after the number as chat writes it: "this is
		// jonah 3124670198 call me".
		verbs = []string{"call me", "call back"}
	case 'r':
		verbs = []string{"ring me"}
	case 'w':
		verbs = []string{"whatsapp me"}
	default:
		return false
	}
	for _, v := range verbs {
		if q := p + len(v); q <= len(t) && strings.EqualFold(t[p:q], v) && !wordByteAt(t, q) {
			return true
		}
	}
	return false
}

// wordBefore reports whether the word w, in any case, and one space come
// just before start.
func wordBefore(t string, start int, w string) bool {
	p := start - 1 - len(w)
	return p >= 0 && t[start-1] == ' ' && strings.EqualFold(t[p:start-1], w) && (p == 0 || !wordByteAt(t, p-1))
}

// phoneOwnerAfter reports whether the words after end say the number is
// the writer's phone, in one of the chat languages: "is my new number",
// "is our office number", "ist meine neue Nummer", "est mon portable",
// "c'est mon numéro", "es mi móvil", "è il mio cellulare", "is mijn
// nummer", "é o meu telemóvel". After the verb come an article where the
// language puts one, a possessive, at most one modifier ("new",
// "neue", "nouveau", "personal") and a phone noun; a place or kind
// ("home", "work", "office") only before a phone noun, so that "is my
// home address" says nothing, and any other word ends it: "is my order
// number" and "es mi número de pedido" are no phone. phone tells whether
// the noun names a phone itself, not a bare word for "number".
func phoneOwnerAfter(t string, end int) (owner, phone bool) {
	if end < len(t) && t[end] == ')' {
		end++ // "(6694-1577) is my cell"
	}
	if end+7 < len(t) && t[end] == ',' && t[end+1] == ' ' {
		end++ // "0612345678, c'est mon portable"
	}
	if end+6 > len(t) || t[end] != ' ' {
		return false, false
	}
	// Most numbers are followed by no word that starts like the verbs
	// ("is", "ist", "est", "c'est", "es", "è", "é"), or by no possessive
	// or article after them: nothing more is read.
	var n int
	switch c, d := t[end+1]|0x20, t[end+2]|0x20; {
	case c == 'i' && d == 's', c == 'e' && d == 's', c == 'a' && d == 's', c == 'c' && (d == '\'' || d == 0xe2|0x20),
		t[end+1] == 0xc3:
		n = ownerVerbAt(t, end+1)
	}
	p := end + 1 + n
	if n == 0 || p >= len(t) || strings.IndexByte("mounliay", t[p]|0x20) < 0 {
		return false, false
	}
	r := wordReader{t: t, p: p}
	w := r.next()
	switch string(w) {
	case "il", "la", "o", "a": // "è il mio", "é o meu"
		w = r.next()
	}
	if !phoneOwners[string(w)] {
		return false, false
	}
	w = r.next()
	named := false // "mijn mobiele nummer", "my contact number"
	if phoneModifiers[string(w)] {
		named = string(w) == "mobiele" || string(w) == "contact"
		w = r.next()
	}
	switch {
	case phoneNouns[string(w)]:
		bare := numberWord(string(w))
		// "es mi número de pedido": the number of another thing.
		switch string(r.next()) {
		case "de", "di", "da", "do", "du", "del", "van":
			of := phoneNounOf(string(r.next())) // "número de contacto", "numéro de fixe"
			return of, of
		}
		return true, named || !bare
	case placeLabel(string(w)):
		switch string(r.next()) {
		case "number", "phone", "mobile", "cell", "line", "landline", "fax":
			return true, true
		}
	}
	return false, false
}

// wordReader reads the words of t from p one at a time: next returns the
// next word, folded into low (valid until the next call), and steps over
// the space after it, or nil when no whole word of 16 bytes or fewer
// starts at p. The words are compared where they are read, as string(w)
// in a switch or a map index allocates nothing.
type wordReader struct {
	t   string
	p   int
	low [16]byte
}

func (r *wordReader) next() []byte {
	t, p := r.t, r.p
	q := p
	for q < len(t) && q-p < len(r.low) && (isLetter(t[q]) || t[q] >= utf8.RuneSelf && wordSepWidth(t, q) == 0) {
		q++ // wordByteAt, inline
	}
	if q == p || wordByteAt(t, q) {
		return nil
	}
	w := foldBytes(r.low[:0], t[p:q])
	if q < len(t) && t[q] == ' ' {
		q++
	}
	r.p = q
	return w
}

// phoneAsAfter reports whether "as" in one of the chat languages and a
// phone's noun follow the number that ends at end, maybe with an article
// or a possessive between, as one says what a number is entered or kept
// as: "0443238392 as the mobile", "981220604 como teléfono de
// contacto", "0647043363 als terugbelnummer", "045/3452683 come
// recapito". A bare word for "number" is none ("as the number of the
// order").
func phoneAsAfter(t string, end int) bool {
	// Most numbers are followed by no word that starts as the five do:
	// "a" before 's' or 'l', "c" before 'o' ("and", "card" do not).
	if end+4 > len(t) || t[end] != ' ' {
		return false
	}
	if c, d := t[end+1]|0x20, t[end+2]|0x20; !(c == 'a' && (d == 's' || d == 'l') || c == 'c' && d == 'o') {
		return false
	}
	r := wordReader{t: t, p: end + 1}
	switch string(r.next()) {
	case "as", "als", "como", "comme", "come":
	default:
		return false
	}
	w := r.next()
	switch string(w) {
	case "the", "a", "het", "de", "een", "el", "la", "le", "il", "o", "un", "una", "une", "uno", "um", "uma", "su", "sa", "son", "seu", "sua", "suo", "ihre", "seine", "uw", "zijn":
		w = r.next()
	default:
		if phoneOwners[string(w)] {
			w = r.next()
		}
	}
	if phoneModifiers[string(w)] {
		w = r.next()
	}
	switch string(w) {
	case "recapito", "contatto", "contacto", "contato", "terugbelnummer", "ruckrufnummer", "rückrufnummer", "callback":
		return true
	case "whatsapp", "home", "work", "signal", "telegram":
		// A phone's kind before a bare noun of number names a phone:
		// "I've noted 9819 330 472 as your WhatsApp number" ("mobile"
		// and "cell" are phoneNouns themselves).
		n := r.next()
		return numberWord(string(n)) || phoneNouns[string(n)]
	}
	return phoneNouns[string(w)] && !numberWord(string(w))
}

// opensClause reports whether the value at start opens its text, line or
// clause: only spaces stand between it and a comma, a semicolon, the end
// of a sentence or a line break before it.
func opensClause(t string, start int) bool {
	p := start
	for p > 0 && t[p-1] == ' ' {
		p--
	}
	if p == 0 {
		return true
	}
	switch t[p-1] {
	case ',', ';', '.', '!', '?', '\n':
		return true
	}
	return false
}

// ownerVerbAt returns the length of the verb that phoneOwnerAfter reads
// at p, in any case, with the space after it, or 0.
func ownerVerbAt(t string, p int) int {
	for _, v := range [...]string{"is ", "ist ", "es ", "est ", "è ", "é ", "c'est ", "c\u2019est ", "as "} {
		if len(t)-p >= len(v) && strings.EqualFold(t[p:p+len(v)], v) {
			return len(v)
		}
	}
	return 0
}

// The words of phoneOwnerAfter, folded as foldBytes folds them.
var (
	phoneOwners = map[string]bool{
		"my": true, "our": true, "your": true, "meine": true, "mein": true, "unsere": true, "unser": true,
		"mon": true, "ma": true, "notre": true, "mi": true, "nuestro": true, "mio": true,
		"mia": true, "nostro": true, "mijn": true, "onze": true, "meu": true, "minha": true, "nosso": true,
	}
	phoneModifiers = map[string]bool{
		"new": true, "old": true, "current": true, "personal": true, "private": true, "direct": true,
		"main": true, "usual": true, "other": true, "second": true, "best": true, "contact": true, "only": true,
		"neue": true, "aktuelle": true, "persönliche": true, "alte": true,
		"nouveau": true, "nouvel": true, "ancien": true, "seul": true,
		"nuevo": true, "nueva": true, "actual": true, "único": true,
		"nuovo": true, "nuova": true, "attuale": true, "unico": true,
		"nieuwe": true, "huidige": true, "mobiele": true, "enige": true,
		"novo": true, "nova": true, "atual": true,
	}
	phoneNouns = map[string]bool{
		"number": true, "phone": true, "mobile": true, "cell": true, "cellphone": true, "telephone": true,
		"landline": true, "tel": true, "fax": true,
		"nummer": true, "handynummer": true, "telefonnummer": true, "mobilnummer": true, "handy": true,
		"festnetznummer": true, "rufnummer": true, "numéro": true, "portable": true, "téléphone": true,
		"número": true, "móvil": true, "movil": true, "teléfono": true, "celular": true,
		"numero": true, "cellulare": true, "telefono": true, "telefoonnummer": true, "mobiel": true,
		"gsm": true, "telemóvel": true, "telemovel": true, "telefone": true,
		// A work's or a home's number: "is mijn werknummer", "ist meine
		// Privatnummer" (session 59).
		"werknummer": true, "privénummer": true, "privenummer": true, "privatnummer": true, "büronummer": true,
	}
)

// phonePhraseBefore reports whether a word of isPhonePhrase is among the
// five words before start, within 40 bytes and with no digit between.
// With label, the words between must be of those that join a label to
// its value (labelJoin): the phrase then labels what follows ("Phone #",
// "cell: #", "call me on #", "mobile number is #"), which it does not in
// "my phone shows #0580" or "phone repair job #1045".
func phonePhraseBefore(t string, start int, label bool) bool {
	lo := max(0, start-40)
	after := -1 // the start of the word after the one read, toward the number
	var st phraseState
	q := start
	for words := 0; q > lo && words < 5; words++ {
		for q > lo && !isLetter(t[q-1]) {
			if isDigit(t[q-1]) {
				return false
			}
			q--
		}
		r := q
		for r > lo && isLetter(t[r-1]) {
			r--
		}
		if r == q || q-r > 12 {
			return false
		}
		if r == lo && lo > 0 && isLetter(t[lo-1]) {
			return false
		}
		if words == 0 && q-r == 2 {
			c0, c1 := t[r]|0x20, t[r+1]|0x20 // letters: the bit folds their case
			st.toOn = c0 == 't' && c1 == 'o' || c0 == 'o' && c1 == 'n'
		}
		// The lengths of the phrases. A word on none of phraseWords'
		// lists is ruled out by its shape, unfolded; with label every
		// word is read, as it must join the label to its value.
		if label || q-r >= 3 && q-r <= 10 && phraseWords.may(t[r:q]) {
			if v := st.word(t, r, q, start, after, label); v != 0 {
				return v > 0
			}
		}
		after = r
		q = r
	}
	return false
}

// phraseState is what phonePhraseBefore has read of the words between a
// calling phrase and the number. Its word method reads a word the
// phrases' shapes allow, out of the loop over letters, which reads most
// words no further.
type phraseState struct {
	toOn       bool // "to" or "on" right before the number
	code, sent bool // a code's word after "to" or "on"; a verb of sending or arriving
}

// word reads the word t[r:q] before the number at start, after is the
// start of the word after it or -1: 1 when it makes a calling phrase, -1
// when it rules one out, 0 to read on.
func (st *phraseState) word(t string, r, q, start, after int, label bool) int {
	var low [12]byte
	w := lowerASCII(low[:0], t[r:q])
	f := phraseWords.flags[string(w)]
	if q-r >= 3 && f&wPhrase != 0 && (after < 0 || string(w) != "contact" || contactJoin(t, after)) &&
		(string(w) != "called" || calledPhone(t, r, after)) {
		return 1
	}
	// "I've sent a verification code to 0511 2027262": a code is
	// sent to a phone by text.
	// So does a text from one: "a phishing text from 0511 ...".
	if after >= 0 && (string(w) == "code" && t[after:start] == "to " || f&wText != 0 && t[after:start] == "from ") {
		return 1
	}
	// "the verification code never arrives on 469.329.8546",
	// "2fa code goes to 5872885800", "I didn't get the code on
	// ...": a code sent to the number (not "the code applies to
	// 12345678 orders").
	if f&wCode != 0 {
		st.code = st.toOn
	}
	if f&wSent != 0 {
		st.sent = true
	}
	if st.code && st.sent {
		return 1
	}
	// "We'll text the tracking link to ...": texting something
	// to a number.
	if f&wText != 0 && after >= 0 && wordBefore(t, start, "to") {
		return 1
	}
	if label && !labelJoin(string(w)) {
		return -1
	}
	return 0
}

// intlSibling reports whether a number in international form ("+33
// 6...", "00351 ...") stands next to the number from start to end, with
// only the words that swap, compare or join two numbers between them:
// "remplacer le +33686039592 par le 0671927447", "Is +61417149803 the
// same as 087-700 6520?", "turned my 968974353 into +61730224733",
// "troquem o 963-347-381 pelo 00351 914 238 662". The two are the same
// line's numbers to call.
func intlSibling(t string, start, end int) bool {
	// Most numbers have no '+' near them: one look rules them out.
	if w := t[max(0, start-60):min(len(t), end+60)]; strings.IndexByte(w, '+') < 0 && !strings.Contains(w, "00") {
		return false
	}
	// Before: back over the joining words to the number's last digit
	// (foldedWordBefore skips the separators and reads a word).
	var buf [8]byte
	q, words := start, 0
	for words <= 5 {
		p, w := foldedWordBefore(t, q, siblingSeps, buf[:0])
		if len(w) == 0 {
			q = p
			break
		}
		if !siblingWord(w) {
			q = -1
			break
		}
		words++
		q = p
	}
	if q > 0 && words > 0 && isDigit(t[q-1]) && intlOpens(t, q-1) {
		return true
	}
	// After: over the joining words to the next number's first byte.
	q, words = end, 0
	for words <= 5 {
		for q < len(t) && strings.IndexByte(siblingSeps, t[q]) >= 0 {
			q++
		}
		r := wordReader{t: t, p: q}
		w := r.next()
		if w == nil {
			break
		}
		if !siblingWord(w) {
			return false
		}
		words++
		q = r.p
	}
	return words > 0 && q+1 < len(t) && (t[q] == '+' && isDigit(t[q+1]) || q+2 < len(t) && t[q] == '0' && t[q+1] == '0' && isDigit(t[q+2]))
}

// siblingSeps are the bytes between a number and the words that join it
// to its sibling (see intlSibling).
const siblingSeps = " ,()'\""

// intlOpens reports whether the run of digits and separators that ends
// at byte p (a digit) starts with '+' or "00", within 20 bytes.
func intlOpens(t string, p int) bool {
	lo := max(0, p-20)
	for k := p; k >= lo; k-- {
		switch c := t[k]; {
		case c == '+':
			return true
		case isDigit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')':
			if c == ' ' && k > 0 && !isDigit(t[k-1]) && t[k-1] != ')' {
				// The run ends at a word: "00351 914" opens with "00".
				return k+2 < len(t) && t[k+1] == '0' && t[k+2] == '0'
			}
		default:
			return false
		}
	}
	return false
}

// siblingWord reports whether the folded word w swaps, compares or
// joins two numbers in the chat languages (see intlSibling).
func siblingWord(w []byte) bool {
	switch string(w) {
	case "by", "with", "into", "to", "the", "same", "as", "not", "or", "and", "instead", "of", "now", "my", "is",
		"par", "le", "la", "et", "ou", "pas",
		"pelo", "pela", "o", "a", "e", "por",
		"con", "il", "y", "no",
		"durch", "mit", "oder", "und", "statt",
		"door", "met", "en":
		return true
	}
	return false
}

// calledPhone reports whether "called", which starts at r, is the verb of
// calling a number: a word of direction or whom follows it ("called
// from", "called me on"; after is the start of the word after it, or -1)
// or someone who calls comes before it ("I called", "she has called").
// "The product called 4006381333" names the product, and "They called
// 4006381333 the best product" the number (namedAfter).
func calledPhone(t string, r, after int) bool {
	var low [8]byte
	if after < 0 && namedAfter(t, r+len("called")) {
		return false
	}
	if after >= 0 {
		q := after
		for q < len(t) && isLetter(t[q]) && q-after < len(low) {
			q++
		}
		switch string(lowerASCII(low[:0], t[after:q])) {
		case "from", "on", "at", "me", "us", "him", "her", "them", "you", "back":
			return true
		}
	}
	q := r
	for q > 0 && t[q-1] == ' ' {
		q--
	}
	p := q
	for p > 0 && (isLetter(t[p-1]) || t[p-1] == '\'') && q-p < len(low) {
		p--
	}
	if p > 0 && isLetter(t[p-1]) {
		return false
	}
	switch string(lowerASCII(low[:0], t[p:q])) {
	case "i", "we", "he", "she", "they", "you", "someone", "somebody", "who", "i've", "we've", "they've",
		"have", "has", "had", "just", "already", "also",
		// Whoever calls on a firm's behalf: "the courier called 216 7801450".
		"courier", "driver", "technician", "engineer", "agent", "rep":
		return true
	}
	return false
}

// namedAfter reports whether the words after the number that follows
// "called" at p name what the number is: an article, a word of praise or
// blame and one noun end the clause ("They called 4006381333 the best
// product", "... the most reliable brand ever"). Anything else keeps the
// call, for a lost phone costs more than a false one: "I called
// 2025550143 the line was busy", "... a lot", "... the help desk said".
func namedAfter(t string, p int) bool {
	q := p
	for q < len(t) && q-p < 4 && !isDigit(t[q]) {
		q++ // to the number
	}
	for q < len(t) && (isDigit(t[q]) || q+1 < len(t) && isDigit(t[q+1]) && (t[q] == ' ' || t[q] == '-' || t[q] == '.' || t[q] == '(' || t[q] == ')')) {
		q++
	}
	var low [12]byte
	word := func() string {
		if q >= len(t) || t[q] != ' ' {
			return ""
		}
		q++
		s := q
		for q < len(t) && isLetter(t[q]) && q-s < len(low) {
			q++
		}
		if q == s || q < len(t) && isLetter(t[q]) {
			return ""
		}
		return string(lowerASCII(low[:0], t[s:q]))
	}
	switch word() {
	case "the", "a", "an":
	default:
		return false
	}
	w := word()
	switch w {
	case "most", "least":
		w = word() // "the most reliable brand"
		if w == "" {
			return false
		}
	case "best", "worst", "greatest", "biggest", "cheapest", "fastest", "easiest", "simplest", "smartest",
		"finest", "newest", "safest", "strongest", "perfect", "ideal", "ultimate", "official", "magic":
	default:
		return false
	}
	switch word() {
	case "", "lot", "bunch", "deal", "few", "couple", "number", "line", "way", "time", "times", "day", "days":
		return false
	}
	end := func() bool {
		return q >= len(t) || t[q] == '.' || t[q] == ',' || t[q] == '!' || t[q] == '?' || t[q] == ';' || t[q] == '\n'
	}
	if end() {
		return true
	}
	if word() != "ever" { // "the best product ever (made)"
		return false
	}
	if !end() {
		word()
	}
	return end()
}

// contactJoin reports whether the word at p, after "contact" and before a
// number, leaves "contact" a calling phrase ("contact me on", "contact
// Sarah on", "contact details:"), that is whether it is no noun that
// "contact" qualifies, whose number the number is: "contact lens
// prescription", "contact form ID", "contact ID".
func contactJoin(t string, p int) bool {
	q := p
	for q < len(t) && isLetter(t[q]) && q-p < 12 {
		q++
	}
	var low [12]byte
	switch string(lowerASCII(low[:0], t[p:q])) {
	case "lens", "lenses", "form", "forms", "id", "ref", "reference", "reason", "list", "page",
		"request", "requests", "preference", "preferences", "settings", "history", "record",
		"log", "code", "sheet", "group", "type", "category", "ticket", "case":
		return false
	}
	return true
}

// labelJoin reports the words, in lower case, that may stand between a
// phone word and the number it labels.
func labelJoin(w string) bool {
	switch w {
	case "is", "on", "at", "me", "us", "my", "number", "no", "nr", "num":
		return true
	}
	return false
}

// phoneExtWords introduce an extension after a phone number, in lower
// case.
var (
	phoneExtWords = []string{"ext", "poste", "int", "interno", "durchwahl", "dw", "toestel", "tst", "ramal", "extensión", "extension", "extensão", "extensao"}
	// phoneExtNamed are the extension words that mean nothing else, after
	// which one digit is an extension too ("ext 1"). After the others a
	// lone digit is something else as often: "x 2" a product, "int 3" an
	// integer, "poste 2" a post, "interno 2" a flat.
	phoneExtNamed = []string{"ext", "durchwahl", "toestel", "ramal", "extensión", "extension", "extensão", "extensao"}
	// phoneExtSet holds the two lists, as extWord and extNamed.
	phoneExtSet = func() (s wordSet) {
		s.add(extWord, phoneExtWords...)
		s.add(extNamed, phoneExtNamed...)
		return s
	}()
)

// The lists of phoneExtSet.
const (
	extWord = 1 << iota
	extNamed
)

// phoneExt returns the end of an extension glued to a number at end
// ("x769", "x0135") or written after it (" ext. 12", " x 204", " poste
// 204", " int. 22", " Durchwahl 12", " toestel 12", " ext 1"), or end.
func phoneExt(t string, end int) int {
	n := len(t)
	p := end + spaceAt(t, end)
	// Most numbers are followed by no word that starts like an
	// extension word: the word is not read.
	if p >= n || t[p]|0x20 != 'x' && !phoneExtSet.mayStart(t[p]) {
		return end
	}
	w := p
	for w < n && isWordByte(t[w]) && (t[w] < 0x80 || wordSepWidth(t, w) == 0) && w-p < 10 {
		w++ // wordByteAt, inline
	}
	named := false // a word that says extension and nothing else
	switch f := phoneExtSet.of(t[p:w]); {
	case w == p+1 && t[p]|0x20 == 'x':
		p = w
	case f != 0:
		named = f&extNamed != 0
		p = w
		if p < n && t[p] == '.' {
			p++
		}
		if p < n && t[p] == ':' {
			p++
		}
	default:
		if p < n && (t[p] == 'x' || t[p] == 'X') {
			p++ // "x769" glued
			break
		}
		return end
	}
	if sp := spaceAt(t, p); sp > 0 && p > end+1 {
		p += sp
	}
	q := p
	for q < n && isDigit(t[q]) && q-p < 6 {
		q++
	}
	if q-p < 1 || q-p > 5 || q < n && isAlnum(t[q]) {
		return end
	}
	if spaceAt(t, end) > 0 && q-p < 2 && !named {
		return end
	}
	return q
}

// intlPhone splits the digits after an international prefix into a
// calling code (codes are prefix-free) and a national number of a
// possible length. A trunk "(0)" after the code is dropped.
func (s *state) intlPhone(x *numInfo, d []byte, off int) (int, []byte, bool) {
	loadPhoneMeta()
	for l := 1; l <= 3 && off+l < len(d); l++ {
		cc := digitsVal(d[off : off+l])
		m := phoneMeta.byCC[cc]
		if m == 0 {
			continue
		}
		nsn := d[off+l:]
		if len(nsn) > 1 && nsn[0] == '0' && m&(1<<uint(len(nsn))) == 0 {
			nsn = nsn[1:]
		}
		if cc == 52 && len(nsn) == 11 && nsn[0] == '1' {
			nsn = nsn[1:] // "+52 1 55 1234 5678": Mexico's mobile '1', dropped in 2019 but still written
		}
		return cc, nsn, m&(1<<uint(len(nsn))) != 0
	}
	return 0, nil, false
}

// strictPhone runs libphonenumber's full validity check.
func strictPhone(cc int, nsn []byte) bool {
	var v uint64
	for _, c := range nsn {
		v = v*10 + uint64(c-'0')
	}
	n := &phonenumbers.PhoneNumber{CountryCode: proto.Int32(int32(cc)), NationalNumber: proto.Uint64(v)}
	if len(nsn) > 1 && nsn[0] == '0' {
		n.ItalianLeadingZero = proto.Bool(true)
	}
	return phonenumbers.IsValidNumber(n)
}

// trunk8 reports whether x is a number of Russia or Kazakhstan (calling
// code 7) in national form: the trunk prefix 8, then ten digits whose area
// code starts 3, 4, 7, 8 or 9, written whole or as "8 (495) 123-45-67",
// "8 916 555-12-34", when the detector serves the region r (RU or KZ;
// nil: neither). bracketed reports the area code in brackets, the shape
// that says phone without a phone word.
func trunk8(t string, x *numInfo, d []byte, r *phoneRegion) (ok, bracketed bool) {
	if r == nil || r.lens&(1<<10) == 0 || x.nd != 11 || d[0] != '8' || x.plus || x.suffix || !strings.ContainsRune("34789", rune(d[1])) {
		return false, false
	}
	if x.ng > 1 {
		if x.ng < 3 || x.glens[0] != 1 || x.glens[1] != 3 {
			return false, false
		}
		for k := 2; k < x.ng; k++ {
			if x.glens[k] < 2 {
				return false, false
			}
		}
	}
	if x.ng > 1 {
		p := x.start + 1
		for p < x.end && !isDigit(t[p]) {
			p++
		}
		bracketed = t[p-1] == '(' && p+3 < x.end && t[p+3] == ')'
	}
	return true, bracketed
}

// freeLine7 reports whether nsn, the ten digits of a number of Russia
// or Kazakhstan after the trunk prefix or the code 7, is a firm's free
// line: the codes 800 and 804 are the free calls' ("8 800 555-35-35"),
// which no subscriber holds.
func freeLine7(nsn []byte) bool {
	return len(nsn) == 10 && nsn[0] == '8' && nsn[1] == '0' && (nsn[2] == '0' || nsn[2] == '4')
}

// slashAreaCode reports whether x is an area code of three to five digits
// led by the trunk prefix 0, then a slash (spaces around it allowed), then
// a subscriber number in groups of two digits or more with no further
// slash. Dates never start with a three-digit group led by 0. The
// capitals' area codes of Austria and Belgium have one digit ("01/234
// 5678", "02/123.45.67"): a two-digit group is taken before a group of
// three digits or more and eight digits in all, which no date of a day
// and a month ("09/27") starts.
func slashAreaCode(t string, x *numInfo, d []byte) bool {
	if x.ng < 2 || x.plus || x.paren || d[0] != '0' || d[1] == '0' || x.glens[0] < 2 || x.glens[0] > 5 || x.glens[0] == 2 && (x.nd < 8 || x.glens[1] < 3) {
		return false
	}
	// "seit 03/2021 12345 Minuten": a month and a year of four digits
	// start it, not an area code.
	if x.glens[0] == 2 && x.glens[1] == 4 && (d[2] == '1' && d[3] == '9' || d[2] == '2' && d[3] == '0') {
		return false
	}
	p := x.start + int(x.glens[0])
	q := p
	for q < x.end && !isDigit(t[q]) {
		q++
	}
	if sep := t[p:q]; sep != "/" && sep != " / " {
		return false
	}
	for k := 1; k < x.ng; k++ {
		if x.glens[k] < 2 {
			return false
		}
	}
	for ; q < x.end; q++ {
		if t[q] == '/' {
			return false
		}
	}
	return true
}

// refNamedAfter reports whether the text g between a number and a word
// of a reference after it says that the number is the reference: a
// comma or a bracket maybe, a verb of being, then up to two articles or
// possessives ("6179548528, is my order number", "01514189151 ist meine
// Bestellnummer", "608173368 es el número de pedido").
func refNamedAfter(g string) bool {
	if len(g) > 24 {
		return false
	}
	be := false
	words := 0
	for i := 0; i < len(g); {
		c := g[i]
		if c == ' ' || c == ',' || c == ')' {
			i++
			continue
		}
		j := i
		for j < len(g) && g[j] != ' ' && g[j] != ',' {
			j++
		}
		var low [8]byte
		if j-i > len(low) {
			return false
		}
		w := string(foldBytes(low[:0], g[i:j]))
		switch {
		case !be && words == 0 && beVerb(w):
			be = true
		case be && words < 3 && articleWord(w):
		default:
			return false
		}
		words++
		i = j
	}
	return be
}

// nanpInBrackets reports whether v is a North American number written
// with its area code in brackets, "(646) 382-1907": no order, ticket or
// code is written so, and a reference's word further back ("The PUK for
// the SIM on (646) 382-1907 is ...", "my order for (646) 382-1907") does
// not make one of it. A word that labels it still does (see labels).
func nanpInBrackets(v string) bool {
	if len(v) != 14 || v[0] != '(' || v[4] != ')' || v[5] != ' ' || v[9] != '-' {
		return false
	}
	for _, k := range [...]int{1, 2, 3, 6, 7, 8, 10, 11, 12, 13} {
		if !isDigit(v[k]) {
			return false
		}
	}
	return true
}

// loneTrunk reports whether the number x, of digits d, opens with its
// trunk's 0 alone, a space apart from three groups or more of two digits
// or more, and is no free line ("0 800 ...", "0 808 ...").
func loneTrunk(x *numInfo, d []byte) bool {
	if x.sep != ' ' || x.mixed || x.ng < 3 || x.glens[0] != 1 || d[0] != '0' || d[1] == '8' && d[2] == '0' && (d[3] == '0' || d[3] == '8') {
		return false
	}
	for k := 1; k < x.ng; k++ {
		if x.glens[k] < 2 {
			return false
		}
	}
	return true
}
