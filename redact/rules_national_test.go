package redact

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nationalSpan is a finding of the engine-free test harness: byte offsets
// of one value in a text.
type nationalSpan struct{ start, end int }

// nationalMatcher runs one Rule without the engine: regex, submatch "v",
// the engine's acceptance (compiledRule.accepts), and for RequireContext
// rules a context word within window bytes of the value.
type nationalMatcher struct {
	rule Rule
	cr   compiledRule
	re   *regexp.Regexp
	v    int
}

// newNationalMatcher compiles r for the harness, as one of the package's
// own rules.
func newNationalMatcher(t *testing.T, r Rule) nationalMatcher {
	t.Helper()
	cr, err := compileRule(r)
	require.NoError(t, err, "rule %s: pattern does not compile", r.Name)
	cr.builtin = true
	return nationalMatcher{rule: r, cr: cr, re: cr.forms[0].re, v: cr.sub}
}

// contextWindow is how far, in bytes, the harness looks for context words.
const contextWindow = 100

// find returns the values m reports in text at the default threshold.
func (m nationalMatcher) find(text string) []nationalSpan {
	return m.findAt(text, DefaultThreshold)
}

// findAt returns the values m reports in text at a threshold. As in the
// engine, a rule whose score is below the threshold reports a value only
// when a context word near it raises the score.
func (m nationalMatcher) findAt(text string, threshold float64) []nationalSpan {
	needContext := m.rule.RequireContext || m.rule.Score < threshold || m.rule.AloneScore > 0 && m.rule.AloneScore < threshold
	var out []nationalSpan
	for _, loc := range m.re.FindAllStringSubmatchIndex(text, -1) {
		s, e := loc[0], loc[1]
		if m.v > 0 {
			s, e = loc[2*m.v], loc[2*m.v+1]
			if s < 0 {
				continue
			}
		}
		if !m.cr.accepts(text, s, e) {
			continue
		}
		if needContext {
			lo, hi := max(0, s-contextWindow), min(len(text), e+contextWindow)
			if !hasContextWord(text[lo:hi], m.rule.Context) {
				continue
			}
		}
		out = append(out, nationalSpan{s, e})
	}
	return out
}

// hasContextWord reports whether text contains one of words as a whole
// word, ignoring case.
func hasContextWord(text string, words []string) bool {
	lower := strings.ToLower(text)
	for _, w := range words {
		for i := 0; ; {
			j := strings.Index(lower[i:], w)
			if j < 0 {
				break
			}
			a, b := i+j, i+j+len(w)
			r1, _ := utf8.DecodeLastRuneInString(lower[:a])
			r2, _ := utf8.DecodeRuneInString(lower[b:])
			if (a == 0 || !isWordRune(r1)) && (b == len(lower) || !isWordRune(r2)) {
				return true
			}
			i = a + 1
		}
	}
	return false
}

