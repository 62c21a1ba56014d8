package redact

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode/utf8"
)

// Recognizers anchored on digits: a "chunk" is a run of digit groups joined
// by short separators (space, '-', '.', '/', parentheses), optionally led
// by '+' or '('. Every sub-run of groups that starts and ends at a loose
// boundary is offered to the card, SSN, phone, IPv4, date and IMEI checks;
// each sub-run holds at most maxDigits digits, so the work is linear.

const maxDigits = 19

// inCompound reports whether position i continues a token such as
// "ORD-7550986", "v4.11.38" or "INC2644861", where digits are not a number
// of their own.
func inCompound(t string, i int) bool {
	if i == 0 {
		return false
	}
	p := t[i-1]
	if isAlnum(p) {
		return true
	}
	if compoundSeps[p] && i >= 2 && isAlnum(t[i-2]) {
		return true
	}
	return false
}

// compoundSeps holds the bytes that join the parts of a token such as
// "ORD-7550986" or "v4.11.38" (inCompound): one load where four compares
// were, for each digit run the scan meets.
var compoundSeps = [256]bool{'-': true, '.': true, '_': true, '/': true}

// emailBefore reports whether an e-mail address ends at q: the bytes of
// an address back from q, at most 254 of them, read as one
// (emailShaped).
func emailBefore(t string, q int) bool {
	r := q
	for r > 0 && q-r < 254 && (isLocalByte(t[r-1]) || t[r-1] == '@') {
		r--
	}
	return emailShaped(t[r:q])
}

// abbrevGlued reports whether the digits at i follow, glued by its
// period, an abbreviation that labels a number: "card no.4111...",
// "phone no.415-555-0198", "Tel.030 12345678", "Nr.12345".
func abbrevGlued(t string, i int) bool {
	if i < 3 || t[i-1] != '.' {
		return false
	}
	q := i - 1
	r := q
	for r > 0 && q-r < 4 && isLetter(t[r-1]) {
		r--
	}
	if r > 0 && isAlnum(t[r-1]) {
		return false
	}
	var low [4]byte
	switch string(lowerASCII(low[:0], t[r:q])) {
	case "no", "nr", "nro", "num", "tel", "ph", "mob", "fax", "tlf", "telf":
		return true
	}
	return false
}

// wordThenValue reports whether the digits at i..j, glued to the word
// before them as a hurried hand types ("my nr is333 740 8972", "from720
// 641-4095", "card4406 0316 6028 0725"), start a value of their own:
// the word is two to ten letters in lower case or capitalised, and the
// digits, three or more first, make nine to nineteen in groups joined by
// spaces or hyphens. Codes glued to their letters are in
// capitals or end there ("ORD12345678", "INC1967812", "abc123"), names
// of devices take one digit ("inet6 2001:db8::1", "eth0"), and an
// address of four dotted groups glued to a word is none ("text192.168.1.1",
// as Presidio's vectors hold).
func wordThenValue(t string, i, j int) bool {
	if !isLetter(t[i-1]) || j-i < 2 || j-i > 15 {
		return false
	}
	// A first group of two digits opens a number in pairs only, as
	// France, Belgium and the Netherlands write phones: "mijn nummer
	// is06 41 82 93 57" (session 67), ten digits.
	pairs := j-i == 2
	w := i
	for w > 0 && isLetter(t[w-1]) && i-w <= 10 {
		w--
	}
	if i-w < 2 || i-w > 10 || w > 0 && (isAlnum(t[w-1]) || t[w-1] == '_' || t[w-1] == '-' || t[w-1] == '/' || t[w-1] == '.' || t[w-1] == '@') {
		return false
	}
	for p := w + 1; p < i; p++ {
		if !isLower(t[p]) {
			return false
		}
	}
	// Nine digits or more in groups joined by spaces or hyphens: a
	// phone's or a card's, not a date's eight ("is2024-06-05").
	nd, q := 0, i
	for q < len(t) && q-i < 32 {
		if isDigit(t[q]) {
			nd++
			q++
			continue
		}
		r := q
		for r < len(t) && r-q < 2 && (t[r] == ' ' || t[r] == '-') {
			r++
		}
		if r == q || r >= len(t) || !isDigit(t[r]) {
			break
		}
		q = r
	}
	if pairs && (nd != 10 || !pairedDigits(t[i:q])) {
		return false
	}
	return nd >= 9 && nd <= 19 && (q >= len(t) || !isAlnum(t[q]))
}

// pairedDigits reports whether the digits of v stand in groups of two
// that single spaces or hyphens part.
func pairedDigits(v string) bool {
	for k := 0; k < len(v); k += 3 {
		if k+2 > len(v) || !isDigit(v[k]) || !isDigit(v[k+1]) || k+2 < len(v) && v[k+2] != ' ' && v[k+2] != '-' {
			return false
		}
	}
	return true
}

// birthWordGlued reports whether a date of day, month and year at i,
// whose first group ends at j, is glued to a birth word before it, as a
// hurried hand types it: "dob12.04.1975", "born03/07/1988",
// "geboren12.04.1975". The scanner has read the word before the digits:
// its hit, a birth word of any language (gDOB), ends at i.
func (s *state) birthWordGlued(i, j int) bool {
	t := s.text
	if j-i > 2 || j+1 >= len(t) || t[j] != '.' && t[j] != '/' && t[j] != '-' || len(s.hits) == 0 {
		return false
	}
	if h := s.hits[len(s.hits)-1]; h.end != i || s.e.kw.entries[h.entry].groups&gDOB == 0 {
		return false
	}
	// The date: the separator, one or two digits, the same separator and
	// two or four digits, then no letter or digit.
	sep := t[j]
	k := j + 1
	m := k
	for m < len(t) && isDigit(t[m]) && m-k < 3 {
		m++
	}
	if m-k < 1 || m-k > 2 || m >= len(t) || t[m] != sep {
		return false
	}
	y := m + 1
	e := y
	for e < len(t) && isDigit(t[e]) && e-y < 5 {
		e++
	}
	return (e-y == 2 || e-y == 4) && (e >= len(t) || !isAlnum(t[e]))
}

// digitAnchor handles a digit at i and returns where the scan resumes.
func (s *state) digitAnchor(i int) int {
	t := s.text
	n := len(t)
	j := i
	for uint(j) < uint(n) && isDigit(t[j]) { // (unsigned: no bounds check of t[j])
		j++
	}
	// "ethan@proton.me/07809 431 970": a '/' after an e-mail address
	// parts two values, as "E-Mail/Telefon:" said.
	if inCompound(t, i) && !s.labelGlued(i) && !abbrevGlued(t, i) && !(t[i-1] == '/' && emailBefore(t, i-1)) && !wordThenValue(t, i, j) && !s.birthWordGlued(i, j) {
		// Letters-then-digits tokens were handled at their start; a digit
		// run glued to a word can still begin an e-mail's domain or an
		// IPv6 group ("2001:db8::1" after "foo"), which we leave alone.
		return j
	}
	// The readers below, up to the token's, each need a byte of
	// wordGoesOn after the digits, or (the token's) sixteen of them: most
	// numbers end at a space or a comma and pass them over at once.
	if j-i >= 16 || uint(j) < uint(n) && wordGoesOn[t[j]] {
		// A British sort code and account number as a pair: "60-83-12
		// 71246093" (see sortCodePair).
		if j-i == 2 && j+15 <= n && t[j] == '-' && t[j+3] == '-' && t[j+6] == ' ' {
			if end := s.sortCodePair(i); end > 0 {
				return end
			}
		}
		// A Telegram bot token opens with the bot's id, 8 to 10 digits, and a
		// colon; the length, in a register, is tested first.
		if uint(j-i-8) <= 2 && j < n && t[j] == ':' && t[i] != '0' {
			if end := s.telegramToken(i, j); end > 0 {
				return end
			}
		}
		if j < n && (t[j] == '@' || isLetter(t[j]) || t[j] == '.' || t[j] == '_' || t[j] == '+') && atAfter(t, j) {
			// An e-mail address led by digits: "123abc@...", "2024.jane@...".
			if end := s.email(i); end > 0 {
				return end
			}
		}
		// Hex-led tokens: IPv6, MAC, Ethereum, e-mail local parts, BTC.
		h := j // digits are hex
		for h < n && isHex(t[h]) {
			h++
		}
		if hexAddrAt(t, i, h) {
			if end := s.hexAddr(i); end > 0 {
				return end
			}
		}
		// A token is 16 bytes or more of the base64 alphabet.
		if j-i >= 16 || j < n && byteClass[t[j]]&clB64 != 0 {
			if end := s.tokenAnchor(i); end > 0 {
				return end
			}
		}
	}
	if j-i <= 2 && s.e.checks&checkDates != 0 && clockMayFollow(t, j) {
		s.clockTime(i, j)
	}
	if uint(j) < uint(n) && isLetter(t[j]) {
		// "3rd", "21st", "10am", "2024-03-15T..." is a date handled below.
		k := j
		for k < n && isAlnum(t[k]) {
			k++
		}
		// "0xx21 2814-4985": Brazil's trunk 0 and the carrier's two
		// digits, left as "xx" for the caller to choose, before the
		// area code; the number is read from the area code on
		// (carrierPrefixBefore, session 72).
		if j == i+1 && k == j+4 && t[i] == '0' && t[j]|0x20 == 'x' && t[j+1]|0x20 == 'x' && isDigit(t[j+2]) && isDigit(t[j+3]) {
			return s.chunk(j+2, k)
		}
		if j-i <= 2 && (k-j == 5 || k-j == 7) && s.e.checks&checkDates != 0 {
			s.compactDate(i, j, k)
		}
		return k
	}
	if j-i < 7 && groupEnds(t, j) {
		// A short number that nothing joins to another group ("04:50",
		// "at 3 pm", "[12]"), the most common: chunk would find that
		// one group alone.
		return s.shortNumber(i, j, 0)
	}
	if j-i <= 2 && j+2 < n && t[j] == '.' && t[j+1] == ' ' && listItem(t, i, j) {
		return j + 1 // "3. (614) 382-7719": the item's number, then its value
	}
	return s.chunk(i, j)
}

// groupEnds reports whether chunk reads no further group after digits
// that end at q: the byte there is no separator of groups, or a space
// before a letter.
func groupEnds(t string, q int) bool {
	if q+1 >= len(t) {
		return true
	}
	c := t[q]
	if c == ' ' {
		return isLetter(t[q+1])
	}
	return c < 0xc2 && !isNumSep(c)
}

// labelGlued reports whether the digits at i follow an SSN's or a
// phone's word and a hyphen, "SSN-536-22-8726", "my mobile-07384 920
// 117", "Mob-9414087723": the label, not a token, ends at the hyphen.
// A phone's word so glued is a word of its own in lower case or
// capitalised: in capitals, or after a '-' or '#', it is part of a
// reference's code ("Ref no. CS-PH-2024-118402", "file no.
// TEL-48213-24"). The scan has just recorded the word's hit if it is one.
func (s *state) labelGlued(i int) bool {
	if s.text[i-1] != '-' || len(s.hits) == 0 {
		return false
	}
	return s.labelHitGlued(i)
}

// labelHitGlued is labelGlued's test of the last keyword's hit, apart so
// that the test of the hyphen, which most calls end at, stays inline.
func (s *state) labelHitGlued(i int) bool {
	t := s.text
	h := s.hits[len(s.hits)-1]
	if h.end != i-1 {
		return false
	}
	g := s.e.kw.entries[h.entry].groups
	if g&gSSN != 0 {
		return true
	}
	return g&gPhone != 0 && h.end-h.start >= 2 && isLower(t[h.end-1]) &&
		(h.start == 0 || t[h.start-1] == ' ' || t[h.start-1] == ',' || t[h.start-1] == '(' || t[h.start-1] == '\n')
}

// ssnWordBefore reports whether an SSN word stands at most 48 bytes
// before i with no number between ("my SSN is 412-78-3361/DOB ...", "SSN
// for my wife: 412-78-3361/DOB ..."): the number is the SSN whatever is
// glued after it. The scan has recorded the words before i.
func (s *state) ssnWordBefore(i int) bool {
	for k := len(s.hits) - 1; k >= 0; k-- {
		h := s.hits[k]
		if h.end > i {
			continue
		}
		if i-h.end > 48 {
			return false
		}
		if s.e.kw.entries[h.entry].groups&gSSN != 0 {
			// No number of five digits or more between ("2nd", "W-2",
			// "1040" or another SSN of a list may stand there), and no
			// "social media" ("social media post ID 412-78-3361-A").
			g := s.text[h.end:i]
			return !digitRun(g, 5) && !strings.HasPrefix(g, " media") && !strings.HasPrefix(g, " network")
		}
	}
	return false
}

