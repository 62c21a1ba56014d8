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
	d := defaultDetector(t)
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
	d := defaultDetector(t)
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
	d := defaultDetector(t)
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
// compound, and a keypad's code with its hash after a bare "code" (the
// hash stays out of the value, as session 39 chose). The look-alikes: a
// bare "patient" before a count, a product's "Code: 4417".
func TestPatientAndKeypadCodesOfSession67(t *testing.T) {
	d := defaultDetector(t)
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
	d := defaultDetector(t)
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
	d := defaultDetector(t)
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

// TestWordsBeforeNamesOfSession67 checks words that stood in a name or
// were read as one: kin before a name ("Uncle Bernard"), Spanish
// "Somos" (we are), Portuguese "V. Exa.", Dutch "Gr" (groeten) before
// the writer's name, a German greeting before a noun and a number or a
// word in lower case ("Moin, Fahrstunde heute"), a code's last letter
// before its period ("JG 10 37 84 B. Ryan Doherty"), courts as
// organisations; a ticket's compound surname before "y"; an exam
// candidate's number of four digits; "dal 12 al 19 luglio" no street.
func TestWordsBeforeNamesOfSession67(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Seating plan tweaks: move Uncle Bernard to table 2, thanks", TypePerson, "Bernard"},
		{"Hola!! Somos Laura, os paso los DNI para el contrato", TypePerson, "Laura"},
		{"Kan ik het morgen ophalen? Gr Kees Smit 06-52938174", TypePerson, "Kees Smit"},
		{"Moin Jannik, alles klar", TypePerson, "Jannik"},
		{"Finance form asked for my NI number, it's JG 10 37 84 B. Ryan Doherty", TypePerson, "Ryan Doherty"},
		{"Grant of probate from the Supreme Court of NSW, No. 2024/118742", TypeOrganization, "Supreme Court"},
		{"Buenas, en el billete pone GARCIA LOPEZ/MARIA PILAR y en el pasaporte pone otra cosa", TypePerson, "GARCIA LOPEZ/MARIA PILAR"},
		{"her results slip has her name spelt wrong. Candidate number 4017, centre 58213.", TypeMemberID, "4017"},
		{"Candidate Tomasz Wiśniewski, cand no 4122, has been entered twice", TypeMemberID, "4122"},
		{"Shauna Mc Bride, NHS number 486 434 9649", TypePerson, "Shauna Mc Bride"},
		{"I live at 12 Maple Court, Leeds LS1 2AB", TypeStreetAddress, "12 Maple Court, Leeds LS1 2AB"},
	})
	wantNoneTyped(t, d, []typedText{
		{"o reembolso foi processado para o IBAN indicado por V. Exa. Prazo: 2 a 3 dias úteis.", TypePerson},
		{"Moin, Fahrstunde heute 17:30 – ich warte vorm Haus", TypePerson},
		{"Kunde: Moin, Winterreifen 205/60 R16 92H montieren, Termin 28.10.", TypePerson},
		{"Your District Court hearing is on 9 October at Dolphin House.", TypePerson},
		{"volevo sapere se è possibile spostare la data del ricevimento dal 12 al 19 luglio perché", TypeStreetAddress},
		{"candidate number 4017.5 in the table", TypeMemberID},
		{"ticket options AND/OR upgrades", TypePerson},
	})
}

// TestMaghrebRIBsOfSession67 checks the RIBs of Morocco (24 digits),
// Tunisia and Algeria (20) after "RIB", "RIP" or "compte", in French and
// in Darija typed in Latin letters, by their key modulo 97; an order's
// number of the same length and a key one off are none.
func TestMaghrebRIBsOfSession67(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"b4 nrsl lflous l khti, RIB dyalha 145810211352784026001959 smitha Houda", TypeBankAccount, "145810211352784026001959"},
		{"Client: rani nesta3mel baridimob, bghit nzid RIP ta3i f l'application: 00799999001738462555. ya3tik saha", TypeBankAccount, "00799999001738462555"},
		{"mr9ba, ena Ines Jaziri, compte postal 17001000000457381281 w numro 27 603 815", TypeBankAccount, "17001000000457381281"},
	})
	wantNoneTyped(t, d, []typedText{
		{"RIB dyalha 145810211352784026001958 smitha Houda", TypeBankAccount},
		{"commande 14581021135278402600 livrée hier", TypeBankAccount},
	})
}

