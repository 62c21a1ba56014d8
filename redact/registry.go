package redact

import "sync"

// The package registry: files that define rules or recognizers add them
// from an init function with one line, register(rules...) or
// registerRecognizer(newX), and every detector built with default options
// picks them up.
var (
	registryMu    sync.Mutex
	registryRules []Rule
	registryRecs  []func() Recognizer
)

// register adds rules to the default set.
func register(r ...Rule) {
	registryMu.Lock()
	defer registryMu.Unlock()
	registryRules = append(registryRules, r...)
}

// registerRecognizer adds a recognizer constructor to the default set.
// The constructor runs once per detector.
func registerRecognizer(f func() Recognizer) {
	registryMu.Lock()
	defer registryMu.Unlock()
	registryRecs = append(registryRecs, f)
}

// DefaultRules returns a copy of the pattern rules every detector runs by
// default, on top of the built-in recognizers (national identifiers and
// other rules registered by this package).
func DefaultRules() []Rule {
	registryMu.Lock()
	defer registryMu.Unlock()
	return append([]Rule(nil), registryRules...)
}

func defaultRecognizers() []Recognizer {
	registryMu.Lock()
	fs := append([]func() Recognizer(nil), registryRecs...)
	registryMu.Unlock()
	out := make([]Recognizer, 0, len(fs))
	for _, f := range fs {
		if r := f(); r != nil {
			out = append(out, r)
		}
	}
	return out
}
