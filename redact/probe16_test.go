package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The twelfth probe round: the names of settings, menus, pages and plans
// that a support chat capitalises as the screen does.

// probe16NoNames must give no finding of a name, a place, an address or
// an age at the default threshold.
var probe16NoNames = []string{
	"Go to Settings > Privacy and turn on Safe Mode.",
	"I enabled Parental Controls but Dark Mode is gone.",
	"Open Order History and click Track Package.",
	"The Smart Home Hub keeps disconnecting.",
	"Turn off Low Power Mode and try again.",
	"Is Guest Mode available on the Basic Plan?",
	"The Setup Wizard froze at step three.",
	"The Auto Renew toggle is greyed out.",
	"Airplane Mode fixed it, thanks.",
	"Open Disk Utility and run First Aid.",
	"Switch to Focus Mode before the meeting.",
	"I bought the Annual Pass last week.",
	"My Reward Points vanished after the update.",
	"Please open Device Manager and check the drivers.",
	"I have 3 Devices On the family plan, can I add a 4th?",
	// A word that confirms a person after the run does not after an
	// article before words that are no given name.
	"The Quick Start Guide says to hold the button.",
	"A Quick Start Guide says so.",
	// The age of a thing a sentence names before it is no person's age.
	"My laptop is 3 years old and the battery is dead",
	"The account is 10 years old, surely I get a discount",
	"My router is about 5 years old",
	"it's 5 years old",
	"My laptop's 3 years old",
	"my TV is 6 years old",
	"my truck is 5 years old",
	// After a speaker's label, a given name that is also a word before
	// a capitalised word that is no name names a thing.
	"Customer: Royal Mail says it was delivered but I have nothing",
	"Customer: Bill Payment failed again",
	"Customer: Hope Team is fine",
	// A department signs after a sign-off as under one.
	"Thanks, Logistics",
	"Best regards, Guest Relations",
	"Thanks, Payroll",
	"Got it, Payroll!",
	// Holidays date a delivery as a month does.
	"Will it arrive before Kwanzaa?",
	"Is the shop closed over Passover?",
	// Carriers and services are no people, whatever they say.
	"Customer: FedEx says label created",
	"Customer: Sentry says: KeyError",
	"Ticketmaster says my tickets moved",
	// A name before a street's or a place's noun names the street or
	// the place.
	"Customer: Victoria Street store, London",
	"Customer: Victoria Station pickup point",
	"Victoria Station pickup point",
	// The words of pasted errors.
	"Customer: Fatal error: Uncaught PDOException: SQLSTATE",
	"Customer: javax.mail.SendFailedException: Invalid Addresses; nested",
	"my password is Invalid",
	"the checkout says the Card is Invalid.",
}

// probe16Ages must still be found as ages.
var probe16Ages = []string{
	// (The review of the round: a person's noun the lists lack is no
	// thing.)
	"Customer: my stepson is 15 years old",
	"Customer: the cardholder is 16 years old",
	"Customer: my parents are 78 years old",
	"Cliente: Nome: Mario Rossi - Eta: 45 - Citta: Roma",
	"Cliente: NOME: MARIO ROSSI ETA: 45",
	"Cliente: Nome: Mario Rossi, ETA: 45",
	"Customer: My Mum is 82 years old and can't manage the app",
	"Customer: the Policyholder is 82 years old",
	"My son is 8 years old",
	"she is 42 years old",
	"I am 34 years old",
	"My daughter is now 12 years old",
	"he's 8 years old",
	"My Sophie is 3 years old",
	"The patient is 67 years old",
	"Age: 44",
}

