package redact

import (
	"context"
	"strings"
)

// Digits and ASCII typed in other forms. A Japanese or Chinese input
// method types full-width forms ("０９０－５５１２－７７０３",
// "ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐ"), and Arabic, Persian and Urdu
// keyboards, and Hindi and Bengali ones, their own digits ("٠١١٥٣٨٢٧٤٦٠",
// "۰۹۱۲۳۴۵۶۷۸۹", "९८७६५४३२१०"). The recognizers read ASCII digits, so a
// text that holds such characters is read with them folded to ASCII
// (foldForms), and the findings' offsets are mapped back to the text as
// written, as for decoded escapes.

// foldable reports whether text, which is not all ASCII, holds a
// character foldForms folds. It looks for the characters' lead bytes
// one by one: a byte search per lead costs less than a loop over every
// byte of a text with accents.
func foldable(text string) bool {
	for _, lead := range [...]byte{0xef, 0xd9, 0xdb, 0xe0, 0xc2, 0xe2} {
		for i := 0; ; i++ {
			k := strings.IndexByte(text[i:], lead)
			if k < 0 {
				break
			}
			i += k
			if _, w := foldAt(text, i); w > 0 {
				return true
			}
		}
	}
	return false
}

// foldAt returns the ASCII byte of the character at text[i] and its
// width when foldForms folds it, else 0, 0: a full-width form of ASCII
// (U+FF01 to U+FF5E), an Arabic-Indic or Extended Arabic-Indic digit
// (U+0660 to U+0669, U+06F0 to U+06F9), a Devanagari or Bengali digit
// (U+0966 to U+096F, U+09E6 to U+09EF). It returns 0 and the width of
// an invisible character that foldForms drops (since session 54): a soft
// hyphen (U+00AD), which a PDF leaves inside words
// ("Schwarzen\u00adberger", "mar\u00adtin@laposte.net"), and a zero-width
// space, a word joiner or a byte order mark glued inside a value, between
// two of its letters, digits or marks ("j.whitfield\u200b@yahoo.co.uk",
// "24\u200b99"); between words or groups they read as spaces, as before
// (formatWidth).
func foldAt(text string, i int) (byte, int) {
	c := text[i]
	switch {
	case c == 0xc2 && i+1 < len(text) && text[i+1] == 0xad:
		return 0, 2
	case (c == 0xe2 || c == 0xef) && i+2 < len(text) && invisibleInside(text, i):
		return 0, 3
	case c == 0xd9 && i+1 < len(text) && text[i+1] >= 0xa0 && text[i+1] <= 0xa9:
		return '0' + text[i+1] - 0xa0, 2
	case c == 0xdb && i+1 < len(text) && text[i+1] >= 0xb0 && text[i+1] <= 0xb9:
		return '0' + text[i+1] - 0xb0, 2
	case c == 0xe0 && i+2 < len(text) && (text[i+1] == 0xa5 || text[i+1] == 0xa7) && text[i+2] >= 0xa6 && text[i+2] <= 0xaf:
		return '0' + text[i+2] - 0xa6, 3
	case c == 0xef && i+2 < len(text):
		// U+FF01..U+FF3F are EF BC 81..BF, U+FF40..U+FF5E EF BD 80..9E.
		switch d, e := text[i+1], text[i+2]; {
		case d == 0xbc && e >= 0x81 && e <= 0xbf:
			return 0x21 + e - 0x81, 3
		case d == 0xbd && e >= 0x80 && e <= 0x9e:
			return 0x60 + e - 0x80, 3
		}
	}
	return 0, 0
}

// invisibleInside reports whether text[i:i+3] is a zero-width space
// (U+200B), a word joiner (U+2060) or a byte order mark (U+FEFF) with a
// value's byte on both sides: an ASCII letter or digit, or one of
// "@._-+".
func invisibleInside(text string, i int) bool {
	switch text[i : i+3] {
	case "\u200b", "\u2060", "\ufeff":
	default:
		return false
	}
	valueByte := func(b byte) bool {
		return isAlnum(b) || b == '@' || b == '.' || b == '_' || b == '-' || b == '+'
	}
	return i > 0 && i+3 < len(text) && valueByte(text[i-1]) && valueByte(text[i+3])
}

// foldForms returns text with the characters foldAt folds written in
// ASCII, and those it drops left out, and the shifts that map its
// offsets back (see unescapedOffset).
func foldForms(text string) (string, []shift) {
	var b strings.Builder
	b.Grow(len(text))
	var shifts []shift
	last := 0
	for i := 0; i < len(text); {
		a, w := foldAt(text, i)
		if w == 0 {
			i++
			continue
		}
		b.WriteString(text[last:i])
		if a != 0 {
			b.WriteByte(a)
		}
		i += w
		last = i
		shifts = append(shifts, shift{at: b.Len(), by: last - b.Len()})
	}
	b.WriteString(text[last:])
	return b.String(), shifts
}

// detectFolded runs detect over text with its forms folded to ASCII and
// maps the findings back to text.
func (e *Engine) detectFolded(ctx context.Context, text string) ([]Finding, error) {
	view, shifts := foldForms(text)
	fs, err := e.detect(ctx, view)
	if err != nil {
		return nil, err
	}
	for i := range fs {
		fs[i].Start = unescapedOffset(shifts, fs[i].Start)
		fs[i].End = droppedBefore(text, fs[i].Start, unescapedOffset(shifts, fs[i].End))
	}
	return fs, nil
}

// droppedBefore returns end moved back over the characters foldForms
// dropped right before it, down to start: a finding that ends where an
// invisible character was dropped ends before it ("Mainz\u200b.").
func droppedBefore(text string, start, end int) int {
	for {
		moved := false
		for _, w := range [...]int{2, 3} {
			if end-w > start {
				if a, n := foldAt(text, end-w); a == 0 && n == w {
					end -= w
					moved = true
					break
				}
			}
		}
		if !moved {
			return end
		}
	}
}
