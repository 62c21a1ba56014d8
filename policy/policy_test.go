package policy

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/confide-dev/confide/redact"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// base is a small valid policy that no check flags; tests change one
// thing at a time with edit.
const base = `version: 1
mode: development
controller: {name: Acme Ltd, contact: privacy@acme.example}
service: Acme support chat
provider:
  name: Mistral
  location: France
redaction:
  types:
    EMAIL_ADDRESS: {operator: placeholder}
    PASSWORD: {operator: remove}
purposes:
  - key: ai_assistant
    basis: consent
    notice: {id: assistant, version: "1", text: An AI model answers you.}
conversation:
  required: [ai_assistant]
retention:
  - {kind: transcript, keep: 30d}
audit:
  sinks: [slog]
`

// edit replaces old by new in base, failing the test if old is absent.
func edit(t *testing.T, pairs ...string) string {
	t.Helper()
	s := base
	for i := 0; i+1 < len(pairs); i += 2 {
		require.Contains(t, s, pairs[i])
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}

func parse(t *testing.T, text string) (*Policy, error) {
	t.Helper()
	return Parse("p.yaml", t.TempDir(), []byte(text))
}

func mustParse(t *testing.T, text string) *Policy {
	t.Helper()
	p, err := parse(t, text)
	require.NoError(t, err)
	return p
}

// strip clears what depends on the file's text rather than its content.
func strip(p *Policy) *Policy {
	c := *p
	c.file, c.dir, c.pos = "", "", nil
	return &c
}

func TestRoundTrip(t *testing.T) {
	for _, f := range []string{"../examples/policy.yaml", "testdata/full.yaml", "testdata/kms.yaml"} {
		t.Run(filepath.Base(f), func(t *testing.T) {
			p, err := Load(f)
			require.NoError(t, err)
			out, err := p.Marshal()
			require.NoError(t, err)
			q, err := Parse("again.yaml", filepath.Dir(f), out)
			require.NoError(t, err, "%s", out)
			assert.Equal(t, strip(p), strip(q))
		})
	}
}

// TestFullSetsEveryField keeps testdata/full.yaml covering the format, so
// that the round trip covers every field.
func TestFullSetsEveryField(t *testing.T) {
	p, err := Load("testdata/full.yaml")
	require.NoError(t, err)
	oneOf := map[string]bool{"Keyring.KMS": true, "Keyring.MasterKeyEnv": true, "Notice.Text": true}
	set, all := map[string]bool{}, map[string]bool{}
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), path)
			}
		case reflect.Struct:
			for i := range v.NumField() {
				sf := v.Type().Field(i)
				if !sf.IsExported() || oneOf[v.Type().Name()+"."+sf.Name] {
					continue
				}
				all[path+"."+sf.Name] = true
				if !v.Field(i).IsZero() {
					set[path+"."+sf.Name] = true
				}
				walk(v.Field(i), path+"."+sf.Name)
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i), path)
			}
		case reflect.Map:
			for _, k := range v.MapKeys() {
				walk(v.MapIndex(k), path)
			}
		}
	}
	walk(reflect.ValueOf(p), "Policy")
	for f := range all {
		assert.True(t, set[f], "testdata/full.yaml does not set %s", f)
	}
	assert.Equal(t, "An AI model answers you. Your personal data is replaced before it leaves us.\n", p.Purposes[0].Notice.Body())
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // the exact start of the first error
	}{
		{"unknown operator", edit(t, "EMAIL_ADDRESS: {operator: placeholder}", "EMAIL_ADDRESS: {operator: shred}"),
			`p.yaml:10: redaction.types.EMAIL_ADDRESS.operator: unknown operator "shred" (want one of placeholder, surrogate, mask:N, hash, encrypt, remove, keep)`},
		{"bad mask", edit(t, "operator: placeholder", "operator: mask:x"),
			`p.yaml:10: redaction.types.EMAIL_ADDRESS.operator: mask takes`},
		{"unknown entity type", edit(t, "    PASSWORD:", "    EMAIL_ADRESS: {operator: remove}\n    PASSWORD:"),
			`p.yaml:11: redaction.types.EMAIL_ADRESS: unknown entity type "EMAIL_ADRESS" (did you mean EMAIL_ADDRESS?)`},
		{"unknown may_receive type", edit(t, "  location: France", "  location: France\n  may_receive: [SHOE_SIZE]"),
			`p.yaml:8: provider.may_receive[0]: unknown entity type "SHOE_SIZE"`},
		{"unknown purpose", edit(t, "required: [ai_assistant]", "required: [ai_assistent]"),
			`p.yaml:17: conversation.required[0]: unknown purpose "ai_assistent"`},
		{"unknown purpose in retention", edit(t, "{kind: transcript, keep: 30d}", "{kind: transcript, purpose: nope, keep: 30d}"),
			`p.yaml:19: retention[0].purpose: unknown purpose "nope"`},
		{"unknown generalizer", base + "profile:\n  purpose: ai_assistant\n  fields:\n    age:\n      type: int\n      purposes: {ai_assistant: generalize(age_bands)}\n",
			`p.yaml:27: profile.fields.age.purposes.ai_assistant: unknown generalizer "age_bands"`},
		{"generalizer unfit for type", base + "profile:\n  purpose: ai_assistant\n  fields:\n    age:\n      purposes: {ai_assistant: generalize(age_band)}\n",
			`p.yaml:26: profile.fields.age.purposes.ai_assistant: generalize(age_band)`},
		{"unknown field", edit(t, "service: Acme support chat", "service: Acme support chat\nservise: x"),
			`p.yaml:5: servise: unknown field "servise" (known: audit, controller, conversation,`},
		{"unknown nested field", edit(t, "  location: France", "  location: France\n  region: eu"),
			`p.yaml:8: provider.region: unknown field "region" (known: location, may_receive, model, name, output, transfers)`},
		{"field given twice", edit(t, "  location: France", "  location: France\n  location: Spain"),
			`p.yaml:8: provider.location: given twice`},
		{"unknown validator", edit(t, "    PASSWORD: {operator: remove}\n", "    PASSWORD: {operator: remove}\n  recognizers:\n    - {name: x, type: X_ID, pattern: 'X\\d+', validator: mod11}\n"),
			`p.yaml:13: redaction.recognizers[0].validator: unknown validator "mod11" (want one of`},
		{"bad regexp", edit(t, "    PASSWORD: {operator: remove}\n", "    PASSWORD: {operator: remove}\n  recognizers:\n    - {name: x, type: X_ID, pattern: 'X(\\d+'}\n"),
			`p.yaml:13: redaction.recognizers[0].pattern: not a valid RE2 regular expression`},
		{"bad allow pattern", edit(t, "    PASSWORD: {operator: remove}\n", "    PASSWORD: {operator: remove}\n  allow_patterns: ['[a-z']\n"),
			`p.yaml:12: redaction.allow_patterns[0]: not a valid RE2 regular expression`},
		{"unknown basis", edit(t, "basis: consent", "basis: vibes"),
			`p.yaml:14: purposes[0].basis: unknown lawful basis "vibes"`},
		{"bad keep", edit(t, "keep: 30d", "keep: 30 days"),
			`p.yaml:19: retention[0].keep: "30 days" is not a lifetime`},
		{"DSN instead of variable name", base + "database: {dsn_env: 'postgres://u:secret@db/x'}\n",
			`p.yaml:22: database.dsn_env: want the name of an environment variable (letters, digits, _), never the DSN itself`},
		{"wrong kind", edit(t, "required: [ai_assistant]", "required: ai_assistant"),
			`p.yaml:17: conversation.required: want a list, not a single value`},
		{"unknown mode", edit(t, "mode: development", "mode: staging"),
			`p.yaml:2: mode: unknown mode "staging" (want development or production)`},
		{"production without keyring", edit(t, "mode: development", "mode: production"),
			`p.yaml:2: mode: production needs a keyring`},
		{"syntax", edit(t, "service: Acme support chat", "service: Acme: support chat"),
			`p.yaml:4: not valid YAML: mapping values are not allowed in this context`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(t, tt.text)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalid)
			first, _, _ := strings.Cut(err.Error(), "\n")
			assert.True(t, strings.HasPrefix(first, tt.want), "got  %s\nwant %s", first, tt.want)
			assert.NotContains(t, err.Error(), "secret")
		})
	}
}

