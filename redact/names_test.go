package redact

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// softCase is one example for the soft-entity recognizer: the spans it must
// report, written as "TYPE=value", and what it must not report: a type
// ("PERSON", no finding of that type at all) or a span ("PERSON=Attn").
type softCase struct {
	text string
	want []string
	none []string
	// quiet: the none entries hold at every score, not only at the
	// default threshold (a fix that removes a weak finding).
	quiet bool
}

// softFound runs the combined recognizer and returns "TYPE=value" for each
// finding at or above the default threshold.
func softFound(text string) []string {
	return softFoundAt(text, DefaultThreshold)
}

// softFoundAt is softFound at another threshold.
func softFoundAt(text string, threshold float64) []string {
	var out []string
	newSoftEntityRecognizer().Recognize(text, func(f Finding) {
		if f.Score >= threshold {
			out = append(out, f.Type+"="+text[f.Start:f.End])
		}
	})
	return out
}

// checkSoftCases runs a table of softCases.
func checkSoftCases(t *testing.T, cases []softCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got := softFound(c.text)
			for _, w := range c.want {
				assert.Contains(t, got, w)
			}
			all := got
			if c.quiet {
				all = softFoundAt(c.text, 0)
			}
			for _, no := range c.none {
				for _, g := range all {
					if strings.Contains(no, "=") {
						assert.NotEqual(t, no, g, "unexpected %s", g)
					} else {
						assert.False(t, strings.HasPrefix(g, no+"="), "unexpected %s", g)
					}
				}
			}
		})
	}
}

// TestPersonNames checks names found from cues, gazetteers and
// capitalisation, and capitalised words that are not names.
func TestPersonNames(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Hi, my name is Daniel Johnson and I can't log in.", want: []string{"PERSON=Daniel Johnson"}},
		{text: "Thanks Mohammed Müller, that solved it!", want: []string{"PERSON=Mohammed Müller"}, none: []string{"LOCATION"}},
		{text: "Hello, this is Olga O'Brien. My email is below.", want: []string{"PERSON=Olga O'Brien"}},
		{text: "Ticket 42: customer Carlos J. Johnson reports double billing.", want: []string{"PERSON=Carlos J. Johnson"}},
		{text: "Hola, soy Sarah V. da Silva, mi correo es abc.", want: []string{"PERSON=Sarah V. da Silva"}},
		{text: "Guten Tag, Elizabeth Anderson hier. Telefon folgt.", want: []string{"PERSON=Elizabeth Anderson"}},
		{text: "Bonjour, je m'appelle Hiroshi Nowak, j'habite ici.", want: []string{"PERSON=Hiroshi Nowak"}},
		{text: "Ich heiße Jürgen Schäfer.", want: []string{"PERSON=Jürgen Schäfer"}},
		{text: "Mi chiamo Giulia Rossi.", want: []string{"PERSON=Giulia Rossi"}},
		{text: "Please wire the refund (account holder Niamh Bianchi).", want: []string{"PERSON=Niamh Bianchi"}},
		{text: "Agent Michael Rossi: I've escalated the case.", want: []string{"PERSON=Michael Rossi"}, none: []string{"TITLE"}},
		{text: "DOB: 28/10/1988 | Name: Ethan Petrova | Phone: 555", want: []string{"PERSON=Ethan Petrova"}},
		{text: "Patricia Hernandez here, you can text me.", want: []string{"PERSON=Patricia Hernandez"}},
		{text: "My colleague Anna said the key leaked.", want: []string{"PERSON=Anna"}},
		{text: "Anna's order never arrived.", want: []string{"PERSON=Anna"}},
		{text: "Dear Mr. Smith, thank you.", want: []string{"TITLE=Mr.", "PERSON=Smith"}},
		{text: "Will Smith called yesterday.", want: []string{"PERSON=Will Smith"}},
		// Not names.
		{text: "Thanks, that fixed it!", none: []string{"PERSON"}},
		{text: "Customer: Hi, can you help? Agent: Sure.", none: []string{"PERSON"}},
		{text: "Will you ship it on Monday in March?", none: []string{"PERSON"}},
		{text: "I use Firefox and Slack on Windows.", none: []string{"PERSON"}},
		{text: "Screenshot attached. Debug mode is on.", none: []string{"PERSON"}},
		{text: "Here is my AWS secret Abcd+Efgh/Ijkl+Mnop (key id AKIA).", none: []string{"PERSON"}},
		{text: "export GITHUB_TOKEN=ghs_Abcdef", none: []string{"PERSON"}},
		{text: "May I ask a question?", none: []string{"PERSON"}},
		{text: "The IBAN is DE44 5001 0517 5407 3249 31.", none: []string{"PERSON"}},
		{text: "Is Netflix included in the Premium Plan?", none: []string{"PERSON"}},
		{text: "I bought AirPods and a Kindle at Starbucks.", none: []string{"PERSON"}},
		{text: "Guten Tag, ich habe eine Frage zur Rechnung.", none: []string{"PERSON"}},
		{text: "i will mark the order as paid and grace period ends may 3", none: []string{"PERSON"}},
		{text: "The founders: Anna, Maria and Jodi.", none: []string{"ORGANIZATION"}},
	})
}

