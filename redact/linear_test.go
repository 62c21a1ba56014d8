package redact

import (
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// linearShapes are the inputs that once made Detect quadratic, each a
// unit repeated, with the option sets they were found with (see
// TestLinearSweep, which found them).
var linearShapes = []struct {
	name, unit string
	opts       []Option
	tail       string // repeated over the second half of the text, if any
}{
	// Every word start in a run of a token's body bytes may start a
	// prefixed token: the run and its dots are read once (see secretRun).
	{"jwt dots", "eyJ1.", nil, ""},
	{"jwt hyphens", "eyJ1-", nil, ""},
	{"jwt pieces", "1.eyJ", nil, ""},
	{"openai prefix", "sk-", nil, ""},
	{"slack prefix", "xoxb-", nil, ""},
	// Month words and dates, with DATE_TIME on, overlap one another in a
	// chain as long as the text: resolve marks the bytes kept rather than
	// comparing each candidate with each kept (see keepCovered).
	{"month dates", "lug 1990-01-02 ", []Option{WithThreshold(0), WithTypes(TypeDateTime, TypePerson)}, ""},
	{"month dates en", "march 1990-01-02 ", []Option{WithTypes(TypeDateTime)}, ""},
	// A value after "key=" runs to the end of the text and overlaps every
	// key or link after it: one cluster of thousands of candidates (a
	// head before '\x00', see sweepText).
	{"keys after key=", "key=\x00AKIAQ5CFTPR50YAI20LL,", nil, ""},
	{"links after key=", "key=\x00https://a.io/?key=aB3dE5fG7hJ9kL1mN2&sig=", nil, ""},
	// Slack prefixes, then a long run of dashes: each prefix's token
	// ends before the run's trailing dashes, found once per run
	// (secretRun.undashed).
	{"slack prefixes dashes", "xoxb-", nil, "-"},
	// Table headers that name birth columns, and the rows of one: each
	// line is read once, whatever number of headers and birth columns
	// (see tableColumns).
	{"birth headers", "dob,dob,date of birth\n", nil, ""},
	{"birth rows", "dob,dob,dob\n", nil, "01/02/1980,1980-02-01,x\n"},
	{"birth words on one line", "dob,", nil, ""},
	// A correction looks at the date before it only.
	{"corrections", "DOB 1952-09-02 instead of ", nil, ""},
	// Groups of four joined by " - " make one chunk as long as the text;
	// whether the groups so far make a whole number is kept as the chunk
	// grows (see wholeBefore), not counted again at each join.
	{"groups of four joined by dashes", "1234 - ", nil, ""},
	// Options that name the command again: each name reads four options
	// and three arguments at most (see htpasswdPassword).
	{"htpasswd in options", "-b-htpasswd ", nil, ""},
	// Groups of four after key words: each word reads 64 bytes at most,
	// each start there eight groups at most (see totpAfter).
	{"setup key groups", "key ABCD ", nil, ""},
	// Addresses with "%40" and SSH keys' comments in one long line:
	// each '@' or run reads a bounded stretch (see encodedEmail,
	// sshKeyComment).
	{"encoded addresses", "ab%40cd%40ef.", nil, ""},
	{"ssh key comments", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMlWCSSelUPHLfd3DKoG x@y ", nil, ""},
	// Not found quadratic, but held to it since session 47, when their
	// readers came: "c/" before a street's name looks back one step
	// only, a password's word reads 120 bytes at most, a customer's word
	// a label of bounded length.
	{"calle slashes", "c/", nil, " Almirante Cadarso 12, 46005 Valencia"},
	{"password words", "password ", nil, "Summer2023!!"},
	{"customer words", "customer no. ", nil, "12345678"},
	// Since session 49: phones parsed again at a leniency, and a
	// country's phones read apart (see lenientPhones,
	// findCountryPhones).
	{"phone leniency", "call (415) 555-0132 or +44 20 7946 0958, ", []Option{WithPhoneLeniency(PhoneExactGrouping)}, ""},
	{"country phones", "+90 532 123 45 67, 0917-123-4567 ", []Option{WithTypes(TypeTRPhoneNumber, TypePHMobileNumber, TypePhoneNumber)}, ""},
	{"country phone runs", "1 2-3.(4) ", []Option{WithTypes(TypeTRPhoneNumber)}, ""},
}

// largeLinearUnits are inputs whose cost grows with the candidates of
// the whole text, each a unit repeated, timed at sizes larger than
// TestDetectLinear's (see TestLargeLinear):
//   - records of a name, a date and an address whose street's word is
//     also a word of an event ("Court"): each such word looks only at the
//     addresses near it (see inAddress), where reading every candidate
//     made 2 MB of them take 22 s;
//   - phones and mailboxes after a firm's service (since session 48):
//     each candidate reads only the hits of the firmReach bytes before
//     it (see firmContact), where reading every hit made 4 MB of them
//     take 12 s.
var largeLinearUnits = []struct {
	name, unit string
	opts       []Option
}{
	{"record dates", "Anna Berg, 1996-06-15, 953 Pine Court, order\n", nil},
	{"firm lines", "hotline 0800 123 4567 or ", nil},
	{"firm mailboxes", "customer care support@example.com, ", nil},
	// Since session 49: texts read with their forms folded (foldForms),
	// addresses glued to Japanese, passports' zones (mrzLines).
	{"full-width forms", "連絡は０９０－５５１２－７７０３、", nil},
	{"arabic digits", "رقم الموبايل ٠١١٥٣٨٢٧٤٦٠ ", nil},
	{"glued addresses", "メールはtanaka@example.jpまで", nil},
	{"passport zones", "P<TURYILDIRIM<<MEHMET<ALI<<<<<<<<<<<<<<<<<<<\nU128745931TUR8611035M330517560701930860<<<20\n", nil},
	// A country's phones, each candidate asked whether it overlaps one
	// (overlapsAny searches; a loop over them all is quadratic, though
	// parsing the numbers hides it at these sizes: TestOverlapsAny).
	{"country phones", "+90 532 123 45 67, ", []Option{WithTypes(TypeTRPhoneNumber, TypePhoneNumber)}},
	// Cash App's "$" names with no payment's word (since session 64):
	// each looks for its context in the cashtagReach bytes about it, not
	// in the whole text.
	{"cash tags", "$abcd ", nil},
	// Password's words among words of a password's shape (since session
	// 65): shapedAround reads a bounded reach about each, and each word
	// once however many password's words stand within it.
	{"passwords around their words", "pw Ab1!cdef log in ", nil},
	// Turkish addresses read from each neighbourhood's word (since
	// session 65): ten words at most after it.
	{"turkish neighbourhoods", "Yeni Mah. Okul Sok. No:5 ", nil},
	{"chinese runs", "她身份证收件人王建国北京市朝阳区48号5号楼902室陈小姐", nil},
	{"chinese addresses", "北京市北京市48号5号楼", nil},
}

// TestLargeLinear checks that Detect's time grows linearly with each of
// largeLinearUnits from 64 KB to 512 KB: at most 20 times, as in
// TestDetectLinear (8 times is linear, 64 times quadratic).
func TestLargeLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing ratios need a plain, full run")
	}
	for _, u := range largeLinearUnits {
		t.Run(u.name, func(t *testing.T) {
			d, err := NewDetector(u.opts...)
			require.NoError(t, err)
			small, large := strings.Repeat(u.unit, (64<<10)/len(u.unit)), strings.Repeat(u.unit, (512<<10)/len(u.unit))
			var ratio float64
			for range 5 {
				// A collection first, each time: the garbage of the
				// package's earlier tests is no cost of these inputs.
				runtime.GC()
				l := sweepTime(d, large, 2)
				runtime.GC()
				if ratio = float64(l) / float64(sweepTime(d, small, 2)); ratio <= 20 {
					return
				}
			}
			t.Errorf("Detect on %d bytes took %.0f times as long as on %d bytes", len(large), ratio, len(small))
		})
	}
}

