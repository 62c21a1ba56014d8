package redact

import "testing"

// Tests of what session 75 found in its blind set of immigration and
// legal services (s75_CJ): the numbers of one applicant's case in the
// US, Canada and the UK, a given name of South Africa, a portal's status
// line and towns whose second word is a name.

// TestAlienNumberLabelsOfSession75 checks the A-number after the labels
// that name it with or without its "A" ("A#", "USCIS#", "A-number",
// "alien number"), and printed whole, its three groups joined by hyphens
// or spaces, with no word. The controls: the digits after a ticket's '#'
// or "a number" in prose, groups of mixed separators, a dashed number
// of another letter.
func TestAlienNumberLabelsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"my son's details: Taras Hnatiuk dob 2014-06-11, A# 218-403-667, and my daughter", "US_ALIEN_NUMBER", "218-403-667"},
		{"is the N-400 fee the same online? my USCIS# 207-331-594, resident since 2018", "US_ALIEN_NUMBER", "207-331-594"},
		{"Applicant: Samir Aziz | A#: A203318742 | Status: Pending", "US_ALIEN_NUMBER", "A203318742"},
		{"the notice only says A-number 221 408 395 at the top", "US_ALIEN_NUMBER", "221 408 395"},
		{"the I-751 is for me and my son. me Olena Shevchuk A-219-077-413, he is 9", "US_ALIEN_NUMBER", "A-219-077-413"},
		{"my uncle was detained yesterday, his name Marco Antonio Reyes, A 211 094 386, dob 3/9/1979", "US_ALIEN_NUMBER", "A 211 094 386"},
		{"also my A-number A 215 903 118 for the I-9", "US_ALIEN_NUMBER", "A 215 903 118"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ticket #218-403-667 was closed yesterday", "US_ALIEN_NUMBER"},
		{"they gave me a number 218-403-667 to call back", "US_ALIEN_NUMBER"},
		{"the warehouse shelf is A 211 094-386, aisle 4", "US_ALIEN_NUMBER"},
		{"part B-219-077-413 is back in stock", "US_ALIEN_NUMBER"},
		{"USCIS# 207-331 594 on the card", "US_ALIEN_NUMBER"},
	})
}

// TestUSCaseNumbersOfSession75 checks the I-94 record's number after the
// form's name, the National Visa Center's case after "NVC", a DS-160's
// confirmation after the form's name and an asylum office's receipt
// (Z and its office's letters) with no word. The controls: eleven digits
// with no I-94 near, an NVC case of no year, a confirmation of another
// shape, and three letters no asylum office has.
func TestUSCaseNumbersOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"on H-1B, receipt WAC2291034417 for the extension. my I-94 number is 72210384B15 and passport is Z3318204", "US_I94_NUMBER", "72210384B15"},
		{"I-94: 61192840337, class of admission F1, admit until D/S", "US_I94_NUMBER", "61192840337"},
		{"hi it's Julián, the NVC case is GUZ2023418870 and my wife's DOB is 04/12/1996", "US_NVC_CASE_NUMBER", "GUZ2023418870"},
		{"filling the DS-160 for my dad, the confirmation number was AA00K3P7T2, it timed out", "US_DS160_CONFIRMATION", "AA00K3P7T2"},
		{"I-589 filed 02/10/2024, receipt ZHN2491830045. when can i apply for the EAD?", "US_USCIS_RECEIPT", "ZHN2491830045"},
	})
	wantNoneTyped(t, d, []typedText{
		{"my SLC customer reference number is 61192840337 and the loan is late", "US_I94_NUMBER"},
		{"the NVC case is GUZ3023418870", "US_NVC_CASE_NUMBER"},
		{"DS-160 confirmation AA10K3P7T2", "US_DS160_CONFIRMATION"},
		{"receipt number ZQX2491830045", "US_USCIS_RECEIPT"},
	})
}

