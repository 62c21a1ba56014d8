package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestScan(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string
	}{
		{"plain", []string{"scan"}, "mail a@example.com\nnothing\n",
			`[{"start":5,"end":18,"type":"EMAIL_ADDRESS","score":1}]` + "\n[]\n"},
		{"plain without final newline", []string{"scan"}, "x\ny a@example.com",
			"[]\n" + `[{"start":2,"end":15,"type":"EMAIL_ADDRESS","score":1}]` + "\n"},
		{"json lines with newline inside", []string{"scan"}, `{"text":"hi\nmail a@example.com"}` + "\n" + `{"text":""}` + "\n",
			`[{"start":8,"end":21,"type":"EMAIL_ADDRESS","score":1}]` + "\n[]\n"},
		{"rune offsets", []string{"scan", "--offsets=runes"}, "éé a@example.com\n",
			`[{"start":3,"end":16,"type":"EMAIL_ADDRESS","score":1}]` + "\n"},
		{"byte offsets", []string{"scan"}, "éé a@example.com\n",
			`[{"start":5,"end":18,"type":"EMAIL_ADDRESS","score":1}]` + "\n"},
		{"types", []string{"scan", "--types", "PHONE_NUMBER"}, "a@example.com\n", "[]\n"},
		// A letter glued to the number: possible, not valid.
		{"phone leniency", []string{"scan", "--phone-leniency", "valid"}, "my number is415-555-0132\nmy number is (415) 555-0132\n",
			"[]\n" + `[{"start":13,"end":27,"type":"PHONE_NUMBER","score":0.95}]` + "\n"},
		// A valid number is valid in one of the regions: a US number is
		// none of Britain's.
		{"regions", []string{"scan", "--regions", "GB", "--phone-leniency", "valid"}, "my number is (415) 555-0132\nmy number is 020 7946 0958\n",
			"[]\n" + `[{"start":13,"end":26,"type":"PHONE_NUMBER","score":0.85}]` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := runCmd(t, tt.stdin, tt.args...)
			require.Equal(t, 0, code, errs)
			assert.Equal(t, tt.want, out)
		})
	}
}

func TestScanFileAndErrors(t *testing.T) {
	p := filepath.Join(t.TempDir(), "in.txt")
	require.NoError(t, os.WriteFile(p, []byte("call +44 7312 941769\n"), 0o644))
	out, _, code := runCmd(t, "", "scan", p)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "PHONE_NUMBER")
	assert.NotContains(t, out, "7312", "findings carry offsets, not values")

	_, errs, code := runCmd(t, `{"text":"a"}`+"\nnot json\n", "scan")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "line 2")

	_, _, code = runCmd(t, "", "scan", "--offsets=words")
	assert.Equal(t, 2, code)
	_, errs, code = runCmd(t, "", "scan", "--phone-leniency", "strict")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "exact-grouping")
	_, errs, code = runCmd(t, "x\n", "scan", "--regions", "XX")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, `unknown phone region "XX"`)
	_, _, code = runCmd(t, "", "nosuch")
	assert.Equal(t, 2, code)
	out, _, code = runCmd(t, "", "help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "confide scan")
}

func TestEvalFixture(t *testing.T) {
	dir := t.TempDir()
	write := func(p, s string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, p), []byte(s), 0o644))
	}
	write("chat/corpus.txt", "mail a@example.com\n")
	write("chat/corpus.labels.jsonl", `{"line":0,"spans":[{"start":5,"end":18,"type":"EMAIL","pii":true}]}`+"\n")
	out, errs, code := runCmd(t, "", "eval", "--corpus", dir, "--only", "chat")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "EMAIL_ADDRESS")
	assert.Contains(t, out, "MB/s")
	assert.NotContains(t, out, "a@example.com")
}

// chatFixture writes a chat corpus of one line and its labels into a
// temporary corpus folder and returns the folder.
func chatFixture(t *testing.T, line, labels string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "chat"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "chat", "corpus.txt"), []byte(line+"\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "chat", "corpus.labels.jsonl"), []byte(labels+"\n"), 0o644))
	return dir
}

