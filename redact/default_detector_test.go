package redact

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// The default detector, built once for the package's tests. An Engine is
// safe for concurrent use and Detect leaves it as it was, so the tests
// that read texts with the default options share one instead of each
// building its own: building one costs about 90 ms, several times that
// under the race detector, and about a thousand tests did it. A test that
// changes an engine's fields (plainRules, its automata) builds its own.
var defaultEngine struct {
	once sync.Once
	e    *Engine
	err  error
}

// defaultDetector returns the shared detector of NewDetector().
func defaultDetector(t testing.TB) *Engine {
	t.Helper()
	defaultEngine.once.Do(func() { defaultEngine.e, defaultEngine.err = NewDetector() })
	require.NoError(t, defaultEngine.err)
	return defaultEngine.e
}
