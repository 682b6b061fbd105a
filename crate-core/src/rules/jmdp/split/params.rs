//! The split's figures, one named row each (参考資料2-1〜2-4 and section 2(1) Q4): the logic reads a
//! row by its name, so every use of a figure is found by searching for it.

use crate::date::{ymd, Date};
use crate::params::{Param, Unit};
use crate::sources::{cite, Cite, JMDP_GUIDE};

/// The seed document's date (第5版 2023年8月1日発行).
const FROM: Date = ymd(2023, 8, 1);
const SRC_POINTS: &Cite = cite!(JMDP_GUIDE, "参考資料2-3 (別紙) 2.・参考資料2-1（p.14）", page: 17, quote: "K922-1-イ、K922-2-イ 66,450点…K921-1-イ、K921-2-イ 21,640点");
pub(crate) const SRC_SHARE: &Cite = cite!(JMDP_GUIDE, "参考資料2-3 (別紙) 2.", page: 17, quote: "合計45,000点及び非血縁者間移植加算として10,000点、総計55,000点");
pub(crate) const SRC_YEN: &Cite = cite!(JMDP_GUIDE, "参考資料2-4 (1)(2)", page: 18, quote: "550,000円を請求する");
pub(crate) const SRC_DEDUCTION: &Cite = cite!(JMDP_GUIDE, "参考資料2-4 (3)", page: 18, quote: "造血幹細胞提供者の組織適合性試験費用相当(4,200点)分を差し引いて支払う");
pub(crate) const SRC_CLAIM: &Cite = cite!(JMDP_GUIDE, "2.(2) 3)①", page: 20, quote: "患者さんの診療報酬明細書にドナーに係る合計点数を併せて記載し、審査基金等に請求");
const SRC_INVOICE: &Cite =
    cite!(JMDP_GUIDE, "2.(1) Q4", page: 13, quote: "移植月の翌月10日に当法人より施設長さま宛に請求書をお送りします");

pub const TRANSPLANT_POINTS: Param = Param::new(
    "jmdp.split.transplant_points",
    66_450,
    Unit::Points,
    FROM,
    SRC_POINTS,
    "造血幹細胞移植（同種）K922-1-イ・K922-2-イ",
    "Allogeneic stem-cell transplant (K922)",
);

pub const HARVEST_POINTS: Param = Param::new(
    "jmdp.split.harvest_points",
    21_640,
    Unit::Points,
    FROM,
    SRC_POINTS,
    "造血幹細胞採取（同種、一連につき）K921-1-イ・K921-2-イ",
    "Allogeneic stem-cell harvest, per series (K921)",
);

pub const JMDP_BASE_POINTS: Param = Param::new(
    "jmdp.split.jmdp_base_points",
    45_000,
    Unit::Points,
    FROM,
    SRC_SHARE,
    "骨髄バンクへ還元する点数（K922・K921のうち合計）",
    "Points paid to JMDP out of K922 and K921",
);

pub const UNRELATED_ADDITION_POINTS: Param = Param::new(
    "jmdp.split.unrelated_addition_points",
    10_000,
    Unit::Points,
    FROM,
    SRC_SHARE,
    "非血縁者間移植加算",
    "Unrelated-donor transplant addition",
);

pub const DONOR_HLA_DEDUCTION_POINTS: Param = Param::new(
    "jmdp.split.donor_hla_deduction_points",
    4_200,
    Unit::Points,
    FROM,
    SRC_DEDUCTION,
    "造血幹細胞提供者の組織適合性試験費用相当（採取施設への支払から差し引く）",
    "Donor HLA-test equivalent deducted from the harvesting hospital's payment",
);

pub const YEN_PER_POINT: Param =
    Param::new("jmdp.split.yen_per_point", 10, Unit::YenPerPoint, FROM, SRC_YEN, "1点あたりの単価", "Yen per point");

pub const INVOICE_MONTHS_AFTER: Param = Param::new(
    "jmdp.split.invoice_months_after",
    1,
    Unit::Count,
    FROM,
    SRC_INVOICE,
    "骨髄バンクの請求書: 移植月の何か月後",
    "JMDP's invoice: months after the transplant month",
);

pub const INVOICE_DAY: Param = Param::new(
    "jmdp.split.invoice_day",
    10,
    Unit::Count,
    FROM,
    SRC_INVOICE,
    "骨髄バンクの請求書: 送付日（日）",
    "JMDP's invoice: day of the month it is sent",
);

/// Every row (a new version of a figure is a new row with the same id and a later `from`).
pub static PARAMS: &[Param] = &[
    TRANSPLANT_POINTS,
    HARVEST_POINTS,
    JMDP_BASE_POINTS,
    UNRELATED_ADDITION_POINTS,
    DONOR_HLA_DEDUCTION_POINTS,
    YEN_PER_POINT,
    INVOICE_MONTHS_AFTER,
    INVOICE_DAY,
];
