package redact

import "testing"

// Tests of what session 75 found in the gaps of its Danish and Norwegian
// blind set (CM). All names and numbers are invented.

// TestNordicPhoneWordsOfSession75 checks Danish and Norwegian numbers
// without their country's code after the languages' short phone words
// and phrases: "mobilnr", "tlf.nr", "mit nr er"/"mitt nr er" (my number
// is) and "kontakter dig/deg på" (will contact you at). The controls:
// German's "mit Nr." (with no.) before an order's number, and a number
// after an order's word.
func TestNordicPhoneWordsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"hej, mit nr er 42 71 93 58 hvis buddet skal ringe", TypePhoneNumber, "42 71 93 58"},
		{"Hei! Mitt nr er 918 42 376. Takk", TypePhoneNumber, "918 42 376"},
		{"En montør kontakter dig på 31 64 20 85 i morgen formiddag.", TypePhoneNumber, "31 64 20 85"},
		{"Teknikeren kontakter deg på 473 81 902 før han kommer.", TypePhoneNumber, "473 81 902"},
		{"mobilnr 473 81 902", TypePhoneNumber, "473 81 902"},
		{"tlf.nr. 42 71 93 58", TypePhoneNumber, "42 71 93 58"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Die Bestellung mit Nr. 42 71 93 58 ist noch nicht da.", TypePhoneNumber},
		{"ordrenr 42 71 93 58 er ikke leveret", TypePhoneNumber},
	})
}

// TestNordicPhoneAfterNameOfSession75 checks a Danish or Norwegian number
// in its country's groups, four pairs or a Norwegian mobile's 3-2-3,
// right after the writer's name in a sign-off. The controls: eight
// digits that no Danish or Norwegian number opens with, other groups,
// and a number that a word after it goes on from.
func TestNordicPhoneAfterNameOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Kan I skifte dækkene i uge 14? Mvh Jonas Friis, 52 18 36 94", TypePhoneNumber, "52 18 36 94"},
		{"Er fakturaen betalt? Hilsen Kari Nygård, 917 35 602", TypePhoneNumber, "917 35 602"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Kan I skifte dækkene i uge 14? Mvh Jonas Friis, 12 18 36 94", TypePhoneNumber},
		{"Kan I skifte dækkene i uge 14? Mvh Jonas Friis, 5218 3694", TypePhoneNumber},
		{"Mvh Jonas Friis, 52 18 36 94 stk", TypePhoneNumber},
	})
}

// TestNordicServiceLinesOfSession75 checks a Danish or Norwegian firm's
// own numbers: Denmark's service lines (70) and freephones (80), Norway's
// freephones and shared-cost lines (800, 810, 815, 820, 829), a firm's
// "ringe til os" (to call us) and its main number ("Hovednr.") in a
// signature. The controls: the writer's own direct line beside the main
// number, and a service line the writer calls theirs.
func TestNordicServiceLinesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Agent: Du kan også ringe til os på 70 22 41 19 alle hverdage.", TypePhoneNumber},
		{"Agent: Julen: lukket 24.-26. december. Ring +45 70 33 12 40 eller skriv til os.", TypePhoneNumber},
		{"Har ringet 815 22 340 tre ganger i dag uten svar", TypePhoneNumber},
	})
	wantTyped(t, d, []typedValue{
		{"Med venlig hilsen\nBirgit Lund\nDirekte: +45 29 61 07 38\nHovednr.: +45 86 12 40 00", TypePhoneNumber, "+45 29 61 07 38"},
		{"Ring meg på 815 22 340, det er min bedrifts nummer", TypePhoneNumber, "815 22 340"},
	})
}

// TestYearMonthTicketOfSession75 checks that a case's number opened by
// its year and month and joined by hyphens ("2023-11-0482") is no phone,
// whatever phone word stands a sentence before it. The controls: the
// phone that the word names, and a North American number.
func TestYearMonthTicketOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Vi ringer til dig på 42 71 93 58. Sag: 2023-11-0482", TypePhoneNumber, "42 71 93 58"},
		{"please call me back, my phone is 201-555-0143", TypePhoneNumber, "201-555-0143"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ring mig venligst. Sag: 2023-11-0482", TypePhoneNumber},
		{"my phone was stolen, police report 2024-03-1187", TypePhoneNumber},
	})
}

