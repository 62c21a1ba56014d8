package redact

import "testing"

// TestAddressSouth checks streets of Portugal, Spain, Catalonia, Galicia
// and Italy written designator first: a number sign, a comma, a title or
// a date between the designator and the house number, the floor and door
// after the number, and the province in brackets after the town; with
// the look-alikes, where the same words count, measure or date things in
// prose.
func TestAddressSouth(t *testing.T) {
	none := []string{"STREET_ADDRESS", "ADDRESS"}
	checkSoftCases(t, []softCase{
		// Portuguese.
		{text: "Podem entregar na Rua Cândido dos Reis, 45 3º Dto 4050-151 Porto?", want: []string{"STREET_ADDRESS=Rua Cândido dos Reis, 45 3º Dto 4050-151 Porto"}},
		{text: "A minha morada é Travessa da Fábrica nº 9, 1200-180 Lisboa.", want: []string{"STREET_ADDRESS=Travessa da Fábrica nº 9, 1200-180 Lisboa"}},
		{text: "Morada: Largo do Carmo n.º 5, 1200-092 Lisboa", want: []string{"STREET_ADDRESS=Largo do Carmo n.º 5, 1200-092 Lisboa"}},
		{text: "Moro na Calçada do Combro 38, 2º andar, 1200-114 Lisboa", want: []string{"STREET_ADDRESS=Calçada do Combro 38, 2º andar, 1200-114 Lisboa"}},
		{text: "Enviem para Avenida 24 de Julho 102, 1350-346 Lisboa por favor.", want: []string{"STREET_ADDRESS=Avenida 24 de Julho 102, 1350-346 Lisboa"}},
		{text: "Moro na Rua 25 de Março 14, 1100-100 Lisboa.", want: []string{"STREET_ADDRESS=Rua 25 de Março 14, 1100-100 Lisboa"}},
		{text: "Nova morada: Rua Eng. Duarte Pacheco 14, r/c, 2780-290 Oeiras", want: []string{"STREET_ADDRESS=Rua Eng. Duarte Pacheco 14, r/c, 2780-290 Oeiras"}},
		{text: "Rua Prof. Egas Moniz 12 1º Esq. 3000-001 Coimbra", want: []string{"STREET_ADDRESS=Rua Prof. Egas Moniz 12 1º Esq. 3000-001 Coimbra"}},
		// Spanish, Catalan and Galician.
		{text: "Mi dirección es Calle Gran Vía, 28, 28013 Madrid", want: []string{"STREET_ADDRESS=Calle Gran Vía, 28, 28013 Madrid"}},
		{text: "Envíenlo a Calle 2 de Mayo 14, 5º izq., 28004 Madrid", want: []string{"STREET_ADDRESS=Calle 2 de Mayo 14, 5º izq., 28004 Madrid"}},
		{text: "Avinguda Diagonal 640, 08017 Barcelona", want: []string{"STREET_ADDRESS=Avinguda Diagonal 640, 08017 Barcelona"}},
		{text: "Carrer de Mallorca 401, bajos, 08013 Barcelona", want: []string{"STREET_ADDRESS=Carrer de Mallorca 401, bajos, 08013 Barcelona"}},
		{text: "Rúa do Franco 12, piso 3, 15702 Santiago de Compostela", want: []string{"STREET_ADDRESS=Rúa do Franco 12, piso 3, 15702 Santiago de Compostela"}},
		// Italian.
		{text: "Spedite a Via XX Settembre 8, piano 3, 00187 Roma (RM)", want: []string{"STREET_ADDRESS=Via XX Settembre 8, piano 3, 00187 Roma (RM)"}},
		{text: "Viale Monza 120, scala B, 20127 Milano (MI)", want: []string{"STREET_ADDRESS=Viale Monza 120, scala B, 20127 Milano (MI)"}},
		{text: "Piazzale Loreto 2, interno 9, 20131 Milano", want: []string{"STREET_ADDRESS=Piazzale Loreto 2, interno 9, 20131 Milano"}},
		{text: "Via 4 Novembre 45, 80134 Napoli", want: []string{"STREET_ADDRESS=Via 4 Novembre 45, 80134 Napoli"}},
		// Look-alikes.
		{text: "Il Largo 5 metri dalla porta non basta.", none: none},
		{text: "Vivo a 5 minuti dal Largo, piano 2 lezioni a settimana.", none: none},
		{text: "Avenida 5 stars review, thanks", none: none},
		{text: "I took piano 2 lessons last week.", none: none},
		{text: "Hace frío, estamos bajo 3 grados hoy.", none: none},
		{text: "Largo 5 metros, ancho 3.", none: none},
		{text: "Compré la mesa nº 5 en la tienda.", none: none},
		{text: "El Dr. Pérez llega el 5 de Mayo 2024.", none: none},
		{text: "El pedido nº 12345 llegó bajo la lluvia.", none: none},
		{text: "Vimos Avenida 5 de Outubro no mapa, 3 vezes.", none: none},
		{text: "La Carretera Nacional 3 horas cortada por obras.", none: none},
		{text: "Calle 2 de Mayo 2024: cerrado por fiesta local.", none: none},
		{text: "Plaça Major 3 persones a la cua.", none: none},
		{text: "Via Roma 12, Torino (OK) grazie", want: []string{"STREET_ADDRESS=Via Roma 12, Torino"}},
	})
}
