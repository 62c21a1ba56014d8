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
