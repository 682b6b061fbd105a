//! PLACEHOLDER page: replaced by the calculator page.
use crate::i18n::tr;
use leptos::prelude::*;

#[component]
pub fn Hctc() -> impl IntoView {
    let info = crate::PAGES.iter().find(|p| p.path == "/hctc").expect("listed page");
    view! { <div class="page"><h1>{tr(info.ja, info.en)}</h1><p>{tr("準備中です。", "Coming soon.")}</p></div> }
}
