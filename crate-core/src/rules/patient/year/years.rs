//! The plan's years: each 8月〜7月 year's refunds set against the months they return (the latest
//! payments first), its totals; each calendar year's costs as 医療費控除 counts them and the
//! deduction with the tax it saves ([`crate::rules::tax::medical_deduction`]'s own steps).

use super::input::Input;
use super::output::{CalendarYear, MonthResult, PlanYear};
use super::params::{SRC_CALENDAR, SRC_PLAN, SRC_YEAR_SHARE};
use crate::date::Date;
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, Msg};
use crate::params::{Ctx, Unit};
use crate::rules::insurance::high_cost;
use crate::rules::tax::medical_deduction::{self as md, YearCosts};

/// The 8月〜7月 year a month belongs to, as the planner names it (`2026-08`).
fn plan_year_of(d: Date) -> String {
    let start = if d.month >= 8 { d.year } else { d.year - 1 };
    format!("{start:04}-08")
}

/// Sets `refund` against the months' `open` amounts, the latest first; returns what is left.
fn latest_first(months: &[usize], open: &mut [i64], mut refund: i64) -> i64 {
    for &i in months.iter().rev() {
        let take = refund.min(open[i]);
        open[i] -= take;
        refund -= take;
    }
    refund
}

/// The step that says which months a year's refund returns.
fn share_step(from: &str, refund: i64, shares: &[(String, i64)], before: i64) -> TraceStep {
    let mut fx = Fx::new().yen(refund).op(" = ");
    for (n, (month, share)) in shares.iter().enumerate() {
        fx = if n > 0 { fx.op(" + ") } else { fx }.yen(*share).words(&format!("（{month}）"), &format!(" ({month})"));
    }
    if before > 0 {
        fx = if shares.is_empty() { fx } else { fx.op(" + ") }
            .yen(before)
            .words("（計画前の支払い）", " (paid before the plan)");
    }
    TraceStep::yen(
        format!("plan_year.{from}.refund_shares"),
        Msg::new(
            format!("{from}〜 年間の払い戻しが返す支払い（新しい月から）"),
            format!("Year from {from}: the payments the yearly refund returns (latest first)"),
        ),
        fx,
        refund,
        SRC_YEAR_SHARE,
    )
}

