//! What a route answers: the verdict and each requirement, the exam's figures, the windows and
//! dates the route depends on, the fees due and the notes.

use super::schema::{Check, Level, Rating};
use crate::date::Date;
use crate::msg::Msg;
use crate::rules::requirement::{Requirement, Unchecked, Window};
use crate::sources::Cite;
use serde::Serialize;

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
    /// Where the fee is set; the JSON gives its section (`細則第1条第1項`).
    #[serde(serialize_with = "crate::rules::requirement::section_of")]
    pub article: &'static Cite,
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
    /// Exams: passed. Routes: every requirement met, none left unchecked.
    pub eligible: bool,
    /// `met`, `not_met` (a requirement fails) or `not_checked` (none fails, but some were not
    /// given: never a pass).
    pub verdict: &'static str,
    pub requirements: Vec<Requirement>,
    /// Ids of the requirements not met.
    pub unmet: Vec<String>,
    /// The requirements the input left empty (optional counts): not checked.
    pub not_checked: Vec<Unchecked>,
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
    pub(super) fn new(check: Check) -> Output {
        Output {
            check,
            eligible: false,
            verdict: "not_met",
            requirements: Vec::new(),
            unmet: Vec::new(),
            not_checked: Vec::new(),
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
