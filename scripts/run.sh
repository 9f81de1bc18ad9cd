#!/usr/bin/env bash
# Sets up what is missing, builds the release site and serves it on http://127.0.0.1:3000
# with an embedded SQLite database under ./data (override with PASSKEY_GUIDE_DATA_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

export PASSKEY_GUIDE_DATA_DIR="${PASSKEY_GUIDE_DATA_DIR:-$PWD/data}"
# Plain http on localhost: browsers drop Secure cookies there. Behind https leave it on.
export PASSKEY_GUIDE_SECURE_COOKIES="${PASSKEY_GUIDE_SECURE_COOKIES:-false}"
mkdir -p "$PASSKEY_GUIDE_DATA_DIR"
exec cargo leptos serve --release
