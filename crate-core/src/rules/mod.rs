//! Rule families, one module each; the path says where a rule comes from.
//!
//! Each calculator module exposes `PARAMS` (its dated, cited table), `parse` and `compute`, and
//! through `calculator!` its entry points: `evaluate` / `TYPED` (the typed result, for the web
//! pages) and `evaluate_json` / `CALCULATOR` (the JSON answer, for the API and the cases).

use crate::params::Param;

/// A rule module's entry points from its `parse`, `compute`, `Output` and `PARAMS`:
/// `evaluate` (typed), `evaluate_json` (for the JSON API), `CALCULATOR` and `TYPED`.
/// `tables` are the parameter tables its rules read (its own first).
macro_rules! calculator {
    ($id:literal, tables: $tables:expr) => {
        /// Parses and computes: the typed result (the web pages read it directly).
        pub fn evaluate(input: &crate::Value, ctx: &crate::Ctx) -> Result<crate::Evaluation<Output>, crate::Errors> {
            compute(&parse(input)?, ctx)
        }

        /// The same answer as JSON (the JSON API and the data-driven cases).
        pub fn evaluate_json(input: &crate::Value, ctx: &crate::Ctx) -> Result<crate::Evaluation<serde_json::Value>, crate::Errors> {
            crate::envelope::as_json(evaluate(input, ctx))
        }

        /// This calculator for the registry (by id, answering JSON).
        pub const CALCULATOR: crate::rules::Calculator =
            crate::rules::Calculator { id: $id, eval: evaluate_json, tables: $tables };

        /// This calculator with its typed result, for the web pages.
        pub const TYPED: crate::rules::Typed<Output> = crate::rules::Typed { id: $id, eval: evaluate, tables: $tables };
    };
}
pub(crate) use calculator;

pub mod advanced;
pub mod certification;
pub mod jmdp;
pub mod pharmacist;

/// A calculator: its public id, its entry point and the parameter tables its rules read, with
/// its typed result `T` (`TYPED`, for the web pages: no JSON on the way out, so a page's code holds
/// neither serde_json nor the result's serializer). Scoping the tables keeps a page's code to its
/// own figures; the case tests run every calculator through these, so a missing table shows up as
/// an `unknown_rule` error there.
pub struct Typed<T: 'static> {
    pub id: &'static str,
    pub eval: fn(&crate::Value, &crate::Ctx) -> Result<crate::Evaluation<T>, crate::Errors>,
    pub tables: &'static [&'static [Param]],
}

impl<T> Typed<T> {
    /// Evaluates `input` with the rules in force on `as_of`.
    pub fn run(&self, input: &crate::Value, as_of: crate::Date) -> Result<crate::Evaluation<T>, crate::Errors> {
        (self.eval)(input, &crate::Ctx::over(as_of, self.tables))
    }
}

/// The same calculator answering JSON (`CALCULATOR`, for the registry, the JSON API and the cases).
pub type Calculator = Typed<serde_json::Value>;

/// Public calculator ids (part of the contract: add freely, rename none).
pub const CALCULATORS: &[Calculator] = &[
    jmdp::fees::CALCULATOR,
    jmdp::exemption::CALCULATOR,
    jmdp::split::CALCULATOR,
    jmdp::overview::CALCULATOR,
    advanced::burden::CALCULATOR,
    advanced::cost_basis::CALCULATOR,
    pharmacist::credits::CALCULATOR,
    certification::hctc::CALCULATOR,
    certification::cell_therapy::CALCULATOR,
];

/// The calculators' ids alone: listing them must not reference (and so load) every calculator.
pub const IDS: [&str; 9] = [
    "jmdp_fees",
    "jmdp_exemption",
    "reimbursement_split",
    "patient_overview",
    "advanced_care_burden",
    "advanced_care_cost_basis",
    "pharmacist_credits",
    "hctc",
    "cell_therapy_manager",
];

pub fn find(id: &str) -> Option<&'static Calculator> {
    CALCULATORS.iter().find(|c| c.id == id)
}

/// Every parameter table, for lookups and for listing the rules in force.
pub const TABLES: &[&[Param]] = &[
    jmdp::fees::PARAMS,
    jmdp::exemption::PARAMS,
    jmdp::split::PARAMS,
    jmdp::overview::PARAMS,
    advanced::burden::PARAMS,
    advanced::cost_basis::PARAMS,
    pharmacist::credits::PARAMS,
    certification::hctc::PARAMS,
    certification::cell_therapy::PARAMS,
];

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_the_calculators_in_order() {
        let ids: Vec<&str> = super::CALCULATORS.iter().map(|c| c.id).collect();
        assert_eq!(ids, super::IDS);
    }
}
