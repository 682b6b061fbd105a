//! HCTC 造血細胞移植コーディネーター認定制度細則 — exams, renewals and the special routes (seed 002).
//!
//! The seed is the 日本造血細胞移植学会's 「造血細胞移植コーディネーター(HCTC)認定制度細則」. It was first
//! implemented on 2017-04-28 (第25条第1項); its first revision, which adds 第26条 (全過程の実務経験) and
//! 第27条 (ages), applies from 2019-04-01 (第25条第2項). That revision is the version encoded here, so
//! every figure is dated from 2019-04-01 and a date before it is "not in force". Later revisions
//! (the society announced some, and a training route from 2020-12-01 — RULES.md "Facts checked
//! outside the seeds") are not in the seed and are not guessed.
//!
//! One calculator, `hctc`, with `check` choosing the route:
//! - `written_exam` / `oral_exam` — 細則第4条〜第7条 (認定 or 専門 by `level`);
//! - `renewal_certified` / `renewal_specialist` — 第9条〜第13条;
//! - `provisional_specialist` — 暫定専門 HCTC, 第14条〜第19条第1項;
//! - `provisional_to_specialist` — 暫定専門 → 専門, 第19条第2項〜第4項;
//! - `pediatric_to_adult` — 小児移植認定 HCTC → 認定 HCTC, 第20条 (half fees);
//! - `transition_specialist` — 移行期間の認定取得者 → 専門, 第21条.
//!
//! Every threshold, fee and date is a row of [`PARAMS`]. Full calendar dates cannot be a `Param`
//! value (an `i64`), so the seed's dates are stored in the units the seed itself uses: fiscal years
//! (平成28年3月末日 = the end of FY2015, 平成32年度 = FY2020, 平成28年4月以降 = FY2016 on) and
//! month-days (2月1日 = 0201); the 細則's own start date 2017-04-28 is a year plus a month-day.

use crate::date::{ymd, Date, MonthEnd};
use crate::msg::{Errors, FieldError, Msg};
use crate::calculator::Evaluation;
use crate::legacy_reader::Reader;
use crate::money::{group_decimal, yen, Direction, Rounding};
use crate::params::{Bound, Ctx, Param, Unit};
use crate::explain::TraceStep;
use rust_decimal::Decimal;
use serde::Serialize;
use crate::value::Value;

/// 第25条第2項: the first revision (adding 第26条・第27条) is implemented from 2019-04-01.
pub const SEED_FROM: Date = ymd(2019, 4, 1);

macro_rules! p {
    ($id:expr, $v:expr, $unit:expr, $src:expr, $ja:expr, $en:expr) => {
        Param::new($id, $v, $unit, SEED_FROM, $src, $ja, $en)
    };
    ($id:expr, $v:expr, $unit:expr, $bound:expr, $src:expr, $ja:expr, $en:expr) => {
        Param::new($id, $v, $unit, SEED_FROM, $src, $ja, $en).bound($bound)
    };
}

use Bound::{AtLeast, AtMost};
use Unit::{Count, MonthDay, Percent, Years, Yen};

