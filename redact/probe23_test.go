package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSSNAndDateJoinedByAnd checks that a date joined by "and" to an
// SSN is a date of birth when the date ends or opens its clause, and
// stays a date when a verb follows it ("... and 03/02/2009 was the
// day ...") or its year is too late for a birth.
func TestSSNAndDateJoinedByAnd(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"Agent: 426-78-3838 and 01/19/1959 - that is what the bank has on file.", "01/19/1959"},
		{"Agent: 01/19/1959 and 426-78-3838 - that is what the bank has on file.", "01/19/1959"},
		{"I have 426-78-3838 and 01/19/1959.", "01/19/1959"},
		{"426-78-3838 and 1959-01-19", "1959-01-19"},
		{"ssn 426-78-3838 and 03/02/2009 was the day my card was blocked", ""},
		{"SSN 426-78-3838 and 01/19/2024", ""},
		{"the letter of 01/19/1979 and 426-78-3838 arrived", ""},
		// "and" joins only an SSN: a phone is no identity's record.
		{"call +1 512 799 5152 and 01/19/2009", ""}, // a year that no old date's rule reads (session 24)
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
}

// TestSurnameAloneAfterIn checks that a known surname alone after "in",
// "into" or "via" is read as a tool or a town, under the threshold,
// while a cue or a given name still makes it a person.
func TestSurnameAloneAfterIn(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"github_pat_x is the PAT configured in Jenkins.",
		"I set it up in Jenkins yesterday",
		"log in via Jenkins",
	} {
		wantValue(t, d, text, TypePerson, "", text)
	}
	for _, c := range []struct{ text, name string }{
		{"Sarah Jenkins called", "Sarah Jenkins"},
		{"Mr. Jenkins called me", "Jenkins"},
		{"in Sarah Jenkins we trust", "Sarah Jenkins"},
		{"I spoke with Jenkins yesterday", "Jenkins"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestFilesGerundsAndGreetingsNameNothing checks three look-alikes of the
// held-out-like sets: a file's name in capitals after "in" is no place
// ("found in README.md"), a gerund that opens a sentence before "app"
// glued to a domain is no firm ("Clicking app.example.io/..."), and the
// French and Portuguese greetings of a phone call are no one ("Allô,").
func TestFilesGerundsAndGreetingsNameNothing(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ string }{
		{"Secret scanning alert: token found in README.md.", TypeLocation},
		{"it is documented in CHANGELOG.md today", TypeLocation},
		{"Clicking app.quarrytech.io/invoice/33816.pdf takes me back to the login screen.", TypeOrganization},
		{"Allô, je voudrais changer mon adresse.", TypePerson},
		{"Alô, tudo bem?", TypePerson},
	} {
		wantValue(t, d, c.text, c.typ, "", c.text)
	}
	// The place in capitals and the greeting's caller stay.
	wantValue(t, d, "I live in PORVOO now", TypeLocation, "PORVOO", "caps place")
	wantValue(t, d, "Allô, je m'appelle Håkon Reynolds.", TypePerson, "Håkon Reynolds", "caller")
}

// TestMarkdownLinkEndsURL checks that a ']' that no '[' of the link's
// path opens ends the link, so that a Markdown link written as its own
// text gives two links and no key runs over the "](" between them, while
// a query's brackets stay inside.
func TestMarkdownLinkEndsURL(t *testing.T) {
	d := defaultDetector(t)
	const link = "https://my.brightpath.io/s/KdVxznA3"
	text := "[" + link + "](" + link + ")"
	fs := detect(t, d, text)
	require.Len(t, fs, 2, "findings")
	for _, f := range fs {
		require.Equal(t, TypeURL, f.Type)
		require.Equal(t, link, text[f.Start:f.End])
	}
	wantValue(t, d, "see https://x.io/list?filter[name]=abc now", TypeURL, "https://x.io/list?filter[name]=abc", "query brackets")
	// A link that carries a token, inside the brackets: two links, none
	// over the "](" between them; a key of a known shape comes out of
	// each.
	const tok = "https://brightpath.io/reset?token=rzN4qI6v5FTP5cIn"
	md := "[" + tok + "](" + tok + ")"
	require.Equal(t, []string{tok, tok}, valuesOf(t, d, md, TypeURL))
	const gh = "https://brightpath.io/reset?token=ghp_FcZf6vVcG4A335DPGVGf4wwrMHOascpu6noj"
	md = "[" + gh + "](" + gh + ")"
	require.Equal(t, []string{"https://brightpath.io/reset?token=", "https://brightpath.io/reset?token="}, valuesOf(t, d, md, TypeURL))
	require.Len(t, valuesOf(t, d, md, TypeGitHubToken), 2)
}

// TestRecordDatesInJoinsAndWrappers checks dates of birth in the joins and
// wrappers of a blind set: a record's items set in bold or italics, a
// numbered list's items, a record read out before "the primary account
// holder", the German star of birth, a slip put right with "no wait",
// and an SSN and a date said together ("... are what ...").
func TestRecordDatesInJoinsAndWrappers(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"Ok so: *Fiona Lindqvist*, *October 9, 1959*, *+33762324816*.", "October 9, 1959"},
		{"Ok so: **Fiona Lindqvist**, **1959-10-09**, **+33762324816**.", "1959-10-09"},
		{"1) Nerea Gallego, 04/05/1993 2) Alejandro García Ortega", "04/05/1993"},
		{"Leah F. Ashworth, Jan. 29, 1952, 186-72-7998 - that's the primary account holder.", "Jan. 29, 1952"},
		{"Ich bin Sabine Engel (* 7. Februar 1989) – bitte Konto entsperren.", "7. Februar 1989"},
		{"Ich bin Sabine Engel (*19.10.1994)", "19.10.1994"},
		{"038-27-6237 and 11/26/1947 are what the tax form asked for.", "11/26/1947"},
		// Look-alikes: an event after the record, a star that is a
		// footnote's, a wrapper that does not close the same way.
		{"Leah Ashworth, 29/01/1952, 186-72-7998 - account opened", ""},
		{"see note (*) 12.10.2004", ""}, // a year not so long past: oldDateSaid leaves it
		// A wrapper that does not close the same way joins no record, but
		// a date so long past is a birth's alone since session 24.
		{"Ok so: *Fiona Lindqvist*, _1959-10-09*, ok", "1959-10-09"},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
	for _, c := range []struct{ text, second string }{
		{"DOB 10/10/1962 no wait 10/10/1972", "10/10/1972"},
		{"DOB 10/10/1962, oops, 10/10/1972", "10/10/1972"},
	} {
		require.Contains(t, valuesOf(t, d, c.text, TypeDateOfBirth), c.second, c.text)
	}
	require.NotContains(t, valuesOf(t, d, "DOB 10/10/1962, wait, the order came 10/10/2022", TypeDateOfBirth), "10/10/2022")
}

