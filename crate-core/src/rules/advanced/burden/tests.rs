use super::*;
use crate::test_support::{day, errors, eval, refused, run};
use serde_json::json;

const ON: &str = "2024-04-01";

#[test]
fn seed_example_400k() {
    let o = run(
        &TYPED,
        ON,
        json!({"advanced_cost_yen": 500_000, "subsidy_yen": 250_000, "insured_cost_yen": 500_000, "copay_percent": 30}),
    );
    assert_eq!(o.patient_advanced_yen, 250_000);
    assert_eq!(o.patient_copay_yen, 150_000);
    assert_eq!(o.patient_total_yen, 400_000);
    assert_eq!(o.insurer_yen, 350_000);
    assert_eq!(o.total_cost_yen, 1_000_000);
}

#[test]
fn bracket_u_one_percent_rounds_half_up() {
    // 医療費 1,000,050: excess 733,050 × 1% = 7,330.5 → 7,331 (50銭 rounds up).
    let o = run(
        &TYPED,
        ON,
        json!({"advanced_cost_yen": 0, "insured_cost_yen": 1_000_050, "copay_percent": 30, "cap_bracket": "u"}),
    );
    assert_eq!(o.cap_yen, Some(80_100 + 7_331));
    // 医療費 1,000,049: 7,330.49 → 7,330.
    let o = run(
        &TYPED,
        ON,
        json!({"advanced_cost_yen": 0, "insured_cost_yen": 1_000_049, "copay_percent": 30, "cap_bracket": "ウ"}),
    );
    assert_eq!(o.cap_yen, Some(80_100 + 7_330));
    assert_eq!(o.cap_bracket, Some(Bracket::U));
}

#[test]
fn brackets_after_july_2026_use_the_high_cost_tables() {
    // 2026-08: ウ is 85,800 + (1,000,000 − 286,000) × 1% = 92,940 (FACTS-2026's worked check).
    let input = json!({"advanced_cost_yen": 0, "insured_cost_yen": 1_000_000, "cap_bracket": "u"});
    let o = run(&TYPED, "2026-08-01", input.clone());
    assert_eq!((o.cap_yen, o.high_cost_refund_yen), (Some(92_940), Some(207_060)));
    // 2027-08: the 13 bands; ウ is no longer a bracket of that table, u2 is (98,100 + 6,730).
    let e = TYPED.run(&crate::value::Value::from(input), day("2027-09-01")).unwrap_err();
    assert_eq!((e[0].field.as_str(), e[0].code.as_str()), ("cap_bracket", "not_in_table"));
    // The brackets of that table by their labels, as the page's choices read (never by key).
    assert!(
        e[0].message.en.starts_with("Bracket “U: ¥280k–500k (to July 2027)” is not in the table"),
        "{}",
        e[0].message.en
    );
    assert!(e[0].message.ja.contains("44〜50万円（2027年8月〜）、36〜41万円（2027年8月〜）"), "{}", e[0].message.ja);
    assert!(!e[0].message.en.contains("u1"), "{}", e[0].message.en);
    let o =
        run(&TYPED, "2027-08-01", json!({"advanced_cost_yen": 0, "insured_cost_yen": 1_000_000, "cap_bracket": "u2"}));
    assert_eq!(o.cap_yen, Some(104_830));
    refused(
        &TYPED,
        "2026-07-31",
        json!({"advanced_cost_yen": 0, "insured_cost_yen": 1_000_000, "cap_bracket": "u2"}),
        "cap_bracket",
        "not_in_table",
    );
    // The same day with an own cap works as before.
    let o = run(
        &TYPED,
        "2026-08-01",
        json!({"advanced_cost_yen": 0, "insured_cost_yen": 1_000_000, "monthly_cap_yen": 90_000}),
    );
    assert_eq!(o.copay_after_cap_yen, Some(90_000));
    assert_eq!(o.high_cost_refund_yen, Some(210_000));
}

#[test]
fn every_bracket_has_its_rows() {
    // ア〜ウ: base + 1% above the threshold; エ・オ flat; each with its 多数回該当 figure.
    for (b, base, threshold, many) in [
        ("a", 252_600, Some(842_000), 140_100),
        ("i", 167_400, Some(558_000), 93_000),
        ("u", 80_100, Some(267_000), 44_400),
        ("e", 57_600, None, 44_400),
        ("o", 35_400, None, 24_600),
    ] {
        let cost = 2_000_000;
        let o = run(&TYPED, ON, json!({"advanced_cost_yen": 0, "insured_cost_yen": cost, "cap_bracket": b}));
        let expected = base + threshold.map_or(0, |t: i64| (cost - t) / 100);
        assert_eq!(o.cap_yen, Some(expected), "{b}");
        let o = run(
            &TYPED,
            ON,
            json!({"advanced_cost_yen": 0, "insured_cost_yen": cost, "cap_bracket": b, "many_times": true}),
        );
        assert_eq!(o.cap_yen, Some(many), "{b} 多数回該当");
    }
}

#[test]
fn impossible_combinations() {
    let base = |extra: serde_json::Value| {
        let mut v = json!({"advanced_cost_yen": 500_000, "subsidy_yen": 250_000, "insured_cost_yen": 500_000});
        v.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        v
    };
    refused(&TYPED, ON, base(json!({"monthly_cap_yen": 80_000, "cap_bracket": "u"})), "cap_bracket", "conflict");
    refused(&TYPED, ON, base(json!({"many_times": true})), "many_times", "requires_cap_bracket");
    refused(&TYPED, ON, base(json!({"subsidy_yen": 500_001})), "subsidy_yen", "exceeds_advanced_cost");
    // A blank bracket is no bracket.
    assert_eq!(run(&TYPED, ON, base(json!({"cap_bracket": ""}))).cap_source, "none");
}

#[test]
fn an_unknown_field_is_an_error_that_names_the_closest_one() {
    let input = json!({"advanced_cost_yen": 500_000, "insured_cost_yen": 500_000, "copay_percentage": 30});
    assert_eq!(errors(&TYPED, ON, input.clone()), vec![("copay_percentage".to_string(), "unknown_field".to_string())]);
    let e = TYPED.run(&crate::value::Value::from(input), day(ON)).unwrap_err();
    assert_eq!(e[0].message.ja, "copay_percentage は使えない項目です。copay_percent のことですか");
    assert_eq!(e[0].message.en, "copay_percentage is not a field of this input. Did you mean copay_percent?");
}

#[test]
fn english_formulas_read_in_english() {
    let ev = eval(
        &TYPED,
        ON,
        json!({"advanced_cost_yen": 500_000, "subsidy_yen": 250_000, "insured_cost_yen": 500_000, "cap_bracket": "u"}),
    );
    let step = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap();
    assert_eq!(step("copay_percent").formula.en, "Not given → the form's assumption of 30%");
    assert_eq!(
        step("patient_advanced").formula.en,
        "500,000 yen (advanced-care cost) − 250,000 yen (research funds, hospital, company) = 250,000 yen"
    );
    assert_eq!(step("cap_excess").formula.en, "max(0, 500,000 yen − 267,000 yen) = 233,000 yen");
    assert_eq!(step("cap_excess_rate").formula.en, "233,000 yen × 1% = 2,330 yen → 2,330 yen");
    assert_eq!(step("cap").label.en, "High-cost cap, bracket U: cap");
    assert_eq!(step("cap").formula.en, "80,100 + 2,330 = 82,430 yen");
    assert_eq!(step("cap").formula.ja, "80,100 + 2,330 = 82,430円");
    // No kana or 円 in any English text of the explanation.
    crate::test_support::assert_english_trace(&ev);
}
