package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCalledNaming checks "called" before a number: a verb of calling
// confirms a phone number ("I called 4006381333 twice", "... the other
// day"), but "called X the Y" names what the number is and confirms
// nothing ("They called 4006381333 the best product"); 4006381333 is no
// other kind of number either.
func TestCalledNaming(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"They called 4006381333 the best product", nil},
		{"They called 4006381333 the best product ever made", nil},
		{"They called 4006381333 the most reliable brand.", nil},
		{"they called 4006381333 the worst gadget, sadly", nil},
		// Everything else after the article keeps the call.
		{"We called 2025550143 a great deal.", []string{"PHONE_NUMBER=2025550143"}},
		{"I called 2025550143 the line was busy", []string{"PHONE_NUMBER=2025550143"}},
		{"I called 2025550143 the agent hung up", []string{"PHONE_NUMBER=2025550143"}},
		{"I called 2025550143 the call dropped", []string{"PHONE_NUMBER=2025550143"}},
		{"I called 2025550143 the number you gave me", []string{"PHONE_NUMBER=2025550143"}},
		{"I called 2025550143 the hotline", []string{"PHONE_NUMBER=2025550143"}},
		{"I called 0612345678 a lot", []string{"PHONE_NUMBER=0612345678"}},
		{"I called 0612345678 a bunch", []string{"PHONE_NUMBER=0612345678"}},
		{"I called 0612345678 the last 3 days", []string{"PHONE_NUMBER=0612345678"}},
		{"I called 2025550143 the help desk said to email", []string{"PHONE_NUMBER=2025550143"}},
		{"I called 2025550143 the best number to reach them", []string{"PHONE_NUMBER=2025550143"}},
		{"we called 2025550143 the best way we could", []string{"PHONE_NUMBER=2025550143"}},
		{"I called 4006381333 twice", []string{"PHONE_NUMBER=4006381333"}},
		{"They called 4006381333", []string{"PHONE_NUMBER=4006381333"}},
		{"I called 2025550143 the other day", []string{"PHONE_NUMBER=2025550143"}},
		{"I called 2025550143 a few times", []string{"PHONE_NUMBER=2025550143"}},
		{"she called 2025550143 the whole morning", []string{"PHONE_NUMBER=2025550143"}},
		{"I called 2025550143 a couple of times", []string{"PHONE_NUMBER=2025550143"}},
		{"I called 2025550143 and nobody answered", []string{"PHONE_NUMBER=2025550143"}},
		{"they called me on 2025550143 the best way to reach me", []string{"PHONE_NUMBER=2025550143"}},
	})
}

// TestBirthShortYear checks dates of birth whose year has two digits,
// with or without an apostrophe, after a day and a month name ("the
// 3rd of April, '85", "3 de abril del 85", "April 3rd, '85"), near a
// birth word before or after them, and the same shapes where the two
// digits count something.
func TestBirthShortYear(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"DOB: 3/4/85", []string{"DATE_OF_BIRTH=3/4/85"}},
		{"geb. 03.04.85", []string{"DATE_OF_BIRTH=03.04.85"}},
		{"né le 3/4/85", []string{"DATE_OF_BIRTH=3/4/85"}},
		{"nacido el 3/4/85", []string{"DATE_OF_BIRTH=3/4/85"}},
		{"date of birth is the 3rd of April, '85", []string{"DATE_OF_BIRTH=3rd of April, '85"}},
		{"born on the 3rd of April, '85", []string{"DATE_OF_BIRTH=3rd of April, '85"}},
		{"born 3rd April '85 in Leeds", []string{"DATE_OF_BIRTH=3rd April '85", "LOCATION=Leeds"}},
		{"born 3rd April ’85", []string{"DATE_OF_BIRTH=3rd April ’85"}},
		{"DOB April 3rd, '85", []string{"DATE_OF_BIRTH=April 3rd, '85"}},
		{"my birthday is April 3, 85", []string{"DATE_OF_BIRTH=April 3, 85"}},
		{"born April 3 '85 in Leeds", []string{"DATE_OF_BIRTH=April 3 '85", "LOCATION=Leeds"}},
		{"born on the 3rd of April, 85 in Leeds", []string{"DATE_OF_BIRTH=3rd of April, 85", "LOCATION=Leeds"}},
		{"nacida el 3 de abril del 85", []string{"DATE_OF_BIRTH=3 de abril del 85"}},
		{"nacida el 3 de abril de 1985", []string{"DATE_OF_BIRTH=3 de abril de 1985"}},
		{"Ich bin am 3. April 85 geboren", []string{"DATE_OF_BIRTH=3. April 85"}},
		{"I was born, as far as I know, on 3/4/85", []string{"DATE_OF_BIRTH=3/4/85"}},
	})
	// Two digits that count something after a date stay out of it.
	d := defaultDetector(t)
	for _, text := range []string{"on April 3, 85 people came", "the 3rd of April, 85 boxes arrived", "by 3 April 85 units were sold"} {
		for _, f := range detect(t, d, text) {
			assert.NotContains(t, text[f.Start:f.End], "85", "%q", text)
			assert.NotEqual(t, TypeDateOfBirth, f.Type, "%q", text)
		}
	}
}

// TestTurkishPlateLower checks Turkish number plates typed in lower case
// after a plate's word, in its possessive forms too ("plakamız",
// "aracımın plakası"), when their letters also spell a short word ("34 da 1234",
// "06 a 123"), and the same numbers and words without a plate's word.
func TestTurkishPlateLower(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"plaka 34 abc 123", []string{"TR_LICENSE_PLATE=34 abc 123"}},
		{"plakam 06 ab 4567", []string{"TR_LICENSE_PLATE=06 ab 4567"}},
		{"plaka 34 da 1234", []string{"TR_LICENSE_PLATE=34 da 1234"}},
		{"plakamız 34 en 456", []string{"TR_LICENSE_PLATE=34 en 456"}},
		{"plakasi 34 no 456", []string{"TR_LICENSE_PLATE=34 no 456"}},
		{"aracımın plakası 06 a 1234", []string{"TR_LICENSE_PLATE=06 a 1234"}},
		{"plakasi 35 de 789 olan araç", []string{"TR_LICENSE_PLATE=35 de 789"}},
		{"Plakamız: 16 on 2024", []string{"TR_LICENSE_PLATE=16 on 2024"}},
		// The same shapes without a plate's word.
		{"saat 10 da 30 dakika bekledim", nil},
		{"araç 12 de 15 arası teslim edildi", nil},
		{"de 12 a 15 personas", nil},
		{"entre 10 y 20 euros", nil},
		{"from 12 to 150 units", nil},
		// Ranges, times and prices near a word for the plate.
		{"plaka işlemleri 10 ile 15 gün sürer", nil},
		{"plaka değişimi saat 10 da 30 dakika sürdü", nil},
		{"plaka için 10 ve 15 gün arası", nil},
		{"the license plate light costs 15 to 20 euros", nil},
		{"number plate fitting takes 10 to 15 minutes", nil},
		{"number plate order: 10 of 150 done", nil},
		{"We stayed in Plaka, 10 to 15 minutes from the Acropolis", nil},
		{"plakası 06 a 123", nil},
		{"license plate 34 en 456", nil},
	})
}
