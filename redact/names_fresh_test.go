package redact

import (
	"context"
	"testing"
)

// TestDeliveryLabels: the labels of a form's name and delivery fields in
// the languages we serve are no people (each was reported at 0.40, the
// default threshold), and the name after them is.
func TestDeliveryLabels(t *testing.T) {
	checkPersons(t, []personCase{
		{"Nome: Vasco Quaresma / Morada: Rua Augusta 12, Lisboa", []string{"Vasco Quaresma"}},
		{"Consegna: Zhang Wei, Via Nazionale 200 00184 Roma RM", []string{"Zhang Wei"}},
		{"Naam: Sanne Jansen", []string{"Sanne Jansen"}},
		{"Destinatária: Ana Lopes", []string{"Ana Lopes"}},
		{"Requerente: Ana Lopes", []string{"Ana Lopes"}},
	})
}

// TestLowerCaseWithDays: a message typed in lower case whose only
// capitals are the names of days, months or firms the stop lists hold,
// which phones capitalise as they are typed, is read in lower case; a
// capitalised name makes the writer one who capitalises names.
func TestLowerCaseWithDays(t *testing.T) {
	checkPersons(t, []personCase{
		{"hi, dwayne here, the parcel never showed up and tracking hasn't moved since Thursday", []string{"dwayne"}},
		{"hi its desmond, ordered on Amazon", []string{"desmond"}},
		{"hi, i ordered on Monday. Mark said it would come", []string{"Mark"}},
		{"ok will do on Friday, thanks", nil},
	})
}

// TestEuropeanGivenNames: common given names of the chat languages'
// countries are known, so that a surname no list holds after them makes
// a name at 0.85 (TestNamesAcrossCultures keeps two particles before a
// word that does not stand alone for a workplace).
func TestEuropeanGivenNames(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, given := range []string{"Wouter", "Andreas", "Julien", "Nerea", "Stefano", "Tiago", "Katharina", "Aurélie"} {
		text := given + " Tamblen called about the refund."
		fs, err := d.Detect(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 || fs[0].Type != TypePerson || text[fs[0].Start:fs[0].End] != given+" Tamblen" || fs[0].Score < 0.85 {
			t.Errorf("%s: got %v", text, fs)
		}
	}
	checkPersons(t, []personCase{
		{"Het account is van mijn compagnon Wouter van Dijk, ik ben alleen gebruiker.", []string{"Wouter van Dijk"}},
	})
}
