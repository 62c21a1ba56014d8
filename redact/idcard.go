package redact

import "strings"

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
	bare := p-start == 2 // "ID" alone, not "ID no" nor "ID card"
	steps := 3
	if bare {
		steps = 2 // "my ID 34902157", "ID: 29874513", "ID is 31045672"
	}
	q := labelledValue(t, p, steps, false)
	if q < 0 || t[q] == '0' {
		return
	}
	g, e := digitGroups(t, q)
	if e == 0 || g.n != 1 || g.digits < 7 || g.digits > 8 || e < len(t) && (isAlnum(t[e]) || t[e] == '-' || t[e] == '/') {
		return
	}
	if bare && !kenyanText(t) {
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

// kenyanText reports whether the text shows that it comes from Kenya:
// its shilling ("KES 2,450", "Ksh 35,000"), its mobile money, its tax
// office, its dialling code or its largest towns. "ID" alone names an
// order's or a device's number as often as a card's; in a Kenyan
// message seven or eight digits after it are the card's ("my ID
// 34902157 doesn't match the name ...", "name Otieno Ochieng, ID
// 29874513").
func kenyanText(t string) bool {
	for _, w := range kenyanMarks {
		if i := strings.Index(t, w); i >= 0 && (i == 0 || !isLetter(t[i-1])) && (i+len(w) == len(t) || !isLetter(t[i+len(w)])) {
			return true
		}
	}
	return false
}

// kenyanMarks are words that mark a Kenyan message, as written there:
// the shilling's codes, the mobile money service and its operator, the
// tax office (KRA) and the health fund (NHIF, SHA's forerunner), the
// dialling code, and the largest towns.
var kenyanMarks = []string{"KES", "Ksh", "KSh", "KSH", "M-Pesa", "M-PESA", "Mpesa", "MPESA", "Safaricom", "KRA", "NHIF", "+254",
	"Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"}

// otherIDWords name the records whose numbers an "ID" before "no" or
// "number" may be.
var otherIDWords = setOf("order", "customer", "client", "user", "account", "ticket", "transaction", "tracking", "booking", "reference",
	"case", "invoice", "employee", "staff", "student", "member", "session", "device", "request", "merchant", "seller", "vendor", "agent",
	"payment", "product", "item", "job", "player", "game", "app", "store", "shop", "branch", "batch", "parcel", "shipment", "receipt")
