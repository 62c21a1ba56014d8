package redact

import (
	"context"
	"errors"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// types lists the finding types in order.
func types(fs []Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Type
	}
	return out
}

func detect(t *testing.T, d *Engine, text string) []Finding {
	t.Helper()
	fs, err := d.Detect(context.Background(), text)
	require.NoError(t, err)
	checkInvariants(t, text, fs)
	return fs
}

// foundAs runs d over text, checks the invariants of the result and
// returns each finding as "TYPE=value", in order; never nil.
func foundAs(t *testing.T, d *Engine, text string) []string {
	t.Helper()
	out := []string{}
	for _, f := range detect(t, d, text) {
		out = append(out, f.Type+"="+text[f.Start:f.End])
	}
	return out
}

// valuesOf runs d over text, checks the invariants of the result and
// returns the text of every finding of type typ, in order.
func valuesOf(t *testing.T, d *Engine, text, typ string) []string {
	t.Helper()
	var out []string
	for _, f := range detect(t, d, text) {
		if f.Type == typ {
			out = append(out, text[f.Start:f.End])
		}
	}
	return out
}

// wantValue asserts that valuesOf finds exactly want, or nothing when want
// is empty.
func wantValue(t *testing.T, d *Engine, text, typ, want string, msgAndArgs ...any) {
	t.Helper()
	got := valuesOf(t, d, text, typ)
	if want == "" {
		assert.Empty(t, got, msgAndArgs...)
		return
	}
	assert.Equal(t, []string{want}, got, msgAndArgs...)
}

// checkInvariants asserts what every result must satisfy.
func checkInvariants(t testing.TB, text string, fs []Finding) {
	t.Helper()
	for i, f := range fs {
		require.True(t, 0 <= f.Start && f.Start < f.End && f.End <= len(text), "finding %d span %d-%d outside %d bytes", i, f.Start, f.End, len(text))
		require.True(t, f.Start == len(text) || utf8.RuneStart(text[f.Start]), "finding %d starts inside a character", i)
		require.True(t, f.End == len(text) || utf8.RuneStart(text[f.End]), "finding %d ends inside a character", i)
		if i > 0 {
			require.LessOrEqual(t, fs[i-1].End, f.Start, "findings %d and %d overlap or are unsorted", i-1, i)
		}
	}
}

func TestDetectOptions(t *testing.T) {
	const text = "mail a.b@example.com or call (415) 555-0132 on 2024-03-15"
	tests := []struct {
		name string
		opts []Option
		want []string
	}{
		{"defaults", nil, []string{TypeEmailAddress, TypePhoneNumber}},
		{"types", []Option{WithTypes(TypePhoneNumber)}, []string{TypePhoneNumber}},
		{"opt-in date", []Option{WithTypes(TypeDateTime, TypeEmailAddress)}, []string{TypeEmailAddress, TypeDateTime}},
		{"without", []Option{WithoutTypes(TypeEmailAddress)}, []string{TypePhoneNumber}},
		{"threshold", []Option{WithThreshold(0.99)}, []string{TypeEmailAddress}},
		{"allow", []Option{WithAllowList("A.B@EXAMPLE.COM")}, []string{TypePhoneNumber}},
		{"deny", []Option{WithDenyList("PROJECT", "call")}, []string{TypeEmailAddress, "PROJECT", TypePhoneNumber}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewDetector(append([]Option{WithoutDefaultRules()}, tt.opts...)...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, types(detect(t, d, text)))
		})
	}
}

func TestNewDetectorErrors(t *testing.T) {
	tests := []struct {
		name string
		opts []Option
	}{
		{"unknown type", []Option{WithTypes("NO_SUCH_TYPE")}},
		{"threshold", []Option{WithThreshold(1.5)}},
		{"bad regexp", []Option{WithRules(Rule{Name: "x", Type: "X", Pattern: "("})}},
		{"nameless rule", []Option{WithRules(Rule{Pattern: "x"})}},
		{"region", []Option{WithRegions("ZZ")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewDetector(tt.opts...)
			assert.Error(t, err)
		})
	}
	_, err := NewDetector(WithTypes("NO_SUCH_TYPE"))
	assert.ErrorIs(t, err, ErrUnknownType)
}

