package audit_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tink-crypto/tink-go/v2/insecurecleartextkeyset"
	"github.com/tink-crypto/tink-go/v2/keyset"
)

// clock is a deterministic clock that ticks one second per call.
type clock struct{ t time.Time }

func newClock() *clock { return &clock{t: time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)} }

func (c *clock) Now() time.Time { c.t = c.t.Add(time.Second); return c.t }

// signingKey returns a new private key and its public keyset.
func signingKey(t testing.TB) (*keyset.Handle, []byte) {
	t.Helper()
	priv, err := audit.NewSigningKey()
	require.NoError(t, err)
	pub, err := audit.PublicKeyset(priv)
	require.NoError(t, err)
	return priv, pub
}

func turnEvent(i int) audit.Event {
	return audit.Event{
		Scope:     chat.Scope{Tenant: "acme", Subject: fmt.Sprintf("cust-%d", i%3), Conversation: fmt.Sprintf("c-%d", i)},
		Operation: audit.OpTurn, Decision: audit.DecisionAllowed,
		PII: map[string]int{"EMAIL_ADDRESS": i % 2},
	}
}

// chain records n events with a checkpoint every 5 and returns what the
// sink holds.
func chain(t *testing.T, n int) (*audit.MemorySink, []audit.Event, []audit.Checkpoint, []byte) {
	t.Helper()
	priv, pub := signingKey(t)
	sink := audit.NewMemorySink()
	log, err := audit.NewLog(sink, audit.Options{SigningKey: priv, CheckpointEvery: 5, Now: newClock().Now})
	require.NoError(t, err)
	ctx := context.Background()
	for i := range n {
		_, err := log.Record(ctx, turnEvent(i))
		require.NoError(t, err)
	}
	evs, err := sink.Events(ctx, "acme", 0, 0)
	require.NoError(t, err)
	cs, err := sink.Checkpoints(ctx, "acme")
	require.NoError(t, err)
	return sink, evs, cs, pub
}

func rehash(t *testing.T, evs []audit.Event, from int) {
	t.Helper()
	for i := from; i < len(evs); i++ {
		if i > 0 {
			evs[i].Prev = evs[i-1].Hash
		}
		h, err := evs[i].ComputeHash()
		require.NoError(t, err)
		evs[i].Hash = h
	}
}

func TestVerifyIntact(t *testing.T) {
	_, evs, cs, pub := chain(t, 12)
	require.Len(t, cs, 2, "checkpoints at 5 and 10")
	rep, err := audit.Verify(context.Background(), evs, cs, pub)
	require.NoError(t, err)
	assert.True(t, rep.OK())
	assert.Equal(t, 12, rep.Events)
	assert.Equal(t, uint64(10), rep.Anchored)
	assert.Equal(t, uint64(2), rep.Unanchored())
	assert.Contains(t, rep.String(), "OK")
}

