package chat_test

import (
	"context"
	"strings"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
)

// BenchmarkTurn measures the per-turn overhead of Conversation plus an empty
// Chain over the offline model: a 1 KB customer message with 20 turns of
// history. BenchmarkModelOnly is the same model called directly with the
// same request, the baseline to compare against.
func BenchmarkTurn(b *testing.B) {
	ctx := context.Background()
	msg := strings.Repeat("Where is my order, please? ", 40)[:1024]
	model := scripted.New(scripted.Rule{Reply: "Your order shipped on Monday and arrives Thursday."}).WithRecorded(0)
	conv, err := chat.NewConversation(chat.Chain(model), scope, chat.WithHistoryTurns(20))
	if err != nil {
		b.Fatal(err)
	}
	for range 20 {
		if _, err := conv.Send(ctx, msg); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := conv.Send(ctx, msg); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkModelOnly(b *testing.B) {
	ctx := context.Background()
	msg := strings.Repeat("Where is my order, please? ", 40)[:1024]
	model := scripted.New(scripted.Rule{Reply: "Your order shipped on Monday and arrives Thursday."}).WithRecorded(0)
	req := &chat.Request{Scope: scope}
	for range 21 {
		req.Messages = append(req.Messages, chat.UserMessage(msg), chat.AssistantMessage("Your order shipped on Monday and arrives Thursday."))
	}
	req.Messages = req.Messages[:41]
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := model.Generate(ctx, req, nil); err != nil {
			b.Fatal(err)
		}
	}
}
