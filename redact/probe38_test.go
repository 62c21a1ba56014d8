package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 38's blind sets found missing or wrongly
// reported.

// TestBankAccountAfterWordOfSession38 checks a bank account's number
// after its word in a message that names banking: grouped as the bank
// prints it, after a label's colon, with a British sort code before it;
// and none where the message names no bank (a customer account), where
// the number runs on into a date or a decimal, or is too short.
func TestBankAccountAfterWordOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeBankAccount, []textValue{
		{"ok here's the form info anyway\nname: Kwame Asante\nsort: 56-00-29\naccount: 18273645\nref: ORD-2025-003317", "18273645"},
		{"Pls refund to my DBS acct 027-4-198352, account name Lim Jia Hui", "027-4-198352"},
		{"Hi, I paid by bank transfer from my Starling account (60-92-42 / 33901776) on Friday", "33901776"},
		{"My HSBC acc is 40 12 76 73015528, sorry", "73015528"},
		{"FNB cheque acc 62814739201 branch code 250655, account holder Thabo Mokoena", "62814739201"},
		{"Bitte überweisen Sie auf mein Konto 1234567890 bei der Sparkasse", "1234567890"},
		{"CBU para el reintegro: 0170099200000123456784", "0170099200000123456784"},
	}, []string{
		"my account 12345678 was charged twice",
		"order 123456789 from your account",
		"account 12345678 was locked after the update, please reset it",
		"the bank says account 1234 is closed",
		"bank transfer for account 12.50 EUR",
		"our bank holiday hours: account 2024-05-27 closed",
		"la cuenta 12345678 del pedido",
		"CLABE: 1234",
	})
	wantFound(t, d, typeUKSortCode, []textValue{
		{"ok here's the form info anyway\nname: Kwame Asante\nsort: 56-00-29\naccount: 18273645", "56-00-29"},
		{"My HSBC acc is 40 12 76 73015528, sorry", "40 12 76"},
	}, []string{
		"sort: 12-05-24 by date",
		"please sort 12 34 56 78 by size",
	})
	// The BSB before the account is a bank account's too (since
	// session 42).
	for text, want := range map[string][]string{
		"please refund to bsb 062-692 acc 1048 2297 acct name Jessica M Tran thx": {"062-692", "1048 2297"},
		"BSB 034 215 account 482 917 (Westpac business acct)":                     {"034 215", "482 917"},
	} {
		require.Equal(t, want, valuesOf(t, d, text, TypeBankAccount), text)
	}
}

// session38Seeds are FuzzDetect's seeds for the readers of session 38.
var session38Seeds = []string{
	"sort: 56-00-29\naccount: 18273645 bank",
	"Starling account (60-92-42 / 33901776",
	"acc 40 12 76 7",
	"CLABE para el reembolso: ",
	"cbu:",
	"bsb acc 1-2-3-4-5-6-7-8",
	"member id W",
	"membership no. 1-",
	"Accepted publickey for ",
	"Failed password for x from ",
	"docker -u",
	"psql -U ",
	"arn:aws:iam::1:user/",
	"Host x\n User",
	"for user 'CORP\\",
	"for user a(uid=",
	"https://a:ghp_",
	"HUANG/",
	"X/Y-",
	"Mme A B et M.",
	"12 Main St, Leeds, ",
	"GHA-1",
	"CCCD 0",
	"x@y:",
	"lnguyen@MacBook-Pro ~ %",
}

// TestPasswordCestAndPUKOfSession38 checks a password after the French
// "c'est" ("mon mot de passe c'est Chaton2019!") and a SIM card's PUK
// after its word; "c'est" before a word of prose, and "PUK" without
// digits, give none.
func TestPasswordCestAndPUKOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"mon mot de passe c'est Chaton2019! mais ça marche plus depuis hier", "Chaton2019!"},
		{"mon mdp c’est Chaton2019", "Chaton2019"},
		{"SIM swap request for 07912 604 338, my PUK is 73920184, old phone broke", "73920184"},
		{"PUK code: 12345678", "12345678"},
	}, []string{
		"le mot de passe c'est quoi déjà ?",
		"le mot de passe c'est trop compliqué",
		"the puk locked after three tries",
	})
}

