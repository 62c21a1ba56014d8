package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPronounsThatAreNamesOfSession78: the Spanish "Ella" and the
// Portuguese "Ela" (she) opening a sentence before a verb they take are
// no names; the English given name before an English verb, or cued,
// still is.
func TestPronounsThatAreNamesOfSession78(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"escribo de parte de mi madre, nacida el 04/02/1951. Ella no usa el ordenador", "Ella", false},
		{"Ella no habla inglés so I'm helping her", "Ella", false},
		{"Ela não sabe usar o chat, por isso escrevo eu", "Ela", false},
		{"Ella tiene 80 años y vive sola", "Ella", false},
		// A name.
		{"Ella is my daughter, she ordered it", "Ella", true},
		{"hi, Ella here, order 4471", "Ella", true},
	})
}

// TestWordsTheListsDeriveOfSession78: "re-" or "un-" before a word the
// lists know opens a sentence, no name ("Recall:", "Rebonjour"); kin
// words that stand for a parent ("Mam's", "Mammy's") and the names of
// languages ("speaks Urdu") are no names either; given names of South
// India join a name in lower case.
func TestWordsTheListsDeriveOfSession78(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"Recall: Model KMX-750 stand mixers with batch codes 2304A to 2309C.", "Recall", false},
		{"Rebonjour, je vous redonne mon numéro fiscal", "Rebonjour", false},
		{"Mam's on warfarin so the carer needs to watch for bruising.", "Mam", false},
		{"Can I change Mam's Friday visit to Saturday?", "Mam", false},
		{"Mammy's appointment is at ten", "Mammy", false},
		{"Mrs Zorvik only speaks Urdu and Punjabi, can you send a carer who does?", "Urdu", false},
		{"she reads Tagalog and a bit of Mandarin", "", false},
		{"hello, i'm reddy venkata sai krishna, my email is below", "reddy venkata sai krishna", true},
		// Names that start as those words do.
		{"Reese Zorvik called about the refund", "Reese Zorvik", true},
		{"Unger, Klaus, geb. 03.04.1961", "", true},
	})
}

// TestTitleAfterTheOfSession78: a job's noun at a message's end after
// "the" titles no one when a verb stands between ("the account was
// opened by my assistant").
func TestTitleAfterTheOfSession78(t *testing.T) {
	d := defaultDetector(t)
	assert.Empty(t, valuesOf(t, d, "I'm Hiroshi Tanaka btw, the account was opened by my assistant", TypeTitle))
	assert.Equal(t, []string{"support engineer"}, valuesOf(t, d, "Zorvik Anand, the support engineer", TypeTitle))
}

// TestLowerNounsAndLabelsOfSession78: in a text in lower case a given
// name right after "the" is a noun ("the marina wifi"), and the Italian
// "mia" after an article is "my" whatever name stands near ("la mia
// email francesca..."); a crew list's "Skipper:", an invoice's
// "Sprzedawca:" and an agent's "Oczywiście," name no one, while the
// name after them still is one.
func TestLowerNounsAndLabelsOfSession78(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"the marina wifi portal keeps kicking me off, my ip is 81.174.22.190", "marina", false},
		{"is the marina open on sundays", "marina", false},
		{"il codice cliente è 1.10394872 e la mia email francesca.deluca77@libero.it", "mia", false},
		{"Skipper: Zorvan Doherty, ICC 0921745 (RYA)", "Skipper", false},
		{"Skipper: Zorvan Doherty, ICC 0921745 (RYA)", "Zorvan Doherty", true},
		{"Sprzedawca: Operator Sp. z o.o., NIP 951-24-09-783", "Sprzedawca", false},
		{"Oczywiście, Pani Agnieszko. Pakiet zostanie wyłączony od jutra.", "Oczywiście", false},
		// Names.
		{"please email mia the invoice", "mia", true},
		{"i talked to marina yesterday about it", "marina", true},
	})
}

// TestAddressedNamesAndSitesOfSession78: a given name that is a town
// too is the person's when addressed ("¡Claro que sí, Sofía!", "...,
// Jordan."), not a town in a list; a firm's site that ends its
// sentence leaves the address of the next one the writer's, while the
// site's own address in its clause stays the firm's.
func TestAddressedNamesAndSitesOfSession78(t *testing.T) {
	d := defaultDetector(t)
	wantPersons(t, d, []personWordCase{
		{"Agent: ¡Claro que sí, Sofía! ¿Me das el número de pedido?", "Sofía", true},
		{"Agent: Perfecto, Sofía. He actualizado la dirección del pedido.", "Sofía", true},
		{"I've masked your previous message, Jordan.", "Jordan", true},
		{"we moved from Dallas, Austin is next", "Austin", false},
	})
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Mijn pakket is retour gegaan naar jullie magazijn. Graag opnieuw verzenden naar Oudegracht 114, 3511 AX Utrecht", "Oudegracht 114, 3511 AX Utrecht"},
	}, []string{"Stuur het retour naar ons magazijn, Industrieweg 12, 3542 AD Utrecht"})
}

