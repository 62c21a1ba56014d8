package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOpenerBeforeNameOfSession28 checks the words that open a sentence
// before a name without being part of it, as the 26th imitation (BS)
// wrote them: a gerund before a given name and a surname the lists lack
// or a particle ("Registering Katrin Pemberton", "Registering Gustavo
// dos Santos"), after a speaker's label too, and "Glad" or "Happy"
// before a name. A gerund or "Glad" before a given name alone stays as
// it was read.
func TestOpenerBeforeNameOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Registering Katrin Pemberton, birth date 17 October 1982.", "Katrin Pemberton"},
		{"Customer: Registering Gustavo dos Santos, birth date 5 January 1941.", "Gustavo dos Santos"},
		{"Agent: Glad Paweł Lewandowski could help, is there anything else?", "Paweł Lewandowski"},
		{"Happy Francesca Greco got it sorted in the end.", "Francesca Greco"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	for _, text := range []string{
		"Amazing Grace is the song she asked for",
		"Happy Birthday Anna Berg!",
	} {
		for _, v := range valuesOf(t, d, text, TypePerson) {
			assert.NotContains(t, []string{"Grace", "Birthday Anna Berg"}, v, text)
		}
	}
}

// TestHouseNamesAndTailsOfSession28 checks the addresses the imitations
// of sessions 24 to 26 kept cutting: a house's name after a record's
// comma or an address's cue, with its row's number ("Victor Griffiths,
// 2 Weir Cottages, ..."), a street without a house number before a town
// and a comma and its postcode ("... to Nelson Street, York, YO10
// 7JB"), and a word in lower case after the postcode, which opens the
// next clause ("..., S20 9BR, tel 07700 900036", "..., not 8830 ...").
func TestHouseNamesAndTailsOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"Victor Griffiths, 2 Weir Cottages, Fairfield Crescent, Cambridge CB3 8UX, (678) 555-0115", "2 Weir Cottages, Fairfield Crescent, Cambridge CB3 8UX"},
		{"Updated: phone 813-559-4476, address Rose Cottage, Moorland View, Glasgow G77 7BA, DOB 1978-11-01.", "Rose Cottage, Moorland View, Glasgow G77 7BA"},
		{"-- Wojciech Ferrari, Saltmarsh Co-op, Ivy Cottage, Osborne Place, Sheffield S20 9BR, tel 07700 900036", "Ivy Cottage, Osborne Place, Sheffield S20 9BR"},
		{"Please post the documents to Rose Cottage, Nelson Street, York, YO10 7JB.", "Rose Cottage, Nelson Street, York, YO10 7JB"},
		{"Please post the documents to Nelson Street, York, YO10 7JB.", "Nelson Street, York, YO10 7JB"},
		{"Account summary: Oluwaseun Eze, 136 rue Pasteur, 69003 Lyon, tel 0703 177 4439", "136 rue Pasteur, 69003 Lyon"},
		{"it should be 64 Priory Road, Bath, BA2 9WG, not 8830 Meadowbrook Circle Apt. 98, Savannah, GA 31408.", "64 Priory Road, Bath, BA2 9WG"},
		{"It's 12 Oak Street, Sheffield, not 8830 Main Street", "12 Oak Street, Sheffield"},
	} {
		assert.Contains(t, valuesOf(t, d, c.text, TypeStreetAddress), c.addr, c.text)
	}
	// A house's name after a word that leads to no place may be a
	// shop's; a person's name before a street is the addressee's.
	for _, c := range []struct{ text, addr string }{
		{"I love Maple House, 12 Oak Street, York YO1 7JB", "12 Oak Street, York YO1 7JB"},
		{"Anna Hall, Mill Lane, York YO1 7JB", "Mill Lane, York YO1 7JB"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
}

// TestLabelAfterCommaOfSession28 checks that a reference's word ends its
// label at a comma when a word follows the comma, which labels anew: the
// 27th imitation (BW) wrote "collect the parcel, number +16157541179",
// whose parcel's word dropped the phone. A reference's word that labels
// its number across a comma alone, or across words that join a label, is
// as it was.
func TestLabelAfterCommaOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"My flatmate Daan Bakker will collect the parcel, number +16157541179.", "+16157541179"},
		{"My flatmate will collect the parcel, number 04 18 64 59 54.", "04 18 64 59 54"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
	for _, text := range []string{
		"the parcel, 16157541179.", // (with '+' the country's code makes it a phone: session 56)
		"order number, 0612345678",
		"my order number is 0612345678",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
	}
	assert.True(t, labelGap(" number is "))
	assert.False(t, labelGap(", number "))
}

