package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGermanVerbAfterPasswortOfSession80: German puts the verb last, so
// a lower-case infinitive or participle right after "Passwort" or
// "Kennwort" before a question's '?' is what is done to the password,
// not the password; a password of other shapes there stays one.
func TestGermanVerbAfterPasswortOfSession80(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"kannst du mir das Passwort schicken?": nil,
		"Kennwort geändert?":                   nil,
		"könnt ihr das passwort senden?":       nil,
		"mein Passwort hallo123?":              {"hallo123?"},
		"das Passwort lautet Sommer2024!":      {"Sommer2024!"},
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypePassword), text)
	}
}

// TestStopSurnameAfterTitleOfSession80: a surname the lists know that
// is also a stop word ("Price") is the surname right after a courtesy
// title; without the title it stays a word.
func TestStopSurnameAfterTitleOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"Price"}, valuesOf(t, d, "Agent: Mr Price, please use the secure form next time.", TypePerson))
	assert.Equal(t, []string{"Price"}, valuesOf(t, d, "Dear Mrs. Price, your refund is on its way.", TypePerson))
	assert.Empty(t, valuesOf(t, d, "Price, please check the invoice.", TypePerson))
	assert.Empty(t, valuesOf(t, d, "what is the Price of the premium plan?", TypePerson))
}

// TestTwoParticlesBeforeGivenNameOfSession80: after two particles the
// next word is the surname even when it is a given name too ("van der
// Walt"), with the first particle in lower case or capitalised; a
// town's office after one particle stays out.
func TestTwoParticlesBeforeGivenNameOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"Anna van der Walt"}, valuesOf(t, d, "hello this is Anna van der Walt", TypePerson))
	assert.Equal(t, []string{"Beatrix Van der Walt"}, valuesOf(t, d, "Hello this is Mrs. Beatrix Van der Walt, I cannot log in", TypePerson))
	assert.Equal(t, []string{"Consuelo Ibáñez de la Rosa"}, valuesOf(t, d, "escribo en nombre de mi madre, Consuelo Ibáñez de la Rosa, que no se aclara", TypePerson))
	assert.Equal(t, []string{"Lotte"}, valuesOf(t, d, "ik ben Lotte van de Gemeente", TypePerson))
}

// TestHinglishKinAndThanksOfSession80: Hindi's brother, sister and
// friend before a name in lower case, and Urdu's thanks before a name,
// are no part of the name.
func TestHinglishKinAndThanksOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"vikram"}, valuesOf(t, d, "mere dost vikram ka number 7042918365 hai", TypePerson))
	assert.Equal(t, []string{"rahul"}, valuesOf(t, d, "mere bhai rahul ka number", TypePerson))
	assert.Equal(t, []string{"Farhan"}, valuesOf(t, d, "Agent: JazakAllah Farhan sahib, your complaint is registered.", TypePerson))
}

// TestSpokenPausesPlusAndFillersOfSession80: in numbers read out in
// words, a comma, an ellipsis or a filler ("uh") where the speaker
// paused parts the digits' groups as a writer's spaces do, "plus" before
// the first digit is a phone's '+', and a speaker who pauses after
// every digit groups nothing; prose's "plus" and fillers make no number.
func TestSpokenPausesPlusAndFillersOfSession80(t *testing.T) {
	for _, c := range []struct{ in, view string }{
		{"my number is nine one seven, uh, five five five, uh, oh two oh six", "my number is 917 555 0206"},
		{"you can reach me on plus four four seven nine one one two three four five six seven", "you can reach me on +447911234567"},
		{"amex three seven seven three ... eight two four five seven seven ... nine nine three one seven", "amex 3773 824577 99317"},
		{"it's six one seven, eight, six, seven, five, three, oh, nine", "it's 6178675309"},
		{"two plus two is four, uh, I think", "two plus two is four, uh, I think"},
	} {
		view, _ := spokenNumbers(c.in)
		assert.Equal(t, c.view, view, c.in)
	}
	d := defaultDetector(t)
	assert.Equal(t, []string{"nine one seven, uh, five five five, uh, oh two oh six"}, valuesOf(t, d, "Caller: my number is nine one seven, uh, five five five, uh, oh two oh six", TypePhoneNumber))
	assert.Equal(t, []string{"seven one eight, five five five, zero one nine three"}, valuesOf(t, d, "Agent: and just to confirm that was seven one eight, five five five, zero one nine three correct", TypePhoneNumber))
	assert.Equal(t, []string{"plus four four seven nine one one two three four five six seven"}, valuesOf(t, d, "Caller: you can reach me on plus four four seven nine one one two three four five six seven", TypePhoneNumber))
	assert.Equal(t, []string{"four eight five eight uh nine seven nine three uh four one two eight uh six one two eight"}, valuesOf(t, d, "Caller: its four eight five eight uh nine seven nine three uh four one two eight uh six one two eight and it expires", TypeCreditCard))
}

