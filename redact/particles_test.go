package redact

import (
	"testing"
)

// Spanish and Portuguese names of two surnames keep their second after
// "de la", "de los" or "das" when a given name and a known surname come
// before it, though the lists know the second only as a word ("Torre");
// German particles before a noun, and places, keep their old reading.
func TestDoubleSurnames(t *testing.T) {
	checkPersons(t, []personCase{
		{"My name is Alejandro Ruiz de la Torre and I need help.", []string{"Alejandro Ruiz de la Torre"}},
		{"Hi, this is Maria de los Santos.", []string{"Maria de los Santos"}},
		{"I met Carlos Garcia de la Cruz at the store.", []string{"Carlos Garcia de la Cruz"}},
		{"Please call Pedro de la Fuente tomorrow.", []string{"Pedro de la Fuente"}},
		{"Regards, Jan van der Berg", []string{"Jan van der Berg"}},
		{"Ich habe mit Anna Schmidt von der Post gesprochen.", []string{"Anna Schmidt"}},
		{"Hablé con Maria Lopez de la tienda.", []string{"Maria Lopez"}},
		{"Hablé con Maria Lopez de la Oficina Central.", []string{"Maria Lopez"}},
		{"We stayed near Chiclana de la Frontera.", nil},
	})
}

// A Chinese, Korean or Vietnamese surname that is also an English word
// of two letters ("He", "An", "Do", "Ho") starts the name after words
// that introduce someone; elsewhere it is the word it also is.
func TestShortSurnames(t *testing.T) {
	checkPersons(t, []personCase{
		{"Hi, I'm An Nguyen.", []string{"An Nguyen"}},
		{"My name is He Lin.", []string{"He Lin"}},
		{"This is Do Van Nam from accounting.", []string{"Do Van Nam"}},
		{"I'm Ho Thi Mai", []string{"Ho Thi Mai"}},
		{"I'm So Happy", nil},
		{"I'm An idiot", nil},
		{"Customer: He said Anna called", []string{"Anna"}},
	})
}
