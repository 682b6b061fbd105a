//! The exemption table of 参考資料2-16「患者負担金の免除について」, one named row per figure: the
//! logic reads a row by its name, so every use of a figure is found by searching for it.

use crate::date::{ymd, Date};
use crate::money::{Direction, Rounding};
use crate::params::{Bound, Param, Unit};
use crate::sources::{cite, Cite, JMDP_GUIDE};

/// The seed document's own date (第5版 2023年8月1日発行); the exemption page itself is undated.
pub(crate) const FROM: Date = ymd(2023, 8, 1);
pub(crate) const SRC_TABLE: &Cite =
    cite!(JMDP_GUIDE, "参考資料2-16 免除基準", page: 35, quote: "患者負担金の免除について");
pub(crate) const SRC_HIGHEST: &Cite = cite!(JMDP_GUIDE, "参考資料2-16 [※]", page: 35, quote: "所得税年額は世帯の合計ではなく、世帯の中で所得税年額が一番高い方が80,000円以下の場合、免除対象");
pub(crate) const SRC_OVERSEAS: &Cite = cite!(JMDP_GUIDE, "参考資料2-16", page: 35, quote: "海外ドナーとのコーディネート費用については…100万円を限度に免除");
pub(crate) const SRC_CERTS: &Cite =
    cite!(JMDP_GUIDE, "参考資料2-16 ≪必要な公的機関の証明書≫・参考資料2-17（p.36）3. 提出書類", page: 35);
pub(crate) const SRC_NOT_REFUNDED: &Cite = cite!(JMDP_GUIDE, "参考資料2-16【申請にあたって】・参考資料2-15 FAQ ④（p.34）", page: 35, quote: "申請前や審査結果通知前にお支払いいただいた負担金は免除されません");
const SRC_ROUNDING: &Cite = cite!(JMDP_GUIDE, "参考資料2-16", page: 35);

/// 免除額の1円未満切り捨て. The seed names no rounding (see the module note); dropping the fraction
/// of the exempted amount never promises more than the table gives.
pub const EXEMPTION_ROUNDING: Rounding = Rounding::new(
    1,
    Direction::Down,
    "免除額の1円未満切り捨て",
    "Exempted amount: fractions of a yen dropped",
    SRC_ROUNDING,
);

pub const RATE_WELFARE: Param = Param::new(
    "jmdp.exemption.rate.welfare",
    100,
    Unit::Percent,
    FROM,
    SRC_TABLE,
    "免除率 生活保護受給世帯",
    "Exemption rate: household on public assistance (生活保護)",
);

pub const RATE_RESIDENT_TAX_EXEMPT: Param = Param::new(
    "jmdp.exemption.rate.resident_tax_exempt",
    100,
    Unit::Percent,
    FROM,
    SRC_TABLE,
    "免除率 住民税非課税世帯",
    "Exemption rate: household exempt from resident tax",
);

pub const RATE_INCOME_TAX_EXEMPT: Param = Param::new(
    "jmdp.exemption.rate.income_tax_exempt",
    100,
    Unit::Percent,
    FROM,
    SRC_TABLE,
    "免除率 所得税非課税世帯",
    "Exemption rate: household exempt from income tax",
);

pub const TIER1_MAX_INCOME_TAX: Param = Param::new(
    "jmdp.exemption.tier1.max_income_tax",
    16_800,
    Unit::Yen,
    FROM,
    SRC_TABLE,
    "所得税年額 16,800円以下の世帯（一番高い方の額）",
    "Highest member's annual income tax at most 16,800 yen",
)
.bound(Bound::AtMost);

pub const TIER1_RATE: Param = Param::new(
    "jmdp.exemption.tier1.rate",
    90,
    Unit::Percent,
    FROM,
    SRC_TABLE,
    "免除率 所得税年額16,800円以下",
    "Exemption rate: income tax at most 16,800 yen",
);

pub const TIER2_MAX_INCOME_TAX: Param = Param::new(
    "jmdp.exemption.tier2.max_income_tax",
    42_000,
    Unit::Yen,
    FROM,
    SRC_TABLE,
    "所得税年額 42,000円以下の世帯（一番高い方の額）",
    "Highest member's annual income tax at most 42,000 yen",
)
.bound(Bound::AtMost);

pub const TIER2_RATE: Param = Param::new(
    "jmdp.exemption.tier2.rate",
    70,
    Unit::Percent,
    FROM,
    SRC_TABLE,
    "免除率 所得税年額42,000円以下",
    "Exemption rate: income tax at most 42,000 yen",
);

pub const TIER3_MAX_INCOME_TAX: Param = Param::new(
    "jmdp.exemption.tier3.max_income_tax",
    80_000,
    Unit::Yen,
    FROM,
    SRC_HIGHEST,
    "所得税年額 80,000円以下の世帯（一番高い方の額）",
    "Highest member's annual income tax at most 80,000 yen",
)
.bound(Bound::AtMost);

pub const TIER3_RATE: Param = Param::new(
    "jmdp.exemption.tier3.rate",
    50,
    Unit::Percent,
    FROM,
    SRC_TABLE,
    "免除率 所得税年額80,000円以下",
    "Exemption rate: income tax at most 80,000 yen",
);

/// Above the last row the household is not 免除対象 (「80,000円以下の場合、免除対象となります」).
pub const RATE_ABOVE: Param = Param::new(
    "jmdp.exemption.rate.above",
    0,
    Unit::Percent,
    FROM,
    SRC_HIGHEST,
    "免除率 所得税年額80,000円超（免除対象外）",
    "Exemption rate: income tax above 80,000 yen (not eligible)",
);

pub const OVERSEAS_CAP: Param = Param::new(
    "jmdp.exemption.overseas_cap",
    1_000_000,
    Unit::Yen,
    FROM,
    SRC_OVERSEAS,
    "海外ドナーとのコーディネート費用の免除限度額",
    "Cap on the exempted overseas coordination fees",
)
.bound(Bound::AtMost);

pub const DECISION_MONTHS: Param = Param::new(
    "jmdp.exemption.decision_months",
    1,
    Unit::Count,
    FROM,
    cite!(JMDP_GUIDE, "参考資料2-16【申請にあたって】", page: 35, quote: "審査結果は書類をご提出いただいてから1ヶ月ほど"),
    "免除の審査結果通知までの目安（か月）",
    "Usual time to the exemption decision (months)",
);

/// Every row (a new version of a figure is a new row with the same id and a later `from`).
pub static PARAMS: &[Param] = &[
    RATE_WELFARE,
    RATE_RESIDENT_TAX_EXEMPT,
    RATE_INCOME_TAX_EXEMPT,
    TIER1_MAX_INCOME_TAX,
    TIER1_RATE,
    TIER2_MAX_INCOME_TAX,
    TIER2_RATE,
    TIER3_MAX_INCOME_TAX,
    TIER3_RATE,
    RATE_ABOVE,
    OVERSEAS_CAP,
    DECISION_MONTHS,
];
