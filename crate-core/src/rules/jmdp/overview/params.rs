//! The overview's own figures, one named row each: the donor's private-room range, the transport
//! reimbursement percentages and waits, and the payment deadline (the fees and the exemption keep
//! theirs in their own tables).

use crate::date::{ymd, Date};
use crate::money::{Direction, Rounding};
use crate::params::{Param, Unit};
use crate::sources::{cite, Cite, JMDP_GUIDE};

/// 参考資料2-13 (its 9.「その他」 states the private-room range) is dated 2022年12月.
const FEE_TABLE_FROM: Date = ymd(2022, 12, 1);
/// The seed document's date (第5版, 2023-08-01), for text the seed does not date itself.
const DOC_FROM: Date = ymd(2023, 8, 1);
pub(crate) const SRC_ROOM: &Cite =
    cite!(JMDP_GUIDE, "参考資料2-13 9.・2.(2) 3)③（p.20）", page: 32, quote: "金額は数万円~40万円程度");
const SRC_ROOM_WELFARE: &Cite = cite!(JMDP_GUIDE, "参考資料2-7", page: 22, quote: "平成21年4月1日以降に移植を実施した生活保護受給世帯の患者より対象とします");
pub(crate) const SRC_DONOR_ALLOWANCE: &Cite = cite!(JMDP_GUIDE, "参考資料2-6 【消耗品】1.・3.(1) 2)（p.37）", page: 21, quote: "骨髄提供者が個人的に使用する消耗品(プリペイドカード、洗面用品、電話代、病衣レンタル代)については、移植施設には請求せず、骨髄提供者ご本人にご請求ください。なお、骨髄提供者につきましては、提供時入院支度金として金五千円が財団より支給されています");
const SRC_TRANSPORT: &Cite =
    cite!(JMDP_GUIDE, "2.(4) ※療養費の支給割合について", page: 23, quote: "近年では3~7割程度の支給に留まる");
const SRC_TRANSPORT_OFFICIAL: &Cite = cite!(JMDP_GUIDE, "2.(4) ※療養費の支給割合について・参考資料2-8（p.24）", page: 23, quote: "移送費の算定基準により算定された額を全額支給することが妥当");
const SRC_TRANSPORT_WAIT: &Cite =
    cite!(JMDP_GUIDE, "2.(4) 2)", page: 23, quote: "通常、申請から2~3カ月程度後に…振り込まれます");
pub(crate) const SRC_DEDUCTION: &Cite = cite!(JMDP_GUIDE, "2.(5)・参考資料2-13 8.(1)（p.32）・参考資料2-15 FAQ ⑦（p.34）", page: 30, quote: "医療費控除の対象");
const SRC_DEADLINE: &Cite =
    cite!(JMDP_GUIDE, "参考資料2-15 FAQ ⑤", page: 34, quote: "請求書到着後、2ヶ月以内でのお支払い");
pub(crate) const SRC_TRANSPORT_DATE: &Cite =
    cite!(JMDP_GUIDE, "参考資料2-11", page: 27, quote: "原則、骨髄等採取と移植は同日に実施、つまり運搬日=移植日");

/// The transport reimbursement range is an estimate: yen fractions of 30% / 70% are dropped.
pub const TRANSPORT_ROUNDING: Rounding = Rounding::new(
    1,
    Direction::Down,
    "療養費の見込み額の1円未満切り捨て",
    "Estimated reimbursement: fractions of a yen dropped",
    cite!(JMDP_GUIDE, "2.(4) ※療養費の支給割合について", page: 23, quote: "近年では3~7割程度の支給に留まる"),
);

pub const PRIVATE_ROOM_MIN: Param = Param::new(
    "jmdp.overview.private_room_min",
    20_000,
    Unit::Yen,
    FEE_TABLE_FROM,
    cite!(JMDP_GUIDE, "参考資料2-13 9.", page: 32, quote: "数万円~40万円程度"),
    "ドナーの差額ベッド代の目安（下限、「数万円」）",
    "Donor's private-room charge, low estimate (「数万円」)",
);

pub const PRIVATE_ROOM_MAX: Param = Param::new(
    "jmdp.overview.private_room_max",
    400_000,
    Unit::Yen,
    FEE_TABLE_FROM,
    SRC_ROOM,
    "ドナーの差額ベッド代の目安（上限、40万円程度）",
    "Donor's private-room charge, high estimate (about 400,000 yen)",
);

