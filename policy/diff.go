package policy

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/transparency"
)

// Diff says, in sentences for people, what replacing old by new changes
// for customers: what the model sees of each kind of data, what data is
// used for and on which basis, how long records are kept, what the model
// is told of the profile, who receives the data and where keys live.
// No sentence means no change that customers would notice.
func Diff(old, new *Policy) []string {
	var out []string
	say := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }

	if old.Provider.Name != new.Provider.Name {
		say("messages will now be answered by a model from %s instead of %s", new.Provider.Name, old.Provider.Name)
	}
	if old.Provider.Model != new.Provider.Model && new.Provider.Model != "" {
		say("the model will now be %s instead of %s", new.Provider.Model, orNone(old.Provider.Model, "unnamed"))
	}
	if old.Provider.Location != new.Provider.Location {
		say("the model provider will now process messages in %s instead of %s", orNone(new.Provider.Location, "an unstated location"), orNone(old.Provider.Location, "an unstated location"))
	}
	if o, n := outputWords(old.Provider.Output), outputWords(new.Provider.Output); o != n {
		say("personal data the model writes itself will now be %s instead of %s", n, o)
	}

	types := append(old.detected(), new.detected()...)
	slices.Sort(types)
	for _, t := range slices.Compact(types) {
		oop, inOld := old.OperatorOf(t)
		nop, inNew := new.OperatorOf(t)
		name := transparency.TypeName(t)
		switch {
		case !inOld:
			say("%s will now be detected and %s", name, opNow(nop))
		case !inNew:
			say("%s will no longer be detected: they will be sent to the model as written instead of %s", name, opInstead(oop))
		case oop != nop:
			say("%s will now be %s %s", name, opNow(nop), insteadOf(oop, nop))
		}
	}

	oldP, newP := old.usedPurposes(), new.usedPurposes()
	for _, k := range newP {
		nb := new.basis(string(k))
		switch {
		case !slices.Contains(oldP, k):
			say("a new purpose, %s, based on %s", k, basisWords(nb))
		case old.basis(string(k)) != nb:
			say("the purpose %s will now be based on %s instead of %s", k, basisWords(nb), basisWords(old.basis(string(k))))
		}
		if slices.Contains(oldP, k) {
			on, nn := old.notice(k), new.notice(k)
			switch {
			case on == nil && nn != nil:
				say("customers will now be shown notice %s version %s for %s", nn.ID, nn.Version, k)
			case on != nil && nn == nil:
				say("no notice will be shown any more for %s", k)
			case on != nil && (on.ID != nn.ID || on.Version != nn.Version):
				say("the notice for %s will now be %s version %s instead of %s version %s", k, nn.ID, nn.Version, on.ID, on.Version)
			case on != nil && on.Body() != nn.Body():
				say("the text of notice %s version %s changed without a new version", nn.ID, nn.Version)
			}
		}
	}
	for _, k := range oldP {
		if !slices.Contains(newP, k) {
			say("the purpose %s will no longer be used", k)
		}
	}

	for _, k := range listDiff(new.Conversation.Required, old.Conversation.Required) {
		say("conversations will now need consent to %s", k)
	}
	for _, k := range listDiff(old.Conversation.Required, new.Conversation.Required) {
		say("conversations will no longer need %s", k)
	}
	for _, k := range listDiff(new.Conversation.Optional, old.Conversation.Optional) {
		say("without consent to %s, conversations will now run without it", k)
	}
	if o, n := old.Conversation.TranscriptPurpose, new.Conversation.TranscriptPurpose; o != n {
		switch {
		case n == "":
			say("transcripts will now be kept for every customer instead of only with consent to %s", o)
		case o == "":
			say("transcripts will now be kept only for customers who allow %s instead of for every customer", n)
		default:
			say("transcripts will now be kept only for customers who allow %s instead of %s", n, o)
		}
	}
	if o, n := historyTurns(old), historyTurns(new); o != n {
		say("the model will now see %s of the conversation instead of %s", turnsWords(n), turnsWords(o))
	}

	out = append(out, profileDiff(old, new)...)

	kinds := append(kindsOf(old), kindsOf(new)...)
	slices.Sort(kinds)
	for _, k := range slices.Compact(kinds) {
		o, inOld := old.keep(k)
		n, inNew := new.keep(k)
		name := transparency.KindName(k)
		switch {
		case !inOld:
			say("%s will now be kept %s", name, keepWords(n))
		case !inNew:
			say("%s will no longer have a retention policy instead of being kept %s", name, keepWords(o))
		case o != n:
			say("%s will now be kept %s instead of %s", name, keepWords(n), strings.TrimPrefix(keepWords(o), "for "))
		}
	}

	if o, n := old.keysText(), new.keysText(); o != n {
		say("keys will now be protected by %s instead of %s", n, o)
	}
	if o, n := strings.Join(old.Audit.Sinks, ", "), strings.Join(new.Audit.Sinks, ", "); o != n {
		say("audit events will now go to %s instead of %s", orNone(n, "nowhere"), orNone(o, "nowhere"))
	}
	if old.Mode != new.Mode {
		say("the service will now run in %s mode instead of %s", new.Mode, old.Mode)
	}
	if old.Controller != new.Controller {
		say("the controller's details will now be %s instead of %s", controllerWords(new.Controller), controllerWords(old.Controller))
	}
	return out
}

