package redact

import "strings"

// A person's number at a firm, after its word.
//
// A customer's number, a contract's, an insurance policy's or a frequent
// flyer's names the one person at the firm that gave it: "customer no.
// 7712004391", "Kundennummer: K-20419377", "my policy is AUT-4482190-07",
// "polizza RCA n. 802.117.443", "contrat MRH n° 40128847K". It is
// personal data as an e-mail address is, and since a redacted message
// gets its values back in the reply and in tool calls, hiding it from
// the model costs the model nothing it needs. An order's, a ticket's, a
// claim's or a parcel's number names an event and stays a reference, as
// the corpus's decoys are.

// TypeCustomerNumber is a person's number at a firm: a customer's, a
// contract's, an insurance policy's or a frequent flyer's.
const TypeCustomerNumber = "CUSTOMER_NUMBER"

// customerAfter reads a person's number at a firm after its word, which
// ends at p (gCustomer): a label's words may come between ("no.",
// "n°", "is", "c'est"), and a product line's capitals ("polizza RCA n.
// 802.117.443"). The number is one token of digits and capitals joined
// by '-', '/' or '.' ("MOT/DXB/2023/0048217", "802.117.443"), or digits
// in groups of one space ("2009 4417 83", "LP 0048 2291 73"): five
// digits or more, no lower case, no more capitals than digits, and no
// date, amount or time.
// The word's phrase starts at ps: an agreement's word reads only in a
// message of a lease or a loan (leaseAgreement).
func (s *state) customerAfter(ps, p int) {
	t := s.text
	if agreementWord(t, ps) {
		if s.lease == 0 {
			s.lease = 1
			if leaseAgreement(t) {
				s.lease = 2
			}
		}
		if s.lease == 1 {
			return
		}
	}
	s.numberAfter(p, TypeCustomerNumber, "customer_number")
}

// licenceAfter reads a licence's number after its word (gLicence), whose
// phrase starts at ps and ends at p, as customerAfter reads a
// customer's: a driving licence's, a licence's, or none for a firm's
// (licenceType).
func (s *state) licenceAfter(ps, p int) {
	if typ := licenceType(s.text, ps); typ != "" {
		s.numberAfter(p, typ, "licence_number")
	}
}

// numberAfter adds the number of a person at a firm that its label's
// word, ending at p, names (see customerAfter), of type typ.
func (s *state) numberAfter(p int, typ, rec string) {
	t := s.text
	q := customerValueStart(t, p)
	if q < 0 {
		return
	}
	if e := customerValueEnd(t, q); e > q {
		c := cand{start: q, end: e, typ: typ, rec: rec, score: 0.55}
		s.add(c)
		s.sameShapeAlternates(c)
	}
}

// sameShapeAlternates adds, after the value c, up to three values that a
// list gives after it ("and", a comma, a slash, "or": choiceNext) with
// its shape byte for byte, digits where it has digits, capitals where it
// has capitals and its separators where it has them: "member numbers
// 70014522 and 70014523", "customer IDs HB-1147720 and HB-1147721"
// (session 65). A value of another shape ends the list, and a value in
// groups of spaces has none: a list of those is of phones as often
// ("two lines on the account: 07823 614 905 and 07911 206 338").
func (s *state) sameShapeAlternates(c cand) {
	t := s.text
	n := c.end - c.start
	if strings.IndexByte(t[c.start:c.end], ' ') >= 0 {
		return
	}
	for k := 0; k < 3; k++ {
		q := choiceNext(t, c.end, true)
		if q < 0 || q+n > len(t) || q+n < len(t) && (isAlnum(t[q+n]) || t[q+n] >= 0x80) {
			return
		}
		for i := 0; i < n; i++ {
			a, b := t[c.start+i], t[q+i]
			if isDigit(a) != isDigit(b) || isUpperByte(a) != isUpperByte(b) || isLower(a) != isLower(b) || !isAlnum(a) && a != b {
				return
			}
		}
		c.start, c.end = q, q+n
		s.add(c)
	}
}

// quotedValueOpens reports whether the quote at q, after a key that ends
// at p, opens its value: a ':' or '=' is the last byte before it but
// spaces.
func quotedValueOpens(t string, p, q int) bool {
	k := q - 1
	for k > p && t[k] == ' ' {
		k--
	}
	return t[k] == ':' || t[k] == '='
}

