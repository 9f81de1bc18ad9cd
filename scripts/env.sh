# Sourced by the run and test scripts: the project's tools come first on PATH. wasm-opt comes
# from npm's binaryen: Debian's older build breaks modules from current rustc.
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$PROJECT_ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
