package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 72 found in its Spanish (Spain and Latin
// America) and Italian blind sets: Latin American addresses, phones, a
// CLABE and a one-time code; Italian names, plates and addresses.

// TestStreetDesignatorsSpanishOfSession72 checks Argentina's boulevard
// ("Bv.", "Bulevar") and Peru's jirón ("Jr.", "Jirón") as a street's
// designator before its name and number. The controls: the designator
// without a house number, and "Jr." after a person's name before a year
// or a count.
func TestStreetDesignatorsSpanishOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Domicilio: Bv. Pellegrini 2210, S2000 Rosario", TypeStreetAddress, "Bv. Pellegrini 2210, S2000 Rosario"},
		{"mándenlo a Bulevar España 1733 apto 5, Montevideo", TypeStreetAddress, "Bulevar España 1733 apto 5, Montevideo"},
		{"dirección fiscal Jr. Ayacucho 318 dpto 2, Cercado de Lima", TypeStreetAddress, "Jr. Ayacucho 318 dpto 2, Cercado de Lima"},
		{"vivo en Jirón Junín 845, Lima", TypeStreetAddress, "Jirón Junín 845, Lima"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Domicilio: Bv. Pellegrini, Rosario", TypeStreetAddress},
		{"Martin Luther King Jr. 1968", TypeStreetAddress},
		{"me quedo en Jr. Smith 45 minutos", TypeStreetAddress},
	})
}

// TestDoorAfterFloorSpanishOfSession72 checks Argentina's "dto" (a
// flat, departamento) and its letter or number after the floor, before
// the postcode. The controls: "dto" alone with no door after it, and
// Portugal's "Dto." (the right-hand door) after a floor, which stays the
// floor's side.
func TestDoorAfterFloorSpanishOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"el envío va a Av. Santa Fe 3120 piso 7 dto B, C1425 CABA, gracias", TypeStreetAddress, "Av. Santa Fe 3120 piso 7 dto B, C1425 CABA"},
		{"Av. Rivadavia 5210, piso 2 dto. 4, C1424 CABA", TypeStreetAddress, "Av. Rivadavia 5210, piso 2 dto. 4, C1424 CABA"},
		{"Rua Augusta 120, 2.º Dto., 1100-048 Lisboa", TypeStreetAddress, "Rua Augusta 120, 2.º Dto., 1100-048 Lisboa"},
	})
	wantNoneTyped(t, d, []typedText{
		{"me hicieron un dto del 10 por ciento", TypeStreetAddress},
	})
}

// TestColombianGridDoorSpanishOfSession72 checks a Colombian grid whose
// door's number a word holds with its dash: a cross street with its
// letter ("68B-85") or a cardinal point glued to the door ("1 Sur-100").
// The controls: a sign and a number with no door ("Calle 13 # 5 de la
// lista"), and the door's word without digits after its dash.
func TestColombianGridDoorSpanishOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"el técnico va a la Cra 52B # 3 Sur-45, Medellín, mañana", TypeStreetAddress, "Cra 52B # 3 Sur-45, Medellín"},
		{"mi casa es Calle 34 # 71C-20, Bogotá", TypeStreetAddress, "Calle 34 # 71C-20, Bogotá"},
		{"Carrera 15 No. 24 Bis-08, Bogotá", TypeStreetAddress, "Carrera 15 No. 24 Bis-08, Bogotá"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Calle 13 # 5 de la lista", TypeStreetAddress},
		{"Calle 13 # 5 Sur-Norte del mapa", TypeStreetAddress},
	})
}

// TestNumberedStreetSignSpanishOfSession72 checks a street named by its
// number and a number sign before the house's ("Calle 49 nro 812",
// "Calle 12 nº 345"), as towns whose streets are numbered write it, and
// "nro" without its period. The control: "No" without its period before
// a number that counts.
func TestNumberedStreetSignSpanishOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"la nueva dirección es Calle 7 nro 1043, B1900 La Plata", TypeStreetAddress, "Calle 7 nro 1043, B1900 La Plata"},
		{"Calle 14 nº 221, Valladolid", TypeStreetAddress, "Calle 14 nº 221, Valladolid"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Calle 10 No 5 de la lista", TypeStreetAddress},
	})
}

