//! The JS API (docs/api.md), on `window.wasmBindings` once the site has started:
//! `evaluate(request)` → a Promise of the response, `calculators()` → the ids.
//!
//! The rules load with the first `evaluate` call, not with the site's first page: in release
//! builds (cfg `wasm_split`) the body below is its own lazily loaded wasm chunk. The request
//! crosses into it as JSON text, so nothing of serde or the rules stays in the main module.
use wasm_bindgen::prelude::*;

/// `evaluate({calculator, as_of, input})` → `{ok, result, trace, rules}` or `{ok: false, errors}`.
/// Never rejects: an unreadable request is an `ok: false` answer too.
#[wasm_bindgen(js_name = evaluate)]
pub async fn evaluate_js(request: JsValue) -> JsValue {
    let text = js_sys::JSON::stringify(&request).ok().and_then(|s| s.as_string());
    // `undefined`, a function or a cyclic object has no JSON form; core answers "invalid_json".
    let answer = respond(text.unwrap_or_default()).await;
    js_sys::JSON::parse(&answer).unwrap_or(JsValue::NULL)
}

/// The ids of every calculator, for discovery.
#[wasm_bindgen(js_name = calculators)]
pub fn calculators_js() -> Vec<JsValue> {
    calc_core::IDS.iter().map(|id| JsValue::from_str(id)).collect()
}

#[cfg(wasm_split)]
#[leptos::lazy]
fn respond(request: String) -> String {
    calc_core::evaluate_str(&request)
}

#[cfg(not(wasm_split))]
async fn respond(request: String) -> String {
    calc_core::evaluate_str(&request)
}
