package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStopSurnameAfterTitledGivenOfSession29 checks a surname the lists
// also hold as a stop word ("Best", "Price") after a given name that is
// a word too ("Amber", "Mark"), when a courtesy title stands before the
// given name, as the names set of session 28 (CA) wrote them. Without
// the title the same pair stays as it was read: "Mark Price" opening a
// question is as often a price.
func TestStopSurnameAfterTitledGivenOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"The batteries were prescribed by Dr. Amber Best, reference 310-2686278.", "Amber Best"},
		{"Ask Dr. Mark Price about the results.", "Mark Price"},
		{"Mrs Amber Best will collect the parcel.", "Amber Best"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	for _, text := range []string{
		"Mark Price changes on the order page, please",
		"Amber Best sellers are back in stock",
	} {
		for _, v := range valuesOf(t, d, text, TypePerson) {
			assert.NotContains(t, []string{"Mark Price", "Amber Best"}, v, text)
		}
	}
}

// TestCapsSurnameBeforeConjunctionOfSession29 checks a surname written
// in capitals after a given name and an initial in capitals, when a
// conjunction in lower case goes on after it ("I'm EUAN P. FOX-PITT and
// I can't log in", "je m'appelle HÉLÈNE G. DESJARDINS et ..."), as the
// sixth probe set wrote them; a word of prose after it still ends the
// name before it ("Hi ANNA WLAN kaputt").
func TestCapsSurnameBeforeConjunctionOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Customer: Hi, I'm EUAN P. FOX-PITT and I can't log into my account.", "EUAN P. FOX-PITT"},
		{"Bonjour, je m'appelle HÉLÈNE G. DESJARDINS et je n'arrive pas à me connecter.", "HÉLÈNE G. DESJARDINS"},
		{"Hi, I'm MARTA K. WIŚNIEWSKA but my card says otherwise", "MARTA K. WIŚNIEWSKA"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	assert.Equal(t, []string{"ANNA"}, valuesOf(t, d, "Hi ANNA WLAN kaputt", TypePerson))
}

// TestChatEventAfterNameOfSession29 checks a name at the start of a
// chat tool's line that says what a participant does ("Miles B. is
// typing…", "Azadeh a rejoint la conversation.", "Sofía Ortega se ha
// unido al chat"), as the names sets of sessions 26 to 28 (BE, BP, CA)
// wrote them; the same words after a thing's name in prose name no one.
func TestChatEventAfterNameOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"[04:15] Miles B. is typing…", "Miles B."},
		{"Azadeh a rejoint la conversation.", "Azadeh"},
		{"Qing has joined the chat.", "Qing"},
		{"Sofía Ortega se ha unido al chat", "Sofía Ortega"},
		{"Chayanin has left the conversation", "Chayanin"},
		// The same notes in the other languages, as the reviewer of
		// session 29 (CP) wrote them.
		{"Kaveh ist dem Chat beigetreten.", "Kaveh"},
		{"Ayaan hat den Chat verlassen.", "Ayaan"},
		{"Fenella a quitté la conversation.", "Fenella"},
		{"Haruki entrou na conversa.", "Haruki"},
		{"Lorcan è entrato nella chat.", "Lorcan"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	for _, text := range []string{
		"The Order is typing weird characters",
		"The Router has left the building",
		"Support Bot is typing…",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestSurnameFirstInRecordOfSession29 checks a name written surname
// first in a record's field of its own ("Papp, Gábor | 25/05/1965 |
// ..."), as the names sets of sessions 27 and 28 (BP, CA) wrote them:
// any surname that is no other word before a known given name, when a
// '|', a spaced dash or a ';' closes the field. A pair of words that the
// lists hold as common words is no name there ("Size: Large, Blue |").
func TestSurnameFirstInRecordOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Customer: Papp, Gábor | 25/05/1965 | gabor-papp@citromail.hu", "Papp, Gábor"},
		{"Jankowiak, Oskar; 1988-02-11; oskar.j@example.pl", "Jankowiak, Oskar"},
		{"Holder: Dunleavy, Siobhan — account 55817", "Dunleavy, Siobhan"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	// A list of such names, its items parted by ';' (session 29, CM);
	// the last since session 64, a given name that is a word too at the
	// list's end.
	require.Equal(t, []string{"Paulauskaitė, Justina", "Sweet, Daisy"}, valuesOf(t, d, "Guest list for the workshop: Blackwood, Charlotte; Paulauskaitė, Justina; Sweet, Daisy", TypePerson))
	// Both names of the list since session 63's lists know "Okonjo".
	require.Equal(t, []string{"Okonjo, Amaka", "Ruiz, Pablo"}, valuesOf(t, d, "Guests: Okonjo, Amaka; Ruiz, Pablo", TypePerson))
	for _, v := range valuesOf(t, d, "Size: Large, Blue | 2 items", TypePerson) {
		assert.NotEqual(t, "Large, Blue", v)
	}
}

// TestDoubleBarrelledMcSurnameOfSession29 checks a double-barrelled
// surname whose second part has a name's inner capital ("Rousseau-
// McAllister", "Okafor-McCarthy"), which brandShape read as a brand's
// ("PlayStation"), as the 30th imitation (CJ) and a noisy set (AH)
// wrote them; a brand's word joined by a hyphen stays a brand's.
func TestDoubleBarrelledMcSurnameOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"To whom it may concern: Hamish Rousseau-McAllister, date of birth May 18, 1960.", "Hamish Rousseau-McAllister"},
		{"Olivia Okafor-McCarthy called about the refund.", "Olivia Okafor-McCarthy"},
		{"Anna MacLeod-DiMarco is here", "Anna MacLeod-DiMarco"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	assert.True(t, brandShape("PlayStation-Plus"))
	assert.True(t, brandShape("Ultra-AirPods"))
	assert.False(t, brandShape("Rousseau-McAllister"))
}

// TestPhoneWordsOfSession29 checks the phone words that the phones set
// of session 29 (CL) used before national numbers no region of the
// detector's defaults holds: Singapore's "handphone", "can be reached
// on", a firm's "hotline", "txt", and the switchboard of Italian and
// German offices ("Centralino", "Zentrale"). Without the word the same
// numbers stay unflagged.
func TestPhoneWordsOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"[17:15] Customer: I'm in Singapore, my handphone is 9403 1782.", "9403 1782"},
		{"The seller can be reached on 368-8524806 for warranty questions.", "368-8524806"},
		{"My hotline 1800 8923743 is open until 20:30 today.", "1800 8923743"},
		{"u can txt 0477/39 87 11", "0477/39 87 11"},
		{"user> Centralino 0693891978, interno 888.", "0693891978"},
		{"Zentrale 0421 / 483879, ich bin unter Durchwahl 2725 erreichbar.", "0421 / 483879"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
	for _, text := range []string{
		"I'm in Singapore, my order is 9403 1782.",
		"The seller shipped 368-8524806 for warranty questions.",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
	}
}

