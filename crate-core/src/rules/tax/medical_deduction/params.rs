//! The figures of 医療費控除 and the tax it saves (FACTS-2026 "医療費控除", long-standing law,
//! confidence high), one named row each: the deduction (所得税法第73条), the 所得税 速算表 (所得税法
//! 第89条), the surtaxes on the 基準所得税額 — 復興特別所得税 2.1% (2013〜2026), and from 2027 (財務省
//! 令和8年度税制改正の大綱, confidence medium-high) 復興特別所得税 1.1% (to 2047) and 防衛特別所得税 1%
//! (from 2027, 当分の間), each its own tax with its own rounding — and the 住民税 所得割 rate. A year
//! picks the version in force on its 31 December.
//!
//! The 速算表 rows are dated from 2015 (平成27年分), when its seventh step (45% above 40,000,000)
//! began; FACTS-2026 gives the table without a start: the date is this module's reading, and years
//! before 2015 are `not_in_force`.

use crate::date::{ymd, Date};
use crate::money::{Direction, Rounding};
use crate::params::{Bound, Confidence, Param, Unit};
use crate::sources::{
    cite, Cite, GENERAL_TAX_ACT, INCOME_TAX_ACT, JMDP_GUIDE, LOCAL_TAX_ACT, NTA_RETURN, RECONSTRUCTION_ACT,
    TAX_REFORM_2026,
};

pub(crate) const FROM: Date = ymd(2015, 1, 1);
pub(crate) const SRC_DEDUCTION: &Cite = cite!(INCOME_TAX_ACT, "第73条（医療費控除）");
pub(crate) const SRC_TABLE: &Cite = cite!(INCOME_TAX_ACT, "第89条（税率・速算表）");
pub(crate) const SRC_RECONSTRUCTION: &Cite =
    cite!(RECONSTRUCTION_ACT, "第12条・第13条（復興特別所得税: 基準所得税額の2.1%、2013〜2037年分）");
/// From 2027: 復興特別所得税 1.1% to 2047 and the new 防衛特別所得税 1% (the outline; the enacted
/// law's text was not checked).
pub(crate) const SRC_RECONSTRUCTION_2027: &Cite = cite!(
    TAX_REFORM_2026,
    "六 2（復興特別所得税の税率を1.1%に、課税期間を令和29年まで; 令和9年分以後）",
    quote: "復興特別所得税の税率を1.1%(現行:2.1%)に引き下げる"
);
pub(crate) const SRC_DEFENSE: &Cite = cite!(
    TAX_REFORM_2026,
    "六 1（防衛特別所得税（仮称）の創設: 令和9年以後の当分の間）",
    quote: "防衛特別所得税額は、その年分の基準所得税額に1%の税率を乗じて計算した金額とする"
);
pub(crate) const SRC_RESIDENT: &Cite =
    cite!(LOCAL_TAX_ACT, "住民税 所得割の標準税率（道府県民税4%・市町村民税6%、計10%）");
pub(crate) const SRC_FAQ7: &Cite = cite!(JMDP_GUIDE, "参考資料2-15 FAQ ⑦", page: 34, quote: "患者負担金は高額療養費の対象にはなりませんが、実際に支払った年の確定申告の際、医療費控除の申告ができます");

/// 課税総所得金額の1,000円未満切り捨て (国税通則法第118条第1項).
pub const TAXABLE_1000_YEN: Rounding = Rounding::new(
    1000,
    Direction::Down,
    "1,000円未満切り捨て（課税所得）",
    "Fractions of 1,000 yen dropped (taxable income)",
    cite!(GENERAL_TAX_ACT, "第118条第1項"),
);

/// 復興特別所得税: 基準所得税額 × the rate, fractions of a yen dropped (the NTA's return form; the
/// article that prescribes the truncation was not checked).
pub const RECONSTRUCTION_YEN: Rounding = Rounding::new(
    1,
    Direction::Down,
    "1円未満切り捨て（復興特別所得税額）",
    "Fractions of a yen dropped (reconstruction surtax)",
    cite!(NTA_RETURN, "復興特別所得税額（基準所得税額 × 税率、1円未満の端数切捨て）"),
);

/// 防衛特別所得税: computed as 復興特別所得税 is (the outline: 「…税額の計算については、復興特別所得税と
/// 同様とする」), so its own fractions of a yen are dropped on its own.
pub const DEFENSE_YEN: Rounding = Rounding::new(
    1,
    Direction::Down,
    "1円未満切り捨て（防衛特別所得税額）",
    "Fractions of a yen dropped (defence surtax)",
    cite!(TAX_REFORM_2026, "六 1 (2)", quote: "税額の計算については、復興特別所得税と同様とする"),
);

/// 5% of 総所得金額等, and the tax amounts: fractions of a yen dropped.
pub const TAX_YEN: Rounding = Rounding::new(
    1,
    Direction::Down,
    "1円未満切り捨て",
    "Fractions of a yen dropped",
    cite!(INCOME_TAX_ACT, "第73条第1項（総所得金額等の100分の5に相当する金額; 1円未満の端数は切り捨て）"),
);

