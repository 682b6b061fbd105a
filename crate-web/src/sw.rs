//! Registers the service worker `tools/postbuild.mjs` writes next to `index.html` (`sw.js`), so
//! the site installs and works offline. Its scope is the site's base (sub-path hosting works).
//! Where there is no `sw.js` (`trunk serve`) or no service worker support, nothing happens.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

pub fn register() {
    let Some(window) = web_sys::window() else { return };
    let nav = window.navigator();
    // Not every browser (or every context, e.g. plain http on a non-local host) has one.
    if !js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let url = crate::links::href("/sw.js");
    let promise = nav.service_worker().register(&url);
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(promise).await {
            // Registering an already registered worker does not look for a new one, and the
            // browser's own check after a navigation can come much later (measured: not within
            // the visit). Asking now means a new build's worker installs on this visit, so the
            // new build also works offline from here on. Offline, the check fails quietly.
            Ok(reg) => {
                if let Ok(check) = reg.unchecked_into::<web_sys::ServiceWorkerRegistration>().update() {
                    let _ = JsFuture::from(check).await;
                }
            }
            Err(e) => web_sys::console::warn_2(&"service worker not registered:".into(), &e),
        }
    });
}
