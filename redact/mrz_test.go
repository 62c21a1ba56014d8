package redact

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mrzZones are machine-readable zones of invented passports whose check
// digits hold: TD3 (44 characters a line) and TD2 (36).
var mrzZones = [][2]string{
	{"P<TURYILDIRIM<<MEHMET<ALI<<<<<<<<<<<<<<<<<<<", "U128745931TUR8611035M330517560701930860<<<20"},
	{"P<ESPHERRERA<GARRIDO<<MARTA<ELENA<<<<<<<<<<<", "PAF4829155ESP8503127F300715848291735S<<<<<16"},
	{"P<D<<HOFFMANN<<LENA<<<<<<<<<<<<<<<<<<<<<<<<<", "C47L2TX028D<<9102147F3107276<<<<<<<<<<<<<<06"},
}

// TestMRZ checks the zones: the first line's name field is a PERSON, the
// second line a PASSPORT, whether the zone stands on its own lines or
// after a word.
func TestMRZ(t *testing.T) {
	d := defaultDetector(t)
	for _, z := range mrzZones {
		name := strings.TrimRight(z[0][5:], "<")
		for _, text := range []string{
			"here is the bottom part of the page\n" + z[0] + "\n" + z[1],
			"MRZ: " + z[0] + " " + z[1] + " thanks",
		} {
			assert.Equal(t, []string{"PERSON=" + name, "PASSPORT=" + z[1]}, foundAs(t, d, text), "%q", text)
		}
	}
	// A TD2 zone (36 characters), built with its check digits.
	line2 := mrzTestLine("XK1234567", "GBR", "900101", "M", "300101", 36)
	text := "I<GBRSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<\n" + line2
	assert.Equal(t, []string{"PERSON=SMITH<<JOHN", "PASSPORT=" + line2}, foundAs(t, d, text))
}

// TestMRZTampered: a second line with any one of its checked characters
// changed is no zone's line, as the check digits say; nor are runs of
// fillers, code and markup with a '<', or a line of the wrong length.
func TestMRZTampered(t *testing.T) {
	d, err := NewDetector(WithTypes(TypePassport))
	require.NoError(t, err)
	line := mrzZones[0][1]
	val := func(c byte) int {
		if c >= 'A' {
			return int(c-'A') + 10
		}
		return int(c - '0')
	}
	for _, k := range []int{0, 3, 8, 9, 13, 17, 19, 21, 26, 27} {
		for _, c := range "0123456789ACUZ" {
			if byte(c) == line[k] {
				continue
			}
			// The weights 7, 3 and 1 are prime to 10, so a change in a
			// field moves its sum unless the two values agree modulo 10
			// ('U' is 30, as '0' is 0): that the check digit cannot see.
			// A check digit itself has one right value.
			check := k == 9 || k == 19 || k == 27
			if !check && (val(byte(c))-val(line[k]))%10 == 0 {
				continue
			}
			bad := line[:k] + string(c) + line[k+1:]
			if mrzDataLine(bad) {
				t.Errorf("%q passes with %c at %d", bad, c, k)
			}
		}
	}
	for _, text := range []string{
		strings.Repeat("<", 44),
		"<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
		"if a<<b then c<<d else x",
		"P<TUR" + strings.Repeat("<", 39),
		"P<TURYILDIRIM<<MEHMET<ALI<<<<<<<<<<<<<<<<<<", // 43
		"P<TUR4ILDIRIM<<MEHMET<ALI<<<<<<<<<<<<<<<<<<<",
		"U128745931TUR8611035M330517560701930860<<<2", // 43
		"U128745931TUR8611035M330517560701930860<<<200",
	} {
		assert.Empty(t, foundAs(t, d, text), "%q", text)
	}
	// A first line with a digit in the name, or no surname, is none
	// (the names recognizer may still read its words).
	all := defaultDetector(t)
	for _, text := range []string{"P<TUR4ILDIRIM<<MEHMET<ALI<<<<<<<<<<<<<<<<<<<", "P<TUR<<MEHMET<ALI<<<<<<<<<<<<<<<<<<<<<<<<<<<"} {
		for _, f := range detect(t, all, text) {
			assert.NotEqual(t, "passport_mrz", f.Recognizer, "%q", text)
		}
	}
}

// TestMRZLongRuns: the reader passes over each run of zone characters
// once, and a run longer than a line is none.
func TestMRZLongRuns(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{strings.Repeat("<", 1<<20), strings.Repeat("<a", 1<<19), strings.Repeat(mrzZones[0][1], 1<<10)} {
		for _, f := range detect(t, d, text) {
			assert.NotEqual(t, "passport_mrz", f.Recognizer)
		}
	}
	text := strings.Repeat(mrzZones[0][1]+"\n", 1<<10)
	assert.Len(t, detect(t, d, text), 1<<10)
}

// mrzTestLine builds a second line of n characters (44 or 36) with its
// check digits.
func mrzTestLine(doc, nat, dob, sex, exp string, n int) string {
	cd := func(f string) string {
		for c := '0'; c <= '9'; c++ {
			if mrzCheck(f, byte(c)) {
				return string(c)
			}
		}
		panic(fmt.Sprintf("no check digit for %q", f))
	}
	l := doc + cd(doc) + nat + dob + cd(dob) + sex + exp + cd(exp)
	l += strings.Repeat("<", n-1-len(l))
	return l + cd(l)
}

// mrzSeeds are FuzzDetect's seeds of zones, whole and cut.
func mrzSeeds() []string {
	var out []string
	for _, z := range mrzZones {
		out = append(out, z[0]+"\n"+z[1], z[1][:30]+"<<", "x"+z[0]+"<")
	}
	return out
}
