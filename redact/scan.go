package redact

import (
	"bytes"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Byte classes for the scanner's dispatch.
const (
	clLower = 1 << iota
	clUpper
	clDigit
	clHigh // a byte of a multi-byte UTF-8 sequence
	clHex
	clB64 // base64 and URL-safe base64 alphabet
)

var byteClass [256]uint8

// wordGoesOn marks the bytes after a word of letters that letterAnchor
// looks at: a token, e-mail, host, URL or hex address continues with one
// (an apostrophe: "o'brien@example.ie").
var wordGoesOn [256]bool

func init() {
	for c := 0; c < 256; c++ {
		wordGoesOn[c] = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	for _, c := range "_@.%+-:/='" {
		wordGoesOn[c] = true
	}
}

// plainEnd marks the ASCII bytes, neither letters nor those of
// wordGoesOn and keyEnds, after which a short word of letters needs no
// more than its look-up in the keyword table: a space, a comma, a line
// break. The scan reads such words in its own loop (see scan and word).
var plainEnd [256]bool

// punctAnchors marks the bytes, neither letters nor digits, that
// punctAnchor acts on; the scan steps over the others.
var punctAnchors = [256]bool{'+': true, '(': true, '[': true, '/': true, ':': true, '-': true, '=': true, '$': true, '{': true, '@': true, '\\': true}

func init() {
	for c := 0; c < 256; c++ {
		var k uint8
		switch {
		case c >= 'a' && c <= 'z':
			k = clLower | clB64
		case c >= 'A' && c <= 'Z':
			k = clUpper | clB64
		case c >= '0' && c <= '9':
			k = clDigit | clB64 | clHex
		case c >= 0x80:
			k = clHigh
		}
		if c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			k |= clHex
		}
		if c == '+' || c == '/' || c == '=' || c == '_' || c == '-' {
			k |= clB64
		}
		byteClass[c] = k
	}
	// After wordGoesOn's init, above.
	for c := 0; c < utf8.RuneSelf; c++ {
		plainEnd[c] = byteClass[c]&(clLower|clUpper) == 0 && !wordGoesOn[c] && !keyEnds[c]
	}
	makeClassSets() // byteStats.classes' sets, derived from byteClass
}

func isDigit(c byte) bool  { return c-'0' < 10 }
func isLetter(c byte) bool { return byteClass[c]&(clLower|clUpper) != 0 }
func isLower(c byte) bool  { return byteClass[c]&clLower != 0 }
func isAlnum(c byte) bool  { return byteClass[c]&(clLower|clUpper|clDigit) != 0 }
func isHex(c byte) bool    { return byteClass[c]&clHex != 0 }

// bytesText returns b as a string that shares its bytes, for a word
// folded into a buffer of the caller's that stays as it is while the
// string is compared or looked up: string(b) copies it in a call of the
// runtime (the compiler spares the copy only in a comparison, a switch
// or a map's index).
func bytesText(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// isWordByte reports bytes of words as the keyword table sees them:
// ASCII letters and every byte of a multi-byte character.
func isWordByte(c byte) bool { return byteClass[c]&(clLower|clUpper|clHigh) != 0 }

// spaceWidth returns the width of the Unicode space (category Zs) other
// than ' ' that starts at t[i], or 0: 2 for the no-break space U+00A0, 3
// for U+1680, U+2000 to U+200A (en, em, thin and other spaces), the
// narrow no-break space U+202F, U+205F and the ideographic space U+3000.
// Text pasted from web pages and word processors parts words with them.
func spaceWidth(t string, i int) int {
	if i >= len(t) || t[i] < 0xc2 || i+1 >= len(t) {
		return 0 // most calls are at an ASCII byte
	}
	c, d := t[i], t[i+1]
	if c == 0xc2 && d == 0xa0 {
		return 2
	}
	if c < 0xe1 || c > 0xe3 || i+2 >= len(t) {
		return 0
	}
	e := t[i+2]
	switch {
	case c == 0xe2 && d == 0x80:
		if e >= 0x80 && e <= 0x8a || e == 0xaf {
			return 3
		}
	case c == 0xe2:
		if d == 0x81 && e == 0x9f {
			return 3
		}
	case c == 0xe1:
		if d == 0x9a && e == 0x80 {
			return 3
		}
	case d == 0x80 && e == 0x80: // U+3000
		return 3
	}
	return 0
}

// spaceWidthBefore returns the width of a Unicode space of spaceWidth
// that ends at p, or 0: spaceWidth read backwards.
func spaceWidthBefore(t string, p int) int {
	// Every Unicode space ends in 0x80, 0x81..0x8a, 0x9f, 0xa0 or 0xaf.
	if p < 2 || p > len(t) || t[p-1] < 0x80 || t[p-1] > 0xaf {
		return 0
	}
	for w := 2; w <= 3; w++ {
		if p >= w && spaceWidth(t, p-w) == w {
			return w
		}
	}
	return 0
}

// spaceAt returns the width of the space at t[i]: 1 for ' ', 2 or 3 for
// a Unicode space (spaceWidth), 0 for anything else or at the end. The
// code that reads the words around a keyword or a candidate steps over
// spaces with it, forwards, and with spaceBefore backwards, so that a
// no-break space between two words reads as ' ' does. spaceAt inlines
// the test for ' '.
func spaceAt(t string, i int) int {
	if uint(i) >= uint(len(t)) {
		return 0
	}
	if t[i] == ' ' {
		return 1
	}
	return spaceWidth(t, i)
}

// spaceBefore returns the width of the space that ends at p, as spaceAt
// reads it forwards, or 0.
func spaceBefore(t string, p int) int {
	if uint(p-1) >= uint(len(t)) {
		return 0
	}
	if t[p-1] == ' ' {
		return 1
	}
	return spaceWidthBefore(t, p)
}

// wordByteBefore reports whether t[p-1] is a byte of a word as
// isWordByte sees them, and not the last byte of a Unicode space or a
// typographic apostrophe (wordSepWidthBefore).
func wordByteBefore(t string, p int) bool {
	return uint(p-1) < uint(len(t)) && isWordByte(t[p-1]) && (t[p-1] < utf8.RuneSelf || wordSepWidthBefore(t, p) == 0)
}

// wordByteAt reports whether t[i] is a byte of a word as isWordByte sees
// them, and not the first byte of a Unicode space or a typographic
// apostrophe (wordSepWidth).
func wordByteAt(t string, i int) bool {
	return uint(i) < uint(len(t)) && isWordByte(t[i]) && (t[i] < utf8.RuneSelf || wordSepWidth(t, i) == 0)
}

// wordSepWidth returns the width of the character above ASCII at t[i]
// that parts words: a Unicode space (spaceWidth), or a typographic
// apostrophe, which phones and word processors type for the ASCII one
// ("d’accès", "driver’s license": U+2019, U+2018, U+02BC), and which
// parts words as the ASCII one does, a punctuation mark above ASCII
// (punctWidth), or an emoji or a symbol (symbolWidth). 0 for anything
// else.
func wordSepWidth(t string, i int) int {
	// Most calls are at a letter above ASCII ("é", "ß") or at a byte
	// inside one, whose byte is none of those the characters below
	// start with: one load rules them out.
	if uint(i) >= uint(len(t)) || !sepLeads[t[i]] {
		return 0
	}
	if w := spaceWidth(t, i); w > 0 {
		return w
	}
	if w := apostropheWidth(t, i); w > 0 {
		return w
	}
	if w := punctWidth(t, i); w > 0 {
		return w
	}
	return symbolWidth(t, i)
}

// sepLeads marks the bytes that start a character of wordSepWidth: 0xc2
// (spaceWidth's U+00A0, punctWidth's Latin-1 marks), 0xd5 and 0xd6
// (punctWidth's Armenian marks), 0xd8 (punctWidth's Arabic ones), 0xe0
// (punctWidth's dandas), 0xca
// (apostropheWidth's U+02BC), 0xe1 and 0xe3 (spaceWidth, punctWidth),
// 0xe2 (all four), 0xef (punctWidth, symbolWidth, formatWidth) and 0xf0
// (symbolWidth's emoji). A byte added to one of those functions is added
// here (TestSepLeads checks them).
var sepLeads = [256]bool{0xc2: true, 0xca: true, 0xd5: true, 0xd6: true, 0xd8: true, 0xe0: true, 0xe1: true, 0xe2: true, 0xe3: true, 0xef: true, 0xf0: true}

// symbolWidth returns the width of the emoji or symbol at t[i], which
// parts words in chat as a space does ("👉sk_live_...", "🔑AKIA...",
// "➡️Passwort: ..."): the emoji planes (U+1F000-U+1FAFF), arrows
// (U+2190-U+21FF), technical symbols (U+2300-U+23FF), geometric shapes
// (U+25A0-U+25FF), symbols and dingbats (U+2600-U+27BF), the arrows and
// stars of U+2B00-U+2BFF, and the joiner and variation selector an emoji
// is written with (U+200D, U+FE0F); and the invisible marks of
// formatWidth. 0 for anything else.
func symbolWidth(t string, i int) int {
	if i+2 >= len(t) {
		return 0
	}
	switch b1, b2 := t[i+1], t[i+2]; t[i] {
	case 0xe2:
		switch {
		case b1 == 0x80 && b2 == 0x8d,
			b1 == 0x86 && b2 >= 0x90, b1 == 0x87,
			b1 >= 0x8c && b1 <= 0x8f,
			b1 == 0x96 && b2 >= 0xa0, b1 == 0x97,
			b1 >= 0x98 && b1 <= 0x9e,
			b1 >= 0xac && b1 <= 0xaf:
			return 3
		}
	case 0xef:
		if b1 == 0xb8 && b2 == 0x8f {
			return 3
		}
	case 0xf0:
		if b1 == 0x9f && b2 >= 0x80 && b2 <= 0xab && i+3 < len(t) {
			return 4
		}
	}
	return formatWidth(t, i)
}

// formatWidth returns the width of the invisible mark of format at t[i],
// or 0. Text copied from web pages, documents and chat apps carries them
// around a value ("\u2068anna.berg@example.com\u2069"), where they part
// words as a space does: the zero-width space and non-joiner, the marks
// and embeddings of direction (U+200B, U+200C, U+200E, U+200F, U+202A-
// U+202E), the line and paragraph separators (U+2028, U+2029), the word
// joiner and invisible operators (U+2060-U+2064), the isolates (U+2066-
// U+2069) and the byte order mark (U+FEFF). The names recognizer's
// tokens read them as entTokenize does (formatMark).
func formatWidth(t string, i int) int {
	if i+2 >= len(t) {
		return 0
	}
	switch b1, b2 := t[i+1], t[i+2]; t[i] {
	case 0xe2:
		if b1 == 0x80 && (b2 >= 0x8b && b2 <= 0x8f && b2 != 0x8d || b2 >= 0xa8 && b2 <= 0xae) ||
			b1 == 0x81 && (b2 >= 0xa0 && b2 <= 0xa4 || b2 >= 0xa6 && b2 <= 0xa9) {
			return 3
		}
	case 0xef:
		if b1 == 0xbb && b2 == 0xbf {
			return 3
		}
	}
	return 0
}

// formatMark reports whether r is one of the invisible marks of
// formatWidth.
func formatMark(r rune) bool {
	switch {
	case r >= '\u200b' && r <= '\u200f' && r != '\u200d', r >= '\u2028' && r <= '\u202e',
		r >= '\u2060' && r <= '\u2064', r >= '\u2066' && r <= '\u2069', r == '\ufeff':
		return true
	}
	return false
}

// symbolWidthBefore returns the width of a character of symbolWidth that
// ends at p, or 0.
func symbolWidthBefore(t string, p int) int {
	if p > len(t) {
		return 0
	}
	if p >= 3 && symbolWidth(t, p-3) == 3 {
		return 3
	}
	if p >= 4 && symbolWidth(t, p-4) == 4 {
		return 4
	}
	return 0
}

// apostropheWidth returns the width of a typographic apostrophe at t[i]
// (U+02BC, U+2019, U+2018), or 0.
func apostropheWidth(t string, i int) int {
	if i+1 < len(t) && t[i] == 0xca && t[i+1] == 0xbc {
		return 2 // U+02BC
	}
	if i+2 < len(t) && t[i] == 0xe2 && t[i+1] == 0x80 && (t[i+2] == 0x99 || t[i+2] == 0x98) {
		return 3 // U+2019, U+2018
	}
	return 0
}

// apostropheAt returns the width of an apostrophe at t[i], ASCII's or
// one of apostropheWidth's, or 0.
func apostropheAt(t string, i int) int {
	if i < len(t) && t[i] == '\'' {
		return 1
	}
	return apostropheWidth(t, i)
}

// punctWidth returns the width of a punctuation mark above ASCII at
// t[i], which parts words as its ASCII cousin does: the Latin-1 marks
// ("«", "»", "¿", "·"), Armenian's comma and full stop and Arabic
// script's comma, semicolon and question mark ("،", "؛", "؟"; since
// session 69), dashes, quotes, bullets and the ellipsis
// (U+2010-U+2027, U+2030-U+203E), the CJK ones ("、", "「") and the
// full-width forms of ASCII punctuation ("：", "（", "＠"), which an
// input method types: "E-Mail：max@example.de", "«Telefon»". 0 for
// anything else, letters above all, which the first byte tells apart.
func punctWidth(t string, i int) int {
	if i+1 >= len(t) {
		return 0
	}
	switch t[i] {
	case 0xc2:
		switch t[i+1] {
		case 0xa1, 0xa7, 0xab, 0xb6, 0xb7, 0xbb, 0xbf:
			return 2
		}
	case 0xd5:
		if t[i+1] == 0x9d || t[i+1] == 0x9e {
			return 2 // Armenian's comma and its emphasis mark ("ՀԾՀ՝ 3109870452")
		}
	case 0xd6:
		if t[i+1] == 0x89 {
			return 2 // Armenian's full stop
		}
	case 0xd8:
		if t[i+1] == 0x8c || t[i+1] == 0x9b || t[i+1] == 0x9f {
			return 2 // Arabic script's comma, semicolon and question mark ("با احترام، حمید")
		}
	case 0xe0:
		if i+2 < len(t) && t[i+1] == 0xa5 && (t[i+2] == 0xa4 || t[i+2] == 0xa5) {
			return 3 // Devanagari's danda and double danda, which Hindi, Bengali and Nepali end sentences with ("धन्यवाद राजेश जी।")
		}
	case 0xe2:
		if i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] >= 0x90 && t[i+2] <= 0xa7 || t[i+2] >= 0xb0 && t[i+2] <= 0xbe) {
			return 3
		}
	case 0xe3:
		if i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] >= 0x81 && t[i+2] <= 0x83 || t[i+2] >= 0x88 && t[i+2] <= 0x91) {
			return 3
		}
	case 0xef:
		if i+2 < len(t) && fullWidthPunct(t[i+1], t[i+2]) {
			return 3
		}
	}
	return 0
}

// fullWidthPunct reports whether the bytes after 0xef make a full-width
// form of ASCII punctuation (U+FF01-U+FF0F, U+FF1A-U+FF20, U+FF3B-U+FF40,
// U+FF5B-U+FF65).
func fullWidthPunct(b1, b2 byte) bool {
	switch b1 {
	case 0xbc:
		return b2 >= 0x81 && b2 <= 0x8f || b2 >= 0x9a && b2 <= 0xa0 || b2 >= 0xbb
	case 0xbd:
		return b2 == 0x80 || b2 >= 0x9b && b2 <= 0xa5
	}
	return false
}

// punctWidthBefore returns the width of a mark of punctWidth that ends
// at p, or 0.
func punctWidthBefore(t string, p int) int {
	if p >= 2 && p <= len(t) && (t[p-2] == 0xc2 || t[p-2] == 0xd5 || t[p-2] == 0xd6 || t[p-2] == 0xd8) && punctWidth(t, p-2) == 2 {
		return 2
	}
	if p >= 3 && p <= len(t) && (t[p-3] >= 0xe2 || t[p-3] == 0xe0) && punctWidth(t, p-3) == 3 {
		return 3
	}
	return 0
}

// wordSepWidthBefore returns the width of a character of wordSepWidth
// that ends at p, or 0.
func wordSepWidthBefore(t string, p int) int {
	if w := spaceWidthBefore(t, p); w > 0 {
		return w
	}
	if p >= 2 && p <= len(t) && t[p-2] == 0xca && t[p-1] == 0xbc {
		return 2
	}
	if p >= 3 && p <= len(t) && t[p-3] == 0xe2 && t[p-2] == 0x80 && (t[p-1] == 0x99 || t[p-1] == 0x98) {
		return 3
	}
	if w := punctWidthBefore(t, p); w > 0 {
		return w
	}
	return symbolWidthBefore(t, p)
}

// codeAlone reports whether the letters and digits from i end the text,
// a line or a clause (a comma follows them).
func codeAlone(t string, i int) bool {
	for i < len(t) && isAlnum(t[i]) {
		i++
	}
	return i == len(t) || t[i] == ',' || t[i] == '\n' || t[i] == '\r'
}

// cand is a candidate finding before context, threshold and overlaps.
type cand struct {
	start, end int
	typ        string
	rec        string
	score      float64
	boost      uint64 // context groups that raise the score
	neg        uint64 // context groups that lower it
	promote    uint64 // context groups that change the type to alt
	alt        string
	altScore   float64
	need       bool   // drop unless a boosting context word is near
	rule       int32  // rule index for rule context, or -1
	ext        bool   // from a Recognizer or Detector: taken as is
	boosted    bool   // a context word confirmed it
	named      bool   // a context word of it labels it ("SSN: ..."): it wins overlaps
	before     bool   // only context words before it count
	called     bool   // a calling phrase or phone word near it, or its own shape (nanpInBrackets), confirmed it: decoy words do not lower it
	owned      bool   // the words after it say it is a phone: a label word before it does not rule it out
	label      uint64 // context groups that rule it out when they label it
}

type kwHit struct {
	start, end int
	entry      int32
}

type span struct{ s, e int }

// state is the per-call scratch space, pooled by the Engine so a call
// allocates only its result.
type state struct {
	e    *Engine
	text string
	// seen: the groups of words the scan found in the text (seenHere,
	// seenFirm): whether the Engine hands the names recognizer the hits
	// of "here" and its kin (entScanner.hereKnown), and finish looks for
	// a firm's contact.
	seen uint8
	// firmHit: the first hit that firmContact may still read, as finish
	// goes through the candidates in the order of their starts.
	firmHit int
	// asciiText: the text holds no byte above 0x7f. Only the rules read
	// it; an engine that runs none does not measure it.
	asciiText bool
	// firstDigit: the first ASCII digit of the text, or its length;
	// measured with asciiText.
	firstDigit int
	// awsKeyEnd: the end of the last AWS access key found, its type on or
	// off, or -1 (see awsKeyBefore).
	awsKeyEnd int
	cands     []cand
	hits      []kwHit
	// labelAddrs: the start and end of each address read after its label
	// (addressAfterLabel), which the names recognizer reports where its
	// street reader read none (entScanner.labelledAddresses).
	labelAddrs []int32
	groups     []span
	gaps       []numGap                // the separators between groups (see chunk)
	digits     []byte                  // the digits of the groups, one after another (see chunk)
	spans      []ruleSpan              // regions of the rules that may match
	found      map[foundKey]foundMatch // searches of shared patterns (see search)
	open       []ruleSpan              // per rule, its region being built (rule -1: none)
	touched    []int32                 // rules with an open region
	order      []int
	kept       []int
	cluster    []int
	linkCut    []int    // the secrets of a link, as start and end pairs (see linkSecrets)
	covered    []uint64 // the bytes of a big cluster that kept candidates cover (see resolve)
	dates      []span   // the candidates a birth word may promote, by start
	promotes   bool     // a candidate a context word may promote was added (see finish)
	links      []span   // the kept links and e-mail addresses, by start (see dropInsideLinks)
	linkSeen   bool     // a link, an e-mail address or a password was among the candidates
	birthAt    int      // the end of the first birth word of the text, -1 for none, -2 not looked for (see birthWordBefore)
	lines      int8     // whether the text holds a line break: 0 not looked for, 1 no, 2 yes (see multiLine)
	// colCells are the cells of tables' named columns, by start, read
	// when colsDone (see columnOf).
	colCells []colCell
	colsDone bool
	// noAt: 0 before contactListPhone looks, 1 when the text holds an
	// '@', 2 when it does not.
	noAt int8
	// prevWord: the word before the one keyword reads, when a phrase may
	// end there (see prevWordHash and matchPhrase).
	prevWord span
	posOn    []uint64 // rules with a positive word in the text, a bitset (see notePositive)
	runOK    []uint64 // rules that need their words and have them, a bitset (see notePositive)
	// ruleWordSeen: the text holds a word of some rule; when it does not,
	// posOn and runOK are clear.
	ruleWordSeen bool
	// valStart, valEnd: the last run of value bytes valueAfter measured;
	// valCandStart, valCandEnd: the last value it reported; valPassword:
	// that value is a password.
	valStart, valEnd         int
	valCandStart, valCandEnd int
	valPassword              bool
	// shapedTo: the end of the last word shapedAround read; trTo: the
	// end of the last Turkish address (see trStreetAt).
	shapedTo, trTo int
	// cjkTo: the end of the last address in Chinese characters read.
	cjkTo int
	// lease: whether the text names a lease or a loan (leaseAgreement):
	// 0 not asked yet, 1 no, 2 yes; one pass over the text, asked at each
	// agreement's word.
	lease  int8
	endPEM int
	// hostMiss: no bare host name starts before it (see hostParse);
	// hostLong: nor any host, the run of labels being too long for one.
	hostMiss int
	hostLong bool
	// locStart, locEnd: the last run of e-mail local-part bytes measured,
	// and loc40 the first "%40" in it (-1: none; -2: not looked for yet);
	// atPos, atEnd: the last '@' whose host was parsed, and the host's end.
	locStart, locEnd, loc40 int
	atPos, atEnd            int
	tok                     tokenRun              // the last run of token bytes measured (see tokenAnchor)
	secretRuns              [secretSets]secretRun // per body set, the last run secret measured
	textNo                  uint64                // counts the texts: a run of secretRuns of another text is stale
	tokStats                byteStats             // bytes of the last token tokenAnchor weighed
	valStats                byteStats             // bytes of the last value valueAfter weighed

	recName      string        // the recognizer being run
	ent          *entScanner   // the scanner of the built-in soft recognizer, made on first use
	emitExternal func(Finding) // records its findings, made once per state

}

func (s *state) reset(text string) {
	s.text = text
	if len(s.e.ruleIdx) > 0 {
		s.asciiText, s.firstDigit = asciiFirstDigit(text)
	} else {
		s.asciiText, s.firstDigit = false, len(text)
	}
	s.cands = s.cands[:0]
	s.hits = s.hits[:0]
	s.labelAddrs = s.labelAddrs[:0]
	s.colsDone, s.noAt, s.linkSeen, s.promotes, s.seen = false, 0, false, false, 0
	// Whether the text holds a line break is looked for once a text (see
	// multiLine): detect asks before finish, which asks again.
	s.lines = 0
	if len(s.found) > 0 {
		clear(s.found)
	}
	s.endPEM = -2
	s.awsKeyEnd = -1
	s.valStart, s.valEnd = 0, 0
	s.valCandStart, s.valCandEnd, s.valPassword = 0, -1, false
	s.shapedTo, s.trTo, s.cjkTo, s.lease = 0, 0, 0, 0
	s.hostMiss, s.hostLong = 0, false
	s.locStart, s.locEnd, s.atPos = 0, 0, -1
	s.tok = tokenRun{}
	s.textNo++
	s.tokStats.follow(&s.text)
	s.valStats.follow(&s.text)
	if len(s.open) != len(s.e.rules) {
		s.open = make([]ruleSpan, len(s.e.rules))
		for i := range s.open {
			s.open[i].rule = -1
		}
	}
	// Drop big buffers after a huge input so the pool does not pin them.
	if cap(s.groups) > 1<<16 {
		s.groups = nil
	}
	if cap(s.cands) > 1<<14 {
		s.cands = nil
	}
	if cap(s.covered) > 1<<14 {
		s.covered = nil // the byte map of a huge text's cluster (see keepCovered)
	}
}

// forget drops the text before the state goes back to the pool, so that
// a pooled state keeps no customer text alive (candidates and hits hold
// offsets only; the windows of tokStats and valStats read s.text).
func (s *state) forget() {
	s.text = ""
}

// on reports whether the engine reports typ. The scanner asks about its
// own types thousands of times a pass, once for every candidate it adds,
// so the engine keeps their answers at typeHash (see slotTypes), where
// a call costs three loads and a compare of a constant with itself.
func (s *state) on(typ string) bool {
	if typ != "" {
		// A copy, so that on is at hand after the compare's call.
		if sl := s.e.typeOn[typeHash(typ)]; sl.typ == typ {
			return sl.on
		}
	}
	return s.e.enabled[typ]
}

// onType is on for add, which asks it for most candidates: the types
// of its candidates are the package's constants, whose bytes are the
// slot's, and comparing the pointers first spares the call of the
// strings' compare (runtime.memequal) and the spills around it. (In
// on itself the larger test costs spills in the callers that inline
// it, secret's loop among them.)
func (s *state) onType(typ string) bool {
	if typ != "" {
		if sl := s.e.typeOn[typeHash(typ)]; len(sl.typ) == len(typ) && (unsafe.StringData(sl.typ) == unsafe.StringData(typ) || sl.typ == typ) {
			return sl.on
		}
	}
	return s.e.enabled[typ]
}

// typeHash places typ in Engine.typeOn. Its three bytes and their weights
// were chosen so that every one of slotTypes has a slot of its own; a
// type that shares one asks the engine's map, which is slower, not wrong.
// The sum wraps at 256, the slots' count (session 76: of the weights 1,
// 2, 3, 4, 5, 8 and 9 on these bytes, the only ones that part the 48
// types). typ is not empty.
func typeHash(typ string) uint8 {
	n := len(typ)
	return typ[n>>2] + 5*typ[n>>1] + 9*typ[n-1]
}

// typeSlots is the size of Engine.typeOn: every value of a byte.
const typeSlots = 256

// slotTypes are the types Engine.typeOn answers: the scanner's and the
// soft recognizer's, whose readers the engine runs by their types
// (session 76: STREET_ADDRESS, asked of every text with a digit, shared
// a slot of 128 with VEHICLE_REGISTRATION and PERSON had none, so each
// asked the map, 0.2M instructions a pass).
var slotTypes = slices.Concat(scannerTypes, softTypeNames[:])

// scannerTypes are the types the scanner's own recognizers report: those
// of builtinTypes and three that a built-in rule reports too.
var scannerTypes = append(slices.Clip(builtinTypes), typeUKSortCode, TypeCardSecurityCode, TypeZipCode)

// add records a candidate of a built-in recognizer.
func (s *state) add(c cand) {
	if c.end <= c.start {
		return
	}
	if !s.onType(c.typ) && (c.alt == "" || !s.onType(c.alt)) {
		return
	}
	c.rule = -1
	if c.promote != 0 {
		s.promotes = true
	}
	if c.typ == TypePassword {
		s.linkSeen = true // a brand inside it is its ("Sonne2024!Bmw"): see dropInsideLinks
		s.cands = append(s.cands, c)
		if c.start >= 5 {
			s.userBeforeSlash(c.start)
		}
		return
	}
	s.cands = append(s.cands, c)
}

// userBeforeSlash reads the login that a slash joins to the password at
// p when no label named it ("tried logging in with kobi.w /
// Wareh0use!77", "(tbao / Summer2025!)"; session 81): a word of a
// login's shape (loginShape, three to forty bytes) after a blank, a
// bracket, a colon or a quote, and no system's or service's login
// (genericLogin: "admin", "root", "svc_reporting").
func (s *state) userBeforeSlash(p int) {
	t := s.text
	k := p - 1
	if t[k] == ' ' {
		k--
	}
	if k < 1 || t[k] != '/' {
		return
	}
	if t[k-1] == ' ' {
		k--
	}
	b := k
	for b > 0 && k-b <= 40 && strings.IndexByte(" \t\n(:\"'", t[b-1]) < 0 {
		b--
	}
	w := t[b:k]
	if len(w) < 3 || len(w) > 40 || b > 0 && strings.IndexByte(" \t\n(:\"'", t[b-1]) < 0 || w[len(w)-1] == '.' ||
		!loginShape(w) || genericLogin(w) || !s.onType(TypeUsername) {
		return
	}
	// (A label's reading of the same user, named, wins the overlap.)
	s.cands = append(s.cands, cand{start: b, end: k, typ: TypeUsername, rec: "username", score: 0.6, rule: -1})
}

// external records a finding from a Recognizer or Detector, clamped to
// the text.
func (s *state) external(f Finding, name string) {
	if f.Start < 0 || f.End > len(s.text) || f.End <= f.Start || f.Type == "" {
		return
	}
	// Types of recognizers and detectors are on unless WithTypes left
	// them out or WithoutTypes named them: the engine cannot know in
	// advance what an external detector reports.
	if !s.e.reports(f.Type) {
		return
	}
	if f.Recognizer != "" {
		name = f.Recognizer
	}
	if f.Type == TypeURL || f.Type == TypeEmailAddress {
		s.linkSeen = true
	}
	s.cands = append(s.cands, cand{start: f.Start, end: f.End, typ: f.Type, rec: name, score: f.Score, rule: -1, ext: true})
}

