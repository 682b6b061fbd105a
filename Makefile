# One entry point. `make serve` to see the site, `make test` to run every test.
# Every target installs what is missing first (tools/bootstrap.sh).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PUBLIC_URL ?= /
# The sub-path the end-to-end tests host a second build under.
E2E_SUB_PATH := /sub/path/

.PHONY: tools serve dist test test-core test-web test-e2e e2e-dist bench clean

tools:
	@bash tools/bootstrap.sh

serve: tools
	trunk serve --public-url $(PUBLIC_URL) --address 127.0.0.1 --port 8080

# Release static site in dist/ with the SPA fallback (404.html) static hosts serve for deep links.
dist: tools
	trunk build --release --public-url $(PUBLIC_URL) --dist dist
	cp dist/index.html dist/404.html
	@bash tools/size.sh dist

test: tools test-core test-web test-e2e
	@echo "make test: all suites passed"

# Core rules: unit, property and data-driven case tests, natively.
test-core:
	cargo test -p calc-core

# Web components under wasm-bindgen-test in headless Chromium (chromedriver).
test-web:
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test -p calc-web --target wasm32-unknown-unknown

# End-to-end: the release build (at / and under a sub-path) served on loopback, driven in Chromium.
e2e-dist: tools
	trunk build --release --public-url / --dist target/e2e/root
	cp target/e2e/root/index.html target/e2e/root/404.html
	trunk build --release --public-url $(E2E_SUB_PATH) --dist target/e2e/sub
	cp target/e2e/sub/index.html target/e2e/sub/404.html

test-e2e: e2e-dist
	E2E_ROOT=target/e2e/root E2E_SUB=target/e2e/sub E2E_SUB_PATH=$(E2E_SUB_PATH) \
	  node --test --test-concurrency=1 tests/e2e/

clean:
	cargo clean
	rm -rf dist
