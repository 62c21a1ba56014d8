package redact

import "testing"

// TestStreetDirectional checks that a compass direction after a street's
// designator stays in the address, with the tail that follows, and that
// one starting a sentence does not.
func TestStreetDirectional(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "send it to 1600 Pennsylvania Ave NW, Washington, DC 20500", want: []string{"STREET_ADDRESS=1600 Pennsylvania Ave NW, Washington, DC 20500"}},
		{text: "Send to 12 Main St. E, Toronto, ON M5V 2T6 thanks", want: []string{"STREET_ADDRESS=12 Main St. E, Toronto, ON M5V 2T6"}},
		{text: "ship to 123 Elm St N Apt 4, Fargo, ND 58102", want: []string{"STREET_ADDRESS=123 Elm St N Apt 4, Fargo, ND 58102"}},
		{text: "Go to 12 Main Street North, Toronto", want: []string{"STREET_ADDRESS=12 Main Street North, Toronto"}},
		{text: "at 1600 Pennsylvania Ave N.W. Washington DC 20500", want: []string{"STREET_ADDRESS=1600 Pennsylvania Ave N.W. Washington DC 20500"}},
		{text: "at 1600 Pennsylvania Ave Washington DC 20500", want: []string{"STREET_ADDRESS=1600 Pennsylvania Ave Washington DC 20500"}},
		{text: "Office at 200 W Main St, Springfield, IL 62701", want: []string{"STREET_ADDRESS=200 W Main St, Springfield, IL 62701"}},
		{text: "We met at 12 Main Street North is closed today", want: []string{"STREET_ADDRESS=12 Main Street"}, none: []string{"PERSON"}},
	})
}

// TestGermanStreetWords checks German streets whose designator is a word
// of its own after one or two name words, with the house numbers written
// there.
func TestGermanStreetWords(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Wohnhaft in der Berliner Str. 12a, 80331 München", want: []string{"STREET_ADDRESS=Berliner Str. 12a, 80331 München"}, none: []string{"LOCATION"}},
		{text: "Adresse: Karl Marx Allee 5 b, 10178 Berlin", want: []string{"STREET_ADDRESS=Karl Marx Allee 5 b, 10178 Berlin"}},
		{text: "Lieferung an Alte Gasse 12-14, 60313 Frankfurt", want: []string{"STREET_ADDRESS=Alte Gasse 12-14, 60313 Frankfurt"}},
		{text: "Münchner Strasse 4, 80331 München", want: []string{"STREET_ADDRESS=Münchner Strasse 4, 80331 München"}},
		{text: "Potsdamer Chaussee 99, 14476 Potsdam", want: []string{"STREET_ADDRESS=Potsdamer Chaussee 99, 14476 Potsdam"}},
		{text: "Bitte an Kölner Ring 2a schicken", want: []string{"STREET_ADDRESS=Kölner Ring 2a"}},
		{text: "Am Neuen Ufer 7, 10555 Berlin", want: []string{"STREET_ADDRESS=Am Neuen Ufer 7, 10555 Berlin"}},
		{text: "Kurfürstendamm 5 b, 10719 Berlin", want: []string{"STREET_ADDRESS=Kurfürstendamm 5 b, 10719 Berlin"}},
		{text: "Hauptstraße 5, 10115 Berlin", want: []string{"STREET_ADDRESS=Hauptstraße 5, 10115 Berlin"}},
		// A letter after the number that does not end the street stays out.
		{text: "Crown Street 14 a is nice", want: []string{"STREET_ADDRESS=Crown Street 14"}},
	})
}

