//! What the split answers: the parties, the flows of points between them, the cited notes, and
//! the result of every outcome (a transplant's split, or who bills whom otherwise).

use super::schema::Outcome;
use crate::date::Date;
use crate::explain::TraceStep;
use crate::msg::Msg;
use crate::sources::Cite;
use serde::Serialize;

/// One transfer of the claim's points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flow {
    pub from: &'static str,
    pub to: &'static str,
    pub label: Msg,
    pub points: i64,
    pub yen: i64,
    pub source: &'static Cite,
}

/// A cited note on the result (who bills whom, what the defaults are): shown on the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub key: &'static str,
    pub label: Msg,
    pub text: Msg,
    pub source: &'static Cite,
}

/// One party's position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Party {
    pub key: &'static str,
    pub label: Msg,
    pub receives_points: i64,
    pub pays_points: i64,
    /// receives − pays.
    pub keeps_points: i64,
    pub keeps_yen: i64,
}

impl Party {
    /// A party of the flow: what it receives and pays, in points, and what it keeps (in yen at `ypp`).
    pub(crate) fn new(key: &'static str, label: Msg, receives: i64, pays: i64, ypp: i64) -> Party {
        Party {
            key,
            label,
            receives_points: receives,
            pays_points: pays,
            keeps_points: receives - pays,
            keeps_yen: (receives - pays) * ypp,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    pub outcome: Outcome,
    /// Whom the harvesting hospital bills for the donor: `transplant_hospital`, `jmdp` or `none`.
    pub harvest_billed_to: &'static str,
    pub transplant_points: i64,
    pub harvest_points: i64,
    pub unrelated_addition_points: i64,
    pub donor_care_points: i64,
    pub yen_per_point: i64,
    /// Which point values came from the table (the rest were typed by the user).
    pub defaults_used: Vec<&'static str>,
    /// What the transplant hospital claims: K922 + 加算 + K921 + donor care.
    pub claim_points: i64,
    pub claim_yen: i64,
    pub jmdp_base_points: i64,
    /// 45,000 + 加算 = 55,000.
    pub jmdp_points: i64,
    pub jmdp_yen: i64,
    /// The harvesting hospital's bill for the donor: K921 + donor care.
    pub harvest_bill_points: i64,
    pub donor_hla_deduction_points: i64,
    /// The bill − 4,200, never negative.
    pub harvest_payment_points: i64,
    pub harvest_payment_yen: i64,
    pub transplant_hospital_keeps_points: i64,
    pub transplant_hospital_keeps_yen: i64,
    pub flows: Vec<Flow>,
    pub parties: Vec<Party>,
    /// 移植月の翌月10日 (null without a transplant date).
    pub invoice_date: Option<Date>,
    /// When JMDP invoices (a transplant only).
    pub invoice_note: Option<Msg>,
    /// Who bills whom and what the defaults are, cited (also in the trace).
    pub notes: Vec<Note>,
}

/// A cited note on the result, also in the trace.
pub(super) fn note(
    key: &'static str,
    label: Msg,
    text: Msg,
    source: &'static Cite,
    notes: &mut Vec<Note>,
    trace: &mut Vec<TraceStep>,
) {
    trace.push(TraceStep::note(key, label.clone(), text.clone(), source));
    notes.push(Note { key, label, text, source });
}
