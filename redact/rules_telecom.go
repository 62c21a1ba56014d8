package redact

// A SIM card's own number, which a mobile carrier's support asks for when
// a number moves to a new card or an eSIM.

// TypeICCID is the number printed on a SIM card and stored in it, the
// Integrated Circuit Card Identifier (ITU-T E.118): "89" for telecoms,
// a country and an issuer, the card's serial and a Luhn check digit, 19
// or 20 digits in all. It names the card, and through the carrier's
// records the subscriber, as an IMEI names the handset.
const TypeICCID = "ICCID"

// iccidWords name a SIM card or its number; the value is found only near
// one, since 19 digits with a valid check digit are as often a card's or
// an account's.
var iccidWords = []string{"iccid", "sim", "sim card", "sim number", "sim no", "simkaart", "simkarte", "sim-karte", "sim-kaart",
	"carte sim", "tarjeta sim", "scheda sim", "cartão sim", "chip", "icc",
	// Session 56: "Simkaartnummer 8931...", "Mon ancienne puce c'est 8933...".
	"simkaartnummer", "simkartennummer", "sim-kartennummer", "puce", "numéro de puce", "numero sim"}

var telecomRules = []Rule{
	{
		Name: "iccid",
		Type: TypeICCID,
		// "89", then digits in one run or in groups of one to five after
		// spaces or hyphens, as people copy them from the card or the
		// carrier's page ("89014103211118510720", "8944 1100 2274 1983
		// 219"); validICCID counts the digits.
		Pattern:        numStart + `(?P<v>89(?:\d{17,18}|\d{2}(?:[ -]\d{1,5}){3,8}))\b`,
		Score:          0.7,
		Validate:       validICCID,
		Keywords:       iccidWords,
		Context:        iccidWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "my account number is 620 188 4471 and the sim number is 8944 1100 2274 1983 219, no service", Want: "8944 1100 2274 1983 219"},
			{Text: "ICCID: 89014103211118510720", Want: "89014103211118510720"},
			{Text: "new sim no 8991-1000-0093-4412-785 not detected", Want: "8991-1000-0093-4412-785"},
			// A wrong check digit, too few digits, no word for a SIM.
			{Text: "ICCID: 89014103211118510721", Want: ""},
			{Text: "sim number 8944 1100 2274 198", Want: ""},
			{Text: "order 8944 1100 2274 1983 219 shipped", Want: ""},
		},
	},
}

// validICCID checks an ICCID: 19 or 20 digits starting with "89" (the
// pattern's) under the Luhn check.
func validICCID(m string) bool {
	d := digitsOf(m, 0)
	return (len(d) == 19 || len(d) == 20) && luhn(d)
}

func init() {
	register(telecomRules...)
}
