package redact

import "testing"

// TestAddressProbeForms checks address forms written in chats that the
// shared corpus does not hold: units before the street, streets and
// cities typed in lower case, a comma after the house number, Spanish
// floors, one-word Dutch streets, written-out regions and postcodes
// after a name that a designator starts.
func TestAddressProbeForms(t *testing.T) {
	checkSoftCases(t, []softCase{
		// Lower case after "i'm at", "we're at": a common designator
		// ends the street; other things one is at are none.
		{text: "i'm at 543 sunset court and the courier called", want: []string{"STREET_ADDRESS=543 sunset court"}},
		{text: "we're at 12 oak road now", want: []string{"STREET_ADDRESS=12 oak road"}},
		{text: "im at 5 percent battery", none: []string{"STREET_ADDRESS"}},
		{text: "i'm at 3 different stores", none: []string{"STREET_ADDRESS"}},
		// Lower-case towns the gazetteer does not know: before a state
		// and a postcode, or after a post-office box.
		{text: "my billing address is 5070 ridgewood lane, spokane, wa 99201, thanks", want: []string{"STREET_ADDRESS=5070 ridgewood lane, spokane, wa 99201"}},
		{text: "ship it to po box 75197, chattanooga please.", want: []string{"STREET_ADDRESS=po box 75197, chattanooga"}},
		{text: "use po box 12, thanks", want: []string{"STREET_ADDRESS=po box 12"}},
		{text: "po box 12, the courier called", want: []string{"STREET_ADDRESS=po box 12"}},
		// After a postcode or a box: towns in lower case, with an
		// article or a saint's abbreviation.
		{text: "my billing address is birkenweg 68, 79067 freiburg, the shipping one too", want: []string{"STREET_ADDRESS=birkenweg 68, 79067 freiburg"}},
		{text: "ship it to po box 123, st. paul please.", want: []string{"STREET_ADDRESS=po box 123, st. paul"}},
		{text: "i'm at po box 2796, des moines and the courier called", want: []string{"STREET_ADDRESS=po box 2796, des moines"}},
		{text: "hauptstraße 5, 10115 berlin und so", want: []string{"STREET_ADDRESS=hauptstraße 5, 10115 berlin"}},
		// A French street in lower case without a cue: the designator
		// before the name and a postcode after it say street.
		{text: "customer anna berg, 145 rue des lilas, 70134 marseille, phone +33 6 12 34 56 78", want: []string{"STREET_ADDRESS=145 rue des lilas, 70134 marseille"}},
		{text: "105 avenue de la république, 44987 nice, the shipping one", want: []string{"STREET_ADDRESS=105 avenue de la république, 44987 nice"}},
		{text: "I bought 3 rue de la paix cards", none: []string{"STREET_ADDRESS"}},
		// After a cue, the postcode and the town may follow the name
		// without a comma, as they do in capitals ("10 Rue de Rivoli
		// 75001 Paris"); a number before a common word is none.
		{text: "i live at 3 rue du moulin 44000 nantes", want: []string{"STREET_ADDRESS=3 rue du moulin 44000 nantes"}},
		{text: "ship to 12 route de la gare 74000 annecy please", want: []string{"STREET_ADDRESS=12 route de la gare 74000 annecy"}},
		{text: "i live at 3 rue du moulin 44000 users", none: []string{"STREET_ADDRESS"}},
		{text: "i live at 12 route options 45678 users affected", none: []string{"STREET_ADDRESS"}},
		// The same across line breaks, as a letter's lines are typed: the
		// line break stands for the comma before the postcode.
		{text: "ship to:\n12 rue de la paix\n75002 paris", want: []string{"STREET_ADDRESS=12 rue de la paix\n75002 paris"}},
		{text: "livraison:\n8 avenue des lilas\n69003 lyon\nmerci", want: []string{"STREET_ADDRESS=8 avenue des lilas\n69003 lyon"}},
		{text: "i bought 3 rue de la paix cards\n75002 people came", none: []string{"STREET_ADDRESS"}},
		{text: "there are 12 route options\n45678 users affected", none: []string{"STREET_ADDRESS"}},
		{text: "there are 12 route options, 45678 users affected", none: []string{"STREET_ADDRESS"}},
		{text: "order 4 square plates, 10001 ny", none: []string{"STREET_ADDRESS"}},
		{text: "po box 12, st. and that is all", want: []string{"STREET_ADDRESS=po box 12"}},
		{text: "Flight BA12 leaves Heathrow gate 22, London", none: []string{"STREET_ADDRESS"}},
		{text: "Karl Johans gate 22, 0162 Oslo", want: []string{"STREET_ADDRESS=Karl Johans gate 22, 0162 Oslo"}},
		// A rarer designator in lower case after a cue, with a postcode.
		{text: "my billing address is 243 grosvenor grove, nottingham ng1 2gn, the shipping one", want: []string{"STREET_ADDRESS=243 grosvenor grove, nottingham ng1 2gn"}},
		{text: "ship it to 12 thornbury mews, derby de1 2ab please", want: []string{"STREET_ADDRESS=12 thornbury mews, derby de1 2ab"}},
		{text: "i live at 5 the grove", none: []string{"STREET_ADDRESS"}},
		{text: "ship it to 12 franklin ln apt 3a, st. paul, mn 55101 please.", want: []string{"STREET_ADDRESS=12 franklin ln apt 3a, st. paul, mn 55101"}},
		// A unit before the street stays in the address.
		{text: "Apt 4B, 350 5th Ave, New York, NY 10118", want: []string{"STREET_ADDRESS=Apt 4B, 350 5th Ave, New York, NY 10118"}},
		{text: "Flat 4, 22 Victoria Road, Manchester M14 5RF", want: []string{"STREET_ADDRESS=Flat 4, 22 Victoria Road, Manchester M14 5RF"}},
		{text: "Suite 200, 123 Main St, Springfield IL 62704", want: []string{"STREET_ADDRESS=Suite 200, 123 Main St, Springfield IL 62704"}},
		{text: "Unit 5, Riverside Industrial Estate, Leeds LS10 1AB", want: []string{"STREET_ADDRESS=Unit 5, Riverside Industrial Estate, Leeds LS10 1AB"}},
		{text: "Flat 3, Rose Court, London SW1A 2AB", want: []string{"STREET_ADDRESS=Flat 3, Rose Court, London SW1A 2AB"}, none: []string{"PERSON"}},
		{text: "Address: 5th Floor, 20 Fenchurch Street, London EC3M 3BY", want: []string{"STREET_ADDRESS=5th Floor, 20 Fenchurch Street, London EC3M 3BY"}},
		// Lower case after a cue that names an address.
		{text: "my address is 42 elm street boston ma 02118", want: []string{"STREET_ADDRESS=42 elm street boston ma 02118"}},
		{text: "my address is 15 oak avenue, denver co 80202", want: []string{"STREET_ADDRESS=15 oak avenue, denver co 80202"}},
		{text: "my address is 350 5th avenue new york ny 10118", want: []string{"STREET_ADDRESS=350 5th avenue new york ny 10118"}},
		{text: "I live at 3 oak lane", want: []string{"STREET_ADDRESS=3 oak lane"}},
		{text: "new address: 238 baker street, london xa13 6mr.", want: []string{"STREET_ADDRESS=238 baker street, london xa13 6mr"}},
		{text: "ship to 56 rue de la paix, 75011 paris", want: []string{"STREET_ADDRESS=56 rue de la paix, 75011 paris"}},
		{text: "Ship it to 2698 Park St apt 18b, denver, co 12477 please.", want: []string{"STREET_ADDRESS=2698 Park St apt 18b, denver, co 12477"}},
		// The period that ends a sentence after a full designator.
		{text: "We moved! New address: 581 River Way.", want: []string{"STREET_ADDRESS=581 River Way"}},
		{text: "send it to 12 Main St. Boston MA 02118", want: []string{"STREET_ADDRESS=12 Main St. Boston MA 02118"}},
		{text: "at 12 Main St. Suite 5", want: []string{"STREET_ADDRESS=12 Main St. Suite 5"}},
		// A region written out after the city.
		{text: "12 Main St, Portland, Oregon 97204", want: []string{"STREET_ADDRESS=12 Main St, Portland, Oregon 97204"}, none: []string{"LOCATION"}},
		// French and Belgian.
		{text: "5, avenue des Champs-Élysées 75008 Paris", want: []string{"STREET_ADDRESS=5, avenue des Champs-Élysées 75008 Paris"}},
		{text: "deliver to 10 Rue de Rivoli 75001 Paris", want: []string{"STREET_ADDRESS=10 Rue de Rivoli 75001 Paris"}},
		{text: "15 avenue de l'Opéra, 75001 Paris", want: []string{"STREET_ADDRESS=15 avenue de l'Opéra, 75001 Paris"}},
		{text: "Rue de l'Église 5, 1000 Bruxelles", want: []string{"STREET_ADDRESS=Rue de l'Église 5, 1000 Bruxelles"}},
		// Spanish designator and floor.
		{text: "C/ Gran Vía 28, 3º izq, 28013 Madrid", want: []string{"STREET_ADDRESS=C/ Gran Vía 28, 3º izq, 28013 Madrid"}, none: []string{"LOCATION"}},
		{text: "Calle Mayor 5, 2º B, 28013 Madrid", want: []string{"STREET_ADDRESS=Calle Mayor 5, 2º B, 28013 Madrid"}},
		{text: "Endereço: Rua do Ouro 45, 2º Esq, 1100-060 Lisboa", want: []string{"STREET_ADDRESS=Rua do Ouro 45, 2º Esq, 1100-060 Lisboa"}, none: []string{"LOCATION"}},
		// German and Dutch.
		{text: "Wiedner Hauptstraße 15, 1040 Wien", want: []string{"STREET_ADDRESS=Wiedner Hauptstraße 15, 1040 Wien"}},
		{text: "Lieferadresse: Schillerstraße 14, 60313 Frankfurt am Main", want: []string{"STREET_ADDRESS=Schillerstraße 14, 60313 Frankfurt am Main"}},
		// A range of house numbers with "bis"; not a year after it, nor a
		// time of day.
		{text: "send to Kaiserstraße 12 bis 14, 60311 Frankfurt", want: []string{"STREET_ADDRESS=Kaiserstraße 12 bis 14, 60311 Frankfurt"}},
		{text: "lieferadresse: hauptstraße 3 bis 5, 10115 berlin", want: []string{"STREET_ADDRESS=hauptstraße 3 bis 5, 10115 berlin"}},
		{text: "Am Markt 98 bis 102\n28195 Bremen", want: []string{"STREET_ADDRESS=Am Markt 98 bis 102\n28195 Bremen"}},
		{text: "Die Hauptstraße 12 bis 2024, dann offen", none: []string{"STREET_ADDRESS=Hauptstraße 12 bis 2024"}},
		{text: "Hauptstraße 12 bis 14 Uhr geöffnet", none: []string{"STREET_ADDRESS=Hauptstraße 12 bis 14"}},
		{text: "Hauptstraße 14 bis 12, Berlin", none: []string{"STREET_ADDRESS=Hauptstraße 14 bis 12, Berlin"}},
		{text: "Damrak 1, 1012 LG Amsterdam", want: []string{"STREET_ADDRESS=Damrak 1, 1012 LG Amsterdam"}, none: []string{"LOCATION"}},
		// Inside longer messages, with other PII after.
		{text: "please send the replacement to 77 Massachusetts Avenue, Cambridge, MA 02139 and call me at 617-555-0199", want: []string{"STREET_ADDRESS=77 Massachusetts Avenue, Cambridge, MA 02139"}},
		{text: "Name: Jane Roe, Address: 12 Birch Lane, Austin, TX 78701, Phone: 512-555-0100", want: []string{"STREET_ADDRESS=12 Birch Lane, Austin, TX 78701"}},
		// A designator in lower case before the name ("via Roma"), with a
		// postcode, a city or a cue after or before it.
		{text: "abito in via Roma 10, 00184 Roma", want: []string{"STREET_ADDRESS=via Roma 10, 00184 Roma"}},
		{text: "vivo en calle Mayor 5, 28013 Madrid", want: []string{"STREET_ADDRESS=calle Mayor 5, 28013 Madrid"}},
		{text: "j'habite rue Neuve 23, 1000 Bruxelles", want: []string{"STREET_ADDRESS=rue Neuve 23, 1000 Bruxelles"}},
		{text: "sono in piazza Navona 3, Roma", want: []string{"STREET_ADDRESS=piazza Navona 3, Roma"}},
		{text: "Corso dello Stato 3, Torino", want: []string{"STREET_ADDRESS=Corso dello Stato 3, Torino"}},
		{text: "Via delle Coste 41", want: []string{"STREET_ADDRESS=Via delle Coste 41"}},
		// German and Dutch streets typed in lower case, after a cue that
		// names an address or before a postcode.
		{text: "ship to bahnhofstraße 41", want: []string{"STREET_ADDRESS=bahnhofstraße 41"}},
		{text: "hauptstr. 5, 10115 berlin", want: []string{"STREET_ADDRESS=hauptstr. 5, 10115 berlin"}},
		{text: "ich wohne in der lindenallee 7", want: []string{"STREET_ADDRESS=lindenallee 7"}},
		{text: "lieferadresse: goethestr. 12a, 60313 frankfurt", want: []string{"STREET_ADDRESS=goethestr. 12a, 60313 frankfurt"}},
		{text: "my address is keizersgracht 123, Amsterdam", want: []string{"STREET_ADDRESS=keizersgracht 123, Amsterdam"}},
		// A suffix that ends English words too ("ring", "gade"): a
		// postcode and a known town after the number, or a cue and a
		// postcode and any town, say street.
		{text: "ship it to buchenring 97, 99319 erfurt please.", want: []string{"STREET_ADDRESS=buchenring 97, 99319 erfurt"}},
		{text: "we moved! new address: buchenring 91, 89144 ulm.", want: []string{"STREET_ADDRESS=buchenring 91, 89144 ulm"}},
		{text: "heidering 5, 10115 berlin", want: []string{"STREET_ADDRESS=heidering 5, 10115 berlin"}},
		{text: "ship to nørregade 7, 8000 aarhus c", want: []string{"STREET_ADDRESS=nørregade 7, 8000 aarhus"}},
		{text: "the gathering 12, 40000 people came", none: []string{"STREET_ADDRESS"}},
		{text: "my address is the gathering 12, 40000 people came", none: []string{"STREET_ADDRESS"}},
		{text: "ship to the offering 5, 10115 units in stock", none: []string{"STREET_ADDRESS"}},
		{text: "the wiring 3, 20095 volts", none: []string{"STREET_ADDRESS"}},
		// A unit in lower case before the street after a cue, a town the
		// gazetteer does not know before a UK postcode in lower case, a
		// postcode of three and two digits.
		{text: "my new address is flat 3, 17 harrow road, london w2 5tb", want: []string{"STREET_ADDRESS=flat 3, 17 harrow road, london w2 5tb"}},
		{text: "deliver to suite 400, 1 market street, san francisco ca 94105", want: []string{"STREET_ADDRESS=suite 400, 1 market street, san francisco ca 94105"}, none: []string{"PERSON"}},
		{text: "pls send to 9 hawthorn close, york yo10 3ef", want: []string{"STREET_ADDRESS=9 hawthorn close, york yo10 3ef"}},
		{text: "c/o Anna Berg, Storgatan 12, 114 55 Stockholm", want: []string{"PERSON=Anna Berg", "STREET_ADDRESS=Storgatan 12, 114 55 Stockholm"}},
		// A designator in lower case before a name in lower case, maybe
		// with a particle, and post-office boxes in lower case.
		{text: "vivo en calle serrano 41, 28001 madrid", want: []string{"STREET_ADDRESS=calle serrano 41, 28001 madrid"}},
		{text: "moro na rua das flores 12, 4050-262 porto", want: []string{"STREET_ADDRESS=rua das flores 12, 4050-262 porto"}},
		{text: "ship to po box 4471, tucson az 85717", want: []string{"STREET_ADDRESS=po box 4471, tucson az 85717"}},
		{text: "my address is p.o. box 12, reno nv 89501", want: []string{"STREET_ADDRESS=p.o. box 12, reno nv 89501"}},
		// A designator before the name abbreviated with a period, a
		// Portuguese post-office box, a label of an address compounded.
		{text: "Envío a Avda. Rio Nalon 58, 33100 Trubia", want: []string{"STREET_ADDRESS=Avda. Rio Nalon 58, 33100 Trubia"}, none: []string{"PERSON"}},
		{text: "Caixa Postal 456, São Paulo", want: []string{"STREET_ADDRESS=Caixa Postal 456, São Paulo"}, none: []string{"PERSON"}},
		{text: "Leveringsadres: Damstraat 5, 1012 JM Amsterdam", want: []string{"STREET_ADDRESS=Damstraat 5, 1012 JM Amsterdam"}, none: []string{"PERSON"}},
		// "bis" after the house number, a unit and a house number written
		// with a slash, a name in lower case after a designator and a
		// particle, a US military post office in lower case.
		{text: "Cordialement,\nJulie Martin\n22 bis rue Nationale\n59000 Lille", want: []string{"PERSON=Julie Martin", "STREET_ADDRESS=22 bis rue Nationale\n59000 Lille"}},
		{text: "Unit 7/22 George St, Sydney NSW 2000", want: []string{"STREET_ADDRESS=Unit 7/22 George St, Sydney NSW 2000"}, none: []string{"PERSON"}},
		{text: "my address: via del corso 12 00186 roma", want: []string{"STREET_ADDRESS=via del corso 12 00186 roma"}},
		{text: "our offices are located at psc 4574, box 8393\napo aa 81998", want: []string{"STREET_ADDRESS=psc 4574, box 8393\napo aa 81998"}},
		{text: "please return to unit 4719 box 7394\ndpo ap 70942 in case of an issue.", want: []string{"STREET_ADDRESS=unit 4719 box 7394\ndpo ap 70942"}},
		{text: "Cumprimentos,\nAna Silva\nRua Direita 33\n3000-123 Coimbra", want: []string{"PERSON=Ana Silva", "STREET_ADDRESS=Rua Direita 33\n3000-123 Coimbra"}},
		// A Dutch postcode's letters in lower case, a known city without a
		// comma that ends the sentence.
		{text: "adres: kerkstraat 14 1017 gc amsterdam", want: []string{"STREET_ADDRESS=kerkstraat 14 1017 gc amsterdam"}},
		{text: "Send to 742 Evergreen Terrace Springfield", want: []string{"STREET_ADDRESS=742 Evergreen Terrace Springfield"}, none: []string{"LOCATION"}},
		{text: "We met at 5 Main Street London and had tea", want: []string{"STREET_ADDRESS=5 Main Street"}},
		// A designator, a name ending in a street type and a postcode,
		// no house number after the name (this once panicked).
		{text: "1 Rue Koskikatu 75001 Paris", want: []string{"STREET_ADDRESS=1 Rue Koskikatu 75001 Paris"}},
		{text: "Ship to 12 Calle Bahnhofstr 80331 München please", want: []string{"STREET_ADDRESS=12 Calle Bahnhofstr 80331 München"}},
		// Canadian postcodes in either case, lower case without a cue
		// when a common designator and a postcode say street.
		{text: "123 main st, toronto on m5h 2m9", want: []string{"STREET_ADDRESS=123 main st, toronto on m5h 2m9"}, none: []string{"LOCATION"}},
		{text: "pls deliver 88 queen street, toronto on m5h 2n2 thx", want: []string{"STREET_ADDRESS=88 queen street, toronto on m5h 2n2"}},
		{text: "12 Main St, Springfield, IL 62704 John said hi", want: []string{"STREET_ADDRESS=12 Main St, Springfield, IL 62704"}},
		{text: "Flat 12B Oak Court, 5 more days to go", want: []string{"STREET_ADDRESS=12B Oak Court"}},
		{text: "Ship to 40 King Street West, Toronto, ON M5H 2N2", want: []string{"STREET_ADDRESS=40 King Street West, Toronto, ON M5H 2N2"}},
		{text: "i'm at 4567 oak way apt 33d, albany, ny 44568 and the courier called", want: []string{"STREET_ADDRESS=4567 oak way apt 33d, albany, ny 44568"}},
		// Irish Eircodes.
		{text: "12 Main Street, Cork T12 X2Y3", want: []string{"STREET_ADDRESS=12 Main Street, Cork T12 X2Y3"}},
		{text: "Send it to 5 Grafton Street, Dublin D02 AF30 please", want: []string{"STREET_ADDRESS=5 Grafton Street, Dublin D02 AF30"}},
		{text: "my address is 7 high st, galway h91 ex23", want: []string{"STREET_ADDRESS=7 high st, galway h91 ex23"}},
		// A flat's number and its building before the street.
		{text: "Flat 12B Oak Court, 5 Park Road, London", want: []string{"STREET_ADDRESS=Flat 12B Oak Court, 5 Park Road, London"}},
		{text: "Flat 3, Rose Court, 5 Park Road, London", want: []string{"STREET_ADDRESS=Flat 3, Rose Court, 5 Park Road, London"}},
		// A district before the postcode, the city after it.
		{text: "Calle Londres 247, Col. Juárez, 06600 Ciudad de México", want: []string{"STREET_ADDRESS=Calle Londres 247, Col. Juárez, 06600 Ciudad de México"}, none: []string{"LOCATION"}},
		{text: "Unit 24/7 Smith St, Fitzroy VIC 3065", want: []string{"STREET_ADDRESS=Unit 24/7 Smith St, Fitzroy VIC 3065"}},
		// Poland: "ul." before the name, a house and a flat's number
		// with a slash, a postcode of two and three digits.
		{text: "ul. Marszałkowska 84/92, 00-514 Warszawa", want: []string{"STREET_ADDRESS=ul. Marszałkowska 84/92, 00-514 Warszawa"}, none: []string{"LOCATION"}},
		{text: "Proszę wysłać na ul. Długa 12, 80-827 Gdańsk", want: []string{"STREET_ADDRESS=ul. Długa 12, 80-827 Gdańsk"}},
		// Brazil: a comma before the number, dashes between the parts.
		{text: "Rua Augusta, 1500 - Consolação, São Paulo - SP, 01304-001", want: []string{"STREET_ADDRESS=Rua Augusta, 1500 - Consolação, São Paulo - SP, 01304-001"}, none: []string{"PERSON", "LOCATION"}},
		{text: "Entregar na Av. Paulista, 1000, Bela Vista, São Paulo - SP, 01310-100", want: []string{"STREET_ADDRESS=Av. Paulista, 1000, Bela Vista, São Paulo - SP, 01310-100"}},
		// India: the state before the PIN code.
		{text: "Deliver to 22 Nehru Nagar, Pune, Maharashtra 411001", want: []string{"STREET_ADDRESS=22 Nehru Nagar, Pune, Maharashtra 411001"}},
		{text: "Flat 203, MG Road, Bengaluru 560001", want: []string{"STREET_ADDRESS=Flat 203, MG Road, Bengaluru 560001"}},
		// India: a house's number with "H.No." and the door's numbers
		// with dashes ("12-5-34", "8-2-293/82"), as Hyderabad writes
		// them.
		{text: "H.No. 12-5-34, Begumpet, Hyderabad 500016", want: []string{"STREET_ADDRESS=H.No. 12-5-34, Begumpet, Hyderabad 500016"}, none: []string{"LOCATION", "PERSON"}},
		{text: "H. No. 8-2-293/82, Jubilee Hills, Hyderabad 500033", want: []string{"STREET_ADDRESS=H. No. 8-2-293/82, Jubilee Hills, Hyderabad 500033"}, none: []string{"LOCATION", "PERSON"}},
		{text: "My address is H.No 3-4-56, Kachiguda, Hyderabad.", want: []string{"STREET_ADDRESS=H.No 3-4-56, Kachiguda, Hyderabad"}, none: []string{"LOCATION", "PERSON"}},
		{text: "House No. 16-11-740, Dilsukhnagar, Hyderabad 500060", want: []string{"STREET_ADDRESS=House No. 16-11-740, Dilsukhnagar, Hyderabad 500060"}, none: []string{"LOCATION", "PERSON"}},
		{text: "H.No. 8-2-293/82, Road No. 10, Banjara Hills, Hyderabad 500034", want: []string{"STREET_ADDRESS=H.No. 8-2-293/82, Road No. 10, Banjara Hills, Hyderabad 500034"}, none: []string{"LOCATION", "PERSON"}},
		// A flat's block letter and number with a dash ("B-204",
		// "C-3/45") before a sector or a locality, as Delhi and its
		// suburbs write them.
		{text: "B-204, Sector 18, Rohini, Delhi 110085", want: []string{"STREET_ADDRESS=B-204, Sector 18, Rohini, Delhi 110085"}, none: []string{"LOCATION", "PERSON"}},
		// A flat's code before the town, its state and PIN code: unlike a
		// vehicle registration's head ("MH-12"), no state's code.
		{text: "Customer: B-12, Noida, Uttar Pradesh 201301", want: []string{"STREET_ADDRESS=B-12, Noida, Uttar Pradesh 201301"}},
		{text: "GF-4, Gurugram, Haryana 122001", want: []string{"STREET_ADDRESS=GF-4, Gurugram, Haryana 122001"}},
		{text: "Deliver to A-12, Sector-18, Noida 201301", want: []string{"STREET_ADDRESS=A-12, Sector-18, Noida 201301"}, none: []string{"LOCATION", "PERSON"}},
		{text: "C-3/45, Janakpuri, New Delhi 110058", want: []string{"STREET_ADDRESS=C-3/45, Janakpuri, New Delhi 110058"}, none: []string{"LOCATION", "PERSON"}},
		{text: "D-56, Phase 2, Mayur Vihar, Delhi", want: []string{"STREET_ADDRESS=D-56, Phase 2, Mayur Vihar, Delhi"}, none: []string{"LOCATION", "PERSON"}},
		{text: "Flat B-204, Sector 18, Rohini, Delhi 110085", want: []string{"STREET_ADDRESS=Flat B-204, Sector 18, Rohini, Delhi 110085"}, none: []string{"LOCATION", "PERSON"}},
		{text: "Plot No. 45, Sector 21, Gurugram 122016", want: []string{"STREET_ADDRESS=Plot No. 45, Sector 21, Gurugram 122016"}, none: []string{"LOCATION", "PERSON"}},
		{text: "(B-204, Sector 18, Rohini, Delhi 110085)", want: []string{"STREET_ADDRESS=B-204, Sector 18, Rohini, Delhi 110085"}},
		// A unit that names a home or an office before a division of the
		// town and the city, without a PIN code: the home says house.
		{text: "Suite 4, Phase 2, Pune", want: []string{"STREET_ADDRESS=Suite 4, Phase 2, Pune"}},
		{text: "Apt 12, Block B, Sector 62, Noida", want: []string{"STREET_ADDRESS=Apt 12, Block B, Sector 62, Noida"}},
		// India in lower case, as a hurried customer types it: a house or
		// a flat, a chain of localities, a known city and its PIN code;
		// after "h.no." or a door's number in three parts the city may
		// end it, as in capitals.
		{text: "h.no. 12-5-34, begumpet, hyderabad 500016", want: []string{"STREET_ADDRESS=h.no. 12-5-34, begumpet, hyderabad 500016"}, none: []string{"LOCATION", "PERSON"}},
		{text: "my address is h.no 3-4-56, kachiguda, hyderabad.", want: []string{"STREET_ADDRESS=h.no 3-4-56, kachiguda, hyderabad"}},
		{text: "h. no. 8-2-293/82, road no. 10, banjara hills, hyderabad 500034", want: []string{"STREET_ADDRESS=h. no. 8-2-293/82, road no. 10, banjara hills, hyderabad 500034"}},
		{text: "house no. 16-11-740, dilsukhnagar, hyderabad", want: []string{"STREET_ADDRESS=house no. 16-11-740, dilsukhnagar, hyderabad"}},
		{text: "pls send to door no 7, anna salai, chennai 600002", want: []string{"STREET_ADDRESS=door no 7, anna salai, chennai 600002"}, none: []string{"PERSON"}},
		{text: "plot no. 45, sector 21, gurugram 122016", want: []string{"STREET_ADDRESS=plot no. 45, sector 21, gurugram 122016"}},
		{text: "flat 203, mg road, bengaluru 560001", want: []string{"STREET_ADDRESS=flat 203, mg road, bengaluru 560001"}},
		{text: "b-204, sector 18, rohini, delhi 110085", want: []string{"STREET_ADDRESS=b-204, sector 18, rohini, delhi 110085"}, none: []string{"LOCATION"}},
		{text: "ship to b-204, sector 18, rohini, delhi 110085 pls", want: []string{"STREET_ADDRESS=b-204, sector 18, rohini, delhi 110085"}},
		// A flat's code of two letters before a locality.
		{text: "GF-12, Lajpat Nagar, Delhi 110024", want: []string{"STREET_ADDRESS=GF-12, Lajpat Nagar, Delhi 110024"}},
		// Australia in lower case, a unit with a slash; Singapore's floor
		// and unit; Finland's staircase and flat.
		{text: "please ship to unit 3/45 chapel st, windsor vic 3181", want: []string{"STREET_ADDRESS=unit 3/45 chapel st, windsor vic 3181"}},
		{text: "45 chapel st, windsor vic 3181", want: []string{"STREET_ADDRESS=45 chapel st, windsor vic 3181"}},
		{text: "Deliver to 88 Orchard Road, #05-01, Singapore 238839", want: []string{"STREET_ADDRESS=88 Orchard Road, #05-01, Singapore 238839"}, none: []string{"LOCATION"}},
		{text: "Address is Mannerheimintie 12 B 5, 00100 Helsinki", want: []string{"STREET_ADDRESS=Mannerheimintie 12 B 5, 00100 Helsinki"}},
		// Japan: a postcode of three and four digits after the city.
		{text: "Ship to 3 Omotesando Avenue, Tokyo 150-0001, Japan", want: []string{"STREET_ADDRESS=3 Omotesando Avenue, Tokyo 150-0001, Japan"}},
		// A district as a unit (Vietnam).
		{text: "My address is 25 Nguyen Hue, District 1, Ho Chi Minh City", want: []string{"STREET_ADDRESS=25 Nguyen Hue, District 1, Ho Chi Minh City"}},
		// A shop named after a number after a cue.
		{text: "I'm at 5 Guys Burgers now", none: []string{"STREET_ADDRESS"}},
		// A saint's or an owner's name in the possessive after a cue and
		// a time names a church or a shop; with a designator after it, a
		// street.
		{text: "meet at 10 St. Mary's at 5pm", none: []string{"STREET_ADDRESS"}},
		{text: "we met at 10 St. John's after mass", none: []string{"STREET_ADDRESS"}},
		{text: "I'm at 5 Joe's now", none: []string{"STREET_ADDRESS"}},
		{text: "meet at 10 St. Mary's Road", want: []string{"STREET_ADDRESS=10 St. Mary's Road"}},
		{text: "my address is 4 Pope's Lane, Leeds", want: []string{"STREET_ADDRESS=4 Pope's Lane, Leeds"}},
	})
}

