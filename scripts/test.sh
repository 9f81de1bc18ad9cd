#!/usr/bin/env bash
# Sets up what is missing and runs every test: formatting and lints, unit and integration
# tests (real SQLite, real HTTP on loopback), the server's tests again on PostgreSQL (Debian's,
# started on loopback by scripts/postgres.sh), the release build of the site and the Playwright
# suite in Debian's Chromium with JavaScript off and hydrated, on SQLite and on PostgreSQL.
#
# It has to finish within 20 minutes on a fresh clone on two cores, so:
# - the browser bundle is the production one (wasm-release profile, wasm-opt), built in the
#   background while the lints and tests compile: its long single-threaded link-time
#   optimisation fills the core the Rust compiles leave idle;
# - the Playwright suite runs against the server binary `cargo test` already built (it builds it
#   for the command-line tests) instead of a second, optimised build of the whole server, which
#   was the largest single step; the production server profile is built by scripts/run.sh;
# - the two Playwright passes (SQLite and PostgreSQL) run at once, on two ports.
# A table of step durations is printed at the end, so each run shows where the time went.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

# A fresh clone gains nothing from incremental compilation: it only writes the caches
# (compiling the workspace crates took 9% less CPU without it, measured on the CI machine).
export CARGO_INCREMENTAL=0

started=$SECONDS
summary=()
current=""
current_start=0
finish_step() {
  if [ -n "$current" ]; then
    summary+=("$(printf '%6ss  %s' $((SECONDS - current_start)) "$current")")
  fi
  current=""
}
step() {
  finish_step
  current="$*"
  current_start=$SECONDS
  printf '\n==> %s\n' "$*"
}
# Background steps: `spawn id "what it does" command...` starts one with its output in
# target/test-logs/id.log; `collect id` waits for it, prints that output and stops the run if
# the command failed.
mkdir -p target/test-logs
declare -A pids=() labels=() starts=()
spawn() {
  local id=$1 label=$2
  shift 2
  printf '\n==> %s (in the background, output in target/test-logs/%s.log)\n' "$label" "$id"
  labels[$id]=$label
  starts[$id]=$SECONDS
  "$@" >"target/test-logs/$id.log" 2>&1 &
  pids[$id]=$!
}
collect() {
  local id=$1 status=0 waiting_since
  finish_step
  waiting_since=$SECONDS
  wait "${pids[$id]}" || status=$?
  unset "pids[$id]"
  summary+=("$(printf '%6ss  %s (in the background; then waited %ss for it)' \
    $((SECONDS - starts[$id])) "${labels[$id]}" $((SECONDS - waiting_since)))")
  printf '\n==> %s: output\n' "${labels[$id]}"
  cat "target/test-logs/$id.log"
  if [ "$status" -ne 0 ]; then
    echo "${labels[$id]} failed (exit status $status)" >&2
    exit "$status"
  fi
}
on_exit() {
  local status=$?
  # A failed step leaves no background step running on.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  finish_step
  printf '\n==> step durations (wall clock; background steps overlap the others)\n'
  printf '%s\n' "${summary[@]}"
  printf '%6ss  total%s\n' $((SECONDS - started)) "$([ "$status" -eq 0 ] || echo ", FAILED")"
}
trap on_exit EXIT

step "formatting"
cargo fmt --all --check

step "PostgreSQL on loopback for the second pass"
postgres_url=$(scripts/postgres.sh)
# Each server test makes its own database; drop what earlier runs left.
drop_test_databases() {
  psql -X -q "$postgres_url" -tAc "SELECT datname FROM pg_database WHERE datname LIKE 'pgtest\_%' OR datname LIKE 'e2e\_%'" |
    while read -r name; do
      # FORCE cannot end an autovacuum worker that is vacuuming a database just used (it runs
      # as the superuser): wait for it a few times, then leave the database for the next run.
      for try in 1 2 3 4 5 0; do
        psql -X -q "$postgres_url" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" 2>/dev/null && break
        [ "$try" = 0 ] && { echo "left test database $name for the next run" >&2; break; }
        sleep 1
      done
    done
}
drop_test_databases

# The islands bundle exactly as it ships (wasm-release profile, wasm-bindgen, wasm-opt), the
# stylesheet and the assets, into target/site.
spawn site "release build of the site (islands bundle)" cargo leptos build --release --frontend-only

# Lints and the test build in one compile: clippy-driver is the compiler of the workspace's own
# crates (what `cargo clippy` sets up: RUSTC_WORKSPACE_WRAPPER and CLIPPY_ARGS, its arguments
# joined by __CLIPPY_HACKERY__), so every lint of `cargo clippy --all-targets -- -D warnings`
# fails the build, while the dependencies are compiled once, fully, instead of once checked for
# clippy and once built for the tests. Both test passes keep the same environment, so nothing is
# compiled again.
clippy_driver=$(rustup which clippy-driver 2>/dev/null || command -v clippy-driver)
with_lints=(env RUSTC_WORKSPACE_WRAPPER="$clippy_driver" CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__")

step "lints and the test build (every target, benches and examples included)"
"${with_lints[@]}" cargo test --workspace --all-targets --no-run --quiet

step "unit and integration tests (SQLite)"
"${with_lints[@]}" cargo test --workspace

step "server tests on PostgreSQL"
# The whole workspace again, not `-p passkey-guide`: selecting one package unifies features
# differently (the app's own default feature, its dev-dependencies' features of shared crates),
# which recompiled a good part of the dependency tree and the server. The app's tests, which
# use no database, run twice instead; they take seconds.
# PASSKEY_GUIDE_REQUIRE_POSTGRES: a test that needs PostgreSQL fails instead of skipping.
PASSKEY_GUIDE_TEST_POSTGRES="$postgres_url" PASSKEY_GUIDE_REQUIRE_POSTGRES=1 "${with_lints[@]}" cargo test --workspace
drop_test_databases

collect site

# The server binary of the test build (target/debug, built by `cargo test` for the
# command-line tests): the same sources as the release one, unoptimised, with debug assertions
# on, and the features the tests' dev-dependencies add to shared crates.
# PASSKEY_GUIDE_E2E_RELEASE=1 builds the production server (the release profile: opt-level 3,
# thin LTO, as scripts/run.sh serves it) and runs the browser tests against that instead.
export E2E_BIN=target/debug/passkey-guide
if [ "${PASSKEY_GUIDE_E2E_RELEASE:-0}" = 1 ]; then
  step "release build of the server (and the site again: cargo-leptos empties target/site)"
  cargo leptos build --release
  E2E_BIN=target/release/passkey-guide
fi
psql -X -q "$postgres_url" -c "CREATE DATABASE e2e_run"
# One worker each: two browsers at a time on two cores, as one run with two workers had; the
# gain is the time either run spends waiting (seeding, starting, the server's answers).
export E2E_WORKERS=1
spawn e2e-postgres "browser tests (PostgreSQL)" env -C end2end E2E_PORT=3901 \
  E2E_DATABASE_URL="${postgres_url%/*}/e2e_run" npx playwright test
step "browser tests (SQLite)"
(cd end2end && E2E_PORT=3900 npx playwright test)
collect e2e-postgres
drop_test_databases
