package redact

import (
	"testing"
)

// TestHungarianAddressOfSession32 checks Hungarian addresses: the
// designator in lower case after the street's name, which is often a
// person's ("Petőfi Sándor utca"), the house number with its period, the
// floor and the door ("fszt. 2.", "4. em. 10.", "4/15"), and the town
// before the street with the postcode after it ("Eger, Damjanich utca
// 84., 3374"). A name before an English word or a bare "sor" without a
// number stays out.
func TestHungarianAddressOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Cím: Arany János utca 60. fszt. 2.\n6706 Szeged. Köszönöm", "Arany János utca 60. fszt. 2.\n6706 Szeged"},
		{"Old address: 7668 Pécs, Petőfi Sándor utca 42.\nNew one soon.", "7668 Pécs, Petőfi Sándor utca 42."},
		{"New address: 6745 Szeged, Szent István körút 48. 4/5, Magyarország", "6745 Szeged, Szent István körút 48. 4/5, Magyarország"},
		{"My old address was Debrecen, Hársfa sor 69. 4/15, 4070.", "Debrecen, Hársfa sor 69. 4/15, 4070"},
		{"Az új címem: Eger, Damjanich utca 51. 6. em. 4., 3331. Tanár vagyok.", "Eger, Damjanich utca 51. 6. em. 4., 3331"},
		{"Cím: Győr\nPetőfi Sándor utca 25. fszt. 2.\n9054", "Győr\nPetőfi Sándor utca 25. fszt. 2.\n9054"},
		{"Please send it to Fenyves köz 11. fszt. 2.\n4007 Debrecen today", "Fenyves köz 11. fszt. 2.\n4007 Debrecen"},
		{"It is Andrássy út 12, 1061 Budapest", "Andrássy út 12, 1061 Budapest"},
		{"Address: Budapest, Rózsa utca 15., 1016\nEmail: x@y.hu", "Budapest, Rózsa utca 15., 1016"},
		{"Szent István körút 2. 2. em. 12.\n9022 Győr\nMagyarország", "Szent István körút 2. 2. em. 12.\n9022 Győr\nMagyarország"},
	}, []string{
		"Hello Kitty sor",
		"Anna utca",
		"Meet Peter Kovacs at 5 pm",
	})
}

// TestIndianAddressOfSession32 checks Indian addresses led by "#", "House
// No." or "Flat No." with a building's name before the street, a road's
// "Extension", an acronym's locality ("HSR Layout"), a dash before the PIN
// code, and the parts over the lines of a letter head, which the PIN code
// must end. A chain without a PIN code over lines, an issue's number and
// a list of places stay out.
func TestIndianAddressOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Their new address is # 2183, Shanti Kunj, Temple Road, Indiranagar, Bengaluru, Karnataka 560401. Thanks", "# 2183, Shanti Kunj, Temple Road, Indiranagar, Bengaluru, Karnataka 560401"},
		{"Please update my adress to # 1733, Green Meadows Residency, MG Road Extension, Jayanagar, Bengaluru - 560855", "# 1733, Green Meadows Residency, MG Road Extension, Jayanagar, Bengaluru - 560855"},
		{"Home address: Flat No. 2981, Shanti Kunj, 18th Cross, Indiranagar, Bengaluru - 560699. You can", "Flat No. 2981, Shanti Kunj, 18th Cross, Indiranagar, Bengaluru - 560699"},
		{"Address: House No. 3894, Shanti Kunj\n5th Cross\nGachibowli\nHyderabad - 500247\nTelangana", "House No. 3894, Shanti Kunj\n5th Cross\nGachibowli\nHyderabad - 500247\nTelangana"},
		{"It is Flat No. 3922, Prestige Orchid Towers, 9th Cross, HSR Layout, Bengaluru, Karnataka 560631", "Flat No. 3922, Prestige Orchid Towers, 9th Cross, HSR Layout, Bengaluru, Karnataka 560631"},
		{"Old address: Flat 2373, Green Meadows Residency, Temple Road, Baner, Pune, Maharashtra 411485", "Flat 2373, Green Meadows Residency, Temple Road, Baner, Pune, Maharashtra 411485"},
	}, []string{
		"Issue # 1733, Green Meadows Residency, Jayanagar, Bengaluru - 560855",
		"Flat 2, Green Meadows\nBig Garden\nLondon",
		"See item # 1733, Green Meadows Residency, Jayanagar, Bengaluru - 560855",
	})
}

