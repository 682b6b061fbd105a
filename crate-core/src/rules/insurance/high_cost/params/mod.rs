//! The figures of 高額療養費 and the meal charge, one named row each, in dated tables: 70歳未満
//! until 2026-07 (区分ア〜オ), 2026-08〜2027-07 (ア〜オ with 年間上限) and from 2027-08 (13 bands);
//! 70歳以上 in the same three periods; the 入院時食事療養費 標準負担額. A month uses the version in
//! force on its first day. Where `FACTS-2026.md` gives no figure for a period (70歳以上「一般」's
//! monthly cap from 2027-08, the 70歳以上 年間上限 from 2027-08) there is no row: the calculator
//! says "not on file" instead of guessing.
//!
//! The row ids keep the `advanced.high_cost.` family the burden calculator gave them first (its
//! answers report them); later versions of a figure are new rows with the same id.

mod meals;
mod over70;
mod periods;
mod under70;

pub use meals::*;
pub use over70::*;
pub(crate) use periods::*;
pub use under70::*;

use crate::money::{Direction, Rounding};
use crate::params::{Bound, Confidence, Param, Unit};
use crate::sources::{cite, Cite, HEALTH_INSURANCE_ACT, HEALTH_INSURANCE_ORDER, INSURER_FAQ};

/// 1円未満四捨五入 of the 1% term: 健康保険法施行令第42条 「一円未満の端数がある場合において、その端数
/// 金額が五十銭未満であるときは、これを切り捨て、その端数金額が五十銭以上であるときは、これを一円に切り上げ」.
pub const HIGH_COST_ONE_PERCENT_ROUNDING: Rounding = Rounding::new(
    1,
    Direction::HalfUp,
    "1円未満四捨五入（50銭未満切り捨て・50銭以上切り上げ）",
    "Rounded to the nearest yen (under 50 sen dropped, 50 sen or more rounded up)",
    cite!(HEALTH_INSURANCE_ORDER, "第42条"),
);

/// 一部負担金の割合 (健康保険法第74条第1項): 3割; 70歳以上 2割 (現役並み所得者は3割). Long-standing law
/// (confidence high); used when a month gives no rate of its own.
const SRC_COPAY: &Cite =
    cite!(HEALTH_INSURANCE_ACT, "第74条第1項（一部負担金の割合: 3割、70歳以上は2割・現役並み所得者は3割）");

pub const COPAY_PERCENT_STANDARD: Param = Param::new(
    "insurance.copay.percent_standard",
    30,
    Unit::Percent,
    T2015_FROM,
    SRC_COPAY,
    "一部負担金の割合（70歳未満・70歳以上の現役並み所得者）",
    "Co-payment rate (under 70, and 70+ with working-age income)",
)
.confidence(Confidence::High);

pub const COPAY_PERCENT_OVER70: Param = Param::new(
    "insurance.copay.percent_over70",
    20,
    Unit::Percent,
    T2015_FROM,
    SRC_COPAY,
    "一部負担金の割合（70歳以上、現役並み所得者以外）",
    "Co-payment rate (70+, other than working-age income)",
)
.confidence(Confidence::High);

/// 義務教育就学前 (until the first 31 March after the 6th birthday): 2割 — 家族療養費 8割
/// (健康保険法第110条第2項第1号ロ), and the same for 国保 (岡崎市: 「0歳から小学校就学前まで 実際にかかった
/// 医療費の2割」). From 2008-04-01 (before it, under 3; that date rests on secondary pages).
const SRC_COPAY_PRESCHOOL: &Cite = cite!(
    HEALTH_INSURANCE_ACT,
    "第110条第2項第1号ロ（家族療養費: 義務教育就学前は8割、自己負担2割）",
    quote: "被扶養者が六歳に達する日以後の最初の三月三十一日以前である場合　百分の八十"
);

pub const COPAY_PERCENT_PRESCHOOL: Param = Param::new(
    "insurance.copay.percent_preschool",
    20,
    Unit::Percent,
    crate::date::ymd(2008, 4, 1),
    SRC_COPAY_PRESCHOOL,
    "一部負担金の割合（未就学児: 6歳になった後の最初の3月31日まで）",
    "Co-payment rate (before school age: until the first 31 March after the 6th birthday)",
)
.confidence(Confidence::MediumHigh);

