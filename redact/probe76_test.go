package redact

import (
	"context"
	"testing"
)

// TestLicenceNumbersOfSession76: a licence's or a certificate's number
// after its word is its holder's (LICENCE_NUMBER), a driving licence's
// after "driver's", "driving" or "LTO" (DRIVER_LICENSE); a customer's
// word keeps its type.
func TestLicenceNumbersOfSession76(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want, typ string }{
		{"Salmon licence, licence no. BK-S-019482, issued to the holder", "BK-S-019482", TypeLicenceNumber},
		{"Fish & Game licence FG-2425-881042, can I get it transferred?", "FG-2425-881042", TypeLicenceNumber},
		{"Deer hunting licence no.: DHL/2024/06173", "DHL/2024/06173", TypeLicenceNumber},
		{"Jeg har våpenkort nr. VK-0318-22471 for rifla", "VK-0318-22471", TypeLicenceNumber},
		{"FRSC renewal - my driver's licence no. KAN47182AB09 expires soon", "KAN47182AB09", TypeDriverLicense},
		{"filing a claim, LTO license no. N03-14-087256, policy MC-24-0089173", "N03-14-087256", TypeDriverLicense},
		{"my driver's license number is U62928788557186", "U62928788557186", TypeDriverLicense},
		{"my driver\u2019s licence no. KAN47182AB09", "KAN47182AB09", TypeDriverLicense},
		{"Kundennummer K-2284196 bitte", "K-2284196", TypeCustomerNumber},
		// A firm's licence; no number after the word; a count.
		{"My employer's trade licence is CN-2487361 if HR needs it", "", ""},
		{"my fishing licence expired last week", "", ""},
		{"licence no. 3 of the series", "", ""},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		// The first value of the three types: the licence's, before any
		// policy's after it.
		got, typ := "", ""
		for _, f := range fs {
			if got == "" && (f.Type == TypeLicenceNumber || f.Type == TypeDriverLicense || f.Type == TypeCustomerNumber) {
				got, typ = c.text[f.Start:f.End], f.Type
			}
		}
		if got != c.want || typ != c.typ {
			t.Errorf("%q: got %q (%s), want %q (%s)", c.text, got, typ, c.want, c.typ)
		}
	}
}

// TestBoatAndHerdNumbersOfSession76: rules_outdoor.go's rules and the
// microchip's groups, each where its word or shape says so.
func TestBoatAndHerdNumbersOfSession76(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want, typ string }{
		{"Boat: Moody 346\nMMSI: 235087641\nCall sign: MFKJ6", "235087641", TypeMMSI},
		{"Boat: Moody 346\nMMSI: 235087641\nCall sign: MFKJ6", "MFKJ6", TypeCallSign},
		{"Hull ID AU-QCR41176G718 on the transom", "AU-QCR41176G718", TypeHullID},
		{"calf tagged UK 342901 500128 died at 3 days old", "UK 342901 500128", TypeUKCattleTag},
		{"Chipnummer ist 276 0981 0224 7716, bei Tasso registriert", "276 0981 0224 7716", TypePetMicrochip},
		// A wrong check digit; a phone's nine digits without "MMSI".
		{"calf tagged UK 342901 600128 died", "", TypeUKCattleTag},
		{"call me on 235087641 tomorrow", "", TypeMMSI},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range fs {
			if f.Type == c.typ {
				got = c.text[f.Start:f.End]
			}
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q (%s)", c.text, got, c.want, c.typ)
		}
	}
}

// session76Seeds seed FuzzDetect with the sitting's new readers and
// fast paths, at a text's start and end: licence words, the boat and
// herd rules, the tokenizer's last word, chunk's separators, the
// twelve-hour times' pre-test.
var session76Seeds = []string{
	"licence no. BK-S-019482",
	"my driver's licence no.",
	"LTO license no. N03-14-087256",
	"Jagdschein",
	"MMSI: 235087641\nCall sign: MFKJ6",
	"GB-HRZ41227L920",
	"UK 342901 500128",
	"Chip gelesen: 276 09 8100 419 227",
	"abc",
	"Ho Man Kit",
	"12-34-56 7",
	"3 pm",
	"10:30",
	"2001:db8::1 4) x",
	"Jl. Sudirman 5",
	"-gu, Seoul 12",
}
