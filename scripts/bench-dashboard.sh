#!/usr/bin/env bash
# The rollout dashboard at 100,000 employees and 1,000,000 events on SQLite (BENCHMARKS.md):
# page latency over HTTP against the roster page and against reading every journey row, in
# the same run. DASHBOARD_EMPLOYEES and DASHBOARD_EVENTS change the size.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -p passkey-guide --bench dashboard
