package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// opEnv sets up a master key in the environment and returns paths for a
// keyring and a SQLite database in a temp dir.
func opEnv(t *testing.T) (keyring, db string) {
	t.Helper()
	dir := t.TempDir()
	t.Setenv(encrypt.EnvMasterKey, encrypt.NewMasterKey())
	t.Setenv(encrypt.EnvMasterKeyFile, "")
	t.Setenv(envKeyring, "")
	t.Setenv(envDB, "")
	return filepath.Join(dir, "keyring.json"), filepath.Join(dir, "confide.db")
}

// seal writes one turn for a subject through the sealed SQLite store, the
// way an application would.
func seal(t *testing.T, keyringPath, dbPath string, scope chat.Scope, text string) {
	t.Helper()
	ctx := context.Background()
	m, err := encrypt.MasterKeyFromEnv()
	require.NoError(t, err)
	ring, err := encrypt.OpenLocalKeyring(keyringPath, m)
	require.NoError(t, err)
	db, err := store.OpenSQLite(ctx, dbPath)
	require.NoError(t, err)
	defer db.Close()
	s, err := encrypt.NewSealer(ring, db.Keys(), encrypt.Options{})
	require.NoError(t, err)
	require.NoError(t, db.Transcripts(s).Append(ctx, scope, chat.UserMessage(text)))
}

func load(t *testing.T, keyringPath, dbPath string, scope chat.Scope) ([]chat.Message, error) {
	t.Helper()
	ctx := context.Background()
	m, err := encrypt.MasterKeyFromEnv()
	require.NoError(t, err)
	ring, err := encrypt.OpenLocalKeyring(keyringPath, m)
	require.NoError(t, err)
	db, err := store.OpenSQLite(ctx, dbPath)
	require.NoError(t, err)
	defer db.Close()
	s, err := encrypt.NewSealer(ring, db.Keys(), encrypt.Options{})
	require.NoError(t, err)
	return db.Transcripts(s).Load(ctx, scope)
}

func TestKeysLifecycle(t *testing.T) {
	keyring, dbPath := opEnv(t)
	out, errOut, code := runCmd(t, "", "keys", "init", "--keyring", keyring)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "created keyring")
	_, errOut, code = runCmd(t, "", "keys", "init", "--keyring", keyring)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "never overwrites")

	a := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c1"}
	b := chat.Scope{Tenant: "acme", Subject: "cust-2", Conversation: "c1"}
	seal(t, keyring, dbPath, a, "first customer's secret")
	seal(t, keyring, dbPath, b, "second customer's secret")

	out, errOut, code = runCmd(t, "", "keys", "status", "--keyring", keyring, "--db", dbPath)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "database: 2 subject keysets, 0 forgotten")
	assert.Contains(t, out, "(primary)")

	out, errOut, code = runCmd(t, "", "keys", "rotate", "--keyring", keyring)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "(2 keys)")
	out, _, code = runCmd(t, "", "keys", "status", "--keyring", keyring, "--db", dbPath)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "not primary: run 'confide keys rewrap'")

	out, errOut, code = runCmd(t, "", "keys", "rewrap", "--keyring", keyring, "--db", dbPath, "--batch", "1")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "done: 2 keysets rewrapped")
	out, _, code = runCmd(t, "", "keys", "status", "--keyring", keyring, "--db", dbPath)
	require.Equal(t, 0, code)
	assert.NotContains(t, out, "not primary")

	msgs, err := load(t, keyring, dbPath, a)
	require.NoError(t, err, "data sealed before the rotation still opens")
	require.Len(t, msgs, 1)
	assert.Equal(t, "first customer's secret", msgs[0].Text())

	_, errOut, code = runCmd(t, "", "forget", "--keyring", keyring, "--db", dbPath, "--tenant", "acme", "--subject", "cust-1")
	assert.Equal(t, 2, code, "forget asks for --yes")
	assert.Contains(t, errOut, "--yes")
	out, errOut, code = runCmd(t, "", "forget", "--keyring", keyring, "--db", dbPath, "--tenant", "acme", "--subject", "cust-1", "--yes")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "forgot acme/cust-1: keys destroyed, 1 records deleted")

	msgs, err = load(t, keyring, dbPath, a)
	require.NoError(t, err)
	assert.Empty(t, msgs, "the forgotten subject's rows are gone")
	msgs, err = load(t, keyring, dbPath, b)
	require.NoError(t, err)
	assert.Len(t, msgs, 1, "the other subject is untouched")
	out, _, code = runCmd(t, "", "keys", "status", "--keyring", keyring, "--db", dbPath)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "database: 1 subject keysets, 1 forgotten")
}

