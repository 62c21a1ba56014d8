package redact

// Identity cards' numbers after their word.
//
// Kenyan customers give their national identity card's number as a
// matter of course ("ID no 35304054"), seven or eight digits that no
// check digit confirms; "ID" names an order's, a customer's or a staff
// member's number as often, so idCardAfter reads the number only after
// an identity card's word (gIDCard) and not after another record's.

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
