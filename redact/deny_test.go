package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDenyListLiterals checks values that are not plain words (a full
// stop, a digit, a backslash in them) as WithDenyList documents them:
// found in any case, with no letter, digit or '_' touching either end,
// whatever punctuation does. Presidio's deny-list cases.
func TestDenyListLiterals(t *testing.T) {
	d, err := NewDetector(WithoutDefaultRules(), WithDenyList("TITLE", "Mr.", "Mrs."), WithDenyList("CODE", "A.,.\\.B", "X-17"))
	require.NoError(t, err)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Mr. PLUM", []string{"TITLE=Mr."}},
		{"...Mr...PLUM...", []string{"TITLE=Mr."}},
		{"\\Mr.\\ PLUM...,Mrs. Plum", []string{"TITLE=Mr.", "TITLE=Mrs."}},
		{"mrs. Kennedy", []string{"TITLE=mrs."}},
		{"MR. KENNEDY", []string{"TITLE=MR."}},
		{"Hi A.,.\\.B Hi", []string{"CODE=A.,.\\.B"}},
		{"part x-17, not x-170 or ax-17", []string{"CODE=x-17"}},
		// Touching a word: none.
		{"XMr. Plum", []string{}},
		{"Mrs.x", []string{}},
		{"_Mr. Plum", []string{}},
		{"X-17b", []string{}},
	} {
		assert.Equal(t, c.want, foundAs(t, d, c.text), "%q", c.text)
	}
}

// TestCaseSensitiveDenyLists: with WithCaseSensitiveDenyLists a value is
// found only as written, plain words and literals alike, and a space in
// a plain value still matches a no-break space.
func TestCaseSensitiveDenyLists(t *testing.T) {
	d, err := NewDetector(WithoutDefaultRules(), WithCaseSensitiveDenyLists(),
		WithDenyList("TITLE", "Mr.", "Mrs."), WithDenyList("PROJECT", "Bluefin", "blue heron"))
	require.NoError(t, err)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Mrs. Kennedy", []string{"TITLE=Mrs."}},
		{"mrs. Kennedy", []string{}},
		{"status of Bluefin?", []string{"PROJECT=Bluefin"}},
		{"status of bluefin?", []string{}},
		{"the blue\u00a0heron plan", []string{"PROJECT=blue\u00a0heron"}},
		{"the Blue Heron plan", []string{}},
	} {
		assert.Equal(t, c.want, foundAs(t, d, c.text), "%q", c.text)
	}
	// The default folds case.
	fold, err := NewDetector(WithoutDefaultRules(), WithDenyList("PROJECT", "Bluefin", "blue heron"))
	require.NoError(t, err)
	assert.Equal(t, []string{"PROJECT=bluefin"}, foundAs(t, fold, "status of bluefin?"))
	assert.Equal(t, []string{"PROJECT=Blue Heron"}, foundAs(t, fold, "the Blue Heron plan"))
}

// TestStrictChecksums: a German VAT id that fails its ISO 7064 check
// digit is reported by default (at a lower score, as Presidio does) and
// not with WithStrictChecksums; one that passes it is reported by both.
func TestStrictChecksums(t *testing.T) {
	def, err := NewDetector(WithThreshold(0.01))
	require.NoError(t, err)
	strict, err := NewDetector(WithThreshold(0.01), WithStrictChecksums())
	require.NoError(t, err)
	for _, c := range []struct {
		text        string
		def, strict string
	}{
		{"USt-IdNr.: DE136695976", "DE136695976", "DE136695976"},
		{"VAT de-129-273-398", "de-129-273-398", "de-129-273-398"},
		{"USt-IdNr.: DE123456789", "DE123456789", ""},
		{"VAT DE100000001", "DE100000001", ""},
	} {
		wantValue(t, def, c.text, "DE_VAT_ID", c.def, "%q by default", c.text)
		wantValue(t, strict, c.text, "DE_VAT_ID", c.strict, "%q strict", c.text)
	}
	// The option leaves the other rules as they are.
	assert.Equal(t, len(def.Types()), len(strict.Types()))
	wantValue(t, strict, "Steuer-ID 65929970489", "DE_TAX_ID", "65929970489")
}

// TestAllowPatterns: a finding whose whole text matches an allow pattern
// is dropped, in the pattern's case unless it says (?i); a pattern that
// matches only part of the finding drops nothing; a bad pattern fails
// NewDetector with its error.
func TestAllowPatterns(t *testing.T) {
	d, err := NewDetector(WithAllowPatterns(`[a-z.]+@example\.com`, `(?i)support@[a-z]+\.io`), WithAllowList("billing@acme.org"))
	require.NoError(t, err)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"write to jane.doe@example.com", []string{}},
		{"write to Jane.Doe@example.com", []string{"EMAIL_ADDRESS=Jane.Doe@example.com"}},
		{"write to SUPPORT@globex.io", []string{}},
		{"write to billing@ACME.org", []string{}},
		// The pattern must take the whole finding.
		{"write to jane.doe@example.com.au", []string{"EMAIL_ADDRESS=jane.doe@example.com.au"}},
		{"write to jane2@example.com", []string{"EMAIL_ADDRESS=jane2@example.com"}},
	} {
		assert.Equal(t, c.want, foundAs(t, d, c.text), "%q", c.text)
	}
	// In an escaped text read twice too.
	assert.Empty(t, foundAs(t, d, `log: "to\njane.doe@example.com"`))

	_, err = NewDetector(WithAllowPatterns(`[a-z`))
	assert.ErrorContains(t, err, "allow pattern")

	// An allowed value wins its overlaps before it goes: the names
	// recognizer's "jane" inside it is not reported in its place.
	exact, err := NewDetector(WithAllowList("jane.doe@example.com"))
	require.NoError(t, err)
	assert.Equal(t, []string{}, foundAs(t, exact, "write to jane.doe@example.com"))
	assert.Equal(t, []string{"PERSON=Jane Doe"}, foundAs(t, exact, "write to jane.doe@example.com, Jane Doe"))
}
