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
		{text: "use po box 44, small business account", want: []string{"STREET_ADDRESS=po box 44"}, none: []string{"STREET_ADDRESS=po box 44, small business"}},
		{text: "po box 12, same day delivery please", want: []string{"STREET_ADDRESS=po box 12"}},
		{text: "customer fenna hakobyan, buchenring 57, 18902 rostock, phone +49 30 1234567", want: []string{"STREET_ADDRESS=buchenring 57, 18902 rostock"}},
		{text: "lindenring 4, 04109 weimarstadt", want: []string{"STREET_ADDRESS=lindenring 4, 04109 weimarstadt"}},
		{text: "parkring 9, 18055 rostock.", want: []string{"STREET_ADDRESS=parkring 9, 18055 rostock"}},
		{text: "at the gathering 12, 40000 people.", none: []string{"STREET_ADDRESS"}},
		{text: "the offering 12, 25000 units", none: []string{"STREET_ADDRESS"}},
		{text: "monitoring 24, 10000 events", none: []string{"STREET_ADDRESS"}},
		{text: "keyring 3, 20000 users.", none: []string{"STREET_ADDRESS"}},
	})
}

// TestAddressUnitLines checks a unit written on a line of its own above
// or below the street, as a letter head does, in capitals and in lower
// case, and lines of a building between the street and the postcode.
func TestAddressUnitLines(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Apt 4B\n1200 Oak Avenue\nDenver, CO 80203", want: []string{"STREET_ADDRESS=Apt 4B\n1200 Oak Avenue\nDenver, CO 80203"}},
		{text: "ship to:\nSuite 300\n45 Market Street\nSan Francisco, CA 94105", want: []string{"STREET_ADDRESS=Suite 300\n45 Market Street\nSan Francisco, CA 94105"}},
		{text: "Flat 2,\n17 Harrow Road\nLondon W2 1AA", want: []string{"STREET_ADDRESS=Flat 2,\n17 Harrow Road\nLondon W2 1AA"}},
		{text: "Wohnung 5\nBahnhofstraße 12\n10115 Berlin", want: []string{"STREET_ADDRESS=Wohnung 5\nBahnhofstraße 12\n10115 Berlin"}},
		{text: "apt 4b\n1200 oak avenue\ndenver, co 80203", want: []string{"STREET_ADDRESS=apt 4b\n1200 oak avenue\ndenver, co 80203"}},
		{text: "1200 Oak Avenue\nApt 4B\nDenver, CO 80203", want: []string{"STREET_ADDRESS=1200 Oak Avenue\nApt 4B\nDenver, CO 80203"}},
		{text: "12 Rue des Lilas\nBâtiment C\n75011 Paris", want: []string{"STREET_ADDRESS=12 Rue des Lilas\nBâtiment C\n75011 Paris"}},
		{text: "8 Avenue Foch\nEscalier B\n75016 Paris", want: []string{"STREET_ADDRESS=8 Avenue Foch\nEscalier B\n75016 Paris"}},
		{text: "Calle Mayor 5\nPiso 3\n28013 Madrid", want: []string{"STREET_ADDRESS=Calle Mayor 5\nPiso 3\n28013 Madrid"}},
		{text: "12 rue des lilas\nbâtiment c\n75011 paris", want: []string{"STREET_ADDRESS=12 rue des lilas\nbâtiment c\n75011 paris"}},
		{text: "ship to 8 avenue foch, escalier b, 75016 paris", want: []string{"STREET_ADDRESS=8 avenue foch, escalier b, 75016 paris"}},
		{text: "Step 2\n12 Main Street", want: []string{"STREET_ADDRESS=12 Main Street"}},
		{text: "Room 5\n12 people joined the call", none: []string{"STREET_ADDRESS"}},
		{text: "12 route options\nroom 4\n45678 users affected", none: []string{"STREET_ADDRESS"}},
		{text: "We'll meet at Recargo,\n73111 31 Seneca Place", none: []string{"STREET_ADDRESS=,\n73111 31 Seneca Place"}},
	})
}

