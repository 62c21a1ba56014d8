package redact

import "strings"

// Addresses after their label (session 70): "Address: Plot 5567,
// Tsholofelo East, Gaborone", "Adresse : Cité 1200 Logements, Bâtiment
// 14, Porte 3, Bab Ezzouar, Alger 16024", "my new address is Lot 27
// Kalabu Road, Nasinu", "Alamat: Perum Griya Asri Blok C2 No. 14, RT
// 03/RW 07, ...". The street reader finds an address by its street's
// words and its house number; the world writes many it has no word for
// (plots, stands, erven, lots, sections, résidences, barangays, soi).
//
// After a label that names an address and its colon (or "is", or
// Portuguese "nova" before it and no colon: "nova morada Urbanização
// Vale do Sol, Lote 7, ..."), the rest of the clause is the
// address when it has a digit and two parts, or four words with no word
// in lower case after a capitalised one. It
// ends at the line's end, a full stop that ends no abbreviation
// ("Brgy.", "St.", "Co." go on), '|', ';', '?', '!', '(', '"', '<',
// '>', a new label's colon, a '/' between spaces, a dash before a word
// in lower case ("— the eircode ..."; "São Paulo - SP" goes on), a part
// after a comma that is a clause of the sentence (sentencePart), or a
// word of the sentence or of another field (addrEndWord: "please",
// "and", "phone", "email").
//
// The scan reads the clause (addressAfterLabel) and hands its span to the
// names recognizer, which reports it after its street reader
// (labelledAddresses): where that reader read nothing in the clause, or
// only a weak or small part of it; a surer reading, or one that reaches
// past the clause, stands.

// addrLabelWords are the labels of a postal address (gAddrLabel), by
// language; a word of an e-mail, an IP or a wallet before "address"
// makes it no postal address (see addressAfterLabel).
var addrLabelWords = map[string][]string{
	"en": {"address"},
	"de": {"adresse", "anschrift", "wohnadresse", "lieferadresse", "rechnungsadresse"},
	"fr": {"adresse"},
	"es": {"dirección", "direccion", "domicilio"},
	"it": {"indirizzo"},
	"nl": {"adres", "woonadres", "afleveradres", "postadres", "factuuradres"},
	"pt": {"endereço", "endereco", "morada"},
	"cs": {"adresa"}, "hr": {"adresa"}, "ro": {"adresa", "adresă"},
	"lv": {"adrese"}, "lt": {"adresas"}, "sv": {"adress"}, "et": {"aadress"}, "fi": {"osoite"},
	"pl": {"adres"}, "tr": {"adres"},
	"ms": {"alamat"}, "id": {"alamat"},
	"ar": {"العنوان"},
}

// addrNotPostal are the words before "address" that make it another
// kind's ("email address", "IP address", "wallet address") or a firm's
// ("our returns address").
var addrNotPostal = setOf("email", "e-mail", "mail", "ip", "ipv4", "ipv6", "mac", "wallet", "btc", "eth", "bitcoin", "crypto", "web", "website", "server", "deposit", "contract", "memory", "hardware", "sender", "reply", "bar",
	// A firm's own: "our returns address is Unit 7, ...", "Our address:".
	"our", "returns", "return", "warehouse", "office", "store", "shop", "branch", "company", "business", "hq")

// addrEndWord reports whether the word w, in lower case, ends an address
// read after its label: a word of the sentence or a label of the field
// that follows one. (A switch: cheaper than a map for these short words.)
func addrEndWord(w string) bool {
	switch w {
	case "and", "or", "but", "in", "at", "please", "pls", "plz", "thanks", "thank", "thx", "if", "when",
		"because", "since", "instead", "still", "also", "not", "is", "was", "are", "will", "can",
		"could", "would", "should", "for", "so", "then", "i", "we", "my", "your", "his", "her", "our",
		"it", "to", "from", "with", "until", "till", "as", "tel", "phone", "mobile", "mob", "gsm",
		"cell", "cp", "ph", "fax", "email", "e-mail", "whatsapp", "contact", "name", "dob", "id",
		"passport", "iban", "acct", "account", "order", "ref", "merci", "svp", "bitte", "danke", "und",
		"oder", "aber", "ou", "mais", "pero", "por", "gracias", "grazie", "obg", "obrigado", "obrigada",
		"y", "e", "ma", "mas", "dan", "ya", "po", "ko", "na":
		return true
	}
	return false
}

