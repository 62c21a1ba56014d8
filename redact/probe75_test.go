package redact

import (
	"context"
	"testing"
)

// Tests of what session 75 found in the gaps of its blind sets.

// TestShortWordPeriodOfSession75 checks that a number and a short word
// the street tables do not know, before a period and a capital, end a
// sentence rather than open a street ("2 yrs. My TFN", "180 vMB.
// Withdrawals"), and that an amount in thousands before a currency and
// "via" reads no Italian street. The controls keep Polish "ul.", a
// flat's "apt." and Italian "via" before its street's name.
func TestShortWordPeriodOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"the mempool is above 180 vMB. Withdrawals are batched", TypeStreetAddress},
		{"been a customer 2 yrs. My TFN is on file", TypeStreetAddress},
		{"call me after 7 pm. Please", TypeStreetAddress},
		{"table for 10 pax. Menú del día", TypeStreetAddress},
		{"first deposit was about 2k EUR via SEPA", TypeStreetAddress},
		{"about 3k USD via", TypeStreetAddress},
	})
	wantTyped(t, d, []typedValue{
		{"adres: ul. Długa 5, 00-238 Warszawa", TypeStreetAddress, "ul. Długa 5, 00-238 Warszawa"},
		{"I live at 12 via Garibaldi, Milano", TypeStreetAddress, "12 via Garibaldi, Milano"},
	})
}

// TestIrishPlatesOfSession75 checks Ireland's plates in their own
// hyphenated shape without a plate's word (a year of two digits to 2012
// or three since, a county's letters, a serial). The controls: a year
// Ireland never issued, a third digit that is no half year, a county
// that is none, a serial of one digit or opening with zero.
func TestIrishPlatesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"please add my son as a named driver, car is 221-MO-4471.", TypeVehicleRegistration, "221-MO-4471"},
		{"NCT booking for 09-WH-2218, test centre Athlone", TypeVehicleRegistration, "09-WH-2218"},
		{"the van (181-LH-90213) was clamped", TypeVehicleRegistration, "181-LH-90213"},
	})
	wantNoneTyped(t, d, []typedText{
		{"case 45-D-12345 closed", TypeVehicleRegistration},
		{"case 183-D-12345 closed", TypeVehicleRegistration},
		{"case 181-DX-12345 closed", TypeVehicleRegistration},
		{"case 181-D-7 closed", TypeVehicleRegistration},
		{"case 181-D-0712 closed", TypeVehicleRegistration},
	})
}

// TestCardsAndHealthCardsOfSession75 checks a card of seventeen digits
// printed in fours with a short last group (Bancontact's), the European
// health insurance card of countries other than Italy (80, the
// country's code, Luhn over twenty digits), and that Belgium's
// structured payment communication between its plus signs is no
// phone. The controls: those numbers with a wrong check digit, and a
// phone with its plus sign alone.
func TestCardsAndHealthCardsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"my Bancontact card 6703 2537 1520 2735 7 got blocked", TypeCreditCard, "6703 2537 1520 2735 7"},
		{"Versichertenkarte Nr. 80756 01234 00567 89015, bitte", "EU_HEALTH_CARD", "80756 01234 00567 89015"},
		{"helsekortet mitt er 80578000007133458623", "EU_HEALTH_CARD", "80578000007133458623"},
		{"ring me on +44 20 7946 0958 today", TypePhoneNumber, "+44 20 7946 0958"},
	})
	wantNoneTyped(t, d, []typedText{
		{"my Bancontact card 6703 2537 1520 2735 8 got blocked", TypeCreditCard},
		{"Versichertenkarte Nr. 80756 01234 00567 89016, bitte", "EU_HEALTH_CARD"},
		{"Payment reference +++441/0098/73035+++ please", TypePhoneNumber},
	})
}

// TestPlateAdjectivesAndEmployeesOfSession75 checks a plate after the
// word that says which of the owner's plates it is ("placa do carro
// atual", "placa antiga") and an employee's number after "employee"
// alone, payroll's "EE#" and a clocking number. The controls: an
// employee counted, and a plate's adjective before no plate.
func TestPlateAdjectivesAndEmployeesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"pediram CNH, placa do carro atual QRT7B41", TypeVehicleRegistration, "QRT7B41"},
		{"seguro auto: placa antiga KLP-4028, condutor", TypeVehicleRegistration, "KLP-4028"},
		{"hi, employee E447120 here, my payslip is wrong", TypeCustomerNumber, "E447120"},
		{"new address from 5/1 please. EE# 204471", TypeCustomerNumber, "204471"},
	})
	wantNoneTyped(t, d, []typedText{
		{"every employee 3 days off in May", TypeCustomerNumber},
		{"my old plate was lost", TypeVehicleRegistration},
	})
}

