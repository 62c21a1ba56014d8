// Command quickstart runs a short customer-support conversation end to end
// and prints it. With no configuration it uses Confide's offline scripted
// model, so it needs no keys and no network:
//
//	go run ./examples/quickstart
//
// Set OPENAI_API_KEY, ANTHROPIC_API_KEY or OLLAMA_HOST (and optionally
// CONFIDE_MODEL) to talk to a real provider through langchaingo instead.
//
// For each turn it prints what the customer typed, what the model saw
// (personal data replaced by placeholders by the redact middleware) and
// what the customer read (the placeholders restored).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/examples/internal/provider"
	"github.com/confide-dev/confide/redact"
)

// The customer's side of the demo conversation.
var turns = []string{
	"Hi, I need some help.",
	"Where is order A-10234?",
	"Please change my email to jo.bloggs@example.org, my old one was jo@example.net",
	"My card 4111 1111 1111 1111 was charged twice. Can I get a refund?",
	"Thanks!",
}

func main() {
	if err := run(context.Background(), os.Stdout, os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out io.Writer, getenv func(string) string) error {
	choice, err := provider.FromEnv(getenv)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Model: %s\n\n", choice.Name)

	// One scope per conversation: whose data this is. Use stable internal
	// IDs, never a customer's email or name.
	scope := chat.Scope{Tenant: "acme", Subject: "customer-1042", Conversation: "support-1"}
	store := chat.NewMemoryStore()

	// The redact middleware replaces personal data with placeholders before
	// the model sees it and restores them in the reply.
	detector, err := redact.NewDetector()
	if err != nil {
		return err
	}
	redactor := redact.NewRedactor(detector)
	vaults := redact.NewVaults(redact.NewMemoryVaultStore())
	var saw modelView
	conv, err := chat.NewConversation(choice.Model, scope,
		chat.WithSystemPrompt("You are Acme's support agent. Be brief. Use the order_status tool for order questions. "+
			"Placeholders such as <EMAIL_ADDRESS_1> stand for the customer's data: repeat them exactly."),
		chat.WithStore(store),
		chat.WithTools(orderStatus),
		chat.WithMiddleware(redact.Middleware(redactor, vaults), saw.record),
	)
	if err != nil {
		return err
	}

	for _, text := range turns {
		fmt.Fprintf(out, "customer:  %s\n", text)
		fmt.Fprint(out, "assistant: ")
		_, err := conv.Stream(ctx, text, func(c chat.Chunk) error {
			if c.ToolCall != nil {
				fmt.Fprintf(out, "[calls %s %s] ", c.ToolCall.Name, c.ToolCall.Arguments)
				return nil
			}
			_, err := io.WriteString(out, c.Text)
			return err
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "\n  model saw:  %s\n  model said: %s\n\n", saw.input, saw.output)
	}

	stored, err := store.Load(ctx, scope)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Stored transcript: %d messages for %s.\n", len(stored), scope)
	return nil
}

// modelView records what crosses the boundary to the model: it sits inside
// the redact middleware, so it sees the redacted request and the reply
// before restoration.
type modelView struct{ input, output string }

func (v *modelView) record(next chat.Model) chat.Model {
	return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
		for _, m := range req.Messages {
			if m.Role == chat.RoleUser {
				v.input = m.Text()
			}
		}
		resp, err := next.Generate(ctx, req, stream)
		if err == nil {
			v.output = resp.Message.Text()
			for _, c := range resp.Message.ToolCalls() {
				v.output += fmt.Sprintf(" [calls %s %s]", c.Name, c.Arguments)
			}
		}
		return resp, err
	}}
}

// orderStatus is the tool the model calls to look up an order.
var orderStatus = chat.Tool{
	Name:        "order_status",
	Description: "Looks up the shipping status of an order by its number.",
	Parameters:  json.RawMessage(`{"type":"object","properties":{"order":{"type":"string","description":"order number, e.g. A-10234"}},"required":["order"]}`),
	Run: func(ctx context.Context, args string) (string, error) {
		var in struct {
			Order string `json:"order"`
		}
		if err := json.Unmarshal([]byte(args), &in); err != nil {
			return "", fmt.Errorf("bad arguments: %w", err)
		}
		if strings.TrimSpace(in.Order) == "" {
			return "", fmt.Errorf("no order number given")
		}
		return "shipped on Monday with tracking 1Z999, arriving Thursday", nil
	},
}
