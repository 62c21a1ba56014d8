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
