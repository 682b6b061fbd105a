use super::*;
use crate::test_support::{errors, eval, refused, run};
use serde_json::json;

const ON: &str = "2024-04-01";

#[test]
fn highest_member_counts_not_the_sum() {
    // 40,000 + 40,000 = 80,000 in total, but the highest member pays 40,000 → 70%, not 50%.
    let o = run(&TYPED, ON, json!({"status": "taxed", "income_tax_yen": [40000, 40000], "domestic_fees_yen": 147000}));
    assert_eq!(o.highest_income_tax_yen, Some(40_000));
    assert_eq!(o.household_total_income_tax_yen, 80_000);
    assert_eq!(o.rate_percent, 70);
    assert_eq!(o.domestic_exempted_yen, 102_900);
    assert_eq!(o.domestic_payable_yen, 44_100);
}

#[test]
fn every_boundary_both_sides() {
    for (tax, rate) in
        [(1, 90), (16_800, 90), (16_801, 70), (42_000, 70), (42_001, 50), (80_000, 50), (80_001, 0), (0, 100)]
    {
        let o = run(&TYPED, ON, json!({"status": "taxed", "income_tax_yen": [tax]}));
        assert_eq!(o.rate_percent, rate, "tax {tax}");
    }
}

#[test]
fn overseas_cap() {
    let o = run(&TYPED, ON, json!({"status": "welfare", "overseas_fees_yen": 3_000_000}));
    assert_eq!(o.overseas_exempted_before_cap_yen, 3_000_000);
    assert_eq!(o.overseas_exempted_yen, 1_000_000);
    assert_eq!(o.overseas_payable_yen, 2_000_000);
    assert!(o.overseas_cap_applied);
    let o = run(&TYPED, ON, json!({"status": "taxed", "income_tax_yen": [30000], "overseas_fees_yen": 1_428_571}));
    // 1,428,571 × 70% = 999,999.7 → 999,999 (truncated), under the cap.
    assert_eq!(o.overseas_exempted_yen, 999_999);
    assert!(!o.overseas_cap_applied);
}

#[test]
fn input_errors() {
    assert_eq!(errors(&TYPED, ON, json!({"status": "rich"}))[0].1, "invalid_choice");
    assert_eq!(errors(&TYPED, ON, json!({"status": "taxed"}))[0], ("income_tax_yen".into(), "required".into()));
    let e = errors(&TYPED, ON, json!({"status": "taxed", "income_tax_yen": [1, -5, "x"]}));
    assert_eq!(e[0].0, "income_tax_yen[1]");
    assert_eq!(e[1].0, "income_tax_yen[2]");
    assert_eq!(errors(&TYPED, ON, json!({"status": "income_tax_exempt", "income_tax_yen": [5]}))[0].1, "inconsistent");
    let too_many: Vec<i64> = vec![0; MAX_MEMBERS + 1];
    refused(&TYPED, ON, json!({"status": "taxed", "income_tax_yen": too_many}), "income_tax_yen", "too_many");
}

#[test]
fn an_unknown_field_is_an_error_that_names_the_closest_one() {
    let input = json!({"status": "welfare", "domestic_fee_yen": 1000});
    assert_eq!(errors(&TYPED, ON, input.clone()), vec![("domestic_fee_yen".to_string(), "unknown_field".to_string())]);
    let e = TYPED.run(&crate::value::Value::from(input), crate::test_support::day(ON)).unwrap_err();
    assert_eq!(e[0].message.en, "domestic_fee_yen is not a field of this input. Did you mean domestic_fees_yen?");
}

#[test]
fn english_formulas_read_in_english() {
    let ev = eval(&TYPED, ON, json!({"status": "taxed", "income_tax_yen": [40000, 40000], "domestic_fees_yen": 1001}));
    let en = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap().formula.en.clone();
    assert_eq!(
        en("highest_income_tax"),
        "max(40,000 yen, 40,000 yen) = 40,000 yen (household total 80,000 yen not used)"
    );
    assert_eq!(en("rate"), "16,800 yen < 40,000 yen ≤ 42,000 yen → 70%");
    assert_eq!(en("domestic_exempted_exact"), "1,001 yen × 70% = 700.7 yen");
    assert_eq!(en("domestic_exempted"), "700.7 yen → 700 yen");
    assert_eq!(en("overseas_exempted"), "min(0 yen, 1,000,000 yen) = 0 yen");
    let ja = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap().formula.ja.clone();
    assert_eq!(ja("highest_income_tax"), "max(40,000円, 40,000円) = 40,000円（世帯合計 80,000円 は使いません）");
    assert_eq!(ja("rate"), "16,800円 < 40,000円 ≤ 42,000円 → 70%");
}

