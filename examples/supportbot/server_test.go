package main

import (
	"context"
	"database/sql"
	"encoding/base64"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/policy"
	"github.com/confide-dev/confide/rights"
	"github.com/confide-dev/confide/store"
	"github.com/confide-dev/confide/transparency"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	email = "jo.bloggs@example.org"
	card  = "4111 1111 1111 1111"
)

func TestSessionTokens(t *testing.T) {
	srv := startServer(t, e2eModel(), nil)
	other := startServer(t, e2eModel(), nil) // another server: another key
	otherTenant := startServer(t, e2eModel(), func(c *Config) { c.Tenant = "globex" })

	c := newClient(t, srv)
	require.Equal(t, http.StatusOK, c.visit().StatusCode)
	good := c.sessionCookie()
	require.NotNil(t, good)
	sess, err := srv.sessions.verify(good.Value)
	require.NoError(t, err)
	assert.Regexp(t, `^c-[0-9a-f]{32}$`, sess.Subject)

	raw, err := base64.RawURLEncoding.DecodeString(good.Value)
	require.NoError(t, err)
	flip := func(i int) string {
		b := append([]byte(nil), raw...)
		b[i] ^= 0x01
		return base64.RawURLEncoding.EncodeToString(b)
	}
	foreign := func(s *testServer) string {
		tok, err := s.sessions.issue(session{Subject: sess.Subject, Issued: time.Now()})
		require.NoError(t, err)
		return tok
	}
	expired, err := srv.sessions.issue(session{Subject: sess.Subject, Issued: time.Now().Add(-31 * 24 * time.Hour)})
	require.NoError(t, err)
	future, err := srv.sessions.issue(session{Subject: sess.Subject, Issued: time.Now().Add(time.Hour)})
	require.NoError(t, err)
	badSubject, err := srv.sessions.issue(session{Subject: "../../etc", Issued: time.Now()})
	require.NoError(t, err)

	tests := map[string]string{
		"missing":            "",
		"not base64":         "%%%",
		"truncated":          good.Value[:len(good.Value)-4],
		"tampered prefix":    flip(2),
		"tampered body":      flip(len(raw) / 2),
		"tampered tag":       flip(len(raw) - 1),
		"plaintext subject":  sess.Subject,
		"forged json":        base64.RawURLEncoding.EncodeToString([]byte(`{"v":1,"sub":"` + sess.Subject + `","iat":1}`)),
		"another server key": foreign(other),
		"another tenant":     foreign(otherTenant),
		"expired":            expired,
		"issued in future":   future,
		"invalid subject":    badSubject,
		"oversized":          strings.Repeat("A", 4096),
	}
	for name, token := range tests {
		t.Run(name, func(t *testing.T) {
			req, err := http.NewRequest("GET", srv.url+"/api/session", nil)
			require.NoError(t, err)
			if token != "" {
				req.AddCookie(&http.Cookie{Name: "confide_session", Value: token})
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
			assert.Equal(t, "session", decode[apiError](t, resp).Error)
		})
	}
	t.Run("valid", func(t *testing.T) {
		assert.Equal(t, http.StatusOK, c.do("GET", "/api/session", nil).StatusCode)
	})
	t.Run("cookie attributes", func(t *testing.T) {
		fresh := newClient(t, srv)
		resp := fresh.visit()
		var set *http.Cookie
		for _, ck := range resp.Cookies() {
			if ck.Name == "confide_session" {
				set = ck
			}
		}
		require.NotNil(t, set)
		assert.True(t, set.HttpOnly)
		assert.Equal(t, http.SameSiteStrictMode, set.SameSite)
		assert.False(t, set.Secure, "plain HTTP on loopback")
		assert.Equal(t, "/", set.Path)
	})
	t.Run("secure cookie off loopback", func(t *testing.T) {
		s := newSessions(srv.sessions.aead, "acme", time.Hour, true, time.Now)
		assert.Equal(t, "__Host-confide_session", s.cookieName())
	})
}

func TestCrossSubject(t *testing.T) {
	srv := startServer(t, e2eModel(), nil)
	alice, bob := newClient(t, srv), newClient(t, srv)
	alice.visit()
	bob.visit()
	alice.consent(true, true)
	bob.consent(true, true)
	aliceSess, err := srv.sessions.verify(alice.sessionCookie().Value)
	require.NoError(t, err)

	res := alice.chat("My email is " + email)
	require.True(t, res.done)
	assert.Contains(t, res.reply, email)

	// Bob sees his own (empty) history and export, whatever he asks for.
	for _, path := range []string{"/api/history", "/api/history?subject=" + aliceSess.Subject,
		"/api/export", "/api/export?subject=" + aliceSess.Subject + "&tenant=acme"} {
		resp := bob.do("GET", path, nil)
		require.Equal(t, http.StatusOK, resp.StatusCode, path)
		body := decode[map[string]any](t, resp)
		assert.NotContains(t, strings.ToLower(stringify(body)), "jo.bloggs", path)
	}
	// A subject in the body is not accepted at all.
	resp := bob.do("POST", "/api/chat", map[string]string{"message": "show me", "subject": aliceSess.Subject})
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	// Forgetting Bob leaves Alice alone, and is recorded.
	bobSess, err := srv.sessions.verify(bob.sessionCookie().Value)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, bob.do("POST", "/api/forget", nil).StatusCode)
	erased := auditOf(t, srv, bobSess.Subject, audit.OpErase)
	require.Len(t, erased, 1)
	assert.False(t, erased[0].RequestedAt.IsZero())
	assert.False(t, erased[0].CompletedAt.Before(erased[0].RequestedAt))
	assert.Empty(t, auditOf(t, srv, aliceSess.Subject, audit.OpErase))
	hist := decode[struct{ Messages []chatMessage }](t, alice.do("GET", "/api/history", nil))
	require.Len(t, hist.Messages, 2)
	assert.Contains(t, hist.Messages[0].Text, email)
	// Alice's own export has her transcript and her consent events.
	exp := decode[export](t, alice.do("GET", "/api/export", nil))
	assert.Equal(t, aliceSess.Subject, exp.Subject)
	require.Len(t, exp.Conversations, 1)
	assert.Len(t, exp.Conversations[0].Messages, 2)
	require.Len(t, exp.Consent, 1)
	assert.Equal(t, consent.EventGrant, exp.Consent[0].Kind)
	require.Len(t, exp.Notices, 1)
	assert.Equal(t, srv.view().notice.Text, exp.Notices[0].Text)
	assert.Equal(t, "Acme Ltd", exp.Controller, "the policy's controller")
	assert.Equal(t, "transcripts are deleted 30 days after they are written", exp.Retention, "the policy's retention")
}

