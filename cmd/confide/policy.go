package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/confide-dev/confide/policy"
	"github.com/confide-dev/confide/redact"
)

func init() {
	commands["policy"] = command{summary: "check, explain and compare privacy policy files", run: runPolicy}
}

// runPolicy dispatches the policy subcommands.
func runPolicy(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errUsage{"policy needs a subcommand: check, explain, diff or types"}
	}
	switch args[0] {
	case "check":
		return runPolicyCheck(args[1:], stdout, stderr)
	case "explain":
		return runPolicyExplain(args[1:], stdout, stderr)
	case "diff":
		return runPolicyDiff(args[1:], stdout, stderr)
	case "types":
		return runPolicyTypes(args[1:], stdout)
	}
	return errUsage{fmt.Sprintf("unknown policy subcommand %q (want check, explain, diff or types)", args[0])}
}

// loadPolicy loads a policy file; an invalid one prints its problems, one
// per line, and ends the command with status 2.
func loadPolicy(path string, stderr io.Writer) (*policy.Policy, error) {
	p, err := policy.Load(path)
	if err == nil {
		return p, nil
	}
	if !errors.Is(err, policy.ErrInvalid) {
		return nil, errExit{code: 2, msg: err.Error()}
	}
	fmt.Fprintln(stderr, err)
	return nil, errExit{code: 2, msg: "invalid policy file"}
}

// parseArgs parses flags placed before or after the operands.
func parseArgs(fs interface {
	Parse([]string) error
	Args() []string
}, args []string) ([]string, error) {
	var operands []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, errUsage{err.Error()}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return operands, nil
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}

func runPolicyCheck(args []string, stdout, stderr io.Writer) error {
	operands, err := parseArgs(newFlagSet("policy check", stderr), args)
	if err != nil {
		return err
	}
	if len(operands) != 1 {
		return errUsage{"policy check takes one FILE"}
	}
	p, err := loadPolicy(operands[0], stderr)
	if err != nil {
		return err
	}
	findings := p.Check()
	if len(findings) == 0 {
		fmt.Fprintf(stdout, "%s: valid, no risky choices found\n", operands[0])
		return nil
	}
	for _, f := range findings {
		fmt.Fprintf(stdout, "%s:%s\n", operands[0], f)
	}
	return errExit{code: 1, msg: fmt.Sprintf("%d risky choices in %s", len(findings), operands[0])}
}

func runPolicyExplain(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("policy explain", stderr)
	format := fs.String("format", "md", "")
	operands, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(operands) != 1 {
		return errUsage{"policy explain takes one FILE"}
	}
	if !slices.Contains([]string{"md", "html", "json"}, *format) {
		return errUsage{fmt.Sprintf("--format %q: want md, html or json", *format)}
	}
	p, err := loadPolicy(operands[0], stderr)
	if err != nil {
		return err
	}
	pl := p.Pipeline()
	if err := pl.Validate(); err != nil {
		return err
	}
	switch *format {
	case "md":
		_, err = io.WriteString(stdout, pl.NoticeMarkdown())
	case "html":
		var page []byte
		if page, err = pl.NoticeHTML(); err == nil {
			_, err = stdout.Write(page)
		}
	case "json":
		var js []byte
		if js, err = pl.Record().JSON(); err == nil {
			_, err = fmt.Fprintf(stdout, "%s\n", js)
		}
	}
	return err
}

func runPolicyDiff(args []string, stdout, stderr io.Writer) error {
	operands, err := parseArgs(newFlagSet("policy diff", stderr), args)
	if err != nil {
		return err
	}
	if len(operands) != 2 {
		return errUsage{"policy diff takes OLD and NEW"}
	}
	old, err := loadPolicy(operands[0], stderr)
	if err != nil {
		return err
	}
	cur, err := loadPolicy(operands[1], stderr)
	if err != nil {
		return err
	}
	changes := policy.Diff(old, cur)
	if len(changes) == 0 {
		fmt.Fprintln(stdout, "nothing changes for customers")
		return nil
	}
	for _, c := range changes {
		fmt.Fprintf(stdout, "- %s\n", c)
	}
	return nil
}

func runPolicyTypes(args []string, stdout io.Writer) error {
	if len(args) != 0 {
		return errUsage{"policy types takes no arguments"}
	}
	fmt.Fprintf(stdout, "entity types:\n  %s\n", strings.Join(policy.EntityTypes(), "\n  "))
	fmt.Fprintf(stdout, "operators:\n  %s\n", strings.Join(policy.Operators, "\n  "))
	fmt.Fprintf(stdout, "validators:\n  %s\n", strings.Join(redact.ValidatorNames(), "\n  "))
	fmt.Fprintf(stdout, "government identifiers:\n  %s\n", strings.Join(policy.GovernmentIDTypes(), "\n  "))
	ids := make([]string, 0, len(policy.Checks))
	for id := range policy.Checks {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	fmt.Fprintln(stdout, "checks:")
	for _, id := range ids {
		fmt.Fprintf(stdout, "  %-30s %s\n", id, policy.Checks[id])
	}
	return nil
}
