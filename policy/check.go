package policy

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/transparency"
)

// Finding is a risky choice of a valid policy, found by [Policy.Check].
type Finding struct {
	// ID names the check, stable across versions (see [Checks]).
	ID string
	// Field and Line say where: the field's path and line in the file.
	Field string
	Line  int
	// Message says what is risky and why.
	Message string
}

// String returns "line: [ID] field: message", without the line when the
// finding is about something the file leaves out.
func (f Finding) String() string {
	if f.Line == 0 {
		return fmt.Sprintf(" [%s] %s: %s", f.ID, f.Field, f.Message)
	}
	return fmt.Sprintf("%d: [%s] %s: %s", f.Line, f.ID, f.Field, f.Message)
}

// The IDs of the checks of [Policy.Check].
const (
	CheckConsentNoNotice       = "consent-without-notice"
	CheckClearToModel          = "clear-to-model"
	CheckLongRetention         = "long-retention"
	CheckGovernmentIDKept      = "government-id-in-clear"
	CheckLocalKeyringProd      = "local-keyring-in-production"
	CheckNoAuditSink           = "no-audit-sink"
	CheckUnsignedAudit         = "unsigned-audit-log"
	CheckOutputOutsideEEA      = "output-allowed-outside-eea"
	CheckTransferNoSafeguard   = "transfer-without-safeguard"
	CheckTranscriptNoRetention = "transcripts-without-retention"
	CheckSecretsNotRedacted    = "secrets-not-redacted"
)

// Checks describes every check of [Policy.Check], by ID.
var Checks = map[string]string{
	CheckConsentNoNotice:       "a purpose based on consent has no notice version: consent must name the text the customer was shown",
	CheckClearToModel:          "an entity type reaches the model provider in the clear (operator keep, or listed under provider.may_receive)",
	CheckLongRetention:         "a kind of record is kept longer than a year, or with no time limit",
	CheckGovernmentIDKept:      "a government-issued identifier (national ID, social security, passport, ...) reaches the model in the clear",
	CheckLocalKeyringProd:      "production keeps its key-encryption key in a local file rather than a KMS",
	CheckNoAuditSink:           "no audit sink: what the service decided is not recorded",
	CheckUnsignedAudit:         "production audit log without a checkpoint signing key: a rewritten log cannot be detected",
	CheckOutputOutsideEEA:      "personal data the model writes itself is let through, and the model runs outside the EU/EEA",
	CheckTransferNoSafeguard:   "the provider processes data outside the EU/EEA and no transfer safeguard is declared",
	CheckTranscriptNoRetention: "transcripts are kept with no retention policy",
	CheckSecretsNotRedacted:    "no secret type (passwords, API keys) is detected: secrets customers paste reach the model",
}

// eea lists the EU and EEA countries, and names of the area itself, as
// provider.location may write them.
var eea = []string{
	"eu", "eea", "european union", "european economic area", "austria", "belgium", "bulgaria", "croatia",
	"cyprus", "czechia", "czech republic", "denmark", "estonia", "finland", "france", "germany", "greece",
	"hungary", "ireland", "italy", "latvia", "lithuania", "luxembourg", "malta", "netherlands", "poland",
	"portugal", "romania", "slovakia", "slovenia", "spain", "sweden", "iceland", "liechtenstein", "norway",
}

// InEEA reports whether a location names the EU, the EEA or one of their
// countries, ignoring case and anything in parentheses or after a comma
// ("Frankfurt, Germany" is in; "United States" and "" are not).
func InEEA(location string) bool {
	l := strings.ToLower(location)
	if i := strings.IndexByte(l, '('); i >= 0 {
		l = l[:i]
	}
	for part := range strings.SplitSeq(l, ",") {
		if slices.Contains(eea, strings.TrimSpace(part)) {
			return true
		}
	}
	return false
}

// secretTypes are the entity types of secrets.
var secretTypes = []string{"PASSWORD", "API_KEY", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GCP_API_KEY", "AZURE_KEY",
	"GITHUB_TOKEN", "GITLAB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "OPENAI_KEY", "ANTHROPIC_KEY", "TWILIO_KEY",
	"SENDGRID_KEY", "JWT", "PRIVATE_KEY"}

const year = 365 * 24 * time.Hour