// TestAddressProbeDecoys checks numbered things in chats that are no
// addresses.
func TestAddressProbeDecoys(t *testing.T) {
	var cases []softCase
	for _, text := range []string{
		"I just bought the iPhone 15 Pro Max 256GB and it won't charge",
		"Running Windows 11 Pro on my laptop",
		"The meeting is in Room 101 at 3pm",
		"Boarding at Gate 5, Terminal 2",
		"My flight leaves from Terminal 2 tomorrow",
		"Order 12 items and get free shipping",
		"In version 3 street view was removed",
		"We watched Route 66 the movie last night",
		"The company filed Chapter 11 bankruptcy",
		"See Section 8 of the terms for details",
		"Floor 3 meeting room is booked",
		"12 Angry Men is my favourite film",
		"Ocean's 11 was on TV",
		"Apollo 13 launched in 1970",
		"Studio 54 was a famous club",
		"Level 42 played in London",
		"Highway 61 Revisited is a Dylan album",
		"Area 51 is in Nevada",
		"Grade 5 students in Class 3",
		"Chapter 11, 75001 Paris",
		"Windows 11, 2024 London",
		"it's a 5 min drive from the road",
		"We are in real estate since 2010",
		// "via" joins words in prose too.
		"sent via Amazon 2 days ago",
		"paid via PayPal 20 euros",
		// A street's name in lower case with neither a cue nor a
		// postcode, and English words with the endings of streets.
		"die bahnhofstraße 41 ist gesperrt",
		"wir treffen uns in der bahnhofstraße um 5",
		"during 2020, London hosted the games",
		"the offering 5, 10115 units in stock",
		"ship to aggregate 5 items",
		// A street's name before a noun names a thing; a number before a
		// noun counts it.
		"The 3 Tenors Road Show was great",
		"Order 1234 Main Street Coffee mug",
		"I'm in 3 Discord servers",
		"I was at 3 Doors Down concert last night",
		"We moved to Tromso 2 years ago",
		"I paid 114 55 Euro",
		"the calle serrano 41 is nice",
		"the po box is full",
		"I need to pay po 12345 today",
		"I waited Av. 5 min",
		"On 12/05 Main Street was closed",
		"I ate 1/2 Apple Pie today",
		"the apo ae 123 thing",
		"unit 5 box of chocolates",
		"We met on the 5th floor, 20 people came",
		// Lower case without a cue, and no postcode after it; a postcode
		// after no designator; Eircodes' alphabet lacks B, I, O.
		"i walked 3 main roads today",
		"we have 2 oak street signs",
		"we drove 5 miles down the road, boston ma 02118",
		"Cork T12 B10O is my bike",
		// Titles, shops and round-the-clock support after a cue.
		"I'm at 2 Broke Girls episode 4",
		"I'm stuck at 2 Broke Girls episode 4, it won't load",
		"I'm at 85 Degrees Bakery now",
		"We offer 24/7 Support Drive",
		"I'm at 24/7 Support Drive",
		// A comma or a dash after a designator's name, a number that
		// counts; two and three digits before no town.
		"I took Via Roma, 5 minutes from here",
		"Calle Mayor, 3 days ago",
		"The price is 10 - 20 euros, Paris",
		"Pages 10-150 Warszawa",
		"Order #05-01 was cancelled",
		"Room 150-0002 is booked",
		"I ate 1/2 apple pie today",
		"Score was 3-2-1 and Tokyo won",
		"Call 03-1234-5678 in Shibuya-ku",
		"The 1-2-3 method works",
		"Follow the Google way 2 times a day",
		"Take Exit road 5 then 2024 Oslo",
		"The District 9 movie was great",
		"I am at Sector 7 now",
		"See Section 8 of the terms",
		"Tokyo 150-0002 is a postcode shape",
		"we walked 3/4 of the road, windsor is nice",
		// A letter and a number with a dash, or numbers with dashes, that
		// name tickets, versions, dates and rooms; sectors and phases that
		// no city follows.
		"Ticket B-204, Sector 7 team is on it",
		"Version 12-5-34 is out",
		"Phase 2, Stage 3 of the rollout is done",
		"Sector 18 is closed",
		"It happened on 12-5-34, Hyderabad time",
		"Room B-204, 3pm",
		"B-204, Delhi and Mumbai flights are late",
		"Level-5, Sector-7 in the game, Delhi server",
		"H. No idea, Sector 5, Noida maybe",
		"Build 12-5-34, Begumpet, Hyderabad 500016 team",
		// Levels, rooms and divisions alone before a city, with no home,
		// street nor postcode: steps of plans and games, rooms of offices.
		"Phase 2, Stage 3, London.",
		"Level 3, Stage 2, Sydney",
		"Room 12, Building 3, London",
		"Floor 3, Block B, London",
		"Block C, Sector 62, Noida",
		// A vehicle's registration code, the state's and the district's,
		// before the town and the state alone: no block, sector, street
		// nor locality names a flat (registrationCode).
		"MH-12, Pune, Maharashtra 411001",
		"KA-01, Bengaluru, Karnataka 560001",
		// The same in lower case, and a "no" that no unit stands before;
		// without "h.no." or a door in three parts, words in lower case
		// and a city want the PIN code.
		"h. no idea, sector 5, noida maybe",
		"build 12-5-34, begumpet, hyderabad 500016 team",
		"b-204, delhi and mumbai flights are late",
		"mh-12, pune, maharashtra 411001",
		"ticket: b-204, sector 62, noida 201301.",
		"i said no 12, it is done, delhi 110001",
		"phase 2, stage 3, london.",
		"room 12, jane doe, london",
		"flat 3, it is fine, london",
		"room 12-14, jane doe, london",
	} {
		cases = append(cases, softCase{text: text, none: []string{"STREET_ADDRESS"}})
	}
	checkSoftCases(t, cases)
}

