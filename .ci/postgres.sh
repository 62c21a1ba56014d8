#!/usr/bin/env bash
# Throwaway PostgreSQL for the tests of package store.
#
#   .ci/postgres.sh            start a new cluster, print shell exports
#   .ci/postgres.sh stop DIR   stop the cluster in DIR and delete DIR
#
# start makes a cluster in a new temporary directory, owned by a non-root
# user (the postgres system user when run as root, created if missing;
# PostgreSQL refuses to run as root), listening on 127.0.0.1 only, on the
# first free port from 5433 (or $CONFIDE_PG_PORT), with role "confide"
# (superuser, trust authentication on loopback) and database
# "confide_test". When it is ready it prints on stdout, and nothing else:
#
#   export CONFIDE_TEST_POSTGRES='postgres://confide@127.0.0.1:5433/confide_test?sslmode=disable'
#   export CONFIDE_TEST_POSTGRES_DIR='/tmp/confide-pg.XXXXXX'
#
# so that a caller can write
#
#   eval "$(bash .ci/postgres.sh)"
#   trap 'bash .ci/postgres.sh stop "$CONFIDE_TEST_POSTGRES_DIR"' EXIT
#
# Every run starts its own cluster on its own port, so two runs never share
# one. Nothing outlives "stop" (no service is registered, no file is written
# outside DIR). If no PostgreSQL server binaries are found, start installs
# Debian's postgresql package (needs root and the Debian archive). Progress
# and errors go to stderr.
set -euo pipefail

log() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# find_bindir prints the directory of initdb, pg_ctl and postgres, newest
# major version first, or nothing.
find_bindir() {
	local d
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then
			echo "$d"; return
		fi
	done
	if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
		dirname "$(readlink -f "$(command -v pg_ctl)")"
	fi
}

# as_owner runs a command as the cluster's owner.
as_owner() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u "$OWNER" -- "$@"
	else
		"$@"
	fi
}

port_free() {
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
	BIN=$(find_bindir)
	if [ -z "$BIN" ]; then
		[ "$(id -u)" = 0 ] || die "no PostgreSQL server binaries and not root: install postgresql"
		log "no PostgreSQL server binaries: installing Debian's postgresql"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update >&2
		apt-get install -y --no-install-recommends postgresql >&2
		# Debian's package starts a cluster of its own; ours does not use it.
		BIN=$(find_bindir)
		[ -n "$BIN" ] || die "postgresql installed but initdb not found"
	fi

	OWNER=$(id -un)
	if [ "$(id -u)" = 0 ]; then
		OWNER=postgres
		if ! id "$OWNER" >/dev/null 2>&1; then
			log "creating system user $OWNER"
			useradd --system --no-create-home --shell /usr/sbin/nologin "$OWNER"
		fi
	fi

	DIR=$(mktemp -d "${TMPDIR:-/tmp}/confide-pg.XXXXXX")
	chmod 0755 "$DIR" # The owner must reach it; it holds nothing secret.
	touch "$DIR/.confide-postgres"
	mkdir -m 0700 "$DIR/data"
	if [ "$(id -u)" = 0 ]; then chown "$OWNER" "$DIR" "$DIR/data"; fi

	log "initdb in $DIR/data as $OWNER ($BIN)"
	as_owner "$BIN/initdb" -D "$DIR/data" -U confide --auth=trust \
		--encoding=UTF8 --no-locale --no-sync >"$DIR/initdb.log" 2>&1 ||
		{ cat "$DIR/initdb.log" >&2; die "initdb failed"; }

	local port=${CONFIDE_PG_PORT:-5433} tries=0
	while :; do
		tries=$((tries + 1))
		[ "$tries" -le 50 ] || die "no free port found"
		if ! port_free "$port"; then port=$((port + 1)); continue; fi
		# fsync and friends off: the cluster is thrown away after the run.
		if as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
			-o "-c listen_addresses=127.0.0.1 -p $port -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
			start >&2; then
			break
		fi
		# Most likely another process took the port between the probe and
		# the start: try the next one.
		tail -n 5 "$DIR/server.log" >&2 || true
		port=$((port + 1))
	done

	local i
	for i in $(seq 1 60); do
		if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U confide -d postgres; then break; fi
		[ "$i" -lt 60 ] || die "server on port $port not ready after 30 s"
		sleep 0.5
	done
	"$BIN/createdb" -h 127.0.0.1 -p "$port" -U confide confide_test >&2

	log "ready on 127.0.0.1:$port; stop with: $0 stop $DIR"
	echo "export CONFIDE_TEST_POSTGRES='postgres://confide@127.0.0.1:$port/confide_test?sslmode=disable'"
	echo "export CONFIDE_TEST_POSTGRES_DIR='$DIR'"
}

stop() {
	local dir=${1:-}
	[ -n "$dir" ] || die "usage: $0 stop DIR"
	[ -d "$dir" ] || { log "$dir does not exist: nothing to stop"; return 0; }
	[ -f "$dir/.confide-postgres" ] || die "$dir was not made by this script: refusing to delete it"
	if [ -f "$dir/data/postmaster.pid" ]; then
		BIN=$(find_bindir)
		OWNER=$(stat -c %U "$dir/data")
		as_owner "$BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >&2 || true
	fi
	rm -rf "$dir"
	log "stopped and removed $dir"
}

case "${1:-start}" in
start) start ;;
stop) stop "${2:-}" ;;
*) die "usage: $0 [start] | stop DIR" ;;
esac
