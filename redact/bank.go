package redact

import "strings"

// Bank accounts' numbers after their word.
//
// A bank account's number has no check that all banks share, and in a
// support chat it is written as the bank prints it: "acc 1048 2297",
// "acct 027-4-198352", "account: 18273645", "conta 45871-2". Alone, eight
// digits are an order's, a ticket's or a customer account's as often, so
// bankAccountAfter reads a number only right after an account's word
// (gBank), and reports it only when the message names banking somewhere:
// a bank's word ("sort code", "BSB", "IFSC", "transit", "branch",
// "cheque"), the account's holder or name, a transfer, or a bank by its
// name ("my Capitec acc ..."). A customer account ("my account 12345678
// was charged twice") names none.

// TypeBankAccount is a bank account's number outside the US and IBAN
// shapes, read after its word in a message about banking.
const TypeBankAccount = "BANK_ACCOUNT"

// typeUKSortCode is the type of the rule uk_sort_code, which
// bankAccountAfter also reports before an account's number ("acc is
// 40 12 76 73015528") and after a form's "sort:".
const typeUKSortCode = "UK_SORT_CODE"

// bankAccountAfter reads a bank account's number after the account's
// word that spans [start, p), with a British sort code before it.
func (s *state) bankAccountAfter(start, p int) {
	t := s.text
	q := p
	if p-start == 1 && (start < 2 || t[start-1] != '/' || t[start-2]|0x20 != 'a' && t[start-2]|0x20 != 'c' || start > 2 && isAlnum(t[start-3])) {
		// "c" is an account's word only in "A/c", India's and Britain's
		// banks' abbreviation, and in "c/c", Italy's and Spain's current
		// account ("il saldo del c/c 000104587321").
		return
	}
	var low [8]byte
	switch string(lowerASCII(low[:0], t[start:min(p, start+8)])) {
	case "bsb":
		// Australia's bank-state-branch number, which with the account's
		// number pays into it: six digits, in threes ("BSB 062-692 acc
		// 1045 8871").
		if q = labelledValue(t, p, 2, false); q < 0 {
			return
		}
		if g, e := digitGroups(t, q); e > 0 && g.digits == 6 && (g.n == 1 || g.n == 2 && g.len[0] == 3) && (e >= len(t) || !isAlnum(t[e])) {
			s.add(cand{start: q, end: e, typ: TypeBankAccount, rec: "bank_account", score: 0.6})
		}
		return
	case "clabe", "cbu", "cvu":
		// Mexico's and Argentina's account keys, 18 and 22 digits (a
		// CVU is a wallet's CBU), may come after a purpose and a colon
		// ("CLABE para el reembolso: 0121...").
		d := 18
		if p-start == 3 {
			d = 22
		}
		s.accountKeyAfter(p, d)
		return
	}
	if q = labelledValue(t, p, 4, false); q < 0 {
		return
	}
	sortWord := equalLowerASCII("sort", t[start:p])
	g, e := digitGroups(t, q)
	if e == 0 {
		return
	}
	// A sort code, three pairs, before the number or alone after "sort".
	sortEnd := -1
	if g.n >= 3 && g.len[0] == 2 && g.len[1] == 2 && g.len[2] == 2 {
		sortEnd = q + 8
	}
	if sortWord {
		// "sort: 56-00-29", a form's label, in a message that names an
		// account; or, with no colon, the pairs joined by hyphens and
		// the account's word after them, as banks print the two ("(sort
		// 30-92-14, acc 20558371)", session 74), which the verb "sort"
		// has no use for.
		if (t[p] == ':' || sortPairsHyphened(t, q) && accountWordAfter(t, q+8)) && sortEnd == q+8 && g.n == 3 && s.on(typeUKSortCode) && wordIn(t, accountWords, nil) {
			s.add(cand{start: q, end: sortEnd, typ: typeUKSortCode, rec: "uk_sort_code", score: 0.6})
		}
		return
	}
	if sortEnd > 0 && g.n > 3 {
		// "40 12 76 73015528", "60-92-42 / 33901776": the account's
		// own number after its branch's. Three pairs and eight digits
		// name a British account without a bank's word ("pay the rent
		// into my new account: 04-00-04 31290476"); other lengths need
		// one.
		if ad := g.digits - 6; ad >= 6 && ad <= 10 && (g.n == 4 && ad == 8 || s.bankNamed(start, p)) {
			s.sortCodeAndAccount(q, e)
		}
		return
	}
	if g.digits == 26 && validIBANText("PL"+digitsOf(t[q:e], 26)) {
		// Poland's account number (NRB) is its IBAN without "PL": the
		// check digits decide, no bank's word is needed ("nowy numer
		// konta do wypłaty: 87 1910 5014 ...").
		s.add(cand{start: q, end: e, typ: TypeBankAccount, rec: "bank_account", score: 0.7})
		return
	}
	if !s.bankNamed(start, p) {
		return
	}
	if swedbankClearing(t, q, &g) {
		// "Nytt konto: 8214-6 993 402 115-7 (Swedbank)": the clearing
		// number and the account's own, as many groups as the bank
		// prints.
		s.add(cand{start: q, end: e, typ: TypeBankAccount, rec: "bank_account", score: 0.6})
		return
	}
	if g.digits < 6 || g.digits > 18 || g.n > 4 || g.date() {
		return
	}
	s.add(cand{start: q, end: e, typ: TypeBankAccount, rec: "bank_account", score: 0.6})
}

