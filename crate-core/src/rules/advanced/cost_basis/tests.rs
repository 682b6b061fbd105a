use super::*;
use crate::test_support::{day, errors, eval, refused, run};
use serde_json::json;

const ON: &str = "2024-04-01";

fn seed_input() -> serde_json::Value {
    json!({
        "devices": [
            {"name": "XXXXX", "purchase_yen": 200_000, "residual_yen": 100_000, "useful_life_years": 3, "annual_uses": 100},
            {"name": "XXXXX (2010年)", "purchase_yen": 300_000, "residual_yen": 0, "useful_life_years": 5, "annual_uses": 100, "past_useful_life": true}
        ],
        "staff": [
            {"role": "医師", "hourly_yen": 6000, "hours": 8, "persons": 2},
            {"role": "看護師", "hourly_yen": 3000, "hours": 8, "persons": 4},
            {"role": "薬剤師", "hourly_yen": 4000, "hours": "0.5", "persons": 1}
        ],
        "materials": [
            {"unit_yen": 100_000, "quantity": 1, "times": 1},
            {"unit_yen": 150_000, "quantity": 1, "times": 1},
            {"unit_yen": 50_000, "quantity": 1, "times": 1}
        ],
        "other_items": [{"unit_yen": 5000, "quantity": 1}, {"unit_yen": 600, "quantity": 1}]
    })
}

#[test]
fn seed_cost_basis_499_933_shown_as_500_000() {
    let o = run(&TYPED, ON, seed_input());
    assert_eq!(o.devices[0].depreciable_yen, 100_000);
    assert_eq!(o.devices[0].annual_depreciation_yen, 33_333);
    assert_eq!(o.devices[0].per_use_yen, 333);
    assert_eq!(o.devices[1].patient_yen, 0);
    assert_eq!((o.device_yen, o.staff_yen, o.materials_yen, o.other_yen), (333, 194_000, 300_000, 5_600));
    assert_eq!(o.total_yen, 499_933);
    assert_eq!(o.rounded_total_yen, 500_000);
    assert_eq!(o.rounding.unit, 1_000);
    assert_eq!(o.rounding_unit_source, "default");
    assert!(o.warnings.is_empty());
}

#[test]
fn each_division_truncates() {
    // 100,000 ÷ 3 = 33,333.33 → 33,333; 33,333 ÷ 7 = 4,761.857 → 4,761 (四捨五入 would give 4,762).
    let o = run(&TYPED, ON, json!({"devices": [{"purchase_yen": 100_000, "useful_life_years": 3, "annual_uses": 7}]}));
    assert_eq!(o.devices[0].annual_depreciation_yen, 33_333);
    assert_eq!(o.devices[0].per_use_yen, 4_761);
}

#[test]
fn threshold_is_exclusive() {
    let o = run(&TYPED, ON, json!({"materials": [{"unit_yen": 9_999}, {"unit_yen": 10_000}]}));
    assert!(o.materials[0].under_other_threshold);
    assert!(!o.materials[1].under_other_threshold);
    assert_eq!(o.warnings.len(), 1);
    assert_eq!(o.warnings[0].field, "materials[0]");
    assert_eq!(
        o.warnings[0].message.en,
        "Item 1: 9,999 yen a use is under 10,000 yen; the form lists such items together under “Other” (the total is unchanged)"
    );
}

#[test]
fn the_rounding_unit_is_a_choice_typed_as_a_number_or_as_text() {
    for (unit, rounded) in [
        (json!(1), 499_933),
        (json!("10"), 499_930),
        (json!(100), 499_900),
        (json!("1,000"), 500_000),
        (json!(10_000), 500_000),
    ] {
        let mut input = seed_input();
        input["rounding_unit"] = unit.clone();
        let o = run(&TYPED, ON, input);
        assert_eq!((o.rounded_total_yen, o.rounding_unit_source), (rounded, "input"), "{unit}");
    }
    let mut input = seed_input();
    input["rounding_unit"] = json!(500);
    refused(&TYPED, ON, input, "rounding_unit", "invalid_choice");
}

#[test]
fn each_unit_choice_has_its_rounding() {
    use crate::schema::Choose;
    for u in TotalUnit::ALL {
        assert_eq!(TOTAL_ROUNDINGS[u.index()].unit.to_string(), u.key());
    }
}

#[test]
fn rows_are_checked_field_by_field() {
    refused(
        &TYPED,
        ON,
        json!({"devices": [{"purchase_yen": 1, "residual_yen": 2, "useful_life_years": 3, "annual_uses": 1}]}),
        "devices[0].residual_yen",
        "exceeds_purchase",
    );
    // A zero divisor is its own error, and then the residual is not compared.
    assert_eq!(
        errors(
            &TYPED,
            ON,
            json!({"devices": [{"purchase_yen": 1, "residual_yen": 2, "useful_life_years": 0, "annual_uses": 1}]})
        ),
        vec![("devices[0].useful_life_years".to_string(), "must_be_positive".to_string())]
    );
    refused(&TYPED, ON, json!({"staff": [{"hourly_yen": 1}]}), "staff[0].hours", "required");
    let many: Vec<_> = (0..=MAX_LINES).map(|_| json!({"unit_yen": 1})).collect();
    refused(&TYPED, ON, json!({ "materials": many }), "materials", "too_many");
}

#[test]
fn an_unknown_field_is_an_error_that_names_the_closest_one() {
    let input = json!({"staff": [{"hourly_yen": 1000, "hour": 2}]});
    assert_eq!(
        errors(&TYPED, ON, input.clone()),
        vec![
            ("staff[0].hour".to_string(), "unknown_field".to_string()),
            ("staff[0].hours".to_string(), "required".to_string())
        ]
    );
    let e = TYPED.run(&crate::value::Value::from(input), day(ON)).unwrap_err();
    assert_eq!(e[0].message.en, "hour is not a field of this input. Did you mean hours?");
    refused(&TYPED, ON, json!({"device": []}), "device", "unknown_field");
}

#[test]
fn english_formulas_read_in_english() {
    let ev = eval(&TYPED, ON, seed_input());
    let step = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap();
    let d = step("devices[0].annual_depreciation_exact");
    assert_eq!(d.label.en, "XXXXX: annual depreciation (÷ useful life)");
    assert_eq!(d.formula.ja, "100,000円 ÷ 3年 = 33,333.3333…円");
    assert_eq!(d.formula.en, "100,000 yen ÷ 3 years = 33,333.3333… yen");
    assert_eq!(step("devices[0].per_use_exact").formula.en, "33,333 yen ÷ 100 uses a year = 333.33 yen");
    assert_eq!(step("staff[2]").formula.ja, "4,000円×0.5H×1人 = 2,000円");
    assert_eq!(step("staff[2]").formula.en, "4,000 yen × 0.5 h × 1 person = 2,000 yen");
    assert_eq!(step("other_items[0]").label.en, "Other: Item 1");
    assert_eq!(step("other_items[0]").formula.en, "5,000 yen × 1 × 1 time = 5,000 yen");
    assert_eq!(step("total").formula.en, "333 yen + 194,000 yen + 300,000 yen + 5,600 yen = 499,933 yen");
    assert_eq!(
        step("rounded_total").formula.en,
        "499,933 yen → 500,000 yen (the default rounding unit: the smallest that reproduces the form's example)"
    );
    // No kana or 円 in any English text of the explanation.
    crate::test_support::assert_english_trace(&ev);
}
