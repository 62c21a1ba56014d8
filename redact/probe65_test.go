package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 65 found in the gaps of its blind sets.

// TestPasswordsAroundTheirWordOfSession65 checks the passwords of a
// password's shape that a message names around its password's word on
// its line: before it, after a first value, one after another; and
// around a sign-in's word ("log in", "logging in") with no password's
// word. A word on another line is none.
// The look-alikes: networks' names, tickets, log fields, versions with
// a tag, e-mail addresses and paths near a password's word.
func TestPasswordsAroundTheirWordOfSession65(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"tried Hx7#pLq92 three times and it keeps saying wrong password", "Hx7#pLq92"},
		{"I can't log into the members area. I've tried Bluebell!2019 and it says wrong password", "Bluebell!2019"},
		{"jag har glömt lösenordet, eller typ jag tror det är Kanelbulle#2019 men det funkar inte", "Kanelbulle#2019"},
		{"can u reset the pw for user m.schultz pls, the current one 'Hamburg#1987' was in a leaked gist", "Hamburg#1987"},
	}, []string{
		"password reset done, ticket #CS-773019 is closed",
		"network TP-Link_8A3C or CasaDoLargo_5G, which wifi password do I need",
		"login failed user=jdoe attempts=5 status=locked size=18.2MB, wrong password",
		"the password manager auth-svc@3.14.1 and build v2.3.1-Beta+exp crashed",
		"password reset sent to Anna.K_1985@example.com and /home/jdoe!2/keys",
		"Kx7!harbour29 is the name of the build\nforgot my password",
		"db_password_rotated_at Kx7!harbour29 in Order#A12b-99x",
	})
	// A sign-in's word with no password's word in the message.
	wantFound(t, d, TypePassword, []textValue{
		{"it wont let me log in, ive tried Sunflower_1987! like 5 times", "Sunflower_1987!"},
		{"i tried logging in w/ Gunnar2019!! and it says wrong", "Gunnar2019!!"},
	}, []string{"logged in from the app, build v2.3.1-Beta+exp is fine, network TP-Link_8A3C"})
	// Two tries around one word, each its own finding.
	require.Equal(t, []string{"Bluebonnet#2019", "Bluebonnet#2020"},
		valuesOf(t, d, "Patient portal says my password expired. old one was Bluebonnet#2019 and it won't accept Bluebonnet#2020 either lol", TypePassword))
	require.Equal(t, []string{"Summer2019!", "Hx7#pLq92"},
		valuesOf(t, d, "I can't log in to download my data. tried Summer2019! and Hx7#pLq92, wrong password both times", TypePassword))
	require.Equal(t, []string{"Sunflower!2019", "t4ngerine-Kite#88"},
		valuesOf(t, d, "[22:31] Customer: I'm locked out after changing my password. It was Sunflower!2019 and I changed it to t4ngerine-Kite#88 an hour ago", TypePassword))
}

// TestMentionedNamesOfSession65 checks a person a team's chat mentions
// with '@' and a given name the lists know, reported without the '@' and
// with a surname the lists know after it. The look-alikes stay handles:
// a given name that is a common word too, a name with digits or signs,
// a handle in lower case.
func TestMentionedNamesOfSession65(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"[09:14] Customer: hi @Marta, quick one — the card ending in 4471 was declined again", TypePerson, "Marta"},
		{"Agent: @Priyanka can you take over ticket SUP-204418? customer has been waiting since 13:40", TypePerson, "Priyanka"},
		{"Agent: @Giulia Romano from payments is on it.", TypePerson, "Giulia Romano"},
		{"@Sofia can you confirm this one got revoked?", TypePerson, "Sofia"},
	})
	wantTyped(t, d, []typedValue{
		{"@Will can you check the logs", TypeUsername, "@Will"},
		{"venmo @Marisol-Tejeda-7 charged me twice", TypeUsername, "@Marisol-Tejeda-7"},
		{"my real one is @sofia.marquez_ on there", TypeUsername, "@sofia.marquez_"},
	})
	wantNoneTyped(t, d, []typedText{
		{"@Will can you check the logs", TypePerson},
		{"our official accounts are @Acme and @AcmeHelp", TypePerson},
	})
}

