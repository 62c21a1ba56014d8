package store_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/chattest"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/encrypt/encrypttest"
	"github.com/confide-dev/confide/redact"
	"github.com/confide-dev/confide/store"
	"github.com/confide-dev/confide/store/storetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var scope = chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "conv-1"}

func TestTranscriptStoreConformance(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		chattest.TestStore(t, func(t *testing.T) chat.Store {
			db, _ := b.fresh(t)
			return db.Transcripts(newKeyring(t).sealer(t, db.Keys(), nil))
		})
	})
}

func TestKeyStoreConformance(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		encrypttest.TestKeyStore(t, func(t *testing.T) encrypt.KeyStore {
			db, _ := b.fresh(t)
			return db.Keys()
		})
	})
}

func TestVaultStoreConformance(t *testing.T) {
	t.Run("Memory", func(t *testing.T) {
		storetest.TestVaultStore(t, func(*testing.T) redact.VaultStore { return redact.NewMemoryVaultStore() })
	})
	forEach(t, func(t *testing.T, b backend) {
		storetest.TestVaultStore(t, func(t *testing.T) redact.VaultStore {
			db, _ := b.fresh(t)
			return db.Vaults(newKeyring(t).sealer(t, db.Keys(), nil))
		})
	})
}

// The distinctive strings that must never reach the stored bytes.
const (
	secretText  = "zebra-quartz-4111-1111-1111-1111"
	secretValue = "ana.lopez@example.org"
)

func TestNoPlaintextStored(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		db, dsn := b.fresh(t)
		s := newKeyring(t).sealer(t, db.Keys(), nil)
		require.NoError(t, db.Transcripts(s).Append(ctx, scope,
			chat.UserMessage("my card is "+secretText),
			chat.Message{Role: chat.RoleAssistant, Parts: []chat.Part{chat.ToolCall{ID: "c1", Name: "lookup", Arguments: `{"q":"` + secretText + `"}`}}}))
		require.NoError(t, db.Vaults(s).AppendVault(ctx, scope,
			redact.VaultEntry{Type: "EMAIL_ADDRESS", Label: "EMAIL", N: 1, Placeholder: "<EMAIL_1>", Value: secretValue}))

		raw := b.raw(t, dsn)
		for _, table := range []string{"confide_messages", "confide_vault_entries"} {
			rows, err := raw.db.Query("SELECT sealed FROM " + table)
			require.NoError(t, err)
			n := 0
			for rows.Next() {
				var sealed []byte
				require.NoError(t, rows.Scan(&sealed))
				assert.NotContains(t, string(sealed), secretText)
				assert.NotContains(t, string(sealed), secretValue)
				assert.NotContains(t, string(sealed), "EMAIL")
				n++
			}
			require.NoError(t, rows.Err())
			rows.Close()
			assert.Positive(t, n, table)
		}

		if b.dialect != store.SQLite {
			return
		}
		// On disk: the database file and its write-ahead log, while open
		// and after a checkpoint at close.
		grep := func(when string) {
			files, err := filepath.Glob(dsn + "*")
			require.NoError(t, err)
			require.NotEmpty(t, files)
			for _, f := range files {
				data, err := os.ReadFile(f)
				require.NoError(t, err)
				for _, secret := range []string{secretText, secretValue} {
					assert.False(t, bytes.Contains(data, []byte(secret)), "%s: %s holds plaintext", when, filepath.Base(f))
				}
			}
		}
		// Control: the sealed bytes themselves are found where we look.
		sealed := raw.sealed("confide_messages", scope.Subject, scope.Conversation, 0)
		require.NoError(t, raw.db.QueryRow("PRAGMA wal_checkpoint(PASSIVE)").Scan(new(int), new(int), new(int)))
		assert.True(t, filesContain(t, dsn, sealed), "the sealed record should be on disk")
		grep("open")
		raw.db.Close()
		require.NoError(t, db.Close())
		grep("closed")
	})
}

