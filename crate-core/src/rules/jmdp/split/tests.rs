use super::*;
use crate::date::ymd;
use crate::test_support::{errors, eval, refused, run};
use serde_json::json;

const ON: &str = "2024-04-01";

#[test]
fn seed_defaults() {
    let o = run(&TYPED, ON, json!({"transplant_date": "2024-01-31"}));
    assert_eq!(o.jmdp_points, Some(55_000));
    assert_eq!(o.jmdp_yen, Some(550_000));
    assert_eq!(o.harvest_payment_points, Some(21_640 - 4_200));
    assert_eq!(o.claim_points, Some(66_450 + 10_000 + 21_640));
    assert_eq!(o.transplant_hospital_keeps_points, Some(66_450 + 21_640 - 45_000 - 17_440));
    assert_eq!(o.invoice_date, Some(ymd(2024, 2, 10)));
    let sum =
        [o.jmdp_points, o.harvest_payment_points, o.transplant_hospital_keeps_points].iter().flatten().sum::<i64>();
    assert_eq!(o.claim_points, Some(sum));
}

#[test]
fn december_transplant_invoiced_in_january() {
    let o = run(&TYPED, ON, json!({"transplant_date": "2023-12-15"}));
    assert_eq!(o.invoice_date, Some(ymd(2024, 1, 10)));
}

#[test]
fn harvest_payment_never_negative_and_short_points_refused() {
    let o = run(&TYPED, ON, json!({"harvest_points": 1000, "transplant_points": 100000}));
    assert_eq!(o.harvest_payment_points, Some(0));
    assert_eq!(errors(&TYPED, ON, json!({"transplant_points": 0}))[0].1, "does_not_cover_jmdp_share");
}

#[test]
fn limits_and_blanks() {
    refused(&TYPED, ON, json!({"yen_per_point": 1001}), "yen_per_point", "out_of_range");
    refused(&TYPED, ON, json!({"transplant_points": MAX_POINTS + 1}), "transplant_points", "out_of_range");
    // Blank is the table's value, as on the page.
    let o = run(&TYPED, ON, json!({"transplant_points": "", "yen_per_point": " "}));
    assert_eq!((o.transplant_points, o.yen_per_point), (66_450, 10));
}

/// The donor's care points are added to K921: the whole donor bill there counts K921 twice.
#[test]
fn donor_care_is_beyond_k921() {
    let o = run(&TYPED, ON, json!({"donor_care_points": 5000}));
    assert_eq!(o.harvest_bill_points, Some(21_640 + 5_000));
    let help = schema::DONOR_CARE_POINTS.help;
    assert!(help.ja.contains("K921") && help.ja.contains("二重"), "{}", help.ja);
    assert!(help.en.contains("BEYOND K921") && help.en.contains("twice"), "{}", help.en);
}

#[test]
fn an_unknown_field_is_an_error_that_names_the_closest_one() {
    let input = json!({"donor_care_point": 5000});
    assert_eq!(errors(&TYPED, ON, input.clone()), vec![("donor_care_point".to_string(), "unknown_field".to_string())]);
    let e = TYPED.run(&crate::value::Value::from(input), crate::test_support::day(ON)).unwrap_err();
    assert_eq!(e[0].message.en, "donor_care_point is not a field of this input. Did you mean donor_care_points?");
}

#[test]
fn english_formulas_read_in_english() {
    let ev = eval(
        &TYPED,
        ON,
        json!({"transplant_points": 70000, "donor_care_points": 5000, "transplant_date": "2024-01-31"}),
    );
    let step = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap().formula.clone();
    assert_eq!(step("transplant_points").en, "Entered 70,000 (table: 66,450)");
    assert_eq!(step("harvest_points").en, "Table value 21,640");
    assert_eq!(
        step("claim").en,
        "70,000 points (K922) + 10,000 points (addition) + 21,640 points (K921) + 5,000 points (donor's other care) = 106,640 points"
    );
    assert_eq!(
        step("claim").ja,
        "70,000点（K922）+ 10,000点（加算）+ 21,640点（K921）+ 5,000点（ドナーのその他の療養）= 106,640点"
    );
    assert_eq!(step("jmdp_yen").en, "55,000 points × 10 yen = 550,000 yen");
    assert_eq!(
        step("harvest_payment_points").en,
        "max(0, 21,640 points (K921) + 5,000 points (donor's other care) − 4,200 points (HLA-test equivalent)) = 22,440 points"
    );
    assert_eq!(
        step("transplant_hospital_keeps").en,
        "106,640 points − 55,000 points − 22,440 points = 29,200 points (292,000 yen)"
    );
    crate::test_support::assert_english_trace(&ev);
    let e = crate::test_support::day(ON);
    let refused = TYPED.run(&crate::value::Value::from(json!({"transplant_points": 0})), e).unwrap_err();
    assert_eq!(
        refused[0].message.en,
        "With these points the transplant hospital would receive 31,640 points but pay out 72,440 points (JMDP 55,000 points + harvesting hospital 17,440 points). JMDP's 45,000 points come out of K922 and K921; check the points"
    );
}

