package redact

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContactListPhones checks national numbers that no phone word
// names but that stand beside an e-mail address in one list of contact
// details, before or after it; and the look-alikes, where a word says
// what else the number is or where the e-mail address is no neighbour.
func TestContactListPhones(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct{ text, phone string }{
		{"Actualicen mis datos, por favor: p.rodriguez@inmobiliaria-garcia.es, 958 368 468, nacida el 5/2/1959.", "958 368 468"},
		{"Atualizem os meus dados: ana.jesus@terra.com.br, 217426535, nascida em 07/02/1977.", "217426535"},
		{"Então gfernandes05@yahoo.com.br e 218 838 631, mais alguma coisa?", "218 838 631"},
		{"Entonces andrea.jimenez+news@hotmail.es y (954 744 447), ¿algo más?", "954 744 447"},
		{"Reach me: 958 368 468 / ana@example.es.", "958 368 468"},
		{"contact: 0612345678 or ana@example.fr", "0612345678"},
		{"jan@example.nl; 020 123 4567", "020 123 4567"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone)
	}
	for _, text := range []string{
		"my email is ana@example.com, order 12345678",
		"ana@example.com, 2024-01-15",
		"version 2.3.1 / ana@example.com",
		"ana@example.com sent 12345678 twice",
		"the file ana@example, 958 368 468",     // no domain after the '@'
		"ana@example.com,and 958 368 468 items", // no space after the join
		"ana@example.com/958368468",
	} {
		fs, err := d.Detect(context.Background(), text)
		require.NoError(t, err)
		for _, f := range fs {
			assert.NotEqual(t, TypePhoneNumber, f.Type, "%s: %s", text, text[f.Start:f.End])
		}
	}
}

// TestSpelledPlus checks a number dictated with the word for "plus"
// before its country code ("más 33 ...", "mais 33 ...", "più 39 ..."),
// which a phone word must name, and the same words in sums.
func TestSpelledPlus(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct{ text, phone string }{
		{"Customer: mi numero es mas 33 7 30 51 15 17", "33 7 30 51 15 17"},
		{"Cliente: meu numero é mais 33 2 36 16 11 83", "33 2 36 16 11 83"},
		{"il mio numero è più 39 347 123 4567", "39 347 123 4567"},
		{"my number is plus 44 7700 900123", "44 7700 900123"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone)
	}
	for _, text := range []string{
		"that is 5 plus 33 7 30 51 15 17 items",
		"el total es más 33 7 30 51 15 17",
	} {
		fs, err := d.Detect(context.Background(), text)
		require.NoError(t, err)
		for _, f := range fs {
			assert.NotEqual(t, TypePhoneNumber, f.Type, "%s: %s", text, text[f.Start:f.End])
		}
	}
}
