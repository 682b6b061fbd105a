//! The figures of the burden: the seed's standard co-payment rate, and the 高額療養費 brackets for
//! people under 70 (健康保険法施行令第42条), one named row each; [`bracket_rows`] picks a
//! bracket's rows by its key.

use super::schema::Bracket;
use crate::date::{ymd, Date};
use crate::money::{Direction, Rounding};
use crate::params::{Param, Unit};

/// The seed's form version: it says seals are not needed "R3.2.1以降" (from 2021-02-01), the latest
/// date it names, so the seed's rules are dated from then (the seed gives no version date itself).
const SEED_FROM: Date = ymd(2021, 2, 1);
pub(crate) const SRC_BURDEN: &str = "seed 001 様式第3号 11「患者負担について」(補足) A)+B)";
pub(crate) const SRC_ADVANCED: &str = "seed 001 様式第3号 11 (補足) A) 先進医療費の患者負担分";
pub(crate) const SRC_COPAY: &str = "seed 001 様式第3号 11 (補足) B) 保険外併用療養費の患者負担分";
pub(crate) const SRC_INSURER: &str = "seed 001 様式第6号 「保険者負担 保険外併用療養費分 ①」";
pub(crate) const SRC_TOTAL: &str = "seed 001 様式第6号 「合計 ①+②+③」";
pub(crate) const SRC_CAP_NOTE: &str = "seed 001 様式第6号 注4「一部負担金」には、高額療養費該当分を含む";
pub(crate) const SRC_SUBSIDY_SAME: &str =
    "seed 001 様式第3号 11 欄外「研究費等で患者負担を減額する場合は、全医療機関同額の減額とすること」";
/// Cited through the seed place that brings 高額療養費 up (様式第6号 注4); the figures themselves
/// are 健康保険法施行令第42条's, as listed in RULES.md "Facts checked outside the seeds".
const SRC_HIGH_COST: &str = "seed 001 様式第6号 注4 (高額療養費: 健康保険法施行令第42条, figures in RULES.md)";
/// The 70歳未満 brackets ア〜オ began on 2015-01-01 (平成27年1月の見直し).
const HC_FROM: Date = ymd(2015, 1, 1);
/// Last day of the figures known to be in force (RULES.md: "in force until 2026-07").
const HC_UNTIL: Date = ymd(2026, 7, 31);

/// 1円未満四捨五入 of the 1% term: 健康保険法施行令第42条 「一円未満の端数がある場合において、その端数
/// 金額が五十銭未満であるときは、これを切り捨て、その端数金額が五十銭以上であるときは、これを一円に切り上げ」.
pub const HIGH_COST_ONE_PERCENT_ROUNDING: Rounding = Rounding::new(
    1,
    Direction::HalfUp,
    "1円未満四捨五入（50銭未満切り捨て・50銭以上切り上げ）",
    "Rounded to the nearest yen (under 50 sen dropped, 50 sen or more rounded up)",
    "健康保険法施行令第42条",
);

// 様式第6号 注1: the typical case is computed "原則として健康保険被保険者本人の場合", and the
// example's co-payment is 3割 (様式第3号 11 B), 様式第6号 「× 3割」). Used when the user does not
// give their own rate.
pub const STANDARD_COPAY_PERCENT: Param = Param::new(
    "advanced.burden.standard_copay_percent",
    30,
    Unit::Percent,
    SEED_FROM,
    "seed 001 様式第3号 11 (補足) B)「3割負担」, 様式第6号 注1（健康保険被保険者本人）",
    "保険外併用療養費の一部負担割合（被保険者本人）",
    "Co-payment rate on the insured part (the insured person)",
);

/// A 高額療養費算定基準額 row (70歳未満, 健康保険法施行令第42条), in force 2015-01-01 .. 2026-07-31.
const fn high_cost(id: &'static str, value: i64, unit: Unit, ja: &'static str, en: &'static str) -> Param {
    Param::new(id, value, unit, HC_FROM, SRC_HIGH_COST, ja, en).until(HC_UNTIL)
}