// probe16Names must still be found as people.
var probe16Names = []probe7Case{
	{"name", "Can Jordan Lee from Billing call me back?", []string{"PERSON=Jordan Lee"}},
	{"name", "The Mark Smith said yes.", []string{"PERSON=Mark Smith"}},
	{"name", "Priya Nair turned on Safe Mode for me.", []string{"PERSON=Priya Nair"}},
	{"name", "Customer: Bill Gates said hi", []string{"PERSON=Bill Gates"}},
	{"name", "Customer: Bill here, any update?", []string{"PERSON=Bill"}},
	// An order about a user opens the sentence before the user's name.
	{"name", "Customer: Invite Aditi Rao to the workspace", []string{"PERSON=Aditi Rao"}},
	{"name", "Customer: Remove Chen Hui from the account", []string{"PERSON=Chen Hui"}},
	{"name", "Customer: Add Zhou Ming as a second driver", []string{"PERSON=Zhou Ming"}},
	{"name", "Make Olusegun Adeyemi an admin", []string{"PERSON=Olusegun Adeyemi"}},
	// A sign-off that is a surname too, after a speaker's label or
	// before the writer's pronouns, is no part of the name.
	{"name", "Agent: Best, Chiamaka (she/her)", []string{"PERSON=Chiamaka"}},
	{"name", "Agent: Best, Anna", []string{"PERSON=Anna"}},
	{"name", "Best, Anna (they/them)", []string{"PERSON=Anna"}},
	{"name", "Regards, Hope", []string{"PERSON=Hope"}},
	{"name", "Anna Park called me", []string{"PERSON=Anna Park"}},
	{"name", "Ship to:\nJane Lodge\n12 Mill Lane\nHolt NR25 6AB", []string{"PERSON=Jane Lodge"}},
	// A mail header pasted after a label or a sentence.
	{"name", "Customer: From: Ana Lopes <ana.lopes@example.com>", []string{"PERSON=Ana Lopes", "EMAIL_ADDRESS=ana.lopes@example.com"}},
	{"name", "Customer: see below. From: Tom Becker [mailto:tom@beckerplumbing.com]", []string{"PERSON=Tom Becker", "EMAIL_ADDRESS=tom@beckerplumbing.com"}},
	// German writes the account holder with a capital: a noun before
	// the name, not part of it.
	{"name", "Kunde: IBAN DE89370400440532013000, Kontoinhaber Lena Krüger, danke", []string{"IBAN_CODE=DE89370400440532013000", "PERSON=Lena Krüger"}},
	{"name", "Kontoinhaberin: Lena Krüger", []string{"PERSON=Lena Krüger"}},
	// The review of the round: surnames that are holidays or nouns of
	// places, given names that are verbs, and "Talbot", no "bot".
	{"name", "Customer: Ahmed Eid here, my card was declined", []string{"PERSON=Ahmed Eid"}},
	{"name", "Javier Plaza called me about the refund.", []string{"PERSON=Javier Plaza"}},
	{"name", "Ping Zhang called this morning about the refund.", []string{"PERSON=Ping Zhang"}},
	{"name", "Thanks, Talbot!", []string{"PERSON=Talbot"}},
	{"name", "Customer: I spoke with Nguyen Van Customer Service", []string{"PERSON=Nguyen Van"}},
	{"name", "Agent: Ping Mei called back about order 4412", []string{"PERSON=Ping Mei"}},
	// "Holder", a surname, ends the cue after "Account" or "Card".
	{"name", "Please wire the refund to IBAN NL90SHFU9269295392 (Account Holder James Thomas).", []string{"IBAN_CODE=NL90SHFU9269295392", "PERSON=James Thomas"}},
	{"name", "Card Holder Anna Berg", []string{"PERSON=Anna Berg"}},
	{"name", "Dr Anna Holder called", []string{"PERSON=Anna Holder"}},
	// A Vietnamese name: surname, middle name, given name.
	{"name", "My name is Nguyen Van An", []string{"PERSON=Nguyen Van An"}},
	{"name", "My name is Tran Thi Mai", []string{"PERSON=Tran Thi Mai"}},
	{"name", "Thanks, Phạm Thị Lan", []string{"PERSON=Phạm Thị Lan"}},
}

// TestProbe16 pins the twelfth probe round.
func TestProbe16(t *testing.T) {
	d := defaultDetector(t)
	for i, text := range probe16NoNames {
		for _, f := range detect(t, d, text) {
			assert.False(t, probe7Soft[f.Type], "text %d: %s at %d..%d", i, f.Type, f.Start, f.End)
		}
	}
	for i, text := range probe16Ages {
		ages := 0
		for _, f := range detect(t, d, text) {
			if f.Type == TypeAge {
				ages++
			}
		}
		assert.Equal(t, 1, ages, "text %d: ages", i)
	}
	for _, c := range probe16Names {
		probeVerdict(t, false, false, c.shape, c.text, probe7Run(t, d, c.text, c.want))
	}
}

