//! The year plan's results (core `patient_year`), as /patient/year shows them: the summary first
//! (what the family finally bears, what they pay in which month and to whom, what comes back and
//! when, the insurer's part named as the insurer's), each month's line and detail for its folded
//! card, the months table (wide screens), the chart, the 8月〜7月 years and the calendar years.
use crate::components::{amount_text, Figure};
use crate::form::{num, num_opt};
use crate::i18n::{lang, tr};
use calc_core::rules::patient::year::Output;
use calc_core::Unit;
use leptos::prelude::*;

pub(super) fn yen(v: i64) -> String {
    amount_text(v, Unit::Yen)
}

/// 2026-07 → 2026年7月 / 2026-07.
pub(super) fn month_name(m: &str) -> String {
    match (lang().is_en(), m.split_once('-')) {
        (false, Some((y, mm))) => format!("{y}年{}月", mm.trim_start_matches('0')),
        _ => m.to_string(),
    }
}

/// 「多数回」 for month `i` of the plan: "from here" on the first month it applies.
fn many_label(r: &Output, i: usize) -> &'static str {
    let months = &r.high_cost.months;
    // A new insurer restarts the count: "from here" again on its first 4th-month cap.
    let since = months[..=i].iter().rposition(|h| h.insurer_changed).unwrap_or(0);
    let first = !months[since..i].iter().any(|h| h.many_times);
    match (months[i].many_times, first, lang().is_en()) {
        (false, _, false) if months[i].insurer_changed => "保険者変更: 数え直し",
        (false, _, true) if months[i].insurer_changed => "New insurer: count restarts",
        (false, _, _) => "",
        (true, true, false) => "多数回（この月から）",
        (true, true, true) => "4th-month cap (from here)",
        (true, false, false) => "多数回",
        (true, false, true) => "4th-month cap",
    }
}

/// The summary, first on the page: what the family finally bears, the insurer's part named as the
/// insurer's, what is paid in which month and to whom, and what comes back and when.
#[component]
pub(super) fn YearSummary(res: Memo<Option<Output>>) -> impl IntoView {
    let certificate = Memo::new(move |_| res.with(|r| r.as_ref().is_none_or(|r| r.ceiling_certificate)));
    view! {
        <section id="yr-summary" class="yr-summary" tabindex="-1" aria-labelledby="yr-summary-h">
            <h2 id="yr-summary-h">{tr("まとめ", "Summary")}</h2>
            <div class="result yr-headline" aria-live="polite" aria-label=tr("結果", "Result")>
                <Figure key="total_out_of_pocket_yen" value=num(res, |r| r.total_out_of_pocket_yen) ja="ご家族が最終的に負担する額（計画全体）" en="What the family finally bears (whole plan)" strong=true />
                <Figure key="total_jmdp_fees_yen" value=num(res, |r| r.total_jmdp_fees_yen) ja="うち骨髄バンクの負担金（免除の後）" en="of which JMDP fees (after any exemption)" />
                {move || res.with(|r| r.as_ref().is_some_and(|r| r.sick_pay_daily_yen.is_some())).then(|| view! {
                    <Figure key="total_sick_pay_yen" value=num(res, |r| r.total_sick_pay_yen) ja="入ってくるお金: 傷病手当金（計画全体）" en="Coming in: sickness allowance (whole plan)" />
                })}
                {move || res.with(|r| r.as_ref().is_some_and(|r| r.total_fund_benefit_yen > 0)).then(|| view! {
                    <Figure key="total_fund_benefit_yen" value=num(res, |r| r.total_fund_benefit_yen) ja="付加給付（健康保険組合から戻る額）" en="Fund top-up (付加給付, paid back by the fund)" />
                })}
                {move || res.with(|r| r.as_ref().is_some_and(|r| r.total_aid_yen > 0)).then(|| view! {
                    <Figure key="total_aid_yen" value=num(res, |r| r.total_aid_yen) ja="公費の医療費助成が払う額（小児慢性・指定難病）" en="Paid by the public subsidy (pediatric chronic / intractable disease)" />
                })}
                {move || res.with(|r| r.as_ref().is_some_and(|r| r.total_municipal_yen > 0)).then(|| view! {
                    <Figure key="total_municipal_yen" value=num(res, |r| r.total_municipal_yen) ja="自治体の医療費助成が払う額" en="Paid by the municipal subsidy" />
                })}
                {move || res.with(|r| r.as_ref().is_some_and(|r| r.total_own_room_yen > 0)).then(|| view! {
                    <Figure key="total_own_room_yen" value=num(res, |r| r.total_own_room_yen) ja="うち患者さんの差額ベッド代（医療費控除の対象外）" en="of which the patient's private room (not deductible)" />
                })}
                <Figure key="total_deduction_yen" value=num(res, |r| r.total_deduction_yen) ja="医療費控除（合計）" en="Tax deduction (all years)" />
                <Figure key="total_saving_yen" value=num_opt(res, |r| r.total_saving_yen) ja="税の軽減（目安）" en="Tax saved (estimate)" />
                <div class="yr-insurer">
                    {move || if certificate.get() {
                        view! { <Figure key="total_benefit_yen" value=num(res, |r| r.high_cost.total_benefit_yen) ja="高額療養費（保険者が病院に払う分）" en="High-cost benefit (the insurer pays the hospital)" /> }.into_any()
                    } else {
                        view! { <Figure key="total_benefit_yen" value=num(res, |r| r.high_cost.total_benefit_yen) ja="高額療養費（いったん払い、あとで戻る分）" en="High-cost benefit (paid first, refunded later)" /> }.into_any()
                    }}
                    <p class="hint">{move || match (certificate.get(), lang().is_en()) {
                        (true, false) => "限度額適用認定証（マイナ保険証）を使うので、上限を超える分は保険者が病院に直接支払います。ご家族の手元は通らず、窓口では上限までを払います。",
                        (true, true) => "With a ceiling certificate (or the My Number card) the insurer pays the part above the cap straight to the hospital.",
                        (false, false) => "認定証がないので、窓口で自己負担の全額をいったん払い、上限を超えた分が数か月後に保険者から戻ります（下の「あとで戻るお金」）。",
                        (false, true) => "Without a certificate the family pays the whole co-payment at the window first; the part above the cap comes back from the insurer months later (see “What comes back”).",
                    }}</p>
                </div>
            </div>
            {move || res.with(|r| r.as_ref().map(|r| view! {
                <h3>{tr("お金が動く月（出る・入る）", "When money moves, month by month")}</h3>
                {cash_low(r)}
                // Folded: the lowest balance above says what most need; the months are a tap away.
                <details class="yr-cash">
                    <summary>{tr("月ごとの出入りと累計", "Month by month, with the balance")}</summary>
                    <ul class="yr-when">{paid_when(r)}</ul>
                </details>
                <h3>{tr("あとで戻るお金", "What comes back, and when")}</h3>
                <ul class="yr-back">{comes_back(r)}</ul>
            }))}
        </section>
    }
}

