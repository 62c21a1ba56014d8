package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/encrypt"
	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// Files the server keeps in its data directory, all created with mode 0600.
const (
	masterKeyFile  = "master.key"             // the local master key (demo only)
	keyringFile    = "keyring.json"           // the KEK keyset, encrypted under the master key
	sessionKeyFile = "session-keyset.json"    // the cookie AEAD keyset, encrypted under the master key or KMS key
	auditKeyFile   = "audit-signing-key.json" // the audit checkpoint signing keyset, encrypted under the master key or KMS key
	// auditPublicFile is the public half of the audit signing key: what
	// "confide audit verify --public-key" and auditors need.
	auditPublicFile = "audit-public-keyset.json"
)

// sessionKeysetAD binds the session keyset file to its use, so the file
// cannot be swapped for another keyset encrypted under the same key.
var sessionKeysetAD = []byte("confide-supportbot-session-keyset-v1")

// keys is what the server's cryptography rests on.
type keys struct {
	// ring wraps the per-customer keysets of the Sealer.
	ring *encrypt.Keyring
	// session seals session cookies.
	session tink.AEAD
	// audit signs the audit log's checkpoints; auditPublic verifies them.
	audit       *keyset.Handle
	auditPublic []byte
	// kind says where the key-encryption key lives, for the privacy
	// notice.
	kind string
	// warning, when set, tells the operator what is not fit for
	// production.
	warning string
}

// openKeys opens the keys in dir, creating them on first run. With kekURI
// the KEK is a KMS key (through encrypt.KEKFromURI, which needs the KMS
// adapter's package imported so that its client is registered) and no master
// key exists. Without it the KEK is a local keyring encrypted under a master
// key: from $CONFIDE_MASTER_KEY or $CONFIDE_MASTER_KEY_FILE when set,
// otherwise from a file generated next to the data, which is fine for a demo
// and wrong for production.
func openKeys(dir, kekURI string, getenv func(string) string) (*keys, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	k := &keys{}
	var wrap tink.AEAD // protects the session keyset
	if kekURI != "" {
		kek, err := encrypt.KEKFromURI(kekURI)
		if err != nil {
			return nil, fmt.Errorf("KMS key (is the adapter package imported?): %w", err)
		}
		if k.ring, err = encrypt.NewKeyring(kek); err != nil {
			return nil, err
		}
		wrap = kek.AEAD
		k.kind = kmsKind(kekURI)
	} else {
		var err error
		switch {
		case getenv(encrypt.EnvMasterKey) != "":
			wrap, err = encrypt.ParseMasterKey(getenv(encrypt.EnvMasterKey))
		case getenv(encrypt.EnvMasterKeyFile) != "":
			wrap, err = encrypt.ReadMasterKeyFile(getenv(encrypt.EnvMasterKeyFile))
		default:
			wrap, err = localMasterKey(filepath.Join(dir, masterKeyFile))
			k.warning = "the master key is a file next to the data (" + filepath.Join(dir, masterKeyFile) + "): " +
				"fine for a demo, not for production. Keep it elsewhere ($" + encrypt.EnvMasterKeyFile +
				" on a secrets mount, $" + encrypt.EnvMasterKey + ") or use a KMS key (CONFIDE_KEK_URI)."
		}
		if err != nil {
			return nil, err
		}
		path := filepath.Join(dir, keyringFile)
		k.ring, err = encrypt.OpenLocalKeyring(path, wrap)
		if errors.Is(err, os.ErrNotExist) {
			k.ring, err = encrypt.InitLocalKeyring(path, wrap)
		}
		if err != nil {
			return nil, fmt.Errorf("keyring: %w", err)
		}
		k.kind = "a local keyring encrypted under a master key"
	}
	var err error
	if k.session, err = sessionAEAD(filepath.Join(dir, sessionKeyFile), wrap); err != nil {
		return nil, err
	}
	if k.audit, err = auditSigningKey(filepath.Join(dir, auditKeyFile), wrap); err != nil {
		return nil, err
	}
	if k.auditPublic, err = audit.PublicKeyset(k.audit); err != nil {
		return nil, fmt.Errorf("audit signing key: %w", err)
	}
	if err := writeNew(filepath.Join(dir, auditPublicFile), k.auditPublic); err != nil && !errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("audit public keyset: %w", err)
	}
	return k, nil
}

// kmsKind names the KMS of a key URI for people.
func kmsKind(uri string) string {
	scheme, _, _ := strings.Cut(uri, "://")
	switch scheme {
	case "aws-kms":
		return "a key in AWS KMS"
	case "gcp-kms":
		return "a key in Google Cloud KMS"
	case "hcvault":
		return "a key in HashiCorp Vault"
	case "azure-keyvault", "azurekeyvault":
		return "a key in Azure Key Vault"
	}
	return "a key in a key management service"
}

// auditSigningKey reads the audit checkpoint signing keyset at path,
// encrypted under wrap, creating it first if it does not exist. The key is
// generated once and reused, so that every checkpoint of the log verifies
// under one public keyset.
func auditSigningKey(path string, wrap tink.AEAD) (*keyset.Handle, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		h, err := audit.NewSigningKey()
		if err != nil {
			return nil, fmt.Errorf("audit signing key: %w", err)
		}
		var buf bytes.Buffer
		if err := audit.WriteSigningKey(&buf, h, wrap); err != nil {
			return nil, fmt.Errorf("audit signing key: %w", err)
		}
		if err := writeNew(path, buf.Bytes()); err != nil && !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("audit signing key: %w", err)
		}
		// On ErrExist another process won the race: read what is on disk.
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("audit signing key: %w", err)
	}
	defer f.Close()
	h, err := audit.ReadSigningKey(f, wrap)
	if err != nil {
		return nil, fmt.Errorf("audit signing key does not decrypt under this master key: %w", err)
	}
	return h, nil
}

// localMasterKey reads the master key file at path, creating it first if
// it does not exist.
func localMasterKey(path string) (tink.AEAD, error) {
	err := writeNew(path, []byte(encrypt.NewMasterKey()+"\n"))
	if err != nil && !errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("master key: %w", err)
	}
	return encrypt.ReadMasterKeyFile(path)
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
