//! calc-core: the rules behind the calculators, as dated and cited data, with exact yen arithmetic.
//!
//! No browser dependency: everything here builds and is tested natively. The web crate (its pages
//! and the JS API in `calc_web::api`) is a thin adapter over [`evaluate`] and the calculators'
//! own entry points.
//!
//! Sources: `../shared/seeds/` (seed 000–004). Each parameter names its seed file and section.
#![forbid(unsafe_code)]

pub mod date;
pub mod envelope;
pub mod money;
pub mod params;
pub mod parse;
pub mod records;
pub mod rules;
pub mod trace;
pub mod value;

pub use date::Date;
pub use envelope::{evaluate, evaluate_str, Errors, Evaluation, FieldError, Msg};
pub use params::{Ctx, Param, RuleRef, Unit};
pub use trace::TraceStep;
pub use value::Value;

/// Rust callers' entry point: the same as [`evaluate`] without the JSON envelope around it.
pub fn evaluate_typed(
    calculator: &str,
    as_of: Date,
    input: &serde_json::Value,
) -> Result<Evaluation<serde_json::Value>, Errors> {
    let input = Value::from(input);
    let calc = rules::find(calculator).ok_or_else(|| {
        vec![FieldError::new(
            "calculator",
            "unknown_calculator",
            Msg::new(format!("計算機「{calculator}」はありません"), format!("Unknown calculator \"{calculator}\"")),
        )]
    })?;
    calc.run(&input, as_of)
}