/// The month the family is most out of pocket (core's lowest running balance), when it is below 0.
fn cash_low(r: &Output) -> Option<impl IntoView> {
    let (v, month) = (r.cash_low_yen?, month_name(r.cash_low_month.as_deref()?));
    let text = if lang().is_en() {
        format!("Most paid out: {} ({month}).", yen(v))
    } else {
        format!("最も多く立て替える月: {month} {}", yen(v))
    };
    Some(view! { <p class="yr-cash-low" data-key="cash_low">{text}</p> })
}

/// One line per calendar month in which money moves (core's cash view): what goes out and to
/// whom, what comes in and for which month, and the balance running from the plan's first month.
fn paid_when(r: &Output) -> impl IntoView {
    let en = lang().is_en();
    r.cash
        .iter()
        .map(|c| {
            let parts: Vec<String> = c
                .items
                .iter()
                .map(|i| {
                    let sign = if i.amount_yen > 0 { "+ " } else { "" };
                    format!("{sign}{} {}", i.what.get(en), yen(i.amount_yen.abs()))
                })
                .collect();
            let running = if c.running_yen < 0 { format!("−{}", yen(-c.running_yen)) } else { yen(c.running_yen) };
            let balance = if en { format!("running balance {running}") } else { format!("累計 {running}") };
            view! {
                <li data-month=c.month.clone()>
                    <strong>{month_name(&c.month)}</strong>" "{parts.join(if en { ", " } else { "・" })}
                    <span class="yr-when-back">{balance}</span>
                </li>
            }
        })
        .collect_view()
}

