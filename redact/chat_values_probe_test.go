package redact

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Structured values in support-chat text as customers type it: lower
// case, glued punctuation, brackets, quotes, JSON, emoji, several
// languages. Every value is invented; those with a checksum pass it.

// chatValueFound are lines whose value must be found with its type.
var chatValueFound = []struct{ text, typ, value string }{
	// Phone numbers.
	{"customer: call me on 0171 2345678 pls", TypePhoneNumber, "0171 2345678"},
	{"my number is (555) 201-4477 thx", TypePhoneNumber, "(555) 201-4477"},
	{"u can reach me at +44 7700 900123!!", TypePhoneNumber, "+44 7700 900123"},
	{"tel:+33612345678", TypePhoneNumber, "+33612345678"},
	{"whatsapp +49-151-23456789 😀", TypePhoneNumber, "+49-151-23456789"},
	{"mobile: 06 12 34 56 78.", TypePhoneNumber, "06 12 34 56 78"},
	{"ring me on +44 (0)20 7946 0958 tomorrow", TypePhoneNumber, "+44 (0)20 7946 0958"},
	{"phone=+1-415-555-0132", TypePhoneNumber, "+1-415-555-0132"},
	{"{\"name\": \"x\",\n  \"phone\": \"+31 6 12345678\"}", TypePhoneNumber, "+31 6 12345678"},
	{"Telefon: 030/12345678", TypePhoneNumber, "030/12345678"},
	{"llámame al 612 345 678", TypePhoneNumber, "612 345 678"},
	{"mi trovi al 347 123 4567", TypePhoneNumber, "347 123 4567"},
	{"pode ligar para o telemóvel 912 345 678", TypePhoneNumber, "912 345 678"},
	{"bel me op 06-12345678 aub", TypePhoneNumber, "06-12345678"},
	{"(+39) 347 123 4567", TypePhoneNumber, "(+39) 347 123 4567"},
	{"call 415.555.0132 after 5pm", TypePhoneNumber, "415.555.0132"},
	{"phone [+1 212 555 0199]", TypePhoneNumber, "+1 212 555 0199"},
	{"my cell is 2125550199", TypePhoneNumber, "2125550199"},
	{"contact: 0044 20 7946 0958", TypePhoneNumber, "0044 20 7946 0958"},
	{"numéro: 07 98 76 54 32", TypePhoneNumber, "07 98 76 54 32"},
	{"Handy 0151-23456789, ab 18 Uhr", TypePhoneNumber, "0151-23456789"},
	{"'+34 612 34 56 78'", TypePhoneNumber, "+34 612 34 56 78"},
	// Cards.
	{"card 4526 0181 5908 3012 exp 09/27", TypeCreditCard, "4526 0181 5908 3012"},
	{"cc#4661318609139090", TypeCreditCard, "4661318609139090"},
	{"my mastercard: 5196-0308-2462-8192.", TypeCreditCard, "5196-0308-2462-8192"},
	{"(5548 2199 3518 1903)", TypeCreditCard, "5548 2199 3518 1903"},
	{"amex 3732 319487 57497", TypeCreditCard, "3732 319487 57497"},
	{"{\"card\":\"6011955597971141\"}", TypeCreditCard, "6011955597971141"},
	{"diners 3056 7104 9746 56", TypeCreditCard, "3056 7104 9746 56"},
	{"diners card 3607 529170 3429", TypeCreditCard, "3607 529170 3429"},
	{"jcb 3530366712768421 😬", TypeCreditCard, "3530366712768421"},
	{"Karte: 2221 9378 6579 7544", TypeCreditCard, "2221 9378 6579 7544"},
	{"tarjeta 4684656321228", TypeCreditCard, "4684656321228"},
	{"[4526018159083012]", TypeCreditCard, "4526018159083012"},
	{"Customer: my card 3056 9309 0259 04", TypeCreditCard, "3056 9309 0259 04"},
	{"{\"pan\": \"3607-5291-7034-29\",\n \"exp\": \"09/27\"}", TypeCreditCard, "3607-5291-7034-29"},
	// E-mail addresses.
	{"email me at jane.doe@example.com!", TypeEmailAddress, "jane.doe@example.com"},
	{"mail:j.smith@mail.de", TypeEmailAddress, "j.smith@mail.de"},
	{"<max.mustermann@beispiel.de>", TypeEmailAddress, "max.mustermann@beispiel.de"},
	{"(anna_b@example.org)", TypeEmailAddress, "anna_b@example.org"},
	{"'tom+shop@example.co.uk'", TypeEmailAddress, "tom+shop@example.co.uk"},
	{"{\"email\":\"li.wei@example.cn\"}", TypeEmailAddress, "li.wei@example.cn"},
	{"JOHN.DOE@EXAMPLE.COM pls update", TypeEmailAddress, "JOHN.DOE@EXAMPLE.COM"},
	{"mi correo es maria.garcia@ejemplo.es 😊", TypeEmailAddress, "maria.garcia@ejemplo.es"},
	{"john.doe at example dot com", TypeEmailAddress, "john.doe at example dot com"},
	{"jane (at) example (dot) org", TypeEmailAddress, "jane (at) example (dot) org"},
	{"j.smith [at] mail [dot] de", TypeEmailAddress, "j.smith [at] mail [dot] de"},
	{"write to pierre.dupont AT exemple DOT fr", TypeEmailAddress, "pierre.dupont AT exemple DOT fr"},
	{"my email is jdoe at example dot com", TypeEmailAddress, "jdoe at example dot com"},
	{"meine mail: k_weber at web dot de", TypeEmailAddress, "k_weber at web dot de"},
	// IBANs.
	{"iban DE89 3704 0044 0532 0130 00", TypeIBAN, "DE89 3704 0044 0532 0130 00"},
	{"IBAN:DE44500105175407324931", TypeIBAN, "DE44500105175407324931"},
	{"mon rib FR14 2004 1010 0505 0001 3M02 606", TypeIBAN, "FR14 2004 1010 0505 0001 3M02 606"},
	{"cuenta ES91 2100 0418 4502 0005 1332.", TypeIBAN, "ES91 2100 0418 4502 0005 1332"},
	{"rekening NL91ABNA0417164300 graag", TypeIBAN, "NL91ABNA0417164300"},
	{"GB82 WEST 1234 5698 7654 32", TypeIBAN, "GB82 WEST 1234 5698 7654 32"},
	{"conta PT50 0002 0123 1234 5678 9015 4", TypeIBAN, "PT50 0002 0123 1234 5678 9015 4"},
	{"\"iban\": \"IT60X0542811101000000123456\"", TypeIBAN, "IT60X0542811101000000123456"},
	// US social security numbers.
	{"ssn 536-22-8726", TypeUSSSN, "536-22-8726"},
	{"my social is 536 22 8726", TypeUSSSN, "536 22 8726"},
	{"SSN:412-56-7390.", TypeUSSSN, "412-56-7390"},
	// Addresses on the network.
	{"server ip 192.168.10.24", TypeIPAddress, "192.168.10.24"},
	{"connecting from 10.0.0.5:8080", TypeIPAddress, "10.0.0.5"},
	{"ip=203.0.113.7)", TypeIPAddress, "203.0.113.7"},
	{"ipv6 2001:db8::ff00:42:8329", TypeIPAddress, "2001:db8::ff00:42:8329"},
	{"mac 00:1A:2B:3C:4D:5E", TypeMACAddress, "00:1A:2B:3C:4D:5E"},
	// Secrets.
	{"token ghp_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CP", TypeGitHubToken, "ghp_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CP"},
	{"\"key\":\"sk_live_VNPkNa1Hedcm4pMbXDuCL1mH\"", TypeStripeKey, "sk_live_VNPkNa1Hedcm4pMbXDuCL1mH"},
	{"slack: xoxb-347017468145-384019161461-9b2Rann76dEyTzAeKOmXRrvf 🙏", TypeSlackToken, "xoxb-347017468145-384019161461-9b2Rann76dEyTzAeKOmXRrvf"},
	{"(AKIATVA2HIPGAD57LM4M)", TypeAWSAccessKey, "AKIATVA2HIPGAD57LM4M"},
	{"aws secret: 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", TypeAWSSecretKey, "q1XoY1BaIMcAxYmfsB4HbQLXjjlAFbVV6q9rXxtN"},
	{"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq is my wallet", TypeCrypto, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"},
	// National identifiers and dates of birth.
	{"Steuer-ID: 12345678903", "DE_TAX_ID", "12345678903"},
	{"Steuernummer 9181081508155", "DE_TAX_NUMBER", "9181081508155"},
	{"meine steuernummer: 2893081508152", "DE_TAX_NUMBER", "2893081508152"},
	{"St.-Nr. 93815/08152", "DE_TAX_NUMBER", "93815/08152"},
	{"Steuernummer 0281508150123", "DE_TAX_NUMBER", "0281508150123"},
	{"St.-Nr. 181/815/08155 bitte", "DE_TAX_NUMBER", "181/815/08155"},
	{"born 03.04.1980", TypeDateOfBirth, "03.04.1980"},
	{"dob: 1980-04-03", TypeDateOfBirth, "1980-04-03"},
	{"IMEI 490154203237518", TypeIMEI, "490154203237518"},
	{"pesel 44051401359", "PL_PESEL", "44051401359"},
	{"NINO: AB123456C", "UK_NINO", "AB123456C"},
	{"pls refund to card ending... nvm full no is 5196030824628192👍", TypeCreditCard, "5196030824628192"},
	{"my mail is anna.k at gmx dot de, thx", TypeEmailAddress, "anna.k at gmx dot de"},
	{"phone:(0)171-2345678", TypePhoneNumber, "171-2345678"},
	{"\"contact\": {\"tel\": \"+41 79 123 45 67\"}", TypePhoneNumber, "+41 79 123 45 67"},
}

// chatValueLookAlikes are lines whose value, in a shape a structured type
// takes, is none: nothing may be found on it.
var chatValueLookAlikes = []struct{ text, value string }{
	{"Customer: codes 01-02-03-04-05-06-07", "01-02-03-04-05-06-07"},
	{"error codes 12-14-17 again", "12-14-17"},
	{"pins 1-2-3-4", "1-2-3-4"},
	{"options 01-02-03-04-05", "01-02-03-04-05"},
	{"steps 10-20-30-40-50-60", "10-20-30-40-50-60"},
	{"sizes 36-38-40-42-44", "36-38-40-42-44"},
	{"factura número el 912 34 56 78", "912 34 56 78"},
	{"order no. the 5551234567", "5551234567"},
	{"Rechnung Nr. die 030 12345678", "030 12345678"},
	{"numéro de commande le 06 12 34 56 78", "06 12 34 56 78"},
	{"pedido número el 612 345 678", "612 345 678"},
	{"ordine numero il 347 123 4567", "347 123 4567"},
	{"bestelling nummer het 06 12345678", "06 12345678"},
	{"encomenda número o 912 345 678", "912 345 678"},
	{"Bestellung Nummer: 0171 2345678", "0171 2345678"},
	{"commande numéro 06 12 34 56 78", "06 12 34 56 78"},
	{"invoice number is the 5551234567", "5551234567"},
	{"look at example dot com", "at example dot com"},
	{"meet at home dot", "at home dot"},
	{"at the dot", "at the dot"},
	{"look at google dot com for it", "at google dot com"},
	{"it's at the office dot com site", "at the office dot com"},
	{"order #4155550132 not arrived", "4155550132"},
	{"tracking 1Z999AA10123456784", "1Z999AA10123456784"},
	{"ticket INC0012345 still open", "INC0012345"},
	{"price €1.299,00 incl. vat", "1.299,00"},
	{"total $1,234.56 charged twice", "1,234.56"},
	{"slot 10:30-11:45 works", "10:30-11:45"},
	{"delivered 2024-03-15", "2024-03-15"},
	{"ordered on 15.03.2024", "15.03.2024"},
	{"app version 2.14.3", "2.14.3"},
	{"windows build 10.0.19041.3636", "10.0.19041.3636"},
	{"SKU WDG-2024-BLU-42", "WDG-2024-BLU-42"},
	{"colour #1a2b3c please", "#1a2b3c"},
	{"commit 3f4e5d6c7b8a broke it", "3f4e5d6c7b8a"},
	{"serial SN-4021-7788-1123", "SN-4021-7788-1123"},
	{"ISBN 978-3-16-148410-0", "978-3-16-148410-0"},
	{"EAN 4006381333931 on the box", "4006381333931"},
	{"hours 08:00-20:00 mon-fri", "08:00-20:00"},
	{"see pages 120-135", "120-135"},
	{"qty 3 x 12.99", "12.99"},
	{"lat 40.7128 lon -74.0060", "40.7128 lon -74.0060"},
	{"ref 2024/03/15-0042", "2024/03/15-0042"},
	{"invoice 2024-000123", "2024-000123"},
	{"case 00123456", "00123456"},
	{"ticket #884213", "884213"},
	{"timestamp 1710498151123", "1710498151123"},
	{"uuid 7f3b9c2e-1a4d-4e8f-9b6a-2c5d8e1f3a7b", "7f3b9c2e-1a4d-4e8f-9b6a-2c5d8e1f3a7b"},
	{"rgb(255, 128, 0)", "255, 128, 0"},
	{"the #FF5733 one", "#FF5733"},
	{"screen 1920x1080", "1920x1080"},
	{"10-12 business days", "10-12"},
	{"dimensions 120x60x75 cm", "120x60x75"},
	{"card ending in 4242", "4242"},
	{"AWB 176-12345675", "176-12345675"},
	{"flight LH 1234 delayed", "LH 1234"},
	{"PNR X7K9QZ", "X7K9QZ"},
	{"booking 8472619305", "8472619305"},
	{"lottery 04 11 23 35 42 49", "04 11 23 35 42 49"},
	{"order 0612345678", "0612345678"},
	{"Bestellnummer: 0171 2345678", "0171 2345678"},
	{"n° de commande 06.12.34.56.78", "06.12.34.56.78"},
	{"referencia: 612-345-678", "612-345-678"},
	{"fattura n. 02 1234 5678", "02 1234 5678"},
	{"factuur 020-1234567", "020-1234567"},
	{"serial no. 4526 0181 5908 3013", "4526 0181 5908 3013"},
	{"test card 4111 1111 1111 1112 fails", "4111 1111 1111 1112"},
	{"ticket 2024031512345", "2024031512345"},
	{"os 14.3.1 on mac", "14.3.1"},
	{"RAM DDR4-3200 16GB", "DDR4-3200"},
	{"chapter 3.1.2.4", "3.1.2.4"},
	{"color 0x1F2E3D", "0x1F2E3D"},
	{"build 22631.3296", "22631.3296"},
	{"error 0x80070005", "0x80070005"},
	{"part no. 9181-0815-08", "9181-0815-08"},
	{"steps: 1) 2) 3)", "1) 2) 3)"},
	{"rooms 101, 102, 103, 104, 105", "101, 102, 103, 104, 105"},
	{"table 12-14-16-18-20-22", "12-14-16-18-20-22"},
	{"answers 1-3-2-4-1-3-2", "1-3-2-4-1-3-2"},
	{"shipment 00340434161234567895", "00340434161234567895"},
	{"model SM-G991B/DS", "SM-G991B/DS"},
	{"1/2/3/4/5 stars", "1/2/3/4/5"},
	{"final score 3-1-2", "3-1-2"},
	{"hex #00ff00 vs #0f0", "#00ff00 vs #0f0"},
	{"git sha 9fceb02d0ae598e95dc970b74767f19372d61af8", "9fceb02d0ae598e95dc970b74767f19372d61af8"},
	{"we are at this point com-pletely lost", "at this point com"},
	{"Aktenzeichen 93815/08152", "93815/08152"},
	{"barcode 9181081508155", "9181081508155"},
	{"ref 3056 9309 0259 05", "3056 9309 0259 05"},
}

// detectValue runs d over text and returns the findings and where value
// stands in text.
func detectValue(t *testing.T, d *Engine, text, value string) (start, end int, fs []Finding) {
	t.Helper()
	start = strings.Index(text, value)
	require.GreaterOrEqual(t, start, 0, text)
	return start, start + len(value), detect(t, d, text)
}

func TestChatValueProbeFound(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range chatValueFound {
		start, end, fs := detectValue(t, d, c.text, c.value)
		ok := false
		for _, f := range fs {
			ok = ok || f.Type == c.typ && f.Start <= start && f.End >= end
		}
		assert.True(t, ok, "%s not found in %q: %v", c.typ, c.text, fs)
	}
}

func TestChatValueProbeLookAlikes(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range chatValueLookAlikes {
		start, end, fs := detectValue(t, d, c.text, c.value)
		for _, f := range fs {
			assert.False(t, f.Start < end && f.End > start, "%q: %s on %q", c.text, f.Type, c.text[f.Start:f.End])
		}
	}
}
