package encrypt

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/aead/aesgcm"
	"github.com/tink-crypto/tink-go/v2/insecuresecretdataaccess"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/secretdata"
	"github.com/tink-crypto/tink-go/v2/subtle/random"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// Environment variables read by [MasterKeyFromEnv].
const (
	// EnvMasterKey holds a master key as produced by [NewMasterKey].
	EnvMasterKey = "CONFIDE_MASTER_KEY"
	// EnvMasterKeyFile names a file whose content is such a master key.
	EnvMasterKeyFile = "CONFIDE_MASTER_KEY_FILE"
)

// masterKeySize is the size of a master key: AES-256.
const masterKeySize = 32

// localKeyringAD binds a keyset file's ciphertext to its purpose, so that
// no other blob encrypted under the same master key can pass for it.
var localKeyringAD = []byte("confide/local-keyring/v1")

// NewMasterKey returns a fresh master key: 32 random bytes, standard base64
// encoded, ready for [EnvMasterKey] or a file given by [EnvMasterKeyFile].
func NewMasterKey() string {
	return base64.StdEncoding.EncodeToString(random.GetRandomBytes(masterKeySize))
}

// ParseMasterKey turns a master key from [NewMasterKey] into the AEAD that
// protects a local keyset file. Surrounding white space is ignored. It
// fails with [ErrMasterKey] unless the text is base64 of exactly 32 bytes.
func ParseMasterKey(encoded string) (tink.AEAD, error) {
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(encoded))
	if err != nil {
		return nil, fmt.Errorf("%w: not standard base64", ErrMasterKey)
	}
	if len(raw) != masterKeySize {
		return nil, fmt.Errorf("%w: got %d bytes, want %d", ErrMasterKey, len(raw), masterKeySize)
	}
	params, err := aesgcm.NewParameters(aesgcm.ParametersOpts{
		KeySizeInBytes: masterKeySize,
		IVSizeInBytes:  12,
		TagSizeInBytes: 16,
		Variant:        aesgcm.VariantNoPrefix,
	})
	if err != nil {
		return nil, fmt.Errorf("encrypt: master key parameters: %w", err)
	}
	key, err := aesgcm.NewKey(secretdata.NewBytesFromData(raw, insecuresecretdataaccess.Token{}), 0, params)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMasterKey, err)
	}
	a, err := aesgcm.NewAEAD(key)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMasterKey, err)
	}
	return a, nil
}

// ReadMasterKeyFile reads a master key from a file (see [ParseMasterKey]).
func ReadMasterKeyFile(path string) (tink.AEAD, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: read %s: %w", ErrMasterKey, path, err)
	}
	a, err := ParseMasterKey(string(b))
	if err != nil {
		return nil, fmt.Errorf("encrypt: master key file %s: %w", path, err)
	}
	return a, nil
}

// MasterKeyFromEnv reads the master key from [EnvMasterKey], or else from
// the file named by [EnvMasterKeyFile]. It fails with [ErrMasterKey] if
// neither is set.
func MasterKeyFromEnv() (tink.AEAD, error) {
	if v, ok := os.LookupEnv(EnvMasterKey); ok {
		a, err := ParseMasterKey(v)
		if err != nil {
			return nil, fmt.Errorf("encrypt: $%s: %w", EnvMasterKey, err)
		}
		return a, nil
	}
	if p := os.Getenv(EnvMasterKeyFile); p != "" {
		return ReadMasterKeyFile(p)
	}
	return nil, fmt.Errorf("%w: neither $%s nor $%s is set", ErrMasterKey, EnvMasterKey, EnvMasterKeyFile)
}

// InitLocalKeyring creates a local KEK keyset file at path: a Tink keyset
// holding one AES-256-GCM key, written as Tink's encrypted JSON under master
// (from [ParseMasterKey], or any AEAD such as a KMS one) with mode 0600. It
// never overwrites: if path exists it fails with an error matching
// [os.ErrExist]. It returns the keyring that [OpenLocalKeyring] would.
func InitLocalKeyring(path string, master tink.AEAD) (*Keyring, error) {
	h, err := keyset.NewHandle(aead.AES256GCMKeyTemplate())
	if err != nil {
		return nil, fmt.Errorf("encrypt: local keyring %s: new keyset: %w", path, err)
	}
	if err := writeLocalKeyset(path, h, master, false); err != nil {
		return nil, err
	}
	return localKeyring(path, h)
}