// TestEircodesOfSession29 checks Irish addresses as the addresses set of
// session 29 (CK) wrote them: an Eircode with its halves glued, in
// capitals or in lower case ("Co. Louth, A92PH11", "dublin 7 d079cvp"),
// and a post town after a locality before the Eircode ("Castletroy,
// Limerick, V94 1KVV"). A code of the same shape alone is no postcode.
func TestEircodesOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"ship to 110 Main Street, Drogheda, Co. Louth, A92PH11", "110 Main Street, Drogheda, Co. Louth, A92PH11"},
		{"ship to 115 parnell street, dublin 7 d079cvp", "115 parnell street, dublin 7 d079cvp"},
		{"My address is 98 St. Brigid's Road, Castletroy, Limerick, V94 1KVV", "98 St. Brigid's Road, Castletroy, Limerick, V94 1KVV"},
		{"Send it to Apt 6, 57 Seaview Terrace, Sligo, F91TYHA, Ireland", "Apt 6, 57 Seaview Terrace, Sligo, F91TYHA, Ireland"},
	} {
		assert.Contains(t, valuesOf(t, d, c.text, TypeStreetAddress), c.addr, c.text)
	}
	assert.Empty(t, valuesOf(t, d, "order A92PH11 is late", TypeStreetAddress))
	assert.True(t, gluedEircode("A92PH11", false))
	assert.True(t, gluedEircode("d079cvp", true))
	assert.False(t, gluedEircode("A92PB11", false)) // B is no letter of Eircodes
}

