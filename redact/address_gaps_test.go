package redact

import "testing"

// TestCityCodeBeforeState checks a city written as a code of two or
// three letters, often a state's own ("NY, NY"), before the state and a
// ZIP code, in capitals or typed in lower case without commas.
func TestCityCodeBeforeState(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"77 w 45th st ny ny 10036", []string{"STREET_ADDRESS=77 w 45th st ny ny 10036"}},
		{"77 W 45th St, NY, NY 10036", []string{"STREET_ADDRESS=77 W 45th St, NY, NY 10036"}},
		{"send it to 77 w 45th st ny ny 10036 thanks", []string{"STREET_ADDRESS=77 w 45th st ny ny 10036"}},
		{"12 Main St, LA, CA 90012", []string{"STREET_ADDRESS=12 Main St, LA, CA 90012"}},
		{"12 main st la ca 90012", []string{"STREET_ADDRESS=12 main st la ca 90012"}},
		{"ship to 500 n 3rd ave sf ca 94103", []string{"STREET_ADDRESS=500 n 3rd ave sf ca 94103"}},
		{"12 main st nyc ny 10001", []string{"STREET_ADDRESS=12 main st nyc ny 10001"}},
		// A state and its ZIP code must follow the code.
		{"I live at 77 w 45th st ny", []string{"STREET_ADDRESS=77 w 45th st"}},
		{"77 W 45th St, NY", []string{"STREET_ADDRESS=77 W 45th St, NY"}},
		{"we walked 3 blocks ny ny 10036", nil},
		{"my 2 cats ny ny", nil},
		// A word that joins a sentence is no city; after "in" a state
		// and a ZIP code still join the street.
		{"12 main st in ca 94103", []string{"STREET_ADDRESS=12 main st in ca 94103"}},
		{"I live at 12 main st in ca 94103", []string{"STREET_ADDRESS=12 main st in ca 94103"}},
		{"Ship to: 12 Main St in CA 94103", []string{"STREET_ADDRESS=12 Main St in CA 94103"}},
		{"I live at 12 main st in ca", []string{"STREET_ADDRESS=12 main st"}},
		{"I moved from 12 Main St in CA 2019", []string{"STREET_ADDRESS=12 Main St"}},
		{"I live at 12 main st in the ca 94103 area", []string{"STREET_ADDRESS=12 main st"}},
		{"12 main st to ca 94103", nil},
		{"12 main st of ca 94103", nil},
		{"12 main st by ny 10036", nil},
		// So does a town the gazetteer knows before a postcode.
		{"12 main st in new york 10001", []string{"STREET_ADDRESS=12 main st in new york 10001"}},
		{"Ship to 12 Main St in New York 10001 please", []string{"STREET_ADDRESS=12 Main St in New York 10001"}},
		{"I live at 4 High St in Leeds LS1 1UR", []string{"STREET_ADDRESS=4 High St in Leeds LS1 1UR"}},
		{"send it to 8 oak ave in boston 02118", []string{"STREET_ADDRESS=8 oak ave in boston 02118"}},
		{"I live at 12 Main St in Boston", []string{"STREET_ADDRESS=12 Main St", "LOCATION=Boston"}},
		{"12 MG Road in Kolkata 700016", []string{"STREET_ADDRESS=12 MG Road in Kolkata 700016"}},
	})
}

// TestRuralRoutes checks the rural routes and highway contract routes of
// the United States and Canada, with their box and the town after them,
// in any case, and the same words where they address nothing.
func TestRuralRoutes(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"RR 2 Box 152", []string{"STREET_ADDRESS=RR 2 Box 152"}},
		{"RR 2 Box 152, Smalltown, KS 66012", []string{"STREET_ADDRESS=RR 2 Box 152, Smalltown, KS 66012"}},
		{"Rural Route 3, Box 47B", []string{"STREET_ADDRESS=Rural Route 3, Box 47B"}},
		{"my address is rural route 3, box 47b", []string{"STREET_ADDRESS=rural route 3, box 47b"}},
		{"HC 68 Box 12", []string{"STREET_ADDRESS=HC 68 Box 12"}},
		{"HC 68 Box 12, Ruralville, MT 59901", []string{"STREET_ADDRESS=HC 68 Box 12, Ruralville, MT 59901"}},
		{"send it to rr 4 box 9, plainview tx 79072", []string{"STREET_ADDRESS=rr 4 box 9, plainview tx 79072"}},
		{"send it to rr 4 box 9 austin tx 78701", []string{"STREET_ADDRESS=rr 4 box 9 austin tx 78701"}},
		{"RR#2 Box 15", []string{"STREET_ADDRESS=RR#2 Box 15"}},
		{"HCR 1, Box 23, Lakeview, OR 97630", []string{"STREET_ADDRESS=HCR 1, Box 23, Lakeview, OR 97630"}},
		{"R.R. 1, Kemptville, ON K0G 1J0", []string{"STREET_ADDRESS=R.R. 1, Kemptville, ON K0G 1J0"}},
		{"RR 1, Kemptville, ON K0G 1J0", []string{"STREET_ADDRESS=RR 1, Kemptville, ON K0G 1J0"}},
		// The same letters and words elsewhere.
		{"the RR 2 train was late", nil},
		{"HC 68 is the model", nil},
		{"my hc 2 score", nil},
		{"rural route planning is hard", nil},
		{"a rural route 3 times a week", nil},
	})
}