// scan is the single pass over the text: it hashes every word against the
// keyword table and dispatches anchors (a word start, a digit, '+', '(',
// "::", "-----BEGIN") to the recognizers, which look at a small window and
// return where the scan resumes.
//
// Most words are short runs of ASCII letters that a space ends and that
// no key of the table may be: the loop reads those itself and passes
// over them and their space at once; word reads every other word. The
// fast path holds no call but the keyword's, so that the loop keeps its
// positions in registers.
func (s *state) scan() {
	t := s.text
	n := len(t)
	kw := &s.e.kw
	// (An unsigned test, which spares the bounds check of t[i]; i is
	// never negative.)
	for i := 0; uint(i) < uint(n); {
		c := t[i]
		k := byteClass[c]
		switch {
		case k&(clLower|clUpper) != 0:
			j := i + 1
			for j < n && byteClass[t[j]]&(clLower|clUpper) != 0 {
				j++
			}
			// A word of ASCII letters shorter than sixteen bytes before
			// a byte of plainEnd, a full stop that wordStops ends it at,
			// or a label's colon after a capital: letterAnchor and
			// camelKey have nothing to read, and only a word of two
			// capitals may open an IBAN (see word).
			if uint(j) < uint(n) && j-i < 16 && (j-i != 2 || c >= 'a') && (plainEnd[t[j]] ||
				(t[j] == '.' || t[j] == ':' && c <= 'Z') && wordStops(t, i, j)) {
				if kw.mayHoldShort(t, i, j) {
					// hashText's one step, inline, for a word of eight
					// letters or fewer with eight bytes of the text from
					// its start: the call and its spills cost more than
					// the step.
					var h uint64
					if m := j - i; uint(m) <= 8 && uint(i+8) <= uint(n) {
						h = hashBlock((load8(t[i:i+8])|0x20*ones64)&wordBytes[m], m)
					} else {
						h = hashText(t, i, j)
					}
					// A word that only ends phrases ("to", "on", "at",
					// 1,700 a pass) is passed over when the word before
					// it ends none (see keyword).
					if sl := kw.lookup(h); sl != nil && (sl.first != 0 || prevMayEnd(t, i, sl.prevEnds)) {
						s.keyword(sl, h, i, j)
					}
				}
				if t[j] == ' ' {
					j++ // the scan passes over the space too
				}
				i = j
				continue
			}
			i = s.word(i, j)
		case k&clHigh != 0:
			i = s.highByte(i)
		case k&clDigit != 0:
			i = s.digitAnchor(i)
		case punctAnchors[c]:
			i = s.punctAnchor(i)
		default:
			i++
		}
	}
}

// highByte passes over the separator above ASCII at i, or reads the word
// that starts there, and returns where the scan resumes. (A call of its
// own: scan then keeps no position across a call but the keyword's, and
// stores i only on that path.)
func (s *state) highByte(i int) int {
	if w := wordSepWidth(s.text, i); w > 0 {
		return i + w // a no-break space parts words as ' ' does, ’ as '
	}
	return s.word(i, i+1)
}

// word reads the word that starts at i, a letter or a byte above ASCII
// that parts no words, whose bytes up to j are read (ASCII letters, or
// that first byte), and returns where the scan resumes.
func (s *state) word(i, j int) int {
	t := s.text
	n := len(t)
	kw := &s.e.kw
	high := t[i] >= utf8.RuneSelf
	for uint(j) < uint(n) { // (unsigned: no bounds check of t[j])
		b := byteClass[t[j]]
		if b&(clLower|clUpper) != 0 {
			j++
			continue
		}
		if b&clHigh == 0 || wordSepWidth(t, j) > 0 {
			break
		}
		j++
	}
	if kw.mayHold(t, i, j) {
		h := hashText(t, i, j)
		if sl := kw.lookup(h); sl != nil {
			s.keyword(sl, h, i, j)
		}
	}
	if high && t[i] >= 0xe3 && t[i] <= 0xef && j-i > 3 {
		s.cjkKeys(i, j)
	}
	// letterAnchor acts on long words and on words that go on into a
	// token, an address or a URL; most words end at a space and are
	// passed over here at once, and so are (below) labels and the words
	// that end a sentence.
	if uint(j) < uint(n) && t[j] == ' ' && j-i < 16 { // (unsigned: no bounds check)
		// An IBAN whose country's code a space parts from its check
		// digits: "GB 98 BARC 2034 ...".
		if j-i == 2 && t[i] <= 'Z' && j+2 < n && isDigit(t[j+1]) && (i == 0 || !isAlnum(t[i-1])) {
			if end := s.iban(i); end > 0 {
				return end
			}
		}
		return j + 1 // the scan passes over the space too
	}
	if (j-i >= 16 || j < n && wordGoesOn[t[j]] && !wordStops(t, i, j)) && !high && (i == 0 || !isAlnum(t[i-1]) && t[i-1] != '_') {
		if end := s.letterAnchor(i, j); end > j {
			j = end
		}
	} else if high && j < n && (t[j] == '@' || t[j] == '.' || t[j] == '_' || isLocalByte(t[j]) && isASCIILetter(t[j-1]) && atAfter(t, j)) && (i == 0 || !isAlnum(t[i-1])) {
		// An e-mail address led by a letter such as "é", or glued to
		// the Chinese, Japanese or Korean text before it, which writes
		// no space ("メールはtanaka@example.jp"). Its local part may go on
		// in digits, '-' or '+' after the word's letters
		// ("邮箱是huangjie0822@163.com", "Éric2@free.fr"), when a letter
		// of ASCII ends the word: a Hebrew prefix's hyphen stays out of
		// the address ("ל-pay@...").
		if end := s.email(i); end > j {
			j = end
		} else if k := cjkGlued(t, i, j); k > i {
			if end := s.email(k); end > j {
				j = end
			}
		}
	}
	if j < n {
		if e := t[j]; e == ' ' {
			j++ // most words end at a space, which the scan passes over
		} else if keyEnds[e] && j-i > 4 && (byteClass[t[i]]&clLower != 0 || e == '"') {
			s.camelKey(i, j)
		}
	}
	return j
}

// passage reports whether the part of a snake-case key before the '_' at
// u makes its "pass" a ticket, a filter or a step, not a password:
// "boarding_pass", "season_pass", "render_pass", "low_pass". A guest's
// or a test user's pass is a password ("GUEST_PASS=", "TEST_PASS=").
func passage(t string, u int) bool {
	w := u
	for w > 0 && isLetter(t[w-1]) && u-w < 10 {
		w--
	}
	var low [10]byte
	switch string(lowerASCII(low[:0], t[w:u])) {
	case "boarding", "season", "day", "bus", "ski", "hall", "free", "backstage",
		"travel", "rail", "transit", "gym", "park", "parking", "press", "vip", "event", "museum",
		"render", "shader", "first", "second", "single", "multi", "low", "high", "band":
		return true
	}
	return false
}

// userBefore reports whether a user's name and a word for it come right
// before the word at p, as a login written out in words has them: "user
// jdoe pass ...", "login: jdoe, pass: ...". Its "pass" is the password.
func userBefore(t string, p int) bool {
	j := p
	for j > 0 && p-j < 3 && (t[j-1] == ' ' || t[j-1] == ':' || t[j-1] == ',') {
		j--
	}
	var low [11]byte
	// "my login is marta.g84 and pass ...": a conjunction between the
	// name and "pass" (session 51).
	if k, w := foldedWordBefore(t, j, "", low[:0]); k < j && j < p && andWord(bytesText(w)) {
		for j = k; j > 0 && k-j < 3 && (t[j-1] == ' ' || t[j-1] == ','); j-- {
		}
	}
	q := j // back over the name: bytes up to a space, a ':' or a '='
	for q > 0 && j-q < 64 && t[q-1] > ' ' && t[q-1] != ':' && t[q-1] != '=' {
		q--
	}
	if j == p || q == j {
		return false
	}
	k, w := foldedWordBefore(t, q, " :=", low[:0])
	if beVerb(bytesText(w)) {
		_, w = foldedWordBefore(t, k, " ", low[:0]) // "login is marta.g84"
	}
	return userWord(string(w))
}

// userWord reports whether the folded word w names a user's login in one
// of the chat languages, the word before a user's name.
func userWord(w string) bool {
	switch w {
	case "user", "username", "login", "benutzer", "usuario", "utilisateur", "utente", "gebruiker":
		return true
	}
	return false
}

// accountBefore reports whether the "pass" at p is an account's
// password by the word before it or by the line before: "the admin pass
// is ...", "wifi pass: ...", "root-pass ...", or "pass: ..." on the line
// after a user's label ("user: jdoe\npass: ..."). A boarding, day or bus
// pass has none of these words.
func accountBefore(t string, p int) bool {
	if p > 0 && t[p-1] == '\n' {
		// The label ends at a colon, or at a space when "pass" has none
		// either ("email jessicaw_91@yahoo.com\npass jessie1991").
		line := lineBefore(t, p-1, 80)
		if len(t)-p < 5 || !strings.EqualFold(t[p:p+4], "pass") || t[p+4] != ':' && t[p+4] != ' ' {
			return false
		}
		c := strings.IndexByte(line, t[p+4])
		if c < 0 {
			return false
		}
		var low [12]byte
		switch w := string(lowerASCII(low[:0], strings.TrimSpace(line[:c]))); w {
		case "email", "e-mail":
			return true // the login of a mail account or a shop's
		default:
			return userWord(w)
		}
	}
	if p < 2 || t[p-1] != ' ' && t[p-1] != '-' {
		return false
	}
	var low [8]byte
	_, w := foldedWordBefore(t, p-1, "", low[:0])
	switch string(w) {
	case "admin", "root", "wifi", "wlan", "router", "login", "account", "acct", "db", "database",
		"ftp", "sftp", "ssh", "vpn", "server", "email", "mail", "portal", "sudo", "master", "user":
		return true
	}
	return false
}

// keyEnds marks the bytes that end a key of JSON, YAML, a script or a
// form: a quote, ':' or '='. A key in camel case starts in lower case
// ("dateOfBirth:"); one in Pascal case is looked at in quotes only
// ("DateOfBirth"), so that "Customer:" costs no look.
var keyEnds = [256]bool{'"': true, '\'': true, ':': true, '=': true}

// camelKey looks up the last word of a key written in camel case,
// t[i:j] before a byte of keyEnds: "dateOfBirth", "smtpPassword",
// "accessToken", "fechaNacimiento" say what their value is as "birth",
// "password", "token" and "nacimiento" do. A word for a phone number is
// left out: "orderNumber" and "trackingNumber" name other numbers.
func (s *state) camelKey(i, j int) {
	t := s.text
	m := j - 1
	for m > i && (byteClass[t[m]]&clUpper == 0 || byteClass[t[m-1]]&clLower == 0) {
		m--
	}
	kw := &s.e.kw
	if m == i || j-m < 3 || !kw.mayHold(t, m, j) {
		return
	}
	h := hashText(t, m, j)
	sl := kw.lookup(h)
	if sl == nil {
		return
	}
	first := len(s.hits)
	s.keyword(sl, h, m, j)
	out := first
	for _, x := range s.hits[first:] {
		if kw.entries[x.entry].groups&gPhone == 0 {
			s.hits[out] = x
			out++
		}
	}
	s.hits = s.hits[:out]
}

// wordStops reports whether the word t[i:j] of fewer than 16 bytes ends
// where letterAnchor finds nothing: at a colon that opens no URL, after
// five bytes or more ("Customer:", "Phone:"; ':' is no byte of a token
// or an e-mail's local part, and an IPv6 group has at most four hex
// digits), or at a full stop before a byte that no e-mail address, host
// or token goes on with ("billing. ", "soon.\n"). A secret or a token
// needs sixteen bytes, an IBAN digits.
func wordStops(t string, i, j int) bool {
	switch t[j] {
	case ':':
		return j-i > 4 && (j+2 >= len(t) || t[j+1] != '/' || t[j+2] != '/')
	case '.':
		return j+1 >= len(t) || t[j+1] < utf8.RuneSelf && !isLocalByte(t[j+1]) && t[j+1] != '@'
	}
	return false
}

// pinVerb reports whether the word t[start:end] is "pin" used as a verb:
// after a pronoun or "to" ("the image we pin is ...", "you need to pin
// it").
func pinVerb(t string, start, end int) bool {
	if !strings.EqualFold(t[start:end], "pin") {
		return false
	}
	for _, w := range [...]string{"we", "i", "you", "they", "to"} {
		if wordBefore(t, start, w) {
			return true
		}
	}
	return false
}

// ukInwardAfter reports whether the outward code of a British postcode
// goes on at p, its district's digit, and the inward code follows after
// one space ("5 2LQ", "12 3AB", "1A 1AA"): a digit and two capitals.
func ukInwardAfter(t string, p int) bool {
	q := p + 1
	if q < len(t) && (isDigit(t[q]) || isUpperByte(t[q])) {
		q++
	}
	return q+4 <= len(t) && t[q] == ' ' && isDigit(t[q+1]) && isUpperByte(t[q+2]) && isUpperByte(t[q+3]) && (q+4 == len(t) || !isAlnum(t[q+4]))
}

// tagalogPo reports whether the word at start is Tagalog's particle of
// courtesy "po", in lower case after a word of Tagalog it follows
// ("Number ko po 0917 845 2231", "salamat po", "yung account po"), not
// a purchase order's "po" ("our po 4500012345", "PO 7781").
func tagalogPo(t string, start int) bool {
	if t[start] != 'p' || start < 3 || t[start-1] != ' ' {
		return false
	}
	b := start - 1
	for b > 0 && isLower(t[b-1]) && start-b < 9 {
		b--
	}
	return tagalogBeforePo[t[b:start-1]]
}

// tagalogBeforePo are the words of Tagalog that "po" follows most in a
// chat: pronouns, particles, greetings and thanks.
var tagalogBeforePo = map[string]bool{
	"ko": true, "mo": true, "niya": true, "namin": true, "natin": true, "nyo": true, "ninyo": true, "na": true, "pa": true,
	"lang": true, "naman": true, "yung": true, "ito": true, "iyan": true, "yan": true, "sa": true, "ang": true, "ng": true,
	"opo": true, "ho": true, "salamat": true, "din": true, "rin": true, "ba": true, "nga": true, "kasi": true, "ano": true,
	"paano": true, "hindi": true, "wala": true, "meron": true, "sana": true, "kuya": true, "ate": true, "maam": true,
}

// boxAfter reports whether the word "box" follows p after a period or
// spaces ("PO Box", "po. box").
func boxAfter(t string, p int) bool {
	for e := p + 3; p < len(t) && p < e && (t[p] == ' ' || t[p] == '.'); {
		p++
	}
	return p+3 <= len(t) && equalLowerASCII("box", t[p:p+3]) && (p+3 == len(t) || !isLetter(t[p+3]))
}

// keyword handles a word found in the keyword table: it records a hit for
// every entry whose phrase ends here and runs the entry's action.
func (s *state) keyword(sl *kwSlot, h uint64, start, end int) {
	if t := s.text; end-start == 2 {
		if end+1 < len(t) && isDigit(t[end]) && isDigit(t[end+1]) && isUpperByte(t[start]) && isUpperByte(t[start+1]) && (start == 0 || !isAlnum(t[start-1])) {
			return // two capitals glued to digits are a code ("DL1178", a flight), no word
		}
		if end < len(t) && isDigit(t[end]) && isUpperByte(t[start]) && isUpperByte(t[start+1]) && ukInwardAfter(t, end) {
			return // a British postcode's area ("PO5 2LQ", Portsmouth's), no purchase order
		}
		if t[start] == 'p' && t[start+1] == 'H' {
			return // "pH 7.4" is an acidity; "Ph", "PH" and "ph" abbreviate phone
		}
	} else if end-start == 3 && t[start]|0x20 == 'p' && pinVerb(t, start, end) { // (pinVerb's first test: most words are not "pin")
		return // "the image we pin is ghcr.io/...": a verb
	}
	if int(sl.plain) == end-start {
		// The slot's one word, which only records its hit (see
		// kwSlot.plain).
		first := len(s.hits)
		s.hits = append(s.hits, kwHit{start, end, sl.first - 1})
		s.seen |= sl.seen
		if numberWordOfOther(s.text, start, end) {
			s.dropPhoneHits(first)
		}
		return
	}
	many, prev := int32(-1), uint64(0)
	if sl.multi {
		var pw span
		var ok bool
		if prev, pw, ok = prevWordHash(s.text, start, sl.prevEnds); ok {
			if many = s.e.kw.lookupPair(prev, h); many >= 0 {
				s.prevWord = pw
			}
		}
	}
	if many < 0 && sl.first == 0 {
		// A word that only ends phrases ("to", "on", "at": a third of
		// the words found), none of which ends here.
		return
	}
	s.keywordEntries(sl.first-1, many, prev, start, end)
}

// keywordEntries is keyword for the single words from the entry one on and
// the phrases from the entry many on (-1 for none), whose word before the
// last hashes to prev (s.prevWord's hash): it records their hits and runs
// their readers. The common words that only record a hit, and those that
// end no phrase here, keyword takes itself: this loop's many values would
// cost them the spills and reloads of a large frame.
func (s *state) keywordEntries(one, many int32, prev uint64, start, end int) {
	kw := &s.e.kw
	r := kwReads{pinStart: -1, userStart: -1, bankStart: -1}
	first := len(s.hits)
	longest := 0 // words of the longest phrase ending here
	// The single words and the phrases of this word and the one before
	// it, merged in the order of the table.
	for one >= 0 || many >= 0 {
		var id int32
		if many < 0 || one >= 0 && one < many {
			id, one = one, kw.entries[one].next
		} else {
			id, many = many, kw.entries[many].next
		}
		e := &kw.entries[id]
		if len(e.words) > 1 && e.prev != prev {
			continue
		}
		if e.groups&gKeyPart != 0 && (start < 2 || s.text[start-1] != '_' && s.text[start-1] != '.' || !isAlnum(s.text[start-2]) || passage(s.text, start-1)) &&
			!userBefore(s.text, start) && !accountBefore(s.text, start) {
			continue
		}
		// A word of eight bytes or fewer as long as a single word's key
		// that it hashes to (h, the slot's) is that key: see hashText.
		ps := start
		if len(e.words) > 1 || len(e.last) != end-start || end-start > 8 {
			var ok bool
			if ps, ok = kw.matchPhrase(e, s.text, start, end, s.prevWord); !ok {
				continue
			}
		}
		if end-start == 2 && e.groups&gNeg != 0 && (boxAfter(s.text, end) || tagalogPo(s.text, start)) {
			continue // "PO Box 84089": a post-office box, no purchase order; "Number ko po 0917 ...": Tagalog's courtesy
		}
		longest = max(longest, len(e.words))
		s.hits = append(s.hits, kwHit{ps, end, id})
		s.seen |= e.seen
		if !e.reads {
			continue // most words only record their hit
		}
		s.readAfter(&r, e, start, ps, end)
	}
	if r.pinStart >= 0 && s.on(TypePassword) {
		s.pinAfter(r.pinStart, end)
	}
	if r.userStart >= 0 && s.on(TypeUsername) {
		s.userAfter(r.userStart, end)
		if a := answerAt(s.text, end); a >= 0 {
			s.answerLogin(a + 1)
		}
	}
	if r.bankStart >= 0 && s.on(TypeBankAccount) {
		s.bankAccountAfter(r.bankStart, end)
	}
	if longest > 1 {
		s.dropSubsumed(first, longest)
	} else if numberWordOfOther(s.text, start, end) {
		// "número do processo": the number of something else, which
		// the word does not call a phone number.
		s.dropPhoneHits(first)
	}
}

// kwReads is what the readers of the entries that end at one word have
// done so far (see readAfter). It lives in memory, so that the loop over
// the entries, most of which run no reader, carries none of it.
type kwReads struct {
	valued    uint8 // the kinds of valueAfter already run at the word's end
	pinStart  int   // where the longest phrase of gPIN that ends here starts, or -1
	userStart int   // the same for gUser
	bankStart int   // and for gBank
}

// readAfter runs the readers of the entry e, whose hit of the phrase
// [ps, end), its last word at start, keywordEntries has recorded, and
// notes in r what they did and what the readers after the loop read.
// The readers of the groups in readGroups, which a new reader's group
// must join (TestReadGroupsHoldEveryReader).
func (s *state) readAfter(r *kwReads, e *kwEntry, start, ps, end int) {
	if e.groups&(gPassword|gSecret|gValue) != 0 {
		// valueAfter depends on the password and value groups
		// only: "api key" and "key" both end here and would find
		// the same value twice.
		kind := uint8(1)
		if e.groups&gPassword != 0 {
			kind <<= 1
		}
		if e.groups&gValue != 0 {
			kind <<= 2
		}
		if r.valued&kind == 0 && s.e.checks&checkValue != 0 && !workingDir(s.text, start, end) {
			r.valued |= kind
			before := len(s.cands)
			s.valueAfter(end, e.groups)
			if e.groups&gPassword != 0 && len(s.cands) == before {
				s.quotedLater(end)
				if len(s.cands) == before {
					s.shapedLater(end)
				}
			}
			if len(s.cands) == before && e.groups&(gPassword|gSecret) != 0 {
				s.totpAfter(end, e.groups&gPassword != 0)
			}
			if len(s.cands) == before && e.groups&gPassword != 0 && end < len(s.text) && s.text[end] == '"' {
				s.hclDefault(start, end)
			}
		}
		if e.groups&gPassword != 0 && s.e.checks&checkValue != 0 {
			s.shapedAround(ps, end)
		}
	}
	if e.groups&gUser != 0 && (r.userStart < 0 || ps < r.userStart) {
		r.userStart = ps // "nombre de usuario" and "usuario" end at the same word
	}
	if e.groups&gBank != 0 && (r.bankStart < 0 || ps < r.bankStart) {
		r.bankStart = ps // "numéro de compte" and "compte" end at the same word
	}
	if e.groups&gPIN != 0 && (r.pinStart < 0 || ps < r.pinStart) {
		r.pinStart = ps // "pin code" and "code" end at the same word: the longest phrase reads
	}
	// The other readers belong to a few words: most words that read are
	// those of a value, a user name, a bank account or a PIN, which end
	// here.
	if e.groups&^(gPassword|gSecret|gValue|gUser|gBank|gPIN) == 0 && e.month == 0 {
		return
	}
	if e.groups&gTOTP != 0 && s.on(TypeAPIKey) {
		s.totpAfter(end, false)
	}
	if e.month != 0 {
		s.monthDate(start, end, e.month, false)
	}
	if e.groups&gDot != 0 && s.e.checks&checkSpelled != 0 {
		s.spelledEmail(start, end)
	}
	if e.groups&gPassport != 0 && r.valued&0x40 == 0 {
		r.valued |= 0x40
		s.passportAfter(start, end)
		// "Agent : numéro de passeport ?\nClient : 18AK52937" (session
		// 69; see answerAt); not after German's bare "Pass", which
		// passportAfter takes only before a German number.
		// Past an opener ("its 537201846") and on the line after it
		// when the same speaker puts the number right ("sorry
		// 537201864 not 846", session 74).
		if a, le := answerLineAt(s.text, end); a >= 0 && end-start != 4 {
			s.passportAfter(start, a)
			if v := answerValueAt(s.text, a, le); v != a {
				s.passportAfter(start, v)
			}
			if v := answerSlipAt(s.text, a, le); v >= 0 {
				s.passportAfter(start, v)
			}
		}
	}
	if e.groups&gCookie != 0 && s.on(TypeAPIKey) {
		s.cookieSecrets(end)
	}
	if e.groups&gLogin != 0 && end < len(s.text) && s.text[end] == '(' && s.on(TypePassword) {
		s.loginCall(end)
	}
	if e.groups&gSignIn != 0 && s.e.checks&checkValue != 0 {
		s.shapedAround(ps, end)
	}
	if e.groups&gRecovery != 0 && s.on(TypePassword) {
		s.recoveryCodes(ps, end)
	}
	if e.groups&gSeed != 0 && s.on(TypePassword) {
		s.seedPhraseAfter(end)
	}
	// A transcript's question names the value that the next line
	// answers alone: "Agent: What is your customer number?\nCustomer:
	// KL 5582014" (answerAt); its readers read from the answer's space.
	ans := -2
	if e.groups&(gPlate|gMember|gCustomer|gLicence) != 0 {
		ans = answerAt(s.text, end)
	}
	if e.groups&gPlate != 0 && s.on(TypeVehicleRegistration) {
		s.plateAfter(end)
		if ans >= 0 {
			s.plateAfter(ans)
		}
	}
	if e.groups&gHandle != 0 && s.on(TypeUsername) {
		s.handleAfter(end)
	}
	if e.groups&gMember != 0 && r.valued&0x20 == 0 && s.on(TypeMemberID) {
		r.valued |= 0x20
		s.memberAfter(end)
		if ans >= 0 {
			s.memberAfter(ans)
		}
	}
	if e.groups&gCustomer != 0 && s.on(TypeCustomerNumber) {
		s.customerAfter(ps, end)
		if ans >= 0 {
			s.customerAfter(ps, ans)
		}
	}
	if e.groups&gLicence != 0 && (s.on(TypeLicenceNumber) || s.on(TypeDriverLicense)) {
		s.licenceAfter(ps, end)
		if ans >= 0 {
			s.licenceAfter(ps, ans)
		}
	}
	if e.groups&gCJKName != 0 && s.on(TypePerson) {
		s.cjkNameAfter(start, end)
	}
	if e.groups&gCyrStreet != 0 && s.on(TypeStreetAddress) {
		s.cyrAddressAt(start, end)
	}
	if e.groups&gTrStreet != 0 && s.on(TypeStreetAddress) {
		s.trStreetAt(start, end)
	}
	if e.groups&gCJKPlace != 0 && s.on(TypeStreetAddress) {
		s.cjkAddressAt(start, end)
	}
	if e.groups&gAddrLabel != 0 && s.on(TypeStreetAddress) {
		s.addressAfterLabel(ps, end)
	}
	if e.groups&gHeStreet != 0 && s.on(TypeStreetAddress) {
		s.hebrewAddressAt(start, end)
	}
	if e.groups&gGulfPlace != 0 && s.on(TypeStreetAddress) {
		s.gulfAddressAt(ps, end) // from the phrase's first word: "Abu Dhabi"
	}
	if e.groups&gIDCard != 0 && r.valued&0x80 == 0 && s.on(TypeKENationalID) {
		r.valued |= 0x80
		s.idCardAfter(ps, end)
	}
	if e.groups&gDSN != 0 && start > 0 && s.text[start-1] == '@' && end < len(s.text) && s.text[end] == '(' && s.on(TypePassword) {
		s.dsnPassword(start - 1)
	}
	if e.groups&gHtpasswd != 0 && s.on(TypePassword) {
		s.htpasswdPassword(end)
	}
	if e.groups&gMAC != 0 && r.valued&0x80 == 0 && s.e.checks&checkBareMAC != 0 {
		r.valued |= 0x80
		s.bareMAC(end)
	}
}

// numberWordOfOther reports whether the word [start, end) is the number
// of something else: "número do processo" (see numberOfOther). Small
// enough to inline: most words fail the test of their length.
func numberWordOfOther(t string, start, end int) bool {
	return uint(end-start-6) <= 1 && t[start]|0x20 == 'n' && numberOfOther(t, start, end)
}

// dropPhoneHits drops the hits from first on of words that are phone
// words only.
func (s *state) dropPhoneHits(first int) {
	out := first
	for _, h := range s.hits[first:] {
		if s.e.kw.entries[h.entry].groups != gPhone {
			s.hits[out] = h
			out++
		}
	}
	s.hits = s.hits[:out]
}

// workingDir reports whether the word [start, end) is the shell's "PWD"
// before '=' and a path, as sudo's log writes it ("PWD=/var/www"): a
// working directory, no password.
func workingDir(t string, start, end int) bool {
	return end-start == 3 && t[start:end] == "PWD" && end+1 < len(t) && t[end] == '=' && (t[end+1] == '/' || t[end+1] == '~')
}

// numberOfOther reports whether the word [start, end) is "numéro",
// "número" or "numero" followed by "de", "do", "da", "di", "du", "del"
// (and an article) and then a noun that is no phone's: "número do
// processo", "numéro de série", "numero di matricola". "numéro de
// téléphone", "número de móvil", "numero di cellulare" keep it a phone
// word.
func numberOfOther(t string, start, end int) bool {
	var low [12]byte
	switch string(foldBytes(low[:0], t[start:end])) {
	case "numéro", "número", "numero":
	default:
		return false
	}
	p := end
	// word reads the next word, folded into low: valid until the next
	// call, compared where it is read.
	word := func() []byte {
		for p < len(t) && (t[p] == ' ' || t[p] == '\'') {
			p++
		}
		q := p
		for q < len(t) && wordByteAt(t, q) && q-p <= len(low) {
			q++
		}
		if q-p > len(low) || wordByteAt(t, q) {
			return nil
		}
		w := foldBytes(low[:0], t[p:q])
		p = q
		return w
	}
	switch string(word()) {
	case "de", "do", "da", "di", "du", "del", "d", "dos", "das", "della", "dello", "dell", "dei", "delle", "degli", "des":
	default:
		return false
	}
	w := word()
	switch string(w) {
	case "la", "le", "l", "el", "il", "lo", "o", "a", "mon", "ma", "mi", "mio", "mia", "meu", "minha", "mes", "mis", "miei", "mie",
		"sa", "son", "su", "sua", "suo", "seu", "ta", "ton", "tu", "tua", "tuo", "teu":
		w = word()
	}
	if len(w) == 0 {
		return false
	}
	// A kin noun names a person whose number it is: "Numero della
	// figlia: 338 9126475", "número de mi hija".
	var key [24]byte
	return !phoneNounOf(string(w)) && !kinNouns[string(foldKey(key[:0], string(w)))]
}

// phoneNounOf reports whether w, folded, is a noun after "número de" that
// still names a phone number: a phone noun, a word of numberOfPhone, or a
// form of the words for telephone and cell phone ("telefonino",
// "teléfonos", "télephone", "cellulaire", "celu").
func phoneNounOf(w string) bool {
	if phoneNouns[w] || numberOfPhone[w] {
		return true
	}
	return strings.HasPrefix(w, "tel") || strings.HasPrefix(w, "tél") || strings.HasPrefix(w, "cell") ||
		strings.HasPrefix(w, "celu") || strings.HasPrefix(w, "whats")
}

// numberOfPhone are the nouns after "número de" that still name a phone
// number, besides phoneNouns and the prefixes phoneNounOf reads.
var numberOfPhone = map[string]bool{
	"contact": true, "contacto": true, "contatto": true, "contato": true,
	"fixe": true, "fijo": true, "fisso": true, "casa": true, "domicile": true, "bureau": true,
	"oficina": true, "ufficio": true, "escritório": true, "trabajo": true, "travail": true,
	"lavoro": true, "trabalho": true, "urgence": true, "emergencia": true, "emergenza": true,
	"emergência": true, "rappel": true, "fax": true,
	"fone": true, "cel": true, "zap": true, "wpp": true, "sms": true, "recado": true, "recados": true,
	"móvel": true, "movel": true, "portátil": true, "mobil": true, "mobilnummer": true, "fono": true,
	"ligne": true, "línea": true, "linea": true, "linha": true, "domicilio": true, "domicílio": true,
	"maison": true, "poste": true, "appel": true, "contatti": true, "contactos": true, "contatos": true,
}

