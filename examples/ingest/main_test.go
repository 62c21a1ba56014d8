package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// samplePII is every customer value planted in testdata/docs, by label, so
// that a failure names the kind of value and never prints it.
var samplePII = map[string]string{
	"email in Markdown":     "maria.gonzalez@example.com",
	"name in Markdown":      "Maria Gonzalez",
	"card":                  "4111 1111 1111 1111",
	"card digits":           "4111111111111111",
	"IBAN":                  "GB82 WEST 1234 5698 7654 32",
	"IBAN compact":          "GB82WEST12345698765432",
	"phone in text":         "415 555 0132",
	"phone in text (local)": "555-0187",
	"email in text":         "carrier-desk@example.net",
	"email in JSON":         "sam.taylor@example.org",
	"name in JSON":          "Sam Taylor",
	"phone in JSON":         "7946 0958",
	"IP address in JSON":    "203.0.113.77",
	"second email in JSON":  "li.wei@example.com",
	"SSN in JSON":           "536-22-1234",
}

func ingestSample(t *testing.T) (*Pipeline, *MemoryStore, []FileReport) {
	t.Helper()
	r, err := NewRedactor()
	require.NoError(t, err)
	kb := &MemoryStore{Embedder: HashEmbedder{}}
	p := &Pipeline{Redactor: r, Store: kb, ChunkSize: 400, ChunkOverlap: 40}
	reports, err := p.IngestDir(context.Background(), "testdata/docs")
	require.NoError(t, err)
	return p, kb, reports
}

func TestSampleHoldsPII(t *testing.T) {
	// The check below means something only if the values are really there.
	var all strings.Builder
	files, err := filepath.Glob("testdata/docs/*")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		all.Write(b)
	}
	for label, v := range samplePII {
		if !strings.Contains(label, "compact") && !strings.Contains(label, "digits") {
			assert.Contains(t, all.String(), v, label)
		}
	}
}

func TestNoPIIInKnowledgeBase(t *testing.T) {
	_, kb, reports := ingestSample(t)
	require.Len(t, reports, 4)
	docs := kb.Documents()
	require.NotEmpty(t, docs)
	for i, d := range docs {
		text := d.PageContent + " " + fmt.Sprint(d.Metadata)
		for label, v := range samplePII {
			if strings.Contains(text, v) || strings.Contains(strings.ReplaceAll(text, " ", ""), strings.ReplaceAll(v, " ", "")) {
				t.Errorf("chunk %d (%v) holds the %s", i, d.Metadata["source"], label)
			}
		}
	}
	// What was removed is still visible as a type label.
	var joined strings.Builder
	for _, d := range docs {
		joined.WriteString(d.PageContent)
	}
	for _, label := range []string{"[EMAIL_ADDRESS]", "[CREDIT_CARD]", "[IBAN_CODE]", "[PHONE_NUMBER]", "[US_SSN]", "[IP_ADDRESS]", "[PERSON]"} {
		assert.Contains(t, joined.String(), label)
	}
	assert.NotContains(t, joined.String(), "<EMAIL_ADDRESS_", "no conversation placeholders in the knowledge base")
	for _, r := range reports {
		if r.Path == "warranty.md" {
			assert.Empty(t, r.Findings)
		}
	}
}

func TestRetrievalOnRedactedText(t *testing.T) {
	p, _, _ := ingestSample(t)
	tests := []struct {
		query, source, mentions string
	}{
		{"How long does a refund take?", "refunds.md", "5 business days"},
		{"refund by bank transfer when the card expired", "refunds.md", "bank transfer"},
		{"customer charged twice, duplicate charge", "refunds.md", "duplicate charge"},
		{"express shipping next business day", "shipping.txt", "Express"},
		{"customer locked out after failed logins", "tickets.json", "locked out"},
		{"how do I reset my password", "tickets.json", "Reset password"},
		{"battery warranty claim", "warranty.md", "warranty"},
		// A query carrying a customer's own data is redacted too, and still
		// finds the right article.
		{"maria.gonzalez@example.com says card 4111 1111 1111 1111 was charged twice", "refunds.md", "duplicate charge"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			docs, err := p.Search(context.Background(), tt.query, 1)
			require.NoError(t, err)
			require.Len(t, docs, 1)
			assert.Equal(t, tt.source, docs[0].Metadata["source"])
			assert.Contains(t, docs[0].PageContent, tt.mentions)
			assert.Greater(t, docs[0].Score, float32(0.1))
		})
	}
}

func TestEmbedderDeterministic(t *testing.T) {
	e := HashEmbedder{}
	a, _ := e.EmbedQuery(context.Background(), "Refunds take five days")
	b, _ := e.EmbedQuery(context.Background(), "Refunds take five days")
	assert.Equal(t, a, b)
	assert.InDelta(t, 1, cosine(a, b), 1e-6)
	c, _ := e.EmbedQuery(context.Background(), "")
	assert.Equal(t, float32(0), cosine(a, c))
}

func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"-dir", "testdata/docs", "-q", "refund to a bank account"}, &out))
	s := out.String()
	assert.Contains(t, s, "Ingested 4 files")
	assert.Contains(t, s, "EMAIL_ADDRESS x1")
	assert.Contains(t, s, "Query: refund to a bank account")
	for label, v := range samplePII {
		assert.NotContains(t, s, v, label)
	}
}

func TestBadJSON(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "broken.json"), []byte(`{"email": "x@example.org"`), 0o600))
	r, err := NewRedactor()
	require.NoError(t, err)
	p := &Pipeline{Redactor: r, Store: &MemoryStore{Embedder: HashEmbedder{}}}
	_, err = p.IngestDir(context.Background(), dir)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "x@example.org")
}
