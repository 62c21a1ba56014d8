package policy

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
)

// ErrRestart is returned (wrapped) by [Stack.Apply] for a policy that
// changes what the stack was built on: the mode, the database, the keyring
// or the audit sinks, or a purpose's lawful basis or name, which consent
// already given refers to. Such a change needs a new [Stack].
var ErrRestart = errors.New("policy: change needs a restart")

// Apply makes p the stack's policy for the turns that start from now on;
// turns already running finish under the policy they started with. It
// refuses, and changes nothing, when the new rules do not build or p
// changes what needs a restart (see [ErrRestart]). New purposes are added
// to the ledger's taxonomy.
func (s *Stack) Apply(ctx context.Context, p *Policy) error {
	s.applyMu.Lock()
	defer s.applyMu.Unlock()
	old := s.rules.Load().policy
	for _, c := range []struct {
		field    string
		old, new any
	}{
		{"mode", old.Mode, p.Mode}, {"database", old.Database, p.Database},
		{"keyring", old.Keyring, p.Keyring}, {"audit", old.Audit, p.Audit},
	} {
		if !reflect.DeepEqual(c.old, c.new) {
			return p.restart(c.field, "the %s section changed: restart to apply it", c.field)
		}
	}
	tax := s.ledger.Taxonomy()
	var added []consent.PurposeInfo
	for _, in := range p.tax {
		cur, ok := tax.Lookup(in.Key)
		if !ok {
			added = append(added, in)
			continue
		}
		want, _ := lookupIn(p.tax, in.Key)
		if cur.Basis != want.Basis || cur.Name != want.Name || cur.Description != want.Description {
			return p.restart("purposes", "purpose %s changed its name, description or lawful basis, which given consent refers to: restart to apply it", in.Key)
		}
	}
	r, err := s.buildRules(p)
	if err != nil {
		return err
	}
	// Parents first: a purpose's parent has fewer dots.
	for depth := 0; len(added) > 0; depth++ {
		rest := added[:0:0]
		for _, in := range added {
			if strings.Count(string(in.Key), ".") == depth {
				if err := tax.Add(in); err != nil {
					return fmt.Errorf("policy: add purpose %s: %w", in.Key, err)
				}
			} else {
				rest = append(rest, in)
			}
		}
		added = rest
	}
	s.rules.Store(r)
	// Publish the new notices for every tenant that has the old ones.
	var errs []error
	s.published.Range(func(k, _ any) bool {
		if _, err := s.Notices(ctx, k.(string)); err != nil {
			errs = append(errs, err)
		}
		return true
	})
	return errors.Join(errs...)
}

func (p *Policy) restart(field, format string, args ...any) error {
	e := p.errorf(field, format, args...).(*Error)
	e.cause = ErrRestart
	return e
}

// lookupIn resolves a purpose of infos, inheriting the basis.
func lookupIn(infos []consent.PurposeInfo, key consent.Purpose) (consent.PurposeInfo, bool) {
	tax, err := consent.NewTaxonomy(infos...)
	if err != nil {
		return consent.PurposeInfo{}, false
	}
	return tax.Lookup(key)
}

// Middleware returns the stack's whole chain as one chat.Middleware:
// audit, consent, the profile given by load (nil for none), history and
// redaction, as the current policy says. After [Stack.Apply] it delegates
// to the new policy's chain from the next turn on (a model call whose
// request ends with a customer message); the further model calls and
// tool calls of a turn stay with the chain the turn started with, so no
// turn ever mixes two policies.
//
// Apply the middleware once per conversation, as [Stack.NewConversation]
// does; shared by many, it remembers the chain of at most 1024
// conversations' turns at a time.
func (s *Stack) Middleware(load ProfileLoader) chat.Middleware {
	return func(next chat.Model) chat.Model {
		return &reloadable{s: s, load: load, next: next, pinned: map[chat.Scope]*built{}}
	}
}

// built is the chain of one rules version around one model.
type built struct {
	r     *rules
	model chat.Model
}

