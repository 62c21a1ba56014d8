package evaluate

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/confide-dev/confide/redact"
)

// SynthTypes maps the synthetic dataset's labels to the detector's types
// for the one-to-one typed figure.
var SynthTypes = map[string][]string{
	"PERSON":            {"PERSON"},
	"STREET_ADDRESS":    {"ADDRESS", "STREET_ADDRESS", "LOCATION"},
	"GPE":               {"LOCATION", "GPE", "ADDRESS"},
	"ORGANIZATION":      {"ORGANIZATION", "ORG"},
	"CREDIT_CARD":       {redact.TypeCreditCard},
	"DATE_TIME":         {redact.TypeDateTime, redact.TypeDateOfBirth},
	"PHONE_NUMBER":      {redact.TypePhoneNumber},
	"TITLE":             {"TITLE"},
	"AGE":               {"AGE"},
	"NRP":               {"NRP"},
	"ZIP_CODE":          {"ZIP_CODE", "LOCATION", "ADDRESS"},
	"EMAIL_ADDRESS":     {redact.TypeEmailAddress},
	"DOMAIN_NAME":       {redact.TypeURL},
	"US_SSN":            {redact.TypeUSSSN},
	"IP_ADDRESS":        {redact.TypeIPAddress},
	"IBAN_CODE":         {redact.TypeIBAN},
	"US_DRIVER_LICENSE": {"US_DRIVER_LICENSE", redact.TypeDriverLicense}, // a driving licence of no country's own rule
}

// SynthResult is the score on Presidio's synthetic dataset.
type SynthResult struct {
	PII      Counts             // type ignored, adjacent spans merged (Presidio's PII-level figure)
	Typed    Counts             // one to one, types must agree
	PerType  map[string]*Counts // typed, by the dataset's label; FP by predicted type under "pred:TYPE"
	Samples  int
	Bytes    int
	Elapsed  time.Duration
	Unmapped int
}

type synthSample struct {
	FullText string `json:"full_text"`
	Spans    []struct {
		Type  string `json:"entity_type"`
		Start int    `json:"start_position"`
		End   int    `json:"end_position"`
	} `json:"spans"`
}

// mergeSpans joins spans separated only by white space or punctuation, the
// way Presidio's evaluator merges "New York , NY" into one PII span.
func mergeSpans(text string, spans []Span) []Span {
	if len(spans) == 0 {
		return nil
	}
	s := append([]Span(nil), spans...)
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Start < s[j-1].Start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	out := []Span{s[0]}
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x.Start <= last.End || strings.Trim(text[last.End:x.Start], " \t\r\n,.;:-/()") == "" {
			last.End = max(last.End, x.End)
			continue
		}
		out = append(out, x)
	}
	return out
}

// Synth scores d on Presidio's synth_dataset_v2.json.
func Synth(ctx context.Context, d redact.Detector, path string) (*SynthResult, error) {
	return SynthRecased(ctx, d, path, nil)
}

