package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCertainCues: "a certain" before a name the speaker does not know,
// and the greeting of a customer who comes back, announce a person in
// the languages where no capitalised noun follows them; German, English
// and Spanish nouns after the same words stay words.
func TestCertainCues(t *testing.T) {
	checkPersons(t, []personCase{
		{"Le livreur, un certain Thibault, dit avoir laissé le colis chez la gardienne.", []string{"Thibault"}},
		{"Le livreur, un certain Jean-Baptiste, dit avoir laissé le colis.", []string{"Jean-Baptiste"}},
		{"La bolla di consegna è firmata da un certo Nikos, qui non c'è nessuno.", []string{"Nikos"}},
		{"De bezorger, ene Lan, zegt dat hij het bij de buren heeft afgegeven.", []string{"Lan"}},
		{"Volgens de afleverbevestiging heeft ene Thijs getekend, die ken ik niet.", []string{"Thijs"}},
		{"Ontem falei com uma tal D. Raghunathan que ficou de me ligar.", []string{"D. Raghunathan"}},
		{"Il y a un certain nombre de colis en retard.", nil},
		{"Es gibt eine gewisse Verzögerung.", nil},
		{"Hay un cierto Retraso en la entrega.", nil},
	})
}

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

// TestGermanicParticles: a Dutch or German particle in lower case
// between two capitalised words shapes a name whose words the lists lack
// (each scored 0.30, under the default threshold); a capitalised "Van"
// does not, being a vehicle as often.
func TestGermanicParticles(t *testing.T) {
	checkPersons(t, []personCase{
		{"Het account is van mijn compagnon Wouter van Dijk, ik ben alleen gebruiker.", []string{"Wouter van Dijk"}},
		{"Wouter van Dijk called.", []string{"Wouter van Dijk"}},
		{"Willemine ten Pas will be talking in the conference", []string{"Willemine ten Pas"}},
		{"We rented a Transit Van Hire Deal for the move.", nil},
	})
}

// TestElidedSurnames: a surname glued to "d'" after a given name is part
// of the name ("Guillaume d'Harcourt" gave "Guillaume" and left the
// surname in the clear); a place or a firm after it is not.
func TestElidedSurnames(t *testing.T) {
	checkPersons(t, []personCase{
		{"C'est un cadeau pour Guillaume d'Harcourt, ne mettez pas la facture svp.", []string{"Guillaume d'Harcourt"}},
		{"Je suis Marie d'Aubigné.", []string{"Marie d'Aubigné"}},
		{"Je m'appelle Anne d’Ornano", []string{"Anne d’Ornano"}},
		{"Le colis de Paris d'Amazon est arrivé.", nil},
		{"Merci Marie d'avoir appelé", []string{"Marie"}},
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