// customerValueStart returns where the number after a customer's word
// ending at p starts, past the words and marks of a label, or -1.
func customerValueStart(t string, p int) int {
	n := len(t)
	q := p
	for steps := 0; steps < 5; steps++ {
		for q < n && (t[q] == ' ' || t[q] == '\t') {
			q++
		}
		if q >= n || q-p > 40 {
			return -1
		}
		// "a/c", the account's abbreviation in India and Britain,
		// after the loan's word: "EMI for loan a/c PL0091238475".
		if accountAbbrevAt(t, q) {
			q += 3
			continue
		}
		c := t[q]
		switch {
		case c == ':' || c == '#' || c == '=' || c == '.' && (q > p || abbreviationBefore(t, p)):
			q++
			continue
		case (c == '"' || c == '\'') && (q == p || quotedValueOpens(t, p, q)):
			// A key and its value in quotes: `"customer_id":"CUS-0048213"`,
			// `"customer_id": "100238"`.
			q++
			continue
		case isDigit(c):
			return q
		case isUpperByte(c):
			// Capitals glued to digits or to a joiner start the number
			// ("K-20419377", "HV-88129034"); capitals alone before a
			// space are a product line or a plan's name ("RCA", "MRH"),
			// passed over once; "LP 0048 2291 73" is read by
			// customerValueEnd.
			w := q
			for w < n && isUpperByte(t[w]) {
				w++
			}
			if w < n && isLower(t[w]) {
				// A label's word capitalised: "Leasingvertrag Nr.
				// 3487221903" (session 74).
				if e := letterRunEnd(t, q); customerLabelWord(t[q:e]) && e < n && (t[e] == '.' || t[e] == ' ' || t[e] == ':') {
					q = e
					continue
				}
				// The firm's name between the word and its verb: "mon
				// numéro de client Hydro-Québec c'est 0412 8876 390".
				if b := brandBeforeVerb(t, q); b > 0 {
					q = b
					continue
				}
				return -1
			}
			if w-q > 4 {
				return -1
			}
			if w < n && t[w] == ' ' && w+1 < n && !isDigit(t[w+1]) && w-q >= 2 {
				q = w
				continue
			}
			// A label's word in capitals: "MI NUMERO DE CLIENTE ES
			// 40012377", "KUNDENNUMMER IST 4471".
			if w < n && t[w] == ' ' && customerLabelWord(t[q:w]) {
				q = w
				continue
			}
			return q
		}
		// A label's word: "no", "nr", "n°", "is", "c'est".
		w := q
		for w < n && isLetter(t[w]) && w-q < 8 {
			w++
		}
		if w == q {
			if k := degreeSign(t, q); k > 0 {
				q += k
				continue
			}
			// Italian and Portuguese "is": "il suo codice cliente è
			// 3104 7728 19", "o número de cliente é 4471...".
			if q+2 < n && t[q] == 0xC3 && (t[q+1] == 0xA8 || t[q+1] == 0xA9) && t[q+2] == ' ' {
				q += 2
				continue
			}
			return -1
		}
		if w == q+1 && t[q]|0x20 == 'c' && w < n && apostropheAt(t, w) > 0 {
			// "c'est", "c’est": the word after the apostrophe is the
			// label's.
			w += apostropheAt(t, w)
			q = w
			for w < n && isLetter(t[w]) && w-q < 8 {
				w++
			}
		}
		if firmPreposition(t[q:w]) && w+1 < n && t[w] == ' ' && isUpperByte(t[w+1]) {
			// The firm named after the word: "Mijn klantnummer bij KPN
			// is 50193387" (session 56); its capitals are passed over
			// next, as a plan's are.
			q = w
			continue
		}
		if firmPreposition(t[q:w]) && w+1 < n && t[w] == ' ' {
			// The firm as "you": "Kundennummer bei euch 4471902", "my
			// customer number with you is 40018273"; "is" may follow.
			x := w + 1
			y := x
			for y < n && isLetter(t[y]) && y-x < 8 {
				y++
			}
			if youPronoun(t[x:y]) {
				if strings.HasPrefix(t[y:], " guys") {
					y += len(" guys") // "my customer no. with you guys is ..."
				}
				q = y
				continue
			}
		}
		if d := documentOn(t, q); d > 0 {
			q = d // "customer ID on my statement is CUST-7714290"
			continue
		}
		if d := nordicAtFirm(t, q, w); d > 0 {
			q = d // "medlemsnummer i sygeforsikringen er 0048821937"
			continue
		}
		if !customerLabelWord(t[q:w]) {
			return -1
		}
		q = w
		if k := degreeSign(t, q); k > 0 {
			q += k // "n°", "nº"
		}
	}
	return -1
}

