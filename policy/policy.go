package policy

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/confide-dev/confide/consent"
)

// MaxFileSize bounds the policy files and notice files [Load] reads.
const MaxFileSize = 1 << 20

// Modes of a policy.
const (
	// ModeDevelopment lets [Policy.Build] create what is missing (a local
	// keyring, an audit signing key) and keep data in memory when no
	// database is named.
	ModeDevelopment = "development"
	// ModeProduction refuses to create keys and is held to the checks of
	// [Policy.Check] for production.
	ModeProduction = "production"
)

// Policy is a privacy policy file: what is detected and how it is
// replaced, what data is used for and on which lawful basis, what a
// conversation needs, how profiles are minimized, how long records are
// kept, where keys come from, which model provider receives what, and
// where the audit trail goes. Field names are those of the YAML file.
//
// A Policy holds no secret: keys, master keys and database passwords come
// from the environment variables and files it names.
type Policy struct {
	// Version is the version of the file format: 1.
	Version int `yaml:"version"`
	// Mode is "development" or "production".
	Mode string `yaml:"mode"`
	// Controller is the company responsible for the processing.
	Controller Controller `yaml:"controller"`
	// Service names what customers use, e.g. "Acme support chat".
	Service string `yaml:"service"`
	// Updated is the date the policy last changed, YYYY-MM-DD; it dates
	// the notice.
	Updated string `yaml:"updated,omitempty"`
	// Provider is the model provider and what it may receive.
	Provider Provider `yaml:"provider"`
	// Redaction says what is detected and what replaces it.
	Redaction Redaction `yaml:"redaction"`
	// Purposes are what data is used for, with their lawful basis and
	// notice.
	Purposes []Purpose `yaml:"purposes"`
	// Conversation lists the purposes every conversation needs.
	Conversation Conversation `yaml:"conversation"`
	// Profile minimizes the customer profile the model is told about.
	Profile *Profile `yaml:"profile,omitempty"`
	// Retention says how long each kind of record is kept.
	Retention []Retention `yaml:"retention,omitempty"`
	// Keyring says where the key-encryption key comes from. Absent in
	// development: an ephemeral key in memory.
	Keyring *Keyring `yaml:"keyring,omitempty"`
	// Database names the database. Absent in development: memory.
	Database *Database `yaml:"database,omitempty"`
	// Audit says where audit events go.
	Audit Audit `yaml:"audit"`

	file string                // as given to Load, for errors
	tax  []consent.PurposeInfo // the taxonomy: defaults and the file's purposes
	dir  string                // the file's directory: relative paths start here
	pos  map[string]int        // field path -> line
}

// Controller identifies the controller.
type Controller struct {
	Name    string `yaml:"name"`
	Contact string `yaml:"contact"`
	// DPO is the data protection officer's contact, if any.
	DPO string `yaml:"dpo,omitempty"`
}

// Provider is the model provider.
type Provider struct {
	// Name is e.g. "OpenAI" or "none (an offline model)".
	Name string `yaml:"name"`
	// Model is the provider's model; it is sent with every request.
	Model string `yaml:"model,omitempty"`
	// Location is where the provider processes data, e.g. "United
	// States" or "EU".
	Location string `yaml:"location,omitempty"`
	// MayReceive lists entity types the provider may receive in the
	// clear: their operator is keep, whatever redaction.types says.
	MayReceive []string `yaml:"may_receive,omitempty"`
	// Output says what happens to personal data the model writes itself:
	// allow (the default), redact or block.
	Output string `yaml:"output,omitempty"`
	// Transfers lists transfers to third countries with their safeguard,
	// e.g. "United States (EU-US Data Privacy Framework)".
	Transfers []string `yaml:"transfers,omitempty"`
}