pub static PARAMS: &[Param] = &[
    // ── 第1条 審査料・登録料 (認定HCTC・専門HCTC) ──
    p!(
        "hctc.fees.examination",
        10_000,
        Yen,
        "seed 002 細則第1条第1項",
        "認定HCTC・専門HCTCの認定審査料",
        "Examination fee (certified / specialist HCTC)"
    ),
    p!(
        "hctc.fees.registration",
        10_000,
        Yen,
        "seed 002 細則第1条第2項",
        "認定審査合格時の認定登録料",
        "Registration fee on passing"
    ),
    // ── 第4条〜第7条 試験 ──
    p!(
        "hctc.exam.certified.written.questions",
        25,
        Count,
        AtMost,
        "seed 002 細則第4条第2項",
        "認定HCTC筆記試験の問題数（多肢選択形式25問）",
        "Certified HCTC written exam: number of questions"
    ),
    p!(
        "hctc.exam.certified.written.pass_correct",
        15,
        Count,
        AtLeast,
        "seed 002 細則第4条第5項",
        "認定HCTC筆記試験の合格基準（原則として15問以上の正解）",
        "Certified HCTC written exam: correct answers to pass"
    ),
    p!(
        "hctc.exam.certified.oral.examiners",
        2,
        Count,
        "seed 002 細則第5条第2項",
        "認定HCTC口頭試験の面接員（2名）",
        "Certified HCTC oral exam: examiners"
    ),
    p!(
        "hctc.exam.certified.oral.items",
        10,
        Count,
        "seed 002 細則第5条第3項",
        "認定HCTC口頭試験の評価項目数（10項目）",
        "Certified HCTC oral exam: rated items"
    ),
    p!(
        "hctc.exam.certified.oral.pass_items",
        8,
        Count,
        AtLeast,
        "seed 002 細則第5条第3項",
        "認定HCTC口頭試験の合格基準（2名とも良・可の項目が原則8項目以上）",
        "Certified HCTC oral exam: items rated good or fair by both examiners to pass"
    ),
    p!(
        "hctc.exam.specialist.written.questions",
        25,
        Count,
        AtMost,
        "seed 002 細則第6条第2項",
        "専門HCTC筆記試験の問題数（多肢選択形式25問）",
        "Specialist HCTC written exam: number of questions"
    ),
    p!(
        "hctc.exam.specialist.written.pass_correct",
        15,
        Count,
        AtLeast,
        "seed 002 細則第6条第5項",
        "専門HCTC筆記試験の合格基準（原則として15問以上）",
        "Specialist HCTC written exam: correct answers to pass"
    ),
    p!(
        "hctc.exam.specialist.oral.examiners",
        2,
        Count,
        "seed 002 細則第7条第2項",
        "専門HCTC口頭試験の面接員（2名）",
        "Specialist HCTC oral exam: examiners"
    ),
    p!(
        "hctc.exam.specialist.oral.items",
        10,
        Count,
        "seed 002 細則第7条第3項",
        "専門HCTC口頭試験の評価項目数（10項目）",
        "Specialist HCTC oral exam: rated items"
    ),
    p!(
        "hctc.exam.specialist.oral.pass_items",
        8,
        Count,
        AtLeast,
        "seed 002 細則第7条第3項",
        "専門HCTC口頭試験の合格基準（2名とも良・可の項目が原則8項目以上）",
        "Specialist HCTC oral exam: items rated good or fair by both examiners to pass"
    ),
    // ── 第9条第1項 認定HCTCの更新 ──
    p!(
        "hctc.renewal.certified.patient_cases",
        15,
        Count,
        AtLeast,
        "seed 002 細則第9条第1項(1)",
        "認定HCTC更新: 患者事例（15件以上）",
        "Certified renewal: patient cases"
    ),
    p!(
        "hctc.renewal.certified.donor_cases",
        15,
        Count,
        AtLeast,
        "seed 002 細則第9条第1項(1)",
        "認定HCTC更新: ドナー事例（15件以上）",
        "Certified renewal: donor cases"
    ),
    p!(
        "hctc.renewal.certified.related_donor_cases",
        5,
        Count,
        AtLeast,
        "seed 002 細則第9条第1項(1)",
        "認定HCTC更新: うち血縁ドナー事例（5件以上）",
        "Certified renewal: of which related-donor cases"
    ),
    p!(
        "hctc.renewal.certified.meetings",
        2,
        Count,
        AtLeast,
        "seed 002 細則第9条第1項(2)",
        "認定HCTC更新: 学術総会参加（2回以上）",
        "Certified renewal: annual meetings attended"
    ),
    p!(
        "hctc.renewal.certified.seminars",
        2,
        Count,
        AtLeast,
        "seed 002 細則第9条第1項(3)",
        "認定HCTC更新: 認定更新セミナー（ブラッシュアップ研修会）参加（2回以上）",
        "Certified renewal: designated renewal seminars attended"
    ),
    // ── 第9条第2項 専門HCTCの更新 ──
    p!(
        "hctc.renewal.specialist.patient_cases",
        30,
        Count,
        AtLeast,
        "seed 002 細則第9条第2項(2)",
        "専門HCTC更新: 患者事例（30件以上）",
        "Specialist renewal: patient cases"
    ),
    p!(
        "hctc.renewal.specialist.donor_cases",
        30,
        Count,
        AtLeast,
        "seed 002 細則第9条第2項(2)",
        "専門HCTC更新: ドナー事例（30件以上）",
        "Specialist renewal: donor cases"
    ),
    p!(
        "hctc.renewal.specialist.related_donor_cases",
        15,
        Count,
        AtLeast,
        "seed 002 細則第9条第2項(2)",
        "専門HCTC更新: うち血縁ドナー事例（15件以上）",
        "Specialist renewal: of which related-donor cases"
    ),
    p!(
        "hctc.renewal.specialist.meetings",
        2,
        Count,
        AtLeast,
        "seed 002 細則第9条第2項(3)",
        "専門HCTC更新: 学術総会参加（2回以上）",
        "Specialist renewal: annual meetings attended"
    ),
    p!(
        "hctc.renewal.specialist.seminars",
        2,
        Count,
        AtLeast,
        "seed 002 細則第9条第2項(4)",
        "専門HCTC更新: 認定更新セミナー参加（2回以上）",
        "Specialist renewal: designated renewal seminars attended"
    ),
    // ── 第10条・第11条・第13条 ──
    p!(
        "hctc.fees.renewal_examination",
        10_000,
        Yen,
        "seed 002 細則第10条第1項",
        "認定資格更新審査料",
        "Renewal examination fee"
    ),
    p!(
        "hctc.renewal.window_start",
        201,
        MonthDay,
        "seed 002 細則第11条第1項",
        "更新申請受付期間の初日（原則として毎年2月1日）",
        "Renewal application window: first day (1 Feb)"
    ),
    p!(
        "hctc.renewal.window_end",
        331,
        MonthDay,
        "seed 002 細則第11条第1項",
        "更新申請受付期間の末日（原則として3月31日）",
        "Renewal application window: last day (31 Mar)"
    ),
    p!(
        "hctc.renewal.deferral_max_years",
        3,
        Years,
        AtMost,
        "seed 002 細則第13条第1項",
        "更新の保留（原則として通算3年を限度）",
        "Renewal deferral: at most 3 years in total"
    ),
    // ── 第14条〜第19条 暫定専門HCTC ──
    p!(
        "hctc.provisional.old_certification_last_fy",
        2015,
        Years,
        AtMost,
        "seed 002 細則第14条",
        "旧認定制度による認定HCTC取得の期限（平成28年3月末日＝平成27年度末）",
        "Old-system certification obtained by the end of FY2015 (31 Mar 2016)"
    ),
    p!(
        "hctc.provisional.application_last_fy",
        2020,
        Years,
        AtMost,
        "seed 002 細則第14条",
        "暫定専門HCTC資格認定の期限（平成32年度＝2020年度まで）",
        "Provisional specialist certification offered until FY2020"
    ),
    p!(
        "hctc.fees.provisional_examination",
        10_000,
        Yen,
        "seed 002 細則第15条第1項",
        "暫定専門HCTCの認定審査料",
        "Provisional specialist examination fee"
    ),
    p!(
        "hctc.fees.provisional_registration",
        10_000,
        Yen,
        "seed 002 細則第15条第2項",
        "暫定専門HCTCの認定登録料",
        "Provisional specialist registration fee"
    ),
    p!(
        "hctc.provisional.full_time_years",
        3,
        Years,
        AtLeast,
        "seed 002 細則第16条(1)",
        "暫定専門: 専従実務経験（通算3年以上）",
        "Provisional specialist: full-time years"
    ),
    p!(
        "hctc.provisional.patient_cases",
        30,
        Count,
        AtLeast,
        "seed 002 細則第16条(2)",
        "暫定専門: 患者事例（30件以上）",
        "Provisional specialist: patient cases"
    ),
    p!(
        "hctc.provisional.donor_cases",
        30,
        Count,
        AtLeast,
        "seed 002 細則第16条(2)",
        "暫定専門: ドナー事例（30件以上）",
        "Provisional specialist: donor cases"
    ),
    p!(
        "hctc.provisional.related_donor_cases",
        15,
        Count,
        AtLeast,
        "seed 002 細則第16条(2)",
        "暫定専門: うち血縁ドナー（15件以上）",
        "Provisional specialist: of which related donors"
    ),
    p!(
        "hctc.provisional.meetings",
        2,
        Count,
        AtLeast,
        "seed 002 細則第16条(3)",
        "暫定専門: 学術総会参加（2回以上）",
        "Provisional specialist: annual meetings attended"
    ),
    p!(
        "hctc.provisional.seminars",
        2,
        Count,
        AtLeast,
        "seed 002 細則第16条(3)",
        "暫定専門: 学術総会中の認定更新セミナー参加（2回以上）",
        "Provisional specialist: renewal seminars held during the meetings"
    ),
    p!(
        "hctc.provisional.case_reports",
        3,
        Count,
        AtLeast,
        "seed 002 細則第17条第4項(7)",
        "暫定専門: 患者・ドナー各3事例の報告書",
        "Provisional specialist: case reports (3 patient, 3 donor)"
    ),
    p!(
        "hctc.provisional.valid_years",
        5,
        Years,
        "seed 002 細則第19条第1項",
        "暫定専門HCTCの有効期間（5年間・更新なし）",
        "Provisional specialist validity (5 years, not renewable)"
    ),
    p!(
        "hctc.provisional_upgrade.patient_cases",
        30,
        Count,
        AtLeast,
        "seed 002 細則第19条第2項(2)",
        "暫定専門→専門: 患者事例（30件以上）",
        "Provisional → specialist: patient cases"
    ),
    p!(
        "hctc.provisional_upgrade.donor_cases",
        30,
        Count,
        AtLeast,
        "seed 002 細則第19条第2項(2)",
        "暫定専門→専門: ドナー事例（30件以上）",
        "Provisional → specialist: donor cases"
    ),
    p!(
        "hctc.provisional_upgrade.related_donor_cases",
        15,
        Count,
        AtLeast,
        "seed 002 細則第19条第2項(2)",
        "暫定専門→専門: うち血縁ドナー事例（15件以上）",
        "Provisional → specialist: of which related-donor cases"
    ),
    p!(
        "hctc.provisional_upgrade.meetings",
        2,
        Count,
        AtLeast,
        "seed 002 細則第19条第2項(3)",
        "暫定専門→専門: 学術総会参加（2回以上）",
        "Provisional → specialist: annual meetings attended"
    ),
    p!(
        "hctc.provisional_upgrade.seminars",
        2,
        Count,
        AtLeast,
        "seed 002 細則第19条第2項(3)",
        "暫定専門→専門: 学術総会中の認定更新セミナー参加（2回以上）",
        "Provisional → specialist: renewal seminars held during the meetings"
    ),
    // ── 第20条 小児移植認定HCTC特別措置 ──
    p!(
        "hctc.pediatric_to_adult.adult_patient_cases",
        7,
        Count,
        AtLeast,
        "seed 002 細則第20条第1項(1)",
        "小児→成人: 成人の患者事例（7件以上）",
        "Pediatric → adult: adult patient cases"
    ),
    p!(
        "hctc.pediatric_to_adult.adult_donor_cases",
        7,
        Count,
        AtLeast,
        "seed 002 細則第20条第1項(1)",
        "小児→成人: 成人のドナー事例（7件以上）",
        "Pediatric → adult: adult donor cases"
    ),
    p!(
        "hctc.pediatric_to_adult.adult_related_donor_cases",
        2,
        Count,
        AtLeast,
        "seed 002 細則第20条第1項(1)",
        "小児→成人: うち血縁ドナー事例（2件以上）",
        "Pediatric → adult: of which related-donor cases"
    ),
    p!(
        "hctc.pediatric_to_adult.reports",
        2,
        Count,
        AtLeast,
        "seed 002 細則第20条第1項(2)",
        "小児→成人: 成人患者・成人血縁ドナー各2事例の報告書",
        "Pediatric → adult: reports on 2 adult patients and 2 adult related donors"
    ),
    p!(
        "hctc.pediatric_to_adult.fee_percent",
        50,
        Percent,
        "seed 002 細則第20条第2項",
        "小児→成人: 審査料・登録料は半額",
        "Pediatric → adult: half the examination and registration fees"
    ),
    // ── 第21条 移行期間認定資格取得者特別措置 ──
    p!(
        "hctc.transition.certified_from_fy",
        2016,
        Years,
        AtLeast,
        "seed 002 細則第21条",
        "移行期間の始まり（平成28年4月以降＝2016年度以降）",
        "Transition period starts in April 2016 (FY2016)"
    ),
    p!(
        "hctc.saisoku.enforced_year",
        2017,
        Years,
        "seed 002 細則第25条第1項",
        "本細則の実施年（2017年4月28日）",
        "Year the 細則 was first implemented (28 Apr 2017)"
    ),
    p!(
        "hctc.saisoku.enforced_month_day",
        428,
        MonthDay,
        "seed 002 細則第25条第1項",
        "本細則の実施月日（4月28日）",
        "Month-day the 細則 was first implemented (28 Apr)"
    ),
    p!(
        "hctc.transition.full_time_years",
        4,
        Years,
        AtLeast,
        "seed 002 細則第21条(1)",
        "移行措置: 専従実務経験（通算4年以上）",
        "Transition: full-time years"
    ),
    p!(
        "hctc.transition.patient_cases",
        30,
        Count,
        AtLeast,
        "seed 002 細則第21条(2)",
        "移行措置: 患者事例（30件以上）",
        "Transition: patient cases"
    ),
    p!(
        "hctc.transition.donor_cases",
        30,
        Count,
        AtLeast,
        "seed 002 細則第21条(2)",
        "移行措置: ドナー事例（30件以上）",
        "Transition: donor cases"
    ),
    p!(
        "hctc.transition.related_donor_cases",
        15,
        Count,
        AtLeast,
        "seed 002 細則第21条(2)",
        "移行措置: うち血縁ドナー（15件以上）",
        "Transition: of which related donors"
    ),
    p!(
        "hctc.transition.attendance_years",
        5,
        Years,
        AtMost,
        "seed 002 細則第21条(3)",
        "移行措置: 参加を数える期間（申請時点から過去5年以内）",
        "Transition: attendance counted within the last 5 years"
    ),
    p!(
        "hctc.transition.meetings",
        3,
        Count,
        AtLeast,
        "seed 002 細則第21条(3)",
        "移行措置: 過去5年以内の学術総会参加（3回以上）",
        "Transition: annual meetings in the last 5 years"
    ),
    p!(
        "hctc.transition.seminars",
        3,
        Count,
        AtLeast,
        "seed 002 細則第21条(3)",
        "移行措置: 過去5年以内の認定更新セミナー参加（3回以上）",
        "Transition: renewal seminars in the last 5 years"
    ),
    // ── 第26条 全過程の実務経験 ──
    p!(
        "hctc.full_process.certified.patient_cases",
        10,
        Count,
        AtLeast,
        "seed 002 細則第26条第1項",
        "認定HCTC申請: 全過程の患者事例（10件以上）",
        "Certified application: full-process patient cases"
    ),
    p!(
        "hctc.full_process.certified.related_donor_cases",
        3,
        Count,
        AtLeast,
        "seed 002 細則第26条第1項",
        "認定HCTC申請: 全過程の血縁ドナー事例（3件以上）",
        "Certified application: full-process related-donor cases"
    ),
    p!(
        "hctc.full_process.pediatric.patient_cases",
        5,
        Count,
        AtLeast,
        "seed 002 細則第26条第1項",
        "小児移植のみの申請: 全過程の患者事例（5件以上）",
        "Pediatric-only application: full-process patient cases"
    ),
    p!(
        "hctc.full_process.pediatric.related_donor_cases",
        2,
        Count,
        AtLeast,
        "seed 002 細則第26条第1項",
        "小児移植のみの申請: 全過程の血縁ドナー（2件以上、小児ドナー1件を含む）",
        "Pediatric-only application: full-process related donors (incl. 1 child donor)"
    ),
    p!(
        "hctc.full_process.specialist.patient_cases",
        20,
        Count,
        AtLeast,
        "seed 002 細則第26条第2項",
        "専門HCTC申請: 全過程の患者事例（20件以上）",
        "Specialist application: full-process patient cases"
    ),
    p!(
        "hctc.full_process.specialist.related_donor_cases",
        15,
        Count,
        AtLeast,
        "seed 002 細則第26条第2項",
        "専門HCTC申請: 全過程の血縁ドナー事例（15件以上）",
        "Specialist application: full-process related-donor cases"
    ),
    p!(
        "hctc.full_process.provisional.patient_cases",
        20,
        Count,
        AtLeast,
        "seed 002 細則第26条第3項",
        "暫定専門: 全過程の患者事例（20件以上）",
        "Provisional specialist: full-process patient cases"
    ),
    p!(
        "hctc.full_process.provisional.related_donor_cases",
        15,
        Count,
        AtLeast,
        "seed 002 細則第26条第3項",
        "暫定専門: 全過程の血縁ドナー事例（15件以上）",
        "Provisional specialist: full-process related-donor cases"
    ),
    p!(
        "hctc.full_process.pediatric_to_adult.patient_cases",
        4,
        Count,
        AtLeast,
        "seed 002 細則第26条第4項",
        "小児→成人: 全過程の成人患者事例（4件以上）",
        "Pediatric → adult: full-process adult patient cases"
    ),
    p!(
        "hctc.full_process.pediatric_to_adult.related_donor_cases",
        1,
        Count,
        AtLeast,
        "seed 002 細則第26条第4項",
        "小児→成人: 全過程の成人血縁ドナー事例（1件以上）",
        "Pediatric → adult: full-process adult related-donor cases"
    ),
    // ── 第27条 年齢 ──
    p!(
        "hctc.age.child_under",
        18,
        Years,
        Bound::LessThan,
        "seed 002 細則第27条第1項・第4項",
        "小児（患者・ドナー）の年齢（18歳未満）",
        "A child patient or donor is under 18"
    ),
    p!(
        "hctc.age.adult_from",
        18,
        Years,
        AtLeast,
        "seed 002 細則第27条第3項",
        "成人の患者・ドナーの年齢（18歳以上）",
        "An adult patient or donor is 18 or over"
    ),
];

