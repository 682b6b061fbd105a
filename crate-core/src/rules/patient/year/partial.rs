//! A plan with a bad month still computes the others. One wrong value in one month (a cost that
//! is no number, a month typed twice, a month no table covers) leaves that month out: the other
//! months are computed as a plan of their own, and the answer says which months were left out and
//! why — each field error kept at its field (by the month's place in the input), then one
//! `left_out` error on the month itself (「3か月目（2026-09）は計算に含めていません …」).
//!
//! A problem that is not a month's own (the bracket, the incomes, the list as a whole) still
//! stops the whole plan, as does a plan whose every month is wrong. Leaving a month out can make
//! another month wrong (a transport refund whose payment was in the month left out): that month
//! is left out too, with its own reason, until the months that remain compute.

use super::input::parse;
use super::logic::compute;
use super::output::Output;
use super::schema::{month, MONTHS};
use crate::calculator::Evaluation;
use crate::msg::{Errors, FieldError, Msg};
use crate::params::Ctx;
use crate::rules::insurance::high_cost::schema::month as hm;
use crate::value::Value;

/// The month an error names (`months[3].meals` → 3).
fn month_of(field: &str) -> Option<usize> {
    let rest = field.strip_prefix(MONTHS.key)?.strip_prefix('[')?;
    rest[..rest.find(']')?].parse().ok()
}

/// The error renamed to the month's place in the whole input.
fn at(e: FieldError, index: usize) -> FieldError {
    let rest = e.field.split_once(']').map_or("", |(_, r)| r);
    FieldError { field: format!("{}[{index}]{rest}", MONTHS.key), ..e }
}

/// 「3か月目（2026-09）は入力に誤りがあるため計算に含めていません: 医療費の総額（10割）: …」.
fn left_out(index: usize, typed: Option<&str>, reasons: &[&FieldError]) -> FieldError {
    let nth = month::ROWS.nth(index + 1);
    let (when_ja, when_en) = match typed {
        Some(m) => (format!("（{m}）"), format!(" ({m})")),
        None => (String::new(), String::new()),
    };
    let why: Vec<Msg> = reasons
        .iter()
        .map(|e| match e.field.split_once("].") {
            Some((_, sub)) => match crate::schema::field_label(month::ROWS.fields, sub) {
                Some(l) => Msg::new(format!("{}: {}", l.ja, e.message.ja), format!("{}: {}", l.en, e.message.en)),
                None => e.message.clone(),
            },
            None => e.message.clone(),
        })
        .collect();
    let join = |f: fn(&Msg) -> &str, sep: &str| why.iter().map(f).collect::<Vec<_>>().join(sep);
    FieldError::new(
        format!("{}[{index}]", MONTHS.key),
        "left_out",
        Msg::new(
            format!(
                "{}{when_ja}は入力に誤りがあるため計算に含めていません（ほかの月だけで計算しています）: {}",
                nth.ja,
                join(|m| m.ja.as_str(), " / ")
            ),
            format!(
                "{}{when_en} is left out of the plan until its entries are corrected (the other months are computed without it): {}",
                nth.en,
                join(|m| m.en.as_str(), " / ")
            ),
        ),
    )
}

fn run(input: &Value, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    compute(&parse(input)?, ctx)
}

/// The plan's answer: the whole plan, or, when only some months are wrong, the others with what
/// was left out (see the module).
pub fn evaluate(input: &Value, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let first = match run(input, ctx) {
        Ok(ev) => return Ok(ev),
        Err(e) => e,
    };
    let Some(all) = input.get(MONTHS.key).and_then(Value::as_array) else { return Err(first) };
    // `kept[j]`: the place in the whole input of the j-th month computed this round.
    let mut kept: Vec<usize> = (0..all.len()).collect();
    let mut left: Errors = Vec::new();
    let mut errors = first.clone();
    loop {
        let own = |e: &FieldError| month_of(&e.field).is_some_and(|j| j < kept.len());
        if !errors.iter().all(own) {
            if left.is_empty() {
                return Err(first);
            }
            left.extend(errors.into_iter().map(|e| match month_of(&e.field).filter(|j| *j < kept.len()) {
                Some(j) => at(e, kept[j]),
                None => e,
            }));
            return Err(left);
        }
        let bad: Vec<usize> = errors.iter().filter_map(|e| month_of(&e.field)).collect();
        left.extend(errors.into_iter().map(|e| {
            let j = month_of(&e.field).unwrap_or(0);
            at(e, kept[j])
        }));
        kept = kept.into_iter().enumerate().filter(|(j, _)| !bad.contains(j)).map(|(_, i)| i).collect();
        if kept.is_empty() {
            return Err(left);
        }
        let mut fewer = input.clone();
        if let Some(obj) = fewer.as_object_mut() {
            obj.insert(MONTHS.key, Value::Array(kept.iter().map(|&i| all[i].clone()).collect()));
        }
        match run(&fewer, ctx) {
            Ok(mut ev) => {
                ev.left_out = with_notes(left, all);
                return Ok(ev);
            }
            Err(e) => errors = e,
        }
    }
}

/// The field errors, then one `left_out` error per month left out (in the input's order).
fn with_notes(mut errors: Errors, all: &[Value]) -> Errors {
    // The months with an error, each once and in order: marked by index rather than sorted, so the
    // year page's module carries no sort of its own for it (about 4 KB of wasm).
    let mut marked = vec![false; all.len()];
    for i in errors.iter().filter_map(|e| month_of(&e.field)) {
        if let Some(m) = marked.get_mut(i) {
            *m = true;
        }
    }
    let months: Vec<usize> = (0..all.len()).filter(|&i| marked[i]).collect();
    let notes: Vec<FieldError> = months
        .iter()
        .map(|&i| {
            let typed = all[i].get(hm::MONTH.key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
            let reasons: Vec<&FieldError> = errors.iter().filter(|e| month_of(&e.field) == Some(i)).collect();
            left_out(i, typed, &reasons)
        })
        .collect();
    errors.extend(notes);
    errors
}