/// Money that comes back, with when: the high-cost benefit paid first, JMDP refunds, the 療養費
/// for the transport, the yearly-cap refund after its July, and the tax after each calendar year.
fn comes_back(r: &Output) -> impl IntoView {
    let en = lang().is_en();
    let mut lines: Vec<(String, String)> = Vec::new();
    for m in &r.months {
        let month = month_name(&m.month);
        if m.benefit_later_yen > 0 {
            lines.push(match en {
                true => (
                    format!("High-cost benefit for {month}: {}", yen(m.benefit_later_yen)),
                    "from the insurer, a few months later".into(),
                ),
                false => (format!("{month}分の高額療養費 {}", yen(m.benefit_later_yen)), "数か月後に保険者から".into()),
            });
        }
        if let (true, Some(when)) = (m.fund_benefit_yen > 0, &m.fund_paid_month) {
            let when = month_name(when);
            lines.push(match en {
                true => (
                    format!("Fund top-up for {month}: {}", yen(m.fund_benefit_yen)),
                    format!("from the fund, about {when}"),
                ),
                false => {
                    (format!("{month}分の付加給付 {}", yen(m.fund_benefit_yen)), format!("{when}ごろ健康保険組合から"))
                }
            });
        }
        if m.sick_pay_yen > 0 {
            lines.push(match en {
                true => (
                    format!("Sickness allowance for {month}: {} ({} days)", yen(m.sick_pay_yen), m.sick_pay_days),
                    "from the insurer, after you claim it".into(),
                ),
                false => (
                    format!("{month}分の傷病手当金 {}（{}日分）", yen(m.sick_pay_yen), m.sick_pay_days),
                    "申請の後、保険者から".into(),
                ),
            });
        }
        if m.jmdp_refund_received_yen > 0 {
            lines.push(match en {
                true => (format!("JMDP refund: {}", yen(m.jmdp_refund_received_yen)), format!("in {month}")),
                false => (format!("骨髄バンクの返金 {}", yen(m.jmdp_refund_received_yen)), month.clone()),
            });
        }
        if m.transport_reimbursed_yen > 0 {
            lines.push(match en {
                true => (
                    format!("療養費 for the transport: {}", yen(m.transport_reimbursed_yen)),
                    format!("in {month} (as entered)"),
                ),
                false => {
                    (format!("運搬費の療養費 {}", yen(m.transport_reimbursed_yen)), format!("{month}（入力どおり）"))
                }
            });
        }
    }
    for y in r.years.iter().filter(|y| y.refund_to_family_yen > 0) {
        let after = month_name(&after_year(&y.from));
        lines.push(match en {
            true => (
                format!("Yearly-cap refund: {}", yen(y.refund_to_family_yen)),
                format!("from {after}, after the August-to-July year"),
            ),
            false => (
                format!("年間上限の払い戻し {}", yen(y.refund_to_family_yen)),
                format!("{after}以降（8月〜翌年7月の年度の後）"),
            ),
        });
    }
    for c in r.calendar_years.iter().filter(|c| c.deduction_yen > 0) {
        let (year, next) = (c.year, c.year + 1);
        lines.push(match (c.income_tax_saving_yen, c.resident_tax_saving_yen, en) {
            (Some(i), Some(rt), false) => (
                format!(
                    "{year}年分の医療費控除 {}: 所得税 {} が戻り、住民税 {} が減ります（目安）",
                    yen(c.deduction_yen),
                    yen(i),
                    yen(rt)
                ),
                format!("所得税は{next}年の確定申告（春）で、住民税は{next}年度に"),
            ),
            (Some(i), Some(rt), true) => (
                format!(
                    "Tax deduction for {year}: {}; income tax {} back and residence tax {} less (estimate)",
                    yen(c.deduction_yen),
                    yen(i),
                    yen(rt)
                ),
                format!("income tax through the tax return in spring {next}; residence tax in fiscal {next}"),
            ),
            (_, _, false) => (
                format!("{year}年分の医療費控除 {}（所得を入力すると戻る税額を計算します）", yen(c.deduction_yen)),
                format!("{next}年の確定申告（春）で申告"),
            ),
            (_, _, true) => (
                format!(
                    "Tax deduction for {year}: {} (enter the incomes to see the tax it saves)",
                    yen(c.deduction_yen)
                ),
                format!("claimed in the tax return, spring {next}"),
            ),
        });
    }
    if lines.is_empty() {
        return view! { <li>{tr("戻ってくるお金はありません。", "Nothing comes back.")}</li> }.into_any();
    }
    lines
        .into_iter()
        .map(|(what, when)| view! { <li>{what}<span class="yr-when-back">{when}</span></li> })
        .collect_view()
        .into_any()
}

/// The optional columns a plan has: the months table and the month cards show the same ones.
#[derive(Clone, Copy)]
struct Columns {
    fund: bool,
    sick: bool,
    aid: bool,
    municipal: bool,
    own_room: bool,
}

