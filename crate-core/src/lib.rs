//! calc-core: the rules behind the calculators, as dated and cited data, with exact yen arithmetic.
//!
//! No browser dependency: everything here builds and is tested natively. The web crate (its pages
//! and the JS API in `calc_web::api`) is a thin adapter over [`evaluate`] and the calculators'
//! own entry points.
//!
//! The modules are floors, each importing only from the ones below it (`tests/architecture.rs`
//! checks it; `docs/architecture.md` draws it):
//!
//! 1. `msg` (messages, field errors), `text` (normalising what people type), `value` (the JSON
//!    tree), `date`, `sources` (the documents the rules cite), `money`, `parse`;
//! 2. `params` (dated, cited parameter tables), `schema` (input declarations), `reader` (input
//!    read by schema), `explain` (bilingual explanations), `records` (saved documents, CSV);
//! 3. `calculator` (the contract every calculator fulfils);
//! 4. `rules` (one folder per calculator);
//! 5. `registry` (the list of calculators and tables) and `api` (the JSON API) on top.
#![forbid(unsafe_code)]

mod api;
pub mod calculator;
mod date;
pub mod explain;
pub mod money;
mod msg;
pub mod params;
mod parse;
mod reader;
pub mod records;
pub mod registry;
pub mod rules;
pub mod schema;
pub mod sources;
#[cfg(test)]
mod test_support;
mod text;
pub mod value;

pub use api::{evaluate, evaluate_str, evaluate_typed};
pub use calculator::{Calculator, Evaluation, Typed};
pub use date::{Date, MonthEnd};
pub use explain::TraceStep;
pub use msg::{Errors, FieldError, Msg, Text};
pub use params::{Bound, Confidence, Ctx, Param, RuleRef, Unit};
pub use parse::{parse_date, parse_decimal, parse_int, parse_month, MAX_AMOUNT};
pub use registry::{all_tables, CALCULATORS, IDS};
pub use sources::{Cite, Doc};
pub use value::Value;
