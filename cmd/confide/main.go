// Command confide is the operator's command line for Confide: it finds
// personal data and secrets in text and measures how well it does, manages
// the keyring, forgets a subject, applies retention policies, and verifies
// consent receipts.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

const usage = `Usage:
    confide scan [--offsets=bytes|runes] [--types LIST] [--threshold X] [--regions LIST] [--phone-leniency L] [FILE]
    confide eval [--corpus DIR] [--only chat|synth|vectors] [--swap N [--fresh]] [--lower] [--upper] [--title]
    confide keys master-key [-o FILE]
    confide keys init   [--keyring FILE] [--master-key-file FILE]
    confide keys rotate [--keyring FILE] [--master-key-file FILE]
    confide keys rewrap [--keyring FILE] [--master-key-file FILE] --db DB [--batch N] [--after TENANT/SUBJECT]
    confide keys status [--keyring FILE] [--master-key-file FILE] [--db DB]
    confide forget --tenant T --subject S --yes [--keyring FILE] [--master-key-file FILE] --db DB
    confide purge --policy FILE [--dry-run] [--now TIME] --db DB
    confide consent verify --public-key FILE RECEIPT
    confide export --tenant T --subject S [-o FILE] [KEY FLAGS] --db DB
    confide erase  --tenant T --subject S --yes [--keep-consent] [--requested TIME] [KEY FLAGS] --db DB
    confide breach (--kek ID | --from TIME --to TIME) [--json] [KEY FLAGS] --db DB
    confide export-training --tenant T -o FILE [--system TEXT] [KEY FLAGS] --db DB
    confide audit verify [--tenant T] [--public-key FILE] --db DB
    confide report --tenant T [--from TIME] [--to TIME] --db DB
    confide policy check FILE
    confide policy explain FILE [--format md|html|json]
    confide policy diff OLD NEW
    confide policy types
    confide help

confide scan reads messages from FILE, or standard input when FILE is absent
or "-", and writes to standard output exactly one line per input line: a JSON
array of that message's findings, each {"start":…,"end":…,"type":…,"score":…},
sorted by start and never overlapping. Offsets are UTF-8 byte offsets with the
end exclusive, or Unicode code points with --offsets=runes. Findings never
contain the matched text.

    Input is JSON lines when its first line is a JSON object with a "text"
    field ({"text": "..."}); a message may then contain newlines. Otherwise
    every line is one plain-text message. A line that is not valid JSON in
    JSON-lines input is an error that names the line number.

    --types LIST       comma-separated entity types to report (default: all
                       default types; DATE_TIME, TR_PHONE_NUMBER,
                       PH_MOBILE_NUMBER and DATE_OF_DEATH are reported
                       only when named)
    --threshold X      minimum score in [0, 1] (default 0.4)
    --offsets=runes    report code-point offsets instead of byte offsets
    --regions LIST     comma-separated regions whose national phone formats
                       are read (ISO 3166 codes; default: US, CA, GB, DE,
                       FR, ES, IT, NL, BE, CH, AT, PT, IE, AU, IN, BR, JP, IL)
    --phone-leniency L how closely a phone number must follow its country's
                       plan: possible (default), valid, strict-grouping or
                       exact-grouping (libphonenumber's levels)

confide eval scores the detector on the labelled data in DIR (default: the
first of ../shared/corpus, shared/corpus and ../../shared/corpus that exists)
and prints tables to standard output:

    chat/        the support-chat corpus: precision, recall and F2 per entity
                 type, decoys (labelled look-alikes) touched by a finding, and
                 throughput in MB/s of one goroutine;
    presidio/synth_dataset_v2.json
                 Presidio's synthetic dataset: the PII-level figure (types
                 ignored, neighbouring spans merged, as Presidio reports it)
                 and the one-to-one typed figure, with DATE_TIME turned on;
    presidio/presidio_recognizer_vectors.jsonl
                 Presidio's recognizer tests: per entity type, whether it is
                 supported and the pass rate of positive and negative cases,
                 run at threshold 0.01 with the case's phone regions. Cases
                 that need an NER model are skipped and counted.

    --swap N     after the chat tables, score N value-swapped copies of the
                 chat corpus (seeds 1 to N) and print the same tables summed
                 over them: every labelled name, address, number, date, key
                 and identifier is replaced by an invented value of the same
                 shape, so the figures show how detection does on values the
                 corpus does not hold. IBAN and URL values stay. Untimed;
                 not with --only synth or vectors.

    --fresh      with --swap N, draw names, streets and towns from a second
                 set of pools that no change to the detector was tuned on
                 (the first set's failures were fixed as they were found):
                 a held-out figure, as long as nobody tunes on it.

    --lower      after the chat tables, score the chat corpus as a hurried
                 writer types it: all in lower case except pasted values
                 (keys, tokens, IBANs, URLs, IPv6 addresses, order, ticket,
                 parcel and product codes). With --swap N, the swapped
                 copies are scored in lower case too. Untimed; not with
                 --only synth or vectors.

    --upper      the same with caps lock on: all in upper case except the
                 pasted values. Also scores the synthetic dataset in upper
                 case (every letter; it has no pasted values).

    --title      the same with every word capitalised ("My Order Arrived
                 Damaged"), except the pasted values; the synthetic dataset
                 too.

    Spans match when, after trimming white space, quotes, brackets and
    trailing punctuation, their intersection over union in bytes is at least
    0.9, one to one, best first, and (except for the PII-level figure) their
    types agree. See internal/evaluate/README.md.

Keys. Every customer (subject) has its own data keys, stored only wrapped
by a key-encryption key (KEK) from the keyring. The keyring is a Tink keyset
file (default confide-keyring.json, or $CONFIDE_KEYRING) encrypted under a
master key taken from --master-key-file, $CONFIDE_MASTER_KEY (base64 of 32
bytes) or the file named by $CONFIDE_MASTER_KEY_FILE. Keep the master key
apart from the keyring and from the database. DB is a SQLite file path or a
postgres:// URL (default $CONFIDE_DB).

    keys master-key    prints a new random master key, or writes it to FILE
                       with -o (mode 0600; an existing FILE is never
                       overwritten).
    keys init          creates a new keyring FILE with one KEK. An existing
                       keyring is never overwritten.
    keys rotate        adds a new KEK to the keyring and makes it the primary;
                       old KEKs stay so that existing keys still open. Data is
                       never re-encrypted. Run keys rewrap next.
    keys rewrap        re-wraps every subject's keys in DB under the primary
                       KEK, N subjects at a time (default 100), printing
                       progress. An interrupted run prints where to resume
                       with --after.
    keys status        lists the keyring's KEKs and, with --db, how many
                       subjects' keys each KEK wraps and how many subjects
                       were forgotten.

confide forget destroys the keys of one subject of one tenant, so that every
record sealed for them, in DB and in any backup of it, can no longer be
decrypted, then deletes their rows from DB. It cannot be undone, and asks for
--yes. Subject IDs are the application's own IDs, never an email address.

confide purge applies retention: it deletes from DB, in every tenant, the
transcript messages and vault entries stored longer ago than their policies
allow, and prints a table of what went, kind by kind, and a summary line.
FILE is a JSON array of policies, for instance

    [{"kind": "transcript", "purpose": "collect.store_transcript", "keep": "30d"},
     {"kind": "vault", "purpose": "collect.store_transcript", "keep": "720h"}]

where kind is "transcript" or "vault" and keep is whole days ("30d") or a
Go duration ("720h"). A kind named by several policies is kept for the
longest of them. Within a conversation the oldest records go first, so what
remains is never a transcript with a hole. Every policy is checked before
anything is deleted. Consent records are not purged by age: they are the
proof of consent, and go only when their subject is forgotten.

    --dry-run          count what would be deleted, and delete nothing
    --now TIME         purge as of TIME, an RFC 3339 time such as
                       2026-03-04T05:06:07Z (default: the current time)

confide consent verify checks a consent receipt (the JSON written by the
consent package) against the controller's public keyset FILE, offline, and
prints the verified receipt.

Subject rights. KEY FLAGS are --keyring FILE and --master-key-file FILE, as
for keys; TIME is RFC 3339 (2026-11-29T10:00:00Z).

    export             writes everything held about one subject as one JSON
                       document (GDPR Art. 15 and 20): their transcripts,
                       decrypted; their consent events; the audit events
                       about them. To standard output, or to a new FILE
                       (mode 0600, never overwritten). Recorded in the audit
                       log.
    erase              forgets one subject (GDPR Art. 17): destroys their
                       keys, deletes their records and consent events (with
                       --keep-consent, the consent events stay as proof),
                       checks that nothing of theirs can be read, and records
                       an erase event with when it was requested (--requested,
                       default now) and completed. Asks for --yes.
    breach             lists the subjects and kinds of record exposed by a
                       key-encryption key (--kek, as keys status prints it)
                       or written in a time window: the input to a
                       notification within 72 hours (GDPR Art. 33).
    export-training    writes, one JSON line per conversation in the chat
                       format fine-tuning services accept, the transcripts of
                       the tenant's subjects who granted train_ai_system,
                       every detected value replaced by a realistic
                       surrogate. Subjects without that consent are skipped.

confide audit verify checks the audit log of one tenant, or of every tenant:
each event's hash and chain link, and with --public-key each signed
checkpoint. It names the first edited, deleted, inserted or reordered event.
Exit status 1 when a chain fails.

confide report prints the privacy KPIs of a tenant for a period (default:
the last month) from the audit log: turns, share of turns with personal
data, values found per type, consent refusals, erasure requests and how
long they took.

Privacy policy files. FILE is a YAML policy (see examples/policy.yaml and
the JSON Schema policy/schema.json): what is detected and how it is
replaced, purposes with their lawful basis and notice, what conversations
need, profile field policies, retention, keyring, database and audit sinks.
Secrets are never in it: it names the environment variables and files that
hold them. An invalid file prints one line per problem, as FILE:LINE:
FIELD: what is wrong, and exits with status 2.

    policy check       validates FILE and lists its risky choices, one per
                       line as FILE:LINE: [ID] FIELD: why, where ID names
                       the check (policy types lists them). Exit status 0
                       when there are none, 1 when there are.
    policy explain     writes the privacy notice customers read (md, the
                       default, or html) or the GDPR Art. 30 record of
                       processing (json), generated from FILE.
    policy diff        says in sentences what replacing OLD by NEW changes
                       for customers.
    policy types       lists the entity types, operators, validators,
                       government identifier types and checks a policy
                       may use.

Errors never print message contents, keys or database passwords.

Exit status is 0 on success, 1 on an error, 2 on a usage error.
`

// command is one subcommand; each lives in its own file and registers
// itself in commands from an init function.
type command struct {
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

var commands = map[string]command{}

// errUsage marks errors caused by bad arguments.
type errUsage struct{ msg string }

func (e errUsage) Error() string { return e.msg }

// errExit ends a command with its own exit status, after the command
// printed what it had to say; msg, when not empty, goes to stderr.
type errExit struct {
	code int
	msg  string
}

func (e errExit) Error() string { return e.msg }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		names := make([]string, 0, len(commands))
		for n := range commands {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(stderr, "confide: unknown command %q (known: %s)\n", args[0], strings.Join(names, ", "))
		return 2
	}
	if err := c.run(args[1:], stdin, stdout, stderr); err != nil {
		var ee errExit
		if errors.As(err, &ee) {
			if ee.msg != "" {
				fmt.Fprintf(stderr, "confide %s: %s\n", args[0], ee.msg)
			}
			return ee.code
		}
		if _, ok := err.(errUsage); ok || err == flag.ErrHelp {
			if err != flag.ErrHelp {
				fmt.Fprintf(stderr, "confide %s: %v\n", args[0], err)
			}
			fmt.Fprint(stderr, usage)
			return 2
		}
		fmt.Fprintf(stderr, "confide %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}