impl Columns {
    fn of(r: &Output) -> Columns {
        Columns {
            fund: r.months.iter().any(|m| m.fund_paid_month.is_some()),
            sick: r.sick_pay_daily_yen.is_some(),
            aid: r.months.iter().any(|m| m.aid_limit_yen.is_some()),
            municipal: r.total_municipal_yen > 0,
            own_room: r.total_own_room_yen > 0,
        }
    }

    fn count(self) -> usize {
        [self.fund, self.sick, self.aid, self.municipal, self.own_room].into_iter().filter(|b| *b).count()
    }
}

/// An amount of an optional column: "−77,400円" back, "+206,677円" in, "80,000円" borne (no sign),
/// "0円" for nothing; empty where the plan has no such column (its line is left out).
fn signed(shown: bool, sign: &str, v: i64) -> String {
    match (shown, v) {
        (false, _) => String::new(),
        (true, 0) => yen(0),
        (true, v) => format!("{sign}{}", yen(v)),
    }
}

/// A folded month card's line: the month as typed and what is finally borne for it.
pub(super) fn month_line(res: Memo<Option<Output>>, idx: Signal<Option<usize>>, month: RwSignal<String>) -> AnyView {
    let borne = move || {
        let v = res.with(|r| Some(r.as_ref()?.months.get(idx.get()?)?.out_of_pocket_yen));
        v.map(yen).unwrap_or_else(|| "—".into())
    };
    view! {
        <span class="yr-fold-month">{move || month.with(|m| if m.is_empty() { tr("（月を入力）", "(enter the month)")().to_string() } else { month_name(m) })}</span>
        <span class="yr-fold-borne">{tr("最終的な負担 ", "Finally borne ")}<strong>{borne}</strong></span>
    }
    .into_any()
}

/// A month's results under its inputs (the phone's month by month: the table is for wide screens).
pub(super) fn month_detail(res: Memo<Option<Output>>, idx: Signal<Option<usize>>) -> AnyView {
    (move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let i = idx.get()?;
            let (m, h) = (r.months.get(i)?, r.high_cost.months.get(i)?);
            let cols = Columns::of(r);
            let lines = [
                ("medical_cost", tr("医療費（10割）", "Medical cost (100%)")(), yen(h.medical_cost_yen)),
                (
                    "window_with",
                    tr("窓口（認定証あり）", "At the window, with a certificate")(),
                    yen(m.window_with_certificate_yen),
                ),
                (
                    "window_without",
                    tr("窓口（認定証なし）", "At the window, without")(),
                    yen(m.window_without_certificate_yen),
                ),
                ("benefit", tr("高額療養費（保険者）", "High-cost benefit (insurer)")(), yen(h.benefit_yen)),
                ("many_times", tr("多数回", "4th-month cap")(), many_label(r, i).to_string()),
                ("fund", tr("付加給付（組合）", "Fund top-up")(), signed(cols.fund, "−", m.fund_benefit_yen)),
                (
                    "sick_pay",
                    tr("傷病手当金（入る）", "Sickness allowance (in)")(),
                    signed(cols.sick, "+", m.sick_pay_yen),
                ),
                ("aid", tr("公費の助成", "Public subsidy")(), signed(cols.aid, "−", m.aid_yen)),
                ("municipal", tr("自治体の助成", "Municipal subsidy")(), signed(cols.municipal, "−", m.municipal_yen)),
                ("own_room", tr("患者さんの差額ベッド", "Patient's room")(), signed(cols.own_room, "", m.own_room_yen)),
                ("jmdp", tr("骨髄バンク", "JMDP")(), yen(m.jmdp_fees_yen)),
                ("room", tr("ドナーの差額ベッド", "Donor's room")(), yen(m.donor_room_yen)),
                ("transport", tr("運搬費（療養費の後）", "Transport (after 療養費)")(), yen(m.transport_net_yen)),
                ("out_of_pocket", tr("最終的な負担", "Finally borne")(), yen(m.out_of_pocket_yen)),
            ];
            Some(view! {
                <dl class="yr-month-result" data-month=m.month.clone()>
                    {lines.into_iter().filter(|l| !l.2.is_empty()).map(|(k, label, v)| view! {
                        <div data-col=k class:strong=k == "out_of_pocket"><dt>{label}</dt><dd>{v}</dd></div>
                    }).collect_view()}
                </dl>
            })
        })
    })
    .into_any()
}

