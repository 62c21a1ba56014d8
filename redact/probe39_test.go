package redact

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of what session 39's blind sets found missing or wrongly
// reported.

// TestBankAccountAfterACOfSession39 checks "A/c", the abbreviation of
// an account that Indian and British banks print, as an account's word:
// the number after it in a message that names banking, and no number
// after "c" elsewhere ("c/o", "a/c unit", "abc/c 12345678").
func TestBankAccountAfterACOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeBankAccount, []textValue{
		{"pls transfer to A/c no. 123456789012 IFSC SBIN0001234", "123456789012"},
		{"my a/c number is 00123456789 with HDFC", "00123456789"},
		{"A/C: 3344556677 (ICICI Bank, Andheri branch)", "3344556677"},
		{"account holder: Priya Nair, a/c 918020012345678, Axis Bank", "918020012345678"},
	}, []string{
		"the a/c 12345678 unit in the lobby is broken",
		"c/o 12345678 bank street",
		"abc/c 12345678 bank",
		"c 12345678 bank",
		"a/c 12345678 was charged",
	})
}

// TestKenyanIDAfterItsWordOfSession39 checks Kenya's identity card
// numbers after "ID no", "ID number", "national ID" or the card's
// Swahili name, and none after another record's "ID" or in other
// shapes.
func TestKenyanIDAfterItsWordOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeKENationalID, []textValue{
		{"line yangu 0722 418 906 imeblockiwa since jana. ID no 35304054, name Brian Otieno", "35304054"},
		{"Business name: Wairimu Crafts\nKRA PIN: A002953025Z\nID No: 31298476\nEquity acc: 0665", "31298476"},
		{"The pickup station guy insists on ID. My ID no. is 28456713. Please reverse", "28456713"},
		{"National ID: 2876543", "2876543"},
		{"nimepoteza kitambulisho: 30118822", "30118822"},
	}, []string{
		"order ID no 28456713",
		"customer-ID number 2845671",
		"staff id card 31298476",
		"ID no 284567133",
		"ID no 12345678-9",
		"ID card 2024-05-01",
		"ID no 01234567",
		"my ID number is 2845",
	})
}

// TestAddressTownsOfSession39 checks the towns an address's tail takes
// after the street: a suburb's compass word before a state's code or a
// postcode, a town and its postcode of four digits after a suburb, an
// English village's two words on their own line; and no year in a
// postcode's place.
func TestAddressTownsOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Deliver to 9 Kookaburra Cl, Glenelg North SA 5045", "9 Kookaburra Cl, Glenelg North SA 5045"},
		{"I'm Aroha Ngata, 12 Te Awe Awe Street, Hokowhitu, Palmerston North 4410", "12 Te Awe Awe Street, Hokowhitu, Palmerston North 4410"},
		{"I'm Aroha Ngata, 12 Rata Street, Palmerston North 4410", "12 Rata Street, Palmerston North 4410"},
		{"New address:\n14 Mill Lane\nUpper Beeding\nSteyning\nBN44 3JA\nName on the order", "14 Mill Lane\nUpper Beeding\nSteyning\nBN44 3JA"},
		{"New address:\n14 Mill Lane, Upper Beeding, Steyning BN44 3JA", "14 Mill Lane, Upper Beeding, Steyning BN44 3JA"},
		{"I live at 17 Smuts Avenue, Parktown, Johannesburg 2193.", "17 Smuts Avenue, Parktown, Johannesburg 2193"},
		{"Order shows 45 Vilakazi Street, Orlando West, Soweto, 1804 but she moved", "45 Vilakazi Street, Orlando West, Soweto, 1804"},
		{"10 High St, Kensington West, London W14 8NS", "10 High St, Kensington West, London W14 8NS"},
		{"we met at 12 Rata Street, Hokowhitu, Rongotea 2024.", "12 Rata Street, Hokowhitu"},
	}, nil)
}

