//! The figures of the 4th-round Q&A (seed 000), one named row each, and the rounds' dates (dates
//! cannot be `Param` values, so they sit in the dated table [`ROUNDS`] with their source).

use crate::date::{ymd, Date};
use crate::params::{Bound, Param, Unit};
use crate::rules::requirement::Window;
use crate::sources::{cite, Cite, CELL_THERAPY_QA};
use serde::Serialize;

/// Start of FY2021, the year the Q&A calls 今年度 (reading; the seed has no version date).
pub const SEED_FROM: Date = ymd(2021, 4, 1);

pub const CREDITS_REQUIRED: Param = Param::new(
    "cell_therapy.credits.required",
    50,
    Unit::Credits,
    SEED_FROM,
    cite!(CELL_THERAPY_QA, "Q11/A11"),
    "受験申請資格の単位（50単位）",
    "Credits required to apply (50)",
)
.bound(Bound::AtLeast);

pub const CREDIT_WINDOW_YEARS: Param = Param::new(
    "cell_therapy.credits.window_years",
    5,
    Unit::Years,
    SEED_FROM,
    cite!(CELL_THERAPY_QA, "A11"),
    "単位を数える期間（申請受付開始日から遡る5年間）",
    "Credits count within the 5 years before applications open",
)
.bound(Bound::AtMost);

pub const CASES_REQUIRED: Param = Param::new(
    "cell_therapy.cases.required",
    10,
    Unit::Count,
    SEED_FROM,
    cite!(CELL_THERAPY_QA, "A3"),
    "細胞調製実績の件数（半分が5例 → 10例、解釈）",
    "Cell-processing record: cases listed (half is 5, so 10 — reading)",
)
.bound(Bound::AtLeast);

pub const PROCESSING_CASES_MIN: Param = Param::new(
    "cell_therapy.cases.processing_min",
    5,
    Unit::Count,
    SEED_FROM,
    cite!(CELL_THERAPY_QA, "A3"),
    "うち実際の調製（プロセス部分）の件数（5例以上）",
    "Of which actual processing cases (at least 5)",
)
.bound(Bound::AtLeast);

/// A3: "実際の調製部分が半分（５例）以上ある必要があります" — at least half of the cases listed.
pub const PROCESSING_SHARE_PERCENT: Param = Param::new(
    "cell_therapy.cases.processing_share",
    50,
    Unit::Percent,
    SEED_FROM,
    cite!(CELL_THERAPY_QA, "A3", quote: "実際の調製部分が半分（５例）以上ある必要があります"),
    "実際の調製（プロセス部分）が記載した実績の半分以上",
    "Actual processing is at least half of the cases listed",
)
.bound(Bound::AtLeast);

pub static PARAMS: &[Param] =
    &[CREDITS_REQUIRED, CREDIT_WINDOW_YEARS, CASES_REQUIRED, PROCESSING_CASES_MIN, PROCESSING_SHARE_PERCENT];

/// One application round, keyed by its application period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Round {
    /// 第N回.
    pub number: u32,
    /// First day this round's rules apply (the fiscal year the Q&A calls 今年度).
    pub from: Date,
    /// 申請受付期間 (当日消印有効).
    pub application: Window,
    /// The 5-year credit window the seed states for this round.
    pub credit_window: Window,
    pub source: &'static Cite,
}

/// The rounds the seeds describe. Only the 4th (2021) is in seed 000.
pub static ROUNDS: &[Round] = &[Round {
    number: 4,
    from: SEED_FROM,
    application: Window { start: ymd(2021, 6, 1), end: ymd(2021, 6, 30) },
    // A11: "今年度は2016年4月1日から2021年6月6日までの5年間です" — taken as written, although it is
    // longer than 5 years and ends after the 6/1 start of applications (see the module notes).
    credit_window: Window { start: ymd(2016, 4, 1), end: ymd(2021, 6, 6) },
    source: cite!(CELL_THERAPY_QA, "Q1/A1・Q11/A11", quote: "2021年6月1日から6月30日（当日消印有効）…2016年4月1日から2021年6月6日までの5年間"),
}];

/// The round for an application: the one whose application period is in the same year.
pub fn round_for(application_date: Date) -> Option<&'static Round> {
    ROUNDS.iter().find(|r| r.application.start.year == application_date.year)
}