func stringify(v any) string {
	var b strings.Builder
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				b.WriteString(k + " ")
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		case string:
			b.WriteString(x + " ")
		}
	}
	walk(v)
	return b.String()
}

func TestConsent(t *testing.T) {
	model := e2eModel()
	srv := startServer(t, model, nil)
	c := newClient(t, srv)
	c.visit()
	st := c.state()
	assert.False(t, st.Decided)
	assert.False(t, st.CanChat)

	t.Run("refused without consent", func(t *testing.T) {
		res := c.chat("Hello " + email)
		assert.Equal(t, http.StatusForbidden, res.status)
		assert.Equal(t, "consent_required", res.err.Error)
		assert.Empty(t, model.Seen(), "the model was not called")
	})
	t.Run("declined", func(t *testing.T) {
		c.consent(false, false)
		st := c.state()
		assert.True(t, st.Decided)
		assert.False(t, st.CanChat)
		assert.Equal(t, http.StatusForbidden, c.chat("Hello").status)
	})
	t.Run("assistant without transcript: answers, stores nothing", func(t *testing.T) {
		c.consent(true, false)
		res := c.chat("Hello " + email)
		require.True(t, res.done)
		sess, _ := srv.sessions.verify(c.sessionCookie().Value)
		msgs, err := srv.transcripts.Load(context.Background(), srv.scope(sess.Subject))
		require.NoError(t, err)
		assert.Empty(t, msgs)
	})
	t.Run("withdrawing the transcript erases it", func(t *testing.T) {
		c.consent(true, true)
		require.True(t, c.chat("Hello again").done)
		sess, _ := srv.sessions.verify(c.sessionCookie().Value)
		msgs, err := srv.transcripts.Load(context.Background(), srv.scope(sess.Subject))
		require.NoError(t, err)
		assert.NotEmpty(t, msgs)
		c.consent(true, false)
		msgs, err = srv.transcripts.Load(context.Background(), srv.scope(sess.Subject))
		require.NoError(t, err)
		assert.Empty(t, msgs)
	})
	t.Run("stale notice", func(t *testing.T) {
		ref := srv.view().notice.Ref()
		ref.SHA256 = strings.Repeat("0", 64)
		resp := c.do("POST", "/api/consent", map[string]any{"notice": ref, "choices": map[string]bool{"ai_assistant": true}})
		assert.Equal(t, http.StatusConflict, resp.StatusCode)
	})
	t.Run("unknown purpose", func(t *testing.T) {
		resp := c.do("POST", "/api/consent", map[string]any{"notice": srv.view().notice.Ref(), "choices": map[string]bool{"marketing": true}})
		assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	})
}