func TestChecks(t *testing.T) {
	require.Empty(t, mustParse(t, base).Check(), "the base policy is clean")
	tests := []struct {
		id    string
		text  string
		field string
	}{
		{CheckConsentNoNotice, edit(t, "    notice: {id: assistant, version: \"1\", text: An AI model answers you.}\n", ""), "purposes[0]"},
		{CheckConsentNoNotice, edit(t, "required: [ai_assistant]", "required: [ai_assistant, analytics]"), "conversation.required[1]"},
		{CheckClearToModel, edit(t, "EMAIL_ADDRESS: {operator: placeholder}", "EMAIL_ADDRESS: {operator: keep}"), "redaction.types.EMAIL_ADDRESS.operator"},
		{CheckClearToModel, edit(t, "  location: France", "  location: France\n  may_receive: [PERSON]"), "provider.may_receive[0]"},
		{CheckLongRetention, edit(t, "keep: 30d", "keep: 2y"), "retention[0].keep"},
		{CheckLongRetention, edit(t, "keep: 30d", "keep: until_erasure"), "retention[0].keep"},
		{CheckGovernmentIDKept, edit(t, "    PASSWORD:", "    US_SSN: {operator: keep}\n    PASSWORD:"), "redaction.types.US_SSN.operator"},
		{CheckGovernmentIDKept, edit(t, "  location: France", "  location: France\n  may_receive: [UK_NINO]"), "provider.may_receive[0]"},
		{CheckLocalKeyringProd, edit(t, "mode: development", "mode: production", "sinks: [slog]", "sinks: [slog]\n  signing_key: k.json\nkeyring: {path: k, master_key_env: M}\ndatabase: {dsn_env: DB}"), "keyring.path"},
		{CheckNoAuditSink, edit(t, "audit:\n  sinks: [slog]\n", ""), "audit"},
		{CheckUnsignedAudit, edit(t, "mode: development", "mode: production", "sinks: [slog]", "sinks: [slog]\nkeyring: {kms: 'aws-kms://k'}\ndatabase: {dsn_env: DB}"), "audit"},
		{CheckOutputOutsideEEA, edit(t, "location: France", "location: the United States\n  transfers: [the United States (DPF)]"), "provider"},
		{CheckTransferNoSafeguard, edit(t, "location: France", "location: the United States\n  output: redact"), "provider.location"},
		{CheckTranscriptNoRetention, edit(t, "retention:\n  - {kind: transcript, keep: 30d}\n", ""), "retention"},
		{CheckSecretsNotRedacted, edit(t, "    PASSWORD: {operator: remove}\n", ""), "redaction.types"},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			fs := mustParse(t, tt.text).Check()
			i := slices.IndexFunc(fs, func(f Finding) bool { return f.ID == tt.id })
			require.GreaterOrEqual(t, i, 0, "want %s in %v", tt.id, fs)
			assert.Equal(t, tt.field, fs[i].Field)
			p := mustParse(t, tt.text)
			assert.Equal(t, p.Line(tt.field), fs[i].Line, "a finding points at its field's line")
			assert.NotEmpty(t, fs[i].Message)
			seen[tt.id] = true
		})
	}
	for id := range Checks {
		assert.True(t, seen[id], "check %s has no test case", id)
	}
}