/// The keys of a result's notes.
fn note_keys(o: &Output) -> Vec<&'static str> {
    o.notes.iter().map(|n| n.key).collect()
}

#[test]
fn a_transplant_says_which_fee_schedule_and_how_the_deduction_is_read() {
    let ev = eval(&TYPED, ON, json!({}));
    assert_eq!(note_keys(&ev.result), ["fee_schedule"]);
    let t = &ev.result.notes[0].text;
    assert!(t.ja.contains("令和4年度") && t.ja.contains("66,450点") && t.ja.contains("確認できていません"), "{}", t.ja);
    assert!(t.en.contains("2022") && t.en.contains("not confirmed") && t.en.contains("receipt"), "{}", t.en);
    assert!(ev.trace.iter().any(|s| s.key == "reading.deduction_base"));
    crate::test_support::assert_english_trace(&ev);
}

#[test]
fn no_transplant_no_split_and_the_harvest_billed_to_jmdp() {
    let before = run(&TYPED, ON, json!({"outcome": "cancelled_before_checkup"}));
    assert_eq!(
        (before.harvest_payment_points, before.jmdp_points, before.harvest_billed_to),
        (Some(0), Some(0), "none")
    );
    assert_eq!(note_keys(&before), ["who_bills", "no_split", "patient_fees"]);
    let fees = &before.notes[2].text;
    assert!(fees.ja.contains("4. 最終同意等調整料") && fees.ja.contains("返金されます"), "{}", fees.ja);

    let ev = eval(&TYPED, ON, json!({"outcome": "cancelled_after_checkup", "donor_care_points": 3000}));
    assert_eq!((ev.result.harvest_payment_yen, ev.result.harvest_billed_to), (Some(30_000), "jmdp"));
    assert!(ev.trace.iter().any(|s| s.key == "reading.no_deduction_without_transplant"));
    assert!(ev.result.notes[0].text.ja.contains("移植施設に請求できません"));
    crate::test_support::assert_english_trace(&ev);

    let o = run(&TYPED, ON, json!({"outcome": "harvested_not_transplanted"}));
    assert_eq!(o.harvest_payment_points, Some(21_640));
    // Fields of a transplant are not read for another outcome (and the result says so).
    let o = run(&TYPED, ON, json!({"outcome": "harvested_not_transplanted", "transplant_points": 0}));
    assert_eq!((o.transplant_points, o.ignored_fields.as_slice()), (0, ["transplant_points"].as_slice()));
}

#[test]
fn overseas_and_dli_are_explained() {
    let o = run(&TYPED, ON, json!({"outcome": "overseas_patient", "donor_care_points": 1000}));
    assert_eq!(o.harvest_payment_points, Some(21_640 + 1_000 - 4_200));
    assert_eq!(o.flows[0].from, "jmdp");
    let o = run(&TYPED, ON, json!({"outcome": "overseas_donor"}));
    assert_eq!(note_keys(&o), ["who_bills", "overseas_exemption"]);
    assert!(o.notes[1].text.en.contains("1,000,000 yen"));
    let ev = eval(&TYPED, ON, json!({"outcome": "dli"}));
    assert_eq!(note_keys(&ev.result), ["who_bills", "dli_amounts"]);
    assert!(ev.result.notes[1].text.ja.contains("K920") && ev.result.notes[1].text.en.contains("case by case"));
    assert!(ev.result.flows.is_empty());
    crate::test_support::assert_english_trace(&ev);
}