// TestForget forgets a subject through one instance (a DB handle and a
// Sealer with its own copy of the keyring) and reads through another.
func TestForget(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		ring := newKeyring(t)
		clk := newClock()
		db1, dsn := b.fresh(t)
		db2 := b.handle(t, dsn)
		s1 := ring.sealer(t, db1.Keys(), clk.Now)
		s2 := ring.sealer(t, db2.Keys(), clk.Now)
		s3 := ring.sealer(t, db2.Keys(), clk.Now)
		other := chat.Scope{Tenant: scope.Tenant, Subject: "cust-2", Conversation: "conv-9"}

		require.NoError(t, db1.Transcripts(s1).Append(ctx, scope, chat.UserMessage("hello"), chat.AssistantMessage("hi")))
		require.NoError(t, db1.Vaults(s1).AppendVault(ctx, scope, redact.VaultEntry{Label: "EMAIL", N: 1, Placeholder: "<EMAIL_1>", Value: secretValue}))
		require.NoError(t, db1.Transcripts(s1).Append(ctx, other, chat.UserMessage("someone else")))
		for _, s := range []*encrypt.Sealer{s2, s3} { // Warm both caches.
			got, err := db2.Transcripts(s).Load(ctx, scope)
			require.NoError(t, err)
			require.Len(t, got, 2)
		}
		before, err := db1.Keys().Get(ctx, scope.Tenant, scope.Subject)
		require.NoError(t, err)
		require.NotEmpty(t, before.Wrapped)

		if b.dialect == store.SQLite {
			// Control: the wrapped keyset is on disk before forgetting.
			assert.True(t, filesContain(t, dsn, before.Wrapped), "the wrapped keyset should be on disk before Forget")
		}

		require.NoError(t, s1.Forget(ctx, scope.Tenant, scope.Subject))

		assertForgotten := func(t *testing.T, db *store.DB, s *encrypt.Sealer) {
			t.Helper()
			_, err := db.Transcripts(s).Load(ctx, scope)
			require.ErrorIs(t, err, encrypt.ErrForgotten)
			var rerr *store.RecordError
			require.ErrorAs(t, err, &rerr)
			assert.Equal(t, "message", rerr.Kind)
			assert.EqualValues(t, 0, rerr.Seq)
			_, err = db.Vaults(s).LoadVault(ctx, scope)
			assert.ErrorIs(t, err, encrypt.ErrForgotten)
			assert.ErrorIs(t, db.Transcripts(s).Append(ctx, scope, chat.UserMessage("more")), encrypt.ErrForgotten)
			got, err := db.Transcripts(s).Load(ctx, other)
			require.NoError(t, err, "other subjects are untouched")
			assert.Len(t, got, 1)
		}
		t.Run("SameInstanceAtOnce", func(t *testing.T) { assertForgotten(t, db1, s1) })

		t.Run("OtherInstanceAfterInvalidate", func(t *testing.T) {
			_, err := db2.Transcripts(s2).Load(ctx, scope)
			require.NoError(t, err, "still cached: readable until invalidated")
			s2.Invalidate(scope.Tenant, scope.Subject)
			assertForgotten(t, db2, s2)
		})

		t.Run("OtherInstanceAfterCacheExpiry", func(t *testing.T) {
			_, err := db2.Transcripts(s3).Load(ctx, scope)
			require.NoError(t, err, "still cached: readable until the cache expires")
			clk.Advance(encrypt.DefaultCacheMaxAge + time.Second)
			assertForgotten(t, db2, s3)
		})

		after, err := db2.Keys().Get(ctx, scope.Tenant, scope.Subject)
		require.NoError(t, err)
		assert.True(t, after.IsTombstone())
		assert.Empty(t, after.Wrapped)

		if b.dialect == store.SQLite {
			// On disk: the wrapped keyset is gone from the file and the log.
			assert.False(t, filesContain(t, dsn, before.Wrapped), "the forgotten wrapped keyset is still on disk")
		}
	})
}