/// One row per month: the window with and without a certificate, the benefit, 多数回, JMDP, room,
/// transport and what is finally borne; a row for each yearly-cap refund after its year's months.
#[component]
pub(super) fn MonthTable(res: Memo<Option<Output>>) -> impl IntoView {
    let body = move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let en = lang().is_en();
            let cols = Columns::of(r);
            let Columns { fund, sick, aid, municipal, own_room } = cols;
            let extra = cols.count();
            let mut rows = Vec::new();
            for (i, (m, h)) in r.months.iter().zip(&r.high_cost.months).enumerate() {
                let many = many_label(r, i);
                rows.push(view! {
                    <tr data-month=m.month.clone()>
                        <th scope="row">{month_name(&m.month)}</th>
                        <td class="num" data-col="medical_cost">{yen(h.medical_cost_yen)}</td>
                        <td class="num" data-col="window_with">{yen(m.window_with_certificate_yen)}</td>
                        <td class="num" data-col="window_without">{yen(m.window_without_certificate_yen)}</td>
                        <td class="num" data-col="benefit">{yen(h.benefit_yen)}</td>
                        <td data-col="many_times">{many}</td>
                        {fund.then(|| view! { <td class="num" data-col="fund">{signed(true, "−", m.fund_benefit_yen)}</td> })}
                        {sick.then(|| view! { <td class="num" data-col="sick_pay">{signed(true, "+", m.sick_pay_yen)}</td> })}
                        {aid.then(|| view! { <td class="num" data-col="aid">{signed(true, "−", m.aid_yen)}</td> })}
                        {municipal.then(|| view! { <td class="num" data-col="municipal">{signed(true, "−", m.municipal_yen)}</td> })}
                        {own_room.then(|| view! { <td class="num" data-col="own_room">{yen(m.own_room_yen)}</td> })}
                        <td class="num" data-col="jmdp">{yen(m.jmdp_fees_yen)}</td>
                        <td class="num" data-col="room">{yen(m.donor_room_yen)}</td>
                        <td class="num" data-col="transport">{yen(m.transport_net_yen)}</td>
                        <td class="num strong" data-col="out_of_pocket">{yen(m.out_of_pocket_yen)}</td>
                    </tr>
                }.into_any());
                let next_year = r.months.get(i + 1).map(|n| plan_year(&n.month));
                let this_year = plan_year(&m.month);
                if next_year.as_ref() != Some(&this_year) {
                    if let Some(y) = r.years.iter().find(|y| y.from == this_year).filter(|y| y.refund_to_family_yen > 0) {
                        let after = after_year(&y.from);
                        let label = if en {
                            format!("Yearly-cap refund (after {after})")
                        } else {
                            format!("年間上限の払い戻し（{}以降）", month_name(&after))
                        };
                        rows.push(view! {
                            <tr class="yr-refund" data-refund=y.from.clone()>
                                <th scope="row" colspan=(9 + extra).to_string()>{label}</th>
                                <td class="num strong" data-col="out_of_pocket">{format!("−{}", yen(y.refund_to_family_yen - y.refund_before_plan_yen))}</td>
                            </tr>
                        }.into_any());
                    }
                }
            }
            Some(view! {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="yr-months-h">
                    <table class="yr-table yr-month-table">
                        <thead><tr>
                            <th scope="col">{tr("月", "Month")}</th>
                            <th scope="col" class="num">{tr("医療費（10割）", "Medical cost (100%)")}</th>
                            <th scope="col" class="num">{tr("窓口（認定証あり）", "Window, certificate")}</th>
                            <th scope="col" class="num">{tr("窓口（認定証なし）", "Window, none")}</th>
                            <th scope="col" class="num">{tr("高額療養費（保険者）", "High-cost benefit (insurer)")}</th>
                            <th scope="col">{tr("多数回", "4th month")}</th>
                            {fund.then(|| view! { <th scope="col" class="num">{tr("付加給付", "Fund top-up")}</th> })}
                            {sick.then(|| view! { <th scope="col" class="num">{tr("傷病手当金（入る）", "Sickness allowance (in)")}</th> })}
                            {aid.then(|| view! { <th scope="col" class="num">{tr("公費の助成", "Public subsidy")}</th> })}
                            {municipal.then(|| view! { <th scope="col" class="num">{tr("自治体の助成", "Municipal subsidy")}</th> })}
                            {own_room.then(|| view! { <th scope="col" class="num">{tr("患者さんの差額ベッド", "Patient's room")}</th> })}
                            <th scope="col" class="num">{tr("骨髄バンク", "JMDP")}</th>
                            <th scope="col" class="num">{tr("ドナーの差額ベッド", "Donor room")}</th>
                            <th scope="col" class="num">{tr("運搬費", "Transport")}</th>
                            <th scope="col" class="num">{tr("最終的な負担", "Finally borne")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })
        })
    };
    view! {
        <section class="yr-months-result" aria-labelledby="yr-months-h">
            <h2 id="yr-months-h">{tr("月ごとの支払い", "Month by month")}</h2>
            {body}
            <p class="hint">{tr(
                "窓口: 保険診療の自己負担 + 食事 + 先進医療。認定証（マイナ保険証）がなければ高額療養費は数か月後に戻ります。最終的な負担 = 上限後の自己負担 + 食事 + 先進医療 + 骨髄バンク + 差額ベッド + 運搬費（療養費の後）+ その他 − 助成 − 付加給付。年間上限の払い戻しは年度（8月〜翌年7月）の後に戻ります。",
                "Window: the insured co-payment + meals + 先進医療. Without a certificate (or the My Number card) the high-cost benefit comes back months later. Finally borne = co-payment after the cap + meals + 先進医療 + JMDP + rooms + transport (after 療養費) + other − subsidies − the fund top-up. The yearly-cap refund comes after the August-to-July year.",
            )}</p>
        </section>
    }
}

