//! 研修認定薬剤師 — credits check for the first certification (新規) and its renewal (更新)
//! (seed 004, 日本薬剤師研修センター 「研修認定薬剤師制度 実施要領」, 平成29年4月1日施行版).
//!
//! What the seed says, and where each rule lives here:
//! - 4 「研修の単位基準」: credits per kind of training (`pharmacist.<kind>.*` params, [`Kind`]).
//! - 5(1) first certification: 40 credits, training period "最初に単位を取得した日より起算して
//!   4年間以内", "毎年5単位以上".
//! - 5(2)/(3) renewal every 3 years, 30 credits, "毎年5単位以上".
//! - 5(4) ア〜エ the limits (実習・自己 5 a year each, グループ 5 in total, only the first 通信講座,
//!   the same session twice counts once).
//! - 9(2) ただし書き: credits are claimed "1単位以上整数単位で…端数は切り捨てる" ([`CREDIT_TRUNCATION`]).
//! - 10(1): "認定の日付は…申請日…申請日以前に取得した単位は次回更新の単位には充当できない".
//! - 16 手数料: 10,286 / 10,286 / 3,086 円 (8% consumption-tax amounts, "平成26年4月1日以降受付").
//!
//! Two dated rule versions, picked by `as_of`:
//! - **seed version** (2017-04-01 .. 2022-03-31): the 4 years run from the first credit.
//! - **online version** (from 2022-04-01, RULES.md "Facts checked outside the seeds": the center
//!   keeps records online and counts the 40 credits within the 4 years before the application).
//!   Only the initial window changes; every other figure continues (an assumption: RULES.md names no
//!   other change).
//!
//! Readings of ambiguous text are documented next to the code that makes them (search "Reading:").

use crate::date::{ymd, Date, MonthEnd};
use crate::msg::{Errors, FieldError, Msg};
use crate::calculator::Evaluation;
use crate::legacy_reader::Reader;
use crate::money::{group, yen, Direction, Rounding};
use crate::params::{Bound, Ctx, Param, Unit};
use crate::explain::TraceStep;
use rust_decimal::Decimal;
use serde::Serialize;
use crate::value::Value;
use std::collections::{BTreeMap, HashSet};

/// 附則: "本実施要領は、平成29年4月1日より施行する" (the seed prints 平成29月4日1日, a typo).
const SEED_FROM: Date = ymd(2017, 4, 1);
/// Last day of the seed's window rule: the online system counts back from 2022-04-01.
const SEED_UNTIL: Date = ymd(2022, 3, 31);
const ONLINE_FROM: Date = ymd(2022, 4, 1);
/// 16(1) 欄外: "平成26年4月1日以降受付の認定の手数料" — the 8% consumption tax era.
const FEE_FROM: Date = ymd(2014, 4, 1);
/// The fees were revised with the 10% consumption tax from 2019-10-01 (RULES.md facts; new amounts
/// not confirmed), so the seed's figures end the day before. Later dates get no fee, not a guess.
const FEE_UNTIL: Date = ymd(2019, 9, 30);

const SRC_COLLECTIVE: &str = "seed 004 実施要領 4(1) 集合研修";
const SRC_PRACTICAL: &str = "seed 004 実施要領 4(2) 実習研修";
const SRC_GROUP: &str = "seed 004 実施要領 4(3) グループ研修";
const SRC_CORRESPONDENCE: &str = "seed 004 実施要領 4(4) 通信講座研修";
const SRC_SPECIAL: &str = "seed 004 実施要領 4(5) 特定講座研修";
const SRC_INTERNET: &str = "seed 004 実施要領 4(6) インターネット研修";
const SRC_SELF: &str = "seed 004 実施要領 4(7) 自己研修";
const SRC_INITIAL: &str = "seed 004 実施要領 5(1)";
const SRC_ONLINE: &str = "seed 004 実施要領 (2022-04-01 online system: RULES.md facts)";
const SRC_RENEWAL_PERIOD: &str = "seed 004 実施要領 5(2)";
const SRC_RENEWAL: &str = "seed 004 実施要領 5(3)";
const SRC_LIMIT_A: &str = "seed 004 実施要領 5(4)ア";
const SRC_LIMIT_I: &str = "seed 004 実施要領 5(4)イ";
const SRC_LIMIT_U: &str = "seed 004 実施要領 5(4)ウ";
const SRC_LIMIT_E: &str = "seed 004 実施要領 5(4)エ";
const SRC_CARRY: &str = "seed 004 実施要領 10(1) 「申請日以前に取得した単位は次回更新の単位には充当できない」";
const SRC_FEE: &str = "seed 004 実施要領 16(1)";

/// 9(2) ただし書き: "「受講シール」の請求は1単位以上整数単位で行うこととし、端数は切り捨てる".
/// Applied wherever minutes become credits (each record, or each pool of summed time).
pub const CREDIT_TRUNCATION: Rounding = Rounding::new(
    1,
    Direction::Down,
    "1単位未満切り捨て（整数単位で請求、端数は切り捨て）",
    "Fractions of a credit dropped (claimed in whole credits)",
    "seed 004 実施要領 9(2) ただし書き",
);