// TestLinkTokenStaysInLinkOfSession28 checks that a random value a query
// parameter's name calls a secret stays in its link's finding, as the
// blind sets label such links whole; that a detector without URL still
// finds it alone, so no configuration leaves it uncovered; and that a
// key of a known shape still comes out of the link.
func TestLinkTokenStaysInLinkOfSession28(t *testing.T) {
	const link = "https://help.larkfield.com/reset?token=WAnGgGut4OP5lsxl"
	text := "Here's the reset link: " + link + " - it expired already"
	d := defaultDetector(t)
	assert.Equal(t, []string{"URL=" + link}, foundAs(t, d, text))
	noURL, err := NewDetector(WithoutTypes(TypeURL))
	require.NoError(t, err)
	assert.Equal(t, []string{"API_KEY=WAnGgGut4OP5lsxl"}, foundAs(t, noURL, text))
	pw := "https://intranet.example.com/login?user=ana&password=Kj8pL2qZx9"
	assert.Equal(t, []string{"URL=" + pw}, foundAs(t, d, pw))
	assert.Equal(t, []string{"PASSWORD=Kj8pL2qZx9"}, foundAs(t, noURL, pw))
	gh := "https://example.com/cb?token=ghp_FcZf6vVcG4A335DPGVGf4wwrMHOascpu6noj"
	assert.Contains(t, foundAs(t, d, gh), "GITHUB_TOKEN=ghp_FcZf6vVcG4A335DPGVGf4wwrMHOascpu6noj")
}

// TestNumbersNamedAfterOfSession28 checks two look-alikes of a set of
// false alarms (CC): a number that a verb of being and a reference's
// word after it name ("6179548528, is my order number", "01514189151
// ist meine Bestellnummer"), and a dotted number after "to" after a
// firmware's word or a verb of updating ("update the firmware to
// 8.1.7.78"). A phone that the words after call a phone, a question
// about the number, and an address after "to" after other verbs stay.
func TestNumbersNamedAfterOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"the other number on the form, 6179548528, is my order number",
		"Sie erreichen mich unter 0711-9224896, die Nummer 01514189151 ist meine Bestellnummer.",
		"Please update the firmware to 8.1.7.78 or later.",
		"upgrade to 10.2.0.1 fixes it",
	} {
		for _, f := range detect(t, d, text) {
			v := text[f.Start:f.End]
			assert.NotContains(t, []string{"6179548528", "01514189151", "8.1.7.78", "10.2.0.1"}, v, text)
		}
	}
	wantValue(t, d, "Sie erreichen mich unter 0711-9224896, die Nummer 01514189151 ist meine Bestellnummer.", TypePhoneNumber, "0711-9224896")
	for _, c := range []struct{ text, typ, v string }{
		{"call me at 0612345678 is my mobile", TypePhoneNumber, "0612345678"},
		{"my phone 0612345678, is that the order number?", TypePhoneNumber, "0612345678"},
		{"please move the server to 10.2.0.1", TypeIPAddress, "10.2.0.1"},
		{"can you switch back to 192.168.1.1", TypeIPAddress, "192.168.1.1"},
	} {
		wantValue(t, d, c.text, c.typ, c.v, c.text)
	}
}