/// Each 8月〜7月 year: its refunds set against its months (the 外来 yearly refund against the
/// 外来特例 months, then the 年間上限's against every month), and its totals. Sets each month's
/// `year_refund_share_yen`.
pub fn plan_years(
    input: &Input,
    plan: &high_cost::Output,
    months: &mut [MonthResult],
    trace: &mut Vec<TraceStep>,
) -> Vec<PlanYear> {
    let hc = &plan.months;
    let mut open: Vec<i64> = hc.iter().map(|m| m.copay_after_cap_yen).collect();
    let mut out = Vec::new();
    for y in &plan.years {
        let idx: Vec<usize> = (0..hc.len()).filter(|&i| plan_year_of(input.plan.months[i].month) == y.from).collect();
        let outpatient: Vec<usize> = idx.iter().copied().filter(|&i| hc[i].outpatient_cap).collect();
        let left = latest_first(&outpatient, &mut open, y.outpatient_year_refund_yen);
        let before = latest_first(&idx, &mut open, y.year_refund_yen + left);
        let refund = y.year_refund_yen + y.outpatient_year_refund_yen;
        let mut shares = Vec::new();
        let (mut kept, mut aid_kept) = (0, 0);
        for &i in idx.iter().rev() {
            let share = hc[i].copay_after_cap_yen - open[i];
            // The subsidies and the fund's 付加給付 are on the co-payment after 高額療養費: after the
            // yearly refund (高額療養費 too) they are worked out again, and what they paid over
            // that is settled against the refund, so the family's part is the share less it.
            let c = hc[i].copay_after_cap_yen;
            let before = input.medical_relief(months[i].aid_limit_yen, c);
            let again = input.medical_relief(months[i].aid_limit_yen, c - share);
            let back = months[i].fund_benefit_yen - again.2;
            let aid_back = (before.0 + before.1) - (again.0 + again.1);
            kept += back;
            aid_kept += aid_back;
            months[i].year_refund_share_yen = share - back - aid_back;
            if share > 0 {
                shares.push((hc[i].month.clone(), share));
            }
        }
        if refund > 0 {
            trace.push(share_step(&y.from, refund, &shares, before));
        }
        if kept > 0 {
            trace.push(TraceStep::yen(
                format!("plan_year.{}.refund_fund_kept", y.from),
                Msg::new(
                    format!("{}〜 年間の払い戻しの後の付加給付の精算", y.from),
                    format!("Year from {}: the fund top-up settled after the yearly refund", y.from),
                ),
                Fx::new()
                    .yen(refund)
                    .op(" − ")
                    .yen(kept)
                    .words(
                        "（払い戻し後の自己負担で計算し直した付加給付との差、組合が精算）= ",
                        " (the top-up worked out again on the co-payment after the refund: the difference, settled by the fund) = ",
                    )
                    .yen(refund - kept)
                    .words("（ご家族に戻る額）", " (to the family)"),
                kept,
                super::params::SRC_FUND_YEAR,
            ));
        }
        if aid_kept > 0 {
            trace.push(TraceStep::yen(
                format!("plan_year.{}.refund_aid_kept", y.from),
                Msg::new(
                    format!("{}〜 年間の払い戻しの後の公費・自治体の助成の精算", y.from),
                    format!("Year from {}: the subsidies settled after the yearly refund", y.from),
                ),
                Fx::new().yen(refund).op(" − ").yen(aid_kept).words(
                    "（払い戻しが返すのは助成が払った分。公費・自治体へ）",
                    " (the refund returns what the subsidies paid: to them)",
                ),
                aid_kept,
                super::params::SRC_AID_ORDER,
            ));
        }
        let sum = |f: &dyn Fn(usize) -> i64| idx.iter().map(|&i| f(i)).sum::<i64>();
        let to_family = refund - kept - aid_kept;
        let borne = sum(&|i| months[i].out_of_pocket_yen) - (to_family - before);
        out.push(PlanYear {
            from: y.from.clone(),
            year_cap_yen: y.year_cap_yen,
            year_refund_yen: refund,
            refund_before_plan_yen: before,
            refund_fund_kept_yen: kept,
            refund_aid_kept_yen: aid_kept,
            refund_to_family_yen: to_family,
            copay_after_cap_yen: sum(&|i| hc[i].copay_after_cap_yen),
            meals_yen: sum(&|i| hc[i].meals_yen),
            advanced_care_yen: sum(&|i| hc[i].advanced_care_yen),
            jmdp_fees_yen: sum(&|i| months[i].jmdp_fees_yen),
            donor_room_yen: sum(&|i| months[i].donor_room_yen),
            transport_net_yen: sum(&|i| months[i].transport_net_yen),
            other_medical_yen: sum(&|i| months[i].other_medical_yen),
            fund_benefit_yen: sum(&|i| months[i].fund_benefit_yen),
            aid_yen: sum(&|i| months[i].aid_yen),
            municipal_yen: sum(&|i| months[i].municipal_yen),
            own_room_yen: sum(&|i| months[i].own_room_yen),
            out_of_pocket_yen: borne,
        });
        trace.push(TraceStep::yen(
            format!("plan_year.{}.out_of_pocket", y.from),
            Msg::new(format!("{}〜 の年度の最終的な負担", y.from), format!("Year from {}: borne in all", y.from)),
            Fx::new()
                .yen(borne + to_family - before)
                .words("（各月）− ", " (the months) − ")
                .yen(to_family - before)
                .words("（年間の払い戻し）= ", " (yearly refunds) = ")
                .yen(borne),
            borne,
            SRC_PLAN,
        ));
    }
    out
}

/// What one month adds to its calendar year: counted by kind, paid and made up for.
struct Counted {
    kinds: [i64; 7],
    paid: i64,
    reimbursed: i64,
    household: i64,
    own_room: i64,
}

fn counted(input: &Input, hc: &high_cost::MonthResult, m: &MonthResult) -> Counted {
    // 付加給付 makes up for the co-payment it returns (所得税法第73条の補てん); what the subsidies
    // pay at the window was never paid.
    let (aid, municipal, _) = input.medical_relief(m.aid_limit_yen, hc.copay_after_cap_yen);
    let copay = hc.copay_after_cap_yen - m.year_refund_share_yen - m.fund_benefit_yen - aid - municipal;
    let meals = hc.meals_yen - (m.aid_yen - aid) - (m.municipal_yen - municipal);
    let kinds = [
        copay,
        meals,
        hc.advanced_care_yen,
        m.jmdp_fees_yen,
        m.donor_room_yen,
        m.transport_net_yen,
        m.other_medical_yen,
    ];
    let (window, later) = if input.ceiling_certificate {
        (m.window_with_certificate_yen, m.benefit_later_with_certificate_yen)
    } else {
        (m.window_without_certificate_yen, m.benefit_later_without_certificate_yen)
    };
    let paid = window + m.jmdp_payable_yen + m.donor_room_yen + m.transport_paid_yen + m.other_medical_yen;
    let reimbursed = later
        + m.year_refund_share_yen
        + m.fund_benefit_yen
        + (m.jmdp_payable_yen - m.jmdp_fees_yen)
        + (m.transport_paid_yen - m.transport_net_yen);
    // The household's part of the benefit returns the others' co-payments, not the patient's.
    let own_share = hc.copay_yen - hc.copay_after_cap_yen;
    let others: i64 = hc
        .household
        .as_ref()
        .map_or(0, |h| h.copays.iter().filter(|c| c.member != high_cost::Member::Patient).map(|c| c.copay_yen).sum());
    let household = (others - (hc.benefit_yen - own_share)).max(0);
    Counted { kinds, paid, reimbursed, household, own_room: m.own_room_yen }
}

