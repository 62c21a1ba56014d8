package redact

import (
	"bytes"
	"slices"
	"strings"
)

// loginCall reads the arguments of a call that logs in with a user and
// a password, in that order, from its '(' at p: Python's smtplib,
// imaplib and ftplib ("s.login('ana@x.io', 'Tr0ub4dor&3')"), Go's
// SetBasicAuth, requests' HTTPBasicAuth, Java's PasswordAuthentication
// ("...("svc", "pw".toCharArray())"). The user may be a variable or a
// string; the password must be a string literal on the line that reads
// as one (passwordLike), so that "login(user, password)" and
// "login('admin', os.environ['PW'])" report nothing.
func (s *state) loginCall(p int) {
	t := s.text
	i := skipBlanks(t, p+1)
	// The user: a string literal or an expression without a comma.
	if i < len(t) && (t[i] == '"' || t[i] == '\'') {
		e := literalEnd(t, i)
		if e < 0 {
			return
		}
		i = e + 1
	} else if k := strings.IndexAny(t[i:min(len(t), i+64)], ",)\n"); k >= 0 {
		i += k
	} else {
		return
	}
	i = skipBlanks(t, i)
	if i >= len(t) || t[i] != ',' {
		return
	}
	i = skipBlanks(t, i+1)
	if i >= len(t) || t[i] != '"' && t[i] != '\'' {
		return
	}
	e := literalEnd(t, i)
	if e < 0 || e-i-1 < 4 {
		return
	}
	// The call or the argument list goes on after it: ')', ',' or a
	// method of the string (".toCharArray()").
	if a := skipBlanks(t, e+1); a < len(t) && t[a] != ')' && t[a] != ',' && t[a] != '.' {
		return
	}
	// A page's selectors log in too ("page.login('#username',
	// '#password')").
	if c := t[i+1]; c != '#' && c != '.' && c != '[' && passwordLike(t, i+1, e) {
		s.add(cand{start: i + 1, end: e, typ: TypePassword, rec: "password", score: 0.7})
	}
}

// skipBlanks returns the first byte at or after i that is no space or
// tab.
func skipBlanks(t string, i int) int {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return i
}

// skipWhite returns the first byte at or after i that is no white space
// of ASCII, within 64 bytes, or len(t): the arguments of a call may stand
// on lines of their own.
func skipWhite(t string, i int) int {
	for k := i; k < len(t) && k-i < 64; k++ {
		if c := t[k]; c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return k
		}
	}
	return len(t)
}

// literalEnd returns the quote that closes the string literal whose
// opening quote is at i, on the same line and within 256 bytes, a
// backslash escaping the next byte; or -1.
func literalEnd(t string, i int) int {
	q := t[i]
	for k := i + 1; k < len(t) && k-i <= 256; k++ {
		switch t[k] {
		case q:
			return k
		case '\\':
			k++
		case '\n':
			return -1
		}
	}
	return -1
}

// pinAfter reads the digits of a card's PIN, a passcode or a one-time
// code after its word, which spans [start, p): "my card PIN is 7877",
// "el PIN de mi tarjeta es 7087", "verification code: 586 698",
// "der Bestätigungscode war 643645", "2FA code 98423629". The word's
// joiners are those of a password's value (a colon, '=', "is" in the
// seven languages, what it is for: whatFor); the code is four to eight
// digits, or two groups of three or four parted by a space or a hyphen,
// that no letter or digit, no decimal, time or date, and no further
// group of digits (a phone's) continues. A value with letters is a
// password's, which valueAfter reads. Six digits after "PIN code", or
// after "PIN" that opens its line or follows a comma or a dash, are an
// Indian address's PIN code ("my pin code is 302176 (Jaipur)",
// "Bengaluru, Karnataka, PIN 560034"); Dutch writes a card's "pincode"
// with four.
func (s *state) pinAfter(start, p int) {
	t := s.text
	n := len(t)
	if p < n && (t[p] == '\'' || t[p] == '"') && start > 0 && t[start-1] == t[p] && strings.IndexByte(t[start:p], ' ') > 0 {
		// Words in quotes: "un 'código de verificación': 904417"
		// (session 57); not a key of JSON ("code":4011), one word.
		p++
	}
	if p-start == 3 && (t[start]|0x20) == 't' && t[start:p] != "TAN" {
		return // "tan" in lower case or title case is a colour ("Tan 2024 trench coat")
	}
	// A bare word for a code ("the code is 807963") names a one-time
	// code only after no word that makes it another code ("zip code",
	// "error code", "promo code") and before a verb or a colon.
	bare := bareCodeWord(t[start:p])
	if bare && codeQualified(t, start) {
		return
	}
	if s.codeIsYours(start, bare) {
		return
	}
	pin := pinWordIn(t[start:p])
	q := whatFor(t, p)
	if q > p && refForIn(t[p:q]) {
		return // "el código de operación es 01928374": a transaction's reference (session 56)
	}
	named := q > p // what the code is for: "PIN für den Laptop ist 159753", no Indian PIN code
	// A clause after a code's word: "the code you sent was ...", "le
	// code reçu par SMS c'est ...", "el pin que puse es ..." (a clause
	// opens with a pronoun or a participle, so "PIN code is ...", India's
	// postcode, has none).
	if r := clauseVerb(t, q); r > q {
		q = r
	}
	said := q > p // a verb or a colon came before the digits
	verb := said  // a verb did
	if bare && !said && q+4 < n && t[q] == ' ' && isDigit(t[q+1]) && lockWordBefore(t, start) {
		// A home's lock named before the bare code: "Keys in the key
		// safe, code 2931", "gate is on the left, code 4410".
		said, verb = true, true
	}
	skipped := 0 // articles and adjectives passed over
	for steps := 0; q < n && steps < 3; steps++ {
		if q == p && q+4 < n && t[q] == ',' && t[q+1] == ' ' && pin {
			q++ // "i forgot my pin, is it 0852 or 0582??"
		}
		q += spaceAt(t, q)
		if q < n && (t[q] == ':' || t[q] == '=' || t[q] == '#') {
			q++
			said = true
			continue
		}
		// The next sentence may give it: "it wants the passcode. its
		// 270164 i think".
		if q+2 < n && (t[q] == '.' || t[q] == ',') && t[q+1] == ' ' {
			if r := itsEnd(t, q+2); r > 0 {
				q = r
				said, verb = true, true
				continue
			}
		}
		if r := cestEnd(t, q); r > 0 {
			q = r // "le code c'est 615203"
			said, verb = true, true
			continue
		}
		w := q
		for w < n && isWordByte(t[w]) && w-q < 11 {
			w++
		}
		var low [12]byte
		word := string(lowerASCII(low[:0], t[q:w]))
		if w > q && w-q < 7 && (beVerb(word) || receivedWord(t[q:w]) || pinToWord(t[q:w])) && (spaceAt(t, w) > 0 || w < n && t[w] == ':') {
			q = hindiAuxEnd(t, w)
			said, verb = true, true
			continue
		}
		if w > q && w-q < 11 && spaceAt(t, w) > 0 && skipped < 2 && (verb && (word == "le" || word == "el" || word == "it") || !said && codeAdjective(word)) {
			// "est le 284 615": an article after the verb; "il codice
			// temporaneo era ...": an adjective before it. Neither
			// counts as a step; two at most are passed over.
			q = w
			steps--
			skipped++
			continue
		}
		if w > q && w-q < 11 && w < n && t[w] == ':' && receivedParticiple(word) {
			q = w // "ik heb de code gekregen: 739 104"
			said, verb = true, true
			continue
		}
		break
	}
	// A code of capitals and digits after a word that names a code
	// sent to verify ("the verification code you emailed me was
	// 5K7Q2M"); after a bare "code" that shape is an offer's ("the code
	// is ABC123").
	if !bare && q > p && q < n && (isUpperByte(t[q]) || isDigit(t[q])) && (t[q-1] == ' ' || t[q-1] == ':') {
		if e := mixedCodeEnd(t, q); e > 0 && !pin {
			s.add(cand{start: q, end: e, typ: TypePassword, rec: "pin", score: 0.7})
			return
		}
	}
	// A bank's text message: "Code 227 190 to approve payment of
	// £950.00", "code 604172 to confirm your new payee": six digits and
	// what they are for after them (session 66).
	if bare && !said && q < n && q > p && isDigit(t[q]) && t[q-1] == ' ' {
		// Four to eight digits before the step they serve, but a year:
		// "code 8841 for delivery confirmation" (session 74).
		if e, d := codeDigitsEnd(t, q); d == 6 && otpPurposeAfter(t, e) || d >= 4 && d <= 8 && !(d == 4 && (t[q] == '1' && t[q+1] == '9' || t[q] == '2' && t[q+1] == '0')) && otpStepAfter(t, e) {
			said, verb = true, true
		}
	}
	// A code glued to its word, as a phone's keyboard drops the space:
	// "OTP code482913", "il codice OTP558127" (session 67): six digits
	// that end their word.
	if q == p && p < n && isDigit(t[p]) {
		if e, d := codeDigitsEnd(t, p); d == 6 && (e == n || !isAlnum(t[e])) {
			s.add(cand{start: p, end: e, typ: TypePassword, rec: "pin", score: 0.7})
			return
		}
	}
	if q == p || q >= n || !isDigit(t[q]) || t[q-1] != ' ' && t[q-1] != ':' && t[q-1] != '=' && t[q-1] != '#' || bare && (!said && !s.theCodeDigits(start, p, q) || qualifierIn(t, p, q)) {
		if !s.bracketCodeAfter(p) {
			s.codeReply(p) // a bare word that another code's word qualified returned above
		}
		return
	}
	e, d := codeDigitsEnd(t, q)
	// A code that carries a keypad's hash or star is keyed in, no
	// product's: "met code 1942#" (session 67). The mark stays out of
	// the value, as session 39 chose ("gate code: 7391#"); the blind
	// sets' writers split on it (four values with it, three without).
	hash := q >= 2 && t[q-1] == '#' && t[q-2] == ' '
	star := e < n && (t[e] == '#' || t[e] == '*') && (e+1 == n || !isAlnum(t[e+1]))
	if d < 4 || d > 8 || bare && !verb && d != 6 && !hash && !star {
		return // "Code: 4417" labels a product as often; a code sent is six digits
	}
	if d == 6 {
		// Only six digits ask the word: a PIN's, or India's "PIN code".
		if w := strings.ToLower(t[start:p]); !named && strings.Contains(w, "pin") && s.pinCodePlace(start, w) {
			// India's "PIN code", a postcode: "my pin code is 302176
			// (Jaipur)". Its first digit is 1 to 8.
			if t[q] >= '1' && t[q] <= '8' && s.on(TypeZipCode) {
				s.add(cand{start: q, end: e, typ: TypeZipCode, rec: "pin_code", score: 0.7})
			}
			return
		}
	}
	s.add(cand{start: q, end: e, typ: TypePassword, rec: "pin", score: 0.7})
	s.codeAlternates(e, d)
}

// otpPurposeAfter reports whether what a one-time code is for follows
// it at t[e]: " to approve", " to confirm", " to verify", " to
// authorise", " to sign in", " to log in", " to complete", " to reset".
func otpPurposeAfter(t string, e int) bool {
	if e+4 > len(t) || t[e:e+4] != " to " {
		return false
	}
	w := e + 4
	v := letterRunEnd(t, w)
	var low [10]byte
	if v-w > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], t[w:v])) {
	case "approve", "confirm", "verify", "authorise", "authorize", "complete", "sign", "log", "reset", "activate":
		return true
	}
	return false
}

// otpStepAfter reports whether the step a one-time code serves follows
// it at t[e] after "for" ("code 8841 for delivery confirmation", "for
// verification", "for login"), or that it expired or failed ("phone
// code 5521 expired alredy", session 74; "code 448120 didnt work",
// session 79), which no product's code does.
func otpStepAfter(t string, e int) bool {
	if e+1 >= len(t) || t[e] != ' ' {
		return false
	}
	w := e + 1
	v := letterRunEnd(t, w)
	var low [16]byte
	if v-w > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], t[w:v])) {
	case "expired", "expires", "expiring":
		return true
	case "didnt", "doesnt", "isnt", "wont", "never", "not", "keeps", "invalid":
		// It failed, which a code sent does and a product's does not
		// ("code 448120 didnt work either", "code 482913 never came").
		return true
	case "didn", "doesn", "isn", "won":
		return strings.HasPrefix(t[v:], "'t ") || strings.HasPrefix(t[v:], "’t ")
	case "for":
		if v+1 >= len(t) || t[v] != ' ' {
			return false
		}
		w = v + 1
		if v = letterRunEnd(t, w); v-w > len(low) {
			return false
		}
		switch string(lowerASCII(low[:0], t[w:v])) {
		case "delivery", "verification", "login", "signin", "confirmation", "authentication", "authorisation", "authorization":
			return true
		}
	}
	return false
}

// refFor names the records whose codes are references, not secrets,
// when a code's word says it is theirs ("código de operación",
// "code de commande", "Code der Sendung"). It is narrower than the
// keyword table's reference words (gNeg) on purpose: those hold a
// parcel's and a package's words too, and the code that opens a parcel
// locker is a secret (session 50: "Pickup PIN for the parcel locker is
// 448213"); a lookup in gNeg was tried in session 56's second read and
// lost it.
var refFor = setOf("operación", "operacion", "operação", "operacao", "transacción", "transaccion", "transação", "transacao",
	"transaction", "transaktion", "transazione", "order", "pedido", "commande", "bestellung", "ordine", "bestelling", "encomenda",
	"seguimiento", "tracking", "rastreio", "sendung", "envío", "envio", "booking", "reserva", "réservation", "reservation", "prenotazione")

// refForIn reports whether one of the words of w, in lower case, is a
// record's of refFor.
func refForIn(w string) bool {
	for rest := w; rest != ""; {
		var f string
		f, rest, _ = strings.Cut(rest, " ")
		var low [16]byte
		if f != "" && len(f) <= len(low) && refFor[string(foldBytes(low[:0], f))] {
			return true
		}
	}
	return false
}

// lockWords name a lock that a code opens, in the chat languages.
var lockWords = setOf("safe", "keysafe", "lockbox", "keybox", "door", "gate", "alarm", "keypad", "padlock", "garage",
	"porte", "portail", "digicode", "puerta", "portal", "portone", "cancello", "tür", "haustür", "tor", "deur", "poort", "porta", "portão",
	// Session 57: "die Schlüsselbox am Gartentor hat den Code 7193".
	"schlüsselbox", "schlüsseltresor", "schlüsselsafe", "gartentor", "hoftor", "garagentor", "alarmanlage", "sleutelkluis",
	"sleutelkastje", "cajetín", "alarme", "allarme")

// lockWordBefore reports whether the sentence before start, within 48
// bytes, names a lock that a code opens (lockWords): a key safe, a
// lockbox, a door, a gate, an alarm or a keypad.
func lockWordBefore(t string, start int) bool {
	a := max(0, start-48)
	if k := strings.LastIndexAny(t[a:start], ".!?\n"); k >= 0 {
		a += k + 1
	}
	return wordIn(t[a:start], lockWords, nil)
}

