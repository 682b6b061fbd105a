//! 第14条〜第19条: 暫定専門HCTC and its way on to 専門HCTC.

use super::seed::SEED_FROM;
use crate::params::Bound::{AtLeast, AtMost};
use crate::params::Param;
use crate::params::Unit::{Count, Years, Yen};
use crate::sources::{cite, HCTC_BYLAWS};

// ── 第14条〜第19条 暫定専門HCTC ──
pub const OLD_CERTIFICATION_LAST_FY: Param = p!(
    "hctc.provisional.old_certification_last_fy",
    2015,
    Years,
    AtMost,
    cite!(HCTC_BYLAWS, "細則第14条"),
    "旧認定制度による認定HCTC取得の期限（平成28年3月末日＝平成27年度末）",
    "Old-system certification obtained by the end of FY2015 (31 Mar 2016)"
);

pub const PROVISIONAL_APPLICATION_LAST_FY: Param = p!(
    "hctc.provisional.application_last_fy",
    2020,
    Years,
    AtMost,
    cite!(HCTC_BYLAWS, "細則第14条"),
    "暫定専門HCTC資格認定の期限（平成32年度＝2020年度まで）",
    "Provisional specialist certification offered until FY2020"
);

pub const PROVISIONAL_EXAMINATION_FEE: Param = p!(
    "hctc.fees.provisional_examination",
    10_000,
    Yen,
    cite!(HCTC_BYLAWS, "細則第15条第1項"),
    "暫定専門HCTCの認定審査料",
    "Provisional specialist examination fee"
);

pub const PROVISIONAL_REGISTRATION_FEE: Param = p!(
    "hctc.fees.provisional_registration",
    10_000,
    Yen,
    cite!(HCTC_BYLAWS, "細則第15条第2項"),
    "暫定専門HCTCの認定登録料",
    "Provisional specialist registration fee"
);

pub const PROVISIONAL_FULL_TIME_YEARS: Param = p!(
    "hctc.provisional.full_time_years",
    3,
    Years,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第16条(1)"),
    "暫定専門: 専従実務経験（通算3年以上）",
    "Provisional specialist: full-time years"
);

pub const PROVISIONAL_PATIENT_CASES: Param = p!(
    "hctc.provisional.patient_cases",
    30,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第16条(2)"),
    "暫定専門: 患者事例（30件以上）",
    "Provisional specialist: patient cases"
);

pub const PROVISIONAL_DONOR_CASES: Param = p!(
    "hctc.provisional.donor_cases",
    30,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第16条(2)"),
    "暫定専門: ドナー事例（30件以上）",
    "Provisional specialist: donor cases"
);

pub const PROVISIONAL_RELATED_DONOR_CASES: Param = p!(
    "hctc.provisional.related_donor_cases",
    15,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第16条(2)"),
    "暫定専門: うち血縁ドナー（15件以上）",
    "Provisional specialist: of which related donors"
);

pub const PROVISIONAL_MEETINGS: Param = p!(
    "hctc.provisional.meetings",
    2,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第16条(3)"),
    "暫定専門: 学術総会参加（2回以上）",
    "Provisional specialist: annual meetings attended"
);

pub const PROVISIONAL_SEMINARS: Param = p!(
    "hctc.provisional.seminars",
    2,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第16条(3)"),
    "暫定専門: 学術総会中の認定更新セミナー参加（2回以上）",
    "Provisional specialist: renewal seminars held during the meetings"
);

pub const PROVISIONAL_CASE_REPORTS: Param = p!(
    "hctc.provisional.case_reports",
    3,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第17条第4項(7)"),
    "暫定専門: 患者・ドナー各3事例の報告書",
    "Provisional specialist: case reports (3 patient, 3 donor)"
);

pub const PROVISIONAL_VALID_YEARS: Param = p!(
    "hctc.provisional.valid_years",
    5,
    Years,
    cite!(HCTC_BYLAWS, "細則第19条第1項"),
    "暫定専門HCTCの有効期間（5年間・更新なし）",
    "Provisional specialist validity (5 years, not renewable)"
);

pub const UPGRADE_PATIENT_CASES: Param = p!(
    "hctc.provisional_upgrade.patient_cases",
    30,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第19条第2項(2)"),
    "暫定専門→専門: 患者事例（30件以上）",
    "Provisional → specialist: patient cases"
);

pub const UPGRADE_DONOR_CASES: Param = p!(
    "hctc.provisional_upgrade.donor_cases",
    30,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第19条第2項(2)"),
    "暫定専門→専門: ドナー事例（30件以上）",
    "Provisional → specialist: donor cases"
);

pub const UPGRADE_RELATED_DONOR_CASES: Param = p!(
    "hctc.provisional_upgrade.related_donor_cases",
    15,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第19条第2項(2)"),
    "暫定専門→専門: うち血縁ドナー事例（15件以上）",
    "Provisional → specialist: of which related-donor cases"
);

pub const UPGRADE_MEETINGS: Param = p!(
    "hctc.provisional_upgrade.meetings",
    2,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第19条第2項(3)"),
    "暫定専門→専門: 学術総会参加（2回以上）",
    "Provisional → specialist: annual meetings attended"
);

pub const UPGRADE_SEMINARS: Param = p!(
    "hctc.provisional_upgrade.seminars",
    2,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第19条第2項(3)"),
    "暫定専門→専門: 学術総会中の認定更新セミナー参加（2回以上）",
    "Provisional → specialist: renewal seminars held during the meetings"
);
