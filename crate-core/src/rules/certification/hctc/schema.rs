//! What the HCTC checker reads: the route (`check`), then each route's own fields. A field that
//! belongs to other routes is ignored (the page keeps every route's fields in its URL).

use crate::msg::Text;
use crate::schema::{choices, Field, Schema};

choices! {
    /// The route checked, with the names applicants know it by.
    pub enum Check: CHECKS {
        /// 細則第4条・第6条.
        WrittenExam = "written_exam", "筆記試験（認定・専門HCTC）", "Written exam (certified / specialist)";
        /// 細則第5条・第7条.
        OralExam = "oral_exam", "口頭試験（認定・専門HCTC）", "Oral exam (certified / specialist)";
        /// 細則第2条・第26条第1項・第2項・第27条: the document review of an application.
        ApplicationReview = "application_review", "認定・専門HCTCの申請（書類審査: 全過程の事例・年齢）", "Certified / specialist application (document review: whole-process cases, ages)";
        /// 細則第9条第1項.
        RenewalCertified = "renewal_certified", "認定HCTCの更新", "Renewal of a certified HCTC";
        /// 細則第9条第2項.
        RenewalSpecialist = "renewal_specialist", "専門HCTCの更新", "Renewal of a specialist HCTC";
        /// 細則第14条〜第19条第1項.
        ProvisionalSpecialist = "provisional_specialist", "暫定専門HCTCの認定（旧制度の認定取得者）", "Provisional specialist (old-system holders)";
        /// 細則第19条第2項〜第4項.
        ProvisionalToSpecialist = "provisional_to_specialist", "暫定専門HCTCから専門HCTCへ", "Provisional specialist → specialist";
        /// 細則第20条.
        PediatricToAdult = "pediatric_to_adult", "小児移植認定HCTCから認定HCTCへ（特別措置）", "Pediatric HCTC → certified HCTC (special route)";
        /// 細則第21条.
        TransitionSpecialist = "transition_specialist", "移行期間の認定取得者から専門HCTCへ", "Transition-period holders → specialist";
    }
}

choices! {
    /// 認定HCTC (第4条・第5条) or 専門HCTC (第6条・第7条) for the exams.
    pub enum Level: LEVELS {
        Certified = "certified", "認定HCTC（細則第4条・第5条）", "Certified HCTC (第4条・第5条)";
        Specialist = "specialist", "専門HCTC（細則第6条・第7条）", "Specialist HCTC (第6条・第7条)";
    }
}

choices! {
    /// 良・可・不可 (第5条第3項), typed in either language.
    pub enum Rating: RATING_CHOICES {
        Good = "good" ["良"], "良", "Good";
        Fair = "fair" ["可"], "可", "Fair";
        Poor = "poor" ["不可"], "不可", "Poor";
    }
}

impl Rating {
    pub fn good_or_fair(self) -> bool {
        matches!(self, Rating::Good | Rating::Fair)
    }
}

/// The routes with case counts, meetings and seminars (all but the exams and 第20条's adult cases).
const COUNTED: &[&str] = &[
    "renewal_certified",
    "renewal_specialist",
    "provisional_specialist",
    "provisional_to_specialist",
    "transition_specialist",
];
/// The routes whose articles require membership with the dues paid (not the application review).
const DUES_ROUTES: &[&str] = &[
    "renewal_certified",
    "renewal_specialist",
    "provisional_specialist",
    "provisional_to_specialist",
    "pediatric_to_adult",
    "transition_specialist",
];
const PEDIATRIC: &[&str] = &["pediatric_to_adult"];
/// The document review of an application (第26条第1項・第2項, 第27条).
const APPLICATION: &[&str] = &["application_review"];

/// Largest counts accepted (a career holds hundreds of cases at most).
pub const MAX_COUNT: i64 = 10_000;
/// Largest number of years (full-time work, deferral).
pub const MAX_YEARS: i64 = 100;
/// Largest number of rating items and of examiners read (the exam has 10 × 2; a grid of another
/// size is a `wrong_count` error of the rules, not of the reader).
pub const MAX_RATING_ITEMS: usize = 100;

