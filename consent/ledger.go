package consent

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"slices"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/confide-dev/confide/chat"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/signature"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// Options configure a [Ledger]. The zero value is a ledger of the default
// taxonomy, on the system clock, without receipts.
type Options struct {
	// Taxonomy defines the purposes; nil means [DefaultTaxonomy].
	Taxonomy *Taxonomy
	// Clock returns the current time; nil means time.Now. Tests inject
	// one to move time without sleeping.
	Clock func() time.Time
	// SigningKey is the private Tink signature keyset that signs receipts
	// (see [NewSigningKey]); nil means [Ledger.Receipt] fails with
	// [ErrNoSigner].
	SigningKey *keyset.Handle
	// Controller names the organisation responsible for the processing, as
	// receipts show it.
	Controller Controller
}

// Ledger records consent events and answers whether a purpose is allowed
// for a subject, now or at any past time, by replaying the subject's
// events. It is safe for concurrent use.
type Ledger struct {
	store      Store
	tax        *Taxonomy
	now        func() time.Time
	signer     tink.Signer
	controller Controller

	seed  maphash.Seed
	locks [64]sync.Mutex
}

// writeAttempts bounds the retries of a write that lost a race with
// another process.
const writeAttempts = 16

// NewLedger returns a ledger on store.
func NewLedger(store Store, opts Options) (*Ledger, error) {
	if store == nil {
		return nil, fmt.Errorf("consent: new ledger: %w: nil store", ErrInvalid)
	}
	l := &Ledger{store: store, tax: opts.Taxonomy, now: opts.Clock, controller: opts.Controller, seed: maphash.MakeSeed()}
	if l.tax == nil {
		l.tax = DefaultTaxonomy()
	}
	if l.now == nil {
		l.now = time.Now
	}
	if opts.SigningKey != nil {
		s, err := signature.NewSigner(opts.SigningKey)
		if err != nil {
			return nil, fmt.Errorf("consent: new ledger: signing key: %w", err)
		}
		l.signer = s
	}
	return l, nil
}

// Taxonomy returns the ledger's purposes.
func (l *Ledger) Taxonomy() *Taxonomy { return l.tax }

// PublishNotice publishes a version of a tenant's notice, so that consent
// events can name it. It returns the notice with its hash and publication
// time. Publishing the same text again returns the stored notice;
// publishing another text under a published version fails with
// [ErrNoticeConflict].
func (l *Ledger) PublishNotice(ctx context.Context, tenant string, n Notice) (Notice, error) {
	if err := chat.ValidateID("tenant", tenant); err != nil {
		return Notice{}, fmt.Errorf("consent: publish notice: %w: %w", ErrInvalid, err)
	}
	if !utf8.ValidString(n.Text) || !utf8.ValidString(n.Language) {
		return Notice{}, fmt.Errorf("consent: publish notice: %w: text is not valid UTF-8", ErrInvalid)
	}
	n.SHA256 = NoticeHash(n.Text)
	n.Published = l.clock()
	if err := n.Ref().validate(); err != nil {
		return Notice{}, fmt.Errorf("consent: publish notice: %w", err)
	}
	if err := l.store.PutNotice(ctx, tenant, n); err != nil {
		return Notice{}, fmt.Errorf("consent: publish notice: %w", err)
	}
	stored, err := l.store.Notice(ctx, tenant, n.ID, n.Version)
	if err != nil {
		return Notice{}, fmt.Errorf("consent: publish notice: %w", err)
	}
	return stored, nil
}

// Notice returns a published version of a tenant's notice, text included:
// the proof of what a subject was shown.
func (l *Ledger) Notice(ctx context.Context, tenant, id, version string) (Notice, error) {
	n, err := l.store.Notice(ctx, tenant, id, version)
	if err != nil {
		return Notice{}, fmt.Errorf("consent: notice: %w", err)
	}
	return n, nil
}

// Grant records the subject's consent to c.Purposes (and their
// descendants) after being shown c.Notice, which must be published. It
// takes effect at once.
func (l *Ledger) Grant(ctx context.Context, c Choice) (Event, error) {
	ev, _, err := l.record(ctx, c, EventGrant, nil)
	return ev, err
}

// Withdraw records the subject withdrawing consent to c.Purposes (and
// their descendants). It takes effect at once: the next check refuses.
func (l *Ledger) Withdraw(ctx context.Context, c Choice) (Event, error) {
	ev, _, err := l.record(ctx, c, EventWithdraw, nil)
	return ev, err
}

// Expire records the controller ending consent to c.Purposes, for instance
// when its policy requires renewal. Source defaults to [SourceSystem].
func (l *Ledger) Expire(ctx context.Context, c Choice) (Event, error) {
	if c.Source == "" {
		c.Source = SourceSystem
	}
	ev, _, err := l.record(ctx, c, EventExpire, nil)
	return ev, err
}