pub static PARAMS: &[Param] = &[
    // 4(1) 集合研修: "90分を1単位とし、1日4単位を上限とする。ただし、学会等で複数日にわたって行われる
    // 研修については、2日間6単位、3日間9単位を上限とする。なお、研修会の講師には、参加単位のほかに
    // 1単位を付加する。ただし、学会発表については除く。"
    Param::new(
        "pharmacist.collective.minutes_per_credit",
        90,
        Unit::Minutes,
        SEED_FROM,
        SRC_COLLECTIVE,
        "集合研修 1単位あたりの時間（90分を1単位）",
        "Collective training: minutes per credit",
    ),
    Param::new(
        "pharmacist.collective.daily_cap",
        4,
        Unit::Credits,
        SEED_FROM,
        SRC_COLLECTIVE,
        "集合研修 1日の上限（1日4単位を上限）",
        "Collective training: cap per day",
    )
    .bound(Bound::AtMost),
    Param::new(
        "pharmacist.collective.two_day_cap",
        6,
        Unit::Credits,
        SEED_FROM,
        SRC_COLLECTIVE,
        "学会等 2日間の上限（2日間6単位）",
        "Multi-day meeting: cap for 2 days",
    )
    .bound(Bound::AtMost),
    Param::new(
        "pharmacist.collective.three_day_cap",
        9,
        Unit::Credits,
        SEED_FROM,
        SRC_COLLECTIVE,
        "学会等 3日間の上限（3日間9単位）",
        "Multi-day meeting: cap for 3 days",
    )
    .bound(Bound::AtMost),
    Param::new(
        "pharmacist.collective.lecturer_bonus",
        1,
        Unit::Credits,
        SEED_FROM,
        SRC_COLLECTIVE,
        "研修会の講師への付加単位（学会発表を除く）",
        "Extra credit for a lecturer (not for a conference presentation)",
    ),
    // 4(2): "2時間につき1単位".
    Param::new(
        "pharmacist.practical.minutes_per_credit",
        120,
        Unit::Minutes,
        SEED_FROM,
        SRC_PRACTICAL,
        "実習研修 1単位あたりの時間（2時間につき1単位）",
        "Practical training: minutes per credit",
    ),
    // 4(3): "2時間につき1単位とする。なお、研修時間の積算を認める".
    Param::new(
        "pharmacist.group.minutes_per_credit",
        120,
        Unit::Minutes,
        SEED_FROM,
        SRC_GROUP,
        "グループ研修 1単位あたりの時間（2時間につき1単位、積算可）",
        "Group training: minutes per credit (time may be summed)",
    ),
    // 4(4): "研修センターが決定する。ただし、上限を15単位とする".
    Param::new(
        "pharmacist.correspondence.cap",
        15,
        Unit::Credits,
        SEED_FROM,
        SRC_CORRESPONDENCE,
        "通信講座研修の上限（15単位）",
        "Correspondence course: cap",
    )
    .bound(Bound::AtMost),
    // 4(5): "単位基準の上限は20単位とし、実習を伴う場合は…その上限は5単位とする".
    Param::new(
        "pharmacist.special.cap",
        20,
        Unit::Credits,
        SEED_FROM,
        SRC_SPECIAL,
        "特定講座研修の上限（20単位）",
        "Special course: cap",
    )
    .bound(Bound::AtMost),
    Param::new(
        "pharmacist.special.practical_cap",
        5,
        Unit::Credits,
        SEED_FROM,
        SRC_SPECIAL,
        "特定講座研修に伴う実習の上限（5単位）",
        "Special course, practical part: cap",
    )
    .bound(Bound::AtMost),
    // 4(6): "研修センターが決定する。原則として90分1単位とする".
    Param::new(
        "pharmacist.internet.minutes_per_credit",
        90,
        Unit::Minutes,
        SEED_FROM,
        SRC_INTERNET,
        "インターネット研修 1単位あたりの時間（原則90分1単位）",
        "Internet training: minutes per credit (as a rule)",
    ),
    // 4(7): "4時間につき1単位とする。なお、研修時間の積算を認める".
    Param::new(
        "pharmacist.self_study.minutes_per_credit",
        240,
        Unit::Minutes,
        SEED_FROM,
        SRC_SELF,
        "自己研修 1単位あたりの時間（4時間につき1単位、積算可）",
        "Self-study: minutes per credit (time may be summed)",
    ),
    // 5(1): 40単位.
    Param::new(
        "pharmacist.initial.required_credits",
        40,
        Unit::Credits,
        SEED_FROM,
        SRC_INITIAL,
        "最初の認定に必要な単位（40単位）",
        "Credits needed for the first certification",
    )
    .bound(Bound::AtLeast),
    // 5(1): "最初に単位を取得した日より起算して4年間以内" — the seed version.
    Param::new(
        "pharmacist.initial.window_from_first_credit_years",
        4,
        Unit::Years,
        SEED_FROM,
        SRC_INITIAL,
        "最初の認定の研修期間（最初に単位を取得した日から起算して4年間以内）",
        "First certification: training period (4 years from the first credit)",
    )
    .until(SEED_UNTIL),
    // The online version: 4 years counted back from the application date.
    Param::new(
        "pharmacist.initial.window_before_application_years",
        4,
        Unit::Years,
        ONLINE_FROM,
        SRC_ONLINE,
        "最初の認定の研修期間（申請日から遡って4年間）",
        "First certification: training period (the 4 years before the application date)",
    ),
    // 5(1) ただし書き and 5(3) ただし書き: "毎年5単位以上取得すること".
    Param::new(
        "pharmacist.yearly_min_credits",
        5,
        Unit::Credits,
        SEED_FROM,
        "seed 004 実施要領 5(1)・5(3) ただし書き",
        "毎年の最低単位（毎年5単位以上）",
        "Minimum credits in every year",
    )
    .bound(Bound::AtLeast),
    // 5(2): "3年毎にその更新を受けなければ…効力を失う".
    Param::new(
        "pharmacist.renewal.period_years",
        3,
        Unit::Years,
        SEED_FROM,
        SRC_RENEWAL_PERIOD,
        "認定の有効期間（3年毎に更新）",
        "Certification period (renewed every 3 years)",
    ),
    // 5(3): "30単位以上".
    Param::new(
        "pharmacist.renewal.required_credits",
        30,
        Unit::Credits,
        SEED_FROM,
        SRC_RENEWAL,
        "更新の認定に必要な単位（30単位以上）",
        "Credits needed for a renewal",
    )
    .bound(Bound::AtLeast),
    // 5(4)ア: "実習研修及び自己研修については…各々年間5単位を認定の上限とする".
    Param::new(
        "pharmacist.limit.practical_per_year",
        5,
        Unit::Credits,
        SEED_FROM,
        SRC_LIMIT_A,
        "実習研修の年間上限（年間5単位）",
        "Practical training: cap per year",
    )
    .bound(Bound::AtMost),
    Param::new(
        "pharmacist.limit.self_study_per_year",
        5,
        Unit::Credits,
        SEED_FROM,
        SRC_LIMIT_A,
        "自己研修の年間上限（年間5単位）",
        "Self-study: cap per year",
    )
    .bound(Bound::AtMost),
    // 5(4)ア なお書き: "新カリキュラム対応研修の単位を薬剤師研修支援システムにより取得した場合は、この
    // 上限を除外する" — 1 = the exemption applies (it is in the seed's own 2017 text).
    Param::new(
        "pharmacist.limit.new_curriculum_exempt",
        1,
        Unit::Count,
        SEED_FROM,
        SRC_LIMIT_A,
        "新カリキュラム対応研修（薬剤師研修支援システム）の単位は年間上限から除外",
        "New-curriculum credits earned through the online support system are exempt from the yearly cap",
    ),
    // 5(4)イ: "グループ研修については…40単位及び…30単位のうち5単位を認定の上限とする".
    Param::new(
        "pharmacist.limit.group_total",
        5,
        Unit::Credits,
        SEED_FROM,
        SRC_LIMIT_I,
        "グループ研修の上限（40単位・30単位のうち5単位）",
        "Group training: cap within the 40 / 30 credits",
    )
    .bound(Bound::AtMost),
    // 16(1) ア〜ウ (8% era).
    Param::new(
        "pharmacist.fee.initial",
        10_286,
        Unit::Yen,
        FEE_FROM,
        SRC_FEE,
        "認定の手数料（消費税8%: 本体9,524円+税762円）",
        "Certification fee (8% consumption tax era)",
    )
    .until(FEE_UNTIL),
    Param::new(
        "pharmacist.fee.initial_base",
        9_524,
        Unit::Yen,
        FEE_FROM,
        SRC_FEE,
        "認定の手数料 本体価格",
        "Certification fee before tax",
    )
    .until(FEE_UNTIL),
    Param::new(
        "pharmacist.fee.initial_tax",
        762,
        Unit::Yen,
        FEE_FROM,
        SRC_FEE,
        "認定の手数料 消費税（8%）",
        "Certification fee: consumption tax (8%)",
    )
    .until(FEE_UNTIL),
    Param::new(
        "pharmacist.fee.renewal",
        10_286,
        Unit::Yen,
        FEE_FROM,
        SRC_FEE,
        "更新の手数料（消費税8%: 本体9,524円+税762円）",
        "Renewal fee (8% consumption tax era)",
    )
    .until(FEE_UNTIL),
    Param::new(
        "pharmacist.fee.renewal_base",
        9_524,
        Unit::Yen,
        FEE_FROM,
        SRC_FEE,
        "更新の手数料 本体価格",
        "Renewal fee before tax",
    )
    .until(FEE_UNTIL),
    Param::new(
        "pharmacist.fee.renewal_tax",
        762,
        Unit::Yen,
        FEE_FROM,
        SRC_FEE,
        "更新の手数料 消費税（8%）",
        "Renewal fee: consumption tax (8%)",
    )
    .until(FEE_UNTIL),
    Param::new(
        "pharmacist.fee.reissue",
        3_086,
        Unit::Yen,
        FEE_FROM,
        SRC_FEE,
        "再交付手数料（消費税8%: 本体2,857円+税229円）",
        "Reissue fee (8% consumption tax era)",
    )
    .until(FEE_UNTIL),
    Param::new(
        "pharmacist.fee.reissue_base",
        2_857,
        Unit::Yen,
        FEE_FROM,
        SRC_FEE,
        "再交付手数料 本体価格",
        "Reissue fee before tax",
    )
    .until(FEE_UNTIL),
    Param::new(
        "pharmacist.fee.reissue_tax",
        229,
        Unit::Yen,
        FEE_FROM,
        SRC_FEE,
        "再交付手数料 消費税（8%）",
        "Reissue fee: consumption tax (8%)",
    )
    .until(FEE_UNTIL),
];

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// 最初の認定 (5(1)).
    Initial,
    /// 更新 (5(2)(3)).
    Renewal,
}

/// 2 「認定対象の研修」 (1)〜(7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// 集合研修 (incl. 公共団体の研修会 and 学会等).
    Collective,
    /// 実習研修.
    Practical,
    /// グループ研修.
    Group,
    /// 通信講座研修.
    Correspondence,
    /// 特定講座研修.
    SpecialCourse,
    /// インターネット研修.
    Internet,
    /// 自己研修.
    SelfStudy,
}

const KIND_KEYS: &[&str] = &[
    "collective",
    "practical",
    "group",
    "correspondence",
    "special_course",
    "internet",
    "self_study",
];
const ALL_KINDS: [Kind; 7] = [
    Kind::Collective,
    Kind::Practical,
    Kind::Group,
    Kind::Correspondence,
    Kind::SpecialCourse,
    Kind::Internet,
    Kind::SelfStudy,
];

