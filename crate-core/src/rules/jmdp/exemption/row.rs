//! The row of the exemption table a household falls in, and its rate: the logic picks the row, the
//! list of documents depends on it.

use super::params::*;
use crate::params::Param;
use serde::Serialize;

/// Which row of the table applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Row {
    Welfare,
    ResidentTaxExempt,
    IncomeTaxExempt,
    /// 所得税年額 ≤ 16,800.
    Tier1,
    /// ≤ 42,000.
    Tier2,
    /// ≤ 80,000.
    Tier3,
    /// Above 80,000: not eligible.
    NotEligible,
}

impl Row {
    /// The row's rate in the table.
    pub(super) fn rate(self) -> &'static Param {
        match self {
            Row::Welfare => &RATE_WELFARE,
            Row::ResidentTaxExempt => &RATE_RESIDENT_TAX_EXEMPT,
            Row::IncomeTaxExempt => &RATE_INCOME_TAX_EXEMPT,
            Row::Tier1 => &TIER1_RATE,
            Row::Tier2 => &TIER2_RATE,
            Row::Tier3 => &TIER3_RATE,
            Row::NotEligible => &RATE_ABOVE,
        }
    }
}
