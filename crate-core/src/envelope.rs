//! The one request/response contract.
//!
//! Request: `{"calculator": ID, "as_of": "YYYY-MM-DD", "input": {...}}`.
//! Response: `{"ok": true, "result": {...}, "trace": [...], "rules": [...]}` or
//! `{"ok": false, "errors": [{"field", "code", "message": {"ja", "en"}}]}`.
//! Used by the data-driven cases, by the JS API and by the web app's tests. Never panics.

use crate::date::Date;
use crate::params::{Ctx, RuleRef};
use crate::trace::TraceStep;
use serde::Serialize;
use crate::value::{Map, Value};
use serde_json::json;

/// A message in both languages. Japanese first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Msg {
    pub ja: String,
    pub en: String,
}

impl Msg {
    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Msg {
        Msg { ja: ja.into(), en: en.into() }
    }

    pub fn get(&self, lang_en: bool) -> &str {
        if lang_en {
            &self.en
        } else {
            &self.ja
        }
    }
}

/// An error tied to an input field (`donors_screened`, `records[2].date`, `as_of`, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
    pub message: Msg,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: impl Into<String>, message: Msg) -> FieldError {
        FieldError { field: field.into(), code: code.into(), message }
    }
}

pub type Errors = Vec<FieldError>;

/// A typed calculator's answer: the result plus how it was reached and which rules were used.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation<T> {
    pub result: T,
    pub trace: Vec<TraceStep>,
    pub rules: Vec<RuleRef>,
}

impl<T> Evaluation<T> {
    pub fn new(result: T, trace: Vec<TraceStep>, ctx: &Ctx) -> Evaluation<T> {
        Evaluation { result, trace, rules: ctx.rules_used() }
    }
}

/// A typed answer as the JSON API gives it: the result serialized, trace and rules as they are.
pub fn as_json<T: Serialize>(answer: Result<Evaluation<T>, Errors>) -> Result<Evaluation<serde_json::Value>, Errors> {
    let ev = answer?;
    let result = serde_json::to_value(&ev.result).map_err(|e| {
        vec![FieldError::new("result", "internal", Msg::new("内部エラー", e.to_string()))]
    })?;
    Ok(Evaluation { result, trace: ev.trace, rules: ev.rules })
}

fn failure(errors: Errors) -> serde_json::Value {
    json!({ "ok": false, "errors": errors })
}

fn one_error(field: &str, code: &str, ja: &str, en: &str) -> serde_json::Value {
    failure(vec![FieldError::new(field, code, Msg::new(ja, en))])
}

/// Evaluates a request value. Always returns a response value.
pub fn evaluate(request: &serde_json::Value) -> serde_json::Value {
    let Some(obj) = request.as_object() else {
        return one_error(
            "request",
            "wrong_type",
            "リクエストはオブジェクトである必要があります",
            "The request must be an object",
        );
    };
    let Some(id) = obj.get("calculator").and_then(serde_json::Value::as_str) else {
        return one_error("calculator", "required", "計算機IDを指定してください", "Name a calculator");
    };
    let Some(calc) = crate::rules::find(id) else {
        let known: Vec<&str> = crate::rules::CALCULATORS.iter().map(|c| c.id).collect();
        return one_error(
            "calculator",
            "unknown_calculator",
            &format!("計算機「{id}」はありません（{}）", known.join(", ")),
            &format!("Unknown calculator \"{id}\" (known: {})", known.join(", ")),
        );
    };
    let as_of = match obj.get("as_of") {
        Some(serde_json::Value::String(s)) => match Date::parse(s) {
            Some(d) => d,
            None => {
                return one_error(
                    "as_of",
                    "invalid_date",
                    "基準日は YYYY-MM-DD の形で入力してください",
                    "as_of must be a date as YYYY-MM-DD",
                )
            }
        },
        _ => {
            return one_error("as_of", "required", "基準日を指定してください", "as_of (YYYY-MM-DD) is required")
        }
    };
    let input = match obj.get("input") {
        None | Some(serde_json::Value::Null) => Value::Object(Map::new()),
        Some(v @ serde_json::Value::Object(_)) => Value::from(v),
        Some(_) => {
            return one_error("input", "wrong_type", "input はオブジェクトです", "input must be an object")
        }
    };
    match calc.run(&input, as_of) {
        Ok(ev) => json!({ "ok": true, "result": ev.result, "trace": ev.trace, "rules": ev.rules }),
        Err(errors) => failure(errors),
    }
}