// dropSubsumed drops the hits from first on of phrases shorter than the
// longest one ending at the same word: the longer phrase says what the
// text names. "number" in "order number" or "social security number" is
// no phone word, "card" in "gift card" no card word. The longest phrase
// may drop the hits of its earlier words too (see dropInner).
func (s *state) dropSubsumed(first, words int) {
	kw := &s.e.kw
	out := first
	for _, h := range s.hits[first:] {
		if len(kw.entries[h.entry].words) < words {
			continue
		}
		s.hits[out] = h
		out++
	}
	s.hits = s.hits[:out]
	for _, h := range s.hits[first:] {
		if kw.entries[h.entry].subsumes {
			s.dropInner(first, h.start, h.entry)
			return
		}
	}
}

// dropInner drops the hits before first of the earlier words of the
// phrase sub, which starts at from, that would say something else (see
// subsumes): "numéro" in "numéro de série" or "número de seguro social"
// is no phone word, "licence" in "licence key" no driving licence word.
// The first word of "passport number" still counts for a passport rule.
func (s *state) dropInner(first, from int, sub int32) {
	kw := &s.e.kw
	hits := s.hits
	lo := first
	for lo > 0 && hits[lo-1].end > from {
		lo--
	}
	if lo == first {
		return
	}
	out := lo
	for k := lo; k < len(hits); k++ {
		if h := hits[k]; k >= first || h.start < from || !subsumes(&kw.entries[sub], &kw.entries[h.entry]) {
			hits[out] = h
			out++
		}
	}
	s.hits = hits[:out]
}

// Context windows, in bytes around a candidate.
const (
	ctxBefore = 48
	ctxAfter  = 32
	negBefore = 24
)

// finish applies context, threshold, allow and deny lists and resolves
// overlaps, and returns the findings sorted by start.
func (s *state) finish() []Finding {
	e := s.e
	t := s.text
	hits := s.hits
	kw := &e.kw
	// Candidates in start order and hits in end order (the scan appends
	// them as it goes) let one moving index bound the context search, so
	// the work per candidate is the hits within its window.
	// They mostly come in order already; the output does not depend on
	// the order of candidates with the same start.
	if !candsByStart(s.cands) {
		sortCandsByStart(s.cands)
	}
	first := 0
	s.firmHit = 0
	// A table has a header line and a row (see columnOf): most messages
	// are one line. Looked for at the first candidate a column may name.
	var tables int8 // 0: not looked for yet, 1: one line, 2: more
	s.dates = s.dates[:0]
	s.birthAt = -2
	// Only add's candidates have a promote, and most texts have none.
	if s.promotes {
		for k := range s.cands {
			if c := &s.cands[k]; c.promote != 0 && !stamped(t, c.start, c.end) {
				s.dates = append(s.dates, span{c.start, c.end})
			}
		}
	}
	// The kept candidates move down in place: a candidate is big, so it
	// is changed where it lies and copied only when one before it went.
	out := 0
	// The dates unstamped lie in s.dates in the order of their
	// candidates, which are as they were until the loop reaches them: a
	// date is stamped unless it is the next of s.dates (two dates of one
	// span are both stamped or neither).
	undated := 0
	s.links = s.links[:0] // a firm's mailboxes that go (see dropInsideLinks)
	site := span{-1, -1}  // the last firm's site's address that went (see firmSite)
	for i := range s.cands {
		c := &s.cands[i]
		if !c.ext {
			stamp := false
			if c.promote != 0 {
				if undated < len(s.dates) && s.dates[undated] == (span{c.start, c.end}) {
					undated++
				} else {
					stamp = true
				}
			}
			lo, hi := c.start-ctxBefore, c.end+ctxAfter
			for first < len(hits) && hits[first].end < lo {
				first++
			}
			// The groups of words that can change c: a hit of none of
			// them is passed over at once (most are another
			// candidate's words).
			want := c.boost | c.neg | c.promote | c.label
			if c.rule >= 0 {
				want |= gRule
			}
			// What the hits say is gathered in w, in memory, by nearHit:
			// the loop then carries few values, and the many hits passed
			// over cost no spills and reloads of them.
			w := nearWords{last: kwHit{entry: -1}}
			for k := first; uint(k) < uint(len(hits)); k++ { // (unsigned: no bounds check of hits[k])
				h := &hits[k]
				if h.start > hi+ctxBefore {
					break
				}
				if h.end < lo || h.start > hi || (h.start < c.end && h.end > c.start) {
					continue
				}
				if en := &kw.entries[h.entry]; en.groups&want != 0 {
					s.nearHit(&w, h, en, c, stamp)
				}
			}
			near, neg, last, promote := w.near, w.neg, w.last, w.promote
			if w.namedAfter {
				continue
			}
			if last.entry >= 0 {
				// "my SSN is 233056418": the word that labels the value
				// names this candidate's type. Phone words do not:
				// "number", "numéro" label any number.
				g := kw.entries[last.entry].groups
				drop, named := labels(g, c), g&c.boost&^gPhone != 0
				gs := last.end
				if g&gIDWord != 0 && allHex(t[c.start:c.end]) {
					// A digest's width glued to its word: "sha256:" before
					// hex ("password hash SHA256:BmTe..." in base64 is a
					// password's hash, which the secret's word names).
					for gs < c.start && gs < last.end+3 && isDigit(t[gs]) {
						gs++
					}
				}
				if (drop || named) && labelGap(t[gs:c.start]) {
					// "Referenz: 0171 2345678 ist meine Handynummer": the
					// words after the number say what it is.
					// A country's code after '+' is a phone's, whatever
					// record's word stands before it ("my number on the
					// contract is +49 171 3846291", session 56).
					if drop && !c.owned && !s.forPurpose(first, lo, last.start, c) && !(c.typ == TypePhoneNumber && plusAt(t, c.start)) {
						continue
					}
					c.named = c.named || named || !c.owned
				}
			}
			boosted := near&c.boost != 0 || w.ruleBoost
			if !boosted && c.typ == TypeUSSSN && c.score < e.threshold && (s.recordSSN(c, out, i) || s.ssnSaidAgain(c, out)) {
				boosted = true // "Siobhan Søndergaard / 855613375 / 14/12/1959"
			}
			// A date of birth that no birth word names: in a record of a
			// person's details, or as another value of one just said.
			if !promote && c.promote == gDOB && (s.recordDate(c, out, i) || s.answerDate(c) || s.otherValueSaid(c, out) || s.siblingRowDate(c, out) || cakeBefore(t, c) || idSaysBefore(t, c) || s.askedLineBefore(c) ||
				near&gDOB == 0 && (birthTypoBefore(t, c) || neg&gNeg == 0 && s.oldDateSaid(c))) {
				promote = true // "Lucas Brown, 24 June 1943, +61 3 6083 3423"
			}
			// A table's header names the kind of its column's cells: a
			// date of birth, a social security or a phone number
			// ("dob,", "| SSN |", "mobile,"); a number in another's
			// column is the other's ("ssn,": 398878738 is no phone).
			// (The calls in blocks of their own: the compiler then
			// branches on the tests before them without keeping their
			// answer, as below.)
			other := false
			if c.promote == gDOB || c.boost&(gSSN|gPhone) != 0 {
				if multiLine(t, &tables) {
					if cg := s.columnOf(c); cg != 0 {
						switch {
						case c.promote == gDOB && cg&gDOB != 0:
							promote = true
						case cg&c.boost != 0:
							boosted = true
						case cg&(c.boost|c.promote) == 0:
							// The header's words outweigh those near the
							// cell, which are mostly other headers.
							boosted, other = false, true
						}
					}
				}
			}
			if promote {
				c.typ, c.score = c.alt, c.altScore
				boosted = false
			}
			// "What's your mobile?\nCustomer: 0612 345 678", "... meu número
			// para 211 865 649.\nuser> Desculpe, enganei-me: é o 211 866 549":
			// a phone word in a transcript's line before names the number
			// of the next.
			if c.need && !boosted && c.typ == TypePhoneNumber && (s.phoneLineBefore(c) || s.phoneSaidAgain(c, out) || s.phoneAfterName(c, out, neg&c.neg == 0) || s.phoneInRecord(c, out, i) || neg&c.neg == 0 && (phoneTypoBefore(t, c) || phoneAbbrevBefore(t, c.start))) {
				boosted = true // ... or a phone word typed in haste: "phne 0611327534"
			}
			if c.need && !boosted && c.typ == typeDKCPR && c.rule < 0 && neg&c.neg == 0 && s.personRightBefore(c, out) {
				boosted = true // "min mor Birthe Vinther (170341-1238)": see namedCPR
			}
			if c.need && !boosted && c.typ == TypeIMEI && s.answerAsked(c, gIMEI) {
				boosted = true // "Do you have the IMEI ...?\nCustomer: 356938039458071 from the box"
			}
			if c.need && !boosted && c.rec == "generic_secret" && s.secretColonBefore(c.start) {
				boosted = true // "our API key for the portal stopped working: 7f3a..."
			}
			if c.need && !boosted {
				continue
			}
			if boosted {
				c.boosted = true
				c.score = max(c.score+0.35, 0.4)
			} else {
				if c.rule >= 0 && e.rules[c.rule].AloneScore > 0 && !s.hasPositive(c.rule) {
					c.score = e.rules[c.rule].AloneScore // no word names it
				}
				if neg&c.neg != 0 && !c.called && !calledLate(t, c) && !(c.typ == TypePhoneNumber && s.personRightBefore(c, out)) || w.ruleNeg || other {
					c.score -= 0.35
				}
			}
			c.score = min(c.score, 1)
			// The type of a rule's candidate is on (only those rules
			// run), and so is that of the scanner's without an
			// alternative (see add); a date may have become a date of
			// birth, or stayed a date, of a type that is off.
			if c.alt != "" {
				if !s.on(c.typ) {
					continue
				}
			}
		}
		if c.score < e.threshold || (e.threshold == 0 && c.score <= 0) {
			continue
		}
		// A firm's own contact, asked only of what would be reported:
		// "Our billing team is reachable on 1-888-402-7731", "I called
		// 1-800-387-4415".
		if !c.ext && (c.typ == TypePhoneNumber || c.typ == TypeEmailAddress) && s.firmContact(c) {
			if c.typ == TypeEmailAddress {
				// Its parts go with it: "uk" of "claims@insurer.co.uk"
				// is no place.
				s.links = append(s.links, span{c.start, c.end})
			}
			continue
		}
		// A firm's site's address, which the names recognizer reports:
		// "our warehouse at Unit 7, Brackmills Industrial Estate, ...".
		// The words of its town go with it.
		// (The bit first: most texts name no site, and the type's test
		// is a string's.)
		if s.seen&seenSite != 0 {
			if c.typ == TypeStreetAddress && (c.rec == softEntitiesName || c.rec == greekAddressName) && s.firmSite(c) {
				s.links = append(s.links, span{c.start, c.end})
				s.linkSeen = true
				site = span{c.start, c.end}
				continue
			}
			if c.end <= site.e && site.s <= c.start && c.typ == typeUKPostcode {
				continue // the postcode of that site: "our depot is Unit 7, ..., Northampton NN5 5JU"
			}
		}
		// A Greek firm's tax number or account, which the firm's word
		// names before it: "ΑΦΜ εταιρείας 094019245", "στον λογαριασμό
		// της εταιρείας GR40 ...".
		if (c.typ == TypeIBAN || c.typ == "GR_AFM") && !s.asciiText && greekFirmBefore(t, c.start) {
			continue
		}
		// An Eircode at an address's end is the address's, though its
		// word after it ("..., Dublin 2, D02 XK58; old eircode removed")
		// lifts its score above the address's (session 63).
		if c.typ == TypeIEEircode && s.inAddress(c.start, c.end) {
			continue
		}
		if !s.asciiText { // in ASCII every byte starts a character
			c.start, c.end = runeBounds(t, c.start, c.end)
		}
		if c.end <= c.start {
			continue
		}
		if out != i {
			s.cands[out] = *c
		}
		out++
	}
	s.cands = s.cands[:out]
	if s.linkSeen {
		s.dropInsideLinks()
	}
	s.resolve()
	// An allowed value wins its overlaps before it goes, so that no part
	// of it ("jane" in an allowed "jane.doe@example.com") is reported in
	// its place.
	if e.allows() {
		s.kept = slices.DeleteFunc(s.kept, func(k int) bool { return e.allowed(t[s.cands[k].start:s.cands[k].end]) })
	}
	if e.denies {
		s.deny()
	}
	if len(s.kept) == 0 {
		return nil
	}
	res := make([]Finding, len(s.kept))
	for i, k := range s.kept {
		c := &s.cands[k]
		// Field by field into the zeroed result: a composite literal is
		// built on the stack, and copied.
		r := &res[i]
		r.Type, r.Start, r.End, r.Score, r.Recognizer = c.typ, c.start, c.end, round2(c.score), c.rec
	}
	return res
}

// numberBetween reports whether the gap g, between a word and a
// candidate, holds a number of three digits or more of its own, then a
// word, in one clause: "483920 to " ("commande FR-331072). Standard :"
// ends the order's clause, and its word still says what follows).
func numberBetween(g string) bool {
	run, word := 0, false
	for i := 0; i < len(g); i++ {
		switch c := g[i]; {
		case isDigit(c):
			run++
		case isLetter(c):
			word = word || run >= 3
			run = 0
		case c == '.' && run >= 3 && i+2 < len(g) && g[i+1] == ' ' && isUpperByte(g[i+2]):
			// "Policy HH-20938415. I'm on ...": the number ends its
			// sentence, and the next one opens.
			return true
		case c == '.' || c == ')' || c == ';' || c == ':' || c == '\n':
			return false
		default:
			if run > 0 && run < 3 {
				run = 0
			}
		}
	}
	return word
}

// labelsNumberAt reports whether a number follows the word that ends at
// p on its line, past only what joins a label to its number (labelGap:
// ": ", " no. ", " +"): the word is that number's label.
func labelsNumberAt(t string, p int) bool {
	q := p
	for q < len(t) && q-p < 24 && !isDigit(t[q]) && t[q] != '\n' {
		q++
	}
	return q < len(t) && isDigit(t[q]) && labelGap(t[p:q])
}

// nearWords is what the keyword hits near a candidate say of it: the
// groups of the hits (near), of those just before it (neg), the nearest
// boost or label word before it (last), and what its rule's words and a
// birth word make of it.
type nearWords struct {
	near, neg           uint64
	last                kwHit
	ruleBoost, ruleNeg  bool
	promote, namedAfter bool
}

// nearHit takes in w the hit h of entry en, of a group that c wants,
// within c's window (see finish).
func (s *state) nearHit(w *nearWords, h *kwHit, en *kwEntry, c *cand, stamp bool) {
	t := s.text
	// A word glued by a dash to a number other than the candidate, the
	// code standing alone before a comma or at the end of a line, is the
	// prefix of a code ("DL-3, Delhi 110001", a block of flats, not a
	// driving licence): it names that number, not the candidate. A
	// numbered label names its value ("phone-2: 030...").
	if h.end+1 < len(t) && t[h.end] == '-' && isDigit(t[h.end+1]) && h.end+1 != c.start && codeAlone(t, h.end+1) {
		return
	}
	// A word after the number and before another number is the other's
	// label: "NHS 1572999640, mobile 07384 661 205" (session 64).
	if c.typ == TypePhoneNumber && h.start >= c.end && labelsNumberAt(t, h.end) {
		return
	}
	// A birth word that is a surname after a given name names no birth
	// ("Gabriel Nascimento"): the date is read as if it were absent.
	if en.groups&c.promote&gDOB != 0 && surnameBirthWord(t, h.start, h.end) {
		return
	}
	// "6179548528, is my order number": a reference's word after a verb
	// of being says what the number is.
	if h.start >= c.end && en.groups&c.label != 0 && c.typ == TypePhoneNumber && refNamedAfter(t[c.end:h.start]) {
		w.namedAfter = true
	}
	if c.before && h.end > c.start {
		return
	}
	w.near |= en.groups
	if en.groups&c.promote != 0 && !w.promote {
		w.promote = s.birthWordDates(h, c, stamp)
	}
	// "the verification code 483920 to 07912 483516": a number between a
	// reference's word and a phone is the one the word names.
	if h.end <= c.start && h.end >= c.start-negBefore && !(en.groups&(gNeg|gRef) != 0 && c.typ == TypePhoneNumber && numberBetween(t[h.end:c.start])) && (en.groups&c.neg == 0 || !clauseBreakIn(t, h.end, c.start)) {
		w.neg |= en.groups
		// Of phrases that end together only the longest is a hit (see
		// dropSubsumed): "gift card", not "card".
		// (numberAfterLabel's first test, that a label came before, spares
		// most hits its call.)
		if en.groups&(c.label|c.boost) != 0 && (w.last.entry < 0 || h.end > w.last.end && !s.numberAfterLabel(w.last, *h, c)) {
			w.last = *h
		}
	}
	if c.rule >= 0 && en.groups&gRule != 0 && slices.Contains(en.rules, c.rule) {
		if ruleWord(&s.e.rules[c.rule], en) {
			w.ruleBoost = true
		} else {
			w.ruleNeg = true
		}
	}
}

// dropInsideLinks drops the names, places and firms of the soft
// recognizer that lie inside a link, an e-mail address or a password:
// their words are the host's or the path's ("www.example.co.uk" names no
// place "uk"), or the password's ("Sonne2024!Bmw" names no firm, session
// 56), and a place would win the overlap against a link's lower score. A firm's mailbox that finish took out (firmContact) takes its
// parts with it, from s.links, where finish put it. The candidates are
// in start order, and so are the links; one moving index keeps the pass
// linear. finish calls it only when a link or an e-mail address was
// among the candidates (linkSeen).
func (s *state) dropInsideLinks() {
	c := s.cands
	firms := len(s.links) // a firm's mailboxes that finish took out
	for i := range c {
		if c[i].typ == TypeURL || c[i].typ == TypeEmailAddress || c[i].typ == TypePassword {
			s.links = append(s.links, span{c[i].start, c[i].end})
		}
	}
	if len(s.links) == 0 {
		return
	}
	if firms > 0 && firms < len(s.links) {
		slices.SortFunc(s.links, func(a, b span) int { return a.s - b.s })
	}
	out, p := 0, 0
	for i := range c {
		x := &c[i]
		if x.ext && softInLink(x.typ) {
			for p < len(s.links) && s.links[p].e <= x.start {
				p++
			}
			if p < len(s.links) && s.links[p].s <= x.start && x.end <= s.links[p].e {
				continue
			}
		}
		if out != i {
			c[out] = *x
		}
		out++
	}
	s.cands = c[:out]
}

// softInLink reports whether a finding of type typ, inside a link, is
// the link's words: a name, a place, a firm, a title or a nationality.
func softInLink(typ string) bool {
	switch typ {
	case TypePerson, TypeLocation, TypeOrganization, TypeTitle, TypeNRP:
		return true
	}
	return false
}

// birthWordDates reports whether the birth word h makes the date c a date
// of birth. It does not when:
//   - c carries a clock time (stamp), a message's or a log's stamp
//     ("[17/09/24, 10:03:11] Agent: ..."), unless h labels it right before
//     ("DOB: 1988-09-17 00:00:00", as databases write it);
//   - another date lies between them, or h modifies a noun before or
//     after it ("birthday party", "fiesta de cumpleaños");
//   - a clause about another dated thing lies between them (eventAfter);
//   - c's own line has a label and h's line is a field with its own value
//     (ownLabel);
//   - h comes after c but is a key of the next value, on a later line, or
//     labels a date or a year right after it ("expiry 2029-05-13, DOB
//     1985-04-12", "Kunde seit 01.01.2020, geboren 1985").
func (s *state) birthWordDates(h *kwHit, c *cand, stamp bool) bool {
	t := s.text
	// "24.11.1953 is my birthday, not 17 October 2023": a date denied,
	// later than births are taken.
	if negatedDate(t, c.start) {
		// A date of birth denied is a date of birth all the same:
		// "my birthday is 13 March 1997, not December 13, 1950"; not
		// one that the line says is an event's ("not 01.03.2005 -
		// 01.03.2005 is when I opened the account").
		if !pastDateBy(t[c.start:c.end], recordBirthYearMax) || s.eventAfterInItem(c.end) {
			return false
		}
	}
	if stamp && !labelsRight(t, h.end, c.start) {
		return false
	}
	// "The birth certificate was issued on 21 March 2024", "I changed my
	// date of birth on 09/08/2026": a date when something was done.
	if madeOn(t, h, c) {
		return false
	}
	// "Account created 31 May 2024, but my birth date shows ...": a date
	// of an event, later than births are taken (recordBirthYearMax), and
	// a contrast before the birth word after it; "I signed up with
	// 1990-05-05 but my birth date shows ..." keeps its date.
	if c.end <= h.start && contrastBetween(t[c.end:h.start]) && eventInLine(t, c.start) && fullPastDate(t[c.start:c.end]) > recordBirthYearMax {
		return false
	}
	// "geboren" at the end of its sentence, where German and Dutch put
	// the verb, dates nothing after it: "wurde am 2. Mai 2024 geboren.
	// Ich möchte Elternzeit vom 01.07.2024 ...".
	if h.end < c.start && verbEndsSentence(t, h.start, h.end) {
		return false
	}
	// A label of a form labels only the date right after it (gRightAfter);
	// a plural one, a list of them ("DOBs: 14/03/1987, 02/09/1985").
	between := s.dateBetween(*h, c)
	if between && h.end <= c.start && dateList(t[h.end:c.start]) && (pluralBirthWord(t[h.start:h.end]) || joinedDate(t[h.end:c.start])) {
		return true
	}
	g := s.e.kw.entries[h.entry].groups
	if g&gRightAfter != 0 && (c.start < h.end || !s.dateRightAfter(h.end) || between) {
		return false
	}
	// A child's later date after "nac." needs a word for the child in
	// the line's list: "Mis hijos: Pablo (nac. 11/04/2012)".
	if g&gBirthYear != 0 && !pastDateBy(t[c.start:c.end], recordBirthYearMax) && !(pastDateBy(t[c.start:c.end], recordChildYearMax) && childBefore(t, h.start)) {
		return false
	}
	if g&gPastBirth != 0 {
		// An event's word in the next sentence dates something else:
		// "For the age verification: 04/02/1993. Account: ...".
		if !pastDateBy(t[c.start:c.end], recordBirthYearMax) || eventInLine(t, h.start) || s.eventAfterInSentence(c.end) {
			return false
		}
	}
	if between || h.end < c.start && eventAfter(t, h.end, c.start) || birthNoun(t, h.end) || birthNounBefore(t, h.start) || ownLabel(t, h.start, h.end, c.start) {
		return false
	}
	return h.start < c.end || !keyWordEnds(t, h.start, h.end) && strings.IndexByte(t[c.end:h.start], '\n') < 0 && !s.dateRightAfter(h.end) && !yearRightAfter(t, h.end) && !s.qualifiedLabelAfter(h.end)
}

// verbEndsSentence reports whether the birth word t[start:end] is
// "geboren", the participle that German and Dutch put last, and ends its
// sentence: a '.', '!' or '?' right after it, or emojis after a space
// ("geboren 👶 Ich möchte ..."), then a word after a space. A label that
// ends a sentence asks for the date after it ("Please tell me your date
// of birth. It's 6/24/1991").
func verbEndsSentence(t string, start, end int) bool {
	if end-start != 7 || end+2 >= len(t) || !equalLowerASCII("geboren", t[start:end]) {
		return false
	}
	p := end
	switch t[p] {
	case '.', '!', '?':
		p++
	case ' ':
		q := p + 1
		for w := symbolWidth(t, q); w > 0; w = symbolWidth(t, q) {
			q += w
		}
		if q == p+1 {
			return false
		}
		p = q
	default:
		return false
	}
	return p+1 < len(t) && t[p] == ' ' && (isLetter(t[p+1]) || letter2(t, p+1) > 0)
}

// qualifiedLabelAfter reports whether a birth word that ends at e labels
// the date after a qualifier and a colon: "Date of birth of the insured:
// 1965-11-02", "Fecha de nacimiento del asegurado: ...", "Geburtsdatum
// der versicherten Person: ...". Up to 32 bytes of words, without a
// digit or a sentence's end, stand before the colon.
func (s *state) qualifiedLabelAfter(e int) bool {
	t := s.text
	for p := e; p < len(t) && p-e <= 32; p++ {
		switch c := t[p]; {
		case c == ':':
			return p > e && s.dateRightAfter(p+1)
		case isDigit(c) || c == '.' || c == '!' || c == '?' || c == '\n' || c == ',' || c == ';':
			return false
		}
	}
	return false
}

// multiLine reports whether t holds a line break, looked for once and
// kept in *seen (0 before, 1 for no, 2 for yes).
func multiLine(t string, seen *int8) bool {
	if *seen == 0 {
		*seen = 1
		if strings.IndexByte(t, '\n') >= 0 {
			*seen = 2
		}
	}
	return *seen == 2
}

// recordBirthYearMax is the latest year of a date of birth that no word
// names (see recordDate), and recordAdultYearMax the latest that one
// neighbour in the record makes one; the years between need the whole
// record, a name before and a way to reach the person after. They are
// fixed, not read from the clock, so that a text gives the same
// findings every day; a later year is as often an account's, a job's or
// an order's date.
const (
	recordBirthYearMax = 2010
	recordAdultYearMax = 1999
)

// recordDate reports whether the date c (the i-th candidate; those kept
// before it are s.cands[:out]) is an item of a record of one person's
// details, which gives a date of birth no word: a full date of a year
// up to recordBirthYearMax, listed between commas, semicolons, slashes
// or bars beside a name, a phone, an SSN or an e-mail address ("Here
// you go: Lucas Brown, 24 June 1943, +61 3 6083 3423", "background
// check: Kwame Kowalski / 315-89-5171 / 1953-07-13"). A date that is no
// item of the list ("On 12 March 2009, John Smith <...> wrote:"), or a
// word of an event, an account or a letter in its line ("Hired:",
// "order shipped", "Kind regards"), dates something else.
func (s *state) recordDate(c *cand, out, i int) bool {
	// "4347 2192 5503 4696 exp 11/28, name on card ...": a card's expiry,
	// asked last (the record's reading rules out most dates first).
	return s.recordDateRead(c, out, i) && !expiryBefore(s.text, c.start)
}

// recordDateRead is recordDate before a card's expiry is ruled out.
func (s *state) recordDateRead(c *cand, out, i int) bool {
	t := s.text
	if c.start >= 2 && t[c.start-1] == '(' && t[c.start-2] == ' ' && c.end < len(t) && t[c.end] == ')' {
		return s.bracketDate(c, out)
	}
	q := recordJoinBefore(t, c.start)
	if q < 0 && c.start >= 2 && t[c.start-1] == ' ' {
		if k := s.personEndingAt(c.start-1, out); k >= 0 {
			// A name and an old date with only a space between, as a form
			// is read out: "Customer: Jack Mensah 1979-02-02", "The form
			// has Luca Bianchi 1953-10-11 8433 Willow Avenue ...".
			if pastDateBy(t[c.start:c.end], recordAdultYearMax) {
				return !s.datedOtherwise(c)
			}
			// A child's later date after the child's name, which a word
			// for a child or the date of birth of a sibling before it
			// says: "nostro figlio Davide 19/07/2008", "Kinder Leon
			// 05.09.2010 und Mia 30.03.2014".
			a := s.cands[k].start
			if y := birthYear(t[c.start:c.end]); y == 0 || y > recordChildYearMax {
				return false
			}
			return (childBefore(t, a) || s.dobListBefore(a, out)) && !s.datedOtherwise(c)
		}
	}
	r := recordJoinAfter(t, c.end)
	if q < 0 && r < 0 || q < 0 && !opensItem(t, c.start) || r < 0 && !listItemEnds(t, c.end) {
		// "426-78-3838 and 01/19/1959", "01/19/1959 and 426-78-3838": a
		// date joined by "and" to an SSN is the same person's. The
		// join, read first, rules out most dates at once.
		return s.ssnAndDate(c, out, i) && pastDateBy(t[c.start:c.end], recordBirthYearMax) && !eventInLine(t, c.start) && !letterInLine(t, c.start)
	}
	year := birthYear(t[c.start:c.end])
	if year == 0 || year > recordBirthYearMax {
		return false
	}
	// A name before and a way to reach after make a whole record; an
	// SSN beside the date, an identity's.
	var before, after, ssn bool
	person := false
	if q >= 0 {
		// Each reading of the item counts: a number in the SSN's shape is
		// a phone's candidate too.
		for k := out - 1; k >= 0 && s.cands[k].end >= q; k-- {
			if k2 := &s.cands[k]; k2.end == q && recordType(k2.typ) {
				person, before, ssn = true, before || k2.typ == TypePerson, ssn || k2.typ == TypeUSSSN
			}
		}
	}
	if r >= 0 {
		for k := i + 1; k < len(s.cands) && s.cands[k].start <= r+16; k++ {
			// The item may open with its label: ", SSN 699-27-0256", ",
			// mobile (352) 921-6396".
			if k2 := &s.cands[k]; (k2.start == r || k2.start > r && itemLabel(t[r:k2.start])) && recordType(k2.typ) && k2.score >= 0.5 {
				person, after, ssn = true, k2.typ != TypePerson, ssn || k2.typ == TypeUSSSN
				break
			}
		}
	}
	// A later year needs the name before and a way to reach after, or
	// the name before and the end of the record after the date ("Callum
	// Reid, 19/11/2001. Can I rebook ...").
	if !person || year > recordAdultYearMax && !(before && (after || r < 0)) && !ssn {
		return false
	}
	return !eventInLine(t, c.start) && !letterInLine(t, c.start) && !s.eventAfterInItem(c.end)
}

