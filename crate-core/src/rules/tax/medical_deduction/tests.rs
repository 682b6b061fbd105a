use super::*;
use crate::test_support::{day, errors, eval, refused, run};
use serde_json::json;

const ON: &str = "2026-12-01";

fn input(year: i64, paid: i64, reimbursed: i64, total: i64, taxable: i64) -> serde_json::Value {
    json!({"year": year, "paid_yen": paid, "reimbursed_yen": reimbursed, "total_income_yen": total, "taxable_income_yen": taxable})
}

#[test]
fn a_family_example() {
    // 650,000 paid (co-payments, meals, JMDP fees), 300,000 back from 高額療養費; 総所得 5,000,000.
    let o = run(&TYPED, ON, input(2026, 650_000, 300_000, 5_000_000, 3_000_000));
    assert_eq!((o.threshold_yen, o.deduction_yen), (100_000, 250_000));
    assert_eq!((o.income_tax_before_yen, o.income_tax_after_yen), (202_500, 177_500));
    // 25,000 × 1.021 = 25,525; residence tax 10% = 25,000.
    assert_eq!((o.income_tax_saving_yen, o.resident_tax_saving_yen, o.total_saving_yen), (25_525, 25_000, 50_525));
}

#[test]
fn every_rounding_drops_the_fraction() {
    // Deduction 25,005: 課税所得 3,000,000 → 2,974,995 → 2,974,000 (1,000円未満切り捨て);
    // 所得税 202,500 − 199,900 = 2,600 × 1.021 = 2,654.6 → 2,654; 住民税 2,500.5 → 2,500.
    let o = run(&TYPED, ON, input(2026, 125_005, 0, 5_000_000, 3_000_000));
    assert_eq!((o.deduction_yen, o.taxable_after_yen, o.income_tax_after_yen), (25_005, 2_974_000, 199_900));
    assert_eq!((o.income_tax_saving_yen, o.resident_tax_saving_yen), (2_654, 2_500));
}

#[test]
fn the_threshold_is_the_lesser_of_100000_and_5_percent() {
    for (total, threshold) in
        [(1_999_999, 99_999), (2_000_000, 100_000), (2_000_001, 100_000), (1_000_010, 50_000), (1_000_019, 50_000)]
    {
        assert_eq!(run(&TYPED, ON, input(2026, 500_000, 0, total, 0)).threshold_yen, threshold, "{total}");
    }
}

#[test]
fn every_step_of_the_table_on_both_sides() {
    for (taxable, tax) in [
        (1_950_000, 97_500),
        (1_950_001, 97_500),
        (1_951_000, 97_600),
        (3_300_000, 232_500),
        (3_301_000, 232_700),
        (6_950_000, 962_500),
        (6_951_000, 962_730),
        (9_000_000, 1_434_000),
        (9_001_000, 1_434_330),
        (18_000_000, 4_404_000),
        (18_001_000, 4_404_400),
        (40_000_000, 13_204_000),
        (40_001_000, 13_204_450),
    ] {
        let o = run(&TYPED, ON, input(2026, 0, 0, taxable, taxable));
        assert_eq!((o.taxable_before_yen, o.income_tax_before_yen), (taxable / 1000 * 1000, tax), "{taxable}");
    }
}

#[test]
fn the_deduction_is_capped_and_never_negative() {
    let o = run(&TYPED, ON, input(2026, 3_000_000, 0, 20_000_000, 15_000_000));
    assert_eq!((o.deduction_yen, o.deduction_capped), (2_000_000, true));
    let o = run(&TYPED, ON, input(2026, 2_100_000, 0, 20_000_000, 15_000_000));
    assert_eq!((o.deduction_yen, o.deduction_capped), (2_000_000, false));
    let o = run(&TYPED, ON, input(2026, 300_000, 400_000, 5_000_000, 3_000_000));
    assert_eq!((o.deduction_yen, o.total_saving_yen), (0, 0));
}

#[test]
fn years_outside_the_rows_are_not_in_force() {
    refused(&TYPED, ON, input(2038, 500_000, 0, 5_000_000, 3_000_000), "year", "not_in_force");
    refused(&TYPED, ON, input(2014, 500_000, 0, 5_000_000, 3_000_000), "year", "not_in_force");
    assert_eq!(run(&TYPED, ON, input(2037, 500_000, 0, 5_000_000, 3_000_000)).deduction_yen, 400_000);
    let e = TYPED.run(&crate::value::Value::from(input(2038, 1, 0, 1, 1)), day(ON)).unwrap_err();
    assert!(e[0].message.ja.contains("2013〜2037"), "{}", e[0].message.ja);
}

#[test]
fn impossible_inputs() {
    refused(&TYPED, ON, input(2026, 1, 0, 1_000_000, 1_000_001), "taxable_income_yen", "exceeds_total_income");
    assert_eq!(
        errors(&TYPED, ON, json!({"year": 2026, "paid_yen": 1, "total_income_yen": 1, "taxable_income": 1})),
        vec![
            ("taxable_income".to_string(), "unknown_field".to_string()),
            ("taxable_income_yen".to_string(), "required".to_string()),
        ]
    );
    let e = TYPED
        .run(
            &crate::value::Value::from(
                json!({"year": 2026, "paid_yen": 1, "total_income_yen": 1, "taxable_income_yen": 1, "reimbursed": 0}),
            ),
            day(ON),
        )
        .unwrap_err();
    assert_eq!(e[0].message.en, "reimbursed is not a field of this input. Did you mean reimbursed_yen?");
}

#[test]
fn english_formulas_read_in_english() {
    let ev = eval(&TYPED, ON, input(2026, 650_000, 300_000, 5_000_000, 3_000_000));
    let step = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap();
    assert_eq!(
        step("threshold").formula.en,
        "min(100,000 yen, 5,000,000 yen × 5% = 250,000 yen → 250,000 yen) = 100,000 yen"
    );
    assert_eq!(
        step("deduction").formula.en,
        "min(max(0, 650,000 yen − 300,000 yen (reimbursed) − 100,000 yen), 2,000,000 yen) = 250,000 yen"
    );
    assert_eq!(
        step("taxable_after").formula.en,
        "max(0, 3,000,000 yen − 250,000 yen) = 2,750,000 yen → 2,750,000 yen (below 1,000 yen dropped)"
    );
    assert_eq!(
        step("income_tax_before").formula.en,
        "3,000,000 yen × 10% − 97,500 yen = 202,500 yen (the step up to 3,300,000 yen)"
    );
    assert_eq!(step("income_tax_saving").formula.en, "(202,500 yen − 177,500 yen) × 102.1% = 25,525 yen → 25,525 yen");
    assert_eq!(step("income_tax_saving").source, params::SRC_RECONSTRUCTION);
    assert_eq!(step("taxable_before").source.short(false), "国税通則法第118条第1項");
    crate::test_support::assert_english_trace(&ev);
    // Every rule used is cited with its confidence (high: long-standing law).
    assert!(ev.rules.iter().all(|r| r.confidence == crate::params::Confidence::High), "{:?}", ev.rules);
}
