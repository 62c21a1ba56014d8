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
	// The address probes, also without their speaker's prefix, so that a
	// street at the very start of a text is tried ("Karl gate 22" once
	// read the token before the first).
	for _, ps := range [][]addressProbe{addressChatPositives, addressChatLookAlikes} {
		for _, p := range ps {
			f.Add(p.text)
			if _, rest, ok := strings.Cut(p.text, ": "); ok {
				f.Add(rest)
			}
			f.Add(p.span)
		}
	}
	d, err := NewDetector(WithTypes(allKnownTypes(f)...))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		fs, err := d.Detect(context.Background(), text)
		if err != nil {
			t.Fatalf("Detect: %v", err)
		}
		checkInvariants(t, text, fs)
		again, err := d.Detect(context.Background(), text)
		if err != nil || !reflect.DeepEqual(fs, again) {
			t.Fatalf("not deterministic: %d then %d findings", len(fs), len(again))
		}
	})
}
