package redact

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkSoftByteLoop is the yardstick for BenchmarkSoftEntities: a
// trivial loop over every byte of the same messages, called the same way,
// so that a noisy machine can be factored out as a ratio.
func BenchmarkSoftByteLoop(b *testing.B) {
	dir := softCorpusDir(b)
	raw, err := os.ReadFile(filepath.Join(dir, "chat", "corpus.txt"))
	if err != nil {
		b.Skip("chat corpus not readable")
	}
	lines := strings.Split(string(raw), "\n")
	var sink int
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			sink += byteLoop(l)
		}
	}
	_ = sink
}

// byteLoop counts the upper-case ASCII letters of text, one byte at a time.
//
//go:noinline
func byteLoop(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		if text[i]-'A' < 26 {
			n++
		}
	}
	return n
}

// BenchmarkSoftShortMessage measures one call on a short chat message,
// where the fixed cost of a call (pooling, set-up) weighs most.
func BenchmarkSoftShortMessage(b *testing.B) {
	r := newSoftEntityRecognizer()
	emit := func(Finding) {}
	for b.Loop() {
		r.Recognize("[9:02 am] Agent: Thanks, that works. Anything else?", emit)
	}
}

// BenchmarkSoftTokenize measures the tokenizer of the soft-entity
// recognizer alone over the support-chat corpus, one call per message.
func BenchmarkSoftTokenize(b *testing.B) {
	dir := softCorpusDir(b)
	raw, err := os.ReadFile(filepath.Join(dir, "chat", "corpus.txt"))
	if err != nil {
		b.Skip("chat corpus not readable")
	}
	lines := strings.Split(string(raw), "\n")
	var toks []entToken
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			toks, _ = entTokenize(l, toks)
		}
	}
}