// brandBeforeVerb returns where one or two capitalised words at q end,
// a firm's or a programme's name between a number's word and the verb
// or colon before the number ("numéro de membre Air Miles est
// 80412776531", "numéro de client Hydro-Québec c'est ..."), or -1 when
// no such verb follows them.
func brandBeforeVerb(t string, q int) int {
	n := len(t)
	for words := 0; words < 2 && q < n && isUpperByte(t[q]); words++ {
		w := q + 1
		for w < n && (isLetter(t[w]) || t[w] >= 0x80 || t[w] == '-' && w+1 < n && isLetter(t[w+1])) && w-q < 20 {
			w++
		}
		if w < n && t[w] == ':' {
			return w
		}
		if w >= n || t[w] != ' ' {
			return -1
		}
		v := w + 1
		if v < n && t[v] == ':' {
			return v
		}
		e := v
		for e < n && isLetter(t[e]) && e-v < 6 {
			e++
		}
		if e < n && e == v+1 && t[v]|0x20 == 'c' && apostropheAt(t, e) > 0 {
			return w // "c'est"
		}
		var low [8]byte
		if beVerb(bytesText(lowerASCII(low[:0], t[v:e]))) {
			return w
		}
		q = v
	}
	return -1
}

// abbreviationBefore reports whether the word that ends at p is one a
// dot after it abbreviates: "no.", "nr.", "acct.", "ref.", and the
// German and Dutch compounds that end in "nr" ("Kundennr.", "Klantnr.").
func abbreviationBefore(t string, p int) bool {
	w := p
	for w > 0 && p-w <= 4 && isLetter(t[w-1]) {
		w--
	}
	var low [8]byte
	switch string(lowerASCII(low[:0], t[w:p])) {
	case "no", "nr", "nro", "n", "num", "acc", "acct", "ref":
		return true
	}
	return p-w >= 3 && t[p-1]|0x20 == 'r' && t[p-2]|0x20 == 'n' // letters: the bit folds their case
}

// customerLabelWord reports whether w, between a customer's word and its
// number, is a label's word or a sentence's ("no", "number is",
// "Kundennummer lautet", "c'est").
func customerLabelWord(w string) bool {
	var low [16]byte
	if len(w) > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], w)) {
	// (ASCII words only: customerValueStart reads a label's word of
	// ASCII letters.)
	case "no", "nr", "nro", "num", "number", "is", "was", "n", "es", "est", "ist", "lautet", "e",
		"remains", "bleibt", "war", "era", "blijft", "reste", "resta", "sigue", "continua",
		"still", "stays", "same", // "member no. is still BW-...", "stays the same: 850 ..."
		"id", "ref", "my", "the", "our", "nummer", "numero",
		// Danish and Norwegian "is" (session 75: "policenummeret er
		// 6403-118827-01").
		"er",
		// India's banks' customer information file, the customer's
		// number, named again after the word: "cust id CIF 40918273".
		"cif":
		return true
	}
	return false
}

// degreeSign returns the width of '°' or 'º' at q (of "n°", "nº"), or 0.
func degreeSign(t string, q int) int {
	if q+1 < len(t) && t[q] == 0xC2 && (t[q+1] == 0xB0 || t[q+1] == 0xBA) {
		return 2
	}
	return 0
}

