package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRelativesBirthDateOfSession34 checks a second date of birth given
// by a relative's possessive right after the first ("my birth date: 6
// May 2002. my husband's: 12/3/1952"), with or without "is" and with a
// curly apostrophe. The possessive of a thing ("my husband's order:"),
// a relation that is no relative ("my landlord's:") and a date later
// than births are taken leave the second date out.
func TestRelativesBirthDateOfSession34(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"> my birth date: 6 May 2002. my husband's: 12/3/1952", []string{"6 May 2002", "12/3/1952"}},
		{"[09:06] Customer: my birth date: 05.07.1950. my husband's: 8 September 1986", []string{"05.07.1950", "8 September 1986"}},
		{"DOB 1990-01-02, my mum's is 1961-07-30", []string{"1990-01-02", "1961-07-30"}},
		{"date of birth 14/03/1979. and my wife\u2019s: 02/11/1981", []string{"14/03/1979", "02/11/1981"}},
		{"my birth date: 6 May 2002. my husband's order: 12/3/2024", []string{"6 May 2002"}},
		{"my birth date: 6 May 2002. my landlord's: 12/3/1952", []string{"6 May 2002"}},
		{"born 01/02/1980. my husband's appointment: 12/3/1952", []string{"01/02/1980"}},
		{"my birth date: 6 May 2002. my son's: 12/3/2025", []string{"6 May 2002"}},
	} {
		assert.Equal(t, c.want, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
}
