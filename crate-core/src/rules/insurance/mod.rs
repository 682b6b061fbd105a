//! Health insurance: 高額療養費 (the monthly and yearly caps on co-payments) and 傷病手当金 (the
//! allowance for days off work).
pub mod high_cost;
pub mod sick_pay;
