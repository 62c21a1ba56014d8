package redact

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Detector finds entities in a text. [Engine] is the built-in
// implementation; an external NER service or a local model can implement
// Detector too and run next to the built-in recognizers through
// [WithDetectors]. Implementations must be safe for concurrent use.
type Detector interface {
	// Detect returns findings with UTF-8 byte offsets into text.
	Detect(ctx context.Context, text string) ([]Finding, error)
}

// DefaultThreshold is the score a finding needs to be reported unless
// [WithThreshold] says otherwise. It is the score a weak pattern reaches
// when a context word stands next to it.
const DefaultThreshold = 0.4

// ErrUnknownType is returned by [NewDetector] when an option names an
// entity type that no recognizer reports.
var ErrUnknownType = errors.New("redact: unknown entity type")

// Option configures a detector built by [NewDetector].
type Option func(*config)

type config struct {
	types           []string
	without         []string
	threshold       float64
	langs           []string
	regions         []string
	allow           []string
	allowPatterns   []string
	deny            map[string][]string
	denyCase        bool
	rules           []Rule
	recs            []Recognizer
	dets            []Detector
	noDefaults      bool
	phoneLeniency   PhoneLeniency
	strictChecksums bool
}

// WithTypes limits detection to the named entity types. Types that are off
// by default, such as DATE_TIME, are turned on by naming them. A
// recognizer none of whose types is named does not run: a detector of
// structured types only skips the names and addresses recognizer, the
// costliest, and runs several times faster. The built-in scanner passes
// over its checks whose types are all off too, and a detector of the
// soft types (names, organisations, places, addresses) alone runs no
// scan at all. A detector of fewer types reports what a detector of
// every type reports of those types, but where a finding of a type left
// out would have overlapped and beaten it.
func WithTypes(types ...string) Option {
	return func(c *config) { c.types = append(c.types, types...) }
}

// WithoutTypes turns the named entity types off. A recognizer all of
// whose types are off does not run, nor a check of the built-in scanner
// (see WithTypes).
func WithoutTypes(types ...string) Option {
	return func(c *config) { c.without = append(c.without, types...) }
}

// WithThreshold sets the minimum score of a reported finding, in [0, 1].
// Zero reports every candidate that passed its validator.
func WithThreshold(score float64) Option {
	return func(c *config) { c.threshold = score }
}

// WithLanguages limits the context words to the given ISO 639-1
// languages. By default all are used: "en", "de", "fr", "es", "it", "nl"
// and "pt" for every kind; "ru" for phones; "sv", "da", "no", "fi" and
// "pl" for phones, passwords, logins, one-time codes, bank accounts and
// births; and for a few kinds each (README.md, "Calling the detector")
// "tr", "et", "lv", "lt", "is", "ms", "id", "vi", "cs", "hu", "ro", "hr",
// "sl", "tl" (Tagalog), "th", "uk", "el", "ar", "sw", "zh", "ja", "ko",
// for phones "fa", "ur", "hi", "bn", "kk", "uz" and "ky", for births "fa"
// and "he", for bank accounts "he" (and since session 71 for phones, a
// firm's call centre and streets' words and addresses), for streets'
// designators "bg"
// (Bulgarian; before session 66 its words were listed but left out of
// the default), and for names "mr" (Marathi), "ta" (Tamil), "si"
// (Sinhala), "gu", "pa", "te", "kn" and "ml" (Gujarati, Punjabi,
// Telugu, Kannada, Malayalam; since session 70). Since session 71 the
// names read without a label's word follow their language too: those
// of Japanese, Korean and Thai, read from the honorifics, endings and
// titles glued to them, are read only when "ja", "ko" and "th" are
// listed (or by default), those of Chinese after "姓" and in sign-offs
// with "zh", and Persian's known given names with "fa"; Vietnamese
// names and addresses with "vi".
func WithLanguages(langs ...string) Option {
	return func(c *config) { c.langs = append(c.langs, langs...) }
}

// WithRegions sets the ISO 3166 regions whose national phone formats are
// recognized without a leading + (numbers in international format are
// recognized for every region). The default is US, CA, GB, DE, FR, ES, IT,
// NL, BE, CH, AT, PT, IE, AU, IN, BR, JP, IL, and the Russian forms led by
// the trunk prefix 8 ("8 (495) 123-45-67"; unbracketed after a phone
// word). A list that names neither RU nor KZ drops those. Iranian,
// mainland Chinese and Greek mobiles are read in a text of their
// script whatever the list (session 71: "κιν. 6985 214 330").
func WithRegions(regions ...string) Option {
	return func(c *config) { c.regions = append(c.regions, regions...) }
}

// WithAllowList suppresses findings whose text equals one of values
// (case-insensitively): a support address that is not personal, say.
func WithAllowList(values ...string) Option {
	return func(c *config) { c.allow = append(c.allow, values...) }
}

// WithAllowPatterns suppresses findings whose whole text matches one of
// the RE2 regular expressions patterns: the firm's own addresses
// (`[a-z.]+@example\.com`), its ticket numbers, a test card. A pattern is
// anchored to the finding's ends and matches in its case unless it says
// (?i). As Presidio's allow list with allow_list_match="regex", beside
// WithAllowList's exact values. A pattern that does not compile fails
// NewDetector.
func WithAllowPatterns(patterns ...string) Option {
	return func(c *config) { c.allowPatterns = append(c.allowPatterns, patterns...) }
}

