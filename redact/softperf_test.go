package redact

import (
	"strings"
	"testing"
	"time"
)

// TestSoftScale checks that the soft-entity recognizer takes time linear
// in its input at 5, 10 and 20 MB, on texts that stress each of its parts:
// capitalised runs, numbers next to words, lower-case prose, and lines.
func TestSoftScale(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("slow")
	}
	units := map[string]string{
		"capitalised": "Anna Maria Berlin Main Street Acme Corp Mr Smith ",
		"numbers":     "12 Main St 4 Apt 7 Box 9 PO Box 12 Suite 3 ",
		"lower":       "follow up with anna berg about the corner of it as a manager, ",
		"lines":       "Dear Mr. Smith\n> 221B Baker Street\n> London NW1 6XE\nNetwork administrator\n",
		"symbols":     "a.b@c.d x_Y/Z=1 9:30 $4.50 #12 ",
	}
	r := newSoftEntityRecognizer()
	for name, unit := range units {
		t.Run(name, func(t *testing.T) {
			var per []float64
			for _, mb := range []int{5, 10, 20} {
				text := strings.Repeat(unit, mb<<20/len(unit))
				start := time.Now()
				r.Recognize(text, func(Finding) {})
				per = append(per, float64(time.Since(start))/float64(len(text)))
			}
			// Allow for a noisy machine: 20 MB may cost at most three
			// times as much per byte as 5 MB.
			if per[2] > 3*per[0] {
				t.Errorf("ns per byte at 5, 10, 20 MB: %.2f %.2f %.2f", per[0], per[1], per[2])
			}
		})
	}
}
