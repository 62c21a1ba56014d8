package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpacedCamelKeyOfSession31 checks a secret assigned in code to a
// key in camel or Pascal case with a space before the '=' ("const
// authToken = '...'", Go's ":=", PHP's "=>"), which only the glued form
// ("authToken='...'") found before; a key that names another number and
// a short value stay out.
func TestSpacedCamelKeyOfSession31(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, value string }{
		{"const authToken = 'q8Zr2LmX9vTp4KwY7nBc';", TypeAPIKey, "q8Zr2LmX9vTp4KwY7nBc"},
		{"authToken := \"q8Zr2LmX9vTp4KwY7nBc\"", TypeAPIKey, "q8Zr2LmX9vTp4KwY7nBc"},
		{"string ApiKey = \"q8Zr2LmX9vTp4KwY7nBc\";", TypeAPIKey, "q8Zr2LmX9vTp4KwY7nBc"},
		{"$clientSecret => 'q8Zr2LmX9vTp4KwY7nBc',", TypeAPIKey, "q8Zr2LmX9vTp4KwY7nBc"},
		{"dbPassword = Summer2024!x", TypePassword, "Summer2024!x"},
	} {
		wantValue(t, d, c.text, c.typ, c.value, c.text)
	}
	for _, text := range []string{
		"orderNumber = 48213377",
		"retryCount = 5",
		"authToken = null",
		"const tokenCount = items.length",
	} {
		assert.Empty(t, detect(t, d, text), text)
	}
}

// TestAccountPassOfSession31 checks "pass" as an account's password:
// after a word for the account ("admin pass is ...", "wifi-pass: ...")
// or on the line after a user's label; a boarding, day or bus pass and
// a value that reads as words stay out.
func TestAccountPassOfSession31(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"the admin pass is Hunter2024!", "Hunter2024!"},
		{"wifi pass is Kaffee12x", "Kaffee12x"},
		{"root pass: Hunter2024!", "Hunter2024!"},
		{"wifi-pass: Kaffee12x", "Kaffee12x"},
		{"user: jdoe\npass: Hunter2024!", "Hunter2024!"},
		{"Username: jdoe\npass: Hunter2024!", "Hunter2024!"},
		{"User: jdoe\nPass: Hunter2024!", "Hunter2024!"},
	}, []string{
		"my bus pass is expired",
		"the day pass is 12 euros",
		"the admin pass is wrong",
		"login: jdoe\npass: expired",
		"show your boarding pass: Gate12 closes soon",
	})
}

// TestPassNumberIsGermanOfSession31 checks that the German "Pass" labels
// only a number shaped as Germany's passports (nine digits and capitals
// of its alphabet), so that an English day or boarding pass's number is
// no passport.
func TestPassNumberIsGermanOfSession31(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "Pass-Nr. C9RNP205M bitte prüfen", TypePassport, "C9RNP205M")
	wantValue(t, d, "Pass: 482133771", TypePassport, "482133771")
	for _, text := range []string{
		"day pass: 48213377",
		"Boarding gate: 12\npass: 48213377",
		"your pass: 4821337A is ready",
		"Pass: A9RNP205M",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePassport), text)
	}
	wantValue(t, d, "Reisepass: 48213377", TypePassport, "48213377")
}

// TestIMEIGroupsOfSession31 checks IMEIs grouped as phones and their
// boxes print them (2-6-6-1, 8/6/1), with or without the word IMEI, as
// the identifiers set of session 31 (BA) wrote them; a card's grouping,
// a number failing Luhn and mixed separators stay out.
func TestIMEIGroupsOfSession31(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeIMEI, []textValue{
		{"The GPS tracker (IMEI 86-088905-259063-0) stopped reporting", "86-088905-259063-0"},
		{"el imei es 35290611/529473/0, podéis bloquearlo?", "35290611/529473/0"},
		{"dialing *#06# shows 35-846310-798560-6", "35-846310-798560-6"},
		{"please add 35 404011 875282 1 to my insurance policy", "35 404011 875282 1"},
	}, []string{
		"please add 35 404011 875282 2 to my insurance policy",
		"shows 35-846310 798560-6",
		"ref 3540 4011 8752 821",
	})
}

// TestVINAfterCarWordsOfSession31 checks VINs after a word for a car in
// the chat languages, as the identifiers set of session 31 (BA) wrote
// them; the shape after other words stays out.
func TestVINAfterCarWordsOfSession31(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeVIN, []textValue{
		{"the car JTDNY5U102K055246 is registered to someone else", "JTDNY5U102K055246"},
		{"the connected car app lost my vehicle 4T1D4E9K59J189240 after the update", "4T1D4E9K59J189240"},
		{"Das Fahrzeug WBAB0YDS9JR471387 steht in der Werkstatt", "WBAB0YDS9JR471387"},
	}, []string{
		"session id ENA0K7SE18GX70587 expired",
		"the build JTDNY5U102K055246 failed",
	})
}