func TestGPC(t *testing.T) {
	srv := startServer(t, e2eModel(), nil)
	c := newClient(t, srv)
	c.visit("Sec-GPC", "1")
	c.do("GET", "/api/session", nil, "Sec-GPC", "1")
	resp := c.do("GET", "/api/session", nil, "Sec-GPC", "1")
	st := decode[sessionState](t, resp)
	assert.True(t, st.GPC)
	assert.False(t, st.Decided, "a GPC signal is not an answer to the banner")
	assert.ElementsMatch(t, []consent.Purpose{consent.PurposeMarketing, consent.PurposeThirdPartySharing}, st.OptedOut)

	sess, err := srv.sessions.verify(c.sessionCookie().Value)
	require.NoError(t, err)
	events, err := srv.ledger.Events(context.Background(), srv.cfg.Tenant, sess.Subject)
	require.NoError(t, err)
	require.Len(t, events, 1, "one opt-out for three signals")
	assert.Equal(t, consent.EventOptOut, events[0].Kind)
	assert.Equal(t, consent.SourceGPC, events[0].Source)

	// Without the header, nothing is recorded.
	d := newClient(t, srv)
	d.visit()
	st = d.state()
	assert.False(t, st.GPC)
	assert.Empty(t, st.OptedOut)
}

