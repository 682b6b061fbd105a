//! The periods the tables are dated by and the sources of each period's figures (the over-70 and
//! under-70 tables and the shared rows in `mod.rs` all date their rows by them).

use crate::date::{ymd, Date};
use crate::sources::{cite, Cite, HEALTH_INSURANCE_ORDER, MHLW_HIGH_COST_2026};

/// The 70歳未満 brackets ア〜オ began on 2015-01-01 (平成27年1月診療分).
pub(crate) const T2015_FROM: Date = ymd(2015, 1, 1);
pub(crate) const T2015_UNTIL: Date = ymd(2026, 7, 31);
pub(crate) const T2026_FROM: Date = ymd(2026, 8, 1);
pub(crate) const T2026_UNTIL: Date = ymd(2027, 7, 31);
pub(crate) const T2027_FROM: Date = ymd(2027, 8, 1);

/// The long-standing 政令 figures in force until 2026-07.
pub(crate) const SRC_2015: &Cite =
    cite!(HEALTH_INSURANCE_ORDER, "第42条（70歳未満の区分ア〜オ、平成27年1月診療分から2026年7月診療分まで）");
/// The 2026 review (its primary source); the 政令 text itself was not confirmed. The tables are on
/// its pp.4–6; which page holds which table was not checked, so the range is in the section.
pub(crate) const SRC_2026: &Cite =
    cite!(MHLW_HIGH_COST_2026, "pp.4–6 自己負担限度額（健康保険法施行令第42条; 厚生労働省の公表資料による）");
