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
    // 所得税 202,500 and 199,900; 復興特別所得税 on each: 4,252.5 → 4,252 and 4,197.9 → 4,197;
    // saved (202,500 + 4,252) − (199,900 + 4,197) = 2,655 (the difference × 1.021 would say 2,654:
    // the law computes the surtax on each 基準所得税額); 住民税 2,500.5 → 2,500.
    let o = run(&TYPED, ON, input(2026, 125_005, 0, 5_000_000, 3_000_000));
    assert_eq!((o.deduction_yen, o.taxable_after_yen, o.income_tax_after_yen), (25_005, 2_974_000, 199_900));
    assert_eq!((o.reconstruction_tax_before_yen, o.reconstruction_tax_after_yen), (4_252, 4_197));
    assert_eq!((o.defense_tax_before_yen, o.defense_tax_after_yen), (None, None));
    assert_eq!((o.income_tax_saving_yen, o.resident_tax_saving_yen), (2_655, 2_500));
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
    refused(&TYPED, ON, input(2048, 500_000, 0, 5_000_000, 3_000_000), "year", "not_in_force");
    refused(&TYPED, ON, input(2014, 500_000, 0, 5_000_000, 3_000_000), "year", "not_in_force");
    assert_eq!(run(&TYPED, ON, input(2047, 500_000, 0, 5_000_000, 3_000_000)).deduction_yen, 400_000);
    let e = TYPED.run(&crate::value::Value::from(input(2048, 1, 0, 1, 1)), day(ON)).unwrap_err();
    assert!(e[0].message.ja.contains("2013〜2047"), "{}", e[0].message.ja);
}

#[test]
fn from_2027_two_surtaxes_each_on_the_base_tax_and_each_truncated() {
    // 課税所得 1,001,000 → 所得税 50,050; the deduction 201,000 − 100,000 = 101,000 → 900,000 → 45,000.
    let plan = |year: i64| input(year, 201_000, 0, 2_000_000, 1_001_000);
    // 2026: one 復興特別所得税 of 2.1%: 1,051.05 → 1,051 and 945; (50,050 + 1,051) − (45,000 + 945) = 5,156.
    let o = run(&TYPED, ON, plan(2026));
    assert_eq!((o.income_tax_before_yen, o.income_tax_after_yen), (50_050, 45_000));
    assert_eq!(
        (o.reconstruction_tax_before_yen, o.defense_tax_before_yen, o.income_tax_saving_yen),
        (1_051, None, 5_156)
    );
    // 2027: 復興 1.1% 550.55 → 550 and 防衛 1% 500.5 → 500, each truncated: 1,050, a yen less than one
    // 2.1% (1,051); after: 495 + 450 = 945. Saved (50,050 + 1,050) − (45,000 + 945) = 5,155.
    let ev = eval(&TYPED, ON, plan(2027));
    let o = &ev.result;
    assert_eq!((o.reconstruction_tax_before_yen, o.defense_tax_before_yen), (550, Some(500)));
    assert_eq!((o.reconstruction_tax_after_yen, o.defense_tax_after_yen), (495, Some(450)));
    assert_eq!(o.income_tax_saving_yen, 5_155);
    let step = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap_or_else(|| panic!("{key}"));
    assert_eq!(
        step("surtax_before").formula.en,
        "reconstruction surtax 50,050 yen × 1.1% = 550.55 yen → 550 yen; defence surtax 50,050 yen × 1% = 500.5 yen → 500 yen"
    );
    assert_eq!(step("income_tax_saving").formula.en, "(50,050 yen + 1,050 yen) − (45,000 yen + 945 yen) = 5,155 yen");
    assert!(step("surtax_rounding").formula.en.contains("one surtax of 2.1% would save 5,156 yen, 1 yen different"));
    assert_eq!(step("surtax_before").source, params::RECONSTRUCTION_YEN.source);
    // Each row used is dated and carries its confidence (the outline: medium-high).
    for id in ["tax.reconstruction_income_tax.per_mille", "tax.defense_income_tax.per_mille"] {
        let r = ev.rules.iter().find(|r| r.id == id).unwrap();
        assert_eq!(r.confidence, crate::params::Confidence::MediumHigh, "{id}");
    }
    // 2047 is the last year of 復興 1.1% (2048: not on file, above).
    assert_eq!(run(&TYPED, ON, plan(2047)).income_tax_saving_yen, 5_155);
    crate::test_support::assert_english_trace(&ev);
}

#[test]
fn the_residence_tax_saved_is_never_more_than_its_income_levy() {
    // 課税所得 300,000; the deduction 300,000 (= the taxable income): 30,000, nothing said.
    let o = run(&TYPED, ON, input(2026, 400_000, 0, 2_000_000, 300_000));
    assert_eq!(
        (o.deduction_yen, o.resident_tax_saving_yen, o.deduction_exceeds_taxable_income),
        (300_000, 30_000, false)
    );
    // One yen more: still 30,000 (the 所得割 it lowers), and the result says so.
    let ev = eval(&TYPED, ON, input(2026, 400_001, 0, 2_000_000, 300_000));
    let o = &ev.result;
    assert_eq!(
        (o.deduction_yen, o.resident_tax_saving_yen, o.deduction_exceeds_taxable_income),
        (300_001, 30_000, true)
    );
    // A deduction of 500,000 on 300,000: the income tax (15,000 + 315) and 30,000 of residence tax, no more.
    let o = run(&TYPED, ON, input(2026, 600_000, 0, 2_000_000, 300_000));
    assert_eq!((o.income_tax_saving_yen, o.resident_tax_saving_yen, o.total_saving_yen), (15_315, 30_000, 45_315));
    let step = ev.trace.iter().find(|s| s.key == "deduction_exceeds_taxable_income").unwrap();
    assert!(step.formula.en.contains("1 yen above it lowers no tax"), "{}", step.formula.en);
    assert_eq!(
        ev.trace.iter().find(|s| s.key == "resident_tax_saving").unwrap().formula.en,
        "min(300,001 yen, 300,000 yen (taxable income)) = 300,000 yen × 10% = 30,000 yen → 30,000 yen"
    );
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
    assert_eq!(step("surtax_before").formula.en, "reconstruction surtax 202,500 yen × 2.1% = 4,252.5 yen → 4,252 yen");
    assert_eq!(
        step("income_tax_saving").formula.en,
        "(202,500 yen + 4,252 yen) − (177,500 yen + 3,727 yen) = 25,525 yen"
    );
    assert_eq!(step("income_tax_saving").source, params::SRC_RECONSTRUCTION);
    assert_eq!(step("taxable_before").source.short(false), "国税通則法第118条第1項");
    crate::test_support::assert_english_trace(&ev);
    // Every rule used is cited with its confidence (high: long-standing law).
    assert!(ev.rules.iter().all(|r| r.confidence == crate::params::Confidence::High), "{:?}", ev.rules);
}
