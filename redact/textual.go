package redact

import (
	"encoding/base64"
	"encoding/json"
	"math"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Recognizers anchored on a word start: secrets with a known prefix,
// e-mail addresses, URLs, IBANs, hex addresses, crypto wallets and long
// random tokens.

func isLocalByte(c byte) bool { return localBytes[c] }

// tokBytes and localBytes hold the bytes of tokens (letters, digits and
// '_') and of e-mail local parts (those and ".%+-'"): the scanner asks
// about every byte of a run, and a table answers in one load.
var tokBytes, localBytes [256]bool

func init() {
	for c := 0; c < 256; c++ {
		// Not isAlnum: byteClass may not be filled in yet.
		tokBytes[c] = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
		localBytes[c] = tokBytes[c] || strings.IndexByte(".%+-'", byte(c)) >= 0
	}
}

// tokSlot gives the bytes of a token's run (see tokenAnchor) the slot of
// tokenRun.last they mark: 0 for a digit, 1 a lower-case letter, 2 an
// upper-case one, 3 for '+', '/' and '_', none of those. It is 4 for '-',
// which is part of the run before a letter or digit only, and 5 for the
// bytes that end it ('=' among them: padding).
var tokSlot [256]uint8

func init() {
	for c := 0; c < 256; c++ {
		switch {
		case c >= '0' && c <= '9':
			tokSlot[c] = 0
		case c >= 'a' && c <= 'z':
			tokSlot[c] = 1
		case c >= 'A' && c <= 'Z':
			tokSlot[c] = 2
		case c == '+' || c == '/' || c == '_':
			tokSlot[c] = 3
		case c == '-':
			tokSlot[c] = 4
		default:
			tokSlot[c] = 5
		}
	}
}

// tokDigits is 1 for the bytes of tokBytes, 3 for the digits among
// them: letterAnchor reads a run of them and whether it holds a digit
// with one load and no branch a byte.
var tokDigits [256]uint8

func init() {
	for c := 0; c < 256; c++ {
		switch {
		case c >= '0' && c <= '9':
			tokDigits[c] = 3
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
			tokDigits[c] = 1
		}
	}
}

// letterAnchor runs at the start [i, j) of an ASCII word that follows a
// non-word byte. It returns the end of what it consumed, or j.
func (s *state) letterAnchor(i, j int) int {
	t := s.text
	n := len(t)
	k := j
	var seen uint8 // the bits of tokDigits of the run's bytes
	// (An unsigned test, which spares the bounds check of t[k].)
	for uint(k) < uint(n) {
		x := tokDigits[t[k]]
		if x == 0 {
			break
		}
		seen |= x
		k++
	}
	digits := seen&2 != 0
	var next byte
	if k < n {
		next = t[k]
	}
	// An apostrophe ends a word ("customer's") unless a letter follows
	// and the run reaches an '@': "o'brien@example.ie" is one address.
	// A run of local-part bytes that stops at the byte after next, short
	// of an '@', is no address: "word. ", "done-".
	// That is tested in the condition, not before it: most words end
	// at a byte of no local part and never need it.
	if next == '@' || (isLocalByte(next) && next != '\'' && !(k+1 >= n || t[k+1] < 0x80 && t[k+1] != '@' && !isLocalByte(t[k+1]))) || next == '\'' && k+1 < n && isLetter(t[k+1]) {
		if end := s.email(i); end > 0 {
			return end
		}
		if next == '@' && lineOpensAt(t, i) && s.on(TypeUsername) {
			s.promptUser(i, k)
		}
	}
	// A secret is at least 20 bytes of letters, digits, '_', '-' and '.',
	// or the first 12 of them or more at a line's end, where a terminal
	// wrapped it (see wrappedRest).
	if k-i >= 20 || next == '-' || next == '.' || k-i >= 12 && (next == '\n' || next == '\r') {
		if end := s.secret(i); end > 0 {
			return end
		}
		if k-i >= 24 && digits {
			if end := s.liveKeyAt(i, k); end > 0 {
				return end
			}
		}
	}
	if next == '.' && k-i >= 23 {
		if end := s.discordToken(i, k); end > 0 {
			return end
		}
	}
	if hexAddrAt(t, i, k) && allHex(t[i:k]) {
		if end := s.hexAddr(i); end > 0 {
			return end
		}
	}
	if next == ':' && k+2 < n && t[k+1] == '/' && t[k+2] == '/' {
		var low [8]byte
		switch string(lowerASCII(low[:0], t[i:k])) {
		case "http", "https", "ftp", "ftps", "sftp", "ws", "wss":
			if end := s.url(i, k+3, 0.6); end > 0 {
				return end
			}
		default:
			// "postgres://app:S3cret@db..." is a connection string: its
			// password is a secret, and its user and host no e-mail.
			if at := userinfoEnd(t, k+3, true); at > 0 {
				s.credentials(k+3, at, 0.7)
				return at + 1
			}
		}
	}
	if next == '.' && k+1 < n && isAlnum(t[k+1]) || next == '-' && t[i] >= 'a' && t[i] <= 'z' && hyphenLabel(t, k) {
		if end := s.bareHost(i); end > 0 {
			return end
		}
	}
	if digits {
		if end := s.iban(i); end > 0 {
			return end
		}
	}
	// A token is at least 16 bytes of the base64 alphabet.
	if k-i >= 16 || next == '+' || next == '/' || next == '-' || next == '=' {
		if end := s.tokenAnchor(i); end > 0 {
			return end
		}
	}
	return j
}

// hyphenLabel reports whether the '-' at k goes on in a host label that
// a dot ends, before a letter or digit: "acme-shop.de/reset", the first
// label of a bare host, which must be read from its start. The caller
// asks only after a word in lower case, as host names are written.
func hyphenLabel(t string, k int) bool {
	q := k
	for q < len(t) && (isAlnum(t[q]) || t[q] == '-') && q-k < 32 {
		q++
	}
	return q+1 < len(t) && t[q] == '.' && isAlnum(t[q+1]) && t[q-1] != '-'
}

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isHex(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// tokenAnchor handles long random-looking tokens at i: crypto addresses,
// AWS secret keys (40 base64 characters) and generic high-entropy strings,
// the last two only with a secret word nearby.
func (s *state) tokenAnchor(i int) int {
	t := s.text
	n := len(t)
	// The run of token bytes ends where it ends whichever of its words the
	// scan starts from: measure it once, with where each class last
	// occurs in it, so that the classes of any suffix are known at once.
	r := &s.tok
	if i < r.start || i >= r.end {
		// The class of each byte picks the slot it marks, without a
		// branch that a random token would mispredict at every other
		// byte; '+', '/', '_' and a '-' before a letter or digit (a
		// slot below 3) mark the fourth, which is thrown away.
		last := [4]int{-1, -1, -1, -1}
		k := i
		for uint(k) < uint(n) { // (unsigned: no bounds check of t[k])
			x := tokSlot[t[k]]
			if x > 3 {
				if x != 4 || k+1 >= n || tokSlot[t[k+1]] > 2 {
					break
				}
				x = 3
			}
			last[x&3] = k // x&3 is x: no bounds check
			k++
		}
		// Field by field (pad below): a struct literal would be built
		// on the stack and copied.
		r.start, r.end, r.last = i, k, [3]int(last[:3])
		for k < n && t[k] == '=' {
			k++
		}
		r.pad = k - r.end
	}
	k := r.end
	if k-i > maxToken {
		// Longer than any key or token: a blob.
		return 0
	}
	k += min(r.pad, max(0, 200-(k-i))) // padding, as long as the token is short
	l := k - i
	if l < 16 || k < n && isAlnum(t[k]) {
		return 0 // most runs, which need no classes
	}
	var cls uint8
	if r.last[0] >= i {
		cls |= clDigit
	}
	if r.last[1] >= i {
		cls |= clLower
	}
	if r.last[2] >= i {
		cls |= clUpper
	}
	tok := t[i:k]
	// Bitcoin and Litecoin: base58check (P2PKH "1..." and "L...", P2SH
	// "3..." and "M...") or bech32 ("bc1...", "ltc1..."); Tron's
	// base58check ("T...", 34 characters), the address of most stablecoin
	// payments asked for in scams. The checksum decides; the first letter
	// only saves decoding other tokens.
	if l >= 26 && l <= 63 {
		if (tok[0] == '1' || tok[0] == '3' || tok[0] == 'L' || tok[0] == 'M' || tok[0] == 'T' && l == 34) && l <= 35 && base58CheckOK(tok) ||
			(tok[0]|0x20) == 'b' && (tok[1]|0x20) == 'c' && tok[2] == '1' && bech32OK(tok) ||
			(tok[0]|0x20) == 'l' && (tok[1]|0x20) == 't' && (tok[2]|0x20) == 'c' && tok[3] == '1' && bech32OK(tok) {
			s.add(cand{start: i, end: k, typ: TypeCrypto, rec: "crypto", score: 1, boost: gCrypto})
			return k
		}
	}
	if l == 42 && tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X') && allHex(tok[2:]) {
		s.add(cand{start: i, end: k, typ: TypeCrypto, rec: "crypto", score: 0.6, boost: gCrypto})
		return k
	}
	mixed := cls&clDigit != 0 && cls&(clLower|clUpper) != 0
	if !mixed {
		return 0
	}
	// A prefixed key after a path's segment is that key, not a piece of
	// the run: "staging/AKIA...", "prod/ghp_...".
	if l >= 18 && strings.IndexByte(tok, '/') > 0 {
		if e := s.segmentSecret(i, k); e > 0 {
			return e
		}
	}
	if l < 40 && k < n && (t[k] == '\n' || t[k] == '\r') {
		if e := s.wrappedAWSSecret(i, k); e > 0 {
			return e
		}
	}
	if l == 17 && vinShape(tok) {
		// A vehicle identification number, which a word for it names, as
		// a word names an IMEI: the shape alone is as often a session,
		// a device or a commit id, and outside North America a VIN has
		// no check digit.
		if finBefore(s.text, i) {
			// German forms print the VIN after "FIN" in capitals
			// (Fahrzeug-Identifikationsnummer); "fin" in lower case is
			// French and Italian prose.
			s.add(cand{start: i, end: k, typ: TypeVIN, rec: "vin", score: 0.85})
			return k
		}
		// In capitals with the North American check digit the shape
		// needs no word (one random token in eleven passes it): "VINs
		// 1C4RJFBG0MC630719 and 1G1ZD5ST7LF085719".
		// An id's noun before it makes it that id ("session id
		// ENA0K7SE18GX70587", which passes the check by chance).
		need := cls&clLower != 0 || !vinCheckDigit(tok) || idNounBefore(s.text, i)
		s.add(cand{start: i, end: k, typ: TypeVIN, rec: "vin", score: 0.5, boost: gVIN, neg: gNeg, need: need})
		return k
	}
	// A piece of a longer run of base64 (a public key's body, "AAAAILQ+
	// 9hgH...") is no key of forty bytes.
	// An access key and its secret written as a pair with a slash
	// ("AKIA.../wJalr...") are two keys, not one run.
	piece := i > 0 && (t[i-1] == '+' || t[i-1] == '/' && !s.awsPairSlash(i-1)) || k < n && (t[k] == '+' || t[k] == '/')
	// Thirty random bytes hold about one '/' or '+': five or more make a
	// path ("exports/2024/March/Region7/Batch12/Final") unless the bytes
	// between change class as often as random ones do (see base64Mix).
	// An AWS secret's key right before it names it whatever its signs
	// ("SecretAccessKey: Ro4+KRS/R8tO/QoB/1x/...", see awsKeyNames).
	if l == 40 && !piece && !strings.ContainsAny(tok, "-_=") && !allHex(tok) && (base64Seps(tok) || s.awsKeyNames(i)) {
		// An access key just before it ("AKIA... / wJalr...") says AWS
		// as well as a word does. An AWS secret key is base64: forty hex
		// digits ("9f86d081...", a commit's SHA-1) are a digest or an id
		// (but a generic secret, below, after its word: GitHub's client
		// secrets are forty hex digits).
		// Base64's '/' or '+' between letters of both cases and digits
		// that change class as random bytes do is the shape of a secret
		// key with no word beside it ("Pasting it since you asked:
		// gVxLgz9eMfx8sN9IqLF4cV8QOlOZNY5/xjGZqL3w"): forty bytes of
		// base64 are thirty random bytes, which no digest, id or word is.
		all := cls&(clLower|clUpper|clDigit) == clLower|clUpper|clDigit
		// A '/' that opens it opens a path, but for one with a '+' in it
		// ("/Dlcz8jf+8I8XI9t9M89wHz+e7EhTVo+KcKhtRPU"); and about a
		// quarter of the keys hold neither sign, whose three classes and
		// changes of class show the same randomness
		// ("rxOuKHazkcyHL3YzMGBfN1jraRbj1lcDyTcYWaHl").
		signs := strings.ContainsAny(tok, "/+")
		// Without the signs an id's word before them names an id ("build
		// id Xk3n9Qp2...").
		alone := all && (tok[0] != '/' || strings.IndexByte(tok, '+') >= 0) && (signs || randomAlnum(tok) && !s.groupWordBefore(i, 24, gNeg|gIDWord)) &&
			base64Mix(tok) >= 18 && !base64Text(tok) && !publicKeyBody(t, i)
		need := !all || !s.awsKeyBefore(i) && !alone && !awsKeyAfter(t, k)
		s.add(cand{start: i, end: k, typ: TypeAWSSecretKey, rec: "aws_secret_key", score: 0.6, boost: gAWS, need: need})
		return k
	}
	// A token inside a password that its word's value reported is that
	// password's, which covers the bytes the token leaves out
	// ("nordlicht00Zugspitze!").
	if l >= 20 && !(s.valPassword && i >= s.valCandStart && k <= s.valCandEnd) && s.tokStats.window(i, k).entropyAtLeast(3.5) && !wordy(tok) && !stripeObjectID(tok) && !publicKeyBody(t, i) && !jwtHeaderOnly(tok) {
		// A UUID is a request's, a trace's or a record's id far more
		// often than a key: only a word before it makes it a secret
		// ("session token 600bec54-..."), not one after it ("request id
		// 600bec54-..., token refresh failed"). A word for an order, an
		// invoice or an id right before it names what it is, whatever
		// word for a secret comes earlier ("invalid token, request id:
		// 82beb10e-...", "the secret key is fine but invoice in_1Mt...").
		s.add(cand{start: i, end: k, typ: TypeAPIKey, rec: "generic_secret", score: 0.4, boost: gSecret | gPassword, label: gNeg | gIDWord, need: true, before: uuidShape(tok)})
		return k
	}
	return 0
}

// segmentSecret reads a prefixed secret (see secret) that opens a
// segment after a '/' of the run [i, k) and ends it or the run
// ("staging/AKIA.../"), as linkSecrets does in a link's path, and
// returns its end, or 0.
func (s *state) segmentSecret(i, k int) int {
	t := s.text
	for p := i + 1; p+2 < k; p++ {
		if t[p] != '/' || !isAlnum(t[p+1]) || !secretOpens(t, p+1) {
			continue
		}
		n, aws := len(s.cands), s.awsKeyEnd
		if e := s.secret(p + 1); e > 0 && e <= k && (e == k || t[e] == '/') {
			return e
		}
		s.cands, s.awsKeyEnd = s.cands[:n], aws
	}
	return 0
}

// randomAlnum reports whether tok, letters and digits only, reads as
// random bytes rather than words run together: three digits or more
// (random base62 holds six in forty bytes), no run of six small letters
// ("ThisIsMyVeryLongCamelCaseIdentifierName1") and fewer than three
// words of a capital and three small letters or more
// ("AddUserToGroupV2IfNotInOrgAndSendMail123").
func randomAlnum(tok string) bool {
	digits, run, words := 0, 0, 0
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if isLower(c) {
			if run++; run >= 6 {
				return false
			}
			// A capital and three small letters open a word of camel
			// case; forty random bytes hold one or two.
			if run == 3 && i >= 3 && isUpperByte(tok[i-3]) {
				words++
			}
			continue
		}
		run = 0
		if isDigit(c) {
			digits++
		}
	}
	return digits >= 3 && words < 3
}

// base64Text reports whether tok, forty bytes of base64, decodes to text
// (printable ASCII but for a byte or two): an encoded message or value,
// not thirty random bytes ("UGVkaWRvIDEwMDAgbGlzdG8sIGVudmlhciBob3k/").
func base64Text(tok string) bool {
	var buf [30]byte
	n, err := base64.StdEncoding.Decode(buf[:], []byte(tok))
	if err != nil || n == 0 {
		return false
	}
	odd := 0
	for _, c := range buf[:n] {
		if c < ' ' || c > '~' {
			odd++
		}
	}
	return odd <= 2
}

// base64Seps reports whether tok holds no more '/' and '+' than forty
// bytes of random base64 do: four, or six when its bytes change class as
// often as random ones (base64Mix); a path holds more or changes less.
func base64Seps(tok string) bool {
	seps := strings.Count(tok, "/") + strings.Count(tok, "+")
	return seps <= 4 || seps <= 6 && base64Mix(tok) >= 18
}

// base64Mix counts the changes between capitals, small letters, digits
// and the rest from one byte of tok to the next. Forty bytes of random
// base64 make eighteen or more (a hundredth of them fewer); a path of
// words and numbers fewer ("exports/2024/March/Region7/Batch12/Final"
// makes 16).
func base64Mix(tok string) int {
	class := func(c byte) int {
		switch {
		case isUpperByte(c):
			return 0
		case isLower(c):
			return 1
		case isDigit(c):
			return 2
		}
		return 3
	}
	changes := 0
	for k := 1; k < len(tok); k++ {
		if class(tok[k]) != class(tok[k-1]) {
			changes++
		}
	}
	return changes
}

// stripeObjectID reports whether s is the id of a Stripe object (a
// charge, a customer, an invoice, an event...): a prefix that names the
// kind, '_' and fourteen letters and digits or more. They are quoted in
// support chats about payments beside the word "key", and they are no
// secret; Stripe's keys (sk_, rk_, whsec_) are found by their own rules.
func stripeObjectID(s string) bool {
	u := strings.IndexByte(s, '_')
	if u < 2 || u > 5 || len(s)-u-1 < 14 {
		return false
	}
	switch s[:u] {
	case "ch", "cus", "pm", "pi", "in", "ii", "il", "evt", "po", "txn", "re", "sub", "si", "prod", "price", "acct", "seti", "src", "card", "ba", "py", "cs", "tr", "dp", "du", "file", "plink", "promo", "cbtxn", "cn", "iv", "quote", "req":
	default:
		return false
	}
	for i := u + 1; i < len(s); i++ {
		if !isAlnum(s[i]) {
			return false
		}
	}
	return true
}

// uuidShape reports whether s is written as a UUID: 8-4-4-4-12 hex digits.
func uuidShape(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if s[i] != '-' {
				return false
			}
		} else if !isHex(s[i]) {
			return false
		}
	}
	return true
}

// awsPairSlash reports whether the '/' at p joins an AWS access key that
// ends right before it, maybe after a space or the stars of bold text,
// to its secret: "AKIA.../wJalr...", "AKIA... /wJalr...", "*AKIA...*
// /wJalr...".
func (s *state) awsPairSlash(p int) bool {
	e := s.awsKeyEnd
	if e < 0 || e > p || p-e > 3 {
		return false
	}
	for q := e; q < p; q++ {
		if c := s.text[q]; c != ' ' && c != '*' {
			return false
		}
	}
	return true
}

// wrappedAWSSecret reads an AWS secret key that a terminal wrapped: the
// base64 token from i that ends its line at k and the run that opens the
// next line make forty bytes of the three classes together, with the
// access key or its word beside them ("it's\nnpXG7Rp4GgBuAGNnMLRJ+FFwjX\n
// L74yQww+/4x2tG\nwith access key AKIA...", session 57). It returns the
// key's end on the next line, or 0.
func (s *state) wrappedAWSSecret(i, k int) int {
	t := s.text
	r := k
	if t[r] == '\r' {
		r++
	}
	if r >= len(t) || t[r] != '\n' {
		return 0
	}
	r++
	e := r
	for e < len(t) && e-r < 40 && (isAlnum(t[e]) || t[e] == '+' || t[e] == '/') {
		e++
	}
	if (k-i)+(e-r) != 40 || e < len(t) && (isAlnum(t[e]) || t[e] == '+' || t[e] == '/') {
		return 0
	}
	var cls uint8
	for _, part := range [2]string{t[i:k], t[r:e]} {
		for j := 0; j < len(part); j++ {
			cls |= byteClass[part[j]]
		}
	}
	if cls&(clLower|clUpper|clDigit) != clLower|clUpper|clDigit {
		return 0
	}
	if !s.awsKeyNames(i) && !s.awsKeyBefore(i) && !awsKeyAfter(t, e) {
		return 0
	}
	s.add(cand{start: i, end: e, typ: TypeAWSSecretKey, rec: "aws_secret_key", score: 0.6, boost: gAWS})
	return e
}

// awsKeyBefore reports whether an AWS access key ends at most 48 bytes
// before i. It is found whether AWS_ACCESS_KEY is reported or not (see
// secret), so that a detector of AWS_SECRET_KEY alone finds the secret
// key after it as the default detector does.
func (s *state) awsKeyBefore(i int) bool {
	return s.awsKeyEnd >= 0 && s.awsKeyEnd <= i && s.awsKeyEnd >= i-48
}

// awsKeyAfter reports whether an AWS access key, as the secrets'
// prefixes define one (an "AKIA", "ASIA", ... prefix and its body,
// secretPrefixes), starts within 48 bytes after e, as it does when the
// secret is written first ("zkJf...BLOX (paired with AKIA...)"). The scan
// has not reached it yet; the look is bounded.
func awsKeyAfter(t string, e int) bool {
	g := t[e:min(len(t), e+48+20)]
	for k := 0; k+20 <= len(g); k++ {
		if g[k] != 'A' || k > 0 && isAlnum(g[k-1]) {
			continue
		}
		for i := range secretPrefixes['A'] {
			p := &secretPrefixes['A'][i]
			if p.typ != TypeAWSAccessKey || !strings.HasPrefix(g[k:], p.prefix) {
				continue
			}
			b := k + len(p.prefix)
			q := b
			for q < len(g) && p.bytes[g[q]] {
				q++
			}
			if q-b >= p.min && (p.max == 0 || q-b <= p.max) && (q == len(g) || !isAlnum(g[q])) {
				return true
			}
		}
	}
	return false
}

// entropyAtLeast reports whether the Shannon entropy of s in bits per
// byte is min or more, weighed as the scanner's moving windows weigh it
// (byteStats.entropyAtLeast), so that every entropy the detector weighs
// is decided the same way, to the last bit.
func entropyAtLeast(s string, min float64) bool {
	var w byteStats
	w.reset(s)
	return w.window(0, len(s)).entropyAtLeast(min)
}

var clog2Table = func() (t [257]float64) {
	for c := 1; c <= 256; c++ {
		t[c] = float64(c) * math.Log2(float64(c))
	}
	return t
}()

