package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 38's blind sets found missing or wrongly
// reported.

// TestBankAccountAfterWordOfSession38 checks a bank account's number
// after its word in a message that names banking: grouped as the bank
// prints it, after a label's colon, with a British sort code before it;
// and none where the message names no bank (a customer account), where
// the number runs on into a date or a decimal, or is too short.
func TestBankAccountAfterWordOfSession38(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantFound(t, d, TypeBankAccount, []textValue{
		{"ok here's the form info anyway\nname: Kwame Asante\nsort: 56-00-29\naccount: 18273645\nref: ORD-2025-003317", "18273645"},
		{"please refund to bsb 062-692 acc 1048 2297 acct name Jessica M Tran thx", "1048 2297"},
		{"Pls refund to my DBS acct 027-4-198352, account name Lim Jia Hui", "027-4-198352"},
		{"Hi, I paid by bank transfer from my Starling account (60-92-42 / 33901776) on Friday", "33901776"},
		{"My HSBC acc is 40 12 76 73015528, sorry", "73015528"},
		{"FNB cheque acc 62814739201 branch code 250655, account holder Thabo Mokoena", "62814739201"},
		{"BSB 034 215 account 482 917 (Westpac business acct)", "482 917"},
		{"Bitte überweisen Sie auf mein Konto 1234567890 bei der Sparkasse", "1234567890"},
		{"CBU para el reintegro: 0170099200000123456784", "0170099200000123456784"},
	}, []string{
		"my account 12345678 was charged twice",
		"order 123456789 from your account",
		"account 12345678 was locked after the update, please reset it",
		"the bank says account 1234 is closed",
		"bank transfer for account 12.50 EUR",
		"our bank holiday hours: account 2024-05-27 closed",
		"la cuenta 12345678 del pedido",
		"CLABE: 1234",
	})
	wantFound(t, d, typeUKSortCode, []textValue{
		{"ok here's the form info anyway\nname: Kwame Asante\nsort: 56-00-29\naccount: 18273645", "56-00-29"},
		{"My HSBC acc is 40 12 76 73015528, sorry", "40 12 76"},
	}, []string{
		"sort: 12-05-24 by date",
		"please sort 12 34 56 78 by size",
	})
}

// session38Seeds are FuzzDetect's seeds for the readers of session 38.
var session38Seeds = []string{
	"sort: 56-00-29\naccount: 18273645 bank",
	"Starling account (60-92-42 / 33901776",
	"acc 40 12 76 7",
	"CLABE para el reembolso: ",
	"cbu:",
	"bsb acc 1-2-3-4-5-6-7-8",
}