// TestLowerCaseIntroductions checks a lower-case given name and surname
// after a self-introduction, and lower-case words there that are not
// names.
func TestLowerCaseIntroductions(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Hi I'm john smith and I need help", want: []string{"PERSON=john smith"}},
		{text: "Hi, my name is maria garcia.", want: []string{"PERSON=maria garcia"}},
		{text: "Hello this is anna berg from billing", want: []string{"PERSON=anna berg"}},
		{text: "Name: maria lopez", want: []string{"PERSON=maria lopez"}},
		{text: "My name's peter jones", want: []string{"PERSON=peter jones"}},
		{text: "I\u2019m david miller, nice to meet you", want: []string{"PERSON=david miller"}},
		{text: "I'm going home", none: []string{"PERSON"}},
		{text: "This is fine", none: []string{"PERSON"}},
		{text: "Hey, my name is on the list, OK?", none: []string{"PERSON"}},
		{text: "Honestly I'm will smith's biggest fan", none: []string{"PERSON"}},
		{text: "So I am brown bear today", none: []string{"PERSON"}},
		{text: "Later I talked to john smith about it", none: []string{"PERSON"}},
	})
}

// TestSoftLabelsAndCodes checks form labels, header words and codes that
// once passed for names or streets.
func TestSoftLabelsAndCodes(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Rechnung USt-IdNr. DE 136 695 976 von Beispiel GmbH", want: []string{"ORGANIZATION=Beispiel GmbH"}, none: []string{"PERSON"}},
		{text: "Rechnung Kunden-Nr. 12345", none: []string{"PERSON"}},
		{text: "plate 34 ABC 123", none: []string{"STREET_ADDRESS"}},
		{text: "12 AB 34", none: []string{"STREET_ADDRESS"}},
		{text: "Unspecified ::", none: []string{"PERSON"}},
		{text: "Updated: the file", none: []string{"PERSON"}},
		{text: "Unknown : x", none: []string{"PERSON"}},
		// Speakers and hyphenated names still count.
		{text: "Zorblat: hello", want: []string{"PERSON=Zorblat"}},
		{text: "I met Jean-Pierre Dupont.", want: []string{"PERSON=Jean-Pierre Dupont"}},
		{text: "Box 5854 DPO AE 73472", want: []string{"STREET_ADDRESS=5854 DPO AE 73472"}},
	})
}

// TestSoftSynthFamilies checks the postcode, organisation and nationality
// forms of generated records: a town and its postcode after "in",
// postcodes after a cue, firms, and nationalities said of oneself.
func TestSoftSynthFamilies(t *testing.T) {
	checkSoftCases(t, []softCase{
		// A town and its postcode after "in", apart.
		{text: "Looking to support Acme in Bjert 6091 in its mission", want: []string{"LOCATION=Bjert", "ZIP_CODE=6091"}, none: []string{"STREET_ADDRESS"}},
		{text: "She works in Quinta de Baixo 3610-114, near the sea.", want: []string{"LOCATION=Quinta de Baixo", "ZIP_CODE=3610-114"}},
		{text: "I live in Baker 12.", want: []string{"STREET_ADDRESS=Baker 12"}, none: []string{"ZIP_CODE"}},
		// Short postcodes after a postcode cue, when they end the clause.
		{text: "My zip code is 880", want: []string{"ZIP_CODE=880"}},
		{text: "ZIP: 394 13", want: []string{"ZIP_CODE=394 13"}},
		// Any separator cues allow may stand between cue and code.
		{text: "zip - 94103", want: []string{"ZIP_CODE=94103"}},
		{text: "postcode, 10115", want: []string{"ZIP_CODE=10115"}},
		{text: "my zip - 94103 thanks", want: []string{"ZIP_CODE=94103"}},
		{text: "The zip has 880 items", none: []string{"ZIP_CODE"}},
		{text: "zip 123.45", none: []string{"ZIP_CODE"}},
		// Organisations.
		{text: "I used to work for Microsoft as an engineer.", want: []string{"ORGANIZATION=Microsoft"}},
		{text: "Streetcred Software Inc. is a firm.", want: []string{"ORGANIZATION=Streetcred Software Inc."}},
		{text: "During 1971, Mayo-Walters invested heavily.", want: []string{"ORGANIZATION=Mayo-Walters"}},
		{text: "Ms. Garcia-Smith called today.", want: []string{"PERSON=Garcia-Smith"}, none: []string{"ORGANIZATION"}},
		{text: "I met Jean-Luc yesterday.", none: []string{"ORGANIZATION"}},
		// Nationalities, in lower case after "I am", and in the plural.
		{text: "I am cambodian but I live in Belgium.", want: []string{"NRP=cambodian"}},
		{text: "We are proud saudis", want: []string{"NRP=saudis"}},
		{text: "we are proud paraguayans", want: []string{"NRP=paraguayans"}},
		{text: "The Paraguayans won.", want: []string{"NRP=Paraguayans"}},
		{text: "I am happy today", none: []string{"NRP", "PERSON"}},
	})
}

