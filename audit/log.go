package audit

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/signature"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// Sink stores a log's events and checkpoints. [MemorySink] and [SlogSink]
// are here; package store has SQL ones. Package audit/audittest holds the
// suite every Sink that is also a [Reader] must pass.
type Sink interface {
	// Append makes e the next event of its tenant's chain with [Link] and
	// stores it, and returns it as stored. Concurrent Appends for one
	// tenant, from any number of processes sharing the sink, must form
	// one chain: the sink holds the tenant's chain from reading its last
	// event until the new one is stored.
	Append(ctx context.Context, e Event) (Event, error)
	// AppendCheckpoint stores a signed checkpoint. Storing the same
	// checkpoint twice is not an error.
	AppendCheckpoint(ctx context.Context, c Checkpoint) error
}

// Reader reads a tenant's chain back, for [VerifyStore] and reports.
type Reader interface {
	// Events returns up to limit events (all when limit <= 0) of
	// tenant's chain with Seq greater than after, in order of Seq,
	// exactly as stored. A stored event that no longer decodes fails
	// with an error wrapping [ErrTampered].
	Events(ctx context.Context, tenant string, after uint64, limit int) ([]Event, error)
	// Checkpoints returns tenant's checkpoints in order of Seq.
	Checkpoints(ctx context.Context, tenant string) ([]Checkpoint, error)
}

// Store is a [Sink] that can be read back.
type Store interface {
	Sink
	Reader
}

// DefaultCheckpointEvery is how often, in events per tenant, a [Log] signs
// a checkpoint unless [Options.CheckpointEvery] says otherwise.
const DefaultCheckpointEvery = 1000

// Options configure [NewLog]. The zero value records events with no
// checkpoints.
type Options struct {
	// SigningKey is a private Tink signature keyset (see
	// [NewSigningKey]) that signs checkpoints. Without one the log is
	// chained but not signed.
	SigningKey *keyset.Handle
	// CheckpointEvery signs a checkpoint at every event whose Seq is a
	// multiple of it; 0 means [DefaultCheckpointEvery], a negative
	// number only on demand ([Log.Checkpoint]).
	CheckpointEvery int
	// Now is the clock; the default is [time.Now].
	Now func() time.Time
}

// Log records events to a [Sink], chaining them per tenant and signing a
// checkpoint every so often. It is safe for concurrent use, also by
// several processes sharing one sink.
type Log struct {
	sink   Sink
	signer tink.Signer
	every  uint64
	now    func() time.Time

	mu    sync.Mutex
	heads map[string]Head // the latest event this process saw per tenant
}

// NewLog returns a log writing to sink.
func NewLog(sink Sink, opts Options) (*Log, error) {
	if sink == nil {
		return nil, fmt.Errorf("%w: nil sink", ErrInvalid)
	}
	l := &Log{sink: sink, now: opts.Now, heads: make(map[string]Head)}
	if l.now == nil {
		l.now = time.Now
	}
	switch {
	case opts.CheckpointEvery == 0:
		l.every = DefaultCheckpointEvery
	case opts.CheckpointEvery > 0:
		l.every = uint64(opts.CheckpointEvery)
	}
	if opts.SigningKey != nil {
		s, err := signature.NewSigner(opts.SigningKey)
		if err != nil {
			return nil, fmt.Errorf("audit: signing key: %w", err)
		}
		l.signer = s
	}
	return l, nil
}

// Record stamps e with the time, appends it to its tenant's chain and
// returns it as recorded, with Seq, Prev and Hash set. When its Seq is a
// multiple of [Options.CheckpointEvery] and the log has a signing key, it
// also signs and stores a checkpoint; if that fails, the event is
// recorded and the error says the checkpoint failed.
func (l *Log) Record(ctx context.Context, e Event) (Event, error) {
	if err := e.Validate(); err != nil {
		return Event{}, err
	}
	e.Time = l.now()
	out, err := l.sink.Append(ctx, e)
	if err != nil {
		return Event{}, fmt.Errorf("audit: record: %w", err)
	}
	l.mu.Lock()
	if out.Seq > l.heads[out.Scope.Tenant].Seq {
		l.heads[out.Scope.Tenant] = out.Head()
	}
	l.mu.Unlock()
	if l.signer != nil && l.every > 0 && out.Seq%l.every == 0 {
		if _, err := l.checkpoint(ctx, out.Scope.Tenant, out.Head()); err != nil {
			return out, err
		}
	}
	return out, nil
}

// Checkpoint signs and stores a checkpoint of the latest event of
// tenant's chain that this process knows: the last it recorded, or, when
// it recorded none and the sink is a [Reader], the last stored. It fails
// with [ErrNoSigner] without a signing key and [ErrEmpty] when there is no
// event. Call it at shutdown and on a timer, so that the tail of the log
// is vouched for too.
func (l *Log) Checkpoint(ctx context.Context, tenant string) (Checkpoint, error) {
	if l.signer == nil {
		return Checkpoint{}, fmt.Errorf("audit: checkpoint: %w", ErrNoSigner)
	}
	l.mu.Lock()
	head, ok := l.heads[tenant]
	l.mu.Unlock()
	if !ok {
		r, isReader := l.sink.(Reader)
		if !isReader {
			return Checkpoint{}, fmt.Errorf("audit: checkpoint: %w", ErrEmpty)
		}
		var err error
		if head, err = lastHead(ctx, r, tenant); err != nil {
			return Checkpoint{}, fmt.Errorf("audit: checkpoint: %w", err)
		}
		if head.Seq == 0 {
			return Checkpoint{}, fmt.Errorf("audit: checkpoint: %w", ErrEmpty)
		}
	}
	return l.checkpoint(ctx, tenant, head)
}

func (l *Log) checkpoint(ctx context.Context, tenant string, head Head) (Checkpoint, error) {
	c, err := sign(l.signer, Checkpoint{Tenant: tenant, Seq: head.Seq, Hash: head.Hash, Time: l.now()})
	if err != nil {
		return Checkpoint{}, err
	}
	if err := l.sink.AppendCheckpoint(ctx, c); err != nil {
		return Checkpoint{}, fmt.Errorf("audit: checkpoint: %w", err)
	}
	return c, nil
}

// lastHead pages through tenant's chain to its last event.
func lastHead(ctx context.Context, r Reader, tenant string) (Head, error) {
	var head Head
	for {
		evs, err := r.Events(ctx, tenant, head.Seq, readPage)
		if err != nil {
			return Head{}, err
		}
		if len(evs) == 0 {
			return head, nil
		}
		head = evs[len(evs)-1].Head()
	}
}

// readPage is how many events a reader is asked for at once.
const readPage = 1000
