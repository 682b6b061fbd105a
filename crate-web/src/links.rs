//! Every internal link goes through `href`, so the site works at `/` and under a sub-path
//! (`PUBLIC_URL=/sub/path/ make dist`). The base comes from `<base href>`, which Trunk fills
//! with the public URL.
//!
//! Each page has an address per language: Japanese at the route (`/jmdp/fees/`), English below
//! `/en` (`/en/jmdp/fees/`), both prerendered (`src/bin/prerender.rs`). Links follow the
//! language shown, and switching the language moves the address to the other one, so a shared
//! or bookmarked address opens in the language it was copied in.

use crate::i18n::Lang;
use leptos::prelude::Get;
use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// Where the English pages live, below the base.
const EN: &str = "/en";

/// The path prefix without a trailing slash: `""` at the root, `"/sub/path"` under a sub-path.
pub fn base() -> &'static str {
    // Natively (the prerender) there is no document: the base is what `set_base` was given.
    if cfg!(not(target_arch = "wasm32")) {
        return BASE.get().map_or("", String::as_str);
    }
    BASE.get_or_init(|| {
        let from_doc = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|u| u.pathname())
            .unwrap_or_default();
        from_doc.trim_end_matches('/').to_string()
    })
}

/// The base for the prerender (native): the `<base href>` of the built `index.html`, e.g.
/// `/sub/path/`. Set once, before the first page is rendered.
pub fn set_base(public_url: &str) {
    let _ = BASE.set(public_url.trim_end_matches('/').to_string());
}

/// What comes between the base and the route for `lang`: `""` or `"/en"`.
pub fn lang_prefix(lang: Lang) -> &'static str {
    if lang.is_en() {
        EN
    } else {
        ""
    }
}

/// `lang_href(Lang::En, "/jmdp/fees")` → `"/sub/path/en/jmdp/fees"`; the English home page is
/// `"/sub/path/en/"`. `route` may carry a `#fragment`.
pub fn lang_href(lang: Lang, route: &str) -> String {
    format!("{}{}{}", base(), lang_prefix(lang), route)
}

/// The address of `route` in the language shown, following it when it changes: for `href=` in
/// `view!`.
pub fn href(route: impl Into<String>) -> impl Fn() -> String + Send + Sync + Clone + 'static {
    let route = route.into();
    let lang = crate::i18n::use_lang_signal();
    move || lang_href(lang.get(), &route)
}

/// A path as the address bar has it → the route (`/`, `/jmdp/fees`) and whether it is the
/// English address. Strips the base, `index.html` and a trailing slash (hosts serve a
/// prerendered `<route>/index.html` at `<route>/`).
/// (Tested in tests/web.rs.)
pub fn parse_path(path: &str) -> (String, Option<Lang>) {
    let rest = path.strip_prefix(base()).unwrap_or(path);
    let rest = rest.strip_suffix("index.html").unwrap_or(rest);
    let rest = rest.trim_end_matches('/');
    let (rest, lang) = match rest.strip_prefix(EN) {
        Some(r) if r.is_empty() || r.starts_with('/') => (r, Some(Lang::En)),
        _ => (rest, None),
    };
    (if rest.is_empty() { "/".into() } else { rest.to_string() }, lang)
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// Natively (the prerender): the route being rendered, below the base.
    static RENDERING: std::cell::RefCell<String> = std::cell::RefCell::new("/".into());
}

/// The prerender's "address": the route it renders now (`set_base` first), so a view asks
/// [`current_path`] the same way in the browser and in the prerender.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_rendering(route: &str) {
    RENDERING.with(|r| *r.borrow_mut() = route.to_string());
}

/// The address bar's path (natively, the route being rendered below the base).
fn location_path() -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return RENDERING.with(|r| format!("{}{}", base(), r.borrow()));
    #[cfg(target_arch = "wasm32")]
    return web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
}

/// The current route (for choosing and highlighting the page), whatever the address's language.
pub fn current_path() -> String {
    parse_path(&location_path()).0
}

/// `Some(Lang::En)` on an English address.
pub fn address_lang() -> Option<Lang> {
    parse_path(&location_path()).1
}

/// Moves the address to the page's address in `lang`, keeping the query, the fragment and the
/// history entry (a language switch is not a new page for Back). Nothing to do when the address
/// is already in `lang`.
pub fn show_lang_in_address(lang: Lang) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else { return };
        let location = window.location();
        let path = location.pathname().unwrap_or_default();
        let (route, now) = parse_path(&path);
        if now.unwrap_or(Lang::Ja) == lang {
            return;
        }
        let mut to = lang_href(lang, &route);
        if route != "/" && path.ends_with('/') {
            to.push('/');
        }
        to.push_str(&location.search().unwrap_or_default());
        to.push_str(&location.hash().unwrap_or_default());
        if let Ok(history) = window.history() {
            let _ =
                history.replace_state_with_url(&history.state().unwrap_or(wasm_bindgen::JsValue::NULL), "", Some(&to));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}