// TestBuildCodesAreNoPlatesOfSession28 checks that a build's or an
// update's code shaped like a Turkish number plate is none after a word
// of builds and updates (CC: "build 23G400", "Update 21U599"), and that a
// plate after a plate's word stays one.
func TestBuildCodesAreNoPlatesOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"The app says version v12.17 (build 23G400), is that the latest?",
		"Update 21U599 failed at 8%, tried three times.",
		"Error -2147024891 al instalar el controlador en la compilación 23P249.",
	} {
		assert.Empty(t, valuesOf(t, d, text, "TR_LICENSE_PLATE"), text)
	}
	wantValue(t, d, "Araç plakası 34 ABC 1234, update pending", "TR_LICENSE_PLATE", "34 ABC 1234")
}

// TestCompassBeforeDesignatorWordOfSession28 checks a street named by a
// designator's word after a compass point ("47 N Pine St", "19936 S
// Broadway St"): the generic designator after it is the street's, as
// after a designator's word alone ("47 Pine St"). A generic designator
// after a full street's still ends it ("1668 Glyn St street").
func TestCompassBeforeDesignatorWordOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"address was updated to 3600 N Pine St #3, Boston, MA 02128, USA but", "3600 N Pine St #3, Boston, MA 02128, USA"},
		{"The label shows Monica Foster, 47 N Pine St, Denver, CO 80206 - so", "47 N Pine St, Denver, CO 80206"},
		{"it's 19936 S Broadway St, Newark, NJ 07184-3563, not", "19936 S Broadway St, Newark, NJ 07184-3563"},
		{"Send to 47 N. Court St, Denver, CO 80206", "47 N. Court St, Denver, CO 80206"},
		{"Send to 47 North Union Street, Denver, CO 80206", "47 North Union Street, Denver, CO 80206"},
		{"1668 Glyn St street", "1668 Glyn St"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
}

// TestBracketDatesAfterNamesOfSession28 checks a date in brackets after
// a name that no word of a child names, up to 2005 ("my wife Samuel
// Turner (November 17, 2005) and me ..."), and after a party's word
// that opens the clause ("Customer Rémi Gauthier (19/12/2000) called",
// "Kunde Jonas Weber (02.03.1980) hat angerufen"). Later years still
// need a child's word, and an event's word in the line still dates
// something else.
func TestBracketDatesAfterNamesOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"my wife Samuel Turner (November 17, 2005) and me Giulia Gallo (Oct 19, 1990) both need access", "November 17, 2005"},
		{"Customer Rémi Gauthier (19/12/2000) called again", "19/12/2000"},
		{"Kunde Jonas Weber (02.03.1980) hat angerufen", "02.03.1980"},
	} {
		assert.Contains(t, valuesOf(t, d, c.text, TypeDateOfBirth), c.dob, c.text)
	}
	for _, text := range []string{
		"Anna Berg (2008-03-02) needs to be added",
		"Ticket from Anna Berg (2023-03-02)",
		"Customer Rémi Gauthier (19/12/2000) wrote:",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypeDateOfBirth), text)
	}
}

