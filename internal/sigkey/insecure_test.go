package sigkey

import (
	"io"

	"github.com/tink-crypto/tink-go/v2/insecurecleartextkeyset"
	"github.com/tink-crypto/tink-go/v2/keyset"
)

// insecureWrite writes a private keyset in the clear, to test that
// Verifier refuses it.
func insecureWrite(w io.Writer, h *keyset.Handle) error {
	return insecurecleartextkeyset.Write(h, keyset.NewJSONWriter(w))
}