type reloadable struct {
	s      *Stack
	load   ProfileLoader
	next   chat.Model
	latest atomic.Pointer[built]

	mu     sync.Mutex
	pinned map[chat.Scope]*built
}

const maxPinned = 1024

func (m *reloadable) chain(r *rules) *built {
	if b := m.latest.Load(); b != nil && b.r == r {
		return b
	}
	b := &built{r: r, model: chat.Chain(m.next, m.s.middlewares(r, m.load)...)}
	m.latest.Store(b)
	return b
}

// current returns the chain of the turn of scope: the one it started
// with, or the current policy's.
func (m *reloadable) current(scope chat.Scope) *built {
	m.mu.Lock()
	b := m.pinned[scope]
	m.mu.Unlock()
	if b != nil {
		return b
	}
	return m.chain(m.s.rules.Load())
}

// Generate implements chat.Model.
func (m *reloadable) Generate(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
	var b *built
	if n := len(req.Messages); n > 0 && req.Messages[n-1].Role == chat.RoleUser {
		b = m.chain(m.s.rules.Load())
		m.mu.Lock()
		if len(m.pinned) >= maxPinned {
			clear(m.pinned)
		}
		m.pinned[req.Scope] = b
		m.mu.Unlock()
	} else {
		b = m.current(req.Scope)
	}
	return b.model.Generate(ctx, req, stream)
}

// WrapTool implements chat.ToolWrapper: the tool wrappers of the chain
// the call's turn runs under.
func (m *reloadable) WrapTool(next chat.ToolFunc) chat.ToolFunc {
	return func(ctx context.Context, scope chat.Scope, call chat.ToolCall) (chat.ToolResult, error) {
		return chat.WrapTools(m.current(scope).model, next)(ctx, scope, call)
	}
}

// WatchOptions configure a [Watcher].
type WatchOptions struct {
	// Interval is how often Run checks the file's modification time and
	// size; 0 means 5 seconds.
	Interval time.Duration
	// OnError receives each refused reload; the old policy keeps running.
	OnError func(error)
	// OnApply receives each policy applied.
	OnApply func(*Policy)
}

// Watcher reloads a stack's policy file: on demand with [Watcher.Reload],
// or when the file changes with [Watcher.Run]. An invalid file is refused
// and the policy running keeps running. It is safe for concurrent use.
type Watcher struct {
	s    *Stack
	path string
	o    WatchOptions

	mu   sync.Mutex
	seen fileStamp
}

type fileStamp struct {
	mod  time.Time
	size int64
}

// NewWatcher returns a watcher of the policy file at path for s.
func NewWatcher(s *Stack, path string, o WatchOptions) *Watcher {
	if o.Interval <= 0 {
		o.Interval = 5 * time.Second
	}
	w := &Watcher{s: s, path: path, o: o}
	w.seen, _ = stamp(path)
	return w
}

func stamp(path string) (fileStamp, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return fileStamp{}, err
	}
	return fileStamp{mod: fi.ModTime(), size: fi.Size()}, nil
}

// Reload reads the file and applies it. On an error (an invalid file, a
// change that needs a restart) it calls OnError, returns the error, and
// the running policy stays.
func (w *Watcher) Reload(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if st, err := stamp(w.path); err == nil {
		w.seen = st
	}
	p, err := Load(w.path)
	if err == nil {
		err = w.s.Apply(ctx, p)
	}
	if err != nil {
		if w.o.OnError != nil {
			w.o.OnError(err)
		}
		return err
	}
	if w.o.OnApply != nil {
		w.o.OnApply(p)
	}
	return nil
}

// Run checks the file every Interval and reloads it when its modification
// time or size changed, until ctx is done; it returns ctx's error.
func (w *Watcher) Run(ctx context.Context) error {
	t := time.NewTicker(w.o.Interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		st, err := stamp(w.path)
		w.mu.Lock()
		changed := err == nil && st != w.seen
		w.mu.Unlock()
		if changed {
			_ = w.Reload(ctx) // reported through OnError
		}
	}
}
