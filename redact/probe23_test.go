package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSSNAndDateJoinedByAnd checks that a date joined by "and" to an
// SSN is a date of birth when the date ends or opens its clause, and
// stays a date when a verb follows it ("... and 03/02/2009 was the
// day ...") or its year is too late for a birth.
func TestSSNAndDateJoinedByAnd(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct{ text, dob string }{
		{"Agent: 426-78-3838 and 01/19/1959 - that is what the bank has on file.", "01/19/1959"},
		{"Agent: 01/19/1959 and 426-78-3838 - that is what the bank has on file.", "01/19/1959"},
		{"I have 426-78-3838 and 01/19/1959.", "01/19/1959"},
		{"426-78-3838 and 1959-01-19", "1959-01-19"},
		{"ssn 426-78-3838 and 03/02/2009 was the day my card was blocked", ""},
		{"SSN 426-78-3838 and 01/19/2024", ""},
		{"the letter of 01/19/1979 and 426-78-3838 arrived", ""},
		// "and" joins only an SSN: a phone is no identity's record.
		{"call +1 512 799 5152 and 01/19/1959", ""},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
}

// TestSurnameAloneAfterIn checks that a known surname alone after "in",
// "into" or "via" is read as a tool or a town, under the threshold,
// while a cue or a given name still makes it a person.
func TestSurnameAloneAfterIn(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, text := range []string{
		"github_pat_x is the PAT configured in Jenkins.",
		"I set it up in Jenkins yesterday",
		"log in via Jenkins",
	} {
		wantValue(t, d, text, TypePerson, "", text)
	}
	for _, c := range []struct{ text, name string }{
		{"Sarah Jenkins called", "Sarah Jenkins"},
		{"Mr. Jenkins called me", "Jenkins"},
		{"in Sarah Jenkins we trust", "Sarah Jenkins"},
		{"I spoke with Jenkins yesterday", "Jenkins"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestFilesGerundsAndGreetingsNameNothing checks three look-alikes of the
// held-out-like sets: a file's name in capitals after "in" is no place
// ("found in README.md"), a gerund that opens a sentence before "app"
// glued to a domain is no firm ("Clicking app.example.io/..."), and the
// French and Portuguese greetings of a phone call are no one ("Allô,").
func TestFilesGerundsAndGreetingsNameNothing(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct{ text, typ string }{
		{"Secret scanning alert: token found in README.md.", TypeLocation},
		{"it is documented in CHANGELOG.md today", TypeLocation},
		{"Clicking app.quarrytech.io/invoice/33816.pdf takes me back to the login screen.", TypeOrganization},
		{"Allô, je voudrais changer mon adresse.", TypePerson},
		{"Alô, tudo bem?", TypePerson},
	} {
		wantValue(t, d, c.text, c.typ, "", c.text)
	}
	// The place in capitals and the greeting's caller stay.
	wantValue(t, d, "I live in PORVOO now", TypeLocation, "PORVOO", "caps place")
	wantValue(t, d, "Allô, je m'appelle Håkon Reynolds.", TypePerson, "Håkon Reynolds", "caller")
}
