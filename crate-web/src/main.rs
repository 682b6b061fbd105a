//! Mounts the app into `#app` when the page has one; otherwise the wasm only serves the JS API
//! (`evaluate`), so another site can embed the calculators without our UI.
fn main() {
    calc_web::start();
}
