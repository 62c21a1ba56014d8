// Package policy makes one declarative privacy policy file the source of
// truth of a Confide deployment: the file a privacy officer reviews and
// signs off is the file that builds the running pipeline and writes the
// notice customers read.
//
// Most programs load the file, build the stack and run conversations on it:
//
//	p, err := policy.Load("policy.yaml")      // every error: file:line: field: what is wrong
//	stack, err := p.Build(ctx, policy.BuildOptions{})
//	defer stack.Close()
//	conv, err := stack.NewConversation(ctx, model, scope, loadProfile,
//		chat.WithSystemPrompt("You are Acme's support agent."))
//	reply, err := conv.Send(ctx, "Hi, my email is ann@example.com")
//
// and operators run the command line on the same file:
//
//	confide policy check policy.yaml            # risky choices, each with a stable ID
//	confide policy explain policy.yaml          # the privacy notice (md, html) and Art. 30 record (json)
//	confide policy diff old.yaml new.yaml       # what a change means for customers, in words
//
// # The file
//
// A YAML file (schema.json in this package is its JSON Schema, for
// editors) with: the mode (development or production); the controller and
// the service; the model provider, where it runs, what it may receive in
// the clear and what happens to personal data it writes itself; the entity
// types to detect with an operator each (placeholder, surrogate, mask:N,
// hash, encrypt, remove, keep), allow lists (values and regular
// expressions that match a finding whole), deny lists and recognizers of
// your own (a regular expression, a validator from redact's registry,
// context words); the purposes with their lawful basis and consent notice;
// the purposes every conversation requires or can do without, and the one
// transcripts are kept for; field policies for the customer profile, in
// minimize's action syntax per purpose; retention per kind of record; the
// keyring (a local keyset with a master key from an environment variable or
// a file, or a KMS key URI); the database (named by an environment
// variable); and the audit sinks with the checkpoint signing key.
//
// Secrets are never in the file: it names the environment variables and
// files that hold them, and errors never print their values.
//
// Unknown fields are errors. [Load] reports every problem with its line
// and the path of the field:
//
//	policy.yaml:12: redaction.types.EMAIL_ADDRESS.operator: unknown operator "shred" (want one of ...)
//
// # The stack
//
// [Policy.Build] assembles the chain in the order the audit and consent
// packages ask for: audit outermost (it must see every refusal), consent,
// the minimized profile, the trimmed history, redaction next to the model;
// transcripts sealed per customer and kept only with the transcript
// purpose; notices published to the consent ledger.
//
// # Changing the policy while running
//
// [Stack.Apply] replaces the rules (redaction, purposes, profile, history,
// output policy) between turns: a turn that has started finishes under the
// policy it started with, and a policy that does not build is refused
// while the old one keeps running. [Watcher] reloads the file on demand or
// when it changes. What the stack is built on (mode, database, keyring,
// audit) needs a restart.
package policy
