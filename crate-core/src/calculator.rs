//! The calculator contract: what every calculator declares (its id, input schema, parameter
//! tables and entry point) and what it answers (the typed result, the explanation, the rules used).

use crate::date::Date;
use crate::explain::TraceStep;
use crate::msg::{Errors, FieldError};
use crate::params::{Ctx, Param, RuleRef};
use crate::schema::Schema;
use crate::value::Value;
use serde::Serialize;

/// A typed calculator's answer: the result plus how it was reached and which rules were used.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation<T> {
    pub result: T,
    pub trace: Vec<TraceStep>,
    pub rules: Vec<RuleRef>,
    /// What of the input the result was computed without (a month of a plan whose values are
    /// wrong): the field errors that left each part out, at their fields, then one `left_out`
    /// error on the part itself saying so. Empty when the result uses the whole input.
    pub left_out: Errors,
}

impl<T> Evaluation<T> {
    pub fn new(result: T, trace: Vec<TraceStep>, ctx: &Ctx) -> Evaluation<T> {
        Evaluation { result, trace, rules: ctx.rules_used(), left_out: Vec::new() }
    }
}

/// A typed answer as the JSON API gives it: the result serialized, trace and rules as they are.
pub fn as_json<T: Serialize>(answer: Result<Evaluation<T>, Errors>) -> Result<Evaluation<serde_json::Value>, Errors> {
    let ev = answer?;
    let result = serde_json::to_value(&ev.result).map_err(|e| vec![FieldError::internal(&e.to_string())])?;
    Ok(Evaluation { result, trace: ev.trace, rules: ev.rules, left_out: ev.left_out })
}

/// A calculator: its public id, its input schema, its entry point and the parameter tables its
/// rules read, with its typed result `T` (`TYPED`, for the web pages: no JSON on the way out, so a
/// page's code holds neither serde_json nor the result's serializer). Scoping the tables keeps a
/// page's code to its own figures; the case tests run every calculator through these, so a missing
/// table shows up as an `unknown_rule` error there.
pub struct Typed<T: 'static> {
    pub id: &'static str,
    pub schema: &'static Schema,
    pub eval: fn(&Value, &Ctx) -> Result<Evaluation<T>, Errors>,
    pub tables: &'static [&'static [Param]],
}

impl<T> Typed<T> {
    /// Evaluates `input` with the rules in force on `as_of`.
    pub fn run(&self, input: &Value, as_of: Date) -> Result<Evaluation<T>, Errors> {
        (self.eval)(input, &Ctx::over(as_of, self.tables))
    }
}

/// The same calculator answering JSON (`CALCULATOR`, for the registry, the JSON API and the cases).
pub type Calculator = Typed<serde_json::Value>;

/// A rule module's entry points from its `parse`, `compute`, `Output`, `SCHEMA` and tables:
/// `evaluate` (typed), `evaluate_json` (for the JSON API), `CALCULATOR` and `TYPED`.
/// `tables` are the parameter tables its rules read (its own first).
/// `evaluate: path` names an entry point of the module's own instead of parsing and computing
/// the whole input (a plan that computes without a bad month: `patient_year`).
macro_rules! calculator {
    ($id:literal, schema: $schema:expr, tables: $tables:expr) => {
        /// Parses and computes: the typed result (the web pages read it directly).
        pub fn evaluate(
            input: &$crate::value::Value,
            ctx: &$crate::params::Ctx,
        ) -> Result<$crate::calculator::Evaluation<Output>, $crate::msg::Errors> {
            compute(&parse(input)?, ctx)
        }

        $crate::calculator::calculator!(@entries $id, schema: $schema, tables: $tables);
    };
    ($id:literal, schema: $schema:expr, tables: $tables:expr, evaluate: $eval:path) => {
        /// The typed result (the web pages read it directly).
        pub fn evaluate(
            input: &$crate::value::Value,
            ctx: &$crate::params::Ctx,
        ) -> Result<$crate::calculator::Evaluation<Output>, $crate::msg::Errors> {
            $eval(input, ctx)
        }

        $crate::calculator::calculator!(@entries $id, schema: $schema, tables: $tables);
    };
    (@entries $id:literal, schema: $schema:expr, tables: $tables:expr) => {
        /// The same answer as JSON (the JSON API and the data-driven cases).
        pub fn evaluate_json(
            input: &$crate::value::Value,
            ctx: &$crate::params::Ctx,
        ) -> Result<$crate::calculator::Evaluation<serde_json::Value>, $crate::msg::Errors> {
            $crate::calculator::as_json(evaluate(input, ctx))
        }

        /// This calculator for the registry (by id, answering JSON).
        pub const CALCULATOR: $crate::calculator::Calculator =
            $crate::calculator::Typed { id: $id, schema: $schema, eval: evaluate_json, tables: $tables };

        /// This calculator with its typed result, for the web pages.
        pub const TYPED: $crate::calculator::Typed<Output> =
            $crate::calculator::Typed { id: $id, schema: $schema, eval: evaluate, tables: $tables };
    };
}
pub(crate) use calculator;