impl Kind {
    fn from_key(k: &str) -> Kind {
        match k {
            "practical" => Kind::Practical,
            "group" => Kind::Group,
            "correspondence" => Kind::Correspondence,
            "special_course" => Kind::SpecialCourse,
            "internet" => Kind::Internet,
            "self_study" => Kind::SelfStudy,
            _ => Kind::Collective,
        }
    }
    pub fn key(self) -> &'static str {
        KIND_KEYS[self as usize]
    }
    pub fn ja(self) -> &'static str {
        match self {
            Kind::Collective => "集合研修",
            Kind::Practical => "実習研修",
            Kind::Group => "グループ研修",
            Kind::Correspondence => "通信講座研修",
            Kind::SpecialCourse => "特定講座研修",
            Kind::Internet => "インターネット研修",
            Kind::SelfStudy => "自己研修",
        }
    }
    pub fn en(self) -> &'static str {
        match self {
            Kind::Collective => "Collective training",
            Kind::Practical => "Practical training",
            Kind::Group => "Group training",
            Kind::Correspondence => "Correspondence course",
            Kind::SpecialCourse => "Special course",
            Kind::Internet => "Internet training",
            Kind::SelfStudy => "Self-study",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordIn {
    pub date: Date,
    pub kind: Kind,
    /// Total minutes of the training (0 when absent for kinds whose credits the center sets).
    pub minutes: i64,
    /// Days of a multi-day meeting (学会等); 1 for a one-day event.
    pub days: i64,
    /// 研修会の講師 (集合研修 only).
    pub lecturer: bool,
    /// 学会発表: a lecturer flag on a presentation earns no extra credit (4(1) "学会発表については除く").
    pub presentation: bool,
    /// Credits the center set (通信講座・特定講座・インターネット研修).
    pub credits: Option<i64>,
    /// Session id: the same session twice counts once (5(4)エ).
    pub session: Option<String>,
    /// 新カリキュラム対応研修 earned through 薬剤師研修支援システム (5(4)ア なお書き).
    pub new_curriculum: bool,
    /// The practical part of a 特定講座 (cap 5).
    pub special_practical: bool,
    /// How a 2nd or later 通信講座 is treated (5(4)ウ: グループ研修 or 自己研修); default self-study.
    pub treat_as: Kind,
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub mode: Mode,
    pub application_date: Date,
    /// The date of the certification being renewed (renewal only; required there).
    pub certified_date: Option<Date>,
    pub records: Vec<RecordIn>,
}

/// Largest number of records accepted (keeps the planner's search bounded).
pub const MAX_RECORDS: usize = 500;
const MAX_MINUTES: i64 = 100_000;
const MAX_CREDITS: i64 = 1_000;
const MAX_DAYS: i64 = 366;

fn not_applicable(ja: &str, en: &str) -> Msg {
    Msg::new(ja, en)
}

fn parse_record(v: &Value, i: usize) -> (Option<RecordIn>, Errors) {
    let mut r = Reader::new(v, format!("records[{i}]."));
    if !r.errors.is_empty() {
        return (None, r.errors);
    }
    let date = r.date("date");
    let kind = Kind::from_key(r.choice("kind", KIND_KEYS, None));
    let kind_ok = r.errors.iter().all(|e| !e.field.ends_with(".kind"));
    let minutes = match r.raw("minutes") {
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(_) => Some(r.int_max("minutes", None, MAX_MINUTES)),
        None => None,
    };
    let days = r.int_max("days", Some(1), MAX_DAYS);
    if days == 0 {
        r.error(
            "days",
            "out_of_range",
            Msg::new("日数は1以上で入力してください", "days must be at least 1"),
        );
    }
    let lecturer = r.bool("lecturer", false);
    let presentation = r.bool("presentation", false);
    let credits = match r.raw("credits") {
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(_) => Some(r.int_max("credits", None, MAX_CREDITS)),
        None => None,
    };
    let session = match r.raw("session") {
        None => None,
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(_) => {
            r.error(
                "session",
                "wrong_type",
                Msg::new("研修会IDは文字列で入力してください", "session must be a string"),
            );
            None
        }
    };
    let new_curriculum = r.bool("new_curriculum", false);
    let special_practical = r.bool("special_practical", false);
    let treat_as = match r.raw("treat_as") {
        None => Kind::SelfStudy,
        Some(_) => Kind::from_key(r.choice("treat_as", &["self_study", "group"], Some("self_study"))),
    };
    let title = match r.raw("title") {
        Some(Value::String(s)) => Some(s.clone()),
        _ => None,
    };
    if kind_ok {
        let minutes_based = matches!(kind, Kind::Collective | Kind::Practical | Kind::Group | Kind::SelfStudy);
        if minutes_based && minutes.is_none() {
            r.error(
                "minutes",
                "required",
                Msg::new("研修時間（分）を入力してください", "Enter the minutes"),
            );
        }
        if minutes_based && credits.is_some() {
            r.error(
                "credits",
                "not_applicable",
                not_applicable(
                    "この研修の単位は時間から計算します（単位数の入力は通信講座・特定講座・インターネット研修のみ）",
                    "This kind's credits come from its minutes (credits are entered only for correspondence, special course and internet training)",
                ),
            );
        }
        if matches!(kind, Kind::Correspondence | Kind::SpecialCourse) && credits.is_none() {
            r.error(
                "credits",
                "required",
                Msg::new(
                    "研修センターが決定した単位数を入力してください",
                    "Enter the credits the center set",
                ),
            );
        }
        if kind == Kind::Internet && credits.is_none() && minutes.is_none() {
            r.error(
                "credits",
                "required",
                Msg::new(
                    "単位数（または研修時間）を入力してください",
                    "Enter the credits (or the minutes)",
                ),
            );
        }
        if special_practical && kind != Kind::SpecialCourse {
            r.error(
                "special_practical",
                "not_applicable",
                not_applicable(
                    "「特定講座の実習」は特定講座研修にのみ指定できます",
                    "special_practical applies only to a special course",
                ),
            );
        }
    }
    let rec = date.map(|date| RecordIn {
        date,
        kind,
        minutes: minutes.unwrap_or(0),
        days: days.max(1),
        lecturer,
        presentation,
        credits,
        session,
        new_curriculum,
        special_practical,
        treat_as,
        title,
    });
    (rec, r.errors)
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(v, "");
    let mode = match r.choice("mode", &["initial", "renewal"], None) {
        "renewal" => Mode::Renewal,
        _ => Mode::Initial,
    };
    let application_date = r.date("application_date");
    // Reading: certified_date is ignored in the initial mode (a form may keep it filled).
    let certified_date = r.opt_date("certified_date");
    if mode == Mode::Renewal && certified_date.is_none() && r.errors.iter().all(|e| e.field != "certified_date") {
        r.error(
            "certified_date",
            "required",
            Msg::new(
                "更新の場合は現在の認定日を入力してください",
                "A renewal needs the date of the current certification",
            ),
        );
    }
    if let (Mode::Renewal, Some(c), Some(a)) = (mode, certified_date, application_date) {
        if a <= c {
            r.error(
                "application_date",
                "before_certification",
                Msg::new(
                    format!("更新の申請日（{a}）は認定日（{c}）より後の日付にしてください"),
                    format!("The renewal application date ({a}) must be after the certification date ({c})"),
                ),
            );
        }
    }
    let raw_records = r.array("records");
    if raw_records.len() > MAX_RECORDS {
        r.error(
            "records",
            "too_many",
            Msg::new(
                format!("記録は{MAX_RECORDS}件までです"),
                format!("At most {MAX_RECORDS} records"),
            ),
        );
    }
    let mut records = Vec::new();
    for (i, v) in raw_records.iter().take(MAX_RECORDS).enumerate() {
        let (rec, errs) = parse_record(v, i);
        r.errors.extend(errs);
        if let Some(rec) = rec {
            records.push(rec);
        }
    }
    let application_date = application_date.unwrap_or(ymd(2000, 1, 1));
    r.finish(Input {
        mode,
        application_date,
        certified_date,
        records,
    })
}

// ---------------------------------------------------------------------------------------------
// Rules in force
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleVersion {
    /// The seed's text: the initial window runs 4 years from the first credit.
    Seed2017,
    /// From 2022-04-01: the initial window is the 4 years before the application date.
    Online2022,
}

impl RuleVersion {
    /// The version's name in the JSON answer (`seed2017`, `online2022`).
    pub fn key(self) -> &'static str {
        match self {
            RuleVersion::Seed2017 => "seed2017",
            RuleVersion::Online2022 => "online2022",
        }
    }
}

struct Rules {
    version: RuleVersion,
    collective_min: &'static Param,
    daily_cap: &'static Param,
    two_day_cap: &'static Param,
    three_day_cap: &'static Param,
    lecturer_bonus: &'static Param,
    practical_min: &'static Param,
    group_min: &'static Param,
    corr_cap: &'static Param,
    special_cap: &'static Param,
    special_practical_cap: &'static Param,
    internet_min: &'static Param,
    self_min: &'static Param,
    yearly_min: &'static Param,
    required: &'static Param,
    /// Initial: the window param of the version in force; renewal: the 3-year period.
    window_years: &'static Param,
    practical_year_cap: &'static Param,
    self_year_cap: &'static Param,
    new_curriculum_exempt: &'static Param,
    group_total_cap: &'static Param,
    mode: Mode,
    certified_date: Option<Date>,
}

const SEED_WINDOW: &str = "pharmacist.initial.window_from_first_credit_years";
const ONLINE_WINDOW: &str = "pharmacist.initial.window_before_application_years";

fn load_rules(input: &Input, ctx: &Ctx) -> Result<Rules, Errors> {
    let version = if ctx.find(SEED_WINDOW, ctx.as_of).is_ok() {
        RuleVersion::Seed2017
    } else if ctx.find(ONLINE_WINDOW, ctx.as_of).is_ok() {
        RuleVersion::Online2022
    } else {
        return Err(vec![ctx.param(SEED_WINDOW).err().unwrap_or_else(|| {
            FieldError::new(
                "as_of",
                "not_in_force",
                Msg::new("規則がありません", "No rule in force"),
            )
        })]);
    };
    let mut errors = Vec::new();
    let mut p = |id: &str| match ctx.param(id) {
        Ok(p) => Some(p),
        Err(e) => {
            if !errors
                .iter()
                .any(|x: &FieldError| x.field == e.field && x.code == e.code)
            {
                errors.push(e);
            }
            None
        }
    };
    let window_id = match (input.mode, version) {
        (Mode::Renewal, _) => "pharmacist.renewal.period_years",
        (Mode::Initial, RuleVersion::Seed2017) => SEED_WINDOW,
        (Mode::Initial, RuleVersion::Online2022) => ONLINE_WINDOW,
    };
    let required_id = match input.mode {
        Mode::Initial => "pharmacist.initial.required_credits",
        Mode::Renewal => "pharmacist.renewal.required_credits",
    };
    let rules = (|| {
        Some(Rules {
            version,
            collective_min: p("pharmacist.collective.minutes_per_credit")?,
            daily_cap: p("pharmacist.collective.daily_cap")?,
            two_day_cap: p("pharmacist.collective.two_day_cap")?,
            three_day_cap: p("pharmacist.collective.three_day_cap")?,
            lecturer_bonus: p("pharmacist.collective.lecturer_bonus")?,
            practical_min: p("pharmacist.practical.minutes_per_credit")?,
            group_min: p("pharmacist.group.minutes_per_credit")?,
            corr_cap: p("pharmacist.correspondence.cap")?,
            special_cap: p("pharmacist.special.cap")?,
            special_practical_cap: p("pharmacist.special.practical_cap")?,
            internet_min: p("pharmacist.internet.minutes_per_credit")?,
            self_min: p("pharmacist.self_study.minutes_per_credit")?,
            yearly_min: p("pharmacist.yearly_min_credits")?,
            required: p(required_id)?,
            window_years: p(window_id)?,
            practical_year_cap: p("pharmacist.limit.practical_per_year")?,
            self_year_cap: p("pharmacist.limit.self_study_per_year")?,
            new_curriculum_exempt: p("pharmacist.limit.new_curriculum_exempt")?,
            group_total_cap: p("pharmacist.limit.group_total")?,
            mode: input.mode,
            certified_date: input.certified_date,
        })
    })();
    match rules {
        Some(r) => Ok(r),
        None => Err(errors),
    }
}

