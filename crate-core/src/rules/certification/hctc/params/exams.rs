//! 第1条 (審査料・登録料) and 第4条〜第7条: the written and oral exams of 認定・専門HCTC.

use super::seed::SEED_FROM;
use crate::params::Bound::{AtLeast, AtMost};
use crate::params::Param;
use crate::params::Unit::{Count, Yen};
use crate::sources::{cite, HCTC_BYLAWS};

// ── 第1条 審査料・登録料 (認定HCTC・専門HCTC) ──
pub const EXAMINATION_FEE: Param = p!(
    "hctc.fees.examination",
    10_000,
    Yen,
    cite!(HCTC_BYLAWS, "細則第1条第1項"),
    "認定HCTC・専門HCTCの認定審査料",
    "Examination fee (certified / specialist HCTC)"
);

pub const REGISTRATION_FEE: Param = p!(
    "hctc.fees.registration",
    10_000,
    Yen,
    cite!(HCTC_BYLAWS, "細則第1条第2項"),
    "認定審査合格時の認定登録料",
    "Registration fee on passing"
);

// ── 第4条〜第7条 試験 ──
pub const CERTIFIED_WRITTEN_QUESTIONS: Param = p!(
    "hctc.exam.certified.written.questions",
    25,
    Count,
    AtMost,
    cite!(HCTC_BYLAWS, "細則第4条第2項"),
    "認定HCTC筆記試験の問題数（多肢選択形式25問）",
    "Certified HCTC written exam: number of questions"
);

pub const CERTIFIED_WRITTEN_PASS_CORRECT: Param = p!(
    "hctc.exam.certified.written.pass_correct",
    15,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第4条第5項"),
    "認定HCTC筆記試験の合格基準（原則として15問以上の正解）",
    "Certified HCTC written exam: correct answers to pass"
);

pub const CERTIFIED_ORAL_EXAMINERS: Param = p!(
    "hctc.exam.certified.oral.examiners",
    2,
    Count,
    cite!(HCTC_BYLAWS, "細則第5条第2項"),
    "認定HCTC口頭試験の面接員（2名）",
    "Certified HCTC oral exam: examiners"
);

pub const CERTIFIED_ORAL_ITEMS: Param = p!(
    "hctc.exam.certified.oral.items",
    10,
    Count,
    cite!(HCTC_BYLAWS, "細則第5条第3項"),
    "認定HCTC口頭試験の評価項目数（10項目）",
    "Certified HCTC oral exam: rated items"
);

pub const CERTIFIED_ORAL_PASS_ITEMS: Param = p!(
    "hctc.exam.certified.oral.pass_items",
    8,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第5条第3項"),
    "認定HCTC口頭試験の合格基準（2名とも良・可の項目が原則8項目以上）",
    "Certified HCTC oral exam: items rated good or fair by both examiners to pass"
);

pub const SPECIALIST_WRITTEN_QUESTIONS: Param = p!(
    "hctc.exam.specialist.written.questions",
    25,
    Count,
    AtMost,
    cite!(HCTC_BYLAWS, "細則第6条第2項"),
    "専門HCTC筆記試験の問題数（多肢選択形式25問）",
    "Specialist HCTC written exam: number of questions"
);

pub const SPECIALIST_WRITTEN_PASS_CORRECT: Param = p!(
    "hctc.exam.specialist.written.pass_correct",
    15,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第6条第5項"),
    "専門HCTC筆記試験の合格基準（原則として15問以上）",
    "Specialist HCTC written exam: correct answers to pass"
);

pub const SPECIALIST_ORAL_EXAMINERS: Param = p!(
    "hctc.exam.specialist.oral.examiners",
    2,
    Count,
    cite!(HCTC_BYLAWS, "細則第7条第2項"),
    "専門HCTC口頭試験の面接員（2名）",
    "Specialist HCTC oral exam: examiners"
);

pub const SPECIALIST_ORAL_ITEMS: Param = p!(
    "hctc.exam.specialist.oral.items",
    10,
    Count,
    cite!(HCTC_BYLAWS, "細則第7条第3項"),
    "専門HCTC口頭試験の評価項目数（10項目）",
    "Specialist HCTC oral exam: rated items"
);

pub const SPECIALIST_ORAL_PASS_ITEMS: Param = p!(
    "hctc.exam.specialist.oral.pass_items",
    8,
    Count,
    AtLeast,
    cite!(HCTC_BYLAWS, "細則第7条第3項"),
    "専門HCTC口頭試験の合格基準（2名とも良・可の項目が原則8項目以上）",
    "Specialist HCTC oral exam: items rated good or fair by both examiners to pass"
);
