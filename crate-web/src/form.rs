//! A calculator form: raw input strings in signals (restored from and written to the URL),
//! one memo that asks calc-core for the answer. Parsing and rules stay in core.
//!
//! The answer comes in two memos: the calculator's typed result (`Memo<Option<T>>`, read field by
//! field by its page) and, for the shared pieces (each field's errors, the breakdown, the rules
//! used), the same evaluation without the result (`Memo<Outcome>`), so those pieces are one piece
//! of code for every calculator.

use calc_core::Typed;
use calc_core::value::{Map, Value};
use calc_core::{Date, Errors, Evaluation, FieldError, Msg};
use leptos::prelude::*;

/// The evaluation without its result: errors, or the breakdown and the rules used.
pub type Outcome = Result<Evaluation<()>, Errors>;

#[derive(Clone, Copy)]
pub struct Form {
    pub calculator: &'static str,
    fields: StoredValue<Vec<(&'static str, RwSignal<String>)>>,
    pub as_of: RwSignal<String>,
    /// Extra input built by the page (lists of records etc.), merged into the request.
    extra: StoredValue<Option<Signal<Map>>>,
}

impl Form {
    /// Fields with their defaults; values present in the URL win over defaults. `calculator` is
    /// the calculator's id (element ids and saved records use it).
    pub fn new(calculator: &'static str, defaults: &[(&'static str, &str)]) -> Form {
        let query = crate::url_state::read();
        let from_url = |k: &str| query.iter().find(|(q, _)| q == k).map(|(_, v)| v.clone());
        let fields = defaults
            .iter()
            .map(|(k, d)| (*k, RwSignal::new(from_url(k).unwrap_or_else(|| d.to_string()))))
            .collect();
        let as_of = RwSignal::new(from_url("as_of").unwrap_or_else(crate::url_state::today));
        Form { calculator, fields: StoredValue::new(fields), as_of, extra: StoredValue::new(None) }
    }

    /// Adds page-built input (e.g. arrays); its keys override plain fields.
    pub fn with_extra(self, extra: Signal<Map>) -> Form {
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
                    obj.insert(*k, Value::String(v));
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

    /// The live answer of `calc` (the calculator itself, not core's by-name dispatch, which would
    /// put every calculator and table in every page's code), and the effect that keeps the URL in
    /// step. Returns the evaluation without its result (for fields, breakdown and rules used) and
    /// the typed result (`None` while the input has errors).
    pub fn run<T>(self, calc: &'static Typed<T>) -> (Memo<Outcome>, Memo<Option<T>>)
    where
        T: Clone + PartialEq + Send + Sync + 'static,
    {
        Effect::new(move |_| crate::url_state::write(&self.url_pairs()));
        let full = Memo::new(move |_| {
            let as_of = self.as_of.get();
            let Some(date) = Date::parse(&as_of) else {
                return Err(vec![FieldError::new(
                    "as_of",
                    "invalid_date",
                    Msg::new("基準日を YYYY-MM-DD で入力してください", "Enter the reference date as YYYY-MM-DD"),
                )]);
            };
            calc.run(&self.input_json(), date)
        });
        let outcome = Memo::new(move |_| {
            full.with(|r| match r {
                Ok(ev) => Ok(Evaluation { result: (), trace: ev.trace.clone(), rules: ev.rules.clone() }),
                Err(e) => Err(e.clone()),
            })
        });
        let result = Memo::new(move |_| full.with(|r| r.as_ref().ok().map(|ev| ev.result.clone())));
        (outcome, result)
    }
}

/// One number of the result (`None` while the input has errors), for a [`crate::components::Figure`].
/// A function pointer, not a closure type: one copy of this code per calculator, not per figure.
pub fn num<T: Send + Sync + 'static>(result: Memo<Option<T>>, get: fn(&T) -> i64) -> Signal<Option<i64>> {
    Signal::derive(move || result.with(|r| r.as_ref().map(get)))
}

/// A number of the result that may be absent (`None` also while the input has errors).
pub fn num_opt<T: Send + Sync + 'static>(result: Memo<Option<T>>, get: fn(&T) -> Option<i64>) -> Signal<Option<i64>> {
    Signal::derive(move || result.with(|r| r.as_ref().and_then(get)))
}

/// A list of the result (notes, certificates; empty while the input has errors).
pub fn items<T: Send + Sync + 'static, U: Clone + Send + Sync + 'static>(result: Memo<Option<T>>, get: fn(&T) -> &[U]) -> Signal<Vec<U>> {
    Signal::derive(move || result.with(|r| r.as_ref().map(|r| get(r).to_vec()).unwrap_or_default()))
}

/// A yes/no of the result (`false` while the input has errors).
pub fn flag<T: Send + Sync + 'static>(result: Memo<Option<T>>, get: fn(&T) -> bool) -> Signal<bool> {
    Signal::derive(move || result.with(|r| r.as_ref().is_some_and(get)))
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