// TestRolesAndPlacesOfSession65 checks words that are no person: a
// party's role in a record or a sentence ("Decedent:", "Seller is a
// Mrs K. Ramsbottom"), a sibling's short word, German's "z.B." before a
// capitalised word; and a town and its state or country after a
// preposition of place, a place and no person. The names beside them
// stay names, and so do a given name and a surname that is a town.
func TestRolesAndPlacesOfSession65(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"Harold J. Fenstermacher"},
		valuesOf(t, d, "Decedent: Harold J. Fenstermacher, DOD 02/11/2025, SSN 318-20-5547", TypePerson))
	require.Equal(t, []string{"K. Ramsbottom"},
		valuesOf(t, d, "Title number: SGL223917. Seller is a Mrs K. Ramsbottom.", TypePerson))
	wantNoneTyped(t, d, []typedText{
		{"Sis is (312) 846-2291, I'm 773-418-2260 — either of us can sign for the deed.", TypePerson},
		{"Aktion bis 31.03.: alle Velohelme 20 % günstiger, z.B. Art.-Nr. 600.118.44 jetzt CHF 79.–.", TypePerson},
		{"my mothers social is 529 44 8172, she was born 11-30-1947 in Dayton Ohio", TypePerson},
		{"I moved to Austin Texas last year", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"she was born 11-30-1947 in Dayton Ohio", TypeLocation, "Dayton Ohio"},
		{"I sent it to Maria Jordan yesterday", TypePerson, "Maria Jordan"},
		{"I gave it to Anna Berlin yesterday", TypePerson, "Anna Berlin"},
		{"J.R.R. Tolkien wrote it", TypePerson, "J.R.R. Tolkien"},
		{"Executor: Mary Fenn", TypePerson, "Mary Fenn"},
	})
}

// TestTurkishAddressesOfSession65 checks Turkish addresses read from
// their neighbourhood's word ("Mah."): the street and its designator, a
// numbered street, the house's and the flat's numbers, the postcode, the
// district and the city, which a sentence's period or a comma before
// another field ends. The look-alikes: "Mah" with no street or house
// after it, a name before it alone.
func TestTurkishAddressesOfSession65(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Teslimat adresi: Caferağa Mah. Moda Cad. No:47 Daire:5, 34710 Kadıköy/İstanbul. Tel 0532 418 27 63", TypeStreetAddress, "Caferağa Mah. Moda Cad. No:47 Daire:5, 34710 Kadıköy/İstanbul"},
		{"adres: Atatürk Mah. 1203. Sok. No: 12/4 06520 Çankaya / Ankara, alıcı Hüseyin Şahin", TypeStreetAddress, "Atatürk Mah. 1203. Sok. No: 12/4 06520 Çankaya / Ankara"},
		{"adres dogru yazmistim: Cumhuriyet Mah. 1453 Sok. No:7/2 Çankaya Ankara 06690. Tel 05057193382", TypeStreetAddress, "Cumhuriyet Mah. 1453 Sok. No:7/2 Çankaya Ankara 06690"},
		{"Adres: Kazım Karabekir Mah. 42. Sok. No: 9 Kat: 2, 25100 Yakutiye/Erzurum, GSM: 0544 308 15 92", TypeStreetAddress, "Kazım Karabekir Mah. 42. Sok. No: 9 Kat: 2, 25100 Yakutiye/Erzurum"},
		{"Benim adresim Fevzi Çakmak Mah. 10234 Sok. No: 5 İç Kapı: 8, 42050 Karatay/Konya", TypeStreetAddress, "Fevzi Çakmak Mah. 10234 Sok. No: 5 İç Kapı: 8, 42050 Karatay/Konya"},
	})
	// "Mah" is a surname too: no key of the table, which would make it
	// no name's word.
	wantTyped(t, d, []typedValue{
		{"Jason Mah called me yesterday", TypePerson, "Jason Mah"},
		{"Karşıyaka Mahallesi 1738 Sokak No:12 D:4 Karşıyaka İzmir", TypeStreetAddress, "Karşıyaka Mahallesi 1738 Sokak No:12 D:4 Karşıyaka İzmir"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Hasan Mah sent it yesterday", TypeStreetAddress},
		{"the Mah Jong set No 5 arrived", TypeStreetAddress},
		{"bu mah. çok güzel", TypeStreetAddress},
	})
}

// TestDonorsOfSession65 checks a charity's donor's and supporter's
// numbers after their words, and a service account's "client_id", which
// names no person.
func TestDonorsOfSession65(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"I've added a one-off £30 to the appeal on your record (donor 8820417).", TypeCustomerNumber, "8820417"},
		{"my supporter ID is SUP-0073391 if you need it", TypeCustomerNumber, "SUP-0073391"},
	})
	wantNoneTyped(t, d, []typedText{
		{`service account json got committed: "client_id": "104882906619398290249"`, TypeCustomerNumber},
		{"I am a blood donor since 2010", TypeCustomerNumber},
	})
}

