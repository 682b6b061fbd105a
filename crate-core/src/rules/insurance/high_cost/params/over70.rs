//! 70歳以上 (FACTS-2026 "70歳以上", confidence medium for every row: fewer independent copies).
//! 現役並みIII/II/I use the under-70 rows (ア/イ/ウ; from 2027-08 the a-, i- and u-bands found from
//! the 標準報酬月額), so only their 標準報酬月額 limits are here. 一般 and 低所得II/I have a 世帯 cap
//! (`BASE`, 入院 and 世帯合算) and an individual 外来 cap (`OUTPATIENT`); some have a 外来 yearly cap
//! (`OUTPATIENT_YEAR`, 8月〜7月) and, from 2026-08, a 年間上限 (`YEAR`).
//!
//! Not in FACTS-2026, so not here (the calculator says "not on file"): 一般's 世帯 cap and 多数回 from
//! 2027-08; the 低所得 年間上限 from 2027-08; a 年間上限 for 一般 and for 現役並み.

use super::periods::{SRC_2026, T2015_UNTIL, T2026_FROM, T2026_UNTIL, T2027_FROM};
use crate::date::{ymd, Date};
use crate::params::{Bound, Confidence, Param, Unit};
use crate::sources::{cite, Cite, HEALTH_INSURANCE_ORDER};

/// The figures until 2026-07 date from the 平成30年8月 review (一般 57,600 / 外来 18,000, 年 144,000).
/// FACTS-2026 gives the figures but not their first day: 2018-08-01 is this module's reading.
pub(crate) const S2018_FROM: Date = ymd(2018, 8, 1);
const SRC_2018: &Cite =
    cite!(HEALTH_INSURANCE_ORDER, "第42条（70歳以上の区分、平成30年8月診療分から2026年7月診療分まで）");

const fn s2018(id: &'static str, value: i64, ja: &'static str, en: &'static str) -> Param {
    Param::new(id, value, Unit::Yen, S2018_FROM, SRC_2018, ja, en).until(T2015_UNTIL).confidence(Confidence::Medium)
}

const fn s2026(id: &'static str, value: i64, ja: &'static str, en: &'static str) -> Param {
    Param::new(id, value, Unit::Yen, T2026_FROM, SRC_2026, ja, en).until(T2026_UNTIL).confidence(Confidence::Medium)
}

const fn s2027(id: &'static str, value: i64, ja: &'static str, en: &'static str) -> Param {
    Param::new(id, value, Unit::Yen, T2027_FROM, SRC_2026, ja, en).confidence(Confidence::Medium)
}

// ───────────── 現役並み: the 標準報酬月額 limits (the brief's mapping; 83万 / 53万 / 28万) ─────────────

const SRC_PAY: &Cite = cite!(
    HEALTH_INSURANCE_ORDER,
    "第42条（70歳以上: 現役並みIII 標準報酬月額83万円以上、II 53万円以上、I 28万円以上）"
);

pub const GENEKINAMI3_PAY_FROM: Param = Param::new(
    "advanced.high_cost.over70.genekinami3.pay_from",
    830_000,
    Unit::Yen,
    S2018_FROM,
    SRC_PAY,
    "高額療養費 70歳以上 現役並みIII 標準報酬月額（83万円以上）",
    "High-cost, 70+: working-age income III, standard monthly pay of at least this",
)
.bound(Bound::AtLeast)
.confidence(Confidence::Medium);
pub const GENEKINAMI2_PAY_FROM: Param = Param::new(
    "advanced.high_cost.over70.genekinami2.pay_from",
    530_000,
    Unit::Yen,
    S2018_FROM,
    SRC_PAY,
    "高額療養費 70歳以上 現役並みII 標準報酬月額（53万円以上）",
    "High-cost, 70+: working-age income II, standard monthly pay of at least this",
)
.bound(Bound::AtLeast)
.confidence(Confidence::Medium);
pub const GENEKINAMI1_PAY_FROM: Param = Param::new(
    "advanced.high_cost.over70.genekinami1.pay_from",
    280_000,
    Unit::Yen,
    S2018_FROM,
    SRC_PAY,
    "高額療養費 70歳以上 現役並みI 標準報酬月額（28万円以上）",
    "High-cost, 70+: working-age income I, standard monthly pay of at least this",
)
.bound(Bound::AtLeast)
.confidence(Confidence::Medium);

// ───────────── until 2026-07 ─────────────

