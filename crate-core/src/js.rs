//! The JS embedding API (feature `js`): `evaluate(request)` takes and returns plain JS objects.
//! See docs/api.md. Never throws: errors come back as `{ok: false, errors: [...]}`.

use wasm_bindgen::prelude::*;

/// `evaluate({calculator, as_of, input})` → `{ok, result, trace, rules}` or `{ok: false, errors}`.
#[wasm_bindgen(js_name = evaluate)]
pub fn evaluate_js(request: JsValue) -> JsValue {
    let response = match serde_wasm_bindgen::from_value::<serde_json::Value>(request) {
        Ok(v) => crate::evaluate(&v),
        Err(e) => serde_json::json!({
            "ok": false,
            "errors": [{"field": "request", "code": "wrong_type",
                        "message": {"ja": "リクエストを読み取れません", "en": format!("Unreadable request: {e}")}}]
        }),
    };
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&response, &ser).unwrap_or(JsValue::NULL)
}

/// The ids of every calculator, for discovery.
#[wasm_bindgen(js_name = calculators)]
pub fn calculators_js() -> Vec<JsValue> {
    crate::rules::CALCULATORS.iter().map(|c| JsValue::from_str(c.0)).collect()
}