// TestSpokenAddressPartsOfSession80: a spelled e-mail address whose
// local part ends in a number read out in words, starts with an initial
// said apart, or whose host's label is said as two or three words; prose
// around "at" stays no address.
func TestSpokenAddressPartsOfSession80(t *testing.T) {
	d := defaultDetector(t)
	for text, want := range map[string][]string{
		"Caller: the email is jenna dot doyle eighty four at gmail dot com":    {"jenna dot doyle eighty four at gmail dot com"},
		"and the email is r vasquez eighty one at gmail dot com":               {"r vasquez eighty one at gmail dot com"},
		"Agent: i have the email on file as b dot tran at proton mail dot com": {"b dot tran at proton mail dot com"},
		"Caller: hamish dot barrow at b t internet dot com, with two r's":      {"hamish dot barrow at b t internet dot com"},
		"my email is ben at the office dot com":                                nil,
		"change the email to o brandt all one word at g mail dot com":          nil,
		"it is a smith at gmail dot com":                                       nil,
		"look at the new site dot com":                                         nil,
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypeEmailAddress), text)
	}
}

// TestPaymentTestCardsOfSession80: Stripe's published test cards
// ("4242 4242 4242 4242", "4000 0000 0000 0002") are no one's card; a
// real card beside them, and the older test numbers Presidio's vectors
// count as cards, stay cards.
func TestPaymentTestCardsOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Empty(t, valuesOf(t, d, "Agent: For sandbox use 4242 4242 4242 4242 with any future expiry and any CVC.", TypeCreditCard))
	assert.Empty(t, valuesOf(t, d, "in staging 4000 0000 0000 0002 always declines, is that expected?", TypeCreditCard))
	assert.Equal(t, []string{"5525 2545 1961 7656"}, valuesOf(t, d, "testovali jsme kartou 4242 4242 4242 4242, pak ostrou 5525 2545 1961 7656", TypeCreditCard))
	assert.Equal(t, []string{"4111111111111111"}, valuesOf(t, d, "card 4111111111111111", TypeCreditCard))
}

// TestNameColumnsOfSession80: a table whose header names a column of
// people's names ("first", "last_name", "Nom", "Prénom", "Vorname")
// makes the name-like cells of that column persons, after a speaker's
// label too; a markdown row of a field and its value is no header, a
// column's empty words and other columns' cells stay out, and a bare
// "name" beside no person's column names products.
func TestNameColumnsOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"Grace", "Oduya"}, valuesOf(t, d, "Customer: employee_id,first,last,email,phone\n7781,Grace,Oduya,grace.oduya@lumenfield.org,614-361-5563", TypePerson))
	assert.Equal(t, []string{"Dubois", "Marie"}, valuesOf(t, d, "| Nom | Prénom | Tél |\n|---|---|---|\n| Dubois | Marie | 06 12 34 56 78 |", TypePerson))
	assert.Equal(t, []string{"Hübner", "Jens"}, valuesOf(t, d, "Name;Vorname;IBAN;Betrag\nHübner;Jens;DE89370400440532013000;120,00", TypePerson))
	assert.Empty(t, valuesOf(t, d, "first_name,last_name,plan\nnull,n/a,Gold", TypePerson))
	// A bare "name" is a person's only beside a person's column.
	assert.Empty(t, valuesOf(t, d, "sku,name,price\nA-1,Blue Mug,9.99\nA-2,Red Cup,4.50", TypePerson))
	assert.Equal(t, []string{"Grace Oduya"}, valuesOf(t, d, "id,name,email\n1,Grace Oduya,g@o.org", TypePerson))
	assert.Equal(t, []string{"Anneke van der Berg"}, valuesOf(t, d, "| Field | Value |\n|---|---|\n| Full name | Anneke van der Berg |\n| Email | a@b.nl |\n| Mobile | +31 6 4172 9058 |\n| Order | NL-448102 |", TypePerson))
}

// TestVersionPhrasesOfSession80: a dotted number after "rolled back
// to", after "the latest is" (and Dutch "de nieuwste is"), or after a
// screen's "says" four words after "build", is a version; an address
// after a server's or an address's noun stays one.
func TestVersionPhrasesOfSession80(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"firmware 4.12.1.88 bricked my router, rolled back to 4.11.9.2 and it works",
		"the build number in settings says 2.0.15.3 is that the latest",
		"Agent: Nee, de nieuwste is 2.1.3.12, die wordt automatisch uitgerold.",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypeIPAddress), text)
	}
	assert.Equal(t, []string{"10.0.0.5"}, valuesOf(t, d, "the server says 10.0.0.5 is down", TypeIPAddress))
	assert.Equal(t, []string{"192.168.1.1"}, valuesOf(t, d, "switched back to 192.168.1.1", TypeIPAddress))
	assert.Equal(t, []string{"10.0.0.5"}, valuesOf(t, d, "the build server is 10.0.0.5", TypeIPAddress))
}

