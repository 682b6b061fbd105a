//! A bracket's monthly cap as explained steps — shared with the 先進医療 burden calculator, which
//! shows the same three steps (`cap_excess`, `cap_excess_rate`, `cap`) for its one month.

use super::bands::band_rows;
use super::params::{HIGH_COST_ONE_PERCENT_ROUNDING, RATE};
use super::schema::Band;
use crate::date::Date;
use crate::explain::{Fx, TraceStep};
use crate::msg::Msg;
use crate::params::{Ctx, Param};

/// A row the cap needs that is not in force on the month (the caller says what to do instead).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Missing(pub &'static str);

fn get(ctx: &Ctx, row: Option<&'static Param>, on: Date) -> Result<&'static Param, Missing> {
    let row = row.ok_or(Missing("row"))?;
    ctx.param_on(row.id, on).map_err(|_| Missing(row.id))
}

/// `高額療養費 区分ウ 限度額` / `High-cost cap, bracket U: cap`.
pub fn cap_label(band: Band, what_ja: &str, what_en: &str) -> Msg {
    Msg::new(
        format!("高額療養費 区分{} {what_ja}", band.name_ja()),
        format!("High-cost cap, bracket {}: {what_en}", band.name_en()),
    )
}

/// The monthly cap of `band` (a 70歳未満 bracket, or a 70歳以上 bracket's 世帯 cap) for a month
/// whose total medical cost is `medical_cost`, with the rows in force on `on` (健康保険法施行令第42条):
/// 〈多数回〉's flat figure when `many_times`; a flat figure; or base + 1% of the cost above the
/// threshold, the 1% term rounded by [`HIGH_COST_ONE_PERCENT_ROUNDING`]. Each step's key is
/// `prefix` + `cap_excess` / `cap_excess_rate` / `cap`.
pub fn band_cap(
    band: Band,
    many_times: bool,
    medical_cost: i64,
    on: Date,
    ctx: &Ctx,
    prefix: &str,
    trace: &mut Vec<TraceStep>,
) -> Result<i64, Missing> {
    let rows = band_rows(band);
    let (ja, en) = (band.name_ja(), band.name_en());
    if many_times {
        let p = get(ctx, rows.many_times, on)?;
        trace.push(TraceStep::yen(
            format!("{prefix}cap"),
            cap_label(band, "多数回該当の限度額", "cap from the 4th capped month in 12"),
            Fx::new()
                .words(&format!("区分{ja}・多数回該当 = "), &format!("Bracket {en}, 4th capped month onward = "))
                .yen(p.value),
            p.value,
            p.source,
        ));
        return Ok(p.value);
    }
    let base = get(ctx, rows.base, on)?;
    let Some(threshold_row) = rows.threshold else {
        trace.push(TraceStep::yen(
            format!("{prefix}cap"),
            cap_label(band, "限度額", "cap (flat)"),
            Fx::new().words(&format!("区分{ja} = "), &format!("Bracket {en} = ")).yen(base.value),
            base.value,
            base.source,
        ));
        return Ok(base.value);
    };
    let threshold = get(ctx, Some(threshold_row), on)?;
    let rate = get(ctx, Some(&RATE), on)?;
    // 令42条: 医療費 (その額が閾値に満たないときは閾値) − 閾値 — the excess never goes below zero.
    let excess = (medical_cost - threshold.value).max(0);
    trace.push(TraceStep::yen(
        format!("{prefix}cap_excess"),
        cap_label(band, "医療費の超過分", "medical cost above the threshold"),
        Fx::new().op("max(0, ").yen(medical_cost).op(" − ").yen(threshold.value).op(") = ").yen(excess),
        excess,
        threshold.source,
    ));
    let exact = crate::money::percent_of(excess, rate.value);
    let one_percent = HIGH_COST_ONE_PERCENT_ROUNDING.apply(exact);
    trace.push(TraceStep::yen(
        format!("{prefix}cap_excess_rate"),
        HIGH_COST_ONE_PERCENT_ROUNDING.describe(),
        Fx::new().yen(excess).op(" × ").pct(rate.value).op(" = ").yen_dec(exact).op(" → ").yen(one_percent),
        one_percent,
        HIGH_COST_ONE_PERCENT_ROUNDING.source,
    ));
    let cap = base.value + one_percent;
    trace.push(TraceStep::yen(
        format!("{prefix}cap"),
        cap_label(band, "限度額", "cap"),
        Fx::new().num(base.value).op(" + ").num(one_percent).op(" = ").yen(cap),
        cap,
        base.source,
    ));
    Ok(cap)
}