func TestInEEA(t *testing.T) {
	for loc, want := range map[string]bool{"France": true, "Frankfurt, Germany": true, "EU": true, "Ireland (Dublin)": true,
		"the United States": false, "": false, "Switzerland": false} {
		assert.Equal(t, want, InEEA(loc), loc)
	}
}

func TestGovernmentIDs(t *testing.T) {
	require.True(t, slices.IsSorted(GovernmentIDTypes()), "IsGovernmentID searches the list")
	known := EntityTypes()
	for _, typ := range GovernmentIDTypes() {
		assert.True(t, IsGovernmentID(typ))
		assert.Contains(t, known, typ, "the detector reports %s", typ)
	}
	assert.True(t, IsGovernmentID("XY_NATIONAL_ID"))
	assert.False(t, IsGovernmentID("EMAIL_ADDRESS"))
}

func TestExampleNotice(t *testing.T) {
	p, err := Load("../examples/policy.yaml")
	require.NoError(t, err)
	pl := p.Pipeline()
	require.NoError(t, pl.Validate())
	got := pl.NoticeMarkdown()
	golden := filepath.Join("testdata", "example_notice.md")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test ./policy -run TestExampleNotice -update")
	assert.Equal(t, string(want), got, "the notice changed: review it, then run with -update")
	assert.Empty(t, p.Check(), "the example policy is clean")
}

