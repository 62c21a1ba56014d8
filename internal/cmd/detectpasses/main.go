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
//
// Instructions are a third of the time or so: the rest is the front end
// of the processor. With --cache-sim=yes --branch-sim=yes and this
// machine's caches (--I1=32768,8,64 --D1=32768,8,64 --LL=1048576,16,64)
// the same difference gives the instruction cache misses (I1mr) and the
// mispredicted branches (Bcm) of a pass: a detector that touches more
// code per message than the instruction cache holds misses it at every
// message, and -types soft and -types nosoft, each alone, show what the
// two halves cost when they do not evict each other.
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
	types := flag.String("types", "all", "the detector's types: all, soft (names, places, addresses...), nosoft, or builtin (the scanner's own recognizers, no registered rules)")
	flag.Parse()
	var opts []redact.Option
	switch *types {
	case "all":
	case "soft":
		opts = append(opts, redact.WithTypes(softTypes...))
	case "nosoft":
		opts = append(opts, redact.WithoutTypes(softTypes...))
	case "builtin":
		opts = append(opts, redact.WithoutDefaultRules())
	default:
		fmt.Fprintf(os.Stderr, "detectpasses: -types is all, soft, nosoft or builtin, not %q\n", *types)
		os.Exit(2)
	}
	if err := run(*corpus, *n, opts); err != nil {
		fmt.Fprintln(os.Stderr, "detectpasses:", err)
		os.Exit(1)
	}
}

// softTypes are the types of the soft recognizer (names, organisations,
// places, addresses), which -types keeps or leaves out.
var softTypes = []string{redact.TypePerson, redact.TypeOrganization, redact.TypeTitle, redact.TypeNRP,
	redact.TypeAge, redact.TypeLocation, redact.TypeStreetAddress, redact.TypeZipCode}

func run(corpus string, n int, opts []redact.Option) error {
	raw, err := os.ReadFile(corpus)
	if err != nil {
		return fmt.Errorf("reading the corpus: %w", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	d, err := redact.NewDetector(opts...)
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
