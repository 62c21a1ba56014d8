package redact

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of what session 53 found in the gaps of its blind sets.

// TestStreetNamesOfSession53 checks a point of the compass after a
// street's name and a saint's name whose word is a stop word too.
func TestStreetNamesOfSession53(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"potete consegnare in Via Emilia Est 211, 41121 Modena? grazie", TypeStreetAddress, "Via Emilia Est 211, 41121 Modena"},
		{"wir sind umgezogen nach Weinstraße Süd 27, 67434 Neustadt.", TypeStreetAddress, "Weinstraße Süd 27, 67434 Neustadt"},
		{"envíalo a c/ Sant Pere 14, 08003 Barcelona por favor", TypeStreetAddress, "c/ Sant Pere 14, 08003 Barcelona"},
		{"entrega en Carrer de Sant Pere Més Alt 22, 2n 1a, 08003 Barcelona, gràcies", TypeStreetAddress, "Carrer de Sant Pere Més Alt 22, 2n 1a, 08003 Barcelona"},
	})
	// A stop word after the name is no part of it without a compass's
	// or a saint's word before it.
	wantNoneTyped(t, d, []typedText{
		{"la Via Emilia est 2 volte più lunga", TypeStreetAddress},
	})
}

// TestChildrensBirthDatesOfSession53 checks that a child's date after
// the child's name is a date of birth when a word for a child or a
// sibling's date of birth before it says so, and that a later date
// after a name alone is not.
func TestChildrensBirthDatesOfSession53(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text  string
		dates []string
	}{
		{"mia moglie Chiara 02/11/1977, nostro figlio Davide 19/07/2008", []string{"02/11/1977", "19/07/2008"}},
		{"meine Frau Julia 23.01.1981, Kinder Leon 05.09.2010 und Mia 30.03.2014.", []string{"23.01.1981", "05.09.2010", "30.03.2014"}},
		{"my son Jack 2015-03-02.", []string{"2015-03-02"}},
		{"ticket for Jack 2015-03-02 please", nil},
		{"Kinder Leon 05.09.2010 kommt später", []string{"05.09.2010"}},
		{"Treffen mit Leon 05.09.2024 und Mia 30.03.2024", nil},
		{"Mis hijos: Pablo (nac. 11/04/2012) y Marta (nac. 23/09/2015). La renovación vence el 30/11/2025.", []string{"11/04/2012", "23/09/2015"}},
		{"Pablo (nac. 11/04/2012) llamó por el pedido", nil},
		{"Nous sommes trois :\nNathalie Girard (12/03/1979), Hugo Girard (30/09/2010) et Emma Girard (02/01/2014).", []string{"12/03/1979", "30/09/2010", "02/01/2014"}},
		{"Order for Hugo Girard (30/09/2010) et Emma Girard (02/01/2014).", nil},
	} {
		assert.Equal(t, c.dates, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
	// "Kinder" before the names is no part of them.
	assert.Equal(t, []string{"Julia", "Leon", "Mia"}, valuesOf(t, d, "meine Frau Julia 23.01.1981, Kinder Leon 05.09.2010 und Mia 30.03.2014.", TypePerson))
}

// TestFirmSitesOfSession53 checks that the address of a firm's site (a
// warehouse, a returns centre, a pickup point, a branch), named right
// before it, is left with its town and postcode, while a customer's
// address after the same words farther back, or after "my", is found.
func TestFirmSitesOfSession53(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, site string }{
		{"Your parcel will now leave our warehouse at Unit 7, Brackmills Industrial Estate, Northampton NN4 7PB on 14/03.", "Unit 7, Brackmills Industrial Estate, Northampton NN4 7PB"},
		{"Please send the item back to our returns centre: Stallwise Returns, Unit 7 Magna Park, Lutterworth LE17 4XN.", "Unit 7 Magna Park, Lutterworth LE17 4XN"},
		{"mail it to our Returns Center, 4800 Industrial Pkwy, Memphis, TN 38118. The label is prepaid.", "4800 Industrial Pkwy, Memphis, TN 38118"},
		{"uw retour kunt u sturen naar ons retourcentrum: Distributieweg 14, 5928 RC Venlo.", "Distributieweg 14, 5928 RC Venlo"},
		{"il reso va spedito al nostro magazzino in Via dell'Artigianato 12, 20090 Segrate (MI).", "Via dell'Artigianato 12, 20090 Segrate (MI)"},
		{"el punto de recogida más cercano es la oficina de Correos en Calle Mayor 45, 28013 Madrid", "Calle Mayor 45, 28013 Madrid"},
		{"Rücksendung an: Retourenzentrum, Industriestraße 40, 36251 Bad Hersfeld.", "Industriestraße 40, 36251 Bad Hersfeld"},
		{"The duty GP has a slot at our Riverside branch, 2 Mill Lane, Leeds LS12 4HR.", "2 Mill Lane, Leeds LS12 4HR"},
	} {
		a := strings.Index(c.text, c.site)
		require.GreaterOrEqual(t, a, 0, c.text)
		for _, f := range detect(t, d, c.text) {
			assert.False(t, f.Start < a+len(c.site) && a < f.End, "%s %q in %q", f.Type, c.text[f.Start:f.End], c.text)
		}
	}
	wantTyped(t, d, []typedValue{
		{"deliver to my shop at 12 Mill Lane, Leeds LS12 4HR", TypeStreetAddress, "12 Mill Lane, Leeds LS12 4HR"},
		{"the store never called, so please deliver the order, which I paid for twice, to 12 Mill Lane, Leeds LS12 4HR", TypeStreetAddress, "12 Mill Lane, Leeds LS12 4HR"},
		{"the warehouse sent it to my old address 12 Mill Lane, Leeds LS12 4HR", TypeStreetAddress, "12 Mill Lane, Leeds LS12 4HR"},
		{"Sede: Via Libertà 210, 90143 Palermo (PA). Vorrei passare all'offerta business.", TypeStreetAddress, "Via Libertà 210, 90143 Palermo (PA)"},
	})
}

