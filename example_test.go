package confide_test

import (
	"context"
	"fmt"
	"regexp"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/redact"
)

// A conversation with the offline model, an in-memory store and the redact
// middleware: the model never sees the customer's email, the customer
// reads it back.
func Example() {
	ctx := context.Background()
	model := scripted.New(scripted.Rule{
		Match: regexp.MustCompile(`email is (\S+)`),
		Reply: "Thanks, I will write to {match}.",
	})
	detector, err := redact.NewDetector()
	if err != nil {
		fmt.Println(err)
		return
	}
	scope := chat.Scope{Tenant: "acme", Subject: "customer-1042", Conversation: "support-1"}
	conv, err := chat.NewConversation(model, scope,
		chat.WithSystemPrompt("You are a support agent."),
		chat.WithStore(chat.NewMemoryStore()),
		chat.WithMiddleware(redact.Middleware(redact.NewRedactor(detector), redact.NewVaults(nil))),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	reply, err := conv.Send(ctx, "My email is jo@example.org")
	if err != nil {
		fmt.Println(err)
		return
	}
	seen := model.Seen()
	fmt.Println("model saw:    ", seen[len(seen)-1])
	fmt.Println("customer read:", reply.Text)
	// Output:
	// model saw:     My email is <EMAIL_ADDRESS_1>
	// customer read: Thanks, I will write to jo@example.org.
}