// TestMexicanAddressOfSession32 checks Mexican addresses: the designators
// "Privada" and "Cerrada", a street named by its number before the
// house's ("Calle 60 1077"), the district after "Col." also on a line of
// its own, the postcode's label "C.P." and the state's abbreviation
// after the town ("CDMX", "N.L.", "Pue."). A number after "Calle" that
// no address's part follows, and "Son" or "Ver" without their period,
// stay out.
func TestMexicanAddressOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Please send all post to Calle 60 1077, Int. 9, Col. Providencia, 03143 Ciudad de México, CDMX. Thanks", "Calle 60 1077, Int. 9, Col. Providencia, 03143 Ciudad de México, CDMX"},
		{"The kitchen at Privada Los Pinos 1527, Col. Providencia, 72546 Puebla, Pue. flooded", "Privada Los Pinos 1527, Col. Providencia, 72546 Puebla, Pue."},
		{"Old address: Calle Hidalgo 2277, Col. Providencia, 64050 Monterrey, N.L., Mexico", "Calle Hidalgo 2277, Col. Providencia, 64050 Monterrey, N.L., Mexico"},
		{"La nueva dirección es Av. de los Insurgentes 800 Depto. 1\nCol. Jardines de la Hacienda\nC.P. 03015, Ciudad de México, CDMX\nMéxico", "Av. de los Insurgentes 800 Depto. 1\nCol. Jardines de la Hacienda\nC.P. 03015, Ciudad de México, CDMX\nMéxico"},
		{"Vivo en Calle 60 847, Col. García Ginerés, 44535 Guadalajara, Jal., Mexico", "Calle 60 847, Col. García Ginerés, 44535 Guadalajara, Jal., Mexico"},
	}, []string{
		"La Calle 13 2024 fue cerrada",
		"Nos vemos en Calle 60 1077 veces",
	})
	wantValue(t, d, "Calle Hidalgo 2277, Col. Centro, 64050 Monterrey, Son de aquí", TypeStreetAddress, "Calle Hidalgo 2277, Col. Centro, 64050 Monterrey")
}

// TestJapaneseBuildingOfSession32 checks a Japanese address in romaji
// whose building's name and room come before the block numbers, after a
// comma or on the line above ("Maison Kaede 504\n1-1-18 Daita, ..."), also
// a building whose name ends like a street's ("Sun Heights 806"), and a
// postcode before a semicolon. Block numbers without a ward's suffix and
// a person's name before the room stay out of it.
func TestJapaneseBuildingOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Old address: Park Court #915, 4-18-19 Sakura-machi, Kohoku-ku, Yokohama-shi, Yokohama 222-9872", "Park Court #915, 4-18-19 Sakura-machi, Kohoku-ku, Yokohama-shi, Yokohama 222-9872"},
		{"Aiko Suzuki\nMaison Kaede 106, 4-20-1 Tsunashima, Sakyo-ku, Kyoto, Kyoto 606-4621\n+81 90", "Maison Kaede 106, 4-20-1 Tsunashima, Sakyo-ku, Kyoto, Kyoto 606-4621"},
		{"My address in Japan is Maison Kaede 504\n1-1-18 Daita, Aoba-ku\nSendai-shi 980-0114. Thanks", "Maison Kaede 504\n1-1-18 Daita, Aoba-ku\nSendai-shi 980-0114"},
		{"Ship to Sun Heights 806\n1-8-19 Kitashirakawa, Kohoku-ku\nYokohama-shi 222-0561", "Sun Heights 806\n1-8-19 Kitashirakawa, Kohoku-ku\nYokohama-shi 222-0561"},
		{"It is Maison Kaede 404, 2-22-20 Kitashirakawa, Kohoku-ku, Yokohama-shi, Yokohama 222-7627; ask at reception", "Maison Kaede 404, 2-22-20 Kitashirakawa, Kohoku-ku, Yokohama-shi, Yokohama 222-7627"},
	}, []string{
		"Maison Kaede 504, 1-1-18 in the league table",
	})
	wantValue(t, d, "Call Daiki Matsumoto 504, 1-1-18 Daita, Aoba-ku, Sendai-shi 980-0114", TypeStreetAddress, "1-1-18 Daita, Aoba-ku, Sendai-shi 980-0114")
}

