package gcp_test

import (
	"context"
	"fmt"
	"log"

	"google.golang.org/api/option"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/encrypt/kms/gcp"
	"github.com/confide-dev/confide/encrypt/kms/internal/kmstest"
)

func Example() {
	ctx := context.Background()
	// A local stand-in of Cloud KMS, so that the example runs offline. In
	// production, leave out every option: Application Default Credentials
	// and Cloud KMS's public endpoint are the defaults.
	addr, stop, err := startGRPC(kmstest.NewBackend("kek"))
	if err != nil {
		log.Fatal(err)
	}
	defer stop()

	kek, err := gcp.NewKEK(ctx, "gcp-kms://projects/acme/locations/europe-west1/keyRings/confide/cryptoKeys/kek",
		gcp.WithEndpoint(addr),
		gcp.WithoutAuthentication(),
		gcp.WithClientOptions(option.WithGRPCDialOption(grpc.WithTransportCredentials(insecure.NewCredentials()))))
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
	// keyset wrapped by gcp-kms://projects/acme/locations/europe-west1/keyRings/confide/cryptoKeys/kek
}
