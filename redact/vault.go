package redact

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/confide-dev/confide/chat"
)

// VaultEntry maps one placeholder of a conversation to the value it
// replaced. Entries are customer data: a [VaultStore] must keep them
// sealed (package store does, through package encrypt).
type VaultEntry struct {
	// Type is the entity type of the value, e.g. EMAIL_ADDRESS.
	Type string `json:"type"`
	// Label and N make the placeholder: <Label_N> in the default format.
	Label string `json:"label"`
	N     int    `json:"n"`
	// Placeholder is the text that replaced the value.
	Placeholder string `json:"placeholder"`
	// Value is the original text.
	Value string `json:"value"`
	// Surrogate marks an entry whose Placeholder is a realistic fake (see
	// [Surrogate]) rather than a numbered placeholder; Label and N are
	// then informational only.
	Surrogate bool `json:"surrogate,omitempty"`
}

// VaultStore persists the entries of each conversation's vault. The method
// names differ from [chat.Store]'s so that one type can implement both.
type VaultStore interface {
	// LoadVault returns the entries of scope's vault in the order they
	// were appended; none when the vault is empty.
	LoadVault(ctx context.Context, scope chat.Scope) ([]VaultEntry, error)
	// AppendVault adds entries to scope's vault, all or none.
	AppendVault(ctx context.Context, scope chat.Scope, entries ...VaultEntry) error
	// DeleteVault removes scope's vault. Deleting what does not exist is
	// not an error.
	DeleteVault(ctx context.Context, scope chat.Scope) error
}

// Errors of vaults.
var (
	// ErrVaultFull means a conversation has more distinct values than
	// [WithVaultLimit] allows; the turn fails rather than send a value
	// unredacted.
	ErrVaultFull = errors.New("redact: vault full")
)

// DefaultVaultLimit bounds the entries of one conversation's vault.
const DefaultVaultLimit = 4096

// Vault maps the values of one conversation to placeholders and back. The
// same value always gets the same placeholder in a conversation, across
// turns. A Vault is safe for concurrent use.
type Vault struct {
	scope  chat.Scope
	format PlaceholderFormat
	limit  int

	saveMu  sync.Mutex // serialises saves
	mu      sync.Mutex
	byValue map[string]int // value -> index in entries
	byKey   map[string]int // upper(label) "\x00" n -> index
	// bySurrogate maps a lower-cased surrogate to its entry.
	bySurrogate map[string]int
	surrogates  []int          // indexes of surrogate entries, oldest first
	counter     map[string]int // label -> last number issued
	labels      []string       // distinct labels, in order of first use
	entries     []VaultEntry
	saved       int // entries[:saved] are in the store

	// redacted caches the redaction of texts sent again every turn (the
	// history). An entry holds while the vault has the size it had when
	// the entry was made: a new value may occur in an old text.
	redacted map[cacheKey]cachedRedaction

	// rview caches view() while the vault has rviewSize entries.
	rview     *restoreView
	rviewSize int

	// users counts the turns using the vault (guarded by the Vaults' mu).
	users int

	// sorted caches values() while the vault has sortedSize entries.
	sorted     []VaultEntry
	sortedSize int
}

// cacheKey is a text and how it was redacted: as text, or as the JSON of
// a tool call or result, whose string values are redacted one by one.
type cacheKey struct {
	text string
	json bool
}

type cachedRedaction struct {
	out  string
	size int
	by   *Redactor // a reloaded policy brings a new Redactor: its own entries
}

// maxCachedRedactions bounds the redaction cache of one vault.
const maxCachedRedactions = 256

// cached returns the cached redaction of text, if it is still valid.
func (v *Vault) cached(r *Redactor, text string, json bool) (string, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	c, ok := v.redacted[cacheKey{text, json}]
	if !ok || c.size != len(v.entries) || c.by != r {
		return "", false
	}
	return c.out, true
}

// cache remembers the redaction of text made with the vault at size.
func (v *Vault) cache(r *Redactor, text string, json bool, out string, size int) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if size != len(v.entries) {
		return
	}
	if v.redacted == nil || len(v.redacted) >= maxCachedRedactions {
		v.redacted = make(map[cacheKey]cachedRedaction)
	}
	v.redacted[cacheKey{text, json}] = cachedRedaction{out: out, size: size, by: r}
}

func newVault(scope chat.Scope, format PlaceholderFormat, limit int) *Vault {
	return &Vault{
		scope:   scope,
		format:  format,
		limit:   limit,
		byValue: make(map[string]int),
		byKey:   make(map[string]int),
		counter: make(map[string]int),

		bySurrogate: make(map[string]int),
	}
}

// NewVault returns an empty in-memory vault for scope, with the default
// placeholder format. Use [Vaults] to persist vaults and share them across
// turns.
func NewVault(scope chat.Scope) *Vault {
	return newVault(scope, PlaceholderFormat{}, DefaultVaultLimit)
}