func TestCustomRule(t *testing.T) {
	r := Rule{
		Name: "ticket", Type: "TICKET", Pattern: `\bTCK-(?P<v>\d{6})\b`, Score: 0.3,
		Keywords: []string{"ticket"}, Context: []string{"ticket"},
		Validate: func(m string) bool { return m != "000000" },
	}
	d, err := NewDetector(WithoutDefaultRules(), WithRules(r))
	require.NoError(t, err)
	tests := []struct {
		text  string
		spans [][2]int
	}{
		{"ticket TCK-123456 open", [][2]int{{11, 17}}},
		{"ticket TCK-000000 open", nil},
		{"see TCK-123456", nil}, // no keyword: the rule does not run
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got [][2]int
			for _, f := range detect(t, d, tt.text) {
				if f.Type == "TICKET" {
					got = append(got, [2]int{f.Start, f.End})
					assert.InDelta(t, 0.65, f.Score, 0.001, "context raises the score")
				}
			}
			assert.Equal(t, tt.spans, got)
		})
	}
}

func TestRuleWithoutKeywordsRunsOnWindows(t *testing.T) {
	r := Rule{Name: "nine", Type: "NINE", Pattern: `\b(?P<v>\d{4}-\d{5})\b`, Score: 0.8}
	d, err := NewDetector(WithoutDefaultRules(), WithRules(r), WithTypes("NINE"))
	require.NoError(t, err)
	fs := detect(t, d, "id 1234-56789, not 123-456789")
	require.Len(t, fs, 1)
	assert.Equal(t, [2]int{3, 13}, [2]int{fs[0].Start, fs[0].End})
}

type failing struct{}

func (failing) Detect(context.Context, string) ([]Finding, error) { return nil, errors.New("down") }

type fixed []Finding

func (f fixed) Detect(context.Context, string) ([]Finding, error) { return f, nil }

func TestExternalDetectors(t *testing.T) {
	d, err := NewDetector(WithoutDefaultRules(), WithDetectors(fixed{{Type: "PERSON", Start: 0, End: 5, Score: 0.9}, {Type: "PERSON", Start: 90, End: 95, Score: 1}}))
	require.NoError(t, err)
	fs := detect(t, d, "Alice wrote")
	assert.Equal(t, []string{"PERSON"}, types(fs), "out-of-range findings are dropped")

	d, err = NewDetector(WithDetectors(failing{}))
	require.NoError(t, err)
	_, err = d.Detect(context.Background(), "text")
	assert.Error(t, err, "a failing detector fails the call (fail closed)")
}

func TestRecognizerFunc(t *testing.T) {
	rec := NewRecognizerFunc("shout", []string{"SHOUT"}, func(text string, emit func(Finding)) {
		if i := strings.Index(text, "HEY"); i >= 0 {
			emit(Finding{Type: "SHOUT", Start: i, End: i + 3, Score: 1})
		}
	})
	d, err := NewDetector(WithoutDefaultRules(), WithRecognizers(rec))
	require.NoError(t, err)
	fs := detect(t, d, "oh HEY")
	require.Len(t, fs, 1)
	assert.Equal(t, "shout", fs[0].Recognizer)
}

