package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/redact"
	"github.com/tmc/langchaingo/embeddings"
	"github.com/tmc/langchaingo/schema"
	"github.com/tmc/langchaingo/textsplitter"
	"github.com/tmc/langchaingo/vectorstores"
)

// maxFileSize bounds the documents read; bigger ones are skipped.
const maxFileSize = 4 << 20

// typeLabel replaces each finding with its type in square brackets, such
// as [EMAIL_ADDRESS]. The knowledge base needs to know that a ticket held an
// email address, never which one. Unlike a conversation's numbered
// placeholders (<EMAIL_ADDRESS_1>), a label restores to nothing: a retrieved
// chunk placed in a conversation can never be mistaken for one of the
// customer's own values.
var typeLabel = redact.OperatorFunc(func(_ context.Context, _ *redact.Vault, typ, _ string) (string, error) {
	return "[" + typ + "]", nil
})

// Pipeline redacts documents, splits them into chunks and adds the chunks
// to a vector store.
type Pipeline struct {
	// Redactor finds and replaces personal data.
	Redactor *redact.Redactor
	// Store receives the chunks.
	Store vectorstores.VectorStore
	// ChunkSize and ChunkOverlap, in characters, tune the splitters.
	ChunkSize, ChunkOverlap int
}

// NewRedactor returns the redactor the pipeline uses: every default entity
// type, replaced by its type label.
func NewRedactor() (*redact.Redactor, error) {
	d, err := redact.NewDetector()
	if err != nil {
		return nil, err
	}
	return redact.NewRedactor(d, redact.WithDefaultOperator(typeLabel)), nil
}

// FileReport says what happened to one file: counts, never values.
type FileReport struct {
	// Path is the file's path relative to the folder ingested.
	Path string
	// Findings counts the values redacted, by entity type.
	Findings map[string]int
	// Chunks is how many chunks were stored.
	Chunks int
	// Skipped, when set, says why the file was not ingested.
	Skipped string
}

// IngestDir ingests every .txt, .md, .markdown and .json file under dir.
func (p *Pipeline) IngestDir(ctx context.Context, dir string) ([]FileReport, error) {
	var reports []FileReport
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		switch strings.ToLower(filepath.Ext(path)) {
		case ".txt", ".md", ".markdown", ".json":
		default:
			return nil
		}
		r, err := p.IngestFile(ctx, path, rel)
		if err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
		reports = append(reports, r)
		return nil
	})
	return reports, err
}

// IngestFile redacts one file, splits it and stores its chunks, each with
// its source name in the metadata. Redaction comes first, on the whole
// document, so that a value cut in two by the splitter is still found.
func (p *Pipeline) IngestFile(ctx context.Context, path, name string) (FileReport, error) {
	rep := FileReport{Path: name, Findings: map[string]int{}}
	fi, err := os.Stat(path)
	if err != nil {
		return rep, err
	}
	if fi.Size() > maxFileSize {
		rep.Skipped = "too large"
		return rep, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return rep, err
	}
	text, err := p.redact(ctx, strings.ToLower(filepath.Ext(path)), string(raw), rep.Findings)
	if err != nil {
		return rep, err
	}
	var splitter textsplitter.TextSplitter
	opts := []textsplitter.Option{textsplitter.WithChunkSize(cmp.Or(p.ChunkSize, 500)), textsplitter.WithChunkOverlap(cmp.Or(p.ChunkOverlap, 50))}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		splitter = textsplitter.NewMarkdownTextSplitter(append(opts, textsplitter.WithHeadingHierarchy(true))...)
	default:
		splitter = textsplitter.NewRecursiveCharacter(opts...)
	}
	docs, err := textsplitter.CreateDocuments(splitter, []string{text}, []map[string]any{{"source": name}})
	if err != nil {
		return rep, fmt.Errorf("split: %w", err)
	}
	rep.Chunks = len(docs)
	if len(docs) == 0 {
		return rep, nil
	}
	if _, err := p.Store.AddDocuments(ctx, docs); err != nil {
		return rep, fmt.Errorf("store: %w", err)
	}
	return rep, nil
}

// redact returns the document with its personal data replaced, adding the
// counts by type to findings. JSON is redacted as JSON (member names such as
// "email" count as context) and indented, so the splitter cuts it at lines.
func (p *Pipeline) redact(ctx context.Context, ext, text string, findings map[string]int) (string, error) {
	v := redact.NewVault(chat.Scope{Tenant: "kb", Subject: "ingest", Conversation: "ingest"})
	if ext == ".json" {
		if !json.Valid([]byte(text)) {
			return "", errors.New("not valid JSON")
		}
		out, counts, err := p.Redactor.RedactJSON(ctx, v, text)
		if err != nil {
			return "", fmt.Errorf("redact: %w", err)
		}
		for typ, n := range counts {
			findings[typ] += n
		}
		var buf strings.Builder
		var doc any
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			return "", err
		}
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(doc); err != nil {
			return "", err
		}
		return buf.String(), nil
	}
	out, fs, err := p.Redactor.Redact(ctx, v, text)
	if err != nil {
		return "", fmt.Errorf("redact: %w", err)
	}
	for _, f := range fs {
		findings[f.Type]++
	}
	return out, nil
}

