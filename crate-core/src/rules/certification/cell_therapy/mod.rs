//! 細胞治療認定管理師 — the application check for the 4th round, 2021 (seed 000, Q&A).
//!
//! The seed is the Q&A for the 第4回 細胞治療認定管理師制度 application (日本輸血・細胞治療学会 and
//! 日本造血・免疫細胞療法学会). What it fixes:
//! - A1: applications 2021-06-01 to 06-30, 当日消印有効 (the postmark date is the application date);
//! - A2/A7: a medical national licence (医師, 臨床検査技師, 衛生検査技師, 臨床工学士〔技士〕, 薬剤師, 看護師 など);
//! - A10: only the listed societies and designated seminars earn credits ("上記に記載された学会、講習会以外
//!   は単位の対象とはなりません");
//! - A11: 50 credits within the 5 years counted back from the start of applications — for this round
//!   explicitly 2016-04-01 to 2021-06-06;
//! - A3: a cell-processing record (採取・調製・保管・出荷・品質管理) in which actual processing (調製) is
//!   at least half (5 cases); one case's same-day series is 1 case, different days are separate cases.
//!
//! The seed gives no credit value per event (RULES.md 5c): the user enters it and the checker only
//! decides whether the event qualifies and falls in the window.
//!
//! Rule version: the Q&A speaks of "今年度" (FY2021) and the 4th round, and names no version date, so
//! its figures are dated from the start of FY2021 (2021-04-01); a date before that is not in force.
//! The round's dates (application period, credit window) cannot be `Param` values (they are dates),
//! so they sit in the dated table [`params::ROUNDS`], keyed by the application period, with their source.

mod input;
mod logic;
mod output;
pub mod params;
pub mod schema;
#[cfg(test)]
mod tests;

pub use input::{parse, Case, Event, Input};
pub use logic::compute;
pub use output::{CaseLine, EventLine, Output};
pub use params::{round_for, Round, PARAMS, ROUNDS, SEED_FROM};
pub use schema::{CaseKind, EventKind, Licence, SCHEMA};

crate::calculator::calculator!("cell_therapy_manager", schema: &SCHEMA, tables: &[PARAMS]);
