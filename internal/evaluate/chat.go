package evaluate

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/confide-dev/confide/redact"
)

// ChatTypes maps the chat corpus's labels to the detector's entity types.
var ChatTypes = map[string]string{
	"PHONE": redact.TypePhoneNumber, "EMAIL": redact.TypeEmailAddress,
	"IPV4": redact.TypeIPAddress, "IPV6": redact.TypeIPAddress,
	"SSN": redact.TypeUSSSN, "DOB": redact.TypeDateOfBirth,
	"CREDIT_CARD": redact.TypeCreditCard, "IBAN": redact.TypeIBAN,
	"AWS_ACCESS_KEY": redact.TypeAWSAccessKey, "AWS_SECRET_KEY": redact.TypeAWSSecretKey,
	"STRIPE_KEY": redact.TypeStripeKey, "GITHUB_TOKEN": redact.TypeGitHubToken,
	"SLACK_TOKEN": redact.TypeSlackToken, "URL": redact.TypeURL,
	"PERSON": "PERSON", "ADDRESS": "ADDRESS",
}

// canonical folds the detector's location types into the corpus's
// ADDRESS label.
func canonical(t string) string {
	switch t {
	case "STREET_ADDRESS", "LOCATION", "ADDRESS", "GPE":
		return "ADDRESS"
	}
	return t
}

// ChatResult is the score on the chat corpus.
type ChatResult struct {
	PerType    map[string]*Counts // by detector type; predicted types the corpus does not label count as FP
	Overall    Counts
	Decoys     map[string]int // decoy label -> decoys touched by a finding
	DecoyTotal map[string]int
	Messages   int
	Bytes      int
	Elapsed    time.Duration
}

// ChatSpan is one labelled span of a chat message in UTF-8 byte offsets,
// end exclusive. PII is false for a decoy: a look-alike that must be left
// alone.
type ChatSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"` // the corpus's label: PERSON, PHONE, CC_INVALID, ...
	PII   bool   `json:"pii"`
}

// ChatCorpus is the chat corpus in memory: one message per line and, for
// each line, its labelled spans sorted by start.
type ChatCorpus struct {
	Lines []string
	Spans [][]ChatSpan // Spans[i] labels Lines[i]

	// Kept counts, by label, the values [ChatCorpus.Swapped] left as they
	// were because it did not recognise their shape. Nil for a corpus read
	// from disk.
	Kept map[string]int
}

