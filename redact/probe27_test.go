package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNamesOfFormsAndParticlesMissedBefore checks three names the sets
// of other languages kept missing: a surname in capitals that opens its
// line before a given name and a spaced dash ("KERBRAT Cécile –
// service client"), a second Spanish surname the lists know only as a
// firm's name ("de las Heras Molina"), and two particles after an
// initial alone that a sign-off announces ("Regards, B. van den
// Heuvel").
func TestNamesOfFormsAndParticlesMissedBefore(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct{ text, name string }{
		{"KERBRAT Cécile – service client", "KERBRAT Cécile"},
		{"Merci, KERBRAT Cécile - service client", "KERBRAT Cécile"},
		{"POIRIER Grégoire, 12 rue de la Paix", "POIRIER Grégoire"},
		{"Client: Aitana de las Heras Molina, Calle Mayor 5", "Aitana de las Heras Molina"},
		{"Regards, B. van den Heuvel", "B. van den Heuvel"},
		// A word in capitals that opens a line before a given name and
		// a clause that goes on.
		{"URGENT Cécile needs the invoice today", "Cécile"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	// An initial with no cue before it does not take the particles.
	text := "Plan B. van den Heuvel is the mover we booked"
	assert.NotContains(t, valuesOf(t, d, text, TypePerson), "B. van den Heuvel", text)
}
