#!/usr/bin/env bash
# Roster import at scale (BENCHMARKS.md): imports a generated 100k-row CSV with the release CLI
# into a fresh SQLite database, then re-imports it unchanged, then with 1 % of rows changed,
# then exports every personal link. Wall time and peak memory come from GNU time. Baseline in
# the same run: SQLite's own `.import` of the same file into a plain table (no validation, no
# upsert), which bounds what any importer on this disk can do.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-100000}
bin=target/release/passkey-guide
[ -x "$bin" ] || cargo build --release -p passkey-guide
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PASSKEY_GUIDE_DATA_DIR=$work/data RUST_LOG=warn
export PASSKEY_GUIDE_LINK_KEYS="bench:$(head -c 32 /dev/urandom | base64)"

gen() { # $1 = file, $2 = every Nth row gets a changed department (0 = none)
  awk -v n="$rows" -v every="$2" 'BEGIN {
    print "Email;Display Name;Preferred Language;Department;Manager";
    split("en de fr es it nl pt-BR ja", langs, " ");
    for (i = 1; i <= n; i++) {
      dept = "Dept " (i % 40);
      if (every > 0 && i % every == 0) dept = dept " (moved)";
      printf "user%06d@contoso.example;\"Employee %06d, Test\";%s;%s;manager%04d@contoso.example\n",
        i, i, langs[(i % 8) + 1], dept, i % 1000;
    }
  }' > "$1"
}
gen "$work/roster.csv" 0
gen "$work/roster-changed.csv" 100
printf 'file: %s rows, %s bytes\n' "$rows" "$(wc -c < "$work/roster.csv")"

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  read -r secs kib < "$work/time"
  printf '%-34s %8.2f s %8.1f MiB   %s\n' "$label" "$secs" "$(echo "$kib / 1024" | bc -l)" "$(tail -1 "$work/out")"
}

$bin tenant create --slug bench --name Bench > /dev/null
measure "sqlite3 .import (baseline)" sqlite3 "$work/baseline.db" \
  ".mode csv" ".separator ;" ".import $work/roster.csv plain" "SELECT COUNT(*) FROM plain;"
measure "import (all new)" $bin roster import --tenant bench --quiet "$work/roster.csv"
measure "re-import (unchanged)" $bin roster import --tenant bench --quiet "$work/roster.csv"
measure "re-import (1 % changed)" $bin roster import --tenant bench --quiet "$work/roster-changed.csv"
measure "links export" $bin links export --tenant bench --out "$work/links.csv"
