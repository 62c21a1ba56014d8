package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPhoneOwnerLangs: the writer says after the number, in any of the
// chat languages, that it is their phone; a possessive before another
// kind of number ("ist meine Bestellnummer", "es mi número de pedido")
// says nothing.
func TestPhoneOwnerLangs(t *testing.T) {
	cases := []struct{ text, want string }{
		{"089/84813671 ist meine neue Nummer.", "089/84813671"},
		{"0172/5530418 ist meine Handynummer", "0172/5530418"},
		{"0612345678 c'est mon portable.", "0612345678"},
		{"0698765432 c’est mon numéro", "0698765432"},
		{"0612345678 est mon nouveau numéro, merci", "0612345678"},
		{"612345678 es mi número.", "612345678"},
		{"655-432-198 es mi nuevo móvil", "655-432-198"},
		{"347 1234567 è il mio nuovo cellulare.", "347 1234567"},
		{"3471234567 è il mio numero di telefono", "3471234567"},
		{"06-12345678 is mijn nummer.", "06-12345678"},
		{"0687654321 is mijn nieuwe nummer", "0687654321"},
		{"912 345 678 é o meu novo telemóvel.", "912 345 678"},
		{"912345678 é meu número", "912345678"},
		// Other numbers of the writer's.
		{"5027861309 ist meine Bestellnummer", ""},
		{"5027861309 ist meine Kundennummer", ""},
		{"0612345678 est mon numéro de commande", ""},
		{"612345678 es mi número de pedido.", ""},
		{"3471234567 è il mio numero di ordine", ""},
		{"5027861309 is mijn klantnummer", ""},
		{"912345678 é o meu número de cliente", ""},
		{"612345678 es mi código", ""},
		{"5027861309 es la referencia", ""},
	}
	d, err := NewDetector()
	require.NoError(t, err)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}
