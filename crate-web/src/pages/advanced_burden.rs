//! 先進医療の患者負担 (seed 001 様式第3号 11, 第5号, 第6号): what a patient pays for a course of
//! 先進医療 — the 先進医療 part less any subsidy, plus the ordinary co-payment on the insured part,
//! optionally with the monthly cap (高額療養費) from the user's own figure or a dated bracket.
use crate::components::{Actions, AsOfField, Figure, PageHead, RulesUsed, TraceTable};
use crate::fields::{text, FieldError, Input, Inputs};
use crate::form::{flag, num, num_opt, Form, Outcome};
use crate::i18n::{lang, tr};
use crate::links::href;
use calc_core::rules::advanced::burden::{self, schema};
use calc_core::schema::{Choice, Field};
use calc_core::value::{Map, Value};
use calc_core::Text;
use leptos::prelude::*;

/// How the monthly cap is given: page state (it decides which of core's fields are sent).
const CAP_MODES: &[Choice] = &[
    Choice::new("none", Text::new("上限なし（様式の記載どおり）", "No cap (as the form shows it)")),
    Choice::new("own", Text::new("自分の上限額を入力", "Enter my own cap")),
    Choice::new(
        "bracket",
        Text::new(
            "所得区分から計算（ア〜オ、2027年8月からは13段階）",
            "From my income bracket (A–O; 13 bands from Aug 2027)",
        ),
    ),
];
const CAP_MODE: Field = Field::choice("cap_mode", Text::new("上限の指定", "Monthly cap"), CAP_MODES);

fn has_error_code(o: &Outcome, field: &str, code: &str) -> bool {
    matches!(o, Err(errs) if errs.iter().any(|e| e.field == field && e.code == code))
}