func TestTampering(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		db, dsn := b.fresh(t)
		raw := b.raw(t, dsn)
		s := newKeyring(t).sealer(t, db.Keys(), nil)
		ts := db.Transcripts(s)
		other := chat.Scope{Tenant: scope.Tenant, Subject: "cust-2", Conversation: scope.Conversation}
		const table = "confide_messages"

		setup := func(t *testing.T) {
			t.Helper()
			require.NoError(t, ts.Delete(ctx, scope))
			require.NoError(t, ts.Delete(ctx, other))
			require.NoError(t, ts.Append(ctx, scope, chat.UserMessage("one"), chat.AssistantMessage("two"), chat.UserMessage("three")))
			require.NoError(t, ts.Append(ctx, other, chat.UserMessage("theirs")))
		}
		loadFails := func(t *testing.T, target error, seq uint64) {
			t.Helper()
			_, err := ts.Load(ctx, scope)
			require.ErrorIs(t, err, target)
			var rerr *store.RecordError
			require.ErrorAs(t, err, &rerr)
			assert.Equal(t, seq, rerr.Seq)
			for _, word := range []string{"one", "two", "three", scope.Subject} {
				assert.NotContains(t, err.Error(), word)
			}
		}

		t.Run("FlippedByte", func(t *testing.T) {
			setup(t)
			sealed := raw.sealed(table, scope.Subject, scope.Conversation, 1)
			sealed[len(sealed)-1] ^= 1
			raw.setSealed(table, scope.Subject, scope.Conversation, 1, sealed)
			loadFails(t, encrypt.ErrTampered, 1)
		})
		t.Run("SwappedSeqs", func(t *testing.T) {
			setup(t)
			a := raw.sealed(table, scope.Subject, scope.Conversation, 0)
			c := raw.sealed(table, scope.Subject, scope.Conversation, 1)
			raw.setSealed(table, scope.Subject, scope.Conversation, 0, c)
			raw.setSealed(table, scope.Subject, scope.Conversation, 1, a)
			loadFails(t, encrypt.ErrTampered, 0)
		})
		t.Run("SwappedSubjects", func(t *testing.T) {
			setup(t)
			mine := raw.sealed(table, scope.Subject, scope.Conversation, 0)
			theirs := raw.sealed(table, other.Subject, other.Conversation, 0)
			raw.setSealed(table, scope.Subject, scope.Conversation, 0, theirs)
			raw.setSealed(table, other.Subject, other.Conversation, 0, mine)
			loadFails(t, encrypt.ErrTampered, 0)
			_, err := ts.Load(ctx, other)
			assert.ErrorIs(t, err, encrypt.ErrTampered)
		})
		t.Run("RenumberedRow", func(t *testing.T) {
			setup(t)
			raw.exec("DELETE FROM "+table+" WHERE subject = ? AND seq = 1", scope.Subject)
			raw.exec("UPDATE "+table+" SET seq = 1 WHERE subject = ? AND seq = 2", scope.Subject)
			loadFails(t, encrypt.ErrTampered, 1)
		})
		t.Run("MissingRow", func(t *testing.T) {
			setup(t)
			raw.exec("DELETE FROM "+table+" WHERE subject = ? AND seq = 1", scope.Subject)
			loadFails(t, store.ErrMissingRecord, 1)
		})
		t.Run("TruncatedRow", func(t *testing.T) {
			setup(t)
			raw.setSealed(table, scope.Subject, scope.Conversation, 2, []byte{1, 2, 3})
			loadFails(t, encrypt.ErrFormat, 2)
		})
		t.Run("VaultEntryMovedToTranscript", func(t *testing.T) {
			setup(t)
			require.NoError(t, db.Vaults(s).AppendVault(ctx, scope, redact.VaultEntry{Label: "X", N: 1, Placeholder: "<X_1>", Value: "v"}))
			v := raw.sealed("confide_vault_entries", scope.Subject, scope.Conversation, 0)
			raw.setSealed(table, scope.Subject, scope.Conversation, 0, v)
			loadFails(t, encrypt.ErrTampered, 0)
		})
	})
}

