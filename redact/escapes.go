package redact

import (
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A log line or a pasted API payload holds JSON strings still escaped:
// `"note":"call me\n+1 202 555 0143"`, `"to":"\u003cbob@example.com\u003e"`
// (encoding/json escapes '<', '>' and '&' so), `"name":"Zo\u00eb
// Fern\u00e1ndez"` (Python's json.dumps escapes every letter beyond
// ASCII). Read as they stand, the escape's letter is glued to the word
// after it ("nbob@example.com"), a number after "\t" reads as part of a
// word and is passed over, and a surname with an accent is cut at it.
// Detect reads such a text with its escapes decoded and maps the offsets
// of what it finds back to the text (see unescapeJSON).

// shift says that from offset at of a decoded text on, an offset of the
// text it was decoded from is by bytes further.
type shift struct{ at, by int }

// unescapeJSON returns text with the escapes of JSON strings decoded
// ("\n", "\t", "\"", "\\", "\/", "\u00e9", surrogate pairs) and the shifts
// that map its offsets back to text's (see unescapedOffset), or text and
// nil when it holds none; json reports that the text reads as JSON (see
// jsonEscaped); one that does not has only its line breaks and tabs
// decoded (breakEscape).
// A backslash before any other byte stays as it is, and so does an
// unpaired surrogate: the decoding never fails.
func unescapeJSON(text string) (view string, shifts []shift, json bool) {
	i := strings.IndexByte(text, '\\')
	if i < 0 {
		return text, nil, false
	}
	json = jsonEscaped(text, i)
	view, shifts = decodeEscapes(text, i, json)
	return view, shifts, json
}

// decodeEscapes is unescapeJSON for a text whose first backslash is at i:
// every escape when it reads as JSON, else only the breaks that
// breakEscape tells from a path's or a password's backslash.
func decodeEscapes(text string, i int, json bool) (string, []shift) {
	v := viewBuilder{text: text}
	broke := false // the escape that ends at v.last was a break
	for i >= 0 {
		r, w := escapeAt(text, i)
		if w > 0 && (json || breakEscape(text, i, broke && v.last == i)) {
			v.replace(i, w, r)
			broke = r == '\n' || r == '\r' || r == '\t'
			i = v.last
		} else if w == 2 && text[i+1] == '\\' {
			i += 2 // an escaped backslash left as written: its second half escapes nothing
		} else {
			i++ // a backslash before a byte JSON does not escape
		}
		j := strings.IndexByte(text[i:], '\\')
		if j < 0 {
			break
		}
		i += j
	}
	return v.view()
}

// viewBuilder writes a view of text with some of its characters
// replaced (an escape by what it stands for, a reference by its
// character), and the shifts that map the view's offsets back (see
// unescapedOffset).
type viewBuilder struct {
	text   string
	b      []byte
	shifts []shift
	last   int // text[last:] is still to be copied
}

// replace writes r in place of text[i:i+w], after what is still to be
// copied before i.
func (v *viewBuilder) replace(i, w int, r rune) {
	v.copyTo(i)
	v.b = utf8.AppendRune(v.b, r)
	v.mark(i + w)
}

// replaceBytes writes s in place of text[i:i+w], as replace writes a
// character: the digits of number words (see spokenNumbers).
func (v *viewBuilder) replaceBytes(i, w int, s []byte) {
	v.copyTo(i)
	v.b = append(v.b, s...)
	v.mark(i + w)
}

// copyTo copies what is still to be copied before i.
func (v *viewBuilder) copyTo(i int) {
	if v.b == nil {
		v.b = make([]byte, 0, len(v.text))
	}
	v.b = append(v.b, v.text[v.last:i]...)
}

// mark records that the view written so far stands for text up to end.
func (v *viewBuilder) mark(end int) {
	v.last = end
	v.shifts = append(v.shifts, shift{at: len(v.b), by: v.last - len(v.b)})
}

// view returns the view and its shifts, or the text and nil when
// nothing was replaced.
func (v *viewBuilder) view() (string, []shift) {
	if v.b == nil {
		return v.text, nil
	}
	return string(append(v.b, v.text[v.last:]...)), v.shifts
}

// jsonEscaped reports whether text, whose first backslash is at i, holds
// JSON strings as JSON writes them: a member's name and its colon
// (`"note":`), an escaped quote or a \u escape. A backslash elsewhere is
// as often a Windows path's ("\\srv\users\nancy.wong@corp.com"), a domain
// account's ("CORP\nkumar") or a password's ("x9\fQ7!mzP2kd"), which
// decoding would cut: there only the breaks of breakEscape are decoded.
func jsonEscaped(text string, i int) bool {
	if strings.Contains(text, `":`) || strings.Contains(text[i:], `\"`) {
		return true
	}
	for k := i; k >= 0; {
		if _, ok := hex4(text, k+2); ok && k+1 < len(text) && text[k+1] == 'u' {
			return true
		}
		j := strings.IndexByte(text[k+1:], '\\')
		if j < 0 {
			break
		}
		k += 1 + j
	}
	return false
}

// driveLetter reports whether the colon at text[c] ends a Windows drive's
// letter ("C:"), which a path's backslash follows.
func driveLetter(text string, c int) bool {
	return c >= 1 && isLetter(text[c-1]) && (c == 1 || !isLetter(text[c-2]))
}

// breakEscape reports whether the escape at text[i], in a text that does
// not read as JSON, is a line break or a tab all the same: a log line's
// `body="Regards,\nOlusegun Adeyemi"`, a Python dict's 'call me\nMaria'.
// It is "\n", "\r" or "\t" after a space or punctuation other than a
// drive's colon ("C:\new"), right after such a break (afterBreak: "\r\n"),
// before the text's end, a quote or a space, or between a lower-case
// letter and a capitalised word or a number ("call me\nMaria", "Smith\nI
// live", "Smith\n12 Baker Street").
// Elsewhere it is as often a path's ("\\srv\users\nancy", "CORP\nkumar")
// and stays as written. A password may hold one anywhere ("abc\nRoar99"):
// Detect reads such a text as written too (see addUncovered).
func breakEscape(text string, i int, afterBreak bool) bool {
	if i+1 >= len(text) {
		return false
	}
	if c := text[i+1]; c != 'n' && c != 'r' && c != 't' {
		return false
	}
	// Right after another break, or before the end of the text, a quote
	// or a space ("Regards,\nMaria Garcia\n\"").
	if afterBreak || i+2 >= len(text) || strings.IndexByte("\"' ", text[i+2]) >= 0 {
		return true
	}
	if i == 0 {
		return false
	}
	if p := text[i-1]; strings.IndexByte(" ,.;!?)", p) >= 0 || p == ':' && !driveLetter(text, i-1) {
		return true
	}
	if text[i-1] < 'a' || text[i-1] > 'z' || i >= 2 && text[i-2] == '\\' {
		return false // a letter, not an escape's ("Xy7\n\nNx")
	}
	// The word after the breaks ("\r\n", at most four read).
	j := i + 2
	for k := 0; k < 3 && j+1 < len(text) && text[j] == '\\' && strings.IndexByte("nrt", text[j+1]) >= 0; k++ {
		j += 2
	}
	if j+1 >= len(text) {
		return false
	}
	if isDigitByte(text[j]) {
		return true
	}
	return text[j] >= 'A' && text[j] <= 'Z' && (text[j+1] >= 'a' && text[j+1] <= 'z' || text[j+1] == ' ')
}

// escapeAt decodes the JSON escape at text[i] (a backslash) into the rune
// it stands for and its width in text, or returns width 0 when none
// starts there.
func escapeAt(text string, i int) (rune, int) {
	if i+1 >= len(text) {
		return 0, 0
	}
	switch text[i+1] {
	case '"', '\\', '/':
		return rune(text[i+1]), 2
	case 'n':
		return '\n', 2
	case 't':
		return '\t', 2
	case 'r':
		return '\r', 2
	case 'b':
		return '\b', 2
	case 'f':
		return '\f', 2
	case 'u':
		r, ok := hex4(text, i+2)
		if !ok {
			return 0, 0
		}
		if utf16.IsSurrogate(r) {
			if lo, ok := hex4(text, i+8); ok && text[i+6] == '\\' && text[i+7] == 'u' {
				if p := utf16.DecodeRune(r, lo); p != utf8.RuneError {
					return p, 12
				}
			}
			return 0, 0 // an unpaired half: left as it is
		}
		return r, 6
	}
	return 0, 0
}

// hexVal returns the value of the hexadecimal digit c, or -1.
func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c|0x20 >= 'a' && c|0x20 <= 'f':
		return int(c|0x20-'a') + 10
	}
	return -1
}

