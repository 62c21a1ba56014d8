package redact

import "testing"

// TestStreetAddresses checks addresses of several countries as one span
// each, and numbers that are not addresses.
func TestStreetAddresses(t *testing.T) {
	checkSoftCases(t, []softCase{
		// United States.
		{text: "Ship it to 8940 Washington St, Springfield, IL 12073 please.", want: []string{"STREET_ADDRESS=8940 Washington St, Springfield, IL 12073"}},
		{text: "I'm at 8744 Cedar Place Apt 26D, Madison, WI 68686 and the courier called.", want: []string{"STREET_ADDRESS=8744 Cedar Place Apt 26D, Madison, WI 68686"}},
		{text: "Agent: I'm at 655 Main Ave and the courier called by mistake.", want: []string{"STREET_ADDRESS=655 Main Ave"}},
		{text: "Send it to 1600 Amphitheatre Parkway, Mountain View, CA 94043-1351.", want: []string{"STREET_ADDRESS=1600 Amphitheatre Parkway, Mountain View, CA 94043-1351"}},
		{text: "Mail: PO Box 82843, Columbus", want: []string{"STREET_ADDRESS=PO Box 82843, Columbus"}},
		// A box's town after a comma, known or not; cities that start
		// with an article.
		{text: "I'm at PO Box 84878, Provo and the courier called.", want: []string{"STREET_ADDRESS=PO Box 84878, Provo"}, none: []string{"PERSON"}},
		{text: "Ship it to PO Box 81968, Ann Arbor please.", want: []string{"STREET_ADDRESS=PO Box 81968, Ann Arbor"}, none: []string{"PERSON"}},
		{text: "Ship it to PO Box 81968, Des Moines please.", want: []string{"STREET_ADDRESS=PO Box 81968, Des Moines"}},
		{text: "I'm at 6436 Spruce Drive Apt 26A, Des Moines, IA 34425 now.", want: []string{"STREET_ADDRESS=6436 Spruce Drive Apt 26A, Des Moines, IA 34425"}},
		{text: "Send it to 4 Oak St, El Paso, TX 79901.", want: []string{"STREET_ADDRESS=4 Oak St, El Paso, TX 79901"}},
		{text: "PO Box 12, The courier called twice.", want: []string{"STREET_ADDRESS=PO Box 12"}},
		{text: "PO Box 44, John will pick it up.", want: []string{"STREET_ADDRESS=PO Box 44", "PERSON=John"}},
		{text: "PO Box 12, Savannah, GA 31401", want: []string{"STREET_ADDRESS=PO Box 12, Savannah, GA 31401"}},
		{text: "I'm at PO Box 77591, Savannah and the courier called.", want: []string{"STREET_ADDRESS=PO Box 77591, Savannah"}, none: []string{"PERSON"}},
		{text: "Use PO Box 12, thanks!", want: []string{"STREET_ADDRESS=PO Box 12"}},
		{text: "I live at 4 Oak St, The Best.", want: []string{"STREET_ADDRESS=4 Oak St"}},
		{text: "PSC 0413, Box 8144\nAPO AA 42323", want: []string{"STREET_ADDRESS=PSC 0413, Box 8144\nAPO AA 42323"}},
		{text: "Her office is at 350 5th Avenue, New York, NY 10118.", want: []string{"STREET_ADDRESS=350 5th Avenue, New York, NY 10118"}},
		// United Kingdom.
		{text: "Ship it to 146 Station Crescent, Manchester M15 9NC please.", want: []string{"STREET_ADDRESS=146 Station Crescent, Manchester M15 9NC"}},
		{text: "Flat 2, 10 Downing Street, London SW1A 2AA", want: []string{"STREET_ADDRESS=Flat 2, 10 Downing Street, London SW1A 2AA"}},
		// Germany, Austria, Switzerland.
		{text: "My billing address is Hauptstraße 24, 47191 Hamburg, thanks.", want: []string{"STREET_ADDRESS=Hauptstraße 24, 47191 Hamburg"}},
		{text: "Ich wohne in der Bahnhofstr. 12a, 10115 Berlin.", want: []string{"STREET_ADDRESS=Bahnhofstr. 12a, 10115 Berlin"}},
		{text: "Lieferadresse: Am Berliner Platz 3, 8010 Graz", want: []string{"STREET_ADDRESS=Am Berliner Platz 3, 8010 Graz"}},
		// France, Italy, Spain, Portugal.
		{text: "Bonjour, j'habite 116 rue de la Paix, 75011 Paris.", want: []string{"STREET_ADDRESS=116 rue de la Paix, 75011 Paris"}},
		{text: "New address: 57 boulevard Saint-Michel, 75006 Paris.", want: []string{"STREET_ADDRESS=57 boulevard Saint-Michel, 75006 Paris"}},
		{text: "Spedire a Via Franscini 71, 6500 Bellinzona.", want: []string{"STREET_ADDRESS=Via Franscini 71, 6500 Bellinzona"}},
		{text: "Envíalo a Calle Mayor 5, 28013 Madrid.", want: []string{"STREET_ADDRESS=Calle Mayor 5, 28013 Madrid"}},
		// A letter head over several lines.
		{text: "William Hughes\n\n20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488", want: []string{"STREET_ADDRESS=20789", "STREET_ADDRESS=Allika 46", "STREET_ADDRESS=Suite 501", "STREET_ADDRESS=Riisa", "STREET_ADDRESS=Estonia", "STREET_ADDRESS=62488"}},
		// Street corners, units followed by a city without a comma, a
		// missing state written "nan", a second designator left out.
		{text: "Meet me at the corner of 12 Oak Street and Pine Crossing tonight.", want: []string{"STREET_ADDRESS=the corner of 12 Oak Street and Pine Crossing"}},
		{text: "Send it to 44 Harbour Road Suite 12 DUNEDIN New Zealand please.", want: []string{"STREET_ADDRESS=44 Harbour Road Suite 12 DUNEDIN New Zealand"}},
		{text: "Ship to 9 Lindenweg 14 Apt. 3 Bergen nan", want: []string{"STREET_ADDRESS=9 Lindenweg 14 Apt. 3 Bergen nan"}},
		{text: "Please enter on 18 Elm Avenue St. after nine.", want: []string{"STREET_ADDRESS=18 Elm Avenue"}},
		{text: "Use 77 P.O. Box 310, Reno, NV 89501", want: []string{"STREET_ADDRESS=77 P.O. Box 310, Reno, NV 89501"}},
		{text: "New address: 5 Birch Lane\nLeeds\n, WY\n 54321", want: []string{"STREET_ADDRESS=5 Birch Lane\nLeeds\n, WY\n 54321"}},
		// A quoted letter head: one finding per quoted line.
		{text: "> 31 Mill Road\n> Suite 4\n> Norway 12345", want: []string{"STREET_ADDRESS=31 Mill Road", "STREET_ADDRESS=Suite 4", "STREET_ADDRESS=Norway", "STREET_ADDRESS=12345"}},
		// Not addresses.
		{text: "I was born on 12 August 1990, does that matter?", none: []string{"STREET_ADDRESS"}},
		{text: "Can you refund $174.27 to the card? It is 10:30 now.", none: []string{"STREET_ADDRESS"}},
		{text: "I have 3 Apple devices and 2 Google accounts.", none: []string{"STREET_ADDRESS", "ORGANIZATION", "PERSON"}},
		{text: "Firmware 2.4.1 broke the router after 15 minutes.", none: []string{"STREET_ADDRESS"}},
		{text: "Call me at 415-555-0132 or +49 30 1234567.", none: []string{"STREET_ADDRESS", "ZIP_CODE"}},
		{text: "Order ORD-8189149 shipped on 2024-05-01.", none: []string{"STREET_ADDRESS"}},
		// A street that names a thing: a plain noun after it, and no
		// cue, city or postcode. A function word after it keeps it.
		{text: "2 Ocean Drive tickets", none: []string{"STREET_ADDRESS"}},
		{text: "Order for 5 Park Lane hotel guests", none: []string{"STREET_ADDRESS", "PERSON"}},
		{text: "I live at 2 Ocean Drive", want: []string{"STREET_ADDRESS=2 Ocean Drive"}},
		{text: "Meet me at 2 Ocean Drive tomorrow", want: []string{"STREET_ADDRESS=2 Ocean Drive"}},
		{text: "The parcel went to 12 Main Street instead of my flat", want: []string{"STREET_ADDRESS=12 Main Street"}},
		{text: "14 Elm Avenue opposite the church", want: []string{"STREET_ADDRESS=14 Elm Avenue"}},
	})
}

