package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 63 found in the gaps of its blind sets.

// TestFieldBlanksOfSession63 checks what a form holds for one who gave
// no name ("Name: Anonymous"), and a scheme named by its number ("my
// National Insurance number"): no person, no organisation. A firm of the
// same shape stays one.
func TestFieldBlanksOfSession63(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Name: Anonymous | Email: - | Message: what are your opening hours on saturday",
		"My name is Anonymous and I want to report a bug",
		"This profile is 100% a bot. Bio says 'add me on kik'",
		"Appeal: I was banned for sharing my business account",
	} {
		require.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
	for _, text := range []string{
		"my National Insurance number is JK 48 21 93 C",
		"I paid National Insurance contributions for 30 years",
	} {
		require.Empty(t, valuesOf(t, d, text, TypeOrganization), text)
	}
	wantValue(t, d, "my National Insurance number is JK 48 21 93 C", "UK_NINO", "JK 48 21 93 C")
	wantValue(t, d, "claims go to General Insurance Ltd now", TypeOrganization, "General Insurance Ltd")
	wantValue(t, d, "the National Trust membership lapsed", TypeOrganization, "National Trust")
}

// TestAccountWordsOfSession63 checks a loan's and a mortgage's number
// after the word alone, a charity's supporter's, a club's member's and
// season-ticket holder's, a firm's or a
// programme's name between the word and its verb ("numéro de client
// Hydro-Québec c'est ..."), and a hire's agreement, which is a
// reference and no phone.
func TestAccountWordsOfSession63(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Agent: I've located loan #7720014593 — your escrow shortage is $1,284.16", TypeCustomerNumber, "7720014593"},
		{"my car loan AL-55019823 shows a payoff of $14,227.03", TypeCustomerNumber, "AL-55019823"},
		{"Forbearance request for loan 8845-102-337, my hours got cut", TypeCustomerNumber, "8845-102-337"},
		{"the mortgage # 0882-441937-02 renews in june", TypeCustomerNumber, "0882-441937-02"},
		{"Supporter number SUP7743012, please update my email", TypeCustomerNumber, "SUP7743012"},
		{"your own supporter reference is SFT-00938211, it shows on each payment", TypeCustomerNumber, "SFT-00938211"},
		{"mon numéro de client Hydro-Québec c'est 0412 8876 390, c'est pour un changement", TypeCustomerNumber, "0412 8876 390"},
		{"His CRN with Student Finance England is 10382746519.", TypeMemberID, "10382746519"},
		{"Mon numéro de membre Air Miles est 80412776531, les points", TypeMemberID, "80412776531"},
		{"Mein Name ist Stefan Schulz, Mitglied 20511873.", TypeMemberID, "20511873"},
		{"my husband has the season ticket (nr 40-11873) but he's in hospital", TypeMemberID, "40-11873"},
	})
	wantNoneTyped(t, d, []typedText{
		{"the loan amount 250000 was approved", TypeCustomerNumber},
		{"loan term 360 months at 6.25%", TypeCustomerNumber},
		{"Agreement number 7731-0042-1186. My name's Gareth", TypePhoneNumber},
		{"rental agreement 7731-0042-1186 was closed", TypePhoneNumber},
		{"Mitglied seit 2009 und immer zufrieden", TypeMemberID},
	})
}

// TestBirthsOfSession63 checks a child's date of birth after its name
// and "(b." whatever its year, the reader's own date of birth read back
// after another's ("... and yours is ..."), and the German licence's
// abbreviated word.
func TestBirthsOfSession63(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"03/07/2012", "11/19/2015"},
		valuesOf(t, d, "can you put the kids on my plan? Ethan (b. 03/07/2012) and Maya (b. 11/19/2015). Parent email: r@x.com", TypeDateOfBirth))
	require.Equal(t, []string{"17/05/1979", "02/12/1981"},
		valuesOf(t, d, "Ms Kowalczyk, your husband's date of birth on file is 17/05/1979 and yours is 02/12/1981 – if either is wrong", TypeDateOfBirth))
	// No name before "(b.", a plan's "B.", and a question with no date
	// of the reader's after it: only the date of birth said is one.
	for _, c := range []struct{ text, want string }{
		{"see (b. 2020-01-01) order", ""},
		{"Plan B. 12 August 2020", ""},
		{"my DOB is 01/02/1980 and yours is? delivery 02/12/2024", "01/02/1980"},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.want, c.text)
	}
	wantValue(t, d, "Mein Mann fährt auch, Führerscheinnr. J01000SD571.", "DE_FUEHRERSCHEIN", "J01000SD571")
	// The Nordic "f." and the Finnish "s." after a name and a bracket.
	wantValue(t, d, "jeg skriver for min søn Malthe Winther (f. 19.03.2003), han har glemt", TypeDateOfBirth, "19.03.2003")
	wantValue(t, d, "Äitini Riitta Ylönen (s. 24.8.1978) asuu Oulussa", TypePerson, "Riitta Ylönen")
	wantValue(t, d, "see (s. 12.03.2021) and (f. 12.03.2021)", TypeDateOfBirth, "")
}

