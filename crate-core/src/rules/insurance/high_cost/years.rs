//! The 8月〜7月 years the plan touches: the 外来 yearly cap (70歳以上 一般・低所得II) and the 年間上限
//! (from 2026-08) on the co-payments left after the monthly caps, settled later by refund.

use super::bands::band_rows;
use super::input::{ym, Input};
use super::output::{MonthResult, YearResult};
use super::params::SRC_2026;
use super::resolve::Resolved;
use super::schema::{AgeGroup, Band};
use crate::date::{ymd, Date};
use crate::explain::{Fx, TraceStep};
use crate::msg::Msg;
use crate::params::{Ctx, Param};

/// The year a month belongs to runs from August (FACTS-2026: "over 8月〜翌年7月").
const YEAR_STARTS_IN: u32 = 8;

fn year_of(d: Date) -> i32 {
    if d.month >= YEAR_STARTS_IN {
        d.year
    } else {
        d.year - 1
    }
}

/// The year's figure of `row` for the bracket on the latest month (None: no row then).
fn figure(row: Option<&'static Param>, on: Date, ctx: &Ctx) -> Option<&'static Param> {
    row.and_then(|r| ctx.param_on(r.id, on).ok())
}

/// The 年間上限 row of the year's bracket: 区分エ's lower one with `low_income_under_2m`; none for
/// 現役並み (FACTS-2026 gives its monthly formulas only) and 70歳以上 一般.
fn year_row(input: &Input, res: &Resolved) -> Option<&'static Param> {
    if input.age == AgeGroup::Over70 && res.band.genekinami() {
        return None;
    }
    let rows = band_rows(res.formula);
    if input.low_income_under_2m && res.formula == Band::E && rows.year_low_income.is_some() {
        return rows.year_low_income;
    }
    rows.year
}

struct Year {
    start: i32,
    /// Indexes of the plan's months in this year.
    months: Vec<usize>,
}

/// One year's paid amounts, caps and refunds, with its steps.
fn one_year(
    y: &Year,
    first: bool,
    input: &Input,
    months: &[MonthResult],
    resolved: &[Resolved],
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> YearResult {
    let from = format!("{:04}-{:02}", y.start, YEAR_STARTS_IN);
    let key = |what: &str| format!("year.{from}.{what}");
    let last = *y.months.last().unwrap_or(&0);
    let (res, on) = (resolved[last], input.months[last].month);
    // 外来 yearly cap (70歳以上 一般・低所得II): 外来特例 months only.
    let outpatient_paid: i64 =
        y.months.iter().filter(|i| months[**i].outpatient_cap).map(|i| months[*i].copay_after_cap_yen).sum();
    let outpatient =
        if input.age == AgeGroup::Over70 { figure(band_rows(res.band).outpatient_year, on, ctx) } else { None };
    let outpatient_refund = outpatient.map_or(0, |c| (outpatient_paid - c.value).max(0));
    if let Some(c) = outpatient {
        trace.push(TraceStep::yen(
            key("outpatient_refund"),
            Msg::new(
                format!("{from}〜 外来の年間上限（払い戻し）"),
                format!("Year from {from}: outpatient yearly cap (refund)"),
            ),
            Fx::new()
                .op("max(0, ")
                .yen(outpatient_paid)
                .words("（外来特例の月）", " (outpatient months)")
                .op(" − ")
                .yen(c.value)
                .op(") = ")
                .yen(outpatient_refund),
            outpatient_refund,
            c.source,
        ));
    }
    let before = if first { input.year_paid_before_yen } else { 0 };
    let in_plan: Vec<i64> = y.months.iter().map(|i| months[*i].copay_after_cap_yen).collect();
    let paid = in_plan.iter().sum::<i64>() + before;
    let mut fx = Fx::new().sum_of(&in_plan, crate::params::Unit::Yen);
    if first {
        fx = fx.op(" + ").yen(before).words("（計画前の支払い）", " (paid before the plan)");
    }
    trace.push(TraceStep::yen(
        key("paid"),
        Msg::new(
            format!("{from}〜 月の上限適用後の自己負担の合計"),
            format!("Year from {from}: co-payments after the monthly caps"),
        ),
        fx.op(" = ").yen(paid),
        paid,
        SRC_2026,
    ));
    let cap = figure(year_row(input, &res), on, ctx);
    let refund = cap.map_or(0, |c| (paid - outpatient_refund - c.value).max(0));
    match cap {
        Some(c) => trace.push(TraceStep::yen(
            key("refund"),
            Msg::new(format!("{from}〜 年間上限（払い戻し）"), format!("Year from {from}: yearly cap (refund)")),
            Fx::new()
                .op("max(0, ")
                .yen(paid)
                .op(" − ")
                .yen(outpatient_refund)
                .op(" − ")
                .yen(c.value)
                .words(
                    &format!("（区分{}の年間上限）) = ", res.formula.name_ja()),
                    &format!(" (bracket {}'s yearly cap)) = ", res.formula.name_en()),
                )
                .yen(refund),
            refund,
            c.source,
        )),
        None => trace.push(no_year_cap(&key("cap"), &from, y.start, &res)),
    }
    if input.low_income_under_2m && res.formula == Band::E && cap.is_some() {
        trace.push(TraceStep::note(
            key("low_income"),
            Msg::new("年収約200万円以下の年間上限", "Yearly cap for incomes of about ¥2m or less"),
            Msg::new("区分エで年収約200万円以下の方の年間上限（41万円）は、2027年8月以降に払い戻しで精算されます", "Bracket エ with an income of about ¥2m or less: the ¥410,000 yearly cap is settled by refund from August 2027"),
            SRC_2026,
        ));
    }
    YearResult {
        from,
        bracket: res.band,
        year_cap_yen: cap.map(|c| c.value),
        year_paid_yen: paid,
        year_refund_yen: refund,
        outpatient_year_cap_yen: outpatient.map(|c| c.value),
        outpatient_year_paid_yen: outpatient_paid,
        outpatient_year_refund_yen: outpatient_refund,
    }
}

/// Why a year has no 年間上限: before it began (2026-08), or no figure on file for the bracket.
fn no_year_cap(key: &str, from: &str, start: i32, res: &Resolved) -> TraceStep {
    let began = band_rows(Band::A).year.map_or(ymd(2026, 8, 1), |r| r.from);
    let (ja, en) = if start < began.year {
        (
            format!("{from}〜 の年度には年間上限はありません（{} から）", ym(began)),
            format!("No yearly cap for the year from {from} (it begins in {})", ym(began)),
        )
    } else {
        (
            format!("区分{}の年間上限は公表資料で確認できていないため、年間上限による払い戻しは計算していません", res.band.name_ja()),
            format!("No yearly cap of bracket {} is on file (not found in the published sources): no yearly refund is computed", res.band.name_en()),
        )
    };
    TraceStep::note(
        key,
        Msg::new(format!("{from}〜 年間上限"), format!("Year from {from}: yearly cap")),
        Msg::new(ja, en),
        SRC_2026,
    )
}

/// The years of the plan, oldest first; the first gets `year_paid_before_yen`.
pub fn years(
    input: &Input,
    months: &[MonthResult],
    resolved: &[Resolved],
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Vec<YearResult> {
    let mut years: Vec<Year> = Vec::new();
    for (i, row) in input.months.iter().enumerate() {
        let start = year_of(row.month);
        match years.last_mut() {
            Some(y) if y.start == start => y.months.push(i),
            _ => years.push(Year { start, months: vec![i] }),
        }
    }
    years.iter().enumerate().map(|(n, y)| one_year(y, n == 0, input, months, resolved, ctx, trace)).collect()
}
