//! Rule families, one module each; the path says where a rule comes from.
//!
//! Each calculator module exposes `PARAMS` (its dated, cited table) and `evaluate_json` (typed
//! parse + compute, wrapped for the envelope).

use crate::envelope::JsonCalc;
use crate::params::Param;

pub mod advanced;
pub mod certification;
pub mod jmdp;
pub mod pharmacist;

/// Public calculator ids (part of the contract: add freely, rename none).
pub const CALCULATORS: &[(&str, JsonCalc)] = &[
    ("jmdp_fees", jmdp::fees::evaluate_json),
    ("jmdp_exemption", jmdp::exemption::evaluate_json),
    ("reimbursement_split", jmdp::split::evaluate_json),
    ("patient_overview", jmdp::overview::evaluate_json),
    ("advanced_care_burden", advanced::burden::evaluate_json),
    ("advanced_care_cost_basis", advanced::cost_basis::evaluate_json),
    ("pharmacist_credits", pharmacist::credits::evaluate_json),
    ("hctc", certification::hctc::evaluate_json),
    ("cell_therapy_manager", certification::cell_therapy::evaluate_json),
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

pub fn find(id: &str) -> Option<JsonCalc> {
    CALCULATORS.iter().find(|c| c.0 == id).map(|c| c.1)
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
        let ids: Vec<&str> = super::CALCULATORS.iter().map(|c| c.0).collect();
        assert_eq!(ids, super::IDS);
    }
}
