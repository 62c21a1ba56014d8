// Command cli is the whole Confide stack as a terminal chat, for trying a
// model quickly: it reads your messages line by line from standard input and
// streams the replies to standard output.
//
//	go run ./examples/cli                       # the offline scripted model
//	OPENAI_API_KEY=... go run ./examples/cli    # or ANTHROPIC_API_KEY, OLLAMA_HOST (+ CONFIDE_MODEL)
//	go run ./examples/cli -show                 # also print what the model saw
//	printf 'My email is jo@example.org\n' | go run ./examples/cli -yes
//
// Each turn goes through consent, history trimming and redaction (personal
// data replaced by placeholders before the model, restored in the reply), and
// the transcript is sealed per customer in SQLite when you let it be kept.
// Lines starting with a slash are commands: /help, /export (print the stored
// transcript and consent history as JSON), /forget (destroy the keys and erase
// everything), /quit. End of input quits too.
//
// Flags:
//
//	-data DIR    keep the database and keys in DIR (default: a temporary
//	             directory removed at exit)
//	-db DSN      postgres://... for PostgreSQL instead of SQLite in the data directory
//	-subject ID  the customer's ID (default cli-user)
//	-yes         accept the assistant without asking
//	-keep        let the transcript be kept without asking
//	-show        print what the model saw after each reply
//
// For production, see examples/supportbot: a KMS key or a master key kept
// away from the data (CONFIDE_MASTER_KEY, CONFIDE_MASTER_KEY_FILE), and a
// real consent notice.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/examples/internal/provider"
	"github.com/confide-dev/confide/minimize"
	"github.com/confide-dev/confide/redact"
	"github.com/confide-dev/confide/store"
	"github.com/tink-crypto/tink-go/v2/tink"
)

const (
	tenant                           = "acme"
	purposeAssistant consent.Purpose = "ai_assistant"
	maxMessageBytes                  = 4 << 10
	help                             = "Commands: /export  /forget  /quit  /help. Anything else is a message."
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "cli:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, out io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("cli", flag.ContinueOnError)
	fs.SetOutput(out)
	dataDir := fs.String("data", "", "directory for the database and keys (default: temporary)")
	dsn := fs.String("db", "", "postgres:// URL (default: SQLite in the data directory)")
	subject := fs.String("subject", "cli-user", "the customer's ID")
	yes := fs.Bool("yes", false, "accept the AI assistant without asking")
	keep := fs.Bool("keep", false, "let the transcript be kept without asking")
	show := fs.Bool("show", false, "print what the model saw after each reply")
	if err := fs.Parse(args); err != nil {
		return err
	}
	scope := chat.Scope{Tenant: tenant, Subject: *subject, Conversation: "cli"}
	if err := scope.Validate(); err != nil {
		return err
	}

	choice, err := provider.FromEnv(getenv)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Model: %s\n", choice.Name)

	dir := *dataDir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "confide-cli-*"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if getenv(encrypt.EnvMasterKey) == "" && getenv(encrypt.EnvMasterKeyFile) == "" {
			// Everything goes at exit: a master key in memory will do.
			mk, base := encrypt.NewMasterKey(), getenv
			getenv = func(k string) string {
				if k == encrypt.EnvMasterKey {
					return mk
				}
				return base(k)
			}
		}
	}
	s, err := newStack(ctx, dir, *dsn, choice.Model, scope, getenv)
	if err != nil {
		return err
	}
	defer s.close()
	if s.warning != "" {
		fmt.Fprintln(out, "Warning:", s.warning)
	}

	in := bufio.NewScanner(stdin)
	in.Buffer(make([]byte, 0, 64<<10), 1<<20)
	ask := func(question string) (bool, error) {
		fmt.Fprintf(out, "%s [y/N] ", question)
		if !in.Scan() {
			return false, in.Err()
		}
		a := strings.ToLower(strings.TrimSpace(in.Text()))
		return a == "y" || a == "yes", nil
	}

	st, err := s.ledger.State(ctx, tenant, scope.Subject)
	if err != nil {
		return err
	}
	if !st.Allowed(purposeAssistant) {
		fmt.Fprintf(out, "\n%s\n", s.notice.Text)
		allow, keepIt := *yes, *keep
		if !allow {
			if allow, err = ask("Chat with the AI assistant?"); err != nil {
				return err
			}
		}
		if allow && !keepIt {
			if keepIt, err = ask("Keep the transcript, encrypted, so you can come back to it?"); err != nil {
				return err
			}
		}
		if !allow {
			fmt.Fprintln(out, "Without your consent the assistant cannot answer. Bye.")
			return nil
		}
		purposes := []consent.Purpose{purposeAssistant}
		if keepIt {
			purposes = append(purposes, consent.PurposeStoreTranscript)
		}
		if _, err := s.ledger.Grant(ctx, consent.Choice{Tenant: tenant, Subject: scope.Subject, Purposes: purposes,
			Notice: s.notice.Ref(), Source: consent.SourceUI}); err != nil {
			return err
		}
	}
	fmt.Fprintln(out, help)

	for {
		fmt.Fprint(out, "\nyou> ")
		if !in.Scan() {
			fmt.Fprintln(out)
			if err := in.Err(); err != nil {
				return fmt.Errorf("read input: %w", err)
			}
			return nil
		}
		line := strings.TrimSpace(in.Text())
		switch {
		case line == "":
			continue
		case line == "/quit" || line == "/exit":
			return nil
		case line == "/help":
			fmt.Fprintln(out, help)
			continue
		case line == "/export":
			if err := s.export(ctx, out); err != nil {
				fmt.Fprintln(out, "export failed:", err)
			}
			continue
		case line == "/forget":
			if err := s.forget(ctx); err != nil {
				return err
			}
			fmt.Fprintln(out, "Forgotten: your keys are destroyed, your transcript and consent history erased. Bye.")
			return nil
		case strings.HasPrefix(line, "/"):
			fmt.Fprintln(out, help)
			continue
		}
		fmt.Fprint(out, "bot> ")
		_, err := s.conv.Stream(ctx, line, func(c chat.Chunk) error {
			_, err := io.WriteString(out, c.Text) // tool calls run unseen
			return err
		})
		fmt.Fprintln(out)
		var missing *consent.RequiredError
		switch {
		case errors.As(err, &missing):
			fmt.Fprintf(out, "(refused: consent for %q is missing)\n", missing.Purpose)
		case errors.Is(err, chat.ErrMessageTooLarge):
			fmt.Fprintf(out, "(that message is too long: the limit is %d bytes)\n", maxMessageBytes)
		case errors.Is(err, context.Canceled):
			return nil
		case err != nil:
			fmt.Fprintf(out, "(the turn failed: %v)\n", err)
		}
		if *show && err == nil {
			saw, said := s.saw.last()
			fmt.Fprintf(out, "  model saw:  %s\n  model said: %s\n", saw, said)
		}
	}
}

