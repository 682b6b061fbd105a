use super::*;
use crate::date::ymd;
use crate::rules::requirement::month_day;
use crate::sources::HCTC_BYLAWS;
use crate::test_support::{day, errors, eval, refused, run};
use crate::value::Value;
use rust_decimal::Decimal;
use serde_json::json;

const ON: &str = "2024-06-01";

#[test]
fn every_param_starts_on_the_first_revision_and_cites_the_bylaws() {
    for p in PARAMS {
        assert_eq!(p.from, SEED_FROM, "{}", p.id);
        assert!(std::ptr::eq(p.source.doc, &HCTC_BYLAWS) && p.source.section.starts_with("細則第"), "{}", p.id);
        assert!(p.id.starts_with("hctc."), "{}", p.id);
    }
    assert_eq!(PARAMS.len(), 71);
}

#[test]
fn month_day_params_decode_to_the_seed_dates() {
    assert_eq!(month_day(2024, 201), Some(ymd(2024, 2, 1)));
    assert_eq!(month_day(2024, 331), Some(ymd(2024, 3, 31)));
    assert_eq!(month_day(2017, 428), Some(ymd(2017, 4, 28)));
    assert_eq!(month_day(2023, 229), None);
    let rows = [&params::RENEWAL_WINDOW_START, &params::RENEWAL_WINDOW_END, &params::SAISOKU_ENFORCED_MONTH_DAY];
    assert_eq!(rows.map(|p| p.value), [201, 331, 428]);
}

#[test]
fn half_fee_is_an_explicit_rounding_step() {
    let ev = eval(
        &TYPED,
        ON,
        json!({"check": "pediatric_to_adult", "adult_patient_cases": 7, "adult_donor_cases": 7,
               "adult_related_donor_cases": 2, "dues_paid": true}),
    );
    assert_eq!(ev.result.fees_total_yen, 10_000);
    assert!(ev.result.fees.iter().all(|f| f.amount_yen == 5_000 && f.full_amount_yen == 10_000 && !f.refundable));
    let keys: Vec<&str> = ev.trace.iter().map(|t| t.key.as_str()).collect();
    assert!(keys.contains(&"fee.hctc.fees.examination.exact"));
    assert!(keys.contains(&"fee.hctc.fees.examination.rounded"));
    assert_eq!(HALF_FEE_ROUNDING.apply(Decimal::new(50_005, 1)), 5_000);
}

#[test]
fn provisional_validity_counts_the_first_day_and_handles_29_february() {
    let out = |cert: &str, as_of: &str| {
        run(
            &TYPED,
            as_of,
            json!({"check": "provisional_to_specialist", "provisional_certified_on": cert, "full_time": true,
                   "patient_cases": 30, "donor_cases": 30, "related_donor_cases": 15, "meetings": 2,
                   "seminars": 2, "dues_paid": true}),
        )
    };
    assert_eq!(out("2016-02-29", "2020-01-01").provisional_valid_until, Some(ymd(2021, 2, 28)));
    assert_eq!(out("2019-04-01", "2020-01-01").provisional_valid_until, Some(ymd(2024, 3, 31)));
    assert!(out("2019-04-01", "2024-03-31").eligible);
    assert!(!out("2019-04-01", "2024-04-01").eligible);
}

#[test]
fn oral_exam_needs_both_examiners() {
    let mut ratings = vec![json!(["good", "good"]); 8];
    ratings.push(json!(["poor", "good"]));
    ratings.push(json!(["good", "poor"]));
    assert!(run(&TYPED, ON, json!({"check": "oral_exam", "ratings": ratings.clone()})).eligible);
    ratings[0] = json!(["good", "poor"]);
    let o = run(&TYPED, ON, json!({"check": "oral_exam", "ratings": ratings}));
    assert!(!o.eligible);
    assert_eq!(o.items_good_or_fair_by_both, Some(7));
}

