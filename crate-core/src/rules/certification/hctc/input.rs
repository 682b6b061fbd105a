//! The input as the routes read it: the route first, then only its own fields (the schema says
//! which apply), with the counts checked against one another.

use super::schema::{self as field, Check, Level, Rating, SCHEMA};
use crate::date::Date;
use crate::msg::{Errors, Msg};
use crate::reader::Reader;
use crate::schema::Field;
use crate::value::Value;
use rust_decimal::Decimal;

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
    /// 全過程 cases (第26条), optional (for pediatric_to_adult: the adult ones).
    pub full_process_patient_cases: Option<i64>,
    pub full_process_related_donor_cases: Option<i64>,
    /// Case reports submitted (第17条第4項(7), 第20条第1項(2)), optional.
    pub patient_reports: Option<i64>,
    pub donor_reports: Option<i64>,
    /// application_review: coordinates pediatric transplants only (第26条第1項 second sentence).
    pub pediatric_only: bool,
    /// application_review: whole-process related donors under 18 (第26条第1項, 第27条第4項).
    pub full_process_child_donor_cases: Option<i64>,
    /// application_review: patient cases aged 18 or over (第27条第1項).
    pub patients_18_or_over: Option<i64>,
}

/// The count fields a route reads: 第20条 counts adult cases under names of their own.
struct CountFields {
    patient: &'static Field,
    donor: &'static Field,
    related: &'static Field,
    full_process_patient: &'static Field,
    full_process_related: &'static Field,
}

const COUNTS: CountFields = CountFields {
    patient: &field::PATIENT_CASES,
    donor: &field::DONOR_CASES,
    related: &field::RELATED_DONOR_CASES,
    full_process_patient: &field::FULL_PROCESS_PATIENT_CASES,
    full_process_related: &field::FULL_PROCESS_RELATED_DONOR_CASES,
};

const ADULT_COUNTS: CountFields = CountFields {
    patient: &field::ADULT_PATIENT_CASES,
    donor: &field::ADULT_DONOR_CASES,
    related: &field::ADULT_RELATED_DONOR_CASES,
    full_process_patient: &field::FULL_PROCESS_ADULT_PATIENT_CASES,
    full_process_related: &field::FULL_PROCESS_ADULT_RELATED_DONOR_CASES,
};

/// `part` counted more than the `whole` it is part of.
fn exceeds(r: &mut Reader<'_>, f: &Field, part: (&str, &str), whole: (&str, &str), pv: i64, wv: i64) {
    r.error(
        f,
        "exceeds_total",
        Msg::new(
            format!("{}（{pv}件）が{}（{wv}件）を超えています", part.0, whole.0),
            format!("{} ({pv}) cannot exceed {} ({wv})", part.1, whole.1),
        ),
    );
}

/// Patient, donor and related-donor cases; related donors are some of the donors.
fn read_counts(r: &mut Reader<'_>, f: &CountFields) -> (i64, i64, i64) {
    let patient = r.int(f.patient);
    let donor = r.int(f.donor);
    let related = r.int(f.related);
    if !r.failed(f.donor) && !r.failed(f.related) && related > donor {
        exceeds(r, f.related, ("血縁ドナー事例", "Related-donor cases"), ("ドナー事例", "donor cases"), related, donor);
    }
    (patient, donor, related)
}

/// 全過程 cases (第26条), each some of the cases of its kind.
fn read_full_process(r: &mut Reader<'_>, f: &CountFields, patient: i64, related: i64) -> (Option<i64>, Option<i64>) {
    let fp = r.opt_int(f.full_process_patient);
    let fr = r.opt_int(f.full_process_related);
    // The application review asks for the whole-process cases alone (no totals to compare with).
    if !r.applies(f.patient) {
        return (fp, fr);
    }
    if let Some(n) = fp.filter(|n| *n > patient && !r.failed(f.patient)) {
        exceeds(
            r,
            f.full_process_patient,
            ("全過程の患者事例", "Whole-process patient cases"),
            ("患者事例", "patient cases"),
            n,
            patient,
        );
    }
    if let Some(n) = fr.filter(|n| *n > related && !r.failed(f.related)) {
        exceeds(
            r,
            f.full_process_related,
            ("全過程の血縁ドナー事例", "Whole-process related-donor cases"),
            ("血縁ドナー事例", "related-donor cases"),
            n,
            related,
        );
    }
    (fp, fr)
}

