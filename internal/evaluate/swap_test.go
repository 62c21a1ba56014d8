package evaluate

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/confide-dev/confide/redact"
)

// corpusOf builds a corpus from lines whose labelled values are marked
// as [TYPE:value] (decoys as [~TYPE:value]).
func corpusOf(t *testing.T, marked ...string) *ChatCorpus {
	t.Helper()
	re := regexp.MustCompile(`\[(~?)([A-Z_0-9]+):([^\]]*)\]`)
	c := &ChatCorpus{}
	for _, m := range marked {
		var b strings.Builder
		var spans []ChatSpan
		last := 0
		for _, x := range re.FindAllStringSubmatchIndex(m, -1) {
			b.WriteString(m[last:x[0]])
			start := b.Len()
			b.WriteString(m[x[6]:x[7]])
			spans = append(spans, ChatSpan{start, b.Len(), m[x[4]:x[5]], x[3] == x[2]})
			last = x[1]
		}
		b.WriteString(m[last:])
		c.Lines = append(c.Lines, b.String())
		c.Spans = append(c.Spans, spans)
	}
	return c
}

// values returns the text of every span of c, line by line.
func values(c *ChatCorpus) [][]string {
	out := make([][]string, len(c.Lines))
	for i, sp := range c.Spans {
		for _, s := range sp {
			out[i] = append(out[i], c.Lines[i][s.Start:s.End])
		}
	}
	return out
}

// around returns the text of each line outside its spans.
func around(c *ChatCorpus) [][]string {
	out := make([][]string, len(c.Lines))
	for i, sp := range c.Spans {
		pos := 0
		for _, s := range sp {
			out[i] = append(out[i], c.Lines[i][pos:s.Start])
			pos = s.End
		}
		out[i] = append(out[i], c.Lines[i][pos:])
	}
	return out
}

var fixture = []string{
	"Grüße, ich bin [PERSON:Zoë Müller], Tel. [PHONE:+49 30 47860804], Mail [EMAIL:zoë.m@example.de] um [~TIME:14:32].",
	"user> [PERSON:Søren O. Davis] here; again [PERSON:Søren O. Davis], born [DOB:25/07/1986], SSN [SSN:378-37-9613].",
	"€ refund [~PRICE:€139,40] to [CREDIT_CARD:4970-1087-8125-7331] not [~CC_INVALID:4267 7148 0965 7563], IBAN [IBAN:DE23438407545305450710]",
	"[PERSON:Sarah da Silva] lives at [ADDRESS:8744 Cedar Place Apt 26D, Madison, WI 68686] (see [URL:https://x.example/u/sarah])",
	"key [AWS_ACCESS_KEY:AKIA5HKPBD3443TXWBXU] / [AWS_SECRET_KEY:iKqJwQu0qWo+4g2vKhr7tZ+Y1sp9aHPWMqZFKMns] at [~TIME:4:35 AM]",
}

func TestSwappedMovesOffsets(t *testing.T) {
	c := corpusOf(t, fixture...)
	s := c.Swapped(1)
	require.Len(t, s.Lines, len(c.Lines))
	assert.Equal(t, around(c), around(s), "the text around the values stays")
	ov, sv := values(c), values(s)
	for i := range c.Lines {
		assert.True(t, utf8.ValidString(s.Lines[i]))
		require.Len(t, s.Spans[i], len(c.Spans[i]))
		for k, sp := range s.Spans[i] {
			assert.Equal(t, c.Spans[i][k].Type, sp.Type)
			assert.Equal(t, c.Spans[i][k].PII, sp.PII)
			switch sp.Type {
			case "IBAN", "URL":
				assert.Equal(t, ov[i][k], sv[i][k], "%s stays", sp.Type)
			default:
				assert.NotEqual(t, ov[i][k], sv[i][k], "%s is replaced", sp.Type)
			}
		}
	}
	// A value repeated on a line gets the same replacement.
	assert.Equal(t, sv[1][0], sv[1][1])
	assert.Empty(t, s.Kept)
}

