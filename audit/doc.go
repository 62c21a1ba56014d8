// Package audit keeps a tamper-evident record of what a chatbot did with
// customer data, and privacy metrics, without ever holding the data: an
// event says whose conversation, what was decided and how many values of
// each type of personal data were found, never what they were.
//
// Most programs need a [Log] on a sink, the [Middleware] listed first on
// the conversation, and [RecordFindings] given to the redact middleware:
//
//	key, err := audit.NewSigningKey()                  // keep it: WriteSigningKey
//	log, err := audit.NewLog(db.Audit(), audit.Options{SigningKey: key})
//	conv, err := chat.NewConversation(model, scope, chat.WithMiddleware(
//		audit.Middleware(log, audit.WithPolicy(policy)),
//		consent.Middleware(ledger, policy),
//		redact.Middleware(redactor, vaults, redact.WithFindings(audit.RecordFindings)),
//	))
//
// then [VerifyStore] (what "confide audit verify" runs) to check the log,
// and [Report] for the privacy figures of a period. Record erasures,
// exports and other operations yourself with [Log.Record].
//
// # Events
//
// An [Event] has typed fields only: scope IDs, an [Operation], a
// [Decision], a [Reason] from a fixed set (an error is recorded by its
// class, never its text), the purposes checked and refused, PII counts per
// entity type, key IDs, a tool name, and times. [Event.Validate] holds
// every field to a narrow format, so a customer's words have nowhere to
// go; every Log and Sink refuses an event that fails it.
//
// # The chain
//
// Each tenant has its own chain: event n holds the SHA-256 hash of event
// n-1 (Prev) and its own hash (Hash) over [EventVersion], a zero byte and
// its canonical JSON ([Event.Canonical]). One chain per tenant rather than
// one for all: a tenant's log can be exported, verified, handed to its
// auditor and deleted when it leaves without touching any other tenant's,
// and writers of different tenants never wait for each other. A [Sink]
// links each event to its tenant's last one with [Link] while it holds the
// chain, so writers in many processes still form one chain.
//
// Every [Options.CheckpointEvery] events, and whenever [Log.Checkpoint] is
// called, the log signs a [Checkpoint] with a Tink Ed25519 key: the
// tenant, a sequence number and the hash of the event there, which vouches
// for every event up to it. [Verify] recomputes the chain and checks the
// checkpoints with the public keyset only ([PublicKeyset]); it finds an
// event edited, deleted, inserted or reordered, a chain rewritten (even
// with every hash recomputed) or cut short before a checkpoint, and a
// checkpoint forged or signed by another key, and says where
// ([VerifyReport], [Problem]). Events after the last checkpoint rest on
// the hash chain alone, and a log cut short together with its checkpoints
// looks like a shorter log: checkpoint often, and keep a copy of the
// checkpoints elsewhere ([SlogSink] sends them to your logs).
//
// # Sinks
//
// [MemorySink] keeps events in memory, [SlogSink] writes each as a
// structured log record (in front of another sink, or chaining on its
// own), and package store keeps them in SQLite or PostgreSQL. Package
// audit/audittest holds the suite every readable sink must pass.
//
// # Metrics
//
// [Metrics] counts personal data found per type, consent refusals per
// purpose and audited operations, and times redaction, through the
// OpenTelemetry metric API: nothing is recorded until the program
// installs a meter provider. [InstrumentStore] adds the time to seal and
// store a turn and the transcripts that fail to restore. Attributes carry
// types, purposes, operations, decisions and reasons: never a customer
// value, and never a tenant, subject or conversation ID.
//
// Everything in this package is safe for concurrent use.
package audit