// TestPostcodesAndPlaces checks postcodes after a cue and places after a
// place cue.
func TestPostcodesAndPlaces(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "ZIP: 94103", want: []string{"ZIP_CODE=94103"}},
		{text: "Meine PLZ ist 10115.", want: []string{"ZIP_CODE=10115"}},
		{text: "My postcode is SW1A 2AA.", want: []string{"ZIP_CODE=SW1A 2AA"}},
		{text: "I'm in LISBOA for a business trip.", want: []string{"LOCATION=LISBOA"}},
		{text: "We moved here from New Jersey last year.", want: []string{"LOCATION=New Jersey"}},
		{text: "I waited 94103 seconds.", none: []string{"ZIP_CODE"}},
		// A form's field labelled with a place, in the languages we serve.
		{text: "City: Columbus", want: []string{"LOCATION=Columbus"}},
		{text: "Stadt: Würzburg", want: []string{"LOCATION=Würzburg"}, none: []string{"PERSON"}},
		{text: "Ville : Lyon", want: []string{"LOCATION=Lyon"}},
		{text: "Name: Ana Ruiz\nCiudad: Valladolid", want: []string{"PERSON=Ana Ruiz", "LOCATION=Valladolid"}},
		// The same words without a colon run into names and titles.
		{text: "Our city Council met on Monday.", none: []string{"LOCATION", "PERSON"}},
		{text: "I live in Ciudad Juárez.", want: []string{"LOCATION=Ciudad Juárez"}},
		// A town the gazetteer does not know before a region it knows,
		// in an address or after a cue; a known name stays a person.
		{text: "I live at 4 Privet Drive, Little Whinging, Surrey", want: []string{"STREET_ADDRESS=4 Privet Drive, Little Whinging, Surrey"}},
		{text: "Ship to 12 Mill Lane, Snoring Parva, Norfolk NR21 0HP", want: []string{"STREET_ADDRESS=12 Mill Lane, Snoring Parva, Norfolk NR21 0HP"}},
		{text: "ship to Little Whinging, Surrey", want: []string{"LOCATION=Little Whinging", "LOCATION=Surrey"}, none: []string{"PERSON"}},
		{text: "Address: Little Whinging, Surrey", want: []string{"LOCATION=Little Whinging"}, none: []string{"PERSON"}},
		{text: "I sent it to John Smith, London", want: []string{"PERSON=John Smith"}},
		{text: "Thanks to Tom Baker, Surrey", want: []string{"PERSON=Tom Baker"}},
		// A word and a short number after a place cue name a room or a
		// gate; a number that counts a noun leaves the place.
		{text: "The meeting moved to Room 5 on the 3rd floor", none: []string{"LOCATION", "STREET_ADDRESS"}},
		{text: "Please proceed to Gate 12 for boarding", none: []string{"LOCATION", "STREET_ADDRESS"}},
		{text: "I flew to Kuopio 2 days ago", want: []string{"LOCATION=Kuopio"}, none: []string{"STREET_ADDRESS"}},
		// A field that holds no value.
		{text: "Country: Unknown", none: []string{"LOCATION"}},
		{text: "City: Unspecified\nCountry: Canada", want: []string{"LOCATION=Canada"}, none: []string{"LOCATION=Unspecified"}},
	})
}
