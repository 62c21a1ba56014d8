// Command quickstart runs a short customer-support conversation end to end
// and prints it. With no configuration it uses Confide's offline scripted
// model, so it needs no keys and no network:
//
//	go run ./examples/quickstart
//
// Set OPENAI_API_KEY, ANTHROPIC_API_KEY or OLLAMA_HOST (and optionally
// CONFIDE_MODEL) to talk to a real provider through langchaingo instead.
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
)

// The customer's side of the demo conversation.
var turns = []string{
	"Hi, I need some help.",
	"Where is order A-10234?",
	"Can I get a refund if it arrives damaged?",
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
	conv, err := chat.NewConversation(choice.Model, scope,
		chat.WithSystemPrompt("You are Acme's support agent. Be brief. Use the order_status tool for order questions."),
		chat.WithStore(store),
		chat.WithTools(orderStatus),
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
		fmt.Fprint(out, "\n\n")
	}

	stored, err := store.Load(ctx, scope)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Stored transcript: %d messages for %s.\n", len(stored), scope)
	return nil
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