// TestRecognizerOfDisabledTypesNotRun checks that a recognizer whose
// types would all be dropped is not called, that one with a reported type
// or with no declared types is, and that the default soft-entity
// recognizer is skipped by a detector of structured types only, with the
// same findings as before.
func TestRecognizerOfDisabledTypesNotRun(t *testing.T) {
	var calls atomic.Int64
	counting := func(types ...string) Recognizer {
		return NewRecognizerFunc("count", types, func(string, func(Finding)) { calls.Add(1) })
	}
	cases := []struct {
		name string
		opts []Option
		want int64
	}{
		{"type on", []Option{WithRecognizers(counting("SHOUT"))}, 1},
		{"no declared types", []Option{WithRecognizers(counting())}, 1},
		{"WithoutTypes", []Option{WithRecognizers(counting("SHOUT")), WithoutTypes("SHOUT")}, 0},
		{"left out by WithTypes", []Option{WithRecognizers(counting("SHOUT")), WithTypes(TypeEmailAddress)}, 0},
		{"one of two on", []Option{WithRecognizers(counting("SHOUT", "WHISPER")), WithoutTypes("SHOUT")}, 1},
		{"named by WithTypes", []Option{WithRecognizers(counting("SHOUT")), WithTypes("SHOUT")}, 1},
	}
	for _, c := range cases {
		calls.Store(0)
		d, err := NewDetector(append([]Option{WithoutDefaultRules()}, c.opts...)...)
		require.NoError(t, err, c.name)
		detect(t, d, "oh HEY")
		assert.Equal(t, c.want, calls.Load(), c.name)
	}

	all := defaultDetector(t)
	structured, err := NewDetector(WithTypes(TypeEmailAddress, TypePhoneNumber, TypeCreditCard))
	require.NoError(t, err)
	for _, r := range structured.recs {
		assert.NotEqual(t, "soft_entities", r.Name(), "the soft-entity recognizer runs for structured types only")
	}
	text := "Hi, I'm Anna Berg, 12 Oak Street, Leeds. Mail anna.berg@example.com or call +44 20 7946 0958; card 4111 1111 1111 1111."
	var want []Finding
	for _, f := range detect(t, all, text) {
		if f.Type == TypeEmailAddress || f.Type == TypePhoneNumber || f.Type == TypeCreditCard {
			want = append(want, f)
		}
	}
	assert.Len(t, want, 3)
	assert.Equal(t, want, detect(t, structured, text))
}

func TestContextCanceled(t *testing.T) {
	d := defaultDetector(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := d.Detect(ctx, "x")
	assert.ErrorIs(t, err, context.Canceled)
}

// TestLabelNamesType checks that the word labelling a value decides its
// type among rules that all match it: nine digits that also pass the
// Canadian SIN or Philippine TIN checks are an SSN after "SSN is", while
// the vague phone words ("number") name nothing.
func TestLabelNamesType(t *testing.T) {
	d := defaultDetector(t)
	tests := []struct{ text, want string }{
		{"For the tax form my SSN is 233056418.", TypeUSSSN},      // also a PH_TIN after "tax"
		{"For the tax form my SSN is 203131982.", TypeUSSSN},      // also a CA_SIN
		{"my ssn is 078-051121", TypeUSSSN},                       // also a phone after "ssn is"
		{"security number is 125-17-4954", TypeUSSSN},             // "number" is a phone word
		{"phone 348617891771257.", TypeCreditCard},                // a phone word names no phone
		{"My Aadhaar number is 400123456787 today", "IN_AADHAAR"}, // nor does "number"
	}
	for _, tt := range tests {
		fs := detect(t, d, tt.text)
		assert.Equal(t, []string{tt.want}, types(fs), tt.text)
	}
}

// TestCodeEndsNoRule checks that a value joined by a hyphen to a word
// before it, the end of a product or part code, is no match of the
// built-in rules, even beside their context words.
func TestCodeEndsNoRule(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Ordered MDL-HRA0493 x2 from the Amtsgericht shop",
		"SKU-AB12345678X is not my Führerschein",
		"part mdl-hra0493 is broken, says the amtsgericht",
	} {
		for _, f := range detect(t, d, text) {
			assert.Equal(t, TypePerson, f.Type, "%s at %d-%d", f.Type, f.Start, f.End)
		}
	}
	// The same values on their own are found, and after their own label
	// joined by a hyphen.
	assert.Contains(t, types(detect(t, d, "Amtsgericht München HRA 0493")), "DE_HANDELSREGISTER")
	assert.Contains(t, types(detect(t, d, "Führerschein AB12345678X")), "DE_FUEHRERSCHEIN")
	assert.Contains(t, types(detect(t, d, "cvv-812")), TypeCardSecurityCode)
	assert.Contains(t, types(detect(t, d, "CVV-812")), TypeCardSecurityCode)
}

