package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPostcodeLetterCase checks that the UK and Irish postcode readers
// agree on letter case: capitals, or with lower lower-case letters only,
// in both halves.
func TestPostcodeLetterCase(t *testing.T) {
	for _, c := range []struct {
		out, in string
		lower   bool
		want    bool
	}{
		{"SW1A", "2AA", false, true}, {"sw1a", "2aa", true, true},
		{"sw1a", "2aa", false, false}, {"sW1A", "2aa", true, false},
		{"sw1A", "2aa", true, false}, {"sw1a", "2aA", true, false},
	} {
		assert.Equal(t, c.want, ukPostcode(c.out, c.in, c.lower), "UK %q %q lower=%v", c.out, c.in, c.lower)
	}
	for _, c := range []struct {
		a, b  string
		lower bool
		want  bool
	}{
		{"D02", "X285", false, true}, {"d02", "x285", true, true}, {"d6w", "1f25", true, true},
		{"d02", "x285", false, false}, {"d6W", "1f25", true, false}, {"d02", "X285", true, false},
	} {
		assert.Equal(t, c.want, eircode(c.a, c.b, c.lower), "Eircode %q %q lower=%v", c.a, c.b, c.lower)
	}
}
