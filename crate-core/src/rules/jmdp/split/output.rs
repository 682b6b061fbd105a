//! What the split answers: the parties, the flows of points between them, the cited notes, and
//! the result of every outcome (a transplant's split, or who bills whom otherwise).

use super::input::Input;
use super::schema::{Outcome, SCHEMA};
use crate::date::Date;
use crate::explain::TraceStep;
use crate::msg::{Msg, Text};
use crate::schema::Choose;
use crate::sources::{cite, Cite, ENTERED};
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
    /// Whom the harvesting (for DLI: the collecting) hospital bills for the donor:
    /// `transplant_hospital`, `jmdp` or `none`.
    pub harvest_billed_to: &'static str,
    pub transplant_points: i64,
    pub harvest_points: i64,
    pub unrelated_addition_points: i64,
    pub donor_care_points: i64,
    pub yen_per_point: i64,
    /// Which point values came from the table (the rest were typed by the user).
    pub defaults_used: Vec<&'static str>,
    /// What the transplant hospital claims: K922 + 加算 + K921 + donor care (0 without a transplant
    /// in Japan; null with an overseas donor, where the document does not say how the split applies).
    pub claim_points: Option<i64>,
    pub claim_yen: Option<i64>,
    pub jmdp_base_points: i64,
    /// 45,000 + 加算 = 55,000 (0 without a transplant in Japan; null with an overseas donor: the
    /// document leaves it open).
    pub jmdp_points: Option<i64>,
    pub jmdp_yen: Option<i64>,
    /// The harvesting hospital's bill for the donor: K921 + donor care (null for DLI: the
    /// collection has no points and its cost differs case by case).
    pub harvest_bill_points: Option<i64>,
    pub donor_hla_deduction_points: i64,
    /// The bill − 4,200, never negative (null for DLI, as the bill).
    pub harvest_payment_points: Option<i64>,
    pub harvest_payment_yen: Option<i64>,
    /// Null with an overseas donor, as the claim.
    pub transplant_hospital_keeps_points: Option<i64>,
    pub transplant_hospital_keeps_yen: Option<i64>,
    pub flows: Vec<Flow>,
    pub parties: Vec<Party>,
    /// 移植月の翌月10日 (null without a transplant date).
    pub invoice_date: Option<Date>,
    /// When JMDP invoices (a transplant only).
    pub invoice_note: Option<Msg>,
    /// Who bills whom and what the defaults are, cited (also in the trace).
    pub notes: Vec<Note>,
    /// Fields given a value this outcome does not use: left out of the computation, and said so in
    /// the `ignored_fields` note (empty when there are none).
    pub ignored_fields: Vec<&'static str>,
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

/// The warning for fields given a value that the chosen outcome does not use (named by their
/// labels): they are left out, and the user should know it.
pub(super) fn ignored_note(input: &Input, notes: &mut Vec<Note>, trace: &mut Vec<TraceStep>) {
    if input.ignored.is_empty() {
        return;
    }
    let labels: Vec<Text> = input.ignored.iter().filter_map(|k| SCHEMA.get(k)).map(|f| f.label).collect();
    let ja: Vec<&str> = labels.iter().map(|l| l.ja).collect();
    let en: Vec<&str> = labels.iter().map(|l| l.en).collect();
    let outcome = input.outcome.label();
    note(
        "ignored_fields",
        Msg::new("使わない入力", "Entries not used"),
        Msg::new(
            format!("「{}」の場合は次の入力を使わないため、計算に入れていません: {}", outcome.ja, ja.join("、")),
            format!(
                "For \"{}\" these entries are not used and were left out of the computation: {}",
                outcome.en,
                en.join(", ")
            ),
        ),
        cite!(ENTERED, ""),
        notes,
        trace,
    );
}