// WithDenyList reports every whole-word, case-insensitive occurrence of
// values as a finding of type typ with score 1, overriding other findings.
// Whole-word means no letter, digit or '_' right before or right after
// the value, whatever its own ends are, as in Presidio's deny lists: "Mr."
// is found in "Mr. Plum" and "...Mr...", not in "XMr.". A space in a value
// of letters and spaces also matches a no-break or narrow space.
func WithDenyList(typ string, values ...string) Option {
	return func(c *config) {
		if c.deny == nil {
			c.deny = map[string][]string{}
		}
		c.deny[typ] = append(c.deny[typ], values...)
	}
}

// WithCaseSensitiveDenyLists makes every deny list (WithDenyList) match
// only in the case its values are written in: "Mrs." then leaves "mrs."
// alone. Presidio's deny lists do so when the analyzer's regex flags
// leave out IGNORECASE.
func WithCaseSensitiveDenyLists() Option {
	return func(c *config) { c.denyCase = true }
}

// WithRules adds pattern rules on top of the defaults.
func WithRules(rules ...Rule) Option {
	return func(c *config) { c.rules = append(c.rules, rules...) }
}

// WithRecognizers adds recognizers written in Go on top of the defaults.
func WithRecognizers(recs ...Recognizer) Option {
	return func(c *config) { c.recs = append(c.recs, recs...) }
}

// WithDetectors adds external detectors (an NER service, a local model).
// Their findings are merged with the built-in ones before overlaps are
// resolved; an error from any of them fails the whole call. They get the
// text as Detect reads it: with JSON escapes decoded, and twice for a text
// outside JSON whose breaks were decoded (see Engine.Detect).
func WithDetectors(dets ...Detector) Option {
	return func(c *config) { c.dets = append(c.dets, dets...) }
}

// WithoutDefaultRules leaves out the registered rules and recognizers
// (national identifiers, names and addresses), keeping only the built-in
// global recognizers and those added by options.
func WithoutDefaultRules() Option {
	return func(c *config) { c.noDefaults = true }
}

// WithStrictPhones validates phone numbers against the full numbering plan
// (libphonenumber's "valid" level) instead of the default "possible" level,
// which only checks the length for the country. Strict is slower and misses
// numbers from newly opened ranges. It is WithPhoneLeniency(PhoneValid).
func WithStrictPhones() Option {
	return WithPhoneLeniency(PhoneValid)
}

// PhoneLeniency is how closely a phone number must follow its country's
// numbering plan to be reported: libphonenumber's levels, which
// Presidio's phone recognizer takes as its "leniency".
type PhoneLeniency int

const (
	// PhonePossible, the default, wants a length the country's plan
	// allows, besides the detector's own reading of the text around the
	// number (a phone word, a calling phrase, its shape).
	PhonePossible PhoneLeniency = iota
	// PhoneValid also wants a number the plan assigns, the national
	// prefix where the country's numbers are written with one, and no
	// letter, currency sign or '%' glued to either end ("is415-555-0132").
	PhoneValid
	// PhoneStrictGrouping also wants the digits grouped as the country
	// groups them, though groups may run together: "650 253 0000" and
	// "650 2530000", not "65 02 53 00 00".
	PhoneStrictGrouping
	// PhoneExactGrouping wants the country's groups exactly, or the
	// number as one block: "650 253 0000" and "6502530000", not "650
	// 2530000".
	PhoneExactGrouping
)

// WithPhoneLeniency sets how closely a phone number must follow its
// country's plan (see [PhoneLeniency]); a number is judged in each of the
// detector's regions (WithRegions) and reported when one accepts it.
// Every level above PhonePossible parses each phone number the detector
// finds, which costs a few microseconds a number.
func WithPhoneLeniency(l PhoneLeniency) Option {
	return func(c *config) { c.phoneLeniency = l }
}

// WithStrictChecksums reports only values whose check digit holds, where
// the defaults also report, at a lower score, values that fail it as
// Presidio does without its "strict_checksum": today the German VAT id
// (DE_VAT_ID), whose ISO 7064 check digit is otherwise not enforced.
func WithStrictChecksums() Option {
	return func(c *config) { c.strictChecksums = true }
}

// NewRecognizerFunc wraps a function as a [Recognizer].
func NewRecognizerFunc(name string, types []string, f func(text string, emit func(Finding))) Recognizer {
	return funcRecognizer{name: name, types: types, f: f}
}

type funcRecognizer struct {
	name  string
	types []string
	f     func(string, func(Finding))
}

func (r funcRecognizer) Name() string                              { return r.name }
func (r funcRecognizer) Types() []string                           { return r.types }
func (r funcRecognizer) Recognize(text string, emit func(Finding)) { r.f(text, emit) }

