#!/usr/bin/env bash
# Audits the employee-facing pages: starts the server on loopback with a fresh SQLite data
# directory (seeded as end2end/playwright.config.ts seeds it), fetches every employee page as
# an iPhone Safari and a Windows Edge user (the generic guide, a tenant's guide, a strict
# tenant's guide, a personal link and the pages it leads to, the unsubscribe page), checks
# them with the Nu HTML Checker, and runs Lighthouse (mobile) on the start page and a step
# page.
#
#   scripts/audit-pages.sh
#
# Environment:
#   E2E_BIN               server binary (default target/release/passkey-guide if present,
#                         else target/debug/passkey-guide); build it first, this script
#                         does not run cargo
#   LEPTOS_SITE_ROOT      the site cargo-leptos built (default target/site)
#   AUDIT_PORT            loopback port (default 3960)
#   AUDIT_OUT             where pages, headers and reports go (default target/audit)
#   AUDIT_MAX_PAGES       pages per user agent and crawl (default 300)
#   AUDIT_ALLOW_ERRORS=1  exit 0 even when the HTML checker reports errors
#   AUDIT_SKIP_LIGHTHOUSE=1
#   CHROME_PATH           Chromium for Lighthouse (default /usr/bin/chromium)
#
# The npm tools live in audit/ (vnu-jar, lighthouse), apart from end2end/; they are
# installed with `npm ci` on first use. Needs java, node and python3.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ -n "${E2E_BIN:-}" ]]; then
  bin="$(realpath "$E2E_BIN")"
elif [[ -x target/release/passkey-guide ]]; then
  bin="$root/target/release/passkey-guide"
else
  bin="$root/target/debug/passkey-guide"
fi
[[ -x "$bin" ]] || { echo "no server binary at $bin (set E2E_BIN or build it)" >&2; exit 2; }
if [[ -z "${E2E_BIN:-}" && -x target/debug/passkey-guide && target/debug/passkey-guide -nt "$bin" ]]; then
  echo "note: $bin is older than target/debug/passkey-guide (E2E_BIN=target/debug/passkey-guide to audit that one)" >&2
fi
site_root="$(realpath "${LEPTOS_SITE_ROOT:-target/site}")"
[[ -d "$site_root/pkg" ]] || { echo "no site at $site_root (run cargo leptos build)" >&2; exit 2; }
port="${AUDIT_PORT:-3960}"
base="http://127.0.0.1:$port"
out="$(realpath -m "${AUDIT_OUT:-target/audit}")"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

for tool in java node python3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
if [[ ! -f audit/node_modules/vnu-jar/build/dist/vnu.jar || ! -x audit/node_modules/.bin/lighthouse ]]; then
  echo "== installing the audit tools (audit/package-lock.json)"
  (cd audit && npm ci --no-audit --no-fund --ignore-scripts)
fi
vnu_jar="$root/audit/node_modules/vnu-jar/build/dist/vnu.jar"

if curl -fs -o /dev/null "$base/healthz"; then
  echo "something already answers on $base; set AUDIT_PORT" >&2
  exit 2
fi

mkdir -p "$out"
# Only what an earlier run left (AUDIT_OUT may name a directory with other files).
rm -rf "$out/pages" "$out"/pages.tsv "$out"/vnu.json "$out"/vnu-summary.txt "$out"/lighthouse-* \
  "$out"/links-*.csv "$out"/seed.log "$out"/server.log
data_dir="$(mktemp -d "${TMPDIR:-/tmp}/passkey-guide-audit-XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$data_dir"
}
trap cleanup EXIT

export LEPTOS_SITE_ADDR="127.0.0.1:$port"
export LEPTOS_SITE_ROOT="$site_root"
export LEPTOS_OUTPUT_NAME=passkey-guide
export PASSKEY_GUIDE_DATA_DIR="$data_dir"
export PASSKEY_GUIDE_SECURE_COOKIES=false
# The end-to-end tests' fixed key (a test key, never used in production).
export PASSKEY_GUIDE_LINK_KEYS='e2e:ZTJlLWxpbmsta2V5LWZvci1lbmQtdG8tZW5kLXRlc3RzLW9ubHk'
export PASSKEY_GUIDE_PUBLIC_URL="$base"
export RUST_LOG="${RUST_LOG:-warn}"
unset DATABASE_URL

