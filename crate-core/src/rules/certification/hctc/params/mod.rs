//! The figures of the HCTC 細則 (seed 002), one named row per figure, grouped by article: every
//! threshold, fee and date the logic reads is found by searching for its name.
//!
//! Full calendar dates cannot be a `Param` value (an `i64`), so the seed's dates are stored in the
//! units the seed itself uses: fiscal years (平成28年3月末日 = the end of FY2015, 平成32年度 = FY2020,
//! 平成28年4月以降 = FY2016 on) and month-days (2月1日 = 0201); the 細則's own start date 2017-04-28
//! is a year plus a month-day.

use crate::date::{ymd, Date};
use crate::money::{Direction, Rounding};
use crate::params::Param;
use crate::sources::{cite, Cite, HCTC_BYLAWS};

/// A row of the 細則 in force from [`SEED_FROM`], with or without a bound.
macro_rules! p {
    ($id:expr, $v:expr, $unit:expr, $src:expr, $ja:expr, $en:expr) => {
        Param::new($id, $v, $unit, SEED_FROM, $src, $ja, $en)
    };
    ($id:expr, $v:expr, $unit:expr, $bound:expr, $src:expr, $ja:expr, $en:expr) => {
        Param::new($id, $v, $unit, SEED_FROM, $src, $ja, $en).bound($bound)
    };
}

mod exams;
mod full_process;
mod provisional;
mod renewal;
mod seed;
mod special;

pub use exams::*;
pub use full_process::*;
pub use provisional::*;
pub use renewal::*;
pub use seed::SEED_FROM;
pub use special::*;

pub static PARAMS: &[Param] = &[
    EXAMINATION_FEE,
    REGISTRATION_FEE,
    CERTIFIED_WRITTEN_QUESTIONS,
    CERTIFIED_WRITTEN_PASS_CORRECT,
    CERTIFIED_ORAL_EXAMINERS,
    CERTIFIED_ORAL_ITEMS,
    CERTIFIED_ORAL_PASS_ITEMS,
    SPECIALIST_WRITTEN_QUESTIONS,
    SPECIALIST_WRITTEN_PASS_CORRECT,
    SPECIALIST_ORAL_EXAMINERS,
    SPECIALIST_ORAL_ITEMS,
    SPECIALIST_ORAL_PASS_ITEMS,
    CERTIFIED_RENEWAL_PATIENT_CASES,
    CERTIFIED_RENEWAL_DONOR_CASES,
    CERTIFIED_RENEWAL_RELATED_DONOR_CASES,
    CERTIFIED_RENEWAL_MEETINGS,
    CERTIFIED_RENEWAL_SEMINARS,
    SPECIALIST_RENEWAL_PATIENT_CASES,
    SPECIALIST_RENEWAL_DONOR_CASES,
    SPECIALIST_RENEWAL_RELATED_DONOR_CASES,
    SPECIALIST_RENEWAL_MEETINGS,
    SPECIALIST_RENEWAL_SEMINARS,
    RENEWAL_EXAMINATION_FEE,
    RENEWAL_WINDOW_START,
    RENEWAL_WINDOW_END,
    DEFERRAL_MAX_YEARS,
    OLD_CERTIFICATION_LAST_FY,
    PROVISIONAL_APPLICATION_LAST_FY,
    PROVISIONAL_EXAMINATION_FEE,
    PROVISIONAL_REGISTRATION_FEE,
    PROVISIONAL_FULL_TIME_YEARS,
    PROVISIONAL_PATIENT_CASES,
    PROVISIONAL_DONOR_CASES,
    PROVISIONAL_RELATED_DONOR_CASES,
    PROVISIONAL_MEETINGS,
    PROVISIONAL_SEMINARS,
    PROVISIONAL_CASE_REPORTS,
    PROVISIONAL_VALID_YEARS,
    UPGRADE_PATIENT_CASES,
    UPGRADE_DONOR_CASES,
    UPGRADE_RELATED_DONOR_CASES,
    UPGRADE_MEETINGS,
    UPGRADE_SEMINARS,
    PEDIATRIC_ADULT_PATIENT_CASES,
    PEDIATRIC_ADULT_DONOR_CASES,
    PEDIATRIC_ADULT_RELATED_DONOR_CASES,
    PEDIATRIC_REPORTS,
    PEDIATRIC_FEE_PERCENT,
    TRANSITION_CERTIFIED_FROM_FY,
    SAISOKU_ENFORCED_YEAR,
    SAISOKU_ENFORCED_MONTH_DAY,
    TRANSITION_FULL_TIME_YEARS,
    TRANSITION_PATIENT_CASES,
    TRANSITION_DONOR_CASES,
    TRANSITION_RELATED_DONOR_CASES,
    TRANSITION_ATTENDANCE_YEARS,
    TRANSITION_MEETINGS,
    TRANSITION_SEMINARS,
    FULL_PROCESS_CERTIFIED_PATIENT_CASES,
    FULL_PROCESS_CERTIFIED_RELATED_DONOR_CASES,
    FULL_PROCESS_PEDIATRIC_PATIENT_CASES,
    FULL_PROCESS_PEDIATRIC_RELATED_DONOR_CASES,
    FULL_PROCESS_PEDIATRIC_CHILD_DONOR_CASES,
    FULL_PROCESS_SPECIALIST_PATIENT_CASES,
    FULL_PROCESS_SPECIALIST_RELATED_DONOR_CASES,
    FULL_PROCESS_PROVISIONAL_PATIENT_CASES,
    FULL_PROCESS_PROVISIONAL_RELATED_DONOR_CASES,
    FULL_PROCESS_PEDIATRIC_TO_ADULT_PATIENT_CASES,
    FULL_PROCESS_PEDIATRIC_TO_ADULT_RELATED_DONOR_CASES,
    CHILD_UNDER_AGE,
    ADULT_FROM_AGE,
];

