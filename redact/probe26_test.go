package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLowerCaseNamesAfterCues checks a given name and a surname typed in
// lower case in a capitalised text after a cue that names a person (the
// noisy-typing sets and an imitation of the corpus missed them): a
// sign-off or a role before a comma or a colon ("Regards, graham
// novák"), "I'm" typed without its apostrophe at the start of a
// sentence, and a surname the lists do not know that ends the clause
// after a known given name.
func TestLowerCaseNamesAfterCues(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Still waiting for my refund, please advise. Regards, graham novák", "graham novák"},
		{"Thanks for sorting it. Cheers, krzysztof grabowski", "krzysztof grabowski"},
		{"Bedankt voor de hulp. Groet, fatima mansour", "fatima mansour"},
		{"Im hiroshi duffy,table for 4 at 7:30 pm", "hiroshi duffy"},
		{"Hello team, im niamh fernandes, my order is late", "niamh fernandes"},
		{"Hi, I'm anna-lena schäfer.", "anna-lena schäfer"},
		{"Agent katharina zimmermann: your case is closed", "katharina zimmermann"},
		// The German "im" ("in dem") inside a sentence; a clause that
		// goes on after an unknown second word; an everyday word after
		// the sign-off.
		{"Wir warten im hotel maritim auf Sie.", ""},
		{"Hi, I'm anna working from home today.", ""},
		{"Regards, mark the date in your calendar", ""},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestRecordsOfFormsAndSSNsSaidAgain checks three misses of an
// imitation of the corpus: a record pasted from a form whose event word
// names the form ("the signup form: name, e-mail, phone, date"), which
// dated the sign-up; a date after an SSN that is also read as a phone,
// which hid the SSN from the record; and an SSN's nine digits put right
// or given for another person after an SSN.
func TestRecordsOfFormsAndSSNsSaidAgain(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"> Pasted from the signup form: Nicole R. Bryant, nicole.bryant@bigpond.com, +55 51 93351-3119, 12/05/1968", "12/05/1968"},
		{"Pasted from the registration form: Teresa Stewart, t.oliveira@zoho.com, (320) 624-4849, 05/01/1983", "05/01/1983"},
		{"Here's my info for the loan application: Akosua Hartley, 090-33-7342, 19 Sep 2004.", "19 Sep 2004"},
		// The event itself still dates its own field.
		{"Signed up: Nicole R. Bryant, nicole.bryant@bigpond.com, +55 51 93351-3119, 12/05/1968", ""},
		{"The signup formula: Nicole Bryant, nicole.bryant@bigpond.com, 12/05/1968", ""},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
	for _, c := range []struct {
		text string
		ssns []string
	}{
		{"Agent: For the record, the SSN was entered as 857590560 in the form, I've corrected it to 721160572.", []string{"857590560", "721160572"}},
		{"my ssn is 197 61 4703... wait, that's my wife's. mine is 325591742", []string{"197 61 4703", "325591742"}},
		// Nine digits after an SSN that no correction gives are a
		// reference of their own.
		{"SSN 719-81-1165, order 066077720", []string{"719-81-1165"}},
		{"SSN 719-81-1165, tracking number is 066077720", []string{"719-81-1165"}},
		{"my SSN is 719-81-1165 and the case is 066077720", []string{"719-81-1165"}},
	} {
		assert.Equal(t, c.ssns, valuesOf(t, d, c.text, TypeUSSSN), c.text)
	}
}

// TestPhonesPutInPlaceAndDocumentsUploaded checks three misses of the
// 21st imitation of the corpus (set BA): a national number that takes
// the place of the phone said right before it ("please use ...",
// "replaced ... with ..."), a date of birth that an uploaded document
// shows ("The ID you uploaded shows ..."), and "Credentials" before
// "from", which names no one.
func TestPhonesPutInPlaceAndDocumentsUploaded(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text   string
		phones []string
	}{
		{"I switched carriers, so +33 6 67 46 43 39 is no longer mine — please use 349 1788135.", []string{"+33 6 67 46 43 39", "349 1788135"}},
		{"Agent: I've replaced +33 (0)7 58 91 67 79 with 0666178646 on your account.", []string{"+33 (0)7 58 91 67 79", "0666178646"}},
		{"I changed +44 20 7946 0958 to 0666178646 yesterday", []string{"+44 20 7946 0958", "0666178646"}},
		// No verb of replacing before the first, or no word of it.
		{"Call +44 20 7946 0958 with order 0666178646 ready.", []string{"+44 20 7946 0958"}},
		{"My number is +44 20 7946 0958, use order 12345678 for the refund", []string{"+44 20 7946 0958"}},
	} {
		assert.Equal(t, c.phones, valuesOf(t, d, c.text, TypePhoneNumber), c.text)
	}
	for _, c := range []struct{ text, dob string }{
		{"Agent: The ID you uploaded shows Nov 27, 1996, but the account says otherwise.", "Nov 27, 1996"},
		{"The passport I sent shows 09/17/1994.", "09/17/1994"},
		{"The invoice you sent shows 09/17/1994.", ""},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
	wantValue(t, d, "Credentials from the old box: AKIA6R647XT66INGFN3F / 4IlpnjPbpH8yHtOp+VhgRJfDOAdKfWJgQoxl7HPK", TypePerson, "")
}

