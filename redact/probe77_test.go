package redact

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// personWordCase is a text and a word of it that the detector must or must
// not report as a PERSON; an empty word stands for any person.
type personWordCase struct {
	text, word string
	person     bool
}

// wantPersons checks each case of cs against d.
func wantPersons(t *testing.T, d *Engine, cs []personWordCase) {
	t.Helper()
	for _, c := range cs {
		got := valuesOf(t, d, c.text, TypePerson)
		found := len(got) > 0
		if c.word != "" {
			found = slices.Contains(got, c.word)
		}
		assert.Equal(t, c.person, found, "%q: %q a person (found %q)", c.text, c.word, got)
	}
}

// TestNameThatEndsTheTextOfSession77: a capitalised word that no list
// knows, alone after a comma or the end of a sentence at the end of a
// message, signs it (endSignAt); a town after a name, a street or a
// house's number, a word asked or exclaimed, thanks, a long noun and a
// code's shape do not.
func TestNameThatEndsTheTextOfSession77(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"claim for my husband, my no. 013-884 2716, Zorvika", "Zorvika", true},
		{"imi trimiteti factura pe mail? multumesc, Ilvane", "Ilvane", true},
		{"er werd €20 geblokkeerd ipv €4. wanneer komt dat terug?? Tamblo", "Tamblo", true},
		{"the icing melted. order CK-7714. not happy. Marrek", "Marrek", true},
		{"stari broj 095 817 2230, novi 099 4418 052. Ostalo isto. Lp, Vesnara", "Vesnara", true},
		{"Moj broj je +381 63 8841 207, Zorvika.", "Zorvika", true},
		// Not a signature.
		{"please send it to Jelena Vujović, Podgoricka", "Podgoricka", false},
		{"she lives at #14 Soldier Road East, Zorvikton", "Zorvikton", false},
		{"anwani yangu ni S.L.P 2043, Moshira", "Moshira", false},
		{"got an email asking for my code, I typed it in. Scamma?", "Scamma", false},
		{"thanks for sorting the refund so fast. Diolch", "Diolch", false},
		{"Die Schufa-Auskunft hängt an. Rechnungsbetrag", "Rechnungsbetrag", false},
		{"Branch hours 10:00 AM - 3:00 PM, Sun-Fri", "Sun-Fri", false},
		{"Geburtsdatum war falsch: 19.07.1991 nicht 17.09.1991, Zahlendreh", "Zahlendreh", false},
		{"It came three weeks late and broken. Unacceptable", "Unacceptable", false},
		{"Zorvika", "Zorvika", false},
		{"We have three plans: Basic, Pro, Zorvix", "Zorvix", false},
		{"Заказ собран и передан курьеру. Готов", "Готов", false},
	})
}

// TestNameWasAndBracketsOfSession77: "name was" cues a name as "name
// is" does, and a person's noun cues the name in brackets after it; a
// speaker's department, a remark and a title's place in brackets are
// no names.
func TestNameWasAndBracketsOfSession77(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"how do i stop calls going to her? her name was Zorvika Tamblen", "Zorvika Tamblen", true},
		{"grandma (Pat Henshaw) is picking up teddy today", "Pat Henshaw", true},
		{"my neighbour (Zorvik Tamblen) has a key", "Zorvik Tamblen", true},
		{"Mum's mobile 07723 418906, Dad (Tom) 07841 552310.", "Tom", true},
		{"my name was spelt wrong on the letter", "", false},
		{"Kunde (Lohnbuchhaltung): bitte hinterlegen", "Lohnbuchhaltung", false},
		{"Agent (Kilbride & Moran): the Folio is ready", "Kilbride", false},
		{"für meine Mutter (Besuch 3 Monate): ich bin es", "Besuch", false},
		{"Best wishes\nNatalie Burrows\nFoster Carer (Northmere)\nM: +44 7723 118402", "Northmere", false},
	})
}