// codeIsYours reads a one-time code that a text message gives before
// the code's word, which starts at start, and reports whether it did:
// "583920 is my login code", "G-482913 is your verification code",
// "482 913 est votre code". The code is four to eight digits (two groups
// of three or four, see codeDigitsEnd; six after a bare "code", as a
// code sent is), maybe after Google's "G-", at the start of the text or
// after a space, a quote or a bracket, and no word that makes it another
// code before it ("order 12345678 is your code"); then a verb of being
// and a possessive.
func (s *state) codeIsYours(start int, bare bool) bool {
	t := s.text
	// The possessive and the verb, each after a space: "... is your ".
	b := start
	var low [8]byte
	for w := 0; w < 2; w++ {
		if b < 2 || t[b-1] != ' ' {
			return false
		}
		e := b - 1
		a := e
		for a > 0 && isLetter(t[a-1]) && e-a < 8 {
			a--
		}
		if a == e || a > 0 && isLetter(t[a-1]) {
			return false
		}
		word := string(lowerASCII(low[:0], t[a:e]))
		if w == 0 && !codeOwnerWord(word) || w == 1 && !beVerb(word) {
			return false
		}
		b = a
	}
	if b < 5 || t[b-1] != ' ' || !isDigit(t[b-2]) {
		return false
	}
	// The code: its digits end at the space; where do they start?
	e := b - 1
	q := e
	for q > 0 && (isDigit(t[q-1]) || t[q-1] == ' ' && q > 1 && isDigit(t[q-2])) && e-q < 9 {
		q--
	}
	v := q
	if q >= 2 && t[q-1] == '-' && t[q-2] == 'G' {
		q -= 2 // Google's "G-482913"
	}
	if q > 0 && t[q-1] != ' ' && t[q-1] != '"' && t[q-1] != '\'' && t[q-1] != '(' && t[q-1] != '\n' && t[q-1] != ':' {
		return false
	}
	if end, d := codeDigitsEnd(t, v); end != e || d < 4 || d > 8 || bare && d != 6 || codeQualified(t, q) {
		return false
	}
	s.add(cand{start: q, end: e, typ: TypePassword, rec: "pin", score: 0.7})
	return true
}

// codeOwnerWord reports whether the folded word w is a possessive that
// says whose a code sent is, or the article that stands for one: "is
// your code", "est votre code", "es tu código", "ist dein Code", "é o
// código".
func codeOwnerWord(w string) bool {
	switch w {
	case "your", "my", "votre", "ton", "tu", "su", "dein", "ihr", "uw", "je", "jouw", "seu", "teu", "il", "o":
		return true
	}
	return false
}

// bracketCodeAfter reads a one-time code of six digits that a clause
// after its word, which ends at p, gives in brackets, and reports
// whether it did: "le code reçu par sms (739104) est refusé", "un codice
// OTP, che arriva (318 240) ma poi", "a verification code that got
// texted to me (493 027)". Only letters, spaces, apostrophes and commas
// stand between, within 64 bytes, and no word that makes it another
// code ("code for my order (482910)").
func (s *state) bracketCodeAfter(p int) bool {
	t := s.text
	lim := min(len(t), p+64)
	q := p
	for q < lim && (isLetter(t[q]) || t[q] == ' ' || t[q] == ',' || t[q] == '\'' || t[q] >= 0x80) {
		q++
	}
	if q == p || q+8 > len(t) || t[q] != '(' || t[q-1] != ' ' || !isDigit(t[q+1]) || qualifierIn(t, p, q) {
		return false
	}
	e, d := codeDigitsEnd(t, q+1)
	if d != 6 || e >= len(t) || t[e] != ')' {
		return false
	}
	s.add(cand{start: q + 1, end: e, typ: TypePassword, rec: "pin", score: 0.7})
	return true
}

// codeAlternates reads the codes that a writer unsure of one gives after
// it, of as many digits, joined by "or", "and", a comma or a slash:
// "was it 4471 or 4417??", "481 209 and 774120", "0852/0582".
func (s *state) codeAlternates(e, d int) {
	t := s.text
	for k := 0; k < 3; k++ {
		q := choiceNext(t, e, true)
		if q < 0 || q >= len(t) || !isDigit(t[q]) {
			return
		}
		f, g := codeDigitsEnd(t, q)
		if g != d || f < len(t) && (isAlnum(t[f]) || t[f] == '-' || t[f] == '.' && f+1 < len(t) && isDigit(t[f+1])) {
			return
		}
		s.add(cand{start: q, end: f, typ: TypePassword, rec: "pin", score: 0.7})
		e = f
	}
}

// choiceNext returns where the next value starts that a writer unsure
// of the one ending at e gives after it, or -1: after "or" in the chat
// languages ("or", "oder", "ou", "o", "of", "oppure"), maybe with a hedge
// ("or maybe", "of misschien", "oder vielleicht"), and when lists is
// set, after "and", a comma or a slash ("481 209 and 774120",
// "0852/0582"), which a password's value may hold itself.
func choiceNext(t string, e int, lists bool) int {
	if lists {
		switch {
		case strings.HasPrefix(t[e:], ", "):
			return e + 2
		case strings.HasPrefix(t[e:], " / "):
			return e + 3
		case e < len(t) && t[e] == '/':
			return e + 1
		}
	}
	r, w := spacedWord(t, e, 8, 0)
	if w == r {
		return -1
	}
	var low [8]byte
	switch string(lowerASCII(low[:0], t[r:w])) {
	case "or", "oder", "ou", "o", "of", "oppure":
	case "and":
		if !lists {
			return -1
		}
	default:
		return -1
	}
	q := w + spaceAt(t, w)
	if r2, w2 := spacedWord(t, w, 12, '-'); w2 > r2 {
		var hedge [12]byte
		switch string(lowerASCII(hedge[:0], t[r2:w2])) {
		case "maybe", "perhaps", "misschien", "vielleicht", "peut-être", "quizás", "quizas", "talvez", "forse":
			q = w2 + spaceAt(t, w2)
		}
	}
	return q
}

// theCodeDigits reports whether six digits at q follow a bare code's
// word, which spans [start, p), right after an article or a possessive:
// "entered ... the code 803 552", "the bank sent me a code 551208", "me
// ha llegado el código 384 921", "chegou o código 552318"; or after
// "with" or "using" after a verb of proving who one is ("confirm with
// code 558 201"). A code named so is the one at hand; "code 1234" and
// "Code: 4417" label products as often.
func (s *state) theCodeDigits(start, p, q int) bool {
	t := s.text
	if q != p+1 {
		return false
	}
	if _, d := codeDigitsEnd(t, q); d != 6 {
		return false
	}
	b := start
	if b < 2 || t[b-1] != ' ' {
		return false
	}
	a := b - 1
	for a > 0 && isLetter(t[a-1]) && b-1-a < 5 {
		a--
	}
	if a > 0 && isLetter(t[a-1]) {
		return false
	}
	var low [8]byte
	switch string(lowerASCII(low[:0], t[a:b-1])) {
	case "the", "a", "my", "your", "this", "that", "el", "o", "le", "il", "lo", "de", "der", "den", "het", "mi", "mon", "meu", "seu", "su", "tu":
		return true
	case "with", "using", "w":
		// A message asks to confirm or sign in with one: "confirm with
		// code 558 201"; "10% off with code 482910" is an offer's. A
		// text message with one brings it: "I got a text with code
		// 482193" (session 51).
		if confirmVerbBefore(t, a) || messageNounBefore(t, a) {
			return true
		}
	}
	// ... or after a word of second factors earlier in the sentence:
	// "I can't get past the 2FA screen, code 620 157 never works".
	return secondFactorBefore(t, start)
}

// confirmVerbBefore reports whether the word before a, and one space, is
// a verb of proving who one is: "confirm", "verify", "validate" or the
// "in" of "sign in" and "log in".
func confirmVerbBefore(t string, a int) bool {
	for _, v := range [...]string{"confirm", "verify", "validate", "in", "authenticate"} {
		if wordBefore(t, a, v) {
			return true
		}
	}
	return false
}

// messageNounBefore reports whether the word before a, and one space,
// names a text message that brings a one-time code: "a text with code
// ...", "an SMS with code ..." (an e-mail "with code 482913" offers a
// discount as often).
func messageNounBefore(t string, a int) bool {
	for _, v := range [...]string{"text", "sms", "message"} {
		if wordBefore(t, a, v) {
			return true
		}
	}
	return false
}

// secondFactorBefore reports whether "2FA", "OTP", "SMS", "MFA",
// "authenticator" or "one-time" stands in the 60 bytes before p, on p's
// line.
func secondFactorBefore(t string, p int) bool {
	a := max(0, p-60)
	if nl := strings.LastIndexByte(t[a:p], '\n'); nl >= 0 {
		a += nl + 1
	}
	var low [60]byte
	w := string(lowerASCII(low[:0], t[a:p]))
	return strings.Contains(w, "2fa") || strings.Contains(w, "otp") || strings.Contains(w, "sms") || strings.Contains(w, "mfa") || strings.Contains(w, "authenticator") ||
		strings.Contains(w, "one-time") || strings.Contains(w, "one time") // "I've sent a one-time code to (480) 878-0511. Code 020817" (session 56)
}

// codeAdjective reports the lower-case words that say a code or a PIN
// is temporary, after its word: "il codice temporaneo era ...", "code
// PIN provisoire est ...".
func codeAdjective(w string) bool {
	switch w {
	case "temporaneo", "temporanea", "provvisorio", "provisoire", "temporaire", "provisional", "temporal", "temporário", "temporario", "provisório", "provisorio", "tijdelijke", "temporary":
		return true
	}
	return false
}

// receivedParticiple reports the participles, longer than
// receivedWord's, that say a code came in before a colon: "ik heb de
// code gekregen: 739 104", "den Code erhalten: ...".
func receivedParticiple(w string) bool {
	switch w {
	case "gekregen", "ontvangen", "erhalten", "bekommen", "received", "recibido", "ricevuto", "recebido":
		return true
	}
	return false
}

// pinWordIn reports whether the phrase w holds "pin" in any case ("PIN",
// "pin code", "Geheimzahl" does not), without a copy.
func pinWordIn(w string) bool {
	for i := 0; i+3 <= len(w); i++ {
		if w[i]|0x20 == 'p' && w[i+1]|0x20 == 'i' && w[i+2]|0x20 == 'n' {
			return true
		}
	}
	return false
}

// codeDigitsEnd returns the end of the digits of a code that start at q
// and how many there are, or 0 digits when what follows them makes them
// part of a longer number ("PIN 1234 5678 9012", "code 2024-05-12", "otp
// 1234.5"): one group, two groups of three or four ("586 698",
// "4250-7903"), three of two ("55 81 02") or four to eight digits one
// by one ("7 2 9 1 4 0").
func codeDigitsEnd(t string, q int) (int, int) {
	n := len(t)
	e := nextNonDigit(t, q)
	d := e - q
	if (d == 3 || d == 4) && e+1 < n && (t[e] == ' ' || t[e] == '-') && isDigit(t[e+1]) {
		if f := nextNonDigit(t, e+1); f-(e+1) == d {
			e, d = f, 2*d
		}
	} else if d == 2 && e+5 < n && t[e] == ' ' && t[e+3] == ' ' && nextNonDigit(t, e+1) == e+3 && nextNonDigit(t, e+4) == e+6 {
		e, d = e+6, 6
	} else if d == 1 && e+1 < n && (t[e] == ' ' || t[e] == '-') {
		// Digits read out one by one: "code is 7 2 9 1 4 0"; a keypad's
		// keys in turn: "combo 3-8-1-6" (session 57).
		k := 1
		sep := t[e]
		for k < 8 && e+1 < n && t[e] == sep && isDigit(t[e+1]) && (e+2 == n || !isDigit(t[e+2])) {
			e, k = e+2, k+1
		}
		if k >= 4 {
			d = k
		} else {
			e = q + 1
		}
	}
	if e < n && (isAlnum(t[e]) || t[e] >= 0x80 || e+1 < n && isDigit(t[e+1]) && strings.IndexByte(" .,:/-", t[e]) >= 0) {
		return e, 0
	}
	return e, d
}

// mixedCodeEnd returns the end of a code of six to eight capitals and
// digits, both kinds in it, that starts at q and ends its word, or 0.
func mixedCodeEnd(t string, q int) int {
	e, letters, digits := q, 0, 0
	for e < len(t) && e-q <= 8 && (isUpperByte(t[e]) || isDigit(t[e])) {
		if isDigit(t[e]) {
			digits++
		} else {
			letters++
		}
		e++
	}
	if e-q < 6 || e-q > 8 || letters == 0 || digits == 0 || e < len(t) && (isAlnum(t[e]) || t[e] >= 0x80 || t[e] == '-') {
		return 0
	}
	return e
}

// itsEnd returns where "its", "it's" or "it’s" and the space after it
// end when they start at i, or 0.
func itsEnd(t string, i int) int {
	return spacedEnd(t, i, "its ", "it's ", "it’s ")
}

// cestEnd is itsEnd for the French "c'est": "le code c'est 615203", and
// for chat's spellings of it, "cest" and "c" ("mon mdp c Chaton_1984").
func cestEnd(t string, i int) int {
	return spacedEnd(t, i, "c'est ", "c’est ", "cest ", "c ")
}

// cestWord reports whether the folded word w is "c'est" or a spelling
// of it that chat uses (see cestEnd).
func cestWord(w string) bool {
	return w == "c'est" || w == "cest" || w == "c"
}

// spacedEnd returns where the first of the words ws (each with its space
// after it) that starts at i, in any case, ends before that space, or 0.
func spacedEnd(t string, i int, ws ...string) int {
	for _, w := range ws {
		if len(t)-i >= len(w) && strings.EqualFold(t[i:i+len(w)], w) {
			return i + len(w) - 1
		}
	}
	return 0
}

// codeReply reads a one-time code given in reply to a message that
// names it, within the 200 bytes after its word (p): "We've resent a
// code to the number ending in 8830.\nKwame [9:16 AM]\ngot it, 774102",
// "I've resent it ... Customer: got it 903 418". The reply opens with
// "got it", then a comma or a colon maybe, and six digits in one to
// three groups. A colon that ends a clause of the code's own sentence
// gives it too: "no me llega el código de verificación, ya me llegó uno
// pero expiró: 58 20 41" (session 72; no word of another code between:
// "código de verificación del pedido: 582041").
func (s *state) codeReply(p int) {
	t := s.text
	lim := min(len(t), p+200)
	ended := false // the code's sentence has ended
	for i := p; i < lim; i++ {
		// The reply's opener: "got it" or "its"/"it's" after a
		// sentence's end ("... to confirm the email change. its
		// 615204").
		var q int
		switch c := t[i] | 0x20; {
		case t[i] == '.' || t[i] == '!' || t[i] == '?':
			ended = true
			continue
		case t[i] == ':' && !ended && i > p && (isLetter(t[i-1]) || t[i-1] >= 0x80) && !qualifierIn(t, p, i):
			q = i + 1
		case t[i] == '\n':
			// A line that gives the code alone, maybe after its
			// speaker's label: "...texted you.\nCustomer: 482913\n".
			q = speakerLabelEnd(t, i+1)
			if r := q + spaceAt(t, q); r < len(t) && isDigit(t[r]) {
				if e, d := codeDigitsEnd(t, r); d == 6 && (e == len(t) || t[e] == '\n' || t[e] == '\r') {
					s.add(cand{start: r, end: e, typ: TypePassword, rec: "pin", score: 0.7})
					return
				}
			}
			continue
		case c == 'g' && i+6 <= len(t) && strings.EqualFold(t[i:i+6], "got it") && (i == 0 || !isLetter(t[i-1])):
			q = i + 6
		case c == 'i' && i >= 2 && (t[i-2] == '.' || t[i-2] == '!' || t[i-2] == '\n' || t[i-2] == ',' || i-1 == p) && t[i-1] == ' ':
			// "... just came thru, its 482 913"; "..., i got 482913";
			// run on after the code's word: "got the code its 730 514".
			if q = itsEnd(t, i); q == 0 {
				if i+6 > len(t) || !strings.EqualFold(t[i:i+6], "i got ") {
					continue
				}
				q = i + 5
			}
		default:
			continue
		}
		r := q
		for r < len(t) && r-q < 3 && (t[r] == ',' || t[r] == ':' || t[r] == ' ') {
			r++
		}
		if r == q || r >= len(t) || !isDigit(t[r]) {
			continue
		}
		if e, d := codeDigitsEnd(t, r); d == 6 {
			s.add(cand{start: r, end: e, typ: TypePassword, rec: "pin", score: 0.7})
			return
		}
	}
}

