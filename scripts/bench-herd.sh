#!/usr/bin/env bash
# The rollout-email herd (BENCHMARKS.md, "Herd"): everyone opens their personal link at once.
# On loopback, with wrk and the release build:
#   - baseline in the same run: a bare axum handler (server/examples/bare.rs), same runtime,
#     sending the very bytes the server sends for the step page (its head and its brotli
#     body), to the very requests the step page gets; and, for comparison with runs before
#     2026-12-07, the same body with only its type and encoding;
#   - personal-link opens (signature, roster lookup, resume, journey event; answers 303) cycling
#     through HERD_EMPLOYEES distinct links, and a tenant's guide step page with the link
#     cookie (from the page cache after its first view), and an employee's answer (a form
#     POST committed before its 303), HERD_CONNECTIONS connections for HERD_DURATION seconds
#     each;
#   - a burst: HERD_BURST further employees each open their link once, as fast as the
#     connections allow, on a freshly started server; then every journey event must be stored
#     (polled until the writer has drained); peak resident memory from /proc;
#   - the first view's weight (HTML + CSS gzip, and the islands bundle).
# DB=sqlite (default), DB=postgres (a loopback cluster from scripts/postgres.sh, a fresh
# database per run) or DB=both. HERD_SKIP_BUILD=1 uses the binaries already built.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-sqlite}
employees=${HERD_EMPLOYEES:-20000}
burst=${HERD_BURST:-20000}
conns=${HERD_CONNECTIONS:-256}
threads=${HERD_THREADS:-2}
duration=${HERD_DURATION:-30}
port=${HERD_PORT:-3960}
bare_port=${HERD_BARE_PORT:-3961}
max_load=${HERD_MAX_LOAD:-1.5}
load_wait=${HERD_LOAD_WAIT:-180}
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
log() { printf '\n==> %s\n' "$*"; }

if ! command -v wrk >/dev/null; then
  log "installing wrk from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends wrk
fi
if [ "${HERD_SKIP_BUILD:-}" != 1 ]; then
  scripts/setup.sh
  source scripts/env.sh
  log "release build (server, site, bare baseline)"
  cargo leptos build --release
  cargo build --release -p passkey-guide --example bare
fi
bin=${HERD_BIN:-target/release/passkey-guide}
bare=target/release/examples/bare
step_path=/t/herd/guide/iphone-authenticator/step/3

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export RUST_LOG=warn PASSKEY_GUIDE_SECURE_COOKIES=false
export PASSKEY_GUIDE_LINK_KEYS="herd:$(head -c 32 /dev/urandom | base64)"
export PASSKEY_GUIDE_PUBLIC_URL=http://127.0.0.1:$port
export LEPTOS_SITE_ADDR=127.0.0.1:$port LEPTOS_SITE_ROOT=target/site LEPTOS_OUTPUT_NAME=passkey-guide

# Waits (bounded) until the machine's 1-minute load is at most $max_load; prints the load.
settle() {
  local waited=0 load
  load=$(cut -d' ' -f1 /proc/loadavg)
  while awk -v l="$load" -v m="$max_load" 'BEGIN { exit !(l > m) }' && [ "$waited" -lt "$load_wait" ]; do
    sleep 15; waited=$((waited + 15)); load=$(cut -d' ' -f1 /proc/loadavg)
  done
  printf 'load before: %s (waited %ss)\n' "$load" "$waited"
}

wait_http() { # url
  for _ in $(seq 100); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done
  echo "no answer from $1" >&2; return 1
}

start_server() {
  "$bin" serve > "$work/server.log" 2>&1 &
  server=$!
  pids+=("$server")
  wait_http "http://127.0.0.1:$port/healthz"
}

stop_server() { # lets the writer store what is queued
  kill -TERM "$server"
  wait "$server" || true
}

# Waits (bounded) until the server's event writer has stored what earlier runs queued, so a
# run does not pay for the one before it; prints how long that took.
drained() {
  local waited=0 queued
  while :; do
    queued=$(curl -s "http://127.0.0.1:$port/metrics" | awk '/^passkey_guide_guide_events_queued / { print $2 }')
    { [ "${queued:-0}" = 0 ] || [ "$waited" -ge "${HERD_DRAIN_WAIT:-180}" ]; } && break
    sleep 1; waited=$((waited + 1))
  done
  printf 'event queue before: %s (waited %ss)\n' "${queued:-?}" "$waited"
}