// addrAbbrevs are the abbreviations of an address's parts that a full
// stop ends inside an address ("St.", "Brgy.", "Co.", "Kab.", "Sec.",
// "apto.", "Col.", "C.P."), in lower case.
var addrAbbrevs = setOf("st", "str", "rd", "ave", "av", "avda", "blvd", "dr", "ln", "ct", "pl", "sq", "hwy", "apt", "apto", "bldg", "blk",
	"brgy", "sec", "dist", "co", "kab", "kec", "kel", "jl", "jln", "gg", "no", "nr", "ul", "os", "al", "pr", "bd", "bul", "sc", "bl",
	"et", "ap", "jud", "int", "col", "mz", "lt", "dpto", "depto", "urb", "res", "imm", "appt", "bt", "stn", "ext", "mt", "ft", "pt",
	"ste", "sta", "pte", "nte", "mah", "sok", "sk", "cad", "cd", "tlf", "vil", "mun", "prov", "edif", "esc", "izq", "dcha", "ctra", "opp")

// addrAbbrev reports whether the word w before a full stop abbreviates a
// part of an address (addrAbbrevs) or is a single letter ("C.P.", "F.").
func addrAbbrev(w string) bool {
	if len(w) == 1 {
		return isLetter(w[0])
	}
	var low [8]byte
	return len(w) <= len(low) && addrAbbrevs[string(lowerASCII(low[:0], w))]
}

// addrNewWords say "new" before the label of an address in Portuguese,
// the customer's who moved giving the address that follows without a
// colon ("nova morada Urbanização Vale do Sol, Lote 7, ...", "novo
// endereço Rua ...").
var addrNewWords = setOf("nova", "novo")

// addrTitles are the titles of a person that open a name before an
// address after its label ("Address: Hr. Dmitri Volkov, Am
// Kupfergraben 6a, ..."): the names recognizer reads those lines.
var addrTitles = setOf("mr", "mrs", "ms", "miss", "dr", "hr", "herr", "frau", "fr", "m", "mme", "mlle", "sr", "sra", "srta", "sig", "sig.ra", "dhr", "mevr")