// TestNumbersOfPayrollFormsOfSession39 checks what an HR set found
// read as the wrong kind: a National Insurance number after "NI" beside a
// sort code (the sort code's pattern matched its pairs), an employee's or
// a staff number beside bank details (a bank account's number), and an
// employer's EIN beside a W-2 (a social security number's weak form).
func TestNumbersOfPayrollFormsOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, "UK_NINO", []textValue{
		{"staff number 20458817, NI SX 57 95 40 B, sort code 30-94-57 acc 02847163. Bethany Rowe", "SX 57 95 40 B"},
	}, nil)
	wantFound(t, d, "US_BANK_NUMBER", []textValue{
		{"my employee number is 00417723, sort code 20-45-77, account 41829365", "41829365"},
		{"staff number 20458817, sort code 30-94-57 acc 02847163", "02847163"},
	}, []string{
		"my employee number is 00417723, bank account on file",
		"staff number 20458817 for the bank account change",
	})
	wantFound(t, d, TypeUSSSN, []textValue{
		{"W-2 shows 842-91-7365", "842-91-7365"},
	}, []string{
		"Our EIN (84-2917365) is in box b of your W-2.",
		"my ssn is 84-2917365",
	})
}

// TestSecretsAndLoginsOfSession39 checks the passwords, codes and
// logins that session 39's sets in six languages and of utilities and
// fintech gave: French chat's "c" and "cest" for "c'est", a weak user's
// word before a login with digits or an underscore, a British bank's
// memorable word, a number's porting codes (PAC, STAC), the French
// "clé wifi", a Dutch code "uit de sms", a wallet's seed phrase on one
// line or numbered one to a line; and none in sentences about them.
func TestSecretsAndLoginsOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"j'arrive plus a me connecter, le mdp que javais mis c Chaton_1984", "Chaton_1984"},
		{"mon mdp cest Chaton_1984", "Chaton_1984"},
		{"my memorable word is Tangerine", "Tangerine"},
		{"can u port my number 07823 456719 over from vodafone, PAC is KVX482913", "KVX482913"},
		{"Your STAC is STA204918 and it's valid for 30 days.", "STA204918"},
		{"la clé wifi est xK9!mP2#vL7q", "xK9!mP2#vL7q"},
		{"de code uit de sms is 603918", "603918"},
		{"I still have my seed phrase: ribbon canvas orbit velvet harbor gentle lunar picnic sketch tunnel wisdom arrow - can you restore my wallet from that?",
			"ribbon canvas orbit velvet harbor gentle lunar picnic sketch tunnel wisdom arrow"},
		{"Seed words from the backup card (24): abandon salmon cactus dinosaur elegant frost garlic hammer jelly kitten lemon marble noodle oyster pepper quantum rocket shadow tomato umbrella viable walnut youth zebra\nimported it",
			"abandon salmon cactus dinosaur elegant frost garlic hammer jelly kitten lemon marble noodle oyster pepper quantum rocket shadow tomato umbrella viable walnut youth zebra"},
		{"seed phrase:\n1. ribbon\n2. canvas\n3. orbit\n4. velvet\n5. harbor\n6. gentle\n7. lunar\n8. picnic\n9. sketch\n10. tunnel\n11. wisdom\n12. arrow\nthanks",
			"ribbon\n2. canvas\n3. orbit\n4. velvet\n5. harbor\n6. gentle\n7. lunar\n8. picnic\n9. sketch\n10. tunnel\n11. wisdom\n12. arrow"},
	}, []string{
		"never share your seed phrase with anyone, not even our support team who will never ask you for it ok",
		"the seed phrase has twelve words and you should write them down on paper and keep it safe somewhere please",
		"seed phrase: ribbon canvas orbit velvet harbor gentle lunar picnic sketch tunnel wisdom",
		"the PAC-Man game",
		"my password is c",
	})
	wantFound(t, d, TypeUsername, []textValue{
		{"no puedo entrar, usuario javi_mtz88 contraseña Barcelona1992!", "javi_mtz88"},
		{"mon identifiant c jdupont75 et la box", "jdupont75"},
	}, []string{
		"the user agent string",
		"user admin1 cannot log in",
		"usuario 12345678",
	})
}

