package main

import (
	"context"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chromiumPath finds a Chromium or Chrome binary: $CONFIDE_CHROMIUM, then
// PATH, then Debian's /usr/bin/chromium.
func chromiumPath() string {
	if p := os.Getenv("CONFIDE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	return ""
}

// requireChromium returns the browser's path, or skips the test, except on
// CI (CI=true), where a missing browser is a failure.
func requireChromium(t *testing.T) string {
	p := chromiumPath()
	if p != "" {
		return p
	}
	const msg = "Chromium is not installed: the browser test needs it " +
		"(apt-get install -y --no-install-recommends chromium, or set CONFIDE_CHROMIUM to a Chrome binary)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// e2eModel answers order questions with the order_status tool and
// otherwise repeats what it was sent, so the reply holds the placeholders
// it saw and the customer reads their own values back.
func e2eModel() *scripted.Model {
	return scripted.New(
		scripted.Rule{
			Match:     regexp.MustCompile(`(?i)\border\s+#?([A-Z]{1,3}-?\d{3,10})\b`),
			Tool:      &chat.ToolCall{Name: "order_status", Arguments: `{"order":"{match}"}`},
			AfterTool: "Order {match}: {result}.",
		},
		scripted.Rule{Reply: "I have noted these details: {input}"},
	).WithDelay(5 * time.Millisecond)
}

// TestBrowser drives the page in a real headless Chromium: consent banner,
// a streamed reply with the customer's own values in it, an invisible tool
// call, GPC, and "Forget me"; then checks what the model saw, what is on
// disk, what was logged, and that the forgotten transcript is unreadable.
func TestBrowser(t *testing.T) {
	chromium := requireChromium(t)
	model := e2eModel()
	// Checkpoint often, so that the flow crosses a few.
	srv := startServer(t, model, func(c *Config) { c.Policy = policyCopy(t, "checkpoint_every: 100", "checkpoint_every: 3") })

	secrets := map[string]string{
		"email":              "jo.bloggs@example.org",
		"email local part":   "jo.bloggs",
		"card":               "4111 1111 1111 1111",
		"card without space": "4111111111111111",
	}
	message := "Hello, my email is " + secrets["email"] + " and my card " + secrets["card"] + " was charged twice."

	shots := t.TempDir()
	if d := os.Getenv("CONFIDE_SCREENSHOT_DIR"); d != "" {
		shots = d // to keep the screenshots after the test
	}

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1100, 900),
	)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()
	require.NoError(t, chromedp.Do(browser), "start Chromium at %s", chromium) // no timeout on the first run

	ctx, cancel := context.WithTimeout(browser, 90*time.Second)
	defer cancel()

	// Collect script errors and CSP violations: the page must have none.
	var (
		consoleMu   sync.Mutex
		consoleErrs []string
	)
	consoleCtx, stopConsole := context.WithCancel(ctx)
	defer stopConsole()
	go func() {
		for m, err := range chromedp.Console(consoleCtx) {
			if err != nil {
				return
			}
			if strings.Contains(m.Text, "status of 413") {
				continue // the browser logs the refusal the test provokes
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				consoleMu.Lock()
				consoleErrs = append(consoleErrs, m.Text)
				consoleMu.Unlock()
			}
		}
	}()

	// The browser sends a Global Privacy Control signal, as Firefox or
	// Brave can.
	_, err := chromedp.Call(ctx, network.Enable, network.EnableParams{})
	require.NoError(t, err)
	_, err = chromedp.Call(ctx, network.SetExtraHTTPHeaders, network.SetExtraHTTPHeadersParams{Headers: network.Headers{"Sec-GPC": "1"}})
	require.NoError(t, err)

	screenshot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		require.NoError(t, err)
		path := filepath.Join(shots, name)
		require.NoError(t, os.WriteFile(path, png, 0o644))
		t.Logf("screenshot: %s", path)
	}

	// First visit: the consent banner, with the GPC notice.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(srv.url+"/"),
		chromedp.WaitVisible("#banner"),
		chromedp.WaitVisible("#gpc"),
	))
	screenshot("supportbot-banner.png")
	title, err := chromedp.Run(ctx, chromedp.Text("#banner-title"))
	require.NoError(t, err)
	assert.Equal(t, "Your privacy choices", title)

	// The session cookie: HttpOnly, SameSite=Strict, invisible to scripts.
	cookies, err := chromedp.Call(ctx, network.GetCookies, network.GetCookiesParams{URLs: []string{srv.url}})
	require.NoError(t, err)
	require.Len(t, cookies.Cookies, 1)
	ck := cookies.Cookies[0]
	assert.True(t, ck.HTTPOnly, "HttpOnly")
	assert.Equal(t, network.CookieSameSiteStrict, ck.SameSite)
	docCookie, err := chromedp.Run(ctx, chromedp.Evaluate[string]("document.cookie"))
	require.NoError(t, err)
	assert.Empty(t, docCookie, "scripts cannot read the session cookie")
	sess, err := srv.sessions.verify(ck.Value)
	require.NoError(t, err)
	scope := srv.scope(sess.Subject)

	// Accept, then chat: the reply streams in with the customer's own values.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click("#accept-all"),
		chromedp.WaitNotVisible("#banner"),
		chromedp.WaitEnabled("#input"),
		chromedp.SendKeys("#input", message),
		chromedp.Click("#submit"),
		chromedp.WaitVisible("#log li.assistant.done"),
		chromedp.SendKeys("#input", "Where is order A-10234?"),
		chromedp.Click("#submit"),
	))
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll("#log li.assistant.done").length === 2`))
	require.NoError(t, err)
	replies, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#log li.assistant .bubble")].map(e => e.textContent)`))
	require.NoError(t, err)
	require.Len(t, replies, 2)
	assert.True(t, strings.HasPrefix(replies[0], "I have noted these details: Hello"), "first reply streamed whole")
	assert.Contains(t, replies[0], secrets["email"], "the customer reads their own email back")
	assert.Contains(t, replies[0], secrets["card"], "the customer reads their own card back")
	assert.Equal(t, "Order A-10234: shipped on Monday with tracking 1Z999, arriving Thursday.", replies[1], "the tool ran invisibly")
	errText, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("error").hidden`))
	require.NoError(t, err)
	assert.True(t, errText, "no error shown")
	screenshot("supportbot-chat.png")

	// A limit hit shows the server's message in the page.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("input").value = "a".repeat(5000)`),
		chromedp.Click("#submit"),
		chromedp.WaitVisible("#error"),
	))
	shown, err := chromedp.Run(ctx, chromedp.Text("#error"))
	require.NoError(t, err)
	assert.Contains(t, shown, "too long")
	screenshot("supportbot-limit.png")

	// The model saw placeholders only.
	seen := strings.Join(model.Seen(), "\n")
	assert.Contains(t, seen, "<EMAIL_ADDRESS_1>")
	assert.Contains(t, seen, "<CREDIT_CARD_1>")
	assert.Empty(t, foundIn(seen, secrets), "customer values that reached the model")
	assert.Contains(t, seen, "You are Acme's customer support agent", "the brand is not redacted")

	// GPC was recorded once as an opt-out, beside the grant.
	events, err := srv.ledger.Events(context.Background(), srv.cfg.Tenant, sess.Subject)
	require.NoError(t, err)
	var kinds []string
	for _, ev := range events {
		kinds = append(kinds, string(ev.Kind))
	}
	assert.Equal(t, []string{"opt_out", "grant"}, kinds)

	// The database holds the transcript, sealed: no plaintext on disk.
	stored, err := srv.transcripts.Load(context.Background(), scope)
	require.NoError(t, err)
	require.NotEmpty(t, stored, "the transcript was kept, as the customer allowed")
	dbPath := filepath.Join(srv.dir, "confide.db")
	assert.Empty(t, onDisk(t, dbPath, secrets), "customer values in the clear in the database or its WAL")

	// A backup taken now, without the key table (as the encrypt package
	// advises), to check that forgetting shreds it too.
	backup := filepath.Join(t.TempDir(), "backup.db")
	copyFile(t, dbPath, backup)
	copyFile(t, dbPath+"-wal", backup+"-wal")

	// "Forget me": the page reloads into a new session with the banner.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`window.confirm = () => true`),
		chromedp.Click("#forget"),
	))
	waitFor(t, ctx, `document.readyState === "complete" && !document.getElementById("banner").hidden && document.querySelectorAll("#log li").length === 0`)
	cookies, err = chromedp.Call(ctx, network.GetCookies, network.GetCookiesParams{URLs: []string{srv.url}})
	require.NoError(t, err)
	require.Len(t, cookies.Cookies, 1)
	next, err := srv.sessions.verify(cookies.Cookies[0].Value)
	require.NoError(t, err)
	assert.NotEqual(t, sess.Subject, next.Subject, "a new subject after forgetting")
	screenshot("supportbot-forgotten.png")

	// A fresh load with a new Sealer (no cache) finds nothing, and the
	// backup's records no longer open.
	fresh, err := encrypt.NewSealer(srv.stack.Keyring(), srv.db.Keys(), encrypt.Options{})
	require.NoError(t, err)
	msgs, err := srv.db.Transcripts(fresh).Load(context.Background(), scope)
	if err == nil {
		assert.Empty(t, msgs, "the transcript is gone")
	} else {
		assert.ErrorIs(t, err, encrypt.ErrForgotten)
	}
	old, err := store.OpenSQLite(context.Background(), backup)
	require.NoError(t, err)
	defer old.Close()
	_, err = old.Transcripts(fresh).Load(context.Background(), scope)
	assert.ErrorIs(t, err, encrypt.ErrForgotten, "the backup's transcript does not open")
	events, err = srv.ledger.Events(context.Background(), srv.cfg.Tenant, sess.Subject)
	require.NoError(t, err)
	assert.Empty(t, events, "the consent ledger was forgotten")

	// The audit log: the turns, the consent change and the erasure are
	// there, the chain and its signed checkpoints verify, and it holds
	// none of what the customer wrote.
	auditEvents, checkpoints := auditLog(t, srv)
	ops := map[audit.Operation]int{}
	pii := map[string]int{}
	var erased *audit.Event
	for i, e := range auditEvents {
		ops[e.Operation]++
		for typ, n := range e.PII {
			pii[typ] += n
		}
		if e.Operation == audit.OpErase && e.Scope.Subject == sess.Subject {
			erased = &auditEvents[i]
		}
	}
	assert.GreaterOrEqual(t, ops[audit.OpTurn], 2, "the turns")
	assert.GreaterOrEqual(t, ops[audit.OpTool], 1, "the tool call")
	assert.Equal(t, 3, ops[audit.OpConsentChange], "the GPC opt-outs of the customer and of the new session after forget me, and the banner's answer")
	assert.Positive(t, pii["EMAIL_ADDRESS"], "the email was counted")
	assert.Positive(t, pii["CREDIT_CARD"], "the card was counted")
	require.NotNil(t, erased, "the erasure was recorded")
	assert.False(t, erased.RequestedAt.IsZero())
	assert.False(t, erased.CompletedAt.Before(erased.RequestedAt))
	rep, err := audit.VerifyStore(context.Background(), srv.db.Audit(), srv.cfg.Tenant, srv.auditPublic)
	require.NoError(t, err)
	assert.True(t, rep.OK(), "the audit chain verifies")
	assert.True(t, rep.SignaturesChecked)
	assert.Positive(t, rep.Checkpoints, "signed checkpoints")
	assert.Equal(t, len(auditEvents), rep.Events)
	logJSON, err := json.Marshal(map[string]any{"events": auditEvents, "checkpoints": checkpoints})
	require.NoError(t, err)
	typed := map[string]string{"message text": "charged twice", "order number": "A-10234"}
	maps.Copy(typed, secrets)
	assert.Empty(t, foundIn(string(logJSON), typed), "customer text in the audit log")

	// The privacy notice page, in the site's layout: its stylesheet
	// applies and its link leads back to the chat.
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.url+"/privacy"), chromedp.WaitVisible("main.notice")))
	heading, err := chromedp.Run(ctx, chromedp.Text("h1"))
	require.NoError(t, err)
	assert.Equal(t, "How Acme support chat handles your personal data", heading)
	styled, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("main.notice")).borderTopLeftRadius`))
	require.NoError(t, err)
	assert.Equal(t, "14px", styled, "the site's stylesheet applies")
	notice, err := chromedp.Run(ctx, chromedp.Text("main.notice"))
	require.NoError(t, err)
	assert.True(t, strings.Contains(notice, "30 days, then deleted"), "the notice states the retention period")
	assert.True(t, strings.Contains(notice, "replaced by placeholders such as <EMAIL_ADDRESS_1>"), "the notice states the operator")
	screenshot("supportbot-privacy.png")
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(`header.site a[href="/"]`), chromedp.WaitVisible("#banner")))

	// Nothing the customer typed reached the server's log.
	assert.Empty(t, foundIn(srv.log.String(), secrets), "customer values in the log")
	assert.Contains(t, srv.log.String(), "path=/api/chat", "the log has the requests")

	stopConsole()
	consoleMu.Lock()
	defer consoleMu.Unlock()
	assert.Empty(t, consoleErrs, "errors in the browser console")
}

// waitFor evaluates expr until it is true, across page loads (which end a
// chromedp.Poll).
func waitFor(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v (last error: %v)", expr, ctx.Err(), err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(to, b, 0o600))
}
