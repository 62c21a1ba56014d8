package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTitleCaseConjunctions checks that a text in title case is known as
// one by its words of "and" too, which the lists hold as particles of
// names ("Ortega y Gasset"), and by the French "À", so that the verbs of
// a self-introduction after the name are no part of it.
func TestTitleCaseConjunctions(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct{ text, name, place string }{
		{"Me Llamo Hiroshi Nowak Y Vivo En Madrid.", "Hiroshi Nowak", "Madrid"},
		{"Hola, Me Llamo Hiroshi Nowak Y Vivo En Madrid.", "Hiroshi Nowak", "Madrid"},
		{"Mi Chiamo Giulia Bianchi E Abito A Roma.", "Giulia Bianchi", "Roma"},
		{"Chamo-Me João Silva E Moro Em Lisboa.", "João Silva", "Lisboa"},
		{"Je M'Appelle Sophie Martin Et J'Habite À Lyon.", "Sophie Martin", "Lyon"},
		{"Je Suis Sophie Martin Et J'Habite À Lyon.", "Sophie Martin", "Lyon"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
		wantValue(t, d, c.text, TypeLocation, c.place, c.text)
	}
	// A particle between two names in mixed case stays one.
	for _, c := range []struct{ text, name string }{
		{"The essay by José Ortega y Gasset is on the reading list.", "José Ortega y Gasset"},
		{"À bientôt, Sophie Martin", "Sophie Martin"},
		// An initial with diacritics, which the stop "À" makes no stop.
		{"José Á. García called.", "José Á. García"},
		{"Contact Agatha Á Ottarsdóttir for details.", "Agatha Á Ottarsdóttir"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestLowerTownAfterFrenchA checks that a town in lower case that only
// the lists of European towns know is a place after the French "à" as
// written, which folds to the English article and so is no preposition
// of place to locativeWord.
func TestLowerTownAfterFrenchA(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, text := range []string{"j'habite à caen depuis 2019", "je suis à caen"} {
		wantValue(t, d, text, TypeLocation, "caen", text)
	}
	// Without its accent the word is the article, and the town a word.
	wantValue(t, d, "j'habite a caen depuis 2019", TypeLocation, "", "article")
}