// TestLabelGapWideSpaces checks that a no-break or narrow no-break space
// between a label and its number joins them as a space does: French
// typography puts one before the colon.
func TestLabelGapWideSpaces(t *testing.T) {
	d := defaultDetector(t)
	for _, sp := range []string{" ", "\u00a0", "\u202f"} {
		for _, text := range []string{"numéro de commande" + sp + ": 0612345678", "le numéro de commande est" + sp + ": 0612345678"} {
			assert.NotContains(t, types(detect(t, d, text)), TypePhoneNumber, "%q", text)
		}
	}
}

func TestContextWords(t *testing.T) {
	d, err := NewDetector(WithoutDefaultRules())
	require.NoError(t, err)
	tests := []struct {
		name, text, want string
	}{
		{"bare digits need a phone word", "ref 4155550132", ""},
		{"phone word", "phone 4155550132", TypePhoneNumber},
		{"whole words only", "telephones4155550132 x", ""},
		{"german birth word", "Geburtsdatum 24.04.1983", TypeDateOfBirth},
		{"spanish birth phrase", "fecha de nacimiento 24/04/1983", TypeDateOfBirth},
		{"plain date is not a birth date", "shipped 24/04/1983", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := detect(t, d, tt.text)
			if tt.want == "" {
				assert.Empty(t, fs)
				return
			}
			assert.Equal(t, []string{tt.want}, types(fs))
		})
	}
}

func TestConcurrentDetect(t *testing.T) {
	d := defaultDetector(t)
	texts := []string{"call +44 7312 941769", "card 4111 1111 1111 1111", "IBAN DE89370400440532013000", "nothing here"}
	want := make([][]Finding, len(texts))
	for i, s := range texts {
		want[i] = detect(t, d, s)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				i := k % len(texts)
				got, err := d.Detect(context.Background(), texts[i])
				assert.NoError(t, err)
				assert.Equal(t, want[i], got)
			}
		}()
	}
	wg.Wait()
}

// TestAdversarialInputs runs the inputs that once made a scanner slow or
// wrong through Detect and checks the result's invariants. It does not
// time them: linear time is measured by BenchmarkDetectDigits,
// BenchmarkDetectLarge and BenchmarkSoftScale, which compare sizes.
func TestAdversarialInputs(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		strings.Repeat("7", 1<<16),
		strings.Repeat("1 ", 1<<15),
		strings.Repeat("-----BEGIN RSA PRIVATE KEY-----", 1<<10),
		strings.Repeat("a@", 1<<15),
		strings.Repeat("::1 ", 1<<13),
		strings.Repeat("a.", 1<<13),
		strings.Repeat("aB3+", 1<<12),
		strings.Repeat("token:", 1<<12),
		strings.Repeat("token:Ab1=", 1<<12),
		strings.Repeat(" -u a:Bc1", 1<<12),
		string([]byte{0xff, 0xfe, '4', '1', 0xc3}),
	} {
		detect(t, d, text)
	}
}

func TestMaxMatchLen(t *testing.T) {
	for _, tt := range []struct {
		pattern string
		want    int
	}{
		{`\b(?P<v>\d{3}-\d{2}-\d{4})\b`, 11},
		{`\d{3}[- ]?\d{3}`, 7},
		{`(?i)[A-Z]{2}\d{6}[A-D]`, 2*3 + 6 + 1}, // the Kelvin sign (3 bytes) folds into [A-Z]
		{`(?i)sk`, 2 + 3},
		{numStart + `(?P<v>\d{9})\b`, 4 + 9},
		{`\d+`, -1},
		{`x*`, -1},
	} {
		re, err := syntax.Parse(tt.pattern, syntax.Perl)
		require.NoError(t, err)
		assert.Equal(t, tt.want, maxMatchLen(re.Simplify()), tt.pattern)
	}
}

