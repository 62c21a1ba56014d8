package redact

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestShoutedNames covers texts written in capitals: people are read as
// in lower case (particles, surnames the lists lack), while addresses,
// places and organisations keep what their capitals tell. The texts are
// made up.
func TestShoutedNames(t *testing.T) {
	checkSoftCases(t, []softCase{
		// Particles in capitals join the name as in lower case.
		{text: "MY NAME IS SARAH DA SILVA.", want: []string{"PERSON=SARAH DA SILVA"}},
		{text: "MY NAME IS PIETER VAN DER BERG, ORDER 5521.", want: []string{"PERSON=PIETER VAN DER BERG"}},
		{text: "my name is pieter van der berg, order 5521.", want: []string{"PERSON=pieter van der berg"}}, // two particles in lower case too
		{text: "THIS IS ANA DE LA CRUZ FROM ACME", want: []string{"PERSON=ANA DE LA CRUZ"}},
		{text: "HI, I'M KLAUS VON STEIN AND MY CARD WAS CHARGED TWICE", want: []string{"PERSON=KLAUS VON STEIN"}},
		// A surname no list holds after a cue.
		{text: "ACCOUNT HOLDER JAMES O'NEIL", want: []string{"PERSON=JAMES O'NEIL"}},
		{text: "> DEAR SUPPORT, I'M TEODOR BIANCHETTI AND I CAN'T LOG IN.", want: []string{"PERSON=TEODOR BIANCHETTI"}},
		// Addresses are read in capitals; "ß" has no capital in common
		// use and stays in a street's name written in capitals.
		{text: "PLEASE SHIP TO 12 MAIN STREET, SPRINGFIELD, IL 62704", want: []string{"STREET_ADDRESS=12 MAIN STREET, SPRINGFIELD, IL 62704"}},
		{text: "BONJOUR, JE M'APPELLE EFUA NAKASHIMA, J'HABITE EICHENDORFFSTRAßE 15, 18990 ROSTOCK.", want: []string{"PERSON=EFUA NAKASHIMA", "STREET_ADDRESS=EICHENDORFFSTRAßE 15, 18990 ROSTOCK"}},
		// Ordinary words in capitals are no people.
		{text: "MY CARD WAS CHARGED TWICE, PLEASE HELP ASAP", none: []string{TypePerson}},
		{text: "URGENT: THE ORDER STILL HAS NOT ARRIVED", none: []string{TypePerson}},
	})
}

// TestShoutedWhich checks which texts are read as written in capitals:
// the words written count, not the ones glued into pasted keys and links,
// nor acronyms in a text written in mixed case.
func TestShoutedWhich(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"MY NAME IS SARAH", true},
		{"> PLEASE CALL ME AT 555 0100", true},
		{"HI I CANNOT LOG IN, LINK: https://example.com/reset", true},
		{"STRIPE_SECRET_KEY=sk_live_abcdefghijklmnop", false}, // one word written
		{"MY IBAN IS WRONG, said Anna", false},                // a capitalised word
		{"my IBAN and SSN are WRONG", false},                  // three words in capitals, three in lower case
		{"HELLO THERE", false},                                // two words are too few to tell
		{"ÓSCAR ÁLVAREZ ÍÑIGUEZ HERE", true},
		{"Ó ÁLVAREZ IS MY NAME", true}, // an initial in capitals is no capitalised word
	} {
		s := &entScanner{}
		s.text = c.text
		s.toks, s.all = entTokenize(c.text, s.toks)
		assert.Equal(t, c.want, s.all&efAllCap != 0 && s.shouted(), "%q", c.text)
	}
}

// TestLowerIntoKeepsOffsets checks that the lower-case copy of a text in
// capitals keeps every byte offset and rune boundary: a finding in the
// copy is a finding in the text.
func TestLowerIntoKeepsOffsets(t *testing.T) {
	for _, text := range []string{
		"MY NAME IS SARAH DA SILVA",
		"ÉMILE ØSTERGÅRD, STRAßE 5",
		"İSTANBUL KELVIN \u212a ANGSTROM \u212b", // İ, K and Å signs lower to a rune of another length: kept
		"BAD \xff\xc3 BYTES \xe2\x82",
		"",
	} {
		low := string(lowerInto(nil, text))
		assert.Len(t, low, len(text), "%q", text)
		for i := 0; i < len(text); i++ {
			assert.Equal(t, utf8.RuneStart(text[i]), utf8.RuneStart(low[i]), "%q at %d", text, i)
		}
	}
	assert.Equal(t, "émile østergård, straße 5", string(lowerInto(nil, "ÉMILE ØSTERGÅRD, STRAßE 5")))
	assert.Equal(t, "bad \xff\xc3 bytes \xe2\x82", string(lowerInto(nil, "BAD \xff\xc3 BYTES \xe2\x82")))
	assert.Equal(t, "İstanbul", string(lowerInto(nil, "İSTANBUL")), "İ lowers to two runes: kept")
}

