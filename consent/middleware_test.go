package consent_test

import (
	"context"
	"errors"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/consent"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWithdrawalTakesEffectOnNextTurn(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	model := scripted.New(scripted.Rule{Contains: "refund", Reply: "Refunds take 5 days."})
	store := chat.NewMemoryStore()
	conv, err := chat.NewConversation(model, scope, chat.WithStore(store),
		chat.WithMiddleware(consent.Middleware(f.ledger, consent.Policy{Required: []consent.Purpose{consent.PurposeSupport, consent.PurposeTrainAI}})))
	require.NoError(t, err)

	stored := func() int {
		msgs, err := store.Load(ctx, scope)
		require.NoError(t, err)
		return len(msgs)
	}

	_, err = conv.Send(ctx, "How long does a refund take? My card is 4111 1111 1111 1111")
	require.ErrorIs(t, err, consent.ErrConsentRequired)
	var req *consent.RequiredError
	require.ErrorAs(t, err, &req)
	assert.Equal(t, consent.PurposeTrainAI, req.Purpose, "the contract purpose needs no grant; training does")
	assert.Equal(t, "consent: purpose train_ai_system requires consent", err.Error())
	assert.Empty(t, model.Requests(), "the model saw a refused turn")
	assert.Zero(t, stored(), "a refused turn was stored")

	f.grant(t, consent.PurposeTrainAI)
	reply, err := conv.Send(ctx, "How long does a refund take?")
	require.NoError(t, err)
	assert.Equal(t, "Refunds take 5 days.", reply.Text)
	assert.Len(t, model.Requests(), 1)
	assert.NotContains(t, model.Seen(), "How long does a refund take? My card is 4111 1111 1111 1111")
	assert.Equal(t, 2, stored())

	f.withdraw(t, consent.PurposeTrainAI)
	_, err = conv.Send(ctx, "And another refund question")
	require.ErrorIs(t, err, consent.ErrConsentRequired)
	assert.Len(t, model.Requests(), 1, "the model was called after the withdrawal")
	assert.Equal(t, 2, stored(), "a turn after the withdrawal was stored")
	hist, err := conv.History(ctx)
	require.NoError(t, err)
	assert.Len(t, hist, 2, "the refused turn is not in the history")
}

func TestRequiredErrorListsEveryMissingPurpose(t *testing.T) {
	f := newFixture(t)
	model := scripted.New()
	conv, err := chat.NewConversation(model, scope, chat.WithMiddleware(consent.Middleware(f.ledger,
		consent.Policy{Required: []consent.Purpose{consent.PurposeAnalytics, consent.PurposeTrainAI}})))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "hello")
	var req *consent.RequiredError
	require.ErrorAs(t, err, &req)
	assert.Equal(t, consent.PurposeAnalytics, req.Purpose)
	assert.Equal(t, []consent.Purpose{consent.PurposeAnalytics, consent.PurposeTrainAI}, req.Missing)
	assert.Equal(t, "consent: purposes analytics, train_ai_system require consent", err.Error())
	assert.NotContains(t, err.Error(), subject)
}

func TestUnknownPurposeInPolicyFailsClosed(t *testing.T) {
	f := newFixture(t)
	model := scripted.New()
	conv, err := chat.NewConversation(model, scope, chat.WithMiddleware(consent.Middleware(f.ledger,
		consent.Policy{Optional: []consent.Purpose{"analytics.typo"}})))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "hello")
	require.ErrorIs(t, err, consent.ErrUnknownPurpose)
	assert.Empty(t, model.Requests())
}

// probe is a layer below the consent middleware that records what it was
// told about optional purposes.
func probe(got map[consent.Purpose]bool) chat.Middleware {
	return func(next chat.Model) chat.Model {
		return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
			allowed, known := consent.AllowedFromContext(ctx, consent.PurposeStoreTranscript)
			if known {
				got[consent.PurposeStoreTranscript] = allowed
			}
			return next.Generate(ctx, req, stream)
		}}
	}
}

