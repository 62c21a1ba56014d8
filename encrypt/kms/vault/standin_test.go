package vault_test

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/confide-dev/confide/encrypt/kms/internal/kmstest"
)

const token = "standin-token"

// standIn speaks the HTTP API of Vault's transit engine mounted at
// /transit, for encrypt and decrypt, over a kmstest.Backend: base64
// plaintexts, "vault:v1:" ciphertexts, the X-Vault-Token header.
//
// With derived set its keys behave as keys with derived=true: the
// "context" parameter is required and is the associated data. Otherwise
// "associated_data" is, as for a non-derived aes256-gcm96 key, and
// "context" is ignored, as Vault does.
type standIn struct {
	b       *kmstest.Backend
	derived bool
}

func (s *standIn) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		fail(w, http.StatusBadRequest, "unreadable body")
		return
	}
	s.b.RecordBody(body)
	if r.Header.Get("X-Vault-Token") != token {
		fail(w, http.StatusForbidden, "permission denied")
		return
	}
	if r.Method != http.MethodPut && r.Method != http.MethodPost {
		fail(w, http.StatusMethodNotAllowed, "unsupported method")
		return
	}
	op, key, ok := strings.Cut(strings.TrimPrefix(r.URL.Path, "/v1/transit/"), "/")
	if !ok || strings.Contains(key, "/") {
		fail(w, http.StatusNotFound, "no handler for route")
		return
	}
	var req struct {
		Plaintext      string `json:"plaintext"`
		Ciphertext     string `json:"ciphertext"`
		AssociatedData string `json:"associated_data"`
		Context        string `json:"context"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		fail(w, http.StatusBadRequest, "malformed JSON")
		return
	}
	adField := req.AssociatedData
	if s.derived {
		if req.Context == "" {
			fail(w, http.StatusBadRequest, "missing 'context' for key derivation; the key was created using a derived key, which means additional, per-request information must be included in order to perform operations with the key")
			return
		}
		adField = req.Context
	}
	ad, err := base64.StdEncoding.DecodeString(adField)
	if err != nil {
		fail(w, http.StatusBadRequest, "associated data is not base64")
		return
	}
	var data map[string]any
	switch op {
	case "encrypt":
		var pt, ct []byte
		if pt, err = base64.StdEncoding.DecodeString(req.Plaintext); err != nil {
			fail(w, http.StatusBadRequest, "failed to base64-decode plaintext")
			return
		}
		if ct, err = s.b.Encrypt(key, pt, ad); err == nil {
			data = map[string]any{"ciphertext": "vault:v1:" + base64.StdEncoding.EncodeToString(ct), "key_version": 1}
		}
	case "decrypt":
		ct, ok := strings.CutPrefix(req.Ciphertext, "vault:v1:")
		raw, derr := base64.StdEncoding.DecodeString(ct)
		if !ok || derr != nil {
			fail(w, http.StatusBadRequest, "invalid ciphertext")
			return
		}
		var pt []byte
		if pt, err = s.b.Decrypt(key, raw, ad); err == nil {
			data = map[string]any{"plaintext": base64.StdEncoding.EncodeToString(pt)}
		}
	default:
		fail(w, http.StatusNotFound, "no handler for route")
		return
	}
	switch {
	case errors.Is(err, kmstest.ErrNotFound):
		fail(w, http.StatusBadRequest, "encryption key not found")
	case err != nil:
		fail(w, http.StatusBadRequest, "cipher: message authentication failed")
	default:
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"data": data})
	}
}

func fail(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string][]string{"errors": {msg}})
}

func serve(b *kmstest.Backend, derived bool) *httptest.Server {
	return httptest.NewServer(&standIn{b: b, derived: derived})
}
