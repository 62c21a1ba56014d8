package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 59 found in the gaps of its blind sets.

// TestPhonesOfSession59 checks national numbers that a reference's word
// in the sentence before, a postcode before " / ", or the lack of a
// phone word used to hide, and that the references themselves stay.
func TestPhonesOfSession59(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Policy HH-20938415. I'm on 07833 218946 after 6pm.", TypePhoneNumber, "07833 218946"},
		{"Roofer's quote ref Q-2231. I'm on 07833 218946", TypePhoneNumber, "07833 218946"},
		{"Unit 14, 3 Mort St, Braddon ACT 2612 / 0412 560 093 / samira.haddad@iinet.net.au", TypePhoneNumber, "0412 560 093"},
		{"Hola, me dais cita para hoy? soy su padre Daniel Castro 699-284-113", TypePhoneNumber, "699-284-113"},
		{"ja klopt, 020 - 612 44 83 is mijn werknummer", TypePhoneNumber, "020 - 612 44 83"},
		{"O vizinho pede que o contactem: 21 384 7261", TypePhoneNumber, "21 384 7261"},
		{"alt no 9705318846 , courier wala bol raha hai address not found", TypePhoneNumber, "9705318846"},
		{"ya hice el pago por Nequi al 3204817756, el comprobante lo mandé", TypePhoneNumber, "3204817756"},
		{"Agent: I've run a line test on 01132684471 - it shows a fault", TypePhoneNumber, "01132684471"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Order 4471. Tracking 07833 218946", TypePhoneNumber},
		{"ref Q-2231, order 07833 218946", TypePhoneNumber},
		{"Order for Daniel Castro 699-284-113", TypePhoneNumber},
		{"Daniel Castro 699-284-113 items", TypePhoneNumber},
	})
}

// TestNordicOfSession59 checks the Nordic languages' words of customers'
// numbers, accounts, phones, a firm's desk and references, a Norwegian
// account written with dots, a Danish floor, and the stop words of
// names.
func TestNordicOfSession59(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"kan han få sit eget abonnement under min konto? kundenummer 48820193", TypeCustomerNumber, "48820193"},
		{"Soittakaa minulle, kiitos. Asiakasnumero 3007115", TypeCustomerNumber, "3007115"},
		{"kundnr 1184402 — vill säga upp bredbandet", TypeCustomerNumber, "1184402"},
		{"Fødselsnummeret mitt er 150786 49310, takk", "NO_FODSELSNUMMER", "150786 49310"},
		{"og kontonummeret er 1503.27.40577. Mvh Kari", TypeBankAccount, "1503.27.40577"},
		{"Jag ser att numret 073-614 22 08 är kopplat till ditt konto", TypePhoneNumber, "073-614 22 08"},
		{"Jeg flytter og vil beholde nummeret 926 41 073.", TypePhoneNumber, "926 41 073"},
		{"I need a new code display sent to Vestergade 8, 1. sal, 8000 Aarhus C.", TypeStreetAddress, "Vestergade 8, 1. sal, 8000 Aarhus C"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Yrityksen Y-tunnus on 2847361-9 ja laskun numero 55120-0347.", TypePhoneNumber},
		{"Agent: Voit soittaa asiakaspalveluumme numeroon 010 190 4400 ma–pe klo 8–18.", TypePhoneNumber},
		{"Agent: Ring oss gjerne på 815 44 200 om du har flere spørsmål.", TypePhoneNumber},
		{"Vår Stripe-koppling i webbshoppen ger 401", TypePerson},
		{"Adress: Storgatan 14 lgh 1102, 582 23 Linköping", TypePerson},
		{"Konto 2024.12.05 angitt", TypeBankAccount},
	})
	// "kid" is a child in English, not Norway's payment reference.
	wantTyped(t, d, []typedValue{{"text my kid on 07700 900123", TypePhoneNumber, "07700 900123"}})
}