// Engine is the built-in [Detector]: one pass over the text finds anchors
// for every built-in recognizer and the keywords that gate pattern rules,
// validators and context words decide, overlaps are resolved, and allow and
// deny lists apply last. An Engine is safe for concurrent use.
type Engine struct {
	enabled   map[string]bool
	explicit  bool            // WithTypes was given
	disabled  map[string]bool // WithoutTypes
	threshold float64
	kw        kwTable
	regions   []*phoneRegion
	national  [10][]*phoneRegion // regions by the first digit of a national number (see nationalRegions)
	zone7     *phoneRegion       // RU or KZ when served: national numbers led by 8 (see trunk8)
	leniency  PhoneLeniency      // from PhoneValid on, phone numbers must be valid, and the candidates are parsed (lenientPhones)
	rules     []compiledRule
	ruleIdx   []int32     // enabled rules
	digitDFAs []*digitDFA // automata of the digit rules, run around digits
	restDFAs  []*restDFA  // automata of the other rules, run over long runs
	bareRules []int32     // rules with too many symbols for an automaton: run over the whole text
	// entryRules holds, per keyword entry, two bitsets of ruleWords words
	// each (the rules the entry is a word of, then those it is a positive
	// word of) in a sparse form: the words of either that are not zero,
	// entryWords[ruleAt[id].lo:ruleAt[id].hi] for entry id (an empty span
	// for an entry that is no rule's word). Most entries are the words of
	// one to a few rules, whose bits fill one or two of the words.
	// strongRules is the bitset of the rules that are not weak.
	entryWords  []ruleWordBits
	ruleAt      []wordSpan
	strongRules []uint64
	ruleWords   int
	recs        []Recognizer
	runs        []recRun        // recs, as detect runs them
	soft        *softRecognizer // the built-in soft recognizer when runs holds it alone
	dets        []Detector
	allow       map[string]bool  // WithAllowList, lower case
	allowRe     []*regexp.Regexp // WithAllowPatterns
	denyLit     []denyLit
	denyCase    map[string][]string // WithCaseSensitiveDenyLists: the values of each type, which a hit must spell
	pool        sync.Pool
	plainRules  bool      // tests: run every rule on the whole text, no prefilter
	checks      scanCheck // the scanner's checks that can report a type this engine reports
	denies      bool      // a deny list was given (see state.deny)
	// countryPhones: the country phone types that are on (findCountryPhones)
	countryPhones []countryPhone
	// mrz: PASSPORT or PERSON is on, which passports' machine-readable
	// zones give (mrzLines)
	mrz bool
	// ja, ko, th: the languages whose names are read from their marks
	// (japanese.go, korean.go, thai.go) are among WithLanguages'; zh:
	// Chinese, whose surnames after "姓" and sign-offs are read
	// (chinese.go); fa: Persian, whose given names are read (persian.go);
	// pl: Polish, whose bare national phones are read (polish.go)
	ja, ko, th, zh, fa, pl bool
	// vi: Vietnamese is among WithLanguages', whose texts the names
	// recognizer reads as such (vietnamese.go)
	vi bool
	// ru: Russian or Ukrainian is, whose names alone are read (russian.go)
	ru bool

	typeOn [typeSlots]typeSlot // whether it reports each of slotTypes (see state.on)
}

type denyLit struct{ typ, value string }

// typeSlot holds whether the engine reports a type.
type typeSlot struct {
	typ string
	on  bool
}

// recRun is a recognizer as detect runs it: the built-in soft recognizer
// (soft) runs with the state's own scanner, and its name, which never
// changes, is read once rather than through the interface at every call.
type recRun struct {
	r    Recognizer
	soft *softRecognizer // r, when it is the built-in soft recognizer
}