// TestLongNamesOfSession53 checks that a name of five or six words is
// one when the lists know every word as a given name or a surname, as
// Portuguese and Spanish write names in full, and that five capitalised
// words that are not all names make none.
func TestLongNamesOfSession53(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"o meu nome é Ana Beatriz Sousa Carvalho Ferreira e o número de cliente", TypePerson, "Ana Beatriz Sousa Carvalho Ferreira"},
		{"my name is Maria Eduarda dos Santos Oliveira Costa and I need help", TypePerson, "Maria Eduarda dos Santos Oliveira Costa"},
	})
	for _, v := range valuesOf(t, d, "my name is Anna Berg Premium Plus Gold Support and", TypePerson) {
		assert.NotContains(t, v, "Premium")
	}
}

// TestSharedCostLinesOfSession53 checks that Spain's 901 and 902,
// Portugal's 707 and 708, Italy's 199 and the Netherlands' and
// Germany's 0900 and 0180 lines are a firm's, unless the writer calls
// one theirs; the Netherlands' 0900 of eight digits stays a phone (it
// reads as hours too, see TestProbe16Decoys).
func TestSharedCostLinesOfSession53(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"He llamado al 902 202 122 y nada", TypePhoneNumber},
		{"Liguei para o 707 500 100 e mandaram escrever aqui", TypePhoneNumber},
		{"ho chiamato il 199 30 30 30 e mi hanno detto di scrivere qui", TypePhoneNumber},
		{"Voor spoed kunt u ook 0900-1234 567 bellen (€0,45/min)", TypePhoneNumber},
		{"Hotline 0180 5 123456 anrufen", TypePhoneNumber},
	})
	wantTyped(t, d, []typedValue{
		{"my number is 707 500 100", TypePhoneNumber, "707 500 100"},
		{"Customer: I called 0900-1230 Monday and again Tuesday", TypePhoneNumber, "0900-1230"},
		{"il mio cellulare è 347 218 9054", TypePhoneNumber, "347 218 9054"},
	})
}

// TestFloorsOfSession53 checks the floors and the parts of a house
// written after the number: a Spanish ordinal and its word ("6ª
// planta"), the Catalan ground floor ("baixos"), a German house's part
// before its floor ("Seitenflügel 2. OG").
func TestFloorsOfSession53(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"envíalo a Avenida Diagonal 640, 6ª planta, 08017 Barcelona gracias", TypeStreetAddress, "Avenida Diagonal 640, 6ª planta, 08017 Barcelona"},
		{"a Carrer de Verdi 31, baixos, 08012 Barcelona. Gràcies", TypeStreetAddress, "Carrer de Verdi 31, baixos, 08012 Barcelona"},
		{"Lieferadresse: Gneisenaustraße 67, Seitenflügel 2. OG, 10961 Berlin", TypeStreetAddress, "Gneisenaustraße 67, Seitenflügel 2. OG, 10961 Berlin"},
		{"moro na Rua Augusta 120, 7º andar, 1100-048 Lisboa", TypeStreetAddress, "Rua Augusta 120, 7º andar, 1100-048 Lisboa"},
	})
}