// TestBirthDatesOfSession59 checks a second person's date of birth after
// a comma and a possessive with a kin's noun, and the writer's own after
// "moi" or "me".
func TestBirthDatesOfSession59(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"23.09.1990", "07.01.1987"}, valuesOf(t, d, "please fix the dates of birth, they're swapped. me: Aylin Demir 23.09.1990, my husband Emre Demir 07.01.1987.", TypeDateOfBirth))
	require.Equal(t, []string{"17 juin 2009", "2 février 1981"}, valuesOf(t, d, "Ma fille Inès est née le 17 juin 2009, moi le 2 février 1981.", TypeDateOfBirth))
	require.Equal(t, []string{"12/03/1990"}, valuesOf(t, d, "DOB 12/03/1990, me 14/03/2024 delivery", TypeDateOfBirth))
	// The writer's own slip and the right one.
	require.Equal(t, []string{"11.07.1979", "11.01.1979"}, valuesOf(t, d, "Correction: my date of birth is 11.07.1979, I wrote 11.01.1979 on the form by mistake.", TypeDateOfBirth))
	require.Equal(t, []string{"21 Jan 1983", "21 Jun 1983"}, valuesOf(t, d, "Can you change the DOB on my account? It shows 21 Jan 1983 but the real one is 21 Jun 1983", TypeDateOfBirth))
	require.Equal(t, []string{"12.03.87", "12.03.78"}, valuesOf(t, d, "ma date de naissance c 12.03.87 pas 12.03.78 !!! corrigez svp", TypeDateOfBirth))
	require.Equal(t, []string{"12.03.1987"}, valuesOf(t, d, "born 12.03.1987, I wrote 14.05.2024 on the ticket", TypeDateOfBirth))
}

// TestCentralEuropeOfSession59 checks Polish, Czech and Slovak words of
// phones, customers' numbers and references, their months, the titles
// before a name in its cases, and "r.č." before a birth number.
func TestCentralEuropeOfSession59(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Przenoszę numer 698 207 415 z Plusa", TypePhoneNumber, "698 207 415"},
		{"Proszę o kontakt pod numerem 22 628 41 07 (stacjonarny, domowy)", TypePhoneNumber, "22 628 41 07"},
		{"Její číslo 603 887 142, email kaca.cerna@seznam.cz", TypePhoneNumber, "603 887 142"},
		{"Faktúra za marec je 34,90 €. Číslo zákazníka 5512098734.", TypeCustomerNumber, "5512098734"},
		{"Moja data urodzenia to 21 maja 1958, a w systemie macie inną.", TypeDateOfBirth, "21 maja 1958"},
		{"Henryk Szymański, ur. 30 sierpnia 1964, proszę o duplikat", TypeDateOfBirth, "30 sierpnia 1964"},
		{"Kurier: Paczka będzie u Pana Zielińskiego jutro między 9 a 12.", TypePerson, "Zielińskiego"},
		{"Agent: Pane Kučero, nová SIM karta je na cestě", TypePerson, "Kučero"},
		{"Dobrý den, jsem Tereza Dvořáková, r.č. 855417/6048, potřebuji změnit adresu", "CZ_SK_BIRTH_NUMBER", "855417/6048"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Numer zamówienia 698 207 415 nie dotarł", TypePhoneNumber},
		{"Číslo jednací policie KRPA-118273-1/TČ-2024-001411.", TypePhoneNumber},
		{"číslo objednávky 603 887 142", TypePhoneNumber},
	})
	// "Maja" stays a given name beside the month.
	wantTyped(t, d, []typedValue{{"Maja Kowalska pisze w sprawie zwrotu", TypePerson, "Maja Kowalska"}})
}

// TestIdentityDocumentsOfSession59 checks an identity card's
// machine-readable zone of three lines of 30, whose name line is read
// only after a line whose check digits hold, a passport number that
// opens with capitals, and the field labels of documents that are no
// names.
func TestIdentityDocumentsOfSession59(t *testing.T) {
	d := defaultDetector(t)
	text := "Rückseite vom Ausweis: IDD<<T4FJ82MX68<<<<<<<<<<<<<<< 8506195M3108125D<<<<<<<<<<<<<6 HARTMANN<OEZDEMIR<<JONAS<<<<<<"
	require.Equal(t, []string{"IDD<<T4FJ82MX68<<<<<<<<<<<<<<<", "8506195M3108125D<<<<<<<<<<<<<6"}, valuesOf(t, d, text, TypePassport))
	require.Equal(t, []string{"HARTMANN<OEZDEMIR<<JONAS"}, valuesOf(t, d, text, TypePerson))
	// A check digit changed: no line is read, nor the name after it.
	bad := "Rückseite vom Ausweis: IDD<<T4FJ82MX67<<<<<<<<<<<<<<< 8506195M3108126D<<<<<<<<<<<<<6 HARTMANN<OEZDEMIR<<JONAS<<<<<<"
	require.Empty(t, valuesOf(t, d, bad, TypePassport))
	require.NotContains(t, valuesOf(t, d, bad, TypePerson), "HARTMANN<OEZDEMIR<<JONAS")
	wantTyped(t, d, []typedValue{
		{"Dutch passport NR8K4JL72, my BSN is 274183651", TypePassport, "NR8K4JL72"},
	})
	require.Equal(t, []string{"Brandt", "Kowalczyk"}, valuesOf(t, d, "Guten Tag, Name Brandt, Geburtsname Kowalczyk, Geburtstag 02.11.1992", TypePerson))
	wantNoneTyped(t, d, []typedText{
		{"Aufenthaltstitel: gültig bis 30.09.2026, Ausländerbehörde Frankfurt am Main", TypePerson},
		{"Permanent Resident Card, Category IR6", TypePerson},
	})
}

