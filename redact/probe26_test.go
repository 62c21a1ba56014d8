package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestLowerCaseNamesAfterCues checks a given name and a surname typed in
// lower case in a capitalised text after a cue that names a person (the
// noisy-typing sets and an imitation of the corpus missed them): a
// sign-off or a role before a comma or a colon ("Regards, graham
// novák"), "I'm" typed without its apostrophe at the start of a
// sentence, and a surname the lists do not know that ends the clause
// after a known given name.
func TestLowerCaseNamesAfterCues(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct{ text, name string }{
		{"Still waiting for my refund, please advise. Regards, graham novák", "graham novák"},
		{"Thanks for sorting it. Cheers, krzysztof grabowski", "krzysztof grabowski"},
		{"Bedankt voor de hulp. Groet, fatima mansour", "fatima mansour"},
		{"Im hiroshi duffy,table for 4 at 7:30 pm", "hiroshi duffy"},
		{"Hello team, im niamh fernandes, my order is late", "niamh fernandes"},
		{"Hi, I'm anna-lena schäfer.", "anna-lena schäfer"},
		{"Agent katharina zimmermann: your case is closed", "katharina zimmermann"},
		// The German "im" ("in dem") inside a sentence; a clause that
		// goes on after an unknown second word; an everyday word after
		// the sign-off.
		{"Wir warten im hotel maritim auf Sie.", ""},
		{"Hi, I'm anna working from home today.", ""},
		{"Regards, mark the date in your calendar", ""},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}