// TestAddressIndianBlockCode checks an Indian address whose flat is
// followed by its block's code ("DL-3", "B-204", "C-3/45") before the
// localities, in capitals and in lower case, while a vehicle's
// registration code before a town and its state stays no address.
func TestAddressIndianBlockCode(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Flat 12, DL-3, Connaught Place, New Delhi 110001", want: []string{"STREET_ADDRESS=Flat 12, DL-3, Connaught Place, New Delhi 110001"}},
		{text: "Customer: Flat 7, GH-14, Sector 21, Noida 201301", want: []string{"STREET_ADDRESS=Flat 7, GH-14, Sector 21, Noida 201301"}},
		{text: "House No. 9, C-3/45, Janakpuri, New Delhi 110058", want: []string{"STREET_ADDRESS=House No. 9, C-3/45, Janakpuri, New Delhi 110058"}},
		{text: "flat 12, dl-3, connaught place, new delhi 110001", want: []string{"STREET_ADDRESS=flat 12, dl-3, connaught place, new delhi 110001"}},
		{text: "MH-12, Pune, Maharashtra 411001", none: []string{"STREET_ADDRESS"}},
		{text: "Customer: MH-12, Pune, Maharashtra 411001", none: []string{"STREET_ADDRESS"}},
		{text: "Room 12, A-12, Stage 3, London", none: []string{"STREET_ADDRESS"}},
		{text: "Ticket: B-204, Sector 62, Noida", none: []string{"STREET_ADDRESS"}},
	})
}

// TestAddressReferenceNumber checks that a number after a word that says
// what it numbers (a ticket, an order, a case, an invoice) is no house
// number, while the same street after an address cue stays one.
func TestAddressReferenceNumber(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "ticket 4521 Main Street branch", none: []string{"STREET_ADDRESS"}},
		{text: "Ticket 4521 Main Street branch is closed", none: []string{"STREET_ADDRESS"}},
		{text: "case 318 Elm Street location is closed", none: []string{"STREET_ADDRESS"}},
		{text: "invoice # 4521 Main Street", none: []string{"STREET_ADDRESS"}},
		{text: "order no. 77 King Road store", none: []string{"STREET_ADDRESS"}},
		{text: "see ref 12 Oak Avenue location", none: []string{"STREET_ADDRESS"}},
		{text: "Bestellung 4411 Hauptstraße Filiale", none: []string{"STREET_ADDRESS"}},
		{text: "I live at 4521 Main Street", want: []string{"STREET_ADDRESS=4521 Main Street"}},
		{text: "my order 4521 went to 12 Main Street", want: []string{"STREET_ADDRESS=12 Main Street"}},
		{text: "ship order 55 to 4521 Main Street, Springfield, IL 62704", want: []string{"STREET_ADDRESS=4521 Main Street, Springfield, IL 62704"}},
		{text: "ship my order to 318 Elm Street", want: []string{"STREET_ADDRESS=318 Elm Street"}},
	})
}