// TestPupilNumbersAndSentenceEndsOfSession75 checks England's Unique
// Pupil Number and the UK's Unique Learner Number after their words,
// with their check letter and digit, and a phone after a sentence that
// ends with a year ("date of birth 3rd May 1994. 07700 900461"). The
// controls: the numbers with a wrong check or without their word, and a
// tail of a longer run of groups.
func TestPupilNumbersAndSentenceEndsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"the new school asked for his UPN, is it Q337287813102?", "UK_UPN", "Q337287813102"},
		{"Learner: Sam Hill | ULN 4719203859 | Course: BTEC", "UK_ULN", "4719203859"},
		{"sim swap pls, date of birth 3rd May 1994. 07700 900461. thanks", TypePhoneNumber, "07700 900461"},
	})
	wantNoneTyped(t, d, []typedText{
		{"the new school asked for his UPN, is it Q337287813103?", "UK_UPN"},
		{"parcel Q337287813102 is late", "UK_UPN"},
		{"Learner: Sam Hill | ULN 4719203858 | Course: BTEC", "UK_ULN"},
		{"ref 61089 416 60 039 office", TypePhoneNumber},
	})
}

// TestIrishStreetsOfSession75 checks streets named in Irish, their
// designator first ("Sráid", "Bóthar", "Cois", "Ard", "Lios"), with the
// article "an" or "na" and a noun the article mutates ("na
// hEaglaise"), before a town and an Eircode. The controls: the
// designators alone in a sentence read no street.
func TestIrishStreetsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"cert to 14 Sráid an Chaisleáin, Tuam, Co. Galway H54 KX20 please", TypeStreetAddress, "14 Sráid an Chaisleáin, Tuam, Co. Galway H54 KX20"},
		{"she's at 9 Sráid na hAbhann, Dingle, Co. Kerry V92 FX20. her GP", TypeStreetAddress, "9 Sráid na hAbhann, Dingle, Co. Kerry V92 FX20"},
		{"leak outside 12 Cois Cuain, Carlow R93 C2F7, please", TypeStreetAddress, "12 Cois Cuain, Carlow R93 C2F7"},
	})
	wantNoneTyped(t, d, []typedText{
		{"the Ard Rí was king of 5 provinces", TypeStreetAddress},
		{"Cois na farraige is a song", TypeStreetAddress},
	})
}

// TestFlemishStreetsAndUIDsOfSession75 checks Flemish streets named in
// -lei and -dreef before a house number and a postcode, and an
// exchange's or an app's user id after "UID". The controls: a log's
// "uid=" and a word in -lei with no number.
func TestFlemishStreetsAndUIDsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Groeten, Jan, Frankrijklei 40, 2000 Antwerpen", TypeStreetAddress, "Frankrijklei 40, 2000 Antwerpen"},
		{"nieuw adres: Beukendreef 7, 9000 Gent", TypeStreetAddress, "Beukendreef 7, 9000 Gent"},
		{"the tax export shows 0 trades?? UID 30917264", TypeCustomerNumber, "30917264"},
	})
	wantNoneTyped(t, d, []typedText{
		{"uid=1000(deploy) gid=1000(deploy)", TypeCustomerNumber},
		{"the Frankrijklei is closed today", TypeStreetAddress},
	})
}

// TestChineseNameAtTextStartOfSession75 checks that a romanised Chinese
// name of three words that opens the text, read under the threshold,
// is widened without looking before the first token (it panicked with
// an index of -1), and that the same name after a cue is read.
func TestChineseNameAtTextStartOfSession75(t *testing.T) {
	d := defaultDetector(t)
	if _, err := d.Detect(context.Background(), "Ho Man Kit 5309 2718"); err != nil {
		t.Fatal(err)
	}
	wantTyped(t, d, []typedValue{{"insured Yip Chun Kit, policy renewed", TypePerson, "Yip Chun Kit"}})
}

// session75Seeds are FuzzDetect's seeds for the readers of session 75.
var session75Seeds = []string{
	"the mempool is above 180 vMB. Withdrawals are batched",
	"about 2k EUR via SEPA",
	"car is 221-MO-4471. NCT 09-WH-2218",
	"card 6703 2537 1520 2735 7, Versichertenkarte 80756 01234 00567 89015",
	"Payment reference +++441/0098/73035+++",
	"placa do carro atual QRT7B41, EE# 204471",
	"UPN Q337287813102, ULN 4719203859, born 1994. 07700 900461.",
	"9 Sráid na hAbhann, Dingle, Co. Kerry V92 FX20",
	"Ho Man Kit 5309 2718",
	"〒150-0002 Tokyo-to Shibuya-ku Shibuya 2-14-7, Grand Maison Shibuya 302",
	"서울특별시 강남구 역삼로23길 18, 302호 (06236)",
	"15, Seocho-daero 74-gil, Seocho-gu, Seoul 06620 #1705",
	"(011224/0568, Matěj Vlček), kørekortnummer er 31847520",
	"A# 214-558-902, GWF071348296, I-94 # 68543219A12",
	"SQN 308 Bloco C apto 204, Asa Norte, Brasília-DF, 70747-030",
}
