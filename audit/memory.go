package audit

import (
	"context"
	"fmt"
	"slices"
	"sync"
)

// MemorySink is a [Store] in memory, for tests and single-process
// programs that ship their log elsewhere. It is safe for concurrent use.
type MemorySink struct {
	mu          sync.Mutex
	events      map[string][]Event
	checkpoints map[string][]Checkpoint
}

// NewMemorySink returns an empty sink.
func NewMemorySink() *MemorySink {
	return &MemorySink{events: make(map[string][]Event), checkpoints: make(map[string][]Checkpoint)}
}

// Append implements [Sink].
func (m *MemorySink) Append(ctx context.Context, e Event) (Event, error) {
	if err := ctx.Err(); err != nil {
		return Event{}, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	chain := m.events[e.Scope.Tenant]
	var head Head
	if len(chain) > 0 {
		head = chain[len(chain)-1].Head()
	}
	out, err := Link(head, e)
	if err != nil {
		return Event{}, err
	}
	m.events[e.Scope.Tenant] = append(chain, clone(out))
	return clone(out), nil
}

// AppendCheckpoint implements [Sink].
func (m *MemorySink) AppendCheckpoint(ctx context.Context, c Checkpoint) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	cs := m.checkpoints[c.Tenant]
	i, found := slices.BinarySearchFunc(cs, c.Seq, func(x Checkpoint, seq uint64) int {
		switch {
		case x.Seq < seq:
			return -1
		case x.Seq > seq:
			return 1
		}
		return 0
	})
	if found {
		if cs[i].Hash != c.Hash {
			return fmt.Errorf("%w: another checkpoint exists at this sequence number", ErrInvalid)
		}
		return nil
	}
	c.Signature = slices.Clone(c.Signature)
	m.checkpoints[c.Tenant] = slices.Insert(cs, i, c)
	return nil
}

// Events implements [Reader].
func (m *MemorySink) Events(ctx context.Context, tenant string, after uint64, limit int) ([]Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	chain := m.events[tenant]
	// Seq n is at index n-1.
	start := min(after, uint64(len(chain)))
	end := uint64(len(chain))
	if limit > 0 {
		end = min(end, start+uint64(limit))
	}
	out := make([]Event, 0, end-start)
	for _, e := range chain[start:end] {
		out = append(out, clone(e))
	}
	return out, nil
}

// Checkpoints implements [Reader].
func (m *MemorySink) Checkpoints(ctx context.Context, tenant string) ([]Checkpoint, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]Checkpoint, len(m.checkpoints[tenant]))
	for i, c := range m.checkpoints[tenant] {
		c.Signature = slices.Clone(c.Signature)
		out[i] = c
	}
	return out, nil
}

// clone returns a deep copy of e.
func clone(e Event) Event {
	e.Keys = slices.Clone(e.Keys)
	e.Purposes = slices.Clone(e.Purposes)
	e.Refused = slices.Clone(e.Refused)
	if e.PII != nil {
		pii := make(map[string]int, len(e.PII))
		for k, v := range e.PII {
			pii[k] = v
		}
		e.PII = pii
	}
	return e
}
