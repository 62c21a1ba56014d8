package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOtherNumbersLangs: a bare number after a word for a code, a
// reference, a contract, a policy, a claim, a serial or a meter, in any
// chat language, is that thing's number: neither a phone nor a national
// identifier whose weak checksum it happens to pass. The values are
// chosen to pass those checksums (SE_ORGANISATIONSNUMMER, KR_BRN,
// DE_TAX_ID, ...), or to be phone-shaped after a phone word ("numéro").
func TestOtherNumbersLangs(t *testing.T) {
	cases := []string{
		"Bestätigungscode: 6052528087",
		"Code de confirmation : 6052528087",
		"Código de confirmación: 6052528087",
		"Codice di conferma: 2703764764",
		"Bevestigingscode: 6052528087",
		"Código de confirmação: 6052528087",
		"Confirmation code 6052528087",
		"Fehlercode 42075425632 beim Speichern.",
		"Code erreur 2459882854",
		"Foutcode 42075425632",
		"Referenz 20427809072 bei der Überweisung angeben.",
		"Betalingskenmerk 2940383228",
		"Numéro de série 52197903",
		"Número de serie 954423006",
		"Numero di serie 0612345678",
		"Número de série 912345678",
		"Licence key 12345678",
	}
	d := defaultDetector(t)
	for _, c := range cases {
		fs, err := d.Detect(t.Context(), c)
		require.NoError(t, err)
		assert.Empty(t, fs, c)
	}
}

// TestNumberWordsStillLabel: the longer phrases leave the words of the
// same kind alone: a phone after "numéro de téléphone", a driving licence
// after "driver licence", a card after "numéro de carte".
func TestNumberWordsStillLabel(t *testing.T) {
	cases := []struct{ text, typ, want string }{
		{"Mon numéro de téléphone est le 0612345678", TypePhoneNumber, "0612345678"},
		{"Número de teléfono: 612345678", TypePhoneNumber, "612345678"},
		{"Numéro 0612345678, merci", TypePhoneNumber, "0612345678"},
		{"my driver licence is H12234567", "US_DRIVER_LICENSE", "H12234567"},
		{"Kundennummer 12345, Telefon 0171 2345678", TypePhoneNumber, "0171 2345678"},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, c.typ, c.want, "case %d: %s", i, c.text)
	}
}

// TestTRPlateRangeWords: two numbers joined by a word of the chat
// languages ("du 03 au 05", "van 10 tot 16", "12 x 80") are a range or a
// size, not a Turkish number plate; a plate with one capital letter
// still is, and so is one after a word for the plate.
func TestTRPlateRangeWords(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Fermé du 03 au 05/04/2025", ""},
		{"FERMÉ DU 03 AU 05/04/2025", ""},
		{"Gesloten van 10 tot 16/6/2023", ""},
		{"Chiuso dal 12 al 15 luglio", ""},
		{"Cerrado de 12 a 15 de marzo", ""},
		{"tra 12 e 15", ""},
		{"size 12 x 80 cm", ""},
		{"Plaka numarası 06 A 123 olarak kayıtlı", "06 A 123"},
		{"Araç plakası 34 ABC 1234 olarak kayıtlıdır.", "34 ABC 1234"},
		// A plate's letters in capitals that spell a joining word, after
		// a plate's word.
		{"plaka 34 DA 1234", "34 DA 1234"},
		{"araç plakası 06 EN 456", "06 EN 456"},
		{"plaka 34 AL 1234", "34 AL 1234"},
		{"Plakası 35 NO 789 olan araç", "35 NO 789"},
		{"license plate 34 AU 1234", "34 AU 1234"},
		// In lower case too, after a word for the plate itself.
		{"plaka 34 da 1234", "34 da 1234"},
		{"araç 12 de 15 arası teslim edildi", ""},
		{"du 03 AU 05 mars", ""},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, "TR_LICENSE_PLATE", c.want, "case %d: %s", i, c.text)
	}
}

