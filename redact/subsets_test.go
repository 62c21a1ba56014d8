package redact

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// subsetTexts returns the texts the subset property is checked on: the
// hand-made cases, and the lines of the chat corpus, the whole corpus as
// one text and the texts of the synthetic dataset when the corpus is
// there (the test skips under the race detector: wholeWithoutRace).
func subsetTexts(t *testing.T) []string {
	dir := findCorpusDir()
	if dir == "" {
		t.Log(corpusMissing + ": the hand-made cases only")
		return subsetCases
	}
	raw, err := os.ReadFile(filepath.Join(dir, "chat", "corpus.txt"))
	require.NoError(t, err)
	texts := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	b, err := os.ReadFile(filepath.Join(dir, "presidio", "synth_dataset_v2.json"))
	require.NoError(t, err)
	var synth []struct {
		FullText string `json:"full_text"`
	}
	require.NoError(t, json.Unmarshal(b, &synth))
	for _, s := range synth {
		texts = append(texts, s.FullText)
	}
	return append(append(texts, string(raw)), subsetCases...)
}

// subsetCases are texts in which the checks of different types meet:
// what one check takes or changes another does not see.
var subsetCases = []string{
	// ipv4 moved the start of four dotted groups in brackets past the
	// bracket, and card then found no card there.
	"card (4111.1111.1111.1111) on file",
	// An access key before an AWS secret key stands for the AWS word.
	"keys AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
	// A URL takes in the address in its query, a token the number after
	// its '+', a value the token after its word.
	"see https://example.com/reset?to=jane.doe@example.org&tel=+442079460958",
	"token Zm9vYmFyYmF6cXV4Zm9vYmFy+4915112345678Zm9v",
	// A word inside what a check takes in is no keyword: each SSN here
	// scores without its word.
	"key Zm9vYmFyYmF6cXV4Zm9vYmFy/ssn 536-22-8726",
	"see https://example.com/ssn 536-22-8726",
	"mail jane@ssn.example.com 536-22-8726",
	"token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123ssn9ab 536-22-8726",
	"my password is Hunter2!x, api key: 8f3kQ9zLm2Xv7RtY4pWn, secret=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
	// A birth word makes a date a date of birth.
	"born 02/11/1990, ordered on 2024-11-02, DOB: 3. 4. 1980",
	"mac 3C52824A1F9E, address 00:1a:2b:3c:4d:5e at 10:30 am in 1999",
	"my ssn is 078-051121 and SSN-536-22-8726, call (0)20 7946 0958",
	"john dot doe at example dot com, email jdoe at gmail dot com",
}

// typeSubset is a detector's options and the types it reports.
type typeSubset struct {
	name  string
	opts  []Option
	types []string
}

// subsetsOf returns the subsets of the types all that the property is
// checked for: each type alone, the soft types, the six structured types
// of BenchmarkDetectChatSubsets, all but the soft types (WithoutTypes),
// and random subsets, of every size, drawn with a fixed seed.
func subsetsOf(all []string) []typeSubset {
	with := func(name string, types ...string) typeSubset {
		return typeSubset{name, []Option{WithTypes(types...)}, types}
	}
	var out []typeSubset
	for _, t := range all {
		out = append(out, with(t, t))
	}
	out = append(out,
		with("soft", softTypeNames[:]...),
		with("structured", TypeEmailAddress, TypePhoneNumber, TypeCreditCard, TypeIBAN, TypeUSSSN, TypeIPAddress),
		typeSubset{"nosoft", []Option{WithoutTypes(softTypeNames[:]...)}, slices.DeleteFunc(slices.Clone(all), func(t string) bool {
			return slices.Contains(softTypeNames[:], t)
		})},
	)
	r := goldenRand(0x5eed5ab5e7)
	for k := range 24 {
		// One type in 2, 4, 8 or 16: large and small subsets.
		keep := 2 << (k % 4)
		var types []string
		for _, t := range all {
			if r.intn(keep) == 0 {
				types = append(types, t)
			}
		}
		if len(types) > 0 {
			out = append(out, with(fmt.Sprintf("random%d", k), types...))
		}
	}
	return out
}

