//! When money moves: every payment and every payment back of the plan placed in the calendar month
//! it happens, with the running balance — so a family sees the months that need cash (a whole
//! co-payment paid before 高額療養費 comes back, JMDP's bill, the fund's top-up three months later,
//! 傷病手当金 after each claim, the yearly-cap refund after July, the tax the next spring).
//!
//! Paid out in the month of care: the window (what the 受給者証 and the municipality leave),
//! JMDP's bill, the donor's room, the transport, other costs, the patient's own room. Back: the
//! 高額療養費 paid first, after the insurers' usual delay; 付加給付 in the month the family gave;
//! 傷病手当金 after its claim; JMDP's refund and the transport's 療養費 in the months typed; the
//! yearly-cap refund from the August after its year (no insurer has said when: "from"); the
//! income tax refund and the lower residence tax the next year. The delays are dated rows of
//! [`super::params`], looked up on the plan's date.

use super::output::{CalendarYear, CashItem, CashMonth, MonthResult, PlanYear};
use super::params::PARAMS;
use crate::date::MonthEnd;
use crate::explain::{Fx, TraceStep};
use crate::msg::Msg;
use crate::params::{Ctx, Param};
use crate::rules::insurance::high_cost::ym;

/// A `YYYY-MM` the plan named, read back by the project's month parser.
fn month(s: &str) -> Option<crate::date::Date> {
    crate::parse::parse_month("month", s).ok()
}

/// `YYYY-MM` plus `n` months.
fn plus(s: &str, n: i64) -> String {
    month(s).map_or_else(|| s.to_string(), |d| ym(d.add_months(n as i32, MonthEnd::Clamp)))
}