// TestSlashHouseComma checks India's house numbers written with a slash
// and a comma before the street ("12/3, Park Street, Kolkata 700016"),
// and dates and fractions that look the same.
func TestSlashHouseComma(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"12/3, Park Street, Kolkata 700016", []string{"STREET_ADDRESS=12/3, Park Street, Kolkata 700016"}},
		{"send to 45/2, Station Road, Pune 411001", []string{"STREET_ADDRESS=45/2, Station Road, Pune 411001"}},
		{"Address: 118/4, Sarat Bose Road, Chennai", []string{"STREET_ADDRESS=118/4, Sarat Bose Road, Chennai"}},
		{"Flat 4B, 21/7 MG Road, Bengaluru", []string{"STREET_ADDRESS=Flat 4B, 21/7 MG Road, Bengaluru"}},
		{"Flat 2, 12/3, Park Street, Kolkata", []string{"STREET_ADDRESS=Flat 2, 12/3, Park Street, Kolkata"}},
		// The same typed in lower case, with a postcode or a cue.
		{"12/3, park street, kolkata 700016", []string{"STREET_ADDRESS=12/3, park street, kolkata 700016"}},
		{"22, park street, kolkata 700016", []string{"STREET_ADDRESS=22, park street, kolkata 700016"}},
		{"my address is 45/2, station road, pune", []string{"STREET_ADDRESS=45/2, station road, pune"}},
		{"3, park lane was closed", nil},
		{"we have 2, main street shops", nil},
		{"chapter 12/3, main road, pune", []string{"LOCATION=pune"}},
		// Dates and fractions before a comma.
		{"I ordered on 12/3, Park Street store said no", nil},
		{"scored 3/4, Park Lane was closed", nil},
		{"12/3, then again on 15/3", nil},
	})
}