// TestOtherSoftTypes checks organisations, NRP, ages, places, job titles
// and postcodes.
func TestOtherSoftTypes(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "I work for Globex Corporation as an engineer.", want: []string{"ORGANIZATION=Globex Corporation"}},
		{text: "She joined Initech last year.", want: []string{"ORGANIZATION=Initech"}},
		{text: "Acme GmbH sent the invoice.", want: []string{"ORGANIZATION=Acme GmbH"}},
		{text: "I am Canadian but I live in Berlin.", want: []string{"NRP=Canadian", "LOCATION=Berlin"}},
		{text: "We are proud Catholics.", want: []string{"NRP=Catholics"}},
		{text: "He just turned 42 years old.", want: []string{"AGE=42"}},
		{text: "Patient is a 67-year-old male.", want: []string{"AGE=67"}},
		{text: "I'm 29 y/o.", want: []string{"AGE=29"}},
		{text: "My father retired at the age of 65.", want: []string{"AGE=65"}},
		{text: "I will be travelling to Japan next week.", want: []string{"LOCATION=Japan"}},
		{text: "She moved here from Ouagadougou.", want: []string{"LOCATION=Ouagadougou"}},
		{text: "Anna Berg\nSenior data analyst\nGlobex", want: []string{"TITLE=Senior data analyst"}},
		{text: "My zip code is 94103.", want: []string{"ZIP_CODE=94103"}},
		{text: "We switched to Baker, Lewis and Morgan for the audit.", want: []string{"ORGANIZATION=Baker, Lewis and Morgan"}},
		{text: "The contract went to Hughes-Patel last spring.", want: []string{"ORGANIZATION=Hughes-Patel"}},
		{text: "The Greek coast guard answered.", want: []string{"NRP=Greek"}},
		{text: "The Nordvik Orchestra plays tonight.", want: []string{"ORGANIZATION=Nordvik"}},
		{text: "please call back sarah johnson tomorrow", want: []string{"PERSON=sarah johnson"}},
		// Not ages, places or organisations.
		{text: "I waited 42 minutes for 3 years of updates.", none: []string{"AGE"}},
		{text: "Version 2.4 was released.", none: []string{"AGE", "ORGANIZATION", "LOCATION"}},
		// A line that ends in a job noun but says something of someone is
		// a sentence, not a title on a line of its own.
		{text: "My sister is an actress", none: []string{"TITLE"}},
		{text: "Hello\nI am a nurse\nThanks", none: []string{"TITLE"}},
		{text: "Ich bin Ingenieur", none: []string{"TITLE"}},
		{text: "Mon frère est ingénieur", none: []string{"TITLE"}},
		{text: "Ik ben verpleegkundige", none: []string{"TITLE"}},
		{text: "Mio fratello è ingegnere", none: []string{"TITLE"}},
		{text: "Ele é engenheiro", none: []string{"TITLE"}},
		// A job's noun in lower case after a bare "the" is as often a
		// thing of the support chat; after a comma that sets it after a
		// name, or after "as a", it is a job.
		{text: "the problem is the driver", none: []string{"TITLE"}},
		{text: "Agent: 10.0.0.1 is the host", none: []string{"TITLE"}},
		{text: "I think the culprit is the printer", none: []string{"TITLE"}},
		{text: "the bottleneck is the scheduler", none: []string{"TITLE"}},
		{text: "Zorvik Tamblen, the packager, said hi", want: []string{"TITLE=packager"}},
		{text: "I work as a driver", want: []string{"TITLE=driver"}},
		{text: "Mon frère était ingénieur", none: []string{"TITLE"}},
		{text: "Zorvik Tamblen\nIS Manager", want: []string{"TITLE=IS Manager"}},
		{text: "War correspondent", want: []string{"TITLE=War correspondent"}},
		{text: "Hello\nSenior software engineer\nThanks", want: []string{"TITLE=Senior software engineer"}},
	})
}

