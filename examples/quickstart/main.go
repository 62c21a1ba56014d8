// Command quickstart runs a short customer-support conversation end to end
// through the whole Confide stack and prints it. The stack is built from
// the example policy file, examples/policy.yaml, through policy.Load and
// Policy.Build: what is redacted and how, the purposes and their notice,
// the transcript's consent, the audit trail. With no configuration it uses
// Confide's offline scripted model, so it needs no keys, no network and no
// servers:
//
//	go run ./examples/quickstart
//
// Copy the policy file, edit it, and point the quickstart at your copy:
//
//	cp examples/policy.yaml my-policy.yaml
//	go run ./examples/quickstart -policy my-policy.yaml   # or CONFIDE_POLICY=my-policy.yaml
//
// The quickstart keeps what the policy stores (the SQLite database the
// policy names through database.dsn_env, the keyring and the audit signing
// key, created in development mode under a fresh master key) in a
// temporary directory it deletes at exit, so every run starts clean. A
// real program sets those environment variables instead (see package
// policy).
//
// Set OPENAI_API_KEY, ANTHROPIC_API_KEY or OLLAMA_HOST (and optionally
// CONFIDE_MODEL) to talk to a real provider through langchaingo instead;
// the quickstart warns when it is not the provider the policy names.
//
// It shows, in order:
//
//   - consent: a turn refused until the customer accepts the notice, then
//     allowed;
//   - redaction: for each turn, what the customer typed, what the model saw
//     (personal data replaced as the policy says) and what the customer
//     read (the placeholders restored);
//   - encryption at rest: the transcript sealed per customer in an embedded
//     SQLite file that holds no plaintext;
//   - forgetting: after the customer's keys are destroyed, the transcript
//     can no longer be read;
//   - the audit trail: every decision recorded, hash-chained and signed,
//     with counts of personal data but never the data.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/examples/internal/provider"
	"github.com/confide-dev/confide/policy"
)

// defaultPolicy is the example policy file, from the repository's root.
const defaultPolicy = "examples/policy.yaml"

// The customer's side of the demo conversation.
var turns = []string{
	"Hi, I need some help.",
	"Where is order A-10234?",
	"Please change my email to jo.bloggs@example.org, my old one was jo@example.net",
	"My card 4111 1111 1111 1111 was charged twice. Can I get a refund?",
	"Thanks!",
}

