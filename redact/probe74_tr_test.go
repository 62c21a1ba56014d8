package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of session 74's multi-turn transcripts: values a customer gives
// as the answer to the agent's line before, which names what it asks
// for (answers.go).

// TestPassportAnswerTranscriptOfSession74 checks a passport's number
// that answers the agent's question past the customer's opener ("its",
// "sure,"), and the number the same speaker puts right on the next line
// after an apology. The controls: the same number with no question
// before it, a question that asks for something else, an apology on
// the next line by another speaker, and a next line that opens with no
// apology.
func TestPassportAnswerTranscriptOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"[10:02] Agent Bea: Can you give the passport number for Mr Tobias Wren as it should appear?\n[10:03] Passenger: its 604183927, DOB 11 Mar 1988", TypePassport, "604183927"},
		{"Agent Bea: Could you type the passport number of the second traveller exactly as printed?\nCustomer: sure, 604183927 thanks", TypePassport, "604183927"},
	})
	got := valuesOf(t, d, "[10:02] Agent Bea: Could you type the passport number of the second traveller exactly as printed?\n[10:03] Passenger: its 604183927\n[10:03] Passenger: sorry 604183972 not 927", TypePassport)
	require.Equal(t, []string{"604183927", "604183972"}, got)
	wantNoneTyped(t, d, []typedText{
		{"[10:03] Passenger: its 604183927, DOB 11 Mar 1988", TypePassport},
		{"[10:02] Agent Bea: Can you give the booking number?\n[10:03] Passenger: its 604183927", TypePassport},
	})
	got = valuesOf(t, d, "[10:02] Agent Bea: Could you type the passport number of the second traveller exactly as printed?\n[10:03] Passenger: 604183927\n[10:03] Agent Bea: sorry 604183972 is what I have", TypePassport)
	require.Equal(t, []string{"604183927"}, got)
	got = valuesOf(t, d, "[10:02] Agent Bea: Could you type the passport number of the second traveller exactly as printed?\n[10:03] Passenger: 604183927\n[10:04] Passenger: order 604183972 too", TypePassport)
	require.Equal(t, []string{"604183927"}, got)
}

// TestIMEIAnswerTranscriptOfSession74 checks fifteen digits with an
// IMEI's check that answer a question naming the IMEI on the line
// before, alone or past an opener ("it's"), the question too long for
// the IMEI's word to reach the digits on its own. The controls: the same
// digits with no question before them, after a question that names no
// IMEI, and later on the customer's line than its first value.
func TestIMEIAnswerTranscriptOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"[14:20] Agent Lou: Blocked. Do you have the IMEI so we can bar the handset?\n[14:21] Customer: 354671028394617 from the box", TypeIMEI, "354671028394617"},
		{"Agent Lou: Blocked at 14:20. Do you have the IMEI so we can bar the handset on all networks?\nYou: it's 860912044752835", TypeIMEI, "860912044752835"},
	})
	wantNoneTyped(t, d, []typedText{
		{"[14:21] Customer: 354671028394617 from the box", TypeIMEI},
		{"Agent: What's the order number?\nYou: 354671028394617", TypeIMEI},
		{"[14:20] Agent Lou: Blocked. Do you have the IMEI so we can bar the handset on all networks?\n[14:21] Customer: no, but the old box said 354671028394617 maybe", TypeIMEI},
	})
}

// TestRequestAnswerTranscriptOfSession74 checks a request without a
// question's mark ("Please enter your employee ID.") that names the
// value the next speaker's line gives. The controls: a statement that
// names the number but asks for nothing, and a request whose word is
// followed by more words.
func TestRequestAnswerTranscriptOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"[09:10] HR Bot: Please enter your employee ID.\n[09:10] You: E0071529", TypeCustomerNumber, "E0071529"},
		{"Bot: Provide your customer number\nCustomer: KD-61830274", TypeCustomerNumber, "KD-61830274"},
	})
	wantNoneTyped(t, d, []typedText{
		{"[09:10] HR Bot: Your employee ID has been updated.\n[09:10] You: E0071529", TypeCustomerNumber},
		{"[09:10] HR Bot: Please enter your employee ID in the portal, not here.\n[09:10] You: E0071529", TypeCustomerNumber},
	})
}

// TestStaffRoleSpeakerTranscriptOfSession74 checks a staff member's
// name in brackets after the role a desk's trade gives the speaker
// ("Librarian (Sue):"), a name that is also a word. The controls: the
// role's word and a bracket in a sentence, and the role's bracket with
// no speaker's colon after it.
func TestStaffRoleSpeakerTranscriptOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Customer: my card is blocked\nLibrarian (Sue): Hi! I've reset it.", TypePerson, "Sue"},
		{"Receptionist (Dawn): Your appointment is at 10:40.", TypePerson, "Dawn"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Librarian (part time) wanted for the new branch.", TypePerson},
		{"Librarian (Sue) is on leave this week.", TypePerson},
	})
}