# CPU time (user + system, all threads) a process has used, in clock ticks.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# wrk with scripts/herd.lua; prints the HERD summary line (and the load before it), with the
# CPU time the process $serving spent per answer: unlike the share of the baseline's rate, it
# does not move with what else the machine runs.
herd() { # label, url, wrk's -d, then HERD_* settings as NAME=value
  local label=$1 url=$2 secs=$3 before answered; shift 3
  settle
  before=$(ticks "$serving")
  env HERD_THREADS="$threads" "$@" wrk -t"$threads" -c"$conns" -d"${secs}s" --timeout 10s \
    -s scripts/herd.lua "$url" > "$work/wrk.out" 2>&1
  answered=$(grep -o 'answered=[0-9]*' "$work/wrk.out" | cut -d= -f2)
  printf '%-34s %s cpu_us_per_answer=%s\n' "$label" "$(grep '^HERD' "$work/wrk.out" || cat "$work/wrk.out")" \
    "$(awk -v t=$(($(ticks "$serving") - before)) -v hz="$(getconf CLK_TCK)" -v n="${answered:-0}" \
      'BEGIN { if (n > 0) printf "%.2f", t / hz * 1e6 / n; else print "?" }')"
}

# The bare handler sending the saved step page, with these settings (NAME=value), under the
# very requests the step page gets (its path, each employee's cookie), so the baseline and the
# server see the same load from wrk.
baseline() { # label, then the bare handler's settings
  local label=$1; shift
  env BARE_BODY="$work/step.body" "$@" "$bare" "127.0.0.1:$bare_port" &
  serving=$!
  pids+=("$serving")
  wait_http "http://127.0.0.1:$bare_port/"
  herd "$label" "http://127.0.0.1:$bare_port" "$duration" \
    HERD_MODE=cookie HERD_PATH="$step_path" HERD_ITEMS="$work/herd.tokens"
  kill "$serving"; wait "$serving" 2>/dev/null || true
}

roster() { # file, count, first index
  awk -v n="$2" -v from="$3" 'BEGIN {
    print "email,display_name,preferred_language,department";
    for (i = from; i < from + n; i++)
      printf "user%06d@contoso.example,Employee %06d,en,Dept %d\n", i, i, i % 20;
  }' > "$1"
}

seed() { # slug, count, first index -> $work/<slug>.paths and .tokens
  roster "$work/$1.csv" "$2" "$3"
  "$bin" tenant create --slug "$1" --name "Contoso $1" > /dev/null
  "$bin" roster import --tenant "$1" --quiet "$work/$1.csv" > /dev/null
  "$bin" links export --tenant "$1" --out "$work/$1-links.csv" > /dev/null
  # The link is the sixth column; names have no commas, so plain splitting is enough.
  awk -F, 'NR > 1 { sub(/^https?:\/\/[^\/]+/, "", $6); print $6 }' "$work/$1-links.csv" > "$work/$1.paths"
  sed 's|.*/link/||' "$work/$1.paths" > "$work/$1.tokens"
}

count() { # SQL -> number
  case $kind in
    sqlite) sqlite3 "$work/data/passkey-guide.db" "$1" ;;
    postgres) psql -X -q -tA "$DATABASE_URL" -c "$1" ;;
  esac
}