// TestArabicNamesOfSession67 checks names in Arabic script after "my
// name is", "name:", "the full name" and "in the name of", up to four
// words and up to a word of the sentence or one that "and" opens; the
// Maghreb's "numro" before a phone and Tunisia's CIN after its word.
// The look-alikes: "the name is incorrect", a CIN's word before seven
// digits.
func TestArabicNamesOfSession67(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"السلام عليكم، الاسم: كريمة العلوي، الهاتف: 0677 21 09 54", TypePerson, "كريمة العلوي"},
		{"أريد إلغاء البطاقة، اسمي سعيد المنصوري ورقم البطاقة الوطنية JC184276", TypePerson, "سعيد المنصوري"},
		{"حولت فلوس للحساب البريدي باسم عبد القادر زروقي ولكن ما وصلتش", TypePerson, "عبد القادر زروقي"},
		{"اسمي عبدالله بن سعيد الغامدي ورقم جوالي 0567713390", TypePerson, "عبدالله بن سعيد الغامدي"},
		{"الاسم الكامل: منيرة العتيبي", TypePerson, "منيرة العتيبي"},
		{"mr9ba, ena Ines Jaziri, numro 27 603 815, l'e-dinar mte3i t7bes", TypePhoneNumber, "27 603 815"},
		{"Nom: Sami Bouazizi | CIN: 06281947 | Adresse: 23 Avenue Habib Bourguiba", "TN_CIN", "06281947"},
	})
	wantNoneTyped(t, d, []typedText{
		{"الاسم غير صحيح في الفاتورة", TypePerson},
		{"CIN 0984716 svp", "TN_CIN"},
	})
}

// TestHurriedTypingOfSession67 checks values glued to their words as a
// phone's keyboard drops the space (a one-time code of six digits, a
// phone in pairs after "is"), a plate's label of long words ("du
// véhicule"), and words of acknowledgement that open an answer before
// the name it calls ("Ricevuto Luca", "Entendido Juan", "Begrepen
// Sanne") or a German desk called ("Hallo Empfang,"). The look-alikes:
// a promo code glued to its digits, four digits glued to "pin", a page
// number glued to pairs, "Vale" as an Italian nickname.
func TestHurriedTypingOfSession67(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"OTP code482913 never arrives, only got the one from 10:41", TypePassword, "482913"},
		{"il codice OTP558127 non arriva, ho provato alle 8:02", TypePassword, "558127"},
		{"hoi, bestelling NL-3318420 is nog niet binnen, mijn nummer is06 41 82 93 57 graag terugbellen", TypePhoneNumber, "06 41 82 93 57"},
		{"immatriculation du véhicule GZ-482-KT pour le retrait en magasin", TypeVehicleRegistration, "GZ-482-KT"},
		{"[17:04] Operatore: Ricevuto Luca, pratica RIM-3398.", TypePerson, "Luca"},
		{"Entendido Juan. Le llamamos mañana", TypePerson, "Juan"},
		{"Begrepen Sanne. We sturen een nieuwe pas", TypePerson, "Sanne"},
		{"ciao team, sono Vale, la referente per l'ordine", TypePerson, "Vale"},
	})
	wantNoneTyped(t, d, []typedText{
		{"use promo code482913 at checkout", TypePassword},
		{"see page12 34 56 78 of the manual", TypePhoneNumber},
		{"Hallo Empfang, heute kommt ein Paket für mich", TypePerson},
	})
}

