package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/confide-dev/confide/encrypt"
)

func init() {
	commands["keys"] = command{summary: "create, rotate and inspect the keyring", run: runKeys}
}

func runKeys(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errUsage{"keys needs a subcommand: master-key, init, rotate, rewrap or status"}
	}
	ctx := context.Background()
	var o opFlags
	fs := newFlagSet("keys "+args[0], stderr)
	switch args[0] {
	case "master-key":
		out := fs.String("o", "", "")
		if err := fs.Parse(args[1:]); err != nil {
			return errUsage{err.Error()}
		}
		return keysMasterKey(*out, stdout)
	case "init":
		o.register(fs, false)
		if err := fs.Parse(args[1:]); err != nil {
			return errUsage{err.Error()}
		}
		m, err := o.master()
		if err != nil {
			return err
		}
		ring, err := encrypt.InitLocalKeyring(o.keyring, m)
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s exists; confide never overwrites a keyring (use 'confide keys rotate' to add a key)", o.keyring)
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "created keyring %s with key-encryption key %s\n", o.keyring, ring.PrimaryID())
		return nil
	case "rotate":
		o.register(fs, false)
		if err := fs.Parse(args[1:]); err != nil {
			return errUsage{err.Error()}
		}
		m, err := o.master()
		if err != nil {
			return err
		}
		ring, err := encrypt.RotateLocalKeyring(o.keyring, m)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "new primary key-encryption key %s in %s (%d keys); run 'confide keys rewrap' next\n", ring.PrimaryID(), o.keyring, len(ring.IDs()))
		return nil
	case "rewrap":
		o.register(fs, true)
		batch := fs.Int("batch", 100, "")
		after := fs.String("after", "", "")
		if err := fs.Parse(args[1:]); err != nil {
			return errUsage{err.Error()}
		}
		return keysRewrap(ctx, &o, *batch, *after, stdout)
	case "status":
		o.register(fs, true)
		if err := fs.Parse(args[1:]); err != nil {
			return errUsage{err.Error()}
		}
		return keysStatus(ctx, &o, stdout)
	}
	return errUsage{fmt.Sprintf("unknown keys subcommand %q", args[0])}
}

// keysMasterKey writes a new master key to path (never overwriting) or to
// stdout.
func keysMasterKey(path string, stdout io.Writer) error {
	key := encrypt.NewMasterKey()
	if path == "" {
		_, err := fmt.Fprintln(stdout, key)
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s exists; confide never overwrites a master key", path)
		}
		return err
	}
	if _, err := fmt.Fprintln(f, key); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote a new master key to %s (mode 0600); keep it apart from the keyring and the database\n", path)
	return nil
}

func keysRewrap(ctx context.Context, o *opFlags, batch int, after string, stdout io.Writer) error {
	if batch < 1 {
		return errUsage{"--batch must be at least 1"}
	}
	var from encrypt.SubjectRef
	if after != "" {
		t, s, ok := cutRef(after)
		if !ok {
			return errUsage{"--after takes TENANT/SUBJECT, as printed by an interrupted run"}
		}
		from = encrypt.SubjectRef{Tenant: t, Subject: s}
	}
	sealer, ring, db, err := o.sealer(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := sealer.RewrapAll(ctx, encrypt.RewrapOptions{After: from, BatchSize: batch, Progress: func(p encrypt.RewrapProgress) error {
		fmt.Fprintf(stdout, "rewrapped %d, skipped %d, at %s/%s\n", p.Rewrapped, p.Skipped, p.Cursor.Tenant, p.Cursor.Subject)
		return nil
	}})
	if err != nil {
		if p.Cursor != (encrypt.SubjectRef{}) {
			return fmt.Errorf("%w; resume with --after %s/%s", err, p.Cursor.Tenant, p.Cursor.Subject)
		}
		return err
	}
	fmt.Fprintf(stdout, "done: %d keysets rewrapped under %s, %d already there or forgotten\n", p.Rewrapped, ring.PrimaryID(), p.Skipped)
	return nil
}

func keysStatus(ctx context.Context, o *opFlags, stdout io.Writer) error {
	ring, err := o.openKeyring()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "keyring %s\n", o.keyring)
	for _, id := range ring.IDs() {
		mark := ""
		if id == ring.PrimaryID() {
			mark = "  (primary)"
		}
		fmt.Fprintf(stdout, "  key-encryption key %s%s\n", id, mark)
	}
	if o.db == "" {
		return nil
	}
	db, err := o.openDB(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	byKEK := map[string]int{}
	forgotten, total := 0, 0
	var after encrypt.SubjectRef
	for {
		page, err := db.Keys().List(ctx, after, 500)
		if err != nil {
			return err
		}
		for _, ks := range page {
			total++
			if ks.IsTombstone() {
				forgotten++
				continue
			}
			byKEK[ks.KEKID]++
		}
		if len(page) < 500 {
			break
		}
		after = page[len(page)-1].Ref()
	}
	fmt.Fprintf(stdout, "database: %d subject keysets, %d forgotten\n", total-forgotten, forgotten)
	ids := make([]string, 0, len(byKEK))
	for id := range byKEK {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		note := ""
		if id != ring.PrimaryID() {
			note = "  (not primary: run 'confide keys rewrap')"
		}
		fmt.Fprintf(stdout, "  %6d under %s%s\n", byKEK[id], id, note)
	}
	return nil
}

func cutRef(s string) (tenant, subject string, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return s[:i], s[i+1:], i > 0 && i < len(s)-1
		}
	}
	return "", "", false
}
