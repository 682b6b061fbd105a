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

# 1b. The lint gate (make test: cargo fmt --check, cargo clippy -D warnings) needs the toolchain's
# own rustfmt and clippy (rustup's default profile has them; rustup's servers are not a registry
# this project may download from, so they are checked, not installed).
for c in rustfmt cargo-clippy; do
  command -v "$c" >/dev/null || fail "$c" "the Rust toolchain lacks $c (rustup's default profile includes it)"
done

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

# 3b. wasm-split-cli: cuts the release module into per-page chunks (tools/split.mjs). Built from
#     the crates.io source of wasm_split_cli_support with tools/wasm-split.patch applied (shared
#     chunks for code most pages use, instead of one chunk per set of users), into .tools/.
#     Rebuilt when the patch changes (its hash is kept next to the binary).
SPLIT_BIN=.tools/bin/wasm-split-cli
SPLIT_STAMP=.tools/wasm-split.patch.sha256
want_stamp="$WASM_SPLIT_VERSION $(sha256sum tools/wasm-split.patch | cut -d' ' -f1)"
if [ ! -x "$SPLIT_BIN" ] || [ "$(cat "$SPLIT_STAMP" 2>/dev/null)" != "$want_stamp" ]; then
  say "building wasm-split-cli $WASM_SPLIT_VERSION from crates.io with tools/wasm-split.patch (about 2 minutes)"
  src=target/tools/wasm-split
  rm -rf "$src" target/tools/fetch && mkdir -p target/tools/fetch/src "$src"
  printf '[package]\nname = "fetch-wasm-split"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nwasm_split_cli_support = "=%s"\n[workspace]\n' \
    "$WASM_SPLIT_VERSION" > target/tools/fetch/Cargo.toml
  echo 'fn main() {}' > target/tools/fetch/src/main.rs
  cargo fetch --manifest-path target/tools/fetch/Cargo.toml >/dev/null 2>&1 \
    || fail "wasm-split-cli $WASM_SPLIT_VERSION" "cargo fetch of wasm_split_cli_support failed"
  crate=$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"wasm_split_cli_support-$WASM_SPLIT_VERSION.crate" 2>/dev/null | head -1)
  [ -n "$crate" ] || fail "wasm-split-cli $WASM_SPLIT_VERSION" "wasm_split_cli_support-$WASM_SPLIT_VERSION.crate not in the cargo cache"
  tar xzf "$crate" -C "$src" --strip-components=1
  patch -s -p1 -d "$src" < tools/wasm-split.patch || fail "wasm-split-cli" "tools/wasm-split.patch does not apply"
  # Its own workspace: it sits below ours (target/) but is no member of it.
  printf '\n[workspace]\n' >> "$src/Cargo.toml"
  cargo install --locked --path "$src" --features build-binary --root .tools --force \
    || fail "wasm-split-cli $WASM_SPLIT_VERSION" "cargo install --path $src failed"
  echo "$want_stamp" > "$SPLIT_STAMP"
fi

# 4. Chromium and its driver, from Debian.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver from Debian"
  { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } \
    || fail "chromium / chromium-driver" "apt-get install chromium chromium-driver failed (root or sudo needed)"
fi

# 5. Node packages: wasm-opt (binaryen), esbuild (minifies the JS and CSS), the end-to-end drivers (playwright-core, axe-core) and
#    lighthouse (make bench).
need_npm=0
for pkg in binaryen esbuild playwright-core @axe-core/playwright lighthouse; do
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

# 6. `make bench` only (tools/bootstrap.sh fonts): a Japanese font, as every Japanese user's device
#    has. Without one each Japanese glyph sends Chromium through a fruitless font fallback and the
#    cold-load figure measures that instead of the site. Not needed by `make test`.
if [ "${1:-}" = fonts ] && [ -z "$(fc-list :lang=ja 2>/dev/null)" ]; then
  say "installing fonts-noto-cjk from Debian (Japanese text for the benchmark)"
  { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null; } \
    || fail "fonts-noto-cjk" "apt-get install fonts-noto-cjk failed (root or sudo needed)"
fi

say "ready: $(trunk --version), wasm-bindgen $WBG_VERSION, $(wasm-opt --version), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