/// 半額 (第20条第2項). The seed names no rounding; 10,000円 halves exactly, but the step is declared so a
/// future odd fee would be handled visibly (reading: 1円未満切り捨て).
pub const HALF_FEE_ROUNDING: Rounding = Rounding::new(
    1,
    Direction::Down,
    "1円未満切り捨て（半額の端数、細則に定めなし）",
    "Fractions of a yen dropped (the seed sets no rounding for the half fee)",
    "seed 002 細則第20条第2項 (rounding not stated; reading)",
);

// ───────────────────────────── shared result pieces (also used by cell_therapy) ─────────────────

/// One condition of a route: what was reached against what the seed requires.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Requirement {
    pub id: String,
    pub label: Msg,
    pub met: bool,
    /// A number (count, years) or a boolean (membership, full-time).
    pub reached: Value,
    pub required: Value,
    /// How the seed words the threshold (`at_least` = 以上 …); `value` for yes/no conditions.
    pub bound: Bound,
    /// How much is missing (number) when unmet; 0 when met; null for yes/no conditions.
    pub shortfall: Value,
    /// The seed article, e.g. `細則第9条第1項(1)`.
    pub article: String,
    /// The parameter id the threshold comes from, if any.
    pub param: Option<&'static str>,
}

/// Seed source → short article (`seed 002 細則第9条第1項(1)` → `細則第9条第1項(1)`).
pub fn article_of(source: &str) -> String {
    let s = source.strip_prefix("seed ").unwrap_or(source);
    match s.split_once(' ') {
        Some((_, rest)) => rest.to_string(),
        None => s.to_string(),
    }
}

fn fe(e: FieldError) -> Errors {
    vec![e]
}

fn internal(what: &str) -> Errors {
    vec![FieldError::new(
        "result",
        "internal",
        Msg::new(format!("内部エラー: {what}"), format!("Internal error: {what}")),
    )]
}

/// Checks an integer count against a parameter's bound; pushes a trace step.
pub fn count_req(
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
    id: &str,
    param_id: &'static str,
    reached: i64,
) -> Result<Requirement, Errors> {
    let p = ctx.param(param_id).map_err(fe)?;
    let met = p.bound.holds(reached, p.value);
    // A shortfall means something for a minimum (以上/超) only; an upper limit has none.
    let shortfall = match p.bound {
        Bound::AtLeast => Value::from(if met { 0 } else { p.value - reached }),
        Bound::MoreThan => Value::from(if met { 0 } else { p.value - reached + 1 }),
        _ => Value::Null,
    };
    let sym = bound_symbol(p.bound);
    trace.push(TraceStep::new(
        format!("req.{id}"),
        Msg::new(p.label_ja, p.label_en),
        format!(
            "{reached}{u} {sym} {}{u} → {}",
            p.value,
            if met { "充足 / met" } else { "不足 / not met" },
            u = p.unit.suffix_ja()
        ),
        Some(reached),
        p.unit,
        p.source,
    ));
    Ok(Requirement {
        id: id.to_string(),
        label: Msg::new(p.label_ja, p.label_en),
        met,
        reached: Value::from(reached),
        required: Value::from(p.value),
        bound: p.bound,
        shortfall,
        article: article_of(p.source),
        param: Some(p.id),
    })
}

/// A decimal quantity (years of full-time work) against an integer `以上` threshold.
fn decimal_req(
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
    id: &str,
    param_id: &'static str,
    reached: Decimal,
) -> Result<Requirement, Errors> {
    let p = ctx.param(param_id).map_err(fe)?;
    let limit = Decimal::from(p.value);
    let met = match p.bound {
        Bound::AtLeast => reached >= limit,
        Bound::MoreThan => reached > limit,
        Bound::AtMost => reached <= limit,
        Bound::LessThan => reached < limit,
        Bound::Value => reached == limit,
    };
    let shortfall = if met { Decimal::ZERO } else { (limit - reached).max(Decimal::ZERO) };
    trace.push(TraceStep::new(
        format!("req.{id}"),
        Msg::new(p.label_ja, p.label_en),
        format!(
            "{}年 {} {}年 → {}",
            group_decimal(reached),
            bound_symbol(p.bound),
            p.value,
            if met { "充足 / met" } else { "不足 / not met" }
        ),
        None,
        p.unit,
        p.source,
    ));
    Ok(Requirement {
        id: id.to_string(),
        label: Msg::new(p.label_ja, p.label_en),
        met,
        reached: decimal_value(reached),
        required: Value::from(p.value),
        bound: p.bound,
        shortfall: decimal_value(shortfall),
        article: article_of(p.source),
        param: Some(p.id),
    })
}

fn decimal_value(d: Decimal) -> Value {
    Value::from(d)
}

