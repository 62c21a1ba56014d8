package main

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/policy"
	"github.com/confide-dev/confide/rights"
)

//go:embed web
var webFS embed.FS

var pages = template.Must(template.ParseFS(webFS, "web/index.html", "web/privacy.html"))

// maxJSONBody bounds the body of every JSON request: a message of
// Limits.MaxMessageBytes, escaped, fits.
func (a *app) maxJSONBody() int64 { return int64(a.limits.MaxMessageBytes)*6 + 1024 }

// Handler returns the server's routes behind its security layers.
func (a *app) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(webFS, "web/static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.Handle("GET /{$}", a.withGPC(http.HandlerFunc(a.handleIndex), true))
	mux.HandleFunc("GET /privacy", a.handlePrivacy)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, http.StatusOK, map[string]bool{"ok": true}) })

	mux.Handle("GET /api/session", a.api(a.handleSession))
	mux.Handle("POST /api/consent", a.api(a.handleConsent))
	mux.Handle("GET /api/history", a.api(a.handleHistory))
	mux.Handle("POST /api/chat", a.api(a.handleChat))
	mux.Handle("GET /api/export", a.api(a.handleExport))
	mux.Handle("POST /api/forget", a.api(a.handleForget))

	mux.Handle("GET /admin/export", a.admin(a.handleAdminExport))
	mux.Handle("POST /admin/erase", a.admin(a.handleAdminErase))
	mux.Handle("GET /admin/report", a.admin(a.handleAdminReport))
	mux.Handle("GET /admin/audit/verify", a.admin(a.handleAdminVerify))
	mux.Handle("GET /admin/breach", a.admin(a.handleAdminBreach))
	mux.Handle("POST /admin/policy/reload", a.admin(a.handleAdminReload))

	// Cross-origin POSTs (a form on another site) are refused before any
	// handler runs; SameSite=Strict already keeps the cookie off them.
	return a.accessLog(securityHeaders(http.NewCrossOriginProtection().Handler(mux), a.cfg.Secure))
}

// securityHeaders sets the headers every response carries: a strict
// Content Security Policy (no inline script, nothing from elsewhere), no
// framing, no referrer, no caching of personal data.
func securityHeaders(next http.Handler, secure bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
			"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if secure {
			h.Set("Strict-Transport-Security", "max-age=31536000")
		}
		if !strings.HasPrefix(r.URL.Path, "/static/") {
			h.Set("Cache-Control", "no-store")
		}
		next.ServeHTTP(w, r)
	})
}

// statusWriter records the status of a response for the access log. It
// unwraps, so http.ResponseController still reaches the Flusher.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// accessLog logs method, path (never the query), status and duration.
func (a *app) accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		a.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "ms", time.Since(start).Milliseconds())
	})
}

