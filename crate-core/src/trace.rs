//! Explanations: every result carries the steps that produced it.

use crate::envelope::Msg;
use crate::params::Unit;
use serde::Serialize;

/// One line of "how this was computed".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TraceStep {
    /// Stable key of the step within its calculator (`gross`, `refund`, …).
    pub key: String,
    pub label: Msg,
    /// The formula with the numbers filled in: `5,000円 × 3人 = 15,000円`.
    pub formula: String,
    /// The step's amount, if it has one.
    pub amount: Option<i64>,
    pub unit: Unit,
    /// Seed file and section, or the rounding's source.
    pub source: String,
}

impl TraceStep {
    pub fn new(
        key: impl Into<String>,
        label: Msg,
        formula: impl Into<String>,
        amount: Option<i64>,
        unit: Unit,
        source: impl Into<String>,
    ) -> TraceStep {
        TraceStep {
            key: key.into(),
            label,
            formula: formula.into(),
            amount,
            unit,
            source: source.into(),
        }
    }

    /// A yen step.
    pub fn yen(
        key: impl Into<String>,
        label: Msg,
        formula: impl Into<String>,
        amount: i64,
        source: impl Into<String>,
    ) -> TraceStep {
        TraceStep::new(key, label, formula, Some(amount), Unit::Yen, source)
    }

    /// A step without an amount (a note, a condition checked).
    pub fn note(key: impl Into<String>, label: Msg, text: impl Into<String>, source: impl Into<String>) -> TraceStep {
        TraceStep::new(key, label, text, None, Unit::Count, source)
    }
}
