// Command supportbot is a customer-support chat web server built on the whole
// Confide stack: the starting template to put in front of customers after
// changing the branding, the policy file and the model key.
//
//	go run ./examples/supportbot
//
// starts it on http://127.0.0.1:8080 with the offline scripted model and
// the example policy file, examples/policy.yaml (run it from the
// repository's root). The policy file says what runs: which personal data
// is detected and what replaces it, the purposes the consent banner asks
// for and the notice it shows, how long transcripts are kept, the
// provider, the keyring, the database and the audit trail. Copy it, edit
// it, and point the server at your copy:
//
//	cp examples/policy.yaml my-policy.yaml
//	go run ./examples/supportbot -policy my-policy.yaml
//
// What it stores goes to ./supportbot-data: the SQLite database (unless
// the variable the policy's database.dsn_env names, CONFIDE_DB in the
// example, or -db says otherwise), the policy's key files with relative
// paths (the keyring and the audit log's Ed25519 signing key, created on
// first run in development mode), the session key, and the master key when
// the variable the policy's keyring.master_key_env names is unset (a demo
// only: the server warns). All are mode 0600 and reused after;
// audit-public-keyset.json beside them verifies the audit log.
//
// The page is a chat widget (HTML, CSS and JavaScript embedded in the
// binary, no build step) that streams replies over server-sent events and
// runs tools invisibly. On a first visit a consent banner shows the notice
// of the first purpose the policy's conversations require and asks for
// the customer's choices per purpose: the required ones (the AI assistant,
// in the example) and the optional ones (keeping the transcript: without
// it the bot answers and stores nothing). The choices go to the consent
// ledger in the same database, tied to the notice version shown. The
// privacy notice page is generated from the policy by package transparency,
// the same text confide policy explain writes, so it cannot drift from
// what runs. "Download my data" and "Forget me" go through package rights:
// the customer gets their transcript, consent history and audit events as
// JSON, or has them erased (keys destroyed, rows deleted, ledger
// forgotten, then checked).
//
// Every turn, tool call, consent change, export, erasure and retention
// purge is recorded in a hash-chained audit log in the same database (IDs,
// decisions and counts of personal data per type, never the data), with a
// checkpoint signed as often as the policy's audit.checkpoint_every says
// and at shutdown.
//
// # Changing the policy while it runs
//
// Edit the file, then send the server SIGHUP or ask the admin endpoint:
//
//	kill -HUP $PID
//	curl -X POST -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8080/admin/policy/reload
//
// The new rules (redaction, purposes, notices, history, retention, output
// policy) apply from the next turn; a turn already running finishes under
// the old ones. A file that is invalid, or that changes what the server
// was built on (mode, database, keyring, audit, a purpose's lawful basis
// or name), is refused, the error is logged (and answered: 422, or 409
// for a change that needs a restart), and the running policy stays. The
// endpoint answers what the change means for customers, as confide policy
// diff says it.
//
// # Configuration
//
// Flags override the environment:
//
//	-policy    CONFIDE_POLICY      the policy file (default examples/policy.yaml)
//	-addr      CONFIDE_ADDR        listen address (default 127.0.0.1:8080)
//	-data      CONFIDE_DATA_DIR    data directory (default ./supportbot-data)
//	-db                            postgres://user@host/db for PostgreSQL, or a SQLite file path
//	                               (default: the variable database.dsn_env names, else confide.db in the data directory)
//	-tenant    CONFIDE_TENANT      this company's tenant ID (default acme)
//	-brand     CONFIDE_BRAND       the company name the page shows (default Acme)
//	           CONFIDE_ADMIN_TOKEN bearer token of /admin/...; generated and printed when unset
//	           OPENAI_API_KEY, ANTHROPIC_API_KEY, OLLAMA_HOST, CONFIDE_MODEL: a real model
//	           the variables the policy names: the master key, the database
//
// # Security
//
// Every request carries a session cookie sealed by the server (Tink
// AES-256-GCM): a random subject ID made at the first visit, HttpOnly,
// SameSite=Strict, Secure when the server listens anywhere but loopback. It
// is verified before anything is read, and the subject comes only from it,
// so one customer can never read another's data. Cross-origin POSTs are
// refused. Global Privacy Control (Sec-GPC: 1) is recorded as an opt-out.
// Messages are bounded in size, turns rate-limited per session, and streams
// bounded per session and in total; the page shows the errors. The server
// logs through a redacting handler: no customer text reaches the log.
//
// The operator endpoints need the admin bearer token:
//
//	curl -H "Authorization: Bearer $TOKEN" 'http://127.0.0.1:8080/admin/export?subject=c-...'
//	curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
//	     -d '{"subject":"c-...","requested_at":"2026-01-31T09:00:00Z"}' http://127.0.0.1:8080/admin/erase
//	curl -H "Authorization: Bearer $TOKEN" 'http://127.0.0.1:8080/admin/report?from=2026-01-01T00:00:00Z&format=text'
//	curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8080/admin/audit/verify
//	curl -H "Authorization: Bearer $TOKEN" 'http://127.0.0.1:8080/admin/breach?kek=KEY_ID'
//	curl -H "Authorization: Bearer $TOKEN" 'http://127.0.0.1:8080/admin/breach?from=...&to=...'
//	curl -H "Authorization: Bearer $TOKEN" -X POST http://127.0.0.1:8080/admin/policy/reload
//
// They work on this server's tenant. requested_at (when the customer asked;
// default now) dates the erasure in the audit log. The report (privacy
// figures of the audit log), verify (the chain and its signed checkpoints;
// 409 when it fails) and breach (the subjects an exposed key or window
// affects) answer JSON, or text with format=text.
//
// # For production
//
//   - Policy: your copy, reviewed (confide policy check), in production
//     mode, which refuses to create keys. The server warns at start-up of
//     each risky choice confide policy check finds.
//   - Branding: -brand and the system prompt in app.go, the colours in
//     web/static/style.css; the controller, the service and the notice
//     text are in the policy (bump the notice's version when its text
//     changes, so that every consent event names the text shown).
//   - Model: set the provider's key in the environment, and say in the
//     policy's provider section who it is: the privacy notice names it, and
//     the server warns when they differ.
//   - Keys: never keep the master key next to the data. Set the variable
//     the policy's keyring.master_key_env names from your secret store, or
//     better name a KMS key in keyring.kms (aws-kms://..., gcp-kms://...,
//     hcvault://...), which encrypt.KEKFromURI resolves through the KMS
//     client registered with Tink. Import the adapter's package for its
//     side effect (a nested module under encrypt/kms/) so that its client
//     is registered, or the URI is refused.
//   - Database: a postgres:// URL for several instances, with sticky
//     sessions (each instance caches live conversations).
//   - HTTPS: serve behind a TLS-terminating proxy and listen on a
//     non-loopback address, which turns on Secure cookies and HSTS.
//   - Admin: set CONFIDE_ADMIN_TOKEN from your secret store; do not rely on
//     the printed one.
//   - Audit: keep a copy of audit-public-keyset.json away from the server
//     and verify the log with it (confide audit verify --public-key); ship
//     the checkpoints off the host too (the policy's slog sink), since a
//     log cut short together with its checkpoints looks like a shorter log.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/examples/internal/provider"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "supportbot:", err)
		os.Exit(1)
	}
}

