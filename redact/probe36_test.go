package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 36's blind sets found missing or wrongly
// reported.

// TestOneTimeCodeAfterClauseOfSession36 checks a one-time code after a
// short clause between its word and the verb ("the code you sent was
// ...", "le code reçu par SMS c'est ..."), after a bare "code" before a
// verb or a colon, in three groups of two digits, and a PIN after "to".
// A bare "code" that another word makes a postcode, an error's, an
// offer's or an order's code, a bare "code" right before its digits, a
// label "Code:" before other than six digits, and letters after the verb
// find none.
func TestOneTimeCodeAfterClauseOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"the code is 807963 — oh wait, I shouldn't share that", "807963"},
		{"user> the code you sent was 482913 but it expired", "482913"},
		{"the 2FA code i got by sms was 739 204 but it says expired", "739 204"},
		{"The code from the authenticator app is 602914 if that helps", "602914"},
		{"Le code reçu par SMS c'est 739204 mais le site me dit non", "739204"},
		{"El código de verificación que me ha llegado es 55 81 02, pero caduca", "55 81 02"},
		{"ok got the code: 481-722", "481-722"},
		{"código de confirmação: 803 115", "803 115"},
		{"I changed my PIN to 9931 yesterday", "9931"},
		{"the door code is 4417", "4417"},
	}, []string{
		"my zip code is 90210",
		"the error code is 4031",
		"el código postal es 28001",
		"il codice cliente è 12345678",
		"the code for my order is 12345678",
		"promo code: 202401",
		"the area code is 415",
		"code 1234 is wrong",
		"sort code is 204577",
		"the code is ABC123",
		"Code: 4417",
		// A comma after the word opens no clause: the digits after it
		// are no code.
		"about the code, 123456 is what the box says",
	})
	// "PIN code" still names India's postcode, the clause read after
	// "code" alone.
	wantValue(t, d, "my pin code is 302176 (Jaipur)", TypeZipCode, "302176")
}

// TestPinAsVerbOfSession36 checks that "pin" after a pronoun or "to" is
// a verb, no PIN's word: an image's digest after it is no password.
func TestPinAsVerbOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"my pin is 4821", "4821"},
	}, []string{
		"the image we pin is ghcr.io/helixdesk/agent@sha256:fb468c94aef160ebec6fac333a6a85806f80567564e81af14d3045a9b33d4710 and the scanner flags it",
		"you need to pin is 4821 of the list",
	})
}

// TestGermanNounAfterArticleOfSession36 checks that capitalised German
// nouns after an article are no name before "hier" or a particle-like
// word ("für die Abrechnung hier", "die Unterlagen zum Schadensfall"),
// while a given name after an article and a name with "zum" stay names.
func TestGermanNounAfterArticleOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Hallo, die Anna hier", "Anna"},
		{"Mit freundlichen Grüßen\nMaria zum Felde", "Maria zum Felde"},
	}, []string{
		"Grüezi, für die Krankenkassen-Abrechnung hier meine Nummer",
		"für die Abrechnung hier meine Nummer",
		"Sehr geehrte Damen und Herren,\n\nanbei die Unterlagen zum Schadensfall.",
	})
}

// TestTurkishPlateWordsOfSession36 checks that a short word typed in
// lower case between two numbers is no Turkish plate's letters ("at
// number 12 not 21"), as the word in capitals after a plate's word is.
func TestTurkishPlateWordsOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, "TR_LICENSE_PLATE", []textValue{
		{"the plate 34 NOT 21", "34 NOT 21"},
		{"34 abc 1234", "34 abc 1234"},
	}, []string{
		"he's at number 12 not 21. Full address is 12 Beech Grove",
		"it was 10 but 12 when I checked",
	})
}