// TestHoursAndDonorsOfSession67 checks that an hour's "h." or a month's
// "mes." after a number, or working days, open no street ("après 17 h.
// Merci", "en 24-48 h. El importe", "in 3-5 Werktagen"), while a
// street's short designator still does ("12 av. Foch"); that three
// dotted groups of decimal digits are a MAC address only after its word;
// and a charity's donor's number after its word in German,
// French and Dutch (English's "supporter number" is a customer's
// number since session 63).
func TestHoursAndDonorsOfSession67(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Vous pouvez me rappeler au (418) 657-2290 après 17 h. Merci", TypeStreetAddress},
		{"Te responderán en 24-48 h. El importe retenido es de 315,00 €.", TypeStreetAddress},
		{"Te contestaremos en un plazo máximo de 1 mes. Un saludo", TypeStreetAddress},
		{"die Gutschrift erfolgt in 3-5 Werktagen. Vorgangsnummer 20240917-0442", TypeStreetAddress},
		{"ik heb een parkeerbon ontvangen, naheffingsaanslag nr. 2024.0081.7732, bedrag €72,90", TypeMACAddress},
	})
	wantTyped(t, d, []typedValue{
		{"merci d'envoyer le courrier au 12 av. Foch, 75016 Paris", TypeStreetAddress, "12 av. Foch, 75016 Paris"},
		{"sie wohnt in 3 Rosenstraße", TypeStreetAddress, "3 Rosenstraße"},
		{"the switch shows MAC 0011.2233.4455 on port 4", TypeMACAddress, "0011.2233.4455"},
		{"Meine Spendernummer ist 4471-2093, Anschrift: Lindenstraße 14", TypeMemberID, "4471-2093"},
		{"Mijn IBAN staat al goed. Donateursnummer 1048277. Groetjes", TypeMemberID, "1048277"},
		{"Mon numéro de donateur est 00917364. Adresse : 8 allée des Peupliers", TypeMemberID, "00917364"},
	})
}

// TestSlipsAndSignOffsOfSession67 checks a date of birth said again
// after a slip's word or "it's" that opens the next sentence ("my DOB is
// 07/03/1990. sorry 03/07/1990", "my birthday is 01/02/1995?? it's
// 02/01/1995"), the writer's own after a child's ("and mine is ..."),
// "Best," before the firm's name in brackets, and
// Switzerland's "Kontrollschild" before a plate. The look-alikes: a
// date of an event after "it's", a record's "(DOB ...)" after "Best,
// Sarah".
func TestSlipsAndSignOffsOfSession67(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"07/03/1990", "03/07/1990"},
		valuesOf(t, d, "my DOB is 07/03/1990. sorry 03/07/1990, the system wants month first i think", TypeDateOfBirth))
	require.Equal(t, []string{"01/02/1995", "02/01/1995"},
		valuesOf(t, d, "why does it say my birthday is 01/02/1995?? it's 02/01/1995 (american format, sorry)", TypeDateOfBirth))
	require.Equal(t, []string{"07/03/1990"},
		valuesOf(t, d, "my DOB is 07/03/1990. it's 03/07/2025 today", TypeDateOfBirth))
	require.Equal(t, []string{"2011-05-19", "1980-12-02"},
		valuesOf(t, d, "Customer: my son's DOB is 2011-05-19 and mine is 1980-12-02 if that helps", TypeDateOfBirth))
	wantTyped(t, d, []typedValue{
		{"Agent: The label is sent. Best, Aisha (Brightcart Support, +1 800 555 0142)", TypePerson, "Aisha"},
		{"Attendees: Best, Sarah (DOB 12/03/1990)", TypePerson, "Best, Sarah"},
		{"Alti Nummere weg, neu: Kontrollschild ZH 482117", TypeVehicleRegistration, "ZH 482117"},
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
	"Uncle Bernard", "Somos Laura", "V. Exa.", "Gr Kees", "Moin, Fahrstunde heute", "84 B. Ryan", "Supreme Court",
	"GARCIA LOPEZ/MARIA PILAR y", "A/B y", "cand no 4122", "dal 12 al 19 luglio", "12 al.",
	"RIB 145810211352784026001959", "compte 007 780 0002841900037615 30", "RIP 00",
	"اسمي سعيد المنصوري ورقم", "الاسم: ", "باسم", "الاسم الكامل", "اسمي ـً", "numro 27 603 815", "CIN 09847162",
	"code482913", "OTP558127 ", "is06 41 82 93 57", "is06 41", "du véhicule GZ-482-KT", "Ricevuto Luca",
	"17 h. Merci", "24-48 h. El", "Spendernummer ist 4471-2093",
	"DOB 07/03/1990. sorry 03/07/1990", "DOB 01/02/1995?? it's 02/01/1995", "Best, Aisha (B", "Kontrollschild ZH 482117",
}
