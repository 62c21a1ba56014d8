package redact

import (
	"context"
	"testing"
)

// TestNameThatEndsTheTextOfSession77: a capitalised word that no list
// knows, alone after a comma or the end of a sentence at the end of a
// message, signs it (endSignAt); a town after a name, a street or a
// house's number, a word asked or exclaimed, thanks, a long noun and a
// code's shape do not.
func TestNameThatEndsTheTextOfSession77(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, word string
		person     bool
	}{
		{"claim for my husband, my no. 013-884 2716, Zorvika", "Zorvika", true},
		{"imi trimiteti factura pe mail? multumesc, Ilvane", "Ilvane", true},
		{"er werd €20 geblokkeerd ipv €4. wanneer komt dat terug?? Tamblo", "Tamblo", true},
		{"the icing melted. order CK-7714. not happy. Marrek", "Marrek", true},
		{"stari broj 095 817 2230, novi 099 4418 052. Ostalo isto. Lp, Vesnara", "Vesnara", true},
		{"Moj broj je +381 63 8841 207, Zorvika.", "Zorvika", true},
		// Not a signature.
		{"please send it to Jelena Vujović, Podgoricka", "Podgoricka", false},
		{"she lives at #14 Soldier Road East, Zorvikton", "Zorvikton", false},
		{"anwani yangu ni S.L.P 2043, Moshira", "Moshira", false},
		{"got an email asking for my code, I typed it in. Scamma?", "Scamma", false},
		{"thanks for sorting the refund so fast. Diolch", "Diolch", false},
		{"Die Schufa-Auskunft hängt an. Rechnungsbetrag", "Rechnungsbetrag", false},
		{"Branch hours 10:00 AM - 3:00 PM, Sun-Fri", "Sun-Fri", false},
		{"Geburtsdatum war falsch: 19.07.1991 nicht 17.09.1991, Zahlendreh", "Zahlendreh", false},
		{"It came three weeks late and broken. Unacceptable", "Unacceptable", false},
		{"Zorvika", "Zorvika", false},
		{"We have three plans: Basic, Pro, Zorvix", "Zorvix", false},
		{"Заказ собран и передан курьеру. Готов", "Готов", false},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if f.Type == TypePerson && c.text[f.Start:f.End] == c.word {
				got = true
			}
		}
		if got != c.person {
			t.Errorf("%q: %q a person: %v, want %v", c.text, c.word, got, c.person)
		}
	}
}

// TestNameWasAndBracketsOfSession77: "name was" cues a name as "name
// is" does, and a person's noun cues the name in brackets after it; a
// speaker's department, a remark and a title's place in brackets are
// no names.
func TestNameWasAndBracketsOfSession77(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, word string
		person     bool
	}{
		{"how do i stop calls going to her? her name was Zorvika Tamblen", "Zorvika Tamblen", true},
		{"grandma (Pat Henshaw) is picking up teddy today", "Pat Henshaw", true},
		{"my neighbour (Zorvik Tamblen) has a key", "Zorvik Tamblen", true},
		{"Mum's mobile 07723 418906, Dad (Tom) 07841 552310.", "Tom", true},
		{"my name was spelt wrong on the letter", "", false},
		{"Kunde (Lohnbuchhaltung): bitte hinterlegen", "Lohnbuchhaltung", false},
		{"Agent (Kilbride & Moran): the Folio is ready", "Kilbride", false},
		{"für meine Mutter (Besuch 3 Monate): ich bin es", "Besuch", false},
		{"Best wishes\nNatalie Burrows\nFoster Carer (Northmere)\nM: +44 7723 118402", "Northmere", false},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if f.Type == TypePerson && (c.word == "" || c.text[f.Start:f.End] == c.word) {
				got = true
			}
		}
		if got != c.person {
			t.Errorf("%q: %q a person: %v, want %v", c.text, c.word, got, c.person)
		}
	}
}
