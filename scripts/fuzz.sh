#!/usr/bin/env bash
# Runs every cargo-fuzz target for the given number of seconds (default 60), each from its
# corpus under fuzz/corpus/<target>/ (started from the committed seeds in fuzz/seeds/<target>/
# and the saved crashers in fuzz/regressions/<target>/). New crashes land in
# fuzz/artifacts/<target>/; minimise one with
#   RUSTC_BOOTSTRAP=1 cargo fuzz tmin -s none <target> fuzz/artifacts/<target>/crash-…
# and keep it under fuzz/regressions/<target>/ with its expectation in
# app/tests/fuzz_regressions.rs.
#
# Only stable Rust is needed: RUSTC_BOOTSTRAP lets cargo-fuzz pass its nightly-only flags.
# Without the address sanitizer (-s none): the code is safe Rust and the targets look for
# panics and broken properties, which run twice as fast without it.
#
# Environment: FUZZ_TARGETS="detect links" runs only those; FUZZ_JOBS (default 1) is the number
# of compile jobs.
set -euo pipefail

seconds="${1:-60}"
cd "$(dirname "$0")/../fuzz"

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1
export CARGO_BUILD_JOBS="${FUZZ_JOBS:-1}"
targets="${FUZZ_TARGETS:-$(cargo fuzz list)}"

cargo fuzz build -s none

status=0
for target in $targets; do
  mkdir -p "corpus/$target"
  for dir in "seeds/$target" "regressions/$target"; do
    if [ -d "$dir" ]; then
      cp -n "$dir"/* "corpus/$target/" 2>/dev/null || true
    fi
  done
  echo "== $target: ${seconds}s"
  log="$(mktemp)"
  if ! cargo fuzz run -s none "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -print_final_stats=1 >"$log" 2>&1; then
    status=1
    tail -n 40 "$log"
  fi
  grep -E '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs|^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" || true
  rm -f "$log"
done
exit "$status"
