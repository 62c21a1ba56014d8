package redact

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestReadGroupsHoldEveryReader reads the source of keyword and checks
// that every keyword group whose hit runs a reader there (the tests of
// e.groups after "if !e.reads") is in readGroups: a group left out has
// its hits skip its reader without a word, as gDSN and gHtpasswd did
// for a while in session 33.
func TestReadGroupsHoldEveryReader(t *testing.T) {
	fset := token.NewFileSet()
	scanFile, err := parser.ParseFile(fset, "scan.go", nil, 0)
	require.NoError(t, err)
	kwFile, err := parser.ParseFile(fset, "keywords.go", nil, 0)
	require.NoError(t, err)

	// The groups readGroups is made of.
	declared := map[string]bool{}
	for _, d := range kwFile.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, sp := range g.Specs {
			vs := sp.(*ast.ValueSpec)
			if len(vs.Names) == 1 && vs.Names[0].Name == "readGroups" {
				collectIdents(vs.Values[0], declared)
			}
		}
	}
	require.NotEmpty(t, declared, "readGroups not found in keywords.go")

	// The groups keyword's readers test, after "if !e.reads".
	used := map[string]bool{}
	for _, d := range scanFile.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "keyword" || fn.Recv == nil {
			continue
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			b, ok := n.(*ast.BlockStmt)
			if !ok {
				return true
			}
			after := false
			for _, st := range b.List {
				if after {
					ast.Inspect(st, func(n ast.Node) bool {
						if be, ok := n.(*ast.BinaryExpr); ok && be.Op == token.AND {
							if sel, ok := be.X.(*ast.SelectorExpr); ok && sel.Sel.Name == "groups" {
								collectIdents(be.Y, used)
							}
						}
						return true
					})
				}
				if is, ok := st.(*ast.IfStmt); ok {
					if u, ok := is.Cond.(*ast.UnaryExpr); ok && u.Op == token.NOT {
						if sel, ok := u.X.(*ast.SelectorExpr); ok && sel.Sel.Name == "reads" {
							after = true
						}
					}
				}
			}
			return true
		})
	}
	require.NotEmpty(t, used, `no reader found after "if !e.reads" in keyword`)
	for g := range used {
		require.True(t, declared[g], "keyword runs a reader for %s, which readGroups lacks", g)
	}
}

// collectIdents adds to set the names of the identifiers in e.
func collectIdents(e ast.Expr, set map[string]bool) {
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			set[id.Name] = true
		}
		return true
	})
}