// TestDetectLinear checks that Detect's time grows linearly with each of
// linearShapes: from 4 KB to 32 KB, at most 20 times (8 times is
// linear, 64 times quadratic). Each size is timed best of three, and a
// failing ratio is measured again up to four times, so that a busy
// machine does not fail it; no time is bounded, only the ratio. The
// sizes stay below those at which the soft scanner's chunks (64 KB) and
// the pooled candidates (reset drops more than 16K) add a step to the
// cost, which a ratio would read as growth.
func TestDetectLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing ratios need a plain, full run")
	}
	for _, sh := range linearShapes {
		t.Run(sh.name, func(t *testing.T) {
			d, err := NewDetector(sh.opts...)
			if err != nil {
				t.Fatal(err)
			}
			text := func(n int) string {
				if sh.tail == "" {
					return sweepText(sh.unit, n)
				}
				return sweepText(sh.unit, n/2) + strings.Repeat(sh.tail, n/2/len(sh.tail))
			}
			small, large := text(4<<10), text(32<<10)
			var ratio float64
			for range 5 {
				ratio = float64(sweepTime(d, large, 3)) / float64(sweepTime(d, small, 3))
				if ratio <= 20 {
					return
				}
			}
			t.Errorf("Detect on %d bytes took %.0f times as long as on %d bytes", len(large), ratio, len(small))
		})
	}
}