/// A yes/no condition (membership and dues, full-time work …).
pub fn bool_req(trace: &mut Vec<TraceStep>, id: &str, label: Msg, met: bool, source: &str) -> Requirement {
    trace.push(TraceStep::note(
        format!("req.{id}"),
        label.clone(),
        if met { "はい → 充足 / yes → met" } else { "いいえ → 不足 / no → not met" },
        source,
    ));
    Requirement {
        id: id.to_string(),
        label,
        met,
        reached: Value::Bool(met),
        required: Value::Bool(true),
        bound: Bound::Value,
        shortfall: Value::Null,
        article: article_of(source),
        param: None,
    }
}

pub fn bound_symbol(b: Bound) -> &'static str {
    match b {
        Bound::Value => "=",
        Bound::AtMost => "≤",
        Bound::LessThan => "<",
        Bound::AtLeast => "≥",
        Bound::MoreThan => ">",
    }
}

/// A `MonthDay` parameter (MMDD) in a given year.
pub fn month_day(year: i32, md: i64) -> Option<Date> {
    let m = u32::try_from(md / 100).ok()?;
    let d = u32::try_from(md % 100).ok()?;
    Date::new(year, m, d)
}

/// A first and last day (both inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Window {
    pub start: Date,
    pub end: Date,
}

impl Window {
    pub fn contains(&self, d: Date) -> bool {
        self.start <= d && d <= self.end
    }
}

// ───────────────────────────── input ─────────────────────────────

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    WrittenExam,
    OralExam,
    RenewalCertified,
    RenewalSpecialist,
    ProvisionalSpecialist,
    ProvisionalToSpecialist,
    PediatricToAdult,
    TransitionSpecialist,
}

const CHECKS: &[&str] = &[
    "written_exam",
    "oral_exam",
    "renewal_certified",
    "renewal_specialist",
    "provisional_specialist",
    "provisional_to_specialist",
    "pediatric_to_adult",
    "transition_specialist",
];

/// 認定HCTC (第4条・第5条) or 専門HCTC (第6条・第7条) for the exams.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Certified,
    Specialist,
}

/// 良・可・不可 (第5条第3項).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Good,
    Fair,
    Poor,
}

impl Rating {
    fn ja(self) -> &'static str {
        match self {
            Rating::Good => "良",
            Rating::Fair => "可",
            Rating::Poor => "不可",
        }
    }
    fn good_or_fair(self) -> bool {
        matches!(self, Rating::Good | Rating::Fair)
    }
}

const RATINGS: &[&str] = &["good", "fair", "poor", "良", "可", "不可"];

#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    pub check: Check,
    /// Exams: `certified` (default) or `specialist`.
    pub level: Level,
    /// written_exam: correct answers.
    pub correct: i64,
    /// oral_exam: per item, the examiners' ratings.
    pub ratings: Vec<Vec<Rating>>,
    /// 専従 (full-time) HCTC work continued since certification.
    pub full_time: bool,
    /// 専従実務経験の通算年数 (may be fractional).
    pub full_time_years: Decimal,
    /// Patient / donor / related-donor cases (for pediatric_to_adult: the adult ones).
    pub patient_cases: i64,
    pub donor_cases: i64,
    pub related_donor_cases: i64,
    pub meetings: i64,
    pub seminars: i64,
    /// Member without interruption, with the annual dues paid in full at the application.
    pub dues_paid: bool,
    /// 更新の保留: years deferred in total (optional).
    pub deferral_years: Option<i64>,
    /// When the (old-system / transition-period) 認定HCTC was obtained (optional).
    pub certified_on: Option<Date>,
    /// When the 暫定専門HCTC was obtained (optional, provisional_to_specialist).
    pub provisional_certified_on: Option<Date>,
    /// 全過程 cases (第26条), optional.
    pub full_process_patient_cases: Option<i64>,
    pub full_process_related_donor_cases: Option<i64>,
    /// Case reports submitted (第17条第4項(7), 第20条第1項(2)), optional.
    pub patient_reports: Option<i64>,
    pub donor_reports: Option<i64>,
}

/// `part` and `whole` are (Japanese, English) names of the counts.
fn over_error(r: &mut Reader, field: &str, part: (&str, &str), whole: (&str, &str), pv: i64, wv: i64) {
    r.error(
        field,
        "exceeds_total",
        Msg::new(
            format!("{}（{pv}件）が{}（{wv}件）を超えています", part.0, whole.0),
            format!("{} ({pv}) cannot exceed {} ({wv})", part.1, whole.1),
        ),
    );
}

/// Reads the count fields with the names used by the route (`adult_…` for pediatric_to_adult).
fn read_counts(r: &mut Reader, prefix: &str) -> (i64, i64, i64) {
    let pf = format!("{prefix}patient_cases");
    let df = format!("{prefix}donor_cases");
    let rf = format!("{prefix}related_donor_cases");
    let before = r.errors.len();
    let patient = r.int(&pf, Some(0));
    let donor = r.int(&df, Some(0));
    let related = r.int(&rf, Some(0));
    let clean = r.errors[before..].iter().all(|e| e.field != df && e.field != rf);
    if clean && related > donor {
        over_error(r, &rf, ("血縁ドナー事例", "Related-donor cases"), ("ドナー事例", "donor cases"), related, donor);
    }
    (patient, donor, related)
}

/// A required yes/no: absent means "not confirmed" (false), as an unticked box.
fn yes(r: &mut Reader, name: &str) -> bool {
    r.bool(name, false)
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(v, "");
    let check = match r.choice("check", CHECKS, None) {
        "oral_exam" => Check::OralExam,
        "renewal_certified" => Check::RenewalCertified,
        "renewal_specialist" => Check::RenewalSpecialist,
        "provisional_specialist" => Check::ProvisionalSpecialist,
        "provisional_to_specialist" => Check::ProvisionalToSpecialist,
        "pediatric_to_adult" => Check::PediatricToAdult,
        "transition_specialist" => Check::TransitionSpecialist,
        _ => Check::WrittenExam,
    };
    if !r.errors.is_empty() {
        return Err(r.errors);
    }
    let mut input = Input {
        check,
        level: Level::Certified,
        correct: 0,
        ratings: Vec::new(),
        full_time: false,
        full_time_years: Decimal::ZERO,
        patient_cases: 0,
        donor_cases: 0,
        related_donor_cases: 0,
        meetings: 0,
        seminars: 0,
        dues_paid: false,
        deferral_years: None,
        certified_on: None,
        provisional_certified_on: None,
        full_process_patient_cases: None,
        full_process_related_donor_cases: None,
        patient_reports: None,
        donor_reports: None,
    };
    match check {
        Check::WrittenExam | Check::OralExam => {
            input.level = match r.choice("level", &["certified", "specialist"], Some("certified")) {
                "specialist" => Level::Specialist,
                _ => Level::Certified,
            };
            if check == Check::WrittenExam {
                input.correct = r.int("correct", None);
            } else {
                input.ratings = read_ratings(&mut r);
            }
        }
        _ => {
            let prefix = if check == Check::PediatricToAdult { "adult_" } else { "" };
            let (p, d, rel) = read_counts(&mut r, prefix);
            input.patient_cases = p;
            input.donor_cases = d;
            input.related_donor_cases = rel;
            input.dues_paid = yes(&mut r, "dues_paid");
            if check != Check::PediatricToAdult {
                input.meetings = r.int("meetings", Some(0));
                input.seminars = r.int("seminars", Some(0));
            }
            match check {
                Check::RenewalSpecialist | Check::ProvisionalToSpecialist => {
                    input.full_time = yes(&mut r, "full_time");
                }
                Check::ProvisionalSpecialist | Check::TransitionSpecialist => {
                    input.full_time_years = r.decimal("full_time_years", Some(Decimal::ZERO));
                }
                _ => {}
            }
            if matches!(check, Check::RenewalCertified | Check::RenewalSpecialist) {
                input.deferral_years = r.opt_int("deferral_years");
            }
            if matches!(check, Check::ProvisionalSpecialist | Check::TransitionSpecialist) {
                input.certified_on = r.opt_date("certified_on");
            }
            if check == Check::ProvisionalToSpecialist {
                input.provisional_certified_on = r.opt_date("provisional_certified_on");
            }
            if matches!(check, Check::ProvisionalSpecialist | Check::PediatricToAdult) {
                let pf = format!("full_process_{prefix}patient_cases");
                let rf = format!("full_process_{prefix}related_donor_cases");
                input.full_process_patient_cases = r.opt_int(&pf);
                input.full_process_related_donor_cases = r.opt_int(&rf);
                if let Some(fp) = input.full_process_patient_cases {
                    if fp > p && r.errors.iter().all(|e| !e.field.ends_with("patient_cases")) {
                        over_error(&mut r, &pf, ("全過程の患者事例", "Whole-process patient cases"), ("患者事例", "patient cases"), fp, p);
                    }
                }
                if let Some(fr) = input.full_process_related_donor_cases {
                    if fr > rel && r.errors.iter().all(|e| !e.field.ends_with("related_donor_cases")) {
                        over_error(
                            &mut r,
                            &rf,
                            ("全過程の血縁ドナー事例", "Whole-process related-donor cases"),
                            ("血縁ドナー事例", "related-donor cases"),
                            fr,
                            rel,
                        );
                    }
                }
                input.patient_reports = r.opt_int("patient_reports");
                input.donor_reports = r.opt_int("donor_reports");
            }
        }
    }
    r.finish(input)
}

