package redact

import (
	"testing"
)

// TestSoftBoundsAtEnd holds texts that end where a helper of the soft
// recognizer once read the token past the last one, a panic on user
// input. Each is named by the helper it reached.
func TestSoftBoundsAtEnd(t *testing.T) {
	d, err := NewDetector(WithTypes(allKnownTypes(t)...))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		helper, text string
	}{
		// nameAfterLead reads a second initial after "J." (initialAt).
		{"initialAt", "Payee J."},
		{"initialAt", "Recipient G."},
	}
	for _, tt := range tests {
		t.Run(tt.helper, func(t *testing.T) {
			checkDetect(t, d, tt.text)
		})
	}
}
