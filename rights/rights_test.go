package rights

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/redact"
	"github.com/confide-dev/confide/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type fixture struct {
	svc     *Service
	db      *store.DB
	dbPath  string
	notice  consent.Notice
	kek     string
	receipt []byte // the public keyset of the receipt signing key
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	master, err := encrypt.ParseMasterKey(encrypt.NewMasterKey())
	require.NoError(t, err)
	ringPath := filepath.Join(dir, "keyring.json")
	ring, err := encrypt.InitLocalKeyring(ringPath, master)
	require.NoError(t, err)
	dbPath := filepath.Join(dir, "confide.db")
	db, err := store.OpenSQLite(ctx, dbPath)
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	sealer, err := encrypt.NewSealer(ring, db.Keys(), encrypt.Options{})
	require.NoError(t, err)
	receiptKey, err := consent.NewSigningKey()
	require.NoError(t, err)
	ledger, err := consent.NewLedger(db.Consent(), consent.Options{SigningKey: receiptKey, Controller: consent.Controller{Name: "Acme", Contact: "privacy@acme.example"}})
	require.NoError(t, err)
	notice, err := ledger.PublishNotice(ctx, "acme", consent.Notice{ID: "main", Version: "1", Text: "We keep chats and may train on them."})
	require.NoError(t, err)
	auditKey, err := audit.NewSigningKey()
	require.NoError(t, err)
	log, err := audit.NewLog(db.Audit(), audit.Options{SigningKey: auditKey})
	require.NoError(t, err)
	pub, err := consent.PublicKeyset(receiptKey)
	require.NoError(t, err)
	return &fixture{svc: &Service{DB: db, Sealer: sealer, Ledger: ledger, Audit: log, AuditReader: db.Audit()},
		db: db, dbPath: dbPath, notice: notice, kek: ring.PrimaryID(), receipt: pub}
}

func (f *fixture) say(t *testing.T, subject, conv string, texts ...string) {
	t.Helper()
	var msgs []chat.Message
	for _, text := range texts {
		msgs = append(msgs, chat.UserMessage(text), chat.AssistantMessage("Noted."))
	}
	require.NoError(t, f.db.Transcripts(f.svc.Sealer).Append(context.Background(), chat.Scope{Tenant: "acme", Subject: subject, Conversation: conv}, msgs...))
}

func (f *fixture) grant(t *testing.T, subject string, purposes ...consent.Purpose) {
	t.Helper()
	_, err := f.svc.Ledger.Grant(context.Background(), consent.Choice{Tenant: "acme", Subject: subject, Purposes: purposes,
		Notice: f.notice.Ref(), Source: consent.SourceUI, Jurisdiction: "EU"})
	require.NoError(t, err)
}