// siblingRowDate reports whether the date c stands in a list of people,
// a line each, where a line above gave its person's date of birth (those
// candidates kept before c are s.cands[:out]): a capitalised word, a
// name's, on c's line before it, and c in the same field of its line as
// that date, counted by the list's separators, after the same byte. A
// child's later year counts then too, up to recordChildYearMax: "Daan
// de Vries – 15-06-1987 – paspoort ...\nNoah de Vries – 10-10-2017 –
// paspoort ...", "Anja Hartmann *1978-09-30\nLeni Hartmann *2016-01-05
// (Kind)". A colon before either date makes its line a form's field
// ("Issue date: 2019-06-04" under "DOB on ID: 1985-01-19"), not a row
// of people.
func (s *state) siblingRowDate(c *cand, out int) bool {
	t := s.text
	// The nearest date of birth kept before c, at most rowReach bytes
	// back: every read below stays within that reach, so that the scan
	// stays linear in a text of many dates on one line.
	dob := -1
	for j := out - 1; j >= 0 && c.start-s.cands[j].start <= rowReach; j-- {
		if k := &s.cands[j]; k.typ == TypeDateOfBirth && k.end < c.start {
			dob = j
			break
		}
	}
	if dob < 0 {
		return false
	}
	d := &s.cands[dob]
	g := t[d.end:c.start]
	nl := strings.LastIndexByte(g, '\n')
	if nl < 0 || strings.Count(g, "\n") > 3 || d.start == 0 || t[d.start-1] != t[c.start-1] {
		return false
	}
	ls := d.end + nl + 1
	// The line of that date, which starts within the reach too.
	from := max(0, d.start-rowReach)
	dl := strings.LastIndexByte(t[from:d.start], '\n')
	if dl < 0 && from > 0 {
		return false
	}
	dl += from + 1
	// The row's person, read from its text, not from the candidates: a
	// detector without PERSON must find the same dates.
	row, above := t[ls:c.start], t[dl:d.start]
	if c.start == ls || !capitalWordIn(row) || strings.IndexByte(row, ':') >= 0 || strings.IndexByte(above, ':') >= 0 {
		return false
	}
	if y := birthYear(t[c.start:c.end]); y == 0 || y > recordChildYearMax {
		return false
	}
	return rowField(above) == rowField(row)
}

// rowReach bounds how far siblingRowDate reads back from a date: the
// rows of a list of people are short.
const rowReach = 512

// capitalWordIn reports whether w holds a word of two letters or more
// that opens with a capital, ASCII or not: "Noah de Vries – ", "+ a
// bebê Helena Lima Costa – ".
func capitalWordIn(w string) bool {
	for i, r := range w {
		if unicode.IsUpper(r) && (i == 0 || !isWordByte(w[i-1])) {
			if n := i + utf8.RuneLen(r); n < len(w) && (isLetter(w[n]) || w[n] >= utf8.RuneSelf) {
				return true
			}
		}
	}
	return false
}

// rowField returns the number of a record's joins (plainJoinBefore: ",
// ", "; ", " / ", " | ", " - ", a tab, a wide dash or bullet between
// spaces, a numbered list's marks) in the part of a line before a value.
func rowField(w string) int {
	n := 0
	for p := 2; p <= len(w); p++ {
		if (w[p-1] == ' ' || w[p-1] == '\t') && plainJoinBefore(w, p) >= 0 {
			n++
		}
	}
	return n
}

// idSaysBefore reports whether a document of identity says the past date
// c, up to recordBirthYearMax, right before it: "my ID says November 18,
// 1953" (in an age check), "the bureau has 25 June 1951", "my passport
// shows 12/03/1985". A document's noun and a verb of saying, nothing
// between them and the date.
func idSaysBefore(t string, c *cand) bool {
	var low [16]byte
	p, w := foldedWordBefore(t, c.start, " ", low[:0])
	switch string(w) {
	case "le", "el", "il", "o", "a", "de", "am":
		p, w = foldedWordBefore(t, p, " ", low[:0]) // "indique le 7 avril 1969"
	}
	switch string(w) {
	case "says", "shows", "has", "lists", "reads", "states", "said", "showed",
		"zeigt", "indique", "riporta", "dice", "diz", "mostra", "toont", "vermeldt",
		"zegt", "sagt", "dit", "staat", "steht", "pone":
	default:
		return false
	}
	p, w = foldedWordBefore(t, p, " ", low[:0])
	if string(w) == "uploaded" || string(w) == "sent" || string(w) == "provided" || string(w) == "submitted" {
		// "The ID you uploaded shows ...": the document's clause.
		if p, w = foldedWordBefore(t, p, " ", low[:0]); string(w) != "you" && string(w) != "i" && string(w) != "we" {
			return false
		}
		_, w = foldedWordBefore(t, p, " ", low[:0])
	}
	w = bytes.TrimPrefix(w, []byte("d'")) // "carte d'identité"
	switch string(w) {
	case "id", "passport", "licence", "license", "bureau", "ausweis", "personalausweis", "reisepass", "dni", "passaporte",
		"passeport", "paspoort", "identite", "identité", "identita", "identità", "identidad", "identidade", "pasaporte", "passaporto", "id-kaart", "cidadão", "cidadao":
	default:
		return false
	}
	return pastDateBy(t[c.start:c.end], recordBirthYearMax)
}

// cakeBefore reports whether a symbol of birth stands right before the
// past date c, maybe with a space or a colon, as a birth word would: the
// birthday cake (U+1F382), "🎂19/01/1954 · 📦1 January 2025", the
// star that German writes for "born" in brackets or after a comma,
// "Sabine Engel (* 7. Februar 1989)", "(Moritz Yılmaz, * 21.9.2002)", or
// English's "b." (bornAbbrevBefore).
func cakeBefore(t string, c *cand) bool {
	p := symbolEnd(t, c.start)
	born := bornAbbrevBefore(t, p)
	star := p >= 2 && t[p-1] == '*' && (t[p-2] == '(' || p >= 3 && t[p-3:p-1] == ", ")
	nordic := p >= 3 && (t[p-2:p] == "f." || t[p-2:p] == "s.") && t[p-3] == '('
	if !(p >= 4 && t[p-4:p] == "\U0001f382" || star || born || nordic) {
		return false
	}
	d := t[c.start:c.end]
	if born && fullPastDate(d) > 0 && namedBornBefore(t, p) {
		return true // "Ethan (b. 03/07/2012)": a child's
	}
	// The Nordic languages' "f." (født, född) and Finnish "s."
	// (syntynyt) after a name and a bracket: "Malthe Winther (f.
	// 19.03.2003)", "Riitta Ylönen (s. 24.8.1978)" (session 63).
	if nordic {
		return fullPastDate(d) > 0 && namedBornBefore(t, p)
	}
	return pastDateBy(d, recordBirthYearMax) || born && shortYearDate(d) // "b. 28/5/41"
}

// namedBornBefore reports whether the "(b." (or "(f.", "(s.") that ends
// at p follows a capitalised word, a name's ("Ethan (b. 03/07/2012) and
// Maya (b. 11/19/2015)"): then the date is a birth's whatever its year,
// a child's as well as an adult's ("see (b. 2020-01-01)" is no birth).
func namedBornBefore(t string, p int) bool {
	if p < 5 || t[p-3] != '(' || t[p-4] != ' ' {
		return false
	}
	var low [24]byte
	q, w := foldedWordBefore(t, p-4, "", low[:0])
	return len(w) >= 2 && isUpperByte(t[q])
}

// bornAbbrevBefore reports whether English's "b." for "born" ends at p
// after a bracket or a comma, or after "was" or "is": "Tama Walker (b.
// 12 August 1960)", "Anna Berg, b. 1960-08-12", "my son was b.
// 3/5/1947".
func bornAbbrevBefore(t string, p int) bool {
	if p < 3 || t[p-2:p] != "b." {
		return false
	}
	if t[p-3] == '(' || p >= 4 && t[p-3] == ' ' && t[p-4] == ',' {
		return true
	}
	var low [4]byte
	_, w := foldedWordBefore(t, p-2, " ", low[:0])
	return string(w) == "was" || string(w) == "is"
}

// symbolEnd returns where a symbol that labels the value at start would
// end: before a space of any width, a colon and an emoji's variation
// selector (U+FE0F) between them ("📞 625 ...", "☎️ 0504...", "🎂:19/01/
// 1954").
func symbolEnd(t string, start int) int {
	p := start
	if p > 0 && t[p-1] == ' ' {
		p--
	} else if w := spaceWidthBefore(t, p); w > 0 {
		p -= w
	}
	if p > 0 && t[p-1] == ':' {
		p--
	}
	if p >= 3 && t[p-3:p] == "\ufe0f" {
		p -= 3
	}
	return p
}

// answerDate reports whether the date c, a full date up to
// recordBirthYearMax, is the whole of what its message says, as an answer
// to "what is your date of birth?" is: after a speaker's label and a
// short opener ("It's", "Sure,"), and before at most six words of thanks
// or of confirmation (answerTail: "user> 1952-06-21.", "Customer: It's
// 12 June 1987.", "14.04.1948, thanks", "January 31, 1999, same as on my
// passport"). An old date that a message says alone is a birth's far more
// often than anything else's in a support chat; so is one from 2000 to
// 2010, a young customer's ("Customer: 2002-05-13"), where an order's or
// a delivery's date is of the last years.
func (s *state) answerDate(c *cand) bool {
	t := s.text
	y := fullPastDate(t[c.start:c.end])
	// A year from 2000 on after a preposition of time dates a thing done
	// then ("on 2001-09-23,").
	if y == 0 || y > recordBirthYearMax || y > recordAdultYearMax && timePrepBefore(t, c.start) {
		return false
	}
	// An answer is short. In a transcript, a turn of its own is one, in
	// a conversation that has named a date of birth before it ("what's
	// your date of birth?\nGuest: 9/20/1953", "... doesn't match.\nGuest:
	// My bad, it's 9/10/1953."); the line is found within maxAnswerLen
	// bytes, so the test stays linear.
	start, end := c.start, c.end
	if len(t) > maxAnswerLen || strings.IndexByte(t, '\n') >= 0 {
		lo := max(0, c.start-maxAnswerLen-1)
		ls := strings.LastIndexByte(t[lo:c.start], '\n')
		if ls < 0 && lo > 0 {
			return false
		}
		ls += lo + 1
		le := strings.IndexByte(t[c.end:min(len(t), c.end+maxAnswerLen+1)], '\n')
		if le < 0 && c.end+maxAnswerLen+1 < len(t) {
			return false
		}
		if le < 0 {
			le = len(t)
		} else {
			le += c.end
		}
		if ls == 0 && le == len(t) || le-ls > maxAnswerLen || !s.birthWordBefore(ls) {
			return false
		}
		t, start, end = t[ls:le], c.start-ls, c.end-ls
	}
	if !answerOpens(t[:start]) {
		return false
	}
	// A date alone with nothing said around it is as often a date of
	// anything else given to a form ("May 1st, 1977").
	if strings.Trim(t[:start], " ") == "" && strings.Trim(t[end:], " .!") == "" {
		return false
	}
	// After it, only words of thanks or of confirmation: "14.04.1948,
	// thanks", "January 31, 1999, same as on my passport" (not "... on
	// the receipt", "..., our anniversary").
	words := 0
	for _, f := range strings.Fields(t[end:]) {
		f = strings.Trim(f, ".,!?;:()-")
		var low [12]byte
		if f == "" {
			continue
		}
		if words++; words > 6 || len(f) > len(low) || !answerTail[string(lowerASCII(low[:0], f))] {
			return false
		}
	}
	return true
}

// breakBefore returns the line break that ends the line before p's,
// within maxAnswerLen bytes of p, or -1: a transcript's turn before an
// answer (see askedLineBefore, phoneLineBefore).
func breakBefore(t string, p int) int {
	lo := max(0, p-maxAnswerLen-1)
	nl := strings.LastIndexByte(t[lo:p], '\n')
	if nl < 0 {
		return -1
	}
	return nl + lo
}

// lineStartBefore returns where the line that the break nl ends starts,
// looking back maxAnswerLen bytes at most.
func lineStartBefore(t string, nl int) int {
	pl := max(0, nl-maxAnswerLen)
	return strings.LastIndexByte(t[pl:nl], '\n') + 1 + pl
}

// askedLineBefore reports whether the date c, a full date up to
// recordChildYearMax, is the first date of a transcript's line whose
// line before it asks for a date of birth: a birth word in it, no date,
// and a '?' at its end ("rep: Can you confirm your name, date of birth
// and the phone number on file?\n[6:55 PM] guest: Walker, 23rd March
// 2003, ..."). Both lines are found within bounds, so the test stays
// linear.
func (s *state) askedLineBefore(c *cand) bool {
	t := s.text
	if !s.multiLine() {
		return false // most messages are one line
	}
	nl := breakBefore(t, c.start)
	if nl < 0 || !strings.HasSuffix(strings.TrimRight(t[max(0, nl-maxAnswerLen):nl], " \r"), "?") {
		return false
	}
	if !pastDateBy(t[c.start:c.end], recordChildYearMax) || stamped(t, c.start, c.end) {
		return false
	}
	// No date before c on its line: the first one answers.
	d := s.dates
	if k, _ := slices.BinarySearchFunc(d, nl, func(x span, a int) int { return x.s - a }); k < len(d) && d[k].s < c.start {
		return false
	}
	ps := lineStartBefore(t, nl)
	// The question holds no date ("I was born on 1940-12-08, does that
	// matter?" asks nothing), and the answer's line names no event
	// ("Refund ... was issued on 08/24/2019").
	if k, _ := slices.BinarySearchFunc(d, ps, func(x span, a int) int { return x.s - a }); k < len(d) && d[k].s < nl {
		return false
	}
	return s.groupWordIn(ps, nl, gDOB) && !eventInLine(t, c.start)
}

// multiLine reports whether the text holds a line break, looked for once
// per text.
func (s *state) multiLine() bool {
	return multiLine(s.text, &s.lines)
}

// groupWordIn reports whether a word of the keyword table of one of the
// groups g lies in [a, b) of the text. The hits are in the order of
// their ends.
func (s *state) groupWordIn(a, b int, g uint64) bool {
	h := s.hits
	for k := sort.Search(len(h), func(k int) bool { return h[k].end > a }); k < len(h) && h[k].end <= b; k++ {
		if h[k].start >= a && s.e.kw.entries[h[k].entry].groups&g != 0 {
			return true
		}
	}
	return false
}

// phoneLineBefore reports whether the phone number c, which needs a
// phone word, is named by one in the line before its line in a
// transcript: a short turn of its own (up to maxAnswerLen bytes, opened
// by a speaker's label) after a line that holds a phone word, with no
// word of a reference or a decoy before it in its line ("order",
// "ticket"). Both lines are found within bounds, so the test stays
// linear.
func (s *state) phoneLineBefore(c *cand) bool {
	t := s.text
	if !s.multiLine() {
		return false
	}
	nl := breakBefore(t, c.start)
	if nl < 0 {
		return false
	}
	if e := strings.IndexByte(t[c.end:min(len(t), c.end+maxAnswerLen)], '\n'); e < 0 && len(t)-c.end > maxAnswerLen {
		return false
	}
	if !speakerOpens(t[nl+1 : c.start]) {
		return false // a table's row under its header, a form's next field
	}
	return s.groupWordIn(lineStartBefore(t, nl), nl, gPhone) && !s.groupWordIn(nl+1, c.start, gNeg|gRef)
}

// phoneSaidAgain reports whether the number c, which needs a phone word,
// takes the place of the phone kept right before it (those kept before
// c are s.cands[:out]): a word of correction or of the same field ends
// the text between (correctionWords, sameFieldWords), or "use" or "new
// one is" ("+33 6 67 46 43 39 is no longer mine, please use 349
// 1788135"), or "with", "to" or "by" after a verb of replacing before
// the first ("I've replaced +33 (0)7 58 91 67 79 with 0666178646").
func (s *state) phoneSaidAgain(c *cand, out int) bool {
	k, g, ok := s.saidAfter(c, out, TypePhoneNumber)
	if !ok {
		return false
	}
	t := s.text
	switch strings.ToLower(strings.TrimLeft(g, " ,")) {
	case "with", "to", "by", "for":
		var low [16]byte
		p, w := foldedWordBefore(t, k.start, " ", low[:0])
		if string(w) == "from" || string(w) == "number" {
			_, w = foldedWordBefore(t, p, " ", low[:0])
		}
		switch string(w) {
		case "replaced", "replace", "swapped", "swap", "changed", "change", "switched", "switch", "updated", "update", "exchanged":
			return true
		}
		return false
	}
	for _, w := range phoneSwapWords {
		if wordsEnd(g, w) {
			return true
		}
	}
	return correctionTail(g)
}

// phoneAfterName reports whether the number c, which needs a phone word,
// follows the name of a person kept before it (those kept before c are
// s.cands[:out]) and is a valid national number of a region, not a date
// ("the Berlin Wall (09.11.1989)" dates the name): in brackets right
// after the name ("Saludos desde Gijón, Almudena de la Fuente
// (630289289)", "Liebe Grüße, Jana Schmitt (0174/33414098)"), or, when
// no reference's word stands before it (unnamed), after a space and
// ending its text, line or clause ("soy su padre Daniel Castro
// 699-284-113", session 59). An Indian mobile in two groups of five
// ("vikram iyer 98201-44719") is none yet: no reader of the run offers
// it as a number that needs a word.
func (s *state) phoneAfterName(c *cand, out int, unnamed bool) bool {
	t := s.text
	if c.start < 2 {
		return false
	}
	switch t[c.start-1] {
	case '(':
		if c.end >= len(t) || t[c.end] != ')' {
			return false
		}
	case ' ':
		if !unnamed {
			return false
		}
	default:
		return false
	}
	if !s.personRightBefore(c, out) || t[c.start-1] == ' ' && !listItemEnds(t, c.end) {
		return false
	}
	return s.nationalNumber(c)
}

// personRightBefore reports whether the last candidate kept before c
// (those kept are s.cands[:out]) is a person's name that ends right
// before it, a comma, a colon, a dash or a bracket at most between:
// "Contact person for this order is Sergei Kuznetsov, (215) 783-3912",
// "Jana Schmitt (0174/33414098)". The number is the person's; a
// reference's word further back names another number.
func (s *state) personRightBefore(c *cand, out int) bool {
	if out == 0 {
		return false
	}
	k := &s.cands[out-1]
	if k.typ != TypePerson || k.end > c.start || c.start-k.end > 3 || s.text[c.start] == '+' {
		return false // a number with its country's code stays above the threshold anyway
	}
	switch s.text[k.end:c.start] {
	case " ", ", ", ": ", " - ", ",", " (", "(":
		return true
	}
	return false
}

// nationalNumber reports whether the number c holds nine digits or more
// that make a valid national number of a region, or one after its
// region's calling code typed without the '+' (codeFirstNational), or
// is a Danish or Norwegian number in its country's groups
// (nordicGrouped), and is no date.
func (s *state) nationalNumber(c *cand) bool {
	t := s.text
	var buf [16]byte
	d := buf[:0]
	for i := c.start; i < c.end && len(d) < len(buf); i++ {
		if isDigit(t[i]) {
			d = append(d, t[i])
		}
	}
	if len(d) == 8 {
		return nordicGrouped(t[c.start:c.end], d)
	}
	return len(d) >= 9 && fullPastDate(t[c.start:c.end]) == 0 && (s.validNational(d) || s.codeFirstNational(t[c.start:c.end], d))
}

// nordicGrouped reports whether v, whose eight digits are d, is written
// as Denmark and Norway write their numbers, which have no trunk prefix
// and no area code: four pairs ("Mvh Kim Madsen, 61 47 82 09", a Danish
// number or a Norwegian landline) or a Norwegian mobile's 3-2-3 ("Hilsen
// Kari Lie, 934 56 781"), valid in that country's plan. The regions of a
// detector seldom hold either country, and their numbers have eight
// digits, which nationalNumber wants nine of elsewhere: these groups
// are what no order's or amount's number is written in.
func nordicGrouped(v string, d []byte) bool {
	switch len(v) {
	case 11: // "61 47 82 09"
		if v[2] != ' ' || v[5] != ' ' || v[8] != ' ' {
			return false
		}
		return strictPhone(45, d) || strictPhone(47, d)
	case 10: // "934 56 781"
		if v[3] != ' ' || v[6] != ' ' {
			return false
		}
		return strictPhone(47, d)
	}
	return false
}

// codeFirstNational reports whether the number v, whose digits are d,
// opens with the calling code of one of the detector's regions set apart
// as its first group, a space, a dash or a dot after it, and the rest is
// a valid number of that region: India's mobiles are often written so,
// with "91" for "+91" ("Gaurav Saxena 91-94250-18372"). A code glued to
// the rest ("919425018372") may be an account's or an order's number.
func (s *state) codeFirstNational(v string, d []byte) bool {
	g := 0
	for g < len(v) && isDigit(v[g]) {
		g++
	}
	if g == 0 || g > 3 || v[0] == '0' || g+1 >= len(v) || v[g] != ' ' && v[g] != '-' && v[g] != '.' || len(d)-g < 8 {
		return false // a trunk's 0 opens no calling code: "091-94250-18372"
	}
	cc := num(v[:g])
	for _, r := range s.e.regions {
		if r.cc == cc && strictPhone(cc, d[g:]) {
			return true
		}
	}
	return false
}

// phoneInRecord reports whether the number c, which needs a phone word,
// is an item of a record of one person's details (the i-th candidate;
// those kept before it are s.cands[:out]), after a name, a postal
// address or an e-mail address, or before an e-mail or a postal
// address, and a valid national number of a region: "Tiago Barros / 917
// 863 239 / tbarros@gmx.de", "Iñaki Vogel, 144 Cranbrook Row, Coventry
// CV2 3UN, 650 424 807.". The item must end the record or come before
// an e-mail or a postal address.
func (s *state) phoneInRecord(c *cand, out, i int) bool {
	t := s.text
	q := recordJoinBefore(t, c.start)
	r := recordJoinAfter(t, c.end)
	// "Roberta Lombardi 3477729104 roby.lombardi@yahoo.it": items parted
	// by single spaces, a name before and an e-mail address after
	// (session 80; both asked below).
	spaced := false
	if q < 0 && r < 0 && c.start > 0 && t[c.start-1] == ' ' && c.end+1 < len(t) && t[c.end] == ' ' {
		q, r, spaced = c.start-1, c.end+1, true
	}
	if q < 0 {
		return false
	}
	if r < 0 && !listItemEnds(t, c.end) {
		return false
	}
	// The item after, if any, is a way to reach the person too: "ana@
	// mail.com / 958368468 / 2024" lists a number among others, and
	// "Siobhan Søndergaard / 855613375 / 14/12/1959" an SSN.
	before, after := false, r < 0
	for k := out - 1; k >= 0 && s.cands[k].end >= q && !before; k-- {
		k2 := &s.cands[k]
		before = k2.end == q && (k2.typ == TypePerson || k2.typ == TypeStreetAddress || k2.typ == TypeEmailAddress)
	}
	for k := i + 1; r >= 0 && k < len(s.cands) && s.cands[k].start <= r && !after; k++ {
		k2 := &s.cands[k]
		after = k2.start == r && (k2.typ == TypeEmailAddress || k2.typ == TypeStreetAddress)
	}
	if !after || !before && (r < 0 || spaced) {
		return false
	}
	return s.nationalNumber(c)
}

// phoneSwapWords end the text between a phone and the number that takes
// its place (see phoneSaidAgain).
var phoneSwapWords = [...]string{"use", "new one is", "new number is", "replaced by", "replace it with", "the new one", "now it's", "now it is",
	// "... es el viejo, el nuevo es 711601070", "... e vecchio, il nuovo e ...".
	"el nuevo es", "il nuovo è", "il nuovo e", "o novo é", "o novo e", "le nouveau est", "der neue ist", "die neue ist", "de nieuwe is"}

// speakerOpens reports whether the start of a line h opens with a
// transcript's speaker: a stamp in brackets maybe, then a speaker's label
// and ':' or '>' ("[10:42] Customer: ...", "user> ...", "Rep - Fleur:").
func speakerOpens(h string) bool {
	_, labelled, ok := afterSpeaker(strings.TrimLeft(h, " "))
	return ok && labelled
}

// answerAt returns where the space before a one-value answer starts,
// or -1: the word that ends at end is in a question (a '?' later on its
// line, within 120 bytes), and the next line is a speaker's that holds
// one value alone after its label, of at most three groups and 40 bytes
// ("Agent: Wat is uw klantnummer?\nKlant: KL 5582014", "bot> Can you
// tell me your username?\nuser> skater_jess93").
func answerAt(t string, end int) int {
	a, le := answerLineAt(t, end)
	if a < 0 {
		return -1
	}
	v := strings.TrimRight(t[a+1:le], " .!")
	if len(v) < 3 || len(v) > 40 || strings.Count(v, " ") > 2 {
		return -1
	}
	return a
}

// answerLineAt returns where the space after the speaker's label of the
// line that answers the question of the word that ends at end starts,
// and where that line ends, or -1, -1 (see answerAt): a reader whose
// value has a shape of its own reads it there whatever follows it on
// the line ("numéro de passeport ?\nClient : 18AK52937, il expire
// ...").
func answerLineAt(t string, end int) (int, int) {
	lim := min(len(t), end+120)
	nl := strings.IndexByte(t[end:lim], '\n')
	if nl < 0 {
		return -1, -1
	}
	// A question's mark later on the word's line, or a request that
	// ends with the word ("Please enter your employee ID.", session 74).
	if strings.IndexByte(t[end:end+nl], '?') < 0 && !requestLine(t, lineStartBefore(t, end), end, end+nl) {
		return -1, -1
	}
	ls := end + nl + 1
	le := strings.IndexByte(t[ls:min(len(t), ls+80)], '\n')
	if le < 0 {
		if len(t)-ls > 80 {
			return -1, -1
		}
		le = len(t)
	} else {
		le += ls
	}
	rest, labelled, _ := afterSpeaker(t[ls:le])
	if !labelled || len(rest) < 2 || rest[0] != ' ' {
		return -1, -1
	}
	return le - len(rest), le
}

// answerLogin reports the login that answers a question for it alone on
// its line, at q (see answerAt): one run of a login's bytes with a mark
// of one inside (loginMarked), no e-mail address and no system's login
// (noOnesLogin).
func (s *state) answerLogin(q int) {
	t := s.text
	e := loginEnd(t, q, 40)
	if e-q < 3 || e-q > 40 || e < len(t) && t[e] != '\n' && t[e] != ' ' && t[e] != '\r' || !loginMarked(t[q:e]) || noOnesLogin(t[q:e]) {
		return
	}
	s.add(cand{start: q, end: e, typ: TypeUsername, rec: "username", score: 0.6, named: true})
}

// afterSpeaker returns what follows the stamp in brackets and the
// speaker's label that open a line's text h, whether a label was there,
// and false when a bracket opens no stamp ("[10:42] Customer: It's ...",
// "Rep - Fleur: ...", "user> ...").
func afterSpeaker(h string) (rest string, labelled, ok bool) {
	if strings.HasPrefix(h, "[") {
		k := strings.IndexByte(h, ']')
		if k < 0 || k > 24 {
			return h, false, false
		}
		h = strings.TrimLeft(h[k+1:], " ")
	}
	// A word and ':' or '>', or a transcript's "Rep - Fleur:",
	// "Rodriguez (User):", "Visitor 54232:".
	if k := strings.IndexAny(h, ":>"); k > 0 && k <= 32 && speakerLabel(h[:k]) {
		return h[k+1:], true, true
	}
	return h, false, true
}

// birthWordBefore reports whether a birth word of the keyword table ends
// at or before p. The first one's end is looked for once per text.
func (s *state) birthWordBefore(p int) bool {
	if s.birthAt == -2 {
		s.birthAt = -1
		for _, h := range s.hits {
			if s.e.kw.entries[h.entry].groups&gDOB != 0 && (s.birthAt < 0 || h.end < s.birthAt) {
				s.birthAt = h.end
			}
		}
	}
	return s.birthAt >= 0 && s.birthAt <= p
}

// answerTail are the words that may follow an answer's date (see
// answerDate).
var answerTail = map[string]bool{
	"thanks": true, "thank": true, "you": true, "thx": true, "ty": true, "cheers": true, "please": true, "pls": true,
	"is": true, "it's": true, "correct": true, "right": true, "that's": true, "the": true, "one": true, "same": true, "as": true,
	"date": true, "stimmt": true, "so": true, "richtig": true, "correcto": true, "correcte": true, "corretto": true, "klopt": true,
	"on": true, "in": true, "my": true, "passport": true, "id": true, "licence": true, "license": true, "card": true,
	"yes": true, "yeah": true, "ok": true, "okay": true, "exactly": true, "merci": true, "danke": true, "bitte": true,
	"gracias": true, "grazie": true, "obrigado": true, "obrigada": true, "bedankt": true, "dank": true, "je": true,
	// Asking why the date is wanted: "1986-03-29 - why do you need it?",
	// "29. November 1986, wieso?".
	"why": true, "do": true, "need": true, "it": true, "wieso": true, "warum": true, "hoezo": true, "waarom": true,
	"pourquoi": true, "porque": true, "por": true, "qué": true, "perché": true, "perche": true, "porquê": true,
}

// maxAnswerLen bounds the bytes of a message answerDate reads.
const maxAnswerLen = 160

// answerOpens reports whether h, the text before an answer, holds nothing
// but a stamp, a speaker's label and a short opener: "[10:42] Customer:
// It's ", "> ", "user> Sure, ".
func answerOpens(h string) bool {
	h, _, ok := afterSpeaker(strings.TrimLeft(h, " >"))
	if !ok {
		return false
	}
	h = strings.Trim(h, " ,")
	if h == "" {
		return true
	}
	switch strings.ToLower(h) {
	case "it's", "it’s", "its", "it is", "sure", "sure,", "yes", "yes,", "that's", "that is", "ok", "okay", "it was", "mine is",
		// A slip put right: "My bad, it's 9/10/1953."
		"my bad, it's", "sorry, it's", "oops, it's", "sorry it's", "my mistake, it's", "sorry, it is", "oops", "sorry", "my bad",
		// "On" of the chat languages before a day: "le 29/03/1975",
		// "am 1988-01-06", "il 30 agosto 1964", "el 24/1/1961", "é
		// 18-04-1978" (Portuguese "it is").
		"on", "le", "am", "il", "el", "é", "op", "em", "c'est le", "es el", "è il", "é o", "é a", "het is":
		return true
	}
	return slipOpener(h)
}