/// 世帯合算 (70歳未満): only co-payments of 21,000 yen or more (per 医療機関, 入院・外来別) add up.
/// FACTS-2026 lists it as long-standing and unchanged as far as found, not checked: medium.
pub const HOUSEHOLD_MIN_COPAY: Param = Param::new(
    "advanced.high_cost.under70.household_min_copay",
    21_000,
    Unit::Yen,
    T2015_FROM,
    cite!(
        HEALTH_INSURANCE_ORDER,
        "第41条第1項（世帯合算: 70歳未満は1人・1医療機関・入院外来別・医科歯科別に21,000円以上の一部負担金を合算; 従来から変更なし、確認できた範囲）"
    ),
    "世帯合算の対象となる一部負担金（70歳未満、1医療機関・入院外来別）",
    "Co-payments that add up in a household (under 70, per hospital, inpatient/outpatient)",
)
.bound(Bound::AtLeast)
.confidence(Confidence::Medium);

/// A change of insurer (or, with the same insurer, between member and dependant) starts the
/// 〈多数回〉 count again: the insurers' own answers (協会けんぽ's FAQ says the same).
pub(crate) const SRC_INSURER_CHANGE: &Cite = cite!(
    INSURER_FAQ,
    "多数該当の回数: 保険者が変わらず被保険者→被保険者・被扶養者→被扶養者のときだけ継続",
    quote: "変更前の高額療養費の該当回数を継続することはできません"
);

/// 〈多数回〉: a benefit already paid in 3 months (以上) within the 12 months up to the month
/// (健康保険法施行令第42条; FACTS-2026: "from the 4th month in which a benefit is paid within 12 months").
pub const MANY_TIMES_PRIOR_MONTHS: Param = Param::new(
    "advanced.high_cost.many_times_prior_months",
    3,
    Unit::Count,
    T2015_FROM,
    cite!(HEALTH_INSURANCE_ORDER, "第42条（療養のあった月以前12月以内に既に高額療養費が支給されている月数が3月以上）"),
    "多数回該当: 12か月以内に既に支給された月数（以上）",
    "4th-month reduction: months already with a benefit within 12 months (at least)",
)
.bound(Bound::AtLeast)
.confidence(Confidence::High);

pub const MANY_TIMES_WINDOW_MONTHS: Param = Param::new(
    "advanced.high_cost.many_times_window_months",
    12,
    Unit::Count,
    T2015_FROM,
    cite!(HEALTH_INSURANCE_ORDER, "第42条（療養のあった月以前12月以内）"),
    "多数回該当: 数える期間（その月以前の月数）",
    "4th-month reduction: the window, in months up to the month",
)
.confidence(Confidence::High);