// TestAddressPersonThenStreet checks a person's name that runs into a
// street without a comma after an address cue, where the number starts
// a street of its own, and streets named by a person in full with "Jr":
// the street comes whole, the person apart. Towns that end in "City"
// keep it, also after a country's name.
func TestAddressPersonThenStreet(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "ship to Ana Ruiz 1500 Martin Luther King Jr. Blvd Atlanta GA 30310", want: []string{"PERSON=Ana Ruiz", "STREET_ADDRESS=1500 Martin Luther King Jr. Blvd Atlanta GA 30310"}},
		{text: "Send it to Ana Ruiz, 1500 Martin Luther King Jr. Blvd, Atlanta, GA 30310", want: []string{"PERSON=Ana Ruiz", "STREET_ADDRESS=1500 Martin Luther King Jr. Blvd, Atlanta, GA 30310"}},
		{text: "ship to Sophie Lang 3482 Main Street", want: []string{"PERSON=Sophie Lang", "STREET_ADDRESS=3482 Main Street"}},
		{text: "send it to Jonas Weber 12 Hauptstraße, Berlin", want: []string{"PERSON=Jonas Weber", "STREET_ADDRESS=12 Hauptstraße, Berlin"}},
		{text: "ship to Priya Nair 12 MG Road, Bengaluru 560001", want: []string{"PERSON=Priya Nair", "STREET_ADDRESS=12 MG Road, Bengaluru 560001"}},
		{text: "ship to Marco Bianchi 14 Via Roma, Milano", want: []string{"PERSON=Marco Bianchi", "STREET_ADDRESS=14 Via Roma, Milano"}},
		{text: "ship to Villa Rosa 12, Bologna", want: []string{"STREET_ADDRESS=Villa Rosa 12, Bologna"}},
		{text: "our offices are at Storgarden 52 Trajanka Forks Suite 894", want: []string{"STREET_ADDRESS=Storgarden 52 Trajanka Forks Suite 894"}},
		{text: "Martin Luther King Jr Blvd 5", want: []string{"STREET_ADDRESS=Martin Luther King Jr Blvd 5"}, none: []string{"PERSON"}},
		{text: "Ana Ruiz, Martin Luther King Jr Blvd 5", want: []string{"PERSON=Ana Ruiz", "STREET_ADDRESS=Martin Luther King Jr Blvd 5"}},
		{text: "I live at Cesar Chavez Jr Ave 210, 94110 San Francisco", want: []string{"STREET_ADDRESS=Cesar Chavez Jr Ave 210, 94110 San Francisco"}},
		{text: "Martin Luther King Jr said 5 things", none: []string{"STREET_ADDRESS"}},
		{text: "Robert Downey Jr 2 movies", none: []string{"STREET_ADDRESS"}},
		{text: "Send it to Ana Ruiz, 221 John F. Kennedy Boulevard, Jersey City, NJ 07306", want: []string{"STREET_ADDRESS=221 John F. Kennedy Boulevard, Jersey City, NJ 07306"}},
		{text: "12 Main St, Kansas City, MO 64105", want: []string{"STREET_ADDRESS=12 Main St, Kansas City, MO 64105"}},
		{text: "Av. Reforma 222, Mexico City 06600", want: []string{"STREET_ADDRESS=Av. Reforma 222, Mexico City 06600"}},
		{text: "12 Main Street, Inner City Youth", want: []string{"STREET_ADDRESS=12 Main Street"}},
	})
}

// TestTitledPlaceRunsOn checks a text with every word capitalised in
// which a known place runs into the words of the sentence: the place
// alone, and nothing where mixed case says nothing (a parcel's
// destination); a place the gazetteer knows whole keeps its words.
func TestTitledPlaceRunsOn(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "How Long Does Shipping To Canada Usually Take?", none: []string{"LOCATION", "STREET_ADDRESS"}},
		{text: "Is Delivery To Germany Normally This Slow, The Order Was Placed Monday?", none: []string{"LOCATION"}},
		{text: "Shipping To Australia Often Takes Two Weeks And The Box Was Crushed", none: []string{"LOCATION"}},
		{text: "I Moved To Canada Last Year And My Order Is Lost", want: []string{"LOCATION=Canada"}, none: []string{"LOCATION=Canada Last", "LOCATION=Canada Last Year"}},
		{text: "We Travelled To Portugal Recently And The Card Was Blocked", want: []string{"LOCATION=Portugal"}, none: []string{"LOCATION=Portugal Recently"}},
		{text: "I Was Born In South Africa And The Form Is Wrong", want: []string{"LOCATION=South Africa"}},
	})
}

