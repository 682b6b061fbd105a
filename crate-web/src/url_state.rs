//! A page's inputs live in its URL query, so a shared link reopens the same calculation.
//! `v=1` is the link schema version: a future change of field names upgrades old links here.

pub const SCHEMA_VERSION: &str = "1";

/// The query parameters of the current URL.
pub fn read() -> Vec<(String, String)> {
    // The prerendered page (native) is the page opened without a query.
    if cfg!(not(target_arch = "wasm32")) {
        return Vec::new();
    }
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return Vec::new() };
    let mut out = Vec::new();
    let entries = js_sys::try_iter(&params.entries()).ok().flatten();
    if let Some(iter) = entries {
        for pair in iter.flatten() {
            let arr = js_sys::Array::from(&pair);
            if let (Some(k), Some(v)) = (arr.get(0).as_string(), arr.get(1).as_string()) {
                out.push((k, v));
            }
        }
    }
    out
}

pub fn get(key: &str) -> Option<String> {
    read().into_iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Replaces the query (no new history entry per keystroke).
pub fn write(pairs: &[(String, String)]) {
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    let Ok(params) = web_sys::UrlSearchParams::new() else { return };
    params.append("v", SCHEMA_VERSION);
    for (k, v) in pairs {
        params.append(k, v);
    }
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}?{}", String::from(params.to_string()));
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The default 基準日 (today; the user can change it). It only picks which version of each rule
/// applies, so a prerendered page stays right until the next version (the prerender says until
/// when, and the page's loader moves the field to the visitor's day), unlike [`today`].
pub fn rules_day() -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return TODAY.get().cloned().unwrap_or_default();
    #[cfg(target_arch = "wasm32")]
    today()
}

/// Today in local time, as YYYY-MM-DD.
#[cfg(target_arch = "wasm32")]
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Natively (the prerender): the build's day, see [`set_today`]. Noted, so the page can say it
/// depends on the day ([`take_today_used`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> String {
    TODAY_USED.store(true, std::sync::atomic::Ordering::Relaxed);
    TODAY.get().cloned().unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
static TODAY_USED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the page rendered since the last call read "today" (and so is stale on another day:
/// its loader then starts the app at once, tools/split.mjs).
#[cfg(not(target_arch = "wasm32"))]
pub fn take_today_used() -> bool {
    TODAY_USED.swap(false, std::sync::atomic::Ordering::Relaxed)
}

/// The prerender's "today" (native: the build's date, in Japan). The app computes again with the
/// visitor's own date once it starts.
#[cfg(not(target_arch = "wasm32"))]
static TODAY: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Sets the prerender's "today" (YYYY-MM-DD), once, before the first page is rendered.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_today(date: &str) {
    let _ = TODAY.set(date.to_string());
}
