package aws_test

import (
	"context"
	"fmt"
	"log"

	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/encrypt/kms/aws"
	"github.com/confide-dev/confide/encrypt/kms/internal/kmstest"
)

func Example() {
	ctx := context.Background()
	// A local stand-in of AWS KMS, so that the example runs offline. In
	// production, leave out WithEndpoint and WithStaticCredentials: the
	// SDK's default chain finds the credentials, the ARN gives the region.
	srv, _ := serve(kmstest.NewBackend("1234abcd-12ab-34cd-56ef-1234567890ab"))
	defer srv.Close()

	kek, err := aws.NewKEK(ctx, "aws-kms://arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
		aws.WithEndpoint(srv.URL),
		aws.WithStaticCredentials(accessKeyID, "secret", ""))
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
	// keyset wrapped by aws-kms://arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
}