// swedbankClearing reports whether the groups g of the number at q are
// a Swedish account of Swedbank's: its clearing number has five digits,
// an 8, three digits, a dash and a check digit ("8214-6"), before the
// account's own six to ten digits, which the bank prints in threes and
// a check digit after a dash ("8214-6 993 402 115-7").
func swedbankClearing(t string, q int, g *groups) bool {
	return g.n >= 3 && g.n <= 6 && g.len[0] == 4 && t[q] == '8' && t[q+4] == '-' && g.len[1] == 1 && g.digits-5 >= 6 && g.digits-5 <= 10
}

// labelledValue returns where the value after a label's word that ends
// at p starts, past at most steps of what a label or a sentence puts
// between ("acc no: 1048 ...", "account number is ...", "member ID
// (...)"): spaces, ':', '#', '=', '(', '.', accountLabelWord's words. The
// value opens with a digit, or with two capitals or a capital and a
// digit when codes is set; -1 when none follows. What the value is for
// may stand between the label and its colon or verb (whatFor): "member
// id for the insurance billing is XGH884201937", "account no. for the
// refund is 40381177" (session 74; members' numbers asked it first, in
// session 73).
func labelledValue(t string, p, steps int, codes bool) int {
	if q := labelledValueAt(t, p, steps, codes); q >= 0 {
		return q
	}
	if w := whatFor(t, p); w > p {
		return labelledValueAt(t, w, steps, codes)
	}
	return -1
}

// labelledValueAt is labelledValue without whatFor's purpose.
func labelledValueAt(t string, p, steps int, codes bool) int {
	n := len(t)
	q := p
	for ; q < n && steps > 0; steps-- {
		q += spaceAt(t, q)
		if q >= n {
			return -1
		}
		if c := t[q]; c == ':' || c == '#' || c == '=' || c == '(' || c == '.' && (q > p || abbreviationBefore(t, p)) {
			q++
			continue
		}
		// A code's one capital may stand apart by a space ("M 204 558
		// 913"); not "N", of "N 2219874".
		if isDigit(t[q]) || codes && isUpperByte(t[q]) && q+1 < n && (isDigit(t[q+1]) || isUpperByte(t[q+1]) || t[q+1] == '-' && q+2 < n && isDigit(t[q+2]) ||
			t[q+1] == ' ' && t[q] != 'N' && q+2 < n && isDigit(t[q+2])) || codes && lowerLetterCode(t, q) {
			break
		}
		w := q
		for w < n && (isLetter(t[w]) || t[w] >= 0x80) && w-q < 16 {
			w++
		}
		// A label's word, or a bank's name between the account's word
		// and its number ("akaun maybank saya 514327118802", "stk
		// vietcombank 0451000123987").
		if d := documentOn(t, q); d > 0 {
			q = d // "membership no. on my card 6354 2210 9917 2048"
			continue
		}
		if w == q || w < n && isAlnum(t[w]) || !accountLabelWord(t[q:w]) && !bankNameWord(t[q:w]) {
			if b := brandBeforeVerb(t, q); b > 0 {
				q = b // "numéro de membre Air Miles est 80412776531"
				continue
			}
			return -1
		}
		q = w
	}
	if steps == 0 {
		q += spaceAt(t, q) // the last step's word: "no. ko 56-..."
	}
	if q >= n || q == p || !isDigit(t[q]) && !(codes && (isUpperByte(t[q]) || lowerLetterCode(t, q))) {
		return -1
	}
	return q
}