// ---------------------------------------------------------------------------------------------
// The assessment for one application date (pure; shared by compute and the planner)
// ---------------------------------------------------------------------------------------------

/// Why a record is not counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Dated after the application date.
    AfterApplication,
    /// 5(4)エ: the same session already counted.
    DuplicateSession,
    /// 10(1): on or before the certification date being renewed (not carried over).
    BeforeCertification,
    /// Outside the training window.
    OutsideWindow,
}

impl Reason {
    fn msg(self) -> Msg {
        match self {
            Reason::AfterApplication => Msg::new("申請日より後の研修", "After the application date"),
            Reason::DuplicateSession => Msg::new(
                "同一研修会の重複受講（累積単位として認めない）",
                "The same session attended again (not counted twice)",
            ),
            Reason::BeforeCertification => Msg::new(
                "認定日（申請日）以前に取得した単位は更新に充当できない",
                "Earned on or before the certification date: not carried over to the renewal",
            ),
            Reason::OutsideWindow => Msg::new("研修期間の外", "Outside the training period"),
        }
    }
    fn source(self) -> &'static str {
        match self {
            Reason::AfterApplication => "seed 004 実施要領 10(1)",
            Reason::DuplicateSession => SRC_LIMIT_E,
            Reason::BeforeCertification => SRC_CARRY,
            Reason::OutsideWindow => "seed 004 実施要領 5(1)・5(2)",
        }
    }
}

/// A cap that lowered some credits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CapNote {
    /// The param id of the cap.
    pub id: &'static str,
    pub label: Msg,
    /// `record` (one record), `day` (集合研修 per day), `year` (実習・自己 per year), `total` (グループ).
    pub scope: &'static str,
    pub limit: i64,
    pub before: i64,
    pub after: i64,
    pub source: &'static str,
    /// The record it lowered, when it lowered one record.
    pub record: Option<usize>,
    /// The year (1-based) for a yearly cap.
    pub year: Option<usize>,
    /// The day for the daily cap.
    pub date: Option<Date>,
}