/// The 8月〜7月 year a `YYYY-MM` month is in, as core names it (`2026-08`).
fn plan_year(m: &str) -> String {
    let (y, mm) = m.split_once('-').unwrap_or((m, "1"));
    let (y, mm): (i32, u32) = (y.parse().unwrap_or(0), mm.parse().unwrap_or(1));
    format!("{:04}-08", if mm >= 8 { y } else { y - 1 })
}

/// `2026-08` → `2027-08` (the refund comes after the year's July).
fn after_year(from: &str) -> String {
    let y: i32 = from.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    format!("{:04}-08", y + 1)
}

/// The kinds of a month's burden, in the chart's order: (class, ja, en).
const KINDS: [(&str, &str, &str); 7] = [
    ("k-copay", "自己負担", "co-payment"),
    ("k-meals", "食事", "meals"),
    ("k-advanced", "先進医療", "先進医療"),
    ("k-jmdp", "骨髄バンク", "JMDP"),
    ("k-room", "差額ベッド", "donor room"),
    ("k-transport", "運搬費", "transport"),
    ("k-other", "その他", "other"),
];

fn kinds_of(r: &Output, i: usize) -> [i64; 7] {
    let (m, h) = (&r.months[i], &r.high_cost.months[i]);
    [
        h.copay_after_cap_yen,
        h.meals_yen,
        h.advanced_care_yen,
        m.jmdp_fees_yen,
        m.donor_room_yen,
        m.transport_net_yen,
        m.other_medical_yen,
    ]
}

/// An SVG coordinate kept in tenths as an integer, written as `123.4`.
fn tenths(v: i64) -> String {
    let v = v.max(0);
    format!("{}.{}", v / 10, v % 10)
}

