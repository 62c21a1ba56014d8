package redact

import (
	"context"
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// TestLinearSweep looks for inputs that make Detect slower than linear.
// It builds about 30,000 units from the detector's own tables (every
// keyword and phrase of the keyword table, the context words of the
// default rules, the cue words and lists of the names and addresses
// scanner) and from ~400 shapes of digits, codes and symbols, each
// followed by separators and value-like text; pairs of units alternating;
// and a head (a key, a cue, a block's start) followed by a long tail of
// each shape. It repeats each unit to 16 KB and 64 KB, times Detect on
// both, and times a suspect (ratio above 6 for four times the size) again,
// best of three, then at 256 KB: a unit above 6 at both steps is reported
// ABOVE LINEAR and fails the test, and the slowest units by MB/s are
// listed too.
//
// It runs only when asked, for it takes about ten minutes on two cores:
//
//	CONFIDE_LINEAR_SWEEP=1 go test -count=1 -run TestLinearSweep -timeout 60m -v ./redact/
//
// Optional variables: CONFIDE_LINEAR_SMALL, the small size in bytes
// (default 16384; the soft scanner reads 64 KB chunks, so a quadratic
// step inside a chunk shows best below that size, a quadratic step over
// the whole text at any size); CONFIDE_LINEAR_FACTOR, the factor of the
// large size (default 4); CONFIDE_LINEAR_MATCH, a substring of the unit
// names to sweep (the unit's text quoted with %q, e.g. "password", or
// \x00 for the heads with tails); and CONFIDE_LINEAR_CONFIGS, a
// comma-separated subset of default, t0 and all (the default detector,
// WithThreshold(0), and every type on, the opt-in ones too, with
// threshold 0), by default "default,all".
//
// A noisy machine makes suspects that the larger sizes clear; a unit
// found ABOVE LINEAR is profiled (go test -cpuprofile on a test that
// repeats it to a megabyte), fixed, and added to TestDetectLinear.
func TestLinearSweep(t *testing.T) {
	if os.Getenv("CONFIDE_LINEAR_SWEEP") == "" {
		t.Skip("set CONFIDE_LINEAR_SWEEP=1 to run the linear-time sweep (minutes)")
	}
	small := sweepEnvInt("CONFIDE_LINEAR_SMALL", 16<<10)
	factor := sweepEnvInt("CONFIDE_LINEAR_FACTOR", 4)
	match := os.Getenv("CONFIDE_LINEAR_MATCH")
	configs := sweepConfigs(t, os.Getenv("CONFIDE_LINEAR_CONFIGS"))

	units := sweepUnits(t)
	total := len(units)
	if match != "" {
		units = slices.DeleteFunc(units, func(u string) bool { return !strings.Contains(fmt.Sprintf("%q", u), match) })
	}
	t.Logf("%d units of %d, %d option sets, sizes %d and %d bytes", len(units), total, len(configs), small, small*factor)

	type result struct {
		unit, config string
		ratio, mbs   float64
		ratio2, mbs2 float64 // at the larger sizes, for a suspect
	}
	var flagged, all []result
	limit := 1.5 * float64(factor) // 6 for 4x
	start := time.Now()
	var bytesDone int64
	var timeDone time.Duration
	for ci, c := range configs {
		for _, u := range units {
			a, b := sweepText(u, small), sweepText(u, small*factor)
			ta, tb := sweepTime(c.d, a, 1), sweepTime(c.d, b, 1)
			// One run each first; a suspect is timed again, best of
			// three, since the machine is shared and noisy.
			if ratio := float64(tb) / float64(ta); ratio > limit {
				ta, tb = min(ta, sweepTime(c.d, a, 3)), min(tb, sweepTime(c.d, b, 3))
			}
			bytesDone += int64(len(a) + len(b))
			timeDone += ta + tb
			r := result{unit: u, config: c.name, ratio: float64(tb) / float64(ta), mbs: float64(len(b)) / tb.Seconds() / 1e6}
			if r.ratio > limit {
				// A suspect is confirmed at sizes four times larger:
				// noise rarely strikes twice, a quadratic step does.
				big := sweepText(u, small*factor*factor)
				tc := sweepTime(c.d, big, 3)
				r.ratio2, r.mbs2 = float64(tc)/float64(tb), float64(len(big))/tc.Seconds()/1e6
				if r.ratio2 > limit {
					flagged = append(flagged, r)
				}
				t.Logf("suspect %-7s ratio %5.1f then %5.1f  %6.2f MB/s  %q", c.name, r.ratio, r.ratio2, r.mbs2, u)
			}
			all = append(all, r)
		}
		t.Logf("option set %d/%d (%s) done after %v", ci+1, len(configs), c.name, time.Since(start).Round(time.Second))
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ratio > all[j].ratio })
	t.Logf("mean %.2f MB/s over %d measures; highest ratios:", float64(bytesDone)/timeDone.Seconds()/1e6, len(all))
	for _, r := range all[:min(25, len(all))] {
		t.Logf("  %-7s ratio %5.1f  %6.2f MB/s  %q", r.config, r.ratio, r.mbs, r.unit)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].mbs < all[j].mbs })
	t.Logf("slowest units (MB/s at the large size):")
	for _, r := range all[:min(25, len(all))] {
		t.Logf("  %-7s ratio %5.1f  %6.2f MB/s  %q", r.config, r.ratio, r.mbs, r.unit)
	}
	sort.Slice(flagged, func(i, j int) bool { return flagged[i].ratio2 > flagged[j].ratio2 })
	t.Logf("ABOVE LINEAR at both sizes (ratios at %d/%d and %d/%d bytes):", small*factor, small, small*factor*factor, small*factor)
	for _, r := range flagged {
		t.Logf("  %-7s ratio %5.1f then %5.1f  %6.2f MB/s  %q", r.config, r.ratio, r.ratio2, r.mbs2, r.unit)
	}
	t.Logf("%d of %d measures above linear (ratio > %.0f) at both sizes, in %v", len(flagged), len(all), limit, time.Since(start).Round(time.Second))
	if len(flagged) > 0 {
		t.Errorf("%d units above linear at both sizes: time each at 1 to 4 MB before mending (a loaded machine makes suspects)", len(flagged))
	}
}

