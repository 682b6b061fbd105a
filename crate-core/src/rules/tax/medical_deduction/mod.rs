//! 医療費控除 — what the medical-expense deduction saves in 所得税 and 住民税 (FACTS-2026 "医療費控除";
//! seed 003 参考資料2-15 FAQ ⑦: JMDP's fees count for it, not for 高額療養費).
//!
//! Deduction = paid − reimbursed (insurance, 高額療養費, 療養費, private cover) − the lesser of
//! 100,000 yen and 5% of 総所得金額等 (fractions dropped), at least 0, at most 2,000,000
//! (所得税法第73条). The income tax saved is tax(課税所得) − tax(課税所得 − deduction) by the 速算表
//! (所得税法第89条) on 課税所得 truncated to 1,000 yen (国税通則法第118条第1項), × 1.021 for
//! 復興特別所得税 (2013〜2037 only: a later year is `not_in_force`), fractions of a yen dropped; the
//! residence tax saved is 10% of the deduction (所得割, fractions dropped).
//!
//! Readings: the year's rules are those in force on its 31 December; rows start in 2015 (the 速算表's
//! current seven steps), so earlier years are `not_in_force`; the 復興特別所得税 multiplies the
//! difference of the two taxes (the brief's formula; the 100-yen rounding of the tax due is not
//! modelled, a note says so); the residence-tax saving is not limited to the levy (unknown here).

mod logic;
pub mod params;
pub mod schema;
#[cfg(test)]
mod tests;

pub use logic::{compute, parse, Input, Output};
pub(crate) use logic::{notes, one_year, YearCosts, YearDeduction};
pub use params::PARAMS;
pub use schema::SCHEMA;

crate::calculator::calculator!("medical_deduction", schema: &SCHEMA, tables: &[PARAMS]);
