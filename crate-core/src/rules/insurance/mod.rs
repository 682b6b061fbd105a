//! Health insurance: 高額療養費 (the monthly and yearly caps on co-payments), 傷病手当金 (the
//! allowance for days off work) and the public subsidies on top of it (小児慢性特定疾病, 指定難病).
pub mod high_cost;
pub mod public_aid;
pub mod sick_pay;