// digitRun reports whether g holds a run of n digits or more.
func digitRun(g string, n int) bool {
	k := 0
	for i := 0; i < len(g); i++ {
		if isDigit(g[i]) {
			if k++; k >= n {
				return true
			}
		} else {
			k = 0
		}
	}
	return false
}

// base64Run returns the number of bytes of the base64 alphabet from p,
// counting up to max.
func base64Run(t string, p, max int) int {
	k := p
	for k < len(t) && k-p < max && (isAlnum(t[k]) || t[k] == '+' || t[k] == '/') {
		k++
	}
	return k - p
}

// atAfter reports whether the local-part bytes from j run into an '@'.
func atAfter(t string, j int) bool {
	k := j
	for k < len(t) && k-j < 64 && isLocalByte(t[k]) {
		k++
	}
	return k < len(t) && t[k] == '@'
}

// gluedPlus reports whether the '+' at i, glued to a word of two
// letters or more, leads a country's code of two or three digits and a
// space, as typed in haste: "call+353 85 817 7517", "text me at+34 616
// 402 489"; not a form's encoded space ("text=refund+9748948221") nor
// "ZIP+4 98431-2207".
func (s *state) gluedPlus(i int) bool {
	t := s.text
	if i < 2 || !isLetter(t[i-1]) || !isLetter(t[i-2]) {
		return false
	}
	j := nextNonDigit(t, i+1)
	return j-i-1 >= 2 && j-i-1 <= 3 && j < len(t) && t[j] == ' '
}

// punctAnchor handles a byte that is neither a letter nor a digit.
func (s *state) punctAnchor(i int) int {
	t := s.text
	n := len(t)
	c := t[i]
	switch c {
	case '+':
		if i+1 < n && isDigit(t[i+1]) && (i == 0 || !isAlnum(t[i-1]) || s.gluedPlus(i)) {
			return s.chunk(i, nextNonDigit(t, i+1))
		}
		if i+1 < n && isAlnum(t[i+1]) && (i == 0 || !isAlnum(t[i-1])) {
			if end := s.tokenAnchor(i); end > 0 {
				return end
			}
		}
	case '(':
		if i+1 < n && isDigit(t[i+1]) && (i == 0 || !isAlnum(t[i-1])) {
			// "(2604:3f24::a4b9)", "(00:1A:2B:3C:4D:5E)": an address in
			// brackets, which the bracket's number would pass over.
			h := i + 1
			for h < n && isHex(t[h]) {
				h++
			}
			if hexAddrAt(t, i+1, h) {
				if end := s.hexAddr(i + 1); end > 0 {
					return end
				}
			}
			j := nextNonDigit(t, i+1)
			if j < n && (isLetter(t[j]) || t[j] == '/' || t[j] == '+' || t[j] == '_') {
				// "(1GYaLyejhLDL...)": a token led by digits, which the
				// digit anchor after the bracket reads.
				return i + 1
			}
			return s.chunk(i, j)
		}
		if end := s.atEmail(i); end > 0 {
			return end
		}
	case '[':
		if end := s.atEmail(i); end > 0 {
			return end
		}
	case '/':
		if i+1 < n && isAlnum(t[i+1]) && (i == 0 || !isAlnum(t[i-1])) {
			// The secret after an access key and " /" starts after the
			// slash when forty bytes follow it, "AKIA... /wJalr...";
			// a secret may start with a slash of its own, "AKIA...
			// /6fh2x..." of forty bytes with it.
			if s.awsPairSlash(i) && base64Run(t, i+1, 41) == 40 {
				if end := s.tokenAnchor(i + 1); end > 0 {
					return end
				}
			}
			if end := s.tokenAnchor(i); end > 0 {
				return end
			}
		}
	case ':':
		if i+1 < n && t[i+1] == ':' && (i == 0 || !isAlnum(t[i-1]) && t[i-1] != ':') {
			if end := s.hexAddr(i); end > 0 {
				return end
			}
			return i + 2
		}
	case '=':
		s.spacedKey(i)
	case '@':
		if s.on(TypeUsername) {
			s.atHandle(i)
		}
	case '\\':
		if i > 1 && isUpperByte(t[i-1]) && i+1 < n && t[i+1] >= 'a' && t[i+1] <= 'z' && s.on(TypeUsername) {
			s.domainUser(i)
		}
	case '$', '{':
		if end := passwordHashEnd(t, i); end > 0 {
			if s.on(TypePassword) {
				s.add(cand{start: i, end: end, typ: TypePassword, rec: "password_hash", score: 0.7})
			}
			return end
		}
		if t[i] == '$' && i+1 < n && isLetter(t[i+1]) && s.on(TypeUsername) {
			s.cashtag(i)
		}
	case '-':
		if i+10 < n && t[i+1] == '-' && t[i:i+10] == "-----BEGIN" {
			if end := s.privateKey(i); end > 0 {
				return end
			}
		}
		if h := userOption(t, i); h > 0 {
			if end := s.userPassword(h); end > 0 {
				return end
			}
		}
		if end := s.passwordOption(i); end > 0 {
			return end
		}
	}
	return i + 1
}

// spacedKey looks up a key in camel or Pascal case that a space parts
// from the '=' at i, as assignments in code are written ("const
// authToken = '...'", "$apiSecret = ...", "authToken := ...", "ApiKey =>
// ..."): a key glued to its '=' is word's (see camelKey).
func (s *state) spacedKey(i int) {
	t := s.text
	j := i
	if j > 0 && t[j-1] == ':' {
		j-- // Go's ":="
	}
	if j < 2 || t[j-1] != ' ' {
		return
	}
	j--
	w := j
	for w > 0 && j-w < 40 && byteClass[t[w-1]]&(clLower|clUpper) != 0 {
		w--
	}
	if j-w > 4 && (w == 0 || !isAlnum(t[w-1]) && t[w-1] != '_') {
		s.camelKey(w, j)
	}
}

// userOption returns where the value of a command's user option starts
// when t[i:] is one ("curl -u admin:pass", "--user admin:pass",
// "--user=admin:pass") after a blank or at the start, else 0.
func userOption(t string, i int) int {
	if i > 0 && t[i-1] != ' ' && t[i-1] != '\t' {
		return 0
	}
	var q int
	switch {
	case strings.HasPrefix(t[i:], "-u "):
		q = i + 3
	case strings.HasPrefix(t[i:], "--user "), strings.HasPrefix(t[i:], "--user="):
		q = i + 7
	default:
		return 0
	}
	for q < len(t) && t[q] == ' ' {
		q++
	}
	return q
}

// passwordOption reports the password of a "-p" option at i and returns
// its end, or 0: glued to it on a MySQL or MariaDB command line ("mysql
// -u root -pS3cret db", "mysqldump -pS3cret"), as those clients take it,
// the client running at most 96 bytes before on the same line (see
// mysqlCommand); after a space on a line that runs sshpass or a
// registry's or a cloud client's login ("sshpass -p 'S3cret' ssh ...",
// "docker login -u deploy -p S3cret registry", "az login -u ... -p
// S3cret"; see loginCommand), where a MySQL client reads a database's
// name. Elsewhere "-p" is a port, a path or a flag.
func (s *state) passwordOption(i int) int {
	t := s.text
	if i == 0 || t[i-1] != ' ' && t[i-1] != '\t' || i+8 > len(t) || t[i+1] != 'p' {
		return 0
	}
	spaced := t[i+2] == ' '
	q := i + 2
	for spaced && q < len(t) && t[q] == ' ' {
		q++
	}
	if q >= len(t) || t[q] <= ' ' || t[q] == '-' || t[q] == '$' || t[q] == '=' {
		return 0 // an option, a variable ("$PASSWORD")
	}
	e := q
	for e < len(t) && e-q < 130 && t[e] > ' ' {
		e++
	}
	v := e
	if c := t[q]; (c == '\'' || c == '"') && v-q > 2 && t[v-1] == c {
		q, v = q+1, v-1 // -p'S3cret!x'
	}
	if v-q < 6 || !spaced && portMapping(t[q:v]) {
		return 0 // a port mapping ("-p3306:3306"); stand-ins are passwordLike's
	}
	var runs bool
	if spaced {
		runs = loginCommand(lineBefore(t, i, 160))
	} else {
		runs = mysqlCommand(lineBefore(t, i, 96))
	}
	if !runs || !passwordLike(t, q, v) {
		return 0
	}
	s.add(cand{start: q, end: v, typ: TypePassword, rec: "password", score: 0.7})
	return e
}

// lineBefore returns the part of t's line before i, at most n bytes.
func lineBefore(t string, i, n int) string {
	line := t[max(0, i-n):i]
	if l := strings.LastIndexByte(line, '\n'); l >= 0 {
		line = line[l+1:]
	}
	return line
}

// loginCommand reports whether the line before a "-p " runs a command
// whose -p takes a password: sshpass, or the login of a registry or a
// cloud's client ("docker login", "az login", "oc login"), with nothing
// between that ends the command (';', '|', '&').
func loginCommand(line string) bool {
	k := strings.LastIndex(line, "sshpass ")
	if k < 0 {
		k = strings.LastIndex(line, " login ")
		if k <= 0 {
			return false
		}
		j := strings.LastIndexAny(line[:k], " \t$`'\"(") + 1
		switch line[j:k] {
		case "docker", "podman", "buildah", "skopeo", "nerdctl", "az", "oc", "registry", "cf":
		default:
			return false
		}
	} else if k > 0 && !strings.ContainsRune(" \t$`'\"(", rune(line[k-1])) {
		return false
	}
	return !strings.ContainsAny(line[k:], ";|&")
}

// mysqlCommand reports whether the line before a "-p" runs a MySQL or
// MariaDB client ("$ mysql -u root", "sudo mysqldump", "docker exec -it
// db mysql", "`mysql ..."), not one a package manager installs ("brew
// install mysql"), one named by an option ("--name mysql") nor one
// before ';', '|' or '&' ("mysql -e 'select 1'; docker run -p8080:80").
func mysqlCommand(line string) bool {
	for _, cmd := range []string{"mysql ", "mysqldump ", "mariadb ", "mysqladmin ", "mysql.exe "} {
		k := strings.LastIndex(line, cmd)
		if k < 0 || k > 0 && !strings.ContainsRune(" \t$`'\"(>#/\\", rune(line[k-1])) || strings.ContainsAny(line[k:], ";|&") {
			continue
		}
		fields := strings.Fields(line[:k])
		for len(fields) > 0 && strings.HasPrefix(fields[len(fields)-1], "-") && fields[len(fields)-1] != "--" {
			if len(fields) == 1 || fields[len(fields)-1] != "-y" {
				return false // "--name mysql", "-n mysql"
			}
			fields = fields[:len(fields)-1] // "install -y mysql"
		}
		if len(fields) > 0 {
			switch fields[len(fields)-1] {
			case "install", "add", "remove", "uninstall", "search", "info", "show", "upgrade", "update":
				return false
			}
		}
		return true
	}
	return false
}

// userPassword reports the password of a "user:password" value at h,
// quoted or not, as URL credentials are (see credentials), and returns
// the value's end, or 0 when it holds no colon.
func (s *state) userPassword(h int) int {
	t := s.text
	quote := byte(0)
	if h < len(t) && (t[h] == '\'' || t[h] == '"') {
		quote = t[h]
		h++
	}
	e := h
	for e < len(t) && e-h < 256 && t[e] > ' ' && t[e] != quote {
		e++
	}
	c := strings.IndexByte(t[h:e], ':')
	if c <= 0 || c == e-h-1 {
		return 0
	}
	s.credentials(h, e, 0.7)
	return e
}

// wideSep returns the width of a multi-byte separator at r and the ASCII
// byte it stands for: a Unicode space of spaceWidth (no-break, narrow
// no-break, thin, figure, en...) or an invisible mark of formatWidth for
// ' ', an en dash, a hyphen, a no-break hyphen, a figure dash or a minus
// sign for '-' (the last three since session 54). Text pasted from web
// pages and word processors groups numbers with them; 0 when none is
// there.
// Hot callers test for a byte above ASCII first (wideSep is no longer
// inlined).
func wideSep(t string, r int) (int, byte) {
	if w := spaceWidth(t, r); w > 0 {
		return w, ' '
	}
	// An invisible mark of format between groups reads as a space:
	// "912\u200f345\u200f678", copied from a right-to-left page.
	if w := formatWidth(t, r); w > 0 {
		return w, ' '
	}
	if r+2 < len(t) && t[r] == 0xe2 && (t[r+1] == 0x80 && (t[r+2] == 0x93 || t[r+2] == 0x91 || t[r+2] == 0x90 || t[r+2] == 0x92) || t[r+1] == 0x88 && t[r+2] == 0x92) {
		return 3, '-' // en dash, no-break hyphen, hyphen, figure dash, minus sign
	}
	return 0, 0
}