// TestFieldWordsAndBrandsNameNoOneOfSession39 checks the field labels,
// support nouns and brands that the name lists hold as surnames, and
// "Frau" as a kin noun before a name ("meine Frau, Aylin Yıldız"); the
// title before a surname stays a title.
func TestFieldWordsAndBrandsNameNoOneOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Notfallkontakt bitte ändern: meine Frau, Aylin Yıldız, Tel. 0176 4419 2830. Danke!", "Aylin Yıldız"},
		{"Buongiorno,\nDati:\nFrancesca Bianchi\nC.F. BNCFNC78B54H501A", "Francesca Bianchi"},
		{"Guten Tag Frau Müller, wie geht es", "Müller"},
	}, []string{
		"Contactos: tlm 93 718 22 05",
		"Property: Flat 302, Sai Residency, 14th Cross, HSR Layout, Bengaluru 560102",
		"Where do I find the P11D for last tax year? Can't see it under Documents.",
		"Internet has been down since 6pm. Modem is an Arris SB8200",
		"hi there, the new SIM's ICCID is 8944110273649182038",
		"Please whitelist withdrawal address 392FaXbZpgxjY5FSKiVBeRaYYqGZNmt8Mq (my Ledger).",
		"The address you found on Etherscan is our hot wallet",
	})
}

// TestMonthStreetsBuildingsAndCodeChoicesOfSession39 checks a street
// named after a person whose given name is a month's ("17 Jan Smuts
// Avenue"), a building's name in the plural after a unit ("Apartment 9,
// The Quays, ..."), and the codes of a writer unsure which it is ("is
// it 0852 or 0582??"); dates stay dates.
func TestMonthStreetsBuildingsAndCodeChoicesOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Hi, I live at 17 Jan Smuts Avenue, Parktown, Johannesburg 2193.", "17 Jan Smuts Avenue, Parktown, Johannesburg 2193"},
		{"address is Apartment 9, The Quays, 4 Harbour Way, Bristol BS1 5UH", "Apartment 9, The Quays, 4 Harbour Way, Bristol BS1 5UH"},
	}, []string{
		"the 5 May Street party was fun",
		"meet on 3 June Road works start",
	})
	wantValue(t, d, "born 12 August 1990 in Leeds", TypeDateOfBirth, "12 August 1990")
	assert.Equal(t, []string{"0852", "0582"}, valuesOf(t, d, "i forgot my pin, is it 0852 or 0582?? can i see it somewhere in the app", TypePassword))
	assert.Equal(t, []string{"4471", "4417"}, valuesOf(t, d, "my pin is 4471 or maybe 4417??", TypePassword))
	assert.Equal(t, []string{"1234"}, valuesOf(t, d, "my pin is 1234 or so", TypePassword))
	assert.Equal(t, []string{"4471"}, valuesOf(t, d, "my pin is 4471 and 2 cards", TypePassword))
	assert.Empty(t, valuesOf(t, d, "enter your pin, then press OK. 2 attempts", TypePassword))
	// A text that ends right after the comma or the slash (a panic once).
	for _, text := range []string{"my pin is 1234, ", "my pin is 1234,", "my pin is 1234 / ", "my pin is 1234/", "my pin is 1234 or "} {
		assert.Equal(t, []string{"1234"}, valuesOf(t, d, text, TypePassword), text)
	}
}

// TestRoleBeforeUnknownNameOfSession39 checks a party's role before a
// name of two words or more that the lists lack: the role is no part of
// the name.
func TestRoleBeforeUnknownNameOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Candidate Nurul Aisyah binti Ismail is Malaysian and currently on an S Pass here.", "Nurul Aisyah binti Ismail"},
		{"Employee Nurul Aisyah is here", "Nurul Aisyah"},
		{"Candidate John Smith is here", "John Smith"},
	}, nil)
}

// TestPetsAndEmployersOfSession39 checks that a pet's one-word name
// after its noun is no person ("my dog Bruno", "Pet: Poppy (Cocker
// Spaniel, 6)", "my cat Mr Whiskers"), while a person after a dog's
// word is ("the dog walker Anna Kowalski"); and that a known given name
// and surname after a firm's cue are a person ("Employer: Priya Nair"),
// a firm's name staying a firm's ("I work at Morgan Stanley").
func TestPetsAndEmployersOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Booking for my dog Bruno for vaccination. Name Ananya Reddy", "Ananya Reddy"},
		{"the dog walker Anna Kowalski", "Anna Kowalski"},
		{"Claim form details:\nPolicyholder: Graham Ellis\nPet: Poppy (Cocker Spaniel, 6)\nPolicy no: PET-00921734", "Graham Ellis"},
		{"Employer: Priya Nair", "Priya Nair"},
		{"2. Employer – Priya Nair, HR Manager, Kestrel Logistics", "Priya Nair"},
	}, []string{
		"my cat Mr Whiskers needs his flea treatment renewed",
		"Customer: Is the Golden Retriever plush toy washable?",
	})
	wantValue(t, d, "I work at Morgan Stanley", TypeOrganization, "Morgan Stanley")
}