// stack is the Confide pipeline around the one conversation.
type stack struct {
	conv        *chat.Conversation
	ledger      *consent.Ledger
	notice      consent.Notice
	scope       chat.Scope
	sealer      *encrypt.Sealer
	db          *store.DB
	transcripts *store.TranscriptStore
	saw         *modelView
	warning     string
}

func newStack(ctx context.Context, dir, dsn string, model chat.Model, scope chat.Scope, getenv func(string) string) (s *stack, err error) {
	s = &stack{scope: scope, saw: &modelView{}}
	master, warning, err := masterKey(dir, getenv)
	if err != nil {
		return nil, err
	}
	s.warning = warning
	ringPath := filepath.Join(dir, "keyring.json")
	ring, err := encrypt.OpenLocalKeyring(ringPath, master)
	if errors.Is(err, os.ErrNotExist) {
		ring, err = encrypt.InitLocalKeyring(ringPath, master)
	}
	if err != nil {
		return nil, err
	}
	if dsn != "" {
		s.db, err = store.OpenPostgres(ctx, dsn)
	} else {
		s.db, err = store.OpenSQLite(ctx, filepath.Join(dir, "confide.db"))
	}
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			s.db.Close()
		}
	}()
	if s.sealer, err = encrypt.NewSealer(ring, s.db.Keys(), encrypt.Options{}); err != nil {
		return nil, err
	}
	tax := consent.DefaultTaxonomy()
	if err := tax.Add(consent.PurposeInfo{Key: purposeAssistant, Name: "AI assistant",
		Description: "Answering you with an AI model from an outside provider.", Basis: consent.BasisConsent}); err != nil {
		return nil, err
	}
	if s.ledger, err = consent.NewLedger(s.db.Consent(), consent.Options{Taxonomy: tax}); err != nil {
		return nil, err
	}
	if s.notice, err = s.ledger.PublishNotice(ctx, tenant, consent.Notice{ID: "cli", Version: "1",
		Text: "An AI model answers you; e-mail addresses, card numbers and other personal data are replaced by placeholders before they leave this program."}); err != nil {
		return nil, err
	}
	detector, err := redact.NewDetector(redact.WithAllowList("Acme")) // the company's own name
	if err != nil {
		return nil, err
	}
	s.transcripts = s.db.Transcripts(s.sealer)
	s.conv, err = chat.NewConversation(model, scope,
		chat.WithSystemPrompt("You are Acme's support agent. Be brief. "+
			"Placeholders such as <EMAIL_ADDRESS_1> stand for the customer's data: repeat them exactly."),
		chat.WithStore(consent.NewTranscriptStore(s.ledger, s.transcripts, consent.PurposeStoreTranscript)),
		chat.WithTools(orderStatus),
		chat.WithMaxMessageBytes(maxMessageBytes),
		chat.WithMiddleware(
			consent.Middleware(s.ledger, consent.Policy{Required: []consent.Purpose{purposeAssistant},
				Optional: []consent.Purpose{consent.PurposeStoreTranscript}}),
			minimize.History(minimize.HistoryOptions{Turns: 10, ToolResultTurns: 2}),
			redact.Middleware(redact.NewRedactor(detector), redact.NewVaults(s.db.Vaults(s.sealer))),
			s.saw.record,
		),
	)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// masterKey returns the master key of the local keyring: from the
