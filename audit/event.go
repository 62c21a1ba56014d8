package audit

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
)

// EventVersion names the canonical encoding of an [Event] that its hash
// covers. A change to the encoding needs a new version.
const EventVersion = "confide.audit-event.v1"

// Errors that callers branch on; test them with [errors.Is].
var (
	// ErrInvalid is returned for an event or argument that can never be
	// recorded: a malformed ID, an operation, decision or reason outside
	// the fixed sets, a negative count. The message names the field,
	// never its value.
	ErrInvalid = errors.New("audit: invalid event")

	// ErrTampered is returned (wrapped) by [Verify] and [VerifyStore] when
	// the log fails verification, and by readers for a stored event that
	// no longer decodes. The [VerifyReport] says where and what.
	ErrTampered = errors.New("audit: log fails verification")

	// ErrNoSigner is returned by [Log.Checkpoint] when the log has no
	// signing key.
	ErrNoSigner = errors.New("audit: no checkpoint signing key")

	// ErrEmpty is returned by [Log.Checkpoint] for a tenant whose chain
	// has no event.
	ErrEmpty = errors.New("audit: no event to checkpoint")
)

// Operation is what an [Event] records. The set is fixed: an event with
// any other operation is refused.
type Operation string

// The operations.
const (
	// OpTurn is a model call that answers a customer's message.
	OpTurn Operation = "turn"
	// OpModelCall is a further model call of the same turn, after tool
	// results.
	OpModelCall Operation = "model_call"
	// OpTool is the execution of one tool call.
	OpTool Operation = "tool"
	// OpErase is the erasure of a subject's data (a forget request).
	OpErase Operation = "erase"
	// OpExport is an export of a subject's data (an access request).
	OpExport Operation = "export"
	// OpRetention is a retention purge of a tenant's old records.
	OpRetention Operation = "retention"
	// OpConsentChange is a consent grant, withdrawal or opt-out.
	OpConsentChange Operation = "consent_change"
	// OpKeyRotation is a rotation of key-encryption or data keys.
	OpKeyRotation Operation = "key_rotation"
)

// Decision is the outcome an [Event] records.
type Decision string

// The decisions.
const (
	// DecisionAllowed: the operation ran in full.
	DecisionAllowed Decision = "allowed"
	// DecisionRefused: a policy stopped it before anything happened
	// (for a turn: nothing reached the model).
	DecisionRefused Decision = "refused"
	// DecisionDegraded: it ran, with some layer's work left undone
	// because a purpose was not allowed (see [Event.Refused]).
	DecisionDegraded Decision = "degraded"
	// DecisionError: it failed; [Event.Reason] gives the class.
	DecisionError Decision = "error"
)

// Reason is the class of a refusal or an error, from a fixed set, so that
// no error text (which could quote a customer) reaches the log. It is empty
// for an allowed operation.
type Reason string

// The reasons.
const (
	// ReasonConsentRequired: a required purpose had no consent.
	ReasonConsentRequired Reason = "consent_required"
	// ReasonConsentCheck: the consent ledger could not answer.
	ReasonConsentCheck Reason = "consent_check"
	// ReasonInvalidInput: a malformed or oversized message or scope.
	ReasonInvalidInput Reason = "invalid_input"
	// ReasonCanceled: the caller cancelled.
	ReasonCanceled Reason = "canceled"
	// ReasonDeadline: a deadline passed.
	ReasonDeadline Reason = "deadline"
	// ReasonToolRounds: the model called tools past the limit.
	ReasonToolRounds Reason = "tool_rounds"
	// ReasonToolFailed: a tool reported a failure to the model.
	ReasonToolFailed Reason = "tool_failed"
	// ReasonDetector: PII detection failed, so nothing was sent.
	ReasonDetector Reason = "detector"
	// ReasonOutputBlocked: the reply held PII the policy blocks.
	ReasonOutputBlocked Reason = "output_blocked"
	// ReasonVault: the redaction vault failed (full, unreadable).
	ReasonVault Reason = "vault"
	// ReasonEncryption: a record did not seal or open (tampered,
	// forgotten subject, retired key, wrong key).
	ReasonEncryption Reason = "encryption"
	// ReasonStore: the database failed or was closed.
	ReasonStore Reason = "store"
	// ReasonModel: the model provider failed.
	ReasonModel Reason = "model"
	// ReasonOther: any other error.
	ReasonOther Reason = "other"
)

var (
	operations = set(OpTurn, OpModelCall, OpTool, OpErase, OpExport, OpRetention, OpConsentChange, OpKeyRotation)
	decisions  = set(DecisionAllowed, DecisionRefused, DecisionDegraded, DecisionError)
	reasons    = set("", ReasonConsentRequired, ReasonConsentCheck, ReasonInvalidInput, ReasonCanceled,
		ReasonDeadline, ReasonToolRounds, ReasonToolFailed, ReasonDetector, ReasonOutputBlocked, ReasonVault,
		ReasonEncryption, ReasonStore, ReasonModel, ReasonOther)
)