// TestPurposeLabel: an order, invoice or delivery word after a word that
// names the value, behind "for" or its like and before "is" or a colon,
// says what the value is for, not what it is; right before the number
// it still names the number.
func TestPurposeLabel(t *testing.T) {
	cases := []struct{ text, typ, want string }{
		{"my SSN, for the invoice, is 536228726", TypeUSSSN, "536228726"},
		{"My SSN for the order: 536228726", TypeUSSSN, "536228726"},
		{"número de teléfono para el pedido: 612345678", TypePhoneNumber, "612345678"},
		{"Numéro de téléphone pour la commande : 0612345678", TypePhoneNumber, "0612345678"},
		{"Telefon zur Bestellung ist 01712345678", TypePhoneNumber, "01712345678"},
		{"phone for order 0612345678", TypePhoneNumber, ""},
		{"phone for order no. 0612345678", TypePhoneNumber, ""},
		{"SSN for order 536228726", TypeUSSSN, ""},
		{"numéro de commande 0612345678", TypePhoneNumber, ""},
		{"the order is 536228726", TypeUSSSN, ""},
		// A word for "number" says nothing of the value's kind.
		{"The number for the order is 80166488", TypePhoneNumber, ""},
		{"Nummer für die Bestellung: 0171234567", TypePhoneNumber, ""},
		{"Le numéro pour la commande : 0612345678", TypePhoneNumber, ""},
		{"Ref number for the invoice: 0612345678", TypePhoneNumber, ""},
		{"El número para el pedido es 612345678", TypePhoneNumber, ""},
		{"Il numero per l'ordine è 3471234567", TypePhoneNumber, ""},
		{"Het nummer voor de bestelling is 0612345678", TypePhoneNumber, ""},
		{"Phone number for the order: 0612345678", TypePhoneNumber, "0612345678"},
		// "is" and its like in any case.
		{"MY SSN FOR THE ORDER IS 536228726", TypeUSSSN, "536228726"},
		{"Telefon zur Bestellung Ist 01712345678", TypePhoneNumber, "01712345678"},
		{"Numero di telefono per la prenotazione È 3471234567", TypePhoneNumber, "3471234567"},
		{"SSN FOR ORDER 536228726", TypeUSSSN, ""},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, c.typ, c.want, "case %d: %s", i, c.text)
	}
}

// TestSocialSecurityNumberLangs: "número de seguro social" and its like
// name a social security number; their word for "number" is no phone
// word there.
func TestSocialSecurityNumberLangs(t *testing.T) {
	cases := []struct{ text, typ, want string }{
		{"Mi número de seguro social es 536228726", TypeUSSSN, "536228726"},
		{"Mi número de seguro social para el pedido es 536228726", TypeUSSSN, "536228726"},
		{"Numéro de sécurité sociale : 536228726", TypeUSSSN, "536228726"},
		{"O meu número de segurança social é 536228726", TypeUSSSN, "536228726"},
		{"Mi número de seguro social es 536228726", TypePhoneNumber, ""},
		{"Número 612345678", TypePhoneNumber, "612345678"},
		{"my passport number is X1234567", "IN_PASSPORT", "X1234567"},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, c.typ, c.want, "case %d: %s", i, c.text)
	}
}

// TestSocialSecAbbrev: "social sec #" and "soc sec no." name a social
// security number, which then wins over a Canadian SIN of the same
// digits.
func TestSocialSecAbbrev(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "social sec # 566331807", TypeUSSSN, "566331807")
	wantValue(t, d, "social sec # 566331807", "CA_SIN", "")
	wantValue(t, d, "soc sec no. 566-33-1807", TypeUSSSN, "566-33-1807")
}

