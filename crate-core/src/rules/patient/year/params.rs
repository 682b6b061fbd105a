//! The year plan has no figures of its own: every amount is the 高額療養費 planner's, the JMDP fee
//! table's or the 医療費控除 calculator's row. What it adds are the sources of its own steps.

use crate::params::Param;

/// 限度額適用認定証 / マイナ保険証: the window bills up to the cap (FACTS-2026 "高額療養費").
pub(crate) const SRC_WINDOW: &str =
    "厚生労働省の公表資料による（限度額適用認定証・マイナ保険証: 窓口の支払いは限度額まで。年間上限は後から払い戻し）";
/// 骨髄液等運搬費 are paid first and come back as 療養費.
pub(crate) const SRC_TRANSPORT: &str =
    "seed 003 2.(4)「移植のための運搬に要した費用は、療養費支給の対象」; 参考資料2-13 8.(3)「一旦お支払いいただいた後に…療養費として申請すると、後日返金」";
/// A sum of the plan's own amounts.
pub(crate) const SRC_PLAN: &str =
    "この計画の各月の額の合計（高額療養費: 健康保険法第115条・施行令第42条; 骨髄バンクの負担金: seed 003 参考資料2-13）";
/// What the deduction counts in a calendar year.
pub(crate) const SRC_CALENDAR: &str =
    "所得税法第73条（その年中に支払った医療費 − 保険金等で補てんされる部分）; seed 003 参考資料2-15 FAQ ⑦「実際に支払った年の確定申告の際、医療費控除の申告ができます」";
/// The yearly-cap refund set against the year's latest payments (this plan's reading).
pub(crate) const SRC_YEAR_SHARE: &str =
    "所得税法第73条（補てんされる部分は、補てんされる医療費から差し引く）; 年間上限を超えた分は、その年度の最後の支払いから返すものと読む（この計画の読み）";
/// The donor's private room, billed to the patient (参考資料2-13 9., 2.(2) 3)③).
pub(crate) const SRC_ROOM: &str =
    "seed 003 2.(2) 3)③「ドナーが個室に入院した場合の差額ベッド代は患者負担となります…採取施設から移植施設に直接請求されます」";
/// JMDP's fee table is the source document's (2022-12); no later change was found.
pub(crate) const SRC_FEE_TABLE_CURRENT: &str =
    "FACTS-2026「JMDP fees … after the source documents」: 2022年12月の料金表からの変更は確認できず（確からしさ: 低、骨髄バンクのサイトに接続できず）";

/// No rows of its own.
pub static PARAMS: &[Param] = &[];