// customerValueEnd returns the end of the number that starts at q, or q
// when there is none of a customer's number's shape.
func customerValueEnd(t string, q int) int {
	n := len(t)
	e, capitals := q, 0
	var g groups // the digit runs, for their count and a date's shape
read:
	for e < n && e-q <= 32 {
		switch c := t[e]; {
		case isDigit(c):
			if e == q || !isDigit(t[e-1]) {
				g.n++
			}
			if g.n <= len(g.len) {
				g.len[g.n-1]++
			}
			g.digits++
		case isUpperByte(c):
			capitals++
		case (c == '-' || c == '/' || c == '.') && e > q && e+1 < n && isAlnum(t[e+1]) && isAlnum(t[e-1]):
		default:
			break read
		}
		e++
	}
	lettersOnly := g.digits == 0
	if e < n && (isLower(t[e]) || t[e] >= 0x80 && wordByteAt(t, e) || t[e] == '_' || t[e] == '@') {
		return q // a word, an e-mail or a key ("cus_Q8xL2...")
	}
	// Groups of digits after one space: "2009 4417 83", "LP 0048 2291
	// 73"; after a prefix of one or two capitals, or after digits.
	if lettersOnly && e-q <= 2 || !lettersOnly && capitals == 0 && g.n == 1 {
		for k := 0; k < 5 && e+1 < n && t[e] == ' ' && isDigit(t[e+1]); k++ {
			f := nextNonDigit(t, e+1)
			if f < n && (isAlnum(t[f]) || t[f] >= 0x80 && wordByteAt(t, f)) || f-e-1 > 8 {
				break
			}
			if g.n < len(g.len) {
				g.len[g.n] = f - e - 1
			}
			g.n++
			g.digits += f - e - 1
			e = f
		}
		// A check digit after the groups, past a dash or a slash:
		// "Versicherungsnummer ist 72 183 440-9",
		// "Versicherungsschein-Nr. 63 448 120/7" (session 74).
		if g.n > 1 && e+1 < n && (t[e] == '-' || t[e] == '/') && isDigit(t[e+1]) {
			if f := nextNonDigit(t, e+1); f-e-1 <= 2 && (f == n || !isAlnum(t[f]) && t[f] != '-' && t[f] != '/' && t[f] != '.' || t[f] == '.' && (f+1 == n || !isDigit(t[f+1]))) {
				g.digits += f - e - 1
				e = f
			}
		}
	}
	if g.digits < 5 || g.digits > 24 || capitals > g.digits || e-q > 32 {
		return q
	}
	// No date ("2024-03-11", "11.03.2024"), amount or time.
	if capitals == 0 && g.date() || currencyAfter(t, e) || e < n && (t[e] == '%' || t[e] == ':' && e+1 < n && isDigit(t[e+1])) {
		return q
	}
	return e
}

// documentOn returns where a phrase at q that names the paper or the
// screen a person's number is printed on ends ("on my card", "on the
// statement", "on your app"), or -1: "customer ID on my statement is
// CUST-7714290", "membership no. on my card 6354 2210 9917 2048".
func documentOn(t string, q int) int {
	if len(t)-q < 7 || t[q]|0x20 != 'o' || t[q+1]|0x20 != 'n' || t[q+2] != ' ' {
		return -1
	}
	q += 3
	for _, det := range [...]string{"my ", "the ", "your ", "our ", "his ", "her "} {
		if len(t)-q > len(det) && strings.EqualFold(t[q:q+len(det)], det) {
			q += len(det)
			break
		}
	}
	w := q
	for w < len(t) && isLetter(t[w]) && w-q < 10 {
		w++
	}
	if w < len(t) && isAlnum(t[w]) {
		return -1
	}
	var low [10]byte
	switch string(lowerASCII(low[:0], t[q:w])) {
	case "card", "cards", "statement", "bill", "letter", "invoice", "app", "account", "profile", "screen", "receipt", "documents":
		return w
	}
	return -1
}

// youPronoun reports whether w, ASCII letters, is a word for "you" that
// names the firm after a preposition: "bei euch", "bei Ihnen", "with
// you", "chez vous", "bij jullie", "con ustedes".
func youPronoun(w string) bool {
	var low [8]byte
	if len(w) > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], w)) {
	case "euch", "ihnen", "you", "vous", "jullie", "u", "ustedes", "vosotros", "voi":
		return true
	}
	return false
}

// nordicAtFirm returns where a Danish or Norwegian "i" or "hos" ("in",
// "at") and the noun in its definite form after it end, the firm or the
// scheme the number is at ("Mit medlemsnummer i sygeforsikringen er
// 0048821937", "kundenummeret hos forsikringsselskabet er ..."), or 0;
// the word is t[q:w]. The definite noun ends in "-en" or "-et".
func nordicAtFirm(t string, q, w int) int {
	if !(w-q == 1 && t[q] == 'i' || w-q == 3 && t[q:w] == "hos") || w+1 >= len(t) || t[w] != ' ' {
		return 0
	}
	x := w + 1
	y := x
	for y < len(t) && y-x < 24 && (isLower(t[y]) || t[y] >= 0x80) {
		y++
	}
	if y-x < 4 || y-x >= 24 || !(strings.HasSuffix(t[x:y], "en") || strings.HasSuffix(t[x:y], "et")) {
		return 0
	}
	return y
}

// firmPreposition reports whether w is a preposition that names the firm
// a customer's number is at: "bij KPN", "bei ADAC", "at BT", "chez EDF".
func firmPreposition(w string) bool {
	switch w {
	case "bij", "bei", "at", "with", "chez", "con", "presso", "com", "en":
		return true
	}
	return false
}

