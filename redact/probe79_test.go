package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCodeThatFailedOfSession79: a bare "code" before four to eight
// digits that failed ("didnt work", "doesn't work", "never came") is a
// one-time or a door's code; a qualified code that failed ("error code",
// "promo code") and a year stay no secret.
func TestCodeThatFailedOfSession79(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"code 448120 didnt work either":                     {"448120"},
		"code 482913 never came, can you resend":            {"482913"},
		"keypad code 258014 doesn't work and the key is in": {"258014"},
		"code 5521 isn't accepted":                          {"5521"},
		"promo code 482913 didn't work":                     nil,
		"the error code 500123 keeps coming up":             nil,
		"The code 2024 didn't work":                         nil,
		"code 448120 was in the newsletter":                 nil,
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypePassword), text)
	}
}

// TestGivenNamesAndSurnamesOfSession79: common given names and surnames
// of the Nordic and Baltic countries, the Low Countries, France, Latin
// America, Central Europe, Turkey, the Arab world and Africa, and of
// Québec and South Africa, are names; the words left out of the lists
// ("ole" of Finnish, "irja" of Hungarian, Welsh "maes") are not.
func TestGivenNamesAndSurnamesOfSession79(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"Agent: Hej Ylva, tack för ditt meddelande.", "Ylva", true},
		{"Agent: Perfecto Facundo, el reintegro ya salió.", "Facundo", true},
		{"Bonjour, c'est la maman de Timéo. Il peut rester jusqu'à 18h30 ?", "Timéo", true},
		{"Merhaba, ben Derya, size yardımcı olacağım.", "Derya", true},
		{"the HR import chokes on row 14: \"Gagnon, Maxime\",530 897 503", "Gagnon, Maxime", true},
		{"carers: plse note new access for the Mthembu house", "Mthembu", true},
		// Words of a chat language.
		{"user> paketti ei ole vieläkään tullut, mitä teen?", "", false},
		{"a jelszavam nem jó, azt irja hibas", "", false},
		{"name dafydd hughes, address maes glas, newport", "maes glas", false},
	})
}

// TestNameBeforeItsOwnAddressOfSession79: a name in lower case right
// before an e-mail address made of its words ends before the address;
// words before an address of other words stay no name.
func TestNameBeforeItsOwnAddressOfSession79(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"marie diallo"}, valuesOf(t, d, "commande 88 412 77 — marie diallo marie.diallo@laposte.net", TypePerson))
	assert.Equal(t, []string{"kevin o'brien"}, valuesOf(t, d, "kevin o'brien kevin.m.obrien@protonmail.com (617) 555 0142", TypePerson))
	assert.Empty(t, valuesOf(t, d, "e mandarla alla mia PEC elena.marchetti@pec.it grazie", TypePerson))
}

// TestSlashSignAfterAnyWordOfSession79: a slash, a space before it,
// glued to a given name the lists know that ends the message signs it
// after any word, not only after a sentence's end or a number; a place's
// name, or words that go on, do not.
func TestSlashSignAfterAnyWordOfSession79(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"afsender var refund-dk@skat-retur.com /Bente Zorvik", "Bente Zorvik", true},
		{"ring mig om ni behöver nåt mer /Anna Tamblen", "Anna Tamblen", true},
		{"the office moved to x /Paris", "", false},
		{"see the folder /Anna and the rest of it", "", false},
	})
}

