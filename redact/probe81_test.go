package redact

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBlockAndLotBeforeHouseOfSession81: the block's and the lot's
// numbers that open an address in Singapore, the Philippines and the
// Caribbean ("Blk 505 ...", "Blk 7 Lot 12 ...", "Lot 9 ...") are the
// address's, and so is the postcode Singapore writes after it glued to
// its "S" or in brackets; a lot's word that no address follows stays
// out.
func TestBlockAndLotBeforeHouseOfSession81(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"Should be Blk 505 Pasir Ris St 52 #15-02, not 15-20.":                          {"Blk 505 Pasir Ris St 52 #15-02"},
		"Delivery to Blk 27B Jurong East St 21, #12-345, S602027, contact me":           {"Blk 27B Jurong East St 21, #12-345, S602027"},
		"send the new SIM to Blk 118 Rivervale Drive #09-221, S(540118) and contact me": {"Blk 118 Rivervale Drive #09-221, S(540118)"},
		"her address is Blk 7 Lot 12 Mabini St., Brgy. San Roque, Marikina City 1801":   {"Blk 7 Lot 12 Mabini St., Brgy. San Roque, Marikina City 1801"},
		"Address Lot 27 Kalabu Road, Nasinu. email me":                                  {"Lot 27 Kalabu Road, Nasinu"},
		"ship to 12 Mabini St., Marikina City 1801":                                     {"12 Mabini St., Marikina City 1801"},
		"we sold lot 4 at the auction":                                                  nil,
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypeStreetAddress), text)
	}
}

// TestNordicPastAndCodeByMailOfSession81: the Nordic past "var" (was)
// is a verb of being after a code's word as "er" and "är" are, and a
// French code received by mail is one received by text; a code's word
// with no number after it stays empty.
func TestNordicPastAndCodeByMailOfSession81(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"koden var 482913 men den funkar inte??":                         {"482913"},
		"Pakkeboksen siger at døren er låst, koden jeg fik var 913 402":  {"913 402"},
		"code reçu par mail : 718204, mais la page dit qu'il est expiré": {"718204"},
		"koden var fel igen": nil,
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypePassword), text)
	}
}

// TestCustomerAbbreviationsOfSession81: agents' notes write "cx" and
// "cust" for the customer before a name, which they cue as "customer"
// does; a word in lower case after them stays a word.
func TestCustomerAbbreviationsOfSession81(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"cx Jessamy Pike called from 01632 960 952 about her card": {"Jessamy Pike"},
		"cx Tavita can't receive SMS codes abroad":                 {"Tavita"},
		"cust (Okonjo) says not her, locked the acct":              {"Okonjo"},
		"cx called back twice, no answer":                          nil,
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestLowerStreetBeforePostcodeOfSession81: a French street typed in
// lower case, its designator first, is read up to its postcode and town
// without a comma before them; numbers after a street of no designator
// stay apart.
func TestLowerStreetBeforePostcodeOfSession81(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"jhabite au 14 rue des acacias 69003 lyon depuis janvier":                           {"14 rue des acacias 69003 lyon"},
		"mon colis devait arriver au 27 allée des tilleuls 33000 bordeaux, numéro de suivi": {"27 allée des tilleuls 33000 bordeaux"},
		"pls confirm ur sending it to 61 rue de la république 13002 marseille et pas au 16": {"61 rue de la république 13002 marseille"},
		"j'ai payé 14 euros des frais 69003 fois":                                           nil,
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypeStreetAddress), text)
	}
}

// TestUserBeforeSlashOfSession81: the login that a slash joins to a
// password read without the pair's label is a user name; a system's
// login, a word with capitals and one that a full stop ends are not.
func TestUserBeforeSlashOfSession81(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"tried logging in with kobi.w / Wareh0use!77 like you said.": {"kobi.w"},
		"my benefits portal login is akhalil / Sunset#Ridge44":       {"akhalil"},
		"gave me her login (tbao / Summer2025!) to run payroll":      {"tbao"},
		"the router login is admin / Hx9#vQ2!pL":                     nil,
		"tried logging in with Hawkins_Home / Wareh0use!77 again":    nil,
		"tried logging in with kobi.w. / Wareh0use!77 again":         nil,
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypeUsername), text)
	}
}

// TestPlaceNounsOfSession81: a German noun ending in "-platz" that names
// a seat or a parking space is no street before its number; a square
// is, and so is a street of such a name after an address's label.
func TestPlaceNounsOfSession81(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"auf den Flug EW 9581 umgebucht, Sitzplatz 11F. Viele Grüße": nil,
		"Der Code für die Tiefgarage ist 3591, Stellplatz 27. Danke": nil,
		"Wir wohnen am Marienplatz 8, 80331 München":                 {"Marienplatz 8, 80331 München"},
		"Adresse: Sportplatz 3, 12345 Dorf":                          {"Sportplatz 3, 12345 Dorf"},
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypeStreetAddress), text)
	}
}