// wholeBefore reports whether the groups g gathered so far, nd digits in
// all and each of four digits when fours, make a whole value: seven
// digits or more, three groups with a year of four digits at either end,
// or a day and a year (a date); not a card's groups of four. The chunk
// keeps nd and fours as it goes, so the test takes the same time
// whatever the number of groups.
func wholeBefore(t string, g []span, nd int, fours bool) bool {
	// The year of a date whose month is a word: "December 26, 1963",
	// after the day's comma.
	if n := len(g); n == 1 && g[0].e-g[0].s == 4 && (t[g[0].s] == '1' || t[g[0].s] == '2') && g[0].s >= 2 && t[g[0].s-2] == ',' && t[g[0].s-1] == ' ' {
		return true
	}
	if fours {
		return false // a card's groups
	}
	if nd >= 7 && len(g) != 3 {
		return true
	}
	if len(g) == 3 {
		a, c := g[0].e-g[0].s, g[2].e-g[2].s
		return a == 4 && c <= 2 || c == 4 && a <= 2 || nd >= 9
	}
	return false
}

// clockMayFollow reports whether what follows the digits of an hour at
// j can go on into a twelve-hour time as clockTime reads one: after the
// minutes (":30", which clockTime reads as ':' and two digits and this
// test as any three bytes) and a space (' ', or a byte above ASCII that
// may start a Unicode space of spaceWidth), "am" or "pm" ("a.m.": an
// 'a' or a 'p' before 'm' or '.'). Where it does not, clockTime reports
// nothing: the test spares most short numbers (list items, counts, the
// minutes of "[13:43]", "3 apples") its call.
func clockMayFollow(t string, j int) bool {
	if uint(j+3) < uint(len(t)) && t[j] == ':' {
		j += 3
	}
	if uint(j) < uint(len(t)) && t[j] == ' ' {
		j++
	}
	if uint(j+1) >= uint(len(t)) {
		return false
	}
	c, d := t[j], t[j+1]
	return c >= 0xc2 || clockHalf[c] && (d|0x20 == 'm' || d == '.')
}

// clockHalf holds the first letters of "am" and "pm" (clockMayFollow).
var clockHalf = [256]bool{'a': true, 'A': true, 'p': true, 'P': true}

func isNumSep(c byte) bool { return numSeps[c] }

// numSeps holds the bytes that part the groups of a number: ' ', '-',
// '.', '/', '(' and ')'. chunk tests the byte after each group, most
// often a digit or a space: one load answers where six compares did.
var numSeps = [256]bool{' ': true, '-': true, '.': true, '/': true, '(': true, ')': true}

// chunk collects the digit groups that start at i and evaluates them. q
// is the end of the first group's digits, which the caller has found.
func (s *state) chunk(i, q int) int {
	t := s.text
	n := len(t)
	s.groups = s.groups[:0]
	s.gaps = s.gaps[:0]
	p := i
	lead := byte(0)
	if t[p] == '+' || t[p] == '(' {
		lead = t[p]
		p++
	}
	nd, fours := 0, true
	for {
		s.groups = append(s.groups, span{p, q})
		nd, fours = nd+q-p, fours && q-p == 4
		// The common separator, one ASCII byte of numSeps before a digit,
		// is read here, and so is the end of the chunk after ASCII
		// separators; groupAfter reads the others, and the separators
		// that the tests of a group's end look at: a '/' after three
		// groups, a space before a group followed by a byte from ')' up.
		// One call in the loop, on rare paths only, lets the loop keep
		// its state in registers.
		if uint(q) >= uint(n) || t[q] < 0xc2 && !isNumSep(t[q]) {
			break // no separator: groupAfter would find r == q
		}
		if c := t[q]; c < 0x80 {
			// As groupAfter reads them: its tests before the next group's
			// digits only end the chunk, and without a digit, a '(' or a
			// byte that may open a wide separator after the separator, so
			// does it.
			r := q + 1
			for uint(r) < uint(n) && r-q < 3 && isNumSep(t[r]) { // (unsigned: no bounds check)
				r++
			}
			if uint(r) >= uint(n) || t[r] < 0xc2 && t[r] != '(' && !isDigit(t[r]) {
				break
			}
			if r == q+1 && isDigit(t[r]) && !(c == '/' && len(s.groups) == 3) {
				e := r + 1
				for uint(e) < uint(n) && isDigit(t[e]) { // (unsigned: no bounds check)
					e++
				}
				if c == '(' && (e >= n || t[e] != ')') {
					break // as in groupAfter: a group after '(' needs its ')'
				}
				if c != ' ' || e >= n || t[e] < ')' {
					s.gaps = append(s.gaps, numGap{sep: c, loose: looseByte(c)})
					p, q = r, e
					continue
				}
			}
		}
		r, e, ok := s.groupAfter(p, q, lead, nd, fours)
		if !ok {
			break
		}
		p, q = r, e
	}
	g := s.groups // the first group is always there
	end := g[len(g)-1].e
	if s.e.checks&checkNumeric == 0 {
		// No check of numbers reports: the chunk is only passed over.
		if end < n && t[end] == ')' {
			end++
		}
		return end
	}
	if len(g) == 1 && end-g[0].s < 7 {
		return s.shortNumber(g[0].s, end, lead)
	}
	if lead == 0 && len(g) == 2 {
		s.slippedMonthBeforeGroups(g)
	}
	gaps := s.gaps // gaps[k] parts g[k] and g[k+1]
	// The digits of the groups, copied once: those of a sub-run are the
	// ones from its first group on. A group of 8 digits or fewer is one
	// load and one store, what follows its digits overwritten by the next
	// group's: a call of copy costs more than the few digits it moves.
	s.digits = slices.Grow(s.digits[:0], nd+8)[:nd+8]
	digits := s.digits[:nd]
	for w, k := 0, 0; k < len(g); k++ {
		gr := g[k]
		if gr.e-gr.s <= 8 && gr.s+8 <= n {
			binary.LittleEndian.PutUint64(s.digits[w:], load64(t, gr.s))
		} else {
			copy(s.digits[w:], t[gr.s:gr.e])
		}
		w += gr.e - gr.s
	}
	// Twenty-six digits are Poland's account number's length, longer
	// than any run below reads (maxDigits).
	if nd == 26 && lead == 0 {
		s.polishNRB(g, gaps, digits)
	}
	// Glued letters end the number: "21st", "3pm". Such a chunk still
	// offers its earlier groups.
	for a, off := 0, 0; a < len(g); a, off = a+1, off+g[a].e-g[a].s {
		if a > 0 && !gaps[a-1].loose {
			continue
		}
		// The sub-runs from a grow one group at a time. numeric reads
		// the run itself, not a copy (one a sub-run, about 14
		// instructions): see there what it may change.
		var run numInfo
		run.digits = digits[off:]
		run.start = g[a].s
		if a == 0 && lead != 0 {
			run.start--
			run.plus = lead == '+'
			run.paren = lead == '('
		}
		for b := a; b < len(g); b++ {
			if run.nd+g[b].e-g[b].s > maxDigits {
				break
			}
			if b > a {
				run.join(gaps[b-1])
			}
			run.addGroup(g[b])
			if a == b && g[b].e-g[b].s < 7 {
				// One group of fewer than 7 digits in a chunk of more:
				// no check of numeric or card applies, nor a lone year.
				continue
			}
			if b+1 < len(g) && !gaps[b].loose {
				// A sub-run may still end here for IPv4 "1.2.3.4.5" and
				// dates followed by a time; only the IPv4 check, of four
				// groups, looks at a run that does not end loosely.
				if b-a == 3 {
					x := run
					s.numeric(&x, a, b, lead, false)
				}
				// A card glued to its expiry ("4111111111111111/0927/123",
				// "4111 1111 1111 1111/09/27") or written as one group
				// before a dash: a card missed goes out whole.
				if (a == b || t[g[b].e] == '/') && run.nd >= 13 && run.nd <= 19 && s.e.checks&checkCard != 0 {
					x := run
					x.inner = true
					s.card(&x)
				}
				continue
			}
			s.numeric(&run, a, b, lead, true)
		}
	}
	if end < n && t[end] == ')' {
		end++
	}
	return end
}

// groupAfter reads the separator after the group t[p:q] of a chunk
// and the group after it, and returns the next group's span [r, e) and
// true, with the separator noted in s.gaps; false where the chunk ends
// at q. lead, nd and fours are chunk's so far, this group included.
// chunk reads the common separators itself (see there).
func (s *state) groupAfter(p, q int, lead byte, nd int, fours bool) (int, int, bool) {
	t := s.text
	n := len(t)
	r := q
	if uint(q) < uint(n) && t[q] >= 0xc2 {
		if w, _ := wideSep(t, q); w > 0 {
			r = q + w // "06\u00a012\u00a034", "536\u201322\u20138726"
		}
	} else {
		for uint(r) < uint(n) && r-q < 3 && isNumSep(t[r]) { // (unsigned: no bounds check)
			r++
		}
		if r-q == 3 && t[q] != ' ' && t[q+1] != ' ' && t[q] != ')' {
			return 0, 0, false
		}
		// " / " and " - " join the items of a record after a number
		// that is whole, a date or seven digits and more: "Ingrid
		// Moore - 23/02/1963 - 229.853.0010", "... / (628) 765-0213
		// / 2652-...". After fewer digits they join an area code
		// ("089 / 123 456-78") or a card's groups ("4111 - 1111 -
		// ..."), and after a plus the country's code ("+91 97143 -
		// 86166") until a whole number of eight digits or more ("+34
		// 693 75 75 01 / 618 67 62 63").
		if r-q == 3 && t[q] == ' ' && (t[q+1] == '/' || t[q+1] == '-') && t[q+2] == ' ' && (lead != '+' && wholeBefore(t, s.groups, nd, fours) || lead == '+' && nd >= 8) {
			return 0, 0, false
		}
		// So does " / " after a postcode of five digits, which no
		// area code is (those open with the trunk's 0): "IN 46236 /
		// 515-413-9851"; or of four before a trunk's 0: "Braddon ACT
		// 2612 / 0412 560 093".
		if r-q == 3 && t[q+1] == '/' && len(s.groups) == 1 && lead == 0 && (q-p == 5 || q-p == 4 && r < n && t[r] == '0') && t[p] != '0' {
			return 0, 0, false
		}
	}
	if r == q || uint(r) >= uint(n) || !isDigit(t[r]) {
		if r == q || uint(r) >= uint(n) || t[r] != '(' && t[r] < 0xc2 {
			return 0, 0, false
		}
		if r = parenSpace(t, q, r); r == 0 {
			return 0, 0, false
		}
	}
	e := r + 1
	for uint(e) < uint(n) && isDigit(t[e]) { // (unsigned: no bounds check)
		e++
	}
	// A date glued by '/' after an SSN's three groups opens a value
	// of its own: "ssn/dob: 512-56-5055/07/22/1971".
	if r == q+1 && t[q] == '/' && len(s.groups) == 3 && lead == 0 && ssnDashed(s.groups, s.gaps) && slashDateAt(t, r) {
		return 0, 0, false
	}
	// A group after '(' is an area code or a trunk's "(0)" only with
	// its ')': "021 462 8841 (15:24)", "555-0132 (15 min)" end before
	// the bracket.
	if t[r-1] == '(' && (e >= n || t[e] != ')') {
		return 0, 0, false
	}
	// The four tests below each need a space in the separator (at its
	// start or end) and, after the group, one of ')', '-', '.', ':' or
	// a letter, all from ')' up: most groups, parted by one '-' or '.'
	// or followed by a space, pass them over with these two tests.
	if e < n && t[e] >= ')' && (t[q] == ' ' || t[r-1] == ' ') {
		// One or two digits after a space and before ") " mark the next
		// item of a numbered list when the item before is marked on the
		// line: "3) +49 151 23847619 4) bin mir" (session 55), not "(...,
		// +46 70 318 42 96) wants".
		if e-r <= 2 && t[r-1] == ' ' && e+1 < n && (t[e] == ')' || t[e] == '.') && t[e+1] == ' ' && listMarkAt(t, r) && listMarkBefore(t, r, e) {
			return 0, 0, false
		}
		// A group glued to a word after a sentence's stop or comma, or an
		// ordinal after a space, opens a word of its own, not a group of
		// the number: "079 412 88 30. 2FA key", "07700 900123 2nd
		// number"; so does one a hyphen joins to a word after a stop
		// ("07911 482305. 2-series Mastercard"). Groups of codes glued
		// to letters ("A305 0000 1000 9795 493P") stay as they were read.
		if e < n && t[r-1] == ' ' && (isLetter(t[e]) || t[e] == '-' && e+1 < n && isLetter(t[e+1]) && r-q >= 2 && t[q] == '.') && (r-q >= 2 && (t[q] == '.' || t[q] == ',') || e+2 <= n && ordinalSuffix(t[e:e+2]) && (e+2 == n || !isAlnum(t[e+2]))) {
			return 0, 0, false
		}
		// A time's hour after a space opens its own value, no group of
		// the number before it: "+49 171 5523907   12:06", "07813 552 906
		// 0:42" (session 66: a phone bill's itemised calls), "last login:
		// 09.10.2025 01:37" (a date and its time, which phone's own test
		// of a date before an hour read until session 66).
		if e-r <= 2 && t[r-1] == ' ' && e+2 < n && t[e] == ':' && isDigit(t[e+1]) && isDigit(t[e+2]) {
			return 0, 0, false
		}
		// An IPv6 address after a number and a space opens its own value:
		// "ping6 -c 2 2001:db8:e97::7f1d", "Failed attempts: 12
		// 2a02:cbc1:63ff:77d4::6ee0" (a hex letter after its first digits).
		if e < n && (t[e] == ':' || t[e]|0x20 >= 'a' && t[e]|0x20 <= 'f') && t[q] == ' ' && ipv6Shaped(t, r) {
			return 0, 0, false
		}
	}
	// Each separator is read once, here: the sub-runs below meet it
	// once for every group they start from. Most are one byte.
	if c := t[q]; r == q+1 && c < 0x80 {
		s.gaps = append(s.gaps, numGap{sep: c, loose: looseByte(c)})
	} else {
		s.gaps = append(s.gaps, gapOf(t[q:r]))
	}
	return r, e, true
}