// TestStreetsAndPlacesNotPeople checks German streets that start with a
// preposition and places that start with a point of the compass, which
// once passed for people, and the people they must not swallow.
func TestStreetsAndPlacesNotPeople(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Unter den Linden 77, 10117 Berlin", want: []string{"STREET_ADDRESS=Unter den Linden 77, 10117 Berlin"}, none: []string{"PERSON"}},
		{text: "Ich wohne Unter den Linden 77", want: []string{"STREET_ADDRESS=Unter den Linden 77"}, none: []string{"PERSON"}},
		{text: "An der Alster 12, Hamburg", want: []string{"STREET_ADDRESS=An der Alster 12, Hamburg"}, none: []string{"PERSON"}},
		{text: "Ship to Zur Alten Mühle 4a", want: []string{"STREET_ADDRESS=Zur Alten Mühle 4a"}, none: []string{"PERSON"}},
		{text: "Ship to Am Markt 5 please", want: []string{"STREET_ADDRESS=Am Markt 5"}},
		// The same words start German prose: without a postcode, city or
		// address cue, no street.
		{text: "In der Zeit 5 Minuten", none: []string{"STREET_ADDRESS"}},
		{text: "Im Jahr 2020 habe ich bestellt", none: []string{"STREET_ADDRESS", "PERSON"}},
		{text: "Am Ende 3 Artikel fehlten", none: []string{"STREET_ADDRESS"}},
		{text: "Zum Beispiel 5 Stück", none: []string{"STREET_ADDRESS"}},
		{text: "Auf der Seite 5 steht es", none: []string{"STREET_ADDRESS"}},
		{text: "An Apple 5 pack", none: []string{"STREET_ADDRESS"}},
		{text: "We met in West Brook last week", want: []string{"LOCATION=West Brook"}, none: []string{"PERSON"}},
		{text: "West Brook is nice in May", none: []string{"PERSON"}},
		{text: "shipping to North Haven", want: []string{"LOCATION=North Haven"}, none: []string{"PERSON"}},
		{text: "The East Grinstead office called", none: []string{"PERSON"}},
		{text: "Ship to 12 Main St, North Haven, CT 06473", want: []string{"STREET_ADDRESS=12 Main St, North Haven, CT 06473"}},
		{text: "South Africa was super fun to visit!", want: []string{"LOCATION=South Africa"}},
		{text: "Brook Taylor called", want: []string{"PERSON=Brook Taylor"}},
		{text: "Adam West called me", want: []string{"PERSON=Adam West"}},
		{text: "Call Anna West today", want: []string{"PERSON=Anna West"}},
		{text: "My name is West Brook", want: []string{"PERSON=West Brook"}},
	})
}

// TestStreetNamesNotPeople checks words that a designator naming nothing
// but a street ends ("Park Lane", "Abbey Road"): without a house number
// the address recognizer leaves them, and they once passed for people
// when the designator is a surname too. A given name and a surname, or
// a cue, keep a person.
func TestStreetNamesNotPeople(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"I scored 3, Park Lane", nil},
		{"I scored 3, Park Lane.", nil},
		{"We lost 2, Baker Street was closed", nil},
		{"We got 5, Abbey Road", nil},
		{"I scored 3, Mill Lane", nil},
		{"I scored 3, Penny Lane", nil},
		{"the hotel on Park Lane", nil},
		{"Park Lane was closed", nil},
		{"Ship to 12 Park Lane, London", []string{"STREET_ADDRESS=12 Park Lane, London"}},
		{"I scored 3, John Lane", []string{"PERSON=John Lane"}},
		{"Diane Lane called me back", []string{"PERSON=Diane Lane"}},
		{"Thanks, Nathan Lane", []string{"PERSON=Nathan Lane"}},
		{"My name is Penny Lane", []string{"PERSON=Penny Lane"}},
		{"Thandiwe Lane called me back", []string{"PERSON=Thandiwe Lane"}},
		// A speaker's label that opens a line with a given name.
		{"Penny Lane: hello, my order is late", []string{"PERSON=Penny Lane"}},
		{"Eva Terrace: hi there", []string{"PERSON=Eva Terrace"}},
	})
}

