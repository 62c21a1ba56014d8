package redact

import (
	"slices"
	"strings"
)

// Restore returns text with every placeholder this vault issued replaced by
// its value. Placeholders the vault did not issue, including ones a
// customer typed or a model invented, are left as they are. A placeholder
// cut short at the end of text (by a token limit, say) is dropped rather
// than shown.
func (v *Vault) Restore(text string) string {
	r := v.Restorer()
	return r.Write(text) + r.Flush()
}

// Restorer restores placeholders in a reply that arrives in chunks. It lets
// text through as soon as it cannot be the start of a placeholder and holds
// back only what could be. A Restorer serves one reply and is not safe for
// concurrent use; the [Vault] behind it is.
type Restorer struct {
	v       *Vault
	view    *restoreView
	pending string
	// prev is the last byte of the reply taken so far, -1 before any (a
	// placeholder preceded by a letter or digit is not one).
	prev int
}

// Restorer returns a new [Restorer] for one reply.
//
// It restores what the vault had issued when it was made: a reply can only
// hold placeholders its request carried.
func (v *Vault) Restorer() *Restorer { return &Restorer{v: v, view: v.view(), prev: -1} }

// Write takes the next chunk and returns the text that can be shown now.
func (r *Restorer) Write(chunk string) string {
	if chunk == "" {
		return ""
	}
	s := r.pending + chunk
	out, rest := r.v.restore(r.view, s, r.prev, false)
	r.pending = rest
	if taken := len(s) - len(rest); taken > 0 {
		r.prev = int(s[taken-1])
	}
	return out
}

// Flush ends the reply and returns what was held back: a placeholder that
// was complete is restored; a fragment of one cut off by the end of the
// stream is dropped.
func (r *Restorer) Flush() string {
	s := r.pending
	r.pending = ""
	if s == "" {
		return ""
	}
	out, _ := r.v.restore(r.view, s, r.prev, true)
	if out == s && isFragment(s) {
		return ""
	}
	return out
}

// Pending reports how many bytes the restorer holds back.
func (r *Restorer) Pending() int { return len(r.pending) }

// isFragment reports whether s, a tail that could have begun a
// placeholder, looks enough like one that showing it would show a cut
// placeholder rather than ordinary text: it opens with a bracket, or it is
// written in capitals and has a separator or a digit ("EMAIL_ADD").
// A lone capitalised word such as "PERSON" is ordinary text.
func isFragment(s string) bool {
	if len(s) < 2 {
		return false
	}
	if isOpen(s[0]) && isASCIILetter(s[1]) {
		return true
	}
	marked := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
		case c == '_' || c == '-' || c >= '0' && c <= '9':
			marked = true
		case c == ' ':
		default:
			return false
		}
	}
	return marked
}

// restore replaces issued placeholders in s, which follows the byte prev
// (-1: none). With final false it stops at the first place that could
// still become a placeholder and returns the rest separately.
func (v *Vault) restore(rv *restoreView, s string, prev int, final bool) (out, rest string) {
	labels, surrogates, open, close := rv.labels, rv.surrogates, rv.open, rv.close
	if len(labels) == 0 && len(surrogates) == 0 {
		return s, ""
	}
	starts := &rv.starts

	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if !starts[s[i]] {
			continue
		}
		if len(surrogates) > 0 {
			st, end, val := surrogateAt(s, i, prev, surrogates, final)
			switch st {
			case phMatched:
				b.WriteString(s[last:i])
				b.WriteString(val)
				last = end
				i = end - 1
				continue
			case phPartial:
				b.WriteString(s[last:i])
				return b.String(), s[i:]
			}
			if len(labels) == 0 {
				continue
			}
		}
		st, end, li, n := placeholderAt(s, i, prev, labels, final, open, close)
		switch st {
		case phMatched:
			v.mu.Lock()
			val, ok := v.lookup(labels[li], n)
			v.mu.Unlock()
			if !ok {
				continue
			}
			b.Grow(len(s) - last)
			b.WriteString(s[last:i])
			b.WriteString(val)
			last = end
			i = end - 1
		case phPartial:
			b.WriteString(s[last:i])
			return b.String(), s[i:]
		}
	}
	if last == 0 {
		return s, ""
	}
	b.WriteString(s[last:])
	return b.String(), ""
}

// surrogateAt reads the longest surrogate at s[i:], ignoring ASCII case,
// as a whole word: not preceded (s follows the byte prev, -1 for none) or
// followed by a letter or digit.
func surrogateAt(s string, i, prev int, surrogates []VaultEntry, final bool) (matchState, int, string) {
	if alnumBefore(s, i, prev) {
		return phNoMatch, 0, ""
	}
	state, end, val := phNoMatch, 0, ""
	for _, e := range surrogates {
		sg := e.Placeholder
		n := min(len(sg), len(s)-i)
		if !strings.EqualFold(s[i:i+n], sg[:n]) {
			continue
		}
		if n < len(sg) {
			if !final {
				state = max(state, phPartial)
			}
			continue
		}
		j := i + len(sg)
		if j == len(s) && !final {
			state = max(state, phPartial) // the word may go on in the next chunk
			continue
		}
		if j < len(s) && isASCIIAlnum(s[j]) {
			continue
		}
		if state != phMatched || j > end {
			state, end, val = phMatched, j, e.Value
		}
	}
	if state == phMatched {
		return phMatched, end, val
	}
	return state, 0, ""
}

// alnumBefore reports whether an ASCII letter or digit precedes s[i],
// where s follows the byte prev (-1: nothing).
func alnumBefore(s string, i, prev int) bool {
	if i > 0 {
		return isASCIIAlnum(s[i-1])
	}
	return prev >= 0 && isASCIIAlnum(byte(prev))
}

// restoreView is what restoration reads of a vault: the labels and
// surrogates it issued and which bytes can start one. A Restorer takes it
// once, not per chunk.
type restoreView struct {
	labels      []string
	surrogates  []VaultEntry
	open, close string
	starts      [256]bool
}

// view returns the vault's restoreView, rebuilt only when the vault has
// grown since the last call.
func (v *Vault) view() *restoreView {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.rview != nil && v.rviewSize == len(v.entries) {
		return v.rview
	}
	rv := &restoreView{labels: v.labels, open: v.format.open(), close: v.format.close()}
	for _, i := range v.surrogates {
		rv.surrogates = append(rv.surrogates, v.entries[i])
	}
	for _, l := range rv.labels {
		rv.starts[l[0]|0x20] = true
		rv.starts[l[0]&^0x20] = true
	}
	if len(rv.labels) > 0 {
		rv.starts['<'], rv.starts['['], rv.starts['{'] = true, true, true
		rv.starts[rv.open[0]] = true
	}
	for _, e := range rv.surrogates {
		c := e.Placeholder[0]
		rv.starts[c] = true
		if isASCIILetter(c) {
			rv.starts[c|0x20], rv.starts[c&^0x20] = true, true
		}
	}
	v.rview, v.rviewSize = rv, len(v.entries)
	return rv
}

// sortLongestFirst orders entries by decreasing value length, then by
// value, so that results do not depend on map order.
func sortLongestFirst(es []VaultEntry) {
	slices.SortFunc(es, func(a, b VaultEntry) int {
		if len(a.Value) != len(b.Value) {
			return len(b.Value) - len(a.Value)
		}
		return strings.Compare(a.Value, b.Value)
	})
}