// probe16Decoys must give no finding at the default threshold.
var probe16Decoys = []string{
	// "ETA" is no "età"; after a verb a date or a range is no age.
	"Agent: refund ETA 5-7 days.",
	"Agent: ETA: 14:30",
	"Agent: new ETA 16:00 today",
	"Customer: the delivery date was 12/03/2024 but it came late",
	"Customer: the estimate was 3-5 days",
	// A four-part version after a runtime's or a part's name is no
	// address.
	"Customer: Java 1.8.0.201 is installed",
	"Customer: BIOS 1.12.0.2",
	// A number of an SSN's shape that is one part of a longer code.
	"Customer: SKU 100-22-4512-XL is out of stock",
	"Customer: part A-412-78-3361 is on backorder",
	"Customer: SKU 100-22-4512XL",
	// Two times of the clock joined by a dash are a range.
	"Customer: delivery slot 0800-1200 please",
	"Customer: I am home 0900-1700 weekdays",
	"Call center open 0800-2000",
	// The second review: opening hours after a label, a code glued to
	// a number after "social".
	"Agent: our opening hours: 0900-1730",
	"Agent: Hours: 0900-1700",
	"Agent: we are open Mon-Fri 0900-1730",
	"Customer: I work 0900-1700 so please deliver after",
	"Customer: social media post ID 412-78-3361-A was removed",
	"Customer: order numbers 415-555-0132, 415-555-0133",
}