// lowerLetterCode reports whether a letter in lower case and six to ten
// digits make the word at q, as universities number their students
// ("student no s4419203", "zID z5234781").
func lowerLetterCode(t string, q int) bool {
	if q >= len(t) || !isLower(t[q]) {
		return false
	}
	e := nextNonDigit(t, q+1)
	return e-q-1 >= 6 && e-q-1 <= 10 && (e == len(t) || !isAlnum(t[e]) && t[e] < 0x80)
}

// accountKeyAfter reports an account's key of d digits, written whole
// (a CLABE also in its four parts), after its word that ends at p: right
// after it or after a colon later on its line, within 40 bytes.
func (s *state) accountKeyAfter(p, d int) {
	t := s.text
	q := p + spaceAt(t, p)
	if q < len(t) && t[q] == ':' {
		q++
	}
	q += spaceAt(t, q)
	// "mi clabe es 0121...", "my CBU is ...", "a minha CLABE é ...".
	for _, verb := range [...]string{"es ", "is ", "é ", "era "} {
		if strings.HasPrefix(t[q:], verb) {
			q += len(verb)
			break
		}
	}
	if q >= len(t) || !isDigit(t[q]) {
		q = -1
		for i := p; i < len(t) && i < p+40 && t[i] != '\n'; i++ {
			if t[i] == ':' {
				q = i + 1
				q += spaceAt(t, q)
				break
			}
		}
		if q < 0 || q >= len(t) || !isDigit(t[q]) {
			return
		}
	}
	// One group, or a CLABE grouped as its parts: bank, branch, account
	// and check digit ("137 180 00123456789 7").
	g, e := digitGroups(t, q)
	if e == 0 || g.digits != d || g.n != 1 && !(d == 18 && g.n == 4 && g.len[0] == 3 && g.len[1] == 3 && g.len[2] == 11) || e < len(t) && t[e] >= 0x80 && wordByteAt(t, e) {
		return
	}
	s.add(cand{start: q, end: e, typ: TypeBankAccount, rec: "bank_account", score: 0.7})
}

// groups are the digit groups of a number that digitGroups read: their
// count, their lengths (seven at most: Poland's account number in 2 and
// six 4s) and their digits in all.
type groups struct {
	n, digits int
	len       [7]int
}

// date reports whether the groups have a date's shape: "2024-05-27",
// "27-05-2024", "12-05-24".
func (g *groups) date() bool {
	return g.n == 3 && (g.len[0] == 4 && g.len[1] == 2 && g.len[2] == 2 || g.len[0] == 2 && g.len[1] == 2 && (g.len[2] == 4 || g.len[2] == 2))
}

// digitGroups reads a number written in groups at q: digits, with one
// space or hyphen between groups, or a slash with spaces about it after
// three pairs (a sort code and its account, "60-92-42 / 33901776"). It
// returns the groups and the number's end, or a zero end when the number
// has more than seven groups or runs on into a word, a decimal or a date.
func digitGroups(t string, q int) (groups, int) {
	n := len(t)
	var g groups
	e := q
	for {
		f := nextNonDigit(t, e)
		if g.n == len(g.len) {
			return g, 0
		}
		g.len[g.n] = f - e
		g.n++
		g.digits += f - e
		e = f
		if e+1 < n && (t[e] == ' ' || t[e] == '-' || t[e] == '.' && g.len[0] == 4 && (g.n == 1 || g.n == 2 && g.len[1] == 2)) && isDigit(t[e+1]) {
			// A '.' only as Norway writes its accounts, 4.2.5
			// ("1503.27.40577"), no amount's or date's shape.
			e++
			continue
		}
		if g.n == 3 && g.len[0] == 2 && g.len[1] == 2 && g.len[2] == 2 {
			// "60-92-42 / 33901776", "60-92-42, 33901776"
			k := e
			k += spaceAt(t, k)
			if k < n && (t[k] == '/' || t[k] == ',') {
				k++
				k += spaceAt(t, k)
				if k < n && isDigit(t[k]) && k > e+1 {
					e = k
					continue
				}
			}
		}
		break
	}
	if e < n && (isAlnum(t[e]) || t[e] >= 0x80 && wordByteAt(t, e) || e+1 < n && isDigit(t[e+1]) && (t[e] == '.' || t[e] == ',' || t[e] == '/' || t[e] == ':')) {
		return g, 0
	}
	return g, e
}

