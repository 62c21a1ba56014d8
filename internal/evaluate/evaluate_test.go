package evaluate

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/confide-dev/confide/redact"
)

func TestIoUAndTrim(t *testing.T) {
	text := `see "https://x.example/" now`
	g := Trim(text, Span{4, 24, "URL"})
	assert.Equal(t, Span{5, 23, "URL"}, g)
	assert.InDelta(t, 1.0, IoU(Span{0, 10, ""}, Span{0, 10, ""}), 1e-9)
	assert.InDelta(t, 0.9, IoU(Span{0, 10, ""}, Span{0, 9, ""}), 1e-9)
	assert.Zero(t, IoU(Span{0, 5, ""}, Span{5, 9, ""}))
}

func TestMatchOneToOne(t *testing.T) {
	text := "aaaaaaaaaa bbbbbbbbbb"
	gold := []Span{{0, 10, "A"}, {11, 21, "B"}}
	tests := []struct {
		name    string
		pred    []Span
		same    func(g, p string) bool
		wantG2P []int
	}{
		{"exact", []Span{{0, 10, "A"}, {11, 21, "B"}}, nil, []int{0, 1}},
		{"too short", []Span{{0, 8, "A"}}, nil, []int{-1, -1}},
		{"type mismatch", []Span{{0, 10, "B"}}, func(g, p string) bool { return g == p }, []int{-1, -1}},
		{"one prediction covers both", []Span{{0, 21, "A"}}, nil, []int{-1, -1}},
		{"duplicates match once", []Span{{0, 10, "A"}, {0, 10, "A"}}, nil, []int{0, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g2p, _ := Match(text, gold, tt.pred, tt.same)
			assert.Equal(t, tt.wantG2P, g2p)
		})
	}
}

func TestCounts(t *testing.T) {
	c := Counts{TP: 8, FP: 2, FN: 2}
	assert.InDelta(t, 0.8, c.Precision(), 1e-9)
	assert.InDelta(t, 0.8, c.Recall(), 1e-9)
	assert.InDelta(t, 0.8, c.F2(), 1e-9)
	assert.InDelta(t, 1.0, Counts{}.Precision(), 1e-9)
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(data), 0o644))
}

func TestChatFixture(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "corpus.txt"), "mail a@example.com at 14:32\nno pii here, order 4111-1111\n")
	writeFile(t, filepath.Join(dir, "corpus.labels.jsonl"),
		`{"line":0,"spans":[{"start":5,"end":18,"type":"EMAIL","pii":true},{"start":22,"end":27,"type":"TIME","pii":false}]}`+"\n"+
			`{"line":1,"spans":[{"start":6,"end":9,"type":"PERSON","pii":true}]}`+"\n")
	d, err := redact.NewDetector(redact.WithoutDefaultRules())
	require.NoError(t, err)
	r, err := Chat(context.Background(), d, dir)
	require.NoError(t, err)
	assert.Equal(t, Counts{TP: 1}, *r.PerType[redact.TypeEmailAddress])
	assert.Equal(t, Counts{FN: 1}, *r.PerType["PERSON"])
	assert.Equal(t, 1, r.DecoyTotal["TIME"])
	assert.Zero(t, r.Decoys["TIME"])
	assert.Equal(t, 2, r.Messages)
}

func TestLoadChat(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "corpus.txt"), "at 14:32 mail a@example.com\nnothing\n")
	writeFile(t, filepath.Join(dir, "corpus.labels.jsonl"),
		`{"line":0,"spans":[{"start":13,"end":26,"type":"EMAIL","pii":true,"value":"a@example.com"},{"start":3,"end":8,"type":"TIME","pii":false}]}`+"\n")
	c, err := LoadChat(dir)
	require.NoError(t, err)
	assert.Equal(t, []string{"at 14:32 mail a@example.com", "nothing"}, c.Lines)
	assert.Equal(t, [][]ChatSpan{{{3, 8, "TIME", false}, {13, 26, "EMAIL", true}}, nil}, c.Spans, "sorted by start")

	d, err := redact.NewDetector(redact.WithoutDefaultRules())
	require.NoError(t, err)
	r, err := c.Score(context.Background(), d, 0)
	require.NoError(t, err)
	assert.Zero(t, r.Elapsed, "an untimed pass")
	assert.Equal(t, Counts{TP: 1}, r.Overall)
	assert.Equal(t, 1, r.DecoyTotal["TIME"])

	var sum ChatResult
	sum.Add(r)
	sum.Add(r)
	assert.Equal(t, Counts{TP: 2}, sum.Overall)
	assert.Equal(t, Counts{TP: 2}, *sum.PerType[redact.TypeEmailAddress])
	assert.Equal(t, 2, sum.DecoyTotal["TIME"])
	assert.Equal(t, 4, sum.Messages)
	assert.Equal(t, Counts{TP: 1}, *r.PerType[redact.TypeEmailAddress], "Add leaves its argument alone")
}

