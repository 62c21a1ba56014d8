package redact

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"testing/slogtest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSlogHandlerRedacts(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(NewSlogHandler(slog.NewJSONHandler(&buf, nil), NewRedactor(regexDetector{})))
	logger = logger.With("who", "Jo Bloggs", "password", "hunter2")
	logger.Info("mail from jo@example.org",
		"card", 4111111111111111,
		"err", errors.New("cannot reach ann@corp.example"),
		"count", 3,
		slog.Group("customer", "name", "Ann Lee", "note", "paid by 4111 1111 1111 1111", "empty", ""),
	)
	out := buf.String()
	for _, s := range append(secrets, "hunter2", "4111111111111111") {
		assert.NotContains(t, out, s)
	}
	assert.Contains(t, out, `"msg":"mail from [EMAIL_ADDRESS]"`)
	assert.Contains(t, out, `"password":"[PASSWORD]"`)
	assert.Contains(t, out, `"card":"[CREDIT_CARD]"`, "a keyed attribute is replaced whatever its kind")
	assert.Contains(t, out, `"count":3`)
	assert.Contains(t, out, `"note":"paid by [CREDIT_CARD]"`)
	assert.Contains(t, out, `"empty":""`)

	buf.Reset()
	failing := slog.New(NewSlogHandler(slog.NewJSONHandler(&buf, nil), NewRedactor(regexDetector{err: errors.New("down")})))
	failing.Info("mail jo@example.org")
	assert.NotContains(t, buf.String(), "jo@example.org")
	assert.Contains(t, buf.String(), "[REDACTION FAILED]")
}

// TestSlogHandlerConformance runs the standard library's handler suite
// through the redacting wrapper.
func TestSlogHandlerConformance(t *testing.T) {
	var buf bytes.Buffer
	h := NewSlogHandler(slog.NewJSONHandler(&buf, nil), NewRedactor(regexDetector{}))
	results := func() []map[string]any {
		var ms []map[string]any
		for _, line := range bytes.Split(buf.Bytes(), []byte{'\n'}) {
			if len(line) == 0 {
				continue
			}
			m, err := parseJSONLine(line)
			require.NoError(t, err)
			ms = append(ms, m)
		}
		return ms
	}
	require.NoError(t, slogtest.TestHandler(h, results))
}

func parseJSONLine(line []byte) (map[string]any, error) {
	var m map[string]any
	dec := jsonDecoder(line)
	err := dec.Decode(&m)
	return m, err
}

func TestSlogHandlerContext(t *testing.T) {
	var buf bytes.Buffer
	h := NewSlogHandler(slog.NewTextHandler(&buf, nil), NewRedactor(regexDetector{}))
	assert.True(t, h.Enabled(context.Background(), slog.LevelInfo))
	slog.New(h).WithGroup("g").Info("x", "a", "Sam Roe")
	assert.True(t, strings.Contains(buf.String(), "g.a=[PERSON]"), buf.String())
}

func jsonDecoder(b []byte) *json.Decoder { return json.NewDecoder(bytes.NewReader(b)) }
