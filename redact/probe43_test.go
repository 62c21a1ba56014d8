package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 43 found in the one-time codes that session 42's
// blind sets left, and while its own blind sets (immigration and legal
// services; the Middle East, Turkey, Israel, Egypt and South Africa;
// ride-hailing and delivery; charities and memberships; pharmacies and
// telehealth) were written.

// TestOneTimeCodesOfSession43 checks one-time codes after a French label
// with a space before its colon, after "confirm with code", in brackets
// later in the clause after the code's word, and a card's code named by
// its digits or where it is printed; with the offers, orders and doors
// that read the same way.
func TestOneTimeCodesOfSession43(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{`"Votre code de connexion : 481 027. Il expire dans 10 minutes."`, "481 027"},
		{"mot de passe du wifi : Chaton84", "Chaton84"},
		{"If this was you, confirm with code 558 201.", "558 201"},
		{"sign in with code 558201 before it expires", "558201"},
		{"je n'arrive pas a me connecter et le code reçu par sms (739104) est refusé", "739104"},
		{"mi chiede un codice OTP, che arriva (318 240) ma poi dà errore", "318 240"},
		{"he asked me for a verification code that got texted to me (493 027) and now my account is gone", "493 027"},
	}, []string{
		"get 10% off with code 482910",
		"paid with code 2024",
		"the code for my order (482910) never came",
		"I never got a code (ticket 482910)",
	})
	wantFound(t, d, TypeCardSecurityCode, []textValue{
		{"can i just pay the deposit now? card 4620 9665 4287 0724 and the 3 digit code is 418 name on card R J Patel", "418"},
		{"the code on the back is 418", "418"},
	}, []string{
		"the 4 digit code is 4410",
		"the code on the back of the parcel is 2291",
	})
}

// TestMiddleEastIDsOfSession43 checks the national ids of the Middle
// East set (the Emirates, Saudi Arabia, Israel, Egypt, Turkey) after
// their words, with their checks, and a Medicare MBI grouped by spaces;
// and the same digits where a check fails or no word names them.
func TestMiddleEastIDsOfSession43(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"hi, my Emirates ID renewal keeps getting rejected. EID 784-1987-4521983-6, name Khalid bin Saeed Al-Mansouri", "AE_EMIRATES_ID", "784-1987-4521983-6"},
		{"Emirates ID 784199206381479, I uploaded the new one yesterday", "AE_EMIRATES_ID", "784199206381479"},
		{"Dear support,\nMy iqama no. 2411709385, mobile +966-53-771-2094", "SA_NATIONAL_ID", "2411709385"},
		{"hi, toda for the quick reply. my teudat zehut is 039485123 and the phone on the account is 054-672-3318", "IL_ID_NUMBER", "039485123"},
		{"msh fahem why is my account blocked?? el raqam el qawmi 28711220205648, I've been customer 5 years", "EG_NATIONAL_ID", "28711220205648"},
		{"Ben Can Yıldız, TC 45913072898. eşimin adına da fatura kesilsin: Derya Yıldız, TC 36182094520.", "TR_NATIONAL_ID", "36182094520"},
		{"medicare # 5TN9 GC1 UW60", "US_MBI", "5TN9 GC1 UW60"},
	} {
		require.Contains(t, valuesOf(t, d, c.text, c.typ), c.want, c.text)
	}
	for _, text := range []string{
		"EID 784-1987-4521983-7",
		"IMEI 784199206381479",
		"iqama 2411709386",
		"teudat zehut 039485124",
		"national ID 29013180123456",
		"order 784-1987-4521983-6",
	} {
		for _, f := range detect(t, d, text) {
			require.NotContains(t, []string{"AE_EMIRATES_ID", "SA_NATIONAL_ID", "IL_ID_NUMBER", "EG_NATIONAL_ID"}, f.Type, text)
		}
	}
}