// TestConcurrentAppends appends to one conversation from many goroutines
// of two handles, each with its own Sealer, as two processes would.
func TestConcurrentAppends(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		ring := newKeyring(t)
		db1, dsn := b.fresh(t)
		db2 := b.handle(t, dsn)
		stores := []chat.Store{db1.Transcripts(ring.sealer(t, db1.Keys(), nil)), db2.Transcripts(ring.sealer(t, db2.Keys(), nil))}
		const perHandle, each = 6, 8
		var wg sync.WaitGroup
		for h, st := range stores {
			for w := range perHandle {
				wg.Go(func() {
					for i := range each {
						assert.NoError(t, st.Append(ctx, scope,
							chat.UserMessage(fmt.Sprintf("h%d w%d q%d", h, w, i)),
							chat.AssistantMessage(fmt.Sprintf("h%d w%d a%d", h, w, i))))
					}
				})
			}
		}
		wg.Wait()

		const n = 2 * perHandle * each * 2
		seqs := b.raw(t, dsn).seqs("confide_messages", scope.Subject, scope.Conversation)
		require.Len(t, seqs, n)
		for i, s := range seqs {
			require.EqualValues(t, i, s, "sequence numbers are gapless")
		}
		got, err := stores[1].Load(ctx, scope)
		require.NoError(t, err)
		require.Len(t, got, n)
		last := map[string]int{}
		for i := 0; i < n; i += 2 {
			q, a := got[i].Text(), got[i+1].Text()
			require.Equal(t, strings.Replace(q, " q", " a", 1), a, "an append's messages stay together")
			var h, w, k int
			_, err := fmt.Sscanf(q, "h%d w%d q%d", &h, &w, &k)
			require.NoError(t, err)
			writer := fmt.Sprint(h, w)
			if prev, ok := last[writer]; ok {
				assert.Equal(t, prev+1, k, "one writer's appends stay in order")
			}
			last[writer] = k
		}
	})
}

func TestClosed(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		ring := newKeyring(t)
		db, dsn := b.fresh(t)
		s := ring.sealer(t, db.Keys(), nil)
		require.NoError(t, db.Transcripts(s).Append(ctx, scope, chat.UserMessage("kept")))
		require.NoError(t, db.Vaults(s).AppendVault(ctx, scope, redact.VaultEntry{Label: "X", N: 1, Placeholder: "<X_1>", Value: "kept"}))
		require.NoError(t, db.Close())
		require.NoError(t, db.Close(), "closing twice is not an error")

		closed := func(err error) {
			t.Helper()
			assert.ErrorIs(t, err, store.ErrClosed)
			assert.ErrorIs(t, err, chat.ErrStoreClosed)
		}
		closed(db.Transcripts(s).Append(ctx, scope, chat.UserMessage("lost?")))
		_, err := db.Transcripts(s).Load(ctx, scope)
		closed(err)
		closed(db.Transcripts(s).Delete(ctx, scope))
		closed(db.Vaults(s).AppendVault(ctx, scope, redact.VaultEntry{Label: "X", N: 2, Placeholder: "<X_2>", Value: "lost?"}))
		_, err = db.Vaults(s).LoadVault(ctx, scope)
		closed(err)
		closed(db.Vaults(s).DeleteVault(ctx, scope))
		_, err = db.Keys().Get(ctx, scope.Tenant, scope.Subject)
		closed(err)
		_, err = db.Keys().List(ctx, encrypt.SubjectRef{}, 10)
		closed(err)
		_, err = db.DeleteTranscriptsBefore(ctx, scope.Tenant, time.Now())
		closed(err)
		_, err = db.DeleteSubject(ctx, scope.Tenant, scope.Subject)
		closed(err)

		again := b.handle(t, dsn)
		s2 := ring.sealer(t, again.Keys(), nil)
		got, err := again.Transcripts(s2).Load(ctx, scope)
		require.NoError(t, err)
		require.Len(t, got, 1, "nothing lost, nothing added")
		assert.Equal(t, "kept", got[0].Text())
		vault, err := again.Vaults(s2).LoadVault(ctx, scope)
		require.NoError(t, err)
		assert.Len(t, vault, 1)
	})
}

