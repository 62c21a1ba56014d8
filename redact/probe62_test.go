package redact

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 62 found in the gaps of its blind sets.

// TestSecretAfterPathOfSession62 checks a prefixed key that opens a
// segment of a path ("staging/AKIA..."): it is read as that key, not
// swallowed by the run of the path. A path of words stays unreported,
// and so does a run that goes on past the key.
func TestSecretAfterPathOfSession62(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"is staging/AKIAA7QKYUNVN4O7OJTD still active?", TypeAWSAccessKey, "AKIAA7QKYUNVN4O7OJTD"},
		{"is a/AKIAA7QKYUNVN4O7OJTD still active?", TypeAWSAccessKey, "AKIAA7QKYUNVN4O7OJTD"},
		{"pushed prod/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 by mistake", TypeGitHubToken, "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"},
		{"vault path ops/sk_live_4eC39HqLyjWDarjtT1zdp7dc/v2 leaked", TypeStripeKey, "sk_live_4eC39HqLyjWDarjtT1zdp7dc"},
	})
	wantNoneTyped(t, d, []typedText{
		{"see exports/2024/March/Region7/Batch12/Final for the file", TypeAWSAccessKey},
		{"is staging/AKIAA7QKYUNVN4O7OJTDX2 still active?", TypeAWSAccessKey},
	})
}

// TestEnglishNamesOfSession62 checks given names and surnames of the
// English-speaking world that the lists lacked, beside a surname that is
// a heading's word too ("Price"), and "name's" as "name is".
func TestEnglishNamesOfSession62(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"my roommate Jonah Price pays half.", "Jonah Price"},
		{"ticket open since 14 Jan, can someone look at it — Wendell Price", "Wendell Price"},
		{"the person who authorised it was our office manager, Delyth Price (ext 4)", "Delyth Price"},
		{"hey its lorraine from 5 kestrel close, did you get my voicemail", "lorraine"},
		{"the courier was wendell hickman", "wendell hickman"},
		{"my name's danielle btw", "danielle"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, TypePerson), c.text)
	}
	// A word of German ("weiß") and Tagalog ("hays") is no surname, and
	// "name's" before a noun names no one.
	for _, text := range []string{
		"geburtsdatum 02.11.1979\nmehr weiß ich nicht mehr",
		"wala naman dumating, ₱599 pa naman yun hays",
		"my name's spelt wrong on the invoice",
	} {
		require.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestDriverVersionOfSession62 checks a version of four numbers that
// starts low after a driver's, a patch's or a hotfix's word: no IP
// address. An address after its own word, a private one and one that
// starts high stay addresses.
func TestDriverVersionOfSession62(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"installing the printer driver 11.3.0.52 on Windows 11 fails", TypeIPAddress},
		{"after hotfix 4.12.0.17 the app crashes", TypeIPAddress},
		{"patch 4.12.0.7 broke the login", TypeIPAddress},
	})
	// A private address or one that starts high stays one.
	wantTyped(t, d, []typedValue{
		{"the printer IP 86.14.203.117 is not reachable", TypeIPAddress, "86.14.203.117"},
		{"our printer driver 192.168.1.50 install fails", TypeIPAddress, "192.168.1.50"},
		{"the driver 203.0.113.45 keeps dropping", TypeIPAddress, "203.0.113.45"},
	})
}

// TestGermanStoreyFirstOfSession62 checks a storey or a part of the
// house that a German delivery writes before the street, with a comma:
// the address takes it. A station's name before the street stays out.
func TestGermanStoreyFirstOfSession62(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Lieferadresse: 3. OG links, Lindenstraße 14, 04109 Leipzig. Name an der Klingel", TypeStreetAddress, "3. OG links, Lindenstraße 14, 04109 Leipzig"},
		{"bitte bei Schulze abgeben, Hinterhaus 2. Stock, Gneisenaustr. 41, 10961 Berlin", TypeStreetAddress, "Hinterhaus 2. Stock, Gneisenaustr. 41, 10961 Berlin"},
		{"Lieferadresse: Seitenflügel, Lindenstraße 14, 04109 Leipzig", TypeStreetAddress, "Seitenflügel, Lindenstraße 14, 04109 Leipzig"},
		{"Treffpunkt Bahnhof, Lindenstraße 14, 04109 Leipzig", TypeStreetAddress, "Lindenstraße 14, 04109 Leipzig"},
	})
}