// TestSecondSurnamesInLowerCaseOfSession53 checks that a third word in
// lower case after a cue's given name and surname is the second surname
// when it ends the clause, and not when the clause goes on or the word
// is a stop word.
func TestSecondSurnamesInLowerCaseOfSession53(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"hola, me llamo lucía ferrer bravo, dni 53405729M, el paquete", TypePerson, "lucía ferrer bravo"},
		{"hola me llamo lucia ferrer bravo, quiero cambiar la direccion", TypePerson, "lucia ferrer bravo"},
		{"je m'appelle olive berger dupuis, merci", TypePerson, "olive berger dupuis"},
		{"me llamo ana lopez y quiero saber", TypePerson, "ana lopez"},
		{"me llamo ana lopez gracias", TypePerson, "ana lopez"},
	})
}

// TestSurnameDesignatorOfSession53 checks that a given name and a
// surname that is a street's designator too ("Brooks") are a person's
// before the street that follows, after a cue that names a person or
// before a number that starts a street of its own.
func TestSurnameDesignatorOfSession53(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, person, street string }{
		{"name is Kayleigh Brooks 42 Fairfield Road Stockport SK7 2LQ.", "Kayleigh Brooks", "42 Fairfield Road Stockport SK7 2LQ"},
		{"ship to Anna Brooks 42 Fairfield Road, Stockport SK7 2LQ", "Anna Brooks", "42 Fairfield Road, Stockport SK7 2LQ"},
	} {
		assert.Equal(t, []string{c.person}, valuesOf(t, d, c.text, TypePerson), c.text)
		assert.Equal(t, []string{c.street}, valuesOf(t, d, c.text, TypeStreetAddress), c.text)
	}
	wantTyped(t, d, []typedValue{
		{"I live at Cedar Brooks 42, Stockport SK7 2LQ", TypeStreetAddress, "Cedar Brooks 42, Stockport SK7 2LQ"},
	})
}

// TestNameContractionOfSession53 checks "my name's" before a name typed
// in lower case, whose "'s" the tokenizer cuts off.
func TestNameContractionOfSession53(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"his name's mark jones", TypePerson, "mark jones"},
	})
	assert.Empty(t, valuesOf(t, d, "my name's incorrect on the invoice", TypePerson))
}

// TestSendOnlyMailboxesOfSession53 checks that a mailbox that takes no
// replies is a firm's wherever it stands, unless the writer calls it
// theirs.
func TestSendOnlyMailboxesOfSession53(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Von: noreply@kivo.de\nAn: tobias.wenzel@mailbox.org", TypeEmailAddress, "tobias.wenzel@mailbox.org"},
		{"my email is noreply@myshop.com lol", TypeEmailAddress, "noreply@myshop.com"},
	})
	wantNoneTyped(t, d, []typedText{
		{"I've sent a reset link from noreply@accounts.kivo.com, please check spam", TypeEmailAddress},
		{"the mail came from Do-Not-Reply@bank.example.com yesterday", TypeEmailAddress},
	})
}

// TestGermanAndSpanishWordsOfSession53 checks "TAN" in capitals before a
// code (a colour in lower case, a surname before a name), the customer
// kennword, Spanish customers' numbers unaccented, after the noun and
// after a verb in capitals, and an Italian elided preposition before a
// label's colon.
func TestGermanAndSpanishWordsOfSession53(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"hi ich komm nicht mehr in mein konto, die TAN 482 913 kam per sms", TypePassword, "482 913"},
		{"bitte SIM sperren. Kundenkennwort ist Bello2019", TypePassword, "Bello2019"},
		{"full name Tan Wei Ming, DOB 21 Feb 1988", TypePerson, "Tan Wei Ming"},
		{"mi numero de cliente es 40012377 gracias", TypeCustomerNumber, "40012377"},
		{"Soy Francisco Javier López Ibáñez, cliente nº 71230985. Me han subido la cuota", TypeCustomerNumber, "71230985"},
		{"MI NUMERO DE CLIENTE ES 40012377 Y EL TELEFONO 688 123 904", TypeCustomerNumber, "40012377"},
		{"password dell'account: Sole2024!", TypePassword, "Sole2024!"},
		{"username sull'app: giulia_r93", TypeUsername, "giulia_r93"},
	})
	// A PIN after an Italian elided preposition and its label's colon
	// (six digits read as India's PIN code too, either way found).
	found := detect(t, d, "PIN dell'app: 160384. E la parola segreta è Pistacchio")
	require.Len(t, found, 1)
	assert.Equal(t, "160384", "PIN dell'app: 160384. E la parola segreta è Pistacchio"[found[0].Start:found[0].End])
	wantNoneTyped(t, d, []typedText{
		{"the tan 2024 coat is 482913 in the catalogue", TypePassword},
		{"the tan leather one please", TypePerson},
	})
}

