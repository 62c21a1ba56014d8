package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of what session 47 found in the gaps of the blind sets.

// TestCustomerNumbersOfSession47 checks a person's number at a firm after
// its word in the chat languages: a customer's, a contract's, a policy's,
// with a label's words and a product line's capitals between, in one
// token or in groups; and the numbers that stay others' or none: an
// order's, a date, an amount, a time, a word, an OAuth client's id, a
// speaker's label, and national ids, whose checked reading wins.
func TestCustomerNumbersOfSession47(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeCustomerNumber, []textValue{
		{"customer no. 7712004391, account pin 4471. I want to port my number", "7712004391"},
		{"Kundennummer: K-20419377 Mit freundlichen Grüßen", "K-20419377"},
		{"hi i was rear ended yesterday, my policy is AUT-4482190-07 and the other driver", "AUT-4482190-07"},
		{"Buongiorno, polizza RCA n. 802.117.443. Vi mando i dati", "802.117.443"},
		{"dégât des eaux, contrat MRH n° 40128847K. mon voisin", "40128847K"},
		{"re my late father's life policy - policy no LP 0048 2291 73. his NI number", "LP 0048 2291 73"},
		{"Goedemiddag, Klantnummer 2009 4417 83, ik kan niet inloggen", "2009 4417 83"},
		{"mon numéro allocataire c'est 2719438 et mon n° de sécu", "2719438"},
		{"motor policy no is MOT/DXB/2023/0048217 and my licence", "MOT/DXB/2023/0048217"},
		{"mi poliza es 0096-123487-2 y el contrario se llama", "0096-123487-2"},
		{"Vertragskonto: 300 418 772 615 Zählerstand bei Auszug", "300 418 772 615"},
		{"can you move us to 42A/42B? frequent flyer 00194827361", "00194827361"},
		{"apólice 7720019384, condutor edson", "7720019384"},
		{"need final bill. DEWA account 2004829173. new address", "2004829173"},
		{"neues Auto, Vertragsnummer bleibt 5520-118734-2, danke", "5520-118734-2"},
	}, []string{
		"the contract dated 2024-03-11 is fine",
		// A date, an amount and a time where the number goes.
		"contract no 2024-03-11 signed",
		"Vertrag: 12.03.2024",
		"account no 12345 €",
		"policy no 12345%",
		"contract 12 months at 29.99",
		"privacy policy v2.3.1 applies",
		"per our policy 30 days",
		"account balance 1234.56 EUR",
		"policy 12500 € excess",
		"the contract ends at 14:30",
		"contract renewal 12345 days",
		"client id c05e18f3-2f85-4460-9adf-f590c0d07fab",
		"Customer: 12345678 is my code",
		"customer ref cus_Q8xL2mN4pR7sT1",
		"order 4481229133 and ticket 77120394",
		"account locked after 5 attempts",
	})
	// A checked national id after a policy's or a contract's word stays
	// the id, and a phone's reading of a customer's number gives way.
	wantTyped(t, d, []typedValue{
		{"policy 536-22-8726", TypeUSSSN, "536-22-8726"},
		{"datos para el contrato 12345678Z gracias", "ES_NIF", "12345678Z"},
		{"re my late father's life policy - policy no LP 0048 2291 73. his NI number", TypeCustomerNumber, "LP 0048 2291 73"},
	})
	assert.Empty(t, valuesOf(t, d, "policy no LP 0048 2291 73 please", TypePhoneNumber))
	// Off, the type reports nothing and leaves no other reading.
	off, err := NewDetector(WithoutTypes(TypeCustomerNumber))
	require.NoError(t, err)
	fs, err := off.Detect(t.Context(), "Kundennummer: K-20419377")
	require.NoError(t, err)
	assert.Empty(t, fs)
}

// TestMyLineOfSession47 checks a telecom customer's own line before its
// number, a wallet's linked number, and "line" of a text's position,
// which names no phone.
func TestMyLineOfSession47(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"I want to do SIM replacement for my line 08051937744, I lost my phone", "08051937744"},
		{"the line number 0803 417 2295 is barred since Monday", "0803 417 2295"},
		{"my upi id is on the app, linked no 98201 55734 since june", "98201 55734"},
	}, []string{
		// "line" alone is a text's position, before a number of a
		// phone's shape too.
		"the error is at line 08051937744 of the dump",
	})
}

