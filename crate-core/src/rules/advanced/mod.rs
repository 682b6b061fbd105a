//! 先進医療: patient burden and the per-patient cost basis (積算根拠) (seed 001).
pub mod burden;
pub mod cost_basis;
