//! The input: the licence and dates, then the events and cases row by row (a row that is not an
//! object is reported with each of its missing fields).

use super::schema::{self as field, CaseKind, EventKind, Licence, SCHEMA};
use crate::date::Date;
use crate::msg::{Errors, Msg};
use crate::reader::Reader;
use crate::value::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub date: Date,
    pub event: EventKind,
    pub credits: i64,
    pub seminar: Option<&'static str>,
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub date: Date,
    pub case: String,
    pub kind: CaseKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub licence: Licence,
    /// 申請日 (消印の日付).
    pub application_date: Date,
    pub window_start: Option<Date>,
    pub window_end: Option<Date>,
    pub events: Vec<Event>,
    pub cases: Vec<Case>,
}

/// One event; `None` when the row has errors. Credits may be left out for `other` only (0).
fn read_event(row: &mut Reader<'_>) -> Option<Event> {
    let date = row.date(&field::EVENT_DATE);
    let event = row.choice::<EventKind>(&field::EVENT);
    let credits = row.opt_int(&field::CREDITS);
    if credits.is_none() && !row.failed(&field::CREDITS) && event != Some(EventKind::Other) {
        row.error(&field::CREDITS, "required", Msg::new("入力してください", "This field is required"));
    }
    let seminar = row.choice_key(&field::SEMINAR);
    if row.given(&field::SEMINAR) && event != Some(EventKind::DesignatedSeminar) && row.errors.is_empty() {
        row.error(
            &field::SEMINAR,
            "seminar_needs_designated_seminar",
            Msg::new(
                "講習会（seminar）は event が designated_seminar のときに指定してください",
                "seminar is only for event \"designated_seminar\"",
            ),
        );
    }
    let title = row.text(&field::TITLE);
    if !row.errors.is_empty() {
        return None;
    }
    Some(Event { date: date?, event: event?, credits: credits.unwrap_or(0), seminar, title })
}

/// One line of the cell-processing record; `None` when the row has errors.
fn read_case(row: &mut Reader<'_>) -> Option<Case> {
    let date = row.date(&field::CASE_DATE);
    let case = row.text(&field::CASE);
    let kind = row.choice::<CaseKind>(&field::KIND);
    if !row.errors.is_empty() {
        return None;
    }
    Some(Case { date: date?, case: case?, kind: kind? })
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(SCHEMA.fields, v);
    let licence = r.choice::<Licence>(&field::LICENCE);
    let application_date = r.date(&field::APPLICATION_DATE);
    let window_start = r.date(&field::WINDOW_START);
    let window_end = r.date(&field::WINDOW_END);
    if let (Some(s), Some(e)) = (window_start, window_end) {
        if s > e {
            r.error(
                &field::WINDOW_END,
                "window_reversed",
                Msg::new("期間の末日が初日より前です", "The window ends before it starts"),
            );
        }
    }
    let events = r.rows_naming_missing(&field::EVENTS_FIELD, |row, _| read_event(row));
    let cases = r.rows_naming_missing(&field::CASES_FIELD, |row, _| read_case(row));
    // Both are required: missing, their errors are already recorded.
    let (Some(licence), Some(application_date)) = (licence, application_date) else { return Err(r.errors) };
    r.finish(Input {
        licence,
        application_date,
        window_start,
        window_end,
        events: events.into_iter().flatten().collect(),
        cases: cases.into_iter().flatten().collect(),
    })
}