// TestFirmLists checks firms listed together: one with a firm's suffix
// makes the others firms, and so do three words no list of names knows.
func TestFirmLists(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "we work with Acme Corp, Globex and Initech", want: []string{"ORGANIZATION=Acme Corp", "ORGANIZATION=Globex", "ORGANIZATION=Initech"}, none: []string{"PERSON"}},
		{text: "Globex, Initech and Acme Ltd. are clients", want: []string{"ORGANIZATION=Globex", "ORGANIZATION=Initech"}, none: []string{"PERSON"}},
		{text: "Contoso, Fabrikam and Northwind", want: []string{"ORGANIZATION=Contoso", "ORGANIZATION=Fabrikam", "ORGANIZATION=Northwind"}, none: []string{"PERSON"}},
		{text: "We partner with Contoso, Fabrikam, and Northwind.", none: []string{"PERSON"}},
		{text: "Acme GmbH, Berlin and Initech", want: []string{"LOCATION=Berlin"}, none: []string{"PERSON"}},
		// No "and": no list.
		{text: "in Tobel, Transunion is big", none: []string{"ORGANIZATION=Tobel"}},
		// People stay people.
		{text: "Efimiya, Anna and Jodi came", want: []string{"PERSON=Anna", "PERSON=Jodi"}, none: []string{"ORGANIZATION"}},
		{text: "I met Zorblat, Quixel and Brannoc", none: []string{"ORGANIZATION"}},
		{text: "Hi Anna, Globex Inc and Initech called", want: []string{"PERSON=Anna", "ORGANIZATION=Globex Inc"}},
		{text: "Davis, Reynolds and Williamson", want: []string{"ORGANIZATION=Davis, Reynolds and Williamson"}},
	})
}

