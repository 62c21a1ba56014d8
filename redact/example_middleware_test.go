package redact_test

import (
	"context"
	"fmt"
	"regexp"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/redact"
)

// The middleware keeps personal data away from the model and puts it back
// in the reply.
func ExampleMiddleware() {
	detector, err := redact.NewDetector()
	if err != nil {
		fmt.Println(err)
		return
	}
	model := scripted.New(scripted.Rule{
		Match: regexp.MustCompile(`email is (\S+)`),
		Reply: "Thanks, I will write to {match}.",
	})
	scope := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}
	conv, err := chat.NewConversation(model, scope, chat.WithMiddleware(
		redact.Middleware(redact.NewRedactor(detector), redact.NewVaults(redact.NewMemoryVaultStore())),
	))
	if err != nil {
		fmt.Println(err)
		return
	}
	reply, err := conv.Send(context.Background(), "my email is jo@example.org")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("model saw: ", model.Seen()[0])
	fmt.Println("customer read:", reply.Text)
	// Output:
	// model saw:  my email is <EMAIL_ADDRESS_1>
	// customer read: Thanks, I will write to jo@example.org.
}

// A Restorer lets streamed text through at once and holds back only what
// could be the start of a placeholder.
func ExampleRestorer() {
	v := redact.NewVault(chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"})
	if _, err := v.Placeholder("EMAIL_ADDRESS", "jo@example.org"); err != nil {
		fmt.Println(err)
		return
	}
	r := v.Restorer()
	for _, chunk := range []string{"Mail sent to <EMA", "IL_ADDRESS_1>", " today."} {
		fmt.Printf("%q\n", r.Write(chunk))
	}
	fmt.Printf("%q\n", r.Flush())
	// Output:
	// "Mail sent to "
	// "jo@example.org"
	// " today."
	// ""
}

// Surrogates give the model natural text instead of tags.
func ExampleSurrogate() {
	v := redact.NewVault(chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"})
	fake, _ := v.Surrogate("CREDIT_CARD", "4111 1111 1111 1111")
	fmt.Println(len(fake) == len("4111 1111 1111 1111"), fake != "4111 1111 1111 1111")
	fmt.Println(v.Restore("Charged to " + fake + "."))
	// Output:
	// true true
	// Charged to 4111 1111 1111 1111.
}
