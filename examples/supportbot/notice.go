package main

import (
	"bytes"
	"errors"
	"html/template"
	"time"

	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/transparency"
)

// The banner's and the notice's words for keeping the transcript, which
// say more than the taxonomy's generic description.
const (
	transcriptPurposeName = "Keep my transcript"
	transcriptPurposeDesc = "Keeping your conversation, encrypted, so it is still here when you come back and you can download it. " +
		"Without it the assistant still answers, and nothing you write is stored."
)

// redactOperator names the operator the redactor applies to every type
// (redact.WithDefaultOperator(redact.Placeholder()) in newApp), as the
// notice describes it. Change both together.
const redactOperator = "placeholder"

// describe returns what the privacy notice says, read from the running
// configuration: the consent taxonomy's purposes with the notice version
// shown for them, the entity types the detector finds and the operator
// applied to them, the provider, the retention period, and where the keys
// live.
func (a *app) describe(types []string, keyKind string) (transparency.Pipeline, error) {
	notices := map[consent.Purpose]string{
		purposeAssistant:               a.notice.Version,
		consent.PurposeStoreTranscript: a.notice.Version,
	}
	purposes, err := transparency.Purposes(a.ledger.Taxonomy(), notices, purposeAssistant, consent.PurposeStoreTranscript)
	if err != nil {
		return transparency.Pipeline{}, err
	}
	for i := range purposes {
		if purposes[i].Key == string(consent.PurposeStoreTranscript) {
			purposes[i].Name, purposes[i].Description = transcriptPurposeName, transcriptPurposeDesc
		}
	}
	p := transparency.Pipeline{
		Controller: transparency.Controller{Name: a.cfg.Brand, Contact: a.cfg.Contact},
		Service:    a.cfg.Brand + " support chat",
		Provider:   a.cfg.Provider,
		Purposes:   purposes,
		// The retention loop purges transcripts and vaults after
		// cfg.Retention; consent events stay until erasure.
		Retention: []transparency.Retention{
			{Kind: "transcript", Purpose: string(consent.PurposeStoreTranscript), Keep: a.cfg.Retention},
			{Kind: "vault", Purpose: string(purposeAssistant), Keep: a.cfg.Retention},
			{Kind: "consent", Keep: 0},
		},
		Security: transparency.Security{AtRest: "AES-256-GCM (Tink)", Keys: keyKind, Erasure: true},
		Updated:  a.notice.Published,
	}
	if p.Provider.Name == "" {
		p.Provider.Name = a.cfg.Brand + "'s own server (an offline model: nothing leaves it)"
	}
	for _, t := range types {
		p.Redaction = append(p.Redaction, transparency.Redaction{Type: t, Operator: redactOperator})
	}
	if err := p.Validate(); err != nil {
		return transparency.Pipeline{}, err
	}
	return p, nil
}

// noticeBody renders the pipeline's privacy notice and returns the body of
// the page, to serve inside the site's own layout (the generated page's
// inline style would break the Content Security Policy). transparency
// escapes every value.
func noticeBody(p transparency.Pipeline) (template.HTML, error) {
	page, err := p.NoticeHTML()
	if err != nil {
		return "", err
	}
	_, rest, ok := bytes.Cut(page, []byte("<body>"))
	body, _, ok2 := bytes.Cut(rest, []byte("</body>"))
	if !ok || !ok2 {
		return "", errors.New("privacy notice: the generated page has no body")
	}
	return template.HTML(body), nil
}

// noticeDate formats the day a notice was published.
func noticeDate(t time.Time) string { return t.UTC().Format("2 January 2006") }