// TestPhonesAndBirthDatesOfSixLanguages checks misses of a set of chats
// in German, French, Spanish, Italian, Dutch and Portuguese (BD): a
// number entered "as" a phone's noun, the verbs of calling of those
// languages, a valid national number in brackets after a name, the
// right date of birth named after the wrong one, and the first of the
// month written "1°" or "1º".
func TestPhonesAndBirthDatesOfSixLanguages(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"He dejado el 981220604 como teléfono de contacto en la incidencia CAS-2023-8648.", "981220604"},
		{"Ik heb 0647043363 als terugbelnummer bij ticket 6508916 gezet.", "0647043363"},
		{"Ho inserito il 045/3452683 come recapito per la segnalazione INC9443533.", "045/3452683"},
		{"Agent: Your account shows 0443238392 as the mobile.", "0443238392"},
		{"Een adviseur belt u op 0663027229.", "0663027229"},
		{"Wir melden uns unter 0511/2589935.", "0511/2589935"},
		{"Saludos desde Gijón, Almudena de la Fuente (630289289)", "630289289"},
		{"Liebe Grüße aus Kiel, Jana Schmitt (0174/33414098)", "0174/33414098"},
		// "as" and a number's bare word; a customer number after a name;
		// a date in brackets after a name.
		{"I entered 12345678 as the order number", ""},
		{"Anna Berg (10293847) ordered twice", ""},
		{"Agent: The book on the fall of the Berlin Wall (09.11.1989) is back in stock.", ""},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
	for _, c := range []struct {
		text string
		dobs []string
	}{
		{"No meu perfil a data de nascimento é 22/09/1957, mas a certa é 1991-05-31. Podem corrigir?", []string{"22/09/1957", "1991-05-31"}},
		{"In mijn profiel staat als geboortedatum 20-09-1959, maar het moet 9 januari 2001 zijn.", []string{"20-09-1959", "9 januari 2001"}},
		{"En mi perfil pone que nací el 12/06/1949, pero es el 6 dic. 1969.", []string{"12/06/1949", "6 dic. 1969"}},
		{"Dans mon profil la date de naissance est 03/12/1986, la bonne c'est 08/12/1992.", []string{"03/12/1986", "08/12/1992"}},
		{"Nel mio profilo la data di nascita è 01/03/57, ma quella giusta è 20.08.1993.", []string{"01/03/57", "20.08.1993"}},
		{"la mia data di nascita è 1° mar 1956.", []string{"1° mar 1956"}},
		{"nacido el 1º de mayo de 1980", []string{"1º de mayo de 1980"}},
	} {
		assert.Equal(t, c.dobs, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
}

// TestNamesAndDecoysOfSixLanguages checks the persons and look-alikes of
// the set in six languages (BD): "Who is" in Italian, Portuguese and
// Spanish opens no name; Spanish double particles ("de las", "de los")
// and a second surname after them; Portuguese surnames of devotion after
// "da" and "de" ("da Conceição"); "Uhr" after a time names no one; a
// month's abbreviation with its period and an hour with its "h" start
// no street ("le 5 nov. 2024", "à 11h via UPS").
func TestNamesAndDecoysOfSixLanguages(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"[15:30] Cliente: Chi è Giuseppe Ferraro? Compare nel mio estratto conto.", "Giuseppe Ferraro"},
		{"Cliente: Quem é Matilde Marques? Aparece no meu extrato.", "Matilde Marques"},
		{"Hola, soy Maite de los Santos y Beltrán, ha cambiado nuestra dirección.", "Maite de los Santos y Beltrán"},
		{"¿Quién es Sofía de la Fuente Garrido? Aparece en mi extracto.", "Sofía de la Fuente Garrido"},
		{"Boa tarde, fala Luís da Conceição. Liguei ontem às 11:30.", "Luís da Conceição"},
		{"Ich bin ab 10:15 Uhr zu Hause.", ""},
		// "vom" is "from the" after a given name, no particle.
		{"Liebe Grüße, Lena vom Support-Team", "Lena"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	// Two particles before a body's name and a place are no surname.
	assert.NotContains(t, valuesOf(t, d, "Ik ben Lotte van de Gemeente Utrecht", TypePerson), "Lotte van de Gemeente Utrecht")
	for _, text := range []string{
		"La livraison était annoncée pour le 5 nov. 2024, maintenant ils disent le 8 décembre.",
		"De levering stond gepland voor 21 aug. 2023, nu staat er 4 jan..",
		"Votre commande a été expédiée le 04/04/2026 à 11h via UPS.",
		"A sua encomenda foi expedida a 30 de maio às 8h via DPD.",
	} {
		wantValue(t, d, text, TypeStreetAddress, "", text)
	}
	wantValue(t, d, "ship it to 12 ave. des champs, 75008 paris", TypeStreetAddress, "12 ave. des champs, 75008 paris")
}

// TestNoisyTypingFollowUps checks three readings of a fifth noisy-typing
// set (BC): an address whose sentence goes on after a period with no
// space and one letter ("...@gmail.com.i wanna"), an ordinal day glued
// to its suffix before a year that is no Turkish plate ("july 18th
// 2026"), and four digits in the middle of a tracking number printed in
// fours that are no card.
func TestNoisyTypingFollowUps(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, email string }{
		{"my accoutn is bigfoot680@gmail.com.i wanna delete all my data", "bigfoot680@gmail.com"},
		{"my accoutn is mei.vance96@gmail.com.i want ot delete", "mei.vance96@gmail.com"},
		{"mail me at anna@mail.example.x please", ""},
	} {
		wantValue(t, d, c.text, TypeEmailAddress, c.email, c.text)
	}
	for _, c := range []struct{ text, plate string }{
		{"order placed july 18th 2026 to 307 Walnut Way", ""},
		{"hasnt moved since january 25th 2025)", ""},
		{"Araç plakası 34 TH 2001", "34 TH 2001"},
	} {
		wantValue(t, d, c.text, "TR_LICENSE_PLATE", c.plate, c.text)
	}
	for _, c := range []struct {
		text  string
		cards []string
	}{
		{"colis 9400 5202 6287 3482 4520 33 bloqué depuis le 10/10/2021", nil},
		{"tracking 9205 6013 5055 9086 4033 95 shows delivered", nil},
		{"card 4111 1111 1111 1111 123", []string{"4111 1111 1111 1111"}},
		{"4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881", []string{"4012888888881881", "4012-8888-8888-1881", "4012 8888 8888 1881"}},
	} {
		assert.Equal(t, c.cards, valuesOf(t, d, c.text, TypeCreditCard), c.text)
	}
}

