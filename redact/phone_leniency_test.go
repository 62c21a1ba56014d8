package redact

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPhoneLeniency checks libphonenumber's four levels on numbers each
// level tells apart: a letter glued to the number, an invalid area code,
// groups run together, groups split where the country does not split.
func TestPhoneLeniency(t *testing.T) {
	regions := WithRegions("US", "GB", "DE", "FR", "IL", "IN", "CA", "BR")
	at := map[PhoneLeniency]*Engine{}
	for l := PhonePossible; l <= PhoneExactGrouping; l++ {
		d, err := NewDetector(regions, WithPhoneLeniency(l))
		require.NoError(t, err)
		at[l] = d
	}
	// Presidio's sentences: the first number is grouped as its plan
	// groups it and every level finds it; the second is c.phone.
	const lead = "My US number is (415) 555-0132, and my international one is"
	for _, c := range []struct {
		phone string
		// the least and the most lenient level that find c.phone
		from, to PhoneLeniency
	}{
		// Grouped as the plan groups it, or one block: every level.
		{" +44 20 7946 0958", PhonePossible, PhoneExactGrouping},
		{" +91 4155550132", PhonePossible, PhoneExactGrouping},
		// Glued to a word: possible only.
		{"415-555-0132", PhonePossible, PhonePossible},
		// Two of the plan's groups run together: up to strict grouping.
		{" +91 4155 550132", PhonePossible, PhoneStrictGrouping},
		// A break inside one of the plan's groups: up to valid.
		{" 91-415-555-0132", PhonePossible, PhoneValid},
	} {
		text := lead + c.phone
		for l := PhonePossible; l <= PhoneExactGrouping; l++ {
			want := []string{"(415) 555-0132"}
			if l >= c.from && l <= c.to {
				want = append(want, strings.TrimSpace(c.phone))
			}
			assert.Equal(t, want, valuesOf(t, at[l], text, TypePhoneNumber), "%q at leniency %d", text, l)
		}
	}
}

// TestPhoneLeniencyValid checks what PhoneValid adds to the default: a
// number the plan assigns, and no currency sign or '%' glued to it.
func TestPhoneLeniencyValid(t *testing.T) {
	d, err := NewDetector(WithPhoneLeniency(PhoneValid))
	require.NoError(t, err)
	def := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"(21) 98765-4321", "(21) 98765-4321"},
		{"ligue (23) 91234-5678", ""}, // no such area code in Brazil
		{"call me on 07700 900123", "07700 900123"},
		{"call me on 07700 900123€", ""},
		{"Tel. 030 12345678", "030 12345678"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "%q", c.text)
	}
	// The default takes what the plan's lengths allow.
	wantValue(t, def, "ligue (23) 91234-5678", TypePhoneNumber, "(23) 91234-5678")
	wantValue(t, def, "call me on 07700 900123€", TypePhoneNumber, "07700 900123")
	// WithStrictPhones is the same level: since it became so, it also
	// drops a number glued to a letter, which the default takes.
	strict, err := NewDetector(WithStrictPhones())
	require.NoError(t, err)
	wantValue(t, strict, "(21) 98765-4321", TypePhoneNumber, "(21) 98765-4321")
	wantValue(t, strict, "ligue (23) 91234-5678", TypePhoneNumber, "")
	wantValue(t, strict, "my number is415-555-0132", TypePhoneNumber, "")
	wantValue(t, def, "my number is415-555-0132", TypePhoneNumber, "415-555-0132")
}

// TestPhoneLeniencyOutOfRange: a level libphonenumber does not have is an
// error, not a silent default.
func TestPhoneLeniencyOutOfRange(t *testing.T) {
	for _, l := range []PhoneLeniency{-1, 4} {
		_, err := NewDetector(WithPhoneLeniency(l))
		assert.ErrorContains(t, err, "phone leniency", "%d", l)
	}
}

// TestPhoneLeniencyLeavesOthers: the leniency judges the detector's own
// phone numbers, not the findings of other types or of an external
// detector.
func TestPhoneLeniencyLeavesOthers(t *testing.T) {
	ext := fixed{{Start: 0, End: 5, Type: TypePhoneNumber, Score: 0.9}}
	d, err := NewDetector(WithPhoneLeniency(PhoneExactGrouping), WithDetectors(ext))
	require.NoError(t, err)
	text := "12345 and jane.doe@example.com"
	fs, err := d.Detect(context.Background(), text)
	require.NoError(t, err)
	var got []string
	for _, f := range fs {
		got = append(got, f.Type+"="+text[f.Start:f.End])
	}
	assert.Equal(t, []string{TypePhoneNumber + "=12345", TypeEmailAddress + "=jane.doe@example.com"}, got)
}

// TestGroupedAsPlanned checks the grouping test alone, on numbers whose
// plan groups are known: the US 3-3-4 and the UK's London 2-4-4.
func TestGroupedAsPlanned(t *testing.T) {
	d, err := NewDetector(WithRegions("US", "GB"), WithPhoneLeniency(PhoneExactGrouping))
	require.NoError(t, err)
	strict, err := NewDetector(WithRegions("US", "GB"), WithPhoneLeniency(PhoneStrictGrouping))
	require.NoError(t, err)
	for _, c := range []struct {
		number        string
		strict, exact bool
	}{
		{"650 253 0000", true, true},
		{"6502530000", true, true},
		{"650 2530000", true, false},
		{"650253 0000", false, false}, // no break after the area code
		{"020 7946 0958", true, true},
		{"+44 20 7946 0958", true, true},
		{"+44 207 946 0958", false, false},
		{"020 79460958", true, false},
	} {
		text := "call me on " + c.number + " please"
		assert.Equal(t, c.strict, len(valuesOf(t, strict, text, TypePhoneNumber)) == 1, "strict %q", c.number)
		assert.Equal(t, c.exact, len(valuesOf(t, d, text, TypePhoneNumber)) == 1, "exact %q", c.number)
	}
}
