#!/usr/bin/env bash
# Reproduces the figures in BENCHMARKS.md: the criterion benchmark of detection + flow choice
# (with woothee's parse alone as the baseline in the same run), and the first-view weight of the
# release build as served (gzip), measured on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

echo "==> detection + chooser (criterion)"
cargo bench -p app --bench detect -- --noplot 2>&1 | grep -E "^per-request|time:" | paste - - | \
  sed -E 's/ +/ /g'

echo "==> release build"
cargo leptos build --release >/dev/null 2>&1

port=${BENCH_PORT:-3950}
data=$(mktemp -d)
LEPTOS_SITE_ADDR=127.0.0.1:$port LEPTOS_SITE_ROOT=target/site LEPTOS_OUTPUT_NAME=passkey-guide \
  PASSKEY_GUIDE_DATA_DIR=$data RUST_LOG=warn target/release/passkey-guide serve &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

ua='Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'
echo "==> bytes served (raw / gzip)"
for path in / /guide/iphone-authenticator/step/3 /pkg/passkey-guide.css /pkg/passkey-guide.js /pkg/passkey-guide.wasm; do
  raw=$(curl -s -A "$ua" "http://127.0.0.1:$port$path" | wc -c)
  gz=$(curl -s -A "$ua" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$path" | wc -c)
  printf '%-40s %8s %8s\n' "$path" "$raw" "$gz"
done