func TestExportEraseExport(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	f.say(t, "cust-1", "c-1", "my email is jo@example.org")
	f.say(t, "cust-1", "c-2", "card 4111 1111 1111 1111")
	f.say(t, "cust-2", "c-1", "I am someone else")
	f.grant(t, "cust-1", consent.PurposeStoreTranscript)

	doc, err := f.svc.Export(ctx, "acme", "cust-1")
	require.NoError(t, err)
	assert.Equal(t, ExportFormat, doc.Format)
	require.Len(t, doc.Conversations, 2)
	assert.Equal(t, "my email is jo@example.org", doc.Conversations[0].Messages[0].Text())
	require.Len(t, doc.Consent, 1)
	require.Len(t, doc.Receipts, 1)
	receipt, err := consent.VerifyReceipt(f.receipt, doc.Receipts[0])
	require.NoError(t, err, "the exported receipt verifies offline")
	assert.Equal(t, "cust-1", receipt.Subject)
	js, err := json.Marshal(doc)
	require.NoError(t, err)
	assert.NotContains(t, string(js), "someone else", "another subject's data is not in the export")

	// A backup taken now: the file and its write-ahead log, as a file
	// system snapshot would have them.
	backup, err := os.ReadFile(f.dbPath)
	require.NoError(t, err)
	backupWAL, err := os.ReadFile(f.dbPath + "-wal")
	require.NoError(t, err)

	requested := time.Now().Add(-time.Hour)
	rep, err := f.svc.Erase(ctx, "acme", "cust-1", requested)
	require.NoError(t, err)
	assert.True(t, rep.Verified)
	assert.Equal(t, int64(4), rep.Records)
	assert.True(t, rep.ConsentDeleted)
	assert.GreaterOrEqual(t, rep.Took, time.Hour)

	again, err := f.svc.Export(ctx, "acme", "cust-1")
	require.NoError(t, err)
	assert.True(t, again.Forgotten)
	assert.Empty(t, again.Conversations, "nothing readable after erasure")
	assert.Empty(t, again.Consent)
	var ops []audit.Operation
	for _, e := range again.Audit {
		ops = append(ops, e.Operation)
		if e.Operation == audit.OpErase {
			assert.Equal(t, requested.UTC().Truncate(time.Microsecond), e.RequestedAt.Truncate(time.Microsecond))
			assert.False(t, e.CompletedAt.IsZero())
		}
	}
	assert.Equal(t, []audit.Operation{audit.OpExport, audit.OpErase}, ops, "the audit trail says it happened, with no data")
	auditJSON, err := json.Marshal(again.Audit)
	require.NoError(t, err)
	assert.NotContains(t, string(auditJSON), "jo@example.org")

	other, err := f.svc.Export(ctx, "acme", "cust-2")
	require.NoError(t, err)
	assert.Len(t, other.Conversations, 1, "the other subject is untouched")

	// A backup taken before the erasure holds the rows, but they no longer
	// open: the keys are gone.
	bak := filepath.Join(t.TempDir(), "backup.db")
	require.NoError(t, os.WriteFile(bak, backup, 0o600))
	require.NoError(t, os.WriteFile(bak+"-wal", backupWAL, 0o600))
	old, err := store.OpenSQLite(ctx, bak)
	require.NoError(t, err)
	defer old.Close()
	convs, err := old.Conversations(ctx, "acme", "cust-1")
	require.NoError(t, err)
	require.Len(t, convs, 2, "the backup still holds the subject's rows")
	_, err = old.Transcripts(f.svc.Sealer).Load(ctx, chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"})
	assert.ErrorIs(t, err, encrypt.ErrForgotten, "but they can no longer be read")
}

func TestBreach(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	f.say(t, "cust-1", "c-1", "a")
	f.say(t, "cust-2", "c-1", "b")
	kek := f.kek

	rep, err := f.svc.Breach(ctx, BreachQuery{KEK: kek})
	require.NoError(t, err)
	assert.Equal(t, 2, rep.Subjects)
	assert.Equal(t, 1, rep.Tenants)
	assert.Contains(t, rep.String(), "2 subjects in 1 tenants affected")

	rep, err = f.svc.Breach(ctx, BreachQuery{From: time.Now().Add(-time.Hour), To: time.Now().Add(time.Hour)})
	require.NoError(t, err)
	assert.Equal(t, 2, rep.Subjects)
	rep, err = f.svc.Breach(ctx, BreachQuery{From: time.Now().Add(time.Hour), To: time.Now().Add(2 * time.Hour)})
	require.NoError(t, err)
	assert.Zero(t, rep.Subjects)
	rep, err = f.svc.Breach(ctx, BreachQuery{KEK: "local:ffffffff"})
	require.NoError(t, err)
	assert.Zero(t, rep.Subjects)

	_, err = f.svc.Breach(ctx, BreachQuery{})
	assert.Error(t, err)
	_, err = f.svc.Breach(ctx, BreachQuery{From: time.Now()})
	assert.Error(t, err)
}

func TestValidation(t *testing.T) {
	ctx := context.Background()
	_, err := (&Service{}).Export(ctx, "acme", "x")
	assert.ErrorIs(t, err, ErrConfig)
	f := newFixture(t)
	_, err = f.svc.Export(ctx, "acme", "not a valid id")
	assert.ErrorIs(t, err, chat.ErrInvalidScope)
	_, err = f.svc.Erase(ctx, "", "x", time.Time{})
	assert.ErrorIs(t, err, chat.ErrInvalidScope)
	_, err = f.svc.TrainingExport(ctx, "acme", &bytes.Buffer{}, TrainingOptions{})
	assert.ErrorIs(t, err, ErrConfig)
}

// corpusLines returns the chat corpus's messages and their labelled
// personal values, or skips (fails in CI) when the corpus is absent.
func corpusLines(t *testing.T) ([]string, [][]string) {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "corpus", "chat")
	text, err := os.ReadFile(filepath.Join(dir, "corpus.txt"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI must provide ../shared/corpus: %v", err)
		}
		t.Skipf("the chat corpus is not at %s; the training export is checked against it in CI", dir)
	}
	lines := strings.Split(strings.TrimRight(string(text), "\n"), "\n")
	labels, err := os.Open(filepath.Join(dir, "corpus.labels.jsonl"))
	require.NoError(t, err)
	defer labels.Close()
	values := make([][]string, len(lines))
	sc := bufio.NewScanner(labels)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var l struct {
			Line  int
			Spans []struct {
				PII   bool
				Value string
			}
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &l))
		for _, s := range l.Spans {
			if s.PII && l.Line < len(values) {
				values[l.Line] = append(values[l.Line], s.Value)
			}
		}
	}
	require.NoError(t, sc.Err())
	return lines, values
}

