// Package consent records what customers agreed to and enforces it: an
// append-only ledger of consent events tied to the notice each customer was
// shown, a chat middleware that refuses a turn without the consent it needs,
// degrade modes for what can go without, Global Privacy Control, and signed
// receipts that prove a consent years later.
//
// Most programs need [NewLedger], [Ledger.PublishNotice] once per notice
// version, [Ledger.Grant] and [Ledger.Withdraw] when the customer chooses,
// and [Middleware] on the conversation:
//
//	ledger, err := consent.NewLedger(consent.NewMemoryStore(), consent.Options{})
//	notice, err := ledger.PublishNotice(ctx, "acme", consent.Notice{ID: "bot", Version: "1", Text: text})
//	_, err = ledger.Grant(ctx, consent.Choice{Tenant: "acme", Subject: "cust-1",
//		Purposes: []consent.Purpose{consent.PurposeTrainAI}, Notice: notice.Ref(), Source: consent.SourceUI})
//	conv, err := chat.NewConversation(model, scope,
//		chat.WithMiddleware(consent.Middleware(ledger, consent.Policy{Required: []consent.Purpose{consent.PurposeTrainAI}})),
//		chat.WithStore(consent.NewTranscriptStore(ledger, store, consent.PurposeStoreTranscript)))
//
// A turn without the required consent fails with an error matching
// [ErrConsentRequired] (a [*RequiredError] names the purpose); nothing
// reaches the model and nothing is stored.
//
// # Purposes
//
// A [Purpose] is a dotted key of the fideslang data-use taxonomy, such as
// "analytics" or "marketing.communications.email"; a grant on a parent
// covers its children. Each purpose has a GDPR Article 6 [LawfulBasis]:
// only consent-based purposes need a grant, the others (the service itself,
// under contract) are always allowed. [DefaultTaxonomy] holds the fideslang
// data uses and [PurposeStoreTranscript]; [Taxonomy.Add] adds your own.
//
// # Notices
//
// A [Notice] is a versioned text with a SHA-256 hash. Every grant names the
// published version that was shown, and a grant naming an unknown version
// is refused with [ErrUnknownNotice].
//
// # The ledger
//
// Grants, withdrawals, expiries and opt-outs are [Event]s appended to the
// subject's ledger with their time, [Source], jurisdiction and notice.
// Nothing is updated or deleted, except a whole subject by
// [Ledger.ForgetSubject]. The state now ([Ledger.State], [Ledger.Allowed])
// and at any past time ([Ledger.StateAt]) is derived by replaying the
// events: the latest event covering a purpose decides (see [State]). A
// withdrawal is one call and takes effect on the next check. A grant may
// carry a lifetime, after which it no longer allows anything; this is
// derived from the clock at each check, without an event.
//
// The ledger persists through a [Store]: [MemoryStore] here, SQL in package
// store. Package consent/consenttest holds the suite every Store must pass.
//
// # Enforcement and degrade modes
//
// [Middleware] checks a [Policy] before every model call. Its Required
// purposes refuse the turn; its Optional purposes degrade: the turn runs and
// the layer serving the purpose skips its work. [TranscriptStore] is that
// layer for transcripts: without [PurposeStoreTranscript] the conversation
// runs but its transcript is not kept. Other code asks [Ledger.Allowed].
// Every check fails closed: if the ledger cannot be read, the answer is
// "not allowed" with an error.
//
// # Global Privacy Control
//
// [GPCHandler] turns a Sec-GPC: 1 request header into one opt-out event
// ([Ledger.OptOut]) of the sale and sharing purposes (marketing and
// third_party_sharing in the default taxonomy), once: a subject already
// opted out gets no new event.
//
// # Receipts
//
// [Ledger.Receipt] returns a signed receipt of any event: controller,
// subject, purposes with their lawful basis, notice version and hash, time,
// method and jurisdiction, as canonical JSON signed with a Tink Ed25519 key
// ([NewSigningKey], [Options.SigningKey]). [VerifyReceipt] and
// [VerifyReceiptFile] check one with only the public keyset
// ([PublicKeyset]), offline.
//
// # Errors
//
// Errors wrap the sentinels of this package and are tested with
// [errors.Is]. They may name purposes and notice versions, never tenants,
// subjects or customer text.
//
// Everything in this package is safe for concurrent use.
package consent