// TestNumberListsOfSession65 checks the members' and customers' numbers
// that a list gives after the first, of its shape byte for byte, and an
// Austrian social insurance number whose birth date is written in its
// day, month and year. The look-alikes: a number of another shape after
// "and", phones in a list after an account's word.
func TestNumberListsOfSession65(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"70014522", "70014523"},
		valuesOf(t, d, "please send the two new cards — member numbers 70014522 and 70014523 (me and my partner)", TypeMemberID))
	require.Equal(t, []string{"C-330981", "C-331407"},
		valuesOf(t, d, "Hannah Becker, customer ids C-330981 and C-331407", TypeCustomerNumber))
	require.Equal(t, []string{"40018827", "40019150"},
		valuesOf(t, d, "is yours customer no. 40018827 or 40019150?", TypeCustomerNumber))
	require.Equal(t, []string{"40771234"},
		valuesOf(t, d, "customer number 40771234 and 2 items, order 4077123", TypeCustomerNumber))
	lines := "Agent: I see two lines on the account: 07823 614 905 and 07911 206 338. Which one?"
	require.Contains(t, valuesOf(t, d, lines, TypePhoneNumber), "07911 206 338")
	require.NotContains(t, valuesOf(t, d, lines, TypeCustomerNumber), "07911 206 338")
	wantTyped(t, d, []typedValue{
		{"Customer: Jonas Hofbauer, SVNR 5664 17 04 00, geb. 17.04.2000, wohnhaft Herrengasse 6, 8010 Graz.", "AT_SOCIAL_SECURITY", "5664 17 04 00"},
	})
}

// TestLiveKeysOfSession65 checks services' live keys of the shape
// "<prefix>_live_<body>" whose prefix the table of prefixes does not
// know. The look-alikes: a test key's, a masked key, a snake-case name,
// a Stripe key, which stays Stripe's.
func TestLiveKeysOfSession65(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"ivx_live_9Tq4KpZr2WmX7bNc8LdA3fYe", "ivx_live_Hs2d8QwLp0ZkR5vTn1UaMc7E"},
		valuesOf(t, d, "is this one still valid? ivx_live_9Tq4KpZr2WmX7bNc8LdA3fYe old one was ivx_live_Hs2d8QwLp0ZkR5vTn1UaMc7E", TypeAPIKey))
	wantTyped(t, d, []typedValue{
		{"nosso token vazou num print, é esse: mkp_live_7Hq2VxR9tLw4ZcN8aP3dK6sB1yF5mJ0e — como revogo??", TypeAPIKey, "mkp_live_7Hq2VxR9tLw4ZcN8aP3dK6sB1yF5mJ0e"},
		{"stripe sk_live_VrjHVCKEGzbngSv0gN0uGYIa rotated", TypeStripeKey, "sk_live_VrjHVCKEGzbngSv0gN0uGYIa"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ERROR: 'Invalid API key provided: fg_live_********************7Qx2'", TypeAPIKey},
		{"set is_live_mode_enabled_for_everyone_here_2024 to false", TypeAPIKey},
		{"the docs use ivx_live_abcdefghijklmnopqrst as the example", TypeAPIKey},
		{"stripe sk_live_VrjHVCKEGzbngSv0gN0uGYIa rotated", TypeAPIKey},
	})
}

// session65Seeds are FuzzDetect's seeds for the readers of session 65:
// their words and shapes cut at the text's edges.
var session65Seeds = []string{
	"pw Ab1!cdef",
	"Ab1!cdef pw",
	"log in",
	"tried X#1abcdefg and Y#1abcdefg, wrong password",
	"password_",
	"_password Ab1!cdef",
	"Order#A12b-99x password",
	"@Marta",
	"@Marta ",
	"@Giulia Romano",
	"@Giulia R",
	"Decedent:",
	"Seller is",
	"z.B.",
	"a.B. Art",
	"in Dayton Ohio",
	"in Dayton",
	"Yeni Mah.",
	"Yeni Mah. Okul Sok.",
	"Yeni Mah. Okul Sok. No:",
	"Yeni Mah. 12. Sok. No: 5/1 Daire: 2, 34000 A/B",
	"A Mah. No:",
	"Mah.",
	" Mah",
	"donor 1234567",
	"member numbers 70014522 and",
	"member numbers 70014522 and 7001452",
	"customer no 40771234, 40771235 /",
	"SVNR 5664 17 04",
	"ivx_live_",
	"ivx_live_9Tq4KpZr2WmX7bNc8LdA3fY",
	"ab_live_9Tq4KpZr2WmX7bNc8LdA3fYe.",
	"receipt IOE092341875",
	"share code W7K 9PT",
	"share code W7K 9PT 2M",
	"green card A-214 608 35",
}
