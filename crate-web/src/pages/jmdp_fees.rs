//! 骨髄バンク 患者負担金 (seed 003): the fee lines, refund, exemption and what is payable.
//!
//! Also holds the view pieces the other JMDP pages share (exemption, split, patient overview):
//! ranges, bilingual note lists and the itemised fee table. They only show what core returned.
use crate::components::{amount_text, Actions, AsOfField, Figure, PageHead, RulesUsed, TraceTable};
use crate::fields::AllInputs;
use crate::form::{num, Form};
use crate::i18n::{lang, msg, tr};
use calc_core::rules::jmdp::fees;
use calc_core::{Msg, Unit};
use leptos::prelude::*;

/// A range figure: `20,000円 〜 400,000円` (a single amount when both ends agree).
#[component]
pub(crate) fn RangeFigure(
    key: &'static str,
    /// Both ends, `None` while the input has errors.
    range: Signal<Option<(i64, i64)>>,
    ja: &'static str,
    en: &'static str,
    #[prop(optional)] strong: bool,
) -> impl IntoView {
    let text = move || match range.get() {
        Some((a, b)) if a == b => amount_text(a, Unit::Yen),
        Some((a, b)) => format!(
            "{} {} {}",
            amount_text(a, Unit::Yen),
            if lang().is_en() { "–" } else { "〜" },
            amount_text(b, Unit::Yen)
        ),
        None => "—".into(),
    };
    view! {
        <div class="figure range" class:strong=strong data-key=key>
            <span class="figure-label">{tr(ja, en)}</span>
            <output class="figure-value">{text}</output>
        </div>
    }
}

/// Core's notes as a list (nothing when there are none).
#[component]
pub(crate) fn NoteList(notes: Signal<Vec<Msg>>, #[prop(optional)] class: &'static str) -> impl IntoView {
    move || {
        let notes = notes.get();
        (!notes.is_empty()).then(|| {
            view! { <ul class=format!("jmdp-notes {class}")>{notes.iter().map(|n| view! { <li>{msg(n)}</li> }).collect_view()}</ul> }
        })
    }
}

/// The itemised fee lines (参考資料2-13's table) of a fees result.
#[component]
pub(crate) fn FeeLines(fees: Signal<Option<fees::Output>>) -> impl IntoView {
    let yen = |v: i64| amount_text(v, Unit::Yen);
    view! {
        <section class="fee-lines" aria-labelledby="fee-lines-h">
            <h2 id="fee-lines-h">{tr("負担金の内訳（項目ごと）", "The fees, item by item")}</h2>
            {move || fees.get().filter(|f| !f.lines.is_empty()).map(|f| view! {
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
                            {f.lines.iter().map(|l| {
                                let (bears, source) = (l.jmdp_bears_yen, l.source);
                                view! {
                                    <tr data-key=l.key class:unused=l.quantity == 0 class:informational=l.informational>
                                        <td>{msg(&l.label)}</td>
                                        <td class="num">{format!("{} × {}", yen(l.unit_price_yen), l.quantity)}</td>
                                        <td class="num">{yen(l.amount_yen)}</td>
                                        <td class="num">{(l.refunded_yen > 0).then(|| format!("−{}", yen(l.refunded_yen)))}</td>
                                        <td>
                                            {msg(&l.when)}
                                            {(bears > 0).then(|| view! {
                                                <span class="bears">
                                                    {move || if lang().is_en() {
                                                        format!(" JMDP bears {}.", yen(bears))
                                                    } else {
                                                        format!("（骨髄バンクが {} を負担）", yen(bears))
                                                    }}
                                                </span>
                                            })}
                                            <span class="source">" "{move || source.short(lang().is_en())}</span>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                        <tfoot>
                            <tr class="total">
                                <th scope="row">{tr("合計", "Total")}</th>
                                <td></td>
                                <td class="num" data-key="gross_yen">{yen(f.gross_yen)}</td>
                                <td class="num" data-key="refund_yen">{(f.refund_yen > 0).then(|| format!("−{}", yen(f.refund_yen)))}</td>
                                <td>{tr("返金後の負担金: ", "After the refund: ")}<strong>{yen(f.net_yen)}</strong></td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
            })}
        </section>
    }
}

#[component]
pub fn JmdpFees() -> impl IntoView {
    let form = Form::new(&fees::TYPED, &[]);
    let (outcome, res) = form.run(&fees::TYPED);
    let refund = move || res.with(|r| r.as_ref().map_or(0, |r| r.refund_yen));
    let exempt = move || res.with(|r| r.as_ref().is_some_and(|r| r.exemption_percent > 0));
    let not_refunded = calc_core::rules::jmdp::exemption::not_refunded_note();
    view! {
        <div class="page calc jmdp-page jmdp-fees">
            <PageHead
                ja="骨髄バンク 患者負担金" en="JMDP patient fees"
                lead_ja="日本骨髄バンクを介した非血縁者間移植で、患者さんが骨髄バンクに支払う負担金の見積もりです（保険診療の自己負担とは別）。"
                lead_en="What the patient pays the Japan Marrow Donor Program for an unrelated transplant (separate from the insured co-pay)."
                form=form
            />
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <AllInputs form=form outcome=outcome />
                <AsOfField form=form outcome=outcome />
            </form>
            <section class="result" aria-live="polite" aria-label=tr("結果", "Result")>
                <Figure key="gross_yen" value=num(res, |r| r.gross_yen) ja="負担金の合計" en="Total fees" />
                <Figure key="refund_yen" value=num(res, |r| r.refund_yen) ja="返金される額" en="Refunded" />
                <Figure key="exempted_yen" value=num(res, |r| r.exempted_yen) ja="免除される額" en="Exempted" />
                <Figure key="payable_yen" value=num(res, |r| r.payable_yen) ja="お支払いいただく額" en="Payable" strong=true />
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
            <FeeLines fees=res.into() />
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}
