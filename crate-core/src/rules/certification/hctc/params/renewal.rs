//! 第9条〜第13条: the renewal of 認定・専門HCTC, its fee, window and deferral.

use super::seed::SEED_FROM;
use crate::params::Bound::{AtLeast, AtMost};
use crate::params::Param;
use crate::params::Unit::{Count, MonthDay, Years, Yen};
use crate::sources::{cite, HCTC_BYLAWS};

// ── 第9条第1項 認定HCTCの更新 ──
pub const CERTIFIED_RENEWAL_PATIENT_CASES: Param = p!(
    "hctc.renewal.certified.patient_cases",
    15,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第9条第1項(1)"),
    "認定HCTC更新: 患者事例（15件以上）",
    "Certified renewal: patient cases"
);

pub const CERTIFIED_RENEWAL_DONOR_CASES: Param = p!(
    "hctc.renewal.certified.donor_cases",
    15,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第9条第1項(1)"),
    "認定HCTC更新: ドナー事例（15件以上）",
    "Certified renewal: donor cases"
);

pub const CERTIFIED_RENEWAL_RELATED_DONOR_CASES: Param = p!(
    "hctc.renewal.certified.related_donor_cases",
    5,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第9条第1項(1)"),
    "認定HCTC更新: うち血縁ドナー事例（5件以上）",
    "Certified renewal: of which related-donor cases"
);

pub const CERTIFIED_RENEWAL_MEETINGS: Param = p!(
    "hctc.renewal.certified.meetings",
    2,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第9条第1項(2)"),
    "認定HCTC更新: 学術総会参加（2回以上）",
    "Certified renewal: annual meetings attended"
);

pub const CERTIFIED_RENEWAL_SEMINARS: Param = p!(
    "hctc.renewal.certified.seminars",
    2,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第9条第1項(3)"),
    "認定HCTC更新: 認定更新セミナー（ブラッシュアップ研修会）参加（2回以上）",
    "Certified renewal: designated renewal seminars attended"
);

// ── 第9条第2項 専門HCTCの更新 ──
pub const SPECIALIST_RENEWAL_PATIENT_CASES: Param = p!(
    "hctc.renewal.specialist.patient_cases",
    30,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第9条第2項(2)"),
    "専門HCTC更新: 患者事例（30件以上）",
    "Specialist renewal: patient cases"
);

pub const SPECIALIST_RENEWAL_DONOR_CASES: Param = p!(
    "hctc.renewal.specialist.donor_cases",
    30,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第9条第2項(2)"),
    "専門HCTC更新: ドナー事例（30件以上）",
    "Specialist renewal: donor cases"
);

pub const SPECIALIST_RENEWAL_RELATED_DONOR_CASES: Param = p!(
    "hctc.renewal.specialist.related_donor_cases",
    15,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第9条第2項(2)"),
    "専門HCTC更新: うち血縁ドナー事例（15件以上）",
    "Specialist renewal: of which related-donor cases"
);

pub const SPECIALIST_RENEWAL_MEETINGS: Param = p!(
    "hctc.renewal.specialist.meetings",
    2,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第9条第2項(3)"),
    "専門HCTC更新: 学術総会参加（2回以上）",
    "Specialist renewal: annual meetings attended"
);

pub const SPECIALIST_RENEWAL_SEMINARS: Param = p!(
    "hctc.renewal.specialist.seminars",
    2,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第9条第2項(4)"),
    "専門HCTC更新: 認定更新セミナー参加（2回以上）",
    "Specialist renewal: designated renewal seminars attended"
);

// ── 第10条・第11条・第13条 ──
pub const RENEWAL_EXAMINATION_FEE: Param = p!(
    "hctc.fees.renewal_examination",
    10_000,
    Yen,
    cite!(HCTC_BYLAWS, "細則第10条第1項"),
    "認定資格更新審査料",
    "Renewal examination fee"
);

pub const RENEWAL_WINDOW_START: Param = p!(
    "hctc.renewal.window_start",
    201,
    MonthDay,
    cite!(HCTC_BYLAWS, "細則第11条第1項"),
    "更新申請受付期間の初日（原則として毎年2月1日）",
    "Renewal application window: first day (1 Feb)"
);

pub const RENEWAL_WINDOW_END: Param = p!(
    "hctc.renewal.window_end",
    331,
    MonthDay,
    cite!(HCTC_BYLAWS, "細則第11条第1項"),
    "更新申請受付期間の末日（原則として3月31日）",
    "Renewal application window: last day (31 Mar)"
);

pub const DEFERRAL_MAX_YEARS: Param = p!(
    "hctc.renewal.deferral_max_years",
    3,
    Years,
    AtMost,
    cite!(HCTC_BYLAWS, "細則第13条第1項"),
    "更新の保留（原則として通算3年を限度）",
    "Renewal deferral: at most 3 years in total"
);