// TestRemittancesOfSession59 checks Morocco's IBANs, which the registry
// does not list, a money transfer's control number, and a name in
// capitals with a middle initial among words of another language.
func TestRemittancesOfSession59(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"IBAN de ma sœur : MA64 0077 8052 2675 4067 4150 4883, titulaire Khadija", TypeIBAN, "MA64 0077 8052 2675 4067 4150 4883"},
		{"RIB de mon père chez CIH : MA64230810029119297434708505", TypeIBAN, "MA64230810029119297434708505"},
		{"sorry po mali spelling ko, dapat JOCELYN B. MANALO hindi po yung luma", TypePerson, "JOCELYN B. MANALO"},
	})
	wantNoneTyped(t, d, []typedText{
		{"RIB : MA64230810029119297434708504", TypeIBAN}, // the check digits fail
		{"Agent Carla here, MTCN 583 920 4716 was paid out at 14:32", TypePhoneNumber},
	})
}

// TestRecordsOfSession59 checks an insurer's member id after its name and
// a bare "ID", a member id's check letter, a correction typed "but its",
// a prescription's number as a reference, and Canadian addresses: a
// unit's letter before the civic number, "boul." and "blvd.".
func TestRecordsOfSession59(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Aetna ID W184 552 907 / RxBIN 610502 — can you rerun the claim", TypeMemberID, "W184 552 907"},
		{"her name is Ngozi, ins is Humana ID H41928377", TypeMemberID, "H41928377"},
		{"Applicant member ID is AP-5582093-K if you need it.", TypeMemberID, "AP-5582093-K"},
		{"ship to 4B-2210 Oak Street, Vancouver BC V6H 2M3 please", TypeStreetAddress, "4B-2210 Oak Street, Vancouver BC V6H 2M3"},
		{"Colis: 1175 boul. René-Lévesque Est, app. 1204, Québec QC G1R 5V7.", TypeStreetAddress, "1175 boul. René-Lévesque Est, app. 1204, Québec QC G1R 5V7"},
		{"Colis: 1175 blvd. René-Lévesque Est, Québec QC G1R 5V7.", TypeStreetAddress, "1175 blvd. René-Lévesque Est, Québec QC G1R 5V7"},
	})
	require.Equal(t, []string{"1/5/1979", "5/1/1979"}, valuesOf(t, d, "my dob on the report says 1/5/1979 but its 5/1/1979 - day and month swapped", TypeDateOfBirth))
	wantNoneTyped(t, d, []typedText{
		{"Walgreens keeps giving me 28 tabs, Rx 0481923-03517.", TypePhoneNumber},
		{"model 4B-2210 Oak edition", TypeStreetAddress},
		{"Agent: drop the gateway at any UPS Store or at our shop at 540 Fellsway, Medford, MA 02155 and keep the receipt.", TypeStreetAddress},
	})
	// The writer's own shop stays an address.
	wantTyped(t, d, []typedValue{{"my shop is at 12 Main St, Springfield, IL 62701", TypeStreetAddress, "12 Main St, Springfield, IL 62701"}})
}

