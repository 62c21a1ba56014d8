package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 75 found in its blind set of customers in
// Singapore, Malaysia and Hong Kong (BU).

// TestSingaporePlatesOfSession75 checks Singapore's vehicle plates,
// spaced or glued, with their word or without one, whose check letter
// is right. The controls: the same plate with a wrong check letter, a
// prefix with an "I" or an "O" (never issued), and a plate in lower case.
func TestSingaporePlatesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"my car SKV 2048 D kena clamped at the carpark", "SG_VEHICLE_REGISTRATION", "SKV 2048 D"},
		{"bike FBA12L at the void deck since Monday", "SG_VEHICLE_REGISTRATION", "FBA12L"},
		{"accident on the PIE, other party GBC 7 S, happened 9am", "SG_VEHICLE_REGISTRATION", "GBC 7 S"},
	})
	wantNoneTyped(t, d, []typedText{
		{"my car SKV 2048 E kena clamped at the carpark", "SG_VEHICLE_REGISTRATION"},
		{"my car SIO 2048 D kena clamped", "SG_VEHICLE_REGISTRATION"},
		{"my car skv 2048 d kena clamped", "SG_VEHICLE_REGISTRATION"},
	})
}

// TestRomanisedChineseNamesOfSession75 checks Chinese names of three
// words in romanisation (a surname and two given syllables) after a
// person's cue, a title or "insured", in capitals, in title case or with
// the surname alone in capitals: whole, not the given names or the
// surname alone. The controls: Hong Kong's places of the same shape
// ("Ho Man Tin", "Wong Tai Sin"), which are no one's name.
func TestRomanisedChineseNamesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"paynow name show as TEO JUN KAI. refund pls", TypePerson, "TEO JUN KAI"},
		{"got charged twice, card holder WONG Siu Ming", TypePerson, "WONG Siu Ming"},
		{"pls change my number, thanks. acc holder Lim Kai Wen", TypePerson, "Lim Kai Wen"},
		{"tenant is Mr. Chan Tai Man, HKID on file", TypePerson, "Chan Tai Man"},
		{"sent to wrong place, recipient Ho Ka Wing 6123 4567", TypePerson, "Ho Ka Wing"},
		{"renewing my policy, insured Yip Wai Kit HKID on file", TypePerson, "Yip Wai Kit"},
	})
	wantNoneTyped(t, d, []typedText{
		{"meet at Ho Man Tin station at 3pm", TypePerson},
		{"the shop near Wong Tai Sin Road closed", TypePerson},
	})
}

// TestPatronymsOfSession75 checks the "s/o" of Singapore's Tamil names
// before a father's name of one word, and "Nur" before a Malay name
// joined to a parent's with "binte": one name each. The controls: a
// father's name of two words after "s/o", which Pakistan's and India's
// forms write as another person's, and a German "Nur" before a name with
// no patronym.
func TestPatronymsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"season parking cannot renew. my name Suresh Kumar s/o Arumugam", TypePerson, "Suresh Kumar s/o Arumugam"},
		{"pls refund to my savings under Nur Farhana binte Yusof, amount is $12", TypePerson, "Nur Farhana binte Yusof"},
	})
	for _, c := range []struct {
		text string
		want []string
	}{
		{"I, Imran Ali s/o Tariq Mehmood, resident of House 12", []string{"Imran Ali", "Tariq Mehmood"}},
		{"Es gibt Nur Aisyah hier", []string{"Aisyah"}},
	} {
		require.Equal(t, c.want, valuesOf(t, d, c.text, TypePerson), c.text)
	}
}

// TestHongKongDistrictsOfSession75 checks a Hong Kong address that ends
// in its district after the street ("..., 45 King Road, North Point"),
// which the address takes in. The control: a district alone in a
// sentence is no address.
func TestHongKongDistrictsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"send to Flat 12A, Tower 2, Ocean Court, 45 King Road, North Point. thanks", TypeStreetAddress, "Flat 12A, Tower 2, Ocean Court, 45 King Road, North Point"},
		{"new flat is 9 Shing On Street, Sai Wan Ho. rent HK$12,000", TypeStreetAddress, "9 Shing On Street, Sai Wan Ho"},
	})
	wantNoneTyped(t, d, []typedText{
		{"the bus to North Point was late again", TypeStreetAddress},
	})
}