// TestLanguagesAndPolishGreetingsOfSession31 checks languages named as
// such ("the invoice in English instead of German", "in English or
// German") and Polish greetings and sign-offs, as the imitation set of
// session 31 (BC) wrote them: neither is a nationality or a person; a
// nationality before a noun stays one.
func TestLanguagesAndPolishGreetingsOfSession31(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Customer: Can I get the invoice in English instead of German?",
		"can i get the invoice in english instead of german?",
		"is the manual in English or German?",
	} {
		assert.Empty(t, detect(t, d, text), text)
	}
	wantValue(t, d, "I prefer German law", TypeNRP, "German")
	wantValue(t, d, "Cześć, tu Duc Novotná. Mail: duc@example.pl", TypePerson, "Duc Novotná")
	wantValue(t, d, "Pozdrawiam, Krzysztof Jabłoński", TypePerson, "Krzysztof Jabłoński")
	// A greeting is no cue of a name: the Polish words after it, which
	// the lists do not know, would read as one.
	assert.Empty(t, valuesOf(t, d, "cześć, numer konta do zwrotu: PL54576297196267283414409377", TypePerson))
}

// TestKeyedZipOfSession31 checks postcodes that a key of data names, in
// JSON, logfmt and XML, as the logs set of session 31 (BB) pasted them;
// a key that names some other code stays out.
func TestKeyedZipOfSession31(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeZipCode, []textValue{
		{`{"street": "12 Main St", "city": "Springfield", "zip": "62704"}`, "62704"},
		{`{"line1": "Hauptstr. 5", "postal_code": "79096", "city": "Freiburg"}`, "79096"},
		{`msg="AVS mismatch" billing_zip=79225 status=declined`, "79225"},
		{`<City>Miami</City><PostalCode>33008</PostalCode>`, "33008"},
		{`"zip_code": "3097 BJ",`, "3097 BJ"},
	}, []string{
		`"order_code": "79096",`,
		`"code": "79096",`,
		`https://shop.example/?zip=79096`,
	})
}

// TestSpanishGroupsAndGermanMobileSlashOfSession31 checks Spanish numbers
// grouped as Spain writes them (3-2-2-2, 2-3-2-2) and German mobiles with
// a slash after their network's prefix, without a phone word, as the
// imitation set of session 31 (BC) wrote them; an amount, a run of one
// digit and a reference with a slash stay out.
func TestSpanishGroupsAndGermanMobileSlashOfSession31(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"Done - 699 53 79 89 has been replaced on your account.", "699 53 79 89"},
		{"Updated profile: Declan Fletcher / Calle Mayor 5, 28013 Madrid / 716 72 43 29 / card on file", "716 72 43 29"},
		{"la oficina: 91 427 38 15, de lunes a viernes", "91 427 38 15"},
		{"Antoine Lemoine at Ahornweg 34, 70401 Stuttgart (0172/13234211) paid", "0172/13234211"},
	}, []string{
		"el total es 699 53 79 89 €",
		"the code 111 11 11 11",
		"Rechnung 0172/13234211",
		"Aktenzeichen 0412/13234211",
	})
}

// TestFrenchAInStreetNameOfSession31 checks the French "à" inside a
// street's name ("rue du Four à Chaux"), as the imitation set of session
// 31 (BC) wrote it; before a known town it says where the street is and
// stays out of the street.
func TestFrenchAInStreetNameOfSession31(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "We just moved to 17 rue du Four à Chaux, 37300 Tours, can u change it?", TypeStreetAddress, "17 rue du Four à Chaux, 37300 Tours")
	wantValue(t, d, "Nouvelle adresse : 59 rue du Four à Chaux, 13014 Marseille", TypeStreetAddress, "59 rue du Four à Chaux, 13014 Marseille")
	wantValue(t, d, "rendez-vous au 12 rue de la Paix à Paris demain", TypeStreetAddress, "12 rue de la Paix")
}

// session31Seeds are FuzzDetect's seeds for the readers of session 31,
// whole and cut short: a camel key before a spaced '=', "pass" after an
// account's word and under a user's line, grouped IMEIs, a cookie
// header, a postcode under a key, Spanish and German phone groupings,
// the French "à" in a street.
var session31Seeds = []string{
	"const authToken = 'q8Zr2LmX9vTp4KwY7nBc';",
	"authToken :=",
	" =",
	"the admin pass is Hunter2024!",
	"user: jdoe\nPass: ",
	"\npass:",
	"IMEI 86-088905-259063-0",
	"35290611/529473/",
	"Cookie: sid=adgZ6vifYHAkmPttrTHUKnOQCxiV78PP; Path=/",
	"Set-Cookie:",
	"Cookie: ;=;",
	`{"postal_code": "79096"}`,
	"<PostalCode>3",
	"Done - 699 53 79 89 has",
	"(0172/13234211)",
	"17 rue du Four à Chaux, 37300 Tours",
	"rue du Four à",
}

// textValue is a text and the value a test wants found in it.
type textValue struct{ text, value string }

// wantFound asserts that each text of found reports exactly its value
// as typ, and that no text of none reports anything as typ.
func wantFound(t *testing.T, d *Engine, typ string, found []textValue, none []string) {
	t.Helper()
	for _, c := range found {
		wantValue(t, d, c.text, typ, c.value, c.text)
	}
	for _, text := range none {
		assert.Empty(t, valuesOf(t, d, text, typ), text)
	}
}
