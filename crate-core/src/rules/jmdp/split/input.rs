//! What the split reads (by its schema), and each point value as typed or from the table: the
//! transplant's split (`logic`) and the other outcomes (`outcomes`) both read them.

use super::schema::{self as field, Outcome, SCHEMA};
use crate::date::Date;
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, Msg};
use crate::params::{Ctx, Param};
use crate::reader::Reader;
use crate::schema::Field;
use crate::sources::{cite, ENTERED};
use crate::value::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// What happened: only [`Outcome::Transplanted`] has the split.
    pub outcome: Outcome,
    /// K922 (default from the table); `None` = the table's value.
    pub transplant_points: Option<i64>,
    pub harvest_points: Option<i64>,
    pub unrelated_addition_points: Option<i64>,
    /// The harvesting hospital's other points for the donor (術前健診, 入院, 検査, 消耗品), beyond K921.
    pub donor_care_points: i64,
    pub yen_per_point: Option<i64>,
    pub transplant_date: Option<Date>,
    /// Fields given a value that this outcome does not use (the result warns about them).
    pub ignored: Vec<&'static str>,
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(SCHEMA.fields, v);
    let outcome = r.choice::<Outcome>(&field::OUTCOME).unwrap_or(Outcome::Transplanted);
    let transplant_points = r.opt_int(&field::TRANSPLANT_POINTS);
    let harvest_points = r.opt_int(&field::HARVEST_POINTS);
    let unrelated_addition_points = r.opt_int(&field::UNRELATED_ADDITION_POINTS);
    let donor_care_points = r.int(&field::DONOR_CARE_POINTS);
    let yen_per_point = r.opt_int(&field::YEN_PER_POINT);
    if yen_per_point == Some(0) {
        r.error(
            &field::YEN_PER_POINT,
            "zero",
            Msg::new("1点あたりの単価は1円以上です", "Yen per point must be at least 1"),
        );
    }
    let transplant_date = r.date(&field::TRANSPLANT_DATE);
    let ignored = r.given_but_unused().iter().map(|f| f.key).collect();
    r.finish(Input {
        outcome,
        transplant_points,
        harvest_points,
        unrelated_addition_points,
        donor_care_points,
        yen_per_point,
        transplant_date,
        ignored,
    })
}

/// A typed value, or the table's; one step each saying which.
pub(super) fn pick(
    f: &Field,
    given: Option<i64>,
    row: &Param,
    ctx: &Ctx,
    defaults_used: &mut Vec<&'static str>,
    trace: &mut Vec<TraceStep>,
) -> Result<i64, Errors> {
    let param = ctx.get(row)?;
    let label = Msg::new(param.label_ja, param.label_en);
    Ok(match given {
        Some(x) => {
            let formula = Fx::new()
                .words("入力値 ", "Entered ")
                .num(x)
                .words("（表の値 ", " (table: ")
                .num(param.value)
                .words("）", ")");
            trace.push(TraceStep::new(f.key, label, formula, Some(x), param.unit, cite!(ENTERED, "")));
            x
        }
        None => {
            defaults_used.push(f.key);
            let formula = Fx::new().words("表の値 ", "Table value ").num(param.value);
            trace.push(TraceStep::new(f.key, label, formula, Some(param.value), param.unit, param.source));
            param.value
        }
    })
}
