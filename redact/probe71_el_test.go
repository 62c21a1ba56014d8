package redact

import (
	"testing"
)

// Tests of what session 71 found in Greek support chats: mobiles without
// a phone word, the identity card, addresses from the street's
// designator to the town, towns alone, lower-case words and labels read
// as names, a firm's tax number, account, site and service line.

// TestMobilesGreekOfSession71 checks a Greek mobile (69 and eight
// digits, glued or in the groups Greeks write) in a text of Greek
// script, after a name, an abbreviation or a verb that no phone word
// covers. The controls: the same digits in a text of another script, a
// number of 69 in other groups or of another length, and one that opens
// with another prefix.
func TestMobilesGreekOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Θέλω ακύρωση. Δήμητρα Σταυρίδου, κιν. 6981 402 735", TypePhoneNumber, "6981 402 735"},
		{"παρακαλώ καλέστε με στο 6947 310 528, Λευτέρης", TypePhoneNumber, "6947 310 528"},
		{"ΠΑΡΤΕ ΜΕ ΣΤΟ 6938 117 604 ΑΜΕΣΑ", TypePhoneNumber, "6938 117 604"},
		{"ξαναστείλτε τον κωδικό στο 6972 58 41 09 παρακαλώ", TypePhoneNumber, "6972 58 41 09"},
		{"φορητότητα του αριθμού 6955012846 από άλλη εταιρεία", TypePhoneNumber, "6955012846"},
	})
	wantNoneTyped(t, d, []typedText{
		{"please check 6981 402 735 again", TypePhoneNumber},
		{"η παραγγελία 69 8140 2735 δεν ήρθε", TypePhoneNumber},
		{"ο κωδικός 6981 402 73 δεν δουλεύει", TypePhoneNumber},
		{"η αποστολή 5981 402 735 επεστράφη", TypePhoneNumber},
	})
}

// TestIDCardGreekOfSession71 checks Greece's identity card, the series'
// one or two capitals (Greek, or the Latin letters that look the same)
// and six digits, after the card's words: "ταυτότητα" with or without
// its accent, "ΑΔΤ", English's "ID card". The controls: the same shape
// after an order's word, seven digits, and letters no series uses.
func TestIDCardGreekOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"έχασα την ταυτοτητα ΑΕ 318204!! τι κάνω;", "GR_ID_CARD", "ΑΕ 318204"},
		{"ΑΦΜ 129476302, ΑΔΤ ΑΜ 907315. ΘΕΛΩ ΝΑ ΑΝΟΙΞΩ ΛΟΓΑΡΙΑΣΜΟ", "GR_ID_CARD", "ΑΜ 907315"},
		{"Ο αριθμός ταυτότητάς μου ήταν Ρ 441907 και άλλαξε.", "GR_ID_CARD", "Ρ 441907"},
		{"my ID card number is ΑΙ 662018, please update", "GR_ID_CARD", "ΑΙ 662018"},
		{"στην ταυτότητα γράφει ΑΚ 213870", "GR_ID_CARD", "ΑΚ 213870"},
	})
	wantNoneTyped(t, d, []typedText{
		{"η παραγγελία ΑΚ 213870 δεν έφτασε", "GR_ID_CARD"},
		{"ταυτότητα ΑΚ 2138701", "GR_ID_CARD"},
		{"ταυτότητα ΛΓ 213870", "GR_ID_CARD"},
	})
}

// TestAddressesGreekOfSession71 checks Greek addresses whole: from a
// designator or its abbreviation ("Λεωφ.", "Βασ.", "ΟΔΟΣ") or a
// street's name of two words, past a floor's part and "Τ.Κ.", to the
// town after the postcode or the postcode after the town, in capitals
// too. The controls: a postcode and a town with no street before them,
// a number that is no postcode, a store's address, which is the firm's.
func TestAddressesGreekOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Νέα διεύθυνση: Λεωφ. Συγγρού 214, 17672 Καλλιθέα. Ευχαριστώ", TypeStreetAddress, "Λεωφ. Συγγρού 214, 17672 Καλλιθέα"},
		{"η διεύθυνση είναι Βασ. Όλγας 88, 2ος όροφος, 54643 Θεσσαλονίκη. Voucher", TypeStreetAddress, "Βασ. Όλγας 88, 2ος όροφος, 54643 Θεσσαλονίκη"},
		{"Διεύθυνση: Εθνικής Αντιστάσεως 12, Τ.Κ. 41335 Λάρισα\nΚινητό", TypeStreetAddress, "Εθνικής Αντιστάσεως 12, Τ.Κ. 41335 Λάρισα"},
		{"Διεύθυνση σύνδεσης Αχαρνών 301, Αθήνα 11145. Η βλάβη", TypeStreetAddress, "Αχαρνών 301, Αθήνα 11145"},
		{"ΣΤΕΙΛΤΕ ΤΟ ΣΤΗ ΔΙΕΥΘΥΝΣΗ ΟΔΟΣ ΜΑΡΚΟΥ ΜΠΟΤΣΑΡΗ 5, 65302 ΚΑΒΑΛΑ ΚΑΙ ΟΧΙ ΑΛΛΟΥ", TypeStreetAddress, "ΟΔΟΣ ΜΑΡΚΟΥ ΜΠΟΤΣΑΡΗ 5, 65302 ΚΑΒΑΛΑ"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Το δέμα είναι στο 17672 Καλλιθέα;", TypeStreetAddress},
		{"Πλήρωσα 214, 17672 ευρώ συνολικά", TypeStreetAddress},
		{"Agent: Παραλάβετε από το κατάστημά μας στην Αιόλου 40, 10551 Αθήνα.", TypeStreetAddress},
	})
}

