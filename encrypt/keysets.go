package encrypt

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"

	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/prf"
	tinkpb "github.com/tink-crypto/tink-go/v2/proto/tink_go_proto"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// keysFor returns ref's unwrapped keyset, from the cache or else from the
// store, creating it there if create is set and the subject has no record.
func (s *Sealer) keysFor(ctx context.Context, ref SubjectRef, create bool) (*keys, error) {
	if k := s.cache.get(ref, s.now()); k != nil {
		return k, nil
	}
	return s.flight.do(ctx, flightKey{ref, create}, func() (*keys, error) {
		gen := s.cache.generation()
		k, err := s.load(ctx, ref, create)
		if err != nil {
			return nil, err
		}
		s.cache.put(k, s.now(), gen)
		return k, nil
	})
}

func (s *Sealer) load(ctx context.Context, ref SubjectRef, create bool) (*keys, error) {
	rec, err := s.store.Get(ctx, ref.Tenant, ref.Subject)
	if errors.Is(err, ErrNoKeyset) && create {
		var k *keys
		if k, err = s.create(ctx, ref); err == nil || !errors.Is(err, ErrExists) {
			return k, err
		}
		// Another instance created it first: use theirs.
		rec, err = s.store.Get(ctx, ref.Tenant, ref.Subject)
	}
	if err != nil {
		return nil, fmt.Errorf("load keyset: %w", err)
	}
	return s.unwrap(rec)
}

// template returns the key template of ref's keyset: blind-index keysets
// hold PRF keys, subject keysets AEAD keys.
func template(ref SubjectRef) *tinkpb.KeyTemplate {
	if strings.HasPrefix(ref.Subject, indexPrefix) {
		return prf.HMACSHA256PRFKeyTemplate()
	}
	return aead.AES256GCMKeyTemplate()
}

func (s *Sealer) create(ctx context.Context, ref SubjectRef) (*keys, error) {
	h, err := keyset.NewHandle(template(ref))
	if err != nil {
		return nil, fmt.Errorf("new keyset: %w", err)
	}
	now := s.now().UTC()
	rec := WrappedKeyset{
		Tenant: ref.Tenant, Subject: ref.Subject,
		Version: 1, MinVersion: 1, Revision: 1,
		Created: now, Rotated: now,
	}
	if rec, err = s.wrap(rec, h); err != nil {
		return nil, err
	}
	if err := s.store.Create(ctx, rec); err != nil {
		return nil, fmt.Errorf("create keyset: %w", err)
	}
	return newKeys(rec, h)
}

// wrapAD is the associated data of a wrapped keyset: it stops a wrapped
// keyset from being moved to another tenant or subject.
func wrapAD(ref SubjectRef) []byte {
	return associatedData([headerSize]byte{'k', 's', 'e', 't', formatV1}, Binding{Tenant: ref.Tenant, Subject: ref.Subject})
}

// wrap encrypts h under the primary KEK into rec.
func (s *Sealer) wrap(rec WrappedKeyset, h *keyset.Handle) (WrappedKeyset, error) {
	kek, _ := s.ring.lookup(s.ring.primary)
	var buf bytes.Buffer
	if err := h.WriteWithAssociatedData(keyset.NewBinaryWriter(&buf), kek, wrapAD(rec.Ref())); err != nil {
		return rec, fmt.Errorf("wrap keyset: %w", err)
	}
	rec.KEKID = s.ring.primary
	rec.Wrapped = buf.Bytes()
	return rec, nil
}

func (s *Sealer) unwrapHandle(rec WrappedKeyset) (*keyset.Handle, error) {
	if rec.IsTombstone() {
		return nil, ErrForgotten
	}
	kek, err := s.ring.lookup(rec.KEKID)
	if err != nil {
		return nil, fmt.Errorf("unwrap keyset: %w", err)
	}
	watched := &watchedKEK{AEAD: kek}
	h, err := keyset.ReadWithAssociatedData(keyset.NewBinaryReader(bytes.NewReader(rec.Wrapped)), watched, wrapAD(rec.Ref()))
	if err != nil {
		if unreachable(watched.err) {
			return nil, fmt.Errorf("unwrap keyset: %w", ErrKEKUnavailable)
		}
		return nil, fmt.Errorf("unwrap keyset: %w", ErrWrongKEK)
	}
	return h, nil
}

// watchedKEK keeps the error of the KEK's last Decrypt, which Tink reports
// only as text, so that an unreachable KMS is told apart from a wrong key.
type watchedKEK struct {
	tink.AEAD
	err error
}

func (w *watchedKEK) Decrypt(ciphertext, associatedData []byte) ([]byte, error) {
	pt, err := w.AEAD.Decrypt(ciphertext, associatedData)
	w.err = err
	return pt, err
}

// unreachable reports whether err says the KEK could not be reached, rather
// than that it refused to decrypt.
func unreachable(err error) bool {
	if err == nil {
		return false
	}
	var netErr net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.As(err, &netErr)
}

func (s *Sealer) unwrap(rec WrappedKeyset) (*keys, error) {
	h, err := s.unwrapHandle(rec)
	if err != nil {
		return nil, err
	}
	return newKeys(rec, h)
}