type sweepConfig struct {
	name string
	d    *Engine
}

// sweepConfigs builds the detectors named in list (all when empty).
func sweepConfigs(t *testing.T, list string) []sweepConfig {
	t.Helper()
	every, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	types := every.Types()
	for typ := range optInTypes {
		types = append(types, typ)
	}
	sets := map[string][]Option{
		"default": nil,
		"t0":      {WithThreshold(0)},
		"all":     {WithThreshold(0), WithTypes(types...)},
	}
	names := []string{"default", "all"}
	if list != "" {
		names = strings.Split(list, ",")
	}
	var cs []sweepConfig
	for _, n := range names {
		opts, ok := sets[n]
		if !ok {
			t.Fatalf("unknown option set %q (default, t0, all)", n)
		}
		d, err := NewDetector(opts...)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, sweepConfig{n, d})
	}
	return cs
}

func sweepEnvInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// sweepText repeats unit to about n bytes, whole units only. A unit
// "H\x00B" stands for H once, then B repeated: a head whose window, read
// from each later anchor without bound, would cost the square of the text.
func sweepText(unit string, n int) string {
	head, body, ok := strings.Cut(unit, "\x00")
	if !ok {
		body, head = unit, ""
	}
	if body == "" {
		return head
	}
	return head + strings.Repeat(body, max(1, (n-len(head))/len(body)))
}

// sweepTime returns the best of runs timings of Detect over text.
func sweepTime(d *Engine, text string, runs int) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range runs {
		t0 := time.Now()
		if _, err := d.Detect(context.Background(), text); err != nil {
			panic(err)
		}
		best = min(best, time.Since(t0))
	}
	return max(best, time.Microsecond)
}