// TestSpelledAddressJoinsOfSession79: an address read out joins its
// labels with the words for '_' and '-' as with the dot words, keeps a
// number said apart at its local part's end, and takes a label spelled
// letter by letter whole; a number alone before "at" stays as it was,
// and "dot" is no label of letters.
func TestSpelledAddressJoinsOfSession79(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"its zorvik underscore tamblen at hotmail dot com":                           {"zorvik underscore tamblen at hotmail dot com"},
		"mon adresse mail c'est ilva point dorsk tiret mare arobase orange point fr": {"ilva point dorsk tiret mare arobase orange point fr"},
		"Caller: its j dot tamblen 82 at outlook dot com and thats spelled":          {"j dot tamblen 82 at outlook dot com"},
		"sure its j a y e s h underscore p at outlook dot com":                       {"j a y e s h underscore p at outlook dot com"},
		"the email is m dot k o w a l s k i at proton dot me and it's k":             {"m dot k o w a l s k i at proton dot me"},
		"my whatsapp is zorvik dot tamblen dot 88 at gmail dot com":                  {"zorvik dot tamblen dot 88 at gmail dot com"},
		"look at example dot com for the docs":                                       nil,
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypeEmailAddress), text)
	}
}

// TestHereWordsOfSession79: the words for "here" of Finnish, Estonian,
// Polish, Czech and the Serbo-Croatian chats confirm the name before
// them as "here" does; the Swedish "här" and the Latvian "šeit", which
// fold as "har" and "seit", are left out ("Vi har ...", "Fehler seit").
func TestHereWordsOfSession79(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"zorvik tamblen tutaj, tel 600 100 200", "zorvik tamblen", true},
		{"Customer: zorvik tamblen täällä, soita", "zorvik tamblen", true},
		{"zorvik tamblen siin, helistage", "zorvik tamblen", true},
		{"Zorvik ovdje, mob +385 91 462 7731", "Zorvik", true},
		{"Agent: Vi har sendt et nytt kort til adressen.", "", false},
		{"Kann das bitte jemand prüfen? Fehler seit 02.04.", "", false},
	})
}

// session79Seeds are FuzzDetect's seeds for the readers session 79
// changed: a failed code, names the lists learnt, an address after its
// owner's name, a slash's sign, spelled addresses, "here" words.
var session79Seeds = []string{
	"code 448120 didnt work either",
	"code 4",
	"Agent: Hej Ylva, tack",
	"— fatou diallo fatou.diallo@laposte.net",
	"marie diallo marie.",
	"afsender var refund-dk@skat-retur.com /Bente Vestergaard",
	" /Bente",
	"its beatriz underscore lima at hotmail dot com",
	"j a y e s h underscore p at outlook dot com",
	"m dot k o w a l s k i at",
	"j dot whitfield 82 at outlook dot com",
	"a b c",
	"zorvik tamblen tutaj, tel",
}

// TestTurkishSpeakersAndCommonWordsOfSession79: Turkish chats' speakers
// ("Müşteri:", "Temsilci:") and the words "Probate", "Proof" and a
// visa's "Sponsor" before the name name no one; the name after them
// still is one.
func TestTurkishSpeakersAndCommonWordsOfSession79(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"Müşteri: kartım çalındı!!! hemen bloke koyun", "", false},
		{"Temsilci: Sayın Zorvik Tamblen, talebiniz kaydedilmiştir.", "Temsilci", false},
		{"Temsilci: Sayın Zorvik Tamblen, talebiniz kaydedilmiştir.", "Zorvik Tamblen", true},
		{"Probate application filed in Halifax, court file no. 521334", "", false},
		{"Proof of address is a utility bill for 2217 Maple Ave", "", false},
		{"Sponsor: Zorvik Tamblen, 3480 rue Saint-Denis", "Zorvik Tamblen", true},
		{"Sponsor: Zorvik Tamblen, 3480 rue Saint-Denis", "Sponsor", false},
	})
}

// TestWalletsAndShopsOfSession79: wallets, shops, insurers and banks the
// chats name ("her GCash is", "polisnummer bij Zilveren Kruis") are no
// names, and no firm's finding either; the name beside them still is.
func TestWalletsAndShopsOfSession79(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"name Marites Zorvik, her GCash is +63 927 418 6650. thanks", "Marites Zorvik"},
		{"mijn polisnummer bij Zilveren Kruis is 184327561", ""},
		{"Pls refund to GTBank 0127364817 acct name Aisha Tamblen.", "Aisha Tamblen"},
		{"ins is Humana ID H41928377", ""},
	} {
		got := valuesOf(t, d, c.text, TypePerson)
		if c.name == "" {
			assert.Empty(t, got, c.text)
		} else {
			assert.Equal(t, []string{c.name}, got, c.text)
		}
		assert.Empty(t, valuesOf(t, d, c.text, TypeOrganization), c.text)
	}
}