// TestDutchSignOffAndChamberNumberOfSession38 checks that "Mvg" and
// "Groetjes" sign off before a name and are none, and that the number
// after "KvK-nummer" (the Dutch chamber of commerce's) is no phone.
func TestDutchSignOffAndChamberNumberOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Terugbetaling mag op BE07 3101 2003 5566.\nMvg, Lotte Peeters", "Lotte Peeters"},
		{"Bedankt.\nGroetjes, Lotte", "Lotte"},
	}, nil)
	for _, text := range []string{"Terugbetaling mag op de rekening.\nMvg, Lotte Peeters", "Bedankt.\nGroetjes, Lotte"} {
		for _, f := range detect(t, d, text) {
			require.NotContains(t, []string{"Mvg", "Groetjes"}, text[f.Start:f.End], text)
		}
	}
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"bel me op 0612345678, kvk 81234567", "0612345678"},
	}, []string{
		"Wij zijn een eenmanszaak, KvK-nummer 81234567, btw-id NL004512387B01.",
	})
}

// TestUserNamesOfDevelopersOfSession38 checks the user names developers
// paste: a JSON log's quoted "user" key, the user of a connection string
// or of curl's "-u user:password", and a command's "--username" flag,
// letters alone; services' logins and keys that hold no value stay out.
func TestUserNamesOfDevelopersOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{`{"level":"warn","msg":"login failed","user":"ltanaka_42","ip":"212.248.182.199"}`, "ltanaka_42"},
		{"mongodb+srv://mkhan:JPptMT5oZqn&*wLqO@cluster0.x8kq2.mongodb.net/prod", "mkhan"},
		{"string is postgresql://oleksandr:Falconridge69&@pg-prod.eu-central-1.rds.amazonaws.com:5432/shop", "oleksandr"},
		{"curl -u jdoe:Hunter22x https://api.x.io", "jdoe"},
		{"docker login registry.kestrel.io --username jmartinez --password-stdin", "jmartinez"},
	}, []string{
		"postgres://app:S3cretPw9@db:5432/shop",
		"postgres://postgres:S3cretPw9@db:5432/shop",
		`{"user": {"id": 5}}`,
		"run it with --username",
		"ssh --user root@10.0.0.5",
	})
}

// TestInitialLoginOfSession38 checks a login of letters alone shaped as
// an initial and a surname after a user's word ("username mkowalski",
// "my login is kmueller"), with the password a slash joins to it; words
// of prose and abbreviations after the word stay out, as do dates and
// words after the slash.
func TestInitialLoginOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"can someone reset MFA on my account? username tpetrov , my phone is new", "tpetrov"},
		{"failed sign-in attempts on your account (username mkowalski) between 03:12 and 03:19", "mkowalski"},
		{"my login is kmueller / Sommer2024! pls check", "kmueller"},
		{"Benutzername: mkowalski", "mkowalski"},
	}, []string{
		"the username field is empty",
		"my username is wrong",
		"username: mgmt",
		"the user clicks twice",
		"username: street",
		"my login is broken again",
	})
	wantFound(t, d, TypePassword, []textValue{
		{"my login is kmueller / Sommer2024! pls check", "Sommer2024!"},
	}, []string{
		"username: jweiss84 / 12/05/2024",
		"user: j.doe42 / see ticket",
	})
}

// TestMemberIDOfSession38 checks a member's number at an insurer or a
// health plan after its word, with letters before the digits and the
// suffix of the person on the plan; a word, a date or a short number
// after the word give none, and an application's login in a connection
// string is no user name.
func TestMemberIDOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeMemberID, []textValue{
		{"We have Aetna, member ID W284619035. Anything open the week of March 10?", "W284619035"},
		{"Dental: group # 00918-0041, subscriber ID 1047785520 (that's me, Kevin Tran)", "1047785520"},
		{"Bupa membership number 58823041-01. I need pre-authorisation for an MRI", "58823041-01"},
		{"We're with Medibank too, member no 7301 8842. Does extras cover it?", "7301 8842"},
		{"new card says UnitedHealthcare, member id 947281036-00, group GRP 744018", "947281036-00"},
		{"meine Versichertennummer: 123456789012", "123456789012"},
	}, []string{
		"member id: see the card",
		"member id 2024-05-01 expired",
		"member number 4412 was a typo",
		"our member ID format changed last year",
	})
	wantFound(t, d, TypeUsername, nil, []string{
		"DB connection is failing: postgres://sched_app:Xq7#pLm2!vR9@sched-db.internal:5432/appointments",
	})
}

