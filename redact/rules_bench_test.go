package redact

import "testing"

// BenchmarkScanRules measures the rule automata alone (scanRules) over the
// chat corpus, each message scanned beforehand: the pass whose windows
// and table lookups BenchmarkDetectChat spends most of its rule time in,
// without the rest of the detector around it.
func BenchmarkScanRules(b *testing.B) {
	lines := loadChat(b)
	e, err := NewDetector()
	if err != nil {
		b.Fatal(err)
	}
	states := make([]*state, len(lines))
	for k, l := range lines {
		s := &state{e: e}
		s.reset(l)
		s.scan()
		states[k] = s
	}
	b.SetBytes(int64(bytesOf(lines)))
	for b.Loop() {
		for _, s := range states {
			s.scanRules()
		}
	}
}
