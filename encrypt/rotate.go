package encrypt

import (
	"context"
	"fmt"

	"github.com/tink-crypto/tink-go/v2/keyset"
)

// RotateDataKey adds a fresh data key to the subject's keyset and makes it
// the primary: new records are sealed with it, records sealed with older
// keys still open. It returns the new key's version. Other instances pick
// the new key up within their cache's MaxAge (or after
// [Sealer.Invalidate]); records they seal meanwhile use the previous key.
func (s *Sealer) RotateDataKey(ctx context.Context, tenant, subject string) (uint32, error) {
	ref := SubjectRef{tenant, subject}
	if err := checkRef(ref, false); err != nil {
		return 0, fmt.Errorf("encrypt: rotate data key: %w", err)
	}
	var version uint32
	err := s.update(ctx, ref, func(rec WrappedKeyset) (WrappedKeyset, bool, error) {
		h, err := s.unwrapLive(rec)
		if err != nil {
			return rec, false, err
		}
		m := keyset.NewManagerFromHandle(h)
		id, err := m.Add(template(ref))
		if err == nil {
			err = m.SetPrimary(id)
		}
		if err == nil {
			h, err = m.Handle()
		}
		if err != nil {
			return rec, false, fmt.Errorf("add data key: %w", err)
		}
		rec.Version++
		rec.Rotated = s.now().UTC()
		version = rec.Version
		rec, err = s.wrap(rec, h)
		return rec, false, err
	})
	s.cache.invalidate(ref)
	if err != nil {
		return 0, fmt.Errorf("encrypt: rotate data key: %w", err)
	}
	return version, nil
}

// RetireDataKeys destroys the subject's data keys older than minVersion:
// records sealed with them then fail with [ErrRetired]. Re-seal such records
// with [Sealer.Reseal] first. The primary key is never retired, so
// minVersion may not exceed it. To make sure no instance still seals with a
// key it retires, it refuses (with [ErrInvalid]) until the key that
// replaced it has been primary for the cache's MaxAge.
func (s *Sealer) RetireDataKeys(ctx context.Context, tenant, subject string, minVersion uint32) error {
	ref := SubjectRef{tenant, subject}
	if err := checkRef(ref, false); err != nil {
		return fmt.Errorf("encrypt: retire data keys: %w", err)
	}
	err := s.update(ctx, ref, func(rec WrappedKeyset) (WrappedKeyset, bool, error) {
		h, err := s.unwrapLive(rec)
		if err != nil {
			return rec, false, err
		}
		switch {
		case minVersion <= rec.MinVersion:
			return rec, true, nil
		case minVersion > rec.Version:
			return rec, false, fmt.Errorf("%w: minimum version %d above the primary's %d", ErrInvalid, minVersion, rec.Version)
		case s.now().Sub(rec.Rotated) < s.cache.limits.MaxAge:
			return rec, false, fmt.Errorf("%w: the primary data key is younger than the cache max age %v", ErrInvalid, s.cache.limits.MaxAge)
		}
		n := uint32(h.Len())
		m := keyset.NewManagerFromHandle(h)
		for i := range n {
			if rec.Version-n+1+i >= minVersion {
				break
			}
			e, err := h.Entry(int(i))
			if err == nil {
				err = m.Delete(e.KeyID())
			}
			if err != nil {
				return rec, false, fmt.Errorf("delete data key: %w", err)
			}
		}
		if h, err = m.Handle(); err != nil {
			return rec, false, fmt.Errorf("retire data keys: %w", err)
		}
		rec.MinVersion = minVersion
		rec, err = s.wrap(rec, h)
		return rec, false, err
	})
	s.cache.invalidate(ref)
	if err != nil {
		return fmt.Errorf("encrypt: retire data keys: %w", err)
	}
	return nil
}

// unwrapLive unwraps rec, which must exist and not be a tombstone.
func (s *Sealer) unwrapLive(rec WrappedKeyset) (*keyset.Handle, error) {
	if rec.Revision == 0 {
		return nil, ErrNoKeyset
	}
	return s.unwrapHandle(rec)
}

// RewrapOptions control [Sealer.RewrapAll].
type RewrapOptions struct {
	// After resumes a previous run: only subjects sorting after it are
	// visited. Pass the Cursor of the last [RewrapProgress] seen.
	After SubjectRef
	// BatchSize is how many records are listed at a time; default 100.
	BatchSize int
	// Progress, if set, is called after each batch. Returning an error stops
	// the run; RewrapAll then returns that error.
	Progress func(RewrapProgress) error
}

// RewrapProgress reports how far [Sealer.RewrapAll] got.
type RewrapProgress struct {
	// Cursor is the last subject visited: resume after it.
	Cursor SubjectRef
	// Rewrapped counts keysets moved to the primary KEK, Skipped those
	// already under it and tombstones.
	Rewrapped, Skipped int
}

// RewrapAll re-wraps every keyset of the store that is not under the
// keyring's primary KEK, visiting subjects in [KeyStore.List] order. Data
// is not re-encrypted and every record keeps opening throughout; once it
// returns without error the older KEKs are no longer needed. It is
// resumable: on error the returned progress's Cursor is where to resume
// (see [RewrapOptions.After]). It is safe to run while other instances
// seal, open, rotate and forget.
func (s *Sealer) RewrapAll(ctx context.Context, opts RewrapOptions) (RewrapProgress, error) {
	batch := opts.BatchSize
	if batch <= 0 {
		batch = 100
	}
	p := RewrapProgress{Cursor: opts.After}
	for {
		recs, err := s.store.List(ctx, p.Cursor, batch)
		if err != nil {
			return p, fmt.Errorf("encrypt: rewrap: list: %w", err)
		}
		for _, rec := range recs {
			rewrapped, err := s.rewrap(ctx, rec)
			if err != nil {
				return p, fmt.Errorf("encrypt: rewrap: %w", err)
			}
			if rewrapped {
				p.Rewrapped++
			} else {
				p.Skipped++
			}
			p.Cursor = rec.Ref()
		}
		if len(recs) > 0 && opts.Progress != nil {
			if err := opts.Progress(p); err != nil {
				return p, err
			}
		}
		if len(recs) < batch {
			return p, nil
		}
	}
}

func (s *Sealer) rewrap(ctx context.Context, first WrappedKeyset) (bool, error) {
	if first.IsTombstone() || first.KEKID == s.ring.primary {
		return false, nil
	}
	rewrapped := false
	err := s.update(ctx, first.Ref(), func(rec WrappedKeyset) (WrappedKeyset, bool, error) {
		rewrapped = false
		if rec.Revision == 0 || rec.IsTombstone() || rec.KEKID == s.ring.primary {
			return rec, true, nil
		}
		h, err := s.unwrapHandle(rec)
		if err != nil {
			return rec, false, err
		}
		rewrapped = true
		rec, err = s.wrap(rec, h)
		return rec, false, err
	})
	return rewrapped, err
}