// clog2 is c * log2(c).
func clog2(c int) float64 {
	if c <= 256 {
		return clog2Table[c]
	}
	return float64(c) * math.Log2(float64(c))
}

// email recognizes local@domain.tld starting at i.
func (s *state) email(i int) int {
	t := s.text
	n := len(t)
	// The run of local-part bytes ends where it ends whichever of its
	// words the scan starts from: measure it once per run.
	if i < s.locStart || i >= s.locEnd {
		k := i
		for uint(k) < uint(n) { // (unsigned: no bounds check of t[k])
			if isLocalByte(t[k]) {
				k++
			} else if l := letter2(t, k); l > 0 {
				k += l // "josé.garcía@..."
			} else {
				break
			}
		}
		s.locStart, s.locEnd, s.loc40 = i, k, -2
	}
	k := s.locEnd
	if (k >= n || t[k] != '@') && k-i >= 8 {
		return s.encodedEmail(i, k)
	}
	// RFC 5321: a local part holds at most 64 bytes.
	if k-i > 64 || k >= n || t[k] != '@' || k == i || t[k-1] == '.' || t[i] == '.' || inUserinfo(t, i) {
		return 0
	}
	if s.atPos != k {
		s.atPos, s.atEnd = k, hostEnd(t, k+1, false)
		if s.atEnd > 0 && scaledImage(t[k+1:s.atEnd]) {
			s.atEnd = 0
		}
		if s.atEnd > 0 {
			s.atEnd = wordAfterTLD(t, k+1, s.atEnd)
		}
	}
	end := s.atEnd
	if end <= 0 {
		if i > 40 && t[i-1] == ' ' && t[i-2] != ' ' && s.on(TypeUsername) {
			s.sshKeyComment(i)
		}
		return 0
	}
	if end < n && (isAlnum(t[end]) || t[end] == '@') {
		return 0
	}
	if idOpen(t, i) || scpPath(t, end) || maskedBefore(t, i) && !boldAround(t, i, end) {
		return end // a message's id, a remote path, a masked address: an address's shape
	}
	s.linkSeen = true
	s.add(cand{start: i, end: end, typ: TypeEmailAddress, rec: "email", score: 1, boost: gEmail})
	if end+2 < n && (t[end] == '/' || t[end] == ' ' && t[end+1] == '/') && s.on(TypePassword) {
		// A login given as the address and its password: "login is
		// jess.okonkwo@gmail.com / Tiggy2019".
		s.passwordAfterSlash(end)
	}
	return end
}

// sshKeyComment reads the comment of an SSH public key, the user and the
// machine that made it ("ssh-ed25519 AAAAC3Nz... rkowalczyk@thinkpad-x1"):
// the local part at i, before its '@', is a login when the line
// opens with a key's type and the key's base64 body ends right before
// it. A host with no top-level domain is no e-mail address.
func (s *state) sshKeyComment(i int) {
	t := s.text
	b := i - 1
	for b > 0 && (isAlnum(t[b-1]) || t[b-1] == '+' || t[b-1] == '/' || t[b-1] == '=') && i-b < 1024 {
		b--
	}
	if i-1-b < 40 || b < 8 || t[b-1] != ' ' {
		return
	}
	// The key's type, a word of at most 40 bytes, opens the line: read
	// back that far only, so that every '@' of a long line costs little.
	ls := b - 1
	for ls > 0 && b-1-ls < 40 && t[ls-1] > ' ' {
		ls--
	}
	if ls > 0 && t[ls-1] != '\n' {
		return
	}
	if kt := t[ls : b-1]; !strings.HasPrefix(kt, "ssh-") && !strings.HasPrefix(kt, "ecdsa-") && !strings.HasPrefix(kt, "sk-") {
		return
	}
	s.loginAt(i, "@")
}

// encodedEmail reads an address whose '@' a link's query encodes as
// "%40" ("&email=freya.lindqvist%40outlook.com"), in the run of
// local-part bytes t[i:k] that starts at i, and returns its end, or 0.
func (s *state) encodedEmail(i, k int) int {
	t := s.text
	// The run is looked at once, however many of its words the scan
	// calls this at; a local part holds at most 64 bytes and a host 253,
	// which bound the reads.
	if s.loc40 == -2 {
		s.loc40 = strings.Index(t[s.locStart:s.locEnd], "%40")
		if s.loc40 >= 0 {
			s.loc40 += s.locStart
		}
	}
	at := s.loc40
	if at < i {
		if at < 0 {
			return 0
		}
		if at = strings.Index(t[i:min(k, i+67)], "%40"); at < 0 {
			return 0
		}
		at += i
	}
	if at == i || at-i > 64 || t[i] == '.' || t[at-1] == '.' {
		return 0
	}
	end := hostEnd(t[:min(k, at+3+253)], at+3, false)
	if end <= 0 || end > k {
		return 0
	}
	if end = wordAfterTLD(t, at+3, end); end <= at+3 || end < len(t) && (isAlnum(t[end]) || t[end] == '%') {
		return 0
	}
	s.add(cand{start: i, end: end, typ: TypeEmailAddress, rec: "email", score: 1, boost: gEmail})
	return end
}

// maskedBefore reports whether a mask's star, bullet or ellipsis is glued
// before i after a letter, a digit or another mask, as a masked value
// shows its first and last characters ("j*************9@yahoo.es",
// "a••••r@...", "n…d@..."): what follows is no whole value of its own.
// A star after a space puts a slip right ("... *priya@x.io").
func maskedBefore(t string, i int) bool {
	w := maskBefore(t, i)
	if w == 0 {
		return false
	}
	p := i - w
	return p > 0 && (isAlnum(t[p-1]) || maskBefore(t, p) > 0)
}

// boldAround reports whether Markdown's bold marks, "**" and no third
// star, enclose t[i:end]: "invoice to **rachel@example.org**" is an
// address in bold, not one masked.
func boldAround(t string, i, end int) bool {
	return t[i-1] == '*' && emphasisBefore(t, i) == 2 && emphasisAfter(t, end) == 2 && t[end] == '*' &&
		(i == 2 || t[i-3] != '*' && !isAlnum(t[i-3])) && (end+2 == len(t) || t[end+2] != '*')
}

// maskBefore returns the width of a mask's star, bullet or ellipsis that
// ends at i, or 0.
func maskBefore(t string, i int) int {
	switch {
	case i > 0 && t[i-1] == '*':
		return 1
	case i >= 3 && (t[i-3:i] == "\u2022" || t[i-3:i] == "\u2026"):
		return 3
	}
	return 0
}

// scpPath reports whether the host of an address that ends at end goes
// on with ':' and a path, as an SSH remote does ("git@github.com:acme/
// shop.git", "deploy@web01.example.com:/var/www"): a user on a host,
// not a mailbox. After an address a ':' ends a clause and a space
// follows it. A word after the ':' must read as a path, with a '/' or
// ending in ".git": "jane@example.com:Hunter2pw" is an address and its
// password, as combo lists and exports write them.
func scpPath(t string, end int) bool {
	if end+1 >= len(t) || t[end] != ':' {
		return false
	}
	if c := t[end+1]; c == '/' || c == '~' {
		return true
	}
	if !isLetter(t[end+1]) && t[end+1] != '_' {
		return false
	}
	w := end + 1
	for w < len(t) && t[w] > ' ' && w-end < 256 {
		if t[w] == '/' {
			return true
		}
		w++
	}
	return strings.HasSuffix(t[end+1:w], ".git")
}

// idOpen reports whether the address at i is, with the bytes before it
// up to a '<', the id of a message header (see messageIDBefore): ids
// hold bytes no local part does ("<CAF+x7=abc123@mail.gmail.com>").
func idOpen(t string, i int) bool {
	p := i
	for p > 0 && t[p-1] > ' ' && t[p-1] != '<' && t[p-1] != '>' && i-p < 128 {
		p--
	}
	return p > 0 && t[p-1] == '<' && messageIDBefore(t, p-1)
}

// messageIDBefore reports whether the '<' at lt opens an id of a
// Message-ID, In-Reply-To, References or Content-ID header: the header's
// name and ':' before it, past the ids in brackets before it on the
// line ("References: <a.1@mail.example> <b.2@mail.example>"). An id is
// written as an address ("<4481229.1709460764@mail.example>") and names
// a message, not a person.
func messageIDBefore(t string, lt int) bool {
	q := lt
	for ids := 0; ids < 8; ids++ {
		for q > 0 && (t[q-1] == ' ' || t[q-1] == '\t') {
			q--
		}
		if q == 0 || t[q-1] != '>' {
			break
		}
		o := strings.LastIndexByte(t[max(0, q-256):q-1], '<')
		if o < 0 {
			return false
		}
		q = max(0, q-256) + o
	}
	if q == 0 || t[q-1] != ':' {
		return false
	}
	r := q - 1
	for r > 0 && (isLetter(t[r-1]) || t[r-1] == '-') && q-r < 24 {
		r--
	}
	var low [24]byte
	switch string(lowerASCII(low[:0], t[r:q-1])) {
	case "message-id", "in-reply-to", "references", "content-id", "resent-message-id", "x-message-id":
		return true
	}
	return false
}

// scaledImage reports whether the domain after an '@' is a screen scale
// and a file extension: "icon@2x.png", "logo@3x.webp" name image files.
// The extension must end the host: "team@2x.io", "john@2x.example.com"
// are addresses at a host that a scale's shape opens.
func scaledImage(domain string) bool {
	if len(domain) < 6 || !isDigit(domain[0]) || domain[1]|0x20 != 'x' || domain[2] != '.' {
		return false
	}
	ext := domain[3:]
	if len(ext) > 4 {
		return false
	}
	var low [4]byte
	switch string(lowerASCII(low[:0], ext)) {
	case "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "tif", "tiff", "heic", "ico", "avif":
		return true
	}
	return false
}

// atEmail recognizes an address written to dodge harvesters, with "(at)"
// or "[at]" at i for the '@' and '.' or "(dot)"/"[dot]" between the
// labels of the domain: "jane.doe(at)example.com", "jane [at] example
// [dot] com". The spelled-out " at " is too common a word to read so.
func (s *state) atEmail(i int) int {
	t := s.text
	n := len(t)
	if i+4 > n || !bracketWord(t, i, "at") {
		return 0
	}
	// Spaced on both sides or on neither: "see (at)home.com" is no address.
	wb, wa := spaceBefore(t, i), spaceAt(t, i+4)
	if (wb > 0) != (wa > 0) {
		return 0
	}
	p := i - wb
	r := localLabelStart(t, p)
	for r < p && t[r] == '.' {
		r++
	}
	if r == p || t[p-1] == '.' {
		return 0
	}
	// The local part's labels joined by "(dot)" or "[dot]" as its domain's
	// are: "anouk [dot] devries [at] ziggo [dot] nl",
	// "priya(dot)raman(at)protonmail(dot)com" (session 63).
	for steps := 0; steps < 4; steps++ {
		d := r - spaceBefore(t, r)
		if d < 6 || !bracketWord(t, d-5, "dot") {
			break
		}
		e := d - 5
		e -= spaceBefore(t, e)
		l := localLabelStart(t, e)
		if l == e {
			break
		}
		r = l
	}
	q := i + 4 + wa
	labels, end, alpha := 0, 0, false
	for {
		ls := q
		letters := true
		for q < n && (isAlnum(t[q]) || t[q] == '-') {
			letters = letters && isLetter(t[q])
			q++
		}
		if q == ls {
			break
		}
		labels, end, alpha = labels+1, q, letters && q-ls >= 2
		if q+1 < n && t[q] == '.' && isAlnum(t[q+1]) {
			q++
			continue
		}
		d := q + spaceAt(t, q)
		if d+5 <= n && bracketWord(t, d, "dot") {
			d += 5
			d += spaceAt(t, d)
			if d < n && isAlnum(t[d]) {
				q = d
				continue
			}
		}
		break
	}
	if labels < 2 || !alpha || end < n && t[end] == '@' {
		return 0
	}
	s.linkSeen = true
	s.add(cand{start: r, end: end, typ: TypeEmailAddress, rec: "email", score: 0.9, boost: gEmail})
	return end
}

// localLabelStart returns where the bytes of an address's local part
// (no apostrophe: "it's") that end at p start, at most 64 back.
func localLabelStart(t string, p int) int {
	r := p
	for r > 0 && isLocalByte(t[r-1]) && t[r-1] != '\'' && p-r < 64 {
		r--
	}
	return r
}

// spelledEmail recognizes an address spelled out in words, the dot word
// at [ds, de) being the first after the '@' word: "john.doe at example
// dot com", "pierre.dupont AT exemple DOT fr", "j dot smith arroba
// correo punto es". Prose says "look at example dot com" too, so the
// local part must look like a user name (a '.', '_', '-', '+' or digit in
// it, or itself spelled with a dot word) or follow an e-mail word ("my
// email is jdoe at ..."), and the address must end in a common TLD.
func (s *state) spelledEmail(ds, de int) {
	t := s.text
	ls, _ := spacedWordBefore(t, ds)
	if ls < 0 || !isAlnum(t[ls]) {
		return
	}
	as, ae := spacedWordBefore(t, ls)
	// "at proton mail dot com", "at ridgeline dental dot co dot uk": a
	// host's label said as two or three words (session 80).
	for k := 0; k < 2 && as >= 0 && !atWords[string(foldWord(t, as, ae))] && lettersOnly(t[as:ae]) && !sentenceWord(t[as:ae]) && !determinerWord(t[as:ae]); k++ {
		as, ae = spacedWordBefore(t, as)
	}
	if as < 0 || !atWords[string(foldWord(t, as, ae))] {
		return
	}
	le := as - spaceBefore(t, as) // the end of the local part
	start, named := spelledLocal(t, le)
	if start < 0 {
		return
	}
	end := spelledDomain(t, de)
	if end < 0 {
		return
	}
	// After an e-mail word the local part may be a plain word, but not
	// a word of the sentence: "my email is at gmail dot com".
	if !named && (!s.groupWordBefore(start, 24, gEmail) || sentenceWord(t[start:le])) {
		return
	}
	s.linkSeen = true
	s.add(cand{start: start, end: end, typ: TypeEmailAddress, rec: "email", score: 0.9, boost: gEmail})
}

// atHostLocal returns the start of the local part of an address whose
// '@' is spelled as a word before the host at i ("john.smith at
// gmail.com", "j_doe88 arroba correo.es"), or -1. The local part must be
// written as a user name is, or follow an e-mail word, as spelledEmail
// asks: "look at example.com" is no address.
func (s *state) atHostLocal(i int) int {
	t := s.text
	as, ae := spacedWordBefore(t, i)
	if as < 0 || !atWords[string(foldWord(t, as, ae))] {
		return -1
	}
	le := as - spaceBefore(t, as)
	start, named := spelledLocal(t, le)
	if start < 0 || !named && (!s.groupWordBefore(start, 24, gEmail) || sentenceWord(t[start:le])) {
		return -1
	}
	return start
}

// sentenceWord reports whether w, the plain local part of a spelled
// address, is a short word of the sentence around it instead: "is",
// "me", "you". "jo at gmail dot com" keeps its local part.
func sentenceWord(w string) bool {
	if len(w) > 4 {
		return false
	}
	switch string(foldWord(w, 0, len(w))) {
	case "is", "me", "us", "it", "to", "at", "so", "be", "my", "on", "in", "es", "je", "tu", "du",
		"you", "him", "her", "them", "was", "are", "ist", "est", "moi", "mij", "mich", "word":
		return true
	}
	return false
}

// determinerWord reports whether w is an English determiner, which
// prose puts between "at" and a place ("at the office dot com") and no
// host's label said apart starts with.
func determinerWord(w string) bool {
	switch string(foldWord(w, 0, len(w))) {
	case "the", "a", "an", "our", "your", "this", "that", "his", "their":
		return true
	}
	return false
}

// atWords are the words for '@' an address is spelled with.
var atWords = map[string]bool{"at": true, "arroba": true, "arobase": true, "chiocciola": true, "apenstaartje": true, "klammeraffe": true}

// foldWord returns t[i:j] folded as the keyword table folds words, or ""
// when it is longer than any word of atWords.
func foldWord(t string, i, j int) []byte {
	var low [12]byte
	if j-i > len(low) || j <= i {
		return nil
	}
	return foldBytes(low[:0], t[i:j])
}

// spacedWordBefore returns the start and the end of the label (letters,
// digits, '-') that ends one space of any width before p; start is -1
// when there is none.
func spacedWordBefore(t string, p int) (start, end int) {
	w := spaceBefore(t, p)
	if w == 0 || p-w < 1 {
		return -1, 0
	}
	q := p - w
	r := q
	for r > 0 && q-r < 63 && (isAlnum(t[r-1]) || t[r-1] == '-') {
		r--
	}
	if r == q || r > 0 && (isLocalByte(t[r-1]) && t[r-1] != '\'' || t[r-1] >= 0x80 && spaceWidthBefore(t, r) == 0) {
		return -1, 0
	}
	return r, q
}

// spelledLocal returns the start of the local part that ends at p, one
// space of any width before the '@' word, and whether it is written the
// way a user name is: with a '.', '_', '-', '+' or digit, or with a dot
// word between its labels ("john dot doe"). start is -1 when there is
// none.
func spelledLocal(t string, p int) (start int, named bool) {
	if p < 1 || spaceAt(t, p) == 0 {
		return -1, false
	}
	r := localLabelStart(t, p)
	for r < p && t[r] == '.' {
		r++
	}
	if r == p || t[p-1] == '.' || r > 0 && t[r-1] >= 0x80 && spaceWidthBefore(t, r) == 0 {
		return -1, false
	}
	for k := r; k < p; k++ {
		named = named || !isLetter(t[k])
	}
	// "whitfield 82 at ...": a number of up to four digits said apart
	// after a label of letters, the number a user name ends with
	// (session 79).
	if p-r <= 4 && allDigits(t[r:p]) {
		if l, le := spacedWordBefore(t, r); l >= 0 && isLetter(t[l]) && isLetter(t[le-1]) && !atWords[string(foldWord(t, l, le))] && !sentenceWord(t[l:le]) && !localJoinWord(t, l, le) {
			r = l
		}
	}
	// "jenna dot doyle eighty four at ...": the same number read out in
	// up to four number words (session 80).
	if spokenLocalNumber(t, r, p) {
		a := r
		for k := 0; k < 3; k++ {
			l, le := spacedWordBefore(t, a)
			if l < 0 || !spokenLocalNumber(t, l, le) {
				break
			}
			a = l
		}
		if l, le := spacedWordBefore(t, a); l >= 0 && isLetter(t[l]) && isLetter(t[le-1]) && !atWords[string(foldWord(t, l, le))] && !sentenceWord(t[l:le]) && !localJoinWord(t, l, le) {
			r, named = l, true
		}
	}
	// "john dot doe at ...": labels joined by dot words, or by the words
	// for '_' and '-' ("beatriz underscore lima at ...", "claire point
	// dubois tiret martin arobase ...", session 79). A label spelled
	// letter by letter is one label: "j a y e s h underscore p at ...",
	// "m dot k o w a l s k i at ...".
	for {
		r = spelledLetters(t, r)
		d, de := spacedWordBefore(t, r)
		if d < 0 || !localJoinWord(t, d, de) {
			break
		}
		l, _ := spacedWordBefore(t, d)
		if l < 0 {
			break
		}
		r, named = l, true
	}
	// "r vasquez eighty one at ...": an initial a transcript parts from
	// the label it starts; not a word of one letter ("a", "i", Spanish
	// "y", Portuguese "e").
	if l, le := spacedWordBefore(t, r); l >= 0 && le-l == 1 && isLetter(t[l]) && strings.IndexByte("aiyeAIYE", t[l]) < 0 && (l == 0 || t[l-1] == ' ') {
		r = l
	}
	return r, named
}

// spokenLocalNumber reports whether t[i:j], of three letters or more,
// is a number word of spokenWords for a digit, a teen or a tens
// ("four", "eighty", "cuatro"), which a local part read out ends with.
func spokenLocalNumber(t string, i, j int) bool {
	if j-i < 3 || j-i > 9 || !isLetter(t[i]) {
		return false
	}
	var low [9]byte
	sw, ok := spokenWords[string(foldBytes(low[:0], t[i:j]))]
	return ok && (sw.kind == spUnit || sw.kind == spTeen || sw.kind == spTens)
}

// dotWords are the words for '.' an address is spelled with in the chat
// languages.
var dotWords = []string{"dot", "punkt", "point", "punto", "punt", "ponto"}

// spelledLetters returns where a label spelled letter by letter ends at
// r starts: the single letter at r and two or more single letters before
// it, a space apart; else r.
func spelledLetters(t string, r int) int {
	single := func(i int) bool {
		return i < len(t) && isLetter(t[i]) && (i+1 == len(t) || !isAlnum(t[i+1])) && (i == 0 || !isAlnum(t[i-1]))
	}
	if !single(r) {
		return r
	}
	a, k := r, 0
	for a >= 2 && t[a-1] == ' ' && single(a-2) && k < 40 {
		a -= 2
		k++
	}
	if k < 2 {
		return r
	}
	return a
}

// joinWords are the words for '_' and '-' an address's local part is
// spelled with.
var joinWords = []string{"underscore", "dash", "hyphen", "tiret"}

// dotWord reports whether t[i:j] is one of dotWords.
func dotWord(t string, i, j int) bool {
	return foldedWordOf(t[i:j], dotWords)
}

// localJoinWord reports whether t[i:j] joins two labels of a spelled
// local part: a dot word or one of joinWords.
func localJoinWord(t string, i, j int) bool {
	return dotWord(t, i, j) || foldedWordOf(t[i:j], joinWords)
}

// foldedWordOf reports whether w, in any case, is one of the lower-case
// words.
func foldedWordOf(w string, words []string) bool {
	for _, l := range words {
		if equalFoldWord(w, l) {
			return true
		}
	}
	return false
}

// spelledDomain returns the end of the domain labels after the dot word
// ending at de: one or more labels joined by dot words or '.', the last a
// common TLD. -1 when there are none.
func spelledDomain(t string, de int) int {
	n := len(t)
	end := -1
	for p := de; spaceAt(t, p) > 0; {
		ls := p + spaceAt(t, p)
		q := ls
		for q < n && q-ls < 63 && (isAlnum(t[q]) || t[q] == '-' || t[q] == '.' && q+1 < n && isAlnum(t[q+1])) {
			q++
		}
		if q == ls || q < n && (t[q] == '@' || t[q] >= 0x80 && spaceWidth(t, q) == 0) {
			return end
		}
		tld := t[ls:q]
		if k := strings.LastIndexByte(tld, '.'); k >= 0 {
			tld = tld[k+1:]
		}
		if !commonTLD[string(foldWord(tld, 0, len(tld)))] {
			return end
		}
		end = q
		// Another dot word and label: "mail dot example dot co dot uk".
		if sp := spaceAt(t, q); sp > 0 {
			w := q + sp
			for w < n && isLetter(t[w]) {
				w++
			}
			if dotWord(t, q+sp, w) {
				p = w
				continue
			}
		}
		break
	}
	return end
}