// TestPunctuationAroundValues checks the quotes, years, stamps and
// slashes of a blind set: the low single quote and the angle quotes part
// a value as other quotes do, a date's year before a comma is no house
// number, an hour glued to "pm" in brackets is a transcript's stamp, a
// '/' after an e-mail address parts it from a phone number, and the
// groups after "tracking" are no phone whatever word follows them.
func TestPunctuationAroundValues(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "Where do I send it, ‚212 Victoria Lane, Manchester M15 8RY‘ or not?", TypeStreetAddress, "212 Victoria Lane, Manchester M15 8RY", "low quote")
	wantValue(t, d, "sie heißt ‹Anna Berg› und", TypePerson, "Anna Berg", "angle quote")
	wantValue(t, d, "Sofia Rodrigues, 16 de setembro de 1959, Avenida da Boavista 271, 4051-209 Porto", TypeStreetAddress, "Avenida da Boavista 271, 4051-209 Porto", "year")
	wantValue(t, d, "Sofia Rodrigues, 16 de setembro de 1959, Avenida da Boavista 271, 4051-209 Porto", TypeDateOfBirth, "16 de setembro de 1959", "year")
	wantValue(t, d, "Rua Sete de Setembro 1120, Rio de Janeiro", TypeStreetAddress, "Rua Sete de Setembro 1120, Rio de Janeiro", "street named for a date")
	for _, text := range []string{
		"[1am] Customer: Charged twice today.",
		"[4pm] Customer: Veja a minha conta",
		"[12PM] Customer: Refund please",
	} {
		wantValue(t, d, text, TypePerson, "", text)
	}
	wantValue(t, d, "[4pm] Customer: Anna Berg here", TypePerson, "Anna Berg", "stamp")
	for _, c := range []struct{ text, phone string }{
		{"ethan.l78@proton.me/07809 431 970 - either is fine for the courier.", "07809 431 970"},
		{"Mail/telefoon: vanleeuwen.wouter@kpnmail.nl/0031 6 58843704", "0031 6 58843704"},
		{"Order ORD-1087060, tracking 9716 6832 0328, phone 030 78923974", "030 78923974"},
		{"61089 416 60 039 office", "416 60 039"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
	wantValue(t, d, "see example.com/2024/05 today", TypePhoneNumber, "", "path")
}

// TestLabelsAndPossessivesNameNoOne checks that plural role labels of a
// form ("Dependants:", "Passengers:") and the Italian "Mia" before a
// noun of kin ("Mia moglie") name no one, while the names after them and
// the given name Mia elsewhere stay.
func TestLabelsAndPossessivesNameNoOne(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "Passengers: Anna Berg", TypePerson, "Anna Berg", "passengers")
	require.Equal(t, []string{"Priya Prescott", "Ethan Delgado"}, valuesOf(t, d, "Dependants: Priya Prescott (Jun. 2, 1962), Ethan Delgado (05/05/1948)", TypePerson))
	require.Equal(t, []string{"Federica Marino", "Alessandro Ferraro"}, valuesOf(t, d, "Mia moglie Federica Marino e io, Alessandro Ferraro, abbiamo lo stesso problema.", TypePerson))
	wantValue(t, d, "Mia said the parcel never came.", TypePerson, "Mia", "Mia")
}

