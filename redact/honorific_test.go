package redact

import "testing"

// TestJapaneseHonorificEnds: the early return of japaneseHonorific, which
// looks at the three bytes an honorific's hyphen may stand at, cuts what
// the loop over the last seven bytes cut, and nothing else: a hyphen in
// the first two bytes never opens one, and an earlier hyphen in the last
// seven hides a later one.
func TestJapaneseHonorificEnds(t *testing.T) {
	for _, c := range []struct {
		v    string
		want int
	}{
		{"Tanaka-san", 4},
		{"Yuki-chan", 5},
		{"Mori-sensei", 7},
		{"Sato-Sama", 5},
		{"Ito-kun", 4},
		{"ab-san", 4},      // the hyphen at byte 2: the first the loop reads
		{"a-san", 0},       // at byte 1, which the loop passes over
		{"ab-sama", 5},     // five bytes from the end at byte 2
		{"a-sama", 0},      // ... and at byte 1
		{"ab-sensei", 7},   // seven bytes from the end at byte 2
		{"a-sensei", 0},    // ... and at byte 1
		{"Ann-x-san", 0},   // an earlier hyphen among the last seven bytes
		{"Tanaka-sanx", 0}, // no hyphen where an honorific's opens
		{"Tanaka", 0},
		{"", 0},
		{"-san", 0},
	} {
		if got := japaneseHonorific(c.v); got != c.want {
			t.Errorf("japaneseHonorific(%q) = %d, want %d", c.v, got, c.want)
		}
	}
}