// TestStreetTownPostcodeOfSession63 checks an address without commas
// whose street's designator is followed by a town and a postcode of four
// digits: one address, not a building number and a street of its own
// number. Generated records' numbered streets stay in parts, as
// Presidio's data labels them.
func TestStreetTownPostcodeOfSession63(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "Customer: its 3 Beach Rd Mentone 3194", TypeStreetAddress, "3 Beach Rd Mentone 3194")
	wantValue(t, d, "send it to 12 High Street Epsom 3194 please", TypeStreetAddress, "12 High Street Epsom 3194")
	require.Equal(t, []string{"17151", "2450 Crown St"}, valuesOf(t, d, "17151 2450 Crown St", TypeStreetAddress))
	require.Equal(t, []string{"6138", "Via Roma 131"}, valuesOf(t, d, "6138 Via Roma 131", TypeStreetAddress))
}

// TestNamesOfSession63 checks given names and surnames the lists lacked
// (Britain's and Ireland's, short forms, the Nordic countries'), read
// where no cue or capital says a name stands, a name in lower case after
// "name is" in a text with capitals, and the words left out of
// the lists, which name no one ("Account SID", "Ihr Zimmer", "carte
// Vitale", Nigerian Pidgin "dey", Hindi "mila").
func TestNamesOfSession63(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"Signed Olwen Price.", "Olwen Price"},
		{"thanks kev", "kev"},
		{"pls ask eoghan to ring me", "eoghan"},
		{"Agent: Takk for tålmodigheten, Øystein.", "Øystein"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, TypePerson), c.text)
	}
	// A name in lower case after "name is" in a text with capitals.
	for _, c := range []struct{ text, want string }{
		{"My name is kayleigh brooks.", "kayleigh brooks"},
		{"my NI is JK 62 71 94 C. name is kayleigh brooks 42 fairfield road", "kayleigh brooks"},
		{"Name is kayleigh brooks.", "kayleigh brooks"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, TypePerson), c.text)
	}
	for _, text := range []string{
		"My name is about to change on the account",
		"My name is spelt wrong on the invoice",
		"SMS stopped arriving yesterday. Account SID ACf58c52a54242be355113d795987",
		"Ihr Zimmer 214 ist ab dem frühen Nachmittag bezugsfertig",
		"bonjour la pharmacie, ma carte vitale ne passe plus",
		"abeg who dey chop my data?? i buy 10GB for",
		"ticket nahi mila, IRCTC txn id 100004567812345",
	} {
		require.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestAddressesOfSession63 checks an Eircode at an address's end that its
// word after it would have taken from the address, the Eircode's word
// capitalised inside an address, a flat's code after other words when a
// PIN code ends its chain, a door number's letter after a slash, and
// "Mob" on the line after an address, which labels the phone.
func TestAddressesOfSession63(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"addr upd: Flat 3B, 61 Harcourt Street, Dublin 2, D02 XK58; old eircode removed.", TypeStreetAddress, "Flat 3B, 61 Harcourt Street, Dublin 2, D02 XK58"},
		{"House is 3 Seafield Close, Booterstown, Co. Dublin, Eircode A94 K7W2 if ur using the satnav", TypeStreetAddress, "3 Seafield Close, Booterstown, Co. Dublin"},
		{"House is 3 Seafield Close, Booterstown, Co. Dublin, Eircode A94 K7W2 if ur using the satnav", TypeIEEircode, "A94 K7W2"},
		{"Send the replacement to B-47, Sector 62, Noida, UP 201301 , receiver Shalini", TypeStreetAddress, "B-47, Sector 62, Noida, UP 201301"},
		{"Delivery address: Mohammed Irfan Qureshi, H.No. 14-2-117/A, Gandhi Nagar, Secunderabad 500003, ph 9849021836", TypeStreetAddress, "H.No. 14-2-117/A, Gandhi Nagar, Secunderabad 500003"},
		{"Address:\nH.No. 8-2-293, Banjara Hills, Hyderabad 500034\nMob 9849 173 520", TypeStreetAddress, "H.No. 8-2-293, Banjara Hills, Hyderabad 500034"},
		{"Address:\nH.No. 8-2-293, Banjara Hills, Hyderabad 500034\nMob 9849 173 520", TypePhoneNumber, "9849 173 520"},
	})
	// A reference's code before a chain without a PIN code stays no
	// flat's.
	wantNoneTyped(t, d, []typedText{
		{"Agent: Ticket: B-204, Sector 62, Noida.", TypeStreetAddress},
		{"Agent: closing ticket B-204, Sector 62, Noida 12 people", TypeStreetAddress},
	})
}