pub const IPPAN_BASE: Param = s2018(
    "advanced.high_cost.over70.ippan.base",
    57_600,
    "高額療養費 70歳以上 一般 世帯の限度額",
    "High-cost cap, 70+ general: household cap",
);
pub const IPPAN_MANY_TIMES: Param = s2018(
    "advanced.high_cost.over70.ippan.many_times",
    44_400,
    "高額療養費 70歳以上 一般 多数回該当",
    "High-cost cap, 70+ general: 4th month onward",
);
pub const IPPAN_OUTPATIENT: Param = s2018(
    "advanced.high_cost.over70.ippan.outpatient",
    18_000,
    "高額療養費 70歳以上 一般 外来（個人）",
    "High-cost cap, 70+ general: outpatient (individual)",
);
pub const IPPAN_OUTPATIENT_YEAR: Param = s2018(
    "advanced.high_cost.over70.ippan.outpatient_year",
    144_000,
    "高額療養費 70歳以上 一般 外来の年間上限（8月〜翌年7月）",
    "High-cost cap, 70+ general: outpatient yearly cap (August to July)",
);
pub const TEISHOTOKU2_BASE: Param = s2018(
    "advanced.high_cost.over70.teishotoku2.base",
    24_600,
    "高額療養費 70歳以上 低所得II 世帯の限度額",
    "High-cost cap, 70+ low income II: household cap",
);
pub const TEISHOTOKU2_OUTPATIENT: Param = s2018(
    "advanced.high_cost.over70.teishotoku2.outpatient",
    8_000,
    "高額療養費 70歳以上 低所得II 外来（個人）",
    "High-cost cap, 70+ low income II: outpatient (individual)",
);
pub const TEISHOTOKU1_BASE: Param = s2018(
    "advanced.high_cost.over70.teishotoku1.base",
    15_000,
    "高額療養費 70歳以上 低所得I 世帯の限度額",
    "High-cost cap, 70+ low income I: household cap",
);
pub const TEISHOTOKU1_OUTPATIENT: Param = s2018(
    "advanced.high_cost.over70.teishotoku1.outpatient",
    8_000,
    "高額療養費 70歳以上 低所得I 外来（個人）",
    "High-cost cap, 70+ low income I: outpatient (individual)",
);

// ───────────── 2026-08〜2027-07 ─────────────

pub const IPPAN_BASE_2026: Param = s2026(
    "advanced.high_cost.over70.ippan.base",
    61_500,
    "高額療養費 70歳以上 一般 世帯の限度額",
    "High-cost cap, 70+ general: household cap",
);
pub const IPPAN_MANY_TIMES_2026: Param = s2026(
    "advanced.high_cost.over70.ippan.many_times",
    44_400,
    "高額療養費 70歳以上 一般 多数回該当",
    "High-cost cap, 70+ general: 4th month onward",
);
pub const IPPAN_OUTPATIENT_2026: Param = s2026(
    "advanced.high_cost.over70.ippan.outpatient",
    22_000,
    "高額療養費 70歳以上 一般 外来（個人）",
    "High-cost cap, 70+ general: outpatient (individual)",
);
pub const IPPAN_OUTPATIENT_YEAR_2026: Param = s2026(
    "advanced.high_cost.over70.ippan.outpatient_year",
    216_000,
    "高額療養費 70歳以上 一般 外来の年間上限（8月〜翌年7月）",
    "High-cost cap, 70+ general: outpatient yearly cap (August to July)",
);
pub const TEISHOTOKU2_BASE_2026: Param = s2026(
    "advanced.high_cost.over70.teishotoku2.base",
    25_700,
    "高額療養費 70歳以上 低所得II 世帯の限度額",
    "High-cost cap, 70+ low income II: household cap",
);
pub const TEISHOTOKU2_MANY_TIMES_2026: Param = s2026(
    "advanced.high_cost.over70.teishotoku2.many_times",
    24_600,
    "高額療養費 70歳以上 低所得II 多数回該当",
    "High-cost cap, 70+ low income II: 4th month onward",
);
pub const TEISHOTOKU2_OUTPATIENT_2026: Param = s2026(
    "advanced.high_cost.over70.teishotoku2.outpatient",
    11_000,
    "高額療養費 70歳以上 低所得II 外来（個人）",
    "High-cost cap, 70+ low income II: outpatient (individual)",
);
pub const TEISHOTOKU2_OUTPATIENT_YEAR_2026: Param = s2026(
    "advanced.high_cost.over70.teishotoku2.outpatient_year",
    96_000,
    "高額療養費 70歳以上 低所得II 外来の年間上限（8月〜翌年7月）",
    "High-cost cap, 70+ low income II: outpatient yearly cap (August to July)",
);
pub const TEISHOTOKU2_YEAR_2026: Param = s2026(
    "advanced.high_cost.over70.teishotoku2.year_cap",
    290_000,
    "高額療養費 70歳以上 低所得II 年間上限（8月〜翌年7月）",
    "High-cost cap, 70+ low income II: yearly cap (August to July)",
);
pub const TEISHOTOKU1_BASE_2026: Param = s2026(
    "advanced.high_cost.over70.teishotoku1.base",
    15_700,
    "高額療養費 70歳以上 低所得I 世帯の限度額",
    "High-cost cap, 70+ low income I: household cap",
);
pub const TEISHOTOKU1_OUTPATIENT_2026: Param = s2026(
    "advanced.high_cost.over70.teishotoku1.outpatient",
    8_000,
    "高額療養費 70歳以上 低所得I 外来（個人）",
    "High-cost cap, 70+ low income I: outpatient (individual)",
);
pub const TEISHOTOKU1_YEAR_2026: Param = s2026(
    "advanced.high_cost.over70.teishotoku1.year_cap",
    180_000,
    "高額療養費 70歳以上 低所得I 年間上限（8月〜翌年7月）",
    "High-cost cap, 70+ low income I: yearly cap (August to July)",
);