func TestSwappedIsDeterministic(t *testing.T) {
	c := corpusOf(t, fixture...)
	assert.Equal(t, c.Swapped(7), c.Swapped(7))
	a, b := values(c.Swapped(1)), values(c.Swapped(2))
	differ := 0
	for i := range a {
		for k := range a[i] {
			if a[i][k] != b[i][k] {
				differ++
			}
		}
	}
	assert.Greater(t, differ, 10, "another seed draws other values")
}

func TestSwappedLeavesOverlapsAndUnknownShapes(t *testing.T) {
	c := corpusOf(t,
		"at [ADDRESS:the old mill by the river] and [PERSON:Ana Lima]",
		"[NOTE:free text] stays",
	)
	c.Lines = append(c.Lines, "overlap 4111 1111 1111 1111")
	c.Spans = append(c.Spans, []ChatSpan{{8, 27, "CREDIT_CARD", true}, {13, 17, "PHONE", true}})
	s := c.Swapped(3)
	assert.Equal(t, "the old mill by the river", values(s)[0][0])
	assert.NotEqual(t, "Ana Lima", values(s)[0][1])
	assert.Equal(t, map[string]int{"ADDRESS": 1}, s.Kept)
	assert.Equal(t, c.Lines[1:], s.Lines[1:])
	assert.Equal(t, c.Spans[2], s.Spans[2])
}

// swapOne swaps one value of type typ under many seeds.
func swapOne(t *testing.T, typ, v string, seeds int) []string {
	t.Helper()
	return swapOneWith(t, (*ChatCorpus).Swapped, typ, v, seeds)
}

// swapOneWith is swapOne with Swapped or SwappedFresh.
func swapOneWith(t *testing.T, swap func(*ChatCorpus, uint64) *ChatCorpus, typ, v string, seeds int) []string {
	t.Helper()
	c := &ChatCorpus{Lines: []string{v}, Spans: [][]ChatSpan{{{0, len(v), typ, true}}}}
	var out []string
	for seed := range uint64(seeds) {
		s := swap(c, seed)
		require.Empty(t, s.Kept, "%s %q not recognised", typ, v)
		out = append(out, s.Lines[0])
	}
	return out
}

func luhnOK(v string) bool { return luhnSum(digitsOf(v))%10 == 0 }

