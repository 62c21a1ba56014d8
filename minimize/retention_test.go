package minimize_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/confide-dev/confide/minimize"
)

const day = 24 * time.Hour

func seeded() *minimize.MemoryPurger {
	p := &minimize.MemoryPurger{}
	at := func(d time.Duration) time.Time { return now.Add(-d) }
	p.Add("transcript", "t-100d", at(100*day))
	p.Add("transcript", "t-91d", at(91*day))
	p.Add("transcript", "t-90d", at(90*day)) // exactly at the cut-off: kept
	p.Add("transcript", "t-31d", at(31*day))
	p.Add("transcript", "t-1d", at(day))
	p.Add("vault", "v-8d", at(8*day))
	p.Add("vault", "v-6d", at(6*day))
	p.Add("audit", "a-400d", at(400*day))
	return p
}

var policies = []minimize.Retention{
	{Kind: "transcript", Purpose: "support", Keep: 30 * day},
	{Kind: "transcript", Purpose: "legal", Keep: 90 * day}, // the longest need wins
	{Kind: "vault", Purpose: "support", Keep: 7 * day},
}

func TestPurge(t *testing.T) {
	ctx := context.Background()
	p := seeded()
	purgers := map[string]minimize.Purger{"transcript": p, "vault": p}

	// A dry run reports and removes nothing.
	r, err := minimize.Purge(ctx, policies, purgers, now, true)
	require.NoError(t, err)
	assert.True(t, r.DryRun)
	assert.Equal(t, int64(3), r.Total())
	assert.Equal(t, []string{"t-100d", "t-91d", "t-90d", "t-31d", "t-1d"}, p.IDs("transcript"))
	assert.Equal(t, []string{"v-8d", "v-6d"}, p.IDs("vault"))

	r, err = minimize.Purge(ctx, policies, purgers, now, false)
	require.NoError(t, err)
	require.Len(t, r.Kinds, 2)
	assert.Equal(t, minimize.KindReport{Kind: "transcript", Purposes: []string{"legal", "support"}, Keep: 90 * day, Before: now.Add(-90 * day), Count: 2}, r.Kinds[0])
	assert.Equal(t, minimize.KindReport{Kind: "vault", Purposes: []string{"support"}, Keep: 7 * day, Before: now.Add(-7 * day), Count: 1}, r.Kinds[1])
	assert.Equal(t, []string{"t-90d", "t-31d", "t-1d"}, p.IDs("transcript"))
	assert.Equal(t, []string{"v-6d"}, p.IDs("vault"))
	assert.Equal(t, []string{"a-400d"}, p.IDs("audit"), "a kind without a policy is not touched")

	// Running again removes nothing more.
	r, err = minimize.Purge(ctx, policies, purgers, now, false)
	require.NoError(t, err)
	assert.Zero(t, r.Total())
}

func TestPurgeRefusesGaps(t *testing.T) {
	ctx := context.Background()
	p := seeded()
	_, err := minimize.Purge(ctx, policies, map[string]minimize.Purger{"transcript": p}, now, false)
	require.ErrorIs(t, err, minimize.ErrRetention)
	assert.ErrorContains(t, err, `"vault"`)
	assert.Len(t, p.IDs("transcript"), 5, "nothing purged when a kind has no purger")

	for _, bad := range []minimize.Retention{{Kind: "", Keep: day}, {Kind: "x", Keep: 0}, {Kind: "x", Keep: -day}} {
		_, err := minimize.Purge(ctx, []minimize.Retention{bad}, map[string]minimize.Purger{"x": p}, now, false)
		require.ErrorIs(t, err, minimize.ErrRetention)
	}
}

type failing struct{}

func (failing) PurgeBefore(context.Context, string, time.Time, bool) (int64, error) {
	return 0, errors.New("database is closed")
}

func TestPurgeFailureDoesNotStopOthers(t *testing.T) {
	p := seeded()
	r, err := minimize.Purge(context.Background(), policies, map[string]minimize.Purger{"transcript": failing{}, "vault": p}, now, false)
	require.Error(t, err)
	assert.ErrorContains(t, err, "purge transcript: database is closed")
	require.Len(t, r.Kinds, 2)
	require.Error(t, r.Kinds[0].Err)
	assert.Equal(t, int64(1), r.Kinds[1].Count)
	assert.Equal(t, []string{"v-6d"}, p.IDs("vault"))
	assert.Contains(t, r.String(), "error: database is closed")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = minimize.Purge(ctx, policies, map[string]minimize.Purger{"transcript": p, "vault": p}, now, false)
	require.ErrorIs(t, err, context.Canceled)
}

func TestReportString(t *testing.T) {
	r, err := minimize.Purge(context.Background(), policies, map[string]minimize.Purger{"transcript": seeded(), "vault": seeded()}, now, true)
	require.NoError(t, err)
	want := strings.Join([]string{
		"KIND        KEEP  BEFORE                WOULD PURGE  PURPOSES",
		"transcript  90d   2025-03-03T12:00:00Z  2            legal,support",
		"vault       7d    2025-05-25T12:00:00Z  1            support",
		"total                                   3",
		"dry run: nothing was deleted",
		"",
	}, "\n")
	assert.Equal(t, want, r.String())
	assert.Equal(t, "36h0m0s", minimize.FormatKeep(36*time.Hour))
}