echo "== seeding $data_dir with $bin"
slug=audit
roster="$data_dir/roster-$slug.csv"
links="$out/links-$slug.csv"
seed() {
  # `set -e` does not apply inside a command list tested with ||: check each step.
  "$bin" tenant create --slug "$slug" --name "Tenant $slug" &&
    echo "audit password for admins" | "$bin" admin create --tenant "$slug" \
      --email "owner@$slug.example" --role owner &&
    echo "audit password for admins" | "$bin" admin create --tenant "$slug" \
      --email "help@$slug.example" --role helpdesk &&
    printf 'email,name,department\nada@%s.example,Ada Lovelace,Engineering\ngrace@%s.example,Grace Hopper,Finance\nlinus@%s.example,Linus Pauling,Engineering\nmary@%s.example,Mary Jackson,Engineering\n' \
      "$slug" "$slug" "$slug" "$slug" > "$roster" &&
    "$bin" roster import --quiet --tenant "$slug" "$roster" &&
    "$bin" links export --tenant "$slug" --announce --out "$links" &&
    # A strict organisation: device-bound passkeys only, Windows Hello allowed in Entra.
    "$bin" tenant create --slug "$slug-strict" --name "Strict $slug" &&
    "$bin" tenant policy --slug "$slug-strict" --device-bound-only --windows-hello on
}
if ! seed > "$out/seed.log" 2>&1; then
  cat "$out/seed.log" >&2
  echo "seeding failed; is $bin older than the sources? (E2E_BIN picks another binary)" >&2
  exit 1
fi

echo "== starting the server on $base"
"$bin" serve > "$out/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$base/healthz" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$out/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs -o /dev/null "$base/healthz" || { echo "the server did not come up" >&2; exit 1; }

echo "== fetching the employee pages"
python3 audit/crawl.py --base "$base" --out "$out" --tenant "$slug" \
  --strict-tenant "$slug-strict" --links-csv "$links" --max-pages "${AUDIT_MAX_PAGES:-300}"

echo "== response headers (HTML pages)"
python3 - "$out/pages.tsv" <<'EOF'
import csv, sys
from collections import Counter
rows = [r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t")]
c = Counter()
for r in rows:
    personal = "personal" if r["job"] == "personal" else "anonymous"
    kind = "html" if r["file"] != "-" else r["content_type"] or "-"
    c[(personal, r["status"], kind, r["cache_control"], "csp" if r["csp"] == "yes" else "no csp",
       "nonce" if r["nonce"] != "-" else "no nonce", "meta description: " + r["meta_description"])] += 1
for k, n in sorted(c.items()):
    print(f"  {n:4d}  " + " | ".join(k))
EOF

echo "== Nu HTML Checker"
html_files=("$out"/pages/*.html)
java -jar "$vnu_jar" --format json --exit-zero-always "${html_files[@]}" 2> "$out/vnu.json"
vnu_status=0
# pipefail: the status is the summary's (1 when there are errors), not tee's.
python3 audit/vnu_summary.py "$out" "$out/vnu.json" | tee "$out/vnu-summary.txt" || vnu_status=$?

lighthouse_status=0
if [[ "${AUDIT_SKIP_LIGHTHOUSE:-0}" != 1 ]]; then
  echo "== Lighthouse (mobile)"
  step_url="$(awk -F'\t' '$3=="generic" && $4==200 && $5 ~ /\/step\/1$/ {print $5; exit}' "$out/pages.tsv")"
  for target in "start $base/" "step ${step_url:-$base/guide/security-key/step/1}"; do
    name="${target%% *}"
    url="${target#* }"
    if audit/node_modules/.bin/lighthouse "$url" --quiet --form-factor=mobile \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox" \
      --output=json --output=html --output-path="$out/lighthouse-$name" \
      > "$out/lighthouse-$name.log" 2>&1; then
      node -e '
        const r = require(process.argv[1]);
        const s = Object.values(r.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`);
        const failed = Object.values(r.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
          .map((a) => a.id);
        console.log(`  ${process.argv[2]}: ${s.join(", ")}`);
        if (failed.length) console.log(`    failed audits: ${failed.join(", ")}`);
      ' "$out/lighthouse-$name.report.json" "$name $url"
    else
      echo "  $name $url: lighthouse failed, see $out/lighthouse-$name.log" >&2
      lighthouse_status=1
    fi
  done
fi

echo "== results in $out"
if [[ $vnu_status -ne 0 && "${AUDIT_ALLOW_ERRORS:-0}" != 1 ]]; then
  echo "the HTML checker found errors (AUDIT_ALLOW_ERRORS=1 to accept them)" >&2
  exit 1
fi
exit "$lighthouse_status"
