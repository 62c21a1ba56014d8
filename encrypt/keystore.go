package encrypt

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"time"
)

// A SubjectRef names one subject of one tenant. It is the unit of keysets,
// of forgetting, and the cursor of [Sealer.RewrapAll].
type SubjectRef struct {
	Tenant  string
	Subject string
}

// compare orders refs by tenant, then subject, bytewise: the order of
// [KeyStore.List].
func (r SubjectRef) compare(o SubjectRef) int {
	if c := cmp.Compare(r.Tenant, o.Tenant); c != 0 {
		return c
	}
	return cmp.Compare(r.Subject, o.Subject)
}

// A WrappedKeyset is what a [KeyStore] keeps for one subject: the subject's
// Tink keyset encrypted under a KEK (opaque bytes) and plain metadata.
// A record with a non-zero Forgotten time and no Wrapped bytes is a
// tombstone left by [Sealer.Forget].
type WrappedKeyset struct {
	Tenant  string
	Subject string
	// KEKID names the KEK that wrapped the keyset (see [KEK.ID]).
	KEKID string
	// Wrapped is the Tink EncryptedKeyset in binary form, encrypted with
	// the tenant and subject as associated data. Nil in a tombstone.
	Wrapped []byte
	// Version is the version of the primary data key: 1 when the keyset is
	// created, one more after each [Sealer.RotateDataKey].
	Version uint32
	// MinVersion is the lowest data-key version that still opens; keys below
	// it were destroyed by [Sealer.RetireDataKeys].
	MinVersion uint32
	// Revision counts the writes to the record, starting at 1; it is the
	// token of [KeyStore.Update]'s compare-and-swap.
	Revision uint64
	// Created is when the keyset was created.
	Created time.Time
	// Rotated is when the current primary data key was added.
	Rotated time.Time
	// Forgotten is when the subject was forgotten; zero for a live keyset.
	Forgotten time.Time
}

// IsTombstone reports whether the record marks a forgotten subject.
func (w WrappedKeyset) IsTombstone() bool { return !w.Forgotten.IsZero() }

// Ref returns the record's tenant and subject.
func (w WrappedKeyset) Ref() SubjectRef { return SubjectRef{w.Tenant, w.Subject} }

// A KeyStore persists wrapped subject keysets. It never sees key material
// in the clear. Implementations must be safe for concurrent use, also by
// several processes sharing one database, which is what the
// compare-and-swap semantics below are for. Package store provides SQL
// implementations; [MemoryKeyStore] is the in-memory one.
//
// Keep the KeyStore out of the backups of the data it protects, or give its
// backups a short retention: forgetting a subject shreds its data only once
// no copy of its wrapped keyset remains.
type KeyStore interface {
	// Get returns the record of a subject, or an error wrapping
	// [ErrNoKeyset] if there is none.
	Get(ctx context.Context, tenant, subject string) (WrappedKeyset, error)
	// Create stores ks if the subject has no record yet (put-if-absent),
	// else fails with [ErrExists].
	Create(ctx context.Context, ks WrappedKeyset) error
	// Update replaces the subject's record with ks if the stored record's
	// Revision equals prevRevision, else fails with [ErrConflict]. The
	// replaced bytes must not remain readable through the store.
	Update(ctx context.Context, ks WrappedKeyset, prevRevision uint64) error
	// List returns up to limit records, tombstones included, whose
	// (Tenant, Subject) sorts strictly after the given ref, in ascending
	// bytewise order of tenant then subject. The zero SubjectRef starts
	// from the beginning.
	List(ctx context.Context, after SubjectRef, limit int) ([]WrappedKeyset, error)
}

// MemoryKeyStore is a [KeyStore] in memory, for tests and single-process
// programs whose data does not outlive them. The zero value is ready to use
// and it is safe for concurrent use.
type MemoryKeyStore struct {
	mu   sync.Mutex
	recs map[SubjectRef]WrappedKeyset
}

// NewMemoryKeyStore returns an empty [MemoryKeyStore].
func NewMemoryKeyStore() *MemoryKeyStore { return &MemoryKeyStore{} }

func cloneRecord(w WrappedKeyset) WrappedKeyset {
	w.Wrapped = bytes.Clone(w.Wrapped)
	return w
}

// Get implements [KeyStore].
func (m *MemoryKeyStore) Get(ctx context.Context, tenant, subject string) (WrappedKeyset, error) {
	if err := ctx.Err(); err != nil {
		return WrappedKeyset{}, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	w, ok := m.recs[SubjectRef{tenant, subject}]
	if !ok {
		return WrappedKeyset{}, fmt.Errorf("encrypt: memory key store: get: %w", ErrNoKeyset)
	}
	return cloneRecord(w), nil
}

// Create implements [KeyStore].
func (m *MemoryKeyStore) Create(ctx context.Context, ks WrappedKeyset) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.recs[ks.Ref()]; ok {
		return fmt.Errorf("encrypt: memory key store: create: %w", ErrExists)
	}
	if m.recs == nil {
		m.recs = make(map[SubjectRef]WrappedKeyset)
	}
	m.recs[ks.Ref()] = cloneRecord(ks)
	return nil
}

// Update implements [KeyStore].
func (m *MemoryKeyStore) Update(ctx context.Context, ks WrappedKeyset, prevRevision uint64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	old, ok := m.recs[ks.Ref()]
	if !ok || old.Revision != prevRevision {
		return fmt.Errorf("encrypt: memory key store: update: %w", ErrConflict)
	}
	clear(old.Wrapped) // Nothing else aliases it: Get and Create copy.
	m.recs[ks.Ref()] = cloneRecord(ks)
	return nil
}

// List implements [KeyStore].
func (m *MemoryKeyStore) List(ctx context.Context, after SubjectRef, limit int) ([]WrappedKeyset, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if limit <= 0 {
		return nil, fmt.Errorf("encrypt: memory key store: list: %w: limit %d", ErrInvalid, limit)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	refs := make([]SubjectRef, 0, len(m.recs))
	for r := range m.recs {
		if r.compare(after) > 0 {
			refs = append(refs, r)
		}
	}
	slices.SortFunc(refs, SubjectRef.compare)
	if len(refs) > limit {
		refs = refs[:limit]
	}
	out := make([]WrappedKeyset, len(refs))
	for i, r := range refs {
		out[i] = cloneRecord(m.recs[r])
	}
	return out, nil
}
