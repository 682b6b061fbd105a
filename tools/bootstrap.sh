#!/usr/bin/env bash
# Installs whatever the build and tests need and is missing, from package registries only
# (crates.io, npm, Debian). Idempotent: checks versions first, so it is fast when all is present.
# Fails with a message naming what could not be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm splitter cargo-leptos uses (tools/split.mjs runs its CLI).
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf 'bootstrap: %s\n' "$*"; }
fail() { printf 'bootstrap: FAILED to install %s\n  %s\n' "$1" "$2" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

# 1. Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown || fail "wasm32-unknown-unknown target" "rustup target add failed"
fi

# 2. Trunk (0.22 needs a newer rustc than this machine's; 0.21.14 is pinned).
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION from crates.io (about 10 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION" || fail "trunk $TRUNK_VERSION" "cargo install --locked trunk@$TRUNK_VERSION failed"
fi

# 3. wasm-bindgen-cli at the locked version (also provides wasm-bindgen-test-runner).
# Not --locked: its lock file pins a yanked dependency.
if [ -z "$WBG_VERSION" ]; then fail "wasm-bindgen-cli" "could not read the wasm-bindgen version from Cargo.lock"; fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WBG_VERSION\$" || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WBG_VERSION from crates.io (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "=$WBG_VERSION" || fail "wasm-bindgen-cli $WBG_VERSION" "cargo install wasm-bindgen-cli failed"
fi

# 3b. wasm-split-cli: cuts the release module into per-page chunks (tools/split.mjs).
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:" || ! command -v wasm-split-cli >/dev/null; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION from crates.io (about 2 minutes)"
  cargo install --locked "wasm_split_cli_support@$WASM_SPLIT_VERSION" --features build-binary \
    || fail "wasm-split-cli $WASM_SPLIT_VERSION" "cargo install --locked wasm_split_cli_support --features build-binary failed"
fi

# 4. Chromium and its driver, from Debian.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver from Debian"
  { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } \
    || fail "chromium / chromium-driver" "apt-get install chromium chromium-driver failed (root or sudo needed)"
fi

# 5. Node packages: wasm-opt (binaryen), the end-to-end drivers (playwright-core, axe-core) and
#    lighthouse (make bench).
need_npm=0
for pkg in binaryen playwright-core @axe-core/playwright lighthouse; do
  want=$(node -e "console.log(require('./package.json').devDependencies['$pkg'])")
  have=$(node -e "try{console.log(require('./node_modules/$pkg/package.json').version)}catch(e){console.log('')}")
  [ "$want" = "$have" ] || need_npm=1
done
if [ "$need_npm" = 1 ]; then
  say "installing node packages from npm (no browser download)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund >/dev/null 2>&1 || npm install --no-audit --no-fund >/dev/null; else npm install --no-audit --no-fund >/dev/null; fi \
    || fail "node packages" "npm install failed"
fi
wasm-opt --version 2>/dev/null | grep -q "version 132" || fail "wasm-opt" "node_modules/.bin/wasm-opt is missing or not version 132"

say "ready: $(trunk --version), wasm-bindgen $WBG_VERSION, $(wasm-opt --version), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