// agreementWord reports whether the phrase at ps is an agreement's
// ("agreement", "agreement number", "Agreement no").
// TypeLicenceNumber is the number of a licence or a certificate that
// names its one holder: a hunter's, an angler's, a gun owner's, a
// trade's (session 76).
const TypeLicenceNumber = "LICENCE_NUMBER"

// TypeDriverLicense is a driving licence's number whose country no rule
// of its own reads (national rules report theirs: US_DRIVER_LICENSE,
// UK_DRIVING_LICENCE, ...).
const TypeDriverLicense = "DRIVER_LICENSE"

// licenceType is the type of the licence number whose word starts at
// t[ps]: a driving licence's after "driver's", "driving" or "LTO" right
// before the word ("my driver's licence no. KAN47182AB09", "LTO license
// no. N03-14-087256"), none after a word of a firm's licence ("my
// employer's trade licence is CN-2487361", "business", "gaming"), a
// licence's otherwise.
func licenceType(t string, ps int) string {
	b := ps
	for b > 0 && t[b-1] == ' ' {
		b--
	}
	// "driver’s" with a typographic apostrophe reads as "driver's".
	curly := b >= 4 && t[b-4:b] == "\u2019s"
	if curly {
		b -= 4
	}
	a := b
	for a > 0 && (isASCIILetter(t[a-1]) || t[a-1] == '\'') {
		a--
	}
	w := strings.ToLower(t[a:b])
	if curly {
		w += "'s"
	}
	switch w {
	case "driver's", "drivers", "driver", "driving", "lto", "dl":
		return TypeDriverLicense
	case "trade", "business", "company", "gaming", "operating", "liquor", "premises", "broadcasting":
		return ""
	}
	return TypeLicenceNumber
}

func agreementWord(t string, ps int) bool {
	return len(t)-ps >= 9 && strings.EqualFold(t[ps:ps+9], "agreement")
}

// leaseAgreement reports whether t names a lease, a loan on a car or the
// payments of one, whose agreement's number names the borrower for years
// as a policy's names its holder: "I'm leasing a Kia through you ...
// Agreement number LA-77182934", "I pay £289.17 a month to Blackhorse,
// agreement HP/552/190734, and I want to do a voluntary termination". A
// rental's agreement names one booking ("picked the car up at Manchester
// Airport, agreement no. RA-77120458"), and so does a hire car's; a bare
// "finance agreement" is left, which the blind sets label each way.
func leaseAgreement(t string) bool {
	lease := false
	for i := 0; i < len(t); {
		if !isLetter(t[i]) {
			i++
			continue
		}
		j := i
		for j < len(t) && isLetter(t[j]) {
			j++
		}
		if j-i <= 12 && (i == 0 || !wordByteAt(t, i-1)) && (j == len(t) || !wordByteAt(t, j)) {
			var low [12]byte
			switch w := string(lowerASCII(low[:0], t[i:j])); {
			case w == "hire" && j+9 <= len(t) && strings.EqualFold(t[j:j+9], " purchase"):
				lease = true // hire purchase, a loan
			case rentalWords[w]:
				return false
			case leaseWords[w]:
				lease = true
			}
		}
		i = j
	}
	return lease
}

// leaseWords name a lease or a loan on a car and its paying off: a
// lease, hire purchase ("HP"; "hire" alone is a rental's), personal contract purchase ("PCP"), a
// settlement figure, a voluntary termination, a balloon payment.
var leaseWords = setOf("lease", "leased", "leasing", "pcp", "hp", "settlement", "settle", "settled",
	"termination", "balloon", "instalment", "instalments", "installment", "installments", "payments")

// rentalWords name a rental or a hire of a car by the day, whose
// agreement names a booking, not its customer: "rental", "hire car",
// "hired", "pickup".
var rentalWords = setOf("rental", "rented", "rent", "renting", "hire", "hired", "pickup", "picked", "return", "returned")

// letterRunEnd returns where the ASCII letters from q end.
func letterRunEnd(t string, q int) int {
	for q < len(t) && isLetter(t[q]) {
		q++
	}
	return q
}

// accountAbbrevAt reports whether "a/c" in either case, a word of its
// own, stands at q: the account's abbreviation that India's and
// Britain's banks write ("loan a/c PL0091238475", "A/c No: ...").
func accountAbbrevAt(t string, q int) bool {
	return q+3 <= len(t) && t[q]|0x20 == 'a' && t[q+1] == '/' && t[q+2]|0x20 == 'c' && (q+3 == len(t) || !isAlnum(t[q+3]))
}
