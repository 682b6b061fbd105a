//! 70歳未満: the brackets ア〜オ until 2026-07 (the long-standing 政令 figures), the same brackets
//! with a 年間上限 for 2026-08〜2027-07, and the 13 bands by 標準報酬月額 from 2027-08 (FACTS-2026
//! "高額療養費"). Each bracket: `BASE` (the flat cap, or the base of base + 1% of the cost above
//! `THRESHOLD`), `MANY_TIMES` (〈多数回〉), `YEAR` (年間上限, from 2026-08) and `PAY_FROM` (the lowest
//! 標準報酬月額 in the bracket, used when the bracket is found from the remuneration).

use super::periods::{SRC_2015, SRC_2026, T2015_FROM, T2015_UNTIL, T2026_FROM, T2026_UNTIL, T2027_FROM};
use crate::params::{Bound, Confidence, Param, Unit};

/// A row of the table until 2026-07 (confidence high: the long-standing 政令).
const fn t2015(id: &'static str, value: i64, ja: &'static str, en: &'static str) -> Param {
    Param::new(id, value, Unit::Yen, T2015_FROM, SRC_2015, ja, en).until(T2015_UNTIL).confidence(Confidence::High)
}

/// A row of the table for 2026-08〜2027-07 (confidence high).
const fn t2026(id: &'static str, value: i64, ja: &'static str, en: &'static str) -> Param {
    Param::new(id, value, Unit::Yen, T2026_FROM, SRC_2026, ja, en).until(T2026_UNTIL).confidence(Confidence::High)
}

/// A row of the table from 2027-08 (confidence medium-high).
const fn t2027(id: &'static str, value: i64, ja: &'static str, en: &'static str) -> Param {
    Param::new(id, value, Unit::Yen, T2027_FROM, SRC_2026, ja, en).confidence(Confidence::MediumHigh)
}

/// The 1% rate row of a table.
const fn percent(p: Param) -> Param {
    Param { unit: Unit::Percent, ..p }
}

/// A lower limit of 標準報酬月額 (以上).
const fn at_least(p: Param) -> Param {
    p.bound(Bound::AtLeast)
}

const RATE_JA: &str = "高額療養費 医療費の超過分に乗じる率（百分の一）";
const RATE_EN: &str = "High-cost cap: rate on the excess medical cost (1/100)";

// ───────────── until 2026-07 (FACTS: ア 252,600 + (x − 842,000)×1% 〈140,100〉 …) ─────────────

pub const RATE: Param = percent(t2015("advanced.high_cost.under70.rate_percent", 1, RATE_JA, RATE_EN));
pub const A_BASE: Param =
    t2015("advanced.high_cost.under70.a.base", 252_600, "高額療養費 区分ア 基本額", "High-cost cap, bracket A: base");
pub const A_THRESHOLD: Param = t2015(
    "advanced.high_cost.under70.a.threshold",
    842_000,
    "高額療養費 区分ア 控除する医療費",
    "High-cost cap, bracket A: medical cost deducted",
);
pub const A_MANY_TIMES: Param = t2015(
    "advanced.high_cost.under70.a.many_times",
    140_100,
    "高額療養費 区分ア 多数回該当",
    "High-cost cap, bracket A: 4th month onward",
);
pub const A_PAY_FROM: Param = at_least(t2015(
    "advanced.high_cost.under70.a.pay_from",
    830_000,
    "高額療養費 区分ア 標準報酬月額（83万円以上）",
    "High-cost bracket A: standard monthly pay of at least this",
));
pub const I_BASE: Param =
    t2015("advanced.high_cost.under70.i.base", 167_400, "高額療養費 区分イ 基本額", "High-cost cap, bracket I: base");
