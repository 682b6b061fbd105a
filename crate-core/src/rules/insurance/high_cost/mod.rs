//! 高額療養費 — a plan of months: what the patient pays each month after the monthly cap, the
//! 〈多数回〉 cap from the 4th benefit month in 12, the 70歳以上 外来 cap, 世帯合算, meals and 先進医療
//! on top, and the yearly caps (外来 for 70歳以上 一般・低所得II; the 年間上限 from 2026-08) settled
//! by refund after each 8月〜7月 year.
//!
//! The figures are not in the source documents; they are FACTS-2026's (健康保険法施行令第42条 and
//! 厚生労働省「高額療養費制度の見直しについて（令和８年８月診療分から）」), each row with its source
//! and confidence (see [`params`]). The source documents point here twice: seed 001 様式第6号 注4
//! (the co-payment shown for 先進医療 includes what 高額療養費 refunds) and seed 003 参考資料2-15 FAQ
//! ⑦ (JMDP's fees are not part of 高額療養費 but count for 医療費控除).
//!
//! Each month uses the table in force on its first day, so a plan may span 2026-07 → 2026-08 and
//! 2027-07 → 2027-08; `as_of` does not pick the tables. The monthly cap is base + max(0, 総医療費 −
//! threshold) × 1%, the 1% term rounded to the yen by the 政令's rule; the co-payment is rounded to
//! 10 yen (健康保険法第75条). A bracket is given, or found each month from the 標準報酬月額.
//!
//! Readings where the facts are silent (also in the trace where they matter): a month counts toward
//! 〈多数回〉 when a benefit was paid on the household's cap (not when the co-payment only equals
//! the cap; an individual 外来 benefit alone never counts), within the 11 months before it;
//! 現役並み uses the whole under-70 bracket's monthly rows (from 2027-08 the band found from the
//! remuneration, so a 現役並み key alone is refused then) but no 年間上限 (FACTS gives only its
//! formulas); 70歳以上 一般 from 2027-08 has only its 外来 caps on file (a month with a stay is
//! refused as not on file); "低所得" / "一定所得以下" from 2027-08 are 低所得II / 低所得I; the 外来
//! yearly refund is taken first, the 年間上限 then applies to what remains; 世帯合算 is in
//! `household.rs` (the month's own row is the patient's main 医療機関; `other_copays` rows add the
//! patient's other 医療機関 and the family's, each with its 10割 医療費); a change of insurer
//! (`insurer_changed`) starts the 〈多数回〉 count again, while the yearly caps keep counting the
//! 8月〜7月 year across it (the 外来年間合算's rule; not confirmed for the 2026 年間上限, said in a
//! reading); meals from 2026-06 are 550 yen for 一般, and the low-income brackets' charge is the
//! amount on the bill (not found).

mod bands;
mod cap;
mod household;
mod input;
mod logic;
mod month;
mod notes;
mod output;
pub mod params;
mod resolve;
pub mod schema;
#[cfg(test)]
mod tests;
mod years;

pub use bands::{band_rows, bands_in_force, BandRows};
pub use cap::{band_cap, Missing};
pub(crate) use input::read_plan;
pub use input::{parse, ym, Input, MonthRow, OtherCopay, Who};
pub use logic::compute;
pub use output::{CopayResult, HouseholdResult, MonthResult, Output, YearResult};
pub use params::{HIGH_COST_ONE_PERCENT_ROUNDING, PARAMS};
pub use resolve::labels as band_labels;
pub use schema::{AgeGroup, Band, Member, Setting, SCHEMA, UNDER70_BANDS, UNDER70_COUNT};

crate::calculator::calculator!("high_cost", schema: &SCHEMA, tables: &[PARAMS]);
