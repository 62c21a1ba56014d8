// Command supportbot is a customer-support chat web server built on the whole
// Confide stack: the starting template to put in front of customers after
// changing the branding and the model key.
//
//	go run ./examples/supportbot
//
// starts it on http://127.0.0.1:8080 with the offline scripted model,
// an embedded SQLite database in ./supportbot-data/confide.db, and a local
// keyring generated on first run in ./supportbot-data (a keyring file, a
// master key file and a session key file, all mode 0600, reused after).
//
// The page is a chat widget (HTML, CSS and JavaScript embedded in the
// binary, no build step) that streams replies over server-sent events and
// runs tools invisibly. On a first visit a consent banner asks for the
// customer's choices per purpose: the AI assistant (required to chat) and
// keeping the transcript (optional: without it the bot answers and stores
// nothing). The choices go to the consent ledger in the same database, tied
// to the notice version shown. A privacy notice page is generated from the
// purposes, the notice text and the retention period, and "Download my
// data" and "Forget me" give the customer their transcript and consent
// history as JSON, or erase them (keys destroyed, rows deleted, ledger
// forgotten).
//
// # Configuration
//
// Flags override the environment:
//
//	-addr      CONFIDE_ADDR        listen address (default 127.0.0.1:8080)
//	-data      CONFIDE_DATA_DIR    data directory (default ./supportbot-data)
//	-db        CONFIDE_DB          postgres://user@host/db for PostgreSQL, or a SQLite file path
//	-kek-uri   CONFIDE_KEK_URI     KMS key URI for the key-encryption key (see below)
//	-tenant    CONFIDE_TENANT      this company's tenant ID (default acme)
//	-brand     CONFIDE_BRAND       the company name shown (default Acme)
//	           CONFIDE_ADMIN_TOKEN bearer token of /admin/...; generated and printed when unset
//	           OPENAI_API_KEY, ANTHROPIC_API_KEY, OLLAMA_HOST, CONFIDE_MODEL: a real model
//	           CONFIDE_MASTER_KEY, CONFIDE_MASTER_KEY_FILE: the local keyring's master key
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
//	curl -H "Authorization: Bearer $TOKEN" 'http://127.0.0.1:8080/admin/export?tenant=acme&subject=c-...'
//	curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
//	     -d '{"tenant":"acme","subject":"c-..."}' http://127.0.0.1:8080/admin/erase
//	curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8080/admin/report   (a placeholder until the audit package lands)
//
// # For production
//
//   - Branding: Brand and Contact (flags), noticeText and systemPrompt in
//     app.go (bump noticeVersion when the notice changes), the colours in
//     web/static/style.css.
//   - Model: set the provider's key in the environment.
//   - Keys: never keep the master key next to the data. Set
//     CONFIDE_MASTER_KEY_FILE to a secrets mount, or better use a KMS key:
//     CONFIDE_KEK_URI=aws-kms://..., gcp-kms://... or hcvault://...,
//     which encrypt.KEKFromURI resolves through the KMS client registered
//     with Tink. Import the adapter's package for its side effect (a nested
//     module under encrypt/kms/) so that its client is registered, or the
//     URI is refused.
//   - Database: CONFIDE_DB=postgres://... for several instances, with
//     sticky sessions (each instance caches live conversations).
//   - HTTPS: serve behind a TLS-terminating proxy and listen on a
//     non-loopback address, which turns on Secure cookies and HSTS.
//   - Admin: set CONFIDE_ADMIN_TOKEN from your secret store; do not rely on
//     the printed one.
//   - Audit: the audit middleware plugs in at Config.Audit (see "AUDIT:" in
//     the code) once the audit package lands.
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
	addr := fs.String("addr", envOr(getenv, "CONFIDE_ADDR", "127.0.0.1:8080"), "listen address")
	dataDir := fs.String("data", envOr(getenv, "CONFIDE_DATA_DIR", "supportbot-data"), "data directory")
	db := fs.String("db", getenv("CONFIDE_DB"), "postgres:// URL, or a SQLite file (default: confide.db in the data directory)")
	kekURI := fs.String("kek-uri", getenv("CONFIDE_KEK_URI"), "KMS key URI of the key-encryption key (default: a local keyring)")
	tenant := fs.String("tenant", envOr(getenv, "CONFIDE_TENANT", "acme"), "tenant ID")
	brand := fs.String("brand", envOr(getenv, "CONFIDE_BRAND", "Acme"), "company name shown to customers")
	if err := fs.Parse(args); err != nil {
		return err
	}

	choice, err := provider.FromEnv(getenv)
	if err != nil {
		return err
	}
	model, modelName := choice.Model, choice.Name
	if choice.Offline {
		// Slowed down to look like a real model; keeps no requests.
		model = scripted.Support().WithDelay(25 * time.Millisecond).WithRecorded(0)
		modelName = "an offline scripted demo model"
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	a, err := newApp(ctx, Config{
		Tenant: *tenant, Brand: *brand, DataDir: *dataDir, DB: *db, KEKURI: *kekURI,
		AdminToken: getenv("CONFIDE_ADMIN_TOKEN"), Model: model, ModelName: modelName,
		Secure: !isLoopback(ln.Addr()), Getenv: getenv,
	})
	if err != nil {
		ln.Close()
		return err
	}
	defer a.Close()

	fmt.Fprintf(out, "Model:    %s\n", choice.Name)
	fmt.Fprintf(out, "Database: %s\n", a.dbDesc)
	for _, w := range a.warnings {
		fmt.Fprintf(out, "WARNING:  %s\n", w)
	}
	if a.adminGenerated {
		fmt.Fprintf(out, "Admin:    generated bearer token for /admin (set CONFIDE_ADMIN_TOKEN to choose it): %s\n", a.adminToken)
	}
	fmt.Fprintf(out, "Open http://%s/\n", ln.Addr())
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
