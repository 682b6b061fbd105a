//! 入院時食事療養費の標準負担額, per meal (FACTS-2026 "入院時食事療養費"). Not part of 高額療養費:
//! paid on top of the capped co-payment. 2024-06 and 2025-04: every bracket (confidence high).
//! From 2026-06-01 only 一般 is known (550 yen: the 2026 revision's 「原則40円/食」, confidence
//! medium-high); the 指定難病等 and low-income figures were not found, so their 2025 rows end on
//! 2026-05-31 and a month from 2026-06 asks for the amount on the hospital's bill instead.

use crate::date::{ymd, Date};
use crate::params::{Confidence, Param, Unit};
use crate::sources::{cite, Cite, MEALS_2026, MEAL_NOTICES};

const FROM_2024: Date = ymd(2024, 6, 1);
const UNTIL_2024: Date = ymd(2025, 3, 31);
const FROM_2025: Date = ymd(2025, 4, 1);
const UNTIL_2025: Date = ymd(2026, 5, 31);
/// 令和8年度診療報酬改定: the meal charges change on 2026-06-01.
pub const MEALS_2026_FROM: Date = ymd(2026, 6, 1);
const SRC_2026: &Cite = cite!(
    MEALS_2026,
    "改定率（入院時の食費の基準額 690円→730円）",
    quote: "患者負担については、原則40円/食、低所得者については所得区分等に応じて20円～30円/食"
);
const SRC_2024: &Cite = cite!(MEAL_NOTICES, "2024年6月1日からの標準負担額（1食）");
const SRC_2025: &Cite = cite!(MEAL_NOTICES, "2025年4月1日からの標準負担額（1食）");

const fn m2024(id: &'static str, value: i64, ja: &'static str, en: &'static str) -> Param {
    Param::new(id, value, Unit::Yen, FROM_2024, SRC_2024, ja, en).until(UNTIL_2024).confidence(Confidence::High)
}

const fn m2025(id: &'static str, value: i64, ja: &'static str, en: &'static str) -> Param {
    Param::new(id, value, Unit::Yen, FROM_2025, SRC_2025, ja, en).until(UNTIL_2025).confidence(Confidence::High)
}

const GENERAL: (&str, &str, &str) =
    ("insurance.meals.general", "食事療養標準負担額 一般（1食）", "Hospital meal charge, general (per meal)");
const INTRACTABLE: (&str, &str, &str) = (
    "insurance.meals.intractable",
    "食事療養標準負担額 指定難病等（1食）",
    "Hospital meal charge, designated intractable diseases etc. (per meal)",
);
const LOW2: (&str, &str, &str) = (
    "insurance.meals.low_income2",
    "食事療養標準負担額 低所得II（1食）",
    "Hospital meal charge, low income II (per meal)",
);
const LOW2_LONG: (&str, &str, &str) = (
    "insurance.meals.low_income2_long_stay",
    "食事療養標準負担額 低所得II・91日目以降（1食）",
    "Hospital meal charge, low income II from the 91st day (per meal)",
);
const LOW1: (&str, &str, &str) = (
    "insurance.meals.low_income1",
    "食事療養標準負担額 低所得I（1食）",
    "Hospital meal charge, low income I (per meal)",
);

pub const MEAL_GENERAL: Param = m2024(GENERAL.0, 490, GENERAL.1, GENERAL.2);
pub const MEAL_INTRACTABLE: Param = m2024(INTRACTABLE.0, 280, INTRACTABLE.1, INTRACTABLE.2);
pub const MEAL_LOW2: Param = m2024(LOW2.0, 230, LOW2.1, LOW2.2);
pub const MEAL_LOW2_LONG_STAY: Param = m2024(LOW2_LONG.0, 180, LOW2_LONG.1, LOW2_LONG.2);
pub const MEAL_LOW1: Param = m2024(LOW1.0, 110, LOW1.1, LOW1.2);

pub const MEAL_GENERAL_2025: Param = m2025(GENERAL.0, 510, GENERAL.1, GENERAL.2);
pub const MEAL_INTRACTABLE_2025: Param = m2025(INTRACTABLE.0, 300, INTRACTABLE.1, INTRACTABLE.2);
pub const MEAL_LOW2_2025: Param = m2025(LOW2.0, 240, LOW2.1, LOW2.2);
pub const MEAL_LOW2_LONG_STAY_2025: Param = m2025(LOW2_LONG.0, 190, LOW2_LONG.1, LOW2_LONG.2);
pub const MEAL_LOW1_2025: Param = m2025(LOW1.0, 110, LOW1.1, LOW1.2);

/// 一般 from 2026-06-01: 510 + 40 = 550 yen (the only 2026 figure found; medium-high).
pub const MEAL_GENERAL_2026: Param =
    Param::new(GENERAL.0, 550, Unit::Yen, MEALS_2026_FROM, SRC_2026, GENERAL.1, GENERAL.2)
        .confidence(Confidence::MediumHigh);
