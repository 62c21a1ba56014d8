package redact

import "testing"

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