// beVerbAfter reports whether a verb of being follows the space at w.
func beVerbAfter(t string, w int) bool {
	sp := spaceAt(t, w)
	if sp == 0 {
		return false
	}
	a := w + sp
	e := a
	for e < len(t) && e-a < 6 && (isWordByte(t[e]) || t[e] >= 0x80) {
		e++
	}
	var low [8]byte
	return e > a && e-a <= len(low) && spaceAt(t, e) > 0 && beVerb(bytesText(lowerASCII(low[:0], t[a:e])))
}

// speakerLabelEnd returns where a speaker's label that opens the line
// at p ends, after its colon ("Customer:", "[10:42] user>" is none), or
// p: a capitalised word of letters, maybe a second one or a name in
// brackets, and ':'.
func speakerLabelEnd(t string, p int) int {
	q := p
	for q < len(t) && q-p < 24 && (isLetter(t[q]) || t[q] == ' ' || t[q] == '(' || t[q] == ')') {
		q++
	}
	if q == p || q >= len(t) || t[q] != ':' || !isUpperByte(t[p]) {
		return p
	}
	return q + 1
}

// userAfter reads an account's user name after its word, which spans
// [start, p): "username jweiss84", "Username: ale.ricci88", "login:
// fernanda.lima92", "Mon identifiant c'est mroux_31", "--username
// elif.yildiz". Words that are prose as often ("user", "login",
// "utente") need a label's ':' or '=' after them. The name is three to
// forty bytes of letters, digits, '.', '_' and '-', with a digit or one
// of the signs inside it ("jweiss84", "owen_blake"): a word alone is as
// often prose ("username field", "username is wrong"). An e-mail
// address is the e-mail recognizer's, and the generic logins of systems
// ("admin", "ec2-user") name no one.
func (s *state) userAfter(start, p int) {
	t := s.text
	n := len(t)
	if p-start == 4 || p-start == 5 || p-start == 3 {
		// Words whose user name is not a label's value: a home folder's
		// ("/home/dkaplan/"), ssh's login ("ssh jlee@10.0.0.5").
		var low [8]byte
		switch string(lowerASCII(low[:0], t[start:p])) {
		case "home", "users":
			s.homeUser(start, p)
			return
		case "ssh", "scp", "sftp":
			s.sshUser(p)
			return
		}
	}
	// An ssh server's log: "Accepted publickey for gmensah from
	// 109.80.52.105", "Failed password for invalid user backup from ...".
	if (p-start == 9 || p-start == 8) && (t[start] == 'p' || t[start] == 'P') && (equalLowerASCII("publickey", t[start:p]) || equalLowerASCII("password", t[start:p])) {
		// "publickey", "password": only in an ssh server's log.
		if p+5 < n && t[p] == ' ' && t[p+1] == 'f' {
			s.sshdUser(p)
		}
		return
	}
	if p-start == 4 && p+1 < n {
		switch {
		case t[p] == '/' && start > 0 && t[start-1] == ':':
			// An AWS ARN's user: "arn:aws:iam::381492650117:user/hannah.schmidt".
			s.loginAt(p+1, " \t\n\"',}")
			return
		case t[p] == ' ' && equalLowerASCII("user", t[start:p]) && strings.Contains(t[p:min(n, p+48)], "(uid="):
			// PAM's log: "session opened for user dokafor(uid=1004)".
			s.loginAt(p+1, "(")
			return
		case t[start] == 'U' && t[p] == ' ' && lineOpensAt(t, start) && strings.Contains(t, "Host"):
			// An ssh config's "User mikko" under its "Host".
			s.loginAt(p+1, "\n\r")
			return
		}
	}
	if p-start == 3 && p+2 < n && t[p] == '=' && isDigit(t[p+1]) && equalLowerASCII("uid", t[start:p]) {
		// id's output: "uid=1004(hbecker) gid=1004(hbecker)".
		q := nextNonDigit(t, p+1)
		if q < n && t[q] == '(' {
			s.loginAt(q+1, ")")
		}
		return
	}
	if p-start == 4 && p+1 < n && t[p] == ':' && equalLowerASCII("sudo", t[start:p]) {
		// sudo's log: "sudo:   t.wisniewski : TTY=pts/2 ; ...".
		q := p + 1
		for q < n && q-p < 8 && t[q] == ' ' {
			q++
		}
		if e := strings.Index(t[q:min(n, q+48)], " : TTY="); e > 0 {
			s.loginAt(q, " ")
		}
		return
	}
	if p-start >= 4 && p-start <= 9 && (t[start] == 'd' || t[start] == 'p' || t[start] == 'm') {
		var low [12]byte
		switch string(lowerASCII(low[:0], t[start:p])) {
		case "docker", "podman", "mysql", "mysqldump", "psql", "pg_dump":
			// A command's user flag later on its line: "docker login
			// registry.gitlab.com -u mateus.oliveira -p ...", "mysql -u
			// rsharma -p", "psql -U jdoe -h db".
			s.userFlagAfter(p)
			return
		}
	}
	// A social network's word before an '@' handle reads no user name
	// after it: the handle is atHandle's, which reads every '@' that
	// opens a word (one search of a few bytes spares the word's folding
	// at the common words of the group, "user", "password", "home").
	if p-start <= 9 && strings.IndexByte(t[p:min(n, p+32)], '@') >= 0 && socialWord(t[start:p]) {
		return
	}
	label := false     // a ':' or '=' came, or a verb of being
	colon := false     // a ':' or '=' came
	q := whatFor(t, p) // "my username on the site is ..."
	if q == p {
		q = namedSiteColon(t, p) // "Gebruikersnaam DigiD: ..."
	}
	// A key in quotes: "user":"lucia.ferrari" in a JSON log.
	if q == p && q+1 < n && (t[q] == '"' || t[q] == '\'') && start > 0 && t[start-1] == t[q] && (t[q+1] == ':' || t[q+1] == '=') {
		q++
	}
	// A command's flag names what follows it: "--username jmartinez".
	flag := start >= 2 && t[start-1] == '-' && t[start-2] == '-'
	for steps := 0; q < n && steps < 3; steps++ {
		q += spaceAt(t, q)
		if q < n && (t[q] == ':' || t[q] == '=') {
			q++
			label, colon = true, true
			continue
		}
		w := q
		for w < n && (isWordByte(t[w]) || t[w] == '\'') && w-q < 7 {
			w++
		}
		var low [8]byte
		// "its" stands for "it's" in chat: "add me on discord its
		// moonpie.exe".
		// Italian "è" typed without its accent: "il mio user e marco_b85"
		// (a name of prose after it, "user e password", has no digit).
		if j := bytesText(lowerASCII(low[:0], t[q:w])); w > q && (beVerb(j) || cestWord(j) || j == "its" || j == "it's" || j == "e") && spaceAt(t, w) > 0 {
			q = w
			label = true
			continue
		} else if !label && w > q && (j == "here" || j == "there" || j == "dele" || j == "dela") && beVerbAfter(t, w) {
			// "my username here is kaiwhale", "login dele é ..." (his
			// login is; session 80): a word of place or owner before
			// the verb.
			q = w
			continue
		}
		// "by the way" between the verb and the name: "mein
		// benutzername war übrigens lena.hartmann88" (session 73).
		if label && w > q {
			e := w
			for e < n && isWordByte(t[e]) && e-q < 12 {
				e++
			}
			var aside [12]byte
			if spaceAt(t, e) > 0 && asideWords[string(lowerASCII(aside[:0], t[q:e]))] {
				q = e
				continue
			}
		}
		break
	}
	if q > p && q < n && t[q] >= 0x80 {
		// In typographic quotes: 'L'utilisateur « VieuxLoup_75 »',
		// 'Nutzer „Heckenschere_Uwe“'.
		s.typoQuotedUser(q)
		return
	}
	if q == p && !(flag && spaceAt(t, q) == 1) || q >= n || !label && !strongUserWord(t[start:p]) && t[q] != '"' && t[q] != '\'' && t[q] != '`' && !weakUserLogin(t, p) {
		return
	}
	var quote byte // the quote or backtick the name opens with
	if t[q] == '"' || t[q] == '\'' || t[q] == '`' || t[q] == '@' {
		if t[q] != '@' {
			quote = t[q]
		}
		q++
		// A Windows domain before the user: 'CORP\dfernandez'.
		if d := q; t[q-1] != '@' {
			for d < n && d-q < 16 && isAlnum(t[d]) {
				d++
			}
			if d > q && d+1 < n && t[d] == '\\' && isLetter(t[d+1]) {
				q = d + 1
			}
		}
	}
	e := loginEnd(t, q, 40)
	for e > q && (t[e-1] == '.' || t[e-1] == '-') {
		e-- // a sentence's full stop
	}
	if e-q < 3 || t[q] == '_' || t[q] == '-' || t[q] == '.' {
		return // too short, or "__token__", PyPI's stand-in for a token's user
	}
	if accountWord(t[start:p]) && !dottedLowerLogin(t[q:e]) {
		return // "pe contul RO87BTRL...": the bank's account, an IBAN
	}
	if !label && (quote != 0 || t[q-1] == '\\') {
		if e >= n || t[e] != t[q-1] && !(t[q-1] == '\\' && (t[e] == '"' || t[e] == '\'')) || e-q > 40 {
			return
		}
		// Quoted after "user" alone, as a server's error quotes it:
		// 'password authentication failed for user "rkhan"', MySQL's
		// "Access denied for user 'rsharma'@'10.4.0.23'". The quotes
		// say it is a value, letters alone too.
		if !genericLogin(t[q:e]) && !isVersion(t[q:e]) && !hexID(t[q:e]) {
			s.add(cand{start: q, end: e, typ: TypeUsername, rec: "username", score: 0.6})
		}
		return
	}
	// A name in quotes or backticks after a label ends at its closing
	// one: "username is `darkstar_1987`", "login 'mroux_31'".
	if e-q > 40 || e < n && (quote == 0 || t[e] != quote) && (t[e] == '@' || t[e] == '+' || isWordByte(t[e]) || t[e] == '\'' || t[e] == '/' || t[e] == ':') {
		return
	}
	inner := loginMarked(t[q:e]) // a digit or a sign inside
	// After a label, one digit at the end marks a login too
	// ("Username: tmitchell2", "mein Login ist jweber2"): a word of prose
	// has none, and a label's value is what follows it.
	inner = inner || label && e-q >= 4 && isDigit(t[e-1]) && isLetter(t[e-2])
	// A connection string's "User Id=rxsvc;" is a login whatever its
	// shape.
	dsn := label && t[q-1] == '=' && e < n && t[e] == ';'
	// So is a log's "user=lilbrozay", a field between blanks: the key
	// glued to its '=' and the value to both, in lower case (a link's
	// query, "&user=jdoe", is the link's).
	// So is an environment's "GITLAB_USER_LOGIN=abecker", the word the
	// last part of a key in snake case that opens its line.
	field := label && q == p+1 && t[p] == '=' && (start == 0 || t[start-1] == ' ' || t[start-1] == '\t' || t[start-1] == '\n' || envKeyOpens(t, start)) && (e >= n || t[e] == ' ' || t[e] == '\n' || t[e] == ',') && isLowerWord(t[q:e])
	// Letters alone after a label that names a user name, ending their
	// clause: "Your username is praman.", "Benutzer: HUBERA" (session
	// 57), but not a word that says how the name is ("username is
	// wrong", "user: unknown").
	// After "User:" alone a capitalised word is a speaker's line as
	// often ("Bot: ... User: Hanne and ...").
	w := t[start:p]
	// A name's own word takes a name in lower case without a label too,
	// when a mark ends it: "login to cpanel fails, username lindajohn,
	// server is ..." (session 77).
	plain := plainLogin(t, q, e) && (label && (strongUserWord(w) && loginNameWord(w) || !strongUserWord(w) && colon && !titleCased(t[q:e]) && clauseEndsAt(t, e)) ||
		!label && !flag && strongUserWord(w) && loginNameWord(w) && isLowerWord(t[q:e]) && clauseEndsAt(t, e))
	if !inner && !flag && !dsn && !field && !plain && !initialLogin(t[q:e]) || noOnesLogin(t[q:e]) {
		if label && genericLogin(t[q:e]) {
			// A system's login names no one, but the password after its
			// slash is a secret: "login is admin / Hx9#vQ2!pL" (session
			// 57).
			s.passwordAfterSlash(e)
		}
		return
	}
	// After a label the value is the user name whatever else it reads
	// as: "username is kwame.drives" names no "kwame". So is a login
	// with a digit right after the word ("user priya.raman84", "username
	// priya.raman84"); "conectado como maria.lopez" and "user
	// maria_garcia" have a name's shape, and are the name's. Not a
	// capital after a dot, which may open the next sentence ("User:
	// Kevin.Tried again"), and not after an '@': the handle is
	// atHandle's, with it.
	named := (label || strings.ContainsAny(t[q:e], "0123456789")) && t[q-1] != '@' && !capitalAfterDot(t[q:e])
	s.add(cand{start: q, end: e, typ: TypeUsername, rec: "username", score: 0.6, named: named})
	s.passwordAfterSlash(e)
}

// envKeyOpens reports whether the word at start ends a key in snake case
// of capitals that opens its line, as an environment's variables do
// ("GITLAB_USER_LOGIN=", "SMTP_USER="): '_' right before it.
func envKeyOpens(t string, start int) bool {
	if start < 2 || t[start-1] != '_' {
		return false
	}
	k := start - 1
	for k > 0 && start-k < 64 && (isUpperByte(t[k-1]) || isDigit(t[k-1]) || t[k-1] == '_') {
		k--
	}
	return k < start-1 && (k == 0 || t[k-1] == '\n') && isUpperByte(t[k])
}

// socialNetworks name social networks and messengers whose users go by a
// handle after an '@'; they are words of the user group (contextWords),
// which leaves the handle after them to atHandle.
var socialNetworks = []string{"insta", "instagram", "ig", "twitter", "tiktok", "snapchat", "snap", "telegram", "discord", "threads", "twitch", "youtube"}

// socialWord reports whether w is one of socialNetworks, in any case.
func socialWord(w string) bool {
	var low [12]byte
	return len(w) <= len(low) && slices.Contains(socialNetworks, string(lowerASCII(low[:0], w)))
}

