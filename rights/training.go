package rights

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/redact"
)

// TrainingOptions configure [Service.TrainingExport].
type TrainingOptions struct {
	// Redactor de-identifies the text. Build it with a surrogate default
	// operator, as [NewTrainingRedactor] does: fine-tuning works best on
	// natural text.
	Redactor *redact.Redactor
	// System, if set, starts every example with this system message.
	System string
	// Purpose is the consent purpose a subject must have granted; the
	// default is consent.PurposeTrainAI.
	Purpose consent.Purpose
}

// NewTrainingRedactor returns a redactor that replaces every value d finds
// with a realistic surrogate.
func NewTrainingRedactor(d redact.Detector) *redact.Redactor {
	return redact.NewRedactor(d, redact.WithDefaultOperator(redact.Surrogate()))
}

// TrainingSummary counts what [Service.TrainingExport] wrote.
type TrainingSummary struct {
	// Subjects is how many subjects had agreed, Skipped how many had not
	// (or were forgotten).
	Subjects, Skipped int
	// Examples is the number of lines written, one per conversation.
	Examples int
	// Replaced counts the values replaced, per entity type.
	Replaced map[string]int
}

// trainingLine is one fine-tuning example in the chat JSON-lines format
// that fine-tuning services accept: {"messages": [{"role", "content"}]}.
type trainingLine struct {
	Messages []trainingMessage `json:"messages"`
}

type trainingMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// TrainingExport writes to w, one JSON line per conversation, the
// de-identified transcripts of the tenant's subjects who granted the
// training purpose: every value the redactor finds is replaced (by a
// surrogate with [NewTrainingRedactor]), each conversation with a fresh
// vault that is never stored, so nothing maps back. Only the customer's
// and the assistant's text is kept; tool calls and results are left out.
// A subject who did not agree, or was forgotten, is skipped.
func (s *Service) TrainingExport(ctx context.Context, tenant string, w io.Writer, opts TrainingOptions) (*TrainingSummary, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	if s.Ledger == nil || opts.Redactor == nil {
		return nil, fmt.Errorf("%w: a training export needs the consent ledger and a redactor", ErrConfig)
	}
	if err := chat.ValidateID("tenant", tenant); err != nil {
		return nil, err
	}
	purpose := opts.Purpose
	if purpose == "" {
		purpose = consent.PurposeTrainAI
	}
	sum := &TrainingSummary{Replaced: map[string]int{}}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	transcripts := s.DB.Transcripts(s.Sealer)
	var after encrypt.SubjectRef
	for {
		page, err := s.DB.Keys().List(ctx, after, 200)
		if err != nil {
			return nil, fmt.Errorf("rights: training export: %w", err)
		}
		for _, ks := range page {
			if ks.Tenant != tenant {
				continue
			}
			if ks.IsTombstone() {
				sum.Skipped++
				continue
			}
			ok, err := s.Ledger.Allowed(ctx, chat.Scope{Tenant: tenant, Subject: ks.Subject, Conversation: "training"}, purpose)
			if err != nil {
				return nil, fmt.Errorf("rights: training export: consent: %w", err)
			}
			if !ok {
				sum.Skipped++
				continue
			}
			sum.Subjects++
			convs, err := s.DB.Conversations(ctx, tenant, ks.Subject)
			if err != nil {
				return nil, fmt.Errorf("rights: training export: %w", err)
			}
			for _, id := range convs {
				scope := chat.Scope{Tenant: tenant, Subject: ks.Subject, Conversation: id}
				msgs, err := transcripts.Load(ctx, scope)
				if errors.Is(err, encrypt.ErrForgotten) {
					continue
				}
				if err != nil {
					return nil, fmt.Errorf("rights: training export: %w", err)
				}
				line, err := s.trainingLine(ctx, scope, msgs, opts, sum)
				if err != nil {
					return nil, err
				}
				if len(line.Messages) == 0 {
					continue
				}
				if err := enc.Encode(line); err != nil {
					return nil, fmt.Errorf("rights: training export: write: %w", err)
				}
				sum.Examples++
			}
		}
		if len(page) < 200 {
			return sum, nil
		}
		after = page[len(page)-1].Ref()
	}
}

func (s *Service) trainingLine(ctx context.Context, scope chat.Scope, msgs []chat.Message, opts TrainingOptions, sum *TrainingSummary) (trainingLine, error) {
	v := redact.NewVault(scope) // fresh, never stored: surrogates map back to nothing
	var line trainingLine
	for _, m := range msgs {
		if m.Role != chat.RoleUser && m.Role != chat.RoleAssistant {
			continue
		}
		text := m.Text()
		if text == "" {
			continue
		}
		red, findings, err := opts.Redactor.Redact(ctx, v, text)
		if err != nil {
			return trainingLine{}, fmt.Errorf("rights: training export: %w", err)
		}
		for _, f := range findings {
			sum.Replaced[f.Type]++
		}
		line.Messages = append(line.Messages, trainingMessage{Role: string(m.Role), Content: red})
	}
	if len(line.Messages) > 0 && opts.System != "" {
		line.Messages = append([]trainingMessage{{Role: "system", Content: opts.System}}, line.Messages...)
	}
	return line, nil
}
