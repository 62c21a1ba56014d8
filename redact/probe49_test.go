package redact

import (
	"testing"
)

// TestAccountKeyAfterVerbOfSession49: Mexico's CLABE and Argentina's CBU
// after their word and a verb of being ("mi clabe es ...", "my CBU is
// ..."), as after a colon; a key of the wrong length, or far after its
// word, is none.
func TestAccountKeyAfterVerbOfSession49(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"para el reembolso mi clabe es 012180001183597198 (bbva)", "012180001183597198"},
		{"my CBU is 2850590940090418135201, thanks", "2850590940090418135201"},
		{"a minha CLABE é 012180001183597198", "012180001183597198"},
		{"clabe: 012180001183597198", "012180001183597198"},
		{"la clabe es 12345", ""},
		{"mi clabe es 0121800011835971", ""},
		{"mi clabe es la de siempre 012180001183597198", ""},
	} {
		wantValue(t, d, c.text, TypeBankAccount, c.want, "%q", c.text)
	}
}
