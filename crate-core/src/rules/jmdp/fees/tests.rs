use super::*;
use crate::test_support::{refused, run};
use serde_json::json;

const ON: &str = "2023-08-01";

#[test]
fn model_table_2020_03_reproduces() {
    let transplant = [123_000, 131_000, 139_000, 147_000, 155_000];
    let ended = [8_000, 16_000, 24_000, 32_000, 40_000];
    for (d, (t, e)) in (1..=5).zip(transplant.into_iter().zip(ended)) {
        let o = run(&TYPED, ON, json!({"donors_screened": d, "final_consent": true, "transplant": true}));
        assert_eq!((o.gross_yen, o.payable_yen), (t, t));
        assert_eq!(run(&TYPED, ON, json!({"donors_screened": d})).gross_yen, e);
    }
}

#[test]
fn bundle_is_115000_and_refund_74000() {
    let o = run(&TYPED, ON, json!({"donors_screened": 2, "final_consent": true, "transplant": false}));
    assert_eq!(o.final_consent_bundle_yen, 115_000);
    assert_eq!(o.gross_yen, 131_000);
    assert_eq!(o.refund_yen, 74_000);
    assert_eq!(o.net_yen, 57_000);
    assert_eq!(o.payable_yen, 57_000);
}

#[test]
fn jmdp_bears_the_difference() {
    let o = run(&TYPED, ON, json!({"donors_screened": 1}));
    // 44,000 for the patient HLA test + 9,152 − 5,000 = 4,152 for the blood test.
    let blood = o.lines.iter().find(|l| l.key == "donor_blood_test").unwrap();
    assert_eq!(blood.jmdp_bears_yen, 4_152);
    assert_eq!(o.jmdp_bears_yen, 48_152);
}

#[test]
fn impossible_combinations() {
    refused(&TYPED, ON, json!({"donors_screened": 1, "transplant": true}), "transplant", "requires_final_consent");
    refused(
        &TYPED,
        ON,
        json!({"donors_screened": 0, "final_consent": true, "transplant": true}),
        "donors_screened",
        "requires_donor",
    );
}

#[test]
fn an_unknown_field_is_an_error_that_names_the_closest_one() {
    refused(&TYPED, ON, json!({"donors_screened": 1, "option_hla_test": 1}), "option_hla_test", "unknown_field");
    let e = crate::test_support::errors(&TYPED, ON, json!({"donors_screened": 1, "option_hla_test": 1}));
    assert_eq!(e.len(), 1);
    let ev = TYPED.run(
        &crate::value::Value::from(json!({"donors_screened": 1, "option_hla_test": 1})),
        crate::test_support::day(ON),
    );
    let msg = &ev.unwrap_err()[0].message;
    assert_eq!(msg.ja, "option_hla_test は使えない項目です。option_hla_tests のことですか");
    assert_eq!(msg.en, "option_hla_test is not a field of this input. Did you mean option_hla_tests?");
}

#[test]
fn english_formulas_read_in_english() {
    let ev = crate::test_support::eval(
        &TYPED,
        ON,
        json!({"donors_screened": 3, "final_consent": true, "exemption_percent": 50}),
    );
    let blood = ev.trace.iter().find(|s| s.key == "donor_blood_test").unwrap();
    assert_eq!(blood.formula.ja, "5,000円 × 3人 = 15,000円（骨髄バンク負担 12,456円）");
    assert_eq!(blood.formula.en, "5,000 yen × 3 = 15,000 yen (JMDP bears 12,456 yen)");
    let gross = ev.trace.iter().find(|s| s.key == "gross").unwrap();
    assert_eq!(gross.formula.en, "15,000 yen + 9,000 yen + 41,000 yen + 25,000 yen + 49,000 yen = 139,000 yen");
}