// apiError is the body of every error answer: a code for the page's script
// and a message for the customer.
type apiError struct {
	Error   string `json:"error"`
	Message string `json:"message"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, apiError{Error: code, Message: msg})
}

func retryAfter(w http.ResponseWriter, d time.Duration) {
	s := int(d.Round(time.Second) / time.Second)
	if s < 1 {
		s = 1
	}
	w.Header().Set("Retry-After", strconv.Itoa(s))
}

// api verifies the session token before anything else runs, then honours
// Global Privacy Control, then calls h with the session. The subject h
// works on comes from the verified token and nowhere else.
func (a *app) api(h func(http.ResponseWriter, *http.Request, session)) http.Handler {
	inner := a.withGPC(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sess, _ := sessionFrom(r.Context())
		h(w, r, sess)
	}), false)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sess, err := a.sessions.fromRequest(r)
		if err != nil {
			writeError(w, http.StatusUnauthorized, "session", "Your session is missing or has expired. Reload the page to start a new one.")
			return
		}
		inner.ServeHTTP(w, r.WithContext(withSession(r.Context(), sess)))
	})
}

// withGPC records a Global Privacy Control signal (Sec-GPC: 1) as an
// opt-out of sale and sharing for the session's subject, once, before next
// runs. page is true for the page itself, where the session is set by the
// handler.
func (a *app) withGPC(next http.Handler, page bool) http.Handler {
	if page {
		// The page mints the session first, then records the signal.
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			sess, err := a.pageSession(w, r)
			if err != nil {
				a.log.Error("session", "err", err)
				http.Error(w, "The service is unavailable. Please try again later.", http.StatusServiceUnavailable)
				return
			}
			consent.GPCHandler(a.ledger, a.gpcChoice, next, consent.OnOptOut(a.auditOptOut)).ServeHTTP(w, r.WithContext(withSession(r.Context(), sess)))
		})
	}
	return consent.GPCHandler(a.ledger, a.gpcChoice, next, consent.OnOptOut(a.auditOptOut))
}

// auditOptOut records a Global Privacy Control opt-out in the audit log:
// which purposes it refused, for whom.
func (a *app) auditOptOut(ctx context.Context, ev consent.Event) {
	a.record(ctx, audit.Event{Operation: audit.OpConsentChange, Decision: audit.DecisionAllowed,
		Scope: chat.Scope{Tenant: ev.Tenant, Subject: ev.Subject}, Refused: ev.Purposes})
}

func (a *app) gpcChoice(r *http.Request) (consent.Choice, bool) {
	sess, ok := sessionFrom(r.Context())
	if !ok {
		return consent.Choice{}, false
	}
	return consent.Choice{Tenant: a.cfg.Tenant, Subject: sess.Subject, Source: consent.SourceGPC}, true
}

// pageSession returns the request's session, or starts a new one with a
// fresh random subject when there is none, it does not verify, it is old,
// or its subject was forgotten.
func (a *app) pageSession(w http.ResponseWriter, r *http.Request) (session, error) {
	sess, err := a.sessions.fromRequest(r)
	if err == nil {
		gone, ferr := a.forgotten(r.Context(), sess.Subject)
		if ferr != nil {
			return session{}, ferr
		}
		if !gone {
			if a.cfg.Now().Sub(sess.Issued) > 24*time.Hour {
				sess.Issued = a.cfg.Now() // renew: a sliding expiry
				return sess, a.sessions.set(w, sess)
			}
			return sess, nil
		}
	}
	sess = session{Subject: newSubjectID(), Issued: a.cfg.Now()}
	return sess, a.sessions.set(w, sess)
}

func (a *app) handleIndex(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := pages.ExecuteTemplate(w, "index.html", map[string]any{"Brand": a.cfg.Brand}); err != nil {
		a.log.Error("index page", "err", err)
	}
}

// purposeView is a purpose as the banner shows it.
type purposeView struct {
	Key         consent.Purpose     `json:"key"`
	Name        string              `json:"name"`
	Description string              `json:"description"`
	Basis       consent.LawfulBasis `json:"basis"`
	Required    bool                `json:"required"`
	Granted     bool                `json:"granted"`
}

// purposes returns the purposes the banner asks for, the required ones
// first, as the running policy says.
func (a *app) purposes() []purposeView { return slices.Clone(a.view().purposes) }

// sessionState is what the page needs to draw itself.
type sessionState struct {
	Brand    string        `json:"brand"`
	Notice   noticeView    `json:"notice"`
	Purposes []purposeView `json:"purposes"`
	// Decided is true once the customer has answered the banner.
	Decided         bool              `json:"decided"`
	CanChat         bool              `json:"can_chat"`
	GPC             bool              `json:"gpc"`
	OptedOut        []consent.Purpose `json:"opted_out,omitempty"`
	MaxMessageBytes int               `json:"max_message_bytes"`
}

type noticeView struct {
	consent.NoticeRef
	Text string `json:"text"`
}

func (a *app) state(ctx context.Context, r *http.Request, sess session) (*sessionState, error) {
	st, err := a.ledger.State(ctx, a.cfg.Tenant, sess.Subject)
	if err != nil {
		return nil, err
	}
	notice := a.view().notice
	out := &sessionState{Brand: a.cfg.Brand, Notice: noticeView{NoticeRef: notice.Ref(), Text: notice.Text},
		GPC: consent.GPCRequested(r), MaxMessageBytes: a.limits.MaxMessageBytes}
	for _, ev := range st.Events() {
		// The customer has answered the banner; an opt-out by a GPC signal
		// is not an answer to it.
		if ev.Source == consent.SourceUI {
			out.Decided = true
		}
	}
	for _, p := range a.purposes() {
		p.Granted = st.Allowed(p.Key)
		if p.Required && p.Granted {
			out.CanChat = true
		}
		out.Purposes = append(out.Purposes, p)
	}
	for _, p := range a.ledger.Taxonomy().OptOutPurposes() {
		if ev, ok := st.DecidedBy(p); ok && ev.Kind == consent.EventOptOut {
			out.OptedOut = append(out.OptedOut, p)
		}
	}
	return out, nil
}

func (a *app) handleSession(w http.ResponseWriter, r *http.Request, sess session) {
	st, err := a.state(r.Context(), r, sess)
	if err != nil {
		a.internalError(w, "session state", err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// decodeJSON reads a JSON request body of bounded size into v, answering
// the error itself when it fails.
func (a *app) decodeJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, "content_type", "Send JSON (Content-Type: application/json).")
		return false
	}
	// A slow sender gets 10 s for the body; the deadline is lifted after,
	// so the reply can stream for as long as the turn lasts.
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Now().Add(10 * time.Second))
	defer rc.SetReadDeadline(time.Time{})
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, a.maxJSONBody()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "too_large",
				fmt.Sprintf("That message is too long. Please keep it under %d characters.", a.limits.MaxMessageBytes))
			return false
		}
		writeError(w, http.StatusBadRequest, "bad_request", "The request could not be read.")
		return false
	}
	return true
}

type consentRequest struct {
	Notice  consent.NoticeRef        `json:"notice"`
	Choices map[consent.Purpose]bool `json:"choices"`
}

// handleConsent records the customer's choices from the banner: one grant
// event for what they allowed and one withdrawal for what they did not,
// both naming the notice version and hash the page showed.
func (a *app) handleConsent(w http.ResponseWriter, r *http.Request, sess session) {
	var req consentRequest
	if !a.decodeJSON(w, r, &req) {
		return
	}
	v := a.view() // one policy for the whole request, even if it reloads
	if req.Notice != v.notice.Ref() {
		writeError(w, http.StatusConflict, "notice_changed", "Our privacy notice has changed. Please reload the page and review it.")
		return
	}
	known := map[consent.Purpose]bool{}
	for _, p := range v.purposes {
		known[p.Key] = true
	}
	var grant, withdraw []consent.Purpose
	for _, p := range v.purposes { // in a fixed order, whatever the map's
		allowed, ok := req.Choices[p.Key]
		switch {
		case !ok:
		case allowed:
			grant = append(grant, p.Key)
		default:
			withdraw = append(withdraw, p.Key)
		}
	}
	for p := range req.Choices {
		if !known[p] {
			writeError(w, http.StatusBadRequest, "bad_request", "Unknown purpose.")
			return
		}
	}
	ctx := r.Context()
	choice := consent.Choice{Tenant: a.cfg.Tenant, Subject: sess.Subject, Notice: v.notice.Ref(), Source: consent.SourceUI}
	if len(grant) > 0 {
		c := choice
		c.Purposes = grant
		if _, err := a.ledger.Grant(ctx, c); err != nil {
			a.internalError(w, "grant", err)
			return
		}
	}
	if len(withdraw) > 0 {
		c := choice
		c.Purposes = withdraw
		if _, err := a.ledger.Withdraw(ctx, c); err != nil {
			a.internalError(w, "withdraw", err)
			return
		}
		for _, p := range withdraw {
			if p == consent.Purpose(v.policy.Conversation.TranscriptPurpose) {
				// Not allowed to keep it any more: erase what was kept.
				scope := a.scope(sess.Subject)
				a.convs.drop(sess.Subject)
				if err := a.transcripts.Delete(ctx, scope); err != nil {
					a.internalError(w, "delete transcript", err)
					return
				}
				if err := a.vaults.Delete(ctx, scope); err != nil {
					a.internalError(w, "delete vault", err)
					return
				}
			}
		}
	}
	if len(grant) > 0 || len(withdraw) > 0 {
		// Purposes lists what was granted, Refused what was withdrawn.
		a.record(ctx, audit.Event{Operation: audit.OpConsentChange, Decision: audit.DecisionAllowed,
			Scope: chat.Scope{Tenant: a.cfg.Tenant, Subject: sess.Subject}, Purposes: grant, Refused: withdraw})
	}
	a.handleSession(w, r, sess)
}

// chatMessage is a line of the history as the page shows it.
type chatMessage struct {
	Role chat.Role `json:"role"`
	Text string    `json:"text"`
}

func (a *app) handleHistory(w http.ResponseWriter, r *http.Request, sess session) {
	msgs, err := a.gated.Load(r.Context(), a.scope(sess.Subject))
	if err != nil && !errors.Is(err, encrypt.ErrNoKeyset) {
		a.turnError(w, err)
		return
	}
	out := []chatMessage{}
	for _, m := range msgs {
		if (m.Role == chat.RoleUser || m.Role == chat.RoleAssistant) && m.Text() != "" {
			out = append(out, chatMessage{Role: m.Role, Text: m.Text()})
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"messages": out})
}

type chatRequest struct {
	Message string `json:"message"`
}

// handleChat runs one turn and streams the reply as server-sent events:
// "delta" events with text, then "done", or "error". Tool calls are not
// shown. Errors found before the first byte of the reply are plain JSON
// answers with their status.
func (a *app) handleChat(w http.ResponseWriter, r *http.Request, sess session) {
	var req chatRequest
	if !a.decodeJSON(w, r, &req) {
		return
	}
	switch {
	case len(req.Message) > a.limits.MaxMessageBytes:
		writeError(w, http.StatusRequestEntityTooLarge, "too_large",
			fmt.Sprintf("That message is too long. Please keep it under %d characters.", a.limits.MaxMessageBytes))
		return
	case strings.TrimSpace(req.Message) == "":
		writeError(w, http.StatusBadRequest, "empty", "Type a message first.")
		return
	case !utf8.ValidString(req.Message):
		writeError(w, http.StatusBadRequest, "bad_request", "The message is not valid text.")
		return
	}
	if ok, wait := a.rate.allow(sess.Subject); !ok {
		retryAfter(w, wait)
		writeError(w, http.StatusTooManyRequests, "rate_limited", "You are sending messages too quickly. Please wait a moment.")
		return
	}
	release, sessionBusy, serverBusy := a.streams.acquire(sess.Subject)
	switch {
	case sessionBusy:
		writeError(w, http.StatusTooManyRequests, "busy", "Please wait for the current reply to finish.")
		return
	case serverBusy:
		retryAfter(w, 2*time.Second)
		writeError(w, http.StatusServiceUnavailable, "overloaded", "We are very busy right now. Please try again in a few seconds.")
		return
	}
	defer release()

	conv, err := a.convs.get(r.Context(), a.scope(sess.Subject))
	if err != nil {
		a.turnError(w, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), a.limits.TurnTimeout)
	defer cancel()
	sse := &sseWriter{w: w, rc: http.NewResponseController(w)}
	_, err = conv.Stream(ctx, req.Message, func(c chat.Chunk) error {
		if c.ToolCall != nil || c.Text == "" {
			return nil // tools run invisibly
		}
		return sse.event("delta", map[string]string{"text": c.Text})
	})
	if err != nil {
		if !sse.started {
			a.turnError(w, err)
			return
		}
		status, code, msg := a.classify(err)
		a.log.Warn("turn failed while streaming", "status", status, "err", err)
		sse.event("error", apiError{Error: code, Message: msg})
		return
	}
	sse.event("done", map[string]bool{"ok": true})
}

// classify maps a turn's error to what the customer is told.
func (a *app) classify(err error) (int, string, string) {
	var missing *consent.RequiredError
	switch {
	case errors.As(err, &missing):
		return http.StatusForbidden, "consent_required", "To chat, please allow the AI assistant in your privacy choices."
	case errors.Is(err, chat.ErrMessageTooLarge):
		return http.StatusRequestEntityTooLarge, "too_large",
			fmt.Sprintf("That message is too long. Please keep it under %d characters.", a.limits.MaxMessageBytes)
	case errors.Is(err, chat.ErrInvalidMessage):
		return http.StatusBadRequest, "bad_request", "The message could not be sent."
	case errors.Is(err, encrypt.ErrForgotten):
		return http.StatusGone, "forgotten", "This session's data was erased. Reload the page to start again."
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, "timeout", "The assistant took too long to answer. Please try again."
	case errors.Is(err, context.Canceled):
		return 499, "canceled", "The request was cancelled."
	default:
		return http.StatusBadGateway, "unavailable", "The assistant could not answer just now. Please try again."
	}
}

// turnError answers a failed turn with JSON and logs it. Errors of the
// stack carry no customer text; the log handler redacts anyway.
func (a *app) turnError(w http.ResponseWriter, err error) {
	status, code, msg := a.classify(err)
	if status >= 500 && status != http.StatusGatewayTimeout {
		a.log.Error("turn failed", "status", status, "err", err)
	}
	writeError(w, status, code, msg)
}

func (a *app) internalError(w http.ResponseWriter, what string, err error) {
	if errors.Is(err, encrypt.ErrForgotten) {
		a.turnError(w, err)
		return
	}
	a.log.Error(what, "err", err)
	writeError(w, http.StatusInternalServerError, "internal", "Something went wrong on our side. Please try again.")
}

// sseWriter writes server-sent events, starting the stream at the first.
type sseWriter struct {
	w       http.ResponseWriter
	rc      *http.ResponseController
	started bool
}

func (s *sseWriter) event(name string, v any) error {
	if !s.started {
		s.started = true
		h := s.w.Header()
		h.Set("Content-Type", "text/event-stream; charset=utf-8")
		h.Set("X-Accel-Buffering", "no") // tell proxies not to buffer
		s.w.WriteHeader(http.StatusOK)
	}
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(s.w, "event: %s\ndata: %s\n\n", name, data); err != nil {
		return err
	}
	return s.rc.Flush()
}

func (a *app) handleExport(w http.ResponseWriter, r *http.Request, sess session) {
	out, err := a.exportSubject(r.Context(), sess.Subject)
	if err != nil {
		a.internalError(w, "export", err)
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="my-data.json"`)
	writeJSON(w, http.StatusOK, out)
}