// TestRecognizerTypes checks what each constructor reports.
func TestRecognizerTypes(t *testing.T) {
	assert.Equal(t, []string{TypePerson, TypeOrganization, TypeTitle, TypeNRP, TypeAge}, newNameRecognizer().Types())
	assert.Equal(t, []string{TypeLocation, TypeStreetAddress, TypeZipCode}, newAddressRecognizer().Types())
	assert.Len(t, newSoftEntityRecognizer().Types(), 8)
	// The name recognizer does not report the address, and does not take
	// its street for a person either.
	text := "Ship to 146 Victor Hugo Street, Manchester M15 9NC please."
	var got []string
	newNameRecognizer().Recognize(text, func(f Finding) { got = append(got, f.Type) })
	assert.Empty(t, got)
	newAddressRecognizer().Recognize(text, func(f Finding) { got = append(got, f.Type+"="+text[f.Start:f.End]) })
	assert.Equal(t, []string{"STREET_ADDRESS=146 Victor Hugo Street, Manchester M15 9NC"}, got)
}

// TestSoftSpansValid checks offsets on awkward inputs: invalid UTF-8,
// combining marks, typographic apostrophes, empty and one-byte texts.
func TestSoftSpansValid(t *testing.T) {
	inputs := []string{
		"", "A", "\xff", "Dear \xffAnna\xfe Smith", "Thanks José\u0301 Núñez!", "Zoë O’Brien’s cat",
		"123 Main St\xff, Springfield, IL 62704", strings.Repeat("Anna ", 1000), "\u00a0Anna\u2003Smith\u2028Berlin",
	}
	r := newSoftEntityRecognizer()
	for _, in := range inputs {
		t.Run(fmt.Sprintf("%q", in), func(t *testing.T) {
			r.Recognize(in, func(f Finding) {
				require.True(t, 0 <= f.Start && f.Start < f.End && f.End <= len(in), "span %d-%d", f.Start, f.End)
				assert.True(t, runeBoundary(in, f.Start))
				assert.True(t, runeBoundary(in, f.End))
			})
		})
	}
}

// TestSoftLinear checks that a long run of capitalised words costs about
// as much per byte as a short one: no step looks back or ahead without
// bound.
func TestSoftLinear(t *testing.T) {
	r := newSoftEntityRecognizer()
	count := func(n int) int {
		text := strings.Repeat("Anna Maria Berlin Main Street Acme Corp Mr Smith 12 ", n)
		c := 0
		r.Recognize(text, func(Finding) { c++ })
		return c
	}
	small, large := count(100), count(10000)
	assert.InDelta(t, 100*small, large, float64(small), "findings grow with the text")
}

// runeBoundary reports whether offset i falls between two runes as
// ranging over text decodes them (an invalid byte is a rune of its own).
func runeBoundary(text string, i int) bool {
	if i == len(text) {
		return true
	}
	for k := range text {
		if k == i {
			return true
		}
		if k > i {
			break
		}
	}
	return false
}

// TestSoftLongText checks that findings keep their offsets when a long
// text is scanned in chunks.
func TestSoftLongText(t *testing.T) {
	filler := strings.Repeat("nothing to see here, just words and more words\n", 3000)
	text := filler + "Ship to 8940 Washington St, Springfield, IL 12073 please, Anna Berg.\n" + filler
	var got []string
	newSoftEntityRecognizer().Recognize(text, func(f Finding) {
		require.True(t, runeBoundary(text, f.Start) && runeBoundary(text, f.End))
		got = append(got, f.Type+"="+text[f.Start:f.End])
	})
	assert.Equal(t, []string{"STREET_ADDRESS=8940 Washington St, Springfield, IL 12073", "PERSON=Anna Berg"}, got)
}

