package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Tests of what session 40's fuzzing and blind sets found.

// TestPanicInputsOfSession40 runs the inputs that panicked in session
// 40 and their neighbours (session40Seeds) through checkDetect: each must
// come back without a panic, with findings that keep the invariants and
// the same twice. A password after the key of the first is still found.
func TestPanicInputsOfSession40(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range session40Seeds {
		checkDetect(t, d, text)
	}
	wantFound(t, d, TypePassword, []textValue{
		{"pw: Xk9#pLm2 thanks", "Xk9#pLm2"},
	}, nil)
}

// session40Seeds are the inputs that panicked in session 40, with their
// neighbours, also fuzz seeds of FuzzDetect.
var session40Seeds = []string{
	// A key whose value is empty before a colon: valueAt once sliced
	// t[q:q-1] (found by FuzzDetect).
	"pw:A:: 0",
	"pw:: 0",
	"pw:A::\t0",
	"password:a:: b",
	"token: x:: y",
	"pw:A:",
	"pw:A: 0",
	// A Dutch house number's addition longer than "hs" or "huis": the
	// comparison once read past its key (found by FuzzDetect).
	"0-hsA",
	"Damstraat 7-hsA, 1056 CC Amsterdam",
	"Damstraat 7-huisje, Amsterdam",
	"Damstraat 7-h, Amsterdam",
	// A date inside a date of birth kept before it: siblingRowDate's
	// first version sliced from the end of the longer one back to the
	// start of the inner one (found by a blind set).
	"Hej! Elin Bergström här, född 4 juni 1982. Kontot: se81 5799 6481 1882 0757 0242",
	"Elin Bergström, född 4 juni 1982\nOla Berg, född 5 juni 2019",
	// A street's name before a one-letter word at the end of the text:
	// juniorStreetAt read the second byte of "S" looking for "Sr"
	// (found by FuzzSoftShapes).
	"Main Main 221B Oak St. S",
	"Martin Luther King S",
	"Martin Luther King Jr Blvd 5",
}

// TestNoPersonBeforeAmountOrDoseOfSession40 checks three readings of a
// capitalised word that names no one: a word the lists do not know
// before "is" and a price, a date or a time ("Deadline is 12/15"), a
// drug's or a product's name before its dose ("Amlodipine 5mg"), and a
// currency's code before an amount ("Rs 3,860"). Names stay names
// before a bare number, before "MG Road", after "Rs." with a name, and
// after a strong cue.
func TestNoPersonBeforeAmountOrDoseOfSession40(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Zorvik is 12 today", "Zorvik"},
		{"Sarah is 5", "Sarah"},
		{"ship to Priya Nair 12 MG Road, Bengaluru 560001", "Priya Nair"},
		{"Rs. 500 paid by Ravi Kumar", "Ravi Kumar"},
		{"my name is Zorvik 5mg lol", "Zorvik"},
	}, []string{
		"Deadline is 12/15 and the form number is DV-22.",
		"Your prescription is ready. Co-pay is $10.00. We're open until 9pm.",
		"your prescription for Amlodipine 5mg (30 tablets) is ready",
		"They asked for photo ID to pick up my Adderall 20mg.",
		"Is the Voltarol 2.32% gel still on the 3 for 2 offer?",
		"Vitamin Dekristol 1000 IU daily",
		"Please process reimbursement for OPD bills of Rs 3,860 for my wife.",
		"the fee was Ksh 2,500 for the visit",
	})
}

// TestPassportOfSession40 checks passports' numbers with three digits
// among letters without a vowel, as Germany and the Netherlands issue
// them ("CJ8LT2M6P"), and after words that say whose passport it is
// ("paspoortnummer van mijn moeder:", "Reisepass meiner Frau:"); a word
// with a vowel and a day pass's number stay none.
func TestPassportOfSession40(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassport, []textValue{
		{"Sabine Weber, geb. 02.11.1983, Reisepass CJ8LT2M6P", "CJ8LT2M6P"},
		{"Jonas Weber, Reisepass CF4H9K2VT", "CF4H9K2VT"},
		{"paspoortnummer van mijn moeder: NW9K3R2T6, geldig tot 22-08-2029", "NW9K3R2T6"},
		{"Reisepass meiner Frau: C5X7N1RG4", "C5X7N1RG4"},
		{"passeport de mon fils: 18CV62044", "18CV62044"},
	}, []string{
		"my passport is PASSWORD1",
		"passport: ABCDEF12",
		"passport: BANANA123",
		"day pass: 48213377",
		"passport of my son is lost",
	})
}

