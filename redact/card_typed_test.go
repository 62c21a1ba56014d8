package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCardTwoSpaces: a card copied from a form or a PDF may have two
// spaces between its groups; three spaces, a spaced hyphen and a number
// that fails Luhn are still no card.
func TestCardTwoSpaces(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Card: 4727  9543  0680  5385", "4727  9543  0680  5385"},
		{"my card number is 3571  6520  6518  9186", "3571  6520  6518  9186"},
		{"número de tarjeta 6011  0817  5654  7711", "6011  0817  5654  7711"},
		{"Card: 4111  1111-1111 1111", "4111  1111-1111 1111"},
		{"Card: 4111  1111  1111  1112", ""},
		{"Card: 4111   1111   1111   1111", ""},
		{"Card: 4111 - 1111 - 1111 - 1111", ""},
	}
	d, err := NewDetector()
	require.NoError(t, err)
	for i, c := range cases {
		wantValue(t, d, c.text, TypeCreditCard, c.want, "case %d: %s", i, c.text)
	}
}
