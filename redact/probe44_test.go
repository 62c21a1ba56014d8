package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 44 found in the gaps that session 43's blind sets
// left and in its own blind sets (rentals and utilities; the Nordic and
// Baltic countries; schools and universities; Southeast and South Asia;
// games and app stores).

// TestTurkishPhonesOfSession44 checks Turkish mobiles after their words
// ("cep no", "numaram", "arayın") and that "cep" alone, Brazil's postcode
// as well as the Turkish mobile, reads a postcode only of a CEP's eight
// digits.
func TestTurkishPhonesOfSession44(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"cep no: 0532 418 27 90", "0532 418 27 90"},
		{"numaram 0532 418 27 90, akşam arayın", "0532 418 27 90"},
		{"cep: 0532 418 27 90", "0532 418 27 90"},
	}, []string{
		"mi CEP 01310-100",
		"CEP: 04538-132, São Paulo",
	})
	require.Empty(t, valuesOf(t, d, "cep: 0532 418 27 90", TypeZipCode))
	require.Equal(t, []string{"01310-100"}, valuesOf(t, d, "mi CEP 01310-100", TypeZipCode))
	require.Equal(t, []string{"14.03.1987"}, valuesOf(t, d, "doğum tarihi 14.03.1987", TypeDateOfBirth))
}
