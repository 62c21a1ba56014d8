package encrypttest_test

import (
	"testing"

	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/encrypt/encrypttest"
)

func TestMemoryKeyStore(t *testing.T) {
	encrypttest.TestKeyStore(t, func(*testing.T) encrypt.KeyStore { return encrypt.NewMemoryKeyStore() })
}
