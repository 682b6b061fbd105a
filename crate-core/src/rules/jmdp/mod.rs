//! 日本骨髄バンク (JMDP): patient fees, exemption, and the 55,000-point reimbursement split (seed 003).
pub mod exemption;
pub mod fees;
pub mod overview;
pub mod split;
