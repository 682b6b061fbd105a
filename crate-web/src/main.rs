//! Mounts the app into `#app` when the page has one; otherwise the wasm only serves the JS API
//! (`evaluate`), so another site can embed the calculators without our UI. Natively this binary
//! does nothing (the native build is for `src/bin/prerender.rs`).
fn main() {
    #[cfg(target_arch = "wasm32")]
    calc_web::start();
}