// Check returns the risky choices of a valid policy, each with the ID of
// its check (see [Checks]), where it is and why it is risky, in the order
// of the file. No finding means no check applies, not that the policy is
// lawful: it is a reviewer's aid.
func (p *Policy) Check() []Finding {
	var fs []Finding
	add := func(id, field, format string, args ...any) {
		fs = append(fs, Finding{ID: id, Field: field, Line: p.pos[field], Message: fmt.Sprintf(format, args...)})
	}
	for _, key := range p.usedPurposes() {
		if p.basis(string(key)) != consent.BasisConsent || p.notice(key) != nil {
			continue
		}
		field := p.purposeField(key)
		add(CheckConsentNoNotice, field, "purpose %s is based on consent but has no notice: add purposes[].notice with the version and text customers are shown, so that every grant names what was agreed to", key)
	}
	for _, typ := range p.detected() {
		op, _ := p.OperatorOf(typ)
		if op != "keep" {
			continue
		}
		field := "redaction.types." + typ + ".operator"
		if i := slices.Index(p.Provider.MayReceive, typ); i >= 0 {
			field = fmt.Sprintf("provider.may_receive[%d]", i)
		}
		add(CheckClearToModel, field, "%s are sent to %s in the clear: the provider can read, log and keep them; prefer placeholder or surrogate", transparency.TypeName(typ), p.Provider.Name)
		if IsGovernmentID(typ) {
			add(CheckGovernmentIDKept, field, "%s identify a person for life and are the key to identity theft: never send them to a model in the clear (use remove or placeholder)", transparency.TypeName(typ))
		}
	}
	for i, r := range p.Retention {
		field := fmt.Sprintf("retention[%d].keep", i)
		switch keep := time.Duration(r.Keep); {
		case keep == 0 && (r.Kind == "transcript" || r.Kind == "vault"):
			add(CheckLongRetention, field, "%s are kept with no time limit: storage limitation (GDPR Art. 5(1)(e)) asks for the shortest period the purpose needs", transparency.KindName(r.Kind))
		case keep > year:
			add(CheckLongRetention, field, "%s are kept for %s, more than a year: justify it or shorten it", transparency.KindName(r.Kind), r.Keep)
		}
	}
	if p.Mode == ModeProduction && p.Keyring != nil && p.Keyring.KMS == "" {
		add(CheckLocalKeyringProd, "keyring.path", "in production the key-encryption key should live in a KMS (keyring.kms): a local keyring file and its master key can be copied with the server")
	}
	if len(p.Audit.Sinks) == 0 {
		add(CheckNoAuditSink, "audit", "no audit sink: nothing records which turns were refused, degraded or held personal data; add sinks: [sql] or [slog]")
	} else if p.Mode == ModeProduction && p.Audit.SigningKey == "" {
		add(CheckUnsignedAudit, "audit", "the audit log is chained but not signed: whoever can write the database can rewrite it undetected; set audit.signing_key")
	}
	if p.receives() && !InEEA(p.Provider.Location) {
		where := p.Provider.Location
		if where == "" {
			where = "an unstated location"
		}
		if p.Provider.Output == "" || p.Provider.Output == "allow" {
			field := "provider.output"
			if _, ok := p.pos[field]; !ok {
				field = "provider"
			}
			add(CheckOutputOutsideEEA, field, "the model runs in %s and personal data it writes itself (from tools or documents) reaches customers unchecked; set provider.output to redact or block", where)
		}
		if len(p.Provider.Transfers) == 0 {
			add(CheckTransferNoSafeguard, "provider.location", "%s processes messages in %s: a transfer outside the EU/EEA needs a safeguard (adequacy decision, standard contractual clauses) listed under provider.transfers", p.Provider.Name, where)
		}
	}
	if !p.hasRetention("transcript") {
		field := "conversation.transcript_purpose"
		if _, ok := p.pos[field]; !ok {
			field = "retention"
		}
		add(CheckTranscriptNoRetention, field, "transcripts are stored with no retention policy: add retention of kind transcript")
	}
	if !slices.ContainsFunc(secretTypes, func(t string) bool { op, ok := p.OperatorOf(t); return ok && op != "keep" }) {
		add(CheckSecretsNotRedacted, "redaction.types", "no secret type is redacted: customers paste passwords and API keys; add PASSWORD and API_KEY with operator remove")
	}
	slices.SortStableFunc(fs, func(a, b Finding) int { return a.Line - b.Line })
	return fs
}

// receives reports whether the provider receives messages at all.
func (p *Policy) receives() bool {
	return !strings.HasPrefix(strings.ToLower(strings.TrimSpace(p.Provider.Name)), "none")
}

func (p *Policy) hasRetention(kind string) bool {
	return slices.ContainsFunc(p.Retention, func(r Retention) bool { return r.Kind == kind })
}

// purposeField returns the field where a used purpose is defined or first
// referred to.
func (p *Policy) purposeField(key consent.Purpose) string {
	for i, pu := range p.Purposes {
		if pu.Key == string(key) {
			return fmt.Sprintf("purposes[%d]", i)
		}
	}
	for _, list := range []struct {
		name  string
		items []string
	}{{"required", p.Conversation.Required}, {"optional", p.Conversation.Optional}} {
		if i := slices.Index(list.items, string(key)); i >= 0 {
			return fmt.Sprintf("conversation.%s[%d]", list.name, i)
		}
	}
	if p.Conversation.TranscriptPurpose == string(key) {
		return "conversation.transcript_purpose"
	}
	if p.Profile != nil && p.Profile.Purpose == string(key) {
		return "profile.purpose"
	}
	for i, r := range p.Retention {
		if r.Purpose == string(key) {
			return fmt.Sprintf("retention[%d].purpose", i)
		}
	}
	return "purposes"
}