// awsKeyNames reports whether a word of the AWS group ends right before
// the value at i, with only a key's joiner between ("SecretAccessKey: ",
// "aws_secret_access_key = ", `"secret": "`): the word names the value,
// as no word before "export:" names what follows it.
func (s *state) awsKeyNames(i int) bool {
	for k := len(s.hits) - 1; k >= 0; k-- {
		h := s.hits[k]
		if h.end > i {
			continue
		}
		if i-h.end > 6 || strings.Trim(s.text[h.end:i], " :=\"'") != "" {
			return false
		}
		return s.e.kw.entries[h.entry].groups&gAWS != 0
	}
	return false
}

// groupWordBefore reports whether a keyword of the groups g ends at most
// within bytes before start ("email" before a spelled address, a birth
// word before a date); the words before start are hits already.
func (s *state) groupWordBefore(start, within int, g uint64) bool {
	for k := len(s.hits) - 1; k >= 0; k-- {
		h := s.hits[k]
		if h.end > start {
			continue
		}
		if h.end < start-within {
			return false
		}
		if s.e.kw.entries[h.entry].groups&g != 0 {
			return true
		}
	}
	return false
}

// bracketWord reports whether t[i:] starts with w, in any case, between
// "()" or "[]": "(at)", "[DOT]".
func bracketWord(t string, i int, w string) bool {
	e := i + len(w) + 1
	if e >= len(t) || !(t[i] == '(' && t[e] == ')' || t[i] == '[' && t[e] == ']') {
		return false
	}
	for k := 0; k < len(w); k++ {
		if t[i+1+k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// letter2 returns 2 if t[k:] starts with a two-byte UTF-8 letter (Latin,
// Greek, Cyrillic, Hebrew, Arabic, ...: lead bytes C3 to DF), a mark that
// joins one or a digit of those scripts, else 0. Their punctuation and
// symbols are none: × and ÷, and the Arabic comma that ends an address
// glued to it ("alaa.rubaie@yahoo.com، بطاقة"). A table (letter2Tab)
// decides, so that letter2 stays inline in the loops that call it.
func letter2(t string, k int) int {
	if k+1 >= len(t) || t[k] < 0xc3 || t[k] > 0xdf || t[k+1]&0xc0 != 0x80 {
		return 0
	}
	return int(letter2Tab[t[k]-0xc3][t[k+1]&0x3f])
}

// letter2Tab holds 2 for each two-byte character from U+00C0 to U+07FF,
// by lead byte (from C3) and continuation's six bits, that is a letter,
// a mark or a digit, and 0 for the others.
var letter2Tab = func() (tab [0xdf - 0xc3 + 1][64]uint8) {
	for c := 0xc3; c <= 0xdf; c++ {
		for d := 0; d < 64; d++ {
			if r := rune(c&0x1f)<<6 | rune(d); unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
				tab[c-0xc3][d] = 2
			}
		}
	}
	return tab
}()

// inUserinfo reports whether i starts the user ("ssh://git@host") or the
// password ("redis://app:S3cret@host") of a URL.
func inUserinfo(t string, i int) bool {
	if i == 0 || t[i-1] != ':' && t[i-1] != '/' {
		return false
	}
	q := i - 1
	if t[q] == ':' {
		for q > 0 && q > i-128 && isLocalByte(t[q-1]) {
			q--
		}
	} else {
		q++
	}
	return q >= 3 && t[q-3:q] == "://"
}

// maxHost is the longest host name (RFC 1035: 253 bytes written out);
// maxToken the longest run tokenAnchor considers a key or token.
const (
	maxHost  = 253
	maxToken = 1024
)

// hostEnd parses a host name of at least two labels at p and returns its
// end, or 0. The last label is a top-level domain: letters, or an IDN
// "xn--" label; bare, it must be on the list of common TLDs. Not bare, a
// label may be written in another script ("почта.рф").
func hostEnd(t string, p int, bare bool) int {
	end, _ := hostParse(t, p, bare)
	return end
}

// hostParse is hostEnd that also says, when it finds no host, how far no
// host of the same kind starts either: miss > p when every position in
// t[p:miss] fails the same way. That holds when the dotted run of labels
// from p is longer than a host name may be (none of its labels starts a
// host, "www." ones included: a run that long is data, not a name; other
// recognizers may still claim parts of it), and when the run, read in
// full, has a single label or a last label that is no TLD: a host
// starting inside it ends in the same last label. Callers remember miss
// so that a run of short labels, each of which starts a word, is read
// once instead of once per label.
func hostParse(t string, p int, bare bool) (end, miss int) {
	n := len(t)
	labels := 0
	lastStart, lastEnd, prevStart, prevEnd := 0, 0, 0, 0
	q := p
	for {
		if q-p > maxHost {
			// Longer than a DNS name may be: find where the run ends.
			for q < n && (isAlnum(t[q]) || t[q] == '-' || t[q] == '.' && q+1 < n && isAlnum(t[q+1])) {
				q++
			}
			return 0, q
		}
		a := q
		for uint(q) < uint(n) && q-a < 63 { // (unsigned: no bounds check of t[q])
			if isAlnum(t[q]) || t[q] == '-' {
				q++
			} else if l := letter2(t, q); l > 0 && !bare {
				q += l // "bücher.de"; the TLD check below keeps it out of the TLD
			} else {
				break
			}
		}
		if q == a || t[a] == '-' || t[q-1] == '-' {
			if labels >= 2 && q == a {
				// trailing dot: the previous label ends the host
				return lastEnd, 0
			}
			return 0, 0
		}
		if q-a == 63 {
			miss = -1 // a label cut short: a later start may read it whole
		}
		labels++
		prevStart, prevEnd = lastStart, lastEnd
		lastStart, lastEnd = a, q
		if q+1 < n && t[q] == '.' && (isAlnum(t[q+1]) || !bare && letter2(t, q+1) > 0) {
			q++
			continue
		}
		break
	}
	// From here on a failure is the run's: no later start in it does
	// better, unless a label was cut short.
	fail := 0
	if miss == 0 {
		fail = lastEnd
	}
	if labels < 2 {
		return 0, fail
	}
	tld := t[lastStart:lastEnd]
	if strings.HasPrefix(tld, "xn--") && len(tld) > 4 {
		return lastEnd, 0
	}
	if !bare && idnTLD(tld) {
		return lastEnd, 0 // "почта.рф"
	}
	if len(tld) < 2 {
		// A sentence typed without its space after the address: "...
		// @gmail.com.i wanna ...". A letter alone ends no host; the
		// label before it does when it is a TLD's.
		if labels >= 3 && isLetter(tld[0]) && lastEnd < n && t[lastEnd] == ' ' {
			if tldBeforeWord(t[prevStart:prevEnd]) {
				return prevEnd, 0
			}
		}
		return 0, fail
	}
	for i := 0; i < len(tld); i++ {
		if !isLetter(tld[i]) {
			// A word with letters beyond ASCII glued after the TLD, the
			// next sentence's: "sabine.klein1@gmx.de.Grüße".
			if !bare && tld[i] >= 0x80 && labels >= 3 && tldBeforeWord(t[prevStart:prevEnd]) {
				return prevEnd, 0
			}
			return 0, fail
		}
	}
	if bare && !commonTLD[tld] {
		return 0, fail
	}
	return lastEnd, 0
}

// wordAfterTLD returns where the host t[h:end] of an e-mail address
// ends when a sentence goes on after it without a space: its last label
// is a word of three letters or more that is no common TLD, after a
// label that is one ("kwabena@telefonica.net.thanks",
// "jcolombo@ziggo.nl.Thank you"). Two letters may be a country's code
// under a TLD's ("mail.gov.tt"), so only longer words, or two letters
// in mixed case ("yahoo.es.Un saludo"), are read so.
func wordAfterTLD(t string, h, end int) int {
	d := strings.LastIndexByte(t[h:end], '.')
	if d < 0 {
		return end
	}
	last := t[h+d+1 : end]
	// Two letters may be a country's code; in mixed case they are a
	// word: "mtorres@yahoo.es.Un saludo".
	if len(last) < 3 && !(len(last) == 2 && isUpperByte(last[0]) && !isUpperByte(last[1])) {
		return end
	}
	p := strings.LastIndexByte(t[h:h+d], '.')
	if p < 0 || commonTLD[strings.ToLower(last)] {
		return end
	}
	if tldBeforeWord(t[h+p+1 : h+d]) {
		return h + d
	}
	return end
}

// tldBeforeWord reports whether the label prev, before a last label that
// may be the next sentence's word glued on, is a TLD that ends the host
// there (hostParse and wordAfterTLD ask it): a common TLD, but "co",
// which is a second level's as often ("hotmail.co.ukan").
func tldBeforeWord(prev string) bool {
	if len(prev) < 2 {
		return false
	}
	prev = strings.ToLower(prev)
	return prev != "co" && commonTLD[prev]
}

// idnTLD reports whether a top-level domain is written in two or more
// letters of a non-Latin script, two bytes each: "рф", "бел", "ελ".
func idnTLD(tld string) bool {
	if len(tld) < 4 {
		return false
	}
	for i := 0; i < len(tld); i += 2 {
		if letter2(tld, i) == 0 || tld[i] < 0xcd {
			return false
		}
	}
	return true
}

var commonTLD = map[string]bool{}

func init() {
	for _, s := range strings.Fields(`com net org edu gov mil int io co ai app dev me info biz name pro mobi tv cc ly gl gg to fm am
eu uk de fr es it nl be ch at se no dk fi pl cz sk ru ua cn jp kr in br au ca us mx ar cl pt ie il nz za sg hk tw gr hu ro bg
hr si rs tr ae sa ir lt lv ee is lu li mt cy uy pe ve ec id my ph th vn pk ng ke eg ma site online shop store tech cloud xyz
club blog news live link page space website world email tel today top vip wiki works
coop museum aero travel agency insurance academy consulting`) {
		commonTLD[s] = true
	}
}

// url recognizes a URL whose host starts at h (after "scheme://") or at
// i for "www." and bare hosts.
func (s *state) url(i, h int, score float64) int {
	t := s.text
	n := len(t)
	end := 0
	if at := userinfoEnd(t, h, false); at > 0 {
		// A token in the user part ("https://ghp_...@github.com") is
		// found on its own and the URL starts at the host; a user and a
		// password stay inside the URL.
		if s.credentials(h, at, 0) {
			i = at + 1
		}
		h = at + 1
	}
	if h < n && t[h] == '[' {
		// IPv6 literal host.
		q := strings.IndexByte(t[h:min(n, h+48)], ']')
		if q < 0 {
			return 0
		}
		end = h + q + 1
	} else {
		end = hostEnd(t, h, false)
		if end <= 0 {
			// localhost, IPv4 hosts
			q := h
			for q < n && (isAlnum(t[q]) || t[q] == '.' || t[q] == '-') {
				q++
			}
			if q == h || !strings.Contains(t[h:q], ".") && !strings.HasPrefix(t[h:q], "localhost") {
				return 0
			}
			end = q
		}
	}
	he := end
	end = urlRest(t, end, connValue(t, i), i > 0 && t[i-1] == ',')
	if slackHook(t, h, he, end) {
		s.add(cand{start: i, end: end, typ: TypeSlackToken, rec: "slack_token", score: 1, boost: gSecret})
		return end
	}
	s.linkSecrets(t[h:he], he, end)
	s.addLink(i, end, score)
	return end
}

// addLink adds the link [i, end) as URL findings around the secrets
// linkSecrets found in it, which are found as themselves: the parts
// before, between and after them stay covered ("?token=<key>&email=
// jane@example.com" keeps its e-mail inside a URL finding).
func (s *state) addLink(i, end int, score float64) {
	t := s.text
	s.linkSeen = true
	from := i
	for k := 0; k+1 < len(s.linkCut); k += 2 {
		a, b := s.linkCut[k], s.linkCut[k+1]
		if a > from && (from == i || linkPiece(t[from:a])) {
			s.add(cand{start: from, end: a, typ: TypeURL, rec: "url", score: score})
		}
		from = max(from, b)
	}
	if end > from && (from == i || linkPiece(t[from:end])) {
		s.add(cand{start: from, end: end, typ: TypeURL, rec: "url", score: score})
	}
}

// linkPiece reports whether the part of a link after a secret holds
// something of its own: a parameter's value ("&email=jane@example.com",
// not "&sig=" before the next secret), or a letter or digit of a path
// or a fragment ("/Messages.json").
func linkPiece(p string) bool {
	if p != "" && (p[0] == '&' || p[0] == ';' || p[0] == '?') {
		if eq := strings.IndexByte(p, '='); eq >= 0 {
			return hasAlnum(p[eq+1:])
		}
	}
	return hasAlnum(p)
}

// hasAlnum reports whether s holds an ASCII letter or digit.
func hasAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if isAlnum(s[i]) {
			return true
		}
	}
	return false
}

// linkSecrets finds the secrets in the path and query [he, end) of a
// link whose host is host, adds them and records their spans in
// s.linkCut, in order: a token with a known prefix that fills a path's
// segment or follows a '=' in it ("/Accounts/AC.../", ".npmrc"'s
// ":_authToken=npm_..."), and the secrets of the query (querySecrets).
func (s *state) linkSecrets(host string, he, end int) {
	t := s.text
	s.linkCut = s.linkCut[:0]
	pe := end
	if q := strings.IndexByte(t[he:end], '?'); q >= 0 {
		pe = he + q
	}
	for p := he; p < pe; {
		// After a '/' or a '='; most segments open with no prefix's
		// first two bytes (secretSeconds), and secret is not called.
		k := p
		for k < pe && t[k] != '/' && t[k] != '=' {
			k++
		}
		if k == pe {
			break
		}
		v := k + 1
		if v+1 < pe && isAlnum(t[v]) && secretOpens(t, v) {
			n, aws := len(s.cands), s.awsKeyEnd
			if e := s.secret(v); e > 0 && e <= pe && (e == pe || t[e] == '/') {
				if len(s.cands) > n { // not when its type is off: then it stays in the link
					s.linkCut = append(s.linkCut, v, e)
				}
				p = e
				continue
			}
			// A token that runs on ("/ghp_....html") is part of the link.
			s.cands, s.awsKeyEnd = s.cands[:n], aws
		}
		p = v
	}
	if pe < end {
		s.querySecrets(host, pe+1, end)
	}
}

// querySecrets looks at the parameters of a query, [p, end): a value
// with a known secret's prefix, or a random value of a parameter that
// names a secret ("token=", "api_key=", "sig=", "password="), is a
// secret. host is the link's host. It adds them and records their spans
// in s.linkCut.
func (s *state) querySecrets(host string, p, end int) {
	t := s.text
	for a := p; a < end; {
		e := a
		for e < end && t[e] != '&' && t[e] != ';' && t[e] != '#' {
			e++
		}
		if eq := strings.IndexByte(t[a:e], '='); eq > 0 && eq < 32 && e-a-eq-1 >= 6 {
			// A secret whose type is off is not added: it stays inside
			// the link.
			if v, n := a+eq+1, len(s.cands); s.queryValue(host, t[a:a+eq], v, e) && len(s.cands) > n {
				s.linkCut = append(s.linkCut, v, e)
			}
		}
		if e < end && t[e] == '#' {
			break
		}
		a = e + 1
	}
}

// queryValue reports whether the value [v, e) of the query parameter
// name is a secret, and adds it. A shared access signature ("sig=") on
// an Azure host is an AZURE_KEY.
func (s *state) queryValue(host, name string, v, e int) bool {
	t := s.text
	if isAlnum(t[v]) {
		n, aws := len(s.cands), s.awsKeyEnd
		if s.secret(v) == e {
			return true
		}
		// A token that runs on ("?ref=sk_live_....x") is part of the link.
		s.cands, s.awsKeyEnd = s.cands[:n], aws
	}
	var low [32]byte
	typ := TypeAPIKey
	switch string(lowerASCII(low[:0], name)) {
	case "password", "passwd", "pwd", "pass":
		typ = TypePassword
	case "sig", "signature":
		if strings.HasSuffix(host, ".windows.net") {
			typ = TypeAzureKey
		}
	case "token", "access_token", "id_token", "refresh_token", "auth_token", "authtoken", "api_key", "apikey",
		"api-key", "key", "secret", "client_secret", "x-amz-signature", "x-amz-security-token", "x-goog-signature":
	default:
		return false
	}
	val := t[v:e]
	if typ == TypePassword {
		if !passwordLike(t, v, e) {
			return false
		}
	} else if e-v < 16 || !randomBody(val) || wordy(val) {
		return false
	}
	// A random value that only its parameter's name calls a secret
	// ("reset-password?token=WAnGgGut4OP5lsxl") stays inside the link
	// when links are found: the link's finding covers it, and people
	// who label links take it whole. With links off it is found alone.
	if typ != TypeAzureKey && s.on(TypeURL) {
		return false
	}
	rec := "api_key"
	switch typ {
	case TypePassword:
		rec = "password"
	case TypeAzureKey:
		rec = "azure_key"
	}
	s.add(cand{start: v, end: e, typ: typ, rec: rec, score: 0.9, boost: gSecret})
	return true
}

// slackHook reports whether the link with the host [h, he) and the end
// end is a Slack incoming webhook ("https://hooks.slack.com/services/
// T.../B.../<secret>"): whoever holds it posts to the channel, so the
// whole link is the secret.
func slackHook(t string, h, he, end int) bool {
	const path = "/services/"
	if t[h:he] != "hooks.slack.com" || !strings.HasPrefix(t[he:end], path) {
		return false
	}
	parts := strings.Split(t[he+len(path):end], "/")
	return len(parts) == 3 && len(parts[0]) >= 8 && len(parts[1]) >= 8 && len(parts[2]) >= 20 && randomBody(parts[2])
}

// userinfoEnd returns the position of the '@' that ends "user:password"
// at h, the credentials of a URL, or 0: after a colon, the last '@'
// before the host's path. raw: the URL is a connection
// string, whose password people paste as they typed it, '#' and '?'
// unescaped ("postgresql://app:Kj8#pL2q@db/shop"); in a link they start
// the fragment and the query.
func userinfoEnd(t string, h int, raw bool) int {
	colon, at := -1, 0
	for q := h; q < len(t) && q-h < 256; q++ {
		switch c := t[q]; {
		case c == '@':
			if q == h {
				return 0
			}
			if colon < 0 {
				return q
			}
			// A password may hold an '@' its writer did not escape
			// ("deploy:P@ssw0rd99@10.0.3.17"): the last one before the
			// path ends the credentials, unless a host stands between
			// ("jdoe:pw@intranet.corp.local,jane.doe@corp.local").
			if at > 0 && strings.ContainsAny(t[at+1:q], ".,;") {
				return at
			}
			at = q
		case c == ':' && colon < 0:
			colon = q
		case raw && at == 0 && (c == '#' || c == '?') && colon >= 0 && !allDigits(t[colon+1:q]):
			// In the password, not after a host's port ("db:5432?x=a@b").
		case raw && at == 0 && colon >= 0 && (c == '^' || c == '|' || c == '{' || c == '}' || c == '`'):
			// Bytes a link escapes, which a generated password holds
			// as typed ("postgres://app:8=Fwfz#^$I1v@db/app").
		case !urlByte(c) || c == '/' || c == '?' || c == '#' || c == '[':
			return at
		}
	}
	return at
}

// credentials looks at the user and password of a URL, [h, at): a token
// with a known prefix in either is a secret; with password above 0, a
// password of two character classes or more is a PASSWORD of that
// score. It reports whether it found a token.
func (s *state) credentials(h, at int, password float64) bool {
	t := s.text
	c := h + strings.IndexByte(t[h:at], ':')
	found, pass := false, false
	// A user that is an e-mail address is one: "curl -u
	// jane.doe@example.com:Hunter22 ...".
	if c > h && strings.IndexByte(t[h:c], '@') > 0 && s.email(h) == c {
		found = true
	}
	for x, p := range [2][2]int{{h, c}, {c + 1, at}} {
		if p[0] < h || p[0] >= p[1] || !isAlnum(t[p[0]]) {
			continue
		}
		if s.secret(p[0]) == p[1] {
			found, pass = true, x == 1
		}
	}
	// A token for the password leaves the user a login: "https://
	// kmensah:ghp_...@github.com" in a remote or git's credentials.
	if pass && c > h && personLogin(t[h:c]) {
		s.add(cand{start: h, end: c, typ: TypeUsername, rec: "username", score: 0.6})
	}
	// A token for the user leaves the password to be read: "-u
	// AC<sid>:<auth token>", "-u sk_live_...:".
	if pass || password == 0 || c < h || at-c-1 < 6 {
		return found
	}
	if passwordLike(t, c+1, at) {
		s.add(cand{start: c + 1, end: at, typ: TypePassword, rec: "password", score: password})
		// The user of a connection string or of "-u user:password" is a
		// person's login as often as a service's ("postgresql://
		// oleksandr:...@db", "mongodb+srv://mkhan:...@cluster0"); the
		// services' names (genericLogin) and tokens name no one.
		if !found && personLogin(t[h:c]) {
			s.add(cand{start: h, end: c, typ: TypeUsername, rec: "username", score: 0.6})
		}
	}
	return found
}

// passwordLike reports whether t[q:v], where a password goes (after
// "-u user:", "-p", "?password="), is one: two kinds of byte at least
// (lower case, upper case, digits, others), and no stand-in
// ("$ADMIN_PASSWORD", "<password>") nor name of the password
// ("your_auth_token").
func passwordLike(t string, q, v int) bool {
	return (kindsOfBytes(t, q, v) >= 2 || randomLower(t[q:v])) && !standIn(t, q, v) && !namesItself(t[q:v]) && !logField(t[q:v])
}

// logField reports whether w is a log's field of a key in lower case and
// a short number or word ("attempts=5", "count=3", "status=locked"),
// which follows "reason=bad_password" in a log line: no password.
func logField(w string) bool {
	eq := strings.IndexByte(w, '=')
	if eq < 3 || len(w)-eq-1 < 1 || len(w)-eq-1 > 12 {
		return false
	}
	for i := 0; i < eq; i++ {
		if c := w[i]; !isLower(c) && c != '_' {
			return false
		}
	}
	v := w[eq+1:]
	if allDigits(v) {
		return true
	}
	for i := 0; i < len(v); i++ {
		if !isLower(v[i]) {
			return false
		}
	}
	return true
}

// randomLower reports whether w, of twelve letters or more, all in lower
// case, holds a run of five consonants, which words of the chat languages
// do not: a generated password of letters alone (an app password of
// Gmail's, "pcovzztjsnoirtgp").
func randomLower(w string) bool {
	if len(w) < 12 || len(w) > 64 {
		return false
	}
	run, most := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return false
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			run = 0
		default:
			run++
			most = max(most, run)
		}
	}
	return most >= 5
}

// kindsOfBytes returns how many kinds of byte t[q:v] holds, of lower case,
// upper case, digits and others.
func kindsOfBytes(t string, q, v int) int {
	var cls uint8
	for i := q; i < v; i++ {
		c := byteClass[t[i]] & (clLower | clUpper | clDigit)
		if c == 0 {
			c = clB64 // a symbol
		}
		cls |= c
	}
	return bits.OnesCount8(cls)
}

