#!/usr/bin/env bash
# Prints the size of a release build, raw and gzip: what a first visit to the home page loads
# (index.html, the CSS, the main JS and wasm and the split loader), then every lazily loaded chunk
# together (each calculator page loads its own few; the service worker fetches them all in the
# background for offline use). `make bench` measures the first visit of each page in Chromium.
set -euo pipefail
dir=${1:-dist}
gz() { gzip -9 -c "$1" | wc -c; }
total_raw=0; total_gz=0
printf '%-44s %10s %10s\n' "file" "raw B" "gzip B"
for f in "$dir"/index.html "$dir"/*.css "$dir"/wasm-*/calc-web.js "$dir"/wasm-*/calc-web_bg.wasm "$dir"/wasm-*/__wasm_split.js; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f"); g=$(gz "$f")
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + g))
  printf '%-44s %10d %10d\n' "${f#"$dir"/}" "$raw" "$g"
done
printf '%-44s %10d %10d\n' "TOTAL (first visit, home page)" "$total_raw" "$total_gz"
n=0; c_raw=0; c_gz=0
for f in "$dir"/wasm-*/chunk_*.wasm "$dir"/wasm-*/split_*.wasm; do
  [ -f "$f" ] || continue
  n=$((n + 1)); c_raw=$((c_raw + $(stat -c %s "$f"))); c_gz=$((c_gz + $(gz "$f")))
done
printf '%-44s %10d %10d\n' "lazily loaded chunks ($n files)" "$c_raw" "$c_gz"
echo "framework floor (Leptos counter, same tools): make bench prints it"