// TestCloseDuringAppends closes the database under running appends: each
// append either completes or stores nothing.
func TestCloseDuringAppends(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		ring := newKeyring(t)
		db, dsn := b.fresh(t)
		ts := db.Transcripts(ring.sealer(t, db.Keys(), nil))
		var ok atomic.Int64
		var wg sync.WaitGroup
		started := make(chan struct{})
		for w := range 4 {
			wg.Go(func() {
				for i := 0; ; i++ {
					err := ts.Append(ctx, scope, chat.UserMessage(fmt.Sprintf("w%d q%d", w, i)), chat.AssistantMessage(fmt.Sprintf("w%d a%d", w, i)))
					if err != nil {
						assert.ErrorIs(t, err, store.ErrClosed)
						return
					}
					if ok.Add(1) == 4 {
						close(started)
					}
				}
			})
		}
		<-started
		require.NoError(t, db.Close())
		wg.Wait()

		again := b.handle(t, dsn)
		got, err := again.Transcripts(ring.sealer(t, again.Keys(), nil)).Load(ctx, scope)
		require.NoError(t, err)
		require.Len(t, got, 2*int(ok.Load()))
		for i := 0; i < len(got); i += 2 {
			assert.Equal(t, strings.Replace(got[i].Text(), " q", " a", 1), got[i+1].Text())
		}
	})
}

func TestMigrations(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		dsn := b.newDatabase(t)
		// Processes starting at once on an empty database.
		const n = 4
		var wg sync.WaitGroup
		dbs := make([]*store.DB, n)
		for i := range n {
			wg.Go(func() {
				db, err := b.open(ctx, dsn)
				if assert.NoError(t, err) {
					dbs[i] = db
				}
			})
		}
		wg.Wait()
		for _, db := range dbs {
			if db != nil {
				require.NoError(t, db.Close())
			}
		}
		raw := b.raw(t, dsn)
		var count, version int
		require.NoError(t, raw.db.QueryRow("SELECT COUNT(*), MAX(version) FROM confide_schema_version").Scan(&count, &version))
		assert.Equal(t, store.SchemaVersion, count, "each migration applied once")
		assert.Equal(t, store.SchemaVersion, version)

		// Opening again is a no-op.
		db := b.handle(t, dsn)
		require.NoError(t, db.Close())
		require.NoError(t, raw.db.QueryRow("SELECT COUNT(*) FROM confide_schema_version").Scan(&count))
		assert.Equal(t, store.SchemaVersion, count)

		// A database migrated by a newer program is refused.
		raw.exec("INSERT INTO confide_schema_version (version, applied_at) VALUES (?, 0)", store.SchemaVersion+1)
		_, err := b.open(ctx, dsn)
		assert.ErrorIs(t, err, store.ErrSchemaVersion)
	})
}

func TestDeleteBefore(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		clk := newClock()
		db, _ := b.fresh(t, store.WithClock(clk.Now))
		s := newKeyring(t).sealer(t, db.Keys(), nil)
		ts, vs := db.Transcripts(s), db.Vaults(s)
		conv2 := chat.Scope{Tenant: scope.Tenant, Subject: scope.Subject, Conversation: "conv-2"}
		otherTenant := chat.Scope{Tenant: "globex", Subject: scope.Subject, Conversation: scope.Conversation}
		t0 := clk.Now()

		require.NoError(t, ts.Append(ctx, scope, chat.UserMessage("old q"), chat.AssistantMessage("old a")))
		require.NoError(t, ts.Append(ctx, conv2, chat.UserMessage("old only")))
		require.NoError(t, ts.Append(ctx, otherTenant, chat.UserMessage("other tenant")))
		require.NoError(t, vs.AppendVault(ctx, scope, redact.VaultEntry{Label: "X", N: 1, Placeholder: "<X_1>", Value: "old"}))
		clk.Advance(time.Hour)
		require.NoError(t, ts.Append(ctx, scope, chat.UserMessage("new q"), chat.AssistantMessage("new a")))
		require.NoError(t, vs.AppendVault(ctx, scope, redact.VaultEntry{Label: "X", N: 2, Placeholder: "<X_2>", Value: "new"}))

		n, err := db.DeleteTranscriptsBefore(ctx, scope.Tenant, t0.Add(time.Minute))
		require.NoError(t, err)
		assert.EqualValues(t, 3, n)
		got, err := ts.Load(ctx, scope)
		require.NoError(t, err, "a transcript may start after a purged prefix")
		require.Len(t, got, 2)
		assert.Equal(t, "new q", got[0].Text())
		got, err = ts.Load(ctx, conv2)
		require.NoError(t, err)
		assert.Empty(t, got)
		got, err = ts.Load(ctx, otherTenant)
		require.NoError(t, err)
		assert.Len(t, got, 1, "other tenants are untouched")

		require.NoError(t, ts.Append(ctx, scope, chat.UserMessage("newer")))
		got, err = ts.Load(ctx, scope)
		require.NoError(t, err)
		require.Len(t, got, 3)
		assert.Equal(t, "newer", got[2].Text())

		n, err = db.DeleteVaultsBefore(ctx, scope.Tenant, t0.Add(time.Minute))
		require.NoError(t, err)
		assert.EqualValues(t, 1, n)
		entries, err := vs.LoadVault(ctx, scope)
		require.NoError(t, err)
		require.Len(t, entries, 1)
		assert.Equal(t, "new", entries[0].Value)

		n, err = db.DeleteSubject(ctx, scope.Tenant, scope.Subject)
		require.NoError(t, err)
		assert.EqualValues(t, 4, n)
		got, err = ts.Load(ctx, scope)
		require.NoError(t, err)
		assert.Empty(t, got)
		got, err = ts.Load(ctx, otherTenant)
		require.NoError(t, err)
		assert.Len(t, got, 1)
	})
}

