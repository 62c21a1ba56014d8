package redact

import (
	"strconv"
	"strings"
)

// PlaceholderFormat says how placeholders are written: Open, the label of
// the entity type, an underscore, the number, Close. The zero value writes
// <EMAIL_ADDRESS_1>, <PERSON_2>, ...
//
// Restoration is tolerant of what models do to placeholders: changed case,
// other brackets (<> [] {} ()), a missing bracket, a space or hyphen
// instead of the underscore, a placeholder inside a longer word. It only
// ever restores placeholders that the conversation's [Vault] issued.
type PlaceholderFormat struct {
	// Open and Close surround the placeholder; empty means "<" and ">".
	Open, Close string
	// Labels maps an entity type to the label written in its placeholders,
	// e.g. "EMAIL_ADDRESS" to "EMAIL". Types not in the map use the type
	// itself. Labels must be made of ASCII letters, digits and underscores
	// and start with a letter.
	Labels map[string]string
}

func (f PlaceholderFormat) open() string {
	if f.Open == "" {
		return "<"
	}
	return f.Open
}

func (f PlaceholderFormat) close() string {
	if f.Close == "" {
		return ">"
	}
	return f.Close
}

// label returns the label of an entity type.
func (f PlaceholderFormat) label(typ string) string {
	if l, ok := f.Labels[typ]; ok && validLabel(l) {
		return l
	}
	if validLabel(typ) {
		return typ
	}
	return "PII"
}

// format writes the placeholder for the nth value of a label.
func (f PlaceholderFormat) format(label string, n int) string {
	return f.open() + label + "_" + strconv.Itoa(n) + f.close()
}

func validLabel(l string) bool {
	if l == "" || !isASCIILetter(l[0]) {
		return false
	}
	for i := 0; i < len(l); i++ {
		c := l[i]
		if !isASCIILetter(c) && !(c >= '0' && c <= '9') && c != '_' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' }

// isOpen accepts the brackets models swap in. Parentheses are not among
// them: in prose they are ordinary punctuation around a placeholder.
func isOpen(c byte) bool { return c == '<' || c == '[' || c == '{' }

// closes reports whether c may close a placeholder opened with open (0 for
// none): the matching bracket, or the other of < > and [ ], which models
// mix up.
func closes(open, c byte) bool {
	switch c {
	case '>', ']':
		return open != '{'
	case '}':
		return open == '{'
	}
	return false
}

// isSep accepts the separators models put between words of a label and
// before the number.
func isSep(c byte) bool { return c == '_' || c == '-' || c == ' ' }

// matchState is the outcome of trying to read a placeholder at a position.
type matchState int

const (
	phNoMatch matchState = iota
	phPartial            // could still become a placeholder with more text
	phMatched
)

// placeholderAt tries to read a placeholder of one of labels at s[i:].
// With final false, a read that runs into the end of s is partial, since
// the next chunk of a stream may complete it. It returns the end of the
// placeholder and the label index and number it names.
func placeholderAt(s string, i, prev int, labels []string, final bool, open, close string) (state matchState, end, label, n int) {
	j := i
	bracket, double := false, false
	var openChar byte
	switch {
	case open != "" && strings.HasPrefix(s[j:], open) && !(len(open) == 1 && isOpen(open[0])):
		j += len(open)
		bracket = true
	case j < len(s) && isOpen(s[j]):
		openChar = s[j]
		j++
		bracket = true
		if j < len(s) && s[j] == openChar {
			j++ // "<<EMAIL_1>>"
			double = true
		}
	case open != "" && !final && strings.HasPrefix(open, s[j:]):
		return phPartial, 0, 0, 0
	}
	if bracket && j < len(s) && s[j] == ' ' {
		j++ // "< EMAIL_1 >"
	}
	if !bracket && alnumBefore(s, i, prev) {
		// A bare label must start a word; with a bracket it may sit inside one.
		return phNoMatch, 0, 0, 0
	}
	if j == len(s) {
		if bracket && !final {
			return phPartial, 0, 0, 0
		}
		return phNoMatch, 0, 0, 0
	}
	best := phNoMatch
	for li, l := range labels {
		st, e, num := labelAt(s, j, l, final)
		switch st {
		case phMatched:
			if bracket && e+1 == len(s) && s[e] == ' ' && !final {
				// "< EMAIL_1 " may still close in the next chunk.
				return phPartial, 0, 0, 0
			}
			if bracket && e+1 < len(s) && s[e] == ' ' && (strings.HasPrefix(s[e+1:], close) || closes(openChar, s[e+1])) {
				e++
			}
			end = closeAt(s, e, close, openChar)
			if double && end > e {
				if end == len(s) && !final {
					// "<<EMAIL_1>" may get its second bracket next.
					return phPartial, 0, 0, 0
				}
				end = closeAt(s, end, close, openChar)
			}
			if end == e && end == len(s) && !final {
				// A closing bracket may still come in the next chunk.
				return phPartial, 0, 0, 0
			}
			return phMatched, end, li, num
		case phPartial:
			best = phPartial
		}
	}
	return best, 0, 0, 0
}

// labelAt reads label l (case-insensitive, any separator for '_'), an
// optional separator and a number at s[j:].
func labelAt(s string, j int, l string, final bool) (matchState, int, int) {
	k := 0
	for k < len(l) {
		if j == len(s) {
			if final {
				return phNoMatch, 0, 0
			}
			return phPartial, 0, 0
		}
		c, want := s[j], l[k]
		switch {
		case want == '_' && isSep(c):
		case c|0x20 == want|0x20 && isASCIILetter(c):
		case c == want:
		default:
			return phNoMatch, 0, 0
		}
		j++
		k++
	}
	if j < len(s) && isSep(s[j]) {
		j++
	}
	start := j
	for j < len(s) && s[j] >= '0' && s[j] <= '9' && j-start < 9 {
		j++
	}
	switch {
	case j == len(s) && !final:
		return phPartial, 0, 0
	case j == start || s[start] == '0':
		return phNoMatch, 0, 0
	case j < len(s) && s[j] >= '0' && s[j] <= '9':
		return phNoMatch, 0, 0
	}
	n, _ := strconv.Atoi(s[start:j])
	return phMatched, j, n
}

// closeAt skips one closing bracket at s[j:] that may close openChar, if
// there is one.
func closeAt(s string, j int, close string, openChar byte) int {
	if close != "" && strings.HasPrefix(s[j:], close) {
		return j + len(close)
	}
	if j < len(s) && closes(openChar, s[j]) {
		return j + 1
	}
	return j
}
