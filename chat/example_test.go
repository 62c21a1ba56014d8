package chat_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
)

func ExampleConversation_Send() {
	model := scripted.New(scripted.Rule{Contains: "refund", Reply: "Refunds take 5 business days."})
	scope := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}
	conv, err := chat.NewConversation(model, scope, chat.WithSystemPrompt("You are a support agent."))
	if err != nil {
		fmt.Println(err)
		return
	}
	reply, err := conv.Send(context.Background(), "How long does a refund take?")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(reply.Text)
	// Output: Refunds take 5 business days.
}

func ExampleConversation_Stream() {
	model := scripted.New(scripted.Rule{Reply: "Your order is on its way."})
	conv, _ := chat.NewConversation(model, chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"})
	_, err := conv.Stream(context.Background(), "Where is my order?", func(c chat.Chunk) error {
		fmt.Printf("[%s]", c.Text)
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	// Output: [Your][ order][ is][ on][ its][ way.]
}

// A middleware that shouts: it rewrites the reply on its way out.
func ExampleMiddleware() {
	shout := func(next chat.Model) chat.Model {
		return chat.ModelFunc(func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
			resp, err := next.Generate(ctx, req, nil)
			if err != nil {
				return nil, err
			}
			resp.Message = chat.AssistantMessage(strings.ToUpper(resp.Message.Text()))
			return resp, nil
		})
	}
	model := chat.Chain(scripted.New(scripted.Rule{Reply: "hello"}), shout)
	resp, _ := model.Generate(context.Background(), &chat.Request{Messages: []chat.Message{chat.UserMessage("hi")}}, nil)
	fmt.Println(resp.Message.Text())
	// Output: HELLO
}

func ExampleTool() {
	model := scripted.New(scripted.Rule{
		Tool:      &chat.ToolCall{Name: "weather", Arguments: `{"city":"Paris"}`},
		AfterTool: "It is {result} in Paris.",
	})
	weather := chat.Tool{
		Name:        "weather",
		Description: "Current weather in a city.",
		Run: func(ctx context.Context, args string) (string, error) {
			return "sunny", nil
		},
	}
	conv, _ := chat.NewConversation(model, chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}, chat.WithTools(weather))
	reply, err := conv.Send(context.Background(), "What's the weather?")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(reply.Text)
	// Output: It is sunny in Paris.
}