// handleWords name an account on a platform, whose name players and
// users give after them ("the account is nova_plays", "minha conta
// biel_gameplays", "pls unban TTV_Blaze", "my ign is v0idwalker"). They
// name a bank's or a shop's account as often, so only a handle's shape
// is read after them: they are the keyword group gHandle, whose reader
// is handleAfter.
var handleWords = []string{"account", "acc", "acct", "profile", "ign", "nick", "nickname", "unban", "conta", "cuenta", "perfil", "compte", "profil", "profilo",
	// A marketplace's sellers and buyers go by their user names: "the
	// seller retro_rick_records hasn't shipped", "el vendedor
	// ofertas_rapidas_88", "mein Verkäuferkonto omas_strickstube".
	"seller", "buyer", "vendedor", "vendeur", "verkäufer", "venditore", "verkoper", "verkäuferkonto", "sellerkonto",
	// Game networks, whose players go by a name after their network's
	// word or its id ("PSN ID: chai_latte_queen", "my riot id is
	// v0idwalker_7").
	"psn", "riot", "xbox", "nintendo", "battletag", "roblox", "epic",
	// A player's tag (session 59: "his tag is Gr1mReaper_666", "her tag
	// is bunnyhop.lily"); "tag" alone is a release's or an image's
	// ("git tag v2.0.1-rc1").
	"my tag", "his tag", "her tag", "their tag", "player tag",
	// Social networks and resale apps, whose users give their name
	// after the network's ("my twitch is xo_valkyrie_tv", "my depop is
	// ashdown_vintage"; since session 47).
	"instagram", "insta", "ig", "tiktok", "twitch", "twitter", "snapchat", "discord", "telegram", "gamertag", "steam",
	"depop", "vinted", "etsy", "ebay", "poshmark"}

// handleAfter reports the name of an account after an account's
// word that ends at p, after ':', '=', a verb ("is", "era", "es") or
// "name" ("her profile name is mia_luvz_u"), when it has a handle's shape
// (handleShape): numbers and references ("account 4417-2231", "account
// ACC-48213") and words ("account locked") are none. Without a label
// the name must end its clause ("the account gabiZ_ff will remain").
func (s *state) handleAfter(p int) {
	t := s.text
	n := len(t)
	q := skipLabel(t, p, 3, ":=('\"", handleLabelWord)
	if q == p || q >= n || !isLetter(t[q]) && t[q] != '_' {
		return // an '@' handle is atHandle's
	}
	e := loginEnd(t, q, 30)
	for e > q && (t[e-1] == '.' || t[e-1] == '-') {
		e-- // a sentence's full stop
	}
	// A name in quotes ends at its closing quote: "mijn account heet
	// 'knutselkoningin72' op jullie site".
	closed := e < n && (t[e] == '\'' || t[e] == '"') && t[q-1] == t[e]
	if e-q < 4 || e-q > 30 || e < n && !closed && (isAlnum(t[e]) || t[e] == '@' || t[e] == '/' || t[e] == ':' || t[e] == '\'' || t[e] >= 0x80) {
		return // "e.g" and shorter
	}
	h := t[q:e]
	if d := strings.LastIndexByte(h, '.'); d >= 0 && atDotEnd(h[d+1:]) {
		return // a file's name or a domain: "account laura.jpg uploaded"
	}
	if handleShape(h) && personLogin(h) && !objectID(h) {
		s.add(cand{start: q, end: e, typ: TypeUsername, rec: "username", score: 0.6})
	}
}

// handleLabelWord reports whether w, a word between an account's word
// and its name, is a verb or "name" that labels it ("is", "era",
// "name", "called"): six letters at most, which most words after
// "account" are not, so few are folded.
func handleLabelWord(w string) bool {
	if len(w) > 6 {
		return false
	}
	var low [8]byte
	j := bytesText(lowerASCII(low[:0], w))
	return beVerb(j) || j == "name" || j == "called" || j == "id" || namingVerbs[j]
}

// namingVerbs say what an account is called beside "called" (session
// 73: "mijn account heet 'knutselkoningin72'", "mein Konto heißt ...",
// "an account named ...").
var namingVerbs = setOf("heet", "heette", "heißt", "heisst", "named")

// skipLabel returns where the value after a label's word that ends at p
// starts, past at most steps of spaces, the signs of signs (a '.' only
// after something else, as "no." ends) and the words that word accepts
// ("account is", "reg no:", "plate number"); the start of the first word
// that word refuses, or of what is no word. handleAfter and plateAfter
// read their values so.
func skipLabel(t string, p, steps int, signs string, word func(string) bool) int {
	n := len(t)
	q := p
	for ; q < n && steps > 0; steps-- {
		q += spaceAt(t, q)
		if q < n && strings.IndexByte(signs, t[q]) >= 0 && (t[q] != '.' || q > p) {
			q++
			continue
		}
		w := q
		for w < n && (isLetter(t[w]) || t[w] >= 0x80 || t[w] == '\'' && w > q && w+1 < n && isLetter(t[w+1])) && w-q < 12 {
			w++ // an elision's apostrophe inside: "c'est"
		}
		if w == q || w < n && isAlnum(t[w]) || spaceAt(t, w) == 0 && (w >= n || t[w] != ':' && t[w] != '.') || !word(t[q:w]) {
			break
		}
		q = w
	}
	return q
}

// objectID reports whether w is an API's id of an object: a short prefix
// in lower case, '_' and at least eight random letters and digits in
// both cases ("acct_1N8xQ2Lkd82FjR0a", Stripe's connected account), no
// person's handle ("raj_patel91", "dan_the_van_man").
func objectID(w string) bool {
	u := strings.IndexByte(w, '_')
	if u < 2 || u > 5 || !isLowerWord(w[:u]) || len(w)-u-1 < 8 {
		return false
	}
	upper, lower := false, false
	for i := u + 1; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c < '0' || c > '9':
			return false
		}
	}
	return upper && lower
}

// handleShape reports whether w is shaped as a player's or a user's
// handle: a lower-case letter, and an underscore, a dot between letters,
// digits after letters or a capital inside a word ("nova_plays",
// "bella.bee.11", "v0idwalker", "xXShadowWolf99Xx"). References in
// capitals and digits ("ACC-48213") and words alone are none.
func handleShape(w string) bool {
	lower, sign, digit, innerCap := false, false, false, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			innerCap = innerCap || i > 0 && w[i-1] >= 'a' && w[i-1] <= 'z'
		case c >= '0' && c <= '9':
			digit = digit || i > 0
		case c == '_' || c == '.':
			sign = true
		}
	}
	return lower && (sign || digit || innerCap)
}

// atHandle reports the handle at the '@' at i that opens a word (after a
// blank, a bracket or at the start): people name an account so on every
// network and in every team's chat ("my real one is @sofia.marquez_",
// "ping @marisol.r", "[11:03] @tom.h: ..."). Left out are what code and
// tools write with an '@' first: a decorator or an annotation alone on
// its line or before '(' ("@app.route(", "@Override"), a package's scope
// ("@kestrel/sdk", "@tallyfox:registry=..."), a file that curl sends
// ("-d @req.json"), a domain typed apart from its address ("jen
// @gmail.com"), the words of style sheets and docs ("@media", "@param")
// and a chat's group mentions ("@channel", "@here"). The scan goes on
// after the '@', so that the words of the handle are read as before.
func (s *state) atHandle(i int) {
	t := s.text
	n := len(t)
	q := i + 1
	if q >= n || !isLetter(t[q]) && t[q] != '_' || i > 0 && !atOpens(t[i-1]) {
		return
	}
	e := loginEnd(t, q, 30)
	for e > q && (t[e-1] == '.' || t[e-1] == '-') {
		e-- // a sentence's full stop
	}
	if e-q < 2 || e-q > 30 || e < n && (t[e] == '@' || t[e] == '/' || t[e] == '(' || t[e] == '\\' || t[e] >= 0x80 || isAlnum(t[e])) {
		return
	}
	if e+1 < n && t[e] == ':' && t[e+1] != ' ' && t[e+1] != '\n' {
		return // an npm scope's registry: "@tallyfox:registry=https://..."
	}
	lineStart := i == 0 || t[i-1] == '\n'
	if lineStart && (e == n || t[e] == '\n' || t[e] == '\r') {
		return // "@Override", "@dataclass" alone on its line
	}
	h := t[q:e]
	if d := strings.LastIndexByte(h, '.'); d >= 0 && atDotEnd(h[d+1:]) {
		return
	}
	if atWord(h) || genericLogin(h) || isVersion(h) || strings.HasSuffix(h, "-oncall") || strings.HasSuffix(h, "-team") || firmsOwnBefore(t, i) || brandHandle(h) {
		return
	}
	if mentionedName(h) {
		// "@Marta can you check", "cc @Oskar Lindqvist": a person the
		// team's chat names, reported without the '@', with a surname
		// the lists know after the given name.
		if e+1 < n && t[e] == ' ' {
			if k := capitalisedEnd(t, e+1); k > 0 && knownSurname(t[e+1:k]) {
				e = k
			}
		}
		s.add(cand{start: q, end: e, typ: TypePerson, rec: "mention", score: 0.7})
		return
	}
	s.add(cand{start: i, end: e, typ: TypeUsername, rec: "username", score: 0.6}) // with its '@', as a handle is written
}

// mentionedName reports whether h, a handle after '@', is a capitalised
// given name the lists know ("@Marta", "@Priyanka", "@Sofia"): a team's chat
// mentions a person so, whose name the names recognizer reports without
// the '@'. A word that is common too ("@Will", "@Grace") or a name with
// digits or signs ("@Marisol-Tejeda-7") stays a handle.
func mentionedName(h string) bool {
	if len(h) < 2 || len(h) > 16 || h[0] < 'A' || h[0] > 'Z' {
		return false
	}
	for i := 1; i < len(h); i++ {
		if !isLower(h[i]) {
			return false
		}
	}
	var low [16]byte
	f, _ := theGazetteer().lookupASCII(string(lowerASCII(low[:0], h)))
	return f&gzFirst != 0 && f&(gzCommon|gzStop|gzCountry|gzCompany) == 0 // "@Sofia" is a person's
}

// capitalisedEnd returns the end of the capitalised word of ASCII
// letters at i, two to twenty bytes, that no letter or digit follows,
// or 0.
func capitalisedEnd(t string, i int) int {
	if i >= len(t) || t[i] < 'A' || t[i] > 'Z' {
		return 0
	}
	k := i + 1
	for k < len(t) && k-i <= 20 && isLower(t[k]) && t[k] < 0x80 {
		k++
	}
	if k-i < 2 || k-i > 20 || k < len(t) && (isAlnum(t[k]) || t[k] >= 0x80) {
		return 0
	}
	return k
}

// knownSurname reports whether w, a capitalised word, is a surname or a
// given name the lists know and no common word or place.
func knownSurname(w string) bool {
	var low [24]byte
	f, _ := theGazetteer().lookupASCII(string(lowerASCII(low[:0], w)))
	return f&(gzLast|gzFirst) != 0 && f&(gzCommon|gzStop|gzPlace|gzCountry|gzCompany) == 0
}

// cashtag reports the Cash App "$Cashtag" at the '$' at i that opens a
// word, a payment app's user name ("my cashtag is $MKowalski22", "sent
// $40 to $JayceeWrld by mistake"): four to twenty letters, digits or
// '_', one in lower case at least, so that a ticker or a shell's
// variable ("$AAPL", "$HOME") is none, and ending its word. Code writes
// its variables so too ("$user = ...", "$this->id"): the words about it
// must speak of money sent or of the app (cashtagContext).
func (s *state) cashtag(i int) {
	t := s.text
	n := len(t)
	if i > 0 && !atOpens(t[i-1]) {
		return
	}
	q := i + 1
	e, lower := q, false
	for e < n && e-q <= 20 && (isAlnum(t[e]) || t[e] == '_') {
		lower = lower || t[e] >= 'a' && t[e] <= 'z'
		e++
	}
	if e-q < 4 || e-q > 20 || !lower {
		return
	}
	if e < n {
		switch c := t[e]; {
		case c == '.' || c == ':':
			if e+1 < n && t[e+1] != ' ' && t[e+1] != '\n' {
				return // "$this.id", "$obj:method"
			}
		case c >= 0x80 || c == '(' || c == '[' || c == '{' || c == '-' || c == '/' || c == '\\' || c == '=' || c == '@':
			return
		}
		if r := strings.TrimLeft(t[e:min(n, e+3)], " "); r != "" && (r[0] == '=' || r[0] == '-' && len(r) > 1 && r[1] == '>') {
			return // "$user = ...", "$this -> id"
		}
	}
	if !cashtagContext(t[max(0, i-cashtagReach):min(n, e+cashtagReach)]) {
		return
	}
	s.add(cand{start: i, end: e, typ: TypeUsername, rec: "username", score: 0.6})
}

// cashtagReach is how far before and after a "$" word cashtag looks for
// its context: a bounded window, so that a text of many "$" words and no
// payment stays linear.
const cashtagReach = 160

