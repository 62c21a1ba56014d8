package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 56 found in the gaps of its blind sets.

// TestMembersOfSession56 checks the numbers of a candidate, a player, a
// subscriber and a pupil after their words, and a plan's two groups of
// capitals before the digits.
func TestMembersOfSession56(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Bitte setzen Sie ein Limit. Spieler-ID 10483920. Danke", TypeMemberID, "10483920"},
		{"ID giocatore 98231746, email", TypeMemberID, "98231746"},
		{"Prüfungs-ID GZ-B1-2025-114, Teilnehmernummer 30481-2217. Ich", TypeMemberID, "30481-2217"},
		{"Teilnehmer-Nr. 30481-3390", TypeMemberID, "30481-3390"},
		{"Su número de alumna es AL-208193.", TypeMemberID, "AL-208193"},
		{"Il mio codice studente è ST-IT-0093847, ho preso 27/30", TypeMemberID, "ST-IT-0093847"},
		{"je souhaite résilier (n° d'abonné 00417283) et", TypeMemberID, "00417283"},
		{"Numero de socio 0021783", TypeMemberID, "0021783"},
		{"Your player ID is 55120934, thanks", TypeMemberID, "55120934"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Teilnehmernummer 2024-2025", TypeMemberID},
		{"codice studente ST-IT-2024", TypeMemberID},
	})
}

// TestCodesOfSession56 checks PINs and access codes whose word says what
// they open ("PIN vom Laptop", "Zugangscode", "code portail"), that a PIN
// for a device is no Indian PIN code, and that a transaction's code
// ("código de operación") is no secret.
func TestCodesOfSession56(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"PIN vom Laptop ist 159753", TypePassword, "159753"},
		{"PIN für den Laptop ist 159753", TypePassword, "159753"},
		{"PIN dell'app: 160384. E la parola segreta è Pistacchio", TypePassword, "160384"},
		{"Der Zugangscode 2931 kann dann deaktiviert werden.", TypePassword, "2931"},
		{"Votre nouveau code portail : 58204.", TypePassword, "58204"},
		{"Bengaluru, Karnataka, PIN 560034", TypeZipCode, "560034"},
	})
	wantNoneTyped(t, d, []typedText{
		{"PIN für den Laptop ist 159753", TypeZipCode},
	})
	require.Empty(t, detect(t, d, "el código de operación es 01928374"))
	require.Empty(t, detect(t, d, "Code der Bestellung ist 4471"))
}

// TestIdentifiersOfSession56 checks IMEIs after the plural word, a
// German ID card's serial of one digit whose check digit holds, and an
// order's number after a Spanish DNI, which is no Peruvian DNI.
func TestIdentifiersOfSession56(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Personalausweisnummer LKJ8NPYLW9, Name wie im Konto", "DE_ID_CARD", "LKJ8NPYLW9"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Personalausweisnummer LKJ8NPYLW8, Name wie im Konto", "DE_ID_CARD"},
		{"Hola, mi DNI es 52411055N. El pedido 48213377 me costó 129,95 €.", "PE_DNI"},
	})
	require.Equal(t, []string{"352021826240632", "357308289695120"}, valuesOf(t, d, "IMEIs: 352021826240632 and 357308289695120.", TypeIMEI))
}

// TestWordsOfSession56 checks greetings, labels and nouns that are no
// names (Greek, Turkish, Spanish, Swedish, German), the name beside
// them, and amounts in crowns that are no street.
func TestWordsOfSession56(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Merhaba, siparişim hâlâ gelmedi. Adım Ayşe Yılmaz, tel 0532 418 27 63", TypePerson, "Ayşe Yılmaz"},
		{"Ονομάζομαι Κατερίνα Αλεξίου, ΑΜΚΑ 17086880840", TypePerson, "Κατερίνα Αλεξίου"},
		{"Kontoinnehavare Mikael Svensson, personnummer", TypePerson, "Mikael Svensson"},
		{"Datos: Nombre Carmen Vidal Soler / email", TypePerson, "Carmen Vidal Soler"},
		{"Καλησπέρα, ονομάζομαι Γιώργος Παπαδόπουλος.", TypePerson, "Γιώργος Παπαδόπουλος"},
		{"IBAN: TR660001004385232688213926\nAd Soyad: Emre Çelik", TypePerson, "Emre Çelik"},
	})
	for _, text := range []string{
		"Γεια, ο αριθμός ταυτότητάς μου",
		"I paid twice for Module 5 (£60 each)",
		"(Umzugskosten will ich absetzen) bitte",
		"Jag betalade in 500 kr men saldot visar 0 kr. Transaktions-ID 7f3a",
		"Det kostar 5 kr. Tack",
	} {
		require.Empty(t, detect(t, d, text), text)
	}
}

