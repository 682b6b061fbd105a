//! The figures of the burden: the seed's standard co-payment rate. The 高額療養費 brackets are read
//! from the `high_cost` calculator's rows ([`crate::rules::insurance::high_cost::params`]).

use crate::date::{ymd, Date};
use crate::params::{Param, Unit};
use crate::sources::{cite, Cite, ADVANCED_FORMS};

/// The seed's form version: it says seals are not needed "R3.2.1以降" (from 2021-02-01), the latest
/// date it names, so the seed's rules are dated from then (the seed gives no version date itself).
const SEED_FROM: Date = ymd(2021, 2, 1);
pub(crate) const SRC_BURDEN: &Cite = cite!(ADVANCED_FORMS, "様式第3号 11 (補足)", quote: "患者負担40万 = A) + B)");
pub(crate) const SRC_ADVANCED: &Cite = cite!(ADVANCED_FORMS, "様式第3号 11 (補足) A)", quote: "先進医療費の患者負担分");
pub(crate) const SRC_COPAY: &Cite =
    cite!(ADVANCED_FORMS, "様式第3号 11 (補足) B)", quote: "保険外併用療養費の患者負担分");
pub(crate) const SRC_INSURER: &Cite = cite!(ADVANCED_FORMS, "様式第6号", quote: "保険者負担 保険外併用療養費分 ①");
pub(crate) const SRC_TOTAL: &Cite = cite!(ADVANCED_FORMS, "様式第6号", quote: "合計 ①+②+③");
pub(crate) const SRC_CAP_NOTE: &Cite =
    cite!(ADVANCED_FORMS, "様式第6号 注4", quote: "『一部負担金』には、高額療養費該当分を含む");
pub(crate) const SRC_SUBSIDY_SAME: &Cite = cite!(ADVANCED_FORMS, "様式第3号 11 欄外", quote: "研究費等で患者負担を減額する場合は、全医療機関同額の減額とすること");
// 様式第6号 注1: the typical case is computed "原則として健康保険被保険者本人の場合", and the
// example's co-payment is 3割 (様式第3号 11 B), 様式第6号 「× 3割」). Used when the user does not
// give their own rate.
pub const STANDARD_COPAY_PERCENT: Param = Param::new(
    "advanced.burden.standard_copay_percent",
    30,
    Unit::Percent,
    SEED_FROM,
    cite!(ADVANCED_FORMS, "様式第3号 11 (補足) B)・様式第6号 注1", quote: "50万 × 3割負担 = 15万円"),
    "保険外併用療養費の一部負担割合（被保険者本人）",
    "Co-payment rate on the insured part (the insured person)",
);

/// Every row (the 高額療養費 brackets are the `high_cost` calculator's rows: one copy).
pub static PARAMS: &[Param] = &[STANDARD_COPAY_PERCENT];
