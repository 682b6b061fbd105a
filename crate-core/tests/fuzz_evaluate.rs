//! Fuzzing the one contract: whatever JSON arrives, `evaluate` answers, never panics, and its
//! answer has the promised shape: `{"ok": true, ...}` or `{"ok": false, "errors": [≥1 error with
//! non-empty ja and en messages]}`. The parsers never panic on any string either, core's own
//! JSON reader (saved and imported records) reads what serde_json reads, the same way, and its
//! number reader reads what rust_decimal reads.
//!
//! Requests are generated from real calculator ids (and junk), dates (and junk), and input
//! objects built from the field names and values found in `tests/cases/*.json` (so most requests
//! reach deep into the rules) plus arbitrary nested JSON. Half of them are real cases with some
//! fields replaced, removed or added.
//!
//! `make test` runs 2,000 cases per property; `PROPTEST_CASES=n` overrides (`make fuzz`: 1,000,000
//! in release mode). Failures are shrunk and saved in `fuzz_evaluate.proptest-regressions` (keep
//! them: they are replayed first on every run).

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Map, Number, Value};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// What the case files contain: requests, every input field name, every string value.
struct Corpus {
    requests: Vec<Value>,
    fields: Vec<String>,
    strings: Vec<String>,
    dates: Vec<String>,
}

fn collect(v: &Value, fields: &mut BTreeSet<String>, strings: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                fields.insert(k.clone());
                collect(x, fields, strings);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect(x, fields, strings)),
        Value::String(s) => {
            strings.insert(s.clone());
        }
        _ => {}
    }
}

fn corpus() -> &'static Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
        let mut requests = Vec::new();
        let (mut fields, mut strings, mut dates) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        let mut files: Vec<_> =
            std::fs::read_dir(&dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        files.sort();
        for f in files.into_iter().filter(|p| p.extension().is_some_and(|x| x == "json")) {
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            let Ok(Value::Array(cases)) = serde_json::from_str::<Value>(&text) else { continue };
            for c in cases {
                let req = c["request"].clone();
                if let Some(d) = req["as_of"].as_str() {
                    dates.insert(d.to_string());
                }
                collect(&req["input"], &mut fields, &mut strings);
                requests.push(req);
            }
        }
        assert!(!requests.is_empty(), "no cases found in {}", dir.display());
        Corpus {
            requests,
            fields: fields.into_iter().collect(),
            strings: strings.into_iter().collect(),
            dates: dates.into_iter().collect(),
        }
    })
}

fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(2_000);
    Config { cases, ..Config::default() }
}

/// Strings people (or bugs) type into number, date and choice fields.
fn typed_string() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(corpus().strings.clone()),
        2 => prop::sample::select(vec![
            "", " ", "0", "-0", "-1", "1,000,000", "１２３", "１，０００円", "1.5万", "万", "0.5", "1e3", "1e400",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999999999999",
            "1000000000000", "1000000000001", "0.0000000000000000000000000001", "NaN", "inf", "¥", "円", "１．５",
            "2024-02-29", "2023-02-29", "2024/6/1", "２０２１．６．１", "0000-00-00", "9999-12-31", "2024-13-01",
            "true", "false", "null", "[]", "{}", "a", "ー", "−5", "1_000", "\u{3000}1\u{3000}", "12345678901234567890万",
        ].into_iter().map(String::from).collect::<Vec<_>>()),
        2 => "[0-9０-９,.万円 \\-]{0,24}",
        1 => "[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}",
        1 => any::<String>(),
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => (0i64..1_000_000).prop_map(Value::from),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        1 => any::<f64>().prop_filter_map("finite", |f| Number::from_f64(f).map(Value::Number)),
        1 => (0u32..1000, 0u32..100).prop_map(|(a, b)| Value::from(f64::from(a) + f64::from(b) / 100.0)),
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        1 => Just(Value::Null),
        2 => any::<bool>().prop_map(Value::Bool),
        4 => number(),
        5 => typed_string().prop_map(Value::String),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![4 => prop::sample::select(corpus().fields.clone()), 1 => "[a-z_]{0,12}", 1 => any::<String>()]
}

/// Arbitrary nested JSON whose object keys are mostly real field names.
fn json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn calculator() -> impl Strategy<Value = Value> {
    let ids: Vec<Value> = calc_core::CALCULATORS.iter().map(|c| Value::from(c.id)).collect();
    prop_oneof![8 => prop::sample::select(ids), 1 => leaf(), 1 => "[a-z_]{0,20}".prop_map(Value::String)]
}

fn as_of() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => prop::sample::select(corpus().dates.clone()).prop_map(Value::String),
        3 => (1990u32..2040, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| Value::String(format!("{y:04}-{m:02}-{d:02}"))),
        1 => typed_string().prop_map(Value::String),
        1 => leaf(),
    ]
}