const CASES: Text = Text::new("件", "cases");
const TIMES: Text = Text::new("回", "times");
const YEARS: Text = Text::new("年", "years");
const REPORTS: Text = Text::new("事例", "cases");

pub const CHECK: Field =
    Field::choice("check", Text::new("確認したい手続き", "What to check"), CHECKS).example("written_exam");

pub const LEVEL: Field = Field::choice("level", Text::new("試験の種類", "Exam"), LEVELS)
    .default("certified")
    .when("check", &["written_exam", "oral_exam", "application_review"]);

pub const CORRECT: Field = Field::count(
    "correct",
    Text::new("筆記試験の正解数（25問中）", "Correct answers (of 25)"),
    1_000,
    Text::new("問", "of 25"),
)
.help(Text::new("原則として15問以上の正解で合格です。", "As a rule, 15 or more correct passes."))
.example("15")
.when("check", &["written_exam"]);

pub const RATING: Field = Field::choice("rating", Text::new("評価", "Rating"), RATING_CHOICES);

pub const RATING_ITEM: Field = Field::list(
    "item",
    Text::new("評価項目（面接員ごとの評価）", "Item (each examiner's rating)"),
    &RATING,
    MAX_RATING_ITEMS,
);

pub const RATINGS: Field = Field::list(
    "ratings",
    Text::new("口頭試験の評価（10項目 × 面接員2名）", "Oral exam ratings (10 items × 2 examiners)"),
    &RATING_ITEM,
    MAX_RATING_ITEMS,
)
.help(Text::new(
    "2名とも「良」または「可」の項目が原則8項目以上で合格です。1名でも「不可」の項目は数えません。",
    "As a rule, a pass needs 8 or more items rated good or fair by both examiners; an item with any poor rating does not count.",
))
.example(
    r#"[["good","good"],["good","fair"],["fair","good"],["good","good"],["good","good"],["good","good"],["good","good"],["good","good"],["good","poor"],["good","good"]]"#,
)
.when("check", &["oral_exam"]);

pub const CERTIFIED_ON: Field =
    Field::date("certified_on", Text::new("認定HCTCを取得した日（任意）", "Date certified as HCTC (optional)"))
        .help(Text::new(
            "暫定専門は2016年3月31日まで（旧制度）、移行措置は2016年4月〜2017年4月27日の取得が対象です。",
            "Provisional: by 31 Mar 2016 (old system); transition: April 2016 to 27 April 2017.",
        ))
        .optional()
        .example("2016-03-31")
        .when("check", &["provisional_specialist", "transition_specialist"]);

pub const PROVISIONAL_CERTIFIED_ON: Field = Field::date(
    "provisional_certified_on",
    Text::new("暫定専門HCTCに認定された日（任意）", "Date of the provisional certification (optional)"),
)
.help(Text::new(
    "有効期間5年の内に申請しているかを確認します。",
    "Used to check the application is within the 5-year validity.",
))
.optional()
.example("2019-04-01")
.when("check", &["provisional_to_specialist"]);

pub const FULL_TIME: Field = Field::flag(
    "full_time",
    Text::new("認定取得時以降も専従でHCTC実務に従事している", "Full-time HCTC work continued since the certification"),
)
.example("true")
.when("check", &["renewal_specialist", "provisional_to_specialist"]);

pub const FULL_TIME_YEARS: Field = Field::decimal(
    "full_time_years",
    Text::new("専従実務経験（通算）", "Full-time experience (total)"),
    MAX_YEARS,
    YEARS,
)
.help(Text::new("0.5 のように小数でも入力できます。", "Decimals such as 2.5 are accepted."))
.default("0")
.example("3.5")
.when("check", &["provisional_specialist", "transition_specialist"]);

pub const PATIENT_CASES: Field =
    Field::count("patient_cases", Text::new("患者事例", "Patient cases"), MAX_COUNT, CASES)
        .default("0")
        .example("15")
        .when("check", COUNTED);

pub const DONOR_CASES: Field = Field::count("donor_cases", Text::new("ドナー事例", "Donor cases"), MAX_COUNT, CASES)
    .default("0")
    .example("15")
    .when("check", COUNTED);