// urlRest extends a URL over port, path, query and fragment, and trims
// trailing punctuation that belongs to the sentence. conn: the link is
// a connection string's value, which ends at its next ";Key=" (connValue).
// field: the link follows a comma glued to it, a field of a row of CSV,
// which ends at the next comma ("...,GET,https://api.x.de/v1/users/me,503,7").
func urlRest(t string, end int, conn, field bool) int {
	n := len(t)
	if end < n && (t[end] == ':' || t[end] == '/' || t[end] == '?' || t[end] == '#') {
		// A ']' that no '[' of the path opens closes what wraps the
		// link: "[https://x.io/a](https://x.io/a)", a link of Markdown
		// written as its own text ("?filter[name]=x" keeps its pair).
		q, open := end, 0
		for q < n && urlByte(t[q]) && q-end < 2048 && !(conn && t[q] == ';' && connKeyAt(t, q+1)) && !(field && t[q] == ',') {
			if t[q] == '[' {
				open++
			} else if t[q] == ']' {
				if open == 0 {
					break
				}
				open--
			}
			q++
		}
		// Trim sentence punctuation and unbalanced closers.
		for q > end {
			c := t[q-1]
			if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '"' {
				q--
				continue
			}
			if c == ')' && strings.Count(t[end:q], "(") < strings.Count(t[end:q], ")") {
				q--
				continue
			}
			break
		}
		end = q
	}
	return end
}

// connValue reports whether the link at i is the value of a connection
// string's key ("Endpoint=sb://...", "BlobEndpoint=https://..."), whose
// next pair a ';' opens (see connKeyAt); a link elsewhere keeps its
// ";Key=" parameters ("/cart;JSESSIONID=...").
func connValue(t string, i int) bool {
	if i >= 3 && t[i-3:i] == "://" {
		// A host after a scheme the scanner reads as a bare host
		// ("sb://bus.servicebus.windows.net").
		for i -= 3; i > 0 && isLetter(t[i-1]); i-- {
		}
	}
	if i < 3 || t[i-1] != '=' {
		return false
	}
	k := i - 1
	for k > 0 && i-1-k < 32 && isAlnum(t[k-1]) {
		k--
	}
	return connKeyAt(t, k)
}

// connKeyAt reports whether a connection string's next "Key=" starts at p,
// after a ';' that ends a link there ("Endpoint=sb://bus.example.net/;
// SharedAccessKey=..."): a word in CamelCase, as those keys are written,
// and '='.
func connKeyAt(t string, p int) bool {
	if p >= len(t) || t[p] < 'A' || t[p] > 'Z' {
		return false
	}
	q := p + 1
	for q < len(t) && isAlnum(t[q]) && q-p < 32 {
		q++
	}
	return q < len(t) && t[q] == '=' && q-p >= 2
}

// filePosition reports whether t[p:] starts with ":line:column".
func filePosition(t string, p int) bool {
	for k := 0; k < 2; k++ {
		if p+1 >= len(t) || t[p] != ':' || !isDigit(t[p+1]) {
			return false
		}
		q := p + 1
		for q < len(t) && isDigit(t[q]) && q-p < 7 {
			q++
		}
		p = q
	}
	return p >= len(t) || !isAlnum(t[p]) && t[p] != ':'
}

func urlByte(c byte) bool {
	return c > ' ' && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '`' && c != '{' && c != '}' && c != '|' && c != '\\' && c != '^'
}

// bareHost recognizes "www.example.com/..." and "example.com/path".
func (s *state) bareHost(i int) int {
	t := s.text
	www := len(t)-i > 4 && strings.EqualFold(t[i:i+4], "www.")
	if i < s.hostMiss && (!www || s.hostLong) {
		return 0 // inside a run of labels already read (see hostParse)
	}
	bare := !www
	end, miss := hostParse(t, i, true)
	if miss > i {
		s.hostMiss, s.hostLong = miss, miss-i > maxHost
	}
	if www && end <= 0 {
		// "www.example.shop": any alphabetic TLD after www and a name.
		if e := hostEnd(t, i, false); e > 0 && strings.Count(t[i:e], ".") >= 2 {
			end = e
		}
	}
	if end <= 0 {
		return 0
	}
	if end < len(t) && (t[end] == '@' || isAlnum(t[end])) {
		return 0
	}
	// The domain of an e-mail address whose local part is masked
	// ("s***@outlook.com"), or its masked domain's end ("y***.co.uk"):
	// the address's, no link; the host is passed over whole. A port or a
	// path after it makes a user's link ("app@db.internal:5432/prod").
	if bare && (i > 0 && t[i-1] == '@' || i > 1 && t[i-1] == '.' && maskedBefore(t, i-1)) && (end == len(t) || t[end] != ':' && t[end] != '/') {
		return end // "ro***@y***.co.uk"
	}
	// "main.rs:42:37", "setup.py:12:5": a source file at a line and
	// column, which a host with a port never has.
	if bare && filePosition(t, end) {
		return 0
	}
	// A dotted identifier such as "os.path" or "System.out" is code, not a
	// host; the TLD list already rules most of them out.
	he := end
	// "john.smith at gmail.com": an address with its '@' spelled and its
	// domain's dots typed (spelledEmail reads the dots spelled too).
	if bare && (he == len(t) || t[he] != '/' && t[he] != ':') {
		if st := s.atHostLocal(i); st >= 0 {
			s.linkSeen = true
			s.add(cand{start: st, end: he, typ: TypeEmailAddress, rec: "email", score: 0.9, boost: gEmail})
			return he
		}
	}
	end = urlRest(t, end, connValue(t, i), i > 0 && t[i-1] == ',')
	score := 0.5
	if !bare {
		score = 0.6
	}
	s.linkSecrets(t[i:he], he, end)
	s.addLink(i, end, score)
	return end
}

// secretFormat is one token format with a literal prefix.
type secretFormat struct {
	prefix string
	typ    string
	min    int    // minimum length of the body after the prefix
	max    int    // maximum length of the body, 0: unbounded
	body   string // "alnum", "b64url" (alnum _ -), "upper" (A-Z 0-9), "hex"
	score  float64
}

// secretPrefix is a secretFormat with what a match needs of it set once,
// so that the scan looks up no map: the bytes of its body (bodyByte), and
// the recognizer's name, the type in lower case.
type secretPrefix struct {
	secretFormat
	bytes *[256]bool
	set   uint8 // the index of bytes among the bodies' sets (see secretRun)
	rec   string
}

// secretSets counts the sets of body bytes, one per secretFormat.body.
const secretSets = 9

// secretRun is the last run of one set's body bytes that secret
// measured, [from, to), and the last three dots before dotsEnd in it.
// Every word start in a run of body bytes may start a prefix ("eyJ1.eyJ1.
// ...", "sk-sk-..."): each reads the run's end and its dots from here
// rather than from the text, so that the run is read once.
type secretRun struct {
	text     uint64 // the state's textNo when the run was measured
	from, to int
	dotsEnd  int
	dots     [3]int // the last dot, the one before it, ...; -1: none
	// [plainFrom, plainTo) holds no digit and letters of one case only,
	// its classes plainCls (see unmixed).
	plainFrom, plainTo int
	plainCls           uint8
	// undashed is the run's end without its trailing '-' bytes, or -1
	// until a dashed body needs it ("xoxb-xoxb-...----").
	undashed int
}

// unmixed reports whether the run's bytes [b, e) are known to hold no
// digit and letters of one case only, which randomBody rejects: the
// bytes found so are remembered, so that the prefixes of a run of words
// ("sk-sk-...", "xoxb-xoxb-...") read each byte once, not the next
// secretSample bytes each.
func (r *secretRun) unmixed(t string, b, e int) bool {
	if b < r.plainFrom || b > r.plainTo {
		r.plainFrom, r.plainTo, r.plainCls = b, b, 0
	}
	for ; r.plainTo < e; r.plainTo++ {
		if r.plainCls |= byteClass[t[r.plainTo]]; mixedClasses(r.plainCls) {
			r.plainFrom, r.plainTo = 1, 0 // nothing known
			return false
		}
	}
	return true
}

// secretSample bounds the bytes of a body that randomBody weighs: the
// first 256 bytes of a random body are random, those of words in kebab or
// snake case are words, and 256 bytes measure entropy as well as more.
// Without the bound, each prefix in a long run of body bytes would weigh
// the rest of the run again.
const secretSample = 256

// secretPrefixes is dispatched on the first byte of a word.
var secretPrefixes = [256][]secretPrefix{}

// secretSeconds holds, per first byte, the second bytes of the prefixes
// that start with it, as bits: most words before a '.' or a '-' ("soon.",
// "status-") start like no prefix, which one test tells.
var secretSeconds [256][4]uint64

func init() {
	bodySets := map[string]*[256]bool{}
	setIndex := map[string]uint8{}
	for _, p := range []secretFormat{
		{"AKIA", TypeAWSAccessKey, 16, 16, "upper", 1},
		{"ASIA", TypeAWSAccessKey, 16, 16, "upper", 1},
		{"AGPA", TypeAWSAccessKey, 16, 16, "upper", 1},
		{"AIDA", TypeAWSAccessKey, 16, 16, "upper", 1},
		{"AROA", TypeAWSAccessKey, 16, 16, "upper", 1},
		{"AIPA", TypeAWSAccessKey, 16, 16, "upper", 1},
		{"ANPA", TypeAWSAccessKey, 16, 16, "upper", 1},
		{"ANVA", TypeAWSAccessKey, 16, 16, "upper", 1},
		{"ABIA", TypeAWSAccessKey, 16, 16, "upper", 1},
		{"ACCA", TypeAWSAccessKey, 16, 16, "upper", 1},
		{"AIza", TypeGCPAPIKey, 35, 35, "b64url", 1},
		{"ghp_", TypeGitHubToken, 36, 40, "alnum", 1},
		{"gho_", TypeGitHubToken, 36, 40, "alnum", 1},
		{"ghu_", TypeGitHubToken, 36, 40, "alnum", 1},
		{"ghs_", TypeGitHubToken, 36, 40, "alnum", 1},
		{"ghr_", TypeGitHubToken, 36, 76, "alnum", 1},
		{"github_pat_", TypeGitHubToken, 50, 100, "word", 1},
		{"glpat-", TypeGitLabToken, 20, 64, "b64url", 1},
		{"glptt-", TypeGitLabToken, 20, 64, "b64url", 1},
		{"gldt-", TypeGitLabToken, 20, 64, "b64url", 1},
		{"xoxb-", TypeSlackToken, 20, 0, "dash", 1},
		{"xoxp-", TypeSlackToken, 20, 0, "dash", 1},
		{"xoxa-", TypeSlackToken, 20, 0, "dash", 1},
		{"xoxo-", TypeSlackToken, 20, 0, "dash", 1},
		{"xoxr-", TypeSlackToken, 20, 0, "dash", 1},
		{"xoxs-", TypeSlackToken, 20, 0, "dash", 1},
		{"xapp-", TypeSlackToken, 20, 0, "dash", 1},
		{"sk_live_", TypeStripeKey, 16, 0, "alnum", 1},
		{"sk_test_", TypeStripeKey, 16, 0, "alnum", 1},
		{"rk_live_", TypeStripeKey, 16, 0, "alnum", 1},
		{"rk_test_", TypeStripeKey, 16, 0, "alnum", 1},
		{"pk_live_", TypeStripeKey, 16, 0, "alnum", 0.8},
		{"pk_test_", TypeStripeKey, 16, 0, "alnum", 0.6},
		{"whsec_", TypeStripeKey, 24, 0, "alnum", 1},
		{"sk-ant-", TypeAnthropicKey, 32, 0, "b64url", 1},
		{"sk-proj-", TypeOpenAIKey, 32, 0, "b64url", 1},
		{"sk-svcacct-", TypeOpenAIKey, 32, 0, "b64url", 1},
		{"sk-admin-", TypeOpenAIKey, 32, 0, "b64url", 1},
		{"sk-", TypeOpenAIKey, 32, 0, "b64url", 0.9},
		{"SG.", TypeSendGridKey, 60, 80, "twopart", 1},
		{"SK", TypeTwilioKey, 32, 32, "hex", 0.9},
		{"AC", TypeTwilioKey, 32, 32, "hex", 0.7},
		{"eyJ", TypeJWT, 20, 0, "jwt", 0.95},
		// Other vendors' tokens, named by their prefixes: npm, Hugging
		// Face, PyPI, DigitalOcean, Shopify, Linear, HashiCorp Vault,
		// RubyGems, Databricks.
		{"npm_", TypeAPIKey, 36, 36, "alnum", 1},
		{"hf_", TypeAPIKey, 30, 40, "alnum", 1},
		{"pypi-AgEIcHlwaS5vcmc", TypeAPIKey, 50, 0, "b64url", 1},
		{"dop_v1_", TypeAPIKey, 64, 64, "hex", 1},
		{"doo_v1_", TypeAPIKey, 64, 64, "hex", 1},
		{"dor_v1_", TypeAPIKey, 64, 64, "hex", 1},
		{"shpat_", TypeAPIKey, 32, 32, "hex", 1},
		{"shpca_", TypeAPIKey, 32, 32, "hex", 1},
		{"shppa_", TypeAPIKey, 32, 32, "hex", 1},
		{"shpss_", TypeAPIKey, 32, 32, "hex", 1},
		{"lin_api_", TypeAPIKey, 40, 40, "alnum", 1},
		{"hvs.", TypeAPIKey, 24, 0, "b64url", 1},
		{"rubygems_", TypeAPIKey, 48, 48, "hex", 1},
		{"dapi", TypeAPIKey, 32, 32, "hex", 1},
		// More vendors whose documented key formats open with a prefix
		// of their own, so that a key pasted without a word such as
		// "token" is found: Mailgun, Postman, Square, Notion, Groq,
		// Replicate, Perplexity, xAI, Grafana, Sentry, Supabase,
		// Tailscale, PlanetScale, Atlassian, Doppler, New Relic, Figma,
		// Heroku, Shippo, Contentful, GitLab runners and age.
		{"key-", TypeAPIKey, 32, 32, "hex", 1},
		{"PMAK-", TypeAPIKey, 59, 59, "dash", 1},
		{"sq0atp-", TypeAPIKey, 22, 22, "b64url", 1},
		{"sq0csp-", TypeAPIKey, 43, 43, "b64url", 1},
		{"EAAA", TypeAPIKey, 60, 60, "b64url", 1},
		{"secret_", TypeAPIKey, 43, 43, "alnum", 1},
		{"ntn_", TypeAPIKey, 40, 50, "alnum", 1},
		{"gsk_", TypeAPIKey, 52, 52, "alnum", 1},
		{"r8_", TypeAPIKey, 37, 37, "alnum", 1},
		{"pplx-", TypeAPIKey, 48, 48, "alnum", 1},
		{"xai-", TypeAPIKey, 80, 80, "alnum", 1},
		{"glsa_", TypeAPIKey, 41, 41, "word", 1},
		{"glc_", TypeAPIKey, 32, 0, "b64", 1},
		{"sntrys_", TypeAPIKey, 50, 0, "b64", 1},
		{"sntryu_", TypeAPIKey, 64, 64, "hex", 1},
		{"sbp_", TypeAPIKey, 40, 40, "hex", 1},
		{"tskey-", TypeAPIKey, 30, 0, "b64url", 1},
		{"pscale_tkn_", TypeAPIKey, 43, 43, "word", 1},
		{"pscale_pw_", TypeAPIKey, 43, 43, "word", 1},
		{"ATATT3", TypeAPIKey, 150, 0, "b64url", 1},
		{"dp.pt.", TypeAPIKey, 40, 44, "alnum", 1},
		{"dp.st.", TypeAPIKey, 40, 44, "alnum", 1},
		{"dp.ct.", TypeAPIKey, 40, 44, "alnum", 1},
		{"dp.sa.", TypeAPIKey, 40, 44, "alnum", 1},
		{"NRAK-", TypeAPIKey, 27, 27, "upper", 1},
		{"figd_", TypeAPIKey, 40, 40, "b64url", 1},
		{"HRKU-", TypeAPIKey, 50, 70, "b64url", 1},
		{"shippo_live_", TypeAPIKey, 40, 40, "hex", 1},
		{"shippo_test_", TypeAPIKey, 40, 40, "hex", 1},
		{"CFPAT-", TypeAPIKey, 43, 43, "b64url", 1},
		{"glrt-", TypeGitLabToken, 20, 64, "b64url", 1},
		{"AGE-SECRET-KEY-1", TypeAPIKey, 58, 58, "upper", 1},
		// Docker Hub's personal access tokens.
		{"dckr_pat_", TypeAPIKey, 27, 27, "b64url", 1},
		// Mapbox's secret and temporary tokens: a JWT's payload and
		// signature after "sk." or "tk."; the payload's JSON opens
		// "eyJ". Its public "pk." tokens are meant to be published.
		{"sk.eyJ", TypeAPIKey, 40, 0, "twopart", 1},
		{"tk.eyJ", TypeAPIKey, 40, 0, "twopart", 1},
		// The payment gateways of Southeast Asia, India and Africa:
		// Xendit's secret keys, Razorpay's key ids (published in a
		// checkout page, as Stripe's "pk_"), Midtrans's server keys,
		// Flutterwave's secret keys.
		{"xnd_production_", TypeAPIKey, 40, 0, "alnum", 1},
		{"xnd_development_", TypeAPIKey, 40, 0, "alnum", 1},
		{"rzp_live_", TypeAPIKey, 14, 14, "alnum", 0.8},
		{"rzp_test_", TypeAPIKey, 14, 14, "alnum", 0.6},
		{"Mid-server-", TypeAPIKey, 24, 24, "b64url", 1},
		{"SB-Mid-server-", TypeAPIKey, 24, 24, "b64url", 1},
		{"FLWSECK-", TypeAPIKey, 32, 32, "hex", 1},
		{"FLWSECK_TEST-", TypeAPIKey, 32, 32, "hex", 1},
	} {
		if bodySets[p.body] == nil {
			set := new([256]bool)
			for c := range set {
				set[c] = bodyByte(p.body, byte(c))
			}
			bodySets[p.body] = set
			setIndex[p.body] = uint8(len(setIndex))
		}
		sp := secretPrefix{p, bodySets[p.body], setIndex[p.body], strings.ToLower(p.typ)}
		secretPrefixes[p.prefix[0]] = append(secretPrefixes[p.prefix[0]], sp)
		c := p.prefix[1] // every prefix has two bytes or more
		secretSeconds[p.prefix[0]][c>>6] |= 1 << (c & 63)
	}
	if len(setIndex) != secretSets {
		panic("redact: secretSets is not the number of body sets")
	}
}

func bodyByte(kind string, c byte) bool {
	switch kind {
	case "upper":
		return c >= 'A' && c <= 'Z' || isDigit(c)
	case "alnum":
		return isAlnum(c)
	case "word":
		return isAlnum(c) || c == '_'
	case "hex":
		return c >= 'a' && c <= 'f' || isDigit(c)
	case "dash":
		return isAlnum(c) || c == '-'
	case "b64url":
		return isAlnum(c) || c == '_' || c == '-'
	case "b64":
		// Standard base64 with its padding, and the '_' and '-' that
		// join its parts in some tokens (Sentry's "sntrys_<base64>_<base64>").
		return isAlnum(c) || c == '+' || c == '/' || c == '=' || c == '_' || c == '-'
	case "jwt", "twopart":
		// "twopart": two runs of URL-safe base64 joined by one dot, as
		// SendGrid's and Mapbox's tokens are.
		return isAlnum(c) || c == '_' || c == '-' || c == '.'
	}
	return false
}

// liveKeyAt reads a service's live key at the token [i, k) of letters,
// digits and '_' that no literal prefix of the table opens:
// "<prefix>_live_<body>", the prefix two to eight lower-case letters and
// digits ("ivx_live_9Tq4KpZr2WmX7bNc8LdA3fYe", "mkp_live_..."), the body
// 16 to 100 letters and digits of all three kinds, and the token its
// word's whole ('-' or '.' after it go on to something else). Test keys
// ("_test_") are none, and so is a masked body ("fg_live_****7Qx2").
// It returns the key's end, or 0.
func (s *state) liveKeyAt(i, k int) int {
	t := s.text
	u := strings.Index(t[i:min(k, i+15)], "_live_")
	if u < 2 || u > 8 || k < len(t) && (t[k] == '-' || t[k] == '.' && k+1 < len(t) && isAlnum(t[k+1]) || t[k] >= 0x80) {
		return 0
	}
	for _, c := range []byte(t[i : i+u]) {
		if !isLower(c) && !isDigit(c) {
			return 0
		}
	}
	b := i + u + 6
	if n := k - b; n < 16 || n > 100 || strings.IndexByte(t[b:k], '_') >= 0 || kindsOfBytes(t, b, k) < 3 || !s.on(TypeAPIKey) {
		return 0
	}
	s.add(cand{start: i, end: k, typ: TypeAPIKey, rec: "api_key", score: 0.8})
	return k
}

// secret matches the token at i against the literal prefixes for its
// first byte, then checks the body's alphabet and length, and returns the
// token's end, or 0.
func (s *state) secret(i int) int {
	t := s.text
	n := len(t)
	if i+1 >= n || !secretOpens(t, i) {
		return 0
	}
	ps := secretPrefixes[t[i]]
	for x := range ps {
		p := &ps[x]
		if !strings.HasPrefix(t[i:], p.prefix) {
			continue
		}
		// An access key stands for the AWS word before a secret key:
		// it is read when either type is on.
		if !s.on(p.typ) && !(p.typ == TypeAWSAccessKey && s.on(TypeAWSSecretKey)) {
			continue
		}
		b := i + len(p.prefix)
		run := &s.secretRuns[p.set]
		if run.text != s.textNo || b < run.from || b > run.to {
			q := b
			body := p.bytes
			for uint(q) < uint(n) && body[t[q]] { // (unsigned: no bounds check)
				q++
			}
			run.text, run.from, run.to, run.dotsEnd = s.textNo, b, q, -1
			run.plainFrom, run.plainTo, run.undashed = 1, 0, -1
		}
		q := run.to
		if p.body == "dash" {
			if run.undashed < 0 {
				u := run.to
				for u > run.from && t[u-1] == '-' {
					u--
				}
				run.undashed = u
			}
			q = max(b, run.undashed)
		}
		// A full stop after a dotted token ends the sentence.
		if (p.body == "jwt" || p.body == "twopart") && q > b && t[q-1] == '.' {
			q--
		}
		l := q - b
		end := q // the token's end: past its rest on the next line when wrapped
		if w := wrappedRest(t, q, p, l); w > 0 {
			end = w
		} else if l < p.min || p.max > 0 && l > p.max || q < n && isAlnum(t[q]) {
			continue
		}
		switch p.body {
		case "jwt":
			if run.dotsBefore(t, q, b) != 2 || !jwtShape(t, i, run.dots[1], run.dots[0]) {
				continue
			}
		case "twopart":
			if run.dotsBefore(t, q, b) != 1 {
				continue
			}
		}
		if p.min >= 16 && p.body != "hex" && p.body != "upper" {
			// A real token mixes character classes; "sk-aaaaaaaa..." is
			// not one, nor are words in kebab or snake case ("glrt-fix-
			// the-login-redirect-bug", "tskey-rotation-for-the-new-
			// nodes"), whose letters are many enough for the entropy
			// test: a random body of this length has a digit or both
			// cases.
			if e := min(q, b+secretSample); run.unmixed(t, b, e) || !randomBody(t[b:e]) {
				continue
			}
		}
		if p.typ == TypeAWSAccessKey {
			s.awsKeyEnd = end
		}
		s.add(cand{start: i, end: end, typ: p.typ, rec: p.rec, score: p.score, boost: gSecret})
		if p.typ == TypeTwilioKey && t[i+1] == 'C' {
			s.twilioTokenAfter(end)
		}
		return end
	}
	return 0
}