#[test]
fn not_in_force_before_2019_04_01() {
    refused(&TYPED, "2019-03-31", json!({"check": "written_exam", "correct": 20}), "as_of", "not_in_force");
}

#[test]
fn fields_of_other_routes_are_ignored_and_each_route_reads_its_own() {
    // The page sends every route's fields; only the chosen route's count.
    let o = run(
        &TYPED,
        ON,
        json!({"check": "written_exam", "correct": "15", "patient_cases": "x", "adult_patient_cases": 3,
               "ratings": [["good"]], "level": "certified"}),
    );
    assert!(o.eligible);
    // 第20条 counts adult cases under their own names.
    refused(
        &TYPED,
        ON,
        json!({"check": "pediatric_to_adult", "adult_patient_cases": 7, "adult_donor_cases": 7, "adult_related_donor_cases": 2,
               "full_process_adult_patient_cases": 8}),
        "full_process_adult_patient_cases",
        "exceeds_total",
    );
}

#[test]
fn an_unknown_field_is_an_error_that_names_the_closest_one() {
    let input = json!({"check": "renewal_certified", "patient_case": 15});
    assert_eq!(errors(&TYPED, ON, input.clone()), vec![("patient_case".to_string(), "unknown_field".to_string())]);
    let e = TYPED.run(&Value::from(input), day(ON)).unwrap_err();
    assert_eq!(e[0].message.en, "patient_case is not a field of this input. Did you mean patient_cases?");
}

#[test]
fn english_formulas_read_in_english() {
    let ev = eval(
        &TYPED,
        "2021-04-01",
        json!({"check": "provisional_specialist", "certified_on": "2016-03-31", "full_time_years": "2.5",
               "patient_cases": 1234, "donor_cases": 30, "related_donor_cases": 15, "meetings": 2, "seminars": 2}),
    );
    let step = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap().formula.clone();
    assert_eq!(step("req.route_open").ja, "2021年度 ≤ 2020年度 → 不足");
    assert_eq!(step("req.route_open").en, "FY2021 ≤ FY2020 → not met");
    assert_eq!(step("req.full_time_years").en, "2.5 years ≥ 3 years → not met");
    assert_eq!(step("req.patient_cases").ja, "1,234件 ≥ 30件 → 充足");
    assert_eq!(step("req.patient_cases").en, "1,234 ≥ 30 → met");
    assert_eq!(step("req.membership_dues").en, "no → not met");
    assert_eq!(step("fee.hctc.fees.provisional_examination").en, "10,000 yen");
    let half = eval(
        &TYPED,
        ON,
        json!({"check": "pediatric_to_adult", "adult_patient_cases": 7, "adult_donor_cases": 7, "adult_related_donor_cases": 2}),
    );
    let exact = half.trace.iter().find(|s| s.key == "fee.hctc.fees.examination.exact").unwrap();
    assert_eq!(exact.formula.ja, "10,000円 × 50% = 5,000円");
    assert_eq!(exact.formula.en, "10,000 yen × 50% = 5,000 yen");
}

/// No hiragana or katakana in any English text a route answers with.
#[test]
fn every_route_answers_in_english_without_kana() {
    // Kana letters; ・ is punctuation (the page's labels join article numbers with it).
    let kana = |s: &str| s.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) && c != '・');
    let inputs = [
        json!({"check": "written_exam", "correct": 14}),
        json!({"check": "oral_exam", "level": "specialist", "ratings": vec![json!(["可", "不可"]); 10]}),
        json!({"check": "renewal_certified", "deferral_years": 4}),
        json!({"check": "renewal_specialist", "deferral_years": 1}),
        json!({"check": "provisional_specialist", "certified_on": "2016-04-01"}),
        json!({"check": "provisional_specialist"}),
        json!({"check": "provisional_to_specialist", "provisional_certified_on": "2019-04-01"}),
        json!({"check": "pediatric_to_adult"}),
        json!({"check": "transition_specialist", "certified_on": "2017-04-28"}),
        json!({"check": "transition_specialist"}),
    ];
    for input in inputs {
        let ev = eval(&TYPED, "2020-06-01", input.clone());
        let mut texts: Vec<String> = Vec::new();
        for s in &ev.trace {
            texts.extend([s.label.en.clone(), s.formula.en.clone()]);
        }
        texts.extend(ev.result.notes.iter().map(|n| n.en.clone()));
        texts.extend(ev.result.requirements.iter().map(|r| r.label.en.clone()));
        texts.extend(ev.result.fees.iter().flat_map(|f| [f.label.en.clone(), f.when.en.clone()]));
        for t in texts {
            assert!(!kana(&t), "{input}: {t}");
        }
    }
}