// slipOpener reports whether h, the words that open an answer, put a slip
// right in a few words in one of the chat languages: an apology first,
// at most six words in all ("Sorry, vertippt:", "Perdón, me
// equivoqué:", "Pardon, erreur de frappe :").
func slipOpener(h string) bool {
	f := strings.Fields(h)
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	var low [16]byte
	w := strings.TrimRight(f[0], ",:;.!-")
	if len(w) > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], w)) {
	case "sorry", "oops", "oeps", "pardon", "perdón", "perdon", "desculpe", "desculpa", "scusa", "scusi", "entschuldigung", "désolé", "désolée":
		return true
	}
	return false
}

// speakerLabel reports whether l, the text before a colon at the start
// of a line, labels a speaker: a word ("Customer", "Guest"), or a word
// and a name after a dash ("Rep - Fleur"), a role in brackets after a
// name ("Rodriguez (User)"), or a visitor's number ("Visitor 54232").
func speakerLabel(l string) bool {
	l = strings.TrimRight(l, " ")
	if lettersOnly(l) {
		return l != ""
	}
	if a, b, ok := strings.Cut(l, " - "); ok {
		return a != "" && b != "" && lettersOnly(a) && lettersOnly(strings.ReplaceAll(b, " ", ""))
	}
	if a, b, ok := strings.Cut(l, " ("); ok {
		return a != "" && lettersOnly(a) && strings.HasSuffix(b, ")") && len(b) > 1 && lettersOnly(b[:len(b)-1])
	}
	if a, b, ok := strings.Cut(l, " "); ok {
		return a != "" && lettersOnly(a) && b != "" && strings.Trim(b, "0123456789") == ""
	}
	return false
}

// lettersOnly reports whether s holds letters alone.
func lettersOnly(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// personEndingAt returns the index of a person among the candidates
// kept, s.cands[:out], that ends at p, or -1.
func (s *state) personEndingAt(p, out int) int {
	return s.candEndingAt(p, out, TypePerson)
}

// candEndingAt returns the index of a candidate of type typ among those
// kept, s.cands[:out], that ends at p, or -1.
func (s *state) candEndingAt(p, out int, typ string) int {
	for k := out - 1; k >= 0 && s.cands[k].end >= p; k-- {
		if s.cands[k].end == p && s.cands[k].typ == typ {
			return k
		}
	}
	return -1
}

// bracketDate reports whether the date c, in brackets after a space,
// follows a name (those candidates kept before it are s.cands[:out]) as
// the date of birth that no word names: "Lucía Nielsen (1946-12-27) needs
// to be added as a dependent". A full date up to bracketAdultYearMax, as
// the name and the brackets allow; a word of an event, an account or a
// letter in its line dates something else ("Anna Berg (1998-03-02)
// wrote:").
func (s *state) bracketDate(c *cand, out int) bool {
	t := s.text
	y := birthYear(t[c.start:c.end])
	// A child's date is later: "The kids: Olivia Nowak (09/30/2019) and
	// Chiara Lewis (December 10, 2018)".
	if y == 0 || y > recordChildYearMax {
		return false
	}
	// A date up to bracketAdultYearMax is an adult's: "Customer Rémi
	// Gauthier (19/12/2000) wants the account closed".
	child := y > bracketAdultYearMax
	k := s.personEndingAt(c.start-2, out)
	if k < 0 {
		return false
	}
	a := s.cands[k].start
	// A child's date needs the child named: "my son Olivia Nowak
	// (...)", "The kids: Olivia Nowak (...) and Chiara Lewis
	// (...)".
	if child && !childBefore(t, a) && !s.dobListBefore(a, out) {
		return false
	}
	// After "I'm Joseph Moore" the date is his own, whatever the
	// sentence goes on to ("... (03/07/1962), the account is
	// ...").
	if selfIntroBefore(t, a) {
		return !eventInLine(t, c.start) && !letterInLine(t, c.start)
	}
	// A verb right after the brackets makes the name its subject: the
	// date is the person's whatever the clause goes on to ("Customer Elif
	// Brennan (24/08/2004) called about the missing refund"), where a
	// field after a separator may date an event ("Darragh Brennan (9 Feb
	// 1971) - suspicious login").
	subject := c.end+2 < len(t) && t[c.end+1] == ' ' && t[c.end+2] >= 'a' && t[c.end+2] <= 'z'
	return (clauseOpensAt(t, a) || andBefore(t, a) || kinBefore(t, a) || partyOpensBefore(t, a)) && !eventInLine(t, c.start) && !letterInLine(t, c.start) && (subject || !s.eventAfterInItem(c.end)) && !s.letterAfter(c.end)
}

// dobListBefore reports whether the name at byte a continues a list of
// people and their dates of birth: a date of birth among the candidates
// kept, s.cands[:out], ends right before it, maybe in brackets, after a
// comma or "and" in one of the chat languages ("Kinder Leon 05.09.2010
// und Mia 30.03.2014", "Nathalie Girard (12/03/1979), Hugo Girard
// (30/09/2010) et Emma Girard (02/01/2014)"). The child's later date
// then is a date of birth as its sibling's is.
func (s *state) dobListBefore(a, out int) bool {
	t := s.text
	p := a
	var low [4]byte
	if q, w := foldedWordBefore(t, p, " ", low[:0]); listConjunction(bytesText(w)) {
		p = q
	}
	for p > 0 && (t[p-1] == ' ' || t[p-1] == ',') {
		p--
	}
	if p == a {
		return false
	}
	if p > 0 && t[p-1] == ')' {
		p--
	}
	return s.candEndingAt(p, out, TypeDateOfBirth) >= 0
}

// bracketAdultYearMax is the latest year of a date of birth in brackets
// after a name that needs no word of a child before the name: the name
// and the brackets say whose date it is, so it reaches later than
// recordAdultYearMax, which a record's neighbour alone must make a date
// of birth. Fixed, as recordBirthYearMax is.
const bracketAdultYearMax = 2005

// recordChildYearMax is the latest year of a child's date of birth in
// brackets after the child's name (see bracketDate); fixed, as
// recordBirthYearMax is.
const recordChildYearMax = 2025

// childWords name children in the chat languages.
var childWords = map[string]bool{
	"kids": true, "kid": true, "children": true, "child": true, "son": true, "sons": true, "daughter": true, "daughters": true,
	"baby": true, "dependant": true, "dependent": true, "dependants": true, "dependents": true, "grandson": true, "granddaughter": true,
	"grandkids": true, "grandchildren": true, "grandsons": true, "granddaughters": true, "twins": true,
	"kinder": true, "sohn": true, "tochter": true, "enfants": true, "enfant": true, "fils": true, "fille": true,
	"hijos": true, "hijo": true, "hija": true, "niños": true, "figli": true, "figlio": true, "figlia": true, "kinderen": true,
	"zoon": true, "dochter": true, "filhos": true, "filho": true, "filha": true,
}

// kinBefore reports whether a word for a child, a parent or a spouse
// stands right before byte a: "my son Olivia Nowak (...)", "my father
// Karl Weber (...)".
func kinBefore(t string, a int) bool {
	var low [14]byte
	_, w := foldedWordBefore(t, a, " ", low[:0])
	return parentWords[string(w)] || childWords[string(w)]
}

// parentWords name parents, grandparents and spouses in the chat
// languages.
var parentWords = map[string]bool{
	"father": true, "mother": true, "dad": true, "mum": true, "mom": true, "wife": true, "husband": true, "spouse": true,
	"partner": true, "grandma": true, "grandpa": true, "grandmother": true, "grandfather": true, "vater": true, "mutter": true,
	"père": true, "mère": true, "padre": true, "madre": true, "vader": true, "moeder": true, "pai": true, "mãe": true,
}

// partyOpensBefore reports whether a word of a party to an account, as
// agents write it before a customer's name, stands right before byte a
// and opens its clause: "Customer Rémi Gauthier (19/12/2000) wants a
// refund", "Patient: ..." is clauseOpensAt's.
func partyOpensBefore(t string, a int) bool {
	var low [12]byte
	p, w := foldedWordBefore(t, a, " ", low[:0])
	switch string(w) {
	case "customer", "client", "patient", "member", "user", "caller", "cardholder", "applicant", "policyholder",
		"kunde", "kundin", "cliente", "klant", "patiënt", "paciente", "paziente":
		return clauseOpensAt(t, p)
	}
	return false
}

// andBefore reports whether "and" in one of the chat languages stands
// right before byte a after a bracket that closes: the second of two
// people in a list of names and dates ("Anna Berg (...) and Tom Berg
// (...)"; not "Letter from Anna Berg and Karl Weber (...)").
func andBefore(t string, a int) bool {
	var low [4]byte
	p, w := foldedWordBefore(t, a, " ", low[:0])
	switch string(w) {
	case "and", "und", "et", "y", "e", "en":
		for p > 0 && t[p-1] == ' ' {
			p--
		}
		return p > 0 && t[p-1] == ')'
	}
	return false
}

// childBefore reports whether the name at byte a is a child's: a word for
// a child right before it ("my son Olivia Nowak"), or one that labels a
// list the name opens or continues ("The kids: Olivia Nowak (...) and
// ..."), in the 64 bytes before it.
func childBefore(t string, a int) bool {
	var low [12]byte
	if _, w := foldedWordBefore(t, a, " ", low[:0]); childWords[string(w)] {
		return true
	}
	g := t[max(0, a-64):a]
	k := strings.LastIndexByte(g, ':')
	if k < 0 {
		return false
	}
	_, w := foldedWordBefore(g, k, " ", low[:0])
	return childWords[string(w)]
}

// selfIntroBefore reports whether the words of a self-introduction
// stand right before the name at a: "I'm Joseph Moore (25 October
// 1950)", "my name is ...", "this is ...", "ich bin ...", "je suis ...",
// "soy ...", "sono ...", "sou ...".
func selfIntroBefore(t string, a int) bool {
	var low [16]byte
	b := lowerASCII(low[:0], t[max(0, a-len(low)):a])
	for _, w := range [...]string{"i'm ", "i’m ", "i am ", "name is ", "this is ", "ich bin ", "je suis ", "soy ", "sono ", "sou ", "ik ben "} {
		if len(b) >= len(w) && string(b[len(b)-len(w):]) == w && (len(b) == len(w) || !isLetter(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// clauseOpensAt reports whether a clause opens at byte a, as opensItem
// reads one (the text, a line, a clause or a label's value), or after a
// quote's '>'; the period of a title is no sentence's end ("Reviewed by
// Dr. Paul Klein (...)"). "Approved by Tom Hale (1999-04-01)" names the
// one who approved, not a subject of the sentence.
func clauseOpensAt(t string, a int) bool {
	i := a
	for i > 0 && t[i-1] == ' ' {
		i--
	}
	if i > 0 && t[i-1] == '>' {
		return true
	}
	if !opensItem(t, a) {
		return false
	}
	if i > 0 && t[i-1] == '.' {
		j := i - 1
		for j > 0 && isLetter(t[j-1]) {
			j--
		}
		return i-1-j > 3
	}
	return true
}

// recordSSN reports whether the nine digits of c (the i-th candidate;
// those kept before it are s.cands[:out]), which no word names, stand
// in a record of one person between the name and the date of birth:
// "background check: Siobhan Søndergaard / 855613375 / 14/12/1959".
func (s *state) recordSSN(c *cand, out, i int) bool {
	t := s.text
	q := recordJoinBefore(t, c.start)
	if q < 0 {
		return false
	}
	named := false
	for k := out - 1; k >= 0 && s.cands[k].end >= q; k-- {
		if s.cands[k].end == q && s.cands[k].typ == TypePerson {
			named = true
			break
		}
		// The record's last item after the name and the date of
		// birth: "Larissa Nogueira, 12/25/1967, 886356215 — that's
		// everything the form asked for".
		if s.cands[k].end == q && s.cands[k].typ == TypeDateOfBirth && s.recordItemEnds(c.end) {
			return s.personItemBefore(s.cands[k].start, k)
		}
	}
	r := recordJoinAfter(t, c.end)
	if !named || r < 0 {
		return false
	}
	for k := i + 1; k < len(s.cands) && s.cands[k].start <= r; k++ {
		if d := &s.cands[k]; d.start == r && d.promote == gDOB {
			return pastDateBy(t[d.start:d.end], recordBirthYearMax)
		}
	}
	return false
}

// ssnSaidAgain reports whether the nine digits of c, which no word
// names, give again the field of the SSN kept right before them (those
// kept before c are s.cands[:out]), put right or another person's: "the
// SSN was entered as 857590560, I've corrected it to 721160572", "my ssn
// is 197 61 4703... wait, that's my wife's. mine is 325591742". The text
// between ends in a word of correction or of the same field
// (correctionWords, sameFieldWords), within one sentence or, for the
// same field, the next.
func (s *state) ssnSaidAgain(c *cand, out int) bool {
	_, g, ok := s.saidAfter(c, out, TypeUSSSN)
	return ok && correctionTail(g)
}

// saidAfter returns the candidate kept right before c (those kept before
// c are s.cands[:out]) when it is of type typ and ends within 64 bytes
// before c, and the text between them without the punctuation at its
// end; ok is false when there is no such candidate or a sentence ends
// between them, unless the words of the same field open the next
// ("... wait, that's my wife's. mine is ...").
func (s *state) saidAfter(c *cand, out int, typ string) (k *cand, g string, ok bool) {
	if out == 0 {
		return nil, "", false
	}
	k = &s.cands[out-1]
	if k.typ != typ || k.end > c.start || c.start-k.end > 64 {
		return nil, "", false
	}
	g = s.text[k.end:c.start]
	if strings.ContainsAny(g, ";!?\n") || sentenceEndIn(g) && !sameFieldOther(g) {
		return nil, "", false
	}
	return k, strings.TrimRight(g, " :,\"'"), true
}

// correctionTail reports whether g ends in a word of correction or of
// the same field (correctionWords, sameFieldWords), whatever stands
// before it.
func correctionTail(g string) bool {
	for _, w := range correctionWords {
		if wordsEnd(g, w) {
			return true
		}
	}
	for _, w := range sameFieldWords {
		if wordsEnd(g, w) {
			return true
		}
	}
	return false
}

// wordsEnd reports whether g ends in the words w, which no letter
// before them joins.
func wordsEnd(g, w string) bool {
	return len(g) >= len(w) && strings.EqualFold(g[len(g)-len(w):], w) && (len(g) == len(w) || !isLetter(g[len(g)-len(w)-1]))
}

// recordItemEnds reports whether the item of a record that ends at q is
// its last: the text, its line or its sentence ends, or a join goes on
// with prose ("886356215 — that's everything").
func (s *state) recordItemEnds(q int) bool {
	return listItemEnds(s.text, q) || recordJoinAfter(s.text, q) >= 0
}

// personItemBefore reports whether a person's name is the item of a
// record right before the one that starts at p; those kept before are
// s.cands[:k].
func (s *state) personItemBefore(p, k int) bool {
	q := recordJoinBefore(s.text, p)
	if q < 0 {
		return false
	}
	for k--; k >= 0 && s.cands[k].end >= q; k-- {
		if s.cands[k].end == q && s.cands[k].typ == TypePerson {
			return true
		}
	}
	return false
}

// ssnAndDate reports whether " and " joins the date c (the i-th
// candidate; those kept before it are s.cands[:out]) to an SSN right
// before it or right after it ("426-78-3838 and 11/26/1947 are what
// the form asked for") or to an SSN's word after it ("05/23/1949 and
// the last four of your SSN"), and no singular verb makes the date a
// subject of its own ("... 426-78-3838 and 03/02/2009 was the day
// ..."), no preposition an event's date ("the letter of ...").
func (s *state) ssnAndDate(c *cand, out, i int) bool {
	t := s.text
	const and = " and "
	if c.start >= len(and) && t[c.start-len(and):c.start] == and {
		q := c.start - len(and)
		for k := out - 1; k >= 0 && s.cands[k].end >= q; k-- {
			if s.cands[k].end == q && s.cands[k].typ == TypeUSSSN {
				return !singularVerbAfter(t, c.end) && !s.eventAfterInItem(c.end)
			}
		}
	}
	if r := c.end + len(and); r < len(t) && t[c.end:r] == and && !datePrepBefore(t, c.start) {
		for k := i + 1; k < len(s.cands) && s.cands[k].start <= r; k++ {
			if d := &s.cands[k]; d.start == r && d.typ == TypeUSSSN && d.score >= 0.5 {
				return !s.eventAfterInItem(d.end)
			}
		}
		// "I've matched 05/23/1949 and the last four of your SSN": the
		// word of an SSN in the words joined, in the same clause (whose
		// "last four" is no event's).
		e := min(len(t), r+32)
		if k := strings.IndexAny(t[r:e], ".,;!?\n"); k >= 0 {
			e = r + k
		}
		return s.groupWordIn(r, e, gSSN) && !s.eventAfterInItem(e)
	}
	return false
}

// datePrepBefore reports whether a preposition that dates an event
// stands right before the date at start: "the letter of 01/19/1979 and
// 426-78-3838 arrived", "on", "from", "since", "dated", "until".
func datePrepBefore(t string, start int) bool {
	var low [8]byte
	_, w := foldedWordBefore(t, start, " ", low[:0])
	switch string(w) {
	case "of", "on", "from", "since", "dated", "until", "by":
		return true
	}
	return false
}

// singularVerbAfter reports whether a singular "was" or "is" of the
// chat languages follows q: "426-78-3838 and 03/02/2009 was the day my
// card was blocked" says the date alone, an event's.
func singularVerbAfter(t string, q int) bool {
	if q >= len(t) || t[q] != ' ' {
		return false
	}
	w := t[q+1:]
	for _, v := range [...]string{"was", "is", "war", "ist", "est", "était", "fue", "es", "era", "è", "foi", "é"} {
		if len(w) > len(v) && w[len(v)] == ' ' && w[:len(v)] == v {
			return true
		}
	}
	return false
}

// recordType reports the types whose values stand in a record beside a
// date of birth.
func recordType(typ string) bool {
	switch typ {
	case TypePerson, TypePhoneNumber, TypeUSSSN, TypeEmailAddress, TypeStreetAddress:
		return true
	}
	return false
}

// recordJoinBefore returns where the item before p ends when ", ", "; ",
// " / ", " | ", " - " or a join of wideJoins stands between them, or "]
// [" between items in brackets ("[Anna Young] [07/02/1990] [+353
// ...]"), or -1.
func recordJoinBefore(t string, p int) int {
	// Items set in bold or italics: "*Fiona Lindqvist*, *October 9,
	// 1959*, ...".
	if e := emphasisBefore(t, p); e > 0 {
		q := plainJoinBefore(t, p-e)
		if q >= e && t[q-e:q] == t[p-e:p] {
			return q - e
		}
		return -1
	}
	return plainJoinBefore(t, p)
}

// wideJoins are the joins of a record's items beyond ASCII, each between
// spaces: a bullet and a middle dot ("Oksana Ó Briain • 1952-10-14 •
// 720-775-8119"), an em and an en dash, as " - " is one.
var wideJoins = [...]string{"\u2022", "\u00b7", "\u2014", "\u2013"}

// plainJoinBefore is recordJoinBefore for items without emphasis.
func plainJoinBefore(t string, p int) int {
	if p >= 4 && t[p-1] == ' ' && t[p-2] >= 0x80 {
		for _, j := range wideJoins {
			if q := p - 1 - len(j); q >= 1 && t[q:p-1] == j && t[q-1] == ' ' {
				return q - 1
			}
		}
	}
	if p >= 4 && t[p-1] == '[' && t[p-2] == ' ' && t[p-3] == ']' {
		return p - 3
	}
	if p < 3 || t[p-1] != ' ' && t[p-1] != '\t' {
		return -1
	}
	// The marks of a numbered list in one line: "1) Sipho Jansen 2)
	// 19.05.1949 3) 304480381".
	if p >= 5 && t[p-2] == ')' && isDigit(t[p-3]) && t[p-4] == ' ' && isAlnum(t[p-5]) {
		return p - 4
	}
	if t[p-1] == '\t' && isAlnum(t[p-2]) {
		// A tab alone between the cells of a row of a table:
		// "Ji-woo Bhattacharya\t9 January 1957\t07972 966312".
		return p - 1
	}
	switch t[p-2] {
	case ',', ';':
		return p - 2
	case '/', '|', '-':
		// A tab as a space: "Maisie Kendall\t| 17/12/1989".
		if t[p-3] == ' ' || t[p-3] == '\t' {
			return p - 3
		}
	}
	return -1
}

// recordJoinAfter is recordJoinBefore read forward from the end of an
// item: where the next item starts, or -1.
func recordJoinAfter(t string, q int) int {
	if e := emphasisAfter(t, q); e > 0 {
		r := plainJoinAfter(t, q+e)
		if r >= 0 && r+e < len(t) && t[r:r+e] == t[q:q+e] {
			return r + e
		}
		return -1
	}
	return plainJoinAfter(t, q)
}

// plainJoinAfter is recordJoinAfter for items without emphasis.
func plainJoinAfter(t string, q int) int {
	if q+3 < len(t) && t[q] == ' ' && t[q+1] >= 0x80 {
		for _, j := range wideJoins {
			if r := q + 1 + len(j); r < len(t) && t[q+1:r] == j && t[r] == ' ' {
				return r + 1
			}
		}
	}
	if q+2 >= len(t) {
		return -1
	}
	if q+4 < len(t) && t[q] == ' ' && isDigit(t[q+1]) && t[q+2] == ')' && t[q+3] == ' ' && q > 0 && isAlnum(t[q-1]) {
		return q + 4 // "... 2) 19.05.1949 3) ..."
	}
	switch {
	case (t[q] == ',' || t[q] == ';') && t[q+1] == ' ':
		return q + 2
	case t[q] == '\t' && q > 0 && isAlnum(t[q-1]) && (isAlnum(t[q+1]) || t[q+1] == '+' || t[q+1] == '('):
		return q + 1 // a row's cells (see plainJoinBefore)
	case (t[q] == ' ' || t[q] == '\t') && (t[q+1] == '/' || t[q+1] == '|' || t[q+1] == '-') && q+3 < len(t) && (t[q+2] == ' ' || t[q+2] == '\t'):
		return q + 3
	case t[q] == ']' && t[q+1] == ' ' && t[q+2] == '[':
		return q + 3
	}
	return -1
}

// emphasisBefore returns how many of the marks of Markdown's emphasis
// ('*' or '_', one or two of the same) stand right before p, 0 when none
// does.
func emphasisBefore(t string, p int) int {
	if p < 1 || t[p-1] != '*' && t[p-1] != '_' {
		return 0
	}
	if p >= 2 && t[p-2] == t[p-1] {
		return 2
	}
	return 1
}

// emphasisAfter is emphasisBefore read forward from q.
func emphasisAfter(t string, q int) int {
	if q >= len(t) || t[q] != '*' && t[q] != '_' {
		return 0
	}
	if q+1 < len(t) && t[q+1] == t[q] {
		return 2
	}
	return 1
}

// oldDateSaid reports whether the date c is a full date of a year from
// oldDateYearMin to recordAdultYearMax with no word of an event, of a
// letter or of history in its line, before or after it. A support chat
// talks of orders, deliveries and payments of the last years; a day so
// long past that nothing dates is a birth's, as when an agent reads it
// back or a customer answers with it ("Thanks, March 26, 1985 is
// correct", "I can see 12/23/1956 on file", "18/7/1960" alone). A day
// of history or of a product is named so ("The record was first pressed
// on 1953-04-28", "the Apollo 13 accident (13.04.1970)").
func (s *state) oldDateSaid(c *cand) bool {
	t := s.text
	// Only a date written as dates are: "03 04 1980" and "14MAR1985"
	// are weak alone (a part's or a lot's number as often).
	if c.score < 0.5 {
		return false
	}
	if y := fullPastDate(t[c.start:c.end]); y < oldDateYearMin || y > recordAdultYearMax {
		return false
	}
	if structuredKeyBefore(t, c.start) || cellOfRow(t, c.start, c.end) {
		return false // {"orderDate": "1979-07-23"}, "Ana,12/03/1981,Free": the key or the column names it
	}
	// A preposition of time right before it dates a thing done then,
	// whatever the verb ("printed on 4/10/1944", "the lease agreement
	// from 22 January 1965", "fondée le 26 novembre 1971", "es del
	// 28-02-1977"); a date read back or answered stands after a verb of
	// being or seeing, or alone.
	if timePrepBefore(t, c.start) {
		return false
	}
	return !s.datedOtherwise(c)
}

// timePrepBefore reports whether a preposition of time in the chat
// languages stands right before p: "on", "from", "since", "le", "el",
// "del", "vom", "am", "dal", "em", "op", "van", "від" ...
func timePrepBefore(t string, p int) bool {
	var low, low2 [8]byte
	q, w := foldedWordBefore(t, p, " \"'", low[:0])
	switch string(w) {
	case "le", "el", "il":
		// "c'est bien le 24 août 1965", "es el ...": the article after
		// a verb of being gives the date as it is.
		switch _, v := foldedWordBefore(t, q, " ", low2[:0]); string(v) {
		case "est", "c'est", "bien", "es", "è", "é":
			return false
		}
		return true
	case "on", "from", "since", "in", "at", "until", "till", "before", "after", "back", "dated",
		"du", "depuis", "del", "desde", "vom", "am", "seit", "bis", "dal", "dallo", "em", "do",
		"op", "van", "sinds", "tot",
		// Ukrainian's and Russian's "from" (or "dated"), "since", "until"
		// and "by" (session 72: "замовлення від 19 вересня 2019", "с 9
		// января 1995").
		"від", "з", "із", "до", "от", "с", "со", "по":
		return true
	}
	return false
}

// datedOtherwise reports whether a word in the line of the date c says
// it is no birth's that no birth word names: a word of an event or of a
// letter before or after it, or of history, of a product's or of a
// document's day (historyWords).
func (s *state) datedOtherwise(c *cand) bool {
	t := s.text
	return eventInLine(t, c.start) || letterInLine(t, c.start) || s.eventAfterInItem(c.end) || s.letterAfter(c.end) ||
		wordInLineBefore(t, c.start, historyWords, nil) || s.wordAfterInLine(c.end, historyWords, nil)
}

// cellOfRow reports whether the value [a, e) is a cell of a table's row
// in a text of several lines (a line break within maxAnswerLen bytes): a
// comma, a tab or a bar glued to it on either side ("Ana,12/03/1981,Free"),
// which its column's header names.
//
// A bar between spaces on both sides parts cells in a line of its own
// too ("| 1966-06-03 | MDL-JSW0667 | £572.19 |").
func cellOfRow(t string, a, e int) bool {
	if a > 1 && e+1 < len(t) && t[a-1] == ' ' && t[a-2] == '|' && t[e] == ' ' && t[e+1] == '|' {
		return true
	}
	// A line break near it, within an answer's length either side (a
	// bounded read: the whole text is not searched for each date).
	if strings.IndexByte(t[max(0, a-maxAnswerLen):a], '\n') < 0 && strings.IndexByte(t[e:min(len(t), e+maxAnswerLen)], '\n') < 0 {
		return false
	}
	cell := func(c byte) bool { return c == ',' || c == '\t' || c == '|' }
	return a > 0 && cell(t[a-1]) || e < len(t) && cell(t[e])
}

// structuredKeyBefore reports whether a key of data in camel or snake
// case, or quoted, stands before p with ':' or '=' and maybe a quote
// between ("orderDate": ", created_at=): what it names, the value is.
func structuredKeyBefore(t string, p int) bool {
	q := p
	for q > 0 && p-q < 4 && (t[q-1] == ' ' || t[q-1] == '"' || t[q-1] == '\'') {
		q--
	}
	if q == 0 || t[q-1] != ':' && t[q-1] != '=' {
		return false
	}
	q--
	quoted := q > 0 && (t[q-1] == '"' || t[q-1] == '\'')
	if quoted {
		q--
	}
	e := q
	for q > 0 && e-q < 40 && (isAlnum(t[q-1]) || t[q-1] == '_' || t[q-1] == '.' || t[q-1] == '-') {
		q--
	}
	k := t[q:e]
	if k == "" {
		return false
	}
	if quoted || strings.IndexByte(k, '_') >= 0 {
		return true
	}
	for i := 1; i < len(k); i++ {
		if isLower(k[i-1]) && k[i] >= 'A' && k[i] <= 'Z' {
			return true // camel case
		}
	}
	return false
}

// oldDateYearMin is the first year of a date that oldDateSaid reads as a
// birth's with no word: one before it is history's ("October 29, 1929").
const oldDateYearMin = 1925

// historyWords name the days of history, of books and of films, which a
// chat about them dates long ago ("The book on the Wall Street crash
// (October 29, 1929)").
var historyWords = map[string]bool{
	"history": true, "historic": true, "historical": true, "documentary": true, "book": true, "film": true, "movie": true,
	"crash": true, "accident": true, "war": true, "battle": true, "disaster": true, "landing": true, "anniversary": true,
	"wall": true, "album": true, "vintage": true, "edition": true, "reissue": true, "treaty": true,
	// A form's date of something else, a letter arrived, a document
	// approved or a receipt: "When: 1992-11-12", "Date: 1992-02-08",
	// "the letter of ... arrived", "Approved by Tom Hale (1999-04-01)",
	// "It's 1999-12-31 on the receipt".
	"when": true, "date": true, "letter": true, "arrived": true, "approved": true, "reviewed": true, "page": true,
	"manual": true, "receipt": true, "receipts": true, "bill": true, "version": true, "revision": true,
	"approval": true, "contract": true, "sold": true, "pressing": true, "poster": true, "print": true, "postcard": true,
	"brochure": true, "reprint": true, "voyage": true, "stamp": true, "coin": true, "issue": true,
	// The same in the other chat languages: a letter, a contract, a
	// receipt, a documentary, an approval, an opening.
	"schreiben": true, "vertrag": true, "urkunde": true, "genehmigt": true, "gegründet": true, "dokumentation": true,
	"courrier": true, "contrat": true, "reçu": true, "documentaire": true, "approuvé": true, "fondé": true,
	"contrato": true, "recibo": true, "documental": true, "aprobado": true, "fundado": true,
	"lettera": true, "contratto": true, "ricevuta": true, "documentario": true, "approvato": true, "aperto": true, "fondato": true,
	"brief": true, "kassabon": true, "goedgekeurd": true, "opgericht": true,
	"aprovado": true, "fundada": true, "inaugurado": true, "recebido": true,
	"incorporated": true, "formed": true, "reunion": true, "dates": true,
}

// birthWordsTyped are the birth words that birthTypoBefore finds typed
// with one slip, of five letters or more, and "born" but for the words
// its slips also are ("worn", "burn", "bore"); not "nato" ("nano").
var birthWordsTyped = slipWords("birth", "birthday", "birthdate", "geburtstag", "geburtsdatum", "geboren", "naissance",
	"nacimiento", "nascimento", "nascita", "geboortedatum", "verjaardag", "compleanno", "anniversaire", "born",
	"nacido", "nacida", "nascido", "nascida").
	except("worn", "torn", "horn", "corn", "morn", "barn", "burn", "bore", "bond", "boon", "bony", "bern", "boron", "borne", "bjorn", "boring")

// birthTypoBefore reports whether a birth word typed with one slip (a
// letter left out, added, changed, or two swapped: "birthdya", "date of
// brith", "gebrutstag", "geboern", "naissandce") stands within 48 bytes
// before the date c on its line, and c is a full date of a year a birth
// may have (recordBirthYearMax). A customer in a hurry types so.
//
// A year of two digits counts too ("DATE OF BITH IS 7/23/62"): the
// birth word names the date.
func birthTypoBefore(t string, c *cand) bool {
	d := t[c.start:c.end]
	return (pastDateBy(d, recordBirthYearMax) || shortYearDate(d)) && slipWordBefore(t, c.start, 48, birthWordsTyped) && !eventInLine(t, c.start)
}

// shortYearDate reports whether d is a numeric date of three groups whose
// year has two digits ("7/23/62", "3.7.69").
func shortYearDate(d string) bool {
	groups, last := 0, 0
	for i := 0; i < len(d); {
		if !isDigit(d[i]) {
			if d[i] != '/' && d[i] != '.' && d[i] != '-' {
				return false
			}
			i++
			continue
		}
		j := i
		for j < len(d) && isDigit(d[j]) {
			j++
		}
		groups, last = groups+1, j-i
		if last > 2 {
			return false
		}
		i = j
	}
	return groups == 3 && last == 2
}

// phoneAbbrevBefore reports whether a signature's abbreviation of a
// phone's kind labels the number at start: "Port." (French portable),
// "Fon:" (German), with a period or a colon glued to it. They are no
// context words: as words they stand in names and places ("Port
// Louis", "PORT O' WARREN"), which the names recognizer reads.
func phoneAbbrevBefore(t string, start int) bool {
	p := start
	for p > 0 && t[p-1] == ' ' {
		p--
	}
	if p < 4 || t[p-1] != '.' && t[p-1] != ':' {
		return false
	}
	var buf [4]byte // no longer word: "Support.", "Freeport."
	_, w := foldedWordBefore(t, p-1, "", buf[:0])
	return string(w) == "port" || string(w) == "fon"
}

// phoneWordsTyped are the phone words that phoneTypoBefore finds typed
// with one slip, of five letters or more ("phne", "chiamatmei"); not
// "number", whose slips are words ("numbers" of tracking, "lumber").
var phoneWordsTyped = slipWords("phone", "mobile", "telephone", "telefon", "telefono", "telefone", "cellulare", "portable",
	"chiamatemi", "richiamatemi", "chiamami", "appelez", "rappelez", "llamame", "whatsapp")

// phoneTypoBefore reports whether a phone word typed with one slip
// stands within 32 bytes before the number c on its line.
func phoneTypoBefore(t string, c *cand) bool {
	return slipWordBefore(t, c.start, 32, phoneWordsTyped)
}

// slipWord is a word slipWordBefore looks for, with the set of its
// letters: a word one slip from it has at most one letter more and one
// less in its set, which rules most words out before oneSlip compares.
type slipWord struct {
	w       string
	letters uint32
}

// slipList is the words slipWordBefore looks for, and for each letter
// the set of those whose first or second letter it is: a word one slip
// from one of them opens with one of its first two letters, or has one
// second, so the first two letters of a word pick the few to compare.
type slipList struct {
	words []slipWord
	by    [32]uint32
	byLen [18]uint32      // the words of a length one off or equal
	not   map[string]bool // words a slip away that are words of their own
}

// except returns l with the words that are no slips of its words,
// being words of their own ("worn" for "born").
func (l *slipList) except(words ...string) *slipList {
	l.not = make(map[string]bool, len(words))
	for _, w := range words {
		l.not[w] = true
	}
	return l
}

// slipWords returns the slipList of words (at most 32, in lower case).
func slipWords(words ...string) *slipList {
	l := &slipList{words: make([]slipWord, len(words))}
	for i, w := range words {
		l.words[i] = slipWord{w, letterSet([]byte(w))}
		l.by[(w[0]-'a')&31] |= 1 << i
		l.by[(w[1]-'a')&31] |= 1 << i
		for n := len(w) - 1; n <= len(w)+1 && n < len(l.byLen); n++ {
			l.byLen[n] |= 1 << i
		}
	}
	return l
}

// letterSet returns the set of the lower-case ASCII letters of w.
func letterSet(w []byte) uint32 {
	var m uint32
	for _, c := range w {
		m |= 1 << ((c - 'a') & 31)
	}
	return m
}

// slipWordBefore reports whether one of words, typed with one slip
// (oneSlip), is a word of ASCII letters within span bytes before end on
// its line.
func slipWordBefore(t string, end, span int, words *slipList) bool {
	lo := max(0, end-span)
	if nl := strings.LastIndexByte(t[lo:end], '\n'); nl >= 0 {
		lo += nl + 1
	}
	for p := lo; p < end; {
		if !isLetter(t[p]) {
			p++
			continue
		}
		q := p
		for q < end && isLetter(t[q]) {
			q++
		}
		// (slipOf's test of the length first: most words are too short
		// for a slip, and need no look at the bytes around them.)
		if q-p >= 4 && q-p <= maxSlipLen && !wordByteAt(t, q) && !wordByteBefore(t, p) && words.slipOf(t[p:q]) >= 0 {
			return true
		}
		p = q
	}
	return false
}

// slipOf returns the index of the word of l of which w, ASCII letters
// in any case, is a typing with one slip (oneSlip), or -1; not one of
// the words l excepts. The first two letters and the length pick the
// few words to compare, and the sets of letters rule most of those out.
func (l *slipList) slipOf(w string) int {
	n := len(w)
	if n < 4 || n > maxSlipLen || n >= len(l.byLen) {
		return -1
	}
	// ASCII letters: |0x20 lowers them.
	pick := (l.by[(w[0]|0x20-'a')&31] | l.by[(w[1]|0x20-'a')&31]) & l.byLen[n]
	if pick == 0 {
		return -1
	}
	var low [maxSlipLen]byte
	lw := lowerASCII(low[:0], w)
	set := letterSet(lw)
	for ; pick != 0; pick &= pick - 1 {
		i := bits.TrailingZeros32(pick)
		if b := &l.words[i]; bits.OnesCount32(set^b.letters) <= 2 && oneSlip(lw, b.w) && !l.not[string(lw)] {
			return i
		}
	}
	return -1
}

// maxSlipLen is the longest word slipOf compares.
const maxSlipLen = 16

// oneSlip reports whether w is b typed with one slip: a letter left out,
// added or changed, or two next to each other swapped; not b itself nor
// its plural ("phones").
func oneSlip(w []byte, b string) bool {
	if len(w) < len(b)-1 || len(w) > len(b)+1 || string(w) == b || len(w) == len(b)+1 && w[len(b)] == 's' && string(w[:len(b)]) == b {
		return false
	}
	i := 0
	for i < len(w) && i < len(b) && w[i] == b[i] {
		i++
	}
	switch {
	case len(w) == len(b):
		if string(w[i+1:]) == b[i+1:] {
			return true // changed
		}
		return i+1 < len(w) && w[i] == b[i+1] && w[i+1] == b[i] && string(w[i+2:]) == b[i+2:] // swapped
	case len(w) < len(b):
		return string(w[i:]) == b[i+1:] // left out
	default:
		return string(w[i+1:]) == b[i:] // added
	}
}

// pastDateBy reports whether d is a full date (see fullPastDate) of a
// year up to last.
func pastDateBy(d string, last int) bool {
	y := fullPastDate(d)
	return y > 0 && y <= last
}

// fullPastDate returns the year of the date d when it names a day, a
// month and a year from 1900: three groups of digits, or two and a
// month's name; 0 when it does not.
func fullPastDate(d string) int {
	groups, month, year := 0, false, 0
	for i := 0; i < len(d); {
		j := i
		switch {
		case isDigit(d[i]):
			for j < len(d) && isDigit(d[j]) {
				j++
			}
			groups++
			if j-i == 4 {
				year = digitsVal([]byte(d[i:j]))
			}
		case isLetter(d[i]) || d[i] >= 0x80:
			// A month in a script beyond ASCII too: "19 вересня 1975",
			// "12 Μαρτίου 1985".
			j = monthWordEnd(d, i)
			month = month || monthWord(d[i:j])
		default:
			j++
		}
		i = j
	}
	if year < 1900 || !(groups == 3 || groups == 2 && month) {
		return 0
	}
	return year
}

// birthYear returns the year of the date d as fullPastDate does, or of
// a date whose year has two digits when they can only be the last
// century's (shortYearLow and above): "10.12.73", "8/28/47", "1.6.98";
// "27/10/06" may be 1906 or 2006 and gives 0. A record, a correction or
// a name before a bracket must still make it a date of birth.
func birthYear(d string) int {
	if y := fullPastDate(d); y > 0 {
		return y
	}
	if !shortYearDate(d) {
		return 0
	}
	yy := int(d[len(d)-2]-'0')*10 + int(d[len(d)-1]-'0')
	if yy < shortYearLow {
		return 0
	}
	return 1900 + yy
}

// shortYearLow is the lowest year of two digits that birthYear reads as
// the last century's; fixed, as recordBirthYearMax is.
const shortYearLow = 30

// monthWordEnd returns the end of the word of letters at i in the date d,
// letters beyond ASCII included: "März", "février".
func monthWordEnd(d string, i int) int {
	for i < len(d) && (isLetter(d[i]) || d[i] >= 0x80) {
		i++
	}
	return i
}

// monthWord reports whether w names a month (monthNames), or an English
// one typed with a slip (slipMonth), which slippedMonthDate dated.
func monthWord(w string) bool {
	var low [24]byte // "листопада", "σεπτεμβρίου": two bytes a letter
	if len(w) > len(low) {
		return false
	}
	m := monthNames[string(lowerASCII(low[:0], w))]
	return m >= 1 && m <= 12 || m == 0 && slipMonth(w) > 0
}

// recordEvents are words that date an account's or a record's own
// events, beside eventWords, which a record of a person's details may
// carry ("Account created by Lucas Brown, 24 June 2012").
var recordEvents = map[string]bool{}

func init() {
	for _, w := range []string{
		"created", "registered", "joined", "signed", "signup", "login", "logged", "since", "member", "opened",
		"closed", "updated", "modified", "sent", "received", "issued", "started", "ended", "hired", "hire", "visited",
		"last", "contract", "subscribed", "renew", "renewed", "account", "onboarding", "visit", "married", "wedding",
		"graduated", "effective", "warranty", "meeting", "incident", "ticket", "exam", "results", "vaccination",
		"admission", "admitted", "hearing", "service", "closing", "death", "deceased", "died", "witness", "statement",
		"surgery", "diagnosed", "prescription", "returned", "reported", "password", "reset", "membership",
		"employee", "staff", "roster", "shift", "notes", "log", "report", "policy", "court", "test", "certificate",
		"expiry", "expires", "deadline", "scheduled", "session", "passed", "failed", "reopened", "agenda", "move",
		// Things bought, made or begun long ago ("I bought my car on May
		// 1st, 1977", "founded in ...", "first pressed on", "came out on").
		"bought", "built", "made", "founded", "established", "released", "published", "manufactured", "installed",
		"pressed", "launched", "introduced", "designed", "dated", "deed", "came",
		"eingeführt", "sorti", "lancé", "lanzado", "lanciato", "uitgebracht", "lançado",
		"erstellt", "registriert", "seit", "angemeldet", "eröffnet", "eintritt", "vertragsbeginn", "nachricht",
		"termin", "gestorben", "verstorben",
		"créé", "inscrit", "depuis", "ouvert", "embauche", "rendez", "décès", "décédé",
		"creado", "registrado", "desde", "alta", "contratación", "fallecido",
		"creato", "registrato", "dal", "iscritto", "assunzione", "deceduto",
		"aangemaakt", "geregistreerd", "sinds", "indiensttreding", "overleden",
		"criado", "registado", "cadastrado", "admissão", "falecido",
	} {
		recordEvents[w] = true
	}
	for _, w := range []string{
		"wrote", "regards", "schrieb", "grüße", "gruß", "écrit", "cordialement", "escribió", "saludos",
		"scritto", "saluti", "schreef", "groeten", "escreveu", "cumprimentos",
	} {
		letterWords[w] = true
	}
}

// letterWords date a letter or a quoted message when they stand before
// a record's date ("Kind regards, Helen Ward, 3 May 2008, ...", "...
// wrote:"); after it they only close the message.
var letterWords = map[string]bool{}

// letterInLine reports whether a word of letterWords stands before p in
// its line, within 120 bytes.
func letterInLine(t string, p int) bool {
	return wordInLineBefore(t, p, letterWords, nil)
}

// eventInLine reports whether a word of an event (eventWords,
// recordEvents) stands before p in its line, within 120 bytes; not one
// that "holder" or "owner" follows ("Policy holder:", "account owner"),
// which names a person.
func eventInLine(t string, p int) bool {
	lo := max(0, p-120)
	for q := p; ; {
		i, j := lastWordBefore(t, lo, q, eventWords, recordEvents)
		if i < 0 {
			return false
		}
		if !holderAfter(t, j) && !memberBeforeName(t, i, j) && !itemNumberAfter(t, i, j) && !formAfter(t, j) {
			return true
		}
		q = i
	}
}

// formAfter reports whether the word "form" follows the word that ends
// at j: "the signup form", "my account form" name a form whose fields
// follow, not an event that a date would be of.
func formAfter(t string, j int) bool {
	w := t[j:min(len(t), j+6)]
	return len(w) >= 5 && (w[0] == ' ' || w[0] == '-') && strings.EqualFold(w[1:5], "form") && (len(w) == 5 || !isLetter(w[5]))
}

// itemLabel reports whether l, the text of a record's item before its
// value, is a label: a word or two of letters and a space or a colon
// ("SSN ", "mobile ", "tel: ").
func itemLabel(l string) bool {
	words := 0
	for i := 0; i < len(l); {
		j := i
		for j < len(l) && isLetter(l[j]) {
			j++
		}
		if j == i {
			return false
		}
		words++
		for j < len(l) && (l[j] == ' ' || l[j] == ':') {
			j++
		}
		i = j
	}
	return words >= 1 && words <= 2 && (l[len(l)-1] == ' ' || l[len(l)-1] == ':')
}

// memberBeforeName reports whether the word t[i:j] is "Member" before a
// capitalised word, a party's role before the member's name ("Member Ana
// Souza | 06/04/1949 | ..."), not a word of an account ("member since").
// itemNumberAfter reports whether the word [i, j) of t, "member",
// "membership" or "last", labels a record's number rather than an event:
// "no", "number", "#", "id" or "four" follows it ("member no. 5521",
// "last four of card 8812").
func itemNumberAfter(t string, i, j int) bool {
	if j-i > 10 {
		return false
	}
	var low [10]byte
	switch string(foldBytes(low[:0], t[i:j])) {
	case "member", "membership", "last":
	default:
		return false
	}
	w := strings.TrimLeft(t[j:min(len(t), j+12)], " ")
	for _, l := range []string{"no", "nr", "number", "#", "id", "four", "4 "} {
		if len(w) >= len(l) && strings.EqualFold(w[:len(l)], l) && (len(w) == len(l) || l == "#" || l == "4 " || !isLetter(w[len(l)])) {
			return true
		}
	}
	return false
}

func memberBeforeName(t string, i, j int) bool {
	return j-i == 6 && strings.EqualFold(t[i:j], "member") && j+1 < len(t) && t[j] == ' ' && isUpperByte(t[j+1])
}

// wordInLineBefore reports whether a word of set or of more stands
// before p in its line, within 120 bytes.
func wordInLineBefore(t string, p int, set, more map[string]bool) bool {
	i, _ := lastWordBefore(t, max(0, p-120), p, set, more)
	return i >= 0
}

// lastWordBefore returns the span of the last word of set or of more
// (folded) that ends by p in its line and starts after lo, or -1, -1.
func lastWordBefore(t string, lo, p int, set, more map[string]bool) (int, int) {
	for i := p; i > lo; {
		if t[i-1] == '\n' {
			return -1, -1
		}
		if !isLetter(t[i-1]) && t[i-1] < 0x80 {
			i--
			continue
		}
		j := i
		for i > lo && (isLetter(t[i-1]) || t[i-1] >= 0x80) {
			i--
		}
		if j-i <= 24 {
			var low [24]byte
			if w := foldBytes(low[:0], t[i:j]); set[string(w)] || more[string(w)] {
				return i, j
			}
		}
	}
	return -1, -1
}

// holderAfter reports whether "holder" or "owner" follows the word that
// ends at j (see eventInLine), or a word that makes a record of a person
// of it, no event: "last address", "account recovery", "account
// verification", "account details".
func holderAfter(t string, j int) bool {
	if j >= len(t) || t[j] != ' ' && t[j] != '-' && t[j] != '_' {
		return false
	}
	w := t[j+1:]
	for _, r := range [...]string{"holder", "owner", "address", "recovery", "verification", "details"} {
		if len(w) >= len(r) && strings.EqualFold(w[:len(r)], r) && (len(w) == len(r) || !isLetter(w[len(r)])) {
			return true
		}
	}
	return false
}

// eventAfterInItem reports whether a word of an event (eventWords,
// recordEvents) follows end in its sentence, within 80 bytes: "Kevin
// Moore; 2009-01-15; order shipped", "2007-05-01 (hire date)". The
// sentence after it speaks of something else ("Me: Daniel Nguyen,
// 1/16/1989. ... We're both on the joint account."). A word of an
// address the soft recognizer found names none ("1996-06-15, 953 Pine
// Court"), and in a record parted by bars or dashes none beyond the next
// field ("... | 6 May 1948 | 03 01 82 34 26 | ID check passed").
func (s *state) eventAfterInItem(end int) bool {
	g := s.sentenceAfter(end)
	// A field that another value's label opens is that value's: "Chiara
	// Bellini, 17/02/1991, email on the account should be ...".
	if len(g) > 2 && (g[0] == ',' || g[0] == ';') && g[1] == ' ' && otherValueLabel(g[2:]) {
		return false
	}
	// In a record of fields parted by bars or dashes, the words of a
	// field after the next describe that field: "Guillaume Perrin | 6
	// May 1948 | 03 01 82 34 26 | ID check passed", "Darragh Brennan (9
	// Feb 1971) - IP 10.68.13.218 - suspicious login".
	for _, j := range [...]string{" | ", " - "} {
		if k := strings.Index(g, j); k >= 0 {
			if k2 := strings.Index(g[k+3:], j); k2 >= 0 {
				g = g[:k+3+k2]
			}
			break
		}
	}
	return s.wordInAfter(end, g, eventWords, recordEvents)
}

// otherValueLabel reports whether g opens with the word of a contact's
// or an identifier's field, in the chat languages: "email", "phone",
// "address", "Handy", "courriel", "teléfono" ...
func otherValueLabel(g string) bool {
	j := 0
	for j < len(g) && j < 12 && (isLetter(g[j]) || g[j] == '-' || g[j] >= 0x80) {
		j++
	}
	if j == 0 || j < len(g) && (isLetter(g[j]) || g[j] >= 0x80) {
		return false
	}
	var low [16]byte
	switch string(foldBytes(low[:0], g[:j])) {
	case "email", "e-mail", "mail", "phone", "mobile", "cell", "tel", "telephone", "address", "postcode", "zip", "card", "iban",
		"ssn", "passport", "licence", "license", "adresse", "telefon", "handy", "courriel", "portable", "correo",
		"movil", "telefono", "cellulare", "indirizzo", "telefoon", "mobiel", "celular", "endereco", "morada":
		return true
	}
	return false
}

// letterAfter reports whether a word of a letter (letterWords) follows
// end in its line, within 80 bytes: "Anna Berg (1998-03-02) wrote:".
func (s *state) letterAfter(end int) bool {
	return s.wordAfterInLine(end, letterWords, nil)
}

// wordAfterInLine reports whether a word of set or of more follows end in
// its line, within 80 bytes, outside the addresses that candidates hold.
func (s *state) wordAfterInLine(end int, set, more map[string]bool) bool {
	return s.wordInAfter(end, s.lineAfter(end), set, more)
}

// lineAfter returns the text after end on its line, at most 80 bytes of
// it: what the words after a value are read in.
func (s *state) lineAfter(end int) string {
	t := s.text
	g := t[end:min(len(t), end+80)]
	if k := strings.IndexByte(g, '\n'); k >= 0 {
		g = g[:k]
	}
	return g
}

// eventAfterInSentence is eventAfterInItem without the fields of a
// record: "... no sorry, 12/10/1984. the order was on ..." dates the
// order in a sentence of its own.
func (s *state) eventAfterInSentence(end int) bool {
	return s.wordInAfter(end, s.sentenceAfter(end), eventWords, recordEvents)
}

// sentenceAfter returns the text after end in its sentence, at most 80
// bytes of it: up to a line break, '!', '?' or ". ".
func (s *state) sentenceAfter(end int) string {
	t := s.text
	g := t[end:min(len(t), end+80)]
	if k := strings.IndexAny(g, "\n!?"); k >= 0 {
		g = g[:k]
	}
	if k := strings.Index(g, ". "); k >= 0 {
		g = g[:k]
	}
	return g
}

// wordInAfter reports whether a word of set or of more stands in g, which
// starts at end of the text, outside the addresses that candidates hold.
func (s *state) wordInAfter(end int, g string, set, more map[string]bool) bool {
	for off := 0; off < len(g); {
		a, b := firstWordIn(g[off:], set, more)
		if a < 0 {
			return false
		}
		// "... - that's the primary account holder": a role, as in
		// eventInLine.
		if !s.inAddress(end+off+a, end+off+b) && !holderAfter(g, off+b) && !itemNumberAfter(g, off+a, off+b) {
			return true
		}
		off += b
	}
	return false
}

// inAddress reports whether the bytes [a, b) lie inside an address that
// a candidate holds. The candidates are sorted by start; an address is
// shorter than maxAddressLen, so only those that start that far before a
// are read, and the test takes the same time whatever the text's length.
func (s *state) inAddress(a, b int) bool {
	k, _ := slices.BinarySearchFunc(s.cands, a+1, func(c cand, x int) int { return c.start - x })
	for k--; k >= 0 && s.cands[k].start > a-maxAddressLen; k-- {
		if c := &s.cands[k]; b <= c.end && c.typ == TypeStreetAddress {
			return true
		}
	}
	return false
}

// maxAddressLen bounds the bytes of an address inAddress looks back over.
const maxAddressLen = 400

// negatedDate reports whether a word of denial stands right before the
// date at start, after a comma: ", not", ", nicht", ", pas", ", non",
// ", niet", ", não", ", no".
func negatedDate(t string, start int) bool {
	if start < 3 || t[start-1] != ' ' {
		return false
	}
	p := start - 1
	q := p
	for q > 0 && (isLetter(t[q-1]) || t[q-1] >= 0x80) && p-q < 6 {
		q--
	}
	// After a comma, as a contrast: "my birthday, not 17 October 2023";
	// "my birthday is not 12/03/1980 but ..." still speaks of a birth.
	if q < 2 || t[q-1] != ' ' || t[q-2] != ',' {
		return false
	}
	var low [6]byte
	if p-q > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], t[q:p])) {
	case "not", "nicht", "pas", "non", "niet", "não", "no":
		return true
	}
	return false
}

// pluralBirthWord reports whether the birth word w names several dates:
// "DOBs", "dates of birth", "birthdates", and the plural participles
// "nacidos", "nascidas", "nés", "nati".
func pluralBirthWord(w string) bool {
	var low [16]byte
	if len(w) > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], w)) {
	case "dobs", "dates of birth", "birthdates", "nacidos", "nacidas", "nascidos", "nascidas", "nés", "nées", "nati":
		return true
	}
	return false
}

