//! Each month's bracket in that month's table: the bracket given (which must be in the table), or
//! the one the 標準報酬月額 falls in. Every problem is collected: a month before the first table, a
//! key the month's table lacks (one error per table, naming its months and listing its brackets),
//! a 現役並み key from 2027-08 (its cap then depends on the remuneration).

use super::bands::{band_rows, bands_in_force, formula_band, over70_by_pay, under70_by_pay};
use super::input::{ym, Input, Who};
use super::schema::{AgeGroup, Band};
use crate::date::Date;
use crate::msg::{Errors, FieldError, Msg};
use crate::params::{Ctx, Param};
use crate::schema::Choose;

/// How a month's bracket was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    Given,
    /// From the 標準報酬月額; the limit row it reached (None: the lowest bracket).
    Pay(i64, Option<&'static Param>),
    /// 住民税非課税 (with a remuneration).
    Exempt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub band: Band,
    /// The bracket whose rows make the caps (現役並み: an under-70 one; else `band`).
    pub formula: Band,
    pub how: How,
}

/// The brackets of a table as a person reads them: their labels (as the page's choices), not keys.
pub fn labels(bands: &[Band]) -> Msg {
    Msg::new(
        bands.iter().map(|b| b.label().ja).collect::<Vec<_>>().join("、"),
        bands.iter().map(|b| b.label().en).collect::<Vec<_>>().join("; "),
    )
}

fn months_text(months: &[Date]) -> String {
    months.iter().map(|d| ym(*d)).collect::<Vec<_>>().join(", ")
}

/// A month before the first table of the age group.
fn before_first_table(i: usize, month: Date, age: AgeGroup) -> FieldError {
    let first = match age {
        AgeGroup::Under70 | AgeGroup::Preschool => band_rows(Band::A).base,
        AgeGroup::Over70 => band_rows(Band::Teishotoku1).base,
    }
    .map(|p| ym(p.from))
    .unwrap_or_default();
    FieldError::new(
        format!("months[{i}].month"),
        "not_in_force",
        Msg::new(
            format!("{} の高額療養費の表は登録されていません（登録済みは {first} から）", ym(month)),
            format!("No high-cost table is on file for {} (on file from {first})", ym(month)),
        ),
    )
}

fn by_pay(age: AgeGroup, yen: i64, exempt: bool, on: Date, ctx: &Ctx) -> Option<(Band, How)> {
    match (age, exempt) {
        (AgeGroup::Under70 | AgeGroup::Preschool, true) => Some((Band::O, How::Exempt)),
        (AgeGroup::Over70, true) => Some((Band::Teishotoku2, How::Exempt)),
        (AgeGroup::Under70 | AgeGroup::Preschool, false) => {
            under70_by_pay(yen, on, ctx).map(|(b, row)| (b, How::Pay(yen, row)))
        }
        (AgeGroup::Over70, false) => {
            let (b, row) = over70_by_pay(yen, on, ctx);
            Some((b, How::Pay(yen, row)))
        }
    }
}

/// The bracket of every month, or every error found.
pub fn resolve(input: &Input, ctx: &Ctx) -> Result<Vec<Resolved>, Errors> {
    let mut errors = Vec::new();
    // Months whose table lacks the key given, grouped by the table's brackets.
    let mut not_in_table: Vec<(Vec<Band>, Vec<Date>)> = Vec::new();
    let mut needs_pay: Vec<Date> = Vec::new();
    let mut out = Vec::new();
    for (i, row) in input.months.iter().enumerate() {
        let bands = bands_in_force(input.age, row.month, ctx);
        if bands.is_empty() {
            errors.push(before_first_table(i, row.month, input.age));
            continue;
        }
        let (band, how) = match input.who {
            Who::Bracket(b) if bands.contains(&b) => (b, How::Given),
            Who::Bracket(_) => {
                match not_in_table.iter_mut().find(|(t, _)| *t == bands) {
                    Some((_, months)) => months.push(row.month),
                    None => not_in_table.push((bands, vec![row.month])),
                }
                continue;
            }
            Who::Pay { yen, resident_tax_exempt } => {
                match by_pay(input.age, yen, resident_tax_exempt, row.month, ctx) {
                    Some(found) => found,
                    None => {
                        errors.push(before_first_table(i, row.month, input.age));
                        continue;
                    }
                }
            }
        };
        let pay = match how {
            How::Pay(yen, _) => Some(yen),
            _ => None,
        };
        match formula_band(band, pay, row.month, ctx) {
            Some(formula) => out.push(Resolved { band, formula, how }),
            None => needs_pay.push(row.month),
        }
    }
    if let Who::Bracket(b) = input.who {
        for (bands, months) in &not_in_table {
            let listed = labels(bands);
            errors.push(FieldError::new(
                "bracket",
                "not_in_table",
                Msg::new(
                    format!(
                        "区分「{}」は {} の表にありません（この表の区分: {}）",
                        b.label().ja,
                        months_text(months),
                        listed.ja
                    ),
                    format!(
                        "Bracket “{}” is not in the table for {} (its brackets: {})",
                        b.label().en,
                        months_text(months),
                        listed.en
                    ),
                ),
            ));
        }
        if !needs_pay.is_empty() {
            errors.push(FieldError::new(
                "bracket",
                "needs_remuneration",
                Msg::new(
                    format!(
                        "{} の{}の限度額は標準報酬月額で分かれます（a1〜u3）。区分の代わりに標準報酬月額を入力してください（standard_monthly_remuneration_yen）",
                        months_text(&needs_pay),
                        b.name_ja()
                    ),
                    format!(
                        "For {} the cap of {} depends on the standard monthly remuneration (bands a1–u3): give the standard monthly remuneration instead of the bracket (standard_monthly_remuneration_yen)",
                        months_text(&needs_pay),
                        b.name_en()
                    ),
                ),
            ));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