func TestBadInput(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		db, _ := b.fresh(t)
		ring := newKeyring(t)
		s := ring.sealer(t, db.Keys(), nil)
		ts, vs := db.Transcripts(s), db.Vaults(s)

		t.Run("InvalidUTF8", func(t *testing.T) {
			err := ts.Append(ctx, scope, chat.UserMessage("fine"), chat.UserMessage("bad \xff byte"))
			assert.ErrorIs(t, err, chat.ErrInvalidMessage)
			err = vs.AppendVault(ctx, scope, redact.VaultEntry{Label: "X", N: 1, Value: "fine"}, redact.VaultEntry{Label: "X", N: 2, Value: "\xfe"})
			assert.ErrorIs(t, err, store.ErrInvalid)
			got, err := ts.Load(ctx, scope)
			require.NoError(t, err)
			assert.Empty(t, got, "nothing stored")
			entries, err := vs.LoadVault(ctx, scope)
			require.NoError(t, err)
			assert.Empty(t, entries, "nothing stored")
		})

		t.Run("LargeMessages", func(t *testing.T) {
			sc := scope
			sc.Conversation = "large"
			big := strings.Repeat("é", 1<<20)
			require.NoError(t, ts.Append(ctx, sc, chat.UserMessage(big)))
			err := ts.Append(ctx, sc, chat.UserMessage(strings.Repeat("x", store.MaxMessageSize)))
			assert.ErrorIs(t, err, chat.ErrInvalidMessage)
			got, err := ts.Load(ctx, sc)
			require.NoError(t, err)
			require.Len(t, got, 1)
			assert.Equal(t, big, got[0].Text())
		})

		t.Run("WrongKeyring", func(t *testing.T) {
			sc := scope
			sc.Conversation = "wrong-keys"
			require.NoError(t, ts.Append(ctx, sc, chat.UserMessage("hello")))
			stranger := newKeyring(t).sealer(t, db.Keys(), nil)
			_, err := db.Transcripts(stranger).Load(ctx, sc)
			assert.ErrorIs(t, err, encrypt.ErrUnknownKey)
		})

		t.Run("NilSealer", func(t *testing.T) {
			assert.ErrorIs(t, db.Transcripts(nil).Append(ctx, scope, chat.UserMessage("x")), store.ErrInvalid)
			_, err := db.Vaults(nil).LoadVault(ctx, scope)
			assert.ErrorIs(t, err, store.ErrInvalid)
		})

		t.Run("InvalidScope", func(t *testing.T) {
			bad := chat.Scope{Tenant: "acme", Subject: "a b", Conversation: "c"}
			_, err := vs.LoadVault(ctx, bad)
			assert.ErrorIs(t, err, chat.ErrInvalidScope)
			assert.ErrorIs(t, vs.DeleteVault(ctx, bad), chat.ErrInvalidScope)
		})
	})
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	_, err := store.OpenSQLite(ctx, ":memory:")
	assert.ErrorIs(t, err, store.ErrInvalid)
	_, err = store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "no", "such", "dir", "x.db"))
	assert.Error(t, err)
	_, err = store.Open(ctx, nil, store.SQLite)
	assert.ErrorIs(t, err, store.ErrInvalid)

	// A DSN's password never shows in an error.
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	for _, dsn := range []string{"postgres://u:s3cretpw@127.0.0.1:1/x?sslmode=disable&connect_timeout=2", "postgres://u:s3cretpw@%zz"} {
		_, err = store.OpenPostgres(cctx, dsn)
		require.Error(t, err)
		assert.NotContains(t, err.Error(), "s3cretpw")
	}
}

