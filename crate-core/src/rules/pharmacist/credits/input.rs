//! The input read by its schema: the application, the certification being renewed and the
//! training records, with the checks a record's kind of training calls for.

use super::schema::{self as field, Kind, Mode, TreatAs, SCHEMA};
use crate::date::{ymd, Date};
use crate::msg::{Errors, Msg};
use crate::reader::Reader;
use crate::schema::Choose;
use crate::value::Value;

/// Every kind, in the order of the 実施要領.
pub(super) const ALL_KINDS: &[Kind] = <Kind as Choose>::ALL;

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
    /// 4(1), 4(2): training only for those seeking another qualification earns no credits.
    pub other_qualification_only: bool,
    /// How a 2nd or later 通信講座 is treated (5(4)ウ: グループ研修 or 自己研修); default self-study.
    pub treat_as: Kind,
    /// 9(2)ウ: the day it was claimed from the center directly (学会等 without the 7(1) procedure).
    pub claimed_on: Option<Date>,
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub mode: Mode,
    pub application_date: Date,
    /// The date of the certification being renewed (renewal only; required there).
    pub certified_date: Option<Date>,
    pub records: Vec<RecordIn>,
    /// 5(5): a special reason kept the applicant from earning the credits.
    pub special_reason: bool,
}

/// Whether a yes/no value is yes, as the reader takes it.
fn is_yes(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s.trim() == "true",
        _ => false,
    }
}

/// What a kind of training needs beyond the schema: minutes for the kinds counted by time, the
/// center's credits for the others, and no value the kind cannot use (credits for a kind counted
/// by time, a special course's practical part elsewhere). The reader leaves a field that does not
/// apply unread, so those two are refused here, as they were before the schema.
fn check_kind_fields(r: &mut Reader<'_>, kind: Kind, minutes: Option<i64>, credits: Option<i64>) {
    let minutes_based = matches!(kind, Kind::Collective | Kind::Practical | Kind::Group | Kind::SelfStudy);
    let (minutes_failed, credits_failed) = (r.failed(&field::MINUTES), r.failed(&field::CREDITS));
    if minutes_based && minutes.is_none() && !minutes_failed {
        r.error(&field::MINUTES, "required", Msg::new("研修時間（分）を入力してください", "Enter the minutes"));
    }
    if minutes_based && r.given(&field::CREDITS) {
        r.error(
            &field::CREDITS,
            "not_applicable",
            Msg::new(
                "この研修の単位は時間から計算します（単位数の入力は通信講座・特定講座・インターネット研修のみ）",
                "This kind's credits come from its minutes (credits are entered only for correspondence, special course and internet training)",
            ),
        );
    }
    if matches!(kind, Kind::Correspondence | Kind::SpecialCourse) && credits.is_none() && !credits_failed {
        r.error(
            &field::CREDITS,
            "required",
            Msg::new("研修センターが決定した単位数を入力してください", "Enter the credits the center set"),
        );
    }
    if kind == Kind::Internet && credits.is_none() && minutes.is_none() && !credits_failed && !minutes_failed {
        r.error(
            &field::CREDITS,
            "required",
            Msg::new("単位数（または研修時間）を入力してください", "Enter the credits (or the minutes)"),
        );
    }
    if kind != Kind::SpecialCourse && is_yes(r.given_value(&field::SPECIAL_PRACTICAL)) {
        r.error(
            &field::SPECIAL_PRACTICAL,
            "not_applicable",
            Msg::new(
                "「特定講座の実習」は特定講座研修にのみ指定できます",
                "special_practical applies only to a special course",
            ),
        );
    }
}

/// One record (`None` when its date or kind is missing or wrong: the errors say so).
fn read_record(r: &mut Reader<'_>) -> Option<RecordIn> {
    let date = r.date(&field::DATE);
    let kind = r.choice::<Kind>(&field::KIND);
    let minutes = r.opt_int(&field::MINUTES);
    let days = r.opt_int(&field::DAYS);
    if days == Some(0) {
        r.error(&field::DAYS, "out_of_range", Msg::new("日数は1以上で入力してください", "days must be at least 1"));
    }
    let lecturer = r.flag(&field::LECTURER);
    let presentation = r.flag(&field::PRESENTATION);
    let credits = r.opt_int(&field::CREDITS);
    let session = r.text(&field::SESSION);
    let new_curriculum = r.flag(&field::NEW_CURRICULUM);
    let special_practical = r.flag(&field::SPECIAL_PRACTICAL);
    let other_qualification_only = r.flag(&field::OTHER_QUALIFICATION_ONLY);
    let treat_as = r.choice::<TreatAs>(&field::TREAT_AS);
    let claimed_on = r.date(&field::CLAIMED_ON);
    if let (Some(c), Some(d)) = (claimed_on, date) {
        if c < d {
            r.error(
                &field::CLAIMED_ON,
                "before_training",
                Msg::new(
                    format!("請求日（{c}）が研修日（{d}）より前です"),
                    format!("The claim ({c}) is dated before the training ({d})"),
                ),
            );
        }
    }
    let title = r.text(&field::TITLE);
    if let Some(kind) = kind {
        check_kind_fields(r, kind, minutes, credits);
    }
    Some(RecordIn {
        date: date?,
        kind: kind?,
        minutes: minutes.unwrap_or(0),
        days: days.unwrap_or(1).max(1),
        lecturer,
        presentation,
        credits,
        session,
        new_curriculum,
        special_practical,
        other_qualification_only,
        treat_as: treat_as.map_or(Kind::SelfStudy, TreatAs::kind),
        claimed_on,
        title,
    })
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(SCHEMA.fields, v);
    let mode = r.choice::<Mode>(&field::MODE);
    let special_reason = r.flag(&field::SPECIAL_REASON);
    let application_date = r.date(&field::APPLICATION_DATE);
    // Read for a renewal only (a form may keep it filled in the initial mode); a renewal without
    // it is told which date is missing (the reader's own message says only "a date").
    let certified_date = if r.applies(&field::CERTIFIED_DATE) && !r.given(&field::CERTIFIED_DATE) {
        r.error(
            &field::CERTIFIED_DATE,
            "required",
            Msg::new(
                "更新の場合は現在の認定日を入力してください",
                "A renewal needs the date of the current certification",
            ),
        );
        None
    } else {
        r.date(&field::CERTIFIED_DATE)
    };
    if let (Some(c), Some(a)) = (certified_date, application_date) {
        if a <= c {
            r.error(
                &field::APPLICATION_DATE,
                "before_certification",
                Msg::new(
                    format!("更新の申請日（{a}）は認定日（{c}）より後の日付にしてください"),
                    format!("The renewal application date ({a}) must be after the certification date ({c})"),
                ),
            );
        }
    }
    let records = r.rows(&field::RECORDS, |row, _| read_record(row)).into_iter().flatten().collect();
    let input = Input {
        mode: mode.unwrap_or(Mode::Initial),
        application_date: application_date.unwrap_or(ymd(2000, 1, 1)),
        certified_date,
        records,
        special_reason,
    };
    r.finish(input)
}
