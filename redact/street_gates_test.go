package redact

import "testing"

// b2Scanner returns a scanner over text with the default gazetteer, as
// recognize sets one up before findAddresses, and the token of text
// that is word.
func b2Scanner(t *testing.T, text, word string) (*entScanner, int) {
	t.Helper()
	s := newEntScanner()
	s.emitFn, s.mask, s.g = func(Finding) {}, stNames|stAddresses, theGazetteer()
	s.text = text
	s.toks, s.all = entTokenize(text, s.toks)
	s.nextDig, s.digNL, s.houseK = 0, -1, -1
	s.techA, s.techB = 0, -1
	s.casedText = true
	for i, tok := range s.toks {
		if text[tok.s:tok.e] == word {
			return s, i
		}
	}
	t.Fatalf("%q: no token %q", text, word)
	return nil, 0
}

// TestStreetFromWordGates: streetFromWord still reads a street of each
// form that may start at a word before a word in lower case or a comma,
// which its first gate sends to streetWordLeads, and of each form that
// reaches its last form's gate; the words that name no street are
// ruled out there. With the gates taken out, the same streets are read.
func TestStreetFromWordGates(t *testing.T) {
	for _, c := range []struct {
		text, word, want string // want: the street, or "" for none
	}{
		// A word in lower case after the word.
		{"Die Adresse ist An der Alster 12, 20099 Hamburg.", "An", "An der Alster 12"}, // German preposition
		{"Moro na Rua do Carmo 5, Lisboa.", "Rua", "Rua do Carmo 5"},                   // designator
		{"Calle de Alcalá 45, Madrid", "Calle", "Calle de Alcalá 45"},
		{"send it to Carmo do Sul 12, 1200-001 Lisboa", "Carmo", "Carmo do Sul 12"}, // an address cue before
		// A comma after the word.
		{"consegnato in Via Cavour, 87.", "Via", "Via Cavour, 87"},
		// A number or a capitalised word after the word: the forms before
		// the last, and the last one after a designator, a cue or with a
		// "Jr".
		{"Hauptstraße 24, 10115 Berlin", "Hauptstraße", "Hauptstraße 24"},
		{"Damrak 1, 1012 LG Amsterdam", "Damrak", "Damrak 1"},
		{"Berliner Platz 3, 48143 Münster", "Berliner", "Berliner Platz 3"},
		{"Avenida Paulista 1000, São Paulo", "Avenida", "Avenida Paulista 1000"},
		{"Martin Luther King Jr Blvd 5", "Martin", "Martin Luther King Jr Blvd 5"},
		// No street: the gates say so before the forms are read.
		{"My bank details are 5 lines long", "My", ""},
		{"I have 3 devices on the plan", "I", ""},
		{"I'm on Firefox 126.", "Firefox", ""},
		{"born 19 November 1954.", "November", ""},
		{"Customer Zoë Lopez, 150 Kings Road", "Zoë", ""},
	} {
		s, i := b2Scanner(t, c.text, c.word)
		a, e, _ := s.streetFromWord(i)
		got := ""
		if e > 0 {
			got = c.text[s.toks[a].s:s.toks[e-1].e]
		}
		if got != c.want {
			t.Errorf("%q at %q: street %q, want %q", c.text, c.word, got, c.want)
		}
	}
}

// TestStreetWordLeads: each of the three leads of streetFromWord's last
// form, and words that have none.
func TestStreetWordLeads(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"Rua do Carmo 5", "Rua", true},                             // a designator
		{"via roma 10", "via", true},                                // in lower case
		{"ship to Green Park 5", "Green", true},                     // an address cue
		{"Address: Green Park 5", "Green", true},                    // past its colon
		{"I live at Green Park 5", "Green", true},                   // "at", a weak one
		{"Martin Luther King Jr Blvd 5", "Martin", true},            // a "Jr"
		{"John F. Kennedy Jr. Ave. 12", "John", true},               // past an initial
		{"Martin Luther King said 5 things", "Martin", false},       // no "Jr"
		{"Martin Luther, King Jr Blvd 5", "Martin", false},          // a comma first
		{"My bank details are 5 lines", "My", false},                // none
		{"The card number I entered was 2668", "The", false},        // none
		{"refund to IBAN ES86 8425", "IBAN", true},                  // "to" may end one ("ship to"): a lead, and no street
		{"Customer Elizabeth Brown, 9835 Oak Road", "Brown", false}, // a name's word before
	} {
		s, i := b2Scanner(t, c.text, c.word)
		if got := s.streetWordLeads(i); got != c.want {
			t.Errorf("%q at %q: streetWordLeads %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

// TestZipCueBeforeNumber: findAddresses reads a postcode's cue at the
// token before a number, by that token's kind: a word, the word before
// a ':' (cueWordAt), or a key of data's mark ('=', a quote).
func TestZipCueBeforeNumber(t *testing.T) {
	none := []string{"ZIP_CODE"}
	checkSoftCases(t, []softCase{
		{text: "ZIP 94103 please", want: []string{"ZIP_CODE=94103"}},
		{text: "Zip code: 94103", want: []string{"ZIP_CODE=94103"}},
		{text: "zip=94103", want: []string{"ZIP_CODE=94103"}},
		{text: `{"zip": "94103"}`, want: []string{"ZIP_CODE=94103"}},
		{text: "order 94103 shipped", none: none},
		{text: "+1 415 94103", none: none},
	})
}