// wrappedRest returns the end of a prefixed token's rest on the next
// line, where a terminal or a mail wrapped the token that ends its line
// at q after l bytes of body ("ghp_KZ29e9kq74RSep7dA2\nQ3nsddgL3RI84SQotN",
// session 57), or 0. The next line must hold the rest alone: body bytes
// up to the line's end or a space. A token of one length must come to
// it exactly; one of lengths in a range must come into the range with a
// rest of eight bytes or more that reads as random and that no prefix
// of its own opens ("sk_live_...\npk_live_..." are
// two keys). JWTs and two-part tokens, whose dots say where they end,
// are not joined.
func wrappedRest(t string, q int, p *secretPrefix, l int) int {
	n := len(t)
	if q >= n || l < 8 || p.body == "jwt" || p.body == "twopart" {
		return 0
	}
	r := q
	if t[r] == '\r' {
		r++
	}
	if r >= n || t[r] != '\n' {
		return 0
	}
	r++
	e := r
	for e < n && p.bytes[t[e]] {
		e++
	}
	rest := e - r
	if rest == 0 || e < n && t[e] != '\n' && t[e] != '\r' && t[e] != ' ' {
		return 0
	}
	total := l + rest
	if total < p.min || p.max > 0 && total > p.max {
		return 0
	}
	if p.min != p.max {
		if rest < 8 || !randomBody(t[r:e]) {
			return 0
		}
		for _, o := range secretPrefixes[t[r]] {
			if strings.HasPrefix(t[r:e], o.prefix) {
				return 0
			}
		}
	}
	return e
}

// twilioTokenAfter reads the auth token that Twilio's clients take
// after the account's SID, whose string literal ends at q:
// Client("AC...", "<32 hex digits>"), as Twilio's own examples write it,
// the arguments on one line or on lines of their own.
func (s *state) twilioTokenAfter(q int) {
	t := s.text
	if q >= len(t) || t[q] != '"' && t[q] != '\'' {
		return
	}
	k := skipWhite(t, q+1)
	if k >= len(t) || t[k] != ',' {
		return
	}
	k = skipWhite(t, k+1)
	if k+34 > len(t) || t[k] != '"' && t[k] != '\'' || t[k+33] != t[k] || !allHex(t[k+1:k+33]) {
		return
	}
	s.add(cand{start: k + 1, end: k + 33, typ: TypeTwilioKey, rec: "twilio_key", score: 0.7, boost: gSecret})
}

// publicKeyBody reports whether the token at i is published data: the
// body of an OpenSSH public key after its type ("ssh-ed25519 AAAAC3...
// deploy@build-01") or a key's fingerprint after its digest's name
// ("SHA256:pqBFkW1w...", as ssh-keygen -l prints it).
func publicKeyBody(t string, i int) bool {
	// From the start of the run of base64 that holds i: the scan tries
	// each word in it ("...viuIdSdXV/X4Sej0oqz7...").
	for i > 0 && (isAlnum(t[i-1]) || t[i-1] == '+' || t[i-1] == '/') {
		i--
	}
	if i >= 7 && (t[i-7:i] == "SHA256:" || t[i-4:i] == "MD5:") {
		// A key's fingerprint, as a word before it says; a password's
		// hash written the same way is a secret ("password hash
		// SHA256:...").
		return fingerprintWordBefore(t, i)
	}
	if i < 8 || t[i-1] != ' ' {
		return false
	}
	p := i - 1
	for p > 0 && t[p-1] != ' ' && t[p-1] != '\n' && i-p < 40 {
		p--
	}
	w := t[p : i-1]
	return strings.HasPrefix(w, "ssh-") || strings.HasPrefix(w, "ecdsa-sha2-") || strings.HasPrefix(w, "sk-ssh-") || strings.HasPrefix(w, "sk-ecdsa-")
}

// fingerprintWordBefore reports whether a word for a key's fingerprint
// or a host key stands within 64 bytes before i: "Host key fingerprint
// is SHA256:...", "$ ssh-keygen -lf key.pub\n256 SHA256:...".
func fingerprintWordBefore(t string, i int) bool {
	var low [64]byte
	w := string(lowerASCII(low[:0], t[max(0, i-64):i]))
	for _, k := range [...]string{"fingerprint", "host key", "hostkey", "ssh", "fingerabdruck", "empreinte", "huella", "impronta", "vingerafdruk", "impressão digital"} {
		if strings.Contains(w, k) {
			return true
		}
	}
	return false
}

// jwtHeaderOnly reports whether tok is the header of a JSON Web Token
// alone, base64url of a JSON object of the header's fields ("alg",
// "typ", "kid"): it names an algorithm and a key and carries no claim
// and no signature ("The token header is eyJhbGciOiJIUzUxMiJ9").
func jwtHeaderOnly(tok string) bool {
	if !strings.HasPrefix(tok, "eyJ") || len(tok) > 400 || strings.IndexByte(tok, '.') >= 0 {
		return false
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(tok, "="))
	if err != nil {
		return false
	}
	var h map[string]any
	if json.Unmarshal(raw, &h) != nil || h["alg"] == nil {
		return false
	}
	for k := range h {
		switch k {
		case "alg", "typ", "kid", "cty", "x5t", "x5t#S256", "jku", "crit", "zip", "enc":
		default:
			return false
		}
	}
	return true
}

// secretOpens reports whether the two bytes at i, i+1 < len(t), open
// some known secret's prefix (secretSeconds).
func secretOpens(t string, i int) bool {
	return secretSeconds[t[i]][t[i+1]>>6]&(1<<(t[i+1]&63)) != 0
}

// b64urlRun returns the end of the run of URL-safe base64 bytes from p.
func b64urlRun(t string, p int) int {
	for p < len(t) && (isAlnum(t[p]) || t[p] == '_' || t[p] == '-') {
		p++
	}
	return p
}

// randomBody reports whether a token's body looks drawn at random, as the
// bodies of prefixed secrets must (see secret): three bits a byte or more,
// and a digit or letters of both cases (mixedClasses), which words in
// kebab or snake case lack ("glrt-fix-the-login-redirect-bug").
func randomBody(s string) bool {
	var cls uint8
	for i := 0; i < len(s); i++ {
		if cls |= byteClass[s[i]]; mixedClasses(cls) {
			return entropyAtLeast(s, 3)
		}
	}
	return false
}

// mixedClasses reports whether the byte classes cls (see byteClass) hold
// a digit or letters of both cases, as a random body of sixteen bytes or
// more all but always does.
func mixedClasses(cls uint8) bool {
	return cls&clDigit != 0 || cls&(clUpper|clLower) == clUpper|clLower
}

// classesOf returns the byte classes of s (see byteClass) and whether one
// of its bytes is no letter, digit or part of a multi-byte character, as
// byteStats.classes does for a window, without counting the bytes.
func classesOf(s string) (cls uint8, sym bool) {
	for i := 0; i < len(s); i++ {
		c := byteClass[s[i]]
		cls |= c
		sym = sym || c&(clLower|clUpper|clDigit|clHigh) == 0
	}
	return cls, sym
}

// telegramToken matches a Telegram bot token at the digits [i, j): the
// bot's id of 8 to 10 digits, a colon and 35 bytes of URL-safe base64
// that begin with 'A'. The format has no prefix, so the body's length is
// exact and its bytes must look random: "12345678:abc", times and log
// stamps are no token. Its letters are of both cases and it holds a
// digit, '-' or '_', as 35 random bytes of base64 all but surely do, so
// that neither a hex digest nor a CamelCase name after a Unix time is
// one.
func (s *state) telegramToken(i, j int) int {
	t := s.text
	q := b64urlRun(t, j+1)
	if q-j-1 != 35 || t[j+1] != 'A' || q < len(t) && t[q] == '.' && q+1 < len(t) && isAlnum(t[q+1]) || !randomBody(t[j+1:q]) || !s.on(TypeAPIKey) {
		return 0
	}
	if cls, sym := classesOf(t[j+1 : q]); cls&(clUpper|clLower) != clUpper|clLower || cls&clDigit == 0 && !sym {
		return 0 // both cases, and a digit, '-' or '_'
	}
	s.add(cand{start: i, end: q, typ: TypeAPIKey, rec: "api_key", score: 1, boost: gSecret})
	return q
}

// discordToken matches a Discord bot token whose first part is the word
// [i, k): the bot's decimal id in URL-safe base64 (17 to 20 digits, 23 to
// 27 bytes), a dot, a timestamp of 6 or 7 bytes, a dot and a signature of
// 27 to 38 bytes. No other dotted word has a first part that decodes to
// digits, which is what tells the token from a host or a code path.
func (s *state) discordToken(i, k int) int {
	t := s.text
	if k-i < 23 || k-i > 27 || !b64Decimal(t[i:k]) {
		return 0
	}
	m := b64urlRun(t, k+1)
	if m-k-1 < 6 || m-k-1 > 7 || m >= len(t) || t[m] != '.' {
		return 0
	}
	q := b64urlRun(t, m+1)
	if q-m-1 < 27 || q-m-1 > 38 || !s.on(TypeAPIKey) {
		return 0
	}
	if cls, _ := classesOf(t[m+1 : q]); !mixedClasses(cls) {
		return 0
	}
	s.add(cand{start: i, end: q, typ: TypeAPIKey, rec: "api_key", score: 1, boost: gSecret})
	return q
}

// b64Decimal reports whether s, URL-safe base64 without padding, decodes
// to ASCII digits only, the first not '0', with no bits left over.
func b64Decimal(s string) bool {
	if len(s)%4 == 1 {
		return false
	}
	var acc uint
	bits, digits := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var v byte
		switch {
		case c >= 'A' && c <= 'Z':
			v = c - 'A'
		case c >= 'a' && c <= 'z':
			v = c - 'a' + 26
		case isDigit(c):
			v = c - '0' + 52
		case c == '-':
			v = 62
		case c == '_':
			v = 63
		default:
			return false
		}
		acc = acc<<6 | uint(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			d := byte(acc >> bits)
			acc &= 1<<bits - 1
			if !isDigit(d) || d == '0' && digits == 0 {
				return false
			}
			digits++
		}
	}
	return acc == 0
}

// dotsBefore returns how many dots the run holds in [b, q), 3 standing
// for three or more, and leaves the last of them in r.dots. q is the
// run's end or one byte short of it; the dots are looked for once per end.
func (r *secretRun) dotsBefore(t string, q, b int) int {
	if r.dotsEnd != q {
		r.dotsEnd, r.dots = q, [3]int{-1, -1, -1}
		k := 0
		for p := q - 1; p >= r.from && k < 3; p-- {
			if t[p] == '.' {
				r.dots[k] = p
				k++
			}
		}
	}
	c := 0
	for _, d := range r.dots {
		if d >= b {
			c++
		}
	}
	return c
}

// jwtShape checks header.payload.signature with a JSON header, for the
// token from i whose two dots are at d1 and d2.
func jwtShape(t string, i, d1, d2 int) bool {
	if d1-i < 10 || d2-d1-1 < 10 {
		return false
	}
	return strings.HasPrefix(t[d1+1:d2], "eyJ") || d2-d1-1 >= 16
}

// privateKey matches a PEM block from "-----BEGIN" and reports it when
// it holds a private key. Another block is left to publicPEM.
func (s *state) privateKey(i int) int {
	t := s.text
	head := t[i:min(len(t), i+64)]
	le := strings.Index(head[10:], "-----")
	if le < 0 {
		return 0
	}
	if !strings.Contains(head[:10+le], "PRIVATE KEY") {
		return publicPEM(t, i, i+10+le)
	}
	bodyStart := i + 10 + le + 5
	// The next "-----END" is looked up once and reused, so repeated
	// headers cannot make the search quadratic.
	if s.endPEM != -1 && s.endPEM < bodyStart {
		if k := strings.Index(t[bodyStart:], "-----END"); k >= 0 {
			s.endPEM = bodyStart + k
		} else {
			s.endPEM = -1
		}
	}
	end := 0
	if s.endPEM >= 0 {
		e := s.endPEM + 8
		if k := strings.Index(t[e:min(len(t), e+64)], "-----"); k >= 0 {
			end = e + k + 5
		}
	}
	if end == 0 {
		// No footer: take the base64 body.
		q := bodyStart
		for q < len(t) && (byteClass[t[q]]&clB64 != 0 || t[q] == '\n' || t[q] == '\r' || t[q] == ' ') {
			q++
		}
		end = q
	}
	s.add(cand{start: i, end: end, typ: TypePrivateKey, rec: "private_key", score: 1})
	return end
}

// publicPEM returns where the scan goes on after the PEM header from i
// to the "-----" at he that is not a private key's. A block of published
// data (a public key, a certificate, a signature) is passed over whole,
// so that its base64 body is read as no token: its lines of base64, a
// PGP block's "Key: value" armor headers and blank line, and the footer
// of its own label. Another header ("PGP SIGNED MESSAGE", a block cut
// short or with a line of prose in it) is passed over alone and the text
// after it is read as any other; it never reaches a footer of another
// label. A block pasted on one line parts its header, lines and footer
// by single spaces, the lines but the last of 16 bytes or more, so that
// prose after a header is no body.
func publicPEM(t string, i, he int) int {
	n := len(t)
	hEnd := he + 5
	label := t[min(i+11, he):he]
	if t[i+10] != ' ' || label == "" {
		return 0
	}
	for k := 0; k < len(label); k++ {
		if c := label[k]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ') {
			return 0 // no header: prose between dashes
		}
	}
	if !publicLabel(label) {
		return hEnd
	}
	pgp := strings.HasPrefix(label, "PGP ")
	// The first break after the header sets how lines part: a line
	// break, an escaped one in a JSON string ("\n") or a space.
	brk := lineBreak(t, hEnd)
	oneLine := brk == 0 && hEnd < n && t[hEnd] == ' '
	if brk == 0 && !oneLine {
		return hEnd
	}
	escaped := brk == 2 && t[hEnd] == '\\'
	body := false
	armor := 0
	prev := 0 // the length of the line before in a block on one line
	for p := hEnd; p < n; {
		// p is at a break.
		if oneLine {
			if t[p] != ' ' {
				return hEnd
			}
			p++
		} else {
			w := lineBreak(t, p)
			if w == 0 || (w == 2 && t[p] == '\\') != escaped {
				return hEnd
			}
			p += w
			for p < n && (t[p] == ' ' || t[p] == '\t') {
				p++ // the indent of a block in YAML or a code block
			}
		}
		if strings.HasPrefix(t[p:], "-----END ") {
			q := p + 9
			if strings.HasPrefix(t[q:], label) && strings.HasPrefix(t[q+len(label):], "-----") {
				return q + len(label) + 5
			}
			return hEnd
		}
		if oneLine && prev > 0 && prev < 16 {
			return hEnd // a short word goes on: prose
		}
		q := p
		for q < n && byteClass[t[q]]&clB64 != 0 {
			q++
		}
		prev = q - p
		if !oneLine {
			for q < n && (t[q] == ' ' || t[q] == '\t') {
				q++ // blanks at the end of a line
			}
			if lineBreak(t, q) == 0 && q < n {
				// A PGP block's armor header before its body; a block
				// has a few, so a header's walk is bounded (linear time).
				if armor++; !pgp || body || escaped || armor > 8 || !armorHeader(t, p) {
					return hEnd
				}
				q = p + strings.IndexByte(t[p:min(n, p+128)], '\n')
				if t[q-1] == '\r' {
					q--
				}
			} else if q == p && (!pgp || body) {
				return hEnd // a blank line in the body
			} else if q > p {
				body = true
			}
		} else if q == p {
			return hEnd
		}
		p = q
	}
	return hEnd
}

// publicLabel reports whether a PEM block of the label holds published
// data: a public key, a certificate, a revocation list, a signing
// request, a signature.
func publicLabel(l string) bool {
	switch l {
	case "CERTIFICATE", "TRUSTED CERTIFICATE", "X509 CERTIFICATE", "X509 CRL",
		"CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST", "PKCS7", "CMS",
		"PGP PUBLIC KEY BLOCK", "PGP SIGNATURE", "SIGNATURE",
		"DH PARAMETERS", "EC PARAMETERS":
		return true
	}
	return strings.HasSuffix(l, "PUBLIC KEY")
}

// lineBreak returns the length of the line break at p: "\n", "\r\n" or
// an escaped "\\n" in a JSON string, 0 when there is none.
func lineBreak(t string, p int) int {
	switch {
	case p >= len(t):
		return 0
	case t[p] == '\n':
		return 1
	case t[p] == '\r' && p+1 < len(t) && t[p+1] == '\n':
		return 2
	case t[p] == '\\' && p+1 < len(t) && t[p+1] == 'n':
		return 2
	}
	return 0
}

// armorHeader reports whether the line at p is an armor header of a PGP
// block that says nothing of a person, within 128 bytes: "Version:",
// "Hash:", "Charset:" or "MessageID:" and a value, or a "Comment:"
// without an address or a number ("Comment: Jane Doe <jane@...>" or one
// with a phone number is read, its block not passed over).
func armorHeader(t string, p int) bool {
	line := t[p:min(len(t), p+128)]
	nl := strings.IndexByte(line, '\n')
	if nl < 0 {
		return false
	}
	if strings.Contains(line[:nl], "-----") {
		return false
	}
	for _, k := range [...]string{"Version: ", "Hash: ", "Charset: ", "MessageID: "} {
		if strings.HasPrefix(line, k) && nl > len(k) {
			return true
		}
	}
	// A tool's comment ("Comment: GPGTools - https://gpgtools.org") is
	// armor too; one with an address or a number in it is read.
	return strings.HasPrefix(line, "Comment: ") && strings.IndexByte(line[:nl], '@') < 0 && !manyDigits(line[:nl], 6)
}

// manyDigits reports whether s holds n digits or more, as a phone
// number does however it is grouped.
func manyDigits(s string, n int) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

// valueByte reports whether c may be part of a value after a keyword.
func valueByte(c byte) bool { return c > ' ' && c != '"' && c != '\'' && c != '`' }

// valueRun holds the bytes of valueByte but the first bytes of the
// Unicode spaces (see spaceWidth), of the marks above ASCII (punctWidth)
// and of the emoji and symbols (symbolWidth), where a value may end as at
// ' ': "Sommer2024—can you check", "Sommer2024!🙏".
var valueRun = func() (t [256]bool) {
	for c := range t {
		t[c] = valueByte(byte(c)) && c != 0xc2 && c != 0xe1 && c != 0xe2 && c != 0xe3 && c != 0xef && c != 0xf0
	}
	return t
}()

// valueEndsAt reports whether the byte above ASCII at t[i] (one valueRun
// leaves out) starts what ends a value: a space, or marks and symbols
// that the text's end, a space or a quote follows ("Sommer2024!🙏"), or
// a dash before a word in lower case ("Sommer2024—can you check").
// Inside a value they are its own ("Geheim§2024", "Sommer–2024").
func valueEndsAt(t string, i int) bool {
	if spaceWidth(t, i) > 0 {
		return true
	}
	if t[i] == '=' && base64Padding(t, i) {
		return false // "...IODKL==": the padding of base64 is the value's
	}
	dash := i+2 < len(t) && t[i] == 0xe2 && t[i+1] == 0x80 && t[i+2] >= 0x90 && t[i+2] <= 0x95
	for k := 0; k < 8; k++ {
		w := punctWidth(t, i)
		if w == 0 {
			w = symbolWidth(t, i)
		}
		if w == 0 {
			break
		}
		i += w
	}
	if i == len(t) || t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == '"' || t[i] == '\'' || spaceWidth(t, i) > 0 {
		return i > 0 && (punctWidthBefore(t, i) > 0 || symbolWidthBefore(t, i) > 0)
	}
	return dash && t[i] >= 'a' && t[i] <= 'z'
}

// valueKeyAfter returns where the value starts when the name of a
// secret in quotes is a pair's key, and its value the next key's, as
// Postman's environments, HAR files and tag lists write them (`"key":
// "apiKey",\n "value": "..."`, `{"name": "Authorization", "value":
// ...}`): after the comma at i-1, blanks and line breaks, then "value"
// in quotes and a colon; or 0.
func valueKeyAfter(t string, i int) int {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r') {
		i++
	}
	if !strings.HasPrefix(t[i:], `"value"`) && !strings.HasPrefix(t[i:], `"Value"`) {
		return 0
	}
	i += len(`"value"`)
	i = skipBlanks(t, i)
	if i >= len(t) || t[i] != ':' {
		return 0
	}
	return i
}

// partsTokens reports whether v holds a byte that ends the tokens
// tokenAnchor reads whole (letters, digits, '+', '/', '_' and '-').
func partsTokens(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; !isAlnum(c) && c != '+' && c != '/' && c != '_' && c != '-' {
			return true
		}
	}
	return false
}

// wholeBase64 reports whether v is one run of the base64 alphabet with up
// to two '=' of padding at its end.
func wholeBase64(v string) bool {
	b := strings.TrimRight(v, "=")
	return len(v)-len(b) <= 2 && base64Run(b, 0, len(b)) == len(b)
}

// base64Padding reports whether the '=' at i is in the padding of a
// base64 value that ends there: one or two '=' after a letter, a digit,
// '+' or '/', and then a blank, a quote, ',', ';' or the text's end.
func base64Padding(t string, i int) bool {
	a, b := i, i
	for a > 0 && t[a-1] == '=' {
		a--
	}
	for b < len(t) && t[b] == '=' {
		b++
	}
	if b-a > 2 || a == 0 || byteClass[t[a-1]]&clB64 == 0 && t[a-1] != '+' && t[a-1] != '/' {
		return false
	}
	return b == len(t) || t[b] <= ' ' || t[b] == '"' || t[b] == '\'' || t[b] == ',' || t[b] == ';'
}

// valueAfter looks for a secret value after a word such as "password" or
// "token": optional "is", ":", "=", quotes, then a run of non-space bytes.
func (s *state) valueAfter(p int, groups uint64) {
	s.valueAt(p, groups, true)
}

