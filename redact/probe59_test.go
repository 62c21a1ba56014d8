package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 59 found in the gaps of its blind sets.

// TestPhonesOfSession59 checks national numbers that a reference's word
// in the sentence before, a postcode before " / ", or the lack of a
// phone word used to hide, and that the references themselves stay.
func TestPhonesOfSession59(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantTyped(t, d, []typedValue{
		{"Policy HH-20938415. I'm on 07833 218946 after 6pm.", TypePhoneNumber, "07833 218946"},
		{"Roofer's quote ref Q-2231. I'm on 07833 218946", TypePhoneNumber, "07833 218946"},
		{"Unit 14, 3 Mort St, Braddon ACT 2612 / 0412 560 093 / samira.haddad@iinet.net.au", TypePhoneNumber, "0412 560 093"},
		{"Hola, me dais cita para hoy? soy su padre Daniel Castro 699-284-113", TypePhoneNumber, "699-284-113"},
		{"ja klopt, 020 - 612 44 83 is mijn werknummer", TypePhoneNumber, "020 - 612 44 83"},
		{"O vizinho pede que o contactem: 21 384 7261", TypePhoneNumber, "21 384 7261"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Order 4471. Tracking 07833 218946", TypePhoneNumber},
		{"ref Q-2231, order 07833 218946", TypePhoneNumber},
		{"Order for Daniel Castro 699-284-113", TypePhoneNumber},
		{"Daniel Castro 699-284-113 items", TypePhoneNumber},
	})
}
