package redact

import (
	"os"
	"testing"
)

// skipWithoutCorpus skips a test that needs ../shared/corpus when it is
// absent, except in CI, which must provide it: there the test fails.
func skipWithoutCorpus(t testing.TB, path string, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI must provide the corpus (%s): %v", path, err)
	}
	t.Skipf("corpus not available (%s): %v", path, err)
}