// TestVerifyFindsTampering edits the log in every way and checks that
// Verify says where and what.
func TestVerifyFindsTampering(t *testing.T) {
	other, _ := signingKey(t)
	_, otherPub := signingKey(t)
	cases := []struct {
		name   string
		tamper func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte)
		want   audit.Problem
	}{
		{"EditField", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			evs[6].Decision = audit.DecisionRefused
			return evs, cs, pub
		}, audit.Problem{Seq: 7, Kind: audit.ProblemEdited}},
		{"EditCount", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			evs[2].PII = map[string]int{"EMAIL_ADDRESS": 9}
			return evs, cs, pub
		}, audit.Problem{Seq: 3, Kind: audit.ProblemEdited}},
		{"EditAndRehashTail", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			// An attacker who recomputes every hash after the edit still
			// fails the checkpoint that covers it.
			evs[6].Decision = audit.DecisionRefused
			rehash(t, evs, 6)
			return evs, cs, pub
		}, audit.Problem{Seq: 10, Kind: audit.ProblemRewritten, Checkpoint: true}},
		{"Delete", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			return append(evs[:3:3], evs[4:]...), cs, pub
		}, audit.Problem{Seq: 5, Kind: audit.ProblemMissing}},
		{"DeleteFirst", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			return evs[1:], cs, pub
		}, audit.Problem{Seq: 2, Kind: audit.ProblemMissing}},
		{"Insert", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			forged := turnEvent(99)
			forged.Time = evs[3].Time
			forged, err := audit.Link(evs[3].Head(), forged)
			require.NoError(t, err)
			out := append([]audit.Event{}, evs[:4]...)
			out = append(out, forged)
			return append(out, evs[4:]...), cs, pub
		}, audit.Problem{Seq: 5, Kind: audit.ProblemOrder}},
		{"InsertRenumbered", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			forged := turnEvent(99)
			forged.Time = evs[3].Time
			out := append([]audit.Event{}, evs[:4]...)
			out = append(out, forged)
			out = append(out, evs[4:]...)
			for i := 4; i < len(out); i++ {
				out[i].Seq = uint64(i + 1)
			}
			rehash(t, out, 4)
			return out, cs, pub
		}, audit.Problem{Seq: 5, Kind: audit.ProblemRewritten, Checkpoint: true}},
		{"Reorder", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			evs[7], evs[8] = evs[8], evs[7]
			return evs, cs, pub
		}, audit.Problem{Seq: 9, Kind: audit.ProblemMissing}},
		{"ReorderRenumbered", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			evs[7], evs[8] = evs[8], evs[7]
			evs[7].Seq, evs[8].Seq = 8, 9
			return evs, cs, pub
		}, audit.Problem{Seq: 8, Kind: audit.ProblemEdited}},
		{"TruncateAfterCheckpoint", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			return evs[:8], cs, pub
		}, audit.Problem{Seq: 10, Kind: audit.ProblemTruncated, Checkpoint: true}},
		{"ForgeSignature", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			cs[1].Signature[len(cs[1].Signature)-1] ^= 1
			return evs, cs, pub
		}, audit.Problem{Seq: 10, Kind: audit.ProblemSignature, Checkpoint: true}},
		{"ForgeCheckpoint", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			// Rewrite history and sign a checkpoint for it with a key
			// of the attacker's own.
			evs[1].Decision = audit.DecisionError
			evs[1].Reason = audit.ReasonOther
			rehash(t, evs, 1)
			sink := audit.NewMemorySink()
			log, err := audit.NewLog(sink, audit.Options{SigningKey: other, CheckpointEvery: -1})
			require.NoError(t, err)
			for _, e := range evs {
				e.Hash, e.Prev, e.Seq = audit.Hash{}, audit.Hash{}, 0
				_, err := log.Record(context.Background(), e)
				require.NoError(t, err)
			}
			c, err := log.Checkpoint(context.Background(), "acme")
			require.NoError(t, err)
			return evs, []audit.Checkpoint{cs[0], c}, pub
		}, audit.Problem{Seq: 5, Kind: audit.ProblemRewritten, Checkpoint: true}},
		{"SwapKeys", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			return evs, cs, otherPub
		}, audit.Problem{Seq: 5, Kind: audit.ProblemSignature, Checkpoint: true}},
		{"MoveCheckpointToOtherTenant", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			cs[0].Tenant = "globex"
			return evs, cs, pub
		}, audit.Problem{Seq: 5, Kind: audit.ProblemSignature, Checkpoint: true}},
		{"EventFromOtherTenant", func(t *testing.T, evs []audit.Event, cs []audit.Checkpoint, pub []byte) ([]audit.Event, []audit.Checkpoint, []byte) {
			evs[4].Scope.Tenant = "globex"
			return evs, cs, pub
		}, audit.Problem{Seq: 5, Kind: audit.ProblemInvalid}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, evs, cs, pub := chain(t, 12)
			evs, cs, pub = tc.tamper(t, evs, cs, pub)
			rep, err := audit.Verify(context.Background(), evs, cs, pub)
			require.ErrorIs(t, err, audit.ErrTampered)
			require.NotNil(t, rep)
			require.False(t, rep.OK())
			assert.Equal(t, tc.want, rep.Problems[0], "first problem; all: %v", rep.Problems)
			assert.Contains(t, rep.String(), tc.want.String())
		})
	}
}

func TestVerifyErrors(t *testing.T) {
	_, evs, cs, _ := chain(t, 6)
	_, err := audit.Verify(context.Background(), evs, cs, []byte("not a keyset"))
	assert.Error(t, err)
	assert.NotErrorIs(t, err, audit.ErrTampered)

	priv, _ := signingKey(t)
	var buf bytes.Buffer
	require.NoError(t, insecurecleartextkeyset.Write(priv, keyset.NewJSONWriter(&buf)))
	_, err = audit.Verify(context.Background(), evs, cs, buf.Bytes())
	assert.Error(t, err, "a keyset with private keys is refused as a public keyset")

	rep, err := audit.Verify(context.Background(), evs, cs, nil)
	require.NoError(t, err)
	assert.False(t, rep.SignaturesChecked)
	assert.Contains(t, rep.String(), "not checked")
}

func TestVerifyStoreAndCheckpointOnDemand(t *testing.T) {
	ctx := context.Background()
	priv, pub := signingKey(t)
	sink := audit.NewMemorySink()
	log, err := audit.NewLog(sink, audit.Options{SigningKey: priv, CheckpointEvery: -1})
	require.NoError(t, err)
	_, err = log.Checkpoint(ctx, "acme")
	assert.ErrorIs(t, err, audit.ErrEmpty)
	for i := range 2500 {
		_, err := log.Record(ctx, turnEvent(i))
		require.NoError(t, err)
	}
	c, err := log.Checkpoint(ctx, "acme")
	require.NoError(t, err)
	assert.Equal(t, uint64(2500), c.Seq)

	// Another process, which recorded nothing, checkpoints from the sink.
	log2, err := audit.NewLog(sink, audit.Options{SigningKey: priv})
	require.NoError(t, err)
	_, err = log.Record(ctx, turnEvent(0))
	require.NoError(t, err)
	c2, err := log2.Checkpoint(ctx, "acme")
	require.NoError(t, err)
	assert.Equal(t, uint64(2501), c2.Seq)

	rep, err := audit.VerifyStore(ctx, sink, "acme", pub)
	require.NoError(t, err)
	assert.Equal(t, 2501, rep.Events)
	assert.Equal(t, uint64(2501), rep.Anchored)
	assert.Equal(t, 2, rep.Checkpoints)

	noKey, err := audit.NewLog(sink, audit.Options{})
	require.NoError(t, err)
	_, err = noKey.Checkpoint(ctx, "acme")
	assert.ErrorIs(t, err, audit.ErrNoSigner)
}
