package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTokenizeTailOfSession76ntok compares entTokenize, whose loop over
// a word stops at the text's last byte that is no letter or digit
// without testing the text's end and whose last word, of letters and
// digits, entTailWord reads, with the tokenizer before session 76,
// which tested the end at every byte: on texts that end in a word, a
// space, punctuation, a non-ASCII letter or an invalid byte, on texts
// of one word and empty ones, on random texts of the bytes that matter,
// and on the golden texts.
func TestTokenizeTailOfSession76ntok(t *testing.T) {
	texts := []string{
		"", "a", "A", "7", " ", ".", "é", "\xff", "ab", "AB", "A1", "1A", "12", "Anna", "ANNA", "anna berg", "Anna Berg",
		"call me at 5", "order 4521", "the end.", "the end ", "anna.berg", "a.b", "ann_berg", "don't", "don'", "O'Brien",
		"Anna's", "2025-08-26", "378-37-9613", "Jean-Luc", "x-", "café", "Zoë", "naïve x", "x é", "é x", "I’m", "Ó",
		"STRAßE", "hello\nworld", "a\n\nb", "tab\tx", "a  b", "x\u2028y", "🙂 Ola", "abc\xffdef", "\xffabc",
	}
	r := rand.New(rand.NewPCG(76, 1))
	const alphabet = "aZ9 .'-_\n\t,é’\xff#/"
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			k := r.IntN(len(alphabet))
			b.WriteByte(alphabet[k])
		}
		texts = append(texts, b.String())
	}
	var got, want []entToken
	check := func(t *testing.T, text string) {
		var all, wantAll uint32
		got, all = entTokenize(text, got)
		want, wantAll = entTokenizePlain76(text, want)
		if all != wantAll || !slices.Equal(got, want) {
			t.Fatalf("entTokenize(%q) = %v, %#x; the plain tokenizer's %v, %#x", text, got, all, want, wantAll)
		}
	}
	for _, text := range texts {
		check(t, text)
	}
	t.Run("golden", func(t *testing.T) {
		for _, text := range softGoldenTexts(t) {
			check(t, text)
		}
	})
}

// entTokenizePlain76 is entTokenize before session 76.
func entTokenizePlain76(text string, toks []entToken) ([]entToken, uint32) {
	// A text never has more tokens than bytes: size the buffer once and
	// store by index, so the hot loop has no growth check.
	if cap(toks) < len(text) {
		toks = make([]entToken, len(text), max(len(text), 256))
	}
	toks = toks[:len(text)]
	n := 0
	var all uint32
	var pending uint32 // efNL, efBlank, efSpace for the next token
	for i := 0; i < len(text); {
		// The plain ASCII tokens are split by a loop that calls nothing,
		// so that its state stays in registers; it stops at what follows.
		var f uint32
		i, n, pending, f = entTokenizeASCIIPlain76(text, toks, i, n, pending)
		all |= f
		if i >= len(text) {
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

// entTokenizeASCIIPlain76 is entTokenizeASCII before session 76: its
// loop over a word tests the text's end at every byte.
func entTokenizeASCIIPlain76(text string, toks []entToken, i, n int, pending uint32) (int, int, uint32, uint32) {
	// The pending flags in a register's width, which the head takes
	// without a conversion; and the union of the tokens' heads, whose
	// high halves are their flags: one OR a token, where the flags alone
	// take a copy and a shift of the head as well.
	pend := uint64(pending)
	var heads uint64
	// (An unsigned test, which spares the bounds check of text[i].)
	for uint(i) < uint(len(text)) {
		c := text[i]
		// A word of ASCII letters and digits that ends at a space or
		// plain punctuation; entScanWord takes the others. wordStart
		// tells a word's first byte from the others at once, and acc
		// gathers what its bytes say of it (see wordHead).
		if acc := wordAcc[c]; acc != 0 {
			start := i
			i++
			// b ends as the entry of the byte after the word, which
			// says whether it is glue or a space, or as that of the
			// word's last byte when the text ends: neither.
			var b uint8
			for i < len(text) {
				b = wordAcc[256+int(text[i])]
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
		switch entClass[c] {
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
		case ecHigh:
			return i, n, uint32(pend), uint32(heads >> 32)
		default:
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
		}
		pend = 0
	}
	return i, n, uint32(pend), uint32(heads >> 32)
}