pub const I_THRESHOLD: Param = t2015(
    "advanced.high_cost.under70.i.threshold",
    558_000,
    "高額療養費 区分イ 控除する医療費",
    "High-cost cap, bracket I: medical cost deducted",
);
pub const I_MANY_TIMES: Param = t2015(
    "advanced.high_cost.under70.i.many_times",
    93_000,
    "高額療養費 区分イ 多数回該当",
    "High-cost cap, bracket I: 4th month onward",
);
pub const I_PAY_FROM: Param = at_least(t2015(
    "advanced.high_cost.under70.i.pay_from",
    530_000,
    "高額療養費 区分イ 標準報酬月額（53万円以上）",
    "High-cost bracket I: standard monthly pay of at least this",
));
pub const U_BASE: Param =
    t2015("advanced.high_cost.under70.u.base", 80_100, "高額療養費 区分ウ 基本額", "High-cost cap, bracket U: base");
pub const U_THRESHOLD: Param = t2015(
    "advanced.high_cost.under70.u.threshold",
    267_000,
    "高額療養費 区分ウ 控除する医療費",
    "High-cost cap, bracket U: medical cost deducted",
);
pub const U_MANY_TIMES: Param = t2015(
    "advanced.high_cost.under70.u.many_times",
    44_400,
    "高額療養費 区分ウ 多数回該当",
    "High-cost cap, bracket U: 4th month onward",
);
pub const U_PAY_FROM: Param = at_least(t2015(
    "advanced.high_cost.under70.u.pay_from",
    280_000,
    "高額療養費 区分ウ 標準報酬月額（28万円以上）",
    "High-cost bracket U: standard monthly pay of at least this",
));
pub const E_BASE: Param =
    t2015("advanced.high_cost.under70.e.base", 57_600, "高額療養費 区分エ 定額", "High-cost cap, bracket E: flat");
pub const E_MANY_TIMES: Param = t2015(
    "advanced.high_cost.under70.e.many_times",
    44_400,
    "高額療養費 区分エ 多数回該当",
    "High-cost cap, bracket E: 4th month onward",
);
pub const O_BASE: Param = t2015(
    "advanced.high_cost.under70.o.base",
    35_400,
    "高額療養費 区分オ 定額（住民税非課税）",
    "High-cost cap, bracket O (tax-exempt): flat",
);
pub const O_MANY_TIMES: Param = t2015(
    "advanced.high_cost.under70.o.many_times",
    24_600,
    "高額療養費 区分オ 多数回該当",
    "High-cost cap, bracket O: 4th month onward",
);

// ───────────── 2026-08〜2027-07 (FACTS: the same five brackets, with 年間上限) ─────────────

pub const RATE_2026: Param = percent(t2026("advanced.high_cost.under70.rate_percent", 1, RATE_JA, RATE_EN));
pub const A_BASE_2026: Param =
    t2026("advanced.high_cost.under70.a.base", 270_300, "高額療養費 区分ア 基本額", "High-cost cap, bracket A: base");
pub const A_THRESHOLD_2026: Param = t2026(
    "advanced.high_cost.under70.a.threshold",
    901_000,
    "高額療養費 区分ア 控除する医療費",
    "High-cost cap, bracket A: medical cost deducted",
);
pub const A_MANY_TIMES_2026: Param = t2026(
    "advanced.high_cost.under70.a.many_times",
    140_100,
    "高額療養費 区分ア 多数回該当",
    "High-cost cap, bracket A: 4th month onward",
);
pub const A_YEAR_2026: Param = t2026(
    "advanced.high_cost.under70.a.year_cap",
    1_680_000,
    "高額療養費 区分ア 年間上限（8月〜翌年7月）",
    "High-cost cap, bracket A: yearly cap (August to July)",
);
pub const A_PAY_FROM_2026: Param = at_least(t2026(
    "advanced.high_cost.under70.a.pay_from",
    830_000,
    "高額療養費 区分ア 標準報酬月額（83万円以上）",
    "High-cost bracket A: standard monthly pay of at least this",
));
pub const I_BASE_2026: Param =
    t2026("advanced.high_cost.under70.i.base", 179_100, "高額療養費 区分イ 基本額", "High-cost cap, bracket I: base");
