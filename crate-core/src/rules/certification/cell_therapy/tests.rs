use super::*;
use crate::date::ymd;
use crate::schema::Choose;
use crate::test_support::{day, errors, eval, run};
use crate::value::Value;
use serde_json::json;

const ON: &str = "2021-06-15";

#[test]
fn rounds_are_keyed_by_the_application_year() {
    assert_eq!(round_for(ymd(2021, 6, 1)).map(|r| r.number), Some(4));
    assert_eq!(round_for(ymd(2021, 5, 31)).map(|r| r.number), Some(4));
    assert!(round_for(ymd(2022, 6, 1)).is_none());
}

#[test]
fn every_event_has_both_names_and_every_seminar_is_in_its_fiscal_year() {
    for c in EventKind::CHOICES {
        assert!(!c.key.is_empty() && !c.label.ja.is_empty() && !c.label.en.is_empty());
    }
    assert_eq!(schema::SEMINAR_CHOICES.len(), 12);
    for c in schema::SEMINAR_CHOICES {
        let fy = &c.key[..4];
        assert!(fy.parse::<i32>().is_ok() && c.label.ja.starts_with(&format!("{fy}年度")), "{}", c.key);
        assert!(c.label.en.starts_with(&format!("FY{fy}")), "{}", c.key);
    }
}

#[test]
fn same_day_series_is_one_case_and_processing_marks_the_whole_series() {
    let out = run(
        &TYPED,
        ON,
        json!({
            "licence": "physician", "application_date": "2021-06-10",
            "cases": [
                {"date": "2020-01-01", "case": "A", "kind": "collection"},
                {"date": "2020-01-01", "case": "A", "kind": "processing"},
                {"date": "2020-01-02", "case": "A", "kind": "release"},
                {"date": "2020-01-01", "case": "B", "kind": "quality_control"}
            ]
        }),
    );
    assert_eq!(out.case_count, 3);
    assert_eq!(out.processing_case_count, 1);
    assert!(out.cases[0].processing_case && out.cases[0].counted && !out.cases[1].counted);
    assert_eq!(out.cases[3].case_number, Some(3));
}

#[test]
fn an_event_row_that_is_not_an_object_names_each_missing_field() {
    let e = errors(&TYPED, ON, json!({"licence": "nurse", "application_date": "2021-06-01", "events": ["x"]}));
    assert_eq!(
        e,
        [
            ("events[0]", "wrong_type"),
            ("events[0].date", "required"),
            ("events[0].event", "required"),
            ("events[0].credits", "required")
        ]
        .map(|(f, c)| (f.to_string(), c.to_string()))
    );
}

#[test]
fn the_page_sends_its_url_copy_of_the_rows_as_null() {
    let o = run(
        &TYPED,
        ON,
        json!({"licence": "nurse", "application_date": "2021-06-01", "rows": null, "events": [], "cases": []}),
    );
    assert!(!o.eligible);
}

#[test]
fn an_unknown_field_is_an_error_that_names_the_closest_one() {
    let input = json!({"licence": "nurse", "application_date": "2021-06-01", "events": [{"date": "2019-01-01", "event": "isct", "credit": 5}]});
    let e = errors(&TYPED, ON, input.clone());
    assert!(e.contains(&("events[0].credit".to_string(), "unknown_field".to_string())), "{e:?}");
    let msgs = TYPED.run(&Value::from(input), day(ON)).unwrap_err();
    let m = msgs.iter().find(|e| e.field == "events[0].credit").unwrap();
    assert_eq!(m.message.en, "credit is not a field of this input. Did you mean credits?");
}

#[test]
fn english_formulas_read_in_english() {
    let ev = eval(
        &TYPED,
        ON,
        json!({"licence": "nurse", "application_date": "2021-06-01", "events": [
            {"date": "2019-06-01", "event": "designated_seminar", "seminar": "2019_jstmct_67", "credits": 1000},
            {"date": "2015-06-01", "event": "jsrm", "credits": 5}
        ], "cases": [{"date": "2020-01-10", "case": "C1", "kind": "processing"}]}),
    );
    let step = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap().clone();
    assert_eq!(step("event1").formula.ja, "1,000単位 → 1,000単位（対象の学会・講習会で、期間内です）");
    assert_eq!(
        step("event1").formula.en,
        "1,000 credits → 1,000 credits (A listed society or seminar, inside the window)"
    );
    assert_eq!(step("event1").label.en, "2019-06-01 FY2019, 67th JSTMCT annual meeting: certified seminar (Kumamoto)");
    assert_eq!(step("event2").formula.en, "5 credits → 0 credits (Before the credit window (from 2016-04-01))");
    assert_eq!(step("req.qualifying_credits").formula.en, "1,000 credits ≥ 50 credits → met");
    assert_eq!(step("case1").formula.en, "Processing → Counted as one case (a case's same-day series is one case)");
    assert_eq!(step("credit_window").formula.en, "2016-04-01 to 2021-06-06 (the round 4 document's dates)");
    // Kana letters; ・ is punctuation (the page's labels join article numbers with it).
    crate::test_support::assert_english_trace(&ev);
    for n in ev.result.notes.iter().chain(ev.result.requirements.iter().map(|r| &r.label)) {
        assert!(!crate::test_support::reads_japanese(&n.en), "{n:?}");
    }
}