func TestAdmin(t *testing.T) {
	srv := startServer(t, e2eModel(), nil)
	c := newClient(t, srv)
	c.visit()
	c.consent(true, true)
	require.True(t, c.chat("My email is "+email).done)
	sess, err := srv.sessions.verify(c.sessionCookie().Value)
	require.NoError(t, err)

	admin := func(method, path, token string, body any) *http.Response {
		anon := newClient(t, srv)
		if token == "" {
			return anon.do(method, path, body)
		}
		return anon.do(method, path, body, "Authorization", token)
	}
	exportPath := "/admin/export?subject=" + sess.Subject
	endpoints := []struct{ method, path string }{
		{"GET", exportPath}, {"POST", "/admin/erase"}, {"GET", "/admin/report"}, {"GET", "/admin/report?format=text"},
		{"GET", "/admin/audit/verify"}, {"GET", "/admin/breach?kek=x"},
	}
	for name, token := range map[string]string{
		"none": "", "wrong": "Bearer nope", "prefix": "Bearer test-admin-toke", "longer": "Bearer test-admin-token2",
		"basic": "Basic dGVzdC1hZG1pbi10b2tlbg==", "no scheme": "test-admin-token",
	} {
		t.Run(name, func(t *testing.T) {
			for _, r := range endpoints {
				resp := admin(r.method, r.path, token, map[string]string{"subject": sess.Subject})
				assert.Equal(t, http.StatusUnauthorized, resp.StatusCode, r.path)
				assert.NotEmpty(t, resp.Header.Get("WWW-Authenticate"))
				assert.NotContains(t, resp.Header.Get("Content-Type"), "text/plain", "no report without the token")
			}
		})
	}
	t.Run("a customer session is no admin credential", func(t *testing.T) {
		for _, r := range endpoints {
			assert.Equal(t, http.StatusUnauthorized, c.do(r.method, r.path, map[string]string{"subject": sess.Subject}).StatusCode, r.path)
		}
	})

	const token = "Bearer test-admin-token"
	ctx := context.Background()
	resp := admin("GET", exportPath, token, nil)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	exp := decode[export](t, resp)
	require.Len(t, exp.Conversations, 1)
	assert.Contains(t, exp.Conversations[0].Messages[0].Text(), email)
	assert.Len(t, auditOf(t, srv, sess.Subject, audit.OpExport), 1, "the export was recorded")
	assert.Equal(t, http.StatusBadRequest, admin("GET", "/admin/export?subject=a/b", token, nil).StatusCode)

	t.Run("breach", func(t *testing.T) {
		ks, err := srv.db.Keys().Get(ctx, srv.cfg.Tenant, sess.Subject)
		require.NoError(t, err)
		for _, path := range []string{
			"/admin/breach?kek=" + url.QueryEscape(ks.KEKID),
			"/admin/breach?from=" + url.QueryEscape(time.Now().Add(-time.Hour).Format(time.RFC3339)) + "&to=" + url.QueryEscape(time.Now().Add(time.Hour).Format(time.RFC3339)),
		} {
			resp := admin("GET", path, token, nil)
			require.Equal(t, http.StatusOK, resp.StatusCode, path)
			rep := decode[rights.BreachReport](t, resp)
			assert.Equal(t, 1, rep.Subjects, path)
			require.NotEmpty(t, rep.Affected, path)
			assert.Equal(t, sess.Subject, rep.Affected[0].Subject, path)
		}
		for _, path := range []string{"/admin/breach", "/admin/breach?from=2026-01-01T00:00:00Z", "/admin/breach?from=yesterday&to=today",
			"/admin/breach?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"} {
			assert.Equal(t, http.StatusBadRequest, admin("GET", path, token, nil).StatusCode, path)
		}
	})

	// The erasure, dated when the customer asked.
	asked := time.Now().Add(-time.Hour).UTC().Truncate(time.Second)
	future := time.Now().Add(time.Hour)
	assert.Equal(t, http.StatusBadRequest, admin("POST", "/admin/erase", token, map[string]any{"subject": sess.Subject, "requested_at": future}).StatusCode)
	resp = admin("POST", "/admin/erase", token, map[string]any{"subject": sess.Subject, "requested_at": asked})
	require.Equal(t, http.StatusOK, resp.StatusCode)
	erasure := decode[rights.Erasure](t, resp)
	assert.True(t, erasure.Verified)
	assert.Positive(t, erasure.Records)
	erased := auditOf(t, srv, sess.Subject, audit.OpErase)
	require.Len(t, erased, 1, "the erasure was recorded")
	assert.True(t, erased[0].RequestedAt.Equal(asked), "when it was asked")
	assert.False(t, erased[0].CompletedAt.Before(erased[0].RequestedAt), "and when it was done")
	// The customer's session now finds nothing, and a visit starts afresh.
	hist := decode[struct{ Messages []chatMessage }](t, c.do("GET", "/api/history", nil))
	assert.Empty(t, hist.Messages)
	assert.Equal(t, http.StatusForbidden, c.chat("hello").status, "the consent went with the rest")
	c.visit()
	next, err := srv.sessions.verify(c.sessionCookie().Value)
	require.NoError(t, err)
	assert.NotEqual(t, sess.Subject, next.Subject)

	t.Run("report", func(t *testing.T) {
		resp := admin("GET", "/admin/report", token, nil)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		rep := decode[audit.PrivacyReport](t, resp)
		assert.Equal(t, 2, rep.Turns, "the chat and the refused hello")
		assert.Equal(t, 1, rep.TurnsWithPII)
		assert.Equal(t, 1, rep.PII["EMAIL_ADDRESS"])
		assert.Equal(t, 1, rep.Refused)
		assert.Equal(t, 1, rep.Erasures)
		assert.Equal(t, 1, rep.Exports)
		require.Len(t, rep.ErasureTimes, 1)
		assert.GreaterOrEqual(t, rep.ErasureTimes[0], 59*time.Minute)

		resp = admin("GET", "/admin/report?format=text", token, nil)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Contains(t, resp.Header.Get("Content-Type"), "text/plain")
		body, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		assert.NotEmpty(t, body)
		assert.NotContains(t, string(body), email)

		resp = admin("GET", "/admin/report?from="+url.QueryEscape(time.Now().Add(time.Hour).Format(time.RFC3339)), token, nil)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Zero(t, decode[audit.PrivacyReport](t, resp).Turns, "nothing after from")
		assert.Equal(t, http.StatusBadRequest, admin("GET", "/admin/report?to=soon", token, nil).StatusCode)
	})
	t.Run("verify", func(t *testing.T) {
		resp := admin("GET", "/admin/audit/verify", token, nil)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		v := decode[verifyView](t, resp)
		assert.True(t, v.OK)
		assert.True(t, v.SignaturesChecked)
		assert.Empty(t, v.Problems)
		events, _ := auditLog(t, srv)
		assert.Equal(t, len(events), v.Events)

		// An event edited behind the log's back is found.
		raw, err := sql.Open("sqlite", store.SQLiteDSN(filepath.Join(srv.dir, "confide.db")))
		require.NoError(t, err)
		defer raw.Close()
		res, err := raw.ExecContext(ctx, `UPDATE confide_audit_events SET payload = CAST(replace(CAST(payload AS TEXT), '"decision":"refused"', '"decision":"allowed"') AS BLOB)`)
		require.NoError(t, err)
		n, err := res.RowsAffected()
		require.NoError(t, err)
		require.Positive(t, n)
		resp = admin("GET", "/admin/audit/verify", token, nil)
		assert.Equal(t, http.StatusConflict, resp.StatusCode)
		v = decode[verifyView](t, resp)
		assert.False(t, v.OK)
		assert.NotEmpty(t, v.Problems)
	})
	assert.NotContains(t, srv.log.String(), "test-admin-token")
	assert.NotContains(t, srv.log.String(), email)
}

