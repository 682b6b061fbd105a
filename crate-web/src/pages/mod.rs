//! One module per page.
pub mod advanced_burden;
pub mod cell_therapy;
pub mod cost_basis;
pub mod hctc;
pub mod home;
pub mod jmdp_exemption;
pub mod jmdp_fees;
pub mod not_found;
pub mod patient;
pub mod pharmacist;
pub mod rules;
pub mod split;
pub mod year;
pub mod year_household;
pub mod year_results;
