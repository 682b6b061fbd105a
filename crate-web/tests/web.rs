//! Component tests in a real headless Chromium (wasm-bindgen-test-runner + chromedriver).
#![cfg(target_arch = "wasm32")]

use calc_web::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Leptos run its scheduled effects and renders.
async fn tick() {
    for _ in 0..3 {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
}

fn mount_app() -> web_sys::HtmlElement {
    let doc = document();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), App).forget();
    host
}

#[wasm_bindgen_test]
async fn app_renders_the_japanese_home_and_switches_language() {
    let _ = calc_web::storage::set("calc.lang", "ja");
    let host = mount_app();
    tick().await;
    let h1 = host.query_selector("main h1").unwrap().expect("a heading").text_content().unwrap();
    assert!(h1.contains("造血細胞移植"), "{h1}");
    let en: web_sys::HtmlElement = host.query_selector("button[lang=en]").unwrap().unwrap().dyn_into().unwrap();
    en.click();
    tick().await;
    let h1 = host.query_selector("main h1").unwrap().unwrap().text_content().unwrap();
    assert!(h1.contains("Costs and certifications"), "{h1}");
    assert_eq!(calc_web::storage::get("calc.lang").as_deref(), Some("en"));
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    // The address moved to the English page's, and back on the Japanese button (a reload or a
    // copied link then opens in the language shown).
    let path = || web_sys::window().unwrap().location().pathname().unwrap();
    assert_eq!(path(), calc_web::links::lang_href(calc_web::i18n::Lang::En, "/"));
    let ja: web_sys::HtmlElement = host.query_selector("button[lang=ja]").unwrap().unwrap().dyn_into().unwrap();
    ja.click();
    tick().await;
    assert_eq!(path(), calc_web::links::lang_href(calc_web::i18n::Lang::Ja, "/"));
    assert_eq!(calc_web::storage::get("calc.lang").as_deref(), Some("ja"));
    host.remove();
}

#[wasm_bindgen_test]
fn links_are_prefixed_with_the_base_path_and_name_their_language() {
    use calc_web::i18n::Lang;
    use calc_web::links::{base, lang_href, parse_path};
    // The test page is served at the root: no prefix.
    let b = base();
    assert_eq!(lang_href(Lang::Ja, "/jmdp/fees"), format!("{b}/jmdp/fees"));
    assert_eq!(lang_href(Lang::En, "/jmdp/fees"), format!("{b}/en/jmdp/fees"));
    assert_eq!(lang_href(Lang::En, "/"), format!("{b}/en/"));
    assert_eq!(lang_href(Lang::En, "/rules#doc-2"), format!("{b}/en/rules#doc-2"));
    assert!(!lang_href(Lang::Ja, "/").contains("//"));
    // An address → its route and language: the base, index.html and a trailing slash removed.
    let at = |p: &str| parse_path(&format!("{b}{p}"));
    assert_eq!(at("/"), ("/".to_string(), None));
    assert_eq!(at("/index.html"), ("/".to_string(), None));
    assert_eq!(at("/jmdp/fees/"), ("/jmdp/fees".to_string(), None));
    assert_eq!(at("/jmdp/fees/index.html"), ("/jmdp/fees".to_string(), None));
    assert_eq!(at("/en"), ("/".to_string(), Some(Lang::En)));
    assert_eq!(at("/en/"), ("/".to_string(), Some(Lang::En)));
    assert_eq!(at("/en/index.html"), ("/".to_string(), Some(Lang::En)));
    assert_eq!(at("/en/patient/year/"), ("/patient/year".to_string(), Some(Lang::En)));
    // A route that merely starts with "en" is not the English address.
    assert_eq!(at("/entry"), ("/entry".to_string(), None));
}

#[wasm_bindgen_test]
fn storage_round_trips_in_the_browser() {
    assert!(calc_web::storage::available());
    calc_web::storage::set("calc.test", "値").unwrap();
    assert_eq!(calc_web::storage::get("calc.test").as_deref(), Some("値"));
}

#[wasm_bindgen_test]
fn url_state_round_trips_japanese_and_symbols() {
    calc_web::url_state::write(&[("a".into(), "１,０００円".into()), ("b".into(), "x&y=z".into())]);
    assert_eq!(calc_web::url_state::get("a").as_deref(), Some("１,０００円"));
    assert_eq!(calc_web::url_state::get("b").as_deref(), Some("x&y=z"));
    assert_eq!(calc_web::url_state::get("v").as_deref(), Some(calc_web::url_state::SCHEMA_VERSION));
}

#[wasm_bindgen_test]
fn the_js_api_is_the_core_contract() {
    let req = serde_json::json!({"calculator": "nope", "as_of": "2024-04-01", "input": {}});
    let res = calc_core::evaluate(&req);
    assert_eq!(res["ok"], serde_json::json!(false));
    assert_eq!(res["errors"][0]["code"], "unknown_calculator");
}

#[wasm_bindgen_test]
fn saved_records_round_trip_and_unreadable_data_is_kept_aside() {
    let input = calc_core::Value::from(
        serde_json::json!({"mode": "initial", "records": [{"date": "2024-04-01", "kind": "internet"}]}),
    );
    calc_web::records::save("test_calc", &input).unwrap();
    let (loaded, notice) = calc_web::records::load("test_calc", "records");
    assert_eq!(loaded, Some(input));
    assert!(notice.is_none());

    calc_web::storage::set("calc.records.test_calc", "{broken").unwrap();
    let (loaded, notice) = calc_web::records::load("test_calc", "records");
    assert_eq!(loaded, None);
    assert!(notice.expect("a notice").ja.contains("読み込めません"));
    assert_eq!(calc_web::storage::get("calc.records.test_calc.unreadable").as_deref(), Some("{broken"));
}
