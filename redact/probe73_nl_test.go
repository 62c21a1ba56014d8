package redact

import "testing"

// Tests of what session 73 found in its Dutch and Flemish blind sets.

// TestSidecodePlatesOfDutchOfSession73 checks a plate of a Dutch
// sidecode's shape ("9-XXX-99", "XX-999-X") or of Belgium's
// ("9-XXX-999") a few words after "kenteken" or "nummerplaat" in its
// sentence. The controls: a shape with a vowel after words (no Dutch
// plate has one), a plate's shape in the next sentence, and one after a
// car's own noun ("auto"), which a rental's plate follows as often.
func TestSidecodePlatesOfDutchOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Wijzig het kenteken op mijn polis naar 7-HRX-52, polisnummer volgt.", TypeVehicleRegistration, "7-HRX-52"},
		{"het kenteken van mijn nieuwe wagen is nu ZT-318-V", TypeVehicleRegistration, "ZT-318-V"},
		{"de nummerplaat van de wagen van mijn vrouw is 1-KTB-482", TypeVehicleRegistration, "1-KTB-482"},
	})
	wantNoneTyped(t, d, []typedText{
		{"kenteken op de polis wijzigen naar 12-AB-34", TypeVehicleRegistration},
		{"het kenteken klopt niet. Bestelling 7-HRX-52 is onderweg.", TypeVehicleRegistration},
		{"De auto die u had (G-771-NB) is alweer verhuurd.", TypeVehicleRegistration},
	})
}

// TestSoleTraderVATOfDutchOfSession73 checks a Dutch sole trader's VAT
// number, whose whole passes ISO 7064 MOD 97-10, with or without a
// word, glued or spaced. The controls: a firm's number of the older
// kind ("B01" after its RSIN), which fails that check, and a sole
// trader's number with its last digit changed.
func TestSoleTraderVATOfDutchOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"voor mijn eenmanszaak heb ik btw-id NL418792749B55 ingevuld", "NL_VAT_ID", "NL418792749B55"},
		{"Het moet NL176883710B13 zijn, niet wat er nu staat.", "NL_VAT_ID", "NL176883710B13"},
		{"btw-nummer: NL 460658678 B90", "NL_VAT_ID", "NL 460658678 B90"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Voorbeeld B.V., btw NL001234567B01, KvK 12345678", "NL_VAT_ID"},
		{"mijn btw-id NL418792749B56 ingevuld", "NL_VAT_ID"},
	})
}

// TestBelgianIDCardOfDutchOfSession73 checks a Belgian identity card's
// number after the Dutch compound of its word ("identiteitskaartnummer")
// or before its validity ("vervalt in", "geldig tot"). The controls: a
// number whose check fails, and one of the same shape after an
// account's word, which the old Belgian account number shares.
func TestBelgianIDCardOfDutchOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Mijn identiteitskaartnummer is 614-0527381-96, wat nu?", "BE_ID_CARD", "614-0527381-96"},
		{"Klant: 590-2283746-04, vervalt in 2030", "BE_ID_CARD", "590-2283746-04"},
		{"kaart 614-0527381-96 is geldig tot 03/2031", "BE_ID_CARD", "614-0527381-96"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Klant: 590-2283746-05, vervalt in 2030", "BE_ID_CARD"},
		{"mijn rekening 614-0527381-96 bij de bank", "BE_ID_CARD"},
	})
}

// TestFirmLinesOfDutchOfSession73 checks the firm's own numbers in Dutch:
// after "bij twijfel" in an agent's line, after a free number's and a
// firm's line's words ("ons gratis nummer", "storingslijn"), and after an
// offer of help in a line an agent's word and name open ("Agent Noor:").
// The controls: a customer's number after "bij twijfel" in the
// customer's line, and a number after "vragen" in a line a customer's
// word and name open.
func TestFirmLinesOfDutchOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Medewerker: Wij vragen nooit om codes. Bel bij twijfel altijd 030 244 1100.", TypePhoneNumber},
		{"Medewerker: bij twijfel kunt u ons 24/7 bellen op 020 514 7700.", TypePhoneNumber},
		{"Medewerker: Bel gerust ons gratis nummer 0800-0417 of mail ons.", TypePhoneNumber},
		{"Agent: Onze storingslijn is 0800-2916.", TypePhoneNumber},
		{"Agent Noor: Heeft u vragen, bel dan 020 514 7700 of mail ons.", TypePhoneNumber},
	})
	wantTyped(t, d, []typedValue{
		{"Klant: bij twijfel bel ik 06-41925370 terug", TypePhoneNumber, "06-41925370"},
		{"Klant Noor: vragen? bel mij op 06-41925370", TypePhoneNumber, "06-41925370"},
	})
}

