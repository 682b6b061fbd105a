//! A calculator form: raw input strings in signals (restored from and written to the URL),
//! one memo that asks calc-core for the answer. Parsing and rules stay in core.

use calc_core::rules::Calculator;
use calc_core::{Date, Errors, Evaluation, FieldError, Msg};
use leptos::prelude::*;
use serde_json::{Map, Value};

pub type Outcome = Result<Evaluation<Value>, Errors>;

#[derive(Clone, Copy)]
pub struct Form {
    pub calculator: &'static str,
    /// The calculator itself, not core's by-name dispatch: that would put every calculator (and
    /// every parameter table) in every page's code.
    calc: &'static Calculator,
    fields: StoredValue<Vec<(&'static str, RwSignal<String>)>>,
    pub as_of: RwSignal<String>,
    /// Extra input built by the page (lists of records etc.), merged into the request.
    extra: StoredValue<Option<Signal<Map<String, Value>>>>,
}

impl Form {
    /// Fields with their defaults; values present in the URL win over defaults.
    pub fn new(calc: &'static Calculator, defaults: &[(&'static str, &str)]) -> Form {
        let query = crate::url_state::read();
        let from_url = |k: &str| query.iter().find(|(q, _)| q == k).map(|(_, v)| v.clone());
        let fields = defaults
            .iter()
            .map(|(k, d)| (*k, RwSignal::new(from_url(k).unwrap_or_else(|| d.to_string()))))
            .collect();
        let as_of = RwSignal::new(from_url("as_of").unwrap_or_else(crate::url_state::today));
        Form { calculator: calc.id, calc, fields: StoredValue::new(fields), as_of, extra: StoredValue::new(None) }
    }

    /// Adds page-built input (e.g. arrays); its keys override plain fields.
    pub fn with_extra(self, extra: Signal<Map<String, Value>>) -> Form {
        self.extra.set_value(Some(extra));
        self
    }

    pub fn field(&self, name: &str) -> RwSignal<String> {
        self.fields
            .with_value(|f| f.iter().find(|(k, _)| *k == name).map(|(_, s)| *s))
            .unwrap_or_else(|| RwSignal::new(String::new()))
    }

    /// The input object (tracked). Empty strings are left out so defaults apply.
    pub fn input_json(&self) -> Value {
        let mut obj = Map::new();
        self.fields.with_value(|f| {
            for (k, s) in f {
                let v = s.get();
                if !v.trim().is_empty() {
                    obj.insert((*k).to_string(), Value::String(v));
                }
            }
        });
        if let Some(extra) = self.extra.get_value() {
            obj.extend(extra.get());
        }
        Value::Object(obj)
    }

    /// Query pairs for the URL (tracked).
    pub fn url_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = vec![("as_of".to_string(), self.as_of.get())];
        self.fields.with_value(|f| {
            for (k, s) in f {
                pairs.push(((*k).to_string(), s.get()));
            }
        });
        pairs
    }

    /// The live result, and the effect that keeps the URL in step.
    pub fn outcome(self) -> Memo<Outcome> {
        let calc = self.calc;
        Effect::new(move |_| crate::url_state::write(&self.url_pairs()));
        Memo::new(move |_| {
            let as_of = self.as_of.get();
            let Some(date) = Date::parse(&as_of) else {
                return Err(vec![FieldError::new(
                    "as_of",
                    "invalid_date",
                    Msg::new("基準日を YYYY-MM-DD で入力してください", "Enter the reference date as YYYY-MM-DD"),
                )]);
            };
            calc.run(&self.input_json(), date)
        })
    }
}

/// Errors for one field (and its nested fields, e.g. `records[2].date` under `records[2]`).
pub fn errors_for(outcome: &Outcome, field: &str) -> Vec<Msg> {
    match outcome {
        Ok(_) => Vec::new(),
        Err(errs) => errs
            .iter()
            .filter(|e| e.field == field)
            .map(|e| e.message.clone())
            .collect(),
    }
}

/// A yen/point/count figure from the result by key.
pub fn int(outcome: &Outcome, key: &str) -> Option<i64> {
    outcome.as_ref().ok()?.result.get(key)?.as_i64()
}