// TestForgetMakesBackedUpRowsUnreadable: a copy of the transcript rows taken
// before forget (a database backup) cannot be read afterwards with the
// live keys, because the subject's keys no longer exist. (Backups of the
// key store itself must be kept out of reach or short-lived: see package
// encrypt.)
func TestForgetMakesBackedUpRowsUnreadable(t *testing.T) {
	ctx := context.Background()
	keyring, dbPath := opEnv(t)
	_, errOut, code := runCmd(t, "", "keys", "init", "--keyring", keyring)
	require.Equal(t, 0, code, errOut)
	a := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c1"}
	seal(t, keyring, dbPath, a, "a secret in the backup")

	backup := filepath.Join(t.TempDir(), "backup.db")
	data, err := os.ReadFile(dbPath)
	require.NoError(t, err)
	assert.False(t, bytes.Contains(data, []byte("a secret in the backup")), "the database file holds no plaintext")
	require.NoError(t, os.WriteFile(backup, data, 0o600))

	_, errOut, code = runCmd(t, "", "forget", "--keyring", keyring, "--db", dbPath, "--tenant", "acme", "--subject", "cust-1", "--yes")
	require.Equal(t, 0, code, errOut)

	m, err := encrypt.MasterKeyFromEnv()
	require.NoError(t, err)
	ring, err := encrypt.OpenLocalKeyring(keyring, m)
	require.NoError(t, err)
	live, err := store.OpenSQLite(ctx, dbPath)
	require.NoError(t, err)
	defer live.Close()
	old, err := store.OpenSQLite(ctx, backup)
	require.NoError(t, err)
	defer old.Close()
	sealer, err := encrypt.NewSealer(ring, live.Keys(), encrypt.Options{})
	require.NoError(t, err)
	_, err = old.Transcripts(sealer).Load(ctx, a)
	assert.ErrorIs(t, err, encrypt.ErrForgotten, "the backed-up rows are unreadable")
}

func TestOperatorErrors(t *testing.T) {
	keyring, dbPath := opEnv(t)
	t.Setenv(encrypt.EnvMasterKey, "")
	_, errOut, code := runCmd(t, "", "keys", "init", "--keyring", keyring)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "confide keys master-key")

	t.Setenv(encrypt.EnvMasterKey, encrypt.NewMasterKey())
	_, errOut, code = runCmd(t, "", "keys", "status", "--keyring", keyring)
	assert.Equal(t, 1, code, "a missing keyring is an error")
	assert.Contains(t, errOut, "keyring")

	_, _, code = runCmd(t, "", "keys", "init", "--keyring", keyring)
	require.Equal(t, 0, code)
	t.Setenv(encrypt.EnvMasterKey, encrypt.NewMasterKey())
	_, errOut, code = runCmd(t, "", "keys", "status", "--keyring", keyring)
	assert.Equal(t, 1, code, "a wrong master key is an error")
	assert.NotContains(t, errOut, os.Getenv(encrypt.EnvMasterKey))

	_, errOut, code = runCmd(t, "", "keys", "rewrap", "--keyring", keyring)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "--db is required")
	_, _, code = runCmd(t, "", "keys", "rewrap", "--keyring", keyring, "--db", dbPath+".missing")
	assert.Equal(t, 1, code)
	_, errOut, code = runCmd(t, "", "keys", "frobnicate")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "unknown keys subcommand")
	_, errOut, code = runCmd(t, "", "forget", "--tenant", "acme", "--subject", "bad subject", "--yes", "--db", dbPath)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "--subject")
	_, _, code = runCmd(t, "", "keys", "rewrap", "--keyring", keyring, "--db", dbPath, "--after", "nope")
	assert.Equal(t, 2, code)
	_, errOut, code = runCmd(t, "", "keys", "rewrap", "--keyring", keyring, "--db", "postgres://u:hunter2@127.0.0.1:1/x")
	assert.Equal(t, 1, code)
	assert.NotContains(t, errOut, "hunter2", "a DSN password never reaches the output")
}

func TestMasterKey(t *testing.T) {
	out, _, code := runCmd(t, "", "keys", "master-key")
	require.Equal(t, 0, code)
	_, err := encrypt.ParseMasterKey(strings.TrimSpace(out))
	require.NoError(t, err)

	path := filepath.Join(t.TempDir(), "master.key")
	_, _, code = runCmd(t, "", "keys", "master-key", "-o", path)
	require.Equal(t, 0, code)
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())
	_, err = encrypt.ReadMasterKeyFile(path)
	require.NoError(t, err)
	_, errOut, code := runCmd(t, "", "keys", "master-key", "-o", path)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "never overwrites")
}

func TestConsentVerify(t *testing.T) {
	pub := filepath.Join("..", "..", "consent", "testdata", "receipt_public_keyset.json")
	receipt := filepath.Join("..", "..", "consent", "testdata", "receipt.json")
	out, errOut, code := runCmd(t, "", "consent", "verify", "--public-key", pub, receipt)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "receipt verified")

	data, err := os.ReadFile(receipt)
	require.NoError(t, err)
	tampered := filepath.Join(t.TempDir(), "r.json")
	i := bytes.Index(data, []byte(`"payload":"`)) + len(`"payload":"`) + 10
	data[i] ^= 0x01
	require.NoError(t, os.WriteFile(tampered, data, 0o600))
	_, _, code = runCmd(t, "", "consent", "verify", "--public-key", pub, tampered)
	assert.Equal(t, 1, code, "an altered receipt fails")
	_, _, code = runCmd(t, "", "consent", "verify", receipt)
	assert.Equal(t, 2, code)
}
