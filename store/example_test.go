package store_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/store"
)

func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "confide-store-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	// One file holds keysets, transcripts and vaults.
	db, err := store.OpenSQLite(ctx, filepath.Join(dir, "confide.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	// The Sealer keeps its keysets in the same database. The master key
	// normally comes from $CONFIDE_MASTER_KEY (encrypt.MasterKeyFromEnv).
	master, err := encrypt.ParseMasterKey(encrypt.NewMasterKey())
	if err != nil {
		log.Fatal(err)
	}
	ring, err := encrypt.InitLocalKeyring(filepath.Join(dir, "keyring.json"), master)
	if err != nil {
		log.Fatal(err)
	}
	sealer, err := encrypt.NewSealer(ring, db.Keys(), encrypt.Options{})
	if err != nil {
		log.Fatal(err)
	}

	transcripts := db.Transcripts(sealer) // A chat.Store.
	scope := chat.Scope{Tenant: "acme", Subject: "cust-42", Conversation: "c-7"}
	err = transcripts.Append(ctx, scope,
		chat.UserMessage("Where is order A-1001?"),
		chat.AssistantMessage("It shipped on Monday."))
	if err != nil {
		log.Fatal(err)
	}
	msgs, err := transcripts.Load(ctx, scope)
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range msgs {
		fmt.Printf("%s: %s\n", m.Role, m.Text())
	}

	// The customer asks to be forgotten: the transcript becomes unreadable.
	if err := sealer.Forget(ctx, scope.Tenant, scope.Subject); err != nil {
		log.Fatal(err)
	}
	_, err = transcripts.Load(ctx, scope)
	fmt.Println("forgotten:", errors.Is(err, encrypt.ErrForgotten))
	// Output:
	// user: Where is order A-1001?
	// assistant: It shipped on Monday.
	// forgotten: true
}