// Redaction says what is detected in messages and what replaces it.
type Redaction struct {
	// Types maps each entity type to detect to its operator. Only these
	// types (and those of Recognizers) are detected.
	Types map[string]TypeRule `yaml:"types"`
	// Threshold is the minimum score of a finding; 0 means the default.
	Threshold float64 `yaml:"threshold,omitempty"`
	// Allow lists values that are never redacted (case-insensitive).
	Allow []string `yaml:"allow,omitempty"`
	// AllowPatterns lists RE2 regular expressions: a finding whose whole
	// text matches one is never redacted (the company's own addresses,
	// its ticket numbers); see redact.WithAllowPatterns.
	AllowPatterns []string `yaml:"allow_patterns,omitempty"`
	// Deny maps an entity type to values always redacted as that type.
	Deny map[string][]string `yaml:"deny,omitempty"`
	// Recognizers are pattern rules of your own.
	Recognizers []Recognizer `yaml:"recognizers,omitempty"`
}

// TypeRule is what happens to one entity type.
type TypeRule struct {
	// Operator is placeholder, surrogate, mask:N, hash, encrypt, remove
	// or keep.
	Operator string `yaml:"operator"`
}

// Recognizer is a pattern rule written as data (see redact.Rule). Its
// type is detected with the operator redaction.types gives it, by
// default placeholder.
type Recognizer struct {
	// Name identifies the rule, e.g. "acme_customer_id".
	Name string `yaml:"name"`
	// Type is the entity type it reports, upper case.
	Type string `yaml:"type"`
	// Pattern is an RE2 regular expression; a submatch named v is the
	// finding.
	Pattern string `yaml:"pattern"`
	// Score is the base confidence in (0, 1]; 0 means 0.5.
	Score float64 `yaml:"score,omitempty"`
	// Validator names a check from redact's registry (luhn, iban, ...).
	Validator string `yaml:"validator,omitempty"`
	// Keywords, lower case, gate the rule.
	Keywords []string `yaml:"keywords,omitempty"`
	// Context words near a match raise its score.
	Context []string `yaml:"context,omitempty"`
	// RequireContext reports matches only near a context word.
	RequireContext bool `yaml:"require_context,omitempty"`
}

// Purpose is one use of the data.
type Purpose struct {
	// Key is a purpose key of the consent taxonomy, e.g. "analytics",
	// or a new one of your own whose parent exists.
	Key string `yaml:"key"`
	// Name and Description are for people.
	Name        string `yaml:"name,omitempty"`
	Description string `yaml:"description,omitempty"`
	// Basis is the lawful basis (consent, contract, legal_obligation,
	// vital_interests, public_task, legitimate_interests); empty keeps
	// the taxonomy's.
	Basis string `yaml:"basis,omitempty"`
	// Notice is the notice shown when consent is asked.
	Notice *Notice `yaml:"notice,omitempty"`
}

// Notice is one version of a consent notice: its text, or a file that
// holds it.
type Notice struct {
	ID      string `yaml:"id"`
	Version string `yaml:"version"`
	// Language is a BCP 47 tag, e.g. "en".
	Language string `yaml:"language,omitempty"`
	// Text is the notice; File names a file holding it instead,
	// relative to the policy file.
	Text string `yaml:"text,omitempty"`
	File string `yaml:"file,omitempty"`

	loaded string // the text of File
}

// Body returns the notice's text: Text, or what File holds.
func (n *Notice) Body() string {
	if n.File != "" {
		return n.loaded
	}
	return n.Text
}

// Conversation lists what every conversation needs.
type Conversation struct {
	// Required purposes refuse a turn when not allowed.
	Required []string `yaml:"required,omitempty"`
	// Optional purposes degrade: the turn runs, the layer serving the
	// purpose skips its work.
	Optional []string `yaml:"optional,omitempty"`
	// TranscriptPurpose keeps a transcript only for customers who allow
	// it; empty keeps every transcript.
	TranscriptPurpose string `yaml:"transcript_purpose,omitempty"`
	// History bounds what the model is sent of the past.
	History *History `yaml:"history,omitempty"`
}

