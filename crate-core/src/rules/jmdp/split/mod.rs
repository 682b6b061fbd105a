//! 診療報酬の取り扱い — the 55,000-point reimbursement split of an unrelated-donor transplant
//! (seed 003, section 2(1) and 参考資料2-1〜2-4).
//!
//! 参考資料2-1 / 2-3 (別紙) 2.: of 造血幹細胞移植 (K922-1-イ, K922-2-イ) 66,450点 and 造血幹細胞採取
//! (一連につき, K921-1-イ, K921-2-イ) 21,640点, 「合計45,000点及び非血縁者間移植加算として10,000点、
//! 総計55,000点を公益財団法人日本骨髄バンクの請求に基づき同法人に支払う」. 参考資料2-4 (1)(2): JMDP
//! invoices 550,000円 (so 10円 a point) 「移植翌月の定例日」, and section 2(1) Q4 names the day:
//! 「移植月の翌月10日に…請求書をお送りします」. 参考資料2-4 (3): 「造血幹細胞移植を行った保険医療機関
//! から造血幹細胞採取を行った医療機関への診療報酬支払にあたっては、造血幹細胞提供者の組織適合性試験
//! 費用相当(4,200点)分を差し引いて支払う」.
//!
//! What is deducted from what (reading of 参考資料2-4 (3) with section 2(2) 3)①): the harvesting
//! hospital bills the transplant hospital 「ドナーの療養に係る所定点数」 — the harvest itself (K921)
//! plus the donor's other care (術前健診, 入院, 安全確保のための検査・消耗品, `donor_care_points`) — and
//! the transplant hospital puts these points on the patient's claim (「患者さんの診療報酬明細書に
//! ドナーに係る合計点数を併せて記載」). When paying the harvesting hospital it deducts 4,200 points, the
//! donor's HLA-test equivalent that JMDP's lab performed (and that JMDP collects within its 45,000).
//! So harvest payment = K921 + donor care − 4,200, never below zero: `donor_care_points` is the
//! donor's points beyond K921, never the donor's whole bill (that would count K921's 21,640 points
//! twice). Section 5(1) confirms the
//! direction for overseas patients: the harvesting hospital bills JMDP 「組織適合性試験費用を差し引いて」.
//!
//! Flows (points are conserved): insurer (via the claims office; includes the patient's co-payment
//! share of the claim) → transplant hospital: K922 + 非血縁者間移植加算 + K921 + donor care;
//! transplant hospital → JMDP: 45,000 + 加算 (55,000); transplant hospital → harvesting hospital:
//! the harvest payment; the transplant hospital keeps the rest. If the entered points would leave
//! the transplant hospital with less than nothing, the input is refused (the seed takes the 45,000
//! out of K922 and K921).
//!
//! `outcome`: only a domestic transplant has the split. A harvest cancelled after the check-up or
//! harvested and not transplanted is billed by the harvesting hospital to JMDP (section 3(2),
//! 参考資料1-2 第18条, 参考資料1-3 第16条), a harvest for a patient abroad too, less the 4,200 points
//! (section 5(1)); cancelled before the check-up, an overseas donor (5(2)) and DLI (4) are
//! explained outcomes: see `outcomes.rs`. A transplant's result also says which fee schedule the
//! table's points are (令和4年度; the 2026 K922 not confirmed) and that the receipt's points win.
//!
//! The point values are inputs defaulting from this table: the 2026-06 revision's K922/K921 were not
//! confirmed (RULES.md), so the user can type the schedule in force. The figures are dated from the
//! seed document's date (2023-08-01, 第5版); 参考資料2-1's own letter is dated only 「2023年 月 日」.

mod input;
mod logic;
mod outcomes;
mod output;
pub mod params;
pub mod schema;
#[cfg(test)]
mod tests;

pub use input::{parse, Input};
pub use logic::compute;
pub use output::{Flow, Note, Output, Party};
pub use params::PARAMS;
pub use schema::{Outcome, MAX_POINTS, MAX_YEN_PER_POINT, OUTCOMES, SCHEMA};

crate::calculator::calculator!("reimbursement_split", schema: &SCHEMA, tables: &[PARAMS]);
