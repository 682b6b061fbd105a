//! 先進医療の患者負担 (seed 001 様式第3号 11, 第5号, 第6号): what a patient pays for a course of
//! 先進医療 — the 先進医療 part less any subsidy, plus the ordinary co-payment on the insured part,
//! optionally with the monthly cap (高額療養費) from the user's own figure or a dated bracket.
use crate::components::{Actions, AsOfField, CheckField, FieldError, Figure, NumField, PageHead, RulesUsed, TraceTable};
use crate::form::{flag, num, num_opt, Form, Outcome};
use crate::i18n::tr;
use calc_core::rules::advanced::burden;
use calc_core::value::{Map, Value};
use leptos::prelude::*;

const CALC: &str = "advanced_care_burden";

/// Co-payment rates offered in the select; anything else is typed.
const COPAY_CHOICES: &[(&str, &str, &str)] = &[
    ("30", "3割（70歳未満の多くの方）", "30% (most people under 70)"),
    ("20", "2割（未就学児・70〜74歳など）", "20% (pre-school children, ages 70–74, …)"),
    ("10", "1割（75歳以上など）", "10% (75 and over, …)"),
];

/// 70歳未満の所得区分 ア〜オ (keys as core reads them). The income hints are only a guide.
const BRACKETS: &[(&str, &str, &str)] = &[
    ("", "（選んでください）", "(choose)"),
    ("a", "ア：年収 約1,160万円〜", "ア: about ¥11.6m+ a year"),
    ("i", "イ：年収 約770〜約1,160万円", "イ: about ¥7.7m–11.6m"),
    ("u", "ウ：年収 約370〜約770万円", "ウ: about ¥3.7m–7.7m"),
    ("e", "エ：年収 〜約370万円", "エ: up to about ¥3.7m"),
    ("o", "オ：住民税非課税", "オ: residence-tax exempt"),
];

fn has_error_code(o: &Outcome, field: &str, code: &str) -> bool {
    matches!(o, Err(errs) if errs.iter().any(|e| e.field == field && e.code == code))
}

