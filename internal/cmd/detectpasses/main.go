// Command detectpasses runs the default detector over the chat corpus a
// given number of times, for counting the instructions of a pass under a
// simulator, which shared and noisy machines do not disturb:
//
//	go build -o /tmp/detectpasses ./internal/cmd/detectpasses
//	for n in 2 10; do
//		GOGC=off GOMAXPROCS=1 valgrind --tool=cachegrind --cache-sim=no \
//			--cachegrind-out-file=/tmp/cg.$n /tmp/detectpasses -n $n
//	done
//
// An eighth of the difference of the two totals ("I refs") is one pass,
// without building the detector; cg_annotate on each file gives it by
// function. With the collector off and one thread the runtime's own work
// still varies by a few hundred thousand instructions between runs:
// compare the functions of the detector, or passes far apart as here.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/confide-dev/confide/redact"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus/chat/corpus.txt", "chat corpus, one message per line")
	n := flag.Int("n", 1, "passes over the corpus")
	flag.Parse()
	if err := run(*corpus, *n); err != nil {
		fmt.Fprintln(os.Stderr, "detectpasses:", err)
		os.Exit(1)
	}
}

func run(corpus string, n int) error {
	raw, err := os.ReadFile(corpus)
	if err != nil {
		return fmt.Errorf("reading the corpus: %w", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	d, err := redact.NewDetector()
	if err != nil {
		return fmt.Errorf("building the detector: %w", err)
	}
	ctx := context.Background()
	found := 0
	for range n {
		for _, l := range lines {
			fs, err := d.Detect(ctx, l)
			if err != nil {
				return err
			}
			found += len(fs)
		}
	}
	fmt.Printf("%d passes over %d messages, %d findings\n", n, len(lines), found)
	return nil
}
