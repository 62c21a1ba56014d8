package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCodeThatFailedOfSession79: a bare "code" before four to eight
// digits that failed ("didnt work", "doesn't work", "never came") is a
// one-time or a door's code; a qualified code that failed ("error code",
// "promo code") and a year stay no secret.
func TestCodeThatFailedOfSession79(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"code 448120 didnt work either":                     {"448120"},
		"code 482913 never came, can you resend":            {"482913"},
		"keypad code 258014 doesn't work and the key is in": {"258014"},
		"code 5521 isn't accepted":                          {"5521"},
		"promo code 482913 didn't work":                     nil,
		"the error code 500123 keeps coming up":             nil,
		"The code 2024 didn't work":                         nil,
		"code 448120 was in the newsletter":                 nil,
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypePassword), text)
	}
}
