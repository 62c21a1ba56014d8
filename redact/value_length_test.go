package redact

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLongValuesCoveredWhole: a secret after "password" or "token" is
// covered to its end however long it is; a finding that stopped after 256
// bytes let the rest of the value through.
func TestLongValuesCoveredWhole(t *testing.T) {
	d := defaultDetector(t)
	// 1,200 bytes of a varied alphabet, as a real key or token has.
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	r := goldenRand(42)
	var sb strings.Builder
	for range 1200 {
		sb.WriteByte(alphabet[r.intn(len(alphabet))])
	}
	long := sb.String()
	for _, tc := range []struct{ prefix, typ string }{
		{"my password: ", TypePassword},
		{"the token is ", TypeAPIKey},
	} {
		text := tc.prefix + long + " thanks"
		fs := detect(t, d, text)
		require.Len(t, fs, 1, "%s...", tc.prefix)
		assert.Equal(t, tc.typ, fs[0].Type)
		assert.Equal(t, len(tc.prefix), fs[0].Start)
		assert.Equal(t, len(tc.prefix)+len(long), fs[0].End, "the finding ends where the value does")
	}
}

// TestValueInsideValue: a keyword inside a value found already (the
// scan skips it, so that finish stays linear) changes no finding, and a
// value of a type the detector does not report leaves the way open for
// the next keyword's value.
func TestValueInsideValue(t *testing.T) {
	d := defaultDetector(t)
	// The parts hold letters after digits, as random bodies do; words
	// and numbers joined by separators would be a name (see wordy).
	text := "token:" + strings.Repeat("A1b=token:", 5) + "Z9x"
	fs := detect(t, d, text)
	require.Len(t, fs, 1)
	assert.Equal(t, 6, fs[0].Start, "the value starts after the first keyword")
	assert.Equal(t, len(text), fs[0].End, "the value runs to the end of the text")
	assert.Equal(t, TypeAPIKey, fs[0].Type)

	// Sixteen characters: long enough for a value after "token", too
	// short for the scanner's token rule, which would find it anyway.
	only, err := NewDetector(WithTypes(TypeAPIKey))
	require.NoError(t, err)
	text = "password=q7Zx9-token:Kp3vQ8rT2wY6zB1n"
	wantValue(t, only, text, TypeAPIKey, "Kp3vQ8rT2wY6zB1n")
}

// TestWordy: words and numbers joined by separators read as names,
// slugs and paths; random bodies, in groups or not, do not.
func TestWordy(t *testing.T) {
	for _, v := range []string{
		"YOUR_API_KEY_HERE", "checkout-page-banner", "uploads/2024/03/photo-1234.jpg",
		"ERR_404_NotFound", "order-4481229-retry2", "checkout.Button.label2", "smtpPassword",
		"pkgs-https-mirror",
	} {
		assert.True(t, wordy(v), v)
	}
	for _, v := range []string{
		"BXKHQ-WPTMJ-RCVFG", "kqzvwxtrpl_mnbvcxzlkj", "dXNlcjpwYXNz", "a8F3kLm9Qz2xB7Yw",
		"550e8400-e29b-41d4", "A1b=token", "abcdefghijklmnop", "Sommer2024x",
		"ABCD-1234-EFGH-5678", "Blue-Horse-Battery-Staple-42",
	} {
		assert.False(t, wordy(v), v)
	}
}