// TestAustrianDoorsOfSession29 checks the staircase and door after an
// Austrian house number, as the sets of sessions 26, 28 and 29 (BD, CB,
// CK, CN) wrote them: "128/4/4", "107/Top 8", "114/Stiege 4/Tür 16". A
// date's shape after a street stays out unless a postcode and a town
// follow, and so does a date alone.
func TestAustrianDoorsOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, addr := range []string{
		"Annenstraße 128/4/4, 6900 Bregenz",
		"Maria-Theresien-Straße 18/3/9, 3100 St. Pölten",
		"Josefstädter Straße 107/Top 8, 8020 Graz",
		"Neubaugasse 114/Stiege 4/Tür 16 5020 Salzburg",
		"favoritenstraße 50/top 20, 9500 villach",
	} {
		text := "Lieferadresse: " + addr
		assert.Contains(t, valuesOf(t, d, text, TypeStreetAddress), addr, text)
	}
	assert.Empty(t, valuesOf(t, d, "on 12/3/16 I ordered the lamp", TypeStreetAddress))
	// Session 53: a date's shape after a street is the house, its
	// staircase and its door when a postcode and a town follow (its
	// address set wrote "Musterweg 3/2/14, 1100 Wien"); without them it
	// stays out.
	assert.Equal(t, []string{"Hauptstraße 12/3/24, 1040 Wien"}, valuesOf(t, d, "Hauptstraße 12/3/24, 1040 Wien", TypeStreetAddress))
	for _, v := range valuesOf(t, d, "Hauptstraße 12/3/24 war das Datum", TypeStreetAddress) {
		assert.NotContains(t, v, "12/3/24")
	}
}

// TestDutchFloorsOfSession29 checks the floor of a Dutch flat written
// apart from the house number, as the addresses set of session 29 (CK)
// wrote it: "48 2-hoog", "15 III", before a comma or the
// postcode. A numeral that goes on in prose is no floor.
func TestDutchFloorsOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, addr := range []string{
		"Eerste Oosterparkstraat 48 2-hoog, 4819 LX Breda, Nederland",
		"Dorpsstraat 94 2-hoog, 2619 ET Delft",
		"Keizersgracht 15 III, 5637 RT Eindhoven",
		"Rembrandtlaan 309 III, 2558 NX Den Haag",
	} {
		text := "bezorgadres: " + addr
		assert.Contains(t, valuesOf(t, d, text, TypeStreetAddress), addr, text)
	}
	for _, v := range valuesOf(t, d, "bezorgadres: Keizersgracht 15 II Sanne komt", TypeStreetAddress) {
		assert.NotContains(t, v, "II")
	}
}

// TestStreetAdjectiveBeforeNamedStreetOfSession29 checks a Dutch street
// named after a person in full with an adjective of streets before the
// given name ("Tweede Hugo de Grootstraat"), as the addresses set of
// session 29 (CK) wrote it; a person's name before "van" and a street
// stays a person's.
func TestStreetAdjectiveBeforeNamedStreetOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, addr := range []string{
		"Tweede Hugo de Grootstraat 26A, 8013EH Zwolle",
		"Eerste Jan van der Heijdenstraat 12, Amsterdam",
		"Eerste Van Swindenstraat 121A, 1094 ZH Amsterdam",
	} {
		text := "bezorgadres: " + addr
		assert.Contains(t, valuesOf(t, d, text, TypeStreetAddress), addr, text)
		assert.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
	assert.Contains(t, valuesOf(t, d, "Anna de Vries van Zuidlaan 3", TypePerson), "Anna de Vries")
}

// TestBrazilianAddressesOfSession29 checks the tail of a Brazilian
// address as the addresses and six-language sets of session 29 (CK, CN)
// and two earlier sets (B, C) wrote it: the state's code after the town
// and a slash or a dash ("Campinas/SP", "Manaus - AM", "fortaleza/ce"),
// "CEP" before the postcode, with or without its hyphen, the block and
// the house of a condominium ("bloco B", "casa 8"), and a district
// before the town ("99 - Aldeota, Fortaleza/CE"). A code after a slash
// in prose is no state.
func TestBrazilianAddressesOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, addr := range []string{
		"Rua Harmonia 99, Manaus/AM, CEP 69094-931",
		"Rua Harmonia 99, Manaus - AM, 69094-931",
		"Rua Harmonia, 99, apto 14, bloco B, Goiânia / GO, 74960-938",
		"rua harmonia 307, fortaleza/ce, 60891-732",
		"Rua da Consolação 598, casa 1, Belo Horizonte/MG, CEP 30359390",
		"Rua XV de Novembro, 3421 ap. 102, Campinas/SP - CEP 13367-662, Brasil",
		"Rua Harmonia, 99 - Aldeota, Fortaleza/CE 60048-157",
	} {
		text := "endereço: " + addr
		assert.Contains(t, valuesOf(t, d, text, TypeStreetAddress), addr, text)
	}
	for _, v := range valuesOf(t, d, "I live at 12 Oak Street, Leeds/SP is my team", TypeStreetAddress) {
		assert.NotContains(t, v, "SP")
	}
	assert.Empty(t, valuesOf(t, d, "Obrigado pela compra na Casa Lumina!", TypePerson))
}