// TestSubsetFindings checks what WithTypes and WithoutTypes promise: a
// detector of fewer types reports what the detector of all of them
// reports of those types. It runs every subset of subsetsOf over the chat
// and synthetic corpora, against the default detector, and, for the
// opt-in DATE_TIME, against a detector of every type.
//
// One kind of finding may differ, as it has since before the scanner
// passed over the checks of types that are off:
//
//   - A finding that overlaps a finding, in the larger detector, of a
//     type left out. A candidate of a type that is off is dropped when it
//     is found, so it no longer wins the overlap over a candidate of a
//     type that is on ("4111 ..." as a TH_TNIN when CREDIT_CARD is off, a
//     shorter PERSON inside an address). A token with the prefix of a
//     secret type that is off is not taken whole, and the generic
//     API_KEY check may take it instead.
//
// The scanner passes over the checks that cannot report a type of the
// detector (see Engine.scanChecks): every subset's findings must also be
// exactly those of the same detector made to run every check.
//
// It reports offsets and types, never text.
func TestSubsetFindings(t *testing.T) {
	wholeWithoutRace(t)
	texts := subsetTexts(t)
	ctx := context.Background()
	def := defaultDetector(t)
	every, err := NewDetector(WithTypes(append(def.Types(), TypeDateTime)...))
	require.NoError(t, err)
	run := func(d *Engine) [][]Finding {
		out := make([][]Finding, len(texts))
		for i, s := range texts {
			fs, err := d.Detect(ctx, s)
			require.NoError(t, err)
			out[i] = fs
		}
		return out
	}
	refs := []struct {
		name    string
		found   [][]Finding
		subsets []typeSubset
	}{
		{"default", run(def), subsetsOf(def.Types())},
		{"every type", run(every), []typeSubset{
			{TypeDateTime, []Option{WithTypes(TypeDateTime)}, []string{TypeDateTime}},
			{"dates", []Option{WithTypes(TypeDateTime, TypeDateOfBirth)}, []string{TypeDateTime, TypeDateOfBirth}},
			{"dates and numbers", []Option{WithTypes(TypeDateTime, TypePhoneNumber, TypeUSSSN, TypeCreditCard)}, []string{TypeDateTime, TypePhoneNumber, TypeUSSSN, TypeCreditCard}},
		}},
		// A deny list reports what no default detector does: these
		// are checked against running every check only. Its phrases
		// are found as keywords, by the scan.
		{"", nil, []typeSubset{
			{"soft and a deny list", []Option{WithTypes(softTypeNames[:]...), WithDenyList("WORD", "account")}, append([]string{"WORD"}, softTypeNames[:]...)},
			{"deny list", []Option{WithTypes("WORD"), WithDenyList("WORD", "order", "my card")}, []string{"WORD"}},
		}},
	}
	for _, ref := range refs {
		for _, sub := range ref.subsets {
			d, err := NewDetector(sub.opts...)
			require.NoError(t, err, sub.name)
			require.ElementsMatch(t, sub.types, d.Types(), sub.name)
			full, err := NewDetector(sub.opts...)
			require.NoError(t, err)
			full.checks = allChecks
			bad, skipped := 0, 0
			for i, s := range texts {
				got, err := d.Detect(ctx, s)
				require.NoError(t, err)
				for _, f := range subsetDiff(ref.found, i, got, sub.types) {
					if bad < 5 {
						t.Errorf("%s against %s, text %d: %s at %d-%d differs", sub.name, ref.name, i, f.Type, f.Start, f.End)
					}
					bad++
				}
				want, err := full.Detect(ctx, s)
				require.NoError(t, err)
				if !slices.Equal(got, want) {
					if skipped < 5 {
						t.Errorf("%s, text %d: passing over checks changes the findings %v to %v", sub.name, i, spansOf(want), spansOf(got))
					}
					skipped++
				}
			}
			if bad > 0 {
				t.Errorf("%s against %s: %d findings differ", sub.name, ref.name, bad)
			}
			if skipped > 0 {
				t.Errorf("%s: passing over checks changes the findings of %d texts", sub.name, skipped)
			}
		}
	}
}

// subsetDiff returns the findings, of got or of the findings all of a
// larger detector in text i, in which the detector of types, which found
// got, differs from all restricted to types, but for the differences
// TestSubsetFindings allows; none when there is no larger detector.
func subsetDiff(found [][]Finding, i int, got []Finding, types []string) []Finding {
	if found == nil {
		return nil
	}
	all := found[i]
	var want, out []Finding
	for _, f := range all {
		if slices.Contains(types, f.Type) {
			want = append(want, f)
		}
	}
	allowed := func(f Finding) bool {
		for _, o := range all {
			if slices.Contains(types, o.Type) {
				continue
			}
			if o.Start < f.End && f.Start < o.End {
				return true
			}
		}
		return false
	}
	for _, f := range got {
		if !slices.Contains(want, f) && !allowed(f) {
			out = append(out, f)
		}
	}
	for _, f := range want {
		if !slices.Contains(got, f) && !allowed(f) {
			out = append(out, f)
		}
	}
	return out
}

// spansOf returns the types, spans and scores of findings, without their
// text.
func spansOf(fs []Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = fmt.Sprintf("%s@%d-%d:%.2f", f.Type, f.Start, f.End, f.Score)
	}
	return out
}
