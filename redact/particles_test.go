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
		{"I'm So Happy", nil},
		{"I'm An idiot", nil},
		{"Customer: He said Anna called", []string{"Anna"}},
	})
}