// TestWorldTownsAndStreetsOfSession38 checks the large cities and the
// states of Africa and South and South-East Asia that addresses and
// customers name ("Port Harcourt", "Iloilo", "Ipoh"), Malay street
// designators before the name ("Jalan Ampang") and Indian and Nigerian
// localities after it ("Trans-Amadi Layout"); the same words in lower
// case in prose stay out.
func TestWorldTownsAndStreetsOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeLocation, []textValue{
		{"the gift is for my friend in Ibadan, pls wrap it", "Ibadan"},
		{"Hello I'm an OFW, ordering for my mom in Iloilo.", "Iloilo"},
		{"Saya duduk Ipoh, boleh COD tak?", "Ipoh"},
	}, []string{
		"the kano model of quality",
	})
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Address: House 7, Trans-Amadi Layout, Port Harcourt", "House 7, Trans-Amadi Layout, Port Harcourt"},
		{"I live at 12 Jalan Ampang, 50450 Kuala Lumpur", "12 Jalan Ampang, 50450 Kuala Lumpur"},
	}, nil)
}

// TestBookingNamesWithoutTitleOfSession38 checks airline booking names
// ("SURNAME/GIVEN") without the title when the lists know the surname or
// the given name and the name ends where a name does, also at the end of
// the text, with a hyphen in the given names, a compound surname, the
// French titles, and after other fields' slashes; pairs of codes stay
// out, as does a host's path.
func TestBookingNamesWithoutTitleOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"please credit stay 71829304. Name: HUANG/MEI LING", "HUANG/MEI LING"},
		{"Geburtsdatum 30.01.1965\nName: SCHNEIDER/KLAUS-PETER", "SCHNEIDER/KLAUS-PETER"},
		{"Total: 1.284,16 EUR\nPassenger: BECKER/JULIA MS", "BECKER/JULIA"},
		{"updated the APIS data:\nDOCS/P/GBR/538204917/GBR/14MAR87/F/22NOV31/HARGREAVES/EMMA LOUISE\nYour e-ticket", "HARGREAVES/EMMA LOUISE"},
		{"Nueva pasajera: GARCIA LOPEZ/MARIA DEL CARMEN MRS, DNI 64666584Z", "GARCIA LOPEZ/MARIA DEL CARMEN"},
		{"Titulaire : BERNARD/ELODIE MME, née le 08/08/1990", "BERNARD/ELODIE"},
		{"can you seat me (NGUYEN/THI HOA) next to the window", "NGUYEN/THI HOA"},
	}, []string{
		"we use TCP/IP and the SFO/LAX route AND/OR the USD/EUR pair",
		"PASS/FAIL: YES/NO",
		"- TXN 55103008 £420.00 APPLE.COM/BILL\nI still have the card",
	})
}

// TestPassportCountryWordOfSession38 checks a passport's number after
// the adjective of the country that issued it ("passeport français n°
// ...", "UK passport 547193826").
func TestPassportCountryWordOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassport, []textValue{
		{"passeport français n° 19FH47302, délivré le 02/03/2019", "19FH47302"},
		{"pasaporte mexicano número G48291736, vence el 30/09/2029", "G48291736"},
	}, []string{
		"passport français is fine",
	})
}

// TestTitlesStopsAndPasswordClauseOfSession38 checks the courtesy titles
// of Singapore, Kenya and the Philippines ("Mdm", "Mzee", "Kuya") before
// a name and out of it, a second person's title after "et" ("... et M.
// Hugo Bertrand"), greetings and labels that name no one ("Niaje",
// "Sawa", "Helo", "Acct", "Landline"), and a password in the clause after
// its word ("my password, it's ...") or after "pword".
func TestTitlesStopsAndPasswordClauseOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"New recipient: Mdm Wong Siew Mei, NRIC T0318462A, she is my mother.", "Wong Siew Mei"},
		{"If I'm not in leave it with the caretaker, Mzee Omondi", "Omondi"},
		{"Pa-commend naman po si Kuya Rodel", "Rodel"},
		{"Helo, nama saya Ahmad Zulkifli bin Hassan", "Ahmad Zulkifli bin Hassan"},
	}, []string{
		"Niaje, delivery ni lini? nimengoja since Tuesday",
		"Sawa, nimepokea parcel. Asante sana",
		"Could you call me back on +49 1512 3349087? Landline is 030 8892 4415 but I'm rarely home",
	})
	require.Equal(t, []string{"Camille Bertrand", "Hugo Bertrand"},
		valuesOf(t, d, "Voyageurs : Mme Camille Bertrand et M. Hugo Bertrand.", TypePerson))
	wantFound(t, d, TypePassword, []textValue{
		{"Revenue myAccount won't accept my password, it's Shamrock!Kerry22 and i know thats right", "Shamrock!Kerry22"},
		{"i cant log in. email: chidinma.okeke@yahoo.com pword: Chidi4real! i tried reset", "Chidi4real!"},
	}, []string{
		"the password, it's fine now",
		"I changed the password, its ok",
	})
}