/// No hiragana or katakana in any English text of the explanation or the notes (Japanese names of
/// documents in kanji are quoted on purpose).
#[test]
fn english_has_no_kana() {
    let kana = |s: &str| s.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c));
    for input in [
        json!({"status": "welfare", "income_tax_yen": [5], "overseas_fees_yen": 3_000_000}),
        json!({"status": "resident_tax_exempt"}),
        json!({"status": "income_tax_exempt"}),
        json!({"status": "taxed", "income_tax_yen": [0, 0]}),
        json!({"status": "taxed", "income_tax_yen": [80001], "domestic_fees_yen": 5}),
    ] {
        let ev = eval(&TYPED, ON, input);
        for s in &ev.trace {
            assert!(!kana(&s.label.en) && !kana(&s.formula.en), "{}: {} / {}", s.key, s.label.en, s.formula.en);
        }
        for n in &ev.result.notes {
            assert!(!kana(&n.en), "{}", n.en);
        }
        for d in &ev.result.certificates {
            assert!(!kana(d.en) && !kana(d.where_en), "{}", d.en);
        }
    }
}

#[test]
fn overseas_fees_say_who_bills_and_how_the_cap_is_read() {
    let ev = eval(&TYPED, ON, json!({"status": "welfare", "overseas_fees_yen": 3_000_000}));
    assert!(ev.trace.iter().any(|s| s.key == "reading.overseas_cap"));
    assert!(ev.trace.iter().any(|s| s.key == "overseas_billing"));
    assert!(ev.result.notes.iter().any(|n| n.ja.contains("先方バンクの料金規定")));
    crate::test_support::assert_english_trace(&ev);
    // No overseas charge: neither.
    let ev = eval(&TYPED, ON, json!({"status": "welfare"}));
    assert!(!ev.trace.iter().any(|s| s.key == "reading.overseas_cap" || s.key == "overseas_billing"));
}

/// 「100万円を限度に免除」: a cap on the amount exempted (used) or on the fees the rate applies to.
/// 2,000,000 yen at 50% gives 1,000,000 or 500,000; the result keeps the first and gives both.
#[test]
fn the_two_readings_of_the_overseas_cap_are_both_given_where_they_disagree() {
    let ev = crate::test_support::eval(
        &TYPED,
        "2024-04-01",
        serde_json::json!({"status": "taxed", "income_tax_yen": [60000], "overseas_fees_yen": 2_000_000}),
    );
    let d = &ev.result.disagreements;
    assert_eq!(ev.result.overseas_exempted_yen, 1_000_000);
    assert_eq!(d.len(), 1);
    assert_eq!(
        d[0].answers.iter().map(|a| (a.amount, a.used)).collect::<Vec<_>>(),
        [(Some(1_000_000), true), (Some(500_000), false)]
    );
    assert_eq!(d[0].answers[1].reading.ja, "50% × min(2,000,000円, 1,000,000円)（免除の対象にする費用の上限）");
    assert_eq!(d[0].answers[1].answer.en, "exempted 500,000 yen, payable 1,500,000 yen");
    let step = ev.trace.iter().find(|s| s.key == "reading.overseas_cap").unwrap();
    assert_eq!(step.answers.len(), 2);
    crate::test_support::assert_english_trace(&ev);
    // The JSON gives the answers with the step, and the result's list.
    let json = serde_json::to_value(&ev).unwrap();
    assert_eq!(json["result"]["disagreements"][0]["answers"][1]["amount"], 500_000);
    let steps = json["trace"].as_array().unwrap();
    assert!(steps
        .iter()
        .any(|s| s["key"] == "reading.overseas_cap" && s["answers"].as_array().is_some_and(|a| a.len() == 2)));
    assert!(steps.iter().filter(|s| s["key"] != "reading.overseas_cap").all(|s| s.get("answers").is_none()));
}

#[test]
fn the_decision_time_reads_as_english_counts_do() {
    let ev = eval(&TYPED, ON, json!({"status": "taxed", "income_tax_yen": [30000]}));
    let note = ev.result.notes.iter().find(|n| n.ja.contains("審査結果は")).expect("the decision note");
    assert!(note.ja.contains("書類提出から1か月ほど"), "{}", note.ja);
    assert!(note.en.contains("about 1 month after the documents arrive"), "{}", note.en);
}