// NewDetector builds an [Engine] from options. With no options it reports
// every default entity type at [DefaultThreshold].
func NewDetector(opts ...Option) (*Engine, error) {
	c := config{threshold: DefaultThreshold}
	for _, o := range opts {
		o(&c)
	}
	if c.threshold < 0 || c.threshold > 1 {
		return nil, fmt.Errorf("redact: threshold %v outside [0, 1]", c.threshold)
	}
	if c.phoneLeniency < PhonePossible || c.phoneLeniency > PhoneExactGrouping {
		return nil, fmt.Errorf("redact: phone leniency %d outside %d to %d", c.phoneLeniency, PhonePossible, PhoneExactGrouping)
	}
	e := &Engine{threshold: c.threshold, leniency: c.phoneLeniency, dets: c.dets}

	rules := c.rules
	recs := c.recs
	builtin := 0 // the first rules are the package's own
	if !c.noDefaults {
		defaults := DefaultRules()
		if c.strictChecksums {
			defaults = slices.DeleteFunc(defaults, func(r Rule) bool { return r.lenient })
		}
		builtin = len(defaults)
		rules = append(defaults, rules...)
		recs = append(defaultRecognizers(), recs...)
	}
	e.recs = recs

	known := map[string]bool{}
	for _, t := range builtinTypes {
		known[t] = true
	}
	for _, r := range rules {
		known[r.Type] = true
	}
	for _, r := range recs {
		for _, t := range r.Types() {
			known[t] = true
		}
	}
	for t := range c.deny {
		known[t] = true
	}
	for _, t := range countryPhoneTypes {
		known[t] = true
	}
	e.enabled = map[string]bool{}
	if len(c.types) > 0 {
		for _, t := range c.types {
			if !known[t] && len(c.dets) == 0 {
				return nil, fmt.Errorf("%w: %s", ErrUnknownType, t)
			}
			e.enabled[t] = true
		}
	} else {
		for t := range known {
			if !optInTypes[t] {
				e.enabled[t] = true
			}
		}
	}
	e.explicit = len(c.types) > 0
	e.disabled = map[string]bool{}
	for _, t := range c.without {
		delete(e.enabled, t)
		e.disabled[t] = true
	}
	for t := range c.deny {
		e.enabled[t] = true
	}
	// A recognizer none of whose types would be reported does not run:
	// a detector of structured types only does not pay for names.
	e.recs = slices.DeleteFunc(slices.Clone(e.recs), func(r Recognizer) bool {
		types := r.Types()
		return len(types) > 0 && !slices.ContainsFunc(types, e.reports)
	})
	for _, r := range e.recs {
		sr, _ := r.(*softRecognizer)
		e.runs = append(e.runs, recRun{r, sr})
	}
	if len(e.runs) == 1 {
		e.soft = e.runs[0].soft
	}

	langs := c.langs
	if len(langs) == 0 {
		langs = []string{"en", "de", "fr", "es", "it", "nl", "pt", "ru", "sv", "da", "no", "fi", "pl", "tr", "et", "lv", "lt", "is", "ms", "id", "vi", "cs", "hu", "ro", "hr", "sl", "tl", "th", "uk", "el", "ar", "sw", "zh", "ja", "ko", "fa", "ur", "hi", "bn", "he", "bg", "kk", "uz", "ky", "mr", "ta", "si", "gu", "pa", "te", "kn", "ml"}
	}
	langOK := map[string]bool{"en": true} // English words also cover identifiers such as "ssn"
	for _, l := range langs {
		langOK[strings.ToLower(l)] = true
	}
	// In sorted order: the table's order decides the order of a word's
	// hits, which must not change from one process to the next.
	for _, g := range slices.Sorted(maps.Keys(contextWords)) {
		byLang := contextWords[g]
		for _, l := range slices.Sorted(maps.Keys(byLang)) {
			if !langOK[l] {
				continue
			}
			for _, w := range byLang[l] {
				e.kw.add(w, g, -1, "", 0)
			}
		}
	}
	for _, m := range slices.Sorted(maps.Keys(monthNames)) {
		e.kw.add(m, gMonth, -1, "", monthNames[m])
	}
	// Azure names its storage and bus keys so ("AccountKey=",
	// "SharedAccessKey=", "storage account key", "AZURE_STORAGE_KEY=") and
	// the signature of a SAS token pasted without its link ("sv=...&
	// sig=..."): a long random value after them is an AZURE_KEY (see
	// valueAfter), a short one or words are as after "key".
	for _, w := range []string{"accountkey", "sharedaccesskey", "account key", "storage key", "sig"} {
		e.kw.add(w, gValue, -1, "", 0)
	}
	e.kw.add("pass", gPassword|gKeyPart, -1, "", 0)
	if langOK["fr"] {
		e.kw.add("ddn", gDOB|gRightAfter, -1, "", 0)
	}
	// The Italian "d.n." (data di nascita) and the Portuguese "DN" (data
	// de nascimento), which name other things elsewhere ("DN: cn=...").
	if langOK["it"] {
		e.kw.add("d n", gDOB|gRightAfter, -1, "", 0)
	}
	if langOK["pt"] {
		e.kw.add("dn", gDOB|gRightAfter|gPastBirth, -1, "", 0)
		e.kw.add("nasc", gDOB|gRightAfter|gBirthYear, -1, "", 0) // "(nasc. 12/10/1992)"
	}
	if langOK["es"] {
		e.kw.add("nac", gDOB|gRightAfter|gBirthYear, -1, "", 0) // "(nac. 12/03/1971)"
	}
	// An age check labels the date of birth it checks, when the date is
	// long past: "For the age verification: 08/21/1961."
	for _, w := range [...]string{"age verification", "age check", "proof of age", "age verify", "age gate", "altersprüfung", "altersverifikation", "altersnachweis",
		"vérification de l'âge", "verificación de edad", "verifica dell'età", "leeftijdscontrole", "verificação de idade",
		"contrôle de l'âge", "control de edad", "controllo dell'età", "leeftijdsverificatie", "controlo de idade"} {
		e.kw.add(w, gDOB|gPastBirth, -1, "", 0)
	}
	// So does a check of one's identity, of the date right after it:
	// "Verifying the account: 1986-09-05" (not "verifying the account
	// since 12/03/2009").
	for _, w := range [...]string{"verifying the account", "verify the account", "identity verification", "verifying your identity", "verify your identity"} {
		e.kw.add(w, gDOB|gPastBirth|gRightAfter, -1, "", 0)
	}
	// The dot words start spelledEmail; they are no context words, which
	// the gazetteer would also take for field labels.
	for _, w := range dotWords {
		e.kw.add(w, gDot, -1, "", 0)
	}

	for i, r := range rules {
		cr, err := compileRule(r)
		if err != nil {
			return nil, err
		}
		cr.builtin = i < builtin
		for _, k := range cr.gate {
			if len(splitWords(k)) == 0 {
				return nil, fmt.Errorf("redact: rule %s: keyword %q has no letters", r.Name, k)
			}
			e.kw.add(k, gRule, int32(i), "", 0)
		}
		for _, k := range r.Context {
			e.kw.add(k, gRule, int32(i), "", 0)
		}
		for _, k := range r.NegativeContext {
			e.kw.add(k, gRule, int32(i), "", 0)
		}
		e.rules = append(e.rules, cr)
	}
	for i := range e.rules {
		r := &e.rules[i]
		r.on = e.enabled[r.Type]
		r.weak = r.RequireContext || r.Score < e.threshold || r.AloneScore > 0 && r.AloneScore < e.threshold
		r.needCtx = r.weak || len(r.gate) > 0
		if r.on {
			e.ruleIdx = append(e.ruleIdx, int32(i))
		}
	}
	shareRegexps(e.rules)
	e.ruleWords = (len(e.rules) + 63) / 64
	e.splitRules()
	if c.denyCase {
		e.denyCase = c.deny
	}
	for typ, vals := range c.deny {
		for _, v := range vals {
			if isPlainPhrase(v) {
				e.kw.add(v, gDeny, -1, typ, 0)
			} else if v != "" {
				e.denyLit = append(e.denyLit, denyLit{typ, v})
			}
		}
	}
	e.kw.build()
	w := e.ruleWords
	e.strongRules = make([]uint64, w)
	for ri := range e.rules {
		if !e.rules[ri].weak {
			e.strongRules[ri>>6] |= 1 << (ri & 63)
		}
	}
	e.ruleAt = make([]wordSpan, len(e.kw.entries))
	all, pos := make([]uint64, w), make([]uint64, w)
	for id := range e.kw.entries {
		en := &e.kw.entries[id]
		clear(all)
		clear(pos)
		for _, ri := range en.rules {
			all[ri>>6] |= 1 << (ri & 63)
			if ruleWord(&e.rules[ri], en) {
				pos[ri>>6] |= 1 << (ri & 63)
			}
		}
		lo := len(e.entryWords)
		for k := range all {
			// A word with no bit in all has none in pos: a positive word
			// of a rule is a word of it.
			if all[k] != 0 {
				e.entryWords = append(e.entryWords, ruleWordBits{k, all[k], pos[k]})
			}
		}
		e.ruleAt[id] = wordSpan{uint32(lo), uint32(len(e.entryWords))}
	}

	if len(c.allow) > 0 {
		e.allow = map[string]bool{}
		for _, v := range c.allow {
			e.allow[strings.ToLower(v)] = true
		}
	}
	for _, p := range c.allowPatterns {
		re, err := regexp.Compile(`^(?:` + p + `)$`)
		if err != nil {
			return nil, fmt.Errorf("redact: allow pattern %q: %w", p, err)
		}
		e.allowRe = append(e.allowRe, re)
	}
	regions := c.regions
	if len(regions) == 0 {
		regions = defaultPhoneRegions
		e.zone7 = lookupPhoneRegion("RU") // the forms trunk8 reads
	}
	for _, r := range regions {
		pr := lookupPhoneRegion(strings.ToUpper(r))
		if pr == nil {
			return nil, fmt.Errorf("redact: unknown phone region %q", r)
		}
		e.regions = append(e.regions, pr)
		if pr.code == "RU" || pr.code == "KZ" {
			e.zone7 = pr
		}
	}
	e.national = nationalRegions(e.regions)
	for _, t := range slotTypes {
		if sl := &e.typeOn[typeHash(t)]; sl.typ == "" {
			*sl = typeSlot{t, e.enabled[t]}
		}
	}
	for _, cp := range countryPhones {
		if e.enabled[cp.typ] {
			e.countryPhones = append(e.countryPhones, cp)
		}
	}
	e.mrz = e.enabled[TypePassport] || e.enabled[TypePerson]
	e.ja, e.ko, e.th, e.zh, e.fa, e.pl, e.vi = langOK["ja"], langOK["ko"], langOK["th"], langOK["zh"], langOK["fa"], langOK["pl"], langOK["vi"]
	e.ru = langOK["ru"] || langOK["uk"]
	e.checks = e.scanChecks(len(c.deny) > 0)
	e.denies = len(c.deny) > 0
	soft := slices.ContainsFunc(e.runs, func(rr recRun) bool { return rr.soft != nil })
	e.pool.New = func() any {
		s := &state{e: e}
		s.emitExternal = func(f Finding) { s.external(f, s.recName) }
		if soft {
			s.ent = newEntScanner() // the built-in recognizer's (see runSoft)
		}
		return s
	}
	return e, nil
}