// evalCopy runs eval on the chat fixture in dir with args, and checks the
// part of its output after header, a generated copy of the corpus: the
// e-mail type scored, no timing (only the corpus itself is timed), and no
// value printed. It returns the output's parts before and after header.
func evalCopy(t *testing.T, dir, header string, args ...string) (before, after string) {
	t.Helper()
	out, errs, code := runCmd(t, "", append([]string{"eval", "--corpus", dir, "--only", "chat"}, args...)...)
	require.Equal(t, 0, code, errs)
	before, after, ok := strings.Cut(out, header)
	require.True(t, ok, out)
	assert.Contains(t, after, "EMAIL_ADDRESS")
	assert.NotContains(t, after, "MB/s", "the generated copies are not timed")
	assert.NotContains(t, out, "@")
	return before, after
}

func TestEvalSwap(t *testing.T) {
	dir := chatFixture(t, "mail a@example.com at 14:32",
		`{"line":0,"spans":[{"start":5,"end":18,"type":"EMAIL","pii":true},{"start":22,"end":27,"type":"TIME","pii":false}]}`)
	before, after := evalCopy(t, dir, "== value-swapped chat corpus", "--swap", "2")
	assert.Contains(t, before, "MB/s")
	assert.Contains(t, after, "seeds 1 to 2 summed: 2 messages")

	_, after = evalCopy(t, dir, "== value-swapped chat corpus", "--swap", "1", "--fresh")
	assert.Contains(t, after, "fresh pools never tuned on), seeds 1 to 1")

	for _, args := range [][]string{{"--swap", "-1"}, {"--swap", "2", "--only", "synth"}, {"--fresh"}} {
		_, _, code := runCmd(t, "", append([]string{"eval", "--corpus", dir}, args...)...)
		assert.Equal(t, 2, code, args)
	}
}

func TestEvalLower(t *testing.T) {
	dir := chatFixture(t, "Mail Anna.Berg@Example.com now", `{"line":0,"spans":[{"start":5,"end":26,"type":"EMAIL","pii":true}]}`)
	evalCopy(t, dir, "== chat corpus in lower case", "--lower")

	_, after := evalCopy(t, dir, "== value-swapped chat corpus", "--lower", "--swap", "1")
	assert.Contains(t, after, "invented values), seeds 1 to 1")
	assert.Contains(t, after, "invented values, in lower case), seeds 1 to 1")

	_, _, code := runCmd(t, "", "eval", "--corpus", dir, "--lower", "--only", "vectors")
	assert.Equal(t, 2, code)
}

func TestEvalUpper(t *testing.T) {
	dir := chatFixture(t, "Mail Anna.Berg@Example.com now", `{"line":0,"spans":[{"start":5,"end":26,"type":"EMAIL","pii":true}]}`)
	evalCopy(t, dir, "== chat corpus in upper case", "--upper")

	out, after := evalCopy(t, dir, "== value-swapped chat corpus", "--upper", "--lower", "--swap", "1")
	assert.Contains(t, after, "invented values, in upper case), seeds 1 to 1")
	assert.Contains(t, out+after, "== chat corpus in lower case")

	// The synthetic dataset in capitals and in title case: the e-mail
	// address is found in each copy, and no sample's text is printed.
	synth := `[{"full_text": "mail anna.berg@example.com now", "spans": [{"entity_type": "EMAIL_ADDRESS", "start_position": 5, "end_position": 26}]}]`
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "presidio"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "presidio", "synth_dataset_v2.json"), []byte(synth), 0o644))
	out, errs, code := runCmd(t, "", "eval", "--corpus", dir, "--upper", "--title", "--only", "synth")
	require.Equal(t, 0, code, errs)
	for _, h := range []string{"== presidio synthetic dataset: 1 samples", "== presidio synthetic dataset in upper case: 1 samples", "== presidio synthetic dataset in title case: 1 samples"} {
		_, part, ok := strings.Cut(out, h)
		require.True(t, ok, h)
		assert.Contains(t, part, "PII level (type ignored): P 1.000  R 1.000", h)
	}
	assert.NotContains(t, strings.ToLower(out), "anna.berg", "no value printed")

	evalCopy(t, dir, "== chat corpus with every word capitalised", "--title")
	_, _, code = runCmd(t, "", "eval", "--corpus", dir, "--title", "--only", "vectors")
	assert.Equal(t, 2, code)
}
