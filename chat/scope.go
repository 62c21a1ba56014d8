package chat

import (
	"errors"
	"fmt"
)

// MaxIDLength bounds each identifier of a [Scope].
const MaxIDLength = 128

// ErrInvalidScope is returned (wrapped) when a [Scope] fails validation.
var ErrInvalidScope = errors.New("chat: invalid scope")

// Scope names whose data a call touches: the tenant (the company running the
// bot), the subject (the customer) and the conversation. Every store, key and
// vault operation in Confide is keyed on a Scope, and nothing crosses tenants.
//
// IDs are opaque to Confide. They must be non-empty, at most [MaxIDLength]
// bytes, and made of ASCII letters, digits and the characters - _ . : @ so
// that they are safe in file names, keys and logs. Do not use a customer's
// email address or name as a subject ID: use a stable internal ID.
type Scope struct {
	Tenant       string `json:"tenant"`
	Subject      string `json:"subject"`
	Conversation string `json:"conversation"`
}

// Validate reports whether every ID of s is well formed. The error names the
// field and the rule it breaks, never the value.
func (s Scope) Validate() error {
	if err := ValidateID("tenant", s.Tenant); err != nil {
		return err
	}
	if err := ValidateID("subject", s.Subject); err != nil {
		return err
	}
	return ValidateID("conversation", s.Conversation)
}

// ValidateID checks one identifier against the rules of [Scope]. field names
// it in the error.
func ValidateID(field, id string) error {
	switch {
	case id == "":
		return fmt.Errorf("%w: %s is empty", ErrInvalidScope, field)
	case len(id) > MaxIDLength:
		return fmt.Errorf("%w: %s is %d bytes, more than %d", ErrInvalidScope, field, len(id), MaxIDLength)
	}
	for i := 0; i < len(id); i++ {
		if !idByte(id[i]) {
			return fmt.Errorf("%w: %s has a character not allowed at byte %d (allowed: letters, digits, - _ . : @)", ErrInvalidScope, field, i)
		}
	}
	return nil
}

func idByte(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	case c == '-', c == '_', c == '.', c == ':', c == '@':
		return true
	}
	return false
}

// String returns the scope as tenant/subject/conversation, for logs. IDs are
// not customer data (see [Scope]), so this is safe to log.
func (s Scope) String() string {
	return s.Tenant + "/" + s.Subject + "/" + s.Conversation
}