// isWordRune reports whether r continues a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// findType runs every national rule of one type over text and merges the
// results: identical spans count once, and of overlapping spans the
// longest wins.
func findType(ms []nationalMatcher, typ, text string, threshold float64) []nationalSpan {
	var all []nationalSpan
	for _, m := range ms {
		if m.rule.Type == typ {
			all = append(all, m.findAt(text, threshold)...)
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].end-all[i].start != all[j].end-all[j].start {
			return all[i].end-all[i].start > all[j].end-all[j].start
		}
		return all[i].start < all[j].start
	})
	var out []nationalSpan
	for _, s := range all {
		overlap := false
		for _, o := range out {
			if s.start < o.end && o.start < s.end {
				overlap = true
				break
			}
		}
		if !overlap {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// nationalMatchers compiles every national rule.
func nationalMatchers(t *testing.T) []nationalMatcher {
	t.Helper()
	ms := make([]nationalMatcher, 0, len(nationalRules))
	for _, r := range nationalRules {
		ms = append(ms, newNationalMatcher(t, r))
	}
	return ms
}

func TestNationalRulesWellFormed(t *testing.T) {
	names := map[string]bool{}
	for _, r := range nationalRules {
		t.Run(r.Name, func(t *testing.T) {
			assert.NotEmpty(t, r.Name)
			assert.False(t, names[r.Name], "duplicate rule name")
			names[r.Name] = true
			assert.Regexp(t, `^[A-Z][A-Z0-9_]+$`, r.Type)
			assert.True(t, r.Score > 0 && r.Score <= 1, "score out of range")
			re, err := regexp.Compile(r.Pattern)
			require.NoError(t, err)
			if v := re.SubexpIndex("v"); v < 0 {
				assert.NotContains(t, r.Pattern, "(?P<", "only the submatch v is meaningful")
			}
			for _, k := range append(append([]string(nil), r.Keywords...), r.Context...) {
				assert.Equal(t, strings.ToLower(k), k, "keywords and context words are lower-case")
			}
			if r.RequireContext {
				assert.NotEmpty(t, r.Context, "RequireContext without context words")
				assert.NotEmpty(t, r.Keywords, "RequireContext rules gate on their context words")
			}
			pos, neg := 0, 0
			for _, ex := range r.Examples {
				if ex.Want == "" {
					neg++
				} else {
					pos++
				}
			}
			assert.GreaterOrEqual(t, pos, 2, "positive examples")
			assert.GreaterOrEqual(t, neg, 2, "negative examples")
		})
	}
}

func TestNationalRuleExamples(t *testing.T) {
	for _, r := range nationalRules {
		m := newNationalMatcher(t, r)
		t.Run(r.Name, func(t *testing.T) {
			for i, ex := range r.Examples {
				got := m.find(ex.Text)
				if ex.Want == "" {
					assert.Empty(t, got, "negative example %d matched", i)
					continue
				}
				if r.RequireContext {
					assert.True(t, hasContextWord(ex.Text, r.Context), "example %d has no context word", i)
				}
				if assert.Len(t, got, 1, "example %d", i) {
					assert.Equal(t, ex.Want, ex.Text[got[0].start:got[0].end], "example %d", i)
				}
			}
		})
	}
}

// corpusDir is the shared labelled data, relative to this package.
const corpusDir = "../../shared/corpus"

// presidioCase is one line of presidio_recognizer_vectors.jsonl.
type presidioCase struct {
	Entity        string  `json:"entity"`
	Text          string  `json:"text"`
	ByteSpans     [][]int `json:"byte_spans"`
	ExpectedCount int     `json:"expected_count"`
	SpansComplete bool    `json:"spans_complete"`
	Config        any     `json:"config"`
}

// nationalBelowBar lists the types whose rules deliberately need context
// (or leave out forms that would flag ordinary text), so they do not reach
// 95% on Presidio's bare-value vectors. Their negatives must still pass.
var nationalBelowBar = map[string]string{
	"US_PASSPORT":             "needs context: nine digits alone are not a passport",
	"US_DRIVER_LICENSE":       "needs context",
	"DE_BSNR":                 "needs context: no checksum",
	"IN_PAN":                  "the shapeless low-score form is left out",
	"IN_VEHICLE_REGISTRATION": "old and special series are left out",
	"UK_NINO":                 "one upstream span includes a leading space",
	"PH_TIN":                  "needs context",
}

// vectorThreshold is the threshold `confide eval` scores the vectors at:
// they come from unit tests that check detection, not scores.
const vectorThreshold = 0.01

func TestNationalPresidioVectors(t *testing.T) {
	path := filepath.Join(corpusDir, "presidio", "presidio_recognizer_vectors.jsonl")
	f, err := os.Open(path)
	if err != nil {
		skipWithoutCorpus(t, path, err)
	}
	defer f.Close()

	ms := nationalMatchers(t)
	types := map[string]bool{}
	for _, r := range nationalRules {
		types[r.Type] = true
	}
	type tally struct{ pos, posOK, neg, negOK int }
	stats := map[string]*tally{}
	var failures []string

	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for idx := 0; sc.Scan(); idx++ {
		var c presidioCase
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c), "line %d", idx)
		if !types[c.Entity] || c.Config != nil {
			continue
		}
		st := stats[c.Entity]
		if st == nil {
			st = &tally{}
			stats[c.Entity] = st
		}
		got := findType(ms, c.Entity, c.Text, vectorThreshold)
		ok := false
		if c.ExpectedCount == 0 {
			st.neg++
			ok = len(got) == 0
			if ok {
				st.negOK++
			}
		} else {
			st.pos++
			if c.SpansComplete {
				ok = len(got) == len(c.ByteSpans)
				for i := 0; ok && i < len(got); i++ {
					ok = got[i].start == c.ByteSpans[i][0] && got[i].end == c.ByteSpans[i][1]
				}
			} else {
				ok = len(got) == c.ExpectedCount
			}
			if ok {
				st.posOK++
			}
		}
		if !ok {
			// Case index and type only: the texts are PII-shaped.
			failures = append(failures, c.Entity+" case "+itoa(idx))
		}
	}
	require.NoError(t, sc.Err())

	names := make([]string, 0, len(stats))
	for k := range stats {
		names = append(names, k)
	}
	sort.Strings(names)
	supported := 0
	for _, k := range names {
		st := stats[k]
		t.Logf("%-28s pos %2d/%2d  neg %2d/%2d", k, st.posOK, st.pos, st.negOK, st.neg)
		assert.Equal(t, st.neg, st.negOK, "%s: every negative case must pass", k)
		if _, below := nationalBelowBar[k]; below {
			continue
		}
		if assert.GreaterOrEqual(t, float64(st.posOK), 0.95*float64(st.pos), "%s: positives below 95%%", k) && st.neg == st.negOK {
			supported++
		}
	}
	t.Logf("types at the bar: %d of %d measured", supported, len(names))
	if len(failures) > 0 {
		t.Logf("failing cases: %s", strings.Join(failures, ", "))
	}
}