fn read_ratings(r: &mut Reader) -> Vec<Vec<Rating>> {
    let items = match r.raw("ratings") {
        None => {
            r.error("ratings", "required", Msg::new("評価を入力してください", "Enter the ratings"));
            return Vec::new();
        }
        Some(_) => r.array("ratings"),
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let field = format!("ratings[{i}]");
        let Some(pair) = item.as_array() else {
            r.error(
                &field,
                "wrong_type",
                Msg::new(
                    "各項目は面接員ごとの評価の配列です（例: [\"良\",\"可\"]）",
                    "Each item is an array of the examiners' ratings, e.g. [\"good\",\"fair\"]",
                ),
            );
            out.push(Vec::new());
            continue;
        };
        let mut row = Vec::with_capacity(pair.len());
        for (j, x) in pair.iter().enumerate() {
            let rating = match x.as_str() {
                Some("good" | "良") => Some(Rating::Good),
                Some("fair" | "可") => Some(Rating::Fair),
                Some("poor" | "不可") => Some(Rating::Poor),
                _ => None,
            };
            match rating {
                Some(rt) => row.push(rt),
                None => r.error(
                    &format!("{field}[{j}]"),
                    "invalid_choice",
                    Msg::new(
                        format!("次のいずれかを指定してください: {}", RATINGS.join(", ")),
                        format!("Expected one of: {}", RATINGS.join(", ")),
                    ),
                ),
            }
        }
        out.push(row);
    }
    out
}

// ───────────────────────────── output ─────────────────────────────

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fee {
    pub id: &'static str,
    pub label: Msg,
    /// What is due on this route.
    pub amount_yen: i64,
    /// The full fee before any reduction (半額).
    pub full_amount_yen: i64,
    /// When it is paid.
    pub when: Msg,
    /// Always false: 「いかなる理由があっても返却しない」.
    pub refundable: bool,
    pub article: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OralItem {
    /// 1-based item number.
    pub item: usize,
    pub ratings: Vec<Rating>,
    pub ratings_ja: Vec<&'static str>,
    /// Every examiner rated it 良 or 可.
    pub good_or_fair_by_all: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Output {
    pub check: Check,
    /// Exams: passed. Routes: every requirement met.
    pub eligible: bool,
    pub requirements: Vec<Requirement>,
    /// Ids of the requirements not met.
    pub unmet: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub passed: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correct: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub questions: Option<i64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub oral_items: Vec<OralItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items_good_or_fair_by_both: Option<i64>,
    /// Renewals: 2/1–3/31 of as_of's year (第11条第1項).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_window: Option<Window>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_application_window: Option<bool>,
    /// transition_specialist: the 5 years attendance is counted in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendance_window: Option<Window>,
    /// 暫定専門: validity in years (not renewable).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_years: Option<i64>,
    /// provisional_to_specialist: last day of the 暫定専門 validity (when the date was given).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provisional_valid_until: Option<Date>,
    pub fees: Vec<Fee>,
    pub fees_total_yen: i64,
    pub notes: Vec<Msg>,
}

impl Output {
    fn new(check: Check) -> Output {
        Output {
            check,
            eligible: false,
            requirements: Vec::new(),
            unmet: Vec::new(),
            level: None,
            passed: None,
            correct: None,
            questions: None,
            oral_items: Vec::new(),
            items_good_or_fair_by_both: None,
            application_window: None,
            in_application_window: None,
            attendance_window: None,
            valid_years: None,
            provisional_valid_until: None,
            fees: Vec::new(),
            fees_total_yen: 0,
            notes: Vec::new(),
        }
    }
}

// ───────────────────────────── compute ─────────────────────────────

struct Route<'a> {
    ctx: &'a Ctx,
    trace: Vec<TraceStep>,
    out: Output,
    /// Copied from the input so each route's membership check is a one-liner.
    input_dues: bool,
}

impl Route<'_> {
    fn count(&mut self, id: &str, param: &'static str, reached: i64) -> Result<(), Errors> {
        let r = count_req(self.ctx, &mut self.trace, id, param, reached)?;
        self.out.requirements.push(r);
        Ok(())
    }
    fn years(&mut self, id: &str, param: &'static str, reached: Decimal) -> Result<(), Errors> {
        let r = decimal_req(self.ctx, &mut self.trace, id, param, reached)?;
        self.out.requirements.push(r);
        Ok(())
    }
    fn yes(&mut self, id: &str, label: Msg, met: bool, source: &str) {
        let r = bool_req(&mut self.trace, id, label, met, source);
        self.out.requirements.push(r);
    }
    fn note(&mut self, key: &str, ja: impl Into<String>, en: impl Into<String>, source: &str) {
        let m = Msg::new(ja, en);
        self.trace.push(TraceStep::note(format!("note.{key}"), m.clone(), m.ja.clone(), source));
        self.out.notes.push(m);
    }
    fn dues(&mut self, source: &str) {
        self.yes(
            "membership_dues",
            Msg::new(
                "継続して本学会会員であり、申請時点で年会費を完納",
                "Continuous membership with the annual dues paid in full at the application",
            ),
            self.input_dues,
            source,
        );
    }
    fn fee(&mut self, param: &'static str, when: Msg, percent_param: Option<&'static str>) -> Result<(), Errors> {
        let p = self.ctx.param(param).map_err(fe)?;
        let mut amount = p.value;
        if let Some(pp) = percent_param {
            let pct = self.ctx.param(pp).map_err(fe)?;
            let exact = Decimal::from(p.value) * Decimal::from(pct.value) / Decimal::from(100);
            self.trace.push(TraceStep::new(
                format!("fee.{param}.exact"),
                Msg::new(format!("{}（{}%）", p.label_ja, pct.value), format!("{} ({}%)", p.label_en, pct.value)),
                format!("{} × {}% = {}円", yen(p.value), pct.value, group_decimal(exact)),
                None,
                Unit::Yen,
                pct.source,
            ));
            amount = HALF_FEE_ROUNDING.apply(exact);
            self.trace.push(TraceStep::yen(
                format!("fee.{param}.rounded"),
                HALF_FEE_ROUNDING.describe(),
                format!("{}円 → {}", group_decimal(exact), yen(amount)),
                amount,
                HALF_FEE_ROUNDING.source,
            ));
        } else {
            self.trace.push(TraceStep::yen(
                format!("fee.{param}"),
                Msg::new(p.label_ja, p.label_en),
                yen(p.value),
                p.value,
                p.source,
            ));
        }
        self.out.fees_total_yen = self.out.fees_total_yen.saturating_add(amount);
        self.out.fees.push(Fee {
            id: p.id,
            label: Msg::new(p.label_ja, p.label_en),
            amount_yen: amount,
            full_amount_yen: p.value,
            when,
            refundable: false,
            article: article_of(p.source),
        });
        Ok(())
    }
}

fn when_before_application() -> Msg {
    Msg::new("申請書類の提出に先立ち送金", "Paid before submitting the application")
}
fn when_on_passing() -> Msg {
    Msg::new("合格の通知後、認定書の受領に先立ち送金", "Paid after the pass notice, before receiving the certificate")
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let mut route = Route { ctx, trace: Vec::new(), out: Output::new(input.check), input_dues: input.dues_paid };
    match input.check {
        Check::WrittenExam => written(&mut route, input)?,
        Check::OralExam => oral(&mut route, input)?,
        Check::RenewalCertified | Check::RenewalSpecialist => renewal(&mut route, input)?,
        Check::ProvisionalSpecialist => provisional(&mut route, input)?,
        Check::ProvisionalToSpecialist => provisional_upgrade(&mut route, input)?,
        Check::PediatricToAdult => pediatric(&mut route, input)?,
        Check::TransitionSpecialist => transition(&mut route, input)?,
    }
    route.note(
        "no_refund",
        "一度払い込まれた審査料・登録料・更新審査料は、いかなる理由があっても返却されません",
        "Fees once paid are never refunded, for any reason",
        "seed 002 細則第1条第3項・第10条第2項・第15条第3項",
    );
    let Route { trace, mut out, .. } = route;
    out.unmet = out.requirements.iter().filter(|r| !r.met).map(|r| r.id.clone()).collect();
    out.eligible = out.unmet.is_empty();
    if out.passed.is_some() {
        out.passed = Some(out.eligible);
    }
    Ok(Evaluation::new(out, trace, ctx))
}

fn exam_ids(level: Level) -> [&'static str; 5] {
    match level {
        Level::Certified => [
            "hctc.exam.certified.written.questions",
            "hctc.exam.certified.written.pass_correct",
            "hctc.exam.certified.oral.examiners",
            "hctc.exam.certified.oral.items",
            "hctc.exam.certified.oral.pass_items",
        ],
        Level::Specialist => [
            "hctc.exam.specialist.written.questions",
            "hctc.exam.specialist.written.pass_correct",
            "hctc.exam.specialist.oral.examiners",
            "hctc.exam.specialist.oral.items",
            "hctc.exam.specialist.oral.pass_items",
        ],
    }
}