// TestAddressTailsProbeX checks the addresses of the 9th held-out-like
// set: a town without a comma before it when a comma, a state and a ZIP
// code follow; a ZIP+4 code after its state, which a phone word after it
// does not make a phone; a town in lower case that opens with "fort";
// and a reference's word before the number ("the account 66 ...") that
// a postcode after the street outweighs.
func TestAddressTailsProbeX(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"ship to 9498 Rosewood Trail Tacoma, WA 98431, thanks", "9498 Rosewood Trail Tacoma, WA 98431"},
		{"Our legal entity is at 2282 Wildflower Road Burlington, VT 05441-6438 but", "2282 Wildflower Road Burlington, VT 05441-6438"},
		{"ship to 5050 Willow Creek Street, Fort Collins, CO 80500-8779, tel. +49 172 16044293", "5050 Willow Creek Street, Fort Collins, CO 80500-8779"},
		{"he could not find 5529 redbud ct, fort collins, co 80520-5337.", "5529 redbud ct, fort collins, co 80520-5337"},
		{"address on the account 66 Rathgar Road, Dublin 6, D06 A3T5.", "66 Rathgar Road, Dublin 6, D06 A3T5"},
		{"address on the account 2223 Elgin St, Montréal, QC H4V 3M5.", "2223 Elgin St, Montréal, QC H4V 3M5"},
		// Look-alikes: a reference's number before a street and a town
		// with no postcode, a weekday before a state.
		{"ticket 4521 Main Street branch", ""},
		{"order 12 Main Street, Springfield", ""},
		{"meet at 12 Main St Thursday, CA 94103", "12 Main St"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
	wantValue(t, d, "ship to 5050 Willow Creek Street, Fort Collins, CO 80500-8779, tel. +49 172 16044293", TypePhoneNumber, "+49 172 16044293", "ZIP+4")
	wantValue(t, d, "call me on 80500-8779", TypePhoneNumber, "80500-8779", "no state")
	// The district, which the dependency's list of states lacks.
	wantValue(t, d, "send it to 12 Main St, Washington, DC 20001-1234, phone +1 202 555 0100", TypePhoneNumber, "+1 202 555 0100", "DC")
	wantValue(t, d, "he lives in fort collins", TypePerson, "", "fort")
}

