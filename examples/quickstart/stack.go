package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/examples/internal/provider"
	"github.com/confide-dev/confide/policy"
)

// stack is the pipeline the policy file describes, built around one
// conversation.
type stack struct {
	*policy.Stack
	conv *chat.Conversation
	// notice is the notice the customer accepts: the one of the first
	// purpose every conversation requires.
	notice consent.Notice
	// allow is what the customer allows: every purpose the policy's
	// conversations require or can do without.
	allow  []consent.Purpose
	scope  chat.Scope
	dbPath string
	saw    *modelView
}

// newStack builds the stack p describes with everything it keeps in dir:
// the database the policy names through an environment variable, and the
// keyring and audit signing key, created in development mode under a
// fresh master key. A real program reads those variables from its
// environment; the quickstart sets them so that each run starts clean.
func newStack(ctx context.Context, p *policy.Policy, dir string, choice provider.Choice, scope chat.Scope, getenv func(string) string) (*stack, []string, error) {
	if p.Database == nil {
		return nil, nil, errors.New("the quickstart shows what reaches the disk: the policy needs a database section")
	}
	if !slices.Contains(p.Audit.Sinks, "sql") {
		return nil, nil, errors.New("the quickstart reads the audit trail from the database: the policy's audit.sinks needs sql")
	}
	if len(p.Conversation.Required) == 0 {
		return nil, nil, errors.New("the quickstart asks consent first: the policy's conversation.required needs a purpose")
	}
	dbPath := filepath.Join(dir, "confide.db")
	env := map[string]string{p.Database.DSNEnv: dbPath}
	if k := p.Keyring; k != nil && k.MasterKeyEnv != "" {
		env[k.MasterKeyEnv] = encrypt.NewMasterKey()
	}
	st, err := p.Build(ctx, policy.BuildOptions{
		Getenv: func(k string) string {
			if v, ok := env[k]; ok {
				return v
			}
			return getenv(k)
		},
		KeyDir: dir,
		// The quickstart prints the audit trail at the end instead.
		Logger: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		return nil, nil, err
	}
	s := &stack{Stack: st, scope: scope, dbPath: dbPath, saw: &modelView{}}
	notices, err := st.Notices(ctx, scope.Tenant)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	first := consent.Purpose(p.Conversation.Required[0])
	s.notice = notices[first]
	for _, k := range slices.Concat(p.Conversation.Required, p.Conversation.Optional) {
		s.allow = append(s.allow, consent.Purpose(k))
	}

	opts := []chat.Option{
		chat.WithSystemPrompt("You are " + p.Controller.Name + "'s support agent. Be brief. Use the order_status tool for order questions. " +
			"Placeholders such as <EMAIL_ADDRESS_1> stand for the customer's data: repeat them exactly."),
		chat.WithTools(orderStatus),
	}
	warnings := providerWarnings(p, choice)
	if len(warnings) > 0 && !choice.Offline {
		// Another provider than the policy names: let its client choose
		// its own model rather than send it the policy's.
		opts = append(opts, chat.WithOptions(chat.Options{}))
	}
	// The recorder wraps the model itself, inside the policy's chain, so
	// it sees what crosses to the model: the redacted request, and the
	// reply before restoration.
	s.conv, err = st.NewConversation(ctx, s.saw.record(choice.Model), scope, nil, opts...)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return s, warnings, nil
}

// providerWarnings says when the model that answers is not the provider
// the policy names, which the privacy notice tells customers about.
func providerWarnings(p *policy.Policy, choice provider.Choice) []string {
	name := p.Provider.Name
	if choice.Offline {
		return []string{fmt.Sprintf("the policy names %s as the provider; the offline model answers instead, and nothing leaves this machine", name)}
	}
	if !strings.HasPrefix(strings.ToLower(choice.Name), strings.ToLower(name)) {
		return []string{fmt.Sprintf("the policy names %s as the provider, but %s answers: edit provider in your copy of the policy, since the privacy notice names it", name, choice.Name)}
	}
	return nil
}

// accept records the customer's consent, as a consent banner would.
func (s *stack) accept(ctx context.Context) error {
	_, err := s.Ledger().Grant(ctx, consent.Choice{
		Tenant: s.scope.Tenant, Subject: s.scope.Subject, Purposes: s.allow,
		Notice: s.notice.Ref(), Source: consent.SourceUI, Jurisdiction: "EU",
	})
	return err
}

// modelView records what crosses the boundary to the model: it wraps the
// model, inside the redact middleware, so it sees the redacted request and
// the reply before restoration.
type modelView struct{ input, output string }

func (v *modelView) record(next chat.Model) chat.Model {
	return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
		for _, m := range req.Messages {
			if m.Role == chat.RoleUser {
				v.input = m.Text()
			}
		}
		resp, err := next.Generate(ctx, req, stream)
		if err == nil {
			v.output = resp.Message.Text()
			for _, c := range resp.Message.ToolCalls() {
				v.output += fmt.Sprintf(" [calls %s %s]", c.Name, c.Arguments)
			}
		}
		return resp, err
	}}
}
