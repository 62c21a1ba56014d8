package redact

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var testScope = chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "conv-1"}

// issued returns a vault holding an email and a person, and their
// placeholders.
func issued(t *testing.T) (*Vault, string, string) {
	t.Helper()
	v := NewVault(testScope)
	email, err := v.Placeholder("EMAIL_ADDRESS", "jo@example.org")
	require.NoError(t, err)
	person, err := v.Placeholder("PERSON", "Jo Bloggs")
	require.NoError(t, err)
	return v, email, person
}

func TestPlaceholdersAreStableAndNumbered(t *testing.T) {
	v := NewVault(testScope)
	a, err := v.Placeholder("EMAIL_ADDRESS", "a@example.org")
	require.NoError(t, err)
	b, err := v.Placeholder("EMAIL_ADDRESS", "b@example.org")
	require.NoError(t, err)
	p, err := v.Placeholder("PERSON", "Ann")
	require.NoError(t, err)
	again, err := v.Placeholder("EMAIL_ADDRESS", "a@example.org")
	require.NoError(t, err)
	assert.Equal(t, "<EMAIL_ADDRESS_1>", a)
	assert.Equal(t, "<EMAIL_ADDRESS_2>", b)
	assert.Equal(t, "<PERSON_1>", p)
	assert.Equal(t, a, again)
	assert.Equal(t, 3, v.Len())
}

func TestPlaceholderFormat(t *testing.T) {
	vs := NewVaults(nil, WithPlaceholderFormat(PlaceholderFormat{Open: "[[", Close: "]]", Labels: map[string]string{"EMAIL_ADDRESS": "EMAIL", "X": "bad label!"}}))
	v, err := vs.Open(context.Background(), testScope)
	require.NoError(t, err)
	p, err := v.Placeholder("EMAIL_ADDRESS", "jo@example.org")
	require.NoError(t, err)
	assert.Equal(t, "[[EMAIL_1]]", p)
	q, err := v.Placeholder("X", "value")
	require.NoError(t, err)
	assert.Equal(t, "[[X_1]]", q, "an invalid label falls back to the type")
	assert.Equal(t, "write to jo@example.org or value", v.Restore("write to [[EMAIL_1]] or [[X_1]]"))
	assert.Equal(t, "write to jo@example.org", v.Restore("write to <email_1>"))
}

func TestVaultLimit(t *testing.T) {
	vs := NewVaults(nil, WithVaultLimit(2))
	v, err := vs.Open(context.Background(), testScope)
	require.NoError(t, err)
	_, err = v.Placeholder("PERSON", "A")
	require.NoError(t, err)
	_, err = v.Placeholder("PERSON", "B")
	require.NoError(t, err)
	_, err = v.Placeholder("PERSON", "C")
	assert.ErrorIs(t, err, ErrVaultFull)
	_, err = v.Placeholder("PERSON", "A")
	assert.NoError(t, err, "a known value still resolves")
}

func TestRestoreTolerance(t *testing.T) {
	v, _, _ := issued(t)
	const want = "jo@example.org"
	variants := []string{
		"<EMAIL_ADDRESS_1>", "<email_address_1>", "<Email_Address_1>",
		"[EMAIL_ADDRESS_1]", "{EMAIL_ADDRESS_1}", "[EMAIL_ADDRESS_1>",
		"<EMAIL_ADDRESS_1]", "EMAIL_ADDRESS_1>", "<EMAIL_ADDRESS_1", "EMAIL_ADDRESS_1",
		"<EMAIL ADDRESS 1>", "<EMAIL-ADDRESS-1>", "<EMAIL_ADDRESS1>", "<EMAIL ADDRESS_1>",
	}
	for _, ph := range variants {
		t.Run(ph, func(t *testing.T) {
			for _, tmpl := range []string{"%s", "Write to %s.", "Write to %s, thanks", "(%s)", "**%s**", "\"%s\""} {
				text := fmt.Sprintf(tmpl, ph)
				assert.Equal(t, fmt.Sprintf(tmpl, want), v.Restore(text), "template %q", tmpl)
			}
		})
	}
	t.Run("inside a word", func(t *testing.T) {
		assert.Equal(t, "jo@example.org's inbox", v.Restore("<EMAIL_ADDRESS_1>'s inbox"))
		assert.Equal(t, "mailto:jo@example.org", v.Restore("mailto:<EMAIL_ADDRESS_1>"))
		assert.Equal(t, "xjo@example.org", v.Restore("x<EMAIL_ADDRESS_1>"))
	})
}

func TestRestoreLeavesWhatWasNotIssued(t *testing.T) {
	v, _, _ := issued(t)
	for _, text := range []string{
		"<EMAIL_ADDRESS_2>", "<EMAIL_ADDRESS_0>", "<EMAIL_ADDRESS_01>", "<EMAIL_ADDRESS_12>",
		"<PHONE_NUMBER_1>", "<EMAIL_ADDRESS_>", "EMAIL_ADDRESSES_1", "XEMAIL_ADDRESS_1",
		"plain text with no placeholder", "<<>>", "<", "",
		"<EMAIL_ADDRESS_99999999999999999999>",
	} {
		assert.Equal(t, text, v.Restore(text), "%q", text)
	}
}

