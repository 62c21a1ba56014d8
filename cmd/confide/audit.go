package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
)

func init() {
	commands["audit"] = command{summary: "verify the audit log", run: runAudit}
	commands["report"] = command{summary: "print the privacy KPIs of a period", run: runReport}
}

func runAudit(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "verify" {
		return errUsage{"audit needs a subcommand: verify"}
	}
	var o opFlags
	fs := newFlagSet("audit verify", stderr)
	fs.StringVar(&o.db, "db", envOr(envDB, ""), "")
	tenant := fs.String("tenant", "", "")
	pub := fs.String("public-key", "", "")
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage{err.Error()}
	}
	ctx := context.Background()
	db, err := o.openDB(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	tenants := []string{*tenant}
	if *tenant == "" {
		if tenants, err = db.Audit().Tenants(ctx); err != nil {
			return err
		}
	} else if err := chat.ValidateID("tenant", *tenant); err != nil {
		return errUsage{"--tenant: " + err.Error()}
	}
	bad := 0
	for _, t := range tenants {
		var rep *audit.VerifyReport
		if *pub != "" {
			rep, err = audit.VerifyStoreFile(ctx, db.Audit(), t, *pub)
		} else {
			rep, err = audit.VerifyStore(ctx, db.Audit(), t, nil)
		}
		if rep != nil {
			io.WriteString(stdout, rep.String())
		}
		if err != nil {
			bad++
		}
	}
	if bad > 0 {
		return fmt.Errorf("the audit log of %d of %d tenants failed verification", bad, len(tenants))
	}
	return nil
}

func runReport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var o opFlags
	fs := newFlagSet("report", stderr)
	fs.StringVar(&o.db, "db", envOr(envDB, ""), "")
	tenant := fs.String("tenant", "", "")
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	if err := fs.Parse(args); err != nil {
		return errUsage{err.Error()}
	}
	if err := chat.ValidateID("tenant", *tenant); err != nil {
		return errUsage{"--tenant: " + err.Error()}
	}
	end := time.Now()
	start := end.AddDate(0, -1, 0)
	var err error
	if *from != "" {
		if start, err = time.Parse(time.RFC3339, *from); err != nil {
			return errUsage{"--from takes an RFC 3339 time"}
		}
	}
	if *to != "" {
		if end, err = time.Parse(time.RFC3339, *to); err != nil {
			return errUsage{"--to takes an RFC 3339 time"}
		}
	}
	ctx := context.Background()
	db, err := o.openDB(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	rep, err := audit.ReportStore(ctx, db.Audit(), *tenant, start, end)
	if err != nil {
		return err
	}
	_, err = io.WriteString(stdout, rep.String())
	return err
}
