package redact

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidJSON is returned (wrapped) for a document that is not valid
// JSON. Nothing of the document is in the error.
var ErrInvalidJSON = errors.New("redact: invalid JSON")

// mapJSONStrings calls f on every string value of the JSON document js
// (object keys are kept as they are) with the key of the nearest enclosing
// object member, and writes f's result in its place, encoded as a JSON
// string. Everything else, order and white space included, is kept byte for
// byte, so the output is valid JSON whenever js is.
func mapJSONStrings(js string, f func(key, value string) (string, error)) (string, error) {
	if !json.Valid([]byte(js)) {
		return "", ErrInvalidJSON
	}
	var (
		b    strings.Builder
		last int
		keys []string // the current member's key at each object depth
		// inObject[i] tells whether the container at depth i is an object.
		inObject []bool
	)
	for i := 0; i < len(js); i++ {
		switch js[i] {
		case '{':
			keys = append(keys, currentKey(keys))
			inObject = append(inObject, true)
		case '[':
			keys = append(keys, currentKey(keys))
			inObject = append(inObject, false)
		case '}', ']':
			keys, inObject = keys[:len(keys)-1], inObject[:len(inObject)-1]
		case '"':
			end := stringEnd(js, i)
			isKey := len(inObject) > 0 && inObject[len(inObject)-1] && nextNonSpace(js, end) == ':'
			if isKey {
				var k string
				if err := json.Unmarshal([]byte(js[i:end]), &k); err != nil {
					return "", fmt.Errorf("%w: key at byte %d", ErrInvalidJSON, i)
				}
				keys[len(keys)-1] = k
				i = end - 1
				continue
			}
			var s string
			if err := json.Unmarshal([]byte(js[i:end]), &s); err != nil {
				return "", fmt.Errorf("%w: string at byte %d", ErrInvalidJSON, i)
			}
			out, err := f(currentKey(keys), s)
			if err != nil {
				return "", err
			}
			if out != s {
				b.WriteString(js[last:i])
				b.WriteString(jsonString(out))
				last = end
			}
			i = end - 1
		}
	}
	if last == 0 {
		return js, nil
	}
	b.WriteString(js[last:])
	return b.String(), nil
}

func currentKey(keys []string) string {
	if len(keys) == 0 {
		return ""
	}
	return keys[len(keys)-1]
}

// stringEnd returns the index just past the JSON string starting at
// js[i] == '"'. js is valid JSON.
func stringEnd(js string, i int) int {
	for j := i + 1; j < len(js); j++ {
		switch js[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(js)
}

func nextNonSpace(js string, i int) byte {
	for ; i < len(js); i++ {
		switch js[i] {
		case ' ', '\t', '\n', '\r':
		default:
			return js[i]
		}
	}
	return 0
}

// jsonString encodes s as a JSON string without HTML escaping.
func jsonString(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // encoding a string cannot fail
	return strings.TrimSuffix(buf.String(), "\n")
}