// TestSSHDLogUserOfSession38 checks the user an ssh server's log names
// after "Accepted publickey for" or "Failed password for" and before
// "from"; a system's login and the guesses after "invalid user" stay
// out, and a password after "password for" in prose is still read.
func TestSSHDLogUserOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"May 14 23:02:44 relay-eu-1 sshd[48211]: Accepted publickey for gmensah from 109.80.52.105 port 51234 ssh2", "gmensah"},
		{"sshd[1]: Failed password for jdoe from 10.1.2.3 port 22", "jdoe"},
	}, []string{
		"sshd[1]: Failed password for invalid user backup from 203.0.113.5 port 22",
		"sshd[1]: Failed password for root from 203.0.113.5 port 22",
		"my password for the site is Hunter22x!",
	})
	wantFound(t, d, TypePassword, []textValue{
		{"my password for the site is Hunter22x!", "Hunter22x!"},
	}, nil)
}

// TestNZBankAndMembershipOfSession38 checks New Zealand's bank accounts
// in their own hyphenated shape, whatever words are near, and a member's
// number after "membership"; a membership card's number and a date
// after the word stay out.
func TestNZBankAndMembershipOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeBankAccount, []textValue{
		{"can you pay the bond refund into 12-3140-0271746-00 please, its an ASB acct", "12-3140-0271746-00"},
		{"Please refund to 02-0908-0461608-000 (BNZ), account name Sam Ferguson", "02-0908-0461608-000"},
	}, []string{
		"ticket 99-1234-1234567-00 is open",
	})
	wantFound(t, d, TypeMemberID, []textValue{
		{"I can see your Southern Cross membership 82127432. Your surgery pre-approval is fine", "82127432"},
		{"Membership no. 23449292", "23449292"},
	}, []string{
		"membership card 1234 5678",
		"your membership expired 2024-05-01",
	})
}

// TestUserNamesOfCommandsAndLogsOfSession38 checks the user names of
// commands and logs: a remote's user before a token, a command's "-u"
// or "-U" flag, an AWS ARN's user, an ssh config's "User", a Windows
// domain's user in quotes, PAM's "for user NAME(uid=...)"; tokens'
// conventional users, numeric users, variables and system logins stay
// out.
func TestUserNamesOfCommandsAndLogsOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"origin  https://kmensah:ghp_ZvTbrLrSgswM3aJFbiJX5sI454A8kbGziCNj@github.com/finchpay/ledger-sync.git (fetch)", "kmensah"},
		{`echo "dckr_pat_8ad3DNBYjvsedonuSsddfrfifiU" | docker login -u benadeyemi --password-stdin`, "benadeyemi"},
		{"mysql -u rsharma -p shop", "rsharma"},
		{"psql -U jdoe -h db.internal", "jdoe"},
		{`    "Arn": "arn:aws:iam::381492650117:user/hannah.schmidt"`, "hannah.schmidt"},
		{"Host homelab\n    HostName 94.173.60.218\n    User mikko\n    Port 2202", "mikko"},
		{`Login failed for user 'CORP\dfernandez'.`, "dfernandez"},
		{"session opened for user dokafor(uid=1004) by (uid=0)", "dokafor"},
	}, []string{
		"git remote set-url origin https://oauth2:glpat-eSHt0NEM2oJSSsFF1kF2@gitlab.example.com/acme/shop.git",
		"docker run -u 1000 app",
		"docker login -u $DOCKER_USER",
		"session opened for user root(uid=0) by (uid=0)",
		"User Guide is here",
	})
}