// session56Seeds are FuzzDetect's seeds for the readers of session 56.
var session56Seeds = []string{
	"codice studente ST-IT-0093847, ST-IT-, AB-C-1, ST-IT-00",
	"el código de operación es 01928374, PIN vom Laptop ist 159753",
	"Personalausweisnummer LKJ8NPYLW9",
	"0 kr. Transaktions-ID 5 zł. X",
	"lidnummer ANWB 274 118 390, AA membership no. 6354 2210 8871 0392 1111, ABCD ",
	"Mein Passwort ist Sonne2024!Bmw, usuario x_y.",
	"mevrouw de meneer van den mevrouw de, M. x, équipe, M. Girard",
	"44 Kingsway, Flat 12 (3rd floor (, 12 Main St (floor",
}

// TestEmployeesAndClubsOfSession56 checks employees' numbers after their
// short words in four languages, motoring clubs' cards (four groups of
// four, the club's name in capitals before the number, "tessera n."),
// and "soy socio".
func TestEmployeesAndClubsOfSession56(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Bonjour, je suis Camille Roussel, matricule 45-2291. Je", TypeCustomerNumber, "45-2291"},
		{"Hola, soy María (nº empleado 300918). Quiero", TypeCustomerNumber, "300918"},
		{"name Karolina Nowak, emp no 204563 - the sick note", TypeCustomerNumber, "204563"},
		{"Personal-Nr.: 0091746", TypeCustomerNumber, "0091746"},
		{"mon num client EDF c'est 6 004 518 237", TypeCustomerNumber, "6 004 518 237"},
		{"AA membership no. 6354 2210 8871 0392, reg LK19 XVT.", TypeMemberID, "6354 2210 8871 0392"},
		{"Kenteken XZ-482-K, lidnummer ANWB 274 118 390.", TypeMemberID, "274 118 390"},
		{"sono socio ACI tessera n. 0071 4829 3310. Codice", TypeMemberID, "0071 4829 3310"},
		{"Hola, soy socio 00918273 y mi correo", TypeMemberID, "00918273"},
	})
	wantNoneTyped(t, d, []typedText{
		{"member no. ID 2219874", TypeMemberID},
		{"la tessera sanitaria RSSMRA85T10A562S", TypeMemberID},
	})
}

// TestFirmsAndUsersOfSession56 checks a firm's offers of information
// before its line ("Per informazioni:", "Our office number is",
// "escríbanos a rrhh@..."), a person's glued pronoun that keeps the
// number theirs ("chiamatemi"), user names before a full stop and after
// "sulla", and a brand inside a password that is the password's.
func TestFirmsAndUsersOfSession56(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Il corso inizia lunedì alle 18:00. Per informazioni: 011 562 3390", TypePhoneNumber},
		{"Our office number is 020 7946 0321 if anything changes.", TypePhoneNumber},
		{"Agente: Hola Sra. Pineda, si necesita algo más, escríbanos a rrhh@veltrona.es o llame", TypeEmailAddress},
		{"Operatore: per la disdetta può anche scrivere a disdette@telemobile.it", TypeEmailAddress},
		{"Mein Passwort ist Sonne2024!Bmw, danke", TypeOrganization},
	})
	wantTyped(t, d, []typedValue{
		{"Per informazioni chiamatemi al 347 218 5096", TypePhoneNumber, "347 218 5096"},
		{"Para más información llámame al 612 345 678", TypePhoneNumber, "612 345 678"},
		{"Quiero darme de baja del plan, usuario carlitos_rm. Gracias", TypeUsername, "carlitos_rm"},
		{"Il mio username sulla piattaforma è chiara.marchetti02 e la password", TypeUsername, "chiara.marchetti02"},
		{"Mein Passwort fürs Mitgliederportal ist Sonne2024!Bmw, danke", TypePassword, "Sonne2024!Bmw"},
	})
}

