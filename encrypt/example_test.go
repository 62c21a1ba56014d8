package encrypt_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/confide-dev/confide/encrypt"
	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/core/registry"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// newSealer sets up what a deployment keeps: a master key (normally in
// $CONFIDE_MASTER_KEY), a local keyring file, and a key store.
func newSealer() (*encrypt.Sealer, func()) {
	dir, err := os.MkdirTemp("", "confide-example")
	if err != nil {
		log.Fatal(err)
	}
	master, err := encrypt.ParseMasterKey(encrypt.NewMasterKey())
	if err != nil {
		log.Fatal(err)
	}
	ring, err := encrypt.InitLocalKeyring(filepath.Join(dir, "keyring.json"), master)
	if err != nil {
		log.Fatal(err)
	}
	s, err := encrypt.NewSealer(ring, encrypt.NewMemoryKeyStore(), encrypt.Options{})
	if err != nil {
		log.Fatal(err)
	}
	return s, func() { os.RemoveAll(dir) }
}

func Example() {
	ctx := context.Background()
	s, cleanup := newSealer()
	defer cleanup()

	b := encrypt.Binding{Tenant: "acme", Subject: "cust-42", Conversation: "c-7", Kind: "message", Seq: 3}
	sealed, err := s.Seal(ctx, b, []byte("my card is 4111 1111 1111 1111"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("plaintext visible:", bytes.Contains(sealed, []byte("4111")))

	plaintext, err := s.Open(ctx, b, sealed)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(plaintext))

	// The same bytes presented as another message of the conversation.
	b.Seq = 4
	_, err = s.Open(ctx, b, sealed)
	fmt.Println("moved record:", errors.Is(err, encrypt.ErrTampered))
	// Output:
	// plaintext visible: false
	// my card is 4111 1111 1111 1111
	// moved record: true
}

func ExampleSealer_Forget() {
	ctx := context.Background()
	s, cleanup := newSealer()
	defer cleanup()

	b := encrypt.Binding{Tenant: "acme", Subject: "cust-42", Kind: "message"}
	sealed, err := s.Seal(ctx, b, []byte("hello"))
	if err != nil {
		log.Fatal(err)
	}
	if err := s.Forget(ctx, "acme", "cust-42"); err != nil {
		log.Fatal(err)
	}
	_, err = s.Open(ctx, b, sealed)
	fmt.Println("forgotten:", errors.Is(err, encrypt.ErrForgotten))
	_, err = s.Seal(ctx, b, []byte("new data"))
	fmt.Println("seal refused:", errors.Is(err, encrypt.ErrForgotten))
	// Output:
	// forgotten: true
	// seal refused: true
}

func ExampleSealer_BlindIndex() {
	ctx := context.Background()
	s, cleanup := newSealer()
	defer cleanup()

	byEmail, err := s.BlindIndex("email", encrypt.IndexOptions{Normalize: encrypt.NormalizeEmail})
	if err != nil {
		log.Fatal(err)
	}
	// Store this next to the sealed record instead of the address...
	stored, err := byEmail.Compute(ctx, "acme", "Ann@Example.com")
	if err != nil {
		log.Fatal(err)
	}
	// ...and find the record later from what the customer types.
	lookup, err := byEmail.Compute(ctx, "acme", " ann@example.COM")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(stored), bytes.Equal(stored, lookup))
	// Output: 16 true
}

func ExampleSealer_RotateDataKey() {
	ctx := context.Background()
	s, cleanup := newSealer()
	defer cleanup()

	b := encrypt.Binding{Tenant: "acme", Subject: "cust-42", Kind: "message"}
	old, err := s.Seal(ctx, b, []byte("sealed with version 1"))
	if err != nil {
		log.Fatal(err)
	}
	version, err := s.RotateDataKey(ctx, "acme", "cust-42")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("primary version:", version)

	// Old records still open; Reseal moves them to the new key lazily.
	resealed, changed, err := s.Reseal(ctx, b, old)
	if err != nil {
		log.Fatal(err)
	}
	pt, err := s.Open(ctx, b, resealed)
	fmt.Println(changed, string(pt), err)
	// Output:
	// primary version: 2
	// true sealed with version 1 <nil>
}

func ExampleInitLocalKeyring() {
	dir, err := os.MkdirTemp("", "confide-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "keyring.json")

	// What "confide keys init" does: a new master key for the operator to
	// keep in $CONFIDE_MASTER_KEY, and a keyring file encrypted under it.
	masterKey := encrypt.NewMasterKey()
	master, err := encrypt.ParseMasterKey(masterKey)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := encrypt.InitLocalKeyring(path, master); err != nil {
		log.Fatal(err)
	}
	_, err = encrypt.InitLocalKeyring(path, master)
	fmt.Println("second init refused:", errors.Is(err, os.ErrExist))

	wrong, _ := encrypt.ParseMasterKey(encrypt.NewMasterKey())
	_, err = encrypt.OpenLocalKeyring(path, wrong)
	fmt.Println("wrong master key:", errors.Is(err, encrypt.ErrWrongKEK))
	// Output:
	// second init refused: true
	// wrong master key: true
}

// memKMS stands in for a cloud KMS client such as the adapters in
// encrypt/kms/... provide: anything implementing Tink's registry.KMSClient.
type memKMS struct{ aead tink.AEAD }

func (m memKMS) Supported(uri string) bool { return strings.HasPrefix(uri, "mem-kms://") }

func (m memKMS) GetAEAD(string) (tink.AEAD, error) { return m.aead, nil }

func ExampleNewKMSKEK() {
	h, err := keyset.NewHandle(aead.AES256GCMKeyTemplate())
	if err != nil {
		log.Fatal(err)
	}
	a, err := aead.New(h)
	if err != nil {
		log.Fatal(err)
	}
	var client registry.KMSClient = memKMS{a}

	kek, err := encrypt.NewKMSKEK(client, "mem-kms://keys/confide")
	if err != nil {
		log.Fatal(err)
	}
	ring, err := encrypt.NewKeyring(kek)
	if err != nil {
		log.Fatal(err)
	}
	s, err := encrypt.NewSealer(ring, encrypt.NewMemoryKeyStore(), encrypt.Options{})
	if err != nil {
		log.Fatal(err)
	}
	b := encrypt.Binding{Tenant: "acme", Subject: "cust-42"}
	sealed, _ := s.Seal(context.Background(), b, []byte("wrapped by the KMS key"))
	pt, err := s.Open(context.Background(), b, sealed)
	fmt.Println(string(pt), err)
	// Output: wrapped by the KMS key <nil>
}
