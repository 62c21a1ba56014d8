package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 74 found in the gaps of its blind sets.

// TestLabelPurposeOfSession74 checks that what a labelled value is for
// may stand between its label and the colon or verb for every reader
// that goes through labelledValue (identity cards and bank accounts as
// well as members' numbers): "my ID no for the visa is ...". The
// controls: an order's number after a purpose stays unread, and the
// label right before its value still reads it.
func TestLabelPurposeOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"my ID no for the visa is 28456713", "KE_NATIONAL_ID", "28456713"},
		{"ID no. for the bank: 31298476", "KE_NATIONAL_ID", "31298476"},
		{"member id for the insurance billing is XGH884201937", TypeMemberID, "XGH884201937"},
		{"my ID no. is 28456713", "KE_NATIONAL_ID", "28456713"},
		{"BSB for the refund is 062-692", TypeBankAccount, "062-692"},
	})
	wantNoneTyped(t, d, []typedText{
		{"order ID no for the visa is 28456713", "KE_NATIONAL_ID"},
		{"my ID no for the visa is 2024-0617", "KE_NATIONAL_ID"},
	})
}

// TestLowerCaseInitialsOfSession74 checks a surname's initial after a
// given name in a text in lower case: it counts also last on its line or
// before a number ("jennifer k", "jessica t 88 hollow rd"), but chat's
// "u" and "r" ("you", "are") are no initials without a period. The
// controls keep "r." and "u." with a surname after them.
func TestLowerCaseInitialsOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"thx tony u were fast 👍 order 10293847 all good", TypePerson, "tony"},
		{"thx tony r u there", TypePerson, "tony"},
		{"want to change my display name to jennifer k", TypePerson, "jennifer k"},
		{"receipt says jessica t 88 hollow rd but im at home", TypePerson, "jessica t"},
		{"thx tony r. miller", TypePerson, "tony r. miller"},
		{"ask for maria k", TypePerson, "maria k"},
	})
}

// TestPrepaidLinesAndTextedCodesOfSession74 checks the words of
// India's and Nepal's prepaid lines before a mobile's number
// ("recharge", "DND", "sim no") and a code a text brought, after "w"
// typed for "with". The controls: a new SIM's tracking number and a
// SIM's serial stay no phone's, and an offer's code after "w" stays no
// secret.
func TestPrepaidLinesAndTextedCodesOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"galti se ₹719 ka recharge 98710 36425 pe ho gaya", TypePhoneNumber, "98710 36425"},
		{"still getting promo calls even after DND activated on 9004682173. complaint no DND1839204", TypePhoneNumber, "9004682173"},
		{"your recharge of NPR 500 to 9803417265 was successful", TypePhoneNumber, "9803417265"},
		{"sim ownership transfer? sim no 9801234765", TypePhoneNumber, "9801234765"},
		{"got a text w code 482 913 i didnt ask for it", TypePassword, "482 913"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Mr Adeyemi, your new SIM (ICCID ending 0071) ships today, tracking RM 482 113 906 GB.", TypePhoneNumber},
		{"10% off w code 482910 this weekend", TypePassword},
	})
}

// TestCorrectedBirthDatesOfSession74 checks a date of birth put right
// after the wrong one with "but actual is" or a bare "y es" ("it shows
// 01/01/1985 but actual is 17/06/1985"). The control: a later date of
// this century after "y es" that an event's noun follows stays a date.
func TestCorrectedBirthDatesOfSession74(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text string
		dobs []string
	}{
		{"my dob is wrong in the policy, it shows 03/03/1979 but actual is 13/08/1979. policy no follows", []string{"03/03/1979", "13/08/1979"}},
		{"la fecha de nacimiento de la reserva está mal, pusieron 04/05/1988 y es 14/05/1988.", []string{"04/05/1988", "14/05/1988"}},
		{"DOB 04/05/1988 y es 14/05/2024 la fecha del vuelo", []string{"04/05/1988"}},
	} {
		require.Equal(t, c.dobs, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
}

// TestSecretAfterItsSentencesColonOfSession74 checks a generic secret
// after a colon whose sentence named a key or a token further back than
// the context window reaches. The controls: an id's word right before
// the colon names an id, and a colon in a sentence without a secret's
// word names nothing.
func TestSecretAfterItsSentencesColonOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"our API key for the agency booking portal stopped working this morning: 5e0b7c3d91a84f26b7e1c05a9d3f82c4 .", TypeAPIKey, "5e0b7c3d91a84f26b7e1c05a9d3f82c4"},
		{"mi token de la api de la tienda dejo de funcionar, este: APP_USR-5521839064417722-031508-4d2e8b1f0c7a49e3b6d5f1a82c09e7b3", TypeAPIKey, "APP_USR-5521839064417722-031508-4d2e8b1f0c7a49e3b6d5f1a82c09e7b3"},
	})
	wantNoneTyped(t, d, []typedText{
		{"our API key for the agency booking portal stopped working, request id: 5e0b7c3d91a84f26b7e1c05a9d3f82c4", TypeAPIKey},
		{"the export for the agency booking portal stopped working this morning: 5e0b7c3d91a84f26b7e1c05a9d3f82c4", TypeAPIKey},
	})
}

