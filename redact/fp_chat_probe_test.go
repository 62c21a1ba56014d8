package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// chatProbeCase is a line of a support chat and every finding it must
// give, each written "TYPE=text"; none for a line without personal data.
type chatProbeCase struct {
	text string
	want []string
}

// checkChatProbe runs the detector over each line and compares its
// findings, all types, with the line's.
func checkChatProbe(t *testing.T, cases []chatProbeCase) {
	t.Helper()
	d := defaultDetector(t)
	for _, c := range cases {
		want := c.want
		if want == nil {
			want = []string{}
		}
		assert.Equal(t, want, foundAs(t, d, c.text), "%q", c.text)
	}
}

// TestChatFalseAlarms pins words of support chats that the soft
// recognizer once took for names or towns, beside the real ones that
// must stay found.
func TestChatFalseAlarms(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		// "sharp" after a time is a word, though it is a surname too.
		{"the meeting is at 10 am sharp", nil},
		{"call me at 9 pm sharp tomorrow", nil},
		{"the knife is sharp", nil},
		{"for my take on dr. sharp, see below", []string{"PERSON=sharp"}},
		// A given name that is no place, after a street and a comma,
		// addresses someone; a town keeps its place.
		{"ship to 4 high street, john", []string{"STREET_ADDRESS=4 high street", "PERSON=john"}},
		{"ship to 4 High Street, John", []string{"STREET_ADDRESS=4 High Street", "PERSON=John"}},
		{"ship to 12 Oak Street, Milton, TX 75001", []string{"STREET_ADDRESS=12 Oak Street, Milton, TX 75001"}},
		{"ship to 12 oak street, milton, tx 75001", []string{"STREET_ADDRESS=12 oak street, milton, tx 75001"}},
		{"ship to 12 Oak Street, Milton 75001", []string{"STREET_ADDRESS=12 Oak Street, Milton 75001"}},
		{"ship to 4 high street, leeds", []string{"STREET_ADDRESS=4 high street, leeds"}},
		{"ship to 4 High Street, Leeds", []string{"STREET_ADDRESS=4 High Street, Leeds"}},
		// German sentences start with prepositions and adverbs that
		// carry umlauts ("Über" is no "Uber").
		{"Über Weihnachten bin ich weg.", nil},
		{"Übrigens Lieferung kam nie an.", nil},
		{"Bezüglich Rückerstattung habe ich eine Frage.", nil},
		{"Kunde: Zusätzlich Versandkosten wurden berechnet.", nil},
		{"I took an Uber to the station.", []string{"ORGANIZATION=Uber"}},
		{"Client : Déjà fait, merci.", nil},
		{"Thanks Segun Adeyemi for the help.", []string{"PERSON=Segun Adeyemi"}},
		// A department after "Head of", "VP of", "Director of" is no
		// one, however uncommon its word; other roles take a person.
		{"Thanks so much, Olusegun Adeyemi | Head of Ops | Lagos", []string{"PERSON=Olusegun Adeyemi", "LOCATION=Lagos"}},
		{"Please loop in the Head of Platform.", nil},
		{"Our VP of DevOps signed it off", nil},
		{"Kind regards, Aisha Khan, Head of Comms", []string{"PERSON=Aisha Khan"}},
		{"I'm the head of Platform here", nil},
		{"I sent it to a friend of Zorvik", []string{"PERSON=Zorvik"}},
		{"ask the manager of Zorvik Tamblen", []string{"PERSON=Zorvik Tamblen"}},
		{"Head of Ops Olusegun Adeyemi signed it", []string{"PERSON=Olusegun Adeyemi"}},
		{"VP of Platform Chidi Okafor", []string{"PERSON=Chidi Okafor"}},
		{"Head of Growth Marketing Emea replied to the ticket", nil},
		{"Head of People Operations Jordan approved it", []string{"PERSON=People Operations Jordan"}},
		{"Head of Legal Grace Park signed it", []string{"PERSON=Grace Park"}},
		{"Regards, Quick", []string{"PERSON=Quick"}},
		{"ask the Head of Priya's team", []string{"PERSON=Priya"}},
		// The nouns of messages and orders open lines and headers.
		{"Reply from Kwame Mensah: ok will do", []string{"PERSON=Kwame Mensah"}},
		{"Voicemail from Kwame Mensah", []string{"PERSON=Kwame Mensah"}},
		{"Letter from the bank arrived", nil},
		{"you Can Text me On +1 852 321 0896", []string{"PHONE_NUMBER=+1 852 321 0896"}},
		// A verb in the past that opens a sentence is no part of a name
		// after it; a name shaped like one keeps its place.
		{"Called Tech Support twice, nothing", nil},
		{"Emailed John Smith yesterday", []string{"PERSON=John Smith"}},
		{"Javed Akhtar called", []string{"PERSON=Javed Akhtar"}},
		{"Rasheed Khan called", []string{"PERSON=Rasheed Khan"}},
		{"Fareed Zakaria called about the refund.", []string{"PERSON=Fareed Zakaria"}},
		// The words of devices and products are common words; animals,
		// food and materials are surnames as often; after a courtesy
		// title a common word is a surname all the same.
		{"Bluetooth Enabled devices only", nil},
		{"Regards, Salmon", []string{"PERSON=Salmon"}},
		{"Signed: Marten", []string{"PERSON=Marten"}},
		{"Please ask Steel to call me back", []string{"PERSON=Steel"}},
		{"ask Mrs. Teal about it", []string{"TITLE=Mrs.", "PERSON=Teal"}},
		{"Thanks, Mrs. Plum", []string{"TITLE=Mrs.", "PERSON=Plum"}},
		{"Ms. Lemon is my manager", []string{"TITLE=Ms.", "PERSON=Lemon"}},
		{"Hello Everyone", nil},
		{"Thanks Deja Brown for the help.", []string{"PERSON=Deja Brown"}},
		{"Thanks Segun for the help.", []string{"PERSON=Segun"}},
		// A given name that is also a word opens a message.
		{"Customer: Grace called yesterday.", []string{"PERSON=Grace"}},
		{"Customer: Hope, my order is late.", []string{"PERSON=Hope"}},
		// So does one that is also a place, before the noun it
		// qualifies; before a verb or a comma it names someone.
		{"Customer: Paris office never called back.", nil},
		{"Customer: Sofia branch is closed.", nil},
		{"Customer: Florence warehouse lost my parcel.", nil},
		{"Customer: Sofia wrote to you last week.", []string{"PERSON=Sofia"}},
		{"Customer: Florence has the receipt.", []string{"PERSON=Florence"}},
		{"Customer: Paris, can you check my order?", []string{"PERSON=Paris"}},
		// ... and before an adverb, which is no noun of a place.
		{"Customer: Sofia just called about the order", []string{"PERSON=Sofia"}},
		{"Customer: Victoria also ordered one", []string{"PERSON=Victoria"}},
		{"Customer: Florence still has not received it", []string{"PERSON=Florence"}},
		{"Customer: Sydney already paid", []string{"PERSON=Sydney"}},
		// Tools and labels.
		{"Using Docker Compose", nil},
		// A verb that opens a sentence is no part of the name after it.
		{"Calling John Smith back now.", []string{"PERSON=John Smith"}},
		{"Emailing Maria Lopez about the refund.", []string{"PERSON=Maria Lopez"}},
		{"Agent: Updating Visual Studio fixed it.", nil},
		{"Running Kubernetes Engine on two nodes", nil},
		{"Hilding Carlsson called about the invoice.", []string{"PERSON=Hilding Carlsson"}},
		{"Agent: hello\nUsing: chrome", nil},
		{"Agent: hello\nBrowser: chrome", nil},
		{"Server: nginx", nil},
		// Buttons, settings, error states and holidays.
		{"Is there a way to Export my data as csv?", nil},
		// Apps, devices and shops.
		{"She works for Samsung in Seoul.", []string{"ORGANIZATION=Samsung", "LOCATION=Seoul"}},
		// Departments sign messages.
		{"Kind regards,\nAnna Berg", []string{"PERSON=Anna Berg"}},
		// A product after its firm.
		{"Customer: Google Fi has no signal at home.", nil},
		// A given name and a common word after an article.
		{"The Hudson Bay order is late.", nil},
		{"Speak to Anna Field please.", []string{"PERSON=Anna Field"}},
		// A country where parcels go is no one's address.
		{"Agent: How long does shipping to Canada usually take?", nil},
		{"Kunde: Wie lange dauert der Versand nach Österreich?", nil},
		{"Cliente: ¿Hacen envíos a México?", nil},
		{"I moved to Canada last year.", []string{"LOCATION=Canada"}},
		// Function words after thanks and greetings in lower case.
		{"atendente: obrigado pela paciência, estou a verificar.", nil},
		{"cliente: muito obrigado pela ajuda!", nil},
		{"cliente: saludos cordiales y feliz navidad", nil},
		{"customer: postnl heeft mijn pakket bij de buren bezorgd.", nil},
		{"customer: return label code rt8843201xx.", nil},
		{"cliente: renfe canceló mi tren.", nil},
		{"my name is teodor bianco", []string{"PERSON=teodor bianco"}},
	})
}

// TestChatCueGluedToCode checks a cue word glued by a dash to a number,
// which makes it the prefix of a code of its own: it names no other
// number near it ("DL-3" is a block of flats in Delhi, no driving
// licence), while the same word standing apart still does, and so does
// a numbered label before its value ("phone-2: ...").
func TestChatCueGluedToCode(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		{"DL-3, Delhi 110001", []string{"LOCATION=Delhi"}},
		{"DL-3, my DL is 12345678", []string{"US_DRIVER_LICENSE=12345678"}},
		{"my DL: 12345678", []string{"US_DRIVER_LICENSE=12345678"}},
		// A numbered label names its value.
		{"phone-2: 0301234567", []string{"PHONE_NUMBER=0301234567"}},
		{"license-2 D1234567", []string{"US_DRIVER_LICENSE=D1234567"}},
		{"routing-1 021000021", []string{"ABA_ROUTING_NUMBER=021000021"}},
	})
}