// History bounds the history sent to the model (see
// minimize.HistoryOptions).
type History struct {
	Turns           int `yaml:"turns,omitempty"`
	MaxTokens       int `yaml:"max_tokens,omitempty"`
	ToolResultTurns int `yaml:"tool_result_turns,omitempty"`
}

// Profile says which fields of a customer profile the model may see.
type Profile struct {
	// Purpose is the purpose the model's view is made for.
	Purpose string `yaml:"purpose"`
	// Fields maps a profile field (a key of the profile map) to its
	// policy. Fields not listed are never shown.
	Fields map[string]Field `yaml:"fields"`
}

// Field is the policy of one profile field.
type Field struct {
	// Type is the type of the field's values: string (the default), int,
	// float, bool, time (RFC 3339) or strings (a list).
	Type string `yaml:"type,omitempty"`
	// Purposes maps a purpose, or "*" for any other, to a minimize
	// action: keep, drop, generalize(name[:arg]) or redact(type).
	Purposes map[string]string `yaml:"purposes"`
}

// Retention is how long a kind of record is kept.
type Retention struct {
	// Kind is transcript, vault, audit or consent.
	Kind string `yaml:"kind"`
	// Purpose is the purpose it is kept for.
	Purpose string `yaml:"purpose,omitempty"`
	// Keep is how long: "30d", "1y", a Go duration such as "720h",
	// or "until_erasure".
	Keep Duration `yaml:"keep"`
}

// Keyring says where the key-encryption key comes from: a local Tink
// keyset file under a master key, or a KMS key.
type Keyring struct {
	// Path is the local keyset file, relative to the policy file.
	Path string `yaml:"path,omitempty"`
	// MasterKeyEnv names the environment variable holding the master
	// key; MasterKeyFile names a file holding it. One of them goes with
	// Path.
	MasterKeyEnv  string `yaml:"master_key_env,omitempty"`
	MasterKeyFile string `yaml:"master_key_file,omitempty"`
	// KMS is a key URI (aws-kms://, gcp-kms://, hcvault://) whose client
	// the program registered with Tink.
	KMS string `yaml:"kms,omitempty"`
}

// Database names the database through an environment variable.
type Database struct {
	// DSNEnv names the environment variable holding a SQLite file path or
	// a postgres:// URL.
	DSNEnv string `yaml:"dsn_env"`
}

// Audit says where audit events go.
type Audit struct {
	// Sinks are "sql" (the database) and "slog" (the program's logger).
	Sinks []string `yaml:"sinks,omitempty"`
	// SigningKey is a file holding the checkpoint signing keyset,
	// encrypted under the master key or KMS key.
	SigningKey string `yaml:"signing_key,omitempty"`
	// CheckpointEvery signs a checkpoint every so many events; 0 means
	// the audit package's default.
	CheckpointEvery int `yaml:"checkpoint_every,omitempty"`
}

// Duration is a lifetime written as whole days ("30d"), years of 365
// days ("1y"), a Go duration ("720h"), or "until_erasure" (zero).
type Duration time.Duration

// UntilErasure is how a zero [Duration] is written.
const UntilErasure = "until_erasure"

// ParseDuration reads a [Duration].
func ParseDuration(s string) (Duration, error) {
	s = strings.TrimSpace(s)
	if s == UntilErasure {
		return 0, nil
	}
	for _, u := range []struct {
		suffix string
		unit   time.Duration
	}{{"d", 24 * time.Hour}, {"y", 365 * 24 * time.Hour}} {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			v, err := strconv.Atoi(n)
			if err != nil || v <= 0 || v > 1000*365 {
				return 0, fmt.Errorf("%q is not a number of %s (want e.g. \"30d\", \"1y\" or \"720h\")", s, map[string]string{"d": "days", "y": "years"}[u.suffix])
			}
			return Duration(time.Duration(v) * u.unit), nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%q is not a lifetime (want e.g. \"30d\", \"1y\", \"720h\" or %q)", s, UntilErasure)
	}
	return Duration(d), nil
}

