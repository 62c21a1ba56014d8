package redact

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWideSpacesAgree checks that the readers of numbers (wideSep) and
// the rules' patterns (wideSpaces) know the spaces spaceWidth knows, and
// that a number grouped with any of them is found as with ' '.
func TestWideSpacesAgree(t *testing.T) {
	d := defaultDetector(t)
	assert.Empty(t, unicode.Zs.R32, "wideSpaces reads R16 only")
	assert.Len(t, wideSpaces, 16, "the Zs spaces above ASCII")
	for r := rune(0x80); r <= 0x3000; r++ {
		if !unicode.Is(unicode.Zs, r) {
			continue
		}
		sp := string(r)
		w, c := wideSep(sp, 0)
		assert.Equal(t, len(sp), w, "wideSep(%U)", r)
		assert.Equal(t, byte(' '), c, "wideSep(%U)", r)
		assert.Contains(t, wideSpaces, r)
		for _, tc := range []struct{ text, typ string }{
			{"card 4111 1111 1111 1111", TypeCreditCard},
			{"IBAN DE89 3704 0044 0532 0130 00", TypeIBAN},
			{"my ssn is 536 22 8726", TypeUSSSN},
			{"NINO AB 12 34 56 C", "UK_NINO"},
		} {
			text := strings.ReplaceAll(tc.text, " ", sp)
			fs, err := d.Detect(context.Background(), text)
			require.NoError(t, err)
			assert.True(t, slices.ContainsFunc(fs, func(f Finding) bool { return f.Type == tc.typ && f.Start > 0 && f.End == len(text) }),
				"%s grouped with %U: %v", tc.typ, r, fs)
		}
	}
}

// TestSpaceWidthZs checks spaceWidth and spaceWidthBefore against the
// Unicode category Zs for every rune, and that neither reads a space
// out of a truncated encoding.
func TestSpaceWidthZs(t *testing.T) {
	spaces := 0
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		want := 0
		if unicode.Is(unicode.Zs, r) {
			want = len(s)
			spaces++
		}
		if got := spaceWidth(s, 0); got != want {
			t.Errorf("spaceWidth(%U) = %d, want %d", r, got, want)
		}
		if got := spaceWidthBefore(s, len(s)); got != want {
			t.Errorf("spaceWidthBefore(%U) = %d, want %d", r, got, want)
		}
		if want == 0 {
			continue
		}
		for k := 1; k < len(s); k++ {
			assert.Zero(t, spaceWidth(s[:k], 0), "%U cut to %d bytes", r, k)
			assert.Zero(t, spaceBefore(s[k:], len(s)-k), "%U without its first %d bytes", r, k)
			assert.Zero(t, spaceAt(s, k), "%U read from byte %d", r, k)
		}
	}
	require.Equal(t, 16, spaces, "the Zs spaces above ASCII")
	assert.Equal(t, 1, spaceAt("a b", 1))
	assert.Equal(t, 1, spaceBefore("a b", 2))
	assert.Zero(t, spaceAt("a\tb", 1), "a tab is no space here")
	assert.Zero(t, spaceAt("ab", 2))
	assert.Zero(t, spaceBefore("ab", 0))
}

// wideSpaceCases lists the Unicode spaces the wide-space tests write between
// words: no-break, narrow no-break, thin, en and ideographic.
var wideSpaceCases = []string{"\u00a0", "\u202f", "\u2009", "\u2002", "\u3000"}

// withSpace writes tpl with sp for each '~' and returns it with the
// offset in tpl of every byte offset in the result.
func withSpace(tpl, sp string) (string, []int) {
	var b strings.Builder
	at := make([]int, 0, len(tpl)+1)
	for i := 0; i < len(tpl); i++ {
		if tpl[i] != '~' {
			b.WriteByte(tpl[i])
			at = append(at, i)
			continue
		}
		b.WriteString(sp)
		for range len(sp) {
			at = append(at, i)
		}
	}
	return b.String(), append(at, len(tpl))
}

