// Package redact finds personal data and secrets in text, so a chatbot can
// keep them away from the model, the logs and the audit trail, and puts the
// customer's own values back in the replies they read.
//
// Most programs need one middleware:
//
//	d, err := redact.NewDetector()
//	mw := redact.Middleware(redact.NewRedactor(d), redact.NewVaults(vaultStore))
//	conv, err := chat.NewConversation(model, scope, chat.WithMiddleware(mw))
//
// and, to find entities without a conversation, two calls:
//
//	d, err := redact.NewDetector()            // every default entity type
//	findings, err := d.Detect(ctx, message)   // sorted, non-overlapping spans
//
// A [Finding] holds an entity type ("EMAIL_ADDRESS", "AWS_ACCESS_KEY", ...),
// UTF-8 byte offsets and a score, never the matched text, so findings can be
// logged and counted safely.
//
// # What is detected
//
// Built-in recognizers cover the global kinds: e-mail addresses, phone
// numbers (libphonenumber metadata, with region hints for national
// formats), payment cards (issuer ranges and Luhn) and their security codes
// (CVV, CVC: after their name), IBANs (country format
// and mod 97), US social security numbers (area rules), IPv4 and IPv6
// addresses, MAC addresses, URLs, Bitcoin, Litecoin and Ethereum
// addresses, dates of birth (a date next to a birth word in English,
// German, French, Spanish, Italian, Dutch or Portuguese), IMEIs (Luhn,
// after their name), vehicle identification numbers (VIN: ISO 3779
// shape, after a word for it), and
// secrets: AWS, GCP, Azure, GitHub,
// GitLab, Slack, Stripe, OpenAI, Anthropic, Twilio and SendGrid keys,
// npm, Hugging Face, PyPI, DigitalOcean, Shopify, Linear, Vault, RubyGems
// and Databricks tokens (API_KEY), JWTs,
// private key blocks, passwords and high-entropy tokens after words such as
// "password" or "token". Entity names follow Presidio where the kinds
// overlap. National identifiers are pattern [Rule]s registered by this
// package ([DefaultRules]). DATE_TIME (any date) is off unless named with
// [WithTypes].
//
// # How it works
//
// Detection makes one pass over the text. The pass hashes every word against
// a table of keywords and context words and dispatches on anchors (a word
// start, a digit, '+', "::", a known secret prefix) to recognizers that look
// at a small window, validate checksums and return where the pass resumes.
// Pattern rules run as if each regular expression searched the whole text
// (a rule with keywords, or one that needs a context word to reach the
// threshold, only when one of its words occurs), but the rules are
// first run together as one lazily built automaton that reads the text
// once and reports where a match of each rule can end; only those rules
// run their expression, and only around those positions. Context words near a candidate raise its score (whole words only),
// order and invoice words lower it; overlaps are resolved by score, context,
// length and position; allow and deny lists apply last. Time is linear in
// the input. A text that holds JSON strings still escaped, as log lines do
// ("note":"call me\n+1 202 555 0143", "Zo\u00eb"), is read decoded, and
// the findings' offsets are mapped back to the text as given; in a text
// that does not read as JSON only the breaks are decoded, and it is read
// as written too, so that a password with a backslash is never cut.
//
// # Placeholders and restoration
//
// The [Middleware] redacts every message sent to the model, history, tool
// arguments and tool results included (JSON stays valid JSON), replacing
// each value with what its type's [Operator] says: by default a numbered
// [Placeholder] such as <EMAIL_ADDRESS_1>, the same for the same value
// throughout the conversation; or a realistic [Surrogate], or one-way
// [Mask], [Hash] (keyed, Tink PRF), [Encrypt] (Tink AES-SIV, reversible
// with the key), [Remove] or [Keep]. Each conversation has a [Vault] that
// maps its placeholders to values; [Vaults] keeps them in memory and in a
// [VaultStore] (sealed per customer in package store).
//
// Replies are restored before anyone reads them: in full, while streaming
// (a [Restorer] holds back only text that could be the start of a
// placeholder and drops one cut off at the end), and in tool-call
// arguments, so tools run with real values. Restoration tolerates what
// models do to placeholders (changed case, other or missing brackets,
// other separators) but only ever restores placeholders issued in the same
// conversation: a customer who types <EMAIL_ADDRESS_1>, or a model that
// invents one, gets the text back as it was. An [OutputPolicy] decides
// what happens to personal data the model produced itself. A detector or
// vault error fails the turn before anything is sent.
//
// [Redactor.RedactJSON] redacts JSON documents (member names such as
// "email" count as context) and [SlogHandler] redacts log records.
//
// # Extending
//
// [WithRules] adds a [Rule] (a regular expression, keywords, a validator,
// context words and examples); [WithRecognizers] adds Go code through the
// [Recognizer] interface or [NewRecognizerFunc]; [WithDetectors] adds an
// external [Detector] such as an NER service, whose errors fail the call so
// nothing unscanned reaches the model.
//
// Everything in this package is safe for concurrent use.
package redact