/// Each month's out of pocket as a stacked bar by kind; the aria-label reads every figure, the
/// table above holds them too.
#[component]
pub(super) fn MonthChart(res: Memo<Option<Output>>) -> impl IntoView {
    let body = move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let en = lang().is_en();
            let n = r.months.len() as i64;
            let (w, h, left, right, top, bottom) = (3600_i64, 2000_i64, 100, 100, 200, 300);
            let (plot_w, plot_h) = (w - left - right, h - top - bottom);
            let totals: Vec<i64> = (0..r.months.len()).map(|i| kinds_of(r, i).iter().sum()).collect();
            let peak = totals.iter().copied().max().unwrap_or(0).max(1);
            let slot = plot_w / n.max(1);
            let bar_w = (slot * 60 / 100).min(500);
            let mut spoken = Vec::new();
            let bars = r.months.iter().enumerate().map(|(i, m)| {
                let parts = kinds_of(r, i);
                let x = left + slot * i as i64 + (slot - bar_w) / 2;
                let mut y = top + plot_h;
                let mut said = Vec::new();
                let rects = parts.iter().zip(KINDS).filter(|(v, _)| **v > 0).map(|(v, (class, ja, en_k))| {
                    let height = (plot_h * v / peak).max(10);
                    y -= height;
                    said.push(format!("{} {}", if en { en_k } else { ja }, yen(*v)));
                    view! { <rect class=class x=tenths(x) y=tenths(y) width=tenths(bar_w) height=tenths(height) /> }
                }).collect_view();
                spoken.push(format!("{} {}（{}）", month_name(&m.month), yen(totals[i]), said.join(if en { ", " } else { "、" })));
                let cx = x + bar_w / 2;
                let label = m.month.get(5..).unwrap_or("").trim_start_matches('0').to_string();
                // The total above a bar while there is room for it.
                let total = (n <= 6).then(|| view! {
                    <text class="yr-axis" x=tenths(cx) y=tenths(y - 40) text-anchor="middle">{yen(totals[i])}</text>
                });
                view! {
                    <g data-month=m.month.clone() data-total=totals[i].to_string()>
                        {rects}
                        {total}
                        <text class="yr-axis" x=tenths(cx) y=tenths(h - 100) text-anchor="middle">{if en { m.month.clone() } else { format!("{label}月") }}</text>
                    </g>
                }
            }).collect_view();
            let aria = if en {
                format!("Finally borne per month: {}.", spoken.join("; "))
            } else {
                format!("月ごとの最終的な負担: {}。", spoken.join("、"))
            };
            let base = tenths(top + plot_h);
            Some(view! {
                <figure class="yr-chart">
                    <svg viewBox="0 0 360 200" role="img" aria-label=aria preserveAspectRatio="xMidYMid meet">
                        {bars}
                        <line class="yr-base" x1=tenths(left) x2=tenths(w - right) y1=base.clone() y2=base />
                        {(n > 6).then(|| view! {
                            <text class="yr-axis" x=tenths(left) y=tenths(top - 60)>{format!("{} {}", tr("最大", "max")(), yen(peak))}</text>
                        })}
                    </svg>
                    <figcaption>
                        <ul class="yr-legend">
                            {KINDS.iter().map(|(class, ja, en_k)| view! {
                                <li><span class=format!("swatch {class}") aria-hidden="true"></span>{if en { *en_k } else { *ja }}</li>
                            }).collect_view()}
                        </ul>
                        <span class="hint">{tr("数字は各月の欄（広い画面では表）にあります。", "The figures are under each month (and in the table on a wide screen).")}</span>
                    </figcaption>
                </figure>
            })
        })
    };
    view! {
        <section class="yr-chart-section" aria-labelledby="yr-chart-h">
            <h2 id="yr-chart-h">{tr("月ごとの負担の内訳", "What each month costs, by kind")}</h2>
            {body}
        </section>
    }
}

/// The 8月〜7月 years: the yearly cap, its refund and what is borne.
#[component]
pub(super) fn PlanYears(res: Memo<Option<Output>>) -> impl IntoView {
    let body = move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let en = lang().is_en();
            let rows = r
                .years
                .iter()
                .map(|y| {
                    let start = y.from.get(..4).unwrap_or("");
                    let end = after_year(&y.from);
                    let end = end.get(..4).unwrap_or("");
                    let name = if en {
                        format!("Aug {start} – Jul {end}")
                    } else {
                        format!("{start}年8月〜{end}年7月")
                    };
                    let cap = y.year_cap_yen.map(yen).unwrap_or_else(|| tr("なし", "none")().to_string());
                    view! {
                        <tr data-year=y.from.clone()>
                            <th scope="row">{name}</th>
                            <td class="num" data-col="year_cap" data-label=tr("年間上限", "Yearly cap")>{cap}</td>
                            <td class="num" data-col="year_refund" data-label=tr("年間上限の払い戻し", "Yearly-cap refund")>{yen(y.refund_to_family_yen)}</td>
                            <td class="num strong" data-col="out_of_pocket" data-label=tr("最終的な負担", "Finally borne")>{yen(y.out_of_pocket_yen)}</td>
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="yr-years-h">
                    <table class="yr-table">
                        <thead><tr>
                            <th scope="col">{tr("年度", "Year")}</th>
                            <th scope="col" class="num">{tr("年間上限", "Yearly cap")}</th>
                            <th scope="col" class="num">{tr("年間上限の払い戻し", "Yearly-cap refund")}</th>
                            <th scope="col" class="num">{tr("最終的な負担", "Finally borne")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })
        })
    };
    view! {
        <section class="yr-years" aria-labelledby="yr-years-h">
            <h2 id="yr-years-h" tabindex="-1">{tr("8月〜翌年7月の合計", "Totals per August-to-July year")}</h2>
            {body}
        </section>
    }
}

