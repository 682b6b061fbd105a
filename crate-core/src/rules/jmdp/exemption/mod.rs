//! 患者負担金の免除 — how much of the JMDP patient fees a household is excused (seed 003,
//! section 2(6) and 参考資料2-16「患者負担金の免除について」, 2-17「患者負担金の免除申請書」,
//! 参考資料2-15 FAQ ④).
//!
//! The seed's table (免除基準):
//!
//! | 免除の対象となる方々 | 免除率 |
//! |---|---|
//! | 生活保護受給世帯 / 住民税非課税世帯 / 所得税非課税世帯 | 100% |
//! | 所得税年額 16,800円以下の世帯 | 90% |
//! | 所得税年額 42,000円以下の世帯 | 70% |
//! | 所得税年額 80,000円以下の世帯 | 50% |
//!
//! 「[※]所得税年額は世帯の合計ではなく、世帯の中で所得税年額が一番高い方が80,000円以下の場合、
//! 免除対象となります」: the figure compared is the **highest single member's** annual income tax,
//! never the household sum; above 80,000 yen there is no exemption. 「海外ドナーとのコーディネート
//! 費用については、下記の免除基準に従って100万円を限度に免除」: overseas coordination fees follow
//! the same rates, with the exempted amount capped at 1,000,000 yen.
//!
//! Readings made here (ambiguous seed text):
//! * `taxed` with every member at 0 yen income tax: nobody in the household pays income tax, which
//!   is what 所得税非課税世帯 describes, so the 100% row applies (not the 90% row, although 0 is also
//!   "≤ 16,800"). The household proves it with the same 所得課税証明書. JMDP decides the rate.
//! * Rounding: the seed names none. Its rates are whole tens of percent and every domestic fee is a
//!   multiple of 500 yen, so no fraction arises from the seed's own figures; for other amounts the
//!   exempted amount drops its yen fraction ([`EXEMPTION_ROUNDING`]) so the estimate never promises
//!   more exemption than the table gives.
//! * Dating: the 免除について page carries no date; the seed document (第5版) is dated 2023-08-01,
//!   so the table is dated from then (the application form that follows it says 2023年5月, but that
//!   dates the form, not the table).

mod documents;
mod logic;
pub mod params;
mod row;
pub mod schema;
#[cfg(test)]
mod tests;

pub use documents::{certificates, Document};
pub use logic::{
    compute, exempt_amount, not_refunded_note, not_refunded_step, parse, rate_for, read_household, Input, Output,
};
pub use params::{EXEMPTION_ROUNDING, PARAMS};
pub use row::Row;
pub use schema::{Status, MAX_MEMBERS, SCHEMA, STATUSES};

crate::calculator::calculator!("jmdp_exemption", schema: &SCHEMA, tables: &[PARAMS]);
