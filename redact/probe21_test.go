package redact

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCapitalisedNamingVerbs checks that a verb of naming typed with a
// capital after its pronoun ("Je M'appelle", "Me Llamo"), as writers who
// capitalise every word type it, is no part of the name it announces.
func TestCapitalisedNamingVerbs(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Bonjour, Je M'appelle Hiroshi Nowak.", "Hiroshi Nowak"},
		{"Hola, Me Llamo Hiroshi Nowak.", "Hiroshi Nowak"},
		{"Ciao, Mi Chiamo Hiroshi Nowak.", "Hiroshi Nowak"},
		{"Hallo, Ik Heet Hiroshi Nowak.", "Hiroshi Nowak"},
		{"Me Llamo Hiroshi.", "Hiroshi"},
		{"Bonjour, je M'appelle Linda Chen.", "Linda Chen"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	// The verb without its pronoun calls someone, and announces no name.
	for _, text := range []string{
		"Vale, te llamo mañana por la tarde.",
		"Chamo o técnico amanhã.",
	} {
		wantValue(t, d, text, TypePerson, "", text)
	}
}

// TestAppStepsNoFirm checks that a step or page of a shop or an app after
// "work at" is where something fails, not a firm; a firm after the same
// words stays one.
func TestAppStepsNoFirm(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"The promo code doesn't work at Checkout.",
		"The Promo Code SPRING25 Doesn't Work At Checkout.",
		"The app doesn't work at Startup since the update.",
	} {
		wantValue(t, d, text, TypeOrganization, "", text)
	}
	for _, c := range []struct{ text, firm string }{
		{"I work at Initech.", "Initech"},
		{"He works at Boots.", "Boots"},
	} {
		wantValue(t, d, c.text, TypeOrganization, c.firm, c.text)
	}
}