// TestSpanishAndAustrianStreetsOfSession53 checks "c/" in lower case
// before a particle, a Catalan floor and door at the end of a line, and
// an Austrian house, staircase and door shaped like a date before a
// postcode and a town.
func TestSpanishAndAustrianStreetsOfSession53(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"envíalo a c/ de Provença 301, 08037 Barcelona", TypeStreetAddress, "c/ de Provença 301, 08037 Barcelona"},
		{"Noelia Fernández Costa\nc/ de Provença 301, 1r 3a\n08037 Barcelona\n647 09 33 81", TypeStreetAddress, "c/ de Provença 301, 1r 3a\n08037 Barcelona"},
		{"servus, Musterweg 3/2/14, 1100 Wien ist meine neue Anschrift", TypeStreetAddress, "Musterweg 3/2/14, 1100 Wien"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Hauptstraße 12/3/24 war das Datum", TypeStreetAddress},
	})
}

// session53Seeds are FuzzDetect's seeds for the readers of session 53:
// each reader's cue, cut where its reading stops.
var session53Seeds = []string{
	"Via Emilia Est ", "Via Emilia Est 2", "Weinstraße Süd ", "Weinstraße Süd 2", "c/ Sant ", "c/ Sant Pere 1", "c/ de ", "c/ de P",
	"c/ de Provença 3, 1r 3a\n", "1r 3a\n0", "Kinder Leon 05.09.2010 und ", "Kinder Leon 05.09.2010 und Mia ", "(nac. ", "Mis hijos: Pablo (nac. ",
	"A (12/03/1979), B (30/09/2010) et ", "), ", "our warehouse at ", "our warehouse at Unit 7, ", "retourcentrum: ", "punto di ritiro di ",
	"902 202 ", "707 500 100", "0900-1234 5", "0180 5 ", "6ª ", "6ª planta, ", "baixos, ", "Seitenflügel 2. ", "Seitenflügel 2. OG, ",
	"Musterweg 3/2/14, ", "Musterweg 3/2/14, 1100 ", "Ana Beatriz Sousa Carvalho Ferreira ", "me llamo lucía ferrer ", "me llamo lucía ferrer bravo,",
	"name is Kayleigh Brooks 4", "his name's ", "my name's", "noreply@", "no-reply@x.", "die TAN ", "TAN 4", "Kundenkennwort ist ",
	"cliente nº ", "DE CLIENTE ES ", "CLIENTE ES 4",
}

// TestLowerNamesNearVerbsOfSession53 checks names in lower case around a
// verb that introduces the writer inside a capitalised text: a given
// name that is an everyday word too before "here", and a verb that
// opens its sentence with a capital ("Sou a beatriz sousa"); "Here is"
// and a preposition of two letters name no one.
func TestLowerNamesNearVerbsOfSession53(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Hi, this is about my order #UK-58831947. tom fairweather here, the parcel says delivered", TypePerson, "tom fairweather"},
		{"Bom dia. Sou a beatriz sousa, NIF 284099996.", TypePerson, "beatriz sousa"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Hello. Here is the tracking number", TypePerson},
		{"Chiamatemi al +39 333 218 7745 dopo le 17:00 per favore, prima sono al lavoro", TypePerson},
		{"Hola. Soy nuevo aquí.", TypePerson},
	})
}

// TestEnglishGivenNamesOfSession53 checks given names the lists lacked,
// in capitals too ("ROSEMARY O'CONNELL") and in lower case after a cue.
func TestEnglishGivenNamesOfSession53(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"ATTN: PLEASE CANCEL THE SUBSCRIPTION FOR ROSEMARY O'CONNELL, ACCOUNT EMAIL R.OC@BTINTERNET.COM", TypePerson, "ROSEMARY O'CONNELL"},
		{"my name is rosemary jones", TypePerson, "rosemary jones"},
		{"Clive Barton called about the refund", TypePerson, "Clive Barton"},
	})
}