// TestQualifiedBirthLabelAndPhoneWordsOfSession28 checks what the sixth
// set of other languages (BX) found: a birth word that labels the date
// after a qualifier and a colon ("Fecha de nacimiento del asegurado:
// ...") does not make the due date before it one; and phone words it
// lacked: "num", German "ruft ... an" and "ruckruf" typed without the
// umlaut, Spanish "centralita".
func TestQualifiedBirthLabelAndPhoneWordsOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"Factura PED-980729 del 1 julio 2022: 525,99€ IVA incl., vence el 06-05-2023. Fecha de nacimiento del asegurado: 2003-01-20", "2003-01-20"},
		{"Invoice 123 of 1 July 2022, due 06-05-2023. Date of birth of the insured: 1965-11-02", "1965-11-02"},
		{"Rechnung vom 3. Mai 2025: 60,99 EUR brutto, fällig am 2. August 2025. Geburtsdatum der versicherten Person: 1965-11-02", "1965-11-02"},
		{"Facture du 25 mars 2024 : 69,99 € TTC, échéance le 17 mars 2025. Date de naissance de l'assuré : 30.05.1972", "30.05.1972"},
		{"12/03/1980 is my date of birth", "12/03/1980"},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
	for _, c := range []struct{ text, phone string }{
		{"vale gracias. mi num 715 28 52 64", "715 28 52 64"},
		{"Bei Fragen ruft der Fahrer 0173/18833583 an.", "0173/18833583"},
		{"ruckruf bitte 0160/8828607 danke", "0160/8828607"},
		{"Sede: Telecomunicaciones Levante, centralita 982366257", "982366257"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
	assert.Empty(t, valuesOf(t, d, "ticket num 0612345678", TypePhoneNumber))
}

// TestSecondSurnamesAndGenitivesOfSession28 checks a Spanish second
// surname after two particles that a known given name and surname come
// before ("Begoña López de la Torre"), without a cue, and the German
// genitive "Partners" before a name ("vom Konto meines Partners Tobias
// Nowak"). A body's name after a person's still stays out ("Lotte
// Jansen van de Gemeente Utrecht").
func TestSecondSurnamesAndGenitivesOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Customer Begoña López de la Torre | Phone +49 711 7963179", "Begoña López de la Torre"},
		{"Mi padre, Javier Ibanez de la Torre, con domicilio en Calle Real 143", "Javier Ibanez de la Torre"},
		{"Bitte vom Konto meines Partners Tobias Nowak abbuchen", "Tobias Nowak"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	text := "Ik ben Lotte Jansen van de Gemeente Utrecht"
	assert.Contains(t, valuesOf(t, d, text, TypePerson), "Lotte Jansen", text)
	assert.NotContains(t, valuesOf(t, d, text, TypePerson), "Lotte Jansen van de Gemeente", text)
}

// TestProvinceCodeBeforeSentenceOfSession28 checks that an Italian
// province's code in capitals with a sentence's period after it ends
// the address ("37134 Verona VR. Distinti saluti"), where "St." before a
// name still joins it ("St. Louis").
func TestProvinceCodeBeforeSentenceOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"Intestatario: Nicolò Zanetti, Via XX Settembre 159, 37134 Verona VR. Distinti saluti, Nicolò Zanetti", "Via XX Settembre 159, 37134 Verona VR"},
		{"Abbiamo aggiornato il suo indirizzo in Via Appia Nuova 46, 70125 Bari BA. Valido dalla consegna del 08-05-2026.", "Via Appia Nuova 46, 70125 Bari BA"},
		{"ship to 12 Main St, St. Louis, MO 63101", "12 Main St, St. Louis, MO 63101"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
}

// TestPlusGluedToWordOfSession28 checks a '+' and a country's code glued
// to the word before, as noisy typing leaves them ("caalll+353 85 817
// 7517", noisy sets AV and BY), and that a form's encoded space before
// digits and "ZIP+4" lead no phone.
func TestPlusGluedToWordOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"th techncian shoud come at 9, caalll+353 85 817 7517 wbhej outside", "+353 85 817 7517"},
		{"call+44 7893 094552 pls", "+44 7893 094552"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
	for _, text := range []string{
		"token=abc&team_id=T62b9&text=refund+9748948221",
		"The form rejects my ZIP+4 98431-2207, is that format supported?",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
	}
}

// TestMiddleDotInFooterOfSession28 checks a letter's footer whose items
// a middle dot or a bullet parts (CB, e-mails pasted into chats):
// "Ringstraße 77 · 13526 Berlin" is one address, as with a comma, and a
// firm's name or a phone on either side stays out of it.
func TestMiddleDotInFooterOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"Ringstraße 77 · 13526 Berlin", "Ringstraße 77 · 13526 Berlin"},
		{"2170 Lincoln Avenue · Nashville, TN 37272", "2170 Lincoln Avenue · Nashville, TN 37272"},
		{"Acme Ltd · 87 Church Street · Bristol BS6 8XR · Tel 0117 496 0000", "87 Church Street · Bristol BS6 8XR"},
		{"87 Church Street • Bristol BS6 8XR", "87 Church Street • Bristol BS6 8XR"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
}

