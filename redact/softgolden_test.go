package redact

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The soft-entity golden reference: the findings (offsets, type and score,
// never the text) of the soft-entity recognizer over the shared corpora and
// over texts generated from them, recorded in testdata/soft_golden. Any
// change to the recognizer must leave them identical, or be a deliberate
// improvement recorded by regenerating the file with
//
//	CONFIDE_SOFT_GOLDEN_UPDATE=1 go test -run TestSoftGolden ./redact/

const softGoldenFile = "testdata/soft_golden/findings.txt.gz"

// goldenRand is a small deterministic generator (xorshift64*), stable across
// Go releases.
type goldenRand uint64

func (r *goldenRand) next() uint64 {
	x := uint64(*r)
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	*r = goldenRand(x)
	return x * 2685821657736338717
}

func (r *goldenRand) intn(n int) int { return int(r.next() % uint64(n)) }

// softGoldenTexts returns the texts of the golden reference, or skips.
func softGoldenTexts(tb testing.TB) []string {
	dir := softCorpusDir(tb)
	var texts []string
	raw, err := os.ReadFile(filepath.Join(dir, "chat", "corpus.txt"))
	if err != nil {
		tb.Skip("chat corpus not readable")
	}
	chat := strings.Split(string(raw), "\n")
	texts = append(texts, chat...)
	texts = append(texts, string(raw)) // one call over the whole corpus
	var synth []struct {
		FullText string `json:"full_text"`
	}
	if b, err := os.ReadFile(filepath.Join(dir, "presidio", "synth_dataset_v2.json")); err == nil {
		if err := json.Unmarshal(b, &synth); err != nil {
			tb.Fatalf("synth dataset: %v", err)
		}
	}
	for _, s := range synth {
		texts = append(texts, s.FullText)
	}
	for _, f := range []string{"presidio_recognizer_vectors.jsonl", "presidio_context_sentences.jsonl"} {
		fh, err := os.Open(filepath.Join(dir, "presidio", f))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var v struct {
				Text string `json:"text"`
			}
			if json.Unmarshal(sc.Bytes(), &v) == nil {
				texts = append(texts, v.Text)
			}
		}
		fh.Close()
	}
	// Generated variants: case changes, shuffled words, cuts, joins.
	base := append([]string(nil), texts[:len(chat)]...)
	for _, s := range synth {
		base = append(base, s.FullText)
	}
	r := goldenRand(0x9e3779b97f4a7c15)
	for n := 0; n < 16000; n++ {
		t := base[r.intn(len(base))]
		switch n % 8 {
		case 0:
			t = strings.ToUpper(t)
		case 1:
			t = strings.ToLower(t)
		case 2:
			w := strings.Fields(t)
			for i := len(w) - 1; i > 0; i-- {
				j := r.intn(i + 1)
				w[i], w[j] = w[j], w[i]
			}
			t = strings.Join(w, " ")
		case 3:
			if len(t) > 2 {
				a := r.intn(len(t))
				b := a + r.intn(len(t)-a+1)
				t = t[a:b]
			}
		case 4:
			seps := []string{"\n", "\n\n", " ", "\n> ", ", ", ". "}
			var sb strings.Builder
			for k := 0; k < 2+r.intn(4); k++ {
				if k > 0 {
					sb.WriteString(seps[r.intn(len(seps))])
				}
				sb.WriteString(base[r.intn(len(base))])
			}
			t = sb.String()
		case 5:
			w := strings.Fields(t)
			for i := range w {
				switch r.intn(4) {
				case 0:
					w[i] = strings.ToLower(w[i])
				case 1:
					if w[i] != "" {
						w[i] = strings.ToUpper(w[i][:1]) + w[i][1:]
					}
				}
			}
			t = strings.Join(w, " ")
		case 6:
			w := strings.Fields(t)
			if len(w) > 1 {
				i := r.intn(len(w))
				j := i + 1 + r.intn(min(6, len(w)-i))
				t = strings.Join(w[i:min(j, len(w))], " ")
			}
		case 7:
			w := strings.Fields(t)
			seps := []string{"\n", ", ", ". ", " - ", ": ", "\t", "\u00a0"}
			var sb strings.Builder
			for i, x := range w {
				if i > 0 {
					if r.intn(5) == 0 {
						sb.WriteString(seps[r.intn(len(seps))])
					} else {
						sb.WriteByte(' ')
					}
				}
				sb.WriteString(x)
			}
			t = sb.String()
		}
		texts = append(texts, t)
	}
	return texts
}