// TestTownLinksAndPortalOfSession78: a preposition and an article join
// a town's words after its postcode ("Neustadt an der Weinstraße"), and
// a Spanish "portal" (doorway) is a unit of the address.
func TestTownLinksAndPortalOfSession78(t *testing.T) {
	wantFound(t, defaultDetector(t), TypeStreetAddress, []textValue{
		{"wir sind umgezogen nach Weinstraße Süd 27, 67434 Neustadt an der Weinstraße. Danke", "Weinstraße Süd 27, 67434 Neustadt an der Weinstraße"},
		{"Name Alois Wimmer, Marktplatz 6, 4616 Weißkirchen an der Traun.", "Marktplatz 6, 4616 Weißkirchen an der Traun"},
		{"ahora vivo en Avda. de la Constitución 15, portal 2, 4ºA, 41001 Sevilla. Gracias", "Avda. de la Constitución 15, portal 2, 4ºA, 41001 Sevilla"},
	}, nil)
}

// TestNameIsOneWordOfSession78: in a capitalised text a given name the
// lists know, in lower case and alone before the clause's end after "my
// name is", is a name; an everyday word there is none.
func TestNameIsOneWordOfSession78(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"Hi, my name is jenny. I need the invoice for March", "jenny", true},
		{"Hi, my name is jenny, I need the invoice for March", "jenny", true},
		{"Hi, my name is incorrect. I need it fixed", "", false},
		{"Hi, my name is misspelt, I need it fixed", "", false},
	})
}

// TestApologiesAndFirmSuffixesOfSession78: "Apologies" before a name is
// no part of it, and a firm's suffix alone ("GmbH" after "& Partner",
// "Lettings" before "Team") names no one; a short one in lower case
// after thanks may ("Thanks, Ev").
func TestApologiesAndFirmSuffixesOfSession78(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"Agent: Apologies Ciarán! It's a known bug in v5.8.1 of checkout.", "Ciarán", true},
		{"Agent: Apologies Hanan, duplicate charge confirmed. Refund RF-33910 issued.", "Hanan", true},
		{"i need a VAT invoice for order DE-20240611-004, Firma: Schmidt & Partner GmbH", "GmbH", false},
		{"Regards, Lettings Team, Brookfield & Shaw, 0113 496 0821", "Lettings", false},
		{"Current carrier acct 503-281-7760-442. Thanks, Ev", "Ev", true},
	})
}

// TestTownDistrictsAndSiretOfSession78: a town the lists know, no given
// name, before one word they do not know names a branch or a station
// ("Leeds Kirkstall", "Amsterdam Centraal"), no person; a French firm's
// SIRET passes Luhn by design and is no card after its word.
func TestTownDistrictsAndSiretOfSession78(t *testing.T) {
	d := defaultDetector(t)
	wantPersons(t, d, []personWordCase{
		{"what time does the spin class start at the Leeds Kirkstall club on saturdays?", "", false},
		{"Mijn pas werkt niet bij de poortjes in Rotterdam Blaak. pasnummer 3300 7719 2846", "", false},
		{"soy Irene Sáez, socia de Madrid Chamberí", "Madrid Chamberí", false},
		// A person's name still.
		{"soy Irene Sáez, socia de Madrid Chamberí", "Irene Sáez", true},
		{"my name is Austin Zorvik", "Austin Zorvik", true},
	})
	wantFound(t, d, TypeCreditCard, []textValue{{"my diners card 38219476500014", "38219476500014"}},
		[]string{"garage partenaire : ZA des Portes, 38090 Villefontaine – SIRET 38219476500014", "SIRET n° 38219476500014", "SIRET nº 38219476500014"})
}

// TestTownDistrictAtTheEndOfSession78: the town and its district at
// the text's end, where the reader's last token is the text's.
func TestTownDistrictAtTheEndOfSession78(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, nil, []string{"Amsterdam Zuid", "club Amsterdam Zuid", "Tel Amsterdam Zuid:", "Leeds Kirkstall"})
	wantValue(t, d, "Customer: Emma Laurent (FR), club Amsterdam Zuid", TypeLocation, "Amsterdam Zuid")
}

