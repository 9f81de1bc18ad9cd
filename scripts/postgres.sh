#!/usr/bin/env bash
# Starts a PostgreSQL server for the tests and benchmarks on loopback, installing Debian's
# PostgreSQL when it is missing. It is a cluster of its own ("passkey_guide", port 54329 unless
# PG_TEST_PORT says otherwise), so it never touches another cluster on the machine; it trades
# durability for speed (fsync off), which only suits throwaway test data.
#
# Prints the URL of a role that may create databases; the test harness makes one per test:
#   export PASSKEY_GUIDE_TEST_POSTGRES=$(scripts/postgres.sh)
set -euo pipefail

port=${PG_TEST_PORT:-54329}
cluster=passkey_guide
role=passkey_guide
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
log() { printf '==> %s\n' "$*" >&2; }

if ! command -v pg_createcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing PostgreSQL from Debian"
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends \
    postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)

if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version $cluster"; then
  log "creating PostgreSQL $version cluster $cluster on port $port"
  as_root pg_createcluster "$version" "$cluster" -p "$port" --locale C.UTF-8 \
    -o listen_addresses=localhost -o fsync=off -o synchronous_commit=off \
    -o full_page_writes=off -o max_connections=400 -o shared_buffers=256MB >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $4}' | grep -q online; then
  log "starting PostgreSQL cluster $cluster"
  as_root pg_ctlcluster "$version" "$cluster" start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $3}')

psql_admin() { as_root su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -p $port -d postgres $*"; }
if ! psql_admin "-tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$role'\"" | grep -q 1; then
  psql_admin "-c \"CREATE ROLE $role LOGIN CREATEDB PASSWORD '$role'\"" >&2
fi
echo "postgres://$role:$role@127.0.0.1:$port/postgres"
