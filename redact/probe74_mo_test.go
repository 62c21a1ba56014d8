package redact

import "testing"

// Tests of what session 74 found in its motor insurance (BL) and British
// utilities (BC) blind sets: customers' numbers at insurers and leasing
// firms, plates, meter points, sort codes and addresses. All values are
// invented.

// TestGermanPolicyWordsMotorOfSession74 checks a car insurer's and a
// leasing firm's German words before the customer's number
// ("Versicherungsnummer", "Versicherungsschein-Nr.", "Leasingvertrag"),
// and a check digit after a dash or a slash that ends a number in groups
// of spaces. The controls: the pension's insurance number after the same
// word (a social security number), a claim's number, and a year after a
// slash, which is no check digit.
func TestGermanPolicyWordsMotorOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Versicherungsschein-Nr. HK-31.904.226-5, bitte um Rückruf", TypeCustomerNumber, "HK-31.904.226-5"},
		{"Meine Versicherungsnummer VK 5520 1934 07. Danke", TypeCustomerNumber, "VK 5520 1934 07"},
		{"Moin, Leasingvertrag LZ-0419932 läuft im Herbst aus", TypeCustomerNumber, "LZ-0419932"},
		{"mein Leasingvertrag Nr. 5530198841 endet bald", TypeCustomerNumber, "5530198841"},
		{"Meine Versicherungsnummer ist 41 907 335-2, bitte melden", TypeCustomerNumber, "41 907 335-2"},
		{"Versicherungsschein-Nr. 27 551 904/3, gefahren ist meine Frau", TypeCustomerNumber, "27 551 904/3"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Versicherungsnummer 53 120479 K 03 1, geboren in Kiel", TypeCustomerNumber},
		{"Verwendungszweck Schaden SN-2023-0551920", TypeCustomerNumber},
	})
	if got := valuesOf(t, d, "Kundennummer 31 904 226/2024 bitte", TypeCustomerNumber); len(got) != 1 || got[0] != "31 904 226" {
		t.Fatalf("a year after the slash: got %q", got)
	}
}

// TestLeaseAgreementMotorOfSession74 checks an agreement's number in a
// message that names a lease, hire purchase or the paying off of one,
// which names the borrower as a policy's names its holder. The controls:
// a rental's agreement (a booking), a hire car's, and a bare finance
// agreement, which the blind sets label each way.
func TestLeaseAgreementMotorOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"I'm leasing a Skoda through you, agreement number LQ-55019273. What's the settlement figure?", TypeCustomerNumber, "LQ-55019273"},
		{"I pay £241.60 a month on hire purchase, agreement HP/771/402918, and want a voluntary termination", TypeCustomerNumber, "HP/771/402918"},
		{"Your agreement 06613092841 is now settled, thank you.", TypeCustomerNumber, "06613092841"},
	})
	wantNoneTyped(t, d, []typedText{
		{"picked the car up at Gatwick, rental agreement no. RA-66120934, deposit still pending", TypeCustomerNumber},
		{"hi, picked the van up yesterday, agreement no. RV-44120458, the deposit is pending", TypeCustomerNumber},
		{"please add the VIN to my finance agreement. Agreement FX-30291847, thanks", TypeCustomerNumber},
		{"it's a hire car, agreement HC-7710293, lease terms apply", TypeCustomerNumber},
	})
}

// TestWarrantyNumberMotorOfSession74 checks an extended warranty's
// number after "warranty no" and "warranty number", a contract with its
// buyer. The controls: a warranty's length and its end date.
func TestWarrantyNumberMotorOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"is the gearbox covered? warranty no WX-2207-5519", TypeCustomerNumber, "WX-2207-5519"},
		{"my warranty number is 88140277, bought in March", TypeCustomerNumber, "88140277"},
	})
	wantNoneTyped(t, d, []typedText{
		{"warranty is 24 months right?", TypeCustomerNumber},
		{"Warranty until 19/03/2027", TypeCustomerNumber},
	})
}

// TestGasMPRNMotorOfSession74 checks a British gas supply's MPRN, six to
// ten digits right after the word. The controls: Ireland's eleven digits
// keep their own rule's reading, a reading after other words, and five
// digits.
func TestGasMPRNMotorOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"readings: elec 45102, gas 03318. gas MPRN is 6617203398", TypeUtilityMeter, "6617203398"},
		{"MPRN 3308817420, reading 10422.7 m3", TypeUtilityMeter, "3308817420"},
		{"the MPRN: 4471902 for the flat", TypeUtilityMeter, "4471902"},
		{"MPRN at the new place is 10071184309", TypeUtilityMeter, "10071184309"},
	})
	wantNoneTyped(t, d, []typedText{
		{"MPRN on the bill, reading 118423", TypeUtilityMeter},
		{"MPRN 73819", TypeUtilityMeter},
	})
}