pub const RELATED_DONOR_CASES: Field =
    Field::count("related_donor_cases", Text::new("うち血縁ドナー事例", "Of which related donors"), MAX_COUNT, CASES)
        .default("0")
        .example("5")
        .when("check", COUNTED);

pub const ADULT_PATIENT_CASES: Field = Field::count(
    "adult_patient_cases",
    Text::new("成人（18歳以上）の患者事例", "Adult patient cases (18 or over)"),
    MAX_COUNT,
    CASES,
)
.default("0")
.example("7")
.when("check", PEDIATRIC);

pub const ADULT_DONOR_CASES: Field =
    Field::count("adult_donor_cases", Text::new("成人のドナー事例", "Adult donor cases"), MAX_COUNT, CASES)
        .default("0")
        .example("7")
        .when("check", PEDIATRIC);

pub const ADULT_RELATED_DONOR_CASES: Field = Field::count(
    "adult_related_donor_cases",
    Text::new("うち成人の血縁ドナー事例", "Of which adult related donors"),
    MAX_COUNT,
    CASES,
)
.default("0")
.example("2")
.when("check", PEDIATRIC);

pub const FULL_PROCESS_ADULT_PATIENT_CASES: Field = Field::count(
    "full_process_adult_patient_cases",
    Text::new(
        "うち全過程に関わった成人患者事例（任意）",
        "Adult patient cases followed through the whole process (optional)",
    ),
    MAX_COUNT,
    CASES,
)
.optional()
.example("4")
.when("check", PEDIATRIC);

pub const FULL_PROCESS_ADULT_RELATED_DONOR_CASES: Field = Field::count(
    "full_process_adult_related_donor_cases",
    Text::new(
        "うち全過程に関わった成人血縁ドナー事例（任意）",
        "Adult related donors followed through the whole process (optional)",
    ),
    MAX_COUNT,
    CASES,
)
.optional()
.example("1")
.when("check", PEDIATRIC);

pub const FULL_PROCESS_PATIENT_CASES: Field = Field::count(
    "full_process_patient_cases",
    Text::new("うち全過程に関わった患者事例（任意）", "Patient cases followed through the whole process (optional)"),
    MAX_COUNT,
    CASES,
)
.optional()
.example("20")
.when("check", &["provisional_specialist", "application_review"]);

pub const FULL_PROCESS_RELATED_DONOR_CASES: Field = Field::count(
    "full_process_related_donor_cases",
    Text::new(
        "うち全過程に関わった血縁ドナー事例（任意）",
        "Related donors followed through the whole process (optional)",
    ),
    MAX_COUNT,
    CASES,
)
.optional()
.example("15")
.when("check", &["provisional_specialist", "application_review"]);

/// 第26条第1項 second sentence: 「小児の移植例のみのコーディネートを行っている場合」.
pub const PEDIATRIC_ONLY: Field = Field::flag(
    "pediatric_only",
    Text::new("小児の移植例のみのコーディネートを行っている", "I coordinate pediatric transplants only"),
)
.help(Text::new(
    "小児移植のみの認定HCTC申請では、全過程の事例は患者5件以上・血縁ドナー2件以上（うち小児ドナー1件以上）です。小児は18歳未満です。",
    "For a certified application coordinating children only, the whole-process cases are 5 patients and 2 related donors (1 of them a child donor). A child is under 18.",
))
.when("check", APPLICATION);

/// 第26条第1項「小児ドナー1件を含む血縁ドナー2件以上」, 第27条第4項 (under 18).
pub const FULL_PROCESS_CHILD_DONOR_CASES: Field = Field::count(
    "full_process_child_donor_cases",
    Text::new(
        "うち全過程に関わった小児（18歳未満）の血縁ドナー事例（任意）",
        "Of those, child related donors under 18 followed through the whole process (optional)",
    ),
    MAX_COUNT,
    CASES,
)
.help(Text::new("小児移植のみの申請で数えます。", "Counted for a pediatric-only application."))
.optional()
.example("1")
.when("check", APPLICATION);

