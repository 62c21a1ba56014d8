package redact

import "testing"

// BenchmarkRuleAutomaton measures the rule automata alone (scanRules:
// the digit windows and the other rules' runs) over the chat corpus, one
// message per call, with the automata warmed up.
func BenchmarkRuleAutomaton(b *testing.B) {
	lines := loadChat(b)
	e, err := NewDetector()
	if err != nil {
		b.Fatal(err)
	}
	total := bytesOf(lines)
	s := &state{e: e}
	for _, l := range lines {
		s.reset(l)
		s.scanRules()
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			s.reset(l)
			if !s.scanRules() {
				b.Fatal("automaton full")
			}
		}
	}
	if testing.Verbose() {
		for _, dd := range e.digitDFAs {
			d := dd.dfa.Load()
			b.Logf("digit: %d states, %d symbols, stride %d words, before/after/between %d/%d/%d (ASCII %d/%d/%d), needs words %v",
				len(d.live), d.nsym, d.stride, dd.pre[0], dd.suf[0], dd.gap[0], dd.pre[1], dd.suf[1], dd.gap[1], dd.ctx)
		}
		for _, rd := range e.restDFAs {
			d := rd.dfa.Load()
			b.Logf("rest: %d states, %d symbols, stride %d words, runs of %d bytes or more, needs words %v", len(d.live), d.nsym, d.stride, rd.min, rd.ctx)
		}
	}
}

// BenchmarkRules measures the pattern rules (automata, regular
// expressions, validators) over the chat corpus, one message per call:
// "scan" runs the built-in scanner alone (which finds the rules' words),
// "scan+rules" then runs the rules; the difference is the rules' cost.
func BenchmarkRules(b *testing.B) {
	lines := loadChat(b)
	e, err := NewDetector()
	if err != nil {
		b.Fatal(err)
	}
	total := bytesOf(lines)
	for _, rules := range []bool{false, true} {
		name := "scan"
		if rules {
			name = "scan+rules"
		}
		b.Run(name, func(b *testing.B) {
			s := &state{e: e}
			b.SetBytes(int64(total))
			for b.Loop() {
				for _, l := range lines {
					s.reset(l)
					s.scan()
					if rules {
						s.runRules()
					}
				}
			}
		})
	}
}