// TestEuropeanProse checks German, French, Spanish, Italian, Dutch and
// Portuguese prose, where nouns or sentence starts are capitalised, and
// the names that must still be found there.
func TestEuropeanProse(t *testing.T) {
	checkSoftCases(t, []softCase{
		// Function words, fused prepositions, adverbs and nouns.
		{text: "Können Sie mir bitte helfen? Mein Paket ist verloren gegangen.", none: []string{"PERSON"}},
		{text: "Beim Checkout kommt eine Fehlermeldung", none: []string{"PERSON"}},
		{text: "Zum Glück hat es geklappt", none: []string{"PERSON"}},
		{text: "Gestern Abend war der Kundendienst nicht erreichbar.", none: []string{"PERSON"}},
		{text: "Nächste Woche bin ich im Urlaub.", none: []string{"PERSON"}},
		{text: "Sehr geehrte Damen und Herren, ich möchte kündigen.", none: []string{"PERSON"}},
		{text: "Vielen Dank für Ihre Hilfe! Schöne Grüße", none: []string{"PERSON"}},
		{text: "Ich bin Kunde seit 2010 und Mein Konto ist gesperrt.", none: []string{"PERSON"}},
		{text: "Ich bin Student und brauche Hilfe.", none: []string{"PERSON"}},
		{text: "Mon colis n'est jamais arrivé. Cordialement, Le service client", none: []string{"PERSON"}},
		{text: "Buongiorno, La mia carta è stata rifiutata.", none: []string{"PERSON"}},
		{text: "Una Pregunta sobre mi factura. Las Instrucciones no son claras.", none: []string{"PERSON"}},
		{text: "Een Vraag over mijn bestelling.", none: []string{"PERSON"}},
		// Kin and roles before a name stay out of it.
		{text: "Meine Tochter Lena hat Geburtstag", want: []string{"PERSON=Lena"}},
		{text: "Mein Kollege Thomas Berger ruft an.", want: []string{"PERSON=Thomas Berger"}},
		{text: "Mijn dochter Sanne heeft besteld.", want: []string{"PERSON=Sanne"}},
		{text: "Liebe Anna, vielen Dank.", want: []string{"PERSON=Anna"}},
		// Names after greetings, introductions, titles and prepositions.
		{text: "Mit freundlichen Grüßen, Anna Schmidt", want: []string{"PERSON=Anna Schmidt"}},
		{text: "Ich heiße Jan Novák", want: []string{"PERSON=Jan Novák"}},
		{text: "Me llamo Lucía Pérez", want: []string{"PERSON=Lucía Pérez"}},
		{text: "Mijn naam is Sanne de Vries", want: []string{"PERSON=Sanne de Vries"}},
		{text: "Meu nome é João Silva", want: []string{"PERSON=João Silva"}},
		{text: "Sie können Frau Meier erreichen", want: []string{"PERSON=Meier"}},
		{text: "Ich habe mit Herrn Weber gesprochen.", want: []string{"PERSON=Weber"}},
		{text: "Das Paket von Anna Schmidt ist angekommen.", want: []string{"PERSON=Anna Schmidt"}},
		{text: "Von Thomas Berger habe ich nichts gehört.", want: []string{"PERSON=Thomas Berger"}},
		{text: "Anna und Thomas haben bestellt.", want: []string{"PERSON=Anna", "PERSON=Thomas"}},
		// Particles inside names.
		{text: "Ich bin Marco De Luca.", want: []string{"PERSON=Marco De Luca"}},
		{text: "Sono Giuseppe La Rosa.", want: []string{"PERSON=Giuseppe La Rosa"}},
		{text: "Mein Name ist Pieter van der Berg.", want: []string{"PERSON=Pieter van der Berg"}},
		{text: "Hans von Weber", want: []string{"PERSON=Hans von Weber"}},
		{text: "Ida Schmidt hat angerufen.", want: []string{"PERSON=Ida Schmidt"}},
		{text: "Mai Nguyen hat geschrieben.", want: []string{"PERSON=Mai Nguyen"}},
		// Places that start with a stop word.
		{text: "I'm in Den Haag, at the conference", want: []string{"LOCATION=Den Haag"}, none: []string{"PERSON"}},
		{text: "I'M IN DEN HAAG, AT THE CONFERENCE", want: []string{"LOCATION=DEN HAAG"}},
	})
}

// TestFormLabelsNotPeople checks the words of form labels, which chats
// paste with their capitals: none is a person or a place, and the value
// after the label still is.
func TestFormLabelsNotPeople(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Date of Birth - 03 Mar 1985", none: []string{"PERSON"}},
		{text: "Place of Birth: Lyon", want: []string{"LOCATION=Lyon"}, none: []string{"PERSON"}},
		{text: "Mother's Maiden Name: Smith", want: []string{"PERSON=Smith"}, none: []string{"PERSON=Maiden"}},
		{text: "Country of Residence: France", want: []string{"LOCATION=France"}, none: []string{"LOCATION=Residence"}},
		{text: "Preferred Language: German", none: []string{"PERSON"}},
		{text: "Gender: female, Marital Status: married", none: []string{"PERSON"}},
		{text: "Given Name: Anna", want: []string{"PERSON=Anna"}, none: []string{"PERSON=Given", "PERSON=Given Name"}},
		{text: "Eric Holder called", want: []string{"PERSON=Eric Holder"}},
		{text: "Lastname, Firstname: Nowak, Anna", want: []string{"PERSON=Nowak, Anna"}, none: []string{"PERSON=Lastname", "PERSON=Firstname"}},
	})
}

