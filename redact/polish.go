package redact

// Polish text (session 71). Poland is not among the detector's default
// regions, so its national numbers were phones only after a phone word
// ("tel. 505 118 274"); customers write their mobiles and landlines
// bare, in the groups Poland writes them ("dzwoni z 22 614 08 93",
// "Proszę o zmianę numeru z 505 118 274 na ..."). In a text that
// reads as Polish, the letters only Polish writes near the number, a
// number of Poland's plan in those groups is a phone.

// polishLetterAt reports whether a letter that Polish writes and its
// neighbours in the chat languages do not stands at t[i]: 'ą', 'ę', 'ć',
// 'ł', 'ń', 'ś', 'ź', 'ż' and their capitals ("się", "włączę",
// "Łódź"). 'ó' is Spanish's and Portuguese's too, and Czech and
// Slovak write none of these.
func polishLetterAt(t string, i int) bool {
	if i+1 >= len(t) {
		return false
	}
	switch c := t[i+1]; t[i] {
	case 0xC4:
		return c == 0x84 || c == 0x85 || c == 0x86 || c == 0x87 || c == 0x98 || c == 0x99
	case 0xC5:
		return c >= 0x81 && c <= 0x84 || c == 0x9A || c == 0x9B || c >= 0xB9 && c <= 0xBC
	}
	return false
}

// hasPolish reports whether a letter only Polish writes (polishLetterAt)
// stands in t.
func hasPolish(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] >= 0xC4 && polishLetterAt(t, i) {
			return true
		}
	}
	return false
}

// polishPhoneShape reports whether x, a run without a trunk prefix or a
// '+', is grouped as Poland writes its numbers: a mobile in three groups
// of three ("505 118 274", "500-812-337") or a landline's area code of
// two digits before groups of three, two and two ("22 614 08 93").
// Whether the digits are a number of Poland's plan is strictPhone's to
// say.
func polishPhoneShape(x *numInfo, d []byte) bool {
	if x.nd != 9 || x.mixed || x.plus || x.paren || d[0] == '0' || x.sep != ' ' && x.sep != '-' {
		return false
	}
	g := x.glens[:x.ng]
	switch x.ng {
	case 3:
		return g[0] == 3 && g[1] == 3 && g[2] == 3
	case 4:
		return g[0] == 2 && g[1] == 3 && g[2] == 2 && g[3] == 2 && x.sep == ' '
	}
	return false
}

// polishNRB reports the chunk of digit groups g (gaps between them,
// digits theirs) as a bank account when it is Poland's account number
// (NRB), its IBAN without "PL", whatever word stands before it: 26
// digits in one block or in Poland's groups of two and six fours
// ("przelew na 34249000055000400087654321 nie doszedł", "w sprawie
// rachunku 22 1240 6104 0000 1111 0022 5544"). The IBAN's check digits
// decide (one number in 97 passes by chance); after an account's word
// bankAccountAfter reads it too. A chunk glued to letters ("PL91 1140
// ...", an IBAN's, or a code's) is not one.
func (s *state) polishNRB(g []span, gaps []numGap, digits []byte) {
	t := s.text
	a, e := g[0].s, g[len(g)-1].e
	if !s.on(TypeBankAccount) || a > 0 && isAlnum(t[a-1]) || e < len(t) && isAlnum(t[e]) {
		return
	}
	if len(g) != 1 {
		if len(g) != 7 || g[0].e-g[0].s != 2 {
			return
		}
		for k := 1; k < 7; k++ {
			if g[k].e-g[k].s != 4 || gaps[k-1].sep != ' ' || g[k].s-g[k-1].e != 1 {
				return
			}
		}
	}
	if validIBANText("PL" + string(digits)) {
		s.add(cand{start: a, end: e, typ: TypeBankAccount, rec: "bank_account", score: 0.7})
	}
}