// TestResidenceDocumentsOfSession43 checks the numbers of residence and
// immigration documents and of other countries' ids that the
// immigration set named after their words, and that "a number" still
// names a phone.
func TestResidenceDocumentsOfSession43(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"Please bring your EAD and your A-number (A-201-938-475) on a piece of paper.", "US_ALIEN_NUMBER", "A-201-938-475"},
		{"my green card expires next month, A number is A212458903. do i file the I-90 myself?", "US_ALIEN_NUMBER", "A212458903"},
		{"the school wants it for the SEVIS update. SEVIS ID N0028473619", "US_SEVIS_ID", "N0028473619"},
		{"hi my BRP has my date of birth wrong. card no ZU6029374, name Chinedu Eze", "UK_BRP", "ZU6029374"},
		{"My mother's Chinese ID card number is 11010519620309284X, born 1962-03-09.", "CN_RESIDENT_ID", "11010519620309284X"},
		{"Buenas, soy colombiano y vivo en Medellín. Mi cédula es 1.036.482.917.", "CEDULA", "1.036.482.917"},
	} {
		require.Contains(t, valuesOf(t, d, c.text, c.typ), c.want, c.text)
	}
	for _, text := range []string{
		// A passport's number of the alien number's shape, near "a new
		// pass" ("a#" among the words once read as "a").
		"Candidate is Malaysian and currently on an S Pass here. FIN F2611513L, passport A38172649. She would need a new pass for this role",
		// "a number" is no word of the alien number: only "A-number".
		"a number of forms were filed, ref A212458903",
		"ID card 440306198812012837",
	} {
		for _, f := range detect(t, d, text) {
			require.NotContains(t, []string{"US_ALIEN_NUMBER", "CN_RESIDENT_ID", "UK_BRP"}, f.Type, text)
		}
	}
	// "a number" names the phone of the next line as "number" did: the
	// number is boosted by its word, not found on its shape alone.
	text := "Could you share a number he can reach you on?\nRider: +1 646 712 0938"
	fs := detect(t, d, text)
	require.Len(t, fs, 1)
	require.Equal(t, TypePhoneNumber, fs[0].Type)
	require.Greater(t, fs[0].Score, 0.9)
}

// TestCodeBeforeItsWordOfSession43 checks one-time codes that a text
// message gives before the code's word ("583920 is my login code", "G-482913
// is your verification code") and codes read out digit by digit; with
// a postcode, an order and a count that read the same way.
func TestCodeBeforeItsWordOfSession43(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"i didnt ask for a code but just got a text saying 583920 is my login code?? is someone trying to get into my account", "583920"},
		{"it says enter the code we sent, the text says G-482913 is your verification code but it keeps saying wrong code", "G-482913"},
		{"\"739104 is your code\"", "739104"},
		{"482 913 est votre code de vérification", "482 913"},
		{"code is 7 2 9 1 4 0", "7 2 9 1 4 0"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, TypePassword), c.text)
	}
	for _, text := range []string{
		"90210 is my zip code",
		"order 123456 is your code",
		"Ref 2024 is my code",
		"the code is 1 2 3",
		"my pin is 1 2 3 4 5 6 7 8 9",
	} {
		require.Empty(t, valuesOf(t, d, text, TypePassword), text)
	}
}

// TestPharmacyAndFrenchPlacesOfSession43 checks Quebec's health card
// number after its word, places after "j'habite à", "je vis à", "je
// réside à", and pharmacies and insurers that read as people.
func TestPharmacyAndFrenchPlacesOfSession43(t *testing.T) {
	d := defaultDetector(t)
	text := "Bonjour, mon numéro RAMQ est TREM 5803 1412. J'habite à Laval, est-ce que vous livrez?"
	require.Equal(t, []string{"TREM 5803 1412"}, valuesOf(t, d, text, "CA_HEALTH_NUMBER"))
	require.Equal(t, []string{"Laval"}, valuesOf(t, d, text, TypeLocation))
	require.Empty(t, valuesOf(t, d, text, TypePhoneNumber))
	require.Empty(t, valuesOf(t, d, "RAMQ TREM 5813 1412", "CA_HEALTH_NUMBER"))
	wantFound(t, d, TypeLocation, []textValue{
		{"je vis à Lyon depuis 2019", "Lyon"},
		{"Je réside à Montréal avec un permis de travail.", "Montréal"},
	}, nil)
	wantFound(t, d, TypePerson, nil, []string{
		"the refill was sent to Walgreens #09817 on W Broad St.",
		"Green Shield ID 501884732, plan 10442",
		"your prescription has been transferred from Shoppers Drug Mart #1142 to our location",
	})
}