#[component]
pub fn AdvancedBurden() -> impl IntoView {
    // The seed's example (様式第3号 11): 総費用100万, 先進医療50万 (研究費等25万), 保険外併用療養費50万 × 3割.
    let form = Form::legacy(&burden::TYPED,
        &[
            ("advanced_cost_yen", "500000"),
            ("subsidy_yen", "250000"),
            ("insured_cost_yen", "500000"),
            ("copay_percent", "30"),
            ("cap_mode", "none"),
            ("monthly_cap_yen", ""),
            ("cap_bracket", ""),
            ("many_times", "false"),
        ],
    );
    let cap_mode = form.field("cap_mode");
    // Only the chosen way of giving the cap reaches core; the others keep their typed values.
    let extra = Signal::derive(move || {
        let mut m = Map::new();
        m.insert("cap_mode", Value::Null);
        match cap_mode.get().as_str() {
            "own" => {
                m.insert("cap_bracket", Value::Null);
                m.insert("many_times", Value::Null);
            }
            "bracket" => {
                m.insert("monthly_cap_yen", Value::Null);
            }
            _ => {
                m.insert("monthly_cap_yen", Value::Null);
                m.insert("cap_bracket", Value::Null);
                m.insert("many_times", Value::Null);
            }
        }
        m
    });
    let form = form.with_extra(extra);
    let (outcome, res) = form.run(&burden::TYPED);

    let capped = move || res.with(|r| r.as_ref().is_some_and(|r| r.cap_source != "none"));
    let defaulted = flag(res, |r| r.copay_percent_defaulted);
    let not_in_force = move || outcome.with(|o| has_error_code(o, "cap_bracket", "not_in_force"));

    view! {
        <div class="page calc advanced-burden">
            <PageHead
                ja="先進医療の患者負担" en="Advanced care (先進医療): what the patient pays"
                lead_ja="先進医療を受けるときに患者さんが支払う額の見積もりです。先進医療の部分は全額自己負担（研究費等による減額があればその分を引きます）、それ以外の診察・検査・入院などは通常の保険診療と同じ割合の自己負担になります。"
                lead_en="An estimate of what a patient pays for 先進医療: the 先進医療 part in full (less any research-fund subsidy), plus the usual co-payment on the ordinary insured care (consultations, tests, stay)."
            />
            <p class="notice">
                {tr(
                    "初期値は厚生労働省の様式の記載例です（総費用100万円、うち先進医療50万円（研究費等25万円）、保険診療分50万円・3割負担 → 患者負担40万円）。ご自身の金額に書き換えてください。",
                    "The starting values are the official form's example (total ¥1,000,000: 先進医療 ¥500,000 with a ¥250,000 subsidy, insured part ¥500,000 at 30% → the patient pays ¥400,000). Replace them with your own figures.",
                )}
            </p>
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <NumField form=form outcome=outcome name="advanced_cost_yen"
                    ja="先進医療に係る費用（技術料）" en="先進医療 cost (the technology itself)" unit_ja="円"
                    hint_ja="病院から示される先進医療の費用。保険は使えません。" hint_en="The hospital's fee for the 先進医療 itself; insurance never covers it." />
                <NumField form=form outcome=outcome name="subsidy_yen"
                    ja="うち研究費・病院・企業が負担する額" en="Of which research funds / hospital / company pay" unit_ja="円"
                    hint_ja="ない場合は 0（空欄も 0 として計算）。" hint_en="0 if none (an empty field counts as 0)." />
                <NumField form=form outcome=outcome name="insured_cost_yen"
                    ja="保険診療分の費用（10割）" en="Insured care, full cost (100%)" unit_ja="円"
                    hint_ja="診察・検査・投薬・入院など、先進医療以外の部分（保険外併用療養費）の総額。" hint_en="Consultations, tests, drugs, stay etc. — everything other than the 先進医療 itself, at full cost." />
                <CopayField form=form outcome=outcome />
                <AsOfField form=form outcome=outcome />
            </form>

            <section class="cap-section" aria-labelledby="cap-h">
                <h2 id="cap-h">{tr("高額療養費（1か月の自己負担の上限）", "High-cost benefit (monthly cap on the co-payment)")}</h2>
                <p class="hint">
                    {tr(
                        "保険診療分の自己負担には1か月の上限があり、超えた分は高額療養費として払い戻されます（限度額適用認定証やマイナ保険証なら窓口で上限まで）。先進医療の部分は保険給付ではないため、上限の対象にも払い戻しの対象にもなりません。ここでは保険診療分を1か月分の請求として計算します。",
                        "The co-payment on insured care has a monthly cap; anything above it comes back as the high-cost benefit (or is never charged with a ceiling certificate / My Number insurance card). The 先進医療 part is not an insurance benefit, so it is never capped or refunded. The insured part is treated as one month's bill here.",
                    )}
                </p>
                <div class="inputs">
                    <div class="field">
                        <label for="advanced_care_burden-cap_mode">{tr("上限の指定", "Monthly cap")}</label>
                        <select
                            id="advanced_care_burden-cap_mode"
                            name="cap_mode"
                            prop:value=move || cap_mode.get()
                            on:change=move |ev| cap_mode.set(event_target_value(&ev))
                        >
                            <option value="none" selected=move || cap_mode.get() != "own" && cap_mode.get() != "bracket">
                                {tr("上限なし（様式の記載どおり）", "No cap (as the form shows it)")}
                            </option>
                            <option value="own" selected=move || cap_mode.get() == "own">
                                {tr("自分の上限額を入力", "Enter my own cap")}
                            </option>
                            <option value="bracket" selected=move || cap_mode.get() == "bracket">
                                {tr("所得区分（ア〜オ）から計算", "From my income bracket (ア–オ)")}
                            </option>
                        </select>
                    </div>
                    {move || match cap_mode.get().as_str() {
                        "own" => view! {
                            <NumField form=form outcome=outcome name="monthly_cap_yen"
                                ja="自己負担限度額（1か月）" en="Your monthly cap" unit_ja="円"
                                hint_ja="ご加入の健康保険（保険者）や限度額適用認定証で確認できる額。多数回該当の場合はその額を入力。"
                                hint_en="The figure your health insurer gives you (or on your ceiling certificate); if you qualify for the reduced 4th-month figure, enter that." />
                        }.into_any(),
                        "bracket" => view! {
                            <BracketField form=form outcome=outcome />
                            <CheckField form=form outcome=outcome name="many_times"
                                ja="多数回該当（直近12か月で上限に達した月が3回以上）" en="Reduced cap (the cap was reached in 3+ of the last 12 months)" />
                        }.into_any(),
                        _ => ().into_any(),
                    }}
                </div>
                {move || not_in_force().then(|| view! {
                    <div class="warning" role="alert">
                        <p>
                            {tr(
                                "この基準日の所得区分ごとの上限額は、まだ確認できた額が登録されていないため計算できません（推測はしません）。ご加入の健康保険（保険者）に1か月の自己負担限度額を確認し、その額を入力してください。",
                                "The bracket caps for this reference date are not on file, so they are not guessed. Ask your health insurer for your monthly cap and enter it instead.",
                            )}
                        </p>
                        <button type="button" class="btn secondary no-print" on:click=move |_| cap_mode.set("own".into())>
                            {tr("自分の上限額を入力する", "Enter my own cap")}
                        </button>
                    </div>
                })}
            </section>

            <section class="result" aria-live="polite" aria-label=tr("結果", "Result")>
                <Figure key="patient_total_yen" value=num(res, |r| r.patient_total_yen) ja="患者さんの負担額（合計）" en="The patient pays (total)" strong=true />
                <Figure key="patient_advanced_yen" value=num(res, |r| r.patient_advanced_yen) ja="A) 先進医療の自己負担" en="A) 先進医療 part" />
                <Figure key="patient_copay_yen" value=num(res, |r| r.patient_copay_yen) ja="B) 保険診療分の一部負担金" en="B) Co-payment on insured care" />
                <Figure key="insurer_yen" value=num(res, |r| r.insurer_yen) ja="保険者（健康保険）が負担" en="Paid by the insurer" />
                <Figure key="total_cost_yen" value=num(res, |r| r.total_cost_yen) ja="総費用" en="Total cost" />
                {move || capped().then(|| view! {
                    <Figure key="cap_yen" value=num_opt(res, |r| r.cap_yen) ja="1か月の上限額" en="Monthly cap" />
                    <Figure key="copay_after_cap_yen" value=num_opt(res, |r| r.copay_after_cap_yen) ja="B) 上限適用後の一部負担金" en="B) Co-payment after the cap" />
                    <Figure key="high_cost_refund_yen" value=num_opt(res, |r| r.high_cost_refund_yen) ja="高額療養費（払い戻し等）" en="High-cost benefit (refund)" />
                    <Figure key="patient_total_before_cap_yen" value=num(res, |r| r.patient_total_before_cap_yen) ja="上限適用前の合計（様式の記載額）" en="Total before the cap (as on the form)" />
                })}
            </section>
            <div class="result-notes">
                {move || (!capped()).then(|| view! {
                    <p class="hint">
                        {tr(
                            "B) の一部負担金には、後で高額療養費として払い戻される分も含まれています（様式第6号 注4）。上限を指定すると払い戻し後の額も表示します。",
                            "B) includes what the high-cost benefit later refunds (form 6, note 4). Choose a cap above to see the amount after the refund.",
                        )}
                    </p>
                })}
                {move || capped().then(|| view! {
                    <p class="hint">
                        {tr(
                            "合計は上限適用後の額です。A) 先進医療の部分は上限に関係なく全額お支払いいただきます。",
                            "The total uses the capped co-payment. The 先進医療 part A) is paid in full whatever the cap.",
                        )}
                    </p>
                })}
                {move || defaulted.get().then(|| view! {
                    <p class="hint">
                        {tr(
                            "負担割合が空欄のため、様式の前提（被保険者本人・3割）で計算しました。",
                            "No co-payment rate given: the form's assumption (the insured person, 30%) was used.",
                        )}
                    </p>
                })}
            </div>
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}

/// 一部負担割合: 3割/2割/1割 from a select, or any whole percentage typed in ("その他").
#[component]
fn CopayField(form: Form, outcome: Memo<Outcome>) -> impl IntoView {
    let sig = form.field("copay_percent");
    let is_choice = |v: &str| COPAY_CHOICES.iter().any(|(c, _, _)| *c == v.trim());
    // "Other" stays open while the user types, even if the typed value happens to be 30.
    let other = RwSignal::new(!is_choice(&sig.get_untracked()));
    let sel_id = format!("{CALC}-copay_choice");
    let id = format!("{CALC}-copay_percent");
    let err_id = format!("{id}-err");
    let invalid = move || outcome.with(|o| !crate::form::errors_for(o, "copay_percent").is_empty());
    let err_id2 = err_id.clone();
    view! {
        <div class="field copay" class:invalid=invalid>
            <label for=sel_id.clone()>{tr("保険診療分の自己負担の割合", "Co-payment rate on insured care")}</label>
            <select
                id=sel_id
                name="copay_choice"
                aria-describedby=err_id.clone()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if v == "other" {
                        other.set(true);
                    } else {
                        other.set(false);
                        sig.set(v);
                    }
                }
            >
                {COPAY_CHOICES
                    .iter()
                    .map(|(v, ja, en)| {
                        let v = *v;
                        view! { <option value=v selected=move || !other.get() && sig.get().trim() == v>{tr(ja, en)}</option> }
                    })
                    .collect_view()}
                <option value="other" selected=move || other.get()>{tr("その他（数字で入力）", "Other (type it)")}</option>
            </select>
            {move || other.get().then(|| view! {
                <div class="input-row copay-typed">
                    <label class="visually-hidden" for=id.clone()>{tr("自己負担の割合（%）", "Co-payment rate (%)")}</label>
                    <input
                        id=id.clone()
                        name="copay_percent"
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        aria-invalid=move || if invalid() { "true" } else { "false" }
                        aria-describedby=err_id2.clone()
                        prop:value=move || sig.get()
                        on:input=move |ev| sig.set(event_target_value(&ev))
                    />
                    <span class="unit">"%"</span>
                </div>
            })}
            <p class="hint">{tr("保険証の負担割合です。空欄なら様式の前提（3割）で計算します。", "The rate on your insurance card; empty means the form's assumption (30%).")}</p>
            <FieldError outcome=outcome field="copay_percent" id=err_id />
        </div>
    }
}