// TestCanadianCaseNumbersOfSession75 checks Canada's client identifier
// (UCI) in its three shapes, an application's number after the
// application's or the permit's word and an Express Entry profile's,
// and a refugee board's file. The controls: "UCI" before a span of
// years, an application's number of a letter IRCC does not give, a
// letter and nine digits with no word of IRCC, and a file of another
// office's letter.
func TestCanadianCaseNumbersOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"PR card renewal for me: Chiamaka Obi, UCI 8814-2093, dob 1981-02-11", "CA_UCI", "8814-2093"},
		{"I submitted my spousal sponsorship and my UCI 11-3097-4482. how long should it take?", "CA_UCI", "11-3097-4482"},
		{"ircc webform says invalid UCI when i type 0011930844", "CA_UCI", "0011930844"},
		{"my work permit expires in May and my extension application is W318830471. can I keep working?", "CA_IRCC_APPLICATION", "W318830471"},
		{"Yes, maintained status applies while W318830471 is pending.", "CA_IRCC_APPLICATION", "W318830471"},
		{"my Express Entry profile no is E003318207 and my CRS is 489", "CA_IRCC_APPLICATION", "E003318207"},
		{"my IRB file number is MB4-20931 and the hearing is on Feb 3", "CA_IRB_FILE_NUMBER", "MB4-20931"},
	})
	wantNoneTyped(t, d, []typedText{
		{"UCI 2023-2024 exchange semester in Irvine", "CA_UCI"},
		{"application number A318830471", "CA_IRCC_APPLICATION"},
		{"order W318830471 shipped yesterday", "CA_IRCC_APPLICATION"},
		{"my IRB file number is XB4-20931", "CA_IRB_FILE_NUMBER"},
	})
}

// TestUKCaseNumbersOfSession75 checks the UK's visa application number
// (GWF) and health surcharge reference (IHS) with no word, the Home
// Office's reference after its name, and an ACRO police certificate's.
// The controls: GWF and IHS with a digit too few, a letter and seven
// digits with no Home Office near, and a certificate's shape after no
// word of one.
func TestUKCaseNumbersOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Your Skilled Worker application GWF073318842 has been decided, please check your UKVI account.", "UK_VISA_REFERENCE", "GWF073318842"},
		{"i paid the IHS £1,035 per year, IHS ref IHS204418873. why is my GP asking for it?", "UK_VISA_REFERENCE", "IHS204418873"},
		{"Name: Hodan Abdi | DOB 02.02.1990 | HO ref: K3318270 | Tel: 0116 496 0123", "UK_HOME_OFFICE_REF", "K3318270"},
		{"my police certificate number from the UK is ACRO 00/773104/24H, do you need it?", "UK_POLICE_CERTIFICATE", "00/773104/24H"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ref GWF07331884 on the letter", "UK_VISA_REFERENCE"},
		{"IHS20441887 was the old reference", "UK_VISA_REFERENCE"},
		{"my order K3318270 has not arrived", "UK_HOME_OFFICE_REF"},
		{"invoice 00/773104/24H is overdue", "UK_POLICE_CERTIFICATE"},
	})
}

// TestSouthAfricanGivenNamesOfSession75 checks given names of South
// Africa's Nguni and Sotho-Tswana languages as an agent's vocative
// opens its message. The controls: words of the sentence after the
// speaker's label.
func TestSouthAfricanGivenNamesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Agent: Lindiwe, please change that password right away.", TypePerson, "Lindiwe"},
		{"Agent: Sibusiso, your appointment is confirmed.", TypePerson, "Sibusiso"},
		{"Agent: Refilwe, thanks for sending the documents.", TypePerson, "Refilwe"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Agent: Please, change that password right away.", TypePerson},
		{"Agent: Thanks, your appointment is confirmed.", TypePerson},
	})
}

// TestCaseStatusWordsOfSession75 checks that the state of a case that a
// portal's status line reports after its step ("Interview Scheduled",
// "Decision Issued") names no one. The control: a person's name on the
// same kind of line.
func TestCaseStatusWordsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"pasted from portal: Receipt: NBC1290348765 | Status: Interview Scheduled | Last update 2024-08-19", TypePerson},
		{"Status: Decision Issued | Last update 2024-09-02", TypePerson},
		{"Status: Interview Waived", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"Applicant: Karim Nasser | Status: Pending", TypePerson, "Karim Nasser"},
	})
}

// TestTownHeadsOfSession75 checks that a port's, a fort's or a city's
// word before a given name or a surname names a town, not a person
// ("held at Port Isabel", "interviews in Ciudad Juárez"). The controls:
// a title before "Port", which is then a surname, and a known place
// that keeps its own reading.
func TestTownHeadsOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"he is held at Port Isabel. can he get a bond hearing?", TypePerson},
		{"cases in Ciudad Juárez are getting interviews in about 4 months", TypePerson},
		{"the base at Fort Cavazos called about the move", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"he is held at Port Isabel. can he get a bond hearing?", TypeLocation, "Port Isabel"},
		{"cases in Ciudad Juárez are getting interviews in about 4 months", TypeLocation, "Ciudad Juárez"},
		{"my appointment is with Mr Port tomorrow", TypePerson, "Port"},
		{"we moved from Puerto Rico last year", TypeLocation, "Puerto Rico"},
	})
}
