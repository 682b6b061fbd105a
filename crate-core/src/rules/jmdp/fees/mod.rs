//! 患者負担金（国内料金）— what a patient pays the Japan Marrow Donor Program (JMDP) for an
//! unrelated-donor coordination (seed 003, section 2(5), 参考資料2-13「患者負担金(国内料金)」
//! 2022年12月, 参考資料2-14「患者負担金参考モデル」2020年3月, 参考資料2-15 FAQ).
//!
//! | # | 負担金項目 | 金額 | 備考 |
//! |---|---|---|---|
//! | 1 | 患者HLA確認検査料 | 負担なし (44,000円を当法人が負担) | 患者登録後直ちに実施 |
//! | – | 本人確認検査 (HLA-A,B) | 負担なし (9,680円を当法人が負担) | 登録前の NGS-SBT 検査を使う場合 |
//! | – | 口腔粘膜 DNA 抽出料 | 5,500円 | 口腔粘膜による患者HLA確認検査 |
//! | 2 | 一般血液検査料 | 5,000円 | ドナー候補者1名ごと (実費9,152円、差額4,152円を当法人が負担) |
//! | 3 | ドナー確認検査手数料 | 3,000円 | ドナー候補者1名ごと |
//! | 4 | 最終同意等調整料 | 41,000円 | } 最終同意確認時に 4〜6 の合計 115,000円を一括請求、 |
//! | 5 | ドナー団体傷害保険料 | 25,000円 | } 登録中に1回限り |
//! | 6 | 採取・フォローアップ調整料 | 49,000円 | } |
//! | 7 | オプション検査料 | 44,000円 | 患者・主治医の希望により行う検査 |
//!
//! Refund (表の後の注 6): 「最終同意確認後であっても…移植に至らない場合があります。この場合は、
//! 5.ドナー団体傷害保険料と6.採取・フォローアップ調整料は返金します」 — 25,000 + 49,000 = 74,000
//! yen come back when the transplant does not happen after final consent; 4. 最終同意等調整料 is kept.
//!
//! The model table (2020年3月) reproduces exactly from these figures: transplant with 1–5 donors
//! tested = 123,000 / 131,000 / 139,000 / 147,000 / 155,000; ended before final consent = 8,000 /
//! 16,000 / 24,000 / 32,000 / 40,000 (option tests not included). The table's fees are the same in
//! 2020-03, but only the 2022-12 table gives every item (オプション検査, 口腔粘膜), so the fees are
//! dated from 2022-12-01; an earlier `as_of` is `not_in_force` rather than a guess.
//!
//! Exemption (参考資料2-16): the rate applies to 「患者負担金(国内料金)の全部」, so to every item
//! here including オプション検査; refunded items are returned, not exempted, so the rate applies to
//! the fees after the refund. Fees paid before the application or before the decision are not
//! refunded (FAQ ④) — a trace note says so. The rate itself comes from [`super::exemption`].
//!
//! Impossible combinations are refused: a transplant without final consent; a transplant or a final
//! consent with no donor candidate screened (the 1位選定 donor who gives final consent is one of
//! the candidates who had 確認検査).

mod logic;
pub mod params;
pub mod schema;
#[cfg(test)]
mod tests;

pub use logic::{compute, parse, read_fee_fields, Input, Line, Output};
pub use params::PARAMS;
pub use schema::{MAX_COUNT, SCHEMA};

crate::calculator::calculator!("jmdp_fees", schema: &SCHEMA, tables: &[PARAMS]);
