//! 医療費控除 — what the medical-expense deduction saves in 所得税 and 住民税 (FACTS-2026 "医療費控除";
//! seed 003 参考資料2-15 FAQ ⑦: JMDP's fees count for it, not for 高額療養費).
//!
//! Deduction = paid − reimbursed (insurance, 高額療養費, 療養費, private cover) − the lesser of
//! 100,000 yen and 5% of 総所得金額等 (fractions dropped), at least 0, at most 2,000,000
//! (所得税法第73条). The income tax saved is the difference of the taxes without and with the
//! deduction: the 速算表 (所得税法第89条) on 課税所得 truncated to 1,000 yen (国税通則法第118条第1項),
//! plus each surtax on that 基準所得税額, computed and truncated to the yen on its own — 復興特別所得税
//! 2.1% to 2026; from 2027 復興特別所得税 1.1% (to 2047) and 防衛特別所得税 1% (財務省 令和8年度税制改正の
//! 大綱; a year after 2047 is `not_in_force`). Two truncations may differ by a yen from one 2.1%; a
//! note says so where they do. The residence tax saved is 10% of the deduction but never more than
//! 10% of the taxable income (the 所得割 it lowers); a deduction larger than the taxable income is
//! said in the result (`deduction_exceeds_taxable_income`).
//!
//! Readings: the year's rules are those in force on its 31 December; rows start in 2015 (the 速算表's
//! current seven steps), so earlier years are `not_in_force`; the 基準所得税額 is the 速算表's tax (no
//! 税額控除 is modelled); the 100-yen rounding of the tax due is not modelled (a note says so); the
//! residence tax's own taxable income (usually a little larger, its personal deductions being smaller)
//! is taken to be the income tax's.

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