// TestPlaceInsideLinkOfSession28 checks that a link or a host ending in
// ".uk" is found whole: the names recognizer read its last label as the
// country, which outscored the link ("www.copperleaf-energy.co.uk"
// reported as LOCATION "uk"). A place in prose beside a link stays.
func TestPlaceInsideLinkOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, link string }{
		{"> Phone: +44 (0)113 635 0208 | www.copperleaf-energy.co.uk", "www.copperleaf-energy.co.uk"},
		{"visit https://www.example.co.uk today", "https://www.example.co.uk"},
		{"visit www.example.uk today", "www.example.uk"},
	} {
		wantValue(t, d, c.text, TypeURL, c.link, c.text)
		assert.Empty(t, valuesOf(t, d, c.text, TypeLocation), c.text)
	}
	text := "We ship from Leeds, see www.example.co.uk for rates"
	assert.Equal(t, []string{"Leeds"}, valuesOf(t, d, text, TypeLocation), text)
	assert.Equal(t, []string{"www.example.co.uk"}, valuesOf(t, d, text, TypeURL), text)
}

// TestSurnameFirstBeforeMailboxOfSession28 checks a name written
// surname first before its mailbox in a mail header, where no cue opens
// the line ("On Wed, ... AM Barbieri, Serena <sb@...> wrote:") or the
// surname is a word the lists know otherwise ("Von: Vogel, Jörg <...>"):
// one person, not two. A greeting before a given name and a mailbox
// stays out.
func TestSurnameFirstBeforeMailboxOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"> On Wed, Sep 3, 2025 at 10:16 AM Barbieri, Serena <sbarbieri@northgate-telecom.com> wrote:", "Barbieri, Serena"},
		{"> Am 03.03.2026 um 10:42 schrieb Schäfer, Ralf <r.schaefer@example.de>:", "Schäfer, Ralf"},
		{"Von: Vogel, Jörg <j.vogel@example.de>", "Vogel, Jörg"},
		{"Thanks, Anna <anna@example.com>", "Anna"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	assert.Equal(t, []string{"Fairbanks, Molly", "Patel, James"}, valuesOf(t, d, "To: Fairbanks, Molly <molly@x.com>; Patel, James <james@x.com>", TypePerson))
}

// TestSignatureAbbreviationsOfSession28 checks a signature's "Port." and
// "Fon:" before a number (CB), which are no context words: as words
// they stand in places the names recognizer reads ("PORT O' WARREN").
func TestSignatureAbbreviationsOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"Bien à vous,\nAndrea Lombardi\nPort. 0781972121\nEnvoyé de mon iPhone", "0781972121"},
		{"VG\n--\nMarco | Geschäftsführer | Elbtal Energie\nFon: 0911/387036 | https://www.elbtal-energie.de", "0911/387036"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
	for _, text := range []string{"Support. 0781972121", "Freeport. 0781972121"} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
	}
}

// TestTrailingInitialTakesPeriodOfSession28 checks that a name ending
// in an initial takes the initial's period ("You're chatting with Mark
// S."), as the names set CA labels it; a surname after the initial is
// the name's end, as before.
func TestTrailingInitialTakesPeriodOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Paweł W. will call you back tomorrow", "Paweł W."},
		{"Thanks, Anna B.", "Anna B."},
		{"Mark S. Johnson called", "Mark S. Johnson"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestParticleBeforeShopOfSession28 checks that a particle before a
// shop's word ends the name before it: "soy Rubén Echeverría de
// Floristería Azahar", "fala Graça Monteiro Fernandes da Livraria
// Estrela", "Chloë van Dijk van Installatiebedrijf Mulder B.V.".
func TestParticleBeforeShopOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Hola, soy Rubén Echeverría de Floristería Azahar. Pedimos 2 portátiles.", "Rubén Echeverría"},
		{"Bom dia, fala Graça Monteiro Fernandes da Livraria Estrela.", "Graça Monteiro Fernandes"},
		{"Goedemiddag, met Chloë van Dijk van Installatiebedrijf Mulder B.V.", "Chloë van Dijk"},
	} {
		assert.Contains(t, valuesOf(t, d, c.text, TypePerson), c.name, c.text)
	}
}

