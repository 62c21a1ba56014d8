package scripted_test

import (
	"context"
	"fmt"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
)

// A scripted model calls a tool, then answers with its result.
func ExampleModel() {
	model := scripted.New(
		scripted.Rule{Contains: "refund", Reply: "Refunds take 5 business days."},
		scripted.Rule{
			Contains:  "order",
			Tool:      &chat.ToolCall{Name: "order_status", Arguments: `{"order":"A-1"}`},
			AfterTool: "Your order {result}.",
		},
	)
	status := chat.Tool{Name: "order_status", Run: func(context.Context, string) (string, error) { return "shipped", nil }}
	conv, _ := chat.NewConversation(model, chat.Scope{Tenant: "t", Subject: "s", Conversation: "c"}, chat.WithTools(status))
	for _, q := range []string{"Where is my order?", "And a refund?"} {
		reply, err := conv.Send(context.Background(), q)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(reply.Text)
	}
	fmt.Println(len(model.Requests()), "model calls")
	// Output:
	// Your order shipped.
	// Refunds take 5 business days.
	// 3 model calls
}
