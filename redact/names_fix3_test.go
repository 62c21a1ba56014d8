package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// greetingPersonScore returns the score of the PERSON finding over want in
// text, or 0.
func greetingPersonScore(text, want string) float64 {
	var got float64
	newSoftEntityRecognizer().Recognize(text, func(f Finding) {
		if f.Type == TypePerson && text[f.Start:f.End] == want {
			got = f.Score
		}
	})
	return got
}

// TestGreetingLowerKnownGiven checks that a given name the gazetteer knows,
// in lower case after a greeting and a verb of being, keeps the word
// after it as its surname whatever its ending ("-eiro", "-ista", "-ero",
// "-lich", "-eur", "-iere"), which names carry as often as the words that
// say what a speaker is.
func TestGreetingLowerKnownGiven(t *testing.T) {
	for text, want := range map[string]string{
		"Bom dia, sou o joao monteiro":   "joao monteiro",
		"Bom dia, sou o joao pinheiro":   "joao pinheiro",
		"Bom dia, sou o joao batista":    "joao batista",
		"Bom dia, sou a ana nogueira":    "ana nogueira",
		"Hola, soy luis guerrero":        "luis guerrero",
		"Hola, soy pedro cabrera":        "pedro cabrera",
		"Hola, soy jose cordero":         "jose cordero",
		"Ciao, sono luca battista":       "luca battista",
		"Ciao, sono giuseppe ferrero":    "giuseppe ferrero",
		"Guten Tag, anna ehrlich hier.":  "anna ehrlich",
		"Bonjour, je suis marie lesueur": "marie lesueur",
		"Bonjour, je suis anne riviere":  "anne riviere",
		"Hallo, ik ben pedro ferreira":   "pedro ferreira",
		"Hi, I'm brian whitlock":         "brian whitlock",
		"Ciao, sono giulia.":             "giulia",
	} {
		assert.InDelta(t, 0.85, greetingPersonScore(text, want), 0.001, text)
	}
}

// TestGreetingLowerOneUnknown checks that one word the gazetteer does not
// know, in lower case after a greeting and a verb of being, is too weak
// to report by default: it says what or how the speaker is ("soy
// vendedor", "je suis retraité", "ik ben huurder") as often as who. It
// is scored below the default threshold, so a lower one still sees it;
// a word for "here" right after it says a name more surely ("zorvik
// aqui"), but never after a word that says who the speaker is to the
// reader ("mama hier").
func TestGreetingLowerOneUnknown(t *testing.T) {
	var cases []softCase
	for _, text := range []string{
		"Hola, soy administrador", "Hola, soy vendedor", "Hola, soy alérgico", "Hola, soy celíaco", "Hola, soy autónomo",
		"Hola, soy socio", "Hola, soy traductora", "Ciao, sono architetto", "Ciao, sono allergico", "Ciao, sono mamma",
		"Bom dia, sou o responsável", "Bom dia, sou o morador", "Bom dia, sou o síndico", "Bom dia, sou o comprador",
		"Bonjour, je suis abonné", "Bonjour, je suis fatigué", "Bonjour, je suis retraité", "Bonjour, je suis déçu",
		"Bonjour, je suis inscrit", "Bonjour, je suis locataire", "Bonjour, je suis maman",
		"Hallo, ik ben eigenaar", "Hallo, ik ben huurder", "Hallo, ik ben werkloos", "Hallo, ik ben benieuwd",
		"Hallo, ik ben tevreden", "Hallo, ik ben gepensioneerd", "Hallo, ik ben verhuisd",
		"Hi, I'm zorvik",
	} {
		cases = append(cases, softCase{text: text, none: []string{"PERSON"}})
	}
	for _, text := range []string{"Hallo, anfänger hier", "Hallo, mama hier", "Ciao, mamma qui.", "Hola, mamá aquí", "Hi, mom here"} {
		cases = append(cases, softCase{text: text, none: []string{"PERSON"}, quiet: true})
	}
	checkSoftCases(t, cases)
	for _, c := range []struct {
		text, name string
		score      float64
	}{
		{"Hi, I'm zorvik", "zorvik", 0.35},
		{"Hi, I\u2019m zorvik", "zorvik", 0.35},
		{"Hello, I am zorvik.", "zorvik", 0.35},
		{"Hallo, ik ben zorvik", "zorvik", 0.35},
		{"Buongiorno, sono zorvik e ho un problema", "zorvik", 0.35},
		{"Buenos días, soy zorvik.", "zorvik", 0.35},
		{"Bom dia, sou o zorvik", "zorvik", 0.35},
		{"Oi, sou o zorvik", "zorvik", 0.35},
		{"Bonjour, je suis zorvik, j'ai un souci", "zorvik", 0.35},
		// Two unknown words read as a name and a surname.
		{"Ciao, sono zorvik tamblen.", "zorvik tamblen", 0.5},
		{"Hi, I'm tendai moyo.", "tendai moyo", 0.5},
		{"Hi, I'm ali hassan.", "ali hassan", 0.85},
		{"Hola, soy ella martinez.", "ella martinez", 0.85},
		{"Hola, soy vendedor", "vendedor", 0.35},
		{"Boa tarde, zorvik aqui", "zorvik", 0.5},
		{"Guten Tag, zorvik hier.", "zorvik", 0.5},
		{"Oi, sou oliveira", "oliveira", 0.5},
		{"Hola, soy zorvik garcia", "zorvik garcia", 0.5},
	} {
		assert.InDelta(t, c.score, greetingPersonScore(c.text, c.name), 0.001, c.text)
	}
}

// TestGreetingLowerListWins checks that a word of the languages' lists
// of what a speaker is, or of pronouns, says so after a verb of being
// even when the gazetteer also holds it as a given name ("ella", "nova",
// "ravi").
func TestGreetingLowerListWins(t *testing.T) {
	var cases []softCase
	for _, text := range []string{"Hola, soy ella.", "Bom dia, sou a nova", "Bonjour, je suis ravi.", "Bonjour, je suis ravie.", "Hallo, allen hier."} {
		cases = append(cases, softCase{text: text, none: []string{"PERSON"}, quiet: true})
	}
	checkSoftCases(t, cases)
}

// TestResortBeforeTeam checks that a resort's name after a greeting and
// before a word that follows an organisation ("team", "office") names a
// place's team, not a person, as any place's does; a title still makes
// it a person's.
func TestResortBeforeTeam(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Hello Tenerife team!", none: []string{"PERSON"}},
		{text: "Hi Capri team, thanks for the help", none: []string{"PERSON"}},
		{text: "Thanks Ibiza office", none: []string{"PERSON"}},
		{text: "Dr Bali will see you now", want: []string{"PERSON=Bali"}},
		{text: "My name is Capri", want: []string{"PERSON=Capri"}},
	})
}

// TestGreetingLowerGivenNamesWithTradeEndings checks given names whose
// endings are those of the words that say what a speaker is ("-dad",
// "-ero", "-ista", "-ção", "-ate"): the gazetteer knows them, so after a
// greeting and a verb of being they are names.
func TestGreetingLowerGivenNamesWithTradeEndings(t *testing.T) {
	for text, want := range map[string]string{
		"Hola, soy soledad":          "soledad",
		"Hola, soy lucero":           "lucero",
		"Hola, soy bautista":         "bautista",
		"Hola, soy xaviera":          "xaviera",
		"Boa tarde, sou a conceição": "conceição",
		"Hi, I'm renate":             "renate",
		"Hallo, ik ben renate":       "renate",
	} {
		assert.InDelta(t, 0.85, greetingPersonScore(text, want), 0.001, text)
	}
}
