package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 64 found in the gaps of its blind sets.

// TestAddressedNamesOfSession64 checks a name the message is written to:
// after an answer or an apology ("Sorry Jordan,", "Got it Tom."), after
// "Morning" on a transcript's stamped line, and a name that is also a
// word after a comma at its sentence's end, alone at the message's end
// after a sentence's mark or a dash, or after a speaker's label and
// before a comma; a speaker's name in brackets after the role in a
// pasted transcript. The look-alikes: the words after "sorry" and "ok"
// in lower case, words the lists do not know as names after them
// ("sorry Bitcoin crashed"), a list of colours, a month after a month, a
// country after its capital.
func TestAddressedNamesOfSession64(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Agent: Sorry Jordan, I've removed 512-648-0937 from SMS marketing.", TypePerson, "Jordan"},
		{"Agent: Got it Tom. Invoice 2024-0613 for $1,240.00 was issued on 13 June.", TypePerson, "Tom"},
		{"Agent: Kia ora Sunny, your booking ref is QX7P2M for Thursday 10am.", TypePerson, "Sunny"},
		{"Sure thing Tom, done.", TypePerson, "Tom"},
		{"Agent: Noted Dawn, both updated. You'll get a code by text shortly.", TypePerson, "Dawn"},
		{"[09:02] Agent: Morning Will, thanks for waiting.", TypePerson, "Will"},
		{"Agent: AWS keys found in your support bundle — please rotate them, Miles.", TypePerson, "Miles"},
		{"Agent: I hope that helps, Hope! If anything else comes up just reply here.", TypePerson, "Hope"},
		{"Agent: Done, Grace — the old key is revoked as of 10:14 UTC.", TypePerson, "Grace"},
		{"Agent: Scrubbed, Amber. I'd still revoke it on GitHub to be safe.", TypePerson, "Amber"},
		{"Agent: Summer, I've emailed the prepaid return label to the address on file.", TypePerson, "Summer"},
		{"[5:40 pm] Agent: Sunny, your replacement charger is dispatched.", TypePerson, "Sunny"},
		{"its summer and these sandals are still not here, I paid $64.20 on card 4145376511519649. Faith", TypePerson, "Faith"},
		{"Ring me on 07911 482306 when you're outside - Tom", TypePerson, "Tom"},
	})
	// A speaker's name in brackets after the role, mid-line in a pasted
	// transcript.
	wantTyped(t, d, []typedValue{
		{"Customer: card keeps failing [7:03 AM] Agent (Grace): that number doesn't pass validation", TypePerson, "Grace"},
		{`Pasting the old ticket: "Agent (Olu): What's the billing address? / Me: at home"`, TypePerson, "Olu"},
		{"Me 15:07: here it is. Tech (Gabriel) 15:08: that key is live", TypePerson, "Gabriel"},
	})
	wantNoneTyped(t, d, []typedText{
		{"[06:12] Bot (Sparky): Hi! I'm your virtual assistant.", TypePerson},
		{"we use Support (Zendesk): it works", TypePerson},
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
	d := defaultDetector(t)
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

// TestHouseNameChainsOfSession64 checks a British address with no house
// number, names parted by commas before a postcode: a house's, a
// village's, a Welsh street's with its particles, a road's number, "nr"
// and "by"; and a street with a house number but no designator ("112
// Stokes Croft", a misspelt "Aveneu"). The look-alikes: a person before the names (who is no part of
// the address), a firm's name, towns named in a sentence, a firm's
// address that runs into the firm's name on the next line.
func TestHouseNameChainsOfSession64(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Customer: Name's Gareth Pryce-Jones, address is Tŷ Gwyn, Heol y Llan, Llanarthne, Carmarthen SA32 8JE. Mobile 07834 219 506",
			TypeStreetAddress, "Tŷ Gwyn, Heol y Llan, Llanarthne, Carmarthen SA32 8JE"},
		{"its Lower Hendre Farm, Llangattock Lingoed, Abergavenny NP7 8RR - the lorry wont get up the lane",
			TypeStreetAddress, "Lower Hendre Farm, Llangattock Lingoed, Abergavenny NP7 8RR"},
		{"Address: Pen-y-Bryn, B4520, Upper Chapel, Brecon LD3 9RG. It's the white bungalow",
			TypeStreetAddress, "Pen-y-Bryn, B4520, Upper Chapel, Brecon LD3 9RG"},
		{"Keeper's Cottage, Hinton Estate, nr Ringwood, Hampshire BH24 3HX - gate code for the estate is 4471",
			TypeStreetAddress, "Keeper's Cottage, Hinton Estate, nr Ringwood, Hampshire BH24 3HX"},
		{"Mains of Auchindoir, by Rhynie, Huntly AB54 4HT. Name's Alasdair Grant.",
			TypeStreetAddress, "Mains of Auchindoir, by Rhynie, Huntly AB54 4HT"},
		{"The address on the order is right - Sunnyside, Long Drove, Gedney Hill, Spalding PE12 0NR - but the driver rang",
			TypeStreetAddress, "Sunnyside, Long Drove, Gedney Hill, Spalding PE12 0NR"},
		{"Same address as delivery, Glan yr Afon, Pontrhydfendigaid, Ystrad Meurig SY25 6BP",
			TypeStreetAddress, "Glan yr Afon, Pontrhydfendigaid, Ystrad Meurig SY25 6BP"},
		{"Deliver to: Mr A. Ferguson / Westerton Lodge / Gartmore, Stirling FK8 3RX",
			TypeStreetAddress, "Westerton Lodge / Gartmore, Stirling FK8 3RX"},
		{"Parcel for Fernbank, Station Brae, Kingussie PH21 1EW, please ring on arrival",
			TypeStreetAddress, "Fernbank, Station Brae, Kingussie PH21 1EW"},
		{"Martin Clegg, Rose Cottage, Mill Lane, Leeds LS1 4AP", TypeStreetAddress, "Rose Cottage, Mill Lane, Leeds LS1 4AP"},
		{"Confirming you are the tenant at Flat 3, 112 Stokes Croft, Bristol BS1 3QY from 1 March.", TypeStreetAddress, "Flat 3, 112 Stokes Croft, Bristol BS1 3QY"},
		{"I've updated the delivery address to 14 Cherrywood Aveneu, Harrogate HG2 0PL. Can you confirm?", TypeStreetAddress, "14 Cherrywood Aveneu, Harrogate HG2 0PL"},
		// Ireland's, before a county and an Eircode.
		{"Please send the replacement to 14 Ard na Gréine, Oakpark, Tralee, Co. Kerry V92 F6C3 instead of the old address",
			TypeStreetAddress, "14 Ard na Gréine, Oakpark, Tralee, Co. Kerry V92 F6C3"},
		{"Her address is Cnoc na Sceiche, Ballyferriter, Co. Kerry V92 R6D0 and her landline is 066 915 6372.",
			TypeStreetAddress, "Cnoc na Sceiche, Ballyferriter, Co. Kerry V92 R6D0"},
		{"Customer: Mrs Evelyn Thackeray, Rose Cottage, Main Street, Kilmore, Co. Wexford Y35 E2W9. I'm 91",
			TypeStreetAddress, "Rose Cottage, Main Street, Kilmore, Co. Wexford Y35 E2W9"},
		{"Ballinakill, Co. Laois R32 1PT4", TypeStreetAddress, "Ballinakill, Co. Laois R32 1PT4"},
		// A floor written as an English ordinal after the street.
		{"Can u send it to my work instead? 1801 California St, 22nd Floor, Denver, CO 80202. Attn: Renee",
			TypeStreetAddress, "1801 California St, 22nd Floor, Denver, CO 80202"},
		{"350 Fifth Ave, 3rd fl., New York, NY 10118", TypeStreetAddress, "350 Fifth Ave, 3rd fl., New York, NY 10118"},
		{"Unit 7, Tachbrook Park Drive, Warwick CV34 6RH\nArden Motors Ltd, registered in England",
			TypeStreetAddress, "Unit 7, Tachbrook Park Drive, Warwick CV34 6RH"},
	})
	wantValue(t, d, "Martin Clegg, Rose Cottage, Mill Lane, Leeds LS1 4AP", TypePerson, "Martin Clegg")
	wantNoneTyped(t, d, []typedText{
		{"it's on the 22nd floor of the building", TypeStreetAddress},
		{"Please send it to Acme Ltd, Leeds LS1 4AP", TypeStreetAddress},
		{"I love Leeds, Manchester, York YO1 7HH", TypeStreetAddress},
		{"we drove through Leeds, York YO1 7HH was the last stop", TypeStreetAddress},
	})
}

