package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"text/tabwriter"

	"github.com/confide-dev/confide/internal/evaluate"
	"github.com/confide-dev/confide/redact"
)

func init() {
	commands["eval"] = command{summary: "score the detector on labelled data", run: runEval}
}

func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", stderr)
	dir := fs.String("corpus", "", "")
	only := fs.String("only", "", "")
	swaps := fs.Int("swap", 0, "")
	lower := fs.Bool("lower", false, "")
	upper := fs.Bool("upper", false, "")
	title := fs.Bool("title", false, "")
	fresh := fs.Bool("fresh", false, "")
	if err := fs.Parse(args); err != nil {
		return errUsage{err.Error()}
	}
	if fs.NArg() > 0 {
		return errUsage{"eval takes no arguments"}
	}
	if *swaps < 0 || *swaps > 0 && *only != "" && *only != "chat" {
		return errUsage{"--swap takes a count of seeds and needs the chat corpus"}
	}
	if *lower && *only != "" && *only != "chat" {
		return errUsage{"--lower needs the chat corpus"}
	}
	if (*upper || *title) && *only != "" && *only != "chat" && *only != "synth" {
		return errUsage{"--upper and --title need the chat corpus or the synthetic dataset"}
	}
	if *fresh && *swaps == 0 {
		return errUsage{"--fresh chooses the pools of --swap N"}
	}
	if *dir == "" {
		for _, d := range []string{"../shared/corpus", "shared/corpus", "../../shared/corpus"} {
			if st, err := os.Stat(d); err == nil && st.IsDir() {
				*dir = d
				break
			}
		}
		if *dir == "" {
			return fmt.Errorf("no corpus found; pass --corpus DIR")
		}
	}
	ctx := context.Background()
	def, err := redact.NewDetector()
	if err != nil {
		return err
	}
	withDates := func(extra ...redact.Option) (*redact.Engine, error) {
		types := append(def.Types(), redact.TypeDateTime)
		return redact.NewDetector(append([]redact.Option{redact.WithTypes(types...)}, extra...)...)
	}
	if *only == "" || *only == "chat" {
		c, err := evaluate.LoadChat(filepath.Join(*dir, "chat"))
		if err != nil {
			return err
		}
		r, err := c.Score(ctx, def, 3)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "== chat corpus: %d messages, %d bytes\n", r.Messages, r.Bytes)
		printChat(stdout, r)
		if *swaps > 0 {
			if err := evalSwapped(ctx, stdout, def, c, *swaps, nil, *fresh); err != nil {
				return err
			}
		}
		for _, v := range caseVariants {
			if !map[string]bool{"lower": *lower, "upper": *upper, "title": *title}[v.flag] {
				continue
			}
			r, err := v.recase(c).Score(ctx, def, 0)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "== chat corpus %s (pasted keys, IBANs, URLs and codes keep their case): %d messages\n", v.how, r.Messages)
			printChat(stdout, r)
			if *swaps > 0 {
				if err := evalSwapped(ctx, stdout, def, c, *swaps, &v, *fresh); err != nil {
					return err
				}
			}
		}
	}
	if *only == "" || *only == "synth" {
		d, err := withDates()
		if err != nil {
			return err
		}
		path := filepath.Join(*dir, "presidio", "synth_dataset_v2.json")
		r, err := evaluate.Synth(ctx, d, path)
		if err != nil {
			return err
		}
		printSynth(stdout, r, "")
		for _, v := range []struct {
			on  bool
			how string
			to  func(prev, r rune) rune
		}{{*upper, "in upper case", evaluate.UpperRune}, {*title, "in title case", evaluate.TitleRune}} {
			if !v.on {
				continue
			}
			r, err := evaluate.SynthRecased(ctx, d, path, v.to)
			if err != nil {
				return err
			}
			printSynth(stdout, r, " "+v.how)
		}
	}
	if *only == "" || *only == "vectors" {
		vs, err := evaluate.LoadVectors(filepath.Join(*dir, "presidio", "presidio_recognizer_vectors.jsonl"))
		if err != nil {
			return err
		}
		r, err := evaluate.Vectors(ctx, vs, func(entity string, c evaluate.VectorConfig) (redact.Detector, []string, error) {
			opts := []redact.Option{redact.WithThreshold(0.01)}
			if len(c.Regions) > 0 {
				opts = append(opts, redact.WithRegions(c.Regions...))
			}
			if c.Leniency >= 0 {
				opts = append(opts, redact.WithPhoneLeniency(redact.PhoneLeniency(c.Leniency)))
			}
			if len(c.DenyList) > 0 {
				opts = append(opts, redact.WithDenyList(entity, c.DenyList...))
			}
			if c.DenyCase {
				opts = append(opts, redact.WithCaseSensitiveDenyLists())
			}
			if c.StrictChecksum {
				opts = append(opts, redact.WithStrictChecksums())
			}
			// A type the detector has but leaves off by default (a
			// country's phone numbers) is on for its own cases.
			if slices.Contains(redact.OptInTypes(), entity) {
				opts = append(opts, redact.WithTypes(entity))
			}
			e, err := withDates(opts...)
			if err != nil {
				return nil, nil, err
			}
			return e, e.Types(), nil
		})
		if err != nil {
			return err
		}
		printVectors(stdout, r)
	}
	return nil
}

// caseVariant is a copy of the chat corpus in another case, chosen by the
// flag of its name.
type caseVariant struct {
	flag   string
	how    string
	recase func(*evaluate.ChatCorpus) *evaluate.ChatCorpus
}