// TestPhonesInRecordsCodesAndCouriers checks phone numbers that need a
// phone word and that the blind sets give without one: a valid national
// number as an item of a record after a name or a postal address, or
// before an e-mail address; a number a code is sent to; a number that a
// courier or a driver called.
func TestPhonesInRecordsCodesAndCouriers(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"Customer: Tiago Barros / 917 863 239 / tbarros@gmx.de", "917 863 239"},
		{"Mis datos: Sofia Diaz,  Paseo de Gracia 163 1-2 08096 Barcelona, 729182313", "729182313"},
		{"user> For the delivery: Iñaki Vogel, 144 Cranbrook Row, Coventry CV2 3UN, 650 424 807.", "650 424 807"},
		{"2fa code goes to 5872885800 but i changed my number", "5872885800"},
		{"the verification Code never arrives on   469.329.8546", "469.329.8546"},
		{"Agent: I didn't get the code on 730 883 173.", "730 883 173"},
		{"the courier called 216 7801450 but that's not my nr", "216 7801450"},
		// Another item after the number, a reference's eight digits, a
		// code that applies to a count, a product called so.
		{"ana@mail.com / 958368468 / 2024", ""},
		{"Outcome: approved by Sabine Köhler, 00753168", ""},
		{"the discount code applies to 12345678 orders", ""},
		{"The product called 4006381333 is great", ""},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
}

