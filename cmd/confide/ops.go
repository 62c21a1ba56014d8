package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/store"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// Defaults shared by the operator commands.
const (
	defaultKeyring = "confide-keyring.json"
	envKeyring     = "CONFIDE_KEYRING"
	envDB          = "CONFIDE_DB"
)

// opFlags are the flags every key-handling command takes.
type opFlags struct {
	keyring    string
	masterFile string
	db         string
}

func (o *opFlags) register(fs interface {
	StringVar(p *string, name, value, usage string)
}, withDB bool) {
	fs.StringVar(&o.keyring, "keyring", envOr(envKeyring, defaultKeyring), "")
	fs.StringVar(&o.masterFile, "master-key-file", "", "")
	if withDB {
		fs.StringVar(&o.db, "db", os.Getenv(envDB), "")
	}
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// master returns the master key from --master-key-file, else from the
// environment. The key itself never appears in an error.
func (o *opFlags) master() (tink.AEAD, error) {
	if o.masterFile != "" {
		return encrypt.ReadMasterKeyFile(o.masterFile)
	}
	m, err := encrypt.MasterKeyFromEnv()
	if err != nil {
		return nil, fmt.Errorf("%w (set %s, %s or --master-key-file; make one with 'confide keys master-key')", err, encrypt.EnvMasterKey, encrypt.EnvMasterKeyFile)
	}
	return m, nil
}

func (o *opFlags) openKeyring() (*encrypt.Keyring, error) {
	m, err := o.master()
	if err != nil {
		return nil, err
	}
	ring, err := encrypt.OpenLocalKeyring(o.keyring, m)
	if err != nil {
		return nil, fmt.Errorf("open keyring %s: %w", o.keyring, err)
	}
	return ring, nil
}

// openDB opens --db: a postgres:// or postgresql:// URL, or a SQLite file
// path. It never echoes the DSN, which may hold a password.
func (o *opFlags) openDB(ctx context.Context) (*store.DB, error) {
	switch {
	case o.db == "":
		return nil, errUsage{fmt.Sprintf("--db is required (a SQLite file or a postgres:// URL; or set %s)", envDB)}
	case strings.HasPrefix(o.db, "postgres://"), strings.HasPrefix(o.db, "postgresql://"):
		return store.OpenPostgres(ctx, o.db)
	default:
		if _, err := os.Stat(o.db); err != nil {
			return nil, fmt.Errorf("database file: %w", errors.Unwrap(err))
		}
		return store.OpenSQLite(ctx, o.db)
	}
}

// sealer opens the keyring and the database and returns a Sealer over them.
func (o *opFlags) sealer(ctx context.Context) (*encrypt.Sealer, *encrypt.Keyring, *store.DB, error) {
	if o.db == "" {
		_, err := o.openDB(ctx) // the usage error
		return nil, nil, nil, err
	}
	ring, err := o.openKeyring()
	if err != nil {
		return nil, nil, nil, err
	}
	db, err := o.openDB(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	s, err := encrypt.NewSealer(ring, db.Keys(), encrypt.Options{})
	if err != nil {
		db.Close()
		return nil, nil, nil, err
	}
	return s, ring, db, nil
}
