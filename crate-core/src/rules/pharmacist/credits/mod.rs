//! 研修認定薬剤師 — credits check for the first certification (新規) and its renewal (更新)
//! (seed 004, 日本薬剤師研修センター 「研修認定薬剤師制度 実施要領」, 平成29年4月1日施行版).
//!
//! What the seed says, and where each rule lives here:
//! - 4 「研修の単位基準」: credits per kind of training (`pharmacist.<kind>.*` params, [`Kind`]).
//! - 5(1) first certification: 40 credits, training period "最初に単位を取得した日より起算して
//!   4年間以内", "毎年5単位以上".
//! - 5(2)/(3) renewal every 3 years, 30 credits, "毎年5単位以上".
//! - 5(4) ア〜エ the limits (実習・自己 5 a year each, グループ 5 in total, only the first 通信講座,
//!   the same session twice counts once).
//! - 9(2) ただし書き: credits are claimed "1単位以上整数単位で…端数は切り捨てる" ([`CREDIT_TRUNCATION`]).
//! - 10(1): "認定の日付は…申請日…申請日以前に取得した単位は次回更新の単位には充当できない".
//! - 16 手数料: 10,286 / 10,286 / 3,086 円 (8% consumption-tax amounts, "平成26年4月1日以降受付").
//!
//! Two dated rule versions, picked by the application date (not `as_of`: an application is judged
//! by the rules it was made under, as its fee is):
//! - **seed version** (2017-04-01 .. 2022-03-31): the 4 years run from the first credit.
//! - **online version** (from 2022-04-01, RULES.md "Facts checked outside the seeds": the center
//!   keeps records online and counts the 40 credits within the 4 years before the application).
//!   Only the initial window changes; every other figure continues (an assumption: RULES.md names no
//!   other change).
//!
//! Readings of ambiguous text are documented next to the code that makes them (search "Reading:").

mod assess;
mod input;
mod output;
pub mod params;
mod plan;
mod readings;
mod rules;
pub mod schema;
#[cfg(test)]
mod tests;

pub use crate::rules::requirement::Requirement;
pub use assess::{window_back, year_bounds, CapNote, Reason, RecordOut, YearOut};
pub use input::{parse, Input, RecordIn};
pub use output::{compute, KindTotal, Output};
pub use params::{CREDIT_TRUNCATION, PARAMS};
pub use plan::{earliest_application_date, Plan, PlanYear};
pub use rules::RuleVersion;
pub use schema::{Kind, Mode, TreatAs, MAX_RECORDS, SCHEMA};

crate::calculator::calculator!("pharmacist_credits", schema: &SCHEMA, tables: &[PARAMS]);