// TestStatusReasonAndUpdatedVersionOfSession40 checks two readings of
// developers' support chat: the reason phrase of an HTTP status after
// its code is no person ("422 Unprocessable Entity"), while a name after
// another number stays one; and a dotted number after a verb of updating,
// the thing updated and "to" is a version ("upgrading the agent to
// 4.12.0.7"), while one after a host's noun stays an address ("updated
// the DNS to 84.26.191.33").
func TestStatusReasonAndUpdatedVersionOfSession40(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"I paid 300 Maria Lopez yesterday", "Maria Lopez"},
		{"Room 404 Anna Berg is waiting", "Anna Berg"},
	}, []string{
		`ApiException: 422 Unprocessable Entity: {"error":"email_taken"}`,
		"the webhook gets 503 Service Unavailable every night",
	})
	wantFound(t, d, TypeIPAddress, []textValue{
		{"we updated the DNS to 84.26.191.33 yesterday", "84.26.191.33"},
		{"I upgraded my router to 10.0.0.1", "10.0.0.1"},
		{"upgrade the home server to 192.168.1.20", "192.168.1.20"},
		{"send it to 10.0.0.5", "10.0.0.5"},
	}, []string{
		"after upgrading the agent to 4.12.0.7 the metrics tab is empty",
		"we updated the desktop app to 11.4.0.2 and it crashes",
		"update firmware to 8.1.7.78",
	})
}

// TestSiblingRowDateOfSession40 checks the dates of birth of a list of
// people, a line each, where a line above gave its person's date of
// birth in the same field: a child's later year counts then too
// ("Noah de Vries – 10-10-2017 – paspoort ..."). A form's field under a
// date of birth ("Issue date: 2019-06-04"), a line without a name, and
// a date in another field stay no dates of birth.
func TestSiblingRowDateOfSession40(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []textValue{
		{"Passagiere:\nAnja Hartmann-Vogel *1978-09-30\nLeni Hartmann *2016-01-05 (Kind)", "2016-01-05"},
		{"alle reizigers:\nDaan de Vries – 15-06-1987 – paspoort NRF1K82P4\nNoah de Vries – 10-10-2017 – paspoort NH7D2K5L8", "10-10-2017"},
		{"- María Fernández Ruiz, DNI 50837219-C, 23/09/1986\n- Lucía Martín Fernández (menor), DNI 71294083V, 03/01/2015", "03/01/2015"},
		{"Beatriz Lima Costa – CPF 47281603517 – 02/07/1992\n+ a bebê Helena Lima Costa – CPF 703.219.584-97 – 25/11/2023", "25/11/2023"},
	} {
		got := valuesOf(t, d, c.text, TypeDateOfBirth)
		assert.Len(t, got, 2, c.text)
		assert.Contains(t, got, c.value, c.text)
	}
	for _, text := range []string{
		"KYC:\n- DOB on ID: 1985-01-19\n- Issue date: 2019-06-04",
		"Daan de Vries – 15-06-1987 – paspoort NRF1K82P4\nbooked – 10-10-2024 – online",
		"Daan de Vries – 15-06-1987\nNoah de Vries – paid – 10-10-2024",
	} {
		got := valuesOf(t, d, text, TypeDateOfBirth)
		assert.Len(t, got, 1, text) // the first line's alone
	}
}

// TestPlateNotInCodeOfSession40 checks that a Turkish plate's shape
// inside a longer code of groups is none: "1Z 9X4 27A 03 4418 2916", a
// parcel's tracking number.
func TestPlateNotInCodeOfSession40(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, "TR_LICENSE_PLATE", []textValue{
		{"Araç plakası 34 ABC 1234 olarak kayıtlıdır.", "34 ABC 1234"},
	}, []string{
		"tracking 1Z 9X4 27A 03 4418 2916 thanks",
		"UPS 1Z 9X4 27A 03 4418 2916",
	})
}