// TestUnitsAndHousesOfSession63 checks a flat's unit and its building's
// name before the street, with or without a comma between them, or
// after "The"; a building within a site's name; a house's number with
// its letter after a street's designator; and a town the lists do not
// know after the street.
func TestUnitsAndHousesOfSession63(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"New: Flat 12B Albion House, 4 Queens Rd, Reading RG1 4AU.", TypeStreetAddress, "Flat 12B Albion House, 4 Queens Rd, Reading RG1 4AU"},
		{"full address is Apt 5C, The Beaumont, 180 Riverside Dr, NY NY 10024 (not 5-C)", TypeStreetAddress, "Apt 5C, The Beaumont, 180 Riverside Dr, NY NY 10024"},
		{"she lives at Flat 11, Beech House, Sunningdale Care Village, London Rd, Ascot SL5 0PP and can't use email", TypeStreetAddress, "Flat 11, Beech House, Sunningdale Care Village, London Rd, Ascot SL5 0PP"},
		{"Adres: ul. Słowackiego 14A, 20-072 Lublin", TypeStreetAddress, "ul. Słowackiego 14A, 20-072 Lublin"},
		{"Enviar a Calle Mayor 5B, 28013 Madrid por favor", TypeStreetAddress, "Calle Mayor 5B, 28013 Madrid"},
		{"Rua Augusta 12A, 1100-053 Lisboa", TypeStreetAddress, "Rua Augusta 12A, 1100-053 Lisboa"},
	})
	// A town the lists do not know after the street's designator and a
	// comma, where the address ends, and a known place after it.
	wantTyped(t, d, []typedValue{
		{"customer> I'm at 5 Brunswick Sq, Hove — no postcode handy sorry.", TypeStreetAddress, "5 Brunswick Sq, Hove"},
		{"I moved to Hamburg from 8 Cromwell Rd, Hove in the summer", TypeStreetAddress, "8 Cromwell Rd, Hove"},
		{"New address: No. 18, 2nd Main Road, Gandhi Nagar, Adyar, Chennai 600020. Phone number remains same.", TypeStreetAddress, "No. 18, 2nd Main Road, Gandhi Nagar, Adyar, Chennai 600020"},
		{"send to 12 Main St, Anna said it's fine", TypeStreetAddress, "12 Main St"},
		{"deliver to 5 Park Rd, Thanks", TypeStreetAddress, "5 Park Rd"},
	})
	// "The" and a name before a street without a unit stay out of it.
	wantValue(t, d, "I saw The Beaumont, 180 Riverside Dr, NY NY 10024", TypeStreetAddress, "180 Riverside Dr, NY NY 10024")
	wantNoneTyped(t, d, []typedText{{"via Roma 3hrs ago", TypeStreetAddress}})
}

