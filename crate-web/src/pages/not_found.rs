use crate::i18n::tr;
use crate::links::href;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div class="not-found">
            <h1>{tr("ページが見つかりません", "Page not found")}</h1>
            <p>{tr("アドレスを確認するか、トップページからお探しください。", "Check the address, or start from the home page.")}</p>
            <p><a href=href("/")>{tr("トップページへ", "Go to the home page")}</a></p>
        </div>
    }
}