// TestPlaceAfterStops checks a known place whose name starts with a
// stop word, after other stop words of a capitalised run ("I Was Born In
// South Africa", "The New York office"): the place whole.
func TestPlaceAfterStops(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "I Was Born In South Africa And The Form Is Wrong", want: []string{"LOCATION=South Africa"}},
		{text: "The New York office called", want: []string{"LOCATION=New York"}, none: []string{"ORGANIZATION"}},
		{text: "SOUTH AFRICA WAS SUPER FUN TO VISIT!", want: []string{"LOCATION=SOUTH AFRICA"}},
		{text: "Our West Virginia store", want: []string{"LOCATION=West Virginia"}},
	})
}

// TestAddressCountryNames checks countries written short or in their own
// language at the end of an address: they join it.
func TestAddressCountryNames(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Address: 1140 Riverside Pkwy, Macon, GA 31210, USA", want: []string{"STREET_ADDRESS=1140 Riverside Pkwy, Macon, GA 31210, USA"}},
		{text: "Rechnung an Kastanienallee 45, 10435 Berlin, Deutschland", want: []string{"STREET_ADDRESS=Kastanienallee 45, 10435 Berlin, Deutschland"}},
		{text: "Via Garibaldi 21, 10122 Torino, Italia", want: []string{"STREET_ADDRESS=Via Garibaldi 21, 10122 Torino, Italia"}},
		{text: "Calle Luna 7, 29012 Málaga, España", want: []string{"STREET_ADDRESS=Calle Luna 7, 29012 Málaga, España"}},
		{text: "14 Wellington Road, Leeds LS12 4PH, UK", want: []string{"STREET_ADDRESS=14 Wellington Road, Leeds LS12 4PH, UK"}},
		{text: "Dorpsstraat 12, 3581 AB Utrecht, Nederland", want: []string{"STREET_ADDRESS=Dorpsstraat 12, 3581 AB Utrecht, Nederland"}},
	})
}

// TestAddressDutchLowerPostcode checks the letters of a Dutch postcode
// typed in lower case that spell a state's code or a firm's suffix too
// ("ab", "ca"), before a known town.
func TestAddressDutchLowerPostcode(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "adres: molenweg 8, 6511 ab nijmegen", want: []string{"STREET_ADDRESS=molenweg 8, 6511 ab nijmegen"}},
		{text: "stuur naar kerkstraat 5, 3581 ca utrecht", want: []string{"STREET_ADDRESS=kerkstraat 5, 3581 ca utrecht"}},
		{text: "we have 5000 in amsterdam", none: []string{"STREET_ADDRESS"}},
	})
}

// TestAddressIndianLocalities checks parts of an Indian address that an
// ordinal starts ("3rd Cross", "2nd Stage", "4th Block") or "City" ends
// ("Electronic City"), in capitals and in lower case, while units of
// plans and games alone stay no address.
func TestAddressIndianLocalities(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "House No 56, 3rd Cross, Indiranagar, Bengaluru 560038", want: []string{"STREET_ADDRESS=House No 56, 3rd Cross, Indiranagar, Bengaluru 560038"}},
		{text: "Plot 7, Phase 2, Electronic City, Bengaluru 560100", want: []string{"STREET_ADDRESS=Plot 7, Phase 2, Electronic City, Bengaluru 560100"}},
		{text: "flat 4, 2nd stage, btm layout, bengaluru 560076", want: []string{"STREET_ADDRESS=flat 4, 2nd stage, btm layout, bengaluru 560076"}},
		{text: "Flat 9, 1st Floor, 4th Block, Koramangala, Bengaluru 560034", want: []string{"STREET_ADDRESS=Flat 9, 1st Floor, 4th Block, Koramangala, Bengaluru 560034"}},
		{text: "Level 3, 2nd Stage, Sydney", none: []string{"STREET_ADDRESS"}},
		{text: "Phase 2, Stage 3, London", none: []string{"STREET_ADDRESS"}},
	})
}