// TestRoleNounsBeforeNames checks that a party's role written before a
// name in a record ("Taxpayer Sophia Martin, SSN ...") is no part of the
// name.
func TestRoleNounsBeforeNames(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"[1:43 am] Agent: Taxpayer Sophia Martin, SSN 268-42-8541, phone 606.929.8021.", "Sophia Martin"},
		{"Agent: Employee Linda Brown, SSN 403-80-2708, start date November 26, 2022.", "Linda Brown"},
		{"Policyholder Ana Lopes asked for a copy.", "Ana Lopes"},
		{"Patient Thomas Nguyen, room 12.", "Thomas Nguyen"},
		{"Claimant Ingrid Harris, claim 55.", "Ingrid Harris"},
		{"Beneficiary Emma Nowak was added.", "Emma Nowak"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestDatesOfBirthInRecords checks dates of birth that no word names in
// a record of one person beside an address or after the name in
// brackets, the value a correction gives, and their look-alikes: a date
// of an event, of a court or a policy, a letter's date.
func TestDatesOfBirthInRecords(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"Policy holder: Oliver Lopez, 1996-06-15, 953 Pine Court, Tucson, AZ 22496", "1996-06-15"},
		{"Policy holder: Hannah Schmidt, June 24, 1995, 3432 Chestnut Boulevard", "June 24, 1995"},
		{"Policy holder: Ingrid Zhang, 9 May 2006, 2633 Lincoln Street, Columbus, OH 12013", "9 May 2006"},
		{"Account holder: Oliver Lopez, 1996-06-15", "1996-06-15"},
		{"[9:36 am] user> Lucía Nielsen (1946-12-27) needs to be added as a dependent.", "1946-12-27"},
		{"Richard Okafor (06/02/1973) needs to be added as a dependent.", "06/02/1973"},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
	for _, c := range []struct {
		text string
		dobs []string
	}{
		{"Agent: Account created 31 May 2024, but my birth date shows 08/31/2003 instead of 20/10/1963.", []string{"08/31/2003", "20/10/1963"}},
		{"my date of birth is wrong: it says 1952-09-02 but should be 1953-09-02", []string{"1952-09-02", "1953-09-02"}},
		{"Geburtsdatum 02.09.1952 statt 02.09.1953", []string{"02.09.1952", "02.09.1953"}},
	} {
		assert.Equal(t, c.dobs, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
	// Dates of an event, a policy, a court or a letter; the last line's
	// first date is a date of birth, its second an order's.
	for _, text := range []string{
		"Policy number 12345: Oliver Lopez, 2006-06-15, 953 Pine Court",
		"Oliver Lopez, 2016-06-15, 953 Pine Court",
		"Oliver Lopez, 1996-06-15, court hearing",
		"Anna Berg (1998-03-02) wrote:",
		"Anna Berg (2008-03-02) needs to be added",
		"Ticket from Anna Berg (2023-03-02)",
		"Anna Berg (order 12/03/1988)",
	} {
		wantValue(t, d, text, TypeDateOfBirth, "", text)
	}
	wantValue(t, d, "DOB 1952-09-02, order placed instead of 2023-01-05", TypeDateOfBirth, "1952-09-02")
}

// TestProbe21LookAlikes checks words of software and sentences that read
// as names, firms or job titles: a protocol before "app" or "team", a
// machine after "the", a verb that opens a sentence before "from", a
// participle before "office", and a callback's own identifier.
func TestProbe21LookAlikes(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ string }{
		{"Customer: The OAuth app issued a token but it can't read private repos.", TypeOrganization},
		{"The Bluetooth team said the WebSocket app is fine.", TypeOrganization},
		{"[07:46] Customer: Please allowlist 145.56.57.34 and 40.201.193.123 for the SFTP server.", TypeTitle},
		{"Our mail goes through the Exchange server.", TypeTitle},
		{"Moving from 40 rue de la République, 33800 Bordeaux to 968 Laurel Way on 2019-11-22, please update both accounts.", TypePerson},
		{"Calling from Leeds about my order.", TypePerson},
		{"Customer: Registered office: Bahnhofstraße 28, 32774 Düsseldorf.", TypeOrganization},
		{"callback id 4226344334", TypePhoneNumber},
		{"callback timeout 2147483647", TypePhoneNumber},
		{"the webhook callback returned 4294967295", TypePhoneNumber},
	} {
		wantValue(t, d, c.text, c.typ, "", c.text)
	}
	// The same words keep what they name elsewhere.
	for _, c := range []struct{ text, typ, want string }{
		{"Job title: Head Server", TypeTitle, "Head Server"},
		{"Channing from Leeds called", TypePerson, "Channing"},
		{"user> SSN 233-06-9967 / case CASE-74038 / callback number 422-634-4334", TypePhoneNumber, "422-634-4334"},
		{"please callback at 0151 496 0321", TypePhoneNumber, "0151 496 0321"},
	} {
		wantValue(t, d, c.text, c.typ, c.want, c.text)
	}
}

// TestAddressTailsProbe21 checks a town before a colon after its postcode
// and British streets named by a designator the US lacks ("The
// Paddocks", "Meadow Garth"), with their look-alikes.
func TestAddressTailsProbe21(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"123 allée des Peupliers, 59260 Lille: questo è il nuovo indirizzo.", "123 allée des Peupliers, 59260 Lille"},
		{"Corso Italia 22, 30139 Venezia: dat is het nieuwe adres.", "Corso Italia 22, 30139 Venezia"},
		{"Customer: 37 quai des Chartrons, 13090 Aix-en-Provence : c'est la nouvelle adresse.", "37 quai des Chartrons, 13090 Aix-en-Provence"},
		{"user> Deliver to: 64 The Paddocks, Cambridge, CB4 9AS", "64 The Paddocks, Cambridge, CB4 9AS"},
		{"[04:48] Customer: new address -> Flat 9B, 81 The Paddocks, London N4 2WE", "Flat 9B, 81 The Paddocks, London N4 2WE"},
		{"It goes to 12 Meadow Garth, Leeds LS6 2AB please", "12 Meadow Garth, Leeds LS6 2AB"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
	// A label after a postcode is no town; surnames stay people.
	wantValue(t, d, "Hauptstraße 5, 10115 Tel: 030 1234567", TypeStreetAddress, "Hauptstraße 5, 10115")
	for _, c := range []struct{ text, name string }{
		{"Sarah Croft called", "Sarah Croft"},
		{"Tom Holt wrote", "Tom Holt"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestLowerCaseAddressesProbe21 checks addresses typed in lower case that
// a fifth set of names and addresses missed: a town the lists lack
// before a comma and a UK postcode or right after the street's
// designator, a unit's number before the house number, a Dutch
// postcode's letters that spell a unit or a title, and streets whose
// designator stands two words and particles before the number.
func TestLowerCaseAddressesProbe21(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"Customer: order for matthew sanchez at 114 station road, swansea, sa1 1aq never came", "114 station road, swansea, sa1 1aq"},
		{"hello, my name is emma palmieri and i need to change my delivery address to 178 bramley mews norwich nr10 6bu", "178 bramley mews norwich nr10 6bu"},
		{"hi im mason can u change address to flat 5b 101 rosemary close york yo16 5eg", "flat 5b 101 rosemary close york yo16 5eg"},
		{"Flat 5B 101 Rosemary Close York YO16 5EG", "Flat 5B 101 Rosemary Close York YO16 5EG"},
		{"ik ben frank, de bestelling moet naar heerengracht 172 hs 3074 ml rotterdam", "heerengracht 172 hs 3074 ml rotterdam"},
		{"lindelaan 70, 2028 mr haarlem", "lindelaan 70, 2028 mr haarlem"},
		{"potete cambiare l'indirizzo di spedizione in via santa lucia 57, 10126 torino? grazie", "via santa lucia 57, 10126 torino"},
		{"mi dirección es camino de los pinos 32, 41017 sevilla", "camino de los pinos 32, 41017 sevilla"},
		{"die bestellung soll an auf der höhe 82 10115 berlin gehen.", "auf der höhe 82 10115 berlin"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
	for _, text := range []string{
		"i drank 1500 ml amsterdam style",
		"i went to the via of the 57 people, 10126 torino",
		"my new street is via santa lucia 57",
	} {
		wantValue(t, d, text, TypeStreetAddress, "", text)
	}
}

// TestEuropeanNameAndTownLists checks names and towns of the lists added
// in session 21 (listEuropeanGivenNames2, listEuropeanSurnames,
// listEuropeanTowns) where the lists are all the evidence there is, in
// lower case and in capitals; and the words that the lists leave out
// because they are also ordinary words or parts of a place's name.
func TestEuropeanNameAndTownLists(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"jutta schmitz hat angerufen", TypePerson, "jutta schmitz"},
		{"JUTTA SCHMITZ CALLED AGAIN", TypePerson, "JUTTA SCHMITZ"},
		{"ik ben dirk, bestelling A123", TypePerson, "dirk"},
		{"hallo, mein name ist henning schmitz", TypePerson, "henning schmitz"},
		{"bitte an freya hermans schicken", TypePerson, "freya hermans"},
		{"I LIVE IN KIEL NOW", TypeLocation, "KIEL"},
		{"we moved from swansea last year", TypeLocation, "swansea"},
		{"Zet de licentie op naam van Dirk van der Heijden.", TypePerson, "Dirk van der Heijden"},
	} {
		wantValue(t, d, c.text, c.typ, c.want, c.text)
	}
	for _, text := range []string{
		"Kunde: Ich möchte mein Abo kündigen.", // "Åbo"
		"em sete dias úteis",                   // "Sète"
		"hoe lang duren de solden nog",         // "Düren", "Sölden"
		"i live in los angeles",                // "Ángeles"
		"Address:\nBryn Bungalow\nMill Lane\nAmbridge AB1 2CD",
	} {
		wantValue(t, d, text, TypePerson, "", text)
		wantValue(t, d, text, TypeLocation, "", text)
	}
}

// TestLowerCaseNamesInMixedText checks names typed in lower case in a text
// that capitalises other words, after a self-introduction or a role that
// labels a person: the surname first, an initial, two given names, and a
// role's label; with the phrases that look the same and name no one.
func TestLowerCaseNamesInMixedText(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Customer: I'm dupont sandrine, currently living in France, address is 36 boulevard des Tilleuls.", "dupont sandrine"},
		{"user> Hello, this is linh p. pham. I'm following up on ticket CASE-78887.", "linh p. pham"},
		{"The card is mine, I'm benoît marie dubois and I pay the bills.", "benoît marie dubois"},
		{"Agent katharina zimmermann: Ich habe den Fall TCK-335458 an die Buchhaltung weitergeleitet.", "katharina zimmermann"},
		{"Agent: Customer joshua miller, 897 Bluebonnet Avenue, order #83406.", "joshua miller"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	for _, text := range []string{
		"I'm sure this is fine.",
		"This is great. I'm good thanks",
		"Customer: hello there",
		"Agent: Customer service will call.",
		"Customer mark down the price",
		"Hi, I'm m. jones",
	} {
		wantValue(t, d, text, TypePerson, "", text)
	}
}

// TestProbe21ReviewLookAlikes holds lines a reviewer wrote to tempt this
// sitting's rules, each of which one of them got wrong before its mend:
// words of the new name and town lists typed in lower case with no cue
// (gazetteer.weak), corrections with a word between the dates, dates in
// brackets after a name that is no subject, "callback" in code,
// surnames shaped like gerunds, a role before words that name no one in
// title case, and a label after a postcode.
func TestProbe21ReviewLookAlikes(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, bad string }{
		{"do you have the aline dress in navy, size 12?", TypePerson, ""},
		{"my isa allowance shows £0 left, that's wrong", TypePerson, ""},
		{"the olaf plush toy from frozen is missing its nose", TypePerson, ""},
		{"is the parma ham sliced or whole?", TypeLocation, ""},
		{"de kiel van mijn kano is gescheurd", TypeLocation, ""},
		{"¿cuánto duran las baterías?", TypePerson, ""},
		{"DOB 1980-01-01, travel date 2024-05-01 should be 2024-06-01", TypeDateOfBirth, "2024"},
		{"Approved by Tom Hale (1999-04-01)", TypeDateOfBirth, ""},
		{"Reviewed by Dr. Paul Klein (1996-02-11), page 4 of the manual.", TypeDateOfBirth, ""},
		{"callback timeout 2147483647 exceeded", TypePhoneNumber, ""},
		{"Patient Grace Period Ends Tomorrow", TypePerson, ""},
		{"Hauptstraße 5, 10115 Hinweis: bitte klingeln", TypeStreetAddress, "Hinweis"},
	} {
		for _, v := range valuesOf(t, d, c.text, c.typ) {
			if c.bad == "" || strings.Contains(v, c.bad) {
				assert.Failf(t, "look-alike reported", "%s: %s %q", c.text, c.typ, v)
			}
		}
	}
	for _, c := range []struct{ text, typ, want string }{
		{"Keating from billing called me back yesterday.", TypePerson, "Keating"},
		{"I signed up with 1990-05-05 but my birth date shows 1991-05-05", TypeDateOfBirth, "1990-05-05"},
		{"they had 6: silvana, adam, christopher, kristina, chad and caleb.", TypePerson, "silvana"},
		{"liv called again about the refund", TypePerson, "liv"},
		{"hoi, ik ben sanne uit ede", TypeLocation, "ede"},
	} {
		assert.Contains(t, valuesOf(t, d, c.text, c.typ), c.want, c.text)
	}
}

// TestProbeLValues checks what a fifth held-out-like set, written after
// this sitting's rules and never tuned on, found missing or wrong: a
// date and an hour read as a phone, dates of birth denied or corrected
// ("not", "but it's actually", "previously recorded as"), "nació el",
// and words that open a sentence before a name.
func TestProbeLValues(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"[17:00] Customer: user: niamh_ferreira76@initech.net | last login: 09.10.2025 01:37 | from: 189.180.214.167",
		"[21:57] Agent: user: msharma@outlook.de | last login: 06.01.2022 10:38 AM | from: 10.44.100.18",
	} {
		wantValue(t, d, text, TypePhoneNumber, "", text)
	}
	wantValue(t, d, "Tel 030 12345678, 10:30 Uhr", TypePhoneNumber, "030 12345678")
	for _, c := range []struct {
		text string
		dobs []string
	}{
		{"user> Oops, my birthday is 13 March 1997, not December 13, 1950.", []string{"13 March 1997", "December 13, 1950"}},
		{"Customer: Your system has my birthday as 02/01/2001 but it's actually 04/11/1976.", []string{"02/01/2001", "04/11/1976"}},
		{"[08:09] Agent: Confirmed: the date of birth is 12 January 1941 (previously recorded as September 6, 1999).", []string{"12 January 1941", "September 6, 1999"}},
		{"[7:20 am] Customer: Hola, mi hijo Priya Becker nació el 10/01/1969. ¿Puede tener su propia cuenta?", []string{"10/01/1969"}},
		{"24.11.1953 is my birthday, not 17 October 2023", []string{"24.11.1953"}},
		{"DOB 1980-01-01, not 2024-05-01", []string{"1980-01-01"}},
	} {
		assert.Equal(t, c.dobs, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
	wantValue(t, d, "Reach Marco Thomas via jurgen.eze@globex.io, or +49 30 81093453; whichever works.", TypePerson, "Marco Thomas")
	wantValue(t, d, "> Pardon, le bon numéro est +447792482953 et pas +14545685966. Merci !", TypePerson, "")
	// A question right after the password's word; the mark stays a
	// password's after a joiner.
	for _, text := range []string{"Guten Tag, wie kann ich mein Passwort zurücksetzen? Danke.", "how do I get my password reset?", "mein Passwort ändern?"} {
		wantValue(t, d, text, TypePassword, "", text)
	}
	wantValue(t, d, "password: bluesky!", TypePassword, "bluesky!")
	wantValue(t, d, "my password is bluesky!", TypePassword, "bluesky!")
	wantValue(t, d, "password: Summer!", TypePassword, "Summer!")
}

// TestProbeMDates checks what a set of dates of birth and other dates,
// written without sight of the code, found: a date when something was
// done near a birth word is none ("The birth certificate was issued on
// ..."), a date of birth changed "from ... to ...", and children's dates
// in brackets after their names.
func TestProbeMDates(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Agent: Birthday emails were paused from September 6, 2025 to September 24, 2025 due to a bug.",
		"> The birth certificate was issued on 21 March 2024.",
		"Agent: The 'date of birth' column was added to the export on 18 February 2026.",
		"[5:55 pm] Customer: I changed my date of birth on 09/08/2026 but it still shows the old one.",
		"The 'Born Free' DVD I ordered on 01/23/2022 is region-locked.",
		"Customer: ordered 14.04.1998",
	} {
		wantValue(t, d, text, TypeDateOfBirth, "", text)
	}
	for _, c := range []struct {
		text string
		dobs []string
	}{
		{"Agent: I've corrected your date of birth from 20/07/1982 to 19/07/1982.", []string{"20/07/1982", "19/07/1982"}},
		{"Agent: For the booking on 2026-09-02 I need the traveller's DOB. Customer: 1980-11-05.", []string{"1980-11-05"}},
		{"user> 1952-06-21.", []string{"1952-06-21"}},
		// An old date said alone is a birth's since session 24.
		{"May 1st, 1977", []string{"May 1st, 1977"}},
		{"Customer: It's 12 June 1987.", []string{"12 June 1987"}},
		{"Customer: 14.04.1948, thanks", []string{"14.04.1948"}},
		{"January 31, 1999, same as on my passport.", []string{"January 31, 1999"}},
		{"user> The kids: Olivia Nowak (09/30/2019) and Chiara Lewis (December 10, 2018).", []string{"09/30/2019", "December 10, 2018"}},
		{"Please add my father Karl Weber (1951-03-08) to the family plan", []string{"1951-03-08"}},
		{"my birth certificate says 12/03/1985", []string{"12/03/1985"}},
		{"nacida el 17/02/2003", []string{"17/02/2003"}},
		{"geboren, Bestellung am 12.03.1985", []string{"12.03.1985"}},
	} {
		assert.Equal(t, c.dobs, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
}

// TestProbe21SecondReview holds lines a second reviewer wrote to tempt
// the rules of probes L and M, each of which a rule got wrong before its
// mend.
func TestProbe21SecondReview(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text string
		dobs []string
	}{
		// A date of birth changed from one value to another.
		{"Please update my DOB from 1985-03-12 to 1985-03-13.", []string{"1985-03-12", "1985-03-13"}},
		{"Date of birth edited from 1983-11-11 to 1983-11-01", []string{"1983-11-11", "1983-11-01"}},
		// A verb in an earlier clause dates nothing.
		{"I added my son to the plan, his birthday is on 12/03/2015.", []string{"12/03/2015"}},
		{"Just ordered the gift card, my birthday is on 3 May 1990.", []string{"3 May 1990"}},
		{"J'ai ajouté ma fille, née le 12/03/2015, au contrat.", []string{"12/03/2015"}},
		// Kin written with accents.
		{"Mon père Jean Dupont (12/03/1950) doit être ajouté", []string{"12/03/1950"}},
		{"A minha mãe Maria Costa (05/06/1955) é a titular", []string{"05/06/1955"}},
		// What the line says of a denied or corrected date.
		{"My DOB is 14.02.1972, not 01.03.2005 - 01.03.2005 is when I opened the account.", []string{"14.02.1972"}},
		{"Birth date 01/02/1980, not 03/04/2009 (that's the policy start date)", []string{"01/02/1980"}},
		{"My date of birth is 1985-06-10 but it's actually 2006-06-10 that the account was opened", []string{"1985-06-10"}},
		// Dates in brackets of no child's birth.
		{"The kids' swim class: Olivia Nowak (2024-09-01) and Chiara Lewis (2024-09-08)", nil},
		{"Same kind of problem for Tom Reed, Anna Berg (2024-03-12)", nil},
		{"My son's coach, Anna Clark (2023-05-10), never replied.", nil},
		{"Letter from Anna Berg and Karl Weber (1998-05-02) attached", nil},
		// Old dates alone that answer nothing about a birth.
		{"Customer: It's 1999-12-31 on the receipt", nil},
		{"Customer: 1997-05-12 is the date on the deed", nil},
		{"Customer: 04/07/1996, our anniversary", nil},
	} {
		assert.Equal(t, c.dobs, valuesOf(t, d, c.text, TypeDateOfBirth), c.text)
	}
	// Lower-case words before '!' or '?' right after the password's word
	// are passwords unless they say what is done to one.
	for _, c := range []struct{ text, want string }{
		{"Tried password letmein! and it still fails", "letmein!"},
		{"Set the temporary password welcome! for now", "welcome!"},
		{"is the default password admin?", "admin?"},
		{"I forgot my password again!", ""},
		{"contraseña olvidada?", ""},
		{"password expired!", ""},
	} {
		wantValue(t, d, c.text, TypePassword, c.want, c.text)
	}
}

// TestRecordsJoinedByDashes checks a record of one person's details
// joined by " - ", as a final set imitating the chat corpus wrote it: the
// date of birth is the record's.
func TestRecordsJoinedByDashes(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"user> Wei Murphy - 13 April 1995 - (218) 642-0448", "13 April 1995"},
		{"[16:59] Agent: Ingrid Moore - 23/02/1963 - 229.853.0010", "23/02/1963"},
		{"Valentina Hassan - December 26, 1963 - 1-305-481-3881", "December 26, 1963"},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
	wantValue(t, d, "Order 12 - 12/03/1998 - shipped", TypeDateOfBirth, "")
}

// TestRecordItemsApart checks that " / " and " - " between the items of a
// record end a number that is whole (a date, seven digits or more) so the
// next item is read on its own; after an area code, a card's group of
// four or a country's code they still join one number.
func TestRecordItemsApart(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"[16:59] Agent: Ingrid Moore - 23/02/1963 - 229.853.0010", TypePhoneNumber, "229.853.0010"},
		{"Valentina Hassan - December 26, 1963 - 1-305-481-3881", TypePhoneNumber, "1-305-481-3881"},
		{"user> CRM note: Lucas Lewis / Waldstraße 36, 16431 Frankfurt am Main / (628) 765-0213 / 2652-7685-3917-3947", TypePhoneNumber, "(628) 765-0213"},
		{"user> CRM note: Lucas Lewis / Waldstraße 36, 16431 Frankfurt am Main / (628) 765-0213 / 2652-7685-3917-3947", TypeCreditCard, "2652-7685-3917-3947"},
		{"Tel. 089 / 123 456-78", TypePhoneNumber, "089 / 123 456-78"},
		{"número do cartão 4413 - 6496 - 4514 - 3741", TypeCreditCard, "4413 - 6496 - 4514 - 3741"},
		{"the courier called - +91 97143 - 86166 by mistake", TypePhoneNumber, "+91 97143 - 86166"},
		{"ana@mail.com / 958368468 / 2024", TypePhoneNumber, ""},
	} {
		wantValue(t, d, c.text, c.typ, c.want, c.text)
	}
}
