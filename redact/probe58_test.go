package redact

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 58 found in the gaps of its blind sets.

// TestLowerNamesOfSession58 checks names typed in lower case inside a
// capitalised text after a possessive and a kin's or a role's noun,
// after a title in lower case and after the noun "name", and that a
// verb or a preposition after the given name stays out of it.
func TestLowerNamesOfSession58(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantTyped(t, d, []typedValue{
		{"Hallo, meine Kollegin petra wenzel hat gestern angerufen wegen der Rechnung", TypePerson, "petra wenzel"},
		{"Hi, landlord (mr graham pettifer) is trying to keep £640", TypePerson, "graham pettifer"},
		{"Hi, the parcel is for Mrs. nkechi obi", TypePerson, "nkechi obi"},
		{"My colleague dorota said the key was leaked", TypePerson, "dorota"},
		{"Olá, o meu colega rui pediu para vos enviar o contacto dele", TypePerson, "rui"},
		{"Per il reso contattate me, o mia moglie sara al +39 340 552 1876", TypePerson, "sara"},
		{"Mon voisin du dessus mr laurent kieffer n'a pas d'assurance?", TypePerson, "laurent kieffer"},
	})
	wantNoneTyped(t, d, []typedText{
		{"My wife will call you tomorrow", TypePerson},
		{"Our manager said the refund is approved", TypePerson},
		{"My colleague and I both ordered one", TypePerson},
		{"Name on the card is wrong, can you fix it?", TypePerson},
	})
}

// TestLowerNamesAfterHitsOfSession58 checks that the words the scan
// finds lead the names recognizer to the names after them wherever the
// words stand, and that Recognize, which has no scan, finds the same.
func TestLowerNamesAfterHitsOfSession58(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	text := "Good morning, the account is under my partner priya nair. Also my husband callum and I both got charged."
	fs, err := d.Detect(context.Background(), text)
	require.NoError(t, err)
	var viaScan []string
	for _, f := range fs {
		if f.Type == TypePerson {
			viaScan = append(viaScan, text[f.Start:f.End])
		}
	}
	require.Equal(t, []string{"priya nair", "callum"}, viaScan)
	var got []string
	newSoftEntityRecognizer().Recognize(text, func(f Finding) {
		if f.Type == TypePerson {
			got = append(got, text[f.Start:f.End])
		}
	})
	require.Equal(t, []string{"priya nair", "callum"}, got)
}