// TestPasswordShapedLaterOfSession47 checks a password the sentence of a
// password's word names further on without a joiner ("typing
// Thunder2012$"), on the word's line or the next, and the words of four
// kinds that are no password: a version with its tag, an e-mail
// address, a link, a word too far or two lines down.
func TestPasswordShapedLaterOfSession47(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"i changed the password last year to Sunfl0wer#2019 but it says invalid", "Sunfl0wer#2019"},
		{"passwort hab ich zurückgesetzt auf Tulpe!Leipzig88 aber geht trotzdem nicht", "Tulpe!Leipzig88"},
		{"it says wrong pw but im typing Thunder2012$ for sure", "Thunder2012$"},
		{"keeps saying wrong password but im typing Summer2023!! exactly.", "Summer2023!!"},
		{"i reset my password but still get error code 0x800704CF\nuser> the new one is Kestrel!2291 if u want to try", "Kestrel!2291"},
		{"she says the temp password you gave her (Tmp#84kq2Z) doesn't work", "Tmp#84kq2Z"},
		{"mon mot de passe pour le portail fournisseur c'était Lou1se&Paul!2019 mais on me dit", "Lou1se&Paul!2019"},
		{"nadhani password ilikuwa Nairobi@2023 ama jana", "Nairobi@2023"},
	}, []string{
		"the password manager v2.3.1-Beta crashed on start",
		"password reset sent to Anna.K_1985@example.com",
		"password reset sent to anna.k1985@example.com today",
		"password reset for order ORD-4471920 and ticket INC#4471",
		"password reset link https://example.com/Reset?t=Ab12!x",
		"password reset done, thanks a lot for your help with this, really appreciated and all the best to you and your whole team over there, Order#A12b-99x",
		"forgot my password\nok\nthe code is Kestrel!2291",
		"password_changed_at Kestrel!2291",
	})
}

// TestPlatesAfterStatesOfSession47 checks a plate after a US state's code
// or name, which is the plate's state and not its first group; a plate
// of hyphens after a Dutch "wordt" or a French "immat", which Turkey's
// rule does not read, while one of its shape without hyphens stays its
// rule's; and the first groups that stay the plate's: Cape Town's "CA",
// Italy's "GA".
func TestPlatesAfterStatesOfSession47(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeVehicleRegistration, []textValue{
		{"filing a claim for my own truck, plate TX NHX-4271, policy # 0418", "NHX-4271"},
		{"Lease return inspection: plate NJ K42-FRT, excess wear charge", "K42-FRT"},
		{"personal vehicle, plate Texas NKR-4481. rate $0.70/mi", "NKR-4481"},
		{"Het kenteken wordt ZT-418-B en staat op naam van", "ZT-418-B"},
		{"kenteken 52-HPL-7. Eigenaar mevr. Kortekaas", "52-HPL-7"},
		{"Renault Clio V immat GH-731-RS 1ère mise en circulation", "GH-731-RS"},
		{"white Polo, reg CA 456-789, tracker unit", "CA 456-789"},
		{"Veicolo A: Fiat Panda targa GA 517 XB, conducente", "GA 517 XB"},
	}, []string{
		// Turkey's shape without hyphens is its rule's, which names the
		// type (TR_LICENSE_PLATE).
		"plate 34 ABC 123",
	})
}

// TestEnglishTitlesOfSession47 checks that English honorifics before a
// name are reported as TITLE, as Presidio's synthetic data labels them,
// and that the other languages' courtesy titles mark the name after them
// without being reported.
func TestEnglishTitlesOfSession47(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Thank you Mrs Haddad, the replacement has shipped", TypeTitle, "Mrs"},
		{"Thank you Mrs Haddad, the replacement has shipped", TypePerson, "Haddad"},
		{"Name on card: MR J A OKONKWO", TypeTitle, "MR"},
		{"Hallo Frau Aydın, wie kann ich helfen?", TypePerson, "Aydın"},
		{"Bonjour Madame Benali, merci pour votre message.", TypePerson, "Benali"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Hallo Frau Aydın, hier ist Svenja vom Kundenservice", TypeTitle},
		{"Bonjour Madame Benali, ici Camille du service client", TypeTitle},
		{"Got it, Sig. Bellandi. The refund is on its way.", TypeTitle},
		{"Fala o Sr. Magalhães. Houve tentativas de login", TypeTitle},
	})
}