// TestLowerCaseRecordStreets checks streets typed in lower case without
// a postcode: a field of a record between commas, a designator that is
// no common word after a cue that names an address, or one with a
// postcode after it; and the counts and lists that look like them.
func TestLowerCaseRecordStreets(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "customer x, 817 river place, phone 555-0142", want: []string{"STREET_ADDRESS=817 river place"}},
		{text: "> customer ana ruiz, 8125 ridgewood boulevard, card 4111 1111 1111 1111.", want: []string{"STREET_ADDRESS=8125 ridgewood boulevard"}},
		{text: "customer ana ruiz, 63 cromwell gardens, sheffield s17 8wg, phone 555-0142", want: []string{"STREET_ADDRESS=63 cromwell gardens, sheffield s17 8wg"}},
		{text: "customer ana ruiz, 1630 dogwood circle, des moines, ia 50356, phone 555-0142", want: []string{"STREET_ADDRESS=1630 dogwood circle, des moines, ia 50356"}},
		{text: "my billing address is 5379 prospect trail, the shipping address is 133 beechwood street, norwich nr3 8fx.", want: []string{"STREET_ADDRESS=5379 prospect trail", "STREET_ADDRESS=133 beechwood street, norwich nr3 8fx"}},
		{text: "we moved! new address: 4572 meadow trail.", want: []string{"STREET_ADDRESS=4572 meadow trail"}},
		{text: "i'm at 60 fairview trail and the courier called me", want: []string{"STREET_ADDRESS=60 fairview trail"}},
		// Counts in a list, and a designator that is a common word.
		{text: "we need 5 park benches, 3 street lamps, 2 signs", none: []string{"STREET_ADDRESS"}},
		{text: "room for 4, 2 car drive, close to the beach", none: []string{"STREET_ADDRESS"}},
		{text: "i'm at 50 yard line now", none: []string{"STREET_ADDRESS"}},
		{text: "we're at 3 mile run, almost done", none: []string{"STREET_ADDRESS"}},
		{text: "order 12 garden chairs, 4 tables, phone me", none: []string{"STREET_ADDRESS"}},
	})
}

// TestLowerCaseGermanPrepositionStreets checks German streets that start
// with a preposition ("Am Lindenhof", "An der Alster") typed in lower
// case, which a postcode or an address cue must confirm, and the German
// and English prose that starts the same way.
func TestLowerCaseGermanPrepositionStreets(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "am lindenhof 5, 30159 hannover", want: []string{"STREET_ADDRESS=am lindenhof 5, 30159 hannover"}},
		{text: "Am Lindenhof 5, 30159 Hannover", want: []string{"STREET_ADDRESS=Am Lindenhof 5, 30159 Hannover"}},
		{text: "ship it to am lindenhof 97, 23319 lübeck please.", want: []string{"STREET_ADDRESS=am lindenhof 97, 23319 lübeck"}},
		{text: "customer ngozi holm, am lindenhof 57, 79902 freiburg, phone 555-0142", want: []string{"STREET_ADDRESS=am lindenhof 57, 79902 freiburg"}},
		{text: "i'm at am neuen ufer 7, 10555 berlin", want: []string{"STREET_ADDRESS=am neuen ufer 7, 10555 berlin"}},
		{text: "ich wohne an der alster 12", want: []string{"STREET_ADDRESS=an der alster 12"}},
		{text: "ship it to am markt 5, 01100 dresden", want: []string{"STREET_ADDRESS=am markt 5, 01100 dresden"}},
		{text: "am ende 3 artikel fehlten", none: []string{"STREET_ADDRESS"}},
		{text: "i am level 5, 40000 xp", none: []string{"STREET_ADDRESS"}},
		{text: "im jahr 2020, 12345 bestellungen", none: []string{"STREET_ADDRESS"}},
	})
}

