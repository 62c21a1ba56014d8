#!/usr/bin/env bash
# Checks the KMS adapters, each a nested module under encrypt/kms/ so that
# the core module pulls in no cloud SDK, which `go test ./...` at the root
# therefore skips: vet, staticcheck and every test under the race detector,
# module by module, against loopback stand-ins of the services (no cloud
# account, no network beyond the module proxy). Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

export GOFLAGS="${GOFLAGS:--buildvcs=false}"
STATICCHECK_VERSION="${STATICCHECK_VERSION:-v0.8.2}"

for dir in encrypt/kms/aws encrypt/kms/gcp encrypt/kms/vault; do
	printf '\n== %s\n' "$dir"
	(
		cd "$dir"
		go mod download
		go vet ./...
		go run "honnef.co/go/tools/cmd/staticcheck@$STATICCHECK_VERSION" ./...
		go test -race -count=1 ./...
	)
done
