//! The reader the calculators used before their schemas: fields read by name. Kept while the
//! calculators move to [`crate::reader`]; removed when the last one has.

use crate::date::Date;
use crate::msg::{Errors, FieldError, Msg};
use crate::value::{Map, Value};

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
    use serde_json::json;

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