func (a *app) handleForget(w http.ResponseWriter, r *http.Request, sess session) {
	if _, err := a.erase(r.Context(), sess.Subject, a.cfg.Now()); err != nil {
		a.internalError(w, "forget", err)
		return
	}
	a.sessions.clear(w)
	writeJSON(w, http.StatusOK, map[string]bool{"forgotten": true})
}

// admin checks the bearer token of the operator endpoints, in constant
// time (comparing hashes, so that neither content nor length leaks).
func (a *app) admin(h http.HandlerFunc) http.Handler {
	want := sha256.Sum256([]byte(a.adminToken))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		sum := sha256.Sum256([]byte(got))
		if !ok || subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			a.log.Warn("admin request refused", "path", r.URL.Path)
			w.Header().Set("WWW-Authenticate", `Bearer realm="confide-admin"`)
			writeError(w, http.StatusUnauthorized, "unauthorized", "An admin bearer token is required.")
			return
		}
		h(w, r)
	})
}

// validSubject checks the subject an admin names, answering 400 itself.
func validSubject(w http.ResponseWriter, subject string) bool {
	if chat.ValidateID("subject", subject) != nil {
		writeError(w, http.StatusBadRequest, "bad_request", "subject must be a valid ID.")
		return false
	}
	return true
}

