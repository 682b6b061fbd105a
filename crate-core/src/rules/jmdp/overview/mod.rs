//! The patient's whole picture of an unrelated-donor transplant through JMDP (seed 003): the JMDP
//! fees (with the household's exemption), and the other costs the seed warns about that are not
//! JMDP fees — estimate ranges only.
//!
//! * JMDP fees: [`super::fees::compute`], with the rate from [`super::exemption`] when the household
//!   is given (nothing is recomputed here).
//! * 差額ベッド代 of the donor's private room (参考資料2-13 9.「その他」 and 2.(2) 3)③): 「金額は数万円
//!   ~40万円程度…この費用は当法人を介さず、採取施設から移植施設に直接請求されます」. The lower end
//!   「数万円」 ("a few ten-thousand yen") is read as 20,000 yen, the smallest figure the words allow;
//!   it is an estimate, not a rule. The document ties it to the donor's stay for the harvest: with a
//!   transplant, the range; ended before final consent, none (no stay); final consent without a
//!   transplant, unknown — the document is silent on a cancelled harvest, so the result does not say
//!   there is no charge (0 up to the high end, and ask). A 生活保護 household's transplant hospital
//!   may ask JMDP to bear part of it (参考資料2-7, transplants from 2009-04-01).
//! * 骨髄液等運搬費 (2.(4), 参考資料2-13 8.(3)): paid first, then refunded as 療養費 by the insurer
//!   about 2–3 months after the application. 厚生労働省 (参考資料2-8, 2011-07-26) holds that the full
//!   amount should be paid; 「近年では3~7割程度の支給に留まる」. The range shown is 30–70% with the
//!   official 100% beside it; yen fractions of the percentages are dropped ([`TRANSPORT_ROUNDING`]).
//! * 医療費控除 / 高額療養費 (2.(5), 参考資料2-13 8.(1), FAQ ⑦): the JMDP fees count for 医療費控除
//!   in the year actually paid (JMDP issues a receipt), but not for 高額療養費.
//! * Payment deadline (FAQ ⑤): within 2 months of receiving the invoice (not while an exemption
//!   application is pending; pay soon after the decision).

mod logic;
pub mod params;
pub mod schema;
#[cfg(test)]
mod tests;

pub use logic::{compute, parse, Input, MedicalDeduction, Output};
pub use params::{PARAMS, TRANSPORT_ROUNDING};
pub use schema::SCHEMA;

crate::calculator::calculator!(
    "patient_overview",
    schema: &SCHEMA,
    tables: &[PARAMS, super::fees::PARAMS, super::exemption::PARAMS]
);
