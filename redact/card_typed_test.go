package redact

import (
	"testing"
)

// TestCardTwoSpaces: a card copied from a form or a PDF may have two
// spaces between its groups, and a hand may type a hyphen between spaces;
// three spaces and a number that fails Luhn are still no card.
func TestCardTwoSpaces(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Card: 4727  9543  0680  5385", "4727  9543  0680  5385"},
		{"my card number is 3571  6520  6518  9186", "3571  6520  6518  9186"},
		{"número de tarjeta 6011  0817  5654  7711", "6011  0817  5654  7711"},
		{"Card: 4111  1111-1111 1111", "4111  1111-1111 1111"},
		{"Card: 4111  1111  1111  1112", ""},
		{"Card: 4111   1111   1111   1111", ""},
		{"Card: 4111 - 1111 - 1111 - 1111", "4111 - 1111 - 1111 - 1111"},
		{"número do cartão 4413 - 6496 - 4514 - 3741", "4413 - 6496 - 4514 - 3741"},
		{"Card: 4111 - 1111 - 1111 - 1112", ""},
		{"card number 4600/9807/8827/9338, exp 11/26", "4600/9807/8827/9338"},
		{"Card: 4111/1111/1111/1112", ""},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypeCreditCard, c.want, "case %d: %s", i, c.text)
	}
}

// TestCardNumberWords: the German and Dutch words for a card number
// confirm a Luhn-valid number outside the known issuer ranges, as
// "card" does.
func TestCardNumberWords(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Meine Kartennummer ist 3527937646252958.", "3527937646252958"},
		{"Kreditkartennummer: 3527 9376 4625 2958", "3527 9376 4625 2958"},
		{"Mijn kaartnummer is 3527937646252958", "3527937646252958"},
		{"Bestellnummer 3527937646252958", ""},
		{"Ich habe 3527937646252958 eingegeben", ""},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypeCreditCard, c.want, "case %d: %s", i, c.text)
	}
}