// TestCorrectedBirthDatesOfSession79: a date of birth put right after
// "sino", "sondern", "ma è", or after words that say the first is wrong
// and where ("is wrong on system, should be"); a date after an unrelated
// clause stays no birth date.
func TestCorrectedBirthDatesOfSession79(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"Customer: my dob 1 Jan 1970 is wrong on system, should be 10 Jan 1970":       {"1 Jan 1970", "10 Jan 1970"},
		"Quiero rectificar mi fecha de nacimiento: no es 02/05/1990 sino 05/02/1990.": {"02/05/1990", "05/02/1990"},
		"data di nascita: ho messo 12/08/1985 ma è 21/08/1985.":                       {"12/08/1985", "21/08/1985"},
		"my dob 1 Jan 1970, the order was placed on 10 Jan 2024":                      {"1 Jan 1970"},
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypeDateOfBirth), text)
	}
}

// TestNicknamesInQuotesAndBracketsOfSession79: a nickname in single
// quotes or in brackets between a given name and a surname joins them
// into one name, as one in double quotes did; a common word in brackets
// is an aside, no nickname.
func TestNicknamesInQuotesAndBracketsOfSession79(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"My uncle Anthony 'Tony' Tamblen was in a nursing home": {"Anthony 'Tony' Tamblen"},
		"The late Michael (Mick) Tamblen died on Sunday":        {"Michael (Mick) Tamblen"},
		"Tenant 1: Patrick 'Paddy' Zorvik, +353 86 402 7719":    {"Patrick 'Paddy' Zorvik"},
		"ask Anna (Sales) Team about it":                        {"Anna"},
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestImperativeRufOfSession79: the German imperative "ruf" is a phone's
// word, as "rufen" and "anrufen" were, and confirms a number written with
// a slash ("Ruf mich bitte an: 0176 / 227 31 08"); a part number after
// "-beläge" stays none.
func TestImperativeRufOfSession79(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"Customer: Ruf mich bitte an: 0176 / 227 31 08":                                     {"0176 / 227 31 08"},
		"Ruf mi bitte zruck unter 0664 / 381 22 07, Danke":                                  {"0664 / 381 22 07"},
		"Bremsscheiben und -beläge VA erneuert (Teilenr. 34 11 6 860 907, 34 11 6 850 568)": nil,
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypePhoneNumber), text)
	}
}

// TestFrenchYesterdayOfSession79: French "hier" (yesterday) after a noun's
// group opened by a possessive or an article confirms no name, as the
// German and Dutch "hier" (here) after a name does.
func TestFrenchYesterdayOfSession79(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"pis j'ai changé mon mot de passe hier", "", false},
		{"ma voiture a été enlevée par la fourrière hier soir", "", false},
		{"Jan Tamblen hier, ik bel over mijn factuur", "Jan Tamblen", true},
		{"Zorvik Tamblen hier, ich rufe wegen der Rechnung an", "Zorvik Tamblen", true},
	})
}

// TestGermanArticlesInRunsOfSession79: "den" and "dem" join a name only
// after a particle ("van den Berg"), Portuguese "das" after a given name
// ("Maria das Graças"); alone between other words they are German
// articles and end the run.
func TestGermanArticlesInRunsOfSession79(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"Customer: Funktioniert das Ladegerät auch in der Schweiz (Typ J)?", "", false},
		{"Übernimmt meine Krankenkasse den Erste-Hilfe-Kurs für den Führerschein?", "", false},
		{"Mijn naam is Eva van den Tamblen, klantnummer 4471", "Eva van den Tamblen", true},
		{"Meu nome é Maria das Graças Tamblen, CPF abaixo", "Maria das Graças Tamblen", true},
	})
}