// TestNamesProbeX checks the names of the 9th held-out-like set: roles
// before names the lists lack ("Cardholder Yewande Kuznetsova,"), before
// an initial ("Beneficiary Jakub J. van den Berg") and the roles and kin
// the lists lacked ("Neighbour", "Nachbarn"); the patronymic "ben"
// ("Youssef ben Salah", in any case); and words that name no one: a
// tool's job, time words after a role in lower case, "Apologies",
// "Buzzer".
func TestNamesProbeX(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"[10:51 pm] Customer: Cardholder Yewande Kuznetsova, number 4195 8863 0003 9723", "Yewande Kuznetsova"},
		{"Beneficiary Jakub J. van den Berg, IBAN NO8734963609674", "Jakub J. van den Berg"},
		{"Customer: Neighbour Ginevra Ricci at 8403 Thistle Way received my parcel", "Ginevra Ricci"},
		{"Bitte liefern Sie an meinen Nachbarn Bogdan Lewandowski, Uhlandstraße 105, 28126 Bremen.", "Bogdan Lewandowski"},
		{"My name is Youssef ben Salah", "Youssef ben Salah"},
		{"name: youssef ben salah, phone: 1 (224) 543-5317", "youssef ben salah"},
		{"Hallo, ik ben Anna de Vries", "Anna de Vries"},
		{"my name is anna weeks", "anna weeks"},
		{"Found AKIAAF25BXIVEW2QWX2J in an old Jenkins job, is it ok?", ""},
		{"but we deleted that user months ago.", ""},
		{"Apologies, the parcel is late.", ""},
		{"Buzzer is broken, please call instead.", ""},
		{"Patient Grace Period Ends", ""},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestNamesProbeY checks the names of a blind set of names from many
