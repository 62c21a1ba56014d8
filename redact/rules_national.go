package redact

import (
	"slices"
	"sort"
)

// National identifiers: tax, social security, health, identity document,
// company and vehicle numbers of many countries, with the checksums that
// make them recognisable in free text. Entity types use Presidio's names.
//
// Scores follow one scale: a match that passes a strong checksum (about 1
// random number in 90 or fewer passes, or a date and a check digit)
// scores 0.6 or more; a check that passes about 1 random number in 10
// scores just under DefaultThreshold in a text that holds none of its
// words (AloneScore), so that it is reported by default only where its
// context word names it (a support chat is full of member,
// account and reference numbers, and one in ten passes such a check:
// "member no. 5566778899" was a Swedish organisation number); a shape
// without any check, 0.3 or less, so that the engine's context words
// decide.
//
// Rules whose values are plain digit runs carry no Keywords, so that a
// context word anywhere near still lifts them ("my PESEL is ...");
// their checksums keep most order, tracking and invoice numbers out.
// Rules that cannot tell a value from a random
// number (bank accounts, postcodes, licence numbers) set RequireContext
// and use their context words as Keywords. Some of them also have a weak
// twin without context, scored well below DefaultThreshold the way
// Presidio scores such shapes: it reports nothing at the default
// threshold unless a context word lifts it, but a caller who asks for
// every candidate (a threshold near zero) sees the value.

// underThreshold moves the score s of a match whose check passes about
// one random number in ten (0.4 to 0.7 on the scale above) under
// DefaultThreshold, for its AloneScore, keeping the order of such scores:
// a bare number that two rules match goes to the stronger check
// ("1234567890121" passes the Thai ID's check and the German tax
// number's). A negative context word takes 0.35 away and leaves it above
// zero, so that a caller who asks for every candidate still sees it.
func underThreshold(s float64) float64 {
	return DefaultThreshold - 0.01 - (0.7-s)/20
}

// Leading boundaries used by the patterns. RE2 has no look-behind, so a
// pattern consumes the character before the value and reports the value
// through the submatch named "v".
const (
	// numStart: a digit run must not continue a word, a phone number (+),
	// an amount ($ € £), a reference (#), a path or date (/) or a hyphenated
	// code (ORD-1234567).
	numStart = `(?:^|[^\w+#$€£/\-])`
	// digitStart: the value may follow letters directly ("code is010594Y9032")
	// but not another digit or a phone prefix.
	digitStart = `(?:^|[^\d+#$€£/\-])`
)

// numberDecoyWords are the words that, near a bare digit run, say it is an
// order, ticket, tracking or phone number rather than an identifier. Rules
// of unformatted digits carry them as NegativeContext. The order, invoice
// and customer-number words of every chat language (gNeg, gRef) are added, so
// "factuurnummer 2024100384" or "número de cliente ..." demote a rule as
// "invoice" does.
var numberDecoyWords = withNegWords(numberDecoyBase, gNeg, gRef)

// timeDecoyWords are numberDecoyWords and the words before a Unix time:
// every one from 2001 to 2033 is ten digits that start with 1, as an NPI
// is, and passes its check one time in ten ("ts=1709460764",
// "X-RateLimit-Reset: 1709460764", "at 1709460764.123").
var timeDecoyWords = append(slices.Clip(numberDecoyWords), "ts", "timestamp", "epoch", "unix", "reset", "expires",
	"expiry", "iat", "exp", "nbf", "created", "updated", "modified", "elapsed")

