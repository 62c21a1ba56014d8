package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/confide-dev/confide/chat"
)

// BenchmarkAppendTurn appends one turn, a user and an assistant message of
// about 1 KB together, sealed, to one conversation.
func BenchmarkAppendTurn(b *testing.B) {
	question := strings.Repeat("Where is my order? ", 16)[:300]
	answer := strings.Repeat("Your order shipped on Monday and arrives soon. ", 16)[:700]
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			db, _ := be.fresh(b)
			ts := db.Transcripts(newKeyring(b).sealer(b, db.Keys(), nil))
			b.SetBytes(int64(len(question) + len(answer)))
			i := 0
			for b.Loop() {
				sc := scope
				sc.Conversation = fmt.Sprintf("conv-%d", i/100) // Turns per conversation.
				if err := ts.Append(ctx, sc, chat.UserMessage(question), chat.AssistantMessage(answer)); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// BenchmarkLoad loads a conversation of 20 turns.
func BenchmarkLoad(b *testing.B) {
	msg := strings.Repeat("x", 500)
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			db, _ := be.fresh(b)
			ts := db.Transcripts(newKeyring(b).sealer(b, db.Keys(), nil))
			for range 20 {
				if err := ts.Append(ctx, scope, chat.UserMessage(msg), chat.AssistantMessage(msg)); err != nil {
					b.Fatal(err)
				}
			}
			for b.Loop() {
				if _, err := ts.Load(ctx, scope); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