// cashtagContext reports whether the text t, the window about a "$"
// word, speaks of a payment app's user names or of money sent, which
// the word is then a cashtag of.
func cashtagContext(t string) bool {
	for i := 0; i < len(t); i++ {
		if c := t[i] | 0x20; c != 'c' && c != 'v' && c != 's' && c != 'p' && c != 'r' && c != 't' {
			continue
		}
		for _, w := range [...]string{"cash app", "cashapp", "cashtag", "cash tag", "venmo", "sent ", "send ", "paid ", "pay ", "refund", "transfer"} {
			if len(t)-i >= len(w) && strings.EqualFold(t[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// brandHandle reports whether the handle h, without its '@', is a
// firm's account on a social network: words run together each with its
// capital, the last a desk's word, a kind of firm or a country's code
// ("AcmeHelp", "FreshBoxSupport", "NimbusAirways", "PixelPantryUK",
// "MaisonLuneFR"), as brands name the accounts that answer customers.
// People's handles are rarely so ("jess_k_92", "d.j.marlowe").
func brandHandle(h string) bool {
	if len(h) < 4 || !isUpperByte(h[0]) {
		return false
	}
	last := 0 // where the last capitalised word starts
	for i := 1; i < len(h); i++ {
		c := h[i]
		switch {
		case isUpperByte(c):
			if !isUpperByte(h[i-1]) {
				last = i
			}
		case c < 'a' || c > 'z':
			return false // digits, '_' and '.' mark a person's
		}
	}
	if last == 0 {
		return false
	}
	w := h[last:]
	if len(w) <= 3 {
		// A country's or a region's code in capitals: "SkyrailUK",
		// "MaisonLuneFR" (not "JohnDoeJr").
		return len(w) >= 2 && isUpperByte(w[1]) && isUpperByte(w[len(w)-1])
	}
	switch w {
	case "Help", "Helps", "Support", "Care", "Cares", "Service", "Services", "Official", "News",
		"Airways", "Airlines", "Mobile", "Bank", "Banco", "Banque", "Energy", "Telecom", "Cosmetics", "Store", "Shop":
		return true
	}
	return false
}

// domainUser reports a Windows account written with its domain at the
// backslash at i, as a helpdesk writes it ("unlocked BWG\\swhitfield",
// "her login is BWGUS\\jhollis"): the domain in capitals, two to fifteen
// of them with digits and '-', after a blank, a bracket, '=' or ',' or at
// the start; the login in lower case after it, ending its word. A path
// goes on after another backslash or opens with a drive's colon or two
// backslashes ("C:\\Users", "\\\\FS01\\shared"); in quotes the login
// alone is userAfter's, as servers' errors quote it; Windows' built-in
// accounts ("NT AUTHORITY\\system") and services' logins are no one's.
func (s *state) domainUser(i int) {
	t := s.text
	n := len(t)
	a := i
	for a > 0 && i-a <= 15 && (isUpperByte(t[a-1]) || isDigit(t[a-1]) || t[a-1] == '-') {
		a--
	}
	if i-a < 2 || i-a > 15 || !isUpperByte(t[a]) || a > 0 && !(t[a-1] == ' ' || t[a-1] == '\n' || t[a-1] == '\t' || t[a-1] == '(' || t[a-1] == '=' || t[a-1] == ',') {
		return
	}
	q := i + 1
	if q >= n || t[q] < 'a' || t[q] > 'z' {
		return
	}
	e := q
	for e < n && e-q <= 30 && (t[e] >= 'a' && t[e] <= 'z' || isDigit(t[e]) || t[e] == '.' || t[e] == '_' || t[e] == '-') {
		e++
	}
	for e > q && (t[e-1] == '.' || t[e-1] == '-') {
		e-- // a sentence's full stop
	}
	if e-q < 2 || e-q > 30 || e < n && !(t[e] == ' ' || t[e] == '\n' || t[e] == '\r' || t[e] == '\t' || t[e] == ',' || t[e] == ';' || t[e] == ')' || t[e] == '!' || t[e] == '?' || t[e] == '.') {
		return
	}
	switch t[a:i] {
	case "AUTHORITY", "BUILTIN", "NT", "IIS":
		return
	}
	if genericLogin(t[q:e]) {
		return
	}
	s.add(cand{start: a, end: e, typ: TypeUsername, rec: "username", score: 0.6})
}

// firmsOwnWords say that an account is the writer's firm's: "us",
// "our" and their kin in the chat languages.
var firmsOwnWords = setOf("us", "our", "ours", "unser", "unsere", "unserem", "notre", "nos", "nuestro", "nuestra", "nosso", "nossa", "onze", "ons", "nostro", "nostra")

// firmsOwnBefore reports whether one of firmsOwnWords stands before i on
// its line, within 40 bytes: "follow us on instagram @acmeshop", "check
// our insta @acme.shop", "DM us @acme".
func firmsOwnBefore(t string, i int) bool {
	a, _ := lastWordBefore(t, max(0, i-40), i, firmsOwnWords, nil)
	return a >= 0
}

// atOpens reports whether c may stand before an '@' that opens a handle.
func atOpens(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '(' || c == '[' || c == '"' || c == '\''
}

// atDotEnd reports whether w, the part of a handle after its last dot,
// ends a file's name or a domain ("@req.json", "@gmail.com") rather than
// a handle ("@lena.schmidt.art", "@tom.h").
func atDotEnd(w string) bool {
	var low [8]byte
	if len(w) > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], w)) {
	case "json", "txt", "csv", "xml", "yaml", "yml", "toml", "ini", "env", "js", "ts", "py", "rb", "go", "sh", "log", "md", "html", "css", "png", "jpg", "jpeg", "gif", "pdf", "zip", "gz", "tar", "bin", "sql",
		"com", "net", "org", "io", "co", "de", "fr", "uk", "es", "it", "nl", "br", "pt", "edu", "gov", "ai", "app", "dev", "info", "biz", "us", "ca", "au", "in", "ie", "be", "ch", "at":
		return true
	}
	return false
}

// atWord reports whether the word after an '@' is a keyword of style
// sheets, doc comments, build tools and chat apps rather than a handle.
func atWord(w string) bool {
	var low [16]byte
	if len(w) > len(low) {
		return false
	}
	switch string(lowerASCII(low[:0], w)) {
	case "here", "channel", "everyone", "all", "room", "group", "team", "someone", "anyone",
		// Teams a chat's mention calls: "@secops heads up".
		"secops", "devops", "ops", "sre", "oncall", "on-call", "support", "security", "infra", "admins", "mods", "moderators", "staff", "billing", "sales", "eng", "devs",
		"media", "import", "keyframes", "include", "mixin", "extend", "apply", "tailwind", "charset", "supports", "layer", "use", "forward", "font-face", "page", "container",
		"param", "return", "returns", "throws", "throw", "see", "since", "author", "deprecated", "example", "link", "type", "typedef", "property", "override", "todo", "fixme", "internal", "private", "public",
		"echo", "rem", "latest", "next", "canary", "beta", "types", "home",
		// The keys of JSON-LD and of log pipelines: "@context", "@timestamp".
		"context", "timestamp", "id", "value", "graph", "version", "vocab", "base", "metadata":
		return true
	}
	return false
}

// loginAt reports the login at q when it is shaped as one (loginShape,
// two to forty bytes, no system's) and one of the bytes of ends, or the
// end of the text, follows it.
func (s *state) loginAt(q int, ends string) {
	t := s.text
	e := loginEnd(t, q, 40)
	if e < len(t) && strings.IndexByte(ends, t[e]) < 0 {
		return
	}
	if personLogin(t[q:e]) {
		s.add(cand{start: q, end: e, typ: TypeUsername, rec: "username", score: 0.6})
	}
}

// namedSiteColon returns where a label's colon stands when one or two
// words name the site or the space the user name is for between the
// user's word at p and the colon ("Gebruikersnaam DigiD: ...",
// "identifiant espace client : ...", "Login Steam: ..."), else p.
// Words of a sentence seldom end at a colon. A conjunction or a
// password's word joins a second field ("Username and password: ...").
func namedSiteColon(t string, p int) int {
	// Most words have no colon after them: one search says so.
	if strings.IndexByte(t[p:min(len(t), p+36)], ':') < 0 {
		return p
	}
	q := p
	for w := 0; w < 2; w++ {
		r, e := spacedWord(t, q, 16, '-')
		if r == q || e == r {
			return p
		}
		var low [16]byte
		if notSiteWord[string(lowerASCII(low[:0], t[r:e]))] {
			return p
		}
		if e < len(t) && t[e] == ':' {
			return e
		}
		if e+1 < len(t) && t[e] == ' ' && t[e+1] == ':' {
			return e + 1
		}
		q = e
	}
	return p
}

// asideWords are the words of an aside ("by the way", "actually") that
// stand between a user name's verb and the name, in lower case.
var asideWords = setOf("btw", "actually", "übrigens", "eigentlich", "trouwens", "comunque")

// notSiteWord holds, in lower case, the conjunctions and the words of a
// password or a code that stand between a user name's word and a colon
// when the label names two fields: "Username and password:", "Login /
// Passwort:", "user e password:".
var notSiteWord = map[string]bool{
	"and": true, "or": true, "und": true, "oder": true, "et": true, "ou": true, "y": true, "o": true, "e": true, "en": true, "of": true,
	"password": true, "passwort": true, "pass": true, "pw": true, "pwd": true, "mot": true, "wachtwoord": true, "contraseña": true,
	"senha": true, "pin": true, "code": true, "kennwort": true,
}

// typoQuotedUser reads a user name in typographic quotes at q, the
// quote that opens it: French guillemets with or without their spaces
// ("« VieuxLoup_75 »"), German low and high quotes ("„…“") or English
// curly quotes ("“…”", and since session 54 the single ones phones
// type: "‘lena_k92’"; the quotes typoQuote reads). The quotes say it is
// a value, letters alone too, as straight quotes do after "user".
func (s *state) typoQuotedUser(q int) {
	t := s.text
	w, closeA, closeB := typoQuote(t, q)
	if w == 0 {
		return
	}
	a := q + w + spaceAt(t, q+w)
	e := loginEnd(t, a, 40)
	for e > a && (t[e-1] == '.' || t[e-1] == '-') {
		e--
	}
	if e-a < 3 || e-a > 40 || t[a] == '_' || t[a] == '-' || t[a] == '.' {
		return
	}
	c := e + spaceAt(t, e)
	if !strings.HasPrefix(t[c:], closeA) && !strings.HasPrefix(t[c:], closeB) || genericLogin(t[a:e]) || isVersion(t[a:e]) || hexID(t[a:e]) {
		return
	}
	s.add(cand{start: a, end: e, typ: TypeUsername, rec: "username", score: 0.6})
}

// loginMarked reports whether the login v holds a digit, '.', '_' or
// '-' inside it (not at its ends), which a word of prose has not
// ("jweiss84", "owen_blake", "m.schultz").
func loginMarked(v string) bool {
	for i := 1; i < len(v)-1; i++ {
		if c := v[i]; isDigit(c) || c == '.' || c == '_' || c == '-' {
			return true
		}
	}
	return false
}

// noOnesLogin reports whether the value v, of a login's shape, is no
// one's login: digits alone, a system's generic login, a version or a
// hexadecimal id.
func noOnesLogin(v string) bool {
	return isDigit(v[0]) && allDigits(v) || genericLogin(v) || isVersion(v) || hexID(v)
}

// loginEnd returns the end of the run of a login's bytes (letters,
// digits, '.', '_', '-') at q, reading limit+1 of them at most: a run
// longer than limit ends past q+limit, which callers read as too long.
func loginEnd(t string, q, limit int) int {
	e := q
	for e < len(t) && e-q <= limit && (isAlnum(t[e]) || t[e] == '.' || t[e] == '_' || t[e] == '-') {
		e++
	}
	return e
}

// weakUserLogin reports whether a login with a digit or an underscore
// inside follows the user's word that ends at p, after one space, and
// ends the clause: "usuario javi_mtz88 contraseña ...", "utente
// ale_ferrari99,", "user jdupont75". A word such as "user" or
// "usuario" names a login only so ("user agent", "user testing" are
// none, and letters alone stay out). A login of dots will do when a
// password's word follows it (passwordWordNext): "user tom.harlow.relo
// / pw ..."; one of two names in lower case parted by one dot will do
// alone (dottedLogin: "for user m.schultz pls").
func weakUserLogin(t string, p int) bool {
	q := p + 1
	if q >= len(t) || t[p] != ' ' || !isLetter(t[q]) {
		return false
	}
	e := loginEnd(t, q, 40)
	if e-q > 4 && t[e-1] == '.' && (e == len(t) || t[e] == ' ' || t[e] == '\n') {
		e-- // a sentence's full stop: "usuario carlitos_rm. Gracias" (session 56)
	}
	if e-q < 4 || e-q > 40 || e < len(t) && t[e] != ' ' && t[e] != ',' && t[e] != ';' && t[e] != '\n' && t[e] != ')' && (t[e] != '.' || e+1 < len(t) && t[e+1] != ' ' && t[e+1] != '\n') {
		return false
	}
	if t[e-1] == '.' || t[e-1] == '-' {
		return false
	}
	inner := false
	for i := q + 1; i < e; i++ {
		if isDigit(t[i]) || t[i] == '_' {
			inner = true
			break
		}
	}
	return (inner || strings.IndexByte(t[q:e], '.') > 0 && (passwordWordNext(t, e) || dottedLogin(t[q:e]))) && !allDigits(t[q:e]) && personLogin(t[q:e])
}

// dottedLogin reports whether w is a login of a person's names in lower
// case parted by one dot, as firms make them: "m.schultz", "sid.iyer",
// "dwayne.p". A file's or a domain's last part ("notes.txt",
// "acme.io") makes none.
func dottedLogin(w string) bool {
	d := strings.IndexByte(w, '.')
	if d < 1 || d == len(w)-1 || strings.IndexByte(w[d+1:], '.') >= 0 || atDotEnd(w[d+1:]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i != d && (w[i] < 'a' || w[i] > 'z') {
			return false
		}
	}
	return true
}

// capitalAfterDot reports whether a capital follows a '.' in v.
func capitalAfterDot(v string) bool {
	for i := 1; i < len(v); i++ {
		if v[i-1] == '.' && isUpperByte(v[i]) {
			return true
		}
	}
	return false
}

// passwordWordNext reports whether a password's word opens right after
// e, past spaces and maybe a slash or a comma: one of the one-word
// phrases of the keyword table's group gPassword, in the chat languages
// (passwordLabels). The keyword table's own hits are not there yet: the
// scan reads the text in order.
func passwordWordNext(t string, e int) bool {
	q := e
	for q < len(t) && q-e < 4 && (t[q] == ' ' || t[q] == '/' || t[q] == ',') {
		q++
	}
	w := q
	for w < len(t) && (isLetter(t[w]) || t[w] >= 0x80) && w-q <= 16 {
		w++
	}
	if q == e || w == q || w-q > 16 || w < len(t) && t[w] != ' ' && t[w] != ':' {
		return false
	}
	var low [16]byte
	return passwordLabels[string(foldBytes(low[:0], t[q:w]))]
}

// passwordLabels are the one-word phrases of gPassword's context words.
var passwordLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, words := range contextWords[gPassword] {
		for _, w := range words {
			if !strings.ContainsAny(w, " -") {
				m[w] = true
			}
		}
	}
	return m
}()

// personLogin reports whether w, two to forty bytes, is shaped as a
// login (loginShape, in any case) and names no system or service
// (genericLogin), version or hexadecimal id.
func personLogin(w string) bool {
	return len(w) >= 2 && len(w) <= 40 && loginShape(strings.ToLower(w)) && !genericLogin(w) && !isVersion(w) && !hexID(w)
}

// userFlagAfter reads the user of a command's "-u" or "-U" flag, or its
// "--username", later on the line that ends at the command's word (p).
func (s *state) userFlagAfter(p int) {
	t := s.text
	lim := min(len(t), p+200)
	for i := p; i+4 < lim && t[i] != '\n'; i++ {
		if t[i] != ' ' || t[i+1] != '-' {
			continue
		}
		q := i + 2
		switch {
		case (t[q] == 'u' || t[q] == 'U') && t[q+1] == ' ':
			q += 2
		case strings.HasPrefix(t[q:], "-username ") || strings.HasPrefix(t[q:], "-user "):
			q += strings.IndexByte(t[q:], ' ') + 1
		case strings.HasPrefix(t[q:], "-username=") || strings.HasPrefix(t[q:], "-user="):
			q += strings.IndexByte(t[q:], '=') + 1
		default:
			continue
		}
		if q < len(t) && t[q] != '-' && t[q] != '$' {
			s.loginAt(q, " \t\n\r")
		}
		return
	}
}

// lineOpensAt reports whether only spaces and tabs stand between the
// start of i's line and i.
func lineOpensAt(t string, i int) bool {
	for i > 0 && (t[i-1] == ' ' || t[i-1] == '\t') {
		i--
	}
	return i == 0 || t[i-1] == '\n'
}

// passwordAfterSlash reads the password that a slash joins to the user
// name that ends at e: "my login is kmueller / Sommer2024!". It has three
// kinds of byte at least and ends its word.
func (s *state) passwordAfterSlash(e int) {
	t := s.text
	k := e + spaceAt(t, e)
	if k >= len(t) || t[k] != '/' {
		return
	}
	k++
	k += spaceAt(t, k)
	if v := passwordToken(t, k); v > 0 {
		s.add(cand{start: k, end: v, typ: TypePassword, rec: "password", score: 0.6})
	}
}

// passwordToken returns the end of the password at k that a slash or a
// writer's "or maybe" joins to what came before, or -1: up to 64 bytes
// to the next space, less a trailing comma, question mark or full stop,
// of six bytes or more and three kinds of byte, no date, no path's
// slash, no e-mail address, and no label's word ("anna@gmx.de /
// Passwort: Sommer2024!": the label's word reads its value).
func passwordToken(t string, k int) int {
	v := k
	for v < len(t) && v-k <= 64 && t[v] > ' ' {
		v++
	}
	for v > k && (t[v-1] == ',' || t[v-1] == '?' || t[v-1] == '.' && (v-k < 2 || !isAlnum(t[v-2]))) {
		v--
	}
	if v-k < 6 || v-k > 64 || t[v-1] == ':' || kindsOfBytes(t, k, v) < 3 || !passwordLike(t, k, v) || dateLike(t[k:v]) || strings.ContainsAny(t[k:v], "/@") {
		return -1
	}
	return v
}

// sshdUser reads the user an ssh server's log names after "publickey"
// or "password" that end at p: "Accepted publickey for gmensah from
// 109.80.52.105", "Failed password for jdoe from ...". The guesses of
// "invalid user" are a scanner's, no one's, and are left.
func (s *state) sshdUser(p int) {
	t := s.text
	if !strings.HasPrefix(t[p+1:], "for ") {
		return
	}
	q := p + 5
	e := loginEnd(t, q, 32)
	if e-q < 2 || e-q > 32 || !strings.HasPrefix(t[e:], " from ") || e+6 >= len(t) || !isHex(t[e+6]) || genericLogin(t[q:e]) {
		return
	}
	s.add(cand{start: q, end: e, typ: TypeUsername, rec: "username", score: 0.6})
}

// homeUser reads the user name of a home folder after the folder's word
// "home" or "Users", which spans [start, p), between the path's
// separators: "/home/dkaplan/projects", "/Users/thendricks/.ssh",
// "C:\\Users\\AOkafor\\AppData", and the doubled backslashes of JSON.
// The shared folders ("Public", "Default") and the logins of systems
// ("ubuntu", "runner") name no one.
func (s *state) homeUser(start, p int) {
	t := s.text
	if start == 0 || p >= len(t) {
		return
	}
	sep := t[start-1]
	if sep != '/' && sep != '\\' || t[p] != sep {
		return
	}
	q := p + 1
	if sep == '\\' && q < len(t) && t[q] == '\\' {
		q++
	}
	e := loginEnd(t, q, 32)
	if e-q < 2 || e-q > 32 || !isLetter(t[q]) || e < len(t) && t[e] != sep && t[e] != '"' && t[e] != '\'' && t[e] > ' ' && t[e] != ',' && t[e] != ')' && t[e] != '>' {
		return
	}
	if genericLogin(t[q:e]) {
		return
	}
	s.add(cand{start: q, end: e, typ: TypeUsername, rec: "username", score: 0.6})
}

// sshUser reads the login before '@' of ssh's, scp's or sftp's target
// after the command's word ends at p: "ssh jlee@203.0.113.25 -p 222",
// "scp build.tgz deploy2@10.0.0.5:/tmp". An e-mail address is the
// e-mail recognizer's (a host with a top-level domain may be one, and
// the two would overlap), so only a host that is an IP address or a
// name without a dot counts; generic logins name no one.
func (s *state) sshUser(p int) {
	t := s.text
	// The target is one of the next three words on the line.
	q := p
	for w := 0; w < 3 && q < len(t); w++ {
		sp := spaceAt(t, q)
		if sp == 0 {
			return // the line ends, or no target follows
		}
		q += sp
		e := loginEnd(t, q, len(t))
		if e < len(t) && t[e] == '@' && e > q && e-q <= 32 && isLetter(t[q]) {
			h := e + 1
			dots, digits := 0, true
			for h < len(t) && (isAlnum(t[h]) || t[h] == '.' || t[h] == '-') {
				if t[h] == '.' {
					dots++
				} else if !isDigit(t[h]) {
					digits = false
				}
				h++
			}
			if h > e+1 && (digits && dots == 3 || dots == 0) && !genericLogin(t[q:e]) {
				s.add(cand{start: q, end: e, typ: TypeUsername, rec: "username", score: 0.6})
			}
			return
		}
		for e < len(t) && t[e] > ' ' {
			e++
		}
		q = e
	}
}

// initialLogin reports whether w, letters alone, is shaped as the
// login an initial and a surname make ("mkowalski", "tpetrov",
// "jmartinez"): in lower case, five letters or more, opening with two
// consonants that open no English word ("mk", "tp", "jm"; not "br",
// "st", "th") and a vowel among the rest. Words of prose after a user's
// word ("the username field", "username wrong") open otherwise; an
// abbreviation has no vowel ("mgmt").
func initialLogin(w string) bool {
	if len(w) < 5 || len(w) > 24 || !isLowerWord(w) || isVowel(w[0]) || isVowel(w[1]) || w[1] == 'y' {
		return false
	}
	switch w[:2] {
	case "bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gn", "gr", "kl", "kn", "kr", "ph", "pl", "pn", "pr", "ps",
		"qu", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "tw", "wh", "wr":
		return false
	}
	for i := 2; i < len(w); i++ {
		if isVowel(w[i]) {
			return true
		}
	}
	return false
}

// plainLogin reports whether t[q:e] is a user name of four to sixteen
// ASCII letters with a vowel among them, that ends its clause
// (clauseEndsAt, or a slash's pair, a dash or "and" after it) and reads
// as no word of how a name is: not one of notLogins, an adjective's or
// a participle's ending ("locked", "invalid", "missing"), nor a word
// the gazetteer knows.
func plainLogin(t string, q, e int) bool {
	w := t[q:e]
	if len(w) < 4 || len(w) > 16 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) {
			return false
		}
	}
	if rest := t[e:min(len(t), e+5)]; !clauseEndsAt(t, e) && !strings.HasPrefix(rest, " /") && !strings.HasPrefix(rest, " and ") && !strings.HasPrefix(rest, " -") && !(rest == " " && e+1 == len(t)) {
		return false
	}
	var low [16]byte
	l := string(lowerASCII(low[:0], w))
	if notLogins[l] || !strings.ContainsAny(l, "aeiouy") {
		return false // "mgmt": an abbreviation
	}
	// A word the name lists know as common or a stop word is prose
	// ("username: street"); a given name or a surname alone, a name
	// after a speaker's label as often ("user: hanne and ...").
	if f, _ := theGazetteer().lookupASCII(l); f&(gzCommon|gzStop|gzFirst|gzLast) != 0 {
		return false
	}
	for _, end := range [...]string{"ed", "ing", "ly", "able", "ible", "ive", "ous", "ful", "less", "ent", "ant"} {
		if strings.HasSuffix(l, end) {
			return false
		}
	}
	return true
}

