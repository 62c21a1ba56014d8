package redact

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Soft entity types: the ones that no pattern or checksum identifies, found
// from capitalisation, context cues and gazetteers.
const (
	TypePerson        = "PERSON"
	TypeOrganization  = "ORGANIZATION"
	TypeTitle         = "TITLE"
	TypeNRP           = "NRP"
	TypeAge           = "AGE"
	TypeLocation      = "LOCATION"
	TypeStreetAddress = "STREET_ADDRESS"
	TypeZipCode       = "ZIP_CODE"
)

// softType is a bit set of the soft types a recognizer reports.
type softType uint16

// Soft types, in the order of softTypeNames.
const (
	stPerson softType = 1 << iota
	stOrg
	stTitle
	stNRP
	stAge
	stLocation
	stAddress
	stZip

	stNames     = stPerson | stOrg | stTitle | stNRP | stAge
	stAddresses = stAddress | stLocation | stZip
)

// softTypeNames names the soft types, bit i of softType naming entry i.
var softTypeNames = [...]string{TypePerson, TypeOrganization, TypeTitle, TypeNRP, TypeAge, TypeLocation, TypeStreetAddress, TypeZipCode}

// softRecognizer finds names, organisations, places and addresses in one
// pass over the words of a text. It is safe for concurrent use: the state
// of a call lives in a pooled entScanner.
type softRecognizer struct {
	name  string
	mask  softType
	types []string
	g     *gazetteer
}

// The soft-entity recognizer runs by default in every detector.
func init() { registerRecognizer(newSoftEntityRecognizer) }

// newNameRecognizer returns the recognizer of people and what is said
// about them: PERSON, ORGANIZATION, TITLE, NRP and AGE. It still parses
// addresses, so that street and city names are not taken for people, but
// does not report them.
func newNameRecognizer() Recognizer { return newSoftRecognizer("names", stNames) }

// newAddressRecognizer returns the recognizer of postal addresses and
// places: STREET_ADDRESS (street, unit, city, state and postcode as one
// span), LOCATION and ZIP_CODE.
func newAddressRecognizer() Recognizer { return newSoftRecognizer("addresses", stAddresses) }

// newSoftEntityRecognizer returns one recognizer that reports the types of
// both newNameRecognizer and newAddressRecognizer for the cost of one pass.
// softEntitiesName is the name of the recognizer of names and addresses.
const softEntitiesName = "soft_entities"

func newSoftEntityRecognizer() Recognizer {
	return newSoftRecognizer(softEntitiesName, stNames|stAddresses)
}

// newSoftRecognizer returns a recognizer that reports the types in mask.
func newSoftRecognizer(name string, mask softType) *softRecognizer {
	r := &softRecognizer{name: name, mask: mask, g: theGazetteer()}
	for i, t := range softTypeNames {
		if mask&(1<<i) != 0 {
			r.types = append(r.types, t)
		}
	}
	return r
}

// Name identifies the recognizer in findings.
func (r *softRecognizer) Name() string { return r.name }

// Types lists the entity types the recognizer reports.
func (r *softRecognizer) Types() []string { return append([]string(nil), r.types...) }

// entScannerPool recycles scanners, and their token buffers, across calls.
var entScannerPool = sync.Pool{New: func() any { return newEntScanner() }}

// Recognize reports the soft entities in text. Offsets are UTF-8 byte
// offsets on rune boundaries, also in invalid UTF-8.
func (r *softRecognizer) Recognize(text string, emit func(Finding)) {
	if len(text) == 0 {
		return
	}
	s := entScannerPool.Get().(*entScanner)
	r.recognize(s, text, emit)
	entScannerPool.Put(s)
}

// newEntScanner returns a scanner with no text.
func newEntScanner() *entScanner { return &entScanner{key: make([]byte, 0, 2*maxKey)} }

// recognize is Recognize with the scanner s, which it leaves holding no
// text (the Engine passes the one its pooled state keeps).
func (r *softRecognizer) recognize(s *entScanner, text string, emit func(Finding)) {
	s.emitFn, s.mask, s.name, s.g = emit, r.mask, r.name, r.g
	// Vietnamese (vietnamese.go): a text with its marks, or with its
	// ward's or district's word (which a scanner of Recognize looks
	// for in each chunk).
	vi := !s.notVi && vietnameseText(text)
	viAny := vi || s.viArea || !s.hereKnown
	// A long text is scanned in chunks cut between paragraphs or lines, so
	// the token buffer stays small and offsets fit in 32 bits.
	for off := 0; off < len(text); {
		end := chunkEnd(text, off)
		s.text, s.base = text[off:end], off
		var all uint32
		s.toks, all = entTokenize(s.text, s.toks)
		s.all = all
		if vi {
			s.vietnameseWords()
		}
		s.nextDig, s.digNL, s.pers = 0, -1, s.pers[:0]
		s.houseK, s.labelsRead = -1, false
		s.techA, s.techB = 0, -1
		s.recased, s.casedText = false, false
		addresses := all&efDigit != 0 // every address form holds a digit
		if shout := all&efAllCap != 0 && s.shouted(); shout || all&efCap != 0 && s.titled() {
			s.readShouted(shout)
			all, addresses = s.all, false
		}
		if vi {
			// No names in lower case: see vietnameseWords.
			s.casedText = all&efCap != 0
		} else if all&efCap == 0 || s.onlyCodesCapitalised() {
			if s.plainVietnamese() {
				s.vietnameseNames() // "nguyen thi lan anh" alone
			} else {
				s.lowerCaseText(0, len(s.toks))
			}
		} else {
			s.casedText = true
			if all&efNL != 0 && strings.IndexByte(s.text, ':') >= 0 {
				s.lowerCaseLines() // only a line that a label opens is read
			}
			if a, k := s.lowerPrefix(); k >= a+2 && s.introIn(a, k) {
				// A message typed in lower case up to a capital later,
				// whose writer introduces someone there ("hey tharushi
				// here lol, the Save button ...", "hi its jiri kucera, the
				// Skoda ...", "my dad björn åkesson bought it, I'm ..."),
				// is read as lower-case text up to the capital. A greeting
				// alone does not do ("hola, ejecuté htpasswd -nb ...").
				s.lowerCaseText(a, k)
			}
			s.lowerNamesNearCues()
		}
		if viAny {
			s.vietnameseChunk(vi)
		}
		if addresses {
			s.hash = all&efHash != 0
			s.findAddresses()
		}
		if len(s.labelAddrs) > 0 {
			s.labelledAddresses()
		}
		// (Every '/' is a token of its own, whose flag all holds: no
		// search of the text.)
		if s.all&(efAllCap|efSlash) == efAllCap|efSlash {
			s.findBookingNames()
		}
		s.findNames()
		if s.all&efCap != 0 {
			s.romanisedChineseNames() // "Tsang Chi Fai", "LEUNG Hoi Ching"
		}
		// The passes below look for what most chunks lack, which the
		// tokens' flags and the people found tell here without a call.
		if s.all&efJoined != 0 {
			s.findHandles() // a '.' or '_' between letters in lower case
		}
		if s.all&efUnder != 0 {
			s.findFileNames() // a '_' token: the flags of all tokens say so without a search of the text
		}
		if len(s.pers) > 0 {
			s.repeatNames()
		}
		if len(s.side) > 0 {
			s.addSide()
		}
		// (Three byte searches cost less than one ContainsAny, which
		// reads the text a byte at a time.)
		if len(s.out) > 0 && (strings.IndexByte(s.text, '"') >= 0 || strings.IndexByte(s.text, '\'') >= 0 || strings.IndexByte(s.text, '(') >= 0) {
			s.joinNicknames()
		}
		s.flush()
		if len(s.low) > 0 {
			clear(s.low) // the text in capitals in lower case
			s.low = s.low[:0]
		}
		off = end
	}
	s.forget()
}

// joinNicknames joins to a person found the nickname in double quotes
// after it and the surname after that: `Bryan "BJ" Jackson`, `Magdalena
// "Magda" Wiśniewska` are one name each (session 78), which the quotes
// split into two or three; since session 79 in single quotes and in
// brackets too ("Anthony 'Tony' Walsh", "Michael (Mick) Fahy", see
// nicknameClose). Read on the tokens: the opening mark after a space,
// one capitalised word glued inside, the closing mark glued after it,
// then one or two capitalised words on the line, one space apart, that
// the lists hold as no stop word nor common word unless as a name; people
// found inside go.
func (s *entScanner) joinNicknames() {
	for i := range s.out {
		f := &s.out[i]
		if f.Type != TypePerson {
			continue
		}
		k := s.tokenEndingAfter(int32(f.End - s.base)) // the token after the name
		closing := s.nicknameClose(k)
		if closing == 0 || s.glued(k) || s.toks[k].f&efNL != 0 || k+1 >= len(s.toks) || s.toks[k+1].kind != etWord || s.toks[k+1].f&(efCap|efDigit) != efCap || !s.glued(k+1) || !s.punct(k+2, closing) || !s.glued(k+2) {
			continue
		}
		// In brackets or single quotes, a word the lists hold as a
		// common or a stop word is an aside: "Anna (Sales) Smith".
		if closing != '"' && s.flags(k+1)&(gzStop|gzCommon|gzMonthDay|gzPlace|gzCompany) != 0 && s.flags(k+1)&(gzFirst|gzLast) == 0 {
			continue
		}
		m := k + 3
		for w := 0; w < 2 && m < len(s.toks) && s.toks[m].kind == etWord && s.toks[m].f&(efCap|efDigit|efNL) == efCap && !s.glued(m) &&
			s.toks[m].s == s.toks[m-1].e+1 && (s.flags(m)&(gzStop|gzCommon|gzMonthDay) == 0 || s.flags(m)&(gzFirst|gzLast) != 0); w++ {
			m++
		}
		if m == k+3 {
			continue
		}
		end := s.base + int(s.toks[m-1].e)
		for j := range s.out {
			if o := &s.out[j]; j != i && o.Type == TypePerson && o.Start >= f.Start && o.End <= end {
				o.Type = "" // (flush drops it)
			}
		}
		f.End = end
	}
}

// nicknameClose returns the mark that closes a nickname opened by token
// k: a double quote after a double quote, a single quote after a single
// quote (session 79: "Anthony 'Tony' Walsh"), a closing bracket after an
// opening one ("Michael (Mick) Fahy"); else 0.
func (s *entScanner) nicknameClose(k int) byte {
	switch {
	case s.punct(k, '"'):
		return '"'
	case s.punct(k, '\''):
		return '\''
	case s.punct(k, '('):
		return ')'
	}
	return 0
}

// pluralAfterDas reports whether the word after token j ("das") ends in
// "s", as the feminine plural after Portuguese "das" does ("das Flores",
// "das Neves"); German's neuter nouns after its article "das" rarely do.
func (s *entScanner) pluralAfterDas(j int) bool {
	k := j + 1
	return k < len(s.toks) && s.toks[k].kind == etWord && s.text[s.toks[k].e-1] == 's'
}

// titleBeforeParticles returns the token of a courtesy title in lower
// case that stands before the particles before the capitalised token i
// ("Dank u wel mevrouw de Vries", "meneer van den Berg"), or -1. findNames
// then reads the title as its capitalised form, "Mevrouw de Vries": the
// title no part of the name, the particles part of it (session 56).
func (s *entScanner) titleBeforeParticles(i int) int {
	toks := s.toks
	k := i - 1
	for k > 0 && i-k <= 2 && toks[k].kind == etWord && toks[k].f&(efCap|efNL) == 0 && toks[k].e-toks[k].s <= 3 && s.flagsIn(k)&gzParticle != 0 {
		k--
	}
	if k == i-1 {
		return -1
	}
	// A title of four bytes or more, as the gazetteer holds them
	// ("mevrouw", "meneer", "herr", "signora", "madame"); the short ones
	// are words too ("mas", "bu", "pak").
	t := &toks[k]
	if t.kind != etWord || t.f&efCap != 0 || t.e-t.s < 4 || toks[k+1].f&efNL != 0 || s.flags(k)&gzHonor == 0 {
		return -1
	}
	return k
}

// forget drops what the scanner holds of a text before it goes back to
// the pool: the text, and the words of people (rep) and folded words
// (key) in all their capacity, since a shorter word leaves the end of a
// longer one behind; the lower-case copy of a text in capitals (low),
// whose bytes past its length are zero (see recognize); and the findings
// of a chunk, which a panic may have left for the next text to report.
func (s *entScanner) forget() {
	s.labelAddrs = nil // the state's, which the Engine hands over each call
	s.notVi, s.viArea = false, false
	if s.repSet {
		clear(s.rep[:cap(s.rep)])
		s.repSet = false
	}
	// Nearly every text folds a word: key holds its bytes. At the size
	// newEntScanner gives it, key is cleared by a few stores in place
	// rather than a call.
	if k := s.key[:cap(s.key)]; len(k) == 2*maxKey {
		*(*[2 * maxKey]byte)(k) = [2 * maxKey]byte{}
	} else {
		clear(k)
	}
	clear(s.low)
	s.low = s.low[:0]
	clear(s.out)
	clear(s.side)
	s.out, s.side, s.pers = s.out[:0], s.side[:0], s.pers[:0]
	s.text, s.emitFn = "", nil
}

// softChunk is the size of the pieces a long text is scanned in.
const softChunk = 64 << 10

// chunkEnd returns where the chunk of text that starts at off ends: at a
// blank line, a line break or a space before off+softChunk when there is
// one in the last eighth, else at a rune boundary.
func chunkEnd(text string, off int) int {
	// Most texts are one chunk: a test the compiler inlines.
	if off+softChunk >= len(text) {
		return len(text)
	}
	return chunkCut(text, off)
}

// chunkCut is chunkEnd for a chunk that ends before the text does.
func chunkCut(text string, off int) int {
	end := off + softChunk
	lo := end - softChunk/8
	for _, sep := range [...]string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(text[lo:end], sep); i >= 0 {
			return lo + i + len(sep)
		}
	}
	for end > off+1 && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

// Token kinds.
const (
	etWord  uint8 = iota + 1 // letters, maybe with digits, ' and -
	etNum                    // digits only
	etPunct                  // one punctuation character
)

// Token flags.
const (
	efCap    uint32 = 1 << iota // first letter is upper case
	efAllCap                    // two or more letters, all upper case
	efDigit                     // holds a digit
	efNL                        // a line break precedes the token
	efBlank                     // two or more line breaks precede the token
	efSpace                     // white space precedes the token
	efPoss                      // a possessive 's was cut off the end
	efUsed                      // inside a finding already
	efLooked                    // g holds the gazetteer flags
	efASCII                     // a word of ASCII bytes only
	efStop                      // a comma or a period, which may end a job title
	efCueSep                    // ':' ',' '-' or '?', which may stand between a cue and its entity
	efIntro                     // a word whose first letter the last word of a self-introduction ("I'm", "is", "name") or "live" has (see introAt)
	efHash                      // a '#', which a Colombian address may glue to a number (see gridBefore)
	efTP                        // a word that starts with 't' or 'p', which may start an address in lower case (see findAddresses)
	efLF                        // a '\n' precedes the token (efNL counts U+2028 and U+2029 too); a second one makes efBlank
	efWeak                      // a word in lower case that only a greeting made a name (see introducedOne): a guess
	// efNum and efPunct repeat the kinds etNum and etPunct, so that the
	// loops that skip tokens test one field.
	efNum
	efPunct
	efGuess  // with efWeak, one or two unknown words that only a greeting and a verb of being made a name: below the default threshold
	efJoined // a '.' or '_' between two ASCII letters in lower case, as in a handle (see findHandles)
	efUnder  // a '_', which may join the words of a file's name (see findFileNames)
	efSlash  // a '/', which parts a traveller's surname from the given names ("SHARMA/RAJESH KUMAR MR": see findBookingNames)
	efTab    // a tab stands in the white space before the token (see tabBefore)
	efGap    // two bytes of white space or more stand before the token (see columnGapBefore)
	efHyphen // an ASCII '-' inside the word, which only entScanWord reads so (see labelWord)
)

// entToken is one word, number or punctuation character of the text.
// Its flags take 32 bits, which the struct has room for in its 20 bytes:
// the compiler loads a field of 32 bits from toks[i] in one instruction
// and one of 16 bits in three, and the scans read f token after token.
// A byte takes it two at offset 0 and three elsewhere: kind, the byte
// most read, comes first. kind, c, ci and f make the first eight bytes,
// which the tokenizer stores at once (see setHead).
type entToken struct {
	kind uint8
	c    byte   // the punctuation character; 0x80 for other symbols
	ci   uint16 // index of the word's cue list in the gazetteer, valid as g is
	f    uint32
	s, e int32  // byte offsets, end exclusive
	g    uint32 // gazetteer flags, valid when f has efLooked (the tokenizer leaves it as it was)
}

// head packs a token's kind, c and flags f, with ci 0, as setHead stores
// them.
func head(kind uint8, c byte, f uint32) uint64 {
	return uint64(f)<<32 | uint64(c)<<8 | uint64(kind)
}

// setHead stores the kind, c, ci and flags that h packs (see head) in
// one store: the compiler (go1.26) merges the four, where a byte stored
// alone into toks[n] takes it three instructions (the index is scaled by
// 4, which a byte's store cannot take). ci is valid only as g is, and
// the tokenizer leaves efLooked out of f.
func (t *entToken) setHead(h uint64) {
	t.kind, t.c, t.ci, t.f = uint8(h), uint8(h>>8), uint16(h>>16), uint32(h>>32)
}

// Byte classes for the tokenizer.
const (
	ecOther uint8 = iota
	ecUpper
	ecLower
	ecDigit
	ecSpace
	ecNewline
	ecHigh
)

// entClass classifies each byte for the tokenizer.
var entClass = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = ecUpper
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = ecLower
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = ecDigit
	}
	t[' '], t['\t'], t['\f'], t['\v'] = ecSpace, ecSpace, ecSpace, ecSpace
	t['\n'], t['\r'] = ecNewline, ecNewline
	for c := 0x80; c < 0x100; c++ {
		t[c] = ecHigh
	}
	return t
}()

// entLetterAt reports whether a letter or a digit starts at text[i].
func entLetterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	switch entClass[text[i]] {
	case ecUpper, ecLower, ecDigit:
		return true
	case ecHigh:
		r, _ := utf8.DecodeRuneInString(text[i:])
		return unicode.IsLetter(r)
	}
	return false
}

// entTokenize splits text into tokens, reusing the buffer of toks, and
// returns them with the union of their flags. It makes one pass and looks
// at each byte a bounded number of times.
func entTokenize(text string, toks []entToken) ([]entToken, uint32) {
	// A text never has more tokens than bytes: size the buffer once and
	// store by index, so the hot loop has no growth check.
	if cap(toks) < len(text) {
		toks = make([]entToken, len(text), max(len(text), 256))
	}
	toks = toks[:len(text)]
	n := 0
	var all uint32
	var pending uint32 // efNL, efBlank, efSpace for the next token
	// The text's bytes up to its last that is no ASCII letter or digit:
	// entTokenizeASCII reads a word that starts there without testing
	// for the text's end (see entTokenizeASCII), and the word of letters
	// and digits that may end the text after them is read alone.
	// tail gathers the entries of the bytes after end (see wordAcc),
	// which entTailWord makes the acc of their word.
	end := len(text)
	var tail uint8
	for end > 0 {
		b := wordAcc[256+int(text[end-1])]
		if int8(b) <= 0 { // no letter or digit
			break
		}
		tail |= b
		end--
	}
	for i := 0; i < len(text); {
		// The plain ASCII tokens are split by a loop that calls nothing,
		// so that its state stays in registers; it stops at what follows.
		var f uint32
		i, n, pending, f = entTokenizeASCII(text, end, toks, i, n, pending)
		all |= f
		if i >= len(text) {
			break
		}
		if i == end {
			// The word of ASCII letters and digits that ends the text.
			n, f = entTailWord(text, toks, n, end, tail, pending)
			all |= f
			break
		}
		if text[i] < utf8.RuneSelf {
			// A word with an apostrophe, a hyphen or a non-ASCII letter
			// after ASCII ones, which entTokenizeASCII has read up to
			// that byte: entScanWord goes on from there (see
			// entTokenizeASCII) rather than read them again.
			t := &toks[n]
			i = entScanWord(text, i, int(t.e), uint8(t.f), pending, t)
			all |= toks[n].f
			n++
			pending = 0
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			i = entScanWord(text, i, i, 0, pending, &toks[n])
			all |= toks[n].f
			n++
		case r == '\u2028' || r == '\u2029':
			pending |= efNL
			i += size
			continue
		case unicode.Is(unicode.Zs, r) || formatMark(r):
			// The Unicode spaces (as spaceWidth reads them) and the
			// invisible marks of format (formatWidth): a zero-width
			// space, the marks of direction, a byte-order mark.
			pending |= efSpace
			i += size
			continue
		default:
			p := byte(0x80)
			switch r {
			case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb':
				p = '"'
			case '\u2013', '\u2014':
				p = '-'
			case '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a':
				p = '\''
			}
			// A run of other symbols or invalid bytes is one token.
			if p == 0x80 && n > 0 && pending == 0 {
				if last := &toks[n-1]; last.kind == etPunct && last.c == 0x80 && int(last.e) == i {
					last.e = int32(i + size)
					i += size
					continue
				}
			}
			toks[n] = entToken{s: int32(i), e: int32(i + size), kind: etPunct, c: p, f: pending | punctFlags[p]}
			n++
			all |= pending
			i += size
		}
		pending = 0
	}
	return toks[:n], all
}

// entTokenizeASCII splits text into tokens from i on, as entTokenize does,
// up to end, a non-ASCII character or a word that needs entScanWord. end
// is the offset after the last byte of text that is no ASCII letter or
// digit (0 if there is none): the tokens it reads start before it, and
// their bytes end at it at the latest. It returns where it stopped, its
// pending flags then and the union of the flags of the tokens it made.
// At a word that needs entScanWord it stops at the word's start, and
// leaves in the word's token, toks[n], where its ASCII letters and
// digits end (e) and their wordBits (f), which entScanWord goes on from.
func entTokenizeASCII(text string, end int, toks []entToken, i, n int, pending uint32) (int, int, uint32, uint32) {
	// The pending flags in a register's width, which the head takes
	// without a conversion; and the union of the tokens' heads, whose
	// high halves are their flags: one OR a token, where the flags alone
	// take a copy and a shift of the head as well.
	pend := uint64(pending)
	var heads uint64
	// The bytes before end, where tokens start; text itself where a
	// token's end or the bytes around it are read.
	lead := text[:end]
	// (An unsigned test, which spares the bounds check of lead[i].)
	for uint(i) < uint(len(lead)) {
		c := lead[i]
		// A word of ASCII letters and digits that ends at a space or
		// plain punctuation; entScanWord takes the others. wordStart
		// tells a word's first byte from the others at once, and acc
		// gathers what its bytes say of it (see wordHead).
		if acc := wordAcc[c]; acc != 0 {
			start := i
			i++
			// b ends as the entry of the byte after the word, which
			// says whether it is glue or a space. The word starts before
			// end, and text[end-1] is no letter or digit (its entry is 0,
			// wbGlue or wbSpace): the loop stops there at the latest, and
			// reads within text without testing i against its length,
			// which would take two instructions a byte.
			var b uint8
			for {
				b = wordAcc[256+int(*(*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(text)), i)))]
				if int8(b) <= 0 { // 0, wbGlue, wbSpace
					break
				}
				acc |= b
				i++
			}
			// A number ends at an ASCII hyphen or apostrophe as
			// entScanWord would end it ("2025-08-26", "378-37-9613",
			// most of the words that stop here): only a word with
			// letters, or one that a non-ASCII byte may continue, needs
			// it.
			if b == wbGlue && (acc&(wbUpper|wbLower) != 0 || text[i] >= utf8.RuneSelf) {
				// What the word's bytes so far say, and where they end,
				// left in its token for entScanWord to go on from.
				t := &toks[n]
				t.e, t.f = int32(i), uint32(acc&(wbUpper|wbLower|wbDigit))
				return start, n, uint32(pend), uint32(heads >> 32)
			}
			// Flags and kind by table, without a branch the processor
			// would mispredict word after word.
			h := pend<<32 | wordHead[acc]
			heads |= h
			// Field by field: a composite literal here is built on the
			// stack and copied, which stalls on store forwarding. g is
			// written when flags looks the word up (efLooked), not here.
			// The head's four fields are stored as setHead stores them,
			// in one store, written out here: the call, inlined, would
			// leave a marker instruction behind at every token.
			t := &toks[n]
			t.s, t.e = int32(start), int32(i)
			t.kind, t.c, t.ci, t.f = uint8(h), uint8(h>>8), uint16(h>>16), uint32(h>>32)
			n++
			// Most words end at one space: take it here.
			pend = 0
			if b == wbSpace {
				pend = uint64(efSpace)
				i++
			}
			continue
		}
		// The word took the bytes of ecUpper, ecLower and ecDigit: the
		// class is ecOther, ecSpace, ecNewline or ecHigh, tested in the
		// order of their counts in chat, punctuation first.
		switch entClass[c] {
		case ecOther:
			// As for a word, with the head by table.
			t := &toks[n]
			h := pend<<32 | punctHead[c]
			if h&(uint64(efJoined)<<32) != 0 {
				h &^= uint64(efJoined&^joinsLower(text, i)) << 32 // a '.' or '_' that joins no handle's words
			}
			t.s, t.e = int32(i), int32(i+1)
			t.kind, t.c, t.ci, t.f = uint8(h), uint8(h>>8), uint16(h>>16), uint32(h>>32)
			n++
			heads |= h
			i++
		case ecSpace:
			// A second byte of white space makes a gap: efSpace times
			// efGap/efSpace, a shift.
			pend |= spaceFlags[c] | pend&uint64(efSpace)*uint64(efGap/efSpace)
			i++
			continue
		case ecNewline:
			if c == '\n' {
				if pend&uint64(efLF) != 0 {
					pend |= uint64(efBlank)
				}
				pend |= uint64(efNL | efLF)
			}
			i++
			continue
		default: // ecHigh
			return i, n, uint32(pend), uint32(heads >> 32)
		}
		pend = 0
	}
	return i, n, uint32(pend), uint32(heads >> 32)
}

// entTailWord stores in toks[n] the word of ASCII letters and digits
// from text[i] to the text's end, as entTokenizeASCII would, with the
// pending flags, and returns the number of tokens then and the word's
// flags. tail is the union of the entries wordAcc[256+c] of its bytes,
// each a byte's wordBits and wbMore: the word's acc is that of its first
// byte, wordAcc[c], and the wordBits of the others, with wbMore if it has
// more than one.
func entTailWord(text string, toks []entToken, n, i int, tail uint8, pending uint32) (int, uint32) {
	acc := wordAcc[text[i]] | tail&^wbMore
	if len(text)-i > 1 {
		acc |= wbMore
	}
	h := uint64(pending)<<32 | wordHead[acc]
	t := &toks[n]
	t.s, t.e = int32(i), int32(len(text))
	t.setHead(h)
	return n + 1, uint32(h >> 32)
}

// spaceFlags holds the pending flags of a byte of white space for
// entTokenizeASCII: efSpace, and efTab for a tab, which tabBefore then
// need not look for in the text before most tokens.
var spaceFlags = func() (t [256]uint64) {
	t[' '], t['\t'], t['\f'], t['\v'] = uint64(efSpace), uint64(efSpace|efTab), uint64(efSpace), uint64(efSpace)
	return t
}()

// joinsLower returns efJoined when text[i] stands between two ASCII
// letters in lower case, else 0: a flag the tokenizer's punctuation
// branch clears without a branch of its own (a shorter loop there than
// with a bool).
func joinsLower(text string, i int) uint32 {
	if i > 0 && i+1 < len(text) && text[i-1]-'a' <= 'z'-'a' && text[i+1]-'a' <= 'z'-'a' {
		return efJoined
	}
	return 0
}

// Bits of wordBits: what an ASCII byte contributes to a word.
const (
	wbUpper uint8 = 1 << iota
	wbLower
	wbDigit
)

// wordBits classifies the bytes of ASCII words.
var wordBits = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = wbUpper
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = wbLower
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = wbDigit
	}
	return t
}()

// punctFlags holds the flags an ASCII punctuation token carries of
// itself, and punctHead its head (see head).
var (
	punctFlags = func() (t [256]uint32) {
		for c := range t {
			t[c] = efPunct
		}
		t[','], t['.'] = efPunct|efStop, efPunct|efStop
		for _, c := range ":,-?" {
			t[c] |= efCueSep
		}
		t['#'] |= efHash
		t['.'] |= efJoined // for the tokenizer to clear where no handle has it
		t['_'] |= efJoined | efUnder
		t['/'] |= efSlash
		return t
	}()
	punctHead = func() (t [256]uint64) {
		for c := range t {
			t[c] = head(etPunct, byte(c), punctFlags[c])
		}
		return t
	}()
)

// More bits of a word's acc in entTokenizeASCII, beside those of
// wordBits: what its first byte says, and whether it has more than one
// (see wordAcc).
const (
	wbCap   uint8 = 1 << (iota + 3) // the first byte is a capital
	wbIntro                         // efIntro
	wbTP                            // efTP
	wbMore                          // a byte follows the first
)

// Entries of wordAcc for a byte that follows a word and is not part of
// it, beside 0: wbGlue for the bytes that may continue the word past its
// ASCII letters and digits (an apostrophe, a hyphen, a non-ASCII letter),
// so that entScanWord reads it, and wbSpace for a space. Both are
// negative as int8, as 0 is not, and no acc holds their high bit.
const (
	wbGlue  uint8 = 0x80
	wbSpace uint8 = 0x81
)

// wordAcc gives the acc bits of the first byte c of an ASCII word at c
// and of the others at 256+c, in one table so that one register holds
// its address; 0 for a byte that no word has, and at 256+c wbGlue or
// wbSpace for those that end a word so. wordHead gives the head of an
// ASCII word's token (see head), its kind and flags, from its acc (a
// table of 256, which needs no mask on the index).
var (
	wordAcc = func() (t [512]uint8) {
		for c := range 256 {
			if wordBits[c] == 0 {
				continue
			}
			t[c], t[256+c] = wordBits[c], wordBits[c]|wbMore
			f := capFlags[c]
			if f&efCap != 0 {
				t[c] |= wbCap
			}
			if f&efIntro != 0 {
				t[c] |= wbIntro
			}
			if f&efTP != 0 {
				t[c] |= wbTP
			}
		}
		t[256+'\''], t[256+'-'] = wbGlue, wbGlue
		for c := utf8.RuneSelf; c < 0x100; c++ {
			t[256+c] = wbGlue
		}
		t[256+' '] = wbSpace
		return t
	}()
	wordHead = func() (t [256]uint64) {
		for acc := range t {
			f := wordFlags[acc&7]
			if acc&int(wbCap) != 0 {
				f |= efCap
				// Capitals and maybe digits, two bytes or more.
				if acc&int(wbUpper|wbLower) == int(wbUpper) && acc&int(wbMore) != 0 {
					f |= efAllCap
				}
			}
			if acc&int(wbIntro) != 0 {
				f |= efIntro
			}
			if acc&int(wbTP) != 0 {
				f |= efTP
			}
			kind := etWord
			if acc&int(wbUpper|wbLower) == 0 {
				kind = etNum
			}
			t[acc] = head(kind, 0, f)
		}
		return t
	}()
)

// wordFlags gives the flags of an ASCII word from the union of the
// wordBits of its bytes, capFlags the flag its first byte gives it.
var (
	wordFlags = func() (f [8]uint32) {
		for acc := range 8 {
			f[acc] = efASCII
			if acc&int(wbDigit) != 0 {
				f[acc] |= efDigit
			}
			if acc&int(wbUpper|wbLower) == 0 {
				f[acc] |= efNum
			}
		}
		return f
	}()
	capFlags = func() (t [256]uint32) {
		for c := 'A'; c <= 'Z'; c++ {
			t[c] = efCap
		}
		for _, c := range "iInNaAwWlLJM" { // "live", "lives": see streetNamedAt; "Je", "Me": see namingVerbAt
			t[c] |= efIntro
		}
		t['t'] |= efTP
		t['p'] |= efTP
		return t
	}()
)

// wbHyphen marks a '-' inside a word in entScanWord's acc, which holds
// the bits of wordBits and no other of entTokenizeASCII's.
const wbHyphen = wbCap

// entScanWord stores in t the word or number token that starts at
// text[start] and returns the offset after it. The ASCII letters and
// digits of text[start:i] are read already, and acc holds their
// wordBits; i is start for a word that starts with a non-ASCII letter.
// ASCII runs take a tight loop; other characters, apostrophes and
// hyphens the slow path.
func entScanWord(text string, start, i int, acc uint8, pending uint32, t *entToken) int {
	ascii := true
	firstUpper := wordBits[text[start]]&wbUpper != 0
	if text[start] >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(text[start:])
		firstUpper = unicode.IsUpper(r)
	}
	for {
		for uint(i) < uint(len(text)) { // (unsigned: no bounds check of text[i])
			c := wordBits[text[i]]
			if c == 0 {
				break
			}
			acc |= c
			i++
		}
		if i >= len(text) {
			break
		}
		c := text[i]
		if c >= utf8.RuneSelf {
			ascii = false
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r):
				if unicode.IsUpper(r) {
					acc |= wbUpper
				} else if r != 'ß' || acc&wbUpper == 0 {
					// "STRAßE": ß has no capital in common use, so
					// a word in capitals keeps it.
					acc |= wbLower
				}
				i += size
				continue
			case i > start && unicode.Is(unicode.Mn, r):
				i += size
				continue
			case (r == '\u2019' || r == '\u2018') && acc&(wbUpper|wbLower) != 0 && entLetterAt(text, i+size):
				i += size
				continue
			}
			break
		}
		// (entLetterAt's ASCII case first, by table: most words go on
		// with an ASCII letter, and the call would spill the loop's
		// state.)
		if (c == '\'' || c == '-') && acc&(wbUpper|wbLower) != 0 && i+1 < len(text) && (wordBits[text[i+1]] != 0 || text[i+1] >= utf8.RuneSelf && entLetterAt(text, i+1)) {
			if c == '-' {
				acc |= wbHyphen
			}
			i++
			continue
		}
		break
	}
	kind, f, e := etWord, pending, i
	if acc&(wbUpper|wbLower) == 0 {
		kind = etNum
		f |= efNum
	}
	if acc&wbDigit != 0 {
		f |= efDigit
	}
	if acc&wbHyphen != 0 {
		f |= efHyphen
	}
	if ascii {
		f |= efASCII
	}
	// An Arabic surname's article glued by a hyphen to a capital
	// ("al-Hakim", "el-Sayed") is capitalised as the name it opens.
	if firstUpper || i-start >= 5 && text[start+2] == '-' && isUpperByte(text[start+3]) && (text[start] == 'a' && text[start+1] == 'l' || text[start] == 'e' && text[start+1] == 'l') {
		f |= efCap
	}
	f |= capFlags[text[start]] & (efIntro | efTP)
	// One capital letter of two bytes or more ("Ó", "Á") is an initial,
	// not a word in capitals.
	if acc&(wbUpper|wbLower) == wbUpper && i-start >= 2 && (ascii || utf8.RuneCountInString(text[start:i]) >= 2) {
		f |= efAllCap
	}
	// Cut a possessive 's (or ’s): "Anna's" is the name Anna.
	if kind == etWord && i-start > 3 {
		w := text[start:i]
		if (w[len(w)-1] == 's' || w[len(w)-1] == 'S') && w[len(w)-2] == '\'' {
			e -= 2
			f |= efPoss
		} else if len(w) > 5 && w[len(w)-1] == 's' && w[len(w)-4:len(w)-1] == "\u2019" {
			e -= 4
			f |= efPoss
		}
	}
	// Field by field, as in entTokenizeASCII.
	t.s, t.e = int32(start), int32(e)
	t.setHead(head(kind, 0, f))
	return i
}

// entScanner holds the state of one Recognize call.
type entScanner struct {
	// hereKnown: the Engine's scan ran and hereHits holds where it found
	// the words of gHere (hereWords; their offsets in the caller's
	// text), which lowerNamesNearCues then reads alone: none when the
	// scan found none. The Engine sets both before each call; a scanner
	// of Recognize leaves hereKnown false and reads every token.
	hereKnown bool
	hereHits  []int32
	// labelAddrs: the start and end of each address the Engine's scan
	// read after its label (addressAfterLabel), in the caller's offsets,
	// which labelledAddresses reports where the street reader read none.
	labelAddrs []int32
	// notVi: the Engine's text holds no letter that only Vietnamese
	// writes (no lead byte of leadVi), or its languages leave "vi" out;
	// the Engine sets it each call, and a scanner of Recognize, which
	// leaves it false, looks at the text itself
	notVi bool
	// viArea: the Engine's scan found a word of gVietArea, without which
	// (hereKnown set) no Vietnamese address is read in a text without
	// Vietnamese marks; a scanner of Recognize looks at every token
	viArea bool
	text   string // the chunk being scanned
	base   int    // offset of text in the caller's text
	toks   []entToken
	key    []byte
	rep    []byte    // the folded words of people, for repeatNames
	low    []byte    // a text in capitals in lower case (see readShouted)
	side   []Finding // what readShouted found in capitals, for addSide
	usedAt []int32   // byte spans of the words readShouted's addresses took
	// recased is set while the chunk is read a second time in lower case
	// (readShouted): its words were capitalised as typed.
	recased bool
	// casedText is set when the chunk's writer capitalises (it holds
	// capitals beyond pasted codes): a word in lower case there is no
	// name said again (repeatNames: "Soy Luz Blanco, la luz ...").
	casedText bool
	g         *gazetteer
	emitFn    func(Finding)
	mask      softType
	name      string
	// nextDig is the next token that holds a digit, digNL the last token
	// up to it that starts a line, or -1 (see advanceDigit).
	nextDig, digNL int
	// nextHouse and houseScan are the next token that starts a house
	// number and the first token not looked at for one (see houseNear).
	nextHouse, houseScan int
	// houseK is the last token houseNumber was asked about in the chunk,
	// or -1, and houseH its answer.
	houseK, houseH int
	// labelToks are the tokens that open a line of the chunk with a
	// capitalised word and a colon glued to it, once labelsRead (see
	// formBlock).
	labelToks  []int32
	labelsRead bool
	// hash says the chunk holds a "#", which Colombian addresses may
	// glue to a number (see gridBefore).
	hash bool
	// all is the union of the flags entTokenize gave the chunk's tokens.
	all uint32
	// techA and techB bound the tokens of the last line techLine read,
	// and tech holds its answer.
	techA, techB int
	tech         bool
	// pers holds the first and last tokens of the people found in the
	// chunk, for repeatNames.
	pers []persSpan
	// out holds the findings of the chunk until repeatNames has seen them.
	out []Finding
	// repSet says repeatNames wrote in rep since forget last cleared it:
	// most texts name no person, and their rep needs no clearing.
	repSet bool
}

// inGuillemets reports whether the tokens a to b stand alone between
// guillemets, maybe with the spaces French writes inside them: Russian,
// Ukrainian and French quote so the names of firms, shops, tariffs and
// products ("ТОВ «ТехноМаркет Плюс»", "магазин «Домашній Затишок»",
// "la boutique « Maison Douce »"), not a person's, so a name read there
// with no cue is none.
func (s *entScanner) inGuillemets(a, b int) bool {
	pre := strings.TrimRight(s.text[:s.toks[a].s], " \u00a0")
	post := strings.TrimLeft(s.text[s.toks[b].e:], " \u00a0")
	return strings.HasSuffix(pre, "«") && strings.HasPrefix(post, "»")
}

// acronymCompound reports whether w is a compound of an acronym in
// Latin capitals, a hyphen and a word in lower case, which Ukrainian
// and Russian write for the things of IT and banking ("API-ключ",
// "SMS-код", "ID-картка", "PIN-код"): a noun, no name, where a cue
// stands before it ("Вітаю, API-ключ ... перестав працювати").
func acronymCompound(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 2 || h+1 >= len(w) {
		return false
	}
	for i := 0; i < h; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(w[h+1:])
	return unicode.IsLower(r)
}

// persSpan is a person found in the chunk: first and last tokens, score,
// and the index of its finding in out (past its end when the recognizer
// does not report people).
type persSpan struct {
	a, b  int32
	score float32
	out   int32
}

// emit reports a finding of type t from token a to token b (inclusive)
// and marks the tokens used.
func (s *entScanner) emit(t softType, a, b int, score float64) {
	e := b // the finding's last token
	if t == stPerson && !s.recased && greekLowerAt(s.text, int(s.toks[a].s)) {
		return // "θελω να", "το κλειδι": Greek writes a name with its capital (a text in capitals is read in lower case: recased)
	}
	if t == stPerson {
		a, b = s.caseSlipEnds(a, b)
		// French "M." (Monsieur) before a known given name and more is
		// a title, no initial: "Titulaire : M. Julien Moreau"; and so is
		// it before a surname alone after a French greeting: "Bonjour M.
		// Diarra" (since session 47), "Bonne journée M. Le Goff".
		// So is it before a surname in capitals and the given name, as
		// French forms write them: "M. OLIVEIRA Paulo" (session 81).
		if a+2 <= b && s.toks[a].e-s.toks[a].s == 1 && s.text[s.toks[a].s] == 'M' && s.punct(a+1, '.') && s.glued(a+1) &&
			(a+3 <= b && (s.flags(a+2)&gzFirst != 0 || s.toks[a+2].f&efAllCap != 0 && s.toks[a+2].e-s.toks[a+2].s >= 2 && s.toks[a+3].f&efAllCap == 0) ||
				(a+2 == b || a+3 == b && s.flags(a+2)&gzParticle != 0) && a > 0 && (s.frenchGreetingAt(a-1) || s.frenchBeforeTitle(a-1))) {
			a += 2
		}
		// So is Spanish "D." (Don) before a given name and two surnames:
		// "De otra parte, D. Alejandro Gómez Navarro" (session 52).
		if a+4 <= b && s.toks[a].e-s.toks[a].s == 1 && s.text[s.toks[a].s] == 'D' && s.punct(a+1, '.') && s.glued(a+1) && s.flags(a+2)&gzFirst != 0 {
			a += 2
		}
		// A Balinese name's "I" (men's) or "Ni" (women's) opens it
		// before the birth order's word: "I Made Wirawan".
		if a > 0 && s.balineseOpen(a-1) {
			a--
		}
		// A party's role before two words or more of a name the lists
		// lack is the role, no part of the name: "Candidate Nurul
		// Aisyah binti Ismail".
		if a+2 <= b && s.toks[a].f&efAllCap == 0 && s.flags(a)&(gzRole|gzFirst|gzLast) == gzRole && s.toks[a+1].kind == etWord && s.toks[a+1].f&(efCap|efNL) == efCap {
			a++
		}
		// (csvEnd's first tests, one word and a comma after it, which
		// most names fail, spare its call.)
		// A name read across a table's cells is a finding a cell (since
		// session 70: "Priya\tRamanathan\t12/04/1991" gives "Priya" and
		// "Ramanathan", as their columns are given name and surname).
		for k := a + 1; k <= b && s.cellEdge(a, b); k++ {
			if s.tabRow(k) {
				s.emit(stPerson, k, b, score)
				b = k - 1
				for b > a && s.toks[b].kind != etWord {
					b--
				}
				break
			}
		}
		// The surname is a finding of its own, as its field is (since
		// session 70: "1042,Ana,Lopes,..." gives "Ana" and "Lopes").
		if a == b && s.punct(b+1, ',') {
			if c := s.csvEnd(a, b); c != b {
				if s.flags(c)&gzLast != 0 {
					// A given name that is a word too ("Mark,Johnson")
					// scores as a known name and surname do.
					score = max(score, 0.6)
				}
				s.emit(stPerson, c, c, score)
			}
		}
		// A name typed in lower case before its own address runs into
		// the address's first word ("fatou diallo fatou.diallo@laposte.net"),
		// which the address's finding takes: the name ends before it.
		// The word must repeat a word of the name; a run that an address
		// of other words ends is no name ("alla mia PEC elena.m@pec.it").
		if b > a && s.emailOpensAt(b) && s.repeatsWordIn(b, a, b-1) {
			b--
		}
		e = s.handleEnd(b) // the handle's other words are not repeated
		// A name that ends in an initial takes its period: "You're
		// chatting with Mark S.", "Paweł W. will call you".
		if e == b && e > a && s.oneLetter(e) && s.toks[e].f&efCap != 0 && s.punct(e+1, '.') && s.glued(e+1) {
			e++
		}
	}
	if t == stPerson && (b == a && s.petBefore(a) || b == a+1 && s.toks[a].kind == etWord && germanPetNoun(s.fold(a))) {
		return // "my dog Bruno", "Pet: Poppy", "my cat Mr Whiskers", "unser Kater Bruno": a pet's name
	}
	if t == stPerson && (score < 0.6 && s.inGuillemets(a, b) || a == b && acronymCompound(s.text[s.toks[a].s:s.toks[b].e])) {
		return // "тариф «Смарт Лайт»", "ТОВ «ТехноМаркет Плюс»": a firm's or a product's name; "Вітаю, API-ключ ...": a noun
	}
	for k := a; k <= e; k++ {
		s.toks[k].f |= efUsed
	}
	if t == stPerson && len(s.pers) < maxRepeatNames {
		s.pers = append(s.pers, persSpan{int32(a), int32(b), float32(score), int32(len(s.out))})
	}
	if s.mask&t == 0 || t == stLocation && s.greekTown(a, e) {
		return
	}
	name := softTypeNames[bits.TrailingZeros16(uint16(t))%len(softTypeNames)] // t is one type
	if t == stOrg {
		e = s.secondFormEnd(e)
	}
	start, end := s.base+int(s.toks[a].s), s.base+int(s.toks[e].e)
	if t == stPerson {
		end -= japaneseHonorific(s.text[s.toks[a].s:s.toks[e].e])
	}
	// "Kessler & Vance Architects", "Construtora Barbosa & Filhos Ltda.":
	// an ampersand joins the parts of one firm's name, which the
	// recognizer reads as two. The part before it may have been read as
	// a person's surname, one word ("Brennan & Doyle Solicitors").
	if t == stOrg && len(s.out) > 0 {
		if l := &s.out[len(s.out)-1]; l.End <= start && (l.Type == name || l.Type == TypePerson && !strings.ContainsAny(s.text[l.Start-s.base:l.End-s.base], " \n")) &&
			strings.TrimSpace(s.text[l.End-s.base:start-s.base]) == "&" {
			l.Type, l.End, l.Score = name, end, max(l.Score, score)
			return
		}
	}
	// "Ravi a/l Krishnan", "Kavitha a/p Subramaniam": Malaysia's "son
	// of" and "daughter of" join a given name to the father's, which the
	// recognizer reads as two people (session 66); so do "s/o" and "d/o"
	// ("Rajesh Kumar s/o Pillai", session 75).
	if t == stPerson && len(s.out) > 0 {
		if l := &s.out[len(s.out)-1]; l.End+5 == start && l.Type == TypePerson && malayParentJoin(s.text[l.End-s.base:start-s.base], a == e) {
			l.End, l.Score = end, max(l.Score, score)
			if n := len(s.pers); n > 0 && s.pers[n-1].out == int32(len(s.out)) {
				s.pers[n-1].out = int32(len(s.out) - 1)
			}
			return
		}
	}
	s.out = append(s.out, Finding{Type: name, Start: start, End: end, Score: score, Recognizer: s.name})
}

// emailOpensAt reports whether word token k opens an e-mail address:
// words joined to it by '.', '_', '-' or '+', no space between, reach an
// '@' and a word after it.
func (s *entScanner) emailOpensAt(k int) bool {
	n := len(s.toks)
	for p := k + 1; p+1 < n && p < k+12 && s.glued(p); p += 2 {
		t := &s.toks[p]
		if t.kind != etPunct {
			return false
		}
		if t.c == '@' {
			return s.glued(p+1) && s.toks[p+1].kind == etWord
		}
		if t.c != '.' && t.c != '_' && t.c != '-' && t.c != '+' || !s.glued(p+1) || s.toks[p+1].kind == etPunct {
			return false
		}
	}
	return false
}

// repeatsWordIn reports whether word token k, folded, equals one of the
// word tokens a to b.
func (s *entScanner) repeatsWordIn(k, a, b int) bool {
	w := string(s.fold(k))
	for p := a; p <= b; p++ {
		if s.toks[p].kind == etWord && string(s.fold(p)) == w {
			return true
		}
	}
	return false
}

// cityWordAt reports whether token k is "City" capitalised on the line
// of the run before it, which a stop word's flags split off the town's
// name it ends ("Mexico City", "Salt Lake City").
func (s *entScanner) cityWordAt(k int) bool {
	return k < len(s.toks) && s.toks[k].f&(efCap|efNL|efUsed) == efCap && s.toks[k].e-s.toks[k].s == 4 && s.is(k, "city")
}

// malayParentJoin reports whether gap, the text between two names, is
// Malaysia's "a/l" (anak lelaki, son of) or "a/p" (anak perempuan,
// daughter of) between single spaces, in either case. Since session 75
// so are the "s/o" (son of) and "d/o" (daughter of) of Singapore's
// Tamil names before a father's name of one word (one, as Tamil names
// have no surname: "Rajesh Kumar s/o Pillai"); before a name of two
// words or more they part two people, as Pakistan's and India's forms
// write them ("Hamza Iqbal s/o Muhammad Iqbal").
func malayParentJoin(gap string, oneWord bool) bool {
	if len(gap) != 5 || gap[0] != ' ' || gap[4] != ' ' || gap[2] != '/' {
		return false
	}
	switch a, b := gap[1]|0x20, gap[3]|0x20; {
	case a == 'a':
		return b == 'l' || b == 'p'
	case a == 's' || a == 'd':
		return b == 'o' && oneWord
	}
	return false
}

// speakerParenName reports whether the run [i, j) of one or two words
// stands in brackets between the label of a transcript's line that names
// a role and its colon: "Agent (Tom):", "Rep (Zara Malik):", "Librarian
// (Sue):" (session 74: the staff of a desk whose trade names the role;
// the name may be a word too).
func (s *entScanner) speakerParenName(i, j int) bool {
	if i < 2 || j-i > 2 || j+1 >= len(s.toks) || !s.punct(j, ')') || !s.punct(j+1, ':') || s.toks[i-2].kind != etWord || !s.lineStart(i-2) {
		return false
	}
	switch string(s.fold(i - 2)) {
	case "agent", "rep", "advisor", "adviser", "operator", "support", "assistant", "specialist", "technician", "tech", "staff", "host",
		// The roles of staff who answer a desk's chat, folded.
		"librarian", "pharmacist", "receptionist", "nurse", "clerk", "teller", "concierge", "dispatcher", "coordinator", "consultant":
		return true
	}
	return false
}

// honorificGlued reports whether token a, a capitalised word, ends in a
// Japanese honorific glued with a hyphen, which only a person's name
// takes: "Agent: Mori-sama, please ...", "Ueda-san" (session 75).
func (s *entScanner) honorificGlued(a int) bool {
	w := s.text[s.toks[a].s:s.toks[a].e]
	h := japaneseHonorific(w)
	return h > 0 && len(w)-h >= 2 && isUpperByte(w[0]) && !isUpperByte(w[1])
}

// japaneseHonorific returns the length of the Japanese honorific glued
// to the end of the name v with a hyphen ("Tanaka-san", "Yuki-chan"),
// which is no part of the name, or 0.
func japaneseHonorific(v string) int {
	// Most names end in no honorific: the hyphen, looked for in the last
	// seven bytes only, rules them out before any compare. The first
	// hyphen there must open one of the honorifics, of four, five or
	// seven bytes (not in the first two bytes, which the loop below
	// passes over): where none of those three bytes is a hyphen, none
	// is found, and the loop need not run.
	if n := len(v); !(n >= 6 && v[n-4] == '-' || n >= 7 && v[n-5] == '-' || n >= 9 && v[n-7] == '-') {
		return 0
	}
	i := len(v) - 7
	for i < len(v) && (i < 2 || v[i] != '-') {
		i++
	}
	if i >= len(v) {
		return 0
	}
	var low [8]byte
	switch string(lowerASCII(low[:0], v[i:])) {
	case "-san", "-sama", "-kun", "-chan", "-sensei":
		return len(v) - i
	}
	return 0
}

// secondFormEnd returns the last token of a firm's name that ends at
// token e with a legal form, after a second one on the same line
// ("Sahyadri Software Solutions Pvt. Ltd.", "Acme Co., Ltd."), with its
// period; else e.
func (s *entScanner) secondFormEnd(e int) int {
	k := e + 1
	if s.punct(k, ',') {
		k++
	}
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&(efNL|efCap) != efCap || s.toks[e].kind != etPunct && s.toks[e].e-s.toks[e].s > 4 {
		return e
	}
	switch string(s.fold(k)) {
	case "ltd", "limited", "kg", "ltda", "inc":
		if s.punct(k+1, '.') && s.glued(k+1) {
			return k + 1
		}
		return k
	}
	return e
}

// caseSlipEnds returns the bounds of the person a..b with a surname or a
// given name typed in lower case beside it, as people type in a hurry
// ("Molly gallagher", "fatima Nguyen", "Reuben osborne"): a known given
// name in capitals and a known surname in lower case after it (and a
// second surname), or a known surname in capitals and a given name in
// lower case before it, on its line, neither word a common one; and a
// given name in capitals with the surname in capitals after it that the
// lists do not know ("KIMBERLY OKOYE"). A text read again in lower case
// has lost the capitals that tell.
func (s *entScanner) caseSlipEnds(a, b int) (int, int) {
	if s.recased {
		return a, b
	}
	if a == b && s.toks[a].f&efCap != 0 && s.flagsIn(a)&gzFirst != 0 && s.lowerNameAt(b+1, gzLast) && s.spacedOnLine(b+1) {
		b++
		// A second surname, in either case: "Rubén martínez ortega",
		// "Diogo barbosa Ribeiro".
		if k := b + 1; k < len(s.toks) && s.spacedOnLine(k) && (s.lowerNameAt(k, gzLast) ||
			s.toks[k].f&(efCap|efUsed) == efCap && s.flagsIn(k)&(gzLast|gzCommon|gzStop|gzPlace) == gzLast) {
			b++
		}
	}
	if s.toks[b].f&efCap != 0 && s.flagsIn(b)&gzLast != 0 && (a == b || s.toks[a].f&efCap == 0) && s.lowerNameAt(a-1, gzFirst) && s.spacedOnLine(a) {
		a--
	}
	// In capitals, a known given name takes the word in capitals after
	// it that the lists know as nothing else ("Name: PAOLA MANCINI",
	// "KIMBERLY OKOYE\n18 Holly Lane").
	if a == b && s.toks[a].f&efAllCap != 0 && s.flagsIn(a)&(gzFirst|gzStop|gzCommon) == gzFirst && s.capsSurnameAt(b+1, true) && (s.capsNameEnds(b+2) || s.labelledName(a)) {
		b++
	}
	// The French way of forms and registers: the surname in capitals
	// before or after a given name in title case ("POIRIER Grégoire",
	// "KERBRAT Cécile", "Hervé NGOM."), the name then ending its clause.
	if a == b && s.toks[a].f&(efCap|efAllCap) == efCap && s.flagsIn(a)&(gzFirst|gzStop|gzCommon|gzAmbig) == gzFirst {
		if s.capsSurnameAt(b+1, true) && s.clauseEnd(b+2) {
			b++
		} else if a > 0 && s.spacedOnLine(a) && s.capsSurnameAt(a-1, false) && s.clauseEnd(b+1) {
			a--
		}
	}
	return a, b
}

// capsLabelledOne reports whether word token i, in capitals and
// unknown to the lists as a name, is the one name a name's label right
// before it gives ("SURNAME: NAKASHIMA  FIRST NAME: AYAKO", "receipt
// under name FAROOQ"): the label's last word is a word for a name, a
// colon may follow it, and the word ends its line, a clause or stands
// before the next label of a form. A word of no vowel or that the lists
// hold as a common word, a place or an acronym's kind is none.
func (s *entScanner) capsLabelledOne(i int) bool {
	p := i - 1
	if p >= 1 && s.punct(p, ':') {
		p--
	}
	if p < 0 || s.toks[p].kind != etWord || s.toks[i].f&efNL != 0 || s.toks[p].e-s.toks[p].s > 10 {
		return false
	}
	switch string(s.fold(p)) {
	case "name", "surname", "forename", "nachname", "vorname", "nom", "prenom", "apellido", "apellidos", "nombre", // folded: "prénom"
		"cognome", "nome", "achternaam", "voornaam", "sobrenome":
	default:
		return false
	}
	if !s.capsSurnameAt(i, false) || !strings.ContainsAny(s.text[s.toks[i].s:s.toks[i].e], "AEIOUY") || s.cueBefore(i) != cuePerson {
		return false // ... nor after a thing's name ("product name: ZORBEX")
	}
	k := i + 1
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 {
		return true
	}
	if s.toks[k].kind == etPunct {
		return strings.IndexByte(",.;!?)", s.toks[k].c) >= 0
	}
	// The next label of a form: "FIRST NAME:", "DOB:".
	return s.toks[k].f&efAllCap != 0 && (s.colonAfter(k) || s.colonAfter(k+1))
}

// capsNameEnds reports whether a name in capitals may end before token
// k: the text or its line ends, or a punctuation mark, a label or a
// bracket follows ("KIMBERLY OKOYE\n18 Holly Lane", "COURTNEY
// MCALLISTER  EMAIL: ..."); a word after it says the capitals are a
// shout or a brand's ("Hi ANNA WLAN kaputt", "JOHN DEERE tractor").
func (s *entScanner) capsNameEnds(k int) bool {
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 || s.toks[k].kind == etPunct {
		return true
	}
	return s.toks[k].f&efAllCap != 0 && s.colonAfter(k)
}

// labelledName reports whether a form's label of a person and its
// colon stand before token a ("Name: PAOLA MANCINI ...").
func (s *entScanner) labelledName(a int) bool {
	return a >= 2 && s.punct(a-1, ':') && s.cueBefore(a) == cuePerson
}

// capsSurnameAt reports whether token k is a word of three letters or
// more in capitals, in no finding, that the lists know as no common or
// stop word, place, month, firm's word, state or unit; when after is
// set, apart from the name before it by a space on its line (else the
// caller checks the space after it: the surname may open its line,
// "KERBRAT Cécile").
func (s *entScanner) capsSurnameAt(k int, after bool) bool {
	if k >= len(s.toks) || after && !s.spacedOnLine(k) {
		return false
	}
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s < 3 || t.f&(efAllCap|efDigit|efUsed) != efAllCap {
		return false
	}
	return s.flags(k)&(gzCommon|gzStop|gzPlace|gzCountry|gzMonthDay|gzOrgSuffix|gzCompany|gzState|gzUnit|gzStreetType|gzCue|gzNRP|gzJobHead|gzMeasure) == 0
}

// lowerNameAt reports whether token k is a word in lower case in no
// finding that the lists know as a name of kind (gzFirst or gzLast) and
// not as a common word, a stop word, a place or a month.
func (s *entScanner) lowerNameAt(k int, kind uint32) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efCap|efAllCap|efDigit|efUsed) != 0 {
		return false
	}
	return s.flags(k)&(kind|gzCommon|gzStop|gzAmbig|gzPlace|gzMonthDay) == kind
}

// spacedOnLine reports whether a space, and no line break, parts token
// k from the one before it.
func (s *entScanner) spacedOnLine(k int) bool {
	return s.toks[k].f&(efSpace|efNL) == efSpace
}

// handleEnd returns the last token of a handle in lower case that a
// person's name at token b starts, when the handle's other word is a
// name too ("ana.lopes", "maria_garcia") or, after the words of a login
// (accountCue 2), a word no list knows that names no service, so that
// the surname is not left in the clear; else b. Other words after a dot are a sentence
// typed without its space ("thanks anna.quick question"), a domain or a
// file ("emma.de", "laura.jpg"), and a longer dotted name is a host
// ("laura.prod.example.com"). A capitalised name before a dot ends a
// sentence ("Ana.Next time") unless the words of an account come before
// it ("Username: Maria.Lopez"), and a second reading in lower case has
// lost the capitals. An e-mail address is its own recognizer's.
func (s *entScanner) handleEnd(b int) int {
	n := len(s.toks)
	if s.recased || b+2 >= n || !s.glued(b+1) || !s.glued(b+2) {
		return b
	}
	sep, w := &s.toks[b+1], &s.toks[b+2]
	if sep.kind != etPunct || sep.c != '.' && sep.c != '_' || w.kind != etWord || w.f&efASCII == 0 || w.e-w.s < 2 {
		return b
	}
	// Both words in lower case, or both capitalised after the words of
	// an account ("Username: Maria.Lopez"): elsewhere a capitalised name
	// before a dot ends a sentence typed without its space.
	if c, d := s.text[s.toks[b].s], s.text[w.s]; c-'a' > 'z'-'a' || d-'a' > 'z'-'a' {
		if c-'A' > 'Z'-'A' || d-'A' > 'Z'-'A' || w.f&efAllCap != 0 || s.accountCue(b) == 0 {
			return b
		}
	}
	const other = gzStop | gzCommon | gzAmbig | gzPlace | gzCountry | gzCompany | gzMonthDay | gzUnit
	// The other word is a name, or a word no list knows that names no
	// service: after the words of a login, or after "user" or "account"
	// in the first.last shape of people's logins ("user ana.lopes";
	// "user maria_db", "user laura_etl" are services').
	fl := s.flags(b + 2)
	if h := strings.IndexByte(s.text[w.s:w.e], '-'); h >= 0 {
		// Two surnames joined ("maria.lopez-garcia"): the first must be
		// a name; "anna.prod-eu" names a host.
		if fl, _ = s.g.wordAt(s.text, int(w.s), int(w.s)+h); fl&(gzFirst|gzLast) == 0 {
			return b
		}
	}
	if fl&other != 0 || fl&(gzFirst|gzLast) == 0 && (fl != 0 || w.f&efCap != 0 || infraWord(s.fold(b+2)) || !s.loginHandle(b, sep.c, w.f&efDigit != 0)) {
		return b // a capitalised word after a name is a known name ("Kevin.Tried again")
	}
	if e := b + 3; e < n && s.glued(e) && s.toks[e].kind == etPunct && (s.toks[e].c == '@' || s.toks[e].c == '+' || s.toks[e].c == '_' || s.toks[e].c == '-' ||
		s.toks[e].c == ':' && e+1 < n && s.glued(e+1) && s.toks[e+1].kind == etNum ||
		s.toks[e].c == '.' && e+1 < n && s.glued(e+1) && s.toks[e+1].kind != etPunct) {
		return b // an address, a longer handle, a host and its port
	}
	return b + 2
}

// accountCue says how surely the words before token b, or before a
// colon, a glued '=' or a verb of being there, announce an account's
// name: 2 after words of a login ("username:", "login", "logged in
// as", "Benutzer"), 1 after words that may hold a service's account as
// well ("user", "account", "id", "profile", "handle"), else 0. A bare
// "as" names code's aliases ("SELECT count(*) as maria_count").
func (s *entScanner) accountCue(b int) int {
	p := b - 1
	if p >= 1 && (s.punct(p, ':') || s.punct(p, '=') && s.glued(p) && s.glued(b)) {
		p--
	}
	if p < 0 || s.toks[p].kind != etWord || s.toks[b].f&efNL != 0 {
		return 0
	}
	if p >= 1 && s.toks[p-1].kind == etWord && s.toks[p].e-s.toks[p].s <= 6 && (beVerb(bytesText(s.fold(p))) || s.is(p, "e")) {
		p-- // "my username is ana.lopes", "mi usuario es maria_lopez"
	}
	// The word p folded once: is folds a word the same way. (w is
	// valid until the next fold, which only the branches that return
	// make.)
	w := s.fold(p)
	switch string(w) {
	case "as":
		if p >= 1 && s.is(p-1, "in") {
			return 2 // "logged in as", "signed in as"
		}
		return 0
	case "als", "como", "come", "que":
		if p >= 1 {
			return loggedWord(s.fold(p - 1)) // "angemeldet als", "conectado como", "connecté en tant que"
		}
	case "name":
		if p >= 1 && s.is(p-1, "user") {
			return 2 // "user name:"
		}
		return 0 // loginWord's answer for "name"
	}
	return loginWord(w)
}

// loginWord says how surely the folded word w names an account's login:
// 2 for the words of a login ("username", "login", "Benutzer"), 1 for
// words that may name a service's account as well ("user", "account",
// "id", "profile", "handle"), else 0. accountCue reads it before a
// handle, and userAndPassword before "and password".
func loginWord(w []byte) int {
	switch string(w) {
	case "username", "login", "usuario", "usuário", "utilisateur", "identifiant", "benutzer", "benutzername", "nutzername", "utente", "gebruiker", "gebruikersnaam", "utilizador":
		return 2
	case "user", "account", "id", "profile", "handle", "cuenta", "konto", "compte", "conta":
		return 1
	}
	return 0
}

// loggedWord gives 2 when the folded word w, before the word for "as"
// of its language, says that someone logged in ("angemeldet als",
// "ingelogd als", "conectado como", "connesso come", "connecté en tant
// que": "tant"), else 0.
func loggedWord(w []byte) int {
	switch string(w) {
	case "angemeldet", "eingeloggt", "ingelogd", "aangemeld", "conectado", "conectada", "logado", "logada", "logueado", "logueada", "connesso", "connessa", "loggato", "loggata", "tant", "connecté", "connectée":
		return 2
	}
	return 0
}

// loginHandle reports whether a handle that starts at token b, its words
// parted by sep, reads as a person's login: after the words of a login
// ("logged in as maria.garcia2"), or in the first.last shape without
// digits after words that may hold a service's account too ("user
// ana.lopes"; "user ana.vm01" is a machine's).
func (s *entScanner) loginHandle(b int, sep byte, digits bool) bool {
	c := s.accountCue(b)
	return c == 2 || c == 1 && sep == '.' && !digits
}

// infraWord reports whether the folded word w, after a name in a
// handle, names what a service's account is for ("maria_db",
// "anna_deploy", "laura_etl"), a file's type or a domain ("laura.jpg",
// "maria.xyz"), not a surname.
func infraWord(w []byte) bool {
	switch string(w) {
	case "db", "etl", "svc", "ops", "ci", "cd", "dev", "prod", "staging", "stage", "test", "qa", "ro", "rw", "tmp", "bot", "admin", "readonly", "deploy", "backup", "cron", "sync", "api", "app", "web", "k8s", "mysql", "sql", "pg", "fh", "count", "sets", "old", "new", "final", "ext",
		"backend", "frontend", "uat", "preprod", "sandbox", "bak", "alt", "mgr", "script", "shared", "pruebas", "temporal", "extern", "prova", "teste",
		"dba", "root", "ldap", "smtp", "bi", "dwh", "stg", "prd", "intra", "local", "migration", "analytics", "ingest",
		"jpg", "jpeg", "png", "gif", "webp", "svg", "heic", "pdf", "doc", "docx", "xlsx", "txt", "csv", "zip", "json", "xml", "yaml", "yml", "log", "lang", "com", "net", "org", "io", "xyz", "co", "me", "ai":
		return true
	}
	return false
}

// csvEnd returns the surname's token when the given name at token a..b
// is a field of a record written with bare commas and the next field is
// a surname the lists know or a capitalised word they do not know at all
// ("1042,Ana,Lopes,ana@..."), which no run of a name crosses; else b.
func (s *entScanner) csvEnd(a, b int) int {
	n := len(s.toks)
	if a != b || b+2 >= n || !s.punct(b+1, ',') || !s.glued(b+1) || !s.glued(b+2) || !s.nameLike(b+2) || s.toks[b+2].f&efAllCap != 0 {
		return b
	}
	if a > 0 && s.toks[a].f&efNL == 0 && !(s.punct(a-1, ',') && s.glued(a)) {
		return b // the record's first field, or one after a bare comma
	}
	if e := b + 3; e < n && s.toks[e].f&efNL == 0 && !(s.punct(e, ',') && s.glued(e)) {
		return b
	}
	if fl := s.flags(b + 2); s.flags(a)&gzFirst == 0 || fl != 0 && fl&gzLast == 0 || fl&(gzStop|gzCommon|gzAmbig|gzPlace|gzCountry|gzCompany|gzMonthDay) != 0 {
		return b // a known surname, or a word no list knows
	}
	return b + 2
}

// flush hands the findings of the chunk to the caller.
func (s *entScanner) flush() {
	for _, f := range s.out {
		if f.Type != "" { // (dropped in place: see dropAddressesIn)
			s.emitFn(f)
		}
	}
	// Clear what this chunk wrote, not the whole buffer: the pool keeps
	// no finding.
	clear(s.out)
	s.out = s.out[:0]
}

// fold returns the folded form of token i in the scanner's buffer; it is
// valid until the next call.
func (s *entScanner) fold(i int) []byte {
	t := &s.toks[i]
	// (Unsigned, as in flags, so that the compiler knows the bounds of
	// the slices below from the test.)
	if a, n := int(uint32(t.s)), uint(t.e-t.s); n <= 8 && t.f&efASCII != 0 && a+8 <= len(s.text) {
		// Most words, tested first: an ASCII word lower-cased as wordAt
		// does, with one load and one store, past the end of the word
		// but within the text and the buffer (which holds 2*maxKey
		// bytes or more).
		b := s.key[:8]
		binary.LittleEndian.PutUint64(b, load8(s.text[a:a+8])|0x20*gzOnes)
		s.key = b[:n]
		return s.key
	}
	if int(t.e-t.s) > maxKey {
		s.key = append(s.key[:0], 0)
		return s.key
	}
	if t.f&efASCII != 0 {
		// The others eight bytes at a time, then byte by byte.
		w := s.text[t.s:t.e]
		b := s.key[:len(w)]
		i := 0
		for ; i+8 <= len(w); i += 8 {
			binary.LittleEndian.PutUint64(b[i:i+8], load8(w[i:i+8])|0x20*gzOnes)
		}
		for ; i < len(w); i++ {
			b[i] = w[i] | 0x20
		}
		s.key = b
		return b
	}
	s.key = foldKey(s.key[:0], s.text[t.s:t.e])
	return s.key
}

// is reports whether token i is a word that folds to w.
func (s *entScanner) is(i int, w string) bool {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].kind != etWord {
		return false
	}
	t := &s.toks[i]
	if t.f&efASCII != 0 {
		if int(t.e-t.s) != len(w) {
			return false
		}
		// The bytes of an ASCII word (letters, digits, ' and -) fold
		// as shortKey folds them, by the bit 0x20, without a branch.
		// (The word is in the text: the test spares the loop its
		// bounds checks.)
		x := s.text[uint32(t.s):]
		if len(x) < len(w) {
			return false
		}
		for k := range len(w) {
			if x[k]|0x20 != w[k] {
				return false
			}
		}
		return true
	}
	if n := int(t.e - t.s); n < len(w)/2 || n > 2*len(w)+2 {
		return false
	}
	// An ASCII first byte folds to itself or its lower case (see
	// foldKey), which rules out most words before folding ("Müller" is
	// not "holder"); others may fold to an ASCII letter ("Éric").
	if c := s.text[t.s]; c < utf8.RuneSelf && len(w) > 0 {
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		if c != w[0] {
			return false
		}
	}
	return string(s.fold(i)) == w
}

// flagsIn is flags for a token i that is in the text: it takes the
// flags of a word already looked up without a call, as most calls ask
// again.
func (s *entScanner) flagsIn(i int) uint32 {
	if s.toks[i].f&efLooked != 0 {
		return s.toks[i].g
	}
	return s.flags(i)
}

// mayFold reports whether token i, in the text, may fold to a word of n
// bytes: an ASCII word folds to as many bytes as it has. It rules out
// most calls of is without one.
func (s *entScanner) mayFold(i, n int) bool {
	t := &s.toks[i]
	return t.f&efASCII == 0 || int(t.e-t.s) == n
}

// flags returns the gazetteer flags of word token i.
func (s *entScanner) flags(i int) uint32 {
	if uint(i) >= uint(len(s.toks)) {
		return 0
	}
	t := &s.toks[i]
	f := t.f
	if f&efLooked != 0 {
		return t.g
	}
	// Most words are of ASCII and up to eight bytes, which the eight
	// bytes of the text from the word on hold: looked up in one load and
	// a probe the compiler inlines, without a call, and so without a
	// register to save. lookUp takes the others, in a path of their own.
	// (a as uint32: an offset is never negative, and the compiler then
	// knows that the test below bounds s.text[a:a+8].)
	a, n := int(uint32(t.s)), int(t.e-t.s)
	// (An ASCII word: a number has efNum too, punctuation neither.)
	if f&(efASCII|efNum) != efASCII || uint(n) > 8 || a+8 > len(s.text) {
		return s.lookUp(i)
	}
	// The load comes before the store to t.f, which might change s.text
	// for all the compiler knows, and so ask the bounds again.
	x := load8(s.text[a : a+8])
	t.f = f | efLooked
	sl := s.g.probe(shortKey(x, n), n)
	g := sl.flags &^ gzAccentStop // "Segun", "Uber": the plain spelling
	t.ci = sl.cue
	// A label, a word in capitals or one with a hyphen may change g
	// (see flagsAmended); most words are none, and their path, without
	// a call after the probe, keeps its state in registers.
	if sl.label || f&(efAllCap|efHyphen) != 0 {
		return s.flagsAmended(i, g, sl.label)
	}
	t.g = g
	return g
}

// flagsAmended ends flags for the ASCII word token i of gazetteer flags
// g, which the probe found with label, its refLabel: labelStop may make
// it a stop word, and hyphenGiven a given name. It stores the flags in
// the token and returns them.
func (s *entScanner) flagsAmended(i int, g uint32, label bool) uint32 {
	t := &s.toks[i]
	f, n := t.f, int(t.e-t.s)
	// labelStop holds only for a label (refLabel, which the probe has
	// answered) or three capitals (capsAcronym): a test that spares most
	// words the call.
	if (label || f&efAllCap != 0 && n == 3) && mayLabel(f, g, n) && s.labelStop(i, g, label) {
		g = gzStop
	}
	if g == 0 && f&efHyphen != 0 {
		g = s.hyphenGiven(i)
	}
	t.g = g
	return g
}

// hyphenGiven returns gzFirst for a word the gazetteer lacks whose parts
// joined by hyphens are each a given name and nothing else a chat
// writes ("Sophie-Anne", "Anne-Sophie", "Jo-Ann"), else 0. A month or a
// place among them makes no name ("May-June").
//
// It folds into a buffer of its own: flags' callers may hold s.key, which
// the fast path of flags never writes.
func (s *entScanner) hyphenGiven(i int) uint32 {
	t := &s.toks[i]
	w := s.text[t.s:t.e]
	var buf [2 * maxKey]byte
	for parts := 0; ; parts++ {
		p, rest, more := strings.Cut(w, "-")
		if len(p) < 2 || len(p) > maxKey || parts == 3 {
			return 0
		}
		if fl, _ := s.g.lookupFolded(foldKey(buf[:0], p)); fl&gzFirst == 0 || fl&(gzStop|gzCommon|gzMonthDay|gzPlace|gzCompany) != 0 {
			return 0
		}
		if !more {
			return gzFirst
		}
		w = rest
	}
}

// lookUp is flags for a word not looked up yet that is longer than
// eight bytes, at the end of the text, or not of ASCII, and for the
// other tokens.
func (s *entScanner) lookUp(i int) uint32 {
	t := &s.toks[i]
	t.f |= efLooked
	switch {
	case t.kind != etWord || t.e-t.s > maxKey:
		t.g, t.ci = 0, 0
	case t.f&efASCII != 0:
		t.g, t.ci = s.g.wordAt(s.text, int(t.s), int(t.e))
		t.g &^= gzAccentStop
	default:
		t.g, t.ci = s.g.lookupFolded(s.fold(i))
		if accented(s.text[t.s:t.e]) {
			if t.g&gzPlain != 0 {
				t.g &^= gzPlainOnly | gzPlain // "Ján", "Bašić": not "Jan", "basic"
			}
			if t.g&gzAccentStop != 0 {
				// "Über Weihnachten bin ich weg.", "Según el
				// seguimiento": not Uber, not Segun.
				t.g = t.g&^(gzFirst|gzLast|gzCompany) | gzStop
			}
		}
		t.g &^= gzAccentStop
	}
	if mayLabel(t.f, t.g, int(t.e-t.s)) && s.labelStop(i, t.g, refLabel(s.text[t.s:t.e])) {
		t.g = gzStop
	}
	if t.g == 0 && t.f&efHyphen != 0 && t.kind == etWord {
		t.g = s.hyphenGiven(i)
	}
	return t.g
}

// mayLabel reports whether a word of n bytes, of token flags f and
// gazetteer flags g, may be a label that labelStop makes a stop word: a
// short word in capitals, or a short name in lower case (the labels have
// two to five letters, see refLabel). It rules out most words without a
// call.
func mayLabel(f, g uint32, n int) bool {
	return (f&efAllCap != 0 || f&efCap == 0 && g&(gzFirst|gzLast) != 0) && n <= 5
}

// labelStop reports whether word token i, of gazetteer flags g, is a
// label that no name is, whatever the gazetteer says: "VIN: ...", not
// Vin. In lower case a label that is a name too is the label before what
// a label takes ("my vin is ...", "vin: ..."), the name elsewhere ("talk
// to vin tomorrow"). label is refLabel's answer for the word.
func (s *entScanner) labelStop(i int, g uint32, label bool) bool {
	t := &s.toks[i]
	return t.f&efAllCap != 0 && (label || t.e-t.s == 3 && s.capsAcronym(i)) ||
		t.f&efCap == 0 && g&(gzFirst|gzLast) != 0 && t.e-t.s <= 5 && label && s.labelsNext(i)
}

// labelsNext reports whether what follows token i shows it a label: a
// colon, '#', '-', '=' or '(', "is", "no" or "number" right after it, or
// a code (five bytes or more with a digit) among the next six tokens, on
// its line or at the start of the next. It reads the text only: flags
// asks it, so it asks no flags.
func (s *entScanner) labelsNext(i int) bool {
	q := i + 1
	if q < len(s.toks) && s.toks[q].f&efNL == 0 {
		t := &s.toks[q]
		w := s.text[t.s:t.e]
		switch {
		case t.kind == etPunct:
			if strings.IndexByte(":#-=(", t.c) >= 0 {
				return true
			}
		case len(w) == 2:
			if equalLowerASCII("is", w) || equalLowerASCII("no", w) {
				return true
			}
		case len(w) == 6:
			if equalLowerASCII("number", w) {
				return true
			}
		}
	}
	for k := q; k < len(s.toks) && k <= i+6; k++ {
		if t := &s.toks[k]; t.e-t.s >= 5 && t.f&efDigit != 0 {
			return true
		}
		if k > q && s.toks[k].f&efNL != 0 {
			break
		}
	}
	return false
}

// accented reports whether the word w holds a byte above ASCII other
// than those of a typographic apostrophe (U+02BC, U+2018, U+2019, see
// apostropheWidth): "I’m" and
// "don’t" are the words "I'm" and "don't", not other words that fold to
// them as "Ján" does to "Jan".
func accented(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < utf8.RuneSelf {
			continue
		}
		if n := apostropheWidth(w, i); n > 0 {
			i += n - 1
			continue
		}
		return true
	}
	return false
}

// punct reports whether token i is the punctuation character c, which
// is not 0: words and numbers have c 0, so c alone tells the kind.
func (s *entScanner) punct(i int, c byte) bool {
	return uint(i) < uint(len(s.toks)) && s.toks[i].c == c
}

// glued reports whether token i follows token i-1 with no space between.
func (s *entScanner) glued(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i].s == s.toks[i-1].e
}

// colonAfter reports whether a colon is glued to token k, as to a label
// ("Name:", "Stadt:"); "Ville :" and "a : b" have none.
func (s *entScanner) colonAfter(k int) bool {
	return s.punct(k+1, ':') && s.glued(k+1)
}

// atStart reports whether token i starts a sentence or a line, where
// capitalisation says nothing.
func (s *entScanner) atStart(i int) bool {
	if i == 0 || s.toks[i].f&efNL != 0 {
		return true
	}
	p := &s.toks[i-1]
	if p.kind != etPunct {
		return false
	}
	switch p.c {
	case '.', '!', '?', ':', ';', '"', '(', '[', ']', '>', '*', '-', '|', 0x80:
		return true
	}
	return false
}

// roleSlips are the words of a role before a name whose slips
// slippedRole reads.
var roleSlips = slipWords("customer", "holder", "daughter", "husband", "recipient", "beneficiary", "colleague", "manager", "cliente", "kunde", "titular", "contact")

// slippedRole reports whether token i, a capitalised word of ASCII
// letters, is a role's word typed with one slip (roleSlips).
func (s *entScanner) slippedRole(i int) bool {
	t := &s.toks[i]
	return t.kind == etWord && t.e-t.s >= 5 && t.f&efASCII != 0 && roleSlips.slipOf(s.text[t.s:t.e]) >= 0
}

// openingAdverb reports whether token i is a capitalised word of five
// letters or more in "-ly" that starts a sentence or a line: an adverb
// ("Apparently", "Sadly", "Thankfully").
func (s *entScanner) openingAdverb(i int) bool {
	t := &s.toks[i]
	if t.kind != etWord || t.e-t.s < 5 || t.f&(efCap|efAllCap) != efCap || s.text[t.e-2:t.e] != "ly" {
		return false
	}
	return s.atStart(i)
}

// nameLike reports whether token i can be part of a proper name: a
// capitalised word without digits, or an all-caps word that the gazetteer
// knows.
func (s *entScanner) nameLike(i int) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	t := &s.toks[i]
	if t.f&(efCap|efDigit|efUsed|efPunct) != efCap || t.e-t.s > 40 { // a number has efDigit
		return false
	}
	// Most words have no token glued to them, which the tests of
	// gluedNameLike need: they stay out of this path, which keeps its
	// state in registers.
	if (i > 0 && s.toks[i-1].e == t.s || i+1 < len(s.toks) && s.toks[i+1].s == t.e) && !s.gluedNameLike(i) {
		return false
	}
	if t.f&efAllCap != 0 {
		return s.flagsIn(i)&(gzFirst|gzLast|gzPlace|gzNRP|gzHonor|gzStop|gzCompany|gzOrgSuffix) != 0 || s.capsSurname(i)
	}
	return true
}

// gluedNameLike is nameLike's test of the capitalised word at token i
// that a token is glued to, before it or after it: false when a file's
// extension or a symbol glued to it says it names no one.
func (s *entScanner) gluedNameLike(i int) bool {
	t := &s.toks[i]
	// A file's name that names no one: "README.md", "Invoice.pdf"
	// ("Laura.jpg" names her). fileExtAfter's first test, inlined: a
	// '.' (efStop: ',' or '.') glued after the word.
	if i+2 < len(s.toks) && s.toks[i+1].f&efStop != 0 && s.toks[i+1].s == t.e && s.fileExtAfter(i) && s.flags(i)&(gzFirst|gzLast) == 0 {
		return false
	}
	// Words glued to symbols are parts of keys, paths or handles; a
	// tilde or a slash that opens a line or follows the end of a
	// sentence signs a message ("~Zorvik", "Thanks so much! ~Zorvik",
	// "Tack! /Erik Lindqvist").
	if i > 0 && s.toks[i-1].e == t.s && symbolGlue(s.toks[i-1].c) && !(s.toks[i-1].c == '_' && s.emphasisOpens(i-1)) && !((s.toks[i-1].c == '~' || s.toks[i-1].c == '/') && (i == 1 || s.toks[i-1].f&efNL != 0 || s.endMark(i-2) && !s.glued(i-1) || s.toks[i-1].c == '/' && (s.slashAfterNumber(i-1) || s.spacedSlashSign(i-1)))) && !(s.toks[i-1].c == '=' && (s.personValue(i) || s.accountCue(i) > 0 && s.handleEnd(i) > i)) {
		return false
	}
	if i+1 < len(s.toks) && s.toks[i+1].s == t.e && symbolGlue(s.toks[i+1].c) && !(s.toks[i+1].c == '_' && (s.emphasisCloses(i+1) || s.accountCue(i) > 0 && s.handleEnd(i) > i)) && !s.pipeField(i+1) {
		return false // "ana_lopes" after "user" is a handle that handleEnd takes whole
	}
	return true
}

// capsSurname reports whether word token i, in capitals and unknown to
// the lists, follows a given name in capitals on its line, maybe past an
// initial, in text that is not all capitals: "FREDDIE CHOLMONDELEY",
// "EUAN P. FOX-PITT", "MAŁGORZATA DĄBROWSKA" (a form's name field typed
// in capitals), or a given name in mixed case that the lists know and
// hold as no other word ("Olena KUZNETSOVA,").
func (s *entScanner) capsSurname(i int) bool {
	t := &s.toks[i]
	if t.f&efNL != 0 || t.e-t.s < 4 || s.flagsIn(i) != 0 {
		return false
	}
	// The name ends its clause: "Hi ANNA WLAN kaputt" goes on in prose;
	// "here", "hier" after it confirm it ("Hello, FRIEDERIKE
	// HOFFMANN-KÜHN here.").
	// A conjunction in lower case ends it too: "the card says GARETH
	// WHITFIELD but my account says ...".
	p := i - 1
	initial := false
	if p >= 1 && s.punct(p, '.') && s.glued(p) && s.oneLetter(p-1) && s.toks[p-1].f&efNL == 0 {
		p -= 2 // an initial on the same line: "P."
		initial = true
	}
	if !initial {
		if n := i + 1; n < len(s.toks) && s.toks[n].f&efNL == 0 && s.toks[n].kind == etWord && !s.postPersonCue(n) && !s.joinsClause(n) {
			return false
		}
	}
	if p < 0 || s.toks[p].kind != etWord || s.flagsIn(p)&(gzFirst|gzStop|gzAmbig) != gzFirst {
		return false
	}
	// A given name the lists know, an initial and its period, then a word
	// in capitals is a name whatever stands around it: "dapat JOCELYN B.
	// MANALO hindi ..." (session 59).
	if initial && s.toks[p].f&efAllCap != 0 {
		return true
	}
	// After a given name in mixed case the surname in capitals is a
	// form's way to write it: "Olena KUZNETSOVA, Via Dante 56".
	if s.toks[p].f&efAllCap == 0 {
		return s.toks[p].f&efCap != 0 && t.e-t.s >= 5 // not "Vincent USNV"
	}
	// A cue of a person or a title before the given name: "JOHN DEERE"
	// and "MAX TURBO" name products.
	return s.cueBefore(p) == cuePerson || p > 0 && s.toks[p-1].kind == etWord && s.flagsIn(p-1)&gzHonor != 0 ||
		p > 1 && s.punct(p-1, '.') && s.flagsIn(p-2)&gzHonor != 0
}

// joinsClause reports whether word token k is a conjunction in lower
// case that joins a clause or an item ("and", "but", "aber", "mais").
func (s *entScanner) joinsClause(k int) bool {
	if s.toks[k].f&efCap != 0 {
		return false
	}
	w := s.fold(k)
	return conjunction(w) || contrastWords[string(w)]
}

// fileExtAfter reports whether a period and a file's extension in lower
// case are glued after word token i ("README.md", "Invoice.pdf").
func (s *entScanner) fileExtAfter(i int) bool {
	k := i + 2
	if k >= len(s.toks) || !s.punct(i+1, '.') || !s.glued(i+1) || !s.glued(k) || s.toks[k].kind != etWord || s.toks[k].f&efCap != 0 {
		return false
	}
	switch s.text[s.toks[k].s:s.toks[k].e] {
	case "md", "txt", "pdf", "json", "yaml", "yml", "csv", "log", "py", "go", "js", "ts", "html", "xml", "docx", "xlsx", "png", "jpg", "jpeg", "env", "cfg", "ini", "conf", "sh", "zip",
		"heic", "webp", "gif", "doc", "odt", "tif", "tiff":
		return true
	}
	return false
}

// symbolGlue reports whether punctuation c glued to a word shows the word
// is part of a code, a path or a handle rather than of a sentence.
func symbolGlue(c byte) bool { return symbolGlues[c] }

// pipeField reports whether token p is a '|' that parts the fields of a
// record, ending the value before it: the end of the line or a label
// glued after it ("name:Anna Berg|phone:+44 ..."), not a word of code
// ("cat log|grep").
func (s *entScanner) pipeField(p int) bool {
	if !s.punct(p, '|') {
		return false
	}
	k := p + 1
	if k >= len(s.toks) || !s.glued(k) {
		return true
	}
	return s.toks[k].kind == etWord && (s.colonAfter(k) || s.punct(k+1, '=') && s.glued(k+1))
}

// symbolGlues holds the bytes of symbolGlue.
var symbolGlues = func() (t [256]bool) {
	for _, c := range []byte("/+=_@\\#$%{}|~^`") {
		t[c] = true
	}
	return t
}()

// emphasisOpens reports whether the '_' at token k opens Markdown's
// emphasis ("_Chloé Marchand_", "__Anna Berg__"): the run of '_' it
// ends stands after a space, a line's start or punctuation other than
// '_', not glued to a word ("user_name").
func (s *entScanner) emphasisOpens(k int) bool {
	for n := 0; n < 2 && k > 0 && s.glued(k) && s.punct(k-1, '_'); n++ {
		k--
	}
	return k == 0 || !s.glued(k) || s.toks[k-1].kind == etPunct && s.toks[k-1].c != '_'
}

// emphasisCloses reports whether the '_' at token k closes Markdown's
// emphasis: the run of '_' it starts ends before a space, a line's end
// or punctuation, not glued to a word ("Anna_Berg.jpg" is a file's).
func (s *entScanner) emphasisCloses(k int) bool {
	for n := 0; n < 2 && k+1 < len(s.toks) && s.glued(k+1) && s.punct(k+1, '_'); n++ {
		k++
	}
	return k+1 >= len(s.toks) || !s.glued(k+1) || s.toks[k+1].kind == etPunct && s.toks[k+1].c != '_'
}

// initialBefore reports whether an initial and its period, glued, stand
// right before token i on its line, after a name ("Gaetano A. Lo").
func (s *entScanner) initialBefore(i int) bool {
	return i >= 3 && s.toks[i].f&efNL == 0 && s.punct(i-1, '.') && s.glued(i-1) && s.oneLetter(i-2) && s.toks[i-2].f&efCap != 0 && s.nameLike(i-3)
}

// callNameAt reports whether token i opens a given name in brackets
// that the lists know, the name a person is called by, after their
// initials and before their surname on the same line, as the Dutch write
// a full name ("G.J. (Gerrit) Hoekstra", "J. (Jan) van Dijk").
func (s *entScanner) callNameAt(i int) bool {
	if !s.punct(i, '(') || i+3 >= len(s.toks) || !s.punct(i+2, ')') || !s.glued(i+1) || !s.glued(i+2) {
		return false
	}
	g := &s.toks[i+1]
	if g.kind != etWord || g.f&(efCap|efNL) != efCap || s.flags(i+1)&gzFirst == 0 || s.toks[i+3].f&efNL != 0 {
		return false
	}
	return s.nameFollows(i + 3)
}

// callNameAfterInitial reports whether the '(' at token j, after an
// initial and its period, opens the name a person is called by before
// their surname (callNameAt). Not inlined: findNames' loop over a run's
// tokens runs faster without its body.
//
//go:noinline
func (s *entScanner) callNameAfterInitial(j int) bool {
	return j >= 2 && s.punct(j-1, '.') && s.oneLetter(j-2) && s.callNameAt(j)
}

// nameFollows reports whether a name word starts at token i on the same
// line, maybe after particles ("da Silva", "van der Berg").
func (s *entScanner) nameFollows(i int) bool {
	for k := 0; k < 3 && i < len(s.toks) && s.toks[i].f&efNL == 0; k, i = k+1, i+1 {
		if s.nameLike(i) {
			return true
		}
		t := &s.toks[i]
		if t.kind != etWord || t.f&efCap != 0 || s.flags(i)&gzParticle == 0 {
			return false
		}
	}
	return false
}

// particleAt reports whether token j is a lower-case name particle that
// joins the name before it to a surname after it ("da Silva"). A given
// name that is no surname after it makes it a preposition or a
// conjunction, unless a given name precedes it too: "das Paket von Anna
// Schmidt", "Anna und Thomas". Two
// particles ("van der Berg") join only a known given name or surname,
// or a given name after a person cue ("ik ben Joost van den Heuvel"),
// since places have them too ("Chiclana de la Frontera").
func (s *entScanner) particleAt(j int) bool {
	if s.listAnd(j) && s.twoNamesAfter(j+1) {
		return false // "Radhika Bhattacharya und Thanasis Papanikolaou"
	}
	if j > 0 && s.toks[j].e-s.toks[j].s == 2 && s.text[s.toks[j].s] == 'd' && s.is(j, "do") && s.is(j-1, "will") {
		return false // "Will do Ahmed.": the English reply, not a Portuguese "do"
	}
	for k := j; k < j+2 && k+1 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind != etWord || t.f&(efCap|efNL) != 0 || t.e-t.s > 5 || !s.mayHave(k, &s.g.particleShape) || s.flagsIn(k)&gzParticle == 0 {
			return false
		}
		if k == j && t.e-t.s == 3 && (s.is(j, "der") || s.is(j, "des") || s.is(j, "die")) && j > 0 && s.flags(j-1) == 0 && s.flagsIn(j-1)&gzParticle == 0 {
			// German articles alone between two capitalised nouns the
			// lists lack: "die Auszahlung der Versicherungssumme",
			// "Auflösung des Kontos" (session 55). A name's "des" follows
			// a given name ("Claire des Jardins"), a street's its word
			// ("Avenue des Tuileries"), a firm's a trade's ("Pharmacie des
			// Terreaux"), and "der" joins after "van" or "von".
			return false
		}
		// "den" and "dem" join a name only after a particle ("van den
		// Berg", "op den Kamp"), and Portuguese "das" (of the, feminine
		// plural) after a word the lists know or before a plural ("Maria
		// das Graças", "Parque das Flores"): else they are German
		// articles ("Funktioniert das Ladegerät", "Krankenkasse den
		// Erste-Hilfe-Kurs", session 79).
		if k == j && t.e-t.s == 3 && j > 0 && s.flagsIn(j-1)&gzParticle == 0 && (s.is(j, "den") || s.is(j, "dem") || s.is(j, "das") && s.flags(j-1) == 0 && !s.pluralAfterDas(j)) {
			return false
		}
		if s.nameLike(k+1) && s.toks[k+1].f&efNL == 0 {
			fl := s.flags(k + 1)
			// Two particles before a surname the lists lack need it to
			// stand alone ("Ik ben Lotte van de Gemeente Utrecht" names
			// where Lotte works), and a given name before them.
			// A surname after a courtesy title stands for a given name
			// there: "la Sra. Rodríguez de la Fuente".
			// So does a title right before the particles: "Mr van der
			// Merwe", "Sra. de la Fuente" (session 64).
			if k > j && fl&gzLast == 0 && (!s.lastNameAlone(k+1) || s.flags(j-1)&gzFirst == 0 && !s.givenBefore(j) && !s.givenSurnameBefore(j) && !(s.flags(j-1)&gzLast != 0 && s.honorBefore(j-1)) && !s.honorBefore(j)) {
				return false
			}
			if s.listAnd(k) && fl&gzFirst != 0 {
				return false // "Anna und Thomas": two people
			}
			if k == j && s.fromWhere(j) && fl&gzLast == 0 {
				return false // "Haruka Watanabe di MediaWorld": where she works
			}
			if fl&gzCompany != 0 && tradeHeads[string(s.fold(k+1))] {
				return false // "Lucía Pérez de Floristería Azahar": a shop's name
			}
			// "Omar bin Khalid": a patronymic names the father by his
			// given name; "Kofi da Ibrahim": one particle between two
			// given names joins a surname that is a given name too.
			// So does the Italian "di" after a given name the lists know:
			// "Océane di Stefano", "Anna di Marco".
			// A Spanish second surname that is a given name, after a
			// given name and a surname: "Pilar Aguirre de Miguel".
			// Two particles make the word after them a surname, a given
			// name too or not ("Anna van der Walt", "Beatrix Van der
			// Walt"; session 80): the test above has asked what stands
			// before them when both are read here, and the run has when
			// the first joined it already.
			return fl&(gzFirst|gzLast) != gzFirst || k > j || k == j && s.flagsIn(j-1)&gzParticle != 0 || s.patronymic(k) || k == j && (s.givenBefore(j) || s.is(j, "di") && j > 0 && s.flags(j-1)&(gzFirst|gzAmbig|gzStop) == gzFirst) ||
				k == j && (s.compoundGiven(j) || s.is(j, "de") && s.givenSurnameBefore(j) && s.lastNameAlone(k+1))
		}
	}
	return false
}

// lowerStreetWord reports whether w, folded, is a street's designator
// that a writer puts in lower case before a person's name the street is
// named after ("piazza Dante", "calle Goya", "rue Victor Hugo", "avenida
// Paulista") and that is no everyday English word: "via" is "by way
// of" ("sent via Marco"), "place", "route" and "square" are nouns.
func lowerStreetWord(w []byte) bool {
	switch string(w) {
	case "rue", "avenue", "boulevard", "allee", "impasse", "quai", "calle", "avenida", "paseo", "plaza", "carrer", "rua", "praca",
		"travessa", "alameda", "piazza", "piazzale", "viale", "corso", "vicolo", "largo", "lungomare":
		return true
	}
	return false
}

// findBookingNames reads the names of travellers as airlines write
// them, surname and given names in capitals parted by a slash, then a
// title: "SHARMA/RAJESH KUMAR MR", "SUZUKI/HARUKA MS". The title is no
// part of the name; without one, a slash between capitals joins
// anything ("TCP/IP", "AC/DC").
func (s *entScanner) findBookingNames() {
	toks := s.toks
	n := len(toks)
	for k := 0; k+1 < n; k++ {
		if toks[k].c != '/' || k == 0 || !s.glued(k) || !s.glued(k+1) {
			continue
		}
		a := k - 1
		// Glued to a word or a host's dot ("APPLE.COM/BILL"), the word is
		// no surname; after a bracket, a quote or another field's slash
		// it is ("(NGUYEN/THI HOA)", "DOCS/.../HARGREAVES/EMMA").
		if !s.capsWord(a) || a > 0 && s.glued(a) && (toks[a-1].kind != etPunct || strings.IndexByte(".-_@", toks[a-1].c) >= 0) {
			continue
		}
		// The given names, up to three on the line (a hyphen may join
		// two: "KLAUS-PETER"; an initial may follow one: "DEREK J MR"),
		// then the title.
		e := k + 1
		for e < n && e-k <= 5 && (e == k+1 || toks[e].f&efNL == 0) {
			if s.capsWord(e) && !bookingTitle(s.fold(e)) {
				e++
			} else if e > k+1 && toks[e].c == '-' && s.glued(e) && s.glued(e+1) && s.capsWord(e+1) {
				e += 2
			} else if e > k+1 && toks[e].kind == etWord && toks[e].e-toks[e].s == 1 && isUpperByte(s.text[toks[e].s]) && e+1 < n && s.capsWord(e+1) && bookingTitle(s.fold(e+1)) {
				e++ // an initial right before the title
			} else {
				break
			}
		}
		if e == k+1 {
			continue
		}
		titled := e < n && toks[e].f&efNL == 0 && s.capsWord(e) && bookingTitle(s.fold(e))
		if titled && e+1 < n && toks[e+1].kind == etWord && toks[e+1].f&efNL == 0 && s.glued(e+1) {
			continue
		}
		// Without a title the words must be a known surname or given name
		// and end where a name does (the line, the text, punctuation):
		// "MCCARTHY/SEAN not ...", "(NGUYEN/THI HOA)", "GARCIA LOPEZ/MARIA
		// PILAR y en ..." (session 67: a word in lower case of one letter
		// too); "TCP/IP", "SFO/LAX" and "AND/OR" are none.
		if !titled && (s.flags(a)&gzLast == 0 && s.flags(k+1)&gzFirst == 0 || e < n && toks[e].f&efNL == 0 && toks[e].kind != etPunct && !(toks[e].kind == etWord && toks[e].f&(efCap|efDigit|efUsed) == 0)) {
			continue
		}
		// A compound surname: "GARCIA LOPEZ/MARIA DEL CARMEN MRS"; a
		// surname's particles, one or two: "DE VRIES/PIETER MR", "VAN
		// DER BERG/ANNA MS".
		if a > 0 && s.capsWord(a-1) && toks[a].f&efNL == 0 && !s.glued(a) && s.flags(a-1)&gzLast != 0 {
			a--
		}
		for p := 0; p < 2 && a > 0 && s.capsWord(a-1) && toks[a].f&efNL == 0 && !s.glued(a) && s.flags(a-1)&gzParticle != 0; p++ {
			a--
		}
		s.emit(stPerson, a, e-1, 0.85)
		k = e
	}
}

// capsWord reports whether token k is a word of two or more letters, all
// capitals, without digits.
func (s *entScanner) capsWord(k int) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].kind == etWord && s.toks[k].f&(efAllCap|efDigit|efUsed) == efAllCap
}

// bookingTitle reports the titles, folded, that follow a traveller's
// name in an airline's booking: Mr, Mrs, Ms, Miss, Mstr (a boy), Dr,
// and the French Mme, Mlle.
func bookingTitle(w []byte) bool {
	switch string(w) {
	case "mr", "mrs", "ms", "miss", "mstr", "dr", "mme", "mlle":
		return true
	}
	return false
}

// dutchParticleAt reports whether lower-case word token j, after the
// name that starts at token i, and "'t" after it join a surname on its
// line: "Sanne van 't Hof", "Luuk in 't Veld" ("in" and "op" only after
// a known given name: "Luuk in 't Centrum" is downtown).
func (s *entScanner) dutchParticleAt(i, j int) bool {
	toks := s.toks
	if j <= i || j+3 >= len(toks) || toks[j].kind != etWord || toks[j].f&(efCap|efNL) != 0 || !s.dutchTAt(j+1) ||
		toks[j+3].f&(efCap|efNL) != efCap || !s.nameLike(j+3) {
		return false
	}
	return s.is(j, "van") || (s.is(j, "in") || s.is(j, "op")) && s.flags(j-1)&gzFirst != 0
}

// dutchTAt reports whether token k is an apostrophe, after a space,
// glued to a "t" (Dutch "'t", the article "het"), on the line.
func (s *entScanner) dutchTAt(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].kind != etPunct || s.glued(k) || !s.glued(k+1) || s.toks[k+1].f&efNL != 0 || !s.is(k+1, "t") {
		return false
	}
	c := s.text[s.toks[k].s:s.toks[k].e]
	return c == "'" || c == "’"
}

// compoundGiven reports whether the particle "del" at token j joins the
// two given names of a Spanish compound one before a surname on the
// line: "María del Carmen Fernández López", "José del Pilar Ruiz".
func (s *entScanner) compoundGiven(j int) bool {
	return j > 0 && j+2 < len(s.toks) && s.is(j, "del") && s.flags(j-1)&(gzFirst|gzStop) == gzFirst &&
		s.toks[j+2].f&efNL == 0 && s.nameLike(j+2)
}

// twoNamesAfter reports whether two capitalised name words start at
// token m on its line, maybe after a particle or with one between them:
// after "and" they name a second person ("... und Thanasis
// Papanikolaou", "... et de Mathis Bérard", "... e Graça de Sousa"),
// where one alone ends a surname ("Ortega y Gasset").
func (s *entScanner) twoNamesAfter(m int) bool {
	if m < len(s.toks) && s.toks[m].kind == etWord && s.toks[m].f&(efCap|efNL) == 0 && s.flagsIn(m)&gzParticle != 0 {
		m++
	}
	// A title before the second person: "Mme Camille Bertrand et M. Hugo
	// Bertrand".
	if m+2 < len(s.toks) && s.toks[m].kind == etWord && s.toks[m].f&(efCap|efNL) == efCap && (s.flags(m)&gzHonor != 0 ||
		s.toks[m].e-s.toks[m].s == 1 && s.text[s.toks[m].s] == 'M' && s.punct(m+1, '.') && s.flags(m+2)&gzFirst != 0) {
		m++
		if s.punct(m, '.') && s.glued(m) {
			m++
		}
	}
	if m+1 >= len(s.toks) || s.toks[m].f&efNL != 0 || s.toks[m+1].f&efNL != 0 || !s.nameLike(m) {
		return false
	}
	if s.toks[m+1].kind == etWord && s.toks[m+1].f&efCap == 0 && s.flagsIn(m+1)&gzParticle != 0 {
		m++ // "... e Graça de Sousa"
	}
	return m+1 < len(s.toks) && s.toks[m+1].f&efNL == 0 && s.nameLike(m+1)
}

// fromWhere reports whether the particle at token j, "van", "von" or
// "di", follows a given name or a name word and then a surname (known,
// or a word the lists lack that is no given name) on its line, and
// comes before a firm or a place: a whole name, after which the
// particle says where the person works or comes from ("Thu Trang Tran
// von Bosch", "Haruka Watanabe di MediaWorld").
func (s *entScanner) fromWhere(j int) bool {
	if j < 2 || !s.is(j, "van") && !s.is(j, "von") && !s.is(j, "di") {
		return false
	}
	p := &s.toks[j-1]
	if p.f&(efCap|efNL) != efCap || s.toks[j].f&efNL != 0 || !s.nameLike(j-2) {
		return false
	}
	fl := s.flags(j - 1)
	if j+1 >= len(s.toks) || fl&gzLast == 0 && s.flags(j-2)&gzFirst == 0 {
		return false
	}
	// A given name before the particle is the first of the name ("Anna
	// di Marco"), unless a given name opens the name before it: then it
	// is a surname that is a given name too, and a place the lists hold
	// as no name says where she is from ("Carla Orlando di Genova";
	// session 72).
	if fl&gzFirst != 0 && (s.flags(j-2)&gzFirst == 0 || s.flags(j+1)&(gzFirst|gzLast) != 0) {
		return false
	}
	// What follows must be a firm or a place the lists know, or a brand
	// written with a capital inside ("MediaWorld"): "Pieter Jansen van
	// Dijk" and "Giuseppe Tomasi di Lampedusa" are whole names.
	return s.flags(j+1)&(gzCompany|gzPlace|gzCountry) != 0 || brandShape(s.text[s.toks[j+1].s:s.toks[j+1].e])
}

// lastNameAlone reports whether word token m, after two particles and a
// given name a cue announced, may be a surname the lists lack: no place,
// firm or word the lists know, and no capitalised word after it on its
// line but a second surname, which would make the particles a
// preposition before a body's name ("Ik ben Lotte van de Gemeente
// Utrecht").
func (s *entScanner) lastNameAlone(m int) bool {
	if s.flags(m)&(gzPlace|gzCountry|gzCompany|gzCommon|gzStop|gzOrgSuffix) != 0 {
		return false
	}
	n := m + 1
	// A second surname, as Spanish adds it ("de la Fuente Garrido"): one
	// the lists know as a surname only, or not at all, or as a firm's
	// name alone, as surnames often are ("de las Heras Molina").
	if n < len(s.toks) && s.toks[n].f&efNL == 0 && s.nameLike(n) {
		if fl := s.flags(n) & (gzLast | gzFirst | gzPlace | gzCountry | gzStop | gzCommon | gzOrgSuffix); fl == 0 || fl == gzLast {
			n++
		}
	}
	return n >= len(s.toks) || s.toks[n].f&efNL != 0 || !s.nameLike(n)
}

// mayHave reports whether word token k may have the gazetteer flag whose
// words' first bytes and lengths shape holds (gazetteer.particleShape,
// jobShape) without looking it up: false when it is an ASCII word not
// looked up yet whose first byte and length no such word has. Most words
// after a name ("is", "to", "and") are no particle, most words of a line
// no job's noun.
func (s *entScanner) mayHave(k int, shape *[256]uint64) bool {
	t := &s.toks[k]
	n := uint(t.e - t.s)
	return t.f&(efLooked|efASCII) != efASCII || n < 64 && shape[s.text[t.s]|0x20]&(1<<n) != 0
}

// givenBefore reports whether a given name after a person cue ends
// before token j, maybe followed by an initial: a known one ("account
// holder Kofi da", "soy Jonas V. da") or a word the lists lack ("account
// holder Dagny da"), or an initial and its period alone ("Regards, B.
// van den Heuvel"). Without the cue the particle is as often a
// preposition between two people ("un regalo per Marco da Giulia").
func (s *entScanner) givenBefore(j int) bool {
	p := j - 1
	dot := p > 0 && s.punct(p, '.') && s.glued(p)
	if dot {
		p--
	}
	if p > 0 && s.toks[p].kind == etWord && s.oneLetter(p) {
		if dot && s.toks[p].f&efCap != 0 && s.cueBefore(p) == cuePerson {
			return true // the initial alone
		}
		p--
	}
	if p < 0 || s.toks[p].kind != etWord {
		return false
	}
	fl := s.flags(p)
	return (fl&gzFirst != 0 || fl == 0 && s.nameLike(p)) && s.cueBefore(p) == cuePerson
}

// givenSurnameBefore reports whether a given name and a surname,
// capitalised on the particle's line, stand right before token j: a
// Spanish second surname follows them after particles ("Carmen Rubio de
// la Torre", "Begoña López de la Torre", "Marta Gil de la Fuente"). The
// surname is one the lists know as a surname alone, or a word they do
// not know.
func (s *entScanner) givenSurnameBefore(j int) bool {
	if j < 2 || s.toks[j].f&efNL != 0 || s.toks[j-1].f&(efCap|efNL) != efCap || s.toks[j-2].f&efCap == 0 {
		return false
	}
	fl := s.flags(j-1) & (gzFirst | gzLast | gzStop | gzPlace | gzCommon | gzCountry | gzCompany | gzMonthDay | gzNRP)
	return s.flags(j-2)&gzFirst != 0 && (fl == gzLast || fl == 0 && s.nameLike(j-1))
}

// patronymic reports whether token k is a particle that joins a given
// name to the name of a parent ("bin", "ibn", "bint", "binti", and
// Singapore's "binte").
func (s *entScanner) patronymic(k int) bool {
	t := &s.toks[k]
	if n := t.e - t.s; n < 3 || n > 5 {
		return false
	}
	return s.is(k, "bin") || s.is(k, "ben") || s.is(k, "ibn") || s.is(k, "bint") || s.is(k, "binti") || s.is(k, "binte")
}

// initialAt reports whether token i is an initial such as "J." and returns
// the number of tokens it takes.
func (s *entScanner) initialAt(i int) int {
	if i >= len(s.toks) {
		return 0 // "Payee J.": nameAfterLead asks past the initial's period
	}
	t := &s.toks[i]
	if t.kind != etWord || !s.oneLetter(i) || t.f&efCap == 0 || t.f&efUsed != 0 {
		return 0
	}
	if a := t.s; a >= 2 && s.text[a-1] == '.' && isLower(s.text[a-2]) && (a == 2 || !isLetter(s.text[a-3])) {
		return 0 // German's "z.B." and "u.U.", no initial ("z.B. Art.-Nr. ...")
	}
	if i > 0 && s.toks[i].f&efNL == 0 && (s.toks[i-1].kind == etWord && s.toks[i-1].f&(efCap|efNL) == 0 && letterValueNoun(s.text[s.toks[i-1].s:s.toks[i-1].e]) ||
		s.toks[i-1].kind == etNum) {
		// A band's or a zone's letter ("band C. Amy Whitworth", "zone K.
		// Permit ..."), or a code's last letter after its digits ("NI
		// number JG 10 37 84 B. Ryan Doherty"), before a sentence's
		// period (session 67).
		return 0
	}
	// The same noun shortened, its period before the letter: "prawo
	// jazdy nr ..., kat. B. Rezerwacja RZ-55721" (kategoria, a driving
	// licence's category; session 74).
	if p := i - 2; p >= 0 && s.toks[i].f&efNL == 0 && s.punct(i-1, '.') && s.glued(i-1) && s.toks[p].kind == etWord && s.toks[p].f&(efCap|efNL) == 0 && s.toks[p].e-s.toks[p].s == 3 && s.is(p, "kat") {
		return 0
	}
	if s.punct(i+1, '.') && s.glued(i+1) {
		return 2
	}
	return 1
}

// letterValueNoun reports whether the lower-case word w is a noun that a
// letter names a value of ("band C", "zone K", "block B", "vitamin D"),
// after which a capital and a period end a sentence and are no initial
// (session 67).
func letterValueNoun(w string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	switch w {
	case "band", "zone", "grade", "type", "class", "plan", "block", "row", "ward", "gate", "terminal", "seat", "section",
		"level", "option", "category", "tier", "group", "phase", "stage", "wing", "bay", "platform", "pier", "hall",
		"building", "tower", "part", "schedule", "form", "appendix", "annex", "exhibit", "item", "vitamin", "size", "letter",
		"blok", "zona", "bloque", "gruppe", "stufe", "klasse", "halle", "bâtiment", "batiment", "escalier",
		// A driving licence's category in Polish, Swedish and Finnish
		// ("kategoria B", "behörighet B", "luokka B").
		"kategoria", "kategorii", "kategori", "behörighet", "luokka", "luokan":
		return true
	}
	return false
}

// givenAbbrev reports whether word token i abbreviates a given name as
// the Philippines, South Asia and Malaysia write it before the rest of
// the name, with a period: "Ma. Cristina Reyes" (María), "Md. Rakibul
// Hasan", "Mohd. Faizal" (Muhammad).
func (s *entScanner) givenAbbrev(i int) bool {
	t := &s.toks[i]
	if n := t.e - t.s; n < 2 || n > 4 || t.f&efCap == 0 {
		return false
	}
	switch s.text[t.s:t.e] {
	case "Ma", "Md", "Mohd", "Muhd", "Mhd":
		return true
	}
	return false
}

// oneLetter reports whether word token i is a single letter ("J", "Ó").
func (s *entScanner) oneLetter(i int) bool {
	t := &s.toks[i]
	n := t.e - t.s
	return n == 1 || n <= 4 && t.f&efASCII == 0 && utf8.RuneCountInString(s.text[t.s:t.e]) == 1
}

// cueBefore returns the kind of the longest context cue that ends just
// before token i.
func (s *entScanner) cueBefore(i int) cueKind {
	k, _ := s.cuesOf(i, anyCue)
	return k
}

// hasCue reports whether a context cue of the given kind ends just before
// token i, even when a longer cue of another kind matches too.
func (s *entScanner) hasCue(i int, kind cueKind) bool {
	_, set := s.cuesOf(i, 1<<kind)
	return set&(1<<kind) != 0
}

// addressCue reports whether a cue that names an address ends before
// token i, a bare "at" or "in" (cueAddressWeak) included.
func (s *entScanner) addressCue(i int) bool {
	_, set := s.cuesOf(i, 1<<cueAddress|1<<cueAddressWeak)
	return set&(1<<cueAddress|1<<cueAddressWeak) != 0
}

// cueWordAt returns the word token that a cue before token i would end
// with, as cuesBefore reads them (one ':', ',', '-' or '?' may stand
// between), or -1 when there is no word there. Its callers ask for the
// cues of a postcode or an age, which no '!' at the end of a line
// separates from their number, as cueSep lets a sign-off's: it leaves
// that '!' out, which keeps it small in the loops of numbers.
func (s *entScanner) cueWordAt(i int) int {
	p := i - 1
	if p >= 0 && s.toks[p].f&efCueSep != 0 {
		p--
	}
	if p >= 0 && s.toks[p].kind == etWord {
		return p
	}
	return -1
}

// keyedAt returns the word token of the key whose value starts at token
// i when the two are written as code and data write them, with a quote,
// an '=' or a tag that a cue's colon does not have: `"surname": "Lopes"`,
// `surname: "Lopes"`, `'last_name': Lopes`, `last_name=Lopes`,
// `<LastName>Lopes`; else -1. A plain "Surname: Lopes" is cueSep's. The
// key's quote and the '=' are glued to the key, and the value's opening
// quote to the value, all on one line. Whether the key names a person
// is its callers' question (keyNamesPerson, personValue).
func (s *entScanner) keyedAt(i int) int {
	toks := s.toks
	p := i - 1
	if p < 1 || i >= len(toks) || toks[i].f&efNL != 0 {
		return -1
	}
	// An element of XML: <LastName>Lopes</LastName>.
	if p >= 2 && s.punct(p, '>') && toks[p].e == toks[i].s && toks[p-1].kind == etWord && s.glued(p) && s.punct(p-2, '<') && s.glued(p-1) {
		return p - 1
	}
	quoted := false
	if t := &toks[p]; t.kind == etPunct && (t.c == '"' || t.c == '\'') && t.e == toks[i].s {
		quoted = true
		p--
	}
	if p < 1 || toks[p].kind != etPunct || toks[p].c != ':' && toks[p].c != '=' || toks[p].f&efNL != 0 {
		return -1
	}
	eq := toks[p].c == '='
	p--
	closed := false
	if t := &toks[p]; t.kind == etPunct && (t.c == '"' || t.c == '\'') && t.e == toks[p+1].s {
		closed = true
		p--
	}
	if p < 0 || toks[p].kind != etWord || toks[p].e != toks[p+1].s || toks[p+1].f&efNL != 0 {
		return -1
	}
	if i+2 < len(toks) && s.glued(i+1) && s.glued(i+2) && toks[i+2].kind == etWord && toks[i+1].kind == etPunct && (toks[i+1].c == '.' || toks[i+1].c == '@' || toks[i+1].c == '_') {
		return -1 // a handle or an address: user=maria.martin
	}
	switch {
	case closed:
		return p // a key in quotes: data
	case eq:
		// "last_name=Lopes", "contact.name=Ana", not a link's query
		// ("?first_name=Ana&...", whose link is reported whole). A
		// form's body of keys and values joined by '&' with no link
		// before it is read key by key ("first_name=Dwayne&last_name=
		// Castellanos&email=..."); its run is bounded, as a link's is.
		amp, q := false, p
		for ; q > 0 && q > p-64 && s.glued(q); q-- {
			if t := &toks[q-1]; t.kind == etPunct && (t.c == '?' || t.c == '/') {
				return -1
			} else if t.kind == etPunct && t.c == '&' {
				amp = true
			}
		}
		if amp && q > 0 && s.glued(q) {
			return -1 // a run longer than the look: maybe a link's
		}
		return p
	case quoted:
		// `surname: "Lopes"`: a key of a name before a value in quotes
		// that close on its line; "Customer: 'Java ..." opens a quote.
		if nameKey(s.fold(p)) && s.quoteCloses(i, toks[i-1].c) {
			return p
		}
	}
	return -1
}

// nameKey reports whether the folded word w is a key that holds a
// person's name in data, as a form's label does ("surname", "lastName",
// "Vorname", "apellido"). A bare "name" is not: data names products,
// plans, teams and hosts by it as often, and "username" or "hostname"
// name accounts and machines.
func nameKey(w []byte) bool {
	switch string(w) {
	case "surname", "lastname", "firstname", "fullname", "givenname", "familyname", "middlename", "maidenname",
		"contactname", "holdername", "cardholdername", "vorname", "nachname", "apellido", "apellidos", "cognome", "prenom", "sobrenome", "achternaam", "voornaam",
		"nazwisko", "imie", "givennames", "nombres", "prenoms":
		return true
	}
	return false
}

// roleKey reports whether the folded word w names a role that data and
// ticket systems fill with a person, a firm, a team or a bot alike: a
// customer, a payee, a ticket's requester. It is no cue of a person
// ("customer=Globex", "Reporter: Nagios", "assignee=Unassigned"), but
// the label of a field, not a speaker's name ("Assignee: ..."), and an
// '=' after it glues no code to the value ("requester=Maria Lopez").
func roleKey(w []byte) bool {
	switch string(w) {
	case "customer", "contact", "recipient", "sender", "holder", "cardholder", "beneficiary", "payee", "patient", "passenger", "rider", "driver", "buyer", "seller", "tenant", "landlord",
		"assignee", "requester", "requestor", "reporter", "approver", "reviewer", "submitter", "caller", "organizer", "organiser", "attendee", "participant",
		"assignees", "reviewers", "approvers", "attendees", "participants", "recipients",
		"dependants", "dependents", "beneficiaries", "passengers", "travellers", "travelers", "guests", "members", "users", "holders",
		"solicitante", "responsable", "organizador", "organisateur", "demandeur", "bearbeiter", "veranstalter", "organizzatore", "richiedente", "aanvrager", "organisator",
		"requerente", "destinataria", "destinatária", "destinatário", "destinatario", "destinatrice", "empfängerin", "ontvangster",
		// "Nome:", "Naam:": the label of a name; as cues they made a
		// person of what follows ("Nome: não informado").
		"nome", "naam",
		// The labels of a delivery's fields, which hold a person and an
		// address ("Consegna: Zhang Wei, Via Nazionale 200").
		"delivery", "consegna", "entrega", "livraison", "lieferung", "bezorging", "spedizione", "envio", "envío":
		return true
	}
	return false
}

// quoteCloses reports whether quote q, which opens before token i, closes
// glued to a word of the next few on its line.
func (s *entScanner) quoteCloses(i int, q byte) bool {
	for k := i + 1; k < len(s.toks) && k < i+8 && s.toks[k].f&efNL == 0; k++ {
		if t := &s.toks[k]; t.kind == etPunct && t.c == q {
			return s.glued(k) && s.toks[k-1].kind == etWord
		}
	}
	return false
}

// personKey reports whether the folded word w, glued before the "name"
// of a key ("last_name", "contact.name", "Holder-Name"), says the name
// is a person's. Other keys name things or accounts ("company_name",
// "file_name", "host_name", "user_name"), or hold firms as often as
// people ("customer_name", "account_name", "shipping_name").
func personKey(w []byte) bool {
	switch string(w) {
	case "first", "last", "full", "given", "family", "middle", "maiden", "real", "contact", "holder", "cardholder", "patient", "employee", "guardian", "parent", "emergency":
		return true
	}
	return false
}

// placeholderName reports whether the folded word w stands where data
// has no person ("assignee=Unassigned", "customer=Guest").
func placeholderName(w []byte) bool {
	switch string(w) {
	case "unassigned", "unknown", "none", "null", "nil", "nobody", "anonymous", "guest", "admin", "root", "system", "bot", "tbd", "pending", "default", "test", "demo", "sample", "example", "temp", "n":
		return true
	}
	return false
}

// schemeNumberAt reports whether the words a..end, common words all,
// name a public scheme by the number or the payments it gives, not a
// body: "my National Insurance number", "National Insurance
// contributions" (session 63).
func (s *entScanner) schemeNumberAt(a, end int) bool {
	if end+1 >= len(s.toks) || s.toks[end+1].f&efCap != 0 || !(s.is(end+1, "number") || s.is(end+1, "no") || s.is(end+1, "contributions")) {
		return false
	}
	for k := a; k <= end; k++ {
		if s.toks[k].kind == etWord && s.flags(k)&(gzCommon|gzCompany) != gzCommon {
			return false
		}
	}
	return true
}

// keyCompound reports whether word token k is the last word of a key in
// snake, dotted or kebab case ("last_name", "user.name", "Last-Name").
func (s *entScanner) keyCompound(k int) bool {
	return k >= 2 && s.glued(k) && s.glued(k-1) && s.toks[k-2].kind == etWord && s.toks[k-1].kind == etPunct && (s.toks[k-1].c == '_' || s.toks[k-1].c == '.' || s.toks[k-1].c == '-')
}

// keyNamesPerson reports whether the key at word token k, of a value in
// data (see keyedAt), names a person: a key of a name ("surname"), or
// "name" after a word of people ("last_name").
func (s *entScanner) keyNamesPerson(k int) bool {
	if s.keyCompound(k) {
		return s.is(k, "name") && personKey(s.fold(k-2))
	}
	return nameKey(s.fold(k))
}

// thingName reports whether the folded word w, before "name", says the
// name is a thing's: a firm's, a product's, a place's. Words of people
// and words that may be either leave "name" a cue of a person: an
// account's, a host's, a vendor's, an employer's (sole traders, Airbnb
// hosts), a file's, a project's or an event's, which are named after
// people ("File name: Okafor passport scan", "Project name: Ferreira
// Residence"), and devices and networks, which their owners name after
// themselves ("Device name: Grace's iPad").
func thingName(w []byte) bool {
	switch string(w) {
	case "company", "business", "firm", "organisation", "organization", "org", "institution", "brand",
		"team", "group", "channel", "server", "domain", "site", "website", "page",
		"product", "item", "model", "package", "plan", "service", "app", "application", "plugin", "module", "theme", "template", "workspace",
		"folder", "campaign", "course", "category", "tag", "label", "list", "field", "table", "database", "bucket", "branch", "repo", "repository",
		"store", "shop", "bank", "hotel", "restaurant", "venue", "school", "university", "hospital", "clinic", "pharmacy", "airline",
		"street", "road", "city", "town", "country", "pet", "game", "song", "album", "book", "movie", "show":
		return true
	}
	return false
}

// appStep reports whether the folded word w names a step or a page of a
// shop or an app, which support chats capitalise as they name it ("it
// fails at Checkout", "stuck at Login").
func appStep(w []byte) bool {
	switch string(w) {
	case "checkout", "check-out", "login", "log-in", "signin", "sign-in", "signup", "sign-up", "logout", "registration", "payment", "cart", "basket",
		"startup", "start-up", "boot", "setup", "install", "installation", "onboarding", "verification":
		return true
	}
	return false
}

// personValue reports whether word token i is the value of a key=value
// pair whose key may hold a person ("last_name=Lopes", "requester=Maria
// Lopez"): the '=' glued before it is no mark of code then, and the
// value is read as written with a space.
func (s *entScanner) personValue(i int) bool {
	k := s.keyedAt(i)
	if k < 0 {
		return false
	}
	if s.keyNamesPerson(k) || roleKey(s.fold(k)) {
		return true // "last_name=Lopes", "requester=Maria Lopez"
	}
	// The common name of a directory's entry ("CN=Marek Dvorak,OU=Sales,
	// DC=corp"): a user's name when a given name the lists know and a
	// capitalised word follow; a group's or a machine's otherwise
	// ("CN=Domain Admins", "CN=SQL01").
	if s.is(k, "cn") && s.flags(i)&gzFirst != 0 {
		n := i + 1
		return n < len(s.toks) && !s.glued(n) && s.toks[n].kind == etWord && s.toks[n].f&(efCap|efNL) == efCap
	}
	// A "name" of a key in snake case before two words, read as a name
	// would be with a space ("customer_name=Ana Lopes"), unless a thing's
	// noun starts the key ("team_name=..."). One word is as often a
	// bot's ("GIT_COMMITTER_NAME=Jenkins"), and a bare "name=" names
	// resources and products as often as people ("--name=Austin Dev",
	// "name=Jordan Retro"): those stay code.
	if !s.is(k, "name") || (!s.keyCompound(k) || thingName(s.fold(k-2))) && !s.personSibling(k, i) {
		return false
	}
	n := i + 1
	return n < len(s.toks) && !s.glued(n) && s.toks[n].kind == etWord && s.toks[n].f&(efCap|efNL) == efCap
}

// personSibling reports whether a key of a person's contact details
// ("phone=", "email:", "tel="; not "address=", which holds hosts as
// often) stands on the line of the key k whose value starts at token i,
// within a dozen tokens before or after: a bare "name=" names a person
// in a record of contact details ("update contact: name=Camille
// Thompson; phone=+353 ...; email=..."), and a resource or a product
// elsewhere ("--name=Austin Dev --region=us-east-1").
func (s *entScanner) personSibling(k, i int) bool {
	toks := s.toks
	key := func(j int) bool {
		if j < 1 || toks[j].kind != etPunct || toks[j].c != '=' && toks[j].c != ':' || !s.glued(j) || toks[j-1].kind != etWord {
			return false
		}
		switch string(s.fold(j - 1)) {
		case "phone", "email", "mail", "tel", "mobile", "cell", "dob", "birthday", "ssn",
			"telefon", "telefono", "teléfono", "telefone", "telefoon", "telephone", "téléphone", "handy", "móvil", "cellulare":
			return true
		}
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+12 && toks[j].f&efNL == 0; j++ {
		if key(j) {
			return true
		}
	}
	for j := k - 1; j >= 1 && j >= k-12; j-- {
		if key(j) {
			return true
		}
		if toks[j].f&efNL != 0 {
			break
		}
	}
	return false
}

// cueSep reports whether token p, right before token i, may stand
// between a cue and its entity: a ':', ',', '-' or '?' (efCueSep), or a
// '!' that ends the line of a sign-off before a name that opens the
// next ("Thanks!\nZorvik"). On one line a '!' ends a sentence, and the
// word after it opens the next ("Thanks! Will you call?").
func (s *entScanner) cueSep(p, i int) bool {
	t := &s.toks[p]
	return t.f&efCueSep != 0 || t.c == '!' && i < len(s.toks) && s.toks[i].f&efNL != 0
}

// mayCue reports whether word token p may end a cue of the given kind,
// as cuesBefore reports kinds, from the word alone: false means that it
// does not. It asks the gazetteer nothing new: a word looked up already
// has its cue list's kinds, and an ASCII word not looked up yet has its
// first byte and length to match the last word of such a cue
// (kindShape). The kind must be one that cuesBefore reports as the cue
// lists give it: not cuePlace, which it reports for cuePlaceLabel too,
// nor cueSpeaker, which it adds. Most numbers follow words such as "at",
// "card" or "order", which end no cue of a postcode or an age.
func (s *entScanner) mayCue(p int, kind cueKind) bool {
	t := &s.toks[p]
	if t.f&efLooked != 0 {
		return t.g&gzCue != 0 && s.g.cueKinds[t.ci]&(1<<kind) != 0
	}
	// An ASCII word starts with a letter or a digit, which |0x20 folds.
	n := uint(t.e - t.s)
	return t.f&efASCII == 0 || n < 64 && s.g.kindShape[kind][s.text[t.s]|0x20]&(1<<n) != 0
}

// cuesBefore returns the kind of the longest cue that ends before token i
// (one ':' ',' '-' or '?' may stand between) and the set of the kinds of all
// cues that do.
func (s *entScanner) cuesBefore(i int) (cueKind, uint16) {
	return s.cuesOf(i, anyCue)
}

// anyCue asks cuesOf for the cues of every kind.
const anyCue = 1<<(cueSpeaker+1) - 1

// cuesOf is cuesBefore for a caller that reads the kinds of want only:
// for the others it may report nothing (see cuesAt).
func (s *entScanner) cuesOf(i int, want uint16) (cueKind, uint16) {
	// A key of data that names a person ("surname": "Lopes",
	// customer_name=Ana) is a cue of a person and of nothing else; other
	// keys keep the reading of their words (a mail header's `From:
	// "Okafor, Daniel"`, `{"name": "Summer Dress"}`).
	if k := s.keyedAt(i); k >= 0 {
		if s.keyNamesPerson(k) && !placeholderName(s.fold(i)) {
			return cuePerson, 1 << cuePerson
		}
		if s.zipKey(k) {
			return cueZip, 1 << cueZip
		}
	}
	p := i - 1
	colon := false
	// A table's cell after a name's label also: "| Nachname | Pfeiffer
	// |"; not a signature's "Finance Manager | Globex".
	if p >= 0 && (s.cueSep(p, i) || s.toks[p].c == '|' && s.pipeLabelled(p)) {
		colon = s.toks[p].c == ':'
		p--
		// A label's remark in brackets before its colon: "Name (as in
		// passport): NGUYEN THI MAI".
		if colon && p > 1 && s.toks[p].c == ')' && s.toks[p].kind == etPunct {
			for q := p - 1; q > 0 && q >= p-8 && s.toks[q].f&efNL == 0; q-- {
				if s.toks[q].kind == etPunct && s.toks[q].c == '(' {
					p = q - 1
					break
				}
			}
		}
	} else if p >= 1 && s.toks[p].c == '.' && s.dottedCue(p) {
		return cuePerson, 1 << cuePerson // "t.n.v. D. van Dijk", "z. Hd. Jonas Becker", "fam. Yilmaz"
	} else if p >= 1 && s.toks[p].c == '(' && s.glued(i) && !s.glued(p) && s.toks[p-1].kind == etWord && s.toks[p].f&efNL == 0 && s.bracketNameAt(i) {
		// A person's noun before the name in brackets: "grandma (Pat
		// Henshaw) is picking up", "my neighbour (Zorvik Tamblen) has
		// a key". Only a person's cue reads through the bracket, and
		// not a title's noun after another capitalised word, which
		// names a place or a team in brackets ("Foster Carer
		// (Northmere)", "Account Manager (EMEA)").
		if q := &s.toks[p-1]; q.f&efCap != 0 && p >= 2 && s.toks[p-2].kind == etWord && s.toks[p-2].f&efCap != 0 && q.f&efNL == 0 {
			return s.cuesAt(p, i, colon, want)
		}
		if k, set := s.cuesAt(p-1, i, false, want); k == cuePerson {
			return k, set
		}
	}
	return s.cuesAt(p, i, colon, want)
}

// bracketNameAt reports whether the bracket that opens before token i
// holds one to three capitalised words and nothing else, as a name in
// brackets does ("(Pat Henshaw)"), and no label's colon follows it: not
// a department's or a firm's after a speaker's label ("Agent (Kilbride
// & Moran):", "Kunde (Lohnbuchhaltung):"), nor a remark ("(Besuch 3
// Monate)", "(Haus Nr. 12)", "(Tech support)").
func (s *entScanner) bracketNameAt(i int) bool {
	for k := i; k < len(s.toks) && k <= i+3; k++ {
		t := &s.toks[k]
		if k > i && t.c == ')' {
			return !s.punct(k+1, ':')
		}
		if t.kind != etWord || t.f&(efCap|efNL|efDigit) != efCap {
			return false
		}
	}
	return false
}

// ambiguousGiven reports whether word token p is a given name that is
// also a word ("tom", "grace") and no stop word, month or common word
// ("will", "may").
func (s *entScanner) ambiguousGiven(p int) bool {
	fl := s.flags(p)
	return fl&(gzFirst|gzAmbig) == gzFirst|gzAmbig && fl&(gzStop|gzMonthDay|gzCommon|gzCue|gzParticle) == 0
}

// pipeLabelled reports whether the '|' at token p follows a name's
// label, a table's cell before its value (see cuesOf).
func (s *entScanner) pipeLabelled(p int) bool {
	return p > 0 && s.nameLabelAt(p-1)
}

// nameLabelAt reports whether word token p is the label of a name's
// field: a key of data that holds a name (nameKey: "Nachname",
// "Prénom", "Apellido") or the bare word for "name" of a table's row
// ("Name", "Nom", "Nombre", "Nome"; "last name" ends in it).
func (s *entScanner) nameLabelAt(p int) bool {
	if s.toks[p].kind != etWord {
		return false
	}
	switch w := s.fold(p); string(w) {
	case "name", "names", "nom", "nombre", "nome":
		return true
	default:
		return nameKey(w)
	}
}

// bareGreeting reports whether word token p is "morning", "evening" or
// "afternoon" opening its line or following a speaker's colon at the
// line's start, maybe after a transcript's stamp ("Agent: Morning
// Bríd", "[09:02] Agent: Morning Will"), and a comma or '!' ends the
// name of one or two words from token i that it greets.
func (s *entScanner) bareGreeting(p, i int) bool {
	switch string(s.fold(p)) {
	case "morning", "evening", "afternoon":
	default:
		return false
	}
	if !(p == 0 || s.toks[p].f&efNL != 0 || p >= 2 && s.punct(p-1, ':') && s.toks[p-2].kind == etWord && s.lineStart(p-2)) {
		return false
	}
	for k := i + 1; k <= i+2 && k < len(s.toks) && s.toks[k].f&efNL == 0; k++ {
		if s.punct(k, ',') || s.punct(k, '!') {
			return true
		}
	}
	return false
}

// greetingIts reports whether word token p is "it's" or "its" after a
// greeting on its line, maybe with a comma between: "Hi, it's",
// "hey its".
func (s *entScanner) greetingIts(p int) bool {
	if !(s.toks[p].f&efPoss != 0 && s.is(p, "it") || s.is(p, "its")) || s.toks[p].f&efNL != 0 {
		return false
	}
	q := p - 1
	if q >= 0 && s.punct(q, ',') {
		q--
	}
	if q < 0 || s.toks[q].kind != etWord || q < p-1 && s.toks[q+1].f&efNL != 0 {
		return false
	}
	switch string(s.fold(q)) {
	case "hi", "hey", "hello", "hiya", "heya", "howdy":
		return true
	}
	return false
}

// nameContracted reports whether the word "name" at p, in the
// possessive, is "name is" glued: after "my", "his" or "her", or
// opening its line or sentence ("Name's Patrice").
func (s *entScanner) nameContracted(p int) bool {
	if p == 0 || s.toks[p].f&efNL != 0 || s.toks[p-1].kind == etPunct && strings.IndexByte(".!?,;", s.toks[p-1].c) >= 0 {
		return true
	}
	return s.toks[p-1].kind == etWord && (s.is(p-1, "my") || s.is(p-1, "his") || s.is(p-1, "her"))
}

// fromPlaceTo reports whether "to" before token i follows "from" and a
// place of one to three capitalised words on its line ("from Houston to
// Dallas", "from New York to Austin"): where someone went from a place.
func (s *entScanner) fromPlaceTo(i int) bool {
	if i < 3 || s.toks[i].f&efNL != 0 || s.toks[i-1].kind != etWord || s.toks[i-1].e-s.toks[i-1].s != 2 || !s.is(i-1, "to") {
		return false
	}
	place := false
	for k := i - 2; k >= 1 && k >= i-4; k-- {
		t := &s.toks[k]
		if t.kind != etWord || t.f&efCap == 0 || t.f&efNL != 0 {
			return false
		}
		place = place || s.flags(k)&(gzPlace|gzCountry) != 0
		if s.toks[k-1].kind == etWord && s.toks[k-1].e-s.toks[k-1].s == 4 && s.is(k-1, "from") {
			return place || s.phraseFlags(k, i-2)&(gzPlace|gzCountry) != 0 // "from San Antonio to"
		}
	}
	return false
}

// acronymPlural reports whether w is the plural of an acronym: two
// capitals or more and a lower-case "s" ("SSNs", "PDFs", "IDs").
func acronymPlural(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if !isUpperByte(w[i]) {
			return false
		}
	}
	return true
}

// dottedCue reports whether the period at token p ends an abbreviation
// written with periods that announces a person: Dutch "t.n.v." (ten
// name van, in the name of), German "z. Hd." (zu Händen, for the
// attention of) and "Fam." (a family, before its surname: "fam.
// Yilmaz"), whose words the cue lists cannot hold.
func (s *entScanner) dottedCue(p int) bool {
	// The abbreviation's letters, read backwards from its last period:
	// "v", "n", "t"; a word of three letters at most before each period.
	var b [8]byte
	n := 0
	for q := p; q >= 1 && n+4 <= len(b) && s.toks[q].kind == etPunct && s.toks[q].c == '.'; q -= 2 {
		w := &s.toks[q-1]
		if w.kind != etWord || w.f&efASCII == 0 || w.e-w.s > 3 || w.e != s.toks[q].s {
			break
		}
		for k := w.e - 1; k >= w.s; k-- {
			b[n] = s.text[k] | 0x20
			n++
		}
		b[n] = '.'
		n++
	}
	switch string(b[:n]) {
	case "v.n.t.", "dh.z.", "maf.", "beg.": // t.n.v., z. Hd., Fam., geb. (a maiden name: "Lindner (geb. Schulte)")
		return true
	}
	return false
}

// cuesAt is cuesOf for a cue that ends at token p, before token i, with
// a colon between (colon) or not.
func (s *entScanner) cuesAt(p, i int, colon bool, want uint16) (cueKind, uint16) {
	toks := s.toks
	if p < 0 || toks[p].kind != etWord {
		return 0, 0
	}
	name := s.mayFold(p, 4) && s.is(p, "name")
	if name && s.keyCompound(p) && thingName(s.fold(p-2)) {
		return 0, 0 // "company_name: Acme", not "guest_name: Okafor"
	}
	if name && p >= 1 && toks[p-1].kind == etWord && toks[p].f&efNL == 0 && !s.glued(p) && thingName(s.fold(p-1)) {
		return 0, 0 // "Company Name: Initech", "Team name: Falcons"
	}
	// "Hi, it's Grace", "hey it's Mark again": the cues "hi it's" and
	// "hi its" read whatever the apostrophe and a comma after the
	// greeting (the tokenizer cuts "'s" off "it's", see efPoss).
	if toks[p].e-toks[p].s <= 3 && s.text[toks[p].s]|0x20 == 'i' && s.greetingIts(p) {
		return cuePerson, 1 << cuePerson
	}
	// "Morning Bríd, ...", "Evening Tom, ...": the greeting without its
	// "good", opening the line or a speaker's turn ("This morning
	// Princess Cruises emailed me" names a firm).
	if l := toks[p].e - toks[p].s; (l == 7 || l == 9) && !colon && s.bareGreeting(p, i) {
		return cuePerson, 1 << cuePerson
	}
	// Most words before a name are no cue: rule them out by their first
	// letter and length before hashing them.
	if t := &toks[p]; t.f&(efLooked|efASCII) == efASCII && !s.g.maybeCue(s.text[t.s:t.e]) {
		return 0, 0
	}
	if s.flagsIn(p)&gzCue == 0 {
		return 0, 0
	}
	// A caller that reads a few kinds only (hasCue, addressCue) has its
	// answer when the cues of the word hold none of them, without
	// matching their words: the numbers asked for an age's or a
	// postcode's cue mostly follow "on", "at" or "card", which end many
	// cues of other kinds. (A form's label reports cuePlace, and a
	// speaker's label cueSpeaker, which cueKinds does not hold as such;
	// the Portuguese article, below, reads the cues before it.)
	if want&(1<<cuePlace|1<<cueSpeaker) == 0 && s.g.cueKinds[toks[p].ci]&want == 0 && toks[p].e-toks[p].s > 1 {
		return 0, 0
	}
	// A cue's word in the possessive owns what follows, and announces
	// no one: "Carer's Allowance", "my wife's Mercedes".
	// But "name's" is "name is" when a possessive or nothing comes
	// before it: "my name's Danielle", "Name's Patrice St. Louis".
	if toks[p].f&efPoss != 0 && !colon {
		if name && s.nameContracted(p) {
			return cuePerson, 1 << cuePerson
		}
		return 0, 0
	}
	var best cueKind
	var set uint16
	bestLen := -1
	capCue := toks[p].f&efCap != 0
	// The length of the word before the cue word when it is ASCII, which
	// rules out most cues at once; 0, which no word has, when there is
	// no word before it; else -1.
	nearLen := 0
	if p > 0 && toks[p-1].kind == etWord {
		nearLen = -1
		if toks[p-1].f&efASCII != 0 {
			nearLen = int(toks[p-1].e - toks[p-1].s)
		}
	}
	cues := s.g.cueLists[toks[p].ci]
	for k := 0; k < len(cues); k++ {
		c := &cues[k]
		if capCue && (c.kind == cuePersonWeak || c.kind == cuePlaceWeak) && len(c.prev) == 0 {
			continue // "Is Netflix ...?": a question, not "... is Anna"
		}
		if nearLen >= 0 && len(c.prev) > 0 && len(c.near) != nearLen {
			// The cues come by the length of near (see freeze): those
			// of nearLen are ahead, or there are none.
			if len(c.near) > nearLen {
				break
			}
			for k+1 < len(cues) && len(cues[k+1].near) < nearLen {
				k++
			}
			continue
		}
		q, ok := p-1, true
		for w := len(c.prev) - 1; w >= 0 && ok; w-- {
			// s.is(q, c.prev[w]), its ASCII case inlined: most cues fail
			// at their first word.
			switch t := &toks[max(q, 0)]; {
			case q < 0 || t.kind != etWord:
				ok = false
			case t.f&efASCII != 0:
				ok = int(t.e-t.s) == len(c.prev[w]) && equalLowerASCII(c.prev[w], s.text[t.s:t.e])
			default:
				ok = s.is(q, c.prev[w])
			}
			q--
		}
		// German "im Urlaub", "Im Jahr", "ich bin Kunde": German
		// capitalises nouns, so "im" (English "I'm") and "ich bin"
		// announce a name only when a known one follows ("hi im Anna").
		// (mayFold rules out most calls of is.)
		if ok && c.kind == cuePerson && toks[p].e-toks[p].s <= 3 && (s.mayFold(p, 2) && s.is(p, "im") || len(c.prev) == 1 && s.mayFold(p, 3) && s.is(p, "bin")) && (i >= len(toks) || s.flags(i)&(gzFirst|gzLast) == 0 || s.is(p, "im") && s.germanIm(p)) {
			ok = false
		}
		// A German noun before "im" is no name a greeting calls:
		// "Guten Morgen, Wasserrohrbruch im Keller" (session 67); nor
		// is a word the lists lack after a German greeting and before a
		// word in lower case or a number with no mark between: "Moin,
		// Fahrstunde heute 17:30", "Moin, Winterreifen 205/60 R16".
		if ok && c.kind == cuePerson && i+1 < len(toks) && (s.mayFold(i+1, 2) && s.is(i+1, "im") && s.germanIm(i+1) || s.germanGreetingNoun(p, i)) {
			ok = false
		}
		if ok {
			kind := c.kind
			if kind == cuePlaceLabel {
				// "City: Columbus", "Ville : Lyon": a field of a form.
				// Without the colon the same words run into names
				// ("Kansas City Chiefs").
				if !colon {
					continue
				}
				kind = cuePlace
			}
			if c.speaker && colon && toks[i-1].f&efNL == 0 && s.lineStart(p) {
				set |= 1 << cueSpeaker // "Kunde: ...", "Client : ..."
			}
			set |= 1 << kind
			if len(c.prev) > bestLen {
				best, bestLen = kind, len(c.prev)
			}
		}
	}
	// "sou o Zorvik", "sou a Ana": Portuguese puts an article before the
	// name. Both articles end cues of their own ("c / o", "as a"), so a
	// word of cues that none of them ends comes here.
	if set == 0 && p >= 1 && toks[p].e-toks[p].s == 1 && (s.text[toks[p].s] == 'o' || s.text[toks[p].s] == 'a') && s.mayFold(p-1, 3) && s.is(p-1, "sou") {
		return s.cuesBefore(p)
	}
	return best, set
}

// fieldLabel reports whether the word at token end is the label of a
// form's field, not a name, before the colon or comma after it: a cue of
// a place or an address ("Stadt: Würzburg"), or a cue of a person before
// a name on its line ("Recipient: Anna Berg"). Kin that are given names
// too ("Mari", "Tia") are cues of a person as well, and speak before a
// message ("Mari: tere", "Tia: Hello there").
func (s *entScanner) fieldLabel(end int) bool {
	if roleKey(s.fold(end)) || s.flags(end)&gzRole != 0 {
		return true // "Assignee: Derek Whitfield", "Reporter: Nagios", "Candidate: Niels de Vries"
	}
	_, set := s.cuesBefore(end + 2)
	if set&(1<<cuePlace|1<<cueAddress|1<<cueAddressWeak) != 0 {
		return true
	}
	if set&(1<<cuePerson) == 0 {
		return false
	}
	// A cue's word of five letters or more that is no name labels a
	// field whatever follows ("Recipient: WAREHOUSE", "Sender: returns
	// center"); kin, whose short words are given names too, speak
	// ("Mari: tere").
	if s.flags(end)&(gzFirst|gzLast|gzAmbig) == 0 && s.toks[end].e-s.toks[end].s >= 5 {
		return true
	}
	v := end + 2
	return v < len(s.toks) && s.toks[v].f&efNL == 0 && (s.nameLike(v) && s.flags(v)&gzStop == 0 || s.capsNameEnd(v, 2) > v)
}

// shortNumberAt reports whether token k is a number of one to three
// digits on the line of the token before it.
func (s *entScanner) shortNumberAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	return t.kind == etNum && t.e-t.s <= 3 && t.f&efNL == 0
}

// postPersonCue reports whether token i, just after a name, confirms it
// ("Anna here", "Anna hier", "Anna said"). A word for "here" that a
// conjunction or an article follows goes on with a clause of the verb
// before it, which opens the sentence in Portuguese with its subject
// left out: "Vi aqui que o seu limite ..." ("I saw here that"), "Vimos
// aqui o pedido" (session 72).
func (s *entScanner) postPersonCue(i int) bool {
	if i >= len(s.toks) || s.toks[i].kind != etWord || s.flags(i)&gzPostCue == 0 {
		return false
	}
	if s.is(i, "hier") && s.frenchDeterminerBefore(i) {
		return false // "j'ai changé mon mot de passe hier": French's yesterday (session 79)
	}
	return !s.is(i, "aqui") || !s.clauseGoesOn(i+1)
}

// frenchDeterminerBefore reports whether a French possessive or article
// ("mon", "ma", "mes", "votre", "le", "la", "les", "du", "des", ...)
// stands among the four tokens before token i on its line: what "hier"
// follows then is a noun's group, as in "mon mot de passe hier", no name
// said here in German or Dutch ("Jan de Vries hier").
func (s *entScanner) frenchDeterminerBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.toks[k+1].f&efNL != 0 {
			return false
		}
		if s.toks[k].kind != etWord || s.toks[k].e-s.toks[k].s > 5 {
			continue
		}
		switch string(s.fold(k)) {
		case "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "votre", "nos", "vos", "le", "la", "les", "du", "des":
			return true
		}
	}
	return false
}

// clauseGoesOn reports whether token k, on its line, is a Portuguese
// conjunction or article that a word for "here" leads into the rest of
// its clause: "que", "o", "os", "as", "um", "uma". Not "a", which
// Portugal's "Marta aqui a falar" ("Marta speaking") puts there too.
func (s *entScanner) clauseGoesOn(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&(efNL|efCap) != 0 || s.toks[k].e-s.toks[k].s > 3 {
		return false
	}
	switch string(s.fold(k)) {
	case "que", "o", "os", "as", "um", "uma":
		return true
	}
	return false
}

// lineStart reports whether token i starts a line (after an optional
// quote marker such as ">", and a transcript's stamp in brackets:
// "[4:41 pm] Customer:", "(10:24) Agent:").
func (s *entScanner) lineStart(i int) bool {
	for k := 0; k < 3 && i > 0 && s.toks[i].f&efNL == 0; k++ {
		p := &s.toks[i-1]
		if p.kind == etPunct && (p.c == ']' || p.c == ')') {
			if o := s.stampOpen(i - 1); o >= 0 {
				i = o
				continue
			}
			return false
		}
		if p.kind == etNum {
			return s.stampLine(i - 1)
		}
		// "12:00 PM - Rivera:": a time with its half of the day.
		if i >= 2 && p.kind == etWord && s.toks[i-2].kind == etNum && (s.is(i-1, "am") || s.is(i-1, "pm")) {
			return s.stampLine(i - 2)
		}
		if p.kind != etPunct || p.c != '>' && p.c != '-' && p.c != '*' {
			return false
		}
		i--
	}
	return i == 0 || s.toks[i].f&efNL != 0
}

// stampBefore reports whether a transcript's stamp, a time or a date in
// brackets or bare, maybe with a dash after it, opens the line of token
// i right before it: "[4:41 pm] Sofia:", "02:14:49 - Sofia:", "12:00
// PM - Rivera:".
func (s *entScanner) stampBefore(i int) bool {
	k := i - 1
	if k >= 0 && s.punct(k, '-') {
		k--
	}
	if k < 0 || s.toks[i].f&efNL != 0 {
		return false
	}
	p := &s.toks[k]
	switch {
	case p.kind == etPunct && (p.c == ']' || p.c == ')'):
		return s.stampOpen(k) >= 0 && s.lineStart(i)
	case p.kind == etNum:
		return s.stampLine(k)
	case k >= 1 && p.kind == etWord && s.toks[k-1].kind == etNum && (s.is(k, "am") || s.is(k, "pm")):
		return s.stampLine(k - 1)
	}
	return false
}

// speakerRoleAfter reports whether a speaker's role in brackets follows
// the name that ends at token end, before the colon of a transcript's
// line, maybe with a time between: "Gergely (Agent): ...", "Grace
// (Client) 19:49: ...", "Andersson (Visiteur) : ...".
func (s *entScanner) speakerRoleAfter(end int) bool {
	k := end + 1
	if k+2 >= len(s.toks) || !s.punct(k, '(') || s.toks[k].f&efNL != 0 || s.toks[k+1].kind != etWord || !s.punct(k+2, ')') {
		return false
	}
	if fl := s.flags(k + 1); (fl&(gzStop|gzRole) == 0 || fl&(gzFirst|gzLast) != 0) && !s.is(k+1, "guest") {
		return false
	}
	return s.turnColonAt(k+3, end+12)
}

// turnColonAt reports whether the colon of a transcript's turn follows
// from token k on its line, up to token last, maybe after a time ("...
// (Agent): ...", "... (Client) 19:49: ...", "... 7:05 pm: ...").
func (s *entScanner) turnColonAt(k, last int) bool {
	for ; k < len(s.toks) && k <= last && s.toks[k].f&efNL == 0; k++ {
		switch t := &s.toks[k]; {
		case t.kind == etPunct && t.c == ':' && (k+1 >= len(s.toks) || s.toks[k+1].kind != etNum || !s.glued(k+1)):
			return true
		case t.kind == etNum, t.kind == etPunct && t.c == ':', t.kind == etWord && (s.is(k, "am") || s.is(k, "pm")):
		default:
			return false
		}
	}
	return false
}

// roleNameAt reports whether the name [a, end] stands in brackets after
// a speaker's role and before the colon of a transcript's turn, maybe
// with a time between, anywhere on its line: "... [7:03 AM] Agent
// (Grace): that number ...", "Tech (Gabriel) 15:05: ...", as pasted
// transcripts run several turns on one line. A bot's name is none
// ("Bot (Sparky): Hi!").
func (s *entScanner) roleNameAt(a, end int) bool {
	if a < 2 || !s.punct(a-1, '(') || !s.glued(a) || s.toks[a].f&efNL != 0 || !s.punct(end+1, ')') || !s.glued(end+1) || s.toks[a-2].kind != etWord {
		return false
	}
	switch string(s.fold(a - 2)) {
	case "agent", "customer", "client", "rep", "advisor", "adviser", "tech", "technician", "support", "operator", "associate", "specialist",
		"me", "them", "caller", "host", "staff", "moderator", "mod", "csr", "engineer", "manager", "supervisor", "seller", "buyer", "driver":
	default:
		return false
	}
	return s.turnColonAt(end+2, end+8)
}

// chatEventAfter reports whether the words after token end, on its
// line, are a chat tool's note of what a participant does: "is typing",
// "has joined", "has left", "a rejoint", "a quitté", "se ha unido",
// "está digitando", "sta scrivendo", "is aan het typen", "ist dem Chat
// beigetreten", "hat den Chat verlassen", "entrou na conversa", "è
// entrato". The caller checks that the name before them starts its
// line.
func (s *entScanner) chatEventAfter(end int) bool {
	k := end + 1
	if s.punct(k, '.') && s.glued(k) && s.oneLetter(end) {
		k++ // the initial of a surname: "Miles B. is typing"
	}
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 || s.toks[k].kind != etWord {
		return false
	}
	// The word after the verb, on the line; words fold without their
	// marks ("quitté" is "quitte").
	next := func(w string) bool { return k+1 < len(s.toks) && s.toks[k+1].f&efNL == 0 && s.is(k+1, w) }
	// A participle within three words: "ist dem Chat beigetreten", "hat
	// den Chat verlassen".
	soon := func(w string) bool {
		for q := k + 1; q <= k+3 && q < len(s.toks) && s.toks[q].f&efNL == 0; q++ {
			if s.is(q, w) {
				return true
			}
		}
		return false
	}
	switch string(s.fold(k)) {
	case "is":
		return next("typing") || next("aan") && s.is(k+2, "het") && s.is(k+3, "typen")
	case "has":
		return next("joined") || next("left") || next("entered")
	case "joined", "left":
		return next("the") && (s.is(k+2, "chat") || s.is(k+2, "conversation"))
	case "a":
		return next("rejoint") || next("quitte")
	case "se":
		return next("unio") || next("ha") && s.is(k+2, "unido")
	case "esta":
		return next("digitando") || next("escribiendo") || next("escrevendo")
	case "sta":
		return next("scrivendo")
	case "e":
		return next("entrato") || next("entrata") || next("uscito") || next("uscita")
	case "ist":
		return soon("beigetreten")
	case "hat":
		return soon("verlassen")
	case "entrou", "saiu":
		return true
	}
	return false
}

// stampLine reports whether the numbers that end at token k, joined by
// ':', '-', '/', '.' or a space, start their line: a date and a time
// without brackets ("10:24 Agent:", "2024-05-01 10:24:11 Customer:").
func (s *entScanner) stampLine(k int) bool {
	for n := 0; k >= 0 && n < 12; n++ {
		t := &s.toks[k]
		switch {
		case t.kind == etNum:
		case t.kind == etPunct && (t.c == ':' || t.c == '-' || t.c == '/' || t.c == '.'):
		default:
			return false
		}
		if k == 0 || t.f&efNL != 0 {
			return t.kind == etNum
		}
		k--
	}
	return false
}

// stampOpen returns the token that opens the bracket closed at token c,
// at most ten tokens back on the same line, when the bracket holds a time
// or a date ("[4:41 pm]", "(10:24)", "[2024-05-01 10:24]"), or -1: a log's
// level or a list's number is no stamp ("[ERROR] Kafka:", "[1] Best,
// Sarah").
func (s *entScanner) stampOpen(c int) int {
	o := byte('[')
	if s.toks[c].c == ')' {
		o = '('
	}
	clock := false
	for k := c - 1; k >= 0 && k >= c-10; k-- {
		t := &s.toks[k]
		switch {
		case t.kind == etPunct && t.c == o:
			if !clock {
				return -1
			}
			return k
		case t.f&efNL != 0:
			return -1
		case t.kind == etNum:
		case t.kind == etPunct && (t.c == ':' || t.c == '/' || t.c == '-' || t.c == '.'):
			clock = clock || t.c == ':' || t.c == '/' || t.c == '-' || t.c == '.' && s.dotClock(k)
		case t.kind == etWord && (s.is(k, "am") || s.is(k, "pm")):
		case t.kind == etWord && t.f&efDigit != 0 && hourGlued(s.text[t.s:t.e]):
			clock = true // "[4pm] Customer:"
		default:
			return -1
		}
	}
	return -1
}

// dotClock reports whether the '.' at token k parts the hour and the
// minutes of a time typed with a dot ("[4.30]", "[16.05]"): one or two
// digits of an hour before it and two of minutes after, glued.
func (s *entScanner) dotClock(k int) bool {
	if k < 1 || k+1 >= len(s.toks) || !s.glued(k) || !s.glued(k+1) {
		return false
	}
	h, m := &s.toks[k-1], &s.toks[k+1]
	if h.kind != etNum || m.kind != etNum || h.e-h.s > 2 || m.e-m.s != 2 {
		return false
	}
	return num(s.text[h.s:h.e]) <= 23 && s.text[m.s] <= '5'
}

// kinNouns holds the kin and role nouns of listKinNouns, folded.
var kinNouns = foldedSet(splitList(listKinNouns))

// italianNounAfterMia reports whether token k, after "Mia", is a noun
// that the Italian "my" goes with: a kin or role noun in lower case
// ("moglie", "madre") or a word in lower case that ends in 'a' as
// feminine nouns do ("carta", "figlia", "cara"); English verbs after a
// Mia ("said", "called", "has") do not.
func (s *entScanner) italianNounAfterMia(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&(efCap|efNL|efDigit) != 0 {
		return false
	}
	w := s.fold(k)
	return kinNouns[string(w)] || len(w) >= 3 && w[len(w)-1] == 'a'
}

// pronounVerbs are the verbs in lower case after which a word that is
// a given name too is the French "Elle", the Spanish "Ella", the
// Portuguese "Ela" or the Dutch "Ze" (she, they):
// "Elle habite à Lyon", "Ze woont in Utrecht" (session 57), where an
// English "Elle is ..." or "Elle said" keeps its name.
var pronounVerbs = map[string]map[string]bool{
	"elle": foldedSet(strings.Fields("est a habite vit va veut doit peut était avait sera aura travaille reçoit souhaite voudrait aimerait " +
		"ne lui y en n'a n'est s'appelle m'a n'arrive arrive n'habite utilise paie paye attend demande")),
	// Spanish "Ella" and Portuguese "Ela" (she), given names too: "Ella
	// no sabe usar el chat", "Ela mora em Braga" (session 78).
	"ella": foldedSet(strings.Fields("no es está esta tiene vive quiere puede sabe usa habla maneja se le lo la me nos ya dice necesita " +
		"trabaja paga recibe llama nunca siempre también tampoco era estaba tenía vivía fue hizo pidió compró")),
	"ela": foldedSet(strings.Fields("não nao é está tem mora quer pode sabe usa fala se lhe me já diz precisa trabalha paga recebe " +
		"nunca sempre também era estava tinha morava foi fez pediu comprou")),
	"ze": foldedSet(strings.Fields("woont is heeft wil kan moet zal wordt was had krijgt gaat komt heet belt zegt werkt neemt zijn hebben " +
		"willen kunnen moeten wonen betaalt gebruikt ontvangt wacht vraagt")),
	// Indonesian and Malay "Ada" (there is, is there), a given name
	// too, before the words it asks of: "Ada yang bisa dibantu?", "Ada
	// promo kuota malam?", "Ada transaksi Rp2.450.000 ..." (session 81).
	"ada": foldedSet(strings.Fields("yang yg apa promo transaksi masalah kendala tagihan biaya pesanan pembayaran paket diskon info " +
		"notifikasi sms orang cara caranya lagi juga tidak tak gak ga nggak banyak beberapa sedikit dua tiga satu kesalahan")),
}

// germanFusedBefore reports whether word token a follows a German
// preposition fused with its article ("vom", "zum", "zur", "beim",
// "ins"), after which a capital opens a noun (session 57: "ich war
// beim Schneider", the tailor). "im" is the English "I'm" typed without
// its apostrophe as often, a cue of a name ("hi im Keller"), and is
// left out.
func (s *entScanner) germanFusedBefore(a int) bool {
	p := a - 1
	if p < 1 || s.toks[p].kind != etWord || s.toks[p].f&(efCap|efNL) != 0 || s.toks[a].s != s.toks[p].e+1 {
		return false
	}
	switch string(s.fold(p)) {
	case "vom", "zum", "zur", "beim", "ins":
		return true
	case "im":
		return s.germanIm(p)
	}
	return false
}

// germanGreetingNoun reports whether the capitalised word at token i,
// after a German greeting that ends at token p, is a noun: the lists
// know it as no name, and a word in lower case or a number follows it
// on its line with no mark between (see cuesBefore).
func (s *entScanner) germanGreetingNoun(p, i int) bool {
	n := len(s.toks)
	if i+1 >= n || s.toks[i].kind != etWord || s.toks[i].f&(efCap|efAllCap) != efCap || s.toks[i+1].f&efNL != 0 || s.flags(i)&(gzFirst|gzLast) != 0 {
		return false
	}
	if nx := &s.toks[i+1]; !(nx.kind == etNum || nx.kind == etWord && nx.f&efCap == 0) {
		return false
	}
	switch string(s.fold(p)) {
	case "moin", "servus", "tag", "morgen", "abend":
		return true
	}
	return false
}

// germanIm reports whether the "im" at token p is German ("in the"), not
// the English "I'm" typed without its apostrophe, by the word before
// it: a noun the lists do not know as a name, a greeting or a stop word
// ("Wasserrohrbruch im Keller", "Paket im Keller"), or a verb of place
// ("liegt im Keller"); "I'm" follows a greeting or opens its clause
// ("hi im Keller", session 67).
func (s *entScanner) germanIm(p int) bool {
	q := p - 1
	if q < 0 || s.toks[q].kind != etWord || s.toks[p].f&efNL != 0 || s.toks[p].s != s.toks[q].e+1 {
		return false
	}
	if s.toks[q].f&efCap != 0 {
		// A stop word only inside its sentence ("Hallo, Paket im
		// Keller"): "Yes im Tom" opens one.
		fl := s.flags(q)
		return s.toks[q].e-s.toks[q].s >= 4 && fl&(gzCue|gzFirst|gzLast|gzCommon) == 0 &&
			(fl&gzStop == 0 || q > 0 && s.toks[q].f&efNL == 0 && (s.toks[q-1].kind == etWord || s.punct(q-1, ',')))
	}
	switch string(s.fold(q)) {
	case "ist", "liegt", "liegen", "steht", "stehen", "war", "wohnt", "wohne", "bin", "sind", "hangt", "arbeitet", "arbeite", "wartet", "sitzt", "parkt":
		return true
	}
	return false
}

// foldedSet returns the set of words, each folded as fold folds a
// token.
func foldedSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[string(foldKey(nil, w))] = true
	}
	return m
}

// pronounBeforeVerb reports whether word token a, which opens a
// sentence, is a pronoun that is a given name too, followed by a verb
// it takes (pronounVerbs).
func (s *entScanner) pronounBeforeVerb(a int) bool {
	verbs := pronounVerbs[string(s.fold(a))]
	if verbs == nil || a+1 >= len(s.toks) {
		return false
	}
	t := &s.toks[a+1]
	return t.kind == etWord && t.f&(efCap|efNL|efDigit) == 0 && verbs[string(s.fold(a+1))]
}

// hourGlued reports whether w is an hour with its half of the day glued
// to it: "4pm", "11AM".
func hourGlued(w string) bool {
	n := len(w)
	if n < 3 || n > 4 || !isDigit(w[0]) || n == 4 && !isDigit(w[1]) {
		return false
	}
	return (w[n-2]|0x20 == 'a' || w[n-2]|0x20 == 'p') && w[n-1]|0x20 == 'm'
}

// listAnd reports whether token p joins the last two items of a list
// ("and", "und", "et", "y", "&").
func (s *entScanner) listAnd(p int) bool {
	if s.punct(p, '&') {
		return true
	}
	t := &s.toks[p]
	if t.kind != etWord || t.e-t.s > 3 || t.f&efCap != 0 {
		return false
	}
	return andWord(s.text[t.s:t.e])
}

// andWord reports whether the lower-case word w is "and" in one of the
// languages we serve, or in Swedish, Danish or Norwegian.
func andWord(w string) bool {
	switch w {
	case "and", "und", "et", "y", "e", "ed", "en", "och", "og":
		return true
	}
	return false
}

// brandShape reports whether a word has the inner capitals of a brand
// ("AirPods", "iPhone") rather than of a name ("McDonald", "DiCaprio");
// each part of a word joined by hyphens is read alone, as the surnames
// of a double-barrelled name are ("Rousseau-McAllister").
func brandShape(w string) bool {
	for {
		h := strings.IndexByte(w, '-')
		if h < 0 {
			return brandPart(w)
		}
		if brandPart(w[:h]) {
			return true
		}
		w = w[h+1:]
	}
}

// brandWordIn reports whether a capitalised ASCII word of more than one
// byte among the tokens [a, end] is shaped as a brand (brandShape):
// classifySub asks it of its words only when its other tests leave it
// open, as hyphens and shapes cost a word more to read than its flags.
func (s *entScanner) brandWordIn(a, end int) bool {
	for k := a; k <= end; k++ {
		if t := &s.toks[k]; t.kind == etWord && t.f&(efCap|efASCII) == efCap|efASCII && t.e-t.s > 1 && brandShape(s.text[t.s:t.e]) {
			return true
		}
	}
	return false
}

// brandPart is brandShape of a word without hyphens.
func brandPart(w string) bool {
	// The prefixes of names: "Mc", "Mac", "Di", "De", "Da", "La", "Le",
	// "Van", "Von", "O'", "D'", "Fitz", with more after them.
	if len(w) > 2 {
		switch uint16(w[0])<<8 | uint16(w[1]) {
		case 'M'<<8 | 'c', 'D'<<8 | 'i', 'D'<<8 | 'e', 'D'<<8 | 'a', 'L'<<8 | 'a', 'L'<<8 | 'e', 'O'<<8 | '\'', 'D'<<8 | '\'':
			return false
		case 'M'<<8 | 'a':
			if len(w) > 3 && w[2] == 'c' {
				return false
			}
		case 'V'<<8 | 'a', 'V'<<8 | 'o':
			if len(w) > 3 && w[2] == 'n' {
				return false
			}
		case 'F'<<8 | 'i':
			if len(w) > 4 && w[2:4] == "tz" {
				return false
			}
		}
	}
	return humps(w) > 0
}

// refLabel reports the labels of reference numbers, in any case. Some
// are also given names ("Vin"); in capitals before a code they label it,
// in lower case when what follows says so (see flags).
func refLabel(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	var low [5]byte
	k := lowerASCII(low[:0], w)
	for _, l := range refLabels {
		// (The first byte first: a call to compare the others only
		// where it matches.)
		if l[0] == k[0] && string(k) == l {
			return true
		}
	}
	return false
}

// refLabels are the labels refLabel knows, in lower case. The gazetteer
// marks them too (see gazSlot.label).
var refLabels = [...]string{"vin", "pnr", "sku", "rma", "imei", "upc", "ean", "gtin", "isbn", "awb", "asin", "mpn", "ref", "nr", "po", "iccid", "meid"}

// techAcronym reports the acronyms of computing that are given names
// too, in capitals: "our office NAT", "8 GB of RAM", "the AMI", not
// Nat, Ram or Ami (before a capitalised word they are the name, see
// capsAcronym). SAM, DOM and MAC are names in capitals as often
// ("Please call SAM", "Signed, SAM").
func techAcronym(w string) bool {
	if len(w) != 3 {
		return false
	}
	var low [3]byte
	switch string(lowerASCII(low[:0], w)) {
	case "nat", "ram", "ami", "asa":
		return true
	}
	return false
}

// capsAcronym reports whether word token i, in capitals, is an acronym
// of computing (techAcronym) rather than a name: an acronym before a
// capitalised word on its line is the name.
func (s *entScanner) capsAcronym(i int) bool {
	t := &s.toks[i]
	if !techAcronym(s.text[t.s:t.e]) {
		return s.brTransferAt(i)
	}
	n := i + 1
	return n >= len(s.toks) || s.toks[n].kind != etWord || s.toks[n].f&(efCap|efNL) != efCap
}

// brTransferAt reports whether word token i, in capitals, is Brazil's
// bank transfer (TED, Transferência Eletrônica Disponível; DOC, its
// older kin) after a word that names a thing, not Ted or Doc: "fiz uma
// TED de R$ 5.000,00", "mandei via DOC" (session 72). The words are
// the articles and the prepositions before a means of payment
// (transferTo).
func (s *entScanner) brTransferAt(i int) bool {
	t := &s.toks[i]
	if t.e-t.s != 3 || i == 0 || s.toks[i-1].kind != etWord || s.toks[i-1].f&efCap != 0 || t.f&efNL != 0 {
		return false
	}
	if w := s.text[t.s:t.e]; w != "TED" && w != "DOC" {
		return false
	}
	return transferTo[string(s.fold(i-1))]
}

// transferTo are the Portuguese words before a means of payment: the
// indefinite articles ("uma", "um"), the feminine one and its
// contractions with "de", "em" and "por" ("a", "da", "na", "pela"), and
// "via", "por". Not the masculine "o" and its contractions, which
// Portuguese puts before a man's name ("falei com o TED").
var transferTo = map[string]bool{"uma": true, "um": true, "a": true, "da": true, "na": true, "pela": true, "via": true, "por": true}

// houseOnly reports whether the folded word w names a house and nothing
// else, as the last word of its name ("Rose Cottage", "The Old
// Rectory"); "House", "Hall" or "Lodge" name people too (see houseWord).
func houseOnly(w []byte) bool {
	switch string(w) {
	case "cottage", "cottages", "rectory", "vicarage", "parsonage", "farmhouse", "bungalow":
		return true
	}
	return false
}

// placeNoun reports whether word token j names a site a town's name may
// qualify ("Paris office", "Florence warehouse", "London branch"): the
// words after an organisation (listOrgCuesAfter: office, store, branch,
// plant, ...) and the other sites of shipping and travel, which name no
// organisation after a name ("Paris airport").
func (s *entScanner) placeNoun(j int) bool {
	if s.flags(j)&gzOrgAfter != 0 {
		return true
	}
	switch string(s.fold(j)) {
	case "warehouse", "depot", "hub", "shop", "site", "airport", "station",
		"center", "centre", "facility", "outlet", "showroom", "location", "area":
		return true
	}
	return false
}

// streetNoun reports whether the folded word w is the noun of a street,
// a square, a station or a warehouse that no one is named after, as
// "Lodge", "Court", "Hall", "Plaza" or "Center" are.
func streetNoun(w []byte) bool {
	switch string(w) {
	case "street", "road", "avenue", "boulevard", "square", "terminal", "mall", "strasse", "straße", "station", "airport",
		"warehouse", "depot", "showroom", "outlet", "facility":
		return true
	}
	return false
}

// personVerb reports whether token i is a verb that often follows a
// person's name at the start of a sentence ("Anna is", "Anna will").
func (s *entScanner) personVerb(i int) bool {
	return i < len(s.toks) && s.toks[i].kind == etWord && s.toks[i].f&efCap == 0 && s.flags(i)&gzPersonVerb != 0
}

// isStopAt reports whether token i of the capitalised run ending at end
// cannot be part of a name (a greeting, a function word, a month, a title).
func (s *entScanner) isStopAt(i, end int) bool {
	if s.punct(i+1, '.') && s.oneLetter(i) && s.glued(i+1) && s.nameFollows(i+2) {
		return false // an initial: "Carlos A. Johnson", "José Á. García"
	}
	fl := s.flagsIn(i)
	if fl&gzStop != 0 && s.toks[i].e-s.toks[i].s == 2 && s.shortSurnameAt(i, end) { // (shortSurnameAt's first test: a word of two bytes)
		return false
	}
	if fl&(gzStop|gzLast) == gzStop|gzLast && s.toks[i].e-s.toks[i].s == 3 && s.is(i, "das") && s.surnameDas(i) {
		return false
	}
	// The Portuguese article before a given name that opens a sentence:
	// "Bom dia! O Rodrigo Sousa não vai ao jogo" (session 55).
	if fl&gzStop == 0 && i+2 < end && s.oneLetter(i) && s.is(i, "o") && !s.punct(i+1, '.') && s.atStart(i) && s.flags(i+1)&(gzFirst|gzStop) == gzFirst {
		return true
	}
	// An adverb that opens the sentence before a name of two words or
	// more: "Apparently Jürgen Menon received it". Before one word it
	// may open a title ("Secretly Love").
	if fl&(gzFirst|gzLast|gzStop) == 0 && i+2 < end && s.openingAdverb(i) {
		return true
	}
	// A role's word typed with a slip before a name of two words:
	// "Custmer Carmen Haddad", "account Holdeer Chloe Strand".
	if fl&(gzFirst|gzLast|gzStop) == 0 && i+2 < end && s.slippedRole(i) {
		return true
	}
	// The days of a week's range: "Mo–Fr von 09:00", "Ma-Vr".
	if s.toks[i].e-s.toks[i].s == 2 && i+2 < len(s.toks) && (s.punct(i+1, '-') && s.glued(i+1) || s.is(i+1, "bis") || s.is(i+1, "tot")) && s.weekdayPair(i, i+2) {
		return true // ... or "Mo bis Fr", "ma tot vr"
	}
	// A unit of measure after a number: "on both 5 GHz and 6 GHz".
	if fl&gzMeasure != 0 && i > 0 && s.toks[i-1].kind == etNum && s.toks[i].f&efNL == 0 {
		return true
	}
	// A surname after a German possessive is the noun it also is, before
	// the name it introduces: "mein Mann Ursula Köhler" (husband).
	if fl&(gzLast|gzFirst) == gzLast && i > 0 && i+1 < end && s.toks[i].f&efNL == 0 && s.flags(i+1)&gzFirst != 0 && s.germanPossessive(i-1) {
		return true
	}
	// "Account Holder James Thomas", "Card Holder Anna Berg": the
	// surname "Holder" ends the cue.
	holder := s.mayFold(i, 6) && s.is(i, "holder")
	if holder && i >= 1 && s.toks[i].f&efNL == 0 && (s.is(i-1, "account") || s.is(i-1, "card")) {
		return true
	}
	// ... or opening the sentence before a name of two words: "...?
	// Holder Ciarán Kavanagh, Rabobank."
	if holder && i+2 < end && s.atStart(i) {
		return true
	}
	// ... or before a name in capitals, as a card's face prints it
	// ("Valid thru 08/28 Holder JAMES O'CONNOR", session 55).
	if holder && i+1 < end && s.toks[i].f&efAllCap == 0 && s.toks[i+1].f&efAllCap != 0 {
		return true
	}
	if fl&(gzStop|gzHonor) == 0 {
		if fl&gzPhrase != 0 && s.stopPhraseAt(i) {
			return true // "Xin chào": a greeting that starts with a given name
		}
		// "Senior Engineer Anna Berg", "Product Owner Lars Eriksen": a
		// job noun before a known given name ends the job title.
		return fl&(gzJobHead|gzFirst|gzLast) == gzJobHead && i+1 < end && s.toks[i].f&efAllCap == 0 && s.nameLike(i+1) && s.flags(i+1)&(gzFirst|gzStop|gzParticle) == gzFirst
	}
	// "Nguyen Van An", "Tran Thi Mai": after a surname and the middle
	// name that marks a Vietnamese man's or woman's name, a capitalised
	// word is the given name, however common a word it is elsewhere.
	if i >= 2 && s.toks[i].f&(efCap|efNL) == efCap && s.toks[i-1].f&(efCap|efNL) == efCap && (s.is(i-1, "van") || s.is(i-1, "thi")) && (s.flags(i-2)&gzLast != 0 || s.toks[i-2].f&efCap != 0 && shortSurname(s.fold(i-2))) &&
		s.vietGiven(i) {
		return false
	}
	// "Thanks, Jan!", "Hi May, ...", "Frau Mai,": a given name that is
	// also a month or a word, alone after a person cue or a title and
	// before a comma or the end of a sentence ("Hi, May I ask" asks).
	if fl&(gzFirst|gzHonor) == gzFirst && i+1 == end && s.vocativeEnd(end) && (s.cueBefore(i) == cuePerson || s.honorBefore(i)) {
		return false
	}
	// A particle inside a run: "Hans von Weber" in lower case, "Osama Bin
	// Laden" between two names. At the start of a run the same words are
	// articles and prepositions ("Von Montag an", "Das Paket").
	if fl&gzParticle != 0 && (s.toks[i].f&efCap == 0 ||
		i > 0 && i+1 < end && (s.nameLike(i-1) && s.flags(i-1)&(gzStop|gzHonor) == 0 || s.initialBefore(i)) && s.nameLike(i+1) && s.toks[i].f&efNL == 0) {
		return false // ... or after an initial: "Gaetano A. Lo Russo"
	}
	// "Acme Group", "Initech Inc.", "Acme Software Inc.": an
	// organisation's last words stay.
	if fl&gzOrgSuffix != 0 {
		for p := i - 1; p >= 0 && p >= i-3 && s.nameLike(p); p-- {
			if s.flags(p)&(gzStop|gzHonor) == 0 {
				return false
			}
			if s.flags(p)&gzOrgSuffix == 0 {
				break
			}
		}
	}
	// A given name that is also a common word or a month counts when a
	// known name or an initial follows: "Will Smith", "Jan K. Novak".
	// Not a title the lists hold as a given name too: "Madam Abena
	// Darko", "Sir Darko" (session 66).
	if fl&(gzFirst|gzLast) != 0 && fl&(gzHonor|gzStop) != gzHonor|gzStop && i+1 < end && s.nameLike(i+1) {
		if nf := s.flags(i + 1); nf&(gzLast|gzFirst) != 0 && nf&gzStop == 0 || s.initialAt(i+1) == 2 {
			return false
		}
	}
	// ... or a word the gazetteer does not know that ends the run, a
	// surname the lists lack: written with diacritics ("Jan Jílek"), or
	// after or before a person cue ("Regards, Jan Kowalczewski", "Jan
	// Vogel here"). Plain words without a cue are as often headings
	// ("June Offers", "Will Fixing").
	if fl&(gzFirst|gzHonor) == gzFirst && i+2 == end && s.toks[i+1].f&(efAllCap|efNL) == 0 && s.nameLike(i+1) && s.flags(i+1) == 0 &&
		(s.toks[i+1].f&efASCII == 0 || s.cueBefore(i) == cuePerson || s.postPersonCue(end) && !s.pluralShape(i+1)) {
		return false
	}
	// ... or a particle and a surname: "Jan de Vries".
	if fl&gzFirst != 0 && i+1 < end && s.toks[i+1].f&efCap == 0 && s.particleAt(i+1) {
		return false
	}
	// A surname that is also a stop word, after a given name: "Adam
	// West", "Ana Dias", "Theresa May".
	if fl&gzLast != 0 && i > 0 && (s.nameLike(i-1) && s.givenOpens(i-1) || s.initialBefore(i) && s.flags(i-3)&(gzFirst|gzStop) == gzFirst) {
		return false // ... or past an initial: "Mikhail B. Sun"
	}
	// A bare initial between two names: "Martim A Pereira".
	if s.oneLetter(i) && i > 0 && i+1 < end && s.nameLike(i-1) && s.nameLike(i+1) &&
		s.flags(i-1)&gzStop == 0 && s.flags(i+1)&gzStop == 0 {
		return false
	}
	return true
}

// givenOpens reports whether token k is a given name that opens a
// person's name before a surname the lists also hold as a stop word: a
// given name that is no other word, or one that is ("Amber", "Mark")
// after a courtesy title ("Dr. Amber Best", "Dr. Mark Price").
func (s *entScanner) givenOpens(k int) bool {
	fl := s.flags(k)
	if fl&(gzFirst|gzStop) != gzFirst {
		return false
	}
	return fl&gzAmbig == 0 || s.honorBefore(k)
}

// stopAlone reports whether isStopAt stops the stop word i (gzStop in
// its flags fl) as a run of its own, [i, i+1), from the flags alone,
// which it does when they hold none of those its tests of a word alone
// read: a name's, a particle's, a firm's suffix's. A word of one byte
// may be an initial before a period. The flags are listed that allow
// it, as in classifyRun, so that a flag added later is read by
// isStopAt until it is listed here. classifyRun goes on with a firm
// (gzCompany) and with the first word of a phrase in capitals, which
// it reads itself: those are left out too.
func (s *entScanner) stopAlone(i int, fl uint32) bool {
	const alone = gzStop | gzCommon | gzCue | gzOrgAfter | gzPostCue | gzPersonVerb | gzPlain | gzGreetLead | gzJobMod | gzJobHead | gzTool | gzMonthDay | gzPhrase
	t := &s.toks[i]
	return fl&^alone == 0 && (t.f&efAllCap == 0 || fl&gzPhrase == 0) && t.e-t.s > 1
}

// stopPhraseAt reports whether word token i and the one or two
// lower-case words after it on its line make a phrase that the
// gazetteer holds as a stop ("Xin chào", "Xin cảm ơn"); a capitalised
// word after it will do when it is a stop word itself ("Royal Mail",
// session 55).
func (s *entScanner) stopPhraseAt(i int) bool {
	for e := i + 1; e <= i+2 && e < len(s.toks); e++ {
		if t := &s.toks[e]; t.kind != etWord || t.f&efNL != 0 || t.f&efCap != 0 && s.flags(e)&gzStop == 0 {
			return false
		}
		if s.phraseFlags(i, e)&gzStop != 0 {
			return true
		}
	}
	return false
}

// vocativeEnd reports whether token k ends the words of someone
// addressed: a comma, a mark that ends sentences (endMark, glued to a
// word after it or not), a line break or the end of the text.
func (s *entScanner) vocativeEnd(k int) bool {
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 {
		return true
	}
	return s.punct(k, ',') || s.endMark(k)
}

// fullTitle reports whether title token k is a whole word, after which a
// period ends a sentence ("Merci Madame. Pouvez-vous ..."), not an
// abbreviation's ("Mme. Roux", "Prof. Lenz"): the abbreviations are
// short, the whole words of six bytes or more but a few.
func (s *entScanner) fullTitle(k int) bool {
	t := &s.toks[k]
	if t.e-t.s >= 6 {
		return true
	}
	switch s.text[t.s:t.e] {
	case "Madam", "Herr", "Frau", "Miss", "Lady", "Dame", "Lord":
		return true
	}
	return false
}

// honorBefore reports whether a courtesy title, maybe with its period,
// stands right before token i on its line ("Frau Mai", "Mr. Will").
func (s *entScanner) honorBefore(i int) bool {
	p := s.titleWordBefore(i)
	return p >= 0 && s.flags(p)&gzHonor != 0
}

// titleWordBefore returns the word token right before token i on its
// line, maybe with a period glued to it, where a title stands ("Dr.
// Wells", "mr bean"), or -1.
func (s *entScanner) titleWordBefore(i int) int {
	p := i - 1
	if s.punct(p, '.') && s.glued(p) {
		p--
	}
	// Italian titles of a woman end after the period: "Gentile Sig.ra
	// Ferraguti", "la dott.ssa Galli".
	if p >= 2 && s.toks[p].kind == etWord && s.glued(p) && s.punct(p-1, '.') && s.glued(p-1) && s.italianTitleEnd(p) {
		p -= 2
	}
	if p < 0 || s.toks[i].f&efNL != 0 || s.toks[p].kind != etWord {
		return -1
	}
	return p
}

// stopSurnameAt reports whether the capitalised word token k, right
// after a courtesy title in a run, is a surname the lists know that is
// also a stop word ("Mrs Price", "Mr Long"): after the title it is the
// surname.
func (s *entScanner) stopSurnameAt(k int) bool {
	return s.toks[k].kind == etWord && s.toks[k].f&efAllCap == 0 && s.flagsIn(k)&(gzLast|gzMonthDay|gzUnit) == gzLast
}

// italianTitleEnd reports whether word token p is the ending of an
// Italian title of a woman after its period: "ra" and "na" of "Sig.ra"
// and "Sig.na", "ssa" of "Dott.ssa", "Prof.ssa" and "Avv.ssa".
func (s *entScanner) italianTitleEnd(p int) bool {
	t := &s.toks[p]
	if t.e-t.s > 3 || s.toks[p-2].kind != etWord {
		return false
	}
	switch string(s.fold(p)) {
	case "ra", "na":
		return s.is(p-2, "sig")
	case "ssa":
		return s.is(p-2, "dott") || s.is(p-2, "prof") || s.is(p-2, "avv")
	}
	return false
}

// plainTitleBefore reports whether a title of a person that is no other
// word in lower case stands right before token i on its line, maybe with
// its period: "dr", "mr", "mrs", "ms", "prof", "doctor".
func (s *entScanner) plainTitleBefore(i int) bool {
	p := s.titleWordBefore(i)
	if p < 0 || s.toks[p].e-s.toks[p].s > 6 {
		return false
	}
	switch string(s.fold(p)) {
	case "dr", "mr", "mrs", "ms", "prof", "doctor",
		// The German, French, Spanish, Italian and Dutch titles typed in
		// lower case: "herr seidl", "frau schulze-brettschneider", "mme
		// quillevere", "sra. quintanilla", "dhr. brouwerszoon".
		"herr", "frau", "mme", "mlle", "sr", "sra", "srta", "sig", "meneer", "mevrouw", "mevr", "dhr":
		return true
	}
	return false
}

// titledBrand reports whether the folded word w names a brand after a
// title: "dr pepper", "dr oetker", "dr martens", "mr bean", "mr muscle";
// or a rank or a role after a German one ("frau doktor", "herr ober").
func titledBrand(w []byte) bool {
	switch string(w) {
	case "pepper", "oetker", "martens", "scholl", "scholls", "bean", "clean", "muscle", "sheen",
		"doktor", "professor", "direktor", "direktorin", "ober", "pfarrer", "kommissar", "minister", "ministerin", "prasident", "prasidentin", "burgermeister":
		return true
	}
	return false
}

// onlyCodesCapitalised reports whether the text's only capitals are in
// pasted codes and keys, or in labels before a colon, which a chat tool
// or a form writes ("Customer:", "Client :", "Name:"): "guten tag, anna
// berg hier. iban: GB28 NKCA 2970 8059 0538 17" and "Customer: hi its
// desmond" are written in lower case. ("I was charged" is not: a writer
// who capitalises "I" capitalises names.) In a text that opens in lower
// case, the names of days and months and of the firms the stop lists
// hold, which phones capitalise as they are typed, do not count either
// ("hi, dwayne here, nothing since Thursday", "hi its desmond, ordered
// on Amazon").
func (s *entScanner) onlyCodesCapitalised() bool {
	toks := s.toks
	habit := -1 // whether the text opens in lower case, once asked
	for k := range toks {
		// (A capitalised word: a number has efNum, punctuation efPunct.)
		if toks[k].f&(efCap|efAllCap|efDigit|efNum|efPunct) == efCap && (k+1 >= len(toks) || toks[k+1].c != ':') {
			if habit < 0 {
				habit = 0
				if t := &toks[0]; t.kind == etWord && t.f&efCap == 0 && s.text[t.s] >= 'a' && s.text[t.s] <= 'z' {
					habit = 1
				}
			}
			if fl := s.flags(k); habit == 0 || fl&(gzMonthDay|gzCompany) == 0 || fl&(gzFirst|gzLast|gzAmbig) != 0 {
				return false
			}
		}
	}
	return true
}

// shouted reports whether the chunk is written in capitals, as with caps
// lock on: at least three words of two letters or more in capitals, no
// capitalised word ("Anna"), and at most one word that starts in lower
// case (a pasted link or e-mail address: "https", "anna.berg@...") for
// every four in capitals. Only words after white space or at the start count:
// the words glued into keys, links and addresses ("STRIPE_SECRET_KEY")
// are not written but pasted, and words with digits are codes.
func (s *entScanner) shouted() bool {
	caps, low := 0, 0
	// (The tokens in a local: the call below would have the compiler
	// load s.toks again at every token.)
	toks := s.toks
	for k := range toks {
		t := &toks[k]
		if !writtenWord(t.f, k) {
			continue
		}
		switch {
		case t.f&efAllCap != 0:
			caps++
		case t.e-t.s < 2:
		case t.f&efCap == 0:
			low++
		case t.f&efASCII != 0 || utf8.RuneCountInString(s.text[t.s:t.e]) > 1:
			return false
		}
	}
	return caps >= 3 && 4*low <= caps
}

// writtenWord reports whether token k, of flags f, is a word the writer
// typed, as shouted and titled count them: no digit (a code), and at the start or
// after white space, not glued into a key, a link or an address
// ("STRIPE_SECRET_KEY", "anna.berg@...").
func writtenWord(f uint32, k int) bool {
	// (A word: a number has efNum, punctuation efPunct; flags are
	// tested in fewer instructions than kind.)
	return f&(efNum|efPunct|efDigit) == 0 && (k == 0 || f&(efSpace|efNL) != 0)
}

// tokenEndingAfter returns the first token that ends after byte offset a
// of the chunk, or len(s.toks).
func (s *entScanner) tokenEndingAfter(a int32) int {
	return sort.Search(len(s.toks), func(k int) bool { return s.toks[k].e > a })
}

// titled reports whether the chunk is written with every word
// capitalised ("My Order Arrived Damaged, The Box Was Crushed"), whose
// capitals say as little about people's names as those of a text in
// capitals (see readShouted): at least four capitalised words, two of
// them stop words ("The", "Was", "My") inside a sentence, after a word
// or a comma, and at most one word in lower case for every eight. A list
// of names ("Anna Berg, Jonas Weber, Maria Lopez") has no stop word.
// Words count as in shouted.
func (s *entScanner) titled() bool {
	// Most texts have a word in lower case among their last three ("...
	// my refund?", "... on 2025-03-22."), which rules them out before the
	// count. (words is tested only as it grows: most tokens at the end of
	// a text are punctuation and numbers.)
	for k, words := len(s.toks)-1, 0; k >= 0; k-- {
		if t := &s.toks[k]; t.f&(efNum|efPunct) == 0 { // a word
			if t.f&efCap == 0 && t.e-t.s >= 2 && writtenWord(t.f, k) {
				return false
			}
			if words++; words == 3 {
				break
			}
		}
	}
	caps, low := 0, 0
	for k := range s.toks {
		t := &s.toks[k]
		if t.e-t.s < 2 || !writtenWord(t.f, k) {
			continue
		}
		if t.f&efCap != 0 {
			caps++
		} else if low++; low > 1 && 8*low > caps {
			return false // most texts end here, at their second word in lower case
		}
	}
	if caps < 4 || 8*low > caps {
		return false
	}
	// The stop words, looked up only now. The lists hold some words of
	// "and" as particles of names ("Ortega y Gasset"), which a title-case
	// text writes with a capital ("Me Llamo Ana Ruiz Y Vivo En Madrid").
	stops := 0
	for k := 1; k < len(s.toks) && stops < 2; k++ {
		t := &s.toks[k]
		if t.kind == etWord && t.f&(efCap|efDigit|efNL) == efCap && (s.toks[k-1].kind == etWord || s.punct(k-1, ',')) && (s.flags(k)&gzStop != 0 || conjunction(s.fold(k))) {
			stops++
		}
	}
	return stops >= 2
}

// readShouted reads a chunk written in capitals (see shouted), whose
// capitals say little about people's names. Its addresses, places,
// organisations and titles are found as written, since capitals mark
// them as in mixed case; then the chunk is read again as the same text
// in lower case, whose bytes line up with it (see lowerInto), for its
// people, as lowerCaseText reads one. Of the first reading's findings,
// the addresses stay; the places, organisations and titles, and the
// people a cue announced (score 0.85 or more: "MY NAME IS MARK", a given
// name that is also a word, which lower case does not take), and in a
// text with every word capitalised uncommon names (see plainName), wait in
// s.side for the end of the second reading (see addSide). The others are
// dropped: in capitals every word looks like a name.
func (s *entScanner) readShouted(shout bool) {
	if s.all&efDigit != 0 {
		s.hash = s.all&efHash != 0
		s.findAddresses()
	}
	if len(s.labelAddrs) > 0 {
		s.labelledAddresses()
	}
	// The words the addresses took, whatever types the recognizer
	// reports, as byte spans: the second reading leaves them alone.
	s.usedAt = s.usedAt[:0]
	for k := range s.toks {
		if t := &s.toks[k]; t.f&efUsed != 0 {
			if n := len(s.usedAt); n > 0 && s.usedAt[n-1] >= t.s-1 {
				s.usedAt[n-1] = t.e
			} else {
				s.usedAt = append(s.usedAt, t.s, t.e)
			}
		}
	}
	addrs := len(s.out)
	if s.all&efSlash != 0 {
		s.findBookingNames() // "NAME KOWALSKI/PIOTR MR": a booking's form in capitals
	}
	s.findNames()
	s.side = s.side[:0]
	for _, f := range s.out[addrs:] {
		if f.Type == TypeLocation && !shout {
			if f.End = s.titledPlaceEnd(f); f.End <= f.Start {
				continue
			}
		}
		if f.Type != TypePerson || f.Score >= 0.85 || !shout && s.plainName(f) {
			s.side = append(s.side, f)
		}
	}
	clear(s.out[addrs:])
	s.out, s.pers = s.out[:addrs], s.pers[:0]
	s.low = lowerInto(s.low[:0], s.text)
	// The scanner reads the copy in place: no string of it is kept past
	// the chunk, at whose end recognize clears it.
	s.text = unsafe.String(unsafe.SliceData(s.low), len(s.low))
	s.recased = true
	s.toks, s.all = entTokenize(s.text, s.toks)
	// A capital whose lower case takes other bytes stays ("İÇİN"): the
	// chunk is lower case all the same.
	for k := range s.toks {
		s.toks[k].f &^= efCap | efAllCap
	}
	s.all &^= efCap | efAllCap
	s.nextDig, s.digNL = 0, -1
	s.houseK, s.labelsRead = -1, false
	s.techA, s.techB = 0, -1
	for p := 0; p+1 < len(s.usedAt); p += 2 {
		b := s.usedAt[p+1]
		for k := s.tokenEndingAfter(s.usedAt[p]); k < len(s.toks) && s.toks[k].s < b; k++ {
			s.toks[k].f |= efUsed
		}
	}
}

// titledPlaceEnd returns the end of the place f of readShouted's first
// reading of a text with every word capitalised, in which a known place
// runs into the words of the sentence after it: "Shipping To Canada
// Usually Takes" gives "Canada", and nothing, as "shipping to Canada"
// does in mixed case (shipmentTo). A place the gazetteer knows whole
// ("New York"), or one whose later words are no common words, keeps its
// end.
func (s *entScanner) titledPlaceEnd(f Finding) int {
	a := s.tokenEndingAfter(int32(f.Start - s.base))
	e := s.knownPlaceAt(a)
	if e <= a || e >= len(s.toks) || s.toks[e].s >= int32(f.End-s.base) || s.toks[e].kind != etWord || s.flags(e)&(gzCommon|gzStop) == 0 || s.flags(e)&gzPlace != 0 {
		return f.End
	}
	if s.shipmentTo(a) {
		return f.Start
	}
	return int(s.toks[e-1].e) + s.base
}

// plainName reports whether the person f of readShouted's first reading
// of a text with every word capitalised is two words or more of which
// none is a word the lists know but as a name: an uncommon name, which
// lower case would lose ("Re: Your Order Has Shipped - Zorvik Tamblen"),
// unlike the phrases that capitals make people ("Arrived Damaged").
func (s *entScanner) plainName(f Finding) bool {
	b := int32(f.End - s.base)
	words := 0
	for k := s.tokenEndingAfter(int32(f.Start - s.base)); k < len(s.toks) && s.toks[k].s < b; k++ {
		if s.toks[k].kind != etWord {
			continue
		}
		if s.flags(k)&(gzStop|gzCommon|gzAmbig|gzCue|gzMonthDay|gzJobHead|gzOrgSuffix|gzStreetType|gzPlace|gzCompany) != 0 ||
			s.flags(k)&(gzFirst|gzLast) == 0 && (s.inflected(k) || s.abstractNoun(k) || s.pluralShape(k)) {
			return false // "Arrived Damaged", "Attempts Came"
		}
		words++
	}
	return words >= 2
}

// addSide adds the findings of readShouted's first reading that overlap
// none of the second's, and a person of the first that covers people of
// the second who scored less ("MARK JOHNSON" after "I AM" against
// "JOHNSON" alone) in their place.
func (s *entScanner) addSide() {
	n := len(s.out)
	slices.SortFunc(s.out, func(a, b Finding) int { return cmp.Compare(a.Start, b.Start) })
	dropped := false
	for _, f := range s.side {
		// The findings of one reading do not overlap: those of the
		// second that overlap f are the ones from the first that ends
		// after f starts up to the first that starts at or after its
		// end.
		k := sort.Search(n, func(k int) bool { return s.out[k].End > f.Start })
		e := k
		for e < n && s.out[e].Start < f.End {
			e++
		}
		if e > k && !s.coversPeople(f, k, e) && !s.firmCovers(f, k, e) {
			continue
		}
		for ; k < e; k++ {
			s.out[k].Type, dropped = "", true
		}
		s.out = append(s.out, f)
	}
	if dropped {
		s.out = slices.DeleteFunc(s.out, func(f Finding) bool { return f.Type == "" })
	}
	clear(s.side)
	s.side = s.side[:0]
}

// firmCovers reports whether f, of readShouted's first reading, is a
// firm that its legal form or the gazetteer names (score 0.8 and up)
// and holds the findings out[k:e] of the second whole: "Loja do Porto
// Lda." in a signature with every word capitalised, which the second
// reading took for the place "porto".
func (s *entScanner) firmCovers(f Finding, k, e int) bool {
	if f.Type != TypeOrganization || f.Score < 0.8 {
		return false
	}
	for ; k < e; k++ {
		if s.out[k].Start < f.Start || s.out[k].End > f.End {
			return false
		}
	}
	return true
}

// coversPeople reports whether the person f of readShouted's first
// reading covers the findings out[k:e] of the second, all of them people
// who scored less; or the place f covers places of the second, each
// shorter ("South Africa" over "africa", which lower case splits).
func (s *entScanner) coversPeople(f Finding, k, e int) bool {
	if f.Type != TypePerson && f.Type != TypeLocation {
		return false
	}
	for ; k < e; k++ {
		o := &s.out[k]
		if o.Type != f.Type || o.Start < f.Start || o.End > f.End || f.Type == TypePerson && o.Score >= f.Score || o.End-o.Start == f.End-f.Start {
			return false
		}
	}
	return true
}

// lowerInto appends text to dst with every letter in lower case where
// that takes as many bytes ("İ" and the like stay), so that offsets
// into one are offsets into the other, on the same rune boundaries.
// Invalid bytes are copied as they are.
func lowerInto(dst []byte, text string) []byte {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == w {
			dst = utf8.AppendRune(dst, l)
		} else {
			dst = append(dst, text[i:i+w]...)
		}
		i += w
	}
	return dst
}

// saintBefore reports whether the word before token k is "st.", "saint",
// "san" or the like, which make a place of a saint's name in lower case.
func (s *entScanner) saintBefore(k int) bool {
	p := k - 1
	if p > 0 && s.punct(p, '.') && s.glued(p) {
		p--
	}
	if p < 0 || s.toks[p].kind != etWord || s.toks[p].e-s.toks[p].s > 6 || s.toks[p].f&efNL != 0 {
		return false
	}
	return saintWord(s.fold(p))
}

// townHeadBefore reports whether a word that opens the names of towns
// in lower case ("fort", "port", "mount", "lake", "san", "santa") stands
// right before token k on its line: "fort collins", "port arthur", "san
// jose" are towns.
func (s *entScanner) townHeadBefore(k int) bool {
	p := k - 1
	if p < 0 || s.toks[p].kind != etWord || s.toks[p].f&(efCap|efDigit) != 0 || s.toks[k].f&efNL != 0 || s.glued(k) {
		return false
	}
	switch string(s.fold(p)) {
	case "fort", "port", "mount", "lake", "san", "santa":
		return true
	}
	return false
}

// saintAt reports whether token k, maybe a period glued to the word
// before it, ends a capitalised saint's word (saintWord) that opens a
// place's name: no name, and no title with its period, stands before
// it ("at St.", "At Saint"; not "Anna St." nor "Mrs. St.").
func (s *entScanner) saintAt(k int) bool {
	if k > 0 && s.punct(k, '.') && s.glued(k) {
		k--
	}
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&efCap == 0 || s.toks[k].e-s.toks[k].s > 6 || !saintWord(s.fold(k)) {
		return false
	}
	p := k - 1
	if p < 0 || s.toks[k].f&efNL != 0 {
		return true
	}
	switch t := &s.toks[p]; {
	case t.kind == etWord:
		return t.f&efCap == 0 || s.flags(p)&(gzStop|gzHonor) == gzStop
	case t.c == '.' && s.glued(p):
		return p == 0 || s.toks[p-1].kind != etWord || s.flags(p-1)&gzHonor == 0
	}
	return true
}

// saintPerson reports whether the run from token a to token end, which
// opens with a saint's word or follows one (saintAt), names a person,
// unless the saint's word starts a place the lists know ("San Marino
// Rossi"): "Saint" spelled out before a verb of what a person did
// (saintPersonVerb: "Saint Laurent sent it"), or a saint's word that is
// also a given name or a nickname ("San", "Santa", "Santo", "Sao", and
// "Ste" without its period) before a known surname ("Santo Rossi", "Ste
// Jones", "Santa Maria Lopez"). "Santa Teresa", "San Diego", "Santa
// Cruz Tenerife" and "St. Louis called back" stay places.
func (s *entScanner) saintPerson(a, end int) bool {
	k := a
	if !s.saintAt(a) || a == end {
		k = a - 1
		if s.punct(k, '.') {
			k-- // "St." and "Ste."
		}
	}
	// "St. Louis", "Santa Monica", "San Marino": a place the lists know.
	if k < 0 || s.placeEnd(k, k+1, min(end, k+3), gzPlace|gzCountry) > 0 {
		return false
	}
	if s.punct(k+1, '.') && s.glued(k+1) {
		return false // "St." and "Ste." open only places here
	}
	switch string(s.fold(k)) {
	case "saint", "sainte":
		// "Saint Laurent sent it"; not "St. Louis called back".
		return s.toks[end].f&efPoss == 0 && s.saintPersonVerb(end+1)
	case "san", "santa", "santo", "sao", "ste":
	default:
		return false
	}
	words, last := 0, -1
	for i := k + 1; i <= end; i++ {
		if s.toks[i].kind == etWord && s.toks[i].f&efCap != 0 && s.toks[i].e-s.toks[i].s > 1 {
			words++
			last = i
		}
	}
	if last < 0 {
		return false // "Santo B": no word after the saint's but an initial
	}
	fl := s.flagsIn(last)
	return fl&(gzLast|gzPlace|gzCountry) == gzLast && (words >= 2 || fl&gzFirst == 0)
}

// saintPersonVerb reports whether token i is a verb in lower case of
// what a person did, which a church or a town does not do ("said",
// "sent"; not "is").
func (s *entScanner) saintPersonVerb(i int) bool {
	if i >= len(s.toks) || s.toks[i].kind != etWord || s.toks[i].f&(efCap|efNL) != 0 || s.toks[i].e-s.toks[i].s > 9 {
		return false
	}
	switch string(s.fold(i)) {
	case "said", "says", "told", "wrote", "writes", "called", "asked", "sent", "replied", "emailed", "phoned", "texted", "signed", "mentioned", "promised", "agreed":
		return true
	}
	return false
}

// saintWord reports whether the folded word w names a saint before a
// place's name ("St. Paul", "San Diego", "São Paulo").
func saintWord(w []byte) bool {
	switch string(w) {
	case "st", "ste", "saint", "sainte", "sankt", "san", "sant", "santa", "santo", "sao":
		return true
	}
	return false
}

// unknownPair returns the token after a pair of words, at token k and
// its surname (see surnameAfter), that could be a given name and a
// surname in a text written in lower case, or 0: the gazetteer knows
// neither as a word (the second may be a surname), and neither but a
// known surname is shaped like an adverb or a verb's participle
// ("appears incorrectly"; "anna kelly" keeps its known surname). A verb
// of being after the first word ends the name there ("grazie tamsin sei
// un tesoro", see youAre): the token after the first word.
func (s *entScanner) unknownPair(k int, never uint32) int {
	m, _ := s.surnameAfter(k)
	if m == k+1 && s.youAre(m) && !s.inflected(k) && !s.abstractNoun(k) {
		return m // "grazie tamsin sei un tesoro": the name, then its verb
	}
	// Nor is the first a word that stands after "I am" in place of a
	// name (beWord: "ich bins nochmal jana wolff").
	if m < 0 || s.toks[m].e-s.toks[m].s < 2 || !s.surnameAfterGiven(m, never) || s.inflected(k) || s.abstractNoun(k) || s.flags(m)&gzLast == 0 && (s.inflected(m) || s.abstractNoun(m)) || s.beWord(k) {
		return 0
	}
	return m + 1
}

// greetingWords holds the last words of listGreetingCues, folded as
// entScanner.fold folds a token: "hola", "tardes", "morning".
var greetingWords = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range splitList(listGreetingCues) {
		m[string(foldKey(nil, g[strings.LastIndexByte(g, ' ')+1:]))] = true
	}
	return m
}()

// answerWords holds the last words of listAnswerCues, folded as
// entScanner.fold folds a token, with the words before them: "sorry",
// "it" after "got".
var answerWords = func() map[string]string {
	m := map[string]string{}
	for _, g := range splitList(listAnswerCues) {
		i := strings.LastIndexByte(g, ' ')
		m[string(foldKey(nil, g[i+1:]))] = g[:max(i, 0)]
	}
	return m
}()

// greetingBefore reports whether a greeting (greetingWords) or an
// answer (answerBefore), maybe with its comma, stands right before word
// token k. In a text in lower case two words the lists lack after it
// are as often the message's first verbs as a name ("ciao volevo
// sapere", "hola queria saber", "hallo wollte fragen", "sorry fat
// fingers").
func (s *entScanner) greetingBefore(k int) bool {
	p := k - 1
	if p >= 0 && s.toks[p].kind == etPunct && s.toks[p].c == ',' {
		p--
	}
	return p >= 0 && s.toks[p].kind == etWord && s.toks[p].e-s.toks[p].s <= 11 && greetingWords[string(s.fold(p))] || s.answerBefore(k)
}

// answerBefore reports whether an answer or an apology (answerWords),
// maybe with its comma, stands right before word token k: "Sorry
// Jordan", "Got it, Tom".
func (s *entScanner) answerBefore(k int) bool {
	p := k - 1
	if p >= 0 && s.toks[p].kind == etPunct && s.toks[p].c == ',' {
		p--
	}
	if p < 0 || s.toks[p].kind != etWord || s.toks[p].e-s.toks[p].s > 5 {
		return false
	}
	lead, ok := answerWords[string(s.fold(p))]
	return ok && (lead == "" || p > 0 && s.is(p-1, lead))
}

// youAre reports whether word token m is "you are" typed in lower case
// in Italian, Spanish or German ("sei", "eres", "bist"), which addresses
// the one named before it: "grazie tamsin sei un tesoro".
func (s *entScanner) youAre(m int) bool {
	if s.toks[m].f&efCap != 0 {
		return false
	}
	switch string(s.fold(m)) {
	case "sei", "eres", "bist":
		return true
	}
	return false
}

// surnameAfter returns the word that may be the surname of a given name
// at token k in a text written in lower case, after an initial ("pilar h.
// zielinski") or particles ("kofi da vogel", "rohan d. da oduya", "pieter
// van der berg") maybe,
// or -1; and the initial's token, or -1.
func (s *entScanner) surnameAfter(k int) (m, initial int) {
	n := len(s.toks)
	m, initial = k+1, -1
	// French "a" before a past participle is no initial: "lucas a pris
	// ma carte", "lucas a utilisé" ("benjamin a seiler" keeps it).
	// Nor is chat's "u" or "r" without a period: "thx tony u were fast",
	// "tony r u there".
	if m < n && s.toks[m].kind == etWord && s.oneLetter(m) && s.toks[m].f&efNL == 0 && !s.frenchHasBefore(m) && !s.chatLetter(m) {
		initial = m
		m++
		if s.punct(m, '.') && s.glued(m) {
			m++
		}
	}
	// The particles keep their lower case, as particleAt wants them;
	// there may be two ("van der", "de la").
	for p := 0; p < 2 && m+1 < n && s.toks[m].kind == etWord && s.toks[m].f&(efCap|efNL) == 0 && s.toks[m].e-s.toks[m].s <= 3 && s.flags(m)&gzParticle != 0; p++ {
		m++
	}
	if m >= n || s.toks[m].kind != etWord || s.toks[m].f&(efDigit|efNL) != 0 {
		return -1, initial
	}
	return m, initial
}

// chatLetter reports whether token m is "u" or "r" in lower case with
// no period after it, which chat writes for "you" and "are".
func (s *entScanner) chatLetter(m int) bool {
	if s.toks[m].f&efCap != 0 || s.punct(m+1, '.') && s.glued(m+1) {
		return false
	}
	c := s.text[s.toks[m].s]
	return c == 'u' || c == 'r'
}

// frenchHasBefore reports whether token m is "a" in lower case, the
// French "has", before a word of a past participle's ending ("pris",
// "utilisé", "fait", "reçu", "vu", "dit"), with no dot after it.
func (s *entScanner) frenchHasBefore(m int) bool {
	if !s.is(m, "a") || s.toks[m].f&efCap != 0 || m+1 >= len(s.toks) || s.toks[m+1].kind != etWord {
		return false
	}
	w := s.text[s.toks[m+1].s:s.toks[m+1].e]
	for _, suf := range [...]string{"é", "ée", "és", "ées", "is", "it", "u", "us", "ue", "ert", "aint", "oint"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// surnamesThenGiven reports whether the two words that end at token end
// are two surnames and a given name follows them after a comma and ends
// its field, as Spanish and Portuguese forms and letters write a name
// ("ORTIZ VEGA, MARTA\n", "Gutiérrez Blanco, Rafael:"): the first word
// no given name ("Anna Berg, Tom" names two people), the given name one
// the lists know, and a line's end, a colon, a semicolon or the text's
// end after it.
func (s *entScanner) surnamesThenGiven(end int) bool {
	g := end + 2
	if g >= len(s.toks) || !s.punct(end+1, ',') || !s.glued(end+1) || s.toks[g].f&efNL != 0 || !s.nameLike(g) ||
		s.flags(g)&gzFirst == 0 || s.flags(end-1)&gzFirst != 0 {
		return false
	}
	return g+1 >= len(s.toks) || s.toks[g+1].f&efNL != 0 || s.punct(g+1, ':') || s.punct(g+1, ';')
}

// abstractNoun reports whether word token k is shaped like an English
// noun made from another word ("loyalty", "satisfaction", "payment",
// "kindness", "ownership"), which names no person, by the stem lengths
// of inflected; "-ity" needs four letters before it ("Verity"). So is a
// long German compound of such a noun ("Handyversicherung",
// "Berufsunfähigkeitsrente", "Servicezeiten"), which German writes with
// a capital (in lower case "eun-young" is a name): six letters before the
// ending at least, as no surname the lists hold has ("Hartung", "Jung").
func (s *entScanner) abstractNoun(k int) bool {
	w := s.text[s.toks[k].s:s.toks[k].e]
	for _, suf := range [...]string{"tion", "sion", "ment", "ness", "ship", "ism", "hood", "lty"} {
		if stemLen(w, suf) >= 3 {
			return true
		}
	}
	return stemLen(w, "ity") >= 4 || isUpperByte(w[0]) && germanNoun(w)
}

// germanNoun reports whether w ends as a long German compound noun of an
// act, a state, a pension or hours does, six letters or more before the
// ending and no hyphen ("eun-young" is a name).
func germanNoun(w string) bool {
	if strings.IndexByte(w, '-') >= 0 {
		return false
	}
	for _, suf := range [...]string{"ung", "keit", "heit", "schaft", "rente", "zeiten"} {
		if stemLen(w, suf) >= 6 {
			return true
		}
	}
	return false
}

// germanNounIn reports whether a word of tokens [a, end] is a German
// noun by its ending (germanNoun), in mixed case.
func (s *entScanner) germanNounIn(a, end int) bool {
	for k := a; k <= end; k++ {
		if t := &s.toks[k]; t.kind == etWord && t.f&efAllCap == 0 && t.e-t.s >= 8 && germanNoun(s.text[t.s:t.e]) {
			return true
		}
	}
	return false
}

// domainLabel reports whether word token k is a label of a domain
// spelled out with a word for '.' (dotWords: "john dot com", "jane dot
// doe at example dot com", "john punto com"): the dot word stands right
// before or after it, and a word on the other side of the dot word, on
// one line.
func (s *entScanner) domainLabel(k int) bool {
	// Token d, between k and o, is in range when o is.
	dot := func(d, o int) bool {
		if o < 0 || o >= len(s.toks) || s.toks[d].kind != etWord || s.toks[o].kind != etWord {
			return false
		}
		return s.toks[d].f&efNL == 0 && s.toks[max(d, o)].f&efNL == 0 && dotWord(s.text, int(s.toks[d].s), int(s.toks[d].e))
	}
	return dot(k+1, k+2) || dot(k-1, k-2) && s.toks[k].f&efNL == 0
}

// inflected reports whether word token k is shaped like an English
// adverb or participle ("incorrectly", "unemployed", "crashing") by the
// stem lengths the heading and speaker checks use (stemLen): "ted" and
// "ely" are too short to be inflected.
func (s *entScanner) inflected(k int) bool {
	w := s.text[s.toks[k].s:s.toks[k].e]
	return stemLen(w, "ly") >= 3 || stemLen(w, "ed") >= 3 || gerundShape(w)
}

// surnameAfterGiven reports whether word token m, after a given name in
// a text written in lower case, may be its surname: a word the flags in
// never do not rule out, or a surname that is also a word (wordSurname),
// but no verb after the name (verbAfterName).
func (s *entScanner) surnameAfterGiven(m int, never uint32) bool {
	fl := s.flags(m)
	if fl == 0 {
		return !s.verbAfterName(m)
	}
	return fl&never == 0 || wordSurname(fl, never)
}

// verbAfterName reports whether word token m, which the lists lack, is the
// "-s" form of a common word or a past in "-ed" before what a verb takes,
// on its line: "emma uses this account", "anna keeps calling", "neha
// placed the order". Elsewhere such a word is a
// surname the lists lack ("this is maria sands", "maria sands and I",
// "give it to maria sands to review").
func (s *entScanner) verbAfterName(m int) bool {
	q := m + 1
	if q >= len(s.toks) || s.toks[q].kind != etWord || s.toks[q].f&efNL != 0 {
		return false
	}
	// ... or a past in "-ed" before an object: "rider emeka collected
	// the money", "my wife neha placed the order" (session 77); not in
	// "-eed", as surnames end ("waheed", "hameed").
	if w := s.text[s.toks[m].s:s.toks[m].e]; !s.pluralCommon(m) && (stemLen(w, "ed") < 3 || w[len(w)-3] == 'e') {
		return false
	}
	if gerundShape(s.text[s.toks[q].s:s.toks[q].e]) {
		return true
	}
	switch string(s.fold(q)) {
	case "this", "that", "the", "a", "an", "my", "your", "his", "her", "our", "their", "it", "me", "him", "them", "us":
		return true
	}
	return false
}

// wordSurname reports whether a word with the gazetteer flags fl is a
// known surname that the flags in never rule out only as a common or
// ambiguous word or a trade ("walker", "cook", "fisher", "wells"): in
// lower case it is a surname after a given name or a title.
func wordSurname(fl, never uint32) bool {
	return fl&gzLast != 0 && fl&(never&^(gzCommon|gzAmbig|gzJobHead)) == 0
}

// lowerCaseLines runs lowerCaseText over each line of a capitalised text
// that a label opens ("Customer: hi its ingrid dahl") and that is written
// in lower case after it, as onlyCodesCapitalised tells a whole text: in
// a transcript each labelled line is its speaker's, and one speaker may
// capitalise names while another does not. A line without a label is
// the same writer's as the lines around it ("Hello,\ni ordered ...").
func (s *entScanner) lowerCaseLines() {
	toks := s.toks
	for a := 0; a < len(toks); {
		b := a + 1
		for b < len(toks) && toks[b].f&efNL == 0 {
			b++
		}
		// The label is the line's first capitalised word, before a
		// colon; only time stamps stand before it (see onlyCodesCapitalised
		// for the test of each capital).
		label, lower := false, true
		for k := a; k < b && lower; k++ {
			t := &toks[k]
			if t.f&(efCap|efAllCap|efDigit) != efCap || t.kind != etWord {
				continue
			}
			if k+1 < b && toks[k+1].c == ':' && (label || !s.wordBefore(a, k)) {
				label = true
				continue
			}
			lower = false
		}
		if label && lower {
			s.lowerCaseText(a, b)
		}
		a = b
	}
}

// lowerNamesNearCues reads a name typed in lower case before "here",
// "hier", "ici" or "aquí" in a capitalised text (Italian "qui" is as
// often a place after a verb: "scrivetemi pure qui"), where it opens its
// clause: "sorry, can I write in english? rafa moreira here, my card
// ...", "Guten Tag, liesbeth hier nochmal". None of the words may be
// one that stands before "here" as often (beWord: "Hallo, allen hier",
// "Hola, todo bien aquí"). Up to three words in lower case between the
// clause's start (the text's or the line's, a speaker's label, a '.',
// '?', '!', ',' or '(', or "its") and the word are read as lowerCaseText
// reads a text in lower case. lowerPrefix reads the same when it opens
// the text. After a verb that introduces the writer in the other
// languages ("soy", "sono", "sou", "ici", "aqui", "fala", "je suis", "ich
// bin", "hier ist", "da ist", "ik ben", "me llamo") the words in lower
// case after it, up to six, are read so too when the first of them (past
// an article) is a name the lists know: "Hola, soy javier montoya ruiz,
// os escribo", "Bonjour, ici camille rouvière, je ..."; not "je suis
// intéressée par".
func (s *entScanner) lowerNamesNearCues() {
	if !s.hereKnown {
		for k := range s.toks {
			s.hereCueAt(k, false)
		}
		return
	}
	// The Engine's scan found the words where they are: only their tokens
	// and the possessives before them are read.
	for _, at := range s.hereHits {
		a := int32(int(at) - s.base)
		if a < 0 || int(a) >= len(s.text) {
			continue
		}
		lo := s.tokenEndingAfter(a)
		if lo == len(s.toks) || s.toks[lo].s != a {
			continue
		}
		if lo > 0 {
			s.hereCueAt(lo-1, true)
		}
		s.hereCueAt(lo, false)
	}
}

// hereCueAt is lowerNamesNearCues at token k; kinOnly asks only
// whether a possessive stands there.
func (s *entScanner) hereCueAt(k int, kinOnly bool) {
	toks, text := s.toks, s.text
	var low [8]byte
	t := &toks[k]
	// The words' lengths and first letters rule out most tokens;
	// the words are compared as typed, in lower case, but a verb
	// that opens a sentence with its capital ("Bom dia. Sou a
	// beatriz sousa", "Ciao. Sono chiara benedetti"), which only the
	// verbs after which a name comes may do.
	if n := t.e - t.s; uint(n) > 7 || lowerCueLens[text[t.s]|0x20]>>n&1 == 0 || t.f&efNL != 0 {
		return
	}
	w := text[t.s:t.e]
	capital := t.f&efCap != 0
	if capital {
		w = bytesText(lowerASCII(low[:0], w))
		if k > 0 && !s.sentenceEnd(k-1) && !(w == "name" && t.f&efNL != 0) {
			// A title keeps its capital anywhere: "for Mrs. nkechi obi".
			if !kinOnly && (w == "mr" || w == "mrs" || w == "ms") {
				s.lowerNameAfterTitle(k)
			}
			return
		}
	}
	if herePossessiveSet[w] {
		s.lowerNameAfterKin(k)
		return
	}
	if kinOnly {
		return
	}
	switch w {
	case "mr", "mrs", "ms":
		s.lowerNameAfterTitle(k)
		return
	}
	labelled := false
	if w == "name" && s.is(k+1, "is") {
		// "My name is kayleigh brooks": the English cue, whose verb
		// the words after it follow as the other languages' do
		// (session 63).
		k++
		w = "is"
	} else if w == "name" {
		// A name's label: "Name: oliver grant", "name on card oliver
		// grant", "Name on the account: dan harrington" (session 77).
		if e := s.nameLabelEnd(k); e > k {
			k, labelled = e, true
		}
	}
	if k == 0 {
		return // the verbs and "here" follow a word
	}
	before, after := false, labelled
	switch w {
	case "is": // "name is", which the test above reads from "name"
		after = s.is(k-1, "name")
	case "here", "hier": // "hier ist katrin sommerfeld" is "ist"'s
		before = true
	case "ici", "aquí", "aqui":
		before, after = true, true
	case "soy", "sono", "sou", "fala", "llamo", "chiamo", "chamo":
		after = true
	case "suis":
		after = s.is(k-1, "je")
	case "bin":
		after = s.is(k-1, "ich")
	case "ben":
		after = s.is(k-1, "ik")
	case "ist":
		after = s.is(k-1, "da") || s.is(k-1, "hier")
	}
	if capital {
		before = false // "Here is the tracking number": a name comes after the verb only
	}
	if before {
		s.lowerNameBefore(k)
	}
	if after {
		// The words in lower case after the verb, up to six, on its
		// line: "fala o joão pedro carvalho".
		b := k + 1
		for b < len(toks) && b-k <= 6 && toks[b].kind == etWord && toks[b].f&(efCap|efAllCap|efDigit|efUsed|efNL) == 0 {
			b++
		}
		// The first word after the verb, past an article ("fala o
		// joão", "da ist der lukas"), a name the lists know: "je suis
		// intéressée par", "soy nuevo" name no one.
		m := k + 1
		for m+1 < b && m-k <= 2 && toks[m].e-toks[m].s <= 3 && (s.is(m, "o") || s.is(m, "a") || s.is(m, "der") || s.is(m, "die") || s.is(m, "la") || s.is(m, "el") || s.is(m, "é")) {
			m++ // "aqui é a maria"
		}
		// Two words at least, or one before a capitalised surname
		// ("soy björn Nowak"): one alone after a greeting's verb is
		// greetingAt's guess ("Oi, sou oliveira").
		two := b > m+1 || b == m+1 && b < len(toks) && toks[b].kind == etWord && toks[b].f&(efCap|efNL) == efCap
		// ... or a given name the lists know, no everyday word, alone
		// before the clause's end after "my name is": "Hi, my name is
		// jenny. I need the invoice" (session 78).
		if !two && b == m+1 && w == "is" && s.flags(m)&(gzFirst|gzAmbig|gzCommon|gzStop) == gzFirst && (b >= len(toks) || toks[b].kind == etPunct || toks[b].f&efNL != 0) {
			toks[m].f |= efCap
			return
		}
		if two && s.flags(m)&(gzFirst|gzLast) != 0 && !s.beWord(m) {
			s.lowerCaseText(m, b) // the verb and the article no part of it
			s.capPair(m, b)
		}
	}
}

// nameLabelEnd returns the last token of a name's label that the word
// "name" at token k opens, a colon or the noun of what the name is on
// ("Name:", "name on card", "name on the account:", "name on file"), or
// k when none follows.
func (s *entScanner) nameLabelEnd(k int) int {
	e := k + 1
	if s.punct(e, ':') {
		return e
	}
	if !s.is(e, "on") {
		return k
	}
	e++
	if s.is(e, "the") || s.is(e, "my") || s.is(e, "his") || s.is(e, "her") {
		e++
	}
	if e >= len(s.toks) || s.toks[e].kind != etWord {
		return k
	}
	switch string(s.fold(e)) {
	case "card", "account", "acc", "acct", "file", "booking", "reservation", "policy", "ticket", "passport", "order", "invoice", "lease", "contract":
	default:
		return k
	}
	if s.punct(e+1, ':') {
		e++
	}
	return e
}

// hereWords are the words of the keyword group gHere, whose presence
// in a text lets lowerNamesNearCues look, and where: "here" and its
// kin, the verbs that introduce the writer, and the titles and the
// nouns of kin, peers and housemates after which lowerNameAfterTitle and
// lowerNameAfterKin read a name. Not all of listKinNouns: some of its
// entries end in words that chats hold everywhere ("L'agent" ends in
// "agent"), whose keyword slots then cost every text a phrase's test.
// "name" (since session 63, for "My name is kayleigh brooks"), which
// stands in a sixth of the chat corpus's texts, costs 49K instructions
// a pass over it; the phrase "name is" cost 114K, its "is" tested
// everywhere.
var hereWords = append(append(append(hereVerbs[:len(hereVerbs):len(hereVerbs)], hereTitles...), "name", "colleague", "kollege", "kollegin", "mitbewohner", "mitbewohnerin", "nachbar", "nachbarin", "tochter", "sohn",
	"collega", "cognato", "cognata", "moglie", "marito", "figlio", "figlia", "colega", "vizinho", "vizinha", "filho", "filha", "marido", "esposa",
	"voisin", "voisine", "collègue", "fils", "fille", "hijo", "hija", "vecino", "vecina", "compañero", "compañera", "buurman", "buurvrouw", "dochter", "zoon", "vriend", "vriendin",
	"partner"), append(birthKinWords, peerWords...)...)

// hereVerbs are "here" and its kin and the verbs that introduce the
// writer, hereTitles the titles, and herePossessives the possessives
// before a kin's noun, that hereCueAt reads.
var (
	hereVerbs       = []string{"here", "hier", "ici", "aquí", "aqui", "soy", "sono", "sou", "fala", "llamo", "chiamo", "chamo", "suis", "bin", "ben", "ist"}
	hereTitles      = []string{"mr", "mrs", "ms"}
	herePossessives = []string{"my", "our", "his", "her", "their", "your", "mein", "meine", "meinem", "meinen", "meiner",
		"mio", "mia", "mon", "ma", "mes", "mi", "mijn", "onze", "meu", "minha", "notre", "nuestro", "nuestra"}
	herePossessiveSet = foldedSet(herePossessives)
)

// lowerCueLens holds, for each first byte of a word lowerNamesNearCues
// looks for, a bit for each length in bytes (up to 7) that such a word
// has: one load rules out most tokens.
var lowerCueLens = func() (m [256]uint8) {
	for _, l := range [][]string{hereVerbs, herePossessives, hereTitles, {"name"}} {
		for _, w := range l {
			m[w[0]] |= 1 << len(w)
		}
	}
	return m
}()

// lowerNameAfterKin reads a name typed in lower case in a capitalised
// text after a possessive at token k and a kin's, a role's or a peer's
// noun (kinNouns, birthKin, peerNouns), maybe after a comma: "My colleague ben whitlock will pick
// it up", "meine Kollegin petra wenzel hat angerufen", "la mia collega
// elisa marchetti", "my father, arthur hughes". The first word must be
// a given name the lists know that is no everyday word ("my wife will
// call", "my son mark broke it" stay).
func (s *entScanner) lowerNameAfterKin(k int) {
	kin := k + 1
	if kin >= len(s.toks) || s.toks[kin].kind != etWord || s.toks[kin].f&(efNL|efDigit) != 0 {
		return
	}
	if w := s.fold(kin); !kinNouns[string(w)] && !birthKin[string(w)] && !peerNouns[string(w)] {
		return
	}
	m := kin + 1
	if m < len(s.toks) && s.toks[m].kind == etPunct && s.toks[m].c == ',' {
		m++
	}
	if m >= len(s.toks) || s.flags(m)&(gzFirst|gzCommon|gzStop|gzAmbig|gzCue|gzMonthDay|gzPersonVerb) != gzFirst {
		return
	}
	s.lowerRunAfter(m, false)
}

// peerNouns are the English nouns of the people one lives or deals
// with that neither kinNouns nor birthKin hold, folded (peerWords as
// typed).
var (
	peerWords = strings.Fields("friend neighbour neighbor landlord landlady flatmate roommate housemate boss girlfriend boyfriend fiance fiancé fiancee fiancée cousin")
	peerNouns = foldedSet(peerWords)
)

// lowerNameAfterTitle reads a name typed in lower case in a capitalised
// text after a title in lower case at token k ("landlord (mr graham
// pettifer)", "mr. laurent kieffer"), maybe after a '.'.
func (s *entScanner) lowerNameAfterTitle(k int) {
	m := k + 1
	if m < len(s.toks) && s.toks[m].kind == etPunct && s.toks[m].c == '.' && s.glued(m) {
		m++
	}
	if m >= len(s.toks) {
		return
	}
	if fl := s.flags(m); fl&(gzFirst|gzLast) == 0 || fl&(gzStop|gzCue|gzMonthDay|gzPersonVerb) != 0 {
		return
	}
	s.lowerRunAfter(m, true)
}

// lowerRunAfter reads the words in lower case from token m on its line,
// up to six, as lowerCaseText reads a text in lower case, when they are
// two at least, or one before a capitalised surname, or one alone after
// a title (one): the words after a cue that lowerNamesNearCues found.
func (s *entScanner) lowerRunAfter(m int, one bool) {
	toks := s.toks
	if toks[m].kind != etWord || toks[m].f&(efCap|efAllCap|efDigit|efUsed|efNL) != 0 || toks[m].e-toks[m].s < 3 {
		return
	}
	b := m + 1
	for b < len(toks) && b-m < 6 && toks[b].kind == etWord && toks[b].f&(efCap|efAllCap|efDigit|efUsed|efNL) == 0 {
		b++
	}
	two := b > m+1 || b < len(toks) && toks[b].kind == etWord && toks[b].f&(efCap|efNL) == efCap
	if !two && !one || s.beWord(m) {
		return
	}
	// After a kin's noun a verb as often follows the given name as a
	// surname does ("o meu colega rui pediu para", "my colleague dorota
	// said the"): a second word the lists know as no surname nor particle
	// before more words in lower case is left out.
	if !one && b > m+2 && s.flags(m+1)&(gzLast|gzParticle) == 0 {
		toks[m].f |= efCap // a given name the lists know (lowerNameAfterKin)
		return
	}
	s.lowerCaseText(m, b)
	// After a title, two or three words that end the clause are the
	// name, a surname the lists lack too ("mr graham
	// pettifer)").
	if one && (b == len(toks) || toks[b].kind == etPunct || toks[b].f&efNL != 0) {
		for k := m + 1; k < b; k++ {
			if toks[k].e-toks[k].s < 3 {
				return // a particle or a preposition of two letters ("al", "de")
			}
		}
		s.capPair(m, b)
	}
}

// lowerNameBefore reads up to three words in lower case before "here"
// at token k that open their clause, for lowerNamesNearCues.
func (s *entScanner) lowerNameBefore(k int) {
	toks := s.toks
	a := k
	for a > 0 && k-a < 3 && toks[a-1].kind == etWord && toks[a-1].f&(efCap|efAllCap|efDigit|efUsed) == 0 && toks[a].f&efNL == 0 {
		a--
	}
	if a == k {
		return
	}
	// "its li wenjie here": "its" opens the clause, no name.
	if s.is(a, "its") || s.is(a, "it's") || s.is(a, "im") || s.is(a, "i'm") {
		a++
	}
	if a == k || !s.clauseOpensAt(a) || s.beWordIn(a, k) || s.verbClauseIn(a, k) {
		return
	}
	s.lowerCaseText(a, k+1)
	s.capPair(a, k)
}

// capPair capitalises the two or three words in lower case of [a, b)
// that lowerCaseText left, when they are a given name the lists know of
// three letters or more (an everyday word too: "tom", "rose") and a
// surname or a word they do not know, around a verb that introduces the
// writer: "tom smith here", "sou a beatriz sousa". None may hold a digit
// or be a stop word, a cue, a month or a verb after a name, and all
// stand on one line. (A given name they lack before a surname they know
// keeps the greeting's weaker score: "Hola, soy zorvik garcia".)
func (s *entScanner) capPair(a, b int) {
	if b-a < 2 || b-a > 3 {
		return
	}
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.kind != etWord || t.f&efDigit != 0 || t.f&efNL != 0 && k > a || t.e-t.s < 2 || s.flags(k)&(gzStop|gzCue|gzMonthDay|gzPersonVerb|gzPostCue) != 0 {
			return
		}
	}
	// (A given name of two letters is a preposition as often: "sono al
	// lavoro".)
	if s.flags(a)&gzFirst == 0 || s.toks[a].e-s.toks[a].s < 3 || s.toks[a].f&efCap != 0 && s.toks[b-1].f&efCap != 0 {
		return
	}
	for k := a; k < b; k++ {
		s.toks[k].f |= efCap
	}
}

// elidedAvoir reports whether token k is French "avoir" after an elided
// pronoun ("j'ai", "l'ai", "n'a", "m'avait"): a past participle or a
// noun follows it, no name.
func (s *entScanner) elidedAvoir(k int) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s < 3 || t.e-t.s > 10 {
		return false
	}
	w := s.text[t.s:t.e]
	r := elidedRest(w)
	if r < 0 {
		return false // most words: no apostrophe second
	}
	var low [12]byte
	b := append(lowerASCII(low[:0], w[:1]), '\'')
	switch string(lowerASCII(b, w[r:])) {
	case "j'ai", "l'ai", "n'ai", "m'a", "l'a", "t'a", "n'a", "t'as", "l'as", "n'as", "j'avais", "l'avais", "n'avais", "m'avait", "l'avait", "t'avais":
		return true
	}
	return false
}

// elidedRest returns where the word w goes on after an elided letter and
// its apostrophe, straight or typographic (apostropheWidth): "l'ai",
// "j’ai", "d'Aubigné"; -1 when w opens otherwise.
func elidedRest(w string) int {
	if len(w) < 3 || !isLetter(w[0]) {
		return -1
	}
	if w[1] == '\'' {
		return 2
	}
	if a := apostropheWidth(w, 1); a > 0 {
		return 1 + a
	}
	return -1
}

// verbClauseIn reports whether tokens a to k-1 hold a subject's pronoun
// of French, German or English, or a French word after an elided
// pronoun or article in lower case ("l'ai", "j'ai", "c'est"): a sentence
// before "ici" or "hier", not a name ("je l'ai noté ici par erreur", "ich
// warte hier"). Names keep their capital after the apostrophe
// ("d'Aubigné").
func (s *entScanner) verbClauseIn(a, k int) bool {
	for i := a; i < k; i++ {
		w := s.text[s.toks[i].s:s.toks[i].e]
		switch w {
		case "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ich", "du", "er", "wir", "ihr", "i", "we", "you", "he", "she", "they":
			return true
		}
		if r := elidedRest(w); r > 0 && r < len(w) && isLower(w[0]) && isLower(w[r]) {
			return true
		}
	}
	return false
}

// beWordIn reports whether a word of beWord is among tokens a to k-1.
func (s *entScanner) beWordIn(a, k int) bool {
	for i := a; i < k; i++ {
		if s.beWord(i) {
			return true
		}
	}
	return false
}

// clauseOpensAt reports whether token a opens a clause: it starts the
// text or its line, or follows a speaker's label's colon, a '.', '?',
// '!', ',' or '(', or "its", "it's", "im" or "i'm".
func (s *entScanner) clauseOpensAt(a int) bool {
	if a == 0 || s.toks[a].f&efNL != 0 {
		return true
	}
	p := &s.toks[a-1]
	if p.kind == etPunct {
		switch p.c {
		case '.', '?', '!', ',', '(', ':':
			return true
		}
		return false
	}
	return s.is(a-1, "its") || s.is(a-1, "it's") || s.is(a-1, "im") || s.is(a-1, "i'm")
}

// lowerPrefix returns the first word token in capitals, or with a
// capital, when the text opens with a word in lower case ("hey tharushi
// here, the Save button ..."), or 0, and the token the lower-case words
// start at: 0, or after a speaker's label ("Customer: hi im sunita reddy
// ..., 221 MG Road") or a greeting a phone capitalised ("Hi im sofia
// lindqvist ..."). Punctuation and numbers before the capital do not
// end the prefix; a line break does.
func (s *entScanner) lowerPrefix() (int, int) {
	toks := s.toks
	a := 0
	if len(toks) > 2 && toks[0].kind == etWord && toks[0].f&(efCap|efAllCap|efDigit) == efCap {
		if toks[1].c == ':' {
			a = 2
		} else if toks[0].e-toks[0].s <= 5 && s.text[toks[0].s]|0x20 == 'h' && (s.is(0, "hi") || s.is(0, "hey") || s.is(0, "hello") || s.is(0, "hiya")) {
			// A greeting a phone capitalised before "im", "its" or
			// "this": "Hi im sofia lindqvist and my phone was stolen".
			// ("my name is" has its own reading in a capitalised text.)
			a = 1
			if toks[1].c == ',' {
				a = 2
			}
			if !(s.is(a, "im") || s.is(a, "i'm") || s.is(a, "its") || s.is(a, "it's") || s.is(a, "this")) {
				a = 0
			}
		}
	}
	if len(toks) <= a || toks[a].kind != etWord || toks[a].f&(efCap|efAllCap|efNL) != 0 {
		return 0, 0
	}
	for k := a + 1; k < len(toks); k++ {
		if t := &toks[k]; t.f&efNL != 0 || t.kind == etWord && t.f&(efCap|efAllCap) != 0 {
			return a, k
		}
	}
	return a, len(toks)
}

// introIn reports whether tokens a to k-1 hold words that introduce a
// person: "im", "i'm", "its", "it's", "here", "this is", "i am", "name
// is", "speaking", the verbs and words of the other chat languages
// ("soy", "sono", "ik ben", "ich bin", "je suis", "c'est", "sou", "me
// llamo", "mi chiamo", "me chamo", "aqui é", "ici", "hier"), or a kin's
// or a partner's noun after "my" ("my dad björn åkesson").
func (s *entScanner) introIn(a, k int) bool {
	// An introduction opens the message: the first twelve tokens hold it.
	for i := a; i < min(k, a+12); i++ {
		t := &s.toks[i]
		if t.kind != etWord || t.e-t.s > 8 {
			continue
		}
		switch string(s.fold(i)) {
		case "im", "i'm", "its", "it's", "here", "soy", "sono", "sou", "suis", "llamo", "chiamo", "chamo", "aqui", "aquí", "ici", "speaking", "c'est":
			return true
		case "hier":
			if i > a { // "tobias wendl hier", "hallo hier ist ..."
				return true
			}
		case "is", "ist":
			if i > a && (s.is(i-1, "this") || s.is(i-1, "name") || s.is(i-1, "hier")) {
				return true // "hier ist tobias wendl"
			}
		case "am":
			if i > a && s.is(i-1, "i") {
				return true
			}
		case "ben", "bin":
			if i > a && (s.is(i-1, "ik") || s.is(i-1, "ich")) {
				return true
			}
		case "my", "mi", "mein", "meine", "ma", "mon", "mijn", "minha", "meu", "mia", "mio":
			if i+1 < k && s.flags(i+1)&gzCue != 0 {
				return true
			}
		}
	}
	return false
}

// wordBefore reports whether a word other than one of a time stamp (in
// capitals, or of two letters after a number: "PM", "am") stands among
// tokens a to k-1.
func (s *entScanner) wordBefore(a, k int) bool {
	for p := a; p < k; p++ {
		if t := &s.toks[p]; t.kind == etWord && t.f&efAllCap == 0 && (t.e-t.s > 2 || p == a || s.toks[p-1].kind != etNum) {
			return true
		}
	}
	return false
}

// lowerCaseText treats a text written in lower case ("follow up with
// anna berg") as if it were capitalised where the gazetteer knows a word
// as a name, a place or a nationality, or two words it does not know
// follow a person cue or precede "here", and a surname-like word after a
// given name: tokens a to b-1 of it. Recognize calls it for a text
// without a capital letter, or whose only capitals are in pasted codes
// or labels (see onlyCodesCapitalised), and lowerCaseLines for such a
// line that a label opens.
func (s *entScanner) lowerCaseText(a, b int) {
	n := b
	const known = gzFirst | gzLast | gzNRP | gzPlace | gzCountry | gzHonor
	const never = gzCommon | gzStop | gzAmbig | gzCue | gzParticle | gzMonthDay | gzUnit | gzPostCue | gzPersonVerb | gzJobHead | gzOrgAfter
	for k := a; k < n; k++ {
		t := &s.toks[k]
		if t.kind != etWord || t.f&efDigit != 0 || t.e-t.s < 2 {
			continue
		}
		if k > 0 && s.elidedAvoir(k-1) {
			continue // a past participle: "j'ai vu", "je l'ai noté"
		}
		fl := s.flags(k)
		// A word that no list of names or places knows and the lists know
		// as a common word, a stop word or a month's, or that they do not
		// know at all and has two letters ("ok", "im"), is ruled out by
		// each test below in turn, each on its own flags (the cues' tests
		// want three letters, or a name's flag, or no flag at all): most
		// words of a text in lower case are such words, passed over here
		// at once.
		if fl&(known|gzAmbig) == 0 && (fl&(gzCommon|gzStop|gzMonthDay) != 0 || t.e-t.s < 3) {
			continue
		}
		// Typed in lower case, a name that is an everyday word needs more
		// ("la mia carta", "data de nascimento"); lowered from capitals
		// it does not: German writes its nouns capitalised, and "Viele
		// Grüße, Ihr Fischer" signs.
		if !s.recased && fl&(gzFirst|gzLast) != 0 && s.everydayName(k) && !s.lowerWordNamed(k) {
			continue
		}
		// A word only the lists of session 21 know counts as one they do
		// not know unless a cue or a name beside it names it.
		if fl&(gzFirst|gzLast|gzPlace) != 0 && s.g.weak[string(s.fold(k))] && !s.weakWordNamed(k, fl) {
			fl = 0
		}
		// Two words the gazetteer does not know (or a known surname
		// second) after a person cue are a name: "my name is teodor
		// bianco", "soy dagny vogel". One alone is as often a word it
		// lacks ("i'm glad", "i'm unemployed").
		cued := false
		if fl == 0 && t.e-t.s >= 3 {
			if e := s.unknownPair(k, never); e > 0 {
				// A speaker's label ("customer: return label code")
				// starts a message, not a name.
				if c, set := s.cuesBefore(k); c == cuePerson && set&(1<<cueSpeaker) == 0 && !s.greetingBefore(k) && !s.beShape(k) && !s.bareNameLabelBefore(k) || s.postPersonCue(e) && !s.verbClauseIn(max(k-1, a), e) {
					// ... or before one: "paulo ngata here", not "je l'ai
					// noté ici"; a participle's shape after the cue says
					// what the writer did: "mi sono fermata al km 112"
					// (session 56).
					cued = true
				} else if k > 0 && (t.f&efNL != 0 && s.signOffAbove(k) || (s.toks[k-1].c == '-' || s.toks[k-1].c == '~') && s.dashSignAt(k, e)) {
					cued = true // a signature: "best,\nteodor bianco", "-- teodor bianco"
				}
			}
		}
		// A given name and a surname that are everyday words too, right
		// after a cue that names a person: "my name is sue baker",
		// "name: rose lane", "je m'appelle olive berger".
		if !cued && (fl&(gzFirst|gzAmbig) != 0 || fl&^gzPhrase == 0) && s.cuedWordPair(k, n) {
			t.f |= efCap
			s.toks[k+1].f |= efCap
			if e := k + 2; e < n && s.cuedSecondSurname(k, e) {
				s.toks[e].f |= efCap
				k++
			}
			k++
			continue
		}
		// One word after a cue that asks for exactly one: a surname's
		// label ("my surname is pemberton", "last name: okafor"), or a
		// given name or surname the lists know after "my name is" ("my
		// name is dean btw"; not "my name is incorrect").
		if !cued && fl&(gzStop|gzMonthDay) == 0 && t.e-t.s >= 3 {
			switch c := s.oneNameCue(k); {
			case c == 2 && fl&gzCommon == 0:
				t.f |= efCap
				continue
			case c == 1 && (fl&gzFirst != 0 || fl&gzLast != 0 && !s.vietnameseMiddle(k+1)):
				cued = true // a surname may follow: "my name is dean jones"
			}
		}
		// A given name that is also a word after a possessive and a
		// kin's noun: "so my daughter lily used my card". A surname the
		// lists know may follow ("my son mark broke it" names Mark
		// alone).
		if !cued && fl&gzAmbig != 0 && fl&(gzStop|gzMonthDay) == 0 && s.kinBefore(k) {
			t.f |= efCap
			if m := k + 1; m < n && s.toks[m].kind == etWord && s.toks[m].f&(efNL|efDigit) == 0 && s.flags(m)&(gzLast|gzCommon|gzStop) == gzLast {
				s.toks[m].f |= efCap
				k++
			}
			continue
		}
		// A surname that is also a word ("wells", "sharp") after a title:
		// "dr. wells".
		titled := !cued && wordSurname(fl, never) && s.honorBefore(k)
		// A word the lists lack after "dr", "mr" or "mrs": "was in with
		// dr kelleher last week". (Not after the titles that are words
		// in lower case too: "hon", "col", "ing".)
		if !cued && !titled && fl == 0 && t.e-t.s >= 4 && !s.abstractNoun(k) && !titledBrand(s.fold(k)) && s.plainTitleBefore(k) {
			t.f |= efCap
			continue
		}
		if !cued && !titled && (fl&known == 0 || fl&never != 0) {
			continue
		}
		if !cued && !titled && !s.recased && fl&(gzPlace|gzCountry|gzCompany|gzPhrase) == 0 && k > a && t.f&efNL == 0 && s.mayFold(k-1, 3) && s.is(k-1, "the") {
			// "the marina office": a noun after the article, no given
			// name, as typed in lower case (session 78); lowered from
			// capitals, "The Jensen Novel" names its author.
			continue
		}
		if fl&(gzFirst|gzLast) == 0 && !cued && s.punct(k+1, ':') && s.glued(k+1) {
			continue // a label, not a place: "gent: i pasted my key"
		}
		if s.saintBefore(k) || s.townHeadBefore(k) {
			continue // a place: "st. paul, mn 55101", "fort collins, co 80520"
		}
		if s.domainLabel(k) {
			continue // "email me at john dot com"
		}
		t.f |= efCap
		if fl&gzFirst == 0 && !cued && fl&gzLast != 0 && s.vietnameseMiddle(k+1) {
			// "nguyen van minh", "tran thi lan": a Vietnamese surname,
			// the middle name "Văn" or "Thị", the given name.
			s.toks[k+1].f |= efCap
			s.toks[k+2].f |= efCap
			k += 2
			continue
		}
		if fl&gzFirst == 0 && !cued {
			// "aksel kristensen": an unknown word before a surname on
			// its line is the given name; not before one in capitals,
			// which the writer set apart ("予約番号 の TANAKA", "ref zqv
			// TANAKA").
			// A given name that is a word too goes with it ("tom
			// kaczmarek"), but for a stop word, a month's or a common
			// word ("will", "may").
			if p := k - 1; fl&gzLast != 0 && p >= 0 && t.f&(efNL|efAllCap) == 0 && s.toks[p].kind == etWord && s.toks[p].f&(efDigit|efCap) == 0 && s.toks[p].e-s.toks[p].s >= 3 && (s.flags(p) == 0 || s.ambiguousGiven(p)) {
				s.toks[p].f |= efCap
			}
			continue
		}
		// The surname after a given name, maybe after an initial or a
		// particle.
		m, initial := s.surnameAfter(k)
		if m < 0 && initial >= 0 && t.f&efAllCap == 0 && fl&gzFirst != 0 {
			// The surname's initial alone, last on its line or before a
			// number: "from jen to jennifer k", "receipt says jessica t 88
			// hollow rd".
			s.toks[initial].f |= efCap
			continue
		}
		if m < 0 || t.f&efAllCap != 0 && s.toks[m].f&efCap == 0 {
			continue // "HARUKA です": a word in lower case is no surname of one in capitals
		}
		if initial >= 0 {
			s.toks[initial].f |= efCap
		}
		// A surname that is also a word ("white", "brown", "walker")
		// counts after a given name that is none.
		if s.toks[m].e-s.toks[m].s >= 3 && s.surnameAfterGiven(m, never) {
			s.toks[m].f |= efCap
			// A second surname that ends the clause after a cue that names
			// a person, though it is an everyday word too: "me llamo
			// lucía ferrer bravo, dni ...".
			if e := m + 1; m == k+1 && e < n && s.cuedSecondSurname(k, e) {
				s.toks[e].f |= efCap
			}
			if m == k+1 {
				k++
				// A second given name, then the surname: "juan carlos
				// de los ríos", "maria jose garcia".
				if s.flags(m)&gzFirst != 0 {
					// The surname is one the lists know, or comes after a
					// particle: "isaac heath speak" is a name and a verb.
					if m2, _ := s.surnameAfter(m); m2 > m && s.toks[m2].e-s.toks[m2].s >= 3 && s.toks[m2].f&efCap == 0 && s.surnameAfterGiven(m2, never) &&
						(m2 > m+1 || s.flags(m2)&gzLast != 0) {
						s.toks[m2].f |= efCap
						if m2 == m+1 {
							k++
						}
					}
				}
			}
		}
	}
}

// vietnameseMiddle reports whether token m is a Vietnamese middle name
// in lower case ("van", "văn", "thi", "thị") on the line of the surname
// before it, followed on the line by a word of letters that is no
// function word: the given name.
func (s *entScanner) vietnameseMiddle(m int) bool {
	if m+1 >= len(s.toks) || s.toks[m].kind != etWord || s.toks[m].f&(efNL|efCap) != 0 || s.toks[m].e-s.toks[m].s > 5 {
		return false // "thị" is five bytes
	}
	switch string(s.fold(m)) { // folded: "văn" is "van", "thị" "thi"
	case "van", "thi":
	default:
		return false
	}
	g := &s.toks[m+1]
	return g.kind == etWord && g.f&(efNL|efDigit) == 0 && g.e-g.s >= 2 && s.flags(m+1)&(gzStop|gzCommon|gzCue|gzPersonVerb) == 0
}

// cuedWordPair reports whether token k, a given name or a word the lists
// do not know, and the word after it on its line, before token n, a
// surname or another such word, follow a cue that names a person (not
// a speaker's label), in lower case: "my name is sue baker", "ich heiße
// ernst wagner".
func (s *entScanner) cuedWordPair(k, n int) bool {
	m := k + 1
	if m >= n || s.toks[m].kind != etWord || s.toks[m].f&(efNL|efDigit|efCap) != 0 || s.toks[m].e-s.toks[m].s < 3 || s.toks[k].e-s.toks[k].s < 3 {
		return false
	}
	// The word before, maybe across a colon, must end a cue: most words
	// in lower case follow none, and its flags are known already.
	p := k - 1
	if p >= 0 && s.cueSep(p, k) {
		p--
	}
	if p < 0 || s.toks[p].kind != etWord || s.flagsIn(p)&gzCue == 0 {
		return false
	}
	// The surname: one the lists know, maybe also a word ("baker",
	// "winter"), or a word they do not know at all ("berger"), which
	// must end the clause, as a verb they lack does not ("my daughter
	// emma uses this account"). One of the two must be a name of the
	// lists ("my name appears incorrectly").
	fm := s.flags(m)
	// A surname that is a heading's word too ("price", "page") counts
	// after a given name the lists know when it ends the clause: "name
	// darnell price".
	if fm&(gzStop|gzParticle|gzMonthDay|gzPersonVerb) != 0 && !(fm&(gzAmbig|gzParticle|gzMonthDay|gzPersonVerb) == gzAmbig && s.flags(k)&gzFirst != 0 && s.clauseEnd(m+1)) {
		return false
	}
	if fm&(gzLast|gzAmbig) == 0 {
		if fm&^gzPhrase != 0 || s.flags(k)&(gzFirst|gzAmbig) == 0 {
			return false
		}
		if e := m + 1; e < len(s.toks) && s.toks[e].f&efNL == 0 && s.toks[e].kind != etPunct && !s.is(e, "and") {
			return false
		}
	}
	c, set := s.cuesBefore(k)
	return c == cuePerson && set&(1<<cueSpeaker) == 0
}

// kinNameAt reports whether capitalised word token i, a run of one,
// follows a possessive and a kin's noun in lower case on its line ("my
// daughter April has exams", "our son Jordan"), and no number follows it
// ("my son June 5th" would be a date's).
func (s *entScanner) kinNameAt(i int) bool {
	return i >= 2 && s.toks[i].f&(efCap|efAllCap|efNL|efDigit) == efCap && s.kinBefore(i)
}

// oneNameCue returns 2 when a surname's label ends before word token k
// ("surname is", "last name:", "family name"), 1 when "my name is"
// does, else 0: the cues after which one word typed in lower case is
// the name (see lowerCaseText).
func (s *entScanner) oneNameCue(k int) int {
	p := k - 1
	if p < 1 || s.toks[k].f&efNL != 0 {
		return 0
	}
	// "his name's mark jones": the verb glued to the noun (the
	// tokenizer cuts the "'s" off, see efPoss).
	if tp := &s.toks[p]; tp.kind == etWord && tp.f&efPoss != 0 && s.is(p, "name") && (s.is(p-1, "my") || s.is(p-1, "his") || s.is(p-1, "her")) {
		return 1
	}
	// A colon or "is" stands between: most words have neither before.
	if tp := &s.toks[p]; !(tp.kind == etPunct && tp.c == ':' || tp.e-tp.s == 2 && s.is(p, "is")) {
		return 0
	}
	p--
	if p < 0 || s.toks[p].kind != etWord {
		return 0
	}
	if s.is(p, "surname") || s.is(p, "lastname") || s.is(p, "nachname") || s.is(p, "apellido") || s.is(p, "cognome") || s.is(p, "achternaam") {
		return 2
	}
	if s.is(p, "name") && p > 0 && (s.is(p-1, "last") || s.is(p-1, "family")) {
		return 2
	}
	if s.is(p, "name") && p > 0 && s.is(p+1, "is") && (s.is(p-1, "my") || s.is(p-1, "his") || s.is(p-1, "her")) {
		return 1
	}
	return 0
}

// kinBefore reports whether a possessive and a kin's noun in lower case
// stand before word token i on its line, and no number follows it:
// kinNameAt's test, and lowerCaseText's for a name typed in lower case
// ("so my daughter lily used my card").
func (s *entScanner) kinBefore(i int) bool {
	if i < 2 || s.toks[i].f&efNL != 0 || s.toks[i-1].f&(efCap|efNL|efPoss) != 0 || s.toks[i-1].kind != etWord {
		return false // "my wife's Mercedes" is her car
	}
	if i+1 < len(s.toks) && (s.toks[i+1].kind == etNum || s.toks[i+1].f&efDigit != 0 || s.toks[i+1].kind == etWord && s.toks[i+1].f&(efCap|efNL) == efCap) {
		return false
	}
	// "my husband is Nick", "my son is Will" (session 80): the kin's
	// noun and a verb of being before the name.
	k := i - 1
	if i >= 3 && (s.is(k, "is") || s.is(k, "was")) && s.toks[k-1].kind == etWord && s.toks[k-1].f&(efCap|efNL|efPoss) == 0 {
		k--
	}
	if k < 1 {
		return false
	}
	switch string(s.fold(k)) {
	case "daughter", "son", "wife", "husband", "mother", "father", "mom", "mum", "dad", "brother", "sister", "partner",
		"boyfriend", "girlfriend", "fiance", "fiancee", "grandson", "granddaughter", "grandmother", "grandfather",
		"niece", "nephew", "cousin", "aunt", "uncle", "kid", "child", "baby", "twin", "stepson", "stepdaughter",
		// The plurals before the first of several names ("our grandkids
		// Ruby (...) and Alfie (...)"; session 80).
		"kids", "children", "grandkids", "grandchildren", "twins", "sons", "daughters":
	default:
		return false
	}
	switch string(s.fold(k - 1)) {
	case "my", "our", "his", "her", "their", "your":
		return s.toks[k-1].f&efNL == 0
	}
	return false
}

// germanPossessive reports whether token k is a German possessive
// determiner ("mein", "meinem", "unsere", "Ihren"). The bare "ihr" and
// "sein" are left out (the pronoun "habt ihr", the verb, a letter's "Ihr
// Fischer"), and so are "euer"/"eur" ("EUR" is a currency).
func (s *entScanner) germanPossessive(k int) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s < 4 || t.e-t.s > 7 {
		return false
	}
	switch s.text[t.s] | 0x20 {
	case 'm', 'd', 's', 'i', 'u':
	default:
		return false
	}
	switch string(s.fold(k)) {
	case "mein", "meine", "meinem", "meinen", "meiner", "meines",
		"dein", "deine", "deinem", "deinen", "deiner", "deines",
		"seine", "seinem", "seinen", "seiner", "seines",
		"ihre", "ihrem", "ihren", "ihrer", "ihres",
		"unser", "unsere", "unserem", "unseren", "unserer", "unseres":
		return true
	}
	return false
}

// lowerWordNamed reports whether token k, a name that is also an
// everyday word in lower case (everydayName), names someone in a text in
// lower case: a person cue or a title comes before it ("mi chiamo mia",
// "soy luz", "miss ramos") or a cue after it ("sara here"), it and the
// next or the last word are a given name and a surname ("mia costa"),
// an initial and a surname follow it ("clara r. dickson"), a house
// number comes before it ("0645 reyes católicos"), an English word
// stands beside it ("email mia the invoice"), or another name stands
// within two tokens of it on its line ("rogers and torres"; not "mia
// costa e la mia data").
func (s *entScanner) lowerWordNamed(k int) bool {
	c, set := s.cuesBefore(k)
	fk := s.flags(k)
	if s.cuedOrPaired(k, fk, c, set) {
		return true
	}
	// After an Italian article "mia" is "my", whatever names stand near:
	// "la mia email francesca.deluca@...", "della mia carta".
	if s.articleBeforeMia(k) {
		return false
	}
	// After a house number, it names a street ("0645 reyes católicos
	// 17"); a count before it is shorter ("há 3 dias", "op 12 mei").
	if p := k - 1; p >= 0 && s.toks[p].kind == etNum && s.toks[p].e-s.toks[p].s >= 3 && s.toks[k].f&efNL == 0 {
		return true
	}
	// In English prose the word is a name: after a common English word
	// ("please email mia the invoice", "reply to marina"), or before a
	// verb that follows names ("luna is my daughter"). Not before an
	// English word alone: Italian nouns after "mia" are English words too
	// ("la mia email", "la mia data di nascita").
	if p := k - 1; p >= 0 && s.toks[k].f&efNL == 0 && s.toks[p].kind == etWord && (s.flags(p)&gzCommon != 0 && !romancePronoun(s.fold(p)) || s.contactVerb(p)) {
		return true
	}
	if q := k + 1; q < len(s.toks) && s.toks[q].f&efNL == 0 && s.toks[q].kind == etWord && s.flags(q)&gzPersonVerb != 0 {
		return true
	}
	// Or another name stands near it on its line.
	for p := k - 1; p >= max(k-2, 0) && s.toks[p+1].f&efNL == 0; p-- {
		if s.otherName(p) {
			return true
		}
	}
	for p := k + 1; p <= k+2 && p < len(s.toks) && s.toks[p].f&efNL == 0; p++ {
		if s.otherName(p) {
			return true
		}
	}
	return false
}

// romancePronoun reports the English words, folded, that are Spanish,
// Italian or Portuguese pronouns, articles or "no" too: "no me deja
// entrar", "a luz fica vermelha" are no English prose around a name.
func romancePronoun(w []byte) bool {
	switch string(w) {
	case "me", "te", "se", "no", "a", "o":
		return true
	}
	return false
}

// weakWordNamed reports whether token k, in lower case, which only the
// lists of session 21 know as a name or a place (gazetteer.weak), names
// one: a person's cue or a title before it, a cue after it ("dirk
// here"), a verb that follows names after it ("liv called"), a given
// name and a surname together ("jutta schmitz"), a given name, an
// initial and a surname, or a name of the older lists within two words
// ("silvana, adam"); or, for a place, a cue of a place or an address or
// a preposition of place before it ("moved from swansea", "uit ede").
// Alone, such words are as often words, brands or dishes ("a pink aline
// dress", "bij dirk", "parma ham").
func (s *entScanner) weakWordNamed(k int, fk uint32) bool {
	c, set := s.cuesBefore(k)
	if fk&gzPlace != 0 && fk&(gzFirst|gzLast) == 0 {
		return c == cuePlace || c == cuePlaceWeak || c == cueAddress || c == cueAddressWeak || k > 0 && s.toks[k].f&efNL == 0 && (locativeWord(s.fold(k-1)) || s.text[s.toks[k-1].s:s.toks[k-1].e] == "à")
	}
	if s.cuedOrPaired(k, fk, c, set) {
		return true
	}
	// Before a verb that follows names ("liv called again"). Not before
	// a word the lists lack: "isa allowance", "olaf plush".
	if q := k + 1; q < len(s.toks) && s.toks[q].kind == etWord && s.toks[q].f&efNL == 0 && s.flags(q)&gzPersonVerb != 0 {
		return true
	}
	// In a list of names the older lists know: "they had 6: silvana,
	// adam, christopher".
	for p := max(k-2, 0); p <= k+2 && p < len(s.toks); p++ {
		if p != k && s.toks[max(p, k)].f&efNL == 0 && s.otherName(p) && !s.g.weak[string(s.fold(p))] {
			return true
		}
	}
	return false
}

// cuedOrPaired reports whether the name at token k (flags fk, after the
// cues c and set) is named by a person's cue or a title before it or a
// cue after it ("mi chiamo mia", "sara here"), by a surname after a given
// name or a given name before a surname ("mia costa", "jutta schmitz"),
// or by an initial and a surname after a given name ("clara r.
// dickson"): the tests lowerWordNamed and weakWordNamed share.
func (s *entScanner) cuedOrPaired(k int, fk uint32, c cueKind, set uint16) bool {
	if c == cuePerson && set&(1<<cueSpeaker) == 0 || s.honorBefore(k) || s.postPersonCue(k+1) {
		return true
	}
	if q := k + 1; fk&gzFirst != 0 && q < len(s.toks) && s.toks[q].kind == etWord && s.toks[q].f&efNL == 0 && s.flags(q)&gzLast != 0 {
		return true
	}
	if p := k - 1; fk&gzLast != 0 && p >= 0 && s.toks[p].kind == etWord && s.toks[k].f&efNL == 0 && s.flags(p)&gzFirst != 0 {
		return true
	}
	if fk&gzFirst != 0 {
		if m, initial := s.surnameAfter(k); m >= 0 && initial >= 0 {
			return true
		}
	}
	return false
}

// addressAfterFrom reports whether token k is "from" before a network's
// address ("Ping from fe80::a621:...", "Connection from 10.0.0.4"), which
// a word the lists do not know opens a sentence before as a noun does; a
// house's number is no such address ("Zorvik from 10 Downing Street").
func (s *entScanner) addressAfterFrom(k int) bool {
	q := k + 1
	if !s.is(k, "from") || q+1 >= len(s.toks) || s.toks[q].f&efNL != 0 || !s.glued(q+1) {
		return false
	}
	t := &s.toks[q]
	return (t.kind == etNum || t.kind == etWord && t.f&efDigit != 0) && (s.punct(q+1, ':') || t.kind == etNum && s.punct(q+1, '.'))
}

// placeAfterFrom reports whether token k is "from" before a number or a
// place the lists know: "Moving from 40 rue ...", "Calling from Leeds";
// not "Golding from sales".
func (s *entScanner) placeAfterFrom(k int) bool {
	q := k + 1
	if !s.is(k, "from") || q >= len(s.toks) || s.toks[q].f&efNL != 0 {
		return false
	}
	return s.toks[q].kind == etNum || s.toks[q].kind == etWord && s.knownPlaceAt(q) > q
}

// locativeWord reports whether the folded word w is a preposition of
// place in one of the chat languages ("vive en elche", "uit ede", "moro
// em cascais"). The French and Italian "à" and "a" are left out: they
// fold to the English article (weakWordNamed reads "à" as written).
func locativeWord(w []byte) bool {
	switch string(w) {
	case "in", "at", "near", "en", "au", "em", "no", "na", "uit", "naar", "nach", "aus", "bei", "nahe", "pres", "cerca", "vicino", "perto":
		return true
	}
	return false
}

// contactVerb reports whether token p is an English verb of reaching
// someone ("call mia", "ping marina"), which the common words leave out.
func (s *entScanner) contactVerb(p int) bool {
	t := &s.toks[p]
	if t.e-t.s > 7 {
		return false
	}
	switch string(s.fold(p)) {
	case "call", "text", "ping", "tell", "ask", "message", "email", "meet", "contact", "phone", "thank", "thanks", "cc":
		return true
	}
	return false
}

// otherName reports whether token p is a name of three letters or more
// that is no everyday word (see lowerWordNamed).
func (s *entScanner) otherName(p int) bool {
	const other = gzStop | gzCommon | gzAmbig | gzParticle | gzMonthDay
	t := &s.toks[p]
	if t.kind != etWord || t.e-t.s < 3 {
		return false
	}
	fl := s.flags(p)
	return fl&(gzFirst|gzLast) != 0 && fl&other == 0 && !s.everydayName(p)
}

// articleBeforeMia reports whether word token k is the Italian "mia"
// or "mio" (my) after an article, a preposition joined with one, or
// "per", "con", "e" on its line: "la mia email", "della mia carta",
// "il mio numero", "e mia figlia".
func (s *entScanner) articleBeforeMia(k int) bool {
	if p := k - 1; p < 0 || s.toks[k].f&efNL != 0 || s.toks[p].kind != etWord || !s.mayFold(k, 3) || !(s.is(k, "mia") || s.is(k, "mio")) {
		return false
	}
	switch string(s.fold(k - 1)) {
	case "la", "il", "lo", "una", "un", "della", "alla", "nella", "dalla", "sulla", "del", "al", "nel", "dal", "sul", "per", "con", "e":
		return true
	}
	return false
}

// everydayName reports whether token k is one of the names that are
// everyday words in lower case (listLowerWords).
func (s *entScanner) everydayName(k int) bool {
	return s.g.lowerWords[string(s.fold(k))]
}

// findNames walks the capitalised runs of the text and classifies them.
func (s *entScanner) findNames() {
	toks := s.toks
	n := len(toks)
	for i := 0; i < n; {
		// Only a capitalised word starts a name, and only a number an age:
		// numbers never carry efCap, and neither does an all-caps word
		// without digits. Skip the others in a loop that calls nothing.
		// Words of two to five bytes may end a self-introduction ("I'm",
		// "is"), which makes the lower-case words after it a name.
		// (The loop below tests the end of the tokens, this one need not.)
		for {
			// Most tokens have none of the three flags: one test each.
			// (An unsigned test, which spares the bounds check of toks[i].)
			for uint(i) < uint(len(toks)) && toks[i].f&(efCap|efNum|efIntro) == 0 {
				i++
			}
			if uint(i) >= uint(n) { // (unsigned: no bounds check of toks[i])
				break
			}
			t := &toks[i]
			if t.f&efCap != 0 {
				break
			}
			// (A number is read here, where the loop stopped, rather
			// than after a break that would test its flags again.)
			if t.f&(efNum|efUsed) == efNum {
				// An age has up to three digits, and three only from 100.
				if digits := t.e - t.s; (digits < 3 || digits == 3 && s.text[t.s] == '1') && s.mayAge(i) {
					s.ageAt(i)
				}
			} else if t.f&efIntro != 0 && t.e-t.s-2 <= 3 && (introLast[s.text[t.e-1]] || t.f&efPoss != 0) {
				s.introAt(i)
			}
			i++
		}
		if uint(i) >= uint(n) { // (unsigned: no bounds check of toks[i])
			break
		}
		// A short word in lower case before a capital may be a particle
		// after a title in lower case: the name is read from the title,
		// capitalised ("mevrouw de Vries"; see titleBeforeParticles).
		if i >= 2 && toks[i-1].kind == etWord && toks[i-1].f&(efCap|efNL) == 0 && toks[i-1].e-toks[i-1].s <= 3 && toks[i].f&efNL == 0 {
			if k := s.titleBeforeParticles(i); k >= 0 {
				toks[k].f |= efCap
				i = k
				continue
			}
		}
		if toks[i].f&(efDigit|efUsed) != 0 || !s.nameLike(i) { // (nameLike's first test)
			if t := &s.toks[i]; t.f&(efAllCap|efDigit|efUsed) == efAllCap && t.e-t.s >= 3 {
				if s.capsLabelledOne(i) {
					s.emit(stPerson, i, i, 0.85) // "SURNAME: NAKASHIMA", "receipt under name FAROOQ"
					i++
					continue
				}
				i = s.capsPlaceAt(i)
				continue
			}
			i++
			continue
		}
		// Token i is name-like (tested above) and starts the run; the
		// loop reads the tokens after it, j > i (session 76: a first
		// turn of the loop for token i took every test below to reach
		// the name-like one).
		j := i + 1
		if toks[i].f&efPoss == 0 { // "Anna's Cautionary Tales": the name ends at 's
			for uint(j) < uint(n) { // (unsigned: no bounds check of toks[j])
				// The flags of token j rule out most calls here: an initial
				// and a name word are capitalised, a particle is a short
				// word in lower case.
				tf := toks[j].f
				if tf&efNL != 0 || s.columnGapBefore(j) && s.columnEnds(i, j) {
					break // a line, or a table's column, ends a name
				}
				// (An initial is one character, four bytes at most: most
				// words need no call of initialAt.)
				if tf&efCap != 0 && toks[j].e-toks[j].s <= utf8.UTFMax {
					if k := s.initialAt(j); k > 0 && (s.nameFollows(j+k) || j+k < n && toks[j+k].c == '(' && s.callNameAt(j+k)) {
						j += k
						continue
					}
				}
				// A unit word needs a number, a code or a sign after it (see
				// unitAt); a word with a digit may be a floor.
				// Of punctuation after the word only a '.' or a '#' may come
				// before the number or code.
				if toks[j].kind == etWord && (tf&efDigit != 0 || j+1 < n && unitNext(&toks[j+1])) && s.unitAt(j) > 0 {
					break // "Mrs. Barbara Yudina Apt. 675"
				}
				if tf&(efCap|efDigit|efUsed|efPunct) == efCap && s.nameLike(j) {
					j++
					if toks[j-1].f&efPoss != 0 {
						break // "Anna's Cautionary Tales": the name ends at 's
					}
					continue
				}
				if s.punct(j, '.') && s.glued(j) {
					if (s.flags(j-1)&gzHonor != 0 && !s.fullTitle(j-1) || j == i+1 && (s.initialAt(i) == 2 || s.givenAbbrev(i))) && s.nameFollows(j+1) {
						j++ // "Mr. Smith", "J. R. Smith", "Ma. Cristina Reyes"
						continue
					}
					if j+2 < n && s.glued(j+1) && s.italianTitleEnd(j+1) && s.nameFollows(j+2) {
						j += 2 // "Gentile Sig.ra Ferraguti"
						continue
					}
				}
				// A surname with its particle elided after a given name the
				// lists know: "Inès d'Aubigné", "Raphaël d’Almeida" (not
				// "Musée d'Orsay"). It ends the name.
				if tf&(efCap|efNL) == 0 && toks[j].kind == etWord && s.text[toks[j].s] == 'd' && s.elidedSurname(j) && s.flags(j-1)&gzFirst != 0 {
					toks[j].f |= efCap // read as the surname it is
					j++
					break
				}
				// A particle joins a name after it, one word or two on (see
				// particleAt): most short words after a run join nothing.
				if j+1 < n && tf&(efCap|efNL) == 0 && toks[j].kind == etWord && toks[j].e-toks[j].s <= 5 && (toks[j+1].f&efCap != 0 || j+2 < n && toks[j+2].f&efCap != 0) && s.particleAt(j) {
					j++
					continue
				}
				// Dutch "van 't", "in 't", "op 't" before a surname (see
				// dutchParticleAt).
				if j+1 < n && toks[j+1].kind == etPunct && toks[j].e-toks[j].s <= 3 && s.dutchParticleAt(i, j) {
					j += 3
					continue
				}
				// "G.J. (Gerrit) Hoekstra": the name called by after the
				// initials, then the surname (see callNameAt). (Here, where
				// the run would end, not above: a test of every token of the
				// run cost 0.1M instructions a pass.)
				if toks[j].c == '(' && s.callNameAfterInitial(j) {
					j += 3
					continue
				}
				break
			}
		}
		// "Name on card: INGRID DAHL": a name in capitals after a
		// person's cue whose surname the lists lack, which nameLike
		// leaves out of the run.
		if toks[i].f&efAllCap != 0 && j < n && (toks[j].f&(efAllCap|efDigit|efUsed|efNL) == efAllCap || toks[j].c == '.') && s.cueBefore(i) == cuePerson {
			// "Name on card: MR ZORVIK TAMBLEN": a title before it.
			a, least := i, 2
			if s.flagsIn(i)&gzHonor != 0 {
				a, least = i+1, 1
				if s.punct(a, '.') && s.glued(a) {
					a++
				}
			}
			if e := s.capsNameEnd(a, least); e > a && e > j {
				if a > i && s.englishTitle(i) {
					s.emit(stTitle, i, a-1, 0.8)
				}
				s.emit(stPerson, a, e-1, 0.85)
				i = e
				continue
			}
		}
		// A capitalised run may end a self-introduction ("Hi I'm",
		// "Name:") or open one ("Me llamo", "Ich heiße": see
		// namingVerbAt).
		if t := &toks[j-1]; t.f&efIntro != 0 && s.introWord(t) {
			s.introAt(j - 1)
		}
		// "Taxpayer Sophia Martin, SSN ...": a party's role before a
		// given name is no part of the name ("Employee Loyalty" stays
		// as it was).
		// (Both need a word after the first: most runs are one word.)
		if j-i >= 2 && (s.roleNounAt(i, j) || j-i >= 3 && s.gerundBeforeName(i, j)) { // (gerundBeforeName's first test: three words)
			i++
		}
		// (A word looked up already is known to be a job's noun or not.)
		if j-i >= 2 && s.mask&stTitle != 0 && (toks[j-1].f&efLooked == 0 || toks[j-1].g&gzJobHead != 0) && s.titleRun(i, j) {
			i = j
			continue
		}
		s.classifyRun(i, j)
		if s.casedText {
			s.lowerNameAfterRun(j) // "Kind regards, tomasz mcallister"
		}
		i = j
	}
	s.findJobTitles()
}

// unitNext reports whether token t, after a word without a digit, may
// start what unitAt needs after a unit word: a number, a code (a word in
// capitals, or of one letter), a '.' or a '#'.
func unitNext(t *entToken) bool {
	if t.kind == etPunct {
		return t.c == '.' || t.c == '#'
	}
	return t.f&(efDigit|efAllCap) != 0 || t.e-t.s == 1
}

// productNounAfter reports whether token k, after a given name, is a
// word in lower case on its line that no verb's, pronoun's or
// preposition's shape marks: the noun a product's name comes before
// ("duvet", "toolbox", "floor lamp"), not "the Anna who called" nor
// "the Anna I know" nor "the Anna in accounts".
func (s *entScanner) productNounAfter(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&(efCap|efAllCap|efDigit|efNL) != 0 || s.toks[k].e-s.toks[k].s < 3 {
		return false
	}
	fl := s.flags(k)
	return fl&(gzStop|gzPersonVerb|gzPostCue|gzParticle) == 0 && !s.inflected(k) && !s.verbPast(k) && !s.prepositionAt(k)
}

// tradeHeadAt reports whether a shop's or a trade's word (listTradeHeads)
// opens the run at token k that ends at token end, maybe after an
// article: "Pharmacie Mercier", "La Óptica Rubio", "Die Bäckerei Vogel".
func (s *entScanner) tradeHeadAt(k, end int) bool {
	if k+1 < end && articleWord(string(s.fold(k))) {
		k++
	}
	return s.flags(k)&(gzCompany|gzFirst|gzLast|gzPlace|gzCommon) == gzCompany && tradeHeads[string(s.fold(k))]
}

// languageUse reports whether the word at token a, which the lists hold
// as a nationality, names a language: after "in", a verb of speaking or
// their words in the chat languages ("in English", "speak English", "auf
// Englisch", "en anglais", "em inglês", "sorry for English"), or as the
// subject of a verb after a possessive ("my English is bad", "mein
// Englisch ist schlecht").
//
// The word must name a language as well (languageWord: "I voted for
// Labour" keeps its NRP), and end its clause or come before a verb or
// "please": "in Czech Republic", "my English colleague" and "our French
// and German offices" keep theirs.
func (s *entScanner) languageUse(a int) bool {
	p := a - 1
	if p < 0 || s.toks[p].kind != etWord || s.toks[a].f&efNL != 0 {
		return false
	}
	if v := a + 1; v < len(s.toks) && s.toks[v].kind == etWord && s.toks[v].f&efNL == 0 {
		switch w := s.fold(v); string(w) {
		case "isn't", "non", "não", "no", "not", "please", "pls", "plz", "bitte", "svp", "por", "per",
			"instead", "rather", "too", "also", "only", "or", "and", "as", "if", "because", "but", "thanks", "thx", "version", "translation", "subtitles":
			// "the invoice in English instead of German?", "in English
			// or German".
		default:
			if !beVerb(string(w)) {
				return false
			}
		}
	} else if v < len(s.toks) && s.toks[v].kind != etPunct && s.toks[v].f&efNL == 0 {
		return false
	}
	if !languageWord(s.fold(a)) {
		return false // "I voted for Labour", "for Muslim and Jewish holidays"
	}
	if s.is(p, "het") && p > 0 && s.toks[p-1].kind == etWord {
		p-- // "in het Engels"
	}
	switch string(s.fold(p)) {
	case "in", "speak", "speaks", "speaking", "spoke", "for", "auf", "en", "em", "op", "sprechen", "spreche", "parle", "parlez", "hablo", "habla", "parlo", "parla", "spreek", "falo", "fala",
		"my", "your", "our", "mein", "meine", "mon", "mi", "il", "mijn", "meu", "o":
		return true
	case "to", "into":
		// "switch the app language back to English", "translate it
		// into German".
		return wordInLineBefore(s.text, int(s.toks[p].s), languageSwitchWords, nil)
	case "of", "or", "and":
		// "in English instead of German", "in English or German": the
		// second of two languages.
		q := p - 1
		if q < 0 || s.toks[q].kind != etWord {
			return false
		}
		if w := s.fold(q); string(w) == "instead" || string(w) == "rather" {
			return true
		}
		return q > 0 && languageWord(s.fold(q)) && s.toks[q-1].kind == etWord && s.is(q-1, "in")
	}
	return false
}

// languageSwitchWords say that a language is chosen or translated to.
var languageSwitchWords = map[string]bool{
	"language": true, "languages": true, "translate": true, "translated": true, "translation": true, "switch": true, "switched": true,
	"sprache": true, "langue": true, "idioma": true, "lingua": true, "taal": true, "língua": true,
}

// languageWord reports whether the folded word w, which the lists hold
// as a nationality, is also the name of a language in one of the chat
// languages ("english", "englisch", "anglais", "inglés", "inglese",
// "engels", "inglês").
func languageWord(w []byte) bool {
	switch string(w) {
	case "english", "french", "german", "spanish", "italian", "dutch", "portuguese", "polish", "russian", "chinese", "japanese", "korean", "arabic", "turkish", "greek", "swedish", "danish", "norwegian", "finnish", "czech", "hungarian", "romanian", "ukrainian", "hindi", "catalan",
		"englisch", "französisch", "franzosisch", "deutsch", "spanisch", "italienisch", "niederländisch", "niederlandisch", "portugiesisch",
		"anglais", "français", "francais", "allemand", "espagnol", "italien", "néerlandais", "neerlandais", "portugais",
		"inglés", "ingles", "francés", "frances", "alemán", "aleman", "español", "espanol", "italiano", "holandés", "holandes", "portugués", "portugues",
		"inglese", "francese", "tedesco", "spagnolo", "olandese", "portoghese",
		"engels", "frans", "duits", "spaans", "italiaans", "nederlands", "portugees",
		"inglês", "francês", "alemão", "alemao", "espanhol", "holandês", "português":
		return true
	}
	return false
}

// maxRepeatNames bounds the people of a chunk whose words repeatNames
// looks for, so that its cost stays linear in the length of the text.
const maxRepeatNames = 16

// repeatNames reports the later or earlier mentions of a person found in
// the chunk by one of the words of the name alone ("Anna Berg's novel ...
// than early Berg", "my name is Jan Novák but everyone calls me Jan").
// recognize calls it only once a person is found (s.pers).
func (s *entScanner) repeatNames() {
	const never = gzStop | gzCommon | gzAmbig | gzHonor | gzParticle | gzCue | gzMonthDay | gzUnit | gzPostCue | gzPersonVerb | gzJobHead | gzOrgSuffix | gzStreetType | gzStreetPre | gzState
	// The folded words live end to end in s.rep, word i ending at
	// ends[i]; lens has bit n set when a word folds to n bytes, so that
	// most ASCII words are ruled out by their length without folding.
	// firsts has bit c&31 set when a word's first byte is c, which an
	// ASCII word compared as it is (equalLowerASCII) must match but for
	// its case: case changes no low five bits.
	var ends [2 * maxRepeatNames]int
	var lens uint64
	var firsts uint32
	nw := 0
	s.rep, s.repSet = s.rep[:0], true
	// A word inside a finding already is looked at only when a weak
	// person may be its finding (see weakPerson).
	skip := efPunct | efDigit | efAllCap | efUsed
	for _, p := range s.pers {
		if p.score < DefaultThreshold {
			skip &^= efUsed
			continue
		}
		for k := int(p.a); k <= int(p.b) && nw < len(ends); k++ {
			t := &s.toks[k]
			if t.kind != etWord || t.f&efDigit != 0 || t.e-t.s < 3 || s.flagsIn(k)&never != 0 {
				continue
			}
			w := s.fold(k)
			s.rep = append(s.rep, w...)
			ends[nw] = len(s.rep)
			lens |= 1 << min(len(w), 63)
			if len(w) > 0 {
				firsts |= 1 << (w[0] & 31)
			}
			nw++
		}
	}
	if nw == 0 {
		return
	}
	// want has bit n set when an ASCII word of n bytes may fold to one
	// of the words: it folds to as many bytes, or to one past maxKey
	// (bits 49 to 63), and has three bytes or more.
	want := lens &^ 7
	if lens&2 != 0 {
		want |= 1<<64 - 1<<(maxKey+1)
	}
	lastK, lastOut := -1, -1 // the last word said again alone, and its finding
	toks, text := s.toks, s.text
	for k := 0; k < len(toks); k++ {
		// Skip the tokens that are none of the words in a loop that
		// calls nothing, so that its state stays in registers: words
		// of three bytes or more, not in capitals, only (a number has
		// efDigit, punctuation efPunct), and of ASCII only those of a
		// length and a first letter that one of the words has.
		for ; uint(k) < uint(len(toks)); k++ { // (unsigned: no bounds check of toks[k])
			f := toks[k].f
			if f&skip != 0 {
				continue
			}
			n := uint32(toks[k].e - toks[k].s)
			if f&efASCII != 0 {
				if want&(1<<(min(n, 63)&63)) != 0 && (n > maxKey || firsts&(1<<(text[toks[k].s]&31)) != 0) {
					break
				}
				continue
			}
			if n >= 3 {
				break
			}
		}
		if k >= len(toks) {
			break
		}
		t := &toks[k]
		weak := -1
		if t.f&efUsed != 0 {
			if weak = s.weakPerson(k); weak < 0 {
				continue
			}
		}
		hit := false
		if n := int(t.e - t.s); t.f&efASCII != 0 && n <= maxKey {
			// An ASCII word is compared as it is: it folds by its
			// capitals alone.
			w := s.text[t.s:t.e]
			for i, from := 0, 0; i < nw && !hit; from, i = ends[i], i+1 {
				hit = ends[i]-from == n && equalLowerASCII(s.rep[from:ends[i]], w)
			}
		} else {
			w := s.fold(k)
			for i, from := 0, 0; i < nw; from, i = ends[i], i+1 {
				if string(s.rep[from:ends[i]]) == string(w) {
					hit = true
					break
				}
			}
		}
		switch {
		case !hit || s.flags(k)&never != 0:
		case s.casedText && t.f&efCap == 0 && weak < 0 && !s.addressedBefore(k):
			// "Soy Luz Blanco, la luz del router ...", "Sono Gioia
			// Ferri, che gioia": a writer who capitalises names writes
			// the word in lower case. Whom one thanks or greets is
			// the person though ("Agent Farida Haddad: ... Customer:
			// thanks farida 🙏").
		case weak >= 0:
			s.out[weak].Score = max(s.out[weak].Score, 0.6)
		case lastOut >= 0 && s.nextNameWord(lastK, k):
			// The words of a name said again are one finding: "Thanks
			// Oscar Wang! Honestly Oscar Wang, ...", where the second
			// run opens with a word of no name.
			s.out[lastOut].End = s.base + int(t.e)
			for m := lastK + 1; m <= k; m++ {
				s.toks[m].f |= efUsed
			}
			if n := len(s.pers); n > 0 && int(s.pers[n-1].b) == lastK {
				s.pers[n-1].b = int32(k)
			}
			lastK = k
		default:
			n := len(s.out)
			s.emit(stPerson, k, k, 0.6)
			lastK, lastOut = k, -1
			if len(s.out) > n {
				lastOut = n
			}
		}
	}
}

// addressedBefore reports whether a word that thanks or greets someone
// stands right before word token k on its line: "thanks", "thank you",
// "thx", "ty", "hi", "hey", "hello", "dear", "cheers".
func (s *entScanner) addressedBefore(k int) bool {
	p := k - 1
	if p < 0 || s.toks[k].f&efNL != 0 || s.toks[p].kind != etWord || s.toks[p].e-s.toks[p].s > 6 {
		return false
	}
	switch string(s.fold(p)) {
	case "thanks", "thx", "ty", "hi", "hey", "hello", "dear", "cheers":
		return true
	case "you":
		return p > 0 && s.toks[p].f&efNL == 0 && s.is(p-1, "thank")
	}
	return false
}

// nextNameWord reports whether token k is the next word of a name after
// the word at token a, on its line: right after it, or after an initial
// ("Jing H. Ferrari").
func (s *entScanner) nextNameWord(a, k int) bool {
	if s.toks[k].f&efNL != 0 || s.glued(k) {
		return false
	}
	return k == a+1 || k == a+3 && s.oneLetter(a+1) && s.toks[a+1].f&efCap != 0 && s.punct(a+2, '.') && s.glued(a+2)
}

// weakPerson returns the index in out of the finding of token k alone as
// a person with a score below DefaultThreshold, or -1.
func (s *entScanner) weakPerson(k int) int {
	for _, p := range s.pers {
		if int(p.a) == k && int(p.b) == k && p.score < DefaultThreshold && int(p.out) < len(s.out) && s.out[p.out].Type == TypePerson {
			return int(p.out)
		}
	}
	return -1
}

// capsPlaceAt reports a place written in capitals after a strong place
// cue ("flew to LISBOA", "I'm in ST. GALLEN") and returns the token to go
// on from.
func (s *entScanner) capsPlaceAt(i int) int {
	cue := s.cueBefore(i)
	if cue == cuePerson {
		// "Cardholder: ZORVIK TAMBLEN": a name the lists lack.
		if e := s.capsNameEnd(i, 2); e > i {
			s.emit(stPerson, i, e-1, 0.85)
			return e
		}
		return i + 1
	}
	if cue != cuePlace && cue != cuePlaceWeak {
		return i + 1
	}
	j := i + 1
	for j < len(s.toks) && j-i < 3 && s.toks[j].f&(efAllCap|efDigit|efUsed|efNL) == efAllCap {
		j++
	}
	// After a weak cue ("in", "of"), only a long word that the gazetteer
	// does not know otherwise and that ends the clause: "in PORVOO," but
	// not "in IT" or "at NASA headquarters".
	if cue == cuePlaceWeak {
		t := &s.toks[i]
		if j != i+1 || t.e-t.s < 5 || s.flags(i)&^(gzPlace|gzCountry) != 0 || !s.tailEndAt(j) || s.fileExtAfter(i) {
			return i + 1
		}
	}
	s.emit(stLocation, i, j-1, 0.6)
	return j
}

// capsNameEnd returns the end of a name written in capitals that
// starts at token i after a person's cue ("Name on card: INGRID DAHL",
// "Cardholder: ZORVIK TAMBLEN"), or i: least (one after a title, else
// two) to four words in capitals without digits, initials among them
// and one of three letters or more, on i's line, of which none is
// only a stop word, a firm's or a place's, that end the field: at the
// end of the line or the text, or before punctuation that no word is
// glued to ("INGRID DAHL, exp 12/27"; not "INGRID DAHL EXP 12/27").
func (s *entScanner) capsNameEnd(i, least int) int {
	j, long := i, false
	for j < len(s.toks) && j-i < 4 {
		t := &s.toks[j]
		if t.kind != etWord || t.f&(efDigit|efUsed) != 0 || j > i && t.f&efNL != 0 || t.f&efAllCap == 0 && (t.f&efCap == 0 || !s.oneLetter(j)) {
			break
		}
		if fl := s.flags(j); fl&(gzStop|gzCommon|gzCompany|gzOrgSuffix|gzPlace|gzCountry|gzMonthDay|gzUnit|gzMeasure) != 0 && fl&(gzFirst|gzLast) == 0 || fl&(gzFirst|gzLast) == 0 && (s.deskWordAt(j) || capsWordShape(s.fold(j))) {
			return i
		}
		long = long || t.e-t.s >= 3
		j++
	}
	if j-i < least || !long {
		return i
	}
	if j < len(s.toks) && s.toks[j].f&efNL == 0 {
		t := &s.toks[j]
		if t.kind != etPunct || j+1 < len(s.toks) && s.glued(j+1) && s.toks[j+1].kind == etWord {
			return i
		}
		switch t.c {
		case ',', '.', ';', '|', ')', '(', '!', '?', '-':
		default:
			return i
		}
	}
	return j
}

// capsWordShape reports whether the folded word w, written in capitals,
// is shaped as an English abstract noun ("FULFILMENT", "RELATIONS"),
// which names no person. Gerunds, participles and "-ness" are left out:
// a surname the lists lack may end as one does ("HARDING", "HOLNESS").
func capsWordShape(w []byte) bool {
	x := string(w)
	return stemLen(x, "tion") >= 3 || stemLen(x, "tions") >= 3 || stemLen(x, "ment") >= 3
}

// classifyRun splits the capitalised run [i, j) at stop words and
// classifies each part with the cue that precedes it.
func (s *entScanner) classifyRun(i, j int) {
	// Turkish "Ben" (I) capitalised before a given name and a surname
	// opens a self-introduction, no part of the name: "Ben Yusuf
	// Karataş, ... hesabıma iade yapın" (session 80). The lists hold
	// "ben" as the cue it is in lower case ("Merhaba, ben Derya").
	if j-i >= 3 && s.toks[i].e-s.toks[i].s == 3 && s.toks[i].f&efAllCap == 0 && s.is(i, "ben") && s.flags(i+1)&(gzFirst|gzLast|gzStop) == gzFirst && s.toks[i+1].f&efNL == 0 {
		i++
	}
	// A word alone that isStopAt stops ("The", "Please", "Customer:")
	// names nothing, and most runs of chat are one. The loop below still
	// sees a firm the gazetteer knows, which it reports after a cue for
	// one ("works for Microsoft"), and a word in capitals that starts a
	// known phrase, which may start a place ("IN DEN HAAG").
	if j == i+1 {
		fl := s.flagsIn(i)
		// A stop word whose other flags say nothing of a name, a place or
		// a firm, the commonest case, is ruled out without isStopAt's
		// tests. The flags are listed that allow it, so that a flag added
		// later keeps its word in the run until it is listed here.
		const silent = gzStop | gzCommon | gzCue | gzOrgAfter | gzPostCue | gzPersonVerb | gzPlain | gzGreetLead
		// "Hola, me llamo zorvik", "Buenas tardes, me llamo zorvik",
		// "Hi, I'm zorvik", "Boa tarde, zorvik aqui": a greeting, or the
		// first word of one, which may be a state's code or start a
		// phrase; greetingAt reads the second word's flags. The flags
		// rule out most stop words before their tokens are read.
		// "Agent katharina zimmermann:", "Client marie guérin, ...": a
		// role that names a person, before a name typed in lower case
		// (after a comma or a colon, see lowerNameAfterRun).
		if fl&gzCue != 0 && j+2 < len(s.toks) && s.toks[j].kind == etWord && s.toks[j].f&(efCap|efNL) == 0 {
			s.lowerNameAfterRole(j)
		}
		if fl&(gzFirst|gzAmbig) != 0 && fl&(gzStop|gzAmbig|gzCompany|gzPlace) != 0 && s.kinNameAt(i) {
			// "my daughter April", "my wife Mercedes": after a
			// possessive and a kin's noun, a given name that is also a
			// month, a word, a firm or a place is hers.
			s.emit(stPerson, i, i, 0.85)
			return
		}
		if fl&gzStop != 0 {
			if fl&(gzCue|gzGreetLead) != 0 && fl&^(silent|gzState|gzPhrase) == 0 && j+1 < len(s.toks) {
				if c := s.toks[j].c; c == ',' && fl&gzCue != 0 || c == 0 && s.toks[j+1].c == ',' && s.atStart(i) {
					s.greetingAt(i, j, fl)
				}
			}
			if fl&^silent == 0 {
				return
			}
			// So is one whose other flags isStopAt does not read of a
			// word alone ("Customer:", "Agent:", "The", "November"),
			// which most other runs of chat are.
			if s.stopAlone(i, fl) {
				return
			}
		}
		if fl&gzCompany == 0 && (s.toks[i].f&efAllCap == 0 || fl&gzPhrase == 0) && s.isStopAt(i, j) {
			return
		}
		// A surname alone after a German possessive is the noun it also
		// is: "meinem Mann" (husband), "unser Koch" (cook).
		if fl&(gzLast|gzFirst) == gzLast && i > 0 && s.toks[i].f&efNL == 0 && s.germanPossessive(i-1) {
			return
		}
	}
	// The same, the possessive capitalised at the start of a sentence
	// and so in the run: "Mein Mann hat angerufen".
	if j == i+2 && s.toks[i+1].f&efNL == 0 && s.flagsIn(i+1)&(gzLast|gzFirst) == gzLast && s.germanPossessive(i) {
		return
	}
	cue, set := s.cuesBefore(i)
	if cue == 0 && i > 0 {
		// A signature: under a sign-off whose words the cue lists leave
		// out ("Best,\nZorvik"), or after a dash or a tilde ("--
		// Zorvik").
		if s.toks[i].f&efNL != 0 {
			if s.signOffAbove(i) && s.signRunWords(i, j, s.toks[i-1].c == '-') {
				cue = cuePerson
			}
		} else if c := s.toks[i-1].c; (c == '-' || c == '~') && s.dashSignAt(i, j) || c == '/' && s.slashSignAt(i, j) {
			cue = cuePerson
		} else if c == '(' && s.speakerParenName(i, j) {
			cue = cuePerson // "Agent (Tom): Sure, ...": the agent's name in brackets after the speaker's label
		} else if c == ',' && j == i+1 && s.flagsIn(i)&(gzFirst|gzPlace|gzStop|gzMonthDay) == gzFirst|gzPlace && s.addressedLast(i) {
			// "Thanks for your patience, Brittany!": a given name that
			// is also a place, after a comma that ends a courtesy, is
			// the one addressed (addressedLast reads the others).
			cue = cuePerson
		} else if c == '!' && i >= 2 && s.toks[i-1].kind == etPunct && s.lineEndsAt(j) {
			// "all sorted now, thx! Maarja": a sign-off the cue lists
			// hold, its '!' and a name that ends the line.
			if k, _ := s.cuesAt(i-2, i, false, anyCue); k == cuePerson {
				cue = cuePerson
			}
		}
	}
	if cue == 0 && j == i+1 && s.endSignAt(i) {
		cue = cuePerson // "... my no. 013-884 2716, Norhayati", "... wanneer komt dat terug?? Koos"
	}
	if cue == cuePlaceWeak && i >= 2 && s.toks[i-1].e-s.toks[i-1].s == 4 && s.toks[i].f&efNL == 0 && s.is(i-1, "from") &&
		s.toks[i-2].kind == etWord && s.flags(i)&(gzPlace|gzCountry) == 0 && s.signOffWords(i-2, true, false) && (s.signatureEnd(i, j) || s.listAnd(j)) && s.fromWriter(i, j) {
		cue = cuePerson // "Hugs from Zorvik", "Greetings from Zorvik"; not "Hugs from Paris"
	}
	if (cue == cuePlaceWeak || cue == cuePersonWeak) && set&(1<<cuePlaceWeak) != 0 && s.fromPlaceTo(i) {
		cue = cuePlace // "moved from Houston to Dallas": "to" after a place "from" leads
	}
	if n := len(s.pers); n > 0 && int(s.pers[n-1].b) == i-2 && (cue == 0 || cue == cuePersonWeak) && s.pairedName(i) {
		cue = cuePerson // "ask for Zorvik or Mirela"
	}
	switch {
	case cue == 0 && i >= 2 && s.toks[i].f&efNL == 0 && s.punct(i-1, '.') && s.glued(i-1) && !s.glued(i-2) && s.toks[i-2].f&efCap == 0 && s.flags(i-2)&gzHonor != 0 && !s.fullTitle(i-2) && !s.lowerMonth(i-2):
		// "with ms. Marcela"; not after a title written in full, whose
		// period ends the sentence: "Perfeito, senhor. Confirmo o
		// cadastro" (session 72), nor after a month's name that is a
		// rank's abbreviation too, in lower case ("förfallodag 12 maj.
		// Kan jag ...": May, no major; session 74).
		cue = cuePerson
	case cue == 0 && i >= 3 && s.toks[i].f&efNL == 0 && s.glued(i-1) && s.punct(i-2, '.') && s.glued(i-2) && !s.glued(i-3) && s.italianTitleEnd(i-1):
		cue = cuePerson // "gentile sig.ra Ferraguti"
	case cue == 0 && i >= 1 && s.toks[i].f&efNL == 0 && s.toks[i-1].kind == etWord && s.toks[i-1].f&efCap == 0 && s.toks[i-1].e-s.toks[i-1].s >= 4 && s.flags(i-1)&gzHonor != 0:
		cue = cuePerson // "gracias, señora Ibáñez", "grazie signora Rossi"
	case cue == 0 && i >= 2 && s.toks[i].f&efNL == 0 && s.toks[i-1].kind == etWord && s.toks[i-1].f&(efCap|efNL) == 0 && s.lowerTitleAfterVerb(i-1):
		cue = cuePerson // "my referral from dr Fairbrother", "ask mr Okafor"
	case cue == cueOrg && i >= 2 && s.punct(i-1, ':') && s.toks[i-2].f&efCap != 0 && s.is(i-2, "from") &&
		(s.lineStart(i-2) || s.afterSpeaker(i-2) || i >= 3 && s.toks[i-2].f&efNL == 0 && (s.punct(i-3, ':') || s.sentenceEnd(i-3))):
		// A mail header: "From: Akosua Boateng", pasted after a label or
		// a sentence ("Customer: fwd: From: Ana Lopes <...>").
		cue = cuePerson
	case (cue == cuePerson || cue == cuePersonWeak) && s.toks[i].f&efNL != 0 && s.colonAfter(j-1):
		// "Agent: hello\nBrowser: chrome": a label that opens a line,
		// not the name a greeting at the end of the line before
		// announces.
		cue = 0
	case cue == cuePerson && (s.toks[i].f&efNL != 0 && j == i+1 && s.deskWordAt(i) || (s.toks[i].f&efNL != 0 || s.vocativeEnd(j)) && s.deskRun(i, j)):
		// "Cheers,\nReception", "Saludos,\nRecepción", "Thanks,
		// Logistics", "Best regards, Guest Relations": a department
		// signs under or after a sign-off, and names no one.
		cue = 0
	case cue == cuePerson && s.toks[i].f&efNL != 0 && !s.signatureEnd(i, j):
		// "Thanks\nCalling John Smith now": a sign-off or a greeting at
		// the end of a line announces a signature under it, not the
		// first words of a sentence, which would join the name. A weak
		// cue ("said\nErle") names no one by itself and stays.
		cue = 0
	case cue == cuePerson && set&(1<<cueSpeaker) != 0 && s.flags(i)&(gzAmbig|gzPlace) != 0 && j == i+1 && j < len(s.toks) && s.toks[j].kind == etWord && s.toks[j].f&(efCap|efNL) == 0 && !s.personVerb(j) && !s.postPersonCue(j) &&
		(s.flags(i)&gzAmbig != 0 || s.placeNoun(j)):
		// "Customer: Hope this helps", "Customer: Will this work?": a
		// given name that is also a word opens the message before a
		// word in lower case ("Customer: Grace called" names her). So
		// does one that is also a place, before the noun of a place it
		// qualifies ("Customer: Paris office never called"), which is
		// then a person or a place as it is without the label; before
		// any other word it is her name ("Customer: Sofia just called").
		cue = 0
	case cue == cuePerson && set&(1<<cueSpeaker) != 0 && j >= i+2 && s.toks[i+1].kind == etWord && s.toks[i+1].f&efNL == 0 && s.flags(i+1)&(gzFirst|gzLast) == 0 &&
		(s.flags(i)&(gzCommon|gzAmbig) != 0 && s.flags(i+1)&(gzStop|gzCommon) != 0 || streetNoun(s.fold(i+1))):
		// "Customer: Royal Mail says", "Customer: Bill Payment failed":
		// a name that is also a word opens the message before a
		// capitalised word that is no name: the two name a thing. So
		// does any name before a street's or a place's noun ("Customer:
		// Victoria Street store", "Customer: Victoria Station").
		cue = 0
	case cue == cuePerson && set&(1<<cueSpeaker) != 0 && s.flags(i)&(gzFirst|gzLast) == 0:
		// "Kunde: Lieferung kam nicht", "Cliente: Quería saber": the
		// message after a speaker's label starts a sentence, and German
		// writes every noun with a capital. A name the gazetteer knows
		// keeps the cue ("Customer: Thompson").
		cue = 0
	}
	// "flew to New Westminster": a place whose first word is a common
	// prefix of place names.
	if cue == cuePlace && j-i >= 2 && j-i <= 3 && placePrefix(s.fold(i)) {
		ok := true
		for k := i + 1; k < j; k++ {
			ok = ok && s.toks[k].kind == etWord && s.flags(k)&(gzStop|gzHonor|gzMonthDay) == 0
		}
		if ok {
			s.emit(stLocation, i, j-1, 0.7)
			return
		}
	}
	// "West Brook", "East Grinstead": a compass word before a name names
	// a place, never a person ("Adam West" has the name first). Known
	// places ("South Africa") are left to placePhraseAt.
	if cue != cuePerson && j-i >= 2 && j-i <= 3 && compassWord(s.fold(i)) && s.placePhraseAt(i, j) == i && !s.postPersonCue(j) {
		ok := true
		for k := i + 1; k < j; k++ {
			ok = ok && s.toks[k].kind == etWord && s.flags(k)&(gzStop|gzHonor|gzMonthDay) == 0
		}
		if ok {
			if cue == cuePlace || cue == cuePlaceWeak {
				s.emit(stLocation, i, j-1, 0.6)
			}
			return
		}
	}
	// "held at Port Isabel", "interviews in Ciudad Juárez": a port's, a
	// fort's or a city's word before a given name or a surname opens a
	// town's name, never a person's, whatever cue or none stands before
	// it; a person's own cue keeps the name ("Mr Port"). Known places
	// ("Puerto Rico") and names of no person ("Port Authority") are
	// left to the rest of the classifier.
	if cue != cuePerson && j-i >= 2 && j-i <= 3 && townHeadWord(s.fold(i)) && s.placeEnd(i, i+1, j-1, gzPlace|gzCountry) < 0 {
		ok := true
		for k := i + 1; k < j; k++ {
			ok = ok && s.toks[k].kind == etWord && s.toks[k].f&efCap != 0 && s.flags(k)&(gzStop|gzHonor|gzMonthDay) == 0 && s.flags(k)&(gzFirst|gzLast) != 0
		}
		if ok {
			s.emit(stLocation, i, j-1, 0.6)
			return
		}
	}
	// "Standard And Poors": a capitalised "And" inside a title-case run
	// joins the words of one organisation's name.
	if j-i == 3 && s.text[s.toks[i+1].s:s.toks[i+1].e] == "And" && s.flags(i)&(gzStop|gzHonor) == 0 && s.flags(i+2)&(gzStop|gzHonor) == 0 {
		s.emit(stOrg, i, i+2, 0.6)
		return
	}
	honor := -1
	start := s.atStart(i)
	for k := i; k < j; {
		// (placePhraseAt's first test, the flags of a stop word that
		// starts a known phrase, which most words lack, spares its call.)
		if e := k; s.flagsIn(k)&(gzPhrase|gzStop) == gzPhrase|gzStop {
			if e = s.placePhraseAt(k, j); e > k {
				c := cuePlaceWeak
				if k == i {
					c = cue
				}
				s.classifySub(k, e, c, false)
				honor, start = -1, false
				k = e
				cue = s.cueBefore(k)
				continue
			}
		}
		// "Mr A Patel": after a title, "A" and "I" are initials before a
		// name, no article or pronoun; a surname the lists know that is
		// also a stop word is the surname there ("Mrs Price", see
		// stopSurnameAt).
		for k < j && !(honor >= 0 && k > honor && k <= honor+2 && s.toks[k].f&efCap != 0 && (k+1 < j && s.oneLetter(k) && s.nameLike(k+1) || s.stopSurnameAt(k))) && s.isStopAt(k, j) {
			// "I Was Born In South Africa": a known place that starts
			// with a stop word, after others in a capitalised run (its
			// next word is no stop or common word: "Africa", "York").
			// (isStopAt has looked the word up: g holds its flags.)
			if k > i && s.toks[k].g&gzPhrase != 0 && k+1 < j && s.flagsIn(k+1)&(gzStop|gzCommon) == 0 && s.placePhraseAt(k, j) > k {
				break
			}
			// "IN DEN HAAG": a place in capitals that starts with a
			// stop word.
			if s.toks[k].f&efAllCap != 0 {
				if e := s.placePhraseAt(k, min(len(s.toks), k+4)); e > j && s.toks[j].f&(efNL|efUsed) == 0 {
					s.emit(stLocation, k, e-1, 0.6)
					return
				}
			}
			if cue == cueOrg && s.flags(k)&gzCompany != 0 {
				s.emit(stOrg, k, k, 0.7) // "works for Microsoft"
			}
			honor = -1
			if s.flagsIn(k)&gzHonor != 0 {
				honor = k
			}
			k++
			if s.punct(k, '.') && s.glued(k) {
				k++
				if k < j && s.glued(k) && s.italianTitleEnd(k) {
					k++ // "Sig.ra"
				}
			}
			cue = s.cueBefore(k)
			start = false
		}
		if k == j && j+1 < len(s.toks) && s.toks[j].c == ',' {
			s.greetingAt(i, j, s.flagsIn(j-1)) // "Guten Tag, ich heiße zorvik"
			return
		}
		// "Ich bin Marco", "Anna und Thomas": a lower-case cue word or
		// conjunction left at the front is no part of a name.
		if k < j && s.toks[k].kind == etWord && s.toks[k].f&efCap == 0 && (s.flags(k)&gzCue != 0 || s.listAnd(k)) {
			k++
			cue = s.cueBefore(k)
			continue // the stop words after it
		}
		// "Me Llamo Zorvik", "Je M'appelle Zorvik": a verb of naming
		// typed with a capital, after its pronoun, is no part of the
		// name it announces.
		if k > 0 && k+1 < j && s.toks[k-1].kind == etWord && s.toks[k].f&efNL == 0 && s.namingVerbAt(k-1) == k+1 {
			k++
			cue = s.cueBefore(k)
			continue
		}
		// The loop above stopped at a word that is no stop word, if any.
		m := min(k+1, j)
		for m < j && !s.isStopAt(m, j) {
			m++
		}
		// "Alina do How": a particle before a stop word joins nothing.
		sub := m
		for sub > k+1 && s.toks[sub-1].f&efCap == 0 {
			sub--
		}
		if m > k {
			if honor >= 0 {
				cue = cuePerson
			}
			if s.classifySub(k, sub, cue, start) && honor >= 0 && s.englishTitle(honor) {
				e := honor
				if s.punct(honor+1, '.') && s.glued(honor+1) {
					e = honor + 1
				}
				s.emit(stTitle, honor, e, 0.8)
			}
		}
		honor, start = -1, false
		k = m
	}
}

// signatureEnd reports whether the capitalised run [i, j), which opens
// a line, ends as a name under a sign-off does ("Thanks,\nAnna Berg"):
// at the end of its line; before a role or a firm after a comma, a dash,
// a bar or a bracket ("Anna Berg, Support"); before a phone number
// ("Zorvik 555-0100"); or, unless it opens with a word of prose
// (proseOpener), before "at", "from", "in" or "via" and a firm or a
// team ("Zorvik at Acme"), or before a period that ends the line ("Rose
// Garden."). Other words after it make the run the start of a sentence
// ("Thanks\nCalling John Smith now", "Hi,\nQuick question").
func (s *entScanner) signatureEnd(i, j int) bool {
	if j >= len(s.toks) || s.toks[j].f&efNL != 0 {
		return true
	}
	t := &s.toks[j]
	switch {
	case t.f&efDigit != 0:
		return true
	case t.kind == etWord:
		return (s.is(j, "at") || s.is(j, "from") || s.is(j, "in") || s.is(j, "via") || s.kissesEnd(j)) && !s.proseOpener(i)
	case !s.endMark(j) || j == i+1:
		return true
	}
	// A period after more than one word.
	return (j+1 >= len(s.toks) || s.toks[j+1].f&efNL != 0) && !s.proseOpener(i)
}

// pairedName reports whether the capitalised word at token i follows
// "or", "and" or "&" (in the languages we serve) right after a person
// found with a cue or a known name ("ask for Zorvik or Mirela", "Anna
// und Zorvik"), the last of s.pers, which ends at token i-2: the second
// is a person too, unless the word is one of those that name things or
// places ("my wife Ana and I", "Anna or Support", "Anna and Paris").
func (s *entScanner) pairedName(i int) bool {
	c := i - 1
	if s.toks[i].f&efNL != 0 || s.toks[c].f&(efCap|efNL) != 0 || s.toks[c].e-s.toks[c].s > 5 { // "eller"
		return false
	}
	if !s.listAnd(c) {
		switch s.text[s.toks[c].s:s.toks[c].e] {
		case "or", "oder", "ou", "o", "eller", "lub", "tai":
		default:
			return false
		}
	}
	if s.pers[len(s.pers)-1].score < 0.6 || s.shortNumberAt(i+1) {
		return false // "return to Leon and Eyrarodda 66": a street
	}
	const things = gzStop | gzCommon | gzCompany | gzOrgSuffix | gzStreetType | gzUnit | gzJobHead | gzCue | gzMonthDay | gzAmbig | gzPlace | gzCountry | gzNRP
	fl := s.flagsIn(i)
	return (fl&things == 0 || fl&(gzFirst|gzLast) != 0 && fl&(gzStop|gzAmbig|gzPlace|gzCountry) == 0) && !s.deskWordAt(i)
}

// deskWordAt reports whether word token k, which no name list holds as
// a given name or a surname, names a department, a desk or a product
// rather than a person: "ask Anna or Reception", "Talk to Anna or
// Payroll", "Best,\nDispatch", "Contact Anna or Freshdesk" (deskWord,
// compoundStem).
func (s *entScanner) deskWordAt(k int) bool {
	return s.deskAt(k, false)
}

// deskAt is deskWordAt; with common, a product's compound counts only
// when its stem is a common word ("Chatbot", "Supportbot", "Sharepoint"),
// not a name that ends the same way ("Talbot"): a desk after a sign-off
// on the same line must be told from the writer's surname.
func (s *entScanner) deskAt(k int, common bool) bool {
	t := &s.toks[k]
	if t.kind != etWord || t.e-t.s < 2 || t.e-t.s > 17 || s.flagsIn(k)&(gzFirst|gzLast) != 0 { // "personalabteilung"
		return false
	}
	if deskWord(s.fold(k)) {
		return true
	}
	if t.f&efASCII == 0 {
		return false
	}
	w := s.text[t.s:t.e]
	stem := compoundStem(w)
	if stem < 0 || !common {
		return stem >= 0
	}
	var buf [maxKey]byte
	fl, _ := s.g.lookupFolded(foldKey(buf[:0], w[:stem]))
	return fl&(gzCommon|gzStop) != 0 && fl&(gzFirst|gzLast) == 0
}

// deskRun reports whether the run of tokens i to j names a department:
// a desk's word ("Logistics"), maybe after common words ("Guest
// Relations", "Customer Care").
func (s *entScanner) deskRun(i, j int) bool {
	if j-i > 3 || !s.deskAt(j-1, true) {
		return false
	}
	for k := i; k < j-1; k++ {
		if s.toks[k].kind != etWord || s.flags(k)&(gzCommon|gzStop) == 0 || s.flags(k)&(gzFirst|gzLast) != 0 {
			return false
		}
	}
	return true
}

// deskWord reports whether the folded word w names a department or a
// desk of a firm, in the languages we serve.
func deskWord(w []byte) bool {
	switch string(w) {
	case "support", "team", "service", "services", "helpdesk", "billing", "sales", "care", "desk", "crew", "office", "branch", "store",
		"reception", "frontdesk", "payroll", "dispatch", "accounts", "accounting", "finance", "hr", "it", "legal", "security", "procurement",
		"purchasing", "facilities", "admissions", "logistics", "relations", "fulfilment", "fulfillment", "claims", "collections", "payable", "receivable", "warehouse", "returns", "maintenance", "operations", "compliance", "marketing",
		"management", "admin", "administration", "housekeeping", "shipping", "delivery", "repairs", "concierge", "helpline", "hotline",
		"empfang", "buchhaltung", "personalabteilung", "versand", "lager", "kundenservice", "kundendienst", "zentrale",
		"accueil", "comptabilite", "expedition", "standard",
		"recepcion", "contabilidad", "almacen", "envios", "soporte", "nominas",
		"ricevimento", "contabilita", "magazzino", "spedizioni", "assistenza", "amministrazione",
		"rececao", "recepcao", "contabilidade", "armazem", "expedicao", "suporte",
		"receptie", "boekhouding", "magazijn", "verzending", "klantenservice":
		return true
	}
	return false
}

// compoundStem reports whether a capitalised word is shaped as the name
// of a software product or a service made of an English word and a noun
// of its kind ("Freshdesk", "Salesforce", "Dropbox", "Sharepoint"): it
// returns the length of the word before the noun ("Fresh"), or -1.
func compoundStem(w string) int {
	for _, suf := range [...]string{"desk", "force", "box", "soft", "ware", "hub", "point", "flow", "cloud", "drive", "chat", "mail", "pay", "base", "stack", "bot"} {
		if len(w) >= len(suf)+3 && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return len(w) - len(suf)
		}
	}
	return -1
}

// endSignAt reports whether the capitalised word at token i, alone after
// a comma or the end of a sentence on the line of a message's last words,
// ends the text as its writer's name does: "... my no. 013-884 2716,
// Norhayati", "wanneer komt dat terug?? Koos", "multumesc, Sanda". The
// word is one no list knows (a known name has readings of its own; a
// known word, place, firm or thanks is no signature), not in capitals
// ("..., HR") and not shaped as an English word or a department's
// ("Unacceptable", "Frustrated"), and at least three words or numbers
// of the message stand before it on its line.
func (s *entScanner) endSignAt(i int) bool {
	t := &s.toks[i]
	if i < 4 || t.kind != etWord || t.f&(efCap|efAllCap|efDigit|efNL|efUsed) != efCap || t.e-t.s < 3 {
		return false
	}
	p := &s.toks[i-1]
	if p.kind != etPunct || p.f&efNL != 0 || !s.glued(i-1) || s.glued(i) || p.c != ',' && !s.endMark(i-1) {
		return false
	}
	if s.flagsIn(i) != 0 || !s.textEndAt(i+1) {
		return false
	}
	w := s.text[t.s:t.e]
	if n := utf8.RuneCountInString(w); n > 10 || n > 8 && p.c != ',' {
		// Given names are short; a long word is a noun more often, above
		// all a German one ("... hängt an. Rechnungsbetrag").
		return false
	}
	if w[0] >= 0x80 && cyrNotSurname[w] {
		return false // "... не работает. Блин", "... передан курьеру. Готов"
	}
	for k := 1; k < len(w); k++ {
		if isUpperByte(w[k]) {
			return false // "Sun-Fri", "DS-Lite", "InPost", "MwSt": a code's or a firm's shape
		}
	}
	if b := &s.toks[i-2]; p.c == ',' && b.kind == etWord && b.f&efCap != 0 && s.flagsIn(i-2)&(gzStop|gzCue) == 0 && !signOffPhrase(s.fold(i-2)) {
		// After a capitalised word a last word is a place as often: a
		// town after a name or a street ("Jelena Vujović, Podgorica",
		// "#14 Soldier Road, Nassau"); after a word of thanks or a
		// sign-off it signs ("Köszi, Laci", "Lp, Vesna").
		return false
	}
	if p.c == ',' && (s.punct(i-3, ',') || s.punct(i-3, ':')) {
		return false // the last item of a list: "three plans: Basic, Pro, Zorvix"
	}
	if p.c == ',' && s.toks[i-2].kind == etNum && s.phoneDigitsBefore(i-2) < 7 {
		// A bare number before the comma is a house's, a box's or a
		// branch's more often than a phone's: "S.L.P 2043, Moshi",
		// "отделение 12, Днепр"; after a phone's digits a name signs
		// ("+381 63 8841 207, Snežana").
		return false
	}
	for k := i + 1; k < len(s.toks); k++ {
		if c := s.toks[k].c; c == '!' || c == '?' {
			return false // "Confirma?", "Scam?", "Enjoy!", "Hjälp!": a word said, not a name signed
		}
	}
	// Words of a message before it; no street's word among the last
	// eight tokens, where the word would end an address as its town
	// ("#14 Soldier Road East, Nassau").
	words := 0
	for k := i - 2; k >= 0 && (words < 3 || k >= i-9); k-- {
		if t := &s.toks[k]; t.kind == etWord || t.kind == etNum {
			words++
			if k >= i-9 && t.kind == etWord && s.flagsIn(k)&(gzStreetType|gzStreetPre|gzUnit) != 0 {
				return false
			}
		}
		if s.toks[k].f&efNL != 0 {
			break
		}
	}
	if words < 3 {
		return false
	}
	for _, suf := range [...]string{"able", "ible", "ous", "ful", "less", "ive"} {
		if stemLen(w, suf) >= 3 {
			return false
		}
	}
	return stemLen(w, "ed") < 4 && stemLen(w, "bar") < 5 && !s.abstractNoun(i) && s.signRunWords(i, i+1, true)
}

// phoneDigitsBefore counts the digits of the run of numbers that ends
// at number token k, read back over the marks a phone's groups are
// joined by (a space, '-', '+', brackets), on k's line: "+381 63 8841
// 207" has 12, "Nr. 22" 2 and a date "17.09.1991" 4 (its dots end the
// run). It reads back 12 tokens at most.
func (s *entScanner) phoneDigitsBefore(k int) int {
	n := 0
	for a := k; a >= 0 && k-a < 12; a-- {
		t := &s.toks[a]
		switch {
		case t.kind == etNum:
			n += int(t.e - t.s)
		case t.kind != etPunct || t.c != '-' && t.c != '+' && t.c != '(' && t.c != ')':
			return n
		}
		if t.f&efNL != 0 {
			return n
		}
	}
	return n
}

// signOffAbove reports whether the line before token i, which opens its
// line, holds only a sign-off that the cue lists leave out because its
// words are prose elsewhere ("Best,", "All the best!", "Take care,",
// "Love,", "Thanks a lot,", "LG"), or the "-- " that opens a mail's
// signature: the name under it signs the message as one under
// "Regards," does.
func (s *entScanner) signOffAbove(i int) bool {
	e := i - 1
	if t := &s.toks[e]; t.kind == etPunct {
		if t.c == '-' && e > 0 && s.toks[e-1].c == '-' && s.glued(e) && (e == 1 || s.toks[e-1].f&efNL != 0) {
			return true // the line of "-- " that opens a mail's signature
		}
		if t.c != ',' && t.c != '!' && t.c != '.' || t.f&efNL != 0 {
			return false
		}
		return e > 0 && s.signOffWords(e-1, false, false)
	}
	// Without its punctuation, a sign-off of words that are prose
	// elsewhere is a line of a list or of prose ("Cheapest\nBest\nFastest",
	// "Respectfully\nSubmitted").
	return e >= 0 && s.signOffWords(e, false, true)
}

// proseSignOff reports whether the folded sign-off w (signOffPhrase) is
// made of words that are prose elsewhere, and signs off only with its
// punctuation ("Best,", "Love!"), unlike "LG" or "Liebe Grüße".
func proseSignOff(w []byte) bool {
	switch string(w) {
	case "best", "all best", "love", "love you", "with love", "much love", "later", "peace", "yours", "sincerely yours", "hugs", "kisses",
		"warmly", "respectfully", "cordially", "faithfully", "ta":
		return true
	}
	return false
}

// signOffWords reports whether the words from the start of a line, or
// of a sentence on it, to token e make a sign-off (signOffPhrase), or
// with from (a sign-off before "from" and a name: "Hugs from Zorvik",
// "Greetings from Zorvik and Mirela") one of those the cue lists hold
// too (fromSignOff). With bare (no punctuation after them) a sign-off
// of prose words does not count (proseSignOff).
func (s *entScanner) signOffWords(e int, from, bare bool) bool {
	// The line's first word, at most three words before e.
	b := e
	for b > 0 && e-b < 3 && s.toks[b].kind == etWord && s.toks[b].f&efNL == 0 {
		b--
	}
	// A sign-off in capitals may also open a sentence on the line of the
	// message's last one: "... can you check? Best,\nZorvik".
	if b < e && s.endMark(b) && s.toks[b+1].f&(efCap|efNL) == efCap && s.toks[b+1].kind == etWord {
		b++
	} else if s.toks[b].kind != etWord || b > 0 && s.toks[b].f&efNL == 0 {
		return false
	}
	if int(s.toks[e].e-s.toks[b].s) > 24 {
		return false
	}
	for k := b + 1; k < e; k++ {
		if s.toks[k].kind != etWord {
			return false
		}
	}
	s.key = foldKey(s.key[:0], s.text[s.toks[b].s:s.toks[e].e])
	if bare && proseSignOff(s.key) {
		return false
	}
	return signOffPhrase(s.key) || from && fromSignOff(s.key)
}

// fromWriter reports whether the capitalised words from token i to
// token j-1, after a sign-off and "from", can name the writer rather
// than the place written from: none is a place, a country, the noun of
// a street or a town, or a common word that no name list holds and that
// is no kin's noun or title ("Sunny Spain", "Lovely Lisbon", "Tamblen
// Town"; not "Aunt Mirela"), and no known place of several words
// starts at i ("Rio de Janeiro"). After "greetings",
// which a postcard puts before a place far more often than before a
// name, one word alone must be a known given name, or sign at the end
// of a text under other lines ("Greetings from Sunnyvale" names a town;
// "Greetings from Ilvane Dorsk" and "Thanks again.\nGreetings from
// Zorvik" a writer).
func (s *entScanner) fromWriter(i, j int) bool {
	words := 0
	for k := i; k < j; k++ {
		if s.toks[k].kind != etWord {
			continue
		}
		words++
		fl := s.flagsIn(k)
		if fl&(gzPlace|gzCountry|gzStreetType) != 0 || fl&(gzCommon|gzFirst|gzLast|gzCue|gzHonor) == gzCommon || s.placeNoun(k) || townNoun(s.fold(k)) {
			return false
		}
	}
	if s.placeEnd(i, i+1, min(len(s.toks), i+4)-1, gzPlace|gzCountry) > 0 {
		return false
	}
	return words >= 2 || !s.is(i-2, "greetings") || s.flagsIn(i)&gzFirst != 0 || i > 2 && s.toks[i-2].f&efNL != 0 && s.textEndAt(j)
}

// textEndAt reports whether only marks that end a sentence and
// emoticons, if any, stand from token j to the end of the text.
func (s *entScanner) textEndAt(j int) bool {
	for j < len(s.toks) {
		if s.endMark(j) {
			j++
		} else if e := s.emoticonAt(j); e > j {
			j = e
		} else {
			return false
		}
	}
	return true
}

// emoticonAt returns the token after an emoticon or a run of emoji at
// token j (":)", ":-(", ";)", ":D", "<3", "🙂"), or j. textEndAt
// counts it as part of the end of the text, so a name under other lines
// signs before one as before the end ("Thanks.\nGreetings from Zorvik
// :)"); alone after "Greetings from" one unknown word stays a place
// whatever follows it (see fromWriter).
func (s *entScanner) emoticonAt(j int) int {
	n := len(s.toks)
	if j >= n || s.toks[j].kind != etPunct {
		return j
	}
	switch s.toks[j].c {
	case 0x80:
		return j + 1 // a run of symbols, as emoji are
	case '<':
		if j+1 < n && s.glued(j+1) && s.toks[j+1].kind == etNum && s.toks[j+1].e-s.toks[j+1].s == 1 && s.text[s.toks[j+1].s] == '3' {
			return j + 2
		}
		return j
	case ':', ';', '=':
	default:
		return j
	}
	k := j + 1
	if s.punct(k, '-') && s.glued(k) {
		k++ // the nose
	}
	e := k
	for ; e < n && s.glued(e); e++ {
		t := &s.toks[e]
		if t.kind == etPunct && (t.c == ')' || t.c == '(' || t.c == '/' || t.c == '|') ||
			e == k && t.kind == etWord && t.e-t.s == 1 && (s.text[t.s] == 'D' || s.text[t.s]|0x20 == 'p' || s.text[t.s]|0x20 == 'o') {
			continue
		}
		break
	}
	if e == k {
		return j
	}
	return e
}

// townNoun reports whether the folded word w is the noun of a town or
// a place of holidays that ends its name ("Tamblen Town", "Zorvik
// Beach").
func townNoun(w []byte) bool {
	switch string(w) {
	case "town", "city", "village", "beach", "island", "islands", "bay", "valley", "lake", "springs", "falls", "county", "harbour", "harbor", "resort", "camp", "hills", "mountains", "coast", "stadt", "dorf", "ville", "ciudad", "playa", "citta", "cidade", "praia", "isla":
		return true
	}
	return false
}

// fromSignOff reports whether the folded words w sign off before "from"
// and the name of the writer ("Greetings from Zorvik"), besides those of
// signOffPhrase.
func fromSignOff(w []byte) bool {
	switch string(w) {
	case "greetings", "regards", "cheers", "kind regards", "warm regards", "best regards", "best wishes", "hugs and kisses",
		"saludos", "un saludo", "abrazos", "besos", "grusse", "viele grusse", "gruss", "bisous", "bises", "saluti", "baci", "groetjes", "groeten", "beijos", "abracos":
		return true
	}
	return false
}

// signOffPhrase reports whether the folded words w, alone on a line,
// sign off a message before the name under them, in the languages we
// serve; those the cue lists hold ("regards", "cheers", "saludos") are
// found as cues.
func signOffPhrase(w []byte) bool {
	switch string(w) {
	case "best", "all the best", "all best", "best of luck", "take care", "love", "lots of love", "much love", "with love", "love you",
		"thanks a lot", "thanks a million", "many thanks", "with thanks", "ta", "talk soon", "speak soon", "later", "peace", "hugs", "kisses",
		"xoxo", "xx", "xxx", "warmly", "respectfully", "cordially", "yours", "sincerely yours", "faithfully", "all my best",
		"lg", "glg", "vg", "mfg", "bg", "hg", "liebe grusse", "liebe gruse", "herzliche grusse", "beste grusse", "tschuss", "ciao",
		"besitos", "cuidate", "saludos cordiales", "atte", "abrazo", "bacioni", "un bacio", "amities", "bisou", "cdlt", "abraco",
		"mvg", "groetjes", "doei", "mvh", "hilsen", "halsningar", "pozdrawiam", "pozdrowienia", "terveisin", "lp":
		return true
	}
	return false
}

// dashSignAt reports whether the capitalised run [i, j) signs a
// message after a dash or a tilde ("-- Zorvik", "— Zorvik Tamblen",
// "~Zorvik") that opens its line or follows the end of a sentence, and
// ends as a signature does (signatureEnd). A single hyphen opens the
// items of a list as often ("- Restart the router"): it signs only
// after the end of a sentence, before a run that ends the text, and
// not under another item.
func (s *entScanner) dashSignAt(i, j int) bool {
	p := i - 1
	if s.toks[p].c == '-' {
		switch {
		case p > 0 && s.toks[p-1].c == '-' && s.glued(p):
			p--
		case s.text[s.toks[p].s] == '-':
			// A hyphen opens the items of a list ("- Restart the
			// router"); after the end of a sentence, before the last
			// words of the text, it signs ("Thanks so much! - Zorvik").
			// A hyphen that opens the text's last line signs after a line
			// with no mark too, as chats end lines ("pls check\n- Tom",
			// session 57).
			if p == 0 || !s.endMark(p-1) && s.toks[p].f&efNL == 0 || j < len(s.toks) && !(j+1 == len(s.toks) && s.endMark(j)) || s.toks[p].f&efNL != 0 && s.hyphenItemBefore(p) {
				return false
			}
			// A hyphen that opens a line may open a list of one item
			// ("Here is my list.\n- Groceries"): one word signs there
			// only as a known given name or surname, or under a line of
			// thanks or apology ("Thanks!\n- Zorvik").
			if s.toks[p].f&efNL != 0 && j == i+1 && s.flagsIn(i)&(gzFirst|gzLast) == 0 && !s.courtesyLineBefore(p) {
				return false
			}
		}
	}
	if p > 0 && s.toks[p].f&efNL == 0 && !s.endMark(p-1) {
		return false
	}
	// "-- Original Message --": a heading between dashes.
	if s.punct(j, '-') || !s.signatureEnd(i, j) {
		return false
	}
	return s.signRunWords(i, j, true)
}

// slashSignAt reports whether the run [i, j), glued to a slash after
// the end of a sentence, signs the message with the Nordic slash: "...
// kontot SE33 1043 .... /Erik Lindqvist". The run ends the text, maybe
// before a last mark; a slash between words ("and/or", "km/h") has no
// space before it.
func (s *entScanner) slashSignAt(i, j int) bool {
	p := i - 1
	if p < 1 || !s.glued(i) || s.glued(p) || s.toks[p].f&efNL == 0 && !s.endMark(p-1) && !s.slashAfterNumber(p) && !s.spacedSlashSign(p) {
		return false
	}
	if j < len(s.toks) && !(j+1 == len(s.toks) && s.endMark(j)) {
		return false
	}
	// After a number, a path's or a unit's word as often ("see page 12
	// /Appendix"): the first word must be a name the lists know.
	if s.toks[p].f&efNL == 0 && !s.endMark(p-1) && s.flagsIn(i)&(gzFirst|gzLast) == 0 {
		return false
	}
	return s.signRunWords(i, j, true)
}

// spacedSlashSign reports whether the slash at token p, a space before
// it, glued to a given name the lists know and know as nothing else (no
// place: "/Paris"), signs the message after any
// word: the name's capitalised words, three at most, maybe with a full
// stop, end the text ("Kram /Sofia", "afsender var refund@skat.dk
// /Bente Vestergaard", session 79).
func (s *entScanner) spacedSlashSign(p int) bool {
	n := len(s.toks)
	if p < 1 || p+1 >= n || s.glued(p) || s.toks[p].f&efNL != 0 || !s.glued(p+1) || s.toks[p+1].kind != etWord || s.flagsIn(p+1)&(gzFirst|gzPlace|gzCountry|gzCommon|gzStop|gzCompany) != gzFirst {
		return false
	}
	words := 0
	for k := p + 1; k < n; k++ {
		switch t := &s.toks[k]; {
		case t.kind == etWord && t.f&(efCap|efNL) == efCap && words < 3:
			words++
		case k == n-1 && s.endMark(k):
		default:
			return false
		}
	}
	return true
}

// slashAfterNumber reports whether the slash at token p follows a number
// and a space on its line, where a Swedish chat signs with no full stop
// after the last figure it gives: "ordernr 88412 /Robin", "Swisha
// tillbaka till 073-077 21 54 /Lars Ek" (session 74). A number glued
// to the slash is a fraction's or a date's ("3/4", "12/05").
func (s *entScanner) slashAfterNumber(p int) bool {
	return p >= 1 && s.toks[p].f&(efNL|efSpace) == efSpace && s.toks[p-1].kind == etNum
}

// signRunWords reports whether the words of the run [i, j) can sign a
// message: none is a department's word (deskWordAt) or shaped like a
// participle, an adverb or an abstract noun ("Powered",
// "Confidentiality"; signWordShape), that no name list holds, nor, with
// common, a stop or common word. "- Zorvik Pro", "-- Release Notes",
// "--\nReply Above" are a product's, a heading's or a footer's words.
// Under a sign-off with its punctuation a common word may be a given
// name the lists lack ("Best,\nSky").
func (s *entScanner) signRunWords(i, j int, common bool) bool {
	for k := i; k < j; k++ {
		if s.toks[k].kind != etWord {
			continue
		}
		fl := s.flags(k)
		if fl&(gzFirst|gzLast) == 0 && (common && fl&(gzStop|gzCommon) != 0 || s.signWordShape(k) || s.deskWordAt(k)) {
			return false
		}
	}
	return true
}

// prepositionAt reports whether token k is a word of the prepositions
// that follow a footer's participle ("Powered by", "Sent from").
func (s *entScanner) prepositionAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&efNL != 0 || s.toks[k].e-s.toks[k].s > 4 {
		return false
	}
	switch string(s.fold(k)) {
	case "by", "from", "to", "with", "on", "via", "for":
		return true
	}
	return false
}

// signWordShape reports whether word token k is shaped like an English
// participle, gerund, adverb or abstract noun ("Submitted", "Powered",
// "Automatically", "Confidentiality"). Of the adverbs only the longer
// endings count: a name may end in "ly" ("Shelly").
func (s *entScanner) signWordShape(k int) bool {
	w := s.text[s.toks[k].s:s.toks[k].e]
	if gerundShape(w) || stemLen(w, "ity") >= 6 || stemLen(w, "ity") < 0 && s.abstractNoun(k) {
		return true
	}
	// Given names end in "-ed" ("Hamed", "Waheed") and "-ity" ("Trinity",
	// "Serenity"): a participle signs nothing when it is long or a
	// preposition follows it ("Powered By", "Forwarded").
	if stemLen(w, "ed") >= 3 && (len(w) >= 9 || s.prepositionAt(k+1)) {
		return true
	}
	for _, suf := range [...]string{"ally", "fully", "ously", "ively", "ately", "edly", "ingly"} {
		if stemLen(w, suf) >= 2 {
			return true
		}
	}
	return false
}

// courtesyLineBefore reports whether the line before token p, which
// opens its line, opens with a word of thanks or apology
// (courtesyWord): "Thanks!", "Sorry for the wait.".
func (s *entScanner) courtesyLineBefore(p int) bool {
	k := p - 1
	for k > 0 && s.toks[k].f&efNL == 0 {
		k--
	}
	return k >= 0 && s.toks[k].kind == etWord && s.toks[k].e-s.toks[k].s <= 14 && courtesyWord(s.fold(k))
}

// hyphenItemBefore reports whether the line before token p, which
// opens its line, opens with a hyphen too, as the items of a list do.
func (s *entScanner) hyphenItemBefore(p int) bool {
	k := p - 1
	for k > 0 && s.toks[k].f&efNL == 0 {
		k--
	}
	return s.toks[k].c == '-'
}

// kissesEnd reports whether word token j is a sign-off of kisses ("x",
// "xx", "xoxo"), in one to three words, that ends its line, maybe with
// marks after it: "Thanks\nZorvik xx" signs a message as "Zorvik." does.
func (s *entScanner) kissesEnd(j int) bool {
	for k := j; ; k++ {
		if k >= len(s.toks) || k > j && s.toks[k].f&efNL != 0 {
			return true
		}
		if k == j+4 {
			return false
		}
		t := &s.toks[k]
		if t.kind == etPunct {
			continue
		}
		// A capital "X" alone names a model ("Galaxy Tab X").
		w := s.text[t.s:t.e]
		if t.kind != etWord || len(w) > 6 || w[0]|0x20 != 'x' || w == "X" {
			return false
		}
		for i := 1; i < len(w); i++ {
			if c := w[i] | 0x20; c != 'x' && c != 'o' {
				return false
			}
		}
	}
}

// proseOpener reports whether word token i opens a sentence rather than
// a name: a stop or common word, a word of job titles ("Senior"), or a
// gerund ("Calling", "Using").
func (s *entScanner) proseOpener(i int) bool {
	t := &s.toks[i]
	return s.flagsIn(i)&(gzStop|gzCommon|gzJobMod|gzJobHead) != 0 || gerundShape(s.text[t.s:t.e])
}

// placePrefix reports whether the folded word w often starts a place
// name ("New", "Port", "Saint").
func placePrefix(w []byte) bool {
	switch string(w) {
	case "new", "north", "south", "east", "west", "upper", "lower", "port", "fort", "mount", "lake", "great", "little", "old":
		return true
	}
	return saintWord(w)
}

// townHeadWord reports whether the folded word w opens the names of
// towns and never a person's: a port ("Port", "Puerto", "Porto"), a fort
// or a city ("Ciudad"), as in "Port Isabel", "Fort Myers", "Ciudad
// Juárez", whose second word is often a given name or a surname.
func townHeadWord(w []byte) bool {
	switch string(w) {
	case "port", "puerto", "porto", "fort", "ciudad":
		return true
	}
	return false
}

// compassWord reports whether the folded word w is a point of the
// compass.
func compassWord(w []byte) bool {
	switch string(w) {
	case "north", "south", "east", "west":
		return true
	}
	return false
}

// givenAfterSurname returns the token of a given name written after the
// surname that ends at token end and a comma, as forms list people
// ("Name: Smith, John", "GARCIA, MARIA"), or end. The surname must be
// known as one and not as a given name, the given name as one, and no
// list may go on after it ("Smith, John and Mary" names three).
func (s *entScanner) givenAfterSurname(end int) int {
	g := end + 2
	if g >= len(s.toks) || !s.punct(end+1, ',') || !s.glued(end+1) || s.toks[g].f&efNL != 0 {
		return end
	}
	// A given name in capitals that the lists lack is one before a
	// middle initial (below: "PATEL, SAMEER K").
	initial := s.middleInitialEnd(g + 1)
	if t := &s.toks[g]; !s.nameLike(g) && !(t.kind == etWord && t.f&(efAllCap|efDigit|efUsed) == efAllCap && t.e-t.s >= 2 && initial > 0) {
		return end
	}
	// A courtesy title before the surname addresses its bearer, and the
	// comma ends the greeting: "Hallo Frau Becker, Lina ist heute
	// krank", "Hi Mrs Smith, Tom is ill" name two people.
	h := end - 1
	if h > 0 && s.punct(h, '.') {
		h-- // "Dear Mr. Jones, Amy forgot ..."
	}
	if h >= 0 && s.toks[h].kind == etWord && s.flags(h)&gzHonor != 0 {
		return end
	}
	// Before a mailbox any word but a given name alone will do
	// ("Pemberton, Rhys <pemberton.rhys@...>"), or a given name that the
	// mailbox's user spells too ("Brennan, Noor <noorbrennan42@...>";
	// not "Hi Tom, Anna <anna@...>"); elsewhere a surname the lists
	// know.
	mailbox := s.mailboxAfter(g+1) && s.flags(end)&(gzStop|gzCommon|gzPlace) == 0 && (s.flags(end)&(gzFirst|gzLast) != gzFirst || s.mailboxSpells(g+1, end))
	// A record's field that holds the pair alone ("Papp, Gábor |
	// 25/05/1965 | ...", "MacKenzie, Euan | Jul 29 1997"): any surname
	// that is no other word, or one that is a given name too.
	record := !mailbox && s.recordPair(end, g) && s.flags(end)&(gzStop|gzCommon|gzPlace|gzCountry|gzMonthDay) == 0 && s.flags(end)&(gzFirst|gzLast) != gzFirst
	// A capital alone after the given name, ending the clause, says the
	// pair is a record's, as bills and cards print one ("PATEL, SAMEER
	// K", "MORALES-TATE, DENISE R"): any two words that are no other
	// words will do.
	const notName = gzStop | gzCommon | gzPlace | gzCountry | gzMonthDay | gzUnit | gzStreetType
	initialled := !mailbox && !record && initial > 0 && s.flags(end)&notName == 0 && s.flags(g)&notName == 0 && s.flags(end)&(gzFirst|gzLast) != gzFirst
	if !initialled && (s.flags(end)&(gzLast|gzFirst) != gzLast && !mailbox && !record || s.flags(g)&gzFirst == 0) {
		return end
	}
	// "Best, Sarah", "Love, Anna": a sign-off that is a surname too, at
	// the start of a line or a sentence, before the writer's name that
	// ends its line (a mark or a kiss after it at most: "Best, Sarah x").
	// In a list of such names or before more data on the line it is the
	// surname ("Attendees:\nBest, Sarah\nNowak, Anna", "Best, Sarah (DOB
	// ...)").
	// A speaker's label may open the line ("Agent: Best, Anna"), and
	// the writer's pronouns follow the name ("Best, Anna (she/her)"), or
	// the place of work.
	if proseSignOff(s.fold(end)) && (s.lineStart(end) || end > 0 && s.sentenceEnd(end-1) || s.afterSpeaker(end)) {
		k := s.pronounsAfter(g + 1)
		for k < len(s.toks) && k <= g+3 && s.toks[k].f&efNL == 0 && (s.toks[k].kind == etPunct || s.kiss(k)) {
			k++
		}
		if (k >= len(s.toks) || s.toks[k].f&efNL != 0) && !s.surnameFirstAt(k) && !(s.lineStart(end) && s.surnameFirstAt(end-3)) {
			return end
		}
		// ... or before where the writer works, as a signature names it
		// (signatureEnd): "Best, Harriet from Support".
		if k == g+1 && k < len(s.toks) && s.toks[k].f&efNL == 0 && s.toks[k].kind == etWord && s.signatureEnd(g, k) {
			return end
		}
		// ... or before a spaced dash or bar and the firm's name, or the
		// firm's name in brackets: "Best, Hannah – Clifton Family
		// Dental", "Best, Aisha (Brightcart Support, ...)" (session 67;
		// a record's field in capitals is no firm: "Best, Sarah (DOB
		// ...)").
		if j := g + 1; j+1 < len(s.toks) && s.toks[j+1].f&(efCap|efNL) == efCap && s.toks[j+1].kind == etWord &&
			((s.punct(j, '-') || s.punct(j, '|')) && !s.glued(j) || s.punct(j, '(') && s.toks[j+1].f&efAllCap == 0 && s.flags(j+1)&(gzFirst|gzLast) == 0) {
			return end
		}
	}
	if initial > 0 {
		return initial // "name on card: PATEL, RAVI K" (session 57)
	}
	if g+1 < len(s.toks) && (s.nameLike(g+1) && s.toks[g+1].f&efNL == 0 || s.listAnd(g+1) || s.punct(g+1, ',') && g+2 < len(s.toks) && s.nameLike(g+2)) {
		return end
	}
	return g
}

// capsSurnameBefore returns the first token of a surname in capitals
// that a comma glued to it parts from given names in mixed case at token
// a, as passports, tickets and forms set the surname apart ("ASANTE,
// Kwame Owusu", "GUTIÉRREZ DE LA FUENTE, María José"); or a. The given
// name must be one the lists know, and the surname no other word.
func (s *entScanner) capsSurnameBefore(a int) int {
	if a < 2 || !s.punct(a-1, ',') || !s.glued(a-1) || s.toks[a].f&(efCap|efAllCap) != efCap || s.flags(a)&gzFirst == 0 || s.toks[a].f&efNL != 0 {
		return a
	}
	const notName = gzStop | gzCommon | gzPlace | gzCountry | gzMonthDay | gzUnit | gzStreetType | gzOrgSuffix | gzCompany
	k := a - 2
	// A short word in capitals is an acronym unless the lists know it
	// as a surname ("his PA, Hauwa", "from CI, Kenji"; "LIN, Mei-Ling").
	if t := &s.toks[k]; t.kind != etWord || t.f&(efAllCap|efDigit) != efAllCap || t.e-t.s < 2 || s.flags(k)&notName != 0 || t.e-t.s <= 3 && s.flags(k)&gzLast == 0 {
		return a
	}
	// The surname's other words in capitals on its line: "GUTIÉRREZ DE
	// LA FUENTE".
	for k > 0 && k > a-6 && s.toks[k].f&efNL == 0 {
		p := &s.toks[k-1]
		if p.kind != etWord || p.f&(efAllCap|efDigit) != efAllCap || s.flags(k-1)&(notName&^gzStop) != 0 || s.flags(k-1)&gzStop != 0 && s.flags(k-1)&gzParticle == 0 {
			break
		}
		k--
	}
	// A determiner or a possessive before it makes it a noun: "my MOH,
	// Jasmine Oduya", "the CEO, Anna".
	if k > 0 && s.toks[k-1].kind == etWord && s.toks[k].f&efNL == 0 {
		switch string(s.fold(k - 1)) {
		case "my", "his", "her", "our", "your", "their", "the", "a", "an", "from":
			return a
		}
	}
	return k
}

// middleInitialEnd returns token k when it is a capital alone on the
// given name's line, maybe with a period glued to it, that ends the
// name's clause ("PATEL, RAVI K", "Smith, John P."), or 0.
func (s *entScanner) middleInitialEnd(k int) int {
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&efNL != 0 || s.toks[k].e-s.toks[k].s != 1 || !isUpperByte(s.text[s.toks[k].s]) {
		return 0
	}
	e := k + 1
	if s.punct(e, '.') && s.glued(e) {
		e++
	}
	if e < len(s.toks) && s.toks[e].f&efNL == 0 && s.toks[e].kind != etPunct {
		return 0
	}
	return k
}

// recordPair reports whether the surname at token end and the given
// name at token g after its comma fill a field of a record alone: the
// field opens the line or follows a label's colon, a '|' or a ';', and
// a '|', a spaced dash or a ';' closes it, or the line's end after a
// colon or a ';' (a list's last item).
func (s *entScanner) recordPair(end, g int) bool {
	if !(s.lineStart(end) || end > 0 && (s.punct(end-1, ':') || s.punct(end-1, '|') || s.punct(end-1, ';'))) {
		return false
	}
	k := g + 1
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 {
		// A list's last item after a label or a ';' ends the line:
		// "Guest list: Blackwood, Charlotte; Mackenzie, Murdo".
		return end > 0 && (s.punct(end-1, ':') || s.punct(end-1, ';'))
	}
	return s.punct(k, '|') || s.punct(k, ';') || s.punct(k, '-') && !s.glued(k)
}

// mailboxAfter reports whether a mailbox's e-mail address in angle
// brackets starts at token k on its line, as mail headers write it after
// the name ("Barbieri, Serena <sbarbieri@example.com>").
func (s *entScanner) mailboxAfter(k int) bool {
	return s.mailboxUser(k) != ""
}

// mailboxUser returns the user part of the mailbox in angle brackets
// that starts at token k on its line ("sbarbieri" of
// "<sbarbieri@example.com>"), or "".
func (s *entScanner) mailboxUser(k int) string {
	if k >= len(s.toks) || !s.punct(k, '<') || s.toks[k].f&efNL != 0 {
		return ""
	}
	g := s.text[s.toks[k].e:min(len(s.text), int(s.toks[k].e)+80)]
	at, gt := strings.IndexByte(g, '@'), strings.IndexByte(g, '>')
	if at <= 0 || gt < at || strings.IndexByte(g[:gt], ' ') >= 0 {
		return ""
	}
	return g[:at]
}

// mailboxSpells reports whether the user part of the mailbox that opens
// at token k (see mailboxAfter) holds word token w, in any case.
func (s *entScanner) mailboxSpells(k, w int) bool {
	u := s.mailboxUser(k)
	t := &s.toks[w]
	if u == "" || t.f&efASCII == 0 {
		return false
	}
	var low, user [64]byte
	return bytes.Contains(lowerASCII(user[:0], u[:min(len(u), len(user))]), lowerASCII(low[:0], s.text[t.s:min(t.e, t.s+int32(len(low)))]))
}

// afterSpeaker reports whether token k opens a message after a speaker's
// label at the start of its line ("Agent: Best, Anna").
func (s *entScanner) afterSpeaker(k int) bool {
	if k < 2 || !s.punct(k-1, ':') || s.toks[k].f&efNL != 0 {
		return false
	}
	_, set := s.cuesBefore(k)
	return set&(1<<cueSpeaker) != 0
}

// pronounsAfter returns the token after the pronouns in brackets that
// start at token k ("(she/her)", "(they/them)"), or k.
func (s *entScanner) pronounsAfter(k int) int {
	if k+4 >= len(s.toks) || !s.punct(k, '(') || !s.punct(k+2, '/') || !s.punct(k+4, ')') || s.toks[k].f&efNL != 0 {
		return k
	}
	for _, m := range [...]int{k + 1, k + 3} {
		switch string(s.fold(m)) {
		case "she", "her", "hers", "he", "him", "his", "they", "them", "theirs", "ze", "xe", "any":
		default:
			return k
		}
	}
	return k + 5
}

// surnameDas reports whether token i, "Das", the German article and a
// Bengali surname, ends a name after a capitalised word on its line:
// "this is Priyanka Das." (session 55). German writes the article in
// lower case inside a sentence, so a capitalised "Das" after a name and
// before the end, punctuation or a word in lower case is the surname.
func (s *entScanner) surnameDas(i int) bool {
	if i == 0 || s.toks[i].f&(efCap|efAllCap|efNL) != efCap {
		return false
	}
	p := &s.toks[i-1]
	if p.kind != etWord || p.f&(efCap|efNL) != efCap || s.flags(i-1)&gzStop != 0 {
		return false
	}
	if i+1 >= len(s.toks) {
		return true
	}
	n := &s.toks[i+1]
	return n.kind == etPunct || n.f&efNL != 0 || n.kind == etWord && n.f&efCap == 0
}

// shortSurnameAt reports whether token i, a word of two letters that is
// a pronoun, an article or a verb in English, is a Chinese, Korean or
// Vietnamese surname ("He", "An", "Do", "Ma"): first in its run after
// words that introduce someone ("My name is He Lin", "I'm An Nguyen",
// "this is Do Van Nam"), before a name the lists know that ends the
// name. "So" and "To" are left out: "This is To Grace", "I'm So Ruby".
func (s *entScanner) shortSurnameAt(i, end int) bool {
	t := &s.toks[i]
	if t.e-t.s != 2 || t.f&(efCap|efAllCap|efNL) != efCap || i+1 >= end || !s.nameLike(i+1) || s.toks[i+1].f&efNL != 0 {
		return false
	}
	// A known name after it, or the middle name of a Vietnamese name and
	// a word after it ("Do Van Nam").
	viet := (s.is(i+1, "van") || s.is(i+1, "thi")) && s.nameLike(i+2) && s.toks[i+2].f&efNL == 0
	if nf := s.flags(i + 1); !viet && (nf&(gzFirst|gzLast) == 0 || nf&gzStop != 0) {
		return false
	}
	if !shortSurname(s.fold(i)) {
		return false
	}
	// The name ends there: at the end, at punctuation other than a
	// possessive's, or before a stop word in lower case ("I'm An Nguyen
	// and ..."); "I'm An Austin native", "This is An Amber alert" and
	// "I'm An Adam Sandler fan" name no one by "An".
	e := i + 2
	if viet {
		e++
	}
	if s.toks[e-1].f&efPoss != 0 {
		return false
	}
	if e < len(s.toks) && s.toks[e].f&efNL == 0 {
		switch t := &s.toks[e]; {
		case t.kind == etPunct:
		case t.kind == etWord && t.f&efCap == 0 && (s.flags(e)&gzStop != 0 || conjunction(s.fold(e))):
		default:
			return false
		}
	}
	if s.namedBefore(i) || i >= 2 && s.is(i-1, "is") && s.is(i-2, "this") {
		return true
	}
	// A verb of being or of naming in the first person, in the
	// languages we serve: "I'm An Nguyen", "Soy An Nguyen", "Ik ben An
	// Tran", "Mi chiamo Do Van Nam", "Je m'appelle An Nguyen".
	for k := max(i-2, 0); k < i; k++ {
		if s.toks[k].kind == etWord && (s.beVerbAt(k) == i || s.namingVerbAt(k) == i) {
			return true
		}
	}
	// beVerbAt leaves out "ich bin", which German writes before nouns;
	// the known name required after the surname rules those out here.
	return i >= 2 && s.is(i-1, "bin") && s.is(i-2, "ich")
}

// conjunction reports whether the folded word w is "and" in one of the
// languages we serve, some of which the lists hold as particles of
// names instead of stop words ("Soy An Nguyen y necesito ayuda").
func conjunction(w []byte) bool {
	switch string(w) {
	case "and", "y", "e", "et", "und", "en", "ou", "o":
		return true
	}
	return false
}

// shortSurname reports whether the folded word w is one of the short
// surnames that shortSurnameAt reads.
func shortSurname(w []byte) bool {
	switch string(w) {
	case "he", "an", "do", "ma", "mo", "ha", "ho":
		return true
	}
	return false
}

// namedBefore reports whether the words right before token a, on its
// line, give what follows as someone's name: "my name is Georgia", "call
// me Phoenix", "Name: India". A place there is the person's name; after
// other person cues it stays a place ("Greetings from Berlin").
func (s *entScanner) namedBefore(a int) bool {
	p := a - 1
	if p < 1 || s.toks[a].f&efNL != 0 {
		return false
	}
	if s.punct(p, ':') {
		return s.is(p-1, "name")
	}
	return s.is(p, "is") && s.is(p-1, "name") || s.is(p, "me") && s.is(p-1, "call")
}

// surnameFirstAt reports whether tokens k to k+2 are a name written
// surname first on a line of their own, as a list holds them ("Nowak,
// Anna").
func (s *entScanner) surnameFirstAt(k int) bool {
	return k >= 0 && k+2 < len(s.toks) && s.lineStart(k) && s.capWord(k) && s.punct(k+1, ',') && s.capWord(k+2) &&
		(k+3 >= len(s.toks) || s.toks[k+3].f&efNL != 0)
}

// kiss reports whether token k is a kiss after a name that signs ("x",
// "xx", "xxx").
func (s *entScanner) kiss(k int) bool {
	t := &s.toks[k]
	return t.kind == etWord && t.e-t.s <= 3 && strings.Trim(s.text[t.s:t.e], "xX") == ""
}

// placePhraseAt returns the end of a known multi-word place that starts
// with token k, a stop word, within the run ending at end ("New Jersey",
// "San Diego", "South Africa"), or k.
func (s *entScanner) placePhraseAt(k, end int) int {
	if uint(k) >= uint(len(s.toks)) || s.flagsIn(k)&(gzPhrase|gzStop) != gzPhrase|gzStop {
		return k
	}
	if e := s.placeEnd(k, k+1, min(end, k+4)-1, gzPlace|gzCountry); e > 0 {
		return e
	}
	return k
}

// placeEnd returns the end of the longest entry of the gazetteer with
// one of the flags in mask that starts at token k and ends at a word
// between tokens lo and hi, on k's line, or -1. placePhraseAt, cityAt
// and knownPlaceAt ask it with their own bounds and flags.
func (s *entScanner) placeEnd(k, lo, hi int, mask uint32) int {
	for e := hi; e >= lo; e-- {
		t := &s.toks[e]
		if t.kind != etWord || t.f&efDigit != 0 || e > k && t.f&efNL != 0 {
			continue
		}
		if s.phraseFlags(k, e)&mask != 0 {
			return e + 1
		}
	}
	return -1
}

// carMakes are the makers of cars whose models' names are names of
// people too ("Skoda Octavia", "Renault Zoe", "VW Polo", "Seat León"),
// folded. Not the makers that are people's names as well ("Mercedes
// Garcia", "SUZUKI Daisuke", "Harrison Ford", "Honda", "Kia Johnson").
var carMakes = setOf("skoda", "škoda", "renault", "vw", "volkswagen", "toyota", "opel", "vauxhall", "peugeot", "citroen", "citroën",
	"fiat", "seat", "cupra", "hyundai", "nissan", "mazda", "bmw", "audi", "volvo", "tesla", "dacia", "porsche", "jeep",
	"chevrolet", "chevy", "subaru", "mitsubishi", "lexus")

// carModelAt reports whether the run that opens at token a is a car's
// model: a maker of carMakes right before it on its line, or the run
// opens with one before another word that is no surname ("Renault
// Zoe", not "Tesla Johnson"). A cue before the run names a person
// whatever the words (the caller asks only without one).
func (s *entScanner) carModelAt(a int) bool {
	if p := a - 1; p >= 0 && s.toks[p].kind == etWord && s.toks[a].f&efNL == 0 && s.toks[p].e-s.toks[p].s <= 10 && carMakes[string(s.fold(p))] {
		return true
	}
	// A surname after the maker makes the maker a given name: "Tesla
	// Johnson called yesterday".
	return a+1 < len(s.toks) && s.toks[a].e-s.toks[a].s <= 10 && s.toks[a+1].kind == etWord && s.toks[a+1].f&efNL == 0 && carMakes[string(s.fold(a))] && s.flags(a+1)&gzLast == 0
}

// lawRefAt reports whether word token k abbreviates a reference's word
// before its number: "Art." (article), "Abs." (Absatz), "Az."
// (Aktenzeichen), glued to its period, a number after it on the line
// ("Art. 15 DSGVO", "Az. 12 C 345/24"). Art the given name takes no
// period and number.
func (s *entScanner) lawRefAt(k int) bool {
	if k+2 >= len(s.toks) || s.toks[k].e-s.toks[k].s > 3 || !s.punct(k+1, '.') || !s.glued(k+1) {
		return false
	}
	if u := &s.toks[k+2]; u.f&efNL != 0 || u.kind != etNum && u.f&efDigit == 0 {
		return false
	}
	return s.is(k, "art") || s.is(k, "abs") || s.is(k, "az")
}

// possBrandAt reports whether tokens [a, end], the last with its
// possessive cut off, are a brand written with one (gazetteer.possBrands):
// "McDonald's", "Sainsbury's" (not "Ben & Jerry's", whose '&' parts the
// run in two given names before this is asked). A given name alone is a
// person's as often ("Wendy's phone", "Macy's birthday"), and a title
// before one word makes it a surname ("Mrs McDonald's dog").
func (s *entScanner) possBrandAt(a, end int, ff uint32) bool {
	if a == end && (ff&gzFirst != 0 || s.honorBefore(a)) || int(s.toks[end].e-s.toks[a].s) > maxKey {
		return false
	}
	s.key = foldKey(s.key[:0], s.text[s.toks[a].s:s.toks[end].e])
	return s.g.possBrands[string(s.key)]
}

// phraseFlags returns the gazetteer flags of tokens [a, b] taken as one
// entry.
func (s *entScanner) phraseFlags(a, b int) uint32 {
	// (flagsIn, as most words here were looked up already, after the
	// test flags makes of a.)
	if uint(a) >= uint(len(s.toks)) {
		return 0
	}
	if a == b {
		return s.flagsIn(a)
	}
	if s.flagsIn(a)&gzPhrase == 0 || int(s.toks[b].e-s.toks[a].s) > maxKey {
		return 0
	}
	s.key = foldKey(s.key[:0], s.text[s.toks[a].s:s.toks[b].e])
	return s.g.phrase(s.key)
}

// brandAround returns the tokens of a brand of the gazetteer (gzCompany)
// that a title opens before the run from a to end, which the title
// parted from the run ("Dr Martens", "Dr Pepper", session 57), or -1,
// -1.
func (s *entScanner) brandAround(a, end int) (int, int) {
	p := s.titleWordBefore(a)
	if p < 0 || s.flags(p)&gzHonor == 0 || s.phraseFlags(p, end)&gzCompany == 0 {
		return -1, -1
	}
	return p, end
}

// dottedLegalFormEnd returns the last letter's token of a firm's legal
// form spelt letter by letter with periods between that starts at token
// a ("B.V", "S.L", "S.r.l", "e.V"): two to four letters that the
// gazetteer knows, once joined, as the end of an organisation's name;
// or -1.
func (s *entScanner) dottedLegalFormEnd(a int) int {
	var key [4]byte
	n, e := 0, -1
	for k := a; k < len(s.toks) && k <= a+6; k += 2 {
		t := &s.toks[k]
		if k > a && !s.glued(k) || t.kind != etWord || t.e-t.s != 1 || !isLetter(s.text[t.s]) {
			break
		}
		key[n] = s.text[t.s] | 0x20
		n, e = n+1, k
		if !s.punct(k+1, '.') || !s.glued(k+1) || n == len(key) {
			break
		}
	}
	if n < 2 {
		return -1
	}
	if fl, _ := s.g.lookupFolded(key[:n]); fl&gzOrgSuffix == 0 {
		return -1
	}
	return e
}

// classifySub decides what the capitalised words [a, b) name, given the
// cue before them, and reports it. It returns whether it reported a person.
func (s *entScanner) classifySub(a, b int, cue cueKind, atStart bool) bool {
	// Name words, leaving out initials, their periods and particles.
	words, firstW, lastW := 0, -1, -1
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.kind == etWord && t.f&efCap != 0 && t.e-t.s > 1 {
			words++
			if firstW < 0 {
				firstW = k
			}
			lastW = k
		}
	}
	if words == 0 {
		return false
	}
	end := b - 1
	for end > a && s.toks[end].kind == etPunct {
		end--
	}
	// "La mia carta", "Le service client": a capitalised particle alone
	// before a lower-case word is an article.
	if a == end && s.flags(a)&gzParticle != 0 && end+1 < len(s.toks) && s.toks[end+1].kind == etWord &&
		s.toks[end+1].f&(efCap|efNL) == 0 && !s.postPersonCue(end+1) && !s.personVerb(end+1) {
		return false
	}
	if a == end && acronymPlural(s.text[s.toks[a].s:s.toks[a].e]) {
		return false // "please don't share SSNs here", "the PDFs"
	}
	ph := s.phraseFlags(a, end)
	if ph == 0 && a == end && s.pluralNRP(a) {
		ph = gzNRP // "Paraguayans"
	}
	ff, lf := s.flagsIn(firstW), s.flagsIn(lastW)
	if cue == cuePerson && ff&(gzFirst|gzLast|gzAmbig) == 0 && s.answerBefore(a) {
		cue = 0 // "sorry Bitcoin crashed again", "Okay Boomer": an answer's word names a person the lists know only
	}
	if s.toks[end].f&efPoss != 0 && cue != cuePerson && s.possBrandAt(a, end, ff) {
		ph |= gzCompany // "the McDonald's car park", "Sainsbury's"
	}
	if words == 2 && firstW == a && lastW == end && cue != cuePerson && ff&(gzCommon|gzStop) == 0 && lf&(gzFirst|gzLast|gzAmbig|gzCommon) == 0 &&
		(lf&gzCountry != 0 || usStateName(s.fold(end))) && a > 0 && (s.is(a-1, "in") || s.is(a-1, "to") || s.is(a-1, "from") || s.is(a-1, "near")) {
		// "born in Dayton Ohio", "moved to Austin Texas": a town and its
		// state or country after a preposition of place, which no name
		// of the lists ends ("Maria Jordan", "Anna Berlin" stay names).
		s.emit(stLocation, a, end, 0.6)
		return false
	}
	if words >= 2 && ph&gzStop != 0 && cue != cuePerson {
		return false // "The Beef Wellington is £42 per head": a dish (listDishes)
	}
	if s.lawRefAt(lastW) {
		return false // "under Art. 15 GDPR", "Bußgeldbescheid Az. 702.108344.9"
	}
	if cue != cuePerson && s.carModelAt(a) {
		return false // "Mein Fahrzeug: Skoda Octavia", "Renault Zoe", "VW Polo"
	}
	if st, en := s.brandAround(a, end); st >= 0 {
		s.emit(stOrg, st, en, 0.8)
		return false // "Dr Martens": a brand that a title opens
	}

	// A legal form spelt with periods ends a firm's name, whatever cue
	// stands before it: "Delta Fietsen B.V.", "Casa Bella S.L.",
	// "Rossi S.p.A.".
	// The form's small letters end the capitalised run: "Casa Bella
	// S.r.l."; a form that opens with a small letter follows it:
	// "Tierhilfe Sonnenwiese e.V.".
	if words >= 1 && (lastW < end || end+2 < len(s.toks) && s.toks[end+1].e-s.toks[end+1].s == 1 && s.punct(end+2, '.')) {
		if e := s.dottedLegalFormEnd(lastW + 1); e >= end {
			if s.punct(e+1, '.') && s.glued(e+1) {
				e++
			}
			s.emit(stOrg, a, e, 0.8)
			return false
		}
	}

	// A shop's or a trade's word alone names a kind of shop, or a bank's
	// branch before its number, not a firm: "a Farmácia fechou",
	// "Agência 1473" (listTradeHeads; "Pharmacie Mercier" still reads).
	if a == end && s.tradeHeadAt(a, a) {
		return false
	}
	// Organisations, unless a person cue announces a name that is also
	// a firm's ("What's your last name? Nielsen"), or a title stands
	// before one word ("Thank you Mrs Fitch").
	if ph&gzCompany != 0 && (cue != cuePerson || ph&(gzFirst|gzLast) == 0) && !(a == end && s.honorBefore(a)) {
		s.emit(stOrg, a, end, 0.85)
		return false
	}
	// A shop's or a trade's word before a family name or a given name:
	// "Pharmacie Mercier", "Ottica Mancini", "Schilderwerken Smit",
	// "Libreria Dante" (listTradeHeads; a brand before one is a given
	// name as often: "Tesla Johnson").
	if words >= 2 && cue != cuePerson && lf&(gzLast|gzFirst) != 0 && s.tradeHeadAt(firstW, end) {
		s.emit(stOrg, a, end, 0.7)
		return false
	}
	// "ship to Little Whinging, Surrey", "from Great Snoring, Norfolk":
	// a town the gazetteer does not know, after a cue of an address or a
	// place, before a comma and a region it knows. Known names stay
	// people ("to John Smith, London").
	if (cue == cueAddress || cue == cuePlace || cue == cuePlaceWeak) && words <= 3 && ph&(gzFirst|gzLast|gzPlace) == 0 && ff&gzFirst == 0 && lf&gzLast == 0 &&
		s.punct(end+1, ',') && end+2 < len(s.toks) && s.toks[end+2].f&(efNL|efCap) == efCap && s.knownPlaceAt(end+2) > 0 {
		s.emit(stLocation, a, end, 0.6)
		return false
	}
	// "Rose Cottage", "The Old Rectory": the name of a house, which a
	// word that names nothing but a house ends; a given name that is no
	// word before it names a person ("Jane Cottage").
	if cue != cuePerson && lf&(gzFirst|gzLast) == 0 && (ff&gzFirst == 0 || ff&gzAmbig != 0) && houseOnly(s.fold(lastW)) {
		return false
	}
	// "Rua Garrett", "Corso Vittorio Emanuele": a street's designator
	// before capitalised words names a street, not a person; with no
	// house number after it, no address either ("Calle Ocho festival").
	if words >= 2 && firstW == a && cue != cuePerson && s.toks[a].f&efAllCap == 0 && ff&gzStreetPre != 0 && ff&(gzFirst|gzLast|gzStop) == 0 {
		return false
	}
	// ... and so does one in lower case: "lo sportello di piazza Dante",
	// "en la calle Goya", "avenue Victor Hugo" (session 72).
	if cue != cuePerson && a > 0 && ph&(gzPlace|gzCountry|gzNRP) == 0 && s.lowerStreetPre(a-1) && lowerStreetWord(s.fold(a-1)) {
		return false
	}
	// "README.md": a file's name that names no one.
	if s.fileExtAfter(end) && lf&(gzFirst|gzLast) == 0 {
		return false
	}
	// "El Corolla kit llega el jueves", "Le Kindle que j'ai commandé":
	// a Romance article that opens a sentence, before one capitalised
	// word that no list holds as a given name, names a thing ("Le Minh"
	// is a Vietnamese name).
	if words == 2 && firstW == a && lastW == end && atStart && s.toks[a].e-s.toks[a].s <= 2 && cue != cuePerson && romanceArticle(s.fold(a)) && s.flagsIn(lastW)&gzFirst == 0 {
		return false
	}
	// "Billy bookcase", "Tom Ford glasses", "Jim Beam bourbon": a name
	// before the noun of a product names the product ("I bought Anna
	// flowers" gives her them).
	if cue != cuePerson && s.productNounAt(end+1) && !s.giveVerbBefore(a) && !s.honorBefore(a) {
		return false
	}
	// "the Acme Orchestra": the name before the ensemble.
	if words >= 2 && s.mayFold(lastW, 9) && s.is(lastW, "orchestra") {
		s.emit(stOrg, a, lastW-1, 0.7)
		return false
	}
	// "Davis, Reynolds and Williamson": three surnames make a firm.
	if words == 1 && cue != cuePerson && s.firmListAt(a) {
		s.emit(stOrg, a, a+4, 0.7)
		return false
	}
	// "Marks & Spencer", "Procter & Gamble", "Thomas and Sons".
	if words == 1 && a == end && cue != cuePerson {
		if e := s.pairFirm(a); e > a {
			s.emit(stOrg, a, e, 0.6)
			return false
		}
	}
	// "Weeks-Rivas": two surnames joined, on their own, make a firm.
	if words == 1 && cue != cuePerson && s.hyphenFirm(a) {
		s.emit(stOrg, a, a, 0.6)
		return false
	}
	// "Acme Corp, Globex and Initech", "Contoso, Fabrikam and Northwind":
	// a word that is no given name, in a list of firms.
	if words == 1 && cue != cuePerson && ff&(gzFirst|gzPlace|gzCountry) == 0 && s.firmsAround(firstW) {
		s.emit(stOrg, a, end, 0.6)
		return false
	}
	// "Chief Technology Officer", "Senior Systems Engineer": words that
	// start like a job title and a capitalised job noun after the
	// suffix make a job title, not a firm. "European Union Agent:" is a
	// speaker's label after a firm.
	if words >= 2 && lf&gzOrgSuffix != 0 && !(ff&gzJobMod != 0 && end+1 < len(s.toks) && s.toks[end+1].f&(efCap|efNL) == efCap && s.flags(end+1)&gzJobHead != 0 && !s.colonAfter(end+1)) && !s.schemeNumberAt(a, end) {
		if s.punct(end+1, '.') && s.glued(end+1) && s.toks[end].e-s.toks[end].s <= 4 {
			end++
		}
		s.emit(stOrg, a, end, 0.8)
		return false
	}
	// A given name and a surname the lists know are a person's after a
	// firm's cue too: "Employer: Priya Nair", "2. Employer – Priya Nair,
	// HR Manager" (a reference's name).
	personNamed := words == 2 && ff&(gzFirst|gzCompany|gzCommon|gzStop) == gzFirst && lf&(gzLast|gzCompany|gzCommon|gzStop) == gzLast
	if cue == cueOrg && words <= 4 && ph&gzPlace == 0 && !personNamed {
		// "The code doesn't work at Checkout": a step of a shop or an
		// app, where things fail, not where people work.
		if words == 1 && ph&gzCompany == 0 && appStep(s.fold(a)) {
			return false
		}
		s.emit(stOrg, a, end, 0.7)
		return false
	}
	if words <= 3 && ph&(gzPlace|gzFirst|gzLast) == 0 && end+1 < len(s.toks) && s.flagsIn(end+1)&gzOrgAfter != 0 && s.toks[end+1].f&efCap == 0 {
		if words == 1 && ph&gzCompany == 0 && (techStandard(s.fold(a)) || ph == 0 && stemLen(s.text[s.toks[a].s:s.toks[a].e], "ed") >= 4 || s.verbGerund(a)) {
			return false // "the OAuth app", "the Bluetooth team", "Registered office:", "Clicking app.example.io"
		}
		s.emit(stOrg, a, end, 0.6)
		return false
	}

	// A word after the run that confirms a person ("says", "said") does
	// not after an article before words the lists hold as no given name:
	// "the Quick Start Guide says", "the Smart Hub said".
	strongP := cue == cuePerson || words <= 2 && s.roleNameAt(a, end) || s.postPersonCue(end+1) && !s.affiliationBefore(a) && !(ff&gzFirst == 0 && (s.englishArticleBefore(a) || s.germanArticleBefore(a))) &&
		!(words == 1 && ff&(gzRole|gzFirst) == gzRole) || // "Seller here.": a party's role, a surname too
		words <= 3 && (s.speakerRoleAfter(end) && ((ff|lf)&(gzFirst|gzLast) != 0 || s.stampBefore(a)) || s.chatEventAfter(end)) && s.lineStart(a) ||
		words == 1 && a == end && s.honorificGlued(a)
	// "the Japanese Border Force": a nationality before common nouns.
	if words >= 2 && ff&gzNRP != 0 && ff&(gzFirst|gzLast) == 0 && firstW == a && !strongP && ph&(gzPlace|gzNRP) == 0 {
		s.emit(stNRP, a, a, 0.75)
		return false
	}
	// Nationalities, religions, political groups; a language named as
	// one is none ("sorry, my English is bad", "in English please").
	if ph&gzNRP != 0 && (!strongP || ph&(gzFirst|gzLast) == 0) {
		if a == end && (s.languageUse(a) || s.thingAfter(end)) {
			return false
		}
		s.emit(stNRP, a, end, 0.75)
		return false
	}
	// "Salt Lake City": "City", a stop word that split the run, ends a
	// town's name that opens with a word the lists hold as a given name,
	// which would read as a person, and ends in no surname (session 66).
	if !strongP && words <= 3 && ff&gzFirst != 0 && lf&gzLast == 0 && s.cityWordAt(end+1) {
		s.emit(stLocation, a, end+1, 0.65)
		return false
	}
	// Places.
	placeCue := cue == cuePlace || cue == cuePlaceWeak
	// A resort's name after a person's cue is the person's: "My name is
	// Capri", "Dr Bali will see you now"; not before "team" or "office"
	// ("Hello Tenerife team!").
	// A name that is also a place speaks on a transcript's stamped line:
	// "02:14:49 - Sofia: ...", "12:00 PM - Rivera: ...".
	speaks := ph&(gzFirst|gzLast) != 0 && !placeCue && s.punct(end+1, ':') && s.glued(end+1) && s.stampBefore(a)
	// A given name that is a town too is the person's when addressed:
	// "¡Claro que sí, Sofía!", "Thanks, Austin." (vocativeAt; session
	// 78).
	// Not after a place's preposition in the clause, where the town may
	// stand in apposition: "I went to the shop, Jordan!", "Victoria
	// Street store, London".
	if !placeCue && words == 1 && a == end && ph&gzFirst != 0 && s.vocativeAt(a) && !s.placePrepBefore(a-1) {
		speaks = true
	}
	if ph&gzPlace != 0 && !speaks && !(strongP && s.namedBefore(a)) && (!strongP || ph&(gzFirst|gzLast|gzResort) == 0 || ph&(gzFirst|gzLast) == 0 && s.flags(end+1)&gzOrgAfter != 0) {
		if ph&(gzFirst|gzLast) != 0 && !placeCue {
			return false // "Austin", "Sofia": a person or a place
		}
		if s.shipmentTo(a) {
			return false // "shipping to Canada", "Versand nach Österreich": where parcels go
		}
		if a == end && !placeCue && s.thingAfter(end) {
			return false // "the UK store", "my UK number": which of a firm's things
		}
		if a == end && s.toks[a].f&efAllCap == 0 && s.is(a, "eu") {
			return false // Portuguese "eu" (I): "Eu sou menor"; the Union is "EU"
		}
		score := 0.65
		if placeCue {
			score = 0.85
		}
		// "Mexico City", "Kansas City": "City", a stop word that split
		// the run, ends the town's name.
		if s.cityWordAt(end + 1) {
			end++
		}
		s.emit(stLocation, a, end, score)
		return false
	}
	// An unknown word after a place cue is a place, unless a short
	// number that counts nothing follows it: "moved to Room 5", "go to
	// Gate 12", but "flew to Kuopio 2 days ago".
	if cue == cuePlace && !strongP && words <= 3 && ff&gzFirst == 0 && (!s.shortNumberAt(end+1) || s.nounAt(end+2)) {
		s.emit(stLocation, a, end, 0.6)
		return false
	}
	// Five or six words make a name only when each is a given name or
	// a surname the lists know: "Ana Beatriz Sousa Carvalho Ferreira",
	// as Portuguese and Spanish write one in full.
	// So do those of a Balinese name, whose "I" or "Ni" and birth
	// order's word the lists lack: "Ni Luh Putu Ayu Sukmawati".
	if words > 4 && (words > 6 || !s.knownNamesOnly(a, end) && !s.balineseOpen(a)) {
		return false
	}

	// People.
	first := ff&gzFirst != 0 && (ff&(gzAmbig|gzStop) == 0 || (words >= 2 && lf&gzLast != 0))
	last := words >= 2 && lf&gzLast != 0
	// "Park Lane", "Abbey Road": words that a designator naming nothing
	// but a street ends name the street, unless a cue or a given name
	// and a surname make them a person ("Diane Lane", "my name is Penny
	// Lane"). The designator may be a surname too, as "Lane" is, after
	// a given name the lists lack ("Thandiwe Lane"). A speaker's label
	// that opens a line with a given name names a person ("Penny Lane:
	// hello"; not "Hill Blvd: please").
	if words >= 2 && lf&gzStreetType != 0 && !strongP && !(first && last) && !(ff == 0 && last) && s.plainDesignator(lastW) && !(ff&(gzFirst|gzAmbig) != 0 && s.colonAfter(lastW) && s.lineStart(a)) {
		return false
	}
	// "meet at St. Mary's", "Saint Patrick's", "Santa Teresa is lovely":
	// a saint's name after "St." or "Saint" names a church, a school or
	// a town, unless a cue or a name before the saint's word makes it a
	// surname ("Anna St. John", "Mrs. St. Clair"), or the words are a
	// person's (saintPerson).
	if !strongP && (s.saintAt(a-1) || a < end && s.saintAt(a)) && !s.saintPerson(a, end) {
		return false
	}
	// "3, Park Street", "turn into Jones Road": a word alone before a
	// designator that names nothing but a street names the street. Two
	// words before it may be a person's ("shows on Isaac Lodge Street").
	if words == 1 && a == end && !strongP && s.designatorAfter(a) {
		return false
	}
	// "Gradle Daemon", "the Jenkins agent": a product or a tool before
	// the noun that names what it is, unless a cue or a full name the
	// gazetteer knows makes the words a person.
	if !strongP && !(first && last) && (words >= 2 && s.toolAfter(lastW) || s.toolAfter(end+1)) {
		return false
	}
	// "Court of Protection", "Grant of Probate", "Letters of
	// Guardianship", "Uni of Leeds": a word alone right before "of" and
	// a capitalised word, or a noun after them, names a court, an order
	// or a school, unless a cue makes it a person's or the lists know it
	// as a given name ("Joan of Arc") or as a surname that is no common
	// word ("abby Holloway of Opencounter").
	if fl := s.flags(a); words == 1 && a == end && !strongP && fl&gzFirst == 0 && (fl&gzLast == 0 || fl&gzCommon != 0) && s.ofBetweenCaps(a) {
		return false
	}
	// (Whether a word is shaped as a brand is asked below only when the
	// other flags leave it open: see brandWordIn.)
	known, common, plain, allCommon := false, false, false, true
	for k := a; k <= end; k++ {
		if s.toks[k].kind == etWord && s.toks[k].f&efCap != 0 && s.toks[k].e-s.toks[k].s > 1 {
			// (labelWord's first tests: a label is a long word that the
			// gazetteer does not know, or has a hyphen.)
			if t := &s.toks[k]; (t.f&efHyphen != 0 || t.e-t.s >= 7 && (t.f&efLooked == 0 || t.g == 0)) && s.labelWord(k) {
				return false // "Rechnung USt-IdNr.": a form's label
			}
			fl := s.flagsIn(k)
			if fl == 0 && s.pluralCommon(k) {
				fl = gzCommon // "Flights from Frankfurt", "Refunds"
			}
			known = known || fl&(gzFirst|gzLast) != 0
			plain = plain || fl&(gzFirst|gzLast) != 0 && fl&(gzAmbig|gzCommon|gzStop) == 0
			common = common || fl&(gzCommon|gzStop|gzAmbig|gzUnit|gzStreetType|gzStreetPre|gzOrgSuffix|gzJobHead) != 0 && fl&(gzFirst|gzLast) == 0
			allCommon = allCommon && fl&(gzCommon|gzStop) != 0 && fl&(gzFirst|gzLast|gzAmbig) == 0
		}
	}
	// "Deadline is 12/15", "Co-pay is $10.00": a word the lists do not
	// know before "is" or "was" and a price, a date or a time names what
	// a thing is worth or when it falls due, not a person ("Zorvik is
	// away", "Zorvik is 12").
	if !strongP && words == 1 && !known && (s.is(end+1, "is") || s.is(end+1, "was")) && s.amountOrDateAt(end+2) {
		return false
	}
	// "422 Unprocessable Entity", "503 Service Unavailable": an HTTP
	// status's reason after its code.
	if !strongP && s.statusReasonAt(a) {
		return false
	}
	// "Amlodipine 5mg", "Voltarol 2.32% gel": a dose after the words
	// names a drug or a product.
	if !strongP && doseAfter(s.text, int(s.toks[end].e)) {
		return false
	}
	// "bills of Rs 3,860", "Ksh 2,500": a currency's code before an
	// amount.
	// "2.450 RON către ...": its code after one.
	if words == 1 && s.toks[a].e-s.toks[a].s <= 6 && currencyWord(s.fold(a)) && (amountAfter(s.text, int(s.toks[a].e)) || a > 0 && s.toks[a-1].kind == etNum && s.toks[a].f&efNL == 0) {
		return false
	}
	// "Hilton Lisbon Airport", "Kindle Paperwhite": a firm or a brand
	// the gazetteer knows before words that make no name is a branch or
	// a product.
	if !strongP && words >= 2 && firstW == a && ff&gzCompany != 0 && ff&gzFirst == 0 && lf&(gzFirst|gzLast) == 0 && ph&(gzFirst|gzLast) == 0 {
		return false
	}
	// "Victoria Street store", "Victoria Station pickup point": a name
	// before a street's or a place's noun that is no name names the
	// street or the place.
	if !strongP && words == 2 && firstW == a && lastW == end && s.toks[end].f&efCap != 0 && lf&(gzFirst|gzLast) == 0 && streetNoun(s.fold(end)) {
		return false
	}
	// "Google Maps says", "Apple Music": a product after the firm that
	// makes it, which the gazetteer knows, on its line ("Pave's Irena
	// Bílá" is a person).
	if cue != cuePerson && ff&(gzFirst|gzLast) == 0 && a > 0 && s.toks[a].f&efNL == 0 && s.toks[a-1].kind == etWord && s.toks[a-1].f&(efCap|efPoss) == efCap && s.flagsIn(a-1)&gzCompany != 0 {
		return false
	}
	// "as Dairy scientist": the first word of a job title, not a name.
	if cue != cuePerson && s.hasCue(a, cueJob) && s.jobAhead(end+1) {
		return false
	}
	// "Zoolander is a 1973 film": a work, not a person.
	if !strongP && words == 1 && (s.is(end+1, "is") || s.is(end+1, "was")) && (s.is(end+2, "a") || s.is(end+2, "an")) &&
		end+3 < len(s.toks) && s.toks[end+3].kind == etNum && s.toks[end+3].e-s.toks[end+3].s == 4 {
		return false
	}
	// "(But Secretly Love)": a title that starts with an adverb.
	if !strongP && words >= 2 && firstW == a && ff&(gzFirst|gzLast) == 0 && adverbShape(s.text[s.toks[a].s:s.toks[a].e]) {
		return false
	}
	// "Getting Started", "Setting Up Billing": a heading that starts
	// with a gerund, not a person ("Hilding Carlsson").
	// (A gerund the lists know as a common word and no other counts too:
	// "Adding Oliver as a dependant", session 66.)
	if !strongP && words >= 2 && firstW == a && ff&^(gzCommon|gzPlain) == 0 && gerundShape(s.text[s.toks[a].s:s.toks[a].e]) {
		if s.headingWords(a+1, end) {
			return false
		}
		// "Using Docker Compose", "Calling John Smith back": a verb that
		// opens a sentence is no part of the words after it, which are
		// classified on their own. No cue ends before them: the gerund
		// has no flags (ff), so it ends no cue, and the cue before it
		// announced the gerund.
		if atStart && s.verbGerund(a) {
			return s.classifySub(a+1, b, 0, false)
		}
	}
	// "Emailed John Smith", "Called Tech Support": so is a verb in the
	// past.
	// "Invite Aditi Rao", "Remove Chen Hui": so is an order to do
	// something to a user.
	// A verb that is a surname too opens a name of two words after it:
	// "Ring Tariq Haddad on ...".
	if !strongP && words >= 2 && firstW == a && atStart && ff&(gzFirst|gzPlace|gzCountry|gzCompany) == 0 &&
		(ff&gzLast == 0 && s.verbPast(a) || (ff&gzLast == 0 || words >= 3) && userVerb(string(s.fold(a)))) {
		return s.classifySub(a+1, b, 0, false)
	}
	// "Saint Patrick's Day", "Mother's Day": a holiday, not a person.
	if s.toks[end].f&efPoss != 0 && end+1 < len(s.toks) && s.toks[end+1].f&efCap != 0 && (s.is(end+1, "day") || s.is(end+1, "eve")) {
		return false
	}
	// "Duration: 1234 ms", "Memory Size: 512 MB": a field's label before
	// its value, unless the words make a full name ("Anna Berg: 555 ...").
	// A value with a unit of measure ("512 MB", "80 %") makes the
	// words a label even when the gazetteer does not know them, not when
	// they are a name it knows ("Priya: 2 GB of photos are gone").
	if ok, more, unit := s.valueLabel(end); ok && !strongP && !first && !(last && words >= 2) && (unit && words <= 3 || common || more || !known && words == 1) {
		return false
	}
	// "OS Darwin 23.3.0", "Python 3.11.8": a product before its version.
	if !strongP && s.versionAt(end+1) {
		return false
	}
	// "Started Application", "Reconciling Deployment", "(KHTML, like
	// Gecko)": capitalised words on a line of a log, a stack trace or a
	// header dump are messages and identifiers, unless a cue, a full
	// name the gazetteer knows or an initial makes them a person.
	if (!known || words == 1) && !strongP && !s.hasInitial(a, end) && s.techLine(a) {
		return false
	}
	// "Thanks,\nAcme Support", "-- Zorvik Team", "Welcome to Acme
	// Support", "Cheers\nLondon Office": a firm's name, a place's, or a
	// word the lists lack or know as a surname alone, before the noun of
	// a team, a desk or an office names the team, which signs as a
	// person does, and no person.
	// A title before the word makes it a surname ("Mrs. Gardener",
	// "Herr Koch"), which these two rules leave alone.
	if words == 1 && a == end && (ff&^(gzCompany|gzLast|gzPhrase) == 0 || ff&(gzPlace|gzCountry) != 0) && s.teamWordAt(end+1) && !s.honorBefore(a) {
		return false
	}
	if words == 2 && lastW == end && ff&(gzPlace|gzCountry) != 0 && s.teamWordAt(end) {
		return false
	}
	// "Thanks, Chief.", "It's done, Boss.", "add him as Guardian": a
	// role's noun or a cue's word alone, which a cue would announce a
	// name after ("my boss Zorvik"), names no one. Kin that are given
	// names too still label a speaker's line ("Mari: tere").
	if words == 1 && a == end && ff&(gzCue|gzJobMod|gzJobHead) != 0 && ff&(gzFirst|gzLast|gzAmbig) == 0 && !s.colonAfter(end) && !s.honorBefore(a) {
		return false
	}
	// "Head of Ops", "VP of Platform", "Director of Comms": after such a
	// role's noun and "of", capitalised words the lists do not hold as
	// a given name name a department, however uncommon.
	if !first && a >= 2 && s.is(a-1, "of") && s.roleBeforeOf(a-2) && !s.honorBefore(a) {
		// A name may follow the department: "Head of Ops Olusegun
		// Adeyemi signed it". One that does not read as a name alone
		// ("Jordan", a country too) is read with the department, as
		// the whole run would be without this rule: more is redacted,
		// nothing lost.
		k := s.nameAfterDepartment(firstW, lastW)
		if k == 0 {
			return false
		}
		if s.classifySub(k, b, 0, false) {
			return true
		}
	}
	var score float64
	switch {
	case words == 1 && first && s.toks[a].e-s.toks[a].s == 3 && s.is(a, "mia") && s.italianNounAfterMia(a+1):
		return false // "Mia moglie Federica ...", "Customer: Mia carta è ...": the Italian "my"
	case words == 2 && a == firstW && lastW == end && end == a+1 && !strongP && cue != cuePerson && ff&(gzPlace|gzCountry) != 0 && ff&(gzFirst|gzLast|gzAmbig) == 0 && lf&^gzPhrase == 0 &&
		!brandShape(s.text[s.toks[end].s:s.toks[end].e]):
		// "Leeds Kirkstall", "Madrid Chamberí", "Amsterdam Zuid": a town
		// and its district, a branch's or a station's name, no person
		// (session 78).
		s.emit(stLocation, a, end, 0.6)
		return false
	case words == 1 && ff&(gzOrgSuffix|gzFirst|gzLast) == gzOrgSuffix && (s.toks[a].e-s.toks[a].s > 2 || s.toks[a].f&efAllCap != 0):
		// "Schmidt & Partner GmbH", "Lettings Team", "-LP": a firm's
		// suffix alone names no one (session 78); a short one in
		// lower case may: "Thanks, Ev" (the suffix "eV").
		return false
	case words == 1 && atStart && s.toks[a].e-s.toks[a].s <= 4 && s.pronounBeforeVerb(a):
		// "Elle habite 14 rue ...", "Ze woont Kerkstraat 12", "Ella no
		// sabe usar el chat": the French, Dutch, Spanish and Portuguese
		// "she", given names too (the last two since session 78, which
		// moved the test up here, before the cases that score a given
		// name).
		return false
	case words == 1 && !strongP && a >= 1 && s.toks[a-1].e-s.toks[a-1].s <= 4 && ff&(gzFirst|gzLast) != 0 && (s.is(a-1, "in") || s.is(a-1, "into") || s.is(a-1, "via")):
		score = 0.35 // "configured in Jenkins", "runs in Travis": a tool's or a town's, as often as a person's
	case strongP && allCommon && !known && (!s.honorBefore(a) || ff&(gzJobHead|gzJobMod|gzCue) != 0):
		// "Hello Everyone", "Thanks Guys", "Mr. President"; after a
		// courtesy title a common word that names no role is a surname
		// ("Mrs. Plum", "Ms. Lemon").
		return false
	case strongP && a >= 2 && s.toks[a-1].c == ':' && s.labelBefore(a) && s.placeNouns(a, end):
		// "Recipient: WAREHOUSE RECEIVING DOCK", "Attn: Loading Dock":
		// a form's label before the place of a building it addresses.
		return false
	case strongP && s.toks[firstW].f&efGuess != 0:
		score = 0.35 // "Hola, soy vendedor" looks the same as "Hola, soy zorvik"
	case strongP && s.toks[firstW].f&efWeak != 0:
		score = 0.5 // "Hi, I'm zorvik": a greeting's word in lower case, a guess
	case strongP:
		score = 0.85
	case words == 1 && a == end && ff&gzAmbig != 0 && ff&(gzStop|gzMonthDay|gzCommon|gzCue|gzParticle|gzPlace|gzCountry|gzCompany|gzStreetPre|gzStreetType|gzUnit) == 0 && s.vocativeAt(a):
		score = 0.6 // "please rotate them, Miles.", "Agent: Summer, I've emailed the label"
	case first && words >= 2 && a == firstW && lf&(gzFirst|gzLast|gzAmbig) == 0 && (words == 2 && lf&gzCommon != 0 || words >= 3) && s.englishArticleBefore(a):
		// "the Hudson Bay order", "the Madison Sofa Bed": a given name
		// before a common word that is no surname, or before two words
		// the last of which is no name, after an article, names a
		// thing.
		score = 0.3
	case first && words >= 2:
		score = 0.85
	case first && words == 1 && s.is(a-1, "the") && s.productNounAfter(end+1):
		// "the Freya duvet", "the Walter toolbox", "the Otto robot
		// vacuum": a given name after "the" and before a noun in lower
		// case names a product.
		return false
	case first && words == 1 && (end+1 >= len(s.toks) || s.endMark(end+1)) && a == firstW && !strongP && s.theAlone(a):
		// "is it compatible with the Aria?", "I ordered the Nova.": a
		// given name alone after "the" that ends its sentence names a
		// product or a plan. Before a relative pronoun, a verb or a
		// preposition it names a person still ("the Anna who called",
		// "the Anna in accounts said yes").
		score = 0.3
	case first:
		score = 0.6
		if cue == cuePersonWeak {
			score = 0.7
		}
	case words == 1 && a < firstW && s.initialAt(a) == 2 && !common && ff&(gzPlace|gzCountry|gzNRP) == 0:
		score = 0.6 // "J. R. Smith"
	case words >= 2 && !plain && s.brandWordIn(a, end):
		score = 0.3 // "PlayStation Plus"
	case last:
		score = 0.75
	case words >= 2 && common && !plain:
		// "Entertainment Weekly", "Princess Royal": titles and phrases
		// made of common words, none of them a plain name.
		score = 0.3
	case words >= 2 && (cue == cuePersonWeak || known):
		score = 0.6
	case words >= 2 && !known && s.germanArticleBefore(a):
		return false // "anbei die Unterlagen zum Schadensfall": nouns after an article
	case words >= 2 && !known && !strongP && s.germanNounIn(a, end):
		return false // "Rückbuchung Kartenzahlung": German nouns by their endings (session 67)
	case words >= 2 && !known && !strongP && (s.subjectLabelBefore(a) || s.undIn(a, end)):
		// "Betreff: Widerspruch Werbung", "Objet : Résiliation
		// Abonnement": a mail's subject; "für Werbeanrufe und
		// Werbepost": German nouns joined by "und". Names the lists
		// know stay ("Betreff: Anna Berg", "Anna und Peter").
		return false
	case words >= 2 && !common:
		score = 0.45
	case words >= 2:
		score = 0.3
	case words == 1 && !atStart && ff&gzFirst == 0 && s.germanFusedBefore(a):
		return false // "ich war beim Schneider": a noun after a German preposition and its article
	case cue == cuePersonWeak && ff&gzLast != 0:
		score = 0.5
	case ff&(gzLast|gzAmbig) == gzLast && !common && s.punct(end+1, ':') && s.lineStart(a) && s.speakerMark(end) && !s.fieldLabel(end):
		score = 0.45 // a known surname that labels a transcript's line: "Rivera: Hey, ..."
	case words == 1 && ff&(gzLast|gzAmbig|gzFirst) == gzLast && !common && atStart && s.personVerb(end+1) && s.toks[end+1].e-s.toks[end+1].s >= 4:
		// "Keating from billing called me back": a known surname alone
		// that opens a sentence before a verb of persons of four
		// letters or more (session 63, as the lists learnt "Keating");
		// before "is" or "has" it is a heading's word as often.
		score = 0.45
	case common || ff&gzLast != 0 && atStart:
		return false
	case words == 1 && s.lowerStreetPre(a-1):
		return false // "la oficina de la calle Serrano": a street named after one
	case ff&(gzLast|gzCommon) == gzLast|gzCommon && s.englishArticleBefore(a):
		return false // "the Banks report": a surname that is a word too, after an article
	case ff&gzLast != 0 && ff&gzAmbig == 0:
		score = 0.45 // a known surname alone inside a sentence
	case brandShape(s.text[s.toks[a].s:s.toks[end].e]):
		score = 0.3 // "AirPods", "PayPal"
	case cue == cuePersonWeak && !known && s.listAnd(a-1) && a >= 2 && s.toks[end].f&efPoss == 0 && s.flags(a-2)&gzCommon != 0 && s.flags(a-2)&(gzFirst|gzLast) == 0:
		return false // "Wisdom and Discipline": a pair of common nouns
	case words == 1 && !known && !strongP && cue != cuePersonWeak && s.englishArticleBefore(a):
		// "the Screen is dark", "a Dongle was missing": a word the lists
		// do not know after an article names a thing; an invented name
		// goes without one ("Zorvik is away").
		return false
	case words == 1 && !known && atStart && cue == 0 && s.toks[a].f&efAllCap == 0 && s.flags(a)&(gzFirst|gzLast) == 0 && (s.verbGerund(a) && s.placeAfterFrom(end+1) || s.addressAfterFrom(end+1)):
		// "Moving from Bordeaux to ...", "Calling from Leeds": a verb
		// that opens a sentence before a word that follows names.
		return false
	case words == 1 && !known && atStart && cue == 0 && stemLen(s.text[s.toks[a].s:s.toks[a].e], "ing") >= 4 && s.is(end+1, "is"):
		return false // "Texting is easiest", "Shipping is slow": a gerund that the sentence is about
	case words == 1 && !known && atStart && s.toks[a].f&efAllCap == 0 && s.is(end+1, "from") && (s.verbPast(a) || s.verbGerund(a)),
		words == 1 && atStart && s.is(end+1, "from") && s.pathAt(end+2) && stemLen(s.text[s.toks[a].s:s.toks[a].e], "ing") >= 3:
		// "Pasted from the page:", "Forwarded from my inbox",
		// "Copy-pasting from ...": a verb that opens the sentence, not
		// someone from a firm ("Zorvik from Acme"); a word in "-ing" the
		// lists know as a surname too before a path ("1.9.4: Pulling
		// from library/nginx", as Docker prints it).
		return false
	case words == 1 && !known && atStart && cue == 0 && s.toks[a].f&efAllCap == 0 && actNoun(s.fold(a)) && (s.is(end+1, "of") || s.is(end+1, "is") || s.is(end+1, "has")):
		return false // "Compensation of $94.02 has been approved", "Verification is pending": a noun opens the sentence
	case words == 1 && !known && atStart && cue == 0 && s.toks[a].f&efAllCap == 0 && s.prefixedCommon(a):
		return false // "Restock is expected in two weeks", "Unblocked, Thanh.": "re-" or "un-" before a word the lists know
	case words == 1 && !known && atStart && cue == 0 && s.punct(end+1, ',') && africanHellos[string(s.fold(a))]:
		return false // "Sasa, I paid via M-Pesa", "Sannu, pls my refund": a hello, not the person addressed
	case words == 1 && cue != cuePerson && s.flags(a)&(gzRole|gzFirst|gzLast) == gzRole:
		return false // "Seller is a Mrs K. Ramsbottom", "Decedent: ...": a party's role, no name
	case words == 1 && !known && cue != cuePerson && s.germanNounIn(a, a):
		return false // "per Sofortüberweisung?" (session 67)
	case cue == cuePersonWeak || s.personVerb(end+1) || s.toks[end].f&efPoss != 0:
		score = 0.4
	case !atStart && a == end && s.addressedLast(a) && !s.deskAt(a, true):
		score = 0.45 // "Sure thing, Zorvik.", "Got it, Zorvik!"
	case !atStart:
		score = 0.35 // a capitalised word alone: as often a product as a name
	case (s.punct(end+1, ':') || s.punct(end+1, ',')) && s.lineStart(a) && s.speakerMark(end) && !s.fieldLabel(end) &&
		!(s.punct(end+1, ':') && s.flags(end)&(gzFirst|gzLast|gzAmbig) == 0 && (s.formBlock(a) || nounSuffix(s.fold(end)) || contactKind(s.fold(end)))):
		// A speaker ("Anna: ...") or someone addressed ("Anna, can
		// you"), not a form's label of a place, an address or a person
		// ("Stadt: Würzburg", "Leveringsadres: Damstraat 5",
		// "Recipient: Anna Berg"), nor a word the lists do not know
		// among a form's labels (formBlock) or with a noun's ending
		// ("Registration: ...").
		score = 0.4
	default:
		return false
	}
	if words >= 2 {
		end = s.suffixEnd(end) // "Kevin Veitonen II", "John Smith Jr."
	}
	if words == 1 && score >= 0.6 {
		end = s.givenAfterSurname(end) // "Name: Smith, John"
	} else if words == 2 && s.surnamesThenGiven(end) {
		end += 2 // "Apellidos y nombre: ORTIZ VEGA, MARTA", "Estimado Sr. Gutiérrez Blanco, Rafael:"
	} else if words == 1 && (s.mailboxAfter(end+3) || s.recordPair(end, end+2)) {
		// "... Barbieri, Serena <sb@...> wrote:": a mail header's name,
		// as sure as the given name alone would be; so is a record's
		// field at a line's start ("Jankowiak, Oskar | 1988-02-11").
		if e := s.givenAfterSurname(end); e != end {
			end, score = e, max(score, 0.6)
		}
	}
	if a == end && a >= 2 && s.nameLike(a-2) && s.givenAfterSurname(a-2) == a {
		a -= 2 // the surname before, with no cue: "Nowak, Anna", "Von: Vogel, Jörg <j.vogel@...>"
	} else if a >= 2 && s.toks[a-1].c == ',' {
		if c := s.capsSurnameBefore(a); c < a {
			a, score = c, max(score, 0.6) // "ASANTE, Kwame Owusu", "DIALLO, Mamadou Saliou"
		}
	}
	s.emit(stPerson, a, end, score)
	// The names before this one in a list: "Efimiya, Anna and Jodi". A
	// list goes on after the name or ends in "and" before it: "Kiitos,
	// Mikko Virtanen" is none.
	if a < 1 || !s.listAnd(a-1) && (end+2 >= len(s.toks) || !s.listAnd(end+1) && !(s.punct(end+1, ',') && s.capWord(end+2))) {
		return true
	}
	for p := a - 1; p >= 1 && (s.punct(p, ',') || s.listAnd(p)); p -= 2 {
		q := p - 1
		// A surname after a German possessive is the noun it also is:
		// "an meinen Mann, Karl-Heinz Bauer".
		if !s.nameLike(q) || s.flags(q)&(gzStop|gzCommon|gzPlace|gzNRP|gzOrgSuffix) != 0 || q > 0 && (s.nameLike(q-1) || s.germanPossessive(q-1)) {
			break
		}
		s.emit(stPerson, q, q, 0.4)
	}
	return true
}

// usStateName reports whether w, folded, is the full name of a US state
// that is no given name ("ohio", "texas"; not "georgia", "virginia").
func usStateName(w []byte) bool {
	switch string(w) {
	case "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "hawaii", "idaho",
		"illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
		"mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas",
		"utah", "vermont", "washington", "wisconsin", "wyoming":
		return true
	}
	return false
}

// roleBeforeOf reports whether token k is a role's noun that "of" and a
// department follow in a job title: "Head", "VP", "Chief", "Lead" or
// "Director". Other roles take a person as often ("the manager of Zorvik
// Tamblen", "the lawyer of ...").
func (s *entScanner) roleBeforeOf(k int) bool {
	if s.toks[k].kind != etWord {
		return false
	}
	switch s.toks[k].e - s.toks[k].s {
	case 2:
		return s.is(k, "vp")
	case 3:
		return s.is(k, "svp") || s.is(k, "evp")
	case 4:
		return s.is(k, "head") || s.is(k, "lead")
	case 5:
		return s.is(k, "chief")
	case 8:
		return s.is(k, "director")
	}
	return false
}

// nameAfterDepartment returns the token where a name starts after the
// department that starts at word token f, in a capitalised run that ends
// at word token l ("Head of Ops Olusegun Adeyemi", "Head of Legal Grace
// Park"), or 0: a given name the lists know, or a surname they
// know at the end with a word before it. A department's words are
// neither ("Head of Growth Marketing Emea").
func (s *entScanner) nameAfterDepartment(f, l int) int {
	for k := f + 1; k <= l; k++ {
		if s.toks[k].kind == etWord && s.toks[k].f&efCap != 0 && s.flagsIn(k)&gzFirst != 0 {
			return k
		}
	}
	if l-1 > f && s.flagsIn(l)&gzLast != 0 && s.toks[l-1].kind == etWord && s.toks[l-1].f&efCap != 0 {
		return l - 1
	}
	return 0
}

// teamWordAt reports whether token k is a capitalised noun of a team, a
// desk or an office ("Support", "Team", "Helpdesk", "Billing", "Office",
// "Branch") on the line of the
// token before it, and no speaker's label before a colon.
func (s *entScanner) teamWordAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efCap|efNL) != efCap || t.e-t.s < 4 || t.e-t.s > 14 || s.colonAfter(k) {
		return false // "Akinori Customer: ...": a speaker's label
	}
	switch string(s.fold(k)) {
	case "support", "team", "service", "services", "helpdesk", "billing", "sales", "care", "desk", "crew", "customer", "kundenservice", "kundendienst", "soporte", "equipo", "assistenza", "atendimento", "suporte", "klantenservice",
		"office", "branch", "store", "filiale", "oficina", "sucursal", "agence", "ufficio", "kantoor", "escritorio":
		return true
	}
	return false
}

// designatorAfter reports whether the word after token a, on its line,
// is a designator that names nothing but a street (plainDesignator),
// written in the case of token a in the text: "Park Street", and "john
// street" in a text that lowerCaseText lifted, but not "Sarah road
// home", where a lower-case "road" after a capitalised name is a
// misspelt verb.
func (s *entScanner) designatorAfter(a int) bool {
	k := a + 1
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&efNL != 0 {
		return false
	}
	lifted := entClass[s.text[s.toks[a].s]] == ecLower
	return (s.toks[k].f&efCap == 0) == lifted && s.plainDesignator(k)
}

// addressedLast reports whether word token a, which classifySub could
// not tell from a product (a word the gazetteer does not know, or a
// given name that is also a word), is someone addressed at the end of a
// sentence, after a comma and a courtesy that closes a turn of a chat:
// one that ends in a closing word ("Sure thing, Zorvik.", "Happy to
// help, Zorvik!", "Have a great day, Zorvik"), or a clause of thanks or
// apology (courtesyOpens: "Sorry for the delay, Zorvik", "Gracias por
// su paciencia, Zorvik"). After other words the same comma as often
// sets off what a noun names ("I tried the app, Zorvix."); a word of
// two letters is as often a cut-off one.
func (s *entScanner) addressedLast(a int) bool {
	if a < 2 || s.toks[a].f&efNL != 0 || s.toks[a].e-s.toks[a].s < 3 || !s.punct(a-1, ',') || !s.glued(a-1) {
		return false
	}
	if a+1 < len(s.toks) && s.toks[a+1].f&efNL == 0 && !s.endMark(a+1) {
		return false
	}
	if p := &s.toks[a-2]; p.kind == etWord && p.e-p.s <= 9 && closingWord(s.fold(a-2)) {
		return true
	}
	return s.courtesyOpens(a - 2)
}

// vocativeAt reports whether capitalised word token a addresses the one
// a message is written to, as a name that is also a word does only
// there ("Grace", "Summer", "Miles"): after a comma that follows a word
// in lower case or a sentence's first word, and before the end of its
// sentence ("please rotate them, Miles.", "I hope that helps, Hope!",
// "Done, Grace — the old key is revoked"); alone at the message's end
// after a sentence's mark or a spaced dash, a sign-off; or after a
// speaker's label and before a comma ("Agent: Summer, I've emailed the
// label").
func (s *entScanner) vocativeAt(a int) bool {
	n := len(s.toks)
	if s.toks[a].f&(efNL|efAllCap) != 0 || a+1 < n && s.glued(a+1) && !s.punct(a+1, ',') && !s.endMark(a+1) {
		return false
	}
	// (A capitalised word before the comma opens its sentence and names
	// nothing: "Scrubbed, Amber."; not "colours: Black, Amber.".)
	if a >= 2 && s.punct(a-1, ',') && s.glued(a-1) && s.toks[a-2].kind == etWord &&
		(s.toks[a-2].f&efCap == 0 || s.atStart(a-2) && s.flags(a-2)&(gzFirst|gzLast|gzAmbig|gzPlace|gzCountry|gzCompany) == 0) {
		if a+1 >= n || s.toks[a+1].f&efNL != 0 || s.endMark(a+1) {
			return true
		}
		return s.spacedDash(a + 1) // "Done, Grace — the old key ..." (an em dash's token is a '-')
	}
	if a+1 == n && a >= 2 && (s.endMark(a-1) || s.spacedDash(a-1)) {
		return true // a sign-off that ends the message: "... on card 4145 ... . Faith", "... help us roll it? - Grace"
	}
	return s.afterSpeaker(a) && s.punct(a+1, ',') && s.glued(a+1)
}

// placePrepBefore reports whether a preposition of place stands in the
// clause before token c, up to six words back ("I went to the shop,
// Jordan!"), or the word right before c names a shop or a site ("Victoria
// Street store, London").
func (s *entScanner) placePrepBefore(c int) bool {
	for k := c - 1; k >= 0 && c-k <= 6; k-- {
		t := &s.toks[k]
		if t.kind != etWord {
			if t.kind == etPunct && (t.c == ',' || t.c == '.' || t.c == '!' || t.c == '?' || t.c == ':' || t.c == ';') {
				return false
			}
			continue
		}
		if t.e-t.s <= 7 {
			switch string(s.fold(k)) {
			case "to", "in", "at", "from", "near", "into", "towards", "via", "nach", "naar", "aus", "store", "shop", "branch", "office":
				return true
			}
		}
		if t.f&efNL != 0 {
			return false
		}
	}
	return false
}

// lowerTitleAfterVerb reports whether word token k is "dr", "mr" or
// "mrs" typed in lower case after a preposition or a verb that a person
// follows ("from dr Fairbrother", "ask mr Okafor"); after a street's
// name "dr" is a drive ("12 elm dr Springfield").
func (s *entScanner) lowerTitleAfterVerb(k int) bool {
	if n := s.toks[k].e - s.toks[k].s; n < 2 || n > 3 || !(s.is(k, "dr") || s.is(k, "mr") || s.is(k, "mrs")) {
		return false
	}
	p := k - 1
	if s.toks[p].kind != etWord || s.toks[p].f&efNL != 0 || s.toks[k].f&efNL != 0 {
		return false
	}
	if s.contactVerb(p) {
		return true // "ask dr Lee", "thanks mr Okafor"
	}
	switch string(s.fold(p)) {
	case "from", "with", "to", "for", "by", "see", "saw", "seen", "asked", "called", "told", "and", "is", "was", "my", "our", "your", "dear", "hi", "hello":
		return true
	}
	return false
}

// courtesyOpens reports whether the clause of words that ends at token
// k opens, at most eight words before it, with thanks or an apology
// (courtesyWord) at the start of a sentence or after a comma ("Sorry
// for the delay", "Hi, thanks for waiting", "Danke für Ihre Geduld").
func (s *entScanner) courtesyOpens(k int) bool {
	for q := k; q >= 0 && q > k-8; q-- {
		t := &s.toks[q]
		if t.kind != etWord {
			return false
		}
		if t.e-t.s <= 14 && (s.atStart(q) || s.punct(q-1, ',')) && courtesyWord(s.fold(q)) {
			return true
		}
		if t.f&efNL != 0 {
			return false
		}
	}
	return false
}

// courtesyWord reports whether the folded word w opens thanks or an
// apology in the languages we serve.
func courtesyWord(w []byte) bool {
	switch string(w) {
	case "sorry", "thanks", "thank", "thx", "apologies", "danke", "vielen", "entschuldigung", "merci", "pardon", "desole", "desolee",
		"gracias", "perdon", "disculpa", "disculpe", "disculpas", "grazie", "scusa", "scusi", "scusate", "obrigado", "obrigada", "desculpe", "desculpa",
		"bedankt", "dank", "sorry's":
		return true
	}
	return false
}

// closingWord reports whether the folded word w ends a courtesy that
// closes a turn of a chat before the name of the one addressed ("sure
// thing", "happy to help", "you're welcome", "welcome back", "have a
// nice day", "take care", "sorry for the wait", "got it", "of course",
// "no worries").
func closingWord(w []byte) bool {
	switch string(w) {
	case "thing", "help", "welcome", "back", "day", "care", "wait", "waiting", "patience", "it", "course", "problem", "worries", "sorry", "okay", "ok", "alright", "sure", "great", "perfect", "noted", "done", "soon", "later", "luck", "weekend", "evening", "morning", "afternoon":
		return true
	}
	return false
}

// affiliationBefore reports whether "from" or "at" stands right before
// token a on its line, after a word that may be a name (no stop word, cue
// nor common word but a given name: "Hi from Zorvik here" is Zorvik's):
// in "Anna from Acme here" the
// words before "here" are the firm or the place Anna speaks for, which
// the post-cue does not confirm as a person.
func (s *entScanner) affiliationBefore(a int) bool {
	if a < 2 || s.toks[a].f&efNL != 0 || s.toks[a-1].f&efNL != 0 || s.toks[a-2].kind != etWord || s.toks[a-2].f&efCap == 0 {
		return false
	}
	// A common word that is no given name opens a sign-off ("Love from
	// Zorvik here", "Hugs from ..."; Love is a surname too); "Will from
	// Acme here" is Will.
	if fl := s.flags(a - 2); fl&(gzStop|gzCue) != 0 || fl&gzCommon != 0 && fl&gzFirst == 0 {
		return false
	}
	return s.is(a-1, "from") || s.is(a-1, "at")
}

// romanceArticle reports whether the folded word w is a definite
// article of Spanish, French, Italian or Portuguese that is no stop
// word of the lists (those are: "Los", "Les", "Il", ...).
func romanceArticle(w []byte) bool {
	switch string(w) {
	case "el", "la", "le", "lo", "o", "a":
		return true
	}
	return false
}

// englishArticleBefore reports whether an English article ("the", "a",
// "an") stands right before token a on its line. (phone.go's
// articleBefore looks for the Spanish, Italian and Portuguese ones that
// lead a number to call.)
func (s *entScanner) englishArticleBefore(a int) bool {
	if a < 1 || s.toks[a].f&efNL != 0 || s.toks[a-1].kind != etWord || s.toks[a-1].e-s.toks[a-1].s > 3 {
		return false
	}
	return s.is(a-1, "the") || s.is(a-1, "a") || s.is(a-1, "an")
}

// germanArticleBefore reports whether a German or Dutch article stands
// right before token a on its line: a capitalised word after one is a
// noun, which a word for "here" or "said" after it does not make a name
// ("für die Abrechnung hier", "het Formulier zegt").
func (s *entScanner) germanArticleBefore(a int) bool {
	if a < 1 || s.toks[a].f&efNL != 0 || s.toks[a-1].kind != etWord || s.toks[a-1].e-s.toks[a-1].s > 5 || s.toks[a-1].f&efCap != 0 {
		return false
	}
	switch string(s.fold(a - 1)) {
	case "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "het", "een":
		return true
	}
	return false
}

// elidedSurname reports whether word token j is a surname after an
// elided "d'", "dell'" or "dall'" (or with "’"): a capital follows the
// apostrophe ("d'Aubigné", "dell'Acqua").
func (s *entScanner) elidedSurname(j int) bool {
	w := s.text[s.toks[j].s:s.toks[j].e]
	if len(w) < 4 || w[0] != 'd' {
		return false
	}
	p := 1
	if len(w) > 6 && (w[1:4] == "ell" || w[1:4] == "all") {
		p = 4
	}
	switch {
	case w[p] == '\'':
		w = w[p+1:]
	case len(w) >= p+5 && w[p:p+3] == "\u2019":
		w = w[p+3:]
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false // "d'Aubigné", "d'Élie"; not "d'été"
	}
	// "dell'" and "dall'" also name where someone works: "Sara
	// dell'Assistenza Clienti", "Marco dell'Ufficio".
	if p == 1 {
		return true
	}
	fl, _ := s.g.lookupFolded(foldKey(nil, w))
	return fl&(gzStop|gzCommon|gzPlace|gzCompany) == 0
}

// columnGapBefore reports whether a tab or two bytes of white space or
// more stand before token k, as between the cells of a table or the
// fields of a pasted record ("Guest: Mr Kevin O'Brien   Room: 512"): the
// tokenizer's flags say so.
func (s *entScanner) columnGapBefore(k int) bool {
	return s.toks[k].f&(efTab|efGap) != 0
}

// columnEnds reports whether the gap before token j (see
// columnGapBefore), in the capitalised run that starts at token i, ends
// a table's column: after a given name and a surname ("Dylan
// Bennett\tTidewater Freight", "Kevin O'Brien   Room"), or after a
// form's label ("Nome\tTiago\tApelido\tPinto"). After one word that is
// no label the run goes on, as a name typed with a tab or two spaces
// for its space does ("Zoë\tPatel").
func (s *entScanner) columnEnds(i, j int) bool {
	if j <= i || s.toks[j-1].kind != etWord {
		return false
	}
	if s.flagsIn(j-1)&(gzStop|gzRole) != 0 {
		return true
	}
	return j > i+1 && s.toks[j-2].kind == etWord && s.flags(j-2)&gzFirst != 0
}

// tabRow reports whether a tab stands before token j in a row of a
// table pasted with tabs: a line of three cells or more ("Priya\tRamanathan\t12/04/1991"),
// where each cell is a field of its own (since session 70); a name typed
// with a tab for its space in a sentence goes on ("soy Zoë\tPatel, mi
// correo ...": see cellEdge).
func (s *entScanner) tabRow(j int) bool {
	if s.toks[j].f&efTab == 0 {
		return false
	}
	t := s.text
	p := int(s.toks[j].s)
	a := strings.LastIndexByte(t[:p], '\n') + 1
	e := strings.IndexByte(t[p:], '\n')
	if e < 0 {
		e = len(t) - p
	}
	return strings.Count(t[a:p+e], "\t") >= 2
}

// cellEdge reports whether tokens a to b fill a table's cells: a line
// or a tab before a, and one after b or the text's end.
func (s *entScanner) cellEdge(a, b int) bool {
	edge := efNL | efTab
	return (a == 0 || s.toks[a].f&edge != 0) && (b+1 >= len(s.toks) || s.toks[b+1].f&edge != 0)
}

// nounSuffix reports whether the folded word w, of seven bytes or more,
// ends as English nouns of acts and states do and no name does:
// "Registration", "Confirmation", "Submission", "Payment",
// "Membership", "Happiness".
func nounSuffix(w []byte) bool {
	return actNoun(w) || len(w) >= 7 && (bytes.HasSuffix(w, []byte("ship")) || bytes.HasSuffix(w, []byte("ness"))) || germanNoun(bytesText(w))
}

// subjectLabelBefore reports whether a mail's or a form's label of the
// subject and its colon stand right before token a ("Subject:",
// "Betreff:", "Objet :", "Asunto:", "Oggetto:", "Onderwerp:",
// "Assunto:").
func (s *entScanner) subjectLabelBefore(a int) bool {
	if a < 2 || !s.punct(a-1, ':') || s.toks[a-2].kind != etWord {
		return false
	}
	switch string(s.fold(a - 2)) {
	case "subject", "betreff", "objet", "asunto", "oggetto", "onderwerp", "assunto":
		return true
	}
	return false
}

// undIn reports whether the German "und" joins words inside tokens [a,
// end].
func (s *entScanner) undIn(a, end int) bool {
	for k := a + 1; k < end; k++ {
		if s.toks[k].kind == etWord && s.is(k, "und") {
			return true
		}
	}
	return false
}

// ofBetweenCaps reports whether word token k stands right before "of"
// on its line with a capitalised word after it ("Court of Protection",
// "Grant of Probate"), or right after it with a noun's ending ("Letters
// of Guardianship"; not "the University of Nicosia", a place).
func (s *entScanner) ofBetweenCaps(k int) bool {
	return k+2 < len(s.toks) && s.is(k+1, "of") && s.capWord(k+2) && s.toks[k+1].f&efNL == 0 && s.toks[k+2].f&efNL == 0 ||
		k >= 2 && s.is(k-1, "of") && s.capWord(k-2) && s.toks[k-1].f&efNL == 0 && s.toks[k].f&efNL == 0 && nounSuffix(s.fold(k))
}

// pathAt reports whether word token k starts a path: a '/' glued after
// it and a word glued after that ("library/nginx", "brightlane/agent").
func (s *entScanner) pathAt(k int) bool {
	return k+2 < len(s.toks) && s.toks[k].kind == etWord && s.punct(k+1, '/') && s.glued(k+1) && s.glued(k+2) && s.toks[k+2].kind == etWord
}

// contactKind reports whether the folded word w is a compound that
// names the kind of contact a form's field holds, as German and Dutch
// write them: "Noodcontact", "Notfallkontakt", "Kontaktperson",
// "Contactpersoon", "Ansprechpartner" ("Noodcontact: Bram Visser").
func contactKind(w []byte) bool {
	if len(w) < 9 {
		return false
	}
	for _, suf := range [...]string{"contact", "kontakt", "person", "persoon", "partner"} {
		if bytes.HasSuffix(w, []byte(suf)) {
			return true
		}
	}
	return false
}

// prefixedCommon reports whether word token i is "re" or "un" before a
// common word of four letters or more that is no name ("Restock",
// "Unblocked", "Recall"): an English word the lists lack, derived from
// one they hold, and no name ("Reese", "Unger", "Reilly" leave too
// little or no word).
func (s *entScanner) prefixedCommon(i int) bool {
	w := s.fold(i)
	if len(w) < 6 || !(w[0] == 'r' && w[1] == 'e' || w[0] == 'u' && w[1] == 'n') {
		return false
	}
	f, _ := s.g.lookupFolded(w[2:])
	return f&(gzCommon|gzStop) != 0 && f&(gzFirst|gzLast|gzPlace) == 0
}

// actNoun reports whether the folded word w, of seven bytes or more,
// ends as English nouns of acts do ("Compensation", "Payment"); the
// endings of states, "-ness" and "-ship", end surnames too ("Harkness").
func actNoun(w []byte) bool {
	if len(w) < 7 {
		return false
	}
	for _, suf := range [...]string{"tion", "sion", "ment"} {
		if bytes.HasSuffix(w, []byte(suf)) {
			return true
		}
	}
	return false
}

// africanHellos holds the hellos of Swahili ("sasa", "mambo"), Hausa
// ("sannu"), Xhosa ("molo"), Sotho and Tswana ("dumela") and Igbo
// ("kedu"), which open a message before a comma as the name of the
// person addressed would ("Sasa, I paid KES 2,450 via M-Pesa", "Molo,
// ndicela uncedo"). Only there: "Sasa" is a Serbian given name too
// ("I met Sasa Petrovic").
var africanHellos = map[string]bool{"sasa": true, "mambo": true, "sannu": true, "molo": true, "dumela": true, "kedu": true}

// thingAfter reports whether a noun of a thing that a country or a
// nationality sorts follows token end on its line: "the UK store", "my
// UK number", "Dutch IBAN", "Belgian account". Which of a firm's sites,
// accounts or numbers it is says where nobody lives; a firm's place in a
// town still names the town ("the Berlin warehouse", "our Dublin
// team"), as Presidio's synthetic set labels such places.
func (s *entScanner) thingAfter(end int) bool {
	k := end + 1
	if k >= len(s.toks) || !s.spacedOnLine(k) || s.toks[k].kind != etWord || s.toks[k].f&efCap != 0 && s.toks[k].f&efAllCap == 0 {
		return false
	}
	switch string(s.fold(k)) {
	case "store", "stores", "site", "website", "shop", "account", "accounts", "iban", "number", "numbers", "card", "bank",
		"version", "plan", "plans", "prices", "price", "market", "edition", "keyboard", "layout", "sim", "one", "mobile", "phone", "landline":
		return true
	case "address":
		// "UK address for the invoice:", "Australian address:"; a town's
		// says where the person lives ("my Utrecht address").
		return s.flags(end)&(gzCountry|gzNRP) != 0
	}
	return false
}

// shipmentTo reports whether token a follows a preposition of direction,
// maybe with an article, after a word of shipping a few words before
// on its line ("shipping to", "send it to", "Versand nach", "liefern
// Sie auch in die", "livraison au", "envío a", "spedite anche in",
// "verzenden jullie ook naar", "entregam em"): a country or a town
// there alone is where parcels go, not where someone lives; a street
// before it makes an address, which findAddresses has taken by then.
func (s *entScanner) shipmentTo(a int) bool {
	p := a - 1
	if p >= 0 && s.toks[p].kind == etWord && s.toks[p].f&efNL == 0 && s.toks[a].f&efNL == 0 {
		switch string(s.fold(p)) {
		case "the", "die", "den", "der", "la", "le", "les", "el", "los", "o", "os", "il", "lo", "het", "de":
			p-- // "in die Schweiz", "to the Netherlands"
		}
	}
	if p < 1 || s.toks[p].kind != etWord || s.toks[p].f&efNL != 0 || s.toks[p+1].f&efNL != 0 {
		return false
	}
	switch string(s.fold(p)) {
	case "to", "into", "nach", "naar", "en", "au", "aux", "a", "al", "para", "in", "em", "verso", "per":
	default:
		return false
	}
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		if s.toks[k].kind != etWord {
			return false
		}
		w := string(s.fold(k))
		for _, pre := range [...]string{"ship", "deliver", "send", "versand", "versend", "liefer", "livr", "envi", "exped", "sped", "verzend", "lever", "entreg"} {
			if strings.HasPrefix(w, pre) {
				return true
			}
		}
		if s.toks[k].f&efNL != 0 {
			return false
		}
	}
	return false
}

// toolAfter reports whether token k, on the line of the words before
// it, is a noun that follows a product's name ("Daemon", "agent"). A
// colon after it makes it a speaker's label in a transcript whose
// lines ran together ("... Sandra Agent: Hello").
func (s *entScanner) toolAfter(k int) bool {
	return k < len(s.toks) && s.toks[k].kind == etWord && s.toks[k].f&efNL == 0 && s.flags(k)&gzTool != 0 &&
		!s.colonAfter(k)
}

// suffixEnd returns the last token of a generational or professional
// suffix right after a full name ending at token end ("II", "Jr.",
// "MD", Portuguese "Filho": "Francisco das Chagas Nogueira Filho"), or
// end. Brazil names a son after his father ("Filho", "Júnior"), his
// grandfather ("Neto") or his uncle ("Sobrinho"), in capitals too on
// a passport's line ("OTAVIO BRANDAO NETO", session 72).
func (s *entScanner) suffixEnd(end int) int {
	k := end + 1
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&(efNL|efSpace|efUsed) != efSpace || s.toks[k].e-s.toks[k].s > 8 {
		return end
	}
	switch string(s.fold(k)) {
	case "ii", "iii", "iv", "md", "phd", "dds", "dvm", "filho", "neto", "junior", "júnior", "sobrinho":
		if s.toks[k].f&efCap == 0 {
			return end
		}
	case "jr", "sr", "esq":
		if s.toks[k].f&efCap == 0 {
			return end
		}
		if s.punct(k+1, '.') && s.glued(k+1) {
			return k + 1
		}
	default:
		if wordSurnames[string(s.fold(k))] && s.toks[k].f&efCap != 0 && s.flags(end)&gzLast != 0 && s.clauseEndAt(k+1) {
			return k // "favorecido Igor Monteiro Sales." (session 72)
		}
		return end
	}
	// Not the first word of a longer run ("John Smith MD Anderson").
	if s.nameLike(k+1) && s.toks[k+1].f&efNL == 0 {
		return end
	}
	return k
}

// wordSurnames are surnames of Portugal and Brazil that the lists hold
// as words that name no one ("Sales", a firm's department in English):
// suffixEnd takes one as a full name's last word after a surname the
// lists know, when the clause ends after it ("favorecido Igor Monteiro
// Sales."), not before a noun ("John Smith Sales team").
var wordSurnames = map[string]bool{"sales": true}

// clauseEndAt reports whether token k ends a clause: the text or the
// line ends there, or a comma, a full stop, a semicolon, a bracket or a
// question or exclamation mark stands there.
func (s *entScanner) clauseEndAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].f&efNL != 0 {
		return true
	}
	if s.toks[k].kind != etPunct {
		return false
	}
	switch s.toks[k].c {
	case '.', ',', ';', '!', '?', ')':
		return true
	}
	return false
}

// pairFirm returns the last token of a firm named by two words joined
// with "&" ("Marks & Spencer", "Procter & Gamble"), the first no given
// name, or by a word and "and Sons" ("Thomas and Sons"), when word
// token a starts one; else a.
func (s *entScanner) pairFirm(a int) int {
	if a+2 >= len(s.toks) || !s.capWord(a+2) || s.toks[a+2].f&efNL != 0 || s.toks[a+1].f&efNL != 0 {
		return a
	}
	if a > 0 && s.capWord(a-1) && s.toks[a].f&efNL == 0 {
		return a // "Anna Berg & Tom": not one word
	}
	if a+3 < len(s.toks) && s.nameLike(a+3) && s.toks[a+3].f&efNL == 0 {
		return a
	}
	if s.punct(a+1, '&') {
		fl, fl2 := s.flags(a), s.flags(a+2)
		if fl&gzFirst != 0 && fl&gzAmbig == 0 || (fl|fl2)&(gzCommon|gzStop) != 0 {
			return a // "Anna & Ben": two people; "Kids & Family": a genre
		}
		return a + 2
	}
	if s.listAnd(a+1) && s.flags(a+2)&gzOrgSuffix != 0 && s.toks[a+2].f&efPoss == 0 {
		return a + 2 // "Thomas and Sons"
	}
	return a
}

// labelWord reports whether word token k labels a field of a form or an
// invoice: a compound that ends in a label's noun ("Kundenkennung"), or
// an abbreviation ("USt-IdNr", "Kunden-Nr.") with inner capitals after a
// hyphen or a part of at most two letters after a hyphen with a period
// glued to it.
func (s *entScanner) labelWord(k int) bool {
	t := &s.toks[k]
	w := s.text[t.s:t.e]
	// "Transaktionsnummer", "Geburtsdatum", "Steuer-Identifikationsnummer",
	// "Kdnummer": a compound whose last part labels a field, after at
	// least two letters.
	if len(w) >= 7 && s.flagsIn(k) == 0 {
		f := s.fold(k)
		for _, h := range labelHeads {
			if len(f) >= len(h)+2 && string(f[len(f)-len(h):]) == h {
				return true
			}
		}
	}
	// (Only entScanWord reads a '-' into a word, and flags it: most
	// words need no search.)
	if t.f&efHyphen == 0 {
		return false
	}
	h := strings.LastIndexByte(w, '-')
	if brandShape(w) {
		return true
	}
	if len(w)-h-1 <= 2 && s.punct(k+1, '.') && s.glued(k+1) {
		return true
	}
	// "Steuer-ID", "Kunden-ID", "Apple-ID": a compound whose last part
	// is "ID" names an identifier.
	if len(w)-h-1 == 2 && w[h+1]|0x20 == 'i' && w[h+2]|0x20 == 'd' {
		return true
	}
	// "Retry-After:", "X-Request-Id:": a header's name, its parts
	// capitalised and none of them a name.
	if t.f&efASCII == 0 || !s.colonAfter(k) {
		return false
	}
	for len(w) > 0 {
		p, rest, _ := strings.Cut(w, "-")
		if p == "" || !isUpperByte(p[0]) {
			return false
		}
		if f, _ := s.g.lookupASCII(p); f&(gzFirst|gzLast) != 0 {
			return false
		}
		w = rest
	}
	return true
}

// formBlock reports whether the word at token a, which opens its line
// before a colon, is one of a block of labels: two more lines of the
// chunk open with a capitalised word that is no name and a colon glued
// to it ("Name: Lucas Bos\nRelationship: sister\nPhone: ...", a mail's
// "De:", "Enviado:", "Assunto:"), and none of the eight such lines before and
// after it opens with the same word, as a speaker's do in a transcript
// ("Zorvik: hi\nAgent: ...\nZorvik: ..."), or with a side of a chat
// ("System:") after the first line. The lines are found once a chunk.
func (s *entScanner) formBlock(a int) bool {
	if s.all&efNL == 0 {
		return false
	}
	if !s.labelsRead {
		s.labelsRead, s.labelToks = true, s.labelToks[:0]
		for k := 0; k+1 < len(s.toks); k++ {
			if (k == 0 || s.toks[k].f&efNL != 0) && s.labelOpens(k) {
				s.labelToks = append(s.labelToks, int32(k))
			}
		}
	}
	i, found := slices.BinarySearch(s.labelToks, int32(a))
	if !found || len(s.labelToks) < 3 {
		return false
	}
	w := s.text[s.toks[a].s:s.toks[a].e]
	for j := max(0, i-8); j < min(len(s.labelToks), i+9); j++ {
		k := int(s.labelToks[j])
		// The side that opens the message is its sender's prefix
		// ("Customer: here are my details:\nName: ...").
		if t := &s.toks[k]; j != i && s.text[t.s:t.e] == w || k > 0 && chatSpeaker(s.fold(k)) {
			return false
		}
	}
	return true
}

// chatSpeaker reports whether the folded word w names a side of a chat
// ("Agent:", "Bot:", "System:", "Visiteur:"): lines it opens make a
// transcript, whose other speakers may be names the lists do not know.
func chatSpeaker(w []byte) bool {
	switch string(w) {
	case "agent", "customer", "bot", "system", "user", "visitor", "visiteur", "client", "cliente", "kunde", "klant",
		"support", "assistant", "operator", "rep", "me", "you", "moi", "ich", "yo", "io", "eu":
		return true
	}
	return false
}

// labelOpens reports whether token k is a capitalised word with a colon
// glued to it that the lists know as no name: a label, not a speaker
// ("Nicole: Remember me?").
func (s *entScanner) labelOpens(k int) bool {
	t := &s.toks[k]
	return t.kind == etWord && t.f&efCap != 0 && s.punct(k+1, ':') && s.glued(k+1) && s.flags(k)&(gzFirst|gzLast|gzAmbig) == 0
}

// speakerMark reports whether the ':' or ',' after the word at token end
// marks a speaker or someone addressed ("Anna: ...", "Anna, can you"):
// glued to the word, not doubled ("Unspecified ::", "std::"), and after
// a word that is no participle ("Updated:", "Pending:"). After a colon
// words must follow: "Hash: $2b$...", "Merge: a1b2c3d", "Jest: Tests:",
// "Born: February 9" label a value or another label.
func (s *entScanner) speakerMark(end int) bool {
	if !s.glued(end+1) || s.punct(end+1, ':') && s.colonAfter(end+1) {
		return false
	}
	if s.punct(end+1, ':') {
		k := end + 2
		if k >= len(s.toks) || s.toks[k].f&efNL != 0 {
			return true // the message starts on the next line
		}
		nt := &s.toks[k]
		if nt.kind != etWord && !(nt.kind == etPunct && (nt.c == '"' || nt.c == '\'')) || nt.f&efDigit != 0 ||
			s.colonAfter(k) || codeGlue(s, k) {
			return false
		}
		// A month and a day label a date: "Born: February 9, 1990"
		// ("Anna: May I ask ..." speaks).
		if k+1 < len(s.toks) && s.toks[k+1].kind == etNum && s.toks[k+1].f&efNL == 0 && s.flags(k)&gzMonthDay != 0 {
			return false
		}
	}
	t := &s.toks[end]
	w := s.text[t.s:t.e]
	if strings.IndexByte(w, '-') >= 0 {
		return false // "X-Request-Id:", "Set-Cookie:": a header's name
	}
	if s.flags(end)&(gzTool|gzFirst|gzLast) == gzTool {
		return false // "Browser:", "Server:": a field's label
	}
	return stemLen(w, "ed") < 3 && !gerundShape(w)
}

// codeGlue reports whether word token k is glued to a dot, a slash, an
// underscore or an equals sign and a word after it ("registry.example",
// "u1_0", "a=b"): a piece of a path, a host or an identifier.
func codeGlue(s *entScanner, k int) bool {
	if k+2 >= len(s.toks) || !s.glued(k+1) || !s.glued(k+2) || s.toks[k+2].kind == etPunct {
		return false
	}
	switch s.toks[k+1].c {
	case '.', '/', '_', '=', '\\':
		return s.toks[k+1].kind == etPunct
	}
	return false
}

// valueLabel reports whether the capitalised words ending at token end,
// with up to two more capitalised words after them (more), label a
// value: a colon glued to them and a number after it ("Duration: 1234.56
// ms", "Memory Size: 512 MB", "Max Memory Used: 87 MB"), and whether a
// unit of measure follows the number (unit).
func (s *entScanner) valueLabel(end int) (ok, more, unit bool) {
	k := end + 1
	for ; k < end+3 && k < len(s.toks) && s.toks[k].kind == etWord && s.toks[k].f&(efCap|efAllCap|efNL) == efCap && !contactLabel(s.fold(k)); k++ {
		more = true
	}
	if !s.colonAfter(k-1) || k+1 >= len(s.toks) {
		return false, false, false
	}
	k++
	if t := &s.toks[k]; t.kind != etNum || t.f&efNL != 0 {
		return false, false, false
	}
	// The unit after the number, maybe after its decimals: "1234.56 ms".
	if k+2 < len(s.toks) && s.punct(k+1, '.') && s.glued(k+1) && s.glued(k+2) && s.toks[k+2].kind == etNum {
		k += 2
	}
	k++
	if k < len(s.toks) && s.toks[k].f&efNL == 0 {
		unit = s.punct(k, '%') || s.toks[k].kind == etWord && s.flags(k)&gzMeasure != 0
	}
	return true, more, unit
}

// contactLabel reports whether the folded word w labels a field of a
// contact card ("Phone:", "Fax:"), a label of its own after a name.
func contactLabel(w []byte) bool {
	switch string(w) {
	case "phone", "fax", "mobile", "tel", "cell", "email", "e-mail", "desk", "name", "date", "address", "website":
		return true
	}
	return false
}

// versionAt reports whether a version number starts at token k, on the
// same line: digits, a dot and digits glued ("23.3.0", "3.11").
func (s *entScanner) versionAt(k int) bool {
	if k+2 >= len(s.toks) || s.toks[k].kind != etNum || s.toks[k].f&efNL != 0 {
		return false
	}
	if !s.punct(k+1, '.') || !s.glued(k+1) || !s.glued(k+2) || s.toks[k+2].kind != etNum {
		return false
	}
	// A date written with dots is no version: "Anna Berg 03.10.1961".
	e := int(s.toks[k].s)
	for e < len(s.text) && (isDigit(s.text[e]) || s.text[e] == '.') && e-int(s.toks[k].s) < 12 {
		e++
	}
	return fullPastDate(strings.TrimRight(s.text[s.toks[k].s:e], ".")) == 0
}

// techLine reports whether the stretch of text that holds token k (its
// line, cut at the ends of sentences) reads as a log line, a stack trace,
// a command or a header dump rather than as prose: three or more of its
// space-separated chunks carry a mark of code, such as a dotted or
// slashed identifier ("java.lang", "Mozilla/5.0"), snake_case, "k=v", a
// call ("run("), a bracket glued to a word ("[main]"), camelCase, a hex
// number or a log level. The answer is kept per stretch, so each is read
// once however many names it holds.
func (s *entScanner) techLine(k int) bool {
	if k >= s.techA && k <= s.techB {
		return s.tech
	}
	a := k
	for a > 0 && s.toks[a].f&efNL == 0 && !s.sentenceEnd(a-1) {
		a--
	}
	b := k
	for b+1 < len(s.toks) && s.toks[b+1].f&efNL == 0 && !s.sentenceEnd(b) {
		b++
	}
	marks := 0
	marked := false // the current chunk has a mark already
	for i := a; i <= b && marks < 3; i++ {
		if i == a || !s.glued(i) {
			marked = false
		}
		if marked || !s.codeMark(i, a, b) {
			continue
		}
		marked = true
		marks++
	}
	s.techA, s.techB, s.tech = a, b, marks >= 3
	return s.tech
}

// hasInitial reports whether an initial stands between the first and
// the last word of tokens a to end ("Landerico B Hidalgo"), the shape
// of a person's name.
func (s *entScanner) hasInitial(a, end int) bool {
	for k := a + 1; k < end; k++ {
		if s.initialAt(k) > 0 {
			return true
		}
	}
	return false
}

// sentenceEnd reports whether token i ends a sentence: an endMark with a
// space or nothing after it.
func (s *entScanner) sentenceEnd(i int) bool {
	return s.endMark(i) && (i+1 >= len(s.toks) || !s.glued(i+1))
}

// lineEndsAt reports whether token j ends its line, maybe after one
// mark that ends a sentence ("... Maarja", "... Maarja!").
func (s *entScanner) lineEndsAt(j int) bool {
	n := len(s.toks)
	if j < n && s.toks[j].f&efNL == 0 && s.endMark(j) {
		j++
	}
	return j >= n || s.toks[j].f&efNL != 0
}

// endMark reports whether token i is a period, an exclamation or a
// question mark.
func (s *entScanner) endMark(i int) bool {
	t := &s.toks[i]
	return t.kind == etPunct && (t.c == '.' || t.c == '!' || t.c == '?')
}

// codeMark reports whether token i, within tokens a to b, is a mark of
// code (see techLine).
func (s *entScanner) codeMark(i, a, b int) bool {
	t := &s.toks[i]
	if t.kind == etPunct {
		left := i > a && s.glued(i) && s.toks[i-1].kind != etPunct
		right := i < b && s.glued(i+1) && s.toks[i+1].kind != etPunct
		switch t.c {
		case '.', '/', '\\':
			// Both sides glued and a letter on one: "com.example",
			// "31.123Z", "Mozilla/5.0", not "4.99" nor "12/27".
			return left && right && (s.toks[i-1].kind == etWord || s.toks[i+1].kind == etWord)
		case '_', '=':
			return left && right
		case '(':
			return left && s.toks[i-1].kind == etWord // "process("
		case '[', '{':
			return right && s.toks[i+1].kind == etWord // "[main]", "{0x7f"
		}
		return false
	}
	if t.kind != etWord || t.f&efASCII == 0 {
		return false
	}
	w := s.text[t.s:t.e]
	switch {
	case t.f&efDigit != 0:
		return len(w) > 2 && w[0] == '0' && (w[1] == 'x' || w[1] == 'X') // 0x80070005
	case t.f&efCap == 0:
		return brandShape(w) // handleRequest
	case t.f&efAllCap != 0:
		return logLevel(w)
	}
	return humps(w) >= 2 // NullPointerException, CrashLoopBackOff
}

// humps counts the lower-case letters followed by a capital in w.
func humps(w string) int {
	n := 0
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			n++
		}
	}
	return n
}

// logLevel reports whether w is the level of a log line.
func logLevel(w string) bool {
	switch w {
	case "INFO", "WARN", "WARNING", "ERROR", "DEBUG", "TRACE", "FATAL", "SEVERE", "CRITICAL", "ERR":
		return true
	}
	return false
}

// adverbShape reports whether w looks like an English adverb: seven
// letters or more ending in "ly" but not "lly" ("Secretly"), or eight or
// more ending in "ally" ("Normally").
func adverbShape(w string) bool {
	return stemLen(w, "ly") >= 5 && !strings.HasSuffix(w, "lly") || stemLen(w, "ally") >= 4
}

// gerundShape reports whether w looks like an English gerund
// ("Using", "Getting", "Troubleshooting"): five letters or more ending in
// "ing", so "King" and "Sing" are not.
func gerundShape(w string) bool {
	return stemLen(w, "ing") >= 2
}

// stemLen returns the length of w before the English suffix suf, or -1
// when w does not end in suf. Its callers ask for a stem of a few
// letters, so that short words ("King", "Red", "Fly", "Bus") are not
// read as inflected.
func stemLen(w, suf string) int {
	if !strings.HasSuffix(w, suf) {
		return -1
	}
	return len(w) - len(suf)
}

// verbGerund reports whether word token k, in any case, is the gerund
// of a verb the gazetteer knows as a common word ("Using", "Running",
// "Updating", "RECEIVING"): at the start of a sentence the capitalised
// words after it name what is used ("Using Docker Compose"), where a
// name shaped like a gerund ("Hilding Carlsson") has a stem that is no
// word.
func (s *entScanner) verbGerund(k int) bool {
	var buf [maxKey + 1]byte
	w := append(buf[:0], s.fold(k)...)
	// A word longer than maxKey folds to one byte, and an accent may
	// leave too short a stem ("Éing" folds to "eing").
	if len(w) < 5 || string(w[len(w)-3:]) != "ing" {
		return false
	}
	stem := lastPart(w[:len(w)-3]) // "copy-pasting"
	if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] && s.commonVerb(stem[:n-1]) {
		return true // "running", "getting"
	}
	return s.commonVerb(stem) || s.commonVerb(append(stem, 'e')) // "updating"
}

// verbPast reports whether word token k, in any case, is the past of a
// verb the gazetteer knows as a common word ("Tried", "Checked",
// "Stopped", "Updated"), as verbGerund does for the gerund: a given name
// shaped like one ("Javed", "Rasheed", "Ahmed", "Fareed") has a stem that
// is no word, or one that would not take "ed".
func (s *entScanner) verbPast(k int) bool {
	var buf [maxKey + 1]byte
	w := append(buf[:0], s.fold(k)...)
	if len(w) < 5 || string(w[len(w)-2:]) != "ed" {
		return false
	}
	stem := lastPart(w[:len(w)-2]) // "copy-pasted"
	n := len(stem)
	if n < 2 {
		return false
	}
	if stem[n-1] == stem[n-2] && s.commonVerb(stem[:n-1]) {
		return true // "stopped", "logged"
	}
	if stem[n-1] == 'i' {
		stem[n-1] = 'y' // "tried", "replied"
		return s.commonVerb(stem)
	}
	// A verb that ends in 'e' takes a 'd' alone ("fared", "freed"): a
	// word that adds "ed" to it is none ("Fareed").
	return stem[n-1] != 'e' && s.commonVerb(stem) || s.commonVerb(append(stem, 'e')) // "checked", "updated"
}

// lastPart returns the part of w after its last hyphen, or w.
func lastPart(w []byte) []byte {
	if h := bytes.LastIndexByte(w, '-'); h >= 0 {
		return w[h+1:]
	}
	return w
}

// vietGiven reports whether word token i may be a Vietnamese given name
// after a surname and Van or Thi: a short word ("An", "Mai", "Long",
// "Phuong") that names no desk or team ("Nguyen Van Customer Service",
// "Smith Van Support").
func (s *entScanner) vietGiven(i int) bool {
	t := &s.toks[i]
	if t.e-t.s > 8 || utf8.RuneCountInString(s.text[t.s:t.e]) > 6 || s.flags(i)&(gzOrgAfter|gzJobHead|gzTool|gzOrgSuffix) != 0 {
		return false
	}
	return !deskWord(s.fold(i))
}

// userVerb reports whether the folded word w is a verb of an order an
// admin gives about a user ("Invite", "Remove", "Add"), which opens a
// sentence before the user's name.
func userVerb(w string) bool {
	switch w {
	case "invite", "reinvite", "remove", "add", "assign", "reassign", "delete", "block", "unblock", "notify",
		"message", "text", "email", "e-mail", "call", "ring", "phone", "contact", "cc", "bcc", "forward", "ask", "tell",
		"let", "make", "set", "rename", "verify", "approve", "reject", "deactivate", "activate", "reactivate", "disable",
		"enable", "unlink", "link", "promote", "demote", "suspend", "unsuspend", "onboard", "offboard", "transfer", "refund":
		return true
	}
	return false
}

// commonVerb reports whether the folded word key is a common word or a
// stop word and no name or place, as the stem of a verb must be.
func (s *entScanner) commonVerb(key []byte) bool {
	fl, _ := s.g.lookupFolded(key)
	return fl&(gzCommon|gzStop) != 0 && fl&(gzFirst|gzLast|gzPlace) == 0
}

// placeNouns reports whether the capitalised words from token a to end
// are each a common noun or the gerund of a known verb ("RECEIVING",
// "Loading"), and none a surname: they name a place of a building
// ("WAREHOUSE RECEIVING DOCK", "Loading Dock"). A given name that is a
// word too may only follow such a noun ("LOADING DOCK"): first after a
// person's label it is the person ("Attn: Will", "Recipient: Joy",
// "Attn: Bill Rich").
func (s *entScanner) placeNouns(a, end int) bool {
	first := true
	for k := a; k <= end; k++ {
		if s.toks[k].kind != etWord || s.toks[k].f&efCap == 0 || s.toks[k].e-s.toks[k].s <= 1 {
			continue
		}
		fl := s.flagsIn(k)
		if fl&gzLast != 0 || fl&(gzFirst|gzAmbig) != 0 && (first || fl&(gzAmbig|gzCommon) == 0) || fl&(gzCommon|gzStop) == 0 && (fl != 0 || !s.verbGerund(k)) {
			return false
		}
		first = false
	}
	return true
}

// labelBefore reports whether a form's label and its colon stand right
// before token a ("Recipient: ...", "Attn: ..."), at the start of a line.
func (s *entScanner) labelBefore(a int) bool {
	return a >= 2 && s.punct(a-1, ':') && s.toks[a].f&efNL == 0 && s.toks[a-2].kind == etWord && s.lineStart(a-2)
}

// headingWords reports whether the capitalised words from token a to
// end read as the rest of a heading: each a common or a stop word, a
// plural of a common word, or an English participle ("Started",
// "Getting"), and none a name.
func (s *entScanner) headingWords(a, end int) bool {
	for k := a; k <= end; k++ {
		t := &s.toks[k]
		if t.kind != etWord || t.f&efCap == 0 {
			continue
		}
		fl := s.flags(k)
		if fl&(gzFirst|gzLast) != 0 {
			return false
		}
		w := s.text[t.s:t.e]
		if fl&(gzCommon|gzStop) == 0 && !s.pluralCommon(k) && !gerundShape(w) && stemLen(w, "ed") < 3 {
			return false
		}
	}
	return true
}

// pluralCommon reports whether word token k, which the gazetteer does
// not know, is the plural of a common word it knows ("Flights",
// "Refunds"), and of no name.
func (s *entScanner) pluralCommon(k int) bool {
	fl := s.singularFlags(k)
	return fl&gzCommon != 0 && fl&(gzFirst|gzLast|gzPlace) == 0
}

// pluralShape reports whether word token k ends as an English plural
// does ("Offers", "Deals", "Specials"), which surnames the lists lack
// rarely do: in "s" after a consonant or an "e".
func (s *entScanner) pluralShape(k int) bool {
	t := &s.toks[k]
	if t.e-t.s < 4 {
		return false
	}
	w := s.text[t.s:t.e]
	if w[len(w)-1] != 's' {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'a', 'i', 'o', 'u':
		return false
	}
	return true
}

// singularFlags returns the gazetteer flags of ASCII word token k without
// its final "s" ("Flights" -> "flight", "Saudis" -> "saudi", "uses" ->
// "use"), or 0 when it is shorter than four letters, holds a digit or
// ends in "ss".
func (s *entScanner) singularFlags(k int) uint32 {
	t := &s.toks[k]
	if t.kind != etWord || t.f&(efASCII|efDigit) != efASCII || t.e-t.s > maxKey {
		return 0
	}
	w := s.text[t.s:t.e]
	n := stemLen(w, "s")
	if n < 3 || w[n-1] == 's' {
		return 0
	}
	fl, _ := s.g.lookupASCII(w[:n])
	return fl
}

// firmListAt reports whether token a starts a list of exactly three
// single capitalised words, "A, B and C", most of them surnames, the way
// law and accounting firms are named.
func (s *entScanner) firmListAt(a int) bool {
	and := func(k int) bool { return k >= 0 && k < len(s.toks) && s.listAnd(k) }
	if !s.punct(a+1, ',') || !and(a+3) || s.punct(a-1, ',') || and(a-1) {
		return false
	}
	if !s.nameLike(a+2) || !s.nameLike(a+4) || s.nameLike(a+5) && !s.is(a+5, "orchestra") || s.punct(a+5, ',') && s.nameLike(a+6) && and(a+7) {
		return false
	}
	if s.toks[a+4].f&efNL != 0 || s.toks[a+2].f&efNL != 0 {
		return false
	}
	last, first := 0, 0
	for _, k := range [...]int{a, a + 2, a + 4} {
		fl := s.flags(k)
		if fl&(gzStop|gzPlace|gzNRP|gzCommon) != 0 && fl&gzLast == 0 {
			return false
		}
		if fl&gzLast != 0 {
			last++
		} else if fl&gzFirst != 0 {
			first++
		}
	}
	return last >= 2 && first == 0
}

// firmsAround reports whether the word token a is an item of a list on
// one line, joined by "and" ("A, B and C"), whose items are firms: one
// of them ends in a firm's suffix or is a known organisation ("Acme Corp,
// Globex and Initech"), or there are three or more and each is one word
// that the gazetteer does not know at all ("Contoso, Fabrikam and
// Northwind"), which is how brands are listed far more often than
// people, unless a cue before the list announces people.
func (s *entScanner) firmsAround(a int) bool {
	const firm = gzOrgSuffix | gzCompany
	items, unknown, found, first, and := 1, s.flags(a) == 0, false, a, false
	// Back from a: each item ends at the token before a separator.
	for p := a - 1; p > 0 && items < 8 && s.listSep(p); items++ {
		if s.toks[p+1].f&efNL != 0 {
			break
		}
		and = and || s.listAnd(p)
		q := p - 1
		if s.listAnd(p) && s.punct(q, ',') {
			q-- // the serial comma
		}
		if s.punct(q, '.') && s.glued(q) {
			q-- // "Ltd."
		}
		n := s.capWordsBack(q)
		if n == 0 {
			break
		}
		found = found || s.flags(q)&firm != 0
		unknown = unknown && n == 1 && s.flags(q) == 0
		p = q - n
		first = p + 1
	}
	// On from a: each item starts after a separator.
	for p := a + 1; p+1 < len(s.toks) && items < 8 && s.listSep(p); items++ {
		q := p + 1
		if s.punct(p, ',') && s.listAnd(q) {
			q++ // the serial comma
		}
		n := 0
		for q+n < len(s.toks) && n < 4 && s.capWord(q+n) && s.toks[q+n].f&efNL == 0 {
			n++
		}
		if n == 0 || s.toks[p].f&efNL != 0 {
			break
		}
		and = and || s.listAnd(p) || q > p+1
		e := q + n - 1
		found = found || s.flags(e)&firm != 0
		unknown = unknown && n == 1 && s.flags(e) == 0
		p = e + 1
		if s.punct(p, '.') && s.glued(p) {
			p++
		}
	}
	if !and {
		return false // "in Tobel, Transunion is": no list
	}
	if found {
		return true
	}
	// "I met Zorblat, Quixel and Brannoc": people after all.
	c := s.cueBefore(first)
	return unknown && items >= 3 && c != cuePerson
}

// listSep reports whether token p separates the items of a list.
func (s *entScanner) listSep(p int) bool {
	return s.punct(p, ',') || s.listAnd(p)
}

// capWord reports whether token i is a capitalised word without digits,
// reported already or not.
func (s *entScanner) capWord(i int) bool {
	t := &s.toks[i]
	return t.kind == etWord && t.f&(efCap|efDigit) == efCap
}

// capWordsBack returns how many capitalised words, at most four, end at
// token q on its line.
func (s *entScanner) capWordsBack(q int) int {
	n := 0
	for q-n >= 0 && n < 4 && s.capWord(q-n) {
		n++
		if s.toks[q-n+1].f&efNL != 0 {
			break
		}
	}
	return n
}

// hyphenFirm reports whether word token a is two surnames joined by a
// hyphen ("Weeks-Rivas") standing without a given name before it.
func (s *entScanner) hyphenFirm(a int) bool {
	t := &s.toks[a]
	if t.f&efASCII == 0 || t.f&efAllCap != 0 || a > 0 && s.flags(a-1)&gzFirst != 0 && s.nameLike(a-1) {
		return false
	}
	w := s.text[t.s:t.e]
	h := strings.IndexByte(w, '-')
	if h <= 1 || h >= len(w)-2 || strings.IndexByte(w[h+1:], '-') >= 0 {
		return false
	}
	f1, _ := s.g.lookupASCII(w[:h])
	f2, _ := s.g.lookupASCII(w[h+1:])
	if f1&gzLast != 0 && f2&gzLast != 0 && (f1|f2)&gzFirst == 0 {
		return true
	}
	// "Garcia-Smith", "Valentine-Murray": a known surname joined to a
	// capitalised word that is no given name, nor a place or a common
	// word, and nothing after it that confirms a person ("... said").
	const never = gzFirst | gzCommon | gzPlace | gzCountry | gzNRP | gzHonor
	return (f1|f2)&gzLast != 0 && (f1|f2)&never == 0 && h >= 3 && len(w)-h-1 >= 3 &&
		isUpperByte(w[h+1]) && !s.postPersonCue(a+1) && !s.personVerb(a+1)
}

// jobAhead reports whether a lower-case job noun ends the words that
// start at token k, within three words on the same line ("scientist",
// "booking clerk").
func (s *entScanner) jobAhead(k int) bool {
	for m := k; m < len(s.toks) && m < k+3; m++ {
		t := &s.toks[m]
		if t.kind != etWord || t.f&(efCap|efNL|efDigit) != 0 {
			return false
		}
		if s.flags(m)&gzJobHead != 0 {
			return true
		}
	}
	return false
}

// ageAt reports an age at number token i, of up to three digits (see
// findNames): "42 years old", "a 42-year-old", "aged 42", "turned 42".
func (s *entScanner) ageAt(i int) {
	j := i + 1
	if s.punct(j, '-') && s.glued(j) {
		j++
	}
	score := 0.0
	if uint(j) < uint(len(s.toks)) && s.toks[j].kind == etWord && s.toks[j].e-s.toks[j].s <= 9 && ageWordFirst(s.text[s.toks[j].s]) {
		switch string(s.fold(j)) {
		case "year-old", "years-old", "yo", "ans", "jahre", "anos", "anni", "jaar":
			score = 0.85
		case "years", "year", "yrs", "yr":
			if s.is(j+1, "old") || s.is(j+1, "of") && s.is(j+2, "age") {
				score = 0.85
			}
		case "y":
			if s.punct(j+1, '/') && s.is(j+2, "o") {
				score = 0.85
			}
		}
	}
	// Most numbers here follow no word ("8:19", "37.117"): no cue. After
	// a verb, a number a '.', ':', ',', '/' or '-' joins to digits is a
	// price, a time, a date or a range ("the total was 12.99", "my
	// appointment was 10:30", "the delivery date was 12/03/2024", "the
	// estimate was 3-5 days"), no age; after a word for age it is one
	// ("Age: 4.5"). Nor does "ETA" before one ("ETA 14:30").
	if score == 0 && (uint(i+1) >= uint(len(s.toks)) || s.toks[i+1].kind == etPunct) {
		if p := s.cueWordAt(i); p >= 0 && s.mayCue(p, cueAge) && s.hasCue(i, cueAge) && !(s.numberGoesOn(i) && (ageVerb(string(s.fold(p))) || s.etaAt(p))) {
			score = 0.7
		}
	} else if score == 0 && s.toks[i+1].kind == etWord && s.toks[i+1].f&(efNL|efCap) == 0 && s.toks[i+1].e-s.toks[i+1].s <= 8 && i > 0 && s.toks[i-1].kind == etWord && ageClauseWord(s.fold(i+1)) {
		// "I am 65 and housebound", "who is 96 and has dementia", "turns
		// 58 next week": a clause goes on after the age. After "was" a
		// number and "and" are as often a sum or a count ("the total was
		// 12 and the tax 3").
		// "I am 2 and a half hours late" measures time.
		if p := s.cueWordAt(i); p >= 0 && i-p == 1 && s.mayCue(p, cueAge) && s.hasCue(i, cueAge) && !s.is(p, "was") && !s.etaAt(p) && !(s.is(i+2, "a") && s.is(i+3, "half")) {
			score = 0.7
		}
	}
	if score > 0 && !s.thingAged(i) {
		s.emit(stAge, i, i, score)
	}
}

// titleRun reports a run of capitalised words [i, j) after a job's cue
// whose last is a job's noun as a title, not a name, wherever the
// sentence goes on ("works as Dental Hygienist for ...", "employed as
// Senior Procurement Officer at ..."; findJobTitles reads those that
// end a line or a clause), and whether it did. After "the" such words
// name a role, not someone's job ("ask the Store Manager").
func (s *entScanner) titleRun(i, j int) bool {
	if s.mask&stTitle == 0 || s.toks[j-1].e-s.toks[j-1].s < 4 || !s.mayHave(j-1, &s.g.jobShape) || s.flags(j-1)&gzJobHead == 0 || !s.hasCue(i, cueJob) || s.is(i-1, "the") {
		return false
	}
	s.emit(stTitle, i, j-1, 0.6)
	return true
}

// ageClauseWord reports whether the folded word w goes on a clause after
// an age ("65 and housebound", "58 next week").
func ageClauseWord(w []byte) bool {
	switch string(w) {
	case "and", "but", "so", "now", "next", "this", "last", "since", "with", "yet", "today", "tomorrow",
		"und", "aber", "en", "maar":
		return true
	}
	return false
}

// thingAged reports whether the number at token i is the age of a thing
// a sentence names before it: "my laptop is 3 years old", "the account
// is about 10 years old", "it's 5 years old", "our company is 20 years
// old". A person's noun or pronoun there ("my son is 8 years old", "she
// is 42") leaves an age, as does no such subject.
func (s *entScanner) thingAged(i int) bool {
	p := i - 1
	for k := 0; k < 2 && p >= 0 && s.toks[p].kind == etWord && s.toks[p].f&efCap == 0; k++ {
		switch string(s.fold(p)) {
		case "about", "almost", "nearly", "over", "only", "just", "now", "already", "around", "roughly", "barely", "under":
			p--
			continue
		}
		break
	}
	if p < 0 || s.toks[p].kind != etWord || s.toks[p+1].f&efNL != 0 {
		return false
	}
	switch string(s.fold(p)) {
	case "is", "was", "are", "were":
		p--
	default:
		// The tokenizer cuts the 's off ("it's", "laptop's": efPoss),
		// which stands for "is" here.
		if s.toks[p].f&efPoss == 0 {
			return false
		}
	}
	if p < 0 || s.toks[p].kind != etWord {
		return false
	}
	w := string(s.fold(p))
	switch w {
	case "it", "this", "that", "thing":
		return true
	}
	if p < 1 || !thingNoun(w) {
		return false
	}
	switch string(s.fold(p - 1)) {
	case "my", "our", "the", "this", "that", "your", "his", "her", "their":
		return true
	}
	return false
}

// weekdayPair reports whether word tokens a and b are the short German
// or Dutch names of the first and the last day of a week's range
// ("Mo–Fr", "Mo-Sa", "Ma-Vr").
func (s *entScanner) weekdayPair(a, b int) bool {
	if !s.is(a, "mo") && !s.is(a, "ma") && !s.is(a, "di") {
		return false
	}
	for _, w := range [...]string{"fr", "sa", "so", "vr", "za", "zo", "do"} {
		if s.is(b, w) {
			return true
		}
	}
	return false
}

// productNounAt reports whether token k is a noun of a product in lower
// case on the line of the token before it, as shops name their goods
// after people ("Billy bookcase", "Murphy bed", "Tiffany lamp"). Words
// that are also verbs after a name ("set", "grill") are left out.
func (s *entScanner) productNounAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != etWord || s.toks[k].f&(efCap|efNL) != 0 || s.toks[k].e-s.toks[k].s < 3 || s.toks[k].e-s.toks[k].s > 11 {
		return false
	}
	switch string(s.fold(k)) {
	case "bookcase", "bookshelf", "shelf", "shelves", "chair", "chairs", "armchair", "sofa", "couch", "bed", "mattress", "lamp",
		"desk", "drawer", "dresser", "wardrobe", "cabinet", "stool", "rug", "thermos", "mug", "doll", "dolls", "toy", "figurine",
		"speaker", "speakers", "headphones", "earbuds", "earphones", "planner", "notebook", "glasses", "sunglasses", "frames",
		"boots", "shoes", "sneakers", "trainers", "heels", "sandals", "scarf", "tote", "handbag", "backpack", "wallet", "purse",
		"jacket", "jeans", "socks", "perfume", "cologne", "fragrance", "parfum", "candle", "candles", "lipstick", "mascara", "serum",
		"mower", "blender", "kettle", "toaster", "bourbon", "rum", "whisky", "whiskey", "vodka", "gin", "liqueur", "salad", "apples":
		return true
	}
	return false
}

// giveVerbBefore reports whether a verb that takes two objects stands
// right before token a ("bought Anna shoes", "sent Tom flowers"), whose
// name is then a person's, the noun after it what was given.
func (s *entScanner) giveVerbBefore(a int) bool {
	p := a - 1
	if p < 0 || s.toks[p].kind != etWord || s.toks[a].f&efNL != 0 {
		return false
	}
	switch string(s.fold(p)) {
	case "give", "gave", "given", "send", "sent", "buy", "bought", "get", "got", "bring", "brought", "show", "showed", "lend",
		"lent", "sell", "sold", "offer", "offered", "hand", "handed", "order", "ordered", "make", "made", "owe", "owed":
		return true
	}
	return false
}

// thingNoun reports whether the folded word w names a thing a support
// chat gives an age ("my laptop is 3 years old"): a device, an account,
// a firm, a home. A person's noun is none, whatever it is ("my stepson",
// "the cardholder"), and leaves an age.
func thingNoun(w string) bool {
	switch w {
	case "laptop", "computer", "pc", "mac", "macbook", "phone", "iphone", "smartphone", "tablet", "ipad", "tv", "television",
		"router", "modem", "printer", "monitor", "device", "console", "camera", "watch", "charger", "battery", "speaker",
		"headphones", "fridge", "freezer", "washer", "dryer", "dishwasher", "oven", "boiler", "heater", "mattress", "sofa",
		"couch", "bike", "car", "vehicle", "van", "motorcycle", "machine", "unit", "appliance", "system", "software", "app",
		"account", "subscription", "membership", "card", "warranty", "policy", "contract", "order", "product", "item", "model",
		"company", "business", "firm", "shop", "store", "website", "site", "house", "home", "flat", "apartment", "building",
		"roof", "kitchen", "bathroom", "meter", "tank", "pump", "drive", "disk", "server", "truck", "furnace", "microwave",
		"ac", "aircon", "thermostat", "ssd", "hdd", "domain", "email", "mailbox", "vacuum", "headset", "earbuds", "airpods",
		"keyboard", "mouse", "desk", "chair", "bed", "table", "boat", "scooter", "ebike", "kindle", "xbox", "playstation",
		"ps4", "ps5", "imac", "smartwatch", "fitbit", "roomba", "stove", "cooker", "kettle", "blender", "toaster",
		"dehumidifier", "generator", "solar", "panel", "panels", "inverter", "engine", "tyres", "tires", "piano", "guitar",
		"hoover", "carpet", "fence", "jacket", "coat", "shoes", "boots", "glasses", "drone", "window", "windows", "door",
		"suitcase", "luggage", "wallet", "bag", "handbag", "e-bike", "pram", "stroller", "tent", "ring", "necklace":
		return true
	}
	return false
}

// etaAt reports whether the age cue at token p is "ETA" or "eta", which
// before a time, a date or a range is the estimated time of arrival
// ("ETA 14:30", "refund ETA 5-7 days"), not the Italian "età", which
// folds to the same word and is often typed without its accent ("eta:
// 45", "ETA: 45").
func (s *entScanner) etaAt(p int) bool {
	t := &s.toks[p]
	return t.e-t.s == 3 && t.f&efASCII != 0 && equalLowerASCII("eta", s.text[t.s:t.e])
}

// numberGoesOn reports whether the number at token i goes on into digits
// after a '.', ':', ',', '/' or '-' glued to it ("12.99", "10:30", "1,5",
// "12/03/2024", "3-5 days").
func (s *entScanner) numberGoesOn(i int) bool {
	if i+2 >= len(s.toks) {
		return false
	}
	p := &s.toks[i+1]
	if p.s != s.toks[i].e || p.c != '.' && p.c != ':' && p.c != ',' && p.c != '/' && p.c != '-' {
		return false
	}
	n := &s.toks[i+2]
	return n.s == p.e && n.f&efDigit != 0
}

// ageVerb reports whether the folded age cue w is a verb's ("was", "is
// now", "i'm"), which a price or a time follows as often, rather than a
// word for age ("age", "alter", "edad").
func ageVerb(w string) bool {
	switch w {
	case "was", "now", "is", "i'm", "am", "he's", "she's", "turned", "turn", "turning", "turns":
		return true
	}
	return false
}

// mayAge reports whether the number at token i may be an age as ageAt
// reads one: a word after it that may say so ("years", "yo", a hyphen
// before "year-old"), or a word before it that may end an age's cue.
// Most numbers have neither ("[04:50]", "order 4521"): a test that
// spares them ageAt's.
func (s *entScanner) mayAge(i int) bool {
	if n := i + 1; n < len(s.toks) {
		if t := &s.toks[n]; t.c == '-' || t.kind == etWord && ageWordFirst(s.text[t.s]) {
			return true
		}
	}
	p := s.cueWordAt(i)
	return p >= 0 && s.mayCue(p, cueAge)
}

// ageWordFirst reports whether c starts a word that may follow an age
// ("years", "ans", "jahre").
func ageWordFirst(c byte) bool {
	switch c {
	case 'y', 'Y', 'a', 'A', 'j', 'J':
		return true
	}
	return false
}

// theOnlyBefore reports whether a job's noun at token a, in lower case,
// follows a bare "the" that no comma sets after a name: "the problem is
// the driver", "which one is the host" speak of things as often as of
// jobs, while "Anna, the packager," and "works as a driver" name one.
func (s *entScanner) theOnlyBefore(a int) bool {
	if a < 1 || s.toks[a].f&efCap != 0 || s.toks[a].f&efNL != 0 {
		return false
	}
	p := &s.toks[a-1]
	if p.e-p.s != 3 || (s.text[p.s:p.e] != "the" && s.text[p.s:p.e] != "The") {
		return false
	}
	return a < 2 || s.toks[a-2].c != ','
}

// techStandard reports whether the folded word w names a protocol, a
// standard or a kind of connection, which support chats capitalise as
// they name it ("the OAuth app", "the Bluetooth team"): no firm.
func techStandard(w []byte) bool {
	switch string(w) {
	case "oauth", "oauth2", "openid", "oidc", "saml", "scim", "ldap", "kerberos", "radius", "bluetooth", "wifi", "wi-fi", "ethernet",
		"webhook", "webhooks", "graphql", "websocket", "websockets", "webrtc", "webdav", "zigbee", "z-wave", "ipsec", "wireguard",
		"javascript", "typescript", "kotlin", "golang", "node.js", "nodejs":
		return true
	}
	return false
}

// lowerNameAfterRole treats a given name and a surname in lower case at
// token c as capitalised when a person's cue before them, a speaker's or
// a party's role, announces them and they end the clause ("Agent
// katharina zimmermann:", "Customer joshua miller, 897 ..."): a known
// given name that is no ordinary word (introName), as after "I'm", and a
// known surname or one the lists do not know (unknownSurnameEnds).
func (s *entScanner) lowerNameAfterRole(c int) {
	if !s.clauseEnd(c+2) && !s.punct(c+2, ':') || !s.lowerNamePair(c) {
		return
	}
	if s.cueBefore(c) != cuePerson {
		return
	}
	s.toks[c].f |= efCap
	s.toks[c+1].f |= efCap
}

// gerundBeforeName reports whether the capitalised run [i, j) opens a
// sentence with a verb's "-ing" form or a noun in "-ung" or "-ing" of
// the other languages (a word the lists lack entirely, of seven letters
// or more, or a known verb's gerund), or with "Glad" or "Happy", before
// a name read as after a party's role (nameAfterLead), with a surname
// at least: "Registering Harriet Fletcher, birth date ...",
// "Adressänderung Björn Lehmann", "Registering Gustavo dos Santos",
// "Glad Paweł Lewandowski could help". A gerund before a given name
// alone ("Amazing Grace") stays.
func (s *entScanner) gerundBeforeName(i, j int) bool {
	if j-i < 3 || s.toks[i].f&efAllCap != 0 || s.toks[i].e-s.toks[i].s < 4 || s.toks[i+1].f&efNL != 0 || !s.atStart(i) {
		return false
	}
	n := s.toks[i].e - s.toks[i].s
	lead := s.text[s.toks[i].e-1] == 'g' && (s.flags(i) == 0 && n >= 7 || n >= 6 && s.flags(i)&(gzFirst|gzLast) == 0 && s.verbGerund(i)) ||
		s.is(i, "glad") || s.is(i, "happy")
	return lead && s.nameAfterLead(i, j)
}

// roleNounAt reports whether the capitalised run [i, j) opens with a
// party's role (gzRole: "Taxpayer", "Employee") before a name
// (nameAfterLead).
func (s *entScanner) roleNounAt(i, j int) bool {
	if j-i < 2 || s.toks[i].f&efAllCap != 0 || s.flags(i)&gzRole == 0 || s.toks[i+1].f&efNL != 0 {
		return false
	}
	return s.nameAfterLead(i, j)
}

// nameAfterLead reports whether the capitalised run [i, j) holds a
// person's name after its first word (a role or a gerund): a given name
// the lists know, and a surname they know if more follows.
func (s *entScanner) nameAfterLead(i, j int) bool {
	// A longer run needs a surname the lists know after the given name:
	// in a text with every word capitalised "Patient Grace Period Ends"
	// names no one. A given name the lists lack counts before a surname
	// they know ("Payer Seojun Edwards"), and an initial before one
	// ("Payer Madison R. Braun").
	last := j-i >= 3 && s.flags(i+2)&gzLast != 0 || j-i >= 4 && s.initialAt(i+2) == 2 && s.flags(i+4)&gzLast != 0 ||
		i+3 < len(s.toks) && s.toks[i+2].f&efCap == 0 && s.particleAt(i+2) && (s.flags(i+3)&gzLast != 0 || // "Patient Oksana dos Santos"
			i+4 < len(s.toks) && s.toks[i+3].f&efCap == 0 && s.flags(i+4)&gzLast != 0) // "Applicant Qiao van der Berg"
	// A capitalised particle before a known surname, after a given name
	// the lists know or lack: "Beneficiary Maricel Dela Cruz",
	// "Beneficiary Anna Dela Cruz".
	// Italian surnames after "De" or "Di" are given names as often
	// ("Francesca De Luca", "Marco Di Stefano"): after a known given name
	// one counts.
	if j-i == 4 && s.flags(i+2)&gzParticle != 0 && (s.flags(i+3)&gzLast != 0 || s.flags(i+1)&s.flags(i+3)&gzFirst != 0) && s.flags(i+1)&(gzStop|gzCommon|gzPlace|gzMonthDay) == 0 {
		return true
	}
	if s.flags(i+1)&gzFirst != 0 {
		// ... or a surname the lists lack that ends the run: "Member
		// Lukas Brenner" (not "Patient Grace Period"), or after the
		// particles the run took in (see particleAt): "Member Daan de
		// Vries".
		return j-i == 2 || last || j-i == 3 && s.flags(i+1)&gzAmbig == 0 && s.nameLike(i+2) && s.flags(i+2)&(gzStop|gzCommon|gzPlace|gzMonthDay) == 0 ||
			j-i >= 4 && (s.toks[i+2].f&efCap == 0 || s.initialAt(i+2) == 2) && s.flags(i+1)&gzAmbig == 0 // "Beneficiary Jakub J. van den Berg"
	}
	if last {
		return s.flags(i+1)&(gzStop|gzCommon|gzPlace) == 0
	}
	// Initials and a surname: "Recipient G. E. Tennant", "Payee J.
	// Okafor".
	if k := i + 1; s.initialAt(k) == 2 {
		k += 2
		if s.initialAt(k) == 2 {
			k += 2
		}
		return k == j-1 && s.nameLike(k) && s.flags(k)&(gzStop|gzCommon|gzPlace|gzMonthDay|gzCompany) == 0
	}
	// Two words the lists lack after the role, before a comma, in a text
	// not written all in capitals: "Cardholder Yewande Kuznetsova,
	// number ...".
	const no = gzStop | gzCommon | gzPlace | gzMonthDay | gzCompany | gzCountry
	return j-i == 3 && !s.recased && s.punct(j, ',') && s.flags(i+1)&no == 0 && s.flags(i+2)&no == 0
}

// theAlone reports whether "the" stands before token a, after no "as":
// "the SFTP server", not "as the Head Server".
func (s *entScanner) theAlone(a int) bool {
	if a < 1 || s.toks[a].f&efNL != 0 || !s.is(a-1, "the") {
		return false
	}
	return a < 2 || !s.is(a-2, "as")
}

// machineNoun reports whether the folded job noun w names a machine or a
// program as often as a person in a support chat ("the SFTP server", "the
// Exchange server", "the HP driver").
func machineNoun(w []byte) bool {
	switch string(w) {
	case "server", "servers", "driver", "drivers", "host", "controller", "runner", "worker", "workers", "scheduler", "handler",
		"builder", "compiler", "router", "loader", "installer", "launcher", "updater", "tracker", "viewer", "scanner", "printer",
		"player", "reader", "monitor":
		return true
	}
	return false
}

// asOrTheBefore reports whether "as" or "the" stands among the five words
// before token i, on the same line.
func (s *entScanner) asOrTheBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := &s.toks[k]
		// The length first: most words have neither.
		if n := t.e - t.s; n == 2 || n == 3 {
			if w := s.text[t.s:t.e]; w == "as" || w == "As" || w == "the" || w == "The" {
				return true
			}
		}
		if t.f&efNL != 0 {
			break
		}
	}
	return false
}

// finiteVerbIn reports whether one of the words a to i-1 is a form of
// "be", "have" or a modal verb in one of the languages of the cues
// ("is", "bin", "est", "soy", "è", "ben", "sou"; not "war" nor "hat",
// which start English titles): a line that holds one
// says something of someone ("My sister is an actress", "Ich bin
// Krankenschwester") and is no title on a line of its own ("Senior data
// analyst", "Head of Customer Success").
func (s *entScanner) finiteVerbIn(a, i int) bool {
	for k := a; k < i; k++ {
		t := &s.toks[k]
		if t.kind != etWord || t.e-t.s > 6 || t.f&efAllCap != 0 {
			continue // "IS Manager", "ES Country Manager": abbreviations
		}
		// fold drops accents: "está" is "esta", and "è" and "é" are "e",
		// the word "and" of Italian and Portuguese, read as written.
		if w := s.text[t.s:t.e]; w == "è" || w == "é" {
			return true
		}
		switch string(s.fold(k)) {
		case "ben": // Dutch "ik ben", not the name Ben
			if t.f&efCap == 0 {
				return true
			}
		case "i'm", "is", "am", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
			"ist", "bin", "sind", "bist", "wird", "habe",
			"est", "suis", "sont", "etait", "sera",
			"es", "soy", "eres", "esta", "estoy", "fue",
			"sono", "sei",
			"zijn", "wordt",
			"sou", "sao", "foi":
			return true
		}
	}
	return false
}

// findJobTitles reports job titles on lines of their own ("Network
// administrator" under a name in a signature) and after "as a", "the":
// up to five words whose last is a job noun.
func (s *entScanner) findJobTitles() {
	if s.mask&stTitle == 0 {
		return
	}
	toks := s.toks
	n := len(toks)
	i := 0
	if s.all&(efNL|efStop) == 0 {
		// No token starts a line or is a comma or a period (only the
		// tokenizer sets the two flags, and all holds those of every
		// token): the loop below would skip to the last token.
		i = max(n-1, 0)
	}
	for ; i < n; i++ {
		// The title ends where a line or the text ends, or at a comma or a
		// period after "as" or "the". Skip the tokens before others in a
		// loop that calls nothing (an unsigned index spares the bounds
		// check).
		k := uint(i + 1)
		for k < uint(len(toks)) && toks[k].f&(efNL|efStop) == 0 {
			k++
		}
		next := int(k)
		i = next - 1
		t := &toks[i]
		if t.kind != etWord || t.f&(efUsed|efDigit) != 0 || t.e-t.s < 4 || t.f&efLooked != 0 && t.g&gzJobHead == 0 {
			continue // (a word looked up already is known to be no job noun)
		}
		// The noun first: few words are one, most others are ruled out
		// without a lookup (mayHave), and a lookup costs less than
		// asOrTheBefore.
		if !s.mayHave(i, &s.g.jobShape) || s.flags(i)&gzJobHead == 0 {
			continue
		}
		if next < n && s.toks[next].f&efNL == 0 && !s.asOrTheBefore(i) {
			continue
		}
		// Walk back to the start of the line or to a cue ("as a").
		a, cued := i, false
		for a > 0 && i-a < 7 && s.toks[a].f&efNL == 0 {
			if s.hasCue(a, cueJob) {
				cued = true
				break
			}
			p := &s.toks[a-1]
			if p.f&efUsed != 0 || p.kind == etNum || p.f&efDigit != 0 {
				break
			}
			if p.kind == etWord || p.kind == etPunct && p.c == ',' && a >= 2 && s.toks[a-2].kind == etWord {
				a--
				continue
			}
			break
		}
		cued = cued || s.hasCue(a, cueJob)
		for a < i && s.toks[a].kind == etPunct {
			a++
		}
		if cued && (s.theOnlyBefore(a) || machineNoun(s.fold(i)) && s.theAlone(a)) {
			continue // "the problem is the driver", "for the SFTP server": a thing, not a job
		}
		ownLine := (a == 0 || s.toks[a].f&efNL != 0) && (next >= n || s.toks[next].f&efNL != 0)
		if ownLine && s.toks[a].f&efCap != 0 && !cued && s.finiteVerbIn(a, i) {
			continue // "My sister is an actress": a sentence, not a title under a name
		}
		if cued && s.pronounOpens(a) {
			continue // "as I don't have a printer": a clause of its own after "as"
		}
		if cued && s.finiteVerbIn(a, i) {
			continue // "..., the account was opened by my assistant": a clause, no title
		}
		if next+1 < n && s.punct(next, '.') && s.glued(next) && s.glued(next+1) && s.toks[next+1].kind == etWord {
			continue // "the API docs are at developer.kivo.com": a host's first label
		}
		if ownLine && s.toks[a].f&efCap != 0 || cued {
			s.emit(stTitle, a, i, 0.6)
		}
	}
}

// pronounOpens reports whether word token a is an English subject's
// pronoun ("I", "we", "you", "he", "she", "they"): a clause of its own
// opens there, no job's title.
func (s *entScanner) pronounOpens(a int) bool {
	if t := &s.toks[a]; t.kind != etWord || t.e-t.s > 4 {
		return false
	}
	return s.is(a, "i") || s.is(a, "we") || s.is(a, "you") || s.is(a, "he") || s.is(a, "she") || s.is(a, "they")
}

// petBefore reports whether a pet's noun stands right before the name
// at token a, maybe with a courtesy title or a label's colon between:
// "my dog Bruno", "our cat Mr Whiskers", "Pet: Poppy". A pet's name is
// no person's.
func (s *entScanner) petBefore(a int) bool {
	k := a - 1
	if k >= 0 && s.toks[k].kind == etWord && s.flags(k)&gzHonor != 0 {
		k-- // "Mr Whiskers"
	}
	if k >= 0 && s.punct(k, ':') {
		k--
	}
	if k < 0 || s.toks[k].kind != etWord || s.toks[a].f&efNL != 0 {
		return false
	}
	// A verb of naming between: "il nostro cane si chiama Gino", "unser
	// Hund heißt Max", "my dog is called Max", "notre chien s’appelle Rex".
	for n := 0; n < 2 && k > 0 && s.namingAt(k); n++ {
		k--
	}
	return s.toks[k].kind == etWord && s.toks[k].e-s.toks[k].s <= 10 && petNoun(s.fold(k))
}

// namingAt reports whether word token k is a verb of naming (namingWord),
// maybe after an elided pronoun ("s'appelle", "s’appelle").
func (s *entScanner) namingAt(k int) bool {
	if s.toks[k].kind != etWord {
		return false
	}
	if namingWord(s.fold(k)) {
		return true
	}
	w := s.text[s.toks[k].s:s.toks[k].e]
	var low [12]byte
	r := elidedRest(w)
	return r > 0 && len(w)-r <= len(low) && namingWord(lowerASCII(low[:0], w[r:]))
}

// namingWord reports the words, folded, of a verb that names a pet
// after its noun: "si chiama", "heißt", "s'appelle", "se llama", "heet",
// "is called", "chama-se".
func namingWord(w []byte) bool {
	switch string(w) {
	case "called", "named", "is", "heisst", "heist", "si", "se", "chiama", "appelle", "llama", "heet", "chama", "chama-se":
		return true
	}
	return false
}

// germanPetNoun reports the German nouns of pets, folded, which German
// capitalises, so that the recognizer reads "Kater Bruno" as a name of
// two words; the other languages' nouns are given names too ("Kat
// Dennings").
func germanPetNoun(w []byte) bool {
	switch string(w) {
	case "hund", "hundin", "kater", "katze", "katzchen", "welpe", "haustier", "kaninchen", "pferd":
		return true
	}
	return false
}

// petNoun reports the nouns, folded, of pets and their kinds in English.
func petNoun(w []byte) bool {
	switch string(w) {
	case "dog", "dogs", "cat", "cats", "puppy", "pup", "kitten", "pet", "pets", "rabbit", "bunny", "hamster", "horse", "pony", "parrot",
		"budgie", "tortoise", "ferret", "gerbil", "labrador", "spaniel", "terrier", "retriever", "poodle", "beagle", "collie", "dachshund",
		// The other chat languages' ("unser Kater Bruno", "la gattina
		// Luna", "onze kat Noor"); not French "chat", an English word.
		"hund", "hundin", "kater", "katze", "katzchen", "welpe", "haustier", "kaninchen", "pferd",
		"chien", "chienne", "chiot", "chaton", "lapin", "cheval",
		"perro", "perra", "perrito", "perrita", "gato", "gata", "gatito", "gatita", "mascota", "conejo",
		"cane", "cagnolino", "cagnolina", "gatto", "gattino", "gattina", "cucciolo", "cucciola", "coniglio",
		"hond", "hondje", "kat", "poes", "katje", "konijn", "huisdier",
		"cachorro", "cachorra", "cadela", "cao", "gatinho", "gatinha", "coelho":
		return true
	}
	return false
}

// amountOrDateAt reports whether token i opens a price, a date or a
// time: a currency's sign before digits ("$10.00", "€ 5") or digits that
// '/', ':', '.' or '-' and more digits follow ("12/15", "9:30", "10.00").
func (s *entScanner) amountOrDateAt(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	t := s.text
	p := int(s.toks[i].s)
	if w := currencySign(t, p); w > 0 {
		return amountAfter(t, p+w)
	}
	q := p
	for q < len(t) && isDigit(t[q]) {
		q++
	}
	return q > p && q+1 < len(t) && (t[q] == '/' || t[q] == ':' || t[q] == '.' || t[q] == '-') && isDigit(t[q+1])
}

// amountAfter reports whether an amount follows byte p: a digit after at
// most a period and a space ("Rs 3,860", "Rs. 500", "RM12").
func amountAfter(t string, p int) bool {
	if p < len(t) && t[p] == '.' {
		p++
	}
	if p < len(t) && t[p] == ' ' {
		p++
	}
	return p < len(t) && isDigit(t[p])
}

// doseAfter reports whether a dose follows the word that ends at byte p:
// after a space, a number, maybe with a decimal part, and a unit of
// mass, volume or strength, glued or after a space ("5mg", "2.32% gel",
// "10 mg", "500 mcg", "1000 IU"), in lower case but for "IU".
func doseAfter(t string, p int) bool {
	if p >= len(t) || t[p] != ' ' {
		return false
	}
	p++
	q := p
	for q < len(t) && isDigit(t[q]) {
		q++
	}
	if q == p {
		return false
	}
	if q+1 < len(t) && (t[q] == '.' || t[q] == ',') && isDigit(t[q+1]) {
		q++
		for q < len(t) && isDigit(t[q]) {
			q++
		}
	}
	if q < len(t) && t[q] == '%' {
		return true
	}
	if q < len(t) && t[q] == ' ' {
		q++
	}
	u := q
	for q < len(t) && q-u <= 3 && isLetter(t[q]) {
		q++
	}
	if q < len(t) && (isLetter(t[q]) || isDigit(t[q])) {
		return false
	}
	// In lower case but for "IU": "12 MG Road" is a street.
	switch t[u:q] {
	case "mg", "mcg", "ml", "ug", "iu", "IU":
		return true
	}
	return false
}

// statusReasonAt reports whether token a opens the reason phrase of an
// HTTP status after its code of three digits: "422 Unprocessable
// Entity", "404 Not Found", "503 Service Unavailable".
func (s *entScanner) statusReasonAt(a int) bool {
	return s.statusCodeBefore(a) && statusReasonWords[string(s.fold(a))]
}

// statusCodeBefore reports whether word token a follows, after a space,
// a number of three digits from 100 to 599: an HTTP status's code.
func (s *entScanner) statusCodeBefore(a int) bool {
	if a < 1 || a >= len(s.toks) || s.toks[a].kind != etWord || s.toks[a-1].kind != etNum || s.toks[a-1].e-s.toks[a-1].s != 3 || s.glued(a) {
		return false
	}
	c := s.text[s.toks[a-1].s]
	return c >= '1' && c <= '5'
}

// statusReasonWords are the first words of the reason phrases of HTTP's
// statuses (RFC 9110 and the common extensions).
var statusReasonWords = setOf("continue", "switching", "processing", "early", "ok", "created", "accepted", "non-authoritative",
	"no", "reset", "partial", "multi-status", "already", "im", "multiple", "moved", "found", "see", "not", "use", "temporary",
	"permanent", "bad", "unauthorized", "unauthorised", "payment", "forbidden", "method", "proxy", "request", "conflict", "gone",
	"length", "precondition", "content", "payload", "uri", "unsupported", "range", "expectation", "misdirected", "unprocessable",
	"locked", "failed", "too", "upgrade", "unavailable", "internal", "service", "gateway", "http", "variant", "insufficient",
	"loop", "network")

// knownNamesOnly reports whether every capitalised word of two letters
// or more in [a, end] is a given name or a surname the lists know and no
// stop word, common word, firm or month.
func (s *entScanner) knownNamesOnly(a, end int) bool {
	for k := a; k <= end; k++ {
		if t := &s.toks[k]; t.kind == etWord && t.f&efCap != 0 && t.e-t.s > 1 {
			if fl := s.flagsIn(k); fl&(gzFirst|gzLast) == 0 || fl&(gzStop|gzCommon|gzCompany|gzMonthDay) != 0 {
				return false
			}
		}
	}
	return true
}

// cuedSecondSurname reports whether word token e, in lower case after a
// given name at token g and its surname, is a second surname: a word of
// three letters or more that ends its clause and that no list holds as a
// stop word, a cue, a particle, a month or a verb after a name, after a
// cue that names a person (not a speaker's label).
func (s *entScanner) cuedSecondSurname(g, e int) bool {
	t := &s.toks[e]
	if t.kind != etWord || t.f&(efCap|efDigit|efNL) != 0 || t.e-t.s < 3 || !s.clauseEnd(e+1) {
		return false
	}
	if s.flags(e)&(gzStop|gzCue|gzParticle|gzMonthDay|gzPersonVerb|gzPostCue) != 0 {
		return false
	}
	// Hindi's "is" closes the name after "naam": "mera naam rahul yadav
	// hai, ..." (session 77).
	if t.e-t.s == 3 && s.is(e, "hai") {
		return false
	}
	c, set := s.cuesBefore(g)
	return c == cuePerson && set&(1<<cueSpeaker) == 0
}

// bareNameLabelBefore reports whether a Polish, Swedish or Finnish word
// that labels a name (nameLabelWords) stands right before token k with
// no colon between: in a text in lower case the words after it say
// what is wrong with the name as often as they give it ("nazwisko
// zostało zmienione", "efternamn stämmer inte", "sukunimi väärin
// kirjoitettu"; session 74). After the label's colon they give it
// ("nazwisko: jan kowalski").
func (s *entScanner) bareNameLabelBefore(k int) bool {
	p := k - 1
	if p < 0 || s.toks[p].kind != etWord || s.toks[k].f&efNL != 0 || s.toks[p].e-s.toks[p].s < 4 {
		return false
	}
	return nameLabelWords[string(s.fold(p))]
}

// nameLabelWords holds, folded, the Polish, Swedish and Finnish words
// that label a name in a form (surname, given name, a mother's maiden
// name: "nazwisko panieńskie matki"), which the cue lists hold.
var nameLabelWords = setOf("nazwisko", "imie", "panienskie", "matki", "efternamn", "fornamn", "sukunimi", "etunimi")