// TestLabelsAndAddressShapesOfSession77: a name in lower case after a
// name's label in a capitalised text; a Canadian flat's number after
// '#' and before the civic number, a Glasgow flat's storey and door
// before the street, and a Spanish floor glued to its side, each read
// into the address.
func TestLabelsAndAddressShapesOfSession77(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"card 5529 5983 1252 1945, name on card oliver grant, billing 88 Elm St", TypePerson, "oliver grant"},
		{"Name: oliver grant. I live in Portland", TypePerson, "oliver grant"},
		{"Wei Chen, #1208-1155 Seymour St, Vancouver BC V6B 0C6", TypeStreetAddress, "#1208-1155 Seymour St, Vancouver BC V6B 0C6"},
		{"new one needs to go to 2/1, 58 Hyndland Road, Glasgow G12 9UP not the old flat", TypeStreetAddress, "2/1, 58 Hyndland Road, Glasgow G12 9UP"},
		{"Name's Tomasz, flat 2/1, 33 Gibson Street, Glasgow G12 8NU, email me", TypeStreetAddress, "flat 2/1, 33 Gibson Street, Glasgow G12 8NU"},
		{"vivo en Calle Mayor 12, 2ºdcha, 28013 Madrid", TypeStreetAddress, "Calle Mayor 12, 2ºdcha, 28013 Madrid"},
		// No name after the label; a ticket's number after '#'; a card
		// with masked groups.
		{"Name: not sure what you mean. I live in Portland", TypePerson, ""},
		{"ticket #1208-1155 was closed", TypeStreetAddress, ""},
		{"card 5696 79XX XXXX 2138", TypeStreetAddress, ""},
		{"Hey, I got charged ₹49, card 4111 11xx xxxx 1111", TypeStreetAddress, ""},
	} {
		wantValue(t, d, c.text, c.typ, c.want, "%q", c.text)
	}
}

// TestRidersAndKinOfSession77: a delivery app's rider, a Nordic kin's
// noun or the Dutch teacher's "Juf" before a name ("Rider Imran
// called", "Morfar Bengt"), the noun no part of the name and no name
// alone.
func TestRidersAndKinOfSession77(t *testing.T) {
	wantPersons(t, defaultDetector(t), []personWordCase{
		{"Rider Zorvik called from +91 88792 11034 and said he cant find the building", "Zorvik", true},
		{"rider Jahid bhai amake 40 min wait koraise", "Jahid", true},
		{"Rider asked me to cancel the order and pay him directly. Not doing that.", "", false},
		{"entregador parceiro aqui, placa da moto FJT4E21", "", false},
		{"Morfar Bengt hämtar idag", "Bengt", true},
		{"Morfar Bengt hämtar idag", "Morfar Bengt", false},
		{"Personnummer till Ella och till lillebror Zorvik", "Zorvik", true},
		{"Yes, our Noord location is bilingual. Juf Fleur speaks English.", "Fleur", true},
		{"Liebe Eltern, am 15.11. ist die Kita geschlossen.", "", false},
	})
}

// TestHinglishAndPastVerbsOfSession77: "naam" cues a name (Hindi's and
// Dutch's "name"), Hindi's function words and a past in "-ed" before
// an object end a name typed in lower case; a surname in "-eed" stays.
func TestHinglishAndPastVerbsOfSession77(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"rider ka naam suresh tha, bahut rude tha", "suresh"},
		{"bhaiya mera naam rahul yadav hai, gali no 5, makan 221", "rahul yadav"},
		{"my wife neha placed the order from her phone", "neha"},
		{"rider emeka collected the money but didnt deliver", "emeka"},
		{"this is ali waheed the account holder", "ali waheed"},
		{"naam: wout peeters\ngeboortedatum 12/03/1990", "wout peeters"},
	} {
		wantValue(t, d, c.text, TypePerson, c.want, "%q", c.text)
	}
}

