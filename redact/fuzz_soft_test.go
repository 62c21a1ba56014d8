package redact

import (
	"strings"
	"testing"
)

// softPieces are the words and marks FuzzSoftShapes builds texts from:
// the pieces of addresses and names the soft recognizer reads, so that
// the fuzzer reaches its deep shapes (a house number, a street word, a
// designator, a unit, a town, a postcode, a colonia...) far more often
// than with random bytes, and ends texts inside them. All values are
// invented. The order is part of the seeds' encoding: append, do not
// reorder.
var softPieces = []string{
	// 0: separators; softGlue joins the next piece without a space.
	softGlue, ",", "\n", ":", "-", "/", "(", ")", ".", ";", "#", "&", "\n\n", "'", "\"", "–",
	// 16: single letters and digits, and a party's role (nameAfterLead)
	"A", "B", "C", "D", "E", "N", "S", "W", "a", "b", "c", "Payee", "0", "1", "2", "9",
	// 32: house numbers and their additions
	"12", "7", "221B", "1509", "000", "0000", "88-III", "231bis", "12a", "18/264", "5-1", "2º", "nº", "n.º", "bis", "312",
	// 48: street words
	"Main", "Oak", "Station", "Holly", "Westgate", "Eagle", "Crest", "Park", "View", "Broadway", "45th", "Karl", "Rose", "Mill", "Jan", "TO",
	// 64: designators
	"Street", "St", "St.", "Road", "Rd", "Avenue", "Ave", "Lane", "Way", "Pl", "Court", "Close", "Mews", "Approach", "Paddocks", "Cottage",
	// 80: designators of other countries
	"rue", "Rue", "des", "de", "du", "la", "Via", "XX", "Calle", "Rua", "Avenida", "Carrer", "Carrera", "Cra.", "Hauptstraße", "Weidenweg",
	// 96
	"Steenstraat", "Galenstraat", "laan", "gate", "vej", "Am", "Markt", "an", "der", "van", "utca", "u.", "Col.", "Colonia", "Centro", "Bairro",
	// 112: units, floors and boxes
	"Unit", "Apt", "Apartment", "Flat", "Suite", "Bât.", "Appt", "bus", "Top", "piano", "scala", "OG", "EG", "links", "étage", "hs",
	// 128
	"hoog", "Postfach", "PO", "Box", "P.O.", "P", "O", "BP", "B.P.", "RR", "HC", "TSA", "Cedex", "em.", "ajtó", "Esq.",
	// 144: towns
	"Springfield", "London", "Dublin", "Berlin", "Paris", "Rostock", "Torino", "Amsterdam", "Sevilla", "Guelph", "Provo", "Leeds", "upon", "Tyne", "Penzance", "Cornwall",
	// 160: towns, roles (nameAfterLead)
	"Budapest", "Lagos", "State", "Jalisco", "CDMX", "Bogotá", "Oslo", "Member", "Registering", "Recipient", "Patient", "Boise", "Austin", "Frankfurt", "am", "Newcastle",
	// 176: states and postcodes
	"IL", "TX", "ID", "ON", "NY", "SA", "62704", "78715", "10036", "SW3", "4RP", "E86AW", "D02", "X4Y2", "4937", "N1H",
	// 192
	"9J5", "1063BJ", "1063", "BJ", "10115", "D-10115", "B-9000", "75013", "08021", "06700", "C.P.", "12345-6789", "1051", "01000-000", "T12", "AB1C",
	// 208: titles, given names, surnames
	"Mr", "Mrs", "Dr.", "Ms.", "Sarah", "Anna", "James", "Pieter", "Efua", "Luz", "Berg", "Nakashima", "O'Neil", "da", "Silva", "Blanco",
	// 224: cues
	"my name is", "I am", "I'm", "Ship to", "ship to:", "Sincerely", "Regards", "Thanks", "Best", "Dear", "Name:", "Address:", "Lieferadresse", "I live at", "je m'appelle", "me llamo",
	// 240
	"Soy", "call me", "from", "at", "in", "on", "to", "and", "the", "House", "Hi", "Tel", "born", "ACME", "Ltd", "GmbH",
}

// softGlue is the piece that joins the next piece to the text without a
// space ("12,Main", "D02X4Y2").
const softGlue = "\x00glue"

// softShapeText builds FuzzSoftShapes's text: the first byte sets the case
// (as listed, lower, upper), each further byte picks a piece. Pieces are
// joined by a space, except marks that close ("," ")" ":") and what
// follows softGlue.
func softShapeText(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	mode, b := b[0]%3, b[1:]
	if len(b) > 48 {
		b = b[:48] // enough for a letter head; keeps each run short
	}
	var sb strings.Builder
	glue := true
	for _, c := range b {
		p := softPieces[int(c)%len(softPieces)]
		if p == softGlue {
			glue = true
			continue
		}
		switch p {
		case ",", ")", ":", ".", ";", "\n", "\n\n":
			glue = true
		}
		if !glue {
			sb.WriteByte(' ')
		}
		sb.WriteString(p)
		glue = p == "\n" || p == "\n\n" || p == "(" || p == "/"
	}
	switch mode {
	case 1:
		return strings.ToLower(sb.String())
	case 2:
		return strings.ToUpper(sb.String())
	}
	return sb.String()
}

// FuzzSoftShapes builds texts from the pieces of addresses and names
// (softPieces) and checks what FuzzDetect checks: no panic, spans inside
// the text on character boundaries, sorted, not overlapping, and the same
// each time. Its seeds (testdata/fuzz/FuzzSoftShapes) are shapes of
// addresses, signatures and introductions, cut at their ends.
func FuzzSoftShapes(f *testing.F) {
	d, err := NewDetector(WithTypes(allKnownTypes(f)...))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		checkDetect(t, d, softShapeText(b))
	})
}