// cultures: a surname in capitals after a given name in mixed case
// ("Olena KUZNETSOVA,"), and the words of address before a name in
// Dutch and Italian ("Dag Ana Isabel,", "Gentile Ye-jin Oh,") or a
// German sign-off ("MfG Phuc Pham") that are no part of it.
func TestNamesProbeY(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Un cordiale saluto da Olena KUZNETSOVA, Via Dante 56", "Olena KUZNETSOVA"},
		{"My mother-in-law, Svetlana VOLKOVA, ordered it", "Svetlana VOLKOVA"},
		{"Bonjour, je suis Astrid GUÐMUNDSDÓTTIR, je vous écris", "Astrid GUÐMUNDSDÓTTIR"},
		{"Dag Ana Isabel, we hebben een nieuw pakket gestuurd.", "Ana Isabel"},
		{"Gentile Ye-jin Oh, abbiamo registrato il nuovo indirizzo.", "Ye-jin Oh"},
		{"Forse J. Lindqvist-Virtanen ha già restituito il pacco", "J. Lindqvist-Virtanen"},
		{"Marco Gentile called", "Marco Gentile"},
		// A word in capitals that goes on in prose, or a short one, is
		// no surname.
		{"Thanks Anna, WLAN kaputt", "Anna"},
		{"Thanks Anna OK", "Anna"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	require.Equal(t, []string{"Phuc Pham"}, valuesOf(t, d, "Die Ware geht zurück. MfG Phuc Pham", TypePerson))
}

// TestAddressPartsProbeY checks the parts of European, Irish and
// Australian addresses from the set of names and addresses: a flat's
// floor and door before the street ("Flat 4/3, 99 Orchard Way"), an
// Irish county ("Co. Kerry"), the country after the postcode with its
// article, as a code or in lower case, and an Italian province's code
// without brackets.
func TestAddressPartsProbeY(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"I live at Flat 4/3, 99 Orchard Way, Hove, Brighton, BN2 9HR and", "Flat 4/3, 99 Orchard Way, Hove, Brighton, BN2 9HR"},
		{"Lives at: Flat 3/1 137 Windsor Gardens Islington London N1 5TZ.", "Flat 3/1 137 Windsor Gardens Islington London N1 5TZ"},
		{"address 3 Mount Pleasant Square, Co. Louth, A91 PP8C — is that all correct?", "3 Mount Pleasant Square, Co. Louth, A91 PP8C"},
		{"who lives at 151 Grove Park, Tralee, Co. Kerry, V92 H7PX. She was", "151 Grove Park, Tralee, Co. Kerry, V92 H7PX"},
		{"Mijn adres is Molenweg 148, 6218 TC Maastricht, the Netherlands.", "Molenweg 148, 6218 TC Maastricht, the Netherlands"},
		{"a gift for her at 4075 E Meadow St, Austin, TX 78731, US; please", "4075 E Meadow St, Austin, TX 78731, US"},
		{"the address stays 101 hopkins cres, bondi nsw 2026, australia.", "101 hopkins cres, bondi nsw 2026, australia"},
		{"Ma nouvelle adresse : 59 ter rue de verdun, 06000 nice, fr.", "59 ter rue de verdun, 06000 nice, fr"},
		{"Via Roma 12, 40133 Bologna BO", "Via Roma 12, 40133 Bologna BO"},
		// A code that goes on in prose, a date after a unit's word.
		{"12 Main St, Springfield, IL 62704, it was sent", "12 Main St, Springfield, IL 62704"},
		{"278 Lygon Street, Brunswick VIC 3056, AUS to me", "278 Lygon Street, Brunswick VIC 3056"},
		{"Is it 12 Main St, Springfield, IL 62704, no.", "12 Main St, Springfield, IL 62704"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
	wantValue(t, d, "Flat 4/3/2024 was when I moved", TypeStreetAddress, "", "date")
}

// TestValuesProbeXSecondPass checks the rest of the 9th held-out-like
// set: a name in lower case after "the name on it is" in a text with
// capitals, a phone a code is sent to or a text comes from, and an SSN
// that closes a record after the name and the date of birth.
func TestValuesProbeXSecondPass(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"> i sent my id scan on 02.10.2019, the name on it is davide esposito and the dob is March 4, 1995.", "davide esposito"},
		{"The name on the card is anna berg, right?", "anna berg"},
		{"Her name is maria lopez. OK", "maria lopez"},
		{"The file name is report final. OK", ""},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	for _, c := range []struct{ text, phone string }{
		{"[3:26 pm] Agent: I've sent a verification code to 0511 2027262, it's valid for 10 minutes.", "0511 2027262"},
		{"I got a phishing text from 0511 2027262 pretending to be you.", "0511 2027262"},
		{"the text says 12345678 is the code", ""},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
	for _, c := range []struct{ text, ssn string }{
		{"Larissa Marta Nogueira, 12/25/1967, 886356215 — that's everything the form asked for", "886356215"},
		{"Larissa Nogueira, 12/25/1967, 886356215.", "886356215"},
		// No name before the date, or prose after the number.
		{"DOB 12/25/1967, 886356215.", ""},
		{"Larissa Nogueira, 12/25/1967, 886356215 is my order", ""},
	} {
		wantValue(t, d, c.text, TypeUSSSN, c.ssn, c.text)
	}
}

// TestReviewAAandProbeAB checks the cases of a reviewer's set against
// the rules of this sitting (AA) and of the 10th held-out-like set (AB).
func TestReviewAAandProbeAB(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		// A month's name beyond ASCII in a record or after a star.
		{"Kontoinhaberin: Ingrid Schäfer (* 23. März 1948), Lindenallee 14, 50968 Köln.", "23. März 1948"},
		{"Anna Roux, 3 février 1948, +33 6 12 34 56 78", "3 février 1948"},
		// "and" to an SSN or its word, with what follows them.
		{"user> 22.11.1990 and 601-33-4829 as requested by your colleague.", "22.11.1990"},
		{"Agent: Please confirm 347-02-5518 and 02/29/1988 match the application.", "02/29/1988"},
		{"Thanks, I've matched 05/23/1949 and the last four of your SSN.", "05/23/1949"},
		{"The order of 05/23/2009 and your SSN", ""},
		{"05/23/1949 and your SSN, then the account opened", ""},
		{"the letter of 01/19/1979 and 426-78-3838 arrived", ""},
		{"Customer: DOB September 16, 1959, Avenida da Liberdade 245, 1250-142 Lisboa is where the card should go.", "September 16, 1959"},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
	require.Equal(t, []string{"1990-02-11", "1990-11-02"}, valuesOf(t, d, "born 1990-02-11 oops I mean 1990-11-02, sorry", TypeDateOfBirth))
	wantValue(t, d, "Customer: DOB September 16, 1959, Avenida da Liberdade 245, 1250-142 Lisboa is where the card should go.", TypeStreetAddress, "Avenida da Liberdade 245, 1250-142 Lisboa", "year")
	wantValue(t, d, "Invoice dated September 16, 2024, Avenue Road office, £120.00.", TypeStreetAddress, "", "invoice")

	for _, c := range []struct{ text, name string }{
		{"user> I logged into Morgan with my work account.", ""},
		{"The pipeline runs in Travis and reports via Slack.", ""},
		{"I spoke with Travis yesterday", "Travis"},
		{"Customer: Mia madre non riesce ad accedere.", ""},
		{"user> Mia carta è stata bloccata il 03/02/2025.", ""},
		{"Mia has two accounts", "Mia"},
		{"Nome Rui Fernandes, data de nascimento 2 de janeiro de 1974", "Rui Fernandes"},
		{"Empfänger Jürgen Krause, DE82370400440532013999.", "Jürgen Krause"},
		{"Applicant Qiao van der Berg, DOB November 19, 1969", "Qiao van der Berg"},
		{"Dados: Mariana Costa, nascida em 16 de setembro de 1959", "Mariana Costa"},
		{"Goedendag, ik ben Lotte Jansen en ik ben klant", "Lotte Jansen"},
		{"> Hei, Xavier Kang here — sorry, Norwegian keyboard", "Xavier Kang"},
		{"user> _Chloé Marchand_, _03.06.1991_, _+33 6 41 22 87 90_", "Chloé Marchand"},
		{"Name: __Declan H. Pemberton__ | SSN: __072-72-6703__", "Declan H. Pemberton"},
		{"user_Anna_Berg is the login", ""},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	require.Equal(t, []string{"Jonas Weber", "Lea Weber"}, valuesOf(t, d, "Mitreisende: Jonas Weber, Lea Weber.", TypePerson))

	for _, c := range []struct{ text, phone string }{
		{"Pedido 4412 9031, teléfono 612 448 901.", "612 448 901"},
		{"IBAN: NL32 EQKY 0605 - 4982 99, Telefon, +44 7039 399282.", "+44 7039 399282"},
		{"Kundennummer 12345678, Telefon, +44 7039 399282.", "+44 7039 399282"},
		{"Order 4412 9031, phone broken on arrival", ""},
		{"0171 2345678 Telefon", "0171 2345678"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
}

// TestAWSSecretKeyWithoutSigns checks that forty bytes of base64 with no
// word beside them are an AWS secret key when they hold neither '/' nor
// '+' but read as random (three classes, three digits or more, no run of
// six small letters), or open with a '/' and hold a '+'; words run
// together, digests and paths stay none.
func TestAWSSecretKeyWithoutSigns(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, key string }{
		{"I've redacted rxOuKHazkcyHL3YzMGBfN1jraRbj1lcDyTcYWaHl from the transcript, but rotate it anyway.", "rxOuKHazkcyHL3YzMGBfN1jraRbj1lcDyTcYWaHl"},
		{"[4:29 PM] Agent: I've redacted /Dlcz8jf+8I8XI9t9M89wHz+e7EhTVo+KcKhtRPU from the transcript", "/Dlcz8jf+8I8XI9t9M89wHz+e7EhTVo+KcKhtRPU"},
		{"ThisIsMyVeryLongCamelCaseIdentifierName1 is the class", ""},
		{"commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b fixed it", ""},
		{"see exports/2024/March/Region7/Batch12/Final", ""},
		{"the build id is ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij1234", ""},
	} {
		wantValue(t, d, c.text, TypeAWSSecretKey, c.key, c.text)
	}
}

// TestBrandsNamedAfterPeople checks that brands of clothes, drinks,
// cookware and football clubs that read as people's names are firms, not
// people, while a name before them stays a person.
func TestBrandsNamedAfterPeople(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"my Paris Saint-Germain shirt never came",
		"the Marc O'Polo jacket is torn",
		"Johnnie Walker bottle arrived broken",
		"I ordered a Jack Wolfskin jacket and Tommy Jeans",
		"Real Madrid scarf, order ORD-1234567",
	} {
		wantValue(t, d, text, TypePerson, "", text)
	}
	wantValue(t, d, "Anna Berg ordered the Marc O'Polo jacket", TypePerson, "Anna Berg", "buyer")
}

// TestProbeADValues checks the 11th held-out-like set's cases: a date of
// birth in brackets after a self-introduction, "Per" ("according to")
// before a name, a gerund that a sentence is about, and "Pic".
func TestProbeADValues(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "[8:40 AM] Agent: I'm Joseph Moore (25 October 1950); SSN 874-29-2055.", TypeDateOfBirth, "25 October 1950", "self")
	wantValue(t, d, "I met Joseph Moore (25 October 2019) at the store", TypeDateOfBirth, "", "met")
	for _, c := range []struct{ text, name string }{
		{"Per Lorenzo Wójcik, AKIAWS5R4ZNIZABXDTCX has been rotated as of 06/15/2020.", "Lorenzo Wójcik"},
		{"Per Andersson called me", "Per Andersson"},
		{"Agent: Hi, Mateo García here. Texting is easiest: +33 4 63 57 64 35.", "Mateo García"},
		{"Pic of the error attached, login anna@example.com", ""},
		{"Zorvik is away", "Zorvik"},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestProbeACMultilingual checks the multilingual imitation of the
// corpus (AC): the openers of sentences in the other languages that name
// no one ("Mist,", "Oups,", "Ops,", "Oeps,", "Oké,"), "Stati Uniti" as a
// country, and a German mobile with its area code after a slash listed
// after an e-mail address.
func TestProbeACMultilingual(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Mist, ich habe aus Versehen unseren Access Key in den Chat kopiert.",
		"Oups, j'ai collé notre clé d'accès dans le chat par erreur.",
		"Ops, ho incollato per sbaglio la nostra access key in chat.",
		"Oeps, ik heb per ongeluk onze access key in de chat geplakt.",
		"Oké, dan wacht ik de bevestigingsmail af.",
		"Ho lavorato negli Stati Uniti e nel profilo compare ancora il mio SSN.",
		"Ricapitolo: ordine spedito ieri.",
		"Zugang für euren Techniker: Key-ID AKIAAM26GEJIDGINEGDY, bitte löschen.",
		"Ich würde künftig lieber per SEPA-Lastschrift zahlen.",
		"D'accord, j'attends le mail de confirmation.",
	} {
		wantValue(t, d, text, TypePerson, "", text)
	}
	wantValue(t, d, "Meine Daten: Dörte Ziegler, geboren 25.11.1970, jj@praxis.de, 0173/34171165. Warum?", TypePhoneNumber, "0173/34171165", "slash")
	wantValue(t, d, "ana@example.com, 03/2021", TypePhoneNumber, "", "month")
}

// TestReviewAE checks the cases of a second reviewer's set against the
// later rules of the sitting (AE).
func TestReviewAE(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"Customer: I'm Joseph Moore (25 October 1950) and I can't log in.", "25 October 1950"},
		{"Hi, I'm Amara Okafor (03/07/1962), the account is under amara.okafor@mailbox.org.", "03/07/1962"},
		{"Client : Je suis Camille Girard (2 juin 1990), mon colis est perdu.", "2 juin 1990"},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
	for _, c := range []struct{ text, phone string }{
		{"Dados: Rui Fernandes, telefone 912 345 678, Rua Augusta 120, 1100-053 Lisboa.", "912 345 678"},
		{"Klant: 0612345678 mobiel, bel na 17:00.", "0612345678"},
		{"Cliente: Ticket 4412 9031, teléfono no disponible.", ""},
		{"Kunde: tobias.k@posteo.de, 0157/71234567 (WhatsApp)", "0157/71234567"},
		{"Build 12345678 = portable edition", ""},
		{"03/435.17.36 = portable à modifier svp", "03/435.17.36"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, c.text)
	}
	wantValue(t, d, "Dados: Rui Fernandes, telefone 912 345 678, Rua Augusta 120, 1100-053 Lisboa.", TypeStreetAddress, "Rua Augusta 120, 1100-053 Lisboa", "phone's last group")
	wantValue(t, d, "flat 9 104 kingsley avenue, leeds ls6 2aa", TypeStreetAddress, "flat 9 104 kingsley avenue, leeds ls6 2aa", "unit and house")
	wantValue(t, d, "user> the stack trace ends in AddUserToGroupV2IfNotInOrgAndSendMail123 (line 88)", TypeAWSSecretKey, "", "camel case")
	for _, c := range []struct{ text, name string }{
		{"Bénéficiaire Camille Girard, IBAN FR14 2004 1010 0505 0001 3M02 606", "Camille Girard"},
		{"Nome Completo: Beatriz Almeida", "Beatriz Almeida"},
		{"Kunde: info@kanzlei-weber.de, 0151/23456789, Mo bis Fr erreichbar.", ""},
		{"Praxis: empfang@zahnarzt-mueller.de, 030/12345678", ""},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
}

// TestCatalanAndCapsSurnames checks two names of the set of many
// cultures: the Catalan "i" between two surnames joins them after a
// given name and a surname ("Santiago Iglesias i Castillo"), not two
// given names ("Anna i Tom" are two people); and a surname in capitals
// after a given name in capitals that "here" confirms.
func TestCatalanAndCapsSurnames(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, name string }{
		{"Cheers, Santiago Iglesias i Castillo", "Santiago Iglesias i Castillo"},
		{"Hey, it's Inmaculada Ferrer i Domínguez, the box arrived empty", "Inmaculada Ferrer i Domínguez"},
		{"Hello, FRIEDERIKE HOFFMANN-KÜHN here. On Tuesday the driver came.", "FRIEDERIKE HOFFMANN-KÜHN"},
		{"I moved to Canada I think", ""},
	} {
		wantValue(t, d, c.text, TypePerson, c.name, c.text)
	}
	require.NotContains(t, valuesOf(t, d, "Anna i Tom han comprat", TypePerson), "Anna i Tom")
}

// TestIndianFlatBeforeBuilding checks that a block's letter and a flat's
// number before a building's name and the locality open an address, as
// India writes it, and that the code before words that name no building
// does not.
func TestIndianFlatBeforeBuilding(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"the box arrived crushed at D-539 Sunrise Apartments, Andheri West, Mumbai 400058, photos attached", "D-539 Sunrise Apartments, Andheri West, Mumbai 400058"},
		{"B-204, Sector 18, Noida 201301", "B-204, Sector 18, Noida 201301"},
		{"plan B-12 Lotus Towers, is it ok", ""},
		{"model X-200 Pro Max, Mumbai store", ""},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
}

