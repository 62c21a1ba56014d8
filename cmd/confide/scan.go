package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/confide-dev/confide/redact"
)

func init() {
	commands["scan"] = command{summary: "find personal data and secrets in messages", run: runScan}
}

type scanFinding struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Type  string  `json:"type"`
	Score float64 `json:"score"`
}

func runScan(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("scan", stderr)
	offsets := fs.String("offsets", "bytes", "")
	types := fs.String("types", "", "")
	threshold := fs.Float64("threshold", redact.DefaultThreshold, "")
	regions := fs.String("regions", "", "")
	leniency := fs.String("phone-leniency", "possible", "")
	if err := fs.Parse(args); err != nil {
		return errUsage{err.Error()}
	}
	if *offsets != "bytes" && *offsets != "runes" {
		return errUsage{fmt.Sprintf("--offsets must be bytes or runes, not %q", *offsets)}
	}
	level, ok := phoneLeniencies[*leniency]
	if !ok {
		return errUsage{fmt.Sprintf("--phone-leniency must be possible, valid, strict-grouping or exact-grouping, not %q", *leniency)}
	}
	if fs.NArg() > 1 {
		return errUsage{"at most one FILE"}
	}
	in := stdin
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	opts := []redact.Option{redact.WithThreshold(*threshold)}
	if *types != "" {
		opts = append(opts, redact.WithTypes(strings.Split(*types, ",")...))
	}
	if *regions != "" {
		opts = append(opts, redact.WithRegions(strings.Split(*regions, ",")...))
	}
	opts = append(opts, redact.WithPhoneLeniency(level))
	det, err := redact.NewDetector(opts...)
	if err != nil {
		return err
	}
	return scanStream(context.Background(), det, in, stdout, *offsets == "runes")
}

// phoneLeniencies are --phone-leniency's values: libphonenumber's levels.
var phoneLeniencies = map[string]redact.PhoneLeniency{
	"possible":        redact.PhonePossible,
	"valid":           redact.PhoneValid,
	"strict-grouping": redact.PhoneStrictGrouping,
	"exact-grouping":  redact.PhoneExactGrouping,
}

// scanStream writes one JSON array per input line.
func scanStream(ctx context.Context, det redact.Detector, in io.Reader, out io.Writer, runes bool) error {
	br := bufio.NewReaderSize(in, 1<<16)
	w := bufio.NewWriterSize(out, 1<<16)
	defer w.Flush()
	jsonMode := false
	first := true
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if err != nil && err != io.EOF {
			return fmt.Errorf("read: %w", err)
		}
		if line == "" && err == io.EOF {
			break
		}
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		text := line
		if first {
			first = false
			jsonMode = isTextObject(line)
		}
		if jsonMode {
			var m struct {
				Text *string `json:"text"`
			}
			if strings.TrimSpace(line) == "" {
				text = ""
			} else if jerr := json.Unmarshal([]byte(line), &m); jerr != nil || m.Text == nil {
				return fmt.Errorf("line %d: not a JSON object with a \"text\" string", n)
			} else {
				text = *m.Text
			}
		}
		found, derr := det.Detect(ctx, text)
		if derr != nil {
			return fmt.Errorf("line %d: %w", n, derr)
		}
		res := make([]scanFinding, len(found))
		for i, f := range found {
			s, e := f.Start, f.End
			if runes {
				s, e = utf8.RuneCountInString(text[:s]), utf8.RuneCountInString(text[:e])
			}
			res[i] = scanFinding{s, e, f.Type, f.Score}
		}
		b, _ := json.Marshal(res)
		w.Write(b)
		w.WriteByte('\n')
		if err == io.EOF {
			break
		}
	}
	return nil
}

// isTextObject reports whether a line is a JSON object with a "text"
// string field.
func isTextObject(line string) bool {
	l := bytes.TrimSpace([]byte(line))
	if len(l) == 0 || l[0] != '{' {
		return false
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(l, &m) != nil {
		return false
	}
	t, ok := m["text"]
	return ok && len(t) > 0 && t[0] == '"'
}
