use crate::i18n::tr;
use crate::links::href;
use crate::{Group, PAGES};
use leptos::prelude::*;

fn group_list(group: Group) -> impl IntoView {
    view! {
        <ul class="cards">
            {PAGES.iter().filter(|p| p.group == group).map(|p| view! {
                <li class="card">
                    <a href=href(p.path)>{tr(p.ja, p.en)}</a>
                    <p>{tr(p.desc_ja, p.desc_en)}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <div class="home">
            <h1>{tr("造血細胞移植・細胞治療の費用と資格の計算", "Costs and certifications in transplant and cell therapy")}</h1>
            <p class="lead">{tr(
                "骨髄バンクを介した非血縁者間移植の患者負担、医事課の精算、専門職の認定要件を、公開資料の規則どおりに計算します。",
                "Estimate what an unrelated transplant through the Japan Marrow Donor Program costs, split the reimbursement, and check certification requirements — following the published rules.",
            )}</p>
            <section aria-labelledby="h-patient">
                <h2 id="h-patient">{tr("患者さん・ご家族の方へ", "For patients and families")}</h2>
                {group_list(Group::Patient)}
            </section>
            <section aria-labelledby="h-billing">
                <h2 id="h-billing">{tr("医事課・病院の方へ", "For hospital billing staff")}</h2>
                {group_list(Group::Billing)}
            </section>
            <section aria-labelledby="h-pro">
                <h2 id="h-pro">{tr("専門職の方へ（認定・更新の確認）", "For professionals (certification checks)")}</h2>
                {group_list(Group::Professional)}
            </section>
        </div>
    }
}