// TestPolishFlatOfSession32 checks a Polish flat after the house number,
// "m." (mieszkanie) or "lok." (lokal), before the postcode: the street
// then ends at the town. A measure in metres and a year after "m." stay
// out.
func TestPolishFlatOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Nowy adres to ul. Ogrodowa 73 m. 26\n90-573 Łódź. E-mail: k@wp.pl", "ul. Ogrodowa 73 m. 26\n90-573 Łódź"},
		{"The previous address on file is ul. Słoneczna 31 m. 39, 61-506 Poznań.", "ul. Słoneczna 31 m. 39, 61-506 Poznań"},
		{"Mój adres: al. Jana Pawła II 9 m. 12\n31-228 Kraków", "al. Jana Pawła II 9 m. 12\n31-228 Kraków"},
		{"Address: ul. Polna 5 lok. 3, 31-544 Kraków, Polska", "ul. Polna 5 lok. 3, 31-544 Kraków, Polska"},
	}, []string{
		"the pool is 25 m. 2024 was a good year",
		"we walked 5 m. 26 people came",
	})
}

// TestFinnishFlatOfSession32 checks a Finnish flat after the house
// number, "as." (asunto), and the country in Finnish after the town
// ("Suomi"); "as." after a number in English prose stays out.
func TestFinnishFlatOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Osoite: Pihlajapolku 9 as. 9\n90720 OULU. Kiitos", "Pihlajapolku 9 as. 9\n90720 OULU"},
		{"Since then my address is Satamakatu 53 as. 29, 90240 Oulu and", "Satamakatu 53 as. 29, 90240 Oulu"},
		{"Uusi osoitteeni on Rantatie 20 C 14, 90440 Oulu, Suomi. Kiitos", "Rantatie 20 C 14, 90440 Oulu, Suomi"},
	}, []string{
		"we sold 53 as. 29 were broken",
	})
}

// TestFrenchResidenceOfSession32 checks a French residence and a unit
// before the street, inline after a word in lower case ("I live at
// Résidence Les Cèdres, appt 21, ...") or on the lines of a letter head,
// where the unit ends a residence's line or follows a word in lower case
// ("livrer au Appt 12\n..."). A residence after a capitalised word (a
// name's) stays out of the address.
func TestFrenchResidenceOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"I live at Résidence Les Cèdres, appt 21, 98 rue du Moulin, 38009 Grenoble.", "Résidence Les Cèdres, appt 21, 98 rue du Moulin, 38009 Grenoble"},
		{"My new address is as follows:\nRésidence Les Cèdres, appt 21\n138 rue des Tilleuls\n74002 Annecy", "Résidence Les Cèdres, appt 21\n138 rue des Tilleuls\n74002 Annecy"},
		{"Merci de livrer au Appt 12\n120 bis rue des Tilleuls\n49008 Angers. Merci", "Appt 12\n120 bis rue des Tilleuls\n49008 Angers"},
		{"The correct address is Escalier C\n117 bis allée des Châtaigniers\n74000 ANNECY", "Escalier C\n117 bis allée des Châtaigniers\n74000 ANNECY"},
	}, nil)
	wantValue(t, d, "Dear Marie Résidence, appt 21, 98 rue du Moulin, 38009 Grenoble", TypeStreetAddress, "appt 21, 98 rue du Moulin, 38009 Grenoble")
}

