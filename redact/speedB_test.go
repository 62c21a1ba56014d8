package redact

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestResolveAscending: resolve keeps the same spans of candidates in
// order, whose order it reads from ascending when they are few enough,
// as of the same candidates shuffled, whose order it writes and sorts;
// and as many as ascending holds and more.
func TestResolveAscending(t *testing.T) {
	for i, v := range ascending {
		if v != i {
			t.Fatalf("ascending[%d] = %d", i, v)
		}
	}
	kept := func(cands []cand) []span {
		var s state
		s.cands = cands
		s.resolve()
		var out []span
		for _, k := range s.kept {
			out = append(out, span{cands[k].start, cands[k].end})
		}
		return out
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{2, 3, 17, len(ascending), len(ascending) + 1, 3 * len(ascending)} {
		// Every third candidate overlaps the next, with a score that
		// wins or loses by its place.
		var cands []cand
		for k := range n {
			c := cand{start: 10 * k, end: 10*k + 5, typ: TypeEmailAddress, score: 0.5, rule: -1}
			if k%3 == 0 {
				c.end = 10*k + 12
				c.score = 0.4 + 0.2*float64(k%2)
			}
			cands = append(cands, c)
		}
		if !candsByStartEnd(cands) {
			t.Fatalf("n=%d: candidates not in order", n)
		}
		got := kept(slices.Clone(cands))
		shuffled := slices.Clone(cands)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		want := kept(shuffled)
		if !slices.Equal(got, want) {
			t.Errorf("n=%d: kept %v in order, %v shuffled", n, got, want)
		}
		if len(got) == 0 || len(got) >= n {
			t.Errorf("n=%d: kept %d", n, len(got))
		}
	}
}
