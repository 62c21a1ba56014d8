package minimize_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/minimize"
)

var scope = chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}

func loadCustomer(ctx context.Context, s chat.Scope) (any, error) {
	if s.Subject != "cust-1" {
		return nil, nil
	}
	c := testCustomer()
	return &c, nil
}

// seenText joins everything the model saw.
func seenText(m *scripted.Model) string { return strings.Join(m.Seen(), "\n") }

func TestProfileKeepsDroppedFieldsFromModel(t *testing.T) {
	m := testMinimizer(t)
	for _, lines := range []bool{false, true} {
		model := scripted.New(scripted.Rule{Reply: "Happy to help."})
		var opts []minimize.ProfileOption
		if lines {
			opts = append(opts, minimize.AsLines())
		}
		conv, err := chat.NewConversation(model, scope,
			chat.WithSystemPrompt("You are a support agent."),
			chat.WithMiddleware(m.Profile(loadCustomer, "support", opts...)))
		require.NoError(t, err)
		_, err = conv.Send(context.Background(), "What plan am I on?")
		require.NoError(t, err)
		_, err = conv.Send(context.Background(), "And my orders?")
		require.NoError(t, err)

		seen := seenText(model)
		// What the support policy allows reaches the model...
		for _, want := range []string{"Ana", "pro", "Boston", "021", "A-1"} {
			assert.Contains(t, seen, want)
		}
		// ...and nothing it drops, generalizes or redacts does.
		for _, never := range []string{"221B", "Baker", "1961", "07-04", "Lovelace", "ana@", "02139", "4307", "4111", "divorce", "flagged", "Cambridge", "old-crm"} {
			assert.NotContains(t, seen, never)
		}

		// The system prompt stays first, the profile comes next, once per
		// call, and it never enters the transcript.
		reqs := model.Requests()
		require.Len(t, reqs, 2)
		for _, r := range reqs {
			assert.Equal(t, "You are a support agent.", r.Messages[0].Text())
			assert.Equal(t, chat.RoleSystem, r.Messages[1].Role)
			assert.True(t, strings.HasPrefix(r.Messages[1].Text(), minimize.DefaultProfileHeading))
			n := 0
			for _, msg := range r.Messages {
				if strings.Contains(msg.Text(), minimize.DefaultProfileHeading) {
					n++
				}
			}
			assert.Equal(t, 1, n)
		}
		hist, err := conv.History(context.Background())
		require.NoError(t, err)
		for _, msg := range hist {
			assert.NotEqual(t, chat.RoleSystem, msg.Role)
		}
		if lines {
			assert.Contains(t, reqs[0].Messages[1].Text(), "\nfirst_name: Ana\n")
		} else {
			assert.Contains(t, reqs[0].Messages[1].Text(), `"first_name":"Ana"`)
		}
	}
}

func TestProfileFailsClosed(t *testing.T) {
	ctx := context.Background()
	loadErr := errors.New("crm unavailable")
	type Bad struct {
		A string `minimize:"support=generalize(nope)"`
	}
	type BadZIP struct {
		ZIP string `minimize:"support=generalize(zip3)"`
	}
	tests := []struct {
		name    string
		load    minimize.Loader
		purpose string
		is      error
	}{
		{"loader error", func(context.Context, chat.Scope) (any, error) { return nil, loadErr }, "support", loadErr},
		{"invalid policy", func(context.Context, chat.Scope) (any, error) { return Bad{}, nil }, "support", minimize.ErrPolicy},
		{"generalizer error", func(context.Context, chat.Scope) (any, error) { return BadZIP{ZIP: "H0H 0H0"}, nil }, "support", minimize.ErrNotZIP},
		{"invalid purpose", loadCustomer, "Support!", minimize.ErrPurpose},
		{"nil loader", nil, "support", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			model := scripted.New(scripted.Rule{Reply: "ok"})
			conv, err := chat.NewConversation(model, scope, chat.WithMiddleware(minimize.Profile(tt.load, tt.purpose)))
			require.NoError(t, err)
			_, err = conv.Send(ctx, "hello")
			require.Error(t, err)
			if tt.is != nil {
				require.ErrorIs(t, err, tt.is)
			}
			assert.Empty(t, model.Requests(), "the model must not be called")
			assert.NotContains(t, err.Error(), "H0H")
			hist, err := conv.History(ctx)
			require.NoError(t, err)
			assert.Empty(t, hist, "a failed turn stores nothing")
		})
	}
}

func TestProfileNilRecordAddsNothing(t *testing.T) {
	model := scripted.New(scripted.Rule{Reply: "ok"})
	other := chat.Scope{Tenant: "acme", Subject: "stranger", Conversation: "c-9"}
	conv, err := chat.NewConversation(model, other, chat.WithMiddleware(minimize.Profile(loadCustomer, "support")))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "hello")
	require.NoError(t, err)
	reqs := model.Requests()
	require.Len(t, reqs, 1)
	require.Len(t, reqs[0].Messages, 1)
	assert.Equal(t, chat.RoleUser, reqs[0].Messages[0].Role)
}

func TestProfileShiftsDatesPerSubject(t *testing.T) {
	m := testMinimizer(t)
	model := scripted.New(scripted.Rule{Reply: "ok"})
	conv, err := chat.NewConversation(model, scope, chat.WithMiddleware(
		m.Profile(loadCustomer, "essential.service", minimize.WithHeading("Profile:"))))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "hello")
	require.NoError(t, err)
	want, err := minimize.ApplyWith(m, testCustomer(), "essential", minimize.ForSubject(scope.Subject))
	require.NoError(t, err)
	seen := seenText(model)
	assert.Contains(t, seen, "Profile:\n")
	assert.Contains(t, seen, want.Birthday.Format(time.RFC3339))
	assert.NotContains(t, seen, "1961-07-04")
}
