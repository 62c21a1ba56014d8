package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStopSurnameAfterTitledGivenOfSession29 checks a surname the lists
// also hold as a stop word ("Best", "Price") after a given name that is
// a word too ("Amber", "Mark"), when a courtesy title stands before the
// given name, as the names set of session 28 (CA) wrote them. Without
// the title the same pair stays as it was read: "Mark Price" opening a
// question is as often a price.
func TestStopSurnameAfterTitledGivenOfSession29(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct{ text, name string }{
		{"The batteries were prescribed by Dr. Amber Best, reference 310-2686278.", "Amber Best"},
		{"Ask Dr. Mark Price about the results.", "Mark Price"},
		{"Mrs Amber Best will collect the parcel.", "Amber Best"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	for _, text := range []string{
		"Mark Price changes on the order page, please",
		"Amber Best sellers are back in stock",
	} {
		for _, v := range valuesOf(t, d, text, TypePerson) {
			assert.NotContains(t, []string{"Mark Price", "Amber Best"}, v, text)
		}
	}
}
