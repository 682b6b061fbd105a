//! 先進医療の患者負担 — what a patient pays for a course of 先進医療 (seed 001).
//!
//! Seed 001 様式第3号 「11. 患者負担について」 (repeated in 様式第5号 and 様式第6号):
//!
//! > 患者負担40万 = A) + B)
//! > A) 先進医療費の患者負担分 50万 − 25万 = 25万円
//! > B) 保険外併用療養費の患者負担分 50万 × 3割負担 = 15万円
//!
//! So the patient pays the 先進医療 part in full less whatever research funds / the hospital /
//! a company bear (研究費等・実施施設負担・企業負担), plus the ordinary co-payment on the insured part
//! (保険外併用療養費). The insurer pays the rest of the insured part (様式第6号 「保険者負担 ①」:
//! 350,000円). The seed adds that a subsidy must be the same at every hospital (様式第3号 §10 欄外,
//! 様式第7-2号 記載要領) and that the co-payment shown *includes* what 高額療養費 later refunds
//! (様式第6号 注4). The optional monthly cap below shows that refund; the 先進医療 part is never
//! part of it (it is not 保険給付, so 高額療養費 does not touch it).
//!
//! The 高額療養費 bracket figures are not in any seed: they are the `high_cost` calculator's rows
//! (健康保険法施行令第42条 until 2026-07; 厚生労働省「高額療養費制度の見直しについて（令和８年８月診療分
//! から）」 from 2026-08, with the 13 bands from 2027-08), read through its function, so there is one
//! copy of them. The bracket must be one of the table in force on `as_of`; the month's cap only
//! (the 年間上限 and 〈多数回〉 counting are the `high_cost` planner's).

mod logic;
pub mod params;
pub mod schema;
#[cfg(test)]
mod tests;

pub use crate::rules::insurance::high_cost::HIGH_COST_ONE_PERCENT_ROUNDING;
pub use logic::{compute, parse, Cap, Input, Output};
pub use params::PARAMS;
pub use schema::{Bracket, SCHEMA};

crate::calculator::calculator!("advanced_care_burden", schema: &SCHEMA, tables: &[PARAMS, crate::rules::insurance::high_cost::PARAMS]);