/// The schema's English (labels, help, units, choices, the rows' fields) has no kana either.
#[test]
fn the_schema_reads_in_english() {
    // Kana letters; ・ is punctuation (the page's labels join article numbers with it).
    let kana = |s: &str| s.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) && c != '・');
    let rows = [&schema::EVENT_ROW, &schema::CASE_ROW];
    let fields = SCHEMA.fields.iter().chain(rows.iter().flat_map(|r| r.fields.iter()));
    for f in fields {
        let texts = [f.label.en, f.help.en, f.unit().en].into_iter().chain(f.choices().iter().map(|c| c.label.en));
        for t in texts {
            assert!(!kana(t), "{}: {t}", f.key);
        }
    }
    assert!(rows.iter().all(|r| !kana(r.row.en)));
}

#[test]
fn after_the_known_round_the_answer_says_no_later_round_was_found() {
    let input = json!({"licence": "nurse", "application_date": "2021-06-01"});
    let keys = |as_of: &str| -> Vec<String> {
        crate::test_support::eval(&TYPED, as_of, input.clone()).trace.iter().map(|t| t.key.clone()).collect()
    };
    assert!(!keys("2021-06-15").iter().any(|k| k == "note.no_later_round"));
    assert!(keys("2026-12-01").iter().any(|k| k == "note.no_later_round"));
}

/// The application of the Q&A's example (50 credits) with `cases` cases, the first `processing`
/// of them actual processing, each on its own day.
fn record(cases: usize, processing: usize) -> serde_json::Value {
    let lines: Vec<serde_json::Value> = (0..cases)
        .map(|i| {
            json!({"date": format!("2019-{:02}-{}", i % 12 + 1, i / 12 + 10), "case": format!("C{i}"),
                   "kind": if i < processing { "processing" } else { "storage" }})
        })
        .collect();
    json!({"licence": "nurse", "application_date": "2021-06-01", "cases": lines,
           "events": [{"date": "2019-03-02", "event": "jstct", "credits": 50}]})
}

/// A3 「半分（５例）以上」: 12 cases with 5 processing fails "half of the whole record" and passes "5 or
/// more"; the result keeps the reading it uses and gives both verdicts, in the result and as the
/// reading's answers. Either side of it (6 of 12, 4 of 12) the readings agree and say nothing more.
#[test]
fn the_two_readings_of_half_are_both_given_where_they_disagree() {
    let ev = eval(&TYPED, ON, record(12, 5));
    let o = &ev.result;
    assert!(!o.eligible);
    assert_eq!(o.unmet, ["processing_half"]);
    assert_eq!(o.disagreements.len(), 1);
    let a = &o.disagreements[0].answers;
    assert_eq!((a[0].used, a[0].met, a[1].used, a[1].met), (true, Some(false), false, Some(true)));
    assert!(a[0].answer.ja.contains("12件中5件") && a[0].answer.ja.contains("半分は6件"), "{}", a[0].answer.ja);
    assert!(a[1].answer.en.contains("every requirement is met"), "{}", a[1].answer.en);
    let step = ev.trace.iter().find(|s| s.key == "reading.cell_therapy.processing_half").unwrap();
    assert_eq!(step.answers, o.disagreements[0].answers);
    assert!(step.formula.ja.contains("読み方によって結果が変わります"), "{}", step.formula.ja);
    crate::test_support::assert_english_trace(&ev);
    for (cases, processing, eligible) in [(12, 6, true), (12, 4, false), (10, 5, true)] {
        let ev = eval(&TYPED, ON, record(cases, processing));
        assert_eq!(ev.result.eligible, eligible, "{cases}/{processing}");
        assert!(ev.result.disagreements.is_empty(), "{cases}/{processing}");
        let step = ev.trace.iter().find(|s| s.key == "reading.cell_therapy.processing_half").unwrap();
        assert!(step.answers.is_empty());
    }
    // With another requirement short, the readings still differ on A3, and both verdicts say so.
    let mut short = record(12, 5);
    short["events"][0]["credits"] = json!(49);
    let o = run(&TYPED, ON, short);
    assert!(o.disagreements[0].answers[1].answer.en.contains("other requirements are not met"));
}