// TestAddressProbeNameIntoCompound checks a person's name that runs into
// a street of one word ending in its designator without a comma: the
// surname stays with the name, while an adjective, a particle or a given
// name that names the street stays with the street.
func TestAddressProbeNameIntoCompound(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Customer Ethan Fernández Schillerstraße 45, 47761 Berlin phone 05 00 30 38 64", want: []string{"PERSON=Ethan Fernández", "STREET_ADDRESS=Schillerstraße 45, 47761 Berlin"}},
		{text: "Kunde Jonas Weber Hauptstraße 5, 10115 Berlin", want: []string{"PERSON=Jonas Weber", "STREET_ADDRESS=Hauptstraße 5, 10115 Berlin"}},
		{text: "Kunde Jonas Weber Karl-Marx-Allee 5, 10243 Berlin", want: []string{"PERSON=Jonas Weber", "STREET_ADDRESS=Karl-Marx-Allee 5, 10243 Berlin"}},
		// A surname in "-er" reads as a town's adjective ("Brucker")
		// but for the given name or the title before it.
		{text: "Kunde Lukas Becker Lindenstraße 14, 50674 Köln", want: []string{"PERSON=Lukas Becker", "STREET_ADDRESS=Lindenstraße 14, 50674 Köln"}},
		{text: "Herr Becker Lindenstraße 14, 50674 Köln", want: []string{"STREET_ADDRESS=Lindenstraße 14, 50674 Köln"}},
		{text: "Kunde Martin Lindenstraße 14, 50674 Köln", want: []string{"STREET_ADDRESS=Lindenstraße 14, 50674 Köln"}},
		{text: "Address:\nBrucker Bundesstrasse 31, 5700 Zell", want: []string{"STREET_ADDRESS=Brucker Bundesstrasse 31, 5700 Zell"}},
		// Adjectives and particles start a street's name, at the start of
		// a line too.
		{text: "Neue Gartenstraße 8, 04109 Leipzig", want: []string{"STREET_ADDRESS=Neue Gartenstraße 8, 04109 Leipzig"}},
		{text: "Kunde Jonas Weber Neue Schillerstraße 45, 47761 Berlin", want: []string{"PERSON=Jonas Weber", "STREET_ADDRESS=Neue Schillerstraße 45, 47761 Berlin"}},
		{text: "Kunde Jonas Weber Alte Hauptstraße 5, 10115 Berlin", want: []string{"PERSON=Jonas Weber", "STREET_ADDRESS=Alte Hauptstraße 5, 10115 Berlin"}},
		{text: "Kunde Jonas Weber Große Lindenstraße 9, 06108 Halle", want: []string{"PERSON=Jonas Weber", "STREET_ADDRESS=Große Lindenstraße 9, 06108 Halle"}},
		{text: "Ich wohne in der Alten Gartenstraße 8, 04109 Leipzig", want: []string{"STREET_ADDRESS=Alten Gartenstraße 8, 04109 Leipzig"}},
		{text: "ik woon op de Van Baerlestraat 12, 1071 AZ Amsterdam", want: []string{"STREET_ADDRESS=Van Baerlestraat 12, 1071 AZ Amsterdam"}},
		{text: "Wir wohnen in der Cornelis Schuytstraat 12, 1071 JH Amsterdam", want: []string{"STREET_ADDRESS=Cornelis Schuytstraat 12, 1071 JH Amsterdam"}},
	})
}

