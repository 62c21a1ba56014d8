package redact

import "testing"

// wholeWithoutRace skips a test that runs in one goroutine under the race
// detector, which slows it tenfold and cannot find a race in it: .ci/run
// runs it whole without -race ("linear time and whole differential
// tests"). Since session 67, whose CI took 1,103 s (574 s in redact's
// race run: 108 s of it TestSubsetFindings, whose 134 detectors' builds
// no thinning of its texts shortens, and 66 s TestAnyDigitWidens).
func wholeWithoutRace(t *testing.T) {
	t.Helper()
	if raceEnabled {
		t.Skip("one goroutine, which -race slows and cannot help: .ci/run runs it whole without -race")
	}
}