pub const I_THRESHOLD_2026: Param = t2026(
    "advanced.high_cost.under70.i.threshold",
    597_000,
    "高額療養費 区分イ 控除する医療費",
    "High-cost cap, bracket I: medical cost deducted",
);
pub const I_MANY_TIMES_2026: Param = t2026(
    "advanced.high_cost.under70.i.many_times",
    93_000,
    "高額療養費 区分イ 多数回該当",
    "High-cost cap, bracket I: 4th month onward",
);
pub const I_YEAR_2026: Param = t2026(
    "advanced.high_cost.under70.i.year_cap",
    1_110_000,
    "高額療養費 区分イ 年間上限（8月〜翌年7月）",
    "High-cost cap, bracket I: yearly cap (August to July)",
);
pub const I_PAY_FROM_2026: Param = at_least(t2026(
    "advanced.high_cost.under70.i.pay_from",
    530_000,
    "高額療養費 区分イ 標準報酬月額（53万円以上）",
    "High-cost bracket I: standard monthly pay of at least this",
));
pub const U_BASE_2026: Param =
    t2026("advanced.high_cost.under70.u.base", 85_800, "高額療養費 区分ウ 基本額", "High-cost cap, bracket U: base");
pub const U_THRESHOLD_2026: Param = t2026(
    "advanced.high_cost.under70.u.threshold",
    286_000,
    "高額療養費 区分ウ 控除する医療費",
    "High-cost cap, bracket U: medical cost deducted",
);
pub const U_MANY_TIMES_2026: Param = t2026(
    "advanced.high_cost.under70.u.many_times",
    44_400,
    "高額療養費 区分ウ 多数回該当",
    "High-cost cap, bracket U: 4th month onward",
);
pub const U_YEAR_2026: Param = t2026(
    "advanced.high_cost.under70.u.year_cap",
    530_000,
    "高額療養費 区分ウ 年間上限（8月〜翌年7月）",
    "High-cost cap, bracket U: yearly cap (August to July)",
);
pub const U_PAY_FROM_2026: Param = at_least(t2026(
    "advanced.high_cost.under70.u.pay_from",
    280_000,
    "高額療養費 区分ウ 標準報酬月額（28万円以上）",
    "High-cost bracket U: standard monthly pay of at least this",
));
pub const E_BASE_2026: Param =
    t2026("advanced.high_cost.under70.e.base", 61_500, "高額療養費 区分エ 定額", "High-cost cap, bracket E: flat");
pub const E_MANY_TIMES_2026: Param = t2026(
    "advanced.high_cost.under70.e.many_times",
    44_400,
    "高額療養費 区分エ 多数回該当",
    "High-cost cap, bracket E: 4th month onward",
);
pub const E_YEAR_2026: Param = t2026(
    "advanced.high_cost.under70.e.year_cap",
    530_000,
    "高額療養費 区分エ 年間上限（8月〜翌年7月）",
    "High-cost cap, bracket E: yearly cap (August to July)",
);
pub const E_YEAR_LOW_2026: Param = t2026(
    "advanced.high_cost.under70.e.year_cap_low_income",
    410_000,
    "高額療養費 区分エ 年間上限（年収約200万円以下）",
    "High-cost cap, bracket E: yearly cap (income about ¥2m or less)",
);
pub const O_BASE_2026: Param = t2026(
    "advanced.high_cost.under70.o.base",
    36_900,
    "高額療養費 区分オ 定額（住民税非課税）",
    "High-cost cap, bracket O (tax-exempt): flat",
);
pub const O_MANY_TIMES_2026: Param = t2026(
    "advanced.high_cost.under70.o.many_times",
    24_600,
    "高額療養費 区分オ 多数回該当",
    "High-cost cap, bracket O: 4th month onward",
);
pub const O_YEAR_2026: Param = t2026(
    "advanced.high_cost.under70.o.year_cap",
    290_000,
    "高額療養費 区分オ 年間上限（8月〜翌年7月）",
    "High-cost cap, bracket O: yearly cap (August to July)",
);

// ───────────── from 2027-08 (FACTS: 13 bands by 標準報酬月額) ─────────────

