package transparency

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/confide-dev/confide/consent"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// example is the pipeline of the quickstart and the support bot.
func example(t *testing.T) Pipeline {
	t.Helper()
	purposes, err := Purposes(consent.DefaultTaxonomy(), map[consent.Purpose]string{consent.PurposeStoreTranscript: "2"},
		consent.PurposeSupport, consent.PurposeStoreTranscript)
	require.NoError(t, err)
	return Pipeline{
		Controller: Controller{Name: "Acme Ltd", Contact: "privacy@acme.example", DPO: "dpo@acme.example"},
		Service:    "Acme support chat",
		Provider:   Provider{Name: "OpenAI", Model: "gpt-4o-mini", Location: "the United States"},
		Redaction: []Redaction{
			{Type: "EMAIL_ADDRESS", Operator: "placeholder"}, {Type: "CREDIT_CARD", Operator: "mask"},
			{Type: "PERSON", Operator: "surrogate"}, {Type: "US_SSN", Operator: "remove"},
			{Type: "AWS_ACCESS_KEY", Operator: "placeholder"},
		},
		Purposes: purposes,
		Retention: []Retention{
			{Kind: "transcript", Purpose: string(consent.PurposeStoreTranscript), Keep: 90 * 24 * time.Hour},
			{Kind: "audit", Keep: 2 * 365 * 24 * time.Hour},
			{Kind: "vault"},
		},
		Security:  Security{AtRest: "AES-256-GCM (Tink)", Keys: "a key-encryption key in AWS KMS", Erasure: true},
		Transfers: []string{"United States (EU-US Data Privacy Framework)"},
		Updated:   time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC),
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./transparency -update to create the golden files")
	assert.Equal(t, string(want), string(got), "%s changed; if on purpose, run go test ./transparency -update and review the diff", name)
}

func TestGoldenNotice(t *testing.T) {
	p := example(t)
	require.NoError(t, p.Validate())
	golden(t, "notice.md", []byte(p.NoticeMarkdown()))
	page, err := p.NoticeHTML()
	require.NoError(t, err)
	golden(t, "notice.html", page)
	rec, err := p.Record().JSON()
	require.NoError(t, err)
	golden(t, "record.json", rec)
}

func TestNoticeSaysWhatHappens(t *testing.T) {
	md := example(t).NoticeMarkdown()
	assert.Contains(t, md, "**Email addresses and AWS access keys**: replaced by placeholders such as <EMAIL_ADDRESS_1>")
	assert.Contains(t, md, "The AI provider never sees them.")
	assert.Contains(t, md, "replaced by placeholders such as <EMAIL_ADDRESS_1>")
	assert.Contains(t, md, "**Payment card numbers**: masked")
	assert.Contains(t, md, "We do this only with your consent")
	assert.Contains(t, md, "**Conversation transcripts**: 90 days, then deleted.")
	assert.Contains(t, md, "**Audit records (which hold no message content)**: 2 years, then deleted.")
	assert.Contains(t, md, "kept until you ask us to erase it")
	assert.Contains(t, md, "backups included")
}

func TestRecord(t *testing.T) {
	rec := example(t).Record()
	assert.Equal(t, "Acme support chat", rec.Activity)
	assert.Contains(t, rec.Recipients, "AI model provider: OpenAI")
	assert.Contains(t, rec.PersonalData, "email addresses")
	assert.Contains(t, rec.DataSentToProvider, "payment card numbers: masked except the last characters")
	js, err := rec.JSON()
	require.NoError(t, err)
	var back map[string]any
	require.NoError(t, json.Unmarshal(js, &back))
	for _, key := range []string{"controller", "purposes", "categories_of_data_subjects", "categories_of_personal_data",
		"categories_of_recipients", "third_country_transfers", "retention", "security_measures"} {
		assert.Contains(t, back, key, "Art. 30(1) asks for %s", key)
	}
}

func TestKeepIsSaidPlainly(t *testing.T) {
	p := example(t)
	p.Redaction = []Redaction{{Type: "US_SSN", Operator: "keep"}}
	assert.Contains(t, p.NoticeMarkdown(), "sent to the AI provider as you wrote it")
	assert.Contains(t, p.Record().DataSentToProvider, "US social security numbers: SENT AS IS")
}

func TestHTMLEscapes(t *testing.T) {
	p := example(t)
	p.Controller.Name = `<script>alert("x")</script>`
	page, err := p.NoticeHTML()
	require.NoError(t, err)
	assert.NotContains(t, string(page), "<script>")
	assert.Contains(t, string(page), "&lt;script&gt;")
}

func TestValidate(t *testing.T) {
	for name, mutate := range map[string]func(*Pipeline){
		"no controller": func(p *Pipeline) { p.Controller = Controller{} },
		"no service":    func(p *Pipeline) { p.Service = "" },
		"no purposes":   func(p *Pipeline) { p.Purposes = nil },
		"bad basis":     func(p *Pipeline) { p.Purposes[0].Basis = "because" },
		"bad operator":  func(p *Pipeline) { p.Redaction[0].Operator = "shred" },
	} {
		t.Run(name, func(t *testing.T) {
			p := example(t)
			mutate(&p)
			assert.ErrorIs(t, p.Validate(), ErrIncomplete)
		})
	}
	_, err := Purposes(consent.DefaultTaxonomy(), nil, "no.such.purpose")
	assert.ErrorIs(t, err, consent.ErrUnknownPurpose)
}

func TestTypeNames(t *testing.T) {
	assert.Equal(t, "email addresses", typeName("EMAIL_ADDRESS"))
	assert.Equal(t, "AWS access keys", typeName("AWS_ACCESS_KEY"))
	assert.Equal(t, "azure keys", typeName("AZURE_KEY"))
	assert.Equal(t, "de tax id values", typeName("DE_TAX_ID"))
	assert.True(t, strings.HasPrefix(keepText(36*time.Hour), "36h0m0s"))
}

func TestNoticeGroupsManyTypes(t *testing.T) {
	p := example(t)
	p.Redaction = nil
	for _, typ := range []string{"UK_NINO", "EMAIL_ADDRESS", "DE_TAX_ID", "ES_NIF", "FR_NIR", "IT_FISCAL_CODE", "PL_PESEL",
		"PHONE_NUMBER", "SE_PERSONNUMMER", "FI_PERSONAL_IDENTITY_CODE", "KR_RRN", "SG_NRIC_FIN"} {
		p.Redaction = append(p.Redaction, Redaction{Type: typ, Operator: "placeholder"})
	}
	md := p.NoticeMarkdown()
	assert.Contains(t, md, "- **Email addresses, phone numbers, ", "the common kinds come first")
	assert.Contains(t, md, "and 4 other kinds of identifiers and secrets (all listed in our record of processing)**")
	assert.Len(t, p.Record().PersonalData, 13, "the record names every kind")
}