// sweepUnits returns the units of the sweep, each once.
func sweepUnits(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	var units []string
	add := func(us ...string) {
		for _, u := range us {
			if u != "" && !seen[u] {
				seen[u] = true
				units = append(units, u)
			}
		}
	}

	// Every keyword and phrase of the keyword table, with the separators
	// and values a key takes.
	d, err := NewDetector(WithThreshold(0))
	if err != nil {
		t.Fatal(err)
	}
	keyTails := []string{"=", ": a", " a|b|", ":\n", " ", " 1990-01-02 "}
	for _, e := range d.kw.entries {
		for _, tail := range keyTails {
			add(e.phrase + tail)
		}
		add(sweepTitle(e.phrase)+":\n", strings.ReplaceAll(e.phrase, " ", "_")+"=")
	}
	// Every context and negative context word and keyword of the default
	// rules, before digits and codes.
	ruleTails := []string{" 123456789 ", ": AB123456C ", " 12-34-56 "}
	words := map[string]bool{}
	for _, r := range DefaultRules() {
		for _, w := range slices.Concat(r.Context, r.NegativeContext, r.Keywords) {
			if !words[w] {
				words[w] = true
				for _, tail := range ruleTails {
					add(w + tail)
				}
			}
		}
	}
	// The cue words and word lists of the names and addresses scanner,
	// as written, capitalised, after a colon and before a name.
	softTails := []string{" Anna Berg ", ":\n", " 12 "}
	var soft []string
	for _, c := range cuePhrases {
		// The jobs after "my" stand for those after "our", "his", ...
		if f := strings.Fields(c.text); len(f) < 2 || !slices.Contains([]string{"our", "your", "his", "her", "their"}, f[0]) {
			soft = append(soft, c.text)
		}
	}
	for _, l := range []string{listHonorifics, listStreetTypes, listStreetPrefixes, listUnits, listJobHeads,
		listPlaceLabels, listLabelHeads, listFieldLabels, listSpeakers, listOrgSuffixes, listOrgCuesAfter,
		listGreetLeads, listKinNouns, listDepartments, listMeasureUnits, listMonthsDays, listSignoffWords} {
		soft = append(soft, splitList(l)...)
	}
	soft = append(soft, streetSuffixes[:]...)
	soft = append(soft, strings.Fields("da de del della van von der den ter zu la le el al bin ibn y e et und")...)
	for _, w := range soft {
		for _, tail := range softTails {
			add(w + tail)
		}
		add(sweepTitle(w) + " Anna Berg ")
	}
	add("Anna ", "Anna Berg ", "Berlin ", "Main Street ", "ANNA BERG ", "Name: Anna Berg\n", "> ", "> Anna Berg\n",
		"-- \n", "--\nAnna\n", "Hi Anna,\n", "Dear Mr. Smith\n", "Ship to 12 Main St\n", "12 Main St ", "Apt 4 ",
		"Zorvik ", "Zorvik Qell ", "AbcDef ", "Abc-Def ", "Abc'Def ", "O'Brien ", "McDonald ", "Ab. ", "A. ", "A.B. ")

	// Shapes of digits, codes and symbols.
	shapes := len(units)
	seps := []string{" ", "-", ".", "/", ":", ",", "\u00a0", "\u2009", "\u202f", "", "\t", "\n", "_", "+", "(", ")"}
	for _, sep := range seps {
		for _, g := range []string{"1", "12", "123", "1234", "12345", "123456", "1234567890", "a1", "AB12"} {
			add(g + sep)
		}
		add("+1"+sep, "(0)"+sep, "+49"+sep+"30"+sep, "0"+sep, "1"+sep+"2"+sep)
	}
	add("+1 ", "(0)", "(555) ", "+44 (0) ", "1-800-", "12/31/1990 ", "31.12.1990 ", "1990-12-31 ", "2024-01-02T03:04:05Z ",
		"12:34 ", "12:34:56 ", "9am ", "1.2.3.4 ", "192.168.", "10.0.0.1:", "a:", "::", "::1 ", "fe80::", "ab:cd:",
		"1234 5678 ", "4111 1111 1111 1111 ", "4111-", "DE89 ", "DE89 3704 ", "GB82WEST ", "NL", "DE",
		"deadbeef", "0x", "0xdeadbeef ", "aB3+", "aB3/", "QUJD", "==", "-----BEGIN ", "-----BEGIN PGP ", "BEGIN PGP ",
		"-----END ", "-----", "eyJ", "eyJhbGciOi.", "eyJ.eyJ.", "http://a/", "https://", "www.", "a.com/", "?a=1&",
		"a@", "a.b@c.", "@@", "@", "a@b.c ", "x@y ", "abcdefghij", "abcdefghijklmnopqrstuvwxyz", "AbcDef", "aB", "Ab",
		"snake_case_", "a_", "_", "__", "A_B_", "SMTP_", "'", "\"", "`", "((((", "))))", "[[[[", "]]]]", "{{{{", "}}}}",
		"<", ">", "<a>", "\\", "\\n", "%", "#", "$", "$a", "${", "&", "*", "=", "==", "!", "?", ";", "|", "~",
		"\xff", "\xc3", "\xe2\x80", "e\u0301", "\u0301", "\u05d0\u05d1 ", "\u0627\u0644", "\U0001F600", "\U0001F600 ",
		"\uff11\uff12\uff13", "\uff11", "\u0661\u0662", "\u00e9", "\u00c9", "\u0416", "\u4e2d", "\u200b", "\u00ad",
		"\r\n", "\n\n", " ", "\t", ". ", ", ", "a ", "A ", "I ", "1 ", "1. ", "1)", "#1 ", "No. 1 ", "N\u00ba ", "Nr. ",
		"\u00a7", "\u20ac1", "$1.00 ", "1,000.00 ", "1.000,00 ", "50% ", "1st ", "2nd ", "x1", "v1.2.3 ", "1e10 ",
		"AKIA", "AKIAABCDEFGHIJKLMNOP ", "ghp_", "sk-", "xoxb-", "-u a:Bc1 ", "Bearer ", "Basic ", "postgres://a:b@",
		"mongodb://", "://", "key=", "a=b&", "a=b;", "a: b\n", "\"a\": \"", "\"a\":1,", "{\"a\":", "<a href=\"",
		"1Z", "1Z999AA1", "bc1q", "0x12ab", "1A1", "SW1A ", "12345-6789 ", "A1B 2C3 ", "Mr ", "Dr. ", "Mr. A. ",
		"Main St ", "St. ", "Str. ", "12a ", "12-14 ", "1/2 ", "1\u20442 ", "\u00bd ", "Â", "\u00a0", "\u2028",
	)
	base := slices.Clone(units[shapes:]) // the shapes above, for mixes

	// Pairs of units alternating: a small set of characteristic units
	// of each kind, each with each.
	mix := []string{"password=", "token: ", "dob ", "phone ", "iban ", "Anna ", "Mr ", "Street ", "12 ", "1-", "1.", "a:",
		"a@", "a.", "aB3+", "((((", "\"", "_", "-----BEGIN ", "eyJ", "http://a/", "\xff", "\u00a0", "\n", "> ", ": ",
		"DE89 ", "1990-12-31 ", "+1 ", "e\u0301", "AbcDef", "ship to "}
	for _, a := range mix {
		for _, b := range mix {
			if a != b {
				add(a + b)
			}
		}
	}
	for i, a := range base {
		add(a + base[(i*7+3)%len(base)])
	}
	// One head, then a long tail: a key, a cue or a block's start, and
	// every shape after it.
	heads := []string{"password: ", "token=", "Date of birth: ", "phone ", "IBAN ", "ssn ", "card ", "my name is ",
		"Ship to ", "Dear Anna,\n", "-----BEGIN PGP SIGNATURE-----\n", "-----BEGIN RSA PRIVATE KEY-----\n",
		"Name: ", "> ", "-- \n", "{\"password\": \"", "https://", "eyJhbGciOi", "\"", "(", "["}
	for _, h := range heads {
		for _, b := range base {
			add(h + "\x00" + b)
		}
	}
	return units
}

// sweepTitle capitalises the first letter of s.
func sweepTitle(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