// TestWelshStreetsAndInitialAAfterTitleOfSession39 checks Welsh
// streets' words before the name ("5 Heol y Nant", "12 Ffordd
// Llanarth") and "A" as an initial after a title ("Mr A Patel").
func TestWelshStreetsAndInitialAAfterTitleOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Delivery to: Rhys Llewellyn, 5 Heol y Nant, Cardiff CF14 6HR", "5 Heol y Nant, Cardiff CF14 6HR"},
		{"12 Ffordd Llanarth, Bangor LL57 2TY", "12 Ffordd Llanarth, Bangor LL57 2TY"},
	}, nil)
	wantFound(t, d, TypePerson, []textValue{
		{"To: Mr A Patel, 9 Elm Road, Reading RG6 1HS", "A Patel"},
		{"Dear Mrs J Smith,", "J Smith"},
	}, []string{
		"Delivery to: 5 Heol y Nant, Cardiff CF14 6HR",
	})
}

// TestDoorbellNamesAndLabelsOfSession39 checks the name on a doorbell
// that a delivery's note gives ("Am Klingelschild steht Huber",
// "citofono Colombo"), the Dutch verb "bel" staying none, and the labels
// "Kontaktperson:" and "Factuurgegevens:".
func TestDoorbellNamesAndLabelsOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Am Klingelschild steht Huber, bitte klingeln", "Huber"},
		{"indirizzo di spedizione: Via Garibaldi 12, 20121 Milano MI, citofono Colombo", "Colombo"},
		{"Kontaktperson: Martin Schwarz, m.schwarz@alpenblick-treuhand.ch", "Martin Schwarz"},
	}, []string{
		"allee, ik heb al 3x gebeld en niemand neemt op, bel mij aub terug",
		"Factuurgegevens: Bakkerij Jansen B.V., KvK 34123456",
	})
}

// TestGerundCountsAndRomanianStreetsOfSession39 checks that an English
// gerund in "-ring" opening its clause before a count is no German
// street ("Registering 3 people", "Ordering 2 pizzas"), while the
// streets stay ("Heidering 5, 10115 Berlin", "im Heidering 5 seit
// Jahren"), and Romania's "Str." before a street's name.
func TestGerundCountsAndRomanianStreetsOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Heidering 5, 10115 Berlin", "Heidering 5, 10115 Berlin"},
		{"wir wohnen im Heidering 5 seit Jahren", "Heidering 5"},
		{"Heidering 5 ist unsere Adresse", "Heidering 5"},
		{"Address: Str. Mihai Eminescu 45, ap. 12, 010512 București", "Str. Mihai Eminescu 45, ap. 12, 010512 București"},
		{"Berliner Str. 12, 14467 Potsdam", "Berliner Str. 12, 14467 Potsdam"},
	}, []string{
		"Customer: Registering 3 people for the workshop:",
		"Ordering 2 pizzas",
	})
}

// TestFamilyBirthDatesOfSession39 checks the next person's date of
// birth in a list after a comma and a name's possessive ("Nadia's DOB
// 19/09/1988, Ahmed's 02/01/1985"), and no date of this year there.
func TestFamilyBirthDatesOfSession39(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"19/09/1988", "02/01/1985"}, valuesOf(t, d, "both on the family plan, Nadia's DOB 19/09/1988, Ahmed's 02/01/1985", TypeDateOfBirth))
	assert.Equal(t, []string{"19/09/1988"}, valuesOf(t, d, "Nadia's DOB 19/09/1988, Ahmed's 02/01/2025 appointment", TypeDateOfBirth))
	assert.Equal(t, []string{"19/09/1988"}, valuesOf(t, d, "Nadia's DOB 19/09/1988, Ahmed's order 02/01/1985", TypeDateOfBirth))
}