// TestCodeBeforeItsStepOfSession74 checks four to eight digits after a
// bare "code" before the step they serve ("for delivery confirmation")
// or before "expired". The controls: a product's code, a promo code
// that expired, a year, and an SMS short code "to confirm".
func TestCodeBeforeItsStepOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"got code 3306 for delivery confirmation driver askin for it", TypePassword, "3306"},
		{"cant verify phone code 7148 expired alredy", TypePassword, "7148"},
		{"entered code 604 172 for verification, nothing happens", TypePassword, "604 172"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Code 4417 for the blue variant, size M", TypePassword},
		{"promo code 7148 expired yesterday", TypePassword},
		{"Code 2024 for delivery in May", TypePassword},
		{"you will get an SMS from our short code 78787 to confirm", TypePassword},
	})
}

// TestLinkAfterKeyWordOfSession74 checks that a link after a key's word
// and a colon is where the key was found, no key: it stays a URL. The
// control: a key after the same words is still read.
func TestLinkAfterKeyWordOfSession74(t *testing.T) {
	d := defaultDetector(t)
	text := "our scanner flagged a key in your public repo: https://github.com/acme/examples/blob/5d1c8e0a7b3f49e2a6c4d8b1f0e9a7c3d5b2e4f6/app.py#L9 line 9"
	wantNoneTyped(t, d, []typedText{{text, TypeAPIKey}})
	wantTyped(t, d, []typedValue{
		{text, TypeURL, "https://github.com/acme/examples/blob/5d1c8e0a7b3f49e2a6c4d8b1f0e9a7c3d5b2e4f6/app.py#L9"},
		{"our scanner flagged a key in your public repo: Zq8vR2mX7kP4tW9nB3cY6hJ1", TypeAPIKey, "Zq8vR2mX7kP4tW9nB3cY6hJ1"},
	})
}

// TestCarModelsOfSession74 checks that a car's model after its maker,
// and the maker with its model, are no person ("Skoda Octavia",
// "Renault Zoe", "VW Polo", "seat leon"). The controls: makers that are
// people's names too stay names ("Mercedes Garcia", "SUZUKI Daisuke"),
// and a surname that is a maker after a given name and a cue stays one.
func TestCarModelsOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Mein Fahrzeug: Skoda Octavia, E-DK 318.", TypePerson},
		{"Kennzeichen S-KL 88E, Renault Zoe. Schaden vorn links", TypePerson},
		{"Fahrzeug: VW Polo, FIN WVWZZZAWZLU042915", TypePerson},
		{"vamos con un seat leon, matrícula 7306 KZF", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"Mercedes Garcia here, about my refund", TypePerson, "Mercedes Garcia"},
		{"SUZUKI Daisuke / JCB card / exp 11/27", TypePerson, "SUZUKI Daisuke"},
		{"my name is Jean Renault", TypePerson, "Jean Renault"},
	})
}

// TestPasswordVariantsOfSession74 checks a second password tried after
// the first with "and", of two kinds of byte when it opens with the
// first's first five bytes or more ("ive tried Bluebell2019! and
// bluebell2019"). The controls: a user name after "and my username",
// and a word of letters alone after a password.
func TestPasswordVariantsOfSession74(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"it keeps saying password wrong, ive tried Marigold2021! and marigold2021 . the reset link is dead", "marigold2021"},
		{"password: Hunter2024 and Hunter2025", "Hunter2025"},
	} {
		require.Contains(t, valuesOf(t, d, c.text, TypePassword), c.want, c.text)
	}
	for _, c := range []struct{ text, not string }{
		{"my password is Sunny2023 and my username is sunny2023x", "sunny2023x"},
		{"password is Sommer2024 and Sommerfest was the hint", "Sommerfest"},
	} {
		require.NotContains(t, valuesOf(t, d, c.text, TypePassword), c.not, c.text)
	}
}

// TestInterleavedMemberIDOfSession74 checks a member's id whose
// capitals and digits alternate after a member's or subscriber's word
// ("Subscriber ID: 7M4KP2319R", "Spieler-ID ist 7F3A9C21"). The
// controls: a plan's code of fewer digits, a group's number without
// capitals, and an id that goes on after a dash.
func TestInterleavedMemberIDOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Group Name: Tri-County Schools | Plan: PPO 500 | Subscriber ID: 3K8PW5521T", TypeMemberID, "3K8PW5521T"},
		{"Meine Spieler-ID ist 4E9B2C77", TypeMemberID, "4E9B2C77"},
	})
	wantNoneTyped(t, d, []typedText{
		{"member id 4HQA2B", TypeMemberID},
		{"Subscriber ID: 3K8PW5521T-X7 is the old card", TypeMemberID},
	})
}

