package redact

import (
	"strings"
	"unicode/utf8"
)

// HTML's character references left in text exported from a helpdesk or
// pasted from a web page: "Birkenweg&nbsp;5, 32052&nbsp;Herford",
// "05221&nbsp;1738&nbsp;204", "anna&#64;example.com", "Smith &amp; Co"
// (session 69). Read as they stand, a reference parts a number's groups
// or an address's words with a word ("nbsp"), and "&#64;" hides an
// e-mail's '@'. Detect reads such a text with the references decoded
// and maps the offsets of what it finds back to the text as written, a
// finding covering the whole of every reference it takes in (see
// unescapedOffset).

// decodeEntities returns text with the character references from its
// first '&', at i, on decoded, and the shifts that map the offsets of
// the decoded text back (see unescapedOffset); text and nil when it
// holds none. Only the references a chat's export writes are decoded:
// "&nbsp;" (a no-break space), "&amp;", "&lt;", "&gt;", "&quot;",
// "&apos;", and numeric ones ("&#64;", "&#x40;") of a character that is
// not a control; any other '&' stays as written.
func decodeEntities(text string, i int) (string, []shift) {
	v := viewBuilder{text: text}
	for i >= 0 {
		if r, w := entityAt(text, i); w > 0 {
			v.replace(i, w, r)
			i = v.last
		} else {
			i++
		}
		j := strings.IndexByte(text[i:], '&')
		if j < 0 {
			break
		}
		i += j
	}
	return v.view()
}

// entityAt returns the character that the reference at text[i], an '&',
// stands for and the reference's width, or 0, 0.
func entityAt(text string, i int) (rune, int) {
	j := i + 1
	end := strings.IndexByte(text[j:min(len(text), j+10)], ';')
	if end < 1 {
		return 0, 0
	}
	name := text[j : j+end]
	w := end + 2
	switch name {
	case "nbsp":
		return '\u00a0', w
	case "amp":
		return '&', w
	case "lt":
		return '<', w
	case "gt":
		return '>', w
	case "quot":
		return '"', w
	case "apos":
		return '\'', w
	}
	if name[0] != '#' || len(name) < 2 {
		return 0, 0
	}
	digits, base := name[1:], rune(10)
	if digits[0] == 'x' || digits[0] == 'X' {
		digits, base = digits[1:], 16
	}
	if digits == "" || len(digits) > 7 {
		return 0, 0
	}
	var r rune
	for k := 0; k < len(digits); k++ {
		d := hexVal(digits[k])
		if d < 0 || rune(d) >= base {
			return 0, 0
		}
		r = r*base + rune(d)
	}
	if r < 0x20 || r == 0x7f || r > utf8.MaxRune || r >= 0xd800 && r <= 0xdfff {
		return 0, 0
	}
	return r, w
}
