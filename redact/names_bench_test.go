package redact

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkSoftEntities measures the combined soft-entity recognizer over
// the support-chat corpus, one call per message, as the engine calls it.
func BenchmarkSoftEntities(b *testing.B) {
	dir := softCorpusDir(b)
	raw, err := os.ReadFile(filepath.Join(dir, "chat", "corpus.txt"))
	if err != nil {
		b.Skip("chat corpus not readable")
	}
	lines := strings.Split(string(raw), "\n")
	r := newSoftEntityRecognizer()
	emit := func(Finding) {}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			r.Recognize(l, emit)
		}
	}
}

// BenchmarkSoftEntitiesWholeText measures one call over the whole corpus.
func BenchmarkSoftEntitiesWholeText(b *testing.B) {
	dir := softCorpusDir(b)
	raw, err := os.ReadFile(filepath.Join(dir, "chat", "corpus.txt"))
	if err != nil {
		b.Skip("chat corpus not readable")
	}
	text := string(raw)
	r := newSoftEntityRecognizer()
	emit := func(Finding) {}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r.Recognize(text, emit)
	}
}

// BenchmarkSoftEntitiesCapitalised measures the worst case for the name
// logic: a long text of capitalised words, which must stay linear.
func BenchmarkSoftEntitiesCapitalised(b *testing.B) {
	text := strings.Repeat("Anna Maria Berlin Main Street Acme Corp Mr Smith ", 1<<14)
	r := newSoftEntityRecognizer()
	emit := func(Finding) {}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		r.Recognize(text, emit)
	}
}
