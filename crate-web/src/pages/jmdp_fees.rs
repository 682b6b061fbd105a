//! 骨髄バンク 患者負担金 (seed 003): the fee lines, refund, exemption and what is payable.
//!
//! Also holds the view pieces the other JMDP pages share (exemption, split, patient overview):
//! figures read by JSON pointer, ranges, bilingual note lists, an optional date field and the
//! itemised fee table. They only show what core returned.
use crate::components::{amount_text, Actions, AsOfField, CheckField, Figure, NumField, PageHead, RulesUsed, TraceTable};
use crate::form::{Form, Outcome};
use crate::i18n::{lang, tr};
use calc_core::Unit;
use leptos::prelude::*;
use serde_json::Value;

/// A value of the result by JSON pointer (`/fees/payable_yen`).
pub(crate) fn at(o: &Outcome, ptr: &str) -> Option<Value> {
    o.as_ref().ok()?.result.pointer(ptr).cloned()
}

pub(crate) fn int_at(o: &Outcome, ptr: &str) -> Option<i64> {
    o.as_ref().ok()?.result.pointer(ptr)?.as_i64()
}

pub(crate) fn bool_at(o: &Outcome, ptr: &str) -> bool {
    o.as_ref().ok().and_then(|ev| ev.result.pointer(ptr)?.as_bool()).unwrap_or(false)
}

/// A core message serialized as `{ "ja": …, "en": … }`, in the current language.
pub(crate) fn msg_value(v: &Value) -> String {
    let key = if lang().is_en() { "en" } else { "ja" };
    v.get(key).or_else(|| v.get("ja")).and_then(Value::as_str).unwrap_or_default().to_string()
}

/// The messages of a result array (`/notes`), in the current language.
pub(crate) fn msgs_at(o: &Outcome, ptr: &str) -> Vec<String> {
    at(o, ptr).and_then(|v| v.as_array().cloned()).unwrap_or_default().iter().map(msg_value).collect()
}

/// A headline figure read by JSON pointer (for nested results such as the overview's `fees`).
#[component]
pub(crate) fn FigureAt(
    outcome: Memo<Outcome>,
    ptr: &'static str,
    ja: &'static str,
    en: &'static str,
    #[prop(optional)] unit: Option<Unit>,
    #[prop(optional)] strong: bool,
) -> impl IntoView {
    let unit = unit.unwrap_or(Unit::Yen);
    let key = ptr.trim_start_matches('/').replace('/', ".");
    view! {
        <div class="figure" class:strong=strong data-key=key>
            <span class="figure-label">{tr(ja, en)}</span>
            <output class="figure-value">
                {move || outcome.with(|o| int_at(o, ptr).map(|v| amount_text(v, unit)).unwrap_or_else(|| "—".into()))}
            </output>
        </div>
    }
}

/// A range figure: `20,000円 〜 400,000円` (a single amount when both ends agree).
#[component]
pub(crate) fn RangeFigure(
    outcome: Memo<Outcome>,
    key: &'static str,
    min: &'static str,
    max: &'static str,
    ja: &'static str,
    en: &'static str,
    #[prop(optional)] strong: bool,
) -> impl IntoView {
    let text = move || {
        outcome.with(|o| match (int_at(o, min), int_at(o, max)) {
            (Some(a), Some(b)) if a == b => amount_text(a, Unit::Yen),
            (Some(a), Some(b)) => format!("{} {} {}", amount_text(a, Unit::Yen), if lang().is_en() { "–" } else { "〜" }, amount_text(b, Unit::Yen)),
            _ => "—".into(),
        })
    };
    view! {
        <div class="figure range" class:strong=strong data-key=key>
            <span class="figure-label">{tr(ja, en)}</span>
            <output class="figure-value">{text}</output>
        </div>
    }
}

