package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/confide-dev/confide/minimize"
)

func init() {
	commands["purge"] = command{summary: "delete the records a retention policy no longer allows", run: runPurge}
}

// maxPolicyFile bounds the size of a policy file; real ones are a few
// lines.
const maxPolicyFile = 1 << 20

// policyJSON is one entry of a policy file.
type policyJSON struct {
	Kind    string `json:"kind"`
	Purpose string `json:"purpose"`
	Keep    string `json:"keep"`
}

// runPurge applies the retention policies of a file to a database: every
// transcript message and vault entry older than its kind's lifetime goes,
// in every tenant.
func runPurge(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var o opFlags
	fs := newFlagSet("purge", stderr)
	fs.StringVar(&o.db, "db", os.Getenv(envDB), "")
	policyFile := fs.String("policy", "", "")
	dryRun := fs.Bool("dry-run", false, "")
	nowFlag := fs.String("now", "", "")
	if err := fs.Parse(args); err != nil {
		return errUsage{err.Error()}
	}
	if fs.NArg() > 0 {
		return errUsage{"purge takes no arguments besides its flags"}
	}
	if *policyFile == "" {
		return errUsage{"--policy FILE is required"}
	}
	now := time.Now()
	if *nowFlag != "" {
		t, err := time.Parse(time.RFC3339Nano, *nowFlag)
		if err != nil {
			return errUsage{fmt.Sprintf("--now %q is not an RFC 3339 time such as 2026-03-04T05:06:07Z", *nowFlag)}
		}
		now = t
	}
	policies, err := readPolicies(*policyFile)
	if err != nil {
		return err
	}
	ctx := context.Background()
	db, err := o.openDB(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	purgers := db.Purgers()
	for i, p := range policies {
		if purgers[p.Kind] == nil {
			return fmt.Errorf("policy file %s: policy %d: kind %q is not one purge handles (transcript, vault)", *policyFile, i+1, p.Kind)
		}
	}

	report, err := minimize.Purge(ctx, policies, purgers, now.UTC(), *dryRun)
	if report != nil {
		fmt.Fprint(stdout, report.String())
	}
	if err != nil {
		return err
	}
	if *dryRun {
		fmt.Fprintf(stdout, "would purge %d records in %d kinds at %s; run without --dry-run to delete them\n",
			report.Total(), len(report.Kinds), now.UTC().Format(time.RFC3339))
	} else {
		fmt.Fprintf(stdout, "purged %d records in %d kinds at %s\n", report.Total(), len(report.Kinds), now.UTC().Format(time.RFC3339))
	}
	return nil
}

// readPolicies reads a policy file: a JSON array of {"kind", "purpose",
// "keep"}, with keep a Go duration ("720h") or whole days ("30d"). Errors
// name the file and the policy's position.
func readPolicies(path string) ([]minimize.Retention, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("policy file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxPolicyFile+1))
	if err != nil {
		return nil, fmt.Errorf("policy file %s: %w", path, err)
	}
	if len(data) > maxPolicyFile {
		return nil, fmt.Errorf("policy file %s: larger than %d bytes", path, maxPolicyFile)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var raw []policyJSON
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("policy file %s: not a JSON array of {\"kind\", \"purpose\", \"keep\"}: %w", path, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("policy file %s: text after the JSON array", path)
	}
	if len(raw) == 0 {
		return nil, fmt.Errorf("policy file %s: no policies", path)
	}
	out := make([]minimize.Retention, len(raw))
	for i, p := range raw {
		if p.Kind == "" {
			return nil, fmt.Errorf("policy file %s: policy %d: kind is missing", path, i+1)
		}
		keep, err := parseKeep(p.Keep)
		if err != nil {
			return nil, fmt.Errorf("policy file %s: policy %d (%s): keep: %w", path, i+1, p.Kind, err)
		}
		out[i] = minimize.Retention{Kind: p.Kind, Purpose: p.Purpose, Keep: keep}
	}
	return out, nil
}

// parseKeep reads a lifetime: whole days ("30d") or a Go duration
// ("720h", "90m"). It must be positive.
func parseKeep(s string) (time.Duration, error) {
	if s == "" {
		return 0, errors.New("missing (a duration such as \"30d\" or \"720h\")")
	}
	var d time.Duration
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseInt(days, 10, 64)
		const maxDays = int64(1<<63-1) / int64(24*time.Hour)
		if err != nil || n > maxDays || n < -maxDays {
			return 0, fmt.Errorf("%q is not a whole number of days such as \"30d\"", s)
		}
		d = time.Duration(n) * 24 * time.Hour
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("%q is not a duration such as \"30d\" or \"720h\"", s)
		}
	}
	if d <= 0 {
		return 0, fmt.Errorf("%q is not a positive duration", s)
	}
	return d, nil
}