func TestDiff(t *testing.T) {
	tests := []struct {
		name string
		new  string
		want []string
	}{
		{"nothing", base, nil},
		{"operator", edit(t, "EMAIL_ADDRESS: {operator: placeholder}", "EMAIL_ADDRESS: {operator: surrogate}"),
			[]string{"email addresses will now be sent to the model as surrogates instead of placeholders"}},
		{"to keep", edit(t, "EMAIL_ADDRESS: {operator: placeholder}", "EMAIL_ADDRESS: {operator: keep}"),
			[]string{"email addresses will now be sent to the model in the clear instead of being sent as placeholders"}},
		{"may receive", edit(t, "  location: France", "  location: France\n  may_receive: [EMAIL_ADDRESS]"),
			[]string{"email addresses will now be sent to the model in the clear instead of being sent as placeholders"}},
		{"from remove to mask", edit(t, "PASSWORD: {operator: remove}", "PASSWORD: {operator: 'mask:2'}"),
			[]string{"passwords will now be sent to the model as masked values showing the last 2 characters instead of being removed"}},
		{"new type", edit(t, "    PASSWORD:", "    PHONE_NUMBER: {operator: hash}\n    PASSWORD:"),
			[]string{"phone numbers will now be detected and sent to the model as keyed fingerprints"}},
		{"type dropped", edit(t, "    PASSWORD: {operator: remove}\n", ""),
			[]string{"passwords will no longer be detected: they will be sent to the model as written instead of being removed"}},
		{"retention", edit(t, "keep: 30d", "keep: 90d"),
			[]string{"conversation transcripts will now be kept for 90 days instead of 30 days"}},
		{"new retention", edit(t, "  - {kind: transcript, keep: 30d}", "  - {kind: transcript, keep: 30d}\n  - {kind: audit, keep: 1y}"),
			[]string{"audit records (which hold no message content) will now be kept for 1 year"}},
		{"new purpose", edit(t, "required: [ai_assistant]", "required: [ai_assistant]\n  optional: [analytics]"),
			[]string{"a new purpose, analytics, based on consent", "without consent to analytics, conversations will now run without it"}},
		{"basis", edit(t, "basis: consent\n    notice: {id: assistant, version: \"1\", text: An AI model answers you.}", "basis: contract"),
			[]string{"the purpose ai_assistant will now be based on contract instead of consent", "no notice will be shown any more for ai_assistant"}},
		{"notice version", edit(t, `version: "1"`, `version: "2"`),
			[]string{"the notice for ai_assistant will now be assistant version 2 instead of assistant version 1"}},
		{"provider", edit(t, "  name: Mistral\n  location: France", "  name: OpenAI\n  location: the United States"),
			[]string{"messages will now be answered by a model from OpenAI instead of Mistral",
				"the model provider will now process messages in the United States instead of France"}},
		{"output", edit(t, "  location: France", "  location: France\n  output: block"),
			[]string{"personal data the model writes itself will now be blocked instead of let through"}},
		{"transcripts", edit(t, "required: [ai_assistant]", "required: [ai_assistant]\n  transcript_purpose: collect.store_transcript"),
			[]string{"a new purpose, collect.store_transcript, based on consent",
				"transcripts will now be kept only for customers who allow collect.store_transcript instead of for every customer"}},
		{"profile", base + "profile:\n  purpose: ai_assistant\n  fields:\n    zip: {purposes: {ai_assistant: generalize(zip3)}}\n",
			[]string{"the model will now see the profile field zip generalized (zip3) instead of not at all"}},
		{"audit", edit(t, "sinks: [slog]", "sinks: []"),
			[]string{"audit events will now go to nowhere instead of slog"}},
	}
	old := mustParse(t, base)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Diff(old, mustParse(t, tt.new)))
		})
	}
}