/// String in, string out (for embedding where only JSON text crosses the boundary).
pub fn evaluate_str(request: &str) -> String {
    let response = match serde_json::from_str::<serde_json::Value>(request) {
        Ok(v) => evaluate(&v),
        Err(e) => one_error("request", "invalid_json", "JSON を読み取れません", &format!("Invalid JSON: {e}")),
    };
    response.to_string()
}

/// Reads fields out of a JSON object, collecting every problem instead of stopping at the first.
/// Numbers may come as JSON numbers or as strings people typed ("1,000円", "１２３").
pub struct Reader<'a> {
    obj: Option<&'a Map>,
    prefix: String,
    pub errors: Errors,
}

fn wrong_type(field: &str, ja_kind: &str, en_kind: &str) -> FieldError {
    FieldError::new(
        field,
        "wrong_type",
        Msg::new(format!("{ja_kind}を指定してください"), format!("Expected {en_kind}")),
    )
}

impl<'a> Reader<'a> {
    /// A reader over `value` (an object); `prefix` is prepended to field names (`records[2].`).
    pub fn new(value: &'a Value, prefix: impl Into<String>) -> Reader<'a> {
        let prefix = prefix.into();
        let mut errors = Vec::new();
        let obj = value.as_object();
        if obj.is_none() {
            let name = prefix.trim_end_matches('.');
            errors.push(wrong_type(if name.is_empty() { "input" } else { name }, "オブジェクト", "an object"));
        }
        Reader { obj, prefix, errors }
    }

    pub fn field_name(&self, name: &str) -> String {
        format!("{}{}", self.prefix, name)
    }

    pub fn raw(&self, name: &str) -> Option<&'a Value> {
        self.obj.and_then(|o| o.get(name)).filter(|v| !v.is_null())
    }

    fn push(&mut self, e: FieldError) {
        self.errors.push(e);
    }

    /// A non-negative integer; `default` when absent (absent with no default is an error).
    pub fn int(&mut self, name: &str, default: Option<i64>) -> i64 {
        self.int_max(name, default, crate::parse::MAX_AMOUNT)
    }

    /// A non-negative integer at most `max`.
    pub fn int_max(&mut self, name: &str, default: Option<i64>, max: i64) -> i64 {
        let field = self.field_name(name);
        let parsed = match self.raw(name) {
            None => match default {
                Some(d) => return d,
                None => Err(FieldError::new(
                    &field,
                    "required",
                    Msg::new("入力してください", "This field is required"),
                )),
            },
            Some(Value::Number(n)) => match n.as_i64() {
                Some(v) if v < 0 => Err(FieldError::new(
                    &field,
                    "negative",
                    Msg::new("0以上の数を入力してください", "Enter zero or a positive number"),
                )),
                Some(v) => crate::parse::parse_int_max(&field, &v.to_string(), max),
                None => crate::parse::parse_int_max(&field, n.as_str(), max),
            },
            Some(Value::String(s)) => crate::parse::parse_int_max(&field, s, max),
            Some(_) => Err(wrong_type(&field, "数値", "a number")),
        };
        parsed.unwrap_or_else(|e| {
            self.push(e);
            0
        })
    }

    /// A non-negative decimal (hours, quantities).
    pub fn decimal(&mut self, name: &str, default: Option<rust_decimal::Decimal>) -> rust_decimal::Decimal {
        let field = self.field_name(name);
        let parsed = match self.raw(name) {
            None => match default {
                Some(d) => return d,
                None => Err(FieldError::new(
                    &field,
                    "required",
                    Msg::new("入力してください", "This field is required"),
                )),
            },
            Some(Value::Number(n)) => crate::parse::parse_decimal(&field, n.as_str()),
            Some(Value::String(s)) => crate::parse::parse_decimal(&field, s),
            Some(_) => Err(wrong_type(&field, "数値", "a number")),
        };
        parsed.unwrap_or_else(|e| {
            self.push(e);
            rust_decimal::Decimal::ZERO
        })
    }

    /// An optional non-negative integer: `None` when absent, null or an empty string.
    pub fn opt_int(&mut self, name: &str) -> Option<i64> {
        match self.raw(name) {
            None => None,
            Some(Value::String(s)) if s.trim().is_empty() => None,
            Some(_) => Some(self.int(name, None)),
        }
    }

