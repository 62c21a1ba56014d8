package redact

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBeWordReachable checks that every word of beWord's list can reach
// it: introducedOne asks it only of words that introWordAt takes, which
// refuses the words the gazetteer knows unless they are pure names.
func TestBeWordReachable(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "soft_intro.go", nil, 0)
	require.NoError(t, err)
	var words []string
	ast.Inspect(f, func(n ast.Node) bool {
		fd, ok := n.(*ast.FuncDecl)
		if !ok || fd.Name.Name != "beWord" {
			return true
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				w, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				words = append(words, w)
			}
			return true
		})
		return false
	})
	require.NotEmpty(t, words)
	seen := map[string]bool{}
	for _, w := range words {
		assert.False(t, seen[w], "%s twice", w)
		seen[w] = true
		text := "Hola, soy " + w
		s := newEntScanner()
		s.g = theGazetteer()
		s.text = text
		s.toks, s.all = entTokenize(text, s.toks)
		assert.True(t, s.introWordAt(len(s.toks)-1), "%s never reaches beWord", w)
	}
}
