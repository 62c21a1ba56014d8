package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/redact"
	"github.com/confide-dev/confide/rights"
	"github.com/confide-dev/confide/store"
)

func init() {
	commands["export"] = command{summary: "export everything held about one subject", run: runExport}
	commands["erase"] = command{summary: "erase one subject and record that it happened", run: runErase}
	commands["breach"] = command{summary: "list the subjects a key or time window exposes", run: runBreach}
	commands["export-training"] = command{summary: "write de-identified transcripts of consenting subjects", run: runExportTraining}
}

// rightsService opens the keyring and the database and returns a rights
// service over them, with the consent ledger and audit log of the same
// database. The caller closes the DB.
func rightsService(ctx context.Context, o *opFlags) (*rights.Service, *store.DB, error) {
	sealer, _, db, err := o.sealer(ctx)
	if err != nil {
		return nil, nil, err
	}
	ledger, err := consent.NewLedger(db.Consent(), consent.Options{})
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	log, err := audit.NewLog(db.Audit(), audit.Options{CheckpointEvery: -1})
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return &rights.Service{DB: db, Sealer: sealer, Ledger: ledger, Audit: log, AuditReader: db.Audit()}, db, nil
}

// subjectFlags parses --tenant and --subject plus the operator flags.
func subjectFlags(name string, args []string, stderr io.Writer, extra func(*flag.FlagSet)) (*opFlags, string, string, error) {
	var o opFlags
	fs := newFlagSet(name, stderr)
	o.register(fs, true)
	tenant := fs.String("tenant", "", "")
	subject := fs.String("subject", "", "")
	if extra != nil {
		extra(fs)
	}
	if err := fs.Parse(args); err != nil {
		return nil, "", "", errUsage{err.Error()}
	}
	if fs.NArg() > 0 {
		return nil, "", "", errUsage{name + " takes no arguments besides its flags"}
	}
	if err := chat.ValidateID("tenant", *tenant); err != nil {
		return nil, "", "", errUsage{"--tenant: " + err.Error()}
	}
	if err := chat.ValidateID("subject", *subject); err != nil {
		return nil, "", "", errUsage{"--subject: " + err.Error()}
	}
	return &o, *tenant, *subject, nil
}

func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var out string
	o, tenant, subject, err := subjectFlags("export", args, stderr, func(fs *flag.FlagSet) { fs.StringVar(&out, "o", "", "") })
	if err != nil {
		return err
	}
	ctx := context.Background()
	svc, db, err := rightsService(ctx, o)
	if err != nil {
		return err
	}
	defer db.Close()
	doc, err := svc.Export(ctx, tenant, subject)
	if err != nil {
		return err
	}
	js, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	js = append(js, '\n')
	if out == "" {
		_, err = stdout.Write(js)
		return err
	}
	if err := writeNew(out, js); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote the export of %s/%s to %s: %d conversations, %d consent events\n", tenant, subject, out, len(doc.Conversations), len(doc.Consent))
	return nil
}

// writeNew writes data to a new file readable only by its owner; an
// existing file is never overwritten.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s exists; confide never overwrites an export", path)
		}
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func runErase(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var yes, keep bool
	var requested string
	o, tenant, subject, err := subjectFlags("erase", args, stderr, func(fs *flag.FlagSet) {
		fs.BoolVar(&yes, "yes", false, "")
		fs.BoolVar(&keep, "keep-consent", false, "")
		fs.StringVar(&requested, "requested", "", "")
	})
	if err != nil {
		return err
	}
	if !yes {
		return errUsage{"erase cannot be undone: add --yes to confirm"}
	}
	var at time.Time
	if requested != "" {
		if at, err = time.Parse(time.RFC3339, requested); err != nil {
			return errUsage{"--requested takes an RFC 3339 time, e.g. 2026-11-29T10:00:00Z"}
		}
	}
	ctx := context.Background()
	svc, db, err := rightsService(ctx, o)
	if err != nil {
		return err
	}
	defer db.Close()
	svc.KeepConsentProof = keep
	rep, err := svc.Erase(ctx, tenant, subject, at)
	if err != nil {
		return err
	}
	consentNote := "consent events deleted"
	if !rep.ConsentDeleted {
		consentNote = "consent events kept as proof"
	}
	fmt.Fprintf(stdout, "erased %s/%s: keys destroyed, %d records deleted, %s; verified nothing readable remains; took %s since the request\n",
		tenant, subject, rep.Records, consentNote, rep.Took.Round(time.Second))
	return nil
}

func runBreach(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var o opFlags
	fs := newFlagSet("breach", stderr)
	o.register(fs, true)
	kek := fs.String("kek", "", "")
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	asJSON := fs.Bool("json", false, "")
	if err := fs.Parse(args); err != nil {
		return errUsage{err.Error()}
	}
	q := rights.BreachQuery{KEK: *kek}
	var err error
	if *from != "" || *to != "" {
		if q.From, err = time.Parse(time.RFC3339, *from); err != nil {
			return errUsage{"--from takes an RFC 3339 time"}
		}
		if q.To, err = time.Parse(time.RFC3339, *to); err != nil {
			return errUsage{"--to takes an RFC 3339 time"}
		}
	}
	if q.KEK == "" && q.From.IsZero() {
		return errUsage{"breach needs --kek ID or --from and --to"}
	}
	ctx := context.Background()
	svc, db, err := rightsService(ctx, &o)
	if err != nil {
		return err
	}
	defer db.Close()
	rep, err := svc.Breach(ctx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	_, err = io.WriteString(stdout, rep.String())
	return err
}

func runExportTraining(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var o opFlags
	fs := newFlagSet("export-training", stderr)
	o.register(fs, true)
	tenant := fs.String("tenant", "", "")
	out := fs.String("o", "", "")
	system := fs.String("system", "", "")
	if err := fs.Parse(args); err != nil {
		return errUsage{err.Error()}
	}
	if err := chat.ValidateID("tenant", *tenant); err != nil {
		return errUsage{"--tenant: " + err.Error()}
	}
	if *out == "" {
		return errUsage{"export-training needs -o FILE"}
	}
	ctx := context.Background()
	svc, db, err := rightsService(ctx, &o)
	if err != nil {
		return err
	}
	defer db.Close()
	d, err := redact.NewDetector()
	if err != nil {
		return err
	}
	f, err := os.OpenFile(*out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s exists; confide never overwrites an export", *out)
		}
		return err
	}
	sum, err := svc.TrainingExport(ctx, *tenant, f, rights.TrainingOptions{Redactor: rights.NewTrainingRedactor(d), System: *system})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(*out)
		return err
	}
	replaced := 0
	for _, n := range sum.Replaced {
		replaced += n
	}
	fmt.Fprintf(stdout, "wrote %d conversations of %d consenting subjects to %s (%d skipped without consent); %d values replaced by surrogates\n",
		sum.Examples, sum.Subjects, *out, sum.Skipped, replaced)
	return nil
}
