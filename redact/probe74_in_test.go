package redact

import "testing"

// Tests of what session 74 found in its Indian blind set: addresses,
// phones and identifiers of Indian customers, in English and Hinglish.

// TestAddressChainIndiaOfSession74 checks an Indian address that no
// house number or unit opens, read back from its state and the PIN code
// of the state's postal zone over the localities, lanes and landmarks
// that commas part ("Lower Sichey, ...", "Gali no 4, Makan no 213,
// ..."). The controls: a PIN code of another zone, a town and its state
// alone, a greeting's or a person's name before the parts (left out), a
// relation's mark ("S/O") between two names.
func TestAddressChainIndiaOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"The parcel goes to Middle Tadong, Near Police Outpost, Gangtok, Sikkim 737102 via the courier.", TypeStreetAddress, "Middle Tadong, Near Police Outpost, Gangtok, Sikkim 737102"},
		{"bhaiya likh lo: Gali no 7, Makan no 58, Shanti Nagar, Maujpur, Delhi 110053. theek hai?", TypeStreetAddress, "Gali no 7, Makan no 58, Shanti Nagar, Maujpur, Delhi 110053"},
		{"new address 17-2-45/B, Laxmi Colony, Moosapet, Hyderabad, Telangana 500018", TypeStreetAddress, "17-2-45/B, Laxmi Colony, Moosapet, Hyderabad, Telangana 500018"},
		{"Address - Puthenpura House, Near St. Joseph's Church, Kuravilangad, Kottayam, Kerala 686633", TypeStreetAddress, "Puthenpura House, Near St. Joseph's Church, Kuravilangad, Kottayam, Kerala 686633"},
		{"Hi Rahul, Shanti Nagar, Maujpur, Delhi 110053 is the place", TypeStreetAddress, "Shanti Nagar, Maujpur, Delhi 110053"},
		{"send it to Meena Iyer, Chandmari Veng, Aizawl, Mizoram 796007", TypeStreetAddress, "Chandmari Veng, Aizawl, Mizoram 796007"},
	})
	wantNoneTyped(t, d, []typedText{
		{"dispatched to Middle Tadong, Near Police Outpost, Gangtok, Sikkim 237102 today", TypeStreetAddress},
		{"I moved to Gangtok, Sikkim 737102 last year", TypeStreetAddress},
		{"Ship to: Ravi Kumar Das S/O Mohan Lal Das, Tadong, Sikkim 737102", TypeStreetAddress},
	})
}

// TestLocalityBeforeHouseIndiaOfSession74 checks the localities written
// before an Indian house's unit and number, which the address that its
// state and PIN code end takes in ("Upper Republic Veng, House No. D-44,
// ..."). The controls: a person's name and a relation's mark before the
// house stay out of the address.
func TestLocalityBeforeHouseIndiaOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Please deliver to Lower Chandmari Veng, House No. C-12, Aizawl, Mizoram 796007 and not to the old one.", TypeStreetAddress, "Lower Chandmari Veng, House No. C-12, Aizawl, Mizoram 796007"},
		{"deliver to Zoo Tiniali, House No. 18, Guwahati, Assam 781024 now", TypeStreetAddress, "Zoo Tiniali, House No. 18, Guwahati, Assam 781024"},
		{"Ship to: Priya Sharma, House No. 56, Mohalla Qazi, Bhagalpur, Bihar 812001", TypeStreetAddress, "House No. 56, Mohalla Qazi, Bhagalpur, Bihar 812001"},
		{"Name: Imran Qureshi S/O Abdul Qureshi, H.No. 2-8-301/7, Chilkalguda, Secunderabad, Telangana 500061", TypeStreetAddress, "H.No. 2-8-301/7, Chilkalguda, Secunderabad, Telangana 500061"},
	})
}

// TestCodeFirstPhoneIndiaOfSession74 checks a number after a person's
// name that opens with India's calling code without its '+', set apart
// as its own group ("91-98761-40352"), then a valid mobile. The
// controls: the code glued to the rest, a reference's word before the
// name, a word after the number that goes on.
func TestCodeFirstPhoneIndiaOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"screen issue under warranty. Meena Iyer 91-98761-40352", TypePhoneNumber, "91-98761-40352"},
		{"Regards, Meena Iyer 91 98761 40352", TypePhoneNumber, "91 98761 40352"},
	})
	wantNoneTyped(t, d, []typedText{
		{"screen issue under warranty. Meena Iyer 919876140352", TypePhoneNumber},
		{"Order for Meena Iyer 91-98761-40352", TypePhoneNumber},
		{"Meena Iyer 91-98761-40352 items", TypePhoneNumber},
	})
}

// TestAadhaarVIDIndiaOfSession74 checks the Aadhaar Virtual ID: sixteen
// digits whose Verhoeff check digit holds, after "VID" or "virtual ID".
// The controls: a wrong check digit, and the same digits after a card's
// word.
func TestAadhaarVIDIndiaOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"my Aadhaar VID is 3071 5524 9860 2133, not the aadhaar itself", "IN_AADHAAR_VID", "3071 5524 9860 2133"},
		{"virtual id 5812400377164920 for ekyc", "IN_AADHAAR_VID", "5812400377164920"},
	})
	wantNoneTyped(t, d, []typedText{
		{"my Aadhaar VID is 3071 5524 9860 2134", "IN_AADHAAR_VID"},
		{"card 3071 5524 9860 2133 was declined", "IN_AADHAAR_VID"},
	})
}

