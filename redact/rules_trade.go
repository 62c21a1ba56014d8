package redact

import "strings"

// Identifiers that a courier's, a customs broker's or a vet's support
// asks for: a trader's EORI number and a pet's microchip.

// TypeEORI is the Economic Operators Registration and Identification
// number that the EU's and the UK's customs give whoever imports or
// exports: the country's code and up to fifteen letters and digits, often
// the trader's VAT or tax number ("GB621685245000", "DE4827193",
// "FR44756923700012"). A sole trader's or a private importer's names a
// person.
const TypeEORI = "EU_EORI"

// TypePetMicrochip is the fifteen-digit number of an animal's microchip
// (ISO 11784): a country's or a maker's three digits, then the animal's.
// A pet registry turns it into the owner's name, address and phone.
const TypePetMicrochip = "PET_MICROCHIP"

// eoriWords name an EORI number; the value is found only after one, as
// its shape is a VAT number's and a reference's.
var eoriWords = []string{"eori", "eori number", "eori no", "eori-nummer", "eori nummer", "numéro eori", "n° eori",
	"número eori", "numero eori"}

// microchipWords name a pet's chip in the chat languages; fifteen digits
// are an IMEI's length too, and a card's and an order's near it.
var microchipWords = []string{"microchip", "micro-chip", "microchipped", "chip", "chip no", "chip number", "chipnummer",
	"chip-nummer", "transponder", "transpondernummer", "puce", "numéro de puce", "pucé", "pucée", "microchippato",
	"microchippata", "gechipt", "número de chip", "numero de chip", "numero di microchip",
	// A horse's Universal Equine Life Number, fifteen digits too when its
	// database is a chip registry's; German's abbreviations (session 76).
	"ueln", "transpondernr", "chipnr"}

var tradeRules = []Rule{
	{
		Name: "eu_eori",
		Type: TypeEORI,
		// The country's code in capitals, glued to five to fifteen
		// capitals and digits; validEORI wants five digits among them.
		Pattern:        `(?:\A|[^\w])(?P<v>(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI|CH|NO)[0-9A-Z]{5,15})\b`,
		Score:          0.7,
		Validate:       validEORI,
		Keywords:       eoriWords,
		Context:        eoriWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "they want an EORI, is it GB621685245000?", Want: "GB621685245000"},
			{Text: "bin Kleinunternehmer – EORI DE4827193, die Sendung hängt", Want: "DE4827193"},
			{Text: "Je suis auto-entrepreneur, n° EORI FR44756923700012", Want: "FR44756923700012"},
			{Text: "Revenue says my EORI is IE2144693RA (same as my PPS)", Want: "IE2144693RA"},
			// No EORI word; too few digits; a country no customs union has.
			{Text: "invoice GB621685245000 attached", Want: ""},
			{Text: "EORI GBABCDEF12", Want: ""},
			{Text: "EORI US621685245000", Want: ""},
		},
	},
	{
		Name: "pet_microchip",
		Type: TypePetMicrochip,
		// Fifteen digits in one run or in groups after the country's
		// three: five threes, or as registries and readers print them
		// ("276 0981 0224 7716", "276 09 8100 419 227"); validMicrochip
		// counts the fifteen.
		Pattern:        numStart + `(?P<v>\d{15}|\d{3}(?: \d{2,4}){3,5})\b`,
		Score:          0.7,
		Validate:       validMicrochip,
		Keywords:       microchipWords,
		Context:        microchipWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Milo needs his rabies cert re-issued, microchip 985112968948269. Owner: Brianna Holt", Want: "985112968948269"},
			{Text: "Il microchip di Birba è 941 000 934 176 027, registrato a nome di mio marito", Want: "941 000 934 176 027"},
			{Text: "unser Kater frisst nicht. Chipnummer 276098106051868", Want: "276098106051868"},
			{Text: "Puce : 250269483000657. Propriétaire Chloé Rousseau", Want: "250269483000657"},
			{Text: "Chipnummer ist 276 0981 0224 7716, bei Tasso registriert", Want: "276 0981 0224 7716"},
			{Text: "Katze zugelaufen, Chip gelesen: 276 09 8100 419 227. Besitzer bitte melden", Want: "276 09 8100 419 227"},
			{Text: "Horse passport UELN 826002140198734, the mare is Dancing Queen", Want: "826002140198734"},
			{Text: "Transpondernr. 276098106682315. Halterin: Anja Berghoff", Want: "276098106682315"},
			// No chip word; fourteen digits; a test chip's 999.
			{Text: "order 985112968948269 shipped", Want: ""},
			{Text: "microchip 98511296894826", Want: ""},
			{Text: "microchip 999112968948269", Want: ""},
			{Text: "chip 276 0981 0224 771", Want: ""},
		},
	},
}

// validEORI checks an EORI number's shape beyond the pattern's: five
// digits or more after the country's code.
func validEORI(m string) bool {
	n := 0
	for i := 2; i < len(m); i++ {
		if isDigit(m[i]) {
			n++
		}
	}
	return n >= 5
}

// validMicrochip checks a microchip's number: fifteen digits whose first
// three are a country's (ISO 3166, up to 899) or a maker's (900 to 998);
// "000" and the test chips' "999" name no animal.
func validMicrochip(m string) bool {
	d := strings.ReplaceAll(m, " ", "")
	return len(d) == 15 && d[:3] != "000" && d[:3] != "999"
}

func init() {
	register(tradeRules...)
}
