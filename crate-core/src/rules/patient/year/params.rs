//! The year plan's amounts are the 高額療養費 planner's, the JMDP fee table's, the 医療費控除
//! calculator's, 傷病手当金's and the public subsidies' rows. What it adds are the sources of its
//! own steps and, for when money moves, how long the insurers and the tax office take.

use crate::date::{ymd, Date};
use crate::params::{Confidence, Param, Unit};
use crate::sources::{
    cite, Cite, ENTERED, HEALTH_INSURANCE_ACT, HIGH_COST_TIMING, INCOME_TAX_ACT, JMDP_GUIDE, MHLW_HIGH_COST_2026,
    NTA_REFUND_QA, RESIDENT_TAX_TIMING, ROOM_NOTICE, SICK_PAY_TIMING,
};

/// 限度額適用認定証 / マイナ保険証: the window bills up to the cap.
pub(crate) const SRC_WINDOW: &Cite = cite!(
    MHLW_HIGH_COST_2026,
    "限度額適用認定証・マイナ保険証（窓口の支払いは月の限度額まで。年間上限を超えた分は後から払い戻し）"
);
/// 骨髄液等運搬費 are paid first and come back as 療養費.
pub(crate) const SRC_TRANSPORT: &Cite = cite!(
    JMDP_GUIDE,
    "2.(4)・参考資料2-13 8.(3)（p.32）",
    page: 23,
    quote: "移植のための運搬に要した費用は、療養費支給の対象"
);
/// A sum of the plan's own amounts (高額療養費 after the caps, JMDP's fees after the exemption).
pub(crate) const SRC_PLAN: &Cite =
    cite!(HEALTH_INSURANCE_ACT, "第115条（高額療養費）; 健康保険法施行令第42条 — この計画の各月の額の合計");
/// What the deduction counts in a calendar year.
pub(crate) const SRC_CALENDAR: &Cite =
    cite!(INCOME_TAX_ACT, "第73条（医療費控除: その年中に支払った医療費から保険金等で補てんされる部分を除く）");
/// The yearly-cap refund set against the year's latest payments (this plan's reading).
pub(crate) const SRC_YEAR_SHARE: &Cite = cite!(
    INCOME_TAX_ACT,
    "第73条（補てんされる部分）— 年間上限の払い戻しは、その年度の最後の支払いから返すものと読む（この計画の読み方）"
);
/// The donor's private room, billed to the patient.
pub(crate) const SRC_ROOM: &Cite = crate::rules::jmdp::overview::params::SRC_ROOM;
/// JMDP's payment deadline and FAQ ⑦.
pub(crate) const SRC_DEADLINE: &Cite =
    cite!(JMDP_GUIDE, "参考資料2-15 FAQ ⑤・⑦", page: 34, quote: "請求書到着後、2ヶ月以内でのお支払い");
/// JMDP's fee table is the document's (2022-12); no later change was found (confidence low).
pub(crate) const SRC_FEE_TABLE_CURRENT: &Cite = cite!(
    JMDP_GUIDE,
    "参考資料2-13（2022年12月の料金表）— 2026年12月時点で変更は確認できず（確からしさ: 低）",
    page: 31
);

/// 付加給付: a 健康保険組合 pays it by its own 規約 (the amounts are the family's entries from the
/// fund's notice, not a table of ours); 協会けんぽ and 国保 have none.
pub(crate) const SRC_FUND: &Cite = cite!(
    HEALTH_INSURANCE_ACT,
    "第53条（健康保険組合は規約で定めるところにより付加給付を行うことができる）— 基準額・端数処理は組合の規約（入力値）"
);
/// The fund top-up after a yearly-cap refund (this plan's reading).
pub(crate) const SRC_FUND_YEAR: &Cite = cite!(
    HEALTH_INSURANCE_ACT,
    "第53条・第115条 — 付加給付は年間上限の払い戻し（高額療養費）の後の自己負担で計算し直し、差は払い戻しと精算すると読む（この計画の読み方）"
);

/// 傷病手当金 per month: a day's amount × the days paid.
pub(crate) const SRC_SICK_PAY: &Cite =
    cite!(HEALTH_INSURANCE_ACT, "第99条（傷病手当金: 労務に服することができない日1日につき）");

