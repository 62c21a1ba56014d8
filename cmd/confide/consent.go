package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/confide-dev/confide/consent"
)

func init() {
	commands["consent"] = command{summary: "verify consent receipts", run: runConsent}
}

func runConsent(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "verify" {
		return errUsage{"consent needs a subcommand: verify"}
	}
	fs := newFlagSet("consent verify", stderr)
	pub := fs.String("public-key", "", "")
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage{err.Error()}
	}
	if *pub == "" || fs.NArg() != 1 {
		return errUsage{"usage: confide consent verify --public-key FILE RECEIPT"}
	}
	r, err := consent.VerifyReceiptFile(*pub, fs.Arg(0))
	if err != nil {
		return err
	}
	out, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, "receipt verified: the signature is valid and the receipt is unaltered")
	_, err = fmt.Fprintln(stdout, string(out))
	return err
}