// clauseEndsAt reports whether the text ends at e or a mark of a
// clause's end stands there.
func clauseEndsAt(t string, e int) bool {
	return e >= len(t) || strings.IndexByte(".,;!?\n)", t[e]) >= 0
}

// titleCased reports whether w is a capital and lower-case letters
// after it, as a name is written.
func titleCased(w string) bool {
	if w == "" || !isUpperByte(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if isUpperByte(w[i]) {
			return false
		}
	}
	return true
}

// loginNameWord reports whether the word w names a user name itself
// ("username", "Benutzername", "nom d'utilisateur", "login"), not an
// account ("conta do Instagram foi hackeada").
func loginNameWord(w string) bool {
	var low [32]byte
	l := string(foldBytes(low[:0], w[:min(len(w), 32)]))
	for _, stem := range [...]string{"user", "login", "benutzer", "nutzer", "utilisateur", "usuario", "usuário", "utente", "gebruiker", "utilizador", "pseudo"} {
		if strings.Contains(l, stem) {
			return true
		}
	}
	return false
}

// accountWord reports whether the user's word w names the account
// rather than its user name: Romanian's "pe contul" (on the account),
// which as often leads a bank account's number ("pe contul RO87...") as
// a shop's login ("comandat pe contul bogdan.pirvu88").
func accountWord(w string) bool {
	return len(w) == len("pe contul") && strings.EqualFold(w, "pe contul")
}

// dottedLowerLogin reports whether v has a login's shape that no bank
// account has: letters in lower case, digits and a '.' or '_' inside
// ("bogdan.pirvu88", "ana_m"), starting with a letter.
func dottedLowerLogin(v string) bool {
	if v == "" || v[0] < 'a' || v[0] > 'z' {
		return false
	}
	mark := false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-':
		case c == '.' || c == '_':
			mark = true
		default:
			return false
		}
	}
	return mark
}

// notLogins are words that follow a user name's label to say how the
// name is, not what it is.
var notLogins = setOf("wrong", "invalid", "incorrect", "correct", "same", "different", "taken", "blank", "empty", "unknown", "none",
	"null", "gone", "fine", "okay", "right", "there", "here", "case", "still", "also", "mine", "yours", "their", "email", "phone",
	"name", "number", "above", "below", "attached", "available", "valid", "expired", "disabled", "active", "inactive", "known",
	"unchanged", "visible", "hidden", "required", "optional", "public", "private", "shown", "bloqueado", "gesperrt", "falsch",
	"richtig", "faux", "erroné", "incorrecto", "sbagliato", "fout", "errado",
	// John Doe's, a stand-in.
	"jdoe", "johndoe", "janedoe")

// isLowerWord reports whether w is ASCII letters in lower case alone.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// isVowel reports whether c is a vowel in lower case.
func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// strongUserWord reports whether the user's word w names a user name
// without a label's colon: "username jweiss84", not "user 12 of 40".
func strongUserWord(w string) bool {
	var low [24]byte
	switch string(foldBytes(low[:0], w[:min(len(w), 24)])) {
	case "user", "login", "handle", "benutzer", "utilisateur", "usuario", "utente", "gebruiker", "utilizador", "pseudo":
		return false
	}
	return true
}

// genericLogin reports the logins of systems and services, which name
// no one ("ec2-user", "www-data", "svc_backup"): the default users of
// cloud images and build machines ("ubuntu", "runner"), a system's
// shared home folders ("Public", "Default"), stand-ins ("username",
// "yourname"), logins named after a service's job ("reporting",
// "shopuser", "crm_admin", "ci-bot"), an application's ("sched_app") and
// a role's access after its name ("billing_ro", "app_rw").
func genericLogin(v string) bool {
	var low [40]byte
	w := string(lowerASCII(low[:0], v))
	switch w {
	case "ec2-user", "www-data", "root", "admin", "administrator", "postgres", "ubuntu", "app_rw", "app_ro", "read_only", "readonly", "no-reply", "noreply", "test_user", "test-user", "demo_user",
		"public", "default", "default user", "shared", "all users", "guest", "user", "username", "your_user", "yourname", "you", "me",
		"debian", "centos", "fedora", "opc", "azureuser", "runner", "vagrant", "pi", "node", "app", "git", "jenkins", "docker", "deploy", "build", "ci", "travis", "circleci", "gitlab-runner", "nobody", "daemon", "dev", "developer", "test", "tester",
		"reporting", "report", "reports", "inventory", "analytics", "billing", "backup", "metrics", "monitoring", "grafana", "airflow", "etl",
		"api", "web", "service", "shop", "store", "orders", "payments", "replication", "replicator", "migrations", "readwrite",
		// The users a token goes with in a remote's link ("https://oauth2:glpat-...@gitlab.com").
		"oauth2", "oauth", "x-access-token", "x-token-auth", "gitlab-ci-token", "token", "apikey", "x-oauth-basic", "bearer",
		// What a log writes where it has no user ("user=null").
		"null", "nil", "none", "undefined", "unknown", "anonymous", "anon", "system", "empty", "false", "true", "n/a", "na", "missing", "unset":
		return true
	}
	return strings.HasPrefix(w, "svc_") || strings.HasPrefix(w, "svc-") || len(w) > 4 && strings.HasSuffix(w, "user") ||
		len(w) > 4 && (strings.HasSuffix(w, "admin") || strings.HasSuffix(w, "-bot") || strings.HasSuffix(w, "_bot")) ||
		len(w) > 3 && (w[len(w)-3] == '_' || w[len(w)-3] == '-') && (strings.HasSuffix(w, "ro") || strings.HasSuffix(w, "rw")) ||
		// An application's own login: "sched_app", "kestrel-app", "app_shop".
		len(w) > 4 && (strings.HasSuffix(w, "_app") || strings.HasSuffix(w, "-app") || strings.HasPrefix(w, "app_") || strings.HasPrefix(w, "app-"))
}

// hexID reports whether v, of sixteen bytes or more, is hexadecimal
// digits and dashes: a UUID or a hash, an id of a record, not a name
// someone chose ("user id 3f2b8c1e-9a4d-...").
func hexID(v string) bool {
	if len(v) < 16 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i] | 0x20; !isDigit(v[i]) && (c < 'a' || c > 'f') && v[i] != '-' {
			return false
		}
	}
	return true
}

// isVersion reports whether v reads as a version's number ("2.15.30",
// "v1.2"): digits and dots, maybe after a "v".
func isVersion(v string) bool {
	if v != "" && (v[0] == 'v' || v[0] == 'V') {
		v = v[1:]
	}
	if v == "" || !isDigit(v[0]) {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) && v[i] != '.' {
			return false
		}
	}
	return true
}

// bareCodeWord reports whether the keyword w is a bare word for a code,
// in any case: "code", "código", "codigo", "codice", Danish and
// Norwegian "kode".
func bareCodeWord(w string) bool {
	switch strings.ToLower(w) {
	case "code", "código", "codigo", "codice", "kode":
		return true
	}
	return false
}

// codeQualified reports whether the word before the code's word at start
// makes it a code other than a one-time code: a postcode, a bank's sort
// code, a dialling code, an error's or an offer's code ("zip code is
// 90210", "error code is 4031", "promo code: 2024").
func codeQualified(t string, start int) bool {
	b := start
	for b > 0 && (t[b-1] == ' ' || t[b-1] == '-' || t[b-1] == '_') {
		b--
	}
	a := b
	for a > 0 && (isWordByte(t[a-1]) || t[a-1] == '.') {
		a--
	}
	if a == b || b-a > 16 {
		return false
	}
	var low [16]byte
	return codeQualifiers[string(lowerASCII(low[:0], t[a:b]))]
}

// codeQualifiers are the words that make a bare code's word name a code
// that is no secret (see codeQualified), in the chat languages.
var codeQualifiers = map[string]bool{
	"zip": true, "postal": true, "post": true, "postcode": true, "sort": true, "area": true, "country": true, "dial": true, "dialling": true, "dialing": true,
	"error": true, "status": true, "exit": true, "return": true, "response": true, "http": true, "reason": true, "fault": true,
	"promo": true, "promotional": true, "discount": true, "coupon": true, "voucher": true, "gift": true, "referral": true, "invite": true,
	"product": true, "item": true, "article": true, "tax": true, "hs": true, "tariff": true, "customs": true, "iso": true, "swift": true, "bic": true,
	"bank": true, "branch": true, "routing": true, "tracking": true, "order": true, "booking": true, "reference": true, "ref": true,
	"source": true, "qr": true, "bar": true, "color": true, "colour": true, "style": true, "course": true, "class": true, "airport": true,
	// A school's, a college's or a provider's code on a student's form
	// ("my school code is 001774", session 66).
	"school": true, "college": true, "institution": true, "provider": true, "university": true,
	"auth": true, "authorization": true, "authorisation": true, "approval": true, "transaction": true, "merchant": true, "terminal": true,
	// A card payment's authorisation code in the other chat languages
	// ("el código de autorización es 083174", session 51).
	"autorización": true, "autorizacion": true, "autorisation": true, "autorizzazione": true, "autorização": true, "autorizacao": true,
	"autorisatie": true, "autorisierung": true, "genehmigung": true,
	"customer": true, "client": true, "account": true, "member": true, "membership": true, "loyalty": true, "store": true, "shop": true,
	"fehler": true, "rabatt": true, "gutschein": true, "kunden": true, "erreur": true, "promotion": true, "réduction": true, "commande": true,
	"cliente": true, "postale": true, "fiscale": true, "fiscal": true, "sconto": true, "ordine": true, "spedizione": true, "iva": true,
	"descuento": true, "cupón": true, "cupon": true, "pedido": true, "envío": true, "envio": true, "seguimiento": true, "promocional": true,
	"cupom": true, "desconto": true, "rastreio": true, "rastreamento": true, "encomenda": true, "bestelling": true, "klant": true, "korting": true,
	"producto": true, "prodotto": true, "produto": true, "produit": true, "produkt": true, "artikel": true, "artículo": true, "articolo": true,
	"artigo": true, "referencia": true, "referenza": true, "référence": true, "referência": true, "modelo": true, "modello": true, "model": true,
	"barras": true, "barre": true, "barcode": true, "ean": true, "sku": true, "lote": true, "lotto": true, "lot": true, "batch": true, "locker": true,
}

