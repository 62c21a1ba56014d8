package redact

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMapJSONStrings(t *testing.T) {
	doc := `{"name": "Jo", "tags": ["a", {"deep": "b\"q\u00e9"}], "n": 1, "esc": "line\nbreak", "e": "", "k\"ey": "v"}`
	var seen []string
	out, err := mapJSONStrings(doc, func(key, value string) (string, error) {
		seen = append(seen, key+"="+value)
		return strings.ToUpper(value) + `"<&>`, nil
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"name=Jo", "tags=a", "deep=b\"qé", "esc=line\nbreak", "e=", "k\"ey=v"}, seen)
	require.True(t, json.Valid([]byte(out)), "the output stays valid JSON")
	var got map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, `JO"<&>`, got["name"])
	assert.Equal(t, `B"QÉ"<&>`, got["tags"].([]any)[1].(map[string]any)["deep"])
	assert.Equal(t, float64(1), got["n"])
	assert.Contains(t, out, `"n": 1,`, "untouched bytes are kept as they were")

	same, err := mapJSONStrings(doc, func(_, v string) (string, error) { return v, nil })
	require.NoError(t, err)
	assert.Equal(t, doc, same)

	for _, bad := range []string{`{"a":`, `{"a": "b"`, "", `{"a": "\xff"}x`, `nope`} {
		_, err := mapJSONStrings(bad, func(_, v string) (string, error) { return v, nil })
		assert.ErrorIs(t, err, ErrInvalidJSON)
	}
	top, err := mapJSONStrings(`"just a string"`, func(k, v string) (string, error) { return k + "|" + v, nil })
	require.NoError(t, err)
	assert.Equal(t, `"|just a string"`, top)
}