pub const HIGH_COST_RATE_PERCENT: Param = high_cost(
    "advanced.high_cost.under70.rate_percent",
    1,
    Unit::Percent,
    "高額療養費 医療費の超過分に乗じる率（百分の一）",
    "High-cost cap: rate on the excess medical cost (1/100)",
);
pub const A_BASE: Param = high_cost(
    "advanced.high_cost.under70.a.base",
    252_600,
    Unit::Yen,
    "高額療養費 区分ア 基本額",
    "High-cost cap, bracket A (ア): base",
);
pub const A_THRESHOLD: Param = high_cost(
    "advanced.high_cost.under70.a.threshold",
    842_000,
    Unit::Yen,
    "高額療養費 区分ア 控除する医療費",
    "High-cost cap, bracket A (ア): medical cost deducted",
);
pub const A_MANY_TIMES: Param = high_cost(
    "advanced.high_cost.under70.a.many_times",
    140_100,
    Unit::Yen,
    "高額療養費 区分ア 多数回該当",
    "High-cost cap, bracket A (ア): 4th month onward",
);
pub const I_BASE: Param = high_cost(
    "advanced.high_cost.under70.i.base",
    167_400,
    Unit::Yen,
    "高額療養費 区分イ 基本額",
    "High-cost cap, bracket I (イ): base",
);
pub const I_THRESHOLD: Param = high_cost(
    "advanced.high_cost.under70.i.threshold",
    558_000,
    Unit::Yen,
    "高額療養費 区分イ 控除する医療費",
    "High-cost cap, bracket I (イ): medical cost deducted",
);
pub const I_MANY_TIMES: Param = high_cost(
    "advanced.high_cost.under70.i.many_times",
    93_000,
    Unit::Yen,
    "高額療養費 区分イ 多数回該当",
    "High-cost cap, bracket I (イ): 4th month onward",
);
pub const U_BASE: Param = high_cost(
    "advanced.high_cost.under70.u.base",
    80_100,
    Unit::Yen,
    "高額療養費 区分ウ 基本額",
    "High-cost cap, bracket U (ウ): base",
);
pub const U_THRESHOLD: Param = high_cost(
    "advanced.high_cost.under70.u.threshold",
    267_000,
    Unit::Yen,
    "高額療養費 区分ウ 控除する医療費",
    "High-cost cap, bracket U (ウ): medical cost deducted",
);
pub const U_MANY_TIMES: Param = high_cost(
    "advanced.high_cost.under70.u.many_times",
    44_400,
    Unit::Yen,
    "高額療養費 区分ウ 多数回該当",
    "High-cost cap, bracket U (ウ): 4th month onward",
);
pub const E_BASE: Param = high_cost(
    "advanced.high_cost.under70.e.base",
    57_600,
    Unit::Yen,
    "高額療養費 区分エ 定額",
    "High-cost cap, bracket E (エ): flat",
);
pub const E_MANY_TIMES: Param = high_cost(
    "advanced.high_cost.under70.e.many_times",
    44_400,
    Unit::Yen,
    "高額療養費 区分エ 多数回該当",
    "High-cost cap, bracket E (エ): 4th month onward",
);
pub const O_BASE: Param = high_cost(
    "advanced.high_cost.under70.o.base",
    35_400,
    Unit::Yen,
    "高額療養費 区分オ 定額（住民税非課税）",
    "High-cost cap, bracket O (オ, tax-exempt): flat",
);
pub const O_MANY_TIMES: Param = high_cost(
    "advanced.high_cost.under70.o.many_times",
    24_600,
    Unit::Yen,
    "高額療養費 区分オ 多数回該当",
    "High-cost cap, bracket O (オ): 4th month onward",
);

/// Every row.
pub static PARAMS: &[Param] = &[
    STANDARD_COPAY_PERCENT,
    HIGH_COST_RATE_PERCENT,
    A_BASE,
    A_THRESHOLD,
    A_MANY_TIMES,
    I_BASE,
    I_THRESHOLD,
    I_MANY_TIMES,
    U_BASE,
    U_THRESHOLD,
    U_MANY_TIMES,
    E_BASE,
    E_MANY_TIMES,
    O_BASE,
    O_MANY_TIMES,
];

/// One bracket's rows: ア〜ウ add 1% of the medical cost above `threshold` to `base`; エ・オ are
/// flat (no threshold). `many_times` is the cap from the 4th capped month in 12 (多数回該当).
pub struct BracketRows {
    pub base: &'static Param,
    pub threshold: Option<&'static Param>,
    pub many_times: &'static Param,
}

/// The rows of `bracket`.
pub fn bracket_rows(bracket: Bracket) -> BracketRows {
    match bracket {
        Bracket::A => BracketRows { base: &A_BASE, threshold: Some(&A_THRESHOLD), many_times: &A_MANY_TIMES },
        Bracket::I => BracketRows { base: &I_BASE, threshold: Some(&I_THRESHOLD), many_times: &I_MANY_TIMES },
        Bracket::U => BracketRows { base: &U_BASE, threshold: Some(&U_THRESHOLD), many_times: &U_MANY_TIMES },
        Bracket::E => BracketRows { base: &E_BASE, threshold: None, many_times: &E_MANY_TIMES },
        Bracket::O => BracketRows { base: &O_BASE, threshold: None, many_times: &O_MANY_TIMES },
    }
}