// joinedDate reports whether the gap g, between a birth word and a date
// that dateList accepts, ends in a conjunction and at most an article:
// "born on 11/04/2014 and 30/09/2016", "nés le 4 mai 2012 et le ...".
// A singular birth word dates a second date only so joined.
func joinedDate(g string) bool {
	var low [12]byte
	k, w := foldedWordBefore(g, len(g), " ", low[:0])
	if listArticle(bytesText(w)) {
		_, w = foldedWordBefore(g, k, " ", low[:0])
	}
	return listConjunction(bytesText(w))
}

// listConjunction reports whether w joins two dates of a list.
func listConjunction(w string) bool {
	switch w {
	case "and", "und", "et", "y", "e", "en":
		return true
	}
	return false
}

// listArticle reports whether w may stand before a date of a list: "on",
// "el", "le", "il", "am", "em", "op".
func listArticle(w string) bool {
	switch w {
	case "on", "el", "le", "il", "am", "em", "op":
		return true
	}
	return false
}

// dateList reports whether g, between a plural birth word and a date,
// holds only the dates before it in a list: digits, the marks of dates,
// commas, "and" and its kin, articles ("on", "el"), and month names,
// within 80 bytes and one sentence ("DOBs: 14/03/1987, order date
// 02/09/2024" dates an order).
func dateList(g string) bool {
	if len(g) > 80 {
		return false
	}
	for i := 0; i < len(g); {
		c := g[i]
		switch {
		case c == '\n' || c == ';' || c == '!' || c == '?':
			return false
		case c == '.' && i+1 < len(g) && g[i+1] == ' ':
			return false // a sentence ends
		case isLetter(c):
			j := i
			for j < len(g) && isLetter(g[j]) {
				j++
			}
			var low [12]byte
			w := ""
			if j-i <= len(low) {
				w = string(lowerASCII(low[:0], g[i:j]))
			}
			if monthNames[w] == 0 && !listConjunction(w) && !listArticle(w) && w != "of" {
				return false
			}
			i = j
			continue
		case c >= utf8.RuneSelf:
			return false
		}
		i++
	}
	return true
}

// yearRightAfter reports whether a year from 1900 to 2099 follows the
// birth word that ends at p as dateRightAfter lets a date follow it: past
// joiners and at most one short word ("born 1985", "né en 1985", "nato
// nel 1985"), within 16 bytes.
func yearRightAfter(t string, p int) bool {
	lim := min(len(t), p+16)
	i := gapEnd(t, p, lim)
	if i >= lim || !isDigit(t[i]) {
		return false
	}
	j := i
	for j < len(t) && j-i <= 4 && isDigit(t[j]) {
		j++
	}
	if j-i != 4 || !(t[i] == '1' && t[i+1] == '9' || t[i] == '2' && t[i+1] == '0') {
		return false
	}
	return j == len(t) || !isAlnum(t[j]) && !(j+1 < len(t) && (t[j] == '.' || t[j] == '/' || t[j] == '-') && isDigit(t[j+1]))
}

// gapEnd returns where the bytes of t from p, up to lim, stop being what
// may stand between a birth word and its value: spaces, tabs, no-break
// spaces, ':', '-', '=' and one word of three letters at most ("born on",
// "né le", "nato nel").
func gapEnd(t string, p, lim int) int {
	words, lines := 0, 0
	for i := p; i < lim; {
		switch c := t[i]; {
		case c == ' ' || c == '\t' || c == ':' || c == '-' || c == '=' || c == '>' || c == '[' || c == '(' || c == '"' || c == '\'' || c == '\r':
			i++ // "DDN -> 13.05.1991", "ddn [28/01/1969]", "dn: \"6/5/1954\""
		case c == '.' && i == p:
			i++ // the full stop of an abbreviation: "d.n. 14 maggio 1950"
		case c == '\n' && lines == 0:
			lines++ // a label on its line: "DDN:\n17/08/1970"
			i++
		case c == 0xc2 && i+1 < lim && (t[i+1] == 0xa0 || t[i+1] == 0xab || t[i+1] == 0xbb):
			i += 2 // a no-break space, '«', '»'
		case c == 0xe2 && i+2 < lim && (t[i+1] == 0x86 || t[i+1] == 0x80):
			i += 3 // an arrow, a quotation mark, a dash: "DN → “28 DE MAIO DE 1984”"
		case c == 0xf0 && i+3 < lim && t[i+1] == 0x9f:
			i += 4 // an emoji: "D.N.? È 🎂 08/04/1978"
		case isLetter(c) && words == 0:
			j := i
			for j < lim && isLetter(t[j]) {
				j++
			}
			if j-i > 3 {
				return i
			}
			words++
			i = j
		default:
			return i
		}
	}
	return lim
}

