//! Every parameter of every rule family, with its dates in force and seed citation.
use crate::components::amount_text;
use crate::i18n::{lang, tr};
use leptos::prelude::*;

#[component]
pub fn RulesPage() -> impl IntoView {
    view! {
        <div class="rules-page">
            <h1>{tr("規則と出典の一覧", "Rules and sources")}</h1>
            <p class="lead">{tr(
                "計算に使う金額・点数・基準は、すべて有効期間と出典つきのデータです。新しい版は行を追加し、基準日で選ばれます。",
                "Every figure is dated, cited data. A new version is a new row, picked by the reference date.",
            )}</p>
            <table>
                <thead><tr>
                    <th scope="col">{tr("項目", "Item")}</th>
                    <th scope="col" class="num">{tr("値", "Value")}</th>
                    <th scope="col">{tr("有効期間", "In force")}</th>
                    <th scope="col">{tr("出典", "Source")}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let en = lang().is_en();
                        calc_core::all_tables().iter().flat_map(|t| t.iter()).map(|p| {
                            let until = p.until.map(|d| d.to_string()).unwrap_or_default();
                            view! { <tr>
                                <td>{if en { p.label_en } else { p.label_ja }}<br/><code>{p.id}</code></td>
                                <td class="num">{amount_text(p.value, p.unit)}</td>
                                <td>{format!("{}〜{}", p.from, until)}</td>
                                <td class="source">{p.source}</td>
                            </tr> }
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}