// TestLowerCaseChatStreets checks streets that chats type in lower case
// with little around them: a compass direction that ends the street, a
// street without a number after "it's on", a town after a street that
// ends the message; and the prose that looks like them.
func TestLowerCaseChatStreets(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "user> pick up from 14 bloor st w", want: []string{"STREET_ADDRESS=14 bloor st w"}},
		{text: "drop it at 310 main st n, thanks", want: []string{"STREET_ADDRESS=310 main st n"}},
		{text: "meet me at 5 main st e of the park", none: []string{"STREET_ADDRESS"}},
		// A street without a number after "it's on", "we're at".
		{text: "Customer: it's on queen street west, near the park", want: []string{"STREET_ADDRESS=queen street west"}},
		{text: "we're at baker street.", want: []string{"STREET_ADDRESS=baker street"}},
		{text: "It's on Queen Street West, near the park", want: []string{"STREET_ADDRESS=Queen Street West"}, none: []string{"PERSON"}},
		{text: "the shop is on river road", want: []string{"STREET_ADDRESS=river road"}},
		{text: "it's on the way", none: []string{"STREET_ADDRESS"}},
		{text: "it's on google drive, the shared one", none: []string{"STREET_ADDRESS"}},
		{text: "it's on my street", none: []string{"STREET_ADDRESS"}},
		{text: "it's on queen street tickets page", none: []string{"STREET_ADDRESS"}},
		{text: "the bug is on main road map view", none: []string{"STREET_ADDRESS"}},
		// A town that ends the message after the street.
		{text: "Customer: my address is 4 high street, bath", want: []string{"STREET_ADDRESS=4 high street, bath"}},
		{text: "deliver to 12 mill lane, ashby\nthanks", want: []string{"STREET_ADDRESS=12 mill lane, ashby"}},
		{text: "ship to 4 high street, pls", want: []string{"STREET_ADDRESS=4 high street"}, none: []string{"STREET_ADDRESS=4 high street, pls"}},
		{text: "so that's 4 high street, correct?", none: []string{"STREET_ADDRESS=4 high street, correct"}},
		{text: "ship to 4 high street, near the park.", want: []string{"STREET_ADDRESS=4 high street"}},
	})
}

// TestStreetNamedIdioms checks idioms and prose around "on" or "at"
// after a form of "be" that streetNamedAt must leave, beside the street
// without a number it is there for.
func TestStreetNamedIdioms(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"the shop is on river road", []string{"STREET_ADDRESS=river road"}},
		{"we're at baker street.", []string{"STREET_ADDRESS=baker street"}},
		{"we took a trip down memory lane", nil},
		{"we're on a trip down memory lane", nil},
		{"he works on wall street", nil},
		{"it's the end of the road for this laptop", nil},
		{"we're at the end of the road", nil},
		{"it's in the middle of the road", nil},
		{"we're on the road", nil},
		{"we're on civvy street now", nil}, // the clause goes on
		// Idioms of the street's shape, in lower case.
		{"it's on easy street", nil},
		{"i'm on easy street, finally", nil},
		{"we were on memory lane", nil},
		{"he is at wall street", nil},
		{"i'm on wall street.", nil},
		{"he is on civvy street", nil},
	})
}

// TestStreetWhereOneLives checks a street named without a number after
// "live" or "lives" and "on" or "at", as after a form of "be": the
// street one lives on is the address a customer gives most often
// without a number. The shapes streetNamedAt refuses stay out.
func TestStreetWhereOneLives(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"I live on John Street", []string{"STREET_ADDRESS=John Street"}},
		{"she lives on Baker Street.", []string{"STREET_ADDRESS=Baker Street"}},
		{"we live on oak avenue", []string{"STREET_ADDRESS=oak avenue"}},
		{"Customer: I live at Elm Road, near the park", []string{"STREET_ADDRESS=Elm Road"}},
		{"I live on the edge", nil},
		{"it lives on Google Drive", nil},
		{"I live on memory lane", nil},
		{"we live on a budget", nil},
		{"I like the new look", nil},
		{"we still live at Elm Road", []string{"STREET_ADDRESS=Elm Road"}},
		{"his memory lives on penny lane.", nil},
	})
	// "live" that says nothing of where someone lives.
	checkSoftCases(t, []softCase{
		{text: "we watched live at abbey road.", none: []string{"STREET_ADDRESS"}},
		{text: "the stream is live on abbey road", none: []string{"STREET_ADDRESS"}},
	})
}