// TestHouseNames checks a UK house with a name and no number, written
// over the lines of a letter head or on one line with commas: the
// house's name, the street without a number, the town and the postcode
// make one address, and the house's name is no person. A person's name
// on the line above stays a person.
func TestHouseNames(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"Rose Cottage\nMill Lane\nLittle Snoring\nNR21 0AX", []string{"STREET_ADDRESS=Rose Cottage\nMill Lane\nLittle Snoring\nNR21 0AX"}},
		{"The Old Rectory\nChurch Road\nLower Slaughter\nGL54 2HP", []string{"STREET_ADDRESS=The Old Rectory\nChurch Road\nLower Slaughter\nGL54 2HP"}},
		{"Send it to:\nHolly Farm\nStation Road\nHolt NR25 6AB", []string{"STREET_ADDRESS=Holly Farm\nStation Road\nHolt NR25 6AB"}},
		{"Mill Lane\nLittle Snoring\nNR21 0AX", []string{"STREET_ADDRESS=Mill Lane\nLittle Snoring\nNR21 0AX"}},
		{"Ivy Lodge\n12 Mill Lane\nHolt\nNR25 6AB", []string{"STREET_ADDRESS=Ivy Lodge\n12 Mill Lane\nHolt\nNR25 6AB"}},
		{"Rose Cottage, Mill Lane, Little Snoring NR21 0AX", []string{"STREET_ADDRESS=Rose Cottage, Mill Lane, Little Snoring NR21 0AX"}},
		{"Keeper's Cottage, 4 Mill Lane, Holt NR25 6AB", []string{"STREET_ADDRESS=Keeper's Cottage, 4 Mill Lane, Holt NR25 6AB"}},
		// A person above the street, and house words in prose.
		{"Anna Hall\nMill Lane\nLittle Snoring\nNR21 0AX", []string{"PERSON=Anna Hall", "STREET_ADDRESS=Mill Lane\nLittle Snoring\nNR21 0AX"}},
		// The addressee's line above the address: a given name that is
		// no word, a title or a greeting makes it a person's, whatever
		// house word ends it.
		{"Ship to:\nJane Croft\n12 Mill Lane\nHolt NR25 6AB", []string{"PERSON=Jane Croft", "STREET_ADDRESS=12 Mill Lane\nHolt NR25 6AB"}},
		{"Ship to:\nJane Lodge\n12 Mill Lane\nHolt NR25 6AB", []string{"PERSON=Jane Lodge", "STREET_ADDRESS=12 Mill Lane\nHolt NR25 6AB"}},
		{"Ship to:\nOlga Cottage\n12 Mill Lane\nHolt NR25 6AB", []string{"PERSON=Olga Cottage", "STREET_ADDRESS=12 Mill Lane\nHolt NR25 6AB"}},
		{"Peter Grange\n12 Mill Lane\nHolt NR25 6AB", []string{"PERSON=Peter Grange", "STREET_ADDRESS=12 Mill Lane\nHolt NR25 6AB"}},
		{"Ship to:\nZorvik Croft\n12 Mill Lane\nHolt NR25 6AB", []string{"PERSON=Zorvik Croft", "STREET_ADDRESS=12 Mill Lane\nHolt NR25 6AB"}},
		{"Send to:\nKeeper's Cottage\n12 Mill Lane\nHolt NR25 6AB", []string{"STREET_ADDRESS=Keeper's Cottage\n12 Mill Lane\nHolt NR25 6AB"}},
		{"Mary Anne Hall\n12 Mill Lane\nHolt NR25 6AB", []string{"PERSON=Mary Anne Hall", "STREET_ADDRESS=12 Mill Lane\nHolt NR25 6AB"}},
		{"Mrs Jane Hall\n12 Mill Lane\nHolt NR25 6AB", []string{"TITLE=Mrs", "PERSON=Jane Hall", "STREET_ADDRESS=12 Mill Lane\nHolt NR25 6AB"}},
		{"Mr Hall\n12 Mill Lane\nHolt NR25 6AB", []string{"TITLE=Mr", "PERSON=Hall", "STREET_ADDRESS=12 Mill Lane\nHolt NR25 6AB"}},
		{"Hi Anna Hall, 12 Mill Lane, Holt NR25 6AB", []string{"PERSON=Anna Hall", "STREET_ADDRESS=12 Mill Lane, Holt NR25 6AB"}},
		{"Dear Mr Hall,\n12 Mill Lane\nHolt NR25 6AB", []string{"TITLE=Mr", "PERSON=Hall", "STREET_ADDRESS=12 Mill Lane\nHolt NR25 6AB"}},
		// Headings of public buildings and of prose stay out.
		{"Our Open House\n12 Mill Lane\nHolt NR25 6AB", []string{"STREET_ADDRESS=12 Mill Lane\nHolt NR25 6AB"}},
		// Houses whose first word is a given name that is a word too.
		{"Ivy House, 12 Mill Lane, Holt NR25 6AB", []string{"STREET_ADDRESS=Ivy House, 12 Mill Lane, Holt NR25 6AB"}},
		{"Holly Cottage\n12 Mill Lane\nHolt NR25 6AB", []string{"STREET_ADDRESS=Holly Cottage\n12 Mill Lane\nHolt NR25 6AB"}},
	})
	checkSoftCases(t, []softCase{
		{text: "We stayed at Rose Cottage last summer", none: []string{"STREET_ADDRESS"}},
		{text: "Station Road\nCambridge is lovely", none: []string{"STREET_ADDRESS"}},
		{text: "Church Road\nLower Slaughter is far", none: []string{"STREET_ADDRESS"}},
		{text: "Church Road\nLower Slaughter\nis far", none: []string{"STREET_ADDRESS"}},
		{text: "Rose Cottage\nMill Lane is closed", none: []string{"STREET_ADDRESS"}},
		// Since session 64 a house's or a hamlet's name of two words
		// before the street is the address's, as a chain of names
		// before a postcode is (ukChainBefore).
		{text: "Grange Hill, Mill Lane, Holt NR25 6AB", want: []string{"STREET_ADDRESS=Grange Hill, Mill Lane, Holt NR25 6AB"}},
		{text: "Town Hall\n12 Mill Lane\nHolt NR25 6AB", want: []string{"STREET_ADDRESS=12 Mill Lane\nHolt NR25 6AB"}},
		{text: "Village Hall, 12 Mill Lane, Holt NR25 6AB", want: []string{"STREET_ADDRESS=12 Mill Lane, Holt NR25 6AB"}},
	})
}

// TestHouseNamesInProse checks the name of a house in prose, a given name
// or other words before a word that names nothing but a house ("Rose
// Cottage", "The Old Rectory"): no person, while a surname that a house
// word does not end stays one.
func TestHouseNamesInProse(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "We stayed at Rose Cottage last summer", none: []string{"PERSON"}},
		{text: "Holly Cottage is lovely", none: []string{"PERSON"}},
		{text: "The Old Rectory was built in 1820", none: []string{"PERSON"}},
		{text: "Send it to Ivy Bungalow please", none: []string{"PERSON"}},
		{text: "Anna Hall called me", want: []string{"PERSON=Anna Hall"}},
		{text: "Rose Smith called me", want: []string{"PERSON=Rose Smith"}},
	})
}