// TestAddressLettersAndHoursOfSession36 checks that a time in hours
// before "weg" (away) is no German street ("um 16 Uhr weg"), and that a
// designator of one letter before a function word is no street after a
// number ("34 56 C. Could you check"), while one before a name is
// ("5670 R JOSÉ A MADEIRA 1").
func TestAddressLettersAndHoursOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"5670 R JOSÉ A MADEIRA 1 SUITE 696", "5670 R JOSÉ A MADEIRA 1 SUITE 696"},
		{"ich wohne Am Weg 16, 10115 Berlin", "Am Weg 16, 10115 Berlin"},
	}, []string{
		"Zustellung heute zwischen 14:00 und 18:00 Uhr, aber ich muss um 16 Uhr weg.",
		"The format is two letters, six digits and a letter A–D, e.g. QQ 12 34 56 C. Could you check your P60?",
	})
}

// TestFrenchMonsieurOfSession36 checks that French "M." before a known
// given name is a title, out of the name's span.
func TestFrenchMonsieurOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "Titulaire : M. Julien Moreau\nIBAN : FR76 3000 4733 5222 8174 4408 452", TypePerson, "Julien Moreau")
	wantValue(t, d, "Bonjour, M. Jean-Pierre Martin ici", TypePerson, "Jean-Pierre Martin")
}

// TestNameCuesOfSession36 checks the cues and names the blind sets of
// session 36 found missing: Dutch "t.n.v." and German "z. Hd." and "zu
// Händen" before a name, "klantnaam", and a Vietnamese name in lower
// case with its middle name ("nguyen van minh"). Other dotted
// abbreviations announce no name.
func TestNameCuesOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Graag het bedrag terugstorten op NL13 RABO 9365 4114 16 t.n.v. D. van Dijk", "D. van Dijk"},
		{"overmaken t.n.v. Jansen", "Jansen"},
		{"z. Hd. Jonas Becker", "Jonas Becker"},
		{"bitte zu Händen Zorvik", "Zorvik"},
		{"mijn klantnaam is Zorvik-Hendriks, waarom", "Zorvik-Hendriks"},
		{"hi,\nname: nguyen van minh\naddr: 3302 w 5th st", "nguyen van minh"},
		{"my name is tran thi lan", "tran thi lan"},
		{"my name is tran thị lan", "tran thị lan"},
	}, []string{
		"a.s.a.p. Please call",
	})
	wantValue(t, d, "i met nguyen van the other day", TypePerson, "nguyen")
}

// TestSecretsOfSession36 checks what the blind set of pasted secrets
// found missing: a Docker Hub token by its prefix; a password of random
// letters alone after its key (a Gmail app password); "pass" at the end
// of a dotted key; "pass" without a colon on the line after an e-mail's
// label. Letters that spell words, and "pass" on a line after prose,
// stay out.
func TestSecretsOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "echo dckr_pat_R37aJ4SrF2seGb0cD8WpRI28uoE | docker login --password-stdin", TypeAPIKey, "dckr_pat_R37aJ4SrF2seGb0cD8WpRI28uoE")
	wantFound(t, d, TypePassword, []textValue{
		{"spring.mail.username=ops@example.net\nspring.mail.password=pcovzztjsnoirtgp\n", "pcovzztjsnoirtgp"},
		{`firebase functions:config:set mail.pass="fjqk wxtr nbpe yzla"`, "fjqk wxtr nbpe yzla"},
		{"hi pls help locked out\nemail jessicaw_91@yahoo.com\npass jessie1991\nneed invoices", "jessie1991"},
	}, []string{
		"password=strengthstr",
		"the password is incorrectly",
		"I have a day pass\npass the salt please",
	})
}