/// The schema's English (labels, help, units, choices) has no kana either.
#[test]
fn the_schema_reads_in_english() {
    // Kana letters; ・ is punctuation (the page's labels join article numbers with it).
    let kana = |s: &str| s.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) && c != '・');
    for f in SCHEMA.fields {
        let item_choices = match f.kind {
            crate::schema::Kind::List { item, .. } => match item.kind {
                crate::schema::Kind::List { item, .. } => item.choices(),
                _ => item.choices(),
            },
            _ => &[],
        };
        let texts = [f.label.en, f.help.en, f.unit().en]
            .into_iter()
            .chain(f.choices().iter().chain(item_choices).map(|c| c.label.en));
        for t in texts {
            assert!(!kana(t), "{}: {t}", f.key);
        }
    }
}

fn note_keys<T>(ev: &crate::calculator::Evaluation<T>) -> Vec<String> {
    ev.trace.iter().map(|t| t.key.clone()).collect()
}

#[test]
fn pediatric_only_applicants_use_the_second_sentence_of_article_26() {
    let review = |pediatric: bool, p: i64, r: i64, c: i64| {
        run(
            &TYPED,
            ON,
            json!({"check": "application_review", "pediatric_only": pediatric, "full_process_patient_cases": p,
                   "full_process_related_donor_cases": r, "full_process_child_donor_cases": c, "dues_paid": true}),
        )
    };
    assert!(review(true, 5, 2, 1).eligible);
    assert_eq!(review(true, 4, 2, 1).unmet, ["full_process_patient_cases"]);
    assert_eq!(review(true, 5, 1, 1).unmet, ["full_process_related_donor_cases"]);
    assert_eq!(review(true, 5, 2, 0).unmet, ["full_process_child_donor_cases"]);
    // Without the pediatric-only answer the first sentence's 10 and 3 apply.
    assert_eq!(review(false, 5, 2, 1).unmet, ["full_process_patient_cases", "full_process_related_donor_cases"]);
    assert!(review(false, 10, 3, 0).eligible);
}

#[test]
fn the_pediatric_reading_and_age_notes_show_only_for_pediatric_applicants() {
    let ev = |pediatric: bool, over: i64| {
        eval(
            &TYPED,
            ON,
            json!({"check": "application_review", "pediatric_only": pediatric, "full_process_patient_cases": 5,
                   "full_process_related_donor_cases": 2, "full_process_child_donor_cases": 1,
                   "patients_18_or_over": over, "dues_paid": true}),
        )
    };
    let keys = note_keys(&ev(true, 2));
    for k in
        ["reading.hctc.pediatric_only", "note.patients_18_or_over", "note.child_donor_report", "note.one_coordinator"]
    {
        assert!(keys.iter().any(|x| x == k), "{k}: {keys:?}");
    }
    assert!(note_keys(&ev(true, 0)).iter().any(|x| x == "note.patient_age"));
    let plain = note_keys(&ev(false, 0));
    assert!(!plain.iter().any(|x| x.starts_with("reading.")), "{plain:?}");
}