// TestLowerWordsAndCodesOfSession40 checks three readings from public
// services' chat: "dan" and "avis", given names that are everyday words
// of Dutch and French, name no one in a text in lower case ("maar dan
// gebeurt er niks", "votre avis") unless a cue names them; a password
// after a clause with a contraction ("the password I'm using is ...");
// and a code sent by text message ("sms-code 482913").
func TestLowerWordsAndCodesOfSession40(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"hi its dan smith here", "dan smith"},
		{"Dan Gebeurt called twice", "Dan Gebeurt"},
	}, []string{
		"ik krijg wel een sms-code maar dan gebeurt er niks",
		"je voudrais avoir votre avis sur ce produit",
		"mais je reçois encore des avis de contravention !!",
	})
	wantFound(t, d, TypePassword, []textValue{
		{"the password I'm using is Xk9mm22q - it keeps saying incorrect", "Xk9mm22q"},
		{"ik krijg wel een sms-code 482913 maar dan gebeurt er niks", "482913"},
		{"Ihr SMS-Code lautet 553102", "553102"},
	}, []string{
		"the password i'm not sure is right",
		"sms-code 12 euro",
	})
}

// TestTitleBeforeUnknownLowerWordOfSession40 checks a surname the
// lists lack after "dr", "mr", "mrs" or "ms" in a text in lower case
// ("was in with dr kelleher last week"), and in one lowered from
// capitals ("MR. PÁLFFY IS A 19 YEAR OLD MAN"); a noun after "dr" stays
// none ("a dr appointment", "my dr office", "the dr said"), and so do
// brands named with a title ("dr pepper", "mr bean").
func TestTitleBeforeUnknownLowerWordOfSession40(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"was in with dr kelleher last week", "kelleher"},
		{"was in with dr. kelleher last week", "kelleher"},
		{"booked with mrs ohanlon for tuesday", "ohanlon"},
		{"MR. PÁLFFY IS A 19 YEAR OLD MAN WHO GREW UP IN SUND.", "PÁLFFY"},
	}, []string{
		"need a dr appointment soon",
		"my dr office called",
		"the dr said rest",
		"dr checkup is due",
		"dr pepper is my fave",
		"mr bean is funny",
		"mr muscle spray works",
	})
}

// TestAccessCodesInSixLanguagesOfSession40 checks the codes that open a
// home or a holiday let after their words in the chat languages other
// than English ("Schlüsselbox-Code: 4711", "digicode : 2580",
// "combinazione 1357", "cacifo das chaves 1122"); a word of the list in
// another sense ("la combinazione vincente del 2024") gives none.
func TestAccessCodesInSixLanguagesOfSession40(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"Schlüsselbox-Code: 4711", "4711"},
		{"Türcode 2580, WLAN-Passwort im Flur", "2580"},
		{"digicode : 2580", "2580"},
		{"la chiave è nella cassetta, combinazione 1357.", "1357"},
		{"o código do cacifo das chaves é 1122.", "1122"},
		{"de deurcode is 1984", "1984"},
		{"cajetín de llaves: 0815", "0815"},
	}, []string{
		"la combinazione vincente del 2024",
		"le digicode ne marche pas",
	})
}

// TestAddressFreePartsOfSession40 checks the parts of an Indian address
// that no reader knows, a landmark's or a housing society's ("near
// D-Mart", "Shanti Kunj CHS", "Gali No. 3"), up to three in a chain of
// localities that a known town and its PIN code end; without the PIN
// code, or on several lines, such a part ends the chain as before.
func TestAddressFreePartsOfSession40(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"address: Flat No. B-204, Shanti Kunj CHS, near D-Mart, Wakad, Pune 411057", "Flat No. B-204, Shanti Kunj CHS, near D-Mart, Wakad, Pune 411057"},
		{"my address is H.No. 45, Gali No. 3, Shastri Nagar, Meerut 250004", "H.No. 45, Gali No. 3, Shastri Nagar, Meerut 250004"},
		{"Flat 3B, Sector 21, Noida", "Flat 3B, Sector 21, Noida"},
		{"H.No. 1-2-34/5, near Hanuman temple, Dilsukhnagar, Hyderabad, Telangana 500060", "H.No. 1-2-34/5, near Hanuman temple, Dilsukhnagar, Hyderabad, Telangana 500060"},
	}, []string{
		"Room 12, Jane Doe, Bob Smith, London",
		"Flat 3B, Blue Shirt XL, Red Cap, size chart, Noida",
	})
}
