//! What a month's steps share: the month being computed (its row, bracket, age group, the other
//! co-payments of the same month), the error for a row not on file, the source of its cap, and
//! whether 〈多数回〉 applies (benefits already paid in at least 3 of the 11 months before it, since
//! the latest change of insurer).

use super::bands::{band_rows, in_force};
use super::cap::Missing;
use super::input::{ym, MonthRow, OtherCopay};
use super::params::*;
use super::resolve::Resolved;
use super::schema::{AgeGroup, Band};
use crate::date::Date;
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, FieldError, Msg};
use crate::params::Ctx;
use crate::sources::Cite;

/// Everything a month's steps need.
pub(super) struct Month<'a> {
    pub i: usize,
    pub row: &'a MonthRow,
    pub res: Resolved,
    pub age: AgeGroup,
    /// The month's other co-payments (世帯合算), in the input's order.
    pub others: Vec<&'a OtherCopay>,
    /// `2026-08.`: the prefix of the month's step keys.
    pub p: String,
}

impl Month<'_> {
    pub fn key(&self, what: &str) -> String {
        format!("{}{what}", self.p)
    }

    /// A row the month needs that is not on file: an error on the month, naming what is missing.
    pub fn missing(&self, m: Missing) -> Errors {
        let (ja, en) = match m.0.rsplit('.').next().unwrap_or("") {
            "base" => ("世帯・入院の限度額", "household (inpatient) cap"),
            "many_times" => ("多数回該当の額", "4th-month figure"),
            "outpatient" | "outpatient_low" => ("外来の限度額", "outpatient cap"),
            _ => ("限度額", "cap"),
        };
        let (name_ja, name_en, month) = (self.res.formula.name_ja(), self.res.formula.name_en(), ym(self.row.month));
        vec![FieldError::new(
            format!("months[{}].month", self.i),
            "not_in_force",
            Msg::new(
                format!("{month} の区分{name_ja}の{ja}は公表資料で確認できていないため登録されていません（{}）。ご加入の保険者にご確認ください", m.0),
                format!("The {en} of bracket {name_en} for {month} is not on file: the published sources checked do not give it ({}). Ask your insurer", m.0),
            ),
        )]
    }

    /// The source of the month's cap figures (its base row in force).
    pub fn cap_source(&self, ctx: &Ctx) -> &'static Cite {
        band_rows(self.res.formula)
            .base
            .and_then(|r| ctx.find(r.id, self.row.month).ok())
            .map_or(SRC_2026, |p| p.source)
    }
}

/// Whether 〈多数回〉 applies: benefits already paid in at least 3 of the months up to 11 before
/// (`benefit_months` holds only those since the latest change of insurer). Returns the note that
/// says why, for the cap step to show when it uses (or lacks) the figure.
pub(super) fn many_times(m: &Month<'_>, benefit_months: &[Date], ctx: &Ctx) -> Result<Option<TraceStep>, Errors> {
    let on = m.row.month;
    let (need, window) = (ctx.get_on(&MANY_TIMES_PRIOR_MONTHS, on)?, ctx.get_on(&MANY_TIMES_WINDOW_MONTHS, on)?);
    let index = |d: Date| i64::from(d.year) * 12 + i64::from(d.month);
    let within: Vec<Date> =
        benefit_months.iter().copied().filter(|b| (1..window.value).contains(&(index(on) - index(*b)))).collect();
    if !need.bound.holds(within.len() as i64, need.value) {
        return Ok(None);
    }
    let start = on.add_months(1 - window.value as i32, crate::date::MonthEnd::Clamp);
    let listed = within.iter().map(|d| ym(*d)).collect::<Vec<_>>().join(", ");
    let n = within.len();
    Ok(Some(TraceStep::note(
        m.key("many_times"),
        Msg::new("多数回該当", "4th-month reduction (多数回該当)"),
        Fx::new().words(
            &format!("{}〜{} に支給のあった月: {listed}（{n}か月）→ この月は多数回該当", ym(start), ym(on)),
            &format!(
                "Months with a benefit in {} to {}: {listed} ({n}) → this month has the reduced cap",
                ym(start),
                ym(on)
            ),
        ),
        need.source,
    )))
}

/// Whether the 〈多数回〉 figure of `band` applies this month; shows why (or that there is none).
pub(super) fn use_many_times(
    m: &Month<'_>,
    band: Band,
    why: Option<TraceStep>,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> bool {
    let Some(why) = why else { return false };
    trace.push(why);
    let many = in_force(ctx, band_rows(band).many_times, m.row.month);
    if !many {
        trace.push(TraceStep::note(
            m.key("many_times_none"),
            Msg::new("多数回該当の額なし", "No 4th-month figure"),
            Fx::new().words(
                &format!("区分{}には多数回該当の額がないため通常の限度額", band.name_ja()),
                &format!("Bracket {} has no reduced figure: the usual cap applies", band.name_en()),
            ),
            m.cap_source(ctx),
        ));
    }
    many
}