/// What an exam candidate's application needed (第26条) and what the exam costs (第1条).
fn exam_common(route: &mut Route, level: Level) -> Result<(), Errors> {
    route.out.level = Some(level);
    route.out.passed = Some(false);
    route.note(
        "as_a_rule",
        "合格基準は「原則として」の定めで、最終判定は認定審査委員会が行います",
        "The pass marks apply \"as a rule\" (原則として); the examination committee decides",
        match level {
            Level::Certified => "seed 002 細則第4条第5項・第5条第3項",
            Level::Specialist => "seed 002 細則第6条第5項・第7条第3項",
        },
    );
    let (pp, pr, article) = match level {
        Level::Certified => (
            "hctc.full_process.certified.patient_cases",
            "hctc.full_process.certified.related_donor_cases",
            "seed 002 細則第26条第1項",
        ),
        Level::Specialist => (
            "hctc.full_process.specialist.patient_cases",
            "hctc.full_process.specialist.related_donor_cases",
            "seed 002 細則第26条第2項",
        ),
    };
    let fp = route.ctx.value(pp).map_err(fe)?;
    let fr = route.ctx.value(pr).map_err(fe)?;
    route.note(
        "full_process",
        format!("受験の前提となる書類審査では、患者事例{fp}件以上・血縁ドナー事例{fr}件以上が全過程の実務経験である必要があります"),
        format!("The document review before the exams needs at least {fp} patient and {fr} related-donor cases followed through the whole process"),
        article,
    );
    route.fee("hctc.fees.examination", when_before_application(), None)?;
    route.fee("hctc.fees.registration", when_on_passing(), None)?;
    Ok(())
}

/// 筆記試験: 多肢選択25問、原則15問以上の正解で合格 (第4条・第6条).
fn written(route: &mut Route, input: &Input) -> Result<(), Errors> {
    let [qid, pid, ..] = exam_ids(input.level);
    let q = route.ctx.param(qid).map_err(fe)?;
    if input.correct > q.value {
        return Err(vec![FieldError::new(
            "correct",
            "exceeds_questions",
            Msg::new(
                format!("正解数（{}）が問題数（{}問）を超えています", input.correct, q.value),
                format!("Correct answers ({}) exceed the number of questions ({})", input.correct, q.value),
            ),
        )]);
    }
    route.trace.push(TraceStep::new(
        "questions",
        Msg::new(q.label_ja, q.label_en),
        format!("{}問（試験時間1時間）", q.value),
        Some(q.value),
        Unit::Count,
        q.source,
    ));
    route.out.correct = Some(input.correct);
    route.out.questions = Some(q.value);
    route.count("written_correct", pid, input.correct)?;
    exam_common(route, input.level)
}