/// 半額 (第20条第2項). The seed names no rounding; 10,000円 halves exactly, but the step is declared so a
/// future odd fee would be handled visibly (reading: 1円未満切り捨て).
pub const HALF_FEE_ROUNDING: Rounding = Rounding::new(
    1,
    Direction::Down,
    "1円未満切り捨て（半額の端数、細則に定めなし）",
    "Fractions of a yen dropped (the bylaws set no rounding for the half fee)",
    cite!(HCTC_BYLAWS, "細則第20条第2項"),
);

/// The rows of one exam level (認定HCTC: 第4条・第5条, 専門HCTC: 第6条・第7条) and the 全過程
/// minimums (第26条) its document review asks for.
pub struct Exam {
    pub written_questions: &'static Param,
    pub written_pass_correct: &'static Param,
    pub oral_examiners: &'static Param,
    pub oral_items: &'static Param,
    pub oral_pass_items: &'static Param,
    pub full_process: FullProcess,
}

pub const CERTIFIED_EXAM: Exam = Exam {
    written_questions: &CERTIFIED_WRITTEN_QUESTIONS,
    written_pass_correct: &CERTIFIED_WRITTEN_PASS_CORRECT,
    oral_examiners: &CERTIFIED_ORAL_EXAMINERS,
    oral_items: &CERTIFIED_ORAL_ITEMS,
    oral_pass_items: &CERTIFIED_ORAL_PASS_ITEMS,
    full_process: FullProcess {
        patient_cases: &FULL_PROCESS_CERTIFIED_PATIENT_CASES,
        related_donor_cases: &FULL_PROCESS_CERTIFIED_RELATED_DONOR_CASES,
        article: cite!(HCTC_BYLAWS, "細則第26条第1項"),
    },
};

pub const SPECIALIST_EXAM: Exam = Exam {
    written_questions: &SPECIALIST_WRITTEN_QUESTIONS,
    written_pass_correct: &SPECIALIST_WRITTEN_PASS_CORRECT,
    oral_examiners: &SPECIALIST_ORAL_EXAMINERS,
    oral_items: &SPECIALIST_ORAL_ITEMS,
    oral_pass_items: &SPECIALIST_ORAL_PASS_ITEMS,
    full_process: FullProcess {
        patient_cases: &FULL_PROCESS_SPECIALIST_PATIENT_CASES,
        related_donor_cases: &FULL_PROCESS_SPECIALIST_RELATED_DONOR_CASES,
        article: cite!(HCTC_BYLAWS, "細則第26条第2項"),
    },
};

/// 第26条: how many of the patient and related-donor cases must cover the whole process, and
/// where the bylaws say so.
pub struct FullProcess {
    pub patient_cases: &'static Param,
    pub related_donor_cases: &'static Param,
    pub article: &'static Cite,
}

