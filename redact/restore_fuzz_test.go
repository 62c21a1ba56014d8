package redact

import (
	"strings"
	"testing"
)

// FuzzStreamRestore splits arbitrary replies into chunks at arbitrary places
// and checks that streaming restoration gives the same text as restoring
// the whole reply, never panics, and never lets an issued placeholder
// through.
func FuzzStreamRestore(f *testing.F) {
	for _, seed := range []struct {
		text string
		cuts []byte
	}{
		{"Hi <PERSON_1>, mail <EMAIL_ADDRESS_1> now", []byte{3, 9, 20}},
		{"[email_address_1] and {PERSON_1} and EMAIL_ADDRESS_1>", []byte{1, 1, 1}},
		{"<EMAIL_ADDRESS_12> <EMAIL_ADDRESS_", []byte{17, 5}},
		{"\xff<PERSON_1\xfe>", []byte{2}},
		{"<<PERSON_1>>", []byte{1, 2, 3}},
	} {
		f.Add(seed.text, seed.cuts)
	}
	v := NewVault(testScope)
	for _, e := range [][2]string{{"EMAIL_ADDRESS", "jo@example.org"}, {"PERSON", "Jo Bloggs"}, {"PERSON", "A <PERSON_1> B"}} {
		if _, err := v.Placeholder(e[0], e[1]); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, text string, cuts []byte) {
		want := v.Restore(text)
		r := v.Restorer()
		var got strings.Builder
		pos := 0
		for _, c := range cuts {
			end := min(pos+int(c), len(text))
			out := r.Write(text[pos:end])
			if strings.Contains(out, "<EMAIL_ADDRESS_1>") && !strings.Contains(text, "<EMAIL_ADDRESS_1><") {
				t.Fatalf("a chunk let an issued placeholder through")
			}
			got.WriteString(out)
			pos = end
		}
		got.WriteString(r.Write(text[pos:]))
		got.WriteString(r.Flush())
		if got.String() != want {
			t.Fatalf("streamed %q, whole %q", got.String(), want)
		}
	})
}
