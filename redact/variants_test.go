package redact

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// variant is a way a model writes a placeholder back, and what the
// customer should read in its place (%s for the value).
type variant struct{ form, want string }

// replyVariants rewrites a placeholder the ways models have been seen to:
// the exact form first, then changed case, other or missing brackets,
// other separators.
func replyVariants(label string, n int) map[string][]variant {
	ph := fmt.Sprintf("%s_%d", label, n)
	spaced := strings.ReplaceAll(ph, "_", " ")
	title := strings.ToUpper(ph[:1]) + strings.ToLower(ph[1:])
	v := func(forms ...string) []variant {
		out := make([]variant, len(forms))
		for i, f := range forms {
			out[i] = variant{f, "%s"}
		}
		return out
	}
	return map[string][]variant{
		"exact": v("<" + ph + ">"),
		"case":  v("<"+strings.ToLower(ph)+">", "<"+title+">", strings.ToLower(ph)),
		"brackets": v("["+ph+"]", "{"+ph+"}", "<"+ph+"]", "["+ph+">",
			"<<"+ph+">>", "[["+ph+"]]", "< "+ph+" >"),
		"missing bracket": append(v("<"+ph, ph+">", ph), variant{"(" + ph + ")", "(%s)"}),
		"separators": v("<"+spaced+">", "<"+strings.ReplaceAll(ph, "_", "-")+">",
			"<"+label+fmt.Sprint(n)+">", "<"+label+" "+fmt.Sprint(n)+">"),
	}
}

// TestRestoreRate measures the restore rate over reply variants, in every
// sentence position, and reports it. It checks the figures the issue sets:
// 100% for exact placeholders, at least 99% over all variants.
func TestRestoreRate(t *testing.T) {
	v := NewVault(testScope)
	values := map[string]string{}
	for _, e := range []struct{ typ, value string }{
		{"EMAIL_ADDRESS", "jo@example.org"}, {"EMAIL_ADDRESS", "ann@corp.example"},
		{"PERSON", "Jo Bloggs"}, {"CREDIT_CARD", "4111 1111 1111 1111"},
		{"PHONE_NUMBER", "+44 20 7946 0018"}, {"IBAN_CODE", "GB82 WEST 1234 5698 7654 32"},
		{"US_SSN", "123-45-6789"}, {"LOCATION", "10 Downing St"},
	} {
		p, err := v.Placeholder(e.typ, e.value)
		require.NoError(t, err)
		values[strings.Trim(p, "<>")] = e.value
	}
	sentences := []string{"%s", "Hi %s,", "I sent it to %s.", "**%s**", "\"%s\"", "%s's account", "see: %s\nthanks", "(%s)", "'%s'"}
	total, ok := map[string]int{}, map[string]int{}
	var misses []string
	for key, want := range values {
		label, num, _ := strings.Cut(key, "_")
		for strings.Contains(num, "_") {
			var more string
			more, num, _ = strings.Cut(num, "_")
			label += "_" + more
		}
		n := 0
		fmt.Sscan(num, &n)
		for kind, forms := range replyVariants(label, n) {
			for _, f := range forms {
				for _, s := range sentences {
					got := v.Restore(fmt.Sprintf(s, f.form))
					total[kind]++
					total["all"]++
					if got == fmt.Sprintf(s, fmt.Sprintf(f.want, want)) {
						ok[kind]++
						ok["all"]++
					} else if len(misses) < 10 {
						misses = append(misses, fmt.Sprintf("%q", fmt.Sprintf(s, f.form)))
					}
				}
			}
		}
	}
	for _, kind := range []string{"exact", "case", "brackets", "missing bracket", "separators", "all"} {
		t.Logf("restore rate %-16s %5.1f%% (%d/%d)", kind, 100*float64(ok[kind])/float64(total[kind]), ok[kind], total[kind])
	}
	if len(misses) > 0 {
		t.Logf("first misses: %s", strings.Join(misses, ", "))
	}
	assert.Equal(t, total["exact"], ok["exact"], "every exact placeholder is restored")
	assert.GreaterOrEqual(t, float64(ok["all"])/float64(total["all"]), 0.99)
}