/// The oral exam's grid: per item, each examiner's 良・可・不可.
fn read_ratings(r: &mut Reader<'_>) -> Vec<Vec<Rating>> {
    r.list(&field::RATINGS, |item| {
        if item.value().as_array().is_none() {
            item.error(
                "wrong_type",
                Msg::new(
                    "各項目は面接員ごとの評価の配列です（例: [\"良\",\"可\"]）",
                    "Each item is an array of the examiners' ratings, e.g. [\"good\",\"fair\"]",
                ),
            );
            return Vec::new();
        }
        item.list(|rating| rating.choice::<Rating>()).unwrap_or_default().into_iter().flatten().collect()
    })
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(SCHEMA.fields, v);
    // Without a route nothing else can be read (every other field belongs to some routes).
    let Some(check) = r.choice::<Check>(&field::CHECK) else { return Err(r.errors) };
    let level = r.choice::<Level>(&field::LEVEL).unwrap_or(Level::Certified);
    let correct = r.int(&field::CORRECT);
    let ratings = read_ratings(&mut r);
    let fields = if check == Check::PediatricToAdult { &ADULT_COUNTS } else { &COUNTS };
    let (patient_cases, donor_cases, related_donor_cases) = read_counts(&mut r, fields);
    let dues_paid = r.flag(&field::DUES_PAID);
    let meetings = r.int(&field::MEETINGS);
    let seminars = r.int(&field::SEMINARS);
    let full_time = r.flag(&field::FULL_TIME);
    let full_time_years = r.decimal(&field::FULL_TIME_YEARS);
    let deferral_years = r.opt_int(&field::DEFERRAL_YEARS);
    let certified_on = r.date(&field::CERTIFIED_ON);
    let provisional_certified_on = r.date(&field::PROVISIONAL_CERTIFIED_ON);
    let (full_process_patient_cases, full_process_related_donor_cases) =
        read_full_process(&mut r, fields, patient_cases, related_donor_cases);
    let patient_reports = r.opt_int(&field::PATIENT_REPORTS);
    let donor_reports = r.opt_int(&field::DONOR_REPORTS);
    let pediatric_only = r.flag(&field::PEDIATRIC_ONLY);
    let full_process_child_donor_cases = r.opt_int(&field::FULL_PROCESS_CHILD_DONOR_CASES);
    let patients_18_or_over = r.opt_int(&field::PATIENTS_18_OR_OVER);
    if let (Some(c), Some(fr)) = (full_process_child_donor_cases, full_process_related_donor_cases) {
        if c > fr {
            exceeds(
                &mut r,
                &field::FULL_PROCESS_CHILD_DONOR_CASES,
                ("全過程の小児血縁ドナー事例", "Whole-process child related donors"),
                ("全過程の血縁ドナー事例", "whole-process related donors"),
                c,
                fr,
            );
        }
    }
    if let (Some(o), Some(fp)) = (patients_18_or_over, full_process_patient_cases) {
        if o > fp {
            exceeds(
                &mut r,
                &field::PATIENTS_18_OR_OVER,
                ("18歳以上の患者事例", "Patient cases aged 18 or over"),
                ("全過程の患者事例", "whole-process patient cases"),
                o,
                fp,
            );
        }
    }
    r.finish(Input {
        check,
        level,
        correct,
        ratings,
        full_time,
        full_time_years,
        patient_cases,
        donor_cases,
        related_donor_cases,
        meetings,
        seminars,
        dues_paid,
        deferral_years,
        certified_on,
        provisional_certified_on,
        full_process_patient_cases,
        full_process_related_donor_cases,
        patient_reports,
        donor_reports,
        pediatric_only,
        full_process_child_donor_cases,
        patients_18_or_over,
    })
}