// TestQuotedAccountNameOfDutchOfSession73 checks an account's name in
// quotes after an account's word and a verb of naming ("mijn account
// heet 'x'"), or after the word alone. The controls: a word or a given
// name in quotes, which has no handle's shape.
func TestQuotedAccountNameOfDutchOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"user> mijn account heet 'breibolletje58' op jullie site en ik kom er niet in", TypeUsername, "breibolletje58"},
		{"mijn account heet tuinkabouter_91", TypeUsername, "tuinkabouter_91"},
		{"het account \"Kookfanaat77\" is geblokkeerd", TypeUsername, "Kookfanaat77"},
	})
	wantNoneTyped(t, d, []typedText{
		{"mijn account heet 'Jan' en zo", TypeUsername},
		{"het account heet 'zakelijk' en is van mij", TypeUsername},
	})
}

// TestTitledStreetOfDutchOfSession73 checks a Dutch street that opens
// with an abbreviated title of the Church or an engineer's ("Mgr.
// Nolensplein", "Ir. Lelylaan"), read whole. The control: the
// abbreviation before a surname and a number that is no house's.
func TestTitledStreetOfDutchOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"adres Mgr. Zwijsenstraat 14 hs, 5038 KL Tilburg. tel volgt", TypeStreetAddress, "Mgr. Zwijsenstraat 14 hs, 5038 KL Tilburg"},
		{"Mijn adres is Ir. Lelylaan 6, 8232 AB Lelystad.", TypeStreetAddress, "Ir. Lelylaan 6, 8232 AB Lelystad"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Ik sprak Mgr. Jansen 6 keer over de kerk.", TypeStreetAddress},
	})
}

// TestInitialsAndCallNameOfDutchOfSession73 checks a Dutch full name of
// initials, the name called by in brackets and the surname ("G.J.
// (Gerrit) Hoekstra"), read as one name. The controls: a place in
// brackets after letters, and a word that is no given name.
func TestInitialsAndCallNameOfDutchOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Graag de incasso wijzigen t.n.v. H.J. (Henk) Brouwer, ingangsdatum 1 juni.", TypePerson, "H.J. (Henk) Brouwer"},
		{"Met vriendelijke groet, A.M. (Femke) de Graaf", TypePerson, "A.M. (Femke) de Graaf"},
	})
	wantNoneTyped(t, d, []typedText{
		{"zie punt A.B. (Amsterdam) Centraal", TypePerson},
		{"Zie bijlage B.C. (Bijlage) Overzicht", TypePerson},
	})
}

// TestPaymentAndLoginServicesOfDutchOfSession73 checks that the Dutch and
// Belgian ways to pay and log in ("DigiD", "iDEAL", "Bancontact") and a
// municipality's label ("Gemeente Zwolle:") name no one. The control: a
// person's name in the same line stays found.
func TestPaymentAndLoginServicesOfDutchOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Kan dat online met DigiD?", TypePerson},
		{"kan ik ook met ideal betalen? of alleen met creditcard", TypePerson},
		{"kan ik met bancontact betalen", TypePerson},
		{"Gemeente Zwolle: Ja dat kan. Let op: de leges bedragen € 44,30.", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"Betaald met iDEAL, groet Anouk Verbeek", TypePerson, "Anouk Verbeek"},
	})
}

// TestPolicyAndPortingCodeOfDutchOfSession73 checks a policy's number
// after the abbreviation "polisnr." and a number's porting code after
// "overstapcode". The controls: the words without a value.
func TestPolicyAndPortingCodeOfDutchOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"aanrijding gemeld, mijn polisnr. AV-5518203", TypeCustomerNumber, "AV-5518203"},
		{"mijn huidige provider heeft de overstapcode gegeven: 4K8T-7QWZ", TypePassword, "4K8T-7QWZ"},
	})
	wantNoneTyped(t, d, []typedText{
		{"wat is een overstapcode? waar vind ik die?", TypePassword},
		{"waar staat mijn polisnr. eigenlijk?", TypeCustomerNumber},
	})
}

// TestSignOffAbbrevOfDutchOfSession73 checks that the Dutch sign-offs
// "Grt" and "Grtjs" (groeten, groetjes) stay out of the writer's name
// after them, as "Gr" does. The control: the name after them is still
// found whole.
func TestSignOffAbbrevOfDutchOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Retour ontvangen op 9 april. Grt Sanne van Dijk, sannevandijk@voorbeeld.nl", TypePerson, "Sanne van Dijk"},
		{"alvast bedankt! Grtjs Merel Visser", TypePerson, "Merel Visser"},
	})
}
