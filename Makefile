# One entry point. `make serve` to see the site, `make test` to run every test.
# Every target installs what is missing first (tools/bootstrap.sh).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PUBLIC_URL ?= /
# The sub-path the end-to-end tests host a second build under.
E2E_SUB_PATH := /sub/path/

.PHONY: tools serve dist test test-core test-web test-e2e e2e-dist bench fuzz clean

tools:
	@bash tools/bootstrap.sh

serve: tools
	trunk serve --public-url $(PUBLIC_URL) --address 127.0.0.1 --port 8080

# Release static site in dist/. tools/postbuild.mjs adds the CSP (hashes of Trunk's inline loader),
# the service worker (sw.js, from this build's file list) and the SPA fallback 404.html.
dist: tools
	trunk build --release --public-url $(PUBLIC_URL) --dist dist
	node tools/postbuild.mjs dist
	@bash tools/size.sh dist

test: tools test-core test-web test-e2e
	@echo "make test: all suites passed"

# Core rules: unit, property and data-driven case tests, natively.
test-core:
	cargo test -p calc-core
	@cargo test -q -p calc-core --test cases all_cases -- --nocapture 2>/dev/null | grep -E "cases run|EXTRA_CASES_DIR" || true

# Long fuzz of the evaluate contract and the parsers (make test runs 2,000 cases per property).
# PROPTEST_CASES=n make fuzz to change the count. Shrunk failures land in crate-core/proptest-regressions/.
fuzz:
	PROPTEST_CASES=$${PROPTEST_CASES:-1000000} cargo test --release -p calc-core --test fuzz_evaluate

# Web components under wasm-bindgen-test in headless Chromium (chromedriver).
test-web:
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test -p calc-web --target wasm32-unknown-unknown

# End-to-end: the release build (at / and under a sub-path) served on loopback, driven in Chromium.
e2e-dist: tools
	trunk build --release --public-url / --dist target/e2e/root
	node tools/postbuild.mjs target/e2e/root
	trunk build --release --public-url $(E2E_SUB_PATH) --dist target/e2e/sub
	node tools/postbuild.mjs target/e2e/sub

test-e2e: e2e-dist
	node --test tools/postbuild.test.mjs
	E2E_ROOT=target/e2e/root E2E_SUB=target/e2e/sub E2E_SUB_PATH=$(E2E_SUB_PATH) \
	  node --test --test-concurrency=1 tests/e2e/

# Figures, one per line as `name value unit [target]`: first-visit bytes (raw/gzip/brotli) against a
# Leptos counter built the same way (bench/counter), cold load and keystroke in Chromium, core time
# per case, Lighthouse scores. Takes several minutes; never part of `make test`.
bench: tools
	node tools/bench.mjs

clean:
	cargo clean
	rm -rf dist