// renewDFA replaces a full rule automaton d by a fresh one for the calls
// to come.
func renewDFA(p *atomic.Pointer[ruleDFA], d *ruleDFA) {
	p.CompareAndSwap(d, d.fresh())
}

// isPlainPhrase reports whether a deny value is made of letters and spaces
// only, so the keyword table can find it as whole words.
func isPlainPhrase(v string) bool {
	if strings.TrimSpace(v) == "" {
		return false
	}
	for _, r := range v {
		if r < utf8.RuneSelf && !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == ' ') {
			return false
		}
	}
	return true
}

// Types returns the entity types the engine reports, sorted.
func (e *Engine) Types() []string {
	out := make([]string, 0, len(e.enabled))
	for t := range e.enabled {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}

// acquire takes a state from the pool, set up for text.
func (e *Engine) acquire(text string) *state {
	s := e.pool.Get().(*state)
	s.reset(text)
	return s
}

// release returns s to the pool without the text it held.
func (e *Engine) release(s *state) {
	s.forget()
	// The soft recognizer's scanner forgets its text when it ends; one
	// that did not end (a panic in it) still holds it. detect leaves such
	// a state to the collector, but one released anyway forgets it too.
	if s.ent != nil && s.ent.text != "" {
		s.ent.forget()
	}
	e.pool.Put(s)
}

// Detect returns the findings in text, sorted by start and not
// overlapping, with UTF-8 byte offsets. It fails only when ctx is done or
// an external detector fails; invalid UTF-8 is scanned as is.
//
// JSON strings left escaped in the text, as log lines and pasted payloads
// hold them, are read decoded ("call me\n+1 202 555 0143" holds a line
// break, "Zo\u00eb" an "ë") when the text reads as JSON (a member's name
// and its colon, an escaped quote or a \u escape), and the offsets of
// what is found are mapped back to text, a finding covering the whole of
// every escape it takes in. In a text that does not read as JSON only the
// "\n", "\r" and "\t" that read as breaks are decoded (a Windows path's
// "\new" stays as written), and such a text is read as written too, what
// that reading finds beyond the first being added: recognizers and
// external detectors then run twice, on the two readings.
//
// HTML's character references ("&nbsp;", "&amp;", "&#64;") are read
// decoded the same way (see decodeEntities), before the escapes.
func (e *Engine) Detect(ctx context.Context, text string) ([]Finding, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if i := strings.IndexByte(text, '&'); i >= 0 {
		if view, shifts := decodeEntities(text, i); shifts != nil {
			fs, err := e.detectEscaped(ctx, view)
			unescapeFindings(fs, shifts)
			return fs, err
		}
	}
	return e.detectEscaped(ctx, text)
}

// detectEscaped is Detect for a text whose character references are
// decoded: it reads the escapes of JSON strings.
func (e *Engine) detectEscaped(ctx context.Context, text string) ([]Finding, error) {
	// Most texts hold no backslash, so no escape: their one byte search
	// is made here, without unescapeJSON's call.
	if strings.IndexByte(text, '\\') < 0 {
		return e.detect(ctx, text)
	}
	view, shifts, json := unescapeJSON(text)
	fs, err := e.detect(ctx, view)
	if err != nil || shifts == nil {
		return fs, err
	}
	unescapeFindings(fs, shifts)
	if json {
		return fs, nil
	}
	// Outside JSON a decoded break may be a backslash of a password
	// ("abc\nRoar99"): the text is read as written too, and what that
	// reading finds beyond the first is added (see addUncovered).
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	raw, err := e.detect(ctx, text)
	if err != nil {
		return nil, err
	}
	// A finding that starts on a decoded break's letter ("nsupport@...",
	// "t09117759") read the escape as part of a word: it starts after the
	// letter, and the allow list applies to it so.
	kept := raw[:0]
	for _, r := range raw {
		if breakLetterAt(shifts, r.Start) {
			if r.Start++; r.Start >= r.End || e.allows() && e.allowed(text[r.Start:r.End]) {
				continue
			}
		}
		kept = append(kept, r)
	}
	return addUncovered(fs, kept), nil
}

// allows reports whether the engine has an allow list or patterns.
func (e *Engine) allows() bool { return e.allow != nil || e.allowRe != nil }

// allowed reports whether the allow list or one of the allow patterns
// takes w, a finding's text.
func (e *Engine) allowed(w string) bool {
	if e.allow[strings.ToLower(w)] {
		return true
	}
	for _, re := range e.allowRe {
		if re.MatchString(w) {
			return true
		}
	}
	return false
}

// detect runs the recognizers and the external detectors over text.
//
// The state goes back to the pool by a plain call, not a deferred one,
// which costs more than the call in every Detect: a recognizer that
// panics leaves its state to the collector, not to the next call.
//
// acquire and release are written out here, which spares every Detect
// their two calls: release's test of the soft recognizer's scanner is
// left out, since a scanner that returned here forgot its text.
func (e *Engine) detect(ctx context.Context, text string) ([]Finding, error) {
	s := e.pool.Get().(*state)
	s.reset(text)
	// Full-width forms and other scripts' digits are read in ASCII (see
	// foldForms); a text of ASCII has none, and reset has seen that.
	if !s.asciiText && foldable(text) {
		s.forget()
		e.pool.Put(s)
		return e.detectFolded(ctx, text)
	}
	spoken := false
	if e.checks&checkScan != 0 {
		s.scan()
		spoken = s.seen&seenSpoken != 0 && s.spokenHits()
		// The names in a table's columns of names (columns.go).
		if s.on(TypePerson) && s.multiLine() {
			s.nameColumns()
		}
	}
	// Japanese glues its labels and honorifics to names, Korean its
	// endings, Thai its titles: a text of those scripts is read for them
	// (japanese.go, korean.go, thai.go), when its language is one of
	// WithLanguages', as the other scripts' names follow their words; and
	// a Chinese text for its names after "姓" and at its end, and its
	// mobiles without a word (chinese.go), a Persian text for its given
	// names (persian.go; both since session 71), a Russian or Ukrainian
	// text for its names alone (russian.go, session 71). The leads of
	// the scripts' bytes, found in one pass, spare most texts beyond ASCII
	// the searches (scriptLeads).
	var leads uint32
	if !s.asciiText {
		leads = scriptLeads(text)
	}
	if leads != 0 && s.on(TypePerson) {
		if e.ja && leads&leadKana != 0 && hasKana(text) {
			s.japaneseNames()
		}
		if e.ko && leads&leadHangul != 0 && hasHangul(text) {
			s.koreanNames()
		}
		if e.th && leads&leadThai != 0 && hasThai(text) {
			s.thaiNames()
		}
		if e.zh && leads&leadHan != 0 {
			s.chineseNames()
		}
		if e.fa && leads&leadArabic != 0 && hasPersian(text) {
			s.persianNames()
		}
		if e.ru && leads&leadCyrillic != 0 {
			s.russianNames()
		}
	}
	if leads&leadHan != 0 && s.firstDigit < len(text) && s.on(TypePhoneNumber) {
		s.chineseMobiles()
	}
	// Greek addresses, anchored at their postcodes (greek.go, session 71).
	if leads&leadGreek != 0 && s.firstDigit < len(text) && s.on(TypeStreetAddress) {
		s.greekAddresses()
	}
	// Japanese addresses after the postal mark "〒", whose lead byte is
	// kana's (jpaddr.go, session 75).
	if leads&leadKana != 0 && s.firstDigit < len(text) && s.on(TypeStreetAddress) {
		s.jpPostalAddresses()
	}
	// Korean road-name addresses in Hangul at their roads (koaddr.go,
	// session 75).
	if leads&leadHangul != 0 && s.firstDigit < len(text) && s.on(TypeStreetAddress) {
		s.koreanAddresses()
	}
	// And in romanised form, at a district's "-gu, " (koaddr.go).
	if s.firstDigit < len(text) && s.on(TypeStreetAddress) && holdsKoDistrict(text[s.firstDigit:]) {
		s.koreanRomanAddresses()
	}
	s.runRules()
	if e.leniency >= PhoneValid {
		s.lenientPhones()
	}
	if e.countryPhones != nil {
		s.findCountryPhones()
	}
	// A passport's machine-readable zone has a '<' (see mrzLines).
	if e.mrz && strings.IndexByte(text, '<') >= 0 {
		s.mrzLines()
	}
	if s.ent != nil {
		// Where the scan found the words of gHere: the names recognizer
		// reads those alone, and none when the scan found none; without
		// a scan it looks at every token.
		s.ent.hereKnown, s.ent.hereHits = e.checks&checkScan != 0, s.ent.hereHits[:0]
		s.ent.labelAddrs = s.labelAddrs // the scan's spans, read before the state's next text
		s.ent.notVi = leads&leadVi == 0 || !e.vi
		s.ent.viArea = s.seen&seenVietArea != 0
		if s.seen&seenHere != 0 {
			for _, h := range s.hits {
				if e.kw.entries[h.entry].groups&gHere != 0 {
					s.ent.hereHits = append(s.ent.hereHits, int32(h.start))
				}
			}
		}
	}
	if sr := e.soft; sr != nil {
		// The built-in recognizer alone, as a detector of the default
		// types runs it: no loop over e.runs.
		if text != "" {
			s.runSoft(sr, text)
		}
	} else {
		for _, rr := range e.runs {
			if sr := rr.soft; sr != nil {
				if text != "" {
					s.runSoft(sr, text)
				}
				continue
			}
			s.recName = rr.r.Name()
			rr.r.Recognize(text, s.emitExternal)
		}
	}
	for _, d := range e.dets {
		fs, err := d.Detect(ctx, text)
		if err != nil {
			e.release(s)
			return nil, fmt.Errorf("redact: external detector: %w", err)
		}
		for _, f := range fs {
			s.external(f, f.Recognizer)
		}
	}
	fs := s.finish()
	s.forget()
	e.pool.Put(s)
	if spoken {
		return e.detectSpoken(ctx, text, fs)
	}
	return fs, nil
}

// runSoft runs the built-in soft recognizer sr over text, which is not
// empty (it finds nothing in an empty one), with the state's own scanner
// rather than one from its pool: the pool makes it with the state of an
// engine that runs sr, which spares every call a test (and runSoft a
// call, as the compiler then inlines it).
func (s *state) runSoft(sr *softRecognizer, text string) {
	s.recName = sr.name
	sr.recognize(s.ent, text, s.emitExternal)
}

// addUncovered adds to the findings of a text read with its breaks
// decoded (fs) the parts of the findings of the text read as written
// (raw) that none of fs covers, each of its raw finding's type, and
// joins a part to a finding of the same type it touches: "Summer\t2024!"
// decoded is a password "Summer" and the rest, read as written. Both
// lists are sorted and not overlapping, and so is the result.
func addUncovered(fs, raw []Finding) []Finding {
	out := fs
	j := 0
	for _, r := range raw {
		for j < len(fs) && fs[j].End <= r.Start {
			j++
		}
		p := r.Start
		for k := j; k < len(fs) && fs[k].Start < r.End; k++ {
			if fs[k].Start > p {
				out = append(out, Finding{Type: r.Type, Start: p, End: fs[k].Start, Score: r.Score, Recognizer: r.Recognizer})
			}
			p = max(p, fs[k].End)
		}
		if p < r.End {
			out = append(out, Finding{Type: r.Type, Start: p, End: r.End, Score: r.Score, Recognizer: r.Recognizer})
		}
	}
	if len(out) == len(fs) {
		return fs
	}
	slices.SortFunc(out, func(x, y Finding) int { return x.Start - y.Start })
	joined := out[:1]
	for _, f := range out[1:] {
		if c := &joined[len(joined)-1]; c.End == f.Start && c.Type == f.Type {
			c.End, c.Score = f.End, max(c.Score, f.Score)
			continue
		}
		joined = append(joined, f)
	}
	return joined
}

// scanCheck is a set of the scanner's checks: those the engine runs (see
// Engine.scanChecks).
type scanCheck uint16

const (
	checkScan    scanCheck = 1 << iota // the single pass over the text
	checkNumeric                       // the checks of a run of digit groups (see chunk)
	checkPhone                         // phone numbers
	checkDates                         // numeric dates, month names, years and times
	checkSSN
	checkCard    // card numbers and IMEIs
	checkValue   // values after secret words (see valueAfter)
	checkSpelled // e-mail addresses spelled out in words
	checkBareMAC // MAC addresses without separators after a MAC word
	checkIPv4    // IPv4 addresses (see ipv4)
	allChecks    = 1<<iota - 1
)

// scanChecks returns the checks of the scanner that can report a finding
// of a type the engine reports; deny says a deny list was given. A
// candidate of any other type is dropped as it is found (see state.add),
// so such a check is passed over, but only where that changes nothing
// else. The checks that take in a stretch of text (e-mail addresses,
// URLs, tokens, hex addresses, IBANs) run whatever their types: the scan
// resumes after what they took in, whose words are then no keywords and
// whose digits no numbers.
//
// The single pass itself runs when a built-in type is on, or a rule (its
// keywords gate it and are its context), or a deny list (its phrases are
// keywords), or STREET_ADDRESS (it reads the addresses after their
// labels: see addressAfterLabel); without it a detector of the other
// soft types runs the names recognizer alone.
func (e *Engine) scanChecks(deny bool) scanCheck {
	on := func(types ...string) bool {
		return slices.ContainsFunc(types, func(t string) bool { return e.enabled[t] })
	}
	var c scanCheck
	if on(builtinTypes...) || on(countryPhoneTypes...) || len(e.ruleIdx) > 0 || deny || on(TypeStreetAddress) {
		c |= checkScan
	}
	if on(TypePhoneNumber) {
		c |= checkPhone
	}
	// A date of birth is a date that a birth word promotes.
	if on(TypeDateTime, TypeDateOfBirth) {
		c |= checkDates
	}
	if on(TypeUSSSN) {
		c |= checkSSN
	}
	if on(TypeCreditCard, TypeIMEI) {
		c |= checkCard
	}
	if on(TypeIPAddress) {
		c |= checkIPv4
	}
	if c&(checkIPv4|checkPhone|checkDates|checkSSN|checkCard) != 0 {
		c |= checkNumeric
	}
	if on(TypePassword, TypeAzureKey, TypeAPIKey) {
		c |= checkValue
	}
	if on(TypeEmailAddress) {
		c |= checkSpelled
	}
	if on(TypeMACAddress) {
		c |= checkBareMAC
	}
	return c
}

// reports says whether a finding of type typ from a recognizer or an
// external detector is kept (see state.external): its type is not left
// out by WithTypes nor named by WithoutTypes.
func (e *Engine) reports(typ string) bool {
	return !(e.explicit && !e.enabled[typ]) && !e.disabled[typ]
}

// compiledRule is a Rule ready to run.
type compiledRule struct {
	Rule
	// forms[0] serves any text: the pattern with its spaces widened
	// (widenSpaces); forms[1] serves a text that is all ASCII: the
	// pattern as written, which finds the same matches there, faster.
	forms    [2]ruleForm
	sub      int      // index of the "v" submatch, or 0
	gate     []string // keywords that admit the rule
	posWords []string // context words and keywords, lower case, words joined by spaces
	on       bool     // its type is enabled
	// weak: a match is reported only when one of the rule's positive
	// words is near it: the rule requires context, or scores below the
	// engine's threshold unless a context word raises it.
	weak bool
	// needCtx: the rule runs only on texts that hold one of its words:
	// it is weak, or has keywords.
	needCtx bool
	// builtin: one of DefaultRules, whose identifiers are never
	// quantities nor the ends of codes: a number followed by a unit of
	// data or time ("30000 ms", see unitAfter) or a value joined by a
	// hyphen to a word before it ("MDL-HRA0493", see codeBefore) is no
	// match of theirs. A user's rule matches what its pattern says.
	builtin bool
	// shared: another rule has the same pattern, and the same compiled
	// expressions; the state remembers their searches (see search).
	shared bool
	// label: the groups whose word right before a match names it
	// another record's number and drops it (see labels, Rule.namedByRef).
	label uint64
}

// ruleForm is a rule's pattern compiled for one kind of text.
type ruleForm struct {
	re       *regexp.Regexp
	reCtx    *regexp.Regexp // re behind one character of context (see search)
	maxLen   int            // longest match in bytes, -1: unbounded
	digitPre int            // when every match holds an ASCII digit, the most bytes before the first one, else -1 (see matchFrom)
	prog     *ruleProg      // re's program for runRule's search (see ruleProg), or nil
}

// form returns the form of r for a text that is all ASCII or not.
func (r *compiledRule) form(ascii bool) *ruleForm {
	if ascii {
		return &r.forms[1]
	}
	return &r.forms[0]
}

// measure sets f's bounds from its pattern, read as in a text that is
// all ASCII or not.
func (f *ruleForm) measure(pattern string, ascii bool) error {
	syn, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return err
	}
	simple := syn.Simplify()
	f.maxLen, f.digitPre = maxMatchLen(simple), -1
	if digitReach(simple, false) >= 0 {
		if pre := shapeOf(simple, ascii).pre; pre < shapeInf {
			f.digitPre = pre
		}
	}
	return nil
}

