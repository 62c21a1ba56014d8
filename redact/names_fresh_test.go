package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
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

// TestArticleOpens: an article that opens a sentence before a word no
// list holds as a name names a thing, and is no particle of a name; a
// known name, a cue before it or a place it starts keep their reading.
func TestArticleOpens(t *testing.T) {
	checkPersons(t, []personCase{
		{"Le Thermomix affiche l'erreur E23.", nil},
		{"Na Worten disseram que era convosco.", nil},
		{"El Rioja Reserva estaba picado.", nil},
		{"La Rosa family called.", []string{"La Rosa"}},
		{"O João ligou ontem.", []string{"O João"}},
		{"Surname: Ó Briain", []string{"Ó Briain"}},
		{"Der Zorvik Tamblen hat angerufen.", []string{"Zorvik Tamblen"}},
	})
	d, err := NewDetector()
	require.NoError(t, err)
	wantValue(t, d, "Los Angeles", TypeLocation, "Los Angeles")
	wantValue(t, d, "El Paso office", TypeLocation, "El Paso")
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
