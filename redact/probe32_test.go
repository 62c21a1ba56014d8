package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestJapaneseAddressesOfSession32 checks Japanese addresses written in
// Latin letters in the West's order: the block numbers joined by
// hyphens, the district, a ward's or a city's suffix, and the tail
// (prefecture or city, postcode, country); three numbers joined so
// without a ward's suffix after them are a score, a phone or a code.
func TestJapaneseAddressesOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"my address is 4-9-28 Nakameguro, Meguro-ku, Tokyo 153-1904", "4-9-28 Nakameguro, Meguro-ku, Tokyo 153-1904"},
		{"I live at 2-3-1 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan", "2-3-1 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan"},
		{"ship to 1-10-5 Kita-ku, Sapporo-shi, Hokkaido 060-0808 thanks", "1-10-5 Kita-ku, Sapporo-shi, Hokkaido 060-0808"},
		{"2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo-to 163-8001", "2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo-to 163-8001"},
		{"new address 5-2-1 Minatomirai, Nishi-ku, Yokohama-shi, Kanagawa-ken 220-0012", "5-2-1 Minatomirai, Nishi-ku, Yokohama-shi, Kanagawa-ken 220-0012"},
		{"address:\n3-14-1 Akasaka\nMinato-ku, Tokyo 107-0052", "3-14-1 Akasaka\nMinato-ku, Tokyo 107-0052"},
	}, []string{
		"Score was 3-2-1 and Tokyo won",
		"Call 03-1234-5678 in Shibuya-ku",
		"firmware 2-4-11 Build, Release-to",
		"the 12-5-2024 Kyoto trip",
	})
}

// TestLitecoinAddressesOfSession32 checks Litecoin's wallet addresses in
// a sentence, which only Bitcoin's forms were read as before; a checksum
// that fails leaves the token alone.
func TestLitecoinAddressesOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeCrypto, []textValue{
		{"refund the LTC to Lbz4jqWU4kuB3HmpJeP6mPq3YLogyXCLq3, thanks", "Lbz4jqWU4kuB3HmpJeP6mPq3YLogyXCLq3"},
		{"litecoin wallet (ltc1qdmfeajswth6uewzj4mfd0wrsxjtycprky9p5fz)", "ltc1qdmfeajswth6uewzj4mfd0wrsxjtycprky9p5fz"},
	}, []string{
		"refund the LTC to Lbz4jqWU4kuB3HmpJeP6mPq3YLogyXCLq4, thanks",
		"MVCwVTic4FfyXiAQYdd24MvVd4CmffPocX was the code",
	})
}

// TestQuotedValuesWithSymbolsOfSession32 checks a secret in quotes after
// its key, which ends at its closing quote whatever it holds: generated
// keys hold '&', ';', '@', brackets and punctuation that end a bare
// value, and WordPress aligns its define() calls with spaces. A quoted
// e-mail address, a placeholder and a quote that closes inside a word
// stay out.
func TestQuotedValuesWithSymbolsOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeAPIKey, []textValue{
		{"SECRET_KEY = 'django-insecure-^_)b^wolqf@w%t&f*4)u^*no_rrof4dn2)#n-(-ufys8ys=7xy'\nDEBUG = False", "django-insecure-^_)b^wolqf@w%t&f*4)u^*no_rrof4dn2)#n-(-ufys8ys=7xy"},
		{"SECRET_KEY = '%NyhDXqU79Xu=glF6*@AW9^nu1S#hlKZIEG(ha8py#T)YzKUEg'", "%NyhDXqU79Xu=glF6*@AW9^nu1S#hlKZIEG(ha8py#T)YzKUEg"},
		{"define( 'AUTH_KEY',         'QGSl2A=!x|TO;amUA]N}z,ny1T+]&XgapeIPKouyOcO*#/a$.c6nesmx:7+.npr8' );", "QGSl2A=!x|TO;amUA]N}z,ny1T+]&XgapeIPKouyOcO*#/a$.c6nesmx:7+.npr8"},
		{"API_SECRET='Xy7kP2mQ9abcdef!'", "Xy7kP2mQ9abcdef!"},
	}, []string{
		`api_key = "support@example.com"`,
		`API_KEY="YOUR_API_KEY"`,
	})
	wantValue(t, d, "define( 'SECURE_AUTH_KEY', 'X2`jXa#*kX]]n1Mr5R-V<IpX0bH}v.. %$oao ix.*WBn[1lm^epL@t`pO4YB*d.' );", TypeAPIKey,
		"X2`jXa#*kX]]n1Mr5R-V<IpX0bH}v.. %$oao ix.*WBn[1lm^epL@t`pO4YB*d.", "a salt with spaces")
	wantFound(t, d, TypePassword, []textValue{
		{`DB_PASSWORD="Z*9&msNS=tU^Cc46"`, "Z*9&msNS=tU^Cc46"},
		{"$config['smtp_pass'] = 'q!&yORcoc~CLi';", "q!&yORcoc~CLi"},
		{`password: "Zqrb8#x>t J"`, "Zqrb8#x>t J"},
		{`REDIS_PASSWORD="F^OJB9zUm!d&03W"`, "F^OJB9zUm!d&03W"},
	}, []string{
		"the password 'it's fine' message again",
		`password: "not set yet"`,
	})
}