// shortNumber reads a chunk of one group of fewer than 7 digits,
// t[p:q], led by lead (see chunk), and returns where the scan resumes.
// No check of numeric applies (IPv4 and dates need groups, the others 7
// digits or more) but a lone year, and the run need not be built.
func (s *state) shortNumber(p, q int, lead byte) int {
	t := s.text
	if lead == 0 && q-p == 4 && s.e.checks&checkNumeric != 0 {
		s.slippedMonthBeforeYear(p) // "24 ocotber 1945"
		s.loneYear(span{p, q})
	}
	if lead == 0 && q-p == 6 && s.e.checks&checkDates != 0 {
		s.sixDigitBirthDate(p, q)
	}
	if q < len(t) && t[q] == ')' {
		q++
	}
	return q
}

// sixDigitBirthDate reads six digits at [p, q) as a date of birth
// written day, month and year (or month, day and year) without
// separators, after a birth word: "name jon harker dob 120385 tel ..."
// (session 69). No other letter or digit is glued to them.
func (s *state) sixDigitBirthDate(p, q int) {
	t := s.text
	if p > 0 && isAlnum(t[p-1]) || q < len(t) && isAlnum(t[q]) || !s.birthWordNear(p) {
		return
	}
	a, b := num(t[p:p+2]), num(t[p+2:p+4])
	if validYMD(2000, b, a) || validYMD(2000, a, b) {
		s.addDate(p, q, 0.3)
	}
}

// ipv6Shaped reports whether the word at i reads as an IPv6 address
// rather than a time: two colons or more, and "::" or a hex letter.
func ipv6Shaped(t string, i int) bool {
	colons, hexLetter, double := 0, false, false
	for k := i; k < len(t) && k-i < 46; k++ {
		c := t[k]
		switch {
		case c == ':':
			colons++
			double = double || k > i && t[k-1] == ':'
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
			hexLetter = true
		case !isDigit(c):
			return colons >= 2 && (double || hexLetter)
		}
	}
	return colons >= 2 && (double || hexLetter)
}

// fourBefore reports whether a group of four digits of the same run and
// the separator sep stand right before start.
func fourBefore(t string, start int, sep byte) bool {
	p := start - 1
	if sep == 0 || p < 4 || t[p] != sep {
		return false
	}
	for k := p - 4; k < p; k++ {
		if !isDigit(t[k]) {
			return false
		}
	}
	// The group belongs to the same run ("9400 5202 ...", "9205 6013 5055
	// ..."), not to another one before joined otherwise, the last group
	// of a card ("4012-8888-8888-1881 4012 8888 8888 1881").
	if p == 4 {
		return true
	}
	c := t[p-5]
	return !isDigit(c) && (c == sep || c != '-' && c != '.')
}

// parenSpace returns where the next group starts when the separator
// t[q:r] that chunk read is a Unicode space before "(" or ")" before a
// Unicode space: "+44\u00a0(0)\u00a020" is read as "+44 (0) 20". 0
// when it is neither.
func parenSpace(t string, q, r int) int {
	n := len(t)
	if t[r] == '(' && t[q] >= 0xc2 && r+1 < n && isDigit(t[r+1]) {
		if _, c := wideSep(t, q); c == ' ' {
			return r + 1
		}
	}
	if r == q+1 && t[q] == ')' && t[r] >= 0xc2 {
		if w, c := wideSep(t, r); c == ' ' && r+w < n && isDigit(t[r+w]) {
			return r + w
		}
	}
	return 0
}

// looseSep reports whether a separator lets a number start or end at it:
// it holds a space or a parenthesis.
func looseSep(sep string) bool {
	if sep != "" && sep[0] >= 0xc2 {
		if w, as := wideSep(sep, 0); w == len(sep) {
			return as == ' '
		}
	}
	for i := 0; i < len(sep); i++ {
		if looseByte(sep[i]) {
			return true
		}
	}
	return false
}

// looseByte reports the bytes that make a separator loose (looseSep).
func looseByte(c byte) bool { return c == ' ' || c == '(' || c == ')' }

// numGap is what the sub-runs of a chunk need to know of the separator
// between two of its groups (see join).
type numGap struct {
	sep   byte // the single byte it is or stands for (see wideSep), or 0
	paren bool // not a single byte, and it closes or opens a bracket
	loose bool // see looseSep
}

// gapOf reads the separator sep, which is not empty, into a numGap.
func gapOf(sep string) numGap {
	var x numGap
	if len(sep) == 1 {
		x.sep = sep[0]
	} else if sep[0] >= 0xc2 {
		if w, as := wideSep(sep, 0); w == len(sep) {
			x.sep = as
		}
	}
	if x.sep == 0 {
		x.paren = sep[0] == ')' || sep[len(sep)-1] == '('
	}
	x.loose = looseSep(sep)
	return x
}

// numInfo describes the sub-run of groups a..b.
type numInfo struct {
	start, end int    // byte span, including a leading '+' or '('
	digits     []byte // its digits are the first nd (the later groups' may follow)
	nd         int
	ng         int
	glens      [maxDigits]uint8
	sep        byte // the single separator byte used everywhere, or 0
	mixed      bool // separators differ
	plus       bool
	paren      bool
	closed     bool // a loose boundary after the run
	ext        int  // end of a phone extension after the run, or 0
	suffix     bool // the run ends its chunk but does not start it
	inner      bool // the run is part of a longer chunk of groups
}

// addGroup extends the run over the group g (see join for what parts
// them), whose digits follow the run's in x.digits. chunk stops a run
// before it holds more than maxDigits.
func (x *numInfo) addGroup(g span) {
	x.end = g.e
	x.nd += g.e - g.s
	x.glens[x.ng] = uint8(g.e - g.s)
	x.ng++
}

// join notes the separator gap after the run, before the group that
// addGroup adds next.
func (x *numInfo) join(gap numGap) {
	switch {
	case gap.sep == 0:
		x.mixed = true
		x.paren = x.paren || gap.paren
	case x.sep == 0:
		x.sep = gap.sep
	case x.sep != gap.sep:
		x.mixed = true
	}
}

// loneYear runs the year check on the lone four-digit group y.
func (s *state) loneYear(y4 span) {
	var y numInfo
	var digits [4]byte
	y.start, y.end = y4.s, y4.e
	y.nd, y.ng = 4, 1
	copy(digits[:], s.text[y.start:y.end])
	y.digits = digits[:]
	y.glens[0] = 4
	s.year(&y)
}

// numeric runs the checks on x, the sub-run of groups a..b, which is
// not one group of fewer than 7 digits (chunk takes those). chunk passes
// the run it grows, so x must stay as it is where more groups may follow:
// numeric sets closed and inner, which it sets for every run, and only
// when b is the last group the extension (ext) and what suffixPhone
// marks; the checks themselves (ipv4, date, ssn, card, phone) write
// nothing to x.
func (s *state) numeric(x *numInfo, a, b int, lead byte, closed bool) {
	t := s.text
	g := s.groups
	x.closed = closed
	x.inner = a > 0 || b < len(g)-1
	// Each check is tried only on the shapes it can take, tested here
	// for less than a call costs: a phone number has 7 to 15 digits
	// (and only it an extension), an IPv4 address four groups, a date
	// two or three of 8 digits at most, an SSN 9 digits, a card 12 to 19.
	phoneLen := uint(x.nd-7) <= 15-7
	// The number must not run into a word, but for a phone extension
	// ("555-0132x12").
	if x.end < len(t) && isLetter(t[x.end]) && !(t[x.end] == 'T' && x.ng == 3) {
		if !phoneLen {
			return
		}
		if e := phoneExt(t, x.end); e > x.end && closed && b == len(g)-1 && (a == 0 || s.postcodeHead(a, lead)) {
			x.ext = e
			if a > 0 {
				s.suffixPhone(x)
			} else {
				s.phone(x)
			}
		}
		return
	}
	if phoneLen && closed && b == len(g)-1 {
		if e := phoneExt(t, x.end); e > x.end {
			x.ext = e
		}
	}
	if x.plus && a != 0 {
		x.plus = false
	}
	// None of ipv4, date, ssn, card and phone writes to x (card works on
	// a copy), so each runs only when its types are on.
	on := s.e.checks
	if on&checkIPv4 != 0 && x.ng == 4 {
		s.ipv4(x, a, b)
	}
	if !closed {
		return
	}
	if on&checkDates != 0 && (uint(x.ng-2) <= 1 && x.nd <= 8 || x.ng == 1 && x.nd == 8) {
		s.date(x)
	}
	if on&checkSSN != 0 && x.nd == 9 {
		s.ssn(x)
	}
	if on&checkCard != 0 && x.nd >= 12 {
		s.card(x)
	}
	if !phoneLen {
		return
	}
	if x.nd == 10 && x.ng == 2 && x.sep == '-' && x.glens[0] == 6 && a == 0 && b == len(g)-1 {
		s.namedCPR(x)
	}
	// A phone number is a whole chunk, or a prefix of one that starts
	// with '+': inner runs of a longer number (a declined card) are not.
	// (The first tests of listMarkerHead and postcodeHead, one group
	// before a and no lead, spare most runs their calls.)
	// So is a prefix before a space and a date, as a record's items run
	// on: "kevin o'brien ... (617) 555-0148 1987-02-11" (session 64).
	if a == 0 && (b == len(g)-1 || x.plus || b == len(g)-4 && s.dateGroupsFrom(b+1)) || b == len(g)-1 && a == 1 && lead == 0 && s.listMarkerHead(a, lead) {
		if a == 1 && s.text[x.start-1] == '(' {
			x.start-- // "2) (617) 482-3910": the area code's bracket
			x.paren = true
		}
		s.phone(x)
	} else if b == len(g)-1 && a == 1 && lead == 0 && s.postcodeHead(a, lead) {
		s.suffixPhone(x)
	}
}

// typeDKCPR is the type of the dk_cpr rule, which namedCPR reports too.
const typeDKCPR = "DK_CPR"

// namedCPR offers x, a run of six digits, a hyphen and four, as a
// Danish CPR number when the six are a date (validDKCPR): finish keeps it
// only right after a person's name, its holder's, as a record or a
// remark in brackets writes it ("min mor Birthe Vinther (170341-1238)",
// "Kasper Holt Riis, 170266-0919"). The dk_cpr rule reads those a CPR
// word names; since 2007 no check digit tells the others from an
// order's number, which no name stands before. Its score once named
// (0.65) is under the Swedish personnummer's, whose check a Swede's
// number passes: "Alva Holm, 130521-4809" stays Swedish.
func (s *state) namedCPR(x *numInfo) {
	if !s.onType(typeDKCPR) {
		return
	}
	start := x.start
	if s.text[start] == '(' {
		start++ // the run takes in a bracket before it
	}
	if validDKCPR(s.text[start:x.end]) {
		s.add(cand{start: start, end: x.end, typ: typeDKCPR, rec: "dk_cpr", score: 0.3, need: true, neg: gNeg | gRef})
	}
}

