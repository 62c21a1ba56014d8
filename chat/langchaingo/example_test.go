package langchaingo_test

import (
	"context"
	"fmt"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/langchaingo"
	"github.com/tmc/langchaingo/llms"
)

// echoLLM stands in for a langchaingo provider such as openai.New(...): it
// answers with the last thing the customer said.
type echoLLM struct{}

func (e echoLLM) GenerateContent(_ context.Context, msgs []llms.MessageContent, _ ...llms.CallOption) (*llms.ContentResponse, error) {
	last := msgs[len(msgs)-1].Parts[0].(llms.TextContent).Text
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: "You said: " + last, StopReason: "stop"}}}, nil
}

func (e echoLLM) Call(ctx context.Context, prompt string, opts ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, e, prompt, opts...)
}

func ExampleFromModel() {
	model := langchaingo.FromModel(echoLLM{})
	scope := chat.Scope{Tenant: "acme", Subject: "cust-42", Conversation: "conv-1"}
	conv, err := chat.NewConversation(model, scope, chat.WithSystemPrompt("You are a support agent."))
	if err != nil {
		panic(err)
	}
	reply, err := conv.Stream(context.Background(), "Where is my order?", func(c chat.Chunk) error {
		fmt.Printf("chunk: %q\n", c.Text)
		return nil
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(reply.Text)
	// Output:
	// chunk: "You said: Where is my order?"
	// You said: Where is my order?
}

func ExampleToModel() {
	// A Confide model with its middleware, used where langchaingo expects
	// an llms.Model (a chain, an agent).
	audit := func(next chat.Model) chat.Model {
		return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
			fmt.Println("turn for subject", req.Scope.Subject)
			return next.Generate(ctx, req, stream)
		}}
	}
	llm := langchaingo.ToModel(chat.Chain(langchaingo.FromModel(echoLLM{}), audit))

	ctx := chat.ContextWithScope(context.Background(), chat.Scope{Tenant: "acme", Subject: "cust-42", Conversation: "conv-1"})
	out, err := llms.GenerateFromSinglePrompt(ctx, llm, "hello")
	if err != nil {
		panic(err)
	}
	fmt.Println(out)
	// Output:
	// turn for subject cust-42
	// You said: hello
}
