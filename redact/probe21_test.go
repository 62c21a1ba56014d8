package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCapitalisedNamingVerbs checks that a verb of naming typed with a
// capital after its pronoun ("Je M'appelle", "Me Llamo"), as writers who
// capitalise every word type it, is no part of the name it announces.
func TestCapitalisedNamingVerbs(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct{ text, name string }{
		{"Bonjour, Je M'appelle Hiroshi Nowak.", "Hiroshi Nowak"},
		{"Hola, Me Llamo Hiroshi Nowak.", "Hiroshi Nowak"},
		{"Ciao, Mi Chiamo Hiroshi Nowak.", "Hiroshi Nowak"},
		{"Hallo, Ik Heet Hiroshi Nowak.", "Hiroshi Nowak"},
		{"Me Llamo Hiroshi.", "Hiroshi"},
		{"Bonjour, je M'appelle Linda Chen.", "Linda Chen"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	// The verb without its pronoun calls someone, and announces no name.
	for _, text := range []string{
		"Vale, te llamo mañana por la tarde.",
		"Chamo o técnico amanhã.",
	} {
		wantValue(t, d, text, TypePerson, "", text)
	}
}

// TestAppStepsNoFirm checks that a step or page of a shop or an app after
// "work at" is where something fails, not a firm; a firm after the same
// words stays one.
func TestAppStepsNoFirm(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, text := range []string{
		"The promo code doesn't work at Checkout.",
		"The Promo Code SPRING25 Doesn't Work At Checkout.",
		"The app doesn't work at Startup since the update.",
	} {
		wantValue(t, d, text, TypeOrganization, "", text)
	}
	for _, c := range []struct{ text, firm string }{
		{"I work at Initech.", "Initech"},
		{"He works at Boots.", "Boots"},
	} {
		wantValue(t, d, c.text, TypeOrganization, c.firm, c.text)
	}
}
