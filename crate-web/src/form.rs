//! A calculator form, built from the calculator's schema: one signal per field holding the text as
//! typed (restored from and written to the URL), the record lists as row models, and one memo that
//! asks calc-core for the answer. Parsing and rules stay in core.
//!
//! The answer comes in two memos: the calculator's typed result (`Memo<Option<T>>`, read field by
//! field by its page) and, for the shared pieces (each field's errors, the breakdown, the rules
//! used), the same evaluation without the result (`Memo<Outcome>`), so those pieces are one piece
//! of code for every calculator.

use crate::rows::RowsModel;
use calc_core::schema::{Field, Kind, Need, Schema};
use calc_core::value::{Map, Value};
use calc_core::{Date, Errors, Evaluation, FieldError, Msg, Typed};
use leptos::prelude::*;

/// The evaluation without its result: errors, or the breakdown and the rules used.
pub type Outcome = Result<Evaluation<()>, Errors>;

/// The URL parameter that carries a page's record lists.
pub const ROWS_PARAM: &str = "rows";

#[derive(Clone, Copy)]
pub struct Form {
    pub calculator: &'static str,
    pub schema: &'static Schema,
    /// How many of the fields are the schema's (the rest are the page's and never reach core).
    schema_fields: usize,
    pub as_of: RwSignal<String>,
    /// Everything else the form holds, in one stored value (one set of reactive code, not seven).
    st: StoredValue<State>,
}

