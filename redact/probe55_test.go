package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 55 found in the gaps of its blind sets.

// TestFirmClauseEndsOfSession55 checks that a full stop after a number
// or after a short word that ends a sentence ("ran", "me") closes the
// firm's clause, so a customer's number in the next sentence is theirs,
// while one after an abbreviation ("tel.") stays in it.
func TestFirmClauseEndsOfSession55(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Ich habe eure Hotline 0800-330-1100 dreimal angerufen, niemand geht ran. Rückruf bitte unter 0176 4291 3358", TypePhoneNumber, "0176 4291 3358"},
		{"Hotline 0800-330-1100. Rückruf bitte unter 0176 4291 3358", TypePhoneNumber, "0176 4291 3358"},
		{"The helpline kept cutting me off. Call me on 07700 900123 please", TypePhoneNumber, "07700 900123"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Customer service tel. 0800 330 1100", TypePhoneNumber},
		{"Bei Fragen erreichen Sie uns unter 030 28471150 oder reservierung@zum-goldenen-hirsch.de", TypeEmailAddress},
		{"Vous pouvez envoyer l'acte de décès à succession@assur-horizon.fr ou nous appeler", TypeEmailAddress},
		{"Bitte senden Sie die Sterbeurkunde an nachlass@stadtwerke-nordhain.de oder per Post", TypeEmailAddress},
	})
}

// TestGermanArticlesOfSession55 checks that a German article alone
// between two capitalised nouns joins no name ("die Auszahlung der
// Versicherungssumme"), while names with "des" after a given name and
// with "van der" keep theirs.
func TestGermanArticlesOfSession55(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Die Auszahlung der Versicherungssumme von 25.000 € erfolgt nach Vorlage des Einantwortungsbeschlusses.", TypePerson},
		{"Bitte um Auflösung des Kontos meiner Mutter", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"Claire des Jardins", TypePerson, "Claire des Jardins"},
		{"Ich bin Jan van der Berg", TypePerson, "Jan van der Berg"},
	})
}

// TestLabelsAndHeadsOfSession55 checks speakers' labels of voice
// transcripts, interjections, labels and firms' heads that are no names,
// and the person's name beside them.
func TestLabelsAndHeadsOfSession55(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Anrufer: ja hallo hier ist jürgen meier meine", TypePerson, "jürgen meier"},
		{"Funcionário: Reserva confirmada, Inês!", TypePerson, "Inês"},
		{"Top Sanne, staat genoteerd!", TypePerson, "Sanne"},
		{"Lebensversicherung Nr. LV-0884217-03, versicherte Person Herta Gruber, SVNR", TypePerson, "Herta Gruber"},
		{"(Raum „Alte Brauerei“, 45 Gäste)", TypeOrganization, "Alte Brauerei"},
		{"a 2015 Château Margaux at €45", TypeOrganization, "Château Margaux"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Size is M/L btw, fits more like a L", TypePerson},
		{"Betrifft: Lebensversicherung", TypePerson},
		{"Your voucher went out by Royal Mail this morning", TypePerson},
		{"Llamante: mi teléfono es el 612 48 90 37", TypePerson},
		{"Appelant: mon numéro de sécu c'est le 2 84 07 69 123 045 95", TypePerson},
	})
}

// TestNumbersOfSession55 checks a member's number of two groups joined
// by a dash, and look-alikes that are nothing at all: months and years
// after a member's word, registers', listings', tickets' and
// applications' numbers, an amount before "via".
func TestNumbersOfSession55(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Mitgliedsnr. 04-22817 meines Mannes", TypeMemberID, "04-22817"},
		{"Mitgliedsnummer 04-22817", TypeMemberID, "04-22817"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Mitgliedsnr. 04-22817 meines Mannes", TypePhoneNumber},
	})
	// The look-alikes are nothing at all, of no type.
	for _, text := range []string{
		"membership 03-2019 to 05-2024",
		"Registered charity no. 1098457.",
		"I've removed the phone number from your listing 295876123409 as sharing",
		"Merci de mettre la réf de l'annonce 2511093847",
		"I called 3 times already, tickets 00417722 and the app keeps failing",
		"Grüß Gott, Bewerbungsnummer 2024-118-4471.",
		"Can pay 40 EUR via paypal to whatever address you give",
	} {
		require.Empty(t, detect(t, d, text), text)
	}
}

