package redact

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

// FuzzDetect checks, for arbitrary bytes, that Detect does not panic,
// returns spans inside the input on character boundaries, sorted and not
// overlapping, and is deterministic.
func FuzzDetect(f *testing.F) {
	for _, b := range builtinRecognizers {
		for _, ex := range b.Examples {
			f.Add(ex.Text)
		}
	}
	for _, p := range probeSeeds() {
		f.Add(p)
	}
	for _, p := range wideSpaceSeeds() {
		f.Add(p)
	}
	for _, seeds := range [][]string{shoutedSeeds, escapedSeeds, keyedSeeds, typedSeeds, session28Seeds, session29Seeds, session29LateSeeds, session30Seeds, session31Seeds, session32Seeds, session33Seeds, session34Seeds, session35Seeds, session36Seeds, session37Seeds, session38Seeds, session39Seeds, session40Seeds, session49Seeds, session50Seeds, session51Seeds, session52Seeds, session53Seeds, session54Seeds, session55Seeds, session56Seeds, session57Seeds, session58Seeds, session59Seeds, session60Seeds, session61Seeds, session62Seeds, session63Seeds, session64Seeds, session65Seeds, session66Seeds, session67Seeds, session68Seeds, session69Seeds, session70Seeds, session71Seeds, session72Seeds, session73Seeds, session74Seeds, session75Seeds, session76Seeds, session77Seeds, session78Seeds, session79Seeds, session80Seeds, session81Seeds, mrzSeeds()} {
		for _, p := range seeds {
			f.Add(p)
		}
	}
	d, err := NewDetector(WithTypes(allKnownTypes(f)...))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkDetect(t, d, text)
	})
}

// checkDetect runs d on text twice and fails t unless the findings keep
// checkInvariants and are the same both times.
func checkDetect(t *testing.T, d *Engine, text string) {
	t.Helper()
	fs, err := d.Detect(context.Background(), text)
	if err != nil {
		t.Fatalf("Detect: %v", err)
	}
	checkInvariants(t, text, fs)
	again, err := d.Detect(context.Background(), text)
	if err != nil || !reflect.DeepEqual(fs, again) {
		t.Fatalf("not deterministic: %d then %d findings", len(fs), len(again))
	}
}

// shoutedSeeds are texts in capitals, which the soft recognizer reads
// twice (see readShouted), with the letters whose lower case takes other
// byte counts ("İ", the Kelvin sign) and invalid bytes.
var shoutedSeeds = []string{
	"MY NAME IS SARAH DA SILVA, I LIVE AT 12 MAIN STREET, SPRINGFIELD, IL 62704",
	"> ACCOUNT HOLDER JAMES O'NEIL, IBAN DE89 3704 0044 0532 0130 00",
	"BONJOUR, JE M'APPELLE EFUA NAKASHIMA, J'HABITE EICHENDORFFSTRAßE 15, 18990 ROSTOCK.",
	"İSTANBUL \u212a ÅSA \xff\xc3 ÖRJAN ÆRØ CALLED FROM ACME LTD",
	"THANKS\nPIETER VAN DER BERG\nSENIOR ENGINEER, ACME GMBH\n+49 30 1234567",
}

// probeSeeds returns fuzz seeds from the address probes: each line, the
// line without its speaker's prefix, so that a street at the very start
// of a text is tried ("Karl gate 22" once read the token before the
// first), the value alone, and all three in lower case, which takes the
// lower-case readers' paths.
func probeSeeds() []string {
	var out []string
	for _, ps := range [][]addressProbe{addressChatPositives, addressChatLookAlikes} {
		for _, p := range ps {
			seeds := []string{p.text, p.span}
			if _, rest, ok := strings.Cut(p.text, ": "); ok {
				seeds = append(seeds, rest)
			}
			for _, x := range seeds {
				out = append(out, x, strings.ToLower(x))
			}
		}
	}
	return out
}

// FuzzDetectOptions runs a detector of the options that read findings
// again after the scan (WithPhoneLeniency's parse, the country phone
// types, literal deny-list values, allow lists and patterns after the
// overlaps) on arbitrary text, with the same invariants as FuzzDetect.
func FuzzDetectOptions(f *testing.F) {
	for _, s := range []string{
		"My US number is (415) 555-0132, and my international one is +91 4155 550132",
		"one is415-555-0132 or 91-415-555-0132",
		"Birinci: +905321234567, Ikinci: 05359876543",
		"Telepono: 0 (917) 123 4567, +63 2 8123 4567",
		"\\Mr.\\ PLUM...,Mrs. Plum ...Mr...PLUM... XMr. mr.",
		"+(((((1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6",
		"tel:+1-415-555-0132;ext=12 x (415) 555-0132 ext. 12",
		"\xff+90 532\xe2\x80\xaf123 45 67\x00",
		"write to jane.doe@example.com or +44 20 7946 0958, Jane",
	} {
		f.Add(s)
	}
	d, err := NewDetector(WithTypes(append(allKnownTypes(f), TypeTRPhoneNumber, TypePHMobileNumber, "TITLE_DENIED")...),
		WithPhoneLeniency(PhoneExactGrouping), WithDenyList("TITLE_DENIED", "Mr.", "Mrs.", "a.b"))
	if err != nil {
		f.Fatal(err)
	}
	strict, err := NewDetector(WithPhoneLeniency(PhoneStrictGrouping), WithCaseSensitiveDenyLists(), WithDenyList("CODE", "X-17", "blue heron"),
		WithAllowPatterns(`[a-z.]+@example\.com`, `(?i)\+44.*`), WithAllowList("jane"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkDetect(t, d, text)
		checkDetect(t, strict, text)
	})
}
