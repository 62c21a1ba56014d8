package consent

import (
	"errors"
	"fmt"
	"strings"
)

// Errors that callers branch on. Every error this package returns for one of
// these causes wraps it, so test with [errors.Is]. Messages may name
// purposes, notice IDs and versions, which are configuration, never
// customer text; they do not name tenants or subjects.
var (
	// ErrConsentRequired is matched by every [*RequiredError]: a purpose
	// that needs consent has no grant in force for the subject.
	ErrConsentRequired = errors.New("consent: required consent not given")

	// ErrUnknownPurpose is returned for a purpose the ledger's [Taxonomy]
	// does not define. A check for it fails closed.
	ErrUnknownPurpose = errors.New("consent: unknown purpose")

	// ErrNoConsentNeeded is returned when a grant, withdrawal, expiry or
	// opt-out names a purpose whose lawful basis is not consent (for
	// instance a contract): there is nothing to grant or withdraw.
	ErrNoConsentNeeded = errors.New("consent: purpose is not based on consent")

	// ErrUnknownNotice is returned when a consent event names a notice
	// version that was never published, or names it with another hash.
	ErrUnknownNotice = errors.New("consent: unknown notice")

	// ErrNoticeConflict is returned by [Ledger.PublishNotice] and
	// [Store.PutNotice] when the notice version already exists with another
	// text: a published version never changes; publish a new version.
	ErrNoticeConflict = errors.New("consent: notice version already published with another text")

	// ErrInvalid is returned for arguments that can never work: a malformed
	// ID, purpose key or jurisdiction, a negative lifetime, no purposes.
	ErrInvalid = errors.New("consent: invalid argument")

	// ErrConflict is returned by [Store.Append] when the event's sequence
	// number is not the subject's next one: another writer appended first.
	// [Ledger] retries on it.
	ErrConflict = errors.New("consent: ledger changed concurrently")

	// ErrNotFound is returned when an event asked for by ID is not in the
	// subject's ledger.
	ErrNotFound = errors.New("consent: event not found")

	// ErrNoSigner is returned by [Ledger.Receipt] when the ledger has no
	// signing key (see [Options.SigningKey]).
	ErrNoSigner = errors.New("consent: no receipt signing key")

	// ErrReceiptFormat is returned by [VerifyReceipt] for bytes that are not
	// a receipt of a version this package reads, or whose payload is not in
	// canonical form.
	ErrReceiptFormat = errors.New("consent: malformed receipt")

	// ErrReceiptSignature is returned by [VerifyReceipt] when the signature
	// does not verify under the public keyset: the receipt was altered,
	// forged, or signed by another key.
	ErrReceiptSignature = errors.New("consent: receipt signature does not verify")
)

// RequiredError reports the purposes a turn needed but had no consent for.
// It matches [ErrConsentRequired] with [errors.Is]; use [errors.As] to read
// the purposes:
//
//	var req *consent.RequiredError
//	if errors.As(err, &req) {
//		askFor(req.Purpose)
//	}
type RequiredError struct {
	// Purpose is the first missing purpose, in the order of the policy.
	Purpose Purpose
	// Missing lists every missing purpose, Purpose first.
	Missing []Purpose
}

// Error names the missing purposes.
func (e *RequiredError) Error() string {
	if len(e.Missing) > 1 {
		keys := make([]string, len(e.Missing))
		for i, p := range e.Missing {
			keys[i] = string(p)
		}
		return fmt.Sprintf("consent: purposes %s require consent", strings.Join(keys, ", "))
	}
	return fmt.Sprintf("consent: purpose %s requires consent", e.Purpose)
}

// Is reports whether target is [ErrConsentRequired].
func (e *RequiredError) Is(target error) bool { return target == ErrConsentRequired }
