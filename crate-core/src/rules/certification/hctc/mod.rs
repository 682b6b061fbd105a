//! HCTC 造血細胞移植コーディネーター認定制度細則 — exams, renewals and the special routes (seed 002).
//!
//! The seed is the 日本造血細胞移植学会's 「造血細胞移植コーディネーター(HCTC)認定制度細則」. It was first
//! implemented on 2017-04-28 (第25条第1項); its first revision, which adds 第26条 (全過程の実務経験) and
//! 第27条 (ages), applies from 2019-04-01 (第25条第2項). That revision is the version encoded here, so
//! every figure is dated from 2019-04-01 and a date before it is "not in force". Later revisions
//! (the society announced some, and a training route from 2020-12-01 — RULES.md "Facts checked
//! outside the seeds") are not in the seed and are not guessed.
//!
//! One calculator, `hctc`, with `check` choosing the route:
//! - `written_exam` / `oral_exam` — 細則第4条〜第7条 (認定 or 専門 by `level`);
//! - `application_review` — the document review (第2条): 第26条第1項・第2項's whole-process cases,
//!   with the pediatric-only sentence, and the ages of 第27条;
//! - `renewal_certified` / `renewal_specialist` — 第9条〜第13条;
//! - `provisional_specialist` — 暫定専門 HCTC, 第14条〜第19条第1項;
//! - `provisional_to_specialist` — 暫定専門 → 専門, 第19条第2項〜第4項;
//! - `pediatric_to_adult` — 小児移植認定 HCTC → 認定 HCTC, 第20条 (half fees);
//! - `transition_specialist` — 移行期間の認定取得者 → 専門, 第21条.
//!
//! Every threshold, fee and date is a named row of [`params`] (dates in the seed's own units:
//! fiscal years and month-days). The schema declares each route's fields; the routes read them in
//! `exams`, `renewal`, `provisional` and `special`, with the shared requirement vocabulary of
//! [`crate::rules::requirement`].

mod application;
mod exams;
mod input;
mod logic;
mod output;
pub mod params;
mod provisional;
mod renewal;
mod route;
pub mod schema;
mod special;
#[cfg(test)]
mod tests;

pub use crate::rules::requirement::{Requirement, Unchecked, Window};
pub use input::{parse, Input};
pub use logic::compute;
pub use output::{Fee, OralItem, Output};
pub use params::{HALF_FEE_ROUNDING, PARAMS, SEED_FROM};
pub use schema::{Check, Level, Rating, SCHEMA};

crate::calculator::calculator!("hctc", schema: &SCHEMA, tables: &[PARAMS]);