// Search redacts the query (a question may carry a customer's data too)
// and returns the k chunks nearest to it.
func (p *Pipeline) Search(ctx context.Context, query string, k int) ([]schema.Document, error) {
	q, err := p.redact(ctx, ".txt", query, map[string]int{})
	if err != nil {
		return nil, err
	}
	return p.Store.SimilaritySearch(ctx, q, k)
}

// HashEmbedder is a deterministic, offline embeddings.Embedder: hashed
// bag of words (lower-cased word stems and word pairs, hashed into Dim
// buckets with a sign, L2-normalised). It knows no synonyms; it is here so
// the example runs anywhere. Use a real embedding model in production, on the
// redacted text.
type HashEmbedder struct {
	// Dim is the vector length; 0 means 512.
	Dim int
}

var _ embeddings.Embedder = HashEmbedder{}

// EmbedDocuments implements embeddings.Embedder.
func (h HashEmbedder) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = h.embed(t)
	}
	return out, nil
}

// EmbedQuery implements embeddings.Embedder.
func (h HashEmbedder) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	return h.embed(text), nil
}

// stopWords are left out of the vectors: they match everything.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a an and are as at be by can do does for from has have how i if in is it its my of on or our so that the their this to was we were what when where which who why will with you your") {
		stopWords[w] = true
	}
}

func (h HashEmbedder) embed(text string) []float32 {
	dim := cmp.Or(h.Dim, 512)
	v := make([]float32, dim)
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' })
	var prev string
	add := func(token string, weight float32) {
		f := fnv.New64a()
		f.Write([]byte(token))
		x := f.Sum64()
		sign := float32(1)
		if x>>63 == 1 {
			sign = -1
		}
		v[x%uint64(dim)] += sign * weight
	}
	for _, w := range words {
		if stopWords[w] {
			prev = ""
			continue
		}
		w = stem(w)
		add(w, 1)
		if prev != "" {
			add(prev+" "+w, 0.5)
		}
		prev = w
	}
	var norm float64
	for _, x := range v {
		norm += float64(x) * float64(x)
	}
	if norm > 0 {
		n := float32(math.Sqrt(norm))
		for i := range v {
			v[i] /= n
		}
	}
	return v
}

// stem strips a few English suffixes, so that "refunds" and "refunded"
// meet "refund".
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// MemoryStore is a vectorstores.VectorStore in memory: exact cosine
// similarity over every chunk. It is safe for concurrent use.
type MemoryStore struct {
	// Embedder embeds chunks and queries; an embedder passed with
	// vectorstores.WithEmbedder overrides it.
	Embedder embeddings.Embedder

	mu     sync.RWMutex
	docs   []schema.Document
	vecs   [][]float32
	nextID int
}

var _ vectorstores.VectorStore = (*MemoryStore)(nil)

func (m *MemoryStore) embedder(opts []vectorstores.Option) (embeddings.Embedder, error) {
	var o vectorstores.Options
	for _, opt := range opts {
		opt(&o)
	}
	e := o.Embedder
	if e == nil {
		e = m.Embedder
	}
	if e == nil {
		return nil, errors.New("memory store: no embedder")
	}
	return e, nil
}

// AddDocuments implements vectorstores.VectorStore.
func (m *MemoryStore) AddDocuments(ctx context.Context, docs []schema.Document, opts ...vectorstores.Option) ([]string, error) {
	e, err := m.embedder(opts)
	if err != nil {
		return nil, err
	}
	texts := make([]string, len(docs))
	for i, d := range docs {
		texts[i] = d.PageContent
	}
	vecs, err := e.EmbedDocuments(ctx, texts)
	if err != nil {
		return nil, err
	}
	if len(vecs) != len(docs) {
		return nil, errors.New("memory store: embedder returned the wrong number of vectors")
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	ids := make([]string, len(docs))
	for i, d := range docs {
		m.nextID++
		ids[i] = fmt.Sprintf("chunk-%d", m.nextID)
		m.docs = append(m.docs, d)
		m.vecs = append(m.vecs, vecs[i])
	}
	return ids, nil
}

// SimilaritySearch implements vectorstores.VectorStore. It honours
// vectorstores.WithScoreThreshold; Score is the cosine similarity.
func (m *MemoryStore) SimilaritySearch(ctx context.Context, query string, k int, opts ...vectorstores.Option) ([]schema.Document, error) {
	e, err := m.embedder(opts)
	if err != nil {
		return nil, err
	}
	var o vectorstores.Options
	for _, opt := range opts {
		opt(&o)
	}
	q, err := e.EmbedQuery(ctx, query)
	if err != nil {
		return nil, err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	var out []schema.Document
	for i, v := range m.vecs {
		s := cosine(q, v)
		if s < o.ScoreThreshold {
			continue
		}
		d := m.docs[i]
		d.Score = s
		out = append(out, d)
	}
	slices.SortStableFunc(out, func(a, b schema.Document) int { return cmp.Compare(b.Score, a.Score) })
	if k > 0 && len(out) > k {
		out = out[:k]
	}
	return out, nil
}

// Documents returns every stored chunk, in insertion order.
func (m *MemoryStore) Documents() []schema.Document {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return slices.Clone(m.docs)
}

func cosine(a, b []float32) float32 {
	var dot, na, nb float64
	for i := range min(len(a), len(b)) {
		dot += float64(a[i]) * float64(b[i])
		na += float64(a[i]) * float64(a[i])
		nb += float64(b[i]) * float64(b[i])
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return float32(dot / math.Sqrt(na*nb))
}
