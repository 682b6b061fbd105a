//! What the checker answers: the verdict with each requirement, the round and windows, and per
//! event and per case line whether and why it counted.

use super::params::Round;
use super::schema::{CaseKind, EventKind, Licence};
use crate::date::Date;
use crate::explain::Disagreement;
use crate::msg::Msg;
use crate::rules::requirement::{Requirement, Window};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventLine {
    pub index: usize,
    pub date: Date,
    pub event: EventKind,
    pub name: Msg,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seminar: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seminar_name: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// As entered.
    pub credits: i64,
    pub counted: bool,
    pub counted_credits: i64,
    pub reason: Msg,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseLine {
    pub index: usize,
    pub date: Date,
    pub case: String,
    pub kind: CaseKind,
    pub kind_name: Msg,
    /// This line opens a counted case (the first line of a case's same-day series).
    pub counted: bool,
    /// 1-based number of the counted case this line belongs to (null when not counted at all).
    pub case_number: Option<usize>,
    /// The counted case it belongs to includes actual processing (調製).
    pub processing_case: bool,
    pub reason: Msg,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Output {
    pub eligible: bool,
    pub requirements: Vec<Requirement>,
    pub unmet: Vec<String>,
    pub round: Round,
    pub licence: Licence,
    pub licence_name: Msg,
    pub application_date: Date,
    pub application_window: Window,
    pub in_application_window: bool,
    pub credit_window: Window,
    /// `round` (A11's dates) or `input` (window_start / window_end given).
    pub credit_window_source: &'static str,
    pub qualifying_credits: i64,
    pub credits_required: i64,
    pub credit_shortfall: i64,
    pub events: Vec<EventLine>,
    pub case_count: i64,
    pub processing_case_count: i64,
    pub cases_required: i64,
    pub processing_cases_required: i64,
    pub case_shortfall: i64,
    pub processing_shortfall: i64,
    pub cases: Vec<CaseLine>,
    pub notes: Vec<Msg>,
    /// Where A3's two readings decide this record differently: both verdicts (empty otherwise).
    pub disagreements: Vec<Disagreement>,
}