// TestGluedAndHandlesOfSession59 checks an IBAN in capitals glued to the
// next word in lower case, and players' tags after a possessive.
func TestGluedAndHandlesOfSession59(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"ciao sono marco bellini,iban:IT82N7077264903334195008848grazie", TypeIBAN, "IT82N7077264903334195008848"},
	})
	require.Equal(t, []string{"Gr1mReaper_666", "bunnyhop.lily"}, valuesOf(t, d, "his tag is Gr1mReaper_666 and he keeps DMing my sister (her tag is bunnyhop.lily). screenshots attached", TypeUsername))
	wantNoneTyped(t, d, []typedText{
		{"IT82N7077264903334195008848X", TypeIBAN},
		{"git tag v2.0.1-rc1", TypeUsername},
		{"docker tag: prod_east_1", TypeUsername},
	})
}

// TestHealthAndGermanOfSession59 checks the NHS's desks' mailboxes (and
// its staff's own, which stay), British hospitals' numbers, the NHS's
// e-Referral number as a reference, and German words of policies and a
// form's "Anrede".
func TestHealthAndGermanOfSession59(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"email me at fenella.mcavoy@nhs.net", TypeEmailAddress, "fenella.mcavoy@nhs.net"},
		{"hospital number K4471209 , she is 86", TypeMemberID, "K4471209"},
		{"i hob a frog, Polizzennr. 12-4478193-0. Danke", TypeCustomerNumber, "12-4478193-0"},
		{"Anrede: Herr / Name: Dominik Achleitner / Geb.datum: 03.09.1991", TypePerson, "Dominik Achleitner"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Agent: Please email the photo to our practice inbox, brookfield.surgery@nhs.net — do not send it to staff.", TypeEmailAddress},
		{"Agent: Please resend them to our generic inbox: admin.parksidemc@nhs.net", TypeEmailAddress},
		{"Agent: your referral (UBRN 0417 2290 6613) was accepted by ENT", TypePhoneNumber},
	})
}

// session59Seeds are FuzzDetect's seeds for the readers of session 59:
// identity cards' zones cut short and at the text's edges, a unit's
// letter before a dash, an IBAN glued to a word, a Norwegian account's
// dots, a name before a number at the end, and mailboxes at the NHS's
// domains.
var session59Seeds = []string{
	"IDD<<T4FJ82MX68<<<<<<<<<<<<<<<",
	"IDD<<T4FJ82MX68<<<<<<<<<<<<<<< 8506195M3108125D<<<<<<<<<<<<<6 HARTMANN<OEZDEMIR<<JONAS<<<<<<",
	"8506195M3108125D<<<<<<<<<<<<<6 <<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
	"4B-2210 Oak Street",
	"4B-",
	"iban:IT82N7077264903334195008848grazie",
	"kontonummeret er 1503.27.",
	"Daniel Castro 699-284-113",
	"pals@nhs.net",
	"x@.nhs.uk",
	"Ward 4 ",
	"Fødselsnummeret mitt er 150786 4931",
	"ur. 30 sierpnia",
	"moi le 2",
	", my husband ",
	"his tag is ",
	"JOCELYN B.",
	"1175 boul.",
	"MA64 0077",
}

// TestIberianOfSession59 checks Portugal's social security number with
// its check digit, Spanish and Portuguese desks' mailboxes, "nº cliente",
// a meter's number as a reference, and "Sóc", "Cadê" and "Tarifa" as no
// names.
func TestIberianOfSession59(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Dados p/ apólice: Tomás, NISS 18951046033, obrigado", "PT_NISS", "18951046033"},
		{"nº cliente 7730118245 , já enviei 2 emails e ninguém responde", TypeCustomerNumber, "7730118245"},
		{"Hola, sóc la Montserrat Puig Ferrer, DNI 32059794W.", TypePerson, "Montserrat Puig Ferrer"},
	})
	wantNoneTyped(t, d, []typedText{
		{"NISS 18951046034", "PT_NISS"},
		{"Para cualquier duda puede llamarnos gratis al 900 100 251 o escribir a clientes@energiasdelnorte.es", TypeEmailAddress},
		{"Agente: a encomenda nº PT-2291834 já foi enviada pelos CTT. Qualquer dúvida: apoio@loja-exemplo.pt", TypeEmailAddress},
		{"el contador de luz nº 0312 5784 9920 hace un ruido raro", TypePhoneNumber},
		{"cadê meu reembolso?????", TypePerson},
		{"¿El precio del kWh en la Tarifa Noche es 0,1123 €/kWh o 0,1321?", TypePerson},
	})
}