// caseVariants are the copies --lower, --upper and --title score.
var caseVariants = []caseVariant{
	{"lower", "in lower case", (*evaluate.ChatCorpus).Lowered},
	{"upper", "in upper case", (*evaluate.ChatCorpus).Uppered},
	{"title", "with every word capitalised", (*evaluate.ChatCorpus).Titled},
}

// evalSwapped scores n value-swapped copies of the chat corpus (seeds 1 to
// n), recased by cased when it is not nil, from the fresh pools with
// fresh, and prints their summed table.
func evalSwapped(ctx context.Context, w io.Writer, d redact.Detector, c *evaluate.ChatCorpus, n int, cased *caseVariant, fresh bool) error {
	sum := &evaluate.ChatResult{}
	kept := map[string]int{}
	swap := c.Swapped
	if fresh {
		swap = c.SwappedFresh
	}
	for seed := 1; seed <= n; seed++ {
		sc := swap(uint64(seed))
		scored := sc
		if cased != nil {
			scored = cased.recase(sc)
		}
		r, err := scored.Score(ctx, d, 0)
		if err != nil {
			return err
		}
		sum.Add(r)
		for t, k := range sc.Kept {
			kept[t] += k
		}
	}
	how := ""
	if fresh {
		how = ", fresh pools never tuned on"
	}
	if cased != nil {
		how += ", " + cased.how
	}
	fmt.Fprintf(w, "== value-swapped chat corpus (same templates, invented values%s), seeds 1 to %d summed: %d messages, %d bytes\n", how, n, sum.Messages, sum.Bytes)
	types := make([]string, 0, len(kept))
	for t := range kept {
		types = append(types, t)
	}
	sort.Strings(types)
	if len(types) > 0 {
		fmt.Fprint(w, "values kept unswapped (shape not recognised):")
		for _, t := range types {
			fmt.Fprintf(w, " %s %d", t, kept[t])
		}
		fmt.Fprintln(w)
	}
	printChat(w, sum)
	return nil
}

// printChat prints the chat tables of r, and the throughput when r was
// timed.
func printChat(w io.Writer, r *evaluate.ChatResult) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "type\tsupport\tTP\tFP\tFN\tprecision\trecall\tF2\t")
	types := make([]string, 0, len(r.PerType))
	for t := range r.PerType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := r.PerType[t]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", t, c.TP+c.FN, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F2())
	}
	c := r.Overall
	fmt.Fprintf(tw, "ALL\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", c.TP+c.FN, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F2())
	tw.Flush()
	fmt.Fprintln(w, "decoys (pii:false spans touched by a finding):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "decoy\ttotal\ttouched\t")
	types = types[:0]
	for t := range r.DecoyTotal {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		fmt.Fprintf(tw, "%s\t%d\t%d\t\n", t, r.DecoyTotal[t], r.Decoys[t])
	}
	tw.Flush()
	if r.Elapsed > 0 {
		fmt.Fprintf(w, "throughput: %.1f MB/s (one goroutine, %v)\n", r.MBps(), r.Elapsed.Round(1000))
	}
	fmt.Fprintln(w)
}

func printSynth(w io.Writer, r *evaluate.SynthResult, how string) {
	fmt.Fprintf(w, "== presidio synthetic dataset%s: %d samples\n", how, r.Samples)
	p, t := r.PII, r.Typed
	fmt.Fprintf(w, "PII level (type ignored): P %.3f  R %.3f  F2 %.3f  (TP %d FP %d FN %d)\n", p.Precision(), p.Recall(), p.F2(), p.TP, p.FP, p.FN)
	fmt.Fprintf(w, "one-to-one typed, IoU>=0.9: P %.3f  R %.3f  F2 %.3f  (TP %d FP %d FN %d)\n", t.Precision(), t.Recall(), t.F2(), t.TP, t.FP, t.FN)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "type\tTP\tFP\tFN\trecall\t")
	types := make([]string, 0, len(r.PerType))
	for k := range r.PerType {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		c := r.PerType[k]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t\n", k, c.TP, c.FP, c.FN, c.Recall())
	}
	tw.Flush()
	fmt.Fprintf(w, "throughput: %.1f MB/s\n\n", float64(r.Bytes)/1e6/r.Elapsed.Seconds())
}

func printVectors(w io.Writer, r *evaluate.VectorResult) {
	fmt.Fprintln(w, "== presidio recognizer vectors (threshold 0.01)")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "type\tsupported\tpositive\tnegative\tskipped(NER)\t")
	types := make([]string, 0, len(r.PerType))
	for k := range r.PerType {
		types = append(types, k)
	}
	slices.Sort(types)
	supported, good := 0, 0
	for _, k := range types {
		c := r.PerType[k]
		sup := r.Supported[k]
		mark := "no"
		if sup {
			mark = "yes"
			supported++
			if rate(c.PosPass, c.Pos) >= 0.95 && c.NegPass == c.Neg {
				good++
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%d/%d %.0f%%\t%d/%d %.0f%%\t%d\t\n", k, mark, c.PosPass, c.Pos, 100*rate(c.PosPass, c.Pos), c.NegPass, c.Neg, 100*rate(c.NegPass, c.Neg), c.Skipped)
	}
	tw.Flush()
	fmt.Fprintf(w, "supported types: %d of %d; meeting >=95%% positive and 100%% negative: %d\n\n", supported, len(types), good)
}

func rate(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
