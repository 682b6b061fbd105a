//! Invariants of the JMDP calculators (seed 003), checked over generated inputs through the public
//! JSON contract.

use proptest::prelude::*;
use serde_json::{json, Value};

fn eval(calculator: &str, input: Value) -> Value {
    calc_core::evaluate(&json!({"calculator": calculator, "as_of": "2024-04-01", "input": input}))
}

fn int(v: &Value, k: &str) -> i64 {
    v[k].as_i64().unwrap_or_else(|| panic!("{k} missing in {v}"))
}

proptest! {
    /// Any combination: either a per-field error (only for the impossible ones) or payable within
    /// 0..=gross, with gross = sum of lines and payable = gross − refund − exempted.
    #[test]
    fn fees_payable_between_zero_and_gross(
        donors in 0i64..30,
        final_consent in any::<bool>(),
        transplant in any::<bool>(),
        options in 0i64..10,
        oral in any::<bool>(),
        prior in any::<bool>(),
        pct in 0i64..=100,
    ) {
        let r = eval("jmdp_fees", json!({
            "donors_screened": donors, "final_consent": final_consent, "transplant": transplant,
            "option_hla_tests": options, "oral_mucosa_dna": oral, "prior_ngs_typing": prior,
            "exemption_percent": pct,
        }));
        let impossible = (transplant && !final_consent) || (final_consent && donors == 0);
        if impossible {
            prop_assert_eq!(&r["ok"], &json!(false));
            for e in r["errors"].as_array().unwrap() {
                let f = e["field"].as_str().unwrap();
                prop_assert!(f == "transplant" || f == "donors_screened", "{}", r);
                prop_assert!(!e["message"]["ja"].as_str().unwrap().is_empty());
                prop_assert!(!e["message"]["en"].as_str().unwrap().is_empty());
            }
            return Ok(());
        }
        prop_assert_eq!(&r["ok"], &json!(true), "{}", r);
        let res = &r["result"];
        let gross = int(res, "gross_yen");
        let refund = int(res, "refund_yen");
        let exempted = int(res, "exempted_yen");
        let payable = int(res, "payable_yen");
        let lines: i64 = res["lines"].as_array().unwrap().iter().map(|l| int(l, "amount_yen")).sum();
        prop_assert_eq!(lines, gross);
        prop_assert!(payable >= 0 && payable <= gross, "{}", res);
        prop_assert!(exempted >= 0 && refund >= 0);
        prop_assert_eq!(gross - refund - exempted, payable);
        if pct == 0 { prop_assert_eq!(exempted, 0); }
        if pct == 100 { prop_assert_eq!(payable, 0); }
        // Refund only after final consent without a transplant, and then exactly 5. + 6.
        prop_assert_eq!(refund, if final_consent && !transplant { 74_000 } else { 0 });
    }

    /// The exemption never exceeds the fee, the overseas exemption never exceeds the 1,000,000 cap,
    /// and the rate is one of the table's.
    #[test]
    fn exemption_within_fee_and_cap(
        status in prop::sample::select(vec!["welfare", "resident_tax_exempt", "income_tax_exempt", "taxed"]),
        taxes in prop::collection::vec(0i64..200_000, 1..6),
        domestic in 0i64..10_000_000,
        overseas in 0i64..20_000_000,
    ) {
        let taxes = if status == "income_tax_exempt" { vec![0; taxes.len()] } else { taxes };
        let r = eval("jmdp_exemption", json!({
            "status": status, "income_tax_yen": taxes, "domestic_fees_yen": domestic, "overseas_fees_yen": overseas,
        }));
        prop_assert_eq!(&r["ok"], &json!(true), "{}", r);
        let res = &r["result"];
        let rate = int(res, "rate_percent");
        prop_assert!([0, 50, 70, 90, 100].contains(&rate));
        let dx = int(res, "domestic_exempted_yen");
        let ox = int(res, "overseas_exempted_yen");
        prop_assert!(dx >= 0 && dx <= domestic);
        prop_assert!(ox >= 0 && ox <= overseas && ox <= 1_000_000);
        prop_assert_eq!(int(res, "domestic_payable_yen"), domestic - dx);
        prop_assert_eq!(int(res, "overseas_payable_yen"), overseas - ox);
        // The highest single member decides, never the sum.
        if status == "taxed" {
            let highest = *taxes.iter().max().unwrap();
            prop_assert_eq!(int(res, "highest_income_tax_yen"), highest);
            let expected = match highest { 0 => 100, 1..=16_800 => 90, 16_801..=42_000 => 70, 42_001..=80_000 => 50, _ => 0 };
            prop_assert_eq!(rate, expected);
        }
    }

    /// Points are conserved (the transplant hospital's incoming = kept + paid out) and the harvest
    /// payment is never negative; refused inputs are only the ones that would leave the transplant
    /// hospital below zero.
    #[test]
    fn split_conserves_points(
        k922 in 0i64..200_000,
        k921 in 0i64..60_000,
        care in 0i64..100_000,
        addition in 0i64..20_000,
        ypp in 1i64..20,
    ) {
        let r = eval("reimbursement_split", json!({
            "transplant_points": k922, "harvest_points": k921, "donor_care_points": care,
            "unrelated_addition_points": addition, "yen_per_point": ypp,
        }));
        let payment = (k921 + care - 4_200).max(0);
        let incoming = k922 + addition + k921 + care;
        let jmdp = 45_000 + addition;
        if incoming - jmdp - payment < 0 {
            prop_assert_eq!(&r["errors"][0]["code"], &json!("does_not_cover_jmdp_share"));
            return Ok(());
        }
        prop_assert_eq!(&r["ok"], &json!(true), "{}", r);
        let res = &r["result"];
        let flows = res["flows"].as_array().unwrap();
        let incoming_flow = flows.iter().find(|f| f["to"] == "transplant_hospital").unwrap();
        let out_points: i64 = flows.iter().filter(|f| f["from"] == "transplant_hospital").map(|f| int(f, "points")).sum();
        let out_yen: i64 = flows.iter().filter(|f| f["from"] == "transplant_hospital").map(|f| int(f, "yen")).sum();
        let kept = int(res, "transplant_hospital_keeps_points");
        prop_assert_eq!(int(incoming_flow, "points"), out_points + kept);
        prop_assert_eq!(int(incoming_flow, "yen"), out_yen + int(res, "transplant_hospital_keeps_yen"));
        prop_assert!(kept >= 0);
        prop_assert!(int(res, "harvest_payment_points") >= 0);
        prop_assert_eq!(int(res, "harvest_payment_points"), payment);
        prop_assert_eq!(int(res, "jmdp_points"), jmdp);
        // Every party's position sums to zero across the whole flow.
        let net: i64 = res["parties"].as_array().unwrap().iter().map(|p| int(p, "keeps_points")).sum();
        prop_assert_eq!(net, 0);
    }

    /// The overview reuses the fees and the exemption: its payable is the fees' payable, and its
    /// estimate range is ordered.
    #[test]
    fn overview_is_consistent(
        donors in 1i64..10,
        stage in 0u8..3,
        tax in 0i64..120_000,
        transport in 0i64..500_000,
    ) {
        let (fc, tp) = match stage { 0 => (false, false), 1 => (true, false), _ => (true, true) };
        let fees_in = json!({"donors_screened": donors, "final_consent": fc, "transplant": tp});
        let mut ov_in = fees_in.clone();
        ov_in["status"] = json!("taxed");
        ov_in["income_tax_yen"] = json!([tax]);
        ov_in["transport_yen"] = json!(transport);
        let ov = eval("patient_overview", ov_in);
        prop_assert_eq!(&ov["ok"], &json!(true), "{}", ov);
        let res = &ov["result"];
        let mut fi = fees_in;
        fi["exemption_percent"] = res["exemption_percent"].clone();
        let fees = eval("jmdp_fees", fi);
        prop_assert_eq!(&res["fees"], &fees["result"]);
        prop_assert!(int(res, "estimated_total_min_yen") <= int(res, "estimated_total_max_yen"));
        prop_assert!(int(res, "transport_reimbursed_min_yen") <= int(res, "transport_reimbursed_max_yen"));
        prop_assert!(int(res, "transport_reimbursed_max_yen") <= transport);
    }
}