// addressAfterLabel reads the address after the label that ends at p
// (start is the label's start; see the file's comment).
func (s *state) addressAfterLabel(start, p int) {
	t := s.text
	before := [2]int{} // the word before the label, [k, a+1)
	// The word before the label: "email address", "IP-Adresse".
	if b := start; b > 0 {
		a := b - 1
		for a > 0 && (t[a] == ' ' || t[a] == '-') && b-a < 3 {
			a--
		}
		k := a + 1
		for k > 0 && (isLetter(t[k-1]) || t[k-1] == '-') {
			k--
		}
		var low [12]byte
		if a+1-k <= len(low) && k < a+1 && addrNotPostal[string(lowerASCII(low[:0], strings.TrimRight(t[k:a+1], "-")))] {
			return
		}
		before = [2]int{k, a + 1}
	}
	q := p
	for q < len(t) && t[q] == ' ' {
		q++
	}
	switch {
	case q < len(t) && t[q] == ':':
		q++
	case strings.HasPrefix(t[q:], "："):
		q += len("：")
	case strings.HasPrefix(t[q:], "is "), strings.HasPrefix(t[q:], "ko: "), strings.HasPrefix(t[q:], "ko "):
		q += strings.IndexByte(t[q:], ' ') + 1
	case q > p && q < len(t) && (isUpperByte(t[q]) || isDigit(t[q])) && before[1]-before[0] == len("nova") && addrNewWords[string(lowerASCII(make([]byte, 0, 4), t[before[0]:before[1]]))]:
		// A new address needs no colon: "nova morada Urbanização Vale
		// do Sol, Lote 7, 2790-045 Carnaxide" (session 73).
	default:
		return
	}
	for q < len(t) && t[q] == ' ' {
		q++
	}
	if q >= len(t) || !(isAlnum(t[q]) || t[q] == '#' || t[q] >= 0x80) {
		return
	}
	end, words, commas, lower, digit, capital := q, 0, 0, 0, false, false
	k := q
scan:
	for k < len(t) {
		if k-q > 160 {
			return // no end in sight: no address's clause
		}
		c := t[k]
		if isAlnum(c) || c >= 0x80 && partMark(t, k) == 0 {
			// A word: letters, digits, the bytes of other scripts, and
			// '-', '/', '.' between two of them, an apostrophe.
			j := k + 1
			num := isDigit(c)
			for j < len(t) {
				d := t[j]
				if isAlnum(d) || d == '\'' || d >= 0x80 && partMark(t, j) == 0 ||
					(d == '-' || d == '/' || d == '.') && j+1 < len(t) && isAlnum(t[j+1]) {
					num = num || isDigit(d)
					j++
					continue
				}
				break
			}
			// The words that end an address or a title that opens a
			// name are of eight ASCII letters or fewer: most words of an
			// address (numbers, long names) need no lookup.
			if j-k <= 8 && isLetter(c) && !num {
				// (lowerASCII's fold, into the array without append.)
				var low [8]byte
				for x := k; x < j; x++ {
					b := t[x]
					if b-'A' < 26 {
						b += 'a' - 'A'
					}
					low[x-k] = b
				}
				w := string(low[:j-k])
				if addrEndWord(w) {
					break scan
				}
				if words == 0 && addrTitles[w] {
					return // a person's name before the address
				}
			}
			digit = digit || num
			if j-k >= 4 && c >= 'a' && c <= 'z' && !num && capital {
				lower++ // a word of the sentence after a capitalised one
			}
			capital = capital || isUpperByte(c)
			words++
			end, k = j, j
			continue
		}
		switch {
		case c == '\n' || c == '\r' || c == '|' || c == ';' || c == '?' || c == '!' || c == '(' || c == '"' || c == '<' || c == '>' ||
			c == ':' && (k+1 == len(t) || t[k+1] == ' '):
			break scan // the value ends before c
		case c == '@':
			return // an e-mail address
		case c == '/' && k > q && t[k-1] == ' ' && k+1 < len(t) && t[k+1] == ' ':
			break scan // "Address: ... / Mobile: ..."
		case c == '.' && (k+1 == len(t) || t[k+1] == ' ' || t[k+1] == '\n'):
			w := k
			for w > q && isLetter(t[w-1]) {
				w--
			}
			if w > q && t[w-1] >= 0x80 || !addrAbbrev(t[w:k]) {
				break scan // ("Hyères.": no "res." of a résidence)
			}
		case c == ',':
			if sentencePart(t, k+1) {
				break scan // ", yellow gate opposite the pharmacy"
			}
			commas++
		case c >= 0x80 || c == '-' && k > q && t[k-1] == ' ':
			if partMark(t, k) == 2 {
				commas++ // Arabic's comma
				k += 2
				continue
			}
			// A dash between parts ("São Paulo - SP, 01414-001") or
			// before the sentence's words ("P31 X2F8 — the eircode
			// sometimes ...").
			r := k + 1
			if c != '-' {
				r = k + 3
			}
			for r < len(t) && t[r] == ' ' {
				r++
			}
			if r < len(t) && t[r] >= 'a' && t[r] <= 'z' {
				break scan
			}
			k = r
			continue
		}
		k++
	}
	// A first part of words alone before a part that opens with a
	// number is a name's or a firm's, when two parts or more follow it:
	// "Returns Dept, 5 Wharf Lane, ...", "Mohammed Irfan Qureshi, H.No.
	// 14-2-117/A, Gandhi Nagar, ..."; not "Lieu-dit Kerhuel, 29170
	// Fouesnant".
	if c := strings.IndexByte(t[q:end], ','); c > 0 && !strings.ContainsAny(t[q:q+c], "0123456789") {
		r := q + c + 1
		for r < end && t[r] == ' ' {
			r++
		}
		if r < end && isDigit(t[r]) && strings.IndexByte(t[r:end], ',') > 0 {
			q = r
			commas--
		}
	}
	// Without a comma the clause is an address of four words or more,
	// with no word in lower case of four letters or more after a
	// capitalised one ("Ringvägen 101 lgh 1204 118 60 Stockholm", "the
	// old schoolhouse main street kirkmichael ..."; not "329 Arenales
	// 9462 Capitalized words like Wisdom").
	if words < 2 || !digit || commas <= 0 && (words < 4 || lower > 0) || postcodeBeforeStreet(t[q:end]) {
		return
	}
	if strings.Contains(t[q:end], "://") || strings.HasPrefix(t[q:end], "www.") {
		return
	}
	s.labelAddrs = append(s.labelAddrs, int32(q), int32(end))
}