// TestWordsOfSession56Late checks directions, German nouns, Turkish
// honorifics and an Italian match that are no names, and the names
// beside them.
func TestWordsOfSession56Late(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Agent: Merhaba Selin Hanım, #558920113 numaralı siparişiniz", TypePerson, "Selin"},
		{"ich möchte mich über das Verhalten meines Teamleiters Uwe Krämer beschweren", TypePerson, "Uwe Krämer"},
	})
	for _, text := range []string{
		"Hallo, stehe mit Motorschaden auf der A7 Richtung Hamburg, kurz nach Ausfahrt 62",
		"ich bin auf der A9 bei km 347,5 liegen geblieben, Fahrtrichtung München.",
		"Per section 5.2 of the Grievance Procedure, you'll hear from us",
		"Partita Inter-Milan finita 2-2 alle 22:40",
	} {
		require.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestLoansAndSIMsOfSession56 checks loans' and mortgages' numbers after
// their words in six languages, a customer's number after the firm that
// holds it ("klantnummer bij KPN is"), SIM cards' numbers after Dutch
// and French words, and an Italian firm's formal "Ci chiami".
func TestLoansAndSIMsOfSession56(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Darlehensnummer 6104227893 bei der Sparkasse", TypeCustomerNumber, "6104227893"},
		{"El número de préstamo es 9620 0187 4412 33 a nombre de Marta", TypeCustomerNumber, "9620 0187 4412 33"},
		{"Il mutuo n. 0004478213 è con Intesa.", TypeCustomerNumber, "0004478213"},
		{"hypotheeknummer 71.23.448.902 bij de ING.", TypeCustomerNumber, "71.23.448.902"},
		{"my loan number is 7712 0045 19", TypeCustomerNumber, "7712 0045 19"},
		{"Mijn klantnummer bij KPN is 50193387", TypeCustomerNumber, "50193387"},
		{"Simkaartnummer 8931166818866014122, IMEI", TypeICCID, "8931166818866014122"},
		{"Mon ancienne puce c'est 8933204045560106471 et", TypeICCID, "8933204045560106471"},
	})
	wantNoneTyped(t, d, []typedText{
		{"customer number at the top 2024", TypeCustomerNumber},
		{"Gentile sig. Conti, l'appartamento è proposto a 198.000 €. Ci chiami allo 011 563 2200.", TypePhoneNumber},
	})
	wantTyped(t, d, []typedValue{
		{"Guten Tag Herr Notar, anbei die Daten: Käufer Jonas Albrecht, geb. 14.03.1985", TypePerson, "Jonas Albrecht"},
	})
	require.Empty(t, valuesOf(t, d, "Objekt: Grundbuch von Schwabing Blatt 12345", TypePerson))
}

// TestTitlesAndCuesOfSession56 checks French "M." after a preposition or
// a role in apposition as "Monsieur", Dutch titles in lower case before a
// surname's particles, and an Italian participle after "sono" that names
// no one.
func TestTitlesAndCuesOfSession56(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"N° de dossier 2024/DP/483920 — c'est pour M. Fontaine, plaque FK-771-PZ.", TypePerson, "Fontaine"},
		{"de la part de notre chef d'équipe, M. Girard, lors de la réunion", TypePerson, "Girard"},
		{"je travaille avec M. Dupont depuis", TypePerson, "Dupont"},
		{"Dank u wel mevrouw de Vries. Uw dossiernummer is PH-7712409.", TypePerson, "de Vries"},
		{"Goedemiddag meneer van den Berg, uw", TypePerson, "van den Berg"},
		{"danke herr von Bülow für die Hilfe", TypePerson, "von Bülow"},
		{"bedankt mevr de Jong voor", TypePerson, "de Jong"},
		{"mi sono fermata al km 112 della A14. mi chiamo Francesca Costa", TypePerson, "Francesca Costa"},
		{"soy dagny vogel", TypePerson, "dagny vogel"},
	})
	require.Equal(t, []string{"Anna", "M. Fontaine"}, valuesOf(t, d, "signed by Anna and M. Fontaine", TypePerson))
	require.Equal(t, []string{"J. Smith", "M. Fontaine", "K. Lee"}, valuesOf(t, d, "J. Smith, M. Fontaine and K. Lee", TypePerson))
	for _, text := range []string{"io sono arrivata al mare", "sono andata al mare", "buenas, soy residente extranjero, mi NIE es", "grazie mas de Roma"} {
		require.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestAddressesAndDesksOfSession56 checks a floor in brackets inside an
// address and an HR desk's and an access desk's contacts as the firm's.
func TestAddressesAndDesksOfSession56(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Hello, I need to transfer my broadband to the new place: 44 Kingsway, Flat 12 (3rd floor), Manchester M19 2LL. Account holder", TypeStreetAddress, "44 Kingsway, Flat 12 (3rd floor), Manchester M19 2LL"},
		{"ma nouvelle adresse : 12 rue des Tanneurs (2e étage), 69002 Lyon", TypeStreetAddress, "12 rue des Tanneurs (2e étage), 69002 Lyon"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Could you confirm? Our Employee Relations team is on +44 20 3868 4410 if needed.", TypePhoneNumber},
		{"for urgent access issues call 0800 917 3321 or email access@safestore-example.co.uk.", TypeEmailAddress},
	})
}