// TestLoginPairsAndAccessCodesOfSession39 checks a password after an
// e-mail address and a slash ("login is jess.okonkwo@gmail.com /
// Tiggy2019"), not another address or a label there, and the codes
// that open a home or a site ("alarm code", "gate code", "key safe
// code", "master code as 1234"), not an error's code.
func TestLoginPairsAndAccessCodesOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"login is jess.okonkwo@gmail.com / Tiggy2019 if you want to check yourselves", "Tiggy2019"},
		{"my email is anna@gmx.de / Passwort: Sommer2024!", "Sommer2024!"},
		{"installer left the alarm master code as 1234!!! I want someone out to change it", "1234"},
		{"gate code: 7391#", "7391"},
		{"the key safe code is 2580", "2580"},
	}, []string{
		"cc john@x.com / jane@y.com",
		"send to anna@gmx.de/ 2024-05-01",
		"the error code is 4481",
	})
}

// TestDialVerbsAndPasswordChoicesOfSession39 checks Mexico's verb of
// dialling before a phone ("me marcan al 55 1234 9876") and the second
// password a writer unsure of the first gives ("... of misschien
// Fietsen2023!"), not a phrase or a phone after "or".
func TestDialVerbsAndPasswordChoicesOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "me marcan al 55 1234 9876 cuando lleguen xfa", TypePhoneNumber, "55 1234 9876")
	assert.Equal(t, []string{"Fietsen2024!", "Fietsen2023!"}, valuesOf(t, d, "ik kan niet inloggen, wachtwoord is Fietsen2024! of misschien Fietsen2023! weet het niet meer precies.", TypePassword))
	assert.Equal(t, []string{"Sunny2023", "Sunny2024!"}, valuesOf(t, d, "password is Sunny2023 or maybe Sunny2024!", TypePassword))
	assert.Equal(t, []string{"Sunny2023"}, valuesOf(t, d, "my password is Sunny2023 or something like that", TypePassword))
	assert.Equal(t, []string{"Sunny2023!"}, valuesOf(t, d, "password: Sunny2023! or call me on 0612345678", TypePassword))
}

// TestExpiriesWalletsAndNascimentoOfSession39 checks what the late
// marketplace and imitation sets found: a card's expiry before a name
// is no date of birth, nor is a date near the surname "Nascimento"
// (Brazil's birth word), which still names a birth as a label; a
// mobile wallet's or "my no"'s number is a phone; "2 min." starts no
// address.
func TestExpiriesWalletsAndNascimentoOfSession39(t *testing.T) {
	d := defaultDetector(t)
	assert.Empty(t, valuesOf(t, d, "here it is: 4347 2192 5503 4696 exp 11/28, name on card Gabriel Nascimento.", TypeDateOfBirth))
	assert.Empty(t, valuesOf(t, d, "exp 11/28, Gabriel Nascimento", TypeDateOfBirth))
	wantValue(t, d, "Data de Nascimento: 12/03/1985", TypeDateOfBirth, "12/03/1985")
	wantValue(t, d, "Maria Nascimento, 12/03/1985, +55 11 98765-4321", TypeDateOfBirth, "12/03/1985")
	wantValue(t, d, "My DOB is 14.02.1972", TypeDateOfBirth, "14.02.1972")
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"bhai refund not came still. order id OD4291837465 pls check. my no 9812706453", "9812706453"},
		{"i sent the payment thru gcash to 09178842310 ref no. 5012 384 729115 but order still says unpaid", "09178842310"},
	}, nil)
	assert.Empty(t, valuesOf(t, d, "payout method change within 2 min. Classic ATO. Reverting payout details", TypeStreetAddress))
}

// TestBirthWordGluedToDateOfSession39 checks a date of birth glued to
// its word as a hurried hand types it ("dob12.04.1975",
// "born03/07/1988"), and none glued to other words or in other shapes.
func TestBirthWordGluedToDateOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeDateOfBirth, []textValue{
		{"cant log in to the patient portal, email ahmad.rahimi1975@gmail.com dob12.04.1975 plz reset", "12.04.1975"},
		{"my dob12/04/1975", "12/04/1975"},
		{"born03/07/1988 in Leeds", "03/07/1988"},
		{"geboren12.04.1975 in Köln", "12.04.1975"},
	}, []string{
		"order12.04.1975 shipped",
		"dob12.04.19755",
		"xdob12/04/1975",
	})
}

