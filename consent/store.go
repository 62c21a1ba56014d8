package consent

import (
	"context"
	"fmt"
	"sync"
)

// Store persists the ledger: append-only event rows, listed per subject in
// sequence order, and published notice versions. It has no update and no
// delete, except forgetting a whole subject. Package store implements it on
// SQL; [MemoryStore] is the in-memory one. Every implementation must pass
// consenttest.TestStore and be safe for concurrent use, also by several
// processes sharing one database.
//
// A SQL implementation needs two tables: events with a unique key (tenant,
// subject, seq), so that the loser of a race on Append sees a unique
// violation and reports [ErrConflict], and notices with a primary key
// (tenant, id, version). Times are stored in UTC with at least microsecond
// precision. Purposes can be a JSON array column.
type Store interface {
	// Append adds ev to the end of its subject's events if ev.Seq is one
	// more than the subject's last Seq (1 for a subject with none), else
	// fails with [ErrConflict] and stores nothing. Every field is kept as
	// given.
	Append(ctx context.Context, ev Event) error
	// Events returns the subject's events ordered by Seq; none (and no
	// error) for an unknown subject. The caller may modify the result.
	Events(ctx context.Context, tenant, subject string) ([]Event, error)
	// ForgetSubject deletes every event of the subject, so that nothing of
	// them remains readable through the store. Forgetting a subject with no
	// events is not an error. Notices are not the subject's and stay.
	ForgetSubject(ctx context.Context, tenant, subject string) error
	// PutNotice stores a tenant's notice version if its (ID, Version) is
	// new. If it exists with the same SHA256, nothing changes and PutNotice
	// returns nil; with another, it fails with [ErrNoticeConflict].
	PutNotice(ctx context.Context, tenant string, n Notice) error
	// Notice returns a tenant's notice version, or an error wrapping
	// [ErrUnknownNotice].
	Notice(ctx context.Context, tenant, id, version string) (Notice, error)
}

type subjectKey struct{ tenant, subject string }

type noticeKey struct{ tenant, id, version string }

// MemoryStore is a [Store] in memory, for tests and programs whose consent
// records need not outlive them. The zero value is ready to use, and it is
// safe for concurrent use.
type MemoryStore struct {
	mu      sync.Mutex
	events  map[subjectKey][]Event
	notices map[noticeKey]Notice
}

// NewMemoryStore returns an empty [MemoryStore].
func NewMemoryStore() *MemoryStore { return &MemoryStore{} }

// Append implements [Store].
func (m *MemoryStore) Append(ctx context.Context, ev Event) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("consent: memory store: append: %w", err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	k := subjectKey{ev.Tenant, ev.Subject}
	if ev.Seq != uint64(len(m.events[k]))+1 {
		return fmt.Errorf("consent: memory store: append: %w", ErrConflict)
	}
	if m.events == nil {
		m.events = make(map[subjectKey][]Event)
	}
	m.events[k] = append(m.events[k], ev.Clone())
	return nil
}

// Events implements [Store].
func (m *MemoryStore) Events(ctx context.Context, tenant, subject string) ([]Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("consent: memory store: events: %w", err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	stored := m.events[subjectKey{tenant, subject}]
	out := make([]Event, len(stored))
	for i, ev := range stored {
		out[i] = ev.Clone()
	}
	return out, nil
}

// ForgetSubject implements [Store].
func (m *MemoryStore) ForgetSubject(ctx context.Context, tenant, subject string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("consent: memory store: forget: %w", err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.events, subjectKey{tenant, subject})
	return nil
}

// PutNotice implements [Store].
func (m *MemoryStore) PutNotice(ctx context.Context, tenant string, n Notice) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("consent: memory store: put notice: %w", err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	k := noticeKey{tenant, n.ID, n.Version}
	if old, ok := m.notices[k]; ok {
		if old.SHA256 != n.SHA256 {
			return fmt.Errorf("consent: memory store: put notice %s version %s: %w", n.ID, n.Version, ErrNoticeConflict)
		}
		return nil
	}
	if m.notices == nil {
		m.notices = make(map[noticeKey]Notice)
	}
	m.notices[k] = n
	return nil
}

// Notice implements [Store].
func (m *MemoryStore) Notice(ctx context.Context, tenant, id, version string) (Notice, error) {
	if err := ctx.Err(); err != nil {
		return Notice{}, fmt.Errorf("consent: memory store: notice: %w", err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	n, ok := m.notices[noticeKey{tenant, id, version}]
	if !ok {
		return Notice{}, fmt.Errorf("consent: memory store: notice %s version %s: %w", id, version, ErrUnknownNotice)
	}
	return n, nil
}
