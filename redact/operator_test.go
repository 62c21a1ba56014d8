package redact

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tink-crypto/tink-go/v2/daead"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/prf"
)

// tinkHasher is a per-tenant Tink HMAC PRF, the way encrypt.BlindIndex
// keys one per tenant.
type tinkHasher map[string]prf.Set

func (h tinkHasher) Compute(_ context.Context, tenant, value string) ([]byte, error) {
	set, ok := h[tenant]
	if !ok {
		return nil, errors.New("no key for tenant")
	}
	return set.ComputePrimaryPRF([]byte(value), 16)
}

func newPRF(t *testing.T) prf.Set {
	t.Helper()
	kh, err := keyset.NewHandle(prf.HMACSHA256PRFKeyTemplate())
	require.NoError(t, err)
	set, err := prf.NewPRFSet(kh)
	require.NoError(t, err)
	return *set
}

func TestOperators(t *testing.T) {
	ctx := context.Background()
	v := NewVault(testScope)
	card := "4111 1111 1111 1234"

	masked, err := Mask(4).Replace(ctx, v, "CREDIT_CARD", card)
	require.NoError(t, err)
	assert.Equal(t, "***************1234", masked)
	short, err := Mask(10).Replace(ctx, v, "PERSON", "Ané")
	require.NoError(t, err)
	assert.Equal(t, "*né", short, "never keeps the whole value; counts runes")
	again, err := Mask(4).Replace(ctx, v, "CREDIT_CARD", card)
	require.NoError(t, err)
	assert.Equal(t, masked, again)

	removed, err := Remove().Replace(ctx, v, "CREDIT_CARD", card)
	require.NoError(t, err)
	assert.Empty(t, removed)
	kept, err := Keep().Replace(ctx, v, "CREDIT_CARD", card)
	require.NoError(t, err)
	assert.Equal(t, card, kept)
	assert.Zero(t, v.Len(), "one-way operators put nothing in the vault")
}

func TestHashOperator(t *testing.T) {
	ctx := context.Background()
	h := tinkHasher{"acme": newPRF(t), "globex": newPRF(t)}
	op := Hash(h)
	v := NewVault(testScope)
	a, err := op.Replace(ctx, v, "EMAIL_ADDRESS", "jo@example.org")
	require.NoError(t, err)
	assert.Regexp(t, `^EMAIL_ADDRESS#[0-9a-f]{16}$`, a)
	again, err := op.Replace(ctx, NewVault(chat.Scope{Tenant: "acme", Subject: "x", Conversation: "y"}), "EMAIL_ADDRESS", "jo@example.org")
	require.NoError(t, err)
	assert.Equal(t, a, again, "stable for a tenant across conversations")
	other, err := op.Replace(ctx, NewVault(chat.Scope{Tenant: "globex", Subject: "x", Conversation: "y"}), "EMAIL_ADDRESS", "jo@example.org")
	require.NoError(t, err)
	assert.NotEqual(t, a, other, "keyed per tenant")
	_, err = op.Replace(ctx, NewVault(chat.Scope{Tenant: "nokey", Subject: "x", Conversation: "y"}), "EMAIL_ADDRESS", "jo@example.org")
	assert.Error(t, err)
}

func TestEncryptOperator(t *testing.T) {
	ctx := context.Background()
	kh, err := keyset.NewHandle(daead.AESSIVKeyTemplate())
	require.NoError(t, err)
	d, err := daead.New(kh)
	require.NoError(t, err)
	keys := TenantKeys(func(context.Context, string) (DeterministicAEAD, error) { return d, nil })
	v := NewVault(testScope)
	tok, err := Encrypt(keys).Replace(ctx, v, "US_SSN", "123-45-6789")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(tok, "enc:US_SSN:"))
	assert.NotContains(t, tok, "6789")
	tok2, err := Encrypt(keys).Replace(ctx, v, "US_SSN", "123-45-6789")
	require.NoError(t, err)
	assert.Equal(t, tok, tok2, "deterministic")

	back, err := DecryptToken(ctx, keys, "acme", tok)
	require.NoError(t, err)
	assert.Equal(t, "123-45-6789", back)
	_, err = DecryptToken(ctx, keys, "globex", tok)
	assert.ErrorIs(t, err, ErrBadToken, "bound to the tenant")
	_, err = DecryptToken(ctx, keys, "acme", strings.Replace(tok, "US_SSN", "PERSON", 1))
	assert.ErrorIs(t, err, ErrBadToken, "bound to the type")
	for _, bad := range []string{"", "enc:", "enc:X", "enc:X:!!!", "plain"} {
		_, err = DecryptToken(ctx, keys, "acme", bad)
		assert.ErrorIs(t, err, ErrBadToken)
	}
}

func TestRedactorPerTypeOperators(t *testing.T) {
	r := NewRedactor(regexDetector{}, WithOperator(Mask(4), "CREDIT_CARD"), WithOperator(Remove(), "PERSON"))
	v := NewVault(testScope)
	out, findings, err := r.Redact(context.Background(), v, "Jo Bloggs pays with 4111 1111 1111 1111, jo@example.org")
	require.NoError(t, err)
	assert.Equal(t, " pays with ***************1111, <EMAIL_ADDRESS_1>", out)
	assert.Len(t, findings, 3)
}

func TestRedactJSONKeysAsContext(t *testing.T) {
	r := NewRedactor(regexDetector{}, WithJSONKeys(map[string]string{"customer_ref": "CUSTOMER_ID"}))
	v := NewVault(testScope)
	doc := `{"email":"not-detected-but-keyed","Phone-Number":"555 0100","note":"mail jo@example.org","customer_ref":"C-77","plan":"gold","tags":["Ann Lee"],"empty":""}`
	out, counts, err := r.RedactJSON(context.Background(), v, doc)
	require.NoError(t, err)
	assert.JSONEq(t, `{"email":"<EMAIL_ADDRESS_1>","Phone-Number":"<PHONE_NUMBER_1>","note":"mail <EMAIL_ADDRESS_2>","customer_ref":"<CUSTOMER_ID_1>","plan":"gold","tags":["<PERSON_1>"],"empty":""}`, out)
	assert.Equal(t, map[string]int{"EMAIL_ADDRESS": 2, "PHONE_NUMBER": 1, "CUSTOMER_ID": 1, "PERSON": 1}, counts)
	_, _, err = r.RedactJSON(context.Background(), v, `{"email": "x"`)
	assert.ErrorIs(t, err, ErrInvalidJSON)
}