fn cap_note(p: &'static Param, scope: &'static str, before: i64, after: i64) -> CapNote {
    CapNote {
        id: p.id,
        label: Msg::new(p.label_ja, p.label_en),
        scope,
        limit: p.value,
        before,
        after,
        source: p.source,
        record: None,
        year: None,
        date: None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordOut {
    /// Index in the input array (matches `records[i]` in errors).
    pub index: usize,
    pub date: Date,
    pub kind: Kind,
    pub title: Option<String>,
    pub minutes: i64,
    /// For a 2nd or later 通信講座: the kind it is treated as (5(4)ウ).
    pub treated_as: Option<Kind>,
    /// Credits before any cap (for summed kinds: the whole credits this record completes in its pool).
    pub credits_raw: i64,
    /// 講師 +1 (集合研修).
    pub lecturer_bonus: i64,
    /// Credits counted after every cap, bonus included.
    pub credits_counted: i64,
    pub rule: Msg,
    /// The caps that lowered this record.
    pub caps: Vec<CapNote>,
    /// Other notes (e.g. the new-curriculum exemption).
    pub notes: Vec<Msg>,
    /// Whether the record is inside the counted set (a capped-to-zero record is still counted).
    pub counted: bool,
    pub reason: Option<Reason>,
    pub reason_text: Option<Msg>,
    /// The year of the period the record falls in (1-based, as `years[].index`).
    pub year: Option<usize>,
    pub new_curriculum: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearOut {
    /// 1-based.
    pub index: usize,
    pub start: Date,
    pub end: Date,
    pub credits: i64,
    pub min: i64,
    pub met: bool,
    /// Whether the year has begun by the application date (only those must have 5).
    pub applies: bool,
    pub shortfall: i64,
    /// Latest day credits for this year can be earned for this application (min(end, application)).
    pub deadline: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Requirement {
    pub id: String,
    pub label: Msg,
    pub met: bool,
    pub reached: Value,
    pub required: Value,
    pub article: &'static str,
}

struct Assessed {
    window_start: Option<Date>,
    window_end: Option<Date>,
    first_credit: Option<Date>,
    expiry: Option<Date>,
    records: Vec<RecordOut>,
    years: Vec<YearOut>,
    caps: Vec<CapNote>,
    total: i64,
    requirements: Vec<Requirement>,
    eligible: bool,
}

fn truncate_credits(minutes: i64, per: i64) -> i64 {
    CREDIT_TRUNCATION.apply(Decimal::from(minutes) / Decimal::from(per.max(1)))
}

/// Year k (0-based) of a grid starting at `start`: [start + k years, start + (k+1) years − 1 day].
///
/// Reading (29 February): years are counted as 民法第143条 counts them — a year from 29 Feb ends
/// on the last day of February of the next year (no 29th), so the next year starts on 1 March.
/// That is `MonthEnd::RollForward` on the start of the next year, minus one day.
pub fn year_bounds(start: Date, k: i32) -> (Date, Date) {
    let s = start.add_years(k, MonthEnd::RollForward);
    let e = start.add_years(k + 1, MonthEnd::RollForward).add_days(-1);
    (s, e)
}

/// The online version's window: the 4 years ending on the application date.
/// Counting back uses `MonthEnd::Clamp` (2104-02-29 − 4 years = 2100-02-28, + 1 day = 2100-03-01)
/// so that the forward grid from the start ends exactly on the application date.
pub fn window_back(application: Date, years: i32) -> Date {
    application.add_years(-years, MonthEnd::Clamp).add_days(1)
}

/// Whether a record on its own starts the clock (5(1) "最初に単位を取得した日").
///
/// Reading: a record that earns at least one credit on its own, or any time-summed record
/// (グループ・自己研修, whose minutes become credits only once summed: the day of the first such
/// training is taken as the first credit day). A 30-minute talk alone earns nothing and does not.
fn starts_clock(r: &RecordIn, rules: &Rules, first_corr: bool) -> bool {
    match r.kind {
        Kind::Collective => {
            truncate_credits(r.minutes, rules.collective_min.value) >= 1 || (r.lecturer && !r.presentation)
        }
        Kind::Practical => truncate_credits(r.minutes, rules.practical_min.value) >= 1,
        Kind::Group | Kind::SelfStudy => r.minutes > 0,
        Kind::Correspondence if first_corr => r.credits.unwrap_or(0) >= 1,
        Kind::Correspondence => r.minutes > 0,
        Kind::SpecialCourse => r.credits.unwrap_or(0) >= 1,
        Kind::Internet => internet_credits(r, rules) >= 1,
    }
}

fn internet_credits(r: &RecordIn, rules: &Rules) -> i64 {
    r.credits
        .unwrap_or_else(|| truncate_credits(r.minutes, rules.internet_min.value))
}

fn msg_rule(r: &RecordIn, rules: &Rules, effective: Kind, first_corr: bool) -> Msg {
    // A 2nd or later correspondence course is counted as group or self study: say so first.
    let (pre, pre_en) = if r.kind == Kind::Correspondence {
        ("2回目以降の通信講座 → ", "2nd or later correspondence course → ")
    } else {
        ("", "")
    };
    match effective {
        Kind::Collective if r.days >= 2 => {
            let cap = if r.days == 2 {
                rules.two_day_cap.value
            } else {
                rules.three_day_cap.value
            };
            Msg::new(
                format!(
                    "学会等（{}日間）: {}分=1単位、{}単位まで",
                    r.days, rules.collective_min.value, cap
                ),
                format!(
                    "Multi-day meeting ({} days): {} min = 1 credit, at most {}",
                    r.days, rules.collective_min.value, cap
                ),
            )
        }
        Kind::Collective => Msg::new(
            format!(
                "集合研修: {}分=1単位（1日{}単位まで）",
                rules.collective_min.value, rules.daily_cap.value
            ),
            format!(
                "Collective training: {} min = 1 credit (at most {} a day)",
                rules.collective_min.value, rules.daily_cap.value
            ),
        ),
        Kind::Practical => Msg::new(
            format!(
                "実習研修: {}分=1単位（年間{}単位まで）",
                rules.practical_min.value, rules.practical_year_cap.value
            ),
            format!(
                "Practical training: {} min = 1 credit (at most {} a year)",
                rules.practical_min.value, rules.practical_year_cap.value
            ),
        ),
        Kind::Group => {
            Msg::new(
                format!(
                    "{pre}グループ研修: {}分=1単位、時間積算（合計{}単位まで）",
                    rules.group_min.value, rules.group_total_cap.value
                ),
                format!(
                    "{pre_en}Group training: {} min = 1 credit, time summed (at most {} in total)",
                    rules.group_min.value, rules.group_total_cap.value
                ),
            )
        }
        Kind::SelfStudy => {
            Msg::new(
                format!(
                    "{pre}自己研修: {}分=1単位、同じ年の時間を積算（年間{}単位まで）",
                    rules.self_min.value, rules.self_year_cap.value
                ),
                format!(
                    "{pre_en}Self-study: {} min = 1 credit, time summed within a year (at most {} a year)",
                    rules.self_min.value, rules.self_year_cap.value
                ),
            )
        }
        Kind::Correspondence => {
            debug_assert!(first_corr);
            Msg::new(
                format!(
                    "通信講座研修（1回目）: 研修センターが決定した単位（{}単位まで）",
                    rules.corr_cap.value
                ),
                format!(
                    "Correspondence course (first): credits set by the center (at most {})",
                    rules.corr_cap.value
                ),
            )
        }
        Kind::SpecialCourse if r.special_practical => Msg::new(
            format!(
                "特定講座研修の実習: 研修センターが決定した単位（{}単位まで）",
                rules.special_practical_cap.value
            ),
            format!(
                "Special course, practical part: credits set by the center (at most {})",
                rules.special_practical_cap.value
            ),
        ),
        Kind::SpecialCourse => Msg::new(
            format!(
                "特定講座研修: 研修センターが決定した単位（{}単位まで）",
                rules.special_cap.value
            ),
            format!(
                "Special course: credits set by the center (at most {})",
                rules.special_cap.value
            ),
        ),
        Kind::Internet if r.credits.is_some() => Msg::new(
            "インターネット研修: 研修センターが決定した単位",
            "Internet training: credits set by the center",
        ),
        Kind::Internet => Msg::new(
            format!("インターネット研修: 原則{}分=1単位", rules.internet_min.value),
            format!(
                "Internet training: as a rule {} min = 1 credit",
                rules.internet_min.value
            ),
        ),
    }
}

/// `detail`: build the per-record texts (the planner's search only needs the numbers).
fn assess(input: &Input, rules: &Rules, app: Date, detail: bool) -> Assessed {
    let recs = &input.records;
    let n = recs.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (recs[i].date, i));

    // 1. After the application date, then 5(4)エ duplicates (the earliest attendance counts).
    let mut reason: Vec<Option<Reason>> = vec![None; n];
    let mut seen: HashSet<&str> = HashSet::new();
    for &i in &order {
        let r = &recs[i];
        if r.date > app {
            reason[i] = Some(Reason::AfterApplication);
        } else if let Some(s) = &r.session {
            if !seen.insert(s.as_str()) {
                reason[i] = Some(Reason::DuplicateSession);
            }
        }
    }

    // 2. 5(4)ウ: the first 通信講座 among the records up to the application date.
    // Reading: "1回目" is the person's first course as entered, even if it lies outside this
    // window (then no course in the window counts as 通信講座; later ones are group/self study).
    let first_corr = order
        .iter()
        .copied()
        .find(|&i| reason[i].is_none() && recs[i].kind == Kind::Correspondence);
    let effective: Vec<Kind> = (0..n)
        .map(|i| {
            if recs[i].kind == Kind::Correspondence && Some(i) != first_corr {
                recs[i].treat_as
            } else {
                recs[i].kind
            }
        })
        .collect();

    // 3. The window and its year grid.
    let mut first_credit = None;
    let mut expiry = None;
    let (window_start, window_end, n_years) = match (rules.mode, rules.version) {
        (Mode::Initial, RuleVersion::Seed2017) => {
            first_credit = order
                .iter()
                .copied()
                .find(|&i| reason[i].is_none() && starts_clock(&recs[i], rules, Some(i) == first_corr))
                .map(|i| recs[i].date);
            let years = rules.window_years.value as i32;
            match first_credit {
                Some(x) => (Some(x), Some(year_bounds(x, years - 1).1), years),
                None => (None, None, years),
            }
        }
        (Mode::Initial, RuleVersion::Online2022) => {
            let years = rules.window_years.value as i32;
            (Some(window_back(app, years)), Some(app), years)
        }
        (Mode::Renewal, _) => {
            let years = rules.window_years.value as i32;
            let c = rules.certified_date.unwrap_or(app);
            let end = year_bounds(c, years - 1).1;
            expiry = Some(end);
            (Some(c), Some(end), years)
        }
    };
    let years_b: Vec<(Date, Date)> = match window_start {
        Some(s) => (0..n_years).map(|k| year_bounds(s, k)).collect(),
        None => Vec::new(),
    };
    for &i in &order {
        if reason[i].is_some() {
            continue;
        }
        let d = recs[i].date;
        if rules.mode == Mode::Renewal && rules.certified_date.is_some_and(|c| d <= c) {
            reason[i] = Some(Reason::BeforeCertification);
        } else if window_start.is_none_or(|s| d < s) || window_end.is_none_or(|e| d > e) {
            reason[i] = Some(Reason::OutsideWindow);
        }
    }
    let year_of = |d: Date| years_b.iter().position(|(s, e)| *s <= d && d <= *e);

    let mut out: Vec<RecordOut> = (0..n)
        .map(|i| {
            let r = &recs[i];
            let eff = effective[i];
            RecordOut {
                index: i,
                date: r.date,
                kind: r.kind,
                title: if detail { r.title.clone() } else { None },
                minutes: r.minutes,
                treated_as: (eff != r.kind).then_some(eff),
                credits_raw: 0,
                lecturer_bonus: 0,
                credits_counted: 0,
                rule: if detail {
                    msg_rule(r, rules, eff, Some(i) == first_corr)
                } else {
                    Msg::new("", "")
                },
                caps: Vec::new(),
                notes: Vec::new(),
                counted: reason[i].is_none(),
                reason: reason[i],
                reason_text: if detail { reason[i].map(Reason::msg) } else { None },
                year: if reason[i].is_none() { year_of(r.date) } else { None },
                new_curriculum: r.new_curriculum,
            }
        })
        .collect();
    let mut caps: Vec<CapNote> = Vec::new();
    let counted: Vec<usize> = order.iter().copied().filter(|&i| reason[i].is_none()).collect();

    // Standalone raw values for records not counted (informational).
    for i in (0..n).filter(|&i| reason[i].is_some()) {
        let r = &recs[i];
        out[i].credits_raw = match effective[i] {
            Kind::Collective => truncate_credits(r.minutes, rules.collective_min.value),
            Kind::Practical => truncate_credits(r.minutes, rules.practical_min.value),
            Kind::Group => truncate_credits(r.minutes, rules.group_min.value),
            Kind::SelfStudy => truncate_credits(r.minutes, rules.self_min.value),
            Kind::Correspondence | Kind::SpecialCourse => r.credits.unwrap_or(0),
            Kind::Internet => internet_credits(r, rules),
        };
    }

    let exempt_on = rules.new_curriculum_exempt.value == 1;
    let mut push_cap = |out: &mut Vec<RecordOut>, i: usize, mut c: CapNote| {
        c.record = Some(i);
        out[i].caps.push(c.clone());
        caps.push(c);
    };

    // 4. Per record, in date order.
    let mut day_used: BTreeMap<Date, i64> = BTreeMap::new();
    let mut group_cum = 0i64;
    let mut self_pools: BTreeMap<(Option<usize>, bool), i64> = BTreeMap::new();
    for &i in &counted {
        let r = &recs[i];
        let o = &mut out[i];
        match effective[i] {
            Kind::Collective => {
                let raw = truncate_credits(r.minutes, rules.collective_min.value);
                o.credits_raw = raw;
                let mut got = raw;
                if r.days >= 2 {
                    // Reading: a meeting of 4 or more days keeps the 3-day cap (9): the seed names
                    // only 2 and 3 days and a larger figure would be a guess.
                    let p = if r.days == 2 {
                        rules.two_day_cap
                    } else {
                        rules.three_day_cap
                    };
                    if raw > p.value {
                        got = p.value;
                        push_cap(&mut out, i, cap_note(p, "record", raw, got));
                    }
                } else {
                    // "1日4単位を上限": over every one-day collective record on that date, in order.
                    let used = day_used.entry(r.date).or_insert(0);
                    let room = (rules.daily_cap.value - *used).max(0);
                    if raw > room {
                        got = room;
                        let mut c = cap_note(rules.daily_cap, "day", raw, got);
                        c.date = Some(r.date);
                        push_cap(&mut out, i, c);
                    }
                    *used += got;
                }
                let o = &mut out[i];
                // Reading: the lecturer's +1 is "参加単位のほかに" (besides the participation
                // credits), so it is added after the day/meeting cap and is not limited by it.
                if r.lecturer && !r.presentation {
                    o.lecturer_bonus = rules.lecturer_bonus.value;
                } else if r.lecturer {
                    o.notes.push(Msg::new(
                        "学会発表には講師の付加単位はありません",
                        "No lecturer credit for a conference presentation",
                    ));
                }
                o.credits_counted = got + o.lecturer_bonus;
            }
            Kind::Practical => {
                o.credits_raw = truncate_credits(r.minutes, rules.practical_min.value);
                o.credits_counted = o.credits_raw; // yearly cap below
            }
            Kind::Internet => {
                o.credits_raw = internet_credits(r, rules);
                o.credits_counted = o.credits_raw;
            }
            Kind::Correspondence => {
                let raw = r.credits.unwrap_or(0);
                o.credits_raw = raw;
                o.credits_counted = raw.min(rules.corr_cap.value);
                if raw > rules.corr_cap.value {
                    push_cap(
                        &mut out,
                        i,
                        cap_note(rules.corr_cap, "record", raw, rules.corr_cap.value),
                    );
                }
            }
            Kind::SpecialCourse => {
                let raw = r.credits.unwrap_or(0);
                let p = if r.special_practical {
                    rules.special_practical_cap
                } else {
                    rules.special_cap
                };
                o.credits_raw = raw;
                o.credits_counted = raw.min(p.value);
                if raw > p.value {
                    push_cap(&mut out, i, cap_note(p, "record", raw, p.value));
                }
            }
            Kind::Group => {
                // 4(3) "研修時間の積算を認める": time summed over the window in date order; each
                // record gets the whole credits it completes (9(2): fractions dropped).
                let per = rules.group_min.value;
                let before = truncate_credits(group_cum, per);
                group_cum = group_cum.saturating_add(r.minutes);
                o.credits_raw = truncate_credits(group_cum, per) - before;
                o.credits_counted = o.credits_raw; // total cap below
            }
            Kind::SelfStudy => {
                // 4(7) "研修時間の積算を認める". Reading: time is summed within each year of the
                // window (the 5-a-year cap of 5(4)ア is counted per year, so a claim does not
                // straddle two years); exempt new-curriculum time is summed apart.
                let per = rules.self_min.value;
                let key = (o.year, exempt_on && r.new_curriculum);
                let cum = self_pools.entry(key).or_insert(0);
                let before = truncate_credits(*cum, per);
                *cum = cum.saturating_add(r.minutes);
                o.credits_raw = truncate_credits(*cum, per) - before;
                o.credits_counted = o.credits_raw; // yearly cap below
            }
        }
    }

    // 5(4)ア: 実習・自己 each at most 5 a year (years counted from the first credit / the
    // renewal date — the window's year grid). Reading of the なお書き and ただし書き: exempt
    // new-curriculum credits always count, but they fill the year's 5 first, so other credits of
    // the same kind count only up to 5 − exempt (none once the exempt credits exceed 5).
    for (kind, cap) in [
        (Kind::Practical, rules.practical_year_cap),
        (Kind::SelfStudy, rules.self_year_cap),
    ] {
        let mut exempt_sum: BTreeMap<Option<usize>, i64> = BTreeMap::new();
        for &i in counted.iter().filter(|&&i| effective[i] == kind) {
            if exempt_on && recs[i].new_curriculum {
                *exempt_sum.entry(out[i].year).or_insert(0) += out[i].credits_raw;
                out[i].notes.push(Msg::new(
                    "新カリキュラム対応研修（薬剤師研修支援システム）: 年間上限から除外",
                    "New-curriculum training via the online support system: exempt from the yearly cap",
                ));
            }
        }
        let mut used: BTreeMap<Option<usize>, i64> = BTreeMap::new();
        for &i in counted.iter().filter(|&&i| effective[i] == kind) {
            if exempt_on && recs[i].new_curriculum {
                continue;
            }
            let y = out[i].year;
            let ex = exempt_sum.get(&y).copied().unwrap_or(0);
            let u = used.entry(y).or_insert(0);
            let room = (cap.value - ex - *u).max(0);
            let raw = out[i].credits_raw;
            let got = raw.min(room);
            *u += got;
            out[i].credits_counted = got;
            if got < raw {
                let mut c = cap_note(cap, "year", raw, got);
                c.year = y.map(|k| k + 1);
                push_cap(&mut out, i, c);
            }
        }
    }

    // 5(4)イ: グループ研修 at most 5 of the 40 / 30, earliest first.
    let mut group_used = 0i64;
    for &i in counted.iter().filter(|&&i| effective[i] == Kind::Group) {
        let raw = out[i].credits_raw;
        let room = (rules.group_total_cap.value - group_used).max(0);
        let got = raw.min(room);
        group_used += got;
        out[i].credits_counted = got;
        if got < raw {
            push_cap(&mut out, i, cap_note(rules.group_total_cap, "total", raw, got));
        }
    }

    // 5. Totals, years, requirements.
    let total: i64 = counted.iter().map(|&i| out[i].credits_counted).sum();
    let min = rules.yearly_min.value;
    let years: Vec<YearOut> = years_b
        .iter()
        .enumerate()
        .map(|(k, (s, e))| {
            let credits: i64 = counted
                .iter()
                .filter(|&&i| out[i].year == Some(k))
                .map(|&i| out[i].credits_counted)
                .sum();
            // Reading: "毎年5単位以上" binds the years that have begun by the application date;
            // a year not yet begun cannot be required (an application may come before the 4th year).
            let applies = *s <= app;
            YearOut {
                index: k + 1,
                start: *s,
                end: *e,
                credits,
                min,
                met: credits >= min,
                applies,
                shortfall: if applies { (min - credits).max(0) } else { 0 },
                deadline: (*e).min(app),
            }
        })
        .collect();
    let required = rules.required.value;
    let (art_total, art_year) = match rules.mode {
        Mode::Initial => (SRC_INITIAL, "seed 004 実施要領 5(1) ただし書き"),
        Mode::Renewal => (SRC_RENEWAL, "seed 004 実施要領 5(3) ただし書き"),
    };
    let mut requirements = vec![Requirement {
        id: "total_credits".into(),
        label: match rules.mode {
            Mode::Initial => Msg::new(format!("{required}単位以上"), format!("At least {required} credits")),
            Mode::Renewal => Msg::new(format!("{required}単位以上"), format!("At least {required} credits")),
        },
        met: rules.required.bound.holds(total, required),
        reached: Value::from(total),
        required: Value::from(required),
        article: art_total,
    }];
    if window_start.is_none() {
        requirements.push(Requirement {
            id: "first_credit".into(),
            label: Msg::new(
                "最初の単位の取得（研修期間の起算日）",
                "A first credit (the start of the period)",
            ),
            met: false,
            reached: Value::Null,
            required: Value::Null,
            article: SRC_INITIAL,
        });
    }
    for y in years.iter().filter(|y| y.applies) {
        requirements.push(Requirement {
            id: format!("year_{}", y.index),
            label: Msg::new(
                format!("{}年目（{}〜{}）に{}単位以上", y.index, y.start, y.end, min),
                format!(
                    "At least {} credits in year {} ({} to {})",
                    min, y.index, y.start, y.end
                ),
            ),
            met: rules.yearly_min.bound.holds(y.credits, min),
            reached: Value::from(y.credits),
            required: Value::from(min),
            article: art_year,
        });
    }
    if let Some(exp) = expiry {
        requirements.push(Requirement {
            id: "within_validity".into(),
            label: Msg::new(
                format!("認定の有効期間内（{exp}まで）に申請"),
                format!("Applied while the certification is valid (until {exp})"),
            ),
            met: app <= exp,
            reached: Value::from(app.to_string()),
            required: Value::from(exp.to_string()),
            article: SRC_RENEWAL_PERIOD,
        });
    }
    let eligible = requirements.iter().all(|r| r.met);
    // Years are reported 1-based, like `years[].index`.
    for o in &mut out {
        o.year = o.year.map(|k| k + 1);
    }
    Assessed {
        window_start,
        window_end,
        first_credit,
        expiry,
        records: out,
        years,
        caps,
        total,
        requirements,
        eligible,
    }
}

/// Change points of the assessment as a function of the application date; the earliest eligible
/// date is one of them. Seed version and renewal: the window does not move with the application
/// date, so only a record's own date can help (a year that begins only adds a requirement).
/// Online version: the window and its years move with the application date, so a record also
/// changes year or leaves the window 1..=4 years after its date (give or take a day for 29 Feb).
fn candidates(input: &Input, rules: &Rules) -> Vec<Date> {
    let moving = rules.mode == Mode::Initial && rules.version == RuleVersion::Online2022;
    let horizon = if moving {
        rules.window_years.value.clamp(0, 10) as i32
    } else {
        0
    };
    let mut c: Vec<Date> = Vec::new();
    for r in &input.records {
        c.push(r.date);
        for j in 1..=horizon {
            for rule in [MonthEnd::Clamp, MonthEnd::RollForward] {
                let d = r.date.add_years(j, rule);
                for delta in -1..=1 {
                    c.push(d.add_days(delta));
                }
            }
        }
    }
    if let (Mode::Renewal, Some(cd)) = (rules.mode, rules.certified_date) {
        c.retain(|d| *d > cd);
    }
    c.retain(|d| Date::new(d.year, d.month, d.day).is_some());
    c.sort();
    c.dedup();
    c
}

fn earliest_with_rules(input: &Input, rules: &Rules) -> Option<Date> {
    candidates(input, rules)
        .into_iter()
        .find(|&d| assess(input, rules, d, false).eligible)
}

/// The earliest application date on which the requirements would be met with the records as they
/// are (no new credits), or `None`. The rule version is the one in force on `ctx.as_of`.
pub fn earliest_application_date(input: &Input, ctx: &Ctx) -> Option<Date> {
    let rules = load_rules(input, ctx).ok()?;
    earliest_with_rules(input, &rules)
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanYear {
    pub index: usize,
    pub shortfall: i64,
    pub deadline: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// The earliest application date meeting every requirement with no new credits (or null).
    pub earliest_application_date: Option<Date>,
    pub eligible_on_application_date: bool,
    /// Credits still missing from the total.
    pub shortfall_total: i64,
    /// The fewest extra credits that close every gap (total and per year): max(total, Σ years).
    pub min_additional_credits: i64,
    pub latest_date_for_missing: Option<Date>,
    /// Per year (that applies): what must still be earned and by when.
    pub years: Vec<PlanYear>,
    pub note: Msg,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KindTotal {
    pub kind: Kind,
    pub label: Msg,
    pub credits: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    pub mode: Mode,
    pub rule_version: RuleVersion,
    pub rule_version_label: Msg,
    pub application_date: Date,
    pub certified_date: Option<Date>,
    /// Renewal: the last day of the current certification (certified_date + 3 years − 1 day).
    pub expiry_date: Option<Date>,
    pub eligible: bool,
    pub total_credits: i64,
    pub required_credits: i64,
    pub shortfall: i64,
    pub first_credit_date: Option<Date>,
    pub window_start: Option<Date>,
    pub window_end: Option<Date>,
    pub window_rule: Msg,
    pub latest_date_for_missing: Option<Date>,
    pub records: Vec<RecordOut>,
    pub years: Vec<YearOut>,
    pub requirements: Vec<Requirement>,
    pub caps_applied: Vec<CapNote>,
    pub by_kind: Vec<KindTotal>,
    /// The fee due for the mode (認定 / 更新), by the application date; null when no confirmed figure.
    pub fee_yen: Option<i64>,
    pub fee_base_yen: Option<i64>,
    pub fee_tax_yen: Option<i64>,
    pub fee_label: Msg,
    pub fee_note: Option<Msg>,
    /// 再交付手数料 (for information), by the application date.
    pub reissue_fee_yen: Option<i64>,
    pub plan: Plan,
}

fn credits_str(n: i64) -> String {
    format!("{}単位", group(n))
}

fn fee_lookup(ctx: &Ctx, id: &str, on: Date) -> Option<&'static Param> {
    ctx.find(id, on).ok()?;
    ctx.param_on(id, on).ok()
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let rules = load_rules(input, ctx)?;
    let app = input.application_date;
    let a = assess(input, &rules, app, true);
    let mut trace = Vec::new();

    let version_label = match rules.version {
        RuleVersion::Seed2017 => Msg::new(
            "実施要領（平成29年4月1日施行版）: 研修期間は最初の単位取得日から起算",
            "Seed rules (2017-04-01): the period counts from the first credit",
        ),
        RuleVersion::Online2022 => Msg::new(
            "2022年4月1日以降（オンライン管理）: 研修期間は申請日から遡って4年間",
            "From 2022-04-01 (online records): the period is the 4 years before the application",
        ),
    };
    trace.push(TraceStep::note(
        "rule_version",
        Msg::new("適用する規則", "Rule version"),
        format!("基準日 {} → {}", ctx.as_of, version_label.ja),
        rules.window_years.source,
    ));

    let w = rules.window_years.value;
    let window_rule = match (rules.mode, rules.version) {
        (Mode::Initial, RuleVersion::Seed2017) => Msg::new(
            format!("最初に単位を取得した日から起算して{w}年間（起算日 + {w}年 − 1日まで）"),
            format!("{w} years from the first credit (to first credit + {w} years − 1 day)"),
        ),
        (Mode::Initial, RuleVersion::Online2022) => Msg::new(
            format!("申請日から遡って{w}年間（申請日 − {w}年 + 1日 〜 申請日）"),
            format!("The {w} years before the application (application − {w} years + 1 day to the application)"),
        ),
        (Mode::Renewal, _) => Msg::new(
            format!("認定日の翌日から{w}年間の有効期間の末日まで（認定日以前の単位は充当しない）"),
            format!("From the day after the certification to the end of its {w}-year validity (earlier credits do not carry over)"),
        ),
    };
    let window_text = match (a.window_start, a.window_end) {
        (Some(s), Some(e)) => format!("{s} 〜 {e}（{}）", window_rule.ja),
        _ => "最初の単位がまだありません（研修期間は最初の単位取得日から始まります）".to_string(),
    };
    trace.push(TraceStep::note(
        "window",
        Msg::new("研修期間", "Training period"),
        window_text,
        rules.window_years.source,
    ));
    if !a.years.is_empty() {
        let grid: Vec<String> = a
            .years
            .iter()
            .map(|y| {
                format!(
                    "{}年目 {}〜{}{}",
                    y.index,
                    y.start,
                    y.end,
                    if y.applies {
                        ""
                    } else {
                        "（申請日時点で未到来）"
                    }
                )
            })
            .collect();
        trace.push(TraceStep::note(
            "years",
            Msg::new(
                "年ごとの区切り（2月29日起算は翌年2月末日まで）",
                "Years of the period (a 29 Feb start ends on the last day of February)",
            ),
            grid.join(" / "),
            "seed 004 実施要領 5(1)・5(3)・5(4)ア (民法第143条の期間計算)",
        ));
    }

    for r in &a.records {
        let formula = if let Some(reason) = r.reason {
            format!("{} {}: 算入しない — {}", r.date, r.kind.ja(), reason.msg().ja)
        } else {
            let mut f = format!("{} {}", r.date, r.rule.ja);
            f.push_str(&format!(" → {}", credits_str(r.credits_raw)));
            for c in &r.caps {
                f.push_str(&format!(" → 上限 {}（{}）", credits_str(c.after), c.label.ja));
            }
            if r.lecturer_bonus > 0 {
                f.push_str(&format!(" + 講師 {}", credits_str(r.lecturer_bonus)));
            }
            f.push_str(&format!(" = {}", credits_str(r.credits_counted)));
            f
        };
        let source = match r.reason {
            Some(reason) => reason.source(),
            None => match r.treated_as.unwrap_or(r.kind) {
                Kind::Collective => SRC_COLLECTIVE,
                Kind::Practical => SRC_PRACTICAL,
                Kind::Group if r.kind == Kind::Correspondence => SRC_LIMIT_U,
                Kind::SelfStudy if r.kind == Kind::Correspondence => SRC_LIMIT_U,
                Kind::Group => SRC_GROUP,
                Kind::Correspondence => SRC_CORRESPONDENCE,
                Kind::SpecialCourse => SRC_SPECIAL,
                Kind::Internet => SRC_INTERNET,
                Kind::SelfStudy => SRC_SELF,
            },
        };
        trace.push(TraceStep::new(
            format!("record_{}", r.index),
            Msg::new(
                format!(
                    "記録{}: {}",
                    r.index + 1,
                    r.title.clone().unwrap_or_else(|| r.kind.ja().to_string())
                ),
                format!(
                    "Record {}: {}",
                    r.index + 1,
                    r.title.clone().unwrap_or_else(|| r.kind.en().to_string())
                ),
            ),
            formula,
            Some(r.credits_counted),
            Unit::Credits,
            source,
        ));
    }
    trace.push(TraceStep::note(
        "truncation",
        CREDIT_TRUNCATION.describe(),
        "時間から計算した単位は記録ごと（グループ・自己研修は積算した時間ごと）に1単位未満を切り捨て",
        CREDIT_TRUNCATION.source,
    ));
    for c in &a.caps {
        trace.push(TraceStep::new(
            format!("cap_{}", c.id.trim_start_matches("pharmacist.")),
            c.label.clone(),
            format!(
                "{}{}{}: {} → {}（上限 {}）",
                c.record.map(|i| format!("記録{} ", i + 1)).unwrap_or_default(),
                c.date.map(|d| format!("{d} ")).unwrap_or_default(),
                c.year.map(|y| format!("{y}年目")).unwrap_or_default(),
                credits_str(c.before),
                credits_str(c.after),
                credits_str(c.limit)
            ),
            Some(c.after),
            Unit::Credits,
            c.source,
        ));
    }

    let by_kind: Vec<KindTotal> = ALL_KINDS
        .iter()
        .map(|&k| KindTotal {
            kind: k,
            label: Msg::new(k.ja(), k.en()),
            credits: a
                .records
                .iter()
                .filter(|r| r.counted && r.treated_as.unwrap_or(r.kind) == k)
                .map(|r| r.credits_counted)
                .sum(),
        })
        .collect();
    let parts: Vec<String> = by_kind
        .iter()
        .filter(|k| k.credits > 0)
        .map(|k| format!("{} {}", k.label.ja, credits_str(k.credits)))
        .collect();
    trace.push(TraceStep::new(
        "total",
        Msg::new("算入する単位の合計", "Credits counted"),
        if parts.is_empty() {
            "0単位".to_string()
        } else {
            format!("{} = {}", parts.join(" + "), credits_str(a.total))
        },
        Some(a.total),
        Unit::Credits,
        rules.required.source,
    ));
    let required = rules.required.value;
    let shortfall = (required - a.total).max(0);
    for req in &a.requirements {
        trace.push(TraceStep::note(
            format!("requirement_{}", req.id),
            req.label.clone(),
            format!(
                "{} / {} → {}",
                req.reached,
                req.required,
                if req.met { "満たす" } else { "満たさない" }
            ),
            req.article,
        ));
    }

    // Fee by the application date (16(1): "平成26年4月1日以降受付").
    let (fee_id, fee_ja, fee_en) = match input.mode {
        Mode::Initial => ("pharmacist.fee.initial", "認定の手数料", "Certification fee"),
        Mode::Renewal => ("pharmacist.fee.renewal", "更新の手数料", "Renewal fee"),
    };
    let fee = fee_lookup(ctx, fee_id, app);
    let fee_base = fee_lookup(ctx, &format!("{fee_id}_base"), app);
    let fee_tax = fee_lookup(ctx, &format!("{fee_id}_tax"), app);
    let reissue = ctx.find("pharmacist.fee.reissue", app).ok().map(|p| p.value);
    let fee_note = if fee.is_none() {
        let note = Msg::new(
            format!(
                "申請日 {app} に適用される手数料は実施要領（消費税8%時代: 2014-04-01〜2019-09-30 受付）にありません。2019-10-01以降は消費税10%で改定されています（金額未確認）。研修センターでご確認ください"
            ),
            format!(
                "The seed's fees apply to applications received 2014-04-01 to 2019-09-30 (8% tax); from 2019-10-01 they were revised with the 10% tax (amount not confirmed). Check with the center for {app}"
            ),
        );
        trace.push(TraceStep::note(
            "fee",
            Msg::new(fee_ja, fee_en),
            note.ja.clone(),
            SRC_FEE,
        ));
        Some(note)
    } else {
        None
    };
    if let (Some(f), Some(b), Some(t)) = (fee, fee_base, fee_tax) {
        trace.push(TraceStep::yen(
            "fee",
            Msg::new(f.label_ja, f.label_en),
            format!("本体 {} + 消費税 {} = {}", yen(b.value), yen(t.value), yen(f.value)),
            f.value,
            f.source,
        ));
    }

    // Plan.
    let latest = if a.eligible {
        None
    } else {
        a.window_end.map(|e| e.min(app))
    };
    let plan_years: Vec<PlanYear> = a
        .years
        .iter()
        .filter(|y| y.applies && y.shortfall > 0)
        .map(|y| PlanYear {
            index: y.index,
            shortfall: y.shortfall,
            deadline: y.deadline,
        })
        .collect();
    let year_sum: i64 = plan_years.iter().map(|y| y.shortfall).sum();
    let earliest = earliest_with_rules(input, &rules);
    let plan_note = match (a.eligible, earliest) {
        (true, _) => Msg::new(
            "この申請日で要件を満たします",
            "The requirements are met on this application date",
        ),
        (false, Some(d)) => Msg::new(
            format!("今の記録のままなら {d} に申請すれば要件を満たします"),
            format!("With the records as they are, an application on {d} would meet the requirements"),
        ),
        (false, None) => Msg::new(
            "今の記録だけでは、どの申請日でも要件を満たしません",
            "With the records as they are, no application date meets the requirements",
        ),
    };
    trace.push(TraceStep::note(
        "plan",
        Msg::new(
            "計画（追加の単位なしで申請できる最も早い日）",
            "Plan (earliest application date with no new credits)",
        ),
        plan_note.ja.clone(),
        rules.required.source,
    ));
    let plan = Plan {
        earliest_application_date: earliest,
        eligible_on_application_date: a.eligible,
        shortfall_total: shortfall,
        min_additional_credits: shortfall.max(year_sum),
        latest_date_for_missing: latest,
        years: plan_years,
        note: plan_note,
    };

    let output = Output {
        mode: input.mode,
        rule_version: rules.version,
        rule_version_label: version_label,
        application_date: app,
        certified_date: if input.mode == Mode::Renewal {
            input.certified_date
        } else {
            None
        },
        expiry_date: a.expiry,
        eligible: a.eligible,
        total_credits: a.total,
        required_credits: required,
        shortfall,
        first_credit_date: a.first_credit,
        window_start: a.window_start,
        window_end: a.window_end,
        window_rule,
        latest_date_for_missing: latest,
        records: a.records,
        years: a.years,
        requirements: a.requirements,
        caps_applied: a.caps,
        by_kind,
        fee_yen: fee.map(|p| p.value),
        fee_base_yen: fee_base.map(|p| p.value),
        fee_tax_yen: fee_tax.map(|p| p.value),
        fee_label: Msg::new(
            format!("{fee_ja}（消費税8%時代の額、2014-04-01〜2019-09-30 受付）"),
            format!("{fee_en} (8% consumption tax era, received 2014-04-01 to 2019-09-30)"),
        ),
        fee_note,
        reissue_fee_yen: reissue,
        plan,
    };
    Ok(Evaluation::new(output, trace, ctx))
}

crate::calculator::calculator!("pharmacist_credits", schema: &crate::schema::LEGACY, tables: &[PARAMS]);

#[cfg(test)]
mod tests {
    use super::*;
    // Tests write their inputs with serde_json's json!; the calculators read crate::value::Value.
    use serde_json::Value;
    #[allow(dead_code)]
    fn parse(v: &Value) -> Result<Input, Errors> {
        super::parse(&v.into())
    }

    #[test]
    fn keys_are_the_json_names() {
        for v in [RuleVersion::Seed2017, RuleVersion::Online2022] {
            assert_eq!(serde_json::to_value(v).unwrap(), serde_json::Value::from(v.key()));
        }
        for k in ALL_KINDS {
            assert_eq!(serde_json::to_value(k).unwrap(), serde_json::Value::from(k.key()));
        }
    }
    use serde_json::json;

    fn run(as_of: Date, input: Value) -> Output {
        let ctx = Ctx::over(as_of, TYPED.tables);
        let i = parse(&input).unwrap_or_else(|e| panic!("{e:?}"));
        compute(&i, &ctx).unwrap_or_else(|e| panic!("{e:?}")).result
    }

    #[test]
    fn year_grid_from_29_february_follows_civil_code_143() {
        let s = ymd(2020, 2, 29);
        assert_eq!(year_bounds(s, 0), (ymd(2020, 2, 29), ymd(2021, 2, 28)));
        assert_eq!(year_bounds(s, 1), (ymd(2021, 3, 1), ymd(2022, 2, 28)));
        assert_eq!(year_bounds(s, 3), (ymd(2023, 3, 1), ymd(2024, 2, 28)));
        assert_eq!(year_bounds(ymd(2021, 4, 1), 3), (ymd(2024, 4, 1), ymd(2025, 3, 31)));
    }

    #[test]
    fn counting_back_ends_the_grid_on_the_application_date() {
        for app in [
            ymd(2024, 2, 29),
            ymd(2024, 2, 28),
            ymd(2023, 2, 28),
            ymd(2100, 2, 28),
            ymd(2104, 2, 29),
            ymd(2024, 6, 1),
        ] {
            let s = window_back(app, 4);
            assert_eq!(year_bounds(s, 3).1, app, "{app}");
        }
        assert_eq!(window_back(ymd(2024, 6, 1), 4), ymd(2020, 6, 2));
    }

    #[test]
    fn self_study_time_is_summed_within_a_year_and_capped() {
        let recs: Vec<Value> = (0..13)
            .map(|k| json!({"date": format!("2018-0{}-0{}", 4 + k / 9, 1 + k % 9), "kind": "self_study", "minutes": 120}))
            .collect();
        // 13 × 120 = 1,560 min = 6 credits (fraction dropped), capped at 5 for the year.
        let o = run(
            ymd(2021, 1, 1),
            json!({"mode": "initial", "application_date": "2019-01-01", "records": recs}),
        );
        assert_eq!(o.total_credits, 5);
        assert_eq!(o.caps_applied.len(), 1);
        assert_eq!(o.caps_applied[0].id, "pharmacist.limit.self_study_per_year");
    }

    #[test]
    fn new_curriculum_credits_fill_the_year_first() {
        let o = run(
            ymd(2021, 1, 1),
            json!({"mode": "initial", "application_date": "2019-03-01", "records": [
                {"date": "2018-04-01", "kind": "practical", "minutes": 720},
                {"date": "2018-05-01", "kind": "practical", "minutes": 480, "new_curriculum": true},
            ]}),
        );
        // 4 exempt credits count; the other practical (6 raw) may fill only 5 − 4 = 1.
        assert_eq!(o.records[1].credits_counted, 4);
        assert_eq!(o.records[0].credits_counted, 1);
        assert_eq!(o.total_credits, 5);
    }

    /// The candidate search finds the same date as trying every day (both versions, renewal,
    /// records around 29 February).
    #[test]
    fn earliest_date_matches_a_day_by_day_search() {
        let mut seed = 7u64;
        let mut next = |m: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % m
        };
        for trial in 0..12 {
            let base = ymd(2019, 2, 20);
            let recs: Vec<Value> = (0..24)
                .map(|_| {
                    let d = base.add_days(next(1900) as i64);
                    let kind = [
                        "collective",
                        "collective",
                        "collective",
                        "practical",
                        "group",
                        "self_study",
                    ][next(6) as usize];
                    json!({"date": d.to_string(), "kind": kind, "minutes": 150 + next(250) as i64})
                })
                .chain([json!({"date": "2020-02-29", "kind": "collective", "minutes": 360})])
                .collect();
            let renewal = trial % 3 == 2;
            let mut v = json!({"mode": if renewal {"renewal"} else {"initial"}, "application_date": "2025-01-01", "records": recs});
            if renewal {
                v["certified_date"] = json!("2019-02-19");
            }
            let input = parse(&v).unwrap();
            let as_of = if trial % 2 == 0 {
                ymd(2021, 6, 1)
            } else {
                ymd(2023, 6, 1)
            };
            let ctx = Ctx::over(as_of, TYPED.tables);
            let rules = load_rules(&input, &ctx).unwrap();
            let brute = (0..2800)
                .map(|k| ymd(2019, 2, 20).add_days(k))
                .filter(|d| !renewal || *d > ymd(2019, 2, 19))
                .find(|&d| assess(&input, &rules, d, false).eligible);
            assert_eq!(earliest_application_date(&input, &ctx), brute, "trial {trial}");
        }
    }

    #[test]
    fn earliest_date_is_found_by_the_planner() {
        // 10 credits a year on the first day of four years from 2018-04-01 (seed version).
        let recs: Vec<Value> = (0..4)
            .flat_map(|y| {
                (0..3).map(move |d| json!({"date": format!("{}-04-0{}", 2018 + y, d + 1), "kind": "collective", "minutes": 360 - if d == 2 {180} else {0}}))
            })
            .collect();
        let input = parse(&json!({"mode": "initial", "application_date": "2021-04-02", "records": recs})).unwrap();
        let ctx = Ctx::over(ymd(2021, 6, 1), TYPED.tables);
        assert_eq!(earliest_application_date(&input, &ctx), Some(ymd(2021, 4, 3)));
    }
}