// shareRegexps gives rules with the same pattern the same compiled
// expressions and marks them shared: a search of one then serves the
// others (several national rules have the same shape of number).
func shareRegexps(rules []compiledRule) {
	first := map[[2]string]int{}
	for i := range rules {
		r := &rules[i]
		key := [2]string{r.Pattern, r.forms[1].re.String()}
		k, ok := first[key]
		if !ok {
			first[key] = i
			continue
		}
		r.forms = rules[k].forms
		r.shared, rules[k].shared = true, true
	}
}

// compile sets f's regular expressions from pattern.
func (f *ruleForm) compile(pattern string) (err error) {
	if f.re, err = regexp.Compile(pattern); err != nil {
		return err
	}
	f.reCtx, err = compileCtx(pattern)
	return err
}

func compileRule(r Rule) (compiledRule, error) {
	if r.Name == "" || r.Type == "" {
		return compiledRule{}, errors.New("redact: rule needs a Name and a Type")
	}
	written := r.Pattern
	pattern, err := widenSpaces(r.Pattern)
	if err != nil {
		return compiledRule{}, fmt.Errorf("redact: rule %s: %w", r.Name, err)
	}
	r.Pattern = pattern
	cr := compiledRule{Rule: r}
	if r.namedByRef {
		cr.label = gNeg
	}
	wide, ascii := &cr.forms[0], &cr.forms[1]
	if err := wide.compile(pattern); err != nil {
		return compiledRule{}, fmt.Errorf("redact: rule %s: %w", r.Name, err)
	}
	*ascii = *wide
	if pattern != written {
		// The printed rewrite loses the literal prefixes and folded
		// literals the regexp package searches fastest, and a wide space
		// is three bytes: in ASCII text, where none can match, the
		// pattern as written finds the same matches in narrower regions.
		if err := ascii.compile(written); err != nil {
			return compiledRule{}, fmt.Errorf("redact: rule %s: %w", r.Name, err)
		}
	}
	wide.prog, ascii.prog = newRuleProg(pattern), newRuleProg(written)
	if err := wide.measure(pattern, false); err != nil {
		return compiledRule{}, fmt.Errorf("redact: rule %s: %w", r.Name, err)
	}
	if err := ascii.measure(written, true); err != nil {
		return compiledRule{}, fmt.Errorf("redact: rule %s: %w", r.Name, err)
	}
	if i := wide.re.SubexpIndex("v"); i > 0 {
		cr.sub = i
	}
	cr.gate = r.Keywords
	if len(cr.gate) == 0 && r.RequireContext {
		cr.gate = r.Context
	}
	for _, l := range [][]string{r.Context, cr.gate} {
		for _, w := range l {
			cr.posWords = append(cr.posWords, strings.Join(splitWords(strings.ToLower(w)), " "))
		}
	}
	if cr.Score == 0 {
		cr.Score = 0.5
	}
	return cr, nil
}