// The values the demo checks never reach the model or the disk.
var secrets = []string{"jo.bloggs@example.org", "jo@example.net", "4111 1111 1111 1111"}

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer, getenv func(string) string) error {
	flags := flag.NewFlagSet("quickstart", flag.ContinueOnError)
	path := defaultPolicy
	if v := getenv("CONFIDE_POLICY"); v != "" {
		path = v
	}
	flags.StringVar(&path, "policy", path, "the policy file (default $CONFIDE_POLICY, else "+defaultPolicy+")")
	if err := flags.Parse(args); err != nil {
		return err
	}
	p, err := policy.Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w (run from the repository's root, or name your copy with -policy or CONFIDE_POLICY)", err)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Policy: %s (%s mode); copy it and edit it, then run with -policy or CONFIDE_POLICY naming your copy\n", path, p.Mode)

	choice, err := provider.FromEnv(getenv)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Model:  %s\n", choice.Name)

	dir, err := os.MkdirTemp("", "confide-quickstart-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	// One scope per conversation: whose data this is. Use stable internal
	// IDs, never a customer's email or name.
	scope := chat.Scope{Tenant: "acme", Subject: "customer-1042", Conversation: "support-1"}
	s, warnings, err := newStack(ctx, p, dir, choice, scope, getenv)
	if err != nil {
		return err
	}
	defer s.Close()
	for _, w := range warnings {
		fmt.Fprintf(out, "Note:   %s\n", w)
	}

	fmt.Fprintln(out, "\n== Consent")
	fmt.Fprintf(out, "customer:  %s\n", turns[0])
	_, err = s.conv.Send(ctx, turns[0])
	var missing *consent.RequiredError
	if !errors.As(err, &missing) {
		return fmt.Errorf("expected a refusal without consent, got %v", err)
	}
	fmt.Fprintf(out, "refused:   consent required for %q; the model was not called and nothing was stored\n", missing.Purpose)
	if err := s.accept(ctx); err != nil {
		return err
	}
	fmt.Fprintf(out, "customer accepts notice %q v%s (%s), and allows %s\n", s.notice.ID, s.notice.Version, s.notice.Text, purposeList(s.allow))

	fmt.Fprintln(out, "\n== Conversation (personal data never reaches the model)")
	for _, text := range turns {
		fmt.Fprintf(out, "customer:   %s\n", text)
		fmt.Fprint(out, "assistant:  ")
		_, err := s.conv.Stream(ctx, text, func(c chat.Chunk) error {
			if c.ToolCall != nil {
				fmt.Fprintf(out, "[calls %s %s] ", c.ToolCall.Name, c.ToolCall.Arguments)
				return nil
			}
			_, err := io.WriteString(out, c.Text)
			return err
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "\n  model saw:  %s\n  model said: %s\n\n", s.saw.input, s.saw.output)
	}

	fmt.Fprintln(out, "== Encryption at rest")
	stored, err := s.Transcripts().Load(ctx, scope)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Transcript of %s: %d messages, sealed in %s\n", scope, len(stored), s.dbPath)
	found, err := plaintextOnDisk(s.dbPath, secrets)
	if err != nil {
		return err
	}
	if len(found) > 0 {
		return fmt.Errorf("the database file holds %d customer values in the clear", len(found))
	}
	fmt.Fprintf(out, "The file holds none of the customer's %d values in the clear.\n", len(secrets))

	fmt.Fprintln(out, "\n== Forgetting")
	if err := s.Sealer().Forget(ctx, scope.Tenant, scope.Subject); err != nil {
		return err
	}
	_, err = s.Transcripts().Load(ctx, scope)
	fmt.Fprintf(out, "After forgetting %s/%s, loading the transcript fails: %v\n", scope.Tenant, scope.Subject, err)
	if err == nil {
		return errors.New("the transcript is still readable after forgetting")
	}
	return auditSummary(ctx, out, s)
}

// auditSummary verifies the audit chain and prints what it recorded.
func auditSummary(ctx context.Context, out io.Writer, s *stack) error {
	fmt.Fprintln(out, "\n== Audit trail")
	if _, err := s.AuditLog().Checkpoint(ctx, s.scope.Tenant); err != nil {
		return err
	}
	events, err := s.DB().Audit().Events(ctx, s.scope.Tenant, 0, 0)
	if err != nil {
		return err
	}
	pii := map[string]int{}
	decisions := map[audit.Decision]int{}
	for _, e := range events {
		decisions[e.Decision]++
		for t, n := range e.PII {
			pii[t] += n
		}
	}
	rep, err := audit.VerifyStore(ctx, s.DB().Audit(), s.scope.Tenant, s.AuditPublicKey())
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%d events (%d allowed, %d refused), personal data found: %v\n", len(events),
		decisions[audit.DecisionAllowed], decisions[audit.DecisionRefused], pii)
	fmt.Fprintf(out, "Chain and signed checkpoints verified: %v\n", rep.OK())
	found, err := plaintextOnDisk(s.dbPath, secrets)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Customer values in the database file, audit log included: %d\n", len(found))
	return nil
}

// purposeList writes purposes for people.
func purposeList(ps []consent.Purpose) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = string(p)
	}
	return strings.Join(out, " and ")
}

// plaintextOnDisk returns the values found in the database file or its
// write-ahead log.
func plaintextOnDisk(dbPath string, values []string) ([]string, error) {
	var data []byte
	for _, p := range []string{dbPath, dbPath + "-wal"} {
		b, err := os.ReadFile(p)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		data = append(data, b...)
	}
	var found []string
	for _, v := range values {
		if strings.Contains(string(data), v) {
			found = append(found, v)
		}
	}
	return found, nil
}

// orderStatus is the tool the model calls to look up an order.
var orderStatus = chat.Tool{
	Name:        "order_status",
	Description: "Looks up the shipping status of an order by its number.",
	Parameters:  json.RawMessage(`{"type":"object","properties":{"order":{"type":"string","description":"order number, e.g. A-10234"}},"required":["order"]}`),
	Run: func(ctx context.Context, args string) (string, error) {
		var in struct {
			Order string `json:"order"`
		}
		if err := json.Unmarshal([]byte(args), &in); err != nil {
			return "", fmt.Errorf("bad arguments: %w", err)
		}
		if strings.TrimSpace(in.Order) == "" {
			return "", fmt.Errorf("no order number given")
		}
		return "shipped on Monday with tracking 1Z999, arriving Thursday", nil
	},
}
