package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of what session 52 found in the gaps of its blind sets and in
// the known limits that session 51 left.

// TestBirthListsOfSession52 checks that every date of a list after a
// birth word is a date of birth when the list joins its dates with
// "and" or its kin ("born on 11/04/2014 and 30/09/2016"), and after
// the plural participles ("nacidos", "nascidas", "nés"), while a date
// of something else after "and" keeps out.
func TestBirthListsOfSession52(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct {
		text  string
		dates []string
	}{
		{"my kids were born on 11/04/2014 and 30/09/2016", []string{"11/04/2014", "30/09/2016"}},
		{"mis hijos nacidos el 11/04/2014 y el 30/09/2016 también viajan", []string{"11/04/2014", "30/09/2016"}},
		{"os gémeos, nascidos em 02/02/2019 e 02/02/2019", []string{"02/02/2019", "02/02/2019"}},
		{"mes enfants sont nés le 4 mai 2012 et le 9 juin 2015", []string{"4 mai 2012", "9 juin 2015"}},
		{"DOBs 14/03/1987, 02/09/1985 and 21/12/2010", []string{"14/03/1987", "02/09/1985", "21/12/2010"}},
	} {
		assert.Equal(t, c.dates, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
	for _, c := range []struct {
		text  string
		dates []string
	}{
		{"born on 11/04/1984 and moved here on 30/09/2016", []string{"11/04/1984"}},
		{"DOB 11/04/1984, order placed 30/09/2024 and 02/10/2024", []string{"11/04/1984"}},
		{"born 11/04/1984. Delivered 30/09/2024 and 02/10/2024", []string{"11/04/1984"}},
	} {
		assert.Equal(t, c.dates, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
}
