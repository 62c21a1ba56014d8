package redact

import "strings"

// cookieSecrets reports the session cookies of a cookie header whose
// word ends at p ("Cookie: sessionid=...; currency=EUR", "Set-Cookie:
// sid=...; Path=/; HttpOnly"), as HTTP dumps, curl commands and browser
// tools paste them. A session's cookie stands for its user's login: who
// holds it is logged in. Its name says so ("sid", "session",
// "PHPSESSID", "laravel_session", "connect.sid", "remember_token",
// "csrftoken"), after the word and its colon or a few words and a colon
// ("my cookies from devtools: sessionid=..."); the
// value must read as random (randomBody), sixteen bytes or more, so that
// "session=1" or "theme=dark" stay.
func (s *state) cookieSecrets(p int) {
	t := s.text
	// A few words may stand between the word and its colon: "my cookies
	// from devtools: sessionid=...".
	for q := p; q < len(t) && q-p <= 24; q++ {
		if t[q] == ':' {
			p = q
			break
		}
		if !isLetter(t[q]) && t[q] != ' ' {
			break
		}
	}
	if p >= len(t) || t[p] != ':' {
		return
	}
	line := t[p+1:]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	base := p + 1
	for len(line) > 0 {
		pair := line
		if semi := strings.IndexByte(line, ';'); semi >= 0 {
			pair, line = line[:semi], line[semi+1:]
		} else {
			line = ""
		}
		start := base
		base += len(pair) + 1
		eq := strings.IndexByte(pair, '=')
		if eq <= 0 {
			continue
		}
		name := strings.TrimSpace(pair[:eq])
		v := pair[eq+1:]
		vs := start + eq + 1
		// The value ends at a blank or a quote: "Cookie: sid=...' \".
		if e := strings.IndexAny(v, " \t\"'"); e >= 0 {
			v = v[:e]
		}
		if len(v) < 16 || !sessionCookie(name) || !randomBody(v) {
			continue
		}
		s.add(cand{start: vs, end: vs + len(v), typ: TypeAPIKey, rec: "cookie", score: 0.7, boost: gSecret})
	}
}

// sessionCookie reports whether a cookie's name is a session's or a
// login's.
func sessionCookie(name string) bool {
	var low [32]byte
	if len(name) > len(low) {
		return false
	}
	w := string(lowerASCII(low[:0], name))
	switch w {
	case "sid", "ssid", "connect.sid", "auth", "auth_token", "authtoken", "access_token", "refresh_token", "remember_token", "token", "jwt":
		return true
	}
	// A form's token against forged requests is bound to the session
	// ("csrftoken", "XSRF-TOKEN"), and a login remembered names its user
	// ("remember_me").
	return strings.Contains(w, "sess") || strings.Contains(w, "csrf") || strings.Contains(w, "xsrf") || strings.HasPrefix(w, "remember")
}