struct State {
    /// The schema's plain fields (not lists), then the page's own URL state (a mode, a grid).
    fields: Vec<(&'static str, RwSignal<String>)>,
    lists: Vec<RowsModel>,
    /// What the lists do (set by [`Form::with_lists`]): reached through this table, so a page
    /// without lists carries none of the list code.
    list_ops: Option<&'static crate::rows::ListOps>,
    /// Extra input built by the page (e.g. a grid's values); `Null` removes a key.
    extra: Option<Signal<Map>>,
    /// Keys of the link that are no field of this page (shown in a notice, then ignored).
    unknown: Vec<String>,
    /// Keys the link set (their values win over any start value).
    from_url: Vec<String>,
    /// Whether the link's rows were read.
    rows_read: bool,
    /// Why the link's rows could not be read (shown; the link's rows are then not used).
    link_error: Option<Msg>,
    /// What each plain field starts as when the link does not set it (the page's own start).
    starts: Vec<(&'static str, String)>,
    /// The rows the page starts with when the link carries none (as the `rows` parameter).
    start_rows: Option<&'static str>,
}

/// What a plain field starts as: its example (the value the page opens with), else its default.
fn start_of(f: &Field) -> String {
    if f.example.is_empty() {
        f.default_text().unwrap_or("").to_string()
    } else {
        f.example.to_string()
    }
}

impl Form {
    /// The form of `calc`, its fields starting from the link's values, else their defaults and
    /// examples. `page` names the page's own URL parameters with their start values; one named as
    /// a schema field replaces it (the page keeps that value in its own shape, e.g. a grid, and
    /// sends it with [`Form::with_extra`]).
    pub fn new<T>(calc: &'static Typed<T>, page: &[(&'static str, &str)]) -> Form {
        let query = crate::url_state::read();
        let from_url = |k: &str| query.iter().find(|(q, _)| q == k).map(|(_, v)| v.clone());
        let schema = calc.schema;
        let plain =
            schema.fields.iter().filter(|f| !matches!(f.kind, Kind::Rows(_)) && !page.iter().any(|(k, _)| *k == f.key));
        let starts: Vec<(&'static str, String)> = plain.map(|f| (f.key, start_of(f))).collect();
        let mut fields: Vec<(&'static str, RwSignal<String>)> =
            starts.iter().map(|(k, s)| (*k, RwSignal::new(from_url(k).unwrap_or_else(|| s.clone())))).collect();
        let schema_fields = fields.len();
        fields.extend(page.iter().map(|(k, d)| (*k, RwSignal::new(from_url(k).unwrap_or_else(|| d.to_string())))));
        let has_lists = schema.fields.iter().any(|f| matches!(f.kind, Kind::Rows(_)));
        let known =
            |k: &str| k == "v" || k == "as_of" || (k == ROWS_PARAM && has_lists) || fields.iter().any(|(f, _)| *f == k);
        let unknown: Vec<String> = query.iter().map(|(k, _)| k.clone()).filter(|k| !known(k)).collect();
        let as_of = RwSignal::new(from_url("as_of").unwrap_or_else(crate::url_state::rules_day));
        let form = Form {
            calculator: calc.id,
            schema,
            st: StoredValue::new(State {
                fields,
                lists: Vec::new(),
                list_ops: None,
                extra: None,
                unknown,
                from_url: query.iter().map(|(k, _)| k.clone()).collect(),
                rows_read: false,
                link_error: None,
                starts,
                start_rows: None,
            }),
            schema_fields,
            as_of,
        };
        form
    }

    /// The schema's record lists, as row models, with the link's rows (a page that edits lists).
    pub fn with_lists(self) -> Form {
        let lists: Vec<RowsModel> = self
            .schema
            .fields
            .iter()
            .filter_map(|f| match f.kind {
                Kind::Rows(rows) => Some(RowsModel::new(f, rows)),
                _ => None,
            })
            .collect();
        self.st.update_value(|st| {
            st.lists = lists;
            st.list_ops = Some(&crate::rows::OPS);
        });
        if let Some(text) = crate::url_state::get(ROWS_PARAM) {
            let read = crate::rows::decode_param(&self.lists(), &text);
            self.st.update_value(|st| {
                st.rows_read = read.is_ok();
                st.link_error = read.err();
            });
        }
        self
    }

    /// Why the link's rows could not be read, if they could not (the link says what is wrong).
    pub fn link_error(&self) -> Option<Msg> {
        self.st.with_value(|st| st.link_error.clone())
    }

    /// The schema's plain fields the link sets.
    pub fn link_fields(&self) -> Vec<&'static str> {
        self.plain().into_iter().map(|(k, _)| k).filter(|k| self.in_link(k)).collect()
    }

    /// What the page holds when it opens without a link and without anything saved: its own start
    /// values and start rows (its example, or an empty form) — what 「例を使う」 puts back.
    pub fn start_input(&self) -> Value {
        let mut obj = Map::new();
        self.st.with_value(|st| {
            for (k, v) in &st.starts {
                if !v.trim().is_empty() {
                    obj.insert(*k, Value::String(v.clone()));
                }
            }
        });
        // Each list with its own start rows (a bare array is the first list's), the others empty.
        let lists = self.lists();
        let text = self.st.with_value(|st| st.start_rows);
        let read = text.and_then(|t| crate::rows::read_param(&lists, t).ok()).unwrap_or_default();
        for l in &lists {
            let cells = read.iter().find(|(m, _)| m.field.key == l.field.key).map(|(m, r)| m.rows_json(r));
            obj.insert(l.field.key, cells.unwrap_or(Value::Array(Vec::new())));
        }
        Value::Object(obj)
    }

    fn set_start(&self, key: &str, value: &str) {
        self.st.update_value(|st| {
            if let Some((_, s)) = st.starts.iter_mut().find(|(k, _)| *k == key) {
                *s = value.to_string();
            }
        });
    }

    /// Start values of this page that differ from the schema's (unless the link sets them).
    pub fn start(self, values: &[(&str, &str)]) -> Form {
        for (k, v) in values {
            self.set_start(k, v);
            if !self.in_link(k) {
                self.field(k).set(v.to_string());
            }
        }
        self
    }

    /// This page opens as an empty form rather than on the schema's examples: each field at its
    /// default, an optional one blank, a required one without a default at its example (unless the
    /// link sets it).
    pub fn start_empty(self) -> Form {
        for (k, s) in self.plain() {
            let Some(f) = self.schema.get(k) else { continue };
            let start = match f.need {
                Need::Default(d) => d,
                Need::Optional => "",
                Need::Required => f.example,
            };
            self.set_start(k, start);
            if !self.in_link(k) {
                s.set(start.to_string());
            }
        }
        self
    }

    /// The rows this page opens with when the link carries none it can read (a form's worked
    /// example), written as the `rows` parameter is.
    pub fn start_rows(self, text: &'static str) -> Form {
        self.st.update_value(|st| st.start_rows = Some(text));
        if let (false, Some(ops)) = self.st.with_value(|st| (st.rows_read, st.list_ops)) {
            let _ = (ops.decode)(&self.lists(), text);
        }
        self
    }

    /// Whether the link set this parameter.
    pub fn in_link(&self, key: &str) -> bool {
        self.st.with_value(|st| st.from_url.iter().any(|q| q == key))
    }

    /// Adds page-built input (e.g. a grid's values); its keys override plain fields.
    pub fn with_extra(self, extra: Signal<Map>) -> Form {
        self.st.update_value(|st| st.extra = Some(extra));
        self
    }

    pub fn field(&self, name: &str) -> RwSignal<String> {
        self.st
            .with_value(|st| st.fields.iter().find(|(k, _)| *k == name).map(|(_, s)| *s))
            .unwrap_or_else(|| RwSignal::new(String::new()))
    }

    /// The record lists of the schema, in order.
    pub fn lists(&self) -> Vec<RowsModel> {
        self.st.with_value(|st| st.lists.clone())
    }

    /// The schema's plain fields with their signals.
    fn plain(&self) -> Vec<(&'static str, RwSignal<String>)> {
        self.st.with_value(|st| st.fields[..self.schema_fields].to_vec())
    }

    fn list_ops(&self) -> Option<&'static crate::rows::ListOps> {
        self.st.with_value(|st| st.list_ops)
    }