// TestHousePartsAndRolesOfSession36 checks an Austrian house number with
// its staircase and door whose first number is no day ("45/3/12"),
// while a date's shape stays out; and that "Relations" after "Customer"
// in a signature and "Doorman" before "'s name" name no one.
func TestHousePartsAndRolesOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"ich wohn jetzt Mariahilfer Straße 45/3/12, 1060 Wien. Handy", "Mariahilfer Straße 45/3/12, 1060 Wien"},
	}, []string{
		"Termin am Hauptstraße 12/3/24, sonst nichts",
	})
	for text, want := range map[string][]string{
		"Kind regards,\nHannah Price\nCustomer Relations": {"Hannah Price"},
		"Doorman's name is Luis if that helps":            {"Luis"},
	} {
		require.Equal(t, want, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestPlacesStatusesAndClausesOfSession36 checks a place after "to"
// that follows "from" and a place ("moved from Houston to Dallas"),
// while a name after "to" alone stays a person; an HTTP error's reason
// phrase is no street ("502 Bad Gateway"); a software version after
// "sw" is no address; and a password after a short clause ("the
// password i set was ...", "Admin password I set: ...") while a noun
// after the password's word opens none ("password manager is ...").
func TestPlacesStatusesAndClausesOfSession36(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"Hi, I moved from Houston to Dallas last month and need to change my billing address": {"Houston", "Dallas"},
		"from New York to Austin by car": {"New York", "Austin"},
	} {
		require.Equal(t, want, valuesOf(t, d, text, TypeLocation), text)
	}
	wantValue(t, d, "I talked to Austin yesterday", TypePerson, "Austin")
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"I live at 502 Gateway Drive, Austin TX 78701", "502 Gateway Drive, Austin TX 78701"},
	}, []string{
		"Getting error E-4012 when I try to pay, then the page just says 502 Bad Gateway",
		"the page says 504 Gateway Timeout now",
	})
	wantFound(t, d, TypeIPAddress, nil, []string{"my Kindle is frozen on the tree screen. sw 5.16.21.0.1"})
	wantFound(t, d, TypePassword, []textValue{
		{"username jkowalski_91 and the password i set was Marmolada!2291 but it says wrong", "Marmolada!2291"},
		{"firmware 1.0.9.88 is shown on the status page. Admin password I set: pinecone42", "pinecone42"},
	}, []string{
		"my password manager is 1Password",
		"the password I set is wrong",
	})
}

// TestTranscriptsOfSession36 checks what the blind set of pasted
// transcripts found: a one-time code in the next sentence ("the
// passcode. its 270164") or in a reply that opens with "got it" after a
// message that names a code; the plural of an acronym and a rider's
// label are no one.
func TestTranscriptsOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"[08/04/2024, 11:23] Mum: it wants the passcode. its 270164 i think\n", "270164"},
		{"We've resent a code to the number ending in 8830.\nKwame Mensah [9:16 AM]\ngot it, 774102\nSupport Bot", "774102"},
		{"code isnt arriving\n[15:02] Agent: I've resent it.\n[15:04] Customer: got it 903 418\n", "903 418"},
	}, []string{
		"zip code 90210, got it 123456",
		"the order code is wrong, got it 12345",
	})
	for text, want := range map[string][]string{
		"Agent: Hi Gloria, please don't share SSNs here — I've masked them.": {"Gloria"},
		"Rider: I left my backpack in the car, driver was Mohammed":          {"Mohammed"},
	} {
		require.Equal(t, want, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestViaCarrierOfSession36 checks that English "via" before a carrier
// opens no Italian street, after a number or at the start, while "via"
// before a street's name does, after a number too as Presidio's data
// writes it.
func TestViaCarrierOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"abito in via Roma 12, 00184 Roma", "via Roma 12, 00184 Roma"},
		{"billing address: Sophie Lang 3482 via Franscini 71 Suite 838 Tujetsch nan 7188", "3482 via Franscini 71 Suite 838 Tujetsch nan 7188"},
	}, []string{
		"order shipped 5/14 via FedEx, should arrive",
		"it went via Canada Post 7023 4918 2276 5510 last week",
		"sent 3 via DHL yesterday",
	})
}

// TestUKBankDetailsOfSession36 checks a British bank's sort code after
// its words, and the account number after them, which us_bank_number
// reads; a date's pairs of digits without the words stay out.
func TestUKBankDetailsOfSession36(t *testing.T) {
	d := defaultDetector(t)
	text := "Can you refund to my bank instead. Sort code 20-45-77 account no 41926819, name on account Mr R Patel"
	wantValue(t, d, text, "UK_SORT_CODE", "20-45-77")
	wantValue(t, d, text, "US_BANK_NUMBER", "41926819")
	wantValue(t, d, "Account is in my husband's name. sort code 40 12 76, acc 73015528", "US_BANK_NUMBER", "73015528")
	wantFound(t, d, "UK_SORT_CODE", nil, []string{"delivered 20-05-24 to the depot, account 12345678"})
}