pub const RATE_2027: Param = percent(t2027("advanced.high_cost.under70.rate_percent", 1, RATE_JA, RATE_EN));
pub const A1_BASE: Param = t2027(
    "advanced.high_cost.under70.a1.base",
    342_000,
    "高額療養費 a1（127万円〜） 基本額",
    "High-cost cap, band a1 (¥1.27m+): base",
);
pub const A1_THRESHOLD: Param = t2027(
    "advanced.high_cost.under70.a1.threshold",
    1_140_000,
    "高額療養費 a1（127万円〜） 控除する医療費",
    "High-cost cap, band a1 (¥1.27m+): medical cost deducted",
);
pub const A1_MANY_TIMES: Param = t2027(
    "advanced.high_cost.under70.a1.many_times",
    140_100,
    "高額療養費 a1（127万円〜） 多数回該当",
    "High-cost cap, band a1 (¥1.27m+): 4th month onward",
);
pub const A1_YEAR: Param = t2027(
    "advanced.high_cost.under70.a1.year_cap",
    1_680_000,
    "高額療養費 a1（127万円〜） 年間上限（8月〜翌年7月）",
    "High-cost cap, band a1 (¥1.27m+): yearly cap (August to July)",
);
pub const A1_PAY_FROM: Param = at_least(t2027(
    "advanced.high_cost.under70.a1.pay_from",
    1_270_000,
    "高額療養費 a1（127万円〜） 標準報酬月額（127万円以上）",
    "High-cost band a1 (¥1.27m+): standard monthly pay of at least this",
));
pub const A2_BASE: Param = t2027(
    "advanced.high_cost.under70.a2.base",
    303_000,
    "高額療養費 a2（103〜121万円） 基本額",
    "High-cost cap, band a2 (¥1.03m–1.21m): base",
);
pub const A2_THRESHOLD: Param = t2027(
    "advanced.high_cost.under70.a2.threshold",
    1_010_000,
    "高額療養費 a2（103〜121万円） 控除する医療費",
    "High-cost cap, band a2 (¥1.03m–1.21m): medical cost deducted",
);
pub const A2_MANY_TIMES: Param = t2027(
    "advanced.high_cost.under70.a2.many_times",
    140_100,
    "高額療養費 a2（103〜121万円） 多数回該当",
    "High-cost cap, band a2 (¥1.03m–1.21m): 4th month onward",
);
pub const A2_YEAR: Param = t2027(
    "advanced.high_cost.under70.a2.year_cap",
    1_680_000,
    "高額療養費 a2（103〜121万円） 年間上限（8月〜翌年7月）",
    "High-cost cap, band a2 (¥1.03m–1.21m): yearly cap (August to July)",
);
pub const A2_PAY_FROM: Param = at_least(t2027(
    "advanced.high_cost.under70.a2.pay_from",
    1_030_000,
    "高額療養費 a2（103〜121万円） 標準報酬月額（103万円以上）",
    "High-cost band a2 (¥1.03m–1.21m): standard monthly pay of at least this",
));
pub const A3_BASE: Param = t2027(
    "advanced.high_cost.under70.a3.base",
    270_300,
    "高額療養費 a3（83〜98万円） 基本額",
    "High-cost cap, band a3 (¥830k–980k): base",
);
pub const A3_THRESHOLD: Param = t2027(
    "advanced.high_cost.under70.a3.threshold",
    901_000,
    "高額療養費 a3（83〜98万円） 控除する医療費",
    "High-cost cap, band a3 (¥830k–980k): medical cost deducted",
);
pub const A3_MANY_TIMES: Param = t2027(
    "advanced.high_cost.under70.a3.many_times",
    140_100,
    "高額療養費 a3（83〜98万円） 多数回該当",
    "High-cost cap, band a3 (¥830k–980k): 4th month onward",
);
pub const A3_YEAR: Param = t2027(
    "advanced.high_cost.under70.a3.year_cap",
    1_680_000,
    "高額療養費 a3（83〜98万円） 年間上限（8月〜翌年7月）",
    "High-cost cap, band a3 (¥830k–980k): yearly cap (August to July)",
);
pub const A3_PAY_FROM: Param = at_least(t2027(
    "advanced.high_cost.under70.a3.pay_from",
    830_000,
    "高額療養費 a3（83〜98万円） 標準報酬月額（83万円以上）",
    "High-cost band a3 (¥830k–980k): standard monthly pay of at least this",
));
pub const I1_BASE: Param = t2027(
    "advanced.high_cost.under70.i1.base",
    209_400,
    "高額療養費 i1（71〜79万円） 基本額",
    "High-cost cap, band i1 (¥710k–790k): base",
);
pub const I1_THRESHOLD: Param = t2027(
    "advanced.high_cost.under70.i1.threshold",
    698_000,
    "高額療養費 i1（71〜79万円） 控除する医療費",
    "High-cost cap, band i1 (¥710k–790k): medical cost deducted",
);
pub const I1_MANY_TIMES: Param = t2027(
    "advanced.high_cost.under70.i1.many_times",
    93_000,
    "高額療養費 i1（71〜79万円） 多数回該当",
    "High-cost cap, band i1 (¥710k–790k): 4th month onward",
);
pub const I1_YEAR: Param = t2027(
    "advanced.high_cost.under70.i1.year_cap",
    1_110_000,
    "高額療養費 i1（71〜79万円） 年間上限（8月〜翌年7月）",
    "High-cost cap, band i1 (¥710k–790k): yearly cap (August to July)",
);
pub const I1_PAY_FROM: Param = at_least(t2027(
    "advanced.high_cost.under70.i1.pay_from",
    710_000,
    "高額療養費 i1（71〜79万円） 標準報酬月額（71万円以上）",
    "High-cost band i1 (¥710k–790k): standard monthly pay of at least this",
));
pub const I2_BASE: Param = t2027(
    "advanced.high_cost.under70.i2.base",
    194_400,
    "高額療養費 i2（62〜68万円） 基本額",
    "High-cost cap, band i2 (¥620k–680k): base",
);
pub const I2_THRESHOLD: Param = t2027(
    "advanced.high_cost.under70.i2.threshold",
    648_000,
    "高額療養費 i2（62〜68万円） 控除する医療費",
    "High-cost cap, band i2 (¥620k–680k): medical cost deducted",
);
pub const I2_MANY_TIMES: Param = t2027(
    "advanced.high_cost.under70.i2.many_times",
    93_000,
    "高額療養費 i2（62〜68万円） 多数回該当",
    "High-cost cap, band i2 (¥620k–680k): 4th month onward",
);
pub const I2_YEAR: Param = t2027(
    "advanced.high_cost.under70.i2.year_cap",
    1_110_000,
    "高額療養費 i2（62〜68万円） 年間上限（8月〜翌年7月）",
    "High-cost cap, band i2 (¥620k–680k): yearly cap (August to July)",
);
pub const I2_PAY_FROM: Param = at_least(t2027(
    "advanced.high_cost.under70.i2.pay_from",
    620_000,
    "高額療養費 i2（62〜68万円） 標準報酬月額（62万円以上）",
    "High-cost band i2 (¥620k–680k): standard monthly pay of at least this",
));
pub const I3_BASE: Param = t2027(
    "advanced.high_cost.under70.i3.base",
    179_100,
    "高額療養費 i3（53〜59万円） 基本額",
    "High-cost cap, band i3 (¥530k–590k): base",
);
pub const I3_THRESHOLD: Param = t2027(
    "advanced.high_cost.under70.i3.threshold",
    597_000,
    "高額療養費 i3（53〜59万円） 控除する医療費",
    "High-cost cap, band i3 (¥530k–590k): medical cost deducted",
);
pub const I3_MANY_TIMES: Param = t2027(
    "advanced.high_cost.under70.i3.many_times",
    93_000,
    "高額療養費 i3（53〜59万円） 多数回該当",
    "High-cost cap, band i3 (¥530k–590k): 4th month onward",
);
pub const I3_YEAR: Param = t2027(
    "advanced.high_cost.under70.i3.year_cap",
    1_110_000,
    "高額療養費 i3（53〜59万円） 年間上限（8月〜翌年7月）",
    "High-cost cap, band i3 (¥530k–590k): yearly cap (August to July)",
);
pub const I3_PAY_FROM: Param = at_least(t2027(
    "advanced.high_cost.under70.i3.pay_from",
    530_000,
    "高額療養費 i3（53〜59万円） 標準報酬月額（53万円以上）",
    "High-cost band i3 (¥530k–590k): standard monthly pay of at least this",
));
pub const U1_BASE: Param = t2027(
    "advanced.high_cost.under70.u1.base",
    110_400,
    "高額療養費 u1（44〜50万円） 基本額",
    "High-cost cap, band u1 (¥440k–500k): base",
);
pub const U1_THRESHOLD: Param = t2027(
    "advanced.high_cost.under70.u1.threshold",
    368_000,
    "高額療養費 u1（44〜50万円） 控除する医療費",
    "High-cost cap, band u1 (¥440k–500k): medical cost deducted",
);
pub const U1_MANY_TIMES: Param = t2027(
    "advanced.high_cost.under70.u1.many_times",
    44_400,
    "高額療養費 u1（44〜50万円） 多数回該当",
    "High-cost cap, band u1 (¥440k–500k): 4th month onward",
);
pub const U1_YEAR: Param = t2027(
    "advanced.high_cost.under70.u1.year_cap",
    530_000,
    "高額療養費 u1（44〜50万円） 年間上限（8月〜翌年7月）",
    "High-cost cap, band u1 (¥440k–500k): yearly cap (August to July)",
);
pub const U1_PAY_FROM: Param = at_least(t2027(
    "advanced.high_cost.under70.u1.pay_from",
    440_000,
    "高額療養費 u1（44〜50万円） 標準報酬月額（44万円以上）",
    "High-cost band u1 (¥440k–500k): standard monthly pay of at least this",
));
pub const U2_BASE: Param = t2027(
    "advanced.high_cost.under70.u2.base",
    98_100,
    "高額療養費 u2（36〜41万円） 基本額",
    "High-cost cap, band u2 (¥360k–410k): base",
);
pub const U2_THRESHOLD: Param = t2027(
    "advanced.high_cost.under70.u2.threshold",
    327_000,
    "高額療養費 u2（36〜41万円） 控除する医療費",
    "High-cost cap, band u2 (¥360k–410k): medical cost deducted",
);
pub const U2_MANY_TIMES: Param = t2027(
    "advanced.high_cost.under70.u2.many_times",
    44_400,
    "高額療養費 u2（36〜41万円） 多数回該当",
    "High-cost cap, band u2 (¥360k–410k): 4th month onward",
);
pub const U2_YEAR: Param = t2027(
    "advanced.high_cost.under70.u2.year_cap",
    530_000,
    "高額療養費 u2（36〜41万円） 年間上限（8月〜翌年7月）",
    "High-cost cap, band u2 (¥360k–410k): yearly cap (August to July)",
);
pub const U2_PAY_FROM: Param = at_least(t2027(
    "advanced.high_cost.under70.u2.pay_from",
    360_000,
    "高額療養費 u2（36〜41万円） 標準報酬月額（36万円以上）",
    "High-cost band u2 (¥360k–410k): standard monthly pay of at least this",
));
pub const U3_BASE: Param = t2027(
    "advanced.high_cost.under70.u3.base",
    85_800,
    "高額療養費 u3（28〜34万円） 基本額",
    "High-cost cap, band u3 (¥280k–340k): base",
);
pub const U3_THRESHOLD: Param = t2027(
    "advanced.high_cost.under70.u3.threshold",
    286_000,
    "高額療養費 u3（28〜34万円） 控除する医療費",
    "High-cost cap, band u3 (¥280k–340k): medical cost deducted",
);
pub const U3_MANY_TIMES: Param = t2027(
    "advanced.high_cost.under70.u3.many_times",
    44_400,
    "高額療養費 u3（28〜34万円） 多数回該当",
    "High-cost cap, band u3 (¥280k–340k): 4th month onward",
);
pub const U3_YEAR: Param = t2027(
    "advanced.high_cost.under70.u3.year_cap",
    530_000,
    "高額療養費 u3（28〜34万円） 年間上限（8月〜翌年7月）",
    "High-cost cap, band u3 (¥280k–340k): yearly cap (August to July)",
);
pub const U3_PAY_FROM: Param = at_least(t2027(
    "advanced.high_cost.under70.u3.pay_from",
    280_000,
    "高額療養費 u3（28〜34万円） 標準報酬月額（28万円以上）",
    "High-cost band u3 (¥280k–340k): standard monthly pay of at least this",
));
pub const E1_BASE: Param = t2027(
    "advanced.high_cost.under70.e1.base",
    69_600,
    "高額療養費 e1（20〜26万円） 定額",
    "High-cost cap, band e1 (¥200k–260k): flat",
);
pub const E1_MANY_TIMES: Param = t2027(
    "advanced.high_cost.under70.e1.many_times",
    44_400,
    "高額療養費 e1（20〜26万円） 多数回該当",
    "High-cost cap, band e1 (¥200k–260k): 4th month onward",
);
pub const E1_YEAR: Param = t2027(
    "advanced.high_cost.under70.e1.year_cap",
    530_000,
    "高額療養費 e1（20〜26万円） 年間上限（8月〜翌年7月）",
    "High-cost cap, band e1 (¥200k–260k): yearly cap (August to July)",
);
pub const E1_PAY_FROM: Param = at_least(t2027(
    "advanced.high_cost.under70.e1.pay_from",
    200_000,
    "高額療養費 e1（20〜26万円） 標準報酬月額（20万円以上）",
    "High-cost band e1 (¥200k–260k): standard monthly pay of at least this",
));
pub const E2_BASE: Param = t2027(
    "advanced.high_cost.under70.e2.base",
    65_400,
    "高額療養費 e2（16〜19万円） 定額",
    "High-cost cap, band e2 (¥160k–190k): flat",
);
pub const E2_MANY_TIMES: Param = t2027(
    "advanced.high_cost.under70.e2.many_times",
    44_400,
    "高額療養費 e2（16〜19万円） 多数回該当",
    "High-cost cap, band e2 (¥160k–190k): 4th month onward",
);
pub const E2_YEAR: Param = t2027(
    "advanced.high_cost.under70.e2.year_cap",
    530_000,
    "高額療養費 e2（16〜19万円） 年間上限（8月〜翌年7月）",
    "High-cost cap, band e2 (¥160k–190k): yearly cap (August to July)",
);
pub const E2_PAY_FROM: Param = at_least(t2027(
    "advanced.high_cost.under70.e2.pay_from",
    160_000,
    "高額療養費 e2（16〜19万円） 標準報酬月額（16万円以上）",
    "High-cost band e2 (¥160k–190k): standard monthly pay of at least this",
));
pub const E3_BASE: Param = t2027(
    "advanced.high_cost.under70.e3.base",
    61_500,
    "高額療養費 e3（〜15万円） 定額",
    "High-cost cap, band e3 (up to ¥150k): flat",
);
pub const E3_MANY_TIMES: Param = t2027(
    "advanced.high_cost.under70.e3.many_times",
    34_500,
    "高額療養費 e3（〜15万円） 多数回該当",
    "High-cost cap, band e3 (up to ¥150k): 4th month onward",
);
pub const E3_YEAR: Param = t2027(
    "advanced.high_cost.under70.e3.year_cap",
    410_000,
    "高額療養費 e3（〜15万円） 年間上限（8月〜翌年7月）",
    "High-cost cap, band e3 (up to ¥150k): yearly cap (August to July)",
);
pub const O_BASE_2027: Param = t2027(
    "advanced.high_cost.under70.o.base",
    36_900,
    "高額療養費 区分オ（住民税非課税） 定額",
    "High-cost cap, bracket O (tax-exempt): flat",
);
pub const O_MANY_TIMES_2027: Param = t2027(
    "advanced.high_cost.under70.o.many_times",
    24_600,
    "高額療養費 区分オ（住民税非課税） 多数回該当",
    "High-cost cap, bracket O (tax-exempt): 4th month onward",
);
pub const O_YEAR_2027: Param = t2027(
    "advanced.high_cost.under70.o.year_cap",
    290_000,
    "高額療養費 区分オ（住民税非課税） 年間上限（8月〜翌年7月）",
    "High-cost cap, bracket O (tax-exempt): yearly cap (August to July)",
);
