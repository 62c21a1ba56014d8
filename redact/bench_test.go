package redact

import (
	"context"
	"os"
	"strings"
	"testing"
)

const chatCorpus = "../../shared/corpus/chat/corpus.txt"

// loadChat reads the chat corpus, one message per line, or skips.
func loadChat(b testing.TB) []string {
	raw, err := os.ReadFile(chatCorpus)
	if err != nil {
		b.Skipf("chat corpus not found at %s (it lives outside the repository): %v", chatCorpus, err)
	}
	return strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
}

// bytesOf returns the length of all lines together.
func bytesOf(lines []string) int {
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	return n
}

// BenchmarkDetectChat measures throughput over the chat corpus with every
// default recognizer on, one message per call, on one goroutine.
func BenchmarkDetectChat(b *testing.B) {
	lines := loadChat(b)
	benchChat(b, lines)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(lines)), "ns/msg")
}

// BenchmarkDetectChatSubsets is BenchmarkDetectChat for detectors of
// fewer types: without the soft types (names, organisations, places,
// addresses), whose recognizer then does not run, and with the
// structured types of the issue alone (email, phone, card, IBAN, SSN, IP),
// and with the soft types alone.
func BenchmarkDetectChatSubsets(b *testing.B) {
	lines := loadChat(b)
	b.Run("nosoft", func(b *testing.B) {
		benchChat(b, lines, WithoutTypes(softTypeNames[:]...))
	})
	b.Run("structured", func(b *testing.B) {
		benchChat(b, lines, WithTypes(TypeEmailAddress, TypePhoneNumber, TypeCreditCard, TypeIBAN, TypeUSSSN, TypeIPAddress))
	})
	b.Run("soft", func(b *testing.B) {
		benchChat(b, lines, WithTypes(softTypeNames[:]...))
	})
}

// BenchmarkDetectBuiltin is BenchmarkDetectChat without the registered
// rules and recognizers: the single-pass scanner alone.
func BenchmarkDetectBuiltin(b *testing.B) {
	benchChat(b, loadChat(b), WithoutDefaultRules())
}