// TestDutchTitleStreetOfSession32 checks a Dutch street named after a
// title and a name in one word ("Prinses Irenestraat", "Burgemeester
// Roellstraat"), which read as a person before, and "bis" after the
// house number's dash ("22-bis"). A person's title before a word that
// no house number follows stays a person's.
func TestDutchTitleStreetOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"The correct address is Prinses Irenestraat 22-bis, 2336JW Leiden, Netherlands. Phone", "Prinses Irenestraat 22-bis, 2336JW Leiden, Netherlands"},
		{"Mijn adres is Prinses Irenestraat 36, 3592 JM Utrecht. Ik werk", "Prinses Irenestraat 36, 3592 JM Utrecht"},
		{"Mijn adres is Prinses Irenestraat 145-bis\n2675 FS DELFT\nNederland. Verzenden", "Prinses Irenestraat 145-bis\n2675 FS DELFT\nNederland"},
		{"Stuur het naar Burgemeester Roellstraat 5, 1064 BM Amsterdam", "Burgemeester Roellstraat 5, 1064 BM Amsterdam"},
	}, []string{
		"Prinses Irene opende de school in 1962",
	})
}

// TestBrazilDistrictOfSession32 checks a Brazilian district of several
// words after the dash that follows the house number or the flat, when
// the town and its state follow ("2775 - Boa Vista, Porto Alegre -
// RS"). Without the state after the town, the words after a dash stay
// out.
func TestBrazilDistrictOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Please send it to Alameda das Acácias, 2775 - Boa Vista, Porto Alegre - RS, 90519-059, Brazil.", "Alameda das Acácias, 2775 - Boa Vista, Porto Alegre - RS, 90519-059, Brazil"},
		{"Address: Alameda das Acácias, 2593, casa 3 - Boa Vista, Recife - PE, 50538-796, Brasil", "Alameda das Acácias, 2593, casa 3 - Boa Vista, Recife - PE, 50538-796, Brasil"},
	}, nil)
	wantValue(t, d, "I live at Rua Augusta, 2775 - Boa Vista, Recife is lovely", TypeStreetAddress, "Rua Augusta, 2775")
}

// TestNigerianStateOfSession32 checks a Nigerian state named with its
// word "State" after the town, maybe with the postcode ("Ibadan, Oyo
// State 247997"), and the town between the district and the state. A
// state's name in prose ("the Oyo State government") stays out.
func TestNigerianStateOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Address remains 26 Aminu Kano Crescent, Oluyole Estate, Ibadan, Oyo State 247997, Nigeria. Thanks", "26 Aminu Kano Crescent, Oluyole Estate, Ibadan, Oyo State 247997, Nigeria"},
		{"Address: 83 Chime Avenue, GRA, Enugu, Enugu State, Nigeria", "83 Chime Avenue, GRA, Enugu, Enugu State, Nigeria"},
		{"Address: 13 Chime Avenue, Flat 7, Oluyole Estate, Ibadan, Oyo State 264362", "13 Chime Avenue, Flat 7, Oluyole Estate, Ibadan, Oyo State 264362"},
	}, []string{
		"the Oyo State government said 26 schools reopened",
	})
}

// TestLowerCanadaOfSession32 checks a Canadian address typed in lower
// case with a comma between the town and the province before the
// postcode ("guelph, on n1h 9j5"); "on" without a postcode after it is
// the English word.
func TestLowerCanadaOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"the flat is at 1509 birchmount avenue, guelph, on n1h 9j5, my landlord being", "1509 birchmount avenue, guelph, on n1h 9j5"},
		{"ship to 88 oak street, kelowna, bc v1y 2a3 please", "88 oak street, kelowna, bc v1y 2a3"},
	}, nil)
	wantValue(t, d, "i live at 12 main st, toronto, on the corner", TypeStreetAddress, "12 main st, toronto")
}
