package redact

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCountryPhoneTypes checks TR_PHONE_NUMBER and PH_MOBILE_NUMBER: off
// by default, and when named, a number of their country under their
// type in place of PHONE_NUMBER, whatever the regions; other countries'
// numbers and a Philippine landline stay PHONE_NUMBER.
func TestCountryPhoneTypes(t *testing.T) {
	def := defaultDetector(t)
	assert.NotContains(t, def.Types(), TypeTRPhoneNumber)
	assert.NotContains(t, def.Types(), TypePHMobileNumber)
	assert.Equal(t, []string{"PHONE_NUMBER=+90 532 123 45 67"}, foundAs(t, def, "call me on +90 532 123 45 67"))

	d, err := NewDetector(WithTypes(append(def.Types(), TypeTRPhoneNumber, TypePHMobileNumber)...), WithRegions("US"))
	require.NoError(t, err)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"call me on +90 532 123 45 67", []string{"TR_PHONE_NUMBER=+90 532 123 45 67"}},
		{"Telefon numaram 0532 123 45 67", []string{"TR_PHONE_NUMBER=0532 123 45 67"}},
		{"Telefon numaram 5321234567", []string{"TR_PHONE_NUMBER=5321234567"}},
		{"Birinci: +905321234567, Ikinci: 05359876543", []string{"TR_PHONE_NUMBER=+905321234567", "TR_PHONE_NUMBER=05359876543"}},
		{"My mobile number is +639171234567.", []string{"PH_MOBILE_NUMBER=+639171234567"}},
		{"Telepono: 0917-123-4567", []string{"PH_MOBILE_NUMBER=0917-123-4567"}},
		// A Manila landline is no mobile.
		{"call the office on +63 2 8123 4567", []string{"PHONE_NUMBER=+63 2 8123 4567"}},
		// Another country's number.
		{"call me on +44 20 7946 0958", []string{"PHONE_NUMBER=+44 20 7946 0958"}},
		// Glued to a word, or too short for the plan.
		{"ref X5321234567 and 532 123 45", []string{}},
		// A bare block with no phone word: a reference's shape, below
		// the default threshold.
		{"order 5321234567 shipped", []string{}},
	} {
		assert.Equal(t, c.want, foundAs(t, d, c.text), "%q", c.text)
	}

	// Named alone, a country type runs without PHONE_NUMBER.
	tr, err := NewDetector(WithTypes(TypeTRPhoneNumber))
	require.NoError(t, err)
	assert.Equal(t, []string{"TR_PHONE_NUMBER=+90 532 123 45 67"}, foundAs(t, tr, "call me on +90 532 123 45 67 or +44 20 7946 0958"))
}

// TestCountryPhonesLongRuns: the run reader takes each byte once, and a run
// too long for a number is not parsed.
func TestCountryPhonesLongRuns(t *testing.T) {
	d, err := NewDetector(WithTypes(TypeTRPhoneNumber))
	require.NoError(t, err)
	for _, text := range []string{
		strings.Repeat("1 ", 1<<16),
		strings.Repeat("+90 532 123 45 67, ", 1<<10),
		strings.Repeat("(((", 1<<14),
		strings.Repeat("a1", 1<<15),
	} {
		detect(t, d, text)
	}
	fs := detect(t, d, strings.Repeat("+90 532 123 45 67, ", 1<<10))
	assert.Len(t, fs, 1<<10)
}

// TestOverlapsAny checks the search against a loop over every span, on
// random spans in the order of their starts and apart.
func TestOverlapsAny(t *testing.T) {
	r := rand.New(rand.NewPCG(49, 1))
	for range 200 {
		var cs []cand
		for at := r.IntN(5); at < 200; at += 1 + r.IntN(8) {
			end := at + 1 + r.IntN(6)
			cs = append(cs, cand{start: at, end: end})
			at = end
		}
		for range 50 {
			start := r.IntN(210)
			end := start + 1 + r.IntN(10)
			want := false
			for _, c := range cs {
				want = want || c.start < end && start < c.end
			}
			require.Equal(t, want, overlapsAny(cs, start, end), "[%d, %d) in %v", start, end, cs)
		}
	}
}
