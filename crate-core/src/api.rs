//! The JSON API, the top floor: `{"calculator", "as_of", "input"}` in, `{"ok", "result", "trace",
//! "rules"}` or `{"ok": false, "errors"}` out. Used by the data-driven cases, by the JS API and by
//! the web app's tests. Never panics.

use crate::calculator::Evaluation;
use crate::date::Date;
use crate::msg::{Errors, FieldError, Msg};
use crate::value::{Map, Value};
use serde_json::json;

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
    let Some(calc) = crate::registry::find(id) else {
        let known = crate::registry::IDS.join(", ");
        return one_error(
            "calculator",
            "unknown_calculator",
            &format!("計算機「{id}」はありません（{known}）"),
            &format!("Unknown calculator \"{id}\" (known: {known})"),
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
        _ => return one_error("as_of", "required", "基準日を指定してください", "as_of (YYYY-MM-DD) is required"),
    };
    let input = match obj.get("input") {
        None | Some(serde_json::Value::Null) => Value::Object(Map::new()),
        Some(v @ serde_json::Value::Object(_)) => Value::from(v),
        Some(_) => return one_error("input", "wrong_type", "input はオブジェクトです", "input must be an object"),
    };
    match calc.run(&input, as_of) {
        Ok(ev) => success(ev),
        Err(errors) => failure(errors),
    }
}

/// `{"ok": true, "result", "trace", "rules"}`, and `left_out` when part of the input was (a month
/// of a plan: what was left out and why). The result is already JSON and moves in as it is:
/// `json!` would serialize it a second time (≈ 8% of a fees evaluation, perf).
fn success(ev: Evaluation<serde_json::Value>) -> serde_json::Value {
    let mut out = serde_json::Map::new();
    out.insert("ok".into(), true.into());
    out.insert("result".into(), ev.result);
    out.insert("trace".into(), json!(ev.trace));
    out.insert("rules".into(), json!(ev.rules));
    if !ev.left_out.is_empty() {
        out.insert("left_out".into(), json!(ev.left_out));
    }
    serde_json::Value::Object(out)
}

/// String in, string out (for embedding where only JSON text crosses the boundary).
pub fn evaluate_str(request: &str) -> String {
    let response = match serde_json::from_str::<serde_json::Value>(request) {
        Ok(v) => evaluate(&v),
        Err(e) => one_error("request", "invalid_json", "JSON を読み取れません", &format!("Invalid JSON: {e}")),
    };
    response.to_string()
}

/// Rust callers' entry point: the same as [`evaluate`] without the JSON envelope around it.
pub fn evaluate_typed(
    calculator: &str,
    as_of: Date,
    input: &serde_json::Value,
) -> Result<Evaluation<serde_json::Value>, Errors> {
    let input = Value::from(input);
    let calc = crate::registry::find(calculator).ok_or_else(|| {
        vec![FieldError::new(
            "calculator",
            "unknown_calculator",
            Msg::new(format!("計算機「{calculator}」はありません"), format!("Unknown calculator \"{calculator}\"")),
        )]
    })?;
    calc.run(&input, as_of)
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
        assert_eq!(
            evaluate(&json!({"calculator": "nope", "as_of": "2024-01-01"}))["errors"][0]["code"],
            "unknown_calculator"
        );
        assert!(evaluate_str("{not json").contains("invalid_json"));
    }

    #[test]
    fn sources_are_readable_citations_with_their_parts() {
        let r = evaluate(&json!({"calculator": "jmdp_fees", "as_of": "2024-04-01", "input": {"donors_screened": 1}}));
        let rules = r["rules"].as_array().unwrap();
        let fee = rules.iter().find(|x| x["id"] == "jmdp.fees.final_consent_coordination").unwrap();
        let source = fee["source"].as_str().unwrap();
        assert!(source.starts_with("公益財団法人日本骨髄バンク『非血縁者間骨髄移植"), "{source}");
        assert!(source.ends_with("参考資料2-13 4.「最終同意等調整料」 p.31"), "{source}");
        assert_eq!(fee["cite"]["section"], "参考資料2-13 4.");
        assert_eq!(fee["cite"]["page"], 31);
        assert_eq!(fee["cite"]["quote"], "最終同意等調整料");
        assert!(fee["cite"]["title"].as_str().unwrap().ends_with("〜医事課の方へ〜（第5版）"));
        assert_eq!(fee["cite"]["doc"].as_str().unwrap(), source.split(" 参考資料").next().unwrap());
        for step in r["trace"].as_array().unwrap() {
            let doc = step["cite"]["doc"].as_str().unwrap();
            assert!(step["source"].as_str().unwrap().starts_with(doc), "{step}");
            assert!(step["cite"]["title"].is_string() && step["cite"]["section"].is_string(), "{step}");
        }
        assert!(!r.to_string().to_ascii_lowercase().contains("seed"));
    }
}