    pub fn bool(&mut self, name: &str, default: bool) -> bool {
        match self.raw(name) {
            None => default,
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) if s == "true" => true,
            Some(Value::String(s)) if s == "false" => false,
            Some(_) => {
                let f = self.field_name(name);
                self.push(wrong_type(&f, "true/false", "true or false"));
                default
            }
        }
    }

    pub fn string(&mut self, name: &str, default: Option<&str>) -> String {
        match self.raw(name) {
            None => match default {
                Some(d) => d.to_string(),
                None => {
                    let f = self.field_name(name);
                    self.push(FieldError::new(f, "required", Msg::new("入力してください", "This field is required")));
                    String::new()
                }
            },
            Some(Value::String(s)) => s.clone(),
            Some(_) => {
                let f = self.field_name(name);
                self.push(wrong_type(&f, "文字列", "a string"));
                String::new()
            }
        }
    }

    /// One of `allowed`; returns the matched allowed value (so callers can match on `&'static str`).
    pub fn choice(&mut self, name: &str, allowed: &[&'static str], default: Option<&'static str>) -> &'static str {
        let s = self.string(name, default);
        if let Some(hit) = allowed.iter().find(|a| **a == s) {
            return hit;
        }
        if !s.is_empty() || self.raw(name).is_some() {
            let f = self.field_name(name);
            self.push(FieldError::new(
                f,
                "invalid_choice",
                Msg::new(
                    format!("次のいずれかを指定してください: {}", allowed.join(", ")),
                    format!("Expected one of: {}", allowed.join(", ")),
                ),
            ));
        }
        allowed.first().copied().unwrap_or("")
    }

    pub fn date(&mut self, name: &str) -> Option<Date> {
        let field = self.field_name(name);
        match self.raw(name) {
            None => {
                self.push(FieldError::new(field, "required", Msg::new("日付を入力してください", "Enter a date")));
                None
            }
            Some(Value::String(s)) => match crate::parse::parse_date(&field, s) {
                Ok(d) => Some(d),
                Err(e) => {
                    self.push(e);
                    None
                }
            },
            Some(_) => {
                self.push(wrong_type(&field, "日付（YYYY-MM-DD）", "a date string YYYY-MM-DD"));
                None
            }
        }
    }

    pub fn opt_date(&mut self, name: &str) -> Option<Date> {
        match self.raw(name) {
            None => None,
            Some(Value::String(s)) if s.trim().is_empty() => None,
            Some(_) => self.date(name),
        }
    }

    /// An array (empty when absent).
    pub fn array(&mut self, name: &str) -> &'a [Value] {
        match self.raw(name) {
            None => &[],
            Some(Value::Array(a)) => a,
            Some(_) => {
                let f = self.field_name(name);
                self.push(wrong_type(&f, "配列", "an array"));
                &[]
            }
        }
    }

    /// Adds the errors of a nested reader.
    pub fn absorb(&mut self, other: Reader<'_>) {
        self.errors.extend(other.errors);
    }

    pub fn error(&mut self, name: &str, code: &str, msg: Msg) {
        let f = self.field_name(name);
        self.push(FieldError::new(f, code, msg));
    }

    pub fn finish<T>(self, value: T) -> Result<T, Errors> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_requests_are_errors_not_panics() {
        for req in [
            json!(null),
            json!([]),
            json!({}),
            json!({"calculator": 5}),
            json!({"calculator": "nope", "as_of": "2024-01-01"}),
            json!({"calculator": "jmdp_fees"}),
            json!({"calculator": "jmdp_fees", "as_of": "2024-02-30"}),
            json!({"calculator": "jmdp_fees", "as_of": "2024-01-01", "input": 3}),
        ] {
            let r = evaluate(&req);
            assert_eq!(r["ok"], json!(false), "{req}");
            assert!(r["errors"][0]["message"]["ja"].as_str().is_some_and(|s| !s.is_empty()));
            assert!(r["errors"][0]["message"]["en"].as_str().is_some_and(|s| !s.is_empty()));
        }
        assert_eq!(evaluate(&json!({"calculator": "nope", "as_of": "2024-01-01"}))["errors"][0]["code"], "unknown_calculator");
        assert!(evaluate_str("{not json").contains("invalid_json"));
    }

    #[test]
    fn reader_collects_every_error_and_accepts_typed_strings() {
        let v = Value::from(json!({"a": "１,２００円", "b": -1, "c": "x", "d": true, "e": [1]}));
        let mut r = Reader::new(&v, "");
        assert_eq!(r.int("a", None), 1200);
        r.int("b", None);
        r.int("c", None);
        r.int("missing", None);
        assert_eq!(r.int("absent_with_default", Some(7)), 7);
        assert!(r.bool("d", false));
        r.bool("e", false);
        let codes: Vec<_> = r.errors.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
        assert_eq!(
            codes,
            vec![("b", "negative"), ("c", "not_a_number"), ("missing", "required"), ("e", "wrong_type")]
        );
    }
}