// TestProbe16Decoys pins the decoys of the twelfth probe round, and the
// values beside them that stay.
func TestProbe16Decoys(t *testing.T) {
	d := defaultDetector(t)
	for i, text := range probe16Decoys {
		assert.Empty(t, detect(t, d, text), "decoy %d", i)
	}
	for _, c := range []probe7Case{
		{"ip", "Customer: my ip is 10.0.0.1 update please", []string{"IP_ADDRESS=10.0.0.1"}},
		{"ip", "blocked 203.0.113.9 build server", []string{"IP_ADDRESS=203.0.113.9"}},
		{"ip", "Customer: the 10.0.0.1 router is down", []string{"IP_ADDRESS=10.0.0.1"}},
		{"age", "Cliente: età: 45", []string{"AGE=45"}},
		{"ssn", "SSN-412-78-3361", []string{"US_SSN=412-78-3361"}},
		{"ssn", "my ssn is 412-78-3361Thanks", []string{"US_SSN=412-78-3361"}},
		// An id beside a phone is no phone: a phone word after a comma
		// introduces the next number, and the ids' labels name theirs.
		{"phone", "Customer: order 3004881234, phone 415-555-0132", []string{"PHONE_NUMBER=415-555-0132"}},
		{"phone", "Customer: phone: +1 646 555 0199, member ID 88321904", []string{"PHONE_NUMBER=+1 646 555 0199", "MEMBER_ID=88321904"}},
		{"phone", "Customer: phone +1 646 555 0199, return number 3004881234", []string{"PHONE_NUMBER=+1 646 555 0199"}},
		{"phone", "Cliente: mi móvil es el 612 345 678, pedido n.º 30048812", []string{"PHONE_NUMBER=612 345 678"}},
		{"phone", "Client : tél 06 12 34 56 78, n° client 30048812", []string{"PHONE_NUMBER=06 12 34 56 78", "CUSTOMER_NUMBER=30048812"}},
		{"phone", "Customer: phone 415-555-0132, subscription ID 3004881234", []string{"PHONE_NUMBER=415-555-0132"}},
		{"phone", "0612345678 mobile, 0698765432 home", []string{"PHONE_NUMBER=0612345678", "PHONE_NUMBER=0698765432"}},
		{"phone", "call 2222-3333", []string{"PHONE_NUMBER=2222-3333"}},
		// The review of the round: a list of phones, a phone's shape of
		// two times with a phone word, a label's own number before a
		// break, an SSN's word before a glued code, private addresses.
		{"phone", "Customer: home 5550132, cell 4155550177", []string{"PHONE_NUMBER=5550132", "PHONE_NUMBER=4155550177"}},
		{"phone", "Customer: 88123456, tel 91234567", []string{"PHONE_NUMBER=88123456", "PHONE_NUMBER=91234567"}},
		{"phone", "Cliente: mi teléfono es 2220-2335", []string{"PHONE_NUMBER=2220-2335"}},
		{"phone", "Customer: bel ons op 0800-2255", []string{"PHONE_NUMBER=0800-2255"}},
		{"phone", "Customer: warranty number 4412, 415-555-0132", []string{"PHONE_NUMBER=415-555-0132"}},
		{"phone", "Customer: account id 4412 contact me at 415-555-0132", []string{"PHONE_NUMBER=415-555-0132"}},
		{"ssn", "Customer: my SSN is 412-78-3361/DOB 03/14/1985", []string{"US_SSN=412-78-3361", "DATE_OF_BIRTH=03/14/1985"}},
		{"ssn", "Customer: SSN: 412-78-3361-Jane Doe", []string{"US_SSN=412-78-3361"}},
		{"ip", "Customer: printer ip driver 192.168.1.50", []string{"IP_ADDRESS=192.168.1.50"}},
		{"ip", "Customer: I cannot reach the 192.168.0.10 build server", []string{"IP_ADDRESS=192.168.0.10"}},
		{"ip", "Customer: the 203.0.113.45 build server is down", []string{"IP_ADDRESS=203.0.113.45"}},
		// The second review: a list of phones.
		{"phone", "Customer: my numbers are 4155550132, mobile 4155550177", []string{"PHONE_NUMBER=4155550132", "PHONE_NUMBER=4155550177"}},
		{"phone", "Customer: my number: 1200-1530", []string{"PHONE_NUMBER=1200-1530"}},
		// The third review: a list of phones after "my number is", Dutch
		// service numbers, SSNs a label names from further back, private
		// addresses before a version's word, hours with a day after.
		{"phone", "Customer: My number is 5550132, cell 5550199", []string{"PHONE_NUMBER=5550132", "PHONE_NUMBER=5550199"}},
		{"phone", "Agent: I have 4155550132, mobile 4155550199 on file, correct?", []string{"PHONE_NUMBER=4155550132", "PHONE_NUMBER=4155550199"}},
		{"phone", "Customer: update it to 4155550132, mobile 4155550199", []string{"PHONE_NUMBER=4155550132", "PHONE_NUMBER=4155550199"}},
		{"phone", "Customer: telefoon 0800-2255", []string{"PHONE_NUMBER=0800-2255"}},
		{"phone", "Customer: I called 0800-1255 yesterday", []string{"PHONE_NUMBER=0800-1255"}},
		// A phone's word wins over a day after the range: a phone missed
		// leaks, hours redacted do not.
		{"hours", "Agent: You can call me 0900-1700 Mon-Fri.", []string{"PHONE_NUMBER=0900-1700"}},
		{"phone", "Customer: ring us on 0800-2255 weekdays", []string{"PHONE_NUMBER=0800-2255"}},
		{"phone", "Customer: Ik heb 0800-2255 al drie keer gebeld", []string{"PHONE_NUMBER=0800-2255"}},
		{"phone", "Customer: Rufen Sie 0800-2255 an", []string{"PHONE_NUMBER=0800-2255"}},
		{"phone", "Customer: tel. 0800-2255 ma-vr", []string{"PHONE_NUMBER=0800-2255"}},
		{"hours", "Agent: Phone lines open 0800-2000 Mon-Fri", nil},
		{"hours", "Customer: delivery slot 0800-1200 an hour later", nil},
		{"hours", "Customer: My shift is 0900-1700, call me after", nil},
		{"ip", "Customer: Please patch 198.51.100.23 first", []string{"IP_ADDRESS=198.51.100.23"}},
		{"ip", "Customer: the driver 203.0.113.45 keeps dropping", []string{"IP_ADDRESS=203.0.113.45"}},
		// The fifth review: phone words of every language, punctuation
		// before the number, a phone's word after it; public addresses
		// after a runtime's name; SSNs before a name or a file's name.
		{"phone", "Customer: Telefone: 2105-2300", []string{"PHONE_NUMBER=2105-2300"}},
		{"phone", "Customer: Llámame al 2105-2300.", []string{"PHONE_NUMBER=2105-2300"}},
		{"phone", "Customer: Phone #0800-2255", []string{"PHONE_NUMBER=0800-2255"}},
		{"phone", "Customer: Wir sind erreichbar unter 0800-2255.", []string{"PHONE_NUMBER=0800-2255"}},
		{"phone", "Customer: 0800-2255 is our free number", []string{"PHONE_NUMBER=0800-2255"}},
		{"hours", "Agent: Öffnungszeiten: 0900-1800", nil},
		{"phone", "Customer: telefoon 0800-2255 graag terugbellen", []string{"PHONE_NUMBER=0800-2255"}},
		// With a range of days and of the clock after it, the line is a
		// service's (session 73, hoursTail).
		{"hours", "Customer: telefoon 0800-2255 ma-vr 9-17", nil},
		{"phone", "Customer: I called 0900-1230 Monday and again Tuesday", []string{"PHONE_NUMBER=0900-1230"}},
		{"hours", "Agent: Delivery window: 0800-1200", nil},
		{"ip", "Customer: java 198.51.100.23 timeout", []string{"IP_ADDRESS=198.51.100.23"}},
		{"ssn", "Customer: Can you check 412-78-3361/John and 412-78-3362/Jane on the return?", []string{"US_SSN=412-78-3361", "US_SSN=412-78-3362"}},
		{"ssn", "Customer: SSN: 412-78-3361 for me and 412-78-3362/joint for her", []string{"US_SSN=412-78-3361", "US_SSN=412-78-3362"}},
		{"ssn", "Customer: Social security number on the 1040 is 412-78-3361/John", []string{"US_SSN=412-78-3361"}},
		{"phone", "Agent: The number we have on the account is 5550132, cell 5550199. Still correct?", []string{"PHONE_NUMBER=5550132", "PHONE_NUMBER=5550199"}},
		{"hours", "Agent: Telephone banking: available 0800-2200.", nil},
		{"ssn", "Customer: SSN for my wife: 412-78-3361/DOB 07/02/1987", []string{"US_SSN=412-78-3361", "DATE_OF_BIRTH=07/02/1987"}},
		{"ip", "Customer: can't reach the 192.168.0.50 build machine", []string{"IP_ADDRESS=192.168.0.50"}},
		{"ip", "Customer: I opened the 192.168.0.1 firmware update screen", []string{"IP_ADDRESS=192.168.0.1"}},
		{"ip", "Customer: our printer driver 192.168.1.50 install fails", []string{"IP_ADDRESS=192.168.1.50"}},
		// An abbreviation glued by its period to the number it labels.
		{"card", "Customer: card no.4111111111111111", []string{"CREDIT_CARD=4111111111111111"}},
		{"phone", "Customer: phone no.415-555-0198", []string{"PHONE_NUMBER=415-555-0198"}},
		{"phone", "Customer: Tel.030 12345678", []string{"PHONE_NUMBER=030 12345678"}},
		{"order", "Customer: order no.30048812", nil},
		// Months abbreviated the German and Austrian way, and French
		// without its accents.
		{"dob", "Kunde: Geburtsdatum: 14. Mär. 1987", []string{"DATE_OF_BIRTH=14. Mär. 1987"}},
		{"dob", "Kunde: geb. 14. Mrz. 1987", []string{"DATE_OF_BIRTH=14. Mrz. 1987"}},
		{"dob", "Kunde: geb. 3. Jänner 1990", []string{"DATE_OF_BIRTH=3. Jänner 1990"}},
		{"dob", "Client : né le 3 aout 1990", []string{"DATE_OF_BIRTH=3 aout 1990"}},
		// A plural birth word labels a list of dates.
		{"dob", "Customer: DOBs: 14/03/1987, 02/09/1985", []string{"DATE_OF_BIRTH=14/03/1987", "DATE_OF_BIRTH=02/09/1985"}},
		{"dob", "Customer: dates of birth: 14/03/1987 and 02/09/1985", []string{"DATE_OF_BIRTH=14/03/1987", "DATE_OF_BIRTH=02/09/1985"}},
		{"dob", "Customer: DOBs 14 March 1987, 2 Sept 1985", []string{"DATE_OF_BIRTH=14 March 1987", "DATE_OF_BIRTH=2 Sept 1985"}},
		{"dob", "Customer: DOBs: 14/03/1987, order date 02/09/2024", []string{"DATE_OF_BIRTH=14/03/1987"}},
		{"ssn", "ssn 412-78-3361/", []string{"US_SSN=412-78-3361"}},
		{"ssn", "my SSN is 412-78-3361.", []string{"US_SSN=412-78-3361"}},
	} {
		probeVerdict(t, false, false, c.shape, c.text, probe7Run(t, d, c.text, c.want))
	}
}
