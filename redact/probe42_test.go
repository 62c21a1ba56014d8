package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 42 found while its blind sets (education,
// property, gaming and social accounts, motoring, national ids of
// Asia-Pacific and the Nordics) were written.

// TestVehicleFieldLabelsOfSession42 checks that the labels of a vehicle's
// and a claim's fields, which open a line before a colon as a speaker's
// name does, are no person ("Kennzeichen: M-AB 1234", "Targa: FG 123
// AB"), while a speaker's unknown name still is one.
func TestVehicleFieldLabelsOfSession42(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Zorvik: hi, the car is in the garage", "Zorvik"},
	}, []string{
		"Kennzeichen: M-AB 1234",
		"Targa: FG 123 AB",
		"Modell: Golf",
		"Marke: VW",
		"Aktenzeichen: 12 O 345/23",
		"Matrícula: 1234 BCD",
		"Sinistro: ho bisogno di aiuto",
	})
}

// TestHandlesOfSession42 checks a handle after an '@' that opens a word,
// with its '@', and a player's or a user's account name after an
// account's word, which the gaming and social set named in most of its
// messages; and what code, tools and firms write the same way.
func TestHandlesOfSession42(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"there's an account pretending to be me, my real one is @sofia.marquez_ they're DMing my followers", "@sofia.marquez_"},
		{"needs supervisor approval, ping @marisol.r", "@marisol.r"},
		{"[11:03] @tom.h: it needs a refund", "@tom.h"},
		{"o perfil falso e o meu de verdade é @juliamendes 😡", "@juliamendes"},
		{"the account is nova_plays", "nova_plays"},
		{"got an email saying New login, acc is xXShadowWolf99Xx", "xXShadowWolf99Xx"},
		{"the account gabiZ_ff will remain suspended", "gabiZ_ff"},
		{"pls unban TTV_Blaze 🙏", "TTV_Blaze"},
		{"meu nick era LOUD_Gatinha e o email era outro", "LOUD_Gatinha"},
		{"minha conta biel_gameplays foi banida", "biel_gameplays"},
		{"her profile name is mia_luvz_u.", "mia_luvz_u"},
		{"My daughter's account (bella.bee.11) was hacked", "bella.bee.11"},
	}, []string{
		// Code and tools.
		"curl -X POST -H 'content-type: application/json' -d @req.json",
		"@tallyfox:registry=https://npm.pkg.example/",
		"npm i @kestrel/sdk",
		"@Override\npublic String toString() {",
		"@app.route('/login')",
		`{"@timestamp":"2024-06-01T10:00:00Z"}`,
		"@media screen and (max-width: 600px)",
		// A domain typed apart from its address, a chat's groups and teams.
		"my email is jenhalloran @gmail.com autocorrect",
		"@channel heads up: deploy at 5",
		"@secops heads up, a token was pasted",
		"meet @ 5pm",
		// A firm's own account.
		"follow us on instagram @acmeshop",
		"check our insta @acme.shop for the sale",
		// After an account's word: words, numbers, references, files and
		// an API's ids.
		"my account is locked",
		"my account was hacked",
		"account 4417-2231",
		"account: ACC-48213",
		"account laura.jpg uploaded",
		"Connected account acct_1N8xQ2Lkd82FjR0a has no permissions",
	})
}

// TestPlatesOfSession42 checks a vehicle's plate after its word in the
// shapes of several countries, which the motoring set wrote after "reg",
// "rego", "plate", "targa" and "kenteken", and the numbers and words
// after those words that are none.
func TestPlatesOfSession42(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeVehicleRegistration, []textValue{
		{"Linkt says I owe tolls for rego 482 KRM but I sold the car", "482 KRM"},
		{"Received a toll violation notice, plate KGR 4471. I had my tag", "KGR 4471"},
		{"Puncture near Naas. Reg 222-C-3819, my name is Siobhán", "222-C-3819"},
		{"on a 2016 Toyota Yaris, reg 161-D-40572. Address below", "161-D-40572"},
		{"La controparte è il sig. Russo, targa FG 482 KT. Abbiamo", "FG 482 KT"},
		{"Rego 1XK 7RD, VIN 6T1BF3FK2CX027195", "1XK 7RD"},
		{"mijn nieuwe auto met kenteken K-482-GT. Het nummer", "K-482-GT"},
		{"the plate is ABC123", "ABC123"},
	}, []string{
		"Registration: confirmed",
		"reg no SC123456",
		"VAT reg is GB 293 4471 06 in the footer",
		"plates 2 and 3 are cracked",
		"reg 12:30 tomorrow",
	})
	// Nigeria's and Turkey's shapes stay their rules' types.
	wantFound(t, d, "NG_VEHICLE_REGISTRATION", []textValue{{"plate KJA 999PZ", "KJA 999PZ"}}, nil)
	wantFound(t, d, TypeVehicleRegistration, nil, []string{"plate KJA 999PZ", "the plate 34 NOT 21"})
	wantFound(t, d, "DE_KFZ", []textValue{
		{"Mein Auto (HH-AR 307) wurde abgeschleppt", "HH-AR 307"},
	}, nil)
	wantFound(t, d, "DE_FUEHRERSCHEIN", []textValue{
		{"Führerscheinnummer: J3E04H7KT93\nGeb.-Datum: 03.07.1979", "J3E04H7KT93"},
	}, nil)
}