// FuzzNames checks that findings stay inside the text, on rune
// boundaries, with a score in (0, 1], whatever the bytes.
func FuzzNames(f *testing.F) {
	for _, s := range []string{
		"Hi, my name is Daniel Johnson.", "Ship it to 8940 Washington St, Springfield, IL 12073 please.",
		"Hauptstraße 24, 47191 Hamburg", "PO Box 82843, Columbus", "Dear Mr. Smith", "\xffA\xfe B",
		"Name: MR.", "Name: MR. 42", "Cardholder: MRS.", "Santo B", "Ste M. thanks",
	} {
		f.Add(s)
	}
	for _, s := range probeSeeds() {
		f.Add(s)
	}
	for _, s := range shoutedSeeds {
		f.Add(s)
	}
	r := newSoftEntityRecognizer()
	f.Fuzz(func(t *testing.T, text string) {
		r.Recognize(text, func(fd Finding) {
			if fd.Start < 0 || fd.End > len(text) || fd.Start >= fd.End {
				t.Fatalf("span %d-%d out of bounds for %d bytes", fd.Start, fd.End, len(text))
			}
			if !runeBoundary(text, fd.Start) || !runeBoundary(text, fd.End) {
				t.Fatalf("span %d-%d not on rune boundaries", fd.Start, fd.End)
			}
			if fd.Score <= 0 || fd.Score > 1 {
				t.Fatalf("score %v out of range", fd.Score)
			}
		})
	})
}

// TestGazetteerCuesOnce: no cue phrase is held twice for its last word,
// however often the lists name it.
func TestGazetteerCuesOnce(t *testing.T) {
	g := theGazetteer()
	n := 0
	for last, cs := range g.cues {
		for i := range cs {
			for j := range i {
				if cs[i].kind == cs[j].kind && slices.Equal(cs[i].prev, cs[j].prev) {
					t.Errorf("cue %q before %q held twice", strings.Join(cs[i].prev, " "), last)
				}
			}
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d cues: the lists were not read?", n)
	}
}

// TestPlainOnlyAccented checks surnames written with diacritics that fold
// to a word the lists hold only in plain spelling ("Bašić", "basic"):
// they are words the gazetteer does not know, as "Jílek" is.
func TestPlainOnlyAccented(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Regards, Jan Jílek", want: []string{"PERSON=Jan Jílek"}},
		{text: "Regards, Jan Bašić", want: []string{"PERSON=Jan Bašić"}},
		{text: "Jan Bašić hat angerufen.", want: []string{"PERSON=Jan Bašić"}},
		{text: "June Bašić called.", want: []string{"PERSON=June Bašić"}},
	})
}

// TestShortGerunds checks the five-letter words in "-ing": before a colon
// they are verbs and labels far more often than names ("Using:",
// "Going:"), so no speaker; gerundShape reads them as speakerMark does.
func TestShortGerunds(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Using: Chrome on Windows 11", none: []string{"PERSON"}},
		{text: "Going: tomorrow at noon", none: []string{"PERSON"}},
		{text: "Doing: fine thanks", none: []string{"PERSON"}},
		{text: "Lying: nobody", none: []string{"PERSON"}},
		{text: "Bring: your receipt", none: []string{"PERSON"}},
	})
	for w, want := range map[string]bool{"Using": true, "Bring": true, "Getting": true, "King": false, "Sing": false, "ing": false} {
		assert.Equal(t, want, gerundShape(w), w)
	}
}

// TestLabelHeadsBeforeColon checks compounds that end in a label's noun
// before a colon at the start of a line: field labels (labelWord), not
// speakers, down to a stem of two letters.
func TestLabelHeadsBeforeColon(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "Kundennummer: bitte prüfen", none: []string{"PERSON"}},
		{text: "Kdnummer: bitte prüfen", none: []string{"PERSON"}},
		{text: "Ordernumber: see below", none: []string{"PERSON"}},
		{text: "Abnumber: see below", none: []string{"PERSON"}},
		{text: "KUNDENNUMMER: bitte prüfen", none: []string{"PERSON"}},
	})
}