// TestSpanishStreetsOfSession29 checks Spanish streets as the addresses
// set of session 29 (CK) wrote them: "Pº", the abbreviation of "Paseo",
// and "Mar" (the sea, a month's abbreviation too) after a designator
// and its particle ("Camino del Mar", "C/ del Mar"). A month after a
// number stays a date's.
func TestSpanishStreetsOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, addr := range []string{
		"Pº de Goya, 168, 2º 1ª, 36230 Vigo",
		"pº de alcalá, nº 26, 2º 1ª, 39002 santander",
		"Camino del Mar, 30, 1º A, 08020 Barcelona",
		"C/ del Mar 18, entlo. 3ª, 31014 Pamplona",
		"Pza. del Mar 9 11044 Cádiz",
	} {
		text := "dirección: " + addr
		assert.Contains(t, valuesOf(t, d, text, TypeStreetAddress), addr, text)
	}
	assert.Empty(t, valuesOf(t, d, "El pedido llegó el 12 Mar 2024, gracias", TypeStreetAddress))
}

// TestOneWordHouseNamesOfSession29 checks a house named in one word the
// lists do not know, shaped as an English place's name, before its
// street after a preposition or a verb of being ("deliver to Meadowbank,
// Moor Lane, ...", "it should be Meadowbank, ..."), as the addresses set
// of session 29 (CK) wrote it. Without a street after it, such a word is
// a place in prose.
func TestOneWordHouseNamesOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"user> Please deliver to Meadowbank, Moor Lane, Inverness IV2 1DJ. It's a house name, no number.", "Meadowbank, Moor Lane, Inverness IV2 1DJ"},
		{"Customer: My mum's address is Willowdene, Moor Lane, Liverpool L8 7PF - she'll pay any customs.", "Willowdene, Moor Lane, Liverpool L8 7PF"},
		{"it should be Meadowbank, Back Lane, Peckham, London SE15 7XU.", "Meadowbank, Back Lane, Peckham, London SE15 7XU"},
		// At a signature's line and after three letters before the
		// ending (session 29, CP).
		{"Kind regards,\nPriyanka Yilmaz\nGlenview, Burn Road, Ludlow SY8 5US\n07549 017179", "Glenview, Burn Road, Ludlow SY8 5US"},
		{"deliver to Millbrae, Church Lane, Inverness IV3 8ZT, ring twice", "Millbrae, Church Lane, Inverness IV3 8ZT"},
		// Houses named by a granary, an orchard, stables (session 29,
		// CR).
		{"14:20 Guest: FYI I'm now at The Granary, Alexandra Parade, Liverpool, L8 6AH", "The Granary, Alexandra Parade, Liverpool, L8 6AH"},
		{"It should go to The Granary, 32 Hawthorn Close, Penzance – the postcode auto-filled correctly.", "The Granary, 32 Hawthorn Close, Penzance"},
	} {
		assert.Contains(t, valuesOf(t, d, c.text, TypeStreetAddress), c.addr, c.text)
	}
	assert.Empty(t, valuesOf(t, d, "we went to Riverside, it was lovely, thanks", TypeStreetAddress))
	assert.False(t, houseNameShape([]byte("bank")))
}

// TestRegionBeforePostcodeOfSession29 checks a region written out after
// the town without a comma before the postcode ("New Orleans Louisiana
// 70120", "Manchester New Hampshire 03107") and a Canadian postcode
// whose halves are glued ("V8V5S0", "A1B4S8"), as the addresses set of
// session 29 (CK) wrote them. A code of that shape alone is no postcode.
func TestRegionBeforePostcodeOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, addr := range []string{
		"19620 Birch Street, New Orleans Louisiana 70120",
		"158 East Church Ln, Manchester New Hampshire 03107",
		"5684 Portage Ave, Victoria, British Columbia V8V5S0 Canada",
		"36 Yonge St, St. John's, NL  A1B4S8",
	} {
		text := "ship to " + addr
		assert.Contains(t, valuesOf(t, d, text, TypeStreetAddress), addr, text)
	}
	assert.Empty(t, valuesOf(t, d, "my licence key is A1B2C3 ok", TypeStreetAddress))
	assert.True(t, caGluedPostcode("V8V5S0", false))
	assert.False(t, caGluedPostcode("V8V5SO", false))
	assert.True(t, caGluedPostcode("v6j1h4", true))
	assert.False(t, caGluedPostcode("v6j1h4", false))
}

