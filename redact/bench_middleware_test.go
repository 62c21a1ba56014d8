package redact

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
)

// benchMessage is a 1 KB support message with a few values in it.
var benchMessage = func() string {
	base := "Hi, this is Jo Bloggs. My card 4111 1111 1111 1111 was charged twice for order A-1001; " +
		"please refund to the same card and confirm to jo@example.org or call +44 20 7946 0018. "
	return strings.Repeat(base, 1024/len(base)+1)[:1024]
}()

// benchTurns measures a 1 KB message with 20 turns of history, through
// the given middleware (none for the baseline).
func benchTurns(b *testing.B, mws ...chat.Middleware) {
	ctx := context.Background()
	model := scripted.New(scripted.Rule{Reply: "Thanks <PERSON_1>, the refund to <CREDIT_CARD_1> is on its way; we will confirm to <EMAIL_ADDRESS_1>."}).WithRecorded(0)
	conv, err := chat.NewConversation(model, testScope, chat.WithMiddleware(mws...), chat.WithHistoryTurns(20))
	if err != nil {
		b.Fatal(err)
	}
	for range 20 {
		if _, err := conv.Send(ctx, benchMessage); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(benchMessage)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := conv.Send(ctx, benchMessage); err != nil {
			b.Fatal(err)
		}
	}
}

func benchMiddleware(b *testing.B) chat.Middleware {
	d, err := NewDetector()
	if err != nil {
		b.Fatal(err)
	}
	return Middleware(NewRedactor(d), NewVaults(NewMemoryVaultStore()))
}

// BenchmarkTurnBaseline is a turn without redaction: the baseline for
// BenchmarkTurnRedacted.
func BenchmarkTurnBaseline(b *testing.B) { benchTurns(b) }

// BenchmarkTurnRedacted is the same turn with the redact middleware: every
// message of the history is redacted again and the reply restored.
func BenchmarkTurnRedacted(b *testing.B) { benchTurns(b, benchMiddleware(b)) }

// benchFirstChunk measures the time from calling Stream to the first chunk
// the customer receives, over a scripted model that streams a long reply.
func benchFirstChunk(b *testing.B, mws ...chat.Middleware) {
	ctx := context.Background()
	reply := strings.Repeat("Your refund is on its way and will reach <CREDIT_CARD_1> soon. ", 50)
	model := scripted.New(scripted.Rule{Reply: reply}).WithRecorded(0)
	conv, err := chat.NewConversation(chat.Chain(model, mws...), testScope, chat.WithHistoryTurns(1))
	if err != nil {
		b.Fatal(err)
	}
	stop := errFirstChunk
	var total time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		_, err := conv.Stream(ctx, "my card is 4111 1111 1111 1111", func(chat.Chunk) error {
			total += time.Since(start)
			return stop
		})
		if err != stop {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(total.Nanoseconds())/float64(b.N), "ns/first-chunk")
}

var errFirstChunk = stopErr("first chunk")

type stopErr string

func (e stopErr) Error() string { return string(e) }

// BenchmarkFirstChunkBaseline and BenchmarkFirstChunkRedacted compare the
// time to the first chunk without and with the middleware.
func BenchmarkFirstChunkBaseline(b *testing.B) { benchFirstChunk(b) }

// BenchmarkFirstChunkRedacted: see BenchmarkFirstChunkBaseline.
func BenchmarkFirstChunkRedacted(b *testing.B) { benchFirstChunk(b, benchMiddleware(b)) }

// BenchmarkStreamRestore measures the streaming restorer alone over a
// reply cut into 4-byte chunks.
func BenchmarkStreamRestore(b *testing.B) {
	v := NewVault(testScope)
	for _, e := range [][2]string{{"EMAIL_ADDRESS", "jo@example.org"}, {"PERSON", "Jo Bloggs"}, {"CREDIT_CARD", "4111 1111 1111 1111"}} {
		if _, err := v.Placeholder(e[0], e[1]); err != nil {
			b.Fatal(err)
		}
	}
	reply := strings.Repeat("Dear <PERSON_1>, your refund to <CREDIT_CARD_1> is confirmed; Email sent to [email_address_1]. ", 10)
	b.SetBytes(int64(len(reply)))
	b.ReportAllocs()
	for b.Loop() {
		r := v.Restorer()
		for i := 0; i < len(reply); i += 4 {
			r.Write(reply[i:min(i+4, len(reply))])
		}
		r.Flush()
	}
}
