package redact

import "testing"

// TestAddressNorth checks streets of the Netherlands and Germany where a
// house number carries an addition ("231bis", "88-III"), a Dutch postcode
// is glued to its letters ("1063BJ"), a street is named after a person in
// full ("Jan van Galenstraat"), or a postcode and town come first
// ("20359 Hamburg, Weidenweg 21b"); with the look-alikes, where the same
// words count, measure or date things in prose, or name where a person
// is from ("Pieter de Jong van de Molenweg 8").
func TestAddressNorth(t *testing.T) {
	none := []string{"STREET_ADDRESS", "ADDRESS"}
	checkSoftCases(t, []softCase{
		// Dutch.
		{text: "Graag bezorgen op Oudegracht 231bis 3511NK Utrecht.", want: []string{"STREET_ADDRESS=Oudegracht 231bis 3511NK Utrecht"}},
		{text: "Ik woon op Jan van Galenstraat 88-III, Amsterdam, de bel doet het niet.", want: []string{"STREET_ADDRESS=Jan van Galenstraat 88-III, Amsterdam"}},
		{text: "Adres: Burgemeester de Vlugtlaan 120 hs 1063BJ Amsterdam", want: []string{"STREET_ADDRESS=Burgemeester de Vlugtlaan 120 hs 1063BJ Amsterdam"}},
		{text: "adres is burgemeester de vlugtlaan 120 hs 1063 bj amsterdam thx", want: []string{"STREET_ADDRESS=burgemeester de vlugtlaan 120 hs 1063 bj amsterdam"}},
		{text: "Bezorgen bij: Willem de Zwijgerlaan 17 flat 4 hoog, 3136 AT Vlaardingen", want: []string{"STREET_ADDRESS=Willem de Zwijgerlaan 17 flat 4 hoog, 3136 AT Vlaardingen"}},
		{text: "Stuur het naar Johannes van der Waalsweg 12-A, Utrecht.", want: []string{"STREET_ADDRESS=Johannes van der Waalsweg 12-A, Utrecht"}},
		// German.
		{text: "Ich bin umgezogen, jetzt 20359 Hamburg, Weidenweg 21b, bitte anpassen.", want: []string{"STREET_ADDRESS=20359 Hamburg, Weidenweg 21b"}},
		// Look-alikes.
		{text: "Op de Dorpsstraat 3 staat een boom.", want: []string{"STREET_ADDRESS=Dorpsstraat 3"}},
		{text: "Am Ende 3 Artikel", none: none},
		{text: "Im Jahr 2020 Berlin, Hauptstraße 5 war schön.", want: []string{"STREET_ADDRESS=Hauptstraße 5"}},
		{text: "Bestellung 20359 Hamburg, Weidenweg 21b.", want: []string{"STREET_ADDRESS=Weidenweg 21b"}},
		{text: "Im Jahr 2020 Heidelberg.", none: none},
		{text: "Auf der Suche 5 Tage.", none: none},
		{text: "Zum Glück 2 Stück.", none: none},
		{text: "Am Ende 3 Wochenende.", none: none},
		{text: "I ordered the 2080TI and 3 cables.", none: none},
		{text: "Chapter 3bis covers it, see 5min video.", none: none},
		{text: "Model 12-A arrived, 3 days late.", none: none},
		{text: "Dorpsstraat is de naam van onze winkel, 3 vestigingen.", none: none},
		{text: "Pieter de Jong van de Molenweg 8 heeft gebeld.", want: []string{"STREET_ADDRESS=Molenweg 8"}},
		{text: "Herr Schmidt von der Gartenstraße 3 hat angerufen.", want: []string{"STREET_ADDRESS=Gartenstraße 3"}},
		{text: "Afhalen op Marktplein 3, Betalingen alleen met pin.", want: []string{"STREET_ADDRESS=Marktplein 3"}},
		{text: "Ihr Sitzplatz 12-A ist reserviert.", none: none},
		{text: "Hauptstraße 5, 2080TI Grafikkarte kam beschädigt an.", want: []string{"STREET_ADDRESS=Hauptstraße 5"}},
	})
}
