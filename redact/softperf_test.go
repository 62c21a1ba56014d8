package redact

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkSoftScale shows that the soft-entity recognizer takes time
// linear in its input: at 5, 10 and 20 MB of texts that stress each of its
// parts (capitalised runs, numbers next to words, lower-case prose, lines,
// symbols), MB/s stays the same within noise.
//
//	go test ./redact -run '^$' -bench SoftScale -benchtime 3x
func BenchmarkSoftScale(b *testing.B) {
	units := []struct{ name, unit string }{
		{"capitalised", "Anna Maria Berlin Main Street Acme Corp Mr Smith "},
		{"numbers", "12 Main St 4 Apt 7 Box 9 PO Box 12 Suite 3 "},
		{"lower", "follow up with anna berg about the corner of it as a manager, "},
		{"lines", "Dear Mr. Smith\n> 221B Baker Street\n> London NW1 6XE\nNetwork administrator\n"},
		{"symbols", "a.b@c.d x_Y/Z=1 9:30 $4.50 #12 "},
	}
	r := newSoftEntityRecognizer()
	for _, u := range units {
		for _, mb := range []int{5, 10, 20} {
			text := strings.Repeat(u.unit, mb<<20/len(u.unit))
			b.Run(fmt.Sprintf("%s/%dMB", u.name, mb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					r.Recognize(text, func(Finding) {})
				}
			})
		}
	}
}
