package redact

import "testing"

// TestAddressLowerTowns checks towns typed in lower case whose words are
// common ones, after a post-office box ("little rock", "green bay"), and
// towns the gazetteer does not know after a one-word German street whose
// suffix ends English words too ("buchenring 57, 18902 rostock"), with
// the look-alikes: a box that a clause, not a town, follows, and English
// words in "-ring" before counted numbers.
func TestAddressLowerTowns(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "we moved! new address: po box 61368, little rock.", want: []string{"STREET_ADDRESS=po box 61368, little rock"}},
		{text: "ship it to po box 18713, green bay please", want: []string{"STREET_ADDRESS=po box 18713, green bay"}},
		{text: "i'm at p.o. box 12, palm springs and the courier called", want: []string{"STREET_ADDRESS=p.o. box 12, palm springs"}},
		{text: "j'habite po box 4402, long beach", want: []string{"STREET_ADDRESS=po box 4402, long beach"}},
		{text: "the shipping address is po box 907, little rock, ar 72201", want: []string{"STREET_ADDRESS=po box 907, little rock, ar 72201"}},
		{text: "po box 61368, right now", want: []string{"STREET_ADDRESS=po box 61368"}, none: []string{"STREET_ADDRESS=po box 61368, right now"}},
		{text: "po box 12, next week", want: []string{"STREET_ADDRESS=po box 12"}},
		{text: "use po box 55, right?", want: []string{"STREET_ADDRESS=po box 55"}},
		{text: "po box 77, same as before", want: []string{"STREET_ADDRESS=po box 77"}},
		{text: "customer fenna hakobyan, buchenring 57, 18902 rostock, phone +49 30 1234567", want: []string{"STREET_ADDRESS=buchenring 57, 18902 rostock"}},
		{text: "lindenring 4, 04109 weimarstadt", want: []string{"STREET_ADDRESS=lindenring 4, 04109 weimarstadt"}},
		{text: "parkring 9, 18055 rostock.", want: []string{"STREET_ADDRESS=parkring 9, 18055 rostock"}},
		{text: "at the gathering 12, 40000 people.", none: []string{"STREET_ADDRESS"}},
		{text: "the offering 12, 25000 units", none: []string{"STREET_ADDRESS"}},
		{text: "monitoring 24, 10000 events", none: []string{"STREET_ADDRESS"}},
		{text: "keyring 3, 20000 users.", none: []string{"STREET_ADDRESS"}},
	})
}
