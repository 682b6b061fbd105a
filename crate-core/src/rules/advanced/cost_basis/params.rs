//! The cost basis's rules: the total's default rounding unit and the その他 threshold as named
//! rows, and the roundings the forms' figures show (each division of a depreciation, each line,
//! the total's 四捨五入 per allowed unit).

use crate::date::{ymd, Date};
use crate::money::{Direction, Rounding};
use crate::params::{Bound, Param, Unit};
use crate::sources::{cite, Cite, ADVANCED_FORMS};

/// The seed's form version: seals are not needed "R3.2.1以降" (2021-02-01), the latest date it
/// names; the seed gives no version date of its own.
const SEED_FROM: Date = ymd(2021, 2, 1);
pub(crate) const SRC_TOTAL: &Cite =
    cite!(ADVANCED_FORMS, "様式第7-1号 1", quote: "先進医療にかかる費用（患者一人当たり）");
pub(crate) const SRC_DEVICE: &Cite = cite!(ADVANCED_FORMS, "様式第7-1号 2", quote: "医療機器使用料の内訳");
pub(crate) const SRC_DEVICE_PAST: &Cite = cite!(ADVANCED_FORMS, "様式第7-1号 2 記載要領", quote: "届出の時点で耐用年数を過ぎた使用機器については、償却費は発生しないものとして積算すること");
pub(crate) const SRC_STAFF: &Cite = cite!(ADVANCED_FORMS, "様式第7-1号 3", quote: "人件費の積算根拠");
pub(crate) const SRC_MATERIALS: &Cite =
    cite!(ADVANCED_FORMS, "様式第7-2号 4", quote: "医療材料、医薬品及び再生医療等製品等の内訳");
pub(crate) const SRC_OTHER: &Cite = cite!(ADVANCED_FORMS, "様式第7-2号 5", quote: "その他の内訳");

/// 年間償却費・1回の償却費: 1円未満切り捨て at each division, as the seed's 33,333円 and 333円 show.
pub const DEVICE_TRUNCATE: Rounding = Rounding::new(
    1,
    Direction::Down,
    "1円未満切り捨て（償却費の各段階）",
    "Fractions of a yen dropped (each depreciation step)",
    cite!(ADVANCED_FORMS, "様式第7-1号 2", quote: "33,333円 (償却費÷耐用年数)…333円 (年間償却費÷年間使用回数)"),
);

/// Personnel, material and その他 lines with decimal hours/quantities: the seed's lines are whole
/// yen (4,000×0.5H×1人 = 2,000); a fraction, when one arises, is dropped like the device steps.
pub const LINE_TRUNCATE: Rounding = Rounding::new(
    1,
    Direction::Down,
    "1円未満切り捨て（各行）",
    "Fractions of a yen dropped (each line)",
    cite!(ADVANCED_FORMS, "様式第7-1号 3・様式第7-2号 4"),
);

pub(crate) const TOTAL_ROUNDING_SOURCE: &Cite =
    cite!(ADVANCED_FORMS, "様式第7-1号 1", quote: "333 円 + 194,000円 + 300,000 円 + 5,600 円 = 500,000 円 (四捨五入)");

/// The total's 四捨五入, one declared rounding per allowed unit (in the order of
/// [`super::schema::TotalUnit`]).
pub const TOTAL_ROUNDINGS: [Rounding; 5] = [
    Rounding::new(1, Direction::HalfUp, "1円単位（端数なし）", "To the yen (no change)", TOTAL_ROUNDING_SOURCE),
    Rounding::new(10, Direction::HalfUp, "10円未満四捨五入", "Rounded to the nearest 10 yen", TOTAL_ROUNDING_SOURCE),
    Rounding::new(100, Direction::HalfUp, "100円未満四捨五入", "Rounded to the nearest 100 yen", TOTAL_ROUNDING_SOURCE),
    Rounding::new(
        1_000,
        Direction::HalfUp,
        "1,000円未満四捨五入",
        "Rounded to the nearest 1,000 yen",
        TOTAL_ROUNDING_SOURCE,
    ),
    Rounding::new(
        10_000,
        Direction::HalfUp,
        "1万円未満四捨五入",
        "Rounded to the nearest 10,000 yen",
        TOTAL_ROUNDING_SOURCE,
    ),
];

/// The unit the seed's 499,933 → 500,000 implies (the smallest that reproduces it), used when the
/// user does not choose one.
pub const TOTAL_ROUNDING_UNIT: Param = Param::new(
    "advanced.cost_basis.total_rounding_unit",
    1_000,
    Unit::Yen,
    SEED_FROM,
    cite!(ADVANCED_FORMS, "様式第7-1号 1", quote: "333円+194,000円+300,000円+5,600円=500,000円（四捨五入）"),
    "先進医療にかかる費用の合計の四捨五入単位",
    "Unit the per-patient total is rounded (half up) to",
);

pub const OTHER_THRESHOLD_PER_USE: Param = Param::new(
    "advanced.cost_basis.other_threshold_per_use",
    10_000,
    Unit::Yen,
    SEED_FROM,
    cite!(ADVANCED_FORMS, "様式第7-2号 4 注)", quote: "1回当たり所要額が1万円未満のものは一括して『その他』欄に記載"),
    "「その他」に計上する医療材料等の1回当たり所要額（未満）",
    "Materials costing less than this per use belong under “other” on the form",
)
.bound(Bound::LessThan);

/// Every row.
pub static PARAMS: &[Param] = &[TOTAL_ROUNDING_UNIT, OTHER_THRESHOLD_PER_USE];