// TestTenantsAndCookiesOfSession64 checks a tenant's numbers at the
// letting agent and the deposit's scheme after their words, and a
// session's or a form's token in cookies pasted after a few words and a
// colon. The look-alikes: a gas safety certificate's number, a repair's
// job sheet, a cookie of no session, a short token in a policy.
func TestTenantsAndCookiesOfSession64(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Tenant ID T-00582 — the bathroom extractor fan has died", TypeCustomerNumber, "T-00582"},
		{"I'm co-signing the lease for my daughter (lease ID BV-L-20931).", TypeCustomerNumber, "BV-L-20931"},
		{"DPS deposit ID 2748193, is that something you need?", TypeCustomerNumber, "2748193"},
		{"mydeposits deposit certificate no. MD-1187-4452-09, protected on 14/09/2024.", TypeCustomerNumber, "MD-1187-4452-09"},
		{"please quote your tenancy reference TR-40917 as the payment reference.", TypeCustomerNumber, "TR-40917"},
		{"We're on the housing register, applicant number HR778104.", TypeCustomerNumber, "HR778104"},
		{"my cookies from devtools: sessionid=k7v2p9xq4m1n8b3z6c0w5y; theme=dark", TypeAPIKey, "k7v2p9xq4m1n8b3z6c0w5y"},
		{"Cookie: lang=en-GB; csrftoken=Qm8ZrT3vLx0nP5sK2dW9yH4jF7gB1cE6", TypeAPIKey, "Qm8ZrT3vLx0nP5sK2dW9yH4jF7gB1cE6"},
		{"Cookie: theme=dark; remember_me=dXNlcjptZ2FsZWFub0BmYXN0bWFpbC5jb20=", TypeAPIKey, "dXNlcjptZ2FsZWFub0BmYXN0bWFpbC5jb20="},
	})
	wantNoneTyped(t, d, []typedText{
		{"gas safety certificate number GS-2024-5512 is attached", TypeCustomerNumber},
		{"can it go on the same job sheet as the leaky tap (JS-7781)?", TypeCustomerNumber},
		{"my cookies from devtools: theme=k7v2p9xq4m1n8b3z6c0w5y", TypeAPIKey},
		{"cookie policy: we set csrftoken=abc123 for forms", TypeAPIKey},
	})
}

