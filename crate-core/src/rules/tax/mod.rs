//! Taxes: what 医療費控除 saves in 所得税 and 住民税.
pub mod medical_deduction;