func TestForgedPlaceholdersAcrossConversations(t *testing.T) {
	vs := NewVaults(NewMemoryVaultStore())
	ctx := context.Background()
	other := testScope
	other.Conversation = "conv-2"
	otherTenant := testScope
	otherTenant.Tenant = "globex"
	mine, err := vs.Open(ctx, testScope)
	require.NoError(t, err)
	_, err = mine.Placeholder("EMAIL_ADDRESS", "mine@example.org")
	require.NoError(t, err)
	for _, s := range []chat.Scope{other, otherTenant} {
		theirs, err := vs.Open(ctx, s)
		require.NoError(t, err)
		assert.Equal(t, "<EMAIL_ADDRESS_1>", theirs.Restore("<EMAIL_ADDRESS_1>"), "another conversation's vault restores nothing of this one")
		_, err = theirs.Placeholder("PERSON", "Them")
		require.NoError(t, err)
		assert.Equal(t, "<EMAIL_ADDRESS_1> Them", theirs.Restore("<EMAIL_ADDRESS_1> <PERSON_1>"))
	}
	assert.Equal(t, "mine@example.org <PERSON_1>", mine.Restore("<EMAIL_ADDRESS_1> <PERSON_1>"))
}

// TestStreamSplitAtEveryByte cuts replies into two and three chunks at
// every position and checks that the customer reads the same text as
// without streaming, and that no chunk shows a placeholder or part of one.
// The byte before a placeholder decides whether it is one ("0PERSON 1" is
// not), also when a chunk boundary falls between them, and a bracket may
// still close in the next chunk ("<<PERSON 1 >", "<<PERSON_1>>").
func TestStreamSplitAtEveryByte(t *testing.T) {
	v, email, person := issued(t)
	reply := "Hi " + person + ", I sent it to " + email + " and [person_1]. Cost: <5 units> (EMAIL_ADDRESS_1)"
	require.Equal(t, "Hi Jo Bloggs, I sent it to jo@example.org and Jo Bloggs. Cost: <5 units> (jo@example.org)", v.Restore(reply))
	replies := map[string]string{
		reply:                           "",
		"<0PERSON 1A0 and x PERSON 1 y": "<0PERSON 1A0 and x Jo Bloggs y",
		"see <<PERSON 1 > now":          "see Jo Bloggs now",
		"see <<PERSON_1>> now":          "see Jo Bloggs now",
		"see < EMAIL_ADDRESS_1 >":       "see jo@example.org",
		"\xff<PERSON_1\xfe>":            "\xffJo Bloggs\xfe>",
	}
	for reply, want := range replies {
		if want == "" {
			want = v.Restore(reply)
		}
		require.Equal(t, want, v.Restore(reply))
		check := func(chunks []string) {
			r := v.Restorer()
			var got strings.Builder
			for _, c := range chunks {
				out := r.Write(c)
				assert.NotContains(t, out, "EMAIL_", "chunks %q", chunks)
				assert.NotContains(t, strings.ToUpper(out), "PERSON_", "chunks %q", chunks)
				got.WriteString(out)
			}
			got.WriteString(r.Flush())
			assert.Equal(t, want, got.String(), "chunks %q", chunks)
		}
		for i := 0; i <= len(reply); i++ {
			check([]string{reply[:i], reply[i:]})
			for j := i; j <= len(reply); j += 7 {
				check([]string{reply[:i], reply[i:j], reply[j:]})
			}
		}
		bytes := make([]string, len(reply))
		for i := range reply {
			bytes[i] = reply[i : i+1]
		}
		check(bytes)
	}
}

func TestStreamHoldsBackOnlyPossiblePlaceholders(t *testing.T) {
	v, _, _ := issued(t)
	r := v.Restorer()
	assert.Equal(t, "Your order ships Monday", r.Write("Your order ships Monday"))
	assert.Equal(t, 0, r.Pending())
	assert.Equal(t, "Write to ", r.Write("Write to <EMA"))
	assert.Equal(t, len("<EMA"), r.Pending())
	assert.Equal(t, "jo@example.org now", r.Write("IL_ADDRESS_1> now"))
	assert.Equal(t, " ", r.Write(" P"), "a capital that may start PERSON waits")
	assert.Equal(t, "Please", r.Write("lease"))
	assert.Equal(t, "(jo@example.org) and Jo Bloggs", v.Restore("(EMAIL_ADDRESS_1) and {PERSON_1}"))
	assert.Equal(t, "(see jo@example.org)", v.Restore("(see <EMAIL_ADDRESS_1>)"), "a parenthesis is not taken as a bracket")
}

