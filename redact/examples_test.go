package redact

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecognizerExamples runs every example of every built-in recognizer
// and registered rule: a positive example must produce exactly one finding
// of the type, on the wanted text; a negative one none of the type.
// Failures report offsets, never the example's text.
func TestRecognizerExamples(t *testing.T) {
	e, err := NewDetector(WithTypes(allKnownTypes(t)...))
	require.NoError(t, err)
	type suite struct {
		name, typ string
		ex        []Example
		det       *Engine
	}
	// Built-in recognizers compete with each other as in real use; a rule
	// is checked alone, so rules of the same type do not mask each other.
	var suites []suite
	for _, b := range builtinRecognizers {
		suites = append(suites, suite{b.Name, b.Type, b.Examples, e})
	}
	for _, r := range DefaultRules() {
		d, err := NewDetector(WithoutDefaultRules(), WithRules(r), WithTypes(r.Type))
		require.NoError(t, err, "rule %s", r.Name)
		suites = append(suites, suite{r.Name, r.Type, r.Examples, d})
	}
	for _, s := range suites {
		e := s.det
		t.Run(s.name, func(t *testing.T) {
			require.NotEmpty(t, s.ex, "a recognizer ships examples")
			for i, ex := range s.ex {
				fs, err := e.Detect(context.Background(), ex.Text)
				require.NoError(t, err)
				var got []Finding
				for _, f := range fs {
					if f.Type == s.typ {
						got = append(got, f)
					}
				}
				if ex.Want == "" {
					assert.Empty(t, spans(got), "example %d: negative example matched", i)
					continue
				}
				if assert.Len(t, got, 1, "example %d: want one %s finding, got spans %v (all: %v)", i, s.typ, spans(got), spans(fs)) {
					assert.Equal(t, ex.Want == ex.Text[got[0].Start:got[0].End], true,
						"example %d: finding at %d-%d is not the wanted text (want length %d)", i, got[0].Start, got[0].End, len(ex.Want))
				}
			}
		})
	}
}

// spans describes findings without their text.
func spans(fs []Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = fmt.Sprintf("%s@%d-%d", f.Type, f.Start, f.End)
	}
	return out
}

// allKnownTypes is every type of the default detector plus the opt-in ones.
func allKnownTypes(t testing.TB) []string {
	d := defaultDetector(t)
	return append(d.Types(), TypeDateTime)
}