// TestAddressProbeNameIntoStreet checks a person's name that runs into a
// street of name words and a designator without a comma: a surname after
// a given name ends the name, and the street starts after it. A street
// named by a person keeps the person's words.
func TestAddressProbeNameIntoStreet(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Customer Anna Berg Main Street 5", want: []string{"PERSON=Anna Berg", "STREET_ADDRESS=Main Street 5"}},
		{text: "Customer Anna Berg Kent Road 12, London", want: []string{"PERSON=Anna Berg", "STREET_ADDRESS=Kent Road 12, London"}},
		{text: "Kunde Jonas Weber Berliner Platz 3, 10115 Berlin", want: []string{"PERSON=Jonas Weber", "STREET_ADDRESS=Berliner Platz 3, 10115 Berlin"}},
		{text: "Customer Anna Berg Old Kent Road 12, London", want: []string{"PERSON=Anna Berg", "STREET_ADDRESS=Old Kent Road 12, London"}},
		{text: "Customer Anna Berg 5 Martin Luther King Jr Blvd, Atlanta", want: []string{"PERSON=Anna Berg", "STREET_ADDRESS=5 Martin Luther King Jr Blvd, Atlanta"}},
		{text: "Customer Anna Berg Rue de la Paix 12, 75002 Paris", want: []string{"PERSON=Anna Berg", "STREET_ADDRESS=Rue de la Paix 12, 75002 Paris"}},
		{text: "Cliente Ana Souza Avenida Paulista 1000, São Paulo", want: []string{"PERSON=Ana Souza", "STREET_ADDRESS=Avenida Paulista 1000, São Paulo"}},
		// A generational suffix goes on with the name the street is
		// named by: the surname before it stays with the street.
		{text: "the office is on Luther King Jr Blvd 5", none: []string{"STREET_ADDRESS=Jr Blvd 5"}},
		{text: "Customer Anna Berg Martin Luther King Jr Blvd 5, Atlanta", none: []string{"STREET_ADDRESS=Jr Blvd 5, Atlanta"}},
	})
}
