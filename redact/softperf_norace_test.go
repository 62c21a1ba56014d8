//go:build !race

package redact

// raceEnabled reports whether the race detector is on, which makes timing
// tests meaningless.
const raceEnabled = false