// TestCrossStreetsSpanishOfSession72 checks the two streets a house
// stands between, after its number: "entre 11 y 12" (Argentina,
// Uruguay) and Yucatán's "x 63 y 65". The controls: two hours of a
// delivery after the number ("entre 9 y 13."), and "entre" in prose.
func TestCrossStreetsSpanishOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"me mudé a Calle 7 nro 1043 entre 50 y 51, B1900 La Plata. saludos", TypeStreetAddress, "Calle 7 nro 1043 entre 50 y 51, B1900 La Plata"},
		{"vivo en Rivadavia 1540 entre Mitre y Sarmiento, Ramos Mejía", TypeStreetAddress, "Rivadavia 1540 entre Mitre y Sarmiento, Ramos Mejía"},
		{"Calle 59 No. 488 x 54 y 56, Col. Centro, C.P. 97000, Mérida, Yuc.", TypeStreetAddress, "Calle 59 No. 488 x 54 y 56, Col. Centro, C.P. 97000, Mérida, Yuc."},
	})
	for _, text := range []string{
		"entreguen en Calle Sol 5 entre 9 y 13.",
		"Calle Sol 5 entre semana no estoy",
	} {
		require.Equal(t, []string{"Calle Sol 5"}, valuesOf(t, d, text, TypeStreetAddress), text)
	}
}

// TestProvinceAfterTownSpanishOfSession72 checks a province the lists
// know written out after the postcode and the town, which ends the
// address ("S2000 Rosario, Santa Fe"). The control: a place that a
// sentence goes on after ("..., Barcelona y Valencia") stays out.
func TestProvinceAfterTownSpanishOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Domicilio: Bv. Pellegrini 2210, S2000 Rosario, Santa Fe", TypeStreetAddress, "Bv. Pellegrini 2210, S2000 Rosario, Santa Fe"},
		{"Calle Hidalgo 88, 44100 Guadalajara, Jalisco.", TypeStreetAddress, "Calle Hidalgo 88, 44100 Guadalajara, Jalisco"},
	})
	require.Equal(t, []string{"Calle Sol 5, 28001 Madrid"}, valuesOf(t, d, "Calle Sol 5, 28001 Madrid, Barcelona y Valencia", TypeStreetAddress))
}

// TestSpacedAreaPhoneSpanishOfSession72 checks a mobile typed as
// Argentina types it, the area code, a space, then groups that hyphens
// join ("11 15-4782-3391"), after a phone's word. The controls: the same
// shape after an order's word, and groups of two at the end (a firm's
// line in Tashkent's shape).
func TestSpacedAreaPhoneSpanishOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"te paso mi cel 11 15-6203-7714, llamame después de las 19", TypePhoneNumber, "11 15-6203-7714"},
		{"mi celular 351 15-628-9930 por si no atiendo", TypePhoneNumber, "351 15-628-9930"},
	})
	wantNoneTyped(t, d, []typedText{
		{"pedido 11 15-6203-7714 entregado", TypePhoneNumber},
		{"kompaniyasi telefoni 71 200-44-44 ga", TypePhoneNumber},
	})
}

// TestCodeAfterColonSpanishOfSession72 checks a one-time code given
// after a colon that ends a clause of the code's own sentence ("no me
// llega el código de verificación, ya me llegó uno pero expiró: 58 20
// 41"). The controls: the code's word qualified as another record's
// ("del pedido"), and a colon in the next sentence.
func TestCodeAfterColonSpanishOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"no me llega el código de verificación, el último que llegó ya expiró: 73 14 09. gracias", TypePassword, "73 14 09"},
		{"the verification code never came, the old one said: 640 118", TypePassword, "640 118"},
	})
	wantNoneTyped(t, d, []typedText{
		{"el código de verificación del pedido: 731409", TypePassword},
		{"no llega el código. Referencia: 731409", TypePassword},
	})
}

// TestCLABEWithoutWordSpanishOfSession72 checks Mexico's CLABE written
// without its word, eighteen digits whose check digit holds, near a
// bank's, an account's, a holder's or a transfer's word. The controls:
// a wrong check digit, and the same digits with no such word.
func TestCLABEWithoutWordSpanishOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"es la 012180001234567899 a nombre de Rosa Medina Luna, banco BBVA", TypeBankAccount, "012180001234567899"},
		{"deposítame a la 137180001234567897 de BanCoppel", TypeBankAccount, "137180001234567897"},
	})
	wantNoneTyped(t, d, []typedText{
		{"es la 012180001234567898 a nombre de Rosa Medina Luna, banco BBVA", TypeBankAccount},
		{"el folio es 012180001234567899", TypeBankAccount},
	})
}

// TestRoleBeforeNameItalianOfSession72 checks a firm's contact person
// and owner named by their role before the name ("Referente", "Responsabile",
// "Titolare", Spanish "Encargada"): the role is no part of the name.
// The control: the role before words that name no one.
func TestRoleBeforeNameItalianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"fattura intestata alla ditta. Referente Massimo Ferrante 02 4471 9032", TypePerson, "Massimo Ferrante"},
		{"Responsabile Giovanna Marchetti, ufficio acquisti", TypePerson, "Giovanna Marchetti"},
		{"Titolare Bruno Castellani", TypePerson, "Bruno Castellani"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Referente tecnico non disponibile oggi", TypePerson},
	})
}