func TestOpenBringYourOwn(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		dsn := b.newDatabase(t)
		raw := b.raw(t, dsn)
		db, err := store.Open(ctx, raw.db, b.dialect)
		require.NoError(t, err)
		s := newKeyring(t).sealer(t, db.Keys(), nil)
		require.NoError(t, db.Transcripts(s).Append(ctx, scope, chat.UserMessage("hi")))
		require.NoError(t, db.Close())
		require.NoError(t, raw.db.PingContext(ctx), "Close leaves a *sql.DB it did not open alone")
		_, err = store.Open(ctx, raw.db, store.Dialect("oracle"))
		assert.ErrorIs(t, err, store.ErrInvalid)
	})
}

// filesContain reports whether the SQLite database at path, or its
// write-ahead log, holds b.
func filesContain(t *testing.T, path string, b []byte) bool {
	t.Helper()
	files, err := filepath.Glob(path + "*")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		if bytes.Contains(data, b) {
			return true
		}
	}
	return false
}

// TestAppendAllOrNothing makes the database refuse the second record of an
// append: the first must not stay.
func TestAppendAllOrNothing(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		db, dsn := b.fresh(t)
		raw := b.raw(t, dsn)
		for _, table := range []string{"confide_messages", "confide_vault_entries"} {
			if b.dialect == store.SQLite {
				raw.exec(`CREATE TRIGGER refuse_` + table + ` BEFORE INSERT ON ` + table + `
					WHEN NEW.seq = 1 AND NEW.subject = 'cust-1' BEGIN SELECT RAISE(ABORT, 'refused'); END`)
			} else {
				raw.exec(`CREATE FUNCTION refuse_` + table + `() RETURNS trigger LANGUAGE plpgsql AS $$
					BEGIN IF NEW.seq = 1 AND NEW.subject = 'cust-1' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$`)
				raw.exec(`CREATE TRIGGER refuse BEFORE INSERT ON ` + table + ` FOR EACH ROW EXECUTE FUNCTION refuse_` + table + `()`)
			}
		}
		s := newKeyring(t).sealer(t, db.Keys(), nil)
		ts, vs := db.Transcripts(s), db.Vaults(s)
		require.Error(t, ts.Append(ctx, scope, chat.UserMessage("first"), chat.AssistantMessage("second")))
		got, err := ts.Load(ctx, scope)
		require.NoError(t, err)
		assert.Empty(t, got, "the first message of a failed append is not kept")
		require.Error(t, vs.AppendVault(ctx, scope, redact.VaultEntry{Label: "X", N: 1, Value: "a"}, redact.VaultEntry{Label: "X", N: 2, Value: "b"}))
		entries, err := vs.LoadVault(ctx, scope)
		require.NoError(t, err)
		assert.Empty(t, entries, "the first entry of a failed append is not kept")
		require.Zero(t, raw.exec("DELETE FROM confide_messages"))
		require.Zero(t, raw.exec("DELETE FROM confide_vault_entries"))
	})
}

func TestSQLitePragmas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a b#c?.db") // Characters a URI must escape.
	db := sqliteBackend().handle(t, path)
	require.NoError(t, db.Close())
	_, err := os.Stat(path)
	require.NoError(t, err, "the file is where the path says")
	raw := sqliteBackend().raw(t, path)
	for pragma, want := range map[string]string{"secure_delete": "1", "journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "10000"} {
		var got string
		require.NoError(t, raw.db.QueryRow("PRAGMA "+pragma).Scan(&got))
		assert.Equal(t, want, got, pragma)
	}
}