/// One change to an object: set a field (real or random name) to anything, or remove it.
#[derive(Debug, Clone)]
enum Edit {
    Set(String, Value),
    Remove(usize),
    /// Recurse into the n-th field holding an array/object and edit there.
    Inside(usize, usize, Box<Edit>),
}

fn edit() -> impl Strategy<Value = Edit> {
    let base = prop_oneof![
        3 => (key(), json()).prop_map(|(k, v)| Edit::Set(k, v)),
        1 => any::<usize>().prop_map(Edit::Remove),
    ];
    base.prop_recursive(3, 8, 1, |inner| {
        (any::<usize>(), any::<usize>(), inner).prop_map(|(f, i, e)| Edit::Inside(f, i, Box::new(e)))
    })
}

fn apply(target: &mut Value, e: &Edit) {
    match (target, e) {
        (Value::Object(m), Edit::Set(k, v)) => {
            m.insert(k.clone(), v.clone());
        }
        (Value::Object(m), Edit::Remove(n)) if !m.is_empty() => {
            let k = m.keys().nth(n % m.len()).cloned().unwrap_or_default();
            m.remove(&k);
        }
        (Value::Object(m), Edit::Inside(f, i, inner)) => {
            let nested: Vec<String> =
                m.iter().filter(|(_, v)| v.is_array() || v.is_object()).map(|(k, _)| k.clone()).collect();
            if nested.is_empty() {
                return;
            }
            let k = &nested[f % nested.len()];
            if let Some(v) = m.get_mut(k) {
                apply_nested(v, *i, inner);
            }
        }
        (Value::Array(a), Edit::Set(_, v)) => a.push(v.clone()),
        (Value::Array(a), Edit::Remove(n)) if !a.is_empty() => {
            let n = n % a.len();
            a.remove(n);
        }
        _ => {}
    }
}

fn apply_nested(v: &mut Value, i: usize, e: &Edit) {
    match v {
        Value::Array(a) if !a.is_empty() => {
            let n = i % a.len();
            match e {
                Edit::Set(_, x) if i.is_multiple_of(3) => a[n] = x.clone(),
                _ => apply(&mut a[n], e),
            }
        }
        _ => apply(v, e),
    }
}

/// Half: a real case's request with edits; half: a request built from scratch.
fn request() -> impl Strategy<Value = Value> {
    let n = corpus().requests.len();
    let mutated = (0..n, prop::collection::vec(edit(), 1..5), prop::option::weighted(0.1, as_of())).prop_map(
        |(i, edits, date)| {
            let mut req = corpus().requests[i].clone();
            if !req["input"].is_object() {
                req["input"] = Value::Object(Map::new());
            }
            for e in &edits {
                apply(&mut req["input"], e);
            }
            if let Some(d) = date {
                req["as_of"] = d;
            }
            req
        },
    );
    let fresh = (calculator(), prop::option::weighted(0.95, as_of()), prop::option::weighted(0.95, json()), json())
        .prop_map(|(c, d, input, extra)| {
            let mut m = Map::new();
            m.insert("calculator".into(), c);
            if let Some(d) = d {
                m.insert("as_of".into(), d);
            }
            if let Some(i) = input {
                // Mostly an object, as the contract asks; sometimes not.
                let i = match i {
                    Value::Object(_) => i,
                    other if matches!(&other, Value::Array(a) if a.len() % 4 == 1) => other,
                    other => {
                        let mut o = Map::new();
                        o.insert(corpus().fields[0].clone(), other);
                        Value::Object(o)
                    }
                };
                m.insert("input".into(), i);
            }
            if let Value::Object(x) = extra {
                for (k, v) in x {
                    m.entry(k).or_insert(v);
                }
            }
            Value::Object(m)
        });
    prop_oneof![1 => mutated, 1 => fresh, 1 => json()]
}