// SynthRecased scores d on Presidio's synth_dataset_v2.json with every
// letter of each sample mapped by to (LowerRune, UpperRune, TitleRune),
// or as written when to is nil. A letter whose new case is another
// number of bytes stays, so the spans keep their places; the dataset
// has no pasted values to spare.
func SynthRecased(ctx context.Context, d redact.Detector, path string, to func(prev, r rune) rune) (*SynthResult, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: synthetic dataset: %w", err)
	}
	var samples []synthSample
	if err := json.Unmarshal(raw, &samples); err != nil {
		return nil, fmt.Errorf("evaluate: synthetic dataset: %w", err)
	}
	if to != nil {
		for i := range samples {
			samples[i].FullText = recaseText(samples[i].FullText, to, nil)
		}
	}
	res := &SynthResult{PerType: map[string]*Counts{}, Samples: len(samples)}
	preds := make([][]redact.Finding, len(samples))
	start := time.Now()
	for i, s := range samples {
		fs, err := d.Detect(ctx, s.FullText)
		if err != nil {
			return nil, fmt.Errorf("evaluate: sample %d: %w", i, err)
		}
		preds[i] = fs
		res.Bytes += len(s.FullText)
	}
	res.Elapsed = time.Since(start)
	get := func(t string) *Counts {
		c := res.PerType[t]
		if c == nil {
			c = &Counts{}
			res.PerType[t] = c
		}
		return c
	}
	for i, s := range samples {
		b := RuneToByte(s.FullText)
		var gold []Span
		for _, sp := range s.Spans {
			if sp.Start < 0 || sp.End >= len(b) || sp.Start > sp.End {
				continue
			}
			gold = append(gold, Span{b[sp.Start], b[sp.End], sp.Type})
		}
		var pred []Span
		for _, f := range preds[i] {
			pred = append(pred, Span{f.Start, f.End, f.Type})
		}
		// PII level: types ignored, neighbours merged.
		mg, mp := mergeSpans(s.FullText, gold), mergeSpans(s.FullText, pred)
		g2p, p2g := Match(s.FullText, mg, mp, nil)
		for _, p := range g2p {
			if p >= 0 {
				res.PII.TP++
			} else {
				res.PII.FN++
			}
		}
		for _, g := range p2g {
			if g < 0 {
				res.PII.FP++
			}
		}
		// Typed, one to one.
		same := func(g, p string) bool {
			for _, t := range SynthTypes[g] {
				if canonical(t) == canonical(p) {
					return true
				}
			}
			return false
		}
		g2p, p2g = Match(s.FullText, gold, pred, same)
		for gi, p := range g2p {
			if p >= 0 {
				get(gold[gi].Type).TP++
				res.Typed.TP++
			} else {
				get(gold[gi].Type).FN++
				res.Typed.FN++
			}
		}
		for pi, g := range p2g {
			if g < 0 {
				get("pred:"+pred[pi].Type).FP++
				res.Typed.FP++
			}
		}
	}
	return res, nil
}

// Vector is one case of Presidio's recognizer test vectors.
type Vector struct {
	Entity        string         `json:"entity"`
	Text          string         `json:"text"`
	ByteSpans     [][2]int       `json:"byte_spans"`
	ExpectedCount int            `json:"expected_count"`
	SpansComplete bool           `json:"spans_complete"`
	Config        map[string]any `json:"config"`
	Requires      string         `json:"requires"`
	LowScore      bool           `json:"low_score"`
}

// VectorCounts is the pass count of one entity type.
type VectorCounts struct {
	Pos, PosPass, Neg, NegPass int
	Skipped                    int // need an NER model
	Failed                     []int
}

// VectorResult is the score on the recognizer vectors.
type VectorResult struct {
	PerType   map[string]*VectorCounts
	Supported map[string]bool
}

// VectorConfig is the setting a case asks for in its "config" (see
// ../shared/corpus/README.md): the zero value is the default detector.
type VectorConfig struct {
	// Regions are the phone regions of "supported_regions" ("UK" read as
	// "GB").
	Regions []string
	// Leniency is libphonenumber's "leniency" (0 possible, 1 valid, 2
	// strict grouping, 3 exact grouping), or -1 when the case names none.
	Leniency int
	// DenyList holds the values of "deny_list", to be reported as the
	// case's entity type.
	DenyList []string
	// DenyCase holds when "analyze_regex_flags" leave out IGNORECASE:
	// the deny list matches in its values' case only.
	DenyCase bool
	// StrictChecksum is "strict_checksum": values that fail their check
	// digit are not reported.
	StrictChecksum bool
}

// key identifies a configuration and the case's type, which the
// detector may depend on (a deny list reports it), for the cache of
// detectors.
func (c VectorConfig) key(entity string) string {
	return fmt.Sprintf("%s|%s|%d|%s|%t|%t", entity, strings.Join(c.Regions, ","), c.Leniency, strings.Join(c.DenyList, "\x00"), c.DenyCase, c.StrictChecksum)
}