// quotedLater looks, after a password word at p whose value valueAfter
// did not find, for a password in quotes further on in the same line:
// an agent who warns about one that was pasted ("please never post
// passwords here, I can see "xcmv65QOqic30" in your last message", "vous
// avez partagé votre mot de passe (« H@rb0r29 »)", "Vi que você enviou
// "H@rb0r68""). It takes the first quoted run within 160 bytes, of 6 to
// 64 bytes without a space, that holds three kinds of byte at least
// (lower case, upper case, digits, others), no '@' of an address and no
// date: words and names in quotes are no such value. The word must end
// at a space, as a word of prose does: in a key ("password_changed_at")
// the quotes hold its value, read as valueAfter reads values.
func (s *state) quotedLater(p int) {
	t := s.text
	if p >= len(t) || t[p] != ' ' {
		return // a key's part ("password_changed_at"), not a word of prose
	}
	lim := min(len(t), p+160)
	for i := p; i < lim; i++ {
		c := t[i]
		if c == '\n' {
			return
		}
		var w int
		var closeA, closeB string
		switch {
		case c == '"':
			w, closeA, closeB = 1, `"`, `"`
		case c >= 0xc2:
			w, closeA, closeB = typoQuote(t, i)
		}
		if w == 0 || i > 0 && isAlnum(t[i-1]) {
			continue
		}
		q := i + w
		q += spaceAt(t, q) // « H@rb0r29 »
		v := q
		for v < len(t) && v-q <= 64 && t[v] > ' ' && !strings.HasPrefix(t[v:], closeA) && !strings.HasPrefix(t[v:], closeB) {
			v++
		}
		e := v + spaceAt(t, v)
		if v-q < 6 || v-q > 64 || !strings.HasPrefix(t[e:], closeA) && !strings.HasPrefix(t[e:], closeB) {
			return // the first quotes decide
		}
		address := false // "anna@example.com", "user@host.io"
		if at := strings.IndexByte(t[q:v], '@'); at >= 0 {
			address = strings.IndexByte(t[q+at:v], '.') >= 0
		}
		if kindsOfBytes(t, q, v) >= 3 && !address && !dateLike(t[q:v]) && !isoStamp(t[q:v]) && passwordLike(t, q, v) {
			s.add(cand{start: q, end: v, typ: TypePassword, rec: "password", score: 0.6})
		}
		return
	}
}

// shapedLater reads a password that the sentence of a password's word,
// which ends at p, names further on without a joiner or quotes: "i
// changed the password last year to Sunfl0wer#2019", "passwort hab ich
// zurückgesetzt auf Tulpe!Leipzig88", "wrong pw but im typing
// Thunder2012$". Only a word of a password's shape (passwordShaped), 8
// to 40 bytes, in brackets maybe, within 120 bytes on the word's line
// and on the next when the line ends no sentence: no prose, date,
// version, order number or key's name has that shape. No e-mail
// address, link or path, no version with a tag ("v2.3.1-Beta") and no
// stand-in.
func (s *state) shapedLater(p int) {
	t := s.text
	if p >= len(t) || t[p] != ' ' {
		return // a key's part ("password_changed_at"), not a word of prose
	}
	lim := min(len(t), p+120)
	lines := 0
	for i := p; i < lim; {
		c := t[i]
		if c == '\n' {
			// The next line, unless the word's sentence ended on its
			// own: "password reset worked.\nThen I typed ...".
			if lines++; lines > 1 || i > 0 && strings.IndexByte(".!?", t[i-1]) >= 0 {
				return
			}
		}
		if c <= ' ' {
			i++
			continue
		}
		v := i
		for v < len(t) && t[v] > ' ' {
			v++
		}
		q, e := i, v
		for q < e && (t[q] == '(' || t[q] == '[') {
			q++ // "(Tmp#84kq2Z)"; quotes are quotedLater's
		}
		for e > q && strings.IndexByte(",.;:)]\"'", t[e-1]) >= 0 {
			e-- // the sentence's mark after the word
		}
		if e-q < 8 || e-q > 40 || !isAlnum(t[q]) {
			i = v
			continue
		}
		if shaped, four := passwordShaped(t[q:e]); shaped && !strings.ContainsAny(t[q:e], "/\\") && !taggedVersion(t[q:e]) && passwordLike(t, q, e) {
			// All four kinds outweigh a name inside ("Lou1se&Paul!2019").
			score := 0.5
			if four {
				score = 0.7
			}
			s.add(cand{start: q, end: e, typ: TypePassword, rec: "password", score: score})
			return
		}
		i = v
	}
}

// shapedReach is how far before and after a password's word shapedAround
// reads.
const shapedReach = 160

// shapedAround reads every password of a password's shape that stands
// within shapedReach bytes before or after a password's or a sign-in's
// word [ps, end), on the word's line, where shapedLater takes only the
// first after it: a message that speaks of a password names its tries
// and alternates around the word ("tried Summer2019! and Hx7#pLq92,
// wrong password both times", "password reset please, the old one was
// Tulips!1952, new one: qT4!vN8z@Lm2"). Only strongShaped words, which no word of
// prose, reference, version, key or log field is. s.shapedTo, the end of
// the last word read, keeps the reading linear when password's words
// crowd.
func (s *state) shapedAround(ps, end int) {
	t := s.text
	if ps > 0 && (t[ps-1] == '_' || isAlnum(t[ps-1])) || end < len(t) && (t[end] == '_' || isAlnum(t[end])) {
		return // a key's part ("password_changed_at", "db_password"), not a word of prose
	}
	i := max(ps-shapedReach, 0)
	if k := strings.LastIndexByte(t[i:ps], '\n'); k >= 0 {
		i += k + 1 // the word's line only
	} else if i > 0 && t[i-1] > ' ' {
		for i < ps && t[i] > ' ' {
			i++ // a word cut by the reach is not read
		}
	}
	i = max(i, s.shapedTo)
	lim := min(len(t), end+shapedReach)
	if k := strings.IndexByte(t[end:lim], '\n'); k >= 0 {
		lim = end + k
	}
	for i < lim {
		if t[i] <= ' ' {
			i++
			continue
		}
		// Most words hold no digit or no symbol of strongShaped's, which
		// one pass over the word tells.
		v, cls := i, uint8(0)
		for v < len(t) && t[v] > ' ' {
			cls |= shapedClass[t[v]]
			v++
		}
		q, e := i, v
		i = v
		if cls != 3 || v-q < 8 {
			continue
		}
		for q < e && strings.IndexByte("([\"'`*", t[q]) >= 0 {
			q++ // "(Tmp#84kq2Z)", "'Hamburg#1987'", "`Ma$t3rK3y!!`"
		}
		for e > q && strings.IndexByte(",.;:)]\"'`*", t[e-1]) >= 0 {
			e-- // the sentence's mark after the word
		}
		if e-q < 8 || e-q > 40 || !isAlnum(t[q]) || q < end && e > ps || q < s.valCandEnd && e > s.valCandStart {
			continue
		}
		if shaped, four := strongShaped(t[q:e]); shaped && passwordLike(t, q, e) {
			score := 0.5
			if four {
				score = 0.7
			}
			s.add(cand{start: q, end: e, typ: TypePassword, rec: "password", score: score})
			// A variant tried after it: "ive tried Bluebell2019! and
			// bluebell2019".
			if r := choiceNext(t, e, true); r-e >= 4 && r < lim {
				if w := passwordVariant(t, q, e, r); w > 0 {
					s.add(cand{start: r, end: w, typ: TypePassword, rec: "password", score: score})
					i = w
				}
			}
		}
	}
	s.shapedTo = max(s.shapedTo, i)
}

// shapedClass has bit 1 for a digit and bit 2 for a symbol of which
// strongShaped wants one.
var shapedClass = [256]uint8{'0': 1, '1': 1, '2': 1, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 1, '9': 1,
	'!': 2, '$': 2, '%': 2, '&': 2, '*': 2, '?': 2, '@': 2, '^': 2, '~': 2, '+': 2, '#': 2}

// shapedSymIn reports whether w holds a symbol of shapedClass's.
func shapedSymIn(w string) bool {
	for i := 0; i < len(w); i++ {
		if shapedClass[w[i]]&2 != 0 {
			return true
		}
	}
	return false
}

// strongShaped is passwordShaped for a word that no joiner ties to a
// password's word: it holds a symbol that joins no reference, version,
// field or name ('!', '$', '%', '&', '*', '?', '@', '^', '~', '+', '#'
// inside: "TP-Link_8A3C" and "CasaDoLargo_5G" are networks' names,
// "#CS-773019" a ticket), no '=' (a log's or a query's field), no path
// and no version with its tag.
func strongShaped(w string) (shaped, four bool) {
	if w[0] == '#' || strings.ContainsAny(w, "=/\\") || strings.Contains(w, "**") || taggedVersion(w) || !shapedSymIn(w) {
		return false, false
	}
	if k := strings.IndexByte(w, '#'); k > 0 && refBeforeHash(w[:k]) {
		return false, false // "Order#A12b-99x", "INC#4471"
	}
	return passwordShaped(w)
}

// refBeforeHash reports whether w, the letters before a '#', is a
// reference's word ("Order#A12b-99x", "Ticket#88-Kq2", "INC#4471").
func refBeforeHash(w string) bool {
	switch strings.ToLower(w) {
	case "order", "ticket", "case", "ref", "inc", "invoice", "item", "id", "no", "nr", "req", "po", "sku", "job", "issue", "pr", "bug":
		return true
	}
	return false
}

// taggedVersion reports whether w is a version's number, maybe with a
// tag after '-', '+' or '_' ("v2.3.1-Beta", "5.2.0+RC1").
func taggedVersion(w string) bool {
	if k := strings.IndexAny(w, "-+_"); k >= 0 {
		w = w[:k]
	}
	return isVersion(w)
}

// passwordShaped reports whether w, a word of prose, has a password's
// shape that no word, number, date, version or reference has: all four
// kinds of byte (lower case, upper case, digits, a symbol:
// "Tz9q-4kLm-Wx2p"), or lower case and digits with a symbol that joins
// none of those ("bluebird!!1984", "Nairobi@2023"; '#' numbers tickets,
// "INC#4471"). An e-mail address ('@', then a '.') is none. four tells
// whether w holds all four kinds.
func passwordShaped(w string) (shaped, four bool) {
	if at := strings.IndexByte(w, '@'); at >= 0 && strings.IndexByte(w[at:], '.') > 0 {
		return false, false
	}
	if kindsOfBytes(w, 0, len(w)) == 4 {
		return true, true
	}
	var lower, digit, sym bool
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isLower(c):
			lower = true
		case isDigit(c):
			digit = true
		case strings.IndexByte("!$%&*?@^~+=", c) >= 0:
			sym = true
		}
	}
	return lower && digit && sym, false
}

// appPasswordEnd returns the end of an app password of Google's shape at
// q, four groups of four lower-case letters parted by single spaces and
// followed by no letter or digit, or 0.
func appPasswordEnd(t string, q int) int {
	if q+19 > len(t) || q+19 < len(t) && isAlnum(t[q+19]) {
		return 0
	}
	for i := 0; i < 19; i++ {
		if c := t[q+i]; i%5 == 4 && c != ' ' || i%5 != 4 && (c < 'a' || c > 'z') {
			return 0
		}
	}
	return q + 19
}

// closingQuote returns where the quote c that opens a value at q-1
// closes it (literalEnd: on its line, within 256 bytes), when no letter
// or digit follows it ("'it's me'" is no value in quotes) and the value
// holds no white space but single spaces, or -1.
func closingQuote(t string, q int, c byte) int {
	k := literalEnd(t, q-1) // the quote c opens the value at q-1
	if k < 0 || k+1 < len(t) && isAlnum(t[k+1]) {
		return -1
	}
	v := t[q:k]
	sp := strings.IndexByte(v, ' ')
	if sp < 0 {
		if strings.ContainsAny(v, "\t\r") {
			return -1
		}
		return k
	}
	// Generated keys hold single spaces too (WordPress's salts,
	// "X2`jXa#*kX]]n1 %$oao ix.*W"); words in quotes do not hold three
	// kinds of byte besides them, and a private key's block in quotes is
	// its own recognizer's ("-----BEGIN ...").
	if sp == 0 || strings.Contains(v, "  ") || strings.ContainsAny(v, "\t\r") || strings.HasPrefix(v, "-----") || kindsBesideSpaces(v) < 3 {
		return -1
	}
	return k
}

// kindsBesideSpaces is kindsOfBytes for v, which holds a space, with its
// spaces left out: they count as other bytes only when no other byte is
// one.
func kindsBesideSpaces(v string) int {
	k := kindsOfBytes(v, 0, len(v))
	for i := 0; i < len(v); i++ {
		if c := v[i]; c != ' ' && !isAlnum(c) {
			return k
		}
	}
	return k - 1
}

// isoStamp reports whether v opens as an ISO 8601 date does
// ("2024-11-02T08:15:00Z").
func isoStamp(v string) bool {
	return len(v) > 5 && isDigit(v[0]) && isDigit(v[1]) && isDigit(v[2]) && isDigit(v[3]) && v[4] == '-'
}

// valueAt is valueAfter; with again, a word that a colon ends and a
// value follows is a label's last word, and the value is read after it
// ("contraseña nueva: Gato_Negro_88", "password (new): ...", "password
// field: hidden"), once.
func (s *state) valueAt(p int, groups uint64, again bool) {
	t := s.text
	n := len(t)
	q := p
	// A key in quotes closes them before its joiner: "password": "x"
	// in JSON, 'password' => 'x' in a PHP or Ruby hash; a comma before a
	// value in quotes joins them in a call, define('DB_PASSWORD', 'x')
	// in PHP.
	if q+1 < n && (t[q] == '"' || t[q] == '\'') {
		if q+2 < n && t[q+1] == ']' {
			q++ // a subscript's key: $config['smtp_pass'] = '...', conf["password"] = ...
		}
		if r := q + 1 + spaceAt(t, q+1); r < n && (t[r] == ':' || t[r] == '=') {
			q++
		} else if r+1 < n && t[r] == ',' {
			// WordPress aligns its values: "define( 'AUTH_KEY',         '...' )".
			v := r + 1
			for v < n && v-r <= 32 && (t[v] == ' ' || t[v] == '\t') {
				v++
			}
			if k := valueKeyAfter(t, r+1); k > 0 {
				q = k
			} else if v < n && t[v] == t[q] {
				q = v
			}
		}
	}
	q = whatFor(t, q)
	if groups&gPassword != 0 {
		// "the password i set was ...", "Admin password I set: ...".
		if r := clauseVerb(t, q); r > q {
			q = r
		}
	}
	// Skip joiners and a short verb: "password: x", "token = x", "is x".
	// prep: one of them is "to" (toWord), after which a word of letters
	// is as often whom the password went to ("I gave the password to
	// Francesca", "die PIN auf Wunsch geändert").
	prep := false
	joined := false // a joiner, not white space alone, came before the value
	for steps := 0; q < n && steps < 4; steps++ {
		for q < n {
			if w := spaceAt(t, q); w > 0 {
				q += w
			} else if t[q] == '\t' {
				q++
			} else {
				break
			}
		}
		if q < n && (t[q] == ':' || t[q] == '=') {
			q++
			if q < n && t[q] == '>' {
				q++ // "=>"
			}
			joined = true
			continue
		}
		if q+2 < n && t[q] == 0xef && t[q+1] == 0xbc && (t[q+2] == 0x9a || t[q+2] == 0x9d) {
			q += 3 // a full-width ':' or '='
			joined = true
			continue
		}
		if d := dashAt(t, q); d > 0 && groups&gPassword != 0 && q > p && t[q-1] == ' ' && q+d < n && t[q+d] == ' ' {
			q += d // a dash between spaces: "Кодовое слово — Барсик2011"
			joined = true
			continue
		}
		// "won't accept my password, it's Shamrock!Kerry22": the next
		// clause gives it.
		if groups&gPassword != 0 && q+2 < n && t[q] == ',' && t[q+1] == ' ' && q == p {
			if r := itsEnd(t, q+2); r > 0 {
				q = r
				continue
			}
		}
		// French says it so: "mon mot de passe c'est Chaton2019!", and
		// chat so: "mon mdp c Chaton_1984", "... cest Chaton_1984".
		if q+1 < n && t[q]|0x20 == 'c' && (t[q+1] == '\'' || t[q+1] == 0xe2 || t[q+1] == ' ' || t[q+1]|0x20 == 'e') {
			if r := cestEnd(t, q); r > 0 {
				q = r
				continue
			}
		}
		// A verb may be accented: "la password è x", "a senha é x".
		w := q
		for w < n && isWordByte(t[w]) && (t[w] < 0x80 || wordSepWidth(t, w) == 0) && w-q < 6 {
			w++ // wordByteAt, inline
		}
		var low [8]byte
		// A colon may follow the verb: "lautet: x", "es: x".
		if j := bytesText(lowerASCII(low[:0], t[q:w])); valueJoiner(j) && (spaceAt(t, w) > 0 || w < n && t[w] == ':') {
			prep = prep || toWord(j)
			joined = true
			q = w
			continue
		}
		// A longer participle of changing before "to": "Password changed
		// to ...", "Passwort zurückgesetzt auf ...". It is a joiner only
		// before a "to", which then needs a digit or a symbol ("password
		// updated Yesterday" gives none).
		if w-q == 6 && w < n && isWordByte(t[w]) {
			e := w
			for e < n && isWordByte(t[e]) && e-q < 16 {
				e++
			}
			var pl [16]byte
			if sp := spaceAt(t, e); e-q < 16 && sp > 0 && changedWord(string(lowerASCII(pl[:0], t[q:e]))) && toWordAt(t, e+sp) {
				q = e
				continue
			}
		}
		break
	}
	// A passphrase in quotes: "the wifi password is "correct horse
	// battery staple"".
	if groups&gPassword != 0 && q > p && q < n {
		a, b, msg := quotedPhrase(t, q)
		if msg {
			return
		}
		if b > a {
			s.add(cand{start: a, end: b, typ: TypePassword, rec: "password", score: 0.7})
			return
		}
	}
	var quote byte // the quote that opens the value, if one does
	for q < n && (t[q] == '"' || t[q] == '\'' || t[q] == '`') {
		quote = t[q]
		q++
	}
	// Typographic quotes, and the space French writes inside its
	// guillemets: « Loulou1980 », “Sommer2024!”.
	var closeA, closeB string // a typographic quote's closing marks
	if groups&gPassword != 0 {
		var w int
		if w, closeA, closeB = typoQuote(t, q); w > 0 {
			q += w
			q += spaceAt(t, q)
		}
	}
	// An invisible mark of format before the value is none of it
	// ("password=\u2068Sommer2024\u2069").
	for q < n && t[q] >= 0xe2 {
		w := formatWidth(t, q)
		if w == 0 {
			break
		}
		q += w
	}
	if q == p || q >= n {
		return
	}
	// Google's app passwords are four groups of four letters parted by
	// spaces ("spring.mail.password=kdgd odfp fmwa phtg"), after a
	// key's joiner: after a verb, four short words are a sentence.
	if groups&gPassword != 0 && (t[q-1] == '=' || t[q-1] == ':' || t[q-1] == ' ' && q >= 2 && (t[q-2] == '=' || t[q-2] == ':')) {
		if e := appPasswordEnd(t, q); e > 0 {
			s.add(cand{start: q, end: e, typ: TypePassword, rec: "password", score: 0.7})
			return
		}
	}
	// An authenticator's setup key, grouped by four as apps print it
	// ("setup key: JBSW Y3DP EHPK 3PXP"): whoever holds it makes the
	// second factor's codes.
	// After a password's word it is that password ("wifi password:
	// abcd 2345 ...").
	if e := totpKeyEnd(t, q); e > 0 {
		s.addTOTP(q, e, groups&gPassword != 0)
		return
	}
	// The value runs to a space of any width or a quote, however long: a
	// secret cut short would go out in part. The run's end does not
	// depend on where it is entered, so a value after another keyword
	// inside the same run reuses it, and the scan stays linear.
	v := s.valEnd
	if q < s.valStart || q >= v {
		v = q
		for {
			// The bytes of valueRun in a loop of their own.
			for uint(v) < uint(n) && valueRun[t[v]] { // (unsigned: no bounds check)
				v++
			}
			if v < n && valueByte(t[v]) && !valueEndsAt(t, v) {
				v++
				continue
			}
			break
		}
		s.valStart, s.valEnd = q, v
	}
	// A value in quotes ends at its closing quote, whatever it holds
	// before it: a generated key holds '&', ';', '@', brackets and
	// punctuation ("SECRET_KEY = '%Nyh...#T)YzK'", "DB_PASSWORD="Z*9&msNS=tU^C""),
	// which end a bare value.
	quoted := false
	if quote != 0 {
		if k := closingQuote(t, q, quote); k > q {
			v, quoted = k, true
		}
	}
	if !quoted {
		v = pairEnd(t, q, v)
	}
	if v > q && t[v-1] == ':' && v-q <= 24 && v+1 < n && (t[v] == ' ' || t[v] == '\t') && labelWord(t[q:v-1]) {
		if again {
			s.valueAt(v, groups, false)
		}
		return
	}
	if closeA != "" {
		// The value ends at its closing quote. Words parted by spaces
		// in such quotes are a form's message as often as a passphrase
		// ("« trop faible »", "„wie immer“"): quotedPhrase judges those
		// of three words or more, and a value stops at a space.
		for _, c := range [...]string{closeA, closeB} {
			if k := strings.Index(t[q:min(v, q+256)], c); k >= 0 {
				v = q + k
			}
		}
		if v <= q {
			return
		}
	}
	// "username and password: jsmith / Summer2024!": a label of both
	// gives the user's name first, and the password after the slash.
	if groups&gPassword != 0 {
		if first := userAndPassword(t, p); first != nil && first(t[q:v]) {
			if a, b := slashValue(t, v); b > a && !strings.ContainsAny(t[a:b], "/\\") && !dateLike(t[a:b]) {
				q, v = a, b
			}
		}
	}
	// Punctuation ends a sentence, not a value; but '!' and '?' are
	// common in passwords ("Sommer2024!"), and redacting a prose '!'
	// with one costs less than leaving a password's last byte out.
	trim := ".,;!?)]}"
	if groups&gPassword != 0 {
		trim = ".,;)]}"
	}
	for v > q && !quoted && strings.IndexByte(trim, t[v-1]) >= 0 {
		if o := opener(t[v-1]); o != 0 && strings.IndexByte(t[max(q, v-256):v-1], o) >= 0 {
			break // "summer(2024)" closes its own bracket
		}
		v--
	}
	// Right after the password's word, with no joiner, a verb of what is
	// done to a password before '?' or '!' ends a question: "wie kann ich
	// mein Passwort zurücksetzen?", "my password reset?". Another word
	// may be the password ("is the default password admin?", "password
	// letmein!").
	// After a joiner too, a status before them is the form's message:
	// "the pin is wrong!!", "my password is incorrect!".
	if groups&gPassword != 0 {
		e := v
		for e > q && (t[e-1] == '?' || t[e-1] == '!') {
			e--
		}
		if w := t[q:e]; e < v && e > q && (statusWord(strings.ToLower(w)) || strings.TrimSpace(t[p:q]) == "" && (passwordVerb(w) || formMessageWord(w) || germanVerbAfter(t, p, w))) {
			return
		}
	}
	if q > s.valCandStart && v == s.valCandEnd {
		// Inside a value found already after an earlier keyword, to the
		// same end ("token:Ab1=token:Ab1=..."): that finding covers this
		// one, and one finding per keyword, each spanning the rest of the
		// run, would make finish quadratic.
		return
	}
	val := t[q:v]
	if len(val) < 6 {
		return
	}
	// Its first 256 bytes decide what it is (a bounded cost per keyword);
	// the finding covers all of it.
	val = val[:min(len(val), 256)]
	st := s.valStats.window(q, q+len(val))
	cls, sym := st.classes()
	kinds := 0
	for _, m := range []uint8{clLower, clUpper, clDigit} {
		if cls&m != 0 {
			kinds++
		}
	}
	if sym {
		kinds++
	}
	if cls&clHigh != 0 && cls&(clLower|clUpper) == 0 {
		kinds++ // letters of another script: "пароль: Барсик2011"
	}
	// Letters alone make a password when they are random ones
	// (randomLower: "spring.mail.password=pcovzztjsnoirtgp").
	// Digits alone after a password's word and its joiner are the
	// password as often as a PIN's are the PIN ("the wifi password is
	// 81736402", "passwort: 20041987"); after white space alone, they
	// may be another number. A PIN's own word is pinAfter's, and before
	// six digits it may be India's postcode ("Bengaluru, Karnataka, PIN:
	// 560034").
	digits := groups&gPassword != 0 && joined && cls&(clLower|clUpper|clHigh) == 0 && !sym && !prep && len(val) <= 16 && !pinWordEndsAt(t, p)
	if kinds < 2 && !(groups&gPassword != 0 && randomLower(val)) && !digits || strings.Contains(val, "@") && groups&gPassword == 0 && (!quoted || mailShape(val)) || plainWord(val) || prep && cls&clDigit == 0 && !sym {
		return
	}
	// A capitalised word of letters alone right after a password's word,
	// with no joiner, is what the password is for, a brand's or a
	// service's name: "the password Netflix gave me", "mật khẩu Shopee
	// Seller của mình".
	if groups&gPassword != 0 && !joined && len(val) >= 2 && titleCased(val) && lettersOnly(val) {
		return
	}
	// "Key (username)=(jdoe)", "token [REDACTED]": a value in brackets
	// after a key word is a database's or a log's message, not a secret.
	if groups&gPassword == 0 && (val[0] == '(' || val[0] == '[' || val[0] == '{' || val[0] == '<') {
		return
	}
	// A stand-in or the password's own name ("password: your_auth_token"),
	// as passwordLike refuses them after "-u user:", "-p" and "?password=";
	// a name is short, and most values after a key word are long tokens.
	if standIn(t, q, v) || v-q <= 32 && namesItself(t[q:v]) || v-q == 9 && strings.EqualFold(t[q:v], "1password") || logField(val) {
		return // ... or the password manager: "new password is in 1password now"; or a log's next field
	}
	// A secret in brackets is the secret without them: "password
	// (Sunflower#88)", "<Sommer2024!>".
	if c := closer(t[q]); c != 0 {
		switch {
		case t[v-1] == c:
			q, v = q+1, v-1
		case v < n && t[v] == c:
			q++
		}
	}
	// A link after a password word is where to set one: "la contraseña
	// (https://example.com/reset?token=...) ya caducó". Its token is
	// read as the link's own value. After a key's word it is where the
	// key was found ("flagged a key in your repo: https://github.com/...
	// /blob/a97c29b6.../quickstart.py#L12"; session 74).
	if strings.Contains(t[q:min(v, q+12)], "://") {
		return
	}
	before := len(s.cands)
	// Words and numbers joined by separators are a name, a slug, a path
	// or a placeholder ("YOUR_API_KEY_HERE", "uploads/2024/photo.jpg"),
	// not a random key; a passphrase may be written so.
	switch {
	case groups&gPassword != 0:
		s.add(cand{start: q, end: v, typ: TypePassword, rec: "password", score: 0.7})
		s.passwordAlternate(q, v)
	case groups&gValue != 0 && allHex(val) && p >= 3 && strings.EqualFold(t[p-3:p], "sig"):
		// A SAS signature is base64; hex digits after "sig" are a
		// digest ("release sig: 9f86d081...").
	case groups&gValue != 0 && len(val) >= 40 && !wordy(val) && !allHex(val):
		s.add(cand{start: q, end: v, typ: TypeAzureKey, rec: "azure_key", score: 0.9})
	case len(val) >= 16 && st.entropyAtLeast(3.2) && kinds >= 2 && !wordy(val):
		// A byte no token holds ("CvY8Q~ChFP...yr.S", as Entra writes
		// client secrets) splits the value into tokens, and one of
		// them, reported after the same word (tokenAnchor), would
		// leave the rest out: the whole value is confirmed by the word
		// as well.
		// Only '~' and '.' join its pieces: a value holding a ',', a ':'
		// or a bracket holds more than one thing ("X,4111111111111111",
		// "X(+1 415 555 0123)"), each found on its own.
		// So do a value in quotes (its quotes join it), base64 with its
		// padding, and Laravel's key after the name of its encoding
		// ("APP_KEY=base64:..."), when a byte in them parts the tokens
		// tokenAnchor reads; a value that is one token is left to the
		// recognizer of its kind (an AWS secret key).
		var boost uint64
		// (val is the value's first 256 bytes: its padding is at v.)
		if sym && (entraShape(st) || quoted && (t[v-1] == '=' || partsTokens(val)) || t[v-1] == '=' && wholeBase64(val) ||
			strings.HasPrefix(val, "base64:") && wholeBase64(val[7:])) {
			boost = gSecret
		}
		s.add(cand{start: q, end: v, typ: TypeAPIKey, rec: "generic_secret", score: 0.6, boost: boost, label: gNeg | gIDWord})
	}
	if len(s.cands) > before {
		s.valCandStart, s.valCandEnd, s.valPassword = q, v, groups&gPassword != 0
	}
}

