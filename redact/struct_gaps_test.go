package redact

import "testing"

// TestCalledNaming checks "called" before a number: a verb of calling
// confirms a phone number ("I called 4006381333 twice", "... the other
// day"), but "called X the Y" names what the number is and confirms
// nothing ("They called 4006381333 the best product"); 4006381333 is no
// other kind of number either.
func TestCalledNaming(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"They called 4006381333 the best product", nil},
		{"They called 4006381333 the best product ever made", nil},
		{"We called 2025550143 a great deal.", nil},
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