// TestTitledParticlesOfSession64 checks a surname of two particles that
// the lists do not know right after a title ("Mr van der Merwe"), and
// the Afrikaans titles ("Mnr.", "Mev."). The look-alikes: a place's name
// of two particles, and the words in lower case.
func TestTitledParticlesOfSession64(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Agent: Dankie for waiting, Mr van der Merwe. I can see order ZA-7710463 left", TypePerson, "van der Merwe"},
		{"Thank you Mr van der Merwe", TypePerson, "van der Merwe"},
		{"Baie dankie, Mnr. Visser! Your case number is CAS-300981", TypePerson, "Visser"},
		{"Mev. Botha het gister gebel oor die bestelling", TypePerson, "Botha"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Chiclana de la Frontera", TypePerson},
		{"mev dit is reg so", TypePerson},
	})
}

// TestCashtagsAndTravellersOfSession64 checks a payment app's "$" user names in a
// text that speaks of money sent or of the app, with the '$'; and
// travellers' numbers after a hotel's programme or Global Entry. The
// look-alikes: amounts, tickers and
// shells' variables in capitals, code's variables before '=' or "->", a
// "$" word in a text of no payment, "honors" before a year.
func TestCashtagsAndTravellersOfSession64(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"pls send the refund to my cash app $treyvonbankz not the card", TypeUsername, "$treyvonbankz"},
		{"The Cash App card ending 6885 was declined. My cashtag is $MKowalski22 if that helps", TypeUsername, "$MKowalski22"},
		{"a $150 send to $chiamakab, that's my own second account lol", TypeUsername, "$chiamakab"},
	})
	require.Equal(t, []string{"$JayceeWrld", "$JayceeWorld"}, valuesOf(t, d, "I sent $40 to $JayceeWrld by mistake, meant to send to $JayceeWorld . can i get it back", TypeUsername))
	// Travellers' numbers after their programmes' names.
	wantTyped(t, d, []typedValue{
		{"The card is 4835 0812 6009 0678, Honors 917364820", TypeCustomerNumber, "917364820"},
		{"Customer: email kg@outlook.com / Global Entry 982417365", TypeCustomerNumber, "982417365"},
	})
	wantNoneTyped(t, d, []typedText{
		{"graduated with honors 2019 class", TypeCustomerNumber},
		{"I sent $40 and paid $12.50 for shipping", TypeUsername},
		{"echo $HOME and $PATH, then pay the invoice", TypeUsername},
		{"$user = getUser(); send it", TypeUsername},
		{"$this->send($message);", TypeUsername},
		{"the template prints $firstname in the header", TypeUsername},
	})
}