// wantText reports whether an admin asked for text (?format=text) rather
// than JSON.
func wantText(r *http.Request) bool { return r.URL.Query().Get("format") == "text" }

func writeText(w http.ResponseWriter, status int, s string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	io.WriteString(w, s)
}

// timeParams reads the optional RFC 3339 times from and to of a query,
// answering 400 itself when one does not parse or to is not after from.
func timeParams(w http.ResponseWriter, r *http.Request) (from, to time.Time, ok bool) {
	q := r.URL.Query()
	for _, p := range []struct {
		name string
		t    *time.Time
	}{{"from", &from}, {"to", &to}} {
		if v := q.Get(p.name); v != "" {
			t, err := time.Parse(time.RFC3339, v)
			if err != nil {
				writeError(w, http.StatusBadRequest, "bad_request", p.name+" must be an RFC 3339 time, e.g. 2026-01-31T00:00:00Z.")
				return from, to, false
			}
			*p.t = t
		}
	}
	if !from.IsZero() && !to.IsZero() && !to.After(from) {
		writeError(w, http.StatusBadRequest, "bad_request", "to must be after from.")
		return from, to, false
	}
	return from, to, true
}

// handleAdminExport answers a subject access request:
// GET /admin/export?subject=...
func (a *app) handleAdminExport(w http.ResponseWriter, r *http.Request) {
	subject := r.URL.Query().Get("subject")
	if !validSubject(w, subject) {
		return
	}
	out, err := a.exportSubject(r.Context(), subject)
	if err != nil {
		a.internalError(w, "admin export", err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// handleAdminErase answers an erasure request and reports what was done:
// POST /admin/erase {"subject": "...", "requested_at": "..."}, where
// requested_at, when the customer asked (RFC 3339), defaults to now.
func (a *app) handleAdminErase(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Subject     string    `json:"subject"`
		RequestedAt time.Time `json:"requested_at"`
	}
	if !a.decodeJSON(w, r, &req) || !validSubject(w, req.Subject) {
		return
	}
	if req.RequestedAt.After(a.cfg.Now()) {
		writeError(w, http.StatusBadRequest, "bad_request", "requested_at is in the future.")
		return
	}
	rep, err := a.erase(r.Context(), req.Subject, req.RequestedAt)
	if err != nil {
		a.internalError(w, "admin erase", err)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

// handleAdminReport serves the privacy figures of the tenant's audit log:
// turns, personal data found by type, consent refusals, erasures and how
// long they took, exports. GET /admin/report?from=...&to=...&format=text
func (a *app) handleAdminReport(w http.ResponseWriter, r *http.Request) {
	from, to, ok := timeParams(w, r)
	if !ok {
		return
	}
	rep, err := audit.ReportStore(r.Context(), a.db.Audit(), a.cfg.Tenant, from, to)
	if err != nil {
		a.internalError(w, "admin report", err)
		return
	}
	if wantText(r) {
		writeText(w, http.StatusOK, rep.String())
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

// verifyView is a VerifyReport as JSON.
type verifyView struct {
	OK                bool     `json:"ok"`
	Tenant            string   `json:"tenant"`
	Events            int      `json:"events"`
	Checkpoints       int      `json:"checkpoints"`
	Anchored          uint64   `json:"anchored"`
	Unanchored        uint64   `json:"unanchored"`
	SignaturesChecked bool     `json:"signatures_checked"`
	Problems          []string `json:"problems"`
}

// handleAdminVerify checks the tenant's audit chain and its signed
// checkpoints with the public keyset: 200 when it verifies, 409 with the
// problems found when it does not. GET /admin/audit/verify?format=text
func (a *app) handleAdminVerify(w http.ResponseWriter, r *http.Request) {
	rep, err := audit.VerifyStore(r.Context(), a.db.Audit(), a.cfg.Tenant, a.auditPublic)
	if err != nil && (rep == nil || !errors.Is(err, audit.ErrTampered)) {
		a.internalError(w, "admin audit verify", err)
		return
	}
	status := http.StatusOK
	if !rep.OK() {
		status = http.StatusConflict
	}
	if wantText(r) {
		writeText(w, status, rep.String())
		return
	}
	v := verifyView{OK: rep.OK(), Tenant: rep.Tenant, Events: rep.Events, Checkpoints: rep.Checkpoints,
		Anchored: rep.Anchored, Unanchored: rep.Unanchored(), SignaturesChecked: rep.SignaturesChecked, Problems: []string{}}
	for _, p := range rep.Problems {
		v.Problems = append(v.Problems, p.String())
	}
	writeJSON(w, status, v)
}

// handleAdminBreach lists the subjects and records an exposure affects:
// GET /admin/breach?kek=ID for an exposed key-encryption key, or
// ?from=...&to=... (RFC 3339) for a window of time, or both.
func (a *app) handleAdminBreach(w http.ResponseWriter, r *http.Request) {
	from, to, ok := timeParams(w, r)
	if !ok {
		return
	}
	q := rights.BreachQuery{KEK: r.URL.Query().Get("kek"), From: from, To: to}
	if from.IsZero() != to.IsZero() || (q.KEK == "" && from.IsZero()) {
		writeError(w, http.StatusBadRequest, "bad_request", "Give kek, or both from and to, or all three.")
		return
	}
	rep, err := a.rights.Breach(r.Context(), q)
	if err != nil {
		a.internalError(w, "admin breach", err)
		return
	}
	if wantText(r) {
		writeText(w, http.StatusOK, rep.String())
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

// handleAdminReload reloads the policy file, as SIGHUP does:
// POST /admin/policy/reload. It answers 200 with what the change means for
// customers, or 422 with the file's errors (409 for a change that needs a
// restart) while the running policy stays.
func (a *app) handleAdminReload(w http.ResponseWriter, r *http.Request) {
	changes, err := a.reload(r.Context())
	var perr *policy.Error
	var unsupported *unsupportedError
	switch {
	case errors.Is(err, policy.ErrRestart):
		writeError(w, http.StatusConflict, "restart_required", err.Error())
	case errors.As(err, &perr), errors.As(err, &unsupported), errors.Is(err, os.ErrNotExist):
		// The file's errors name its lines and fields, never a secret.
		writeError(w, http.StatusUnprocessableEntity, "invalid_policy", err.Error())
	case err != nil:
		a.internalError(w, "policy reload", err)
	default:
		if changes == nil {
			changes = []string{}
		}
		writeJSON(w, http.StatusOK, map[string]any{"reloaded": true, "policy": a.cfg.Policy, "changes": changes})
	}
}

// handlePrivacy serves the privacy notice generated from the running
// policy (what confide policy explain writes), with the consent notice the
// banner shows, in the site's layout.
func (a *app) handlePrivacy(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	v := a.view()
	err := pages.ExecuteTemplate(w, "privacy.html", map[string]any{
		"Brand": a.cfg.Brand, "Notice": v.notice, "Body": v.noticeBody,
		"Published": noticeDate(v.notice.Published),
	})
	if err != nil {
		a.log.Error("privacy page", "err", err)
	}
}