// TestAddressRomanNumeralsAndShortDesignators checks streets named
// after kings, popes and dates in Roman numerals ("Corso Vittorio
// Emanuele II", "Via XX Settembre", "Calle Alfonso XII"), Italian
// designators written short ("P.zza", "V.le", "C.so") and a known place
// in a street's name ("Buenos Aires"); a numeral alone after "Via" is no
// name.
func TestAddressRomanNumeralsAndShortDesignators(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "spedire a Corso Vittorio Emanuele II 45, 80121 Napoli", want: []string{"STREET_ADDRESS=Corso Vittorio Emanuele II 45, 80121 Napoli"}},
		{text: "Via XX Settembre 12, 16121 Genova", want: []string{"STREET_ADDRESS=Via XX Settembre 12, 16121 Genova"}},
		{text: "Via IV Novembre 3, 00187 Roma", want: []string{"STREET_ADDRESS=Via IV Novembre 3, 00187 Roma"}},
		{text: "Calle Alfonso XII 3, 28014 Madrid", want: []string{"STREET_ADDRESS=Calle Alfonso XII 3, 28014 Madrid"}},
		{text: "Rue Louis XIV 5, 75001 Paris", want: []string{"STREET_ADDRESS=Rue Louis XIV 5, 75001 Paris"}},
		{text: "Corso Umberto I 12, 80138 Napoli", want: []string{"STREET_ADDRESS=Corso Umberto I 12, 80138 Napoli"}},
		{text: "P.zza della Signoria 2, 50122 Firenze", want: []string{"STREET_ADDRESS=P.zza della Signoria 2, 50122 Firenze"}},
		{text: "V.le Monza 140, 20127 Milano", want: []string{"STREET_ADDRESS=V.le Monza 140, 20127 Milano"}},
		{text: "C.so Buenos Aires 33, 20124 Milano", want: []string{"STREET_ADDRESS=C.so Buenos Aires 33, 20124 Milano"}},
		{text: "Avenida Buenos Aires 12, Lima", want: []string{"STREET_ADDRESS=Avenida Buenos Aires 12, Lima"}},
		{text: "Via XL 3 days ago", none: []string{"STREET_ADDRESS"}},
		{text: "sent via DHL XL 3 boxes", none: []string{"STREET_ADDRESS"}},
		{text: "Rocky IV 2 times", none: []string{"STREET_ADDRESS"}},
		{text: "P.S. 12 more to go", none: []string{"STREET_ADDRESS"}},
	})
}

// TestAddressLowerCompass checks a compass point before a street's name
// typed in lower case ("404 e 14th st", "221 north broad street"),
// which a designator and a postcode or a cue confirm, while numbers that
// count things before a compass word stay none.
func TestAddressLowerCompass(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "please update to 404 e 14th st apt 6c new york ny 10009", want: []string{"STREET_ADDRESS=404 e 14th st apt 6c new york ny 10009"}},
		{text: "send to 404 east 14th street, new york, ny 10009", want: []string{"STREET_ADDRESS=404 east 14th street, new york, ny 10009"}},
		{text: "i'm at 221 north broad street philadelphia pa 19107", want: []string{"STREET_ADDRESS=221 north broad street philadelphia pa 19107"}},
		{text: "my address is 18 sw alder st, portland, or 97205", want: []string{"STREET_ADDRESS=18 sw alder st, portland, or 97205"}},
		{text: "i have 3 n 95 masks", none: []string{"STREET_ADDRESS"}},
		{text: "we opened 5 east coast stores", none: []string{"STREET_ADDRESS"}},
		{text: "order 4 n main st signs", none: []string{"STREET_ADDRESS"}},
	})
}

