package store

import (
	"context"
	"encoding/json"
	"fmt"
	"unicode/utf8"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/redact"
)

// VaultStore is the [redact.VaultStore] of a [DB]: each entry is encoded as
// JSON and sealed under encrypt.Binding{Tenant, Subject, Conversation,
// Kind: "vault", Seq: its index in the vault}, in the table
// confide_vault_entries, so that no value sits in the clear. Get one from
// [DB.Vaults]; it is safe for concurrent use.
type VaultStore struct {
	r records
}

var _ redact.VaultStore = (*VaultStore)(nil)

// AppendVault implements [redact.VaultStore]: all the entries or none, after
// the vault's last one. It fails with [ErrInvalid] for an entry with a
// string that is not valid UTF-8.
func (v *VaultStore) AppendVault(ctx context.Context, scope chat.Scope, entries ...redact.VaultEntry) error {
	if err := v.r.check(ctx, scope); err != nil {
		return fmt.Errorf("store: append vault: %w", err)
	}
	plain := make([][]byte, len(entries))
	defer func() {
		for _, b := range plain {
			clear(b)
		}
	}()
	for i, e := range entries {
		for _, f := range []string{e.Type, e.Label, e.Placeholder, e.Value} {
			if !utf8.ValidString(f) {
				return fmt.Errorf("store: append vault: entry %d: %w: not valid UTF-8", i, ErrInvalid)
			}
		}
		b, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("store: append vault: entry %d: %w", i, err)
		}
		plain[i] = b
	}
	if err := v.r.append(ctx, scope, plain); err != nil {
		return fmt.Errorf("store: append vault: %w", err)
	}
	return nil
}

// LoadVault implements [redact.VaultStore]. A record that does not open
// fails the load with a [*RecordError] wrapping the cause, such as
// [encrypt.ErrForgotten].
func (v *VaultStore) LoadVault(ctx context.Context, scope chat.Scope) ([]redact.VaultEntry, error) {
	if err := v.r.check(ctx, scope); err != nil {
		return nil, fmt.Errorf("store: load vault: %w", err)
	}
	plain, err := v.r.load(ctx, scope)
	if err != nil {
		return nil, fmt.Errorf("store: load vault: %w", err)
	}
	out := make([]redact.VaultEntry, len(plain))
	for i, b := range plain {
		err := json.Unmarshal(b, &out[i])
		clear(b)
		if err != nil {
			// The JSON error may quote the value: keep only its kind.
			return nil, fmt.Errorf("store: load vault: %w", &RecordError{Kind: "vault", Seq: uint64(i), Err: fmt.Errorf("%w: undecodable entry", ErrInvalid)})
		}
	}
	return out, nil
}

// DeleteVault implements [redact.VaultStore].
func (v *VaultStore) DeleteVault(ctx context.Context, scope chat.Scope) error {
	if err := v.r.check(ctx, scope); err != nil {
		return fmt.Errorf("store: delete vault: %w", err)
	}
	if err := v.r.delete(ctx, scope); err != nil {
		return fmt.Errorf("store: delete vault: %w", err)
	}
	return nil
}