// TestNamedCPROfSession75 checks a Danish CPR number that no CPR word
// names, written DDMMYY-NNNN right after its holder's name, in brackets
// or after a comma. The controls: the same shape after an order's word
// or a verb, and six digits that are no date.
func TestNamedCPROfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"min far Poul Kragh (230547-1186) er flyttet på plejehjem", "DK_CPR", "230547-1186"},
		{"Oplysninger til lånesagen:\nSigne Holm Dahl, 041182-2217\nÅrsløn 540.000 kr", "DK_CPR", "041182-2217"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ordre 230547-1186 er ikke kommet", "DK_CPR"},
		{"Poul Kragh bestilte 230547-1186 i går", "DK_CPR"},
		{"min far Poul Kragh (320547-1186) er flyttet", "DK_CPR"},
	})
}

// TestNordicCodesOfSession75 checks one-time codes in Danish and
// Norwegian: the bare "kode" before a colon, and "koden" before a clause
// ("Koden jeg fik på sms er ..."). The controls: "kode" before a word
// that makes it another code, and without a colon or a verb.
func TestNordicCodesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"kode: 583 120", TypePassword, "583 120"},
		{"Koden jeg fik på sms er 640219, men den virker ikke", TypePassword, "640219"},
		{"koden som kom er 318204", TypePassword, "318204"},
	})
	wantNoneTyped(t, d, []typedText{
		{"kode promo 12345 virker ikke", TypePassword},
		{"kode booking: 482913", TypePassword},
		{"der står kode 482913 på kvitteringen", TypePassword},
	})
}

// TestNordicCustomerNumbersOfSession75 checks Danish and Norwegian
// policies', employees' and members' numbers after "er" (is), with the
// policy's article ("policenummeret"), and after "i"/"hos" and the firm
// or the scheme in the definite form ("i fagforeningen"). The controls:
// "i" before a year, and "er" after no number's word.
func TestNordicCustomerNumbersOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Mit CPR-nr. er oplyst, og policenummeret er 5512-204418-02.", TypeCustomerNumber, "5512-204418-02"},
		{"Lønnsslippen er feil. ansattnr 30518, avdeling lager", TypeCustomerNumber, "30518"},
		{"Mit medlemsnummer i fagforeningen er 0061230457, tak", TypeCustomerNumber, "0061230457"},
		{"Mitt polisenr 7721-330914 gjelder bilen", TypeCustomerNumber, "7721-330914"},
	})
	wantNoneTyped(t, d, []typedText{
		{"kundenummer i 2024 er 12345678", TypeCustomerNumber},
		{"prisen er 12345678 kr", TypeCustomerNumber},
	})
}

// TestHealthCardsOfSession75 checks a European health insurance card's
// twenty digits ("80" and the country's numeric code first) and the
// Danish and Norwegian health cards' words. The control: twenty digits
// that open otherwise.
func TestHealthCardsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Europeisk helsetrygdkort nr. 80578000001234567890 er utløpt", TypeMemberID, "80578000001234567890"},
		{"mit sygesikringsbevis nr. 55210937 er væk", TypeMemberID, "55210937"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Europeisk helsetrygdkort nr. 12578000001234567890 er utløpt", TypeMemberID},
		{"member number 12578000004418239271", TypeMemberID},
	})
}

// TestNordicDrivingLicenceOfSession75 checks a Danish (kørekort) or a
// Norwegian (førerkort) licence's eight digits right after its words.
// The controls: an amount and a phone further on.
func TestNordicDrivingLicenceOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Mit kørekortnummer er 40126633 og jeg er født i 1980", "DRIVER_LICENSE", "40126633"},
		{"Jeg har fått nytt førerkort, nr 51730289. Kan dere oppdatere?", "DRIVER_LICENSE", "51730289"},
	})
	wantNoneTyped(t, d, []typedText{
		{"kørekortet kostede 12345678 kr", "DRIVER_LICENSE"},
		{"førerkort klasse B, ring 22334455", "DRIVER_LICENSE"},
	})
}