// TestNextLabelOfSession64 checks that a phone's word between a number
// and another number labels the other: the first keeps its own word's
// reading ("NHS 1572999640, mobile 07384 661 205", "Steuer-ID
// 53973846125, Handy 0157 38291746"). The look-alikes: a phone's word
// after the number that ends the text, and two phones. A phone before a
// space and a date keeps its own reading ("(617) 555-0148 1987-02-11").
func TestNextLabelOfSession64(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Booking a smear test, Amira Haddad, NHS 1572999640, mobile 07384 661 205", "UK_NHS", "1572999640"},
		{"Marie Schuster, Steuer-ID 53973846125, Handy 0157 38291746, Stunden", "DE_TAX_ID", "53973846125"},
		{"Georgia DL 058214736, phone 404-731-2290", "US_DRIVER_LICENSE", "058214736"},
	})
	require.Equal(t, []string{"07384 661 205"}, valuesOf(t, d, "Booking a smear test, Amira Haddad, NHS 1572999640, mobile 07384 661 205", TypePhoneNumber))
	require.Equal(t, []string{"020 7946 0381", "07911 482306"}, valuesOf(t, d, "Tel 020 7946 0381, Mobile 07911 482306", TypePhoneNumber))
	// A phone before a space and a date in a record run together.
	wantTyped(t, d, []typedValue{
		{"kevin o'brien kevin.m.obrien@protonmail.com (617) 555-0148 1987-02-11", TypePhoneNumber, "(617) 555-0148"},
		{"Sam Reid 07845 219663 14/02/1987", TypePhoneNumber, "07845 219663"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ref 1234 5678 2024-03-01 closed", TypePhoneNumber},
	})
	require.Equal(t, []string{"07384 661 205"}, valuesOf(t, d, "ring 07384 661 205 mobile", TypePhoneNumber))
}

// TestApplicantsAndUsersOfSession64 checks an applicant's number at UCAS
// and the CAO, a chat platform's or a site's user id (up to 19 digits in
// one group), and a student's number of a letter in lower case and its
// digits, after their words. The look-alikes: a short user id, a
// personal id card, a student's id that is a word.
func TestApplicantsAndUsersOfSession64(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"UCAS sent me a Personal ID 142-883-9071 - do I need that for student finance?", TypeMemberID, "142-883-9071"},
		{"I want to defer my place to 2026 entry. UCAS ID 204 118 5537, name Tomasz", TypeMemberID, "204 118 5537"},
		{"My CAO number is 24318846, I applied for CK101", TypeMemberID, "24318846"},
		{"they messaged all my friends a fake nitro link. discord id 903318742266105856", TypeMemberID, "903318742266105856"},
		{"the account that posted it (user ID 10048812) is suspended", TypeMemberID, "10048812"},
		{"my tutor asked for my login, student no s4419203", TypeMemberID, "s4419203"},
	})
	wantNoneTyped(t, d, []typedText{
		{"user id 42 not found", TypeMemberID},
		{"my personal id card expired last year", TypeMemberID},
		{"student id abc123 is wrong", TypeMemberID},
		{"discord id 12345678901234567890123 is too long", TypeMemberID},
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
	"Tŷ Gwyn, Heol y Llan, Llanarthne, Carmarthen SA32 8JE",
	"y Llan, Carmarthen SA32 8JE",
	", B4520, Brecon LD3 9RG",
	"nr Ringwood, Hampshire BH24 3HX",
	"by, X SA32 8JE",
	"Mr A. Ferguson / Westerton Lodge / Gartmore, Stirling FK8 3RX",
	" / , SA32 8JE",
	"my cookies from devtools: sessionid=k7v2p9xq4m1n8b3z6c0w5y",
	"cookies from a",
	"cookies:",
	"cookie csrftoken=",
	"tenancy reference TR-40917",
	"deposit cert number",
	"Mr van der Merwe",
	"Mr van der",
	"Mnr. V",
	"sent $40 to $JayceeWrld",
	"send $abcd",
	"pay $abcd.",
	"pay $abcd =",
	"pay $abc-",
	"$",
	"NHS 1572999640, mobile 0",
	"1572999640, mobile (",
	"1572999640, mobile: +",
	"student no s4419203",
	"student no s",
	"student no s1",
	"discord id 9033187422661058561",
	"(617) 555-0148 1987-02-11",
	"(617) 555-0148 1987-02-",
}