// TestShoutedSharpS checks that "ß" in a word in capitals leaves it in
// capitals, and in any other word changes nothing.
func TestShoutedSharpS(t *testing.T) {
	for _, c := range []struct {
		word string
		f    uint32
	}{
		{"STRAßE", efCap | efAllCap},
		{"Straße", efCap},
		{"straße", 0},
		{"ß", 0},
	} {
		toks, _ := entTokenize(c.word, nil)
		if assert.Len(t, toks, 1, c.word) {
			assert.Equal(t, etWord, toks[0].kind, c.word)
			assert.Equal(t, c.f, toks[0].f&(efCap|efAllCap), c.word)
		}
	}
}

// TestShoutedReview covers what a review of the reading in capitals
// found: given names that are also words after a cue ("MARK"), which
// lower case does not take; capitals whose lower case takes other bytes
// ("İ"), which left the copy looking capitalised; and the names-only
// recognizer, which reported the words of an address it does not report.
func TestShoutedReview(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "MY NAME IS MARK", want: []string{"PERSON=MARK"}},
		{text: "HI, I AM MARK JOHNSON AND MY CARD WAS CHARGED TWICE", want: []string{"PERSON=MARK JOHNSON"}},
		{text: "THIS IS BILL FROM ACCOUNTS", want: []string{"PERSON=BILL"}},
		{text: "BENİM ADIM AYŞE YILMAZ, YARDIMINIZ İÇİN TEŞEKKÜRLER", want: []string{"PERSON=AYŞE YILMAZ"}},
		{text: "MERHABA, BEN MEHMET ÖZTÜRK, SİPARİŞİM İLE İLGİLİ YAZIYORUM", want: []string{"PERSON=MEHMET ÖZTÜRK"}, none: []string{"PERSON=İLE İLGİLİ"}},
	})
	r := newNameRecognizer()
	for _, text := range []string{"MY ADDRESS IS 5 JOHN STREET, PLEASE COME BY", "SEND IT TO 14 MARIA LANE, SPRINGFIELD, IL 62704"} {
		r.Recognize(text, func(f Finding) {
			t.Errorf("%q: %s %q inside an address", text, f.Type, text[f.Start:f.End])
		})
	}
}

// TestTitledNames covers texts with every word capitalised, which are
// read as texts in capitals are (see titled): the capitals of the words
// around a name do not join it.
func TestTitledNames(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "My Colleague Valentina Anderson Said The Key Was Leaked Yesterday.", want: []string{"PERSON=Valentina Anderson"}, none: []string{"PERSON=Colleague Valentina Anderson Said"}},
		{text: "Please Wire The Refund To The Account Holder Robert Clark.", want: []string{"PERSON=Robert Clark"}, none: []string{"PERSON=Holder Robert Clark"}},
		{text: "The Login Attempts Came From Home, That Wasn't Me!", none: []string{TypePerson}},
		{text: "Our Integration Uses The Stripe Key, Rotated On Monday.", none: []string{TypePerson}},
		{text: "My Order Arrived Damaged, The Box Was Crushed.", none: []string{TypePerson}},
		// Names the lists lack, which lower case would lose.
		{text: "Re: Your Order Has Shipped - Zorvik Tamblen", want: []string{"PERSON=Zorvik Tamblen"}},
		{text: "Please Send It To Dilnoza Karimova At 12 Baker Street, London", want: []string{"PERSON=Dilnoza Karimova"}},
		{text: "My Order Arrived Damaged, The Box Was Crushed. Tarquin Featherstonehaugh", want: []string{"PERSON=Tarquin Featherstonehaugh"}, none: []string{"PERSON=Arrived Damaged"}},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"My Order Arrived Damaged, The Box Was Crushed", true},
		{"Anna Berg, Jonas Weber, Maria Lopez, Tomasz Nowak", false}, // names, no stop word
		{"Customer: my order arrived damaged, the box was crushed", false},
		{"I Spoke To Anna", false}, // too few words to tell
		{"Meeting With Anna Berg And The Team From Acme Tomorrow", true},
		{"The Box Was Crushed and the order is late, please help", false},
	} {
		s := newEntScanner()
		s.g = theGazetteer()
		s.text = c.text
		s.toks, s.all = entTokenize(c.text, s.toks)
		assert.Equal(t, c.want, s.all&efCap != 0 && s.titled(), "%q", c.text)
	}
}