// OpenLocalKeyring reads the keyset file at path, decrypting it with master.
// A wrong master key or an altered file fails with [ErrWrongKEK].
//
// Each key of the file becomes one KEK with ID "local:" and the Tink key ID
// as eight hex digits; the file's primary key is the keyring's primary.
func OpenLocalKeyring(path string, master tink.AEAD) (*Keyring, error) {
	h, err := readLocalKeyset(path, master)
	if err != nil {
		return nil, err
	}
	return localKeyring(path, h)
}

// RotateLocalKeyring adds a fresh key to the keyset file at path and makes it
// the primary, keeping the old keys so existing wrapped keysets still open.
// Follow it with [Sealer.RewrapAll] on a Sealer that uses the returned
// keyring. The file is replaced atomically.
func RotateLocalKeyring(path string, master tink.AEAD) (*Keyring, error) {
	h, err := readLocalKeyset(path, master)
	if err != nil {
		return nil, err
	}
	m := keyset.NewManagerFromHandle(h)
	id, err := m.Add(aead.AES256GCMKeyTemplate())
	if err != nil {
		return nil, fmt.Errorf("encrypt: local keyring %s: add key: %w", path, err)
	}
	if err := m.SetPrimary(id); err != nil {
		return nil, fmt.Errorf("encrypt: local keyring %s: set primary: %w", path, err)
	}
	if h, err = m.Handle(); err != nil {
		return nil, fmt.Errorf("encrypt: local keyring %s: %w", path, err)
	}
	if err := writeLocalKeyset(path, h, master, true); err != nil {
		return nil, err
	}
	return localKeyring(path, h)
}

func readLocalKeyset(path string, master tink.AEAD) (*keyset.Handle, error) {
	if master == nil {
		return nil, fmt.Errorf("encrypt: local keyring %s: %w: nil", path, ErrMasterKey)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("encrypt: local keyring: %w", err)
	}
	h, err := keyset.ReadWithAssociatedData(keyset.NewJSONReader(bytes.NewReader(b)), master, localKeyringAD)
	if err != nil {
		return nil, fmt.Errorf("encrypt: local keyring %s: %w (or the file is corrupted)", path, ErrWrongKEK)
	}
	return h, nil
}

func writeLocalKeyset(path string, h *keyset.Handle, master tink.AEAD, replace bool) error {
	if master == nil {
		return fmt.Errorf("encrypt: local keyring %s: %w: nil", path, ErrMasterKey)
	}
	var buf bytes.Buffer
	if err := h.WriteWithAssociatedData(keyset.NewJSONWriter(&buf), master, localKeyringAD); err != nil {
		return fmt.Errorf("encrypt: local keyring %s: encrypt keyset: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".keyring-*")
	if err != nil {
		return fmt.Errorf("encrypt: local keyring: %w", err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(buf.Bytes())
	if err == nil {
		err = tmp.Chmod(0o600)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("encrypt: local keyring %s: write: %w", path, err)
	}
	if replace {
		err = os.Rename(tmp.Name(), path)
	} else {
		// A hard link fails if path exists, so two racing inits cannot both win.
		err = os.Link(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("encrypt: local keyring: %w", err)
	}
	return nil
}

func localKeyring(path string, h *keyset.Handle) (*Keyring, error) {
	a, err := aead.New(h)
	if err != nil {
		return nil, fmt.Errorf("encrypt: local keyring %s: %w", path, err)
	}
	p, err := h.Primary()
	if err != nil {
		return nil, fmt.Errorf("encrypt: local keyring %s: %w", path, err)
	}
	primary := KEK{ID: localKEKID(p.KeyID()), AEAD: a}
	var older []KEK
	for i := range h.Len() {
		e, err := h.Entry(i)
		if err != nil {
			return nil, fmt.Errorf("encrypt: local keyring %s: %w", path, err)
		}
		if e.KeyID() != p.KeyID() {
			// Tink picks the key from the ciphertext prefix, so one AEAD
			// serves every key of the file.
			older = append(older, KEK{ID: localKEKID(e.KeyID()), AEAD: a})
		}
	}
	return NewKeyring(primary, older...)
}

func localKEKID(id uint32) string { return fmt.Sprintf("local:%08x", id) }
