package redact

import (
	"testing"
)

// A Chinese, Korean or Vietnamese surname that is also an English word
// of two letters ("He", "An", "Do", "Ho") starts the name after words
// that introduce someone; elsewhere it is the word it also is.
func TestShortSurnames(t *testing.T) {
	checkPersons(t, []personCase{
		{"Hi, I'm An Nguyen.", []string{"An Nguyen"}},
		{"My name is He Lin.", []string{"He Lin"}},
		{"This is Do Van Nam from accounting.", []string{"Do Van Nam"}},
		{"I'm Ho Thi Mai", []string{"Ho Thi Mai"}},
		{"Soy An Nguyen", []string{"An Nguyen"}},
		{"Soy An Nguyen y necesito ayuda", []string{"An Nguyen"}},
		{"Sono Ho Thi Mai e ho un problema", []string{"Ho Thi Mai"}},
		{"Mi chiamo Do Van Nam.", []string{"Do Van Nam"}},
		{"Ich bin An der Uni", nil},
		{"Je m'appelle An Nguyen", []string{"An Nguyen"}},
		{"Ich bin An Nguyen und habe eine Frage", []string{"An Nguyen"}},
		{"I'm So Happy", nil},
		{"This is An Amber alert", nil},
		{"I'm An Austin native", nil},
		{"I'm An Adam Sandler fan", []string{"Adam Sandler"}},
		{"This is To Grace, thanks", nil},
		{"I'm Do Anna's nails Friday", []string{"Anna"}},
		{"I'm Ho Thi Mai and I need help with my account", []string{"Ho Thi Mai"}},
		{"I'm An idiot", nil},
		{"Customer: He said Anna called", []string{"Anna"}},
	})
}