// TestAccountsAndHiringOfSession55 checks an account's number after the
// Spanish, French, Italian and Portuguese words outside banking,
// numbers after plurals and applications' words, labels that are no
// names, and hiring desks' contacts as the firm's.
func TestAccountsAndHiringOfSession55(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Soy Guadalupe, cliente desde hace años. Mi número de cuenta es 8847 2209 1153, gracias.", TypeCustomerNumber, "8847 2209 1153"},
		{"Referencias: Dña. Carmen Vidal (jefa de tienda 2018–2022)", TypePerson, "Carmen Vidal"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Frage zum Dienstwagen: mein aktuelles Kennzeichen", TypePerson},
		{"Abitur 2010, Bachelor Wirtschaftsinformatik 2010–2014, Master 2014–2016", TypePerson},
		{"Hi, applying for the Senior Backend role: 8 yrs with Go", TypePerson},
		{"Agent: Our public line is +44 20 3808 4100, please don't share details here.", TypePhoneNumber},
		{"Our HR contact for this is Julia Brandt at careers@nordwind-logistik.de / +49 40 3018 2200", TypePhoneNumber},
		{"Our HR contact for this is Julia Brandt at careers@nordwind-logistik.de / +49 40 3018 2200", TypeEmailAddress},
		{"Pour rappel notre service RH : rh@groupe-lumiere.fr, 04 72 00 31 50.", TypeEmailAddress},
		{"Pour rappel notre service RH : rh@groupe-lumiere.fr, 04 72 00 31 50.", TypePhoneNumber},
		{"per la posizione rif. ITA-RM-0418, contatto HR selezione@vetrisud.it", TypeEmailAddress},
	})
}

// TestEmployerIdentificationNumberOfSession55 checks US_EIN after its
// words, with the IRS's prefixes, and look-alikes without the word.
func TestEmployerIdentificationNumberOfSession55(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"soy self-employed, mi EIN es 84-3319026 ¿lo puedo usar en vez del social?", "US_EIN", "84-3319026"},
		{"I'm a sole prop, FEIN 87-3319406, business address is my home", "US_EIN", "87-3319406"},
	})
	wantNoneTyped(t, d, []typedText{
		{"my EIN is 97-1234567", "US_EIN"},
		{"case 84-3319026 is still open", "US_EIN"},
	})
}

// TestNamesBesideWordsOfSession55 checks "Das" as a surname after a
// given name, the Portuguese article before a given name, "Holder"
// before a name in capitals and labels of forms about children.
func TestNamesBesideWordsOfSession55(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"[7:31 am] Agent: Hello, this is Priyanka Das. You can text me", TypePerson, "Priyanka Das"},
		{"Bom dia! O Rodrigo Sousa não vai ao jogo de domingo", TypePerson, "Rodrigo Sousa"},
		{"Valid thru 08/28 Holder JAMES O'CONNOR. is that the card?", TypePerson, "JAMES O'CONNOR"},
		{"Camper: Olivia Chen, cabin 7B", TypePerson, "Olivia Chen"},
		{"Name des Kindes: Mila Schröder", TypePerson, "Mila Schröder"},
		{"Genitore: Laura Bianchi", TypePerson, "Laura Bianchi"},
	})
}

// TestMembersAndPoliciesOfSession55 checks members', pupils' and
// policies' numbers after the words session 55's sets use.
func TestMembersAndPoliciesOfSession55(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Pensioenfonds, betreft deelnemer Gerrit, deelnemersnummer 5510274. Ik wil", TypeMemberID, "5510274"},
		{"Para el programa de puntos: socio nº 004512887", TypeMemberID, "004512887"},
		{"A aluna é a Leonor (5.º A), nº de aluno 20231847.", TypeMemberID, "20231847"},
		{"Guten Tag Herr Gruber, ich sehe hier die Polizze LV-0884217-03. Die Auszahlung", TypeCustomerNumber, "LV-0884217-03"},
	})
}