// TestFrenchMonsieurBeforeCapsOfSession81: French "M." before a surname
// in capitals and a given name is the title, as before a known given
// name; before an initial it stays the name's.
func TestFrenchMonsieurBeforeCapsOfSession81(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"Titulaire du compte : M. FAURE Benoît":                         {"FAURE Benoît"},
		"ÉCHÉANCIER 2025\nM. OLIVEIRA Paulo\nPrélèvement sur le compte": {"OLIVEIRA Paulo"},
		"M. J. SMITH paid the invoice":                                  {"M. J. SMITH"},
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypePerson), text)
	}
}

// session81Seeds are FuzzDetect's seeds for the readers session 81
// added: blocks and lots before a house number, Singapore's postcode
// after the unit, a French street in lower case before its postcode, a
// login before a password's slash, "-platz" nouns, "M." before capitals,
// and their edges (a slash or a bracket at the text's ends).
var session81Seeds = []string{
	"Blk 505 Pasir Ris St 52 #15-02",
	"Blk 7 Lot 12 Mabini St., Brgy. San Roque, Marikina City 1801",
	"Lot Blk 21 Lot",
	"#09-221, S(540118",
	"Blk 118 Rivervale Drive #09-221, S(540118)",
	"12 Jurong St, S602027",
	"14 rue des acacias 69003 lyon",
	"3 allée des tilleuls 13090 aix en provence",
	"rue 69003",
	"kobi.w / Wareh0use!77",
	"/ Wareh0use!77",
	" / x9#Aa!bb",
	"a/b/Cc9!dd",
	"(tbao / Summer2025!)",
	"Sitzplatz 17F",
	"M. OLIVEIRA Paulo",
	"M. A",
	"koden var 482913",
	"cx Teodora",
	"NAM GAUM 0001 1204",
	"NAS: 411.789.589",
	"UTR 4470 993 538",
	"EIN 64 3115584",
}

// TestIndonesianAdaOfSession81: the Indonesian and Malay "Ada" (there
// is) opening a sentence before the words it asks of is no name; the
// name Ada before an English verb stays one.
func TestIndonesianAdaOfSession81(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"Customer: Ada promo kuota malam ga kak?":                         nil,
		"Ketik UNREG untuk berhenti ya. Ada yang bisa dibantu lagi?":      nil,
		"Ada Lovelace called about her order, she wants a refund please.": {"Ada Lovelace"},
		"Ada said the parcel never came.":                                 {"Ada"},
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestIcelandicPostcodesOfSession81: Iceland's three-digit postcodes
// before one of its towns end a street's address; three digits before
// another word stay out.
func TestIcelandicPostcodesOfSession81(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"nýtt heimilisfang: Hverfisgata 44, 101 Reykjavík":            {"Hverfisgata 44, 101 Reykjavík"},
		"Sendið lyfin á Brekkugata 8, 600 Akureyri, viðtakandi Birna": {"Brekkugata 8, 600 Akureyri"},
		"Hauptstraße 5, 100 Bäume stehen davor":                       {"Hauptstraße 5"},
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypeStreetAddress), text)
	}
}

// TestCompassNumberedStreetOfSession81: a street named by its number and
// a compass word, as Puebla names them, takes its designator when the
// house's number, a comma and a district follow.
func TestCompassNumberedStreetOfSession81(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"se la mandé a su casa, Calle 16 Poniente 908, Col. Centro, 72000 Puebla, Pue. y ya": {"Calle 16 Poniente 908, Col. Centro, 72000 Puebla, Pue."},
		"Calle 60 847, Col. García Ginerés, Mérida":                                          {"Calle 60 847, Col. García Ginerés, Mérida"},
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypeStreetAddress), text)
	}
}

// TestEnDashTimeRangeOfSession81: times written with dots on both sides
// of an en dash are opening hours, not a phone; a phone in the same
// language stays one.
func TestEnDashTimeRangeOfSession81(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"Kundtjänst är öppet vardagar 08.00–20.00.":    nil,
		"Office hours 9.15–17.00. Ref no. Q-3318402.":  nil,
		"Ring mig på 070-318 42 95 efter kl 18, tack!": {"070-318 42 95"},
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypePhoneNumber), text)
	}
}

// TestPluralPassportWordsOfSession81: a passport word's plural names the
// numbers of a list after it.
func TestPluralPassportWordsOfSession81(t *testing.T) {
	d := defaultDetector(t)
	text := "Husband: Jan Nowicki 05.03.1971\nWife: Ewa Nowicka 19.10.1974\nPassports: EN4419027, EN5530188"
	fs, err := d.Detect(context.Background(), text)
	require.NoError(t, err)
	var got []string
	for _, f := range fs {
		if strings.HasSuffix(f.Type, "PASSPORT") {
			got = append(got, text[f.Start:f.End])
		}
	}
	assert.Equal(t, []string{"EN4419027", "EN5530188"}, got)
}
