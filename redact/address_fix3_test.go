package redact

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// detectedFix3 returns the text of each finding in text, as TYPE=text.
func detectedFix3(t *testing.T, text string) []string {
	t.Helper()
	d, err := NewDetector()
	require.NoError(t, err)
	fs, err := d.Detect(context.Background(), text)
	require.NoError(t, err)
	var out []string
	for _, f := range fs {
		out = append(out, f.Type+"="+text[f.Start:f.End])
	}
	return out
}

// TestHouseOnlyUnderLabel checks that under a label an unknown word before
// a word that names only a house ("Cottage", "Farmhouse", "Bungalow")
// starts the house's name in the address, not an addressee's name: a
// person's surname is no such word ("Jane Croft").
func TestHouseOnlyUnderLabel(t *testing.T) {
	for text, want := range map[string]string{
		"Ship to:\nBrambles Cottage\nMill Lane\nAmbridge AB1 2CD":      "Brambles Cottage\nMill Lane\nAmbridge AB1 2CD",
		"Ship to:\nGreystones Cottage\nMill Lane\nAmbridge AB1 2CD":    "Greystones Cottage\nMill Lane\nAmbridge AB1 2CD",
		"Address:\nFoxgloves Farmhouse\nMill Lane\nAmbridge AB1 2CD":   "Foxgloves Farmhouse\nMill Lane\nAmbridge AB1 2CD",
		"Address:\nBryn Bungalow\nMill Lane\nAmbridge AB1 2CD":         "Bryn Bungalow\nMill Lane\nAmbridge AB1 2CD",
		"Deliver to:\nBrambles Cottage, Mill Lane, Ambridge AB1 2CD":   "Brambles Cottage, Mill Lane, Ambridge AB1 2CD",
		"Send it to:\nTregarth Vicarage\nChurch Road\nPolbryn PL9 4QX": "Tregarth Vicarage\nChurch Road\nPolbryn PL9 4QX",
	} {
		assert.Contains(t, detectedFix3(t, text), "STREET_ADDRESS="+want, text)
	}
	for text, want := range map[string][]string{
		"Ship to:\nJane Croft\n12 Mill Lane\nAmbridge AB1 2CD":   {"PERSON=Jane Croft", "STREET_ADDRESS=12 Mill Lane\nAmbridge AB1 2CD"},
		"Ship to:\nZorvik Croft\n12 Mill Lane\nAmbridge AB1 2CD": {"STREET_ADDRESS=12 Mill Lane\nAmbridge AB1 2CD"},
	} {
		got := detectedFix3(t, text)
		for _, w := range want {
			assert.Contains(t, got, w, text)
		}
	}
}
