package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestVINShape checks vinShape on VINs of North American and European
// makers, in either case, and on every way a string misses the shape: a
// length other than 17, I, O or Q anywhere, a letter among the last four,
// no letter at all, a byte outside letters and digits.
func TestVINShape(t *testing.T) {
	for _, vin := range []string{"1HGCM82633A004352", "1M8GDM9AXKP042788", "WVWZZZ1JZXW000001", "wvwzzz1jzxw000001"} {
		assert.True(t, vinShape(vin), "VIN of %d bytes", len(vin))
		for i := 0; i < len(vin); i++ {
			for _, c := range []byte("IOQioq-_ .") {
				b := []byte(vin)
				b[i] = c
				assert.False(t, vinShape(string(b)), "byte %q at %d", c, i)
			}
			if i >= 13 {
				b := []byte(vin)
				b[i] = 'A'
				assert.False(t, vinShape(string(b)), "a letter among the last four, at %d", i)
			}
		}
	}
	for _, s := range []string{"", "1HGCM82633A00435", "1HGCM82633A0043521", "11111111111111111"} {
		assert.False(t, vinShape(s), "length %d", len(s))
	}
}