    /// The list for a rows field (`events`, `records`).
    pub fn list(&self, key: &str) -> RowsModel {
        self.st
            .with_value(|st| st.lists.iter().find(|m| m.field.key == key).copied())
            .expect("a rows field of this schema")
    }

    /// Whether a plain field is part of the input now (its control field's value; see
    /// `Field::applies_in`). Tracked.
    pub fn applies(&self, f: &Field) -> bool {
        f.applies_in(self.schema.fields, |c| Some(self.field(c.key).get()))
    }

    /// The input object (tracked): every plain field that applies and is not blank, the lists,
    /// then the page's extra keys.
    pub fn input_json(&self) -> Value {
        let mut obj = Map::new();
        let schema = self.schema;
        for (k, s) in self.plain() {
            let v = s.get();
            if !v.trim().is_empty() && schema.get(k).is_none_or(|field| self.applies(field)) {
                obj.insert(k, Value::String(v));
            }
        }
        if let Some(ops) = self.list_ops() {
            for l in self.lists() {
                obj.insert(l.field.key, (ops.to_json)(&l));
            }
        }
        if let Some(extra) = self.st.with_value(|st| st.extra) {
            for (k, v) in extra.get().iter() {
                match v {
                    Value::Null => {
                        obj.remove(k);
                    }
                    v => obj.insert(k, v.clone()),
                }
            }
        }
        Value::Object(obj)
    }

    /// The whole input to save or export: every plain field as typed and every row (blank rows
    /// too: nothing typed is lost). Tracked.
    pub fn saved_input(&self) -> Value {
        let mut obj = Map::new();
        for (k, s) in self.plain() {
            let v = s.get();
            if !v.trim().is_empty() {
                obj.insert(k, Value::String(v));
            }
        }
        if let Some(ops) = self.list_ops() {
            for l in self.lists() {
                obj.insert(l.field.key, (ops.saved_json)(&l));
            }
        }
        Value::Object(obj)
    }

