// Package encrypt seals records at rest with envelope encryption, so that a
// stolen database yields nothing readable and forgetting a customer makes
// their data unreadable everywhere at once.
//
// Most programs need two calls: [NewSealer], once, with a [Keyring] and a
// [KeyStore], then [Sealer.Seal] and [Sealer.Open] for each record, with a
// [Binding] that says whose record it is and where it belongs:
//
//	master, err := encrypt.MasterKeyFromEnv()                  // $CONFIDE_MASTER_KEY
//	ring, err := encrypt.OpenLocalKeyring("keyring.json", master)
//	s, err := encrypt.NewSealer(ring, store, encrypt.Options{})
//	b := encrypt.Binding{Tenant: "acme", Subject: "cust-42", Conversation: "c-7", Kind: "message", Seq: 3}
//	sealed, err := s.Seal(ctx, b, plaintext)
//	plaintext, err = s.Open(ctx, b, sealed)
//
// and [Sealer.Forget] when a customer asks to be forgotten. All
// cryptography is Tink's (github.com/tink-crypto/tink-go/v2).
//
// # Keys
//
// Each subject (a customer of a tenant) has its own Tink keyset of
// AES-256-GCM data keys, created on first use. The keyset is stored only
// wrapped (encrypted) by a key-encryption key, the KEK, with the tenant and
// subject as associated data, in a [KeyStore]: [MemoryKeyStore] here, SQL
// ones in package store. Creation is single-flight: within a process
// concurrent first uses share one creation, and across processes the
// store's put-if-absent lets one keyset win, which the others then read.
//
// The KEK comes from a [Keyring], built from either
//
//   - a local Tink keyset file encrypted under a master key: create it with
//     [InitLocalKeyring] (the master key from [NewMasterKey], kept in
//     $CONFIDE_MASTER_KEY or a file named by $CONFIDE_MASTER_KEY_FILE), open
//     it with [OpenLocalKeyring]; or
//   - a KMS key (aws-kms://, gcp-kms://, hcvault://, ...) through any Tink
//     registry.KMSClient: [NewKMSKEK] or [KEKFromURI]. The adapters in the
//     nested modules encrypt/kms/... provide such clients.
//
// Unwrapped keysets are cached, bounded by age, uses and capacity
// ([CacheLimits]), so that a warm Seal or Open costs one AES-GCM operation.
//
// # Records
//
// Everything in a [Binding] (tenant, subject, conversation, record kind,
// sequence number) is bound to the ciphertext as associated data. A record
// modified in any byte, truncated, moved to another subject, tenant or
// conversation, relabelled or reordered fails to open with [ErrTampered]
// (or [ErrFormat] if it is no longer a record at all).
//
// # Forgetting
//
// [Sealer.Forget] replaces the subject's wrapped keyset with a tombstone.
// From then on its records fail with [ErrForgotten], distinct from
// [ErrNoKeyset] for a subject that never existed, and [Sealer.Seal] refuses
// the subject rather than silently starting a new keyset; [Sealer.Reinstate]
// starts one on purpose.
//
// The instance that forgets stops at once. Other instances sharing the
// store stop when their cached copy expires, at most [CacheLimits.MaxAge]
// later (default one minute), or at once if they call [Sealer.Invalidate]
// (for instance on a database notification). Backups of the data stay
// unreadable as long as no copy of the wrapped keyset survives: keep the
// KeyStore out of those backups, or give its backups a short retention.
//
// # Rotation
//
// KEK rotation re-wraps keysets without touching data: build a Keyring with
// the new KEK as primary and the old ones after it (for a local file,
// [RotateLocalKeyring] does this), then run [Sealer.RewrapAll], which is
// resumable from a cursor and reports progress. Data-key rotation,
// [Sealer.RotateDataKey], adds a new primary to one subject's keyset; old
// records keep opening, [Sealer.Reseal] re-encrypts them lazily, and
// [Sealer.RetireDataKeys] then destroys the old keys, after which records
// still under them fail with [ErrRetired].
//
// # Blind indexes
//
// [Sealer.BlindIndex] computes keyed, truncated HMAC-SHA256 fingerprints of
// values (with a normalisation such as [NormalizeEmail]), one key per tenant
// and purpose, so an application can look a customer up by email without
// storing the email.
//
// # Sealed format
//
// A sealed record is, byte by byte (integers big-endian):
//
//	offset  size  field
//	0       1     format version: 0x01
//	1       4     data-key version: 1 for a subject's first key, +1 per rotation
//	5       1     Tink output prefix type: 0x01 (TINK)
//	6       4     Tink key ID of the data key in the subject's keyset
//	10      12    AES-GCM nonce, random
//	22      n     ciphertext, n = length of the plaintext
//	22+n    16    AES-GCM tag
//
// Bytes 5 onwards are exactly what Tink's AES-256-GCM AEAD writes, so the
// overhead is [Overhead] = 38 bytes. The associated data is bytes 0 to 4
// followed by tenant, subject, conversation and kind, each as a 4-byte
// length and its bytes, then the sequence number as 8 bytes: no two
// different bindings share an encoding. The test vectors in testdata fix
// this format; a change to it needs a new format version byte.
//
// A wrapped keyset ([WrappedKeyset.Wrapped]) is a Tink EncryptedKeyset in
// binary protobuf form, encrypted by the KEK with associated data "kset",
// 0x01, then tenant and subject length-prefixed as above, two zero lengths
// and eight zero bytes.
//
// # Errors
//
// Errors wrap the sentinels of this package ([ErrTampered], [ErrForgotten],
// ...) and are tested with errors.Is. They never contain plaintext, key
// material, or tenant, subject or conversation IDs.
//
// Everything in this package is safe for concurrent use.
package encrypt