/// 口頭試験: 10項目を面接員2名が良・可・不可で評価、2名とも良または可の項目が原則8項目以上で合格 (第5条・第7条).
fn oral(route: &mut Route, input: &Input) -> Result<(), Errors> {
    let [_, _, eid, iid, pid] = exam_ids(input.level);
    let examiners = route.ctx.param(eid).map_err(fe)?;
    let items = route.ctx.param(iid).map_err(fe)?;
    let n_items = usize::try_from(items.value).map_err(|_| internal("items"))?;
    let n_examiners = usize::try_from(examiners.value).map_err(|_| internal("examiners"))?;
    let mut errors = Vec::new();
    if input.ratings.len() != n_items {
        errors.push(FieldError::new(
            "ratings",
            "wrong_count",
            Msg::new(
                format!("評価項目は{}項目です（入力は{}項目）", items.value, input.ratings.len()),
                format!("The oral exam rates {} items ({} given)", items.value, input.ratings.len()),
            ),
        ));
    }
    for (i, row) in input.ratings.iter().enumerate() {
        if row.len() != n_examiners {
            errors.push(FieldError::new(
                format!("ratings[{i}]"),
                "wrong_count",
                Msg::new(
                    format!("各項目は面接員{}名の評価です（入力は{}件）", examiners.value, row.len()),
                    format!("Each item has the ratings of {} examiners ({} given)", examiners.value, row.len()),
                ),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut both = 0i64;
    for (i, row) in input.ratings.iter().enumerate() {
        let ok = row.iter().all(|r| r.good_or_fair());
        if ok {
            both += 1;
        }
        let ja: Vec<&'static str> = row.iter().map(|r| r.ja()).collect();
        route.trace.push(TraceStep::note(
            format!("oral.item{}", i + 1),
            Msg::new(format!("評価項目{}", i + 1), format!("Item {}", i + 1)),
            format!("{} → {}", ja.join("・"), if ok { "2名とも良または可" } else { "不可あり" }),
            items.source,
        ));
        route.out.oral_items.push(OralItem {
            item: i + 1,
            ratings: row.clone(),
            ratings_ja: ja,
            good_or_fair_by_all: ok,
        });
    }
    route.out.items_good_or_fair_by_both = Some(both);
    route.count("oral_items_good_or_fair", pid, both)?;
    exam_common(route, input.level)
}

/// 認定・専門HCTCの更新 (第9条〜第13条).
fn renewal(route: &mut Route, input: &Input) -> Result<(), Errors> {
    let specialist = input.check == Check::RenewalSpecialist;
    let dues_src = if specialist { "seed 002 細則第9条第2項(5)" } else { "seed 002 細則第9条第1項(4)" };
    if specialist {
        route.yes(
            "full_time",
            Msg::new(
                "専門HCTC取得時以降も専従でHCTC実務に従事",
                "Full-time HCTC work continued since becoming a specialist",
            ),
            input.full_time,
            "seed 002 細則第9条第2項(1)",
        );
    }
    let ids: [(&str, &'static str, i64); 5] = if specialist {
        [
            ("patient_cases", "hctc.renewal.specialist.patient_cases", input.patient_cases),
            ("donor_cases", "hctc.renewal.specialist.donor_cases", input.donor_cases),
            ("related_donor_cases", "hctc.renewal.specialist.related_donor_cases", input.related_donor_cases),
            ("meetings", "hctc.renewal.specialist.meetings", input.meetings),
            ("seminars", "hctc.renewal.specialist.seminars", input.seminars),
        ]
    } else {
        [
            ("patient_cases", "hctc.renewal.certified.patient_cases", input.patient_cases),
            ("donor_cases", "hctc.renewal.certified.donor_cases", input.donor_cases),
            ("related_donor_cases", "hctc.renewal.certified.related_donor_cases", input.related_donor_cases),
            ("meetings", "hctc.renewal.certified.meetings", input.meetings),
            ("seminars", "hctc.renewal.certified.seminars", input.seminars),
        ]
    };
    for (id, param, reached) in ids {
        route.count(id, param, reached)?;
    }
    route.dues(dues_src);
    // 第13条 names only 認定HCTC ("認定 HCTC の認定の更新の保留"); the seed gives 専門HCTC no deferral.
    match (specialist, input.deferral_years) {
        (false, Some(y)) => {
            route.count("deferral_within_limit", "hctc.renewal.deferral_max_years", y)?;
            route.note(
                "deferral_lapse",
                "保留期間中に次回の更新審査を申請せず保留期間を超過すると、認定HCTCの資格を喪失します",
                "Letting the deferral run out without applying for renewal ends the certification",
                "seed 002 細則第13条第3項",
            );
        }
        (true, Some(y)) if y > 0 => route.note(
            "deferral_specialist",
            "細則第13条の更新の保留は認定HCTCについての定めで、専門HCTCの保留は細則に定めがありません（ここでは判定に使っていません）",
            "The deferral of 第13条 is written for 認定HCTC only; the seed sets none for specialists (not used here)",
            "seed 002 細則第13条第1項",
        ),
        _ => {}
    }
    if !specialist {
        let max = route.ctx.value("hctc.renewal.deferral_max_years").map_err(fe)?;
        route.note(
            "deferral",
            format!("研究・研修、長期療養、産前産後・育児・介護休業などで業務を休止した場合、更新の保留を原則として通算{max}年まで申請できます（理由書と根拠書類の写しを添付）"),
            format!("After a break (study, long illness, maternity/childcare/family-care leave, or another reason the committee accepts) renewal may be deferred, as a rule up to {max} years in total"),
            "seed 002 細則第13条第1項・第2項",
        );
    }
    // 第11条第1項: 申請受付期間は原則として毎年2月1日から3月31日まで.
    let ws = route.ctx.param("hctc.renewal.window_start").map_err(fe)?;
    let we = route.ctx.param("hctc.renewal.window_end").map_err(fe)?;
    let year = route.ctx.as_of.year;
    let start = month_day(year, ws.value).ok_or_else(|| internal("window_start"))?;
    let end = month_day(year, we.value).ok_or_else(|| internal("window_end"))?;
    let w = Window { start, end };
    let inside = w.contains(route.ctx.as_of);
    route.trace.push(TraceStep::note(
        "application_window",
        Msg::new("更新申請受付期間", "Renewal application window"),
        format!("{start} 〜 {end}（基準日 {} は{}）", route.ctx.as_of, if inside { "期間内" } else { "期間外" }),
        ws.source,
    ));
    route.out.application_window = Some(w);
    route.out.in_application_window = Some(inside);
    route.note(
        "window_exceptions",
        "受付期間は原則で、特別な事情があればHCTC委員会が変更でき、期間外でも正当な理由が認められ理事会が承認すれば受け付けられます",
        "The window applies as a rule: the committee may change it, and a late application may be accepted for a justified reason approved by the board",
        "seed 002 細則第11条第1項・第4項",
    );
    route.fee("hctc.fees.renewal_examination", when_before_application(), None)?;
    Ok(())
}

/// 全過程の実務経験 (第26条) — checked only when the counts are given.
fn full_process(route: &mut Route, input: &Input, fam: &str, article: &str) -> Result<(), Errors> {
    let (pp, pr): (&'static str, &'static str) = match fam {
        "provisional" => {
            ("hctc.full_process.provisional.patient_cases", "hctc.full_process.provisional.related_donor_cases")
        }
        _ => (
            "hctc.full_process.pediatric_to_adult.patient_cases",
            "hctc.full_process.pediatric_to_adult.related_donor_cases",
        ),
    };
    match input.full_process_patient_cases {
        Some(n) => route.count("full_process_patient_cases", pp, n)?,
        None => {
            let v = route.ctx.value(pp).map_err(fe)?;
            route.note(
                "full_process_patient",
                format!("患者事例のうち{v}件以上は全過程の実務経験が必要です（未入力のため未確認）"),
                format!("At least {v} of the patient cases must cover the whole process (not given, not checked)"),
                article,
            );
        }
    }
    match input.full_process_related_donor_cases {
        Some(n) => route.count("full_process_related_donor_cases", pr, n)?,
        None => {
            let v = route.ctx.value(pr).map_err(fe)?;
            route.note(
                "full_process_related",
                format!("血縁ドナー事例のうち{v}件以上は全過程の実務経験が必要です（未入力のため未確認）"),
                format!(
                    "At least {v} of the related-donor cases must cover the whole process (not given, not checked)"
                ),
                article,
            );
        }
    }
    Ok(())
}

fn reports(route: &mut Route, input: &Input, param: &'static str, article: &str) -> Result<(), Errors> {
    for (id, v) in [("patient_reports", input.patient_reports), ("donor_reports", input.donor_reports)] {
        match v {
            Some(n) => route.count(id, param, n)?,
            None => {
                let need = route.ctx.value(param).map_err(fe)?;
                route.note(
                    id,
                    format!(
                        "{}の報告書{need}事例分が必要です（未入力のため未確認）",
                        if id == "patient_reports" { "患者" } else { "ドナー" }
                    ),
                    format!(
                        "{need} {} case reports are needed (not given, not checked)",
                        if id == "patient_reports" { "patient" } else { "donor" }
                    ),
                    article,
                );
            }
        }
    }
    Ok(())
}

/// 暫定専門HCTC (第14条〜第19条第1項).
fn provisional(route: &mut Route, input: &Input) -> Result<(), Errors> {
    // 第14条「平成32年度までを期限として」: the application's fiscal year (as_of is read as the application date).
    route.count("route_open", "hctc.provisional.application_last_fy", i64::from(route.ctx.as_of.fiscal_year()))?;
    match input.certified_on {
        Some(d) => route.count("old_system_certification", "hctc.provisional.old_certification_last_fy", i64::from(d.fiscal_year()))?,
        None => route.note(
            "old_system_certification",
            "対象は平成28年3月末日（2016-03-31）までに旧認定制度で認定HCTCを取得した者です（取得日 certified_on 未入力のため未確認）",
            "Open only to those certified under the old system by 31 Mar 2016 (certified_on not given, not checked)",
            "seed 002 細則第14条",
        ),
    }
    route.years("full_time_years", "hctc.provisional.full_time_years", input.full_time_years)?;
    route.count("patient_cases", "hctc.provisional.patient_cases", input.patient_cases)?;
    route.count("donor_cases", "hctc.provisional.donor_cases", input.donor_cases)?;
    route.count("related_donor_cases", "hctc.provisional.related_donor_cases", input.related_donor_cases)?;
    route.count("meetings", "hctc.provisional.meetings", input.meetings)?;
    route.count("seminars", "hctc.provisional.seminars", input.seminars)?;
    route.dues("seed 002 細則第16条(4)");
    full_process(route, input, "provisional", "seed 002 細則第26条第3項")?;
    reports(route, input, "hctc.provisional.case_reports", "seed 002 細則第17条第4項(7)")?;
    let valid = route.ctx.param("hctc.provisional.valid_years").map_err(fe)?;
    route.out.valid_years = Some(valid.value);
    route.note(
        "validity",
        format!("暫定専門HCTCの有効期間は認定を受けた日から{}年間で、更新はありません（第19条第2項の要件で専門HCTCの認定審査へ）", valid.value),
        format!("Valid {} years from the certification date and not renewable; the way on is the specialist exam under 第19条第2項", valid.value),
        valid.source,
    );
    route.note(
        "interview",
        "書類審査に加えて面接審査があります。申請受付は年1回です",
        "The documents are followed by an interview; applications are taken once a year",
        "seed 002 細則第17条第1項・第18条第2項",
    );
    route.fee("hctc.fees.provisional_examination", when_before_application(), None)?;
    route.fee("hctc.fees.provisional_registration", when_on_passing(), None)?;
    Ok(())
}

/// 暫定専門HCTC → 専門HCTC (第19条第2項〜第4項).
fn provisional_upgrade(route: &mut Route, input: &Input) -> Result<(), Errors> {
    if let Some(d) = input.provisional_certified_on {
        let years = route.ctx.param("hctc.provisional.valid_years").map_err(fe)?;
        let y = i32::try_from(years.value).map_err(|_| internal("valid_years"))?;
        // 「認定を受けた日から5年間」: the day itself counts, so the period ends the day before the
        // 5th anniversary; from 29 Feb the anniversary is 1 Mar (RollForward), ending on 28/29 Feb
        // (民法第143条: a missing day ends the period at the month's end).
        let until = d.add_years(y, MonthEnd::RollForward).add_days(-1);
        route.out.provisional_valid_until = Some(until);
        route.yes(
            "within_validity",
            Msg::new(
                format!("暫定専門HCTCの有効期間内（{d} 〜 {until}）の申請"),
                format!("Applied within the provisional validity ({d} to {until})"),
            ),
            d <= route.ctx.as_of && route.ctx.as_of <= until,
            "seed 002 細則第19条第1項・第3項",
        );
    }
    route.yes(
        "full_time",
        Msg::new(
            "暫定専門HCTC取得時以降も専従でHCTC実務に従事",
            "Full-time HCTC work continued since the provisional certification",
        ),
        input.full_time,
        "seed 002 細則第19条第2項(1)",
    );
    route.count("patient_cases", "hctc.provisional_upgrade.patient_cases", input.patient_cases)?;
    route.count("donor_cases", "hctc.provisional_upgrade.donor_cases", input.donor_cases)?;
    route.count("related_donor_cases", "hctc.provisional_upgrade.related_donor_cases", input.related_donor_cases)?;
    route.count("meetings", "hctc.provisional_upgrade.meetings", input.meetings)?;
    route.count("seminars", "hctc.provisional_upgrade.seminars", input.seminars)?;
    route.dues("seed 002 細則第19条第2項(4)");
    route.note(
        "written_exam",
        "認定審査は申請書類の審査と細則第6条の筆記試験（25問・15問以上）で行われます。申請は規則第6条の受付期間内（規則は本資料にありません）",
        "The review is the documents plus the 第6条 written exam (25 questions, 15 to pass); applications go in the 規則第6条 window (not in this seed)",
        "seed 002 細則第19条第3項・第4項",
    );
    route.fee("hctc.fees.renewal_examination", when_before_application(), None)?;
    route.note(
        "fee_reading",
        "提出書類には「認定資格更新審査料」の送金証明が挙げられています。合格時の登録料は第19条に定めがなく、第1条第2項（専門HCTCの認定登録料）によると読んでいます",
        "The documents list proof of the renewal examination fee; a registration fee on passing is not in 第19条 and is read from 第1条第2項",
        "seed 002 細則第19条第3項(6)・第1条第2項",
    );
    route.fee("hctc.fees.registration", when_on_passing(), None)?;
    Ok(())
}

/// 小児移植認定HCTC → 認定HCTC (第20条): 書類審査のみ、審査料・登録料は半額.
fn pediatric(route: &mut Route, input: &Input) -> Result<(), Errors> {
    route.count("adult_patient_cases", "hctc.pediatric_to_adult.adult_patient_cases", input.patient_cases)?;
    route.count("adult_donor_cases", "hctc.pediatric_to_adult.adult_donor_cases", input.donor_cases)?;
    route.count(
        "adult_related_donor_cases",
        "hctc.pediatric_to_adult.adult_related_donor_cases",
        input.related_donor_cases,
    )?;
    reports(route, input, "hctc.pediatric_to_adult.reports", "seed 002 細則第20条第1項(2)")?;
    full_process(route, input, "pediatric_to_adult", "seed 002 細則第26条第4項")?;
    route.dues("seed 002 細則第20条第1項");
    let adult = route.ctx.value("hctc.age.adult_from").map_err(fe)?;
    route.note(
        "adult_age",
        format!("成人の患者・ドナーは{adult}歳以上です。{adult}歳未満の事例は内科診療となった理由を報告すれば申請に使えます"),
        format!("Adult patients and donors are {adult} or over; a younger case may be used by reporting why it was treated in internal medicine"),
        "seed 002 細則第27条第3項",
    );
    route.note(
        "document_review",
        "試験はなく、細則第2条の書類審査で認定審査を受けます。報告書は成人患者・成人血縁ドナー各2事例です",
        "No exam: the review is on documents (第2条); the reports are on 2 adult patients and 2 adult related donors",
        "seed 002 細則第20条第1項",
    );
    route.note(
        "fee_article",
        "細則第20条第2項は「第2条に規定する額の半額」としていますが、額を定めているのは第1条です（第1条の額の半額として計算）",
        "第20条第2項 says half of the amounts \"in 第2条\", but the amounts are in 第1条; computed as half of the 第1条 fees",
        "seed 002 細則第20条第2項・第1条",
    );
    route.fee("hctc.fees.examination", when_before_application(), Some("hctc.pediatric_to_adult.fee_percent"))?;
    route.fee("hctc.fees.registration", when_on_passing(), Some("hctc.pediatric_to_adult.fee_percent"))?;
    Ok(())
}

/// 移行期間認定資格取得者 → 専門HCTC (第21条).
fn transition(route: &mut Route, input: &Input) -> Result<(), Errors> {
    match input.certified_on {
        Some(d) => {
            route.count("certified_from_april_2016", "hctc.transition.certified_from_fy", i64::from(d.fiscal_year()))?;
            let y = route.ctx.param("hctc.saisoku.enforced_year").map_err(fe)?;
            let md = route.ctx.param("hctc.saisoku.enforced_month_day").map_err(fe)?;
            let yy = i32::try_from(y.value).map_err(|_| internal("enforced_year"))?;
            let enforced = month_day(yy, md.value).ok_or_else(|| internal("enforced_month_day"))?;
            route.yes(
                "certified_before_saisoku",
                Msg::new(
                    format!("本細則の実施（{enforced}）より前に認定HCTCを取得"),
                    format!("Certified before the 細則 was implemented ({enforced})"),
                ),
                d < enforced,
                "seed 002 細則第21条・第25条第1項",
            );
        }
        None => route.note(
            "transition_period",
            "対象は平成28年4月以降、本細則の実施（2017-04-28）までの移行期間に認定HCTCを取得した者です（取得日 certified_on 未入力のため未確認）",
            "Open to those certified between April 2016 and the 細則's start on 2017-04-28 (certified_on not given, not checked)",
            "seed 002 細則第21条",
        ),
    }
    route.years("full_time_years", "hctc.transition.full_time_years", input.full_time_years)?;
    route.count("patient_cases", "hctc.transition.patient_cases", input.patient_cases)?;
    route.count("donor_cases", "hctc.transition.donor_cases", input.donor_cases)?;
    route.count("related_donor_cases", "hctc.transition.related_donor_cases", input.related_donor_cases)?;
    let yrs = route.ctx.param("hctc.transition.attendance_years").map_err(fe)?;
    let y = i32::try_from(yrs.value).map_err(|_| internal("attendance_years"))?;
    // 「申請時点から過去5年以内」: as_of back 5 years, both ends inclusive; 29 Feb → 28 Feb (Clamp).
    let w = Window { start: route.ctx.as_of.add_years(-y, MonthEnd::Clamp), end: route.ctx.as_of };
    route.trace.push(TraceStep::note(
        "attendance_window",
        Msg::new(yrs.label_ja, yrs.label_en),
        format!("{} 〜 {}", w.start, w.end),
        yrs.source,
    ));
    route.out.attendance_window = Some(w);
    route.count("meetings", "hctc.transition.meetings", input.meetings)?;
    route.count("seminars", "hctc.transition.seminars", input.seminars)?;
    route.dues("seed 002 細則第21条(4)");
    route.note(
        "method",
        "規則第6条第5項の方法で専門HCTCの認定審査を受けます（規則は本資料にありません）。第26条の全過程の基準は第21条を挙げていません",
        "The specialist review follows 規則第6条第5項 (not in this seed); 第26条's whole-process minimums do not name 第21条",
        "seed 002 細則第21条・第26条",
    );
    route.fee("hctc.fees.examination", when_before_application(), None)?;
    route.fee("hctc.fees.registration", when_on_passing(), None)?;
    Ok(())
}

crate::calculator::calculator!("hctc", schema: &crate::schema::LEGACY, tables: &[PARAMS]);

#[cfg(test)]
mod tests {
    use super::*;
    // Tests write their inputs with serde_json's json!; the calculators read crate::value::Value.
    use serde_json::Value;
    #[allow(dead_code)]
    fn parse(v: &Value) -> Result<Input, Errors> {
        super::parse(&v.into())
    }
    use serde_json::json;

    fn run(as_of: Date, input: Value) -> Result<Evaluation<Output>, Errors> {
        let ctx = Ctx::over(as_of, TYPED.tables);
        compute(&parse(&input)?, &ctx)
    }

    #[test]
    fn every_param_starts_on_the_first_revision_and_cites_seed_002() {
        for p in PARAMS {
            assert_eq!(p.from, SEED_FROM, "{}", p.id);
            assert!(p.source.starts_with("seed 002 細則第"), "{}", p.id);
            assert!(p.id.starts_with("hctc."), "{}", p.id);
        }
    }

    #[test]
    fn article_is_the_source_without_the_seed_prefix() {
        assert_eq!(article_of("seed 002 細則第9条第1項(1)"), "細則第9条第1項(1)");
        assert_eq!(article_of("seed 000 Q2/A2・A7"), "Q2/A2・A7");
    }

    #[test]
    fn month_day_params_decode_to_the_seed_dates() {
        assert_eq!(month_day(2024, 201), Some(ymd(2024, 2, 1)));
        assert_eq!(month_day(2024, 331), Some(ymd(2024, 3, 31)));
        assert_eq!(month_day(2017, 428), Some(ymd(2017, 4, 28)));
        assert_eq!(month_day(2023, 229), None);
    }

    #[test]
    fn half_fee_is_an_explicit_rounding_step() {
        let ev = run(
            ymd(2024, 6, 1),
            json!({"check": "pediatric_to_adult", "adult_patient_cases": 7, "adult_donor_cases": 7,
                   "adult_related_donor_cases": 2, "dues_paid": true}),
        )
        .unwrap();
        assert_eq!(ev.result.fees_total_yen, 10_000);
        assert!(ev.result.fees.iter().all(|f| f.amount_yen == 5_000 && f.full_amount_yen == 10_000 && !f.refundable));
        let keys: Vec<&str> = ev.trace.iter().map(|t| t.key.as_str()).collect();
        assert!(keys.contains(&"fee.hctc.fees.examination.exact"));
        assert!(keys.contains(&"fee.hctc.fees.examination.rounded"));
        assert_eq!(HALF_FEE_ROUNDING.apply(Decimal::new(50_005, 1)), 5_000);
    }

    #[test]
    fn provisional_validity_counts_the_first_day_and_handles_29_february() {
        let out = |cert: &str, as_of: Date| {
            run(
                as_of,
                json!({"check": "provisional_to_specialist", "provisional_certified_on": cert, "full_time": true,
                       "patient_cases": 30, "donor_cases": 30, "related_donor_cases": 15, "meetings": 2,
                       "seminars": 2, "dues_paid": true}),
            )
            .unwrap()
            .result
        };
        assert_eq!(out("2016-02-29", ymd(2020, 1, 1)).provisional_valid_until, Some(ymd(2021, 2, 28)));
        assert_eq!(out("2019-04-01", ymd(2020, 1, 1)).provisional_valid_until, Some(ymd(2024, 3, 31)));
        assert!(out("2019-04-01", ymd(2024, 3, 31)).eligible);
        assert!(!out("2019-04-01", ymd(2024, 4, 1)).eligible);
    }

    #[test]
    fn oral_exam_needs_both_examiners() {
        let mut ratings = vec![json!(["good", "good"]); 8];
        ratings.push(json!(["poor", "good"]));
        ratings.push(json!(["good", "poor"]));
        let ev = run(ymd(2024, 6, 1), json!({"check": "oral_exam", "ratings": ratings.clone()})).unwrap();
        assert!(ev.result.eligible);
        ratings[0] = json!(["good", "poor"]);
        let ev = run(ymd(2024, 6, 1), json!({"check": "oral_exam", "ratings": ratings})).unwrap();
        assert!(!ev.result.eligible);
        assert_eq!(ev.result.items_good_or_fair_by_both, Some(7));
    }

    #[test]
    fn not_in_force_before_2019_04_01() {
        let e = run(ymd(2019, 3, 31), json!({"check": "written_exam", "correct": 20})).unwrap_err();
        assert_eq!(e[0].field, "as_of");
        assert_eq!(e[0].code, "not_in_force");
    }
}