// TestItalianSuBeforeUserOfSession80: Italian "su" (on) says where a
// user name is for, as "sul" and "nella" do.
func TestItalianSuBeforeUserOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"zio_tony_74"}, valuesOf(t, d, "il mio username su forum è zio_tony_74 e la pw Pizza4stagioni!", TypeUsername))
	assert.Equal(t, []string{"Gatto2024!"}, valuesOf(t, d, "la password su amazon è Gatto2024!", TypePassword))
}

// TestRecordDatesNearBirthWordOfSession80: the record readings of a
// date of birth (a name and an old date, a child's date in brackets)
// hold when a birth word stands near without naming the date itself, as
// a list's label; a later date that no record reading takes stays out.
func TestRecordDatesNearBirthWordOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"27-02-1991", "11-09-1989", "02-05-2019"}, valuesOf(t, d, "user> ok. Names + DOB: Ilse Vermeulen 27-02-1991, Joost Vermeulen 11-09-1989, Fenna Vermeulen 02-05-2019", TypeDateOfBirth))
	assert.Equal(t, []string{"11/02/1989", "07/07/2016", "25/12/2019"}, valuesOf(t, d, "Wife Meera Patel dob 11/02/1989, NHS 4010232137. Kids Rohan (07/07/2016) and Anaya (25/12/2019).", TypeDateOfBirth))
	assert.Equal(t, []string{"12-03-1985"}, valuesOf(t, d, "My DOB is 12-03-1985, order shipped 14-03-2024", TypeDateOfBirth))
}

// TestKinIsNameOfSession80: a kin's noun and a verb of being before a
// given name that is a word or a month too ("my husband is Nick", "my
// son is Will") name the kin; a date after it does not.
func TestKinIsNameOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"Olivia Harrington-Smythe", "Nick"}, valuesOf(t, d, "hi there, my name is Olivia Harrington-Smythe and my husband is Nick, we both need the joint account closed", TypePerson))
	assert.Equal(t, []string{"Will"}, valuesOf(t, d, "my son is Will and he needs his own sim", TypePerson))
	assert.Empty(t, valuesOf(t, d, "my son is June 5th on the form", TypePerson))
	assert.Empty(t, valuesOf(t, d, "the answer is Will", TypePerson))
}

// TestSpacedRecordPhoneOfSession80: a valid national number between
// single spaces, a name right before it and an e-mail address right
// after, is the record's phone; without the name, or with a word
// between it and the address, it needs its word.
func TestSpacedRecordPhoneOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"3477729104"}, valuesOf(t, d, "> Roberta Lombardi 3477729104 roby.lombardi@yahoo.it", TypePhoneNumber))
	assert.Empty(t, valuesOf(t, d, "order 3477729104 roby.lombardi@yahoo.it", TypePhoneNumber))
	assert.Empty(t, valuesOf(t, d, "Roberta Lombardi 3477729104 orders, see roby.lombardi@yahoo.it", TypePhoneNumber))
}

// TestPluralKinBeforeNamesOfSession80: a plural kin's noun ("kids",
// "grandkids", "twins") after a possessive names the first of the
// children after it, and their dates in brackets are their dates of
// birth.
func TestPluralKinBeforeNamesOfSession80(t *testing.T) {
	d := defaultDetector(t)
	text := "Hiya. Our grandkids Ruby (04/02/2016) and Alfie (19/11/2018) are coming for half term"
	assert.Equal(t, []string{"Ruby", "Alfie"}, valuesOf(t, d, text, TypePerson))
	assert.Equal(t, []string{"04/02/2016", "19/11/2018"}, valuesOf(t, d, text, TypeDateOfBirth))
	assert.Equal(t, []string{"Zara"}, valuesOf(t, d, "Hi, enrolling my twins Zara and", TypePerson))
	assert.Empty(t, valuesOf(t, d, "the kids Summer camp starts 04/07/2016", TypeDateOfBirth))
}

// TestSubjectLabelsAndGreeklishNameOfSession80: a mail's subject label
// in French, Polish and Finnish names no one, and Greeklish "my name
// is" is no part of the name after it.
func TestSubjectLabelsAndGreeklishNameOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Empty(t, valuesOf(t, d, "Objet: réclamation facture", TypePerson))
	assert.Empty(t, valuesOf(t, d, "Temat: zwrot towaru", TypePerson))
	assert.Equal(t, []string{"Panagiotis Kyriakou"}, valuesOf(t, d, "> Kalimera! Onomazomai Panagiotis Kyriakou, AFM 049961497", TypePerson))
}

