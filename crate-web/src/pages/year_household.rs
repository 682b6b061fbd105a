//! この1年の費用: 世帯合算 — the list of other co-payments (its cells come from core's schema,
//! through the shared row editor) and, per month that has some, which co-payments added up, the
//! 医療費 the cap's 1% term was worked out on, the cap and the benefit. Also the notices core
//! writes that a person must not miss (a change of insurer, a deduction larger than the income):
//! the page shows core's own words.
use crate::components::amount_text;
use crate::form::Outcome;
use crate::i18n::{lang, msg, tr};
use crate::rows::ListView;
use calc_core::rules::patient::year::Output;
use calc_core::{Text, Unit};
use leptos::prelude::*;

/// How the other co-payments are shown: one card per row, the 医療機関 on a line of its own.
pub static OTHER_COPAYS: ListView = ListView {
    prefix: "yr",
    grid: "yr-grid",
    add: Text::new("＋ 他の自己負担を追加", "+ Add another co-payment"),
    empty: Text::new(
        "ありません。家族の自己負担や、本人の別の医療機関の自己負担を合算するときに追加します。",
        "None. Add one to add up a family member's co-payment, or the patient's at another hospital.",
    ),
    wide: &["provider"],
};

fn yen(v: i64) -> String {
    amount_text(v, Unit::Yen)
}

/// Per month with other co-payments: each co-payment (whether it adds up), then the 医療費 added
/// up, the co-payments added up, the household cap and the benefit.
#[component]
pub fn HouseholdResult(res: Memo<Option<Output>>) -> impl IntoView {
    let body = move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let en = lang().is_en();
            let months: Vec<_> = r.high_cost.months.iter().filter(|m| m.household.is_some()).collect();
            if months.is_empty() {
                return None;
            }
            let tables = months
                .into_iter()
                .map(|m| {
                    let h = m.household.as_ref().expect("filtered");
                    let rows = h
                        .copays
                        .iter()
                        .enumerate()
                        .map(|(i, c)| {
                            let who = c.member.short().get(en);
                            let place = c.provider.clone().unwrap_or_else(|| tr("（月の行）", "(the month's row)")().to_string());
                            view! {
                                <tr data-row=i.to_string()>
                                    <th scope="row">{format!("{who}・{place}・{}", c.setting.short().get(en))}</th>
                                    <td class="num" data-col="medical_cost">{yen(c.medical_cost_yen)}</td>
                                    <td class="num" data-col="copay">{yen(c.copay_yen)}</td>
                                    <td data-col="joined">{if c.joined { tr("合算", "added")() } else { tr("対象外", "not added")() }}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    let caption = if en { format!("{}: adding up", m.month) } else { format!("{} の世帯合算", m.month) };
                    let label = caption.clone();
                    view! {
                        <div class="table-scroll" tabindex="0" role="region" aria-label=label>
                            <table class="yr-table yr-household-table" data-month=m.month.clone()>
                                <caption>{caption}</caption>
                                <thead><tr>
                                    <th scope="col">{tr("誰・どこ・入院外来", "Who, where, setting")}</th>
                                    <th scope="col" class="num">{tr("医療費（10割）", "Medical cost (100%)")}</th>
                                    <th scope="col" class="num">{tr("自己負担", "Co-payment")}</th>
                                    <th scope="col">{tr("世帯合算", "Added up")}</th>
                                </tr></thead>
                                <tbody>{rows}</tbody>
                                <tfoot>
                                    <tr class="total">
                                        <th scope="row">{tr("合算した額", "Added up")}</th>
                                        <td class="num" data-col="household_medical">{yen(h.medical_cost_yen)}</td>
                                        <td class="num" data-col="household_copay">{yen(h.copay_yen)}</td>
                                        <td></td>
                                    </tr>
                                    <tr>
                                        <th scope="row">{tr("世帯の限度額", "Household cap")}</th>
                                        <td class="num" colspan="2" data-col="household_cap">{yen(h.cap_yen)}</td>
                                        <td></td>
                                    </tr>
                                    <tr class="total">
                                        <th scope="row">{tr("高額療養費（世帯）", "High-cost benefit (household)")}</th>
                                        <td class="num" colspan="2" data-col="household_benefit">{yen(m.benefit_yen)}</td>
                                        <td></td>
                                    </tr>
                                </tfoot>
                            </table>
                        </div>
                    }
                })
                .collect_view();
            Some(view! {
                <section class="yr-household" aria-labelledby="yr-household-h">
                    <h2 id="yr-household-h">{tr("世帯合算", "Adding up the household")}</h2>
                    {tables}
                    <p class="hint">{tr(
                        "限度額の1%の部分は、合算した自己負担の医療費（10割）の合計で計算します。計算の内訳と読み方は「計算の内訳」にあります。",
                        "The 1% part of the cap is worked out on the medical costs (100%) of the co-payments added up. The steps and readings are in “How this was computed”.",
                    )}</p>
                </section>
            })
        })
    };
    view! { {body} }
}

/// A note of core's explanation, shown as a notice while the answer has it (its key ends with
/// `key`: calendar-year notes are `calendar.2026.…`).
#[component]
pub fn TraceNotice(outcome: Memo<Outcome>, key: &'static str, class: &'static str) -> impl IntoView {
    let lines = move || {
        outcome.with(|o| match o {
            Ok(ev) => ev
                .trace
                .iter()
                .filter(|s| s.key == key || s.key.ends_with(&format!(".{key}")))
                .map(|s| format!("{}: {}", msg(&s.label), msg(&s.formula)))
                .collect::<Vec<_>>(),
            Err(_) => Vec::new(),
        })
    };
    view! {
        {move || {
            let l = lines();
            (!l.is_empty()).then(|| view! {
                <div class=format!("notice {class}") role="note">
                    {l.into_iter().map(|t| view! { <p>{t}</p> }).collect_view()}
                </div>
            })
        }}
    }
}