// Scope returns the conversation the vault belongs to.
func (v *Vault) Scope() chat.Scope { return v.scope }

// Len returns the number of values in the vault.
func (v *Vault) Len() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(v.entries)
}

// Placeholder returns the placeholder of value, issuing the next one for
// its type when the value is new.
func (v *Vault) Placeholder(typ, value string) (string, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if i, ok := v.byValue[value]; ok {
		return v.entries[i].Placeholder, nil
	}
	if len(v.entries) >= v.limit {
		return "", fmt.Errorf("%w: %d values", ErrVaultFull, v.limit)
	}
	label := v.format.label(typ)
	n := v.counter[label] + 1
	v.add(VaultEntry{Type: typ, Label: label, N: n, Placeholder: v.format.format(label, n), Value: value})
	return v.entries[len(v.entries)-1].Placeholder, nil
}

// add records e; v.mu is held.
func (v *Vault) add(e VaultEntry) {
	if e.Surrogate {
		key := strings.ToLower(e.Placeholder)
		if _, dup := v.bySurrogate[key]; dup {
			return
		}
		v.entries = append(v.entries, e)
		i := len(v.entries) - 1
		if _, seen := v.byValue[e.Value]; !seen {
			v.byValue[e.Value] = i
		}
		v.bySurrogate[key] = i
		v.surrogates = append(v.surrogates, i)
		return
	}
	key := vaultKey(e.Label, e.N)
	if _, dup := v.byKey[key]; dup {
		return
	}
	v.entries = append(v.entries, e)
	i := len(v.entries) - 1
	if _, seen := v.byValue[e.Value]; !seen {
		v.byValue[e.Value] = i
	}
	v.byKey[key] = i
	if _, seen := v.counter[e.Label]; !seen {
		v.labels = append(v.labels, e.Label)
	}
	v.counter[e.Label] = max(v.counter[e.Label], e.N)
}

func vaultKey(label string, n int) string {
	return strings.ToUpper(label) + "\x00" + strconv.Itoa(n)
}

// lookup returns the value of placeholder n of labels[li]; v.mu is held.
func (v *Vault) lookup(label string, n int) (string, bool) {
	i, ok := v.byKey[vaultKey(label, n)]
	if !ok {
		return "", false
	}
	return v.entries[i].Value, true
}

// Entries returns a copy of the vault's entries, oldest first.
func (v *Vault) Entries() []VaultEntry {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]VaultEntry(nil), v.entries...)
}

// values returns the distinct values and their types, longest first, so
// that a sweep replaces a longer value before a shorter one inside it.
//
// The slice is built and sorted only when the vault has grown since the
// last call, and shared: callers must not modify it.
func (v *Vault) values() []VaultEntry {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.sortedSize == len(v.entries) && v.sorted != nil {
		return v.sorted
	}
	out := make([]VaultEntry, 0, len(v.byValue))
	for _, i := range v.byValue {
		out = append(out, v.entries[i])
	}
	sortLongestFirst(out)
	v.sorted, v.sortedSize = out, len(v.entries)
	return out
}

// save appends the entries issued since the last save to store. The
// store write (sealing, a database transaction) runs without the vault's
// lock, so restoration and redaction of the same conversation do not wait
// on it; saveMu keeps two saves from writing the same entries.
func (v *Vault) save(ctx context.Context, store VaultStore) error {
	if store == nil {
		return nil
	}
	v.saveMu.Lock()
	defer v.saveMu.Unlock()
	v.mu.Lock()
	from, to := v.saved, len(v.entries)
	pending := append([]VaultEntry(nil), v.entries[from:to]...)
	v.mu.Unlock()
	if len(pending) == 0 {
		return nil
	}
	if err := store.AppendVault(ctx, v.scope, pending...); err != nil {
		return fmt.Errorf("redact: save vault: %w", err)
	}
	v.mu.Lock()
	v.saved = to
	v.mu.Unlock()
	return nil
}

// Vaults opens the vault of each conversation, keeps the recently used ones
// in memory and persists new entries through a [VaultStore]. It is safe for
// concurrent use.
//
// A conversation's vault must be written by one process at a time (route a
// conversation to one instance); several processes may read it.
type Vaults struct {
	store  VaultStore
	format PlaceholderFormat
	limit  int
	cached int

	mu    sync.Mutex
	open  map[chat.Scope]*list.Element
	order *list.List // of *Vault, most recently used first
}

// VaultsOption configures [NewVaults].
type VaultsOption func(*Vaults)

// WithVaultLimit bounds the number of values in one conversation's vault.
func WithVaultLimit(n int) VaultsOption { return func(v *Vaults) { v.limit = max(n, 1) } }

