package audit

import (
	"context"
	"fmt"
	"strings"

	"github.com/tink-crypto/tink-go/v2/tink"
)

// ProblemKind says what broke in a chain.
type ProblemKind string

// The problems [Verify] finds.
const (
	// ProblemEdited: the event's stored hash does not match its contents:
	// a field was changed after it was recorded.
	ProblemEdited ProblemKind = "edited"
	// ProblemMissing: sequence numbers skip: events were deleted.
	ProblemMissing ProblemKind = "missing"
	// ProblemOrder: a sequence number comes again or goes back: events
	// were inserted, duplicated or reordered.
	ProblemOrder ProblemKind = "out_of_order"
	// ProblemLink: the event does not point at the hash of the event
	// before it: it was inserted or replaced.
	ProblemLink ProblemKind = "broken_link"
	// ProblemInvalid: the event breaks the rules of [Event.Validate] or
	// belongs to another tenant.
	ProblemInvalid ProblemKind = "invalid"
	// ProblemSignature: a checkpoint's signature does not verify under
	// the public keyset: forged, altered, or signed by another key.
	ProblemSignature ProblemKind = "bad_signature"
	// ProblemRewritten: a checkpoint names a hash the event at its
	// sequence number no longer has: the chain up to there was rewritten.
	ProblemRewritten ProblemKind = "rewritten"
	// ProblemTruncated: a checkpoint vouches for an event past the end of
	// the log: its tail was cut off.
	ProblemTruncated ProblemKind = "truncated"
)

var problemText = map[ProblemKind]string{
	ProblemEdited:    "the event's hash does not match its contents (edited)",
	ProblemMissing:   "events are missing before this one (deleted)",
	ProblemOrder:     "the sequence number repeats or goes back (inserted, duplicated or reordered)",
	ProblemLink:      "the event does not link to the hash of the one before (inserted or replaced)",
	ProblemInvalid:   "the event is not a valid event of this tenant",
	ProblemSignature: "the checkpoint's signature does not verify (forged, altered or another key)",
	ProblemRewritten: "the checkpoint does not match the event at its sequence number (history rewritten)",
	ProblemTruncated: "the checkpoint vouches for events past the end of the log (tail cut off)",
}

// Problem is one thing [Verify] found wrong.
type Problem struct {
	// Seq is where: the event's sequence number, or the checkpoint's.
	Seq uint64
	// Kind is what.
	Kind ProblemKind
	// Checkpoint is true when the problem is with a checkpoint.
	Checkpoint bool
}

// String describes p, e.g. "event 7: edited: the event's hash does not
// match its contents (edited)".
func (p Problem) String() string {
	what := "event"
	if p.Checkpoint {
		what = "checkpoint at"
	}
	return fmt.Sprintf("%s %d: %s: %s", what, p.Seq, p.Kind, problemText[p.Kind])
}

// VerifyReport is what [Verify] found.
type VerifyReport struct {
	// Tenant is the chain verified.
	Tenant string
	// Events is how many events were read.
	Events int
	// Head is the last event read.
	Head Head
	// Checkpoints is how many checkpoints verified and matched.
	Checkpoints int
	// Anchored is the highest sequence number a verified checkpoint
	// vouches for; events after it rest on the hash chain alone.
	Anchored uint64
	// SignaturesChecked is false when no public keyset was given.
	SignaturesChecked bool
	// Problems lists what broke, in the order found; empty when the log
	// verifies.
	Problems []Problem
}

// OK reports whether the log verified.
func (r *VerifyReport) OK() bool { return len(r.Problems) == 0 }

// Unanchored is how many events after the last verified checkpoint rest
// on the hash chain alone.
func (r *VerifyReport) Unanchored() uint64 {
	if r.Head.Seq < r.Anchored {
		return 0
	}
	return r.Head.Seq - r.Anchored
}

// String summarises the report for people, one line per problem.
func (r *VerifyReport) String() string {
	var b strings.Builder
	status := "OK"
	if !r.OK() {
		status = fmt.Sprintf("FAILED (%d problems)", len(r.Problems))
	}
	fmt.Fprintf(&b, "audit log of tenant %s: %s\n", r.Tenant, status)
	fmt.Fprintf(&b, "  events:      %d (last seq %d)\n", r.Events, r.Head.Seq)
	if r.SignaturesChecked {
		fmt.Fprintf(&b, "  checkpoints: %d verified, signed up to seq %d\n", r.Checkpoints, r.Anchored)
		if n := r.Unanchored(); n > 0 {
			fmt.Fprintf(&b, "  note:        %d events after the last checkpoint rest on the hash chain alone\n", n)
		}
	} else {
		b.WriteString("  checkpoints: not checked (no public keyset)\n")
	}
	for _, p := range r.Problems {
		fmt.Fprintf(&b, "  %s\n", p)
	}
	return b.String()
}

// verifier checks a chain fed to it in order, a page at a time.
type verifier struct {
	r      *VerifyReport
	next   uint64 // the Seq expected next
	prev   Hash   // the stored hash of the last event
	hashes map[uint64]Hash
}

func newChainVerifier(tenant string) *verifier {
	return &verifier{r: &VerifyReport{Tenant: tenant}, next: 1, hashes: make(map[uint64]Hash)}
}

func (v *verifier) problem(seq uint64, k ProblemKind, checkpoint bool) {
	v.r.Problems = append(v.r.Problems, Problem{Seq: seq, Kind: k, Checkpoint: checkpoint})
}