// benchChat runs a detector built from opts over lines, one message per
// call, and reports bytes and allocations a pass.
func benchChat(b *testing.B, lines []string, opts ...Option) {
	e, err := NewDetector(opts...)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(bytesOf(lines)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			if _, err := e.Detect(ctx, l); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkDetectChatWarm is BenchmarkDetectChat with each message
// detected four times in a row, so that the code and the branch history
// of its path are warm for the last three: its MB/s against
// BenchmarkDetectChat's in the same run tells how much of the time cold
// caches cost (see README.md#speed).
func BenchmarkDetectChatWarm(b *testing.B) {
	lines := loadChat(b)
	e, err := NewDetector()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	const repeats = 4
	b.SetBytes(int64(repeats * bytesOf(lines)))
	for b.Loop() {
		for _, l := range lines {
			for range repeats {
				if _, err := e.Detect(ctx, l); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}

// BenchmarkDetectLarge runs one 10 MB message built from the corpus.
func BenchmarkDetectLarge(b *testing.B) {
	benchOne(b, largeText(b))
}

// BenchmarkDetectLargeCapitals is BenchmarkDetectLarge in capitals, which
// the soft recognizer reads twice (see readShouted): compare its MB/s
// with BenchmarkDetectLarge's in the same run.
func BenchmarkDetectLargeCapitals(b *testing.B) {
	benchOne(b, strings.ToUpper(largeText(b)))
}

// largeText returns 10 MB of the chat corpus's lines.
func largeText(b *testing.B) string {
	lines := loadChat(b)
	var sb strings.Builder
	for sb.Len() < 10<<20 {
		for _, l := range lines {
			sb.WriteString(l)
			sb.WriteByte('\n')
		}
	}
	return sb.String()[:10<<20]
}

// BenchmarkDetectDigits runs a 1 MB run of digits, digits with
// separators, dotted labels and base64-like pieces, which must stay
// linear (compare MB/s with BenchmarkDetectLarge).
func BenchmarkDetectDigits(b *testing.B) {
	b.Run("plain", func(b *testing.B) { benchOne(b, strings.Repeat("4", 1<<20)) })
	b.Run("spaced", func(b *testing.B) { benchOne(b, strings.Repeat("12 ", 1<<20/3)) })
	b.Run("dotted", func(b *testing.B) { benchOne(b, strings.Repeat("1.", 1<<19)) })
	b.Run("colons", func(b *testing.B) { benchOne(b, strings.Repeat("a:", 1<<19)) })
	// Every label or base64 piece starts a word: host names and tokens
	// must not be measured again from each of them.
	b.Run("labels", func(b *testing.B) { benchOne(b, strings.Repeat("a.", 1<<19)) })
	b.Run("base64", func(b *testing.B) { benchOne(b, strings.Repeat("aB3+", 1<<18)) })
	// A value after every keyword runs to the end of the text.
	b.Run("keywords", func(b *testing.B) { benchOne(b, strings.Repeat("token:", 1<<20/6)) })
	// Every keyword starts a value that runs to the end of the text.
	b.Run("values", func(b *testing.B) { benchOne(b, strings.Repeat("token:Ab1=", 1<<20/10)) })
	// Every keyword's value is tested for a connection string's pairs,
	// a variable, a rule list and a bracket it closes: each test reads
	// a bounded window of a value that runs to the end.
	b.Run("pairs", func(b *testing.B) { benchOne(b, strings.Repeat("password=abc|de|", 1<<20/16)) })
	// Every "-p" looks back for a MySQL command, within its line.
	b.Run("glued", func(b *testing.B) { benchOne(b, strings.Repeat("mysql -pAb1cd2 ", 1<<20/16)) })
	b.Run("forms", func(b *testing.B) { benchOne(b, strings.Repeat("pwd=Ab1&x=", 1<<20/10)) })
	b.Run("variables", func(b *testing.B) { benchOne(b, strings.Repeat("key=$ab_", 1<<20/8)) })
	b.Run("brackets", func(b *testing.B) { benchOne(b, strings.Repeat("pwd: (x)", 1<<20/8)) })
	// Every label of a user and a password reads the run after a slash:
	// each reads at most 256 bytes.
	b.Run("userpass", func(b *testing.B) { benchOne(b, strings.Repeat("user and password: a / ", 1<<20/23)) })
	// Every PEM header starts a walk over armor lines: each is bounded.
	b.Run("armor", func(b *testing.B) {
		benchOne(b, strings.Repeat("-----BEGIN PGP SIGNATURE-----\nHash: x ", 1<<20/38))
	})
	// Every word start in a run of token body bytes starts a prefixed
	// token: the run, its dots and its classes are read once (secretRun).
	b.Run("jwt", func(b *testing.B) { benchOne(b, strings.Repeat("eyJ1.", 1<<20/5)) })
	b.Run("prefixes", func(b *testing.B) { benchOne(b, strings.Repeat("sk-", 1<<20/3)) })
	// A value after "key=" runs to the end and overlaps every key after
	// it: one cluster of thousands of candidates (see keepCovered).
	b.Run("keyed", func(b *testing.B) { benchOne(b, "key="+strings.Repeat("AKIAQ5CFTPR50YAI20LL,", 1<<20/21)) })
	// Every parameter of a query is read for a secret: once per link.
	b.Run("query", func(b *testing.B) {
		benchOne(b, strings.Repeat("https://a.io/?key=aB3dE5fG7hJ9kL1mN2&sig=", 1<<20/41))
	})
	b.Run("pathpairs", func(b *testing.B) {
		benchOne(b, "https://a.io/"+strings.Repeat(":_authToken=npm_aB3dE5f/", 1<<20/24))
	})
	b.Run("queryjoined", func(b *testing.B) {
		benchOne(b, "https://a.io/?"+strings.Repeat("token=aB3dE5fG7hJ9kL1mN2&", 1<<20/25))
	})
	// Rule matches one after another in a text that is not all ASCII:
	// no match may read the rest of the text again.
	b.Run("nonascii", func(b *testing.B) { benchOne(b, strings.Repeat("1234567890 ", 1<<20/11)+"é") })
}

func benchOne(b *testing.B, text string) {
	e, err := NewDetector()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := e.Detect(ctx, text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkByteLoop is the floor for BenchmarkDetectChat: one trivial
// pass over the bytes of each message (counting digits), so throughput
// can be compared on a noisy machine as a ratio measured in the same run.
func BenchmarkByteLoop(b *testing.B) {
	lines := loadChat(b)
	total := bytesOf(lines)
	b.SetBytes(int64(total))
	n := 0
	for b.Loop() {
		for _, l := range lines {
			for i := 0; i < len(l); i++ {
				if isDigit(l[i]) {
					n++
				}
			}
		}
	}
	if n < 0 {
		b.Fatal("unreachable")
	}
}

// BenchmarkNewDetector measures building the default detector: the keyword
// table, the rule automata and the gazetteer.
func BenchmarkNewDetector(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewDetector(); err != nil {
			b.Fatal(err)
		}
	}
}
