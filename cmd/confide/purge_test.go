package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/redact"
	"github.com/confide-dev/confide/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedAt stores messages and vault entries for scope through the sealed
// SQLite store as if at time at.
func seedAt(t *testing.T, keyringPath, dbPath string, at time.Time, scope chat.Scope, texts ...string) {
	t.Helper()
	ctx := context.Background()
	m, err := encrypt.MasterKeyFromEnv()
	require.NoError(t, err)
	ring, err := encrypt.OpenLocalKeyring(keyringPath, m)
	require.NoError(t, err)
	db, err := store.OpenSQLite(ctx, dbPath, store.WithClock(func() time.Time { return at }))
	require.NoError(t, err)
	defer db.Close()
	s, err := encrypt.NewSealer(ring, db.Keys(), encrypt.Options{})
	require.NoError(t, err)
	for _, text := range texts {
		require.NoError(t, db.Transcripts(s).Append(ctx, scope, chat.UserMessage(text)))
	}
	require.NoError(t, db.Vaults(s).AppendVault(ctx, scope, redact.VaultEntry{Label: "X", N: 1, Placeholder: "<X_1>", Value: texts[0]}))
}

// counts returns how many messages and vault entries the database holds.
func counts(t *testing.T, dbPath string) (messages, vaults int) {
	t.Helper()
	db, err := store.OpenSQLite(context.Background(), dbPath)
	require.NoError(t, err)
	defer db.Close()
	n, err := db.Purger().PurgeBefore(context.Background(), store.KindTranscript, time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC), true)
	require.NoError(t, err)
	v, err := db.Purger().PurgeBefore(context.Background(), store.KindVault, time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC), true)
	require.NoError(t, err)
	return int(n), int(v)
}

func writePolicy(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "policy.json")
	require.NoError(t, os.WriteFile(path, []byte(text), 0o600))
	return path
}

func TestPurge(t *testing.T) {
	keyring, dbPath := opEnv(t)
	_, errOut, code := runCmd(t, "", "keys", "init", "--keyring", keyring)
	require.Equal(t, 0, code, errOut)

	old := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	recent := old.Add(40 * 24 * time.Hour)
	a := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c1"}
	b := chat.Scope{Tenant: "globex", Subject: "cust-2", Conversation: "c2"}
	seedAt(t, keyring, dbPath, old, a, "old 1", "old 2")
	seedAt(t, keyring, dbPath, old, b, "old 3")
	seedAt(t, keyring, dbPath, recent, a, "recent 1")
	seedAt(t, keyring, dbPath, recent, b, "recent 2")
	m, v := counts(t, dbPath)
	require.Equal(t, 5, m)
	require.Equal(t, 4, v)

	policy := writePolicy(t, `[
		{"kind": "transcript", "purpose": "collect.store_transcript", "keep": "720h"},
		{"kind": "transcript", "purpose": "support", "keep": "7d"},
		{"kind": "vault", "purpose": "collect.store_transcript", "keep": "30d"}
	]`)
	now := recent.Add(24 * time.Hour).Format(time.RFC3339)

	out, errOut, code := runCmd(t, "", "purge", "--db", dbPath, "--policy", policy, "--dry-run", "--now", now)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "WOULD PURGE")
	assert.Regexp(t, `transcript\s+30d\s+2026-01-12T12:00:00Z\s+3\s+collect.store_transcript,support`, out)
	assert.Regexp(t, `vault\s+30d\s+2026-01-12T12:00:00Z\s+2\s+collect.store_transcript`, out)
	assert.Contains(t, out, "dry run: nothing was deleted")
	assert.Contains(t, out, "would purge 5 records in 2 kinds")
	m, v = counts(t, dbPath)
	assert.Equal(t, 5, m, "a dry run deletes nothing")
	assert.Equal(t, 4, v)

	out, errOut, code = runCmd(t, "", "purge", "--db", dbPath, "--policy", policy, "--now", now)
	require.Equal(t, 0, code, errOut)
	assert.Regexp(t, `transcript\s+30d\s+\S+\s+3\s`, out)
	assert.Contains(t, out, "purged 5 records in 2 kinds")
	assert.NotContains(t, out, "dry run")
	m, v = counts(t, dbPath)
	assert.Equal(t, 2, m, "exactly the expired messages went")
	assert.Equal(t, 2, v)
	for _, s := range []chat.Scope{a, b} {
		msgs, err := load(t, keyring, dbPath, s)
		require.NoError(t, err)
		require.Len(t, msgs, 1)
		assert.True(t, strings.HasPrefix(msgs[0].Text(), "recent"))
	}

	out, errOut, code = runCmd(t, "", "purge", "--db", dbPath, "--policy", policy, "--now", now)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "purged 0 records", "purging again finds nothing")

	// Without --now, the current time: everything here is long expired.
	t.Setenv(envDB, dbPath)
	out, errOut, code = runCmd(t, "", "purge", "--policy", policy)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "purged 4 records")
}