// TestPhoneVerbsOfSession29 checks the words of the six-language set of
// session 29 (CN) before national numbers: a technician who will call
// first, in the future tense ("il tecnico la chiamerà prima al ...", "el
// técnico le llamará antes al ...", "o técnico liga antes para o ..."),
// a landline's compound ("Festnetznummer 02742/523123") and Brazil's Pix
// key. Without the word the same numbers stay unflagged.
func TestPhoneVerbsOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"Agent: L'appuntamento è fissato per il 13 giugno alle 13:45, il tecnico la chiamerà prima al 0583197994.", "0583197994"},
		{"Su cita es el 22 de noviembre a las 7.00 h; el técnico le llamará antes al 672747599.", "672747599"},
		{"Suporte: A instalação ficou marcada para 1 de fevereiro às 7:42; o técnico liga antes para o 253604199.", "253604199"},
		{"Ja, und falls ich nicht rangehe, gibt es noch die Festnetznummer 02742/523123.", "02742/523123"},
		{"> O reembolso pode ir para o Pix 91 98921-9527, que é o meu celular.", "91 98921-9527"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
	for _, text := range []string{
		"Su cita es el 22 de noviembre; el pedido antes era el 672747599.",
		"Ja, und falls ich nicht rangehe, gibt es noch die Kundennummer 02742/523123.",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
	}
}

// TestBarcodesOfSession29 checks thirteen digits that pass the check of
// a product's barcode (EAN-13) after an article's word, as the
// six-language set of session 29 (CN) and two earlier sets (BN, G) wrote
// them: no card and no Korean registration number. After a card's word
// the same digits are a card.
func TestBarcodesOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"> Olá, comprei o artigo 5605903434133 por 24,00€ e quero trocar",
		"só encomendei duas unidades do artigo 5605125863865.",
		"artikel 5408014873644 is vanaf 28 oktober 2024 weer leverbaar",
	} {
		fs, err := d.Detect(t.Context(), text)
		require.NoError(t, err)
		assert.Empty(t, fs, text)
	}
	assert.Equal(t, []string{"5605903434133"}, valuesOf(t, d, "my card number is 5605903434133", TypeCreditCard))
	assert.True(t, ean13Digits([]byte("5605903434133")))
	assert.False(t, ean13Digits([]byte("5605903434134")))
}

// TestMilitaryRegionInTitleCaseOfSession29 checks a US military address
// typed in title case ("Dpo Ap 51065"), whose region "Ap" the Brazilian
// units of a9aed7e had read as a flat's word.
func TestMilitaryRegionInTitleCaseOfSession29(t *testing.T) {
	d := defaultDetector(t)
	text := "Address:     Unit 4526 Box 0671\nDpo Ap 40902"
	assert.Equal(t, []string{"Unit 4526 Box 0671\nDpo Ap 40902"}, valuesOf(t, d, text, TypeStreetAddress))
}

// TestPostcodeAfterGluedCommaOfSession29 checks a house number whose
// comma is glued to the postcode after it ("Ahornweg 123,60584 Frankfurt
// am Main"), as the noisy sets of sessions 24 to 29 (AH, AT, AV, BU, CO)
// typed it. A group of thousands keeps its three digits.
func TestPostcodeAfterGluedCommaOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"  Lieferadresse:Ahornweg 123,60584 Frankfurt am Main", "Ahornweg 123,60584 Frankfurt am Main"},
		{"wohne in der Ulmenstraße 16a,70178 Stuttgart", "Ulmenstraße 16a,70178 Stuttgart"},
		{"adres: Stationsplein 65,9020 Gent", "Stationsplein 65,9020 Gent"},
	} {
		assert.Contains(t, valuesOf(t, d, c.text, TypeStreetAddress), c.addr, c.text)
	}
	assert.Empty(t, valuesOf(t, d, "the Main Street 1,250 Euro sofa", TypeStreetAddress))
}

