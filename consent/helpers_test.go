package consent_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/stretchr/testify/require"
)

const (
	tenant  = "acme"
	subject = "cust-42"
)

var scope = chat.Scope{Tenant: tenant, Subject: subject, Conversation: "conv-1"}

// clock is a manual clock: tests move time with Advance, never sleep.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
	return c.t
}

type fixture struct {
	ledger *consent.Ledger
	store  *consent.MemoryStore
	clock  *clock
	notice consent.NoticeRef
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{store: consent.NewMemoryStore(), clock: newClock()}
	var err error
	f.ledger, err = consent.NewLedger(f.store, consent.Options{Clock: f.clock.Now})
	require.NoError(t, err)
	n, err := f.ledger.PublishNotice(context.Background(), tenant, consent.Notice{ID: "bot-notice", Version: "1", Text: "We keep chats to improve the bot."})
	require.NoError(t, err)
	f.notice = n.Ref()
	return f
}

func (f *fixture) choice(purposes ...consent.Purpose) consent.Choice {
	return consent.Choice{Tenant: tenant, Subject: subject, Purposes: purposes, Notice: f.notice, Source: consent.SourceUI, Jurisdiction: "EU"}
}

func (f *fixture) grant(t *testing.T, purposes ...consent.Purpose) consent.Event {
	t.Helper()
	ev, err := f.ledger.Grant(context.Background(), f.choice(purposes...))
	require.NoError(t, err)
	return ev
}

func (f *fixture) withdraw(t *testing.T, purposes ...consent.Purpose) consent.Event {
	t.Helper()
	ev, err := f.ledger.Withdraw(context.Background(), f.choice(purposes...))
	require.NoError(t, err)
	return ev
}

func (f *fixture) allowed(t *testing.T, p consent.Purpose) bool {
	t.Helper()
	ok, err := f.ledger.Allowed(context.Background(), scope, p)
	require.NoError(t, err)
	return ok
}

// errLedgerDown stands for a database that cannot be read.
var errLedgerDown = errors.New("database is down")

// failingStore is a store whose reads fail once Down is set.
type failingStore struct {
	*consent.MemoryStore
	mu   sync.Mutex
	down bool
}

func (s *failingStore) setDown(down bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.down = down
}

func (s *failingStore) Events(ctx context.Context, tenant, subject string) ([]consent.Event, error) {
	s.mu.Lock()
	down := s.down
	s.mu.Unlock()
	if down {
		return nil, errLedgerDown
	}
	return s.MemoryStore.Events(ctx, tenant, subject)
}
