package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/policy"
	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// Files the server keeps in its data directory, all created with mode
// 0600, besides those the policy names (the keyring, the audit signing
// key), which policy.Build creates there in development mode.
const (
	masterKeyFile  = "master.key"          // the local master key (development only)
	sessionKeyFile = "session-keyset.json" // the cookie AEAD keyset, encrypted under the master key or KMS key
	// auditPublicFile is the public half of the audit signing key: what
	// "confide audit verify --public-key" and auditors need.
	auditPublicFile = "audit-public-keyset.json"
)

// sessionKeysetAD binds the session keyset file to its use, so the file
// cannot be swapped for another keyset encrypted under the same key.
var sessionKeysetAD = []byte("confide-supportbot-session-keyset-v1")

// keys is what the server's cryptography rests on besides what the policy
// builds.
type keys struct {
	// session seals session cookies.
	session tink.AEAD
	// env holds environment variables the server gives policy.Build: the
	// master key it generated.
	env map[string]string
	// warning, when set, tells the operator what is not fit for
	// production.
	warning string
}

// openKeys opens the session key in dir, creating it on first run,
// encrypted under the key the policy's keyring rests on: its KMS key
// (through encrypt.KEKFromURI, which needs the KMS adapter's package
// imported so that its client is registered), or its master key, from the
// environment variable or file the policy names. In development, when that
// variable is unset, the master key is a file generated next to the data,
// which is fine for a demo and wrong for production.
func openKeys(dir string, p *policy.Policy, getenv func(string) string) (*keys, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	k := &keys{env: map[string]string{}}
	var wrap tink.AEAD // protects the session keyset
	var err error
	switch r := p.Keyring; {
	case r.KMS != "":
		kek, kerr := encrypt.KEKFromURI(r.KMS)
		if kerr != nil {
			return nil, fmt.Errorf("keyring.kms (is the KMS adapter package imported?): %w", kerr)
		}
		wrap = kek.AEAD
	case r.MasterKeyFile != "":
		path := r.MasterKeyFile
		if !filepath.IsAbs(path) {
			path = filepath.Join(filepath.Dir(p.File()), path)
		}
		wrap, err = encrypt.ReadMasterKeyFile(path)
	case getenv(r.MasterKeyEnv) != "":
		wrap, err = encrypt.ParseMasterKey(getenv(r.MasterKeyEnv))
	case p.Mode != policy.ModeDevelopment:
		return nil, fmt.Errorf("keyring.master_key_env: the environment variable %s is not set", r.MasterKeyEnv)
	default:
		path := filepath.Join(dir, masterKeyFile)
		var master string
		if master, err = localMasterKey(path); err == nil {
			wrap, err = encrypt.ParseMasterKey(master)
			k.env[r.MasterKeyEnv] = master
		}
		k.warning = "the master key is a file next to the data (" + path + ") because $" + r.MasterKeyEnv + " is unset: " +
			"fine for a demo, not for production. Set $" + r.MasterKeyEnv + " from your secret store, " +
			"or name a KMS key (keyring.kms) in your copy of the policy."
	}
	if err != nil {
		return nil, fmt.Errorf("master key: %w", err)
	}
	if k.session, err = sessionAEAD(filepath.Join(dir, sessionKeyFile), wrap); err != nil {
		return nil, err
	}
	return k, nil
}

// localMasterKey returns the master key in the file at path, creating the
// file first if it does not exist.
func localMasterKey(path string) (string, error) {
	err := writeNew(path, []byte(encrypt.NewMasterKey()+"\n"))
	if err != nil && !errors.Is(err, os.ErrExist) {
		return "", err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(b)), nil
}

// sessionAEAD reads the session keyset at path, encrypted under wrap,
// creating it first if it does not exist.
func sessionAEAD(path string, wrap tink.AEAD) (tink.AEAD, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := newSessionKeyset(path, wrap); err != nil && !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("session keyset: %w", err)
		}
		// On ErrExist another process won the race: read what is on disk.
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("session keyset: %w", err)
	}
	h, err := keyset.ReadWithAssociatedData(keyset.NewJSONReader(bytes.NewReader(b)), wrap, sessionKeysetAD)
	if err != nil {
		return nil, fmt.Errorf("session keyset does not decrypt under this master key: %w", err)
	}
	return aead.New(h)
}

// newSessionKeyset writes a new session keyset to path, encrypted under
// wrap.
func newSessionKeyset(path string, wrap tink.AEAD) error {
	h, err := keyset.NewHandle(aead.AES256GCMKeyTemplate())
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := h.WriteWithAssociatedData(keyset.NewJSONWriter(&buf), wrap, sessionKeysetAD); err != nil {
		return err
	}
	return writeNew(path, buf.Bytes())
}

// writeNew creates path with mode 0600 and writes b, failing with an error
// matching os.ErrExist if the file exists.
func writeNew(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	return f.Close()
}
