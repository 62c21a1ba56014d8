package redact

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// The corpus figures of the soft-entity recognizer. The corpora live
// beside the project (../shared/corpus from the project root) or where
// CONFIDE_CORPUS points; the tests skip when they are absent. They log
// counts and ratios only, never the text of a span.

// softCorpusDir returns the labelled-corpus directory, or skips the test.
func softCorpusDir(tb testing.TB) string {
	tb.Helper()
	d := findCorpusDir()
	if d == "" {
		tb.Skip(corpusMissing)
	}
	return d
}

// corpusMissing says why a test that needs the labelled corpus skips.
const corpusMissing = "labelled corpus not found (set CONFIDE_CORPUS to the shared/corpus folder)"

// findCorpusDir returns the labelled corpus folder, or "".
func findCorpusDir() string {
	for _, d := range []string{os.Getenv("CONFIDE_CORPUS"), filepath.Join("..", "..", "shared", "corpus")} {
		if d == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, "chat", "corpus.txt")); err == nil {
			return d
		}
	}
	return ""
}

// evalSpan is a labelled or found span in byte offsets.
type evalSpan struct {
	start, end int
	typ        string
}

// wordSpans returns the byte ranges of the words (letter and digit runs)
// of text, the unit in which spans are compared.
func wordSpans(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range text {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// tokenIoU returns the intersection over union of the words that spans a
// and b touch.
func tokenIoU(words [][2]int, a, b evalSpan) float64 {
	inter, union := 0, 0
	for _, w := range words {
		ina := w[0] < a.end && w[1] > a.start
		inb := w[0] < b.end && w[1] > b.start
		if ina && inb {
			inter++
		}
		if ina || inb {
			union++
		}
	}
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// evalCounts accumulates matches of found against labelled spans.
type evalCounts struct {
	labels, found       int // labelled spans, found by any finding at IoU >= 0.9
	findings, correct   int // findings, matching a labelled span at IoU >= 0.9
	oneToOne            int // labelled spans matched one-to-one
	perType, perTypeHit map[string]int
}

// newEvalCounts returns empty counts.
func newEvalCounts() *evalCounts {
	return &evalCounts{perType: map[string]int{}, perTypeHit: map[string]int{}}
}

// add scores one text: labels against findings, type ignored.
func (c *evalCounts) add(text string, labels, finds []evalSpan) {
	words := wordSpans(text)
	usedF := make([]bool, len(finds))
	for _, l := range labels {
		c.labels++
		c.perType[l.typ]++
		hit := false
		for fi, f := range finds {
			if tokenIoU(words, l, f) >= 0.9 {
				if !hit {
					c.found++
					c.perTypeHit[l.typ]++
				}
				hit = true
				if !usedF[fi] {
					usedF[fi] = true
					c.oneToOne++
					break
				}
			}
		}
	}
	for _, f := range finds {
		c.findings++
		for _, l := range labels {
			if tokenIoU(words, l, f) >= 0.9 {
				c.correct++
				break
			}
		}
	}
}

// log reports precision, recall and F2 (counts only, never text).
func (c *evalCounts) log(t *testing.T, name string) {
	p := float64(c.correct) / float64(max(c.findings, 1))
	r := float64(c.found) / float64(max(c.labels, 1))
	r1 := float64(c.oneToOne) / float64(max(c.labels, 1))
	f2 := func(p, r float64) float64 {
		if p+r == 0 {
			return 0
		}
		return 5 * p * r / (4*p + r)
	}
	t.Logf("%s: labels %d findings %d  P %.3f R %.3f F2 %.3f  one-to-one R %.3f F2 %.3f", name, c.labels, c.findings, p, r, f2(p, r), r1, f2(p, r1))
	types := make([]string, 0, len(c.perType))
	for k := range c.perType {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		t.Logf("  %-16s %4d labelled, recall %.3f", k, c.perType[k], float64(c.perTypeHit[k])/float64(c.perType[k]))
	}
}

// softFindings runs the combined recognizer over text.
func softFindings(r Recognizer, text string) []evalSpan {
	var out []evalSpan
	r.Recognize(text, func(f Finding) {
		if f.Score >= DefaultThreshold {
			out = append(out, evalSpan{f.Start, f.End, f.Type})
		}
	})
	return out
}

// mergeAdjacent merges spans that only punctuation and white space
// separate, type ignored, as Presidio's evaluation does on both sides when
// it compares PII against non-PII.
func mergeAdjacent(text string, spans []evalSpan) []evalSpan {
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out []evalSpan
	for _, s := range spans {
		if k := len(out) - 1; k >= 0 && s.start >= out[k].end && strings.IndexFunc(text[out[k].end:s.start], func(r rune) bool {
			return unicode.IsLetter(r) || unicode.IsDigit(r)
		}) < 0 {
			out[k].end = max(out[k].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

// softLabelTypes are the Presidio labels the soft-entity recognizer covers.
var softLabelTypes = map[string]bool{"PERSON": true, "STREET_ADDRESS": true, "GPE": true, "ORGANIZATION": true, "TITLE": true, "AGE": true, "NRP": true, "ZIP_CODE": true}

// TestSoftEntitiesPresidioCorpus logs the figures on Presidio's synthetic
// set, spans as labelled and merged as Presidio's evaluation merges them.
func TestSoftEntitiesPresidioCorpus(t *testing.T) {
	dir := softCorpusDir(t)
	raw, err := os.ReadFile(filepath.Join(dir, "presidio", "synth_dataset_v2.json"))
	require.NoError(t, err)
	var samples []struct {
		FullText string `json:"full_text"`
		Spans    []struct {
			Type  string `json:"entity_type"`
			Start int    `json:"start_position"`
			End   int    `json:"end_position"`
		} `json:"spans"`
	}
	require.NoError(t, json.Unmarshal(raw, &samples))
	r := newSoftEntityRecognizer()
	raw1, merged := newEvalCounts(), newEvalCounts()
	for _, s := range samples {
		// Code points to bytes.
		off := make([]int, 0, len(s.FullText)+1)
		for i := range s.FullText {
			off = append(off, i)
		}
		off = append(off, len(s.FullText))
		var labels []evalSpan
		for _, sp := range s.Spans {
			if softLabelTypes[sp.Type] && sp.End < len(off) {
				labels = append(labels, evalSpan{off[sp.Start], off[sp.End], sp.Type})
			}
		}
		finds := softFindings(r, s.FullText)
		raw1.add(s.FullText, labels, finds)
		merged.add(s.FullText, mergeAdjacent(s.FullText, labels), mergeAdjacent(s.FullText, finds))
	}
	raw1.log(t, "presidio soft types, spans as labelled")
	merged.log(t, "presidio soft types, adjacent spans merged (labels and findings)")
}

// TestSoftEntitiesChatCorpus logs the figures on the support-chat corpus.
func TestSoftEntitiesChatCorpus(t *testing.T) {
	dir := softCorpusDir(t)
	text, err := os.ReadFile(filepath.Join(dir, "chat", "corpus.txt"))
	require.NoError(t, err)
	lines := strings.Split(string(text), "\n")
	f, err := os.Open(filepath.Join(dir, "chat", "corpus.labels.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	r := newSoftEntityRecognizer()
	all := newEvalCounts()
	perType := map[string]*evalCounts{"PERSON": newEvalCounts(), "ADDRESS": newEvalCounts()}
	otherPII := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var rec struct {
			Line  int `json:"line"`
			Spans []struct {
				Start int    `json:"start"`
				End   int    `json:"end"`
				Type  string `json:"type"`
				PII   bool   `json:"pii"`
			} `json:"spans"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
		line := lines[rec.Line]
		require.True(t, utf8.ValidString(line))
		var labels []evalSpan
		var other []evalSpan
		for _, sp := range rec.Spans {
			switch {
			case sp.Type == "PERSON" || sp.Type == "ADDRESS":
				labels = append(labels, evalSpan{sp.Start, sp.End, sp.Type})
			default:
				other = append(other, evalSpan{sp.Start, sp.End, sp.Type})
			}
		}
		finds := softFindings(r, line)
		all.add(line, labels, finds)
		for typ, c := range perType {
			var ls, fs []evalSpan
			for _, l := range labels {
				if l.typ == typ {
					ls = append(ls, l)
				}
			}
			for _, x := range finds {
				if (typ == "PERSON") == (x.typ == TypePerson) {
					fs = append(fs, x)
				}
			}
			c.add(line, ls, fs)
		}
		// Findings that hit another labelled span (an e-mail, a decoy).
		for _, x := range finds {
			for _, o := range other {
				if x.start < o.end && o.start < x.end {
					otherPII++
					break
				}
			}
		}
	}
	require.NoError(t, sc.Err())
	all.log(t, "chat PERSON+ADDRESS, type ignored")
	perType["PERSON"].log(t, "chat PERSON vs PERSON findings")
	perType["ADDRESS"].log(t, "chat ADDRESS vs address and location findings")
	t.Logf("chat findings overlapping other labelled spans: %d", otherPII)
}
