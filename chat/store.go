package chat

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Store persists transcripts, one per [Scope]. Confide ships an in-memory
// store ([MemoryStore]) and sealed SQL stores in package store. Every
// implementation must pass chattest.TestStore.
type Store interface {
	// Append adds msgs to the end of the scope's transcript, all or none.
	Append(ctx context.Context, scope Scope, msgs ...Message) error
	// Load returns the scope's transcript in order; an empty one when
	// nothing was stored.
	Load(ctx context.Context, scope Scope) ([]Message, error)
	// Delete removes the scope's transcript. Deleting what does not exist
	// is not an error.
	Delete(ctx context.Context, scope Scope) error
}

// ErrStoreClosed is returned by a store used after Close.
var ErrStoreClosed = errors.New("chat: store closed")

// MemoryStore is a [Store] in memory, safe for concurrent use. Its zero
// value is ready to use. It copies messages in and out, so callers may
// reuse their slices.
type MemoryStore struct {
	mu     sync.Mutex
	data   map[Scope][]Message
	closed bool
}

// NewMemoryStore returns an empty [MemoryStore].
func NewMemoryStore() *MemoryStore { return &MemoryStore{} }

// Append implements [Store].
func (s *MemoryStore) Append(ctx context.Context, scope Scope, msgs ...Message) error {
	if err := s.check(ctx, scope); err != nil {
		return fmt.Errorf("chat: append: %w", err)
	}
	for i, m := range msgs {
		if !m.Role.Valid() {
			return fmt.Errorf("chat: append: message %d: %w: unknown role", i, ErrInvalidMessage)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return fmt.Errorf("chat: append: %w", ErrStoreClosed)
	}
	if s.data == nil {
		s.data = make(map[Scope][]Message)
	}
	for _, m := range msgs {
		s.data[scope] = append(s.data[scope], m.Clone())
	}
	return nil
}

// Load implements [Store].
func (s *MemoryStore) Load(ctx context.Context, scope Scope) ([]Message, error) {
	if err := s.check(ctx, scope); err != nil {
		return nil, fmt.Errorf("chat: load: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, fmt.Errorf("chat: load: %w", ErrStoreClosed)
	}
	stored := s.data[scope]
	out := make([]Message, len(stored))
	for i, m := range stored {
		out[i] = m.Clone()
	}
	return out, nil
}

// Delete implements [Store].
func (s *MemoryStore) Delete(ctx context.Context, scope Scope) error {
	if err := s.check(ctx, scope); err != nil {
		return fmt.Errorf("chat: delete: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return fmt.Errorf("chat: delete: %w", ErrStoreClosed)
	}
	delete(s.data, scope)
	return nil
}

// Close makes every later call fail with [ErrStoreClosed].
func (s *MemoryStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return nil
}

func (s *MemoryStore) check(ctx context.Context, scope Scope) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return scope.Validate()
}
