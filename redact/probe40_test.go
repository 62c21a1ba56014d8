package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 40's fuzzing and blind sets found.

// TestEmptyValueBeforeColonOfSession40 checks a key whose value is
// empty before a colon ("pw:A:: 0"): the value reader once sliced
// t[q:q-1] there and panicked. Each text must come back without a
// panic and with findings that keep the invariants, and a password
// after the same key is still found.
func TestEmptyValueBeforeColonOfSession40(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, text := range session40Seeds {
		checkDetect(t, d, text)
	}
	wantFound(t, d, TypePassword, []textValue{
		{"pw: Xk9#pLm2 thanks", "Xk9#pLm2"},
	}, nil)
}

// session40Seeds are fuzz seeds of session 40's tests.
var session40Seeds = []string{
	"pw:A:: 0",
	"pw:: 0",
	"pw:A::\t0",
	"password:a:: b",
	"token: x:: y",
	"pw:A:",
	"pw:A: 0",
}
