package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 61 found in the gaps of its blind sets.

// TestCapsNamesInLowerTextOfSession61 checks that a name in capitals in
// a text that is otherwise in lower case or in a script without case
// takes no word in lower case beside it: neither a Japanese particle
// nor an unknown word is its given name or its surname.
func TestCapsNamesInLowerTextOfSession61(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	require.Equal(t, []string{"TANAKA HARUKA"}, valuesOf(t, d, "予約番号 A7-558210 の TANAKA HARUKA です。旅券番号を間違えて入力しました", TypePerson))
	require.Equal(t, []string{"TANAKA HARUKA"}, valuesOf(t, d, "ref A7 zqv TANAKA HARUKA zqvt ok", TypePerson))
	require.Equal(t, []string{"JOHN"}, valuesOf(t, d, "ref A7 JOHN zqvt ok", TypePerson))
	// In lower case the words still make a name.
	require.Equal(t, []string{"aksel kristensen"}, valuesOf(t, d, "aksel kristensen here, my order is late", TypePerson))
}

// TestMarkdownAddressOfSession61 checks an address in Markdown's
// emphasis: the stars that open it glue no sign to the house number.
// Four stars or more mask a number, and a star glued to a word is no
// emphasis.
func TestMarkdownAddressOfSession61(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantTyped(t, d, []typedValue{
		{"Delivery to **14 Rosebery Avenue, London EC1R 4TD** please, NOT the office", TypeStreetAddress, "14 Rosebery Avenue, London EC1R 4TD"},
		{"my address is *221 Cedar Lane, Austin, TX 78704* ok", TypeStreetAddress, "221 Cedar Lane, Austin, TX 78704"},
		{"Delivery to (**14 Rosebery Avenue, London EC1R 4TD**) please", TypeStreetAddress, "14 Rosebery Avenue, London EC1R 4TD"},
	})
	wantNoneTyped(t, d, []typedText{
		{"card ****1234 Rosebery Avenue", TypeStreetAddress},
		{"price*12 Rosebery Avenue", TypeStreetAddress},
	})
}