// dateGroupsFrom reports whether the chunk's last three groups, from
// group k on, make a date after a space: joined by one '-', '/' or '.'
// each, of the lengths of a day, a month and a year ("1987-02-11",
// "11/02/1987").
func (s *state) dateGroupsFrom(k int) bool {
	g, gaps := s.groups, s.gaps
	if k < 1 || k+2 != len(g)-1 || s.text[g[k-1].e] != ' ' || gaps[k].loose || gaps[k+1].loose || gaps[k].sep != gaps[k+1].sep {
		return false
	}
	switch gaps[k].sep {
	case '-', '/', '.':
	default:
		return false
	}
	l0, l1, l2 := g[k].e-g[k].s, g[k+1].e-g[k+1].s, g[k+2].e-g[k+2].s
	return l0 == 4 && l1 <= 2 && l2 <= 2 || l0 <= 2 && l1 <= 2 && l2 == 4
}

// postcodeHead reports whether the groups before group a are one group of
// four to six digits that does not start with the trunk prefix 0: the
// shape of a postcode before a phone number in an address line ("61089
// 416 60 039 office").
func (s *state) postcodeHead(a int, lead byte) bool {
	if a != 1 || lead != 0 {
		return false
	}
	g := s.groups[0]
	// "tracking 9716 6832 0328": after an order's or a parcel's word
	// the groups are that number's.
	return g.e-g.s >= 4 && g.e-g.s <= 6 && s.text[g.s] != '0' && !s.groupWordBefore(g.s, 12, gNeg)
}

// listMarkerHead reports whether the group before group a is the
// number of an item of a list that opens its line, "1) " or "2. ", and
// the groups from a the whole item: "1) 02 89 11 79 57", "2) (617)
// 482-3910". A mark "N) " after a space may stand inside the line, after
// the items before it, and the next item's mark may follow the number
// (session 55: "1) Ethan Brooks 2) (206) 739-4415 3) order ...").
func (s *state) listMarkerHead(a int, lead byte) bool {
	if a != 1 || lead != 0 {
		return false
	}
	t := s.text
	g0, g1 := s.groups[0], s.groups[1]
	if g0.e-g0.s > 2 || t[g0.e] != ')' && t[g0.e] != '.' || t[g0.e+1] != ' ' {
		return false
	}
	if g1.s != g0.e+2 && !(g1.s == g0.e+3 && t[g0.e] == ')' && t[g0.e+2] == '(') {
		return false
	}
	p := g0.s
	for p > 0 && (t[p-1] == ' ' || t[p-1] == '\t') {
		p--
	}
	if p > 0 && t[p-1] != '\n' && (t[g0.e] != ')' || p == g0.s) {
		return false
	}
	// The number is the item: nothing but punctuation after it on its
	// line ("1) 06 12 24 36 48 Lotto numbers" lists numbers), up to the
	// next item's mark.
	for q := s.groups[len(s.groups)-1].e; q < len(t) && t[q] != '\n'; q++ {
		if isAlnum(t[q]) {
			return t[q-1] == ' ' && listMarkAt(t, q)
		}
	}
	return true
}

// listMarkBefore reports whether the number t[a:e], one or two digits
// before ") " or ". ", follows the mark of the item before it on its
// line, with the same sign: "3) ... 4)", "5. ... 6." (within 256 bytes,
// the first item's at the line's start or after a space).
func listMarkBefore(t string, a, e int) bool {
	want := markValue(t[a:e]) - 1
	if want < 1 || e >= len(t) {
		return false
	}
	mark := t[e]
	for q := a - 1; q >= max(0, a-256) && t[q] != '\n'; q-- {
		if t[q] != mark || t[q+1] != ' ' {
			continue
		}
		b := q
		for b > 0 && q-b < 2 && isDigit(t[b-1]) {
			b--
		}
		if b < q && markValue(t[b:q]) == want && (b == 0 || t[b-1] == ' ' || t[b-1] == '\n' || t[b-1] == '\t') {
			return true
		}
	}
	return false
}

// markValue returns the value of the one or two digits of d.
func markValue(d string) int {
	v := 0
	for i := 0; i < len(d); i++ {
		v = v*10 + int(d[i]-'0')
	}
	return v
}

// listMarkAt reports whether one or two digits at q and ") " or ". "
// after them mark an item of a numbered list. A date written with
// spaces after its day or its month is none ("6. 10. 1985", "6.
// 10.1985", "3. 4. 1996").
func listMarkAt(t string, q int) bool {
	e := q
	for e < len(t) && e-q < 3 && isDigit(t[e]) {
		e++
	}
	if e == q || e-q > 2 || e+1 >= len(t) || t[e+1] != ' ' || t[e] != ')' && t[e] != '.' {
		return false
	}
	return t[e] == ')' || !spacedDateAfter(t, e+2)
}

// spacedDateAfter reports whether the rest of a date written with spaces
// after its day or its month starts at k: a month of one or two digits
// and ". " or '.' and a year of four ("10. 1985", "10.1985"), or a year
// of four digits ("1996").
func spacedDateAfter(t string, k int) bool {
	d := k
	for d < len(t) && isDigit(t[d]) && d-k < 3 {
		d++
	}
	if d-k == 3 && d < len(t) && isDigit(t[d]) && (t[k] == '1' || t[k] == '2') && (d+1 == len(t) || !isDigit(t[d+1])) {
		return true // "3. 4. 1996": the month before the year
	}
	return d > k && d-k <= 2 && d+1 < len(t) && t[d] == '.' && (t[d+1] == ' ' || d+5 <= len(t) && allDigits(t[d+1:d+5]) && (d+5 == len(t) || !isDigit(t[d+5])))
}

// suffixPhone offers the groups after a postcode as a phone number.
func (s *state) suffixPhone(x *numInfo) {
	x.suffix = true
	if s.text[x.start-1] == '(' {
		x.start--
		x.paren = true
	}
	s.phone(x)
}

// dig returns the run's digits, capped at them: the runs of a chunk share
// one array.
func (x *numInfo) dig() []byte { return x.digits[:x.nd:x.nd] }

// ipv4 checks four dotted groups of at most three digits, each <= 255, and
// takes a CIDR suffix or a zone.
func (s *state) ipv4(x *numInfo, a, b int) {
	if x.ng != 4 || x.sep != '.' || x.mixed || x.plus || x.paren && !(a == 0 && x.start < s.groups[0].s) {
		return
	}
	// The address starts at its first group, after a bracket; x keeps
	// its start for the checks after this one ("(4111.1111.1111.1111)"
	// is a card in brackets).
	t := s.text
	start := s.groups[a].s
	if a > 0 && t[s.groups[a-1].e] == '.' {
		return
	}
	g := s.groups
	if dottedOn(t, g[b].e) >= 2 {
		return // more dotted numbers: an OID ("1.3.6.1.4.1.2021")
	}
	var oct [4]int
	for k := a; k <= b; k++ {
		v := 0
		l := g[k].e - g[k].s
		if l > 3 || l > 1 && t[g[k].s] == '0' {
			return
		}
		for p := g[k].s; p < g[k].e; p++ {
			v = v*10 + int(t[p]-'0')
		}
		if v > 255 {
			return
		}
		oct[k-a] = v
	}
	// A runtime's or a part's word before it makes a version of a number
	// whose major is 30 at most ("Java 1.8.0.201", "JDK 21.0.1.12"), unless
	// an address word stands before or the address is a private one, as
	// a router's, a printer's or a build machine's is ("java
	// 198.51.100.23 timeout", "printer ip 192.168.1.50").
	runtime := oct[0] <= 30 && runtimeBefore(t, start) && !privateIPv4(oct) && !ipWordBefore(t, start)
	// "app" before it names the app's version, unless an address's word
	// stands before the app: "IP volgens de app 84.26.191.33" ("the IP
	// the app shows").
	// A driver's, a patch's or a BIOS's number is its version when it
	// starts low and is no private address: "printer driver
	// 11.3.0.52", "patch 4.12.0.7"; not "the driver 203.0.113.45".
	patch := oct[0] <= 30 && !privateIPv4(oct) && patchBefore(t, start)
	if versionBefore(t, start) || versionSaid(t, start) || appBefore(t, start) && !ipWordBefore(t, start-4) || runtime || patch || netmask(oct) || publicResolver(oct) {
		return
	}
	end := x.end
	end = cidr(t, end, 32)
	s.add(cand{start: start, end: end, typ: TypeIPAddress, rec: "ip_address", score: 0.9, boost: gIP})
	// A web server's access log in the common format: the client's
	// address, the ident ("-"), the user the request authenticated as
	// and the time in brackets ("91.204.57.133 - bwilliams
	// [14/Jun/2024:03:02:11 +0000] ...").
	if end+4 < len(t) && t[end] == ' ' && t[end+1] == '-' && t[end+2] == ' ' && t[end+3] != '-' && s.on(TypeUsername) {
		if e := loginEnd(t, end+3, 40); e > end+3 && e+2 < len(t) && t[e] == ' ' && t[e+1] == '[' && isDigit(t[e+2]) {
			s.loginAt(end+3, " ")
		}
	}
}

// dottedOn counts the numbers, up to three, that '.' joins to the text
// from e on: ".4.1.2021" gives 3. One alone may be a typo's
// ("192.168.1.1.1", an address all the same in Presidio's tests).
func dottedOn(t string, e int) int {
	n := 0
	for n < 3 && e+1 < len(t) && t[e] == '.' && isDigit(t[e+1]) {
		e++
		for k := 0; k < 8 && e < len(t) && isDigit(t[e]); k++ {
			e++ // (a bounded look: the scan stays linear)
		}
		n++
	}
	return n
}

// labelEnd returns where the word before start ends, past up to three
// spaces, ':' or '=' ("version: 1.2.3.4", "fw=1.2.3.4").
func labelEnd(t string, start int) int {
	q := start
	for k := 0; k < 3 && q > 0; k++ {
		if w := spaceBefore(t, q); w > 0 {
			q -= w
		} else if t[q-1] == ':' || t[q-1] == '=' {
			q--
		} else {
			break
		}
	}
	return q
}

// versionBefore reports whether the word just before start, past spaces
// and one ':' or '=', names a version or a numbered section in one of the
// chat languages: "version 1.2.3.4", "firmware: 10.2.0.1", "versión
// 10.0.0.1", "Abschnitt 3.1.2.4", "article 1.2.3.4" are not addresses;
// nor is a number after "to" after such a word or a verb of updating
// ("the firmware to 8.1.7.78", "upgrade to 10.2.0.1"; not "switch back
// to 192.168.1.1").
func versionBefore(t string, start int) bool {
	q := labelEnd(t, start)
	if q > 0 && t[q-1] == '.' {
		q-- // an abbreviation: "ver. 10.0.0.1", "Vers. 2.3.4.5"
	}
	r := q
	for r > 0 && isWordByte(t[r-1]) && (t[r-1] < 0x80 || wordSepWidthBefore(t, r) == 0) && q-r < 10 {
		r-- // wordByteBefore, inline
	}
	if q-r < 2 || wordByteBefore(t, r) {
		return false
	}
	var low [10]byte
	w := foldBytes(low[:0], t[r:q])
	if string(w) == "to" {
		// "update the firmware to 8.1.7.78", "upgrade to 10.2.0.1": a
		// version's word or a verb of updating before "to".
		var buf [10]byte
		a, w := foldedWordBefore(t, r, " ", buf[:0])
		switch {
		case len(w) == 0 || ipWord(w):
			// "updated the DNS to 8.8.8.8": a host's noun names an
			// address.
			return false
		case updateVerb(w) || versionWord(w):
			return true
		}
		// "upgrading the agent to 4.12.0.7", "updated the desktop app
		// to ...": the thing updated, up to three words, between the verb
		// and "to".
		for k := 0; k < 3; k++ {
			if a, w = foldedWordBefore(t, a, " ", buf[:0]); updateVerb(w) {
				return true
			}
		}
		return false
	}
	if string(w) == "update" || string(w) == "upgrade" {
		// The noun after a determiner: "after your update 2.11.3.40",
		// "the latest update 6.2.0.114"; not the verb ("update
		// 10.0.0.5 in the allowlist").
		var buf [10]byte
		_, d := foldedWordBefore(t, r, " ", buf[:0])
		switch string(d) {
		case "your", "our", "the", "this", "that", "latest", "last", "recent", "new", "an":
			return true
		}
		return false
	}
	return versionWord(w)
}

