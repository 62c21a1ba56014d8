package vault_test

import (
	"context"
	"fmt"
	"log"

	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/encrypt/kms/internal/kmstest"
	"github.com/confide-dev/confide/encrypt/kms/vault"
)

func Example() {
	ctx := context.Background()
	// A local stand-in of Vault's transit engine, so that the example runs
	// offline. In production, leave out WithAddress (the URI names the
	// host) and take the token from $VAULT_TOKEN or a secret store.
	srv := serve(kmstest.NewBackend("confide"), false)
	defer srv.Close()

	kek, err := vault.NewKEK(ctx, "hcvault://vault.internal:8200/transit/keys/confide",
		vault.WithAddress(srv.URL),
		vault.WithToken(token))
	if err != nil {
		log.Fatal(err)
	}
	ring, err := encrypt.NewKeyring(kek)
	if err != nil {
		log.Fatal(err)
	}
	store := encrypt.NewMemoryKeyStore()
	s, err := encrypt.NewSealer(ring, store, encrypt.Options{})
	if err != nil {
		log.Fatal(err)
	}

	b := encrypt.Binding{Tenant: "acme", Subject: "cust-42", Conversation: "c-7", Kind: "message", Seq: 1}
	sealed, err := s.Seal(ctx, b, []byte("my card is 4111 1111 1111 1111"))
	if err != nil {
		log.Fatal(err)
	}
	plaintext, err := s.Open(ctx, b, sealed)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(plaintext))

	rec, err := store.Get(ctx, "acme", "cust-42")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("keyset wrapped by", rec.KEKID)
	// Output:
	// my card is 4111 1111 1111 1111
	// keyset wrapped by hcvault://vault.internal:8200/transit/keys/confide
}