// TestGreetingItsOfSession62 checks the self-introduction after a
// greeting written with the apostrophe of "it's" or a comma after the
// greeting, and given names of India the lists lacked. A word that is no
// name stays out.
func TestGreetingItsOfSession62(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"Hi, it's Grace again - the deploy is stuck", "Grace"},
		{"Hi it's Jordan, my parcel never came", "Jordan"},
		{"hey it's Mark again, any news?", "Mark"},
		{"hey it's Priyanka again", "Priyanka"},
		{"mobile is 0412 638 905 - Karan", "Karan"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, TypePerson), c.text)
	}
	for _, text := range []string{"hi, it's broken again", "Hi, it's Monday again", "hey it's me again"} {
		require.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestCustomerNumberWithYouOfSession62 checks a customer's number after
// its word and the firm named as "you": "bei euch", "with you", "chez
// vous".
func TestCustomerNumberWithYouOfSession62(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Geburtsdatum 17.08.1968, Kundennummer bei euch 4471902 — reicht das?", TypeCustomerNumber, "4471902"},
		{"my customer number with you is 40018273, thanks", TypeCustomerNumber, "40018273"},
		{"mon numéro client chez vous est 40018273", TypeCustomerNumber, "40018273"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Kundennummer bei euch? Keine Ahnung", TypeCustomerNumber},
	})
}

// TestLowerCaseTitlesOfSession62 checks names typed in lower case: a
// given name that is a word too before a surname the lists know, and a
// surname they lack after a German, French or Dutch title. A rank or a
// role after the title, and a modal verb before a surname, name no one.
func TestLowerCaseTitlesOfSession62(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"dob 03/11/1987 acct under tom kaczmarek", "tom kaczmarek"},
		{"euer mitarbeiter, herr seidl, hat mir was anderes gesagt", "seidl"},
		{"schlüssel hat meine nachbarin frau schulze-brettschneider im EG", "schulze-brettschneider"},
		{"bonjour, mme quillevere a appelé hier", "quillevere"},
		{"ik heb gebeld met dhr. brouwerszoon over de levering", "brouwerszoon"},
		{"hola, la sra. quintanilla llamó ayer", "quintanilla"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, TypePerson), c.text)
	}
	for _, text := range []string{"hallo frau doktor, ich habe eine frage", "herr ober, die rechnung bitte"} {
		require.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
}

// TestFirmLinesOfSession62 checks a firm's emergency, fraud and
// delivery lines and its privacy team's mailbox: the firm's, left in the
// text. A person's number that the team has stays one.
func TestFirmLinesOfSession62(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"If the supply ever goes off, our emergency line is 0330 088 2640 (24/7).", TypePhoneNumber},
		{"If you spot anything else, our fraud line is 0345 600 2290.", TypePhoneNumber},
		{"Our fraud team is on 0345 600 1234 (24/7).", TypePhoneNumber},
		{"Our privacy team mailbox is dpo.office@quillonmobile.com", TypeEmailAddress},
		{"our delivery team is on 0161 496 0734 today", TypePhoneNumber},
	})
	wantTyped(t, d, []typedValue{
		{"the delivery team has my number 07911 302556", TypePhoneNumber, "07911 302556"},
	})
}

// TestFormFieldsOfSession62 checks names in a form's fields: a table's
// cell after a name's label, a form's body of keys joined by '&' with no
// link before it, and a French form's birth name. A signature's "Title |
// Firm" and a link's query stay as they were.
func TestFormFieldsOfSession62(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"| Feld | Eingabe |\n| Nachname | Pfeiffer |\n| Geburtsdatum | 17.12.1958 |", "Pfeiffer"},
		{"the POST body: first_name=Dwayne&last_name=Castellanos&plan=pro", "Dwayne Castellanos"},
		{"Formulaire mutuelle :\nNom de naissance : Garnier\nDate de naissance : 12/07/1984", "Garnier"},
	} {
		require.Equal(t, c.want, strings.Join(valuesOf(t, d, c.text, TypePerson), " "), c.text)
	}
	require.NotContains(t, valuesOf(t, d, "Best,\nHannah Weiss\nFinance Manager | Globex\nM: +49 151 23847716", TypePerson), "Globex")
	wantTyped(t, d, []typedValue{
		{"see https://x.com/signup?first_name=Ana&last_name=Lopes for the form", TypeURL, "https://x.com/signup?first_name=Ana&last_name=Lopes"},
	})
}