// event checks one event against the one before. After a problem it goes
// on from the event as stored, so that one edit is reported once.
func (v *verifier) event(e Event) {
	v.r.Events++
	if e.Scope.Tenant != v.r.Tenant || e.Validate() != nil {
		v.problem(e.Seq, ProblemInvalid, false)
	} else if h, err := e.ComputeHash(); err != nil || h != e.Hash {
		v.problem(e.Seq, ProblemEdited, false)
	}
	switch {
	case e.Seq > v.next:
		v.problem(e.Seq, ProblemMissing, false)
	case e.Seq < v.next:
		v.problem(e.Seq, ProblemOrder, false)
	case e.Prev != v.prev:
		v.problem(e.Seq, ProblemLink, false)
	}
	if _, seen := v.hashes[e.Seq]; !seen {
		v.hashes[e.Seq] = e.Hash
	}
	if e.Seq >= v.next {
		v.next = e.Seq + 1
	}
	v.prev = e.Hash
	if e.Seq >= v.r.Head.Seq {
		v.r.Head = e.Head()
	}
}

// checkpoints checks the checkpoints against the events seen.
func (v *verifier) checkpoints(cs []Checkpoint, sv tink.Verifier) {
	if sv == nil {
		return
	}
	v.r.SignaturesChecked = true
	for _, c := range cs {
		if c.Tenant != v.r.Tenant || !c.verify(sv) {
			v.problem(c.Seq, ProblemSignature, true)
			continue
		}
		h, ok := v.hashes[c.Seq]
		switch {
		case !ok && c.Seq > v.r.Head.Seq:
			v.problem(c.Seq, ProblemTruncated, true)
		case !ok:
			// The missing event is reported already; the checkpoint
			// cannot anchor anything past it.
			v.problem(c.Seq, ProblemRewritten, true)
		case h != c.Hash:
			v.problem(c.Seq, ProblemRewritten, true)
		default:
			v.r.Checkpoints++
			v.r.Anchored = max(v.r.Anchored, c.Seq)
		}
	}
}

func (v *verifier) result() (*VerifyReport, error) {
	if !v.r.OK() {
		return v.r, fmt.Errorf("%w: tenant %s: %s", ErrTampered, v.r.Tenant, v.r.Problems[0])
	}
	return v.r, nil
}

// Verify checks one tenant's chain, given in order of Seq from the first
// event, against its checkpoints and the public keyset of the key that
// signed them (Tink JSON, as from [PublicKeyset]; nil skips the
// checkpoints). It finds an event edited, deleted, inserted or reordered,
// a chain rewritten or cut short before a checkpoint, and a checkpoint
// forged or signed by another key, and says where in the
// [VerifyReport]. When it finds a problem it also returns an error
// wrapping [ErrTampered]; other errors (a malformed keyset) come with no
// report. Events after the last checkpoint rest on the hash chain alone:
// checkpoint often, and keep copies of the checkpoints elsewhere (see
// [SlogSink]).
func Verify(ctx context.Context, events []Event, checkpoints []Checkpoint, publicKeyset []byte) (*VerifyReport, error) {
	var sv tink.Verifier
	if publicKeyset != nil {
		var err error
		if sv, err = publicVerifier(publicKeyset); err != nil {
			return nil, err
		}
	}
	v := newChainVerifier(mainTenant(events, checkpoints))
	for i, e := range events {
		if i%readPage == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		v.event(e)
	}
	v.checkpoints(checkpoints, sv)
	return v.result()
}

// mainTenant returns the tenant most events name, so that one event moved
// from another chain is the one reported.
func mainTenant(events []Event, checkpoints []Checkpoint) string {
	counts := map[string]int{}
	best := ""
	for _, e := range events {
		counts[e.Scope.Tenant]++
		if counts[e.Scope.Tenant] > counts[best] {
			best = e.Scope.Tenant
		}
	}
	if best == "" && len(checkpoints) > 0 {
		best = checkpoints[0].Tenant
	}
	return best
}

// VerifyStore is [Verify] on the chain of tenant as r stores it, read a
// page at a time. It is what "confide audit verify" runs, with r the SQL
// store of package store.
func VerifyStore(ctx context.Context, r Reader, tenant string, publicKeyset []byte) (*VerifyReport, error) {
	var sv tink.Verifier
	if publicKeyset != nil {
		var err error
		if sv, err = publicVerifier(publicKeyset); err != nil {
			return nil, err
		}
	}
	v := newChainVerifier(tenant)
	var after uint64
	for {
		evs, err := r.Events(ctx, tenant, after, readPage)
		if err != nil {
			return nil, fmt.Errorf("audit: verify: %w", err)
		}
		if len(evs) == 0 {
			break
		}
		for _, e := range evs {
			v.event(e)
		}
		after = max(after+1, evs[len(evs)-1].Seq)
	}
	cs, err := r.Checkpoints(ctx, tenant)
	if err != nil {
		return nil, fmt.Errorf("audit: verify: %w", err)
	}
	v.checkpoints(cs, sv)
	return v.result()
}

// VerifyStoreFile is [VerifyStore] with the public keyset read from the
// file at pubKeysetPath.
func VerifyStoreFile(ctx context.Context, r Reader, tenant, pubKeysetPath string) (*VerifyReport, error) {
	pub, err := readKeysetFile(pubKeysetPath)
	if err != nil {
		return nil, err
	}
	return VerifyStore(ctx, r, tenant, pub)
}
