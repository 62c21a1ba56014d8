//go:build race

package redact

// raceEnabled says the tests run under the race detector, which makes
// single-goroutine work about ten times slower.
const raceEnabled = true

// raceThin divides the samples of the differential tests that run in one
// goroutine (a search against package regexp, a window against the whole
// text), which the race detector slows and cannot help: under it they
// check a fifth of their samples, and .ci/run runs them whole without it.
const raceThin = 5
