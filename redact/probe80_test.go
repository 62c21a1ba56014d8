package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGermanVerbAfterPasswortOfSession80: German puts the verb last, so
// a lower-case infinitive or participle right after "Passwort" or
// "Kennwort" before a question's '?' is what is done to the password,
// not the password; a password of other shapes there stays one.
func TestGermanVerbAfterPasswortOfSession80(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"kannst du mir das Passwort schicken?": nil,
		"Kennwort geändert?":                   nil,
		"könnt ihr das passwort senden?":       nil,
		"mein Passwort hallo123?":              {"hallo123?"},
		"das Passwort lautet Sommer2024!":      {"Sommer2024!"},
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypePassword), text)
	}
}

// TestStopSurnameAfterTitleOfSession80: a surname the lists know that
// is also a stop word ("Price") is the surname right after a courtesy
// title; without the title it stays a word.
func TestStopSurnameAfterTitleOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"Price"}, valuesOf(t, d, "Agent: Mr Price, please use the secure form next time.", TypePerson))
	assert.Equal(t, []string{"Price"}, valuesOf(t, d, "Dear Mrs. Price, your refund is on its way.", TypePerson))
	assert.Empty(t, valuesOf(t, d, "Price, please check the invoice.", TypePerson))
	assert.Empty(t, valuesOf(t, d, "what is the Price of the premium plan?", TypePerson))
}

// TestTwoParticlesBeforeGivenNameOfSession80: after two particles the
// next word is the surname even when it is a given name too ("van der
// Walt"), with the first particle in lower case or capitalised; a
// town's office after one particle stays out.
func TestTwoParticlesBeforeGivenNameOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"Anna van der Walt"}, valuesOf(t, d, "hello this is Anna van der Walt", TypePerson))
	assert.Equal(t, []string{"Beatrix Van der Walt"}, valuesOf(t, d, "Hello this is Mrs. Beatrix Van der Walt, I cannot log in", TypePerson))
	assert.Equal(t, []string{"Consuelo Ibáñez de la Rosa"}, valuesOf(t, d, "escribo en nombre de mi madre, Consuelo Ibáñez de la Rosa, que no se aclara", TypePerson))
	assert.Equal(t, []string{"Lotte"}, valuesOf(t, d, "ik ben Lotte van de Gemeente", TypePerson))
}

// TestHinglishKinAndThanksOfSession80: Hindi's brother, sister and
// friend before a name in lower case, and Urdu's thanks before a name,
// are no part of the name.
func TestHinglishKinAndThanksOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"vikram"}, valuesOf(t, d, "mere dost vikram ka number 7042918365 hai", TypePerson))
	assert.Equal(t, []string{"rahul"}, valuesOf(t, d, "mere bhai rahul ka number", TypePerson))
	assert.Equal(t, []string{"Farhan"}, valuesOf(t, d, "Agent: JazakAllah Farhan sahib, your complaint is registered.", TypePerson))
}