// TestTrainingExport: only subjects who agreed, and no original personal
// value of the chat corpus in the output.
func TestTrainingExport(t *testing.T) {
	ctx := context.Background()
	lines, values := corpusLines(t)
	f := newFixture(t)
	const subjects, perSubject = 6, 40
	for s := range subjects {
		subject := fmt.Sprintf("cust-%d", s)
		f.say(t, subject, "c-1", lines[s*perSubject:(s+1)*perSubject]...)
	}
	for _, s := range []string{"cust-0", "cust-1", "cust-2", "cust-3"} {
		f.grant(t, s, consent.PurposeTrainAI)
	}
	_, err := f.svc.Ledger.Withdraw(ctx, consent.Choice{Tenant: "acme", Subject: "cust-3", Purposes: []consent.Purpose{consent.PurposeTrainAI},
		Notice: f.notice.Ref(), Source: consent.SourceUI, Jurisdiction: "EU"})
	require.NoError(t, err)
	require.NoError(t, f.svc.Sealer.Forget(ctx, "acme", "cust-2"))

	d, err := redact.NewDetector()
	require.NoError(t, err)
	var out bytes.Buffer
	sum, err := f.svc.TrainingExport(ctx, "acme", &out, TrainingOptions{Redactor: NewTrainingRedactor(d), System: "You are Acme's agent."})
	require.NoError(t, err)
	assert.Equal(t, 2, sum.Subjects, "cust-0 and cust-1 agreed; cust-2 was forgotten, cust-3 withdrew")
	assert.Equal(t, 4, sum.Skipped)
	assert.Equal(t, 2, sum.Examples)
	assert.NotEmpty(t, sum.Replaced)

	exported := out.String()
	leaked, checked := 0, 0
	for i := 0; i < subjects*perSubject; i++ {
		for _, v := range values[i] {
			checked++
			if strings.Contains(exported, v) {
				leaked++
			}
		}
	}
	require.Greater(t, checked, 100, "the sample holds personal values to look for")
	// Counts only: the values themselves must not reach the test output.
	assert.Zero(t, leaked, "original personal values found in the export (of %d checked)", checked)
	sc := bufio.NewScanner(strings.NewReader(exported))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var line struct {
			Messages []struct{ Role, Content string }
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &line))
		require.Equal(t, 1+2*perSubject, len(line.Messages), "one example per conversation of an agreeing subject")
		assert.Equal(t, "system", line.Messages[0].Role)
		assert.Equal(t, "user", line.Messages[1].Role)
	}
}