/// The delays the plan needs (a row only where something moves by it: the rules used are the ones
/// that mattered), in force on the plan's date; None (with a note saying so) before the rows.
fn delays(need: [bool; 4], ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Option<[Option<&'static Param>; 4]> {
    let mut rows = [None; 4];
    for (k, row) in PARAMS.iter().enumerate().filter(|(k, _)| need[*k]) {
        match ctx.get(row) {
            Ok(p) => rows[k] = Some(p),
            Err(_) => {
                trace.push(TraceStep::remark(
                    "cash.not_in_force",
                    Msg::new(
                        format!("お金が動く時期の目安は {} からの資料によるため、この基準日では示しません", row.from),
                        format!("When money moves rests on pages read from {}: not shown for this date", row.from),
                    ),
                    row.source,
                ));
                return None;
            }
        }
    }
    Some(rows)
}

/// `2026-06` → 「2026年6月」.
fn ja_month(s: &str) -> String {
    month(s).map_or_else(|| s.to_string(), |d| format!("{}年{}月", d.year, d.month))
}

fn item(items: &mut Vec<(String, CashItem)>, month: String, amount_yen: i64, what: Msg) {
    if amount_yen != 0 {
        items.push((month, CashItem { what, amount_yen }));
    }
}

/// Every movement of the plan, by calendar month, with the balance running from the first.
pub fn cash(
    months: &[MonthResult],
    years: &[PlanYear],
    calendar: &[CalendarYear],
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Vec<CashMonth> {
    let need = [
        months.iter().any(|m| m.benefit_later_yen > 0),
        months.iter().any(|m| m.sick_pay_yen > 0),
        calendar.iter().any(|c| c.income_tax_saving_yen.is_some()),
        calendar.iter().any(|c| c.resident_tax_saving_yen.is_some()),
    ];
    let Some([hc_delay, sick_delay, refund_by, resident_from]) = delays(need, ctx, trace) else { return Vec::new() };
    let months_of = |p: Option<&Param>| p.map_or(0, |p| p.value);
    let mut items: Vec<(String, CashItem)> = Vec::new();
    for m in months {
        let on = m.month.clone();
        let out = [
            (m.window_yen, "病院の窓口", "hospital window"),
            (m.jmdp_payable_yen, "骨髄バンクの請求", "JMDP's bill"),
            (m.donor_room_yen, "ドナーの差額ベッド", "donor's room"),
            (m.transport_paid_yen, "運搬費", "transport"),
            (m.other_medical_yen, "その他の医療費", "other medical costs"),
            (m.own_room_yen, "患者さんの差額ベッド", "patient's room"),
        ];
        for (v, ja, en) in out {
            item(&mut items, on.clone(), -v, Msg::new(ja, en));
        }
        let of = |ja: &str, en: &str| Msg::new(format!("{}分の{ja}", ja_month(&on)), format!("{en} for {on}"));
        item(&mut items, plus(&on, months_of(hc_delay)), m.benefit_later_yen, of("高額療養費", "High-cost benefit"));
        if let Some(paid) = &m.fund_paid_month {
            item(&mut items, paid.clone(), m.fund_benefit_yen, of("付加給付", "Fund top-up"));
        }
        item(&mut items, plus(&on, months_of(sick_delay)), m.sick_pay_yen, of("傷病手当金", "Sickness allowance"));
        item(&mut items, on.clone(), m.jmdp_refund_received_yen, Msg::new("骨髄バンクの返金", "JMDP refund"));
        item(
            &mut items,
            on.clone(),
            m.transport_reimbursed_yen,
            Msg::new("運搬費の療養費", "療養費 for the transport"),
        );
    }
    for y in years {
        let after = plus(&y.from, 12);
        let what = Msg::new(
            format!("{}からの年度の年間上限の払い戻し（この月以降、時期は未確認）", ja_month(&y.from)),
            format!("Yearly-cap refund of the year from {} (from this month; the timing is unconfirmed)", y.from),
        );
        item(&mut items, after, y.refund_to_family_yen, what);
    }
    let (refund_month, resident_month) = (months_of(refund_by) / 100, months_of(resident_from) / 100);
    for c in calendar {
        let next = c.year + 1;
        if let Some(v) = c.income_tax_saving_yen {
            let what = Msg::new(
                format!("{}年分の医療費控除: 所得税の還付（目安）", c.year),
                format!("Income tax refund for {} (estimate)", c.year),
            );
            item(&mut items, format!("{next:04}-{refund_month:02}"), v, what);
        }
        if let Some(v) = c.resident_tax_saving_yen {
            let what = Msg::new(
                format!("{}年分の医療費控除: 住民税が減る（この月からの納付、目安）", c.year),
                format!("Residence tax lower for {} (paid from this month, estimate)", c.year),
            );
            item(&mut items, format!("{next:04}-{resident_month:02}"), v, what);
        }
    }
    // By month, in the order each was added within it (payments first).
    items.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out: Vec<CashMonth> = Vec::new();
    let mut running = 0;
    for (month, it) in items {
        if out.last().is_none_or(|c| c.month != month) {
            out.push(CashMonth { month, out_yen: 0, in_yen: 0, net_yen: 0, running_yen: running, items: Vec::new() });
        }
        let c = out.last_mut().expect("pushed above");
        if it.amount_yen < 0 {
            c.out_yen -= it.amount_yen;
        } else {
            c.in_yen += it.amount_yen;
        }
        c.net_yen += it.amount_yen;
        running += it.amount_yen;
        c.running_yen = running;
        c.items.push(it);
    }
    if let Some(low) = out.iter().min_by_key(|c| c.running_yen).filter(|c| c.running_yen < 0) {
        trace.push(TraceStep::yen(
            "cash.lowest",
            Msg::new("立て替えが最も多くなる月", "The month the family is most out of pocket"),
            Fx::new()
                .words(&format!("{} の累計 ", low.month), &format!("Running balance in {}: ", low.month))
                .yen(low.running_yen)
                .words("（あとで戻るお金が入る前）", " (before what comes back later)"),
            -low.running_yen,
            super::params::SRC_PLAN,
        ));
    }
    out
}