// userAndPassword reports whether the word for a secret that ends at p
// follows a word for a user's name or e-mail address, joined by "and" or
// a slash: "username and password", "user/pass", "utente e password",
// "login e senha", "usuario y contraseña", "email and password",
// "e-mail et mot de passe". It returns the shape the first value of the
// pair then has (loginShape or mailShape), or nil.
func userAndPassword(t string, p int) func(string) bool {
	var kw [24]byte
	k, w := foldedWordBefore(t, p, "", kw[:0])
	if len(w) == 0 || k == 0 {
		return nil
	}
	if string(w) == "passe" { // "mot de passe", "palavra-passe"
		var pw [8]byte
		if c, v := foldedWordBefore(t, k, "-", pw[:0]); string(v) == "palavra" {
			k = c
		} else if c, v := foldedWordBefore(t, k, " ", pw[:0]); string(v) == "de" {
			if c, v := foldedWordBefore(t, c, " ", pw[:0]); string(v) == "mot" {
				k = c
			}
		}
		if k == 0 {
			return nil
		}
	}
	j := k - 1 // "user/pass"
	if t[j] != '/' {
		var cj [4]byte
		c, w := foldedWordBefore(t, k, " ", cj[:0])
		switch {
		case conjunction(w):
			j = c
		case len(w) == 0 && c > 0 && t[c-1] == '&':
			j = c - 1
		default:
			return nil
		}
	}
	var uw [16]byte
	_, u := foldedWordBefore(t, j, " ", uw[:0])
	switch {
	case loginWord(u) > 0:
		return loginShape
	case mailWord(u):
		return mailShape
	}
	return nil
}

// mailWord reports whether the folded word w names an e-mail address in
// a label ("email", "e-mail", whose last word is "mail", "courriel",
// "correo").
func mailWord(w []byte) bool {
	switch string(w) {
	case "email", "mail", "courriel", "correo":
		return true
	}
	return false
}

// loginShape reports whether w reads as a user's login rather than a
// password: lower-case letters and digits joined by '.', '_' or '-',
// starting with a letter ("jsmith", "mario.rossi"). A password first
// ("Summer2024! / please reset it") keeps its place.
func loginShape(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz0123456789._-") == ""
}

// mailShape reports whether w reads as an e-mail address rather than a
// password: a login's shape, '+' allowed, around one '@' that a dot
// follows ("ana.lopes@example.com").
func mailShape(w string) bool {
	at := strings.IndexByte(w, '@')
	if at <= 0 || strings.IndexByte(w[at+1:], '@') >= 0 || strings.IndexByte(w[at+1:], '.') <= 0 {
		return false
	}
	w = strings.ToLower(w)
	return loginShape(strings.ReplaceAll(w[:at], "+", "_")) && loginShape(w[at+1:])
}

// dateLike reports whether w is digits and the separators of a date
// ("12.05.2024", "2024-05-12").
func dateLike(w string) bool {
	return strings.Trim(w, "0123456789.-") == ""
}

// slashValue returns the run after a slash that follows position v
// ("jsmith / Summer2024!"), up to a space or 256 bytes, or a, b with b
// <= a when there is none.
func slashValue(t string, v int) (a, b int) {
	i := v
	for i < len(t) && t[i] == ' ' {
		i++
	}
	if i >= len(t) || t[i] != '/' || i == v && i+1 < len(t) && t[i+1] != ' ' {
		return 0, 0
	}
	i++
	for i < len(t) && t[i] == ' ' {
		i++
	}
	a = i
	for i < len(t) && i-a < 256 && valueByte(t[i]) {
		i++
	}
	return a, i
}

// labelWord reports whether w, before a colon after a word for a secret,
// is a label's last word: letters alone ("nueva", "field") or a word in
// brackets ("(neu)", "(new)"), not a value ("Sommer2024: can you ...").
func labelWord(w string) bool {
	if len(w) > 2 && w[0] == '(' && w[len(w)-1] == ')' {
		w = w[1 : len(w)-1]
	}
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// passwordVerb reports whether w, in lower case, is a verb of what is
// done to a password in one of the chat languages, or its participle
// ("reset", "zurücksetzen", "réinitialiser", "olvidada"), or "please".
func passwordVerb(w string) bool {
	switch w {
	case "reset", "change", "changed", "update", "recover", "forgot", "forgotten", "expires", "please", "pls",
		"zurücksetzen", "ändern", "vergessen", "wiederherstellen", "erneuern",
		"réinitialiser", "changer", "modifier", "récupérer", "oublié", "oubliée",
		"restablecer", "cambiar", "recuperar", "olvidé", "olvidado", "olvidada",
		"reimpostare", "cambiare", "recuperare", "dimenticato", "dimenticata",
		"resetten", "wijzigen", "herstellen", "vergeten",
		"redefinir", "alterar", "esqueci", "esquecida", "esquecido":
		return true
	}
	return false
}

// plainWord reports whether s, a value after a word for a secret, is a
// word of prose all the same: a form's message in a capitalised word
// ("Password Incorrect", "Passwort: Erforderlich", "my password is
// Expired"), two lower-case words joined by a hyphen the second of which
// is an adjective or a participle ("case-sensitive", "auto-generated";
// "purple-monkey" may be a password), a letter joined to a word
// ("e-file", "e-mail"), a number of one or two digits joined to a unit
// ("6-digit", "2-factor"), or an aside's first word after its bracket
// ("Identity Protection PIN (notice CP01A)").
func plainWord(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '(' && len(s) > 1 && isLowerWord(s[1:]) {
		return true
	}
	if r, w := utf8.DecodeRuneInString(s); unicode.IsUpper(r) {
		for _, r := range s[w:] {
			if !unicode.IsLower(r) {
				return false
			}
		}
		return statusWord(strings.ToLower(s))
	}
	h := strings.IndexByte(s, '-')
	if h <= 0 || h == len(s)-1 || strings.IndexByte(s[h+1:], '-') >= 0 {
		return false
	}
	a, b := s[:h], s[h+1:]
	if h == 1 && isLower(a[0]) && isLowerWord(b) {
		return true
	}
	if len(a) <= 2 && allDigits(a) {
		switch b {
		case "digit", "digits", "factor", "character", "characters", "char", "chars", "letter", "letters", "step", "steps", "day", "days":
			return true
		}
		return false
	}
	for _, r := range a + b {
		if !unicode.IsLower(r) {
			return false
		}
	}
	for _, suf := range []string{"ed", "ive", "able", "ible", "ing", "in", "out", "up"} {
		if strings.HasSuffix(b, suf) {
			return true
		}
	}
	return false
}

// statusWord reports whether the lower-case word w is one a form shows
// about a password, in one of the chat languages ("incorrect",
// "required", "erforderlich"), a short list: a capitalised word of
// another kind after a password word may be the password ("Charlie").
func statusWord(w string) bool {
	switch w {
	case "incorrect", "invalid", "wrong", "missing", "empty", "weak", "mandatory", "unknown",
		"required", "expired", "changed", "blocked", "locked", "rejected", "denied", "disabled", "accepted", "updated",
		"erforderlich", "falsch", "ungültig", "abgelaufen", "leer",
		"incorrecte", "invalide", "obligatoire", "expiré", "requis",
		"incorrecta", "incorrecto", "inválida", "inválido", "obligatoria", "obligatorio", "caducada",
		"errata", "errato", "obbligatoria", "scaduta",
		"onjuist", "ongeldig", "verplicht", "verlopen",
		"incorreta", "obrigatória", "expirada":
		return true
	}
	return false
}

// entraShape reports whether the bytes of a value, those seen in its
// window w, are of the base64 alphabets, as the tokens tokenAnchor reads
// are, and '~' or '.' between them, as Entra's client secrets are
// ("CvY8Q~ChFP...yr.S"). The window's set of bytes answers at once; the
// value's bytes would cost a test each.
func entraShape(w *byteStats) bool {
	var other, joined uint64
	for k, m := range w.seen {
		other |= m &^ entraBytes[k]
		joined |= m & entraJoins[k]
	}
	return other == 0 && joined != 0
}

// entraBytes and entraJoins are the sets of bytes of entraShape, as
// byteStats.seen holds them: the base64 alphabets, '~' and '.', and
// those two.
var entraBytes, entraJoins [4]uint64

func init() {
	for c := 0; c < 256; c++ {
		// Not byteClass's clB64: byteClass may not be filled in yet.
		if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || strings.IndexByte("+/=_-~.", byte(c)) >= 0 {
			entraBytes[c>>6] |= 1 << (c & 63)
		}
		if c == '~' || c == '.' {
			entraJoins[c>>6] |= 1 << (c & 63)
		}
	}
}

// quotedPhrase reads the quoted text at q, if any, after a password
// word. It returns the bounds of a passphrase in double quotes, straight
// or typographic ("correct horse battery staple", „...“, « ... »): three
// words or more and eight bytes or more on one line, at most 100 bytes,
// and no template's stand-in ("{{ vault_db_password }}"). msg reports
// quoted words of the messages a form shows or of a description
// ("password is "too short"", "password: "Incorrect password, try
// again"", "the password is "the same as my email""), which are no
// password at all.
func quotedPhrase(t string, q int) (a, b int, msg bool) {
	var closeA, closeB string
	w := 1
	if t[q] == '"' || t[q] == '`' {
		closeA, closeB = t[q:q+1], t[q:q+1]
	} else if w, closeA, closeB = typoQuote(t, q); w == 0 {
		return 0, 0, false
	}
	a = q + w
	end := min(len(t), a+100)
	b = a
	for b < end && t[b] != '\n' && !strings.HasPrefix(t[b:], closeA) && !strings.HasPrefix(t[b:], closeB) {
		b++
	}
	if b >= end || t[b] == '\n' {
		return 0, 0, false
	}
	// French writes a space inside its guillemets: « le chat dort ».
	for a < b && spaceAt(t, a) > 0 {
		a += spaceAt(t, a)
	}
	for b > a && spaceBefore(t, b) > 0 {
		b -= spaceBefore(t, b)
	}
	// A template's or a shell's stand-in: "{{ vault_db_password }}",
	// "${ DB_PASSWORD }", "<your password here>".
	if a < b && strings.IndexByte("{$<%[(", t[a]) >= 0 {
		return 0, 0, false
	}
	// A form's message or a description opens with one of their words
	// ("Invalid login attempt", "must contain a digit") or holds two
	// ("the same as my email"); a passphrase may hold one further on
	// ("Let Me In Now Please").
	words, said, opens := 1, 0, false
	for k := a; k < b; {
		e := k
		for e < b && t[e] != ' ' {
			e++
		}
		var low [12]byte
		if e-k <= len(low) && formMessageWord(string(lowerASCII(low[:0], strings.TrimRight(t[k:e], ".,!;:")))) {
			said++
			opens = opens || k == a
		}
		if e < b {
			words++
		}
		k = e + 1
	}
	// A digit or a symbol makes one word of them a passphrase's
	// ("Invalid Pigeon 77!"); a message holds none.
	if said >= 2 || opens && !strings.ContainsFunc(t[a:b], func(r rune) bool {
		return r < 0x80 && !isLetter(byte(r)) && r != ' ' && r != '.' && r != ',' && r != '\''
	}) {
		return 0, 0, true
	}
	if words < 3 || b-a < 8 {
		return 0, 0, false
	}
	return a, b, false
}

// typoQuote returns the width of the typographic opening quote at t[q]
// and the marks that close it: “ and „ close with ” or “ (German opens
// low and closes high), ‘ and ‚ with ’ or ‘ (since session 54: phones
// type ‘…’ for '…'), « with »; or 0 when t[q] opens none.
func typoQuote(t string, q int) (w int, closeA, closeB string) {
	switch {
	case strings.HasPrefix(t[q:], "\u201c"), strings.HasPrefix(t[q:], "\u201e"): // “ „
		return 3, "\u201d", "\u201c"
	case strings.HasPrefix(t[q:], "\u2018"), strings.HasPrefix(t[q:], "\u201a"): // ‘ ‚
		return 3, "\u2019", "\u2018"
	case strings.HasPrefix(t[q:], "\u00ab"): // «
		return 2, "\u00bb", "\u00bb"
	}
	return 0, "", ""
}

// germanVerbAfter reports whether w, the word before a question's '?'
// right after the German word for a password that ends at p, is a
// German infinitive or participle in lower case: German puts the verb
// last ("kannst du mir das Passwort schicken?", "Kennwort geändert?").
func germanVerbAfter(t string, p int, w string) bool {
	if p < 8 || !strings.EqualFold(t[p-8:p], "passwort") && !strings.EqualFold(t[p-8:p], "kennwort") || len(w) < 5 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "eln") || strings.HasPrefix(w, "ge") && strings.HasSuffix(w, "t")
}

// formMessageWord reports whether the lower-case word w is one of the
// messages a form shows about a password, which a customer quotes, or of
// the words that describe a password without giving it ("the same as my
// email").
func formMessageWord(w string) bool {
	switch w {
	case "too", "not", "invalid", "incorrect", "wrong", "required", "expired", "must", "should", "cannot", "can't",
		"doesn't", "isn't", "weak", "error", "failed", "try", "again", "enter", "characters", "match",
		"same", "usual", "old", "previous", "default", "email", "username", "blank", "empty":
		return true
	}
	return false
}

// valueJoiner reports whether the lower-case word w stands between a
// secret's word and its value: a verb of being, "to", "of", two verbs or
// a verb and an adverb ("will be x", "was reset to x", "is now x", "ist
// jetzt x"), or an HTTP scheme ("Authorization: Basic dXNl...").
func valueJoiner(w string) bool {
	switch w {
	case "of", "en", "e", "will", "be", "set", "reset", "now", "jetzt", "basic", "digest":
		return true
	case "nueva", "nuevo", "nova", "novo", "nuova", "nuovo":
		// The adjective the Romance languages put after the noun: "la
		// contraseña nueva es ...", "a senha nova é ...".
		return true
	}
	return toWord(w) || beVerb(w)
}

// toWord reports whether the lower-case joiner w is "to" or its word in
// another language, after a verb of changing before the secret's word:
// "reset to ...", "ho reimpostato la password a ...", "mudei a senha
// para ...", "hab das Passwort auf ... geändert", "wachtwoord gewijzigd
// naar ...", "wachtwoord op ... gezet".
func toWord(w string) bool {
	switch w {
	case "to", "a", "para", "auf", "naar", "op", "in", "à":
		return true
	}
	return false
}

// toWordAt reports whether a word that toWord takes starts at i and a
// space follows it.
func toWordAt(t string, i int) bool {
	e := i
	for e < len(t) && isWordByte(t[e]) && e-i < 5 {
		e++
	}
	var low [8]byte
	return e > i && spaceAt(t, e) > 0 && toWord(string(lowerASCII(low[:0], t[i:e])))
}

// changedWord reports whether the lower-case word w is the participle
// of a verb of changing that follows a password's word before "to" and
// the new password: "Password changed to ...", "Passwort
// zurückgesetzt auf ...", "wachtwoord gereset naar ...".
func changedWord(w string) bool {
	switch w {
	case "changed", "updated", "gereset", "veranderd", "gewijzigd", "zurückgesetzt", "geändert", "gesetzt", "réinitialisé", "changé", "modifié":
		return true
	}
	return false
}

// beVerb reports whether the lower-case word w is "is" or "was" in one
// of the languages we serve.
func beVerb(w string) bool {
	switch w {
	case "is", "was", "ist", "war", "lautet", "est", "es", "era", "è", "é", "sono", "são", "foi", "fue",
		// Swedish, Danish and Norwegian, Polish ("lösenord är ...",
		// "passordet mitt er ...", "hasło jest ..."), and the Nordic
		// past "var" (session 81: "koden var 482913"); Finnish "on" is
		// English's preposition too, so its keywords hold it.
		"är", "er", "jest", "var",
		// Swahili ("username yangu ni ...", "password ilikuwa ...").
		"ni", "ilikuwa", "ilikua":
		return true
	}
	return false
}

// forWords are the prepositions that say what a secret is for (see
// whatFor); forInitial holds their first letters, and those of
// italianElidedFor's words, in either case.
var (
	forWords = map[string]bool{"for": true, "für": true, "del": true, "de": true, "du": true, "della": true, "van": true, "voor": true, "do": true, "da": true, "pour": true, "para": true, "per": true,
		// How it came, in Spanish: "un código por SMS: ...".
		"por": true,
		// Where or whence, as English says it: "wifi password at the
		// shop is ...", "temp password from the email was ...".
		"at": true, "from": true, "on": true, "aus": true,
		// And in the other chat languages (session 52: "Mein
		// Benutzername im Shop ist sonnenblume_77").
		"im": true, "vom": true, "zum": true, "fürs": true, "bei": true, "beim": true, "bij": true, "op": true, "chez": true, "sur": true, "in": true,
		"na": true, "nel": true, "sul": true, "sulla": true, "nella": true, "su": true,
		// Portuguese "in the" before a masculine noun, beside "na"
		// (session 75: "meu usuário no app é ...").
		"no": true,
		// Spanish and French "in", "on" (session 73: "mi usuario en la
		// sede electrónica es ...", "Usuario en la app: ...").
		"en": true, "dans": true}
	forInitial = func() (t [256]bool) {
		for w := range forWords {
			t[w[0]], t[w[0]&^0x20] = true, true
		}
		for _, c := range "sndaSNDA" { // italianElidedFor's
			t[c] = true
		}
		return t
	}()
)