// TestPassportsAndPlusPhonesOfSession56 checks a passport after "c'est
// le" and after a Spanish adjective of nationality, and a phone with its
// country's code after a record's word ("the number on the contract is
// +49 ..."), which a number without '+' there is not.
func TestPassportsAndPlusPhonesOfSession56(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"mon passeport c'est le 56PJ86789 et l'IMEI", TypePassport, "56PJ86789"},
		{"Mi NIE es Z1706600M y el pasaporte británico 533891204. Vivo", TypePassport, "533891204"},
		{"It was stolen, my number on the contract is +49 171 3846291", TypePhoneNumber, "+49 171 3846291"},
		{"please use the number on the order confirmation, +1 312-909-4418, not", TypePhoneNumber, "+1 312-909-4418"},
	})
	wantNoneTyped(t, d, []typedText{
		{"mon passeport c'est bon", TypePassport},
		{"mon passeport le 12 mars 2019", TypePassport},
		{"Referenz: 0171 2345678, bitte", TypePhoneNumber},
	})
}

// TestTravelCardsOfSession56 checks railways' cards in their holders'
// names after their words.
func TestTravelCardsOfSession56(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"BahnCard-Nr. 7081 4119 6374 0259, Inhaber Jörg Lindemann", TypeMemberID, "7081 4119 6374 0259"},
		{"Student Leap no: 1004 3826 9102 4414", TypeMemberID, "1004 3826 9102 4414"},
		{"Railcard number RC77410935 and", TypeMemberID, "RC77410935"},
	})
	wantNoneTyped(t, d, []typedText{
		{"BahnCard 25 gültig bis 14.08.2025", TypeMemberID},
	})
}

// TestNamesAndCodesOfSession56Late checks a name after "intestato a"
// with a particle and an unknown surname, and a bare "Code" with six
// digits after a one-time code's words earlier on the line.
func TestNamesAndCodesOfSession56Late(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Chiedo il rimborso sull'IBAN IT36A0306909606000004718263 intestato a Marco De Santis, grazie", TypePerson, "Marco De Santis"},
		{"Agent: I've sent a one-time code to (480) 878-0511. Code 020817, valid until 6:10 am.", TypePassword, "020817"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Product code 482913 is out of stock", TypePassword},
		{"Graag de factuur sturen naar Dorpsstraat 23, 3732 HJ De Bilt.", TypePerson},
	})
}

// TestMailHeadersOfSession56 checks a service's mailbox after a pasted
// mail's header of its recipients as the firm's, and a person's mailbox
// there as the person's.
func TestMailHeadersOfSession56(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Subject: refund\nTo: billing@nordwind-shop.de\nFrom: anna", TypeEmailAddress},
		{"> To: admissions@westmoor.ac.uk", TypeEmailAddress},
		{"Von: x\nAn: kundenservice@parcelio.de\nBetreff: AW", TypeEmailAddress},
		{"From: noreply@parcelio.com\nCc: billing@parcelio.com", TypeEmailAddress},
	})
	wantTyped(t, d, []typedValue{
		{"From: support@acme.io\nTo: tobias.wenzel@mailbox.org", TypeEmailAddress, "tobias.wenzel@mailbox.org"},
		// Only the sender's and the recipients' headers say so.
		{"Subject: info@baeckerei-kunz.de", TypeEmailAddress, "info@baeckerei-kunz.de"},
	})
}
