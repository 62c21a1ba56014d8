package store_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/minimize"
	"github.com/confide-dev/confide/store"
)

func ExampleDB_Consent() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "confide-store-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := store.OpenSQLite(ctx, filepath.Join(dir, "confide.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	// The ledger keeps its events in the database, in the clear, so that
	// consent stays provable whatever happens to the keys.
	ledger, err := consent.NewLedger(db.Consent(), consent.Options{})
	if err != nil {
		log.Fatal(err)
	}
	notice, err := ledger.PublishNotice(ctx, "acme", consent.Notice{ID: "support-bot", Version: "1", Text: "We keep transcripts for 30 days."})
	if err != nil {
		log.Fatal(err)
	}
	choice := consent.Choice{Tenant: "acme", Subject: "cust-42", Purposes: []consent.Purpose{consent.PurposeStoreTranscript}, Notice: notice.Ref()}
	if _, err := ledger.Grant(ctx, choice); err != nil {
		log.Fatal(err)
	}
	if _, err := ledger.Withdraw(ctx, choice); err != nil {
		log.Fatal(err)
	}
	events, err := ledger.Events(ctx, "acme", "cust-42")
	if err != nil {
		log.Fatal(err)
	}
	for _, ev := range events {
		fmt.Println(ev.Seq, ev.Kind, ev.Purposes)
	}
	// Output:
	// 1 grant [collect.store_transcript]
	// 2 withdraw [collect.store_transcript]
}

func ExampleDB_Purgers() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "confide-store-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := store.OpenSQLite(ctx, filepath.Join(dir, "confide.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	policies := []minimize.Retention{
		{Kind: store.KindTranscript, Purpose: "collect.store_transcript", Keep: 30 * 24 * time.Hour},
		{Kind: store.KindVault, Purpose: "collect.store_transcript", Keep: 30 * 24 * time.Hour},
	}
	now := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	report, err := minimize.Purge(ctx, policies, db.Purgers(), now, true)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(report)
	// Output:
	// KIND        KEEP  BEFORE                WOULD PURGE  PURPOSES
	// transcript  30d   2026-02-02T00:00:00Z  0            collect.store_transcript
	// vault       30d   2026-02-02T00:00:00Z  0            collect.store_transcript
	// total                                   0
	// dry run: nothing was deleted
}