// newKeys builds the primitives of h. Keys are kept in the keyset in the
// order they were added, and only the oldest are ever removed, so entry i of
// n has version rec.Version-n+1+i.
func newKeys(rec WrappedKeyset, h *keyset.Handle) (*keys, error) {
	n := h.Len()
	if n == 0 || uint64(n) > uint64(rec.Version) || rec.Version-uint32(n)+1 < rec.MinVersion {
		return nil, fmt.Errorf("keyset of %d keys does not match versions %d to %d", n, rec.MinVersion, rec.Version)
	}
	k := &keys{
		ref: rec.Ref(), versions: make(map[uint32]uint32, n),
		version: rec.Version, minVersion: rec.MinVersion,
	}
	for i := range n {
		e, err := h.Entry(i)
		if err != nil {
			return nil, fmt.Errorf("keyset entry: %w", err)
		}
		k.versions[e.KeyID()] = rec.Version - uint32(n) + 1 + uint32(i)
	}
	p, err := h.Primary()
	if err != nil || k.versions[p.KeyID()] != rec.Version {
		return nil, fmt.Errorf("keyset primary is not its newest key")
	}
	if strings.HasPrefix(rec.Subject, indexPrefix) {
		k.prf, err = prf.NewPRFSet(h)
	} else {
		k.aead, err = aead.New(h)
	}
	if err != nil {
		return nil, fmt.Errorf("keyset primitive: %w", err)
	}
	return k, nil
}

// update applies change to ref's record with compare-and-swap, retrying
// when another writer got there first. change returns the new record, or
// done=true to leave the record as it is. A missing record is passed as the
// zero WrappedKeyset with Revision 0 and is then created.
func (s *Sealer) update(ctx context.Context, ref SubjectRef, change func(WrappedKeyset) (WrappedKeyset, bool, error)) error {
	const attempts = 8
	for range attempts {
		rec, err := s.store.Get(ctx, ref.Tenant, ref.Subject)
		if errors.Is(err, ErrNoKeyset) {
			rec, err = WrappedKeyset{Tenant: ref.Tenant, Subject: ref.Subject}, nil
		}
		if err != nil {
			return fmt.Errorf("load keyset: %w", err)
		}
		next, done, err := change(rec)
		if err != nil || done {
			return err
		}
		next.Revision = rec.Revision + 1
		if rec.Revision == 0 {
			err = s.store.Create(ctx, next)
		} else {
			err = s.store.Update(ctx, next, rec.Revision)
		}
		if errors.Is(err, ErrConflict) || errors.Is(err, ErrExists) {
			continue
		}
		if err != nil {
			return fmt.Errorf("store keyset: %w", err)
		}
		return nil
	}
	return fmt.Errorf("store keyset: %w after %d attempts", ErrConflict, attempts)
}

// Forget destroys the keyset of tenant's subject, leaving a tombstone: from
// then on every record of the subject fails to open with [ErrForgotten],
// and [Sealer.Seal] refuses the subject until [Sealer.Reinstate]. This
// instance stops using the keyset at once; other instances sharing the
// store stop within their cache's MaxAge, or at once if they are told to
// call [Sealer.Invalidate]. Forgetting a subject that has no keyset leaves a
// tombstone too; forgetting twice is not an error.
func (s *Sealer) Forget(ctx context.Context, tenant, subject string) error {
	ref := SubjectRef{tenant, subject}
	if err := checkRef(ref, false); err != nil {
		return fmt.Errorf("encrypt: forget: %w", err)
	}
	err := s.update(ctx, ref, func(rec WrappedKeyset) (WrappedKeyset, bool, error) {
		if rec.IsTombstone() {
			return rec, true, nil
		}
		now := s.now().UTC()
		if rec.Revision == 0 {
			rec.Created = now
		}
		rec.Wrapped, rec.KEKID, rec.Forgotten = nil, "", now
		return rec, false, nil
	})
	s.cache.invalidate(ref)
	if err != nil {
		return fmt.Errorf("encrypt: forget: %w", err)
	}
	return nil
}

// Reinstate gives a forgotten subject a fresh keyset, so that it can be
// sealed for again; its records from before [Sealer.Forget] stay
// unreadable (they then fail with [ErrTampered], as they name keys the new
// keyset does not hold). It does nothing for a subject that is not
// forgotten.
func (s *Sealer) Reinstate(ctx context.Context, tenant, subject string) error {
	ref := SubjectRef{tenant, subject}
	if err := checkRef(ref, false); err != nil {
		return fmt.Errorf("encrypt: reinstate: %w", err)
	}
	err := s.update(ctx, ref, func(rec WrappedKeyset) (WrappedKeyset, bool, error) {
		if !rec.IsTombstone() {
			return rec, true, nil
		}
		h, err := keyset.NewHandle(template(ref))
		if err != nil {
			return rec, false, fmt.Errorf("new keyset: %w", err)
		}
		now := s.now().UTC()
		next := WrappedKeyset{
			Tenant: ref.Tenant, Subject: ref.Subject,
			Version: 1, MinVersion: 1, Created: now, Rotated: now,
		}
		next, err = s.wrap(next, h)
		return next, false, err
	})
	s.cache.invalidate(ref)
	if err != nil {
		return fmt.Errorf("encrypt: reinstate: %w", err)
	}
	return nil
}

// Invalidate drops tenant's subject from this Sealer's cache, so that its
// next use reads the keyset from the [KeyStore] again. Call it on every
// instance when told that another one forgot or rotated the subject (for
// instance from a database notification) to stop using it at once rather
// than within the cache's MaxAge.
func (s *Sealer) Invalidate(tenant, subject string) {
	s.cache.invalidate(SubjectRef{tenant, subject})
}

// InvalidateAll empties this Sealer's cache of unwrapped keysets.
func (s *Sealer) InvalidateAll() { s.cache.invalidateAll() }