// TestEventWordsOfTheNextSentence checks that an event's word after a
// date dates it only within its sentence: the sentence after a record
// or an answer speaks of something else ("Me: Daniel Nguyen, 1/16/1989.
// ... We're both on the joint account.", "Thanks, March 26, 1985 is
// correct. I've unlocked the account."), while one in the same sentence
// still does.
func TestEventWordsOfTheNextSentence(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text string
		dobs []string
	}{
		{"> Me: Daniel Nguyen, 1/16/1989. My husband: James Taylor, 6/12/1943. We're both on the joint account.", []string{"1/16/1989", "6/12/1943"}},
		{"Agent: Thanks, March 26, 1985 is correct. I've unlocked the account.", []string{"March 26, 1985"}},
		{"Customer: Not 4 December 1994 but 4 December 1949. Please fix it before my renewal on 29 February 2028.", []string{"4 December 1994", "4 December 1949"}},
		{"Agent: Found you: Thomas Harris, 08/27/1969, account opened 04/26/1992.", nil},
	} {
		assert.Equal(t, c.dobs, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
}

// TestPastedBlocksIPv6AndCamelKeys checks two misses of a set of pasted
// blocks (BF): an IPv6 address after a number and a space, which the
// number's run took in ("ping6 -c 2 2001:db8:e97::7f1d"), and a phone
// under a directory's key in camel case ("OfficePhone : 985 78 16 92").
func TestPastedBlocksIPv6AndCamelKeys(t *testing.T) {
	d := defaultDetector(t)
	ping := "[6:02 PM] Customer: I ran this:\n$ ping6 -c 2 2001:db8:e97::7f1d\nPING 2001:db8:e97::7f1d 56 data bytes"
	assert.Equal(t, []string{"2001:db8:e97::7f1d", "2001:db8:e97::7f1d"}, valuesOf(t, d, ping, TypeIPAddress))
	wantValue(t, d, "run 2 2001:db8:1aed::6e1 now", TypeIPAddress, "2001:db8:1aed::6e1")
	wantValue(t, d, "on 10 12:30:45 we met", TypeIPAddress, "") // a time, no address
	for _, c := range []struct{ text, phone string }{
		{"Email          : nerea.gomez@albar-distribuciones.es\nOfficePhone    : 985 78 16 92\nMobilePhone    : +34728412493", "985 78 16 92"},
		{`{"mobileNumber": "0612345678"}`, "0612345678"},
	} {
		assert.Contains(t, valuesOf(t, d, c.text, TypePhoneNumber), c.phone, c.text)
	}
}

// TestCountriesSortingThings checks that a country or a nationality
// before the noun of a firm's thing is no location and no nationality of
// anyone ("My UK number is ...", "Dutch IBAN ...", "the UK store"),
// which the imitations of the corpus flagged as false findings, while a
// person's place and a firm's place in a town stay.
func TestCountriesSortingThings(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ string }{
		{"Customer: My UK number is 07557 500314.", TypeLocation},
		{"The price for PRD-YHR0555 in the UK store is £802.98 but 115,17 € in the EU store.", TypeLocation},
		{"UK address for the invoice: 3 Holly Road, Leeds LS6 2AB", TypeLocation},
		{"Dutch IBAN NL17RABO5130406961, name on it is mine", TypeNRP},
		{"Customer: Belgian account BE21 8287 4844 3939, please", TypeNRP},
		{"My Japanese number is 090-1234-5678", TypeNRP},
	} {
		assert.Empty(t, valuesOf(t, d, c.text, c.typ), c.text)
	}
	for _, c := range []struct{ text, typ, want string }{
		{"Customer: I'm in Germany at the moment.", TypeLocation, "Germany"},
		{"Customer: Is the Berlin warehouse open on Saturday?", TypeLocation, "Berlin"},
		{"my Utrecht address is new", TypeLocation, "Utrecht"},
		{"He is Dutch and lives in Berlin.", TypeNRP, "Dutch"},
	} {
		wantValue(t, d, c.text, c.typ, c.want, c.text)
	}
}