// accountLabelWord reports whether w, a word between an account's word
// and its number, is one a label or a sentence puts there: "acc no",
// "account number is", "Kontonummer lautet", "cuenta es".
func accountLabelWord(w string) bool {
	if len(w) > 9 {
		return false
	}
	var low [9]byte
	switch string(lowerASCII(low[:0], w)) {
	case "no", "nr", "nro", "num", "number", "is", "was", "es", "est", "ist", "lautet", "e", "n", "o",
		"wordt",                 // "het kenteken wordt ZT-418-B"
		"corrente", "corriente", // "conta corrente 45871-2"
		"de", "ahorros", "ahorro", // "cuenta de ahorros Bancolombia 241-456789-12"
		"ko",          // Tagalog "my": "PhilHealth no. ko 56-736194620-5"
		"saya", "aku", // Malay and Indonesian "my": "akaun saya 514327118802"
		"é", "è", "dele", "dela", // "o meu número de utente é 283910470", "nº utente dele: ..."
		"n°", "nº", "n.º", // "allocataire n° 2817364"
		"er", "är", "mitt", "min", // the Nordic "is", "my": "kontonummeret er 1503.27.40577" (session 59)
		"still",          // "my account number is still 41592837"
		"c'est", "c’est": // "ma plaque c'est GH-482-KT" (session 67)
		return true
	}
	return false
}

// bankNameWord reports whether w, of three letters or more, names a bank
// (bankWords' names: "maybank", "vietcombank", "barclays").
func bankNameWord(w string) bool {
	if len(w) < 3 || len(w) > 16 {
		return false
	}
	var low [16]byte
	return bankWords[string(lowerASCII(low[:0], w))]
}

// bankNamed reports whether the account's word [start, p) names a bank
// account of itself ("Kontonummer", "rekeningnummer") or the
// message names banking elsewhere (bankWord) or a bank before the word
// ("my Capitec acc").
func (s *state) bankNamed(start, p int) bool {
	t := s.text
	var low [24]byte
	switch string(foldBytes(low[:0], t[start:p])) {
	case "kontonummer", "kontonr", "konto-nr", "rekeningnummer", "kontonummeret", "kontonumret":
		return true
	case "c":
		if start >= 2 && t[start-2]|0x20 == 'c' {
			return true // "c/c", a bank's current account (see bankAccountAfter)
		}
	}
	return s.bankMessage(start, p, nil)
}

// bankMessage reports whether the message around [a, e) names banking,
// a word of bankWords or of more, within 2 KB either side in a long
// text.
func (s *state) bankMessage(a, e int, more map[string]bool) bool {
	t := s.text
	if len(t) > 4096 {
		t = t[max(0, a-2048):min(len(t), e+2048)]
	}
	return wordIn(t, bankWords, more)
}

// sortCodeAndAccount reports a British sort code, three pairs at q, and
// the account's number after it that ends at e.
func (s *state) sortCodeAndAccount(q, e int) {
	t := s.text
	a := q + 8
	for a < e && !isDigit(t[a]) {
		a++
	}
	if s.on(typeUKSortCode) {
		s.add(cand{start: q, end: q + 8, typ: typeUKSortCode, rec: "uk_sort_code", score: 0.6})
	}
	if s.on(TypeBankAccount) {
		s.add(cand{start: a, end: e, typ: TypeBankAccount, rec: "bank_account", score: 0.6})
	}
}

// accountWords name an account (gBank's words of one word).
var accountWords = setOf("acc", "acct", "account", "konto", "kontonummer", "compte", "cuenta", "conto", "rekening", "rekeningnummer", "conta", "heshbon", "cheshbon", "חשבון")