// TestUSTownsAfterBoxes checks that US towns the lists held as given
// names or not at all are towns after a post-office box ("PO Box 38122,
// Cheyenne needs a signature", "PO Box 50048, Tacoma").
func TestUSTownsAfterBoxes(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, addr string }{
		{"The delivery for PO Box 38122, Cheyenne needs a signature from Omar N. Nasser.", "PO Box 38122, Cheyenne"},
		{"Send it to PO Box 50048, Tacoma please", "PO Box 50048, Tacoma"},
		{"Updating the account at PO Box 47681, Provo: phone below", "PO Box 47681, Provo"},
	} {
		wantValue(t, d, c.text, TypeStreetAddress, c.addr, c.text)
	}
	wantValue(t, d, "The delivery for PO Box 38122, Cheyenne needs a signature from Omar N. Nasser.", TypePerson, "Omar N. Nasser", "signer")
	wantValue(t, d, "paid with wells fargo", TypeLocation, "", "bank")
}

// TestBareHostsOfMoreTLDs checks that a link without a scheme on a
// top-level domain of a kind of body (".coop", ".museum", ".travel") is
// a link.
func TestBareHostsOfMoreTLDs(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "The invoice link my.tidewater.coop/invoices/2023/INV-22265.pdf asks me to log in", TypeURL, "my.tidewater.coop/invoices/2023/INV-22265.pdf", "coop")
	wantValue(t, d, "book at tickets.louvre.museum/visit today", TypeURL, "tickets.louvre.museum/visit", "museum")
}

// TestBornAbbrevAndBullets checks the 12th held-out-like set's dates of
// birth: English's "b." for "born" after a bracket or a comma, and a
// record's items parted by bullets or middle dots.
func TestBornAbbrevAndBullets(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"Customer: Hi, Tama Walker here (b. 12 August 1960), SSN 748-46-6256", "12 August 1960"},
		{"Anna Berg, b. 1960-08-12, lives in Leeds", "1960-08-12"},
		{"user> Oksana Ó Briain • 1952-10-14 • 720-775-8119", "1952-10-14"},
		{"user> Zeynep Bakker · 09.11.1977 · +61 424 638 923", "09.11.1977"},
		{"Plan B. 12 August 2020", ""},
		{"see (b. 2020-01-01) order", ""},
		{"Order • 2021-03-04 • shipped", ""},
		// The dashes beyond ASCII join a record's items as " - " does.
		{"Anna Berg — 12/03/1985 — +44 20 7946 0123", "12/03/1985"},
		{"Anna Berg – 12/03/1985 – anna@example.com", "12/03/1985"},
		{"Update — 12/03/1985 — order shipped", ""},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, c.text)
	}
}