var numberDecoyBase = []string{
	"order", "order number", "order no", "reference", "ref", "tracking", "tracking number",
	"invoice", "ticket", "case", "confirmation", "transaction", "shipment", "parcel", "sku",
	"serial", "model", "phone", "call", "tel", "mobile", "cell", "fax", "whatsapp", "text me",
	"bestellung", "rechnung", "sendung", "commande", "facture", "pedido", "factura", "ordine",
	// Other numbers a support chat quotes: bookings, claims, loyalty and
	// customer numbers, product codes, logistics and log identifiers.
	"booking", "reservation", "claim", "complaint", "dispute", "membership", "loyalty", "customer number",
	"customer no", "purchase order", "po", "receipt", "barcode", "upc", "ean", "gtin", "isbn",
	"imei", "waybill", "awb", "consignment", "package", "courier", "job", "build", "timestamp",
	"epoch", "unix", "ts", "created at", "updated at", "modified at", "request id", "error",
	"error code", "rma", "voucher", "coupon",
	"gift card", "promo code", "discount code", "item", "product", "part number", "flight",
	"kundennummer", "bestellnummer", "auftrag", "auftragsnummer", "buchung", "buchungsnummer",
	"réservation", "suivi", "colis", "reserva", "seguimiento", "envío", "prenotazione",
	"spedizione", "bestelling", "factuur", "zending", "lot", "lot number", "batch", "batch number",
	// Payments, subscriptions and deliveries are numbered too; and "<noun>
	// id" names the noun's number, so the longer phrase also keeps "id",
	// a context word of some rules, from counting for them ("order ID:
	// 1583147081397").
	"payment", "subscription", "quote", "delivery", "request",
	// An article's number in the shop, often its barcode ("artikel
	// 8707098898008", "artigo 5605125863865").
	"article", "artikel", "artigo", "articolo", "artículo", "articulo", "produit", "producto", "prodotto", "produto",
	"order id", "tracking id", "shipment id", "transaction id", "payment id", "booking id",
	"invoice id", "customer id", "user id", "account id", "session id",
}

// idDecoyWords are numberDecoyWords without the contract, policy, claim
// and reference words of gRef, beside which a person's identifier is
// quoted as often ("contrato 12345678Z", "apólice 123.456.789-09"): the
// rules whose check is strong carry them.
var idDecoyWords = withNegWords(numberDecoyBase, gNeg)

// withNegWords returns words followed by the context words of the groups
// of every language, in a fixed order, without repeats.
func withNegWords(words []string, groups ...uint64) []string {
	words = slices.Clone(words)
	seen := make(map[string]bool, len(words))
	for _, w := range words {
		seen[w] = true
	}
	for _, g := range groups {
		langs := make([]string, 0, len(contextWords[g]))
		for l := range contextWords[g] {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			for _, w := range contextWords[g][l] {
				if !seen[w] {
					seen[w] = true
					words = append(words, w)
				}
			}
		}
	}
	return words
}

// codeDecoyWords are the words that, near a short code of letters and
// digits, say it is a product, booking or software reference rather than
// an identifier: "model MH368931B", "booking ref B3C5NZ", "KB5034441
// update". Rules of letter-digit codes without a strong check carry them
// as NegativeContext.
var codeDecoyWords = []string{
	"order", "sku", "model", "model number", "serial", "serial number", "part", "part number",
	"item", "product", "variant", "article", "ref", "reference", "booking", "pnr", "flight",
	"confirmation", "ticket", "case", "invoice", "version", "build", "firmware", "update",
	"patch", "hotfix", "promo", "promo code", "voucher", "coupon", "discount code", "error",
	"error code", "artikel", "bestellung", "commande", "pedido", "lot", "batch", "unit",
}

// nationalRules is the table of national identifier rules, country by
// country. It is registered with the default rule set by init.
var nationalRules = concatRules(
	rulesNationalAmericas,
	rulesNationalEurope,
	rulesNationalAsiaPacific,
	rulesNationalAfrica,
	rulesNationalEastAfrica,
	rulesNationalWestAfrica,
	rulesNationalCaucasus,
	rulesNationalSouth,
	rulesNationalMideast,
	rulesNationalResidence,
	rulesNationalLatam,
	rulesNationalBaltic,
	rulesNationalEast,
	rulesNationalEastAsia,
	rulesNationalImmigration,
)

func init() {
	register(nationalRules...)
}

// concatRules joins rule tables into one new slice.
func concatRules(tables ...[]Rule) []Rule {
	n := 0
	for _, t := range tables {
		n += len(t)
	}
	out := make([]Rule, 0, n)
	for _, t := range tables {
		out = append(out, t...)
	}
	return out
}
