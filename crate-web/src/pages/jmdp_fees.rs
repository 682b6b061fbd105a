//! 骨髄バンク 患者負担金 (seed 003): the fee lines, refund, exemption and what is payable.
use crate::components::{Actions, AsOfField, CheckField, Figure, NumField, PageHead, RulesUsed, TraceTable};
use leptos::prelude::*;

#[component]
pub fn JmdpFees() -> impl IntoView {
    let form = crate::form::Form::new(
        "jmdp_fees",
        &[
            ("donors_screened", "1"),
            ("final_consent", "true"),
            ("transplant", "true"),
            ("option_hla_tests", "0"),
            ("oral_mucosa_dna", "false"),
            ("exemption_percent", "0"),
        ],
    );
    let outcome = form.outcome();
    view! {
        <div class="page calc">
            <PageHead
                ja="骨髄バンク 患者負担金" en="JMDP patient fees"
                lead_ja="日本骨髄バンクを介した非血縁者間移植で、患者さんが骨髄バンクに支払う負担金の見積もりです（保険診療の自己負担とは別）。"
                lead_en="What the patient pays the Japan Marrow Donor Program for an unrelated transplant (separate from the insured co-pay)."
            />
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <NumField form=form outcome=outcome name="donors_screened" ja="確認検査をしたドナー候補の人数" en="Donor candidates who had confirmatory testing" unit_ja="人" />
                <CheckField form=form outcome=outcome name="final_consent" ja="最終同意まで進んだ" en="Reached the donor's final consent" />
                <CheckField form=form outcome=outcome name="transplant" ja="移植を行った" en="The transplant took place" />
                <NumField form=form outcome=outcome name="option_hla_tests" ja="オプション検査（ドナーHLA NGS-SBT）の回数" en="Optional donor HLA tests (NGS-SBT)" unit_ja="回" />
                <CheckField form=form outcome=outcome name="oral_mucosa_dna" ja="患者HLA検査を口腔粘膜で行った" en="Patient HLA test from oral mucosa" />
                <NumField form=form outcome=outcome name="exemption_percent" ja="免除率（免除の決定がある場合）" en="Exemption rate (if granted)" unit_ja="%"
                    hint_ja="免除の対象と率は「患者負担金の免除」のページで確認できます。" hint_en="See the fee exemption page for who qualifies." />
                <AsOfField form=form outcome=outcome />
            </form>
            <section class="result" aria-live="polite">
                <Figure outcome=outcome key="gross_yen" ja="負担金の合計" en="Total fees" />
                <Figure outcome=outcome key="refund_yen" ja="返金される額" en="Refunded" />
                <Figure outcome=outcome key="exempted_yen" ja="免除される額" en="Exempted" />
                <Figure outcome=outcome key="payable_yen" ja="お支払いいただく額" en="Payable" strong=true />
            </section>
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}
