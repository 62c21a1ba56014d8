package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 46 found in the gaps of the blind sets.

// TestNameBeforeHouseNumberOfSession46 checks a name of two words the
// lists lack, right before the house number of a street with its
// designator ("ship to: Lamar Whitfield 4417 Pinecrest Dr"): the name
// is a person's, not a street's in the order "Hauptstraße 5"; and a
// state's code in lower case that the names recognizer raised to a
// name's word still ends the street before its ZIP code.
func TestNameBeforeHouseNumberOfSession46(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"ship to: Lamar Whitfield 4417 Pinecrest Dr Charlotte NC 28210 ph (704) 318-2296", TypePerson, "Lamar Whitfield"},
		{"ship to: Lamar Whitfield 4417 Pinecrest Dr Charlotte NC 28210 ph (704) 318-2296", TypeStreetAddress, "4417 Pinecrest Dr Charlotte NC 28210"},
		{"deliver to Odalys Quintero 88 Elm Street, Leeds LS6 2AB", TypeStreetAddress, "88 Elm Street, Leeds LS6 2AB"},
		{"send the replacement to 418 maple ridge rd springfield mo 65804 thx", TypeStreetAddress, "418 maple ridge rd springfield mo 65804"},
		{"send it to 418 maple rd springfield il 62704", TypeStreetAddress, "418 maple rd springfield il 62704"},
	})
	// A street of one word before its number keeps it ("Storgarden 52").
	wantTyped(t, d, []typedValue{
		{"Our offices are located at Storgarden 52, 0155 Oslo", TypeStreetAddress, "Storgarden 52, 0155 Oslo"},
	})
	// A street, its number and a Czech, Slovak or Swedish postcode of
	// three and two digits before a town the lists know.
	wantTyped(t, d, []typedValue{
		{"Billing: Karlova 18, 110 00 Praha 1", TypeStreetAddress, "Karlova 18, 110 00 Praha"},
	})
}

// TestPhoneWordsOfSession46 checks phones after the words of Czech,
// Slovak, Hungarian and Romanian and after a log's "msisdn", and a
// number those words do not stand before.
func TestPhoneWordsOfSession46(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"payment declined msisdn=4798237716 amount=349.00 NOK", "4798237716"},
		{"prosím zavolejte mi na 731 402 118 díky", "731 402 118"},
		{"hívjon a 06 30 412 7781 számon", "06 30 412 7781"},
		{"sunati-ma la 0723 418 906 cand ajungeti", "0723 418 906"},
	}, []string{
		"objednávka 731 402 118 odoslaná",
	})
}

// TestPublicResolversOfSession46 checks that the public DNS resolvers'
// addresses are no IP address of anyone's, and that an address beside
// one stays one.
func TestPublicResolversOfSession46(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeIPAddress, []textValue{
		{"my router's wan ip is 86.12.44.190, already switched dns to 8.8.8.8", "86.12.44.190"},
		{"nslookup api.example.com 1.1.1.1 fails but 84.26.191.33 is my home ip", "84.26.191.33"},
		{"ping 8.8.8.9 please", "8.8.8.9"},
	}, []string{
		"set DNS to 1.1.1.1 and 1.0.0.1 and reboot",
		"nslookup example.com 8.8.4.4",
		"try 9.9.9.9 or 208.67.222.222",
	})
}

// TestGreetingsTitlesAndDigitPasswordsOfSession46 checks greetings of
// South Africa, Kenya, the Philippines and India that open a message as
// a name would, "Ma'am" as a title before a name, and a password of
// digits alone after its word and a joiner; with their look-alikes.
func TestGreetingsTitlesAndDigitPasswordsOfSession46(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Howzit, fibre's been down since Tuesday man",
		"Habari, I sent KSh 1,000 via M-Pesa to buy bundles",
		"Thank you sir. Aapka PUK1 hai, dhyan se daaliye",
		"Kumusta, my load did not arrive",
	} {
		require.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
	wantTyped(t, d, []typedValue{
		{"Hi Ma'am Maria Luisa! Your request is done", TypePerson, "Maria Luisa"},
		{"Habari Wanjiru, your line is fixed", TypePerson, "Wanjiru"},
	})
	wantFound(t, d, TypePassword, []textValue{
		{"the wifi password is 81736402 but it fails", "81736402"},
		{"Passwort: 20041987", "20041987"},
	}, []string{
		"the password is 8 characters long",
		"I gave the password to 0612345678 by mistake",
		"Bengaluru, Karnataka, PIN: 560034",
	})
	require.Equal(t, []string{"560034"}, valuesOf(t, d, "Bengaluru, Karnataka, PIN: 560034", TypeZipCode))
}

// TestVehicleAndSpanishDoorOfSession46 checks a European VIN, which has
// no check digit, after German "FIN", and a Spanish address whose door
// is written "pta." before the postcode.
func TestVehicleAndSpanishDoorOfSession46(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"obwohl ich im Shop die FIN WVWZZZAUZHW058812 angegeben habe", TypeVIN, "WVWZZZAUZHW058812"},
		{"vivo en Avda. de Blasco Ibáñez 98, pta. 12, 46022 València", TypeStreetAddress, "Avda. de Blasco Ibáñez 98, pta. 12, 46022 València"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Artikelnummer WVWZZZAUZHW058812 bitte", TypeVIN},
	})
}

