//! Every internal link goes through `href`, so the site works at `/` and under a sub-path
//! (`PUBLIC_URL=/sub/path/ make dist`). The base comes from `<base href>`, which Trunk fills
//! with the public URL.

use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

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

/// `href("/jmdp/fees")` → `"/sub/path/jmdp/fees"`.
pub fn href(path: &str) -> String {
    format!("{}{}", base(), path)
}

/// The current path with the base removed (for highlighting the current page).
pub fn current_path() -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return "/".into();
    }
    let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
    let rest = path.strip_prefix(base()).unwrap_or(&path);
    // A prerendered page is `<route>/index.html`: hosts serve it at `/jmdp/fees/` too.
    let rest = rest.trim_end_matches('/');
    if rest.is_empty() {
        "/".into()
    } else {
        rest.to_string()
    }
}