// TestSortBeforeAccountMotorOfSession74 checks a sort code after a bare
// "sort" with no colon when its pairs are joined by hyphens and an
// account's word follows them. The controls: the verb "sort", pairs of
// four, and a sort code after the account's number, which a set labels
// a bank's shared code.
func TestSortBeforeAccountMotorOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"taken from my Halifax acc (sort 11-04-27, acc 30918264) last week", typeUKSortCode, "11-04-27"},
		{"bank is Barclays sort 20-77-41 acct 60419382", typeUKSortCode, "20-77-41"},
	})
	wantNoneTyped(t, d, []typedText{
		{"please sort 11-04-27 out for my account", typeUKSortCode},
		{"sort 11-04-27-09 acc 30918264", typeUKSortCode},
		{"bank details as before (acct 30918264, sort 11-04-27)", typeUKSortCode},
	})
}

// TestFirstLineAddressMotorOfSession74 checks a house number after "first
// line", the first line of a British address that support asks for. The
// controls: a text's line before a number and a street's words.
func TestFirstLineAddressMotorOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"dob 02/11/1979, first line 14 Larch Close", TypeStreetAddress, "14 Larch Close"},
	})
	wantNoneTyped(t, d, []typedText{
		{"see line 14 Larch Close", TypeStreetAddress},
		{"chapter 3 Baker Street Irregulars", TypeStreetAddress},
	})
}

// TestCottagesAfterForMotorOfSession74 checks a house number after "for"
// before a row of cottages that opens a British address of names and a
// postcode. The control: a count after "for" before a word that names
// no house, which keeps the chain's reading without it.
func TestCottagesAfterForMotorOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"a water meter for 4 Marlow Cottages, Kings Lane, Pershore WR10 2AB, thanks", TypeStreetAddress, "4 Marlow Cottages, Kings Lane, Pershore WR10 2AB"},
	})
	if got := valuesOf(t, d, "quote for 3 Weekly Visits, Kings Lane, Pershore WR10 2AB, thanks", TypeStreetAddress); len(got) == 1 && got[0][0] == '3' {
		t.Fatalf("a count read as a house number: %q", got)
	}
}

// TestPlanPrefixMemberMotorOfSession74 checks a US health plan's
// three-letter prefix written apart from the member's number, before one
// run of digits or a run and its suffix. The controls: a club's name
// before digits in groups, and a fund's name (France's CAF) before the
// number.
func TestPlanPrefixMemberMotorOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"health insurance details? member id QWT 5508213-02, group 71044", TypeMemberID, "QWT 5508213-02"},
		{"member no. ZRB 44190276 please", TypeMemberID, "ZRB 44190276"},
	})
	for _, c := range []typedValue{
		{"lidnummer ANWB 318 204 771", TypeMemberID, "318 204 771"},
		{"numéro allocataire CAF 5510294, quotient familial", TypeMemberID, "5510294"},
	} {
		got := valuesOf(t, d, c.text, c.typ)
		if len(got) != 1 || got[0] != c.want {
			t.Fatalf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestBracketPlateMotorOfSession74 checks a German plate in brackets, as
// the law prints it (a hyphen after the district, a space before the
// digits), after a car's model with no plate's word. The controls: a
// standard's number, a product's code of hyphens, a plate's shape
// outside brackets, a leading 0, and a firm's car.
func TestBracketPlateMotorOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"das Angebot für meinen Fiesta (GT-RW 58) ist zu teuer", "DE_KFZ", "GT-RW 58"},
		{"bei meinem Firmenleasing (Seat Leon, KA-HT 4410) leuchtet die Lampe", "DE_KFZ", "KA-HT 4410"},
		{"The BMW WBA00000000000000 (HB-QS 2207) needs new brakes", "DE_KFZ", "HB-QS 2207"},
	})
	wantNoneTyped(t, d, []typedText{
		{"siehe Norm (DIN EN 1234)", "DE_KFZ"},
		{"Artikel (AB-CD-123) bestellt", "DE_KFZ"},
		{"Teil KS-AB 412 fehlt", "DE_KFZ"},
		{"Teil (KS-AB 0123) fehlt", "DE_KFZ"},
		{"Der Gegner fuhr ein Firmenfahrzeug der Spedition Brandt (HI-SB 771).", "DE_KFZ"},
	})
}

// TestFuturePlateMotorOfSession74 checks a plate after "plate will be",
// a new car's. The controls: "will be" before a word or a year.
func TestFuturePlateMotorOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"insure it from tomorrow, new plate will be KRW7713 (GA)", TypeVehicleRegistration, "KRW7713"},
	})
	wantNoneTyped(t, d, []typedText{
		{"the plate will be ready on Monday", TypeVehicleRegistration},
		{"reg will be 2026 style", TypeVehicleRegistration},
	})
}
