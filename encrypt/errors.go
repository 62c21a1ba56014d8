package encrypt

import "errors"

// Errors that callers branch on. Every error returned by this package that
// has one of these causes wraps it, so test with [errors.Is]. No error
// message contains plaintext, key material, or tenant, subject or
// conversation IDs (an ID may be personal data, such as an email address).
var (
	// ErrFormat is returned by [Sealer.Open] when the bytes are not a sealed
	// record of a version this package reads: too short, an unknown format
	// version byte, or an unknown Tink output prefix.
	ErrFormat = errors.New("encrypt: not a sealed record")

	// ErrTampered is returned by [Sealer.Open] when a record does not
	// authenticate under the given [Binding]: its bytes were modified, or it
	// was sealed for another tenant, subject, conversation, kind or sequence
	// number. The two cases cannot be told apart, by design.
	ErrTampered = errors.New("encrypt: record does not authenticate under this binding")

	// ErrForgotten is returned when the subject was forgotten with
	// [Sealer.Forget]: its keyset is destroyed and its records can never be
	// opened again. [Sealer.Seal] returns it too, so that a forgotten subject
	// does not silently get a new keyset; see [Sealer.Reinstate].
	ErrForgotten = errors.New("encrypt: subject was forgotten")

	// ErrNoKeyset is returned by [Sealer.Open] when the subject has never had
	// a keyset in the [KeyStore], and by [KeyStore.Get] for a missing record.
	ErrNoKeyset = errors.New("encrypt: no keyset for subject")

	// ErrRetired is returned by [Sealer.Open] when the record was sealed with
	// a data key whose version is below the subject's minimum version (see
	// [Sealer.RetireDataKeys]).
	ErrRetired = errors.New("encrypt: data key retired")

	// ErrUnknownKey is returned when a wrapped keyset names a KEK that the
	// [Keyring] does not hold, or a KMS client does not support a key URI.
	ErrUnknownKey = errors.New("encrypt: unknown key-encryption key")

	// ErrWrongKEK is returned when a wrapped keyset or a local keyset file
	// does not decrypt: the KEK or master key is wrong, or the wrapped bytes
	// were altered.
	ErrWrongKEK = errors.New("encrypt: keyset does not decrypt under this key-encryption key")

	// ErrKEKUnavailable is returned when the key-encryption key could not
	// be reached (a KMS that is down, slow or refusing the connection), as
	// opposed to a key that answered and did not decrypt ([ErrWrongKEK]).
	// Retrying later may succeed.
	ErrKEKUnavailable = errors.New("encrypt: key-encryption key unavailable")

	// ErrMasterKey is returned when a master key is missing or malformed.
	ErrMasterKey = errors.New("encrypt: invalid master key")

	// ErrInvalid is returned for arguments that can never work: an empty
	// tenant or subject, a reserved subject name, an out-of-range option.
	ErrInvalid = errors.New("encrypt: invalid argument")

	// ErrExists is returned by [KeyStore.Create] when a record (a keyset or a
	// tombstone) already exists for the subject.
	ErrExists = errors.New("encrypt: keyset already exists")

	// ErrConflict is returned by [KeyStore.Update] when the stored revision
	// is not the expected one (another writer got there first) or the record
	// is gone.
	ErrConflict = errors.New("encrypt: keyset changed concurrently")
)