// TestBirthAlternativesOfSession62 checks a second date of birth that
// the writer or the agent offers as the alternative: "DOB X or Y".
func TestBirthAlternativesOfSession62(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"05/17/1983", "05/17/1988"}, valuesOf(t, d, "Agent: Hi Dana, I see two profiles under that name. Is your DOB 05/17/1983 or 05/17/1988?", TypeDateOfBirth))
	require.Equal(t, []string{"05/17/1983", "05/17/1988"}, valuesOf(t, d, "my DOB is 05/17/1983 or maybe 05/17/1988, not sure which is on file", TypeDateOfBirth))
	// A date that is no birth's stays out.
	require.Equal(t, []string{"05/17/1983"}, valuesOf(t, d, "my DOB is 05/17/1983 and the order date 05/17/2024 or 05/18/2024", TypeDateOfBirth))
}

// TestForwardedHeadersOfSession62 checks a forwarded mail's header run
// into one line: the word for "Sent" after the sender's name ends the
// name. And a British postcode's area that is a word of a number's kind
// ("PO5 2LQ", Portsmouth's; "PO" for a purchase order) leaves the phone
// after it a phone.
func TestForwardedHeadersOfSession62(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"Von: Katrin Hoffmeister Gesendet: Montag, 3. März 2025 08:12 An: info@gb-nordhessen.de", "Katrin Hoffmeister"},
		{"De: Lucía Ferrán Enviado: jueves, 13 de marzo de 2025 17:02 Para: Atención al cliente", "Lucía Ferrán"},
		{"Da: Marco Bellini Inviato: lunedì 3 marzo 2025 09:12", "Marco Bellini"},
		{"Van: Joost de Vries Verzonden: maandag 3 maart 2025", "Joost de Vries"},
	} {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, TypePerson), c.text)
	}
	wantTyped(t, d, []typedValue{
		{"Regards, Desmond Achterberg, Flat 2, 61 Clarence Road, Southsea PO5 2LQ, 07412 339087", TypePhoneNumber, "07412 339087"},
	})
	// A purchase order's "PO" still names its number.
	wantNoneTyped(t, d, []typedText{
		{"PO 4471 ref 07412 339087 for the invoice", TypePhoneNumber},
	})
}

// TestGreetingsAndLogFieldsOfSession62 checks a name after "Morning" or
// "Evening" alone, as an agent greets; and a log's next field after a
// failed password's reason ("reason=bad_password attempts=5"), which is
// no password. A password after its word stays one.
func TestGreetingsAndLogFieldsOfSession62(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"Bríd"}, valuesOf(t, d, "Agent: Morning Bríd, I've linked your sister's account to yours.", TypePerson))
	require.Equal(t, []string{"Bríd"}, valuesOf(t, d, "Evening Bríd, thanks for waiting.", TypePerson))
	wantNoneTyped(t, d, []typedText{
		{"2025-03-11T09:42:17Z WARN auth.login failed user=jk src_ip=91.207.4.112 reason=bad_password attempts=5 lockout=true", TypePassword},
		{"error: wrong_password count=3", TypePassword},
	})
	wantTyped(t, d, []typedValue{
		{"my new password=hunter2Xq for the portal", TypePassword, "hunter2Xq"},
	})
}

// TestAtWordHostOfSession62 checks an address whose '@' is spelled as
// a word before a domain with its dots typed: a local part written as a
// user name is, or one after an e-mail word. "look at example.com" and a
// link's path stay links.
func TestAtWordHostOfSession62(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"mail me: john.smith at gmail.com, not the work one", TypeEmailAddress, "john.smith at gmail.com"},
		{"my email is jsmith at gmail.com thanks", TypeEmailAddress, "jsmith at gmail.com"},
		{"escríbeme a j_doe88 arroba correo.es por favor", TypeEmailAddress, "j_doe88 arroba correo.es"},
		{"look at example.com for details", TypeURL, "example.com"},
	})
	wantNoneTyped(t, d, []typedText{
		{"look at example.com for details", TypeEmailAddress},
		{"we met at google.com headquarters", TypeEmailAddress},
		{"see john.smith at gmail.com/path for it", TypeEmailAddress},
	})
}

// TestSchoolSpeakersOfSession62 checks the speakers' labels of schools'
// and nurseries' chats: "Parent:", "Registrar:", "Nursery:" name no one,
// and the names after them stay names.
func TestSchoolSpeakersOfSession62(t *testing.T) {
	d := defaultDetector(t)
	require.Empty(t, valuesOf(t, d, "[08:47] Parent: hiya can someone call me back on 07812 446093 re the waiting list", TypePerson))
	require.Equal(t, []string{"Larkin", "Freddie"}, valuesOf(t, d, "Nursery: Hi Mrs Larkin, just to let you know Freddie had a little bump on his head", TypePerson))
	require.Equal(t, []string{"Rachel"}, valuesOf(t, d, "Registrar: Hi Rachel, because of FERPA we can't share details", TypePerson))
}