// patchBefore reports whether the word just before start, past spaces
// and one ':' or '=', is a driver's, a patch's or a BIOS's: words that
// name a machine's part too, so the caller asks the number's shape.
func patchBefore(t string, start int) bool {
	var buf [8]byte
	_, w := foldedWordBefore(t, labelEnd(t, start), "", buf[:0])
	switch string(w) {
	case "driver", "drivers", "patch", "hotfix", "bios":
		return true
	}
	return false
}

// updateVerb reports whether the folded word w is a verb of updating
// software: "upgrade", "updated", "downgrading"...
func updateVerb(w []byte) bool {
	switch string(w) {
	case "update", "upgrade", "updated", "upgraded", "updating", "upgrading", "downgrade", "downgraded", "downgrading",
		// "rolled back to 4.11.9.2", "reverted to ..." (session 80).
		"rolled", "roll", "rolling", "reverted", "revert":
		return true
	}
	return false
}

// versionWord reports whether the folded word w names a version's kind
// or a numbered section (see versionBefore).
func versionWord(w []byte) bool {
	if versionNoun(w) {
		return true
	}
	switch string(w) {
	case "rev", "firmware", "fw", "sw", "build", "kernel", "release", "sdk", "bootloader",
		// A system before its version: "Android 13.0.0.1", "iOS 17.0.3.1".
		"android", "ios", "ipados", "macos", "watchos", "tvos",
		"section", "chapter", "clause", "paragraph", "abschnitt", "kapitel", "ziffer",
		"article", "chapitre", "paragraphe", "apartado", "sección", "capítulo", "artículo",
		"sezione", "capitolo", "articolo", "paragrafo", "hoofdstuk", "sectie", "artikel",
		"secção", "seção", "artigo":
		return true
	}
	return false
}

// appBefore reports whether the word "app" stands right before start,
// past spaces: "Desktop app 11.11.11.33" is the app's version. (A card's
// number after it is the banking app's: "my banking app: 5127 ...".)
func appBefore(t string, start int) bool {
	// (Most addresses follow no "p": the last letter first.)
	return start >= 4 && t[start-1] == ' ' && t[start-2]|0x20 == 'p' && strings.EqualFold(t[start-4:start-1], "app") && (start == 4 || !wordByteAt(t, start-5))
}

// versionSaid reports whether a sentence says that the number at start
// is a version: the word "version" up to three words before a verb of
// being, and maybe a quote, just before the number ("the version string
// is "7.4.75.193"",  or "app" before a verb of being and "on" ("My
// Android app is on 6.1.30.71"), "La versión que aparece es «6.7.7.0»", "La versione
// indicata è 3.6.47.185"), with no word of an address in the five words
// before the verb ("Server IP after version rollout is 10.44.0.7").
// "build", "firmware" and "release" name servers as often ("our build
// server is 10.20.30.40"). The look is bounded: the scan stays linear.
func versionSaid(t string, start int) bool {
	q := start
	for k := 0; k < 4 && q > 0; k++ {
		if w := spaceBefore(t, q); w > 0 {
			q -= w
			continue
		}
		if c := t[q-1]; c == '"' || c == '\'' || c == ':' {
			q--
			continue
		}
		if r, w := utf8.DecodeLastRuneInString(t[:q]); r == '«' || r == '“' || r == '„' || r == '‘' {
			q -= w
			continue
		}
		break
	}
	var buf [12]byte
	p, w := foldedWordBefore(t, q, "", buf[:0])
	app := false
	if string(w) == "on" {
		// "My Android app is on 6.1.30.71": an app runs on a version.
		app = true
		p, w = foldedWordBefore(t, p, " ", buf[:0])
	}
	if !beVerb(bytesText(w)) && !showVerb(w) {
		return false
	}
	version := false
	for k := 0; k < 5 && p > 0; k++ {
		if p, w = foldedWordBefore(t, p, " ", buf[:0]); len(w) == 0 {
			break
		}
		if k == 0 && !app && latestWord(w) {
			return true // "the latest is 2.1.3.12", "de nieuwste is ..." (session 80)
		}
		if k == 0 && !app && versionWord(w) && !ipWord(w) && !ofBefore(t, p) {
			// "the router firmware is 5.4.14.247": the subject's noun;
			// not "el servidor de firmware es 10.0.0.5".
			return true
		}
		if ipWord(w) {
			// An address's noun names an address ("Server IP after version
			// rollout is 10.44.0.7"), unless it is the device a version's
			// word is of: "Firmware on the router is 4.2.10.3"
			// (versionOfDevice, session 51).
			return k == 0 && !app && versionOfDevice(t, p)
		}
		// "the build number in settings says 2.0.15.3": "build" before
		// "number" four words back (session 80).
		version = version || k < 3 && (versionNoun(w) || app && string(w) == "app") || k < 4 && string(w) == "build"
	}
	return version
}

// versionOfDevice reports whether the words before p, where a device's
// noun starts, are a version's word, a preposition and maybe an article
// or a possessive: "firmware on the router", "the firmware version of my
// gateway", "la versión del router".
func versionOfDevice(t string, p int) bool {
	var buf [12]byte
	q, w := foldedWordBefore(t, p, " ", buf[:0])
	switch string(w) {
	case "the", "my", "our", "your", "this", "le", "la", "mon", "ma", "notre", "el", "mi", "il", "mio", "der", "die", "das", "meinem",
		"meiner", "dem", "de", "het", "mijn", "o", "a", "meu":
		q, w = foldedWordBefore(t, q, " ", buf[:0])
	}
	switch string(w) {
	case "on", "of", "in", "for", "auf", "von", "vom", "im", "du", "de", "del", "della", "dello", "van", "do", "da", "sur":
	default:
		return false
	}
	_, w = foldedWordBefore(t, q, " ", buf[:0])
	return versionWord(w)
}

// ofBefore reports whether a word for "of" ends right before p, past
// spaces: "servidor de firmware", "server of the build".
func ofBefore(t string, p int) bool {
	var buf [8]byte
	_, w := foldedWordBefore(t, p, " ", buf[:0])
	switch string(w) {
	case "of", "de", "di", "du", "da", "do", "des", "del", "della", "van", "von":
		return true
	}
	return false
}

// versionNoun reports whether the folded word w is the noun "version" in
// one of the languages we serve, or its abbreviation ("ver", "vers").
func versionNoun(w []byte) bool {
	switch string(w) {
	case "version", "ver", "vers", "versión", "versione", "versie", "versão", "versao", "wersja", "versio":
		return true
	}
	return false
}

// showVerb reports whether the folded word w is a verb by which a
// screen or a setting shows a value: "the build number in settings says
// 2.0.15.3", "About shows 4.2.0.11".
func showVerb(w []byte) bool {
	switch string(w) {
	case "says", "shows", "reads", "displays":
		return true
	}
	return false
}

// latestWord reports whether the folded word w says a version is the
// newest, in the chat languages: "the latest is 2.1.3.12", "de nieuwste
// is ...", "die neueste ist ...".
func latestWord(w []byte) bool {
	switch string(w) {
	case "latest", "newest", "nieuwste", "laatste", "neueste", "aktuellste", "dernière", "última", "ultima", "ultimo", "último":
		return true
	}
	return false
}

// ipWord reports whether the folded word w names an address or a
// machine, in English or one of the other languages we serve ("ip",
// "server", "servidor", "adresse"): a number after it is an address.
func ipWord(w []byte) bool {
	switch string(w) {
	case "ip", "ipv", "address", "addr", "host", "hostname", "server", "ping", "gateway", "dns", "subnet", "router",
		"servidor", "serveur", "adresse", "indirizzo", "endereço", "dirección":
		return true
	}
	return false
}

// runtimeBefore reports whether the word just before start, past spaces
// and one ':' or '=', is a runtime or a part that a version follows
// ("Java 1.8.0.201", "BIOS 1.12.0.2"); not "driver", "patch" or
// "hotfix", which come before hosts as often ("please patch
// 198.51.100.23", "the driver 203.0.113.45 keeps dropping"). Unlike
// versionBefore's words these may still stand before a host ("ip of the
// java box: 10.0.0.12"), so ipv4 asks for no word of addresses before
// them (ipWordBefore) and an address outside the private ranges.
func runtimeBefore(t string, start int) bool {
	var buf [8]byte
	_, w := foldedWordBefore(t, labelEnd(t, start), "", buf[:0])
	switch string(w) {
	case "java", "jdk", "jre", "bios", "uefi":
		return true
	}
	return false
}

// ipWordBefore reports whether a word of addresses and hosts stands in
// the 24 bytes before start ("ip of the java box: 10.0.0.12", "server
// address: java 203.0.113.5"): the number is an address whatever
// runtime's word stands between.
func ipWordBefore(t string, start int) bool {
	var buf [8]byte
	for q, k := start, 0; q > 0 && start-q < 24 && k < 4; k++ {
		p, w := foldedWordBefore(t, q, wordGaps, buf[:0])
		if p == q {
			return false
		}
		if ipWord(w) {
			return true
		}
		q = p
	}
	return false
}

// wordGaps are the bytes that may stand between the words that the
// context readers pass back over (ipWordBefore, hoursRange).
const wordGaps = " \t:;,.=#()[]\"'/-*!?"

// privateIPv4 reports whether the octets are an address of the private
// ranges (10/8, 172.16/12, 192.168/16).
func privateIPv4(oct [4]int) bool {
	return oct[0] == 10 || oct[0] == 172 && oct[1] >= 16 && oct[1] <= 31 || oct[0] == 192 && oct[1] == 168
}

// publicResolver reports whether the octets are the address of one of
// the public DNS resolvers that support chats name as settings to try
// ("switched dns to 8.8.8.8", "nslookup api.example.com 1.1.1.1"):
// Google's, Cloudflare's, Quad9's and OpenDNS's, whose addresses are
// everyone's and no one's.
func publicResolver(oct [4]int) bool {
	switch oct {
	case [4]int{8, 8, 8, 8}, [4]int{8, 8, 4, 4}, [4]int{1, 1, 1, 1}, [4]int{1, 0, 0, 1},
		[4]int{9, 9, 9, 9}, [4]int{149, 112, 112, 112}, [4]int{208, 67, 222, 222}, [4]int{208, 67, 220, 220}:
		return true
	}
	return false
}

// netmask reports whether the four octets at a..b make a subnet mask
// (255.255.255.0, 255.255.240.0): contiguous one bits from the top, not
// all of them: 255.255.255.255 is still read as the broadcast address.
// A mask names no host.
func netmask(oct [4]int) bool {
	var v uint32
	for _, o := range oct {
		v = v<<8 | uint32(o)
	}
	inv := ^v
	return v>>24 == 255 && inv != 0 && inv&(inv+1) == 0
}

// cidr extends end over "/N" with N <= max.
func cidr(t string, end, max int) int {
	if end+1 < len(t) && t[end] == '/' && isDigit(t[end+1]) {
		v, q := 0, end+1
		for q < len(t) && isDigit(t[q]) && q-end <= 3 {
			v = v*10 + int(t[q]-'0')
			q++
		}
		if v <= max && (q >= len(t) || !isAlnum(t[q])) {
			return q
		}
	}
	return end
}

// imeiGroups reports whether the 15 digits of x are grouped as an
// IMEI is printed: 2, 6, 6 and 1 digits, or 8, 6 and 1, with one kind of
// separator.
func imeiGroups(x *numInfo) bool {
	if x.nd != 15 || x.mixed || x.sep == 0 {
		return false
	}
	g := x.glens[:x.ng]
	return len(g) == 4 && g[0] == 2 && g[1] == 6 && g[2] == 6 && g[3] == 1 ||
		len(g) == 4 && g[0] == 6 && g[1] == 2 && g[2] == 6 && g[3] == 1 || // "868465-23-702312-8": the old TAC, FAC, serial, check
		len(g) == 3 && g[0] == 8 && g[1] == 6 && g[2] == 1 ||
		len(g) == 2 && g[0] == 14 && g[1] == 1 || // "86754203917358-1": the check digit set apart
		imeiPairs(x)
}

// imeiPairs reports whether x is fifteen digits in seven pairs and a
// last digit, as one reads an IMEI aloud ("35 55 87 17 14 36 56 8").
func imeiPairs(x *numInfo) bool {
	if x.ng != 8 || x.glens[7] != 1 {
		return false
	}
	for _, n := range x.glens[:7] {
		if n != 2 {
			return false
		}
	}
	return true
}