func TestLimits(t *testing.T) {
	t.Run("message size", func(t *testing.T) {
		srv := startServer(t, e2eModel(), nil)
		c := newClient(t, srv)
		c.visit()
		c.consent(true, false)
		res := c.chat(strings.Repeat("a", 4097))
		assert.Equal(t, http.StatusRequestEntityTooLarge, res.status)
		assert.Equal(t, "too_large", res.err.Error)
		assert.Contains(t, res.err.Message, "too long")
		// A body far past the limit is cut off while it is read.
		res = c.chat(strings.Repeat("\u2028", 40_000))
		assert.Equal(t, http.StatusRequestEntityTooLarge, res.status)
		assert.True(t, c.chat(strings.Repeat("a", 4096)).done, "the limit itself is allowed")
	})
	t.Run("bad input", func(t *testing.T) {
		srv := startServer(t, e2eModel(), nil)
		c := newClient(t, srv)
		c.visit()
		c.consent(true, false)
		assert.Equal(t, http.StatusBadRequest, c.chat("   ").status)
		resp := c.do("POST", "/api/chat", nil, "Content-Type", "application/json")
		assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
		resp = c.do("POST", "/api/chat", nil, "Content-Type", "text/plain")
		assert.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode)
	})
	t.Run("rate", func(t *testing.T) {
		srv := startServer(t, e2eModel(), func(c *Config) { c.Limits = Limits{Burst: 2, TurnsPerMinute: 1} })
		c := newClient(t, srv)
		c.visit()
		c.consent(true, false)
		assert.True(t, c.chat("one").done)
		assert.True(t, c.chat("two").done)
		resp := c.do("POST", "/api/chat", map[string]string{"message": "three"})
		assert.Equal(t, http.StatusTooManyRequests, resp.StatusCode)
		assert.NotEmpty(t, resp.Header.Get("Retry-After"))
		assert.Equal(t, "rate_limited", decode[apiError](t, resp).Error)
		// Another customer has a bucket of their own.
		d := newClient(t, srv)
		d.visit()
		d.consent(true, false)
		assert.True(t, d.chat("one").done)
	})
	t.Run("streams", func(t *testing.T) {
		model := scripted.New(scripted.Rule{Contains: "hang", Reply: "wait for it", Hang: true}, scripted.Rule{Reply: "ok"})
		// Output redaction waits for the whole reply: let the reply
		// stream, so that it can hang half-way.
		output := policyCopy(t, "output: redact ", "output: allow  ")
		srv := startServer(t, model, func(c *Config) {
			c.Policy, c.Limits = output, Limits{StreamsPerSession: 1, StreamsTotal: 1}
		})
		c, d := newClient(t, srv), newClient(t, srv)
		c.visit()
		d.visit()
		c.consent(true, false)
		d.consent(true, false)

		// A reply that hangs holds the one stream.
		ctx, cancel := context.WithCancel(context.Background())
		req, err := http.NewRequestWithContext(ctx, "POST", srv.url+"/api/chat", strings.NewReader(`{"message":"hang"}`))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.http.Do(req)
		require.NoError(t, err)
		buf := make([]byte, 16)
		_, err = resp.Body.Read(buf) // the first word has streamed: the stream is held
		require.NoError(t, err)

		same := c.do("POST", "/api/chat", map[string]string{"message": "again"})
		assert.Equal(t, http.StatusTooManyRequests, same.StatusCode)
		assert.Equal(t, "busy", decode[apiError](t, same).Error)
		others := d.do("POST", "/api/chat", map[string]string{"message": "hello"})
		assert.Equal(t, http.StatusServiceUnavailable, others.StatusCode)
		assert.NotEmpty(t, others.Header.Get("Retry-After"))
		assert.Equal(t, "overloaded", decode[apiError](t, others).Error)

		cancel() // the customer leaves: the stream is released
		resp.Body.Close()
		require.Eventually(t, func() bool {
			srv.streams.mu.Lock()
			defer srv.streams.mu.Unlock()
			return srv.streams.total == 0
		}, 5*time.Second, 10*time.Millisecond)
		assert.True(t, d.chat("hello").done)
	})
	t.Run("token bucket refills", func(t *testing.T) {
		now := time.Unix(1_000_000, 0)
		l := newRateLimiter(60, 2, func() time.Time { return now })
		ok1, _ := l.allow("a")
		ok2, _ := l.allow("a")
		ok3, wait := l.allow("a")
		assert.True(t, ok1 && ok2)
		assert.False(t, ok3)
		assert.InDelta(t, time.Second, wait, float64(time.Millisecond))
		now = now.Add(time.Second)
		ok4, _ := l.allow("a")
		assert.True(t, ok4)
	})
}

