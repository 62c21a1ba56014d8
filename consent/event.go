package consent

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"time"

	"github.com/confide-dev/confide/chat"
)

// EventKind says what a ledger [Event] records.
type EventKind string

// The kinds of ledger events. A withdrawal, an expiry and an opt-out all end
// consent to the purposes they name; they differ in who ended it and why.
const (
	// EventGrant gives consent to its purposes, for a lifetime or until
	// withdrawn.
	EventGrant EventKind = "grant"
	// EventWithdraw is the subject withdrawing consent.
	EventWithdraw EventKind = "withdraw"
	// EventExpire is the controller ending consent, for instance because
	// its policy asks customers to renew consent yearly. A grant's own
	// lifetime ends without an event (see [Choice.Lifetime]).
	EventExpire EventKind = "expire"
	// EventOptOut is an opt-out of sale and sharing, such as a Global
	// Privacy Control signal.
	EventOptOut EventKind = "opt_out"
)

// Source says through what the subject expressed a choice: the
// collection method of a consent receipt.
type Source string

// The sources of events.
const (
	// SourceUI is a choice made in the product's interface.
	SourceUI Source = "ui"
	// SourceAPI is a choice relayed by another system; the default.
	SourceAPI Source = "api"
	// SourceGPC is a Global Privacy Control signal (Sec-GPC: 1).
	SourceGPC Source = "gpc"
	// SourceSystem is the controller's own action, such as an expiry.
	SourceSystem Source = "system"
)

func (s Source) valid() bool {
	switch s {
	case SourceUI, SourceAPI, SourceGPC, SourceSystem:
		return true
	}
	return false
}

// Event is one row of the ledger. Events are never changed or deleted,
// except all of a subject's at once by [Ledger.ForgetSubject].
type Event struct {
	// ID identifies the event and its receipt: a random UUID.
	ID string
	// Tenant and Subject say whose consent this is.
	Tenant  string
	Subject string
	// Seq numbers the subject's events from 1, without gaps.
	Seq uint64
	// Kind says what happened.
	Kind EventKind
	// Purposes are the purposes the event applies to, with their
	// descendants.
	Purposes []Purpose
	// Time is when the event was recorded, in UTC, truncated to the
	// microsecond. Times never decrease along Seq.
	Time time.Time
	// Expires is when a grant lapses; zero for no lifetime and for other
	// kinds.
	Expires time.Time
	// Source is how the choice was expressed.
	Source Source
	// Jurisdiction is where the subject was, as the controller determined
	// it (for instance "EU", "GB" or "US-CA"); may be empty.
	Jurisdiction string
	// Notice is the notice version shown; always set for a grant.
	Notice NoticeRef
}

// Clone returns a copy of e that shares no memory with it.
func (e Event) Clone() Event {
	e.Purposes = slices.Clone(e.Purposes)
	return e
}

// Choice is what a subject chose, passed to [Ledger.Grant],
// [Ledger.Withdraw], [Ledger.Expire] and [Ledger.OptOut]: withdrawing takes
// the same one call as granting.
type Choice struct {
	// Tenant and Subject say whose choice this is (IDs as in [chat.Scope]).
	Tenant  string
	Subject string
	// Purposes the choice applies to. OptOut uses the taxonomy's opt-out
	// purposes when empty.
	Purposes []Purpose
	// Notice is the notice version that was shown. Required to grant;
	// optional otherwise, and checked when set.
	Notice NoticeRef
	// Source is how the choice was expressed; empty means [SourceAPI].
	Source Source
	// Jurisdiction is where the subject was: up to 32 ASCII letters,
	// digits and hyphens, or empty.
	Jurisdiction string
	// Lifetime, for a grant, is how long it lasts; 0 means until withdrawn.
	Lifetime time.Duration
}

func (c Choice) validate() error {
	if err := chat.ValidateID("tenant", c.Tenant); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if err := chat.ValidateID("subject", c.Subject); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if c.Source != "" && !c.Source.valid() {
		return fmt.Errorf("%w: unknown source", ErrInvalid)
	}
	if len(c.Jurisdiction) > 32 {
		return fmt.Errorf("%w: jurisdiction longer than 32 bytes", ErrInvalid)
	}
	for i := 0; i < len(c.Jurisdiction); i++ {
		ch := c.Jurisdiction[i]
		if !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-') {
			return fmt.Errorf("%w: jurisdiction is ASCII letters, digits and hyphens", ErrInvalid)
		}
	}
	if c.Lifetime < 0 {
		return fmt.Errorf("%w: negative lifetime", ErrInvalid)
	}
	return nil
}

// newEventID returns a random (version 4) UUID.
func newEventID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails.
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}