// sameLayout reports whether a and b have their digits at the same places
// and the same characters elsewhere.
func sameLayout(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range len(a) {
		da, db := a[i] >= '0' && a[i] <= '9', b[i] >= '0' && b[i] <= '9'
		if da != db || !da && a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSwappedCards(t *testing.T) {
	for _, v := range []string{"4970-1087-8125-7331", "6011 9400 8993 5358", "342929955449530", "3490 399853 24761", "2257 1234 5678 9011", "5569652418448965"} {
		require.True(t, luhnOK(v), v)
		for _, n := range swapOne(t, "CREDIT_CARD", v, 200) {
			assert.True(t, luhnOK(n), "%s from %s is Luhn-valid", n, v)
			assert.True(t, sameLayout(v, n), "%s keeps the grouping of %s", n, v)
			assert.Equal(t, v[:2], n[:2])
			if strings.HasPrefix(v, "6011") {
				assert.Equal(t, "6011", n[:4], "Discover stays Discover")
			}
			if p, _ := strconv.Atoi(string(digitsOf(n)[:4])); v[0] == '2' {
				assert.True(t, p >= 2221 && p <= 2720, "%s stays a Mastercard 2-series", n)
			}
		}
	}
	for _, v := range []string{"4267 7148 0965 7563", "5117225836218865", "4594-4705-3440-3724"} {
		require.False(t, luhnOK(v), v)
		for _, n := range swapOne(t, "CC_INVALID", v, 200) {
			assert.False(t, luhnOK(n), "%s from %s is Luhn-invalid", n, v)
			assert.True(t, sameLayout(v, n))
		}
	}
}

func TestSwappedNumbers(t *testing.T) {
	for _, v := range []string{"378-37-9613", "372 20 5325", "065838927"} {
		for _, n := range swapOne(t, "SSN", v, 100) {
			assert.True(t, sameLayout(v, n), n)
			d := string(digitsOf(n))
			area, _ := strconv.Atoi(d[:3])
			assert.True(t, area > 0 && area < 900 && area != 666 && d[3:5] != "00" && d[5:] != "0000", n)
		}
	}
	for _, v := range []string{"+44 20 7277 5394", "(480) 878-0511", "+55 11 97531-5293", "635.971.9292"} {
		keep := len(digitsOf(v)) * 55 / 100
		for _, n := range swapOne(t, "PHONE", v, 50) {
			assert.True(t, sameLayout(v, n), n)
			assert.Equal(t, digitsOf(v)[:keep], digitsOf(n)[:keep], "the leading digits of %s stay", v)
		}
	}
	for _, v := range []string{"£404", "€139,40", "$6,968.05"} {
		for _, n := range swapOne(t, "PRICE", v, 50) {
			assert.True(t, sameLayout(v, n), n)
			assert.NotEqual(t, byte('0'), digitsOf(n)[0])
		}
	}
	for _, n := range swapOne(t, "VERSION", "v11.25.92", 50) {
		assert.True(t, sameLayout("v11.25.92", n), n)
	}
	for _, v := range []string{"192.168.179.95", "172.24.248.21", "10.10.25.200", "30.48.151.254"} {
		for _, n := range swapOne(t, "IPV4", v, 100) {
			assert.Regexp(t, `^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$`, n)
			o := strings.Split(n, ".")
			switch {
			case strings.HasPrefix(v, "192.168."):
				assert.True(t, strings.HasPrefix(n, "192.168."), n)
			case strings.HasPrefix(v, "172."):
				b, _ := strconv.Atoi(o[1])
				assert.True(t, o[0] == "172" && b >= 16 && b <= 31, n)
			case strings.HasPrefix(v, "10."):
				assert.Equal(t, "10", o[0])
			default:
				assert.NotContains(t, []string{"10", "127", "172", "192"}, o[0], n)
			}
		}
	}
	for _, v := range []string{"2001:db8::2608:f4f9", "fe80::29d7:54:2037:49e", "368a:eeae:e0d0:247c:5d66:680d:d426:60e0"} {
		for _, n := range swapOne(t, "IPV6", v, 50) {
			assert.Equal(t, strings.Count(v, ":"), strings.Count(n, ":"))
			assert.Equal(t, strings.Index(v, "::"), strings.Index(n, "::"))
			assert.Regexp(t, `^[0-9a-f:]+$`, n)
			if strings.HasPrefix(v, "2001:db8:") {
				assert.True(t, strings.HasPrefix(n, "2001:db8:"), n)
			}
		}
	}
}

func TestSwappedDates(t *testing.T) {
	tests := []struct{ v, re string }{
		{"25/07/1986", `^(0[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2])/(19[4-9]\d|200[0-6])$`},   // day first
		{"07/25/1986", `^(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/(19[4-9]\d|200[0-6])$`},   // month first
		{"02/10/1986", `^(0[1-9]|1[0-2])/(0[1-9]|1[0-2])/(19[4-9]\d|200[0-6])$`},         // either: stays either
		{"09.01.1989", `^(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.(19[4-9]\d|200[0-6])$`}, // German
		{"1989-01-09", `^(19[4-9]\d|200[0-6])-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`},
		{"8 August 1976", `^([1-9]|[12]\d|3[01]) (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$`},
		{"9 Aug 1976", `^([1-9]|[12]\d|3[01]) [A-Z][a-z]{2} \d{4}$`},
		{"October 3, 1949", `^[A-Z][a-z]+ ([1-9]|[12]\d|3[01]), \d{4}$`},
	}
	for _, tt := range tests {
		for _, n := range swapOne(t, "DOB", tt.v, 100) {
			assert.Regexp(t, tt.re, n, "from %s", tt.v)
		}
	}
	for _, n := range swapOne(t, "DATE_OTHER", "2025-08-26", 100) {
		assert.Regexp(t, `^20(1[89]|2[0-6])-`, n, "a recent date stays recent")
	}
	for v, re := range map[string]string{
		"04:50": `^([01]\d|2[0-3]):[0-5]\d$`, "4:35 AM": `^[1-9]:[0-5]\d AM$`,
		"11:40 am": `^1[0-2]:[0-5]\d am$`, "9:32 pm": `^[1-9]:[0-5]\d pm$`,
	} {
		for _, n := range swapOne(t, "TIME", v, 100) {
			assert.Regexp(t, re, n)
		}
	}
}

func TestSwappedSecretsAndCodes(t *testing.T) {
	class := func(c byte) byte {
		switch {
		case c >= '0' && c <= '9':
			return '9'
		case c >= 'a' && c <= 'z':
			return 'a'
		case c >= 'A' && c <= 'Z':
			return 'A'
		}
		return c
	}
	shape := func(s string) string {
		b := []byte(s)
		for i := range b {
			b[i] = class(b[i])
		}
		return string(b)
	}
	tests := []struct{ typ, v, prefix string }{
		{"AWS_ACCESS_KEY", "ASIA5T56TN776TTXH6HH", "ASIA"},
		{"AWS_SECRET_KEY", "iKqJwQu0qWo+4g2vKhr7tZ+Y1sp9aHPWMqZFKMns", ""},
		{"GITHUB_TOKEN", "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", "github_pat_"},
		{"GITHUB_TOKEN", "ghp_U6BkUhqeeBtTJ4fekftIAT5G1WFgrm0gnNlH", "ghp_"},
		{"STRIPE_KEY", "sk_live_eWavj1OKaN7mheagoXYlydbn", "sk_live_"},
		{"SLACK_TOKEN", "xoxb-33108558766-2641560935587-3j9LjaqsvTLihk7YfjluXoRw", "xoxb-"},
		{"ORDER_ID", "ORD-8189149", "ORD-"},
		{"ORDER_ID", "#43999987", "#"},
		{"TICKET_ID", "INC4906317", "INC"},
		{"SKU", "MDL-BES2696", "MDL-"},
		{"TRACKING_NO", "1ZVOQES70HONLE4GKW", "1Z"},
		{"TRACKING_NO", "JD819593601689094718", "JD"},
	}
	for _, tt := range tests {
		for _, n := range swapOne(t, tt.typ, tt.v, 20) {
			assert.Equal(t, shape(tt.v), shape(n), "%s keeps its character classes", tt.typ)
			assert.True(t, strings.HasPrefix(n, tt.prefix), "%s keeps %q", n, tt.prefix)
			if tt.typ == "AWS_ACCESS_KEY" {
				assert.Regexp(t, `^A[A-Z2-7]{19}$`, n, "base32")
			}
		}
	}
	for _, v := range []string{"linda263@uni-heidelberg.de", "mohammed.lefevre+support@umbrella-health.org"} {
		for _, n := range swapOne(t, "EMAIL", v, 50) {
			assert.Regexp(t, `^[a-z0-9._]+(\+support)?@[a-z0-9.-]+\.[a-z]{2,}$`, n)
			assert.Equal(t, strings.Contains(v, "+"), strings.Contains(n, "+"), n)
		}
	}
}

func TestSwappedPeopleAndAddresses(t *testing.T) {
	for _, n := range swapOne(t, "PERSON", "Daniel W. Nguyen", 50) {
		w := strings.Fields(n)
		require.Len(t, w, 3, n)
		assert.Regexp(t, `^[A-Z]\.$`, w[1], "an initial gets an initial")
		assert.Contains(t, tuningPools.given, w[0])
		assert.Contains(t, tuningPools.surnames, w[2])
	}
	for _, n := range swapOne(t, "PERSON", "Sarah da Silva", 20) {
		assert.Equal(t, "da", strings.Fields(n)[1], "a particle stays")
	}
	addresses := map[string]*regexp.Regexp{
		"8744 Cedar Place Apt 26D, Madison, WI 68686":    regexp.MustCompile(`^\d+ \S+ [A-Z][a-z]+ Apt \d+[A-D], [A-Z][\pL. ]+, [A-Z]{2} \d{5}$`),
		"9 Washington St, Springfield, IL 62704":         regexp.MustCompile(`^\d+ \S+ (St|Ave|Rd|Blvd|Dr|Ln|Ct|Pl), [A-Z][\pL. ]+, [A-Z]{2} \d{5}$`),
		"655 Main Ave":                                   regexp.MustCompile(`^\d+ \S+ (St|Ave|Rd|Blvd|Dr|Ln|Ct|Pl)$`),
		"12 Lake Street":                                 regexp.MustCompile(`^\d+ \S+ [A-Z][a-z]+$`),
		"203 Kings Road, Manchester JT3 9BG":             regexp.MustCompile(`^\d+ \S+ [A-Z][a-z]+, [A-Z][a-z]+ [A-Z]{1,2}\d{1,2} \d[A-Z]{2}$`),
		"7 Queen's Lane, Leeds JX2 9YV":                  regexp.MustCompile(`^\d+ \S+ [A-Z][a-z]+, [A-Z][a-z]+ [A-Z]{1,2}\d{1,2} \d[A-Z]{2}$`),
		"Hauptstraße 9, 10115 Berlin":                    regexp.MustCompile(`^[\pL -]+ \d+, \d{5} \pL+$`),
		"36 rue Lafayette, 75003 Paris":                  regexp.MustCompile(`^\d+ (rue|avenue|boulevard|chemin|place|allée) [\pL' -]+, \d{5} \pL+$`),
		"2 boulevard Saint-Michel, 75005 Paris":          regexp.MustCompile(`^\d+ (rue|avenue|boulevard|chemin|place|allée) [\pL' -]+, \d{5} \pL+$`),
		"PO Box 90440, Austin":                           regexp.MustCompile(`^PO Box \d+, [A-Z][\pL. ]+$`),
		"8744 Cedar Place Apt 26D":                       regexp.MustCompile(`^\d+ \S+ [A-Z][a-z]+ Apt \d+[A-D]$`),
		"4 Oak Way, Boise, ID 83702-1234":                regexp.MustCompile(`^\d+ \S+ [A-Z][a-z]+, [A-Z][\pL. ]+, [A-Z]{2} \d{5}-\d{4}$`),
		"Friedrichstraße 12a, 10117 Berlin":              regexp.MustCompile(`^[\pL -]+ \d+, \d{5} \pL+$`),
		"14 place de la Bourse, 33000 Bordeaux":          regexp.MustCompile(`^\d+ (rue|avenue|boulevard|chemin|place|allée) [\pL' -]+, \d{5} \pL+$`),
		"10 Downing Street, London SW1A 2AA":             regexp.MustCompile(`^\d+ \S+ [A-Z][a-z]+, [A-Z][a-z]+ [A-Z]{1,2}\d{1,2} \d[A-Z]{2}$`),
		"1600 Pennsylvania Avenue, Washington, DC 20500": regexp.MustCompile(`^\d+ \S+ [A-Z][a-z]+, [A-Z][\pL. ]+, [A-Z]{2} \d{5}$`),
	}
	for v, re := range addresses {
		for _, n := range swapOne(t, "ADDRESS", v, 30) {
			assert.Regexp(t, re, n, "from %s", v)
		}
	}
}

// TestSwappedFreshDrawsFreshPools checks that SwappedFresh takes names,
// streets and towns from freshPools, and Swapped from tuningPools.
func TestSwappedFreshDrawsFreshPools(t *testing.T) {
	for _, c := range []struct {
		name  string
		swap  func(*ChatCorpus, uint64) *ChatCorpus
		pools *swapPools
	}{{"Swapped", (*ChatCorpus).Swapped, &tuningPools}, {"SwappedFresh", (*ChatCorpus).SwappedFresh, &freshPools}} {
		for _, n := range swapOneWith(t, c.swap, "PERSON", "Daniel W. Nguyen", 30) {
			w := strings.Fields(n)
			require.Len(t, w, 3, n)
			assert.Contains(t, c.pools.given, w[0], c.name)
			assert.Contains(t, c.pools.surnames, w[2], c.name)
		}
		towns := map[string]bool{}
		for _, tw := range c.pools.usTowns {
			towns[tw.name] = true
		}
		streets := map[string]bool{}
		for _, st := range c.pools.usStreets {
			streets[st] = true
		}
		for _, n := range swapOneWith(t, c.swap, "ADDRESS", "9 Washington St, Springfield, IL 62704", 30) {
			parts := strings.Split(n, ", ")
			require.Len(t, parts, 3, n)
			assert.True(t, towns[parts[1]], "%s: town of %q", c.name, n)
			assert.True(t, streets[strings.Fields(parts[0])[1]], "%s: street of %q", c.name, n)
		}
	}
}

// chatCorpusDir returns the shared chat corpus, or skips the test.
func chatCorpusDir(t *testing.T) string {
	t.Helper()
	for _, d := range []string{os.Getenv("CONFIDE_CORPUS"), filepath.Join("..", "..", "..", "shared", "corpus")} {
		if d == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, "chat", "corpus.txt")); err == nil {
			return filepath.Join(d, "chat")
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("CI must provide the labelled corpus (../shared/corpus or CONFIDE_CORPUS)")
	}
	t.Skip("labelled corpus not found: ../shared/corpus beside the project, or set CONFIDE_CORPUS to the shared/corpus folder")
	return ""
}

// TestSwappedCorpus holds the detector to the figures on three
// value-swapped copies of the chat corpus. It logs counts only; set
// CONFIDE_SWAP_SHOW=1 to list the misses (the swapped values are
// invented).
func TestSwappedCorpus(t *testing.T) {
	c, err := LoadChat(chatCorpusDir(t))
	require.NoError(t, err)
	d, err := redact.NewDetector()
	require.NoError(t, err)
	orig := map[string]bool{}
	for i, sp := range c.Spans {
		for _, s := range sp {
			if s.Type == "PERSON" {
				for _, w := range strings.Fields(c.Lines[i][s.Start:s.End]) {
					orig[w] = true
				}
			}
		}
	}
	var copies []*ChatCorpus
	for seed := uint64(1); seed <= 3; seed++ {
		s := c.Swapped(seed)
		assert.Empty(t, s.Kept, "seed %d: every value's shape is recognised", seed)
		for i, sp := range s.Spans {
			for _, x := range sp {
				if x.Type == "PERSON" {
					w := strings.Fields(s.Lines[i][x.Start:x.End])
					assert.False(t, orig[w[0]] || orig[w[len(w)-1]], "a swapped name uses a word of the corpus")
				}
			}
		}
		if os.Getenv("CONFIDE_SWAP_SHOW") != "" {
			showMisses(t, d, s)
		}
		copies = append(copies, s)
	}
	assertFigures(t, d, copies, 0.97)
}

// TestSwappedLoweredStructured holds the structured types to the issue's
// figures on lower-cased copies, swapped from the fresh pools: a customer
// who types in lower case still pastes keys, IBANs and card numbers, and
// names and towns in lower case must not take their place. Lower case
// takes the capitals names and addresses are found by: their recall is
// held to a lower floor (0.976 for addresses when measured; see the
// README's figures).
func TestSwappedLoweredStructured(t *testing.T) {
	c, err := LoadChat(chatCorpusDir(t))
	require.NoError(t, err)
	d, err := redact.NewDetector()
	require.NoError(t, err)
	assertFigures(t, d, []*ChatCorpus{c.SwappedFresh(1).Lowered(), c.SwappedFresh(2).Lowered()}, 0.95)
}

// TestSwappedUpper holds copies in capitals, swapped from the fresh
// pools, to the figures: with caps lock on, names lose what tells
// them from other words as in lower case, and the detector reads them as
// it reads lower case (PERSON recall was 0.08 before it did).
func TestSwappedUpper(t *testing.T) {
	c, err := LoadChat(chatCorpusDir(t))
	require.NoError(t, err)
	d, err := redact.NewDetector()
	require.NoError(t, err)
	assertFigures(t, d, []*ChatCorpus{c.Uppered(), c.SwappedFresh(1).Uppered(), c.SwappedFresh(2).Uppered()}, 0.98)
}

// assertFigures scores d on the copies together and holds every type to
// the figures (recall 0.98, precision 0.97), PERSON and ADDRESS to
// a recall of softRecall, and each kind of decoy to 1% touched. It logs
// counts only.
func assertFigures(t *testing.T, d redact.Detector, copies []*ChatCorpus, softRecall float64) {
	t.Helper()
	sum := &ChatResult{}
	for _, s := range copies {
		r, err := s.Score(context.Background(), d, 0)
		require.NoError(t, err)
		sum.Add(r)
	}
	for _, typ := range slices.Sorted(maps.Keys(sum.PerType)) {
		n := sum.PerType[typ]
		t.Logf("%-15s TP %5d FP %4d FN %4d", typ, n.TP, n.FP, n.FN)
		if typ == "PERSON" || typ == "ADDRESS" {
			assert.GreaterOrEqual(t, n.Recall(), softRecall, "%s recall", typ)
			continue
		}
		assert.GreaterOrEqual(t, n.Recall(), 0.98, "%s recall", typ)
		assert.GreaterOrEqual(t, n.Precision(), 0.97, "%s precision", typ)
	}
	for _, typ := range slices.Sorted(maps.Keys(sum.DecoyTotal)) {
		total := sum.DecoyTotal[typ]
		t.Logf("decoy %-11s %5d touched of %d", typ, sum.Decoys[typ], total)
		assert.LessOrEqual(t, float64(sum.Decoys[typ]), 0.01*float64(total), "decoys %s touched", typ)
	}
}

// showMisses logs the spans of s that d misses or finds wrongly.
func showMisses(t *testing.T, d redact.Detector, s *ChatCorpus) {
	for i, line := range s.Lines {
		fs, err := d.Detect(context.Background(), line)
		require.NoError(t, err)
		var gold, pred []Span
		for _, sp := range s.Spans[i] {
			if !sp.PII {
				for _, f := range fs {
					if f.Start < sp.End && sp.Start < f.End {
						t.Logf("decoy %s touched by %s: %s", sp.Type, f.Type, line)
					}
				}
				continue
			}
			typ, ok := ChatTypes[sp.Type]
			if !ok {
				typ = sp.Type
			}
			gold = append(gold, Span{sp.Start, sp.End, canonical(typ)})
		}
		for _, f := range fs {
			pred = append(pred, Span{f.Start, f.End, canonical(f.Type)})
		}
		g2p, p2g := Match(line, gold, pred, func(g, p string) bool { return g == p })
		for gi, p := range g2p {
			if p < 0 {
				t.Logf("missed %s %q: %s", gold[gi].Type, line[gold[gi].Start:gold[gi].End], line)
			}
		}
		for pi, g := range p2g {
			if g < 0 {
				t.Logf("wrongly found %s %q: %s", pred[pi].Type, line[pred[pi].Start:pred[pi].End], line)
			}
		}
	}
}

// TestFreshPoolsApart checks that no name, street or town of the fresh
// pools is in the pools the detector was tuned on or in the corpus's
// labels, so that SwappedFresh measures values nothing was fixed for.
func TestFreshPoolsApart(t *testing.T) {
	// words holds the capitalised words of the pools' entries: the names
	// in them ("rue Jean Moulin" holds "Jean" and "Moulin"; "rue", "de"
	// and "avenue" are everyone's).
	words := func(p *swapPools) map[string]bool {
		m := map[string]bool{}
		add := func(entry string) {
			for _, w := range strings.Fields(entry) {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
					m[w] = true
				}
			}
		}
		for _, l := range [][]string{p.given, p.surnames, p.usStreets, p.ukStreets, p.deStreets, p.frStreets} {
			for _, e := range l {
				add(e)
			}
		}
		for _, l := range [][]town{p.usTowns, p.ukTowns, p.deTowns, p.frTowns} {
			for _, tw := range l {
				add(tw.name)
			}
		}
		return m
	}
	fresh, tuned := words(&freshPools), words(&tuningPools)
	c, err := LoadChat(chatCorpusDir(t))
	require.NoError(t, err)
	inCorpus := map[string]bool{}
	for _, line := range c.Lines {
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			inCorpus[w] = true
		}
	}
	for _, w := range slices.Sorted(maps.Keys(fresh)) {
		assert.False(t, tuned[w], "%s is in the tuning pools too", w)
		assert.False(t, inCorpus[w], "%s is in the corpus", w)
	}
}
