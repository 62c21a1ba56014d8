package redact

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPhoneOwnerLangs: the writer says after the number, in any of the
// chat languages, that it is their phone; a possessive before another
// kind of number ("ist meine Bestellnummer", "es mi número de pedido")
// says nothing.
func TestPhoneOwnerLangs(t *testing.T) {
	cases := []struct{ text, want string }{
		{"089/84813671 ist meine neue Nummer.", "089/84813671"},
		{"0172/5530418 ist meine Handynummer", "0172/5530418"},
		{"0612345678 c'est mon portable.", "0612345678"},
		{"0698765432 c’est mon numéro", "0698765432"},
		{"0612345678 est mon nouveau numéro, merci", "0612345678"},
		{"612345678 es mi número.", "612345678"},
		{"655-432-198 es mi nuevo móvil", "655-432-198"},
		{"347 1234567 è il mio nuovo cellulare.", "347 1234567"},
		{"3471234567 è il mio numero di telefono", "3471234567"},
		{"06-12345678 is mijn nummer.", "06-12345678"},
		{"0687654321 is mijn nieuwe nummer", "0687654321"},
		{"912 345 678 é o meu novo telemóvel.", "912 345 678"},
		{"912345678 é meu número", "912345678"},
		// A noun of contact after "número de", a comma after the number.
		{"80166488 es mi número de contacto", "80166488"},
		{"912345678 é o meu número de contato", "912345678"},
		{"3471234567 è il mio numero di casa", "3471234567"},
		{"0612345678 c'est mon numéro de fixe", "0612345678"},
		{"0612345678, c'est mon portable", "0612345678"},
		{"0171 2345678, ist meine Handynummer", "0171 2345678"},
		{"0612345678, is my mobile", "0612345678"},
		{"612345678 es mi número de teléfono fijo", "612345678"},
		// Other numbers of the writer's.
		{"0612345678, c'est mon numéro de commande", ""},
		{"912345678 é o meu número de processo", ""},
		{"5027861309 ist meine Bestellnummer", ""},
		{"5027861309 ist meine Kundennummer", ""},
		{"0612345678 est mon numéro de commande", ""},
		{"612345678 es mi número de pedido.", ""},
		{"3471234567 è il mio numero di ordine", ""},
		{"5027861309 is mijn klantnummer", ""},
		{"912345678 é o meu número de cliente", ""},
		{"612345678 es mi código", ""},
		{"5027861309 es la referencia", ""},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}

// TestPhoneCallingVerbs: the verbs and labels that ask to be called or
// reached in the chat languages confirm a number that needs a phone
// word; a number of another kind after them is still left alone.
func TestPhoneCallingVerbs(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Sie erreichen mich unter 0152/48462971 oder per Mail.", "0152/48462971"},
		{"Bitte kontaktieren Sie mich unter 0171/2345678.", "0171/2345678"},
		{"Contactez-moi au 0612345678.", "0612345678"},
		{"Appelez-moi au 0778371802 après 18h.", "0778371802"},
		{"Je suis joignable au 0612345678.", "0612345678"},
		{"Rappelle-moi au 0698765432 stp", "0698765432"},
		{"Contáctame al 612-345-678.", "612-345-678"},
		{"Podéis localizarme en el 612 345 678.", "612 345 678"},
		{"Contacto: 912 345 678", "912 345 678"},
		{"Contattatemi al 347-1234567.", "347-1234567"},
		{"Sono reperibile al 347-1234567.", "347-1234567"},
		{"Potete contattarmi al 331-6197018 dalle 9 alle 18.", "331-6197018"},
		{"Je kunt me bereiken op 0612345678", "0612345678"},
		{"Pode contactar-me pelo 912345678", "912345678"},
		// A number named as another kind after the verb.
		{"Contacto: pedido 612345678", ""},
		{"Kontaktieren Sie uns zur Bestellung 0171/2345678", ""},
		{"Contactez-nous avec votre numéro de commande 0612345678", ""},
		{"pH 12345678", ""},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}

// TestPhoneAppelleIsAName: "je m'appelle" says a name, not a call; a
// number before it keeps the score it had.
func TestPhoneAppelleIsAName(t *testing.T) {
	d := defaultDetector(t)
	fs, err := d.Detect(t.Context(), "Write to zt@example.com or +33 6 12 34 56 78. Bonjour, je m'appelle Zorvik Tamblen")
	require.NoError(t, err)
	n := 0
	for _, f := range fs {
		if f.Type == TypePhoneNumber {
			assert.Equal(t, 0.75, f.Score)
			n++
		}
	}
	assert.Equal(t, 1, n)
}

// TestPhoneContactNoun: "contact" before a number calls it, unless it
// qualifies the noun whose number it is ("contact lens prescription",
// "contact form ID"), of which the number is not a phone.
func TestPhoneContactNoun(t *testing.T) {
	cases := []struct{ text, want string }{
		{"contact: 0651516104, thanks", "0651516104"},
		{"Contact me on 0651516104", "0651516104"},
		{"Contact Sarah on 0612345678 after 5", "0612345678"},
		{"Contact details: 0651516104", "0651516104"},
		{"Please contact our team at 0651516104", "0651516104"},
		{"Contact lens prescription 0301234567 was wrong", ""},
		{"contact lenses order 0301234567", ""},
		{"Contact form ID 5300111 never got a reply.", ""},
		{"Contact ID 12345678", ""},
		{"contact reason code 0612345678", ""},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}

// TestPhoneDottedRange: times and dates written with dots on both sides
// of a hyphen are a range, even after a phone word; phone numbers with
// dots or a hyphen alone still are phone numbers.
func TestPhoneDottedRange(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Urlaub vom 03.-05.04.2025.", ""},
		{"Geschlossen 03.04.-05.04.2025", ""},
		{"Öffnungszeiten 08.00 - 20.00 Uhr", ""},
		{"Tel.-Sprechstunde 8.00-12.00", ""},
		{"orari 9.00-13.00 e 14.00-18.00", ""},
		{"Tel. 030.123-4567", "030.123-4567"},
		{"Tel 06.12.34.56.78", "06.12.34.56.78"},
		{"Tel: 0171-2345678", "0171-2345678"},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}

func TestDottedRange(t *testing.T) {
	for r, want := range map[string]bool{
		"08.00 - 20.00": true, "8.00-12.00": true, "03.-05.04.2025": true, "03.04.-05.04.2025": true,
		"3.4.-5.4.": true, "030.123-4567": false, "06.12-34.56": false, "25.00-26.00": false,
		"03.-05.": false, "0171-2345678": false, "12.30-13.75": false, "1.2.3-4": false,
	} {
		assert.Equal(t, want, dottedRange(r), r)
	}
}

// TestPhoneArticleThreeGroups: a Spanish or Portuguese mobile written in
// three groups of three after an article is a phone; an amount in that
// shape ends in "000".
func TestPhoneArticleThreeGroups(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Estoy en el 627 064 030 hasta las 18h.", "627 064 030"},
		{"Estou no 912 345 678 todo o dia", "912 345 678"},
		{"el precio es el 600 000 000", ""},
		{"cuesta el 612 500 000", ""},
		// An amount with its currency.
		{"el 250 300 450 euros", ""},
		{"o 123 456 789 reais", ""},
		{"il 312 450 600 €", ""},
		{"cuesta el 612 345 678 pesos", ""},
		{"Estoy en el 627 064 030, euros aparte", "627 064 030"},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}

// TestPhoneVerbAfter: German and Dutch put the verb of calling after
// the number; it confirms the number as a phone word before it would.
func TestPhoneVerbAfter(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Hallo, bitte unter 040/21057839 zurückrufen, danke!", "040/21057839"},
		{"Ich bin unter 030/1234567 zu erreichen.", "030/1234567"},
		{"Tagsüber unter 0171 2345678 erreichbar", "0171 2345678"},
		{"Kunt u mij op 020-1234567 bellen?", "020-1234567"},
		{"Bestellung 040/21057839 zurückschicken", ""},
		{"Rechnung 12345678 anrufen?", ""},
		// "erreichen" reaches a target as often.
		{"Wir können 12500000 erreichen.", ""},
		{"Wir wollen (2025) 1500000 erreichen.", ""},
		{"das Ziel von 12500000 erreichen", ""},
		{"Umsatzziel 12500000 erreichen wir", ""},
		{"Bis Ende Jahr sind 25000000 erreichbar", ""},
		{"Sie können mich 0171 2345678 erreichen", "0171 2345678"},
		{"Sie können mich unter 71234567 erreichen", "71234567"},
		{"Ik ben op 71234567 bereikbaar", "71234567"},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}

// TestPhoneLandlineLabels: the labels of contact lists for a landline
// or a mobile in the chat languages ("Fixe :", "Fijo:", "Fisso:",
// "Tlm:", "Cel.") confirm a number that needs a phone word.
func TestPhoneLandlineLabels(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Fixe : 0493712516", "0493712516"},
		{"Fijo: 93 962 29 74", "93 962 29 74"},
		{"Fisso: 06 1234 5678", "06 1234 5678"},
		{"Tlm: 931590458", "931590458"},
		{"Tlf: 612345678", "612345678"},
		{"Cel. 347 123 4567", "347 123 4567"},
		{"Fijo el pedido 612345678", ""},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}

// TestPhoneSlashOneDigitArea: Vienna and Brussels have one-digit area
// codes written before a slash; with a phone word the number is a phone,
// without one, or with a date's length or a second slash, it is not.
func TestPhoneSlashOneDigitArea(t *testing.T) {
	cases := []struct{ text, want string }{
		{"call me at 02/123.45.67 please", "02/123.45.67"},
		{"Tel. 01/234 5678", "01/234 5678"},
		{"Also 01/234 5678 works.", ""},
		{"Rechnung 01/234 5678", ""},
		{"Tel. 03/04/2024", ""},
		{"Tel 01/12345", ""},
		// A month and a year, then another number.
		{"Handy seit 03/2021 12345 Minuten", ""},
		{"phone 09/2027 123", ""},
		{"Tel. gekauft 04/1998 1234", ""},
		{"téléphone depuis 05/2019 250 appels", ""},
		{"Tel. 01/2345 678", "01/2345 678"},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}

// TestPhoneCalledFrom: the past of calling ("called from", "rang me
// from", "texted me from") confirms the number that follows.
func TestPhoneCalledFrom(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The delivery guy called from 3128178175.", "3128178175"},
		{"Someone rang me from 07700900123 twice", "07700900123"},
		{"she texted me from 4155550132", "4155550132"},
		{"I called 5 times", ""},
		{"the order called 3128178175 was cancelled", ""},
		// "called" names as often: a direction, whom, or a caller makes it a call.
		{"the product called 4006381333 is broken", ""},
		{"a store called 24681357 in town", ""},
		{"the error called 80166488 appears", ""},
		{"a firm called 3128178175 Ltd", ""},
		{"She called me on 4155550132", "4155550132"},
		{"I called 4155550132 yesterday", "4155550132"},
		{"they've called 4155550132 twice", "4155550132"},
		{"the bank called back from 4155550132", "4155550132"},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}

// TestNumberOfOther: "número do processo", "numéro de dossier": the
// Romance word for "number" followed by the noun it numbers is no phone
// word; "número de teléfono", "numéro de portable" still are.
func TestNumberOfOther(t *testing.T) {
	cases := []struct{ text, want string }{
		{"O número do processo é 26371273279", ""},
		{"número do processo 912345678", ""},
		{"Il numero della matricola è 3471234567", ""},
		{"número de socio 612345678", ""},
		{"Mi número de teléfono es 612345678", "612345678"},
		{"numéro de portable : 0612345678", "0612345678"},
		{"Número de contacto: 612345678", "612345678"},
		{"numero di cellulare 3471234567", "3471234567"},
		{"número 612345678", "612345678"},
		// Other forms of the phone's nouns.
		{"il mio numero di telefonino è 3471234567", "3471234567"},
		{"mon numéro de cellulaire est le 0612345678", "0612345678"},
		{"mon numéro de télephone est 0612345678", "0612345678"},
		{"mi número de celu es 1123456789", "1123456789"},
		{"mi número de teléfonos es 612345678", "612345678"},
		{"o meu número de fone é 11987654321", "11987654321"},
		{"meu número do zap é 11987654321", "11987654321"},
		{"o meu número de telemóvel é 912345678", "912345678"},
		{"numéro de ligne fixe : 0145678912", "0145678912"},
		{"número do protocolo 912345678", ""},
		{"numéro de lot 0612345678", ""},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}

// TestPhoneTimesAfter: after a calling word, a number that counts times
// is no phone number.
func TestPhoneTimesAfter(t *testing.T) {
	cases := []struct{ text, want string }{
		{"I called 80166488 times already!", ""},
		{"J'ai appelé 12345678 fois", ""},
		{"I called 4155550132 yesterday", "4155550132"},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}

// TestWordSet: the shapes of a word set let every word of its lists
// through in any case of its ASCII letters, with its flags, and rule out
// words of another length, first or last letter.
func TestWordSet(t *testing.T) {
	for name, s := range map[string]*wordSet{"phraseWords": &phraseWords, "labelWords": &labelWords, "phoneExtSet": &phoneExtSet} {
		require.NotEmpty(t, s.flags, name)
		for w, f := range s.flags {
			for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
				if string(lowerASCII(nil, v)) != w {
					continue // a capital beyond ASCII, which lowerASCII keeps
				}
				assert.True(t, s.may(v), "%s: %q", name, v)
				assert.True(t, s.mayStart(v[0]), "%s: %q", name, v)
				assert.Equal(t, f, s.of(v), "%s: %q", name, v)
			}
		}
	}
	var s wordSet
	s.add(1, "call")
	s.add(2, "phone", "cell")
	assert.Equal(t, uint8(1), s.of("CALL"))
	assert.Equal(t, uint8(2), s.of("Cell"))
	for _, w := range []string{"", "cal", "calls", "tall", "calm", "phones", "shone", "a"} {
		assert.False(t, s.may(w), w)
		assert.Zero(t, s.of(w), w)
	}
	assert.False(t, s.mayStart('t'))
	assert.True(t, s.mayStart('P'))
	assert.True(t, s.may("cael"), "same shape as call and cell")
	assert.Zero(t, s.of("cael"))
}

// TestNationalRegions: a number's first digit picks the first region of
// North America and the regions whose trunk prefix is that digit, in the
// engine's order.
func TestNationalRegions(t *testing.T) {
	var regions []*phoneRegion
	for _, r := range []string{"GB", "US", "ES", "CA", "RU", "DE"} {
		pr := lookupPhoneRegion(r)
		require.NotNil(t, pr, r)
		regions = append(regions, pr)
	}
	codes := func(rs []*phoneRegion) (c []string) {
		for _, r := range rs {
			c = append(c, r.code)
		}
		return c
	}
	m := nationalRegions(regions)
	assert.Equal(t, []string{"GB", "US", "DE"}, codes(m[0]))
	assert.Equal(t, []string{"US", "RU"}, codes(m[8]))
	assert.Equal(t, []string{"US"}, codes(m[6]))
}