// OptOut records an opt-out of sale and sharing: of c.Purposes, or when
// empty of the taxonomy's [Taxonomy.OptOutPurposes]. It is idempotent: if
// the subject's last word on every such purpose is already an opt-out, it
// records nothing and returns that opt-out with recorded false. An opt-out
// withdraws what it names until a later grant.
func (l *Ledger) OptOut(ctx context.Context, c Choice) (ev Event, recorded bool, err error) {
	if len(c.Purposes) == 0 {
		c.Purposes = l.tax.OptOutPurposes()
	}
	return l.record(ctx, c, EventOptOut, func(st *State, purposes []Purpose) (Event, bool) {
		var last Event
		for _, p := range purposes {
			d, ok := st.DecidedBy(p)
			if !ok || d.Kind != EventOptOut {
				return Event{}, false
			}
			if d.Seq > last.Seq {
				last = d
			}
		}
		return last, true
	})
}

// Events returns the subject's ledger, oldest first. The events are
// copies: changing them changes nothing stored.
func (l *Ledger) Events(ctx context.Context, tenant, subject string) ([]Event, error) {
	if err := validSubject(tenant, subject); err != nil {
		return nil, fmt.Errorf("consent: events: %w", err)
	}
	evs, err := l.store.Events(ctx, tenant, subject)
	if err != nil {
		return nil, fmt.Errorf("consent: events: %w", err)
	}
	return evs, nil
}

// State returns the subject's consent now, derived from its events.
func (l *Ledger) State(ctx context.Context, tenant, subject string) (*State, error) {
	evs, err := l.Events(ctx, tenant, subject)
	if err != nil {
		return nil, fmt.Errorf("consent: state: %w", err)
	}
	at := l.clock()
	if n := len(evs); n > 0 && evs[n-1].Time.After(at) {
		at = evs[n-1].Time // A clock that stepped back still sees the latest events.
	}
	return newState(l.tax, tenant, subject, at, evs), nil
}

// StateAt returns the subject's consent as it was at the given time: the
// events recorded until then, with grant lifetimes evaluated at that time.
func (l *Ledger) StateAt(ctx context.Context, tenant, subject string, at time.Time) (*State, error) {
	evs, err := l.Events(ctx, tenant, subject)
	if err != nil {
		return nil, fmt.Errorf("consent: state at: %w", err)
	}
	return newState(l.tax, tenant, subject, at, evs), nil
}

// Allowed reports whether the scope's subject may have its data processed
// for purpose now. Purposes whose lawful basis is not consent are always
// allowed; the others need a grant in force (see [State.Allowed]). The
// scope's Conversation is ignored and may be empty: consent belongs to the
// subject.
//
// It fails closed: if the ledger cannot be read or the purpose is unknown,
// it returns false and an error.
func (l *Ledger) Allowed(ctx context.Context, scope chat.Scope, purpose Purpose) (bool, error) {
	info, err := l.tax.lookup(purpose)
	if err != nil {
		return false, fmt.Errorf("consent: allowed: %w", err)
	}
	if info.Basis != BasisConsent {
		if err := validSubject(scope.Tenant, scope.Subject); err != nil {
			return false, fmt.Errorf("consent: allowed: %w", err)
		}
		return true, nil
	}
	st, err := l.State(ctx, scope.Tenant, scope.Subject)
	if err != nil {
		return false, fmt.Errorf("consent: allowed: %w", err)
	}
	return st.Allowed(purpose), nil
}

// ForgetSubject deletes the subject's whole ledger: the only way anything
// is ever removed from it. Afterwards nothing is allowed for the subject
// until it grants again. Receipts already issued stay verifiable.
func (l *Ledger) ForgetSubject(ctx context.Context, tenant, subject string) error {
	if err := validSubject(tenant, subject); err != nil {
		return fmt.Errorf("consent: forget subject: %w", err)
	}
	mu := l.lock(tenant, subject)
	mu.Lock()
	defer mu.Unlock()
	if err := l.store.ForgetSubject(ctx, tenant, subject); err != nil {
		return fmt.Errorf("consent: forget subject: %w", err)
	}
	return nil
}

