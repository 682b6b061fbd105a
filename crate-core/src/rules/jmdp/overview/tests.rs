use super::*;
use crate::date::ymd;
use crate::test_support::{errors, eval, refused, run};
use serde_json::json;

const ON: &str = "2024-04-01";

#[test]
fn household_rate_flows_into_the_fees_and_matches_the_exemption_calculator() {
    let o = run(
        &TYPED,
        ON,
        json!({
            "donors_screened": 4, "final_consent": true, "transplant": true,
            "status": "taxed", "income_tax_yen": [30000, 5000], "transport_yen": 50000
        }),
    );
    assert_eq!(o.exemption_percent, 70);
    assert_eq!(o.fees.gross_yen, 147_000);
    assert_eq!(o.fees.exempted_yen, 102_900);
    assert_eq!(o.fees.payable_yen, 44_100);
    let ex = o.exemption.expect("exemption");
    assert_eq!(ex.domestic_exempted_yen, o.fees.exempted_yen);
    assert_eq!(ex.domestic_payable_yen, o.fees.payable_yen);
    assert_eq!((o.transport_reimbursed_min_yen, o.transport_reimbursed_max_yen), (15_000, 35_000));
    assert_eq!(o.estimated_total_min_yen, 44_100 + 20_000 + 15_000);
    assert_eq!(o.estimated_total_max_yen, 44_100 + 400_000 + 35_000);
}

#[test]
fn deadline_clamps_at_month_end() {
    let o = run(&TYPED, ON, json!({"donors_screened": 1, "invoice_received_date": "2023-12-31"}));
    assert_eq!(o.payment_deadline_date, Some(ymd(2024, 2, 29)));
    assert_eq!(o.private_room_applies, Some(false));
    assert_eq!(o.private_room_max_yen, 0);
}

#[test]
fn the_household_and_the_rate_exclude_each_other() {
    refused(
        &TYPED,
        ON,
        json!({"donors_screened": 1, "status": "welfare", "exemption_percent": 100}),
        "exemption_percent",
        "conflict",
    );
    refused(&TYPED, ON, json!({"donors_screened": 1, "income_tax_yen": [1000]}), "status", "required");
    // A blank status is no household: the typed rate applies.
    let o = run(
        &TYPED,
        ON,
        json!({"donors_screened": 1, "final_consent": true, "transplant": true, "status": " ", "exemption_percent": "50"}),
    );
    assert_eq!((o.exemption_source, o.jmdp_payable_yen), ("exemption_percent", 61_500));
}

#[test]
fn an_unknown_field_is_an_error_that_names_the_closest_one() {
    let input = json!({"donors_screened": 1, "transport": 5000});
    assert_eq!(errors(&TYPED, ON, input.clone()), vec![("transport".to_string(), "unknown_field".to_string())]);
    let e = TYPED.run(&crate::value::Value::from(input), crate::test_support::day(ON)).unwrap_err();
    assert_eq!(e[0].message.en, "transport is not a field of this input. Did you mean transport_yen?");
}

#[test]
fn english_formulas_read_in_english() {
    let ev = eval(
        &TYPED,
        ON,
        json!({
            "donors_screened": 1, "final_consent": true, "transplant": true, "transport_yen": 12345,
            "invoice_received_date": "2024-01-15"
        }),
    );
    let step = |key: &str| ev.trace.iter().find(|s| s.key == key).unwrap().formula.clone();
    assert_eq!(
        step("transport_reimbursed_min").ja,
        "12,345円 × 30% = 3,703.5円 → 3,703円（療養費の見込み額の1円未満切り捨て）"
    );
    assert_eq!(
        step("transport_reimbursed_min").en,
        "12,345 yen × 30% = 3,703.5 yen → 3,703 yen (Estimated reimbursement: fractions of a yen dropped)"
    );
    assert_eq!(
        step("estimated_total_min").en,
        "123,000 yen (JMDP fees) + 20,000 yen (private room) + 3,704 yen (transport − 70% reimbursed) = 146,704 yen"
    );
    assert_eq!(
        step("estimated_total_min").ja,
        "123,000円（骨髄バンク負担金）+ 20,000円（差額ベッド代）+ 3,704円（運搬費 − 療養費70%）= 146,704円"
    );
    assert!(step("payment_deadline").en.starts_with("Within 2 months of the invoice arriving → by 2024-03-15"));
    crate::test_support::assert_english_trace(&ev);
    for n in ev.result.notes.iter().chain(&ev.result.medical_deduction.notes) {
        assert!(!crate::test_support::reads_japanese(&n.en), "{}", n.en);
    }
}

#[test]
fn the_donor_allowance_and_the_private_room_readings() {
    let input = json!({"donors_screened": 4, "final_consent": true, "transplant": true, "status": "welfare"});
    let ev = eval(&TYPED, ON, input);
    let has = |k: &str| ev.trace.iter().any(|s| s.key == k);
    assert!(has("reading.private_room_min") && has("reading.welfare_room_share") && has("donor_allowance"));
    assert_eq!(ev.trace.iter().find(|s| s.key == "donor_allowance").unwrap().amount, Some(5_000));
    assert!(ev.result.notes.iter().any(|n| n.ja.contains("入院支度金 5,000円")));
    crate::test_support::assert_english_trace(&ev);
    // No transplant: no donor stay, so neither the allowance nor the private-room reading.
    let ev = eval(&TYPED, ON, json!({"donors_screened": 4, "final_consent": true, "transplant": false}));
    assert!(!ev.trace.iter().any(|s| s.key == "donor_allowance" || s.key == "reading.private_room_min"));
}

/// 参考資料2-13 9. ties the private-room charge to the donor's stay and says nothing about a harvest
/// cancelled after the donor was admitted: after final consent without a transplant the result says
/// so (unknown, 0 to the high end), never "no charge"; before final consent there was no stay.
#[test]
fn the_private_room_without_a_transplant_is_unknown_after_final_consent() {
    let ev = eval(&TYPED, ON, json!({"donors_screened": 4, "final_consent": true, "transplant": false}));
    let o = &ev.result;
    assert_eq!(o.private_room_applies, None);
    assert_eq!((o.private_room_min_yen, o.private_room_max_yen), (0, 400_000));
    assert!(
        o.private_room_note.ja.contains("資料は書いていません") && o.private_room_note.ja.contains("確かめて"),
        "{}",
        o.private_room_note.ja
    );
    assert!(
        !o.private_room_note.ja.contains("生じません。") && !o.private_room_note.en.contains("so there is no"),
        "{}",
        o.private_room_note.en
    );
    assert!(ev.trace.iter().any(|s| s.key == "reading.private_room_without_transplant"));
    assert_eq!(o.estimated_total_max_yen, o.jmdp_payable_yen + 400_000 + o.transport_net_max_yen);
    crate::test_support::assert_english_trace(&ev);
    // Before final consent: no stay, so none (and said why).
    let o = run(&TYPED, ON, json!({"donors_screened": 4, "final_consent": false, "transplant": false}));
    assert_eq!((o.private_room_applies, o.private_room_max_yen), (Some(false), 0));
    assert!(o.private_room_note.en.contains("never admitted"), "{}", o.private_room_note.en);
    // A transplant: the stay's range.
    let o = run(&TYPED, ON, json!({"donors_screened": 4, "final_consent": true, "transplant": true}));
    assert_eq!((o.private_room_applies, o.private_room_min_yen, o.private_room_max_yen), (Some(true), 20_000, 400_000));
}