// WithCachedVaults bounds how many vaults stay in memory; a vault a turn is
// using is kept over the bound until the turn ends. A vault evicted from
// memory is loaded again from the store when needed; without a store
// its placeholders can no longer be restored, so size this for the number
// of live conversations.
func WithCachedVaults(n int) VaultsOption { return func(v *Vaults) { v.cached = max(n, 1) } }

// WithPlaceholderFormat sets how placeholders are written.
func WithPlaceholderFormat(f PlaceholderFormat) VaultsOption {
	return func(v *Vaults) { v.format = f }
}

// NewVaults returns a vault manager over store; a nil store keeps vaults in
// memory only.
func NewVaults(store VaultStore, opts ...VaultsOption) *Vaults {
	v := &Vaults{store: store, limit: DefaultVaultLimit, cached: 10000, open: make(map[chat.Scope]*list.Element), order: list.New()}
	for _, o := range opts {
		o(v)
	}
	return v
}

// Open returns the vault of scope, loading it from the store the first
// time.
func (vs *Vaults) Open(ctx context.Context, scope chat.Scope) (*Vault, error) {
	return vs.open1(ctx, scope, false)
}

// acquire is Open for the middleware: the vault is marked in use until
// release, and a vault in use is never evicted, so that a second copy of
// a live vault, numbering placeholders on its own, cannot appear.
func (vs *Vaults) acquire(ctx context.Context, scope chat.Scope) (*Vault, error) {
	return vs.open1(ctx, scope, true)
}

// release ends a use begun by acquire.
func (vs *Vaults) release(v *Vault) {
	vs.mu.Lock()
	v.users--
	vs.mu.Unlock()
}

func (vs *Vaults) open1(ctx context.Context, scope chat.Scope, use bool) (*Vault, error) {
	if err := scope.Validate(); err != nil {
		return nil, err
	}
	vs.mu.Lock()
	if el, ok := vs.open[scope]; ok {
		vs.order.MoveToFront(el)
		v := el.Value.(*Vault)
		if use {
			v.users++
		}
		vs.mu.Unlock()
		return v, nil
	}
	vs.mu.Unlock()

	v := newVault(scope, vs.format, vs.limit)
	if vs.store != nil {
		entries, err := vs.store.LoadVault(ctx, scope)
		if err != nil {
			return nil, fmt.Errorf("redact: load vault: %w", err)
		}
		for _, e := range entries {
			v.add(e)
		}
		v.saved = len(v.entries)
	}

	vs.mu.Lock()
	defer vs.mu.Unlock()
	if el, ok := vs.open[scope]; ok {
		// Another goroutine loaded it meanwhile; use that one.
		vs.order.MoveToFront(el)
		v = el.Value.(*Vault)
	} else {
		vs.open[scope] = vs.order.PushFront(v)
	}
	if use {
		v.users++
	}
	// Evict the least recently used vaults that no turn is using.
	for el := vs.order.Back(); el != nil && vs.order.Len() > vs.cached; {
		prev := el.Prev()
		if old := el.Value.(*Vault); old.users == 0 {
			vs.order.Remove(el)
			delete(vs.open, old.scope)
		}
		el = prev
	}
	return v, nil
}

// Save persists the entries v issued since it was opened or last saved.
func (vs *Vaults) Save(ctx context.Context, v *Vault) error {
	return v.save(ctx, vs.store)
}

// Delete forgets scope's vault, in memory and in the store.
func (vs *Vaults) Delete(ctx context.Context, scope chat.Scope) error {
	vs.mu.Lock()
	if el, ok := vs.open[scope]; ok {
		vs.order.Remove(el)
		delete(vs.open, scope)
	}
	vs.mu.Unlock()
	if vs.store == nil {
		return nil
	}
	if err := vs.store.DeleteVault(ctx, scope); err != nil {
		return fmt.Errorf("redact: delete vault: %w", err)
	}
	return nil
}

// MemoryVaultStore is a [VaultStore] in memory, for tests and single
// processes. It is safe for concurrent use.
type MemoryVaultStore struct {
	mu   sync.Mutex
	data map[chat.Scope][]VaultEntry
}

// NewMemoryVaultStore returns an empty [MemoryVaultStore].
func NewMemoryVaultStore() *MemoryVaultStore {
	return &MemoryVaultStore{data: make(map[chat.Scope][]VaultEntry)}
}

// LoadVault implements [VaultStore].
func (m *MemoryVaultStore) LoadVault(ctx context.Context, scope chat.Scope) ([]VaultEntry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]VaultEntry(nil), m.data[scope]...), nil
}

// AppendVault implements [VaultStore].
func (m *MemoryVaultStore) AppendVault(ctx context.Context, scope chat.Scope, entries ...VaultEntry) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := scope.Validate(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.data[scope] = append(m.data[scope], entries...)
	return nil
}

// DeleteVault implements [VaultStore].
func (m *MemoryVaultStore) DeleteVault(ctx context.Context, scope chat.Scope) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.data, scope)
	return nil
}