// TestKinAndHelpersBeforeNameOfSession29 checks the nouns of kin and of
// the people who help a household before a given name, as the names set
// of session 29 (CM) wrote them: "my housemate Brittany", "My godmother
// Virginia", "Our au pair Lilit", "my ex-wife Rūta", "Our daughter-in-law
// Grace", "Our nanny, Iva,", "The postie, Arif,". A carrier's name after
// "courier" stays a firm's.
func TestKinAndHelpersBeforeNameOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"My housemate Brittany opened my parcel by mistake.", "Brittany"},
		{"My godmother Virginia sent me a voucher but it's not working.", "Virginia"},
		{"Our au pair Lilit accidentally ordered twice.", "Lilit"},
		{"my ex-wife Rūta still has access to this account", "Rūta"},
		{"Our daughter-in-law Grace paid with her card.", "Grace"},
		{"Our nanny, Iva, will be home to accept the delivery.", "Iva"},
		{"The postie, Arif, says the parcel never reached the depot.", "Arif"},
		// The same in the other languages (session 29, CP).
		{"Agent: Mi cuñada Qing hizo el pedido con mi cuenta.", "Qing"},
		{"[11:46] Customer: Meine Mitbewohnerin Svetlana hat das Paket angenommen.", "Svetlana"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	assert.Empty(t, valuesOf(t, d, "the courier Royal Mail lost it", TypePerson))
	// Kin nouns that are given names or brands too are left out ("Nora",
	// "Babá", "Tata").
	assert.Equal(t, []string{"Nora Iqbal"}, valuesOf(t, d, "Nora Iqbal ordered the lamp", TypePerson))
}

// TestNationalBesideInternationalOfSession29 checks a national number
// that a message swaps for, compares with or joins to a number in
// international form ("remplacer le +33686039592 par le 0671927447",
// "Is +61417149803 the same as 087-700 6520?"), as the phones set of
// session 29 (CL) wrote them. A number after an order's word stays
// unflagged beside a phone.
func TestNationalBesideInternationalOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"[07:04] Merci de remplacer le +33686039592 par le 0671927447 sur mon compte.", "0671927447"},
		{"Customer: Is +61417149803 the same as 087-700 6520? The app shows both.", "087-700 6520"},
		{"> The app turned my 968974353 into +61730224733, is that right?", "968974353"},
		{"user> Por favor troquem o 963-347-381 pelo 00351 914 238 662 na minha conta.", "963-347-381"},
	} {
		assert.Contains(t, valuesOf(t, d, c.text, TypePhoneNumber), c.phone, c.text)
	}
	assert.Equal(t, []string{"+44 7700 900123"}, valuesOf(t, d, "my phone is +44 7700 900123 and order 12345678", TypePhoneNumber))
	assert.Equal(t, []string{"+44 7700 900123"}, valuesOf(t, d, "+44 7700 900123, invoice 0671927447 attached", TypePhoneNumber))
}

// TestPhoneRightAfterNameOfSession29 checks a national number right
// after a person's name and a comma, when a reference's word stands
// further back in the sentence ("Contact person for this order is
// Sergei Kuznetsov, (215) 783-3912"), as the 31st imitation (CQ) and
// earlier sets (AZ, BQ, BR) wrote it: the number is the person's. A
// number after a name with no phone's shape stays out.
func TestPhoneRightAfterNameOfSession29(t *testing.T) {
	d := defaultDetector(t)
	text := "Contact person for this order is Sergei Kuznetsov, (215) 783-3912, naoko@btinternet.com."
	assert.Equal(t, []string{"(215) 783-3912"}, valuesOf(t, d, text, TypePhoneNumber), text)
	assert.Equal(t, []string{"+61 447 489 986"}, valuesOf(t, d, "Contact person for this order is Brandon Boone, +61 447 489 986, tb@uol.com.br.", TypePhoneNumber))
	assert.Empty(t, valuesOf(t, d, "order for Anna Berg, 12345678", TypePhoneNumber))
}

// TestRoleBeforeParticleAndInitialsOfSession29 checks a party's role
// before a name with a Filipino particle ("Beneficiary Maricel Dela
// Cruz", "Kristine delos Santos") or with initials ("Recipient G. E.
// Tennant"), as the 31st imitation (CQ) and the names sets of sessions
// 28 and 29 (CA, CM) wrote them: the role is no part of the name. A
// street after an initial is no surname.
func TestRoleBeforeParticleAndInitialsOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Beneficiary Maricel Dela Cruz, DOB 14 January 1983, tel. +61 433 112 179", "Maricel Dela Cruz"},
		{"Recipient G. E. Tennant, Flat 2, 189 Nelson Street, Bristol BS7 4WZ", "G. E. Tennant"},
		{"Kontoinhaber ist Emmanuel delos Santos, IBAN DE10399485006739547072.", "Emmanuel delos Santos"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	assert.Empty(t, valuesOf(t, d, "Recipient G. Street", TypePerson))
}