fn check_shape(req: &Value, r: &Value) -> Result<(), TestCaseError> {
    let Some(obj) = r.as_object() else { return Err(TestCaseError::fail(format!("not an object: {r} for {req}"))) };
    let Some(ok) = obj.get("ok").and_then(Value::as_bool) else {
        return Err(TestCaseError::fail(format!("no bool ok: {r} for {req}")));
    };
    if !ok {
        let errors = obj.get("errors").and_then(Value::as_array);
        prop_assert!(errors.is_some_and(|e| !e.is_empty()), "ok:false without errors: {} for {}", r, req);
        for e in errors.into_iter().flatten() {
            for lang in ["ja", "en"] {
                let m = e["message"][lang].as_str();
                prop_assert!(
                    m.is_some_and(|s| !s.trim().is_empty()),
                    "error without a {} message: {} for {}",
                    lang,
                    e,
                    req
                );
            }
            prop_assert!(
                e["field"].is_string() && e["code"].as_str().is_some_and(|c| !c.is_empty()),
                "error shape: {} for {}",
                e,
                req
            );
        }
    } else {
        prop_assert!(obj.contains_key("result"), "ok:true without result: {} for {}", r, req);
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn evaluate_answers_every_request(req in request()) {
        let r = calc_core::evaluate(&req);
        check_shape(&req, &r)?;
        // The string entry point agrees and also never panics. It is compared with the request as
        // the text reads back: a huge float need not survive printing and parsing to the last bit
        // (-1.0416311169584397e+214 read back as …396e+214), and an error echoes what it read.
        let line = req.to_string();
        let back: Value = serde_json::from_str(&line).map_err(|e| TestCaseError::fail(format!("{e}: {line}")))?;
        let text = calc_core::evaluate_str(&line);
        let parsed: Value = serde_json::from_str(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
        prop_assert_eq!(parsed, calc_core::evaluate(&back));
    }

    #[test]
    fn evaluate_str_answers_any_text(text in prop_oneof![any::<String>(), request().prop_map(|r| {
        let s = r.to_string();
        let cut = s.len() / 2;
        s.char_indices().map(|(i, _)| i).find(|i| *i >= cut).map(|i| s[..i].to_string()).unwrap_or(s)
    })]) {
        let out = calc_core::evaluate_str(&text);
        let r: Value = serde_json::from_str(&out).map_err(|e| TestCaseError::fail(format!("{e}: {out}")))?;
        check_shape(&Value::String(text), &r)?;
    }

    #[test]
    fn parsers_never_panic(s in prop_oneof![typed_string(), any::<String>()]) {
        use calc_core::{parse_date, parse_decimal, parse_int};
        for r in [parse_int("f", &s).err(), parse_decimal("f", &s).err(), parse_date("f", &s).err()].into_iter().flatten() {
            prop_assert!(!r.message.ja.is_empty() && !r.message.en.is_empty());
            prop_assert_eq!(r.field.as_str(), "f");
        }
        if let Ok(v) = parse_int("f", &s) {
            prop_assert!((0..=calc_core::MAX_AMOUNT).contains(&v));
        }
    }

    /// parse_decimal's own number reader against rust_decimal's `from_str` (which it replaced in
    /// the web bundle): the same value wherever both take the text; ours refuses only what would
    /// be too large or need rounding to 28 digits, and takes nothing else rust_decimal refuses.
    #[test]
    fn decimal_reader_agrees_with_rust_decimal(s in prop_oneof![
        "[+]?[0-9]{0,16}([.][0-9]{0,16})?([eE][+-]?[0-9]{1,2})?",
        "[0-9]{0,3}[.]?[0-9]{0,30}",
        "[0-9.eE+]{0,8}",
    ]) {
        use rust_decimal::Decimal;
        use std::str::FromStr;
        let theirs = Decimal::from_str(&s).ok().filter(|d| *d <= Decimal::from(calc_core::MAX_AMOUNT));
        match calc_core::parse_decimal("f", &s) {
            // rust_decimal refuses a zero with an exponent it cannot scale (0e30): zero is right.
            Ok(ours) => prop_assert!(Some(ours) == theirs || ours.is_zero() && theirs.is_none(), "{:?}: {} vs {:?}", s, ours, theirs),
            Err(e) if e.code == "required" => prop_assert!(s.is_empty() || s == "+"),
            Err(e) => {
                let digits = s.bytes().take_while(|b| !matches!(b, b'e' | b'E')).filter(u8::is_ascii_digit).count();
                // rust_decimal rounds to its 28 places what ours refuses (.1e-28 is 0 there).
                let rounded = digits > 28 || theirs.is_some_and(|d| d.scale() == 28);
                prop_assert!(theirs.is_none() || rounded, "refused {:?} ({}), rust_decimal reads {:?}", s, e.code, theirs);
            }
        }
    }

    #[test]
    fn json_reader_agrees_with_serde_json(text in prop_oneof![
        any::<String>(),
        json().prop_map(|v| v.to_string()),
        request().prop_map(|r| {
            // Cut or corrupt real JSON somewhere.
            let s = r.to_string();
            let at = s.len() / 3;
            let i = s.char_indices().map(|(i, _)| i).find(|i| *i >= at).unwrap_or(0);
            format!("{}{}", &s[..i], if s.len() % 2 == 0 { "" } else { "\\u00" })
        }),
    ]) {
        let ours = calc_core::value::parse_json(&text);
        match serde_json::from_str::<Value>(&text) {
            Ok(theirs) => {
                let ours = ours.map_err(|e| TestCaseError::fail(format!("refused {text:?}: {e}")))?;
                // Compared as serde_json values: key order and the last of repeated keys as JSON.parse.
                prop_assert_eq!(serde_json::to_value(&ours).unwrap(), theirs);
                prop_assert_eq!(calc_core::value::parse_json(&ours.to_json()).ok(), Some(ours));
            }
            // Only numbers beyond f64 (serde_json refuses 1e400) may be read by ours alone.
            Err(e) => prop_assert!(ours.is_err() || e.to_string().contains("out of range"), "accepted {:?} ({})", text, e),
        }
    }
}
