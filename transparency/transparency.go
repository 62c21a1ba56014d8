// Package transparency tells customers and regulators what a Confide
// pipeline does with personal data, generated from the pipeline's own
// configuration so that the document and the code cannot drift apart.
//
// Describe the pipeline once in a [Pipeline], then generate:
//
//	rec := p.Record()           // a GDPR Art. 30 record of processing
//	js, err := rec.JSON()
//	md := p.NoticeMarkdown()    // a plain-language privacy notice
//	page, err := p.NoticeHTML() // the same notice as an HTML page
//
// A Pipeline is plain data: fill it by hand, from a policy file, or with
// the helpers that read configured objects (see [Purposes]).
package transparency

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"slices"
	"strings"
	ttemplate "text/template"
	"time"

	"github.com/confide-dev/confide/consent"
)

// Pipeline describes what a deployment does with personal data.
type Pipeline struct {
	// Controller is the company responsible for the processing.
	Controller Controller `json:"controller"`
	// Service names what the customer uses, e.g. "Acme support chat".
	Service string `json:"service"`
	// Provider is the AI model provider that receives the (redacted)
	// conversation, if any.
	Provider Provider `json:"provider"`
	// Redaction says what happens to each kind of personal data before the
	// model sees it.
	Redaction []Redaction `json:"redaction"`
	// Purposes are what the data is used for, with their lawful basis.
	Purposes []Purpose `json:"purposes"`
	// Retention says how long each kind of record is kept.
	Retention []Retention `json:"retention"`
	// Security describes encryption at rest and key management.
	Security Security `json:"security"`
	// Recipients lists other recipients of personal data (processors,
	// authorities); the provider is added automatically.
	Recipients []string `json:"recipients,omitempty"`
	// Transfers lists transfers to third countries and their safeguard,
	// e.g. "United States (EU-US Data Privacy Framework)".
	Transfers []string `json:"transfers,omitempty"`
	// Updated is when the pipeline last changed; it dates the notice.
	Updated time.Time `json:"updated"`
}

// Controller identifies the controller and how to reach it.
type Controller struct {
	Name    string `json:"name"`
	Contact string `json:"contact"`
	// DPO is the data protection officer's contact, if there is one.
	DPO string `json:"dpo,omitempty"`
}

// Provider is the model provider.
type Provider struct {
	// Name is e.g. "OpenAI" or "none (an offline model)".
	Name string `json:"name"`
	// Model is the provider's model, if known.
	Model string `json:"model,omitempty"`
	// Location is where it processes data, e.g. "United States".
	Location string `json:"location,omitempty"`
}

// Redaction is what happens to one entity type before the model sees it.
type Redaction struct {
	// Type is the entity type, e.g. EMAIL_ADDRESS.
	Type string `json:"type"`
	// Operator is placeholder, surrogate, mask, hash, encrypt, remove or
	// keep.
	Operator string `json:"operator"`
}