// TestStreetNamedIdiomsKnownGaps pins the idioms that streetNamedAt
// takes for a street: a form of "be", "on" or "at", a word and a
// designator that names nothing but a street, ending the clause, is
// all it has to find "the shop is on river road" in lower case, and
// the idioms have that shape. It is an accepted cost: the finding is a
// street name without a number, at 0.6. streetIdiom leaves out the
// commonest ("easy street", "memory lane", "wall street") in lower
// case; the rarer ones, and any written with capitals as a street's
// name is, remain. A change that fixes one should move its line to
// TestStreetNamedIdioms.
func TestStreetNamedIdiomsKnownGaps(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"i'm on queer street", []string{"STREET_ADDRESS=queer street"}},
		{"it's on fast lane", []string{"STREET_ADDRESS=fast lane"}},
		{"we're on Easy Street.", []string{"STREET_ADDRESS=Easy Street"}},
	})
}

// TestLowerCaseNotNames checks words in lower case that once passed for
// names: an abstract noun before a word the gazetteer lacks after a
// person cue, and the words of a domain spelled out with "dot" or
// another language's word for it ("punto"); and the names beside them
// that must stay.
func TestLowerCaseNotNames(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "employee loyalty sung", none: []string{"PERSON"}},
		{text: "customer satisfaction ratings dropped", none: []string{"PERSON"}},
		{text: "employee mara sung", want: []string{"PERSON=mara sung"}},
		{text: "my name is teodor bianco", want: []string{"PERSON=teodor bianco"}},
		{text: "email me at john dot com", none: []string{"PERSON"}},
		{text: "email me at john punto com", none: []string{"PERSON"}},
		{text: "write to info at acme dot co dot uk", none: []string{"PERSON"}},
		{text: "write to jane dot doe at example dot com", none: []string{"PERSON"}},
		{text: "email john smith at the office", want: []string{"PERSON=john smith"}},
		{text: "i'm john smith, email me at jsmith dot net", want: []string{"PERSON=john smith"}},
	})
}

// TestAddressCueStrength checks that a cue that names an address ("is
// at", "we are at", "stay at", "live in") lets lower-case words make a
// street, and that a bare "at" or "in", which precedes times, prices and
// counts as often, does not, unless a common designator ends the street
// and its clause ("meet me at 5 main st").
func TestAddressCueStrength(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "the office is at 12 elm road", want: []string{"STREET_ADDRESS=12 elm road"}},
		{text: "we are at 12 oak road", want: []string{"STREET_ADDRESS=12 oak road"}},
		{text: "we stay at 5 birch lane", want: []string{"STREET_ADDRESS=5 birch lane"}},
		{text: "i live in 42 elm street", want: []string{"STREET_ADDRESS=42 elm street"}},
		{text: "meet me at 5 main st", want: []string{"STREET_ADDRESS=5 main st"}},
		{text: "see you at 10 pm tonight", none: []string{"STREET_ADDRESS"}},
		{text: "it is at 3 percent", none: []string{"STREET_ADDRESS"}},
		{text: "we're in 2 meetings today", none: []string{"STREET_ADDRESS"}},
	})
}

// TestLowerCaseTradeSurnames checks surnames that are trades too
// ("walker", "cook", "fisher") after a given name in lower case, and the
// trades that are no surname.
func TestLowerCaseTradeSurnames(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "please wire the refund (account holder valentina walker).", want: []string{"PERSON=valentina walker"}},
		{text: "thanks anna cook, that solved it", want: []string{"PERSON=anna cook"}},
		{text: "maria fisher here, you can text me", want: []string{"PERSON=maria fisher"}},
		{text: "ask anna driver about it", none: []string{"PERSON=anna driver"}},
		{text: "the dog walker came late", none: []string{"PERSON"}},
	})
}