// qualifierIn reports whether a word of codeQualifiers stands in
// t[a:b]: "[código] postal es ...", "[codice] cliente è ...", "[code]
// for my order is ...".
func qualifierIn(t string, a, b int) bool {
	var low [16]byte
	for i := a; i < b; {
		for i < b && !isWordByte(t[i]) {
			i++
		}
		j := i
		for j < b && isWordByte(t[j]) {
			j++
		}
		if j > i && j-i <= 16 && codeQualifiers[string(lowerASCII(low[:0], t[i:j]))] {
			return true
		}
		i = j
	}
	return false
}

// clauseVerb returns where the verb that ends a short clause after a
// code's or a password's word ends, or p: "[the code] you sent was ...",
// "[the 2FA code] i got by sms was ...", "[le code] reçu par SMS c'est
// ...", "[el código de verificación] que me ha llegado es ...",
// "[password] I set: ...", "[das Passwort], das ich vergeben habe:
// ...". The clause is up to eight words of letters, maybe after a comma,
// the first a pronoun or a participle (clauseOpener: not "[password]
// manager is 1Password"); it ends at its last verb of being (beVerb) or
// "c'est" before a space ("[il codice] che mi è arrivato via SMS è
// ..."), or at a colon after a word.
func clauseVerb(t string, p int) int {
	q := p
	if q+1 < len(t) && t[q] == ',' {
		q++ // "das Passwort, das ich vergeben habe: ..."
	}
	if q >= len(t) || t[q] != ' ' {
		return p
	}
	var low [16]byte
	// The last verb of the clause: "[il codice] che mi è arrivato via
	// SMS è 558 021" has two. Without one, p: no clause ("the code,
	// 123456 is ..." keeps its comma).
	verb := p
	came := false // a verb of arrival, which may give the code without "is"
	for w := 0; w < 8; w++ {
		r, e := spacedWord(t, q, 16, '\'')
		if r == q {
			return verb
		}
		if came && e == r && codeArrivedAt(t, r) {
			return q
		}
		if e == r || e-r >= 16 || e >= len(t) || t[e] != ' ' && t[e] != ':' {
			return verb
		}
		word := string(lowerASCII(low[:0], t[r:e]))
		if w == 0 && !clauseOpener(word) {
			return p
		}
		if w > 0 && t[e] == ' ' && (beVerb(word) || cestWord(word)) {
			verb = e
		}
		came = came || w > 0 && arrivalVerb(word)
		if t[e] == ':' {
			return e + 1 // "I set: ..."
		}
		q = e
	}
	return verb
}

// arrivalVerb reports whether the folded word w says that a code came
// in or was received, so that the clause may give it straight after:
// Portuguese "[o código] que chegou por sms 482 913", Spanish "[el
// código] que me llegó 482913", English "[the code] I got by text
// 482913".
func arrivalVerb(w string) bool {
	switch w {
	case "chegou", "recebi", "llegó", "llego", "recibí", "recibi", "got", "received", "arrived":
		return true
	}
	return false
}

// codeArrivedAt reports whether a one-time code of six digits, maybe
// typed one by one ("7 3 9 2 0 1"), starts at r, the first word after a
// clause of arrival (arrivalVerb); other counts are a product's or an
// order's as often ("o código que veio na caixa 1234").
func codeArrivedAt(t string, r int) bool {
	if r >= len(t) || !isDigit(t[r]) {
		return false
	}
	_, d := codeDigitsEnd(t, r)
	return d == 6
}

// clauseOpener reports whether the folded word w may open the clause
// that clauseVerb reads: a pronoun, a relative pronoun or a participle
// of sending or choosing.
func clauseOpener(w string) bool {
	switch w {
	case "i", "you", "u", "we", "they", "he", "she", "it", "ive", "i've", "that", "which",
		// "the password I'm using is ...", "the code you've sent is ...".
		"i'm", "im", "you're", "youre", "we're", "they're", "you've", "we've", "i'd",
		"set", "chosen", "used", "sent", "given", "got", "received", "generated",
		"que", "q", "che", "die", "das", "dat", "ich", "ik", "je", "j'ai", "reçu", "recu", "recibido", "ricevuto", "recebido", "ontvangen", "erhalten", "uit",
		// Danish, Norwegian and Swedish "I" and "that" (session 75:
		// "Koden jeg fik på sms er 482913").
		"jeg", "jag", "som":
		return true
	}
	return false
}

// pinToWord reports whether w, of six bytes or fewer, joins a changed
// PIN to its new digits: "changed my PIN to 9931", "PIN geändert auf
// 4821", "pincode gewijzigd naar 5521", "left the alarm code as 1234".
// These are toWord's words, and "as", less
// "a", "op" and "in", which stand before counts and years as often
// ("PIN in 2024").
func pinToWord(w string) bool {
	switch w {
	case "to", "as", "auf", "naar", "para", "à":
		return true
	}
	return false
}

// pinCodePlace reports whether the PIN word w that starts at start
// names India's postcode: "PIN code", or "PIN" that opens its line or
// follows a comma or a dash ("Bengaluru, Karnataka, PIN 560034").
func (s *state) pinCodePlace(start int, w string) bool {
	t := s.text
	b := start
	for b > 0 && t[b-1] == ' ' {
		b--
	}
	return strings.Contains(w, "code") || b == 0 || t[b-1] == '\n' || t[b-1] == ',' || t[b-1] == '-'
}

// receivedWord reports whether w, of six bytes or fewer, says that a
// one-time code came in: "code de vérification reçu : 599109", "the 2FA
// code I got: ...".
func receivedWord(w string) bool {
	switch w {
	case "reçu", "recu", "got", "sent",
		// Hindi and Urdu typed in Latin letters: "came" ("otp aaya hai
		// 482913"), also in the feminine ("otp aayi").
		"aaya", "aya", "aayi", "ayi":
		return true
	}
	return false
}

// hindiAuxEnd returns the end of Hindi's and Urdu's auxiliary "hai"
// ("is", "has") typed in Latin letters after the verb that ends at w, or
// w: "otp aaya hai 482913", the code has come.
func hindiAuxEnd(t string, w int) int {
	if w+4 <= len(t) && t[w] == ' ' && strings.EqualFold(t[w+1:w+4], "hai") && (w+4 == len(t) || !isWordByte(t[w+4])) {
		return w + 4
	}
	return w
}

// recoveryCodes reads the list of recovery codes that follows their name
// ending at p ("my backup codes: 8f3k2-9dj4m 7hq2x-4kd8w ...", one a line
// or parted by spaces or commas, maybe after more words up to a colon or
// the line's end: "recovery codes for ana@x.io (two used):"). Each code
// is a password of the shapes recoveryCodeEnd reads ("2412 0010",
// "w830p-ki5ma", "c4670329e7"). A list needs two codes; one code alone
// must follow the name and a colon, or "is" or "was" (verbAfterName: "my
// recovery code is 8f2k-9dq1-x7mz", maybe in quotes), or follow the name,
// which spans [start, p), in the singular and a space ("recovery code
// 4250 7903"; pluralCodes).
func (s *state) recoveryCodes(start, p int) {
	t := s.text
	i := p
	// The rest of the name's line, to its colon or its end; or "is" or
	// "was" right after the name, before one code ("my recovery code is
	// 8f2k-9dq1-x7mz").
	alone := false // one code may stand alone after "is" or "was"
	if p+1 < len(t) && t[p] == ' ' && recoveryCodeEnd(t, p+1) > 0 && !pluralCodes(t[start:p]) {
		// One code right after the name in the singular ("recovery code
		// 4250 7903 didn't work", "2fa backup code YYX3-2K5S-Q2QH"): the
		// plural lists them.
		i, alone = p+1, true
	} else if q := verbAfterName(t, p); q > p {
		i, alone = q, true
		if i < len(t) && (t[i] == '"' || t[i] == '\'') {
			i++ // is "5GHT-2WQA-M9LC"
		}
	} else if k := strings.IndexAny(t[i:min(len(t), i+120)], ":\n"); k >= 0 {
		i += k
		if t[i] == ':' {
			i++
		}
	} else {
		return
	}
	type span struct{ a, b int }
	var codes [32]span
	n := 0
	for n < len(codes) {
		for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == ',' || t[i] == ';') {
			i++
		}
		if n > 0 {
			i = conjunctionEnd(t, i) // "8830-2291 and 4471-0936"
		}
		i = listMarkEnd(t, i)
		e := recoveryCodeEnd(t, i)
		if e < 0 {
			break
		}
		codes[n] = span{i, e}
		n++
		i = e
	}
	if n < 2 && (n == 0 || !alone && strings.TrimSpace(t[p:codes[0].a]) != ":") {
		return
	}
	for _, c := range codes[:n] {
		s.add(cand{start: c.a, end: c.b, typ: TypePassword, rec: "recovery_code", score: 0.7})
	}
}

// pluralCodes reports whether the name of recovery codes w is in the
// plural, which the Romance languages mark on its first word ("códigos
// de recuperación", "codici di backup", "codes de secours") and the
// others on its last ("recovery codes", "Sicherungscodes").
func pluralCodes(w string) bool {
	var low [48]byte
	l := lowerASCII(low[:0], w[:min(len(w), len(low))])
	return bytes.Contains(l, []byte("codes")) || bytes.Contains(l, []byte("digos")) || bytes.Contains(l, []byte("codici"))
}

// verbAfterName returns the end of " is " or " was " right after the
// name of recovery codes that ends at p, or after the bracket that
// closes it ("Wiederherstellungscode (recovery code) is ..."), or p.
func verbAfterName(t string, p int) int {
	q := p
	if q < len(t) && t[q] == ')' {
		q++
	}
	for _, v := range recoveryVerbs {
		if len(t)-q >= len(v) && strings.EqualFold(t[q:q+len(v)], v) {
			return q + len(v)
		}
	}
	return p
}

// recoveryVerbs are the verbs of being, in the chat languages, between
// the name of recovery codes and the codes: "my backup codes were
// 8830-2291 and ...", "Meine Wiederherstellungscodes sind 7hq2-9xkd und
// ...".
var recoveryVerbs = [...]string{" is ", " was ", " are ", " were ", " ist ", " war ", " sind ", " waren ", " est ", " sont ",
	" étaient ", " es ", " era ", " son ", " eran ", " è ", " sono ", " erano ", " zijn ", " é ", " são ", " eram "}

// conjunctionEnd returns the end of a list's joining word (listJoin:
// "and", "und", "et", ...) and the spaces after it, at i, or i.
func conjunctionEnd(t string, i int) int {
	j := i
	for j < len(t) && j-i < 4 && isLetter(t[j]) {
		j++
	}
	var low [4]byte
	if j == i || j >= len(t) || t[j] != ' ' || !listJoin(lowerASCII(low[:0], t[i:j])) {
		return i
	}
	for j < len(t) && t[j] == ' ' {
		j++
	}
	return j
}

// recoveryCodeEnd returns the end of a recovery code at i (see
// recoveryCodes), followed by white space, a comma, a semicolon, a
// period or the text's end, or -1: letters and digits with a digit,
// eight to fourteen bytes in all, in one piece ("c4670329e7"), in two or
// three groups of three to six parted by '-' ("w830p-ki5ma"), or four of
// four ("QW7P-LM3X-99TR-4KZD"), or two of four parted by a space, as
// Google prints them ("2412 0010"). A quote may close it.
func recoveryCodeEnd(t string, i int) int {
	alnumEnd := func(k int) int {
		for k < len(t) && isAlnum(t[k]) {
			k++
		}
		return k
	}
	k := alnumEnd(i)
	most := 14
	switch {
	case k+1 < len(t) && t[k] == '-':
		fours := true // every group of four so far
		for groups, g := 1, i; ; groups++ {
			if k-g < 3 || k-g > 6 {
				return -1
			}
			fours = fours && k-g == 4
			if groups == 4 || groups == 3 && !fours || k+1 >= len(t) || t[k] != '-' || !isAlnum(t[k+1]) {
				if groups == 4 {
					most = 19
				}
				break
			}
			g = k + 1
			k = alnumEnd(g)
		}
	case k-i == 4 && k+5 <= len(t) && t[k] == ' ' && alnumEnd(k+1) == k+5:
		k += 5
	}
	if k-i < 8 || k-i > most || !strings.ContainsAny(t[i:k], "0123456789") {
		return -1
	}
	if k < len(t) && t[k] != ' ' && t[k] != '\t' && t[k] != '\n' && t[k] != '\r' && t[k] != ',' && t[k] != ';' && t[k] != '.' && t[k] != '"' && t[k] != '\'' {
		return -1
	}
	return k
}

// listMarkEnd returns the end of the mark that opens an item of a list at
// i ("1. ", "2) ", "- ", "* ", "• "), or i.
func listMarkEnd(t string, i int) int {
	k := i
	for k < len(t) && k-i < 2 && isDigit(t[k]) {
		k++
	}
	switch {
	case k > i && k+1 < len(t) && (t[k] == '.' || t[k] == ')') && t[k+1] == ' ':
		return k + 2
	case k == i && k+1 < len(t) && (t[k] == '-' || t[k] == '*') && t[k+1] == ' ':
		return k + 2
	case k == i && strings.HasPrefix(t[k:], "• "):
		return k + len("• ")
	}
	return i
}

// passwordHashEnd returns the end of a password's hash in the formats of
// crypt(3) and LDAP at i, as .htpasswd files and user tables hold them,
// or 0: "$apr1$" (Apache's MD5), "$1$", "$5$" and "$6$" (MD5 and SHA
// crypt), "$2a$", "$2b$" and "$2y$" with their cost (bcrypt), "$argon2i$",
// "$argon2d$" and "$argon2id$", "{SHA}" and "{SSHA}" (base64). A hash
// is as good as its password to whoever can try words against it. The
// rest must hold twenty bytes or more of the hash's alphabet and end
// where that alphabet does (at a blank, a quote, ',', ';', or the ':'
// of /etc/shadow's next field), so that a price ("$1$ each") stays out.
func passwordHashEnd(t string, i int) int {
	w := t[i:min(len(t), i+12)]
	var q int
	switch {
	case strings.HasPrefix(w, "$apr1$"):
		q = i + 6
	case strings.HasPrefix(w, "$argon2"):
		q = i + 7
	case len(w) >= 3 && (w[1] == '1' || w[1] == '5' || w[1] == '6') && w[2] == '$':
		q = i + 3
	case len(w) >= 7 && w[1] == '2' && (w[2] == 'a' || w[2] == 'b' || w[2] == 'y') && w[3] == '$' && isDigit(w[4]) && isDigit(w[5]) && w[6] == '$':
		q = i + 7
	case strings.HasPrefix(w, "{SHA}"):
		q = i + 5
	case strings.HasPrefix(w, "{SSHA}"):
		q = i + 6
	default:
		return 0
	}
	e := q
	for e < len(t) && e-q <= 512 && (isAlnum(t[e]) || t[e] == '.' || t[e] == '/' || t[e] == '$' || t[e] == '+' || t[e] == '=' || t[e] == ',') {
		e++
	}
	if e-q < 20 || e < len(t) && t[e] > ' ' && t[e] != '"' && t[e] != '\'' && t[e] != ',' && t[e] != ';' && t[e] != ':' {
		return 0
	}
	return e
}