// softGoldenRecord runs the recognizer over texts and returns the record:
// a header line with the number of texts and a hash of their bytes, then
// one line per text with findings: its index and its findings as
// start,end,type,score.
func softGoldenRecord(texts []string) []byte {
	r := newSoftEntityRecognizer()
	return goldenRecord(texts, func(t string, emit func(Finding)) { r.Recognize(t, emit) })
}

// goldenRecord writes the record of findings that run reports for texts.
func goldenRecord(texts []string, run func(string, func(Finding))) []byte {
	h := fnv.New64a()
	for _, t := range texts {
		h.Write([]byte(t))
		h.Write([]byte{0})
	}
	var out bytes.Buffer
	fmt.Fprintf(&out, "texts %d hash %016x\n", len(texts), h.Sum64())
	var line []byte
	for i, t := range texts {
		line = line[:0]
		run(t, func(f Finding) {
			line = append(line, ' ')
			line = strconv.AppendInt(line, int64(f.Start), 10)
			line = append(line, ',')
			line = strconv.AppendInt(line, int64(f.End), 10)
			line = append(line, ',')
			line = append(line, f.Type...)
			line = append(line, ',')
			line = strconv.AppendFloat(line, f.Score, 'g', -1, 64)
		})
		if len(line) > 0 {
			out.WriteString(strconv.Itoa(i))
			out.Write(line)
			out.WriteByte('\n')
		}
	}
	return out.Bytes()
}

// TestSoftGolden checks the soft-entity recognizer against the golden
// reference. It reports the indexes of differing texts, never their text.
func TestSoftGolden(t *testing.T) {
	texts := softGoldenTexts(t)
	checkGolden(t, softGoldenFile, "CONFIDE_SOFT_GOLDEN_UPDATE", len(texts), softGoldenRecord(texts))
}

// checkGolden compares got with the golden record in file, or writes it
// there when the environment variable update is set.
func checkGolden(t *testing.T, file, update string, ntexts int, got []byte) {
	softGoldenFile, texts := file, ntexts
	if os.Getenv(update) != "" {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(got)
		zw.Close()
		if err := os.MkdirAll(filepath.Dir(softGoldenFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(softGoldenFile, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d texts, %d bytes compressed", softGoldenFile, texts, buf.Len())
		return
	}
	fh, err := os.Open(softGoldenFile)
	if err != nil {
		t.Skipf("no golden file: %v", err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	want, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	if wl[0] != gl[0] {
		t.Skipf("corpus differs from the one recorded (%q vs %q)", gl[0], wl[0])
	}
	if bytes.Equal(want, got) {
		return
	}
	byIdx := func(ls []string) map[string]string {
		m := make(map[string]string, len(ls))
		for _, l := range ls[1:] {
			if k, v, ok := strings.Cut(l, " "); ok {
				m[k] = v
			}
		}
		return m
	}
	wm, gm := byIdx(wl), byIdx(gl)
	bad := 0
	for k, v := range wm {
		if gm[k] != v {
			if bad < 20 && len(v)+len(gm[k]) < 600 {
				t.Errorf("text %s: findings differ:\n want %s\n got  %s", k, v, gm[k])
			}
			bad++
		}
	}
	for k, v := range gm {
		if _, ok := wm[k]; !ok {
			if bad < 20 {
				t.Errorf("text %s: new findings %s", k, v)
			}
			bad++
		}
	}
	t.Errorf("%d of %d texts differ from the golden reference %s", bad, texts, softGoldenFile)
}

// The detector golden reference: what Engine.Detect with every default
// recognizer reports over the same texts, recorded in testdata/detect_golden.
// Work on speed must leave it identical; a deliberate change of what is
// detected regenerates it with
//
//	CONFIDE_DETECT_GOLDEN_UPDATE=1 go test -run TestDetectGolden ./redact/
const detectGoldenFile = "testdata/detect_golden/findings.txt.gz"

func TestDetectGolden(t *testing.T) {
	texts := softGoldenTexts(t)
	e, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	got := goldenRecord(texts, func(s string, emit func(Finding)) {
		fs, err := e.Detect(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			emit(f)
		}
	})
	checkGolden(t, detectGoldenFile, "CONFIDE_DETECT_GOLDEN_UPDATE", len(texts), got)
}
