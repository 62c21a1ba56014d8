package redact

import "testing"

// Tests of what session 75 found in the gaps of its blind set of
// customers in South Africa, Nigeria and Kenya.

// TestAfricanHellosOfSession75 checks that the hellos of Swahili, Hausa
// and Xhosa that open a message before a comma name no one, and that
// Hausa's "Sunana" (my name is) is a cue, not the name's first word.
// The controls: "Sasa" as a given name beside a surname and after "Hi".
func TestAfricanHellosOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Sasa, I paid KES 1,300 via M-Pesa but the order shows unpaid", TypePerson},
		{"Sannu, pls my refund for order 4417 never arrive", TypePerson},
		{"Molo, ndicela uncedo. I was charged twice for order 7731", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"pls my refund never arrive. Sunana Musa Danjuma, phone 0803 114 2297", TypePerson, "Musa Danjuma"},
		{"I met Sasa Jovanovic at the branch", TypePerson, "Sasa Jovanovic"},
		{"Hi Sasa, can you check my order?", TypePerson, "Sasa"},
	})
}

// TestKenyanIDAfterBareIDOfSession75 checks a Kenyan national ID's
// seven or eight digits after "ID" alone when the message is Kenyan
// (its shilling, M-Pesa, KRA). The controls: the same words in a
// message that shows no Kenyan mark, and another record's "ID".
func TestKenyanIDAfterBareIDOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"the portal says my ID 32817465 doesn't match my name, i paid KES 950", TypeKENationalID, "32817465"},
		{"KRA PIN is fine but the invoice needs my name Achieng Auma, ID 27364518", TypeKENationalID, "27364518"},
	})
	wantNoneTyped(t, d, []typedText{
		{"the portal says my ID 32817465 doesn't match my name", TypeKENationalID},
		{"paid KES 950, session ID 32817465 failed", TypeKENationalID},
	})
}

// TestHealthFundAndTaxNumbersOfSession75 checks Kenya's NHIF number
// after its word, South Africa's tax number after its word under its
// modulus-10 check, and Nigeria's TIN in FIRS's shape. The controls: a
// tax number that fails the check, the fund's word with no number, and
// the TIN's shape without its word.
func TestHealthFundAndTaxNumbersOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"my NHIF no is 20917364, the hospital said it's inactive", "MEMBER_ID", "20917364"},
		{"for the annuity please note my tax number 0381526474 and my date of birth", "ZA_TAX_NUMBER", "0381526474"},
		{"please include my personal TIN 31827465-0001 on the invoice", "NG_TIN", "31827465-0001"},
	})
	wantNoneTyped(t, d, []typedText{
		{"for the annuity please note my tax number 0381526475", "ZA_TAX_NUMBER"},
		{"the NHIF office in town was closed", "MEMBER_ID"},
		{"invoice 31827465-0001 is overdue", "NG_TIN"},
	})
}

// TestAfricanPlatesOfSession75 checks a Nigerian plate typed with a space
// before its last letters and a Gauteng plate, both after a car's word.
// The controls: the Gauteng shape with no vehicle's word.
func TestAfricanPlatesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"they towed my car EKY 318 BC from the junction", "NG_VEHICLE_REGISTRATION", "EKY 318 BC"},
		{"My car BX 47 KM GP was clamped at the mall", TypeVehicleRegistration, "BX 47 KM GP"},
	})
	wantNoneTyped(t, d, []typedText{
		{"your ref BX 47 KM GP is noted", TypeVehicleRegistration},
	})
}
