//go:build race

package redact

// raceEnabled says the tests run under the race detector, which makes
// single-goroutine work about ten times slower.
const raceEnabled = true
