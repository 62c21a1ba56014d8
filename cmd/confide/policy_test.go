package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const examplePolicyFile = "../../examples/policy.yaml"

func editPolicy(t *testing.T, from, old, new string) string {
	t.Helper()
	b, err := os.ReadFile(from)
	require.NoError(t, err)
	require.Contains(t, string(b), old)
	p := filepath.Join(t.TempDir(), "policy.yaml")
	require.NoError(t, os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644))
	return p
}

func TestPolicyCheck(t *testing.T) {
	out, errs, code := runCmd(t, "", "policy", "check", examplePolicyFile)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "no risky choices")

	risky := editPolicy(t, examplePolicyFile, "US_SSN: {operator: remove}", "US_SSN: {operator: keep}")
	out, errs, code = runCmd(t, "", "policy", "check", risky)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, risky+":38: [clear-to-model] redaction.types.US_SSN.operator:")
	assert.Contains(t, out, risky+":38: [government-id-in-clear] redaction.types.US_SSN.operator:")
	assert.Contains(t, errs, "2 risky choices")

	invalid := editPolicy(t, examplePolicyFile, "US_SSN: {operator: remove}", "US_SSN: {operator: shred}")
	_, errs, code = runCmd(t, "", "policy", "check", invalid)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, invalid+`:38: redaction.types.US_SSN.operator: unknown operator "shred"`)

	_, _, code = runCmd(t, "", "policy", "check")
	assert.Equal(t, 2, code)
	_, _, code = runCmd(t, "", "policy", "check", filepath.Join(t.TempDir(), "missing.yaml"))
	assert.Equal(t, 2, code)
	_, _, code = runCmd(t, "", "policy", "frobnicate")
	assert.Equal(t, 2, code)
}

func TestPolicyExplain(t *testing.T) {
	out, errs, code := runCmd(t, "", "policy", "explain", examplePolicyFile)
	require.Equal(t, 0, code, errs)
	golden, err := os.ReadFile("../../policy/testdata/example_notice.md")
	require.NoError(t, err)
	assert.Equal(t, string(golden), out, "the command and the package write the same notice")

	out, errs, code = runCmd(t, "", "policy", "explain", examplePolicyFile, "--format", "html")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "<h1>How Acme support chat handles your personal data</h1>")

	out, errs, code = runCmd(t, "", "policy", "explain", "--format=json", examplePolicyFile)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, `"processing_activity": "Acme support chat"`)
	assert.Contains(t, out, `"data_sent_to_model_provider"`)

	_, _, code = runCmd(t, "", "policy", "explain", "--format", "pdf", examplePolicyFile)
	assert.Equal(t, 2, code)
}

func TestPolicyDiff(t *testing.T) {
	newer := editPolicy(t, examplePolicyFile, "EMAIL_ADDRESS: {operator: placeholder}", "EMAIL_ADDRESS: {operator: surrogate}")
	out, errs, code := runCmd(t, "", "policy", "diff", examplePolicyFile, newer)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "- email addresses will now be sent to the model as surrogates instead of placeholders\n", out)

	out, _, code = runCmd(t, "", "policy", "diff", examplePolicyFile, examplePolicyFile)
	assert.Equal(t, 0, code)
	assert.Equal(t, "nothing changes for customers\n", out)
	_, _, code = runCmd(t, "", "policy", "diff", examplePolicyFile)
	assert.Equal(t, 2, code)
}

func TestPolicyTypes(t *testing.T) {
	out, errs, code := runCmd(t, "", "policy", "types")
	require.Equal(t, 0, code, errs)
	for _, s := range []string{"EMAIL_ADDRESS", "mask:N", "luhn", "UK_NINO", "government-id-in-clear"} {
		assert.Contains(t, out, s)
	}
}
