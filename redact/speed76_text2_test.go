package redact

import (
	"strings"
	"testing"
)

// TestWordSetsOfSession76text2 checks that roleWords and hourWords never
// rule out a key of their maps, in lower case or folded from capitals
// (ASCII and Latin-1, as lowerByte folds them), and that roleWords'
// flags say which of its two maps holds a word, so that roleMailboxOnly
// and hoursTail answer as their plain lookups do.
func TestWordSetsOfSession76text2(t *testing.T) {
	for _, c := range []struct {
		set  *wordSet
		maps []map[string]bool
	}{
		{&roleWords, []map[string]bool{roleMailboxes, roleJoins}},
		{&hourWords, []map[string]bool{openDays, rangeFrom}},
	} {
		for _, m := range c.maps {
			for k := range m {
				for _, w := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:]} {
					if len(w) != len(k) || string(foldBytes(nil, w)) != k {
						continue // a capital of another length, which no lookup folds back
					}
					if !c.set.may(w) {
						t.Errorf("key %q: shape of %q ruled out", k, w)
					}
				}
			}
		}
	}
	for k := range roleMailboxes {
		if roleWords.of(strings.ToUpper(k))&1 == 0 {
			t.Errorf("%q: no mailbox's flag", k)
		}
	}
	for k := range roleJoins {
		if want := roleMailboxes[k]; roleWords.of(k)&2 == 0 || roleWords.of(k)&1 != 0 != want {
			t.Errorf("%q: flags %b", k, roleWords.of(k))
		}
	}
}

// plainRoleMailboxOnly is roleMailboxOnly without its shape filter.
func plainRoleMailboxOnly(a string) bool {
	if sendOnlyMailbox(a) {
		return true
	}
	role := false
	var low [20]byte
	for i := 0; i < len(a); {
		j := i
		for j < len(a) && j-i < 20 && isLetter(a[j]) {
			j++
		}
		if j == i || j == len(a) {
			return false
		}
		w := lowerASCII(low[:0], a[i:j])
		switch {
		case roleMailboxes[string(w)]:
			role = true
		case !roleJoins[string(w)]:
			return false
		}
		switch a[j] {
		case '@':
			return role
		case '.', '-', '_':
			i = j + 1
		default:
			return false
		}
	}
	return false
}

// plainHoursTail is hoursTail without its shape filter.
func plainHoursTail(t string, p int) bool {
	w := p
	for w < len(t) && w-p <= 10 && (isLetter(t[w]) || t[w] >= 0x80 && dashAt(t, w) == 0) {
		w++
	}
	var first [12]byte
	if f := foldBytes(first[:0], t[p:w]); !openDays[string(f)] && !rangeFrom[string(f)] {
		return false
	}
	seg := t[p:min(len(t), p+64)]
	if k := strings.IndexAny(seg, ";!?(\n"); k >= 0 {
		seg = seg[:k]
	}
	if k := strings.Index(seg, ". "); k >= 0 {
		seg = seg[:k]
	}
	var buf [64]byte
	days, clock := hourRanges(string(foldBytes(buf[:0], seg)))
	return days && clock
}

func TestMailboxAndHoursOfSession76text2(t *testing.T) {
	for _, a := range []string{
		"", "@", "a@", "support@acme.com", "SUPPORT@acme.com", "Support.Team@acme.com", "atencion.cliente@x.es",
		"customer-care@x.com", "maria.garcia@x.com", "supportx@x.com", "support", "support.", "team@x", "the.team@x",
		"verylongwordthatgoesonandon@x.com", "noreply@x.com", "info2@x.com", "é@x", "sav@x.fr", "hr@x", "Hr-Rh@x",
	} {
		if got, want := roleMailboxOnly(a), plainRoleMailboxOnly(a); got != want {
			t.Errorf("roleMailboxOnly(%q) = %v, want %v", a, got, want)
		}
	}
	for _, s := range []string{
		"", "x", "Mon-Fri 9-17", "du lundi au vendredi de 8h à 18h", "SÁBADO 9h-13h y lunes 9-18", "sábado", "Sábado de 9 a 13h",
		"from Monday to Friday 9am-5pm", "FROM MON-FRI 8am-8pm", "and then", "mo-fr 8-18 uhr", "é", "Ü 9-17", "daily 8-20",
	} {
		for p := 0; p < len(s); p++ {
			if got, want := hoursTail(s, p), plainHoursTail(s, p); got != want {
				t.Errorf("hoursTail(%q, %d) = %v, want %v", s, p, got, want)
			}
		}
	}
}