// record validates c and appends an event of kind. skip, when set, is
// asked under the subject's lock whether the event is redundant, and
// returns the event that makes it so.
func (l *Ledger) record(ctx context.Context, c Choice, kind EventKind, skip func(*State, []Purpose) (Event, bool)) (Event, bool, error) {
	op := string(kind)
	if err := c.validate(); err != nil {
		return Event{}, false, fmt.Errorf("consent: %s: %w", op, err)
	}
	purposes, err := l.purposes(c.Purposes)
	if err != nil {
		return Event{}, false, fmt.Errorf("consent: %s: %w", op, err)
	}
	notice, err := l.notice(ctx, c, kind)
	if err != nil {
		return Event{}, false, fmt.Errorf("consent: %s: %w", op, err)
	}
	source := c.Source
	if source == "" {
		source = SourceAPI
	}

	mu := l.lock(c.Tenant, c.Subject)
	mu.Lock()
	defer mu.Unlock()
	for attempt := range writeAttempts {
		if attempt > 0 {
			// Another process appended first and may be appending again:
			// wait a random while, growing with the attempts, so that a
			// busy writer elsewhere cannot starve this one.
			if err := backoff(ctx, attempt); err != nil {
				return Event{}, false, fmt.Errorf("consent: %s: %w", op, err)
			}
		}
		evs, err := l.store.Events(ctx, c.Tenant, c.Subject)
		if err != nil {
			return Event{}, false, fmt.Errorf("consent: %s: %w", op, err)
		}
		now := l.clock()
		var seq uint64 = 1
		if n := len(evs); n > 0 {
			last := evs[n-1]
			seq = last.Seq + 1
			if last.Time.After(now) {
				now = last.Time // Keep times in Seq order despite clock skew.
			}
		}
		if skip != nil {
			if prior, ok := skip(newState(l.tax, c.Tenant, c.Subject, now, evs), purposes); ok {
				return prior, false, nil
			}
		}
		ev := Event{
			ID: newEventID(), Tenant: c.Tenant, Subject: c.Subject, Seq: seq, Kind: kind,
			Purposes: slices.Clone(purposes), Time: now, Source: source,
			Jurisdiction: c.Jurisdiction, Notice: notice,
		}
		if kind == EventGrant && c.Lifetime > 0 {
			ev.Expires = now.Add(c.Lifetime).Truncate(time.Microsecond)
		}
		err = l.store.Append(ctx, ev)
		if errors.Is(err, ErrConflict) {
			continue // Another process appended first: read again.
		}
		if err != nil {
			return Event{}, false, fmt.Errorf("consent: %s: %w", op, err)
		}
		return ev.Clone(), true, nil
	}
	return Event{}, false, fmt.Errorf("consent: %s: %w: gave up after %d attempts", op, ErrConflict, writeAttempts)
}

// backoff sleeps a random time of up to attempt² milliseconds, or until ctx
// is done.
func backoff(ctx context.Context, attempt int) error {
	t := time.NewTimer(time.Duration(rand.Int64N(int64(attempt*attempt)*int64(time.Millisecond) + 1)))
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// purposes checks that every purpose is known and based on consent, and
// drops duplicates.
func (l *Ledger) purposes(ps []Purpose) ([]Purpose, error) {
	if len(ps) == 0 {
		return nil, fmt.Errorf("%w: no purposes", ErrInvalid)
	}
	out := make([]Purpose, 0, len(ps))
	for _, p := range ps {
		info, err := l.tax.lookup(p)
		if err != nil {
			return nil, err
		}
		if info.Basis != BasisConsent {
			return nil, fmt.Errorf("%w: %s is based on %s", ErrNoConsentNeeded, p, info.Basis)
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out, nil
}

// notice resolves the notice a choice names, with its published hash.
func (l *Ledger) notice(ctx context.Context, c Choice, kind EventKind) (NoticeRef, error) {
	if c.Notice.IsZero() {
		if kind == EventGrant {
			return NoticeRef{}, fmt.Errorf("%w: a grant must name the notice that was shown", ErrUnknownNotice)
		}
		return NoticeRef{}, nil
	}
	if err := c.Notice.validate(); err != nil {
		return NoticeRef{}, err
	}
	n, err := l.store.Notice(ctx, c.Tenant, c.Notice.ID, c.Notice.Version)
	if err != nil {
		return NoticeRef{}, err
	}
	if c.Notice.SHA256 != "" && c.Notice.SHA256 != n.SHA256 {
		return NoticeRef{}, fmt.Errorf("%w: notice %s version %s was published with another hash", ErrUnknownNotice, n.ID, n.Version)
	}
	return n.Ref(), nil
}

func (l *Ledger) clock() time.Time { return l.now().UTC().Truncate(time.Microsecond) }

// lock returns the mutex of the subject's stripe, which serializes this
// process's writes to one subject; [Store.Append]'s conflict check
// serializes them across processes.
func (l *Ledger) lock(tenant, subject string) *sync.Mutex {
	var h maphash.Hash
	h.SetSeed(l.seed)
	h.WriteString(tenant)
	h.WriteByte(0)
	h.WriteString(subject)
	return &l.locks[h.Sum64()%uint64(len(l.locks))]
}

func validSubject(tenant, subject string) error {
	if err := chat.ValidateID("tenant", tenant); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if err := chat.ValidateID("subject", subject); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return nil
}