// TestPasswordsInCodeOfSession32 checks passwords as developers paste
// them: in a connection string with bytes a link escapes ('^', '|'),
// after PostgreSQL's and Redis's own keys, as the second argument of a
// call that logs in, as a Google app password after a key, and recovery
// codes listed after their name. A call with variables, a password word
// and a sentence about codes stay out.
func TestPasswordsInCodeOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"DATABASE_URL=postgres://app:8=FwfzhQ#^$I1vI@mysql-primary.prod.internal:5432/app", "8=FwfzhQ#^$I1vI"},
		{" 1988  PGPASSWORD='Winter$2013' psql -h db.internal -U analytics", "Winter$2013"},
		{"    command: redis-server --requirepass Z7frxkWN!CJtFJ6xYr%7w4", "Z7frxkWN!CJtFJ6xYr%7w4"},
		{"    s.login('druiz@outlook.com', 'bluefalcon_1575')", "bluefalcon_1575"},
		{`req.SetBasicAuth("admin", "Rosebud^1289!")`, "Rosebud^1289!"},
		{`new PasswordAuthentication("svc", "Zurich29$36hO".toCharArray())`, "Zurich29$36hO"},
		{"spring.mail.password=kdgd odfp fmwa phtg\nspring.mail.port=587", "kdgd odfp fmwa phtg"},
		{"backup code: 8f3k2-9dj4m", "8f3k2-9dj4m"},
	}, []string{
		"s.login(user, password)",
		"login('admin', os.environ['PW'])",
		"page.login('#username', '#password')",
		"I can't login (again), 'help' me",
		"Passwort ist eins zwei drei vier",
		"the recovery codes do not work anymore since 2023",
		"where are my backup codes? order 48213377 and 99281733",
	})
	for text, want := range map[string][]string{
		"recovery codes for my account (already used the first two):\n2412 0010\n0029 5485\n4500 5405\nplease help": {"2412 0010", "0029 5485", "4500 5405"},
		"my backup codes: c4670329e7 28c008a720, 303f56a2b6":                                                        {"c4670329e7", "28c008a720", "303f56a2b6"},
		"Backup Codes:\n1. 8f3k2-9dj4m\n2. 7hq2x-4kd8w":                                                             {"8f3k2-9dj4m", "7hq2x-4kd8w"},
	} {
		assert.Equal(t, want, valuesOf(t, d, text, TypePassword), text)
	}
	// One code alone is a password right after the name's colon, or
	// right after the name in the singular (since session 35); the
	// plural's name lists two or more.
	assert.Equal(t, []string{"8f3k2-9dj4m"}, valuesOf(t, d, "backup code 8f3k2-9dj4m", TypePassword))
	assert.Empty(t, valuesOf(t, d, "backup codes 8f3k2-9dj4m", TypePassword))
}