func TestDegradeModeRunsButStoresNothing(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	model := scripted.New(scripted.Rule{Reply: "Happy to help."})
	inner := chat.NewMemoryStore()
	seen := map[consent.Purpose]bool{}
	newConv := func() *chat.Conversation {
		conv, err := chat.NewConversation(model, scope,
			chat.WithStore(consent.NewTranscriptStore(f.ledger, inner, consent.PurposeStoreTranscript)),
			chat.WithMiddleware(
				consent.Middleware(f.ledger, consent.Policy{Optional: []consent.Purpose{consent.PurposeStoreTranscript}}),
				probe(seen)))
		require.NoError(t, err)
		return conv
	}
	stored := func() int {
		msgs, err := inner.Load(ctx, scope)
		require.NoError(t, err)
		return len(msgs)
	}

	conv := newConv()
	reply, err := conv.Send(ctx, "Where is my order?")
	require.NoError(t, err, "without consent to keep it, the conversation still runs")
	assert.Equal(t, "Happy to help.", reply.Text)
	assert.Zero(t, stored(), "the transcript was kept without consent")
	assert.False(t, seen[consent.PurposeStoreTranscript])
	_, err = conv.Send(ctx, "Thanks")
	require.NoError(t, err)
	assert.Len(t, model.Requests()[1].Messages, 3, "the history lives on in memory")
	assert.Zero(t, stored())

	f.grant(t, "collect") // The parent covers collect.store_transcript.
	_, err = conv.Send(ctx, "One more thing")
	require.NoError(t, err)
	assert.Equal(t, 2, stored(), "only turns after the grant are kept")
	assert.True(t, seen[consent.PurposeStoreTranscript])

	f.withdraw(t, consent.PurposeStoreTranscript)
	msgs, err := newConv().History(ctx)
	require.NoError(t, err)
	assert.Empty(t, msgs, "a transcript kept before a withdrawal is not used after it")
	_, err = newConv().Send(ctx, "Hello again")
	require.NoError(t, err)
	assert.Equal(t, 2, stored())
}

func TestLookupErrorFailsClosed(t *testing.T) {
	fs := &failingStore{MemoryStore: consent.NewMemoryStore()}
	clk := newClock()
	l, err := consent.NewLedger(fs, consent.Options{Clock: clk.Now})
	require.NoError(t, err)
	ctx := context.Background()
	n, err := l.PublishNotice(ctx, tenant, consent.Notice{ID: "n", Version: "1", Text: "text"})
	require.NoError(t, err)
	_, err = l.Grant(ctx, consent.Choice{Tenant: tenant, Subject: subject, Notice: n.Ref(),
		Purposes: []consent.Purpose{consent.PurposeTrainAI, consent.PurposeStoreTranscript}})
	require.NoError(t, err)
	fs.setDown(true)

	ok, err := l.Allowed(ctx, scope, consent.PurposeTrainAI)
	assert.False(t, ok)
	assert.ErrorIs(t, err, errLedgerDown)

	model := scripted.New()
	inner := chat.NewMemoryStore()
	conv, err := chat.NewConversation(model, scope,
		chat.WithStore(consent.NewTranscriptStore(l, inner, consent.PurposeStoreTranscript)),
		chat.WithMiddleware(consent.Middleware(l, consent.Policy{Required: []consent.Purpose{consent.PurposeTrainAI}})))
	require.NoError(t, err)
	_, err = conv.Send(ctx, "hello")
	require.ErrorIs(t, err, errLedgerDown)
	assert.False(t, errors.Is(err, consent.ErrConsentRequired))
	assert.Empty(t, model.Requests(), "the model was called while the ledger was down")

	ts := consent.NewTranscriptStore(l, inner, consent.PurposeStoreTranscript)
	require.ErrorIs(t, ts.Append(ctx, scope, chat.UserMessage("hi")), errLedgerDown)
	_, err = ts.Load(ctx, scope)
	require.ErrorIs(t, err, errLedgerDown)
	msgs, err := inner.Load(ctx, scope)
	require.NoError(t, err)
	assert.Empty(t, msgs)

	fs.setDown(false)
	_, err = conv.Send(ctx, "hello")
	require.NoError(t, err, "the ledger is back")
}