// imeiCheckApart reports whether x, of imeiGroups' shape, is fourteen
// digits and the check digit apart, or pairs: a reference may end so
// too, and it is an IMEI only after its word.
func imeiCheckApart(x *numInfo) bool {
	return x.ng == 2 && x.glens[0] == 14 || imeiPairs(x)
}

// unbracketed sets y to the number x, which a bracket leads, without it
// when the bracket is one around the whole number ("(5548 2199 3518
// 1903)"), and reports false when a bracket stands inside (an area code).
func (s *state) unbracketed(x, y *numInfo) bool {
	if s.text[x.start] != '(' || strings.ContainsAny(s.text[x.start+1:x.end], "()") {
		return false
	}
	*y = *x
	y.start++
	y.paren = false
	return true
}

// siretBefore reports whether "SIRET" (in any case), maybe with a colon
// or "n°" ("nº") after it, stands right before start.
func siretBefore(t string, start int) bool {
	p := start
	for p > 0 && (t[p-1] == ' ' || t[p-1] == ':') {
		p--
	}
	if p >= 3 && t[p-3] == 'n' && degreeSign(t, p-2) == 2 {
		p -= 3 // "n°", "nº"
		for p > 0 && t[p-1] == ' ' {
			p--
		}
	}
	return p >= 5 && strings.EqualFold(t[p-5:p], "siret") && (p == 5 || !wordByteAt(t, p-6))
}

// card checks 13 to 19 digits in groups of 3 to 6 with one separator
// kind, a known issuer prefix and the Luhn checksum. A Luhn-valid number
// of 12 to 19 digits whose prefix the table does not know (a new range, a
// 12-digit Maestro, a private-label card) is a card only after a card word
// ("card 5038 9054 7220", "credit card number is ...").
func (s *state) card(x *numInfo) {
	if x.nd < 12 || x.nd > 19 || x.plus {
		return
	}
	if x.paren {
		// A card in brackets, "(5548 2199 3518 1903)", has no bracket of
		// its own; an area code in brackets makes a phone number.
		var y numInfo
		if !s.unbracketed(x, &y) {
			return
		}
		x = &y
	}
	if x.inner && fourBefore(s.text, x.start, x.sep) {
		// The middle of a longer run printed in fours, as a parcel's
		// tracking number is ("9400 5202 6287 3482 4520 33"): a card
		// opens its run.
		return
	}
	if imeiGroups(x) {
		// "35-209900-176148-1", "35290611/529473/0": an IMEI as phones
		// and their boxes print it, its type's eight digits, its serial
		// and its check digit, a shape no card nor phone number has;
		// "86754203917358-1" after "IMEI" only.
		if luhnDigits(x.dig()) {
			s.add(cand{start: x.start, end: x.end, typ: TypeIMEI, rec: "imei", score: 0.7, boost: gIMEI, need: imeiCheckApart(x)})
		}
		return
	}
	if !printedCard(s.text, x) {
		// Not grouped as cards are printed: a card typed by hand, in
		// groups of its own ("4126 0773 14016394", "3731 027896.47974"),
		// still goes out whole when nothing else reads it so.
		if handTypedCard(s.text, x) {
			s.add(cand{start: x.start, end: x.end, typ: TypeCreditCard, rec: "credit_card", score: 1, boost: gCard})
		} else if spacedCard(x) {
			// "card number . 54 12 37 04 15 03 52 92", "Kartennummer:
			// 5 2 3 4 7 3 9 6 ...": read off the card in small groups,
			// after a card's word only.
			s.add(cand{start: x.start, end: x.end, typ: TypeCreditCard, rec: "credit_card", score: 0.8, boost: gCard, need: true, before: true})
		}
		return
	}
	sixThirteen := x.ng == 2 && x.glens[0] == 6 && x.glens[1] == 13
	d := x.dig()
	if !luhnDigits(d) {
		return
	}
	if x.nd == 15 {
		// Any Luhn-valid 15 digits after "IMEI": "IMEI 356938035643809".
		s.add(cand{start: x.start, end: x.end, typ: TypeIMEI, rec: "imei", score: 0.7, boost: gIMEI, need: true})
	}
	// Thirteen digits in one run that pass the check of a product's
	// barcode (EAN-13, "artigo 5605903434133") are a card only after a
	// card's word, but for the old thirteen-digit Visa.
	barcode := x.nd == 13 && x.ng == 1 && d[0] != '4' && ean13Digits(d)
	if x.nd < 13 || !cardPrefix(d) || sixThirteen && (d[0] != '6' || d[1] != '2') || barcode {
		// Twelve digits inside a longer run ("6006 4912 3456 7890 123",
		// a gift card) are no card of their own.
		if !x.inner && (x.ng == 1 || x.glens[0] == 4 || sixThirteen) {
			s.add(cand{start: x.start, end: x.end, typ: TypeCreditCard, rec: "credit_card", score: 0.5, boost: gCard, neg: gNeg, label: gNeg, need: true, before: true})
		}
		return
	}
	// A number that passes Luhn and an issuer's range is reported
	// whatever word labels it ("order 4532 0151 1283 0366"): a card
	// missed goes out whole, a reference masked costs nothing. But for
	// a French firm's SIRET, fourteen digits that pass Luhn by design
	// and may start as a Diners card does ("SIRET 38219476500014").
	if x.nd == 14 && siretBefore(s.text, x.start) || paymentTestCard(d) {
		return
	}
	s.add(cand{start: x.start, end: x.end, typ: TypeCreditCard, rec: "credit_card", score: 1, boost: gCard})
	if s.on(TypeCardSecurityCode) {
		s.cardCodeAfter(x.end)
	}
}

// paymentTestCard reports whether the digits d are a payment provider's
// published test card, which no bank issues and which developers paste
// as they are: Stripe's "4242 4242 4242 4242" and its Visa test numbers
// of twelve zeros after "4" ("4000 0000 0000 0002", "4000 0000 0000
// 9995"). (The older test numbers "4111 1111 1111 1111" and "5555 5555
// 5555 4444" stay cards: Presidio's vectors count them as cards.)
func paymentTestCard(d []byte) bool {
	return len(d) == 16 && (string(d) == "4242424242424242" || string(d[:12]) == "400000000000")
}

// cardCodeAfter reads a card's security code that follows the card's
// number, ending at p, and its expiry date without their words, as a
// card is pasted: "4254 9000 7401 2879 12/29 527", "4244556426307541,
// 10/27, 416.". Three or four digits right after the expiry are its
// code; anything else between (a word, a price) reads none.
func (s *state) cardCodeAfter(p int) {
	t := s.text
	q := cardGap(t, p)
	if q == p || q+5 > len(t) {
		return
	}
	// French chat shortens the cryptogramme to "crypto", which names
	// currencies as often: only right after the card ("ma carte 4111
	// ..., crypto 907").
	if (t[q] == 'c' || t[q] == 'C') && q+10 <= len(t) && equalLowerASCII("crypto", t[q:q+6]) {
		c := q + 6
		for c < len(t) && c-q < 9 && (t[c] == ' ' || t[c] == ':') {
			c++
		}
		d := c
		for d < len(t) && isDigit(t[d]) {
			d++
		}
		if c > q+6 && d-c == 3 && (d == len(t) || !isAlnum(t[d])) {
			s.add(cand{start: c, end: d, typ: TypeCardSecurityCode, rec: "card_security_code", score: 0.8})
		}
		return
	}
	// The expiry: a month of one or two digits, '/', a year of two or
	// four.
	m := q
	for m < len(t) && isDigit(t[m]) && m-q < 3 {
		m++
	}
	if m == q || m-q > 2 || m >= len(t) || t[m] != '/' {
		return
	}
	if month := num(t[q:m]); month == 0 || month > 12 {
		return
	}
	e := m + 1
	for e < len(t) && isDigit(t[e]) && e-m < 6 {
		e++
	}
	if y := e - m - 1; y != 2 && y != 4 {
		return
	}
	c := cardGap(t, e)
	if c == e {
		return
	}
	d := c
	for d < len(t) && isDigit(t[d]) {
		d++
	}
	if n := d - c; n < 3 || n > 4 || d < len(t) && (isAlnum(t[d]) || t[d] == '/' || t[d] == '-' || (t[d] == '.' || t[d] == ',') && d+1 < len(t) && isDigit(t[d+1])) {
		return
	}
	s.add(cand{start: c, end: d, typ: TypeCardSecurityCode, rec: "card_security_code", score: 0.8})
}

// cardGap returns the end of the separators that part a pasted card's
// fields after p: spaces, and one comma, '|', ';', '-' (between spaces)
// or line break among them; p when there are none or more marks.
func cardGap(t string, p int) int {
	q, marks := p, 0
	for q < len(t) && q-p < 4 {
		switch t[q] {
		case ' ', '\t', '\r':
		case ',', '|', ';', '\n':
			marks++
		case '-':
			if q == p || t[q-1] != ' ' {
				return p // "12/29-527" is no field's gap
			}
			marks++
		default:
			if marks > 1 {
				return p
			}
			return q
		}
		q++
	}
	if marks > 1 {
		return p
	}
	return q
}

// printedCard reports whether the groups of x are those of a printed
// card: single spaces or hyphens, as a hand mixes them, or dots in fours
// (dottedCard); a first group of four and the others of three to six,
// or UnionPay's six and thirteen.
func printedCard(t string, x *numInfo) bool {
	if x.mixed && !spaceDashOnly(t, x) {
		return false
	}
	if x.ng == 1 {
		return true
	}
	if x.sep != ' ' && x.sep != '-' && !x.mixed && !dottedCard(t, x) {
		return false
	}
	// UnionPay prints its 19-digit cards as the issuer's six digits and
	// thirteen more ("621234 5678901234569"); card asks for its range.
	if x.ng == 2 && x.glens[0] == 6 && x.glens[1] == 13 {
		return true
	}
	// Printed card numbers start with a group of four ("4111 1111 ...",
	// "3714 496353 98431"); "61089 0161 496 0000" is a postcode and a
	// phone number.
	if x.glens[0] != 4 {
		return false
	}
	for k := 1; k < x.ng; k++ {
		if (x.glens[k] < 3 || x.glens[k] > 6) && !fourThenTwo(x, k) && !longCardTail(x, k) {
			return false
		}
	}
	return true
}

// longCardTail reports whether group k of x is the short last group of
// a card longer than sixteen digits printed in fours: Bancontact's and
// Maestro's "6703 3322 2248 1752 6" (session 75).
func longCardTail(x *numInfo, k int) bool {
	if k != x.ng-1 || x.nd < 17 || x.glens[k] > 2 {
		return false
	}
	for g := 0; g < k; g++ {
		if x.glens[g] != 4 {
			return false
		}
	}
	return true
}

// handTypedCard reports whether x, not grouped as a card is printed, is
// a card number typed by hand: 15 or 16 digits in two to four groups of
// two digits or more, joined by spaces, hyphens or dots in any mix
// ("2521 08622661 4936", "4372.8906 5740 2000", "3746-379597.04971"),
// in an issuer's range, passing Luhn, no version before it. Postcodes
// and phone numbers have fewer digits; a reference of 16 digits in an
// issuer's range passes Luhn one time in ten, and is masked then as a
// printed one is.
func handTypedCard(t string, x *numInfo) bool {
	if x.nd != 15 && x.nd != 16 || x.ng > 4 || x.paren {
		return false
	}
	for k := 0; k < x.ng; k++ {
		if x.glens[k] < 2 {
			return false
		}
	}
	if !joinedByHand(t, x, true) {
		return false
	}
	d := x.dig()
	return cardPrefix(d) && luhnDigits(d) && !versionBefore(t, x.start)
}

// spacedCard reports whether x is the whole of a run of five groups or
// more, of one to four digits each and parted by single spaces, whose
// fifteen or sixteen digits pass Luhn in an issuer's range: a card
// number read aloud or off the card in small groups ("54 12 37 04 15
// ...", since session 69 also "41 47 2058 3361 9043"), which needs a
// card's word before it.
func spacedCard(x *numInfo) bool {
	if x.nd != 15 && x.nd != 16 || x.ng < 5 || x.inner || x.sep != ' ' || x.mixed || x.paren || x.plus {
		return false
	}
	for k := 0; k < x.ng; k++ {
		if x.glens[k] > 4 {
			return false
		}
	}
	d := x.dig()
	return cardPrefix(d) && luhnDigits(d)
}