#[component]
pub fn AdvancedBurden() -> impl IntoView {
    // The schema's examples are the seed's (様式第3号 11): 総費用100万, 先進医療50万 (研究費等25万),
    // 保険外併用療養費50万 × 3割. No cap until one is chosen.
    let form = Form::new(&burden::TYPED, &[(CAP_MODE.key, "none")])
        .start(&[(schema::MONTHLY_CAP.key, ""), (schema::CAP_BRACKET.key, "")]);
    let cap_mode = form.field(CAP_MODE.key);
    // Only the chosen way of giving the cap reaches core; the others keep their typed values.
    let extra = Signal::derive(move || {
        let mut m = Map::new();
        let mode = cap_mode.get();
        if mode != "own" {
            m.insert(schema::MONTHLY_CAP.key, Value::Null);
        }
        if mode != "bracket" {
            m.insert(schema::CAP_BRACKET.key, Value::Null);
            m.insert(schema::MANY_TIMES.key, Value::Null);
        }
        m
    });
    let form = form.with_extra(extra);
    let (outcome, res) = form.run(&burden::TYPED);

    let capped = move || res.with(|r| r.as_ref().is_some_and(|r| r.cap_source != "none"));
    let defaulted = flag(res, |r| r.copay_percent_defaulted);
    let not_in_force = move || outcome.with(|o| has_error_code(o, schema::CAP_BRACKET.key, "not_in_force"));

    view! {
        <div class="page calc advanced-burden">
            <PageHead
                ja="先進医療の患者負担" en="Advanced care (先進医療): what the patient pays"
                lead_ja="先進医療を受けるときに患者さんが支払う額の見積もりです。先進医療の部分は全額自己負担（研究費等による減額があればその分を引きます）、それ以外の診察・検査・入院などは通常の保険診療と同じ割合の自己負担になります。"
                lead_en="An estimate of what a patient pays for 先進医療: the 先進医療 part in full (less any research-fund subsidy), plus the usual co-payment on the ordinary insured care (consultations, tests, stay)."
                form=form
            />
            <p class="notice">
                {tr(
                    "初期値は厚生労働省の様式の記載例です（総費用100万円、うち先進医療50万円（研究費等25万円）、保険診療分50万円・3割負担 → 患者負担40万円）。ご自身の金額に書き換えてください。",
                    "The starting values are the official form's example (total ¥1,000,000: 先進医療 ¥500,000 with a ¥250,000 subsidy, insured part ¥500,000 at 30% → the patient pays ¥400,000). Replace them with your own figures.",
                )}
            </p>
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <Inputs form=form outcome=outcome fields=&[&schema::ADVANCED_COST, &schema::SUBSIDY, &schema::INSURED_COST] />
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
                    " "<a class="year-link no-print" href=href("/patient/year")>{tr(
                        "数か月にわたる入院（多数回・年間上限・食事・骨髄バンクの負担金を含む）は「この1年の費用」で計算できます。",
                        "A stay over several months (the 4th-month reduction, the yearly cap, meals, JMDP fees): Your costs this year.",
                    )}</a>
                </p>
                <div class="inputs">
                    <Input form=form outcome=outcome field=&CAP_MODE />
                    {move || match cap_mode.get().as_str() {
                        "own" => view! { <Input form=form outcome=outcome field=&schema::MONTHLY_CAP /> }.into_any(),
                        "bracket" => view! { <Inputs form=form outcome=outcome fields=&[&schema::CAP_BRACKET, &schema::MANY_TIMES] /> }.into_any(),
                        _ => ().into_any(),
                    }}
                </div>
                {move || not_in_force().then(|| view! {
                    <div class="warning" role="alert">
                        <p>
                            {tr(
                                "この基準日の所得区分ごとの上限額は登録されていないため計算しません（推測はしません。登録は2015年1月からです）。ご加入の健康保険（保険者）に1か月の自己負担限度額を確認し、その額を入力してください。",
                                "The bracket caps for this reference date are not on file (they are from January 2015), so they are not guessed. Ask your health insurer for your monthly cap and enter it instead.",
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

/// 一部負担割合: one of the usual rates from a select, or any whole percentage typed in ("other").
#[component]
fn CopayField(form: Form, outcome: Memo<Outcome>) -> impl IntoView {
    let field = &schema::COPAY_PERCENT;
    let sig = form.field(field.key);
    let is_choice = |v: &str| schema::COPAY_RATES.iter().any(|c| c.matches(v.trim()));
    // "Other" stays open while the user types, even if the typed value happens to be 30.
    let other = RwSignal::new(!is_choice(&sig.get_untracked()));
    let sel_id = format!("{}-copay_choice", form.calculator);
    let id = format!("{}-{}", form.calculator, field.key);
    let err_id = format!("{id}-err");
    let invalid = move || outcome.with(|o| !crate::form::errors_for(o, field.key).is_empty());
    let (label, unit) = (field.label, field.unit());
    let typed_label = move || {
        if lang().is_en() {
            format!("{} ({})", label.en, unit.en)
        } else {
            format!("{}（{}）", label.ja, unit.ja)
        }
    };
    let err_id2 = err_id.clone();
    view! {
        <div class="field copay" class:invalid=invalid>
            <label for=sel_id.clone()>{text(label)}</label>
            <select id=sel_id name="copay_choice" aria-describedby=err_id.clone()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    other.set(v == "other");
                    if v != "other" {
                        sig.set(v);
                    }
                }>
                {schema::COPAY_RATES.iter().map(|c| {
                    view! { <option value=c.key selected=move || !other.get() && sig.with(|s| c.matches(s.trim()))>{text(c.label)}</option> }
                }).collect_view()}
                <option value="other" selected=move || other.get()>{tr("その他（数字で入力）", "Other (type it)")}</option>
            </select>
            {move || other.get().then(|| view! {
                <div class="input-row copay-typed">
                    <label class="visually-hidden" for=id.clone()>{typed_label}</label>
                    <input id=id.clone() name=field.key type="text" inputmode="decimal" autocomplete="off"
                        aria-invalid=move || if invalid() { "true" } else { "false" } aria-describedby=err_id2.clone()
                        value=sig.get_untracked() prop:value=move || sig.get() on:input=move |ev| sig.set(event_target_value(&ev)) />
                    <span class="unit">{text(unit)}</span>
                </div>
            })}
            <p class="hint">{text(field.help)}</p>
            <FieldError outcome=outcome field=field.key.to_string() id=err_id />
        </div>
    }
}