func set[T comparable](vs ...T) map[T]bool {
	m := make(map[T]bool, len(vs))
	for _, v := range vs {
		m[v] = true
	}
	return m
}

// Valid reports whether o is one of the operations.
func (o Operation) Valid() bool { return operations[o] }

// Valid reports whether d is one of the decisions.
func (d Decision) Valid() bool { return decisions[d] }

// Valid reports whether r is one of the reasons (or empty).
func (r Reason) Valid() bool { return reasons[r] }

// Hash is a SHA-256 digest. It encodes as lowercase hex in JSON and text.
type Hash [sha256.Size]byte

// String returns h in hex.
func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// MarshalText encodes h in hex.
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText decodes the hex form.
func (h *Hash) UnmarshalText(b []byte) error {
	if hex.DecodedLen(len(b)) != len(h) {
		return fmt.Errorf("audit: hash is %d hex digits, want %d", len(b), 2*len(h))
	}
	_, err := hex.Decode(h[:], b)
	return err
}

// IsZero reports whether h is all zeros: the Prev of a chain's first event.
func (h Hash) IsZero() bool { return h == Hash{} }

// Event is one audit record: what was done, for whom, with what outcome,
// and what personal data was seen, as counts per type. It has no field for
// text: IDs follow the rules of [chat.Scope], purposes those of
// [consent.Purpose], operations, decisions and reasons come from fixed
// sets, entity types are upper-case names (no long digit runs), and key IDs and tool names are
// short identifiers. [Event.Validate] enforces this, and every [Log] and
// [Sink] refuses an event that fails it.
//
// Seq, Prev, Hash and Time are set when the event is recorded.
type Event struct {
	// CompletedAt is when the operation finished (an erasure: when the
	// data was gone). Zero when not applicable.
	CompletedAt time.Time `json:"completed_at,omitzero"`
	// Decision is the outcome.
	Decision Decision `json:"decision"`
	// Hash is SHA-256 over [EventVersion], a zero byte, and the event's
	// canonical encoding without Hash (see [Event.Canonical]). Prev
	// chains it to the event before.
	Hash Hash `json:"hash,omitzero"`
	// Keys lists the IDs of keys used (a KEK ID, a data-key version, a
	// signing key ID).
	Keys []string `json:"keys,omitempty"`
	// Operation is what was done.
	Operation Operation `json:"operation"`
	// PII counts the values of personal data found, per entity type
	// (EMAIL_ADDRESS, CREDIT_CARD, ...). Never the values.
	PII map[string]int `json:"pii,omitempty"`
	// Prev is the Hash of the previous event of the tenant's chain; zero
	// for the first.
	Prev Hash `json:"prev,omitzero"`
	// Purposes lists the purposes checked.
	Purposes []consent.Purpose `json:"purposes,omitempty"`
	// Reason classes a refusal or an error.
	Reason Reason `json:"reason,omitempty"`
	// Refused lists the purposes not allowed: the missing consent of a
	// refusal, or the optional purposes of a degraded turn.
	Refused []consent.Purpose `json:"refused,omitempty"`
	// RequestedAt is when the operation was asked for (an erasure: when
	// the customer asked). Zero when not applicable.
	RequestedAt time.Time `json:"requested_at,omitzero"`
	// Scope says whose data: Tenant is required, Subject and
	// Conversation may be empty for operations on a whole tenant.
	Scope chat.Scope `json:"scope"`
	// Seq is the event's place in its tenant's chain, from 1.
	Seq uint64 `json:"seq"`
	// Time is when the event was recorded, in UTC.
	Time time.Time `json:"time"`
	// Tool is the name of the tool an [OpTool] event ran.
	Tool string `json:"tool,omitempty"`
}

// Head is the position of a chain's last event: its sequence number and
// hash. The zero Head is the position before the first event.
type Head struct {
	Seq  uint64 `json:"seq"`
	Hash Hash   `json:"hash"`
}

// Head returns the position e ends the chain at.
func (e Event) Head() Head { return Head{Seq: e.Seq, Hash: e.Hash} }