// TestPasswordHashesOfSession32 checks the hashes of passwords that
// .htpasswd files and user tables hold (Apache's MD5, bcrypt, SHA crypt,
// LDAP's {SHA}): whoever holds one can try words against it. Prices and
// JSON stay out.
func TestPasswordHashesOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePassword, []textValue{
		{"reports:$apr1$TOR0K5uA$g/rNsRwjLQGt5nqWrzxEiW", "$apr1$TOR0K5uA$g/rNsRwjLQGt5nqWrzxEiW"},
		{"admin:$2y$05$yfqdkMcxUxQ1paHwKLTFMvUP6DIFMiNs1An.DZjKnxNEN/0vP7w1A", "$2y$05$yfqdkMcxUxQ1paHwKLTFMvUP6DIFMiNs1An.DZjKnxNEN/0vP7w1A"},
		{"ops:{SHA}yATfXNvRiy5CRZMoJHFeM6H4KgE=", "{SHA}yATfXNvRiy5CRZMoJHFeM6H4KgE="},
		{"root:$6$rounds=5000$saltsalt$abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG:19000:0:99999:7:::", "$6$rounds=5000$saltsalt$abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"},
	}, []string{
		"it costs $1$ each, or $5 and $6 for two",
		`{"a": 1, "b": {"SHA": "none"}}`,
		"$2y$05$short",
	})
}

// TestWholeValuesOfKeysOfSession32 checks values after a secret's key
// that were found in part or not at all: base64 with its '+', '/' and
// '=' padding (an AWS session token), Laravel's key after "base64:",
// and the value of a pair whose key is the secret's name, as Postman's
// environments and HAR files write them. An empty value, a key that
// names no secret and a sentence with '=' stay out.
func TestWholeValuesOfKeysOfSession32(t *testing.T) {
	d := defaultDetector(t)
	token := "IQoJb3JpZ2luX2VjEqjBMzeKaE+5URj2EFEzibjK71lW1mK6LOdT/gGogHmv362yU6VeqEcDMDIC5tffY+guFKtPUcRoAUC1BQrWiEerSWa5hOz6ufPAJVbnf8m+nup7PYeobQAm=="
	wantFound(t, d, TypeAPIKey, []textValue{
		{"aws_session_token = " + token + "\n```", token},
		{"APP_KEY=base64:/OtqMSNeoj2I7HHQjDjdfZ0oY/6yuESC9rEpDAcSsdo=\nAPP_DEBUG=false", "base64:/OtqMSNeoj2I7HHQjDjdfZ0oY/6yuESC9rEpDAcSsdo="},
		{"{\n  \"key\": \"apiKey\",\n  \"value\": \"aCzsnpunF2NJd3igeKsOZylvIfTvaYuD2HzFxEoQ\",\n  \"enabled\": true\n}", "aCzsnpunF2NJd3igeKsOZylvIfTvaYuD2HzFxEoQ"},
	}, []string{
		`{"key": "baseUrl", "value": "https://api.example.com/v1/items"}`,
		"the key = value pairs are fine",
	})
	// A value that is one token stays its recognizer's.
	wantValue(t, d, `aws_secret_access_key = "h4gjtHU5E5K5rT9pQ2xLmN8vB3cZ7wY1aD6fG0kS"`, TypeAWSSecretKey, "h4gjtHU5E5K5rT9pQ2xLmN8vB3cZ7wY1aD6fG0kS", "quoted AWS secret")
	wantFound(t, d, TypePassword, []textValue{
		{`{"key": "password", "value": "Vesuvio.1740"}`, "Vesuvio.1740"},
	}, []string{
		`{"key": "password", "value": ""}`,
	})
}

// TestAgesBeforeAClauseOfSession32 checks an age after its cue when the
// sentence goes on ("I am 65 and housebound", "who turns 58 next week",
// "aged 94 and partially sighted"); a sum after "was", time measured
// ("2 and a half hours") and minutes stay out.
func TestAgesBeforeAClauseOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeAge, []textValue{
		{"I am 65 and housebound, please deliver to the door.", "65"},
		{"a hamper for my colleague, who turns 58 next week.", "58"},
		{"my elderly mum, Priya Krishnamurthy, aged 94 and partially sighted.", "94"},
		{"I am the carer for my aunt, who is 96 and has dementia.", "96"},
		{"Guten Tag, ich bin 80 und wohne allein.", "80"},
		{"Mijn moeder is 64 en woont alleen.", "64"},
		{"my mum is 81 and can't wait outside", "81"},
	}, []string{
		"Wij zijn met 4 en delen het account.",
		"the total is 12 and the tax 3",
		"the total was 12 and the tax 3",
		"I am 2 and a half hours late",
		"I am 5 minutes away",
	})
}