// LoadChat reads dir/corpus.txt and dir/corpus.labels.jsonl.
func LoadChat(dir string) (*ChatCorpus, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "corpus.txt"))
	if err != nil {
		return nil, fmt.Errorf("evaluate: chat corpus: %w", err)
	}
	c := &ChatCorpus{Lines: strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")}
	c.Spans = make([][]ChatSpan, len(c.Lines))
	f, err := os.Open(filepath.Join(dir, "corpus.labels.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("evaluate: chat labels: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var l struct {
			Line  int        `json:"line"`
			Spans []ChatSpan `json:"spans"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("evaluate: chat labels line %d: %w", n, err)
		}
		if l.Line < 0 || l.Line >= len(c.Lines) {
			return nil, fmt.Errorf("evaluate: chat labels line %d: message %d out of range", n, l.Line)
		}
		for _, s := range l.Spans {
			if s.Start < 0 || s.Start > s.End || s.End > len(c.Lines[l.Line]) {
				return nil, fmt.Errorf("evaluate: chat labels line %d: span %d-%d out of range", n, s.Start, s.End)
			}
		}
		slices.SortStableFunc(l.Spans, func(a, b ChatSpan) int { return cmp.Compare(a.Start, b.Start) })
		c.Spans[l.Line] = l.Spans
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evaluate: chat labels: %w", err)
	}
	return c, nil
}

// Chat scores d on dir/corpus.txt with dir/corpus.labels.jsonl, timing
// three passes; see [ChatCorpus.Score].
func Chat(ctx context.Context, d redact.Detector, dir string) (*ChatResult, error) {
	c, err := LoadChat(dir)
	if err != nil {
		return nil, err
	}
	return c.Score(ctx, d, 3)
}

// Score runs d on every message of c, one at a time, and scores the
// findings against the labels. With timed > 0 detection runs once to warm
// up (lazy tables, pools) and then timed more times on one goroutine, and
// the result's Elapsed is the best of those; with timed <= 0 it runs once
// and Elapsed stays zero.
func (c *ChatCorpus) Score(ctx context.Context, d redact.Detector, timed int) (*ChatResult, error) {
	res := &ChatResult{PerType: map[string]*Counts{}, Decoys: map[string]int{}, DecoyTotal: map[string]int{}}
	lines := c.Lines
	preds := make([][]redact.Finding, len(lines))
	for _, line := range lines {
		res.Bytes += len(line)
	}
	for pass := 0; pass <= max(timed, 0); pass++ {
		start := time.Now()
		for i, line := range lines {
			fs, err := d.Detect(ctx, line)
			if err != nil {
				return nil, fmt.Errorf("evaluate: line %d: %w", i, err)
			}
			preds[i] = fs
		}
		if el := time.Since(start); pass > 0 && (res.Elapsed == 0 || el < res.Elapsed) {
			res.Elapsed = el
		}
	}
	res.Messages = len(lines)
	get := func(t string) *Counts {
		n := res.PerType[t]
		if n == nil {
			n = &Counts{}
			res.PerType[t] = n
		}
		return n
	}
	for i, line := range lines {
		var gold []Span
		var decoys []Span
		for _, s := range c.Spans[i] {
			if !s.PII {
				decoys = append(decoys, Span{s.Start, s.End, s.Type})
				res.DecoyTotal[s.Type]++
				continue
			}
			t, ok := ChatTypes[s.Type]
			if !ok {
				t = s.Type
			}
			gold = append(gold, Span{s.Start, s.End, canonical(t)})
		}
		var pred []Span
		for _, f := range preds[i] {
			pred = append(pred, Span{f.Start, f.End, canonical(f.Type)})
		}
		g2p, p2g := Match(line, gold, pred, func(g, p string) bool { return g == p })
		for gi, p := range g2p {
			if p >= 0 {
				get(gold[gi].Type).TP++
			} else {
				get(gold[gi].Type).FN++
			}
		}
		for pi, g := range p2g {
			if g < 0 {
				get(pred[pi].Type).FP++
			}
		}
		for _, dc := range decoys {
			for _, p := range pred {
				if p.Start < dc.End && dc.Start < p.End {
					res.Decoys[dc.Type]++
					break
				}
			}
		}
	}
	for _, n := range res.PerType {
		res.Overall.Add(*n)
	}
	return res, nil
}

// Add adds the counts, message and byte totals and time of o to r, to sum
// the results of several corpora. The zero ChatResult is ready to add to.
func (r *ChatResult) Add(o *ChatResult) {
	if r.PerType == nil {
		r.PerType, r.Decoys, r.DecoyTotal = map[string]*Counts{}, map[string]int{}, map[string]int{}
	}
	for t, c := range o.PerType {
		if r.PerType[t] == nil {
			r.PerType[t] = &Counts{}
		}
		r.PerType[t].Add(*c)
	}
	r.Overall.Add(o.Overall)
	for t, n := range o.Decoys {
		r.Decoys[t] += n
	}
	for t, n := range o.DecoyTotal {
		r.DecoyTotal[t] += n
	}
	r.Messages += o.Messages
	r.Bytes += o.Bytes
	r.Elapsed += o.Elapsed
}

// MBps is the detection throughput in megabytes (10^6 bytes) per second.
func (r *ChatResult) MBps() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Bytes) / 1e6 / r.Elapsed.Seconds()
}