// TestOneWordStreetsAndDublinDistrictsOfSession28 checks two British
// and Irish shapes the imitations kept cutting: a street of one word
// without a designator before a town and its postcode ("103 Ashgrove,
// Southampton SO15 7NS"), not after a reference's word or with a verb's
// form for a name; and a Dublin district after a locality, with its
// Eircode ("14 Ashfield Grove, Ranelagh, Dublin 6, D06 P810").
func TestOneWordStreetsAndDublinDistrictsOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"It's 103 Ashgrove, Southampton SO15 7NS, the house with the green door.", "103 Ashgrove, Southampton SO15 7NS"},
		{"Delivery instructions: 173 Ashgrove, Brighton BN1 7SG, leave with the concierge.", "173 Ashgrove, Brighton BN1 7SG"},
		{"Proof of address received: 14 Ashfield Grove, Ranelagh, Dublin 6, D06 P810; DOB matches.", "14 Ashfield Grove, Ranelagh, Dublin 6, D06 P810"},
		{"I'm at 55 Ashgrove Lawn, Terenure, Dublin 6W, D6W K6T3. Phone (469) 746-6444.", "55 Ashgrove Lawn, Terenure, Dublin 6W, D6W K6T3"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
	for _, text := range []string{"Order 12345 Shipped, London SW1A 1AA", "order 12345 Ashgrove, London SW1A 1AA"} {
		assert.Empty(t, valuesOf(t, d, text, TypeStreetAddress), text)
	}
}

// TestMailboxSurnamesOfSession28 checks surnames before a mailbox that
// the lists do not know as surnames (a reviewer's set CF and the pasted
// e-mails CB): any word but a given name ("Pemberton, Rhys <...>",
// "Fontana, Riccardo <...>"), or a given name that the mailbox's user
// spells ("Brennan, Noor <noorbrennan42@...>"). Two given names stay two
// people ("Hi Tom, Anna <anna@...>").
func TestMailboxSurnamesOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"From: Pemberton, Rhys <pemberton.rhys@t-online.de>", "Pemberton, Rhys"},
		{"Il giorno Wed, 18 Oct 2023, Fontana, Riccardo <riccardofontana51@t-online.de> ha scritto:", "Fontana, Riccardo"},
		{"On Sun, 29 Sep 2024 at 17:32, Brennan, Noor <noorbrennan42@outlook.com> wrote:", "Brennan, Noor"},
		{"> On Sun, 6 Jul 2025 at 20:18, McAllister, Grace <g.mcallister@bluewatertravel.com> wrote:", "McAllister, Grace"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	text := "Hi Tom, Anna <anna@example.com> will call you"
	assert.Equal(t, []string{"Tom", "Anna"}, valuesOf(t, d, text, TypePerson), text)
}

// TestSecretBeforeItsAccessKeyOfSession28 checks an AWS secret key that
// its access key follows ("I shared zkJf...BLOX (paired with AKIA...)",
// the 29th imitation CE), and the build codes and bootloader versions a
// reviewer's set (CF) wrote after an OS's version or the word.
func TestSecretBeforeItsAccessKeyOfSession28(t *testing.T) {
	d := defaultDetector(t)
	text := "Agent: I shared zkJfMRSQ6fiCGUHhfkclaII+tKLeFddQokdBBLOX (paired with AKIAIDJMMC3A5WWRDJCR) by mistake."
	wantValue(t, d, text, TypeAWSSecretKey, "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", text)
	assert.Empty(t, valuesOf(t, d, "checksum wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", TypeAWSSecretKey))
	assert.Empty(t, valuesOf(t, d, "I'm on iOS 17.1.1 (23G881) and the widget is blank.", "TR_LICENSE_PLATE"))
	assert.Empty(t, valuesOf(t, d, "Bootloader 2.8.5.124, still no signal.", TypeIPAddress))
}

