package main

import (
	"context"
	"fmt"
	"io"

	"github.com/confide-dev/confide/chat"
)

func init() {
	commands["forget"] = command{summary: "make one subject's data unreadable and delete it", run: runForget}
}

// runForget destroys a subject's keyset (crypto-shredding: every sealed
// record of theirs, in the database and in its backups, becomes unreadable)
// and then deletes their rows.
func runForget(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var o opFlags
	fs := newFlagSet("forget", stderr)
	o.register(fs, true)
	tenant := fs.String("tenant", "", "")
	subject := fs.String("subject", "", "")
	yes := fs.Bool("yes", false, "")
	if err := fs.Parse(args); err != nil {
		return errUsage{err.Error()}
	}
	if fs.NArg() > 0 {
		return errUsage{"forget takes no arguments besides its flags"}
	}
	if err := chat.ValidateID("tenant", *tenant); err != nil {
		return errUsage{"--tenant: " + err.Error()}
	}
	if err := chat.ValidateID("subject", *subject); err != nil {
		return errUsage{"--subject: " + err.Error()}
	}
	if !*yes {
		return errUsage{"forget cannot be undone: add --yes to confirm"}
	}
	ctx := context.Background()
	sealer, _, db, err := o.sealer(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := sealer.Forget(ctx, *tenant, *subject); err != nil {
		return fmt.Errorf("destroy keys: %w", err)
	}
	n, err := db.DeleteSubject(ctx, *tenant, *subject)
	if err != nil {
		return fmt.Errorf("keys destroyed, but deleting the rows failed (they are unreadable; run forget again to delete them): %w", err)
	}
	fmt.Fprintf(stdout, "forgot %s/%s: keys destroyed, %d records deleted\n", *tenant, *subject, n)
	return nil
}