// TestUsernamesOfSession36 checks an account's user name after its word
// in the chat languages: with a digit or a sign inside it, after a
// label's colon for the words that are prose as often ("user:",
// "login:"); a word, an e-mail address, a system's login and PyPI's
// "__token__" give none, and the type can be turned off. A handle made
// of a known given name stays a person's name (TestHandleNames).
func TestUsernamesOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"i cant log in!!! username is dvolkov88 and pw Sunflower#2019 pls help", "dvolkov88"},
		{"Mein Benutzername: anna.schmidt84, bitte prüfen", "anna.schmidt84"},
		{"nombre de usuario: n0va_x92", "n0va_x92"},
		{"user: j.doe42\npass: Hunter2024!", "j.doe42"},
		{"gebruikersnaam is marek-novak, wachtwoord vergeten", "marek-novak"},
	}, []string{
		"the username field is empty",
		"my username is wrong",
		"user 12 of 40 logged in",
		"username is ana@example.com",
		"login: admin",
		"login: ec2-user",
		"[pypi]\n  username = __token__",
		"aws --version 2.15.30",
	})
	off, err := NewDetector(WithoutTypes(TypeUsername))
	require.NoError(t, err)
	require.Empty(t, valuesOf(t, off, "username jweiss84", TypeUsername))
}

// TestReviewerSetOfSession36 checks what the reviewer's set of the
// sitting's rules found: a clause with two verbs ("che mi è arrivato via
// SMS è ..."), a German relative clause after a comma, "its" opening
// the sentence after a code's mention, a verification code of capitals
// and digits, "from San Antonio to Austin"; and the look-alikes a
// product's code after "código del producto", a user id that is a UUID,
// a form's stand-in sort code, and the password manager "1password".
func TestReviewerSetOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"Codice fiscale: BNCGLI91C52F205S\nil codice che mi è arrivato via SMS è 558 021", "558 021"},
		{"das Passwort, das ich vergeben habe: Tannenbaum_19", "Tannenbaum_19"},
		{"they sent me a code to confirm the email change. its 615204", "615204"},
		{"the verification code you emailed me was 5K7Q2M, is that letters or numbers?", "5K7Q2M"},
	}, []string{
		"código del producto: 44172 talla 42",
		"ok i changed it, new password is in 1password now",
		"the code is ABC123",
	})
	require.Equal(t, []string{"San Antonio", "Austin"}, valuesOf(t, d, "I moved from San Antonio to Austin so the address changed", TypeLocation))
	wantFound(t, d, TypeUsername, nil, []string{"user id 3f2b8c1e-9a4d-4e1b-8f6a-2c7d9e0b5a41 keeps showing up in the error log"})
	wantFound(t, d, "UK_SORT_CODE", nil, []string{"the sort code field rejects dashes, should I type it like 00-00-00 or without?"})
}

// TestEuropeanAddressesOfSession36 checks a Dutch or German street named
// after a saint ("Sint Annastraat 14", "Sankt Annastraße 3"), a street
// joined to its postcode and town by "in" ("Goethestr. 5 in 99423
// Weimar"), not by a year ("in 2024"), and a German street of a town's
// adjective and a designator in lower case ("holtenauer straße 112").
func TestEuropeanAddressesOfSession36(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"ik woon op Sint Annastraat 14\n6524 ER Nijmegen", "Sint Annastraat 14\n6524 ER Nijmegen"},
		{"Sankt Annastraße 3, 80538 München", "Sankt Annastraße 3, 80538 München"},
		{"Lieferung an Goethestr. 5 in 99423 Weimar bitte", "Goethestr. 5 in 99423 Weimar"},
		{"Bahnhofstrasse 12 in 8001 Zürich", "Bahnhofstrasse 12 in 8001 Zürich"},
	}, nil)
	require.NotContains(t, valuesOf(t, d, "I live at 12 Main St in 2024 Lisbon", TypeStreetAddress), "12 Main St in 2024 Lisbon")
	// A town's adjective before a designator alone, in lower case.
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"bin umgezogen nach Kiel, neue adresse: holtenauer straße 112, 24105 kiel", "holtenauer straße 112, 24105 kiel"},
		{"neue adresse: berliner allee 12, 40212 düsseldorf", "berliner allee 12, 40212 düsseldorf"},
	}, []string{"we had another ring 12 times"})
}