// Purpose is one use of the data.
type Purpose struct {
	Key         string `json:"key"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	// Basis is the GDPR Art. 6 lawful basis: consent, contract,
	// legal_obligation, vital_interests, public_task, legitimate_interests.
	Basis string `json:"lawful_basis"`
	// Notice is the version of the consent notice shown, for purposes based
	// on consent.
	Notice string `json:"notice,omitempty"`
}

// Retention is how long a kind of record is kept.
type Retention struct {
	// Kind is e.g. "transcript", "vault", "audit".
	Kind string `json:"kind"`
	// Purpose is the purpose it is kept for.
	Purpose string `json:"purpose,omitempty"`
	// Keep is how long; zero means until the customer asks for erasure.
	Keep time.Duration `json:"keep"`
}

// Security describes the technical measures.
type Security struct {
	// AtRest is the encryption of stored records.
	AtRest string `json:"at_rest"`
	// Keys says where the key-encryption key lives: "local keyring",
	// "AWS KMS", ...
	Keys string `json:"keys"`
	// Erasure is true when forgetting a customer destroys their keys
	// (crypto-shredding).
	Erasure bool `json:"erasure_by_key_destruction"`
}

// ErrIncomplete is returned by [Pipeline.Validate] when a field a notice
// needs is missing.
var ErrIncomplete = errors.New("transparency: incomplete pipeline")

// Validate reports the first missing or invalid field.
func (p Pipeline) Validate() error {
	switch {
	case p.Controller.Name == "" || p.Controller.Contact == "":
		return fmt.Errorf("%w: the controller needs a name and a contact", ErrIncomplete)
	case p.Service == "":
		return fmt.Errorf("%w: name the service", ErrIncomplete)
	case len(p.Purposes) == 0:
		return fmt.Errorf("%w: no purposes", ErrIncomplete)
	}
	for _, pu := range p.Purposes {
		if _, ok := basisText[pu.Basis]; !ok {
			return fmt.Errorf("%w: purpose %s has an unknown lawful basis", ErrIncomplete, pu.Key)
		}
	}
	for _, r := range p.Redaction {
		if _, ok := operatorText[r.Operator]; !ok {
			return fmt.Errorf("%w: type %s has an unknown operator", ErrIncomplete, r.Type)
		}
	}
	return nil
}

// Record is a GDPR Art. 30(1) record of processing activities.
type Record struct {
	Controller         Controller  `json:"controller"`
	Activity           string      `json:"processing_activity"`
	Purposes           []Purpose   `json:"purposes"`
	DataSubjects       []string    `json:"categories_of_data_subjects"`
	PersonalData       []string    `json:"categories_of_personal_data"`
	Recipients         []string    `json:"categories_of_recipients"`
	Transfers          []string    `json:"third_country_transfers"`
	Retention          []Retention `json:"retention"`
	SecurityMeasures   []string    `json:"security_measures"`
	DataSentToProvider []string    `json:"data_sent_to_model_provider"`
	Updated            time.Time   `json:"updated"`
}

// Record returns the pipeline's record of processing.
func (p Pipeline) Record() Record {
	r := Record{
		Controller:   p.Controller,
		Activity:     p.Service,
		Purposes:     p.Purposes,
		DataSubjects: []string{"customers who use " + p.Service},
		PersonalData: []string{"the content of conversations"},
		Transfers:    append([]string{}, p.Transfers...),
		Retention:    p.Retention,
		Updated:      p.Updated,
	}
	for _, rd := range p.sortedRedaction() {
		r.PersonalData = append(r.PersonalData, typeName(rd.Type))
		r.DataSentToProvider = append(r.DataSentToProvider, typeName(rd.Type)+": "+operatorText[rd.Operator].provider)
	}
	if p.Provider.Name != "" {
		r.Recipients = append(r.Recipients, "AI model provider: "+p.Provider.Name)
	}
	r.Recipients = append(r.Recipients, p.Recipients...)
	r.SecurityMeasures = p.measures()
	return r
}

// JSON encodes the record, indented.
func (r Record) JSON() ([]byte, error) {
	return json.MarshalIndent(r, "", "  ")
}

func (p Pipeline) measures() []string {
	var m []string
	for _, rd := range p.Redaction {
		if rd.Operator != "keep" {
			m = append(m, "personal data is detected and replaced before it is sent to the AI model provider")
			break
		}
	}
	if p.Security.AtRest != "" {
		m = append(m, "stored records are encrypted at rest ("+p.Security.AtRest+"), with a separate key per customer")
	}
	if p.Security.Keys != "" {
		m = append(m, "keys are protected by "+p.Security.Keys)
	}
	if p.Security.Erasure {
		m = append(m, "erasure destroys the customer's keys, so that their records, backups included, can no longer be read")
	}
	return m
}

// sortedRedaction orders the redactions for people: the kinds of data
// customers most often share first, then the rest by name.
func (p Pipeline) sortedRedaction() []Redaction {
	rs := slices.Clone(p.Redaction)
	slices.SortFunc(rs, func(a, b Redaction) int {
		ra, rb := commonRank(a.Type), commonRank(b.Type)
		if ra != rb {
			return ra - rb
		}
		return strings.Compare(typeName(a.Type), typeName(b.Type))
	})
	return rs
}

// commonTypes are listed first in a notice, in this order.
var commonTypes = []string{"EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "STREET_ADDRESS", "LOCATION",
	"CREDIT_CARD", "IBAN_CODE", "DATE_OF_BIRTH", "US_SSN", "IP_ADDRESS", "PASSWORD", "API_KEY"}

func commonRank(t string) int {
	if i := slices.Index(commonTypes, t); i >= 0 {
		return i
	}
	return len(commonTypes)
}

// operatorOrder is the order of the notice's redaction lines.
var operatorOrder = []string{"placeholder", "surrogate", "mask", "hash", "encrypt", "remove", "keep"}

// maxNamedTypes bounds how many kinds of data one notice line names; the
// record of processing lists them all.
const maxNamedTypes = 8

// redactionLines groups the redactions by operator, one notice line each.
func (p Pipeline) redactionLines() []noticeLine {
	byOp := map[string][]string{}
	for _, rd := range p.sortedRedaction() {
		byOp[rd.Operator] = append(byOp[rd.Operator], rd.Type)
	}
	var lines []noticeLine
	for _, op := range operatorOrder {
		types := byOp[op]
		if len(types) == 0 {
			continue
		}
		names := make([]string, 0, maxNamedTypes+1)
		for _, t := range types[:min(len(types), maxNamedTypes)] {
			names = append(names, typeName(t))
		}
		if rest := len(types) - len(names); rest > 0 {
			names = append(names, plural(rest, "other kind")+" of identifiers and secrets (all listed in our record of processing)")
		}
		text := operatorText[op].customer
		if len(types) > 1 {
			text = operatorText[op].customerMany
		}
		text = strings.ReplaceAll(text, "{{TYPE}}", types[0])
		lines = append(lines, noticeLine{Head: capitalize(joinWords(names)), Text: text})
	}
	return lines
}

// joinWords writes a, b and c.
func joinWords(ws []string) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0]
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}

// notice is the data behind both notice formats.
type notice struct {
	P          Pipeline
	Redactions []noticeLine
	Purposes   []noticeLine
	Retention  []noticeLine
	Measures   []string
	Updated    string
}

type noticeLine struct{ Head, Text string }

func (p Pipeline) notice() notice {
	n := notice{P: p, Updated: p.Updated.UTC().Format("2 January 2006")}
	if p.Updated.IsZero() {
		n.Updated = ""
	}
	for _, m := range p.measures() {
		n.Measures = append(n.Measures, capitalize(m))
	}
	n.Redactions = p.redactionLines()
	for _, pu := range p.Purposes {
		text := pu.Description
		if text != "" && !strings.HasSuffix(text, ".") {
			text += "."
		}
		text = strings.TrimSpace(text + " " + basisText[pu.Basis])
		n.Purposes = append(n.Purposes, noticeLine{Head: pu.Name, Text: text})
	}
	for _, r := range p.Retention {
		n.Retention = append(n.Retention, noticeLine{Head: capitalize(kindName(r.Kind)), Text: keepText(r.Keep)})
	}
	return n
}

// NoticeMarkdown returns the plain-language privacy notice as Markdown.
func (p Pipeline) NoticeMarkdown() string {
	var b bytes.Buffer
	if err := mdTemplate.Execute(&b, p.notice()); err != nil {
		// The template is fixed and its data plain strings: this cannot
		// fail at run time.
		panic("transparency: markdown template: " + err.Error())
	}
	return b.String()
}

// NoticeHTML returns the privacy notice as a complete, self-contained HTML
// page. Every value is escaped.
func (p Pipeline) NoticeHTML() ([]byte, error) {
	var b bytes.Buffer
	if err := htmlTemplate.Execute(&b, p.notice()); err != nil {
		return nil, fmt.Errorf("transparency: render notice: %w", err)
	}
	return b.Bytes(), nil
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func keepText(d time.Duration) string {
	switch {
	case d <= 0:
		return "kept until you ask us to erase it"
	case d%(24*time.Hour) == 0 && d >= 24*time.Hour:
		days := int(d / (24 * time.Hour))
		if days%365 == 0 {
			return plural(days/365, "year") + ", then deleted"
		}
		return plural(days, "day") + ", then deleted"
	default:
		return d.String() + ", then deleted"
	}
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

var mdTemplate = ttemplate.Must(ttemplate.New("md").Parse(`# How {{.P.Service}} handles your personal data

{{.P.Controller.Name}} runs {{.P.Service}}. This notice says what happens to the
personal data in your conversations. It is generated from the configuration
that runs the service{{if .Updated}}, last changed on {{.Updated}}{{end}}.

## Who answers you
{{if .P.Provider.Name}}
Your messages are answered by an AI model from {{.P.Provider.Name}}{{if .P.Provider.Location}}, which processes them in {{.P.Provider.Location}}{{end}}. Before anything
is sent to it, we find personal data in your messages and handle it as
follows:
{{else}}
Your messages are answered by an AI model. Before anything is sent to it, we
find personal data in your messages and handle it as follows:
{{end}}
{{range .Redactions}}- **{{.Head}}**: {{.Text}}
{{end}}
## What we use your data for
{{range .Purposes}}
- **{{.Head}}**: {{.Text}}{{end}}

## How long we keep it
{{range .Retention}}
- **{{.Head}}**: {{.Text}}.{{end}}

## How we protect it
{{range .Measures}}
- {{.}}.{{end}}

## Your rights

You can ask for a copy of your data, have it corrected or erased, object to
its use, and withdraw any consent at any time, as easily as you gave it.
Withdrawing takes effect on your next message. Your browser's Global Privacy
Control signal is honoured as an opt-out of sale and sharing.

Contact: {{.P.Controller.Contact}}{{if .P.Controller.DPO}}. Data protection officer: {{.P.Controller.DPO}}{{end}}.
`))

var htmlTemplate = template.Must(template.New("html").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>How {{.P.Service}} handles your personal data</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}dt{font-weight:600}dd{margin:0 0 .6rem 0}
</style>
</head>
<body>
<h1>How {{.P.Service}} handles your personal data</h1>
<p>{{.P.Controller.Name}} runs {{.P.Service}}. This notice says what happens to the personal data in your conversations. It is generated from the configuration that runs the service{{if .Updated}}, last changed on {{.Updated}}{{end}}.</p>
<h2>Who answers you</h2>
<p>Your messages are answered by an AI model{{if .P.Provider.Name}} from {{.P.Provider.Name}}{{if .P.Provider.Location}}, which processes them in {{.P.Provider.Location}}{{end}}{{end}}. Before anything is sent to it, we find personal data in your messages and handle it as follows:</p>
<dl>{{range .Redactions}}
<dt>{{.Head}}</dt><dd>{{.Text}}</dd>{{end}}
</dl>
<h2>What we use your data for</h2>
<dl>{{range .Purposes}}
<dt>{{.Head}}</dt><dd>{{.Text}}</dd>{{end}}
</dl>
<h2>How long we keep it</h2>
<dl>{{range .Retention}}
<dt>{{.Head}}</dt><dd>{{.Text}}.</dd>{{end}}
</dl>
<h2>How we protect it</h2>
<ul>{{range .Measures}}
<li>{{.}}.</li>{{end}}
</ul>
<h2>Your rights</h2>
<p>You can ask for a copy of your data, have it corrected or erased, object to its use, and withdraw any consent at any time, as easily as you gave it. Withdrawing takes effect on your next message. Your browser's Global Privacy Control signal is honoured as an opt-out of sale and sharing.</p>
<p>Contact: {{.P.Controller.Contact}}{{if .P.Controller.DPO}}. Data protection officer: {{.P.Controller.DPO}}{{end}}.</p>
</body>
</html>
`))

// Purposes describes the given purposes of a consent taxonomy, with their
// names, descriptions and lawful bases (inherited from their parents where
// they have none of their own). notices maps a purpose to the version of
// the consent notice shown for it. Unknown purposes are an error.
func Purposes(tax *consent.Taxonomy, notices map[consent.Purpose]string, keys ...consent.Purpose) ([]Purpose, error) {
	out := make([]Purpose, 0, len(keys))
	for _, k := range keys {
		info, ok := tax.Lookup(k)
		if !ok {
			return nil, fmt.Errorf("transparency: %w: %s", consent.ErrUnknownPurpose, k)
		}
		name := info.Name
		if name == "" {
			name = string(k)
		}
		out = append(out, Purpose{Key: string(k), Name: name, Description: info.Description,
			Basis: string(info.Basis), Notice: notices[k]})
	}
	return out, nil
}
