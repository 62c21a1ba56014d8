// Package minimize turns two GDPR principles into code: data minimisation
// (a purpose sees only the fields it needs, as coarse as it can use them)
// and storage limitation (records go when no purpose needs them any more).
//
// Most programs tag their customer struct and add one middleware:
//
//	type Customer struct {
//		FirstName string    `json:"first_name" minimize:"support=keep"`
//		Plan      string    `json:"plan"       minimize:"*=keep"`
//		Age       int       `json:"age"        minimize:"analytics=generalize(age_band)"`
//		ZIP       string    `json:"zip"        minimize:"support=generalize(zip3)"`
//		Email     string    `json:"email"      minimize:"support=redact(email);analytics=generalize(email_domain)"`
//		Address   string    `json:"address"` // untagged: never shown
//	}
//
//	conv, err := chat.NewConversation(model, scope, chat.WithMiddleware(
//		minimize.Profile(loadCustomer, "support"),
//		minimize.History(minimize.HistoryOptions{Turns: 10, ToolResultTurns: 2}),
//	))
//
// [Profile] puts the customer's [View] for the purpose into the model's
// context; [History] trims what the model is sent of the past. [View]
// returns the minimized fields as a map for a prompt or JSON; [Apply]
// returns a copy of the same type with everything else zeroed.
//
// # Tags
//
// A minimize tag is a list of rules separated by semicolons. Each rule
// names one or more purposes, separated by commas, and an action:
//
//	minimize:"support,billing=keep; analytics=generalize(age_band); marketing=drop"
//
// The actions are keep, drop, generalize(name) or generalize(name:arg)
// with a generalizer, and redact(type) with the [Redactor]. "*" stands
// for any purpose without a rule of its own, and minimize:"-" drops the
// field for every purpose (the same as no tag, but says so).
//
// Purposes are hierarchical: names separated by dots. A call for
// "essential.service" uses the field's rule for "essential.service",
// else for "essential", else for "*". A field with no rule that applies
// is dropped: untagged fields are never shown, so a field added later
// stays private until someone decides otherwise (fail closed).
//
// Tags are parsed and checked at the first use of a type, with every
// struct type it holds, and the result is cached: a malformed rule, an
// unknown generalizer, or an action the field cannot take (redact on an
// int) is an [ErrPolicy] error naming the type and the field, whatever
// the value. [Minimizer.Check] finds them at start-up or in a test.
//
// # Nested values
//
// keep on a field holding structs (directly, through pointers, or in
// slices, arrays and maps) shows them filtered by their own tags; an
// untagged embedded struct is kept the same way, its fields merged into
// the parent's view as encoding/json does. generalize and redact apply to
// each value of a slice, array or map. time.Time and types that marshal
// themselves to text count as single values. Map keys are kept as they
// are: do not key maps by personal data. Unexported fields are never
// shown.
//
// # Generalizers
//
// The built-in generalizers, each also a plain function ([AgeBand],
// [BirthYear], [Year], [ZIP3], [EmailDomain], [Truncate], [Bucket], [Grid],
// [DateShifter]):
//
//	age_band      int        -> "18-24", "25-34", ... "85-89", "90+"
//	birth_year    time.Time  -> "1987", or "90+" for ages of 90 or more
//	year          time.Time  -> 2024
//	zip3          string     -> "021" from "02139"; HIPAA's 17 low-population prefixes -> "000"
//	email_domain  string     -> "example.com"
//	truncate:N    string     -> its first N runes
//	bucket:W      number     -> "30-39" (W = 10)
//	grid:CELL     float      -> rounded to a multiple of CELL, for coordinates
//	date_shift    time.Time  -> moved by a secret number of days, the same for all of a subject's dates
//
// [View] takes any result. [Apply] keeps the field's type, so a result the
// field cannot hold (age_band's string in an int field) fails with
// [ErrGeneralize]: tag such fields only for purposes served by View, such
// as prompts.
//
// date_shift needs a key and is enabled with [WithDateShift]. Add your own
// with [WithGeneralizer], for example [Lookup] to map cities to regions,
// or [Func] to wrap a plain function.
//
// # Retention
//
// [Retention] policies give each kind of record a lifetime per purpose;
// [Purge] asks each kind's [Purger] (stores implement it) to delete what
// has outlived them, or in a dry run to count it, and returns a [Report]
// that prints as a table.
package minimize
