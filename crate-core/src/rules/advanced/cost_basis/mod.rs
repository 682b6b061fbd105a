//! 先進医療に係る費用の積算根拠 — the per-patient cost basis of a 先進医療 (seed 001 様式第7-1号・第7-2号).
//!
//! 様式第7-1号 「1 先進医療にかかる費用（患者一人当たり）」:
//!
//! > (医療機器使用料) 333円 + (人件費) 194,000円 + (医療材料、医薬品、再生医療等製品等) 300,000円
//! > + (その他) 5,600円 = 500,000円 (四捨五入)
//!
//! * 医療機器使用料 (様式第7-1号 2): 償却費 = 購入価格 − 残存価格; 年間償却費 = 償却費 ÷ 耐用年数;
//!   1回の償却費 = 年間償却費 ÷ 年間使用回数 (200,000 − 100,000 = 100,000 → ÷3年 = 33,333 → ÷100回
//!   = 333). The seed drops the yen fraction at each division (33,333.33… → 33,333; 333.33 → 333);
//!   we read that as 切り捨て at each step (四捨五入 would give the same figures here, so the seed
//!   does not decide it; truncation is the usual treatment of 償却 amounts and never overstates the
//!   fee). A device past its 耐用年数 at the time of the notification costs 0 (記載要領).
//! * 人件費 (様式第7-1号 3): 単価 × 時間 × 人数 per role (6,000×8H×2人 + 3,000×8H×4人 +
//!   4,000×0.5H×1人 = 194,000).
//! * 医療材料・医薬品等 (様式第7-2号 4): 単価 × 数量 × 回数; items under 1万円 a use go to その他 (注).
//! * その他 (様式第7-2号 5): 5,000円×1 + 600円×1 = 5,600円.
//! * The total 499,933 is shown as 500,000 「(四捨五入)」. The seed does not name the unit: 100-yen
//!   rounding would give 499,900, so it is at least 1,000 yen; 1,000 and 10,000 both give 500,000.
//!   We take 1,000 yen (the smallest unit that reproduces the seed) as the dated default; the user
//!   may choose 1, 10, 100, 1,000 or 10,000.

mod items;
mod lines;
mod logic;
pub mod params;
pub mod schema;
#[cfg(test)]
mod tests;

pub use items::{Device, DeviceLine, Material, MaterialLine, Staff, StaffLine};
pub use logic::{compute, parse, Input, Output};
pub use params::{DEVICE_TRUNCATE, LINE_TRUNCATE, PARAMS, TOTAL_ROUNDINGS};
pub use schema::{TotalUnit, MAX_COUNT, MAX_LINES, SCHEMA};

crate::calculator::calculator!("advanced_care_cost_basis", schema: &SCHEMA, tables: &[PARAMS]);
