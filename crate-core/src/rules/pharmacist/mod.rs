//! 研修認定薬剤師 credits (seed 004).
pub mod credits;
