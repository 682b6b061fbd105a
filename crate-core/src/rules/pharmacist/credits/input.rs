//! The input: the application, the certification being renewed and the training records.

use crate::date::{ymd, Date};
use crate::legacy_reader::Reader;
use crate::msg::{Errors, Msg};
use crate::value::Value;
use serde::Serialize;

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
pub(super) const ALL_KINDS: [Kind; 7] = [
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
