package consent_test

import (
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/chattest"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/consent/consenttest"
)

func TestMemoryStore(t *testing.T) {
	consenttest.TestStore(t, func(t *testing.T) consent.Store { return consent.NewMemoryStore() })
}

// A TranscriptStore whose purpose is allowed is a faithful chat.Store.
func TestTranscriptStoreConformance(t *testing.T) {
	chattest.TestStore(t, func(t *testing.T) chat.Store {
		l, err := consent.NewLedger(consent.NewMemoryStore(), consent.Options{})
		if err != nil {
			t.Fatal(err)
		}
		// The support purpose rests on the contract, so it is always allowed.
		return consent.NewTranscriptStore(l, chat.NewMemoryStore(), consent.PurposeSupport)
	})
}
