//go:build race

package redact

// raceEnabled says the tests run under the race detector, which makes
// single-goroutine work about ten times slower.
const raceEnabled = true

// raceThin divides the samples of a differential test that runs in one
// goroutine under the race detector, which slows it and cannot help:
// under it TestDigitWindowsOfRulesOn checks a fifth of its samples. The
// tests that .ci/run runs whole without the detector skip under it
// (wholeWithoutRace).
const raceThin = 5
