package redact

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestReadGroupsHoldEveryReader reads the source of readAfter, which
// keywordEntries calls after "if !e.reads", and checks that every keyword
// group whose hit runs a reader there (its tests of e.groups) is in
// readGroups: a group left out has its hits skip its reader without a
// word, as gDSN and gHtpasswd did for a while in session 33.
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

	// The call of readAfter must stay behind "if !e.reads" in the loop
	// of keywordEntries, or the readers would run for every entry.
	calledAfterReads := false
	used := map[string]bool{}
	for _, d := range scanFile.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Recv == nil {
			continue
		}
		switch fn.Name.Name {
		case "keywordEntries":
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				b, ok := n.(*ast.BlockStmt)
				if !ok {
					return true
				}
				after := false
				for _, st := range b.List {
					if after {
						ast.Inspect(st, func(n ast.Node) bool {
							if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "readAfter" {
								calledAfterReads = true
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
		case "readAfter":
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				if be, ok := n.(*ast.BinaryExpr); ok && be.Op == token.AND {
					if sel, ok := be.X.(*ast.SelectorExpr); ok && sel.Sel.Name == "groups" {
						collectIdents(be.Y, used)
					}
				}
				return true
			})
		}
	}
	require.True(t, calledAfterReads, `keywordEntries does not call readAfter after "if !e.reads"`)
	require.NotEmpty(t, used, "no reader found in readAfter")
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
