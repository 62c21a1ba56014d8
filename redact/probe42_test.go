package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 42 found while its blind sets (education,
// property, gaming and social accounts, motoring, national ids of
// Asia-Pacific and the Nordics) were written.

// TestVehicleFieldLabelsOfSession42 checks that the labels of a vehicle's
// and a claim's fields, which open a line before a colon as a speaker's
// name does, are no person ("Kennzeichen: M-AB 1234", "Targa: FG 123
// AB"), while a speaker's unknown name still is one.
func TestVehicleFieldLabelsOfSession42(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantFound(t, d, TypePerson, []textValue{
		{"Zorvik: hi, the car is in the garage", "Zorvik"},
	}, []string{
		"Kennzeichen: M-AB 1234",
		"Targa: FG 123 AB",
		"Modell: Golf",
		"Marke: VW",
		"Aktenzeichen: 12 O 345/23",
		"Matrícula: 1234 BCD",
		"Sinistro: ho bisogno di aiuto",
	})
}