/// The subsidies come after 高額療養費, the 受給者証 first (the receipt's 公費 column), the fund
/// only on what they leave (東京都職員共済組合's answer; a 健康保険組合 says the same).
pub(crate) const SRC_AID_ORDER: &Cite = cite!(
    crate::sources::CHILD_CHRONIC_CAPS,
    "自己負担上限額（高額療養費の後の自己負担を上限額までにする）— 付加給付は助成額を除いて計算（東京都職員共済組合 FAQ、確からしさ: 中〜高）"
);
/// The municipality's help: what it leaves is the family's entry.
pub(crate) const SRC_MUNICIPAL: &Cite =
    cite!(ENTERED, "municipal_cap_yen（子ども医療費助成など、市区町村ごとに異なる）");
/// The patient's own room: the day's charge × the days, charged only with signed consent, and
/// never when the room is needed for treatment or to run the ward.
pub(crate) const SRC_OWN_ROOM: &Cite = cite!(
    ROOM_NOTICE,
    "第3の12(8)（特別療養環境室料を求めてはならない場合: 同意書による同意の確認がない、治療上の必要、病棟管理の必要）"
);
/// A room chosen for comfort is not a medical expense.
pub(crate) const SRC_OWN_ROOM_TAX: &Cite = cite!(
    INCOME_TAX_ACT,
    "第73条・所得税基本通達73-3（国税庁タックスアンサーNo.1126）",
    quote: "自己の都合によりその個室を使用するなどの場合に支払う差額ベッド料については、医療費控除の対象となりません"
);

/// The day the timing pages without a date of their own were read.
const READ_ON: Date = ymd(2026, 12, 1);

const SRC_HIGH_COST_TIMING: &Cite =
    cite!(HIGH_COST_TIMING, "高額療養費の支給時期", quote: "診療月から少なくとも3ヵ月程度を要します");
const SRC_SICK_PAY_TIMING: &Cite = cite!(
    SICK_PAY_TIMING,
    "支給日（休んだ月の分を翌月に申請すると、その翌月25日）",
    quote: "申請日を含む月の翌月25日"
);
const SRC_REFUND_TIMING: &Cite = cite!(
    NTA_REFUND_QA,
    "Q39（3月15日までの申告から1か月半: 4月末ごろ）",
    quote: "還付金の支払手続にはおおむね1か月から1か月半程度の期間を要する"
);
const SRC_RESIDENT_TIMING: &Cite = cite!(RESIDENT_TAX_TIMING, "納期（普通徴収 第1期6月、特別徴収 6月から翌年5月）");

/// When money moves (the cash view): how long the insurers and the tax office take. Looked up on
/// the plan's date (`as_of`): they are practice, not law, and were read on the pages' dates.
pub static PARAMS: &[Param] = &[
    Param::new(
        "patient_year.cash.high_cost_months",
        3,
        Unit::Months,
        ymd(2019, 2, 27),
        SRC_HIGH_COST_TIMING,
        "高額療養費があとで戻るまで（診療月から、少なくとも）",
        "High-cost benefit paid back (months after the month of care, at least)",
    )
    .confidence(Confidence::High),
    Param::new(
        "patient_year.cash.sick_pay_months",
        2,
        Unit::Months,
        READ_ON,
        SRC_SICK_PAY_TIMING,
        "傷病手当金が振り込まれるまで（休んだ月から: 翌月に申請、その翌月25日）",
        "Sickness allowance paid (months after the month off: claimed the next month, paid the 25th of the month after)",
    )
    .confidence(Confidence::MediumHigh),
    Param::new(
        "patient_year.cash.income_tax_refund_by",
        430,
        Unit::MonthDay,
        READ_ON,
        SRC_REFUND_TIMING,
        "所得税の還付金が届く目安（翌年、3月15日までに申告して）",
        "Income tax refund arrives by about (the next year, filed by 15 March)",
    )
    .confidence(Confidence::High),
    Param::new(
        "patient_year.cash.resident_tax_from",
        601,
        Unit::MonthDay,
        READ_ON,
        SRC_RESIDENT_TIMING,
        "住民税が減った額で納め始める日（翌年）",
        "Residence tax, reduced, is paid from (the next year)",
    )
    .confidence(Confidence::High),
];