// eventAfter reports whether t[a:b], between a birth word and a date,
// tells where or when the person was born and then, after a clause
// break (',', ';', '.', '!', '?' or an andWord), names another dated
// thing (eventWords): "born in Leeds, order placed on 12/05/2024" and
// "born 1985, appointment on 12/05/2024" date the order and the
// appointment. The birth word must have that answer of its own before a
// comma, a semicolon or an andWord (a place after a locative word, a
// number, or "last week"), not before a '!' or a '?' ("Happy birthday!
// Your coupon expires 12/05/2025"): a label waiting for
// its value ("DOB, for the order: 12/05/1978", "D.O.B. on the booking:
// ...", "dob and payment: ...") still labels the date, and so does one
// without a break ("date of birth for the booking is ...").
func eventAfter(t string, a, b int) bool {
	answered, brk := false, false
	for i := a; i < b; {
		c := t[i]
		if answered && (c == ',' || c == ';' || c == '.' && (i+1 >= b || t[i+1] == ' ')) || c == '!' || c == '?' {
			// An exclamation or a question ends the birth word's
			// sentence, answered or not (a period may end an
			// abbreviation: "fecha de nac. para la reserva: ...").
			brk = true
		}
		if isDigit(c) && !brk {
			answered = true // "born 1985,"
		}
		if !isWordByte(c) {
			i++
			continue
		}
		j := i
		for j < b && (isWordByte(t[j]) || t[j] == '-' && j+1 < b && isWordByte(t[j+1])) {
			j++
		}
		var low [24]byte
		w := bytesText(foldBytes(low[:0], t[i:min(j, i+24)]))
		switch {
		case brk && eventWords[w]:
			return true
		case !answered && (locative(w) || whenWord(w)):
			answered = true // "born in Leeds", "born last week"
		case answered && andWord(w):
			brk = true
		}
		i = j
	}
	return false
}

// whenWord reports whether the lower-case word w says when in English
// without a number ("born last week", "born yesterday").
func whenWord(w string) bool {
	switch w {
	case "last", "ago", "yesterday", "today", "recently":
		return true
	}
	return false
}

// locative reports whether the lower-case word w says where in one of our
// languages ("in Leeds", "à Lyon", "a Milano", "en Madrid", "em Lisboa",
// "no Porto", "im Allgäu").
func locative(w string) bool {
	switch w {
	case "in", "at", "im", "à", "au", "a", "en", "em", "no", "na", "nel", "nella", "te":
		return true
	}
	return false
}

// dateRightAfter reports whether a date starts right after the word that
// ends at p, past joiners (spaces, ':', '-', '=') and at most one short
// word ("is", "on", "le", "am"): the word labels that date, not one
// before it ("expiry 2029-05-13, DOB is 1985-04-12"). A birth word on a
// line after a date does not reach back to it either ("Am 12.03.1985
// schrieb Max:\n> Geburtstag"); see the caller.
func (s *state) dateRightAfter(p int) bool {
	d := s.dates
	k, _ := slices.BinarySearchFunc(d, p, func(x span, p int) int { return x.s - p })
	if k == len(d) || d[k].s-p > 16 {
		return false
	}
	return gapEnd(s.text, p, d[k].s) == d[k].s
}

// ownLabel reports whether a value at b, after a birth word t[hs:a] on
// an earlier line, belongs to a label of its own: the value's line has a
// label and the birth word is a field of a form, opening its line before
// its ':' or '=' ("Geburtsdatum: unbekannt\nErstellt: 12.03.2024",
// "Geburtsdatum:\nErstellt: ..." date the creation). A birth word in a
// question or a prompt ("your date of birth?\nCustomer: 17/09/1988",
// "Q: date of birth?\nA: ..."), a header without ':' ("Date of birth
// (DD/MM/YYYY)\nAnswer: ...") or a parent key whose value is indented
// below it ("birth:\n  date: 1988-09-17") is answered by the value.
func ownLabel(t string, hs, a, b int) bool {
	if a >= b {
		return false
	}
	nl := strings.LastIndexByte(t[a:b], '\n')
	if nl < 0 || !labelled(t[a+nl+1:b]) {
		return false
	}
	ls := strings.LastIndexByte(t[:hs], '\n') + 1
	k := hs
	for k > ls && (isAlnum(t[k-1]) || t[k-1] == '_') {
		k-- // the key's first words: "dateOfBirth", "date_of_birth"
	}
	for k > ls && strings.IndexByte(" \t-*\"'", t[k-1]) >= 0 {
		k--
	}
	if k > ls && strings.IndexByte(",|;", t[k-1]) < 0 {
		return false // not the start of a field: a question, a prompt
	}
	// After a separator, a field of a record says it has no value
	// ("Name: Jane Doe, DOB: unknown"); prose after a comma ("your
	// name, date of birth: it is on your card") asks for one.
	inRow := k > ls
	e := keyEnd(t, a)
	if e < len(t) && (t[e] == '"' || t[e] == '\'') {
		e++
	}
	e += spaceAt(t, e)
	switch {
	case e < len(t) && (t[e] == ':' || t[e] == '='):
		e++
	case strings.HasPrefix(t[e:], "\uff1a"):
		e += len("\uff1a")
	default:
		return false
	}
	rest := t[e:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	// An empty field is answered on the lines below, as a question is
	// ("Date of birth:\nAnswer: 17/09/1988"); a field with a value of its
	// own ("DOB: N/A", "birth_date: null") leaves the next line's label
	// its own date.
	rest = strings.TrimSpace(rest)
	if inRow {
		return noValue(t, e)
	}
	return rest != "" && rest != "{"
}

// stamped reports whether the date t[s:e] carries a clock time, in it
// ("2024-09-17T10:04") or after it (", 10:03", " 10:03:11", "T10:03").
func stamped(t string, s, e int) bool {
	if strings.IndexByte(t[s:e], ':') >= 0 {
		return true
	}
	if e < len(t) && t[e] == ',' {
		e++
	}
	switch {
	case e < len(t) && t[e] == 'T':
		e++
	case e < len(t) && t[e] == ' ':
		e += spaceAt(t, e)
	default:
		return false
	}
	h := e
	for e < len(t) && isDigit(t[e]) && e-h < 3 {
		e++
	}
	return e-h >= 1 && e-h <= 2 && e+2 < len(t) && t[e] == ':' && isDigit(t[e+1]) && isDigit(t[e+2])
}

// labelsRight reports whether a word that ends at e labels the value at
// v right after it: only a key's tail, quotes and joiners lie between
// ("DOB: ", "\"dob\": \"", "birth_date=").
func labelsRight(t string, e, v int) bool {
	if e > v {
		return false
	}
	// A key's tail may say it is the date ("birth_date"); any other
	// tail names an event of the record ("dob_updated_at",
	// "birthday_reminder_sent"), whose stamp it is.
	k := keyEnd(t, e)
	var low [12]byte
	if k-e > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], t[e:k])) {
	case "", "_date", "_of_birth", "_dt", "_day":
	default:
		return false
	}
	for i := k; i < v; i++ {
		switch t[i] {
		case ' ', '\t', ':', '=', '"', '\'', '-':
		default:
			return false
		}
	}
	return true
}

// keyEnd returns the end of a key in snake case whose word ends at e
// ("birth" in "birth_date"), or e. A key is short: the walk stops after
// 64 bytes, so that every birth word of a long run of them does not read
// the rest of it.
func keyEnd(t string, e int) int {
	if e < len(t) && t[e] == '_' {
		for w := e; e < len(t) && e-w < 64 && (isAlnum(t[e]) || t[e] == '_'); {
			e++
		}
	}
	return e
}

// keyWordEnds reports whether a context word t[ks:e] is a key of a
// record: it opens a field (after '{', ',', ';', '|', '&', a line's start,
// or, before '=', a space as in logfmt) and ':' or '=' follows it, in
// quotes or not. A key labels the value after it, so a value before it is
// another key's ('{"createdAt": "2024-05-01", "dateOfBirth": null}'); a
// birth word in prose before a ':' labels nothing ("17/09/1988 is my
// date of birth: can you update it?").
func keyWordEnds(t string, ks, e int) bool {
	e = keyEnd(t, e)
	if e < len(t) && (t[e] == '"' || t[e] == '\'') {
		e++
	}
	e += spaceAt(t, e)
	if e >= len(t) || t[e] != ':' && t[e] != '=' {
		return false
	}
	b := ks
	for b > 0 && (isAlnum(t[b-1]) || t[b-1] == '_' || t[b-1] == '-') {
		b--
	}
	if b > 0 && (t[b-1] == '"' || t[b-1] == '\'') {
		b--
	}
	sp := false
	for b > 0 && (t[b-1] == ' ' || t[b-1] == '\t') {
		b--
		sp = true
	}
	if b == 0 {
		return true
	}
	switch t[b-1] {
	case '{', ',', ';', '|', '&', '\n':
		return true
	}
	return sp && t[e] == '=' || noValue(t, e+1)
}

// noValue reports whether the value at p, past spaces and quotes, says
// there is none ("unknown", "null", "n/a", "-", in the chat languages):
// a key with such a value of its own labels nothing before it ("Visit:
// 12.03.2024 DOB: unknown").
func noValue(t string, p int) bool {
	for p < len(t) && (t[p] == ' ' || t[p] == '"' || t[p] == '\'') {
		p++
	}
	q := p
	for q < len(t) && q-p < 16 && t[q] > ' ' && t[q] != ',' && t[q] != '"' && t[q] != '\'' && t[q] != ';' {
		q++
	}
	var low [16]byte
	switch string(lowerASCII(low[:0], t[p:q])) {
	case "unknown", "null", "nil", "none", "n/a", "na", "-", "?", "tbd", "unbekannt", "inconnu", "inconnue",
		"desconocido", "desconocida", "sconosciuto", "sconosciuta", "onbekend", "desconhecido", "desconhecida":
		return true
	}
	return false
}

// labelled reports whether line holds a label's ':' or '=' (ASCII or
// full width).
func labelled(line string) bool {
	return strings.ContainsAny(line, ":=") || strings.Contains(line, "\uff1a")
}

// dateBetween reports whether another date lies between the birth word h
// and the date c: in "born 02/11/1990, ordered on 2024-11-02" the word
// makes only the first a date of birth.
func (s *state) dateBetween(h kwHit, c *cand) bool {
	a, b := h.end, c.start
	if h.start >= c.end {
		a, b = c.end, h.start
	}
	d := s.dates
	k, _ := slices.BinarySearchFunc(d, a, func(x span, a int) int { return x.s - a })
	return k < len(d) && d[k].e <= b
}

// otherValueSaid reports whether the date c (those kept before it are
// s.cands[:out]) gives another value of a date of birth said just before
// it in its sentence, after a contrast and a verb that says what a
// document shows: "The DOB on file is 25 December 1943, but the ID you
// uploaded says 25 March 1979".
func (s *state) otherValueSaid(c *cand, out int) bool {
	if out == 0 {
		return false
	}
	k := &s.cands[out-1]
	// Another person's after a comma, in a list of the family's: "Nadia's
	// DOB 19/09/1988, Ahmed's 02/01/1985" (the name, a person, was kept
	// between them).
	if k.typ == TypePerson && out >= 2 && k.end <= c.start {
		if p := &s.cands[out-2]; p.typ == TypeDateOfBirth && p.end <= k.start && c.start-p.end <= 24 && possessiveNext(s.text[p.end:c.start]) {
			y := birthYear(s.text[c.start:c.end])
			return y > 0 && y <= recordBirthYearMax
		}
	}
	if s.birthAgain(c, out) {
		return true
	}
	if k.typ != TypeDateOfBirth || k.end > c.start || c.start-k.end > 64 {
		return false
	}
	g := s.text[k.end:c.start]
	// A relative's on the next line: "DOB: 1983/05/27\nmy brother's:
	// 1986/10/02".
	if n := strings.IndexByte(g, '\n'); n >= 0 && strings.Trim(g[:n], " .,\r") == "" && relativeFieldAt(strings.TrimRight(g[n+1:], " :,")) == 0 {
		g = g[n+1:]
	}
	// A semicolon right after the first may open the correction: "...
	// is 1951-04-06; should it be April 19, 1939?".
	if sentenceEndIn(g) && !sameFieldOther(g) && !slipOpens(g) || strings.ContainsAny(strings.TrimLeft(g, "; "), ";!?\n") && !slipOpens(g) {
		return false
	}
	if correctionOnly(g) || slipOpens(g) || fromTo(s.text, k.start, k.end, g, s.text[c.start:c.end]) {
		// "... but it's actually 2006-06-10 that the account was
		// opened": an event after it dates the second date.
		y := birthYear(s.text[c.start:c.end])
		return y > 0 && y <= recordBirthYearMax && !s.eventAfterInSentence(c.end)
	}
	contrast, says := false, false
	for i := 0; i < len(g); {
		if !isLetter(g[i]) {
			i++
			continue
		}
		j := i
		for j < len(g) && isLetter(g[j]) {
			j++
		}
		var low [8]byte
		if j-i <= len(low) {
			w := lowerASCII(low[:0], g[i:j])
			switch {
			case contrastWords[string(w)]:
				contrast = true
			case sayWords[string(w)]:
				says = contrast
			}
		}
		i = j
	}
	// "... but your system shows 01/21/2025 as my signup date": an
	// event after the second date dates it too.
	return says && !eventInLine(s.text, c.start) && !s.eventAfterInSentence(c.end)
}

// birthAgain reports whether the date c is another person's date of
// birth in the clause of one said just before it (those kept before c
// are s.cands[:out]), joined by "and" and naming the person by a kin's
// noun or a name, with no event's word between: "born 2016-07-22 (he's
// 8) and my daughter Ivy on 02/11/2019", "née le 5 juin 2010 et mon
// fils Hugo le 21/01/2013", "nasceu em 2015-08-19 e o meu marido Rui
// Almeida em 23.06.1981" (session 57). Since session 59 a comma and a
// possessive may stand for "and" (", my husband Emre Demir
// 07.01.1987"), and the writer's own may follow after "moi", "me",
// "ich" and their kin ("..., moi le 2 février 1981").
func (s *state) birthAgain(c *cand, out int) bool {
	j := out - 1
	person := false
	for j >= 0 && j >= out-3 && s.cands[j].typ == TypePerson {
		person = true
		j--
	}
	if j < 0 || s.cands[j].typ != TypeDateOfBirth || s.cands[j].end > c.start || c.start-s.cands[j].end > 80 {
		return false
	}
	g := strings.TrimLeft(s.text[s.cands[j].end:c.start], " ,")
	if strings.HasPrefix(g, "(") {
		// A remark on the first: "(he's 8)".
		e := strings.IndexByte(g, ')')
		if e < 0 || e > 24 {
			return false
		}
		g = strings.TrimLeft(g[e+1:], " ,")
	}
	w, rest, _ := strings.Cut(g, " ")
	y := birthYear(s.text[c.start:c.end])
	kin := person
	var key [24]byte
	switch strings.ToLower(w) {
	case "and", "&", "et", "e", "y", "und", "en", "ed", "og", "och":
	case "moi", "me", "mine", "myself", "ich", "yo", "io", "eu", "ik":
		// The writer's own after a child's: "Ma fille Inès est née le 17
		// juin 2009, moi le 2 février 1981" (session 59), of a year a
		// record's birth may have, an article or a preposition at most
		// between.
		if strings.Count(rest, " ") > 1 || y > recordBirthYearMax {
			return false
		}
		kin = true
	default:
		// A comma and a possessive (the names recognizer's, see
		// herePossessives) before the kin's noun: "me: Aylin Demir
		// 23.09.1990, my husband Emre Demir 07.01.1987" (session 59).
		if !herePossessiveSet[string(foldKey(key[:0], w))] {
			return false
		}
		rest = g
	}
	if len(rest) > 64 || strings.ContainsAny(rest, ".!?;\n0123456789") || wordIn(rest, eventWords, nil) {
		return false
	}
	for _, f := range strings.Fields(rest) {
		k := foldKey(key[:0], f)
		if birthKin[string(k)] || kinNouns[string(k)] {
			kin = true
		}
		switch string(k) {
		case "mine", "meins", "meiner", "mien", "mienne", "mio", "mia", "mijne":
			// The writer's own after a child's: "my son's DOB is
			// 2011-05-19 and mine is 1980-12-02" (session 67).
			kin = kin || y <= recordBirthYearMax
		}
	}
	return kin && y >= 1900
}

// birthKin are the nouns of a family's members that birthAgain reads
// between two dates of birth besides kinNouns, which lacks English's
// and a few others, folded (birthKinWords as typed).
var (
	birthKinWords = strings.Fields("daughter son wife husband mother father mum mom dad brother sister child kid baby spouse mari mann mulher irmã")
	birthKin      = foldedSet(birthKinWords)
)

// wordIn reports whether a word of set or of more stands in g.
func wordIn(g string, set, more map[string]bool) bool {
	a, _ := firstWordIn(g, set, more)
	return a >= 0
}

// firstWordIn returns the span of the first word of g that set or more
// holds (folded), or -1, -1.
func firstWordIn(g string, set, more map[string]bool) (int, int) {
	for i := 0; i < len(g); {
		if !isLetter(g[i]) && g[i] < 0x80 {
			i++
			continue
		}
		j := i
		for j < len(g) && (isLetter(g[j]) || g[j] >= 0x80) {
			j++
		}
		if j-i <= 24 {
			var low [24]byte
			if w := foldBytes(low[:0], g[i:j]); set[string(w)] || more[string(w)] {
				return i, j
			}
		}
		i = j
	}
	return -1, -1
}

// contrastWords open a contrast in the chat languages, and sayWords say
// what a document shows (see otherValueSaid).
var (
	contrastWords = map[string]bool{"but": true, "aber": true, "mais": true, "pero": true, "ma": true, "maar": true, "mas": true, "while": true, "whereas": true}
	sayWords      = map[string]bool{"says": true, "shows": true, "reads": true, "states": true, "lists": true, "sagt": true, "zeigt": true, "indique": true, "dice": true, "dit": true, "diz": true, "zegt": true}
)

// contrastBetween reports whether a word of contrast stands in g, which
// holds no sentence's end.
func contrastBetween(g string) bool {
	return len(g) <= 64 && !strings.Contains(g, ". ") && !strings.ContainsAny(g, ";!?\n") && wordIn(g, contrastWords, nil)
}

// sentenceEndIn reports whether g holds a period before a space that is
// no ellipsis's ("I was born 11/10/1984... no sorry, 12/10/1984" goes on
// with its sentence).
func sentenceEndIn(g string) bool {
	for i := 0; i < len(g); {
		k := strings.Index(g[i:], ". ")
		if k < 0 {
			return false
		}
		if i+k == 0 || g[i+k-1] != '.' {
			return true
		}
		i += k + 2
	}
	return false
}

// clauseBreakIn reports whether the text t[a:b] between a context word
// and a candidate after it ends a sentence or a clause, across which the
// word does not lower the candidate (session 63: "The order never came.
// 07700 913 482", "MISSING PARCEL; CB NO 07700 913 482"): a ';' or a '!'
// and a space, or a full stop and a space after a word of four letters
// or more, not an abbreviation's ("Order no. 0770...", "Kundennr.
// 1108...") nor before a word in lower case ("my tickets. numbers were
// 04 11 23 38 47"). A question's mark does not: its answer follows
// ("Your order number? 4417...").
func clauseBreakIn(t string, a, b int) bool {
	for i := a; i+1 < b; i++ {
		if c := t[i]; c != '.' && c != ';' && c != '!' || t[i+1] != ' ' {
			continue
		}
		switch t[i] {
		case ';', '!':
			return true
		case '.':
			k := i
			for k > 0 && i-k < 4 && (isLetter(t[k-1]) || t[k-1] >= 0x80) {
				k--
			}
			if i-k >= 4 && !abbreviationBefore(t, i) && (i+2 >= len(t) || !isLower(t[i+2])) {
				return true
			}
		}
	}
	return false
}

// correctionOnly reports whether the text g between two dates holds
// nothing but words that put the second in the place of the first, maybe
// after a comma and "but it": "shows 08/31/2003 instead of 20/10/1963",
// "1952-09-02 but it should be 1953-09-02", "11/10/1984... no sorry,
// 12/10/1984", "07-07-1992… perdón, el 08-07-1992". A word between
// ("..., travel date 2024-05-01 should be ...") leaves the second date
// its own.
func correctionOnly(g string) bool {
	g = strings.TrimRight(g, " :,\"'")
	// The article or preposition of the date itself: "perdón, el".
	if i := strings.LastIndexByte(g, ' '); i >= 0 {
		switch strings.ToLower(g[i+1:]) {
		case "el", "le", "il", "am", "op", "on", "em", "a", "der", "den", "dem", "la", "o", "the", "du":
			g = strings.TrimRight(g[:i], " ,")
		}
	}
	for _, w := range correctionWords {
		if ok, done := correctionEnd(g, w); done {
			return ok
		}
	}
	for _, w := range sameFieldWords {
		if ok, done := correctionEnd(g, w); done {
			return ok
		}
	}
	if i := relativeFieldAt(g); i >= 0 {
		ok, _ := correctionEnd(g, g[i:])
		return ok
	}
	return false
}

// slipOpens reports whether the words after the last mark that ends a
// sentence in g own a slip or say the value again, and nothing more: "my
// DOB is 07/03/1990. sorry 03/07/1990, the system wants month first",
// "my birthday is 01/02/1995?? it's 02/01/1995" (session 67).
func slipOpens(g string) bool {
	i := strings.LastIndexAny(g, ".!?")
	if i < 0 || strings.IndexByte(g[i:], '\n') >= 0 {
		return false
	}
	slip := false
	for _, w := range strings.Fields(strings.ToLower(g[i+1:])) {
		switch strings.Trim(w, ",:") {
		case "sorry", "sry", "oops", "correction", "mean", "it's", "its", "actually":
			slip = true
		case "i", "no", "wait", "it", "is":
		default:
			return false
		}
	}
	return slip
}

// correctionEnd reports whether g ends in the words w with nothing but
// correctionGlue before them (ok), and whether it ends in w at all
// (done).
func correctionEnd(g, w string) (ok, done bool) {
	if !wordsEnd(g, w) {
		return false, false
	}
	rest := strings.Trim(g[:len(g)-len(w)], " ,;-(.)")
	for _, f := range strings.Fields(rest) {
		var low [16]byte
		if len(f) > len(low) || !correctionGlue[string(lowerASCII(low[:0], f))] {
			return false, true
		}
	}
	return true, true
}

// fromTo reports whether g, the text between a date of birth [a, b) and
// another date, next, one of them up to recordAdultYearMax, is "to" and
// "from" stands before the first: "I've corrected your date of birth
// from 20/07/1982 to 19/07/1982".
func fromTo(t string, a, b int, g, next string) bool {
	// "The DOB field was blank from 2008-01-01 to 2009-12-31": a span of
	// time, not a birth changed; one of the two dates long past says
	// birth ("from 01/05/2005 to 18/12/1948").
	if strings.TrimSpace(g) != "to" || min(fullPastDate(t[a:b]), fullPastDate(next)) > recordAdultYearMax {
		return false
	}
	var low [8]byte
	_, w := foldedWordBefore(t, a, " ", low[:0])
	return string(w) == "from"
}

// correctionGlue are the words that may stand before a correction's
// words: "but it should be", "aber es sollte", "mais ça devrait être".
var correctionGlue = map[string]bool{
	"but": true, "it": true, "it's": true, "its": true, "is": true, "and": true, "the": true, "not": true, "previously": true, "aber": true, "es": true, "und": true, "nicht": true,
	"mais": true, "ça": true, "et": true, "pero": true, "y": true, "ma": true, "e": true, "maar": true, "het": true, "en": true, "mas": true,
	// An ellipsis, the "no" and the apology of a slip: "... no sorry, I
	// mean".
	"...": true, "…": true, "no": true, "nein": true, "non": true, "nee": true, "não": true,
	"sorry": true, "perdón": true, "pardon": true, "désolé": true, "scusa": true, "desculpa": true,
	"oops": true, "oeps": true, "wait": true,
	// What the wrong one is and where (session 79: "my dob 1 Jan 1970
	// is wrong on system, should be 10 Jan 1970").
	"wrong": true, "incorrect": true, "on": true, "in": true, "system": true, "file": true,
	"falsch": true, "faux": true, "sbagliata": true, "sbagliato": true, "errada": true, "errado": true, "fout": true,
}

// correctionWords put a value in the place of another, in the chat
// languages.
var correctionWords = [...]string{
	"instead of", "rather than", "should be", "should it be", "should read", "but it's", "but it is", "but its", "but it’s",
	// The wrong one denied: "nasci a 1957-05-23, não a 04/01/1951", "née
	// le 25/06/1977, et non le 28 juillet 1956", "niet op", "no el".
	"não", "non", "niet", "nicht", "no", "should say", "correct is", "correct one is", "actually", "really", "recorded as", "listed as", "not",
	// The same field as the other side gave it or holds it, read back:
	// "... as 1970-10-30, but you wrote 1974-05-07", "gave DOB
	// 1958-08-05, we hold 1967-08-08".
	"you wrote", "you gave", "you typed", "you entered", "you said", "we hold", "we have", "on file is",
	// The writer's own slip and the right one (session 59: "I wrote
	// 11.01.1979 on the form by mistake", "but the real one is 21 Jun
	// 1983", "12.03.87 pas 12.03.78").
	"i wrote", "i typed", "i entered", "i put", "the real one is", "the right one is", "the correct one is", "pas",
	// The field put right by whoever holds it: "I've corrected it to".
	"corrected it to", "changed it to", "updated it to", "corrected to",
	// Two that the writer or the agent hesitates between, and a slip
	// taken back (session 62: "Is your DOB 05/17/1983 or 05/17/1988?",
	// "born 2009-03-28 — no wait, that's wrong, 2009-02-28").
	"or", "or maybe", "or was it", "or is it", "i mean", "that's wrong", "thats wrong", "that’s wrong",
	"statt", "anstatt", "anstelle von", "sollte", "richtig ist", "au lieu de", "devrait être", "en lugar de", "en vez de", "debería ser",
	"invece di", "anziché", "dovrebbe essere", "in plaats van", "moet zijn", "em vez de", "em lugar de", "deveria ser",
	// The right one named: "..., la bonne c'est 08/12/1992", "ma quella
	// giusta è", "mas a certa é", "maar het moet 9 januari 2001 zijn",
	// "pero es el 6 dic. 1969".
	"la bonne c'est", "la bonne est", "quella giusta è", "quella corretta è", "a certa é", "a correta é", "het moet", "pero es",
	// The actual one after the one shown, and a bare "and it is"
	// (session 74: "it shows 01/01/1985 but actual is 17/06/1985",
	// "pusieron 12/03/1990 y es 21/03/1990").
	"actual is", "the actual one is", "actual one is", "y es", "e é", "et c'est", "und ist", "en is",
	// "not this but that" and "or" of the other chat languages
	// (session 79: "no es 02/05/1990 sino 05/02/1990", "nicht 06.11.2014
	// sondern 06.11.2015", "ho messo 12/08/1985 ma è 21/08/1985", "(ISO)
	// ou 03/04/1985", "(01/01/1990). La real es 22/09/2011").
	"sino", "sondern", "ma è", "ma era", "mais c'est", "mas é", "maar het is", "la real es", "el real es", "la verdadera es",
	"ou", "oder", "oppure",
	// A slip put right ("... no sorry, 12/10/1984").
	"sorry", "i mean", "i meant", "perdón", "perdon", "quiero decir", "pardon", "désolé", "désolée", "je veux dire", "entschuldigung",
	"ich meine", "scusa", "scusi", "cioè", "ik bedoel", "desculpa", "desculpe", "quer dizer",
	// "... no wait 10/10/1972", "... oops, 12/10/1984".
	"wait", "oops", "oeps", "warte", "attends", "espera", "aspetta", "wacht",
	// The same field of another person, without its verb: "..., and
	// hers 29/11/1999" (with it, see sameFieldWords).
	"and hers", "and his", "and mine", "and yours",
}

// sameFieldWords give the same field of another person ("my DOB is 11
// Nov 1983, hers is 29/11/1999"), in the same sentence or the next ("DOB
// Sep 10, 2017. And mine is 1954-10-18"): correctionOnly and
// sameFieldOther read them.
// A reader's as an agent gives it back (session 63: "your husband's date
// of birth on file is 17/05/1979 and yours is 02/12/1981").
var sameFieldWords = [...]string{"hers is", "his is", "mine is", "yours is"}

// sameFieldOther reports whether g, the text between a date of birth and
// another date, ends in the words that give the same field of another
// person, which may open a sentence of their own: "DOB Sep 10, 2017. And
// mine is 1954-10-18".
func sameFieldOther(g string) bool {
	g = strings.TrimRight(g, " :,")
	for _, w := range sameFieldWords {
		if wordsEnd(g, w) {
			return true
		}
	}
	return relativeFieldAt(g) >= 0
}

// relativeFieldAt returns where the words that give the same field of a
// relative start when g ends in them, else -1: a relative after a
// possessive ("my", "mi", "ma", "mijn", "meiner", ...), maybe one word
// between ("my twin sister's"), in English with "'s" and with or
// without "is" ("my birth date: 6 May 2002. my husband's: 12/3/1952",
// "DOB 1990-01-02, my mum's is 1961-07-30"), in the other chat
// languages after the pronoun and preposition that stand for the field
// ("y la de mi madre", "celle de ma fille", "quella di mia madre", "a do
// meu marido", "das meiner Frau", "die van mijn vrouw"). g has no
// trailing spaces, colons or commas.
func relativeFieldAt(g string) int {
	english := false
	if wordsEnd(g, "is") {
		g = strings.TrimRight(g[:len(g)-2], " ")
	}
	switch {
	case strings.HasSuffix(g, "'s"):
		g, english = g[:len(g)-2], true
	case strings.HasSuffix(g, "\u2019s"):
		g, english = g[:len(g)-len("\u2019s")], true
	}
	i := strings.LastIndexByte(g, ' ')
	if i < 0 {
		return -1
	}
	if rel := strings.ToLower(g[i+1:]); !parentWords[rel] && !childWords[rel] && !moreKinWords[rel] {
		return -1
	}
	// The possessive, right before the relative or one word before.
	p := -1
	for k, w := 0, i; k < 2 && w > 0; k++ {
		a := strings.LastIndexByte(g[:w], ' ') + 1
		if pw := strings.ToLower(g[a:w]); possessives[pw] && englishPossessive(pw) == english {
			p = a
			break
		}
		w = a - 1
	}
	if p < 0 {
		return -1
	}
	// The pronoun and the preposition of the other languages before it.
	for k := 0; k < 3 && !english && p > 1; k++ {
		a := strings.LastIndexByte(g[:p-1], ' ') + 1
		if !fieldPronouns[strings.ToLower(g[a:p-1])] {
			break
		}
		p = a
	}
	return p
}

