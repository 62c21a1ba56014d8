package encrypt

import (
	"context"
	"errors"
	"sync"
)

// flight runs one load per key at a time and shares its result with every
// caller that asked meanwhile: the in-process half of single-flight keyset
// creation (the KeyStore's put-if-absent is the cross-process half).
type flight struct {
	mu    sync.Mutex
	calls map[flightKey]*flightCall
}

type flightKey struct {
	ref    SubjectRef
	create bool
}

type flightCall struct {
	done chan struct{}
	k    *keys
	err  error
}

var errLoadPanicked = errors.New("encrypt: keyset load panicked")

// do runs fn, or waits for the run of fn already under way for key. A
// waiter gives up when its own ctx is done.
func (f *flight) do(ctx context.Context, key flightKey, fn func() (*keys, error)) (*keys, error) {
	f.mu.Lock()
	if c, ok := f.calls[key]; ok {
		f.mu.Unlock()
		select {
		case <-c.done:
			return c.k, c.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if f.calls == nil {
		f.calls = make(map[flightKey]*flightCall)
	}
	c := &flightCall{done: make(chan struct{}), err: errLoadPanicked}
	f.calls[key] = c
	f.mu.Unlock()

	defer func() {
		f.mu.Lock()
		delete(f.calls, key)
		f.mu.Unlock()
		close(c.done)
	}()
	c.k, c.err = fn()
	return c.k, c.err
}