// ───────────── from 2027-08 (一般's 外来 splits at 標準報酬月額 16万円; "低所得" = 低所得II and
// "一定所得以下" = 低所得I: this module's reading of FACTS-2026) ─────────────

pub const IPPAN_OUTPATIENT_2027: Param = s2027(
    "advanced.high_cost.over70.ippan.outpatient",
    28_000,
    "高額療養費 70歳以上 一般 外来（個人、標準報酬月額16〜26万円）",
    "High-cost cap, 70+ general: outpatient (individual, monthly pay ¥160k–260k)",
);
pub const IPPAN_OUTPATIENT_LOW_2027: Param = s2027(
    "advanced.high_cost.over70.ippan.outpatient_low",
    22_000,
    "高額療養費 70歳以上 一般 外来（個人、標準報酬月額〜15万円）",
    "High-cost cap, 70+ general: outpatient (individual, monthly pay up to ¥150k)",
);
pub const IPPAN_OUTPATIENT_LOW_BELOW_2027: Param = s2027(
    "advanced.high_cost.over70.ippan.outpatient_low_below",
    160_000,
    "高額療養費 70歳以上 一般 外来の低い額が適用される標準報酬月額（16万円未満）",
    "High-cost, 70+ general: the lower outpatient cap applies below this monthly pay",
)
.bound(Bound::LessThan);
pub const IPPAN_OUTPATIENT_YEAR_2027: Param = s2027(
    "advanced.high_cost.over70.ippan.outpatient_year",
    216_000,
    "高額療養費 70歳以上 一般 外来の年間上限（8月〜翌年7月）",
    "High-cost cap, 70+ general: outpatient yearly cap (August to July)",
);
pub const TEISHOTOKU2_BASE_2027: Param = s2027(
    "advanced.high_cost.over70.teishotoku2.base",
    25_700,
    "高額療養費 70歳以上 低所得II 世帯の限度額",
    "High-cost cap, 70+ low income II: household cap",
);
pub const TEISHOTOKU2_MANY_TIMES_2027: Param = s2027(
    "advanced.high_cost.over70.teishotoku2.many_times",
    24_600,
    "高額療養費 70歳以上 低所得II 多数回該当",
    "High-cost cap, 70+ low income II: 4th month onward",
);
pub const TEISHOTOKU2_OUTPATIENT_2027: Param = s2027(
    "advanced.high_cost.over70.teishotoku2.outpatient",
    13_000,
    "高額療養費 70歳以上 低所得II 外来（個人）",
    "High-cost cap, 70+ low income II: outpatient (individual)",
);
pub const TEISHOTOKU2_OUTPATIENT_YEAR_2027: Param = s2027(
    "advanced.high_cost.over70.teishotoku2.outpatient_year",
    96_000,
    "高額療養費 70歳以上 低所得II 外来の年間上限（8月〜翌年7月）",
    "High-cost cap, 70+ low income II: outpatient yearly cap (August to July)",
);
pub const TEISHOTOKU1_BASE_2027: Param = s2027(
    "advanced.high_cost.over70.teishotoku1.base",
    15_700,
    "高額療養費 70歳以上 低所得I 世帯の限度額",
    "High-cost cap, 70+ low income I: household cap",
);
pub const TEISHOTOKU1_OUTPATIENT_2027: Param = s2027(
    "advanced.high_cost.over70.teishotoku1.outpatient",
    8_000,
    "高額療養費 70歳以上 低所得I 外来（個人、一定所得以下）",
    "High-cost cap, 70+ low income I: outpatient (individual)",
);