// TestRefWordsKeepCheckedIDs: a contract, policy, claim or reference word
// near a person's identifier with a strong check (a NIF's letter, a CPF's
// two digits, a NIR's key, an SSN written with its dashes) leaves it
// reported; such words still rule out a phone or a weakly checked number
// (TestOtherNumbersLangs).
func TestRefWordsKeepCheckedIDs(t *testing.T) {
	cases := []struct{ text, typ, want string }{
		{"contrato 12345678Z", "ES_NIF", "12345678Z"},
		{"sobre la póliza, el titular es 12345678Z", "ES_NIF", "12345678Z"},
		{"siniestro del asegurado 55555555-K", "ES_NIF", "55555555-K"},
		{"contrato 123.456.789-09", "BR_CPF", "123.456.789-09"},
		{"apólice 123.456.789-09", "BR_CPF", "123.456.789-09"},
		{"my policy 536-22-8726", TypeUSSSN, "536-22-8726"},
		{"Polizzennummer 536-22-8726", TypeUSSSN, "536-22-8726"},
		{"contract holder 536-22-8726", TypeUSSSN, "536-22-8726"},
		{"contrat : 2 55 08 14 168 025 38", "FR_NIR", "2 55 08 14 168 025 38"},
		{"polizza 536-22-8726", TypeUSSSN, "536-22-8726"},
		// The words still say what a bare number is.
		{"Contrato 0612345678", TypePhoneNumber, ""},
		{"Polizza 3471234567", TypePhoneNumber, ""},
		{"Kenmerk 0612345678", TypePhoneNumber, ""},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, c.typ, c.want, "case %d: %s", i, c.text)
		if c.want == "" {
			continue
		}
		// Not demoted either: the score is the rule's own.
		for _, f := range detect(t, d, c.text) {
			if f.Type == c.typ {
				assert.GreaterOrEqual(t, f.Score, 0.7, "case %d: %s", i, c.text)
			}
		}
	}
}

// TestRefWordsCalledPhone: a contract, policy or order word near a number
// that a calling phrase confirms ("ring me on", "reach me at", "dial")
// does not lower it; nor does a label word before a number that the words
// after it call a phone ("Referenz: 0171 2345678 ist meine Nummer"). A
// label word right before a number that only a phrase before it confirms
// still rules it out.
func TestRefWordsCalledPhone(t *testing.T) {
	cases := []struct{ text, want string }{
		{"I have a question about my policy. Please ring me on 0612345678", "0612345678"},
		{"Policy: please dial 0612345678", "0612345678"},
		{"My policy renewal, reach me: 0612345678", "0612345678"},
		{"re contract: you can reach me at 0612345678", "0612345678"},
		{"Vertrag gekündigt? Sie erreichen mich unter 0171 2345678", "0171 2345678"},
		{"Sur le contrat, contactez-moi au 06 12 34 56 78", "06 12 34 56 78"},
		{"Sobre la póliza, llámame al 612 345 678", "612 345 678"},
		{"Referenz: 0171 2345678 ist meine Handynummer", "0171 2345678"},
		{"contrat : 06 12 34 56 78 c'est mon portable", "06 12 34 56 78"},
		{"contract, 0612345678 is my mobile", "0612345678"},
		{"About my contract, 0612345678 is my number", "0612345678"},
		{"meter reading 0612345678 phone", "0612345678"},
		{"polizza 3471234567 è il mio cellulare", "3471234567"},
		{"Polisnummer 0612345678 is mijn mobiele nummer", "0612345678"},
		{"order 0612345678", ""},
		{"call me about order 0612345678", ""},
		{"Polisnummer 0612345678", ""},
		{"Referenz 0171 2345678", ""},
		// After the label, a bare "is my number" says which number of
		// the label's kind it is.
		{"Kundennummer: 12345678 ist meine Nummer", ""},
		{"Auftrag: 0171 2345678 ist meine Nummer", ""},
		{"Invoice: 0612345678 is my number", ""},
		{"Order number: 0612345678, is my number", ""},
		{"numéro client : 0612345678 c'est mon numéro", ""},
		{"pedido: 612345678 es mi número", ""},
		{"Polisnummer 0612345678 is mijn nummer", ""},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "case %d: %s", i, c.text)
	}
}