func TestPurgeErrors(t *testing.T) {
	_, dbPath := opEnv(t)
	db, err := store.OpenSQLite(context.Background(), dbPath)
	require.NoError(t, err)
	require.NoError(t, db.Close())
	good := writePolicy(t, `[{"kind":"transcript","keep":"30d"}]`)

	for _, tc := range []struct {
		name   string
		policy string // file contents; "" for a missing file
		args   []string
		code   int
		want   string
	}{
		{name: "no policy flag", args: []string{"--db", dbPath}, code: 2, want: "--policy FILE is required"},
		{name: "no db", args: []string{"--policy", good}, code: 2, want: "--db is required"},
		{name: "missing db file", args: []string{"--policy", good, "--db", dbPath + ".missing"}, code: 1, want: "database file"},
		{name: "bad now", args: []string{"--policy", good, "--db", dbPath, "--now", "yesterday"}, code: 2, want: "RFC 3339"},
		{name: "extra argument", args: []string{"--policy", good, "--db", dbPath, "extra"}, code: 2, want: "no arguments"},
		{name: "missing policy file", args: []string{"--policy", good + ".missing", "--db", dbPath}, code: 1, want: "policy file"},
		{name: "not JSON", policy: `kind: transcript`, code: 1, want: "not a JSON array"},
		{name: "object, not array", policy: `{"kind":"transcript","keep":"30d"}`, code: 1, want: "not a JSON array"},
		{name: "unknown field", policy: `[{"kind":"transcript","keep":"30d","ttl":"1d"}]`, code: 1, want: `unknown field "ttl"`},
		{name: "trailing text", policy: `[{"kind":"transcript","keep":"30d"}] []`, code: 1, want: "text after"},
		{name: "empty", policy: `[]`, code: 1, want: "no policies"},
		{name: "no kind", policy: `[{"keep":"30d"}]`, code: 1, want: "policy 1: kind is missing"},
		{name: "no keep", policy: `[{"kind":"transcript"}]`, code: 1, want: "policy 1 (transcript): keep: missing"},
		{name: "bad keep", policy: `[{"kind":"vault","keep":"a month"}]`, code: 1, want: `"a month" is not a duration`},
		{name: "fractional days", policy: `[{"kind":"vault","keep":"1.5d"}]`, code: 1, want: "whole number of days"},
		{name: "zero keep", policy: `[{"kind":"vault","keep":"0d"}]`, code: 1, want: "not a positive duration"},
		{name: "negative keep", policy: `[{"kind":"transcript","keep":"30d"},{"kind":"vault","keep":"-1h"}]`, code: 1, want: "policy 2 (vault)"},
		{name: "unknown kind", policy: `[{"kind":"consent","keep":"30d"}]`, code: 1, want: `kind "consent" is not one purge handles`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			if tc.policy != "" {
				args = []string{"--policy", writePolicy(t, tc.policy), "--db", dbPath}
			}
			out, errOut, code := runCmd(t, "", append([]string{"purge"}, args...)...)
			assert.Equal(t, tc.code, code, errOut)
			assert.Contains(t, errOut, tc.want)
			assert.Empty(t, out, "nothing is reported when nothing ran")
		})
	}
}
