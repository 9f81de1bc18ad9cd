#!/usr/bin/env bash
# Sets up what is missing and runs every test: formatting and lints, unit and integration
# tests (real SQLite, real HTTP on loopback), the server's tests again on PostgreSQL (Debian's,
# started on loopback by scripts/postgres.sh), then the release build and the Playwright suite
# in Debian's Chromium with JavaScript off and hydrated, on SQLite and on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }

step "formatting"
cargo fmt --all --check

step "lints"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "PostgreSQL on loopback for the second pass"
postgres_url=$(scripts/postgres.sh)
# Each server test makes its own database; drop what earlier runs left.
drop_test_databases() {
  psql -X -q "$postgres_url" -tAc "SELECT datname FROM pg_database WHERE datname LIKE 'pgtest\_%' OR datname LIKE 'e2e\_%'" |
    while read -r name; do psql -X -q "$postgres_url" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"; done
}
drop_test_databases

step "unit and integration tests (SQLite)"
cargo test --workspace

step "server tests on PostgreSQL"
PASSKEY_GUIDE_TEST_POSTGRES="$postgres_url" cargo test -p passkey-guide
drop_test_databases

step "release build (server + islands bundle)"
cargo leptos build --release

step "browser tests (SQLite)"
(cd end2end && npx playwright test)

step "browser tests (PostgreSQL)"
psql -X -q "$postgres_url" -c "CREATE DATABASE e2e_run"
(cd end2end && E2E_DATABASE_URL="${postgres_url%/*}/e2e_run" npx playwright test)
drop_test_databases