func TestStreamCutPlaceholderIsNeverShown(t *testing.T) {
	v, _, _ := issued(t)
	for _, tail := range []string{"<EMAIL_ADD", "<EMAIL_ADDRESS_", "<EMAIL_ADDRESS_1", "[PERSON", "EMAIL_ADDR", "<PERSON_1"} {
		r := v.Restorer()
		out := r.Write("Sent to " + tail)
		out += r.Flush()
		assert.NotContains(t, out, "EMAIL", "tail %q", tail)
		assert.NotContains(t, out, "PERSON", "tail %q", tail)
		assert.True(t, strings.HasPrefix(out, "Sent to "))
	}
	r := v.Restorer()
	assert.Equal(t, "Sent to jo@example.org", r.Write("Sent to <EMAIL_ADDRESS_1")+r.Flush(), "a complete placeholder missing its bracket is restored")
	r = v.Restorer()
	assert.Equal(t, "Ask Pe", r.Write("Ask Pe")+r.Flush(), "ordinary text at the end is kept")
}

func TestVaultsPersistAndReload(t *testing.T) {
	ctx := context.Background()
	store := NewMemoryVaultStore()
	vs := NewVaults(store)
	v, err := vs.Open(ctx, testScope)
	require.NoError(t, err)
	_, err = v.Placeholder("EMAIL_ADDRESS", "jo@example.org")
	require.NoError(t, err)
	require.NoError(t, vs.Save(ctx, v))
	require.NoError(t, vs.Save(ctx, v), "saving twice appends nothing new")
	entries, err := store.LoadVault(ctx, testScope)
	require.NoError(t, err)
	require.Len(t, entries, 1)

	fresh := NewVaults(store)
	v2, err := fresh.Open(ctx, testScope)
	require.NoError(t, err)
	assert.Equal(t, "jo@example.org", v2.Restore("<EMAIL_ADDRESS_1>"))
	p, err := v2.Placeholder("EMAIL_ADDRESS", "other@example.org")
	require.NoError(t, err)
	assert.Equal(t, "<EMAIL_ADDRESS_2>", p, "numbering continues after a reload")

	require.NoError(t, fresh.Delete(ctx, testScope))
	v3, err := fresh.Open(ctx, testScope)
	require.NoError(t, err)
	assert.Equal(t, "<EMAIL_ADDRESS_1>", v3.Restore("<EMAIL_ADDRESS_1>"), "a deleted vault restores nothing")
}

func TestVaultsEvictAndConcurrentUse(t *testing.T) {
	ctx := context.Background()
	vs := NewVaults(NewMemoryVaultStore(), WithCachedVaults(4))
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := testScope
			s.Conversation = fmt.Sprintf("conv-%d", g%6)
			for i := range 50 {
				v, err := vs.Open(ctx, s)
				if !assert.NoError(t, err) {
					return
				}
				value := fmt.Sprintf("user%d@example.org", i%5)
				p, err := v.Placeholder("EMAIL_ADDRESS", value)
				assert.NoError(t, err)
				assert.NoError(t, vs.Save(ctx, v))
				assert.Equal(t, value, v.Restore(p))
			}
		}()
	}
	wg.Wait()
}

func TestVaultsRejectInvalidScope(t *testing.T) {
	_, err := NewVaults(nil).Open(context.Background(), chat.Scope{Tenant: "t"})
	assert.ErrorIs(t, err, chat.ErrInvalidScope)
}

// TestVaultInUseIsNotEvicted: a vault a turn is using stays the one
// vault of its conversation even when the cache is over its bound, so two
// copies can never number placeholders independently.
func TestVaultInUseIsNotEvicted(t *testing.T) {
	ctx := context.Background()
	store := NewMemoryVaultStore()
	vs := NewVaults(store, WithCachedVaults(1))
	a := testScope
	b := testScope
	b.Conversation = "conv-b"

	inUse, err := vs.acquire(ctx, a)
	require.NoError(t, err)
	first, err := inUse.Placeholder("EMAIL_ADDRESS", "a@example.org")
	require.NoError(t, err)
	_, err = vs.Open(ctx, b) // over the bound: only an unused vault may go
	require.NoError(t, err)
	again, err := vs.acquire(ctx, a)
	require.NoError(t, err)
	assert.Same(t, inUse, again, "the live vault is still the conversation's vault")
	second, err := again.Placeholder("EMAIL_ADDRESS", "b@example.org")
	require.NoError(t, err)
	assert.NotEqual(t, first, second)
	require.NoError(t, vs.Save(ctx, again))
	vs.release(again)
	vs.release(inUse)

	// Once released it can be evicted; reloaded from the store, every
	// placeholder still restores its own value.
	_, err = vs.Open(ctx, b)
	require.NoError(t, err)
	reloaded, err := NewVaults(store).Open(ctx, a)
	require.NoError(t, err)
	assert.Equal(t, "a@example.org b@example.org", reloaded.Restore(first+" "+second))
}
