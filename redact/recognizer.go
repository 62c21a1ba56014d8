package redact

// Finding is one detected entity: its type, where it is in the text (UTF-8
// byte offsets, end exclusive), how confident the detector is, and which
// recognizer found it. A Finding never holds the matched value itself, so
// findings can be logged and counted safely.
type Finding struct {
	Type       string  `json:"type"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Score      float64 `json:"score"`
	Recognizer string  `json:"recognizer,omitempty"`
}

// Recognizer finds entities of one or more types in a text. Implementations
// must be safe for concurrent use and must run in time linear in the input.
type Recognizer interface {
	// Name identifies the recognizer in findings and errors.
	Name() string
	// Types lists the entity types the recognizer can report.
	Types() []string
	// Recognize calls emit once for each candidate it finds in text.
	Recognize(text string, emit func(Finding))
}

// Rule describes a pattern recognizer as data, the way gitleaks describes
// its rules: a regular expression, prefilter keywords, a validator, context
// words, and examples it must and must not match. Adding a recognizer is
// adding one Rule.
type Rule struct {
	// Name identifies the rule, e.g. "uk_nino".
	Name string
	// Type is the entity type reported, e.g. "UK_NINO".
	Type string
	// Pattern is an RE2 regular expression. The finding is the whole match,
	// or the submatch named "v" when the pattern has one. A space in it,
	// literal or in a class, also matches a no-break, narrow no-break or
	// thin space (U+00A0, U+202F, U+2009), which group digits in text
	// pasted from web pages; Validate then sees that space as written.
	Pattern string
	// Keywords, lower-case literals, gate the rule: it runs only on texts
	// that contain at least one of them. Nil means the rule always runs.
	Keywords []string
	// Score is the base confidence in [0, 1] of a match that passes Validate.
	Score float64
	// AloneScore, when above zero, is the score of a match in a text that
	// holds none of the rule's context words or keywords, in place of
	// Score (a word anywhere in the text gives Score, a word near the
	// match raises it). A check that one random number in ten passes (a
	// Luhn digit) makes a value likely only in a text that names it:
	// below the threshold, the rule then runs only on texts that hold one
	// of its words.
	AloneScore float64
	// Validate rejects matches that fail a checksum or format rule. It
	// receives the matched text as written (separators included). Nil
	// accepts every match.
	Validate func(match string) bool
	// Context lists lower-case words or phrases that, when they occur near a
	// match (whole words), raise its score.
	Context []string
	// RequireContext reports matches only when a context word is near.
	// The context words then also gate the rule the way Keywords do.
	RequireContext bool
	// Standalone drops a match that a space or hyphen joins to another
	// group of digits: it is a piece of a longer grouped number (the last
	// twelve digits of a card written 0173 4228 8187 1506), not a value of
	// its own.
	Standalone bool
	// NegativeContext lists lower-case words or phrases that, near a match,
	// lower its score (an order or ticket number that looks like an ID).
	NegativeContext []string
	// namedByRef, for built-in rules only, drops a match that a
	// reference's word labels right before it ("order number",
	// "employee number", "ordr"): bare digits that such a word names are
	// that record's, not a bank account's or a licence's, whatever
	// context word is near.
	namedByRef bool
	// lenient, for built-in rules only, marks a rule that accepts a value
	// whose check digit fails, beside a rule of the same type that checks
	// it: WithStrictChecksums leaves it out.
	lenient bool
	// MinLen and MaxLen are ignored: the engine derives exact bounds from
	// Pattern. They remain so that existing rule tables compile.
	MinLen, MaxLen int
	// Examples are checked by a generic test: each must produce exactly the
	// finding Want, or no finding of this Type when Want is empty.
	Examples []Example
}

// Example is one test case of a Rule.
type Example struct {
	Text string
	Want string
}