// TestSecretLongBody checks that a token whose body is far longer than
// secretSample is still read whole, and that a run of prefixes is none.
func TestSecretLongBody(t *testing.T) {
	d := defaultDetector(t)
	const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	body := make([]byte, 6000)
	for i := range body {
		body[i] = b64[(i*37+i/7)%64]
	}
	jwt := "eyJhbGciOiJIUzI1NiJ9.eyJ" + string(body) + ".c2lnbmF0dXJlLXNpZ25hdHVyZQ"
	for _, text := range []string{"token " + jwt + " ok", "Bearer " + jwt + "."} {
		fs := detect(t, d, text)
		require.Len(t, fs, 1)
		assert.Equal(t, TypeJWT, fs[0].Type)
		assert.Equal(t, jwt, text[fs[0].Start:fs[0].End])
	}
	for _, unit := range []string{"eyJ1.", "sk-", "xoxb-"} {
		assert.Empty(t, detect(t, d, strings.Repeat(unit, 2000)), unit)
	}
}

// TestKeepCovered checks that resolve keeps the same candidates of a big
// cluster by marking covered bytes as by comparing spans pairwise.
func TestKeepCovered(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var s state
	for range 200 {
		n := bigCluster + 1 + rng.IntN(100)
		c := make([]cand, n)
		lo, hi := 1<<30, 0
		for i := range c {
			a := 5 + rng.IntN(300)
			c[i] = cand{start: a, end: a + 1 + rng.IntN(70), score: float64(rng.IntN(5)) / 4}
			lo, hi = min(lo, c[i].start), max(hi, c[i].end)
		}
		s.cluster = s.cluster[:0]
		for i := range c {
			s.cluster = append(s.cluster, i)
		}
		var want []int
		for _, k := range s.cluster {
			ok := true
			for _, m := range want {
				if c[m].start < c[k].end && c[k].start < c[m].end {
					ok = false
					break
				}
			}
			if ok {
				want = append(want, k)
			}
		}
		s.kept = s.kept[:0]
		assert.True(t, s.keepCovered(c, lo, hi))
		assert.Equal(t, want, s.kept)
	}
}

// TestIndexDenyLinear checks the search of a deny list's literal value in
// any case alone, as deny runs it over a text, from 64 KB to 512 KB: the
// next of each case of its first letter is searched for once passed (see
// indexDeny). Searching for both at every position read to the one far
// 'm' from each '.' of "M.M.M...m", a quadratic time the detector's own
// cost hid at TestDetectLinear's sizes.
func TestIndexDenyLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing ratios need a plain, full run")
	}
	sweep := func(text string) time.Duration {
		best := time.Duration(1<<63 - 1)
		for range 3 {
			start := time.Now()
			for off := 0; off < len(text); {
				a := indexDeny(text, off, "mX.", true)
				if a < 0 {
					break
				}
				off = a + 1
			}
			best = min(best, time.Since(start))
		}
		return max(best, time.Microsecond)
	}
	small, large := strings.Repeat("M.", 32<<10)+"m", strings.Repeat("M.", 256<<10)+"m"
	var ratio float64
	for range 5 {
		if ratio = float64(sweep(large)) / float64(sweep(small)); ratio <= 20 {
			return
		}
	}
	t.Errorf("indexDeny over %d bytes took %.0f times as long as over %d bytes", len(large), ratio, len(small))
}