// TestPlacesAfterAddressOfSession38 checks the places that commas join
// to an address's end when the lists know the first word: a state after
// the town ("..., 34400 Semanggol, Perak"), a town and its district's
// number ("..., Wellawatte, Colombo 06"); a clause after the comma ends
// it.
func TestPlacesAfterAddressOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"24/1 Galle Road, Wellawatte, Colombo 06", "24/1 Galle Road, Wellawatte, Colombo 06"},
		{"Lot 1234, Kampung Sungai Rambai, 34400 Semanggol, Perak", "Lot 1234, Kampung Sungai Rambai, 34400 Semanggol, Perak"}, // the lot since session 81,
		{"I live at 12 High Street, Leeds, and I work in Manchester", "12 High Street, Leeds"},
		{"ship to 4 Elm Road, Bristol, Thanks", "4 Elm Road, Bristol"},
	}, nil)
}

// TestPlacesAfterAddressPostcodeOfSession38 checks a postcode after the
// place placesAfter took ("..., Soweto, 1804"), not a year.
func TestPlacesAfterAddressPostcodeOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"deliver to 23 Mthembu Street, Orlando, Soweto, 1804", "23 Mthembu Street, Orlando, Soweto, 1804"},
		{"Meine Adresse: Schillerstraße 125, 11888, München, 1804", "Schillerstraße 125, 11888, München, 1804"},
		// The place is taken after the postcode, the year after it not.
		{"Meine Adresse: Schillerstraße 125, 11888, München, 2019, danach", "Schillerstraße 125, 11888, München"},
	}, nil)
}

// TestIDAndSudoUsersOfSession38 checks the user in id's output and in
// sudo's log, and that sudo's "PWD=/path" is a working directory, no
// password; root and prose after "sudo:" stay out.
func TestIDAndSudoUsersOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"$ id\nuid=1004(hbecker) gid=1004(hbecker) groups=1004(hbecker),27(sudo),999(docker)", "hbecker"},
		{"Jun 14 03:12:44 web-03 sudo:   t.wisniewski : TTY=pts/2 ; PWD=/var/www ; USER=root ; COMMAND=/usr/bin/curl", "t.wisniewski"},
	}, []string{
		"uid=0(root) gid=0(root)",
		"sudo: unable to resolve host",
		"run it with sudo: apt install x",
	})
	wantFound(t, d, TypePassword, []textValue{
		{"PWD=Summer2024!", "Summer2024!"},
	}, []string{
		"Jun 14 03:12:44 web-03 sudo:   t.wisniewski : TTY=pts/2 ; PWD=/var/www ; USER=root",
	})
}

// TestMoreMemberWordsOfSession38 checks the member numbers of South
// Africa's medical aids, the Philippines' PhilHealth and the French
// "n° d'adhérent".
func TestMoreMemberWordsOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeMemberID, []textValue{
		{"I'm on the Classic Saver plan, medical aid no 019537700. The pharmacy says no", "019537700"},
		{"PhilHealth no. ko 56-736194620-5, need ko po ng MDR", "56-736194620-5"},
		{"N° de sécu : 2 87 03 75 591 055 28, n° d'adhérent 667439383. Cordialement", "667439383"},
	}, []string{
		"PhilHealth no. ko alam",
	})
}

// TestNigerianAndMalaysianBareMobilesOfSession38 checks that a detector
// given Nigeria's or Malaysia's region reads their mobiles in national
// form without a phone word, as it reads British ones; the default
// detector, without those regions, does not.
func TestNigerianAndMalaysianBareMobilesOfSession38(t *testing.T) {
	d, err := NewDetector(WithRegions("NG", "MY"))
	require.NoError(t, err)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"He was using 09052318847 and the name Emeka Johnson", "09052318847"},
		{"Mrs Funmilayo Adekunle, 08162230915, Bodija Estate", "08162230915"},
		{"Nurul here, 0123847721 is my line", "0123847721"},
	}, []string{
		"order 09052318847 shipped",
	})
	def := defaultDetector(t)
	wantFound(t, def, TypePhoneNumber, nil, []string{
		"He was using 09052318847 and the name Emeka Johnson",
	})
}

// TestShellPromptUserOfSession38 checks the user of a shell's prompt at
// a line's start ("lnguyen@MacBook-Pro ~ % ...", "pnair@laptop:~/dev$
// ..."); a system's login, an e-mail address and a line that is no
// prompt stay out.
func TestShellPromptUserOfSession38(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeUsername, []textValue{
		{"ok here is what i ran\nlnguyen@MacBook-Pro ~ % ./sync.sh --since 2024-05-01", "lnguyen"},
		{"pnair@laptop:~/dev$ ssh x", "pnair"},
	}, []string{
		"deploy@web-01:~$ sudo systemctl restart app",
		"anna@example.com is my email",
		"support@acme: we will call you #1 priority",
	})
}
