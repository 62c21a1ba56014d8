package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDOBTwoDigitYearAfterMonth: a day, a month name and a two-digit
// year that ends the phrase are one date of birth after a birth word;
// two digits that count a noun after a day and month are no year.
func TestDOBTwoDigitYearAfterMonth(t *testing.T) {
	cases := []struct{ text, typ, want string }{
		{"DOB 3 Apr 85", TypeDateOfBirth, "3 Apr 85"},
		{"Age 38 (DOB 3 Apr 85)", TypeDateOfBirth, "3 Apr 85"},
		{"geb. 3. April 85", TypeDateOfBirth, "3. April 85"},
		{"né le 3 avril 85, à Lyon", TypeDateOfBirth, "3 avril 85"},
		{"nacido el 3 de abril 85.", TypeDateOfBirth, "3 de abril 85"},
		{"on 3 May 25 people came", TypeDateTime, "3 May"},
		// After a birth word, a word may follow the year.
		{"born 3 Apr 85 in London", TypeDateOfBirth, "3 Apr 85"},
		{"né le 3 avril 85 à Paris", TypeDateOfBirth, "3 avril 85"},
		{"geboren am 3. April 85 in Wien", TypeDateOfBirth, "3. April 85"},
		{"nata il 3 aprile 85 a Roma", TypeDateOfBirth, "3 aprile 85"},
		{"nacida el 3 de abril 85 en Sevilla", TypeDateOfBirth, "3 de abril 85"},
		{"delivered 3 Apr 12 items", TypeDateTime, "3 Apr"},
	}
	d, err := NewDetector(WithTypes(TypeDateOfBirth, TypeDateTime))
	require.NoError(t, err)
	for i, c := range cases {
		wantValue(t, d, c.text, c.typ, c.want, "case %d: %s", i, c.text)
	}
}

// TestBirthdayNounLangs: a birthday word that modifies a noun before it
// ("fiesta de cumpleaños", "cadeau d'anniversaire") or the anniversary
// of a wedding dates an event, not a birth; the date of a birthday
// itself is still a date of birth.
func TestBirthdayNounLangs(t *testing.T) {
	cases := []struct{ text, want string }{
		{"L'anniversaire de mariage est le 12/05/2024.", ""},
		{"Fiesta de cumpleaños el 12/05/2024.", ""},
		{"Cadeau d'anniversaire livré le 12/05/2024 ?", ""},
		{"Festa di compleanno il 12/05/2024", ""},
		{"Presente de aniversário entregue em 12/05/2024", ""},
		{"Mi cumpleaños es el 12/05/1990", "12/05/1990"},
		{"Date d'anniversaire : 12/05/1990", "12/05/1990"},
		{"Data di compleanno 12/05/1990", "12/05/1990"},
		{"L'anniversaire de ma fille est le 12/05/2015", "12/05/2015"},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypeDateOfBirth, c.want, "case %d: %s", i, c.text)
	}
}