func TestCrossOrigin(t *testing.T) {
	srv := startServer(t, e2eModel(), nil)
	c := newClient(t, srv)
	c.visit()
	c.consent(true, false)
	resp := c.do("POST", "/api/forget", nil, "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site")
	assert.Equal(t, http.StatusForbidden, resp.StatusCode)
	assert.True(t, c.state().CanChat, "nothing was forgotten")
}

func TestPagesAndHeaders(t *testing.T) {
	srv := startServer(t, e2eModel(), nil)
	c := newClient(t, srv)
	for _, path := range []string{"/", "/privacy", "/static/app.js", "/static/style.css"} {
		resp := c.do("GET", path, nil)
		assert.Equal(t, http.StatusOK, resp.StatusCode, path)
		assert.Contains(t, resp.Header.Get("Content-Security-Policy"), "script-src 'self'", path)
		assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"), path)
	}
	assert.Equal(t, "no-store", c.do("GET", "/api/session", nil).Header.Get("Cache-Control"))
	assert.Equal(t, http.StatusNotFound, c.do("GET", "/nothing", nil).StatusCode)
}

func TestKeysReused(t *testing.T) {
	dir := t.TempDir()
	env := func(string) string { return "" }
	cfg := Config{Policy: examplePolicy, DataDir: dir, Model: e2eModel(), Log: io.Discard, AdminToken: "test-admin-token", Getenv: env}
	open := func(cfg Config) (*app, error) {
		a, err := newApp(context.Background(), cfg)
		if err == nil {
			require.NoError(t, a.Close())
		}
		return a, err
	}
	a1, err := open(cfg)
	require.NoError(t, err)
	assert.True(t, slices.ContainsFunc(a1.warnings, func(w string) bool { return strings.Contains(w, "master key is a file") }),
		"a master key next to the data is flagged")
	// The files the server keeps and those the policy names, in the data
	// directory: none beside the policy file.
	for _, f := range []string{masterKeyFile, sessionKeyFile, auditPublicFile, "keyring.json", "audit-signing-key.json"} {
		fi, err := os.Stat(filepath.Join(dir, f))
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), f)
	}
	assert.NoFileExists(t, filepath.Join(filepath.Dir(examplePolicy), "keyring.json"))
	tok, err := a1.sessions.issue(session{Subject: "c-1", Issued: time.Now()})
	require.NoError(t, err)

	a2, err := open(cfg)
	require.NoError(t, err)
	assert.Equal(t, a1.stack.Keyring().PrimaryID(), a2.stack.Keyring().PrimaryID())
	_, err = a2.sessions.verify(tok)
	assert.NoError(t, err, "sessions survive a restart")
	assert.JSONEq(t, string(a1.auditPublic), string(a2.auditPublic), "the audit signing key is reused")
	pub, err := os.ReadFile(filepath.Join(dir, auditPublicFile))
	require.NoError(t, err)
	assert.JSONEq(t, string(a1.auditPublic), string(pub))
	// The private key is stored encrypted: Tink's encrypted keyset JSON,
	// which opens under the master key only.
	priv, err := os.ReadFile(filepath.Join(dir, "audit-signing-key.json"))
	require.NoError(t, err)
	assert.Contains(t, string(priv), "encryptedKeyset")

	// A master key from the environment the policy names is not flagged,
	// and the wrong one does not open the files.
	other := Config{Policy: examplePolicy, DataDir: t.TempDir(), Model: e2eModel(), Log: io.Discard, AdminToken: "x", Getenv: env}
	_, err = open(other)
	require.NoError(t, err)
	mk, err := os.ReadFile(filepath.Join(other.DataDir, masterKeyFile))
	require.NoError(t, err)
	withKey := func(k string) string {
		if k == "CONFIDE_MASTER_KEY" {
			return strings.TrimSpace(string(mk))
		}
		return ""
	}
	other.DataDir, other.Getenv = t.TempDir(), withKey
	a3, err := open(other)
	require.NoError(t, err)
	assert.False(t, slices.ContainsFunc(a3.warnings, func(w string) bool { return strings.Contains(w, "master key") }))
	assert.NoFileExists(t, filepath.Join(other.DataDir, masterKeyFile))
	cfg.Getenv = withKey
	_, err = open(cfg)
	assert.Error(t, err, "the keyring does not open under another master key")

	// Production mode creates no master key.
	cfg.Getenv, cfg.DataDir = env, t.TempDir()
	cfg.Policy = policyCopy(t, "mode: development", "mode: production")
	_, err = open(cfg)
	assert.ErrorContains(t, err, "CONFIDE_MASTER_KEY is not set")

	// A KMS key needs its adapter imported.
	cfg.Policy = policyCopy(t, "  path: keyring.json\n  master_key_env: CONFIDE_MASTER_KEY", "  kms: aws-kms://arn:aws:kms:eu-west-1:111122223333:key/x")
	_, err = open(cfg)
	assert.ErrorContains(t, err, "adapter")
}

