//! Health insurance: 高額療養費 (the monthly and yearly caps on co-payments).
pub mod high_cost;