// Validate reports whether e may be recorded: see [Event]. The error wraps
// [ErrInvalid] and names the field, never its value.
func (e Event) Validate() error {
	if err := chat.ValidateID("tenant", e.Scope.Tenant); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	for _, f := range []struct{ name, id string }{{"subject", e.Scope.Subject}, {"conversation", e.Scope.Conversation}} {
		if f.id == "" {
			continue
		}
		if err := chat.ValidateID(f.name, f.id); err != nil {
			return fmt.Errorf("%w: %w", ErrInvalid, err)
		}
	}
	if e.Scope.Subject == "" && e.Scope.Conversation != "" {
		return fmt.Errorf("%w: a conversation needs a subject", ErrInvalid)
	}
	switch {
	case !e.Operation.Valid():
		return fmt.Errorf("%w: unknown operation", ErrInvalid)
	case !e.Decision.Valid():
		return fmt.Errorf("%w: unknown decision", ErrInvalid)
	case !e.Reason.Valid():
		return fmt.Errorf("%w: unknown reason", ErrInvalid)
	}
	for _, ps := range [][]consent.Purpose{e.Purposes, e.Refused} {
		for i, p := range ps {
			if err := p.Validate(); err != nil {
				return fmt.Errorf("%w: purpose %d is malformed", ErrInvalid, i)
			}
		}
	}
	for typ, n := range e.PII {
		if !entityType(typ) {
			return fmt.Errorf("%w: a PII type is not an upper-case name of at most 64 bytes", ErrInvalid)
		}
		if n < 0 {
			return fmt.Errorf("%w: a PII count is negative", ErrInvalid)
		}
	}
	for i, k := range e.Keys {
		if !isName(k, 128, keyChar) {
			return fmt.Errorf("%w: key %d is not an identifier of at most 128 bytes (letters, digits, - _ . :)", ErrInvalid, i)
		}
	}
	if e.Tool != "" && !isName(e.Tool, 64, toolChar) {
		return fmt.Errorf("%w: the tool name is not an identifier of at most 64 bytes (letters, digits, - _ .)", ErrInvalid)
	}
	if !e.RequestedAt.IsZero() && !e.CompletedAt.IsZero() && e.CompletedAt.Before(e.RequestedAt) {
		return fmt.Errorf("%w: completed before it was requested", ErrInvalid)
	}
	return nil
}

func isName(s string, maxLen int, ok func(byte) bool) bool {
	if s == "" || len(s) > maxLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

func upper(c byte) bool { return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' }

// entityType reports whether s looks like an entity type (EMAIL_ADDRESS,
// UK_NINO): upper-case letters, digits and underscores, starting with a
// letter, with no run of more than three digits, so that no number can
// pass for a type.
func entityType(s string) bool {
	if !isName(s, 64, upper) || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run > 3 {
				return false
			}
		} else {
			run = 0
		}
	}
	return true
}

func toolChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
}

func keyChar(c byte) bool { return toolChar(c) || c == ':' }

// normalize returns e with times in UTC (which also drops the monotonic
// reading) and zero PII counts dropped, so that encoding is deterministic.
func (e Event) normalize() Event {
	e.Time = e.Time.UTC()
	if !e.RequestedAt.IsZero() {
		e.RequestedAt = e.RequestedAt.UTC()
	}
	if !e.CompletedAt.IsZero() {
		e.CompletedAt = e.CompletedAt.UTC()
	}
	if len(e.PII) > 0 {
		pii := make(map[string]int, len(e.PII))
		for t, n := range e.PII {
			if n != 0 {
				pii[t] = n
			}
		}
		e.PII = pii
	}
	if len(e.PII) == 0 {
		e.PII = nil
	}
	return e
}

// Canonical returns the encoding of e that its hash covers: the JSON of e
// without Hash, map keys sorted, no insignificant space, no HTML escaping,
// times in RFC 3339 with nanoseconds.
func (e Event) Canonical() ([]byte, error) {
	e.Hash = Hash{}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		return nil, fmt.Errorf("audit: encode event: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// ComputeHash returns the hash e should carry: SHA-256 over
// [EventVersion], a zero byte and [Event.Canonical].
func (e Event) ComputeHash() (Hash, error) {
	b, err := e.Canonical()
	if err != nil {
		return Hash{}, err
	}
	return hashPayload(b), nil
}

func hashPayload(canonical []byte) Hash {
	h := sha256.New()
	h.Write([]byte(EventVersion))
	h.Write([]byte{0})
	h.Write(canonical)
	var out Hash
	h.Sum(out[:0])
	return out
}

// Link makes e the event after head in its tenant's chain: it validates e,
// sets Seq to head.Seq+1 and Prev to head.Hash, and computes Hash. Every
// [Sink] calls it while it holds its tenant's chain, so that concurrent
// writers form one chain. e.Time must be set.
func Link(head Head, e Event) (Event, error) {
	if err := e.Validate(); err != nil {
		return Event{}, err
	}
	if e.Time.IsZero() {
		return Event{}, fmt.Errorf("%w: no time", ErrInvalid)
	}
	e = e.normalize()
	e.Seq, e.Prev = head.Seq+1, head.Hash
	h, err := e.ComputeHash()
	if err != nil {
		return Event{}, err
	}
	e.Hash = h
	return e, nil
}

// DecodeEvent decodes the JSON of an event (as written by [Event.Canonical]
// or json.Marshal), refusing unknown fields. It does not check the hash;
// [Verify] does.
func DecodeEvent(b []byte) (Event, error) {
	var e Event
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		// The decoder's message may quote the bytes: say less.
		return Event{}, fmt.Errorf("%w: event does not decode", ErrTampered)
	}
	return e, nil
}