#[test]
fn the_later_revision_is_told_from_2020_12_01() {
    let input = json!({"check": "written_exam", "correct": 15});
    let before = note_keys(&eval(&TYPED, "2020-11-30", input.clone()));
    let after = note_keys(&eval(&TYPED, "2020-12-01", input));
    assert!(!before.iter().any(|k| k == "note.later_revision"));
    assert!(after.iter().any(|k| k == "note.later_revision"));
    // The exams are not the document review: no 第2条第2項 note there.
    assert!(!after.iter().any(|k| k == "note.one_coordinator"));
}

#[test]
fn the_routes_readings_are_listed_where_they_apply() {
    let keys = |v: serde_json::Value| note_keys(&eval(&TYPED, ON, v));
    let pediatric = keys(json!({"check": "pediatric_to_adult", "adult_patient_cases": 7, "adult_donor_cases": 7,
                                "adult_related_donor_cases": 2, "dues_paid": true}));
    assert!(pediatric.iter().any(|k| k == "reading.hctc.half_fee_article"), "{pediatric:?}");
    let transition = keys(json!({"check": "transition_specialist", "full_time_years": 4, "patient_cases": 30,
                                 "donor_cases": 30, "related_donor_cases": 15, "meetings": 3, "seminars": 3,
                                 "dues_paid": true}));
    assert!(transition.iter().any(|k| k == "reading.hctc.attendance_window"), "{transition:?}");
    let exam = keys(json!({"check": "written_exam", "correct": 15}));
    assert!(!exam.iter().any(|k| k.starts_with("reading.")), "{exam:?}");
}

/// An application review with nothing entered checks nothing: never a pass, and it says which
/// requirements were not checked. Membership is no requirement of it (the 細則 names dues only for
/// renewals and the special routes; an application's requirements are 規則第5条's).
#[test]
fn an_application_review_with_nothing_entered_is_not_checked() {
    let ev = eval(&TYPED, "2024-06-01", json!({"check": "application_review"}));
    let o = &ev.result;
    assert_eq!((o.eligible, o.verdict), (false, "not_checked"));
    assert!(o.requirements.is_empty() && o.unmet.is_empty());
    let ids: Vec<&str> = o.not_checked.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids, ["full_process_patient_cases", "full_process_related_donor_cases"]);
    assert!(o.not_checked[0].label.ja.contains("10件以上") && o.not_checked[0].label.en.contains("not given"));
    let step = ev.trace.iter().find(|s| s.key == "req.full_process_patient_cases").unwrap();
    assert_eq!(step.formula.en, "not given, not checked");
    assert!(!ev.trace.iter().any(|s| s.key == "req.membership_dues"));
    let note = o.notes.iter().find(|n| n.ja.contains("年会費")).expect("the dues are explained");
    assert!(note.ja.contains("規則第5条") && note.en.contains("not checked here"), "{}", note.en);
    crate::test_support::assert_english_trace(&ev);
    // dues_paid is a renewal's field, not the review's.
    assert!(!schema::DUES_PAID.applies_in(SCHEMA.fields, |c| (c.key == "check").then(|| "application_review".into())));
    assert!(schema::DUES_PAID.applies_in(SCHEMA.fields, |c| (c.key == "check").then(|| "renewal_certified".into())));
    // Both counts given and met: met.
    let o = run(
        &TYPED,
        "2024-06-01",
        json!({"check": "application_review", "full_process_patient_cases": 10, "full_process_related_donor_cases": 3}),
    );
    assert_eq!((o.eligible, o.verdict, o.not_checked.len()), (true, "met", 0));
}

#[test]
fn a_note_is_printed_once_in_the_explanation() {
    let ev = eval(&TYPED, ON, json!({"check": "written_exam", "correct": "15"}));
    let notes: Vec<_> = ev.trace.iter().filter(|s| s.key.starts_with("note.")).collect();
    assert!(!notes.is_empty());
    for s in notes {
        assert_eq!((s.label.ja.as_str(), s.label.en.as_str()), ("注意事項", "Note"));
        assert!(ev.result.notes.contains(&s.formula), "{}", s.key);
    }
}