// TestAddressLinesOfSession62 checks an address whose lines are typed
// on one with " / " between them, a phone after an address whose first
// group of five digits is no postcode, and a ZIP+4 after a state's
// abbreviation, which is no SSN.
func TestAddressLinesOfSession62(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Deliver to: Tomasz Wiśniewski / 88 Brook Lane / Stockport / SK4 3EJ", TypeStreetAddress, "88 Brook Lane / Stockport / SK4 3EJ"},
		{"bin umgezogen nach 8010 Graz, Griesgasse 9 / Top 4 - zaehlerstand", TypeStreetAddress, "8010 Graz, Griesgasse 9 / Top 4"},
		{"my address is 88 Brook Lane, 07700 900123 is my mobile", TypeStreetAddress, "88 Brook Lane"},
		{"my address is 88 Brook Lane, 07700 900123 is my mobile", TypePhoneNumber, "07700 900123"},
		{"address: 88 Brook Lane / 07911 302556 is my mobile", TypePhoneNumber, "07911 302556"},
		{"12 Via Roma, 00184 Roma", TypeStreetAddress, "12 Via Roma, 00184 Roma"},
		// After a state the five digits are the ZIP whatever follows.
		{"200 Clarendon Street, Boston, MA 02116 617-482-3390", TypeStreetAddress, "200 Clarendon Street, Boston, MA 02116"},
		{"12 Elm St, Hartford, CT 06103 860 555 0142", TypeStreetAddress, "12 Elm St, Hartford, CT 06103"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ship to 4417 W. Kilbourn Ave., Milwaukee, Wis. 53208-3103", TypeUSSSN},
		{"4417 W Kilbourn Ave, Milwaukee WI 53208-3103", TypeUSSSN},
	})
}

// TestCapsSurnameFirstOfSession62 checks a surname in capitals, a
// comma and the given names, as tickets and passports write them in a
// text of mixed case: one name. An acronym before a comma and a name
// ("his PA, Hauwa Bello", "my MOH, Jasmine Oduya") stays out of it.
func TestCapsSurnameFirstOfSession62(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"I can see the booking under ASANTE, Kwame Owusu — reference QX7P2M", []string{"ASANTE, Kwame Owusu"}},
		{"DIALLO, Mamadou Saliou - DOB 1988-02-29 - pls update my profile", []string{"DIALLO, Mamadou Saliou"}},
		{"MARTIN, Sophie-Anne + MARTIN, Hugo (child) - two tickets please", []string{"MARTIN, Sophie-Anne", "MARTIN, Hugo"}},
		{"Contact his PA, Hauwa Bello, 0805 221 3390.", []string{"Hauwa Bello"}},
		{"If the caterer can't reach me try my MOH, Jasmine Oduya, (917) 482-3306", []string{"Jasmine Oduya"}},
	} {
		require.Equal(t, c.want, valuesOf(t, d, c.text, TypePerson), c.text)
	}
}

// session62Seeds are FuzzDetect's seeds for the readers of session 62:
// prefixed keys after a path's segments, cut short and run on, and
// "name's" at a text's edges.
var session62Seeds = []string{
	"staging/AKIAA7QKYUNVN4O7OJTD",
	"a/AKIAA7QKYUNVN4O7OJT",
	"x/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/",
	"//sk_live_4eC39HqLyjWDarjtT1zdp7dc//",
	"/AKIAA7QKYUNVN4O7OJTD/AKIAA7QKYUNVN4O7OJTD",
	"name's",
	"my name's",
	"Name's danielle",
	"driver 11.3.0.52",
	"patch 4.12.0.",
	"3. OG links, Lindenstraße 14",
	"Hinterhaus 2. Stock,",
	"Hinterhaus,",
	"Hi, it's",
	"hi, its",
	"Kundennummer bei euch",
	"customer number with you",
	"PO5 2LQ",
	"PO5 2L",
	"PO1",
	"Von: A B Gesendet:",
	"a.b at c.com",
	"x at y.",
	"Morning X,",
	"Agent: Evening",
	"reason=bad_password attempts=",
	"1 A St / B / ",
	"1 A St, 07700 9",
	"Wis. 53208-310",
	"| Name |",
	"ABC, Anna",
	"X, Anna",
	"DE LA, Anna",
}
