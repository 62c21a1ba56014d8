package evaluate

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
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

type chatLabel struct {
	Line  int `json:"line"`
	Spans []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Type  string `json:"type"`
		PII   bool   `json:"pii"`
	} `json:"spans"`
}

// Chat scores d on dir/corpus.txt with dir/corpus.labels.jsonl.
func Chat(ctx context.Context, d redact.Detector, dir string) (*ChatResult, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "corpus.txt"))
	if err != nil {
		return nil, fmt.Errorf("evaluate: chat corpus: %w", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	f, err := os.Open(filepath.Join(dir, "corpus.labels.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("evaluate: chat labels: %w", err)
	}
	defer f.Close()
	labels := map[int]chatLabel{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var l chatLabel
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("evaluate: chat labels line %d: %w", n, err)
		}
		labels[l.Line] = l
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evaluate: chat labels: %w", err)
	}
	res := &ChatResult{PerType: map[string]*Counts{}, Decoys: map[string]int{}, DecoyTotal: map[string]int{}}
	// Detection is timed alone, one message at a time, on one goroutine:
	// the best of three passes after a warm-up pass (lazy tables, pools).
	preds := make([][]redact.Finding, len(lines))
	for _, line := range lines {
		res.Bytes += len(line)
	}
	for pass := 0; pass < 4; pass++ {
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
		c := res.PerType[t]
		if c == nil {
			c = &Counts{}
			res.PerType[t] = c
		}
		return c
	}
	for i, line := range lines {
		var gold []Span
		var decoys []Span
		for _, s := range labels[i].Spans {
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
	for _, c := range res.PerType {
		res.Overall.Add(*c)
	}
	return res, nil
}

// MBps is the detection throughput in megabytes (10^6 bytes) per second.
func (r *ChatResult) MBps() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Bytes) / 1e6 / r.Elapsed.Seconds()
}