// TestWideSpacesKeepFindings writes each text with ' ' and with every
// wide space at the '~' marks, between the words of a keyword phrase or
// between a word and the value it gives context to. The findings must be
// the same, type and score, spans moved by the wider spaces: a no-break
// space pasted from a page reads as ' ' does.
func TestWideSpacesKeepFindings(t *testing.T) {
	d := defaultDetector(t)
	dates, err := NewDetector(WithTypes(TypeDateTime, TypeDateOfBirth))
	require.NoError(t, err)
	for _, tt := range wideSpaceTests {
		t.Run(tt.tpl, func(t *testing.T) {
			if tt.dates {
				sameWithWideSpaces(t, dates, tt.tpl, tt.want)
			} else {
				sameWithWideSpaces(t, d, tt.tpl, tt.want)
			}
		})
	}
}

// wideSpaceTests are the texts of TestWideSpacesKeepFindings, a '~' where
// the space varies; FuzzDetect starts from them too (wideSpaceSeeds).
var wideSpaceTests = []struct {
	tpl   string
	want  []string // the findings with ' ', as TYPE=value
	dates bool     // DATE_TIME on, and only the dates
}{
	// A phrase that ends in "number" names another number than a
	// phone's; "number" alone would make these phones.
	{"social~security number 123-45-6789", nil, false},
	{"my social~security~number is 123-45-6789", nil, false},
	{"customer~number 4155550132", []string{"CUSTOMER_NUMBER=4155550132"}, false},
	{"numéro~client 0612345678", []string{"CUSTOMER_NUMBER=0612345678"}, false},
	{"número~de~cliente 612 345 678", []string{"CUSTOMER_NUMBER=612 345 678"}, false},
	{"numero~cliente 347 123 4567", []string{"CUSTOMER_NUMBER=347 123 4567"}, false},
	{"phone~number 4155550132", []string{"PHONE_NUMBER=4155550132"}, false},
	{"numéro~de~téléphone~: 06 12 34 56 78", []string{"PHONE_NUMBER=06 12 34 56 78"}, false},
	{"text~me 415 555 0132", []string{"PHONE_NUMBER=415 555 0132"}, false},
	// A phone word typed with a slip after a wide space ("appele" for
	// "appelé", "phne").
	{"vous a~appele du 0107079107", []string{"PHONE_NUMBER=0107079107"}, false},
	{"my~phne~0107079107", []string{"PHONE_NUMBER=0107079107"}, false},
	// Phrases whose words alone say nothing, or less.
	{"soc~sec 536-22-8174", []string{"US_SSN=536-22-8174"}, false},
	{"date~of~birth 12/03/1985", []string{"DATE_OF_BIRTH=12/03/1985"}, false},
	{"fecha~de~nac 12/03/1985", []string{"DATE_OF_BIRTH=12/03/1985"}, false},
	{"date~de~naiss 12/03/1985", []string{"DATE_OF_BIRTH=12/03/1985"}, false},
	{"code~d'accès : Xy7#pq9z", []string{"PASSWORD=Xy7#pq9z"}, false},
	{"codice~di~accesso: Xy7#pq9z", []string{"PASSWORD=Xy7#pq9z"}, false},
	{"mot~de~passe : Secr3t!pw", []string{"PASSWORD=Secr3t!pw"}, false},
	{"hardware~address 3C52824A1F9E", []string{"MAC_ADDRESS=3C52824A1F9E"}, false},
	{"bank~account~DE89370400440532013000", []string{"IBAN_CODE=DE89370400440532013000"}, false},
	{"IBAN:~DE89 3704 0044 0532 0130 00", []string{"IBAN_CODE=DE89 3704 0044 0532 0130 00"}, false},
	// A value after a keyword: the joiners and verbs before it, the
	// space that ends it.
	{"password:~hunter2xyz~and more", []string{"PASSWORD=hunter2xyz"}, false},
	{"password: hunter2xyz~and more", []string{"PASSWORD=hunter2xyz"}, false},
	{"la password~è~Xy7#pq9z", []string{"PASSWORD=Xy7#pq9z"}, false},
	{"code d'accès~:~Xy7#pq9z", []string{"PASSWORD=Xy7#pq9z"}, false},
	{"Authorization:~Basic~dXNlcjpwYXNzd29yZA==", []string{"API_KEY=dXNlcjpwYXNzd29yZA=="}, false},
	{"MAC~address:~3C52824A1F9E", []string{"MAC_ADDRESS=3C52824A1F9E"}, false},
	// An address spelled out in words or with "(at)".
	{"send it to john~dot~doe~at~example~dot~com", []string{"EMAIL_ADDRESS=john dot doe at example dot com"}, false},
	{"write to john.doe~at~example~dot~com~merci", []string{"EMAIL_ADDRESS=john.doe at example dot com"}, false},
	{"my email is jdoe~at~gmail~dot~com", []string{"EMAIL_ADDRESS=jdoe at gmail dot com"}, false},
	{"look~at~example~dot~com", nil, false},
	{"jane~(at)~example.com", []string{"EMAIL_ADDRESS=jane (at) example.com"}, false},
	{"jane.doe~(at)~example~(dot)~co~(dot)~uk thanks", []string{"EMAIL_ADDRESS=jane.doe (at) example (dot) co (dot) uk"}, false},
	// Names: a Unicode space parts the tokens of the names scanner
	// too.
	{"ask Jean~Dupont today", []string{"PERSON=Jean Dupont"}, false},
	{"Mme~Claire~Martin a appelé", []string{"PERSON=Claire Martin"}, false},
	// A month name's day and year, and the words around them.
	{"né le 12~March~2024", []string{"DATE_OF_BIRTH=12 March 2024"}, false},
	{"geboren am 12.~März~1985", []string{"DATE_OF_BIRTH=12. März 1985"}, false},
	{"nací el 12~de~marzo~de~1985", []string{"DATE_OF_BIRTH=12 de marzo de 1985"}, false},
	{"born the 21st~of~October~1969", []string{"DATE_OF_BIRTH=21st of October 1969"}, false},
	{"born on May~3,~1949", []string{"DATE_OF_BIRTH=May 3, 1949"}, false},
	{"birthday~party 12/03/2024", nil, false},
	{"March~3,~2024", []string{"DATE_TIME=March 3, 2024"}, true},
	{"we met in~March", []string{"DATE_TIME=March"}, true},
	{"since~1999~we lived", []string{"DATE_TIME=1999"}, true},
	{"a~2005~Film about", []string{"DATE_TIME=2005"}, true},
	{"in~1999~12 boxes", nil, true},
	{"at 3~pm today", []string{"DATE_TIME=3 pm"}, true},
	{"at 10:30~a.m.~today", []string{"DATE_TIME=10:30 a.m."}, true},
	// A version word before a dotted number, an article before a
	// phone, a label or an extension after it, a unit after a count.
	{"version~10.0.0.1", nil, false},
	{"versión~10.0.0.1", nil, false},
	{"running~Android~13.0.0.1 now", nil, false},
	{"chiamami~al~347 123 4567", []string{"PHONE_NUMBER=347 123 4567"}, false},
	{"4155550132~(mobile)", []string{"PHONE_NUMBER=4155550132"}, false},
	{"415 555 0132~ext.~12", []string{"PHONE_NUMBER=415 555 0132"}, false},
	{"415 555 0132~x~204", []string{"PHONE_NUMBER=415 555 0132"}, false},
	{"Transfer 2147483648~bytes", nil, false},
}

