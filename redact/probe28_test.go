package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOpenerBeforeNameOfSession28 checks the words that open a sentence
// before a name without being part of it, as the 26th imitation (BS)
// wrote them: a gerund before a given name and a surname the lists lack
// or a particle ("Registering Katrin Pemberton", "Registering Gustavo
// dos Santos"), after a speaker's label too, and "Glad" or "Happy"
// before a name. A gerund or "Glad" before a given name alone stays as
// it was read.
func TestOpenerBeforeNameOfSession28(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct{ text, name string }{
		{"Registering Katrin Pemberton, birth date 17 October 1982.", "Katrin Pemberton"},
		{"Customer: Registering Gustavo dos Santos, birth date 5 January 1941.", "Gustavo dos Santos"},
		{"Agent: Glad Paweł Lewandowski could help, is there anything else?", "Paweł Lewandowski"},
		{"Happy Francesca Greco got it sorted in the end.", "Francesca Greco"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	for _, text := range []string{
		"Amazing Grace is the song she asked for",
		"Happy Birthday Anna Berg!",
	} {
		for _, v := range valuesOf(t, d, text, TypePerson) {
			assert.NotContains(t, []string{"Grace", "Birthday Anna Berg"}, v, text)
		}
	}
}
