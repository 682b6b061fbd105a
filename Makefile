# One entry point. `make serve` to see the site, `make test` to run every test.
# Every target installs what is missing first (tools/bootstrap.sh).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PUBLIC_URL ?= /
# The sub-path the end-to-end tests host a second build under.
E2E_SUB_PATH := /sub/path/
# Release builds: every calculator page (and the JS API's rules) as its own lazily loaded wasm
# chunk. wasm_split turns on Leptos's #[lazy] split points; the relocations let wasm-split-cli cut
# the module (tools/split.mjs). RUSTFLAGS replaces .cargo/config.toml's, so erase_components again.
SPLIT_RUSTFLAGS := --cfg erase_components --cfg wasm_split -C link-arg=--emit-relocs
# One release site: trunk, then the split (and the page's loader: the wasm on demand), then every
# route's page prerendered natively from the same views into <route>/index.html (Trunk's page kept
# as 404.html), then the CSP of every page, sw.js and 404.html (postbuild reads the result).
# `make dist ORIGIN=https://…` makes the pages' canonical, hreflang and Open Graph addresses absolute.
PRERENDER := cargo run -q -p calc-web --no-default-features --features prerender --bin prerender --
define release_site
	RUSTFLAGS="$(SPLIT_RUSTFLAGS)" trunk build --release --public-url $(1) --dist $(2)
	node tools/split.mjs $(2)
	$(PRERENDER) $(2) $(ORIGIN)
	node tools/postbuild.mjs $(2)
endef

.PHONY: tools serve dist test lint test-core test-web test-e2e e2e-dist bench fuzz clean

tools:
	@bash tools/bootstrap.sh

serve: tools
	trunk serve --public-url $(PUBLIC_URL) --address 127.0.0.1 --port 8080

# Release static site in dist/: a prerendered page per route, the wasm split into per-page chunks
# loaded on demand, the CSP (hashes of each page's inline loader), the service worker (sw.js, from
# this build's file list) and the SPA fallback 404.html.
dist: tools
	$(call release_site,$(PUBLIC_URL),dist)
	@bash tools/size.sh dist
	@[ -n "$(ORIGIN)" ] || echo "make dist: no ORIGIN, so the canonical, hreflang and Open Graph links are relative (search engines want them absolute); to publish: ORIGIN=https://your.host make dist"

test: tools lint test-core test-web test-e2e
	@echo "make test: all suites passed"

# Formatting (rustfmt.toml) and clippy with warnings as errors, natively for core and for the
# browser target for web; clippy.toml caps a function at 120 lines (Cargo.toml [workspace.lints]).
lint: tools
	cargo fmt --all --check
	cargo clippy -p calc-core --all-targets -- -D warnings
	cargo clippy -p calc-web --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy -p calc-web --no-default-features --features prerender --lib --bins -- -D warnings

# Core rules: unit, property and data-driven case tests, natively.
test-core:
	cargo test -p calc-core
	@cargo test -q -p calc-core --test cases all_cases -- --nocapture 2>/dev/null | grep -E "cases run|EXTRA_CASES_DIR" || true

# Long fuzz of the evaluate contract and the parsers (make test runs 2,000 cases per property).
# PROPTEST_CASES=n make fuzz to change the count. Shrunk failures land in crate-core/tests/fuzz_evaluate.proptest-regressions.
fuzz:
	PROPTEST_CASES=$${PROPTEST_CASES:-1000000} cargo test --release -p calc-core --test fuzz_evaluate

# Web components under wasm-bindgen-test in headless Chromium (chromedriver).
test-web:
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test -p calc-web --target wasm32-unknown-unknown

# End-to-end: the release build (at / and under a sub-path) served on loopback, driven in Chromium.
e2e-dist: tools
	$(call release_site,/,target/e2e/root)
	$(call release_site,$(E2E_SUB_PATH),target/e2e/sub)

test-e2e: e2e-dist
	node --test tools/postbuild.test.mjs tools/minify.test.mjs tools/split.test.mjs
	E2E_ROOT=target/e2e/root E2E_SUB=target/e2e/sub E2E_SUB_PATH=$(E2E_SUB_PATH) \
	  node --test --test-concurrency=1 tests/e2e/

# Figures, one per line as `name value unit [target]`: first-visit bytes (raw/gzip/brotli) against a
# Leptos counter built the same way (bench/counter), cold load and keystroke in Chromium, core time
# per case, Lighthouse scores. Takes several minutes; never part of `make test`. Installs a Japanese
# font first (see tools/bootstrap.sh) so load times are those of a Japanese user's device.
bench: tools
	@bash tools/bootstrap.sh fonts
	SPLIT_RUSTFLAGS="$(SPLIT_RUSTFLAGS)" node tools/bench.mjs

clean:
	cargo clean
	rm -rf dist
