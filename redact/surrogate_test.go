package redact

import (
	"context"
	"net/netip"
	"regexp"
	"strings"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSurrogateShapes(t *testing.T) {
	v := NewVault(testScope)
	tests := []struct {
		typ, value string
		check      func(t *testing.T, fake string)
	}{
		{"EMAIL_ADDRESS", "jo.bloggs@gmail.com", func(t *testing.T, fake string) {
			assert.Regexp(t, `^[a-z]+\.[a-z]+\d{2}@example\.(com|net|org)$`, fake, "a reserved example domain")
		}},
		{"PERSON", "Jo Bloggs", func(t *testing.T, fake string) {
			assert.Regexp(t, `^[A-Z][a-z]+ [A-Z][a-z]+$`, fake)
		}},
		{"PERSON", "Jo", func(t *testing.T, fake string) {
			assert.Regexp(t, `^[A-Z][a-z]+$`, fake)
		}},
		{"CREDIT_CARD", "4111 1111 1111 1111", func(t *testing.T, fake string) {
			assert.Regexp(t, `^4\d{3} \d{4} \d{4} \d{4}$`, fake, "same network family and grouping")
			assert.True(t, luhn(strings.ReplaceAll(fake, " ", "")), "Luhn-valid")
		}},
		{"CREDIT_CARD", "5500-0000-0000-0004", func(t *testing.T, fake string) {
			assert.Regexp(t, `^5\d{3}-\d{4}-\d{4}-\d{4}$`, fake)
			assert.True(t, luhn(strings.ReplaceAll(fake, "-", "")))
		}},
		{"IBAN_CODE", "GB82 WEST 1234 5698 7654 32", func(t *testing.T, fake string) {
			assert.Regexp(t, `^GB\d{2} [A-Z]{4} \d{4} \d{4} \d{4} \d{2}$`, fake)
			compact := strings.ReplaceAll(fake, " ", "")
			assert.True(t, mod97([]byte(compact)), "valid IBAN check digits")
		}},
		{"IP_ADDRESS", "192.168.10.4", func(t *testing.T, fake string) {
			a, err := netip.ParseAddr(fake)
			require.NoError(t, err)
			assert.True(t, netip.MustParsePrefix("203.0.113.0/24").Contains(a), "a documentation address")
		}},
		{"IP_ADDRESS", "fe80::1ff:fe23:4567:890a", func(t *testing.T, fake string) {
			a, err := netip.ParseAddr(fake)
			require.NoError(t, err)
			assert.True(t, netip.MustParsePrefix("2001:db8::/32").Contains(a))
		}},
		{"US_SSN", "123-45-6789", func(t *testing.T, fake string) {
			assert.Regexp(t, `^9\d{2}-\d{2}-\d{4}$`, fake, "area 9xx is never issued")
		}},
		{"PHONE_NUMBER", "+44 20 7946 0018", func(t *testing.T, fake string) {
			assert.Regexp(t, `^\+4\d \d{2} \d{4} \d{4}$`, fake)
		}},
		{"US_DRIVER_LICENSE", "D1234-5678", func(t *testing.T, fake string) {
			assert.Regexp(t, `^[A-Z]\d{4}-\d{4}$`, fake)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.typ, func(t *testing.T) {
			fake, err := v.Surrogate(tt.typ, tt.value)
			require.NoError(t, err)
			assert.NotEqual(t, tt.value, fake)
			tt.check(t, fake)
			again, err := v.Surrogate(tt.typ, tt.value)
			require.NoError(t, err)
			assert.Equal(t, fake, again, "consistent in the conversation")
			assert.Equal(t, "see "+tt.value+".", v.Restore("see "+fake+"."))
		})
	}
}

func TestSurrogatesRestoreToleratingCaseNotSubwords(t *testing.T) {
	v := NewVault(testScope)
	name, err := v.Surrogate("PERSON", "Jo Bloggs")
	require.NoError(t, err)
	email, err := v.Surrogate("EMAIL_ADDRESS", "jo@gmail.com")
	require.NoError(t, err)
	assert.Equal(t, "Dear Jo Bloggs, write to jo@gmail.com", v.Restore("Dear "+strings.ToUpper(name)+", write to "+strings.ToUpper(email)))
	assert.Equal(t, "x"+name, v.Restore("x"+name), "inside a longer word it is not the surrogate")
	assert.Equal(t, name+"s", v.Restore(name+"s"))

	other := NewVault(chat.Scope{Tenant: "acme", Subject: "other", Conversation: "c"})
	assert.Equal(t, name, other.Restore(name), "another conversation does not restore it")

	reply := "Hello " + name + "! Mail: " + email + " ok"
	want := v.Restore(reply)
	for i := 0; i <= len(reply); i++ {
		r := v.Restorer()
		got := r.Write(reply[:i]) + r.Write(reply[i:]) + r.Flush()
		assert.Equal(t, want, got, "split at %d", i)
	}
}

func TestSurrogateMiddleware(t *testing.T) {
	model := scripted.New(scripted.Rule{Match: regexp.MustCompile(`I am (.+), mail (\S+)`), Reply: "Hi {match}! I have your details."})
	vaults := NewVaults(NewMemoryVaultStore())
	conv, err := chat.NewConversation(model, testScope, chat.WithMiddleware(
		Middleware(NewRedactor(regexDetector{}, WithOperator(Surrogate(), "PERSON", "EMAIL_ADDRESS")), vaults)))
	require.NoError(t, err)
	reply, err := conv.Send(context.Background(), "I am Jo Bloggs, mail jo@example.org")
	require.NoError(t, err)
	assert.Equal(t, "Hi Jo Bloggs! I have your details.", reply.Text)
	assertNoSecrets(t, model.Seen())
	seen := model.Seen()[0]
	assert.NotContains(t, seen, "<", "the model sees natural text, not tags")
}