// TestWideSpacesBefore checks the places that read a space backwards
// with every wide space the scanner knows, not only the no-break one: a
// day before a month name, a version word before a dotted number.
func TestWideSpacesBefore(t *testing.T) {
	d := defaultDetector(t)
	for _, sp := range []string{" ", "\u00a0", "\u202f", "\u2009"} {
		text := "né le 3" + sp + "avril 1985"
		fs := detect(t, d, text)
		if assert.Len(t, fs, 1, "%q", sp) {
			assert.Equal(t, "3"+sp+"avril 1985", text[fs[0].Start:fs[0].End])
		}
		assert.NotContains(t, types(detect(t, d, "Android"+sp+"13.0.0.1")), TypeIPAddress, "%q", sp)
	}
}

// TestWideSpacesAfter checks the forward reading of a month name's day or
// year with every wide space, as TestWideSpacesBefore does backwards.
func TestWideSpacesAfter(t *testing.T) {
	d := defaultDetector(t)
	for _, sp := range []string{" ", "\u00a0", "\u202f", "\u2009"} {
		for _, date := range []string{"3 avril" + sp + "1985", "April" + sp + "3, 1949"} {
			text := "né le " + date + ", merci"
			fs := detect(t, d, text)
			if assert.Len(t, fs, 1, "%q", text) {
				assert.Equal(t, date, text[fs[0].Start:fs[0].End], "%q", text)
			}
		}
	}
}

// TestFewFindings covers the short ways of finish: a message with no
// candidate or one resolves nothing, and deny lists are read only by a
// detector given one, with or without other findings in the text.
func TestFewFindings(t *testing.T) {
	d := defaultDetector(t)
	assert.Empty(t, foundAs(t, d, "ok thanks, see you tomorrow"))
	assert.Equal(t, []string{"EMAIL_ADDRESS=zorvik@example.org"}, foundAs(t, d, "mail zorvik@example.org please"))
	assert.Equal(t, []string{"EMAIL_ADDRESS=zorvik@example.org", "IP_ADDRESS=10.1.2.3"},
		foundAs(t, d, "zorvik@example.org from 10.1.2.3"))

	deny, err := NewDetector(WithDenyList("PROJECT", "bluefin"))
	require.NoError(t, err)
	assert.Equal(t, []string{"PROJECT=bluefin"}, foundAs(t, deny, "status of bluefin?"))
	assert.Equal(t, []string{"PROJECT=Bluefin", "EMAIL_ADDRESS=zorvik@example.org"}, foundAs(t, deny, "Bluefin: zorvik@example.org"))
	assert.Empty(t, foundAs(t, deny, "bluefins are fish"))
}

// TestDateTypeOff checks that a date keeps its type when only its
// alternative is on: a date no birth word promotes is not reported by a
// detector of dates of birth, and one it promotes is.
func TestDateTypeOff(t *testing.T) {
	d, err := NewDetector(WithTypes(TypeDateOfBirth))
	require.NoError(t, err)
	assert.Equal(t, []string{"DATE_OF_BIRTH=02/11/1990"}, foundAs(t, d, "born 02/11/1990, ordered on 2024-11-02"))
	assert.Empty(t, foundAs(t, d, "ordered on 2024-11-02"))
}

// TestHexAddrShapes: the scan parses a MAC or an IPv6 address only where
// one can open (hexAddrAt), and still finds each form, led by a digit or
// a letter, while dates and IPv4 addresses go on to their own checks.
func TestHexAddrShapes(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"mac 3c-52-82-4a-1f-9e here":     {"MAC_ADDRESS=3c-52-82-4a-1f-9e"},
		"mac ac:52:82:4a:1f:9e here":     {"MAC_ADDRESS=ac:52:82:4a:1f:9e"},
		"mac 3c52.824a.1f9e here":        {"MAC_ADDRESS=3c52.824a.1f9e"},
		"mac abcd.824a.1f9e here":        {"MAC_ADDRESS=abcd.824a.1f9e"},
		"from 2001:db8::a6f4:9f9e today": {"IP_ADDRESS=2001:db8::a6f4:9f9e"},
		"from fe80::1c8e:950c today":     {"IP_ADDRESS=fe80::1c8e:950c"},
		"from 10.1.2.3 today":            {"IP_ADDRESS=10.1.2.3"},
	} {
		assert.Equal(t, want, foundAs(t, d, text), "%q", text)
	}
	for _, c := range []struct {
		text string
		h    int
		want bool
	}{
		{"12:34", 2, true}, {"1234:5", 4, true}, {"12345:6", 5, false},
		{"3c-52", 2, true}, {"2019-09-08", 4, false}, {"abc-1", 3, false},
		{"3c52.824a", 4, true}, {"10.1.2.3", 2, false}, {"beef", 4, false},
	} {
		assert.Equal(t, c.want, hexAddrAt(c.text, 0, c.h), "%q", c.text)
	}
}