// wideSpaceSeeds writes the texts of wideSpaceTests with each wide space,
// and cut inside the first one, so that the fuzzer starts from texts that
// end or begin in the middle of a space's encoding.
func wideSpaceSeeds() []string {
	var out []string
	for _, tt := range wideSpaceTests {
		k := strings.IndexByte(tt.tpl, '~')
		for _, sp := range wideSpaceCases {
			text, _ := withSpace(tt.tpl, sp)
			out = append(out, text)
			for c := 1; k >= 0 && c < len(sp); c++ {
				out = append(out, text[:k+c], text[k+c:])
			}
		}
	}
	return out
}

// sameWithWideSpaces checks that d finds want in tpl written with ' ',
// and the same findings, spans moved, written with each wide space.
func sameWithWideSpaces(t *testing.T, d *Engine, tpl string, want []string) {
	t.Helper()
	sameWithSeparators(t, d, tpl, want, " ", wideSpaceCases)
}

// sameWithSeparators checks that d finds want in tpl written with plain
// at the '~' marks, and the same findings, spans moved, written with
// each of others.
func sameWithSeparators(t *testing.T, d *Engine, tpl string, want []string, plain string, others []string) {
	t.Helper()
	text, _ := withSpace(tpl, plain)
	fp := detect(t, d, text)
	got := []string{}
	for _, f := range fp {
		got = append(got, f.Type+"="+text[f.Start:f.End])
	}
	require.Equal(t, append([]string{}, want...), got, "with %q", plain)
	for _, sp := range others {
		text, at := withSpace(tpl, sp)
		fs := detect(t, d, text)
		for i := range fs {
			fs[i].Start, fs[i].End = at[fs[i].Start], at[fs[i].End]
		}
		assert.Equal(t, fmt.Sprint(fp), fmt.Sprint(fs), "with %U", []rune(sp)[0])
	}
}

