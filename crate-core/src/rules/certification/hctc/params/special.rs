//! 第20条 (小児移植認定HCTC → 認定HCTC), 第21条 (移行期間の認定取得者 → 専門HCTC) and 第25条 (the 細則's start).

use super::seed::SEED_FROM;
use crate::params::Bound::{AtLeast, AtMost};
use crate::params::Param;
use crate::params::Unit::{Count, MonthDay, Percent, Years};
use crate::sources::{cite, HCTC_BYLAWS};

// ── 第20条 小児移植認定HCTC特別措置 ──
pub const PEDIATRIC_ADULT_PATIENT_CASES: Param = p!(
    "hctc.pediatric_to_adult.adult_patient_cases",
    7,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第20条第1項(1)"),
    "小児→成人: 成人の患者事例（7件以上）",
    "Pediatric → adult: adult patient cases"
);

pub const PEDIATRIC_ADULT_DONOR_CASES: Param = p!(
    "hctc.pediatric_to_adult.adult_donor_cases",
    7,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第20条第1項(1)"),
    "小児→成人: 成人のドナー事例（7件以上）",
    "Pediatric → adult: adult donor cases"
);

pub const PEDIATRIC_ADULT_RELATED_DONOR_CASES: Param = p!(
    "hctc.pediatric_to_adult.adult_related_donor_cases",
    2,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第20条第1項(1)"),
    "小児→成人: うち血縁ドナー事例（2件以上）",
    "Pediatric → adult: of which related-donor cases"
);

pub const PEDIATRIC_REPORTS: Param = p!(
    "hctc.pediatric_to_adult.reports",
    2,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第20条第1項(2)"),
    "小児→成人: 成人患者・成人血縁ドナー各2事例の報告書",
    "Pediatric → adult: reports on 2 adult patients and 2 adult related donors"
);

pub const PEDIATRIC_FEE_PERCENT: Param = p!(
    "hctc.pediatric_to_adult.fee_percent",
    50,
    Percent,
    cite!(HCTC_BYLAWS, "細則第20条第2項"),
    "小児→成人: 審査料・登録料は半額",
    "Pediatric → adult: half the examination and registration fees"
);

// ── 第21条 移行期間認定資格取得者特別措置 ──
pub const TRANSITION_CERTIFIED_FROM_FY: Param = p!(
    "hctc.transition.certified_from_fy",
    2016,
    Years,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第21条"),
    "移行期間の始まり（平成28年4月以降＝2016年度以降）",
    "Transition period starts in April 2016 (FY2016)"
);

pub const SAISOKU_ENFORCED_YEAR: Param = p!(
    "hctc.saisoku.enforced_year",
    2017,
    Years,
    cite!(HCTC_BYLAWS, "細則第25条第1項"),
    "本細則の実施年（2017年4月28日）",
    "Year the 細則 was first implemented (28 Apr 2017)"
);

pub const SAISOKU_ENFORCED_MONTH_DAY: Param = p!(
    "hctc.saisoku.enforced_month_day",
    428,
    MonthDay,
    cite!(HCTC_BYLAWS, "細則第25条第1項"),
    "本細則の実施月日（4月28日）",
    "Month-day the 細則 was first implemented (28 Apr)"
);

pub const TRANSITION_FULL_TIME_YEARS: Param = p!(
    "hctc.transition.full_time_years",
    4,
    Years,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第21条(1)"),
    "移行措置: 専従実務経験（通算4年以上）",
    "Transition: full-time years"
);

pub const TRANSITION_PATIENT_CASES: Param = p!(
    "hctc.transition.patient_cases",
    30,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第21条(2)"),
    "移行措置: 患者事例（30件以上）",
    "Transition: patient cases"
);

pub const TRANSITION_DONOR_CASES: Param = p!(
    "hctc.transition.donor_cases",
    30,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第21条(2)"),
    "移行措置: ドナー事例（30件以上）",
    "Transition: donor cases"
);

pub const TRANSITION_RELATED_DONOR_CASES: Param = p!(
    "hctc.transition.related_donor_cases",
    15,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第21条(2)"),
    "移行措置: うち血縁ドナー（15件以上）",
    "Transition: of which related donors"
);

pub const TRANSITION_ATTENDANCE_YEARS: Param = p!(
    "hctc.transition.attendance_years",
    5,
    Years,
    AtMost,
    cite!(HCTC_BYLAWS, "細則第21条(3)"),
    "移行措置: 参加を数える期間（申請時点から過去5年以内）",
    "Transition: attendance counted within the last 5 years"
);

pub const TRANSITION_MEETINGS: Param = p!(
    "hctc.transition.meetings",
    3,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第21条(3)"),
    "移行措置: 過去5年以内の学術総会参加（3回以上）",
    "Transition: annual meetings in the last 5 years"
);

pub const TRANSITION_SEMINARS: Param = p!(
    "hctc.transition.seminars",
    3,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第21条(3)"),
    "移行措置: 過去5年以内の認定更新セミナー参加（3回以上）",
    "Transition: renewal seminars in the last 5 years"
);