/// 4.(1) 「ドナーの事前検査や採血に要した費用は、採血施設から移植施設に直接請求します」: the collecting
/// hospital bills the transplant hospital (not no one), and the amounts, having no points, are not
/// computed (null, never 0).
#[test]
fn dli_is_billed_to_the_transplant_hospital_with_no_amount() {
    let ev = eval(&TYPED, ON, json!({"outcome": "dli"}));
    let o = &ev.result;
    assert_eq!(o.harvest_billed_to, "transplant_hospital");
    assert_eq!((o.harvest_bill_points, o.harvest_payment_points, o.harvest_payment_yen), (None, None, None));
    // DLI is outside the 55,000-point agreements: that part is known to be 0.
    assert_eq!((o.jmdp_points, o.claim_points), (Some(0), Some(0)));
    let who = ev.trace.iter().find(|s| s.key == "who_bills").unwrap();
    assert_eq!((who.source.section, who.source.page), ("4.(1)", Some(38)));
    // Every other outcome but a transplant bills JMDP or no one.
    let cancelled = run(&TYPED, ON, json!({"outcome": "cancelled_before_checkup"}));
    assert_eq!(cancelled.harvest_billed_to, "none");
    let donor = run(&TYPED, ON, json!({"outcome": "overseas_donor"}));
    assert_eq!(donor.harvest_billed_to, "none");
}

/// 5.(2) leaves the 55,000-point question open for an overseas donor: the figures it decides are
/// unknown (null), not 0, while a cancellation's 0 is an answer.
#[test]
fn an_overseas_donors_split_is_unknown_not_zero() {
    let o = run(&TYPED, ON, json!({"outcome": "overseas_donor"}));
    assert_eq!((o.jmdp_points, o.jmdp_yen), (None, None));
    assert_eq!(
        (o.claim_points, o.transplant_hospital_keeps_points, o.transplant_hospital_keeps_yen),
        (None, None, None)
    );
    assert_eq!(o.harvest_payment_points, Some(0));
    let json = serde_json::to_value(&o).unwrap();
    assert!(json["jmdp_points"].is_null() && json["jmdp_yen"].is_null(), "{json}");
    let o = run(&TYPED, ON, json!({"outcome": "harvested_not_transplanted"}));
    assert_eq!(o.jmdp_points, Some(0));
}

/// A field the outcome does not use, given a value other than its default, is named in a warning;
/// at its default (or blank) there is nothing to warn about.
#[test]
fn fields_the_outcome_does_not_use_are_named_not_ignored_silently() {
    let ev = eval(&TYPED, ON, json!({"outcome": "cancelled_before_checkup", "donor_care_points": 3000}));
    let o = &ev.result;
    assert_eq!(o.ignored_fields, ["donor_care_points"]);
    assert_eq!(o.harvest_payment_points, Some(0));
    let n = o.notes.iter().find(|n| n.key == "ignored_fields").expect("a warning");
    assert!(
        n.text.ja.contains("ドナーのその他の療養の点数") && n.text.ja.contains("術前健診の前に中止"),
        "{}",
        n.text.ja
    );
    assert!(n.text.en.contains("The donor's other care") && n.text.en.contains("not used"), "{}", n.text.en);
    assert!(!n.text.ja.contains("donor_care_points"), "labels, not keys: {}", n.text.ja);
    crate::test_support::assert_english_trace(&ev);
    // At the default (0, or ０ typed full-width) or blank: nothing ignored.
    for v in [json!(0), json!("０"), json!("")] {
        let o = run(&TYPED, ON, json!({"outcome": "cancelled_before_checkup", "donor_care_points": v}));
        assert!(o.ignored_fields.is_empty() && !o.notes.iter().any(|n| n.key == "ignored_fields"), "{v}");
    }
    // Where the field applies it is used, not warned about.
    let o = run(&TYPED, ON, json!({"outcome": "cancelled_after_checkup", "donor_care_points": 3000}));
    assert!(o.ignored_fields.is_empty());
    // Several at once, in schema order; a transplant too (the date's outcome-only fields).
    let o = run(
        &TYPED,
        ON,
        json!({"outcome": "dli", "transplant_date": "2024-01-31", "harvest_points": 20000, "yen_per_point": 10}),
    );
    assert_eq!(o.ignored_fields, ["harvest_points", "yen_per_point", "transplant_date"]);
}

/// The corrected places: the front matter has no page; the agreements' articles cite their own pages.
#[test]
fn citations_name_the_place_in_the_document() {
    let ev = eval(&TYPED, ON, json!({"outcome": "cancelled_before_checkup"}));
    let s = ev.trace.iter().find(|s| s.key == "reading.cancelled_before_checkup").unwrap().source;
    assert!(s.section.starts_with("コーディネートの流れ") && s.page.is_none(), "{s:?}");
    let ev = eval(&TYPED, ON, json!({"outcome": "harvested_not_transplanted"}));
    let s = ev.trace.iter().find(|s| s.key == "harvest_payment_points").unwrap().source;
    assert!(s.section.starts_with("参考資料1-2 第18条") && s.page == Some(8), "{s:?}");
}