// TestWideSpacesDenyList checks deny-list values across wide spaces: a
// value ends at one as at ' ', and a value written with one matches the
// text written with any space.
func TestWideSpacesDenyList(t *testing.T) {
	d, err := NewDetector(WithDenyList("CODENAME", "falcon", "blue\u00a0heron"))
	require.NoError(t, err)
	for _, tt := range []struct {
		tpl  string
		want []string
	}{
		{"falcon~rocks", []string{"CODENAME=falcon"}},
		{"ask the blue~heron~team", []string{"CODENAME=blue heron"}},
	} {
		t.Run(tt.tpl, func(t *testing.T) { sameWithWideSpaces(t, d, tt.tpl, tt.want) })
	}
}

// TestTypographicApostrophes writes each text with the ASCII apostrophe
// and with the apostrophes phones and word processors type instead
// (U+2019, U+2018, U+02BC) at the '~' marks: a keyword phrase with an
// apostrophe, a keyword after an elided article, a value after a
// possessive. The findings must be the same, spans moved by the wider
// apostrophes.
func TestTypographicApostrophes(t *testing.T) {
	d := defaultDetector(t)
	for _, tt := range []struct {
		tpl  string
		want []string
	}{
		{"code d~accès : Xy7#pq9z", []string{"PASSWORD=Xy7#pq9z"}},
		{"mon numéro d~assurance sociale est 130 692 544", []string{"CA_SIN=130 692 544"}},
		{"driver~s license: D1234567", []string{"US_DRIVER_LICENSE=D1234567"}},
		{"voici l~IBAN FR76 3000 6000 0112 3456 7890 189", []string{"IBAN_CODE=FR76 3000 6000 0112 3456 7890 189"}},
		{"it~s my ssn 536-22-8726", []string{"US_SSN=536-22-8726"}},
	} {
		t.Run(tt.tpl, func(t *testing.T) {
			sameWithSeparators(t, d, tt.tpl, tt.want, "'", []string{"\u2019", "\u2018", "\u02bc"})
		})
	}
	for _, ap := range []string{"\u2019", "\u2018", "\u02bc"} {
		assert.Equal(t, len(ap), wordSepWidth(ap, 0), "%U", []rune(ap)[0])
		assert.Equal(t, len(ap), wordSepWidthBefore(ap, len(ap)), "%U", []rune(ap)[0])
		assert.Zero(t, wordSepWidth(ap[:len(ap)-1], 0), "%U cut", []rune(ap)[0])
		assert.Zero(t, wordSepWidthBefore(ap[1:], len(ap)-1), "%U without its first byte", []rune(ap)[0])
	}
	// Punctuation above ASCII parts words as its ASCII cousin does;
	// letters and digits do not, nor a mark cut short.
	for _, p := range []string{"\u2026", "\u00ab", "\u00bb", "\u00bf", "\u2013", "\u201c", "\u2022", "\u3001", "\u300c", "\uff1a", "\uff08", "\uff20", "\uff5b"} {
		assert.Equal(t, len(p), wordSepWidth(p, 0), "%U", []rune(p)[0])
		assert.Equal(t, len(p), wordSepWidthBefore(p, len(p)), "%U", []rune(p)[0])
		assert.Zero(t, wordSepWidth(p[:len(p)-1], 0), "%U cut", []rune(p)[0])
	}
	for _, l := range []string{"\u00e9", "\u00aa", "\u00ba", "\u00b5", "\uff21", "\uff41", "\uff10", "\u20ac", "\u00e0", "\u0436"} {
		assert.Zero(t, wordSepWidth(l, 0), "%U", []rune(l)[0])
		assert.Zero(t, wordSepWidthBefore(l, len(l)), "%U", []rune(l)[0])
	}
}
