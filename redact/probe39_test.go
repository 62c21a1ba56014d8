package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 39's blind sets found missing or wrongly
// reported.

// TestBankAccountAfterACOfSession39 checks "A/c", the abbreviation of
// an account that Indian and British banks print, as an account's word:
// the number after it in a message that names banking, and no number
// after "c" elsewhere ("c/o", "a/c unit", "abc/c 12345678").
func TestBankAccountAfterACOfSession39(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantFound(t, d, TypeBankAccount, []textValue{
		{"pls transfer to A/c no. 123456789012 IFSC SBIN0001234", "123456789012"},
		{"my a/c number is 00123456789 with HDFC", "00123456789"},
		{"A/C: 3344556677 (ICICI Bank, Andheri branch)", "3344556677"},
		{"account holder: Priya Nair, a/c 918020012345678, Axis Bank", "918020012345678"},
	}, []string{
		"the a/c 12345678 unit in the lobby is broken",
		"c/o 12345678 bank street",
		"abc/c 12345678 bank",
		"c 12345678 bank",
		"a/c 12345678 was charged",
	})
}

// session39Seeds are FuzzDetect's seeds for the readers of session 39.
var session39Seeds = []string{
	"A/c no. 1",
	"a/c",
	"/c 1 bank",
	"OHIP 5584 486 673 Y",
	"PHN: 9",
}