// session29Seeds are FuzzDetect's seeds for the readers of session 29,
// whole and cut short where each looks past its value: the staircase
// and door after an Austrian house number, Eircodes glued, a Dutch
// floor, a Brazilian state and "CEP", a postcode glued to a comma, a
// chat tool's note, a record's surname-first pair, a national number
// beside an international one, a military region in title case.
var session29Seeds = []string{
	"Lieferadresse: Neubaugasse 114/Stiege 4/Tür 16 5020 Salzburg",
	"Annenstraße 128/4/",
	"Josefstädter Straße 107/Top",
	"ship to 110 Main Street, Drogheda, Co. Louth, A92PH11",
	"dublin 7 d079c",
	"Stationsweg 50 2-",
	"Keizersgracht 15 III",
	"Rua Harmonia 99, Manaus/AM, CEP 69094-931",
	"Fortaleza/ce, CEP",
	"Ahornweg 123,60584 Frankfurt am Main",
	"Ahornweg 123,6058",
	"[04:15] Miles B. is typing…",
	"Kaveh ist dem",
	"Papp, Gábor | 25/05/1965 |",
	"Guests: Okonjo, Amaka;",
	"remplacer le +33686039592 par le 0671927447",
	"0671927447 par le +",
	"Unit 4526 Box 0671\nDpo Ap 40902",
	"Dpo Ap",
	"artigo 5605903434133",
}

// TestIrishRuralAddressesOfSession29 checks Irish addresses that have no
// street: a townland and a town, each before a comma, "Co." and the
// county, and the Eircode ("Gortnahoe, Thurles, Co. Tipperary, E41
// CAWH"), as the addresses set of session 29 (CK) and an earlier set
// (AA) wrote them; an Eircode names one dwelling. Without the Eircode,
// or without a place before "Co.", nothing is an address.
func TestIrishRuralAddressesOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"please send to Gortnahoe, Thurles, Co. Tipperary, E41 CAWH thanks", "Gortnahoe, Thurles, Co. Tipperary, E41 CAWH"},
		{"Ballinakill, Co. Laois R32 1PT4", "Ballinakill, Co. Laois R32 1PT4"},
		{"Derrylea, Clifden, Co. Galway, H71 2X3Y, Éire", "Derrylea, Clifden, Co. Galway, H71 2X3Y, Éire"},
		{"Ballyheigue Road, Tralee, Co. Kerry, V92 H7F2", "Ballyheigue Road, Tralee, Co. Kerry, V92 H7F2"},
	} {
		assert.Equal(t, []string{c.addr}, valuesOf(t, d, c.text, TypeStreetAddress), c.text)
	}
	assert.Empty(t, valuesOf(t, d, "Thanks, Co. Laois R32 1PT4", TypeStreetAddress))
	assert.Empty(t, valuesOf(t, d, "We deliver to Thurles, Co. Tipperary every week", TypeStreetAddress))
}

// TestPostBoxesOfOtherCountriesOfSession29 checks the post-office boxes
// of Sweden, Switzerland and France, Italy, Spain, the Netherlands and
// Australia, as the addresses set of session 29 (CK) wrote them: "Box
// 7780, 752 57 Uppsala", "Case postale 3762", "Casella Postale 654",
// "Apdo. 927", "Postbus 5763", "Locked Bag 9181". A box that no postcode
// follows is a box of things.
func TestPostBoxesOfOtherCountriesOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"address: Box 7780, 752 57 Uppsala", "Box 7780, 752 57 Uppsala"},
		{"address: Case postale 3762, 1203 Genève", "Case postale 3762, 1203 Genève"},
		{"Casella Postale 654, 56124 Pisa", "Casella Postale 654, 56124 Pisa"},
		{"Apdo. 927, 50047 Zaragoza", "Apdo. 927, 50047 Zaragoza"},
		{"Postbus 5763 6535 HA Nijmegen", "Postbus 5763 6535 HA Nijmegen"},
	} {
		assert.Equal(t, []string{c.addr}, valuesOf(t, d, c.text, TypeStreetAddress), c.text)
	}
	assert.Contains(t, valuesOf(t, d, "Locked Bag 9181, Glenelg", TypeStreetAddress), "Locked Bag 9181, Glenelg")
	assert.Empty(t, valuesOf(t, d, "I have a Box 12, it is big", TypeStreetAddress))
}