/// 第26条第1項 second sentence (小児の移植例のみ: 5 patients, 2 related donors incl. 1 child).
pub const PEDIATRIC_FULL_PROCESS: FullProcess = FullProcess {
    patient_cases: &FULL_PROCESS_PEDIATRIC_PATIENT_CASES,
    related_donor_cases: &FULL_PROCESS_PEDIATRIC_RELATED_DONOR_CASES,
    article: cite!(HCTC_BYLAWS, "細則第26条第1項"),
};

/// The first day of the HCTC認定研修 the society announced on 2020-09-23, with a revision of these
/// 細則 whose full text was not found: from this day the page says a later revision exists. A
/// calendar date (not a figure of the 細則), so a constant cited where it is used.
pub const LATER_REVISION_FROM: Date = ymd(2020, 12, 1);

/// 第26条第3項 (暫定専門HCTC).
pub const PROVISIONAL_FULL_PROCESS: FullProcess = FullProcess {
    patient_cases: &FULL_PROCESS_PROVISIONAL_PATIENT_CASES,
    related_donor_cases: &FULL_PROCESS_PROVISIONAL_RELATED_DONOR_CASES,
    article: cite!(HCTC_BYLAWS, "細則第26条第3項"),
};

/// 第26条第4項 (小児移植認定HCTC → 認定HCTC).
pub const PEDIATRIC_TO_ADULT_FULL_PROCESS: FullProcess = FullProcess {
    patient_cases: &FULL_PROCESS_PEDIATRIC_TO_ADULT_PATIENT_CASES,
    related_donor_cases: &FULL_PROCESS_PEDIATRIC_TO_ADULT_RELATED_DONOR_CASES,
    article: cite!(HCTC_BYLAWS, "細則第26条第4項"),
};

/// The case and attendance minimums of a route that has them all.
pub struct Minimums {
    pub patient_cases: &'static Param,
    pub donor_cases: &'static Param,
    pub related_donor_cases: &'static Param,
    pub meetings: &'static Param,
    pub seminars: &'static Param,
}

/// 第9条第1項.
pub const CERTIFIED_RENEWAL: Minimums = Minimums {
    patient_cases: &CERTIFIED_RENEWAL_PATIENT_CASES,
    donor_cases: &CERTIFIED_RENEWAL_DONOR_CASES,
    related_donor_cases: &CERTIFIED_RENEWAL_RELATED_DONOR_CASES,
    meetings: &CERTIFIED_RENEWAL_MEETINGS,
    seminars: &CERTIFIED_RENEWAL_SEMINARS,
};

/// 第9条第2項.
pub const SPECIALIST_RENEWAL: Minimums = Minimums {
    patient_cases: &SPECIALIST_RENEWAL_PATIENT_CASES,
    donor_cases: &SPECIALIST_RENEWAL_DONOR_CASES,
    related_donor_cases: &SPECIALIST_RENEWAL_RELATED_DONOR_CASES,
    meetings: &SPECIALIST_RENEWAL_MEETINGS,
    seminars: &SPECIALIST_RENEWAL_SEMINARS,
};

/// 第16条.
pub const PROVISIONAL: Minimums = Minimums {
    patient_cases: &PROVISIONAL_PATIENT_CASES,
    donor_cases: &PROVISIONAL_DONOR_CASES,
    related_donor_cases: &PROVISIONAL_RELATED_DONOR_CASES,
    meetings: &PROVISIONAL_MEETINGS,
    seminars: &PROVISIONAL_SEMINARS,
};

/// 第19条第2項.
pub const UPGRADE: Minimums = Minimums {
    patient_cases: &UPGRADE_PATIENT_CASES,
    donor_cases: &UPGRADE_DONOR_CASES,
    related_donor_cases: &UPGRADE_RELATED_DONOR_CASES,
    meetings: &UPGRADE_MEETINGS,
    seminars: &UPGRADE_SEMINARS,
};

/// 第21条.
pub const TRANSITION: Minimums = Minimums {
    patient_cases: &TRANSITION_PATIENT_CASES,
    donor_cases: &TRANSITION_DONOR_CASES,
    related_donor_cases: &TRANSITION_RELATED_DONOR_CASES,
    meetings: &TRANSITION_MEETINGS,
    seminars: &TRANSITION_SEMINARS,
};