// TestLabelsAndBrandsOfSession63 checks the labels of Polish forms, which
// are no name before the name they label, Czech's word for born, and
// brands named after their founders.
func TestLabelsAndBrandsOfSession63(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "Odbiorca Zofia Kędzierska, tel. +48 601 237 845.", TypePerson, "Zofia Kędzierska")
	wantValue(t, d, "Moje RČ je 000719/1492, narozen 19.7.2000, chci si otevřít účet", TypeDateOfBirth, "19.7.2000")
	wantValue(t, d, "dcera Eliška (nar. 24. 6. 1997) bude přebírat zásilku", TypeDateOfBirth, "24. 6. 1997")
	for _, text := range []string{
		"hiya can I swap the Jack Daniel's gift set for the Baileys one",
		"Is the Ford Focus mat set compatible with the 2019 model?",
		"the Disney tickets say Tuesday 18:00",
	} {
		require.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
}

// session63Seeds are FuzzDetect's seeds for the readers of session 63:
// the words and shapes they read, cut short at the text's edges.
var session63Seeds = []string{
	"loan #7720014593",
	"loan #",
	"mortgage # 0882",
	"numéro de client Hydro-Québec c'est 0412 8876 390",
	"numéro de client Hydro-Québec c'",
	"numéro de membre Air Miles est",
	"customer number Tesco Clubcard is",
	"account A",
	"Ethan (b. 03/07/2012)",
	"Ethan (b.",
	"X (b. 2",
	"on file is 17/05/1979 and yours is 02/12/1981",
	"and yours is",
	"3 Beach Rd Mentone 3194",
	"12 Rd A 3194",
	"Dublin 2, D02 XK58; old eircode",
	"Co. Dublin, Eircode A94 K7W2",
	"D02 XK58 D02 XK58 D02 XK58",
	"to B-47, Sector 62, Noida, UP 201301",
	"B-47, Sector 62, Noida, UP",
	"H.No. 14-2-117/A",
	"H.No. 14-2-117/",
	"H.No. 1/A/B",
	"500034\nMob 9849",
	"Flat 12B Albion House, 4 Queens Rd",
	"Apt 5C, The Beaumont, 180 Riverside Dr",
	"Flat 11, Beech House, Sunningdale Care Village, London Rd",
	"Flat 1 The",
	"ul. Słowackiego 14A/3, 20-072",
	"Calle Mayor 5B",
	"Rua Augusta 12A/",
	"Keating from",
	"my National Insurance number",
	"National Insurance no",
	"Mitglied 20511873",
	"season ticket (nr 40-11873)",
	"narozen 19.7.2000",
	"nar.",
	"a [dot] b [dot] c [at] d [dot] com",
	"[dot] [at] x [dot] de",
	"(dot)x(at)y(dot)z",
	"5 Brunswick Sq, Hove —",
	"8 Cromwell Rd, Hove",
}

// TestClauseBreakOfSession63 checks that a reference's word does not
// reach a phone across the end of its sentence or clause, and still
// does across an abbreviation's full stop, a question's mark and a full
// stop before a word in lower case.
func TestClauseBreakOfSession63(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"CUST CALLED 3RD TIME RE MISSING PARCEL; CB NO 07700 913 482; ESC TO COURIER Q", TypePhoneNumber, "07700 913 482"},
		{"fortfarande inget paket. /Gustav Lönnqvist 070-268 91 33", TypePhoneNumber, "070-268 91 33"},
		{"ben böyle bir paket almadım. Hat 0542 915 33 70, müşteri no 1029384756.", TypePhoneNumber, "0542 915 33 70"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Order no. 0770091348 shipped", TypePhoneNumber},
		{"Your order number? 4417220913", TypePhoneNumber},
		{"it doesn't show under my tickets. numbers were 04 11 23 38 47, stars 2 and 9", TypePhoneNumber},
		{"Anschluss: Gneisenaustraße 61, 10961 Berlin, Kundennr. 1108472239", TypePhoneNumber},
	})
}

// TestBracketedLocalOfSession63 checks an address written to dodge
// harvesters whose local part's labels are joined by "(dot)" or "[dot]"
// as its domain's are: the whole local part is the address's.
func TestBracketedLocalOfSession63(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"email anouk [dot] devries [at] ziggo [dot] nl, telefoon 06-41 27 93 58", TypeEmailAddress, "anouk [dot] devries [at] ziggo [dot] nl"},
		{"you can write to priya(dot)raman(at)protonmail(dot)com, I don't check the work one", TypeEmailAddress, "priya(dot)raman(at)protonmail(dot)com"},
		{"[dot] doe [at] gmail [dot] com", TypeEmailAddress, "doe [at] gmail [dot] com"},
	})
}
