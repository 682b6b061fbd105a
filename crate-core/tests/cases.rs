//! Data-driven cases: every `tests/cases/*.json` (and every `*.json` under `$EXTRA_CASES_DIR`)
//! is an array of `{"name", "request", "expect"}`; `expect` must match the response as a subset.

use serde_json::Value;
use std::path::{Path, PathBuf};

/// Whether `expected` is a subset of `actual`: every key present and equal, objects recursively.
/// Arrays must have the same length, element by element as subsets.
fn subset(expected: &Value, actual: &Value, path: &str, diffs: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let p = format!("{path}.{k}");
                match a.get(k) {
                    Some(av) => subset(ev, av, &p, diffs),
                    None => diffs.push(format!("{p}: expected {ev}, key missing")),
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                diffs.push(format!("{path}: expected {} elements, got {}: {actual}", e.len(), a.len()));
                return;
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                subset(ev, av, &format!("{path}[{i}]"), diffs);
            }
        }
        _ if expected == actual => {}
        // 1 and 1.0 are the same figure.
        (Value::Number(e), Value::Number(a)) if e.as_f64() == a.as_f64() => {}
        _ => diffs.push(format!("{path}: expected {expected}, got {actual}")),
    }
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return out };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(json_files(&p));
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
    out.sort();
    out
}

fn run_dir(dir: &Path, failures: &mut Vec<String>) -> usize {
    let mut count = 0;
    for file in json_files(dir) {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let cases: Vec<Value> = match serde_json::from_str(&text) {
            Ok(Value::Array(a)) => a,
            Ok(_) => {
                failures.push(format!("{}: not an array of cases", file.display()));
                continue;
            }
            Err(e) => {
                failures.push(format!("{}: invalid JSON: {e}", file.display()));
                continue;
            }
        };
        for case in cases {
            count += 1;
            let name = case["name"].as_str().unwrap_or("(unnamed)");
            let response = calc_core::evaluate(&case["request"]);
            let mut diffs = Vec::new();
            if case.get("expect").is_none() {
                diffs.push("case has no \"expect\"".into());
            }
            subset(&case["expect"], &response, "", &mut diffs);
            if !diffs.is_empty() {
                failures.push(format!(
                    "{} :: {name}\n    {}\n    actual: {}",
                    file.file_name().unwrap_or_default().to_string_lossy(),
                    diffs.join("\n    "),
                    response
                ));
            }
        }
    }
    count
}

#[test]
fn all_cases() {
    let mut failures = Vec::new();
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut count = run_dir(&here, &mut failures);
    if let Ok(extra) = std::env::var("EXTRA_CASES_DIR") {
        let n = run_dir(Path::new(&extra), &mut failures);
        println!("EXTRA_CASES_DIR {extra}: {n} cases");
        count += n;
    }
    println!("{count} cases run, {} failed", failures.len());
    assert!(failures.is_empty(), "{} failing case(s):\n{}", failures.len(), failures.join("\n"));
    assert!(count > 0, "no cases found");
}

#[test]
fn subset_matching_is_strict_where_it_should_be() {
    let mut d = Vec::new();
    subset(&serde_json::json!({"a": 1}), &serde_json::json!({"a": 1, "b": 2}), "", &mut d);
    assert!(d.is_empty());
    subset(&serde_json::json!({"a": 1}), &serde_json::json!({"a": 2}), "", &mut d);
    subset(&serde_json::json!({"c": 1}), &serde_json::json!({"a": 1}), "", &mut d);
    subset(&serde_json::json!([1]), &serde_json::json!([1, 2]), "", &mut d);
    assert_eq!(d.len(), 3);
}

/// No step of any case's explanation prints its text twice (a note's label repeating the note),
/// and no English text writes a plural as "(s)".
#[test]
fn every_step_says_its_text_once_and_english_counts_agree() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut seen = 0;
    for file in json_files(&here) {
        let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for case in cases {
            let response = calc_core::evaluate(&case["request"]);
            for step in response["trace"].as_array().into_iter().flatten() {
                seen += 1;
                let key = step["key"].as_str().unwrap_or("");
                assert_ne!(step["label"]["ja"], step["formula"], "{}: {key} repeats its label", file.display());
                assert_ne!(step["label"]["en"], step["formula_en"], "{}: {key} repeats its label", file.display());
                let en = step["formula_en"].as_str().unwrap_or("");
                assert!(!en.contains("(s)"), "{key}: {en}");
            }
            for note in response["result"]["notes"].as_array().into_iter().flatten() {
                let en = note["en"].as_str().unwrap_or("");
                assert!(!en.contains("(s)"), "{en}");
            }
        }
    }
    assert!(seen > 100);
}