// TestTitleCaseJobsAfterCueOfSession32 checks a job's words in title case
// after "as", "as a" or "works as" when the sentence goes on after them;
// a role after "the" and a name after "as" stay out of TITLE.
func TestTitleCaseJobsAfterCueOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeTitle, []textValue{
		{"Shota Matsumoto works as Dental Hygienist for Midori Dental Clinic.", "Dental Hygienist"},
		{"I am employed as Senior Procurement Officer at Rakennustoimisto Koskinen Oy.", "Senior Procurement Officer"},
		{"As a Registered Nurse at Southfield Clinic I know the rules", "Registered Nurse"},
		{"I work as a Registered Nurse.", "Registered Nurse"},
	}, []string{
		"I spoke to the Store Manager yesterday",
		"I signed it as Anna Berg on Monday",
	})
}

// session32Seeds are FuzzDetect's seeds for the readers of session 32,
// whole and cut short where a reader looks ahead: block numbers and
// wards, quoted values and their closing quotes, login calls, recovery
// codes, hashes, key/value pairs, base64 padding and ages.
var session32Seeds = []string{
	"4-9-28 Nakameguro, Meguro-ku, Tokyo 153-1904",
	"1-2-3 A-ku,",
	"9-9-",
	"SECRET_KEY = 'django-insecure-^_)b^w@l%t&(x)'",
	"KEY='",
	"define( 'AUTH_KEY',  'a b c' );",
	"s.login('a@b.io', 'Tr0ub4dor&3')",
	"login(",
	"login('x',",
	"backup codes:\n1. 8f3k2-9dj4m\n2) 2412 0010",
	"recovery codes:",
	"$apr1$TOR0K5uA$g/rNsRwjLQGt5nqWrzxEiW",
	"$2y$05$",
	"{SHA}",
	`{"key": "apiKey", "value": "aCzsnpunF2NJd3igeKsOZylvIfTvaYuD2HzFxEoQ"}`,
	`"key": "password",`,
	"aws_session_token = QUJD==",
	"APP_KEY=base64:",
	"$config['smtp_pass'] = '",
	"spring.mail.password=kdgd odfp fmwa phtg",
	"I am 65 and",
	"ltc1qdmfeajswth6uewzj4mfd0wrsxjtycprky9p5fz",
}

// TestFirmNamesJoinedOfSession32 checks firms' names that the recognizer
// read as two: parts joined by an ampersand, a second legal form after
// the first ("Pvt. Ltd."), and legal forms of India and Hungary and
// professions' words that end a firm's name.
func TestFirmNamesJoinedOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeOrganization, []textValue{
		{"I work for Kessler & Vance Architects.", "Kessler & Vance Architects"},
		{"I work for Construtora Barbosa & Filhos Ltda. since 2019", "Construtora Barbosa & Filhos Ltda."},
		{"My employer is Nair & Menon Chartered Accountants.", "Nair & Menon Chartered Accountants"},
		{"I work at Sahyadri Software Solutions Pvt. Ltd. in Pune", "Sahyadri Software Solutions Pvt. Ltd."},
	}, nil)
	// Two people joined by "&" stay two people.
	assert.Equal(t, []string{"Anna Berg", "Tom Weber"}, valuesOf(t, d, "Regards, Anna Berg & Tom Weber", TypePerson))
}

// TestTimeAndDistanceNoStreetOfSession32 checks that a number and a word
// of time or distance before "weg" (German "away") or another word is
// no house number and street, as "5 Minuten weg" was.
func TestTimeAndDistanceNoStreetOfSession32(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Lieferung an Hauptstraße 5, 10115 Berlin bitte", "Hauptstraße 5, 10115 Berlin"},
	}, []string{
		"ich bin 5 Minuten weg",
		"ich bin in 5 Minuten da",
		"das ist 10 Meter weg",
		"er wohnt 2 Stunden weg",
	})
}
