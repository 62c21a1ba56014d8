package policy

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/minimize"
	"github.com/confide-dev/confide/redact"
)

// Operators are the operator names of redaction.types; mask takes the
// number of characters left visible, as mask:4.
var Operators = []string{"placeholder", "surrogate", "mask:N", "hash", "encrypt", "remove", "keep"}

// Record kinds a retention policy may name.
var retentionKinds = []string{"transcript", "vault", "audit", "consent"}

// Profile field types.
var fieldTypes = map[string]reflect.Type{
	"string":  reflect.TypeFor[string](),
	"int":     reflect.TypeFor[int](),
	"float":   reflect.TypeFor[float64](),
	"bool":    reflect.TypeFor[bool](),
	"time":    reflect.TypeFor[time.Time](),
	"strings": reflect.TypeFor[[]string](),
}

var (
	envName      = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	typeName     = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
	ruleName     = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	fieldName    = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]*$`)
	detectTypes  []string
	detectTypesO sync.Once
)

// EntityTypes returns the entity types the built-in detector can report,
// those it reports only when named included (DATE_TIME, the country phone
// types; redact.OptInTypes), sorted: what redaction.types and
// provider.may_receive may name besides the types of the file's own
// recognizers.
func EntityTypes() []string {
	detectTypesO.Do(func() {
		e, err := redact.NewDetector()
		if err != nil {
			panic("policy: the default detector does not build: " + err.Error())
		}
		detectTypes = append(e.Types(), redact.OptInTypes()...)
		slices.Sort(detectTypes)
		detectTypes = slices.Compact(detectTypes)
	})
	return slices.Clone(detectTypes)
}

// governmentIDs are the entity types of identifiers a state issues to a
// person: national ID, social security, tax, passport, driving licence
// and health insurance numbers.
var governmentIDs = []string{
	"AU_MEDICARE", "AU_TFN", "BE_NATIONAL_ID", "BR_CPF", "CA_SIN", "CH_AHV", "DE_FUEHRERSCHEIN", "DE_HEALTH_INSURANCE", "DE_ID_CARD",
	"DE_PASSPORT", "DE_SOCIAL_SECURITY", "DE_TAX_ID", "ES_NIE", "ES_NIF", "ES_PASSPORT",
	"FI_PERSONAL_IDENTITY_CODE", "FR_NIR", "IE_PPSN", "IN_AADHAAR", "IN_PAN", "IN_PASSPORT", "IN_VOTER",
	"IT_DRIVER_LICENSE", "IT_FISCAL_CODE", "IT_IDENTITY_CARD", "IT_PASSPORT", "KR_DRIVER_LICENSE", "KR_FRN",
	"KR_PASSPORT", "KR_RRN", "NG_NIN", "NL_BSN", "NZ_IRD", "PASSPORT", "PH_TIN", "PL_PESEL", "PT_NIF", "SE_PERSONNUMMER",
	"SG_NRIC_FIN", "TH_TNIN", "TR_NATIONAL_ID", "UK_DRIVING_LICENCE", "UK_NHS", "UK_NINO", "UK_PASSPORT",
	"US_DRIVER_LICENSE", "US_ITIN", "US_MBI", "US_PASSPORT", "US_SSN", "ZA_ID_NUMBER",
}

// GovernmentIDTypes returns the entity types of government-issued
// personal identifiers, sorted. [IsGovernmentID] also recognizes types of
// your own by their names.
func GovernmentIDTypes() []string { return slices.Clone(governmentIDs) }

// IsGovernmentID reports whether typ is a government-issued personal
// identifier: one of [GovernmentIDTypes], or a type whose name ends in
// _SSN, _PASSPORT, _NATIONAL_ID, _ID_CARD or _NINO.
func IsGovernmentID(typ string) bool {
	if _, ok := slices.BinarySearch(governmentIDs, typ); ok {
		return true
	}
	for _, s := range []string{"_SSN", "_PASSPORT", "_NATIONAL_ID", "_ID_CARD", "_NINO"} {
		if strings.HasSuffix(typ, s) {
			return true
		}
	}
	return false
}

// validator checks what the decoder cannot: names, references, syntax of
// operators and actions, files.
type validator struct {
	p          *Policy
	errs       []error
	tax        *consent.Taxonomy
	knownTypes map[string]bool
}

func (v *validator) fail(path, format string, args ...any) {
	if len(v.errs) >= maxErrors {
		return
	}
	v.errs = append(v.errs, &Error{File: v.p.file, Line: v.p.pos[path], Field: path, Msg: fmt.Sprintf(format, args...)})
}

func (v *validator) validate() {
	p := v.p
	if p.Version != 1 {
		v.fail("version", "want version: 1")
	}
	switch p.Mode {
	case ModeDevelopment, ModeProduction:
	case "":
		v.fail("mode", "missing: development or production")
	default:
		v.fail("mode", "unknown mode %q (want development or production)", p.Mode)
	}
	v.required("controller.name", p.Controller.Name)
	v.required("controller.contact", p.Controller.Contact)
	v.required("service", p.Service)
	v.required("provider.name", p.Provider.Name)
	if p.Updated != "" {
		if _, err := time.Parse(time.DateOnly, p.Updated); err != nil {
			v.fail("updated", "want a date as YYYY-MM-DD")
		}
	}
	v.purposes()
	v.redaction()
	v.provider()
	v.conversation()
	v.profile()
	v.retention()
	v.keys()
}

func (v *validator) required(path, s string) {
	if strings.TrimSpace(s) == "" {
		v.fail(path, "missing")
	}
}

// purposes builds the taxonomy: the default one, with the file's
// purposes added or overriding the defaults' names and bases.
func (v *validator) purposes() {
	p := v.p
	infos := consent.DefaultPurposes()
	index := map[consent.Purpose]int{}
	for i, in := range infos {
		index[in.Key] = i
	}
	type notice struct {
		path, text string
	}
	notices := map[[2]string]notice{}
	for i, pu := range p.Purposes {
		path := fmt.Sprintf("purposes[%d]", i)
		key := consent.Purpose(pu.Key)
		if err := key.Validate(); err != nil {
			v.fail(path+".key", "%q is not a purpose key (dotted lower-case names such as analytics or marketing.email)", pu.Key)
			continue
		}
		if pu.Basis != "" && !consent.LawfulBasis(pu.Basis).Valid() {
			v.fail(path+".basis", "unknown lawful basis %q (want consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests)", pu.Basis)
		}
		info := consent.PurposeInfo{Key: key, Name: pu.Name, Description: pu.Description, Basis: consent.LawfulBasis(pu.Basis)}
		if j, ok := index[key]; ok {
			if v.seenBefore(key, i) {
				v.fail(path+".key", "purpose %s is listed twice", key)
				continue
			}
			old := infos[j]
			if info.Name == "" {
				info.Name = old.Name
			}
			if info.Description == "" {
				info.Description = old.Description
			}
			if info.Basis == "" {
				info.Basis = old.Basis
			}
			info.OptOut = old.OptOut
			infos[j] = info
		} else {
			if key.Parent() == "" && info.Basis == "" {
				v.fail(path+".basis", "missing: a new top-level purpose needs its lawful basis")
			}
			if info.Name == "" {
				info.Name = pu.Key
			}
			index[key] = len(infos)
			infos = append(infos, info)
		}
		if n := pu.Notice; n != nil {
			np := path + ".notice"
			if err := chat.ValidateID("id", n.ID); err != nil {
				v.fail(np+".id", "want an ID of letters, digits and - _ . : @")
			}
			if err := chat.ValidateID("version", n.Version); err != nil {
				v.fail(np+".version", "want a version of letters, digits and - _ . : @")
			}
			switch {
			case n.Text != "" && n.File != "":
				v.fail(np, "give text or file, not both")
			case n.Text == "" && n.File == "":
				v.fail(np, "missing: the notice's text, or a file holding it")
			case n.File != "":
				text, err := readNotice(p.resolve(n.File))
				if err != nil {
					v.fail(np+".file", "%v", err)
				}
				n.loaded = text
			}
			k := [2]string{n.ID, n.Version}
			if prev, ok := notices[k]; ok && prev.text != n.Body() {
				v.fail(np, "notice %s version %s has another text at %s: publish a new version instead", n.ID, n.Version, prev.path)
			}
			notices[k] = notice{path: np, text: n.Body()}
		}
	}
	for i, pu := range p.Purposes {
		key := consent.Purpose(pu.Key)
		if parent := key.Parent(); key.Validate() == nil && parent != "" {
			if _, ok := index[parent]; !ok {
				v.fail(fmt.Sprintf("purposes[%d].key", i), "the parent purpose %s is not defined: add it first", parent)
			}
		}
	}
	if len(v.errs) > 0 {
		v.tax = consent.DefaultTaxonomy()
		return
	}
	tax, err := consent.NewTaxonomy(infos...)
	if err != nil {
		v.fail("purposes", "%v", err)
		tax = consent.DefaultTaxonomy()
	}
	v.tax = tax
	p.tax = infos
}

func (v *validator) seenBefore(key consent.Purpose, i int) bool {
	for _, q := range v.p.Purposes[:i] {
		if q.Key == string(key) {
			return true
		}
	}
	return false
}

func readNotice(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("cannot open the notice file: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return "", fmt.Errorf("cannot read the notice file: %w", err)
	}
	if len(b) > MaxFileSize {
		return "", fmt.Errorf("the notice file is larger than %d bytes", MaxFileSize)
	}
	return string(b), nil
}

// purpose checks a reference to a purpose.
func (v *validator) purpose(path, key string) {
	if key == "" {
		v.fail(path, "missing")
		return
	}
	if _, ok := v.tax.Lookup(consent.Purpose(key)); !ok {
		v.fail(path, "unknown purpose %q: add it under purposes, or use one of the consent taxonomy", key)
	}
}

func (v *validator) redaction() {
	r := &v.p.Redaction
	known := map[string]bool{}
	for _, t := range EntityTypes() {
		known[t] = true
	}
	names := map[string]bool{}
	for i, rec := range r.Recognizers {
		path := fmt.Sprintf("redaction.recognizers[%d]", i)
		if !ruleName.MatchString(rec.Name) {
			v.fail(path+".name", "want a name of lower-case letters, digits and underscores")
		} else if names[rec.Name] {
			v.fail(path+".name", "recognizer %s is defined twice", rec.Name)
		}
		names[rec.Name] = true
		if !typeName.MatchString(rec.Type) {
			v.fail(path+".type", "want an entity type of upper-case letters, digits and underscores")
		} else {
			known[rec.Type] = true
		}
		if rec.Pattern == "" {
			v.fail(path+".pattern", "missing")
		} else if _, err := regexp.Compile(rec.Pattern); err != nil {
			v.fail(path+".pattern", "not a valid RE2 regular expression: %v", err)
		}
		if rec.Score < 0 || rec.Score > 1 {
			v.fail(path+".score", "want a score from 0 to 1")
		}
		if rec.Validator != "" {
			if _, ok := redact.Validator(rec.Validator); !ok {
				v.fail(path+".validator", "unknown validator %q (want one of %s)", rec.Validator, strings.Join(redact.ValidatorNames(), ", "))
			}
		}
		for j, k := range rec.Keywords {
			if k == "" || k != strings.ToLower(k) {
				v.fail(fmt.Sprintf("%s.keywords[%d]", path, j), "keywords are lower-case and not empty")
			}
		}
		for j, k := range rec.Context {
			if k == "" || k != strings.ToLower(k) {
				v.fail(fmt.Sprintf("%s.context[%d]", path, j), "context words are lower-case and not empty")
			}
		}
	}
	v.knownTypes = known
	if len(r.Types) == 0 {
		v.fail("redaction.types", "missing: list the entity types to detect and the operator of each")
	}
	for _, t := range sortedKeys(r.Types) {
		path := "redaction.types." + t
		if !known[t] {
			v.fail(path, "unknown entity type %q%s", t, suggest(t, known))
		}
		if _, _, err := parseOperator(r.Types[t].Operator); err != nil {
			v.fail(path+".operator", "%v", err)
		}
	}
	if r.Threshold < 0 || r.Threshold > 1 {
		v.fail("redaction.threshold", "want a score from 0 to 1")
	}
	for i, a := range r.Allow {
		if strings.TrimSpace(a) == "" {
			v.fail(fmt.Sprintf("redaction.allow[%d]", i), "empty value")
		}
	}
	for i, a := range r.AllowPatterns {
		path := fmt.Sprintf("redaction.allow_patterns[%d]", i)
		if strings.TrimSpace(a) == "" {
			v.fail(path, "empty pattern")
		} else if _, err := regexp.Compile(a); err != nil {
			v.fail(path, "not a valid RE2 regular expression: %v", err)
		}
	}
	for _, t := range sortedKeys(r.Deny) {
		path := "redaction.deny." + t
		if _, ok := r.Types[t]; !ok {
			v.fail(path, "type %s is not under redaction.types: give it an operator there", t)
		}
		for i, s := range r.Deny[t] {
			if strings.TrimSpace(s) == "" {
				v.fail(fmt.Sprintf("%s[%d]", path, i), "empty value")
			}
		}
	}
}

func (v *validator) provider() {
	pr := &v.p.Provider
	seen := map[string]bool{}
	for i, t := range pr.MayReceive {
		path := fmt.Sprintf("provider.may_receive[%d]", i)
		switch {
		case !v.knownTypes[t]:
			v.fail(path, "unknown entity type %q%s", t, suggest(t, v.knownTypes))
		case seen[t]:
			v.fail(path, "%s is listed twice", t)
		}
		seen[t] = true
	}
	switch pr.Output {
	case "", "allow", "redact", "block":
	default:
		v.fail("provider.output", "unknown output policy %q (want allow, redact or block)", pr.Output)
	}
}

func (v *validator) conversation() {
	c := &v.p.Conversation
	seen := map[string]string{}
	for _, list := range []struct {
		name  string
		items []string
	}{{"required", c.Required}, {"optional", c.Optional}} {
		for i, key := range list.items {
			path := fmt.Sprintf("conversation.%s[%d]", list.name, i)
			v.purpose(path, key)
			if prev, ok := seen[key]; ok {
				v.fail(path, "purpose %s is already %s", key, prev)
			}
			seen[key] = list.name
		}
	}
	if c.TranscriptPurpose != "" {
		v.purpose("conversation.transcript_purpose", c.TranscriptPurpose)
	}
	if h := c.History; h != nil {
		if h.Turns < 0 || h.MaxTokens < 0 || h.ToolResultTurns < 0 {
			v.fail("conversation.history", "limits cannot be negative")
		}
	}
}

func (v *validator) profile() {
	pr := v.p.Profile
	if pr == nil {
		return
	}
	v.purpose("profile.purpose", pr.Purpose)
	if len(pr.Fields) == 0 {
		v.fail("profile.fields", "missing: list the fields the model may see")
	}
	for _, name := range sortedKeys(pr.Fields) {
		f := pr.Fields[name]
		path := "profile.fields." + name
		if !fieldName.MatchString(name) {
			v.fail(path, "field names are letters, digits and _ . -")
			continue
		}
		typ, ok := fieldTypes[f.fieldType()]
		if !ok {
			v.fail(path+".type", "unknown field type %q (want string, int, float, bool, time or strings)", f.Type)
			continue
		}
		if len(f.Purposes) == 0 {
			v.fail(path+".purposes", "missing: say which purposes see the field and how")
		}
		for _, key := range sortedKeys(f.Purposes) {
			pp := path + ".purposes." + key
			if key != "*" {
				v.purpose(pp, key)
			}
			action := f.Purposes[key]
			if strings.ContainsAny(action, ";=") {
				v.fail(pp, "one action per purpose: keep, drop, generalize(name) or redact(type)")
				continue
			}
			if err := checkAction(name, typ, action); err != nil {
				v.fail(pp, "%v", err)
			}
		}
	}
}

func (f Field) fieldType() string {
	if f.Type == "" {
		return "string"
	}
	return f.Type
}

// checkAction asks package minimize whether action suits a field of type
// typ, through a struct type made for the purpose.
func checkAction(name string, typ reflect.Type, action string) error {
	st := reflect.StructOf([]reflect.StructField{{
		Name: "PolicyField", Type: typ,
		Tag: reflect.StructTag(`json:` + strconv.Quote(name) + ` minimize:` + strconv.Quote("*="+action)),
	}})
	err := minimize.Default().Check(st)
	if err == nil {
		return nil
	}
	msg := err.Error()
	if _, rest, ok := strings.Cut(msg, "}.PolicyField: "); ok {
		msg = rest
	}
	return fmt.Errorf("%s", msg)
}

func (v *validator) retention() {
	seen := map[[2]string]bool{}
	for i, r := range v.p.Retention {
		path := fmt.Sprintf("retention[%d]", i)
		if !slices.Contains(retentionKinds, r.Kind) {
			v.fail(path+".kind", "unknown kind %q (want one of %s)", r.Kind, strings.Join(retentionKinds, ", "))
		}
		if r.Purpose != "" {
			v.purpose(path+".purpose", r.Purpose)
		}
		if _, ok := v.p.pos[path+".keep"]; !ok {
			v.fail(path+".keep", "missing: e.g. 30d, 1y or %s", UntilErasure)
		}
		k := [2]string{r.Kind, r.Purpose}
		if seen[k] {
			v.fail(path, "kind %s for this purpose is listed twice", r.Kind)
		}
		seen[k] = true
	}
}

func (v *validator) keys() {
	p := v.p
	if p.Mode == ModeProduction {
		if p.Keyring == nil {
			v.fail("mode", "production needs a keyring: without one, keys live in memory and every record is lost at restart")
		}
		if p.Database == nil {
			v.fail("mode", "production needs a database: without one, transcripts, consent and audit live in memory")
		}
	}
	if k := p.Keyring; k != nil {
		switch {
		case k.KMS != "" && (k.Path != "" || k.MasterKeyEnv != "" || k.MasterKeyFile != ""):
			v.fail("keyring", "give kms, or path with master_key_env or master_key_file, not both")
		case k.KMS != "":
			if scheme, _, ok := strings.Cut(k.KMS, "://"); !ok || scheme == "" {
				v.fail("keyring.kms", "want a key URI such as aws-kms://..., gcp-kms://... or hcvault://...")
			}
		case k.Path == "":
			v.fail("keyring", "missing: path (a local keyset file) or kms (a key URI)")
		case (k.MasterKeyEnv == "") == (k.MasterKeyFile == ""):
			v.fail("keyring", "give one of master_key_env (an environment variable name) or master_key_file")
		case k.MasterKeyEnv != "" && !envName.MatchString(k.MasterKeyEnv):
			v.fail("keyring.master_key_env", "want the name of an environment variable, never the key itself")
		}
	}
	if d := p.Database; d != nil && !envName.MatchString(d.DSNEnv) {
		v.fail("database.dsn_env", "want the name of an environment variable (letters, digits, _), never the DSN itself")
	}
	seen := map[string]bool{}
	for i, s := range p.Audit.Sinks {
		path := fmt.Sprintf("audit.sinks[%d]", i)
		switch {
		case s != "sql" && s != "slog":
			v.fail(path, "unknown sink %q (want sql or slog)", s)
		case seen[s]:
			v.fail(path, "sink %s is listed twice", s)
		case s == "sql" && p.Database == nil:
			v.fail(path, "the sql sink needs a database")
		}
		seen[s] = true
	}
	if p.Audit.SigningKey != "" && p.Keyring == nil {
		v.fail("audit.signing_key", "the signing key is stored encrypted under the keyring: add a keyring")
	}
	if p.Audit.CheckpointEvery < 0 {
		v.fail("audit.checkpoint_every", "cannot be negative")
	}
}

// parseOperator reads an operator name: its kind and, for mask, how many
// characters stay visible.
func parseOperator(s string) (string, int, error) {
	if n, ok := strings.CutPrefix(s, "mask:"); ok {
		k, err := strconv.Atoi(n)
		if err != nil || k < 0 || k > 64 {
			return "", 0, fmt.Errorf("mask takes the number of characters left visible, from 0 to 64, as mask:4")
		}
		return "mask", k, nil
	}
	switch s {
	case "placeholder", "surrogate", "hash", "encrypt", "remove", "keep":
		return s, 0, nil
	case "mask":
		return "mask", 0, nil
	case "":
		return "", 0, fmt.Errorf("missing (want one of %s)", strings.Join(Operators, ", "))
	}
	return "", 0, fmt.Errorf("unknown operator %q (want one of %s)", s, strings.Join(Operators, ", "))
}

// suggest returns a hint naming the known type closest to t by prefix.
func suggest(t string, known map[string]bool) string {
	var close []string
	for k := range known {
		if len(t) >= 3 && (strings.HasPrefix(k, t[:3]) || strings.Contains(k, t)) {
			close = append(close, k)
		}
	}
	if len(close) == 0 || len(close) > 6 {
		return " (run confide policy types for the list)"
	}
	sort.Strings(close)
	return " (did you mean " + strings.Join(close, " or ") + "?)"
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// resolve makes a path of the file relative to its directory.
func (p *Policy) resolve(path string) string {
	if path == "" || filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(p.dir, path)
}