// String writes d the way the file does: years or days when whole.
func (d Duration) String() string {
	const day = 24 * time.Hour
	t := time.Duration(d)
	switch {
	case t == 0:
		return UntilErasure
	case t%(365*day) == 0:
		return strconv.Itoa(int(t/(365*day))) + "y"
	case t%day == 0:
		return strconv.Itoa(int(t/day)) + "d"
	}
	return t.String()
}

// MarshalYAML writes d as [Duration.String].
func (d Duration) MarshalYAML() (any, error) { return d.String(), nil }

func (d *Duration) decodeScalar(s string) error {
	v, err := ParseDuration(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ErrInvalid is matched by every error of an invalid policy file.
var ErrInvalid = errors.New("policy: invalid policy")

// Error is one problem of a policy file, at a line and a field.
type Error struct {
	// File is the file as given to [Load].
	File string
	// Line is the line of the field, from 1; 0 when unknown.
	Line int
	// Field is the path of the field, e.g.
	// "redaction.types.EMAIL_ADDRESS.operator".
	Field string
	// Msg says what is wrong. It never holds a secret: values of
	// environment variables and files are not read into it.
	Msg string

	cause error // a sentinel other than ErrInvalid, such as ErrRestart
}

// Error returns "file:line: field: msg".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Is reports whether target is [ErrInvalid], for an error of the file
// itself.
func (e *Error) Is(target error) bool { return target == ErrInvalid && e.cause == nil }

// Unwrap returns the cause of an error that is not about the file's
// validity, such as [ErrRestart].
func (e *Error) Unwrap() error { return e.cause }

// Load reads and validates the policy file at path. Every error is an
// [*Error] (several are joined with errors.Join) naming the file, the line
// and the field; unknown fields are errors. Paths in the file are
// relative to its directory.
func Load(path string) (*Policy, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("policy: read %s: %w", path, err)
	}
	if len(data) > MaxFileSize {
		return nil, &Error{File: path, Msg: fmt.Sprintf("larger than %d bytes", MaxFileSize)}
	}
	return Parse(path, filepath.Dir(path), data)
}

// Parse is [Load] on the bytes of a file: name is used in errors and dir
// is where relative paths start.
func Parse(name, dir string, data []byte) (*Policy, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{File: name, Msg: "empty file"}
		}
		return nil, yamlError(name, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, &Error{File: name, Line: extra.Line, Msg: "more than one YAML document"}
	}
	p := &Policy{file: name, dir: dir, pos: map[string]int{}}
	d := &decoder{file: name, pos: p.pos}
	d.decode(&doc, p, "")
	if len(d.errs) > 0 {
		return nil, errors.Join(d.errs...)
	}
	v := &validator{p: p}
	v.validate()
	if len(v.errs) > 0 {
		return nil, errors.Join(v.errs...)
	}
	return p, nil
}

// Marshal writes p back as YAML. Loading the result gives an equal
// policy.
func (p *Policy) Marshal() ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(p); err != nil {
		return nil, fmt.Errorf("policy: marshal: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("policy: marshal: %w", err)
	}
	return b.Bytes(), nil
}

// File returns the path the policy was loaded from.
func (p *Policy) File() string { return p.file }

// Line returns the line of the field at path ("redaction.types.EMAIL_ADDRESS"),
// or 0 when the file does not set it.
func (p *Policy) Line(path string) int { return p.pos[path] }

// yamlError turns a YAML syntax error into an *Error with its line.
func yamlError(name string, err error) error {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, tail, ok := strings.Cut(rest, ":"); ok {
			if v, err := strconv.Atoi(n); err == nil {
				line, msg = v, strings.TrimSpace(tail)
			}
		}
	}
	return &Error{File: name, Line: line, Msg: "not valid YAML: " + msg}
}