/// Core's notes at a pointer as a list (nothing when there are none).
#[component]
pub(crate) fn NoteList(outcome: Memo<Outcome>, ptr: &'static str, #[prop(optional)] class: &'static str) -> impl IntoView {
    move || {
        let notes = outcome.with(|o| msgs_at(o, ptr));
        (!notes.is_empty()).then(|| {
            view! { <ul class=format!("jmdp-notes {class}")>{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul> }
        })
    }
}
/// The itemised fee lines (参考資料2-13's table) from a `fees` result at `ptr` (`/lines`).
#[component]
pub(crate) fn FeeLines(outcome: Memo<Outcome>, base: &'static str) -> impl IntoView {
    let yen = |v: i64| amount_text(v, Unit::Yen);
    let ptr = format!("{base}/lines");
    view! {
        <section class="fee-lines" aria-labelledby="fee-lines-h">
            <h2 id="fee-lines-h">{tr("負担金の内訳（項目ごと）", "The fees, item by item")}</h2>
            {move || outcome.with(|o| {
                let lines = at(o, &ptr).and_then(|v| v.as_array().cloned()).unwrap_or_default();
                let total = |k: &str| int_at(o, &format!("{base}/{k}")).unwrap_or(0);
                let (gross, refund, net) = (total("gross_yen"), total("refund_yen"), total("net_yen"));
                (!lines.is_empty()).then(|| view! {
                    <div class="table-scroll">
                        <table>
                            <thead><tr>
                                <th scope="col">{tr("項目", "Item")}</th>
                                <th scope="col" class="num">{tr("単価 × 数", "Price × qty")}</th>
                                <th scope="col" class="num">{tr("請求額", "Billed")}</th>
                                <th scope="col" class="num">{tr("返金", "Refund")}</th>
                                <th scope="col">{tr("請求の時期・備考", "When billed / notes")}</th>
                            </tr></thead>
                            <tbody>
                                {lines.into_iter().map(|l| {
                                    let n = |k: &str| l.get(k).and_then(Value::as_i64).unwrap_or(0);
                                    let info = l.get("informational").and_then(Value::as_bool).unwrap_or(false);
                                    let bears = n("jmdp_bears_yen");
                                    let key = l.get("key").and_then(Value::as_str).unwrap_or_default().to_string();
                                    let label = l.get("label").map(msg_value).unwrap_or_default();
                                    let when = l.get("when").map(msg_value).unwrap_or_default();
                                    let source = l.get("source").and_then(Value::as_str).unwrap_or_default().to_string();
                                    let unused = n("quantity") == 0;
                                    view! {
                                        <tr data-key=key class:unused=unused class:informational=info>
                                            <td>{label}</td>
                                            <td class="num">{format!("{} × {}", yen(n("unit_price_yen")), n("quantity"))}</td>
                                            <td class="num">{yen(n("amount_yen"))}</td>
                                            <td class="num">{(n("refunded_yen") > 0).then(|| format!("−{}", yen(n("refunded_yen"))))}</td>
                                            <td>
                                                {when}
                                                {(bears > 0).then(|| view! {
                                                    <span class="bears">
                                                        {move || if lang().is_en() {
                                                            format!(" JMDP bears {}.", yen(bears))
                                                        } else {
                                                            format!("（骨髄バンクが {} を負担）", yen(bears))
                                                        }}
                                                    </span>
                                                })}
                                                <span class="source">" "{source}</span>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                            <tfoot>
                                <tr class="total">
                                    <th scope="row">{tr("合計", "Total")}</th>
                                    <td></td>
                                    <td class="num" data-key="gross_yen">{yen(gross)}</td>
                                    <td class="num" data-key="refund_yen">{(refund > 0).then(|| format!("−{}", yen(refund)))}</td>
                                    <td>{tr("返金後の負担金: ", "After the refund: ")}<strong>{yen(net)}</strong></td>
                                </tr>
                            </tfoot>
                        </table>
                    </div>
                })
            })}
        </section>
    }
}

#[component]
pub fn JmdpFees() -> impl IntoView {
    let form = Form::new(&calc_core::rules::jmdp::fees::CALCULATOR,
        &[
            ("donors_screened", "1"),
            ("final_consent", "true"),
            ("transplant", "true"),
            ("option_hla_tests", "0"),
            ("oral_mucosa_dna", "false"),
            ("prior_ngs_typing", "false"),
            ("exemption_percent", "0"),
        ],
    );
    let outcome = form.outcome();
    let refund = move || outcome.with(|o| int_at(o, "/refund_yen").unwrap_or(0));
    let exempt = move || outcome.with(|o| int_at(o, "/exemption_percent").unwrap_or(0) > 0);
    let not_refunded = calc_core::rules::jmdp::exemption::not_refunded_note();
    view! {
        <div class="page calc jmdp-page jmdp-fees">
            <PageHead
                ja="骨髄バンク 患者負担金" en="JMDP patient fees"
                lead_ja="日本骨髄バンクを介した非血縁者間移植で、患者さんが骨髄バンクに支払う負担金の見積もりです（保険診療の自己負担とは別）。"
                lead_en="What the patient pays the Japan Marrow Donor Program for an unrelated transplant (separate from the insured co-pay)."
            />
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <NumField form=form outcome=outcome name="donors_screened" ja="確認検査をしたドナー候補の人数" en="Donor candidates who had confirmatory testing" unit_ja="人" unit_en="donors" />
                <CheckField form=form outcome=outcome name="final_consent" ja="最終同意まで進んだ" en="Reached the donor's final consent" />
                <CheckField form=form outcome=outcome name="transplant" ja="移植を行った" en="The transplant took place" />
                <NumField form=form outcome=outcome name="option_hla_tests" ja="オプション検査（ドナーHLA NGS-SBT）の回数" en="Optional donor HLA tests (NGS-SBT)" unit_ja="回" unit_en="tests" />
                <CheckField form=form outcome=outcome name="oral_mucosa_dna" ja="患者HLA検査を口腔粘膜で行った" en="Patient HLA test from oral mucosa" />
                <CheckField form=form outcome=outcome name="prior_ngs_typing" ja="登録前のNGS-SBT検査結果を使った（本人確認検査のみ）" en="Used a pre-registration NGS-SBT typing (identity check only)" />
                <NumField form=form outcome=outcome name="exemption_percent" ja="免除率（免除の決定がある場合）" en="Exemption rate (if granted)" unit_ja="%"
                    hint_ja="免除の対象と率は「患者負担金の免除」のページで確認できます。" hint_en="See the fee exemption page for who qualifies." />
                <AsOfField form=form outcome=outcome />
            </form>
            <section class="result" aria-live="polite" aria-label=tr("結果", "Result")>
                <Figure outcome=outcome key="gross_yen" ja="負担金の合計" en="Total fees" />
                <Figure outcome=outcome key="refund_yen" ja="返金される額" en="Refunded" />
                <Figure outcome=outcome key="exempted_yen" ja="免除される額" en="Exempted" />
                <Figure outcome=outcome key="payable_yen" ja="お支払いいただく額" en="Payable" strong=true />
            </section>
            <div class="result-notes">
                {move || (refund() > 0).then(|| view! {
                    <p class="notice refund-note">{tr(
                        "最終同意の後に移植に至らなかったため、5. ドナー団体傷害保険料と 6. 採取・フォローアップ調整料が返金されます（4. 最終同意等調整料は返金されません）。最終同意の時に 4.〜6. をまとめて請求され、返金は通常、登録の取消し後です。",
                        "No transplant followed the final consent, so 5. donor insurance and 6. harvest and follow-up coordination are refunded (4. final-consent coordination is not). Items 4–6 are billed together at final consent; the refund usually follows the cancellation of the registration.",
                    )}</p>
                })}
                {move || exempt().then(|| {
                    let m = not_refunded.clone();
                    view! { <p class="warning not-refunded">{move || crate::i18n::msg(&m)}</p> }
                })}
                <p class="hint">
                    {tr("免除の対象かどうかは ", "Whether you qualify for an exemption: ")}
                    <a href=crate::links::href("/jmdp/exemption")>{tr("患者負担金の免除", "fee exemption")}</a>
                    {tr("。差額ベッド代・運搬費・医療費控除を含めた全体は ", ". The whole picture with the private room, transport and tax deduction: ")}
                    <a href=crate::links::href("/patient")>{tr("患者さんの費用の全体像", "patient cost overview")}</a>
                    {tr("。", ".")}
                </p>
            </div>
            <FeeLines outcome=outcome base="" />
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}
