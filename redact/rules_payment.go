package redact

// Payment card data other than the number, which the built-in scanner
// finds (CREDIT_CARD).

// TypeCardSecurityCode is the three or four digit code printed on a
// payment card (CVV, CVC, CSC, CID). PCI DSS forbids storing it after
// authorisation, so a transcript must never hold one.
const TypeCardSecurityCode = "CARD_SECURITY_CODE"

// cardCodeWords name the code; the value follows them.
// The code is named so in the seven languages of the context words too;
// "CVV" and "CVC" are used in all of them.
const cardCodeWords = `(?:cvv2?|cvc2?|cav2|csc|security code|card code|card verification (?:code|value|number)` +
	`|kartenprüfnummer|sicherheitscode|cryptogramme(?: visuel)?|code de sécurité` +
	`|código de seguridad|c[oó]d seg|codice di sicurezza|beveiligingscode|veiligheidscode|código de segurança)`

var paymentRules = []Rule{
	{
		Name: "card_security_code",
		Type: TypeCardSecurityCode,
		// The code comes right after its name, maybe after "is", "code",
		// "number", "no" and a colon: "cvv 123", "CVC: 4821",
		// "security code is 907". A number further away is not taken.
		// Spaces are bounded so that the rule's longest match is, and its
		// expression runs only around what the automaton reports. A
		// name joined by a hyphen to what precedes it is part of a
		// product code ("MDP-CVV8095").
		// A name in quotes is a JSON key: "cvc": "613"; "cid" is one
		// only without them (in JSON it names a client or a campaign),
		// and only in capitals or in lower case: "Cid" is El Cid, whose
		// name streets carry ("Avenida del Cid 299").
		// The code ends its group of digits: a gift card's "card code is
		// 5936 9553 9272 7910" holds no code of four (session 77; a
		// boundary, then no digit after up to three spaces).
		Pattern: `(?i)(?:\A|[^\w\-])(?:` + cardCodeWords + `["']?|(?-i:CID|cid))(?:[ \t]{0,3}(?:is|code|number|no\.?|#|:|=|-)){0,2}[ \t]{0,3}["']?(?P<v>\d{3,4})\b[ \t]{0,3}(?:[^\d \t]|\z)`,
		Keywords: []string{"cvv", "cvv2", "cvc", "cvc2", "cav2", "cid", "csc",
			"security code", "card code", "card verification",
			"kartenprüfnummer", "sicherheitscode", "cryptogramme", "code de sécurité", "código de seguridad", "cod seg", "cód seg",
			"codice di sicurezza", "beveiligingscode", "veiligheidscode", "código de segurança"},
		Score: 0.8,
		Examples: []Example{
			{Text: "exp 12/28 cvv 123", Want: "123"},
			{Text: "the CVC: 4821, thanks", Want: "4821"},
			{Text: "security code is 907", Want: "907"},
			{Text: "card verification value 2210", Want: "2210"},
			{Text: "cvv 12345", Want: ""},
			{Text: "The MDP-CVV8095 costs $39.95", Want: ""},
			{Text: "(CVV: 812)", Want: "812"},
			{Text: "what is a cvv? order 1234", Want: ""},
			{Text: "my security code arrived", Want: ""},
			{Text: "no cvv\n\n\n      \n\n1234 is my pin", Want: ""},
			{Text: `{"number": "4111111111111111", "cvc": "613"}`, Want: "613"},
			{Text: "Kartenprüfnummer: 317", Want: "317"},
			{Text: "cryptogramme visuel : 482", Want: "482"},
			{Text: "código de seguridad: 907", Want: "907"},
			{Text: "5895624103875526 vto 11/27 cod seg 381", Want: "381"},
			{Text: "codice di sicurezza: 5521", Want: "5521"},
			{Text: "beveiligingscode 318", Want: "318"},
			{Text: "código de segurança: 274", Want: "274"},
			{Text: "Prüfnummer der Lieferung 2025-0042", Want: ""},
			{Text: "Prüfnummer: 4711", Want: ""},
			{Text: `{"cid": "412", "csc": "1234"}`, Want: "1234"},
			{Text: "Amex CID 1234", Want: "1234"},
			{Text: "amex cid 1234", Want: "1234"},
			{Text: "Avenida del Cid 299, 14014 Córdoba", Want: ""},
			{Text: `{"cvc_check": "pass", "count": 412}`, Want: ""},
			{Text: "Your gift card code is 5936 9553 9272 7910. It never expires.", Want: ""},
			{Text: "cvv 123 expires with the card", Want: "123"},
		},
	},
	{
		// The code named by its digits or where it is printed, or short
		// ("sec code 902"): "and the 3 digit code is 418", "the code on
		// the back is 071". A "4 digit code" is a door's as often.
		Name:     "card_security_code_described",
		Type:     TypeCardSecurityCode,
		Pattern:  `(?i)(?:\A|[^\w\-])(?:(?:3|three)[- ]digit (?:security )?code|code on the back(?: of (?:the|my|your) card)?|sec code)(?:[ \t]{0,3}(?:is|:|=|-)){0,2}[ \t]{0,3}(?P<v>\d{3})\b`,
		Keywords: []string{"digit code", "digit security code", "code on the back", "sec code"},
		Score:    0.8,
		Examples: []Example{
			{Text: "and the 3 digit code is 418 name on card R J Patel", Want: "418"},
			{Text: "three-digit code: 552", Want: "552"},
			{Text: "the code on the back of the card is 071", Want: "071"},
			{Text: "the 4 digit code is 4410", Want: ""},
			{Text: "enter the 6 digit code 482910", Want: ""},
			{Text: "the code on the back of the parcel is 229", Want: ""},
			{Text: "Card 5449394554333075 exp 11/26 sec code 902.", Want: "902"},
		},
	},
	{
		// German "Prüfnummer" alone checks many things ("Prüfnummer:
		// 4711"); near a card's words it is the card's code:
		// "Kreditkarte 4532 ..., gültig bis 09/27, Prüfnummer 318".
		Name:           "card_security_code_de",
		Type:           TypeCardSecurityCode,
		Pattern:        `(?i)(?:\A|[^\w\-])prüfnummer(?:[ \t]{0,3}(?:ist|lautet|:|=)){0,2}[ \t]{0,3}(?P<v>\d{3,4})\b`,
		Context:        []string{"kreditkarte", "karte", "karteninhaber", "gültig bis", "visa", "mastercard", "amex", "american express"},
		RequireContext: true,
		Score:          0.8,
		Examples: []Example{
			{Text: "Kreditkarte 4532 8427 9582 0962, gültig bis 09/27, Prüfnummer 318.", Want: "318"},
			{Text: "Visa, Prüfnummer: 4711", Want: "4711"},
			{Text: "Prüfnummer: 4711", Want: ""},
			{Text: "Prüfnummer der Lieferung 2025-0042, Karte folgt", Want: ""},
		},
	},
}

func init() {
	register(paymentRules...)
}