// TestSecretSeconds: the two-byte test that secret runs before its
// prefixes admits every prefix of the table, so a word it turns away
// starts like none of them; and tokens of several first letters are
// still found.
func TestSecretSeconds(t *testing.T) {
	n := 0
	for first, ps := range secretPrefixes {
		for _, p := range ps {
			require.Equal(t, byte(first), p.prefix[0])
			c := p.prefix[1]
			assert.NotZero(t, secretSeconds[first][c>>6]&(1<<(c&63)), "prefix %q", p.prefix)
			n++
		}
	}
	assert.Greater(t, n, 90)
	d := defaultDetector(t)
	for text, typ := range map[string]string{
		"key sk_live_Xk7Qp2Lm9Rt4Vz8NbW3c then":                TypeStripeKey,
		"use ghp_Xk7Qp2Lm9Rt4Vz8NbW3cYh6Df1Gj5Ks0La2Mn4Pq. ok": TypeGitHubToken,
		"slack xoxb-1234567890-Xk7Qp2Lm9Rt4Vz8NbW3c done":      TypeSlackToken,
		"aws AKIAQ7XK2M9PZ4RT8VWN here":                        TypeAWSAccessKey,
	} {
		fs := detect(t, d, text)
		assert.True(t, slices.ContainsFunc(fs, func(f Finding) bool { return f.Type == typ }), "%q: %v", text, types(fs))
	}
	// Words that start like no prefix, before '.' and '-'.
	assert.Empty(t, foundAs(t, d, "status. soon- done."))
}

// TestWordStops: a word of five to fifteen letters before a colon is a
// label that letterAnchor is not asked about, unless the colon opens a
// URL or a connection string, and so is a word before a full stop that
// nothing goes on from; what follows is still read.
func TestWordStops(t *testing.T) {
	for _, c := range []struct {
		text string
		j    int
		want bool
	}{
		{"Customer: hi", 8, true}, {"Agent:", 5, true}, {"Note: x", 4, false},
		{"https://x.org", 5, false}, {"postgres://u:p@h", 8, false}, {"Website:https://x", 7, true},
		{"abcde:/x", 5, true}, {"abcde:", 5, true},
		{"soon. ", 4, true}, {"soon.", 4, true}, {"soon.\n", 4, true}, {"soon.)", 4, true},
		{"mary.nielsen@x.org", 4, false}, {"acme.com", 4, false}, {"ab.@x", 2, false},
		{"jos.\u00e9@x.org", 3, false}, {"x.-y", 1, false}, {"ab,", 2, false},
	} {
		assert.Equal(t, c.want, wordStops(c.text, 0, c.j), "%q", c.text)
	}
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"Customer:zorvik@example.org":                       {"EMAIL_ADDRESS=zorvik@example.org"},
		"Customer: reset at https://example.org/r?u=zorvik": {"URL=https://example.org/r?u=zorvik"},
		"Website:https://example.org/zorvik":                {"URL=https://example.org/zorvik"},
		"Write to Zorvik.Quill@example.org.":                {"EMAIL_ADDRESS=Zorvik.Quill@example.org"},
		"See example.org. Then":                             {"URL=example.org"},
		"Agent: dead:beef::1 keeps failing":                 {"IP_ADDRESS=dead:beef::1"},
	} {
		assert.Equal(t, want, foundAs(t, d, text), "%q", text)
	}
}