// TestBracketDateBeforeVerbOfSession28 checks a date in brackets after a
// name that a verb follows: the name is the clause's subject and the
// date the person's, whatever the clause goes on to ("Customer Elif
// Brennan (24/08/2004) called about the missing refund", "Mijn dochter
// Ilse Jansen (24 maart 2015) wil een eigen simkaart, het contract ...").
// A field after a separator still dates an event, and a letter's verb
// still dates the letter.
func TestBracketDateBeforeVerbOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"Customer Elif Brennan (24/08/2004) called about the missing refund.", "24/08/2004"},
		{"Cliente Gonzalo Iglesias (1997-05-12) ha llamado por la factura.", "1997-05-12"},
		{"Caller Rowena Thornbury (30.08.2005) asked for a copy of the contract.", "30.08.2005"},
		{"My daughter Harriet Blackwood (12/09/2012) needs her own login.", "12/09/2012"},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
	for _, text := range []string{
		"Darragh Brennan (9 Feb 1971) - suspicious login",
		"Anna Berg (1998-03-02) wrote:",
		"Ticket from Anna Berg (2023-03-02) about the refund",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypeDateOfBirth), text)
	}
}

// TestFirmsInSignaturesOfSession28 checks the firms that e-mail
// signatures name (CB): travel agents, estate and insurance offices,
// stores and utilities are no people ("Viajes Brisa", "Stadtwerke
// Nordheim"), nor is a shop's word before a given name ("Libreria
// Dante"); after a cue of a person the words are a name still.
func TestFirmsInSignaturesOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Saludos,\nLucía Pérez\nViajes Brisa\nTel. +34 912 345 678",
		"Anna Berg | Vertrieb | Stadtwerke Nordheim",
		"Cordialement,\nClaire Martin\nAgence Immobilière du Parc",
		"Libreria Dante, Via Roma 5, 20121 Milano",
	} {
		for _, v := range valuesOf(t, d, text, TypePerson) {
			assert.NotContains(t, []string{"Viajes Brisa", "Stadtwerke Nordheim", "Agence Immobilière du Parc", "Libreria Dante"}, v, text)
		}
	}
	assert.Contains(t, valuesOf(t, d, "Saludos,\nLucía Pérez\nViajes Brisa", TypePerson), "Lucía Pérez")
	assert.Equal(t, []string{"Libreria Dante"}, valuesOf(t, d, "my name is Libreria Dante", TypePerson))
}

// session28Seeds are FuzzDetect's seeds for the readers of session 28,
// whole and cut short where each looks past its value: a mailbox after
// a name written surname first, a secret before its access key, a '+'
// glued to a word, a footer's middle dot, a reference named after a
// number, a birth label's qualifier and colon.
var session28Seeds = []string{
	"On Wed, Sep 3, 2025 at 10:16 AM Barbieri, Serena <sbarbieri@northgate-telecom.com> wrote:",
	"Brennan, Noor <noorbrennan42@",
	"Brennan, Noor <",
	"I shared zkJfMRSQ6fiCGUHhfkclaII+tKLeFddQokdBBLOX (paired with AKIAIDJMMC3A5WWRDJCR)",
	"zkJfMRSQ6fiCGUHhfkclaII+tKLeFddQokdBBLOX AKIA",
	"caalll+353 85 817 7517",
	"abc+12",
	"Ringstraße 77 · 13526 Berlin",
	"87 Church Street \u2022",
	"6179548528, is my order number",
	"01514189151 ist",
	"vence el 06-05-2023. Fecha de nacimiento del asegurado: 2003-01-20",
	"due 06-05-2023. Date of birth of the insured:",
	"Customer Elif Brennan (24/08/2004) called",
	"Customer Elif Brennan (24/08/2004) c",
	"Port. 0781972121",
	"Fon:",
}

