package redact

// Members' numbers at an insurer or a health plan, after their word.
//
// A health plan's member id names its holder at the plan and, with it,
// a health record: "member ID W284619035", "subscriber ID 1047785520",
// "Bupa membership number 58823041-01", "Medibank member no 7301 8842".
// Its shape is the plan's own (letters before digits, a suffix for the
// person on the plan), so memberAfter reads it only right after its word
// (gMember).

// TypeMemberID is a member's number at an insurer or a health plan.
const TypeMemberID = "MEMBER_ID"

// memberAfter reads a member's number after its word, which ends at p:
// at most four capitals, then 6 to 16 digits in at most three groups
// ("58823041-01", "17449028 01", "7301 8842"), ending its word.
func (s *state) memberAfter(p int) {
	t := s.text
	n := len(t)
	q := labelledValue(t, p, 3, true)
	if q < 0 {
		return
	}
	a := q
	for q < n && q-a < 4 && isUpperByte(t[q]) {
		q++
	}
	if q >= n || !isDigit(t[q]) {
		return
	}
	g, e := digitGroups(t, q)
	if e == 0 || g.n > 3 || g.date() || g.digits < 6 || g.digits > 16 || g.len[0] < 4 && g.digits < 10 {
		return
	}
	s.add(cand{start: a, end: e, typ: TypeMemberID, rec: "member_id", score: 0.6})
}

// TypeKENationalID is Kenya's national identity card number, read after
// an identity card's word.
const TypeKENationalID = "KE_NATIONAL_ID"

// idCardAfter reads an identity card's number after its word, which
// spans [start, p): seven or eight digits in one group ("ID no
// 35304054", "ID No: 31298476", "my ID no. is 28456713"), the shape of
// Kenya's cards, which customers there give as a matter of course. A
// word before "ID" that names another record makes it that record's
// ("order ID no", "customer ID number", "staff ID card").
func (s *state) idCardAfter(start, p int) {
	t := s.text
	if p < len(t) && t[p] == '.' {
		p++ // "ID no. 28456713"
	}
	q := labelledValue(t, p, 3, false)
	if q < 0 || t[q] == '0' {
		return
	}
	g, e := digitGroups(t, q)
	if e == 0 || g.n != 1 || g.digits < 7 || g.digits > 8 || e < len(t) && (isAlnum(t[e]) || t[e] == '-' || t[e] == '/') {
		return
	}
	b := start
	for b > 0 && (t[b-1] == ' ' || t[b-1] == '-') && start-b < 2 {
		b--
	}
	a := b
	for a > 0 && isLetter(t[a-1]) && b-a < 12 {
		a--
	}
	var low [12]byte
	if a < b && otherIDWords[string(lowerASCII(low[:0], t[a:b]))] {
		return
	}
	s.add(cand{start: q, end: e, typ: TypeKENationalID, rec: "ke_national_id", score: 0.6})
}

// otherIDWords name the records whose numbers an "ID" before "no" or
// "number" may be.
var otherIDWords = setOf("order", "customer", "client", "user", "account", "ticket", "transaction", "tracking", "booking", "reference",
	"case", "invoice", "employee", "staff", "student", "member", "session", "device", "request", "merchant", "seller", "vendor", "agent",
	"payment", "product", "item", "job", "player", "game", "app", "store", "shop", "branch", "batch", "parcel", "shipment", "receipt")
