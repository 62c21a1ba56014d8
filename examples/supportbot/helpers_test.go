package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer safe for the server's concurrent log
// writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// examplePolicy is the policy file users copy and edit.
const examplePolicy = "../policy.yaml"

// policyCopy writes a copy of the example policy with each old string
// replaced by the new one after it, as a user edits theirs, and returns
// its path.
func policyCopy(t *testing.T, oldNew ...string) string {
	t.Helper()
	b, err := os.ReadFile(examplePolicy)
	require.NoError(t, err)
	s := string(b)
	for i := 0; i+1 < len(oldNew); i += 2 {
		require.Contains(t, s, oldNew[i])
		s = strings.Replace(s, oldNew[i], oldNew[i+1], 1)
	}
	path := filepath.Join(t.TempDir(), "my-policy.yaml")
	require.NoError(t, os.WriteFile(path, []byte(s), 0o644))
	return path
}

// testServer is the server running in-process on a loopback port.
type testServer struct {
	*app
	url string
	dir string
	log *syncBuffer
}

// startServer starts the whole stack with model, a temporary data
// directory and SQLite, on 127.0.0.1:0. edit may change the config.
func startServer(t *testing.T, model chat.Model, edit func(*Config)) *testServer {
	t.Helper()
	dir := t.TempDir()
	logs := &syncBuffer{}
	cfg := Config{Policy: examplePolicy, DataDir: dir, Model: model, Log: logs, AdminToken: "test-admin-token",
		Getenv: func(string) string { return "" }}
	if edit != nil {
		edit(&cfg)
	}
	ctx, cancel := context.WithCancel(context.Background())
	a, err := newApp(ctx, cfg)
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, a.Handler()) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
		a.Close()
	})
	return &testServer{app: a, url: "http://" + ln.Addr().String(), dir: dir, log: logs}
}

// client is a browser-like client with its own cookie jar: one customer.
type client struct {
	t    *testing.T
	base string
	http *http.Client
}

func newClient(t *testing.T, s *testServer) *client {
	jar, err := cookiejar.New(nil)
	require.NoError(t, err)
	return &client{t: t, base: s.url, http: &http.Client{Jar: jar, Timeout: 30 * time.Second}}
}

// visit loads the page, which starts a session.
func (c *client) visit(headers ...string) *http.Response {
	c.t.Helper()
	return c.do("GET", "/", nil, headers...)
}

func (c *client) do(method, path string, body any, headers ...string) *http.Response {
	c.t.Helper()
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		require.NoError(c.t, err)
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, c.base+path, r)
	require.NoError(c.t, err)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := c.http.Do(req)
	require.NoError(c.t, err)
	c.t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// state returns the session state.
func (c *client) state() sessionState {
	c.t.Helper()
	resp := c.do("GET", "/api/session", nil)
	require.Equal(c.t, http.StatusOK, resp.StatusCode)
	var st sessionState
	require.NoError(c.t, json.NewDecoder(resp.Body).Decode(&st))
	return st
}

// consent records the customer's choices as the banner does.
func (c *client) consent(assistant, transcript bool) {
	c.t.Helper()
	st := c.state()
	resp := c.do("POST", "/api/consent", map[string]any{"notice": st.Notice.NoticeRef,
		"choices": map[string]bool{"ai_assistant": assistant, "collect.store_transcript": transcript}})
	require.Equal(c.t, http.StatusOK, resp.StatusCode)
}

// chatResult is a turn as the page sees it.
type chatResult struct {
	status int
	reply  string
	done   bool
	err    apiError
}

// chat sends a message and reads the streamed reply.
func (c *client) chat(msg string) chatResult {
	c.t.Helper()
	resp := c.do("POST", "/api/chat", map[string]string{"message": msg})
	return readChat(c.t, resp)
}

func readChat(t *testing.T, resp *http.Response) chatResult {
	t.Helper()
	res := chatResult{status: resp.StatusCode}
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&res.err))
		return res
	}
	name := ""
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			data := []byte(strings.TrimPrefix(line, "data: "))
			switch name {
			case "delta":
				var d struct{ Text string }
				require.NoError(t, json.Unmarshal(data, &d))
				res.reply += d.Text
			case "done":
				res.done = true
			case "error":
				require.NoError(t, json.Unmarshal(data, &res.err))
			}
		}
	}
	return res
}

// decode reads a JSON body.
func decode[T any](t *testing.T, resp *http.Response) T {
	t.Helper()
	var v T
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&v))
	return v
}

// sessionCookie returns the client's session cookie.
func (c *client) sessionCookie() *http.Cookie {
	c.t.Helper()
	req, _ := http.NewRequest("GET", c.base+"/", nil)
	for _, ck := range c.http.Jar.Cookies(req.URL) {
		if ck.Name == "confide_session" {
			return ck
		}
	}
	return nil
}

// onDisk returns the labels of the values found in the SQLite file or its
// write-ahead log (labels, not values, so that test output shows no
// customer data).
func onDisk(t *testing.T, dbPath string, values map[string]string) []string {
	t.Helper()
	var data []byte
	for _, p := range []string{dbPath, dbPath + "-wal"} {
		b, err := os.ReadFile(p)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			require.NoError(t, err)
		}
		data = append(data, b...)
	}
	return foundIn(string(data), values)
}

// foundIn returns the labels of the values that occur in text.
func foundIn(text string, values map[string]string) []string {
	var found []string
	for label, v := range values {
		if strings.Contains(text, v) {
			found = append(found, label)
		}
	}
	return found
}

// auditLog returns the tenant's audit events and checkpoints as stored.
func auditLog(t *testing.T, s *testServer) ([]audit.Event, []audit.Checkpoint) {
	t.Helper()
	ctx := context.Background()
	events, err := s.db.Audit().Events(ctx, s.cfg.Tenant, 0, 0)
	require.NoError(t, err)
	cps, err := s.db.Audit().Checkpoints(ctx, s.cfg.Tenant)
	require.NoError(t, err)
	return events, cps
}

// auditOf returns the audit events of one subject and operation.
func auditOf(t *testing.T, s *testServer, subject string, op audit.Operation) []audit.Event {
	t.Helper()
	events, _ := auditLog(t, s)
	var out []audit.Event
	for _, e := range events {
		if e.Scope.Subject == subject && e.Operation == op {
			out = append(out, e)
		}
	}
	return out
}
