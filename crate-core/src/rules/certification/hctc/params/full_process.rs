//! 第26条 (全過程の実務経験) and 第27条 (ages).

use super::seed::SEED_FROM;
use crate::params::Bound::{self, AtLeast};
use crate::params::Param;
use crate::params::Unit::{Count, Years};
use crate::sources::{cite, HCTC_BYLAWS};

// ── 第26条 全過程の実務経験 ──
pub const FULL_PROCESS_CERTIFIED_PATIENT_CASES: Param = p!(
    "hctc.full_process.certified.patient_cases",
    10,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第26条第1項"),
    "認定HCTC申請: 全過程の患者事例（10件以上）",
    "Certified application: full-process patient cases"
);

pub const FULL_PROCESS_CERTIFIED_RELATED_DONOR_CASES: Param = p!(
    "hctc.full_process.certified.related_donor_cases",
    3,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第26条第1項"),
    "認定HCTC申請: 全過程の血縁ドナー事例（3件以上）",
    "Certified application: full-process related-donor cases"
);

pub const FULL_PROCESS_PEDIATRIC_PATIENT_CASES: Param = p!(
    "hctc.full_process.pediatric.patient_cases",
    5,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第26条第1項"),
    "小児移植のみの申請: 全過程の患者事例（5件以上）",
    "Pediatric-only application: full-process patient cases"
);

pub const FULL_PROCESS_PEDIATRIC_RELATED_DONOR_CASES: Param = p!(
    "hctc.full_process.pediatric.related_donor_cases",
    2,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第26条第1項"),
    "小児移植のみの申請: 全過程の血縁ドナー（2件以上、小児ドナー1件を含む）",
    "Pediatric-only application: full-process related donors (incl. 1 child donor)"
);

pub const FULL_PROCESS_PEDIATRIC_CHILD_DONOR_CASES: Param = p!(
    "hctc.full_process.pediatric.child_donor_cases",
    1,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第26条第1項", quote: "小児ドナー1件を含む血縁ドナー2件以上"),
    "小児移植のみの申請: 全過程の血縁ドナーのうち小児（18歳未満）ドナー（1件以上）",
    "Pediatric-only application: of the full-process related donors, child donors under 18"
);

pub const FULL_PROCESS_SPECIALIST_PATIENT_CASES: Param = p!(
    "hctc.full_process.specialist.patient_cases",
    20,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第26条第2項"),
    "専門HCTC申請: 全過程の患者事例（20件以上）",
    "Specialist application: full-process patient cases"
);

pub const FULL_PROCESS_SPECIALIST_RELATED_DONOR_CASES: Param = p!(
    "hctc.full_process.specialist.related_donor_cases",
    15,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第26条第2項"),
    "専門HCTC申請: 全過程の血縁ドナー事例（15件以上）",
    "Specialist application: full-process related-donor cases"
);

pub const FULL_PROCESS_PROVISIONAL_PATIENT_CASES: Param = p!(
    "hctc.full_process.provisional.patient_cases",
    20,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第26条第3項"),
    "暫定専門: 全過程の患者事例（20件以上）",
    "Provisional specialist: full-process patient cases"
);

pub const FULL_PROCESS_PROVISIONAL_RELATED_DONOR_CASES: Param = p!(
    "hctc.full_process.provisional.related_donor_cases",
    15,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第26条第3項"),
    "暫定専門: 全過程の血縁ドナー事例（15件以上）",
    "Provisional specialist: full-process related-donor cases"
);

pub const FULL_PROCESS_PEDIATRIC_TO_ADULT_PATIENT_CASES: Param = p!(
    "hctc.full_process.pediatric_to_adult.patient_cases",
    4,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第26条第4項"),
    "小児→成人: 全過程の成人患者事例（4件以上）",
    "Pediatric → adult: full-process adult patient cases"
);

pub const FULL_PROCESS_PEDIATRIC_TO_ADULT_RELATED_DONOR_CASES: Param = p!(
    "hctc.full_process.pediatric_to_adult.related_donor_cases",
    1,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第26条第4項"),
    "小児→成人: 全過程の成人血縁ドナー事例（1件以上）",
    "Pediatric → adult: full-process adult related-donor cases"
);

// ── 第27条 年齢 ──
pub const CHILD_UNDER_AGE: Param = p!(
    "hctc.age.child_under",
    18,
    Years,
    Bound::LessThan,
    cite!(HCTC_BYLAWS, "細則第27条第1項・第4項"),
    "小児（患者・ドナー）の年齢（18歳未満）",
    "A child patient or donor is under 18"
);

pub const ADULT_FROM_AGE: Param = p!(
    "hctc.age.adult_from",
    18,
    Years,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第27条第3項"),
    "成人の患者・ドナーの年齢（18歳以上）",
    "An adult patient or donor is 18 or over"
);
