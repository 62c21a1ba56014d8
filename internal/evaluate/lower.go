package evaluate

import (
	"unicode"
	"unicode/utf8"
)

// pastedLabels are the corpus labels of values a writer pastes rather
// than types: they keep their case in [ChatCorpus.Lowered].
var pastedLabels = map[string]bool{
	"AWS_ACCESS_KEY": true, "AWS_SECRET_KEY": true, "GITHUB_TOKEN": true, "STRIPE_KEY": true,
	"SLACK_TOKEN": true, "IBAN": true, "URL": true, "IPV6": true,
	"SKU": true, "TICKET_ID": true, "ORDER_ID": true, "TRACKING_NO": true,
}

// Lowered returns a copy of c as a hurried writer types it: every
// capital letter in lower case, except inside values that are pasted rather
// than typed (keys, tokens, IBANs, URLs, IPv6 addresses and the codes
// of orders, tickets, parcels and products, whose case is part of them).
// Names, places, e-mail addresses and the text around the values lose
// their capitals ("Åsa" too). Offsets do not move: a letter is lowered
// only where its lower case takes as many bytes.
func (c *ChatCorpus) Lowered() *ChatCorpus {
	return c.recased(func(_, r rune) rune { return unicode.ToLower(r) })
}

// Uppered returns a copy of c as a writer with caps lock on types it:
// every letter in upper case except inside pasted values, as Lowered does
// for lower case. Offsets do not move: a letter is raised only where its
// upper case takes as many bytes ("ß" stays).
func (c *ChatCorpus) Uppered() *ChatCorpus {
	return c.recased(func(_, r rune) rune { return unicode.ToUpper(r) })
}

// Titled returns a copy of c as some writers type every message, each
// word's first letter a capital ("My Order Arrived Damaged"), except
// inside pasted values, as Lowered does. Offsets do not move.
func (c *ChatCorpus) Titled() *ChatCorpus {
	return c.recased(func(prev, r rune) rune {
		if unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == '\'' || prev == '’' {
			return r // inside a word
		}
		return unicode.ToUpper(r)
	})
}

// recased maps every letter of c outside pasted values through to, given
// the rune before it on its line (0 at the start), where the result
// takes as many bytes.
func (c *ChatCorpus) recased(to func(prev, r rune) rune) *ChatCorpus {
	out := &ChatCorpus{Lines: make([]string, len(c.Lines)), Spans: c.Spans}
	for i, line := range c.Lines {
		var keep []ChatSpan
		for _, s := range c.Spans[i] {
			if pastedLabels[s.Type] {
				keep = append(keep, s)
			}
		}
		b := []byte(line)
		var prev rune
		for k := 0; k < len(line); {
			r, w := utf8.DecodeRuneInString(line[k:])
			if l := to(prev, r); l != r && utf8.RuneLen(l) == w && !inSpans(keep, k) {
				utf8.EncodeRune(b[k:], l)
			}
			prev = r
			k += w
		}
		out.Lines[i] = string(b)
	}
	return out
}

// inSpans reports whether byte k lies in one of spans.
func inSpans(spans []ChatSpan, k int) bool {
	for _, s := range spans {
		if k >= s.Start && k < s.End {
			return true
		}
	}
	return false
}