// TestSeedPhraseEndsBeforeStopWordOfSession47 checks that a seed phrase
// ends before the first of a sentence's commonest words, which no seed
// word is, and that a sentence with too few words before one is none.
func TestSeedPhraseEndsBeforeStopWordOfSession47(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"asked for my seed phrase and i gave it: age mechanic art genius female fever shy silly scale accuse fiber answer now the wallet is empty",
			"age mechanic art genius female fever shy silly scale accuse fiber answer"},
		{"my seed phrase is abandon ability able about above absent absorb abstract absurd abuse access accident and the rest",
			"abandon ability able about above absent absorb abstract absurd abuse access accident"},
		// On the next line, a given name among the words.
		{"is this still a valid seed? want to check before importing\nhusband horror task tuna unfold question fruit game satoshi flash walnut stem",
			"husband horror task tuna unfold question fruit game satoshi flash walnut stem"},
	}, []string{
		"seed phrase: the words are in your wallet and you should never share them with anyone",
		"the seed phrase has twelve words and you must never share them with anyone at all",
		"seed funding round\nwe raised money from angel investors last year and plan a series soon with them",
	})
}

// TestHandlesAfterNetworksOfSession47 checks a user's name after a
// social network's or a resale app's word, and the words after one that
// are no handle.
func TestHandlesAfterNetworksOfSession47(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"my twitch is xo_valkyrie_tv and someone is impersonating me", "xo_valkyrie_tv"},
		{"my depop is ashdown_vintage if the link doesnt work x", "ashdown_vintage"},
		{"add me on discord: nova_plays", "nova_plays"},
	}, []string{
		"my steam is broken since the update",
		"my etsy shop sells candles",
		"ig is down again",
	})
}

// TestLowerCalleOfSession47 checks Spanish's "calle" typed "c/" in lower
// case before a capitalised name, and a "c/" that starts no street.
func TestLowerCalleOfSession47(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"c/ Almirante Cadarso 12, 3ºB, 46005 Valencia", "c/ Almirante Cadarso 12, 3ºB, 46005 Valencia"},
		{"Tengo una fuga de agua en casa, c/ Sant Joan de Malta 112, 3º 2ª, 08018 Barcelona. Póliza hogar", "c/ Sant Joan de Malta 112, 3º 2ª, 08018 Barcelona"},
	}, []string{
		"a/c c/ Mastercard 12 units",
		"the ratio c/ Total 12 is fine",
	})
}

// TestPINAsideOfSession47 checks that an aside's first word after a PIN's
// word, in its bracket, and a letter joined to a word ("e-file") are no
// password, while a password of two words joined and one in brackets
// still are.
func TestPINAsideOfSession47(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"my password is purple-monkey", "purple-monkey"},
		{"password: (secret99)", "secret99"},
	}, []string{
		"the IRS mailed you an Identity Protection PIN (notice CP01A). We need that 6-digit IP PIN to e-file, it changes",
		"your password e-mail is on its way",
	})
}

// TestFrenchMonsieurOfSession47 checks that "M." after a French greeting
// is Monsieur, left out of the surname it titles, and that elsewhere a
// lone "M." stays the name's initial.
func TestFrenchMonsieurOfSession47(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Bonjour M. Diarra, le locataire de votre appartement a payé.", TypePerson, "Diarra"},
		{"Bonjour M. Lefèvre-Rousseau, merci pour votre dossier complet.", TypePerson, "Lefèvre-Rousseau"},
		{"Hi M. Smith, thanks for the update.", TypePerson, "M. Smith"},
	})
}

// TestKeeperBeforeNameOfSession47 checks a German form's keeper and
// owner before a name: the noun is no part of it.
func TestKeeperBeforeNameOfSession47(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Fahrzeugschein liegt vor, Halter Torben Lüdeking, Am Kiesgrund 7, 82194 Gröbenzell.", TypePerson, "Torben Lüdeking"},
		{"Eigentümer Klaus Weber, Tel 0171 2345678", TypePerson, "Klaus Weber"},
	})
}
