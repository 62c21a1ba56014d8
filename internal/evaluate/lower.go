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
	return c.recased(LowerRune)
}

// LowerRune, UpperRune and TitleRune map the rune r, given the rune
// before it on its line (0 at the start), to the case of a text in lower
// case, in capitals, and with every word capitalised ("My Order Arrived
// Damaged"). A caller keeps a rune whose new case takes other bytes.
func LowerRune(_, r rune) rune { return unicode.ToLower(r) }

// UpperRune: see LowerRune.
func UpperRune(_, r rune) rune { return unicode.ToUpper(r) }

// TitleRune: see LowerRune.
func TitleRune(prev, r rune) rune {
	if unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == '\'' || prev == '’' {
		return r // inside a word
	}
	return unicode.ToUpper(r)
}

// Uppered returns a copy of c as a writer with caps lock on types it:
// every letter in upper case except inside pasted values, as Lowered does
// for lower case. Offsets do not move: a letter is raised only where its
// upper case takes as many bytes ("ß" stays).
func (c *ChatCorpus) Uppered() *ChatCorpus {
	return c.recased(UpperRune)
}

// Titled returns a copy of c as some writers type every message, each
// word's first letter a capital ("My Order Arrived Damaged"), except
// inside pasted values, as Lowered does. Offsets do not move.
func (c *ChatCorpus) Titled() *ChatCorpus {
	return c.recased(TitleRune)
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
		out.Lines[i] = recaseText(line, to, func(k int) bool { return inSpans(keep, k) })
	}
	return out
}

// recaseText maps every letter of text through to, given the rune before
// it (0 at the start of a line), where the result takes as many bytes,
// except at the byte offsets that keep holds (nil: none).
func recaseText(text string, to func(prev, r rune) rune, keep func(k int) bool) string {
	b := []byte(text)
	var prev rune
	for k := 0; k < len(text); {
		r, w := utf8.DecodeRuneInString(text[k:])
		if prev == '\n' {
			prev = 0
		}
		if l := to(prev, r); l != r && utf8.RuneLen(l) == w && (keep == nil || !keep(k)) {
			utf8.EncodeRune(b[k:], l)
		}
		prev = r
		k += w
	}
	return string(b)
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