// TestSpanishSurnamesThatAreWordsOfSession28 checks common Spanish
// surnames that are words too and that the lists lacked ("Rubio",
// "Molina", "Iglesias", "Fuentes") and the given name "Pilar", after
// given names and in compounds, as eight sets wrote them.
func TestSpanishSurnamesThatAreWordsOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Hola, soy Jordi Rubio de la Fuente y quiero darme de baja.", "Jordi Rubio de la Fuente"},
		{"Estimado/a Cristina López Molina, la cuenta cristina1985@gmail.com se eliminará", "Cristina López Molina"},
		{"> He corregido el nombre de la cuenta a Carmen Pérez Iglesias.", "Carmen Pérez Iglesias"},
		{"Bienvenida, Pilar de la Fuente, gracias por tu pedido", "Pilar de la Fuente"},
	} {
		assert.Contains(t, valuesOf(t, d, c.text, TypePerson), c.name, c.text)
	}
}

// TestTradeHeadAfterArticleOfSession28 checks a shop's word after an
// article before a family name ("La Óptica Rubio"): a firm, as without
// the article ("Pharmacie Mercier").
func TestTradeHeadAfterArticleOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, firm string }{
		{"Compré las gafas en La Óptica Rubio el martes.", "La Óptica Rubio"},
		{"Pharmacie Mercier est fermée aujourd'hui", "Pharmacie Mercier"},
	} {
		assert.Empty(t, valuesOf(t, d, c.text, TypePerson), c.text)
		assert.Equal(t, []string{c.firm}, valuesOf(t, d, c.text, TypeOrganization), c.text)
	}
}

// TestFirmwareSaidAndDatesOfMakingOfSession28 checks two look-alikes of
// a second set of false alarms (CI): a version the sentence's subject
// names ("the router firmware is 5.4.14.247"; "el servidor de firmware
// es 10.0.0.5" stays an address), and an old date that a label's words
// of manufacture date ("fecha de fabricación 14 de noviembre de 1976").
func TestFirmwareSaidAndDatesOfMakingOfSession28(t *testing.T) {
	d := defaultDetector(t)
	text := "Our office IP is 195.206.180.68, the router firmware is 5.4.14.247."
	assert.Equal(t, []string{"195.206.180.68"}, valuesOf(t, d, text, TypeIPAddress), text)
	wantValue(t, d, "el servidor de firmware es 10.0.0.5", TypeIPAddress, "10.0.0.5")
	for _, text := range []string{
		"En la etiqueta pone fecha de fabricación 14 de noviembre de 1976, ¿quedan repuestos?",
		"Sull'etichetta c'è la data di produzione 13 marzo 1967, avete ancora i ricambi?",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypeDateOfBirth), text)
	}
	wantValue(t, d, "nací el 14 de noviembre de 1976", TypeDateOfBirth, "14 de noviembre de 1976")
}

// TestGivenNameOfAProductOfSession28 checks a given name alone after
// "the" and before a noun in lower case, as shops name products ("the
// Freya duvet", "the Otto robot vacuum", CI and CC): no person. After
// "the" before a pronoun, a verb or a preposition it is one still ("the
// Anna who called", "the Anna in accounts said yes").
func TestGivenNameOfAProductOfSession28(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Why is the Freya duvet $171 here but $210 in Ireland?",
		"Customer: Final Reminder, the Otto robot vacuum is perfect.",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
	for _, text := range []string{"I spoke to the Anna who called yesterday", "the Anna in accounts said yes"} {
		assert.Equal(t, []string{"Anna"}, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestPortugueseExtensionOfSession28 checks a phone's extension after
// the Portuguese "extensão" (a second set of pasted e-mails, CH), which
// the extension's words lacked, as after "ramal" and "extensión": the
// number is found, its extension left out (session 54).
func TestPortugueseExtensionOfSession28(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "Tel: +351 213 269 308 extensão 849", TypePhoneNumber, "+351 213 269 308")
}