/// 第27条第1項: a pediatric-only applicant's patients aged 18 or over (need a written reason).
pub const PATIENTS_18_OR_OVER: Field = Field::count(
    "patients_18_or_over",
    Text::new(
        "うち18歳以上の患者事例（小児移植のみの申請、任意）",
        "Of the patient cases, those aged 18 or over (pediatric-only application, optional)",
    ),
    MAX_COUNT,
    CASES,
)
.help(Text::new(
    "18歳以上の事例は、小児科診療となった理由を報告すれば申請に使えます。",
    "A case aged 18 or over may be used by reporting why it was treated in paediatrics.",
))
.optional()
.example("0")
.when("check", APPLICATION);

pub const PATIENT_REPORTS: Field = Field::count(
    "patient_reports",
    Text::new("患者事例の報告書（任意）", "Patient case reports (optional)"),
    MAX_COUNT,
    REPORTS,
)
.optional()
.example("3")
.when("check", &["provisional_specialist", "pediatric_to_adult"]);

pub const DONOR_REPORTS: Field = Field::count(
    "donor_reports",
    Text::new("ドナー事例の報告書（任意）", "Donor case reports (optional)"),
    MAX_COUNT,
    REPORTS,
)
.optional()
.example("3")
.when("check", &["provisional_specialist", "pediatric_to_adult"]);

pub const MEETINGS: Field =
    Field::count("meetings", Text::new("学術総会への参加", "Annual meetings attended"), MAX_COUNT, TIMES)
        .help(Text::new(
            "移行措置は申請前5年以内の参加を数えます。",
            "For the transition route, only the last 5 years count.",
        ))
        .default("0")
        .example("2")
        .when("check", COUNTED);

pub const SEMINARS: Field = Field::count(
    "seminars",
    Text::new("認定更新セミナー（ブラッシュアップ研修会）への参加", "Renewal seminars attended"),
    MAX_COUNT,
    TIMES,
)
.default("0")
.example("2")
.when("check", COUNTED);

/// Read for both renewals: 第13条 defers a 認定HCTC's renewal only, so a specialist's deferral is
/// a note.
pub const DEFERRAL_YEARS: Field = Field::count(
    "deferral_years",
    Text::new("更新の保留（通算、任意）", "Renewal deferral in total (optional)"),
    MAX_YEARS,
    YEARS,
)
.help(Text::new(
    "研究・研修、療養、産休・育休・介護休業などで保留した年数。",
    "Years deferred for study, illness, parental or family-care leave.",
))
.optional()
.example("1")
.when("check", &["renewal_certified", "renewal_specialist"]);

/// The 細則 names membership and dues for the renewals and the special routes (第9条, 第16条,
/// 第19条, 第20条, 第21条), not for an application (its requirements are 規則第5条's).
pub const DUES_PAID: Field = Field::flag(
    "dues_paid",
    Text::new(
        "継続して学会員で、申請時点で年会費を完納している",
        "Continuous member with the annual dues paid in full",
    ),
)
.example("true")
.when("check", DUES_ROUTES);

pub static SCHEMA: Schema = Schema {
    fields: &[
        CHECK,
        LEVEL,
        CORRECT,
        RATINGS,
        CERTIFIED_ON,
        PROVISIONAL_CERTIFIED_ON,
        FULL_TIME,
        FULL_TIME_YEARS,
        PATIENT_CASES,
        DONOR_CASES,
        RELATED_DONOR_CASES,
        ADULT_PATIENT_CASES,
        ADULT_DONOR_CASES,
        ADULT_RELATED_DONOR_CASES,
        FULL_PROCESS_ADULT_PATIENT_CASES,
        FULL_PROCESS_ADULT_RELATED_DONOR_CASES,
        FULL_PROCESS_PATIENT_CASES,
        FULL_PROCESS_RELATED_DONOR_CASES,
        PEDIATRIC_ONLY,
        FULL_PROCESS_CHILD_DONOR_CASES,
        PATIENTS_18_OR_OVER,
        PATIENT_REPORTS,
        DONOR_REPORTS,
        MEETINGS,
        SEMINARS,
        DEFERRAL_YEARS,
        DUES_PAID,
    ],
};