// TestEuropeanNamesOfSession36 checks the Spanish compound given name
// joined by "del" ("María del Carmen Fernández López"), and the Italian
// and Dutch titles "Avv.", "Ing." and "heer" before a name, which stay
// out of it.
func TestEuropeanNamesOfSession36(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"Datos de envío:\nMaría del Carmen Fernández López\nAvda. de la Constitución, 45": {"María del Carmen Fernández López"},
		"Hablé con Ana del servicio técnico":                                              {"Ana"},
		"Cordiali saluti\nAvv. Giulia Ferraro\nCorso Vittorio Emanuele II 74":             {"Giulia Ferraro"},
		"Spreek ik met de heer Van Dijk uit Rotterdam?":                                   {"Van Dijk"},
	} {
		require.Equal(t, want, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestBuildingLineAboveOfSession36 checks a flat and a building's name
// on the line above a street as the start of the address ("Flat 7,
// Lyndhurst Court\n112 Finchley Road\nLondon NW3 5HT").
func TestBuildingLineAboveOfSession36(t *testing.T) {
	d := defaultDetector(t)
	text := "Please direct all correspondence to me at the address below:\n\nFatima Al-Rashid\nFlat 7, Lyndhurst Court\n112 Finchley Road\nLondon NW3 5HT"
	wantValue(t, d, text, TypeStreetAddress, "Flat 7, Lyndhurst Court\n112 Finchley Road\nLondon NW3 5HT")
	require.Equal(t, []string{"Fatima Al-Rashid"}, valuesOf(t, d, text, TypePerson))
}

// TestCapsNameAfterLabelOfSession36 checks one name in capitals that
// the lists lack right after a name's label ("SURNAME: NAKASHIMA  FIRST
// NAME: AYAKO", "receipt under name FAROOQ"), and none after a thing's
// name ("product name: ZORBEX", "Company Name: INITECH").
func TestCapsNameAfterLabelOfSession36(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"SURNAME: NAKASHIMA  FIRST NAME: AYAKO  MIDDLE: —":     {"NAKASHIMA", "AYAKO"},
		"im trying to return a bag, receipt under name FAROOQ": {"FAROOQ"},
		"product name: ZORBEX":                                 nil,
		"Company Name: INITECH":                                nil,
	} {
		require.Equal(t, want, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestTwoGivenNamesInLowerCaseOfSession36 checks a name in lower case of
// two given names and a surname after a cue, the surname known or after
// a particle ("juan carlos de los ríos", "maria jose garcia"), while a
// word after a given name and a surname that is a given name too stays
// out ("isaac heath speak").
func TestTwoGivenNamesInLowerCaseOfSession36(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"hola soy juan carlos de los ríos mi telefono +52 1 55 4871 2290": {"juan carlos de los ríos"},
		"my name is maria jose garcia thanks":                             {"maria jose garcia"},
		"have you heard isaac heath speak yet?":                           {"isaac heath"},
		// A role before a given name, "De" and a surname that is a given
		// name too.
		"Can you confirm the IBAN is correct? Beneficiary Francesca De Luca": {"Francesca De Luca"},
	} {
		require.Equal(t, want, valuesOf(t, d, text, TypePerson), text)
	}
}

// session36Seeds are FuzzDetect's seeds for the readers of session 36,
// cut where their loops stop: a clause after a code's word that ends at
// the text's end, groups of two digits cut short, "pin" at the start.
var session36Seeds = []string{
	"the code you sent was",
	"the code you sent was 48",
	"code que me ha llegado es 55 81 0",
	"code c'est 55 81",
	"pin is 1234",
	"zip code",
	"12 not 2",
	"password i set:",
	"the password you",
	"502 Bad",
	"from Houston to",
	"code\ngot it, 77410",
	"passcode. its",
	"username",
	"username: _",
	"user=a.b+",
	"code che mi è",
	"change. its",
	"code was 5K7Q2",
	"name: AB",
	"NAME:",
}