/// Every row (a later version of a figure is a new row with the same id).
pub static PARAMS: &[Param] = &[
    COPAY_PERCENT_STANDARD,
    COPAY_PERCENT_OVER70,
    COPAY_PERCENT_PRESCHOOL,
    HOUSEHOLD_MIN_COPAY,
    MANY_TIMES_PRIOR_MONTHS,
    MANY_TIMES_WINDOW_MONTHS,
    // 70歳未満, until 2026-07
    RATE,
    A_BASE,
    A_THRESHOLD,
    A_MANY_TIMES,
    A_PAY_FROM,
    I_BASE,
    I_THRESHOLD,
    I_MANY_TIMES,
    I_PAY_FROM,
    U_BASE,
    U_THRESHOLD,
    U_MANY_TIMES,
    U_PAY_FROM,
    E_BASE,
    E_MANY_TIMES,
    O_BASE,
    O_MANY_TIMES,
    // 70歳未満, 2026-08〜2027-07
    RATE_2026,
    A_BASE_2026,
    A_THRESHOLD_2026,
    A_MANY_TIMES_2026,
    A_YEAR_2026,
    A_PAY_FROM_2026,
    I_BASE_2026,
    I_THRESHOLD_2026,
    I_MANY_TIMES_2026,
    I_YEAR_2026,
    I_PAY_FROM_2026,
    U_BASE_2026,
    U_THRESHOLD_2026,
    U_MANY_TIMES_2026,
    U_YEAR_2026,
    U_PAY_FROM_2026,
    E_BASE_2026,
    E_MANY_TIMES_2026,
    E_YEAR_2026,
    E_YEAR_LOW_2026,
    O_BASE_2026,
    O_MANY_TIMES_2026,
    O_YEAR_2026,
    // 70歳未満, from 2027-08
    RATE_2027,
    A1_BASE,
    A1_THRESHOLD,
    A1_MANY_TIMES,
    A1_YEAR,
    A1_PAY_FROM,
    A2_BASE,
    A2_THRESHOLD,
    A2_MANY_TIMES,
    A2_YEAR,
    A2_PAY_FROM,
    A3_BASE,
    A3_THRESHOLD,
    A3_MANY_TIMES,
    A3_YEAR,
    A3_PAY_FROM,
    I1_BASE,
    I1_THRESHOLD,
    I1_MANY_TIMES,
    I1_YEAR,
    I1_PAY_FROM,
    I2_BASE,
    I2_THRESHOLD,
    I2_MANY_TIMES,
    I2_YEAR,
    I2_PAY_FROM,
    I3_BASE,
    I3_THRESHOLD,
    I3_MANY_TIMES,
    I3_YEAR,
    I3_PAY_FROM,
    U1_BASE,
    U1_THRESHOLD,
    U1_MANY_TIMES,
    U1_YEAR,
    U1_PAY_FROM,
    U2_BASE,
    U2_THRESHOLD,
    U2_MANY_TIMES,
    U2_YEAR,
    U2_PAY_FROM,
    U3_BASE,
    U3_THRESHOLD,
    U3_MANY_TIMES,
    U3_YEAR,
    U3_PAY_FROM,
    E1_BASE,
    E1_MANY_TIMES,
    E1_YEAR,
    E1_PAY_FROM,
    E2_BASE,
    E2_MANY_TIMES,
    E2_YEAR,
    E2_PAY_FROM,
    E3_BASE,
    E3_MANY_TIMES,
    E3_YEAR,
    O_BASE_2027,
    O_MANY_TIMES_2027,
    O_YEAR_2027,
    // 70歳以上
    GENEKINAMI3_PAY_FROM,
    GENEKINAMI2_PAY_FROM,
    GENEKINAMI1_PAY_FROM,
    IPPAN_BASE,
    IPPAN_MANY_TIMES,
    IPPAN_OUTPATIENT,
    IPPAN_OUTPATIENT_YEAR,
    TEISHOTOKU2_BASE,
    TEISHOTOKU2_OUTPATIENT,
    TEISHOTOKU1_BASE,
    TEISHOTOKU1_OUTPATIENT,
    IPPAN_BASE_2026,
    IPPAN_MANY_TIMES_2026,
    IPPAN_OUTPATIENT_2026,
    IPPAN_OUTPATIENT_YEAR_2026,
    TEISHOTOKU2_BASE_2026,
    TEISHOTOKU2_MANY_TIMES_2026,
    TEISHOTOKU2_OUTPATIENT_2026,
    TEISHOTOKU2_OUTPATIENT_YEAR_2026,
    TEISHOTOKU2_YEAR_2026,
    TEISHOTOKU1_BASE_2026,
    TEISHOTOKU1_OUTPATIENT_2026,
    TEISHOTOKU1_YEAR_2026,
    IPPAN_OUTPATIENT_2027,
    IPPAN_OUTPATIENT_LOW_2027,
    IPPAN_OUTPATIENT_LOW_BELOW_2027,
    IPPAN_OUTPATIENT_YEAR_2027,
    TEISHOTOKU2_BASE_2027,
    TEISHOTOKU2_MANY_TIMES_2027,
    TEISHOTOKU2_OUTPATIENT_2027,
    TEISHOTOKU2_OUTPATIENT_YEAR_2027,
    TEISHOTOKU1_BASE_2027,
    TEISHOTOKU1_OUTPATIENT_2027,
    // 食事療養標準負担額
    MEAL_GENERAL,
    MEAL_INTRACTABLE,
    MEAL_LOW2,
    MEAL_LOW2_LONG_STAY,
    MEAL_LOW1,
    MEAL_GENERAL_2025,
    MEAL_INTRACTABLE_2025,
    MEAL_LOW2_2025,
    MEAL_LOW2_LONG_STAY_2025,
    MEAL_LOW1_2025,
    MEAL_GENERAL_2026,
];
