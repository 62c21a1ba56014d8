package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 67 found in the gaps of its blind sets.

// TestFrenchAndSwissWordsOfSession67 checks French "M." (Monsieur) after
// more of the words a title follows ("votre patience", "votre
// conseiller", "Je vous remercie,"), a whole title's period that ends a
// sentence ("Merci Madame. Pouvez-vous ..."), "c'est" between a plate's
// word and the plate, and Swiss German sign-offs and greetings
// ("Gruess", "Liebi Grüess", "Gueten Abig", "Grüessech") and "hani" (I
// have) in lower case. The controls: an initial after an English word,
// an abbreviated title before its name.
func TestFrenchAndSwissWordsOfSession67(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantTyped(t, d, []typedValue{
		{"Merci pour votre patience M. Favre. Votre commande CMD-77120 a été expédiée", TypePerson, "Favre"},
		{"votre conseiller M. Ouahbi est absent, je vous réponds", TypePerson, "Ouahbi"},
		{"Je vous remercie, M. Dupont.", TypePerson, "Dupont"},
		{"Betrag CHF 412.35 stimmt doch nöd?? Gruess Reto Brunner", TypePerson, "Reto Brunner"},
		{"Rechnig isch no a di alti Adresse gange. Gruess Daniel Rüegg", TypePerson, "Daniel Rüegg"},
		{"Liebi Gruess, Monika", TypePerson, "Monika"},
		{"Grüessech Frau Ammann. Laut Sendungsverfolgung", TypePerson, "Ammann"},
		{"my friend J. Smith called", TypePerson, "J. Smith"},
		{"Dear Prof. Lenz, thanks", TypePerson, "Lenz"},
		{"Bonjour, pour le parking, ma plaque c'est GH-482-KT, arrivée prévue le 14/08", TypeVehicleRegistration, "GH-482-KT"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Agent: Merci Madame. Pouvez-vous nous faire parvenir une copie du certificat", TypePerson},
		{"Bonjour Madame. Voulez-vous un rendez-vous?", TypePerson},
		{"user> hallo mis passwort funktioniert nid meh, hani scho 3x probiert.", TypePerson},
		{"Gueten Abig, mis E-Banking isch gsperrt.", TypePerson},
		{"Grüessech, s Päckli hätt sölle am Mittwuch cho", TypePerson},
		{"Grüezi mitenand, Bestellig 2025-CH-44817 isch nöd acho.", TypePerson},
	})
}

// TestGermanNounsAfterImOfSession67 checks German "im" (in the) after a
// noun or a verb of place, after which a capitalised noun that is also a
// surname ("Keller", the cellar) is no name, and a noun that a greeting
// and a comma open before "im" is no name called; "I'm" typed as "im"
// after a greeting or at a clause's start still announces one.
func TestGermanNounsAfterImOfSession67(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantNoneTyped(t, d, []typedText{
		{"Guten Morgen, Wasserrohrbruch im Keller!!! Hauptwasserhahn ist zu.", TypePerson},
		{"Hallo, Paket im Keller abgestellt", TypePerson},
		{"der Schlüssel liegt im Keller", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"hi im Keller, the new tenant", TypePerson, "Keller"},
		{"Hello, im Anna Keller", TypePerson, "Anna Keller"},
		{"Termin mit Herrn Keller am Montag", TypePerson, "Keller"},
	})
}

// TestSignOffsAndLettersOfSession67 checks "Best," that signs off before
// the writer's name and a dash or a bar before the firm's, a letter
// that names a band's or a zone's value before a sentence's period (no
// initial), and a Dutch postcode whose letters are also a state's code
// before a town the lists lack, with a street that opens with an
// abbreviated title ("Burg. Jansenlaan").
func TestSignOffsAndLettersOfSession67(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantTyped(t, d, []typedValue{
		{"If you need to change it just call us. Best, Hannah – Clifton Family Dental", TypePerson, "Hannah"},
		{"Your bill will be taken on 1 July. Best, Ravi | Ember Energy", TypePerson, "Ravi"},
		{"Council tax ref 7004418926, band C. Amy Whitworth, 33 Cliff Street", TypePerson, "Amy Whitworth"},
		{"Goedendag, mijn gegevens: Burg. Jansenlaan 41, 5102 AP Dongen, BSN 923926409", TypeStreetAddress, "Burg. Jansenlaan 41, 5102 AP Dongen"},
		{"ik woon aan de Dr. Kuyperstraat 5, 2514 BB Den Haag", TypeStreetAddress, "Dr. Kuyperstraat 5, 2514 BB Den Haag"},
		{"Attendees: Best, Sarah - Room 4", TypePerson, "Best, Sarah"},
	})
	wantNoneTyped(t, d, []typedText{
		{"I'd like to renew my residents parking permit for zone K. Permit number RP-K-20931", TypePerson},
	})
}

// TestPatientAndKeypadCodesOfSession67 checks a practice's patient
// number of one group after "patient no.", "patient ID" or the Dutch
// compound, and a keypad's code with its hash after a bare "code". The look-alikes: a bare "patient" before a count, a
// product's "Code: 4417", a conference's PIN read as India's PIN code.
func TestPatientAndKeypadCodesOfSession67(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantTyped(t, d, []typedValue{
		{"name's Jess Nguyen, patient no. 22871", "PATIENT_ID", "22871"},
		{"address and mobile updated on your record (patient ID 00731). For the bank", "PATIENT_ID", "00731"},
		{"Kunnen we verzetten? Patiëntnummer 30882. Mvg, Erik", "PATIENT_ID", "30882"},
		{"De poort van het complex gaat open met code 1942#, dan lift", TypePassword, "1942"},
	})
	wantNoneTyped(t, d, []typedText{
		{"patient no. 3 was seen first", "PATIENT_ID"},
		{"Code: 4417 is the product", TypePassword},
	})
}

// TestGreekNamesAndAddressesOfSession67 checks Greek: the courtesy
// titles before a surname ("κ.", "κα", "Κύριε", "κυρία"), given names
// in their vocatives and genitives after greetings and kin, names typed
// without accents, phones after a mobile's or a landline's word, and
// addresses from a street's name through the postcode of "NNN NN" and
// a Greek town, in Greek letters and in Latin ones. The look-alikes: a
// shipment's number after "αριθμό", a greeting alone, a town alone.
func TestGreekNamesAndAddressesOfSession67(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantTyped(t, d, []typedValue{
		{"Agent: Καλησπέρα κ. Σταματάκη! Το δέμα σας βρίσκεται στο κατάστημα", TypePerson, "Σταματάκη"},
		{"Κύριε Οικονόμου, η νέα τιμή του προγράμματος είναι 32,00€", TypePerson, "Οικονόμου"},
		{"Agent: Σας ευχαριστώ κυρία Κωνσταντινίδου. Για επιβεβαίωση", TypePerson, "Κωνσταντινίδου"},
		{"Καλή σας μέρα κα Βασιλείου! Η προσφορά ισχύει έως 31/08", TypePerson, "Βασιλείου"},
		{"Καλημέρα Αντώνη, σας στείλαμε SMS με τον κωδικό", TypePerson, "Αντώνη"},
		{"Η κόρη μου Δανάη έχασε το κινητό της", TypePerson, "Δανάη"},
		{"για λογαριασμό της μητέρας μου Ευαγγελίας Μπούρα, ΑΜΚΑ", TypePerson, "Ευαγγελίας Μπούρα"},
		{"θελω φορητοτητα, στο όνομα Βασιλη Τσακιρη", TypePerson, "Βασιλη Τσακιρη"},
		{"Θα σας καλέσουμε στο 6978 440 215 για επιβεβαίωση.", TypePhoneNumber, "6978 440 215"},
		{"η διεύθυνση είναι Ανθέων 8 και το σταθερό 2310 552 190;", TypePhoneNumber, "2310 552 190"},
		{"Διεύθυνση αποστολής: Τσιμισκή 54, 546 23 Θεσσαλονίκη, όροφος 3ος", TypeStreetAddress, "Τσιμισκή 54, 546 23 Θεσσαλονίκη"},
		{"διεύθυνση Ανθέων 8, 153 43 Αγία Παρασκευή. Αριθμός πρωτοκόλλου", TypeStreetAddress, "Ανθέων 8, 153 43 Αγία Παρασκευή"},
		{"paraliptis: Spyros Manolakis, Korinthou 233, 262 23 Patra", TypeStreetAddress, "Korinthou 233, 262 23 Patra"},
		{"allaksw tin dieu8insi se Plateia Kyprou 6, 11141 Athina, tilefono", TypeStreetAddress, "Plateia Kyprou 6, 11141 Athina"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Το δέμα σας με αριθμό αποστολής 7203418865 βρίσκεται στο κατάστημα", TypePhoneNumber},
		{"Καλημέρα, θα ήθελα πληροφορίες", TypePerson},
		{"Ευχαριστώ πολύ!", TypePerson},
	})
}

// TestGermanNounsAndLicencesOfSession67 checks German nouns the lists
// lack, told by their endings ("-ung", "-heit", "-keit", "-schaft"),
// that no longer read as a name of two words or one ("Rückbuchung
// Kartenzahlung", "per Sofortüberweisung"); a French driving licence
// after "permis n°" or "mon permis". The controls: a known surname with
// such an ending ("Hartung"), a building permit's number.
func TestGermanNounsAndLicencesOfSession67(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantNoneTyped(t, d, []typedText{
		{"Von meiner Bank: 'Rückbuchung Kartenzahlung 4303 7486 2570 2923, Betrag 99,00 EUR'", TypePerson},
		{"Wie lange dauert eine Auszahlung per Sofortüberweisung? Beantragt am 04.03.", TypePerson},
		{"Antrag Berufsunfähigkeitsrente: bitte um Rückruf", TypePerson},
		{"le permis de construire PC 0751234 a été déposé", "DRIVER_LICENSE"},
	})
	wantTyped(t, d, []typedValue{
		{"Grüße, Sabine Hartung", TypePerson, "Sabine Hartung"},
		{"c'était ma sœur qui conduisait. Mon permis n° 120775300412. Amende 135 €.", "DRIVER_LICENSE", "120775300412"},
		{"immatriculation FG-482-TL, permis n° 120675200481, réservation BK-7730", "DRIVER_LICENSE", "120675200481"},
	})
}

// session67Seeds are FuzzDetect's seeds for the readers of session 67.
var session67Seeds = []string{
	"Merci pour votre patience M. Favre.",
	"Merci Madame. Pouvez-vous",
	"ma plaque c'est GH-482-KT",
	"c'",
	"Gruess Reto Brunner",
	"Wasserrohrbruch im Keller",
	"Guten Morgen, X im",
	"Best, Hannah –",
	"band C. Amy",
	"Burg. Jansenlaan 41, 5102 AP Dongen",
	", 5102 AP",
	"patient no. 22871",
	"Patiëntnummer 30882",
	"code #2580",
	"code 1942#",
	"code #",
	"#1234#",
	"κ. Σταματάκη", "Κύριε", "ΐΰς", "Ά", "Τσιμισκή 54, 546 23 Θεσσαλονίκη",
	"Rückbuchung Kartenzahlung", "permis n° 120675200481",
}