// TestPhoneLabelsInContactListsOfSession29 checks a national number
// after a label word and a colon in a contact list ("Home: 6135 8518,
// work: 6513-4196", "Daytime: ...") and a number in brackets before
// "is my cell", as the phones set of session 29 (CL) wrote them. A
// label's number that goes on in prose ("Work: 12345678 hours") and a
// reference's label stay out.
func TestPhoneLabelsInContactListsOfSession29(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"6135 8518", "6513-4196"}, valuesOf(t, d, "Customer: Home: 6135 8518, work: 6513-4196.", TypePhoneNumber))
	assert.Equal(t, []string{"033-4845 6504", "7578026560"}, valuesOf(t, d, "Customer: Daytime: 033-4845 6504, evenings: 7578026560.", TypePhoneNumber))
	assert.Equal(t, []string{"6694-1577"}, valuesOf(t, d, "[18:42] (6694-1577) is my cell.", TypePhoneNumber))
	// Home and a callback in the other languages, and a slash between two
	// fields (session 29, CS).
	assert.Contains(t, valuesOf(t, d, "Cliente: Casa: 215420081 / telemóvel: +351 968248036", TypePhoneNumber), "215420081")
	assert.Equal(t, []string{"734029213"}, valuesOf(t, d, "Customer: Guadalupe Pérez; Order: SO-2026-32117; Callback: 734029213; Preferred time: 07:30", TypePhoneNumber))
	assert.Empty(t, valuesOf(t, d, "Work: 12345678 hours logged", TypePhoneNumber))
	assert.Empty(t, valuesOf(t, d, "Order: 6135 8518", TypePhoneNumber))
}

// TestTownQualifierInBracketsOfSession29 checks a word in brackets after
// a postcode and its town that tells the town from another of its name
// ("06108 Halle (Saale)", "88131 Lindau (Bodensee)"), as the six-language
// set of session 29 (CN) and earlier sets (AC, F) wrote it. A part of
// the house in brackets ("(Hinterhaus)") is no part of the town.
func TestTownQualifierInBracketsOfSession29(t *testing.T) {
	d := defaultDetector(t)
	for _, addr := range []string{
		"Rheinstraße 31, 06108 Halle (Saale)",
		"Große Bäckerstraße 12, 88131 Lindau (Bodensee)",
		"Pappelallee 148, 87435 Kempten (Allgäu)",
	} {
		text := "Adresse: " + addr
		assert.Equal(t, []string{addr}, valuesOf(t, d, text, TypeStreetAddress), text)
	}
	assert.Equal(t, []string{"Bergstraße 93, 80852 München"}, valuesOf(t, d, "Adresse: Bergstraße 93, 80852 München (Hinterhaus), danke", TypeStreetAddress))
}

// TestConjunctionEndsTownOfSession29 checks that a conjunction after a
// town ends the address rather than joining the next capitalised words
// to the town ("... D-51010 Köln und Zum Sportplatz 6, 81626 München",
// "CH-6900 Lugano ma Via Nassa 27"), as the second addresses set of
// session 29 (CR) and the six-language set (CN) wrote them; a particle
// inside a town's name still joins it ("Newcastle upon Tyne",
// "Vilanova i la Geltrú").
func TestConjunctionEndsTownOfSession29(t *testing.T) {
	d := defaultDetector(t)
	text := "Bei Ihnen sind zwei Adressen hinterlegt: Alte Poststraße 132, D-51010 Köln und Zum Sportplatz 6, 81626 München. Welche soll Standard sein?"
	assert.Equal(t, []string{"Alte Poststraße 132, D-51010 Köln", "Zum Sportplatz 6, 81626 München"}, valuesOf(t, d, text, TypeStreetAddress))
	text = "Correzione: non Via Nassa 277, CH-6900 Lugano ma Via Nassa 27, CH-6900 Lugano."
	assert.Equal(t, []string{"Via Nassa 277, CH-6900 Lugano", "Via Nassa 27, CH-6900 Lugano"}, valuesOf(t, d, text, TypeStreetAddress))
	assert.Equal(t, []string{"12 Main St, Newcastle upon Tyne NE1 4XX"}, valuesOf(t, d, "send to 12 Main St, Newcastle upon Tyne NE1 4XX", TypeStreetAddress))
	assert.Equal(t, []string{"Calle Mayor 5, 08800 Vilanova i la Geltrú"}, valuesOf(t, d, "Calle Mayor 5, 08800 Vilanova i la Geltrú", TypeStreetAddress))
}

// session29LateSeeds are FuzzDetect's seeds for the readers added late
// in session 29, whole and cut short: an Irish address without a
// street, post boxes of other countries, a town's qualifier in brackets,
// a conjunction after a town, a number's label word.
var session29LateSeeds = []string{
	"Gortnahoe, Thurles, Co. Tipperary, E41 CAWH",
	"Gortnahoe, Co.",
	", Co. Laois R32",
	"Box 7780, 752 57",
	"Casella Postale",
	"Locked Bag",
	"Rheinstraße 31, 06108 Halle (Saale)",
	"06108 Halle (",
	"D-51010 Köln und Zum Sportplatz 6",
	"Casa: 215420081 /",
	"Home:",
}