// TestNordicAndPolishWordsOfSession42 checks the words of phones,
// passwords, logins, one-time codes and births in Swedish, Danish,
// Norwegian, Finnish and Polish, which the Nordic and Polish messages of
// the Asia-Pacific and Nordic set used.
func TestNordicAndPolishWordsOfSession42(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"Jag är utelåst. Ni kan ringa mig på 070-482 16 93.", "070-482 16 93"},
	}, nil)
	wantFound(t, d, TypePassword, []textValue{
		{"passordet mitt er Fjellet2024! og brukernavn ola_h", "Fjellet2024!"},
		{"mitt lösenord är Sommar2024!", "Sommar2024!"},
		{"salasana on Kesa2024!", "Kesa2024!"},
		{"hasło: Lato2024!", "Lato2024!"},
		{"Pani prosiła o kod BLIK 731 904 żeby anulować przelew", "731 904"},
	}, []string{
		"kod rabatowy LATO20",
		"kod pocztowy 00-950",
	})
	wantFound(t, d, TypeUsername, []textValue{
		{"passordet mitt er Fjellet2024! og brukernavn ola_h, men det funker ikke", "ola_h"},
	}, nil)
	wantFound(t, d, TypeDateOfBirth, []textValue{
		{"Chcę dopisać syna do polisy: Szymon Nowicki, ur. 14.02.2012 r.", "14.02.2012"},
	}, nil)
	// Without the languages the words are none.
	en, err := NewDetector(WithLanguages("en"))
	require.NoError(t, err)
	wantFound(t, en, TypePassword, nil, []string{"hasło: Lato2024!"})
}

// TestHomeCodesOfSession42 checks the codes and keys of a home that the
// property set gave: a French code or password whose purpose comes
// between its word and its verb, with words elided before a vowel ("de
// l'alarme est", "de la Livebox c'est"), a router's printed key, a
// password with its adjective after it, and a British sort code and
// account after "account" in a message with no bank's word.
func TestHomeCodesOfSession42(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"Le code de désactivation de l'alarme est 7391. Le technicien passe demain.", "7391"},
		{"le mdp wifi de la Livebox c'est q7Xf2mKpR9tzLw4e (attention aux majuscules)", "q7Xf2mKpR9tzLw4e"},
		{"it says Wireless key 7FJK-3MXQ-PR9D on the back of the hub", "7FJK-3MXQ-PR9D"},
		{"la contraseña nueva del wifi es Gatito_2023! y la red se llama MOVISTAR_7A21", "Gatito_2023!"},
		// A lock named before a bare "code" in the sentence.
		{"End of tenancy clean needed. Keys in the key safe, code 2931", "2931"},
		{"the gate is on the left, code 4410.", "4410"},
	}, []string{
		"order placed, code 4410",
		"Your door will arrive. Discount code 2024 applies",
		"le code de l'article est introuvable",
		"the wireless key fob is lost",
	})
	wantFound(t, d, TypeBankAccount, []textValue{
		{"from next month please pay the rent into my new account: 04-00-04 31290476. Thanks", "31290476"},
		{"Acc name: Minh Tran\nBSB: 062692", "062692"},
	}, []string{
		"my account 12345678 was charged twice",
		"the BSB field is empty",
		"BSB 062-692-1",
	})
	for text, want := range map[string][]string{
		"Can I get the refund to BSB 062-692 acc 1045 8871 instead?": {"062-692", "1045 8871"},
	} {
		require.Equal(t, want, valuesOf(t, d, text, TypeBankAccount), text)
	}
	// A greeting that opens the message is no name.
	wantFound(t, d, TypePerson, nil, []string{"Assalamualaikum, I would like to change the email on my policy."})
}

// TestSchoolMessagesOfSession42 checks what the education set wrote to
// schools and nurseries: a teacher addressed by title and surname before
// the comma that ends the greeting, and a child named after it; a
// contraction typed without its apostrophe after a child's name in lower
// case; one-time codes of digits after German and Dutch words.
func TestSchoolMessagesOfSession42(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"Hallo Frau Becker, Lina ist heute krank und bleibt zu Hause.": {"Becker", "Lina"},
		"Dear Mr. Jones, Amy forgot her bag in the classroom":          {"Jones", "Amy"},
		// A form's pair stays one name.
		"Name: Smith, John": {"Smith, John"},
	} {
		require.Equal(t, want, valuesOf(t, d, text, TypePerson), text)
	}
	wantFound(t, d, TypePerson, []textValue{
		{"hiya just to let you know oliver wont be in today hes got a temperature", "oliver"},
	}, nil)
	wantFound(t, d, TypePassword, []textValue{
		{"Hallo Herr Fischer, Ihr neues Einmalpasswort lautet 749213. Es ist 10 Minuten gültig.", "749213"},
		{"wachtwoord vergeten, de herstelcode die ik kreeg is 593 104 maar die werkt niet", "593 104"},
	}, nil)
}

