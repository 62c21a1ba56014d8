package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/rights"
	"github.com/confide-dev/confide/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// grantTraining records a train_ai_system grant for subject in the
// database's ledger.
func grantTraining(t *testing.T, dbPath, subject string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.OpenSQLite(ctx, dbPath)
	require.NoError(t, err)
	defer db.Close()
	ledger, err := consent.NewLedger(db.Consent(), consent.Options{})
	require.NoError(t, err)
	n, err := ledger.PublishNotice(ctx, "acme", consent.Notice{ID: "train", Version: "1", Text: "May we learn from your chats?"})
	if err != nil {
		n, err = ledger.Notice(ctx, "acme", "train", "1")
	}
	require.NoError(t, err)
	_, err = ledger.Grant(ctx, consent.Choice{Tenant: "acme", Subject: subject, Purposes: []consent.Purpose{consent.PurposeTrainAI},
		Notice: n.Ref(), Source: consent.SourceUI, Jurisdiction: "EU"})
	require.NoError(t, err)
}

func TestSubjectRightsCommands(t *testing.T) {
	keyring, dbPath := opEnv(t)
	_, errOut, code := runCmd(t, "", "keys", "init", "--keyring", keyring)
	require.Equal(t, 0, code, errOut)
	a := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c1"}
	b := chat.Scope{Tenant: "acme", Subject: "cust-2", Conversation: "c1"}
	seal(t, keyring, dbPath, a, "my email is jo@example.org")
	seal(t, keyring, dbPath, b, "call me on +44 20 7946 0018")
	grantTraining(t, dbPath, "cust-1")
	flags := []string{"--keyring", keyring, "--db", dbPath}

	out, errOut, code := runCmd(t, "", append([]string{"export", "--tenant", "acme", "--subject", "cust-1"}, flags...)...)
	require.Equal(t, 0, code, errOut)
	var doc rights.Export
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.Len(t, doc.Conversations, 1)
	assert.Equal(t, "my email is jo@example.org", doc.Conversations[0].Messages[0].Text())
	assert.Len(t, doc.Consent, 1)

	file := filepath.Join(t.TempDir(), "export.json")
	out, errOut, code = runCmd(t, "", append([]string{"export", "--tenant", "acme", "--subject", "cust-1", "-o", file}, flags...)...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "1 conversations, 1 consent events")
	info, err := os.Stat(file)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())
	_, errOut, code = runCmd(t, "", append([]string{"export", "--tenant", "acme", "--subject", "cust-1", "-o", file}, flags...)...)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "never overwrites")

	training := filepath.Join(t.TempDir(), "train.jsonl")
	out, errOut, code = runCmd(t, "", append([]string{"export-training", "--tenant", "acme", "-o", training}, flags...)...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "wrote 1 conversations of 1 consenting subjects")
	data, err := os.ReadFile(training)
	require.NoError(t, err)
	assert.NotContains(t, string(data), "jo@example.org", "the training export holds surrogates")
	assert.NotContains(t, string(data), "7946", "a subject without consent is not exported")

	since := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)
	until := time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
	out, errOut, code = runCmd(t, "", append([]string{"breach", "--from", since, "--to", until}, flags...)...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "2 subjects in 1 tenants affected")

	_, errOut, code = runCmd(t, "", append([]string{"erase", "--tenant", "acme", "--subject", "cust-1"}, flags...)...)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "--yes")
	out, errOut, code = runCmd(t, "", append([]string{"erase", "--tenant", "acme", "--subject", "cust-1", "--yes"}, flags...)...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "erased acme/cust-1: keys destroyed, 1 records deleted, consent events deleted; verified nothing readable remains")

	out, errOut, code = runCmd(t, "", append([]string{"export", "--tenant", "acme", "--subject", "cust-1"}, flags...)...)
	require.Equal(t, 0, code, errOut)
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.True(t, doc.Forgotten)
	assert.Empty(t, doc.Conversations)
	assert.NotContains(t, out, "jo@example.org")

	out, errOut, code = runCmd(t, "", "audit", "verify", "--db", dbPath)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "acme")
	out, errOut, code = runCmd(t, "", "report", "--tenant", "acme", "--db", dbPath)
	require.Equal(t, 0, code, errOut)
	assert.NotEmpty(t, out)

	// Tampering with the audit log is found.
	tamperAudit(t, dbPath)
	_, errOut, code = runCmd(t, "", "audit", "verify", "--db", dbPath)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "failed verification")
}

// tamperAudit edits the payload of the first audit event in place.
func tamperAudit(t *testing.T, dbPath string) {
	t.Helper()
	db, err := sql.Open("sqlite", store.SQLiteDSN(dbPath))
	require.NoError(t, err)
	defer db.Close()
	res, err := db.Exec(`UPDATE confide_audit_events SET payload = replace(payload, '"export"', '"turn"') WHERE seq = 1`)
	require.NoError(t, err)
	n, err := res.RowsAffected()
	require.NoError(t, err)
	require.Equal(t, int64(1), n)
}

func TestRightsUsageErrors(t *testing.T) {
	_, dbPath := opEnv(t)
	for _, args := range [][]string{
		{"export", "--tenant", "acme"},
		{"erase", "--tenant", "acme", "--subject", "bad id", "--yes"},
		{"erase", "--tenant", "acme", "--subject", "x", "--yes", "--requested", "yesterday", "--db", dbPath},
		{"breach", "--db", dbPath},
		{"breach", "--from", "nope", "--to", "nope", "--db", dbPath},
		{"export-training", "--tenant", "acme", "--db", dbPath},
		{"report", "--db", dbPath},
		{"audit"},
	} {
		_, _, code := runCmd(t, "", args...)
		assert.Equal(t, 2, code, strings.Join(args, " "))
	}
}