    /// Replaces the form's state with a saved or imported input: its plain fields (but `keep`)
    /// and its lists. A bare list (an old file) keeps the plain fields as they are.
    pub fn apply_input(&self, v: &Value, keep: &[&str]) {
        let Some(obj) = v.as_object() else { return };
        let plain = self.plain();
        let any_plain = plain.iter().any(|(k, _)| obj.get(k).is_some());
        if any_plain {
            for (k, s) in plain {
                if !keep.contains(&k) {
                    s.set(obj.get(k).map(crate::rows::cell_text).unwrap_or_default());
                }
            }
        }
        if let Some(ops) = self.list_ops() {
            for l in self.lists() {
                (ops.set_from_json)(&l, obj.get(l.field.key));
            }
        }
    }

    /// Query pairs for the URL (tracked).
    pub fn url_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = vec![("as_of".to_string(), self.as_of.get())];
        let schema = self.schema;
        self.st.with_value(|st| {
            for (k, s) in &st.fields {
                let v = s.get();
                // A list of values its page keeps under a parameter of its own leaves no empty one.
                if v.is_empty() && schema.get(k).is_some_and(|f| matches!(f.kind, Kind::List { .. })) {
                    continue;
                }
                pairs.push(((*k).to_string(), v));
            }
        });
        if let Some(text) = self.list_ops().and_then(|ops| (ops.encode)(&self.lists())) {
            pairs.push((ROWS_PARAM.to_string(), text));
        }
        pairs
    }

    /// What the link held that this page does not know, as notices to show.
    pub fn unknown_notices(&self) -> Vec<Msg> {
        let fields = self.schema.fields;
        self.st.with_value(|st| {
            st.unknown
                .iter()
                .map(|k| {
                    let m = calc_core::schema::unknown_field(fields, k);
                    Msg::new(
                        format!("リンクの項目を無視しました: {}", m.ja),
                        format!("A parameter of the link was ignored: {}", m.en),
                    )
                })
                .collect()
        })
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
        // The shared pieces (the error summary) name fields by the schema's labels.
        provide_context(FormSchema(self.schema));
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
                Ok(ev) => Ok(Evaluation {
                    result: (),
                    trace: ev.trace.clone(),
                    rules: ev.rules.clone(),
                    left_out: ev.left_out.clone(),
                }),
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
pub fn items<T: Send + Sync + 'static, U: Clone + Send + Sync + 'static>(
    result: Memo<Option<T>>,
    get: fn(&T) -> &[U],
) -> Signal<Vec<U>> {
    Signal::derive(move || result.with(|r| r.as_ref().map(|r| get(r).to_vec()).unwrap_or_default()))
}

/// A yes/no of the result (`false` while the input has errors).
pub fn flag<T: Send + Sync + 'static>(result: Memo<Option<T>>, get: fn(&T) -> bool) -> Signal<bool> {
    Signal::derive(move || result.with(|r| r.as_ref().is_some_and(get)))
}

/// The schema of the page's form, for the pieces that name its fields (see `Form::run`).
#[derive(Clone, Copy)]
pub struct FormSchema(pub &'static Schema);

/// Errors for one field (and its nested fields, e.g. `records[2].date` under `records[2]`): the
/// input's errors, or what a result was computed without (a month left out of a plan).
/// Whether any error is on `row` itself or on one of its fields (`months[2]`, `months[2].meals`).
pub fn row_has_errors(outcome: &Outcome, row: &str) -> bool {
    let errs = match outcome {
        Ok(ev) => &ev.left_out,
        Err(errs) => errs,
    };
    errs.iter().any(|e| e.field.strip_prefix(row).is_some_and(|rest| rest.is_empty() || rest.starts_with('.')))
}

pub fn errors_for(outcome: &Outcome, field: &str) -> Vec<Msg> {
    let errs = match outcome {
        Ok(ev) => &ev.left_out,
        Err(errs) => errs,
    };
    errs.iter().filter(|e| e.field == field).map(|e| e.message.clone()).collect()
}