// TestAppsAndPronounsOfSession42 checks that dating and game apps named
// at a sentence's start are no people, that Portuguese "eu" (I) is no
// place while the Union in capitals stays one, and that "e.g." after an
// account's word is no account's name.
func TestAppsAndPronounsOfSession42(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, nil, []string{
		"Tinder says I'm under 18 and banned me.",
		"Roblox charged my card twice",
	})
	wantFound(t, d, TypeLocation, []textValue{
		{"Agent: Orders from the EU may be charged import VAT.", "EU"},
	}, []string{
		"Eu sou menor, tenho 15 anos",
		"gente pfv alguém me ajuda, eu jogo no celular",
	})
	wantFound(t, d, TypeUsername, nil, []string{
		"please reply with the email on the account (e.g. name@example.com)",
	})
}

// TestClaimsWordsOfSession42 checks the late claims and debt set's
// capitalised nouns of disputes, which opened sentences as names do, and
// a BSB after "was".
func TestClaimsWordsOfSession42(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Scammer's bank was listed as DE24 8518 2452 9222 8014 60 and the name on it was Marek Nowicki", "Marek Nowicki"},
	}, []string{
		"Creditors must stop contacting you once the dispute is logged.",
		"Victim statement attached, please forward it to the claims team.",
		"Counsel will file the defence on Monday.",
	})
	wantFound(t, d, TypeBankAccount, []textValue{
		{"they changed the bank details to theirs. their bsb was 633-000 acct 567914005", "633-000"},
	}, nil)
}

// TestOfficeHelpdeskOfSession42 checks what an office's IT helpdesk set
// gave: BitLocker recovery keys, Windows accounts with their domain, a
// Microsoft Temporary Access Pass and Poland's account number without
// its country's letters.
func TestOfficeHelpdeskOfSession42(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"Hallo Herr Kühn, hier der Schlüssel:\n556611-575443-169917-620620-422488-509839-111815-011495\nBitte eingeben.", "556611-575443-169917-620620-422488-509839-111815-011495"},
		{"I've issued a Temporary Access Pass: QK7#n2Vb – valid for 1 hour", "QK7#n2Vb"},
	}, []string{
		// A group that is no multiple of 11.
		"serial 556612-575443-169917-620620-422488-509839-111815-011495",
	})
	wantFound(t, d, TypeUsername, []textValue{
		{"sorry i know i shouldnt but can you check if this is right? user: BWG\\okaminska pass: Kotek2019!!", "BWG\\okaminska"},
	}, []string{
		`the share is at \\FS01\shared\finance`,
		`open C:\users\public`,
		`NT AUTHORITY\system`,
	})
	wantFound(t, d, TypeUsername, []textValue{
		{`Hi Sarah, I've unlocked BWG\swhitfield and set a temporary password`, `BWG\swhitfield`},
		// The quoted login alone, as userAfter reads a server's error.
		{`Login failed for user 'CORP\dfernandez'.`, "dfernandez"},
	}, nil)
	wantFound(t, d, TypeBankAccount, []textValue{
		{"Proszę o zwrot na konto 25 1143 6171 3138 3295 6037 1494, odbiorca Łukasz", "25 1143 6171 3138 3295 6037 1494"},
	}, []string{
		"Proszę o zwrot na konto 25 1143 6171 3138 3295 6037 1495, odbiorca Łukasz",
	})
}

// TestMarketplaceOfSession42 checks what the marketplace set gave: the
// user names of sellers and buyers after their word, and Mailchimp's API
// key near the service's name.
func TestMarketplaceOfSession42(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"abrí una disputa porque el vendedor ofertas_rapidas_88 me mandó una caja vacía", "ofertas_rapidas_88"},
		{"The seller retro_rick_records hasn't shipped my vinyl in 3 weeks", "retro_rick_records"},
		{"seit dem 18. April ist mein Verkäuferkonto omas_strickstube eingeschränkt", "omas_strickstube"},
	}, []string{
		"the seller is nice",
		"buyer 2 of 3 got the parcel",
	})
	wantFound(t, d, TypeAPIKey, []textValue{
		{"Do I need to give you the keys? Mailchimp fbd78d84c2cfff854acced15dc661949-us21, SendGrid later", "fbd78d84c2cfff854acced15dc661949-us21"},
	}, nil)
	wantFound(t, d, TypePerson, nil, []string{"We send order confirmation emails via Mailchimp."})
}