// TestOrdinalWordDaysOfSession39 checks a day written as an ordinal
// word before its month ("the twenty-first of November 1966").
func TestOrdinalWordDaysOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeDateOfBirth, []textValue{
		{"For security my date of birth is the twenty-first of November 1966.", "twenty-first of November 1966"},
		{"DOB: twenty first of November 1966", "twenty first of November 1966"},
		{"born on the third of May 1980", "third of May 1980"},
		{"born on the thirtieth of May 1980", "thirtieth of May 1980"},
	}, nil)
	wantValue(t, d, "born May 1980", TypeDateOfBirth, "May 1980")
}

// TestRoleHereOfSession39 checks that a party's role that is a surname
// too, before "here", introduces no one ("Seller here."), while a given
// name does ("Siobhan here").
func TestRoleHereOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Siobhan here, order 123", "Siobhan"},
	}, []string{
		"Seller here. Buyer opened a 'not as described' case",
	})
}

// TestOrderTypoOfSession39 checks "ordr", a slip of "order", as a
// reference's word before a number the national rules would read
// ("ordr 4410923817 never came": no driving licence).
func TestOrderTypoOfSession39(t *testing.T) {
	d := defaultDetector(t)
	fs, err := d.Detect(context.Background(), "ordr 4410923817 never came, driver called from09178452210")
	require.NoError(t, err)
	for _, f := range fs {
		assert.NotEqual(t, "US_DRIVER_LICENSE", f.Type)
	}
	wantValue(t, d, "ordr 4410923817 never came, driver called from09178452210", TypePhoneNumber, "09178452210")
}

// TestTradeFirmsOfSession39 checks firms named after a place or a word
// and their trade ("Sydney Water", "Glenview Vets", "Redgum Mining"):
// organisations, no people.
func TestTradeFirmsOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeOrganization, []textValue{
		{"Sydney Water account 5129 384 726 – I'm the tenant Jess Whitaker", "Sydney Water"},
		{"Glenview Vets | 0131 496 0584", "Glenview Vets"},
		{"New starter at Redgum Mining (Kalgoorlie site)", "Redgum Mining"},
	}, nil)
	wantValue(t, d, "Sydney Water account 5129 384 726 – I'm the tenant Jess Whitaker", TypePerson, "Jess Whitaker")
}

// TestSortCodePairOfSession39 checks a sort code and an account number
// written as a pair without their words in a message about a bank or a
// payment, and none in other messages or shapes.
func TestSortCodePairOfSession39(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeBankAccount, []textValue{
		{"Can you return my deposit to Tomasz Kowalski, 60-83-12 71246093.", "71246093"},
		{"For the finance application: DOB 19/08/1968, bank 40-11-62 55029813", "55029813"},
		{"bank 40-11-62 55029813", "55029813"},
		{"refund to 30-94-57 02847163 please", "02847163"},
	}, []string{
		"delivered 20-05-24 12345678 tracking",
		"bank 40-11-62 5502981",
		"bank 40-11-62 550298134",
		"refund ref 1-40-11-62 55029813",
		"bank 00-00-00 00000000",
	})
	wantValue(t, d, "Can you return my deposit to Tomasz Kowalski, 60-83-12 71246093.", typeUKSortCode, "60-83-12")
}

// session39Seeds are FuzzDetect's seeds for the readers of session 39.
var session39Seeds = []string{
	"A/c no. 1",
	"a/c",
	"/c 1 bank",
	"OHIP 5584 486 673 Y",
	"PHN: 9",
	"ID no. 1234567",
	"x-ID number 12345678",
	"id no",
	"1 Rata Street, Hokowhitu, Palmerston North 4",
	"1 Mill Lane\nUpper B",
	"2 K Cl, Glenelg North SA 5",
	"seed phrase:\n1. abc\n2",
	"seed: aaa bbb ccc ddd eee fff ggg hhh iii jjj kkk lll",
	"mdp c ",
	"usuario a_1",
	"pin, is it 1 or ",
	"pin is 1234 or 5",
	"1 Jan Smuts Avenue",
	"password is Ab1! or maybe ",
	"x@y.co / ",
	"dob1.2.",
	"born12/1",
	"thirty-second of May 1980",
	"-first of May",
	"bank 40-11-62 5",
	"refund 12-34-56 1234567",
	"my pin is 1234, ",
	"pin 1234 / ",
}
