package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// errBadSession is the one answer to a missing, forged, tampered, foreign
// or expired session token: the reasons are not told apart, to the client
// or in the logs.
var errBadSession = errors.New("supportbot: invalid session")

// maxTokenLen bounds the cookie value the server tries to open.
const maxTokenLen = 512

// session is what a verified session token says: whose requests these are.
// The subject comes only from here, never from a request's body or URL.
type session struct {
	Subject string
	Issued  time.Time
}

// tokenPayload is the sealed content of a session token.
type tokenPayload struct {
	V   int    `json:"v"`
	Sub string `json:"sub"`
	Iat int64  `json:"iat"`
}

// sessions issues and verifies session tokens: a random subject ID and the
// time of issue, sealed with a server AEAD key (Tink AES-256-GCM) and bound
// to the tenant through associated data. A token cannot be read, forged or
// altered without the key, and a token of another tenant does not open.
type sessions struct {
	aead   tink.AEAD
	ad     []byte
	maxAge time.Duration
	secure bool
	now    func() time.Time
}

func newSessions(a tink.AEAD, tenant string, maxAge time.Duration, secure bool, now func() time.Time) *sessions {
	return &sessions{aead: a, ad: []byte("confide-supportbot-session-v1\x00" + tenant), maxAge: maxAge, secure: secure, now: now}
}

// cookieName is the session cookie's name. The __Host- prefix makes the
// browser insist on Secure, Path=/ and no Domain; it needs HTTPS, so the
// plain name is used on localhost.
func (s *sessions) cookieName() string {
	if s.secure {
		return "__Host-confide_session"
	}
	return "confide_session"
}

// newSubjectID returns a random subject ID: 128 bits, opaque, never derived
// from anything the customer typed.
func newSubjectID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return "c-" + hex.EncodeToString(b[:])
}

// issue seals a token for sess.
func (s *sessions) issue(sess session) (string, error) {
	p, err := json.Marshal(tokenPayload{V: 1, Sub: sess.Subject, Iat: sess.Issued.Unix()})
	if err != nil {
		return "", err
	}
	ct, err := s.aead.Encrypt(p, s.ad)
	if err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(ct), nil
}

// verify opens a token and checks its age and subject.
func (s *sessions) verify(token string) (session, error) {
	if token == "" || len(token) > maxTokenLen {
		return session{}, errBadSession
	}
	ct, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil {
		return session{}, errBadSession
	}
	p, err := s.aead.Decrypt(ct, s.ad)
	if err != nil {
		return session{}, errBadSession
	}
	var tp tokenPayload
	if err := json.Unmarshal(p, &tp); err != nil || tp.V != 1 {
		return session{}, errBadSession
	}
	if chat.ValidateID("subject", tp.Sub) != nil {
		return session{}, errBadSession
	}
	issued := time.Unix(tp.Iat, 0)
	now := s.now()
	if issued.After(now.Add(time.Minute)) || now.Sub(issued) > s.maxAge {
		return session{}, errBadSession
	}
	return session{Subject: tp.Sub, Issued: issued}, nil
}

// fromRequest verifies the request's session cookie.
func (s *sessions) fromRequest(r *http.Request) (session, error) {
	c, err := r.Cookie(s.cookieName())
	if err != nil {
		return session{}, errBadSession
	}
	return s.verify(c.Value)
}

// set writes the cookie of sess: HttpOnly so that scripts (and injected
// ones) cannot read it, SameSite=Strict so that other sites cannot send it,
// Secure when served over HTTPS.
func (s *sessions) set(w http.ResponseWriter, sess session) error {
	token, err := s.issue(sess)
	if err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{
		Name: s.cookieName(), Value: token, Path: "/",
		MaxAge: int(s.maxAge / time.Second), HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteStrictMode,
	})
	return nil
}

// clear removes the session cookie.
func (s *sessions) clear(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name: s.cookieName(), Value: "", Path: "/",
		MaxAge: -1, HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteStrictMode,
	})
}

type sessionKey struct{}

func withSession(ctx context.Context, s session) context.Context {
	return context.WithValue(ctx, sessionKey{}, s)
}

// sessionFrom returns the verified session that the session middleware
// put in ctx.
func sessionFrom(ctx context.Context) (session, bool) {
	s, ok := ctx.Value(sessionKey{}).(session)
	return s, ok
}
