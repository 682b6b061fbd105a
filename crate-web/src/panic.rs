//! A panic never leaves a blank or silently dead page. The release build aborts on panic, so the
//! wasm is gone afterwards: the hook logs the panic to the console and puts up a plain-DOM banner
//! (no Leptos, no wasm needed afterwards) in Japanese and English with an ordinary link to the
//! current page without its query string, which reloads the app with an empty form. Saved records
//! live in localStorage and are untouched.
//!
//! Test hook: a URL whose query contains `__panic=1` panics right after the app has mounted
//! (`tests/e2e/panic.test.mjs`). It does nothing else and stores nothing.

use wasm_bindgen::JsCast;

const BANNER_ID: &str = "panic-banner";

/// Installs the hook (once, before mounting).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("calc-web panicked: {info}").into());
        show_banner();
    }));
}

/// The `__panic=1` test hook: call after mounting.
pub fn test_hook() {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    if search.trim_start_matches('?').split('&').any(|kv| kv == "__panic=1") {
        panic!("test hook: __panic=1 in the URL");
    }
}

fn show_banner() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if doc.get_element_by_id(BANNER_ID).is_some() {
        return;
    }
    let Some(body) = doc.body() else { return };
    // The current page, without the query that holds the form's inputs.
    let reset = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_else(|| "/".into());
    let el = |tag: &str, class: &str, lang: &str, text: &str| {
        let e = doc.create_element(tag).ok()?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        if !lang.is_empty() {
            let _ = e.set_attribute("lang", lang);
        }
        e.set_text_content(Some(text));
        Some(e)
    };
    let Some(banner) = el("div", "panic-banner", "", "") else { return };
    banner.set_id(BANNER_ID);
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("tabindex", "-1");
    let parts = [
        el("p", "panic-title", "ja", "エラーが発生しました。この画面は動かなくなりました。"),
        el("p", "panic-title", "en", "Something went wrong. This page has stopped working."),
        el("p", "", "ja", "下のリンクで入力をリセットしてページを開き直してください。保存した記録は消えません。"),
        el("p", "", "en", "Use the link below to reset the form and reopen the page. Your saved records are kept."),
    ];
    for p in parts.into_iter().flatten() {
        let _ = banner.append_child(&p);
    }
    if let Some(a) = el("a", "panic-reset", "", "入力をリセットして開き直す / Reset the form and reload") {
        let _ = a.set_attribute("href", &reset);
        // A full page load: the router must not handle it (rel=external is what it leaves alone).
        let _ = a.set_attribute("rel", "external");
        let _ = banner.append_child(&a);
    }
    let _ = body.insert_before(&banner, body.first_child().as_ref());
    if let Ok(h) = banner.dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}