// TestBankedOfSession46 checks that "banked" makes a message one about
// banking, where an account's word names a bank account's number.
func TestBankedOfSession46(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeBankAccount, []textValue{
		{"my late father banked with you, account 30871462. He passed away", "30871462"},
	}, []string{
		"my gym account 30871462 is locked",
	})
}

// TestClausesAreNoHeaderOfSession46 checks that a line of prose whose
// comma-parted clauses hold a date of birth is no table's header: the
// phone in the next line's second clause is no date of birth's cell.
func TestClausesAreNoHeaderOfSession46(t *testing.T) {
	d := defaultDetector(t)
	text := "locataire : Mehdi Lahlou, né le 12 mars 1994, en CDI depuis 2021\ngarant : mon père Karim Lahlou, 06 71 38 24 90, karim.lahlou@orange.fr"
	require.Equal(t, []string{"06 71 38 24 90"}, valuesOf(t, d, text, TypePhoneNumber))
	// A header of names still names its column: the number under "ssn"
	// is one, the same row without the header none.
	require.Equal(t, []string{"290973856"}, valuesOf(t, d, "id, ssn, tier\n4471, 290973856, gold", TypeUSSSN))
	require.Empty(t, valuesOf(t, d, "4471, 290973856, gold", TypeUSSSN))
}

// TestIrishParticleOfSession46 checks an Irish street whose name holds
// the article "na" between its words ("Ard na Gréine").
func TestIrishParticleOfSession46(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"my name is Aoife Ní Bhriain, address 22 Ard na Gréine, Ballincollig, Co. Cork P31 YX82", TypeStreetAddress, "22 Ard na Gréine, Ballincollig, Co. Cork P31 YX82"},
	})
}

// TestFINOfSession46 checks a VIN after German "FIN" in capitals, past
// a colon, whatever word comes before, while "fin" in lower case names
// none.
func TestFINOfSession46(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Schadenmeldung Kfz: FIN WVWZZZ1K6AM482193, Versichertennummer M482710362", TypeVIN, "WVWZZZ1K6AM482193"},
		{"Kennzeichen GE-WP 318, FIN: WVWZZZAU2FW204517. Halter war er", TypeVIN, "WVWZZZAU2FW204517"},
	})
	wantNoneTyped(t, d, []typedText{
		{"fin ABCDEFGH1JK123456 del contratto", TypeVIN},
		{"DELFIN ABCDEFGH1JK123456 session", TypeVIN},
	})
}

// TestThankedAgainInLowerCaseOfSession46 checks a person found in a
// cased message and thanked or greeted again in lower case later in it;
// a word of the name in lower case elsewhere stays a word.
func TestThankedAgainInLowerCaseOfSession46(t *testing.T) {
	d := defaultDetector(t)
	text := "[4:41 pm] Agent: Agent Farida Haddad: I've escalated case INC3308175 to billing. [4:42 pm] Customer: thanks farida 🙏 how long"
	require.Equal(t, []string{"Farida Haddad", "farida"}, valuesOf(t, d, text, TypePerson))
	require.Equal(t, []string{"Luz Blanco"}, valuesOf(t, d, "Soy Luz Blanco, la luz del router no funciona", TypePerson))
	require.Equal(t, []string{"Rose Tan"}, valuesOf(t, d, "I'm Rose Tan. Thank you for the rose tea", TypePerson))
}

// TestPostTownAfterLocalityOfSession46 checks a post town the lists know
// after a street and a locality, before a word in lower case or the
// quote that ends a value of JSON.
func TestPostTownAfterLocalityOfSession46(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"deliver to 71 Adeola Odeku Street, Victoria Island, Lagos please", TypeStreetAddress, "71 Adeola Odeku Street, Victoria Island, Lagos"},
		{`{"name":"Emeka Nwosu","street":"71 Adeola Odeku Street, Victoria Island, Lagos","zip":"101241"}`, TypeStreetAddress, "71 Adeola Odeku Street, Victoria Island, Lagos"},
	})
}

// TestUnitBeforeNumberRangeOfSession46 checks an Australian unit before
// a range of house numbers ("5/12-14 Warrigal Rd"); a range of days in
// a month is none.
func TestUnitBeforeNumberRangeOfSession46(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Address: Unit 5/12-14 Warrigal Rd, Hughesdale VIC 3166 DOB: 30/01/1979", TypeStreetAddress, "Unit 5/12-14 Warrigal Rd, Hughesdale VIC 3166"},
	})
	wantNoneTyped(t, d, []typedText{
		{"we are away on 5/12-14 June", TypeStreetAddress},
	})
}

// TestGermanHierIstOfSession46 checks German "hier ist" and "ich bins"
// as cues of a name typed in lower case; "hier ist" before a noun names
// no one.
func TestGermanHierIstOfSession46(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"hier ist katrin sommerfeld", "katrin sommerfeld"},
		{"ich bins, katrin sommerfeld", "katrin sommerfeld"},
	}, []string{
		"hier ist die Rechnung",
		"hier ist mein neues passwort",
	})
}

// TestLoopedInOfSession46 checks "looped in" as a cue of the person
// brought into a conversation.
func TestLoopedInOfSession46(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Great! I've looped in Rashida from our sales team", "Rashida"},
		{"please loop in Marco Rossi on this", "Marco Rossi"},
	}, []string{
		"I've looped in the billing team",
	})
}
