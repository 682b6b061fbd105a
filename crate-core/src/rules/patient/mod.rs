//! The patient's own plans: calculators that put the others together for one family.

pub mod year;