// envOr returns the environment variable key, or def when it is unset.
func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

func run(ctx context.Context, args []string, getenv func(string) string, out io.Writer) error {
	fs := flag.NewFlagSet("supportbot", flag.ContinueOnError)
	policyFile := fs.String("policy", envOr(getenv, "CONFIDE_POLICY", "examples/policy.yaml"), "the policy file")
	addr := fs.String("addr", envOr(getenv, "CONFIDE_ADDR", "127.0.0.1:8080"), "listen address")
	dataDir := fs.String("data", envOr(getenv, "CONFIDE_DATA_DIR", "supportbot-data"), "data directory")
	db := fs.String("db", "", "postgres:// URL, or a SQLite file (default: the variable the policy's database.dsn_env names, else confide.db in the data directory)")
	tenant := fs.String("tenant", envOr(getenv, "CONFIDE_TENANT", "acme"), "tenant ID")
	brand := fs.String("brand", envOr(getenv, "CONFIDE_BRAND", "Acme"), "company name the page shows")
	if err := fs.Parse(args); err != nil {
		return err
	}

	choice, err := provider.FromEnv(getenv)
	if err != nil {
		return err
	}
	model, name := choice.Model, choice.Name
	if choice.Offline {
		name = "" // runs here
		// Slowed down to look like a real model; keeps no requests.
		model = scripted.Support().WithDelay(25 * time.Millisecond).WithRecorded(0)
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	a, err := newApp(ctx, Config{
		Policy: *policyFile, Tenant: *tenant, Brand: *brand, DataDir: *dataDir, DB: *db,
		AdminToken: getenv("CONFIDE_ADMIN_TOKEN"), Model: model, ModelName: name, Secure: !isLoopback(ln.Addr()), Getenv: getenv,
	})
	if err != nil {
		ln.Close()
		return err
	}
	defer a.Close()
	// SIGHUP reloads the policy file, as POST /admin/policy/reload does.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	prov := a.view().policy.Provider
	fmt.Fprintf(out, "Policy:   %s (%s mode; reload: SIGHUP or POST /admin/policy/reload)\n", *policyFile, a.view().policy.Mode)
	fmt.Fprintf(out, "Model:    %s\n", choice.Name)
	if choice.Offline {
		fmt.Fprintf(out, "          (the policy names %s, which the privacy notice tells customers about)\n", prov.Name)
	}
	fmt.Fprintf(out, "Database: %s\n", a.dbDesc)
	fmt.Fprintf(out, "Audit:    verify with %s\n", filepath.Join(*dataDir, auditPublicFile))
	for _, w := range a.warnings {
		fmt.Fprintf(out, "WARNING:  %s\n", w)
	}
	if a.adminGenerated {
		fmt.Fprintf(out, "Admin:    generated bearer token for /admin (set CONFIDE_ADMIN_TOKEN to choose it): %s\n", a.adminToken)
	}
	fmt.Fprintf(out, "Open http://%s/\n", ln.Addr())

	quit := make(chan struct{})
	defer close(quit)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-quit:
				return
			case <-hup:
				a.reload(ctx) // logged either way
			}
		}
	}()
	return serve(ctx, ln, a.Handler())
}

// serve serves h on ln until ctx is done, then shuts down gracefully.
func serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler: h,
		// No ReadTimeout: it would also end replies streaming past it.
		// Request bodies get their own read deadline (see decodeJSON).
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    32 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// isLoopback reports whether addr is on the loopback interface, where the
// page is served over plain HTTP and cookies cannot be Secure.
func isLoopback(addr net.Addr) bool {
	tcp, ok := addr.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}