// TestFirmsAfterNamesAndTabColumns checks the false persons and the
// names joined to a firm of the imitations and the pasted blocks: a
// firm whose last word names a trade ("Northwind Traders", "Kestrel
// Analytics", "Saltmarsh Co-op"); a messaging app, one-time passcodes
// and a router's NAT; a tab after a given name and a surname, which ends
// the name as a table's column does; "my Indian mobile".
func TestFirmsAfterNamesAndTabColumns(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, person string }{
		{"Hi! Rodrigo Brennan from Northwind Traders – could you call our office", "Rodrigo Brennan"},
		{"> Good morning, Nour Aziz from Kestrel Analytics. None of our users can log in", "Nour Aziz"},
		{"Customer: -- Margaret Rao, Saltmarsh Co-op, 3947 Colonial Dr, Orlando, FL 32886", "Margaret Rao"},
		{"My Signal is 020 3438 9552, feel free to text", ""},
		{"Please use my mobile 090762 63143 for OTPs.", ""},
		{"Agent: Our NAT IP is 192.168.224.94, port 443", ""},
		{"Contact:\tDylan Bennett\tTidewater Freight\t+44 20 7946 0958", "Dylan Bennett"},
		// One word before the tab, or no given name: the run goes on.
		{"Agent: Hola,\tsoy Zoë\tPatel, mi correo es nuevo", "Zoë\tPatel"},
	} {
		wantValue(t, d, c.text, TypePerson, c.person, c.text)
	}
	assert.Empty(t, valuesOf(t, d, "Please use my Indian mobile 090762 63143 for OTPs.", TypeNRP))
	wantValue(t, d, "During 2008,\tSp Capital\tIq invested heavily in new designs.", TypePerson, "")
}

// TestLowerCaseNamesAfterLabelsAndSignOffs checks a given name and a
// surname typed in lower case in a capitalised text after a label's
// colon or a sign-off's comma (the reviewer's set BI missed them), read
// after the capitalised run and up to two words in lower case.
func TestLowerCaseNamesAfterLabelsAndSignOffs(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Delivery confirmation for order 8178977237. Received by: chiara adeyemi", "chiara adeyemi"},
		{"user> Account holder: tomasz nakamura. Please verify the identity.", "tomasz nakamura"},
		{"Driver: dmitri o'connell. The van will arrive between 17:55 and 19:30.", "dmitri o'connell"},
		{"Manager on duty: graham thorsen. I approved the return.", "graham thorsen"},
		{"[1:35 am] Agent: Kind regards, tomasz mcallister, see you", "tomasz mcallister"},
		{"Ich warte seit zwei Wochen auf die Gutschrift. Viele Grüße, dmitri mcallister", "dmitri mcallister"},
		{"Still waiting, please advise. Regards, graham novák", "graham novák"},
		// A comma after no cue; ordinary words.
		{"We checked, emma watson will call", ""},
		{"Note: grace period ends.", ""},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestFormLabelsInTabColumns checks the columns of a form pasted with
// tabs (the set in six languages by a second author, BK): a label's
// column ends the run ("Nome\tTiago\tApelido\tPinto"), German and Dutch
// roles before a name are no part of it ("Vertragspartner Sören
// Neumann"), and a text that opens with a tab reads as any other (a
// first version of this rule read the token before the first).
func TestFormLabelsInTabColumns(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text    string
		persons []string
	}{
		{"Cliente: Nome\tTiago\tApelido\tPinto\tEmail\ttiago@example.pt", []string{"Tiago", "Pinto"}},
		{"Voornaam\tAnouk\tAchternaam\tIJzerman\tE-mail", []string{"Anouk", "IJzerman"}},
		{"\tNome\tHenrique\tApelido\tMartins", []string{"Henrique", "Martins"}},
		{"für EUR 83,99 monatlich, Vertragspartner Sören Neumann, Abbuchung von DE28", []string{"Sören Neumann"}},
		{"Bitte auf das Konto (Inhaber Niklas Scholz) zurücküberweisen", []string{"Niklas Scholz"}},
		{"\tAnna Berg", []string{"Anna Berg"}},
	} {
		assert.Equal(t, c.persons, valuesOf(t, d, c.text, TypePerson), c.text)
	}
}