func TestLoadChatBadLabels(t *testing.T) {
	for name, label := range map[string]string{
		"span past the line": `{"line":0,"spans":[{"start":3,"end":9,"type":"TIME","pii":false}]}`,
		"reversed span":      `{"line":0,"spans":[{"start":3,"end":2,"type":"TIME","pii":false}]}`,
		"no such line":       `{"line":5,"spans":[]}`,
		"not JSON":           `{"line":`,
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "corpus.txt"), "at 14:32\n")
			writeFile(t, filepath.Join(dir, "corpus.labels.jsonl"), label+"\n")
			_, err := LoadChat(dir)
			assert.Error(t, err)
		})
	}
}

func TestSynthFixture(t *testing.T) {
	dir := t.TempDir()
	// Offsets are code points: "é" is one position.
	writeFile(t, filepath.Join(dir, "s.json"), `[{"full_text":"é mail a@example.com","spans":[{"entity_type":"EMAIL_ADDRESS","start_position":7,"end_position":20}]},
{"full_text":"Bob lives here","spans":[{"entity_type":"PERSON","start_position":0,"end_position":3}]}]`)
	d, err := redact.NewDetector(redact.WithoutDefaultRules())
	require.NoError(t, err)
	r, err := Synth(context.Background(), d, filepath.Join(dir, "s.json"))
	require.NoError(t, err)
	assert.Equal(t, Counts{TP: 1, FN: 1}, r.PII)
	assert.Equal(t, Counts{TP: 1, FN: 1}, r.Typed)
}

func TestVectorsFixture(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "v.jsonl"), `{"entity":"EMAIL_ADDRESS","text":"x a@example.com","byte_spans":[[2,15]],"expected_count":1,"spans_complete":true}
{"entity":"EMAIL_ADDRESS","text":"not@an","byte_spans":[],"expected_count":0,"spans_complete":true}
{"entity":"PERSON","text":"Bob","byte_spans":[[0,3]],"expected_count":1,"spans_complete":true,"requires":"NER"}
`)
	vs, err := LoadVectors(filepath.Join(dir, "v.jsonl"))
	require.NoError(t, err)
	r, err := Vectors(context.Background(), vs, func(_ string, _ VectorConfig) (redact.Detector, []string, error) {
		d, err := redact.NewDetector(redact.WithoutDefaultRules())
		if err != nil {
			return nil, nil, err
		}
		return d, d.Types(), nil
	})
	require.NoError(t, err)
	e := r.PerType["EMAIL_ADDRESS"]
	assert.Equal(t, [4]int{1, 1, 1, 1}, [4]int{e.Pos, e.PosPass, e.Neg, e.NegPass})
	assert.Equal(t, 1, r.PerType["PERSON"].Skipped)
	assert.True(t, r.Supported["EMAIL_ADDRESS"])
	assert.False(t, r.Supported["PERSON"])
}

// TestVectorConfig checks that every setting a vector's config names
// reaches the detector it runs on, and that a setting the evaluator does
// not know fails the run instead of being ignored.
func TestVectorConfig(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "v.jsonl"), `{"entity":"TITLE","text":"mrs. Kennedy","expected_count":1,"spans_complete":false,"config":{"deny_list":["Mr.","Mrs."],"analyze_regex_flags":"re.IGNORECASE"}}
{"entity":"TITLE","text":"mrs. Kennedy","expected_count":0,"spans_complete":true,"config":{"deny_list":["Mr.","Mrs."],"analyze_regex_flags":"re.DOTALL"}}
{"entity":"PHONE_NUMBER","text":"x (415) 555-0132","byte_spans":[[2,16]],"expected_count":1,"spans_complete":true,"config":{"supported_regions":["US","UK"],"leniency":3}}
{"entity":"DE_VAT_ID","text":"DE123456789","expected_count":0,"spans_complete":true,"config":{"strict_checksum":true}}
`)
	vs, err := LoadVectors(filepath.Join(dir, "v.jsonl"))
	require.NoError(t, err)
	var got []VectorConfig
	r, err := Vectors(context.Background(), vs, func(entity string, c VectorConfig) (redact.Detector, []string, error) {
		got = append(got, c)
		d, err := redact.NewDetector(redact.WithoutDefaultRules())
		return d, []string{entity}, err
	})
	require.NoError(t, err)
	assert.Equal(t, []VectorConfig{
		{Leniency: -1, DenyList: []string{"Mr.", "Mrs."}},
		{Leniency: -1, DenyList: []string{"Mr.", "Mrs."}, DenyCase: true},
		{Regions: []string{"US", "GB"}, Leniency: 3},
		{Leniency: -1, StrictChecksum: true},
	}, got)
	// A type is supported by a detector without a deny list.
	assert.False(t, r.Supported["TITLE"])
	assert.True(t, r.Supported["PHONE_NUMBER"])

	for _, bad := range []string{`{"frobnicate":true}`, `{"leniency":7}`, `{"deny_list":"Mr."}`, `{"strict_checksum":"yes"}`} {
		writeFile(t, filepath.Join(dir, "bad.jsonl"), `{"entity":"TITLE","text":"x","expected_count":0,"config":`+bad+"}\n")
		vs, err := LoadVectors(filepath.Join(dir, "bad.jsonl"))
		require.NoError(t, err)
		_, err = Vectors(context.Background(), vs, func(string, VectorConfig) (redact.Detector, []string, error) {
			t.Fatalf("%s: a detector was built", bad)
			return nil, nil, nil
		})
		assert.Error(t, err, bad)
	}
}
