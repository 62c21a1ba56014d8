// Command ingest builds a retrieval knowledge base from a folder of support
// documents (text, Markdown, JSON) without letting customer data into it:
// each document is redacted first, whole, then split with langchaingo's text
// splitters (github.com/tmc/langchaingo/textsplitter), embedded, and added to
// a vector store. Support articles often quote real tickets; after this
// pipeline the knowledge base knows that a ticket held an [EMAIL_ADDRESS],
// never whose.
//
//	go run ./examples/ingest                                  # the sample folder
//	go run ./examples/ingest -dir ./docs -q "how long do refunds take?"
//
// It prints, per file, how many values of each type were redacted (counts,
// never values) and how many chunks were stored, then the chunks nearest to
// each query. Queries are redacted too.
//
// The embedder (hashed bag of words) and the vector store (in memory) are
// deliberately tiny and offline. For production, keep the pipeline and swap
// both: any langchaingo embeddings.Embedder (OpenAI, Ollama, ...) and any
// vectorstores.VectorStore (pgvector, Qdrant, ...), since HashEmbedder and
// MemoryStore implement those interfaces. Redact before the embedding call:
// an embedding provider is an outside party too.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
)

// queries is a repeatable -q flag.
type queries []string

func (q *queries) String() string     { return strings.Join(*q, "; ") }
func (q *queries) Set(s string) error { *q = append(*q, s); return nil }

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "ingest:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(out)
	dir := fs.String("dir", "examples/ingest/testdata/docs", "folder of .txt, .md and .json documents")
	k := fs.Int("k", 2, "chunks to return per query")
	size := fs.Int("chunk", 400, "chunk size in characters")
	overlap := fs.Int("overlap", 40, "chunk overlap in characters")
	var qs queries
	fs.Var(&qs, "q", "a query (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if len(qs) == 0 {
		qs = queries{"How long does a refund take?", "international shipping to Canada", "customer locked out after failed logins"}
	}

	r, err := NewRedactor()
	if err != nil {
		return err
	}
	kb := &MemoryStore{Embedder: HashEmbedder{}}
	p := &Pipeline{Redactor: r, Store: kb, ChunkSize: *size, ChunkOverlap: *overlap}
	reports, err := p.IngestDir(ctx, *dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Ingested %d files from %s:\n", len(reports), *dir)
	for _, rep := range reports {
		if rep.Skipped != "" {
			fmt.Fprintf(out, "  %-16s skipped: %s\n", rep.Path, rep.Skipped)
			continue
		}
		var found []string
		for _, typ := range slices.Sorted(maps.Keys(rep.Findings)) {
			found = append(found, fmt.Sprintf("%s x%d", typ, rep.Findings[typ]))
		}
		redacted := "nothing redacted"
		if len(found) > 0 {
			redacted = "redacted " + strings.Join(found, ", ")
		}
		fmt.Fprintf(out, "  %-16s %2d chunks, %s\n", rep.Path, rep.Chunks, redacted)
	}
	for _, q := range qs {
		docs, err := p.Search(ctx, q, *k)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "\nQuery: %s\n", q)
		for _, d := range docs {
			text := strings.Join(strings.Fields(d.PageContent), " ")
			if len(text) > 160 {
				text = text[:157] + "..."
			}
			fmt.Fprintf(out, "  %.2f  %-14v %s\n", d.Score, d.Metadata["source"], text)
		}
	}
	return nil
}
