//! Native evaluation time per case over the whole data-driven suite (`tests/cases/*.json`):
//! every case's request is evaluated many times; prints `name value unit` lines (median, mean and
//! slowest case, in ns per evaluation). Plain timing loop, no framework: `cargo bench -p calc-core
//! --bench cases` (part of `make bench`, never of `make test`).

use serde_json::Value;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("tests/cases").flatten().map(|e| e.path()).collect();
    files.sort();
    let mut requests = Vec::new();
    for f in files.iter().filter(|p| p.extension().is_some_and(|x| x == "json")) {
        let text = std::fs::read_to_string(f).expect("read case file");
        if let Ok(Value::Array(cases)) = serde_json::from_str::<Value>(&text) {
            requests.extend(cases.into_iter().map(|c| c["request"].clone()));
        }
    }
    assert!(!requests.is_empty());
    // Warm up, then per case: enough iterations for ≥ 2 ms, 7 batches, the median batch.
    let mut per_case: Vec<f64> = Vec::with_capacity(requests.len());
    for req in &requests {
        black_box(calc_core::evaluate(black_box(req)));
        let t = Instant::now();
        let mut n = 0u32;
        while t.elapsed() < Duration::from_millis(2) {
            black_box(calc_core::evaluate(black_box(req)));
            n += 1;
        }
        let mut batches: Vec<f64> = (0..7)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..n {
                    black_box(calc_core::evaluate(black_box(req)));
                }
                t.elapsed().as_nanos() as f64 / f64::from(n)
            })
            .collect();
        batches.sort_by(f64::total_cmp);
        per_case.push(batches[batches.len() / 2]);
    }
    let mut sorted = per_case.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    let mean = sorted.iter().sum::<f64>() / sorted.len() as f64;
    let max = sorted[sorted.len() - 1];
    println!("core.cases {} cases", requests.len());
    // Same line shape as tools/bench.mjs's figures: the target, then whether it was met.
    const TARGET_NS: f64 = 50_000.0;
    let verdict = if median <= TARGET_NS { "met" } else { "MISSED" };
    println!("core.eval.median {median:.0} ns/case target<={TARGET_NS} {verdict}");
    println!("core.eval.mean {mean:.0} ns/case");
    println!("core.eval.slowest {max:.0} ns/case");
}
