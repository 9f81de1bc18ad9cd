#!/usr/bin/env bash
# Guide event ingest on SQLite (BENCHMARKS.md): events per second through the batching writer
# against one transaction per event, measured in the same run. INGEST_EVENTS sets the count.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -p passkey-guide --bench ingest