/// The deduction's own steps for `year`, under `calendar.YYYY.`; an error on `year` (a year no
/// version covers) becomes one on the year's first month.
fn deduction(
    costs: &YearCosts,
    first: usize,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<md::YearDeduction, Errors> {
    let mut steps = Vec::new();
    let d = md::one_year(costs, ctx, &mut steps).map_err(|errs| {
        errs.into_iter()
            .map(|mut e| {
                if e.field == "year" {
                    e.field = format!("months[{first}].month");
                }
                e
            })
            .collect::<Errors>()
    })?;
    trace.extend(steps.into_iter().map(|mut s| {
        s.key = format!("calendar.{}.{}", costs.year, s.key);
        s
    }));
    Ok(d)
}

/// Each calendar year the plan touches: what counts for 医療費控除 and what it saves.
pub fn calendar_years(
    input: &Input,
    plan: &high_cost::Output,
    months: &[MonthResult],
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<Vec<CalendarYear>, Errors> {
    let mut years: Vec<(i32, Vec<usize>)> = Vec::new();
    for (i, row) in input.plan.months.iter().enumerate() {
        match years.last_mut() {
            Some((y, idx)) if *y == row.month.year => idx.push(i),
            _ => years.push((row.month.year, vec![i])),
        }
    }
    let mut out = Vec::new();
    for (year, idx) in years {
        let parts: Vec<Counted> = idx.iter().map(|&i| counted(input, &plan.months[i], &months[i])).collect();
        let mut kinds = [0i64; 7];
        for c in &parts {
            for (k, v) in kinds.iter_mut().zip(c.kinds) {
                *k += v;
            }
        }
        let counted_yen: i64 = kinds.iter().sum();
        let paid: i64 = parts.iter().map(|c| c.paid).sum();
        let reimbursed: i64 = parts.iter().map(|c| c.reimbursed).sum();
        let household: i64 = parts.iter().map(|c| c.household).sum();
        let own_room: i64 = parts.iter().map(|c| c.own_room).sum();
        if own_room > 0 {
            trace.push(TraceStep::yen(
                format!("calendar.{year}.own_room"),
                Msg::new(
                    format!("{year}年 患者さんの差額ベッド代（医療費控除の対象外）"),
                    format!("{year}: the patient's private room (not counted for the deduction)"),
                ),
                Fx::new().yen(own_room).words("（自分の希望で選んだ個室）", " (a room chosen by the patient)"),
                own_room,
                super::params::SRC_OWN_ROOM_TAX,
            ));
        }
        trace.push(TraceStep::yen(
            format!("calendar.{year}.counted"),
            Msg::new(format!("{year}年 医療費控除の対象"), format!("{year}: what counts for the deduction")),
            Fx::new()
                .sum_of(&kinds, Unit::Yen)
                .words(
                    "（自己負担 + 食事 + 先進医療 + 骨髄バンク + 差額ベッド + 運搬費 + その他）= ",
                    " (co-payments + meals + 先進医療 + JMDP + room + transport + other) = ",
                )
                .yen(counted_yen)
                .words("（支払い ", " (paid ")
                .yen(paid)
                .words(" − 補てん ", " − made up for ")
                .yen(reimbursed)
                .op(")"),
            counted_yen,
            SRC_CALENDAR,
        ));
        let costs = YearCosts {
            year: i64::from(year),
            paid_yen: paid,
            reimbursed_yen: reimbursed,
            total_income_yen: input.total_income_yen,
            taxable_income_yen: input.taxable_income_yen,
        };
        let d = deduction(&costs, idx[0], ctx, trace)?;
        let s = d.saving;
        out.push(CalendarYear {
            year: i64::from(year),
            copay_yen: kinds[0],
            meals_yen: kinds[1],
            advanced_care_yen: kinds[2],
            jmdp_fees_yen: kinds[3],
            donor_room_yen: kinds[4],
            transport_net_yen: kinds[5],
            other_medical_yen: kinds[6],
            counted_yen,
            paid_yen: paid,
            reimbursed_yen: reimbursed,
            household_not_included_yen: household,
            own_room_not_included_yen: own_room,
            threshold_yen: d.threshold_yen,
            deduction_yen: d.deduction_yen,
            deduction_capped: d.deduction_capped,
            income_tax_saving_yen: s.as_ref().map(|s| s.income_tax_saving_yen),
            resident_tax_saving_yen: s.as_ref().map(|s| s.resident_tax_saving_yen),
            total_saving_yen: s.as_ref().map(|s| s.total_saving_yen),
            deduction_exceeds_taxable_income: s.as_ref().is_some_and(|s| s.deduction_exceeds_taxable_income),
        });
    }
    Ok(out)
}
