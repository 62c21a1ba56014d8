package gcp_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"hash/crc32"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"cloud.google.com/go/kms/apiv1/kmspb"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/confide-dev/confide/encrypt/kms/internal/kmstest"
)

// The stand-ins speak Cloud KMS's Encrypt and Decrypt, over gRPC and over
// REST (projects.locations.keyRings.cryptoKeys:encrypt and :decrypt), over
// a kmstest.Backend. Like Cloud KMS they check the request checksums,
// enforce the additional authenticated data, and answer with checksums.
// The backend knows a key by the last segment of its resource name.

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func crc(b []byte) int64 { return int64(crc32.Checksum(b, castagnoli)) }

func keyOf(name string) string { return name[strings.LastIndex(name, "/")+1:] }

// errCorrupted is the stand-in's answer to a request whose checksum does
// not match its data.
var errCorrupted = errors.New("checksum mismatch")

func backendStatus(err error) error {
	switch {
	case errors.Is(err, kmstest.ErrNotFound):
		return status.Error(codes.NotFound, "CryptoKey not found.")
	case errors.Is(err, errCorrupted):
		return status.Error(codes.InvalidArgument, "The checksum in field plaintext_crc32c did not match the data in field plaintext.")
	default:
		return status.Error(codes.InvalidArgument, "Decryption failed: the ciphertext is invalid.")
	}
}

type grpcStandIn struct {
	kmspb.UnimplementedKeyManagementServiceServer
	b *kmstest.Backend
}

func checkCRC(data []byte, sum *wrapperspb.Int64Value) error {
	if sum != nil && sum.GetValue() != crc(data) {
		return errCorrupted
	}
	return nil
}

func (s *grpcStandIn) Encrypt(_ context.Context, req *kmspb.EncryptRequest) (*kmspb.EncryptResponse, error) {
	body, _ := proto.Marshal(req)
	s.b.RecordBody(body)
	if err := errors.Join(checkCRC(req.GetPlaintext(), req.GetPlaintextCrc32C()), checkCRC(req.GetAdditionalAuthenticatedData(), req.GetAdditionalAuthenticatedDataCrc32C())); err != nil {
		return nil, backendStatus(errCorrupted)
	}
	ct, err := s.b.Encrypt(keyOf(req.GetName()), req.GetPlaintext(), req.GetAdditionalAuthenticatedData())
	if err != nil {
		return nil, backendStatus(err)
	}
	return &kmspb.EncryptResponse{
		Name:                    req.GetName() + "/cryptoKeyVersions/1",
		Ciphertext:              ct,
		CiphertextCrc32C:        wrapperspb.Int64(crc(ct)),
		VerifiedPlaintextCrc32C: req.GetPlaintextCrc32C() != nil,
		VerifiedAdditionalAuthenticatedDataCrc32C: req.GetAdditionalAuthenticatedDataCrc32C() != nil,
	}, nil
}

func (s *grpcStandIn) Decrypt(_ context.Context, req *kmspb.DecryptRequest) (*kmspb.DecryptResponse, error) {
	body, _ := proto.Marshal(req)
	s.b.RecordBody(body)
	if err := errors.Join(checkCRC(req.GetCiphertext(), req.GetCiphertextCrc32C()), checkCRC(req.GetAdditionalAuthenticatedData(), req.GetAdditionalAuthenticatedDataCrc32C())); err != nil {
		return nil, backendStatus(errCorrupted)
	}
	pt, err := s.b.Decrypt(keyOf(req.GetName()), req.GetCiphertext(), req.GetAdditionalAuthenticatedData())
	if err != nil {
		return nil, backendStatus(err)
	}
	return &kmspb.DecryptResponse{Plaintext: pt, PlaintextCrc32C: wrapperspb.Int64(crc(pt))}, nil
}

// startGRPC starts the gRPC stand-in on loopback and returns its host:port
// and the function that stops it.
func startGRPC(b *kmstest.Backend) (string, func(), error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := grpc.NewServer()
	kmspb.RegisterKeyManagementServiceServer(srv, &grpcStandIn{b: b})
	go srv.Serve(l)
	return l.Addr().String(), srv.Stop, nil
}