weight() {
  log "first view (bytes raw / gzip, iPhone, with the link cookie)"
  local token ua
  token=$(head -1 "$work/herd.tokens")
  ua='Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'
  for path in /t/herd/ /t/herd/guide/iphone-authenticator/step/3 /pkg/passkey-guide.css \
    /pkg/passkey-guide.js /pkg/passkey-guide.wasm; do
    raw=$(curl -s -A "$ua" -b "pg_link=$token" "http://127.0.0.1:$port$path" | wc -c)
    gz=$(curl -s -A "$ua" -b "pg_link=$token" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$path" | wc -c)
    printf '%-44s %8s %8s\n' "$path" "$raw" "$gz"
  done
}

run() { # sqlite | postgres
  kind=$1
  log "$kind: seeding $employees + $burst employees"
  rm -rf "$work/data" && mkdir -p "$work/data"
  export PASSKEY_GUIDE_DATA_DIR=$work/data
  case $kind in
    sqlite) unset DATABASE_URL ;;
    postgres)
      local admin name
      admin=$(scripts/postgres.sh)
      name="herd_$(date +%s)_$$"
      psql -X -q "$admin" -c "CREATE DATABASE $name"
      export DATABASE_URL="${admin%/*}/$name"
      ;;
  esac
  seed herd "$employees" 1
  seed herd-burst "$burst" 500001

  log "$kind: steady load, $conns connections, ${duration}s each"
  start_server
  [ "$kind" = sqlite ] && weight
  # The step page exactly as the herd gets it (iPhone, link cookie, brotli): the baseline
  # sends these very bytes.
  local token ua enc
  token=$(head -1 "$work/herd.tokens")
  ua='Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'
  curl -s -A "$ua" -b "pg_link=$token" -H 'Accept-Encoding: gzip, deflate, br' \
    -D "$work/step.headers" -o "$work/step.body" "http://127.0.0.1:$port$step_path"
  enc=$(awk -F': ' 'tolower($1) == "content-encoding" { print $2 }' "$work/step.headers" | tr -d '\r')
  printf 'step page as sent: %s bytes, encoding %s\n' "$(wc -c < "$work/step.body")" "${enc:-identity}"
  # The baseline: the step page's head and body (the server's response byte for byte, but
  # its date); then, as before 2026-12-07, its body with only its type and encoding.
  baseline "bare axum handler, same bytes" BARE_HEADERS="$work/step.headers"
  baseline "bare, same body, short head" BARE_ENCODING="$enc"

  serving=$server
  # A short warm-up over other employees' links would spend their allowance: warm up on the
  # generic start page instead.
  curl -s -o /dev/null "http://127.0.0.1:$port/t/herd/"
  drained
  herd "personal-link open (303)" "http://127.0.0.1:$port" "$duration" \
    HERD_MODE=path HERD_ITEMS="$work/herd.paths"
  drained
  herd "guide step 3 with link cookie" "http://127.0.0.1:$port" "$duration" \
    HERD_MODE=cookie HERD_PATH="$step_path" HERD_ITEMS="$work/herd.tokens"
  curl -s "http://127.0.0.1:$port/metrics" | grep -E '^passkey_guide_(page_cache|guide_events)' || true
  # An employee's answer, committed before its 303 (durable, not batched).
  drained
  herd "answer: confirm (durable)" "http://127.0.0.1:$port" "$duration" \
    HERD_MODE=post HERD_PATH=/t/herd/journey/confirm HERD_ITEMS="$work/herd.tokens" \
    HERD_BODY='flow=iphone-authenticator&answer=yes'
  stop_server

  log "$kind: burst of $burst distinct personal-link opens on a fresh server"
  start_server
  local rss_before
  rss_before=$(awk '/^VmRSS/ { print $2 }' "/proc/$server/status")
  rm -rf "$work/done" && mkdir "$work/done"
  settle
  local started=$SECONDS
  env HERD_THREADS="$threads" HERD_MODE=path HERD_ITEMS="$work/herd-burst.paths" HERD_ONCE=1 \
    HERD_DONE_DIR="$work/done" wrk -t"$threads" -c"$conns" -d300s --timeout 10s \
    -s scripts/herd.lua "http://127.0.0.1:$port" > "$work/wrk.out" 2>&1 &
  local wrk_pid=$!
  pids+=("$wrk_pid")
  # Until every thread has its answers, wrk has ended, or 290 s (a request that never got an
  # answer keeps its thread waiting: the summary then shows fewer answers than links).
  while [ "$(ls "$work/done" | wc -l)" -lt "$threads" ] && kill -0 "$wrk_pid" 2>/dev/null &&
    [ $((SECONDS - started)) -lt "${HERD_BURST_TIMEOUT:-290}" ]; do
    sleep 0.2
  done
  kill -INT "$wrk_pid" 2>/dev/null || true
  wait "$wrk_pid" || true
  printf '%-34s %s\n' "burst, each link once" "$(grep '^HERD' "$work/wrk.out" || cat "$work/wrk.out")"
  local q_journey="SELECT COUNT(*) FROM journey_event j JOIN tenant t ON t.id = j.tenant_id \
    WHERE t.slug = 'herd-burst' AND j.kind = 'link-opened'"
  local q_guide="SELECT COALESCE(SUM(g.times), 0) FROM guide_event g JOIN tenant t ON t.id = g.tenant_id \
    WHERE t.slug = 'herd-burst' AND g.kind = 'link-opened'"
  local drain_start=$SECONDS journey=0
  while [ $((SECONDS - drain_start)) -lt "${HERD_DRAIN_TIMEOUT:-120}" ]; do
    journey=$(count "$q_journey")
    [ "$journey" -ge "$burst" ] && break
    sleep 0.5
  done
  printf 'stored after the burst: %s journey_event, %s guide_event link-opened events (want %s); drained %ss after wrk ended\n' \
    "$journey" "$(count "$q_guide")" "$burst" $((SECONDS - drain_start))
  printf 'server memory: VmRSS %s MiB before, VmHWM %s MiB peak\n' \
    $((rss_before / 1024)) $(($(awk '/^VmHWM/ { print $2 }' "/proc/$server/status") / 1024))
  grep -E 'ERROR|WARN' "$work/server.log" | sort | uniq -c | sort -rn | head -5 || true
  stop_server
}

printf 'machine: %s cores, %s; %s\n' "$(nproc)" "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)" \
  "$(git rev-parse --short HEAD)"
case $DB in
  sqlite | postgres) run "$DB" ;;
  both) run sqlite; run postgres ;;
  *) echo "DB must be sqlite, postgres or both" >&2; exit 2 ;;
esac
