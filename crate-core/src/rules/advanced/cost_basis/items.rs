//! The items of a cost basis, as read (a device, a role, a material) and as computed (their lines):
//! the reader in `logic` and the line arithmetic in `lines` both use them.

use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub name: Option<String>,
    /// 購入価格.
    pub purchase_yen: i64,
    /// 残存価格.
    pub residual_yen: i64,
    /// 耐用年数.
    pub useful_life_years: i64,
    /// 年間使用回数.
    pub annual_uses: i64,
    /// 届出時点で耐用年数を過ぎている.
    pub past_useful_life: bool,
    /// Uses per patient (the seed's case: 1).
    pub uses_per_patient: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    pub role: Option<String>,
    pub hourly_yen: i64,
    pub hours: Decimal,
    pub persons: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Material {
    pub name: Option<String>,
    pub unit_yen: i64,
    pub quantity: Decimal,
    pub times: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeviceLine {
    pub name: Option<String>,
    pub purchase_yen: i64,
    pub residual_yen: i64,
    pub useful_life_years: i64,
    pub annual_uses: i64,
    pub past_useful_life: bool,
    /// 償却費 = 購入価格 − 残存価格 (0 past the 耐用年数).
    pub depreciable_yen: i64,
    /// 年間償却費 = 償却費 ÷ 耐用年数, 1円未満切り捨て.
    pub annual_depreciation_yen: i64,
    /// 1回の償却費 = 年間償却費 ÷ 年間使用回数, 1円未満切り捨て.
    pub per_use_yen: i64,
    pub uses_per_patient: i64,
    /// 一人当たり = 1回の償却費 × uses per patient.
    pub patient_yen: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffLine {
    pub role: Option<String>,
    pub hourly_yen: i64,
    pub hours: Decimal,
    pub persons: i64,
    pub yen: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MaterialLine {
    pub name: Option<String>,
    pub unit_yen: i64,
    pub quantity: Decimal,
    pub times: i64,
    /// 1回当たり所要額 = 単価 × 数量 (exact).
    pub per_use: Decimal,
    /// Under the その他 threshold (1万円未満): the seed says such items go to その他.
    pub under_other_threshold: bool,
    pub yen: i64,
}