// TestAddressDistrictBeforeTown checks a district between the street and
// the town and its postcode, which may be a given name too ("Chelsea",
// "clifton") or a word the gazetteer does not know, while a given name
// after the street that no town and postcode follow stays the person's.
func TestAddressDistrictBeforeTown(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Flat 7, 19 Kings Road, Chelsea, London SW3 4RP", want: []string{"STREET_ADDRESS=Flat 7, 19 Kings Road, Chelsea, London SW3 4RP"}},
		{text: "flat 7, 19 kings road, chelsea, london sw3 4rp", want: []string{"STREET_ADDRESS=flat 7, 19 kings road, chelsea, london sw3 4rp"}},
		{text: "4 high street, clifton, bristol bs8 1aa", want: []string{"STREET_ADDRESS=4 high street, clifton, bristol bs8 1aa"}},
		{text: "4 high street, headington, oxford ox3 9dl", want: []string{"STREET_ADDRESS=4 high street, headington, oxford ox3 9dl"}},
		{text: "my address is 4 high street, john, call me", want: []string{"STREET_ADDRESS=4 high street", "PERSON=john"}},
		{text: "ship to 4 high street, john, london is fine", want: []string{"STREET_ADDRESS=4 high street", "PERSON=john"}},
	})
}

// TestAddressPartNumber checks that a number after a word that numbers
// the parts of a text or a course (chapter, section, step, episode) is
// no house number either.
func TestAddressPartNumber(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "chapter 7 Baker Street Irregulars", none: []string{"STREET_ADDRESS"}},
		{text: "see section 12 Main Street Rules in the handbook", none: []string{"STREET_ADDRESS"}},
		{text: "Step 2 Main Street Deli signup", none: []string{"STREET_ADDRESS"}},
		{text: "claim 4410 Elm Street branch", none: []string{"STREET_ADDRESS"}},
		{text: "episode 3 Oak Avenue murders", none: []string{"STREET_ADDRESS"}},
		{text: "the chapter ends at 7 Baker Street, London NW1 6XE", want: []string{"STREET_ADDRESS=7 Baker Street, London NW1 6XE"}},
	})
}

// TestAddressBareStreet checks a UK street without a house number, as a
// house with a name has it, before its town and postcode, maybe after a
// district; a street in prose or a firm named after one stays out.
func TestAddressBareStreet(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "The Old Rectory, Church Street, Bampton OX18 2LW", want: []string{"STREET_ADDRESS=The Old Rectory, Church Street, Bampton OX18 2LW"}},
		{text: "Rose Cottage, Mill Lane, Hambleden, Henley-on-Thames RG9 6SB", want: []string{"STREET_ADDRESS=Rose Cottage, Mill Lane, Hambleden, Henley-on-Thames RG9 6SB"}, none: []string{"PERSON"}},
		{text: "Abbey Road, London NW8 9AY is famous", want: []string{"STREET_ADDRESS=Abbey Road, London NW8 9AY"}},
		{text: "Customer: Baker Street, London NW1 6XE", want: []string{"STREET_ADDRESS=Baker Street, London NW1 6XE"}},
		{text: "Main Street Bank, London EC2 1AB", none: []string{"STREET_ADDRESS"}},
		{text: "I love Church Street, Bampton OX18 2LW shops", none: []string{"STREET_ADDRESS"}},
		{text: "Station Road, 1234 users", none: []string{"STREET_ADDRESS"}},
	})
}

// TestAddressWayStreet checks a street named by one word in "-way"
// after its house number ("12 Broadway", "120 Queensway"), which a
// postcode or a cue confirms, while things counted before such a word
// stay none.
func TestAddressWayStreet(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "new address 120 Queensway, London W2 3RR", want: []string{"STREET_ADDRESS=120 Queensway, London W2 3RR"}},
		{text: "12 Broadway, New York, NY 10004", want: []string{"STREET_ADDRESS=12 Broadway, New York, NY 10004"}},
		{text: "I live at 5 Kingsway", want: []string{"STREET_ADDRESS=5 Kingsway"}},
		{text: "I ate 3 Subway sandwiches", none: []string{"STREET_ADDRESS"}},
		{text: "we need 2 Railway tickets", none: []string{"STREET_ADDRESS"}},
		{text: "there are 12 Broadway shows", none: []string{"STREET_ADDRESS"}},
	})
}