// bankWords name banking: its codes and branches, a transfer, the
// account's holder, or a bank.
var bankWords = setOf("bank", "banks", "banking", "banked", "overdraft", "sort", "sortcode", "bsb", "ifsc", "iban", "swift", "bic", "routing", "transit", "institution", "branch", "cheque", "chequing", "checking", "savings", "deposit", "payee", "beneficiary", "holder", "wire", "eft", "ach", "payout", "blz", "bankverbindung", "kontoinhaber", "überweisung", "banque", "rib", "titulaire", "virement", "guichet", "banco", "titular", "transferencia", "clabe", "sucursal", "banca", "titolare", "bonifico", "filiale", "rekeninghouder", "overschrijving", "overboeking", "agência", "agencia", "transferência", "pix", "hsbc", "barclays", "lloyds", "natwest", "santander", "nationwide", "halifax", "monzo", "starling", "revolut", "chase", "citi", "citibank", "wells", "scotiabank", "rbc", "bmo", "cibc", "td", "westpac", "anz", "nab", "commbank", "asb", "kiwibank", "bnz", "dbs", "ocbc", "uob", "maybank", "hdfc", "icici", "sbi", "kotak", "capitec", "fnb", "absa", "nedbank", "ing", "rabobank", "bunq", "sparkasse", "volksbank", "commerzbank", "bbva", "sabadell", "caixa", "caixabank", "unicredit", "intesa", "itaú", "itau", "bradesco", "nubank", "banorte",
	// Banks of Southeast and South Asia, and Malay's and Indonesian's
	// words of an account ("refund ke rekening aja, BCA 5270198463",
	// "akaun maybank saya 514327118802").
	"bca", "bni", "bri", "mandiri", "cimb", "rhb", "kbank", "kasikornbank", "krungthai", "vietcombank", "techcombank", "vpbank", "bidv", "agribank", "vietinbank", "sacombank", "tpbank", "mbbank", "hdbank",
	"bpi", "bdo", "metrobank", "landbank", "meezan", "hbl", "ubl", "brac", "axis", "pnb", "rekening", "akaun",
	// Banks of Latin America ("cuenta de ahorros Bancolombia 241-...",
	// "mi cuenta BCP 191-...").
	"bancolombia", "davivienda", "bcp", "interbank", "banamex", "citibanamex", "galicia", "bancoestado", "bci", "brou", "pichincha", "banreservas",
	// Israel's banks and a branch's word, in Latin letters and in Hebrew
	// (session 60: "Leumi snif 802 heshbon 3318470").
	"snif", "leumi", "hapoalim", "mizrahi", "tefahot", "בנק", "סניף",
	// The Nordic banks and Swedish words of banking: a clearing number,
	// the account a salary is paid into (session 74: "Hej, vill byta
	// lönekonto. Nytt konto: ... (Swedbank)").
	"swedbank", "handelsbanken", "nordea", "clearingnummer", "lönekonto")

// setOf returns a set of the words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// sortCodePair reads a British sort code and an account number written
// as a pair without their words at i ("return my deposit to Tomasz
// Kowalski, 60-83-12 71246093", "bank 40-11-62 55029813"): three pairs
// and eight digits, which no date and time make, in a message that
// names banking (bankWords) or a deposit, a refund, a payout or a
// salary. It returns the pair's end, or 0.
func (s *state) sortCodePair(i int) int {
	t := s.text
	if i > 0 && (isAlnum(t[i-1]) || t[i-1] == '-' || t[i-1] == '/' || t[i-1] == '.') {
		return 0
	}
	g, e := digitGroups(t, i)
	if e == 0 || g.n != 4 || g.len[0] != 2 || g.len[1] != 2 || g.len[2] != 2 || g.len[3] != 8 || e < len(t) && (t[e] == '-' || t[e] == '/') ||
		strings.Trim(t[i:i+8], "0-") == "" || !s.bankMessage(i, e, pairWords) {
		return 0
	}
	s.sortCodeAndAccount(i, e)
	return e
}

// pairWords name the payments a sort code and an account number are
// given for, beside bankWords.
var pairWords = setOf("deposit", "refund", "payout", "salary", "debit")

// sortPairsHyphened reports whether the three pairs of digits at q are
// joined by hyphens and end there: "30-92-14", not "30 92 14 ..." nor
// "30-92-14-07".
func sortPairsHyphened(t string, q int) bool {
	return q+8 <= len(t) && t[q+2] == '-' && t[q+5] == '-' && (q+8 == len(t) || t[q+8] != '-' && !isAlnum(t[q+8]))
}

// accountWordAfter reports whether an account's word (accountWords)
// follows at e, past a comma, a slash and spaces: "sort 30-92-14, acc
// 20558371", "sort 30-94-57 acc 11209874".
func accountWordAfter(t string, e int) bool {
	for e < len(t) && (t[e] == ' ' || t[e] == ',' || t[e] == '/') {
		e++
	}
	w := e
	for w < len(t) && isLetter(t[w]) && w-e < 8 {
		w++
	}
	var low [8]byte
	return w > e && (w == len(t) || !isLetter(t[w])) && accountWords[string(lowerASCII(low[:0], t[e:w]))]
}