/// Each calendar year: what counts for 医療費控除, the deduction and the tax it saves.
#[component]
pub(super) fn CalendarYears(res: Memo<Option<Output>>) -> impl IntoView {
    let body = move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let en = lang().is_en();
            let cards = r.calendar_years.iter().map(|c| {
                let lines: Vec<(&str, &str, &str, i64)> = vec![
                    ("copay_yen", "自己負担（高額療養費・年間上限の払い戻しの後）", "Co-payments (after the benefits and yearly refunds)", c.copay_yen),
                    ("meals_yen", "入院中の食事", "Hospital meals", c.meals_yen),
                    ("advanced_care_yen", "先進医療", "先進医療", c.advanced_care_yen),
                    ("jmdp_fees_yen", "骨髄バンクの負担金", "JMDP fees", c.jmdp_fees_yen),
                    ("donor_room_yen", "ドナーの差額ベッド代", "The donor's private room", c.donor_room_yen),
                    ("transport_net_yen", "運搬費（療養費の後）", "Transport (after 療養費)", c.transport_net_yen),
                    ("other_medical_yen", "その他の医療費", "Other medical costs", c.other_medical_yen),
                ];
                let items = lines.into_iter().filter(|l| l.3 != 0 || l.0 == "copay_yen").map(|(k, ja, en_l, v)| view! {
                    <tr data-key=k><th scope="row">{if en { en_l } else { ja }}</th><td class="num">{yen(v)}</td></tr>
                }).collect_view();
                let saving = match (c.income_tax_saving_yen, c.resident_tax_saving_yen, c.total_saving_yen) {
                    (Some(i), Some(rt), Some(t)) => view! {
                        <tr data-key="income_tax_saving_yen"><th scope="row">{tr("所得税の軽減（復興特別所得税を含む）", "Income tax saved (with the reconstruction surtax)")}</th><td class="num">{yen(i)}</td></tr>
                        <tr data-key="resident_tax_saving_yen"><th scope="row">{tr("住民税の軽減（翌年度）", "Residence tax saved (next fiscal year)")}</th><td class="num">{yen(rt)}</td></tr>
                        <tr data-key="total_saving_yen" class="total"><th scope="row">{tr("税の軽減の合計（目安）", "Tax saved in all (estimate)")}</th><td class="num">{yen(t)}</td></tr>
                    }.into_any(),
                    _ => view! {
                        <tr data-key="total_saving_yen"><th scope="row">{tr("税の軽減", "Tax saved")}</th><td>{tr("所得を入力すると計算します", "Enter the incomes to see it")}</td></tr>
                    }.into_any(),
                };
                let year = c.year;
                let household = c.household_not_included_yen;
                view! {
                    <section class="yr-cal" data-year=year.to_string() aria-labelledby=format!("yr-cal-{year}")>
                        <h3 id=format!("yr-cal-{year}")>{if en { format!("{year} (January to December)") } else { format!("{year}年（1月〜12月）") }}</h3>
                        <table class="yr-ded">
                            <tbody>
                                {items}
                                <tr data-key="counted_yen" class="total"><th scope="row">{tr("医療費控除の対象（合計）", "Counts for the deduction")}</th><td class="num">{yen(c.counted_yen)}</td></tr>
                                <tr data-key="threshold_yen"><th scope="row">{tr("差し引く額（10万円か所得の5%）", "Subtracted (100,000 yen or 5% of income)")}</th><td class="num">{format!("−{}", yen(c.threshold_yen))}</td></tr>
                                <tr data-key="deduction_yen" class="total"><th scope="row">{tr("医療費控除（上限200万円）", "Deduction (at most 2,000,000 yen)")}</th><td class="num">{yen(c.deduction_yen)}</td></tr>
                                {saving}
                            </tbody>
                        </table>
                        {(household > 0).then(|| view! {
                            <p class="hint">{move || if lang().is_en() {
                                format!("Other household members' co-payments ({}) are not included.", yen(household))
                            } else {
                                format!("世帯の他の方の自己負担（{}）は含めていません。", yen(household))
                            }}</p>
                        })}
                    </section>
                }
            }).collect_view();
            Some(cards)
        })
    };
    view! {
        <section class="yr-calendar" aria-labelledby="yr-cal-h">
            <h2 id="yr-cal-h">{tr("暦年ごとの医療費控除（目安）", "The tax deduction per calendar year (estimate)")}</h2>
            <div class="yr-cal-list">{body}</div>
            <p class="hint">{tr(
                "骨髄バンクの負担金・入院中の食事・ドナーの差額ベッド代・運搬費（療養費の後）も含めています。戻ってくるお金は、返される費用を支払った年から差し引きます。読み方と確認すべき点は「計算の内訳」の注にあります。",
                "The JMDP fees, hospital meals, the donor's private room and the transport (after 療養費) are included. Money that comes back is subtracted in the year the costs it returns were paid. The readings, and what to check with the tax office, are in the notes of “How this was computed”.",
            )}</p>
        </section>
    }
}