// environment when set, else from a file in dir created on first use (with
// a warning: it sits next to what it protects).
func masterKey(dir string, getenv func(string) string) (tink.AEAD, string, error) {
	switch {
	case getenv(encrypt.EnvMasterKey) != "":
		k, err := encrypt.ParseMasterKey(getenv(encrypt.EnvMasterKey))
		return k, "", err
	case getenv(encrypt.EnvMasterKeyFile) != "":
		k, err := encrypt.ReadMasterKeyFile(getenv(encrypt.EnvMasterKeyFile))
		return k, "", err
	}
	path := filepath.Join(dir, "master.key")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err == nil {
		_, err = io.WriteString(f, encrypt.NewMasterKey()+"\n")
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil && !errors.Is(err, os.ErrExist) {
		return nil, "", err
	}
	k, err := encrypt.ReadMasterKeyFile(path)
	return k, "the master key is a file next to the data (" + path + "): fine for trying things, not for production", err
}

// export prints the stored transcript and consent history as JSON.
func (s *stack) export(ctx context.Context, out io.Writer) error {
	msgs, err := s.transcripts.Load(ctx, s.scope)
	if err != nil && !errors.Is(err, encrypt.ErrNoKeyset) {
		return err
	}
	events, err := s.ledger.Events(ctx, s.scope.Tenant, s.scope.Subject)
	if err != nil {
		return err
	}
	type event struct {
		Kind     consent.EventKind `json:"kind"`
		Purposes []consent.Purpose `json:"purposes"`
		Time     string            `json:"time"`
		Notice   consent.NoticeRef `json:"notice,omitzero"`
	}
	evs := []event{}
	for _, e := range events {
		evs = append(evs, event{Kind: e.Kind, Purposes: e.Purposes, Time: e.Time.Format("2006-01-02T15:04:05Z07:00"), Notice: e.Notice})
	}
	if msgs == nil {
		msgs = []chat.Message{}
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"scope": s.scope, "transcript": msgs, "consent_events": evs})
}

// forget destroys the customer's keys, then erases their records and
// consent history.
func (s *stack) forget(ctx context.Context) error {
	if err := s.sealer.Forget(ctx, s.scope.Tenant, s.scope.Subject); err != nil {
		return err
	}
	if _, err := s.db.DeleteSubject(ctx, s.scope.Tenant, s.scope.Subject); err != nil {
		return err
	}
	return s.ledger.ForgetSubject(ctx, s.scope.Tenant, s.scope.Subject)
}

func (s *stack) close() { s.db.Close() }

// modelView records what crosses the boundary to the model: it sits inside
// the redact middleware, so it sees the redacted request and the reply
// before restoration.
type modelView struct {
	mu            sync.Mutex
	input, output string
}

func (v *modelView) last() (string, string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.input, v.output
}

func (v *modelView) record(next chat.Model) chat.Model {
	return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
		var in string
		for _, m := range req.Messages {
			if m.Role == chat.RoleUser {
				in = m.Text()
			}
		}
		resp, err := next.Generate(ctx, req, stream)
		if err == nil {
			v.mu.Lock()
			v.input, v.output = in, resp.Message.Text()
			for _, c := range resp.Message.ToolCalls() {
				v.output += fmt.Sprintf(" [calls %s %s]", c.Name, c.Arguments)
			}
			v.mu.Unlock()
		}
		return resp, err
	}}
}

// orderStatus is the tool the model calls to look up an order.
var orderStatus = chat.Tool{
	Name:        "order_status",
	Description: "Looks up the shipping status of an order by its number.",
	Parameters:  json.RawMessage(`{"type":"object","properties":{"order":{"type":"string"}},"required":["order"]}`),
	Run: func(ctx context.Context, args string) (string, error) {
		var in struct {
			Order string `json:"order"`
		}
		if err := json.Unmarshal([]byte(args), &in); err != nil || strings.TrimSpace(in.Order) == "" {
			return "", errors.New("no order number given")
		}
		return "shipped on Monday with tracking 1Z999, arriving Thursday", nil
	},
}