// fourThenTwo reports whether group k of x is a last group of two after
// groups of four: the 4-4-4-2 a 14-digit Diners Club card is printed in
// besides 4-6-4 ("3056 9309 0259 04").
func fourThenTwo(x *numInfo, k int) bool {
	if k != x.ng-1 || x.glens[k] != 2 {
		return false
	}
	for j := 0; j < k; j++ {
		if x.glens[j] != 4 {
			return false
		}
	}
	return true
}

// spaceDashOnly reports whether the groups of x are joined by single
// spaces and hyphens, mixed as a hand types them ("4111-1111 1111-1111"),
// or by two spaces, as a number copied from a form or a PDF may be
// ("4111  1111  1111  1111"), or by a hyphen between spaces ("4111 -
// 1111 - 1111 - 1111").
func spaceDashOnly(t string, x *numInfo) bool {
	return joinedByHand(t, x, false)
}

// joinedByHand reports whether each join between the groups of x is a
// space, a hyphen, two spaces or a hyphen between spaces, and with dots
// a dot or a dot between spaces too ("4372.8906 5740 2000"; see
// handTypedCard). A no-break space, which web pages put between the
// groups, counts as a space: "4184 3824-8071\u00a03785" pasted and typed.
func joinedByHand(t string, x *numInfo, dots bool) bool {
	for p := x.start; p < x.end; p++ {
		c := t[p]
		if isDigit(c) {
			continue
		}
		if c == 0xc2 && t[p+1] == 0xa0 {
			p++
			c = ' '
		}
		if c != ' ' && c != '-' && !(dots && c == '.') {
			return false
		}
		if isDigit(t[p+1]) {
			continue
		}
		// The join lies between two groups of x, so the bytes up to the
		// next digit are inside it.
		switch {
		case c == ' ' && t[p+1] == ' ' && isDigit(t[p+2]):
			p++
		case c == ' ' && (t[p+1] == '-' || dots && t[p+1] == '.') && t[p+2] == ' ' && isDigit(t[p+3]):
			p += 2
		default:
			return false
		}
	}
	return true
}

// dottedCard reports whether x is a card number printed with dots or
// slashes: in fours ("4111.1111.1111.1111", "4111/1111/1111/1111", the
// last group shorter for 13 and 19 digits) or in the 4-6-5 of 15-digit
// cards. Amounts ("1.234.567,00"), addresses and dates have no such
// groups; versions are named.
func dottedCard(t string, x *numInfo) bool {
	if x.sep != '.' && x.sep != '/' || x.ng < 3 {
		return false
	}
	g := x.glens[:x.ng]
	if !(x.ng == 3 && g[0] == 4 && g[1] == 6 && g[2] == 5) {
		for k, l := range g {
			if l != 4 && (k < len(g)-1 || l > 4) {
				return false
			}
		}
	}
	return !versionBefore(t, x.start)
}

// cardPrefix checks the issuer identification number ranges of the card
// schemes in use (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay,
// Maestro, UATP, Mir, Troy, Uzcard, Humo, DinaCard, Belkart) together
// with the lengths they issue.
func cardPrefix(d []byte) bool {
	n := len(d)
	p2 := int(d[0]-'0')*10 + int(d[1]-'0')
	p4 := p2*100 + int(d[2]-'0')*10 + int(d[3]-'0')
	switch d[0] {
	case '1':
		return n == 15 // UATP
	case '2':
		return p4 >= 2221 && p4 <= 2720 && n == 16 || p4 >= 2200 && p4 <= 2204 && n >= 16
	case '3':
		switch {
		case p2 == 34 || p2 == 37:
			return n == 15
		case p4 >= 3528 && p4 <= 3589:
			return n >= 16
		case p2 == 36 || p2 == 38 || p2 == 39 || p4 >= 3000 && p4 <= 3059:
			return n >= 14
		}
		return false
	case '4':
		return n == 13 || n == 16 || n == 19
	case '5':
		if p2 >= 51 && p2 <= 55 {
			return n == 16
		}
		return p2 == 50 || p2 >= 56 && p2 <= 58 // Maestro, Dankort
	case '6':
		return n >= 16
	case '8':
		return p4 == 8600 && n == 16 // Uzcard (Uzbekistan)
	case '9':
		// Troy (Türkiye), Humo (Uzbekistan), DinaCard (Serbia), Belkart
		// (Belarus).
		return (p4 == 9792 || p4 == 9860 || p4 == 9891 || p4 == 9112) && n == 16
	}
	return false
}

// luhnDigits runs the Luhn checksum over ASCII digits.
func luhnDigits(d []byte) bool {
	sum := 0
	i := len(d) - 1
	for ; i > 0; i -= 2 {
		sum += int(d[i]-'0') + int(luhnDouble[d[i-1]])
	}
	if i == 0 {
		sum += int(d[0] - '0')
	}
	return sum%10 == 0
}

// luhnDouble maps a digit byte to its doubled Luhn value (2d, less 9 past
// 9), so the sum needs no branches.
var luhnDouble = func() (t [256]int) {
	for c := range t {
		v := int(byte(c) - '0')
		v *= 2
		if v > 9 {
			v -= 9
		}
		t[c] = v
	}
	return t
}()

// ssn checks a US social security number: 3-2-4 digits with one separator
// kind, or nine bare digits (weak without context). Area 000, 666 and
// 900-999, group 00 and serial 0000 were never issued; neither were the
// advertising numbers 078-05-1120 and 219-09-9999.
func (s *state) ssn(x *numInfo) {
	// A hyphen and a space mixed, as a hand types them ("379-51 5937"),
	// read as the spaced form.
	typed := x.mixed && x.ng == 3 && spaceDashOnly(s.text, x)
	if x.nd != 9 || x.plus || x.mixed && !typed {
		return
	}
	if x.paren {
		// In brackets, as card reads them: "SSN (412-78-3361)".
		var y numInfo
		if !s.unbracketed(x, &y) {
			return
		}
		x = &y
	}
	score := 0.0
	switch {
	case x.ng == 3 && x.glens[0] == 3 && x.glens[1] == 2:
		switch {
		case typed:
			score = 0.6
		case x.sep == '-':
			score = 0.85
		case x.sep == ' ' || x.sep == '.':
			// A group more in the same form goes on past the nine
			// digits: a phone's ("unter 030 22 4590 00"), no SSN.
			if groupOn(s.text, x.start, x.end, x.sep) {
				return
			}
			score = 0.6
		default:
			return
		}
	case x.ng == 1:
		score = 0.05
	case x.ng == 2 && x.sep == '-' && x.glens[0] >= 3:
		// "078-051121", "07805-1121"; two digits first are an employer's
		// number (EIN, "84-2917365"), which W-2 forms print beside it.
		// Five and four after a state are a ZIP+4: "WI 53208-3103",
		// "Wis. 53208-3103".
		if x.glens[0] == 5 && (usStateBefore(s.text, x.start) || stateAbbrevBefore(s.text, x.start)) {
			return
		}
		score = 0.05
	default:
		return
	}
	d := x.dig()
	area := int(d[0]-'0')*100 + int(d[1]-'0')*10 + int(d[2]-'0')
	grp := int(d[3]-'0')*10 + int(d[4]-'0')
	if area == 0 || area == 666 || area >= 900 || grp == 0 || string(d[5:9]) == "0000" {
		return
	}
	// (Each compare of its own: the compiler then compares the bytes
	// without copying them into a string.)
	if string(d) == "078051120" || string(d) == "219099999" || string(d) == "123456789" {
		return
	}
	same := true
	for _, c := range d[1:] {
		if c != d[0] {
			same = false
		}
	}
	if same || partOfCode(s.text, x.start, x.end) && !(x.start > 0 && s.labelGlued(x.start)) && !s.ssnWordBefore(x.start) {
		return
	}
	// Only the dashed form ("536-22-8726") is an SSN whatever labels it
	// ("case 536-22-8726"); other nine-digit forms are references as
	// often, which a label word rules out.
	label := gNeg
	if x.sep == '-' && x.ng == 3 && !typed {
		label = 0
	}
	s.add(cand{start: x.start, end: x.end, typ: TypeUSSSN, rec: "us_ssn", score: score, boost: gSSN, neg: gNeg, label: label})
}

// stateAbbrevBefore reports whether a capital, one to five small
// letters and a period, as the older abbreviations of US states are
// written ("Wis.", "Calif.", "Fla."), end one space before p.
func stateAbbrevBefore(t string, p int) bool {
	if p < 4 || t[p-1] != ' ' || t[p-2] != '.' {
		return false
	}
	q := p - 2
	r := q
	for r > 0 && isLower(t[r-1]) && q-r < 5 {
		r--
	}
	return r > 0 && q-r >= 1 && isUpperByte(t[r-1]) && (r == 1 || !isAlnum(t[r-2]))
}

// groupOn reports whether a group of digits goes on before start or
// after end with the separator sep, which also parts the groups of the
// number between.
func groupOn(t string, start, end int, sep byte) bool {
	return end+1 < len(t) && t[end] == sep && isDigit(t[end+1]) || start >= 2 && t[start-1] == sep && isDigit(t[start-2])
}

// partOfCode reports whether the number from start to end is one part of
// a longer code: a letter glued to it, or a '-' before a letter or a
// digit after it ("SKU 100-22-4512-XL"), or a compound before it that is
// no label's abbreviation, as digitAnchor reads them (inCompound,
// abbrevGlued: "A-100-22-4512", not "No.412-78-3361"). A name or a file's name after
// a '/' or a '_' leaves an SSN ("412-78-3361/John", "412-78-3361_W2.pdf"),
// and ssn lets a label of its own glue to the number ("SSN-412-78-3361").
func partOfCode(t string, start, end int) bool {
	if end < len(t) {
		c := t[end]
		if isLetter(c) && !wordGlued(t, end) || c == '-' && end+1 < len(t) && isAlnum(t[end+1]) {
			return true
		}
	}
	return inCompound(t, start) && !abbrevGlued(t, start)
}

// wordGlued reports whether the letters from i are a word of three
// letters or more, in lower case after its first letter, that a missing
// space glued to the number before it ("412-78-3361Thanks"), not a
// code's suffix ("4512XL", "4455B2").
func wordGlued(t string, i int) bool {
	j := i + 1
	for j < len(t) && t[j] >= 'a' && t[j] <= 'z' {
		j++
	}
	return j-i >= 3 && (j == len(t) || !isAlnum(t[j]))
}

// portMapping reports whether v holds only digits, '.' and ':', as
// docker's "-p3306:3306" and "-p127.0.0.1:3306:3306" do.
func portMapping(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; !isDigit(c) && c != '.' && c != ':' {
			return false
		}
	}
	return true
}

// listItem reports whether the number t[i:j] of one or two digits, a
// period and a space after it, numbers an item of a list whose value
// follows: "1. Sarah Whitfield 2. sarah.whitfield82@gmail.com 3. (614)
// 382-7719", "5. 09/29 6. 10.22.0.7". The chunk of digits would
// otherwise join the item's number to the value's first group. The
// item opens its line, or is the first after a colon, or the item
// before it stands earlier in the line (listMarkBefore).
func listItem(t string, i, j int) bool {
	if k := j + 2; !isDigit(t[k]) && t[k] != '(' && t[k] != '+' || !listMarkAt(t, i) {
		return false
	}
	switch {
	case i == 0 || t[i-1] == '\n':
		return true
	case t[i-1] != ' ':
		return false
	case j-i == 1 && t[i] == '1':
		return i >= 2 && t[i-2] == ':'
	}
	return listMarkBefore(t, i, j)
}

// ssnDashed reports whether the groups g, joined by gaps, are an SSN's
// shape written with hyphens: three digits, two and four.
func ssnDashed(g []span, gaps []numGap) bool {
	return len(g) == 3 && len(gaps) == 2 && g[0].e-g[0].s == 3 && g[1].e-g[1].s == 2 && g[2].e-g[2].s == 4 &&
		gaps[0].sep == '-' && gaps[1].sep == '-'
}

// slashDateAt reports whether a date written with slashes starts at
// r: one or two digits, '/', one or two, '/', and two or four, then no
// digit ("07/22/1971").
func slashDateAt(t string, r int) bool {
	k := r
	for part := 0; part < 3; part++ {
		d := k
		for d < len(t) && isDigit(t[d]) && d-k < 5 {
			d++
		}
		n := d - k
		if part < 2 && (n < 1 || n > 2 || d >= len(t) || t[d] != '/') || part == 2 && n != 2 && n != 4 {
			return false
		}
		if part == 2 {
			return d == len(t) || !isDigit(t[d])
		}
		k = d + 1
	}
	return false
}
