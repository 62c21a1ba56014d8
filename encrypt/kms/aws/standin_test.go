package aws_test

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"

	"github.com/confide-dev/confide/encrypt/kms/internal/kmstest"
)

// standIn speaks the JSON 1.1 protocol of AWS KMS (TrentService) for
// Encrypt and Decrypt, over a kmstest.Backend. Key IDs are key ARNs; the
// backend knows a key by the ARN's last path segment.
//
// Like AWS KMS it requires on Decrypt the encryption context given on
// Encrypt: the context, canonically encoded, is the backend's associated
// data.
type standIn struct {
	b *kmstest.Backend

	mu   sync.Mutex
	auth []string // Authorization headers seen
}

const accessKeyID = "AKIDSTANDIN"

func (s *standIn) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		fail(w, http.StatusBadRequest, "SerializationException", "unreadable body")
		return
	}
	s.b.RecordBody(body)
	s.mu.Lock()
	s.auth = append(s.auth, r.Header.Get("Authorization"))
	s.mu.Unlock()
	if r.Method != http.MethodPost || r.URL.Path != "/" || r.Header.Get("Content-Type") != "application/x-amz-json-1.1" {
		fail(w, http.StatusBadRequest, "SerializationException", "not a JSON 1.1 request")
		return
	}
	if !strings.Contains(r.Header.Get("Authorization"), "Credential="+accessKeyID+"/") {
		fail(w, http.StatusBadRequest, "UnrecognizedClientException", "unsigned or unknown access key")
		return
	}
	// Base64 fields decode into []byte, as in the AWS JSON protocol.
	var req struct {
		KeyId             string
		Plaintext         []byte
		CiphertextBlob    []byte
		EncryptionContext map[string]string
	}
	if err := json.Unmarshal(body, &req); err != nil {
		fail(w, http.StatusBadRequest, "SerializationException", "malformed JSON")
		return
	}
	key := req.KeyId[strings.LastIndex(req.KeyId, "/")+1:]
	ad := encodeContext(req.EncryptionContext)
	var resp any
	switch r.Header.Get("X-Amz-Target") {
	case "TrentService.Encrypt":
		var ct []byte
		if ct, err = s.b.Encrypt(key, req.Plaintext, ad); err == nil {
			resp = map[string]any{"CiphertextBlob": ct, "KeyId": req.KeyId, "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"}
		}
	case "TrentService.Decrypt":
		var pt []byte
		if pt, err = s.b.Decrypt(key, req.CiphertextBlob, ad); err == nil {
			resp = map[string]any{"Plaintext": pt, "KeyId": req.KeyId, "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"}
		}
	default:
		fail(w, http.StatusBadRequest, "UnknownOperationException", "unsupported operation")
		return
	}
	switch {
	case errors.Is(err, kmstest.ErrNotFound):
		fail(w, http.StatusBadRequest, "NotFoundException", "key does not exist")
	case err != nil:
		fail(w, http.StatusBadRequest, "InvalidCiphertextException", "")
	default:
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		json.NewEncoder(w).Encode(resp)
	}
}

// encodeContext encodes an encryption context canonically, as JSON with
// sorted keys, so that Decrypt needs exactly the pairs Encrypt had.
func encodeContext(c map[string]string) []byte {
	if len(c) == 0 {
		return nil
	}
	b, _ := json.Marshal(c) // map keys are sorted
	return b
}

func fail(w http.ResponseWriter, status int, typ, msg string) {
	w.Header().Set("Content-Type", "application/x-amz-json-1.1")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"__type": typ, "message": msg})
}

// serve starts a stand-in over b on loopback.
func serve(b *kmstest.Backend) (*httptest.Server, *standIn) {
	s := &standIn{b: b}
	return httptest.NewServer(s), s
}
