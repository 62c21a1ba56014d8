package rights_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/rights"
	"github.com/confide-dev/confide/store"
)

// Export everything held about a customer, then erase them: afterwards
// nothing of theirs can be read.
func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "rights-example")
	defer os.RemoveAll(dir)
	master, _ := encrypt.ParseMasterKey(encrypt.NewMasterKey())
	ring, _ := encrypt.InitLocalKeyring(filepath.Join(dir, "keyring.json"), master)
	db, err := store.OpenSQLite(ctx, filepath.Join(dir, "confide.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	sealer, _ := encrypt.NewSealer(ring, db.Keys(), encrypt.Options{})
	scope := chat.Scope{Tenant: "acme", Subject: "cust-42", Conversation: "c-1"}
	_ = db.Transcripts(sealer).Append(ctx, scope, chat.UserMessage("my email is jo@example.org"), chat.AssistantMessage("Noted."))

	svc := &rights.Service{DB: db, Sealer: sealer}
	doc, err := svc.Export(ctx, "acme", "cust-42")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("conversations:", len(doc.Conversations), "messages:", len(doc.Conversations[0].Messages))

	rep, err := svc.Erase(ctx, "acme", "cust-42", doc.Generated)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("records deleted:", rep.Records, "verified:", rep.Verified)

	after, _ := svc.Export(ctx, "acme", "cust-42")
	fmt.Println("after erasure: forgotten:", after.Forgotten, "conversations:", len(after.Conversations))
	// Output:
	// conversations: 1 messages: 2
	// records deleted: 2 verified: true
	// after erasure: forgotten: true conversations: 0
}