// spacedWord returns the span [r, e) of the word after the space at q,
// of fewer than limit bytes, letters and join between letters ("Wi-Fi",
// "c'est"); r is q when no space is at q.
func spacedWord(t string, q, limit int, join byte) (int, int) {
	r := q + spaceAt(t, q)
	if r == q {
		return q, q
	}
	e := r
	for e < len(t) && e-r < limit && (isWordByte(t[e]) && (t[e] < 0x80 || wordSepWidth(t, e) == 0) ||
		t[e] == join && e > r && e+1 < len(t) && isLetter(t[e+1])) {
		e++
	}
	return r, e
}

// whatFor returns where the verb starts when the words at p say what
// a secret is for, or where it is or came from, before it
// ("[password] for the admin panel is x", "[wifi password] at the shop
// is x", "[Passwort] für das WLAN ist x", "[contraseña] del wifi es x"): a
// preposition, then at most four words of fewer than 16 bytes, then a verb
// that valueAfter skips. A label's colon ends the words as the verb does
// ("[password] del gestionale: x", "[WLAN-Passwort] für den
// Kartenterminal-Techniker: x"), and its last word may be longer:
// whatFor then returns where the colon is, also when a space stands
// before it, as French sets it ("[code] de connexion : x"). Otherwise it
// returns p.
func whatFor(t string, p int) int {
	// Every preposition opens with one of these letters: most values
	// follow a ':', a '=' or "is", and are passed over at once.
	if p+1 >= len(t) || t[p] != ' ' || !forInitial[t[p+1]] {
		return p
	}
	var low [16]byte
	q := p
	for w := 0; w < 6; w++ {
		r, e := spacedWord(t, q, 32, '-') // "the Wi-Fi"
		if r == q {
			return p
		}
		// French sets a space before the colon: "[code] de connexion :
		// 481027".
		if w > 1 && e == r && r+1 < len(t) && t[r] == ':' && t[r+1] == ' ' {
			return r
		}
		// Italian elides its prepositions with their article before a
		// vowel: "[username] sull'app è ...", "[password] dell'account
		// era ...": the preposition and its noun, two words.
		if w == 0 && e-r >= 3 && e-r <= 4 {
			if a := apostropheAt(t, e); a > 0 && e+a < len(t) && isLetter(t[e+a]) && italianElidedFor(t[r:e]) {
				e += a
				for e < len(t) && isLetter(t[e]) && e-r < 32 {
					e++
				}
				if e+1 < len(t) && t[e] == ':' && t[e+1] == ' ' {
					return e // a label's colon: "PIN dell'app: 160384"
				}
				if e < len(t) && t[e] != ' ' {
					return p
				}
				w++
				q = e
				continue
			}
		}
		// French elides before a vowel: "de l'alarme", "de la box c'est".
		if e > r && e-r <= 2 && e+1 < len(t) && t[e] == '\'' && isLetter(t[e+1]) {
			e += 2
			for e < len(t) && isLetter(t[e]) && e-r < 32 {
				e++
			}
		}
		if w > 0 && e > r && e+1 < len(t) && t[e] == ':' && t[e+1] == ' ' {
			return e
		}
		if e == r || e-r >= 16 || e < len(t) && t[e] != ' ' && t[e] != ':' {
			return p
		}
		word := bytesText(lowerASCII(low[:0], t[r:e]))
		switch {
		case w == 0:
			if !forWords[word] {
				return p
			}
		case w > 1 && (beVerb(word) || cestWord(word)):
			return r
		}
		q = e
	}
	return p
}

// italianElidedFor reports whether w, in any case, is an Italian
// preposition with its article that elides before a vowel ("sull'",
// "nell'", "dell'", "dall'", "all'").
func italianElidedFor(w string) bool {
	var low [4]byte
	if len(w) > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], w)) {
	case "sull", "nell", "dell", "dall", "all":
		return true
	}
	return false
}

// namesItself reports whether a short value where a password goes names
// the password instead of being one: secret's words alone, one
// separator between them ("auth_token", "PASSWORD", "api-key"), or words
// after "your" or "my" without a digit ("your_auth_token",
// "YOUR_PASSWORD", "my-secret-key"). "Summer_2024", "Password_123!",
// "my_dog_rex99" and "S3cr3t-Key" are passwords.
//
// Each word is folded to lower case on its own: most values fail at the
// first, and the rest of them is never read.
func namesItself(v string) bool {
	w := v[:min(len(v), 64)]
	if len(w) > 3 && (equalLowerASCII("your", w[:4]) || equalLowerASCII("my", w[:2]) && !isLetter(w[2])) {
		for i := 0; i < len(w); i++ {
			if isDigit(w[i]) {
				return false
			}
		}
		return true
	}
	for len(w) > 0 {
		e := 0
		for e < len(w) && isLetter(w[e]) {
			e++
		}
		var low [8]byte // secretPart's longest word
		if e > len(low) || !secretPart(bytesText(lowerASCII(low[:0], w[:e]))) {
			return false
		}
		if e < len(w) {
			if c := w[e]; c != '_' && c != '-' && c != '.' || e+1 == len(w) {
				return false
			}
			e++
		}
		w = w[e:]
	}
	return true
}

// standIn reports whether the value t[q:v] after a secret's word (v
// past the closing brackets trimmed off it) stands in for the secret: a
// variable ("${DB_PASSWORD}", "$DB_PASSWORD", "$request->password",
// "%(password)s", "{{"), a call ("bcrypt('x')", "Hash::make($p)",
// "env('DB_PASSWORD')"), a list of validation rules
// ("required|string|min:8") or a placeholder of words wholly in brackets
// ("(hidden)", "[redacted]", "<your-password>"), as configs, templates
// and code write them. A value in brackets or after '$' with a digit or
// a symbol inside is a secret written so ("(Sunflower#88)", "$HUNTER2").
func standIn(t string, q, v int) bool {
	c := t[q]
	switch {
	case c == '$' && q+1 < v:
		if t[q+1] == '{' || t[q+1] == '(' {
			return true
		}
		return v-q <= 64 && variable(t[q+1:v])
	case (c == '{' || c == '%') && q+1 < v && (t[q+1] == '{' || t[q+1] == '('):
		return true
	case callAt(t, q) || ruleList(t[q:v]):
		return true
	}
	close := closer(c)
	if close == 0 {
		return false
	}
	var in string
	switch {
	case v < len(t) && t[v] == close:
		in = t[q+1 : v]
	case t[v-1] == close:
		in = t[q+1 : v-1]
	case v < len(t) && t[v] == ' ' && v < q+64:
		// Words in brackets that the value's end at a space cut:
		// Terraform's "(sensitive value)".
		e := strings.IndexByte(t[v:min(len(t), q+64)], close)
		if e < 0 {
			return false
		}
		in = t[q+1 : v+e]
	default:
		return false
	}
	if len(in) > 64 {
		return false // no placeholder; and a long run is read once per keyword
	}
	for i := 0; i < len(in); i++ {
		if b := in[i]; b < 0x80 && !isLetter(b) && b != ' ' && b != '_' && b != '-' && b != '.' {
			return false
		}
	}
	return true
}

// opener returns the bracket that the bracket c closes, or 0.
func opener(c byte) byte {
	switch c {
	case ')':
		return '('
	case ']':
		return '['
	case '}':
		return '{'
	}
	return 0
}

// closer returns the bracket that closes the bracket o, or 0.
func closer(o byte) byte {
	switch o {
	case '(':
		return ')'
	case '[':
		return ']'
	case '<':
		return '>'
	case '{':
		return '}'
	}
	return 0
}

// variable reports whether v, after a '$', names a variable rather
// than starts a password: a member ("request->password"), a name in
// capitals as environment variables are, with parts or no digit
// ("DB_PASSWORD", "S3_KEY"; "$HUNTER2" is a password), or a name in lower
// case with a secret's word for a part ("password", "db_pass"). Other
// shapes are passwords: "$ecurePass", "$ummer_2024".
func variable(v string) bool {
	if v == "" || !isLetter(v[0]) && v[0] != '_' {
		return false
	}
	if strings.Contains(v, "->") {
		return true // a member: "$request->password"
	}
	if d := strings.IndexByte(v, '.'); d > 1 && d < len(v)-2 && !strings.ContainsAny(v, "0123456789") {
		return true // "$cred.Password"; "$ummer.2024" is a password
	}
	lower, upper, digit, parts := false, false, false, false
	for i := 0; i < len(v); i++ {
		switch b := v[i]; {
		case isLower(b):
			lower = true
		case isLetter(b):
			upper = true
		case isDigit(b):
			digit = true
		case b == '_':
			parts = true
		default:
			return false
		}
	}
	switch {
	case upper && !lower:
		return parts || !digit
	case lower && !upper:
		for p := range strings.SplitSeq(v, "_") {
			if secretPart(p) {
				return true
			}
		}
	}
	return false
}

// secretPart reports whether the lower-case word w, a part of a name or
// a value, is a secret's word ("db_pass", "your_auth_token").
func secretPart(w string) bool {
	switch w {
	case "password", "passwd", "pass", "pwd", "secret", "token", "key", "apikey", "auth", "api", "access":
		return true
	}
	return false
}

// callAt reports whether the value at q opens with a call of a function
// in code: an identifier, then '(' and an argument that is a string, a
// variable, a constant or nothing ("bcrypt('x')", "env(DB_PASSWORD)",
// "hash($p)"), or any argument after a qualified name or one in snake or
// camel case ("Hash::make(", "os.getenv(", "make_password(raw)",
// "generatePassword(16)"). "summer(2024)" and "getmein(now)" are
// passwords.
func callAt(t string, q int) bool {
	w := t[q:min(len(t), q+48)]
	open := strings.IndexByte(w, '(')
	if open < 3 || open+1 >= len(t)-q {
		return false
	}
	// A qualified name is a function's, as is one in snake or camel case
	// that opens in lower case and whose parts are words of three
	// letters or more ("generatePassword", "make_password"; not
	// "iLove(NY)", "my_pass(123)", "BlueSky(2024)").
	qualified, parts := false, false
	part, short := 0, false
	for i := 0; i < open; i++ {
		switch b := w[i]; {
		case b == ':' && i+1 < open && w[i+1] == ':':
			qualified = true
			i++
		case b == '.':
			qualified = true
		case b == '_' || i > 0 && isLetter(b) && !isLower(b) && isLower(w[i-1]):
			parts = true
			short = short || part < 3
			part = 0
			if b != '_' {
				part = 1
			}
		case isLetter(b) || i > 0 && isDigit(b):
			part++
		default:
			return false
		}
	}
	named := qualified || parts && !short && part >= 3 && isLower(w[0])
	switch a := t[q+open+1]; {
	case a == '\'' || a == '"' || a == '`' || a == '$' || a == ')':
		return true
	case a >= 'A' && a <= 'Z':
		// A constant's name: "env(DB_PASSWORD)".
		k := q + open + 1
		for k < len(t) && (t[k] >= 'A' && t[k] <= 'Z' || t[k] == '_' || isDigit(t[k])) {
			k++
		}
		if k < len(t) && t[k] == ')' && k-(q+open+1) >= 3 {
			return true
		}
	}
	return named
}

// ruleList reports whether v is a list of validation rules, as Laravel
// writes them after a password's field ("required|string|min:8").
func ruleList(v string) bool {
	if i := strings.IndexByte(v, '|'); i < len("bail") || i > len("sometimes") {
		return false // where the first rule's '|' cannot be
	}
	for _, r := range [...]string{"required|", "nullable|", "sometimes|", "string|", "confirmed|", "bail|"} {
		if strings.HasPrefix(v, r) {
			return true
		}
	}
	return false
}

// wordy reports whether v is made of words and numbers only, as names,
// slugs, paths and placeholders are ("YOUR_API_KEY_HERE",
// "checkout-page-banner", "uploads/2024/03/photo-1234.jpg",
// "ERR_404_NotFound"): between separators each part is digits, or
// letters and at most three digits after them ("retry2"); a run of six
// letters or more holds a vowel, none is longer than twelve, and a
// capital inside a part starts a word of camel case unless the part is
// all capitals; three parts or more are not all of one length (a
// licence key's groups, "ABCD-1234-EFGH") nor three words with capitals
// (a passphrase, "Blue-Horse-Battery-Staple-42"). A random body fails
// one of these: "kqzvwxtrpl", "BXKHQ-WPTMJ-RCVFG", "dXNlcjpwYXNz",
// "a8F3kLm9".
func wordy(v string) bool {
	parts, size, same, titled := 0, -1, true, 0
	for len(v) > 0 {
		k, ok := wordPart(v)
		if !ok {
			return false
		}
		p := v[:k]
		parts++
		if size >= 0 && k != size {
			same = false
		}
		size = k
		if k > 1 && !isLower(p[0]) && isLetter(p[0]) && isLower(p[1]) {
			titled++
		}
		v = v[min(k+1, len(v)):]
	}
	// Groups of one length are a licence key's ("ABCD-1234-EFGH"); words
	// with capitals are a passphrase ("Blue-Horse-Battery-Staple-42").
	return parts < 3 || !(same && size >= 4) && titled < 3
}

// wordPart reads the part of wordy's split that opens v, its letters
// and digits, and returns where it ends and whether it reads as a word
// or a number. A digit too many or a letter after a digit ends the
// reading, before the end of the part: most of a random body is never
// read.
func wordPart(v string) (int, bool) {
	l := 0
	for l < len(v) && isLetter(v[l]) {
		l++
	}
	k := l
	for k < len(v) && isDigit(v[k]) {
		if l > 0 && k-l >= 3 {
			return k, false
		}
		k++
	}
	if k < len(v) && isAlnum(v[k]) {
		return k, false // a letter after a digit
	}
	p := v[:l] // the letters; what follows is digits
	upper := true
	for i := 0; i < l; i++ {
		if isLower(p[i]) {
			upper = false
			break
		}
	}
	run, vowel := 0, false
	for i := 0; i < l; i++ {
		b := p[i]
		if !upper && i > 0 && !isLower(b) {
			if !isLower(p[i-1]) || !wordRun(run, vowel) {
				return k, false // two capitals in a row in a part in camel case
			}
			run, vowel = 0, false
		}
		run++
		switch b | 0x20 {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			vowel = true
		}
	}
	return k, wordRun(run, vowel)
}

// wordRun reports whether a run of n letters, with or without a vowel,
// may be a word.
func wordRun(n int, vowel bool) bool {
	return n <= 12 && (n < 6 || vowel) // "smtp", "https" in camel case
}

// pairEnd returns where the value t[q:v] ends when it is one of the
// "key=value;" pairs of a connection string ("Password=x;Encrypt=True")
// or the "key=value&" pairs of a form or a query ("pwd=x&remember=1"):
// at a ';' that a key and '=' follow, or a '&' that a key without spaces
// and '=' follow, or v. A ';' in such a value is written in quotes, and
// a '&' escaped, so the first one of them ends it.
func pairEnd(t string, q, v int) int {
	// A separator is looked for in the value's first 256 bytes, as the
	// value is classed by them: every keyword inside a long run would
	// otherwise search the rest of it (quadratic time).
	w := min(v, q+256)
	semi, amp := -1, -1 // the next ';' and '&' from i, once looked for
	for i := q; i < w; i++ {
		if semi < i {
			if semi = strings.IndexByte(t[i:w], ';'); semi < 0 {
				semi = w
			} else {
				semi += i
			}
		}
		if amp < i {
			if amp = strings.IndexByte(t[i:w], '&'); amp < 0 {
				amp = w
			} else {
				amp += i
			}
		}
		if i = min(semi, amp); i >= w {
			return v
		}
		c := t[i]
		// The key may hold a space ("Initial Catalog=shop"), past
		// the end of the run; a form's key does not.
		k := i + 1
		for k < len(t) && k-i < 32 && (isAlnum(t[k]) || t[k] == '_' || c == ';' && t[k] == ' ' || c == '&' && (t[k] == '-' || t[k] == '.')) {
			k++
		}
		if k < len(t) && t[k] == '=' && i+1 < v && isLetter(t[i+1]) {
			return i
		}
	}
	return v
}

// lowerASCII appends s to dst with ASCII letters in lower case; with a
// small array behind dst, a switch on the result does not allocate.
func lowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// wordSet is a set of lower-case words, each with flags that say which
// lists of a reader it is on. Most words a reader meets are on none, and
// the set rules them out by their shape before they are folded and
// hashed: bit n of shape[c] is set when a word of the set n bytes long
// starts with the byte c, and bit 16+n when one ends with it, c with its
// 0x20 bit set, so that an ASCII letter reads the same entry in either
// case. One list of words thus gives both the filter and the lookup.
type wordSet struct {
	shape [256]uint32
	flags map[string]uint8
}

// add puts the words on the list flag; each must be shorter than 16
// bytes and in lower case.
func (s *wordSet) add(flag uint8, words ...string) {
	if s.flags == nil {
		s.flags = make(map[string]uint8)
	}
	for _, w := range words {
		if len(w) == 0 || len(w) >= 16 || strings.ToLower(w) != w {
			panic("redact: wordSet word " + w)
		}
		s.flags[w] |= flag
		s.shape[w[0]|0x20] |= 1 << len(w)
		s.shape[w[len(w)-1]|0x20] |= 1 << (16 + len(w))
	}
}

// may reports whether w, in any case of its ASCII letters, may be a word
// of the set: false means it is certainly not.
func (s *wordSet) may(w string) bool {
	n := len(w)
	return n > 0 && n < 16 && s.shape[w[0]|0x20]&(1<<n) != 0 && s.shape[w[n-1]|0x20]&(1<<(16+n)) != 0
}

// mayStart reports whether a word of the set may start with the byte c,
// in either case if it is an ASCII letter: false means none does.
func (s *wordSet) mayStart(c byte) bool {
	return s.shape[c|0x20]&0xffff != 0
}

// of returns the flags of w folded as lowerASCII folds it, 0 for a word
// not in the set.
func (s *wordSet) of(w string) uint8 {
	if !s.may(w) {
		return 0
	}
	var low [16]byte
	return s.flags[string(lowerASCII(low[:0], w))]
}

// promptUser reports the user of a shell's prompt at the start of a
// line, [i, at) before the '@' at at: "lnguyen@MacBook-Pro ~ % cd ...",
// "pnair@laptop:~/dev$ ssh ...". The host is a name without a domain (an
// e-mail address's host has one, and the e-mail recognizer read it
// first), then ':' or a space, and the prompt's '$', '%' or '#' before
// a space or the line's end within 48 bytes; system logins name no one.
func (s *state) promptUser(i, at int) {
	t := s.text
	h := at + 1
	for h < len(t) && h-at <= 64 && (isAlnum(t[h]) || t[h] == '-' || t[h] == '_' || t[h] == '.') {
		h++
	}
	if h == at+1 || h >= len(t) || t[h] != ':' && t[h] != ' ' {
		return
	}
	for q := h + 1; q < len(t) && q < h+48 && t[q] != '\n'; q++ {
		if c := t[q]; (c == '$' || c == '%' || c == '#') && (q+1 == len(t) || t[q+1] == ' ' || t[q+1] == '\n') {
			if personLogin(t[i:at]) {
				s.add(cand{start: i, end: at, typ: TypeUsername, rec: "username", score: 0.6})
			}
			return
		}
	}
}

// passwordAlternate reads the password a writer unsure of the first,
// t[p:v], gives after it, of three kinds of byte or more: "wachtwoord is
// Fietsen2024! of misschien Fietsen2023!", "password is Sunny2023 or
// maybe Sunny2024!", "Passwort Sommer2024! oder vielleicht Sommer2023!".
// Since session 74 also a variant of the first after "and" (what was
// tried), which may have two kinds of byte: it opens with the first's
// first five bytes or more in either case ("ive tried Bluebell2019! and
// bluebell2019").
func (s *state) passwordAlternate(p, v int) {
	t := s.text
	q := choiceNext(t, v, false)
	if q < 0 {
		if q = choiceNext(t, v, true); q < 0 || q-v < 4 {
			return // only "and", not a comma or a slash
		}
		w := passwordVariant(t, p, v, q)
		if w > 0 {
			s.add(cand{start: q, end: w, typ: TypePassword, rec: "password", score: 0.6})
		}
		return
	}
	if w := passwordToken(t, q); w > 0 {
		s.add(cand{start: q, end: w, typ: TypePassword, rec: "password", score: 0.6})
	}
}

// passwordVariant returns the end of the word at q when it is a variant
// of the password t[p:v]: six to 64 bytes to the next space, less a
// closing mark, of two kinds of byte or more and not of letters alone,
// with no slash or '@', that opens with the password's first five bytes
// or more in either case; or -1.
func passwordVariant(t string, p, v, q int) int {
	w := q
	for w < len(t) && w-q <= 64 && t[w] > ' ' {
		w++
	}
	for w > q && (t[w-1] == ',' || t[w-1] == '?' || t[w-1] == '.') {
		w--
	}
	if w-q < 6 || w-q > 64 || kindsOfBytes(t, q, w) < 2 || lettersOnly(t[q:w]) || strings.ContainsAny(t[q:w], "/@") {
		return -1
	}
	k := 0
	for k < v-p && k < w-q && t[p+k]|0x20 == t[q+k]|0x20 && isAlnum(t[p+k]) {
		k++
	}
	if k < 5 {
		return -1
	}
	return w
}

// finBefore reports whether "FIN" in capitals, a word of its own, stands
// right before i, past a space, a colon or both: "FIN WVWZZZ1K6AM482193",
// "FIN: WVWZZZ1K6AM482193".
func finBefore(t string, i int) bool {
	j := i
	for j > 0 && i-j < 3 && (t[j-1] == ' ' || t[j-1] == ':') {
		j--
	}
	return j < i && j >= 3 && t[j-3:j] == "FIN" && (j == 3 || !isAlnum(t[j-4]))
}

// pinWordEndsAt reports whether the word that ends at p holds "pin"
// ("PIN", "mpin", "pincode"; pinWordIn), whose digits pinAfter reads.
func pinWordEndsAt(t string, p int) bool {
	w := p
	for w > 0 && p-w < 12 && isLetter(t[w-1]) {
		w--
	}
	return pinWordIn(t[w:p])
}

// idNounBefore reports whether the word before i, past a colon, a '#',
// an '=' and spaces, names an id of software or a device ("session id
// X", "token: X", "device serial X"), which a token of a VIN's shape
// then is.
func idNounBefore(t string, i int) bool {
	p := i
	for p > 0 && p > i-4 && (t[p-1] == ' ' || t[p-1] == ':' || t[p-1] == '#' || t[p-1] == '=') {
		p--
	}
	q := p
	for p > 0 && q-p < 10 && isLetter(t[p-1]) {
		p--
	}
	if p == q || p > 0 && isLetter(t[p-1]) {
		return false
	}
	var low [10]byte
	switch string(lowerASCII(low[:0], t[p:q])) {
	case "id", "ids", "session", "token", "key", "code", "hash", "commit", "uuid", "trace", "request", "device", "serial", "sn", "build", "order", "ref":
		return true
	}
	return false
}