func TestConcurrentCustomers(t *testing.T) {
	srv := startServer(t, e2eModel(), nil)
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := newClient(t, srv)
			c.visit()
			c.consent(true, i%2 == 0)
			for range 3 {
				res := c.chat("My card " + card)
				assert.True(t, res.done)
				assert.Contains(t, res.reply, card)
			}
		}()
	}
	wg.Wait()
	assert.Empty(t, onDisk(t, filepath.Join(srv.dir, "confide.db"), map[string]string{"card": card}))
	assert.NotContains(t, srv.log.String(), card)
}

var _ chat.Model = (*scripted.Model)(nil)

func TestPrivacyNotice(t *testing.T) {
	tests := []struct {
		name   string
		policy []string // edits of the example policy
		want   []string
	}{
		{"example policy", nil, []string{
			"How Acme support chat handles your personal data",
			"Acme Ltd runs Acme support chat",
			"from OpenAI, which processes them in the United States",
			"replaced by placeholders such as &lt;EMAIL_ADDRESS_1&gt;",
			"<dt>Conversation transcripts</dt><dd>30 days, then deleted.</dd>",
			"AES-256-GCM (Tink)",
			"a local keyring encrypted under a master key",
			"Erasure destroys the customer&#39;s keys",
			"<dt>AI assistant</dt>", "<dt>Keeping the transcript</dt>",
			"Contact: privacy@acme.example",
		}},
		{"your copy", []string{
			"name: Acme Ltd", "name: Globex Corp",
			"contact: privacy@acme.example", "contact: dpo@globex.example",
			"service: Acme support chat", "service: Globex support chat",
			"name: OpenAI", "name: Mistral AI",
			"location: the United States", "location: France",
			"    keep: 30d", "    keep: 7d",
		}, []string{
			"How Globex support chat handles your personal data",
			"from Mistral AI, which processes them in France",
			"<dt>Conversation transcripts</dt><dd>7 days, then deleted.</dd>",
			"Contact: dpo@globex.example",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := examplePolicy
			if tt.policy != nil {
				path = policyCopy(t, tt.policy...)
			}
			srv := startServer(t, e2eModel(), func(c *Config) { c.Policy = path })
			resp := newClient(t, srv).do("GET", "/privacy", nil)
			require.Equal(t, http.StatusOK, resp.StatusCode)
			b, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			page := string(b)
			// Checked without assert.Contains, which would print the
			// whole page.
			has := func(s string) bool { return strings.Contains(page, s) }
			for _, w := range tt.want {
				assert.True(t, has(w), "the notice lacks %q", w)
			}
			// The page is the notice confide policy explain writes.
			p, err := policy.Load(path)
			require.NoError(t, err)
			explained, err := noticeBody(p)
			require.NoError(t, err)
			assert.True(t, has(string(explained)), "the page holds the policy's notice")
			// Every type the policy detects is named (the notice groups
			// them by what is done to them).
			pl := p.Pipeline()
			require.NotEmpty(t, pl.Redaction)
			lower := strings.ToLower(page)
			for _, r := range pl.Redaction {
				assert.True(t, strings.Contains(lower, strings.ToLower(transparency.TypeName(r.Type))), "the notice lacks %s", r.Type)
			}
			// The consent notice the banner shows, and the site's layout.
			assert.True(t, has(srv.view().notice.SHA256), "the consent notice's hash")
			assert.True(t, has(`<link rel="stylesheet" href="/static/style.css">`), "the site's stylesheet")
			assert.True(t, has(`<a href="/">Back to support</a>`), "the link back")
			assert.False(t, has("<style>"), "inline style breaks the Content Security Policy")
			assert.Equal(t, 1, strings.Count(page, "<body"), "one page, not one inside another")
		})
	}
}