// TestCharitiesOfSession43 checks what the charities and memberships set
// left: a German club's name before "e.V." and a foundation's name are
// firms, not people; a card's "sec code" and a code sent after "a" are
// secrets.
func TestCharitiesOfSession43(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Met vriendelijke groet,\nFemke\nStichting Zeehondenopvang Noord", "Femke"},
	}, []string{
		"Sie können auch direkt überweisen: Empfänger Tierhilfe Sonnenwiese e.V., IBAN DE23 5205 0353 1465 8465 52",
		"Spende an die Stiftung Warentest",
	})
	require.Equal(t, []string{"Tierhilfe Sonnenwiese e.V."}, valuesOf(t, d, "Tierhilfe Sonnenwiese e.V.", TypeOrganization))
	require.Equal(t, []string{"902"}, valuesOf(t, d, "Card 5449394554333075 exp 11/26 sec code 902.", TypeCardSecurityCode))
	require.Equal(t, []string{"551208"}, valuesOf(t, d, "the bank sent me a code 551208 to approve the donation, do you need it?", TypePassword))
}

// TestMedicaidAndTurkishTitleOfSession43 checks a state's Medicaid id
// that ends in a capital, after its word, and the Turkish courtesy title
// "Sayın" before a name.
func TestMedicaidAndTurkishTitleOfSession43(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"XJ48213K"}, valuesOf(t, d, "I'm messaging about my mother. Her Medicaid ID is XJ48213K. She's out of her Eliquis", TypeMemberID))
	require.Empty(t, valuesOf(t, d, "Medicaid ID is XJ48213KB", TypeMemberID))
	require.Equal(t, []string{"Emre Koç"}, valuesOf(t, d, "Sayın Emre Koç, talebiniz #TR-SUP-20931 numarasıyla oluşturulmuştur.", TypePerson))
}

// TestDriversOfSession43 checks what the ride-hailing set named after
// its words: a French plate after "immatriculée" and India's driving
// licence after "DL".
func TestDriversOfSession43(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"GE-482-KT"}, valuesOf(t, d, "j'ai oublié mes clés dans le VTC, une Peugeot 508 noire immatriculée GE-482-KT, chauffeur Youssef.", TypeVehicleRegistration))
	require.Equal(t, []string{"MH02 20110048213"}, valuesOf(t, d, "Sir my DL MH02 20110048213 is renewed, pls update in system. Contact +91 98450 12377", "IN_DRIVING_LICENCE"))
	require.Empty(t, valuesOf(t, d, "build MH02 20110048213 passed", "IN_DRIVING_LICENCE"))
}

// TestMapPinsOfSession43 checks map coordinates that a rider pastes for a
// driver, in decimal degrees and in degrees, minutes and seconds; and
// the prices, lists and temperatures that read the same way.
func TestMapPinsOfSession43(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"the pin keeps dropping drivers at the back of the estate. my actual front door is at 53.80071, -1.54915 can u save that on my account??", "53.80071, -1.54915"},
		{`pls tell the driver to come to 40°44'18.2"N 73°59'26.1"W, the building entrance on the map is on the wrong street`, `40°44'18.2"N 73°59'26.1"W`},
		// Until session 43 a look-alike of chat_values_probe_test.go:
		// a city's centre, but nothing tells it from a door's pin.
		{"coords 48.8566, 2.3522", "48.8566, 2.3522"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, TypeGPSCoordinates), c.text)
	}
	for _, text := range []string{
		"two items at 12.50, 13.75",
		"weights 0.1234,0.5678,0.9101 after training",
		"lat 95.12345, 10.12345",
		"it was 40° outside",
		"version 10.4.2.1",
	} {
		require.Empty(t, valuesOf(t, d, text, TypeGPSCoordinates), text)
	}
}

