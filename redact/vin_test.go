package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVINCheckDigit checks vinShape on VINs whose check digits are known
// (a digit and an X) and on every one-character change of them: a change
// to a character of another value at a weighted position breaks the
// check, one to a character of the same value ("A" and "J" are both 1)
// keeps it, and I, O, Q or a letter among the last four break the shape.
func TestVINCheckDigit(t *testing.T) {
	const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for _, vin := range []string{"1HGCM82633A004352", "1M8GDM9AXKP042788", "5YJSA1DG9DFP14705"} {
		shape, check := vinShape(vin)
		require.True(t, shape && check, "VIN %d", len(vin))
		lower := []byte(vin)
		for i := range lower {
			lower[i] |= 0x20
		}
		shape, check = vinShape(string(lower))
		assert.True(t, shape && check, "lower case counts as upper")
		for i := 0; i < len(vin); i++ {
			for _, c := range []byte(alphabet) {
				if c == vin[i] {
					continue
				}
				b := []byte(vin)
				b[i] = c
				shape, check := vinShape(string(b))
				switch {
				case c == 'I' || c == 'O' || c == 'Q' || i >= 13 && c > '9':
					assert.False(t, shape, "position %d byte %c", i, c)
				case i == 8:
					assert.False(t, check, "check digit replaced by %c", c)
				case vinValue(c) == vinValue(vin[i]):
					assert.True(t, check, "position %d byte %c of the same value", i, c)
				default:
					assert.False(t, check, "position %d byte %c", i, c)
				}
			}
		}
	}
	for _, s := range []string{"", "1HGCM82633A00435", "1HGCM82633A0043521", "1HGCM82633A0043-2", "11111111111111111"} {
		shape, _ := vinShape(s)
		assert.False(t, shape, "length %d", len(s))
	}
}