const fn row(
    id: &'static str,
    value: i64,
    unit: Unit,
    source: &'static Cite,
    ja: &'static str,
    en: &'static str,
) -> Param {
    Param::new(id, value, unit, FROM, source, ja, en).confidence(Confidence::High)
}

pub const THRESHOLD_CAP: Param = row(
    "tax.medical_deduction.threshold_cap",
    100_000,
    Unit::Yen,
    SRC_DEDUCTION,
    "医療費控除 差し引く額の上限（10万円）",
    "Medical deduction: most subtracted (100,000 yen)",
);
pub const THRESHOLD_PERCENT: Param = row(
    "tax.medical_deduction.threshold_percent",
    5,
    Unit::Percent,
    SRC_DEDUCTION,
    "医療費控除 差し引く額（総所得金額等の5%、10万円より少ない場合）",
    "Medical deduction: subtracted share of total income (5%, when less than 100,000 yen)",
);
pub const DEDUCTION_MAX: Param = row(
    "tax.medical_deduction.max",
    2_000_000,
    Unit::Yen,
    SRC_DEDUCTION,
    "医療費控除の上限（200万円）",
    "Medical deduction: at most (2,000,000 yen)",
);

/// One step of the 速算表: taxable income up to `limit` (以下) is taxed at `rate`% less `minus`.
const fn up_to(id: &'static str, value: i64, ja: &'static str, en: &'static str) -> Param {
    row(id, value, Unit::Yen, SRC_TABLE, ja, en).bound(Bound::AtMost)
}
const fn rate(id: &'static str, value: i64, ja: &'static str, en: &'static str) -> Param {
    row(id, value, Unit::Percent, SRC_TABLE, ja, en)
}
const fn minus(id: &'static str, value: i64, ja: &'static str, en: &'static str) -> Param {
    row(id, value, Unit::Yen, SRC_TABLE, ja, en)
}

pub const STEP1_UP_TO: Param = up_to(
    "tax.income_tax.step1.up_to",
    1_950_000,
    "所得税 速算表 1段 課税所得（以下）",
    "Income tax table, step 1: taxable income up to",
);
pub const STEP1_RATE: Param =
    rate("tax.income_tax.step1.rate", 5, "所得税 速算表 1段 税率", "Income tax table, step 1: rate");
pub const STEP1_MINUS: Param =
    minus("tax.income_tax.step1.minus", 0, "所得税 速算表 1段 控除額", "Income tax table, step 1: amount subtracted");
pub const STEP2_UP_TO: Param = up_to(
    "tax.income_tax.step2.up_to",
    3_300_000,
    "所得税 速算表 2段 課税所得（以下）",
    "Income tax table, step 2: taxable income up to",
);
pub const STEP2_RATE: Param =
    rate("tax.income_tax.step2.rate", 10, "所得税 速算表 2段 税率", "Income tax table, step 2: rate");
pub const STEP2_MINUS: Param = minus(
    "tax.income_tax.step2.minus",
    97_500,
    "所得税 速算表 2段 控除額",
    "Income tax table, step 2: amount subtracted",
);
pub const STEP3_UP_TO: Param = up_to(
    "tax.income_tax.step3.up_to",
    6_950_000,
    "所得税 速算表 3段 課税所得（以下）",
    "Income tax table, step 3: taxable income up to",
);
pub const STEP3_RATE: Param =
    rate("tax.income_tax.step3.rate", 20, "所得税 速算表 3段 税率", "Income tax table, step 3: rate");
pub const STEP3_MINUS: Param = minus(
    "tax.income_tax.step3.minus",
    427_500,
    "所得税 速算表 3段 控除額",
    "Income tax table, step 3: amount subtracted",
);
pub const STEP4_UP_TO: Param = up_to(
    "tax.income_tax.step4.up_to",
    9_000_000,
    "所得税 速算表 4段 課税所得（以下）",
    "Income tax table, step 4: taxable income up to",
);
pub const STEP4_RATE: Param =
    rate("tax.income_tax.step4.rate", 23, "所得税 速算表 4段 税率", "Income tax table, step 4: rate");
pub const STEP4_MINUS: Param = minus(
    "tax.income_tax.step4.minus",
    636_000,
    "所得税 速算表 4段 控除額",
    "Income tax table, step 4: amount subtracted",
);
pub const STEP5_UP_TO: Param = up_to(
    "tax.income_tax.step5.up_to",
    18_000_000,
    "所得税 速算表 5段 課税所得（以下）",
    "Income tax table, step 5: taxable income up to",
);
pub const STEP5_RATE: Param =
    rate("tax.income_tax.step5.rate", 33, "所得税 速算表 5段 税率", "Income tax table, step 5: rate");
