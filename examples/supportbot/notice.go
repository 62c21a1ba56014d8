package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"time"

	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/policy"
)

// view is what the page shows of the policy running now: the consent
// banner's notice and purposes, the privacy notice, the retention period
// an export states. A reload replaces it whole.
type view struct {
	policy *policy.Policy
	// notice is the banner's notice: the one of the first purpose every
	// conversation requires. Every choice on the banner names it, so
	// write it to cover every purpose the banner asks for.
	notice consent.Notice
	// purposes are the purposes the banner asks for, the required ones
	// first.
	purposes []purposeView
	// noticeBody is the privacy notice generated from the policy, by
	// the generator of confide policy explain.
	noticeBody template.HTML
	// retention says how long transcripts are kept.
	retention string
}

// view returns what the page shows of the policy running now.
func (a *app) view() *view { return a.current.Load() }

// refresh rebuilds the view from the policy the stack runs now,
// publishing its notices for this tenant.
func (a *app) refresh(ctx context.Context) error {
	p := a.stack.Policy()
	notices, err := a.stack.Notices(ctx, a.cfg.Tenant)
	if err != nil {
		return err
	}
	v := &view{policy: p, notice: notices[consent.Purpose(p.Conversation.Required[0])], retention: "transcripts are kept until you erase them"}
	for _, r := range p.Retention {
		if r.Kind == "transcript" && r.Keep > 0 {
			v.retention = fmt.Sprintf("transcripts are deleted %d days after they are written", time.Duration(r.Keep)/(24*time.Hour))
		}
	}
	tax := a.ledger.Taxonomy()
	for i, keys := range [][]string{p.Conversation.Required, p.Conversation.Optional} {
		for _, k := range keys {
			info, _ := tax.Lookup(consent.Purpose(k))
			v.purposes = append(v.purposes, purposeView{Key: info.Key, Name: info.Name, Description: info.Description,
				Basis: info.Basis, Required: i == 0})
		}
	}
	if v.noticeBody, err = noticeBody(p); err != nil {
		return err
	}
	a.current.Store(v)
	return nil
}

// reload reads the policy file again and applies it from the next turn
// (see policy.Stack.Apply). A file that is invalid, that the server
// cannot run, or that changes what needs a restart is refused, and the
// running policy stays. It returns what the change means for customers.
func (a *app) reload(ctx context.Context) ([]string, error) {
	a.reloadMu.Lock()
	defer a.reloadMu.Unlock()
	old := a.stack.Policy()
	p, err := loadPolicy(a.cfg.Policy)
	if err == nil {
		err = a.stack.Apply(ctx, p)
	}
	if err == nil {
		err = a.refresh(ctx)
	}
	if err != nil {
		a.log.Warn("policy reload refused: the running policy stays", "err", err)
		return nil, err
	}
	changes := policy.Diff(old, p)
	a.log.Info("policy reloaded", "changes", len(changes))
	return changes, nil
}

// noticeBody renders the policy's privacy notice and returns the body of
// the page, to serve inside the site's own layout (the generated page's
// inline style would break the Content Security Policy). transparency
// escapes every value.
func noticeBody(p *policy.Policy) (template.HTML, error) {
	page, err := p.Pipeline().NoticeHTML()
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
