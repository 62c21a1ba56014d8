package redact

import (
	"context"
	"strings"
	"testing"
)

// TestSoftRepeatsAndTails covers names repeated by one of their words,
// works that look like names, and address tails with lower-case street
// types, cities in capitals or with particles, and region codes before
// sentence punctuation. The texts are made up.
func TestSoftRepeatsAndTails(t *testing.T) {
	checkSoftCases(t, []softCase{
		// A surname repeated alone after a full name.
		{text: "We read the poems of Ilse T. Varnhagen. Nothing beats early Varnhagen.", want: []string{"PERSON=Ilse T. Varnhagen", "PERSON=Varnhagen"}},
		// A film and an adverb-led title are not people.
		{text: "Moonbeam is a 1984 comedy film.", none: []string{TypePerson}},
		{text: "See the list (But Honestly Missed) for more.", none: []string{TypePerson}},
		// Lower-case street types and all-caps cities in the tail.
		{text: "Send it to 412 Kase tee 9\n Apt. 3\n Kuressaare\n Estonia 93815", want: []string{"STREET_ADDRESS=412", "STREET_ADDRESS=Kase tee 9", "STREET_ADDRESS=Apt. 3", "STREET_ADDRESS=Kuressaare", "STREET_ADDRESS=Estonia", "STREET_ADDRESS=93815"}},
		{text: "It's at 77 Fjell terrasse 4\n Suite 12\n HAMAR\n Norway", want: []string{"STREET_ADDRESS=77 Fjell terrasse 4\n Suite 12\n HAMAR\n Norway"}},
		// A region code before a period, a city with a particle.
		{text: "I lived at 21 Mäkikatu 8 Apt. 5 KUOPIO PS. Then I moved.", want: []string{"STREET_ADDRESS=21 Mäkikatu 8 Apt. 5 KUOPIO PS"}},
		{text: "12 Lipova 33\n Suite 4\n Nové Město nad Metují\n Czech Republic 54901", want: []string{"STREET_ADDRESS=12", "STREET_ADDRESS=Lipova 33", "STREET_ADDRESS=Suite 4", "STREET_ADDRESS=Nové Město nad Metují", "STREET_ADDRESS=Czech Republic", "STREET_ADDRESS=54901"}},
	})
}

// TestScannerForgets: a pooled scanner keeps no byte of a text, also past
// the length of its buffers ("hausen" of a long surname folded before a
// short one).
func TestScannerForgets(t *testing.T) {
	s := &entScanner{}
	s.key = append(s.key, "wolfeschlegelsteinhausen"...)
	s.key = append(s.key[:0], "li"...)
	s.rep = append(s.rep, "anna berg"...)
	s.rep, s.repSet = s.rep[:0], true     // as repeatNames leaves them
	s.low = lowerInto(s.low, "ANNA BERG") // a text in capitals read in lower case
	s.text = "Anna Berg"
	s.forget()
	for _, b := range [][]byte{s.key[:cap(s.key)], s.rep[:cap(s.rep)], s.low[:cap(s.low)]} {
		for i, c := range b {
			if c != 0 {
				t.Fatalf("byte %d of a pooled buffer kept", i)
			}
		}
	}
	if s.text != "" {
		t.Fatal("the text kept")
	}
}

// TestDetectorStateForgets: a state back in the engine's pool holds no
// customer text (it would stay reachable until the pool is cleared).
func TestDetectorStateForgets(t *testing.T) {
	e, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Detect(context.Background(), "call Anna Berg on +44 7700 900123, token: Kp3vQ8rT2wY6zB1nM4sD"); err != nil {
		t.Fatal(err)
	}
	// The state Detect used, whether or not the pool keeps it: release
	// is what Detect calls.
	text := "call Anna Berg on +44 7700 900123, token: Kp3vQ8rT2wY6zB1nM4sD"
	s := e.acquire(text)
	s.scan()
	// The soft recognizer's scanner, as a panic in it would leave it:
	// its text, and findings of the chunk the next text would report.
	s.ent = newEntScanner()
	s.ent.text = text
	s.ent.out = append(s.ent.out, Finding{Type: TypePerson, Start: 5, End: 14})
	s.ent.side = append(s.ent.side, Finding{Type: TypeLocation, Start: 1, End: 4})
	e.release(s)
	if s.text != "" || s.tokStats.t != "" || s.valStats.t != "" || s.ent.text != "" {
		t.Fatal("a released state keeps the text")
	}
	if len(s.ent.out) != 0 || len(s.ent.side) != 0 {
		t.Fatal("a released state keeps findings of the text")
	}
}

// TestShoutedCopyCleared: the lower-case copy of a text in capitals is
// cleared chunk by chunk, a long chunk's bytes too when a shorter one
// follows it.
func TestShoutedCopyCleared(t *testing.T) {
	long := strings.Repeat("MY NAME IS SARAH DA SILVA AND I LIVE AT 12 MAIN STREET. ", softChunk/50)
	text := long + "\n" + "CALL ME, ANNA BERG HERE, THANKS"
	r := newSoftEntityRecognizer().(*softRecognizer)
	s := newEntScanner()
	found := 0
	r.recognize(s, text, func(Finding) { found++ })
	if found == 0 {
		t.Fatal("no finding in the text in capitals")
	}
	if cap(s.low) < softChunk/2 {
		t.Fatalf("the copy was not made (capacity %d)", cap(s.low))
	}
	for i, c := range s.low[:cap(s.low)] {
		if c != 0 {
			t.Fatalf("byte %d of the lower-case copy kept", i)
		}
	}
}
