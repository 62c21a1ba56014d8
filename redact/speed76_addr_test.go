package redact

import (
	"context"
	"strings"
	"testing"
)

// TestHoldsKoDistrictOfSession76addr: holdsKoDistrict answers as
// strings.Contains does for the district's mark, at a text's start and
// end, after many hyphens, with a mark cut short and beyond ASCII; and a
// romanised Korean address is still found wherever its first digit is.
func TestHoldsKoDistrictOfSession76addr(t *testing.T) {
	for _, s := range []string{
		"", "-", "-gu", "-gu,", "-gu, ", "x-gu, ", "-gu, x", "--gu, ", "---",
		"a-b-c-gu,-gu, ", "Seocho-gu Seoul", "Seocho-gu,Seoul", "Seocho-gu, Seoul",
		strings.Repeat("-g", 50) + "u, ", strings.Repeat("a-", 40), "서초-gu, 서울", "\xff-gu, \xfe",
	} {
		if got, want := holdsKoDistrict(s), strings.Contains(s, koDistrictMark); got != want {
			t.Errorf("holdsKoDistrict(%q) = %v, want %v", s, got, want)
		}
	}
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"15, Seocho-daero 74-gil, Seocho-gu, Seoul 06620 #1705",
		"Ship to Apt 804-1102, 27 Banpo-daero 23-gil, Seocho-gu, Seoul 06530 please",
	} {
		fs, err := d.Detect(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range fs {
			found = found || f.Type == TypeStreetAddress && strings.Contains(text[f.Start:f.End], "-gu, Seoul")
		}
		if !found {
			t.Errorf("%q: no address across the district, findings %v", text, fs)
		}
	}
}

// TestIDAddressBeforeOfSession76addr: idAddressBefore's test of an
// ASCII word's first letter before its fold passes every word it looks
// for, in any case, and still finds them after words beyond ASCII.
func TestIDAddressBeforeOfSession76addr(t *testing.T) {
	words := []string{"jl", "jln", "jalan", "gg", "gang", "perum", "perumahan", "komplek", "kompleks", "rt", "rw", "kel", "kelurahan", "kec", "kecamatan", "kab", "kabupaten", "desa"}
	for _, w := range words {
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			s := newEntScanner()
			s.g = theGazetteer()
			s.text = "Ümit " + form + " Mawar 5, Menteng, Jakarta Pusat 10310"
			s.toks, s.all = entTokenize(s.text, s.toks)
			k := len(s.toks) - 1
			if !s.idAddressBefore(k) {
				t.Errorf("%q: idAddressBefore missed it", form)
			}
		}
	}
	// Words of the same first letters and lengths that are none of them.
	for _, form := range []string{"jalur", "Gong", "KAM", "dosa"} {
		s := newEntScanner()
		s.g = theGazetteer()
		s.text = "Ümit " + form + " Mawar 5, Menteng, Jakarta Pusat 10310"
		s.toks, s.all = entTokenize(s.text, s.toks)
		if s.idAddressBefore(len(s.toks) - 1) {
			t.Errorf("%q: read as an Indonesian address's word", form)
		}
	}
}