/// 所得区分 ア〜オ (70歳未満).
#[component]
fn BracketField(form: Form, outcome: Memo<Outcome>) -> impl IntoView {
    let sig = form.field("cap_bracket");
    let id = format!("{CALC}-cap_bracket");
    let err_id = format!("{id}-err");
    let invalid = move || outcome.with(|o| !crate::form::errors_for(o, "cap_bracket").is_empty());
    view! {
        <div class="field" class:invalid=invalid>
            <label for=id.clone()>{tr("所得区分（70歳未満）", "Income bracket (under 70)")}</label>
            <select
                id=id
                name="cap_bracket"
                aria-describedby=err_id.clone()
                aria-invalid=move || if invalid() { "true" } else { "false" }
                prop:value=move || sig.get()
                on:change=move |ev| sig.set(event_target_value(&ev))
            >
                {BRACKETS
                    .iter()
                    .map(|(v, ja, en)| {
                        let v = *v;
                        view! { <option value=v selected=move || sig.get() == v>{tr(ja, en)}</option> }
                    })
                    .collect_view()}
            </select>
            <p class="hint">{tr(
                "70歳未満の区分で、登録済みの額は2026年7月31日まで。年収は目安です。正確な区分はご加入の保険者にご確認ください。区分を選ばないと上限なしで計算します。",
                "Brackets for people under 70; the figures on file end on 31 July 2026. Incomes are only a guide: your insurer confirms your bracket. Without a bracket no cap is applied.",
            )}</p>
            <FieldError outcome=outcome field="cap_bracket" id=err_id />
        </div>
    }
}
