#!/usr/bin/env bash
# Sets up what is missing and runs every test: formatting and lints, unit and integration
# tests (real SQLite, real HTTP on loopback), then the release build and the Playwright suite
# in Debian's Chromium with JavaScript off and hydrated.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }

step "formatting"
cargo fmt --all --check

step "lints"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "unit and integration tests"
cargo test --workspace

step "release build (server + islands bundle)"
cargo leptos build --release

step "browser tests"
(cd end2end && npx playwright test)