// labelledAddresses reports the addresses read after their labels
// (addressAfterLabel, whose spans the Engine hands over in labelAddrs)
// where the street reader took none of their words: it runs after
// findAddresses and before the names, which then leave the address's
// words alone.
func (s *entScanner) labelledAddresses() {
	for i := 0; i+1 < len(s.labelAddrs); i += 2 {
		a, e := s.labelAddrs[i]-int32(s.base), s.labelAddrs[i+1]-int32(s.base)
		if a < 0 || int(e) > len(s.text) {
			continue
		}
		lo := s.tokenEndingAfter(a)
		if lo == len(s.toks) || s.toks[lo].s != a {
			continue
		}
		hi := lo
		used := false
		for k := lo; k < len(s.toks) && s.toks[k].e <= e; k++ {
			used = used || s.toks[k].f&efUsed != 0
			hi = k
		}
		if s.toks[hi].e != e || used && !s.dropAddressesIn(int(a)+s.base, int(e)+s.base) {
			continue
		}
		s.emit(stAddress, lo, hi, 0.84)
	}
}

// dropAddressesIn drops the street reader's findings in [a, e), the
// caller's offsets, and reports true, when every finding of the chunk
// that overlaps it is such an address inside it, and a weak guess (under
// 0.8) or a third of the clause or less: the street reader read a part
// ("12 Lot 8 Phase 2 Camella Homes Brgy" of "Blk 12 Lot 8 Phase 2 Camella
// Homes Brgy. Molino III ...", "Cité 1200" of "Cité 1200 Logements,
// Bâtiment 14, Porte 3, ..."), the label's clause holds the whole. A
// surer reading stands (the clause may run on into the sentence's words
// in a language whose words it does not know), and so does an address
// that reaches past the clause ("..., Petőfi Sándor utca 42." with its
// full stop, one over several lines) or another kind's finding there.
func (s *entScanner) dropAddressesIn(a, e int) bool {
	n, covered, weak := 0, 0, true
	for _, f := range s.out {
		if f.End <= a || f.Start >= e {
			continue
		}
		if f.Type != TypeStreetAddress || f.Start < a || f.End > e {
			return false
		}
		n++
		covered += f.End - f.Start
		weak = weak && f.Score < 0.8
	}
	if n == 0 || !weak && 3*covered >= e-a {
		return false // another pass's words, or a reading of its own
	}
	// Dropped in place, by their type, which flush passes over: the
	// people's spans (s.pers) hold indexes into out.
	for i := range s.out {
		if f := &s.out[i]; f.End > a && f.Start < e {
			f.Type = ""
		}
	}
	return true
}

// postcodeBeforeStreet reports whether v opens with a postcode of four
// or five digits, a capitalised word and a number ("87331 Dunajska 56,
// Studenec"): Presidio's synthetic records write a postcode before the
// street so, and label the three apart, as the street reader reads
// them; this reader leaves them to it.
func postcodeBeforeStreet(v string) bool {
	d := 0
	for d < len(v) && isDigit(v[d]) {
		d++
	}
	if d < 4 || d > 5 || d+1 >= len(v) || v[d] != ' ' || !isUpperByte(v[d+1]) {
		return false
	}
	k := d + 1
	for k < len(v) && isLetter(v[k]) || k < len(v) && v[k] >= 0x80 {
		k++
	}
	return k+1 < len(v) && v[k] == ' ' && isDigit(v[k+1])
}

// partMark returns the width of the mark at t[i] that parts an address
// written in other scripts' marks: 3 for an en or an em dash, 2 for
// Arabic's comma, else 0.
func partMark(t string, i int) int {
	switch {
	case t[i] == 0xe2 && i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x93 || t[i+2] == 0x94):
		return 3
	case t[i] == 0xd8 && i+1 < len(t) && t[i+1] == 0x8c:
		return 2
	}
	return 0
}

// sentencePart reports whether the part of an address after the comma at
// p-1 is a clause of the sentence: two words or more, the first in lower
// case, and no digit before the next comma or the line's end ("...,
// Lagos, yellow gate opposite the pharmacy", "..., Torino, magari può
// girargliela lei"); a part in lower case with a number is the address's
// ("..., casa 45, Bethania", "..., apto 82, São Paulo").
func sentencePart(t string, p int) bool {
	for p < len(t) && t[p] == ' ' {
		p++
	}
	if p >= len(t) || t[p] < 'a' || t[p] > 'z' {
		return false
	}
	words := 1
	for k := p; k < len(t) && t[k] != ',' && t[k] != '\n' && t[k] != '.'; k++ {
		if isDigit(t[k]) {
			return false
		}
		if t[k] == ' ' {
			words++
		}
	}
	return words >= 2
}