// serveGRPC is startGRPC for a test, stopped when it ends.
func serveGRPC(t testing.TB, b *kmstest.Backend) string {
	addr, stop, err := startGRPC(b)
	require.NoError(t, err)
	t.Cleanup(stop)
	return addr
}

// restStandIn serves POST /v1/{name}:encrypt and :decrypt.
type restStandIn struct{ b *kmstest.Backend }

// decodeBytes reads a JSON bytes field, which Google's JSON mapping
// allows in either base64 alphabet.
func decodeBytes(s string) ([]byte, error) {
	if b, err := base64.StdEncoding.DecodeString(s); err == nil {
		return b, nil
	}
	return base64.URLEncoding.DecodeString(s)
}

func (s *restStandIn) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		restFail(w, http.StatusBadRequest, "INVALID_ARGUMENT", "unreadable body")
		return
	}
	s.b.RecordBody(body)
	name, method, ok := strings.Cut(strings.TrimPrefix(r.URL.Path, "/v1/"), ":")
	if r.Method != http.MethodPost || !ok {
		restFail(w, http.StatusNotFound, "NOT_FOUND", "no such method")
		return
	}
	var req struct {
		Plaintext                         string
		Ciphertext                        string
		AdditionalAuthenticatedData       string
		PlaintextCrc32c                   *int64 `json:",string"`
		CiphertextCrc32c                  *int64 `json:",string"`
		AdditionalAuthenticatedDataCrc32c *int64 `json:",string"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		restFail(w, http.StatusBadRequest, "INVALID_ARGUMENT", "malformed JSON")
		return
	}
	ad, err1 := decodeBytes(req.AdditionalAuthenticatedData)
	in, err2 := decodeBytes(req.Plaintext + req.Ciphertext)
	if err := errors.Join(err1, err2); err != nil {
		restFail(w, http.StatusBadRequest, "INVALID_ARGUMENT", "bytes field is not base64")
		return
	}
	inSum := req.PlaintextCrc32c
	if method == "decrypt" {
		inSum = req.CiphertextCrc32c
	}
	if (inSum != nil && *inSum != crc(in)) || (req.AdditionalAuthenticatedDataCrc32c != nil && *req.AdditionalAuthenticatedDataCrc32c != crc(ad)) {
		restFail(w, http.StatusBadRequest, "INVALID_ARGUMENT", "checksum mismatch")
		return
	}
	var resp map[string]any
	switch method {
	case "encrypt":
		var ct []byte
		if ct, err = s.b.Encrypt(keyOf(name), in, ad); err == nil {
			resp = map[string]any{
				"name":                    name + "/cryptoKeyVersions/1",
				"ciphertext":              base64.StdEncoding.EncodeToString(ct),
				"ciphertextCrc32c":        strconv.FormatInt(crc(ct), 10),
				"verifiedPlaintextCrc32c": req.PlaintextCrc32c != nil,
				"verifiedAdditionalAuthenticatedDataCrc32c": req.AdditionalAuthenticatedDataCrc32c != nil,
			}
		}
	case "decrypt":
		var pt []byte
		if pt, err = s.b.Decrypt(keyOf(name), in, ad); err == nil {
			resp = map[string]any{
				"plaintext":       base64.StdEncoding.EncodeToString(pt),
				"plaintextCrc32c": strconv.FormatInt(crc(pt), 10),
			}
		}
	default:
		restFail(w, http.StatusNotFound, "NOT_FOUND", "no such method")
		return
	}
	switch {
	case errors.Is(err, kmstest.ErrNotFound):
		restFail(w, http.StatusNotFound, "NOT_FOUND", "CryptoKey not found.")
	case err != nil:
		restFail(w, http.StatusBadRequest, "INVALID_ARGUMENT", "Decryption failed: the ciphertext is invalid.")
	default:
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
	}
}

func restFail(w http.ResponseWriter, code int, status, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"code": code, "message": msg, "status": status}})
}

// serveREST starts the REST stand-in on loopback and returns its URL.
func serveREST(t testing.TB, b *kmstest.Backend) string {
	srv := httptest.NewServer(&restStandIn{b: b})
	t.Cleanup(srv.Close)
	return srv.URL + "/"
}
