// Package encrypttest checks that an implementation of [encrypt.KeyStore]
// keeps its contract, the way testing/slogtest checks a slog.Handler. Run
// [TestKeyStore] from the tests of every implementation (in memory, SQLite,
// PostgreSQL) so they all behave alike.
package encrypttest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/confide-dev/confide/encrypt"
)

// TestKeyStore runs the conformance suite against stores made by newStore,
// which must return an empty store each time it is called.
func TestKeyStore(t *testing.T, newStore func(t *testing.T) encrypt.KeyStore) {
	ctx := context.Background()
	created := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	rec := func(tenant, subject string, rev uint64) encrypt.WrappedKeyset {
		return encrypt.WrappedKeyset{
			Tenant: tenant, Subject: subject, KEKID: "kek-1",
			Wrapped: []byte("wrapped " + tenant + "/" + subject), Version: 1, MinVersion: 1,
			Revision: rev, Created: created, Rotated: created,
		}
	}

	t.Run("GetMissing", func(t *testing.T) {
		s := newStore(t)
		if _, err := s.Get(ctx, "t", "s"); !errors.Is(err, encrypt.ErrNoKeyset) {
			t.Fatalf("Get of a missing record: got %v, want ErrNoKeyset", err)
		}
	})

	t.Run("CreateGetRoundTrip", func(t *testing.T) {
		s := newStore(t)
		want := rec("t", "s", 1)
		want.Version, want.MinVersion = 7, 3
		if err := s.Create(ctx, want); err != nil {
			t.Fatal(err)
		}
		got, err := s.Get(ctx, "t", "s")
		if err != nil {
			t.Fatal(err)
		}
		checkEqual(t, want, got)
		// Distinct tenants and subjects do not collide.
		for _, r := range [][2]string{{"t", "s2"}, {"t2", "s"}, {"t\x00", "s"}} {
			if _, err := s.Get(ctx, r[0], r[1]); !errors.Is(err, encrypt.ErrNoKeyset) {
				t.Errorf("Get(%q, %q): got %v, want ErrNoKeyset", r[0], r[1], err)
			}
		}
	})

	t.Run("CreateIsPutIfAbsent", func(t *testing.T) {
		s := newStore(t)
		first := rec("t", "s", 1)
		if err := s.Create(ctx, first); err != nil {
			t.Fatal(err)
		}
		second := rec("t", "s", 1)
		second.Wrapped = []byte("other")
		if err := s.Create(ctx, second); !errors.Is(err, encrypt.ErrExists) {
			t.Fatalf("second Create: got %v, want ErrExists", err)
		}
		got, err := s.Get(ctx, "t", "s")
		if err != nil {
			t.Fatal(err)
		}
		checkEqual(t, first, got)
	})

	t.Run("ConcurrentCreateOneWins", func(t *testing.T) {
		s := newStore(t)
		const n = 16
		var wins sync.WaitGroup
		var mu sync.Mutex
		won := 0
		for i := range n {
			wins.Go(func() {
				r := rec("t", "s", 1)
				r.Wrapped = fmt.Appendf(nil, "writer %d", i)
				err := s.Create(ctx, r)
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil:
					won++
				case !errors.Is(err, encrypt.ErrExists):
					t.Errorf("Create: %v", err)
				}
			})
		}
		wins.Wait()
		if won != 1 {
			t.Fatalf("%d concurrent Creates succeeded, want 1", won)
		}
	})

	t.Run("UpdateCompareAndSwap", func(t *testing.T) {
		s := newStore(t)
		if err := s.Create(ctx, rec("t", "s", 1)); err != nil {
			t.Fatal(err)
		}
		next := rec("t", "s", 2)
		next.Wrapped, next.KEKID, next.Version = []byte("rewrapped"), "kek-2", 2
		if err := s.Update(ctx, next, 1); err != nil {
			t.Fatal(err)
		}
		got, err := s.Get(ctx, "t", "s")
		if err != nil {
			t.Fatal(err)
		}
		checkEqual(t, next, got)
		stale := rec("t", "s", 2)
		if err := s.Update(ctx, stale, 1); !errors.Is(err, encrypt.ErrConflict) {
			t.Fatalf("Update with a stale revision: got %v, want ErrConflict", err)
		}
		if err := s.Update(ctx, rec("t", "missing", 2), 1); !errors.Is(err, encrypt.ErrConflict) {
			t.Fatalf("Update of a missing record: got %v, want ErrConflict", err)
		}
	})

	t.Run("Tombstone", func(t *testing.T) {
		s := newStore(t)
		if err := s.Create(ctx, rec("t", "s", 1)); err != nil {
			t.Fatal(err)
		}
		tomb := rec("t", "s", 2)
		tomb.Wrapped, tomb.KEKID, tomb.Forgotten = nil, "", created.Add(time.Hour)
		if err := s.Update(ctx, tomb, 1); err != nil {
			t.Fatal(err)
		}
		got, err := s.Get(ctx, "t", "s")
		if err != nil {
			t.Fatal(err)
		}
		if !got.IsTombstone() || len(got.Wrapped) != 0 {
			t.Fatalf("tombstone read back as %+v", got)
		}
		checkEqual(t, tomb, got)
		if err := s.Create(ctx, rec("t", "s", 1)); !errors.Is(err, encrypt.ErrExists) {
			t.Fatalf("Create over a tombstone: got %v, want ErrExists", err)
		}
	})

	t.Run("ListOrderAndCursor", func(t *testing.T) {
		s := newStore(t)
		ref := func(tenant, subject string) encrypt.SubjectRef {
			return encrypt.SubjectRef{Tenant: tenant, Subject: subject}
		}
		refs := []encrypt.SubjectRef{ref("b", "1"), ref("a", "2"), ref("a", "10"), ref("c", "x"), ref("a", "1"), ref("b", "0")}
		for _, r := range refs {
			if err := s.Create(ctx, rec(r.Tenant, r.Subject, 1)); err != nil {
				t.Fatal(err)
			}
		}
		want := []encrypt.SubjectRef{ref("a", "1"), ref("a", "10"), ref("a", "2"), ref("b", "0"), ref("b", "1"), ref("c", "x")}
		var got []encrypt.SubjectRef
		var after encrypt.SubjectRef
		for {
			page, err := s.List(ctx, after, 4)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) > 4 {
				t.Fatalf("List returned %d records, limit 4", len(page))
			}
			for _, r := range page {
				got = append(got, r.Ref())
			}
			if len(page) < 4 {
				break
			}
			after = page[len(page)-1].Ref()
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("List order: got %v, want %v", got, want)
		}
	})

	t.Run("CanceledContext", func(t *testing.T) {
		s := newStore(t)
		c, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := s.Get(c, "t", "s"); err == nil || errors.Is(err, encrypt.ErrNoKeyset) {
			t.Errorf("Get with a canceled context: got %v, want a context error", err)
		}
	})
}

func checkEqual(t *testing.T, want, got encrypt.WrappedKeyset) {
	t.Helper()
	same := want.Tenant == got.Tenant && want.Subject == got.Subject && want.KEKID == got.KEKID &&
		bytes.Equal(want.Wrapped, got.Wrapped) && want.Version == got.Version &&
		want.MinVersion == got.MinVersion && want.Revision == got.Revision &&
		want.Created.Equal(got.Created) && want.Rotated.Equal(got.Rotated) &&
		want.Forgotten.Equal(got.Forgotten)
	if !same {
		t.Fatalf("stored record changed:\n got  %+v\n want %+v", got, want)
	}
}