// TestCodesAndUserNamesOfSession77: a user name of lower-case letters
// alone after "username" with no colon when a mark ends it, not a word
// that says how the name is; a domain's transfer code after its word a
// secret, not a receipt's "AUTH CODE"; a UPI transfer's reference after
// "UTR" no card, a UK taxpayer's reference after it still one.
func TestCodesAndUserNamesOfSession77(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"login to cpanel fails, username lindajohn, server is s214.brightnode.net:2083", TypeUsername, "lindajohn"},
		{"please delete my account, username aikotan, phone +81 90-4418-2736", TypeUsername, "aikotan"},
		{"the username changed.", TypeUsername, ""},
		{"username taken, sorry", TypeUsername, ""},
		{"enter your username first.", TypeUsername, ""},
		{"Kod authinfo do domeny: pR4!zx9Lm2Kq  -- dostałam mailem", TypePassword, "pR4!zx9Lm2Kq"},
		{"the EPP code is Xq7#pL2!vR9z, please confirm the transfer", TypePassword, "Xq7#pL2!vR9z"},
		{"AUTH CODE: 036932 APPROVED", TypePassword, ""},
		{"payment deducted twice!! UTR 412938475610 and 412938475633", TypeCreditCard, ""},
		{"UTR is 6891412261 and NI number JT 48 29 17 C", "UK_UTR", "6891412261"},
	} {
		wantValue(t, d, c.text, c.typ, c.want, "%q", c.text)
	}
}

// session77Seeds seed FuzzDetect with the sitting's new readers and
// their edges: a name ending the text after marks, a bracket before a
// name, a label's colon, the address shapes, a masked card, the codes.
var session77Seeds = []string{
	"my no. 013-884 2716, Norhayati",
	"wanneer komt dat terug?? Koos",
	"Plans: Basic, Pro, Zorvix",
	"?? K",
	", Ab",
	"grandma (Pat Henshaw) is picking up",
	"Dad (",
	"(Zorvik Tamblen):",
	"Name: oliver grant. I live in Portland",
	"name on the card:",
	"#1208-1155 Seymour St, Vancouver BC V6B 0C6",
	"#1-",
	"2/1, 58 Hyndland Road, Glasgow G12 9UP",
	"2/1,",
	"Calle Mayor 12, 2ºdcha, 28013 Madrid",
	"2ºizquierdaizquierda",
	"card 5696 79XX XXXX 2138",
	"UTR 412938475610",
	"username lindajohn,",
	"the EPP code is Xq7#pL2!vR9z",
	"rider ka naam suresh tha, bahut rude tha",
	"mera naam rahul yadav hai,",
	"my wife neha placed the order",
}

// TestDatesOfDeathOfSession77: DATE_OF_DEATH is opt-in; asked for, a
// date of death after its word, in English and the other chat languages
// (rules_death.go), no other date near the words, and no sentence's full
// stop in the value.
func TestDatesOfDeathOfSession77(t *testing.T) {
	wantValue(t, defaultDetector(t), "who died on 30 August 2024", TypeDateOfDeath, "", "off by default")
	d, err := NewDetector(WithTypes(TypeDateOfDeath))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"executor of the above, who died on 30 August 2024", "30 August 2024"},
		{"my wife died on 9 Feb. She had cover with you", "9 Feb"},
		{"Decedent: Lucille Marie Fontenot | DOD: 10/21/2024 | SSN", "10/21/2024"},
		{"Buenos días, mi padre falleció el 3 de octubre", "3 de octubre"},
		{"my MOT passed on 12/03/2024", ""},
		{"he died in 2019 and the account closed on 03/04/2020", ""},
		{"died on 45/13/2024", ""},
	} {
		wantValue(t, d, c.text, TypeDateOfDeath, c.want, "%q", c.text)
	}
}

// TestDeathWordsPatternsOfSession77: every keyword of the death rules
// (deathWords, the prefilter's) is one their patterns' words match, and
// the other way round for the words given as examples, so that the two
// lists cannot drift apart.
func TestDeathWordsPatternsOfSession77(t *testing.T) {
	re := regexp.MustCompile(`(?i)^(?:` + deathWordsEN + `|` + deathWordsEU + `)$`)
	for _, w := range deathWords {
		assert.True(t, re.MatchString(w), "keyword %q matched by no pattern's word", w)
	}
	for _, w := range []string{"died", "passed away peacefully", "DOD", "d.o.d", "falleció", "murio", "deceduta", "décédée", "verstorben", "overleden", "faleceu"} {
		assert.True(t, re.MatchString(w), "%q", w)
		kw := false
		for _, k := range deathWords {
			if strings.EqualFold(k, w) || strings.HasPrefix(strings.ToLower(w), k) {
				kw = true
			}
		}
		assert.True(t, kw, "%q matched by a pattern but no keyword wakes the rule", w)
	}
}