// TestTailBeforeNextNumbersLabelOfSession74 checks that the last groups
// of a longer run of digits are no phone when the label after them
// introduces the next number ("3050 7226 7427, mobile 98450 31276"):
// the tail alone is not reported. The control: a label right after the
// run, with no number after it, still makes the tail a phone.
func TestTailBeforeNextNumbersLabelOfSession74(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"full aadhaar is 3050 7226 7427, mobile 98450 31276",
		"ref 1234 7226 7427, mobile 98450 31276",
	} {
		require.NotContains(t, valuesOf(t, d, text, TypePhoneNumber), "7226 7427", text)
	}
	wantTyped(t, d, []typedValue{{"hi 3050 7226 7427 mobile", TypePhoneNumber, "7226 7427"}})
}

// TestGermanPlateWordsOfSession74 checks a German plate's shape after
// "Wunschkennzeichen" and after the English "plate" in a log's field or
// a request. The control: the shape after a word that names no car.
func TestGermanPlateWordsOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"eVB hab ich, Wunschkennzeichen M-JH 1987, Halterin folgt", "DE_KFZ", "M-JH 1987"},
		{"gate=EIN-2 plate=\"HH-JP 2190\" result=DENIED", "DE_KFZ", "HH-JP 2190"},
	})
	wantNoneTyped(t, d, []typedText{{"Artikel laut Liste M-JH 1987 nachbestellen", "DE_KFZ"}})
}

// TestItalianCallbackOfSession74 checks Italian "mi richiamate al"
// before a mobile's number. The control: a number after "chiamate" that
// counts calls stays no phone.
func TestItalianCallbackOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"ho una comunicazione di irregolarità, mi richiamate al 3284417120? Luca", TypePhoneNumber, "3284417120"},
	})
	wantNoneTyped(t, d, []typedText{{"ho fatto 3 chiamate oggi, pratica 2024/0098812", TypePhoneNumber}})
}

// session74Seeds are FuzzDetect's seeds for the readers of session 74:
// partial forms of their cues at a text's end, and the helpers' readers.
var session74Seeds = []string{
	"my ID no for the visa is 28456713", "ID no for", "thx tony u", "to jennifer k", "tony r", "recharge 98710 36425",
	"DND on 9", "sim no 98", "text w code 482 913", "w code", "but actual is 17/06/1985", "y es 2", "API key x: 5e0b7c3d91a84f26b7e1c05a9d3f82c4",
	"key: ", "code 8841 for delivery", "code 5521 expired", "code 1 for", "repo: https://x.io/a", "Skoda Octavia", "Renault", "seat leon",
	"Bluebell2019! and bluebell2019", "Hunter2024 and Hunt", "Subscriber ID: 7M4KP2319R", "ID: 7M4KP2319R-", "3050 7226 7427, mobile 9",
	"Steuernummer 03 813/2379", "Wunschkennzeichen M-JH 1987", "plate=\"HH-JP 2190\"", "tessera 80380000200177356206", "mi richiamate al 3",
	// The helpers' readers.
	"(DO-LP 73)", ", M-SB 307,", "MPRN 2249036813", "sort 30-92-14, acc 2", "first line 7 Cedar Close", "for 2 Wyndham Cottages, Ledbury Road",
	"member id XJH 8812740-01", "Agreement number LA-1 leasing", "plate will be TGP4821", "Versicherungsnummer VN 4410 2287 03",
	"ul. Legnicka 48B/15, 54-202 Wrocław", "Kuusitie 5 as 3, 90570 Oulu", "Pispalan valtatie 31 A 4, 33250", "nr rej. KR 7H421",
	"prawo jazdy nr 00412/17/1261", "Ajokorttini numero on 2311 4471 0", "8327-9 994 512 873-1", "ordernr 88412 /Robin", "/",
	"Gali no 4, Makan no 213, Krishna Nagar, Delhi 110053", "Sikkim 737101", "Gaurav Saxena 91-94250-18372", "VID 9182 7364 0571 8294",
	"ABHA 91-4823-7706-1591", "x@abdm", "UAN 100948372615", "voter id UP/52/248/318472", "34161FA8203289720A3C5D21", "UPC MM481923",
	"loan a/c PL1", "otp aaya hai 482913", "aaya hai",
	"CBU 0070123100000456789120", "alias: nico.sosa.mate", "alias es a.b", "CCI 002-191-045872136058-54", "carné de extranjería 001458723",
	"serie 108.452.331", "11 15 3456-7890", "fono 9 6123 4455", "Cra 45 # 26-85 apto 502, barrio La Soledad", "Pasaje Los Aromos 1432",
	"Agent: passport number?\n[08:49] Passenger: its 537201846", "Passenger: sorry 5", "Please enter your employee ID.\nYou: E1",
	"IMEI?\nCustomer: 356938039458071", "Librarian (Sue):",
}