// TestDoorsAfterFloorWordsAndFrenchFloors checks the tails of Spanish,
// Portuguese and French addresses after a floor written as a word: a
// door's side, letter or ordinal ("R/C Esq.", "bajo A", "entlo. 1ª"), a
// staircase's number ("esc. 3") and a French floor ("2e étage").
func TestDoorsAfterFloorWordsAndFrenchFloors(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"Morada: Rua do Comércio 199, R/C Esq., 3516-106 Viseu, obrigado", "Rua do Comércio 199, R/C Esq., 3516-106 Viseu"},
		{"Dirección: Ronda de Segovia, 46, entlo. 1ª, 14010 Córdoba. Gracias", "Ronda de Segovia, 46, entlo. 1ª, 14010 Córdoba"},
		{"Dirección completa: Ronda de Segovia 82, bajo A, 46016 Valencia, escalera 2.", "Ronda de Segovia 82, bajo A, 46016 Valencia"},
		{"Colis à livrer au 8 rue des Trois-Frères, esc. 3, 2e étage, 35700 Rennes, merci", "8 rue des Trois-Frères, esc. 3, 2e étage, 35700 Rennes"},
		{"Agent: Morada: Rua Augusta 122, r/c, Porto, encomenda ORD-7085532", "Rua Augusta 122, r/c, Porto"},
		// "bajo" in prose is no floor.
		{"caminé bajo la lluvia 12 minutos", ""},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
}

// TestElidedParticleSurnames checks a surname with its particle elided
// after a given name the lists know ("Inès d'Aubigné", "Aurélie
// d’Aubigné"), which the run of a name left out; "Musée d'Orsay" names
// no one.
func TestElidedParticleSurnames(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"contrat au nom de Inès d'Aubigné.", "Inès d'Aubigné"},
		{"Le livreur a laissé le colis chez Raphaël d'Aubigné, au rez-de-chaussée", "Raphaël d'Aubigné"},
		{"Aurélie d’Aubigné a signé", "Aurélie d’Aubigné"},
		{"Je suis Inès d'accord", "Inès"},
		{"Marie d'été", "Marie"},
		{"Musée d'Orsay est fermé", ""},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestSurnamesInCapitalsBesideGivenNames checks the French way of forms
// and registers, the surname in capitals before or after a given name in
// title case ("POIRIER Grégoire", "Hervé NGOM."), and shouted words
// before a given name that are no surname.
func TestSurnamesInCapitalsBesideGivenNames(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Dans notre fichier : POIRIER Grégoire, né le 11/11/1949", "POIRIER Grégoire"},
		{"Dans notre fichier : CHEVALIER Léa, née le 22/6/2006", "CHEVALIER Léa"},
		{"code postal 69009, nom Hervé NGOM.", "Hervé NGOM"},
		{"URGENT Marie call me", "Marie"},
		{"THANKS Marie, bye", "Marie"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestCalledAtAnArticle checks a number after a verb of calling and its
// article in Spanish, Portuguese and Italian, accented or not and
// ungrouped ("me llamó al 629912268", "ligou para o 910565943"), and a
// valid national number only.
func TestCalledAtAnArticle(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"El repartidor me llamó al 629912268 a las 13:15 pero no dejó mensaje.", "629912268"},
		{"O estafeta ligou para o 910565943 mas eu estava no trabalho.", "910565943"},
		{"Il corriere ha chiamato il 352 7135378 ma non ha lasciato messaggi.", "352 7135378"},
		{"Ho pagato il 346018293 euro", ""},
		{"ligou para o pedido 123456789", ""},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
}

// TestLabelsWithANounsEnding checks that a word the lists do not know
// with the ending of an English noun of an act or a state, before a
// colon at a line's start, is a form's label, not a speaker's name
// ("Registration: Wolfgang Wolff / ..."), while an unknown word without
// one stays a speaker ("Zorvik: hi there").
func TestLabelsWithANounsEnding(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text    string
		persons []string
	}{
		{"Registration: Wolfgang Wolff / wolfgang.wolff@yahoo.com / born 5th February 1958", []string{"Wolfgang Wolff"}},
		{"Submission: hi there", nil},
		{"Membership: renewed", nil},
		{"Zorvik: hi there", []string{"Zorvik"}},
		{"Clement: hi there", []string{"Clement"}},
	} {
		assert.Equal(t, c.persons, valuesOf(t, d, c.text, TypePerson), c.text)
	}
}

// TestTradeHeadsOpenFirms checks the firms of the other chat languages
// whose name a shop's or a trade's word opens before a particle
// ("Farmácia da Estação", "Transportes del Norte"), which read as a
// person's given name and a surname.
func TestTradeHeadsOpenFirms(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Customer: Comprei na Farmácia da Estação e o produto veio com defeito.",
		"Compré una lámpara en Transportes del Norte y la garantía no aparece.",
		"Mi pedido salió de Ópticas del Valle hace una semana",
	} {
		wantValue(t, d, text, TypePerson, "", text)
	}
	wantValue(t, d, "Hola, soy Maite de los Santos y Beltrán, de Ferretería del Olmo.", TypePerson, "Maite de los Santos y Beltrán")
}
