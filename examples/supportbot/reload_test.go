package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPolicyReload edits the running server's policy file and reloads it
// through the admin endpoint: a valid change applies from the next turn,
// an invalid file or one that needs a restart is refused and the running
// policy stays.
func TestPolicyReload(t *testing.T) {
	model := e2eModel()
	path := policyCopy(t)
	original, err := os.ReadFile(path)
	require.NoError(t, err)
	srv := startServer(t, model, func(c *Config) { c.Policy = path })
	c := newClient(t, srv)
	c.visit()
	c.consent(true, true)
	edit := func(oldNew ...string) {
		t.Helper()
		s := string(original)
		for i := 0; i+1 < len(oldNew); i += 2 {
			require.Contains(t, s, oldNew[i])
			s = strings.Replace(s, oldNew[i], oldNew[i+1], 1)
		}
		require.NoError(t, os.WriteFile(path, []byte(s), 0o644))
	}
	reload := func(token string) (int, map[string]any) {
		t.Helper()
		resp := c.do("POST", "/admin/policy/reload", nil, "Authorization", "Bearer "+token)
		return resp.StatusCode, decode[map[string]any](t, resp)
	}
	lastSeen := func() string {
		seen := model.Seen()
		require.NotEmpty(t, seen)
		return seen[len(seen)-1]
	}
	privacy := func() string {
		b, err := io.ReadAll(c.do("GET", "/privacy", nil).Body)
		require.NoError(t, err)
		return string(b)
	}

	res := c.chat("My card " + card)
	require.True(t, res.done)
	assert.Contains(t, res.reply, card)
	assert.Contains(t, lastSeen(), "<CREDIT_CARD_1>")
	oldNotice := c.state().Notice.NoticeRef

	status, _ := reload("wrong-token")
	assert.Equal(t, http.StatusUnauthorized, status)

	t.Run("valid change", func(t *testing.T) {
		edit("CREDIT_CARD: {operator: placeholder}", `CREDIT_CARD: {operator: "mask:4"}`,
			"id: assistant\n      version: \"1\"", "id: assistant\n      version: \"2\"",
			"An AI model from an outside provider answers you.", "An AI model from an outside provider answers you, and card numbers are masked.")
		status, body := reload("test-admin-token")
		require.Equal(t, http.StatusOK, status, "%v", body)
		assert.Equal(t, true, body["reloaded"])
		assert.Contains(t, stringify(body["changes"]), "payment card numbers", "what the change means for customers")

		// The banner shows the new notice; a choice made on the old one
		// is refused.
		st := c.state()
		assert.Equal(t, "2", st.Notice.Version)
		assert.Contains(t, st.Notice.Text, "card numbers are masked")
		resp := c.do("POST", "/api/consent", map[string]any{"notice": oldNotice, "choices": map[string]bool{"ai_assistant": true}})
		assert.Equal(t, http.StatusConflict, resp.StatusCode)
		c.consent(true, true)

		// The next turn runs under the new rules.
		require.True(t, c.chat("My card "+card).done)
		assert.NotContains(t, lastSeen(), "<CREDIT_CARD", "cards are masked now")
		assert.NotContains(t, lastSeen(), card)
		assert.Contains(t, privacy(), "Payment card numbers</dt><dd>masked before your message leaves us")
	})
	t.Run("invalid file", func(t *testing.T) {
		edit("CREDIT_CARD: {operator: placeholder}", "CREDIT_CARD: {operator: shred}")
		status, body := reload("test-admin-token")
		require.Equal(t, http.StatusUnprocessableEntity, status)
		assert.Equal(t, "invalid_policy", body["error"])
		assert.Contains(t, body["message"], path+":36: redaction.types.CREDIT_CARD.operator")
		assert.Contains(t, srv.log.String(), "policy reload refused")

		// The running policy stays.
		assert.Equal(t, "2", c.state().Notice.Version)
		require.True(t, c.chat("My card "+card).done)
		assert.NotContains(t, lastSeen(), "<CREDIT_CARD", "still masked")
		assert.NotContains(t, lastSeen(), card)
		assert.Contains(t, privacy(), "masked before your message leaves us")
	})
	t.Run("what the server cannot run", func(t *testing.T) {
		edit("required: [ai_assistant]", "required: []")
		status, body := reload("test-admin-token")
		require.Equal(t, http.StatusUnprocessableEntity, status)
		assert.Contains(t, body["message"], "conversation.required")
		assert.Equal(t, "2", c.state().Notice.Version)
	})
	t.Run("needs a restart", func(t *testing.T) {
		edit("dsn_env: CONFIDE_DB", "dsn_env: OTHER_DB")
		status, body := reload("test-admin-token")
		require.Equal(t, http.StatusConflict, status)
		assert.Equal(t, "restart_required", body["error"])
		require.True(t, c.chat("My card "+card).done, "the server still answers")
	})
	t.Run("missing file", func(t *testing.T) {
		require.NoError(t, os.Remove(path))
		status, body := reload("test-admin-token")
		require.Equal(t, http.StatusUnprocessableEntity, status)
		assert.Equal(t, "invalid_policy", body["error"])
	})
	assert.Empty(t, foundIn(srv.log.String(), map[string]string{"card": card}), "customer values in the log")
}

// TestSIGHUP runs the command and reloads its policy file with SIGHUP.
func TestSIGHUP(t *testing.T) {
	path := policyCopy(t)
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	env := map[string]string{"CONFIDE_POLICY": path, "CONFIDE_ADDR": "127.0.0.1:0", "CONFIDE_DATA_DIR": t.TempDir(),
		"CONFIDE_ADMIN_TOKEN": "test-admin-token"}
	out := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, nil, func(k string) string { return env[k] }, out) }()
	defer func() {
		cancel()
		require.NoError(t, <-done)
	}()
	open := regexp.MustCompile(`Open (http://\S+)/`)
	require.Eventually(t, func() bool { return open.MatchString(out.String()) }, 10*time.Second, 10*time.Millisecond)
	url := open.FindStringSubmatch(out.String())[1]
	assert.Contains(t, out.String(), "Policy:   "+path+" (development mode; reload: SIGHUP or POST /admin/policy/reload)")
	assert.Contains(t, out.String(), "the policy names OpenAI", "the offline model is not the policy's provider")

	get := func() string {
		resp, err := http.Get(url + "/privacy")
		require.NoError(t, err)
		defer resp.Body.Close()
		page, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return string(page)
	}
	require.Contains(t, get(), "Acme Ltd runs Acme support chat")
	require.NoError(t, os.WriteFile(path, bytes.Replace(b, []byte("name: Acme Ltd"), []byte("name: Acme Holdings"), 1), 0o644))
	require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGHUP))
	assert.Eventually(t, func() bool { return strings.Contains(get(), "Acme Holdings runs Acme support chat") }, 10*time.Second, 20*time.Millisecond)
}
