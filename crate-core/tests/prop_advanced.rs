//! Invariants of the 先進医療 calculators (seed 001), checked over generated inputs through the
//! public JSON contract.

use proptest::prelude::*;
use serde_json::{json, Value};

fn eval(calculator: &str, as_of: &str, input: Value) -> Value {
    let r = calc_core::evaluate(&json!({"calculator": calculator, "as_of": as_of, "input": input}));
    assert_eq!(r["ok"], json!(true), "{r}");
    r["result"].clone()
}

fn int(v: &Value, k: &str) -> i64 {
    v[k].as_i64().unwrap_or_else(|| panic!("{k} missing in {v}"))
}

/// An own cap (`monthly_cap_yen`) or a bracket with its 多数回 flag.
type CapChoice = (Option<i64>, Option<(&'static str, bool)>);

/// No cap, an own cap, or one of the dated brackets (with or without 多数回).
fn cap_strategy() -> impl Strategy<Value = Option<CapChoice>> {
    prop_oneof![
        Just(None),
        (0i64..2_000_000).prop_map(|c| Some((Some(c), None))),
        (prop::sample::select(vec!["a", "i", "u", "e", "o"]), any::<bool>()).prop_map(|b| Some((None, Some(b)))),
    ]
}

proptest! {
    #[test]
    fn burden_adds_up(
        advanced in 0i64..50_000_000,
        subsidy_share in 0u32..=100,
        insured in 0i64..50_000_000,
        copay in 0i64..=100,
        cap in cap_strategy(),
    ) {
        let subsidy = advanced * i64::from(subsidy_share) / 100;
        let mut input = json!({
            "advanced_cost_yen": advanced, "subsidy_yen": subsidy,
            "insured_cost_yen": insured, "copay_percent": copay,
        });
        if let Some((own, bracket)) = cap {
            if let Some(c) = own { input["monthly_cap_yen"] = json!(c); }
            if let Some((b, many)) = bracket { input["cap_bracket"] = json!(b); input["many_times"] = json!(many); }
        }
        let r = eval("advanced_care_burden", "2024-04-01", input.clone());
        let patient_advanced = int(&r, "patient_advanced_yen");
        let copay_yen = int(&r, "patient_copay_yen");
        // The 先進医療 part: cost − subsidy, never negative, and no cap ever touches it.
        prop_assert_eq!(patient_advanced, advanced - subsidy);
        prop_assert!(patient_advanced >= 0);
        // Before any cap, the insured part is split exactly between insurer and patient.
        prop_assert_eq!(int(&r, "insurer_yen") + copay_yen, insured);
        prop_assert!(copay_yen >= 0 && copay_yen <= insured);
        prop_assert_eq!(int(&r, "total_cost_yen"), advanced + insured);
        prop_assert_eq!(int(&r, "patient_total_before_cap_yen"), patient_advanced + copay_yen);
        if cap.is_some() {
            let after = int(&r, "copay_after_cap_yen");
            let refund = int(&r, "high_cost_refund_yen");
            prop_assert!(after <= copay_yen);
            prop_assert!(after <= int(&r, "cap_yen"));
            prop_assert!(refund >= 0);
            prop_assert_eq!(after + refund, copay_yen);
            prop_assert_eq!(int(&r, "patient_total_yen"), patient_advanced + after);
            prop_assert_eq!(int(&r, "insurer_after_cap_yen"), int(&r, "insurer_yen") + refund);
            // Same input without the cap: the 先進医療 part is identical.
            let mut uncapped = input.clone();
            if let Some(o) = uncapped.as_object_mut() {
                o.remove("monthly_cap_yen");
                o.remove("cap_bracket");
                o.remove("many_times");
            }
            let u = eval("advanced_care_burden", "2024-04-01", uncapped);
            prop_assert_eq!(int(&u, "patient_advanced_yen"), patient_advanced);
            prop_assert_eq!(int(&u, "patient_copay_yen"), copay_yen);
            prop_assert!(int(&r, "patient_total_yen") <= int(&u, "patient_total_yen"));
        } else {
            prop_assert!(r["copay_after_cap_yen"].is_null());
            prop_assert_eq!(int(&r, "patient_total_yen"), patient_advanced + copay_yen);
        }
    }

    #[test]
    fn bracket_cap_never_below_its_base_and_grows_with_cost(
        b in prop::sample::select(vec!["a", "i", "u", "e", "o"]),
        insured in 0i64..20_000_000,
        extra in 0i64..1_000_000,
    ) {
        let cap = |cost: i64| {
            let r = eval("advanced_care_burden", "2024-04-01",
                json!({"advanced_cost_yen": 0, "insured_cost_yen": cost, "copay_percent": 30, "cap_bracket": b}));
            int(&r, "cap_yen")
        };
        let base = match b { "a" => 252_600, "i" => 167_400, "u" => 80_100, "e" => 57_600, _ => 35_400 };
        let c1 = cap(insured);
        prop_assert!(c1 >= base);
        prop_assert!(cap(insured + extra) >= c1);
    }

    #[test]
    fn cost_basis_total_is_the_sum_and_rounding_stays_within_half_a_unit(
        devices in prop::collection::vec((0i64..5_000_000, 0u32..=100, 1i64..20, 1i64..1_000, any::<bool>(), 1i64..5), 0..4),
        staff in prop::collection::vec((0i64..20_000, 0u32..2_000, 0i64..10), 0..4),
        materials in prop::collection::vec((0i64..500_000, 0u32..500, 0i64..5), 0..4),
        other in 0i64..100_000,
        unit in prop::sample::select(vec![1i64, 10, 100, 1_000, 10_000]),
    ) {
        let devices: Vec<Value> = devices.iter().map(|&(p, share, life, uses, past, per)| json!({
            "purchase_yen": p, "residual_yen": p * i64::from(share) / 100, "useful_life_years": life,
            "annual_uses": uses, "past_useful_life": past, "uses_per_patient": per,
        })).collect();
        // hours / quantity in hundredths, as decimal strings ("1.25").
        let hundredths = |x: u32| format!("{}.{:02}", x / 100, x % 100);
        let staff: Vec<Value> = staff.iter().map(|&(h, hrs, n)| json!({
            "hourly_yen": h, "hours": hundredths(hrs), "persons": n,
        })).collect();
        let materials: Vec<Value> = materials.iter().map(|&(u, q, t)| json!({
            "unit_yen": u, "quantity": hundredths(q), "times": t,
        })).collect();
        let r = eval("advanced_care_cost_basis", "2024-04-01", json!({
            "devices": devices, "staff": staff, "materials": materials, "other_yen": other, "rounding_unit": unit,
        }));
        let total = int(&r, "total_yen");
        prop_assert_eq!(total, int(&r, "device_yen") + int(&r, "staff_yen") + int(&r, "materials_yen") + int(&r, "other_yen"));
        let sum_lines = |k: &str, f: &str| r[k].as_array().map(|a| a.iter().map(|l| int(l, f)).sum::<i64>()).unwrap_or(0);
        prop_assert_eq!(sum_lines("devices", "patient_yen"), int(&r, "device_yen"));
        prop_assert_eq!(sum_lines("staff", "yen"), int(&r, "staff_yen"));
        prop_assert_eq!(sum_lines("materials", "yen"), int(&r, "materials_yen"));
        let rounded = int(&r, "rounded_total_yen");
        prop_assert_eq!(rounded % unit, 0);
        // Half up: within half a unit, and exactly half rounds up.
        prop_assert!(2 * (rounded - total).abs() <= unit);
        prop_assert!(2 * (total - rounded) < unit);
        // Devices: per-use never exceeds the exact quotient; past-life devices cost nothing.
        for (d, line) in devices.iter().zip(r["devices"].as_array().into_iter().flatten()) {
            let per_use = int(line, "per_use_yen");
            let depreciable = int(line, "depreciable_yen");
            let life = d["useful_life_years"].as_i64().unwrap_or(1);
            let uses = d["annual_uses"].as_i64().unwrap_or(1);
            prop_assert!(per_use * life * uses <= depreciable);
            if d["past_useful_life"] == json!(true) { prop_assert_eq!(int(line, "patient_yen"), 0); }
        }
    }
}