pub const STEP5_MINUS: Param = minus(
    "tax.income_tax.step5.minus",
    1_536_000,
    "所得税 速算表 5段 控除額",
    "Income tax table, step 5: amount subtracted",
);
pub const STEP6_UP_TO: Param = up_to(
    "tax.income_tax.step6.up_to",
    40_000_000,
    "所得税 速算表 6段 課税所得（以下）",
    "Income tax table, step 6: taxable income up to",
);
pub const STEP6_RATE: Param =
    rate("tax.income_tax.step6.rate", 40, "所得税 速算表 6段 税率", "Income tax table, step 6: rate");
pub const STEP6_MINUS: Param = minus(
    "tax.income_tax.step6.minus",
    2_796_000,
    "所得税 速算表 6段 控除額",
    "Income tax table, step 6: amount subtracted",
);
pub const STEP7_RATE: Param = rate(
    "tax.income_tax.step7.rate",
    45,
    "所得税 速算表 7段（4,000万円超）税率",
    "Income tax table, step 7 (above 40,000,000): rate",
);
pub const STEP7_MINUS: Param = minus(
    "tax.income_tax.step7.minus",
    4_796_000,
    "所得税 速算表 7段（4,000万円超）控除額",
    "Income tax table, step 7 (above 40,000,000): amount subtracted",
);

/// The steps of the 速算表, lowest first: (up to, rate, minus); the last has no upper limit.
pub const STEPS: [(Option<&Param>, &Param, &Param); 7] = [
    (Some(&STEP1_UP_TO), &STEP1_RATE, &STEP1_MINUS),
    (Some(&STEP2_UP_TO), &STEP2_RATE, &STEP2_MINUS),
    (Some(&STEP3_UP_TO), &STEP3_RATE, &STEP3_MINUS),
    (Some(&STEP4_UP_TO), &STEP4_RATE, &STEP4_MINUS),
    (Some(&STEP5_UP_TO), &STEP5_RATE, &STEP5_MINUS),
    (Some(&STEP6_UP_TO), &STEP6_RATE, &STEP6_MINUS),
    (None, &STEP7_RATE, &STEP7_MINUS),
];

/// 復興特別所得税: 2.1% (21‰) of the 基準所得税額, 2013〜2026年分 (the law's 2037 end is moved by the
/// 2027 version).
pub const RECONSTRUCTION_PER_MILLE: Param = Param::new(
    "tax.reconstruction_income_tax.per_mille",
    21,
    Unit::PerMille,
    ymd(2013, 1, 1),
    SRC_RECONSTRUCTION,
    "復興特別所得税（基準所得税額の2.1%）",
    "Special income tax for reconstruction (2.1% of the base income tax)",
)
.until(ymd(2026, 12, 31))
.confidence(Confidence::High);

/// 復興特別所得税 from 2027: 1.1% (11‰), to 2047 (令和29年分).
pub const RECONSTRUCTION_PER_MILLE_2027: Param = Param::new(
    "tax.reconstruction_income_tax.per_mille",
    11,
    Unit::PerMille,
    ymd(2027, 1, 1),
    SRC_RECONSTRUCTION_2027,
    "復興特別所得税（基準所得税額の1.1%）",
    "Special income tax for reconstruction (1.1% of the base income tax)",
)
.until(ymd(2047, 12, 31))
.confidence(Confidence::MediumHigh);

/// 防衛特別所得税: 1% (10‰) of the 基準所得税額, from 2027 (当分の間: no end).
pub const DEFENSE_PER_MILLE: Param = Param::new(
    "tax.defense_income_tax.per_mille",
    10,
    Unit::PerMille,
    ymd(2027, 1, 1),
    SRC_DEFENSE,
    "防衛特別所得税（基準所得税額の1%）",
    "Special income tax for defence (1% of the base income tax)",
)
.confidence(Confidence::MediumHigh);

pub const RESIDENT_TAX_PERCENT: Param = row(
    "tax.resident_tax.income_levy_percent",
    10,
    Unit::Percent,
    SRC_RESIDENT,
    "住民税 所得割の税率（標準税率）",
    "Residence tax: income levy rate (standard)",
);

/// Every row.
pub static PARAMS: &[Param] = &[
    THRESHOLD_CAP,
    THRESHOLD_PERCENT,
    DEDUCTION_MAX,
    STEP1_UP_TO,
    STEP1_RATE,
    STEP1_MINUS,
    STEP2_UP_TO,
    STEP2_RATE,
    STEP2_MINUS,
    STEP3_UP_TO,
    STEP3_RATE,
    STEP3_MINUS,
    STEP4_UP_TO,
    STEP4_RATE,
    STEP4_MINUS,
    STEP5_UP_TO,
    STEP5_RATE,
    STEP5_MINUS,
    STEP6_UP_TO,
    STEP6_RATE,
    STEP6_MINUS,
    STEP7_RATE,
    STEP7_MINUS,
    RECONSTRUCTION_PER_MILLE,
    RECONSTRUCTION_PER_MILLE_2027,
    DEFENSE_PER_MILLE,
    RESIDENT_TAX_PERCENT,
];
