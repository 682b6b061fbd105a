//! Client-side navigation: the current path (below the base) as a signal, kept in step with the
//! address bar. Same-site links are ordinary `<a href>` (made by `links::href`, in the language
//! shown); a click on one is
//! turned into `history.pushState` here, and Back/Forward (`popstate`) update the signal.
//!
//! Why not leptos_router: the site has flat, static paths and no route parameters, and the router
//! (with its async matching and the futures it brings) was about a fifth of the main wasm module
//! that every first visit loads. What it did for us is the click rule below and `<base>` handling,
//! which `links` already does.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Starts tracking navigation for the life of the app and returns the signal of the current path
/// below the base (`/`, `/jmdp/fees`).
pub fn track() -> RwSignal<String> {
    let path = RwSignal::new(crate::links::current_path());
    let lang = crate::i18n::use_lang_signal();
    // The app is never unmounted, so the listeners stay for the page's lifetime.
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        // Back to an entry at the other language's address: shown as on arrival (in its
        // language, or moved to the chosen one).
        crate::i18n::show_lang(lang, crate::i18n::initial_lang());
        path.set(crate::links::current_path());
    });
    let _ = window_event_listener(leptos::ev::click, move |ev| {
        if let Some(to) = internal_target(&ev) {
            ev.prevent_default();
            go(path, &to);
        }
    });
    path
}

/// Opens `to` (a path with the base, with or without a query) in the app, as a new history entry.
fn go(path: RwSignal<String>, to: &str) {
    let Some(window) = web_sys::window() else { return };
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to));
    }
    let now = crate::links::current_path();
    // A link to the page already open (e.g. the brand link on the home page) only scrolls up.
    if path.get_untracked() != now {
        path.set(now);
    }
    window.scroll_to_with_x_and_y(0.0, 0.0);
}

/// The same-site address an unmodified left click on a link should open in the app, if any.
/// Everything else stays with the browser (or the link's own handler): modified clicks (new tab),
/// `target`, `download`, `rel="external"` (the panic banner's reset link), other origins, paths
/// outside the base, and in-page `#` links.
fn internal_target(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.alt_key() || ev.ctrl_key() || ev.shift_key() {
        return None;
    }
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let a = target.closest("a[href]").ok()??.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
    if !a.target().is_empty() || a.has_attribute("download") {
        return None;
    }
    // `href="#…"` as written is an in-page link (the skip link), whatever <base href> makes of it.
    if a.get_attribute("href").is_some_and(|h| h.starts_with('#')) {
        return None;
    }
    if a.get_attribute("rel").is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r == "external")) {
        return None;
    }
    let location = web_sys::window()?.location();
    if a.origin() != location.origin().ok()? {
        return None;
    }
    let pathname = a.pathname();
    let base = crate::links::base();
    if !(pathname == base || pathname.starts_with(&format!("{base}/"))) {
        return None;
    }
    // Only a fragment changes: the browser scrolls to it.
    if !a.hash().is_empty() && pathname == location.pathname().ok()? && a.search() == location.search().ok()? {
        return None;
    }
    Some(format!("{pathname}{}{}", a.search(), a.hash()))
}
