package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHouseOnlyUnderLabel checks that under a label an unknown word before
// a word that names only a house ("Cottage", "Farmhouse", "Bungalow")
// starts the house's name in the address, not an addressee's name: a
// person's surname is no such word ("Jane Croft").
func TestHouseOnlyUnderLabel(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string]string{
		"Ship to:\nBrambles Cottage\nMill Lane\nAmbridge AB1 2CD":      "Brambles Cottage\nMill Lane\nAmbridge AB1 2CD",
		"Ship to:\nGreystones Cottage\nMill Lane\nAmbridge AB1 2CD":    "Greystones Cottage\nMill Lane\nAmbridge AB1 2CD",
		"Address:\nFoxgloves Farmhouse\nMill Lane\nAmbridge AB1 2CD":   "Foxgloves Farmhouse\nMill Lane\nAmbridge AB1 2CD",
		"Address:\nBryn Bungalow\nMill Lane\nAmbridge AB1 2CD":         "Bryn Bungalow\nMill Lane\nAmbridge AB1 2CD",
		"Deliver to:\nBrambles Cottage, Mill Lane, Ambridge AB1 2CD":   "Brambles Cottage, Mill Lane, Ambridge AB1 2CD",
		"Send it to:\nTregarth Vicarage\nChurch Road\nPolbryn PL9 4QX": "Tregarth Vicarage\nChurch Road\nPolbryn PL9 4QX",
	} {
		assert.Contains(t, foundAs(t, d, text), "STREET_ADDRESS="+want, text)
	}
	for text, want := range map[string][]string{
		"Ship to:\nJane Croft\n12 Mill Lane\nAmbridge AB1 2CD":   {"PERSON=Jane Croft", "STREET_ADDRESS=12 Mill Lane\nAmbridge AB1 2CD"},
		"Ship to:\nZorvik Croft\n12 Mill Lane\nAmbridge AB1 2CD": {"STREET_ADDRESS=12 Mill Lane\nAmbridge AB1 2CD"},
	} {
		got := foundAs(t, d, text)
		for _, w := range want {
			assert.Contains(t, got, w, text)
		}
	}
}

// TestHouseNameCommonFirst checks that a house's name whose first word is
// a common word, a direction or a month ("Bank House", "West Lodge",
// "Lower Farm", "May Cottage", "Coach House") keeps its line in the
// address, while a greeting, a title or a pronoun still leave the line
// out ("Dear Mr Hall", "Our Open House", "My Cottage").
func TestHouseNameCommonFirst(t *testing.T) {
	d := defaultDetector(t)
	for _, house := range []string{"Bank House", "Coach House", "West Lodge", "North Lodge", "Lower Farm", "Upper Farm", "May Cottage", "South Barn"} {
		text := "Mrs J Smith\n" + house + "\nMill Lane\nAmbridge\nAB1 2CD"
		assert.Contains(t, foundAs(t, d, text), "STREET_ADDRESS="+house+"\nMill Lane\nAmbridge\nAB1 2CD", text)
	}
	assert.Contains(t, foundAs(t, d, "Bank House, Mill Lane, Ambridge AB1 2CD"), "STREET_ADDRESS=Bank House, Mill Lane, Ambridge AB1 2CD")
	for _, text := range []string{
		"Dear Mr Hall\nMill Lane\nAmbridge\nAB1 2CD",
		"Hi Anna Hall\nMill Lane\nAmbridge\nAB1 2CD",
		"Our Open House\nMill Lane\nAmbridge\nAB1 2CD",
		"Thanks Hall\nMill Lane\nAmbridge\nAB1 2CD",
		"My Cottage\nMill Lane\nAmbridge\nAB1 2CD",
	} {
		for _, f := range foundAs(t, d, text) {
			assert.NotContains(t, f, text[:len(text)-len("\nMill Lane\nAmbridge\nAB1 2CD")], text)
		}
	}
}