// TestABHAIndiaOfSession74 checks the ABHA health account's number,
// fourteen digits in 2-4-4-4 after its word, and its address at
// "@abdm" or "@ndhm". The controls: the same digits after an order's
// word, and "abdm" as an e-mail's local part.
func TestABHAIndiaOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"my ABHA number is 91-6620-4418-3057 and hospital says invalid", "IN_ABHA_NUMBER", "91-6620-4418-3057"},
		{"ABHA address meena.iyer88@abdm is linked", "IN_ABHA_ADDRESS", "meena.iyer88@abdm"},
		{"old health id ravi1990@ndhm", "IN_ABHA_ADDRESS", "ravi1990@ndhm"},
	})
	wantNoneTyped(t, d, []typedText{
		{"order 91-6620-4418-3057 shipped", "IN_ABHA_NUMBER"},
		{"write to abdm@example.org for help", "IN_ABHA_ADDRESS"},
	})
}

// TestUANIndiaOfSession74 checks the provident fund's Universal Account
// Number, twelve digits after "UAN". The controls: Pakistan's hotline
// called a UAN in groups, and twelve digits after an order's word.
func TestUANIndiaOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"UAN 100736184952 ka KYC pending hai", "IN_UAN", "100736184952"},
		{"my epf uan is 101582730466", "IN_UAN", "101582730466"},
	})
	wantNoneTyped(t, d, []typedText{
		{"call our UAN 111-456-789 between 9 and 5", "IN_UAN"},
		{"order 100736184952 shipped", "IN_UAN"},
	})
}

// TestVoterStateFormIndiaOfSession74 checks a voter ID in the states'
// older form, a state's code and three numbers parted by slashes, after
// a voter's word. The controls: no state's code, and no voter's word.
func TestVoterStateFormIndiaOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"voter id MP/14/203/417725 diya tha, reject ho gaya", "IN_VOTER", "MP/14/203/417725"},
		{"old EPIC card WB/21/146/088341", "IN_VOTER", "WB/21/146/088341"},
	})
	wantNoneTyped(t, d, []typedText{
		{"voter id QQ/14/203/417725", "IN_VOTER"},
		{"file MP/14/203/417725 closed", "IN_VOTER"},
	})
}

// TestFASTagIndiaOfSession74 checks a FASTag's tag id, 24 hexadecimal
// digits that open with the toll network's header "34161FA820". The
// controls: a digit short, and another header.
func TestFASTagIndiaOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"FASTag double deduction, tag id 34161FA82033E10B4C7D2A95", "IN_FASTAG_ID", "34161FA82033E10B4C7D2A95"},
	})
	wantNoneTyped(t, d, []typedText{
		{"FASTag double deduction, tag id 34161FA82033E10B4C7D2A9", "IN_FASTAG_ID"},
		{"FASTag double deduction, tag id 44161FA82033E10B4C7D2A95", "IN_FASTAG_ID"},
	})
}

// TestPortingCodeIndiaOfSession74 checks India's unique porting code,
// two letters and six digits after "UPC" or "porting code". The
// controls: a product's UPC of twelve digits, and the shape after an
// invoice's word.
func TestPortingCodeIndiaOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"the UPC for porting your number is KL730418, valid for 4 days", "IN_PORTING_CODE", "KL730418"},
		{"porting code TN502947 aaya hai", "IN_PORTING_CODE", "TN502947"},
	})
	wantNoneTyped(t, d, []typedText{
		{"UPC 036000291452 on the box", "IN_PORTING_CODE"},
		{"invoice KL730418 attached", "IN_PORTING_CODE"},
	})
}

// TestCustomerWordsIndiaOfSession74 checks a person's number at a firm
// after India's words: a loan's account shortened "a/c", a utility's
// consumer number, a bank's "CIF" named again after the customer's
// word. The controls: a Spanish firm's CIF, and "a/c" glued to the
// value.
func TestCustomerWordsIndiaOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"EMI of Rs 9,120 for loan a/c HL0047120938 is due on 05-04-2024", TypeCustomerNumber, "HL0047120938"},
		{"gas connection transfer, consumer no 7300815526, new address", TypeCustomerNumber, "7300815526"},
		{"change my email pls, cust id CIF 52093174", TypeCustomerNumber, "52093174"},
	})
	wantNoneTyped(t, d, []typedText{
		{"factura a nombre de Talleres Norte S.L., CIF B48273915", TypeCustomerNumber},
		{"loan a/cHL0047120938", TypeCustomerNumber},
	})
}

// TestCodeCameIndiaOfSession74 checks a one-time code after Hinglish's
// "aaya" ("came") and its auxiliary "hai". The control: "hai" alone
// after the code's word says nothing of a code sent.
func TestCodeCameIndiaOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"otp aaya hai 730418 , ab kya karu?", TypePassword, "730418"},
		{"otp aayi 730418 but expired", TypePassword, "730418"},
	})
	wantNoneTyped(t, d, []typedText{
		{"otp hai 730418", TypePassword},
	})
}