pub const WELFARE_PRIVATE_ROOM_SHARE: Param = Param::new(
    "jmdp.overview.welfare_private_room_share",
    1,
    Unit::Count,
    ymd(2009, 4, 1),
    SRC_ROOM_WELFARE,
    "生活保護受給世帯の差額ベッド代: 移植施設は骨髄バンクに負担を申し入れできる（1=可）",
    "Public-assistance household: the transplant hospital may ask JMDP to share the private-room charge (1 = yes)",
);

/// 参考資料2-6 (通知 平成15年12月1日): JMDP (then 骨髄移植推進財団) pays the donor 5,000 yen for the stay;
/// the donor's personal items are billed to the donor, not to the transplant hospital.
pub const DONOR_ALLOWANCE: Param = Param::new(
    "jmdp.overview.donor_allowance",
    5_000,
    Unit::Yen,
    ymd(2003, 12, 1),
    SRC_DONOR_ALLOWANCE,
    "ドナーの提供時入院支度金（骨髄バンクがドナーに支給）",
    "Donor's hospital-stay allowance (paid by JMDP to the donor)",
);

pub const TRANSPORT_REIMBURSED_MIN_PERCENT: Param = Param::new(
    "jmdp.overview.transport_reimbursed_min_percent",
    30,
    Unit::Percent,
    DOC_FROM,
    SRC_TRANSPORT,
    "骨髄液等運搬費の療養費支給割合（近年の実態、下限3割）",
    "Transport cost reimbursed in practice, low (30%)",
);

pub const TRANSPORT_REIMBURSED_MAX_PERCENT: Param = Param::new(
    "jmdp.overview.transport_reimbursed_max_percent",
    70,
    Unit::Percent,
    DOC_FROM,
    SRC_TRANSPORT,
    "骨髄液等運搬費の療養費支給割合（近年の実態、上限7割）",
    "Transport cost reimbursed in practice, high (70%)",
);

pub const TRANSPORT_OFFICIAL_PERCENT: Param = Param::new(
    "jmdp.overview.transport_official_percent",
    100,
    Unit::Percent,
    ymd(2011, 7, 26),
    SRC_TRANSPORT_OFFICIAL,
    "骨髄液等運搬費の療養費支給割合（厚生労働省の見解: 全額）",
    "Transport cost reimbursement, official view (full amount)",
);

pub const TRANSPORT_PAYOUT_MONTHS_MIN: Param = Param::new(
    "jmdp.overview.transport_payout_months_min",
    2,
    Unit::Count,
    DOC_FROM,
    SRC_TRANSPORT_WAIT,
    "療養費の振込まで（申請から、か月、下限）",
    "Months from the application to the reimbursement (low)",
);

pub const TRANSPORT_PAYOUT_MONTHS_MAX: Param = Param::new(
    "jmdp.overview.transport_payout_months_max",
    3,
    Unit::Count,
    DOC_FROM,
    SRC_TRANSPORT_WAIT,
    "療養費の振込まで（申請から、か月、上限）",
    "Months from the application to the reimbursement (high)",
);

pub const PAYMENT_DEADLINE_MONTHS: Param = Param::new(
    "jmdp.overview.payment_deadline_months",
    2,
    Unit::Count,
    DOC_FROM,
    SRC_DEADLINE,
    "患者負担金の支払期限（請求書到着後、か月）",
    "Payment deadline for JMDP fees (months after the invoice arrives)",
);

/// Every row (a new version of a figure is a new row with the same id and a later `from`).
pub static PARAMS: &[Param] = &[
    PRIVATE_ROOM_MIN,
    PRIVATE_ROOM_MAX,
    WELFARE_PRIVATE_ROOM_SHARE,
    DONOR_ALLOWANCE,
    TRANSPORT_REIMBURSED_MIN_PERCENT,
    TRANSPORT_REIMBURSED_MAX_PERCENT,
    TRANSPORT_OFFICIAL_PERCENT,
    TRANSPORT_PAYOUT_MONTHS_MIN,
    TRANSPORT_PAYOUT_MONTHS_MAX,
    PAYMENT_DEADLINE_MONTHS,
];