// TestUserNamesOfSession43 checks user names that a label names over a
// name they read as ("username is kwame.drives"), a connection string's
// "User Id=rxsvc;", and a login of dots before a password's word ("user
// tom.harlow.relo / pw ...", and since session 51 "user tom.harlow");
// with a system's login and prose.
func TestUserNamesOfSession43(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"@support my driver username is kwame.drives and the app still shows my old car", "kwame.drives"},
		{"our pharmacy system can't reach the database. connection string is:\nServer=rx-db01;Database=RxMain;User Id=rxsvc;Password=Wint3r!Pharm2023;", "rxsvc"},
		{"Here are the login details I set up for you: user tom.harlow.relo / pw Zk8!mPq2#vLw – please change it", "tom.harlow.relo"},
		{"user tom.harlow.relo / passwort Sommer2024!", "tom.harlow.relo"},
		// Since session 51 two names in lower case parted by one dot
		// after "user" are a login without a password's word: the blind
		// sets wrote five such logins ("for user sid.iyer", "login
		// dwayne.p") and no such prose.
		{"the user tom.harlow has left the team", "tom.harlow"},
		{"user tom.harlow passwords are rotated monthly", "tom.harlow"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, TypeUsername), c.text)
		require.Empty(t, valuesOf(t, d, c.text, TypePerson), c.text)
	}
	for _, text := range []string{
		"Server=db;User Id=sa;Password=x;",
		"the user Tom.Harlow has left the team",
	} {
		require.Empty(t, valuesOf(t, d, text, TypeUsername), text)
	}
}

// TestCallMeAfterNumberOfSession43 checks a bare number that "call me"
// or "text me" follows, which the imitation of the corpus wrote; a
// reference's word before it still rules it out.
func TestCallMeAfterNumberOfSession43(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"3124670198"}, valuesOf(t, d, "user> this is jonah pettigrew 3124670198 call me", TypePhoneNumber))
	require.Equal(t, []string{"3124670198"}, valuesOf(t, d, "hey its me 3124670198 text me when ur here", TypePhoneNumber))
	require.Empty(t, valuesOf(t, d, "order 3124670198 call me if it is late", TypePhoneNumber))
}

// TestLatinAmericaOfSession43 checks the ids and accounts the late Latin
// American set named: Chile's RUT dotted, plain and without its hyphen,
// Uruguay's cédula, Peru's DNI, Mexico's NSS and voter key, a CLABE in
// its four parts, Colombia's "C.C."; with their checks failing.
func TestLatinAmericaOfSession43(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"Hola, necesito boleta con mi RUT 16.784.233-K por favor, la compra la hice ayer en la web", "CL_RUT", "16.784.233-K"},
		{"mi hija Florencia Muñoz Contreras va a recibir el paquete, su rut es 21345678-4", "CL_RUT", "21345678-4"},
		{"hola, el rut del titular es 182045675 (sin puntos ni guion como pide el formulario)", "CL_RUT", "182045675"},
		{"Buenas, cédula 4.567.890-5, quería saber si ya está lista la devolución de las championes", "UY_CI", "4.567.890-5"},
		{"Hola, mi DNI es 45678912, quería saber el estado de mi reclamo LR-2024-004512", "PE_DNI", "45678912"},
		{"para el seguro me piden el NSS, es el 42088963121 a nombre de Alberto Cázares Luna", "MX_NSS", "42088963121"},
		{"les mando los datos de mi INE como me pidieron\nclave de elector VLTRAN92061419M700\nfecha de nacimiento 14/06/1992", "MX_CLAVE_ELECTOR", "VLTRAN92061419M700"},
		{"depositen a mi cuenta bancoppel clabe 137 180 00123456789 7 porfavor ya son 3 semanas", TypeBankAccount, "137 180 00123456789 7"},
		{"Atentamente,\nAndrés Felipe Cárdenas Ruiz\nC.C. 1.020.456.789 de Bogotá", "CEDULA", "1.020.456.789"},
	} {
		require.Contains(t, valuesOf(t, d, c.text, c.typ), c.want, c.text)
	}
	for _, c := range []struct{ text, typ string }{
		{"RUT 16.784.233-5", "CL_RUT"},
		{"pedido 21345678-4", "CL_RUT"},
		{"cédula 4.567.890-6", "UY_CI"},
		{"DNI 12345678Z", "PE_DNI"},
		{"clave de elector VLTRAN92136419M700", "MX_CLAVE_ELECTOR"},
	} {
		require.Empty(t, valuesOf(t, d, c.text, c.typ), c.text)
	}
}
