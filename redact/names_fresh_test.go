package redact

import "testing"

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