// itoa formats a small non-negative integer.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// TestNationalChatDecoys runs every national rule over the support-chat
// corpus, which holds no national identifiers besides US SSNs: whatever
// fires outside a labelled SSN is a false positive. The figure is logged
// per rule, with and without the matches that a negative context word
// (order, phone, ...) would demote; the test fails only if a rule fires on
// many lines.
func TestNationalChatDecoys(t *testing.T) {
	wholeWithoutRace(t)
	path := filepath.Join(corpusDir, "chat", "corpus.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		skipWithoutCorpus(t, path, err)
	}
	lines := strings.Split(string(data), "\n")
	ms := nationalMatchers(t)
	hits, kept := map[string]int{}, map[string]int{}
	read := 0
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		read++
		for _, m := range ms {
			for _, s := range m.find(line) {
				hits[m.rule.Name]++
				lo, hi := max(0, s.start-contextWindow), min(len(line), s.end+contextWindow)
				if !hasContextWord(line[lo:hi], m.rule.NegativeContext) {
					kept[m.rule.Name]++
				}
			}
		}
	}
	names := make([]string, 0, len(hits))
	for k, n := range hits {
		if n > 0 {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	for _, k := range names {
		t.Logf("%-32s %2d matches in %d lines, %2d without a negative context word", k, hits[k], read, kept[k])
		assert.Less(t, hits[k], read/100, "%s fires on more than 1%% of chat lines", k)
	}
}

// TestNumberBeforeColon: an hour's digits before ':' and two digits are
// a clock time, no identifier; a longer number before ':' is a field of
// a record and stays one.
func TestNumberBeforeColon(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"jan.jansen;BSN:111222333:1985-03-02", "NL_BSN", "111222333"},
		{"Steuer-ID 12345678903:2024", "DE_TAX_ID", "12345678903"},
		{"NPI 1234567893:1", "US_NPI", "1234567893"},
		{"Flight LH 2041 dep 07:35 arr 09:10, seat 23C", "TR_LICENSE_PLATE", ""},
		{"uptime 12d 04:31:07, load 0.42", "TR_LICENSE_PLATE", ""},
	} {
		wantValue(t, d, c.text, c.typ, c.want, "%q", c.text)
	}
}

// TestWeakChecksNeedTheirWord checks the rules whose matches score under
// the default threshold in a text that holds none of their words
// (AloneScore): the value of each positive example, alone after words
// that name no identifier ("member no. ..."), is no finding of the
// rule's type by default; after the rule's first context word it is;
// with that word far before it, the value is still found (as the rule's
// type, or as another reading that wins it, a phone number's). One
// random number in ten passes such a check, and a support chat is full
// of member and account numbers.
func TestWeakChecksNeedTheirWord(t *testing.T) {
	d := defaultDetector(t)
	weak := 0
	for _, r := range DefaultRules() {
		if r.RequireContext || r.AloneScore == 0 {
			continue
		}
		require.Less(t, r.AloneScore, DefaultThreshold, "rule %s", r.Name)
		require.NotEmpty(t, r.Context, "rule %s", r.Name)
		weak++
		for i, ex := range r.Examples {
			if ex.Want == "" {
				continue
			}
			find := func(text string) (typed, covered bool) {
				fs, err := d.Detect(context.Background(), text)
				require.NoError(t, err)
				v := strings.LastIndex(text, ex.Want)
				for _, f := range fs {
					typed = typed || f.Type == r.Type && text[f.Start:f.End] == ex.Want
					covered = covered || f.Start <= v && f.End >= v+len(ex.Want)
				}
				return typed, covered
			}
			typed, _ := find("member no. " + ex.Want + " please")
			assert.False(t, typed, "rule %s example %d alone", r.Name, i)
			typed, _ = find(r.Context[0] + " " + ex.Want)
			assert.True(t, typed, "rule %s example %d after its word", r.Name, i)
			// (A number glued by '_' reads as a phone number's first
			// part when no word is near: "01333550_323", pending.)
			if !strings.Contains(ex.Want, "_") {
				_, covered := find("my " + r.Context[0] + ", which I found on an old letter from the office last spring, is " + ex.Want)
				assert.True(t, covered, "rule %s example %d far after its word", r.Name, i)
			}
		}
	}
	assert.GreaterOrEqual(t, weak, 16, "rules whose matches alone score under the threshold")
}