func TestView(t *testing.T) {
	p := mustParse(t, base+`profile:
  purpose: ai_assistant
  fields:
    first_name: {purposes: {"*": keep}}
    age: {type: int, purposes: {ai_assistant: generalize(age_band)}}
    email: {purposes: {ai_assistant: generalize(email_domain), analytics: drop}}
    since: {type: time, purposes: {ai_assistant: generalize(year)}}
`)
	profile := map[string]any{"first_name": "Ann", "age": 37.0, "email": "ann@example.com",
		"since": "2021-03-04T00:00:00Z", "address": "1 Main St"}
	v, err := p.View(profile, "ai_assistant")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"first_name": "Ann", "age": "35-44", "email": "example.com", "since": 2021}, v)
	v, err = p.View(profile, "analytics")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"first_name": "Ann"}, v)

	_, err = p.View(map[string]any{"age": "thirty-seven"}, "ai_assistant")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "profile field age")
	assert.NotContains(t, err.Error(), "thirty", "errors never hold values")
}

// TestSchema keeps schema.json and the Go types in step: every property of
// the schema is a field, every field a property, and objects refuse
// unknown properties.
func TestSchema(t *testing.T) {
	b, err := os.ReadFile("schema.json")
	require.NoError(t, err)
	var schema map[string]any
	require.NoError(t, json.Unmarshal(b, &schema))
	defs := schema["$defs"].(map[string]any)
	var walk func(s map[string]any, typ reflect.Type, path string)
	walk = func(s map[string]any, typ reflect.Type, path string) {
		if ref, ok := s["$ref"].(string); ok {
			s = defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
		}
		for typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		switch {
		case typ == reflect.TypeFor[Duration]():
			assert.Equal(t, "string", s["type"], path)
		case typ.Kind() == reflect.Struct:
			assert.Equal(t, false, s["additionalProperties"], "%s refuses unknown properties", path)
			props, _ := s["properties"].(map[string]any)
			fields := yamlFields(typ)
			for name := range props {
				assert.Contains(t, fields, name, "schema property %s.%s is not in the Go type %s", path, name, typ)
			}
			for name, i := range fields {
				p, ok := props[name].(map[string]any)
				if assert.True(t, ok, "field %s.%s is not in the schema", path, name) {
					walk(p, typ.Field(i).Type, path+"."+name)
				}
			}
		case typ.Kind() == reflect.Map:
			ap, ok := s["additionalProperties"].(map[string]any)
			if assert.True(t, ok, "%s: a map's schema gives additionalProperties", path) {
				walk(ap, typ.Elem(), path+".*")
			}
		case typ.Kind() == reflect.Slice:
			items, ok := s["items"].(map[string]any)
			if assert.True(t, ok, "%s: a list's schema gives items", path) {
				walk(items, typ.Elem(), path+"[]")
			}
		}
	}
	walk(schema, reflect.TypeFor[Policy](), "")
}

func TestDuration(t *testing.T) {
	for in, want := range map[string]time.Duration{"30d": 30 * 24 * time.Hour, "1y": 365 * 24 * time.Hour,
		"720h": 720 * time.Hour, "until_erasure": 0, "90m": 90 * time.Minute} {
		d, err := ParseDuration(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, time.Duration(d), in)
		back, err := ParseDuration(d.String())
		require.NoError(t, err)
		assert.Equal(t, d, back)
	}
	for _, bad := range []string{"", "0d", "-1d", "3 weeks", "-5h"} {
		_, err := ParseDuration(bad)
		assert.Error(t, err, bad)
	}
}

func TestValidatorRegistry(t *testing.T) {
	luhn, ok := redact.Validator("luhn")
	require.True(t, ok)
	assert.True(t, luhn("4111 1111 1111 1111"))
	assert.False(t, luhn("4111 1111 1111 1112"))
	iban, ok := redact.Validator("iban")
	require.True(t, ok)
	assert.True(t, iban("GB82 WEST 1234 5698 7654 32"))
	assert.False(t, iban("GB82 WEST 1234 5698 7654 33"))
	_, ok = redact.Validator("nope")
	assert.False(t, ok)
	assert.True(t, slices.IsSorted(redact.ValidatorNames()))
}