// session80Seeds are FuzzDetect's seeds for the readers session 80
// added or changed: spoken runs with pauses, fillers and "plus", spoken
// addresses' parts, tables' columns of names and their edges, kin
// before names, versions' phrases, test cards.
var session80Seeds = []string{
	"nine one seven, uh, five five five, uh, oh two oh six",
	"plus four four seven nine one one two",
	"plus",
	"three ... eight two ... nine",
	"six one seven, eight, six, seven, five, three, oh, nine",
	"uh, um, er",
	"jenna dot doyle eighty four at gmail dot com",
	"r vasquez eighty one at g mail dot com",
	"b dot tran at proton mail dot com",
	"at at at dot com",
	"employee_id,first,last,email\n7781,Grace,Oduya,g@o.org",
	"Customer: id,first,last\n1,,\n",
	"| Nom | Prénom | Tél |\n|---|---|---|\n| Dubois | Marie | 06 |",
	"first,last,x\n\"a,b\",c,d",
	",,\n,,",
	"Name;Vorname;IBAN\nHübner;Jens;DE89",
	"my husband is Nick",
	"is Will",
	"Our grandkids Ruby (04/02/2016) and Alfie (19/11/2018)",
	"rolled back to 4.11.9.2",
	"the latest is 2.1.3.12",
	"4242 4242 4242 4242",
	"4000 0000 0000 0002",
	"Mrs Price",
	"Anna van der Walt",
	"kannst du das Passwort schicken?",
	"Roberta Lombardi 3477729104 roby.lombardi@yahoo.it",
	"Names + DOB: Ilse Vermeulen 27-02-1991, Joost Vermeulen 11-09-1989",
}

// TestTurkishBenBeforeNameOfSession80: Turkish "Ben" (I), capitalised
// before a given name and a surname, is no part of the name; the
// English given name before a surname alone stays in it.
func TestTurkishBenBeforeNameOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"Yusuf Karataş"}, valuesOf(t, d, "Customer: Ben Yusuf Karataş, TR470001008781883667806422 hesabıma iade yapın", TypePerson))
	assert.Equal(t, []string{"Ayşe Karaca"}, valuesOf(t, d, "Ben Ayşe Karaca, TC kimlik numaram 22212919468.", TypePerson))
	assert.Equal(t, []string{"Ben Smith"}, valuesOf(t, d, "Ben Smith called about the order", TypePerson))
}

// TestTurkishUserNameOfSession80: Turkish "kullanıcı adı" and
// "kullanıcı adım" (my user name) name the login after them; the words
// in a sentence without one name nothing.
func TestTurkishUserNameOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"mehmet_oz87"}, valuesOf(t, d, "Customer: kullanıcı adım mehmet_oz87 şifrem Galata1905! girmiyor", TypeUsername))
	assert.Equal(t, []string{"sinankeskin1979"}, valuesOf(t, d, "Kullanıcı adı: sinankeskin1979 / e-posta: sinan.keskin@hotmail.com", TypeUsername))
	assert.Empty(t, valuesOf(t, d, "kullanıcı adı yanlış diyor", TypeUsername))
}

// TestUserWordPlaceBeforeVerbOfSession80: "here", "there" and
// Portuguese "dele" (his) between a user name's word and the verb of
// being ("my username here is kaiwhale", "login dele é ..."); a word of
// prose after the verb stays none.
func TestUserWordPlaceBeforeVerbOfSession80(t *testing.T) {
	d := defaultDetector(t)
	assert.Equal(t, []string{"kaiwhale"}, valuesOf(t, d, "hey it's kai from the discord, my username here is kaiwhale", TypeUsername))
	assert.Equal(t, []string{"mumof2_leeds"}, valuesOf(t, d, "my handle there is mumof2_leeds, he keeps posting", TypeUsername))
	assert.Equal(t, []string{"tonho.moraes1954"}, valuesOf(t, d, "login dele é tonho.moraes1954 e a senha ele deixou anotada", TypeUsername))
	assert.Empty(t, valuesOf(t, d, "the username here is wrong", TypeUsername))
}

// TestLineBreakAnswerPerTextOfSession80: the pooled state's answer to
// whether a text holds a line break (multiLine, which detect asks
// before finish to read tables' name columns) belongs to one text: reset
// forgets the last text's.
func TestLineBreakAnswerPerTextOfSession80(t *testing.T) {
	d := defaultDetector(t)
	s := d.pool.Get().(*state)
	defer d.pool.Put(s)
	s.reset("one line")
	assert.False(t, s.multiLine())
	s.reset("id,first,last\n1,Grace,Oduya")
	assert.True(t, s.multiLine())
	s.reset("one line again")
	assert.False(t, s.multiLine())
}