// TestAddressSpanishBoxItalianDoor checks Spanish and Mexican post-office
// boxes written out ("Apartado de Correos 123", "Apartado Postal 45") and
// an Italian door's letter after a slash ("12/A"), while a mark or a
// form's number after a slash stays none.
func TestAddressSpanishBoxItalianDoor(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Apartado de Correos 123, 28080 Madrid", want: []string{"STREET_ADDRESS=Apartado de Correos 123, 28080 Madrid"}},
		{text: "Apartado Postal 45, 06000 Ciudad de México", want: []string{"STREET_ADDRESS=Apartado Postal 45, 06000 Ciudad de México"}},
		{text: "Via dei Mille 12/A, 80121 Napoli", want: []string{"STREET_ADDRESS=Via dei Mille 12/A, 80121 Napoli"}},
		{text: "abito in via roma 3/b, 00184 roma", want: []string{"STREET_ADDRESS=via roma 3/b, 00184 roma"}},
		{text: "I scored 12/A on the test", none: []string{"STREET_ADDRESS"}},
		{text: "Form 12/B was sent", none: []string{"STREET_ADDRESS"}},
	})
}

// TestAddressDutchLaanAndStateLetters checks Dutch streets that "Laan"
// opens ("Laan van Meerdervoort 100") and postcodes whose letters spell
// a US state's code before a known town ("2517 AZ Den Haag").
func TestAddressDutchLaanAndStateLetters(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Laan van Meerdervoort 100, 2517 AZ Den Haag", want: []string{"STREET_ADDRESS=Laan van Meerdervoort 100, 2517 AZ Den Haag"}},
		{text: "mijn adres: Laan van Nieuw Oost-Indië 12, 2593 BJ Den Haag", want: []string{"STREET_ADDRESS=Laan van Nieuw Oost-Indië 12, 2593 BJ Den Haag"}},
		{text: "Kerkstraat 5, 1017 GA Amsterdam", want: []string{"STREET_ADDRESS=Kerkstraat 5, 1017 GA Amsterdam"}},
	})
}

// TestAddressCapsAnd checks a box's town before "And" in a text with
// every word capitalised or in capitals.
func TestAddressCapsAnd(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "I'm At PO Box 64037, Eugene And The Courier Called Me By Mistake.", want: []string{"STREET_ADDRESS=PO Box 64037, Eugene"}},
		{text: "I'M AT PO BOX 64037, EUGENE AND THE COURIER CALLED ME BY MISTAKE.", want: []string{"STREET_ADDRESS=PO BOX 64037, EUGENE"}},
		{text: "PO Box 44, John will pick it up", want: []string{"STREET_ADDRESS=PO Box 44"}, none: []string{"STREET_ADDRESS=PO Box 44, John"}},
	})
}

// TestAddressRecordField checks a street with a rarer designator typed
// in lower case as a field of a record, between commas ("customer x,
// 9413 juniperberry circle, phone ..."), while short counts before such
// a word stay none.
func TestAddressRecordField(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "> customer hiroko halloran, 9413 juniperberry circle, phone +55 11 98954-8932", want: []string{"STREET_ADDRESS=9413 juniperberry circle"}},
		{text: "customer ana ruiz, 5301 quarry trail, phone 555 0134", want: []string{"STREET_ADDRESS=5301 quarry trail"}},
		{text: "room for 4, 2 car trail, nice", none: []string{"STREET_ADDRESS"}},
		{text: "we walked 3 days, 12 mile trail, great", none: []string{"STREET_ADDRESS"}},
	})
}

// TestPlaceCity checks a known place that "City" follows ("Mexico
// City", "Kansas City"): the town whole, as in an address's tail.
func TestPlaceCity(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "I moved to Mexico City last year", want: []string{"LOCATION=Mexico City"}},
		{text: "I live in Kansas City", want: []string{"LOCATION=Kansas City"}},
		{text: "Panama City, Florida", want: []string{"LOCATION=Panama City"}},
		{text: "the city of London", want: []string{"LOCATION=London"}},
	})
}