// hex4 reads four hexadecimal digits at text[i:].
func hex4(text string, i int) (rune, bool) {
	if i+4 > len(text) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(text[i : i+4]) {
		d := hexVal(c)
		if d < 0 {
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	return r, true
}

// breakLetterAt reports whether offset pos of the text is the letter of a
// two-byte escape that unescapeJSON decoded ("n" of "\n"): its shift
// ends the escape right after pos.
func breakLetterAt(shifts []shift, pos int) bool {
	k := sort.Search(len(shifts), func(k int) bool { return shifts[k].at+shifts[k].by > pos })
	return k < len(shifts) && shifts[k].at+shifts[k].by == pos+1
}

// unescapeFindings maps the offsets of findings in a view that a
// viewBuilder wrote back to the text it was written from.
func unescapeFindings(fs []Finding, shifts []shift) {
	for i := range fs {
		fs[i].Start = unescapedOffset(shifts, fs[i].Start)
		fs[i].End = unescapedOffset(shifts, fs[i].End)
	}
}

// unescapedOffset maps offset d of a text that unescapeJSON decoded back to
// the text it decoded: for d at a character's start, the escape (or the
// byte) that wrote that character starts at the offset returned, and d at
// the decoded text's end maps to the text's end. Findings start and end
// at characters' starts (see runeBounds); an offset inside a character
// that an escape wrote maps inside the escape.
func unescapedOffset(shifts []shift, d int) int {
	// The last shift at or before d is the one in force there.
	k := sort.Search(len(shifts), func(k int) bool { return shifts[k].at > d })
	if k == 0 {
		return d
	}
	return d + shifts[k-1].by
}