// session78Seeds seed FuzzDetect with the sitting's new readers and
// their edges: texts cut right after the words they look for.
var session78Seeds = []string{
	"Ella no sabe usar el chat",
	"Ella",
	"Restock is expected in two weeks",
	"Re",
	"Mam's",
	"the account was opened by my assistant",
	"the marina wifi",
	"la mia email francesca.deluca@libero.it",
	"la mia",
	"¡Claro que sí, Sofía!",
	", Sofía",
	"naar jullie magazijn. Graag naar Oudegracht 114, 3511 AX Utrecht",
	"magazijn.",
	"67434 Neustadt an der Weinstraße",
	"67434 Neustadt an der",
	"67434 Neustadt an",
	"Calle Mayor 15, portal 2, 4ºA, 41001 Sevilla",
	"my name is jenny.",
	"my name is jenny",
	"Apologies Ciarán!",
	"Schmidt & Partner GmbH",
	"Leeds Kirkstall",
	"club Amsterdam Zuid",
	"SIRET 38219476500014",
	"15 Admiralty Way, Lekki Phase 1",
	"Lekki Phase",
	"SIRET n° 38219476500014",
	"n° 38219476500014",
	`Bryan "BJ" Jackson`,
	`Bryan "BJ" `,
	`Bryan "B`,
}

// TestDistrictPhaseOfSession78: a district's "Phase" and its number
// after its name stay in the address ("Lekki Phase 1, Lagos").
func TestDistrictPhaseOfSession78(t *testing.T) {
	wantFound(t, defaultDetector(t), TypeStreetAddress, []textValue{
		{"Sender: Adaeze Nwankwo, 15 Admiralty Way, Lekki Phase 1, Lagos. Receiver: Ifeoma Nwankwo", "15 Admiralty Way, Lekki Phase 1, Lagos"},
		{"address on file 14 Admiralty Way, Lekki Phase 1, Lagos 106104, asking to update", "14 Admiralty Way, Lekki Phase 1, Lagos 106104"},
	}, nil)
}

// TestQuotedNicknamesOfSession78: a nickname in double quotes between a
// given name and a surname is part of one name; a quoted phrase in lower
// case or a stop word after the quotes is not.
func TestQuotedNicknamesOfSession78(t *testing.T) {
	wantFound(t, defaultDetector(t), TypePerson, []textValue{
		{`Customer: its me again, Bryan "BJ" Jackson. any update on case DSP-781224?`, `Bryan "BJ" Jackson`},
		{`Customer: Magdalena "Magda" Wiśniewska, visiting from Poland`, `Magdalena "Magda" Wiśniewska`},
		{`it's me: Oluwaseun "Shay" Bakare, born December 1st, 1997`, `Oluwaseun "Shay" Bakare`},
		{`order for John "ASAP" Please send it`, "John"},
	}, nil)
}

// TestTravellersLabelsOfSession78: the travellers' and passengers'
// words that label a booking's list name no one; the names after them
// do.
func TestTravellersLabelsOfSession78(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"Reisende: Jürgen Weißhaupt (geb. 12.04.1967) und Svenja Krämer (geb. 30.01.1972).", "Reisende", false},
		{"Reisende: Jürgen Weißhaupt (geb. 12.04.1967) und Svenja Krämer (geb. 30.01.1972).", "Jürgen Weißhaupt", true},
		{"Viaggiatori: Lorenzo Vitale, Francesca De Simone, Giorgio Vitale 4 anni.", "Viaggiatori", false},
		{"Passagiere:\n1. Zorvan Kettler", "Passagiere", false},
	})
}

// TestTheBeforeNameInCapitalsOfSession78: a name after "the" in a text
// lowered from capitals or every word capitalised stays a name ("The
// Jensen Novel"); typed in lower case it is a noun.
func TestTheBeforeNameInCapitalsOfSession78(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"Unlike The Jensen Novel, It's Not About Necrophilia. What It Is About, I Suppose Is Anyone's Guess.", "Jensen", true},
		{"UNLIKE THE JENSEN NOVEL, IT'S NOT ABOUT NECROPHILIA. WHAT IT IS ABOUT, I SUPPOSE IS ANYONE'S GUESS.", "JENSEN", true},
		{"the marina wifi portal keeps kicking me off", "marina", false},
	})
}

// TestCompactBirthDatesOfSession78: eight digits after a birth word are
// a date of birth day first or month first too, not only year first;
// an impossible date is none.
func TestCompactBirthDatesOfSession78(t *testing.T) {
	wantFound(t, defaultDetector(t), TypeDateOfBirth, []textValue{
		{"nhs no.7624672138 dob 01011950 postcode ch41 6jh", "01011950"},
		{"date of birth 12031985", "12031985"},
		{"DOB: 19850312", "19850312"},
	}, []string{"born 13131985", "order 01011950"})
}
