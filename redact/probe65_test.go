package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 65 found in the gaps of its blind sets.

// TestPasswordsAroundTheirWordOfSession65 checks the passwords of a
// password's shape that a message names around its password's word:
// before it, on another line, after a first value, one after another.
// The look-alikes: networks' names, tickets, log fields, versions with
// a tag, e-mail addresses and paths near a password's word.
func TestPasswordsAroundTheirWordOfSession65(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantFound(t, d, TypePassword, []textValue{
		{"tried Hx7#pLq92 three times and it keeps saying wrong password", "Hx7#pLq92"},
		{"I can't log into the members area. I've tried Bluebell!2019 and it says wrong password", "Bluebell!2019"},
		{"jag har glömt lösenordet, eller typ jag tror det är Kanelbulle#2019 men det funkar inte", "Kanelbulle#2019"},
		{"can u reset the pw for user m.schultz pls, the current one 'Hamburg#1987' was in a leaked gist", "Hamburg#1987"},
	}, []string{
		"password reset done, ticket #CS-773019 is closed",
		"network TP-Link_8A3C or CasaDoLargo_5G, which wifi password do I need",
		"login failed user=jdoe attempts=5 status=locked size=18.2MB, wrong password",
		"the password manager auth-svc@3.14.1 and build v2.3.1-Beta+exp crashed",
		"password reset sent to Anna.K_1985@example.com and /home/jdoe!2/keys",
		"Kx7!harbour29 is the name of the build\nforgot my password",
		"db_password_rotated_at Kx7!harbour29 in Order#A12b-99x",
	})
	// Two tries around one word, each its own finding.
	require.Equal(t, []string{"Bluebonnet#2019", "Bluebonnet#2020"},
		valuesOf(t, d, "Patient portal says my password expired. old one was Bluebonnet#2019 and it won't accept Bluebonnet#2020 either lol", TypePassword))
	require.Equal(t, []string{"Summer2019!", "Hx7#pLq92"},
		valuesOf(t, d, "I can't log in to download my data. tried Summer2019! and Hx7#pLq92, wrong password both times", TypePassword))
	require.Equal(t, []string{"Sunflower!2019", "t4ngerine-Kite#88"},
		valuesOf(t, d, "[22:31] Customer: I'm locked out after changing my password. It was Sunflower!2019 and I changed it to t4ngerine-Kite#88 an hour ago", TypePassword))
}