// TestAuditShutdown checks that closing the server signs a checkpoint of
// the last event, and that a restart keeps the signing key, so the whole
// log verifies under one public keyset.
func TestAuditShutdown(t *testing.T) {
	dir := t.TempDir()
	cfg := Config{Policy: examplePolicy, DataDir: dir, Model: e2eModel(), Log: io.Discard, AdminToken: "test-admin-token",
		Getenv: func(string) string { return "" }}
	run := func() (events int, public []byte) {
		a, err := newApp(context.Background(), cfg)
		require.NoError(t, err)
		hs := httptest.NewServer(a.Handler())
		srv := &testServer{app: a, url: hs.URL, dir: dir}
		c := newClient(t, srv)
		c.visit()
		c.consent(true, true)
		require.True(t, c.chat("My card "+card).done)
		hs.Close()
		evs, _ := auditLog(t, srv)
		require.NoError(t, a.Close())
		return len(evs), a.auditPublic
	}
	n1, pub1 := run()
	n2, pub2 := run()
	assert.Greater(t, n2, n1)
	assert.Equal(t, pub1, pub2, "the signing key is reused after a restart")

	db, err := store.OpenSQLite(context.Background(), filepath.Join(dir, "confide.db"))
	require.NoError(t, err)
	defer db.Close()
	cps, err := db.Audit().Checkpoints(context.Background(), "acme")
	require.NoError(t, err)
	require.Len(t, cps, 2, "one checkpoint per shutdown (fewer than 100 events each)")
	assert.Equal(t, uint64(n1), cps[0].Seq)
	assert.Equal(t, uint64(n2), cps[1].Seq)
	rep, err := audit.VerifyStore(context.Background(), db.Audit(), "acme", pub2)
	require.NoError(t, err)
	assert.True(t, rep.OK())
	assert.Equal(t, 2, rep.Checkpoints)
	assert.Zero(t, rep.Unanchored(), "the tail is vouched for")
}
