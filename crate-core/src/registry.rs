//! The one list of calculators: their ids, their entry points and every parameter table. The JSON
//! API and the rules page read it; a page reads only its own calculator (so it does not load all).

use crate::calculator::Calculator;
use crate::params::Param;
use crate::rules::{advanced, certification, insurance, jmdp, patient, pharmacist, tax};

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
    insurance::high_cost::CALCULATOR,
    tax::medical_deduction::CALCULATOR,
    patient::year::CALCULATOR,
];

/// The calculators' ids alone: listing them must not reference (and so load) every calculator.
pub const IDS: [&str; 12] = [
    "jmdp_fees",
    "jmdp_exemption",
    "reimbursement_split",
    "patient_overview",
    "advanced_care_burden",
    "advanced_care_cost_basis",
    "pharmacist_credits",
    "hctc",
    "cell_therapy_manager",
    "high_cost",
    "medical_deduction",
    "patient_year",
];

pub fn find(id: &str) -> Option<&'static Calculator> {
    CALCULATORS.iter().find(|c| c.id == id)
}

/// Every parameter table, for listing the rules in force.
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
    insurance::high_cost::PARAMS,
    tax::medical_deduction::PARAMS,
    patient::year::PARAMS,
];

/// Every rule family's table, for the "rules in force" listing.
pub fn all_tables() -> &'static [&'static [Param]] {
    TABLES
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{ymd, Date};

    #[test]
    fn ids_are_the_calculators_in_order() {
        let ids: Vec<&str> = CALCULATORS.iter().map(|c| c.id).collect();
        assert_eq!(ids, IDS);
    }

    #[test]
    fn every_param_is_cited_labelled_and_versions_do_not_overlap() {
        let mut n = 0;
        for table in all_tables() {
            for p in table.iter() {
                n += 1;
                // A seed figure cites its seed; a figure from outside the seeds carries its own
                // source and a confidence (FACTS-2026), never a seed's word alone.
                if p.confidence == crate::params::Confidence::Document {
                    assert!(p.source.starts_with("seed 0"), "{} lacks a seed citation", p.id);
                } else {
                    assert!(
                        !p.source.is_empty() && !p.source.starts_with("seed 0"),
                        "{} ({:?}) must cite its own source",
                        p.id,
                        p.confidence
                    );
                }
                assert!(!p.label_ja.is_empty() && !p.label_en.is_empty(), "{} lacks labels", p.id);
                assert!(Date::new(p.from.year, p.from.month, p.from.day).is_some(), "{} bad from", p.id);
                if let Some(u) = p.until {
                    assert!(p.from <= u, "{} ends before it starts", p.id);
                }
                for table2 in all_tables() {
                    for q in table2.iter().filter(|q| q.id == p.id && !std::ptr::eq(*q, p)) {
                        let p_end = p.until.unwrap_or(ymd(9999, 12, 31));
                        let q_end = q.until.unwrap_or(ymd(9999, 12, 31));
                        assert!(p_end < q.from || q_end < p.from, "{} versions overlap", p.id);
                    }
                }
            }
        }
        assert!(n > 0);
    }
}