// englishPossessive reports whether w is an English possessive.
func englishPossessive(w string) bool {
	return w == "my" || w == "his" || w == "her" || w == "our" || w == "their"
}

// moreKinWords are the relatives relativeFieldAt reads besides
// parentWords and childWords: siblings, other kin and partners in the
// chat languages, German's in the genitive too ("meines Sohnes").
var moreKinWords = map[string]bool{
	"fiance": true, "fiancé": true, "fiancee": true, "fiancée": true, "boyfriend": true, "girlfriend": true,
	"brother": true, "sister": true, "nan": true, "gran": true, "stepson": true, "stepdaughter": true, "stepmother": true,
	"stepfather": true, "aunt": true, "uncle": true, "niece": true, "nephew": true, "cousin": true, "twin": true,
	"marido": true, "esposo": true, "esposa": true, "mujer": true, "hermano": true, "hermana": true, "abuela": true,
	"abuelo": true, "pareja": true, "novio": true, "novia": true, "mari": true, "femme": true, "mere": true, "pere": true,
	"frère": true, "frere": true, "sœur": true, "soeur": true, "épouse": true, "epouse": true, "époux": true, "conjoint": true,
	"conjointe": true, "marito": true, "moglie": true, "fratello": true, "sorella": true, "nonna": true, "nonno": true,
	"mae": true, "irmão": true, "irmao": true, "irmã": true, "irma": true, "avó": true, "avô": true, "frau": true,
	"mannes": true, "mann": true, "sohnes": true, "vaters": true, "bruders": true, "schwester": true, "partnerin": true,
	"partners": true, "vrouw": true, "man": true, "broer": true, "zus": true,
}

// possessives are the possessives of the first and third person before
// a relative, in the chat languages.
var possessives = map[string]bool{
	"my": true, "his": true, "her": true, "our": true, "their": true,
	"mi": true, "su": true, "mon": true, "ma": true, "son": true, "sa": true, "mio": true, "mia": true, "sua": true,
	"meu": true, "minha": true, "seu": true, "mijn": true, "zijn": true, "haar": true,
	"meiner": true, "meines": true, "meinem": true, "seiner": true, "seines": true, "ihrer": true, "ihres": true,
}

// fieldPronouns stand for the field before a relative's possessive in
// the chat languages other than English: "la de", "celle de", "quella
// di", "a do", "a da", "das", "die van".
var fieldPronouns = map[string]bool{
	"la": true, "el": true, "de": true, "del": true, "celle": true, "celui": true, "quella": true, "quello": true, "di": true,
	"a": true, "o": true, "do": true, "da": true, "das": true, "die": true, "der": true, "van": true,
}

// madeOn reports whether the date c follows a preposition of time ("on",
// "from", "since", "until", "am", "le", "el", "il", "op") and, within the
// 48 bytes before that in its clause, a verb of doing or changing
// something ("issued", "added", "changed", "paused", "founded",
// "updated"), or, when the birth word h comes after the date, a word of
// an event too (eventWords, recordEvents: "For the booking on ... I need
// the traveller's DOB"): the date something was done, which a birth word
// near it does not make a birth ("The birth certificate was issued on
// ..."); "born on ..." and "nacida el ..." have no such verb, and
// "geboren, Bestellung am 12.03.1985" keeps the birth word waiting for
// its date.
func madeOn(t string, h *kwHit, c *cand) bool {
	var low [8]byte
	q, w := foldedWordBefore(t, c.start, " ", low[:0])
	switch string(w) {
	case "on", "from", "since", "until", "am", "seit", "le", "depuis", "el", "desde", "il", "dal", "op", "sinds", "em":
	default:
		return false
	}
	lo := max(0, q-48)
	if k := strings.LastIndexAny(t[lo:q], ".,;:!?-\n"); k >= 0 {
		lo += k + 1
	}
	g := t[lo:q]
	a, _ := firstWordIn(g, madeVerbs, nil)
	if a < 0 && h.start >= c.end {
		a, _ = firstWordIn(g, eventWords, recordEvents)
	}
	if a < 0 {
		return false
	}
	// "Please update my DOB from 1985-03-12 to ...", "Date of birth
	// edited from 1983-11-11 to ...": the birth word in the clause, a
	// date of birth changed from one value to another, as old as births
	// are taken; "Birthday emails were paused from September 6, 2025"
	// dates the pause.
	if string(w) == "from" && h.start >= lo && h.end <= q {
		return !pastDateBy(t[c.start:c.end], recordBirthYearMax)
	}
	return true
}

// madeVerbs are the verbs of madeOn.
var madeVerbs = map[string]bool{
	"issued": true, "added": true, "changed": true, "updated": true, "paused": true, "founded": true, "created": true,
	"introduced": true, "launched": true, "removed": true, "renamed": true, "enabled": true, "disabled": true, "fixed": true,
	"modified": true, "edited": true, "submitted": true, "uploaded": true, "requested": true, "update": true,
	"renewed": true, "applied": true, "live": true, "booked": true, "ordered": true, "shipped": true, "delivered": true,
	"ausgestellt": true, "geändert": true, "hinzugefügt": true, "émis": true, "modifié": true, "ajouté": true,
	"emitido": true, "cambiado": true, "modificado": true, "añadido": true, "rilasciato": true, "modificato": true,
	"aggiunto": true, "afgegeven": true, "gewijzigd": true, "toegevoegd": true, "alterado": true,
}

// birthNoun reports whether the birth word ending at end modifies the
// noun that follows it: the date near "birthday gift" or "birthday party"
// is when the gift was bought or the party is held, not when anyone was
// born.
func birthNoun(t string, end int) bool {
	i := end
	for k := 0; k < 3; k++ {
		if w := spaceAt(t, i); w > 0 {
			i += w
		} else if i < len(t) && t[i] == '-' {
			i++
		} else {
			break
		}
	}
	if i == end {
		return false
	}
	j := i
	for j < len(t) && isLetter(t[j]) {
		j++
	}
	if wordByteAt(t, j) {
		return false
	}
	var low [12]byte
	return j-i <= len(low) && birthNouns[string(lowerASCII(low[:0], t[i:j]))]
}

// birthNounBefore reports whether the birth word that starts at start
// modifies the noun before it, as the Romance languages put it: "fiesta
// de cumpleaños", "regalo di compleanno", "cadeau d'anniversaire",
// "presente de aniversário"; or is itself the noun of "anniversaire de
// mariage", a wedding's anniversary.
func birthNounBefore(t string, start int) bool {
	// Most birth words follow no "de", "di", "d'" and end no
	// "anniversaire de mariage": look before reading words.
	if !shortWordBefore(t, start) {
		return annivMariage(t, start)
	}
	var low [12]byte
	p, w := foldedWordBefore(t, start, " '", low[:0])
	switch string(w) {
	case "de", "di", "d", "da", "do":
		_, w = foldedWordBefore(t, p, " '", low[:0])
		return birthNouns[string(w)]
	}
	return annivMariage(t, start)
}

// foldedWordBefore passes back over the bytes of seps before q and reads
// the word that ends there, folded into buf (whose capacity bounds its
// length): the word's start and the word, empty when no word ends there
// or it is longer than buf can hold.
func foldedWordBefore(t string, q int, seps string, buf []byte) (int, []byte) {
	for q > 0 && sepIn(seps, t[q-1]) {
		q--
	}
	// ASCII letters in a loop without a call, then the rest of the
	// word's bytes (wordByteAt, inline). The loops stop at a byte that
	// is none of a word's, or past as many as buf holds.
	p := q
	for p > 0 && q-p <= cap(buf) && isLetter(t[p-1]) {
		p--
	}
	for p > 0 && q-p <= cap(buf) && (isLetter(t[p-1]) || t[p-1] >= utf8.RuneSelf && wordSepWidth(t, p-1) == 0) {
		p--
	}
	if q-p > cap(buf) {
		return p, buf[:0]
	}
	return p, foldBytes(buf[:0], t[p:q])
}

// sepIn reports whether c is a byte of seps, a few bytes: a loop the
// compiler inlines, where strings.IndexByte's call and setup cost more.
func sepIn(seps string, c byte) bool {
	for k := 0; k < len(seps); k++ {
		if seps[k] == c {
			return true
		}
	}
	return false
}

// shortWordBefore reports whether an apostrophe ("d'") or a word of one
// or two letters and a space come just before start.
func shortWordBefore(t string, start int) bool {
	if start < 2 {
		return false
	}
	if t[start-1] == '\'' {
		return true
	}
	if t[start-1] != ' ' {
		return false
	}
	q := start - 1
	r := q
	for r > 0 && isLetter(t[r-1]) && q-r < 3 {
		r--
	}
	return q-r >= 1 && q-r <= 2 && (r == 0 || !isLetter(t[r-1]))
}

// annivMariage reports whether the birth word at start is "anniversaire
// de mariage", a wedding's anniversary.
func annivMariage(t string, start int) bool {
	const a = "anniversaire de mariage"
	return len(t)-start >= len(a) && t[start]|0x20 == 'a' && strings.EqualFold(t[start:start+len(a)], a)
}

// birthNouns are the things a birthday can be said of. The plural is
// spelled out where it is common.
var birthNouns = map[string]bool{
	"gift": true, "gifts": true, "present": true, "presents": true, "party": true, "parties": true,
	"card": true, "cards": true, "cake": true, "cakes": true, "sale": true, "voucher": true,
	"vouchers": true, "discount": true, "coupon": true, "coupons": true, "surprise": true,
	"offer": true, "promo": true, "promotion": true, "deal": true, "deals": true, "reward": true,
	"bonus": true, "treat": true, "dinner": true, "lunch": true, "celebration": true, "bash": true,
	"balloons": true, "package": true, "bundle": true, "box": true, "order": true, "shopping": true,
	"delivery": true, "wishes": true, "event": true, "special": true, "code": true, "credit": true,
	// The chat languages put the noun first: "fiesta de cumpleaños".
	"fête": true, "cadeau": true, "cadeaux": true, "gâteau": true, "soirée": true, "carte": true,
	"fiesta": true, "regalo": true, "regalos": true, "tarta": true, "pastel": true, "tarjeta": true,
	"festa": true, "regali": true, "torta": true, "biglietto": true, "presente": true, "bolo": true,
	"prenda": true, "cartão": true, "promoción": true, "promozione": true, "offre": true,
	"oferta": true, "offerta": true, "sconto": true, "descuento": true, "réduction": true, "bon": true,
}

// labels reports whether a context word of the groups g, the nearest one
// before the candidate c, names what c is not: "order 4155550132",
// "numéro de commande 0612345678", "gift card 4111 1111 1111 1111". A
// card word nearer to the number keeps it: "charged on my card 4111
// 1111 1111 1111 for order 12345".
func labels(g uint64, c *cand) bool {
	if c.typ == TypeCreditCard && g&gPaid != 0 {
		return false // "transaction 6011 0009 9013 9424": the card paid with
	}
	return g&c.label != 0 && g&c.boost == 0
}

// forPurpose reports whether the label word that starts at p says what c
// is for (purposeLabel) after a word that raises c, which ends at or
// before p and not before lo; the hits from first on are in end order.
func (s *state) forPurpose(first, lo, p int, c *cand) bool {
	if !purposeLabel(s.text, p, c.start) {
		return false
	}
	kw := &s.e.kw
	for _, h := range s.hits[first:] {
		if h.end > p {
			return false
		}
		// "The number for the order is ...": a word for "number"
		// names no type; the order's number is meant.
		if en := &kw.entries[h.entry]; h.end >= lo && en.groups&c.boost != 0 && !numberWord(en.phrase) {
			return true
		}
	}
	return false
}

// numberWord reports whether the phrase is a bare word for "number",
// which any value may follow.
func numberWord(phrase string) bool {
	switch phrase {
	case "number", "nummer", "numéro", "número", "numero", "no", "nr", "num", "numret", "nummeret", "numer", "numerem", "číslo", "cislo":
		return true
	}
	return false
}

// purposeLabel reports whether the label word that starts at p says what
// a value given by an earlier word is for, not what the value is: it
// follows a preposition of purpose, maybe with an article ("my SSN, for
// the invoice, is ...", "número de teléfono para el pedido: ..."), and a
// verb or a colon stands between it and the value at start. "phone for
// order 0612345678" quotes the order's number.
func purposeLabel(t string, p, start int) bool {
	g := t[p:start]
	if strings.IndexByte(g, ':') < 0 && !gapVerb(g) {
		return false
	}
	var low [8]byte
	for k := 0; k < 3; k++ {
		r, w := foldedWordBefore(t, p, " ,", low[:0])
		switch string(w) {
		case "for", "on", "für", "fürs", "zur", "zum", "pour", "para", "per", "voor":
			return true
		}
		if !articleWord(string(w)) {
			return false
		}
		p = r
	}
	return false
}

// articleWord reports whether the folded word w is an article, a
// demonstrative or a possessive of the chat languages, which may stand
// before a label's or a firm's word ("for the invoice", "is my order
// number", "ist meine Bestellnummer", "La Óptica Rubio").
func articleWord(w string) bool {
	switch w {
	case "the", "a", "an", "my", "our", "your", "this", "die", "der", "das", "den", "dem", "meine", "mein", "unsere",
		"la", "le", "les", "l", "ma", "mon", "el", "los", "las", "mi", "il", "lo", "mio", "mia",
		"de", "het", "een", "mijn", "onze", "o", "os", "as", "meu", "minha":
		return true
	}
	return false
}

// gapVerb reports whether g holds a word for "is" of the chat languages.
func gapVerb(g string) bool {
	for i := 0; i < len(g); {
		j := i
		for j < len(g) && wordByteAt(g, j) {
			j++
		}
		if j-i >= 2 && j-i <= 6 {
			var low [6]byte // "IS", "Ist", "È" in shouted or capitalised text
			if beVerb(string(foldBytes(low[:0], g[i:j]))) {
				return true
			}
		}
		i = j + 1
	}
	return false
}

// numberAfterLabel reports whether the hit h is a word for "number" that
// follows the label word last of c across a gap of joining words:
// "factura número", "Bestellung Nummer:". The label still names the
// number; the word is part of the gap.
func (s *state) numberAfterLabel(last, h kwHit, c *cand) bool {
	if last.entry < 0 || !labels(s.e.kw.entries[last.entry].groups, c) || h.end-h.start > 8 {
		return false
	}
	var low [8]byte
	return gapWord(foldBytes(low[:0], s.text[h.start:h.end])) && labelGap(s.text[last.end:h.start])
}

// secretColonBefore reports whether a colon and a space stand right
// before start and a secret's word (gSecret: key, token, secret) earlier
// in the colon's sentence, within 96 bytes: "our API key for the agency
// portal stopped working this morning: 7f3a9c2e...". The context window
// (ctxBefore) is too short for such a sentence; the colon says that what
// its sentence named follows.
func (s *state) secretColonBefore(start int) bool {
	t := s.text
	if start < 3 || t[start-1] != ' ' || t[start-2] != ':' {
		return false
	}
	colon := start - 2
	a := max(0, colon-96)
	if k := strings.LastIndexAny(t[a:colon], ".!?\n"); k >= 0 {
		a += k + 1
	}
	return s.groupWordBefore(colon, colon-a, gSecret)
}

// labelGap reports whether the text between a label word and its number
// holds only punctuation and the words that join them ("order no.",
// "tracking number is", "confirmation #:", "numéro de commande le").
func labelGap(g string) bool {
	comma := false
	for i := 0; i < len(g); {
		c := g[i]
		w := 0
		if c >= utf8.RuneSelf {
			w = wordSepWidth(g, i)
		}
		switch {
		case isDigit(c):
			return false
		case w > 0:
			i += w // "numéro de commande\u00a0:"
		case isWordByte(c):
			if comma {
				return false // "the parcel, number +44 7700 900123": a word after a comma labels anew
			}
			j := i + 1
			for j < len(g) && isWordByte(g[j]) && (g[j] < utf8.RuneSelf || wordSepWidth(g, j) == 0) {
				j++ // wordByteAt, inline
			}
			var low [8]byte
			if j-i > len(low) || !gapWord(foldBytes(low[:0], g[i:j])) {
				return false
			}
			i = j
		default:
			comma = comma || c == ','
			i++
		}
	}
	return true
}

// gapWord reports whether the folded word w joins a label word to its
// number: the words for "number" and "is" and the articles of the chat
// languages ("order no. the ...", "Rechnung Nr. die ...", "factura
// número el ..."). A switch, which the compiler turns into comparisons
// by length and bytes, costs less here than hashing for a map.
func gapWord(w []byte) bool {
	switch string(w) {
	case "number", "no", "nr", "nro", "num", "n", "id", "code",
		"nummer", "numéro", "número", "numero", "núm", "n°", "nº", "º", "°",
		"is", "was", "reads", "ist", "est", "es", "è", "é",
		"de", "di", "da", "do", "del", "du", "van",
		"the", "der", "die", "das", "den", "le", "la", "les",
		"l", "el", "il", "lo", "het", "o", "os":
		return true
	}
	return false
}

// candsByStart reports whether the candidates are in start order.
func candsByStart(c []cand) bool {
	for i := 1; i < len(c); i++ {
		if c[i].start < c[i-1].start {
			return false
		}
	}
	return true
}

// sortCandsByStart sorts the candidates by start. A few candidates (the
// rules' and recognizers' after the scan's) are sorted by insertion as
// slices.SortFunc sorts up to 12 elements, in the same order, but moving
// each misplaced candidate once instead of swapping it along, and with
// no call per comparison.
func sortCandsByStart(c []cand) {
	if len(c) > 12 {
		slices.SortFunc(c, func(a, b cand) int { return a.start - b.start })
		return
	}
	for i := 1; i < len(c); i++ {
		if c[i].start >= c[i-1].start {
			continue
		}
		x := c[i]
		j := i
		for j > 0 && c[j-1].start > x.start {
			c[j] = c[j-1]
			j--
		}
		c[j] = x
	}
}

// candsByStartEnd reports whether the candidates are in order of start,
// then end.
func candsByStartEnd(c []cand) bool {
	for i := 1; i < len(c); i++ {
		if c[i].start < c[i-1].start || c[i].start == c[i-1].start && c[i].end < c[i-1].end {
			return false
		}
	}
	return true
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// ruleWord reports whether a keyword entry is one of the rule's positive
// context words or keywords (as opposed to a negative one).
func ruleWord(r *compiledRule, en *kwEntry) bool {
	return slices.Contains(r.posWords, en.phrase)
}

// runeBounds moves a span inward onto UTF-8 character boundaries.
func runeBounds(t string, a, b int) (int, int) {
	for a < b && a < len(t) && t[a]&0xc0 == 0x80 {
		a++
	}
	for b > a && b < len(t) && t[b]&0xc0 == 0x80 {
		b--
	}
	return a, b
}

// ascending holds the indexes 0, 1, 2, ... of as many candidates as
// most texts have at most: the order by start of candidates that are in
// order already, which resolve reads without writing it. Nothing writes
// it.
var ascending = func() (t [256]int) {
	for i := range t {
		t[i] = i
	}
	return t
}()

// resolve keeps the best of overlapping candidates (see better).
func (s *state) resolve() {
	c := s.cands
	s.kept = s.kept[:0]
	if len(c) <= 1 {
		// Most messages hold one finding or none.
		if len(c) == 1 {
			s.kept = append(s.kept, 0)
		}
		return
	}
	// Candidates that overlap transitively form a cluster; each cluster
	// is resolved on its own, best first, so the work stays near linear
	// even for huge inputs with many candidates.
	// finish sorted the candidates by start: most often they are in
	// order of end too, and need no sort, and their order is the
	// indexes ascending, which need not be written. (Candidates that
	// tie on both overlap, and better orders them.)
	sorted := candsByStartEnd(c)
	// (Its capacity cut to its length: an append would copy, never
	// write into the table that every goroutine reads.)
	m := min(len(c), len(ascending))
	byStart := ascending[:m:m]
	if !sorted || len(c) > len(ascending) {
		byStart = s.order[:0]
		for i := range c {
			byStart = append(byStart, i)
		}
		s.order = byStart
		if !sorted {
			slices.SortFunc(byStart, func(x, y int) int {
				if c[x].start != c[y].start {
					return c[x].start - c[y].start
				}
				return c[x].end - c[y].end
			})
		}
	}
	for i := 0; i < len(byStart); {
		j := i + 1
		end := c[byStart[i]].end
		for j < len(byStart) && c[byStart[j]].start < end {
			end = max(end, c[byStart[j]].end)
			j++
		}
		if j == i+1 { // most candidates overlap none: no cluster is sliced
			s.kept = append(s.kept, byStart[i])
			i = j
			continue
		}
		cl := byStart[i:j]
		i = j
		s.cluster = append(s.cluster[:0], cl...)
		slices.SortFunc(s.cluster, better(c))
		base := len(s.kept)
		if len(cl) <= bigCluster || !s.keepCovered(c, c[cl[0]].start, end) {
			for _, k := range s.cluster {
				x := &c[k]
				ok := true
				for _, m := range s.kept[base:] {
					if c[m].start < x.end && x.start < c[m].end {
						ok = false
						break
					}
				}
				if ok {
					s.kept = append(s.kept, k)
				}
			}
		}
		slices.SortFunc(s.kept[base:], func(x, y int) int { return c[x].start - c[y].start })
	}
}

// bigCluster is the size of a cluster above which resolve marks the
// bytes its kept candidates cover rather than comparing each candidate
// with each one kept: a long chain of overlapping candidates ("lug
// 1990-01-02 lug 1990-01-02 ...", every month word and date overlapping
// the next) would otherwise cost the square of its length.
const bigCluster = 32

// keepCovered keeps the candidates of s.cluster, best first, that overlap
// none kept before them, as resolve does, by marking the bytes of the
// cluster's span [lo, hi) that the kept candidates cover. It reports
// false, keeping none, when a candidate is empty: an empty span covers no
// byte but may fall inside another.
func (s *state) keepCovered(c []cand, lo, hi int) bool {
	for _, k := range s.cluster {
		if c[k].start >= c[k].end {
			return false
		}
	}
	words := (hi - lo + 63) / 64
	if cap(s.covered) < words {
		s.covered = make([]uint64, words)
	}
	cov := s.covered[:words]
	clear(cov)
	for _, k := range s.cluster {
		a, b := c[k].start-lo, c[k].end-lo
		if !anyBit(cov, a, b) {
			setBits(cov, a, b)
			s.kept = append(s.kept, k)
		}
	}
	return true
}

// rangeMask returns the bits of word w of a bit set that fall in [a, b).
func rangeMask(w, a, b int) uint64 {
	m := ^uint64(0)
	if a > w*64 {
		m &= ^uint64(0) << (a - w*64)
	}
	if b < w*64+64 {
		m &= ^uint64(0) >> (w*64 + 64 - b)
	}
	return m
}

// anyBit reports whether a bit of bs in [a, b) is set.
func anyBit(bs []uint64, a, b int) bool {
	for w := a / 64; w <= (b-1)/64; w++ {
		if bs[w]&rangeMask(w, a, b) != 0 {
			return true
		}
	}
	return false
}

// setBits sets the bits of bs in [a, b).
func setBits(bs []uint64, a, b int) {
	for w := a / 64; w <= (b-1)/64; w++ {
		bs[w] |= rangeMask(w, a, b)
	}
}

// better orders candidates best first: named by the word that labels
// it, then higher score, then confirmed by a context word, then longer, then earlier, then by type and recognizer
// name, so the result is deterministic.
func better(c []cand) func(x, y int) int {
	return func(x, y int) int {
		a, b := &c[x], &c[y]
		switch {
		case a.named != b.named:
			if a.named {
				return -1
			}
			return 1
		case a.score != b.score:
			if a.score > b.score {
				return -1
			}
			return 1
		case a.boosted != b.boosted:
			if a.boosted {
				return -1
			}
			return 1
		case a.end-a.start != b.end-b.start:
			return (b.end - b.start) - (a.end - a.start)
		case a.start != b.start:
			return a.start - b.start
		case a.typ != b.typ:
			return strings.Compare(a.typ, b.typ)
		}
		return strings.Compare(a.rec, b.rec)
	}
}

// deny adds deny-list findings and drops whatever they overlap.
func (s *state) deny() {
	e := s.e
	var add []cand
	for _, h := range s.hits {
		en := &e.kw.entries[h.entry]
		if en.deny != "" && !wordByteAt(s.text, h.end) && (e.denyCase == nil || spellsOne(s.text[h.start:h.end], e.denyCase[en.deny])) {
			add = append(add, cand{start: h.start, end: h.end, typ: en.deny, rec: "deny_list", score: 1, rule: -1})
		}
	}
	for _, d := range e.denyLit {
		for off := 0; off < len(s.text); {
			a := indexDeny(s.text, off, d.value, e.denyCase == nil)
			if a < 0 {
				break
			}
			b := a + len(d.value)
			if wordRuneBefore(s.text, a) || wordRuneAt(s.text, b) {
				off = a + 1
				continue
			}
			add = append(add, cand{start: a, end: b, typ: d.typ, rec: "deny_list", score: 1, rule: -1})
			off = b
		}
	}
	if len(add) == 0 {
		return
	}
	keep := s.kept[:0]
	for _, k := range s.kept {
		c := &s.cands[k]
		if !slices.ContainsFunc(add, func(d cand) bool { return d.start < c.end && c.start < d.end }) {
			keep = append(keep, k)
		}
	}
	s.kept = keep
	for _, d := range add {
		d.start, d.end = runeBounds(s.text, d.start, d.end)
		if slices.ContainsFunc(s.kept, func(k int) bool { return s.cands[k].start < d.end && d.start < s.cands[k].end }) {
			continue
		}
		s.cands = append(s.cands, d)
		s.kept = append(s.kept, len(s.cands)-1)
	}
	slices.SortFunc(s.kept, func(x, y int) int { return s.cands[x].start - s.cands[y].start })
}

// dropCands removes the candidates drop says to, keeping the others in
// their order; a candidate is big, so it is moved only when one before it
// went.
func (s *state) dropCands(drop func(c *cand) bool) {
	out := 0
	for k := range s.cands {
		c := &s.cands[k]
		if drop(c) {
			continue
		}
		if out != k {
			s.cands[out] = *c
		}
		out++
	}
	s.cands = s.cands[:out]
}

// indexDeny returns the first index from off where text holds v, in any
// case when fold is set (the first letter folded only in ASCII), or -1.
func indexDeny(text string, off int, v string, fold bool) int {
	if !fold {
		if i := strings.Index(text[off:], v); i >= 0 {
			return off + i
		}
		return -1
	}
	c := v[0]
	lo, up := c, c
	if c >= 'a' && c <= 'z' {
		up = c - 'a' + 'A'
	} else if c >= 'A' && c <= 'Z' {
		lo = c - 'A' + 'a'
	}
	// The next lower- and upper-case first letters, each searched for
	// again only once passed: a search per position could read to the
	// far end of the text at every one of them.
	nextLo, nextUp := off-1, off-1
	next := func(i int, c byte, at *int) {
		if *at < i {
			if k := strings.IndexByte(text[i:], c); k >= 0 {
				*at = i + k
			} else {
				*at = len(text)
			}
		}
	}
	for i := off; i+len(v) <= len(text); i++ {
		next(i, lo, &nextLo)
		next(i, up, &nextUp)
		if i = min(nextLo, nextUp); i+len(v) > len(text) {
			return -1
		}
		if strings.EqualFold(text[i:i+len(v)], v) {
			return i
		}
	}
	return -1
}

// wordRuneBefore and wordRuneAt report a letter, a digit or '_' right
// before i or at i: what a deny-list value must not touch.
func wordRuneBefore(t string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func wordRuneAt(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// spellsOne reports whether w, a deny list's hit, spells one of vals as
// written, a space in a value matching any space in w.
func spellsOne(w string, vals []string) bool {
	for _, v := range vals {
		if w == v || strings.Join(strings.Fields(w), " ") == strings.Join(strings.Fields(v), " ") {
			return true
		}
	}
	return false
}

// possessiveNext reports whether g is a comma and a capitalised name's
// possessive, which give the next person's value of a list: ", Ahmed's ".
func possessiveNext(g string) bool {
	if len(g) < 6 || g[0] != ',' || g[1] != ' ' || !isUpperByte(g[2]) || g[len(g)-1] != ' ' {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(g[2:len(g)-1], "'s"), "’s")
	if len(w) == len(g)-3 || len(w) < 2 {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !isLetter(w[i]) {
			return false
		}
	}
	return true
}

// expiryBefore reports whether the word right before the date at start,
// past a colon or a period and spaces, says it is when a card or a
// document expires: "exp 11/28", "Exp.: 09/27", "valid thru 04/29",
// "expiry 2031-05-01".
func expiryBefore(t string, start int) bool {
	i := start
	for i > 0 && (t[i-1] == ' ' || t[i-1] == ':' || t[i-1] == '.') && start-i < 4 {
		i--
	}
	j := i
	for j > 0 && isLetter(t[j-1]) && i-j < 10 {
		j--
	}
	if j == i || j > 0 && isLetter(t[j-1]) {
		return false
	}
	var low [10]byte
	switch string(lowerASCII(low[:0], t[j:i])) {
	case "exp", "expiry", "expires", "expiration", "thru", "through", "vence", "venc", "scad", "ablauf":
		return true
	}
	return false
}

// surnameBirthWord reports whether the birth word [a, e) is a surname
// after a given name, as Brazil's "Nascimento" is: capitalised, right
// after a capitalised word and a space ("Gabriel Nascimento"; not "Data
// de Nascimento:").
func surnameBirthWord(t string, a, e int) bool {
	if a < 3 || !isUpperByte(t[a]) || t[a-1] != ' ' || !equalLowerASCII("nascimento", t[a:e]) {
		return false // of the birth words, only Brazil's is a common surname ("My DOB is ..." stays)
	}
	j := a - 1
	for j > 0 && isLetter(t[j-1]) {
		j--
	}
	return j < a-2 && isUpperByte(t[j]) && !isUpperByte(t[j+1])
}

// plusAt reports whether the number at p opens with '+', maybe inside a
// bracket: "+49 171 ...", "(+44) 7700 ...".
func plusAt(t string, p int) bool {
	return p < len(t) && (t[p] == '+' || t[p] == '(' && p+1 < len(t) && t[p+1] == '+')
}