// TestTradeFirmItalianOfSession72 checks a small firm named by its trade
// and its family ("Elettrica Ferrante srl", "Impresa Edile Greco"), an
// organisation, no person. The control: the family name with a given
// name stays a person.
func TestTradeFirmItalianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"sono il titolare della ditta Elettrica Ferrante srl, P.IVA a parte", TypePerson},
		{"i lavori li fa Impresa Edile Greco da lunedì", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"il tecnico era Massimo Ferrante", TypePerson, "Massimo Ferrante"},
	})
}

// TestOriginAfterNameItalianOfSession72 checks "di" and a town the lists
// know after a given name and a surname that is a given name too ("Carla
// Orlando di Genova"): the town says where she is from. The controls:
// "di" and a given name after two given names ("Maria Anna di Marco"),
// and a surname that is no place ("Giuseppe Tomasi di Lampedusa").
func TestOriginAfterNameItalianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Cliente: ho sbagliato il codice fiscale. sono Lucia Orlando di Genova", TypePerson, "Lucia Orlando"},
		{"sono Piero Orlando di Napoli, chiamo per la bolletta", TypePerson, "Piero Orlando"},
		{"sono Maria Anna di Marco", TypePerson, "Maria Anna di Marco"},
		{"Giuseppe Tomasi di Lampedusa", TypePerson, "Giuseppe Tomasi di Lampedusa"},
	})
}

// TestLowerWordsItalianOfSession72 checks Italian's question words, the
// forms of "to be" and the relative "cui" in lower case after a greeting
// or a thanks, and a desk's "Supporto" in a signature: none names a
// person. The control: "Cui" capitalised before a given name is a
// Chinese surname.
func TestLowerWordsItalianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"ciao, quanto costa la spedizione in sicilia per un armadio?", TypePerson},
		{"grazie mille siete stati bravissimi!!", TypePerson},
		{"ciao, la mail con cui mi sono registrata era un'altra", TypePerson},
		{"Grazie, Supporto Tecnico", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"Il signor Cui Wei ha chiamato ieri", TypePerson, "Cui Wei"},
	})
}

// TestLowerStreetNameItalianOfSession72 checks a name after a street's
// designator in lower case ("piazza Dante", "calle Goya", "avenue
// Victor Hugo"), which names the street, no person. The controls: "via"
// in the sense of "by way of" before a person ("via Marco Rossi"), and
// the name alone after a thanks.
func TestLowerStreetNameItalianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"a che ora apre lo sportello di piazza Cavour domani?", TypePerson},
		{"soy el encargado de la tienda de la calle Goya", TypePerson},
		{"notre boutique avenue Victor Hugo n'a rien reçu", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"ho mandato il pacco via Marco Rossi", TypePerson, "Marco Rossi"},
		{"grazie Dante, a domani", TypePerson, "Dante"},
	})
}

// TestItalianPlateItalianOfSession72 checks an Italian plate by its
// shape (two letters, three digits, two letters, with spaces or none)
// when a car's, a plate's or a fine's word stands in the text, also a
// second plate past the one its word names. The controls: no such word,
// and "000" for the digits.
func TestItalianPlateItalianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"FX 284 PL", "GE 517 TS"}, valuesOf(t, d, "la macchina non era mia, targa FX 284 PL, la mia è GE 517 TS, verbale a parte", TypeVehicleRegistration))
	wantTyped(t, d, []typedValue{
		{"mi è arrivata una multa ma la mia auto è DK 318 RT", TypeVehicleRegistration, "DK 318 RT"},
		{"vorrei cambiare la macchina sul permesso in FY038LD", TypeVehicleRegistration, "FY038LD"},
	})
	wantNoneTyped(t, d, []typedText{
		{"il modulo AB 123 CD va compilato", TypeVehicleRegistration},
		{"la macchina GE 000 TS", TypeVehicleRegistration},
	})
}

// TestHomeNotSiteItalianOfSession72 checks an address after a firm's
// site when a word of the writer's home stands between ("in un punto di
// ritiro invece che a casa (Via ...)"): the address is the home. The
// control: the site's own address.
func TestHomeNotSiteItalianOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"posso ritirare in un punto di ritiro invece che a casa (Via Nicolai 41, 70122 Bari)?", TypeStreetAddress, "Via Nicolai 41, 70122 Bari"},
	})
	wantNoneTyped(t, d, []typedText{
		{"il nostro punto di ritiro: Via Nicolai 41, 70122 Bari", TypeStreetAddress},
	})
}