func orNone(s, none string) string {
	if s == "" {
		return none
	}
	return s
}

func outputWords(o string) string {
	switch o {
	case "redact":
		return "redacted"
	case "block":
		return "blocked"
	}
	return "let through"
}

func basisWords(b consent.LawfulBasis) string {
	if b == "" {
		return "no stated basis"
	}
	return strings.ReplaceAll(string(b), "_", " ")
}

// opNoun names what the model receives instead of a value, or "" for
// keep and remove, which read differently.
func opNoun(op string) string {
	kind, n, _ := parseOperator(op)
	switch kind {
	case "placeholder":
		return "placeholders"
	case "surrogate":
		return "surrogates"
	case "mask":
		return "masked values showing the last " + strconv.Itoa(n) + " characters"
	case "hash":
		return "keyed fingerprints"
	case "encrypt":
		return "encrypted tokens"
	}
	return ""
}

func opNow(op string) string {
	switch kind, _, _ := parseOperator(op); kind {
	case "keep":
		return "sent to the model in the clear"
	case "remove":
		return "removed before the model sees them"
	}
	return "sent to the model as " + opNoun(op)
}

// opInstead is how a sentence ends that says what op used to do.
func opInstead(op string) string {
	switch kind, _, _ := parseOperator(op); kind {
	case "keep":
		return "in the clear"
	case "remove":
		return "being removed"
	}
	return "as " + opNoun(op)
}

func insteadOf(old, new string) string {
	if opNoun(old) != "" && opNoun(new) != "" {
		return "instead of " + opNoun(old)
	}
	if opNoun(old) != "" {
		return "instead of being sent as " + opNoun(old)
	}
	return "instead of " + opInstead(old)
}

func listDiff(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func historyTurns(p *Policy) int {
	if p.Conversation.History == nil {
		return 0
	}
	return p.Conversation.History.Turns
}

func turnsWords(n int) string {
	switch n {
	case 0:
		return "the whole history"
	case 1:
		return "the last turn"
	}
	return "the last " + strconv.Itoa(n) + " turns"
}

// profileDiff compares what the model is told of each profile field.
func profileDiff(old, new *Policy) []string {
	var names []string
	for _, p := range []*Policy{old, new} {
		if p.Profile != nil {
			names = append(names, sortedKeys(p.Profile.Fields)...)
		}
	}
	slices.Sort(names)
	var out []string
	for _, f := range slices.Compact(names) {
		o, n := old.profileAction(f), new.profileAction(f)
		if o != n {
			out = append(out, fmt.Sprintf("the model will now see the profile field %s %s instead of %s", f, actionWords(n), actionWords(o)))
		}
	}
	return out
}

// profileAction resolves the action of a field for the profile's
// purpose as package minimize does: the purpose, its parents, then "*".
func (p *Policy) profileAction(field string) string {
	if p.Profile == nil {
		return "drop"
	}
	f, ok := p.Profile.Fields[field]
	if !ok {
		return "drop"
	}
	for k := p.Profile.Purpose; k != ""; k = string(consent.Purpose(k).Parent()) {
		if a, ok := f.Purposes[k]; ok {
			return a
		}
	}
	if a, ok := f.Purposes["*"]; ok {
		return a
	}
	return "drop"
}

func actionWords(a string) string {
	switch {
	case a == "keep":
		return "as it is"
	case a == "drop":
		return "not at all"
	case strings.HasPrefix(a, "generalize("):
		return "generalized (" + strings.TrimSuffix(strings.TrimPrefix(a, "generalize("), ")") + ")"
	case strings.HasPrefix(a, "redact("):
		return "redacted"
	}
	return a
}

func kindsOf(p *Policy) []string {
	var out []string
	for _, r := range p.Retention {
		out = append(out, r.Kind)
	}
	return out
}

// keep returns how long a kind is kept: the longest of its policies, as
// minimize.Purge applies them.
func (p *Policy) keep(kind string) (Duration, bool) {
	var keep Duration
	found := false
	for _, r := range p.Retention {
		if r.Kind != kind {
			continue
		}
		if !found || r.Keep == 0 || (keep != 0 && r.Keep > keep) {
			keep = r.Keep
		}
		found = true
	}
	return keep, found
}

func keepWords(d Duration) string {
	t := time.Duration(d)
	const day = 24 * time.Hour
	switch {
	case t == 0:
		return "until the customer asks for erasure"
	case t%(365*day) == 0:
		return "for " + countWords(int(t/(365*day)), "year")
	case t%day == 0:
		return "for " + countWords(int(t/day), "day")
	}
	return "for " + t.String()
}

func countWords(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}

func controllerWords(c Controller) string {
	s := c.Name + " <" + c.Contact + ">"
	if c.DPO != "" {
		s += ", DPO " + c.DPO
	}
	return s
}
