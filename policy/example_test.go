package policy_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/policy"
)

const examplePolicy = `version: 1
mode: development
controller: {name: Acme Ltd, contact: privacy@acme.example}
service: Acme support chat
provider: {name: Mistral, location: France}
redaction:
  types:
    EMAIL_ADDRESS: {operator: placeholder}
    PASSWORD: {operator: remove}
purposes:
  - key: essential.service
retention:
  - {kind: transcript, keep: 30d}
audit:
  sinks: [slog]
`

// A policy drives the whole pipeline: here without a database or keyring,
// which development mode keeps in memory.
func Example() {
	ctx := context.Background()
	p, err := policy.Parse("policy.yaml", ".", []byte(examplePolicy))
	if err != nil {
		fmt.Println(err)
		return
	}
	stack, err := p.Build(ctx, policy.BuildOptions{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer stack.Close()

	// A model that shows what it was sent.
	model := chat.ModelFunc(func(ctx context.Context, req *chat.Request, _ chat.StreamFunc) (*chat.Response, error) {
		text := req.Messages[len(req.Messages)-1].Text()
		fmt.Println("model sees:", text)
		return &chat.Response{Message: chat.AssistantMessage("I will write to " + text[len("mail me at "):])}, nil
	})
	conv, err := stack.NewConversation(ctx, model, chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	reply, err := conv.Send(ctx, "mail me at ann@example.com")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("customer reads:", reply.Text)
	// Output:
	// model sees: mail me at <EMAIL_ADDRESS_1>
	// customer reads: I will write to ann@example.com
}

// Load reads the example policy of the repository.
func ExampleLoad() {
	p, err := policy.Load("../examples/policy.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	op, _ := p.OperatorOf("CREDIT_CARD")
	fmt.Println(p.Service, "in", p.Mode, "mode")
	fmt.Println("card numbers:", op)
	fmt.Println("risky choices:", len(p.Check()))
	// Output:
	// Acme support chat in development mode
	// card numbers: placeholder
	// risky choices: 0
}

// Errors point at the file, the line and the field.
func ExampleParse_error() {
	_, err := policy.Parse("policy.yaml", ".", []byte(`version: 1
mode: development
controller: {name: Acme Ltd, contact: privacy@acme.example}
service: Acme support chat
provider: {name: Mistral}
redaction:
  types:
    EMAIL_ADDRESS: {operator: shred}
purposes: [{key: essential.service}]
`))
	fmt.Println(err)
	// Output:
	// policy.yaml:8: redaction.types.EMAIL_ADDRESS.operator: unknown operator "shred" (want one of placeholder, surrogate, mask:N, hash, encrypt, remove, keep)
}

// Check flags risky choices, each with the ID of its check.
func ExamplePolicy_Check() {
	p, err := policy.Parse("policy.yaml", ".", []byte(`version: 1
mode: development
controller: {name: Acme Ltd, contact: privacy@acme.example}
service: Acme support chat
provider: {name: Mistral, location: France}
redaction:
  types:
    US_SSN: {operator: keep}
    PASSWORD: {operator: remove}
purposes: [{key: essential.service}]
retention: [{kind: transcript, keep: 3y}]
audit: {sinks: [slog]}
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range p.Check() {
		fmt.Println(f.Line, f.ID)
	}
	// Output:
	// 8 clear-to-model
	// 8 government-id-in-clear
	// 11 long-retention
}

// Diff says what a change means for customers.
func ExampleDiff() {
	old, _ := policy.Parse("old.yaml", ".", []byte(examplePolicy))
	cur, _ := policy.Parse("new.yaml", ".", []byte(examplePolicy+`conversation:
  optional: [analytics]
`))
	cur.Redaction.Types["EMAIL_ADDRESS"] = policy.TypeRule{Operator: "surrogate"}
	for _, s := range policy.Diff(old, cur) {
		fmt.Println(s)
	}
	// Output:
	// email addresses will now be sent to the model as surrogates instead of placeholders
	// a new purpose, analytics, based on consent
	// without consent to analytics, conversations will now run without it
}