// TestAgentsMailboxesOfSession55 checks that a service's mailbox the
// firm's agent gives is the firm's, while a customer's line keeps the
// same shape of mailbox theirs.
func TestAgentsMailboxesOfSession55(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Agent : C'est noté. Pour toute modification : contact@bistrot-du-pont.fr", TypeEmailAddress},
		{"Agent: Gentile signora Fontana. Per info: segreteria@asdvirtuspadova.it", TypeEmailAddress},
		{"[14:02] Medewerker: vragen? info@obsdewaterlelie.nl", TypeEmailAddress},
	})
	wantTyped(t, d, []typedValue{
		{"Customer: my shop email is info@my-bakery.com", TypeEmailAddress, "info@my-bakery.com"},
		{"Agent: Thanks, I've noted anna.berg@example.org as your new address.", TypeEmailAddress, "anna.berg@example.org"},
	})
}

// TestNumberedAnswersOfSession55 checks values given as the items of a
// numbered list in one line ("1) ... 2) ..."): the next item's mark is
// no part of a phone number or a house number, a phone in brackets
// after a mark is read, and a number in brackets that no earlier mark
// leads keeps its last group.
func TestNumberedAnswersOfSession55(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"user> 1) Sophie Martin 2) sophie.m@gmx.de 3) +49 151 23847619 4) bin mir nicht sicher", TypePhoneNumber, "+49 151 23847619"},
		{"1) Megan Whitaker 2) (617) 482-3910 3) 12 Oak St", TypePhoneNumber, "(617) 482-3910"},
		{"Agent: customer Hannah (hannah@telia.se, +46 70 318 42 96) wants to close", TypePhoneNumber, "+46 70 318 42 96"},
		{"1) Ethan Brooks 2) ethan.brooks@yahoo.com 3) not sure", TypePerson, "Ethan Brooks"},
	})
	wantNoneTyped(t, d, []typedText{
		{"1) Ethan Brooks 2) ethan.brooks@yahoo.com 3) not sure", TypeStreetAddress},
		{"Agent: Herzliches Beileid. Bitte senden Sie die Sterbeurkunde", TypePerson},
		{"Someone messaged me pretending to be Vinted and asked for the code", TypePerson},
	})
}

// session55Seeds are FuzzDetect's seeds for the readers of session 55:
// numbered lists' marks, firm clauses, agents' lines, German articles,
// EINs and members' numbers with a dash.
var session55Seeds = []string{
	"1) Ethan Brooks 2) ethan.brooks@yahoo.com 3) (206) 739-4415 4) order",
	"3) +49 151 23847619 4) bin mir 9) 10) 11) 12",
	"(x, +46 70 318 42 96) 2) 1) )",
	"Hotline 0800-330-1100. Rückruf bitte unter 0176 4291 3358",
	"Agent Priya Raman: write to help@acme.com\nAgent: contact@x.fr",
	"Die Auszahlung der Versicherungssumme des Kontos die",
	"mi EIN es 84-3319026, EIN 07-1234567",
	"Mitgliedsnr. 04-22817, WFC-00734, membership 03-2019",
	"this is Priyanka Das. O Rodrigo Sousa. Holder JAMES O'CONNOR",
	"Can pay 40 EUR via paypal, 3 via",
}

// TestFirmsOffersOfHelpOfSession55 checks a firm's offer of help before
// its line ("Pour toute question : ...", "If you have any questions,
// call ..."), and a person's pronoun after it that keeps the number the
// writer's.
func TestFirmsOffersOfHelpOfSession55(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Agent: votre commande a été expédiée. Pour toute question : 01 70 36 22 00 (service client)", TypePhoneNumber},
		{"If you have any questions, call 0345 600 1234.", TypePhoneNumber},
		{"Para cualquier duda llame al 91 547 22 10, gracias", TypePhoneNumber},
	})
	wantTyped(t, d, []typedValue{
		{"Pour toute question, appelez-moi au 06 12 34 56 78", TypePhoneNumber, "06 12 34 56 78"},
		{"If you have any questions call me on 07700 900123", TypePhoneNumber, "07700 900123"},
	})
}
