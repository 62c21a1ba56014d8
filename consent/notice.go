package consent

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/confide-dev/confide/chat"
)

// Notice is one version of the text shown to a customer when their consent
// is asked: a privacy notice, a consent banner, a checkbox label. A
// published version never changes; its SHA-256 hash ties every consent
// event, and every receipt, to the exact text that was shown.
type Notice struct {
	// ID names the notice, for instance "support-bot-privacy"; Version
	// names this version, for instance "2026-03" or "4". Both follow the
	// ID rules of [chat.Scope].
	ID      string
	Version string
	// Language is the BCP 47 tag of the text, for instance "en" or "de-CH".
	// Optional.
	Language string
	// Text is the notice as shown.
	Text string
	// SHA256 is the hex SHA-256 of Text, set by [Ledger.PublishNotice].
	SHA256 string
	// Published is when the version was published, set by
	// [Ledger.PublishNotice].
	Published time.Time
}

// Ref returns the reference to n that consent events carry.
func (n Notice) Ref() NoticeRef { return NoticeRef{ID: n.ID, Version: n.Version, SHA256: n.SHA256} }

// NoticeRef names one version of a [Notice] and its hash. In a [Choice] the
// hash is optional: when set, it must match the published one, which proves
// the interface showed the text the ledger holds.
type NoticeRef struct {
	// ID and Version name the notice version.
	ID string `json:"id"`
	// SHA256 is the hex SHA-256 of its text.
	SHA256  string `json:"sha256"`
	Version string `json:"version"`
}

// IsZero reports whether r names no notice.
func (r NoticeRef) IsZero() bool { return r == NoticeRef{} }

// NoticeHash returns the hex SHA-256 of a notice text.
func NoticeHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

func (r NoticeRef) validate() error {
	if err := chat.ValidateID("notice id", r.ID); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if err := chat.ValidateID("notice version", r.Version); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if r.SHA256 != "" {
		if b, err := hex.DecodeString(r.SHA256); err != nil || len(b) != sha256.Size || hex.EncodeToString(b) != r.SHA256 {
			return fmt.Errorf("%w: notice hash is not 64 lowercase hex digits", ErrInvalid)
		}
	}
	return nil
}
