//! Helpers for every calculator's unit tests: inputs written with `json!`, results and errors
//! read in one line. `#[track_caller]`, so a failure points at the test that called them.

use crate::calculator::{Evaluation, Typed};
use crate::date::Date;
use crate::value::Value;
use std::fmt::Debug;

/// A date written as in the documents' examples (`"2021-06-01"`).
#[track_caller]
pub fn day(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|| panic!("not a date: {s}"))
}

/// The whole answer for `input` on `as_of`; fails the test on input errors.
#[track_caller]
pub fn eval<T>(calc: &Typed<T>, as_of: &str, input: serde_json::Value) -> Evaluation<T> {
    match calc.run(&Value::from(input), day(as_of)) {
        Ok(ev) => ev,
        Err(e) => panic!("{}: expected a result, got errors {e:?}", calc.id),
    }
}

/// The typed result for `input` on `as_of`.
#[track_caller]
pub fn run<T>(calc: &Typed<T>, as_of: &str, input: serde_json::Value) -> T {
    eval(calc, as_of, input).result
}

/// The errors for `input` as `(field, code)` pairs; fails the test when there are none.
#[track_caller]
pub fn errors<T: Debug>(calc: &Typed<T>, as_of: &str, input: serde_json::Value) -> Vec<(String, String)> {
    match calc.run(&Value::from(input), day(as_of)) {
        Ok(ev) => panic!("{}: expected errors, got {:?}", calc.id, ev.result),
        Err(e) => e.into_iter().map(|e| (e.field, e.code)).collect(),
    }
}

/// What a result was computed without, as `(field, code)` pairs (see `Evaluation::left_out`);
/// fails the test on input errors.
#[track_caller]
pub fn left_out<T>(calc: &Typed<T>, as_of: &str, input: serde_json::Value) -> Vec<(String, String)> {
    eval(calc, as_of, input).left_out.into_iter().map(|e| (e.field, e.code)).collect()
}

/// Asserts that `input` is refused with `code` on `field` (among its errors).
#[track_caller]
pub fn refused<T: Debug>(calc: &Typed<T>, as_of: &str, input: serde_json::Value, field: &str, code: &str) {
    let errs = errors(calc, as_of, input);
    assert!(errs.iter().any(|(f, c)| f == field && c == code), "{}: expected {field}/{code}, got {errs:?}", calc.id);
}

/// Kana (hiragana, katakana; `・` is punctuation) or 円 in a text meant to read in English.
pub fn reads_japanese(s: &str) -> bool {
    s.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) && c != '・' || c == '円')
}

/// Asserts that every step of the explanation reads in English on the English side.
#[track_caller]
pub fn assert_english_trace<T>(ev: &Evaluation<T>) {
    for s in &ev.trace {
        assert!(
            !reads_japanese(&s.label.en) && !reads_japanese(&s.formula.en),
            "{}: {} / {}",
            s.key,
            s.label.en,
            s.formula.en
        );
    }
}