// vectorConfig reads a case's config. A key it does not know is an
// error: a setting the evaluation ignored would make its figure wrong.
func vectorConfig(v Vector) (VectorConfig, error) {
	c := VectorConfig{Leniency: -1}
	for k, val := range v.Config {
		switch k {
		case "supported_regions":
			rs, err := stringList(k, val)
			if err != nil {
				return c, err
			}
			for _, r := range rs {
				if r == "UK" {
					r = "GB"
				}
				c.Regions = append(c.Regions, r)
			}
		case "leniency":
			f, ok := val.(float64)
			if !ok || f != float64(int(f)) || f < 0 || f > 3 {
				return c, fmt.Errorf("leniency %v is not 0 to 3", val)
			}
			c.Leniency = int(f)
		case "deny_list":
			vs, err := stringList(k, val)
			if err != nil {
				return c, err
			}
			c.DenyList = vs
		case "analyze_regex_flags":
			// Flags given in place of Presidio's default (which holds
			// IGNORECASE) match its deny lists in their case unless
			// they hold IGNORECASE too; the others (DOTALL, MULTILINE)
			// change nothing for a list of literal values.
			f, ok := val.(string)
			if !ok {
				return c, fmt.Errorf("analyze_regex_flags is not a string")
			}
			c.DenyCase = !strings.Contains(f, "IGNORECASE")
		case "strict_checksum":
			b, ok := val.(bool)
			if !ok {
				return c, fmt.Errorf("strict_checksum is not a boolean")
			}
			c.StrictChecksum = b
		default:
			return c, fmt.Errorf("unknown config key %q", k)
		}
	}
	return c, nil
}

// stringList reads the config value val of key as a list of strings.
func stringList(key string, val any) ([]string, error) {
	vs, ok := val.([]any)
	if !ok {
		return nil, fmt.Errorf("%s is not a list", key)
	}
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("%s holds a %T", key, v)
		}
		out = append(out, s)
	}
	return out, nil
}

// NewVectorDetector builds the detector for a configuration, and
// returns the types it supports. entity is the case's type, which a deny
// list reports.
type NewVectorDetector func(entity string, c VectorConfig) (redact.Detector, []string, error)

// LoadVectors reads a JSON-lines vector file.
func LoadVectors(path string) ([]Vector, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: vectors: %w", err)
	}
	defer f.Close()
	var out []Vector
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var v Vector
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("evaluate: vectors line %d: %w", n, err)
		}
		out = append(out, v)
	}
	return out, sc.Err()
}

// Vectors runs every case. A positive case passes when the detector
// reports exactly expected_count findings of the case's type and, when
// the spans are complete, each expected span is matched one to one at
// IoU >= MinIoU; a negative case passes when no finding has the type.
// Cases that need an NER model are counted as skipped, not run.
func Vectors(ctx context.Context, vs []Vector, newDet NewVectorDetector) (*VectorResult, error) {
	res := &VectorResult{PerType: map[string]*VectorCounts{}, Supported: map[string]bool{}}
	cache := map[string]redact.Detector{}
	for i, v := range vs {
		c := res.PerType[v.Entity]
		if c == nil {
			c = &VectorCounts{}
			res.PerType[v.Entity] = c
		}
		if v.Requires != "" {
			c.Skipped++
			continue
		}
		cfg, err := vectorConfig(v)
		if err != nil {
			return nil, fmt.Errorf("evaluate: vector %d: %w", i, err)
		}
		key := cfg.key(v.Entity)
		d, ok := cache[key]
		if !ok {
			var types []string
			d, types, err = newDet(v.Entity, cfg)
			if err != nil {
				return nil, err
			}
			cache[key] = d
			// A type is supported when the default detector reports
			// it: a deny list makes any type reportable.
			if len(cfg.DenyList) == 0 {
				for _, t := range types {
					res.Supported[t] = true
				}
			}
		}
		fs, err := d.Detect(ctx, v.Text)
		if err != nil {
			return nil, fmt.Errorf("evaluate: vector %d: %w", i, err)
		}
		var pred []Span
		for _, f := range fs {
			if f.Type == v.Entity {
				pred = append(pred, Span{f.Start, f.End, f.Type})
			}
		}
		if v.ExpectedCount == 0 {
			c.Neg++
			if len(pred) == 0 {
				c.NegPass++
			} else {
				c.Failed = append(c.Failed, i)
			}
			continue
		}
		c.Pos++
		pass := len(pred) == v.ExpectedCount
		if pass && v.SpansComplete {
			var gold []Span
			for _, b := range v.ByteSpans {
				gold = append(gold, Span{b[0], b[1], v.Entity})
			}
			g2p, _ := Match(v.Text, gold, pred, nil)
			for _, p := range g2p {
				if p < 0 {
					pass = false
				}
			}
		}
		if pass {
			c.PosPass++
		} else {
			c.Failed = append(c.Failed, i)
		}
	}
	return res, nil
}
