package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 64 found in the gaps of its blind sets.

// TestAddressedNamesOfSession64 checks a name the message is written to:
// after an answer or an apology ("Sorry Jordan,", "Got it Tom."), after
// "Morning" on a transcript's stamped line, and a name that is also a
// word after a comma at its sentence's end or after a speaker's label
// and before a comma. The look-alikes: the words after "sorry" and "ok"
// in lower case, words the lists do not know as names after them
// ("sorry Bitcoin crashed"), a list of colours, a month after a month, a
// country after its capital.
func TestAddressedNamesOfSession64(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantTyped(t, d, []typedValue{
		{"Agent: Sorry Jordan, I've removed 512-648-0937 from SMS marketing.", TypePerson, "Jordan"},
		{"Agent: Got it Tom. Invoice 2024-0613 for $1,240.00 was issued on 13 June.", TypePerson, "Tom"},
		{"Agent: Kia ora Sunny, your booking ref is QX7P2M for Thursday 10am.", TypePerson, "Sunny"},
		{"Sure thing Tom, done.", TypePerson, "Tom"},
		{"[09:02] Agent: Morning Will, thanks for waiting.", TypePerson, "Will"},
		{"Agent: AWS keys found in your support bundle — please rotate them, Miles.", TypePerson, "Miles"},
		{"Agent: I hope that helps, Hope! If anything else comes up just reply here.", TypePerson, "Hope"},
		{"Agent: Done, Grace — the old key is revoked as of 10:14 UTC.", TypePerson, "Grace"},
		{"Agent: Scrubbed, Amber. I'd still revoke it on GitHub to be safe.", TypePerson, "Amber"},
		{"Agent: Summer, I've emailed the prepaid return label to the address on file.", TypePerson, "Summer"},
		{"[5:40 pm] Agent: Sunny, your replacement charger is dispatched.", TypePerson, "Sunny"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Customer: sorry fat fingers, it's 07911 432186", TypePerson},
		{"Customer: ok final numbers for table 9", TypePerson},
		{"my email is k.h@\nproton.me sorry hit enter", TypePerson},
		{"Customer: ok will check tomorrow", TypePerson},
		{"It comes in two colours: Black, Amber.", TypePerson},
		{"see you in April, May.", TypePerson},
		{"I flew to Amman, Jordan.", TypePerson},
		{"Sorry I missed your call", TypePerson},
		{"Sorry Mastercard declined it", TypePerson},
		{"sorry Bitcoin crashed again", TypePerson},
		{"Okay Boomer", TypePerson},
	})
}

// TestNumberLabelsOfSession64 checks a person's number at a firm after
// words that stand between its word and the number: the paper it is
// printed on ("on my statement", "on my card"), "still", "stays the
// same", "with you guys". The look-alikes: an order's number after "on",
// a card's word in a sentence with no number.
func TestNumberLabelsOfSession64(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantTyped(t, d, []typedValue{
		{"The customer ID on my statement is CUST-7714290; can you merge it?", TypeCustomerNumber, "CUST-7714290"},
		{"yo my customer no. with you guys is RNC-00582913 and i never got the bonus", TypeCustomerNumber, "RNC-00582913"},
		{"Your customer number stays the same: 850 0347 2291.", TypeCustomerNumber, "850 0347 2291"},
		{"I've updated the contact email and your member no. is still BW-00418827.", TypeMemberID, "BW-00418827"},
		{"I'm Liam Walsh, membership no. on my card 6354 2210 9917 2048", TypeMemberID, "6354 2210 9917 2048"},
	})
	wantNoneTyped(t, d, []typedText{
		{"customer number on order 4471902 is wrong", TypeCustomerNumber},
		{"my customer number on the card is faded, can you look it up?", TypeCustomerNumber},
		{"membership on my card expired in 2023", TypeMemberID},
	})
}

// session64Seeds are FuzzDetect's seeds for the readers of session 64:
// the words and shapes they read, cut short at the text's edges.
var session64Seeds = []string{
	"Sorry Jordan,",
	"sorry fat fingers",
	"got it",
	"Got it Tom",
	"kia ora",
	"[09:02] Agent: Morning Will,",
	"] Agent: Morning",
	"them, Miles.",
	"Done, Grace —",
	", Grace –",
	"Agent: Summer,",
	"Agent: Summer",
	", Amber",
	"customer ID on my statement is CUST-7714290",
	"customer ID on my",
	"customer ID on",
	"customer no. with you guys",
	"customer no. with you guys is",
	"member no. is still BW-1",
	"membership no. on my card 6354",
	"number stays the same: 8",
}