// TestPlacesAndNamesGreekOfSession71 checks what a Greek text does not
// name: a town alone, a day that is a woman's name too ("την Κυριακή"),
// words in lower case after a greeting or a cue, a form's role before a
// name. The controls: a town in Greek letters in an English text, the
// same women's names before a surname, and the name after the role.
func TestPlacesAndNamesGreekOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Ποιο είναι το ωράριο του καταστήματος στην Πάτρα;", TypeLocation},
		{"Είστε ανοιχτά την Κυριακή;", TypePerson},
		{"Θα έρθω την Παρασκευή το πρωί", TypePerson},
		{"ευχαριστω πολυ για την βοηθεια", TypePerson},
		{"καλησπερα θελω να αλλαξω το πακετο μου", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"I'm at the conference in ΠΑΤΡΑ this week", TypeLocation, "ΠΑΤΡΑ"},
		{"Ονοματεπώνυμο: Κυριακή Μαυρογιάννη", TypePerson, "Κυριακή Μαυρογιάννη"},
		{"Η κάρτα μπλοκαρίστηκε. Κάτοχος Θεμιστοκλής Ραφτόπουλος", TypePerson, "Θεμιστοκλής Ραφτόπουλος"},
		{"ΟΝΟΜΑ ΠΑΡΑΛΗΠΤΗ ΕΥΤΥΧΙΑ ΚΑΡΑΜΑΝΛΗ, ΤΗΛ", TypePerson, "ΕΥΤΥΧΙΑ ΚΑΡΑΜΑΝΛΗ"},
	})
}

// TestFirmNumbersGreekOfSession71 checks that a firm's own numbers stay:
// its tax number after the company's word or its legal form, its
// account after "της εταιρείας", its shared-cost line (801) in a Greek
// text. The controls: a tax number of "my company" (a sole trader's),
// one with no firm's word, a customer's IBAN, and 801 in an English
// text, Utah's area code.
func TestFirmNumbersGreekOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Θέλω τιμολόγιο στα στοιχεία της εταιρείας: ΑΦΜ 129476302, ΔΟΥ Ιωαννίνων.", "GR_AFM"},
		{"Agent: ΜΕΤΑΦΟΡΙΚΗ Α.Ε., ΑΦΜ 129476302, ΔΟΥ ΦΑΕ Πειραιά", "GR_AFM"},
		{"καταθέστε στον λογαριασμό της εταιρείας GR16 0110 1250 0000 0001 2300 695", TypeIBAN},
		{"Agent: τηλ. 801 11 12345 (αστική χρέωση)", TypePhoneNumber},
	})
	wantTyped(t, d, []typedValue{
		{"η εταιρεία μου (ΑΦΜ 129476302, ατομική επιχείρηση)", "GR_AFM", "129476302"},
		{"ο ΑΦΜ μου 129476302", "GR_AFM", "129476302"},
		{"ο λογαριασμός μου GR16 0110 1250 0000 0001 2300 695", TypeIBAN, "GR16 0110 1250 0000 0001 2300 695"},
		{"call me at 801 555 0142 tomorrow", TypePhoneNumber, "801 555 0142"},
	})
}

// TestWordsGreekOfSession71 checks the Greek words typed without
// accents for a birth ("γεννηθηκα") and the word "user" ("Χρήστης:",
// "χρηστης") before a login. The controls: a date with no birth's word,
// and "χρήστης" before no login's shape.
func TestWordsGreekOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"δεν μπορω να μπω. 03/05/88 γεννηθηκα", TypeDateOfBirth, "03/05/88"},
		{"Χρήστης: MPAPAS82, δεν μπαίνω", TypeUsername, "MPAPAS82"},
		{"χρηστης eshop_admin_volos, δεν δουλευει", TypeUsername, "eshop_admin_volos"},
	})
	wantNoneTyped(t, d, []typedText{
		{"η παραγγελία της 03/05/24 δεν ήρθε", TypeDateOfBirth},
		{"ο χρήστης δεν μπορεί να μπει", TypeUsername},
	})
}