// dsnPassword reads the credentials of a data source name in the form of
// Go's MySQL driver, "user:password@tcp(host:3306)/db" or "...@unix(
// /path)", whose '@' is at at: they run back to the string's start (a
// quote, a blank, '=' or the text's start), and the password from their
// first ':' to the '@', as the driver reads it. The keywords "tcp" and
// "unix" call it when the '@' is right before them and a '(' right after.
func (s *state) dsnPassword(at int) {
	t := s.text
	h := at
	for h > 0 && at-h < 256 {
		if c := t[h-1]; c <= ' ' || c == '"' || c == '\'' || c == '`' || c == '=' {
			break
		}
		h--
	}
	if h < at {
		// The driver's form leaves no doubt about the password: it
		// outweighs a name that a user's key before it seems to give
		// ("wp_user:Maple&Tulip70@tcp(...)", keyed as "user: Maple").
		s.credentials(h, at, 0.9)
	}
}

// htpasswdPassword reads the password that Apache's htpasswd takes on
// its command line in batch mode ("htpasswd -b .htpasswd admin pw",
// "htpasswd -nbB admin pw") after the command's name ending at p: the
// options, then the file unless -n prints the line instead, the user and
// the password. Without -b the tool asks for the password and the line
// holds none.
func (s *state) htpasswdPassword(p int) {
	t := s.text
	i := skipBlanks(t, p)
	batch, noFile := false, false
	// The options: "-b", "-bc", "-nbB", "-C 12" (a cost), "-r 8"; four
	// at most, so that a run of options that name the command again
	// ("-a-htpasswd -a-htpasswd ...") is not read again at each name.
	for n := 0; n < 4 && i+1 < len(t) && t[i] == '-' && isLetter(t[i+1]); n++ {
		e := argEnd(t, i)
		if e == i {
			return
		}
		opts := t[i+1 : e]
		batch = batch || strings.IndexByte(opts, 'b') >= 0
		noFile = noFile || strings.IndexByte(opts, 'n') >= 0
		i = skipBlanks(t, e)
		if last := opts[len(opts)-1]; (last == 'C' || last == 'r') && i < len(t) && isDigit(t[i]) {
			i = skipBlanks(t, argEnd(t, i))
		}
	}
	if !batch {
		return
	}
	args := 3
	if noFile {
		args = 2
	}
	for ; args > 1; args-- {
		e := argEnd(t, i)
		if e == i {
			return
		}
		i = skipBlanks(t, e)
	}
	q, e := i, argEnd(t, i)
	if e-q >= 2 && (t[q] == '"' || t[q] == '\'') && t[e-1] == t[q] {
		q, e = q+1, e-1
	}
	if e-q >= 4 && passwordLike(t, q, e) {
		s.add(cand{start: q, end: e, typ: TypePassword, rec: "password", score: 0.7})
	}
}

// argEnd returns the end of the command-line argument at i: a string in
// quotes through its closing quote, else up to a blank, a line's end,
// a backtick (the end of a command quoted in Markdown) or the text's end.
// An argument runs 256 bytes at most; a longer run returns i, so that
// the scan of each command's name stays bounded.
func argEnd(t string, i int) int {
	if i < len(t) && (t[i] == '"' || t[i] == '\'') {
		if e := literalEnd(t, i); e > 0 {
			return e + 1
		}
	}
	k := i
	for k < len(t) && t[k] > ' ' && t[k] != '`' {
		if k-i == 256 {
			return i
		}
		k++
	}
	return k
}

// totpAfter looks for an authenticator's setup key in groups of four
// (totpKeyEnd) later on the line of a word that ends at p, within 64
// bytes, after a space, or at the start of the next line when a colon
// ends the word's: a secret's or a password's word whose value the
// words between hide from valueAfter ("clé secrète 2FA : ...", "la clave
// de configuración que me dio la web es ..."), or a word of an
// authenticator ("Google Authenticator setup key ..."). The shape is
// rare enough that the words between need not be read. After a
// password's word the key is that password. The spaces that part the
// first four groups are tested before the groups are read: most words
// after a key's word are no such groups.
func (s *state) totpAfter(p int, password bool) {
	t := s.text
	lim := min(len(t), p+64)
	eol := false
	if k := strings.IndexByte(t[p:lim], '\n'); k >= 0 {
		lim, eol = p+k, true
	}
	for q := p; q < lim; {
		k := strings.IndexByte(t[q:lim], ' ')
		if k < 0 {
			break
		}
		q += k + 1
		if q+19 > len(t) || t[q+4] != ' ' || t[q+9] != ' ' || t[q+14] != ' ' {
			continue
		}
		if e := totpKeyEnd(t, q); e > 0 {
			s.addTOTP(q, e, password)
			return
		}
	}
	// "the secret key from the enrolment screen:\n75YZ 6KAR ...": a
	// line that a colon ends gives the key that opens the next.
	if eol && strings.HasSuffix(strings.TrimRight(t[p:lim], " \t\r"), ":") {
		if q := skipBlanks(t, lim+1); q+19 <= len(t) && t[q+4] == ' ' && t[q+9] == ' ' && t[q+14] == ' ' {
			if e := totpKeyEnd(t, q); e > 0 {
				s.addTOTP(q, e, password)
			}
		}
	}
}

// addTOTP records the setup key t[q:e] (totpKeyEnd): a key, or the
// password that a password's word names.
func (s *state) addTOTP(q, e int, password bool) {
	if password {
		s.add(cand{start: q, end: e, typ: TypePassword, rec: "password", score: 0.7})
	} else {
		s.add(cand{start: q, end: e, typ: TypeAPIKey, rec: "api_key", score: 0.7})
	}
}

// totpKeyEnd returns the end of a one-time password's secret at q as
// authenticator apps print it for typing, or 0: four to eight groups of
// four base32 characters (letters and the digits 2 to 7) in one case,
// parted by single spaces, with a digit and a letter among them and no
// group of digits alone: four words of a sentence lack the digit, a
// card's number in fours the letter, and a random key's group is all
// digits once in a thousand ("code 4455 6677 ..." is a word and a
// number). Words may follow the last group. Six groups may end in a
// seventh of two, the 26 characters of a 128-bit secret ("tq32 ezjm 66cq
// 4gpc e7i5 ocer 7s").
func totpKeyEnd(t string, q int) int {
	e, seen := totpGroupsEnd(t, q)
	if e == q+6*5-1 {
		e = totpPairEnd(t, e, seen&4 != 0)
	}
	return e
}

// totpPairEnd returns the end of the group of two that ends a 128-bit
// secret's six groups ending at e (see totpKeyEnd), or e: two base32
// characters in the case of the groups' letters (lower), no short word
// ("is", "on", "to": a lower-case key's sentence goes on), and no letter
// or digit after them.
func totpPairEnd(t string, e int, lower bool) int {
	if e+3 > len(t) || t[e] != ' ' || e+3 < len(t) && isAlnum(t[e+3]) {
		return e
	}
	for _, c := range []byte(t[e+1 : e+3]) {
		if !(c >= '2' && c <= '7' || !lower && c >= 'A' && c <= 'Z' || lower && c >= 'a' && c <= 'z') {
			return e
		}
	}
	if lower && shortWords[t[e+1:e+3]] {
		return e
	}
	return e + 3
}

// shortWords are the two-letter words that may follow a lower-case
// secret in the seven chat languages.
var shortWords = map[string]bool{
	"is": true, "in": true, "on": true, "to": true, "at": true, "as": true, "so": true, "or": true, "it": true, "if": true,
	"of": true, "my": true, "me": true, "we": true, "be": true, "by": true, "up": true, "do": true, "go": true, "no": true,
	"an": true, "am": true, "ok": true, "pl": true, "es": true, "et": true, "en": true, "el": true, "la": true, "le": true,
	"de": true, "da": true, "di": true, "du": true, "il": true, "lo": true, "un": true, "ya": true, "si": true, "se": true,
	"te": true, "tu": true, "ma": true, "mi": true, "mo": true, "ne": true, "na": true, "em": true, "um": true, "op": true,
	"ik": true, "je": true, "er": true, "zu": true, "im": true, "ja": true, "wo": true, "eu": true, "ou": true,
}

// totpGroupsEnd is totpKeyEnd without the group of two; seen says what
// the groups hold (1: a digit, 2: upper case, 4: lower case).
func totpGroupsEnd(t string, q int) (end int, seen uint8) {
	for k, groups := q, 1; groups <= 8 && k+4 <= len(t); groups++ {
		g, digits := seen, 0
		for _, c := range []byte(t[k : k+4]) {
			switch {
			case c >= '2' && c <= '7':
				g |= 1
				digits++
			case c >= 'A' && c <= 'Z':
				g |= 2
			case c >= 'a' && c <= 'z':
				g |= 4
			default:
				return end, seen
			}
		}
		if g&6 == 6 || digits == 4 || k+4 < len(t) && isAlnum(t[k+4]) {
			return end, seen // both cases, a number's group, or a longer word
		}
		seen, k = g, k+4
		if groups >= 4 && seen&1 != 0 && seen&6 != 0 {
			end = k
		}
		if k+1 >= len(t) || t[k] != ' ' {
			break
		}
		k++
	}
	return end, seen
}

// hclDefault reads the default value of a Terraform variable whose name
// holds a password's word ending at end ([start, end) is the word):
// `variable "db_password" {` and, in its block (512 bytes at most, to
// its first '}'), `default = "..."` opening a line. A reference
// ("${...}") or an empty default is no value.
func (s *state) hclDefault(start, end int) {
	t := s.text
	q := strings.LastIndexByte(t[max(0, start-64):start], '"')
	if q < 0 {
		return
	}
	q += max(0, start-64)
	if strings.IndexByte(t[q:start], '\n') >= 0 || !strings.HasSuffix(strings.TrimRight(t[max(0, q-16):q], " \t"), "variable") {
		return
	}
	b := skipBlanks(t, end+1)
	if b >= len(t) || t[b] != '{' {
		return
	}
	lim := min(len(t), b+1+512)
	if k := strings.IndexByte(t[b+1:lim], '}'); k >= 0 {
		lim = b + 1 + k
	}
	for p := b + 1; p < lim; {
		eol := lim
		if k := strings.IndexByte(t[p:lim], '\n'); k >= 0 {
			eol = p + k
		}
		a := skipBlanks(t, p)
		p = eol + 1
		if !strings.HasPrefix(t[a:eol], "default") {
			continue
		}
		a = skipBlanks(t, a+len("default"))
		if a >= eol || t[a] != '=' {
			return
		}
		a = skipBlanks(t, a+1)
		if a >= eol || t[a] != '"' || strings.HasPrefix(t[a+1:eol], "${") {
			return
		}
		// The literal's own end, escapes read, past a '}' in the value
		// that ended the block's lines early ("Xq9}word1!").
		if e := literalEnd(t, a); e > a+1 {
			s.add(cand{start: a + 1, end: e, typ: TypePassword, rec: "password", score: 0.7})
		}
		return
	}
}

// seedPhraseAfter reads a crypto wallet's seed phrase after its word,
// which ends at p: 12, 15, 18, 21 or 24 words of three to eight
// lower-case letters (the lengths of BIP-39's words), after a colon or
// "is" within the name's line ("my seed phrase: ribbon canvas ...",
// "Seed words from the backup card (24): abandon ..."), or right after
// the name. The words run on one line parted by spaces, or one to a
// line, maybe numbered ("1. abandon\n2. salmon ..."). Whoever holds them
// holds the wallet: they are its password. Since session 47 a phrase
// that opens the next line counts too, when none follows the name on its
// own ("is this still a valid seed? want to check\nhusband horror ...").
func (s *state) seedPhraseAfter(p int) {
	t := s.text
	n := len(t)
	q := p
	if k := strings.IndexAny(t[p:min(n, p+60)], ":\n"); k >= 0 && t[p+k] == ':' {
		q = p + k + 1
	} else if r := verbAfterName(t, p); r > p {
		q = r
	}
	if s.seedPhraseAt(q) {
		return
	}
	if k := strings.IndexByte(t[p:min(n, p+160)], '\n'); k >= 0 && p+k+1 < n && isLower(t[p+k+1]) {
		s.seedPhraseAt(p + k + 1)
	}
}

// seedPhraseAt reads a seed phrase whose words start at q or after the
// gap there (see seedPhraseAfter), and reports whether it found one.
func (s *state) seedPhraseAt(q int) bool {
	t := s.text
	n := len(t)
	start, end, words := -1, -1, 0
	var ends [25]int  // where each word ends
	vertical := false // the words stand one to a line
	stops := 0        // words of a sentence, which seed phrases lack
	beforeStop := -1  // the words before the first of them
	numbered := false // the words are numbered ("1. abandon")
	i := q
	for words < 25 {
		// The gap before a word: spaces, or line breaks when the words
		// stand one to a line (the first gap decides), and a number.
		g := i
		if words == 1 && i < n && (t[i] == '\n' || t[i] == '\r') {
			vertical = true
		}
		for i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n' && (words == 0 || vertical)) {
			i++
		}
		if words > 0 && i == g {
			break
		}
		mark := false
		if d := i; d < n && isDigit(t[d]) {
			for d < n && isDigit(t[d]) && d-i < 2 {
				d++
			}
			if d < n && (t[d] == '.' || t[d] == ')') {
				d++
				for d < n && t[d] == ' ' {
					d++
				}
				i, mark = d, true
			}
		}
		if words == 0 {
			numbered = mark
		} else if mark != numbered {
			break // a list's numbers stop, or start, mid-phrase
		}
		w := i
		for w < n && t[w] >= 'a' && t[w] <= 'z' && w-i <= 8 {
			w++
		}
		if w-i < 3 || w-i > 8 || w < n && (isAlnum(t[w]) || t[w] == '\'' || t[w] == '@' || t[w] == '_') {
			break
		}
		if vertical && !numbered && seedStopWord(t[i:w]) {
			break // the line after a list: "thanks"
		}
		if start < 0 {
			start = i
		}
		if seedStopWord(t[i:w]) {
			if stops == 0 {
				beforeStop = words
			}
			stops++
		}
		end = w
		ends[words] = w
		words++
		i = w
	}
	// No seed word is a stop word: the phrase ends before the first
	// one ("... fiber answer now the wallet is empty" keeps twelve), and
	// a sentence has too few words before it ("the seed phrase has
	// twelve words and you ...").
	if stops > 0 {
		words = beforeStop - beforeStop%3
		if words > 0 {
			end = ends[words-1]
		}
	}
	switch words {
	case 12, 15, 18, 21, 24:
		// Above a name's score: twelve words or more of a wallet's
		// list outweigh a given name among them ("... game satoshi
		// flash walnut ...").
		s.add(cand{start: start, end: end, typ: TypePassword, rec: "seed_phrase", score: 0.9})
		return true
	}
	return false
}

// seedStopWord reports whether w is one of the commonest words of an
// English sentence, none of which BIP-39's list of seed words holds.
func seedStopWord(w string) bool {
	switch w {
	case "the", "and", "you", "your", "for", "with", "that", "this", "have", "are", "was", "not", "but", "our", "from", "they", "them",
		"what", "please", "thanks", "should", "would", "could", "there", "their", "its", "has", "had", "were", "been", "into", "then":
		return true
	}
	return false
}
